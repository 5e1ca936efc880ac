"""Deduplicate: what the archive already holds, and which recent story a new one copies.

A story is the same story when its canonical URL, or its GUID within the source, is
already stored (the database's unique constraints decide the races). A syndicated copy
is a new row grouped under its original: same folded text, or a SimHash fingerprint a
few bits away, within a week.

The fingerprint reads the story's text only: not the headline, not the lead (a feed's lead
is usually the body's first paragraph, so it was counted twice and every outlet's own lead
pushed copies apart). Measured on the development set (heraldo/monitoring/tests/data/dev,
46 stories, three syndicated groups with their own headline, lead and footer): copies are
4–11 bits apart, unrelated stories 19 or more (1,035 pairs). Unrelated texts are ~32 bits
apart (binomial 64, ½): within 6 bits they practically never meet, so a fingerprint that
close is a copy; from 7 to 22 bits the candidate is confirmed by the text itself: at least 60% of the
shorter story's word triples in the other (copies 0.86–1.0, unrelated at most 0.27, the
district's name and the Mayor's title shared), and half of its first twelve triples: stories cut
from one template (the demo's, or an outlet's long boilerplate) share up to 0.81 of their triples
but not their opening. A copy whose lead an agency or aggregator rewrote opens differently: then
the opening of what follows the lead decides (see `same_story`).

Measured again on the five parts of the Monitoreo evaluation (evaluation/monitoring, 783 stories,
137 pairs of copies, 66,673 pairs in all): copies are 0–24 bits apart (those with a rewritten lead
11–24) and share 0.61–1.0 of their triples; unrelated stories of one district are 15 bits or more
apart and share at most 0.27. Up to 18 bits 0.05% of unrelated pairs are candidates, up to 22 bits
1.3% (a few dozen text checks per new story in a week of a couple of thousand), up to 24 bits 4.3%:
22 catches every copy but one (24 bits) at a bounded cost.

Measured again on seven parts (dev, dev2, heldout to heldout5: 247 pairs of copies, 112,024 unrelated pairs, the
texts as the pipeline stored them): copies are 0–28 bits apart, unrelated stories 15 or more; up to 22 bits 1.26% of
unrelated pairs are candidates, up to 24 bits 4.1%. Nine pairs of copies stay apart: one is 24 bits apart (its text
would confirm it); one copy is condensed to two thirds (28 bits, 0.44 shared); the rest are short stories whose lead an
outlet rewrote: the lead is a third to a half of the text, so they share 0.55–0.79 of their triples, and what follows
it (22–26 triples) is shorter than `MIN_REST_SHINGLES`, which a template's closing paragraph (25 triples) must not
reach, or is 35 triples in a pair sharing 0.55, under `MIN_CONTAINMENT`.

Outlets differ in the lead: a feed that repeats the first paragraph as its lead has it taken off, a section page or a
feed without a lead keeps it. Two such tellings of one story then differ by that paragraph, which in a short story is
half of it (heldout7: a two-paragraph story 21 bits apart, its stripped text 15 triples, under `MIN_CONFIRM_SHINGLES`).
A new story is therefore also looked up by its text read with the other habit (`story_text_read_otherwise`): a stored
story whose own text is exactly that is its original when their whole texts, leads included, tell the same story (so
that two stories of an outlet ending with one sign-off paragraph stay apart). Over the eleven labelled parts (399
pairs of copies, 110,770 unrelated pairs within a week) this links that one pair and no unrelated one.

A short story whose lead an outlet rewrote is neither: its lead is half of it and what follows is a line or two,
under `MIN_REST_SHINGLES`. It is taken as a copy when that line or two is found whole in the other story and the two
leads share most of their words (`lead_retold`), among the candidates within `CANDIDATE_BITS` of its own text or of
its text read with the other habit. Over the twelve labelled parts (446 pairs of copies, 121,125 unrelated pairs
within a week) this links eight pairs that stayed apart and no unrelated one.

A copy is also looked for when it could not be seen on arrival: a section page's story older than a week (its poll
looks back to the story's own week) and a teaser completed later (`clipping_reanalyse`).
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
from django.db.models import FloatField, Func

from heraldo.core.text import fold
from heraldo.monitoring.ingestion.parse import Item
from heraldo.monitoring.models import Clipping, Source
from heraldo.monitoring.urlnorm import canonical_url

NEAR_DUPLICATE_DAYS = 7
NEAR_DUPLICATE_BITS = 6  # this close: a copy without looking further
CANDIDATE_BITS = 22  # up to here: a copy if the texts share enough word triples
MIN_CONTAINMENT = 0.6
# Confirming by shared text needs a story of some length: two one-line items ("El serenazgo vigila el parque,
# ronda 1." / "…ronda 2.") share most of their few triples without being the same story.
MIN_CONFIRM_SHINGLES = 25
# A copy whose lead was rewritten: what follows the lead is found in the other at 0.90–1.0 (the evaluation's 16 such
# pairs; unrelated stories share at most 0.27 of their triples). It must be longer than a template's closing
# paragraph ("Según pudo conocer este medio… Los dirigentes vecinales…", 26 triples, shared by every demo story):
# 30 triples, which two copies with a three-line rest (22 and 25) do not reach.
MIN_REST_SHINGLES = 30
MIN_REST_CONTAINMENT = 0.85
# A short story whose lead an outlet rewrote (see `lead_retold`): what follows the lead is a line or two (12–26
# triples in the evaluation's eight such pairs), found whole in the other, and the new lead keeps most of the old
# one's words (0.55–0.97); the one unrelated pair of the twelve labelled parts whose closing lines are alike shares
# 0.28 of its leads' words.
MIN_RETOLD_REST_SHINGLES = 10
MIN_RETOLD_LEAD_WORDS = 0.5

_WORD = re.compile(r"\w+")
_FOLDED_OWN_TEXT = "_heraldo_folded_own_text"
_OWN_TEXT_SKETCH = "_heraldo_own_text_sketch"
_HASH_READ_OTHERWISE = "_heraldo_hash_read_otherwise"


def fingerprint(text: str) -> int:
    """64-bit SimHash over word 3-grams: near-identical texts differ in a few bits."""
    return _simhash(fold(text))


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


def story_text(*, summary: str = "", body_text: str = "", transcript: str = "", ocr_text: str = "") -> str:
    """What identifies a story: its own text, without the lead (each outlet writes its own, or repeats it)."""
    body = "\n\n".join(p for p in (body_text, transcript, ocr_text) if p)
    if not body.strip():
        return summary
    lead = " ".join(fold(summary).split())
    if lead and " ".join(fold(body[: len(summary) + 40]).split()).startswith(lead):
        body = body.lstrip()[len(summary.strip()) :]
    return body


def story_text_read_otherwise(
    *, summary: str = "", body_text: str = "", transcript: str = "", ocr_text: str = ""
) -> str:
    """The story's text as `story_text` reads an outlet with the other habit: with its lead when the feed's lead was
    taken off, without its first paragraph when there was none to take off ("" when that leaves nothing).

    A section page or a feed without a lead keeps the first paragraph that another outlet's feed repeats as its
    lead: the two own texts then differ by that paragraph, which in a short story is half of it."""
    body = "\n\n".join(p for p in (body_text, transcript, ocr_text) if p)
    if not body.strip():
        return ""
    if story_text(summary=summary, body_text=body_text, transcript=transcript, ocr_text=ocr_text) != body:
        return body
    _lead, _gap, rest = body.strip().partition("\n\n")
    return rest


def shingles(folded: str) -> set[str]:
    words = _WORD.findall(folded)
    return {" ".join(words[index : index + 3]) for index in range(max(1, len(words) - 2))}


@dataclass(frozen=True)
class TripleSketch:
    """A story's word triples as sorted distinct short hashes: enough to rule a candidate out without its text.

    When the hashes of one of two stories are all distinct (`collided` false), the hashes the two share are at least
    the triples they share: a candidate whose hashes cannot reach `MIN_CONTAINMENT` cannot pass `same_story`, and
    only the few that can are compared by their texts. The hashes are short (`HASH_BITS`) so that one story is
    checked against hundreds with a lookup table; a few stories in a hundred have two triples on one hash, and a pair
    of such stories is left to the texts.
    """

    HASH_BITS = 20

    count: int  # distinct word triples (what `shingles` would hold), exact
    hashes: np.ndarray
    collided: bool

    @classmethod
    def of(cls, folded: str) -> TripleSketch:
        words = _WORD.findall(folded)
        # The triples `shingles` joins with spaces, as tuples: words hold no space, so they are equal when the
        # joined texts are (and a story of fewer than three words is its one short triple, as there).
        triples = set(zip(words, words[1:], words[2:], strict=False)) if len(words) >= 3 else {tuple(words)}
        full = np.fromiter(map(hash, triples), dtype=np.int64, count=len(triples))
        hashes = np.unique(full & ((1 << cls.HASH_BITS) - 1)).astype(np.uint32)
        return cls(count=len(triples), hashes=hashes, collided=len(hashes) != len(triples))

    def can_share_story_with(self, others: list[TripleSketch]) -> list[bool]:
        """For each other sketch, whether its story may pass `same_story` with this one (one vector pass)."""
        if not others:
            return []
        # Every sketch holds at least one hash (a text without words is one empty triple), so no run is empty.
        starts = np.cumsum([0] + [other.hashes.size for other in others[:-1]])
        mine = np.zeros(1 << self.HASH_BITS, dtype=np.uint8)
        mine[self.hashes] = 1
        found = mine.take(np.concatenate([other.hashes for other in others]))
        shared = np.add.reduceat(found, starts, dtype=np.int64)
        # The same test as same_story's first one, with an upper bound of the triples shared.
        smaller = np.minimum(self.count, np.array([other.count for other in others], dtype=np.int64))
        with np.errstate(divide="ignore", invalid="ignore"):
            reaches = (smaller >= MIN_CONFIRM_SHINGLES) & (shared / smaller >= MIN_CONTAINMENT)
        if self.collided:  # the bound holds only where the other's hashes are distinct
            reaches |= np.array([other.collided for other in others], dtype=bool)
        return reaches.tolist()

    def found_in(self, others: list[TripleSketch]) -> list[bool]:
        """For each other sketch, whether its story may hold `MIN_REST_CONTAINMENT` of this one's triples."""
        if not others:
            return []
        if self.collided:  # the bound holds only where both stories' hashes are distinct
            return [True] * len(others)
        starts = np.cumsum([0] + [other.hashes.size for other in others[:-1]])
        mine = np.zeros(1 << self.HASH_BITS, dtype=np.uint8)
        mine[self.hashes] = 1
        shared = np.add.reduceat(mine.take(np.concatenate([other.hashes for other in others])), starts, dtype=np.int64)
        reaches = shared >= MIN_REST_CONTAINMENT * self.count
        return (reaches | np.array([other.collided for other in others], dtype=bool)).tolist()


class _SketchesKept:
    """The sketches of the window's stories, kept for the process across polls and shared by its consumer threads.

    Without them every new story read, folded and split the texts of its candidates again (about 200 for each of
    L5's 9,000 stories, 4.5% of the pairs, are within `CANDIDATE_BITS`): 44 ms a story. A sketch is found by the
    clipping and its content hash, which changes with its text (`normalise` runs on every change), so an edited
    story is read again. Bounded: about 1 kB a story, and a week of a busy office is a few thousand stories.
    """

    LIMIT = 10_000

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: dict[tuple[int, str], TripleSketch] = {}

    def get(self, pk: int, content_hash: str) -> TripleSketch | None:
        return self._kept.get((pk, content_hash))

    def put(self, pk: int, content_hash: str, sketch: TripleSketch) -> None:
        with self._lock:
            self._kept[(pk, content_hash)] = sketch
            while len(self._kept) > self.LIMIT:
                del self._kept[next(iter(self._kept))]  # the oldest kept

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()


SKETCHES = _SketchesKept()


def opening(folded: str, count: int = 12) -> set[str]:
    """The first word triples: copies start alike; stories cut from one template share their middle and end."""
    words = _WORD.findall(folded[:600])
    return {" ".join(words[index : index + 3]) for index in range(max(1, min(count, len(words) - 2)))}


def same_story(
    mine: str, theirs: str, *, mine_shingles: set[str] | None = None, theirs_shingles: set[str] | None = None
) -> bool:
    """Two folded texts tell the same story: most word triples shared, and the opening too, or, when one outlet
    rewrote the lead, the opening of what follows it (agencies and aggregators rewrite the first paragraph and keep
    the rest).

    The shingles of either text may be given when the caller already has them (one story checked against several,
    a candidate checked again for the next story of the batch)."""
    a = mine_shingles if mine_shingles is not None else shingles(mine)
    b = theirs_shingles if theirs_shingles is not None else shingles(theirs)
    if min(len(a), len(b)) < MIN_CONFIRM_SHINGLES or containment(a, b) < MIN_CONTAINMENT:
        return False
    shorter, other = (mine, b) if len(a) <= len(b) else (theirs, a)
    start = opening(shorter)
    if len(start & other) / len(start) >= 0.5:
        return True
    # The rest must be a story of its own, nearly whole in the other: a template's closing paragraph ("Según pudo
    # conocer este medio… en <lugar>") is short and differs in its place.
    _lead, _gap, after_lead = shorter.strip().partition("\n\n")
    rest = shingles(after_lead)
    if len(rest) < MIN_REST_SHINGLES or len(rest & other) / len(rest) < MIN_REST_CONTAINMENT:
        return False
    start = opening(after_lead)
    return len(start & other) / len(start) >= 0.5


def lead_retold(mine: str, theirs: str) -> bool:
    """Two whole folded texts, leads included, are a short story and its copy whose lead an outlet rewrote: what
    follows the lead is found whole in the other, and the two leads tell it with mostly the same words.

    `same_story` cannot see it: the lead is half of a two-paragraph story (the texts share under `MIN_CONTAINMENT`)
    and what follows is shorter than `MIN_REST_SHINGLES`. A closing line alone is not enough (a template's or an
    outlet's sign-off follows unrelated leads): the leads must share most of their words too."""
    mine_lead, _gap, mine_rest = mine.strip().partition("\n\n")
    their_lead, _gap, their_rest = theirs.strip().partition("\n\n")
    a, b = shingles(mine_rest), shingles(their_rest)
    if min(len(a), len(b)) < MIN_RETOLD_REST_SHINGLES or containment(a, b) < MIN_REST_CONTAINMENT:
        return False
    mine_words, their_words = set(_WORD.findall(mine_lead)), set(_WORD.findall(their_lead))
    if not mine_words or not their_words:
        return False
    return len(mine_words & their_words) / min(len(mine_words), len(their_words)) >= MIN_RETOLD_LEAD_WORDS


def short_rest(folded_whole: str) -> str:
    """What follows the lead of a whole folded text when `lead_retold` may be what links it ("" otherwise): the
    story has a lead and a rest too short for `same_story`'s rewritten-lead path."""
    _lead, _gap, rest = folded_whole.strip().partition("\n\n")
    return rest if MIN_RETOLD_REST_SHINGLES <= len(shingles(rest)) < MIN_REST_SHINGLES else ""


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the other: a copy with a footer or a cut still scores high."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def normalise(clipping: Clipping) -> None:
    """Fold the text once, for the archive index and the watch list, and give the clipping its identity hashes."""
    folded_title, folded_body = fold(clipping.title), fold(clipping.full_text)
    clipping.search_text = f"{folded_title}\n{folded_body}"
    own = fold(
        story_text(
            summary=clipping.summary,
            body_text=clipping.body_text,
            transcript=clipping.transcript,
            ocr_text=clipping.ocr_text,
        )
    )
    # Copy detection reads it again (the window's candidates, then the index): kept on the instance, as is its
    # sketch once made; both follow the text, which only normalise reads.
    setattr(clipping, _FOLDED_OWN_TEXT, own)
    setattr(clipping, _OWN_TEXT_SKETCH, None)
    folded_key = own or folded_title
    clipping.content_hash = _hash(folded_key)
    clipping.fingerprint = _simhash(folded_key)


class NearDuplicateIndex:
    """Fingerprints of the recent originals, loaded once per batch and checked with vector operations.

    A batch of a hundred stories then costs one query instead of a hundred scans of the window.
    """

    LIMIT = 50_000
    # Candidates' folded texts and word triples, read once per batch: stories of a feed (and one feed's copies
    # of another's) come up as candidates for one another again and again. Bounded: a 500-item poll keeps a few MB.
    CANDIDATE_TEXTS_KEPT = 200

    def __init__(self, *, since: datetime) -> None:
        rows = list(
            Clipping.objects.filter(published_at__gte=since, duplicate_of__isnull=True)
            .exclude(fingerprint=None)
            .order_by("-published_at", "-pk")
            .values_list("pk", "fingerprint", "content_hash", _EpochSeconds("published_at"))[: self.LIMIT]
        )
        rows.reverse()
        self.since = since
        self._pks = [row[0] for row in rows]
        self._hashes = [row[2] for row in rows]
        # Unsigned: bitwise_count of a signed value counts the bits of its absolute value.
        self._prints = np.array([row[1] for row in rows], dtype=np.int64).view(np.uint64)
        self._moments = np.array([row[3] for row in rows], dtype=np.float64)
        self._by_hash: dict[str, list[int]] = {}
        self._candidate_texts: dict[int, tuple[str, set[str]]] = {}
        for index, row in enumerate(rows):
            self._by_hash.setdefault(row[2], []).append(index)

    @classmethod
    def covering(cls, oldest: datetime) -> NearDuplicateIndex:
        return cls(since=oldest - timedelta(days=NEAR_DUPLICATE_DAYS))

    def covers(self, moment: datetime) -> bool:
        return moment - timedelta(days=NEAR_DUPLICATE_DAYS) >= self.since

    def original_of(self, clipping: Clipping, *, excluding: int | None = None) -> Clipping | None:
        """The earliest story of the window with the same text, else the earliest within a few bits.

        `excluding`: a stored story checked again (its text completed) is not its own original."""
        if not self._pks:
            return None
        since = (clipping.published_at - timedelta(days=NEAR_DUPLICATE_DAYS)).timestamp()
        in_window = self._moments >= since
        if excluding is not None:
            in_window &= np.array(self._pks) != excluding
        same = [i for i in self._by_hash.get(clipping.content_hash, []) if in_window[i]]
        if same:
            return Clipping(pk=self._pks[min(same, key=lambda i: (self._moments[i], self._pks[i]))])
        distances = np.bitwise_count(np.bitwise_xor(self._prints, _unsigned(clipping.fingerprint)))
        candidates = np.flatnonzero(in_window & (distances <= CANDIDATE_BITS))
        sure = [i for i in candidates if distances[i] <= NEAR_DUPLICATE_BITS]
        unsure = [i for i in candidates if distances[i] > NEAR_DUPLICATE_BITS]
        if unsure:
            sure += self._confirmed(clipping, unsure)
        other_habit = _hash_read_otherwise(clipping)
        habit_alike = [i for i in self._by_hash.get(other_habit, []) if in_window[i]] if other_habit else []
        if habit_alike:
            sure += self._whole_texts_alike(clipping, habit_alike)
        if not sure:
            near = in_window & (distances <= CANDIDATE_BITS)
            otherwise = _fingerprint_read_otherwise(clipping)
            if otherwise is not None:
                near |= in_window & (np.bitwise_count(np.bitwise_xor(self._prints, otherwise)) <= CANDIDATE_BITS)
            sure += self._retold(clipping, sorted(set(np.flatnonzero(near).tolist()) | set(habit_alike)))
        if not sure:
            return None
        first = min(sure, key=lambda i: (self._moments[i], self._pks[i]))
        return Clipping(pk=self._pks[first])

    def _whole_texts_alike(self, clipping: Clipping, indexes: list) -> list:
        """The candidates whose own text is the new story's read with the other outlet's habit about the lead, when
        the whole texts, leads included, tell the same story too (two stories of an outlet that end with one
        sign-off differ in their leads)."""
        if not indexes:
            return []
        mine = _whole_folded(clipping)
        by_pk = {self._pks[i]: i for i in indexes}
        return [
            by_pk[pk]
            for pk, *texts in Clipping.objects.filter(pk__in=list(by_pk)).values_list(
                "pk", "summary", "body_text", "transcript", "ocr_text"
            )
            if same_story(mine, fold(_whole_text(*texts)))
        ]

    def _retold(self, clipping: Clipping, indexes: list) -> list:
        """The candidates of which the new story is a copy with its lead rewritten (`lead_retold`), for a short story;
        the candidates' sketches rule out those that do not hold what follows its lead before any text is read."""
        mine = _whole_folded(clipping)
        rest = short_rest(mine)
        if not rest or not indexes:
            return []
        by_pk = {self._pks[i]: i for i in indexes}
        sketches = {pk: kept for pk, i in by_pk.items() if (kept := SKETCHES.get(pk, self._hashes[i])) is not None}
        unsketched = [pk for pk in by_pk if pk not in sketches]
        if unsketched:
            sketches.update((pk, sketch) for pk, _theirs, sketch in self._read(unsketched))
        pks = list(sketches)
        holding = TripleSketch.of(rest).found_in([sketches[pk] for pk in pks])
        possible = [pk for pk, holds in zip(pks, holding, strict=True) if holds]
        if not possible:
            return []
        return [
            by_pk[pk]
            for pk, *texts in Clipping.objects.filter(pk__in=possible).values_list(
                "pk", "summary", "body_text", "transcript", "ocr_text"
            )
            if lead_retold(mine, fold(_whole_text(*texts)))
        ]

    def _confirmed(self, clipping: Clipping, indexes: list) -> list:
        """The candidates whose text holds most of the new story's word triples (or the other way round)."""
        mine = own_folded(clipping)
        mine_shingles = shingles(mine)
        if len(mine_shingles) < MIN_CONFIRM_SHINGLES:
            return []
        by_pk = {self._pks[i]: i for i in indexes}
        texts: dict[int, tuple[str, set[str]]] = {}
        sketches: dict[int, TripleSketch] = {}
        for pk, i in by_pk.items():
            kept = SKETCHES.get(pk, self._hashes[i])
            if kept is not None:
                sketches[pk] = kept
        unsketched = [pk for pk in by_pk if pk not in sketches]
        if unsketched:  # a story deleted since the batch began is not found, and not compared
            for pk, theirs, sketch in self._read(unsketched):
                texts[pk] = (theirs, shingles(theirs))
                sketches[pk] = sketch
        # Most candidates are close in bits only: their sketches rule them out without reading or splitting them.
        pks = list(sketches)
        possible = triple_sketch(clipping).can_share_story_with([sketches[pk] for pk in pks])
        compared = [pk for pk, may in zip(pks, possible, strict=True) if may]
        for pk in compared:
            if pk not in texts and pk in self._candidate_texts:
                texts[pk] = self._candidate_texts[pk]
        unread = [pk for pk in compared if pk not in texts]
        if unread:
            for pk, theirs, _sketch in self._read(unread):
                texts[pk] = (theirs, shingles(theirs))
        for pk in compared:
            if pk in texts and pk not in self._candidate_texts:
                if len(self._candidate_texts) >= self.CANDIDATE_TEXTS_KEPT:
                    del self._candidate_texts[next(iter(self._candidate_texts))]  # the oldest read
                self._candidate_texts[pk] = texts[pk]
        confirmed = []
        for pk in compared:
            if pk not in texts:
                continue  # deleted since the batch began
            theirs, theirs_shingles = texts[pk]
            if same_story(mine, theirs, mine_shingles=mine_shingles, theirs_shingles=theirs_shingles):
                confirmed.append(by_pk[pk])
        return confirmed

    @staticmethod
    def _read(pks: list[int]) -> list[tuple[int, str, TripleSketch]]:
        """(pk, folded own text, sketch) of stored clippings; their sketches are kept for the next stories."""
        found = []
        for pk, summary, body_text, transcript, ocr_text, content_hash in Clipping.objects.filter(
            pk__in=pks
        ).values_list("pk", "summary", "body_text", "transcript", "ocr_text", "content_hash"):
            theirs = _own_folded(summary, body_text, transcript, ocr_text)
            sketch = TripleSketch.of(theirs)
            SKETCHES.put(pk, content_hash, sketch)
            found.append((pk, theirs, sketch))
        return found

    def add(self, clipping: Clipping) -> None:
        if clipping.duplicate_of_id or clipping.fingerprint is None:
            return
        self._by_hash.setdefault(clipping.content_hash, []).append(len(self._pks))
        self._pks.append(clipping.pk)
        self._hashes.append(clipping.content_hash)
        SKETCHES.put(clipping.pk, clipping.content_hash, triple_sketch(clipping))
        self._prints = np.append(self._prints, _unsigned(clipping.fingerprint))
        self._moments = np.append(self._moments, clipping.published_at.timestamp())


def copies_one_of(clipping: Clipping, others: list[Clipping]) -> bool:
    """Whether a new clipping tells the story of one of `others`, new ones of its batch not yet in any index."""
    mine = _unsigned(clipping.fingerprint)
    since = clipping.published_at - timedelta(days=NEAR_DUPLICATE_DAYS)
    for other in others:
        if other.duplicate_of_id or other.fingerprint is None or other.published_at < since:
            continue
        if other.content_hash == clipping.content_hash:
            return True
        read_otherwise = clipping.content_hash == _hash_read_otherwise(other)
        if (read_otherwise or other.content_hash == _hash_read_otherwise(clipping)) and same_story(
            _whole_folded(clipping), _whole_folded(other)
        ):
            return True
        distance = int(np.bitwise_count(mine ^ _unsigned(other.fingerprint)))
        if distance <= NEAR_DUPLICATE_BITS or (
            distance <= CANDIDATE_BITS and same_story(own_folded(clipping), own_folded(other))
        ):
            return True
        if (
            (distance <= CANDIDATE_BITS or read_otherwise or _read_otherwise_near(clipping, other))
            and short_rest(_whole_folded(clipping))
            and lead_retold(_whole_folded(clipping), _whole_folded(other))
        ):
            return True
    return False


def _read_otherwise_near(clipping: Clipping, other: Clipping) -> bool:
    """Whether the clipping's text read with the other habit about the lead is within `CANDIDATE_BITS` of the other's
    own text (as `NearDuplicateIndex.original_of` takes its candidates for `lead_retold`)."""
    otherwise = _fingerprint_read_otherwise(clipping)
    return otherwise is not None and int(np.bitwise_count(otherwise ^ _unsigned(other.fingerprint))) <= CANDIDATE_BITS


def own_folded(clipping: Clipping) -> str:
    """The clipping's own text folded, as `normalise` left it (computed again for a clipping it did not see)."""
    folded = getattr(clipping, _FOLDED_OWN_TEXT, None)
    if folded is None:
        folded = _own_folded(clipping.summary, clipping.body_text, clipping.transcript, clipping.ocr_text)
        setattr(clipping, _FOLDED_OWN_TEXT, folded)
    return folded


def triple_sketch(clipping: Clipping) -> TripleSketch:
    """The sketch of the clipping's own text, made once for its copy check and its place in the index."""
    sketch = getattr(clipping, _OWN_TEXT_SKETCH, None)
    if sketch is None:
        sketch = TripleSketch.of(own_folded(clipping))
        setattr(clipping, _OWN_TEXT_SKETCH, sketch)
    return sketch


class _EpochSeconds(Func):
    """A timestamp column as seconds since 1970 computed by the database: a poll reads the week's stories, and
    turning each stored value into a datetime and back (Django's converters) cost more than the rest of the read."""

    output_field = FloatField()

    def as_sqlite(self, compiler, connection, **extra_context):
        column, params = compiler.compile(self.source_expressions[0])
        return f"((julianday({column}) - 2440587.5) * 86400.0)", params

    def as_postgresql(self, compiler, connection, **extra_context):
        column, params = compiler.compile(self.source_expressions[0])
        return f"EXTRACT(EPOCH FROM {column})::double precision", params


def _own_folded(summary: str, body_text: str, transcript: str, ocr_text: str) -> str:
    return fold(story_text(summary=summary, body_text=body_text, transcript=transcript, ocr_text=ocr_text))


def _hash(folded: str) -> str:
    return hashlib.sha256(" ".join(folded.split()).encode()).hexdigest()


def _hash_read_otherwise(clipping: Clipping) -> str:
    """The content hash of the clipping's text read with the other habit about the lead ("" when nothing is left);
    kept on the instance, as its own folded text is, for the batch compares each new story with the waiting ones."""
    found = getattr(clipping, _HASH_READ_OTHERWISE, None)
    if found is None or found[0] != clipping.content_hash:
        other = story_text_read_otherwise(
            summary=clipping.summary,
            body_text=clipping.body_text,
            transcript=clipping.transcript,
            ocr_text=clipping.ocr_text,
        )
        found = (clipping.content_hash, _hash(fold(other)) if other.strip() else "")
        setattr(clipping, _HASH_READ_OTHERWISE, found)
    return found[1]


def _fingerprint_read_otherwise(clipping: Clipping) -> np.uint64 | None:
    """The fingerprint of the clipping's text read with the other habit about the lead (None when nothing is left)."""
    other = story_text_read_otherwise(
        summary=clipping.summary,
        body_text=clipping.body_text,
        transcript=clipping.transcript,
        ocr_text=clipping.ocr_text,
    )
    return _unsigned(_simhash(fold(other))) if other.strip() else None


def _whole_text(summary: str, body_text: str, transcript: str, ocr_text: str) -> str:
    return "\n\n".join(p for p in (body_text, transcript, ocr_text) if p) or summary


def _whole_folded(clipping: Clipping) -> str:
    return fold(_whole_text(clipping.summary, clipping.body_text, clipping.transcript, clipping.ocr_text))


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
