"""Outbox attachments: stored with the message, sent with it once, kept while the mail server is down."""

import smtplib

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from heraldo.core.models import OutboxAttachment, OutboxEmail
from heraldo.core.outbox import Attachment, outbox_drain, outbox_enqueue

PDF = b"%PDF-1.7\n% un documento\n%%EOF\n"


class DownBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPConnectError(421, "servicio no disponible")


def _enqueue():
    return outbox_enqueue(
        key="summary:2026-03-02:mayor",
        to=["alcalde@example.pe"],
        subject="Síntesis informativa",
        text="Adjunto la síntesis.",
        attachments=[Attachment("sintesis.pdf", PDF, "application/pdf")],
    )


def test_the_attachment_leaves_once_after_the_mail_server_comes_back(db, settings):
    settings.EMAIL_BACKEND = "heraldo.core.tests.test_outbox_attachments.DownBackend"
    _enqueue()
    _enqueue()  # the same key again: nothing more is stored
    assert OutboxAttachment.objects.count() == 1
    assert outbox_drain() == 0
    assert OutboxEmail.objects.get().status == OutboxEmail.Status.PENDING

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboxEmail.objects.update(next_attempt_at=timezone.now())
    assert outbox_drain() == 1
    assert outbox_drain() == 0
    [message] = mail.outbox
    assert message.attachments == [("sintesis.pdf", PDF, "application/pdf")]


def test_a_rolled_back_message_leaves_no_attachment_behind(db):
    with pytest.raises(RuntimeError), transaction.atomic():
        _enqueue()
        raise RuntimeError("the caller failed after queueing")
    assert not OutboxEmail.objects.exists()
    assert not OutboxAttachment.objects.exists()
