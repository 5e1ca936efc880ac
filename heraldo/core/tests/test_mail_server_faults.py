"""F2 of the test plan with a real mail server on loopback: a tarpit that accepts and never answers, then a sink."""

import socket
import socketserver
import threading
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from heraldo.core.models import OutboxEmail
from heraldo.core.outbox import outbox_drain, outbox_enqueue


class _Sink(socketserver.StreamRequestHandler):
    """Just enough SMTP to take messages: each one's DATA is kept in the server's list."""

    def handle(self):
        self.wfile.write(b"220 sink ESMTP\r\n")
        while line := self.rfile.readline():
            verb = line.strip().upper()
            if verb.startswith((b"EHLO", b"HELO")):
                self.wfile.write(b"250 sink\r\n")
            elif verb == b"DATA":
                self.wfile.write(b"354 go ahead\r\n")
                body = b"".join(iter(lambda: self.rfile.readline(), b".\r\n"))
                self.server.messages.append(body)
                self.wfile.write(b"250 queued\r\n")
            elif verb == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:  # MAIL FROM, RCPT TO, RSET, NOOP
                self.wfile.write(b"250 ok\r\n")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Sink)
        self.messages: list[bytes] = []


@pytest.fixture
def tarpit():
    """A port that accepts connections (the kernel's backlog) and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield listener.getsockname()[1]
    listener.close()


@pytest.fixture
def sink():
    server = _Server()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _smtp(settings, port: int) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_TIMEOUT = 1


def test_a_tarpit_costs_the_drain_its_timeout_then_each_alert_reaches_the_server_exactly_once(
    db, settings, tarpit, sink
):
    # given three alerts waiting in the outbox, one of them queued twice under the same key
    for n in (1, 2, 3):
        outbox_enqueue(key=f"alert:{n}:mayor", to=["alcalde@example.pe"], subject=f"Alerta {n}", text="Mención")
    outbox_enqueue(key="alert:1:mayor", to=["alcalde@example.pe"], subject="Alerta 1", text="Mención")

    # when the mail server accepts the connection and never answers
    _smtp(settings, tarpit)
    began = time.monotonic()
    assert outbox_drain() == 0
    # then the drain gives up after the timeout instead of hanging the worker, keeps every message, puts the
    # one it tried off with a back-off and leaves the others for the next drain
    assert time.monotonic() - began < 10
    assert set(OutboxEmail.objects.values_list("status", flat=True)) == {OutboxEmail.Status.PENDING}
    tried = OutboxEmail.objects.get(attempts=1)
    assert "timed out" in tried.last_error
    assert tried.next_attempt_at > timezone.now()
    assert OutboxEmail.objects.filter(attempts=0).count() == 2

    # when a working server is there once the back-off has passed, drained twice as two workers might
    _smtp(settings, sink.server_address[1])
    later = timezone.now() + timedelta(hours=2)
    assert outbox_drain(now=later) == 3
    assert outbox_drain(now=later) == 0
    # then the server received one message per outbox row
    assert len(sink.messages) == OutboxEmail.objects.count() == 3
    assert sorted(b"Alerta 1" in m for m in sink.messages) == [False, False, True]
    assert set(OutboxEmail.objects.values_list("status", flat=True)) == {OutboxEmail.Status.SENT}
