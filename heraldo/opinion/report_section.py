"""Opinión pública's section of the monthly report: the issues opened and closed, the corrective actions taken
and what residents wrote (function 13)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from heraldo.core.dates import shown_date, shown_datetime
from heraldo.core.report_sections import (
    Chart,
    Figure,
    ItemRow,
    ItemTable,
    SectionData,
    local_bounds,
    register_report_section,
)
from heraldo.opinion.models import OpinionIssue, ResidentMessage
from heraldo.work.models import Task


def _issue_row(issue: OpinionIssue) -> ItemRow:
    closed = _(" · cerrado el %(day)s") % {"day": shown_date(issue.closed_on)} if issue.closed_on else ""
    return ItemRow(
        str(issue), issue.get_absolute_url(), shown_date(issue.opened_on), issue.get_status_display() + closed
    )


@register_report_section(
    "opinion",
    title=gettext_lazy("Opinión pública"),
    functions=(13,),
    position=70,
    figures={
        "opened": gettext_lazy("Asuntos abiertos en el periodo"),
        "closed": gettext_lazy("Asuntos cerrados en el periodo"),
        "actions": gettext_lazy("Acciones correctivas emprendidas"),
        "messages": gettext_lazy("Mensajes de vecinos recibidos"),
    },
)
def opinion_section(period_start: date, period_end: date) -> SectionData:
    since, until = local_bounds(period_start, period_end)
    issues = OpinionIssue.objects.select_related("topic", "sector")
    opened = list(issues.filter(opened_on__range=(period_start, period_end)).order_by("opened_on", "pk"))
    closed = list(issues.filter(closed_on__range=(period_start, period_end)).order_by("closed_on", "pk"))
    actions = list(
        Task.objects.filter(
            subject_type=ContentType.objects.get_for_model(OpinionIssue), created_at__gte=since, created_at__lt=until
        )
        .exclude(status=Task.Status.CANCELLED)
        .order_by("created_at", "pk")
    )
    action_issues = {issue.pk: issue for issue in issues.filter(pk__in={a.subject_id for a in actions})}
    messages = list(
        ResidentMessage.objects.filter(created_at__gte=since, created_at__lt=until)
        .select_related("topic", "sector")
        .order_by("created_at", "pk")
    )
    kinds = Counter(m.kind for m in messages)
    kind_labels = dict(ResidentMessage.Kind.choices)
    # A resident's own words stay in Opinión pública: the report names the message by its code, topic and sector.
    message_rows = [
        ItemRow(
            f"{m.tracking_code} — {m.get_kind_display()}",
            m.get_absolute_url(),
            shown_datetime(m.created_at),
            " · ".join(
                part for part in (m.topic.name if m.topic_id else "", m.sector.name if m.sector_id else "") if part
            ),
        )
        for m in messages
    ]
    action_rows = [
        ItemRow(
            a.title,
            a.get_absolute_url(),
            shown_datetime(a.created_at),
            " · ".join(part for part in (str(action_issues.get(a.subject_id, "")), a.get_status_display()) if part),
        )
        for a in actions
    ]
    draft = " ".join(
        (
            ngettext(
                "Se abrió %(opened)s asunto de opinión pública y se cerraron %(closed)s;",
                "Se abrieron %(opened)s asuntos de opinión pública y se cerraron %(closed)s;",
                len(opened),
            )
            % {"opened": len(opened), "closed": len(closed)},
            ngettext(
                "se emprendió %(actions)s acción correctiva.",
                "se emprendieron %(actions)s acciones correctivas.",
                len(actions),
            )
            % {"actions": len(actions)},
            ngettext(
                "Los vecinos enviaron %(messages)s mensaje por el formulario público.",
                "Los vecinos enviaron %(messages)s mensajes por el formulario público.",
                len(messages),
            )
            % {"messages": len(messages)},
        )
    )
    return SectionData(
        figures=[
            Figure("opened", len(opened), table="opened"),
            Figure("closed", len(closed), table="closed"),
            Figure("actions", len(actions), table="actions"),
            Figure("messages", len(messages), table="messages"),
        ],
        charts=[
            Chart(
                "messages_by_kind",
                _("Mensajes de vecinos por tipo"),
                [str(kind_labels[k]) for k in ResidentMessage.Kind.values],
                [kinds.get(k, 0) for k in ResidentMessage.Kind.values],
            )
        ],
        tables=[
            ItemTable("opened", _("Asuntos abiertos"), [_issue_row(i) for i in opened]),
            ItemTable("closed", _("Asuntos cerrados"), [_issue_row(i) for i in closed]),
            ItemTable("actions", _("Acciones correctivas"), action_rows),
            ItemTable("messages", _("Mensajes de vecinos"), message_rows),
        ],
        draft=draft,
    )
