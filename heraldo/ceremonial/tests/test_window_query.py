"""A day's agenda among years of acts: the right occurrences, in few queries, from indexes alone."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from heraldo.ceremonial.models import Event, EventStatus, OccurrenceHorizon
from heraldo.ceremonial.selectors import day_bounds, occurrences_between
from heraldo.ceremonial.services.occurrences import occurrences_rebuild
from heraldo.ceremonial.tests.factories import EventFactory, lima, occurrence_moved


@pytest.mark.django_db
@pytest.mark.parametrize("source", ["occurrence days", "expanded"])
def test_a_day_shows_its_acts_series_and_moved_occurrences_among_years_of_past_acts(source):
    # given two years of past acts, a long act still running today, a weekly series begun last year, a monthly
    # series whose occurrence of next month was moved to today, a cancelled act today and a series that starts
    # more than a year from now
    day = lima(2026, 12, 7).date()
    for n in range(60):
        EventFactory(starts_at=lima(2025, 1, 1, 9) + timedelta(days=11 * n))
    today_act = EventFactory(title="Audiencia", starts_at=lima(2026, 12, 7, 10))
    fair = EventFactory(title="Feria de tres días", starts_at=lima(2026, 12, 6, 9), ends_at=lima(2026, 12, 8, 18))
    weekly = EventFactory(title="Reunión de los lunes", starts_at=lima(2025, 12, 1, 8), rrule="FREQ=WEEKLY")
    monthly = EventFactory(title="Rendición mensual", starts_at=lima(2026, 1, 20, 17), rrule="FREQ=MONTHLY")
    occurrence_moved(monthly, lima(2027, 1, 20, 17), starts_at=lima(2026, 12, 7, 15), ends_at=lima(2026, 12, 7, 16))
    EventFactory(title="Acto cancelado", starts_at=lima(2026, 12, 7, 12), status=EventStatus.CANCELADO)
    EventFactory(title="Serie futura", starts_at=lima(2028, 3, 6, 8), rrule="FREQ=WEEKLY")
    start, end = day_bounds(day)
    # read from the occurrence days built that morning, or (a day outside their horizon) from the events' dates
    if source == "occurrence days":
        occurrences_rebuild(now=lima(2026, 12, 7, 4))
    else:
        OccurrenceHorizon.objects.all().delete()

    # when the day's occurrences are read, leaving cancelled acts out as the agenda does
    with CaptureQueriesContext(connection) as queries:
        found = occurrences_between(start, end, base=Event.objects.exclude(status=EventStatus.CANCELADO))

    # then the day holds exactly the running fair, the weekly meeting, today's act and the moved occurrence
    assert [(o.event.pk, o.starts_at) for o in found] == [
        (fair.pk, lima(2026, 12, 6, 9)),
        (weekly.pk, lima(2026, 12, 7, 8)),
        (today_act.pk, lima(2026, 12, 7, 10)),
        (monthly.pk, lima(2026, 12, 7, 15)),
    ]
    # in few queries: the horizon, then the day's rows and the whole rows of what the day shows, or else the
    # candidates, the series' exceptions and the whole rows
    assert len(queries) == (3 if source == "occurrence days" else 4)
    # and the candidates come from index searches, never a walk over every act ever recorded (SQLite's plan; the
    # embedded default is where a full walk hurt, and PostgreSQL's planner picks by its own statistics)
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + queries[1]["sql"])
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    if source == "occurrence days":
        assert "ceremonial_occday_window_idx" in plan, plan
        assert "SCAN ceremonial_occurrenceday" not in plan and "TEMP B-TREE" not in plan, plan
    else:
        assert "SCAN" not in plan, plan
        assert plan.count("ceremonial_event_window_idx") == 2, plan
