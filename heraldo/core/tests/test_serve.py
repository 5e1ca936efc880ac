"""`manage.py serve`, what `make run` starts: the web server and the worker, stopped together."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import copy_sqlite_database
from heraldo.core.management.commands.serve import child_environment

ROOT = Path(__file__).resolve().parents[3]


def test_links_in_e_mails_follow_the_port_unless_the_address_is_configured():
    assert child_environment({}, host="127.0.0.1", port="8123")["HERALDO_SITE_URL"] == "http://127.0.0.1:8123"
    configured = {"HERALDO_SITE_URL": "https://imagen.candelaria.gob.pe"}
    assert (
        child_environment(configured, host="127.0.0.1", port="8123")["HERALDO_SITE_URL"]
        == configured["HERALDO_SITE_URL"]
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.mark.integration
def test_a_stop_by_signal_ends_the_web_server_and_the_worker(tmp_path, migrated_sqlite_database):
    # given Heraldo, migrated, started with serve on a free port
    port = _free_port()
    env = {**os.environ, "HERALDO_VAR_DIR": str(tmp_path), "HERALDO_JOBS_IMMEDIATE": "false", "PORT": str(port)}
    env.pop("DATABASE_URL", None)  # its own SQLite database under tmp_path, whichever pass of CI this is
    copy_sqlite_database(migrated_sqlite_database, tmp_path / "heraldo.sqlite3")
    serve = subprocess.Popen([sys.executable, "manage.py", "serve"], cwd=ROOT, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not _answers(port) and time.monotonic() < deadline:
            time.sleep(0.3)
        assert _answers(port), "the web server never answered"

        # when it is stopped the way systemd or `kill` stops it
        serve.send_signal(signal.SIGTERM)
        serve.wait(timeout=30)

        # then nothing of it is left: the port is free and no process of its group runs
        time.sleep(0.5)
        assert not _answers(port)
        with pytest.raises(ProcessLookupError):
            os.killpg(serve.pid, 0)
    finally:
        try:
            os.killpg(serve.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
