"""Marks a view carries for the middleware that serve pages from the cache (heraldo.core.kept_pages).

A module of its own, importing nothing: views mark themselves without importing the middleware's machinery."""

from __future__ import annotations

_NEVER_KEPT = "heraldo_never_kept"


def never_kept(view):
    """For a page that must be built on every request although it writes nothing (it shows the job queue, the
    disk, or another system's state, none of which has a stamp)."""
    setattr(view, _NEVER_KEPT, True)
    return view


def is_never_kept(view) -> bool:
    return getattr(view, _NEVER_KEPT, False)
