"""Parse: fetched bytes to items (feeds, section pages, article pages). Reads no database and stores nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import lxml.html
from dateutil import parser as date_parser
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.monitoring.css import css_to_xpath

MAX_ITEMS_PER_POLL = 500
DEFAULT_LINK_SELECTOR = "article a[href], h2 a[href], h3 a[href]"


class SourceContentError(Exception):
    """The fetched content is not what the source should give; the message is Spanish."""


@dataclass
class Item:
    title: str
    url: str = ""
    guid: str = ""
    published_at: datetime | None = None
    text: str = ""
    summary: str = ""
    author: str = ""


def html_to_text(markup: str) -> str:
    if not markup:
        return ""
    if "<" not in markup:
        return " ".join(markup.split())
    try:
        document = lxml.html.fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return " ".join(re.sub(r"<[^>]+>", " ", markup).split())
    for bad in document.xpath("//script|//style"):
        bad.drop_tree()
    text = document.text_content()
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _parse_date(value) -> datetime | None:
    if not value:
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = date_parser.parse(str(value))
        except (ValueError, OverflowError, TypeError):
            return None
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=UTC)
    return moment


def web_link(value: object) -> str:
    """A story's address if it is a web address; a feed's `javascript:` or `data:` link is dropped, not stored."""
    link = str(value or "").strip()
    try:
        scheme = urlsplit(link).scheme.lower()
    except ValueError:
        return ""
    return link if scheme in ("http", "https") else ""


def parse_feed(body: bytes) -> list[Item]:
    """fastfeedparser first (fast), feedparser for what it cannot read; both given bytes, never a URL."""
    if not body.strip():
        raise SourceContentError(_("La fuente respondió sin contenido."))
    entries = None
    try:
        import fastfeedparser

        entries = fastfeedparser.parse(body).get("entries")
    except Exception:  # broken feed: the tolerant parser gets a chance
        entries = None
    if entries is None:
        import feedparser

        parsed = feedparser.parse(body, resolve_relative_uris=False, sanitize_html=False)
        if parsed.bozo and not parsed.entries:
            raise SourceContentError(_("El contenido no es un canal RSS o Atom válido."))
        entries = parsed.entries
    if not entries and not re.search(rb"<(rss|feed|rdf:RDF)[\s>]", body[:4096]):
        raise SourceContentError(_("El contenido no es un canal RSS o Atom válido."))
    items = []
    for entry in list(entries)[:MAX_ITEMS_PER_POLL]:
        content = ""
        for block in entry.get("content") or []:
            value = block.get("value") if isinstance(block, dict) else ""
            if value and len(value) > len(content):
                content = value
        description = entry.get("description") or entry.get("summary") or ""
        text = html_to_text(content or description)
        items.append(
            Item(
                title=html_to_text(entry.get("title") or "")[:500],
                url=web_link(entry.get("link")),
                guid=str(entry.get("id") or entry.get("guid") or "").strip(),
                published_at=_parse_date(entry.get("published") or entry.get("updated")),
                text=text,
                summary=html_to_text(description)[:1000] if content else "",
                author=str(entry.get("author") or "")[:200],
            )
        )
    return items


def extract_article(body: bytes, url: str, content_selector: str = "") -> Item:
    import trafilatura

    html = body.decode("utf-8", errors="replace")
    if content_selector:
        document = lxml.html.fromstring(html)
        nodes = document.xpath(css_to_xpath(content_selector))
        text = "\n".join(html_to_text(lxml.html.tostring(n, encoding="unicode")) for n in nodes)
        title_nodes = document.xpath("//h1")
        title = title_nodes[0].text_content() if title_nodes else ""
        date = None
    else:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
        if result is None:
            return Item(title="", url=url)
        data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
        text = data.get("text") or ""
        title = data.get("title") or ""
        date = _parse_date(data.get("date"))
    return Item(title=" ".join(title.split())[:500], url=url, text=text, published_at=date)


def section_links(body: bytes, base_url: str, selector: str) -> list[str]:
    document = lxml.html.fromstring(body.decode("utf-8", errors="replace"))
    host = urlsplit(base_url).hostname
    links = []
    for node in document.xpath(css_to_xpath(selector or DEFAULT_LINK_SELECTOR)):
        href = node.get("href") if node.tag == "a" else None
        if not href:
            anchors = node.xpath(".//a[@href]")
            href = anchors[0].get("href") if anchors else None
        if not href:
            continue
        absolute = urljoin(base_url, href)
        if (
            urlsplit(absolute).hostname == host
            and absolute not in links
            and absolute.rstrip("/") != base_url.rstrip("/")
        ):
            links.append(absolute)
    return links[:MAX_ITEMS_PER_POLL]
