"""The municipality's name and crest, for the pages core draws (public frame, sign-in) and the printed documents.

The name has one home: the Registro's own municipality (the entity marked *es nuestra municipalidad*). The
Registro registers it as the name source; every page, e-mail, feed, PDF and the síntesis read `municipality_name()`.
(It used to be the HERALDO_MUNICIPALITY_NAME setting too; two places disagreed and the síntesis showed the wrong one.)

Core keeps no brand kit: the app that does (Prensa) registers a source from its `integrations.py` that
returns the crest as a `Crest`: the address browsers load it from, and the stored file name that
documents embed through the PDF fetcher (which reads media straight from storage). Without one, pages
show the letter tile and documents print the municipality's name alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _


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


NameSource = Callable[[], str | None]
_name_sources: list[NameSource] = []
NAME_CACHE_KEY = "heraldo:municipality-name"
NAME_CACHE_SECONDS = 300


def register_municipality_name_source(source: NameSource) -> NameSource:
    if source not in _name_sources:
        _name_sources.append(source)
    return source


def municipality_name() -> str:
    """The municipality's name as the Registro has it (read once, kept in the cache until it changes)."""
    name = cache.get(NAME_CACHE_KEY)
    if name is None:
        name = next((found for source in _name_sources if (found := source())), "")
        cache.set(NAME_CACHE_KEY, name, NAME_CACHE_SECONDS)
    return name or _("Municipalidad")


def forget_municipality_name() -> None:
    """The Registro changed its own municipality: the next read takes the new name."""
    cache.delete(NAME_CACHE_KEY)


def letterhead_context() -> dict:
    """What a document's letterhead shows: the municipality's name and its crest, if the kit has one."""
    crest = current_crest()
    return {
        "municipality": municipality_name(),
        "crest_url": f"{settings.MEDIA_URL}{crest.file_name}" if crest else None,
    }
