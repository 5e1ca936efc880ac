"""Campañas on the dashboards: the campaigns running, the units waiting for an answer, and the live list."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from heraldo.campaigns import permissions as gates
from heraldo.campaigns.integrations import CAMPAIGNS_STAMP
from heraldo.core.dashboards import HOME, Card, DashboardDay, Figure, register_card, register_metric
from heraldo.core.dates import shown_date
from heraldo.core.today import Panel, PanelItem, register_panel

RUNNING = "campaigns.running"  # campaigns whose period covers each day, once under way (not those still planned)
PANEL_ITEMS = 6


@register_metric(RUNNING, ahead_days=40)
def campaigns_running(first: date, last: date):
    from heraldo.campaigns.models import Campaign, CampaignStatus

    rows = []
    periods = (
        Campaign.objects.filter(starts_on__lte=last, ends_on__gte=first)
        .exclude(status=CampaignStatus.PLANNED)
        .values_list("starts_on", "ends_on")
    )
    for starts_on, ends_on in periods:
        day = max(starts_on, first)
        while day <= min(ends_on, last):
            rows.append((day, "", 1))
            day += timedelta(days=1)
    return rows


@register_card("campaigns", places=(HOME, "campaigns"), position=50, visible=gates.is_office, metrics=(RUNNING,))
def campaigns_card(day: DashboardDay) -> Card:
    from heraldo.campaigns.models import Campaign, CampaignStatus
    from heraldo.campaigns.selectors import requests_waiting

    home = reverse("campaigns:home")
    planned = Campaign.objects.filter(status=CampaignStatus.PLANNED).count()  # the status index
    return Card(
        "campaigns",
        _("Campañas"),
        "megaphone",
        figures=[
            Figure(_("En curso hoy"), day.book.total(RUNNING, day.today, day.today), f"{home}?estado=EN_CURSO"),
            Figure(_("En planificación"), planned, f"{home}?estado={CampaignStatus.PLANNED}"),
            Figure(_("Solicitudes por atender"), requests_waiting().count(), reverse("campaigns:request_list")),
        ],
        action_url=home,
        action_label=_("Abrir Campañas"),
    )


@register_panel("campaigns-running", position=35, stamps=(CAMPAIGNS_STAMP,))
def campaigns_running_panel(user, now: datetime) -> Panel | None:
    """The campaigns in progress (the status index, six rows)."""
    if not gates.is_office(user):
        return None
    from heraldo.campaigns.models import CampaignStatus

    running = gates.campaigns_visible_to(user).filter(status=CampaignStatus.RUNNING).order_by("-starts_on", "-pk")
    return Panel(
        "campaigns-running",
        _("Campañas en curso"),
        "megaphone",
        _("No hay campañas en curso."),
        items=[
            PanelItem(
                campaign.title,
                campaign.get_absolute_url(),
                _("Del %(start)s al %(end)s")
                % {"start": shown_date(campaign.starts_on), "end": shown_date(campaign.ends_on)},
                campaign.unit or str(_("Campaña propia")),
            )
            for campaign in running[:PANEL_ITEMS]
        ],
        action_url=f"{reverse('campaigns:home')}?estado={CampaignStatus.RUNNING}",
        action_label=_("Ver todas las campañas"),
    )
