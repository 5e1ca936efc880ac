"""The agenda's list: one page at a time from a start, series expanded only over the span the page needs."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse

from heraldo.ceremonial.selectors import occurrences_between, occurrences_page
from heraldo.ceremonial.tests.factories import EventFactory, lima

pytestmark = pytest.mark.django_db

WINDOW = (lima(2026, 12, 1), lima(2027, 1, 1))


def the_office_month():
    """December: one activity a day at 10:00, two at the same minute on the 21st (rows 25 and 26 of the list),
    one exactly at the end of the first week, and a weekly meeting begun two years before."""
    for day in range(1, 32):
        EventFactory(
            title=f"Actividad del {day:02d}", starts_at=lima(2026, 12, day, 10), ends_at=lima(2026, 12, day, 11)
        )
    EventFactory(title="Actividad gemela", starts_at=lima(2026, 12, 21, 10), ends_at=lima(2026, 12, 21, 11))
    EventFactory(title="Al filo de la semana", starts_at=lima(2026, 12, 8), ends_at=lima(2026, 12, 8, 1))
    start = lima(2024, 12, 2, 8)  # a Monday
    EventFactory(title="Reunión semanal", starts_at=start, ends_at=start + timedelta(hours=1), rrule="FREQ=WEEKLY")


def rows(occurrences):
    return [(o.starts_at, o.event.title) for o in occurrences]


def test_pages_follow_each_other_without_losing_or_repeating_a_row_at_their_edges():
    the_office_month()
    everything = rows(occurrences_between(*WINDOW))

    shown, start_from = [], None
    while True:
        page = occurrences_page(*WINDOW, size=25, start_from=start_from)
        shown += rows(page.occurrences)
        if page.next_from is None:
            break
        start_from = page.next_from

    assert len(everything) == 31 + 1 + 1 + 4 and shown == everything


def test_the_first_page_reads_a_week_and_stops_there_when_the_week_fills_it():
    the_office_month()

    page = occurrences_page(*WINDOW, size=5)

    assert rows(page.occurrences) == rows(occurrences_between(*WINDOW))[:5]
    assert page.next_from is not None and page.next_from[0] == lima(2026, 12, 6, 10)


def test_the_list_page_links_to_the_next_rows_and_back_to_the_first(client_as):
    the_office_month()
    client = client_as("protocol_officer")
    url = reverse("ceremonial:list")

    first = client.get(url, {"date_from": "2026-12-01", "date_to": "2026-12-31"}).content.decode()
    following = re.search(r'href="\?([^"]*desde_item=[^"]+)">Siguientes', first).group(1).replace("&amp;", "&")
    second = client.get(f"{url}?{following}").content.decode()

    assert "Actividad del 21" in first and "Actividad gemela" not in first and "Primeras" not in first
    assert "Actividad gemela" in second and "Actividad del 22" in second and "Actividad del 31" in second
    assert "Actividad del 21" not in second and "Siguientes" not in second and "Primeras" in second
