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
from heraldo.core.tests.mass_send import confirm_send
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
    page = client.get(reverse("ceremonial:guests_invite", args=[solemn_session.pk]))
    assert "Sin correo, invite por oficio a: Regidora2 Apellido2." in page.content.decode()
    confirm_send(client, reverse("ceremonial:guests_invite", args=[solemn_session.pk]))
    outbox_drain()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["regidora1@muni.example.pe"]
    assert message.subject == "Invitación: Sesión solemne por el aniversario"
    assert message.body.startswith("Señora Regidora Regidora1 Apellido1")
    assert "/agenda/rsvp/" in message.body
    confirm_send(client, reverse("ceremonial:guests_invite", args=[solemn_session.pk]))
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
    confirm_send(client, reverse("ceremonial:guests_invite", args=[solemn_session.pk]))
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


def test_invitations_ask_first_with_the_count_and_a_test_goes_to_the_sender_without_a_real_link(
    client_as, persona, solemn_session
):
    guests_add(actor=None, event=solemn_session, persons=[regidor(n) for n in range(1, 4)] + [regidor(9, email=False)])
    client = client_as("protocol_officer")
    url = reverse("ceremonial:guests_invite", args=[solemn_session.pk])
    page = client.get(url).content.decode()
    assert "Se enviará a 3 destinatarios" in page
    assert "Invitación: Sesión solemne por el aniversario" in page
    assert "Sin correo, invite por oficio a: Regidora9 Apellido9." in page

    client.post(url, {"send": "1"})
    assert OutboxEmail.objects.count() == 0
    assert not solemn_session.guests.filter(invited_at__isnull=False).exists()

    client.post(url, {"test": "1"})
    (test,) = OutboxEmail.objects.all()
    assert test.to == [persona("protocol_officer").email]
    assert "/agenda/rsvp/" not in test.body_text  # a guest's personal link never reaches the tester
    assert not solemn_session.guests.filter(invited_at__isnull=False).exists()


def _our_mayor(*, email="alcalde@muni.example.pe"):
    municipality = Entity.objects.create(
        name="Municipalidad Distrital de Candelaria",
        kind="MUNICIPALIDAD",
        level="DISTRITAL",
        ubigeo="270103",
        is_own_municipality=True,
    )
    mayor = PersonFactory(given_names="Ramiro", surnames="Quispe Huamán", sex="M", institutional_email=email)
    position = Position.objects.create(
        entity=municipality,
        title="Alcalde",
        title_feminine="Alcaldesa",
        form_of_address="Señor Alcalde",
        office_code="ALCALDE_DISTRITAL",
        jurisdiction="270103",
    )
    Term.objects.create(position=position, person=mayor, starts_on=date(2023, 1, 1))
    return mayor, position


def test_the_host_mayor_is_on_the_list_for_precedence_but_never_invited_nor_pending(client_as, solemn_session):
    # Given our Mayor on the guest list of our own act, beside two regidoras (one without e-mail)
    mayor, _position = _our_mayor()
    client = client_as("protocol_officer")
    client.post(reverse("ceremonial:guests_add_host", args=[solemn_session.pk]))
    guests_add(actor=None, event=solemn_session, persons=[regidor(1), regidor(2, email=False)])
    # When the invitations are sent
    confirmation = client.get(reverse("ceremonial:guests_invite", args=[solemn_session.pk])).content.decode()
    response = confirm_send(client, reverse("ceremonial:guests_invite", args=[solemn_session.pk]))
    # Then only the regidora with e-mail gets one; the Mayor is neither e-mailed nor listed for a letter
    outbox_drain()
    assert [m.to for m in mail.outbox] == [["regidora1@muni.example.pe"]]
    assert "Se enviará a 1 destinatario" in confirmation
    assert "Ramiro" not in confirmation.split("Sin correo, invite por oficio a:")[1].split(".")[0]
    host = solemn_session.guests.get(person=mayor)
    assert host.invited_at is None
    # and the list shows him as host and does not count him among those who did not answer
    html = response.content.decode()
    assert 'data-testid="host-badge">Anfitrión<' in html
    assert "2 invitados · 1 con invitación enviada · 0 confirmados · 0 no asistirán · 2 sin respuesta" in html
    # and no letter "a nombre del señor Alcalde… invitarle" is printed for him
    letters = client.get(reverse("ceremonial:invitation_pdf", args=[solemn_session.pk, host.pk]))
    assert letters.status_code == 404
    # nor can an answer be recorded for him
    answered = client.post(
        reverse("ceremonial:guest", args=[solemn_session.pk, host.pk]),
        {"form": "answer", "rsvp_status": "DECLINA", "rsvp_channel": "TELEFONO"},
    )
    assert answered.status_code == 404


def test_whoever_represents_the_host_is_not_invited_and_is_not_reminded(client_as, solemn_session, time_machine):
    # Given an act where a regidora represents the Mayor, and she is on the list as his representative
    time_machine.move_to(lima(2026, 12, 13, 12), tick=False)
    _mayor, mayor_position = _our_mayor()
    representative = regidor(1)
    other = regidor(2)
    solemn_session.attendance = "REPRESENTANTE"
    solemn_session.representative = representative
    solemn_session.save()
    client = client_as("protocol_officer")
    client.post(reverse("ceremonial:guests_add_host", args=[solemn_session.pk]))
    assert solemn_session.guests.get(person=representative).represents == mayor_position
    guests_add(actor=None, event=solemn_session, persons=[other])
    # When invitations and the reminders 48 hours before go out
    confirm_send(client, reverse("ceremonial:guests_invite", args=[solemn_session.pk]))
    Guest.objects.filter(person=representative).update(invited_at=lima(2026, 12, 1, 9))  # invited before the fix
    ceremony_send_due_reminders(now=lima(2026, 12, 13, 12))
    # Then only the other regidora is invited and reminded
    recipients = sorted(OutboxEmail.objects.values_list("key", "to"))
    assert [to for _key, to in recipients] == [["regidora2@muni.example.pe"]] * 2
    html = client.get(reverse("ceremonial:guests", args=[solemn_session.pk])).content.decode()
    assert "Anfitrión (en representación)" in html


def test_the_mayor_is_invited_as_a_guest_to_an_act_another_entity_organises(client_as):
    # Given an act the regional government organises, with our Mayor on its list
    event = EventFactory(
        title="Izamiento regional",
        organiser_kind="EXTERNA",
        organiser_name="Gobierno Regional",
        starts_at=lima(2026, 12, 15, 8),
        ends_at=lima(2026, 12, 15, 9),
    )
    mayor, _position = _our_mayor()
    guests_add(actor=None, event=event, persons=[mayor])
    # When invitations are sent, then he is a guest like any other
    confirm_send(client_as("protocol_officer"), reverse("ceremonial:guests_invite", args=[event.pk]))
    assert OutboxEmail.objects.filter(to=["alcalde@muni.example.pe"]).count() == 1


def test_the_guest_counts_agree_in_number(client_as, solemn_session):
    # given an act with a single guest
    guests_add(actor=None, event=solemn_session, persons=[regidor(1)])

    # when protocol opens the guest list
    html = client_as("protocol_officer").get(reverse("ceremonial:guests", args=[solemn_session.pk])).content.decode()

    # then the count reads in the singular
    assert "1 invitado ·" in html
    assert "1 invitados" not in html
    assert "0 confirmados" in html
