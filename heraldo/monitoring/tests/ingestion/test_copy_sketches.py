"""Copies: a candidate is ruled out by its kept sketch of word triples only when its text could not be a copy."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from heraldo.core.text import fold
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.ingestion.dedupe import SKETCHES, NearDuplicateIndex, TripleSketch, normalise, same_story
from heraldo.monitoring.models import Clipping

TONE_DATA = Path(__file__).resolve().parents[2] / "tone_data"
SENTENCES = [
    line
    for tone in ("negative", "neutral", "positive")
    for line in (TONE_DATA / f"{tone}.txt").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _stories(count: int, seed: int) -> list[str]:
    draw = random.Random(seed)  # noqa: S311 (sample texts, no secret)
    return [
        f"La Municipalidad de Santa Candelaria del Mar informó. {' '.join(draw.sample(SENTENCES, 12))}"
        for _story in range(count)
    ]


def _copies(story: str) -> list[str]:
    """How outlets retell a story: a footer added, the end cut, the lead rewritten, a line changed."""
    sentences = story.split(". ")
    return [
        story + " Con información de la agencia estatal.",
        ". ".join(sentences[:-3]) + ".",
        "Lima (Agencia).— El distrito costeño vivió una jornada intensa.\n\n" + ". ".join(sentences[1:]),
        story.replace(sentences[3], "Los vecinos del sector siguieron el hecho con atención"),
    ]


def test_a_sketch_never_rules_out_a_pair_the_texts_tell_as_one_story():
    # given stories, their retellings and unrelated stories, folded as the copy check reads them
    originals = _stories(30, seed=7)
    texts = [fold(text) for story in originals for text in (story, *_copies(story))]
    sketches = [TripleSketch.of(text) for text in texts]
    same = ruled_out = unrelated = 0
    for index, text in enumerate(texts):
        possible = sketches[index].can_share_story_with(sketches)
        for other, may in zip(texts, possible, strict=True):
            if same_story(text, other):
                # then a pair that is one story is always left for the texts to decide
                assert may, (text[:80], other[:80])
                same += 1
            else:
                unrelated += 1
                ruled_out += not may
    # and the sketches do their work: most unrelated pairs are ruled out without their texts
    assert same - len(texts) >= 300  # retellings told as one story, besides each text with itself
    assert ruled_out / unrelated > 0.9


def test_a_story_too_short_to_confirm_is_ruled_out_as_the_texts_would_be():
    short, long = TripleSketch.of("pistas nuevas"), TripleSketch.of(fold(_stories(1, seed=3)[0]))
    assert short.count == 1
    assert long.can_share_story_with([short, long]) == [False, True]


def test_the_next_poll_rules_out_unrelated_candidates_by_their_kept_sketches_without_reading_them(
    watchlist, django_assert_num_queries
):
    # given a poll that stored stories, each of which the process keeps as a sketch
    now = timezone.now()
    for number, story in enumerate(_stories(5, seed=11)):
        clipping_store(
            title=f"Nota {number}",
            body_text=story,
            url=f"https://medio.pe/{number}",
            published_at=now,
            queue_alerts=False,
        )
    # when the next poll checks a new unrelated story against them as candidates
    index = NearDuplicateIndex.covering(now)
    new = Clipping(title="Otra", body_text=_stories(1, seed=12)[0], published_at=now + timedelta(minutes=1))
    normalise(new)
    with django_assert_num_queries(0):
        confirmed = index._confirmed(new, list(range(len(index._pks))))
    # then none is a copy, and no text was read to know it
    assert confirmed == []


def test_a_story_whose_text_changed_is_read_again_not_judged_by_its_old_sketch(watchlist):
    # given a story kept as a sketch, whose text is then replaced by a copy of a new story (its content hash follows)
    now = timezone.now()
    first, second = _stories(2, seed=21)
    stored, _ = clipping_store(
        title="Nota", body_text=first, url="https://medio.pe/a", published_at=now, queue_alerts=False
    )
    stored.body_text = second
    normalise(stored)
    stored.save()
    # when the copy check meets it as a candidate for the new story
    index = NearDuplicateIndex.covering(now)
    new = Clipping(title="Copia", body_text=second + " Con información de la agencia estatal.", published_at=now)
    normalise(new)
    # then its current text decides: it is the original
    assert SKETCHES.get(stored.pk, stored.content_hash) is None
    assert index._confirmed(new, [index._pks.index(stored.pk)]) == [index._pks.index(stored.pk)]


def test_two_stories_each_with_two_triples_on_one_hash_are_left_to_their_texts():
    import numpy as np

    collided = TripleSketch(count=40, hashes=np.array([5, 9], dtype=np.uint32), collided=True)
    distinct = TripleSketch(count=40, hashes=np.array([1, 2], dtype=np.uint32), collided=False)
    # the hashes share nothing, but only a pair of collided sketches cannot trust that
    assert collided.can_share_story_with([collided, distinct]) == [True, False]
