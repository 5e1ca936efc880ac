"""The agenda's occurrence days: every occurrence of every event within a horizon, one row per Lima day it touches.

The writes that change an event's dates, its series or its exceptions (services.events) call
`occurrences_sync`; a daily step moves the horizon along and builds every row again (`occurrences_rebuild`),
which also repairs rows of events loaded around the services (bulk loads, the demo). Until the first build
there is no horizon and the agenda expands its series on each request, as it did before the rows existed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, time, timedelta

from django.apps import apps as django_apps
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from heraldo.ceremonial.models import Event, OccurrenceDay, OccurrenceException, OccurrenceHorizon
from heraldo.ceremonial.recurrence import LIMA, Occurrence, expand

# From a year back (last year's acts in the month and list pages) to two years ahead (the longest the office plans).
HORIZON_PAST = timedelta(days=366)
HORIZON_AHEAD = timedelta(days=731)
# One expansion yields at most recurrence.MAX_OCCURRENCES; a year at a time keeps a dense series whole.
_EXPANSION_SPAN = timedelta(days=366)


def horizon_for(now: datetime) -> tuple[datetime, datetime]:
    today = now.astimezone(LIMA).date()
    return (
        datetime.combine(today - HORIZON_PAST, time.min, tzinfo=LIMA),
        datetime.combine(today + HORIZON_AHEAD, time.min, tzinfo=LIMA),
    )


def _occurrences(event: Event, exceptions, start: datetime, end: datetime) -> Iterable[Occurrence]:
    found: dict[datetime, Occurrence] = {}
    span_start = start
    while span_start < end:
        span_end = min(span_start + _EXPANSION_SPAN, end)
        for occurrence in expand(event, window_start=span_start, window_end=span_end, exceptions=exceptions):
            found.setdefault(occurrence.original_start, occurrence)
        span_start = span_end
    return found.values()


def occurrence_days(event, exceptions, start: datetime, end: datetime) -> Iterator[dict]:
    """The field values of the day rows of one event within [start, end) (the migration's backfill uses it too)."""
    first_kept, last_kept = start.astimezone(LIMA).date(), end.astimezone(LIMA).date()
    for occurrence in _occurrences(event, exceptions, start, end):
        first = occurrence.starts_at.astimezone(LIMA).date()
        last = (occurrence.ends_at - timedelta(microseconds=1)).astimezone(LIMA).date()
        day = max(first, first_kept)
        while day <= min(last, last_kept):
            yield {
                "event_id": event.pk,
                "day": day,
                "starts_at": occurrence.starts_at,
                "ends_at": occurrence.ends_at,
                "original_start": occurrence.original_start,
                "moved": occurrence.moved,
                "first_day": day == first,
            }
            day += timedelta(days=1)


@transaction.atomic
def occurrences_sync(*, event: Event, now: datetime | None = None) -> None:
    """Write again the days of one event (as saved, with its exceptions) and count a change of the agenda."""
    horizon = OccurrenceHorizon.objects.select_for_update().first()
    if horizon is None:
        occurrences_rebuild(now=now)
        return
    OccurrenceDay.objects.filter(event_id=event.pk).delete()
    exceptions = list(OccurrenceException.objects.filter(event_id=event.pk)) if event.rrule else []
    OccurrenceDay.objects.bulk_create(
        OccurrenceDay(**values) for values in occurrence_days(event, exceptions, horizon.starts_at, horizon.ends_at)
    )
    OccurrenceHorizon.objects.filter(pk=horizon.pk).update(version=F("version") + 1)


@transaction.atomic
def occurrences_rebuild(*, now: datetime | None = None) -> int:
    """The daily step: the horizon moved to today and every event's days written again. Returns the rows."""
    return build_occurrence_days(django_apps, now=now or timezone.now())


def build_occurrence_days(models, *, now: datetime) -> int:
    """Every event's days within the horizon around `now`, written again; `models` is an app registry (the
    migration that creates the rows passes its own)."""
    Event = models.get_model("ceremonial", "Event")
    OccurrenceException = models.get_model("ceremonial", "OccurrenceException")
    OccurrenceDay = models.get_model("ceremonial", "OccurrenceDay")
    OccurrenceHorizon = models.get_model("ceremonial", "OccurrenceHorizon")
    start, end = horizon_for(now)
    previous = OccurrenceHorizon.objects.select_for_update().first()
    OccurrenceDay.objects.all().delete()
    exceptions: dict[int, list] = {}
    for exception in OccurrenceException.objects.all():
        exceptions.setdefault(exception.event_id, []).append(exception)
    # Every series, whenever it began: an occurrence may have been moved into the horizon from far away.
    events = Event.objects.filter(Q(rrule="", starts_at__lt=end, ends_at__gt=start) | ~Q(rrule="")).only(
        "pk", "starts_at", "ends_at", "rrule"
    )
    rows = []
    for event in events.iterator(chunk_size=2000):
        days = occurrence_days(event, exceptions.get(event.pk, []), start, end)
        rows.extend(OccurrenceDay(**values) for values in days)
    OccurrenceDay.objects.bulk_create(rows, batch_size=1000)
    OccurrenceHorizon.objects.all().delete()
    OccurrenceHorizon.objects.create(starts_at=start, ends_at=end, version=previous.version + 1 if previous else 0)
    return len(rows)
