"""The coordination log per entity: meetings, letters, calls, agreements, follow-up tasks, timeline."""

import io
from datetime import date, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from heraldo.core.models import AuditEntry, Notification
from heraldo.directory.models import Coordination
from heraldo.directory.tests.factories import EntityFactory, TermFactory
from heraldo.work.models import Task


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10), "red").save(buffer, "PNG")
    return buffer.getvalue()


def test_officer_logs_a_meeting_with_participants_and_a_document(client_as):
    term = TermFactory()
    entity = term.position.entity
    client = client_as("protocol_officer")
    response = client.post(
        reverse("directory:coordination_create", args=[entity.pk]),
        {
            "kind": "REUNION",
            "occurred_on": "2026-03-10",
            "subject": "Desfile del aniversario",
            "summary": "Se acordó la ruta.",
            "participants": [term.person.pk],
            "reference": "",
            "document": SimpleUploadedFile("acta.png", png(), content_type="image/png"),
        },
    )
    record = Coordination.objects.get()
    assert response.status_code == 302
    assert list(record.participants.all()) == [term.person]
    assert record.document.name.endswith(".png") and "acta" not in record.document.name
    assert AuditEntry.objects.filter(action="directory.coordination.created", target_id=str(entity.pk)).exists()
    timeline = client.get(reverse("directory:entity_timeline", args=[entity.pk])).content.decode()
    assert "Desfile del aniversario" in timeline


def test_bad_coordination_input_is_refused_in_spanish(client_as):
    entity = EntityFactory()
    response = client_as("protocol_officer").post(
        reverse("directory:coordination_create", args=[entity.pk]),
        {
            "kind": "LLAMADA",
            "occurred_on": "2026-03-10",
            "subject": "Llamada",
            "agreement_until": "2026-01-01",
            "document": SimpleUploadedFile("x.pdf", b"MZ not a pdf", content_type="application/pdf"),
        },
    )
    html = response.content.decode()
    assert "La vigencia solo se indica para convenios." in html
    assert not Coordination.objects.exists()


def test_follow_up_task_notifies_its_owner_shows_on_hoy_and_is_closed(
    client_as, persona, django_capture_on_commit_callbacks
):
    entity = EntityFactory(name="Comisaría PNP")
    record = Coordination.objects.create(
        entity=entity, kind="OFICIO_ENVIADO", occurred_on=date(2026, 3, 1), subject="Apoyo de seguridad"
    )
    owner = persona("press_officer")
    client = client_as("protocol_officer")
    due = timezone.localdate() - timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("directory:coordination_detail", args=[record.pk]),
            {"title": "Confirmar efectivos", "due_on": due.isoformat(), "owner": owner.pk},
        )
    task = Task.objects.get(origin="SEGUIMIENTO")
    assert task.owner == owner
    assert Notification.objects.get(recipient=owner).shown_title == "Le asignaron: Confirmar efectivos"
    owner_client = client_as("press_officer")
    assert "Confirmar efectivos" in owner_client.get(reverse("core:today")).content.decode()
    assert "Confirmar efectivos" in owner_client.get(reverse("work:my_work")).content.decode()
    owner_client.post(reverse("directory:followup_done", args=[task.pk]))
    task.refresh_from_db()
    assert task.completed_at is not None and task.completed_by == owner
    assert "Confirmar efectivos" not in owner_client.get(reverse("work:my_work")).content.decode()
    # and the notice that asked for it is done, so the bell no longer counts it
    notice = Notification.objects.get(recipient=owner)
    assert notice.resolved_by == owner and notice.shown_resolution == "Tarea cumplida"


def test_task_owner_must_be_someone_who_manages_the_registry(client_as, persona):
    record = Coordination.objects.create(
        entity=EntityFactory(), kind="LLAMADA", occurred_on=date(2026, 3, 1), subject="x"
    )
    response = client_as("protocol_officer").post(
        reverse("directory:coordination_detail", args=[record.pk]),
        {"title": "t", "due_on": "2026-04-01", "owner": persona("designer").pk},
    )
    assert "Escoja una opción válida" in response.content.decode()
    assert not Task.objects.filter(origin="SEGUIMIENTO").exists()


def test_readers_see_the_timeline_but_cannot_write(client_as):
    entity = EntityFactory()
    record = Coordination.objects.create(entity=entity, kind="LLAMADA", occurred_on=date(2026, 3, 1), subject="x")
    analyst = client_as("media_analyst")
    assert analyst.get(reverse("directory:entity_timeline", args=[entity.pk])).status_code == 200
    assert analyst.get(reverse("directory:coordination_create", args=[entity.pk])).status_code == 404
    assert analyst.post(reverse("directory:coordination_detail", args=[record.pk]), {"title": "t"}).status_code == 404
    assert client_as("mayor").get(reverse("directory:entity_timeline", args=[entity.pk])).status_code == 403


def test_a_record_is_corrected_keeping_its_document_and_a_former_participant(client_as):
    # given a meeting logged with a councillor whose term has since ended, and its act attached
    term = TermFactory()
    entity = term.position.entity
    client = client_as("protocol_officer")
    client.post(
        reverse("directory:coordination_create", args=[entity.pk]),
        {
            "kind": "REUNION",
            "occurred_on": "2026-03-10",
            "subject": "Desfile",
            "participants": [term.person.pk],
            "document": SimpleUploadedFile("acta.png", png(), content_type="image/png"),
        },
    )
    record = Coordination.objects.get()
    document = record.document.name
    term.ends_on = date(2026, 6, 30)
    term.save()
    # when the officer corrects the subject and the date
    url = reverse("directory:coordination_edit", args=[record.pk])
    form = client.get(url).content.decode()
    assert "Desfile" in form and f'value="{term.person.pk}"' in form and "checked" in form
    response = client.post(
        url,
        {
            "kind": "REUNION",
            "occurred_on": "2026-03-11",
            "subject": "Desfile del aniversario",
            "participants": [term.person.pk],
        },
    )
    # then the record changes, the document and the participant stay, and the audit says what changed
    assert response.status_code == 302
    record.refresh_from_db()
    assert (record.subject, record.occurred_on, record.document.name) == (
        "Desfile del aniversario",
        date(2026, 3, 11),
        document,
    )
    assert list(record.participants.all()) == [term.person]
    entry = AuditEntry.objects.get(action="directory.coordination.updated")
    assert entry.changes["subject"] == ["Desfile", "Desfile del aniversario"]
    assert set(entry.changes) == {"subject", "occurred_on"}
    # readers cannot correct
    assert client_as("media_analyst").get(url).status_code in (403, 404)
