"""Test plan F4 (feeds in other or wrong encodings) and F5 (at most 500 items from one poll)."""

from __future__ import annotations

import pytest

from heraldo.monitoring.ingestion.parse import MAX_ITEMS_PER_POLL, parse_feed

TITLE = "Niños y señoras reclaman “agua” en Año Nuevo"
TEXT = "La población del AA.HH. Villa del Mar pidió más cisternas al señor alcalde."


def feed(declared: str | None, encoding: str, title: str = TITLE) -> bytes:
    declaration = f'<?xml version="1.0" encoding="{declared}"?>' if declared else ""
    item = (
        f"<item><title>{title}</title><link>https://diario.example.pe/1</link><description>{TEXT}</description></item>"
    )
    return (declaration + f'<rss version="2.0"><channel><title>Diario</title>{item}</channel></rss>').encode(encoding)


@pytest.mark.parametrize(
    ("declared", "encoding", "title"),
    [
        ("ISO-8859-1", "latin-1", "Niños y señoras reclaman agua en Año Nuevo"),  # latin-1 has no curly quotes
        ("windows-1252", "cp1252", TITLE),
        ("UTF-8", "cp1252", TITLE),  # a server that declares UTF-8 and sends Windows bytes: read as meant
        (None, "utf-16", TITLE),  # no declaration, a byte-order mark
        ("UTF-8", "utf-8", TITLE),
        # found by the atheris harness (tests/security/fuzz): an encoding no codec knows escaped as a LookupError
        ("utf-4", "utf-8", TITLE),
        ("latin-9x", "cp1252", TITLE),
        ("UTF-7", "utf-8", TITLE),  # a codec the XML parser refuses (multi-byte): a ValueError escaped
    ],
)
def test_accents_survive_declared_wrong_or_missing_encodings(declared, encoding, title):
    (item,) = parse_feed(feed(declared, encoding, title))
    assert item.title == title
    assert item.text == TEXT


def test_one_poll_takes_at_most_500_items_in_the_feeds_order():
    items = "".join(
        f"<item><title>Nota {n}</title><link>https://diario.example.pe/{n}</link><guid>g{n}</guid></item>"
        for n in range(MAX_ITEMS_PER_POLL + 100)
    )
    parsed = parse_feed(f'<rss version="2.0"><channel><title>Diario</title>{items}</channel></rss>'.encode())
    assert MAX_ITEMS_PER_POLL == 500
    assert [item.title for item in parsed] == [f"Nota {n}" for n in range(500)]
