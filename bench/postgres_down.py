"""F1 PostgreSQL down under load (test plan §2.4), on a throwaway PostgreSQL cluster of its own.

What it builds: a PostgreSQL cluster made for this run (initdb into /tmp, pg_ctl on a free loopback port, run as
the `postgres` user when started as root; the shared server at 127.0.0.1:5432 is never touched), Heraldo migrated
onto it, and one signed-in head of unit per simulated user. Heraldo is served by granian (2 workers, production
settings: CONN_HEALTH_CHECKS and connect_timeout=2, bench/_server.py).

What it does: USERS threads load the dashboard, /healthz and "create a task" (each task titled uniquely) without
pause; after a few seconds the cluster is stopped (`pg_ctl stop -m fast`, which also cuts the open connections),
kept down for a while, then started again; the load goes on throughout.

Printed and checked: every answer while the database is down is the Spanish 503 page (or /healthz's 503 naming
the database), none is a 500 and none carries a traceback, each within 2 s + margin; how long after the restart
the dashboard answers 200 again, with no process restarted (target ≤ 10 s); and nothing half-written: each task
created has its audit entry, and every task whose creation was answered with a redirect exists.

Run: .venv/bin/python bench/postgres_down.py
     BENCH_SMOKE=1 .venv/bin/python bench/postgres_down.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._server import free_port, production_env, serve, stop  # noqa: E402
from bench._smoke import SMOKE, sized, var_dir  # noqa: E402

PG_BIN = Path(os.environ.get("PG_BIN", "/usr/local/bin"))
USERS = sized(8, 3)
UP_SECONDS = sized(5, 2)
DOWN_SECONDS = sized(10, 3)
AFTER_SECONDS = sized(15, 12)  # load goes on this long after the restart
ANSWER_LIMIT = 2.0 + 1.0  # connect_timeout is 2 s; the margin is the busy shared machine's
RECOVERY_LIMIT = 10.0
SPANISH_503 = "La base de datos no responde"

PORT = free_port()
CLUSTER = Path(tempfile.mkdtemp(prefix="heraldo-f1-pg-"))
DATABASE_URL = f"postgres://postgres@127.0.0.1:{PORT}/heraldo_f1"
SERVER_ENV = production_env(var_dir("postgres-down", fresh=True)) | {"DATABASE_URL": DATABASE_URL}
if SMOKE:  # static files served from the source tree, so CI need not collect them
    SERVER_ENV["HERALDO_TESTING"] = "true"
os.environ.update(SERVER_ENV)


def as_postgres(command: list[str]) -> list[str]:
    """initdb refuses to run as root: the cluster belongs to the `postgres` user then."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def pg_ctl(action: str, *extra: str) -> None:
    subprocess.run(  # noqa: S603
        as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(CLUSTER / "data"), "-w", "-t", "60", action, *extra]),
        check=True,
        stdout=subprocess.DEVNULL,
    )


def cluster_start() -> None:
    pg_ctl(
        "start",
        "-l",
        str(CLUSTER / "postgres.log"),
        "-o",
        f"-p {PORT} -c listen_addresses=127.0.0.1 -k {CLUSTER} -c fsync=off",
    )


def cluster_create() -> None:
    if not (PG_BIN / "initdb").exists():
        raise SystemExit(f"PostgreSQL's initdb is not in {PG_BIN} (set PG_BIN to the folder of initdb and pg_ctl)")
    if os.geteuid() == 0:
        shutil.chown(CLUSTER, "postgres", "postgres")
    subprocess.run(  # noqa: S603
        as_postgres([str(PG_BIN / "initdb"), "-D", str(CLUSTER / "data"), "-U", "postgres", "--auth=trust"]),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    cluster_start()
    import psycopg

    with psycopg.connect(f"host=127.0.0.1 port={PORT} user=postgres dbname=postgres", autocommit=True) as admin:
        admin.execute("CREATE DATABASE heraldo_f1")


@dataclass
class Answer:
    moment: float
    kind: str
    status: int
    seconds: float
    body: str
    title: str = ""


class Load:
    """USERS threads, each with its own session, asking without pause until `stop` is set."""

    def __init__(self, base: str, signed_in: list[tuple[str, str, int]]) -> None:
        self.base, self.signed_in = base, signed_in
        self.answers: list[Answer] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self.user, args=(n,), daemon=True) for n in range(len(signed_in))]

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def stop(self) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join()

    def user(self, number: int) -> None:
        from django.conf import settings

        session, csrf, user_id = self.signed_in[number]
        http = requests.Session()
        http.cookies.set(settings.SESSION_COOKIE_NAME, session)
        http.cookies.set(settings.CSRF_COOKIE_NAME, csrf)
        sent = 0
        while not self.stopping.is_set():
            sent += 1
            kind = ("dashboard", "healthz", "create task")[sent % 3]
            title = ""
            started = time.perf_counter()
            try:
                if kind == "dashboard":
                    answer = http.get(self.base + "/", timeout=30, allow_redirects=False)
                elif kind == "healthz":
                    answer = http.get(self.base + "/healthz", timeout=30)
                else:
                    title = f"Tarea F1 {number}-{sent}"
                    data = {"csrfmiddlewaretoken": csrf, "title": title, "owner": str(user_id)}
                    data |= {"due_on": date.today().isoformat(), "priority": "2", "confirm_non_working_day": "on"}
                    answer = http.post(self.base + "/tareas/nueva/", data=data, timeout=30, allow_redirects=False)
                status, body = answer.status_code, answer.text
            except requests.RequestException as exc:
                status, body = 0, type(exc).__name__
            seconds = time.perf_counter() - started
            with self.lock:
                self.answers.append(Answer(time.monotonic(), kind, status, seconds, body, title))


def main() -> None:
    cluster_create()
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.db import connections
    from django.middleware.csrf import _get_new_csrf_string
    from django.test import Client

    from heraldo.core import roles
    from heraldo.core.models import AuditEntry, User
    from heraldo.work.models import Task

    server = None
    try:
        call_command("migrate", "--noinput", verbosity=0)
        if not SMOKE:
            call_command("collectstatic", "--noinput", verbosity=0)
        head_of_unit = Group.objects.get(name=roles.HEAD_OF_UNIT)
        signed_in = []
        for number in range(USERS):
            user = User.objects.create_user(username=f"f1-jefatura-{number}", email=f"f1-{number}@example.pe")
            user.groups.add(head_of_unit)
            client = Client()
            client.force_login(user, backend="heraldo.core.access.CachedPermissionsBackend")
            signed_in.append((client.cookies[settings.SESSION_COOKIE_NAME].value, _get_new_csrf_string(), user.pk))
        connections.close_all()

        port = free_port()
        server = serve(port, 2, SERVER_ENV)
        load = Load(f"http://127.0.0.1:{port}", signed_in)
        load_before = os.getloadavg()
        load.start()
        time.sleep(UP_SECONDS)
        down_at = time.monotonic()
        pg_ctl("stop", "-m", "fast")
        stopped_at = time.monotonic()
        time.sleep(DOWN_SECONDS)
        up_requested_at = time.monotonic()
        cluster_start()
        up_at = time.monotonic()
        time.sleep(AFTER_SECONDS)
        load.stop()
        load_after = os.getloadavg()

        # What was answered entirely while the database was down (stop and start themselves take a moment).
        during = [a for a in load.answers if stopped_at + 0.5 < a.moment - a.seconds and a.moment < up_requested_at]
        before = [a for a in load.answers if a.moment < down_at]
        after_ok = [a for a in load.answers if a.moment > up_at and a.kind == "dashboard" and a.status == 200]
        recovered = after_ok[0].moment - up_at if after_ok else None
        # Over the whole run, including the requests cut off at the stop and those at the restart.
        bad = [a for a in load.answers if a.status == 500 or "Traceback" in a.body or a.status == 0]
        not_503 = [a for a in during if a.status != 503]
        not_spanish = [a for a in during if a.kind != "healthz" and SPANISH_503 not in a.body]
        healthz_named = all('"database": "error"' in a.body for a in during if a.kind == "healthz")
        slowest = max((a.seconds for a in during), default=0.0)
        print(
            f"F1: {USERS} users without pause, granian 2 workers, PostgreSQL {PORT} stopped for {DOWN_SECONDS} s "
            f"(pg_ctl stop -m fast took {stopped_at - down_at:.1f} s); load average {load_before[0]:.2f} before, "
            f"{load_after[0]:.2f} after"
        )
        print(
            f"before: {len(before)} answers, {sum(a.status in (200, 302) for a in before)} 200/302; "
            f"while down: {len(during)} answers, {len(during) - len(not_503)} were 503; {len(bad)} 500s, broken "
            f"connections or tracebacks in the whole run; {len(not_spanish)} pages without «{SPANISH_503}», "
            f"/healthz named the database: {healthz_named}; "
            f"slowest answer {slowest:.2f} s (target ≤ {ANSWER_LIMIT:.0f} s)"
        )
        print(
            "recovered: the dashboard answered 200 "
            + (f"{recovered:.1f} s after the restart" if recovered is not None else "never")
            + f" (target ≤ {RECOVERY_LIMIT:.0f} s), with the same server processes"
        )
        titles_answered = {a.title for a in load.answers if a.kind == "create task" and a.status == 302}
        tasks = dict(Task.objects.filter(title__startswith="Tarea F1").values_list("title", "pk"))
        audited = set(
            AuditEntry.objects.filter(
                action="work.task.created", target_id__in=[str(pk) for pk in tasks.values()]
            ).values_list("target_id", flat=True)
        )
        unaudited = [title for title, pk in tasks.items() if str(pk) not in audited]
        lost = titles_answered - set(tasks)
        print(
            f"writes: {len(titles_answered)} tasks answered as created, {len(tasks)} stored; {len(lost)} answered "
            f"but missing, {len(unaudited)} stored without their audit entry"
        )
        if bad or not_503 or not_spanish or not healthz_named or lost or unaudited:
            examples = [(a.kind, a.status, a.body[:200]) for a in (bad or not_503 or not_spanish)[:3]]
            raise SystemExit(f"F1 failed: {examples}")
        if recovered is None or recovered > RECOVERY_LIMIT or slowest > ANSWER_LIMIT:
            print("F1 targets missed: see the times above")
    finally:
        if server is not None:
            stop(server)
        connections.close_all()
        subprocess.run(  # noqa: S603
            as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(CLUSTER / "data"), "-m", "immediate", "stop"]),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.rmtree(CLUSTER, ignore_errors=True)


if __name__ == "__main__":
    main()
