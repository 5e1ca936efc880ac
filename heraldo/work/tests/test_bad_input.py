"""Bad input refused with the field named, nothing changed; and what was typed survives an expired session."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from heraldo.ceremonial.models import EventStaff, StaffRole
from heraldo.ceremonial.tests.factories import EventFactory
from heraldo.core.writes import Refused
from heraldo.directory.models import Coordination, Entity
from heraldo.work.models import Assignment, Task
from heraldo.work.services.tasks import task_create

pytestmark = pytest.mark.django_db

MEMO = {
    "document_kind": "MEMORANDO",
    "document_number": "Memorando N.° 123-2026-MDSC/GM",
    "sender": "GERENCIA",
    "sender_unit": "",
    "subject": "Difundir la campaña de vacunación canina",
    "description": "",
    "received_on": "2026-12-04",
    "term_working_days": "5",
    "priority": "2",
}


def test_a_follow_up_given_to_someone_who_cannot_open_the_registro_is_refused_naming_the_owner(client_as, persona):
    # Given a coordination in the Registro and a designer, whose role does not read the Registro
    entity = Entity.objects.create(name="Comisaría PNP", kind="COMISARIA", level="DISTRITAL")
    record = Coordination.objects.create(
        entity=entity, kind="OFICIO_ENVIADO", occurred_on=date(2026, 12, 1), subject="x"
    )
    designer = persona("designer")
    # When the protocol officer gives her a follow-up through the API
    response = client_as("protocol_officer").post(
        "/api/v1/registro/tareas/",
        {"coordination": record.pk, "title": "Confirmar efectivos", "due_on": "2026-12-10", "owner": designer.pk},
        content_type="application/json",
    )
    # Then it is refused on the owner field and no task exists
    assert response.status_code == 400, response.content
    assert "owner" in response.json() and "Designer" in str(response.json()["owner"])
    assert not Task.objects.exists()
    # while a monitoring analyst, who reads the Registro, may take it
    ok = client_as("protocol_officer").post(
        "/api/v1/registro/tareas/",
        {"coordination": record.pk, "title": "Confirmar", "due_on": "2026-12-10", "owner": persona("media_analyst").pk},
        content_type="application/json",
    )
    assert ok.status_code == 201, ok.content


def test_work_about_an_act_goes_only_to_readers_of_the_agenda_or_its_staff(persona):
    act = EventFactory(title="Izamiento")
    designer = persona("designer")
    with pytest.raises(Refused) as refused:
        task_create(
            actor=persona("head_of_unit"),
            data={"title": "Arte", "owner": designer, "due_on": date(2026, 12, 10)},
            subject=act,
        )
    assert refused.value.field == "owner"
    EventStaff.objects.create(event=act, user=designer, role=StaffRole.PHOTO)
    task = task_create(
        actor=persona("head_of_unit"),
        data={"title": "Arte", "owner": designer, "due_on": date(2026, 12, 10)},
        subject=act,
    )
    assert task.owner == designer


def test_a_deadline_before_the_reception_is_refused_on_the_page_and_in_the_api(client_as):
    client = client_as("head_of_unit")
    page = client.post(reverse("work:assignment_create"), MEMO | {"due_on": "2026-12-01"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "El plazo no puede vencer antes de la recepción del encargo." in html and 'id="id_due_on"' in html
    api = client.post(
        "/api/v1/trabajo/encargos/",
        {
            "document_kind": "OFICIO",
            "document_number": "Oficio 9",
            "sender": "ALCALDIA",
            "received_on": "2026-12-04",
            "term_working_days": 3,
            "subject": "Informe",
            "due_on": "2026-12-02",
        },
        content_type="application/json",
    )
    assert api.status_code == 400 and "due_on" in api.json(), api.content
    assert not Assignment.objects.exists() and not Task.objects.exists()
    # a date the document sets, after the reception, replaces the count of working days
    client.post(reverse("work:assignment_create"), MEMO | {"due_on": "2026-12-18"})
    assert Assignment.objects.get().task.due_on == date(2026, 12, 18)


def test_a_reception_date_in_the_future_is_refused(client_as):
    page = client_as("head_of_unit").post(reverse("work:assignment_create"), MEMO | {"received_on": "2099-01-05"})
    assert "La fecha de recepción no puede ser posterior a hoy." in page.content.decode()
    assert not Assignment.objects.exists()


def test_a_task_typed_while_the_session_expired_is_there_after_signing_in_again(persona):
    # Given a press officer whose session expired while she typed a new task
    officer = persona("press_officer")
    client = Client()
    typed = {"title": "Nota sobre la feria del libro", "description": "Con fotos del alcalde", "due_on": "2026-12-18"}
    response = client.post(reverse("work:task_create"), typed | {"owner": officer.pk, "priority": "3"})
    # Then she is sent to sign in, back to the same page, and nothing was saved yet
    assert response.status_code == 302 and "next=/tareas/nueva/" in response["Location"]
    assert not Task.objects.exists()
    # When she signs in and the page opens again
    client.force_login(officer, backend="heraldo.core.access.CachedPermissionsBackend")
    html = client.get(reverse("work:task_create")).content.decode()
    # Then what she typed is in the form, once
    assert 'value="Nota sobre la feria del libro"' in html and "Con fotos del alcalde" in html
    assert "Recuperamos lo que escribió" in html
    assert 'value="Nota sobre la feria del libro"' not in client.get(reverse("work:task_create")).content.decode()


def test_an_encargo_typed_while_the_session_expired_survives_and_asks_for_the_scan_again(persona):
    head = persona("head_of_unit")
    client = Client()
    from django.core.files.uploadedfile import SimpleUploadedFile

    scan = SimpleUploadedFile("memo.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    client.post(reverse("work:assignment_create"), MEMO | {"scan": scan})
    client.force_login(head, backend="heraldo.core.access.CachedPermissionsBackend")
    html = client.get(reverse("work:assignment_create")).content.decode()
    assert "Memorando N.° 123-2026-MDSC/GM" in html and "Difundir la campaña de vacunación canina" in html
    assert "Vuelva a adjuntar el archivo" in html
    # another page does not receive it
    assert not Assignment.objects.exists()
