"""One build of a kept page at a time per key, in this process (heraldo.core.kept_pages, heraldo.core.visitor_cache)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class OneBuildAtATime:
    """Requests of one key that arrive while its page is being built wait for that build instead of each building
    it again (a page many visitors open at once after a change, a phone reloading, htmx asking twice): within one
    process, the first builds and the others take what it kept."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: dict[str, list] = {}

    @contextmanager
    def for_key(self, key: str) -> Iterator[None]:
        with self._guard:
            entry = self._locks.setdefault(key, [threading.Lock(), 0])
            entry[1] += 1
        try:
            with entry[0]:
                yield
        finally:
            with self._guard:
                entry[1] -= 1
                if not entry[1]:
                    del self._locks[key]
