"""The agenda's calendar pages: month, week, day (phone first) and list."""

from __future__ import annotations

import calendar as pycalendar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cached_property

from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

from heraldo.ceremonial.forms import EventFilterForm
from heraldo.ceremonial.models import Event
from heraldo.ceremonial.permissions import can_manage_agenda
from heraldo.ceremonial.recurrence import LIMA, parse_occurrence_key
from heraldo.ceremonial.selectors import group_by_day, occurrences_between, occurrences_by_day, occurrences_page
from heraldo.core.permissions import capability_required

MAX_PER_CELL = 4


def _requested_day(request) -> date:
    raw = request.GET.get("fecha", "")
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return timezone.localdate()


def _start(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=LIMA)


@dataclass(frozen=True)
class CalendarItem:
    """What a calendar cell shows of an occurrence, computed once (the month can hold hundreds)."""

    url: str
    time: str
    title: str
    css: str
    recurring: bool
    starts_at: datetime

    # The month shows a few hundred of these twice (grid and phone list): written here once, not by the template
    # engine node by node, which made most of the month's time. Every value is escaped.
    @cached_property
    def _content(self) -> str:
        repeats = (
            ' <i class="bi bi-arrow-repeat" aria-hidden="true"></i>'
            f'<span class="visually-hidden">{escape(gettext("(se repite)"))}</span>'
            if self.recurring
            else ""
        )
        return (
            f'<span class="agenda-time">{escape(self.time)}</span> '
            f'<span class="agenda-title">{escape(self.title)}</span>{repeats}'
        )

    @property
    def cell_link(self) -> str:
        return (
            f'<a class="agenda-item {escape(self.css)}" href="{escape(self.url)}" '
            f'title="{escape(self.time)} {escape(self.title)}">{self._content}</a>'
        )

    @property
    def list_link(self) -> str:
        return f'<a class="agenda-item {escape(self.css)}" href="{escape(self.url)}">{self._content}</a>'


def _items(occurrences) -> dict[tuple, CalendarItem]:
    base = reverse("ceremonial:event_detail", args=[0]).removesuffix("0/")
    items = {}
    for o in occurrences:
        event = o.event
        css = f"agenda-type-{event.event_type.lower()}" + (" agenda-cancelled" if event.status == "CANCELADO" else "")
        items[(event.pk, o.original_start)] = CalendarItem(
            f"{base}{event.pk}/",
            o.starts_at.astimezone(LIMA).strftime("%H:%M"),
            event.title,
            css,
            bool(event.rrule),
            o.starts_at,
        )
    return items


@dataclass
class DayCell:
    day: date
    in_month: bool
    is_today: bool
    occurrences: list = field(default_factory=list)
    count: int | None = None  # how many the day holds, when `occurrences` are only its first ones

    @property
    def shown(self):
        return self.occurrences[:MAX_PER_CELL]

    @property
    def hidden_count(self) -> int:
        return max(0, (len(self.occurrences) if self.count is None else self.count) - MAX_PER_CELL)

    @property
    def grid_links(self) -> str:
        return mark_safe("".join(item.cell_link for item in self.shown))  # noqa: S308  CalendarItem escapes

    @property
    def list_items(self) -> str:
        return mark_safe(  # noqa: S308  CalendarItem escapes
            "".join(f'<div class="list-group-item">{item.list_link}</div>' for item in self.shown)
        )

    # The month's grid and its phone list name each of 42 days up to three times: formatted once here.
    @cached_property
    def iso(self) -> str:
        return self.day.isoformat()

    @cached_property
    def long_name(self) -> str:
        return date_format(self.day, r"l j \d\e F")

    @property
    def hidden_text(self) -> str:
        return ngettext("y %(n)s más", "y %(n)s más", self.hidden_count) % {"n": self.hidden_count}


def _base_context(request, view: str, day: date) -> dict:
    return {"view": view, "day": day, "today": timezone.localdate(), "can_manage": can_manage_agenda(request.user)}


@login_required
@capability_required("access_agenda")
def month(request):
    day = _requested_day(request)
    first = day.replace(day=1)
    grid_start = first - timedelta(days=first.weekday())
    last = first.replace(day=pycalendar.monthrange(first.year, first.month)[1])
    grid_end = last + timedelta(days=6 - last.weekday())
    by_day = occurrences_by_day(grid_start, grid_end, per_day=MAX_PER_CELL)
    items = _items(occurrence for found in by_day.values() for occurrence in found.first)
    today = timezone.localdate()
    cells = [
        DayCell(
            day,
            day.month == first.month,
            day == today,
            [items[(o.event.pk, o.original_start)] for o in found.first],
            found.count,
        )
        for day, found in by_day.items()
    ]
    weeks = [cells[i : i + 7] for i in range(0, len(cells), 7)]
    previous_month = (first - timedelta(days=1)).replace(day=1)
    next_month = last + timedelta(days=1)
    context = _base_context(request, "month", day) | {
        "weeks": weeks,
        "first": first,
        "previous": previous_month,
        "next": next_month,
        # On a phone, the days with something on, each cut like a cell of the grid (the whole month doubled the page).
        "month_days": [cell for cell in cells if cell.in_month and cell.occurrences],
    }
    return render(request, "ceremonial/calendar_month.html", context)


@login_required
@capability_required("access_agenda")
def week(request):
    day = _requested_day(request)
    monday = day - timedelta(days=day.weekday())
    days = [monday + timedelta(days=n) for n in range(7)]
    occurrences = occurrences_between(_start(monday), _start(monday + timedelta(days=7)))
    by_day = group_by_day(occurrences, days)
    today = timezone.localdate()
    context = _base_context(request, "week", day) | {
        "cells": [DayCell(d, True, d == today, by_day[d]) for d in days],
        "monday": monday,
        "sunday": days[-1],
        "previous": monday - timedelta(days=7),
        "next": monday + timedelta(days=7),
    }
    return render(request, "ceremonial/calendar_week.html", context)


@login_required
@capability_required("access_agenda")
def day_view(request):
    day = _requested_day(request)
    occurrences = occurrences_between(_start(day), _start(day + timedelta(days=1)))
    context = _base_context(request, "day", day) | {
        "occurrences": occurrences,
        "previous": day - timedelta(days=1),
        "next": day + timedelta(days=1),
        "now": timezone.now(),
    }
    return render(request, "ceremonial/calendar_day.html", context)


LIST_PAGE_SIZE = 25


def _page_start_key(start: tuple[datetime, int]) -> str:
    """Where a page of the list starts, in its URL: the first row's start (UTC) and event."""
    moment, event_id = start
    return f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}-{event_id}"


def _page_start(key: str) -> tuple[datetime, int] | None:
    """A page start from the URL; anything unreadable is the first page."""
    moment, _dash, event_id = key.partition("-")
    try:
        return parse_occurrence_key(moment), int(event_id)
    except ValueError:
        return None


@login_required
@capability_required("access_agenda")
def agenda_list(request):
    form = EventFilterForm(request.GET or None)
    today = timezone.localdate()
    date_from, date_to, query, status = today, today + timedelta(days=60), "", ""
    if form.is_valid():
        date_from = form.cleaned_data["date_from"] or date_from
        date_to = form.cleaned_data["date_to"] or max(date_to, date_from + timedelta(days=60))
        query, status = form.cleaned_data["q"], form.cleaned_data["status"]
    base = Event.objects.all()
    if query:
        base = base.filter(Q(title__icontains=query) | Q(place__icontains=query) | Q(description__icontains=query))
    if status:
        base = base.filter(status=status)
    start_from = _page_start(request.GET.get("desde_item", ""))
    page = occurrences_page(
        _start(date_from), _start(date_to + timedelta(days=1)), size=LIST_PAGE_SIZE, start_from=start_from, base=base
    )
    querystring = request.GET.copy()
    querystring.pop("desde_item", None)
    context = _base_context(request, "list", date_from) | {
        "form": form,
        "page": page,
        "pagination": "ceremonial/calendar_list.html#pagination",
        "is_first_page": start_from is None,
        "next_item": _page_start_key(page.next_from) if page.next_from else "",
        "querystring": querystring.urlencode(),
        "date_from": date_from,
        "date_to": date_to,
    }
    return render(request, "ceremonial/calendar_list.html", context)
