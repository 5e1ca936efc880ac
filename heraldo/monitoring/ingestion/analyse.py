"""Analyse: what a normalised clipping's text says: language, tone, who is named and how, relevance."""

from __future__ import annotations

import math
import re

import py3langid

from heraldo.monitoring.matching import Hit, Matcher, snippet
from heraldo.monitoring.models import Clipping, Mention, MentionHow, TermKind, Tone
from heraldo.monitoring.tone import ToneModel

LANGUAGE_SAMPLE_CHARS = 400


def analyse(clipping: Clipping, *, matcher: Matcher, tone_model: ToneModel) -> list[Mention]:
    """Fill language, tone and relevance from `search_text` and the text; returns the unsaved mentions."""
    body = clipping.full_text
    if body.strip():
        # A few hundred characters decide the language as well as two thousand, at a third of the cost.
        clipping.language = py3langid.classify(f"{clipping.title}\n{body}"[:LANGUAGE_SAMPLE_CHARS])[0]
    result = tone_model.classify(f"{clipping.title}. {body[:3000]}")
    clipping.tone = result.tone
    clipping.tone_score = result.score
    clipping.tone_reasons = result.reasons
    mentions = _mentions_of(clipping, matcher, tone_model)
    clipping.relevance = relevance(clipping, mentions, matcher.term_kinds)
    return mentions


def relevance(clipping: Clipping, mentions: list[Mention], term_kinds: dict[int, str]) -> int:
    """0–100: how much the office should care. Who is named, how, where, and how many people it reached."""
    if not mentions:
        return 0
    kinds = {term_kinds.get(m.term_id) for m in mentions}
    score = 10 * min(len(mentions), 4)
    score += 30 if any(m.tone == Tone.NEGATIVE for m in mentions) else 0
    score += 15 if TermKind.MAYOR in kinds else 0
    source = clipping.source
    score += 15 if source is not None and source.is_priority else 0
    reach = clipping.outlet.media_reach if clipping.outlet_id and clipping.outlet else None
    if reach:
        # 1,000 people or fewer add nothing; every tenfold adds 5 points, up to 15 at a million.
        score += int(min(15, max(0, 5 * (math.log10(reach) - 3))))
    return min(100, score)


# After a position word: another place ("el alcalde de Lima") or another name ("el alcalde Luis Quispe").
_FOLLOWED_BY_PLACE = re.compile(r"\s*,?\s*(?:de|del)\s+\w")
_FOLLOWED_BY_NAME = re.compile(r",?\s+[A-ZÁÉÍÓÚÑ]\w+")
# Before it: another office ("teniente alcalde", "ex alcalde", "vicealcalde" is one word anyway).
_OTHER_OFFICE = {"teniente", "ex", "vice", "pre"}


def resolved_hits(hits: list[Hit], matcher: Matcher, *, text: str, folded: str) -> list[tuple[Hit, str]]:
    """The hits that name someone, with how: by an alias, or by a position word referring back to them.

    A position word ("el alcalde") counts only after its person, or the municipality, was named earlier
    in the text, and only while no other town's holder of that title came in between; it never counts
    when another place or another name follows it, nor right before the person's own name (one mention).
    """
    same_length = len(text) == len(folded)
    named_at: dict[int, list[int]] = {}
    for hit in hits:
        person = matcher.term_person.get(hit.term_id)
        if person and hit.term_id not in matcher.reference_ids:
            named_at.setdefault(person, []).append(hit.start)
    last_named: dict[int, int] = {}
    blocked: dict[int, int] = {}
    municipality_at = -1
    resolved = []
    for hit in sorted(hits, key=lambda h: h.start):
        person = matcher.term_person.get(hit.term_id)
        kind = matcher.term_kinds.get(hit.term_id)
        if hit.term_id not in matcher.reference_ids or person is None:
            if person:
                last_named[person] = hit.start
            if kind == TermKind.MUNICIPALITY:
                municipality_at = hit.start
            resolved.append((hit, MentionHow.NAME))
            continue
        before = folded[max(0, hit.start - 12) : hit.start].split()[-1:]
        if before and before[0] in _OTHER_OFFICE:
            continue
        if any(hit.end <= start <= hit.end + 3 for start in named_at.get(person, [])):
            continue  # "el alcalde Jorge Cárdenas": the name that follows is the mention
        after = text[hit.end : hit.end + 60] if same_length else ""
        if _FOLLOWED_BY_PLACE.match(folded[hit.end : hit.end + 40]) or _FOLLOWED_BY_NAME.match(after):
            blocked[person] = hit.start  # someone else's title: later references are theirs until ours is named
            continue
        antecedent = max(last_named.get(person, -1), municipality_at)
        if antecedent < 0 or blocked.get(person, -1) > antecedent:
            continue
        resolved.append((hit, MentionHow.REFERENCE))
    return resolved


def _mentions_of(clipping: Clipping, matcher: Matcher, tone_model: ToneModel) -> list[Mention]:
    text = f"{clipping.title}\n{clipping.full_text}"
    folded = clipping.search_text
    same_length = len(folded) == len(text)
    mentions = []
    seen = set()
    snippet_tones: dict[str, str] = {}
    hits = [h for h in matcher.find(folded, folded=True) if h.term_id not in matcher.negative_ids]
    for hit, how in resolved_hits(hits, matcher, text=text, folded=folded):
        if (hit.term_id, hit.start) in seen:
            continue
        seen.add((hit.term_id, hit.start))
        around = snippet(text if same_length else folded, hit.start, hit.end)
        if clipping.tone == Tone.NEUTRAL:
            tone = Tone.NEUTRAL
        elif around not in snippet_tones:  # one name said twice in a sentence: one classification
            tone = snippet_tones[around] = tone_model.classify(around).tone
        else:
            tone = snippet_tones[around]
        alias = (text if same_length else folded)[hit.start : hit.end]
        mentions.append(
            Mention(
                term_id=hit.term_id,
                start=hit.start,
                end=hit.end,
                snippet=around[:400],
                tone=tone,
                alias=alias[:200],
                how=how,
            )
        )
    return mentions
