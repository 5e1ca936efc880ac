"""Opinión pública at 1,000,000 signals: the semáforo (selector and dashboard page) and issue detection read the
daily aggregates; each is measured beside the same figures computed from the raw signals (the baseline), in the
same run. Also: how many survey responses a second one process accepts.

Run (SQLite, its own database under var/bench-opinion, or BENCH_VAR_DIR):
    .venv/bin/python bench/opinion_signals.py
Options: --signals N (default 1,000,000), --days N over which they spread (default 365), --runs N (default 20),
--responses N survey responses to time (default 1,000), --regenerate.

Signals go in with bulk_create: 12 topics, 30 sectors (one in ten signals without a sector), 30 % negative and
15 % positive. The aggregates are built once by `signal_days_refresh` (its time is printed).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
from bench._smoke import sized, var_dir  # noqa: E402

os.environ["HERALDO_VAR_DIR"] = var_dir("opinion")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import Case, Count, F, FloatField, Q, Sum, Value, When  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from heraldo.core import roles  # noqa: E402
from heraldo.core.models import User  # noqa: E402
from heraldo.monitoring.models import Topic  # noqa: E402
from heraldo.opinion import selectors  # noqa: E402
from heraldo.opinion.models import (  # noqa: E402
    Sector,
    Signal,
    SignalDay,
    Survey,
    SurveyQuestion,
    SurveyResponse,
    Tone,
)
from heraldo.opinion.services import (  # noqa: E402
    BASELINE_WEEKS,
    ISSUE_MIN_NEGATIVE,
    ISSUE_SIGMAS,
    WEEK,
    opinion_issues_detect,
    signal_days_refresh,
)
from heraldo.opinion.surveys import survey_response_save  # noqa: E402

BATCH = 20_000
TOPICS, SECTORS = 12, 30


def build(count: int, days: int, regenerate: bool) -> None:
    call_command("migrate", verbosity=0)
    topics = [Topic.objects.get_or_create(name=f"Tema de prueba {n}")[0].pk for n in range(TOPICS)]
    sectors = [Sector.objects.get_or_create(name=f"Sector de prueba {n}")[0].pk for n in range(SECTORS)]
    if Signal.objects.count() == count and not regenerate:
        print(f"reusing {count:,} signals")
        return
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM opinion_signalday")
        cursor.execute("DELETE FROM opinion_signal")
    started = time.perf_counter()
    rng = random.Random(2026)
    today = timezone.localdate()
    tones = [Tone.NEGATIVE] * 30 + [Tone.POSITIVE] * 15 + [Tone.NEUTRAL] * 55
    for first in range(0, count, BATCH):
        rows = [
            Signal(
                origin=Signal.Origin.MEDIA,
                occurred_on=today - timedelta(days=rng.randrange(days)),
                topic_id=rng.choice(topics),
                sector_id=rng.choice(sectors) if rng.random() > 0.1 else None,
                tone=rng.choice(tones),
                weight=1.0,
                summary=f"Señal {first + n}",
            )
            for n in range(min(BATCH, count - first))
        ]
        with transaction.atomic():
            Signal.objects.bulk_create(rows)
    print(f"built {count:,} signals in {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    made = signal_days_refresh(today - timedelta(days=n) for n in range(days))
    print(f"built {made:,} daily aggregates in {time.perf_counter() - started:.1f} s (signal_days_refresh, all days)")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE" if connection.vendor == "sqlite" else "VACUUM ANALYZE")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def timed(function, runs: int) -> tuple[float, float, object]:
    timings, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        timings.append((time.perf_counter() - started) * 1000)
    return percentile(timings, 0.5), percentile(timings, 0.95), result


def semaforo_from_signals(*, end, days: int = 30) -> int:
    """The baseline: the same per-cell sums read from the raw signals instead of the aggregates."""
    start = end - timedelta(days=days - 1)
    negative = Case(When(tone=Tone.NEGATIVE, then=F("weight")), default=Value(0.0), output_field=FloatField())
    current = Q(occurred_on__gte=start)
    rows = (
        Signal.objects.filter(occurred_on__gte=start - timedelta(days=days), occurred_on__lte=end)
        .values("topic_id", "sector_id")
        .annotate(
            period_count=Count("id", filter=current),
            period_total=Sum("weight", filter=current),
            period_negative=Sum(negative, filter=current),
            before_negative=Sum(negative, filter=~current),
        )
        .order_by()
    )
    return sum(1 for row in rows if row["period_count"])


def detection_from_signals(*, today) -> int:
    """The baseline of issue detection: weekly negative weights per cell from the raw signals."""
    first_day = today - timedelta(days=WEEK * (BASELINE_WEEKS + 1) - 1)
    weekly: dict[tuple, list[float]] = defaultdict(lambda: [0.0] * (BASELINE_WEEKS + 1))
    rows = (
        Signal.objects.filter(
            occurred_on__gte=first_day, occurred_on__lte=today, tone=Tone.NEGATIVE, topic__isnull=False
        )
        .values_list("occurred_on", "topic_id", "sector_id")
        .annotate(weight=Sum("weight"))
        .order_by()
    )
    for day, topic_id, sector_id, weight in rows:
        weekly[(topic_id, sector_id)][(today - day).days // WEEK] += weight
    return sum(
        1
        for weeks in weekly.values()
        if weeks[0]
        >= max(ISSUE_MIN_NEGATIVE, statistics.fmean(weeks[1:]) + ISSUE_SIGMAS * max(statistics.pstdev(weeks[1:]), 1.0))
    )


def detection_rolled_back(*, today) -> int:
    """Issue detection as the daily step runs it; rolled back so every run starts with no issue open."""
    with transaction.atomic():
        opened = len(opinion_issues_detect(today=today))
        transaction.set_rollback(True)
    return opened


def dashboard_client() -> Client:
    user, _ = User.objects.get_or_create(username="bench-opinion", defaults={"first_name": "Bench"})
    user.groups.add(roles_group(roles.HEAD_OF_UNIT))
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    return client


def roles_group(name: str):
    from django.contrib.auth.models import Group

    return Group.objects.get(name=name)


def survey_throughput(responses: int) -> tuple[float, float]:
    """Responses, and answers, accepted a second through the same service the API and public page use."""
    survey = Survey.objects.create(title="Bench", public_key=f"bench-{time.time_ns()}", status=Survey.Status.OPEN)
    sector = Sector.objects.first()
    topic = Topic.objects.first()
    questions = [
        SurveyQuestion.objects.create(survey=survey, position=0, text="Sector", kind=SurveyQuestion.Kind.SECTOR)
    ]
    questions += [
        SurveyQuestion.objects.create(
            survey=survey,
            position=n,
            text=f"Pregunta {n}",
            kind=SurveyQuestion.Kind.SCALE,
            topic=topic if n < 3 else None,
        )
        for n in range(1, 10)
    ]
    rng = random.Random(7)
    started = time.perf_counter()
    for n in range(responses):
        answers = {str(questions[0].pk): str(sector.pk)} | {str(q.pk): str(rng.randint(1, 5)) for q in questions[1:]}
        survey_response_save(
            survey=survey, client_id=f"bench-{n:08d}", answers=answers, channel=SurveyResponse.Channel.FIELD
        )
    seconds = time.perf_counter() - started
    return responses / seconds, responses * len(questions) / seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signals", type=int, default=sized(1_000_000, 5_000))
    parser.add_argument("--days", type=int, default=sized(365, 90))
    parser.add_argument("--runs", type=int, default=sized(20, 2))
    parser.add_argument("--responses", type=int, default=sized(1_000, 20))
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()
    build(args.signals, args.days, args.regenerate)
    today = timezone.localdate()
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    print(
        f"\n{connection.vendor}, {Signal.objects.count():,} signals, {SignalDay.objects.count():,} daily aggregates, "
        f"{args.runs} runs (ms)"
    )
    print(f"{'step':<52}{'p50':>9}{'p95':>9}  result")
    client = dashboard_client()
    measures = [
        ("semáforo, 30 days (aggregates)", lambda: len(selectors.semaforo(end=today, days=30))),
        ("  baseline: from the raw signals", lambda: semaforo_from_signals(end=today, days=30)),
        ("semáforo, 90 days (aggregates)", lambda: len(selectors.semaforo(end=today, days=90))),
        ("  baseline: from the raw signals", lambda: semaforo_from_signals(end=today, days=90)),
        ("dashboard page /opinion/ (aggregates, rendered)", lambda: client.get("/opinion/").status_code),
        ("map page /opinion/mapa/ (aggregates, rendered)", lambda: client.get("/opinion/mapa/").status_code),
        ("issue detection, 9 weeks (aggregates)", lambda: detection_rolled_back(today=today)),
        ("  baseline: from the raw signals", lambda: detection_from_signals(today=today)),
    ]
    for label, function in measures:
        p50, p95, result = timed(function, args.runs)
        print(f"{label:<52}{p50:>9.1f}{p95:>9.1f}  {result}")
    per_second, answers_per_second = survey_throughput(args.responses)
    print(
        f"\nsurvey: {args.responses:,} responses of 10 answers in one process: "
        f"{per_second:.0f} responses/s, {answers_per_second:.0f} answers/s"
    )


if __name__ == "__main__":
    main()
