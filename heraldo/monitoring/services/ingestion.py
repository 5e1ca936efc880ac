"""Ingestion: from a fetched feed or page to stored clippings with mentions and tone.

Idempotent by construction: a clipping is unique per canonical URL and per
(source, GUID) in the database, so re-polling, retries and a worker killed in
the middle never store a story twice; an item is skipped only once it exists.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin, urlsplit

import lxml.html
import numpy as np
import py3langid
from dateutil import parser as date_parser
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.fetch import FetchError, fetch
from heraldo.core.text import fold as fast_fold
from heraldo.monitoring.css import SelectorError, css_to_xpath
from heraldo.monitoring.matching import snippet
from heraldo.monitoring.models import Clipping, Medium, Mention, Source, TermKind, Tone
from heraldo.monitoring.services.watchlist import current_matcher
from heraldo.monitoring.tone import current_model
from heraldo.monitoring.urlnorm import canonical_url

log = logging.getLogger(__name__)

MAX_ITEMS_PER_POLL = 500
MAX_ARTICLE_FETCHES_PER_POLL = 10
FULL_TEXT_MIN_CHARS = 400
NEAR_DUPLICATE_DAYS = 7
NEAR_DUPLICATE_BITS = 6
LANGUAGE_SAMPLE_CHARS = 400
DEFAULT_LINK_SELECTOR = "article a[href], h2 a[href], h3 a[href]"


_WORD = re.compile(r"\w+")


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
    return _simhash(fast_fold(text))


def _simhash(folded: str) -> int:
    words = _WORD.findall(folded)[:400]
    if len(words) < 3:
        words = words or [""]
    digests = b"".join(
        hashlib.blake2b(" ".join(words[index : index + 3]).encode(), digest_size=8).digest()
        for index in range(max(1, len(words) - 2))
    )
    # One row of 64 bits per shingle, most significant bit first: a bit is set where most shingles set it.
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(-1, 8), axis=1)
    majority = bits.sum(axis=0) * 2 > bits.shape[0]
    result = int.from_bytes(np.packbits(majority).tobytes(), "big")
    return result - (1 << 64) if result >= 1 << 63 else result  # fits a signed BigIntegerField


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


class NearDuplicateIndex:
    """Fingerprints of the recent originals, loaded once per batch and checked with vector operations.

    A batch of a hundred stories then costs one query instead of a hundred scans of the window.
    """

    LIMIT = 50_000

    def __init__(self, *, since: datetime) -> None:
        rows = list(
            Clipping.objects.filter(published_at__gte=since, duplicate_of__isnull=True)
            .exclude(fingerprint=None)
            .order_by("-published_at", "-pk")
            .values_list("pk", "fingerprint", "content_hash", "published_at")[: self.LIMIT]
        )
        rows.reverse()
        self.since = since
        self._pks = [row[0] for row in rows]
        # Unsigned: bitwise_count of a signed value counts the bits of its absolute value.
        self._prints = np.array([row[1] for row in rows], dtype=np.int64).view(np.uint64)
        self._moments = np.array([row[3].timestamp() for row in rows], dtype=np.float64)
        self._by_hash: dict[str, list[int]] = {}
        for index, row in enumerate(rows):
            self._by_hash.setdefault(row[2], []).append(index)

    def original_of(self, clipping: Clipping) -> Clipping | None:
        """The earliest story of the window with the same text, else the earliest within a few bits."""
        if not self._pks:
            return None
        since = (clipping.published_at - timedelta(days=NEAR_DUPLICATE_DAYS)).timestamp()
        in_window = self._moments >= since
        same = [i for i in self._by_hash.get(clipping.content_hash, []) if in_window[i]]
        if same:
            return Clipping(pk=self._pks[min(same, key=lambda i: (self._moments[i], self._pks[i]))])
        close = in_window & (
            np.bitwise_count(np.bitwise_xor(self._prints, _unsigned(clipping.fingerprint))) <= NEAR_DUPLICATE_BITS
        )
        candidates = np.flatnonzero(close)
        if not len(candidates):
            return None
        first = min(candidates, key=lambda i: (self._moments[i], self._pks[i]))
        return Clipping(pk=self._pks[first])

    def add(self, clipping: Clipping) -> None:
        if clipping.duplicate_of_id or clipping.fingerprint is None:
            return
        self._by_hash.setdefault(clipping.content_hash, []).append(len(self._pks))
        self._pks.append(clipping.pk)
        self._prints = np.append(self._prints, _unsigned(clipping.fingerprint))
        self._moments = np.append(self._moments, clipping.published_at.timestamp())


def _unsigned(value: int) -> np.uint64:
    return np.uint64(value & ((1 << 64) - 1))


@dataclass
class StoreContext:
    """What storing needs from the database, read once for a whole poll rather than once per story."""

    matcher: object
    tone_model: object
    duplicates: NearDuplicateIndex

    @classmethod
    def load(cls, *, oldest: datetime | None = None) -> StoreContext:
        since = (oldest or timezone.now()) - timedelta(days=NEAR_DUPLICATE_DAYS)
        return cls(matcher=current_matcher(), tone_model=current_model(), duplicates=NearDuplicateIndex(since=since))

    def covers(self, moment: datetime) -> bool:
        return moment - timedelta(days=NEAR_DUPLICATE_DAYS) >= self.duplicates.since


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
    context: StoreContext | None = None,
    known_new: bool = False,
    **extra,
) -> tuple[Clipping, bool]:
    """Store one clipping with its mentions and tone; returns (clipping, created). Idempotent.

    `known_new` skips the look-up when the caller checked the whole batch at once; the unique
    constraints still decide if a concurrent poll got there first.
    """
    canonical = canonical_url(url)
    guid = (guid or "")[:500]
    if not known_new:
        existing = _existing(source, canonical, guid)
        if existing is not None:
            return existing, False
    title = " ".join((title or "").split())[:500] or _("(sin titular)")
    now = timezone.now()
    published_at = min(published_at or now, now)
    if context is None or not context.covers(published_at):
        context = StoreContext.load(oldest=published_at)
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
    mentions = _derive(clipping, context)
    try:
        with transaction.atomic():
            clipping.save()
            _save_mentions(clipping, mentions)
            if actor is not None:
                audit_record(actor=actor, action="monitoring.clipping.created", target=clipping)
    except IntegrityError:
        # A concurrent poll stored it first: theirs is the one.
        existing = _existing(source, canonical, guid)
        if existing is None:
            raise
        return existing, False
    context.duplicates.add(clipping)
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


def _already_stored(source: Source, items: list[Item]) -> set[int]:
    """Indexes of the items the archive already holds, found with two queries per 500 items."""
    stored = set()
    for offset in range(0, len(items), 500):
        chunk = items[offset : offset + 500]
        canonicals = {canonical_url(item.url): index for index, item in enumerate(chunk, offset) if item.url}
        guids = {item.guid[:500]: index for index, item in enumerate(chunk, offset) if item.guid}
        for found in Clipping.objects.filter(canonical_url__in=[c for c in canonicals if c]).values_list(
            "canonical_url", flat=True
        ):
            stored.add(canonicals[found])
        for found in Clipping.objects.filter(source=source, guid__in=list(guids)).values_list("guid", flat=True):
            stored.add(guids[found])
    return stored


def analyse(clipping: Clipping, *, context: StoreContext | None = None, group_copies: bool = True) -> None:
    """Fill the derived fields: search text, hashes, near-duplicate group, language, tone."""
    context = context or StoreContext.load(oldest=clipping.published_at)
    body = clipping.full_text
    folded_title, folded_body = fast_fold(clipping.title), fast_fold(body)
    clipping.search_text = f"{folded_title}\n{folded_body}"
    folded_key = folded_body or folded_title
    clipping.content_hash = hashlib.sha256(" ".join(folded_key.split()).encode()).hexdigest()
    clipping.fingerprint = _simhash(folded_key)
    full = f"{clipping.title}\n{body}"
    if group_copies:
        clipping.duplicate_of = context.duplicates.original_of(clipping)
    if body.strip():
        # A few hundred characters decide the language as well as two thousand, at a third of the cost.
        clipping.language = py3langid.classify(full[:LANGUAGE_SAMPLE_CHARS])[0]
    result = context.tone_model.classify(f"{clipping.title}. {body[:3000]}")
    clipping.tone = result.tone
    clipping.tone_score = result.score
    clipping.tone_reasons = result.reasons


def clipping_reanalyse(clipping: Clipping) -> Clipping:
    """Derive everything again after the text grew (a scan read): search index, tone, mentions, alerts.

    The copy grouping is kept: it was decided when the story arrived, against what existed then.
    """
    context = StoreContext.load(oldest=clipping.published_at)
    mentions = _derive(clipping, context, group_copies=False)
    with transaction.atomic():
        clipping.save()
        clipping.mentions.all().delete()
        _save_mentions(clipping, mentions)
    from heraldo.monitoring.services.alerts import alerts_evaluate

    alerts_evaluate(clipping=clipping)
    return clipping


def _derive(clipping: Clipping, context: StoreContext, *, group_copies: bool = True) -> list[Mention]:
    """Everything a clipping's text decides (index text, tone, copies, relevance); returns its unsaved mentions."""
    analyse(clipping, context=context, group_copies=group_copies)
    mentions = _mentions_of(clipping, context)
    clipping.relevance = relevance(clipping, mentions, context)
    return mentions


def _save_mentions(clipping: Clipping, mentions: list[Mention]) -> None:
    for mention in mentions:
        mention.clipping = clipping
    Mention.objects.bulk_create(mentions)


def relevance(clipping: Clipping, mentions: list[Mention], context: StoreContext) -> int:
    """0–100: how much the office should care. Who is named, how, where, and how many people it reached."""
    if not mentions:
        return 0
    kinds = {context.matcher.term_kinds.get(m.term_id) for m in mentions}
    score = 10 * min(len(mentions), 4)
    score += 30 if any(m.tone == Tone.NEGATIVE for m in mentions) else 0
    score += 15 if TermKind.MAYOR in kinds else 0
    source = clipping.source
    score += 15 if source is not None and source.is_priority else 0
    reach = clipping.outlet.media_reach if clipping.outlet_id and clipping.outlet else None
    if reach:
        # 1,000 people or fewer add nothing; every tenfold adds 5 points, up to 15 at a million.
        score += int(min(15, max(0, 5 * (math.log10(reach) - 3))))
    return min(100, score)


def _mentions_of(clipping: Clipping, context: StoreContext) -> list[Mention]:
    text = f"{clipping.title}\n{clipping.full_text}"
    folded = clipping.search_text
    same_length = len(folded) == len(text)
    mentions = []
    seen = set()
    snippet_tones: dict[str, str] = {}
    for hit in context.matcher.find(folded, folded=True):
        if hit.term_id in context.matcher.negative_ids or (hit.term_id, hit.start) in seen:
            continue
        seen.add((hit.term_id, hit.start))
        around = snippet(text if same_length else folded, hit.start, hit.end)
        if clipping.tone == Tone.NEUTRAL:
            tone = Tone.NEUTRAL
        elif around not in snippet_tones:  # one name said twice in a sentence: one classification
            tone = snippet_tones[around] = context.tone_model.classify(around).tone
        else:
            tone = snippet_tones[around]
        mentions.append(Mention(term_id=hit.term_id, start=hit.start, end=hit.end, snippet=around[:400], tone=tone))
    return mentions


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


def ingest_items(source: Source, items: list[Item], *, context: StoreContext | None = None) -> int:
    """Store what is new; fetch the article page when the feed carries only a teaser."""
    stored = _already_stored(source, items)
    fresh = [item for index, item in enumerate(items) if index not in stored]
    if not fresh:
        return 0
    if context is None:
        dates = [item.published_at for item in fresh if item.published_at]
        context = StoreContext.load(oldest=min(dates, default=None))
    created = 0
    fetched_pages = 0
    for item in fresh:
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
            context=context,
            known_new=True,
        )
        created += was_created
    return created


def ingest_section_page(source: Source, body: bytes, base_url: str) -> int:
    created = 0
    fetched = 0
    context = None
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
        context = context or StoreContext.load()
        created += ingest_items(source, [item], context=context)
    return created
