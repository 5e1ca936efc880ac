"""Opinión pública on the dashboards: what the residents write, and the issues still open."""

from __future__ import annotations

from datetime import date, datetime

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from heraldo.core.dashboards import (
    HOME,
    Card,
    DashboardDay,
    Figure,
    count_by_lima_day,
    daily_stacked_chart,
    register_card,
    register_metric,
)
from heraldo.core.dates import shown_date
from heraldo.core.permissions import has_capability
from heraldo.core.stamps import stamp_follows
from heraldo.core.today import Panel, PanelItem, register_panel

MESSAGES = "opinion.messages"  # residents' messages per Lima day of arrival, by kind
ISSUES_OPENED = "opinion.issues_opened"  # issues opened per day
PANEL_ITEMS = 5


@register_metric(MESSAGES)
def messages_by_kind(first: date, last: date):
    from heraldo.opinion.models import ResidentMessage

    return count_by_lima_day(ResidentMessage.objects.all(), "created_at", first, last, dimension="kind")


@register_metric(ISSUES_OPENED)
def issues_opened(first: date, last: date):
    from heraldo.opinion.models import OpinionIssue

    rows = (
        OpinionIssue.objects.filter(opened_on__gte=first, opened_on__lte=last)
        .order_by()
        .values("opened_on")
        .annotate(n=Count("pk"))
    )
    return [(row["opened_on"], "", row["n"]) for row in rows]


def _reads_opinion(user) -> bool:
    return has_capability(user, "access_opinion")


@register_card(
    "opinion", places=(HOME, "opinion"), position=60, visible=_reads_opinion, metrics=(MESSAGES, ISSUES_OPENED)
)
def opinion_card(day: DashboardDay) -> Card:
    from heraldo.opinion.models import OpinionIssue, ResidentMessage

    open_now = OpinionIssue.objects.exclude(status=OpinionIssue.Status.CLOSED).count()
    month = day.book.by_dimension(MESSAGES, day.month_first, day.today)
    days = day.trend_days()
    kinds = ResidentMessage.Kind
    return Card(
        "opinion",
        _("Opinión pública"),
        "stoplights",
        figures=[
            Figure(
                _("Asuntos abiertos"), open_now, reverse("opinion:dashboard"), "warning-emphasis" if open_now else ""
            ),
            Figure(_("Asuntos abiertos este mes"), day.book.total(ISSUES_OPENED, day.month_first, day.today)),
            Figure(_("Mensajes de vecinos del mes"), sum(month.values())),
            Figure(_("Quejas o reclamos del mes"), month.get(kinds.COMPLAINT, 0)),
        ],
        chart=daily_stacked_chart(
            day.book,
            MESSAGES,
            days,
            [
                (kinds.COMPLAINT, kinds.COMPLAINT.label, "negative"),
                (kinds.SUGGESTION, kinds.SUGGESTION.label, "positive"),
                (kinds.QUESTION, kinds.QUESTION.label, "info"),
            ],
        ),
        chart_title=_("Mensajes de vecinos por día y tipo, últimos 30 días"),
        action_url=reverse("opinion:dashboard"),
        action_label=_("Abrir Opinión pública"),
        empty_text=_("Sin mensajes de vecinos en los últimos 30 días."),
    )


ISSUES_STAMP = stamp_follows("opinion.issues", "opinion.OpinionIssue")


@register_panel("opinion-issues", position=45, stamps=(ISSUES_STAMP,))
def open_issues_panel(user, now: datetime) -> Panel | None:
    """The public-opinion issues still open, newest first (the status index, five rows)."""
    if not _reads_opinion(user):
        return None
    from heraldo.opinion.selectors import open_issues

    return Panel(
        "opinion-issues",
        _("Asuntos de opinión pública abiertos"),
        "stoplights",
        _("No hay asuntos de opinión pública abiertos."),
        items=[
            PanelItem(
                str(issue),
                issue.get_absolute_url(),
                _("Abierto el %(day)s") % {"day": shown_date(issue.opened_on)},
                issue.get_status_display(),
            )
            for issue in open_issues()[:PANEL_ITEMS]
        ],
        action_url=reverse("opinion:dashboard"),
        action_label=_("Abrir Opinión pública"),
    )
