from __future__ import annotations

import uuid

from allauth.account.adapter import DefaultAccountAdapter

from heraldo.core.outbox import outbox_enqueue


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are created by the office, never by sign-up."""

    def is_open_for_signup(self, request) -> bool:
        return False

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Account mail (password reset, address confirmation) leaves through the outbox like every other
        message, so a mail server that is down delays it instead of breaking the page that asked for it."""
        message = self.render_mail(template_prefix, email, context)
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
