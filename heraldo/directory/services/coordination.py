"""The coordination log and its follow-up tasks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction

from heraldo.core.audit import audit_record
from heraldo.core.writes import AuditedWrite
from heraldo.directory.models import Coordination, Entity, Person
from heraldo.work.models import Task
from heraldo.work.services.tasks import task_create, task_set_status

COORDINATION_FIELDS = (
    "kind",
    "occurred_on",
    "subject",
    "summary",
    "other_participants",
    "reference",
    "document",
    "agreement_until",
)


def coordination_create(
    *, actor, entity: Entity, data: Mapping[str, Any], participants: Iterable[Person] = ()
) -> Coordination:
    with transaction.atomic():
        created_by = actor if actor and actor.is_authenticated else None
        write = AuditedWrite(Coordination(entity=entity, created_by=created_by), data=data, fields=COORDINATION_FIELDS)
        record = write.save()
        record.participants.set(list(participants))
        write.record(actor=actor, action="directory.coordination.created")
        write.record(actor=actor, action="directory.coordination.created", target=entity, target_label=str(record))
    return record


def coordination_update(
    *, actor, record: Coordination, data: Mapping[str, Any], participants: Iterable[Person]
) -> Coordination:
    """Correct a record of the log; what changed (participants included) goes to the audit trail."""
    # An empty file input keeps the document already attached.
    data = {name: value for name, value in data.items() if not (name == "document" and not value)}
    with transaction.atomic():
        write = AuditedWrite(record, data=data, fields=COORDINATION_FIELDS)
        record = write.save()
        write.set_many("participants", participants)
        write.record(actor=actor, action="directory.coordination.updated")
    return record


def followup_create(*, actor, coordination: Coordination, title: str, due_on, owner) -> Task:
    """A follow-up is an office task about the coordination: it shows in its owner's Mi trabajo and reminds."""
    with transaction.atomic():
        task = task_create(
            actor=actor,
            data={"title": title, "due_on": due_on, "owner": owner},
            origin=Task.Origin.FOLLOW_UP,
            subject=coordination,
        )
        audit_record(
            actor=actor,
            action="directory.task.created",
            target=coordination,
            target_label=title,
            changes={"responsable": [None, str(owner)], "vence": [None, due_on.strftime("%d/%m/%Y")]},
        )
    return task


def followup_complete(*, actor, task: Task) -> Task:
    if not task.is_open:
        return task
    with transaction.atomic():
        task = task_set_status(actor=actor, task=task, status=Task.Status.DONE)
        audit_record(actor=actor, action="directory.task.completed", target=task.subject, target_label=task.title)
    return task
