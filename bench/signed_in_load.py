"""Signed-in pages under concurrency, beside anonymous /healthz in the same run.

    .venv/bin/python bench/signed_in_load.py [--paths / /monitoreo/] [--duration 10] [--connections 16]
    BENCH_SMOKE=1 .venv/bin/python bench/signed_in_load.py     # CI: 1 s per URL, checks every URL answers 200

Serves its own SQLite database (var/bench-signed-in, or BENCH_VAR_DIR) with granian, 2 workers and production
settings (DEBUG off, collected static files; plain HTTP on loopback, so HERALDO_HTTPS=false), signs in as
the head of unit with a session made by Django, then runs wrk on /healthz and on each page one after the
other with the same connections, printing req/s, p50, p99 and each page's req/s as a share of /healthz's.
Issue 19's targets: a signed-in page at least 0.10x /healthz with p99 under 300 ms at 16 connections.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._smoke import SMOKE, sized, var_dir  # noqa: E402

SERVER_ENV = {
    "HERALDO_VAR_DIR": var_dir("signed-in"),
    "DJANGO_DEBUG": "false",
    "SECRET_KEY": "bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "HERALDO_HTTPS": "false",
    "DJANGO_SETTINGS_MODULE": "heraldo.settings",
    # The benchmark measures pages, not the second factor: its head of unit has no TOTP to enter.
    "HERALDO_MFA_REQUIRED_ROLES": "ninguno",
}
if SMOKE:  # static files served from the source tree, so CI need not collect and compress them
    SERVER_ENV["HERALDO_TESTING"] = "true"
os.environ.update(SERVER_ENV)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connections as db_connections  # noqa: E402
from django.test import Client  # noqa: E402

from heraldo.core import roles  # noqa: E402
from heraldo.core.models import User  # noqa: E402


def head_of_unit_session() -> str:
    """A session cookie of the head of unit, made the way a sign-in makes it."""
    call_command("migrate", "--noinput", verbosity=0)
    if not SMOKE:
        call_command("collectstatic", "--noinput", verbosity=0)  # production pages name the hashed files
    user, created = User.objects.get_or_create(username="bench-jefatura", defaults={"email": "jefa@example.pe"})
    if created:
        user.groups.add(Group.objects.get(name=roles.HEAD_OF_UNIT))
    client = Client(HTTP_USER_AGENT="wrk")
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(port: int, workers: int) -> subprocess.Popen:
    granian = Path(sys.executable).parent / "granian"
    server = subprocess.Popen(  # noqa: S603
        [str(granian), "--interface", "wsgi", "heraldo.wsgi:application", "--host", "127.0.0.1"]
        + ["--port", str(port), "--workers", str(workers), "--log-level", "warning"],
        cwd=ROOT,
        env={**os.environ, **SERVER_ENV},
        start_new_session=True,  # its own process group, so stop() ends the workers too
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5)  # noqa: S310  loopback
            return server
        except OSError:  # not listening yet, or still loading Django
            time.sleep(0.2)
    stop(server)
    raise SystemExit("granian did not answer /healthz within 120 s")


def stop(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def status_of(url: str, cookie: str) -> int:
    request = urllib.request.Request(url, headers={"Cookie": cookie})  # noqa: S310  loopback
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def load(url: str, cookie: str, *, connections: int, duration: int) -> dict[str, float]:
    header = ["-H", f"Cookie: {cookie}"] if cookie else []
    output = subprocess.run(  # noqa: S603
        ["wrk", "--latency", "-t", "2", "-c", str(connections), "-d", f"{duration}s", *header, url],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        raise SystemExit(f"{url}: {non_2xx.group(1)} answers were not 200 under load\n{output}")
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _milliseconds(re.search(r"50%\s+([\d.]+\w+)", output).group(1)),
        "p99": _milliseconds(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),
    }


def _milliseconds(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--paths", nargs="+", default=["/", "/monitoreo/", "/preferencias/"])
    parser.add_argument("--duration", type=int, default=sized(10, 1), help="seconds per URL")
    parser.add_argument("--connections", type=int, default=sized(16, 4))
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (apt-get install wrk)")
    cookie = f"{settings.SESSION_COOKIE_NAME}={head_of_unit_session()}"
    db_connections.close_all()  # the server's workers are the only ones using the database
    port = free_port()
    server = serve(port, args.workers)
    try:
        base = f"http://127.0.0.1:{port}"
        for path in args.paths:
            status = status_of(base + path, cookie)
            if status != 200:
                raise SystemExit(f"{path}: answered {status} to the head of unit, not 200")
        health = load(base + "/healthz", "", connections=args.connections, duration=args.duration)
        print(f"{'URL':32} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>6}")
        print(f"{'/healthz (anonymous)':32} {health['rps']:8.0f} {health['p50']:8.1f} {health['p99']:8.1f} {1:6.2f}")
        for path in args.paths:
            page = load(base + path, cookie, connections=args.connections, duration=args.duration)
            ratio = page["rps"] / health["rps"]
            print(
                f"{path + ' (head of unit)':32} {page['rps']:8.0f} {page['p50']:8.1f} {page['p99']:8.1f} {ratio:6.2f}"
            )
    finally:
        stop(server)


if __name__ == "__main__":
    main()
