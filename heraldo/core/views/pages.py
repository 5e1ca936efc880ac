from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from heraldo.core.navigation import MODULES_BY_SLUG, modules_for
from heraldo.core.permissions import has_capability, require_capability
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
def module_home(request, slug: str):
    module = MODULES_BY_SLUG.get(slug)
    if module is None:
        raise Http404
    if not any(has_capability(request.user, c) for c in module.capabilities):
        require_capability(request.user, module.capabilities[0])
    return render(request, "core/module_home.html", {"module": module})


@login_required
def search(request):
    query = request.GET.get("q", "").strip()[:200]
    groups = search_everything(request.user, query) if query else []
    return render(
        request,
        "core/search.html",
        {"query": query, "groups": groups, "modules": modules_for(request.user)},
    )
