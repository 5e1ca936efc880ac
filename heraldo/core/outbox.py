"""The e-mail outbox: web requests never wait on the mail server.

A message is stored with a business key (unique), then sent by the drain job.
Each row is claimed before sending, so two drains never send it twice, and a
failure puts it back with back-off until the server answers again.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from huey.contrib.djhuey import db_task

from heraldo.core.branding import municipality_name
from heraldo.core.jobs import heartbeat
from heraldo.core.leases import lease
from heraldo.core.models import OutboxAttachment, OutboxEmail

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 20
# A row left in SENDING this long belongs to a worker that died mid-send.
STALE_CLAIM = timedelta(minutes=10)


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    content_type: str


def outbox_enqueue(
    *,
    key: str,
    to: Sequence[str],
    subject: str,
    text: str,
    html: str = "",
    from_email: str = "",
    attachments: Sequence[Attachment] = (),
) -> OutboxEmail:
    """Store a message (and its files) for sending; the same key twice stores it once."""
    subject = " ".join(subject.splitlines()).strip()[:255]
    try:
        with transaction.atomic():
            message = OutboxEmail.objects.create(
                key=key,
                to=list(to),
                subject=subject,
                body_text=text,
                body_html=html,
                from_email=from_email,
                next_attempt_at=timezone.now(),
            )
            OutboxAttachment.objects.bulk_create(
                OutboxAttachment(email=message, filename=a.filename, content_type=a.content_type, content=a.content)
                for a in attachments
            )
    except IntegrityError:
        return OutboxEmail.objects.get(key=key)
    transaction.on_commit(_dispatch_drain)
    return message


def outbox_enqueue_templated(
    *,
    key: str,
    to: Sequence[str],
    template: str,
    context: Mapping[str, Any],
    language: str = "es",
    attachments: Sequence[Attachment] = (),
    subject_prefix: str = "",
) -> OutboxEmail:
    """Render `<template>_subject.txt`, `_body.txt` and `_body.html` in the recipient's language.

    Every message may sign with the municipality's name and link back to Heraldo.
    """
    context = {"municipality": municipality_name(), "site_url": settings.HERALDO_SITE_URL, **context}
    with translation.override(language):
        subject = subject_prefix + render_to_string(f"{template}_subject.txt", context)
        text = render_to_string(f"{template}_body.txt", context)
        html = render_to_string(f"{template}_body.html", context)
    return outbox_enqueue(key=key, to=to, subject=subject, text=text, html=html, attachments=attachments)


@db_task()
def drain_outbox_task() -> None:
    with lease("outbox-drain"):
        outbox_drain()


def _dispatch_drain() -> None:
    try:
        drain_outbox_task()
    except Exception:
        logger.exception("outbox.dispatch_failed")


def outbox_drain(*, now: datetime | None = None, batch_size: int = 50) -> int:
    """Send what is due; returns the number of messages sent."""
    now = now or timezone.now()
    OutboxEmail.objects.filter(status=OutboxEmail.Status.SENDING, claimed_at__lt=now - STALE_CLAIM).update(
        status=OutboxEmail.Status.PENDING
    )
    due = list(
        OutboxEmail.objects.filter(status=OutboxEmail.Status.PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:batch_size]
    )
    if not due:
        return 0
    sent = 0
    connection = get_connection()  # SMTP honours EMAIL_TIMEOUT: a tarpit cannot hold the worker
    for message_id in due:
        heartbeat()
        claimed = OutboxEmail.objects.filter(pk=message_id, status=OutboxEmail.Status.PENDING).update(
            status=OutboxEmail.Status.SENDING, claimed_at=now
        )
        if not claimed:
            continue
        message = OutboxEmail.objects.get(pk=message_id)
        try:
            email = EmailMultiAlternatives(
                subject=message.subject,
                body=message.body_text,
                from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
                to=message.to,
                connection=connection,
                headers={"X-Heraldo-Key": message.key},
            )
            if message.body_html:
                email.attach_alternative(message.body_html, "text/html")
            for attachment in message.attachments.all():
                email.attach(attachment.filename, bytes(attachment.content), attachment.content_type)
            email.send()
        except Exception as exc:
            attempts = message.attempts + 1
            failed = attempts >= MAX_ATTEMPTS
            OutboxEmail.objects.filter(pk=message_id).update(
                status=OutboxEmail.Status.FAILED if failed else OutboxEmail.Status.PENDING,
                attempts=attempts,
                last_error=f"{type(exc).__name__}: {exc}"[:2000],
                next_attempt_at=now + timedelta(seconds=min(3600, 30 * 2**attempts)),
            )
            logger.warning("outbox.send_failed", extra={"outbox_id": message_id, "attempt": attempts})
            # The server is likely down: leave the rest for the next drain.
            break
        OutboxEmail.objects.filter(pk=message_id).update(
            status=OutboxEmail.Status.SENT, sent_at=timezone.now(), attempts=message.attempts + 1, last_error=""
        )
        sent += 1
    return sent
