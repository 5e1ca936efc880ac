"""Links to a release or a media-library file from the modules above Prensa (a campaign the release belongs to, the
campaign pieces that use a photo). Prensa cannot import those modules; they register a source here from their
`integrations.py`, and Prensa's pages list what the sources answer for the person looking (each module keeps its
own permission rules)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from django.utils.functional import Promise

Kind = Literal["release", "asset"]


@dataclass(frozen=True)
class RelatedLink:
    title: str
    url: str
    kind: Promise | str  # what the linked record is ("Campaña", "Pieza de campaña"), shown beside it


RelatedSource = Callable[[object, object], list[RelatedLink]]
_SOURCES: dict[str, list[RelatedSource]] = {"release": [], "asset": []}


def register_related_source(kind: Kind) -> Callable[[RelatedSource], RelatedSource]:
    def register(source: RelatedSource) -> RelatedSource:
        _SOURCES[kind].append(source)
        return source

    return register


def related_links(kind: Kind, user, record) -> list[RelatedLink]:
    links: list[RelatedLink] = []
    for source in _SOURCES[kind]:
        links.extend(source(user, record))
    return links
