"""Sources as people manage them: add, edit, poll now. The polling itself is `heraldo.monitoring.ingestion`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction
from django.utils import timezone

from heraldo.core.audit import audit_record
from heraldo.core.writes import AuditedWrite, write_audited
from heraldo.monitoring.ingestion import monitoring_complete_teasers, monitoring_poll_due_sources, source_poll
from heraldo.monitoring.models import Source

# The periodic step is declared (core/schedule.py) against this module's name.
__all__ = [
    "SOURCE_FIELDS",
    "monitoring_complete_teasers",
    "monitoring_poll_due_sources",
    "source_create",
    "source_poll_now",
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


def source_poll_now(*, actor, source: Source) -> int:
    with transaction.atomic():
        audit_record(actor=actor, action="monitoring.source.polled", target=source)
    return source_poll(source=source)
