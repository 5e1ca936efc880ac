"""Mass sends ask first: how many people get what, who some of them are, the subject; and a test to oneself.

A module that e-mails many people at once describes the send as a `MassMailing` (its recipients and the
message one of them gets) and hands it to `mass_send_page`: a GET shows `core/_mass_send.html`; a POST
with "test" queues the message once, to the signed-in user; a POST sends to everyone only with the
confirmation token that page carried. The token names the send and the recipients the page showed, so a
POST without it, an old one, or one from before the list changed sends nothing and shows the page again.
The module's own send function iterates the same `recipients` and `context_for`, so what the page
announces is what goes out.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.contrib import messages
from django.core import signing
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from heraldo.core.audit import audit_record
from heraldo.core.branding import municipality_name
from heraldo.core.outbox import Attachment, outbox_enqueue_templated

CONFIRMATION_SALT = "core.mass-send"
CONFIRMATION_MAX_AGE = 2 * 60 * 60  # a confirmation page left open over lunch is shown again
SAMPLE_SIZE = 5


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str
    language: str = "es"
    record: Any = None  # what the address came from (a subscriber, a guest, a user), for the message's context


@dataclass(frozen=True)
class MassMailing:
    scope: str  # names this send, e.g. "press.bulletin.12.send"; the confirmation is valid for it alone
    what: str  # shown on the page: «Boletín N.º 12», «la nota de prensa “…”»
    template: str  # the outbox template prefix (…_subject.txt, …_body.txt, …_body.html)
    recipients: Sequence[Recipient]
    context_for: Callable[[Recipient], Mapping[str, Any]]
    attachments_for: Callable[[str], Sequence[Attachment]] = lambda _language: ()
    notes: Sequence[str] = field(default_factory=tuple)  # what else the sender should know (who gets nothing)

    @property
    def count(self) -> int:
        return len(self.recipients)

    @property
    def sample(self) -> Sequence[Recipient]:
        return self.recipients[:SAMPLE_SIZE]

    @property
    def not_shown(self) -> int:
        return max(0, self.count - SAMPLE_SIZE)

    def subject(self, recipient: Recipient | None = None) -> str:
        recipient = recipient or (self.recipients[0] if self.recipients else Recipient(name="", email=""))
        with translation.override(recipient.language):
            text = render_to_string(f"{self.template}_subject.txt", self._context(recipient))
        return " ".join(text.split())

    def _context(self, recipient: Recipient) -> dict[str, Any]:
        from django.conf import settings

        return {
            "municipality": municipality_name(),
            "site_url": settings.HERALDO_SITE_URL,
            **self.context_for(recipient),
        }

    def _fingerprint(self) -> str:
        addresses = "\n".join(sorted(r.email.lower() for r in self.recipients))
        return hashlib.sha256(f"{self.scope}\n{addresses}".encode()).hexdigest()[:32]

    def confirmation_token(self) -> str:
        return signing.dumps(self._fingerprint(), salt=CONFIRMATION_SALT)

    def is_confirmed_by(self, token: str | None) -> bool:
        if not token:
            return False
        try:
            return signing.loads(token, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_MAX_AGE) == self._fingerprint()
        except signing.BadSignature:
            return False


def mailing_send_test(*, mailing: MassMailing, user) -> None:
    """Queue the message once, to the user's own address, marked as a test; nobody else gets anything."""
    if not user.email:
        raise ValueError("The user has no e-mail address")
    sample = mailing.recipients[0] if mailing.recipients else None
    language = getattr(user, "language", "") or "es"
    recipient = Recipient(
        name=user.get_full_name() or user.get_username(),
        email=user.email,
        language=language,
        record=sample.record if sample else None,
    )
    with transaction.atomic():
        outbox_enqueue_templated(
            key=f"{mailing.scope}.test.{user.pk}.{uuid.uuid4().hex[:12]}",
            to=[user.email],
            template=mailing.template,
            context={**mailing.context_for(recipient), "is_test": True},
            language=language,
            attachments=mailing.attachments_for(language),
            subject_prefix=_("[Prueba] "),
        )
        audit_record(actor=user, action="core.mailing.test_sent", target_label=str(mailing.what))


def mass_send_page(
    request,
    *,
    mailing: MassMailing,
    send: Callable[[], int],
    done_url: str,
    template: str,
    context: Mapping[str, Any] | None = None,
    sent_message: Callable[[int], str] | None = None,
    hidden: Mapping[str, str] | None = None,
) -> HttpResponse:
    """The confirmation page of a mass send and its two buttons (send to all, send me a test).

    `template` is the module's page that includes `core/_mass_send.html` inside its own layout;
    `hidden` carries fields the send needs back (a comment, a date) through the confirmation.
    """
    if request.method == "POST":
        if "test" in request.POST:
            if request.user.email:
                mailing_send_test(mailing=mailing, user=request.user)
                messages.success(
                    request, _("Se envió una prueba a su correo %(email)s.") % {"email": request.user.email}
                )
            else:
                messages.error(request, _("Su cuenta no tiene correo: pida que lo registren para recibir pruebas."))
        elif not mailing.is_confirmed_by(request.POST.get("confirmation")):
            messages.error(
                request,
                _("No se envió nada: revise a quiénes llegará y confirme el envío (la lista pudo cambiar)."),
            )
        elif not mailing.count:
            messages.info(request, _("No se envió nada: no hay destinatarios."))
        else:
            count = send()
            messages.success(request, sent_message(count) if sent_message else _sent(count))
            return redirect(done_url)
    return render(
        request,
        template,
        {
            **(context or {}),
            "mailing": mailing,
            "confirmation": mailing.confirmation_token(),
            "subject": mailing.subject() if mailing.count else "",
            "cancel_url": done_url,
            "hidden": dict(hidden or {}),
        },
    )


def _sent(count: int) -> str:
    return ngettext(
        "Envío en marcha: %(n)d correo en la bandeja de salida.",
        "Envío en marcha: %(n)d correos en la bandeja de salida.",
        count,
    ) % {"n": count}
