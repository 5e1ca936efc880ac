"""The demo office's last month is a month's work: the report a newcomer opens has something in every section."""

from datetime import date

from heraldo.core.demo import demo_day_in_last_month, demo_last_month, demo_load
from heraldo.core.report_sections import local_bounds
from heraldo.monitoring.models import Clipping
from heraldo.reports.models import Report


def test_last_month_is_the_previous_calendar_month_whatever_today_is():
    assert demo_last_month(date(2026, 3, 1)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert demo_last_month(date(2027, 1, 15)) == (date(2026, 12, 1), date(2026, 12, 31))
    # a day past the month's end stays on its last day
    assert demo_day_in_last_month(31, date(2026, 12, 6)) == date(2026, 11, 30)


def test_the_demo_report_of_last_month_has_every_section_filled(db):
    # given the demo office
    demo_load()
    first, last_day = demo_last_month()

    # then last month's report (compiled by the demo) counts what the modules did that month
    report = Report.objects.get(period_start=first, period_end=last_day)
    figures = {(s["key"], f["key"]): f["value"] for s in report.sections for f in s["figures"]}
    for section, figure in (
        ("ceremonial", "mayor"),
        ("ceremonial", "representative"),
        ("directory", "coordinations"),
        ("press", "releases"),
        ("press", "bulletins"),
        ("monitoring", "positive"),
        ("monitoring", "neutral"),
        ("monitoring", "negative"),
        ("campaigns", "campaigns"),
        ("campaigns", "kpis_met"),
        ("work", "received"),
        ("work", "closed"),
        ("work", "overdue"),
    ):
        assert figures[(section, figure)] > 0, (section, figure)
    assert figures[("campaigns", "kpis")] > figures[("campaigns", "kpis_met")]  # one indicator fell short
    assert 0 < figures[("press", "distributed")] <= figures[("press", "releases")]

    # and a count of one reads in the singular in the suggested drafts
    drafts = {s["key"]: s["draft"] for s in report.sections}
    assert "Estuvo en curso 1 campaña." in drafts["campaigns"]
    assert "y 1 edición del boletín municipal." in drafts["press"]
    assert "(1 vencido)." in drafts["work"]

    # and the coverage has originals and copies spread over the month, not piled on one day
    since, until = local_bounds(first, last_day)
    month = Clipping.objects.filter(published_at__gte=since, published_at__lt=until)
    assert month.filter(duplicate_of__isnull=False).exists()
    assert len({c.published_at.date() for c in month}) >= 20
    assert figures[("monitoring", "clippings")] == month.filter(duplicate_of__isnull=True).count()
