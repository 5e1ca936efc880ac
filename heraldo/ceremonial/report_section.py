"""The agenda's section of the monthly report: the ceremonies and official acts held, who attended for the
Mayor, and the agenda of the next period (functions 1, 9 and 16)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from heraldo.ceremonial.models import Attendance, EventStatus, EventType
from heraldo.ceremonial.recurrence import Occurrence
from heraldo.ceremonial.selectors import occurrences_between
from heraldo.core.dates import shown_datetime
from heraldo.core.report_sections import (
    Chart,
    Figure,
    ItemRow,
    ItemTable,
    SectionData,
    local_bounds,
    next_period,
    register_report_section,
)

# Requested acts were never agreed and cancelled ones did not happen: neither is something the office did.
HELD_STATUSES = (EventStatus.CONFIRMADO, EventStatus.REPROGRAMADO, EventStatus.REALIZADO)


def _acts(period_start: date, period_end: date) -> list[Occurrence]:
    """The acts that began in the period (an act from 23:30 to 00:30 belongs to the day it began)."""
    since, until = local_bounds(period_start, period_end)
    return [
        o for o in occurrences_between(since, until) if o.event.status in HELD_STATUSES and since <= o.starts_at < until
    ]


def _row(occurrence: Occurrence) -> ItemRow:
    event = occurrence.event
    return ItemRow(
        title=event.title,
        url=event.get_absolute_url(),
        when=shown_datetime(occurrence.starts_at),
        detail=f"{event.get_event_type_display()} · {event.place} · {event.attendance_label()}",
    )


@register_report_section(
    "ceremonial",
    title=gettext_lazy("Ceremonias y actos oficiales"),
    functions=(1, 9, 16),
    position=10,
    figures={
        "acts": gettext_lazy("Ceremonias y actos oficiales"),
        "mayor": gettext_lazy("Con asistencia del Alcalde"),
        "representative": gettext_lazy("Con un representante del Alcalde"),
        "next_agenda": gettext_lazy("Actos en la agenda del periodo siguiente"),
    },
)
def ceremonial_section(period_start: date, period_end: date) -> SectionData:
    acts = _acts(period_start, period_end)
    by_mayor = [o for o in acts if o.event.attendance == Attendance.MAYOR]
    by_representative = [o for o in acts if o.event.attendance == Attendance.REPRESENTATIVE]
    coming = _acts(*next_period(period_start, period_end))
    types = Counter(o.event.event_type for o in acts)
    labels = dict(EventType.choices)
    # one sentence per count, so that 1 reads in the singular ("1 acto", never "1 actos")
    draft = " ".join(
        (
            ngettext(
                "En el periodo se realizó %(acts)s ceremonia o acto oficial:",
                "En el periodo se realizaron %(acts)s ceremonias y actos oficiales:",
                len(acts),
            )
            % {"acts": len(acts)},
            _("el Alcalde asistió a %(mayor)s y se hizo representar en %(representative)s.")
            % {"mayor": len(by_mayor), "representative": len(by_representative)},
            ngettext(
                "Para el periodo siguiente la agenda registra %(coming)s acto.",
                "Para el periodo siguiente la agenda registra %(coming)s actos.",
                len(coming),
            )
            % {"coming": len(coming)},
        )
    )
    return SectionData(
        figures=[
            Figure("acts", len(acts), table="acts"),
            Figure("mayor", len(by_mayor), table="mayor"),
            Figure("representative", len(by_representative), table="representative"),
            Figure("next_agenda", len(coming), table="next_agenda"),
        ],
        charts=[
            Chart(
                "by_type",
                _("Actos por tipo"),
                [str(labels.get(code, code)) for code, _count in types.most_common()],
                [count for _code, count in types.most_common()],
            )
        ],
        tables=[
            ItemTable("acts", _("Ceremonias y actos oficiales del periodo"), [_row(o) for o in acts]),
            ItemTable("mayor", _("Actos con asistencia del Alcalde"), [_row(o) for o in by_mayor]),
            ItemTable(
                "representative", _("Actos con un representante del Alcalde"), [_row(o) for o in by_representative]
            ),
            ItemTable("next_agenda", _("Agenda del periodo siguiente"), [_row(o) for o in coming]),
        ],
        draft=draft,
    )
