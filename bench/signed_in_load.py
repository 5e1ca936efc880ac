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
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._server import fetch, free_port, load, production_env, serve, stop  # noqa: E402
from bench._smoke import SMOKE, sized, var_dir  # noqa: E402

SERVER_ENV = production_env(var_dir("signed-in"))
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
    client.force_login(user, backend="heraldo.core.access.CachedPermissionsBackend")
    return client.cookies[settings.SESSION_COOKIE_NAME].value


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
    server = serve(port, args.workers, SERVER_ENV)
    try:
        base = f"http://127.0.0.1:{port}"
        for path in args.paths:
            status, _ = fetch(base + path, cookie)
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
