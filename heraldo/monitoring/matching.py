"""Watch-list matching: one Aho–Corasick automaton over accent- and case-folded text.

The cost is linear in the text whatever the size of the watch list. Hits must
start and end on word boundaries ("Lima" does not match inside "Limache"); a
hit inside a longer hit of the same kind is dropped ("Santa Candelaria" inside
"Municipalidad de Santa Candelaria"), one of another kind is kept (the
district inside "alcalde de Santa Candelaria"), and a negative keyword near
a hit removes it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from heraldo.core.text import fold

NEGATIVE_WINDOW = 150
# One quoted word inside running text: the press puts a nickname between a given name and a surname ("Jorge «Chino»
# Cárdenas"). Its quote marks are read as absent, so the names around it and the nickname with the surname match.
# Matched from the opening mark; the word and space before it are checked after.
_QUOTED_WORD = re.compile(r"[«“\"‹](\w+)[»”\"›](?= \w)")
_OPENING_MARKS = '«“"‹'


@dataclass(frozen=True)
class Hit:
    term_id: int
    start: int
    end: int  # exclusive


class Matcher:
    def __init__(self, terms: Iterable[tuple[int, str, bool]]) -> None:
        """terms: (term id, phrase, is_negative)."""
        self._automaton = ahocorasick.Automaton()
        entries: dict[str, tuple[list[int], bool]] = {}
        self.negative_ids: set[int] = set()
        # Filled by the watch list, which knows what each term is: its kind, person, topic, and whether it is
        # a position word that only refers back to someone already named.
        self.term_kinds: dict[int, str] = {}
        self.term_person: dict[int, int] = {}
        self.term_topic: dict[int, int] = {}
        self.term_phrase: dict[int, str] = {}
        self.reference_ids: set[int] = set()
        # The folded words of every name of each watched person: what may follow one of their names.
        self.person_words: dict[int, set[str]] = {}
        # Each watched person's folded given names and surnames, in order: which forms of a name are short ones
        # that a namesake shares (see analyse.resolved_hits).
        self.person_names: dict[int, tuple[list[str], list[str]]] = {}
        # The own municipality's level in folded words ("distrital"): "la municipalidad distrital" alone is ours.
        self.own_level = ""
        # Our places' and the municipality's names, folded: what "<name>, de <town>" may say a person is from.
        self.place_phrases: frozenset[str] = frozenset()
        for term_id, phrase, negative in terms:
            if negative:
                self.negative_ids.add(term_id)
            key = " ".join(fold(phrase).split())
            if not key:
                continue
            ids, _neg = entries.get(key, ([], negative))
            ids.append(term_id)
            entries[key] = (ids, negative and _neg)
        for key, (ids, negative) in entries.items():
            self._automaton.add_word(key, (tuple(ids), len(key), negative))
        self.size = len(entries)
        if entries:
            self._automaton.make_automaton()

    def find(self, text: str, *, folded: bool = False) -> list[Hit]:
        if not self.size or not text:
            return []
        haystack = text if folded else fold(text)
        haystack, original_offset = _without_quotes_inside(haystack)
        limit = len(haystack)
        spans: list[tuple[int, int, tuple[int, ...]]] = []
        negatives: list[int] = []
        for last, (ids, length, negative) in self._automaton.iter(haystack):
            start = last - length + 1
            end = last + 1
            if start > 0 and haystack[start - 1].isalnum():
                continue
            if end < limit and haystack[end].isalnum():
                continue
            start, end = original_offset(start), original_offset(end - 1) + 1
            if negative:
                negatives.append(start)
            else:
                spans.append((start, end, ids))
        if not spans:
            return []
        # longest first, then drop hits covered by a longer one of the same kind
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        kept: list[tuple[int, int, tuple[int, ...]]] = []
        covering: list[tuple[int, set]] = []  # (end, kinds) of the hits kept so far that may cover later ones
        for start, end, ids in spans:
            kinds = {self.term_kinds.get(term_id) for term_id in ids}
            covering = [(until, found) for until, found in covering if until > start]
            if any(end <= until and kinds <= found for until, found in covering):
                continue
            kept.append((start, end, ids))
            covering.append((end, kinds))
        hits = []
        for start, end, ids in kept:
            if any(abs(n - start) <= NEGATIVE_WINDOW for n in negatives):
                continue
            hits.extend(Hit(term_id, start, end) for term_id in ids)
        return hits


def _same_offset(offset: int) -> int:
    return offset


def _without_quotes_inside(haystack: str):
    """The text without the quote marks of a quoted word inside it, and how to find an offset of it in the text."""
    if not any(mark in haystack for mark in _OPENING_MARKS):  # most texts: a scan in C per mark, no regex
        return haystack, _same_offset
    removed = [
        mark
        for found in _QUOTED_WORD.finditer(haystack)
        if found.start() >= 2 and haystack[found.start() - 1] == " " and haystack[found.start() - 2].isalnum()
        for mark in (found.start(), found.end() - 1)
    ]
    if not removed:
        return haystack, _same_offset
    # Where each removed mark would have been in the shortened text: a shortened offset moves right by the number
    # of marks removed at or before it.
    shifted = [mark - count for count, mark in enumerate(removed)]
    shortened = "".join(
        haystack[start:end]
        for start, end in zip([0, *(m + 1 for m in removed)], [*removed, len(haystack)], strict=True)
    )
    return shortened, lambda offset: offset + bisect_right(shifted, offset)


def snippet(text: str, start: int, end: int, *, width: int = 160) -> str:
    left = max(0, start - width // 2)
    right = min(len(text), end + width // 2)
    piece = " ".join(text[left:right].split())
    return ("…" if left else "") + piece + ("…" if right < len(text) else "")
