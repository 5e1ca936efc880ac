from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.text import slugify

from heraldo.core.dashboards import HOME, card_for_export, dashboard_html
from heraldo.core.navigation import modules_for
from heraldo.core.search import search_everything
from heraldo.core.spanish import day_part
from heraldo.core.spreadsheets import XLSX_TYPE, download_response, to_csv, to_xlsx
from heraldo.core.today import today_panels_html


@login_required
def today(request):
    now = timezone.localtime()
    cards = dashboard_html(request.user, HOME, card_columns="col-xxl-6")
    return render(
        request,
        "core/today.html",
        {
            "now": now,
            "day_part": day_part(now).value,
            "cards": cards,
            "panels": today_panels_html(request.user, now, stretch=not cards),
        },
    )


@login_required
def dashboard_export(request, card_key: str, file_format: str):
    """A dashboard chart's numbers as CSV or Excel, for those who see the card (its own visibility check)."""
    if file_format not in ("csv", "xlsx"):
        raise Http404
    card = card_for_export(request.user, card_key)
    chart = card.chart
    assert chart is not None  # card_for_export answers 404 for a card without a chart
    name = f"{slugify(str(card.chart_title or card.title))}-{timezone.localdate():%Y-%m-%d}"
    if file_format == "xlsx":
        content = to_xlsx(chart.header(), chart.rows(), str(card.title))
        return download_response(content, XLSX_TYPE, f"{name}.xlsx")
    return download_response(to_csv(chart.header(), chart.rows()), "text/csv; charset=utf-8", f"{name}.csv")


@login_required
def search(request):
    query = request.GET.get("q", "").strip()[:200]
    groups = search_everything(request.user, query) if query else []
    return render(
        request,
        "core/search.html",
        {"query": query, "groups": groups, "modules": modules_for(request.user)},
    )
