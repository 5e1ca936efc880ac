"""Parse: hostile and broken feeds are read without harm, and keep what can be read."""

from __future__ import annotations

import time
from pathlib import Path

from heraldo.monitoring.ingestion import source_poll
from heraldo.monitoring.ingestion.parse import SourceContentError, parse_feed
from heraldo.monitoring.models import Clipping, Health, Source, SourceKind
from heraldo.monitoring.tests.conftest import FIXTURES


def test_a_truncated_feed_is_refused_not_salvaged(watchlist, feed_server):
    feed_server.expect_request("/corto.xml").respond_with_data((FIXTURES / "truncated.xml").read_bytes())
    source = Source.objects.create(name="Corto", kind=SourceKind.FEED, url=feed_server.url_for("/corto.xml"))
    source_poll(source=source)
    source.refresh_from_db()
    assert source.health == Health.FAILING
    assert not Clipping.objects.exists()


def test_xml_bomb_parses_fast_without_expanding(db):
    started = time.monotonic()
    try:
        items = parse_feed((FIXTURES / "billion_laughs.xml").read_bytes())
    except SourceContentError:
        items = []
    assert time.monotonic() - started < 1.0
    assert all(len(item.title) < 10_000 and len(item.text) < 10_000 for item in items)


def test_external_entities_are_never_read(db):
    try:
        items = parse_feed((FIXTURES / "xxe.xml").read_bytes())
    except SourceContentError:
        items = []
    hostname = Path("/etc/hostname").read_text().strip()
    assert all(hostname not in (item.title + item.text) for item in items)


def test_a_feed_link_that_is_not_a_web_address_is_dropped():
    # given a feed whose items link to script, data and web addresses
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Medio</title>
    <item><title>Uno</title><link>javascript:alert(document.cookie)</link><description>a</description></item>
    <item><title>Dos</title><link> JaVaScRiPt:alert(1)</link><description>b</description></item>
    <item><title>Tres</title><link>data:text/html,&lt;script&gt;x&lt;/script&gt;</link><description>c</description></item>
    <item><title>Cuatro</title><link>https://medio.example.pe/nota</link><description>d</description></item>
    </channel></rss>"""

    # then only the web address is kept; the stories themselves are still read
    assert [(item.title, item.url) for item in parse_feed(feed)] == [
        ("Uno", ""),
        ("Dos", ""),
        ("Tres", ""),
        ("Cuatro", "https://medio.example.pe/nota"),
    ]


def test_a_namespace_the_fallback_parser_cannot_split_is_refused_in_spanish():
    """Found by the atheris harness (tests/security/fuzz): a namespace address holding a Latin-1 NEL (0x85, a
    space to expat) made feedparser's strict parser raise a ValueError that escaped parse_feed."""
    feed = (
        b'<?xml version="1.0" encoding="ISO-8859-1"?><rdf:RDF xmlns:rdf="http://www.\x853.org/1999/02/22-rdf-syntax'
        b'-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>Obras</title></item></rdf:RDF>'
    )
    try:
        items = parse_feed(feed)
    except SourceContentError as refusal:
        assert "no es un canal RSS o Atom válido" in str(refusal)
    else:
        assert [item.title for item in items] == ["Obras"]
