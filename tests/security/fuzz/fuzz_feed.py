"""Atheris harness: monitoring's feed parser (checked XML, then fastfeedparser or feedparser, then the normaliser).

Any bytes may come from a news site. Accepted: a list of items, or SourceContentError (the refusal the analyst
reads). Anything else escaping is a crash; and every item kept must have a title and a web address (or none),
never a `javascript:` or `data:` link.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from common import fuzz, setup_django

setup_django(instrumented=["heraldo.monitoring.ingestion.parse", "fastfeedparser", "feedparser", "defusedxml"])
from heraldo.monitoring.ingestion.parse import SourceContentError, parse_feed  # noqa: E402  Django is set up first


def check(data: bytes) -> None:
    try:
        items = parse_feed(data)
    except SourceContentError:
        return
    for item in items:
        assert isinstance(item.title, str) and isinstance(item.text, str)
        assert item.url == "" or urlsplit(item.url).scheme.lower() in ("http", "https"), item.url


if __name__ == "__main__":
    fuzz(check, b'<rss version="2.0"><channel><item><title>t</title><link>https://a.pe/</link></item></channel></rss>')
