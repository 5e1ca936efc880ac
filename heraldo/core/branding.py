"""The municipality's crest, for the pages core draws (public frame, sign-in) and the printed documents.

Core keeps no brand kit: the app that does (Prensa) registers a source from its `integrations.py` that
returns the crest as a `Crest`: the address browsers load it from, and the stored file name that
documents embed through the PDF fetcher (which reads media straight from storage). Without one, pages
show the letter tile and documents print the municipality's name alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class Crest:
    page_url: str
    file_name: str


CrestSource = Callable[[], Crest | None]
_sources: list[CrestSource] = []


def register_crest_source(source: CrestSource) -> CrestSource:
    if source not in _sources:
        _sources.append(source)
    return source


def current_crest() -> Crest | None:
    for source in _sources:
        crest = source()
        if crest:
            return crest
    return None


def crest_url() -> str:
    """The address of the crest image for a page, or "" when the office has none."""
    crest = current_crest()
    return crest.page_url if crest else ""


def letterhead_context() -> dict:
    """What a document's letterhead shows: the municipality's name and its crest, if the kit has one."""
    crest = current_crest()
    return {
        "municipality": settings.HERALDO_MUNICIPALITY_NAME,
        "crest_url": f"{settings.MEDIA_URL}{crest.file_name}" if crest else None,
    }
