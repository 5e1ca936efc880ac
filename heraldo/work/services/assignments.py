"""Encargos: registering the document that brings the work, assigning it, and answering it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from heraldo.core.audit import audit_record
from heraldo.core.dates import shown_date
from heraldo.core.models import User
from heraldo.core.permissions import users_with_capability
from heraldo.core.writes import AuditedWrite, Refused, StateConflict
from heraldo.work.calendar import is_working_day
from heraldo.work.models import Assignment, Task
from heraldo.work.services.calendar import days_off_between, deadline_for
from heraldo.work.services.tasks import task_create, task_set_status, task_update

ASSIGNMENT_FIELDS = (
    "document_kind",
    "document_number",
    "sender",
    "sender_unit",
    "received_on",
    "term_working_days",
    "scan",
)


def assignment_register(
    *,
    actor,
    data: Mapping[str, Any],
    owner: User | None,
    priority: int = Task.Priority.NORMAL,
    due_on: date | None = None,
) -> Assignment:
    """Record the document as it arrives; its task falls due on the last working day of the term,
    or on the date the document itself sets (`due_on`), which cannot come before its reception."""
    from django.utils import timezone

    received_on: date = data["received_on"]
    if received_on > timezone.localdate():
        raise Refused(_("La fecha de recepción no puede ser posterior a hoy."), field="received_on")
    _refuse_due_before_received(due_on, received_on)
    due_on = due_on or deadline_for(received_on, data["term_working_days"])
    with transaction.atomic():
        task = task_create(
            actor=actor,
            data={
                "title": data["subject"],
                "description": data.get("description", ""),
                "owner": owner,
                "queue_role": "" if owner else _head_of_unit_queue(),
                "due_on": due_on,
                "priority": priority,
            },
            origin=Task.Origin.ASSIGNMENT,
        )
        write = AuditedWrite(Assignment(created_by=actor, task=task), data=data, fields=ASSIGNMENT_FIELDS)
        assignment = write.save()
        write.record(actor=actor, action="work.assignment.registered")
    return assignment


def _refuse_due_before_received(due_on: date | None, received_on: date) -> None:
    if due_on is not None and due_on < received_on:
        raise Refused(
            _("El plazo no puede vencer antes de la recepción del encargo (%(day)s).")
            % {"day": shown_date(received_on)},
            field="due_on",
        )


def _head_of_unit_queue() -> str:
    from heraldo.core.roles import HEAD_OF_UNIT

    return HEAD_OF_UNIT


def assignment_assign(*, actor, assignment: Assignment, owner: User, due_on: date | None = None) -> Assignment:
    task = assignment.task
    if not task.is_open:
        raise StateConflict(_("El encargo ya está cerrado."), field="owner")
    data: dict[str, Any] = {"owner": owner, "queue_role": ""}
    _refuse_due_before_received(due_on, assignment.received_on)
    if due_on is not None:
        data["due_on"] = due_on
    task_update(actor=actor, task=task, data=data, collaborators=task.collaborators.all())
    return assignment


def assignment_fulfil(*, actor, assignment: Assignment, reply_number: str, reply_on: date) -> Assignment:
    """Close the encargo with the document that answered it."""
    if reply_on < assignment.received_on:
        raise Refused(_("La respuesta no puede ser anterior a la recepción del encargo."), field="reply_on")
    with transaction.atomic():
        write = AuditedWrite(
            assignment, data={"reply_number": reply_number, "reply_on": reply_on}, fields=("reply_number", "reply_on")
        )
        assignment = write.save()
        write.record(actor=actor, action="work.assignment.fulfilled")
        assignment.task = task_set_status(actor=actor, task=assignment.task, status=Task.Status.DONE)
    return assignment


def deadline_refusal(*, due_on: date, confirmed: bool) -> Refused | None:
    """A deadline set by hand on a day the office does not work needs a confirmation."""
    if confirmed or is_working_day(due_on, days_off_between(due_on, due_on)):
        return None
    return Refused(
        _("El %(day)s no es día hábil. Marque la confirmación si el plazo vence ese día de todos modos.")
        % {"day": due_on.strftime("%d/%m/%Y")},
        field="due_on",
    )


def assignments_overdue_escalate(*, today: date | None = None) -> int:
    """Tell the head of unit, once, of every encargo past its deadline; returns how many."""
    from django.utils import timezone

    today = today or timezone.localdate()
    from heraldo.core.notifications import notice_key, notify
    from heraldo.work.services.tasks import TASK_ACTION, task_url

    overdue = list(
        Assignment.objects.select_related("task")
        .filter(task__status__in=Task.OPEN_STATUSES, task__due_on__lt=today, escalated_on__isnull=True)
        .order_by("task__due_on")
    )
    if not overdue:
        return 0
    heads = list(users_with_capability("manage_assignments"))
    for assignment in overdue:
        with transaction.atomic():
            notify(
                users=heads,
                title=gettext_noop("Encargo vencido: %(number)s"),
                title_params={"number": assignment.document_number},
                body=gettext_noop("%(subject)s · venció el %(day)s · responsable: %(owner)s"),
                body_params={
                    "subject": assignment.task.title,
                    "day": shown_date(assignment.task.due_on),
                    "owner": str(assignment.task.owner or "—"),
                },
                url=task_url(assignment.task),
                level="urgent",
                # Resolved for the heads of unit too once the encargo is fulfilled or cancelled.
                action=notice_key(TASK_ACTION, assignment.task_id),
            )
            Assignment.objects.filter(pk=assignment.pk).update(escalated_on=today)
            audit_record(actor=None, action="work.assignment.escalated", target=assignment)
    return len(overdue)
