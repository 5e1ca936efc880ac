"""Reads for Mi trabajo, the register of encargos and the team."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Q, QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from heraldo.core import roles
from heraldo.work.models import Assignment, Task

# How many items each group of Mi trabajo shows before "ver todo": a person with 2,000 open
# items still gets a page that reads at a glance and renders in one query per group.
GROUP_LIMIT = 15


@dataclass
class WorkGroup:
    key: str
    title: Promise
    tasks: list[Task] = field(default_factory=list)
    total: int = 0


def office_staff_people():
    """The unit's own staff, who can be given work (not the authorities, requesting units or IT support)."""
    from heraldo.core.models import User

    return (
        User.objects.filter(is_active=True, groups__name__in=roles.UNIT_ROLES)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def open_tasks_of(user) -> QuerySet[Task]:
    # Collaborations through a subquery, not a join: a join needs DISTINCT, and DISTINCT over a
    # person's 2,000 open tasks cost more than the rest of Mi trabajo together.
    helping = Task.collaborators.through.objects.filter(user=user).values("task_id")
    return (
        Task.objects.open()
        .filter(Q(owner=user) | Q(pk__in=helping))
        .select_related("owner")
        .order_by("due_on", "-priority", "pk")
    )


def work_groups(today: date) -> tuple[list[WorkGroup], dict[str, Q]]:
    """Mi trabajo's groups by due date and the filter of each."""
    end_of_week = today + timedelta(days=6 - today.weekday())
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
    return groups, filters


WORK_ORDER = ("due_on", "-priority", "pk")


def _work_order(task: Task) -> tuple:
    return (task.due_on, -task.priority, task.pk)


def due_tasks_of(user, *, due_by: date, limit: int) -> list[Task]:
    """The first open tasks the user owns or helps with that are due by `due_by`, in work order.

    Read like Mi trabajo, the two parts apart through their own indexes: one read with OR walked and
    sorted everything the head of unit ever owned, on every load of Hoy.
    """
    owned = Task.objects.open().filter(owner=user)
    helping = Task.objects.open().filter(collaborators=user).exclude(owner=user)
    tasks = [
        task
        for part in (owned, helping)
        for task in part.filter(due_on__lte=due_by).select_related("owner").order_by(*WORK_ORDER)[:limit]
    ]
    return sorted(tasks, key=_work_order)[:limit]


def my_work(user, *, today: date) -> list[WorkGroup]:
    """Open tasks where the user owns or helps, by due date: overdue, today, this week, later.

    What the user owns and what they help with are read apart and merged here: each read is
    served by its own index, where one read with OR scanned a busy person's 2,000 open tasks.
    """
    owned = Task.objects.open().filter(owner=user)
    helping = Task.objects.open().filter(collaborators=user).exclude(owner=user)
    groups, filters = work_groups(today)
    for group in groups:
        total = 0
        candidates: list[Task] = []
        for part in (owned.filter(filters[group.key]), helping.filter(filters[group.key])):
            first = list(part.select_related("owner").order_by(*WORK_ORDER)[:GROUP_LIMIT])
            candidates += first
            total += len(first) if len(first) < GROUP_LIMIT else part.count()
        candidates.sort(key=_work_order)
        group.tasks, group.total = candidates[:GROUP_LIMIT], total
    return groups


def my_work_group(user, *, today: date, key: str) -> tuple[WorkGroup, QuerySet[Task]] | None:
    """One group of Mi trabajo in full (to page through), or None for an unknown key."""
    groups, filters = work_groups(today)
    for group in groups:
        if group.key == key:
            return group, open_tasks_of(user).filter(filters[key])
    return None


def queue_for(user) -> QuerySet[Task]:
    """Tasks waiting in the queues of the user's roles, for someone to take."""
    roles = list(user.groups.values_list("name", flat=True))
    return Task.objects.open().filter(owner__isnull=True, queue_role__in=roles).order_by("due_on", "-priority", "pk")


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


@dataclass
class PersonLoad:
    """One row of the team board: a person's open work by state, what is overdue and due this week."""

    person: object
    pending: int = 0
    in_progress: int = 0
    in_review: int = 0
    overdue: int = 0
    this_week: int = 0

    @property
    def open(self) -> int:
        return self.pending + self.in_progress + self.in_review


def team_load(people, *, today: date) -> list[PersonLoad]:
    """Workload per person in one aggregate query, whatever the number of tasks.

    Grouped by person and state together, it reads the open-load index alone; grouped by person apart,
    SQLite walked each person's every task, done ones included (26 ms for the head of unit).
    """
    from django.db.models import Count

    end_of_week = today + timedelta(days=6 - today.weekday())
    rows = {person.pk: PersonLoad(person) for person in people}
    field_for = {
        Task.Status.PENDING: "pending",
        Task.Status.IN_PROGRESS: "in_progress",
        Task.Status.IN_REVIEW: "in_review",
    }
    counts = (
        Task.objects.open()
        .filter(owner__in=list(rows))
        .values("owner", "status")
        .annotate(
            n=Count("pk"),
            overdue=Count("pk", filter=Q(due_on__lt=today)),
            this_week=Count("pk", filter=Q(due_on__gte=today, due_on__lte=end_of_week)),
        )
        .order_by()
    )
    for row in counts:
        load = rows[row["owner"]]
        setattr(load, field_for[row["status"]], row["n"])
        load.overdue += row["overdue"]
        load.this_week += row["this_week"]
    return list(rows.values())


BOARD_COLUMN_LIMIT = 30


def status_board(*, owner=None) -> list[WorkGroup]:
    """Open tasks in columns by state, the most urgent first; each column shows its first cards and its total."""
    from django.db.models import Count

    base = Task.objects.open()
    if owner is not None:
        base = base.filter(owner=owner)
    totals = dict(base.values_list("status").annotate(n=Count("pk")).order_by())
    columns = []
    for status in Task.OPEN_STATUSES:
        cards = list(
            base.filter(status=status)
            .select_related("owner")
            .order_by("due_on", "-priority", "pk")[:BOARD_COLUMN_LIMIT]
        )
        columns.append(WorkGroup(status.value, status.label, tasks=cards, total=totals.get(status, 0)))
    return columns


def deadlines_between(first: date, last: date, *, owner=None) -> QuerySet:
    """(id, title, due date) of the open tasks due in [first, last], in the calendar's order: what its cells show."""
    tasks = Task.objects.open().filter(due_on__gte=first, due_on__lte=last)
    if owner is not None:
        tasks = tasks.filter(owner=owner)
    return tasks.order_by("due_on", "-priority", "pk").values_list("pk", "title", "due_on")
