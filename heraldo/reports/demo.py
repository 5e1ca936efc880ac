"""Reportes in the demo office: the POI activities of the year and last month's report, compiled from what the
other modules' demo data did that month, with one comment from the Mayor."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from heraldo.core.demo import register_demo_loader
from heraldo.core.models import User
from heraldo.core.report_sections import month_bounds
from heraldo.reports.models import PoiActivity, Report
from heraldo.reports.services import poi_activity_save, poi_actuals_save, report_comment, report_compile

# (name, unit of measure, target each month, counted from)
DEMO_POI = (
    ("Difusión de notas de prensa", "nota de prensa", 8, "press.releases"),
    ("Organización de ceremonias y actos oficiales", "acto", 8, "ceremonial.acts"),
    ("Monitoreo de medios de comunicación", "recorte", 60, "monitoring.clippings"),
    ("Atención de encargos de la Alcaldía", "encargo", 3, "work.closed"),
    ("Elaboración del boletín municipal", "edición", 1, "press.bulletins"),
    ("Capacitación en vocería a funcionarios", "taller", 1, ""),
)


def _load_demo(head: User) -> None:
    today = timezone.localdate()
    last = today.replace(day=1) - timedelta(days=1)
    for position, (name, unit, monthly, counts_from) in enumerate(DEMO_POI):
        if PoiActivity.objects.filter(year=last.year, name=name).exists():
            continue
        activity = poi_activity_save(
            actor=head,
            year=last.year,
            name=name,
            unit_of_measure=unit,
            monthly_targets=[monthly] * 12,
            counts_from=counts_from,
            position=position,
        )
        if not counts_from:
            poi_actuals_save(actor=head, activity=activity, values={month: 1 for month in range(1, last.month + 1)})
    start, end = month_bounds(last.year, last.month)
    if Report.objects.filter(period_start=start, period_end=end).exists():
        return
    report = report_compile(actor=head, period_start=start, period_end=end)
    mayor = User.objects.filter(username="alcalde").first()
    if mayor:
        report_comment(
            actor=mayor,
            report=report,
            section_key="monitoring",
            body="Por favor, expliquen qué se hizo con las notas negativas sobre la limpieza pública.",
        )


register_demo_loader(_load_demo)
