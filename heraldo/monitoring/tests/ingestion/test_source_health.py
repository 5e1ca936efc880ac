"""Source health: a hostile or broken feed is refused, marked failing with a sentence, and stores nothing;
a complete copy of a story later replaces the cut one."""

from __future__ import annotations

import time

import pytest

from heraldo.monitoring.ingestion import source_poll
from heraldo.monitoring.models import Clipping, Health, Mention, Source, SourceKind, TermKind
from heraldo.monitoring.tests.conftest import FIXTURES, fixture_text

HOSTILE = {
    "billion_laughs.xml": "rechazado por seguridad",
    "quadratic_blowup.xml": "rechazado por seguridad",
    "xxe.xml": "rechazado por seguridad",
    "xxe_parameter.xml": "rechazado por seguridad",
    "truncated.xml": "llegó cortado",
    "truncated_midstory.xml": "llegó cortado",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_or_cut_feed_is_refused_marked_failing_and_stores_nothing(watchlist, feed_server, name):
    # given a feed that is an XML bomb, reads the server's files, or stops half-way
    feed_server.expect_request("/canal.xml").respond_with_data(
        (FIXTURES / name).read_bytes(), content_type="application/rss+xml"
    )
    source = Source.objects.create(name="Diario", kind=SourceKind.FEED, url=feed_server.url_for("/canal.xml"))

    # when it is polled
    started = time.monotonic()
    source_poll(source=source)

    # then it is failing at once, says why in a sentence, took no time, and nothing was stored
    assert time.monotonic() - started < 2.0
    source.refresh_from_db()
    assert source.health == Health.FAILING
    assert HOSTILE[name] in source.last_error
    assert "No se guardó ninguna nota" in source.last_error
    assert Clipping.objects.count() == 0


def test_sloppy_but_complete_feeds_are_still_read(watchlist, feed_server):
    # given a complete feed with an HTML entity and a bare ampersand, as hand-made feeds have
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Radio</title>'
        "<item><title>Obras&nbsp;y servicios</title><link>http://127.0.0.1/a?x=1&y=2</link>"
        "<description>Texto & más texto</description></item></channel></rss>"
    )
    feed_server.expect_request("/canal.xml").respond_with_data(feed, content_type="application/rss+xml")
    source = Source.objects.create(name="Radio", kind=SourceKind.FEED, url=feed_server.url_for("/canal.xml"))

    source_poll(source=source)

    source.refresh_from_db()
    assert source.health == Health.OK
    assert Clipping.objects.get().title == "Obras y servicios"


def test_a_complete_copy_replaces_the_cut_story_instead_of_being_skipped(watchlist, feed_server):
    # given a regional feed whose item is cut ("…") and whose article page does not answer
    base = feed_server.url_for("/").rstrip("/")
    teaser = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Regional</title><item>'
        "<title>Vecinos denuncian basura en la avenida Grau</title>"
        f"<link>{base}/nota/basura-grau?utm_source=rss</link><guid>reg-1</guid>"
        "<pubDate>Sat, 28 Nov 2026 09:00:00 -0500</pubDate>"
        "<description>Los vecinos denunciaron que el camión no pasa desde hace una semana…</description>"
        "</item></channel></rss>"
    )
    feed_server.expect_request("/regional.xml").respond_with_data(teaser, content_type="application/rss+xml")
    feed_server.expect_request("/nota/basura-grau").respond_with_data("caído", status=503)
    regional = Source.objects.create(name="Regional", kind=SourceKind.FEED, url=feed_server.url_for("/regional.xml"))
    source_poll(source=regional)
    cut = Clipping.objects.get()
    assert cut.text_incomplete
    assert not cut.mentions.filter(term__kind=TermKind.MAYOR).exists()

    # when the complete story arrives later from another feed
    full_text = (
        "Los vecinos denunciaron que el camión no pasa desde hace una semana por la avenida Grau. "
        "El alcalde Jorge Cárdenas Vilca anunció que la Municipalidad Distrital de Santa Candelaria del Mar "
        "contratará dos camiones más para el recojo de residuos sólidos en todo el distrito, "
        "y que la limpieza pública se hará también los domingos a partir de la próxima semana, "
        "según explicó en conferencia de prensa a los vecinos reunidos en el local comunal del barrio."
    )
    complete = teaser.replace("<title>Regional</title>", "<title>Agregador</title>").replace(
        "Los vecinos denunciaron que el camión no pasa desde hace una semana…", full_text
    )
    feed_server.expect_request("/agregador.xml").respond_with_data(complete, content_type="application/rss+xml")
    aggregator = Source.objects.create(
        name="Agregador", kind=SourceKind.FEED, url=feed_server.url_for("/agregador.xml")
    )
    source_poll(source=aggregator)

    # then the stored story is the complete one: text, flag and mentions updated, still one clipping
    cut.refresh_from_db()
    assert Clipping.objects.count() == 1
    assert cut.body_text == full_text
    assert not cut.text_incomplete
    assert cut.completion_due_at is None
    assert Mention.objects.filter(clipping=cut, term__kind=TermKind.MAYOR).exists()


def test_a_feed_that_is_not_a_feed_is_refused_with_a_sentence(watchlist, feed_server):
    feed_server.expect_request("/canal.xml").respond_with_data(
        fixture_text("sesion_concejo.html"), content_type="text/html"
    )
    source = Source.objects.create(name="Portal", kind=SourceKind.FEED, url=feed_server.url_for("/canal.xml"))
    source_poll(source=source)
    source.refresh_from_db()
    assert source.health == Health.FAILING
    assert "no es un canal RSS o Atom" in source.last_error
    assert Clipping.objects.count() == 0


def test_a_feed_declared_utf8_but_written_in_windows_1252_is_read(watchlist, feed_server):
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Radio</title>'
        "<item><title>Inauguración en Santa Candelaria del Mar</title><guid>w-1</guid>"
        f"<description>{'La Municipalidad inauguró la obra. ' * 15}</description></item></channel></rss>"
    ).encode("cp1252")
    feed_server.expect_request("/w.xml").respond_with_data(feed, content_type="application/rss+xml")
    source = Source.objects.create(name="Radio", kind=SourceKind.FEED, url=feed_server.url_for("/w.xml"))
    source_poll(source=source)
    source.refresh_from_db()
    assert source.health == Health.OK
    assert Clipping.objects.get().title == "Inauguración en Santa Candelaria del Mar"


def test_an_aggregators_full_copy_at_another_address_completes_the_cut_story(watchlist, feed_server):
    # given a cut story whose page does not answer
    base = feed_server.url_for("/").rstrip("/")
    lead = "Los vecinos de Santa Candelaria del Mar denunciaron que el camión recolector no pasa desde hace una semana"
    teaser = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Regional</title><item>'
        f"<title>Vecinos denuncian basura en la avenida Grau</title><link>{base}/nota/grau</link><guid>r-1</guid>"
        f"<description>{lead}…</description></item></channel></rss>"
    )
    feed_server.expect_request("/regional.xml").respond_with_data(teaser, content_type="application/rss+xml")
    feed_server.expect_request("/nota/grau").respond_with_data("caído", status=503)
    source_poll(source=Source.objects.create(name="R", kind=SourceKind.FEED, url=feed_server.url_for("/regional.xml")))
    cut = Clipping.objects.get()
    assert cut.text_incomplete

    # when an aggregator carries the whole story at its own address
    full = f"{lead}. El alcalde Jorge Cárdenas Vilca ordenó reforzar el recojo. " + "Más detalles del caso. " * 20
    copy = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Agregador</title><item>'
        "<title>Vecinos denuncian basura en la avenida Grau</title>"
        f"<link>https://agregador.example.pe/r/1</link><guid>a-1</guid><description>{full}</description>"
        "</item></channel></rss>"
    )
    feed_server.expect_request("/agregador.xml").respond_with_data(copy, content_type="application/rss+xml")
    source_poll(source=Source.objects.create(name="A", kind=SourceKind.FEED, url=feed_server.url_for("/agregador.xml")))

    # then the cut story is complete, with its mentions
    cut.refresh_from_db()
    assert not cut.text_incomplete
    assert "ordenó reforzar el recojo" in cut.body_text
    assert Mention.objects.filter(clipping=cut, term__kind=TermKind.MAYOR).exists()
