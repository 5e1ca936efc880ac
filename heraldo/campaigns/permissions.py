"""Access gates of Campañas: one per object type, for every page.

The office (Campañas access) sees every campaign and every brief sent to it; a requesting unit sees
only its own unit's briefs and campaigns, and approves the pieces that concern it. Anyone else
learns nothing: gates answer 404.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from heraldo.campaigns.models import AdvertisingPlan, Campaign, CampaignRequest, Piece, RequestStatus
from heraldo.core import roles
from heraldo.core.permissions import has_capability


def is_office(user) -> bool:
    return has_capability(user, "access_campaigns")


def can_manage(user) -> bool:
    return has_capability(user, "manage_campaigns")


def can_request(user) -> bool:
    return has_capability(user, "request_campaigns") and bool(getattr(user, "requesting_unit", ""))


def has_role(user, role: str) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.groups.filter(name=role).exists())


def can_approve_plan_as_head(user) -> bool:
    return has_role(user, roles.HEAD_OF_UNIT)


def can_approve_plan_as_mayor(user) -> bool:
    return has_role(user, roles.AUTHORITIES)


def require_campaigns(user) -> None:
    if not (is_office(user) or can_request(user)):
        raise PermissionDenied


def require_office(user, *, write: bool = False) -> None:
    if not (can_manage(user) if write else is_office(user)):
        raise PermissionDenied


def requests_visible_to(user) -> QuerySet[CampaignRequest]:
    """Office: every brief sent (drafts stay with their unit). A unit: its own briefs, drafts included."""
    query = Q(pk__in=[])
    if is_office(user):
        query |= ~Q(status=RequestStatus.DRAFT)
    if can_request(user):
        query |= Q(unit=user.requesting_unit)
    return CampaignRequest.objects.filter(query)


def access_request(user, request_id, *, write: bool = False) -> CampaignRequest:
    """`write`: the unit editing, submitting or attaching to its brief (while it is a draft or has changes asked)."""
    try:
        brief = requests_visible_to(user).select_related("created_by", "decided_by").get(pk=request_id)
    except (CampaignRequest.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if write and not (can_request(user) and brief.unit == user.requesting_unit):
        raise Http404
    return brief


def campaigns_visible_to(user) -> QuerySet[Campaign]:
    if is_office(user):
        return Campaign.objects.all()
    if can_request(user):
        return Campaign.objects.filter(unit=user.requesting_unit)
    return Campaign.objects.none()


def access_campaign(user, campaign_id, *, write: bool = False) -> Campaign:
    if write and not can_manage(user):
        raise Http404
    try:
        return campaigns_visible_to(user).select_related("owner", "plan_line__plan", "request").get(pk=campaign_id)
    except (Campaign.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def access_piece(user, piece_id, *, write: bool = False) -> Piece:
    if write and not can_manage(user):
        raise Http404
    try:
        return (
            Piece.objects.filter(campaign__in=campaigns_visible_to(user))
            .select_related("campaign", "designer", "office_approved_by", "unit_approved_by", "brand_checked_by")
            .get(pk=piece_id)
        )
    except (Piece.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def can_approve_for_unit(user, piece: Piece) -> bool:
    return can_request(user) and piece.needs_unit_approval and piece.campaign.unit == user.requesting_unit


def access_plan(user, plan_id, *, write: bool = False) -> AdvertisingPlan:
    if not (can_manage(user) if write else is_office(user)):
        raise Http404
    try:
        return AdvertisingPlan.objects.get(pk=plan_id)
    except (AdvertisingPlan.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
