"""Surge evaluation (stories per window over 28 days) on a busy archive, SQLite or PostgreSQL.

Run (SQLite, its own database under var/bench-surge, or BENCH_VAR_DIR):
    .venv/bin/python bench/monitoring_surge.py
Run (PostgreSQL, a database of its own that the bench fills):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/heraldo_bench_surge .venv/bin/python bench/monitoring_surge.py
Options: --per-day N stories a day (default 2,000, ten times a busy district), --days N of archive (default
180), --runs N (default 30), --regenerate.

Rows go in with bulk_create: 40% of the stories name the municipality, 10% the topic watched, 3% are copies.
Prints the query plan and p50/p95 of `surge_figures` (the one grouped query the 15-minute step runs per rule)
for a topic and for the municipality, with windows of 1 and 6 hours.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
from bench._smoke import sized, var_dir  # noqa: E402

os.environ["HERALDO_VAR_DIR"] = var_dir("surge")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from heraldo.monitoring.models import (  # noqa: E402
    AlertKind,
    AlertRule,
    AlertTarget,
    Clipping,
    Mention,
    TermKind,
    Topic,
    WatchTerm,
)
from heraldo.monitoring.services.alerts import surge_figures  # noqa: E402

BATCH = 5_000


def _terms() -> tuple[int, int, Topic]:
    topic, _ = Topic.objects.get_or_create(name="Limpieza pública")
    topic_term, _ = WatchTerm.objects.get_or_create(
        folded="basura", kind=TermKind.TOPIC, defaults={"phrase": "basura", "topic": topic}
    )
    municipality, _ = WatchTerm.objects.get_or_create(
        folded="municipalidad de santa candelaria",
        kind=TermKind.MUNICIPALITY,
        defaults={"phrase": "Municipalidad de Santa Candelaria"},
    )
    return topic_term.pk, municipality.pk, topic


def build(per_day: int, days: int, regenerate: bool) -> Topic:
    call_command("migrate", verbosity=0)
    topic_term, municipality_term, topic = _terms()
    count = per_day * days
    if Clipping.objects.count() == count and not regenerate:
        print(f"reusing {count:,} clippings")
        return topic
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM monitoring_mention")
        cursor.execute("DELETE FROM monitoring_clipping")
    started = time.perf_counter()
    rng = random.Random(2026)
    now = timezone.now()
    for first in range(1, count + 1, BATCH):
        clippings, mentions = [], []
        for pk in range(first, min(first + BATCH, count + 1)):
            published = now - timedelta(seconds=(count - pk) * days * 86400 / count)
            copy_of = rng.randrange(max(1, pk - 200), pk) if pk > 1 and rng.random() < 0.03 else None
            body = f"Nota {pk} sobre el distrito."
            clippings.append(
                Clipping(
                    pk=pk, title=f"Nota {pk}", published_at=published, body_text=body, search_text=body.lower(),
                    duplicate_of_id=copy_of,
                )
            )  # fmt: skip
            for term, share in ((municipality_term, 0.40), (topic_term, 0.10)):
                if rng.random() < share:
                    mentions.append(Mention(clipping_id=pk, term_id=term, start=0, end=10, snippet=body))
        with transaction.atomic():
            Clipping.objects.bulk_create(clippings)
            Mention.objects.bulk_create(mentions)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE" if connection.vendor == "sqlite" else "VACUUM ANALYZE")
    print(f"built {count:,} clippings in {time.perf_counter() - started:.0f} s")
    return topic


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-day", type=int, default=sized(2_000, 20))
    parser.add_argument("--days", type=int, default=sized(180, 30))
    parser.add_argument("--runs", type=int, default=sized(30, 2))
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()
    topic = build(args.per_day, args.days, args.regenerate)
    now = timezone.now()
    print(f"\n{connection.vendor}, {Clipping.objects.count():,} clippings, {args.runs} runs (ms)")
    print(f"{'rule':<28}{'p50':>8}{'p95':>8}  figures")
    for label, subject in (("topic", {"topic": topic}), ("municipality", {"target": AlertTarget.MUNICIPALITY})):
        for hours in (1, 6):
            rule = AlertRule(name="bench", kind=AlertKind.SURGE, window_hours=hours, **subject)
            timings = []
            for _run in range(args.runs):
                started = time.perf_counter()
                figures = surge_figures(rule, now=now)
                timings.append((time.perf_counter() - started) * 1000)
            print(
                f"{label + f', {hours} h window':<28}{percentile(timings, 0.5):>8.1f}{percentile(timings, 0.95):>8.1f}"
                f"  now {figures.current}, usual {figures.usual:.1f} ± {figures.spread:.1f}"
            )
    from django.db import connection as conn
    from django.test.utils import CaptureQueriesContext

    conn.queries_log.clear()
    with CaptureQueriesContext(conn) as captured:
        surge_figures(AlertRule(kind=AlertKind.SURGE, window_hours=6, topic=topic), now=now)
    [query] = captured.captured_queries
    with connection.cursor() as cursor:
        explain = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
        cursor.execute(explain + query["sql"])
        print("\nplan (topic, 6 h):")
        for row in cursor.fetchall():
            print("  ", row[-1])


if __name__ == "__main__":
    main()
