"""The private iCalendar link to a person's deadlines: shown once, theirs only, dead once revoked."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.test import Client
from django.urls import reverse

from heraldo.core.models import FeedToken
from heraldo.work.models import Task
from heraldo.work.tests.factories import TaskFactory

pytestmark = pytest.mark.django_db
LIMA = ZoneInfo("America/Lima")


def issue_url(client) -> str:
    html = client.post(reverse("work:feed_issue")).content.decode()
    return re.search(r'value="(http[^"]+\.ics)" data-testid="private-url"', html).group(1)


def events_of(body: bytes) -> dict[str, icalendar.Event]:
    return {str(event["summary"]): event for event in icalendar.Calendar.from_ical(body).walk("VEVENT")}


def test_my_deadlines_feed_parses_with_all_day_and_timed_entries_and_only_my_open_work(client_as, persona):
    # Given a press officer with an all-day task, a timed one, one she helps with, a closed one, and a colleague's
    officer = persona("press_officer")
    TaskFactory(owner=officer, title="Nota del izamiento", due_on=date(2026, 12, 10))
    TaskFactory(owner=officer, title="Rueda de prensa", due_on=date(2026, 12, 11), due_time=time(16, 30))
    helped = TaskFactory(owner=persona("designer"), title="Arte del aniversario", due_on=date(2026, 12, 12))
    helped.collaborators.add(officer)
    TaskFactory(owner=officer, title="Ya cumplida", status=Task.Status.DONE)
    TaskFactory(owner=persona("protocol_officer"), title="Guion del protocolo")
    client = client_as("press_officer")

    # When she makes her link and a calendar app reads it without signing in
    url = issue_url(client)
    response = Client().get(url)

    # Then it is valid iCalendar with her open work only, all-day or at its Lima time
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    assert response["Cache-Control"] == "private, no-store"
    events = events_of(response.content)
    assert set(events) == {"Vence: Nota del izamiento", "Vence: Rueda de prensa", "Vence: Arte del aniversario"}
    assert events["Vence: Nota del izamiento"]["DTSTART"].dt == date(2026, 12, 10)
    assert events["Vence: Rueda de prensa"]["DTSTART"].dt == datetime(2026, 12, 11, 16, 30, tzinfo=LIMA)
    assert "/tareas/" in str(events["Vence: Rueda de prensa"]["URL"])
    # only the hash is kept, and the page does not show the secret again
    token = url.rsplit("/", 1)[1].removesuffix(".ics")
    assert FeedToken.objects.get(purpose="work").token_hash != token
    assert token not in client.get(reverse("work:feed_settings")).content.decode()


def test_a_revoked_or_replaced_link_answers_404_and_an_agenda_link_opens_no_deadlines(client_as, persona):
    TaskFactory(owner=persona("press_officer"), title="Nota")
    client = client_as("press_officer")
    first = issue_url(client)
    second = issue_url(client)  # making a new link kills the old one
    assert Client().get(first).status_code == 404
    assert Client().get(second).status_code == 200
    client.post(reverse("work:feed_revoke"))
    assert Client().get(second).status_code == 404
    assert Client().get(reverse("work:feed", args=["adivinado"])).status_code == 404
    # a link made for the Mayor's agenda is not a key to the deadlines feed
    agenda_html = client_as("protocol_officer").post(reverse("ceremonial:feed_issue")).content.decode()
    agenda_token = re.search(r"/ical/privado/([^\"]+)\.ics", agenda_html).group(1)
    assert Client().get(reverse("work:feed", args=[agenda_token])).status_code == 404


def test_another_persons_link_shows_only_that_persons_tasks(client_as, persona):
    TaskFactory(owner=persona("press_officer"), title="De prensa")
    TaskFactory(owner=persona("designer"), title="De diseño")
    designer_url = issue_url(client_as("designer"))
    press_url = issue_url(client_as("press_officer"))
    assert set(events_of(Client().get(designer_url).content)) == {"Vence: De diseño"}
    assert set(events_of(Client().get(press_url).content)) == {"Vence: De prensa"}


def test_the_feed_stops_for_a_person_who_lost_every_role_or_was_deactivated(client_as, persona):
    url = issue_url(client_as("designer"))
    designer = persona("designer")
    designer.groups.clear()
    assert Client().get(url).status_code == 404
    officer_url = issue_url(client_as("press_officer"))
    officer = persona("press_officer")
    officer.is_active = False
    officer.save()
    assert Client().get(officer_url).status_code == 404


def test_the_feed_page_needs_a_role_and_its_actions_are_audited(client_as):
    from heraldo.core.models import AuditEntry

    assert client_as("outsider").get(reverse("work:feed_settings")).status_code == 403
    assert client_as("outsider").post(reverse("work:feed_issue")).status_code == 403
    client = client_as("designer")
    assert client.get(reverse("work:feed_settings")).status_code == 200
    issue_url(client)
    client.post(reverse("work:feed_revoke"))
    assert list(
        AuditEntry.objects.filter(action__startswith="work.feed").values_list("action", flat=True).order_by("pk")
    ) == [
        "work.feed.issued",
        "work.feed.revoked",
    ]
