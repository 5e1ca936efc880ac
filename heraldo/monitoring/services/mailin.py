"""Forwarded e-mail to clippings: a link is read like a feed item, a text is kept as it came.

Only staff who manage monitoring may feed the archive this way, and only when our mail server
authenticated the sender (`heraldo.monitoring.mailauth`); anything else in the mailbox is marked
handled and logged. Each message is handled once: links are unique
by canonical URL, texts by the message's Message-ID.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_noop

from heraldo.core.audit import audit_record
from heraldo.core.fetch import FetchError, fetch
from heraldo.core.models import User
from heraldo.core.notifications import notify
from heraldo.core.permissions import users_with_capability
from heraldo.monitoring.css import SelectorError
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.ingestion.parse import extract_article, html_to_text
from heraldo.monitoring.ingestion.poll import COMPLETION_FIRST_DELAY
from heraldo.monitoring.mailauth import Authentication, Verdict, from_addresses, message_authentication
from heraldo.monitoring.mailin import Mailbox, configured_mailbox
from heraldo.monitoring.models import Clipping, DateOrigin, Medium, Source, SourceKind

log = logging.getLogger(__name__)

MAX_LINKS_PER_MESSAGE = 5
FORWARD_PREFIX = re.compile(r"^\s*((fwd?|rv|re|reenviado|enc)\s*:\s*)+", re.IGNORECASE)
LINK = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
MAILBOX_SOURCE_NAME = "Correo reenviado"


def monitoring_read_forwarded_mail(*, mailbox: Mailbox | None = None) -> int:
    """The periodic step: every unseen message is handled once. Returns how many clippings it created."""
    mailbox = mailbox or configured_mailbox()
    if mailbox is None:
        return 0
    created = 0
    try:
        for uid, raw in mailbox.unseen():
            created += len(forwarded_message_ingest(raw))
            mailbox.mark_seen(uid)
    finally:
        close = getattr(mailbox, "close", None)
        if close:
            close()
    return created


def forwarded_message_ingest(raw: bytes) -> list[Clipping]:
    """The clippings one forwarded message creates; an empty list when it is not from the monitoring team.

    A message in the name of someone of the team that our mail server did not authenticate is refused: the
    refusal and its reason go to the mailbox source's history, and the person named is told.
    """
    if not raw:
        return []
    message = BytesParser(policy=policy.default).parsebytes(raw)
    claimed = _team_members_named(message)
    if not claimed:
        log.warning("monitoring.mail_ignored", extra={"from": str(message.get("From", ""))[:200]})
        return []
    subject = FORWARD_PREFIX.sub("", str(message.get("Subject", "") or "")).strip()
    authentication = message_authentication(message, settings.HERALDO_MONITORING_MAIL_AUTHSERV_IDS)
    if not authentication.authenticated:
        _refuse(message, subject, claimed, authentication)
        return []
    sender = claimed[0]
    text = _body_text(message)
    sent_at = _sent_at(message)
    source = _mailbox_source()
    links = list(dict.fromkeys(link.rstrip(".,;:") for link in LINK.findall(text)))[:MAX_LINKS_PER_MESSAGE]
    clippings = [_clipping_from_link(link, subject, text, sent_at, source, sender) for link in links]
    if not links and text.strip():
        message_id = str(message.get("Message-ID", "") or "").strip()
        clipping, _created = clipping_store(
            source=source,
            title=subject or text.strip().splitlines()[0][:200],
            guid=message_id,
            published_at=sent_at,
            body_text=text.strip(),
            medium=Medium.WEB,
            actor=sender,
        )
        clippings.append(clipping)
    if clippings:
        notify(
            users=[sender],
            # a count after a colon, not a plural form: the reader's language is known only when it is shown
            title=gettext_noop("Reenvío recibido; recortes nuevos en el archivo: %(count)s"),
            title_params={"count": len(clippings)},
            body=subject[:300],
            url=reverse("monitoring:clipping_detail", args=[clippings[0].pk]),
        )
    return clippings


def _team_members_named(message) -> list[User]:
    """The accounts managing monitoring whose address is in the From header (one, unless it is forged)."""
    addresses = from_addresses(message)
    if not addresses:
        return []
    named = Q()
    for address in addresses:
        named |= Q(email__iexact=address)
    return list(users_with_capability("manage_monitoring").filter(named).order_by("pk"))


# What a refusal says, by verdict: the history's sentence (its audit action) and the notice to the person named.
REFUSALS = {
    Verdict.NO_VERDICT: (
        "monitoring.mail.refused_no_verdict",
        gettext_noop(
            "Asunto: «%(subject)s». El servidor de correo de la municipalidad no dejó su verificación del remitente "
            "(SPF, DKIM, DMARC), así que no se sabe quién lo envió. Resultado: %(results)s."
        ),
    ),
    Verdict.DMARC_FAILED: (
        "monitoring.mail.refused_dmarc_failed",
        gettext_noop(
            "Asunto: «%(subject)s». El dominio de la dirección no reconoce al servidor que lo envió (DMARC falló): "
            "puede ser una suplantación. Resultado: %(results)s."
        ),
    ),
    Verdict.NOT_AUTHENTICATED: (
        "monitoring.mail.refused_not_authenticated",
        gettext_noop(
            "Asunto: «%(subject)s». Ni DMARC, ni DKIM, ni SPF aprobaron al remitente para el dominio de su "
            "dirección. Resultado: %(results)s."
        ),
    ),
    Verdict.SEVERAL_SENDERS: (
        "monitoring.mail.refused_several_senders",
        gettext_noop("Asunto: «%(subject)s». El mensaje trae más de un remitente. Resultado: %(results)s."),
    ),
}


def _refuse(message, subject: str, claimed: list[User], authentication: Authentication) -> None:
    action, reason = REFUSALS[authentication.verdict]
    source = _mailbox_source()
    with transaction.atomic():
        audit_record(
            actor=None,
            action=action,
            target=source,
            target_label=f"{authentication.address} «{subject[:120]}»",
            changes={
                "authentication_results": authentication.summary,
                "message_id": str(message.get("Message-ID", "") or "")[:200],
            },
        )
        notify(
            users=claimed,
            title=gettext_noop("Se rechazó un correo enviado a su nombre al buzón de monitoreo"),
            title_params={},
            body=reason,
            body_params={"subject": subject[:200], "results": authentication.summary},
            level="warning",
            url=reverse("monitoring:source_detail", args=[source.pk]),
        )
    log.warning(
        "monitoring.mail_refused",
        extra={"from": authentication.address[:200], "verdict": authentication.verdict.value},
    )


def _body_text(message) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):  # an unknown or lying charset: keep what decodes
        content = part.get_payload(decode=True).decode("utf-8", errors="replace")
    return html_to_text(content) if part.get_content_subtype() == "html" else content


def _sent_at(message) -> datetime:
    try:
        moment = parsedate_to_datetime(str(message.get("Date", "")))
    except (TypeError, ValueError):
        return timezone.now()
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return min(moment, timezone.now())


def _mailbox_source() -> Source:
    source, _created = Source.objects.get_or_create(
        kind=SourceKind.MANUAL, name=MAILBOX_SOURCE_NAME, defaults={"is_active": True}
    )
    return source


def _clipping_from_link(link: str, subject: str, text: str, sent_at: datetime, source: Source, sender) -> Clipping:
    """The article behind the link; when it cannot be read, the link and the e-mail's words are kept."""
    title, body, published_at = subject, text.strip(), sent_at
    extra: dict = {"date_origin": DateOrigin.ARRIVAL}
    try:
        article = extract_article(fetch(link, accept="text/html").body, link)
    except (FetchError, ValueError, SelectorError) as exc:
        log.info("monitoring.mail_link_unreadable", extra={"link": link[:200], "error": str(exc)[:200]})
        # Kept with the e-mail's words, marked incomplete: the page is tried again later.
        extra.update(
            text_incomplete=True,
            completion_error=str(exc)[:300],
            completion_due_at=timezone.now() + COMPLETION_FIRST_DELAY,
        )
    else:
        title = article.title or subject
        body = article.text or body
        published_at = article.published_at or sent_at
        if article.published_at:
            extra.update(date_origin=article.date_origin, date_is_day=article.date_is_day)
    clipping, _created = clipping_store(
        source=source,
        title=title or link,
        url=link,
        published_at=published_at,
        body_text=body,
        medium=Medium.WEB,
        actor=sender,
        **extra,
    )
    return clipping
