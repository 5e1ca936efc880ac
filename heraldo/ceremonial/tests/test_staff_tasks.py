"""Staff assigned to an act get a task, are told, can open the act whatever their role, and only that act."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from heraldo.ceremonial.models import StaffRole
from heraldo.ceremonial.services.events import event_update
from heraldo.ceremonial.tests.factories import EventFactory, lima
from heraldo.core.models import Notification
from heraldo.work.models import Task

pytestmark = pytest.mark.django_db


def staff_event(actor, event, staff):
    return event_update(actor=actor, event=event, data={}, staff=staff, allow_conflicts=True)


def test_a_designer_assigned_to_the_flag_raising_is_told_and_opens_it(
    client_as, persona, django_capture_on_commit_callbacks
):
    designer = persona("designer")
    event = EventFactory(title="Izamiento dominical", starts_at=lima(2026, 12, 13, 8))
    other = EventFactory(title="Sesión de concejo")
    with django_capture_on_commit_callbacks(execute=True):
        staff_event(persona("protocol_officer"), event, {StaffRole.PHOTO: [designer]})
    task = Task.objects.get(owner=designer)
    assert (task.origin, task.due_on.isoformat(), task.due_time.strftime("%H:%M")) == ("ACTO", "2026-12-13", "08:00")
    assert Notification.objects.filter(recipient=designer, url=reverse("work:task_detail", args=[task.pk])).exists()
    client = client_as("designer")
    page = client.get(reverse("ceremonial:event_detail", args=[event.pk]))
    assert page.status_code == 200 and 'data-testid="staff-only"' in page.content.decode()
    assert client.get(reverse("ceremonial:event_detail", args=[other.pk])).status_code == 404
    assert client.get(reverse("ceremonial:guests", args=[event.pk])).status_code in (403, 404)
    task_page = client.get(reverse("work:task_detail", args=[task.pk])).content.decode()
    assert reverse("ceremonial:event_detail", args=[event.pk]) in task_page


def test_taken_off_the_act_the_task_is_cancelled_and_a_new_date_moves_it(persona):
    protocol = persona("protocol_officer")
    press, designer = persona("press_officer"), persona("designer")
    event = EventFactory(starts_at=lima(2026, 12, 13, 8))
    staff_event(protocol, event, {StaffRole.PRESS: [press], StaffRole.PHOTO: [designer]})
    staff_event(protocol, event, {StaffRole.PRESS: [press]})
    assert Task.objects.get(owner=designer).status == Task.Status.CANCELLED
    # the designer's "Le asignaron" is settled (the press officer's still asks)
    assert Notification.objects.get(recipient=designer).shown_resolution == "Tarea anulada"
    assert Notification.objects.get(recipient=press).resolved_at is None
    new_start = lima(2026, 12, 20, 9)
    event_update(
        actor=protocol,
        event=event,
        data={"starts_at": new_start, "ends_at": new_start + timedelta(hours=1)},
        staff={StaffRole.PRESS: [press]},
        allow_conflicts=True,
    )
    assert Task.objects.get(owner=press).due_on.isoformat() == "2026-12-20"
    assert Task.objects.filter(owner=press).count() == 1
