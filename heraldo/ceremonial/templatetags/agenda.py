"""Template helpers of the agenda pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django import template

from heraldo.ceremonial.selectors import Conflict

register = template.Library()


@dataclass
class ConflictSeries:
    """The clashes with one event: a weekly series that meets the candidate fifty times is one line."""

    event: object
    reasons: list[str] = field(default_factory=list)
    starts: list[datetime] = field(default_factory=list)
    first_end: datetime | None = None

    @property
    def count(self) -> int:
        return len(self.starts)

    @property
    def first(self) -> datetime:
        return self.starts[0]

    @property
    def last(self) -> datetime:
        return self.starts[-1]


@register.filter
def conflict_series(conflicts: list[Conflict]) -> list[ConflictSeries]:
    """The conflicts grouped by the event they clash with, in the order of each one's first clash."""
    series: dict[int, ConflictSeries] = {}
    for conflict in sorted(conflicts, key=lambda c: c.occurrence.starts_at):
        occurrence = conflict.occurrence
        group = series.setdefault(occurrence.event.pk, ConflictSeries(occurrence.event, first_end=occurrence.ends_at))
        group.starts.append(occurrence.starts_at)
        group.reasons.extend(reason for reason in conflict.reasons if reason not in group.reasons)
    return list(series.values())
