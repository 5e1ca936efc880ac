"""Agenda events: pages, conflicts, workflow, permissions and the API."""

from datetime import timedelta

import pytest
from django.urls import reverse

from heraldo.ceremonial.models import Attendance, Event, EventStatus, OccurrenceException
from heraldo.ceremonial.services.events import ConflictsNotConfirmed, event_change_status, event_create
from heraldo.ceremonial.services.occurrences import occurrences_rebuild
from heraldo.ceremonial.tests.factories import EventFactory, PersonFactory, lima
from heraldo.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "title": "Izamiento dominical",
        "event_type": "IZAMIENTO",
        "starts_at": "2026-12-06T08:00",
        "ends_at": "2026-12-06T08:45",
        "place": "Plaza de Armas",
        "organiser_kind": "PROPIA",
        "attendance": "ALCALDE",
        "repeat": "",
    }
    data.update(overrides)
    return data


def test_protocol_officer_creates_next_sundays_flag_raising_as_a_weekly_event(client_as):
    client = client_as("protocol_officer")
    response = client.post(reverse("ceremonial:event_create"), form_data(repeat="weekly", is_public="on"))
    event = Event.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("ceremonial:event_detail", args=[event.pk])
    assert event.rrule == "FREQ=WEEKLY"
    assert event.starts_at == lima(2026, 12, 6, 8)
    assert event.status == EventStatus.SOLICITADO
    entry = AuditEntry.objects.get(action="ceremonial.event.created")
    assert entry.target_id == str(event.pk) and "rrule" in entry.changes
    page = client.get(reverse("ceremonial:event_detail", args=[event.pk])).content.decode()
    assert "domingo 13/12/2026 08:00" in page  # the next repetition is listed


def test_bad_input_is_explained_in_spanish_and_nothing_is_saved(client_as):
    client = client_as("protocol_officer")
    response = client.post(
        reverse("ceremonial:event_create"),
        form_data(ends_at="2026-12-06T07:00", attendance="REPRESENTANTE", repeat="custom", rrule="FREQ=SECONDLY"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "El fin debe ser posterior al inicio." in html
    assert "FREQ=DAILY, WEEKLY, MONTHLY o YEARLY" in html
    assert not Event.objects.exists()


def test_representative_is_required_when_the_mayor_does_not_attend(client_as):
    response = client_as("protocol_officer").post(
        reverse("ceremonial:event_create"), form_data(attendance="REPRESENTANTE")
    )
    assert "Indique quién asiste en representación del Alcalde." in response.content.decode()
    assert not Event.objects.exists()


def test_double_booking_the_mayor_warns_lists_the_clash_and_saves_only_when_confirmed(client_as):
    existing = EventFactory(title="Reunión con el Prefecto", starts_at=lima(2026, 12, 6, 8, 30), place="Prefectura")
    client = client_as("protocol_officer")
    warned = client.post(reverse("ceremonial:event_create"), form_data())
    html = warned.content.decode()
    assert warned.status_code == 200
    assert 'data-testid="conflicts"' in html and "Reunión con el Prefecto" in html
    assert "el Alcalde ya tiene agenda" in html
    assert Event.objects.count() == 1
    confirmed = client.post(reverse("ceremonial:event_create"), form_data(confirm_conflicts="on"))
    assert confirmed.status_code == 302
    created = Event.objects.exclude(pk=existing.pk).get()
    audit = AuditEntry.objects.get(action="ceremonial.event.created", target_id=str(created.pk))
    assert audit.changes["conflicts_confirmed"][1] == ["Reunión con el Prefecto"]


def test_venue_and_representative_conflicts_are_detected_but_cancelled_events_free_the_slot(persona):
    deputy = PersonFactory()
    EventFactory(
        title="Taller vecinal", starts_at=lima(2026, 12, 10, 9), place="Plaza de Armas", attendance=Attendance.NONE
    )
    EventFactory(
        title="Foro",
        starts_at=lima(2026, 12, 10, 9),
        place="Auditorio",
        attendance=Attendance.REPRESENTATIVE,
        representative=deputy,
    )
    EventFactory(title="Suspendida", starts_at=lima(2026, 12, 10, 9), place="Otro", status=EventStatus.CANCELADO)
    data = {
        "title": "Feria",
        "starts_at": lima(2026, 12, 10, 9, 30),
        "ends_at": lima(2026, 12, 10, 11),
        "place": "  plaza de ARMAS ",
        "attendance": Attendance.REPRESENTATIVE,
        "representative": deputy,
    }
    with pytest.raises(ConflictsNotConfirmed) as raised:
        event_create(actor=persona("protocol_officer"), data=data)
    reasons = {c.occurrence.event.title: c.reasons for c in raised.value.conflicts}
    assert reasons == {"Taller vecinal": ("venue",), "Foro": ("representative",)}


def test_a_recurring_candidate_clashes_with_an_event_on_a_later_sunday(persona):
    EventFactory(title="Desfile", starts_at=lima(2027, 1, 3, 8, 15), place="Av. Grau")
    data = {
        "title": "Izamiento",
        "starts_at": lima(2026, 12, 6, 8),
        "ends_at": lima(2026, 12, 6, 8, 45),
        "place": "Plaza de Armas",
        "rrule": "FREQ=WEEKLY;BYDAY=SU",
        "attendance": Attendance.MAYOR,
    }
    with pytest.raises(ConflictsNotConfirmed) as raised:
        event_create(actor=persona("protocol_officer"), data=data)
    assert [c.occurrence.event.title for c in raised.value.conflicts] == ["Desfile"]


def test_the_status_workflow_refuses_skipped_steps_and_needs_new_dates_to_reschedule(persona, client_as):
    actor = persona("protocol_officer")
    event = EventFactory(status=EventStatus.SOLICITADO, starts_at=lima(2026, 12, 20, 10))
    client = client_as("protocol_officer")
    url = reverse("ceremonial:event_status", args=[event.pk])
    response = client.post(url, {"status": "REALIZADO"})
    assert "Escoja una opción válida" in response.content.decode()
    event_change_status(actor=actor, event=event, status=EventStatus.CONFIRMADO)
    response = client.post(url, {"status": "REPROGRAMADO"})
    assert "Indique la nueva fecha y hora de inicio." in response.content.decode()
    response = client.post(
        url, {"status": "REPROGRAMADO", "starts_at": "2026-12-21T10:00", "ends_at": "2026-12-21T11:00"}
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.status == EventStatus.REPROGRAMADO and event.starts_at == lima(2026, 12, 21, 10)
    assert event.sequence == 2
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="aún no empieza"):
        event_change_status(actor=actor, event=event, status=EventStatus.REALIZADO, now=lima(2026, 12, 1))
    assert AuditEntry.objects.filter(action="ceremonial.event.status_changed").count() == 2


def test_one_sunday_of_the_series_is_suspended_from_its_own_page(client_as):
    event = EventFactory(starts_at=lima(2026, 12, 6, 8), rrule="FREQ=WEEKLY;BYDAY=SU")
    client = client_as("protocol_officer")
    url = reverse("ceremonial:occurrence", args=[event.pk, "20261213T130000Z"])
    response = client.post(url, {"action": "cancel", "note": "Duelo nacional"})
    assert response.status_code == 302
    assert OccurrenceException.objects.get().cancelled
    not_an_occurrence = client.post(
        reverse("ceremonial:occurrence", args=[event.pk, "20261214T130000Z"]), {"action": "cancel"}
    )
    assert "no es una repetición" in not_an_occurrence.content.decode()
    assert client.get(reverse("ceremonial:occurrence", args=[event.pk, "basura"])).status_code == 404


PAGES = ["ceremonial:home", "ceremonial:week", "ceremonial:day", "ceremonial:list"]


@pytest.mark.parametrize("url_name", PAGES)
def test_calendar_pages_show_the_agenda_to_the_mayor_and_nothing_to_the_outsider(client_as, url_name):
    EventFactory(title="Inauguración del parque", starts_at=lima(2026, 12, 3, 10))
    url = reverse(url_name) + "?fecha=2026-12-03"
    if url_name == "ceremonial:list":
        url = reverse(url_name) + "?date_from=2026-12-01&date_to=2026-12-31"
    mayor_page = client_as("mayor").get(url)
    assert mayor_page.status_code == 200
    assert "Inauguración del parque" in mayor_page.content.decode()
    assert "Nueva actividad" not in mayor_page.content.decode()
    assert client_as("outsider").get(url).status_code == 403
    assert client_as("designer").get(url).status_code == 403


def test_the_mayor_reads_events_but_cannot_change_them(client_as):
    event = EventFactory()
    mayor = client_as("mayor")
    assert mayor.get(reverse("ceremonial:event_detail", args=[event.pk])).status_code == 200
    assert mayor.get(reverse("ceremonial:event_edit", args=[event.pk])).status_code == 404
    assert mayor.get(reverse("ceremonial:event_create")).status_code == 403
    assert mayor.post(reverse("ceremonial:event_status", args=[event.pk]), {"status": "CANCELADO"}).status_code == 404
    assert client_as("outsider").get(reverse("ceremonial:event_detail", args=[event.pk])).status_code == 404


def test_month_view_query_count_does_not_grow_with_the_events(client_as, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_as("protocol_officer")
    url = reverse("ceremonial:home") + "?fecha=2026-12-15"
    EventFactory(starts_at=lima(2026, 11, 1, 8), rrule="FREQ=WEEKLY;BYDAY=SU")
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    start = lima(2026, 12, 1, 8)
    Event.objects.bulk_create(
        [EventFactory.build(starts_at=start + timedelta(hours=7 * n), place=f"L{n}") for n in range(80)]
    )
    occurrences_rebuild()  # a load around the services writes the agenda's occurrence days after it
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert response.content.decode().count("agenda-item ") >= 80


def test_a_month_cell_shows_its_first_activities_escaped_marked_and_counts_the_rest(client_as):
    EventFactory(title="Misa <de> gracias", starts_at=lima(2026, 12, 8, 7), rrule="FREQ=YEARLY")
    EventFactory(title="Desfile", starts_at=lima(2026, 12, 8, 9), status=EventStatus.CANCELADO)
    for hour in range(10, 14):
        EventFactory(title=f"Visita {hour}", starts_at=lima(2026, 12, 8, hour))
    occurrences_rebuild()

    html = client_as("protocol_officer").get(reverse("ceremonial:home") + "?fecha=2026-12-08").content.decode()

    assert "Misa &lt;de&gt; gracias" in html and "Misa <de>" not in html
    assert '<span class="visually-hidden">(se repite)</span>' in html
    assert 'class="agenda-item agenda-type-' in html and "agenda-cancelled" in html
    assert "Visita 11" in html and "Visita 12" not in html  # four a cell, in order of start
    assert f'href="{reverse("ceremonial:day")}?fecha=2026-12-08">y 2 más</a>' in html
    assert 'aria-label="martes 8 de diciembre"' in html


def test_edit_changes_what_the_form_says_and_records_the_difference(client_as):
    event = EventFactory(title="Reunión", place="Despacho")
    client = client_as("protocol_officer")
    response = client.post(
        reverse("ceremonial:event_edit", args=[event.pk]),
        form_data(
            title="Reunión con dirigentes", starts_at="2026-12-03T10:00", ends_at="2026-12-03T11:00", place="Despacho"
        ),
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == "Reunión con dirigentes" and event.sequence == 1
    entry = AuditEntry.objects.get(action="ceremonial.event.updated")
    assert entry.changes["title"] == ["Reunión", "Reunión con dirigentes"]


def test_a_weekly_series_is_offered_back_as_weekly_with_its_last_day_not_as_a_rule_string(client_as):
    # given a Sunday flag raising saved as "every week until 27/12/2026"
    client = client_as("protocol_officer")
    client.post(reverse("ceremonial:event_create"), form_data(repeat="weekly", repeat_until="2026-12-27"))
    event = Event.objects.get()
    assert event.rrule.startswith("FREQ=WEEKLY;UNTIL=")

    # when protocol opens it to edit
    form = client.get(reverse("ceremonial:event_edit", args=[event.pk])).context["form"]

    # then the form shows the plain choice and the date, and the custom-rule box stays empty
    assert form.initial["repeat"] == "weekly"
    assert str(form.initial["repeat_until"]) == "2026-12-27"
    assert form["rrule"].value() == ""
    html = form["rrule"].as_widget()
    assert "FREQ=" not in html

    # and saving the form unchanged keeps the same series
    client.post(
        reverse("ceremonial:event_edit", args=[event.pk]), form_data(repeat="weekly", repeat_until="2026-12-27")
    )
    assert Event.objects.get().rrule == event.rrule


def test_api_creates_events_answers_409_on_clashes_and_expands_occurrences(client_as):
    EventFactory(title="Ocupado", starts_at=lima(2026, 12, 6, 8))
    client = client_as("protocol_officer")
    payload = {
        "title": "Izamiento",
        "event_type": "IZAMIENTO",
        "starts_at": "2026-12-06T08:00:00-05:00",
        "ends_at": "2026-12-06T08:45:00-05:00",
        "place": "Plaza de Armas",
        "attendance": "ALCALDE",
        "rrule": "FREQ=WEEKLY;BYDAY=SU",
    }
    clash = client.post("/api/v1/agenda/actividades/", payload, content_type="application/json")
    assert clash.status_code == 409 and clash.json()["conflicts"][0]["title"] == "Ocupado"
    created = client.post(
        "/api/v1/agenda/actividades/", payload | {"confirm_conflicts": True}, content_type="application/json"
    )
    assert created.status_code == 201, created.content
    listing = client.get("/api/v1/agenda/actividades/ocurrencias/?desde=2026-12-01&hasta=2026-12-31").json()
    sundays = [o["starts_at"][:10] for o in listing["results"] if o["title"] == "Izamiento"]
    assert sundays == ["2026-12-06", "2026-12-13", "2026-12-20", "2026-12-27"]
    bad = client.post(
        "/api/v1/agenda/actividades/", payload | {"rrule": "FREQ=MINUTELY"}, content_type="application/json"
    )
    assert bad.status_code == 400 and "rrule" in bad.json()


def test_api_denies_writes_to_readers_and_everything_to_outsiders(client_as):
    event = EventFactory()
    assert client_as("mayor").get("/api/v1/agenda/actividades/").status_code == 200
    mayor_write = client_as("mayor").patch(
        f"/api/v1/agenda/actividades/{event.pk}/", {"title": "x"}, content_type="application/json"
    )
    assert mayor_write.status_code == 404
    assert (
        client_as("mayor").post("/api/v1/agenda/actividades/", {}, content_type="application/json").status_code == 403
    )
    assert client_as("outsider").get("/api/v1/agenda/actividades/").status_code == 403
    assert client_as("outsider").get(f"/api/v1/agenda/actividades/{event.pk}/").status_code == 403


def test_today_panel_and_search_show_agenda_items(client_as, time_machine):
    time_machine.move_to(lima(2026, 12, 3, 7), tick=False)
    EventFactory(title="Inauguración del parque", starts_at=lima(2026, 12, 3, 10))
    # 21:00 in Lima is already 4 December in UTC: still today's agenda for the office.
    EventFactory(title="Serenata de aniversario", starts_at=lima(2026, 12, 3, 21))
    html = client_as("mayor").get(reverse("core:today")).content.decode()
    assert "10:00 Inauguración del parque" in html
    assert "21:00 Serenata de aniversario" in html
    found = client_as("mayor").get(reverse("core:search") + "?q=parque").content.decode()
    assert "Inauguración del parque" in found
    assert (
        "Inauguración del parque"
        not in client_as("designer").get(reverse("core:search") + "?q=parque").content.decode()
    )


def test_agenda_pages_ship_no_inline_script_or_event_handler(client_as):
    import re

    from heraldo.ceremonial.services.ceremony import guests_add

    event = EventFactory(event_type="SESION_SOLEMNE")
    guests_add(actor=None, event=event, persons=[PersonFactory()])
    client = client_as("head_of_unit")
    urls = [
        reverse(name)
        for name in (
            "ceremonial:home",
            "ceremonial:week",
            "ceremonial:day",
            "ceremonial:list",
            "ceremonial:requests",
            "ceremonial:feeds",
            "ceremonial:precedence_table",
            "ceremonial:event_create",
            "ceremonial:public_agenda",
        )
    ]
    urls += [
        reverse(name, args=[event.pk])
        for name in (
            "ceremonial:event_detail",
            "ceremonial:programme",
            "ceremonial:guests",
            "ceremonial:checkin",
            "ceremonial:precedence",
            "ceremonial:script",
        )
    ]
    for url in urls:
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200, url
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert not re.search(r"\son[a-z]+=", html), url
        assert not re.search(r"\sstyle=", html), url


def test_after_the_act_notes_and_links_are_recorded_and_bad_links_refused(client_as):
    event = EventFactory(status=EventStatus.REALIZADO)
    client = client_as("protocol_officer")
    url = reverse("ceremonial:event_outcome", args=[event.pk])
    bad = client.post(
        url, {"outcome_notes": "Asistieron 200 vecinos.", "outcome_links": "javascript:alert(1)"}, follow=True
    )
    assert "no es una dirección web válida" in bad.content.decode()
    event.refresh_from_db()
    assert event.outcome_notes == ""
    client.post(
        url, {"outcome_notes": "Asistieron 200 vecinos.", "outcome_links": " https://muni.example.pe/nota/12 \n"}
    )
    event.refresh_from_db()
    assert event.outcome_link_list() == ["https://muni.example.pe/nota/12"]
    page = client_as("mayor").get(reverse("ceremonial:event_detail", args=[event.pk])).content.decode()
    assert "Asistieron 200 vecinos." in page and 'href="https://muni.example.pe/nota/12"' in page
    assert client_as("mayor").post(url, {"outcome_notes": "x"}).status_code == 404
    assert AuditEntry.objects.filter(action="ceremonial.event.outcome_recorded").exists()


def test_month_and_week_cross_the_year_end_in_lima_time(client_as):
    EventFactory(title="Saludo de Año Nuevo", starts_at=lima(2027, 1, 1, 0, 30), ends_at=lima(2027, 1, 1, 1, 30))
    EventFactory(title="Cierre del año", starts_at=lima(2026, 12, 31, 23, 0), ends_at=lima(2026, 12, 31, 23, 45))
    client = client_as("protocol_officer")
    december = client.get(reverse("ceremonial:home") + "?fecha=2026-12-31").content.decode()
    assert "Cierre del año" in december and "Saludo de Año Nuevo" in december  # 1 January fills the last row
    week = client.get(reverse("ceremonial:week") + "?fecha=2027-01-01").content.decode()
    assert "Semana del 28/12/2026 al 03/01/2027" in week
    day = client.get(reverse("ceremonial:day") + "?fecha=2026-12-31").content.decode()
    assert "Cierre del año" in day and "Saludo de Año Nuevo" not in day
    assert client.get(reverse("ceremonial:day") + "?fecha=2026-02-30").status_code == 200  # a bad date means today


def test_the_mayors_representative_is_chosen_among_our_municipalitys_cargo_holders(client_as):
    from datetime import date

    from heraldo.directory.models import Entity, Position, Term

    ours = Entity.objects.create(
        name="Municipalidad Distrital de Prueba", kind="MUNICIPALIDAD", level="DISTRITAL", is_own_municipality=True
    )
    regidora = PersonFactory(given_names="Ana", surnames="Regidora Prueba")
    position = Position.objects.create(entity=ours, title="Regidor", office_code="REGIDOR_DISTRITAL")
    Term.objects.create(position=position, person=regidora, starts_on=date(2023, 1, 1))
    stranger = PersonFactory(given_names="Otro", surnames="Ajeno")
    client = client_as("protocol_officer")
    form_page = client.get(reverse("ceremonial:event_create")).content.decode()
    assert "Ana Regidora Prueba" in form_page and "Otro Ajeno" not in form_page
    refused = client.post(
        reverse("ceremonial:event_create"), form_data(attendance="REPRESENTANTE", representative=stranger.pk)
    )
    assert "Escoja una opción válida" in refused.content.decode() and not Event.objects.exists()
    accepted = client.post(
        reverse("ceremonial:event_create"), form_data(attendance="REPRESENTANTE", representative=regidora.pk)
    )
    assert accepted.status_code == 302 and Event.objects.get().representative == regidora


def test_press_releases_about_the_event_are_listed_on_it(client_as, persona):
    from django.utils import timezone

    from heraldo.press.models import PressRelease

    event = EventFactory(status=EventStatus.REALIZADO)
    PressRelease.objects.create(
        headline="Borrador sobre el acto", lead="x", event=event, author=persona("press_officer")
    )
    published = PressRelease.objects.create(
        headline="Nota publicada del acto",
        lead="x",
        event=event,
        status="publicado",
        published_at=timezone.now(),
        author=persona("press_officer"),
    )
    url = reverse("ceremonial:event_detail", args=[event.pk])
    press_view = client_as("press_officer").get(url).content.decode()
    assert "Borrador sobre el acto" in press_view and "Nota publicada del acto" in press_view
    assert f'href="{published.get_absolute_url()}"' in press_view
    assert "Nota publicada del acto" in client_as("mayor").get(url).content.decode()
