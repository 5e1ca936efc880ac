"""L3 staff mix (test plan §2.3): signed-in staff reading and writing with think time, then the queue drained.

What it builds: the demo municipality (heraldo.core.demo) in its own SQLite database (var/bench-staff-mix, or
BENCH_VAR_DIR), plus one signed-in head of unit per simulated user (the role that may do every action below).
It serves it with granian (2 workers, production settings, bench/_server.py) and starts a worker as production
does (`manage.py run_huey`: 2 consumer threads and the scheduler).

What it measures: USERS staff (30; 5 more started each second) for DURATION seconds (5 minutes), each waiting
2–5 s between actions, drawing the test plan's mix: dashboard 30%, calendar JSON (the agenda's API) 20%, lists
20%, search 15%, a write 10% (create a task, save a release draft, register a clipping by hand, in turn: the
task notifies its owner and the clipping queues its alert evaluation, both through the queue) and an export 5%
(Heraldo exports in the request, so the Registro's person CSV is downloaded; nothing exports through the queue).
Printed: p50/p95/p99 and errors per kind beside anonymous /healthz asked alone before the load (the baseline of
the same run), the "database is locked" lines of the server and worker logs, and how
long after the load the queue took to drain.

Targets: p95 < 800 ms, 0 errors, no "database is locked", queue drained ≤ 2 min after the run.

Run: .venv/bin/python bench/staff_mix_load.py [--users 30] [--duration 300]
     BENCH_SMOKE=1 .venv/bin/python bench/staff_mix_load.py
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._server import free_port, production_env, serve, stop  # noqa: E402
from bench._smoke import SMOKE, sized, var_dir  # noqa: E402

SERVER_ENV = production_env(var_dir("staff-mix"))
SERVER_ENV |= {"HERALDO_JOBS_IMMEDIATE": "false", "HERALDO_QUEUE_BACKEND": "sqlite", "HERALDO_WORKERS": "2"}
if SMOKE:  # static files served from the source tree, so CI need not collect them
    SERVER_ENV["HERALDO_TESTING"] = "true"
os.environ.update(SERVER_ENV)
os.environ.pop("DATABASE_URL", None)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connections as db_connections  # noqa: E402
from django.middleware.csrf import _get_new_csrf_string  # noqa: E402
from django.test import Client  # noqa: E402

from heraldo.core import roles  # noqa: E402
from heraldo.core.demo import demo_load  # noqa: E402
from heraldo.core.models import Job, User  # noqa: E402
from heraldo.directory.models import Entity, EntityKind  # noqa: E402

THINK_SECONDS = sized((2.0, 5.0), (0.05, 0.2))
SPAWN_PER_SECOND = 5
DRAIN_LIMIT = 120
MIX = [("dashboard", 30), ("calendar JSON", 20), ("list", 20), ("search", 15), ("write", 10), ("export", 5)]
LISTS = ["/prensa/", "/registro/personas/", "/monitoreo/", "/mi-trabajo/", "/agenda/lista/"]
SEARCH_WORDS = ["alcalde", "obras", "concejo", "agua", "serenazgo", "feria", "municipalidad candelaria"]


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, error: str = "") -> None:
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds)
            if error:
                self.errors.setdefault(kind, []).append(error)


class StaffMember:
    """One signed-in head of unit: a session of its own, its own draft release, one action at a time."""

    def __init__(self, base: str, session: str, csrf: str, user_id: int, *, number: int, outlet_id: int) -> None:
        self.base, self.user_id, self.number, self.outlet_id = base, user_id, number, outlet_id
        self.http = requests.Session()
        self.http.cookies.set(settings.SESSION_COOKIE_NAME, session)
        self.http.cookies.set(settings.CSRF_COOKIE_NAME, csrf)
        self.csrf = csrf
        self.draft_url = ""
        self.writes = 0

    def act(self, kind: str, draw: random.Random) -> tuple[int, int]:
        """(status, expected status) of one action of `kind`."""
        if kind == "dashboard":
            return self.get("/"), 200
        if kind == "calendar JSON":
            return self.get("/api/v1/agenda/actividades/"), 200
        if kind == "list":
            return self.get(draw.choice(LISTS)), 200
        if kind == "search":
            return self.get("/buscar/", params={"q": draw.choice(SEARCH_WORDS)}), 200
        if kind == "export":
            return self.get("/registro/personas/exportar.csv"), 200
        self.writes += 1
        return self.write(self.writes % 3), 302

    def get(self, path: str, params: dict[str, str] | None = None) -> int:
        return self.http.get(self.base + path, params=params, timeout=60, allow_redirects=False).status_code

    def post(self, path: str, data: dict[str, str]) -> requests.Response:
        return self.http.post(
            self.base + path, data={"csrfmiddlewaretoken": self.csrf, **data}, timeout=60, allow_redirects=False
        )

    def write(self, which: int) -> int:
        label = f"{self.number}-{self.writes}"
        today = date.today().isoformat()
        if which == 0:
            answer = self.post(
                "/tareas/nueva/",
                {"title": f"Coordinar nota {label}", "owner": str(self.user_id), "due_on": today, "priority": "2",
                 "confirm_non_working_day": "on"},
            )  # fmt: skip
        elif which == 1:
            fields = {
                "headline": f"Borrador {label} de la oficina",
                "lead": "La municipalidad inauguró hoy el parque del barrio Miramar con los vecinos.",
                "body": "El alcalde recorrió las obras junto a los dirigentes vecinales.",
            }
            answer = self.post(self.draft_url or "/prensa/notas/nueva/", fields)
            if not self.draft_url and answer.status_code == 302:
                # The next save edits this draft: /prensa/notas/<id>/fotos/ → /prensa/notas/<id>/editar/
                release_id = answer.headers["Location"].rstrip("/").split("/")[-2]
                self.draft_url = f"/prensa/notas/{release_id}/editar/"
        else:
            answer = self.post(
                "/monitoreo/recortes/nuevo/",
                {"outlet": str(self.outlet_id), "medium": "RADIO", "title": f"Entrevista al alcalde {label}",
                 "summary": "El alcalde habló de las obras.", "published_date": today},
            )  # fmt: skip
        return answer.status_code


def sessions(count: int) -> list[tuple[str, str, int]]:
    """(session, CSRF secret, user id) of `count` heads of unit, made the way a sign-in makes them."""
    head_of_unit = Group.objects.get(name=roles.HEAD_OF_UNIT)
    made = []
    for number in range(count):
        user, created = User.objects.get_or_create(
            username=f"bench-personal-{number}", defaults={"email": f"personal{number}@example.pe"}
        )
        if created:
            user.groups.add(head_of_unit)
        client = Client()
        client.force_login(user, backend="heraldo.core.access.CachedPermissionsBackend")
        # A CSRF cookie as the first form page would set it; its secret is also a valid form token.
        made.append((client.cookies[settings.SESSION_COOKIE_NAME].value, _get_new_csrf_string(), user.pk))
    return made


def run_user(member: StaffMember, results: Results, end: float, seed: int) -> None:
    """Draws the mix until `end`; in smoke mode walks every kind (each of the three writes) at least once."""
    draw = random.Random(seed)
    kinds, weights = zip(*MIX, strict=True)
    walk = [kind for kind in kinds for _repeat in range(3 if kind == "write" else 1)]
    done = 0
    while time.monotonic() < end or (SMOKE and done < len(walk)):
        kind = walk[done % len(walk)] if SMOKE else draw.choices(kinds, weights)[0]
        done += 1
        started = time.perf_counter()
        try:
            status, expected = member.act(kind, draw)
            error = "" if status == expected else f"answered {status}"
            if error and kind == "write":
                error += f" to write {member.writes % 3}"
        except requests.RequestException as exc:
            error = type(exc).__name__
        results.record(kind, time.perf_counter() - started, error)
        time.sleep(draw.uniform(*THINK_SECONDS))


def percentile(values: list[float], share: int) -> float:
    if len(values) == 1:
        return values[0] * 1000
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1] * 1000


def queue_pending() -> int:
    return Job.objects.filter(status__in=(Job.Status.QUEUED, Job.Status.RUNNING)).count()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=sized(30, 3))
    parser.add_argument("--duration", type=int, default=sized(300, 4), help="seconds of load")
    args = parser.parse_args()
    call_command("migrate", "--noinput", verbosity=0)
    if not SMOKE:
        call_command("collectstatic", "--noinput", verbosity=0)  # production pages name the hashed files
    demo_load()
    outlet = Entity.objects.filter(kind=EntityKind.MEDIA).first()
    if outlet is None:
        raise SystemExit("the demo office has no media outlet to credit a clipping to")
    made = sessions(args.users)
    jobs_before = Job.objects.count()
    db_connections.close_all()  # the server and the worker are the ones using the database

    log_dir = ROOT / SERVER_ENV["HERALDO_VAR_DIR"]
    for log in ("server.log", "worker.log"):
        (log_dir / log).unlink(missing_ok=True)
    port = free_port()
    server = serve(port, 2, SERVER_ENV)
    with (log_dir / "worker.log").open("ab") as worker_log:
        worker = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "run_huey"],
            cwd=ROOT,
            env={**os.environ, **SERVER_ENV},
            stdout=worker_log,
            stderr=worker_log,
        )
    results = Results()
    try:
        base = f"http://127.0.0.1:{port}"
        # Each worker process loads its templates and caches on its first pages: not part of the figures.
        warm = StaffMember(base, *made[0], number=-1, outlet_id=outlet.pk)
        for path in [
            "/",
            "/api/v1/agenda/actividades/",
            *LISTS,
            "/buscar/?q=alcalde",
            "/registro/personas/exportar.csv",
        ]:
            for _worker in range(2):
                warm.get(path)
        # The baseline of the same run: anonymous /healthz, one request at a time, before the staff arrive.
        baseline = []
        for _probe in range(sized(200, 10)):
            probe_started = time.perf_counter()
            if warm.get("/healthz") != 200:
                raise SystemExit("/healthz did not answer 200")
            baseline.append(time.perf_counter() - probe_started)
        load_before = os.getloadavg()
        started = time.monotonic()
        end = started + args.duration
        users = []
        for number, signed_in in enumerate(made):
            member = StaffMember(base, *signed_in, number=number, outlet_id=outlet.pk)
            user = threading.Thread(target=run_user, args=(member, results, end, number), daemon=True)
            user.start()
            users.append(user)
            time.sleep(1 / SPAWN_PER_SECOND)
        for user in users:
            user.join()
        load_during = os.getloadavg()
        stopped = time.monotonic()
        while queue_pending() and time.monotonic() - stopped < DRAIN_LIMIT + 30:
            time.sleep(0.5)
        drain_seconds, left = time.monotonic() - stopped, queue_pending()
        jobs_run = Job.objects.count() - jobs_before
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
        stop(server)

    locked = sum(
        (log_dir / log).read_text(errors="replace").count("database is locked") for log in ("server.log", "worker.log")
    )
    total = sum(len(v) for v in results.latencies.values())
    print(
        f"L3 staff mix: {args.users} users (spawned {SPAWN_PER_SECOND}/s), {args.duration} s, think time "
        f"{THINK_SECONDS[0]}–{THINK_SECONDS[1]} s, granian 2 workers + worker 2 consumers, SQLite; "
        f"{total} actions ({total / args.duration:.1f}/s); load average {load_before[0]:.2f} before, "
        f"{load_during[0]:.2f} at the end"
    )
    print(f"{'kind':16} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}")
    print(
        f"{'/healthz alone':16} {len(baseline):6d} {percentile(baseline, 50):8.0f} {percentile(baseline, 95):8.0f} "
        f"{percentile(baseline, 99):8.0f}  (baseline: anonymous, one at a time, before the load)"
    )
    worst_p95, errors = 0.0, 0
    for kind, _weight in MIX:
        values = results.latencies.get(kind, [])
        failed = results.errors.get(kind, [])
        errors += len(failed)
        if not values:
            print(f"{kind:16} {0:6d}")
            continue
        worst_p95 = max(worst_p95, percentile(values, 95))
        print(
            f"{kind:16} {len(values):6d} {percentile(values, 50):8.0f} {percentile(values, 95):8.0f} "
            f"{percentile(values, 99):8.0f} {len(failed):7d}  {' '.join(sorted(set(failed)))[:80]}"
        )
    print(
        f"queue: {jobs_run} jobs during the run; drained {drain_seconds:.1f} s after the load stopped "
        f"(target ≤ {DRAIN_LIMIT} s), {left} still queued or running; 'database is locked' in the logs: {locked}"
    )
    print(f"targets: p95 < 800 ms (worst kind {worst_p95:.0f} ms), 0 errors ({errors})")
    if errors or left or locked:
        raise SystemExit("L3 failed: errors, a queue not drained, or a locked database (figures above)")


if __name__ == "__main__":
    main()
