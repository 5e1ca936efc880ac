"""iCalendar feeds and the public agenda, read back by two independent parsers."""

import re
from datetime import timedelta

import icalendar
import pytest
import recurring_ical_events
import vobject
from django.test import Client
from django.urls import reverse

from heraldo.ceremonial.models import EventStaff, EventStatus, StaffRole
from heraldo.ceremonial.selectors import occurrences_between
from heraldo.ceremonial.tests.factories import EventFactory, lima, occurrence_cancelled, occurrence_moved
from heraldo.core.models import FeedToken

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _now(time_machine):
    time_machine.move_to(lima(2026, 11, 28, 9), tick=False)


def issue_private_url(client) -> str:
    html = client.post(reverse("ceremonial:feed_issue")).content.decode()
    return re.search(r'value="(http[^"]+\.ics)" data-testid="private-url"', html).group(1)


def flag_raising_series():
    series = EventFactory(
        title="Izamiento dominical",
        event_type="IZAMIENTO",
        starts_at=lima(2026, 11, 1, 8),
        ends_at=lima(2026, 11, 1, 8, 45),
        rrule="FREQ=WEEKLY;BYDAY=SU",
        is_public=True,
        place="Plaza de Armas",
    )
    occurrence_cancelled(series, lima(2026, 11, 15, 8))
    occurrence_moved(series, lima(2026, 11, 22, 8), starts_at=lima(2026, 11, 22, 10), ends_at=lima(2026, 11, 22, 11))
    return series


def test_private_feed_link_is_shown_once_works_in_both_parsers_and_dies_when_revoked(client_as, persona):
    hidden = EventFactory(title="Reunión reservada con la PNP", is_public=False, status=EventStatus.SOLICITADO)
    EventStaff.objects.create(event=hidden, user=persona("press_officer"), role=StaffRole.PRESS)
    client = client_as("protocol_officer")
    url = issue_private_url(client)
    token = url.rsplit("/", 1)[1].removesuffix(".ics")
    assert FeedToken.objects.get(purpose="ceremonial").token_hash != token  # only the hash is kept
    assert token not in client.get(reverse("ceremonial:feeds")).content.decode()

    response = Client().get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    body = response.content
    event = icalendar.Calendar.from_ical(body).walk("VEVENT")[0]
    assert str(event["summary"]) == "Reunión reservada con la PNP"
    assert str(event["status"]) == "TENTATIVE"
    assert "Press Officer (Prensa)" in str(event["description"])
    parsed = vobject.readOne(body.decode())
    assert parsed.vevent.summary.value == "Reunión reservada con la PNP"
    assert parsed.vevent.dtstart.value.utcoffset() == timedelta(hours=-5)

    client.post(reverse("ceremonial:feed_revoke"))
    assert Client().get(url).status_code == 404
    assert Client().get(reverse("ceremonial:feed_private", args=["adivinado"])).status_code == 404


def test_private_feed_stops_for_a_deactivated_user_or_one_who_lost_the_agenda(client_as, persona):
    url = issue_private_url(client_as("protocol_officer"))
    user = persona("protocol_officer")
    user.groups.clear()
    assert Client().get(url).status_code == 404
    url_mayor = issue_private_url(client_as("mayor"))
    mayor = persona("mayor")
    mayor.is_active = False
    mayor.save()
    assert Client().get(url_mayor).status_code == 404


def test_public_feed_carries_only_published_agreed_events_and_hides_withheld_details():
    EventFactory(title="Publicada", is_public=True, place="Auditorio")
    EventFactory(title="No publicada", is_public=False)
    EventFactory(title="Solo solicitada", is_public=True, status=EventStatus.SOLICITADO)
    EventFactory(
        title="Plan de seguridad", is_public=True, withhold_details=True, place="Comisaría", description="Rutas"
    )
    body = Client().get(reverse("ceremonial:feed_public")).content
    events = {str(e["summary"]): e for e in icalendar.Calendar.from_ical(body).walk("VEVENT")}
    assert set(events) == {"Publicada", "Actividad oficial: Acto oficial"}
    withheld = events["Actividad oficial: Acto oficial"]
    assert "location" not in withheld and "description" not in withheld
    assert b"Comisar" not in body and b"Plan de seguridad" not in body
    assert {v.summary.value for v in vobject.readOne(body.decode()).vevent_list} == set(events)


def test_recurrence_exceptions_expand_identically_in_heraldo_recurring_ical_events_and_vobject():
    flag_raising_series()
    body = Client().get(reverse("ceremonial:feed_public")).content
    text = body.decode()
    assert "RRULE:FREQ=WEEKLY;BYDAY=SU" in text and "EXDATE;TZID=America/Lima:20261115T080000" in text
    assert "RECURRENCE-ID;TZID=America/Lima:20261122T080000" in text and "BEGIN:VTIMEZONE" in text
    window = (lima(2026, 11, 1), lima(2027, 1, 1))
    ours = sorted(o.starts_at for o in occurrences_between(*window))
    theirs = sorted(
        e["DTSTART"].dt for e in recurring_ical_events.of(icalendar.Calendar.from_ical(body)).between(*window)
    )
    assert ours == theirs
    assert lima(2026, 11, 15, 8) not in ours and lima(2026, 11, 22, 10) in ours
    calendar = vobject.readOne(text)
    master = next(v for v in calendar.vevent_list if not hasattr(v, "recurrence_id"))
    rule_set = master.getrruleset(addRDate=True)
    vobject_starts = [s for s in rule_set.between(window[0], window[1], inc=True)]
    moved = [v.dtstart.value for v in calendar.vevent_list if hasattr(v, "recurrence_id")]
    originals = [v.recurrence_id.value for v in calendar.vevent_list if hasattr(v, "recurrence_id")]
    vobject_final = sorted([s for s in vobject_starts if s not in originals] + moved)
    assert vobject_final == ours


def test_feed_is_byte_identical_between_requests_and_resists_header_injection():
    EventFactory(title="Acto\r\nBEGIN:VEVENT\r\nSUMMARY:inyectado", is_public=True)
    flag_raising_series()
    first = Client().get(reverse("ceremonial:feed_public")).content
    second = Client().get(reverse("ceremonial:feed_public")).content
    assert first == second
    lines = first.split(b"\r\n")
    assert lines.count(b"BEGIN:VEVENT") == 3  # the act, the series and its moved Sunday
    assert not any(line.startswith(b"SUMMARY:inyectado") for line in lines)
    titles = [str(e["summary"]) for e in icalendar.Calendar.from_ical(first).walk("VEVENT")]
    assert any(title.startswith("Acto") and "inyectado" in title for title in titles)
    for component in icalendar.Calendar.from_ical(first).walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART"):
            assert required in component
    assert b"PRODID:" in first and b"VERSION:2.0" in first


def test_public_agenda_page_needs_no_login_and_shows_only_what_may_be_published(django_assert_max_num_queries):
    EventFactory(
        title="Inauguración del parque", is_public=True, starts_at=lima(2026, 11, 27, 10), place="Parque Central"
    )
    EventFactory(title="Reunión interna", is_public=False, starts_at=lima(2026, 11, 27, 12))
    EventFactory(
        title="Plan de seguridad",
        is_public=True,
        withhold_details=True,
        withhold_reason="Ley 27806, art. 15",
        starts_at=lima(2026, 11, 26, 18),
        place="Comisaría",
        event_type="REUNION_COORDINACION",
    )
    flag_raising_series()
    # Built for the first visitor (the agenda's change count read once more to key the page), then kept.
    with django_assert_max_num_queries(5):
        response = Client().get(reverse("ceremonial:public_agenda"))
    with django_assert_max_num_queries(1):
        assert "Inauguración del parque" in Client().get(reverse("ceremonial:public_agenda")).content.decode()
    html = response.content.decode()
    assert response.status_code == 200
    assert "Inauguración del parque" in html and "Parque Central" in html
    assert "Reunión interna" not in html
    assert "Actividad oficial: Reunión de coordinación" in html and "Comisaría" not in html
    assert "Plan de seguridad" not in html
    assert "Izamiento dominical" in html
    assert 'href="/static/ceremonial/public.css"' in html or "public" in html
    assert '<html lang="es">' in html
    previous_week = Client().get(reverse("ceremonial:public_agenda") + "?semana=2026-11-16").content.decode()
    assert "Reprogramada" in previous_week  # the Sunday moved to 10:00 on 22/11


def test_feeds_page_needs_the_agenda(client_as):
    assert client_as("outsider").get(reverse("ceremonial:feeds")).status_code == 403
    assert client_as("outsider").post(reverse("ceremonial:feed_issue")).status_code == 403
    page = client_as("mayor").get(reverse("ceremonial:feeds"))
    assert page.status_code == 200
    assert "http://testserver" + reverse("ceremonial:feed_public") in page.content.decode()
