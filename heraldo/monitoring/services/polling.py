"""Sources as people manage them: add, edit, poll now. The polling itself is `heraldo.monitoring.ingestion`."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from heraldo.core.audit import audit_record
from heraldo.monitoring.ingestion import monitoring_poll_due_sources, source_poll
from heraldo.monitoring.models import Source

# The periodic step is declared (core/schedule.py) against this module's name.
__all__ = ["monitoring_poll_due_sources", "source_create", "source_poll_now", "source_update"]


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
