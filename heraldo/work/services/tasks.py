"""Tasks: create, assign, move through their states, and talk about them. Every change is audited."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction
from django.db.models import Model
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from heraldo.core.audit import audit_record
from heraldo.core.dates import shown_date
from heraldo.core.models import User
from heraldo.core.notifications import notice_key, notify, reopen_action, resolve_action
from heraldo.core.writes import AuditedWrite, Refused, StateConflict
from heraldo.work.models import ChecklistItem, Task, TaskAttachment, TaskComment
from heraldo.work.subjects import may_open_subject

TASK_FIELDS = ("title", "description", "owner", "queue_role", "due_on", "due_time", "priority")

Status = Task.Status

# Which state a task may go to from which; "undo" of a completion is the DONE → PENDING edge.
TRANSITIONS: dict[str, frozenset[str]] = {
    Status.PENDING: frozenset({Status.IN_PROGRESS, Status.IN_REVIEW, Status.DONE, Status.CANCELLED}),
    Status.IN_PROGRESS: frozenset({Status.PENDING, Status.IN_REVIEW, Status.DONE, Status.CANCELLED}),
    Status.IN_REVIEW: frozenset({Status.IN_PROGRESS, Status.DONE, Status.CANCELLED}),
    Status.DONE: frozenset({Status.PENDING}),
    Status.CANCELLED: frozenset({Status.PENDING}),
}

MENTION = re.compile(r"(?<![\w@])@([\w.\-]+)")

# The act a task's notices ask for (doing it): resolved for everyone told when it is done or cancelled.
TASK_ACTION = "work.task"
# How a task's notices were resolved, as the Spanish source shown translated.
RESOLVED_AS = {
    Status.DONE: gettext_noop("Tarea cumplida"),
    Status.CANCELLED: gettext_noop("Tarea anulada"),
}
REASSIGNED = gettext_noop("Tarea reasignada a otra persona")


def task_url(task: Task) -> str:
    return reverse("work:task_detail", args=[task.pk])


def task_create(
    *,
    actor,
    data: Mapping[str, Any],
    collaborators: Iterable[User] = (),
    origin: str = Task.Origin.MANUAL,
    subject: Model | None = None,
    notify_owner: bool = True,
) -> Task:
    with transaction.atomic():
        task = Task(created_by=actor if getattr(actor, "is_authenticated", False) else None, origin=origin)
        if subject is not None:
            task.subject = subject
        write = AuditedWrite(task, data=data, fields=TASK_FIELDS)
        _refuse_ownerless(write.instance)
        _refuse_owner_who_cannot_open_subject(write.instance)
        task = write.save()
        write.set_many("collaborators", collaborators, describe=str)
        write.record(actor=actor, action="work.task.created")
        if notify_owner:
            _tell_new_people(task, actor=actor, people=[task.owner, *collaborators])
    return task


def task_update(*, actor, task: Task, data: Mapping[str, Any], collaborators: Iterable[User]) -> Task:
    collaborators = list(collaborators)
    with transaction.atomic():
        before_people = {task.owner_id, *task.collaborators.values_list("pk", flat=True)}
        write = AuditedWrite(task, data=data, fields=TASK_FIELDS)
        _refuse_ownerless(write.instance)
        _refuse_owner_who_cannot_open_subject(write.instance)
        task = write.save()
        write.set_many("collaborators", collaborators, describe=str)
        write.record(actor=actor, action="work.task.updated")
        now_people = {person.pk for person in [task.owner, *collaborators] if person}
        newcomers = [person for person in [task.owner, *collaborators] if person and person.pk not in before_people]
        _tell_new_people(task, actor=actor, people=newcomers)
        # Whoever the task was taken from has nothing left to do: their notice of it is done.
        gone = before_people - now_people - {None}
        if gone:
            resolve_action(
                notice_key(TASK_ACTION, task.pk),
                by=actor,
                resolution=REASSIGNED,
                recipients=User.objects.filter(pk__in=gone),
            )
    return task


def _refuse_ownerless(task: Task) -> None:
    if task.owner_id is None and not task.queue_role:
        raise Refused(_("Indique un responsable o la cola de un rol."), field="owner")


def _refuse_owner_who_cannot_open_subject(task: Task) -> None:
    """Work about a record goes to someone who can open that record (heraldo.work.subjects)."""
    if task.owner is None or task.subject_type_id is None:
        return
    subject = task.subject
    if subject is not None and not may_open_subject(task.owner, subject):
        raise Refused(
            _("%(person)s no tiene acceso a «%(subject)s»: elija otro responsable o pida que le den acceso.")
            % {"person": task.owner.get_full_name() or task.owner.username, "subject": subject},
            field="owner",
        )


def _tell_new_people(task: Task, *, actor, people: Iterable[User | None]) -> None:
    recipients = {person for person in people if person is not None and person != actor}
    if recipients:
        notify(
            users=recipients,
            title=gettext_noop("Le asignaron: %(title)s"),
            title_params={"title": task.title[:150]},
            body=gettext_noop("Vence el %(day)s."),
            body_params={"day": shown_date(task.due_on)},
            url=task_url(task),
            action=notice_key(TASK_ACTION, task.pk),
        )


def refusal_reason(task: Task, status: str) -> str | None:
    """Why the task cannot go to `status` now (None when it can); buttons, pages and the API read this."""
    if status not in TRANSITIONS.get(task.status, frozenset()):
        return _("Una tarea «%(current)s» no puede pasar a «%(wanted)s».") % {
            "current": task.get_status_display(),
            "wanted": Status(status).label,
        }
    if status != Status.CANCELLED and task.owner_id is None:
        return _("Primero alguien debe tomar la tarea de la cola.")
    return None


def task_set_status(*, actor, task: Task, status: str) -> Task:
    with transaction.atomic():
        task = Task.objects.select_for_update().get(pk=task.pk)
        reason = refusal_reason(task, status)
        if reason:
            raise StateConflict(reason, field="status")
        before = task.status
        task.status = status
        if status == Status.DONE:
            task.completed_at = timezone.now()
            task.completed_by = actor
        elif before == Status.DONE:
            task.completed_at = None
            task.completed_by = None
        task.save(update_fields=["status", "completed_at", "completed_by", "updated_at"])
        audit_record(
            actor=actor,
            action="work.task.status_changed",
            target=task,
            changes={"status": [before, status]},
        )
        key = notice_key(TASK_ACTION, task.pk)
        if status in RESOLVED_AS:
            resolve_action(key, by=actor, resolution=RESOLVED_AS[status])
        elif before in RESOLVED_AS:  # undone: the task asks again
            reopen_action(key, resolution=RESOLVED_AS[before])
    return task


def task_take(*, actor, task: Task) -> Task:
    """Someone of the role takes a task waiting in its queue."""
    with transaction.atomic():
        task = Task.objects.select_for_update().get(pk=task.pk)
        if task.owner_id is not None:
            raise StateConflict(_("%(person)s ya tomó esta tarea.") % {"person": task.owner}, field="owner")
        if not actor.groups.filter(name=task.queue_role).exists():
            raise Refused(_("Esta tarea espera en la cola de otro rol."), field="owner")
        task.owner = actor
        task.save(update_fields=["owner", "updated_at"])
        audit_record(actor=actor, action="work.task.taken", target=task, changes={"owner": [None, str(actor)]})
    return task


def checklist_add(*, actor, task: Task, text: str) -> ChecklistItem:
    with transaction.atomic():
        position = task.checklist.count()
        item = ChecklistItem.objects.create(task=task, text=text, position=position)
        audit_record(actor=actor, action="work.checklist.added", target=task, changes={"checklist": [None, text]})
    return item


def checklist_toggle(*, actor, item: ChecklistItem) -> ChecklistItem:
    with transaction.atomic():
        item.done = not item.done
        item.save(update_fields=["done"])
        audit_record(
            actor=actor,
            action="work.checklist.checked" if item.done else "work.checklist.unchecked",
            target=item.task,
            target_label=f"{item.task.title} · {item.text}",
        )
    return item


def comment_add(*, actor, task: Task, body: str) -> TaskComment:
    """A comment; people named with @usuario are told, if they may open the task."""
    from heraldo.work.permissions import can_open_task

    names = set(MENTION.findall(body))
    mentioned = [user for user in User.objects.filter(username__in=names, is_active=True) if user != actor]
    with transaction.atomic():
        comment = TaskComment.objects.create(task=task, author=actor, body=body)
        reachable = [user for user in mentioned if can_open_task(user, task)]
        comment.mentions.set(reachable)
        audit_record(actor=actor, action="work.comment.added", target=task)
        if reachable:
            notify(
                users=reachable,
                title=gettext_noop("%(person)s le mencionó en «%(title)s»"),
                title_params={"person": str(actor), "title": task.title[:120]},
                body=body[:300],
                url=task_url(task),
            )
    return comment


def attachment_add(*, actor, task: Task, title: str, upload) -> TaskAttachment:
    with transaction.atomic():
        attachment = TaskAttachment.objects.create(task=task, title=title, file=upload, uploaded_by=actor)
        audit_record(actor=actor, action="work.attachment.added", target=task, changes={"file": [None, title]})
    return attachment
