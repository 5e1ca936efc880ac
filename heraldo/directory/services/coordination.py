"""The coordination log and its follow-up tasks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction
from django.utils import timezone

from heraldo.core.audit import audit_record, changed_fields, snapshot
from heraldo.core.notifications import notify
from heraldo.directory.models import Coordination, Entity, FollowUpTask, Person

FIELDS = ("kind", "occurred_on", "subject", "summary", "other_participants", "reference", "document", "agreement_until")


def coordination_create(
    *, actor, entity: Entity, data: Mapping[str, Any], participants: Iterable[Person] = ()
) -> Coordination:
    with transaction.atomic():
        record = Coordination(entity=entity, created_by=actor if actor and actor.is_authenticated else None)
        for name in FIELDS:
            if name in data:
                setattr(record, name, data[name])
        record.full_clean()
        record.save()
        record.participants.set(list(participants))
        audit_record(actor=actor, action="directory.coordination.created", target=record)
        audit_record(actor=actor, action="directory.coordination.created", target=entity, target_label=str(record))
    return record


def coordination_update(
    *, actor, record: Coordination, data: Mapping[str, Any], participants: Iterable[Person]
) -> Coordination:
    """Correct a record of the log; what changed (participants included) goes to the audit trail."""
    tracked = [name for name in FIELDS if name != "document"]
    with transaction.atomic():
        stored = Coordination.objects.get(pk=record.pk)  # a ModelForm has already written onto `record`
        before = snapshot(stored, tracked)
        participants_before = sorted(stored.participants.values_list("pk", flat=True))
        document_before = stored.document.name
        for name in FIELDS:
            if name in data and not (name == "document" and not data[name]):
                setattr(record, name, data[name])
        record.full_clean()
        record.save()
        record.participants.set(list(participants))
        changes = {
            name: [str(old) if old is not None else None, str(new) if new is not None else None]
            for name, (old, new) in changed_fields(record, before, tracked).items()
        }
        participants_after = sorted(record.participants.values_list("pk", flat=True))
        if participants_after != participants_before:
            changes["participants"] = [participants_before, participants_after]
        if record.document.name != document_before:
            changes["document"] = [document_before or None, record.document.name]
        if changes:
            audit_record(actor=actor, action="directory.coordination.updated", target=record, changes=changes)
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
                title=f"Tarea de seguimiento: {title}"[:200],
                body=f"{coordination.entity.name} · vence el {due_on:%d/%m/%Y}",
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
