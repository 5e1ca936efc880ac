"""What other modules put in Mi trabajo beside tasks: releases waiting for my approval, the acts I staff in the
coming days, the guests still to call. Modules above Encargos register a source from their `integrations.py`;
each answers for the user looking (None when it has nothing for them) in a fixed number of queries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils.functional import Promise

# Each section shows this many items and a link to the module's own page for the rest.
SECTION_LIMIT = 8


@dataclass(frozen=True)
class WorkItem:
    title: str
    url: str
    detail: str = ""
    when: datetime | date | None = None


@dataclass(frozen=True)
class WorkSection:
    key: str
    title: Promise | str
    icon: str
    items: list[WorkItem] = field(default_factory=list)
    total: int = 0
    more_url: str = ""
    empty: Promise | str = ""


# A source answers with its section, several sections (read together), or None when it has nothing for the user.
WorkSource = Callable[[object, datetime], "WorkSection | list[WorkSection] | None"]
_SOURCES: list[tuple[int, WorkSource]] = []


def register_work_source(position: int) -> Callable[[WorkSource], WorkSource]:
    def register(source: WorkSource) -> WorkSource:
        _SOURCES.append((position, source))
        _SOURCES.sort(key=lambda entry: entry[0])
        return source

    return register


def work_sections(user, now: datetime) -> list[WorkSection]:
    sections = []
    for _position, source in _SOURCES:
        answer = source(user, now)
        if isinstance(answer, WorkSection):
            sections.append(answer)
        elif answer:
            sections.extend(answer)
    return sections
