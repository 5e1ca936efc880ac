"""Logs: one line per event, each carrying its request id (or job), errors mailed to the administrators."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.mail import EmailMessage
from django.http import HttpResponse
from django.test import Client
from django.urls import path

from heraldo.core.demo import DEMO_USERS
from heraldo.core.jobs import enqueue, job
from heraldo.core.logging import ConsoleFormatter, JsonFormatter, log_context
from heraldo.core.mail import ConsoleSummaryBackend
from heraldo.core.management.commands import serve
from heraldo.core.models import OutboxEmail, User

ROOT = Path(__file__).resolve().parents[3]
view_log = logging.getLogger("heraldo.tests.view")


def _logs_and_answers(request):
    view_log.warning("la vista avisa")
    return HttpResponse("ok")


def _fails(request):
    raise RuntimeError("algo se rompió")


urlpatterns = [path("avisa/", _logs_and_answers), path("falla/", _fails)]


@job("core.tests.logs_a_line")
def _job_that_logs() -> None:
    logging.getLogger("heraldo.tests.job").warning("el trabajo avisa")


@pytest.fixture
def console():
    """What the configured console handler writes, as JSON lines."""
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, logging.StreamHandler))
    stream = io.StringIO()
    previous_stream, previous_formatter = handler.setStream(stream), handler.formatter
    handler.setFormatter(JsonFormatter())
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    handler.setStream(previous_stream)
    handler.setFormatter(previous_formatter)


@pytest.mark.urls(__name__)
def test_the_proxy_s_request_id_marks_every_line_of_the_request_and_comes_back(console, db):
    # When the proxy sends its request id with a request whose view logs a warning
    response = Client().get("/avisa/", HTTP_X_REQUEST_ID="proxy-abc-12345")

    # Then the id comes back, and each line of that request carries it: the view's warning and the one access line
    lines = console()
    assert response["X-Request-ID"] == "proxy-abc-12345"
    assert [(line["logger"], line["request_id"]) for line in lines] == [
        ("heraldo.tests.view", "proxy-abc-12345"),
        ("heraldo.request", "proxy-abc-12345"),
    ]
    assert lines[1]["message"] == "GET /avisa/" and lines[1]["status"] == 200


@pytest.mark.urls(__name__)
@pytest.mark.parametrize("offered", ["", "corto", "con espacio y\nsalto de línea", "x" * 300, "<script>alert(1)"])
def test_a_malformed_request_id_is_replaced_by_a_generated_one(console, db, offered):
    response = Client().get("/avisa/", HTTP_X_REQUEST_ID=offered)

    generated = response["X-Request-ID"]
    assert generated != offered and len(generated) == 32 and int(generated, 16) >= 0
    assert {line["request_id"] for line in console()} == {generated}


def test_a_job_s_lines_carry_its_job_id(console, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        record = enqueue("core.tests.logs_a_line")  # immediate in tests: it runs at commit

    lines = [line for line in console() if line["logger"] == "heraldo.tests.job"]
    assert [(line["job_id"], line["job"]) for line in lines] == [(record.pk, "core.tests.logs_a_line")]


def test_text_lines_for_a_terminal_cannot_be_forged_by_user_input():
    record = logging.LogRecord("heraldo.request", logging.INFO, "", 0, "GET %s", ("/x\nFALSO 00:00 ERROR",), None)
    with log_context(request_id="abc12345"):
        filtered = logging.getLogger().handlers[0].filter(record)

    line = ConsoleFormatter().format(record)
    assert filtered and "\n" not in line and line.endswith("request_id=abc12345")


@pytest.mark.urls(__name__)
def test_a_server_error_is_mailed_to_the_administrators_once_through_the_outbox(settings, db, console):
    # Given two administrators configured
    settings.ADMINS = [
        ("Administración", "soporte@candelaria.example.pe"),
        ("Administración", "ti@candelaria.example.pe"),
    ]
    client = Client(raise_request_exception=False)

    # When a page fails twice within the hour
    first = client.get("/falla/", HTTP_X_REQUEST_ID="req-falla-0001")
    client.get("/falla/")

    # Then one e-mail waits in the outbox for both, naming the error, the request id and the traceback
    assert first.status_code == 500
    mail = OutboxEmail.objects.get(key__startswith="admin-error-")
    assert mail.to == ["soporte@candelaria.example.pe", "ti@candelaria.example.pe"]
    assert mail.subject == "[Heraldo] ERROR: Internal Server Error: /falla/"
    assert "request_id: req-falla-0001" in mail.body_text and "RuntimeError: algo se rompió" in mail.body_text


def test_the_console_backend_writes_one_line_per_e_mail(caplog):
    message = EmailMessage("Nota de prensa: Feria", "Cuerpo largo\n" * 50, to=["a@medio.example.pe", "b@x.pe"])
    message.extra_headers["X-Heraldo-Key"] = "press.release.1"

    with caplog.at_level(logging.INFO, logger="heraldo.mail"):
        sent = ConsoleSummaryBackend().send_messages([message])

    assert sent == 1
    assert [(r.getMessage(), r.to, r.key) for r in caplog.records] == [
        ("e-mail (console): Nota de prensa: Feria", "a@medio.example.pe, b@x.pe", "press.release.1")
    ]


def test_no_line_is_written_twice_as_make_run_configures_logging():
    # Given the settings `make run` starts with (debug on), in a process of its own
    script = (
        "import logging\n"
        "from huey.contrib.djhuey.management.commands import run_huey\n"
        "assert logging.getLogger('huey').handlers, 'run_huey would add a second handler'\n"
        "for name in ('huey', 'django', 'django.request', 'django.db.backends', 'heraldo.core.outbox', 'axes'):\n"
        "    logging.getLogger(name).error('linea-de-%s', name)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "DJANGO_DEBUG": "true", "HERALDO_VAR_DIR": "var/test"}

    # When each kind of logger writes one error
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )

    # Then each appears exactly once, as one human-readable line
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    for name in ("huey", "django", "django.request", "django.db.backends", "heraldo.core.outbox", "axes"):
        assert output.count(f"linea-de-{name}\n") == 1, output
        assert f"ERROR {name}: linea-de-{name}" in output


class _Process:
    def poll(self):
        return None


def test_serve_prints_the_demo_logins_last_once_the_worker_has_emptied_the_outbox(monkeypatch, db, capsys):
    # Given the web answering and a worker that empties the outbox on the third look
    events: list[str] = []
    looks = iter([False, False, True])
    monkeypatch.setattr(serve, "web_answers", lambda url: True)
    monkeypatch.setattr(serve, "outbox_emptied", lambda: events.append("look") or next(looks))
    monkeypatch.setattr(serve.time, "sleep", lambda seconds: None)
    User.objects.create_user(username=DEMO_USERS[0].username, password="x" * 12)

    # When serve announces itself with the demo logins
    command = serve.Command()
    command.announce_when_ready(_Process(), _Process(), "http://127.0.0.1:8204", demo_logins=True)

    # Then it waited for the outbox, and the logins come before the address line, which is last
    out = capsys.readouterr().out.strip().splitlines()
    assert events == ["look", "look", "look"]
    assert out[0].startswith("Contraseña de todas las cuentas de demostración")
    assert out[-1].startswith("Heraldo en http://127.0.0.1:8204/")
