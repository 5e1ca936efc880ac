"""Campañas' section of the monthly report: the campaigns under way in the period and their results against
their KPIs (functions 6, 8 and 12)."""

from __future__ import annotations

from datetime import date

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from heraldo.campaigns.models import Campaign, Kpi
from heraldo.core.dates import shown_date
from heraldo.core.report_sections import Chart, Figure, ItemRow, ItemTable, SectionData, register_report_section


def _amount(value) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


@register_report_section(
    "campaigns",
    title=gettext_lazy("Campañas y resultados"),
    functions=(6, 8, 12),
    position=50,
    figures={
        "campaigns": gettext_lazy("Campañas en curso en el periodo"),
        "kpis": gettext_lazy("Indicadores medidos"),
        "kpis_met": gettext_lazy("Indicadores que alcanzaron su meta"),
    },
)
def campaigns_section(period_start: date, period_end: date) -> SectionData:
    campaigns = list(
        Campaign.objects.filter(starts_on__lte=period_end, ends_on__gte=period_start)
        .prefetch_related(Prefetch("kpis", queryset=Kpi.objects.order_by("pk")))
        .order_by("starts_on", "pk")
    )
    kpis = [(campaign, kpi) for campaign in campaigns for kpi in campaign.kpis.all()]
    measured = [(c, k) for c, k in kpis if k.achieved is not None]
    met = [(c, k) for c, k in measured if k.achieved >= k.target]

    def kpi_row(campaign: Campaign, kpi: Kpi) -> ItemRow:
        achieved = _("sin resultado") if kpi.achieved is None else _amount(kpi.achieved)
        percent = "" if kpi.percent is None else f" ({kpi.percent} %)"
        return ItemRow(
            f"{kpi.name} — {campaign.title}",
            campaign.get_absolute_url(),
            "",
            _("Meta %(target)s · logrado %(achieved)s%(percent)s")
            % {"target": _amount(kpi.target), "achieved": achieved, "percent": percent},
        )

    campaign_rows = [
        ItemRow(
            c.title,
            c.get_absolute_url(),
            f"{shown_date(c.starts_on)} – {shown_date(c.ends_on)}",
            f"{c.get_status_display()}" + (f" · {c.unit}" if c.unit else ""),
        )
        for c in campaigns
    ]
    draft = " ".join(
        (
            ngettext(
                "Estuvo en curso %(campaigns)s campaña.", "Estuvieron en curso %(campaigns)s campañas.", len(campaigns)
            )
            % {"campaigns": len(campaigns)},
            ngettext(
                "De %(kpis)s indicador con resultado medido,",
                "De %(kpis)s indicadores con resultado medido,",
                len(measured),
            )
            % {"kpis": len(measured)},
            ngettext("%(met)s alcanzó su meta.", "%(met)s alcanzaron su meta.", len(met)) % {"met": len(met)},
        )
    )
    return SectionData(
        figures=[
            Figure("campaigns", len(campaigns), table="campaigns"),
            Figure("kpis", len(measured), table="kpis"),
            Figure("kpis_met", len(met), table="kpis_met"),
        ],
        charts=[
            Chart(
                "kpi_percent",
                _("Logro de cada indicador (% de la meta)"),
                [f"{k.name} ({c.title})" for c, k in measured],
                [k.percent or 0 for _c, k in measured],
            )
        ],
        tables=[
            ItemTable("campaigns", _("Campañas en curso"), campaign_rows),
            ItemTable("kpis", _("Indicadores medidos"), [kpi_row(c, k) for c, k in measured]),
            ItemTable("kpis_met", _("Indicadores que alcanzaron su meta"), [kpi_row(c, k) for c, k in met]),
        ],
        draft=draft,
    )
