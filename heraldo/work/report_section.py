"""Encargos' section of the monthly report: the work the Alcaldía and other units sent the office, what was
closed, what was overdue and what is still pending when the period ends (function 18)."""

from __future__ import annotations

from datetime import date

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from heraldo.core.dates import shown_date
from heraldo.core.report_sections import Figure, ItemRow, ItemTable, SectionData, local_bounds, register_report_section
from heraldo.work.models import Assignment, Task


def _row(assignment: Assignment) -> ItemRow:
    task = assignment.task
    sender = assignment.sender_unit or assignment.get_sender_display()
    return ItemRow(
        f"{assignment.document_number} — {task.title}",
        task.get_absolute_url(),
        shown_date(assignment.received_on),
        _("%(sender)s · vence el %(due)s · %(status)s")
        % {"sender": sender, "due": shown_date(task.due_on), "status": task.get_status_display()},
    )


@register_report_section(
    "work",
    title=gettext_lazy("Encargos de la Alcaldía y otras unidades"),
    functions=(18,),
    position=60,
    figures={
        "received": gettext_lazy("Encargos recibidos"),
        "closed": gettext_lazy("Encargos cumplidos"),
        "overdue": gettext_lazy("Encargos vencidos al cierre"),
        "pending": gettext_lazy("Encargos pendientes al cierre"),
    },
)
def work_section(period_start: date, period_end: date) -> SectionData:
    since, until = local_bounds(period_start, period_end)
    assignments = Assignment.objects.select_related("task").exclude(task__status=Task.Status.CANCELLED)
    received = list(assignments.filter(received_on__range=(period_start, period_end)).order_by("received_on", "pk"))
    closed = list(
        assignments.filter(
            task__status=Task.Status.DONE, task__completed_at__gte=since, task__completed_at__lt=until
        ).order_by("task__completed_at", "pk")
    )
    # Open when the period ended: not completed by then (a task finished later was still pending at the close).
    open_at_close = assignments.filter(received_on__lte=period_end).filter(
        Q(task__completed_at__isnull=True) | Q(task__completed_at__gte=until)
    )
    pending = list(open_at_close.order_by("task__due_on", "pk"))
    overdue = [a for a in pending if a.task.due_on <= period_end]
    draft = " ".join(
        (
            ngettext(
                "La unidad recibió %(received)s encargo y cumplió %(closed)s.",
                "La unidad recibió %(received)s encargos y cumplió %(closed)s.",
                len(received),
            )
            % {"received": len(received), "closed": len(closed)},
            ngettext(
                "Al cierre del periodo quedaba %(pending)s pendiente",
                "Al cierre del periodo quedaban %(pending)s pendientes",
                len(pending),
            )
            % {"pending": len(pending)},
            ngettext("(%(overdue)s vencido).", "(%(overdue)s vencidos).", len(overdue)) % {"overdue": len(overdue)},
        )
    )
    return SectionData(
        figures=[
            Figure("received", len(received), table="received"),
            Figure("closed", len(closed), table="closed"),
            Figure("overdue", len(overdue), table="overdue"),
            Figure("pending", len(pending), table="pending"),
        ],
        tables=[
            ItemTable("received", _("Encargos recibidos"), [_row(a) for a in received]),
            ItemTable("closed", _("Encargos cumplidos"), [_row(a) for a in closed]),
            ItemTable("overdue", _("Encargos vencidos al cierre"), [_row(a) for a in overdue]),
            ItemTable("pending", _("Encargos pendientes al cierre"), [_row(a) for a in pending]),
        ],
        draft=draft,
    )
