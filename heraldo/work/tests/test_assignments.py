"""The head of unit registers an encargo, a press officer fulfils it; the register and the gates."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from heraldo.core.models import AuditEntry, Notification
from heraldo.work.models import Assignment, NonWorkingDay, Task
from heraldo.work.services.assignments import assignments_overdue_escalate

pytestmark = pytest.mark.django_db

PLAIN_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

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


def register(client, **changes):
    return client.post(reverse("work:assignment_create"), {**MEMO, **changes})


def test_the_deadline_counts_working_days_across_the_december_holidays(
    client_as, persona, django_capture_on_commit_callbacks
):
    # Given the head of unit and a press officer; 8 and 9 December are national holidays
    officer = persona("press_officer")
    # When a memorandum from the Gerencia received on Friday 4/12 gets 5 working days
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client_as("head_of_unit"), owner=str(officer.pk))
    # Then it falls due on Tuesday 15/12 (7, 10, 11, 14, 15), is the officer's, and the officer is told
    assignment = Assignment.objects.get()
    assert response.status_code == 302
    assert assignment.task.due_on == date(2026, 12, 15)
    assert assignment.task.owner == officer
    assert assignment.task.origin == Task.Origin.ASSIGNMENT
    assert AuditEntry.objects.filter(action="work.assignment.registered").exists()
    assert Notification.objects.filter(recipient=officer, url=reverse("work:task_detail", args=[assignment.task_id]))


def test_a_decreed_day_off_moves_the_deadline(client_as):
    NonWorkingDay.objects.create(day=date(2026, 12, 14), kind=NonWorkingDay.Kind.DECREED, name="Día no laborable")
    register(client_as("head_of_unit"))
    assert Assignment.objects.get().task.due_on == date(2026, 12, 16)


def test_an_unassigned_encargo_waits_in_the_head_of_units_queue(client_as):
    client = client_as("head_of_unit")
    register(client)
    task = Task.objects.get()
    assert task.owner is None
    page = client.get(reverse("work:my_work")).content.decode()
    assert "Difundir la campaña de vacunación canina" in page
    client.post(reverse("work:task_take", args=[task.pk]))
    task.refresh_from_db()
    assert task.owner.username == "head_of_unit"


def test_bad_input_is_refused_with_the_field_named_and_nothing_stored(client_as):
    response = register(client_as("head_of_unit"), term_working_days="0", document_number="")
    assert response.status_code == 200
    form = response.context["form"]
    assert "term_working_days" in form.errors and "document_number" in form.errors
    assert not Assignment.objects.exists() and not Task.objects.exists()


def test_a_press_officer_cannot_register_encargos_but_reads_the_register(client_as):
    officer = client_as("press_officer")
    assert register(officer).status_code == 403
    assert officer.get(reverse("work:assignment_list")).status_code == 200


def test_the_officer_fulfils_with_evidence_and_reply_and_the_head_sees_it_closed(client_as, persona, tmp_path):
    officer = persona("press_officer")
    register(client_as("head_of_unit"), owner=str(officer.pk))
    assignment = Assignment.objects.get()
    client = client_as("press_officer")
    evidence = SimpleUploadedFile("evidencia.pdf", PLAIN_PDF, content_type="application/pdf")
    client.post(reverse("work:task_attach", args=[assignment.task_id]), {"title": "Nota publicada", "file": evidence})
    response = client.post(
        reverse("work:assignment_fulfil", args=[assignment.pk]),
        {"reply_number": "Informe N.° 045-2026-MDSC/UII", "reply_on": "2026-12-11"},
    )
    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.task.status == Task.Status.DONE
    assert assignment.task.attachments.count() == 1
    register_page = client_as("head_of_unit").get(reverse("work:assignment_list") + "?estado=cumplidos")
    assert "Difundir la campaña de vacunación canina" in register_page.content.decode()


def test_a_reply_before_the_receipt_is_refused(client_as, persona):
    officer = persona("press_officer")
    register(client_as("head_of_unit"), owner=str(officer.pk))
    assignment = Assignment.objects.get()
    client_as("press_officer").post(
        reverse("work:assignment_fulfil", args=[assignment.pk]),
        {"reply_number": "Informe 1", "reply_on": "2026-12-01"},
    )
    assignment.refresh_from_db()
    assert assignment.task.status == Task.Status.PENDING
    assert assignment.reply_number == ""


def test_an_overdue_encargo_escalates_to_the_head_of_unit_once(client_as, persona, django_capture_on_commit_callbacks):
    head = persona("head_of_unit")
    register(client_as("head_of_unit"), owner=str(persona("press_officer").pk))
    with django_capture_on_commit_callbacks(execute=True):
        assert assignments_overdue_escalate(today=date(2026, 12, 16)) == 1
        assert assignments_overdue_escalate(today=date(2026, 12, 17)) == 0
    assert Notification.objects.filter(recipient=head, level="urgent").count() == 1


def test_an_html_file_posing_as_evidence_is_refused(client_as, persona):
    officer = persona("press_officer")
    register(client_as("head_of_unit"), owner=str(officer.pk))
    task = Task.objects.get()
    page = SimpleUploadedFile(
        "evidencia.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf"
    )
    client_as("press_officer").post(reverse("work:task_attach", args=[task.pk]), {"title": "x", "file": page})
    assert task.attachments.count() == 0
