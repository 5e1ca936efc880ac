"""A task's notices ask their people to do it: done, cancelled or taken from someone, the bell follows."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from conftest import make_user
from heraldo.core import roles
from heraldo.core.models import Notification
from heraldo.core.notifications import pending_notifications
from heraldo.work.models import Assignment, Task
from heraldo.work.services.assignments import assignments_overdue_escalate
from heraldo.work.services.tasks import task_create, task_set_status, task_update

pytestmark = pytest.mark.django_db


def new_task(actor, owner, collaborators=()):
    return task_create(
        actor=actor,
        data={"title": "Cubrir la feria de salud", "owner": owner, "due_on": date(2026, 12, 10)},
        collaborators=collaborators,
    )


def pending(*people) -> list[int]:
    return [pending_notifications(person).count() for person in people]


def test_done_by_the_owner_resolves_it_for_the_collaborators_too_and_undo_asks_again(persona, client_as):
    head, officer, designer = persona("head_of_unit"), persona("press_officer"), persona("designer")
    task = new_task(head, officer, collaborators=[designer])
    assert pending(officer, designer) == [1, 1]
    # when the officer marks it done from Mi trabajo
    client_as("press_officer").post(reverse("work:task_status", args=[task.pk]), {"status": Task.Status.DONE})
    # then neither bell counts it; the notice says who did it
    assert pending(officer, designer) == [0, 0]
    notice = Notification.objects.get(recipient=designer)
    assert notice.resolved_by == officer and notice.shown_resolution == "Tarea cumplida"
    # and undoing it asks again
    client_as("press_officer").post(reverse("work:task_status", args=[task.pk]), {"status": Task.Status.PENDING})
    assert pending(officer, designer) == [1, 1]


def test_a_cancelled_task_is_resolved_for_everyone(persona):
    head, officer = persona("head_of_unit"), persona("press_officer")
    task = new_task(head, officer)
    task_set_status(actor=head, task=task, status=Task.Status.CANCELLED)
    assert pending(officer) == [0]
    assert Notification.objects.get(recipient=officer).shown_resolution == "Tarea anulada"


def test_reassigned_the_old_owner_has_nothing_left_to_do_and_the_new_one_is_asked(persona):
    head, officer, designer = persona("head_of_unit"), persona("press_officer"), persona("designer")
    colleague = make_user("prensa2", roles.PRESS)
    task = new_task(head, officer, collaborators=[designer])
    task_update(actor=head, task=task, data={"owner": colleague}, collaborators=[designer])
    assert pending(officer, designer, colleague) == [0, 1, 1]
    assert Notification.objects.get(recipient=officer).shown_resolution == "Tarea reasignada a otra persona"


def test_an_escalated_encargo_leaves_the_heads_bell_once_it_is_fulfilled(client_as, persona):
    head, officer = persona("head_of_unit"), persona("press_officer")
    second_head = make_user("jefa2", roles.HEAD_OF_UNIT)
    client_as("head_of_unit").post(
        reverse("work:assignment_create"),
        {
            "document_kind": "MEMORANDO",
            "document_number": "Memorando N.° 123-2026-MDSC/GM",
            "sender": "GERENCIA",
            "sender_unit": "",
            "subject": "Difundir la campaña de vacunación canina",
            "description": "",
            "received_on": "2026-12-04",
            "term_working_days": "5",
            "priority": "2",
            "owner": str(officer.pk),
        },
    )
    assignment = Assignment.objects.get()
    assert assignments_overdue_escalate(today=date(2026, 12, 16)) == 1
    assert pending(head, second_head, officer) == [1, 1, 1]
    # when the officer fulfils it with the reply document
    client_as("press_officer").post(
        reverse("work:assignment_fulfil", args=[assignment.pk]),
        {"reply_number": "Informe N.° 45-2026-UII", "reply_on": "2026-12-17"},
    )
    # then the escalation leaves both heads' bells, and the officer's notice is done too
    assert pending(head, second_head, officer) == [0, 0, 0]
