"""Reads of Reportes: the list of reports, the POI progress of a report's period."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from heraldo.core.report_sections import countable_figures
from heraldo.reports.models import PoiActivity, PoiActual, Report


def report_list() -> QuerySet[Report]:
    return Report.objects.select_related("approved_by").order_by("-period_start", "-pk")


def months_of(period_start: date, period_end: date) -> list[tuple[int, int]]:
    """The (year, month) pairs a period touches, in order."""
    months = []
    year, month = period_start.year, period_start.month
    while (year, month) <= (period_end.year, period_end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _shown(value: Decimal | float | int) -> str:
    value = Decimal(str(value))
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"


def poi_progress(report: Report) -> list[dict]:
    """Each POI activity of the period's years: its target for the months of the period and what was achieved.

    An activity counted from a report figure takes that figure of this report; one counted by hand adds up the
    actuals the head of unit entered for those months.
    """
    months = months_of(report.period_start, report.period_end)
    years = {year for year, _month in months}
    figures = {
        f"{section['key']}.{figure['key']}": figure["value"]
        for section in report.sections
        for figure in section["figures"]
    }
    sources = dict(countable_figures())
    activities = list(PoiActivity.objects.filter(year__in=years).order_by("year", "position", "pk"))
    actuals: dict[tuple[int, int], Decimal] = {
        (a.activity_id, a.month): a.value for a in PoiActual.objects.filter(activity__in=activities)
    }
    rows = []
    for activity in activities:
        mine = [month for year, month in months if year == activity.year]
        targets = activity.monthly_targets or [0] * 12
        target = sum(Decimal(str(targets[month - 1])) for month in mine)
        if activity.counts_from:
            actual = Decimal(str(figures.get(activity.counts_from, 0)))
            source = sources.get(activity.counts_from, activity.counts_from)
        else:
            actual = sum((actuals.get((activity.pk, month), Decimal(0)) for month in mine), Decimal(0))
            source = _("Registrado a mano")
        ratio = round(actual * 100 / target) if target else None
        rows.append(
            {
                "name": activity.name,
                "unit": activity.unit_of_measure,
                "source": str(source),
                "target": _shown(target),
                "actual": _shown(actual),
                "ratio": ratio,
                "percent": f"{ratio} %" if ratio is not None else _("sin meta"),
            }
        )
    return rows
