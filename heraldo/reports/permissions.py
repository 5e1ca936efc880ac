"""Access gates of Reportes: the Mayor, the Manager, the head of unit and the media analyst read the reports and
comment on them; the head of unit writes, approves and sends them and keeps the POI targets."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404

from heraldo.core.permissions import has_capability, require_capability
from heraldo.reports.models import PoiActivity, Report


def can_manage_reports(user) -> bool:
    return has_capability(user, "manage_reports")


def require_manage_reports(user) -> None:
    require_capability(user, "manage_reports")


def access_report(user, report_id: int, *, write: bool = False) -> Report:
    """A reader who may not write gets 403 on a write; someone without Reportes gets 403 before any look-up."""
    require_capability(user, "access_reports")
    if write and not can_manage_reports(user):
        raise PermissionDenied
    try:
        return Report.objects.select_related("approved_by").get(pk=report_id)
    except Report.DoesNotExist as exc:
        raise Http404 from exc


def access_poi_activity(user, activity_id: int) -> PoiActivity:
    require_manage_reports(user)
    try:
        return PoiActivity.objects.get(pk=activity_id)
    except PoiActivity.DoesNotExist as exc:
        raise Http404 from exc
