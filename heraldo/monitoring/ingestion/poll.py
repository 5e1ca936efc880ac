"""Poll: due sources are claimed, fetched, parsed, deduplicated against the archive, and stored.

The only stage that talks to the network. Due times live in the database (a claim is a
conditional update), failures back off, and one host gets one request burst per cycle.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.fetch import FetchError, fetch
from heraldo.core.stamps import stamps_raised_at_end
from heraldo.core.text import fold
from heraldo.directory.models import Entity, EntityKind
from heraldo.monitoring.css import SelectorError
from heraldo.monitoring.ingestion.dedupe import copies_one_of, stored_clipping, stored_indexes
from heraldo.monitoring.ingestion.parse import (
    DateOrigin,
    Item,
    SourceContentError,
    extract_article,
    looks_cut,
    parse_feed,
    section_links,
)
from heraldo.monitoring.ingestion.store import (
    Prepared,
    StoreContext,
    alerts_queue,
    clipping_prepare,
    clipping_reanalyse,
    clippings_store,
)
from heraldo.monitoring.models import Clipping, Health, Medium, Source, SourceKind
from heraldo.monitoring.urlnorm import canonical_url

log = logging.getLogger(__name__)

MAX_SOURCES_PER_CYCLE = 20
MAX_BACKOFF = timedelta(hours=24)
FAILING_AFTER = 3
MAX_ARTICLE_FETCHES_PER_POLL = 10
# Stories saved in one transaction: a commit for 20 instead of 20, and the write lock held a few milliseconds.
STORE_BATCH = 20
FULL_TEXT_MIN_CHARS = 400
# Teasers whose page could not be read: retried after 15 min, 30, 1 h, 2 h … up to a day, 8 times in all.
COMPLETION_FIRST_DELAY = timedelta(minutes=15)
COMPLETION_MAX_ATTEMPTS = 8
MAX_COMPLETIONS_PER_CYCLE = 10
# A fuller copy completes an incomplete story of the last week (the incomplete ones are few: the newest 500 are read).
COPY_WINDOW = timedelta(days=7)
MAX_INCOMPLETE_CHECKED = 500


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
    except SourceContentError as exc:
        # What the source serves is hostile or broken, not a passing outage: failing at once, nothing kept.
        _record_failure(source, now, str(exc), failing=True)
        return 0
    except (FetchError, SelectorError) as exc:
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


def _record_failure(source: Source, now: datetime, message: str, *, failing: bool = False) -> None:
    failures = source.consecutive_failures + 1
    delay = min(timedelta(minutes=source.interval_minutes) * 2 ** min(failures, 10), MAX_BACKOFF)
    Source.objects.filter(pk=source.pk).update(
        health=Health.FAILING if failing or failures >= FAILING_AFTER else Health.DEGRADED,
        consecutive_failures=failures,
        last_error=message[:500],
        last_polled_at=now,
        next_due_at=now + delay,
    )
    log.info("monitoring.poll_failed", extra={"source_id": source.pk, "failures": failures})


@dataclass
class OutletDirectory:
    """The Registro's media outlets, read once per poll, to credit an aggregator's item to whoever published it."""

    by_name: dict[str, Entity]
    by_host: dict[str, Entity]

    @classmethod
    def load(cls) -> OutletDirectory:
        by_name, by_host = {}, {}
        for outlet in Entity.objects.filter(kind=EntityKind.MEDIA).only(
            "pk", "name", "short_name", "website", "media_kind", "media_reach"
        ):
            for name in (outlet.name, outlet.short_name):
                if name and len(fold(name)) >= 3:
                    by_name.setdefault(" ".join(fold(name).split()), outlet)
            host = _host(outlet.website)
            if host:
                by_host.setdefault(host, outlet)
        return cls(by_name=by_name, by_host=by_host)

    def original_of(self, item: Item, source: Source) -> tuple[Entity | None, str]:
        """(the outlet of the Registro the item names or links to, else the name it gives when not the source's)."""
        own = source.outlet
        for name in item.outlet_names:
            outlet = self.by_host.get(_host(name)) if "://" in name else self.by_name.get(" ".join(fold(name).split()))
            if outlet is not None:
                return outlet, ""
        outlet = self.by_host.get(_host(item.url))
        if outlet is not None:
            return outlet, ""
        named = item.source_name
        if named and (own is None or fold(named) not in (fold(own.name), fold(own.short_name or ""))):
            return None, named  # an outlet the Registro does not know: shown as the feed gives it
        return None, ""


def _host(url: str) -> str:
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""
    return host.removeprefix("www.")


def ingest_items(source: Source, items: list[Item], *, context: StoreContext | None = None) -> int:
    """Store the items the archive does not hold yet; fetch the article page when the feed carries only a teaser.

    A teaser whose page cannot be read (or beyond the poll's page budget) is stored marked incomplete and retried
    later; an item already stored incomplete is completed by a fuller copy of it (from this or another feed).
    """
    stored = stored_indexes(source, items)
    _complete_from_fuller_copies(source, items)
    fresh = [item for index, item in enumerate(items) if index not in stored]
    if not fresh:
        return 0
    oldest = min((item.published_at for item in fresh if item.published_at), default=None)
    # A context loaded for another moment (a section page's, loaded for now) may not reach back to an older story's
    # week: its copies would go unseen.
    if context is None or (oldest is not None and not context.duplicates.covers(oldest)):
        context = StoreContext.load(oldest=oldest)
    outlets = OutletDirectory.load()
    stored_ids: list[int] = []
    batch: list[Prepared] = []
    fetched_pages = 0
    now = timezone.now()
    # Stories are analysed one by one outside any transaction and saved a batch at a time (see clippings_store); the
    # clippings' stamp is raised once for the poll.
    try:
        with stamps_raised_at_end():
            for item in fresh:
                incomplete = {}
                if _is_teaser(item):
                    if fetched_pages < MAX_ARTICLE_FETCHES_PER_POLL:
                        fetched_pages += 1
                        error = _complete_from_article_page(source, item)
                    else:
                        error = _("Se alcanzó el límite de %(n)s páginas por consulta.") % {
                            "n": MAX_ARTICLE_FETCHES_PER_POLL
                        }
                    if error:
                        incomplete = {
                            "text_incomplete": True,
                            "completion_error": error[:300],
                            "completion_due_at": now + COMPLETION_FIRST_DELAY,
                        }
                outlet, outlet_name = outlets.original_of(item, source)
                if outlet is None and not outlet_name:
                    outlet = source.outlet
                prepared = clipping_prepare(
                    source=source,
                    outlet=outlet,
                    outlet_name=outlet_name,
                    title=item.title,
                    url=item.url,
                    guid=item.guid,
                    published_at=item.published_at,
                    date_origin=item.date_origin if item.published_at else DateOrigin.ARRIVAL,
                    date_is_day=item.date_is_day,
                    body_text=item.text,
                    summary=item.summary if item.summary != item.text else "",
                    author=item.author,
                    medium=(outlet.media_kind if outlet and outlet.media_kind else Medium.WEB),
                    context=context,
                    **incomplete,
                )
                if copies_one_of(prepared.clipping, [waiting.clipping for waiting in batch]):
                    # Its original waits in this batch: stored first, it is found in the index like any other.
                    stored_ids += clippings_store(batch, context)
                    batch = []
                    prepared.clipping.duplicate_of = context.duplicates.original_of(prepared.clipping)
                batch.append(prepared)
                if len(batch) >= STORE_BATCH:
                    stored_ids += clippings_store(batch, context)
                    batch = []
            stored_ids += clippings_store(batch, context)
    finally:  # what was stored is evaluated even when a later item broke the poll
        alerts_queue(stored_ids)
    return len(stored_ids)


def _is_teaser(item: Item) -> bool:
    if item.page_read:
        return False
    return bool(item.url) and (len(item.text) < FULL_TEXT_MIN_CHARS or looks_cut(item.text))


def _complete_from_article_page(source: Source | None, item: Item) -> str:
    """A teaser gets the article's text; the teaser becomes its summary. Returns why it could not ("" when done).

    The feed's date is kept: the page's own date only fills in when the feed gave none.
    """
    try:
        page = extract_article(
            fetch(item.url, accept="text/html").body, item.url, source.content_selector if source else ""
        )
    except (FetchError, SelectorError) as exc:
        log.warning("monitoring.article_fetch_failed", extra={"error": str(exc)[:200]})
        return str(exc) or _("No se pudo leer la página de la nota.")
    except ValueError as exc:
        return _("La página de la nota no se pudo interpretar (%(error)s).") % {"error": str(exc)[:100]}
    if len(page.text) > len(item.text):
        item.summary = item.summary or item.text
        item.text = page.text
    if item.published_at is None and page.published_at is not None:
        item.published_at, item.date_is_day, item.date_origin = page.published_at, page.date_is_day, page.date_origin
    return ""


def _complete_from_fuller_copies(source: Source, items: list[Item]) -> None:
    """A story the archive holds incomplete (a cut teaser) is completed by a copy of it that carries the full text:
    the same address (already stored, so otherwise skipped), or from another address the same headline or a text
    that begins with the teaser (an aggregator's copy)."""
    full = [item for item in items if not _is_teaser(item) and len(item.text) >= FULL_TEXT_MIN_CHARS]
    if not full:
        return
    by_url = {canonical_url(item.url): item for item in full if item.url}
    recent = Q(published_at__gte=timezone.now() - COPY_WINDOW)
    incomplete = list(
        Clipping.objects.filter(Q(canonical_url__in=list(by_url)) | recent, text_incomplete=True).order_by()[
            :MAX_INCOMPLETE_CHECKED
        ]
    )
    if not incomplete:
        return
    folded = [(item, " ".join(fold(item.title).split()), " ".join(fold(item.text).split())) for item in full]
    for clipping in incomplete:
        item = by_url.get(clipping.canonical_url) if clipping.canonical_url else None
        if item is None:
            title = " ".join(fold(clipping.title).split())
            teaser = " ".join(fold(clipping.body_text).split()).rstrip(" .…")[:120]
            item = next(
                (
                    candidate
                    for candidate, candidate_title, candidate_text in folded
                    if (title and candidate_title == title) or (len(teaser) >= 60 and candidate_text.startswith(teaser))
                ),
                None,
            )
        if item is not None:
            clipping_complete(clipping=clipping, text=item.text, teaser=clipping.body_text)


def clipping_complete(*, clipping: Clipping, text: str, teaser: str = "") -> Clipping:
    """The full text replaces the teaser (which becomes the summary); tone, mentions and alerts follow the new text."""
    if not clipping.summary and teaser and teaser != text:
        clipping.summary = teaser[:1000]
    clipping.body_text = text
    clipping.text_incomplete = False
    clipping.completion_due_at = None
    clipping.completion_error = ""
    return clipping_reanalyse(clipping)


def monitoring_complete_teasers(*, now: datetime | None = None) -> list[int]:
    """Periodic step: incomplete clippings whose retry is due fetch their article page again (one per host).

    Claimed like sources, with a conditional update whose lease is the next retry; each failure doubles the wait
    (15 min, 30, 1 h … at most a day) and after 8 attempts the clipping stays incomplete without further retries.
    """
    now = now or timezone.now()
    due = (
        Clipping.objects.filter(text_incomplete=True, completion_due_at__lte=now)
        .exclude(url="")
        .order_by("completion_due_at")
        .values_list("pk", "url", "completion_due_at", "completion_attempts")[: MAX_COMPLETIONS_PER_CYCLE * 5]
    )
    hosts: set[str] = set()
    done = []
    for clipping_id, url, previous_due, attempts in due:
        host = _host(url)
        if host in hosts:
            continue
        lease = now + _completion_delay(attempts + 1)
        if not Clipping.objects.filter(pk=clipping_id, completion_due_at=previous_due).update(completion_due_at=lease):
            continue
        hosts.add(host)
        clipping_retry_completion(clipping=Clipping.objects.select_related("source").get(pk=clipping_id), now=now)
        done.append(clipping_id)
        if len(done) >= MAX_COMPLETIONS_PER_CYCLE:
            break
    return done


def _completion_delay(attempts: int) -> timedelta:
    """The wait after `attempts` retries: 15 minutes after the poll, then 30, 60… at most a day."""
    return min(COMPLETION_FIRST_DELAY * 2 ** min(attempts, 10), MAX_BACKOFF)


def clipping_retry_completion(*, clipping: Clipping, now: datetime | None = None) -> bool:
    """Try the article page of one incomplete clipping now; True when its text is complete."""
    now = now or timezone.now()
    item = Item(title=clipping.title, url=clipping.url, text=clipping.body_text, published_at=clipping.published_at)
    error = _complete_from_article_page(clipping.source, item)
    if not error:
        clipping_complete(clipping=clipping, text=item.text, teaser=clipping.body_text)
        return True
    attempts = clipping.completion_attempts + 1
    Clipping.objects.filter(pk=clipping.pk).update(
        completion_attempts=attempts,
        completion_error=error[:300],
        completion_due_at=(now + _completion_delay(attempts)) if attempts < COMPLETION_MAX_ATTEMPTS else None,
    )
    return False


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
