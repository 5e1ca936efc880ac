"""Invitations received: registered, answered (accept, delegate, decline) and tracked."""

import pytest
from django.urls import reverse

from heraldo.ceremonial.models import Attendance, AttendanceRequest, Event, EventStatus, RequestStatus
from heraldo.ceremonial.tests.factories import EventFactory, PersonFactory, lima
from heraldo.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def register(client, **overrides):
    data = {
        "inviting_name": "Gobierno Regional de Prueba",
        "reference": "Oficio N.° 45-2026-GR",
        "received_on": "2026-11-20",
        "title": "Foro regional de alcaldes",
        "event_type": "ACTO_OFICIAL",
        "starts_at": "2026-12-09T09:00",
        "ends_at": "2026-12-09T12:00",
        "place": "Auditorio del Gobierno Regional",
        "answer_by": "2026-12-01",
    }
    data.update(overrides)
    return client.post(reverse("ceremonial:request_create"), data)


def registered_invitation(client):
    """The Gobierno Regional's invitation registered through the page, and the page that answers it."""
    register(client)
    invitation = AttendanceRequest.objects.get()
    return invitation, reverse("ceremonial:request_detail", args=[invitation.pk])


def test_an_invitation_is_registered_and_listed_as_pending(client_as):
    client = client_as("protocol_officer")
    response = register(client)
    invitation = AttendanceRequest.objects.get()
    assert response["Location"] == reverse("ceremonial:request_detail", args=[invitation.pk])
    assert invitation.status == RequestStatus.PENDING
    listing = client_as("mayor").get(reverse("ceremonial:requests")).content.decode()
    assert "Foro regional de alcaldes" in listing and "1 pendiente de respuesta." in listing
    assert AuditEntry.objects.filter(action="ceremonial.request.registered").exists()


def test_registration_needs_the_inviter_and_sane_dates(client_as):
    response = register(
        client_as("protocol_officer"), inviting_name="", ends_at="2026-12-09T08:00", answer_by="2026-11-01"
    )
    html = response.content.decode()
    assert "Indique la entidad que invita" in html
    assert "El fin debe ser posterior al inicio." in html
    assert "no puede ser anterior a la recepción" in html
    assert not AttendanceRequest.objects.exists()


def test_accepting_puts_a_confirmed_event_on_the_agenda(client_as):
    client = client_as("protocol_officer")
    invitation, url = registered_invitation(client)
    response = client.post(url, {"decision": "ACEPTADA", "note": "Confirmado por teléfono"})
    assert response.status_code == 302
    invitation.refresh_from_db()
    event = invitation.event
    assert invitation.status == RequestStatus.ACCEPTED and invitation.answered_at
    assert event.status == EventStatus.CONFIRMADO and event.attendance == Attendance.MAYOR
    assert event.organiser_kind == "EXTERNA" and event.organiser_name == "Gobierno Regional de Prueba"


def test_delegating_names_the_representative_and_declining_later_cancels_the_event(client_as):
    deputy = PersonFactory(given_names="Ana", surnames="Quispe Rojas")
    client = client_as("protocol_officer")
    invitation, url = registered_invitation(client)
    missing = client.post(url, {"decision": "DELEGADA"})
    assert "Indique quién asistirá en representación del Alcalde." in missing.content.decode()
    client.post(url, {"decision": "DELEGADA", "delegate": deputy.pk, "delegate_role": "Teniente Alcaldesa"})
    invitation.refresh_from_db()
    assert invitation.event.representative == deputy
    assert "Ana Quispe Rojas, Teniente Alcaldesa, en representación del Alcalde" in invitation.event.attendance_label()
    client.post(url, {"decision": "DECLINADA", "note": "Agenda recargada"})
    invitation.refresh_from_db()
    assert invitation.status == RequestStatus.DECLINED
    assert Event.objects.get().status == EventStatus.CANCELADO


def test_accepting_a_clashing_invitation_warns_first(client_as):
    EventFactory(title="Sesión de concejo", starts_at=lima(2026, 12, 9, 10))
    client = client_as("protocol_officer")
    invitation, url = registered_invitation(client)
    warned = client.post(url, {"decision": "ACEPTADA"})
    assert "Sesión de concejo" in warned.content.decode()
    invitation.refresh_from_db()
    assert invitation.status == RequestStatus.PENDING and Event.objects.count() == 1
    client.post(url, {"decision": "ACEPTADA", "confirm_conflicts": "on"})
    assert Event.objects.count() == 2


def test_readers_see_but_cannot_answer_and_outsiders_see_nothing(client_as):
    _invitation, url = registered_invitation(client_as("protocol_officer"))
    mayor = client_as("mayor")
    assert "Guardar respuesta" not in mayor.get(url).content.decode()
    assert mayor.post(url, {"decision": "ACEPTADA"}).status_code == 404
    assert mayor.get(reverse("ceremonial:request_create")).status_code == 403
    assert client_as("outsider").get(url).status_code == 404
    assert client_as("outsider").get(reverse("ceremonial:requests")).status_code == 403


def test_request_list_paginates_without_a_query_per_row(client_as, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def add(n):
        AttendanceRequest.objects.create(
            inviting_name=f"Entidad {n}",
            received_on="2026-11-20",
            title=f"Acto {n}",
            starts_at=lima(2026, 12, 1 + n % 20, 9),
            ends_at=lima(2026, 12, 1 + n % 20, 10),
            place="X",
            delegate=PersonFactory(),
        )

    client = client_as("protocol_officer")
    add(0)
    with CaptureQueriesContext(connection) as one_row:
        client.get(reverse("ceremonial:requests"))
    for n in range(1, 30):
        add(n)
    with django_assert_max_num_queries(len(one_row.captured_queries)):
        html = client.get(reverse("ceremonial:requests")).content.decode()
    assert "Página 1 de 2" in html


def test_api_registers_and_answers_an_invitation(client_as):
    client = client_as("protocol_officer")
    created = client.post(
        "/api/v1/agenda/invitaciones/",
        {
            "inviting_name": "Universidad",
            "received_on": "2026-11-20",
            "title": "Graduación",
            "starts_at": "2026-12-12T18:00:00-05:00",
            "ends_at": "2026-12-12T20:00:00-05:00",
            "place": "Aula magna",
        },
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    answered = client.post(
        f"/api/v1/agenda/invitaciones/{pk}/respuesta/", {"decision": "ACEPTADA"}, content_type="application/json"
    )
    assert answered.status_code == 200 and answered.json()["status"] == "ACEPTADA"
    assert (
        client_as("mayor")
        .post(
            f"/api/v1/agenda/invitaciones/{pk}/respuesta/", {"decision": "DECLINADA"}, content_type="application/json"
        )
        .status_code
        == 404
    )
    assert client_as("outsider").get("/api/v1/agenda/invitaciones/").status_code == 403
