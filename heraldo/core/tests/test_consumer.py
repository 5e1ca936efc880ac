"""A real Huey consumer process runs jobs enqueued by another process."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from heraldo.core.models import Job, Notification, OutboxEmail, TaskLease

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[3]


def redis_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


def database_url() -> str:
    params = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{params['NAME']}"
    return f"postgres://{params['USER']}@{params['HOST']}:{params['PORT']}/{params['NAME']}"


def run_in_another_process(env: dict[str, str], code: str) -> None:
    """Runs code in a `manage.py shell` of its own, as the web process that enqueues a job would."""
    subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, check=True, timeout=60)


def backends():
    yield "sqlite"
    yield pytest.param(
        "redis", marks=pytest.mark.skipif(not redis_available(), reason="Redis is not running on 127.0.0.1:6379")
    )
    yield "postgres"


@pytest.mark.parametrize("backend", list(backends()))
def test_job_enqueued_by_the_web_is_run_by_a_separate_worker(persona, tmp_path, backend):
    if backend == "postgres" and connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL queue runs in the PostgreSQL pass of CI")
    mayor = persona("mayor")
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "HERALDO_JOBS_IMMEDIATE": "false",
        "HERALDO_QUEUE_BACKEND": backend,
        "HERALDO_QUEUE_SQLITE_PATH": str(tmp_path / "queue.sqlite3"),
        "HERALDO_QUEUE_URL": "redis://127.0.0.1:6379/15" if backend == "redis" else database_url(),
        "HERALDO_SCHEDULER": "false",
    }
    if backend == "postgres":
        # The queue's tables are created by the first process that opens it: two processes doing it at once
        # race on PostgreSQL's catalogue, so the table is made before the web and the worker start together.
        subprocess.run(
            [sys.executable, "-c", "import django; django.setup(); from huey.contrib.djhuey import HUEY"],
            cwd=ROOT,
            env={**env, "DJANGO_SETTINGS_MODULE": "heraldo.settings"},
            check=True,
            timeout=60,
        )
    worker = subprocess.Popen([sys.executable, "manage.py", "run_huey", "--quiet"], cwd=ROOT, env=env)
    try:
        run_in_another_process(
            env,
            "from heraldo.core.models import User; from heraldo.core.notifications import notify; "
            f"notify(users=User.objects.filter(pk={mayor.pk}), title='Mención negativa en Radio Candelaria')",
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not Notification.objects.filter(recipient=mayor).exists():
            time.sleep(0.2)
    finally:
        worker.terminate()
        worker.wait(timeout=20)
    assert Notification.objects.get(recipient=mayor).title == "Mención negativa en Radio Candelaria"
    assert Job.objects.get(name="core.notify").status == Job.Status.SUCCEEDED


class SlowMailServer:
    """A mail server that takes three seconds to accept a message (the worker's process loads it by name)."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        time.sleep(3)
        return len(messages)


def test_a_worker_stopped_with_sigterm_finishes_its_task_and_leaves_no_lock(tmp_path):
    # Issue 13, defect 3: `manage.py serve` and systemd stop the worker with SIGTERM.
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "HERALDO_JOBS_IMMEDIATE": "false",
        "HERALDO_QUEUE_BACKEND": "sqlite",
        "HERALDO_QUEUE_SQLITE_PATH": str(tmp_path / "queue.sqlite3"),
        "HERALDO_SCHEDULER": "false",
        "EMAIL_BACKEND": f"{__name__}.SlowMailServer",
    }
    worker = subprocess.Popen([sys.executable, "manage.py", "run_huey", "--quiet"], cwd=ROOT, env=env)
    try:
        run_in_another_process(
            env,
            "from heraldo.core.outbox import outbox_enqueue; "
            "outbox_enqueue(key='k', to=['alcalde@example.pe'], subject='Mención', text='…')",
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not OutboxEmail.objects.filter(status=OutboxEmail.Status.SENDING):
            time.sleep(0.1)
        assert OutboxEmail.objects.get().status == OutboxEmail.Status.SENDING

        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=20)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert OutboxEmail.objects.get().status == OutboxEmail.Status.SENT
    assert not TaskLease.objects.exists()
