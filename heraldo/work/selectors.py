"""Reads for Mi trabajo, the register of encargos and the team."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Q, QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from heraldo.work.models import Assignment, Task

# How many items each group of Mi trabajo shows before "ver todo": a person with 2,000 open
# items still gets a page that reads at a glance and renders in one query per group.
GROUP_LIMIT = 50


@dataclass
class WorkGroup:
    key: str
    title: Promise
    tasks: list[Task] = field(default_factory=list)
    total: int = 0


def open_tasks_of(user) -> QuerySet[Task]:
    return (
        Task.objects.filter(status__in=Task.OPEN_STATUSES)
        .filter(Q(owner=user) | Q(collaborators=user))
        .distinct()
        .select_related("owner", "subject_type")
        .order_by("due_on", "-priority", "pk")
    )


def my_work(user, *, today: date) -> list[WorkGroup]:
    """Open tasks where the user owns or helps, by due date: overdue, today, this week, later."""
    end_of_week = today + timedelta(days=6 - today.weekday())
    mine = open_tasks_of(user)
    groups = [
        WorkGroup("overdue", _("Vencidas"), total=0),
        WorkGroup("today", _("Hoy"), total=0),
        WorkGroup("week", _("Esta semana"), total=0),
        WorkGroup("later", _("Más adelante"), total=0),
    ]
    filters = {
        "overdue": Q(due_on__lt=today),
        "today": Q(due_on=today),
        "week": Q(due_on__gt=today, due_on__lte=end_of_week),
        "later": Q(due_on__gt=end_of_week),
    }
    for group in groups:
        selected = mine.filter(filters[group.key])
        group.tasks = list(selected[:GROUP_LIMIT])
        group.total = len(group.tasks) if len(group.tasks) < GROUP_LIMIT else selected.count()
    return groups


def queue_for(user) -> QuerySet[Task]:
    """Tasks waiting in the queues of the user's roles, for someone to take."""
    roles = list(user.groups.values_list("name", flat=True))
    return Task.objects.filter(owner__isnull=True, queue_role__in=roles, status__in=Task.OPEN_STATUSES).order_by(
        "due_on", "-priority", "pk"
    )


def assignment_register(params) -> QuerySet[Assignment]:
    """The register of encargos, filtered by state, sender and period of reception."""
    records = Assignment.objects.select_related("task__owner").order_by("-received_on", "-pk")
    state = params.get("estado", "")
    if state == "abiertos":
        records = records.filter(task__status__in=Task.OPEN_STATUSES)
    elif state == "cumplidos":
        records = records.filter(task__status=Task.Status.DONE)
    elif state == "vencidos":
        from django.utils import timezone

        records = records.filter(task__status__in=Task.OPEN_STATUSES, task__due_on__lt=timezone.localdate())
    if params.get("remitente") in Assignment.Sender.values:
        records = records.filter(sender=params["remitente"])
    if params.get("desde"):
        records = records.filter(received_on__gte=params["desde"])
    if params.get("hasta"):
        records = records.filter(received_on__lte=params["hasta"])
    return records
