"""Polling and ingestion: feeds and pages replayed from files on loopback, idempotent, fault tolerant."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from heraldo.monitoring.models import Clipping, Health, Mention, Source, SourceKind, TermKind, Tone
from heraldo.monitoring.services import ingestion
from heraldo.monitoring.services.ingestion import clipping_store, fingerprint, parse_feed
from heraldo.monitoring.services.polling import monitoring_poll_due_sources, source_poll
from heraldo.monitoring.tests.conftest import FIXTURES, fixture_text
from heraldo.monitoring.urlnorm import canonical_url


def test_a_due_feed_is_polled_and_its_stories_stored_with_mentions_and_tone(feed_source):
    # given a feed source that is due
    now = timezone.now()
    # when the periodic step runs
    polled = monitoring_poll_due_sources(now=now)
    # then the three stories are stored once, with canonical URLs and the full text of the short one
    assert polled == [feed_source.pk]
    clippings = {c.guid: c for c in Clipping.objects.all()}
    assert set(clippings) == {"cn-1001", "cn-1002", "cn-1003"}
    garbage = clippings["cn-1001"]
    assert "utm_" not in garbage.canonical_url
    assert garbage.tone == Tone.NEGATIVE
    assert clippings["cn-1002"].tone == Tone.POSITIVE
    assert "diez de la mañana" in clippings["cn-1003"].body_text  # extracted from the article page
    kinds = set(Mention.objects.filter(clipping=garbage).values_list("term__kind", flat=True))
    assert {TermKind.MAYOR, TermKind.MUNICIPALITY, TermKind.TOPIC} <= kinds
    mention = Mention.objects.filter(clipping=garbage, term__kind=TermKind.MAYOR).first()
    assert "Jorge Cárdenas" in mention.snippet
    feed_source.refresh_from_db()
    assert feed_source.health == Health.OK
    assert feed_source.next_due_at == now + timedelta(minutes=feed_source.interval_minutes)


def test_polling_again_stores_nothing_twice(feed_source):
    source_poll(source=feed_source)
    source_poll(source=Source.objects.get(pk=feed_source.pk))
    assert Clipping.objects.count() == 3
    assert Mention.objects.values("clipping", "term", "start").distinct().count() == Mention.objects.count()


def test_a_source_not_yet_due_is_left_alone(feed_source):
    Source.objects.filter(pk=feed_source.pk).update(next_due_at=timezone.now() + timedelta(minutes=5))
    assert monitoring_poll_due_sources(now=timezone.now()) == []


def test_conditional_request_uses_the_stored_etag(watchlist, feed_server):
    feed_server.expect_request("/etag.xml", headers={"If-None-Match": '"v7"'}).respond_with_data("", status=304)
    feed_server.expect_request("/etag.xml").respond_with_data(
        fixture_text("candelaria_feed.xml").replace("<item>", "<item>", 1), headers={"ETag": '"v7"'}
    )
    source = Source.objects.create(name="Con ETag", kind=SourceKind.FEED, url=feed_server.url_for("/etag.xml"))
    source_poll(source=source)
    source.refresh_from_db()
    assert source.etag == '"v7"'
    source_poll(source=source)
    source.refresh_from_db()
    assert source.health == Health.OK
    assert feed_server.log[-1][1].status_code == 304
    assert Clipping.objects.filter(source=source).count() == 3


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html><body><h1>Mantenimiento</h1></body></html>",
        b"\x1f\x8b\x08\x00roto",
    ],
    ids=["empty", "html-as-rss", "binary"],
)
def test_a_broken_feed_gets_its_own_error_and_the_others_still_succeed(feed_source, feed_server, body):
    # given a broken feed on another host name of the same server… and a good one
    feed_server.expect_request("/roto.xml").respond_with_data(body, content_type="application/rss+xml")
    broken = Source.objects.create(
        name="Roto", kind=SourceKind.FEED, url=f"http://127.0.0.1:{feed_server.port}/roto.xml"
    )
    # when the cycle runs
    monitoring_poll_due_sources(now=timezone.now())
    # then the broken one is degraded with a Spanish message and the good one stored its stories
    broken.refresh_from_db()
    assert broken.health == Health.DEGRADED
    assert broken.last_error and broken.consecutive_failures == 1
    assert Clipping.objects.filter(source=feed_source).count() == 3


def test_a_truncated_feed_keeps_what_could_be_read(watchlist, feed_server):
    feed_server.expect_request("/corto.xml").respond_with_data((FIXTURES / "truncated.xml").read_bytes())
    source = Source.objects.create(name="Corto", kind=SourceKind.FEED, url=feed_server.url_for("/corto.xml"))
    source_poll(source=source)
    source.refresh_from_db()
    assert source.health == Health.OK
    assert list(Clipping.objects.values_list("title", flat=True)) == ["Nota sin cerrar"]


def test_failures_back_off_exponentially_and_turn_the_source_failing(watchlist, feed_server):
    feed_server.expect_request("/caido.xml").respond_with_data("error", status=503)
    source = Source.objects.create(
        name="Caído", kind=SourceKind.FEED, url=feed_server.url_for("/caido.xml"), interval_minutes=10
    )
    now = timezone.now()
    delays = []
    for _attempt in range(3):
        source_poll(source=Source.objects.get(pk=source.pk), now=now)
        source.refresh_from_db()
        delays.append(source.next_due_at - now)
    assert delays == [timedelta(minutes=20), timedelta(minutes=40), timedelta(minutes=80)]
    assert source.health == Health.FAILING
    assert "error" in source.last_error and "503" in source.last_error


def test_a_worker_killed_mid_poll_loses_nothing_and_duplicates_nothing(feed_source, monkeypatch):
    # given a poll that dies after storing the first story
    real_store = ingestion.clipping_store
    calls = {"n": 0}

    def dying_store(**kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt("kill -9")
        return real_store(**kwargs)

    monkeypatch.setattr(ingestion, "clipping_store", dying_store)
    now = timezone.now()
    with pytest.raises(KeyboardInterrupt):
        monitoring_poll_due_sources(now=now)
    assert Clipping.objects.count() == 1
    # then the lease makes the source due again one interval later, and the next poll completes it
    monkeypatch.setattr(ingestion, "clipping_store", real_store)
    assert monitoring_poll_due_sources(now=now + timedelta(minutes=1)) == []
    assert monitoring_poll_due_sources(now=now + timedelta(minutes=feed_source.interval_minutes)) == [feed_source.pk]
    assert Clipping.objects.count() == 3


def test_xml_bomb_parses_fast_without_expanding(db):
    started = time.monotonic()
    try:
        items = parse_feed((FIXTURES / "billion_laughs.xml").read_bytes())
    except ingestion.SourceContentError:
        items = []
    assert time.monotonic() - started < 1.0
    assert all(len(item.title) < 10_000 and len(item.text) < 10_000 for item in items)


def test_external_entities_are_never_read(db):
    try:
        items = parse_feed((FIXTURES / "xxe.xml").read_bytes())
    except ingestion.SourceContentError:
        items = []
    hostname = Path("/etc/hostname").read_text().strip()
    assert all(hostname not in (item.title + item.text) for item in items)


def test_a_section_page_is_followed_with_its_css_selectors(watchlist, feed_server):
    for path, name in [
        ("/locales/", "radio_section.html"),
        ("/locales/obra-paralizada", "radio_obra.html"),
        ("/locales/feria-emprendedores", "radio_feria.html"),
    ]:
        feed_server.expect_request(path).respond_with_data(fixture_text(name), content_type="text/html")
    source = Source.objects.create(
        name="Radio Mar Brava",
        kind=SourceKind.WEB,
        url=feed_server.url_for("/locales/"),
        link_selector="section.listado h2 a",
        content_selector="article .texto",
    )
    source_poll(source=source)
    titles = set(Clipping.objects.values_list("title", flat=True))
    assert titles == {"Obra del estadio sigue paralizada", "Feria de emprendedores fue un éxito"}
    works = Clipping.objects.get(title__startswith="Obra")
    assert "Ferretería" not in works.body_text  # the content selector left the advert out
    assert works.tone == Tone.NEGATIVE


def test_canonical_urls_drop_tracking_and_trivia():
    assert canonical_url("HTTP://WWW.Diario.pe:80/nota/1/?utm_source=fb&b=2&a=1&fbclid=x#top") == (
        "https://diario.pe/nota/1?a=1&b=2"
    )
    assert canonical_url("https://diario.pe/nota/1") == canonical_url("http://diario.pe/nota/1/?gclid=1")


def test_syndicated_copies_are_grouped_under_the_original(watchlist):
    text = fixture_text("radio_obra.html")
    body = ingestion.html_to_text(text)
    first, _ = clipping_store(
        title="Obra paralizada", published_at=timezone.now(), url="https://a.pe/1", body_text=body
    )
    copy, _ = clipping_store(
        title="Obra paralizada (vía agencia)",
        published_at=timezone.now(),
        url="https://b.pe/9",
        body_text=body.replace("denunciaron", "denunciaron hoy"),
    )
    unrelated, _ = clipping_store(
        title="Feria", published_at=timezone.now(), url="https://c.pe/2", body_text=fixture_text("radio_feria.html")
    )
    assert copy.duplicate_of_id == first.pk
    assert unrelated.duplicate_of_id is None
    assert bin((fingerprint(body) ^ fingerprint(body + " hoy")) & (2**64 - 1)).count("1") <= 6


def test_the_same_story_by_url_is_stored_once(watchlist):
    first, created = clipping_store(title="Uno", published_at=timezone.now(), url="https://a.pe/nota?utm_medium=x")
    again, created_again = clipping_store(title="Uno bis", published_at=timezone.now(), url="https://a.pe/nota")
    assert (created, created_again) == (True, False)
    assert again.pk == first.pk


def test_one_feed_carrying_a_story_twice_and_a_syndicated_copy_stores_each_once(watchlist):
    # given a feed batch where one story is listed twice and another outlet's copy follows it
    source = Source.objects.create(name="Agregador", kind=SourceKind.FEED, url="https://agregador.example.pe/rss")
    body = ingestion.html_to_text(fixture_text("radio_obra.html"))
    now = timezone.now()
    items = [
        ingestion.Item(title="Obra paralizada", url="https://a.pe/obra", guid="1", published_at=now, text=body),
        ingestion.Item(title="Obra paralizada", url="https://a.pe/obra?utm_source=x", guid="1", published_at=now),
        ingestion.Item(
            title="Obra paralizada (agencia)",
            url="https://b.pe/obra",
            guid="2",
            published_at=now,
            text=body.replace("denunciaron", "denunciaron hoy"),
        ),
    ]
    # when the batch is ingested, and then again
    assert ingestion.ingest_items(source, items) == 2
    assert ingestion.ingest_items(source, items) == 0
    # then the repeat is dropped and the copy is grouped under the original within the same batch
    original = Clipping.objects.get(canonical_url="https://a.pe/obra")
    copy = Clipping.objects.get(canonical_url="https://b.pe/obra")
    assert copy.duplicate_of_id == original.pk
    assert Clipping.objects.count() == 2


def test_the_fingerprint_keeps_the_value_archived_stories_were_stored_with():
    # stored fingerprints are compared with new ones for years: the value must not depend on the process or version
    assert fingerprint("uno dos tres") == 4648973260434388709
    assert fingerprint("El alcalde inauguró la obra del mercado central de Santa Candelaria") == -2379121524227584909


def test_after_every_migration_the_archive_index_still_follows_the_clippings(db):
    # a migration that rebuilds the clippings table on SQLite drops its triggers unless it reinstalls them
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("the PostgreSQL index is an expression index: it cannot fall out of step")
    from heraldo.monitoring.fulltext import SQLITE_INDEX_NAMES, SQLITE_TRIGGER_NAMES

    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'monitoring_clipping'")
        assert {row[0] for row in cursor.fetchall()} >= set(SQLITE_TRIGGER_NAMES) | set(SQLITE_INDEX_NAMES)


def test_relevance_ranks_a_negative_story_on_the_mayor_in_a_big_priority_outlet_first(watchlist):
    from heraldo.directory.models import Entity

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
