"""Tasks: who may open them, Mi trabajo's grouping, one-click done with undo, comments that mention."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from heraldo.core.models import Notification
from heraldo.work.models import Task
from heraldo.work.selectors import my_work
from heraldo.work.services.tasks import task_set_status
from heraldo.work.tests.factories import TaskFactory

pytestmark = pytest.mark.django_db


def test_a_designer_opens_the_task_she_was_given_and_nobody_elses(client_as, persona):
    designer = persona("designer")
    hers = TaskFactory(owner=designer, title="Arte para el izamiento")
    other = TaskFactory(owner=persona("press_officer"), title="Nota del izamiento")
    client = client_as("designer")
    assert client.get(reverse("work:task_detail", args=[hers.pk])).status_code == 200
    assert client.get(reverse("work:task_detail", args=[other.pk])).status_code == 404
    assert client_as("outsider").get(reverse("work:task_detail", args=[hers.pk])).status_code == 404
    assert client_as("head_of_unit").get(reverse("work:task_detail", args=[other.pk])).status_code == 200


def test_my_work_groups_by_due_date(persona):
    officer = persona("press_officer")
    today = date(2026, 12, 9)  # a Wednesday
    TaskFactory(owner=officer, title="vencida", due_on=today - timedelta(days=1))
    TaskFactory(owner=officer, title="hoy", due_on=today)
    TaskFactory(owner=officer, title="semana", due_on=date(2026, 12, 13))
    TaskFactory(owner=officer, title="despues", due_on=date(2026, 12, 14))
    TaskFactory(owner=officer, title="cumplida", due_on=today, status=Task.Status.DONE)
    groups = {group.key: [task.title for task in group.tasks] for group in my_work(officer, today=today)}
    assert groups == {"overdue": ["vencida"], "today": ["hoy"], "week": ["semana"], "later": ["despues"]}


def test_done_in_one_click_and_undone(client_as, persona):
    officer = persona("press_officer")
    task = TaskFactory(owner=officer, due_on=timezone.localdate())
    client = client_as("press_officer")
    client.post(reverse("work:task_status", args=[task.pk]), {"status": "CUMPLIDA", "next": reverse("work:my_work")})
    task.refresh_from_db()
    assert task.status == Task.Status.DONE and task.completed_by == officer
    page = client.get(reverse("work:my_work")).content.decode()
    assert 'data-testid="undo"' in page
    client.post(reverse("work:task_status", args=[task.pk]), {"status": "PENDIENTE"})
    task.refresh_from_db()
    assert task.status == Task.Status.PENDING and task.completed_at is None
    assert 'data-testid="undo"' not in client.get(reverse("work:my_work")).content.decode()


def test_a_finished_task_cannot_jump_to_review(persona):
    from heraldo.core.writes import StateConflict

    task = TaskFactory(owner=persona("press_officer"), status=Task.Status.DONE)
    with pytest.raises(StateConflict):
        task_set_status(actor=persona("press_officer"), task=task, status=Task.Status.IN_REVIEW)


def test_a_mention_tells_a_colleague_who_can_open_the_task(client_as, persona, django_capture_on_commit_callbacks):
    officer = persona("press_officer")
    designer = persona("designer")
    task = TaskFactory(owner=officer, title="Afiche de la feria")
    task.collaborators.add(designer)
    outsider = persona("media_analyst")
    with django_capture_on_commit_callbacks(execute=True):
        client_as("press_officer").post(
            reverse("work:task_comment", args=[task.pk]), {"body": "@designer revisa el logo, y @media_analyst también"}
        )
    assert Notification.objects.filter(recipient=designer).exists()
    # The analyst cannot open the task, so a mention does not leak it.
    assert not Notification.objects.filter(recipient=outsider).exists()


def test_staff_create_tasks_for_themselves_only(client_as, persona):
    officer = persona("press_officer")
    designer = persona("designer")
    client = client_as("press_officer")
    data = {"title": "Preparar nota", "due_on": "2026-12-10", "priority": "2", "owner": str(designer.pk)}
    response = client.post(reverse("work:task_create"), data)
    assert response.status_code == 200 and not Task.objects.exists()
    client.post(reverse("work:task_create"), {**data, "owner": str(officer.pk)})
    assert Task.objects.get().owner == officer


def test_a_due_date_on_a_holiday_needs_confirmation(client_as, persona):
    head = persona("head_of_unit")
    client = client_as("head_of_unit")
    data = {"title": "Saludo navideño", "due_on": "2026-12-25", "priority": "2", "owner": str(head.pk)}
    response = client.post(reverse("work:task_create"), data)
    assert "due_on" in response.context["form"].errors
    client.post(reverse("work:task_create"), {**data, "confirm_non_working_day": "on"})
    assert Task.objects.get().due_on == date(2026, 12, 25)
