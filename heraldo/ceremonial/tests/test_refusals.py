"""A service's refusal, mapped once: on the page's form, and as 400/409 with the field in the API."""

import pytest
from django.urls import reverse

from heraldo.ceremonial.models import EventStatus, PrecedenceTableRow
from heraldo.ceremonial.tests.factories import COUNCILLOR_ROW_VERSION_2027, EventFactory
from heraldo.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_a_refused_table_version_shows_the_spanish_reason_on_its_field_and_changes_nothing(client_as):
    # given a version of the councillors' row valid from 2027
    head = client_as("head_of_unit")
    url = reverse("ceremonial:precedence_row_new")
    assert head.post(url, COUNCILLOR_ROW_VERSION_2027).status_code == 302
    rows_before = list(PrecedenceTableRow.objects.values_list("pk", "valid_from", "valid_to"))
    audited_before = AuditEntry.objects.count()
    # when the head of unit adds another one that starts before it
    response = head.post(url, COUNCILLOR_ROW_VERSION_2027 | {"valid_from": "2026-06-01"})
    # then the form comes back with the reason under "valid from", and nothing was written
    assert response.status_code == 200
    assert response.context["form"].errors["valid_from"] == [
        "La nueva versión debe empezar después del 01/01/2027, inicio de la vigente."
    ]
    assert list(PrecedenceTableRow.objects.values_list("pk", "valid_from", "valid_to")) == rows_before
    assert AuditEntry.objects.count() == audited_before


def test_the_api_answers_400_with_the_field_when_the_service_refuses_the_input(client_as):
    event = EventFactory(status=EventStatus.SOLICITADO)
    response = client_as("protocol_officer").post(
        f"/api/v1/agenda/actividades/{event.pk}/estado/", {"status": "INVENTADO"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json() == {"status": ["Estado desconocido."]}
    event.refresh_from_db()
    assert event.status == EventStatus.SOLICITADO


def test_the_api_answers_409_when_the_change_clashes_with_the_current_state(client_as):
    # given an event still only requested
    event = EventFactory(status=EventStatus.SOLICITADO)
    # when someone marks it as held
    response = client_as("protocol_officer").post(
        f"/api/v1/agenda/actividades/{event.pk}/estado/", {"status": "REALIZADO"}, content_type="application/json"
    )
    # then the API answers 409 with the Spanish reason, and neither the event nor the trail changes
    assert response.status_code == 409
    assert "no puede pasar a" in response.json()["detail"]
    event.refresh_from_db()
    assert event.status == EventStatus.SOLICITADO
    assert not AuditEntry.objects.filter(action="ceremonial.event.status_changed").exists()
