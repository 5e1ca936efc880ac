"""Mi trabajo and the team board at a busy office's size (target: under 150 ms server time each).

    .venv/bin/python bench/work_my_work.py

Builds (once, with bulk inserts, in var/bench-work or BENCH_VAR_DIR) 20,000 tasks for 15 people, one
of whom holds 2,000 open items, then requests through Django's test client, signed in: Mi trabajo of
that person, the head of unit's team board, the calendar of deadlines and the register of encargos;
and, as the baseline in the same run, the anonymous /healthz. Prints median and p95 in milliseconds and
the number of queries of each page (which must not grow with the number of tasks).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._smoke import sized, var_dir  # noqa: E402

os.environ["HERALDO_VAR_DIR"] = var_dir("work")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
os.environ.setdefault("HERALDO_TESTING", "true")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

PEOPLE = 15
TASKS = sized(20_000, 300)
BUSY_PERSON_OPEN = sized(2_000, 100)
RUNS = sized(25, 2)
TARGET_MS = 150


def fill() -> None:
    from django.contrib.auth.models import Group

    from heraldo.core import roles
    from heraldo.core.models import User
    from heraldo.work.models import Task

    if Task.objects.count() >= TASKS:
        return
    office_roles = [roles.PRESS, roles.PROTOCOL, roles.DESIGN, roles.MONITORING]
    people = []
    for n in range(PEOPLE):
        person, _created = User.objects.get_or_create(
            username=f"staff{n}", defaults={"email": f"staff{n}@bench.example.pe", "first_name": f"Persona {n}"}
        )
        person.groups.add(Group.objects.get(name=roles.HEAD_OF_UNIT if n == 0 else office_roles[n % 4]))
        people.append(person)
    rng = random.Random(11)
    today = timezone.localdate()
    busy = people[1]
    statuses = [Task.Status.PENDING, Task.Status.IN_PROGRESS, Task.Status.IN_REVIEW]
    rows = [
        Task(
            title=f"Tarea abierta {n}",
            owner=busy,
            due_on=today + timedelta(days=rng.randint(-30, 60)),
            status=rng.choice(statuses),
        )
        for n in range(BUSY_PERSON_OPEN)
    ]
    for n in range(TASKS - BUSY_PERSON_OPEN):
        done = rng.random() < 0.7
        rows.append(
            Task(
                title=f"Tarea {n}",
                owner=rng.choice(people),
                due_on=today + timedelta(days=rng.randint(-300, 60)),
                status=Task.Status.DONE if done else rng.choice(statuses),
                priority=rng.randint(1, 4),
            )
        )
    Task.objects.bulk_create(rows, batch_size=2000)


def timed(client: Client, url: str) -> tuple[list[float], int]:
    response = client.get(url)  # warm templates and caches
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    samples = []
    for _run in range(RUNS):
        reset_queries()
        began = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - began) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
    return samples, len(connection.queries)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    call_command("migrate", verbosity=0)
    fill()
    connection.force_debug_cursor = True  # count queries without DEBUG's slower template loading
    from heraldo.core.models import User

    anonymous = Client(HTTP_HOST="127.0.0.1")
    busy, head = Client(HTTP_HOST="127.0.0.1"), Client(HTTP_HOST="127.0.0.1")
    busy.force_login(User.objects.get(username="staff1"), backend="heraldo.core.access.CachedPermissionsBackend")
    head.force_login(User.objects.get(username="staff0"), backend="heraldo.core.access.CachedPermissionsBackend")
    from heraldo.work.models import Task

    busiest_open = Task.objects.filter(owner__username="staff1").exclude(status="CUMPLIDA").count()
    print(f"{Task.objects.count()} tasks, {busiest_open} open for the busiest person")
    pages = [
        ("baseline /healthz (anonymous)", anonymous, "/healthz"),
        ("Mi trabajo (2,000 open items)", busy, "/mi-trabajo/"),
        ("team board (head of unit)", head, "/encargos/equipo/"),
        ("calendar of deadlines", head, "/encargos/calendario/"),
        ("register of encargos", head, "/encargos/"),
    ]
    for label, client, url in pages:
        samples, queries = timed(client, url)
        verdict = "" if url == "/healthz" else ("ok" if p95(samples) < TARGET_MS else f"OVER {TARGET_MS} ms")
        median = statistics.median(samples)
        print(f"{label:34} median {median:6.1f} ms  p95 {p95(samples):6.1f} ms  {queries:3d} queries  {verdict}")


if __name__ == "__main__":
    main()
