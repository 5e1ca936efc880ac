"""What Encargos offers the core: the Hoy panel of my work and its private files."""

from __future__ import annotations

from datetime import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from heraldo.core.media import PrivateFiles, allowed_by_gate, register_private_files
from heraldo.core.navigation import Module, register_module
from heraldo.core.stamps import stamp_follows
from heraldo.core.today import Panel, PanelItem, register_panel
from heraldo.work.permissions import access_assignment, access_task
from heraldo.work.selectors import due_tasks_of

PANEL_ITEMS = 6

register_module(
    Module(
        "encargos",
        _("Encargos"),
        "clipboard-check",
        ("access_assignments",),
        "work:my_work",
        _("Mi trabajo, encargos de la Secretaría General y la Alcaldía con plazos en días hábiles, y el equipo."),
        position=60,
    )
)

register_private_files(
    PrivateFiles(
        "work/tasks/",
        "work.TaskAttachment",
        "file",
        lambda user, attachment: allowed_by_gate(access_task, user, getattr(attachment, "task_id", None)),
    )
)
register_private_files(
    PrivateFiles(
        "work/assignments/",
        "work.Assignment",
        "scan",
        lambda user, assignment: allowed_by_gate(access_assignment, user, assignment.pk),
    )
)


# Raised by every change of a task: the panels of Hoy that list tasks are kept until it moves.
TASKS_STAMP = stamp_follows("work.tasks", "work.Task")


@register_panel("work", position=15, stamps=(TASKS_STAMP,))
def my_work_panel(user, now: datetime) -> Panel | None:
    today = timezone.localdate(now)  # the Lima day, whatever zone `now` was given in
    due = due_tasks_of(user, due_by=today, limit=PANEL_ITEMS)
    items = [
        PanelItem(
            task.title,
            reverse("work:task_detail", args=[task.pk]),
            task.get_origin_display(),
            str(_("Vencida") if task.due_on < today else _("Vence hoy")),
        )
        for task in due
    ]
    return Panel(
        "work",
        _("Mi trabajo de hoy"),
        "clipboard-check",
        _("No tiene tareas vencidas ni que venzan hoy."),
        items=items,
        action_url=reverse("work:my_work"),
        action_label=_("Ver Mi trabajo"),
    )
