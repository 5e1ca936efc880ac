from __future__ import annotations

import uuid
from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django.conf import settings

from heraldo.core.access import access_of
from heraldo.core.outbox import outbox_enqueue


def mfa_required(user) -> bool:
    """Whether one of the user's roles must sign in with a second factor (settings.HERALDO_MFA_REQUIRED_ROLES)."""
    roles = settings.HERALDO_MFA_REQUIRED_ROLES
    return bool(roles and user.is_authenticated and access_of(user).role_names.intersection(roles))


def mfa_setup_pending(user) -> bool:
    """The user's role needs an authenticator app and they have not set one up yet."""
    return mfa_required(user) and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def _site() -> SimpleNamespace:
    """How account mail names Heraldo ("Hola de parte de Heraldo", "heraldo.municandelaria.gob.pe")."""
    return SimpleNamespace(name="Heraldo", domain=urlsplit(settings.HERALDO_SITE_URL).netloc)


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are created by the office, never by sign-up."""

    def is_open_for_signup(self, request) -> bool:
        return False

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Account mail (password reset, address confirmation) leaves through the outbox like every other
        message, so a mail server that is down delays it instead of breaking the page that asked for it."""
        message = self.render_mail(template_prefix, email, {"email": email, "current_site": _site(), **context})
        html = next(
            (content for content, mimetype in getattr(message, "alternatives", []) if mimetype == "text/html"), ""
        )
        outbox_enqueue(
            # every request is a new message (a second reset link must reach the person too)
            key=f"account:{template_prefix}:{uuid.uuid4()}",
            to=message.to,
            subject=message.subject,
            text=message.body,
            html=html,
            from_email=message.from_email,
        )


class MfaAdapter(DefaultMFAAdapter):
    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        """A role that needs the second factor cannot switch its authenticator app off (it may replace it)."""
        return not (authenticator.type == Authenticator.Type.TOTP and mfa_required(authenticator.user))


def axes_username(request, credentials) -> str:
    """The login name for lockout counting, whichever field allauth passes it in.

    An account's e-mail counts as its user name, so failures typed with one and then the other add up
    to one lockout instead of two."""
    typed = ""
    if credentials:
        typed = next((str(credentials[f]) for f in ("username", "email", "login") if credentials.get(f)), "")
    elif request is not None and hasattr(request, "POST"):
        typed = str(request.POST.get("login", ""))
    typed = typed.strip().lower()
    if "@" in typed:
        from heraldo.core.models import User

        usernames = list(User.objects.filter(email__iexact=typed).values_list("username", flat=True)[:2])
        if len(usernames) == 1:
            return usernames[0].lower()
    return typed
