"""Sources as people manage them: add, edit, poll now. The polling itself is `heraldo.monitoring.ingestion`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from heraldo.core.audit import audit_record
from heraldo.core.jobs import enqueue
from heraldo.core.writes import AuditedWrite, write_audited
from heraldo.monitoring.ingestion import monitoring_complete_teasers, monitoring_poll_due_sources, source_poll
from heraldo.monitoring.models import Source
from heraldo.monitoring.selectors import POLL_NOW_JOB, source_pending_poll

# The periodic step is declared (core/schedule.py) against this module's name.
__all__ = [
    "SOURCE_FIELDS",
    "monitoring_complete_teasers",
    "monitoring_poll_due_sources",
    "source_create",
    "source_poll_now",
    "source_poll_requested",
    "source_update",
]

SOURCE_FIELDS = (
    "name",
    "kind",
    "url",
    "outlet",
    "link_selector",
    "content_selector",
    "interval_minutes",
    "is_priority",
    "is_active",
)


def source_create(*, actor, data: Mapping[str, Any]) -> Source:
    """A new source is due at once: the next poll reads it."""
    return write_audited(
        actor=actor,
        action="monitoring.source.created",
        instance=Source(created_by=actor, next_due_at=timezone.now()),
        data=data,
        fields=SOURCE_FIELDS,
    )


def source_update(*, actor, source: Source, data: Mapping[str, Any]) -> Source:
    with transaction.atomic():
        write = AuditedWrite(source, data=data, fields=SOURCE_FIELDS)
        source = write.instance
        changes = write.changes()
        if not changes:
            return source
        if "url" in changes:  # a new address starts fresh
            source.etag = source.last_modified = ""
            source.next_due_at = timezone.now()
        write.save()
        write.record(actor=actor, action="monitoring.source.updated")
    return source


def source_poll_requested(*, actor, source: Source) -> bool:
    """ "Consultar ahora": the poll runs in a worker (a slow site would hold the page for minutes).

    Returns False, asking nothing, when a poll of this source is already waiting or running.
    """
    with transaction.atomic():
        # The source row is locked so two clicks at once queue one poll, not two.
        Source.objects.select_for_update().filter(pk=source.pk).first()
        if source_pending_poll(source) is not None:
            return False
        audit_record(actor=actor, action="monitoring.source.polled", target=source)
        enqueue(POLL_NOW_JOB, source_id=source.pk)
    return True


def source_poll_now(*, source_id: int) -> int:
    """The queued poll: its own claim moves the next due time so the periodic step does not poll it alongside."""
    source = Source.objects.select_related("outlet").filter(pk=source_id, is_active=True).first()
    if source is None or not source.is_polled:
        return 0  # deleted, switched off or made manual since the click
    now = timezone.now()
    Source.objects.filter(pk=source.pk).update(next_due_at=now + timedelta(minutes=source.interval_minutes))
    return source_poll(source=source, now=now)
