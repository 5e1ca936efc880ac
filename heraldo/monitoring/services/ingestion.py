"""Ingestion: from a fetched feed or page to stored clippings with mentions and tone.

Idempotent by construction: a clipping is unique per canonical URL and per
(source, GUID) in the database, so re-polling, retries and a worker killed in
the middle never store a story twice; an item is skipped only once it exists.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin, urlsplit

import lxml.html
import py3langid
from dateutil import parser as date_parser
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.fetch import FetchError, fetch
from heraldo.monitoring.css import SelectorError, css_to_xpath
from heraldo.monitoring.matching import fast_fold, snippet
from heraldo.monitoring.models import Clipping, Medium, Mention, Source, TermKind, Tone, WatchTerm
from heraldo.monitoring.services.watchlist import current_matcher
from heraldo.monitoring.tone import classify
from heraldo.monitoring.urlnorm import canonical_url

log = logging.getLogger(__name__)

MAX_ITEMS_PER_POLL = 500
MAX_ARTICLE_FETCHES_PER_POLL = 10
FULL_TEXT_MIN_CHARS = 400
NEAR_DUPLICATE_DAYS = 7
NEAR_DUPLICATE_BITS = 6
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


# --- text helpers ---------------------------------------------------------


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


def fingerprint(text: str) -> int:
    """64-bit SimHash over word 3-grams: near-identical texts differ in a few bits."""
    words = re.findall(r"\w+", fast_fold(text))[:400]
    if len(words) < 3:
        words = words or [""]
    vector = [0] * 64
    for index in range(max(1, len(words) - 2)):
        shingle = " ".join(words[index : index + 3])
        value = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            vector[bit] += 1 if value >> bit & 1 else -1
    result = sum(1 << bit for bit in range(64) if vector[bit] > 0)
    return result - (1 << 64) if result >= 1 << 63 else result  # fits a signed BigIntegerField


def _hamming(a: int, b: int) -> int:
    return bin((a ^ b) & ((1 << 64) - 1)).count("1")


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


# --- storing ----------------------------------------------------------------


def clipping_store(
    *,
    title: str,
    published_at: datetime | None,
    source: Source | None = None,
    outlet=None,
    medium: str = Medium.WEB,
    url: str = "",
    guid: str = "",
    body_text: str = "",
    summary: str = "",
    author: str = "",
    actor=None,
    **extra,
) -> tuple[Clipping, bool]:
    """Store one clipping with its mentions and tone; returns (clipping, created). Idempotent."""
    canonical = canonical_url(url)
    guid = (guid or "")[:500]
    existing = _existing(source, canonical, guid)
    if existing is not None:
        return existing, False
    title = " ".join((title or "").split())[:500] or _("(sin titular)")
    now = timezone.now()
    published_at = min(published_at or now, now)
    clipping = Clipping(
        source=source,
        outlet=outlet if outlet is not None else (source.outlet if source else None),
        medium=medium,
        title=title,
        url=url[:1000],
        canonical_url=canonical,
        guid=guid,
        published_at=published_at,
        body_text=body_text,
        summary=summary,
        author=author[:200],
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        **extra,
    )
    analyse(clipping)
    try:
        with transaction.atomic():
            clipping.save()
            _store_mentions(clipping)
            if actor is not None:
                audit_record(actor=actor, action="monitoring.clipping.created", target=clipping)
    except IntegrityError:
        # A concurrent poll stored it first: theirs is the one.
        existing = _existing(source, canonical, guid)
        if existing is None:
            raise
        return existing, False
    from heraldo.monitoring.services.alerts import alerts_evaluate

    alerts_evaluate(clipping=clipping)
    return clipping, True


def _existing(source, canonical: str, guid: str) -> Clipping | None:
    # No ORDER BY: with the model's newest-first ordering the planner walked the date index instead.
    if canonical:
        found = next(iter(Clipping.objects.filter(canonical_url=canonical).order_by()[:1]), None)
        if found:
            return found
    if guid and source is not None:
        return next(iter(Clipping.objects.filter(source=source, guid=guid).order_by()[:1]), None)
    return None


def analyse(clipping: Clipping) -> None:
    """Fill the derived fields: search text, hashes, near-duplicate group, language, tone, relevance."""
    full = f"{clipping.title}\n{clipping.full_text}"
    clipping.search_text = fast_fold(full)
    body_key = " ".join(fast_fold(clipping.full_text or clipping.title).split())
    clipping.content_hash = hashlib.sha256(body_key.encode()).hexdigest()
    clipping.fingerprint = fingerprint(clipping.full_text or clipping.title)
    clipping.duplicate_of = _original_of(clipping)
    if clipping.full_text.strip():
        clipping.language = py3langid.classify(full[:2000])[0]
    result = classify(f"{clipping.title}. {clipping.full_text[:3000]}")
    clipping.tone = result.tone
    clipping.tone_score = result.score
    clipping.tone_reasons = result.reasons


def _original_of(clipping: Clipping) -> Clipping | None:
    since = clipping.published_at - timedelta(days=NEAR_DUPLICATE_DAYS)
    recent = Clipping.objects.filter(published_at__gte=since, duplicate_of__isnull=True)
    exact = recent.filter(content_hash=clipping.content_hash).order_by("published_at", "pk").first()
    if exact is not None:
        return exact
    for pk, print_ in recent.exclude(fingerprint=None).order_by("published_at").values_list("pk", "fingerprint")[:5000]:
        if _hamming(print_, clipping.fingerprint) <= NEAR_DUPLICATE_BITS:
            return Clipping(pk=pk)
    return None


def _store_mentions(clipping: Clipping) -> None:
    matcher = current_matcher()
    text = f"{clipping.title}\n{clipping.full_text}"
    folded = clipping.search_text
    same_length = len(folded) == len(text)
    hits = matcher.find(folded, folded=True)
    if not hits:
        return
    kinds = dict(WatchTerm.objects.filter(pk__in={h.term_id for h in hits}).values_list("pk", "kind"))
    mentions = []
    seen = set()
    for hit in hits:
        if kinds.get(hit.term_id) == TermKind.NEGATIVE or (hit.term_id, hit.start) in seen:
            continue
        seen.add((hit.term_id, hit.start))
        around = snippet(text if same_length else folded, hit.start, hit.end)
        tone = classify(around).tone if clipping.tone != Tone.NEUTRAL else Tone.NEUTRAL
        mentions.append(
            Mention(
                clipping=clipping, term_id=hit.term_id, start=hit.start, end=hit.end, snippet=around[:400], tone=tone
            )
        )
    Mention.objects.bulk_create(mentions, ignore_conflicts=True)
    clipping.relevance = min(100, 10 * len(mentions) + (30 if any(m.tone == Tone.NEGATIVE for m in mentions) else 0))
    Clipping.objects.filter(pk=clipping.pk).update(relevance=clipping.relevance)


# --- parsing ----------------------------------------------------------------


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
                url=(entry.get("link") or "").strip(),
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


# --- polling ----------------------------------------------------------------


def ingest_items(source: Source, items: list[Item]) -> int:
    """Store what is new; fetch the article page when the feed carries only a teaser."""
    created = 0
    fetched_pages = 0
    for item in items:
        canonical = canonical_url(item.url)
        if _existing(source, canonical, item.guid) is not None:
            continue
        if len(item.text) < FULL_TEXT_MIN_CHARS and item.url and fetched_pages < MAX_ARTICLE_FETCHES_PER_POLL:
            fetched_pages += 1
            try:
                page = extract_article(fetch(item.url, accept="text/html").body, item.url, source.content_selector)
                if len(page.text) > len(item.text):
                    item.summary = item.summary or item.text
                    item.text = page.text
            except (FetchError, ValueError, SelectorError) as exc:
                log.info("monitoring.article_fetch_failed", extra={"source_id": source.pk, "error": str(exc)[:200]})
        _clipping, was_created = clipping_store(
            source=source,
            title=item.title,
            url=item.url,
            guid=item.guid,
            published_at=item.published_at,
            body_text=item.text,
            summary=item.summary if item.summary != item.text else "",
            author=item.author,
            medium=(source.outlet.media_kind if source.outlet and source.outlet.media_kind else Medium.WEB),
        )
        created += was_created
    return created


def ingest_section_page(source: Source, body: bytes, base_url: str) -> int:
    created = 0
    fetched = 0
    for link in section_links(body, base_url, source.link_selector):
        if _existing(source, canonical_url(link), "") is not None:
            continue
        if fetched >= MAX_ARTICLE_FETCHES_PER_POLL:
            break
        fetched += 1
        try:
            item = extract_article(fetch(link, accept="text/html").body, link, source.content_selector)
        except FetchError as exc:
            log.info("monitoring.article_fetch_failed", extra={"source_id": source.pk, "error": str(exc)[:200]})
            continue
        if not item.title and not item.text:
            continue
        created += ingest_items(source, [item])
    return created
