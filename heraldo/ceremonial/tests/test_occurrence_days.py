"""The agenda's occurrence days: kept right by every change of a series, read in as many queries whatever the
agenda holds, and the public week showing a change at once."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from heraldo.ceremonial.models import Attendance, EventStatus, OccurrenceDay
from heraldo.ceremonial.selectors import _expanded_between, day_bounds, occurrences_between
from heraldo.ceremonial.services.events import (
    event_change_status,
    event_create,
    event_update,
    occurrence_cancel,
    occurrence_move,
    occurrence_restore,
)
from heraldo.ceremonial.services.occurrences import occurrences_rebuild
from heraldo.ceremonial.tests.factories import EventFactory, lima

pytestmark = pytest.mark.django_db

DECEMBER = (lima(2026, 12, 1), lima(2027, 1, 1))


@pytest.fixture
def today(time_machine):
    time_machine.move_to(lima(2026, 12, 1, 9), tick=False)


def _shown(window=DECEMBER):
    return [(o.event.pk, o.starts_at, o.ends_at, o.original_start, o.moved) for o in occurrences_between(*window)]


def _expanded(window=DECEMBER):
    """What the events' dates and exceptions say, expanded as the agenda did before it kept the days."""
    return [(o.event.pk, o.starts_at, o.ends_at, o.original_start, o.moved) for o in _expanded_between(*window)]


def _sundays(series):
    return [starts for event, starts, *_rest in _shown() if event == series.pk]


def test_the_days_follow_a_series_through_creation_edits_exceptions_and_cancellation(today, persona):
    officer = persona("protocol_officer")
    # given a Sunday flag raising created through the agenda's form
    series = event_create(
        actor=officer,
        data={
            "title": "Izamiento dominical",
            "starts_at": lima(2026, 11, 1, 8),
            "ends_at": lima(2026, 11, 1, 8, 45),
            "place": "Plaza de Armas",
            "rrule": "FREQ=WEEKLY;BYDAY=SU",
            "attendance": Attendance.MAYOR,
        },
    )
    assert _sundays(series) == [lima(2026, 12, day, 8) for day in (6, 13, 20, 27)]
    assert _shown() == _expanded()

    # when one Sunday is suspended and another moved to ten
    occurrence_cancel(actor=officer, event=series, original_start=lima(2026, 12, 13, 8))
    occurrence_move(
        actor=officer,
        event=series,
        original_start=lima(2026, 12, 20, 8),
        starts_at=lima(2026, 12, 20, 10),
        ends_at=lima(2026, 12, 20, 11),
    )
    # then the days say so, as the expansion does
    assert _sundays(series) == [lima(2026, 12, 6, 8), lima(2026, 12, 20, 10), lima(2026, 12, 27, 8)]
    assert _shown() == _expanded()

    # when the suspended Sunday is restored and the series moves to nine
    occurrence_restore(actor=officer, event=series, original_start=lima(2026, 12, 13, 8))
    series.refresh_from_db()
    series = event_update(
        actor=officer,
        event=series,
        data={"starts_at": lima(2026, 11, 1, 9), "ends_at": lima(2026, 11, 1, 9, 45)},
        allow_conflicts=True,
    )
    # then the series' Sundays are at nine
    assert {lima(2026, 12, day, 9) for day in (6, 13, 20, 27)} <= set(_sundays(series))
    assert _shown() == _expanded()

    # when the series is confirmed and then cancelled, the calendar still shows it (marked cancelled)
    event_change_status(actor=officer, event=series, status=EventStatus.CONFIRMADO, allow_conflicts=True)
    event_change_status(actor=officer, event=series, status=EventStatus.CANCELADO)
    assert {lima(2026, 12, day, 9) for day in (6, 13, 20, 27)} <= set(_sundays(series))
    assert _shown() == _expanded()
    # and the reading came from the days, not from expanding the series again
    assert OccurrenceDay.objects.filter(event_id=series.pk, day=lima(2026, 12, 27).date()).exists()


def test_a_rescheduled_act_and_a_multi_day_fair_are_where_the_expansion_puts_them(today, persona):
    officer = persona("protocol_officer")
    act = EventFactory(title="Audiencia", status=EventStatus.CONFIRMADO, starts_at=lima(2026, 12, 10, 10))
    fair = EventFactory(title="Feria", starts_at=lima(2026, 12, 30, 9), ends_at=lima(2027, 1, 2, 18))

    event_change_status(
        actor=officer,
        event=act,
        status=EventStatus.REPROGRAMADO,
        starts_at=lima(2026, 12, 17, 10),
        ends_at=lima(2026, 12, 17, 11),
    )

    assert [(o.event.pk, o.starts_at) for o in occurrences_between(*day_bounds(lima(2026, 12, 17).date()))] == [
        (act.pk, lima(2026, 12, 17, 10))
    ]
    assert occurrences_between(*day_bounds(lima(2026, 12, 10).date())) == []
    # the fair is listed once in a window it crosses, and on each of its days
    assert [o.event.pk for o in occurrences_between(lima(2026, 12, 28), lima(2027, 1, 4))] == [fair.pk]
    for day in (30, 31):
        assert [o.event.pk for o in occurrences_between(*day_bounds(lima(2026, 12, day).date()))] == [fair.pk]
    assert _shown() == _expanded()


def test_the_daily_step_moves_the_horizon_and_takes_in_events_loaded_around_the_services(today, time_machine):
    series = EventFactory(title="Reunión de los lunes", starts_at=lima(2026, 11, 2, 8), rrule="FREQ=WEEKLY")
    far = (lima(2029, 1, 1), lima(2029, 1, 8))
    assert not OccurrenceDay.objects.filter(day__gte=far[0].date()).exists()  # beyond the horizon: expanded

    time_machine.move_to(lima(2027, 6, 1, 4, 40), tick=False)
    occurrences_rebuild()

    assert [(o.event.pk, o.starts_at) for o in occurrences_between(*far)] == [(series.pk, lima(2029, 1, 1, 8))]
    assert OccurrenceDay.objects.filter(event_id=series.pk, day=lima(2029, 1, 1).date()).exists()


@pytest.mark.parametrize(
    "url",
    [
        reverse("ceremonial:home") + "?fecha=2026-12-15",
        reverse("ceremonial:week") + "?fecha=2026-12-15",
        reverse("ceremonial:day") + "?fecha=2026-12-15",
        reverse("ceremonial:list") + "?date_from=2026-12-01",
        "/api/v1/agenda/actividades/ocurrencias/?desde=2026-12-01&hasta=2026-12-31",
    ],
)
def test_the_agenda_pages_read_as_many_queries_whatever_the_agenda_holds(today, client_as, url):
    client = client_as("protocol_officer")
    EventFactory(starts_at=lima(2026, 11, 1, 8), rrule="FREQ=WEEKLY;BYDAY=SU")
    EventFactory(starts_at=lima(2026, 12, 15, 9))
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200

    for n in range(40):
        EventFactory(starts_at=lima(2026, 12, 15, 7) + timedelta(hours=n), rrule="FREQ=DAILY" if n % 4 == 0 else "")
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)

    assert response.status_code == 200
    assert len(many) <= len(few), [q["sql"][:120] for q in many]


def test_the_public_week_shows_a_change_at_once(today, persona):
    officer = persona("protocol_officer")
    act = EventFactory(title="Inauguración del parque", is_public=True, starts_at=lima(2026, 12, 3, 10))
    url = reverse("ceremonial:public_agenda")
    assert "Inauguración del parque" in Client().get(url).content.decode()
    # a second visit reads the week kept from the first
    with CaptureQueriesContext(connection) as cached:
        assert "Inauguración del parque" in Client().get(url).content.decode()
    assert len(cached) <= 1

    event_update(actor=officer, event=act, data={"title": "Inauguración del Parque Central"}, allow_conflicts=True)
    assert "Inauguración del Parque Central" in Client().get(url).content.decode()

    event_update(actor=officer, event=act, data={"is_public": False}, allow_conflicts=True)
    assert "Inauguración del Parque" not in Client().get(url).content.decode()
