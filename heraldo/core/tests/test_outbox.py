import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from heraldo.core.models import OutboxEmail
from heraldo.core.outbox import outbox_drain, outbox_enqueue


def test_message_is_sent_once_even_when_enqueued_and_drained_twice(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        outbox_enqueue(key="alert:1:mayor", to=["alcalde@example.pe"], subject="Alerta", text="Hola")
        outbox_enqueue(key="alert:1:mayor", to=["alcalde@example.pe"], subject="Alerta", text="Hola")
    outbox_drain()
    outbox_drain()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["alcalde@example.pe"]
    assert OutboxEmail.objects.get().status == OutboxEmail.Status.SENT


def test_subject_cannot_carry_injected_headers(db):
    outbox_enqueue(key="k", to=["a@example.pe"], subject="Hola\r\nBcc: intruso@example.com", text="x")
    outbox_drain()
    assert "\n" not in mail.outbox[0].subject
    assert mail.outbox[0].bcc == []


class DownBackend:
    """A mail backend whose server refuses connections."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPConnectError(421, "servicio no disponible")

    def open(self):
        return True

    def close(self):
        pass


def test_mail_server_down_keeps_messages_and_retries_with_backoff(db, settings):
    outbox_enqueue(key="a", to=["a@example.pe"], subject="Uno", text="1")
    outbox_enqueue(key="b", to=["b@example.pe"], subject="Dos", text="2")
    settings.EMAIL_BACKEND = f"{__name__}.DownBackend"
    assert outbox_drain() == 0
    first = OutboxEmail.objects.get(key="a")
    assert first.status == OutboxEmail.Status.PENDING
    assert first.attempts == 1
    assert "servicio no disponible" in first.last_error
    assert first.next_attempt_at > timezone.now()

    # when the server is back and the back-off has passed, each is delivered exactly once
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    later = timezone.now() + timedelta(hours=2)
    assert outbox_drain(now=later) == 2
    assert outbox_drain(now=later) == 0
    assert sorted(m.subject for m in mail.outbox) == ["Dos", "Uno"]


def test_a_claim_left_by_a_dead_worker_is_released(db):
    message = outbox_enqueue(key="c", to=["c@example.pe"], subject="Tres", text="3")
    OutboxEmail.objects.filter(pk=message.pk).update(
        status=OutboxEmail.Status.SENDING, claimed_at=timezone.now() - timedelta(hours=1)
    )
    assert outbox_drain() == 1


@pytest.mark.parametrize("language, expected", [("es", "Prueba"), ("en", "Test")])
def test_templated_mail_is_rendered_in_the_recipients_language(db, language, expected):
    from heraldo.core.outbox import outbox_enqueue_templated

    outbox_enqueue_templated(
        key=f"t-{language}", to=["x@example.pe"], template="core/email/test_message", context={}, language=language
    )
    outbox_drain()
    assert mail.outbox[0].subject == expected
