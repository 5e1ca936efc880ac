"""The official agenda as the public sees it (D.L. 1415): no sign-in, published events only."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.core.cache import cache
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from heraldo.ceremonial.models import Event
from heraldo.ceremonial.recurrence import LIMA
from heraldo.ceremonial.selectors import (
    PUBLIC_STATUSES,
    agenda_change_count,
    occurrence_horizon,
    occurrences_between,
)
from heraldo.core.branding import municipality_name
from heraldo.core.permissions import public_page
from heraldo.core.visitor_cache import cached_for_visitors


def _public_events():
    return Event.objects.filter(is_public=True, status__in=PUBLIC_STATUSES)


# The public week is the same for every visitor: rendered once per language, week and change of the agenda. The
# stamp moves with every change of an event or of its dates; the time limit bounds what it does not see (a
# representative's name edited in the Registro).
PUBLIC_WEEK_SECONDS = 600


def _week_html(monday: date, today: date, horizon) -> str:
    start = datetime.combine(monday, datetime.min.time(), tzinfo=LIMA)
    occurrences = occurrences_between(start, start + timedelta(days=7), base=_public_events(), horizon=horizon)
    days = []
    for offset in range(7):
        current = monday + timedelta(days=offset)
        days.append((current, [o for o in occurrences if o.starts_at.astimezone(LIMA).date() == current]))
    return render_to_string("ceremonial/public_agenda.html#days", {"days": days, "today": today})


def _cached_week_html(monday: date, today: date) -> str:
    horizon = occurrence_horizon()
    if horizon is None:  # the occurrence days were never built: no stamp to trust
        return _week_html(monday, today, horizon)
    key = f"ceremonial.public-week.{get_language()}.{monday}.{today}.{horizon.version}"
    html = cache.get(key)
    if html is None:
        html = _week_html(monday, today, horizon)
        cache.set(key, html, PUBLIC_WEEK_SECONDS)
    return html


def _agenda_version() -> str | None:
    """The agenda's count of changes, and today: the page marks today and opens on this week."""
    changes = agenda_change_count()
    return None if changes is None else f"{changes}:{timezone.localdate()}"


@public_page
@require_GET
@cached_for_visitors(_agenda_version)
def public_agenda(request):
    try:
        day = date.fromisoformat(request.GET.get("semana", ""))
    except ValueError:
        day = timezone.localdate()
    monday = day - timedelta(days=day.weekday())
    today = timezone.localdate()
    context = {
        "days_html": _cached_week_html(monday, today),
        "monday": monday,
        "sunday": monday + timedelta(days=6),
        "previous": monday - timedelta(days=7),
        "next": monday + timedelta(days=7),
        "today": today,
        "updated_at": timezone.localtime(),
        "municipality": municipality_name(),
    }
    return render(request, "ceremonial/public_agenda.html", context)
