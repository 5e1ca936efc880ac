from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are created by the office, never by sign-up."""

    def is_open_for_signup(self, request) -> bool:
        return False


def axes_username(request, credentials) -> str:
    """The login name for lockout counting, whichever field allauth passes it in."""
    if credentials:
        for field in ("username", "email", "login"):
            if credentials.get(field):
                return str(credentials[field]).strip().lower()
    if request is not None and hasattr(request, "POST"):
        return str(request.POST.get("login", "")).strip().lower()
    return ""
