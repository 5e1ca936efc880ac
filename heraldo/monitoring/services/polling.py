"""Scheduling of polled sources: due times in the database, back-off, health, politeness."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.fetch import FetchError, fetch
from heraldo.monitoring.css import SelectorError
from heraldo.monitoring.models import Health, Source, SourceKind
from heraldo.monitoring.services.ingestion import SourceContentError, ingest_items, ingest_section_page, parse_feed

log = logging.getLogger(__name__)

MAX_SOURCES_PER_CYCLE = 20
MAX_BACKOFF = timedelta(hours=24)
FAILING_AFTER = 3


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
                created = ingest_section_page(source, result.body, result.url)
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


@transaction.atomic
def source_create(*, actor, **fields) -> Source:
    source = Source.objects.create(created_by=actor, next_due_at=timezone.now(), **fields)
    audit_record(actor=actor, action="monitoring.source.created", target=source)
    return source


@transaction.atomic
def source_update(*, actor, source: Source, changes: dict) -> Source:
    if changes:
        if "url" in changes:  # a new address starts fresh
            source.etag = source.last_modified = ""
            source.next_due_at = timezone.now()
        source.save()
        audit_record(actor=actor, action="monitoring.source.updated", target=source, changes=changes)
    return source


def source_poll_now(*, actor, source: Source) -> int:
    with transaction.atomic():
        audit_record(actor=actor, action="monitoring.source.polled", target=source)
    return source_poll(source=source)
