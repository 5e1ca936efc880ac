"""Prensa's figures on the dashboards: releases published, and those waiting for review."""

from __future__ import annotations

from datetime import date

from django.urls import reverse
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
    short_days,
)
from heraldo.core.permissions import has_capability

PUBLISHED = "press.published"  # releases published per Lima day


@register_metric(PUBLISHED)
def releases_published(first: date, last: date):
    from heraldo.press.models import PressRelease, ReleaseStatus

    return count_by_lima_day(PressRelease.objects.filter(status=ReleaseStatus.PUBLISHED), "published_at", first, last)


def _reads_press(user) -> bool:
    return has_capability(user, "access_press")


@register_card("press", places=(HOME, "press"), position=30, visible=_reads_press, metrics=(PUBLISHED,))
def press_card(day: DashboardDay) -> Card:
    """Published this month (stored figures) and in review now (one count on the status index)."""
    from heraldo.press.models import PressRelease, ReleaseStatus

    in_review = PressRelease.objects.filter(status__in=[ReleaseStatus.IN_REVIEW, ReleaseStatus.MAYOR_REVIEW]).count()
    days = day.trend_days()
    home = reverse("press:home")
    return Card(
        "press",
        _("Notas de prensa"),
        "newspaper",
        figures=[
            Figure(
                _("Publicadas este mes"),
                day.book.total(PUBLISHED, day.month_first, day.today),
                f"{home}?status={ReleaseStatus.PUBLISHED}",
            ),
            Figure(_("Publicadas en 30 días"), day.book.total(PUBLISHED, days[0], days[-1])),
            Figure(
                _("En revisión"),
                in_review,
                f"{home}?status={ReleaseStatus.IN_REVIEW}",
                "warning-emphasis" if in_review else "",
            ),
        ],
        chart=Chart(
            "bar",
            _("Día"),
            short_days(days),
            [Series(_("Notas publicadas"), day.book.daily(PUBLISHED, days[0], days[-1]))],
        ),
        chart_title=_("Notas publicadas por día, últimos 30 días"),
        action_url=home,
        action_label=_("Abrir Prensa"),
        empty_text=_("Sin notas publicadas en los últimos 30 días."),
    )
