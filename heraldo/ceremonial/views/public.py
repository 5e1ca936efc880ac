"""The official agenda as the public sees it (D.L. 1415): no sign-in, published events only."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from heraldo.ceremonial.models import Event
from heraldo.ceremonial.recurrence import LIMA
from heraldo.ceremonial.selectors import PUBLIC_STATUSES, occurrences_between
from heraldo.core.branding import municipality_name
from heraldo.core.permissions import public_page


def _public_events():
    return Event.objects.filter(is_public=True, status__in=PUBLIC_STATUSES)


@public_page
@require_GET
def public_agenda(request):
    try:
        day = date.fromisoformat(request.GET.get("semana", ""))
    except ValueError:
        day = timezone.localdate()
    monday = day - timedelta(days=day.weekday())
    start = datetime.combine(monday, datetime.min.time(), tzinfo=LIMA)
    occurrences = occurrences_between(start, start + timedelta(days=7), base=_public_events())
    days = []
    for offset in range(7):
        current = monday + timedelta(days=offset)
        days.append((current, [o for o in occurrences if o.starts_at.astimezone(LIMA).date() == current]))
    context = {
        "days": days,
        "monday": monday,
        "sunday": monday + timedelta(days=6),
        "previous": monday - timedelta(days=7),
        "next": monday + timedelta(days=7),
        "today": timezone.localdate(),
        "updated_at": timezone.localtime(),
        "municipality": municipality_name(),
    }
    return render(request, "ceremonial/public_agenda.html", context)
