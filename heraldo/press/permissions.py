"""The press module's access gates: one per object type, used by pages and API alike.

Without `access_press` nothing here exists for the user (404). Writing a
release needs `manage_press`; approving needs `approve_press` (checked by the
workflow service for each transition).
"""

from __future__ import annotations

from django.http import Http404

from heraldo.core.permissions import has_capability
from heraldo.press.models import MediaAsset, PressRelease


def access_release(user, release_id: int, *, write: bool = False) -> PressRelease:
    if not has_capability(user, "access_press"):
        raise Http404
    if write and not has_capability(user, "manage_press"):
        raise Http404
    try:
        return PressRelease.objects.select_related(
            "author", "category", "approved_by", "mayor_approved_by", "event"
        ).get(pk=release_id)
    except (PressRelease.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def access_asset(user, asset_id: int, *, write: bool = False) -> MediaAsset:
    if not has_capability(user, "access_press"):
        raise Http404
    if write and not has_capability(user, "manage_press"):
        raise Http404
    try:
        return MediaAsset.objects.get(pk=asset_id)
    except (MediaAsset.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
