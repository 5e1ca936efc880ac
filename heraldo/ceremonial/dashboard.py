"""The agenda's figures on the dashboards: the month's acts and who attends them for the Mayor."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from heraldo.ceremonial.permissions import can_read_agenda
from heraldo.core.dashboards import (
    HOME,
    Card,
    DashboardDay,
    Figure,
    daily_stacked_chart,
    lima_bounds,
    register_card,
    register_metric,
)

ACTS = "ceremonial.acts"  # occurrences per Lima day (series expanded, cancelled ones left out), by attendance


# The month's remaining acts are counted ahead, so the figures of the month include what is already scheduled.
@register_metric(ACTS, ahead_days=40)
def acts_by_attendance(first: date, last: date):
    from heraldo.ceremonial.models import Event, EventStatus
    from heraldo.ceremonial.selectors import occurrences_between

    start, end = lima_bounds(first, last)
    counts = Counter(
        (timezone.localtime(o.starts_at).date(), o.event.attendance)
        for o in occurrences_between(start, end, base=Event.objects.exclude(status=EventStatus.CANCELADO))
        if start <= o.starts_at < end
    )
    return [(day, attendance, n) for (day, attendance), n in counts.items()]


@register_card("agenda", places=(HOME, "agenda"), position=40, visible=can_read_agenda, metrics=(ACTS,))
def agenda_card(day: DashboardDay) -> Card:
    from heraldo.ceremonial.models import Attendance

    month = day.book.by_dimension(ACTS, day.month_first, day.month_last)
    week_ahead = day.book.total(ACTS, day.today, day.today + timedelta(days=6))
    days = day.month_days()
    return Card(
        "agenda",
        _("Agenda de %(month)s") % {"month": date_format(day.today, "F Y")},
        "calendar-event",
        figures=[
            Figure(_("Actos del mes"), sum(month.values()), reverse("ceremonial:home")),
            Figure(_("Con el Alcalde"), month.get(Attendance.MAYOR, 0)),
            Figure(_("Con un representante"), month.get(Attendance.REPRESENTATIVE, 0)),
            Figure(_("Próximos 7 días"), week_ahead, reverse("ceremonial:list")),
        ],
        chart=daily_stacked_chart(
            day.book,
            ACTS,
            days,
            [
                (Attendance.MAYOR, Attendance.MAYOR.label, "accent"),
                (Attendance.REPRESENTATIVE, Attendance.REPRESENTATIVE.label, "info"),
                (Attendance.NONE, Attendance.NONE.label, "muted"),
            ],
        ),
        chart_title=_("Actos por día en el mes, según quién asiste"),
        action_url=reverse("ceremonial:home"),
        action_label=_("Abrir la agenda"),
        empty_text=_("Sin actos registrados en el mes."),
    )
