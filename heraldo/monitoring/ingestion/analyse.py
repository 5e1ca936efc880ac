"""Analyse: what a normalised clipping's text says: language, tone, who is named and how, relevance."""

from __future__ import annotations

import math

import py3langid

from heraldo.monitoring.matching import Matcher, snippet
from heraldo.monitoring.models import Clipping, Mention, TermKind, Tone
from heraldo.monitoring.tone import ToneModel

LANGUAGE_SAMPLE_CHARS = 400
IDENTITY_KINDS = frozenset({TermKind.MUNICIPALITY, TermKind.MAYOR, TermKind.AUTHORITY})


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
    # Only who is named counts: a topic keyword (or a place that may be a namesake) is what the story is about,
    # not a mention of the municipality or its authorities.
    mentions = [m for m in mentions if term_kinds.get(m.term_id) in IDENTITY_KINDS]
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


def _mentions_of(clipping: Clipping, matcher: Matcher, tone_model: ToneModel) -> list[Mention]:
    text = f"{clipping.title}\n{clipping.full_text}"
    folded = clipping.search_text
    same_length = len(folded) == len(text)
    mentions = []
    seen = set()
    snippet_tones: dict[str, str] = {}
    for hit in matcher.find(folded, folded=True):
        if hit.term_id in matcher.negative_ids or (hit.term_id, hit.start) in seen:
            continue
        seen.add((hit.term_id, hit.start))
        around = snippet(text if same_length else folded, hit.start, hit.end)
        if clipping.tone == Tone.NEUTRAL:
            tone = Tone.NEUTRAL
        elif around not in snippet_tones:  # one name said twice in a sentence: one classification
            tone = snippet_tones[around] = tone_model.classify(around).tone
        else:
            tone = snippet_tones[around]
        mentions.append(Mention(term_id=hit.term_id, start=hit.start, end=hit.end, snippet=around[:400], tone=tone))
    return mentions
