"""Settings read from the environment: wrong values stop the start with one clear line."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("HERALDO_", "DJANGO_", "DATABASE_"))}
    clean["HERALDO_VAR_DIR"] = "var/test"
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    "env, variable",
    [
        ({"DJANGO_DEBUG": "quizás"}, "DJANGO_DEBUG"),
        ({"DATABASE_URL": "mysql://x/y"}, "DATABASE_URL"),
        ({"EMAIL_PORT": "veinticinco"}, "EMAIL_PORT"),
        ({"DJANGO_DEBUG": "false", "ALLOWED_HOSTS": "heraldo.example.pe"}, "SECRET_KEY"),
        ({"HERALDO_QUEUE_BACKEND": "rabbit"}, "HERALDO_QUEUE_BACKEND"),
    ],
)
def test_wrong_setting_stops_the_start_with_one_line_naming_it(env, variable):
    result = manage("check", **env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Error de configuración: {variable}")


def test_secret_can_come_from_a_file(tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("f3Kq9-zP2mW7vR1tY8uE4oI6aS0dG5hJ-lX3cV9bN2mQ7wE1rT4y")
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING",
        DJANGO_DEBUG="false", SECRET_KEY_FILE=str(secret), ALLOWED_HOSTS="heraldo.example.pe",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_profile_passes_the_deploy_checklist():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING",
        DJANGO_DEBUG="false", SECRET_KEY="k" * 20 + "-production-secret-value-0123456789",
        ALLOWED_HOSTS="heraldo.example.pe",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_database_connections_persist_and_each_new_one_gets_the_sqlite_pragmas():
    from django.db import connections

    # Given the configured database: connections are kept between requests and checked before reuse
    assert connections.settings["default"]["CONN_MAX_AGE"] == 60
    assert connections.settings["default"]["CONN_HEALTH_CHECKS"] is True
    if connections["default"].vendor != "sqlite":
        return
    # When a worker opens a fresh connection (a new thread, or after the health check dropped one)
    fresh = connections.create_connection("default")
    try:
        with fresh.cursor() as cursor:
            pragmas = {
                name: cursor.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
            }
    finally:
        fresh.close()
    # Then it runs with WAL, foreign keys, the busy timeout and NORMAL sync like the first one
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 20000, "synchronous": 1}


def test_the_web_process_sets_its_startup_objects_aside_from_the_garbage_collector():
    """A full collection walking Django's ~200,000 long-lived objects stopped a web process for 100-250 ms, the
    slowest 1% of requests under load (bench/pages.py)."""
    result = subprocess.run(
        [sys.executable, "-c", "import gc, heraldo.wsgi; print(gc.get_freeze_count(), gc.get_threshold()[0])"],
        cwd=ROOT, env={**os.environ, "HERALDO_VAR_DIR": "var/test"}, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    frozen, young_per_collection = map(int, result.stdout.split()[-2:])
    assert frozen > 50_000, result.stderr
    assert young_per_collection >= 5_000
