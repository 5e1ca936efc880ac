"""The head of unit's view of the team's work, and the calendar of deadlines beside the Mayor's agenda."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from heraldo.ceremonial.tests.factories import EventFactory
from heraldo.work.models import Task
from heraldo.work.selectors import team_load
from heraldo.work.tests.factories import TaskFactory

pytestmark = pytest.mark.django_db


def test_workload_per_person_counts_states_overdue_and_this_week(persona, django_assert_max_num_queries):
    officer, designer = persona("press_officer"), persona("designer")
    today = date(2026, 12, 9)  # Wednesday
    TaskFactory(owner=officer, due_on=today - timedelta(days=2))
    TaskFactory(owner=officer, due_on=date(2026, 12, 11), status=Task.Status.IN_PROGRESS)
    TaskFactory(owner=officer, due_on=date(2026, 12, 30), status=Task.Status.IN_REVIEW)
    TaskFactory(owner=officer, due_on=today, status=Task.Status.DONE)
    TaskFactory(owner=designer, due_on=date(2026, 12, 13))
    with django_assert_max_num_queries(1):
        loads = {load.person.username: load for load in team_load([officer, designer], today=today)}
    office = loads["press_officer"]
    assert (office.pending, office.in_progress, office.in_review, office.overdue, office.this_week) == (1, 1, 1, 1, 1)
    assert (loads["designer"].open, loads["designer"].this_week) == (1, 1)


def test_only_the_head_of_unit_sees_the_team_board(client_as, persona):
    TaskFactory(owner=persona("press_officer"), title="Nota del aniversario")
    page = client_as("head_of_unit").get(reverse("work:team"))
    assert page.status_code == 200 and "Nota del aniversario" in page.content.decode()
    assert "Alcalde" not in [load.person.job_title for load in page.context["loads"]]
    assert client_as("press_officer").get(reverse("work:team")).status_code == 403


def test_the_calendar_shows_my_deadlines_and_the_mayors_events(client_as, persona):
    today = timezone.localdate()
    TaskFactory(owner=persona("protocol_officer"), title="Confirmar la banda", due_on=today)
    TaskFactory(owner=persona("press_officer"), title="Nota ajena", due_on=today)
    EventFactory(title="Izamiento dominical", starts_at=timezone.now())
    html = client_as("protocol_officer").get(reverse("work:calendar")).content.decode()
    assert "Confirmar la banda" in html and "Izamiento dominical" in html
    assert "Nota ajena" not in html
    designer_html = client_as("designer").get(reverse("work:calendar")).content.decode()
    assert "Izamiento dominical" not in designer_html  # a designer does not read the agenda


def test_the_month_of_the_agenda_is_expanded_once_for_every_reader_of_the_calendar(client_as):
    """Expanding a month of series took half of the calendar's time at 2,000 events: shared for a minute."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    EventFactory(title="Izamiento dominical", starts_at=timezone.now())
    first = client_as("protocol_officer").get(reverse("work:calendar")).content.decode()
    with CaptureQueriesContext(connection) as queries:
        second = client_as("head_of_unit").get(reverse("work:calendar")).content.decode()

    assert "Izamiento dominical" in first and "Izamiento dominical" in second
    assert not [q for q in queries if '"ceremonial_event"' in q["sql"]]


def test_a_busy_day_shows_its_first_deadlines_and_lists_them_all_when_asked(client_as, persona):
    officer = persona("press_officer")
    day = timezone.localdate().replace(day=10)
    for n in range(6):
        TaskFactory(owner=officer, title=f"Plazo {n} <urgente>", due_on=day, priority=n)

    month = client_as("head_of_unit").get(reverse("work:calendar"), {"mes": f"{day:%Y-%m}"}).content.decode()
    whole_day = (
        client_as("head_of_unit")
        .get(reverse("work:calendar"), {"mes": f"{day:%Y-%m}", "dia": f"{day:%Y-%m-%d}"})
        .content.decode()
    )

    grid = month[month.index('data-testid="deadline-month"') : month.index("</table>")]
    shown = sorted((grid.index(f"Plazo {n} &lt;"), n) for n in range(6) if f"Plazo {n} &lt;" in grid)
    assert [n for _at, n in shown] == [5, 4, 3, 2]  # the most urgent first
    assert f'href="?mes={day:%Y-%m}&amp;dia={day:%Y-%m-%d}#dia">y 2 más</a>' in grid
    listed = whole_day[whole_day.index('id="dia"') :]
    assert all(f"Plazo {n} &lt;urgente&gt;" in listed for n in range(6))
    assert "<urgente>" not in whole_day
