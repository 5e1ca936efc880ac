"""Access gates of Opinión pública: reading the semáforo and the evidence, and working the residents' messages."""

from __future__ import annotations

from django.http import Http404

from heraldo.core.permissions import has_capability
from heraldo.opinion.models import OpinionIssue, ResidentMessage, Sector


def can_manage_opinion(user) -> bool:
    return has_capability(user, "manage_opinion")


def access_message(user, message_id: int) -> ResidentMessage:
    """Residents' messages hold what they wrote and their e-mail: only those who answer them open them."""
    if not can_manage_opinion(user):
        raise Http404
    try:
        return ResidentMessage.objects.select_related("topic", "sector", "answered_by").get(pk=message_id)
    except ResidentMessage.DoesNotExist as exc:
        raise Http404 from exc


def access_sector(user, sector_id: int) -> Sector:
    if not can_manage_opinion(user):
        raise Http404
    try:
        return Sector.objects.get(pk=sector_id)
    except Sector.DoesNotExist as exc:
        raise Http404 from exc


def access_issue(user, issue_id: int) -> OpinionIssue:
    """Issues are read by everyone who reads the semáforo (the Mayor decides on them); acting needs manage_opinion."""
    if not has_capability(user, "access_opinion"):
        raise Http404
    try:
        return OpinionIssue.objects.select_related("topic", "sector").get(pk=issue_id)
    except OpinionIssue.DoesNotExist as exc:
        raise Http404 from exc
