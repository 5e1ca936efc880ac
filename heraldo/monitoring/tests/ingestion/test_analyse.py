"""Analyse: relevance weighs who is named, how, where, and how many people the outlet reaches."""

from __future__ import annotations

from django.utils import timezone

from heraldo.directory.models import Entity
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Source, SourceKind


def test_relevance_ranks_a_negative_story_on_the_mayor_in_a_big_priority_outlet_first(watchlist):
    big = Entity.objects.create(name="Diario Nacional", kind="MEDIO", level="NACIONAL", media_reach=1_000_000)
    priority = Source.objects.create(
        name="Diario Nacional",
        kind=SourceKind.FEED,
        url="https://nacional.example.pe/rss",
        outlet=big,
        is_priority=True,
    )
    now = timezone.now()
    scandal, _ = clipping_store(
        source=priority,
        title="Denuncian abandono",
        published_at=now,
        url="https://nacional.example.pe/1",
        body_text="El alcalde Jorge Cárdenas fue denunciado por el abandono y el fracaso de la obra.",
    )
    fair, _ = clipping_store(
        title="Feria",
        published_at=now,
        url="https://radio.example.pe/2",
        body_text="La Municipalidad de Santa Candelaria del Mar organizó una feria.",
    )
    unrelated, _ = clipping_store(
        title="Clima", published_at=now, url="https://radio.example.pe/3", body_text="Lloverá el fin de semana."
    )
    assert scandal.relevance > fair.relevance > unrelated.relevance == 0
    assert scandal.relevance >= 80
