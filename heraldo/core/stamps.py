"""Counts that every page shows (the bell, the menu's badges) cached until the data behind them changes.

A writer calls `raise_stamps(name)` after changing the data (in its transaction, or after it commits: never
before, or a reader could cache the old figure under the new value); a reader asks `cached_figure`,
which reads the stamps (one indexed query for all of them) and finds the figure in the cache under their
values, computing it only after a change. The entries also expire after a minute, so a change made by a path
that raises no stamp (a cascade delete) shows within that time.

`stamp_follows` raises a stamp on every save and delete of some models through the ORM, so a module need not
remember each place that writes them; only `QuerySet.update()` and `bulk_create()`, which send no signal, must
raise it themselves. A stamp's row stays locked until its transaction commits: raise stamps from short
transactions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from django.core.cache import cache
from django.db.models import F
from django.db.models.signals import post_delete, post_save

from heraldo.core.hot_queries import all_stamp_values
from heraldo.core.models import ChangeStamp

_FIGURE_SECONDS = 60
Figure = TypeVar("Figure")


# Within a request, the stamps read first (menu, panels, a kept page all ask) are the request's: one query a page.
# A write in the same request forgets them, so the next read goes to the database; the names asked are noted, for
# a kept page (heraldo.core.kept_pages) that shows figures cached under them.
class _RequestStamps:
    __slots__ = ("asked", "values")

    def __init__(self) -> None:
        self.values: dict[str, int] | None = None
        self.asked: set[str] = set()


_request_stamps: ContextVar[_RequestStamps | None] = ContextVar("heraldo_request_stamps", default=None)


@contextmanager
def stamps_read_once() -> Iterator[None]:
    token = _request_stamps.set(_RequestStamps())
    try:
        yield
    finally:
        _request_stamps.reset(token)


def stamps_asked_in_request() -> set[str]:
    held = _request_stamps.get()
    return set(held.asked) if held is not None else set()


# The stamps raised inside `stamps_raised_at_end()` in this thread, raised once when it ends.
_deferred: ContextVar[set[str] | None] = ContextVar("heraldo_deferred_stamps", default=None)


def raise_stamps(*names: str) -> None:
    deferred = _deferred.get()
    if deferred is not None:
        deferred.update(names)
        return
    for name in names:
        if not ChangeStamp.objects.filter(name=name).update(value=F("value") + 1):
            ChangeStamp.objects.get_or_create(name=name, defaults={"value": 1})
    held = _request_stamps.get()
    if held is not None:
        held.values = None


@contextmanager
def stamps_raised_at_end() -> Iterator[None]:
    """Within the block every stamp raised is raised once, when the block ends (also when it raises).

    For a batch of short transactions (a poll stores each story in its own): one update of each stamp for the
    batch instead of one per row, after the rows committed, which is when a stamp may be raised. A page that
    reads the figure meanwhile shows the previous one until the batch ends, as it would for any slower writer.
    """
    token = _deferred.set(set())
    try:
        yield
    finally:
        names = _deferred.get() or set()
        _deferred.reset(token)
        raise_stamps(*sorted(names))


def stamp_follows(stamp: str, *model_labels: str) -> str:
    """Raise `stamp` whenever a row of one of `model_labels` ("app.Model") is saved or deleted, cascades
    included; returns the stamp, for `TASKS_STAMP = stamp_follows("work.tasks", "work.Task")`."""

    def raise_it(sender, **kwargs) -> None:
        raise_stamps(stamp)

    for label in model_labels:
        for signal, kind in ((post_save, "save"), (post_delete, "delete")):
            signal.connect(raise_it, sender=label, weak=False, dispatch_uid=f"heraldo-stamp:{stamp}:{label}:{kind}")
    return stamp


def stamp_values(names: Sequence[str]) -> dict[str, int]:
    """The current value of each stamp (0 for one never raised): one query, or none after the request's first."""
    held = _request_stamps.get()
    if held is None:
        values = all_stamp_values()
    else:
        if held.values is None:
            held.values = all_stamp_values()
        values = held.values
        held.asked.update(names)
    return {name: values.get(name, 0) for name in names}


def stamp_key(values: dict[str, int]) -> str:
    """Stamp values as one string, for a cache key that must change when any of them is raised."""
    return ",".join(f"{name}={values[name]}" for name in sorted(values))


def stamps_version(*names: str) -> str:
    return stamp_key(stamp_values(names))


def cached_figure(key: str, stamps: dict[str, int], compute: Callable[[], Figure]) -> Figure:
    """`compute()` cached under `key` and the values of the stamps it depends on."""
    full_key = "heraldo:figure:" + key + ":" + stamp_key(stamps)
    figure = cache.get(full_key)
    if figure is None:
        figure = compute()
        cache.set(full_key, figure, _FIGURE_SECONDS)
    return figure
