"""The municipality's crest for the letterhead of printed documents (letters, the script, place cards).

Core holds no brand files: the app that keeps the brand kit registers a function that finds the crest
among its approved files and gives its stored name; documents then embed it through the PDF fetcher,
which reads media files straight from storage. With no crest in the kit, documents print the name alone.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings

CrestFinder = Callable[[], str | None]
_finders: list[CrestFinder] = []


def register_crest_finder(finder: CrestFinder) -> CrestFinder:
    if finder not in _finders:
        _finders.append(finder)
    return finder


def crest_url() -> str | None:
    """The media URL of the crest (for `<img src>` in a PDF template), or None when there is none."""
    for finder in _finders:
        name = finder()
        if name:
            return f"{settings.MEDIA_URL}{name}"
    return None


def letterhead_context() -> dict:
    """What a document's letterhead shows: the municipality's name and its crest, if the kit has one."""
    return {"municipality": settings.HERALDO_MUNICIPALITY_NAME, "crest_url": crest_url()}
