"""Poll: due sources are claimed, fetched, parsed, deduplicated against the archive, and stored.

The only stage that talks to the network. Due times live in the database (a claim is a
conditional update), failures back off, and one host gets one request burst per cycle.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.fetch import FetchError, fetch
from heraldo.monitoring.css import SelectorError
from heraldo.monitoring.ingestion.dedupe import stored_clipping, stored_indexes
from heraldo.monitoring.ingestion.parse import (
    Item,
    SourceContentError,
    extract_article,
    parse_feed,
    section_links,
)
from heraldo.monitoring.ingestion.store import StoreContext, alerts_queue, clipping_store
from heraldo.monitoring.models import Health, Medium, Source, SourceKind
from heraldo.monitoring.urlnorm import canonical_url

log = logging.getLogger(__name__)

MAX_SOURCES_PER_CYCLE = 20
MAX_BACKOFF = timedelta(hours=24)
FAILING_AFTER = 3
MAX_ARTICLE_FETCHES_PER_POLL = 10
FULL_TEXT_MIN_CHARS = 400


def monitoring_poll_due_sources(*, now: datetime | None = None) -> list[int]:
    """One step of the periodic poll: claims and polls the due sources, one per host. Returns their ids."""
    now = now or timezone.now()
    due = (
        Source.objects.filter(is_active=True, kind__in=(SourceKind.FEED, SourceKind.WEB))
        .filter(Q(next_due_at__isnull=True) | Q(next_due_at__lte=now))
        .order_by("next_due_at", "pk")
        .values_list("pk", "url", "interval_minutes", "next_due_at")[: MAX_SOURCES_PER_CYCLE * 5]
    )
    hosts_this_cycle: set[str] = set()
    polled = []
    for source_id, url, interval, previous_due in due:
        host = (urlsplit(url).hostname or "").lower()
        if host in hosts_this_cycle:  # politeness: one request burst per host per cycle
            continue
        # Claim with a conditional update: the lease is the next due time, so a worker
        # killed mid-poll leaves the source due again one interval later, never stuck.
        claimed = Source.objects.filter(pk=source_id, next_due_at=previous_due).update(
            next_due_at=now + timedelta(minutes=interval)
        )
        if not claimed:
            continue
        hosts_this_cycle.add(host)
        source_poll(source=Source.objects.select_related("outlet").get(pk=source_id), now=now)
        polled.append(source_id)
        if len(polled) >= MAX_SOURCES_PER_CYCLE:
            break
    return polled


def source_poll(*, source: Source, now: datetime | None = None) -> int:
    """Fetch and ingest one source; records health and schedules the next poll. Never raises for bad content."""
    now = now or timezone.now()
    try:
        result = fetch(source.url, etag=source.etag, last_modified=source.last_modified)
        created = 0
        if not result.not_modified:
            if source.kind == SourceKind.FEED:
                created = ingest_items(source, parse_feed(result.body))
            else:
                created = _ingest_section_page(source, result.body, result.url)
    except (FetchError, SourceContentError, SelectorError) as exc:
        _record_failure(source, now, str(exc))
        return 0
    except Exception as exc:  # a parser bug must not stop the other sources of the cycle
        log.exception("monitoring.poll_crashed", extra={"source_id": source.pk})
        _record_failure(
            source, now, _("Error inesperado al procesar la fuente (%(kind)s).") % {"kind": type(exc).__name__}
        )
        return 0
    Source.objects.filter(pk=source.pk).update(
        health=Health.OK,
        consecutive_failures=0,
        last_error="",
        last_polled_at=now,
        last_success_at=now,
        etag=result.etag,
        last_modified=result.last_modified,
        next_due_at=now + timedelta(minutes=source.interval_minutes),
    )
    return created


def _record_failure(source: Source, now: datetime, message: str) -> None:
    failures = source.consecutive_failures + 1
    delay = min(timedelta(minutes=source.interval_minutes) * 2 ** min(failures, 10), MAX_BACKOFF)
    Source.objects.filter(pk=source.pk).update(
        health=Health.FAILING if failures >= FAILING_AFTER else Health.DEGRADED,
        consecutive_failures=failures,
        last_error=message[:500],
        last_polled_at=now,
        next_due_at=now + delay,
    )
    log.info("monitoring.poll_failed", extra={"source_id": source.pk, "failures": failures})


def ingest_items(source: Source, items: list[Item], *, context: StoreContext | None = None) -> int:
    """Store the items the archive does not hold yet; fetch the article page when the feed carries only a teaser."""
    stored = stored_indexes(source, items)
    fresh = [item for index, item in enumerate(items) if index not in stored]
    if not fresh:
        return 0
    if context is None:
        dates = [item.published_at for item in fresh if item.published_at]
        context = StoreContext.load(oldest=min(dates, default=None))
    stored_ids = []
    fetched_pages = 0
    try:
        for item in fresh:
            if len(item.text) < FULL_TEXT_MIN_CHARS and item.url and fetched_pages < MAX_ARTICLE_FETCHES_PER_POLL:
                fetched_pages += 1
                _complete_from_article_page(source, item)
            clipping, was_created = clipping_store(
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
                queue_alerts=False,
            )
            if was_created:
                stored_ids.append(clipping.pk)
    finally:  # what was stored is evaluated even when a later item broke the poll
        alerts_queue(stored_ids)
    return len(stored_ids)


def _complete_from_article_page(source: Source, item: Item) -> None:
    """A teaser gets the article's text; the teaser becomes its summary. A page that cannot be read changes nothing."""
    try:
        page = extract_article(fetch(item.url, accept="text/html").body, item.url, source.content_selector)
    except (FetchError, ValueError, SelectorError) as exc:
        log.info("monitoring.article_fetch_failed", extra={"source_id": source.pk, "error": str(exc)[:200]})
        return
    if len(page.text) > len(item.text):
        item.summary = item.summary or item.text
        item.text = page.text


def _ingest_section_page(source: Source, body: bytes, base_url: str) -> int:
    created = 0
    fetched = 0
    context = None
    for link in section_links(body, base_url, source.link_selector):
        if stored_clipping(source, canonical_url(link), "") is not None:
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
