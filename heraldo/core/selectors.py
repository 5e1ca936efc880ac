"""Reads of the core app that depend on filters or on the viewer."""

from __future__ import annotations

from datetime import datetime, time

from django.db.models import Q, QuerySet
from django.utils import timezone

from heraldo.core.models import AuditEntry, Job


def audit_search(*, q: str = "", module: str = "", actor=None, date_from=None, date_to=None) -> QuerySet:
    entries = AuditEntry.objects.select_related("actor")
    if q:
        entries = entries.filter(Q(target_label__icontains=q) | Q(actor_label__icontains=q) | Q(action__icontains=q))
    if module:
        entries = entries.filter(action__startswith=f"{module}.")
    if actor is not None:
        entries = entries.filter(actor=actor)
    tz = timezone.get_current_timezone()
    if date_from:
        entries = entries.filter(created_at__gte=datetime.combine(date_from, time.min, tzinfo=tz))
    if date_to:
        entries = entries.filter(created_at__lte=datetime.combine(date_to, time.max, tzinfo=tz))
    return entries


def job_list(*, status: str = "") -> QuerySet:
    jobs = Job.objects.all()
    if status:
        jobs = jobs.filter(status=status)
    return jobs.defer("kwargs")


def job_counts() -> dict[str, int]:
    from django.db.models import Count

    counts = dict(Job.objects.values_list("status").annotate(total=Count("id")).order_by())
    return {status: counts.get(status, 0) for status, _label in Job.Status.choices}
