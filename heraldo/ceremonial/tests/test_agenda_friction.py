"""What slowed the protocol office down in the agenda: a weekly clash listed fifty times, pickers that
offered every account (and the Mayor as his own representative)."""

import re

import pytest
from django.urls import reverse

from heraldo.ceremonial.models import Event
from heraldo.ceremonial.tests.factories import EventFactory, PersonFactory, lima
from heraldo.ceremonial.tests.test_events import form_data

pytestmark = pytest.mark.django_db


def test_a_weekly_event_clashing_with_a_weekly_series_shows_one_line_for_the_series(client_as):
    EventFactory(
        title="Izamiento del Pabellón", starts_at=lima(2026, 12, 6, 8), place="Plaza de Armas", rrule="FREQ=WEEKLY"
    )
    EventFactory(title="Desayuno con la prensa", starts_at=lima(2026, 12, 13, 8, 15), place="Despacho")

    response = client_as("protocol_officer").post(
        reverse("ceremonial:event_create"), form_data(title="Ensayo de la banda", repeat="weekly")
    )

    html = response.content.decode().split('data-testid="conflicts"')[1].split("</ul>")[0]
    lines = re.findall(r'data-testid="conflict-series"', html)
    assert len(lines) == 2  # the series once, the single breakfast once
    assert html.count("Izamiento del Pabellón") == 1
    assert "fechas entre el 06/12/2026 y el" in html
    assert "Desayuno con la prensa" in html and "13/12/2026 08:15" in html
    assert Event.objects.count() == 2


def test_the_staff_pickers_offer_only_the_units_staff(client_as, persona):
    persona("press_officer")
    persona("designer")
    persona("requester")  # a requesting unit's clerk
    persona("mayor")
    persona("system_admin")

    page = client_as("protocol_officer").get(reverse("ceremonial:event_create")).content.decode()
    staff_box = page.split("Personal asignado")[1].split("</fieldset>")[0]

    assert "Press Officer" in staff_box and "Designer" in staff_box and "Protocol Officer" in staff_box
    assert "Requester" not in staff_box and "Mayor" not in staff_box and "System Admin" not in staff_box


def test_the_mayor_is_never_offered_as_his_own_representative(client_as):
    from datetime import date

    from heraldo.directory.models import Entity, Position, Term

    ours = Entity.objects.create(
        name="Municipalidad Distrital de Prueba", kind="MUNICIPALIDAD", level="DISTRITAL", is_own_municipality=True
    )
    mayor = PersonFactory(given_names="Jorge", surnames="Alcalde Prueba")
    regidora = PersonFactory(given_names="Ana", surnames="Regidora Prueba")
    for person, code in ((mayor, "ALCALDE_DISTRITAL"), (regidora, "REGIDOR_DISTRITAL")):
        position = Position.objects.create(entity=ours, title=code.title(), office_code=code)
        Term.objects.create(position=position, person=person, starts_on=date(2023, 1, 1))
    client = client_as("protocol_officer")

    form_page = client.get(reverse("ceremonial:event_create")).content.decode()
    assert "Ana Regidora Prueba" in form_page and "Jorge Alcalde Prueba" not in form_page
    refused = client.post(
        reverse("ceremonial:event_create"), form_data(attendance="REPRESENTANTE", representative=mayor.pk)
    )
    assert "Escoja una opción válida" in refused.content.decode() and not Event.objects.exists()
