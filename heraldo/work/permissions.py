"""Access gates of Encargos and tasks: one per object type, for pages and API alike.

A task is open to whoever works on it (owner, collaborators, who created it, the people of the
role whose queue holds it) and to those who manage the office's work; to nobody else, whatever
their module permissions: a designer sees the task she was given, not her colleagues'.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from heraldo.core.permissions import has_capability
from heraldo.work.models import Assignment, Task


def has_a_role(user) -> bool:
    """Mi trabajo is for everyone the office works with (any role); an account without one sees nothing."""
    return bool(user and user.is_authenticated and user.is_active and user.groups.exists())


def require_a_role(user) -> None:
    if not has_a_role(user):
        raise PermissionDenied


def can_manage_work(user) -> bool:
    return has_capability(user, "manage_assignments")


def can_read_register(user) -> bool:
    return has_capability(user, "access_assignments")


def tasks_visible_to(user) -> QuerySet[Task]:
    if can_manage_work(user):
        return Task.objects.all()
    if not (user and user.is_authenticated and user.is_active):
        return Task.objects.none()
    roles = list(user.groups.values_list("name", flat=True))
    return Task.objects.filter(
        Q(owner=user) | Q(collaborators=user) | Q(created_by=user) | Q(owner__isnull=True, queue_role__in=roles)
    ).distinct()


def can_open_task(user, task: Task) -> bool:
    return tasks_visible_to(user).filter(pk=task.pk).exists()


def access_task(user, task_id: int) -> Task:
    """The task if the user may open it; whoever may open a task may also work on it (its people, managers)."""
    try:
        task = tasks_visible_to(user).select_related("owner", "created_by", "completed_by").get(pk=task_id)
    except Task.DoesNotExist as exc:
        raise Http404 from exc
    return task


def access_assignment(user, assignment_id: int, *, write: bool = False) -> Assignment:
    allowed = can_manage_work(user) if write else can_read_register(user)
    try:
        assignment = Assignment.objects.select_related("task__owner").get(pk=assignment_id)
    except Assignment.DoesNotExist as exc:
        raise Http404 from exc
    if not allowed and not can_open_task(user, assignment.task):
        raise Http404
    return assignment
