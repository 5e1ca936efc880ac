"""Copies found late: a story whose copy could not be seen when it arrived (its original older than the week a section
page's poll looked at, or a teaser whose text came later) is still grouped."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.ingestion.parse import Item
from heraldo.monitoring.ingestion.poll import clipping_complete, ingest_items
from heraldo.monitoring.ingestion.store import StoreContext
from heraldo.monitoring.models import Clipping, Source, SourceKind
from heraldo.monitoring.tests.ingestion.test_copies import BODY


def test_a_section_pages_story_from_weeks_ago_is_grouped_under_its_original_of_that_week(watchlist):
    # given a story published three weeks ago
    three_weeks_ago = timezone.now() - timedelta(days=21)
    original, _ = clipping_store(
        title="Municipio inaugura pistas", body_text=BODY, url="https://a.pe/pistas", published_at=three_weeks_ago
    )
    # when a section page's poll (its context loaded for now, as _ingest_section_page does) finds a copy from the
    # next day
    source = Source.objects.create(name="Portal vecinal", kind=SourceKind.WEB, url="https://portal.pe/noticias")
    copy = Item(
        title="Doce cuadras pavimentadas en Villa del Mar",
        url="https://portal.pe/noticias/pistas",
        text=BODY,
        published_at=three_weeks_ago + timedelta(days=1),
        page_read=True,
    )
    assert ingest_items(source, [copy], context=StoreContext.load()) == 1

    # then it is grouped under the original of its own week
    assert Clipping.objects.get(url=copy.url).duplicate_of_id == original.pk


def test_a_teaser_completed_later_is_grouped_with_the_copy_that_arrived_meanwhile(watchlist):
    # given a teaser stored incomplete, then an agency's full copy of the story it announces
    teaser, _ = clipping_store(
        title="Municipio inaugura pistas",
        body_text="La Municipalidad Distrital de Santa Candelaria del Mar inauguró la pavimentación…",
        url="https://a.pe/pistas",
        published_at=timezone.now() - timedelta(hours=3),
        text_incomplete=True,
    )
    copy, _ = clipping_store(
        title="Santa Candelaria del Mar estrena doce cuadras pavimentadas",
        body_text=BODY,
        url="https://b.pe/9",
        published_at=timezone.now() - timedelta(hours=1),
    )
    assert copy.duplicate_of_id is None  # the teaser's few words could not tell

    # when the teaser's article page gives its full text
    clipping_complete(clipping=teaser, text=BODY, teaser=teaser.body_text)

    # then the two are one story
    teaser.refresh_from_db()
    assert teaser.duplicate_of_id == copy.pk


def test_a_completed_story_found_to_copy_another_brings_its_copies_along(watchlist):
    # given a story with a copy, stored while incomplete, and another outlet's earlier full text of it
    earlier, _ = clipping_store(
        title="Santa Candelaria del Mar estrena doce cuadras pavimentadas",
        body_text=BODY,
        url="https://b.pe/9",
        published_at=timezone.now() - timedelta(hours=5),
    )
    cut = BODY.split(". ")[0] + "…"  # too few words to be recognised as a copy, the same words as its own copy's
    now = timezone.now()
    incomplete, _ = clipping_store(
        title="Municipio inaugura pistas",
        body_text=cut,
        url="https://a.pe/pistas",
        published_at=now - timedelta(hours=2),
        text_incomplete=True,
    )
    its_copy, _ = clipping_store(
        title="Pistas en Villa del Mar", body_text=cut, url="https://c.pe/pistas", published_at=now - timedelta(hours=1)
    )
    assert incomplete.duplicate_of_id is None and its_copy.duplicate_of_id == incomplete.pk

    # when its text is completed
    clipping_complete(clipping=incomplete, text=BODY, teaser=cut)

    # then both are grouped under the earlier story, one level deep
    assert set(Clipping.objects.filter(duplicate_of=earlier).values_list("pk", flat=True)) == {
        incomplete.pk,
        its_copy.pk,
    }
