"""The coordination log and its follow-up tasks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from heraldo.core.audit import audit_record
from heraldo.core.dates import shown_date
from heraldo.core.notifications import notify
from heraldo.core.writes import AuditedWrite
from heraldo.directory.models import Coordination, Entity, FollowUpTask, Person

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


def followup_create(*, actor, coordination: Coordination, title: str, due_on, owner) -> FollowUpTask:
    with transaction.atomic():
        task = FollowUpTask.objects.create(coordination=coordination, title=title, due_on=due_on, owner=owner)
        audit_record(
            actor=actor,
            action="directory.task.created",
            target=coordination,
            target_label=title,
            changes={"responsable": [None, str(owner)], "vence": [None, due_on.strftime("%d/%m/%Y")]},
        )
        if owner != actor:
            from django.urls import reverse

            url = reverse("directory:coordination_detail", args=[coordination.pk])
            notify(
                users=[owner],
                title=gettext_noop("Tarea de seguimiento: %(title)s"),
                title_params={"title": title[:150]},
                body=gettext_noop("%(entity)s · vence el %(day)s"),
                body_params={"entity": coordination.entity.name, "day": shown_date(due_on)},
                url=url,
            )
    return task


def followup_complete(*, actor, task: FollowUpTask) -> FollowUpTask:
    if task.done_at:
        return task
    with transaction.atomic():
        task.done_at = timezone.now()
        task.done_by = actor
        task.save(update_fields=["done_at", "done_by"])
        audit_record(actor=actor, action="directory.task.completed", target=task.coordination, target_label=task.title)
    return task
