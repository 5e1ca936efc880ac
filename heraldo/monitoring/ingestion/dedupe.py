"""Deduplicate: what the archive already holds, and which recent story a new one copies.

A story is the same story when its canonical URL, or its GUID within the source, is
already stored (the database's unique constraints decide the races). A syndicated copy
is a new row grouped under its original: same folded text, or a SimHash fingerprint a
few bits away, within a week.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta

import numpy as np

from heraldo.monitoring.ingestion.parse import Item
from heraldo.monitoring.matching import fast_fold
from heraldo.monitoring.models import Clipping, Source
from heraldo.monitoring.urlnorm import canonical_url

NEAR_DUPLICATE_DAYS = 7
NEAR_DUPLICATE_BITS = 6

_WORD = re.compile(r"\w+")


def fingerprint(text: str) -> int:
    """64-bit SimHash over word 3-grams: near-identical texts differ in a few bits."""
    return _simhash(fast_fold(text))


def _simhash(folded: str) -> int:
    words = _WORD.findall(folded)[:400]
    if len(words) < 3:
        words = words or [""]
    digests = b"".join(
        hashlib.blake2b(" ".join(words[index : index + 3]).encode(), digest_size=8).digest()
        for index in range(max(1, len(words) - 2))
    )
    # One row of 64 bits per shingle, most significant bit first: a bit is set where most shingles set it.
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(-1, 8), axis=1)
    majority = bits.sum(axis=0) * 2 > bits.shape[0]
    result = int.from_bytes(np.packbits(majority).tobytes(), "big")
    return result - (1 << 64) if result >= 1 << 63 else result  # fits a signed BigIntegerField


def normalise(clipping: Clipping) -> None:
    """Fold the text once, for the archive index and the watch list, and give the clipping its identity hashes."""
    folded_title, folded_body = fast_fold(clipping.title), fast_fold(clipping.full_text)
    clipping.search_text = f"{folded_title}\n{folded_body}"
    folded_key = folded_body or folded_title
    clipping.content_hash = hashlib.sha256(" ".join(folded_key.split()).encode()).hexdigest()
    clipping.fingerprint = _simhash(folded_key)


class NearDuplicateIndex:
    """Fingerprints of the recent originals, loaded once per batch and checked with vector operations.

    A batch of a hundred stories then costs one query instead of a hundred scans of the window.
    """

    LIMIT = 50_000

    def __init__(self, *, since: datetime) -> None:
        rows = list(
            Clipping.objects.filter(published_at__gte=since, duplicate_of__isnull=True)
            .exclude(fingerprint=None)
            .order_by("-published_at", "-pk")
            .values_list("pk", "fingerprint", "content_hash", "published_at")[: self.LIMIT]
        )
        rows.reverse()
        self.since = since
        self._pks = [row[0] for row in rows]
        # Unsigned: bitwise_count of a signed value counts the bits of its absolute value.
        self._prints = np.array([row[1] for row in rows], dtype=np.int64).view(np.uint64)
        self._moments = np.array([row[3].timestamp() for row in rows], dtype=np.float64)
        self._by_hash: dict[str, list[int]] = {}
        for index, row in enumerate(rows):
            self._by_hash.setdefault(row[2], []).append(index)

    @classmethod
    def covering(cls, oldest: datetime) -> NearDuplicateIndex:
        return cls(since=oldest - timedelta(days=NEAR_DUPLICATE_DAYS))

    def covers(self, moment: datetime) -> bool:
        return moment - timedelta(days=NEAR_DUPLICATE_DAYS) >= self.since

    def original_of(self, clipping: Clipping) -> Clipping | None:
        """The earliest story of the window with the same text, else the earliest within a few bits."""
        if not self._pks:
            return None
        since = (clipping.published_at - timedelta(days=NEAR_DUPLICATE_DAYS)).timestamp()
        in_window = self._moments >= since
        same = [i for i in self._by_hash.get(clipping.content_hash, []) if in_window[i]]
        if same:
            return Clipping(pk=self._pks[min(same, key=lambda i: (self._moments[i], self._pks[i]))])
        close = in_window & (
            np.bitwise_count(np.bitwise_xor(self._prints, _unsigned(clipping.fingerprint))) <= NEAR_DUPLICATE_BITS
        )
        candidates = np.flatnonzero(close)
        if not len(candidates):
            return None
        first = min(candidates, key=lambda i: (self._moments[i], self._pks[i]))
        return Clipping(pk=self._pks[first])

    def add(self, clipping: Clipping) -> None:
        if clipping.duplicate_of_id or clipping.fingerprint is None:
            return
        self._by_hash.setdefault(clipping.content_hash, []).append(len(self._pks))
        self._pks.append(clipping.pk)
        self._prints = np.append(self._prints, _unsigned(clipping.fingerprint))
        self._moments = np.append(self._moments, clipping.published_at.timestamp())


def _unsigned(value: int) -> np.uint64:
    return np.uint64(value & ((1 << 64) - 1))


def stored_clipping(source: Source | None, canonical: str, guid: str) -> Clipping | None:
    """The archived clipping with this canonical URL, or this GUID from this source."""
    # No ORDER BY: with the model's newest-first ordering the planner walked the date index instead.
    if canonical:
        found = next(iter(Clipping.objects.filter(canonical_url=canonical).order_by()[:1]), None)
        if found:
            return found
    if guid and source is not None:
        return next(iter(Clipping.objects.filter(source=source, guid=guid).order_by()[:1]), None)
    return None


def stored_indexes(source: Source, items: list[Item]) -> set[int]:
    """Indexes of the items the archive already holds, found with two queries per 500 items."""
    stored = set()
    for offset in range(0, len(items), 500):
        chunk = items[offset : offset + 500]
        canonicals = {canonical_url(item.url): index for index, item in enumerate(chunk, offset) if item.url}
        guids = {item.guid[:500]: index for index, item in enumerate(chunk, offset) if item.guid}
        for found in Clipping.objects.filter(canonical_url__in=[c for c in canonicals if c]).values_list(
            "canonical_url", flat=True
        ):
            stored.add(canonicals[found])
        for found in Clipping.objects.filter(source=source, guid__in=list(guids)).values_list("guid", flat=True):
            stored.add(guids[found])
    return stored
