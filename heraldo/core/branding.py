"""The municipality's crest on pages core draws (the public frame, the sign-in page): an app supplies its URL.

Core keeps no brand kit; the press module does and registers where its crest is served from
`integrations.py`. Without one (or before the office uploads its crest) pages show the letter tile.
"""

from __future__ import annotations

from collections.abc import Callable

_crest_sources: list[Callable[[], str | None]] = []


def register_crest_source(source: Callable[[], str | None]) -> Callable[[], str | None]:
    _crest_sources.append(source)
    return source


def crest_url() -> str:
    """The URL of the crest image, or "" when no app has one."""
    for source in _crest_sources:
        url = source()
        if url:
            return url
    return ""
