"""Test plan F6: no XML that Heraldo reads ever fetches an external entity or DTD (a loopback canary counts).

Every way in for hostile XML (a news site's feed, a news page Heraldo reads for the full story, an SVG logo, a
Registro workbook) is given documents whose entities and DTDs point at a small HTTP server on 127.0.0.1 that counts
the connections it accepts. The plan's figure is 0 connections: a parser that resolved any of them would show here
even when it kept the answer out of the text. The canary itself is proven to count (a plain request reaches it).
The quadratic blow-up of a feed (one 50 KB entity used thousands of times) must be refused within a second.
"""

from __future__ import annotations

import io
import threading
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.exceptions import ValidationError
from openpyxl import Workbook

from heraldo.core.uploads import sanitize_svg
from heraldo.directory.transfer import UnreadableFile, read_rows
from heraldo.monitoring.ingestion.parse import SourceContentError, extract_article, parse_feed, section_links
from heraldo.monitoring.tests.conftest import FIXTURES

SECRET = "CANARIO-LEIDO"


class _Answer(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802  the name http.server calls
        body = f'<!ENTITY leak "{SECRET}"><!ENTITY % p "{SECRET}">'.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/xml-dtd")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Quiet: the count is the evidence."""


class Canary(ThreadingHTTPServer):
    """An HTTP server on a free loopback port that counts every connection it accepts."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Answer)
        self.connections = 0

    def get_request(self):  # noqa: ANN201  socketserver's signature
        self.connections += 1
        return super().get_request()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def canary() -> Iterator[Canary]:
    server = Canary()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def hostile_ways(canary: Canary, root: str) -> dict[str, tuple[str, str]]:
    """Each way XML has of pointing outside, as (what goes before the root element, what replaces the text)."""
    return {
        "external entity": (f'<!DOCTYPE {root} [<!ENTITY e SYSTEM "{canary.url}/e">]>', "&e;"),
        "parameter entity": (f'<!DOCTYPE {root} [<!ENTITY % p SYSTEM "{canary.url}/p"> %p;]>', "texto"),
        "external DTD": (f'<!DOCTYPE {root} SYSTEM "{canary.url}/dtd">', "&leak;"),
        "public DTD": (f'<!DOCTYPE {root} PUBLIC "-//X//DTD X//EN" "{canary.url}/public">', "texto"),
        "XInclude": ("", f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{canary.url}/xi"/>'),
    }


FEED = (
    '<rss version="2.0"><channel><title>Medio</title><item><title>TEXT</title>'
    "<link>https://medio.example.pe/1</link><description>Nota</description></item></channel></rss>"
)
PAGE = (
    "<html><head><title>TEXT</title></head><body><article><h1>TEXT</h1><p>Texto de la nota.</p>"
    "<a href='/nota/2'>Otra</a></article></body></html>"
)
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>TEXT</title><rect width="10"/></svg>'


def workbook(prolog: str, text: str) -> bytes:
    """A Registro workbook whose sheet carries the prolog and, in its one data cell, the text."""
    book = Workbook()
    book.active.append(["nombre"])
    book.active.append(["TEXT"])
    buffer = io.BytesIO()
    book.save(buffer)
    original = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as poisoned:
        for member in original.infolist():
            data = original.read(member.filename)
            if member.filename == "xl/worksheets/sheet1.xml":
                sheet = data.decode()
                assert "TEXT" in sheet
                declaration, root = sheet.split("?>", 1) if sheet.startswith("<?xml") else ("", sheet)
                data = ((declaration + "?>" if declaration else "") + prolog + root.replace("TEXT", text)).encode()
            poisoned.writestr(member, data)
    return out.getvalue()


def read_whatever(read, document: bytes) -> str:
    """What the reader kept, or its refusal: both are fine, as long as the canary was never called."""
    try:
        return repr(read(document))
    except (SourceContentError, ValidationError, UnreadableFile) as refusal:
        return repr(refusal)


def test_no_reader_of_xml_connects_to_an_external_entity_or_dtd(canary, db):
    def markup(body: str):
        return lambda prolog, text: ('<?xml version="1.0"?>' + prolog + body.replace("TEXT", text)).encode()

    readers = {
        "feed": (parse_feed, "rss", markup(FEED)),
        "news page": (lambda page: extract_article(page, "https://medio.example.pe/1"), "html", markup(PAGE)),
        "section links": (lambda page: section_links(page, "https://medio.example.pe/", ""), "html", markup(PAGE)),
        "SVG": (sanitize_svg, "svg", markup(SVG)),
        "workbook": (lambda content: read_rows("registro.xlsx", content), "worksheet", workbook),
    }
    tried = 0
    for reader, (read, root, build) in readers.items():
        for way, (prolog, text) in hostile_ways(canary, root).items():
            kept = read_whatever(read, build(prolog, text))
            assert SECRET not in kept, (reader, way)
            assert canary.connections == 0, (reader, way)
            tried += 1
    assert tried == 25
    # the canary does count: one plain request reaches it
    urllib.request.urlopen(f"{canary.url}/control", timeout=5).read()  # noqa: S310  our loopback canary
    assert canary.connections == 1


def test_a_feeds_quadratic_blow_up_is_refused_within_a_second():
    bomb = (FIXTURES / "quadratic_blowup.xml").read_bytes()
    assert bomb.count(b"&") > 1000  # one long entity, used over and over
    started = time.process_time()
    with pytest.raises(SourceContentError, match="rechazado por seguridad"):
        parse_feed(bomb)
    assert time.process_time() - started < 1.0
