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


@pytest.fixture
def ceremony_at_the_door():
    """A solemn session of our municipality: the Mayor and two councillors invited, one guest without a cargo."""
    from heraldo.ceremonial.services.ceremony import guests_add
    from heraldo.ceremonial.tests.test_protocol import UBIGEO, holder
    from heraldo.directory.models import Entity

    ours = Entity.objects.create(
        name="Municipalidad Distrital de Santa Prueba",
        kind="MUNICIPALIDAD",
        level="DISTRITAL",
        ubigeo=UBIGEO,
        is_own_municipality=True,
    )
    people = [
        holder(ours, "ALCALDE_DISTRITAL", "Alcalde", "Alcalde", address="Señor Alcalde"),
        holder(ours, "REGIDOR_DISTRITAL", "Regidor", "Ana", order=1, sex="F"),
        holder(ours, "REGIDOR_DISTRITAL", "Regidor", "Bruno", order=2),
        PersonFactory(given_names="Zoila", surnames="Vecina"),
    ]
    event = EventFactory(title="Sesión solemne", event_type="SESION_SOLEMNE", starts_at=lima(2026, 12, 15, 10))
    guests_add(actor=None, event=event, persons=people)
    return event


def row_names(html: str) -> list[str]:
    return re.findall(r'<p class="fw-semibold mb-0">([^<]+)', html.split('id="sin-invitacion"')[0])


def test_check_in_shows_each_guests_seat_and_keeps_the_order_when_someone_arrives(client_as, ceremony_at_the_door):
    from heraldo.ceremonial.models import Guest

    event = ceremony_at_the_door
    client = client_as("protocol_officer")
    url = reverse("ceremonial:checkin", args=[event.pk])
    before = client.get(url).content.decode()
    assert "Mesa de honor · asiento" in before
    assert "Fila 1 · asiento 1 · lado izquierdo" in before  # the neighbour, in the reserved front row

    bruno = Guest.objects.get(event=event, person__given_names="Bruno")
    client.post(url, {"guest": bruno.pk, "arrived": "1"})
    after = client.get(url).content.decode()

    assert row_names(after) == row_names(before)
    assert "Llegaron 1 de 4" in after


def test_a_tap_sent_by_htmx_answers_with_the_row_and_the_new_count_only(client_as, ceremony_at_the_door):
    from heraldo.ceremonial.models import Guest

    event = ceremony_at_the_door
    ana = Guest.objects.get(event=event, person__given_names="Ana")
    response = client_as("protocol_officer").post(
        reverse("ceremonial:checkin", args=[event.pk]), {"guest": ana.pk, "arrived": "1"}, HTTP_HX_REQUEST="true"
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="list-group-item checkin-row checkin-arrived"') == 1
    assert f'id="invitado-{ana.pk}"' in html and "Mesa de honor · asiento" in html
    assert 'hx-swap-oob="true"' in html and "Llegaron 1 de 4" in html
    assert "<html" not in html


def test_a_walk_in_is_added_at_the_door_marked_arrived_and_audited(client_as, ceremony_at_the_door):
    from heraldo.ceremonial.models import Guest
    from heraldo.core.models import AuditEntry
    from heraldo.directory.models import Person

    event = ceremony_at_the_door
    client = client_as("protocol_officer")
    url = reverse("ceremonial:checkin_walk_in", args=[event.pk])

    refused = client.post(url, {"given_names": "Solo Nombre"}, follow=True)
    assert "Escriba los nombres y los apellidos de quien llegó." in refused.content.decode()
    assert not Guest.objects.filter(walked_in=True).exists()

    client.post(url, {"given_names": "Pedro", "surnames": "Quispe Mamani", "note": "Teniente gobernador"})
    guest = Guest.objects.get(event=event, person__surnames="Quispe Mamani")
    assert guest.walked_in and guest.checked_in_at is not None and guest.notes == "Teniente gobernador"
    assert guest.person.verified_at is None  # the Registro lists him to verify
    assert AuditEntry.objects.filter(action="ceremonial.guest.walked_in", target_id=str(event.pk)).exists()
    assert AuditEntry.objects.filter(action="directory.person.created", target_id=str(guest.person.pk)).exists()

    known = PersonFactory(given_names="Carmen", surnames="Registrada")
    page = client.get(reverse("ceremonial:checkin", args=[event.pk]), {"q": "registrada"}).content.decode()
    assert "Carmen Registrada" in page and "Añadir y marcar llegada" in page
    client.post(url, {"person": known.pk})
    assert Guest.objects.get(event=event, person=known).checked_in_at is not None
    assert Person.objects.filter(surnames="Registrada").count() == 1
    door = client.get(reverse("ceremonial:checkin", args=[event.pk])).content.decode()
    assert "Llegaron 2 de 6" in door and door.count("Sin invitación") == 2
