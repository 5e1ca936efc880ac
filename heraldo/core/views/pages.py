from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from heraldo.core.navigation import modules_for
from heraldo.core.search import search_everything
from heraldo.core.spanish import day_part
from heraldo.core.today import today_panels


@login_required
def today(request):
    now = timezone.localtime()
    return render(
        request,
        "core/today.html",
        {"now": now, "day_part": day_part(now).value, "panels": today_panels(request.user, now)},
    )


@login_required
def search(request):
    query = request.GET.get("q", "").strip()[:200]
    groups = search_everything(request.user, query) if query else []
    return render(
        request,
        "core/search.html",
        {"query": query, "groups": groups, "modules": modules_for(request.user)},
    )
