"""The Mayor's home dashboard with a busy office's data: server time alone, and under load beside /healthz.

    .venv/bin/python bench/dashboard_mayor.py              # full size: 1,000,000 clippings, 50,000 acts
    BENCH_SMOKE=1 .venv/bin/python bench/dashboard_mayor.py  # CI: a few thousand rows, one second of wrk

Builds its own SQLite database (var/bench-dashboard-mayor, or BENCH_VAR_DIR; kept between runs, --rebuild to
start again): the demo office, 1,000,000 clippings over a year (a tenth with a topic, alerts on some),
50,000 acts of the Mayor over three years (200 of them series that repeat), 5,000 releases, then counts the
dashboards' daily figures with `dashboard_backfill` as the periodic job keeps them.

Then it measures, signed in as the Mayor (`alcalde`):
1. server time alone: the median and p90 of 50 requests to / through Django's test client (no network),
   and the number of queries the page takes, with the cards from the shared cache (as nearly every view
   finds them) and rebuilt from the stored figures on each request (as the first view after a minute);
2. under load: granian (2 workers, production settings) and wrk (16 connections) on anonymous /healthz and
   on / as the Mayor, one after the other in the same run, printing req/s, p50, p99 and the ratio.

Issue 18's targets: under 100 ms server time and at least 300 req/s for the Mayor's dashboard.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import re
import shutil
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._server import fetch, free_port, load, production_env, serve, stop  # noqa: E402
from bench._smoke import SMOKE, sized, var_dir  # noqa: E402

SERVER_ENV = production_env(var_dir("dashboard-mayor"))
if SMOKE:  # static files served from the source tree, so CI need not collect and compress them
    SERVER_ENV["HERALDO_TESTING"] = "true"
os.environ.update(SERVER_ENV)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, connections, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

CLIPPINGS = sized(1_000_000, 3_000)
EVENTS = sized(50_000, 300)
SERIES = sized(200, 5)
RELEASES = sized(5_000, 100)
TOPIC_SHARE = 0.1
REQUESTS = sized(50, 5)
TARGET_MS, TARGET_RPS = 100, 300


def build(rebuild: bool) -> None:
    from heraldo.monitoring.models import Clipping

    if rebuild:
        Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)
        connection.close()
    call_command("migrate", verbosity=0)
    if not SMOKE:
        from bench.pages import _collected_static

        _collected_static()  # production pages name the hashed files
    have = Clipping.objects.count()
    if have >= CLIPPINGS:
        print(f"reusing the data ({have:,} clippings)")
        return
    if have:
        raise SystemExit("the database holds part of a build: run again with --rebuild")
    from bench.pages import _clippings, _releases
    from heraldo.core.demo import demo_load

    demo_load()
    rng = random.Random(2026)
    for name, step in [
        ("releases", lambda: _releases(rng, RELEASES)),
        ("acts", lambda: _acts(rng)),
        ("clippings", lambda: _clippings(rng, CLIPPINGS)),
        ("topics and alerts", lambda: _topics_and_alerts(rng)),
        ("daily figures", lambda: call_command("dashboard_backfill", days=400, stdout=io.StringIO())),
    ]:
        began = time.perf_counter()
        step()
        print(f"  {name} in {time.perf_counter() - began:.0f} s", flush=True)


def _acts(rng: random.Random) -> None:
    """Three years of the Mayor's agenda around today (two behind, one ahead); a few weekly or monthly series."""
    from heraldo.ceremonial.models import Attendance, Event, EventStatus
    from heraldo.ceremonial.recurrence import LIMA
    from heraldo.ceremonial.selectors import place_key

    types = [value for value, _label in Event._meta.get_field("event_type").choices]
    statuses = [EventStatus.CONFIRMADO] * 6 + [EventStatus.REALIZADO] * 3 + [EventStatus.CANCELADO]
    attendance = [Attendance.MAYOR] * 3 + [Attendance.REPRESENTATIVE] * 2 + [Attendance.NONE]
    rules = ["FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=MO,WE", "FREQ=MONTHLY"]
    first_day = datetime.now(tz=LIMA).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=730)
    every = max(EVENTS // SERIES, 1)
    events = []
    for n in range(EVENTS):
        begins = first_day + timedelta(days=rng.randint(0, 1094), hours=rng.randint(7, 20))
        place = f"Lugar {n % 300}"
        events.append(
            Event(
                title=f"Acto {n}: {rng.choice(['Inauguración', 'Ceremonia', 'Reunión', 'Visita'])}",
                event_type=rng.choice(types),
                status=rng.choice(statuses),
                starts_at=begins,
                ends_at=begins + timedelta(minutes=rng.choice([30, 60, 90])),
                place=place,
                place_key=place_key(place),
                attendance=rng.choice(attendance),
                is_public=n % 2 == 0,
                rrule=rules[n % len(rules)] if n % every == 0 else "",
            )
        )
    Event.objects.bulk_create(events, batch_size=1_000)


def _topics_and_alerts(rng: random.Random) -> None:
    from heraldo.monitoring.models import Alert, AlertRule, ClippingTopic, Topic

    topics = [Topic.objects.get_or_create(name=f"Tema {n} del distrito")[0].pk for n in range(12)]
    rule, _created = AlertRule.objects.get_or_create(name="Menciones negativas (bench)")
    first, last = _clipping_ids()
    chosen = rng.sample(range(first, last + 1), int((last - first + 1) * TOPIC_SHARE))
    with transaction.atomic():
        ClippingTopic.objects.bulk_create(
            [ClippingTopic(clipping_id=pk, topic_id=rng.choice(topics), is_assigned=True) for pk in chosen],
            batch_size=5_000,
            ignore_conflicts=True,
        )
        Alert.objects.bulk_create(
            [Alert(rule=rule, clipping_id=pk) for pk in chosen[:2_000]], batch_size=2_000, ignore_conflicts=True
        )


def _clipping_ids() -> tuple[int, int]:
    from django.db.models import Max, Min

    from heraldo.monitoring.models import Clipping

    bounds = Clipping.objects.aggregate(first=Min("pk"), last=Max("pk"))
    return bounds["first"], bounds["last"]


def mayor_client() -> Client:
    from heraldo.core.models import User

    client = Client(HTTP_USER_AGENT="bench", HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.get(username="alcalde"), backend="heraldo.core.access.CachedPermissionsBackend")
    return client


def server_time(client: Client, path: str, *, cold: bool = False) -> tuple[float, float, int]:
    """Median and p90 in ms of REQUESTS requests after two to warm up, and the queries of the last one.
    `cold`: the shared cache emptied before each request, so the cards are built from the figures each time."""
    from django.core.cache import cache

    for _n in range(2):
        assert client.get(path).status_code == 200, path
    times = []
    for _n in range(REQUESTS):
        if cold:
            cache.clear()
        began = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - began) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9) - 1 if len(times) >= 10 else -1], len(queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rebuild", action="store_true", help="throw the data away and build it again")
    parser.add_argument("--duration", type=int, default=sized(10, 1), help="seconds of wrk per URL")
    parser.add_argument("--connections", type=int, default=sized(16, 4))
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (apt-get install wrk)")
    started = time.perf_counter()
    build(args.rebuild)
    from heraldo.monitoring.models import Clipping

    print(f"data: {Clipping.objects.count():,} clippings, {_count('ceremonial.Event'):,} acts", flush=True)

    client = mayor_client()
    cards = set(re.findall(r'data-card="([\w-]+)"', client.get("/").content.decode()))
    expected = {"coverage", "topics", "press", "agenda", "campaigns", "opinion"}
    if cards != expected:
        raise SystemExit(f"the Mayor's dashboard shows {sorted(cards)}, not {sorted(expected)}")
    print(f"\nserver time alone (Django test client, {REQUESTS} requests; load average {_load_average()})")
    print(f"{'URL':32} {'median ms':>10} {'p90 ms':>8} {'queries':>8}")
    rows = [
        ("/healthz", Client(HTTP_HOST="127.0.0.1"), False),
        ("/", client, False),
        ("/ (cards rebuilt)", client, True),
    ]
    for label, who, cold in rows:
        median, p90, queries = server_time(who, label.split()[0], cold=cold)
        verdict = "" if label == "/healthz" else ("ok" if median < TARGET_MS else f"MISS (<{TARGET_MS} ms)")
        print(f"{label:32} {median:10.1f} {p90:8.1f} {queries:8}  {verdict}")

    cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    connections.close_all()  # the server's workers are the only ones using the database
    port = free_port()
    server = serve(port, args.workers, SERVER_ENV)
    try:
        base = f"http://127.0.0.1:{port}"
        for _worker in range(args.workers * 2):  # each worker answers once before the clock starts
            status, body = fetch(base + "/", cookie)
            if status != 200 or b'data-card="coverage"' not in body:
                raise SystemExit(f"/ answered {status} to the Mayor through the server, without the dashboard")
        health = load(base + "/healthz", "", connections=args.connections, duration=args.duration)
        mayor = load(base + "/", cookie, connections=args.connections, duration=args.duration)
        health_after = load(base + "/healthz", "", connections=args.connections, duration=args.duration)
    finally:
        stop(server)
    print(f"\nwrk, {args.connections} connections, {args.duration} s per URL; load average {_load_average()}")
    print(f"{'URL':32} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>6}")
    reference = (health["rps"] + health_after["rps"]) / 2
    for label, figures in [
        ("/healthz (anonymous)", health),
        ("/ (the Mayor)", mayor),
        ("/healthz again", health_after),
    ]:
        verdict = ""
        if label.startswith("/ "):
            verdict = "ok" if figures["rps"] >= TARGET_RPS else f"MISS (≥{TARGET_RPS} req/s)"
        print(
            f"{label:32} {figures['rps']:8.0f} {figures['p50']:8.1f} {figures['p99']:8.1f} "
            f"{figures['rps'] / reference:6.2f}  {verdict}"
        )
    print(f"\ntotal {time.perf_counter() - started:.0f} s (at {datetime.now(tz=UTC):%H:%M} UTC)")


def _count(label: str) -> int:
    from django.apps import apps

    return apps.get_model(label).objects.count()


def _load_average() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
