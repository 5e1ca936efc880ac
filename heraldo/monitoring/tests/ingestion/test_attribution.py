"""Attribution and relevance: an aggregator's story is the original outlet's (and medium's) when the item names
it; relevance counts who is named, not topic keywords."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from heraldo.directory.models import Entity
from heraldo.monitoring.ingestion import clipping_store, source_poll
from heraldo.monitoring.models import Clipping, Medium, Source, SourceKind
from heraldo.monitoring.tests.conftest import fixture_text


def test_an_aggregators_items_take_the_original_outlet_and_medium(client_as, watchlist, feed_server):
    # given the Registro's outlets, and an aggregator's feed naming them in different ways
    tv = Entity.objects.create(name="TV Costa Noticias", kind="MEDIO", level="PROVINCIAL", media_kind="TV")
    radio = Entity.objects.create(
        name="Radio Sur Chico FM", short_name="Radio Sur Chico", kind="MEDIO", level="PROVINCIAL", media_kind="RADIO"
    )
    paper = Entity.objects.create(
        name="Diario del Sur",
        kind="MEDIO",
        level="REGIONAL",
        media_kind="PRENSA",
        website="https://diariodelsur.example.pe/",
    )
    aggregator = Entity.objects.create(name="Noticias del Sur Chico", kind="MEDIO", level="LOCAL", media_kind="WEB")
    feed_server.expect_request("/agregador.xml").respond_with_data(
        fixture_text("aggregator_feed.xml"), content_type="application/rss+xml"
    )
    source = Source.objects.create(
        name="Agregador del Sur", kind=SourceKind.FEED, url=feed_server.url_for("/agregador.xml"), outlet=aggregator
    )

    # when it is polled
    source_poll(source=source)

    # then each story is credited to its outlet, with the outlet's medium
    by_guid = {c.guid: c for c in Clipping.objects.select_related("outlet")}
    assert (by_guid["agg-8811"].outlet, by_guid["agg-8811"].medium) == (tv, Medium.TV)  # <source>
    assert (by_guid["agg-8812"].outlet, by_guid["agg-8812"].medium) == (radio, Medium.RADIO)  # dc:publisher
    assert (by_guid["agg-8813"].outlet, by_guid["agg-8813"].medium) == (paper, Medium.PRESS)  # link's host
    # and an outlet the Registro does not know keeps its name rather than the aggregator's
    unknown = by_guid["agg-8814"]
    assert unknown.outlet is None and unknown.outlet_name == "Canal 99 Digital"

    # and the analyst reads the outlet first and the aggregator as the way it came
    page = client_as("media_analyst").get(reverse("monitoring:clipping_detail", args=[by_guid["agg-8811"].pk]))
    text = page.content.decode()
    assert "TV Costa Noticias" in text and "Televisión" in text and "vía Agregador del Sur" in text


def test_topic_keywords_do_not_count_as_mentions_in_relevance(watchlist):
    # given a story full of topic keywords about a namesake place, and one naming our Mayor once
    now = timezone.now()
    namesake, _ = clipping_store(
        title="Basura en la playa",
        published_at=now,
        url="https://radio.example.pe/basura",
        body_text=(
            "La limpieza pública de otra ciudad falla: basura en la playa, basura en el mercado, "
            "el camión recolector no pasa y la basura se acumula."
        ),
    )
    mayor, _ = clipping_store(
        title="Visita",
        published_at=now,
        url="https://radio.example.pe/visita",
        body_text="El alcalde Jorge Cárdenas visitó el colegio del barrio.",
    )

    # then the story naming our authority ranks first, and keywords alone add nothing
    assert namesake.mentions.exists()
    assert mayor.relevance > namesake.relevance
    assert namesake.relevance == 0


def test_a_journalist_as_creator_keeps_the_feeds_own_outlet(watchlist, feed_server):
    # given an outlet's own feed whose items name their journalist in dc:creator
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>C</title>'
        f"<item><title>Obra</title><guid>c-1</guid><dc:creator>Juan Pérez Rojas</dc:creator>"
        f"<description>{'La obra avanza. ' * 40}</description></item></channel></rss>"
    )
    feed_server.expect_request("/c.xml").respond_with_data(feed, content_type="application/rss+xml")
    source = Source.objects.create(
        name="Candelaria Noticias", kind=SourceKind.FEED, url=feed_server.url_for("/c.xml"), outlet=watchlist["outlet"]
    )
    source_poll(source=source)
    clipping = Clipping.objects.get()
    assert clipping.outlet == watchlist["outlet"] and clipping.outlet_name == ""
    assert clipping.author == "Juan Pérez Rojas"


def test_an_aggregators_headline_loses_the_outlet_suffix_it_names(watchlist, feed_server):
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Agregador</title>'
        "<item><title>Alcalde inaugura parque - TV Costa Noticias</title><guid>g-1</guid>"
        '<source url="https://tvcosta.example.pe/">TV Costa Noticias</source>'
        f"<description>{'El alcalde inauguró el parque. ' * 20}</description></item></channel></rss>"
    )
    feed_server.expect_request("/g.xml").respond_with_data(feed, content_type="application/rss+xml")
    source_poll(source=Source.objects.create(name="G", kind=SourceKind.FEED, url=feed_server.url_for("/g.xml")))
    assert Clipping.objects.get().title == "Alcalde inaugura parque"
