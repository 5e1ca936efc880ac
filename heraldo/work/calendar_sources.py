"""What other modules put on the office's calendar of deadlines (the Mayor's events, later campaign dates).

Modules above Encargos register a source from their `integrations.py`; the team calendar asks every
source for the window shown and the user looking, so each module keeps its own permission rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from django.utils.functional import Promise


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    title: str
    url: str
    kind: Promise | str
    starts_at: datetime | None = None


CalendarSource = Callable[[object, date, date], list[CalendarEntry]]
_SOURCES: list[CalendarSource] = []


def register_calendar_source(source: CalendarSource) -> CalendarSource:
    _SOURCES.append(source)
    return source


def calendar_entries(user, first: date, last: date) -> list[CalendarEntry]:
    entries: list[CalendarEntry] = []
    for source in _SOURCES:
        entries.extend(source(user, first, last))
    return entries
