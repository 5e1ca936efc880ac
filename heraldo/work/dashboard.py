"""Encargos on the dashboards: the team's workload and what is overdue, for the head of unit."""

from __future__ import annotations

from datetime import date, datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from heraldo.core.dashboards import (
    HOME,
    Card,
    Chart,
    DashboardDay,
    Figure,
    Series,
    count_by_lima_day,
    register_card,
    register_metric,
)
from heraldo.core.dates import shown_date
from heraldo.core.today import Panel, PanelItem, register_panel
from heraldo.work.integrations import TASKS_STAMP
from heraldo.work.permissions import can_manage_work

COMPLETED = "work.completed"  # tasks completed per Lima day, by the id of their owner
PANEL_ITEMS = 6


@register_metric(COMPLETED)
def tasks_completed(first: date, last: date):
    from heraldo.work.models import Task

    done = Task.objects.filter(status=Task.Status.DONE)
    return count_by_lima_day(done, "completed_at", first, last, dimension="owner_id")


@register_card("team", places=(HOME, "work"), position=5, visible=can_manage_work, metrics=(COMPLETED,))
def team_card(day: DashboardDay) -> Card:
    """The team board's aggregates (two queries whatever the number of tasks) and the month's closed work."""
    from heraldo.work.selectors import office_staff_people, team_load

    loads = [load for load in team_load(office_staff_people(), today=day.today) if load.open]
    loads.sort(key=lambda load: (-load.overdue, -load.open))
    overdue = sum(load.overdue for load in loads)
    team = reverse("work:team")
    return Card(
        "team",
        _("Carga del equipo"),
        "people",
        figures=[
            Figure(_("Tareas abiertas"), sum(load.open for load in loads), team),
            Figure(_("Vencidas"), overdue, team, "danger" if overdue else ""),
            Figure(_("Vencen esta semana"), sum(load.this_week for load in loads), reverse("work:calendar")),
            Figure(_("Cumplidas este mes"), day.book.total(COMPLETED, day.month_first, day.today)),
        ],
        chart=Chart(
            "bar",
            _("Persona"),
            [_person_name(load.person) for load in loads],
            [
                Series(_("En plazo"), [load.open - load.overdue for load in loads], "info"),
                Series(_("Vencidas"), [load.overdue for load in loads], "negative"),
            ],
            stacked=True,
            horizontal=True,
        ),
        chart_title=_("Tareas abiertas por persona"),
        action_url=team,
        action_label=_("Abrir el tablero del equipo"),
        empty_text=_("El equipo no tiene tareas abiertas."),
        wide=True,
    )


def _person_name(person) -> str:
    return person.get_full_name() or person.username


@register_panel("team-overdue", position=16, stamps=(TASKS_STAMP,))
def team_overdue_panel(user, now: datetime) -> Panel | None:
    """The team's overdue tasks, oldest first (the open-task index, six rows)."""
    if not can_manage_work(user):
        return None
    from heraldo.work.models import Task

    today = timezone.localdate(now)  # the Lima day, whatever zone `now` was given in
    overdue = (
        Task.objects.open().filter(due_on__lt=today).select_related("owner").order_by("due_on", "pk")[:PANEL_ITEMS]
    )
    return Panel(
        "team-overdue",
        _("Vencido en el equipo"),
        "hourglass-bottom",
        _("Nada vencido en el equipo."),
        items=[
            PanelItem(
                task.title,
                reverse("work:task_detail", args=[task.pk]),
                _("%(owner)s · vencía el %(day)s")
                % {
                    "owner": _person_name(task.owner) if task.owner_id else _("En cola"),
                    "day": shown_date(task.due_on),
                },
                str(_("Vencida")),
            )
            for task in overdue
        ],
        action_url=reverse("work:team"),
        action_label=_("Abrir el tablero del equipo"),
    )
