"""L1 and L2 of the test plan: the public newsroom (list, detail), its RSS and the public iCalendar feed under load.

    .venv/bin/python bench/public_load.py [--duration 30] [--connections 16] [--releases 5000]
    BENCH_SMOKE=1 .venv/bin/python bench/public_load.py      # CI: 60 releases, 1 s per URL

Builds (once, with bulk inserts, in var/bench-public-load or BENCH_VAR_DIR) the test plan's shape: 5,000
published releases, and three months of public events of which one in ten repeats weekly (some occurrences
cancelled). Serves it with granian (2 workers, production settings, DEBUG off) on a free loopback port, checks
that each URL answers 200 and that RSS and iCalendar bodies are byte-identical between two requests (L2), then
runs wrk (-t2, 16 connections) on anonymous /healthz (the baseline of the same run) and on each URL in turn.
Prints req/s, p50, p99, socket errors and the share of /healthz's req/s, with the test plan's pass criteria:
L1 (list, detail) at least 300 req/s with p99 under 250 ms; L2 (RSS, ICS) at least 150 req/s with p99 under
400 ms; 0 non-2xx (a non-2xx ends the script) and 0 socket errors. Missed targets are printed, not failed.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._server import fetch, free_port, load, production_env, serve, stop  # noqa: E402
from bench._smoke import SMOKE, sized, var_dir  # noqa: E402

SERVER_ENV = production_env(var_dir("public-load"))
# Static files served from the source tree: in smoke mode, so CI need not collect and compress them, or with
# BENCH_STATIC_FROM_SOURCE=1 where the front-end packages are not installed (collectstatic needs them).
STATIC_FROM_SOURCE = SMOKE or os.environ.get("BENCH_STATIC_FROM_SOURCE") == "1"
if STATIC_FROM_SOURCE:
    SERVER_ENV["HERALDO_TESTING"] = "true"
os.environ.update(SERVER_ENV)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connections as db_connections  # noqa: E402
from django.utils import timezone  # noqa: E402

# (label, test-plan id, minimum req/s, maximum p99 ms)
TARGETS = {"list": ("L1", 300, 250), "detail": ("L1", 300, 250), "rss": ("L2", 150, 400), "ics": ("L2", 150, 400)}


def fill_releases(total: int) -> tuple[int, str]:
    """Published releases up to `total`; the newest one's id and slug, for the detail page."""
    from heraldo.core.models import User
    from heraldo.core.text import fold
    from heraldo.press.models import Category, PressRelease, ReleaseStatus

    have = PressRelease.objects.count()
    if have < total:
        author, _ = User.objects.get_or_create(username="bench", defaults={"email": "bench@example.pe"})
        categories = [
            Category.objects.get_or_create(slug=f"cat-{i}", defaults={"name": f"Categoría {i}"})[0] for i in range(6)
        ]
        words = "obra mercado salud vacunación festival danza serenazgo limpieza playa colegio pista parque".split()
        now = timezone.now()
        batch = []
        for n in range(have, total):
            headline = f"Nota {n}: {words[n % len(words)]} en el sector {n % 97} del distrito"
            lead = f"La municipalidad informa sobre {words[(n * 7) % len(words)]} y {words[(n * 3) % len(words)]}."
            body = "".join(f"<p>{' '.join(words[i:] + words[:i])}.</p>" for i in range(8))
            batch.append(
                PressRelease(
                    headline=headline,
                    slug=f"nota-{n}",
                    lead=lead,
                    body=body,
                    category=categories[n % 6],
                    status=ReleaseStatus.PUBLISHED,
                    published_at=now - timedelta(hours=n + 1),
                    author=author,
                    search_text=fold(f"{headline} {lead} {body}"),
                )
            )
        PressRelease.objects.bulk_create(batch, batch_size=2000)
    newest = PressRelease.objects.filter(status=ReleaseStatus.PUBLISHED).order_by("-published_at").first()
    return newest.pk, newest.slug


def fill_events(total: int) -> None:
    """Public, confirmed events over three months from today; every tenth repeats weekly, some Sundays cancelled."""
    from heraldo.ceremonial.models import Event, OccurrenceException
    from heraldo.ceremonial.recurrence import LIMA
    from heraldo.ceremonial.selectors import place_key

    if Event.objects.count() >= total:
        return
    rng = random.Random(13)
    start = timezone.now().astimezone(LIMA).replace(hour=8, minute=0, second=0, microsecond=0)
    events = []
    for n in range(total):
        begins = start + timedelta(days=rng.randint(0, 90), hours=rng.randint(0, 10))
        place = f"Lugar {n % 40}"
        events.append(
            Event(
                title=f"Actividad pública {n}: inauguración en el sector {n % 31}",
                starts_at=begins,
                ends_at=begins + timedelta(minutes=rng.choice([30, 60, 90])),
                place=place,
                place_key=place_key(place),
                status="CONFIRMADO",
                is_public=True,
                rrule="FREQ=WEEKLY;COUNT=12" if n % 10 == 0 else "",
            )
        )
    Event.objects.bulk_create(events, batch_size=500)
    for event in Event.objects.exclude(rrule="")[:5]:
        OccurrenceException.objects.create(
            event=event, original_start=event.starts_at + timedelta(days=7), cancelled=True
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=sized(30, 1), help="seconds per URL")
    parser.add_argument("--connections", type=int, default=sized(16, 4))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--releases", type=int, default=sized(5000, 60))
    parser.add_argument("--events", type=int, default=sized(300, 20))
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (apt-get install wrk)")
    call_command("migrate", "--noinput", verbosity=0)
    if not STATIC_FROM_SOURCE:
        call_command("collectstatic", "--noinput", verbosity=0)  # production pages name the hashed files
    release_id, slug = fill_releases(args.releases)
    fill_events(args.events)
    db_connections.close_all()  # the server's workers are the only ones using the database
    port = free_port()
    server = serve(port, args.workers, SERVER_ENV)
    try:
        base = f"http://127.0.0.1:{port}"
        urls = {
            "list": "/noticias/",
            "detail": f"/noticias/{release_id}/{slug}/",
            "rss": "/noticias/rss/",
            "ics": "/agenda/ical/agenda-oficial.ics",
        }
        sizes = {}
        for name, path in urls.items():
            status, first = fetch(base + path)
            if status != 200:
                raise SystemExit(f"{path}: answered {status}, not 200")
            sizes[name] = len(first)
            if name in ("rss", "ics"):
                _, second = fetch(base + path)
                if first != second:
                    raise SystemExit(f"{path}: two requests gave different bodies (L2 wants them byte-identical)")
        items = fetch(base + urls["rss"])[1].count(b"<item>")
        occurrences = fetch(base + urls["ics"])[1].count(b"BEGIN:VEVENT")
        print(f"{args.releases} releases ({items} in the RSS), {args.events} events ({occurrences} VEVENTs in the ICS)")
        static = ", static files from the source tree (HERALDO_TESTING)" if STATIC_FROM_SOURCE else ""
        print(f"wrk -t2 -c{args.connections} -d{args.duration}s, granian {args.workers} workers, DEBUG off{static}")
        health = load(base + "/healthz", connections=args.connections, duration=args.duration)
        print(f"{'URL':38} {'KB':>5} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'sock.err':>8} {'ratio':>6}  target")
        print(
            f"{'/healthz (baseline)':38} {'':>5} {health['rps']:7.0f} {health['p50']:7.1f} {health['p99']:7.1f} "
            f"{health['socket_errors']:8} {1:6.2f}"
        )
        for name, path in urls.items():
            figures = load(base + path, connections=args.connections, duration=args.duration)
            plan_id, min_rps, max_p99 = TARGETS[name]
            met = figures["rps"] >= min_rps and figures["p99"] < max_p99 and figures["socket_errors"] == 0
            verdict = "met" if met else "MISSED"
            print(
                f"{path[:38]:38} {sizes[name] / 1024:5.0f} {figures['rps']:7.0f} {figures['p50']:7.1f} "
                f"{figures['p99']:7.1f} {figures['socket_errors']:8} {figures['rps'] / health['rps']:6.2f}  "
                f"{plan_id} >={min_rps}/s p99<{max_p99}: {verdict}"
            )
    finally:
        stop(server)


if __name__ == "__main__":
    main()
