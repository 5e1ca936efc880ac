"""Keeping the registry true: records to verify, the calendar of anniversaries and birthdays."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone

from heraldo.core.permissions import capability_required
from heraldo.directory.permissions import can_manage, can_see_personal_data
from heraldo.directory.selectors_keeping import (
    STALE_AFTER,
    occasions_between,
    registry_figures,
    stale_entities,
    stale_persons,
)

OCCASIONS_PER_PAGE = 50


@login_required
@capability_required("access_directory")
def stale_list(request):
    now = timezone.now()
    kind = "personas" if request.GET.get("tipo") == "personas" else "entidades"
    queryset = stale_persons(now=now) if kind == "personas" else stale_entities(now=now)
    paginator = Paginator(queryset, 25)
    # The figure Hoy shows, up to a minute old: counting 43,000 unverified persons again took 17 ms a page.
    paginator.count = registry_figures(now=now).stale["persons" if kind == "personas" else "entities"]
    page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "directory/stale_list.html",
        {
            "page": page,
            "kind": kind,
            "querystring": f"tipo={kind}",
            "limit": now - STALE_AFTER,
            "can_manage": can_manage(request.user),
        },
    )


def _month_from(request) -> date:
    today = timezone.localdate()
    try:
        year, month = (int(part) for part in request.GET.get("mes", "").split("-"))
        return date(year, month, 1)
    except (ValueError, TypeError):
        return today.replace(day=1)


def _greeted_this_year(year: int) -> set[tuple[str, int]]:
    from heraldo.directory.models import Greeting

    sent = set()
    for entity_id, person_id in Greeting.objects.filter(sent_on__year=year).values_list("entity_id", "person_id"):
        if person_id:
            sent.add(("birthday", person_id))
        elif entity_id:
            sent.add(("anniversary", entity_id))
    return sent


@login_required
@capability_required("access_directory")
def occasions(request):
    first = _month_from(request)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    found = occasions_between(first, last, include_birthdays=can_see_personal_data(request.user))
    # A month of a large Registro holds hundreds of dates: shown a page at a time, like every list.
    page = Paginator(found, OCCASIONS_PER_PAGE).get_page(request.GET.get("page"))
    sent = _greeted_this_year(first.year)
    for occasion in page:
        occasion.sent = (occasion.kind, occasion.target_id) in sent
    previous = (first - timedelta(days=1)).replace(day=1)
    following = last + timedelta(days=1)
    return render(
        request,
        "directory/occasions.html",
        {
            "occasions": page.object_list,
            "page": page,
            "querystring": f"mes={first:%Y-%m}",
            "month": first,
            "previous": previous,
            "following": following,
            "today": timezone.localdate(),
            "can_manage": can_manage(request.user),
        },
    )
