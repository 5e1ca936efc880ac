"""Monitoreo's figures on the dashboards: the coverage and its tone, the topics of the month, urgent alerts."""

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
    daily_stacked_chart,
    percent,
    register_card,
    register_metric,
)
from heraldo.core.permissions import has_capability
from heraldo.core.today import Panel, PanelItem, register_panel
from heraldo.monitoring.models.alerts import ALERTS_STAMP

CLIPPINGS = "monitoring.clippings"  # originals per Lima day of publication, by tone
TOPICS = "monitoring.topics"  # originals per Lima day, by the id of each topic decided on
TOP_TOPICS = 6
ALERT_ITEMS = 5


@register_metric(CLIPPINGS)
def clippings_by_tone(first: date, last: date):
    from heraldo.monitoring.models import Clipping

    originals = Clipping.objects.filter(duplicate_of__isnull=True)
    return count_by_lima_day(originals, "published_at", first, last, dimension="tone")


@register_metric(TOPICS)
def clippings_by_topic(first: date, last: date):
    from heraldo.monitoring.models import ClippingTopic

    links = ClippingTopic.objects.filter(is_assigned=True, clipping__duplicate_of__isnull=True)
    return count_by_lima_day(links, "clipping__published_at", first, last, dimension="topic_id")


def _reads_monitoring(user) -> bool:
    return has_capability(user, "access_monitoring")


@register_card("coverage", places=(HOME, "monitoring"), position=10, visible=_reads_monitoring, metrics=(CLIPPINGS,))
def coverage_card(day: DashboardDay) -> Card:
    """The month's coverage and its tone balance, and the last 30 days by tone."""
    from heraldo.monitoring.models import Tone

    month = day.book.by_dimension(CLIPPINGS, day.month_first, day.today)
    total = sum(month.values())
    positive, negative = month.get(Tone.POSITIVE, 0), month.get(Tone.NEGATIVE, 0)
    balance = percent(positive, total) - percent(negative, total)
    days = day.trend_days()
    archive = f"{reverse('monitoring:clipping_list')}?date_from={day.month_first:%Y-%m-%d}&date_to={day.today:%Y-%m-%d}"
    return Card(
        "coverage",
        _("Cobertura de prensa de %(month)s") % {"month": _month_name(day.today)},
        "broadcast",
        figures=[
            Figure(_("Notas del mes"), total, archive),
            Figure(
                _("Positivas"), positive, f"{archive}&tone={Tone.POSITIVE}", "success", f"{percent(positive, total)} %"
            ),
            Figure(
                _("Negativas"), negative, f"{archive}&tone={Tone.NEGATIVE}", "danger", f"{percent(negative, total)} %"
            ),
            Figure(
                _("Balance de tono"),
                f"{balance:+d}",
                emphasis="success" if balance > 0 else "danger" if balance < 0 else "",
                note=_("puntos: porcentaje de positivas menos el de negativas"),
            ),
        ],
        chart=daily_stacked_chart(
            day.book,
            CLIPPINGS,
            days,
            [
                (Tone.POSITIVE, Tone.POSITIVE.label, "positive"),
                (Tone.NEUTRAL, Tone.NEUTRAL.label, "neutral"),
                (Tone.NEGATIVE, Tone.NEGATIVE.label, "negative"),
            ],
        ),
        chart_title=_("Notas por día y tono, últimos 30 días"),
        action_url=reverse("monitoring:home"),
        action_label=_("Abrir Monitoreo"),
        empty_text=_("Sin notas en los últimos 30 días."),
    )


@register_card("topics", places=(HOME, "monitoring"), position=20, visible=_reads_monitoring, metrics=(TOPICS,))
def topics_card(day: DashboardDay) -> Card:
    """The topics with most stories this month (one query for their names)."""
    from heraldo.monitoring.models import Topic

    counts = day.book.by_dimension(TOPICS, day.month_first, day.today)
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP_TOPICS]
    names = dict(Topic.objects.filter(pk__in=[int(key) for key, _n in top]).values_list("pk", "name"))
    shown = [(names[int(key)], n) for key, n in top if int(key) in names]
    return Card(
        "topics",
        _("Temas del mes"),
        "tags",
        figures=[
            Figure(_("Temas con notas"), len(counts)),
            Figure(
                _("Tema principal"),
                shown[0][0] if shown else "—",
                note=_("%(n)s notas") % {"n": shown[0][1]} if shown else "",
            ),
        ],
        chart=Chart(
            "bar",
            _("Tema"),
            [name for name, _n in shown],
            [Series(_("Notas"), [n for _name, n in shown], "accent")],
            horizontal=True,
        ),
        chart_title=_("Notas por tema en %(month)s") % {"month": _month_name(day.today)},
        empty_text=_("Ninguna nota del mes tiene un tema asignado todavía."),
    )


def _month_name(day: date) -> str:
    from django.utils.formats import date_format

    return date_format(day, "F Y")


@register_panel("press-alerts", position=22, stamps=(ALERTS_STAMP,))
def urgent_alerts_panel(user, now: datetime) -> Panel | None:
    """The latest press alerts, for those who receive them (the Mayor, the Manager, the analysts)."""
    if not has_capability(user, "receive_alerts"):
        return None
    from heraldo.monitoring.models import Alert

    newest_first = ("-created_at", "-pk")
    # The five alerts first, then their clippings: joined before the LIMIT, SQLite opened the clipping of every
    # alert kept (2,000 in bench/dashboard_mayor.py, 33 ms) to sort them. Only the columns shown are read.
    newest = Alert.objects.filter(withdrawn_at__isnull=True).order_by(*newest_first).values("pk")[:ALERT_ITEMS]
    latest = (
        Alert.objects.filter(pk__in=newest)
        .select_related("rule", "clipping", "clipping__outlet")
        .only("created_at", "surge", "rule__name", "clipping__title", "clipping__outlet__name")
        .order_by(*newest_first)
    )
    return Panel(
        "press-alerts",
        _("Últimas alertas de prensa"),
        "exclamation-triangle",
        _("Sin alertas. Las menciones negativas del Alcalde y de la municipalidad aparecerán aquí."),
        items=[
            PanelItem(
                alert.headline,
                reverse("monitoring:clipping_detail", args=[alert.clipping_id])
                if alert.clipping_id
                else reverse("monitoring:alert_list"),
                f"{alert.rule.name} · {timezone.localtime(alert.created_at):%d/%m/%Y %H:%M}",
                str(alert.clipping.outlet or "") if alert.clipping_id else "",
            )
            for alert in latest
        ],
        action_url=reverse("monitoring:alert_list"),
        action_label=_("Ver todas las alertas"),
    )
