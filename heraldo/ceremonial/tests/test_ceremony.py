"""A ceremony: run-of-show from a template, guests from the Registro, invitations,
personal RSVP links, reminders, manual answers and check-in at the door."""

from datetime import date

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from heraldo.ceremonial.models import Guest, ProgrammeItem, RsvpStatus
from heraldo.ceremonial.rsvp import rsvp_token
from heraldo.ceremonial.services.ceremony import ceremony_send_due_reminders, guests_add, programme_with_times
from heraldo.ceremonial.tests.factories import EventFactory, PersonFactory, lima
from heraldo.core.models import AuditEntry, OutboxEmail
from heraldo.core.outbox import outbox_drain
from heraldo.directory.models import Entity, Position, Term

pytestmark = pytest.mark.django_db


@pytest.fixture
def solemn_session():
    return EventFactory(
        title="Sesión solemne por el aniversario",
        event_type="SESION_SOLEMNE",
        starts_at=lima(2026, 12, 15, 10),
        ends_at=lima(2026, 12, 15, 12, 30),
    )


def regidor(n: int, *, email=True):
    entity, _created = Entity.objects.get_or_create(
        name="Municipalidad Distrital de Prueba",
        defaults={"kind": "MUNICIPALIDAD", "level": "DISTRITAL", "ubigeo": "270103"},
    )
    person = PersonFactory(
        given_names=f"Regidora{n}",
        surnames=f"Apellido{n}",
        sex="F",
        institutional_email=f"regidora{n}@muni.example.pe" if email else "",
    )
    position = Position.objects.create(
        entity=entity,
        title="Regidor",
        title_feminine="Regidora",
        form_of_address="Señor Regidor",
        form_of_address_feminine="Señora Regidora",
        office_code="REGIDOR_DISTRITAL",
        jurisdiction="270103",
        order_in_entity=n,
    )
    Term.objects.create(position=position, person=person, starts_on=date(2023, 1, 1))
    return person


def test_the_template_builds_the_programme_and_times_follow_the_durations(client_as, solemn_session):
    client = client_as("protocol_officer")
    client.post(reverse("ceremonial:programme_template", args=[solemn_session.pk]))
    titles = list(solemn_session.programme.values_list("title", flat=True))
    assert titles[:3] == [
        "Recepción y ubicación de autoridades e invitados",
        "Ingreso y presentación de la mesa de honor",
        "Apertura de la sesión solemne",
    ]
    assert "Discurso de orden" in titles
    times = [start.strftime("%H:%M") for _item, start in programme_with_times(solemn_session)]
    assert times[:4] == ["10:00", "10:15", "10:20", "10:22"]
    again = client.post(reverse("ceremonial:programme_template", args=[solemn_session.pk]), follow=True)
    assert "ya tiene momentos" in again.content.decode()
    assert solemn_session.programme.count() == len(titles)


def test_items_are_reordered_by_drag_order_or_by_the_up_button_and_bad_orders_change_nothing(client_as, solemn_session):
    a, b, c = (ProgrammeItem.objects.create(event=solemn_session, position=n, title=t) for n, t in enumerate("ABC"))
    client = client_as("protocol_officer")
    client.post(reverse("ceremonial:programme_reorder", args=[solemn_session.pk]), {"order": f"{c.pk},{a.pk},{b.pk}"})
    assert list(solemn_session.programme.order_by("position").values_list("title", flat=True)) == ["C", "A", "B"]
    client.post(reverse("ceremonial:programme_move", args=[solemn_session.pk, b.pk, "subir"]))
    assert list(solemn_session.programme.order_by("position").values_list("title", flat=True)) == ["C", "B", "A"]
    other = ProgrammeItem.objects.create(event=EventFactory(), title="ajeno")
    response = client.post(
        reverse("ceremonial:programme_reorder", args=[solemn_session.pk]),
        {"order": f"{c.pk},{a.pk},{other.pk}"},
        follow=True,
    )
    assert "no corresponde" in response.content.decode()
    assert list(solemn_session.programme.order_by("position").values_list("title", flat=True)) == ["C", "B", "A"]
    assert AuditEntry.objects.filter(action="ceremonial.programme.reordered").count() == 2


def test_adding_an_item_validates_its_duration_in_spanish(client_as, solemn_session):
    response = client_as("protocol_officer").post(
        reverse("ceremonial:programme", args=[solemn_session.pk]), {"title": "Brindis", "duration_minutes": 0}
    )
    assert "La duración va de 1 a 480 minutos." in response.content.decode()
    assert not solemn_session.programme.exists()


def test_guests_come_from_the_registry_with_their_current_cargo(client_as, solemn_session):
    persons = [regidor(n) for n in range(1, 4)]
    client = client_as("protocol_officer")
    found = client.get(reverse("ceremonial:guests", args=[solemn_session.pk]) + "?buscar=regidora2").content.decode()
    assert "Regidora2 Apellido2" in found and "Regidora — Municipalidad Distrital de Prueba" in found
    client.post(reverse("ceremonial:guests_add", args=[solemn_session.pk]), {"person": [p.pk for p in persons]})
    guests = list(solemn_session.guests.order_by("person__surnames"))
    assert [g.position.office_code for g in guests] == ["REGIDOR_DISTRITAL"] * 3
    assert guests[0].email == "regidora1@muni.example.pe"


def test_invitations_go_through_the_outbox_with_a_personal_link_and_the_form_of_address(client_as, solemn_session):
    guests_add(actor=None, event=solemn_session, persons=[regidor(1), regidor(2, email=False)])
    client = client_as("protocol_officer")
    response = client.post(reverse("ceremonial:guests_invite", args=[solemn_session.pk]), follow=True)
    assert "Sin correo, invite por oficio a: Regidora2 Apellido2." in response.content.decode()
    outbox_drain()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["regidora1@muni.example.pe"]
    assert message.subject == "Invitación: Sesión solemne por el aniversario"
    assert message.body.startswith("Señora Regidora Regidora1 Apellido1")
    assert "/agenda/rsvp/" in message.body
    client.post(reverse("ceremonial:guests_invite", args=[solemn_session.pk]))
    assert OutboxEmail.objects.count() == 1  # an invitation is sent once


def test_the_personal_link_answers_for_its_guest_only_and_dies_when_renewed(client_as, solemn_session, time_machine):
    time_machine.move_to(lima(2026, 12, 1, 9), tick=False)
    first, second = guests_add(actor=None, event=solemn_session, persons=[regidor(1), regidor(2)])
    url = reverse("ceremonial:rsvp", args=[rsvp_token(first)])
    page = Client().get(url).content.decode()
    assert "Respuesta personal de <strong>Regidora1 Apellido1</strong>" in page
    Client().post(url, {"answer": "ACEPTA"})
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.rsvp_status == RsvpStatus.ACCEPTED and first.rsvp_channel == "ENLACE"
    assert second.rsvp_status == RsvpStatus.PENDING
    tampered = rsvp_token(first).replace(":", ";", 1)
    assert Client().get(reverse("ceremonial:rsvp", args=[tampered])).status_code == 404
    client_as("protocol_officer").post(
        reverse("ceremonial:guest", args=[solemn_session.pk, first.pk]), {"form": "renew"}
    )
    assert Client().get(url).status_code == 404
    time_machine.move_to(lima(2026, 12, 15, 11), tick=False)
    late = Client().post(
        reverse("ceremonial:rsvp", args=[rsvp_token(Guest.objects.get(pk=second.pk))]), {"answer": "DECLINA"}
    )
    assert "ya empezó" in late.content.decode()
    assert Guest.objects.get(pk=second.pk).rsvp_status == RsvpStatus.PENDING


def test_reminders_reach_only_invited_guests_without_an_answer_once_a_day(client_as, solemn_session, time_machine):
    time_machine.move_to(lima(2026, 12, 13, 12), tick=False)
    answered, silent = guests_add(actor=None, event=solemn_session, persons=[regidor(1), regidor(2)])
    client = client_as("protocol_officer")
    client.post(reverse("ceremonial:guests_invite", args=[solemn_session.pk]))
    client.post(
        reverse("ceremonial:guest", args=[solemn_session.pk, answered.pk]),
        {"form": "answer", "rsvp_status": "ACEPTA", "rsvp_channel": "TELEFONO"},
    )
    assert Guest.objects.get(pk=answered.pk).rsvp_channel == "TELEFONO"
    assert ceremony_send_due_reminders(now=lima(2026, 12, 13, 12)) == 1
    assert ceremony_send_due_reminders(now=lima(2026, 12, 13, 18)) == 0  # not twice the same day
    reminders = OutboxEmail.objects.filter(key__startswith="ceremonial.reminder.")
    assert list(reminders.values_list("to", flat=True)) == [["regidora2@muni.example.pe"]]
    assert ceremony_send_due_reminders(now=lima(2026, 12, 10, 12)) == 0  # five days ahead: too early


def test_check_in_on_a_phone_finds_guests_by_name_without_accents(client_as, solemn_session):
    núñez = PersonFactory(given_names="José", surnames="Núñez Ávila")
    guests_add(actor=None, event=solemn_session, persons=[núñez, regidor(1)])
    client = client_as("protocol_officer")
    page = client.get(reverse("ceremonial:checkin", args=[solemn_session.pk]) + "?q=nunez avila").content.decode()
    assert "José Núñez Ávila" in page and "Regidora1" not in page
    guest = solemn_session.guests.get(person=núñez)
    client.post(
        reverse("ceremonial:checkin", args=[solemn_session.pk]), {"guest": guest.pk, "arrived": "1", "q": "nunez"}
    )
    client.post(reverse("ceremonial:checkin", args=[solemn_session.pk]), {"guest": guest.pk, "arrived": "1"})
    guest.refresh_from_db()
    assert guest.checked_in_at is not None
    assert "Llegaron 1 de 2" in client.get(reverse("ceremonial:checkin", args=[solemn_session.pk])).content.decode()


def test_ceremony_pages_follow_the_agenda_permissions(client_as, solemn_session):
    guest = guests_add(actor=None, event=solemn_session, persons=[regidor(1)])[0]
    mayor = client_as("mayor")
    assert mayor.get(reverse("ceremonial:programme", args=[solemn_session.pk])).status_code == 200
    assert mayor.get(reverse("ceremonial:guests", args=[solemn_session.pk])).status_code == 200
    assert mayor.get(reverse("ceremonial:checkin", args=[solemn_session.pk])).status_code == 404
    assert mayor.post(reverse("ceremonial:programme_template", args=[solemn_session.pk])).status_code == 404
    assert mayor.get(reverse("ceremonial:guest", args=[solemn_session.pk, guest.pk])).status_code == 404
    outsider = client_as("outsider")
    for name in ("programme", "guests", "checkin"):
        assert outsider.get(reverse(f"ceremonial:{name}", args=[solemn_session.pk])).status_code == 404
    other_event = EventFactory()
    assert (
        client_as("protocol_officer").get(reverse("ceremonial:guest", args=[other_event.pk, guest.pk])).status_code
        == 404
    )


def test_guest_list_queries_do_not_grow_with_guests(client_as, solemn_session, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_as("protocol_officer")
    guests_add(actor=None, event=solemn_session, persons=[regidor(1)])
    with CaptureQueriesContext(connection) as one:
        client.get(reverse("ceremonial:guests", args=[solemn_session.pk]))
    guests_add(actor=None, event=solemn_session, persons=[regidor(n) for n in range(2, 16)])
    with django_assert_max_num_queries(len(one.captured_queries)):
        html = client.get(reverse("ceremonial:guests", args=[solemn_session.pk])).content.decode()
    assert "15 invitados" in html


def test_official_letter_and_card_pdf_for_guests_invited_by_letter(client_as, solemn_session):
    import io

    from pypdf import PdfReader

    guests_add(actor=None, event=solemn_session, persons=[regidor(1), regidor(2, email=False)])
    client = client_as("protocol_officer")
    response = client.get(reverse("ceremonial:invitations_pdf", args=[solemn_session.pk]) + "?sin_correo=1")
    assert response["Content-Type"] == "application/pdf"
    pages = PdfReader(io.BytesIO(response.content)).pages
    text = "".join(page.extract_text() for page in pages)
    assert len(pages) == 2  # the oficio and the card of the one guest without e-mail
    assert "Señora Regidora" in text and "Regidora2 Apellido2" in text and "Regidora1" not in text
    assert client_as("mayor").get(reverse("ceremonial:invitations_pdf", args=[solemn_session.pk])).status_code == 404


def test_the_guest_counts_agree_in_number(client_as, solemn_session):
    # given an act with a single guest
    guests_add(actor=None, event=solemn_session, persons=[regidor(1)])

    # when protocol opens the guest list
    html = client_as("protocol_officer").get(reverse("ceremonial:guests", args=[solemn_session.pk])).content.decode()

    # then the count reads in the singular
    assert "1 invitado ·" in html
    assert "1 invitados" not in html
    assert "0 confirmados" in html
