"""Briefs from municipal units: draft (autosaved), submit, talk, and the office's answer. Every change is audited."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from heraldo.campaigns.models import Campaign, CampaignRequest, PlanLine, RequestAttachment, RequestComment
from heraldo.campaigns.models import RequestStatus as Status
from heraldo.campaigns.services.notices import office_coordinators, tell, unit_people
from heraldo.core.audit import audit_record
from heraldo.core.writes import AuditedWrite, Refused, StateConflict

REQUEST_FIELDS = (
    "title",
    "objective",
    "audience",
    "key_dates",
    "wanted_from",
    "wanted_until",
    "mandatory_content",
    "suggested_channels",
)
# How long a campaign runs when the brief named no dates.
DEFAULT_DAYS = 30


def request_save(*, actor, brief: CampaignRequest | None, data: Mapping[str, Any]) -> CampaignRequest:
    """Create the unit's draft or keep its changes (the form page and the autosave both come here)."""
    with transaction.atomic():
        if brief is None:
            brief = CampaignRequest(created_by=actor, unit=actor.requesting_unit)
        elif not brief.is_editable:
            raise StateConflict(_("La solicitud ya fue enviada: coméntela en lugar de editarla."), field="title")
        write = AuditedWrite(brief, data=data, fields=REQUEST_FIELDS)
        brief = write.save()
        action = "campaigns.request.created" if write.creating else "campaigns.request.updated"
        write.record(actor=actor, action=action)
    return brief


def request_submit(*, actor, brief: CampaignRequest) -> CampaignRequest:
    with transaction.atomic():
        brief = CampaignRequest.objects.select_for_update().get(pk=brief.pk)
        if not brief.is_editable:
            raise StateConflict(_("Esta solicitud ya fue enviada."))
        missing = brief.missing_for_submission()
        if missing:
            field, message = next(iter(missing.items()))
            raise Refused(message, field=field)
        before = brief.status
        brief.status = Status.SUBMITTED
        brief.submitted_at = timezone.now()
        brief.save(update_fields=["status", "submitted_at", "updated_at"])
        audit_record(
            actor=actor, action="campaigns.request.submitted", target=brief, changes={"status": [before, brief.status]}
        )
        tell(
            office_coordinators(),
            actor=actor,
            title=gettext_noop("Nueva solicitud de campaña de %(unit)s: %(title)s"),
            params={"unit": brief.unit, "title": brief.title[:120]},
            url=brief.get_absolute_url(),
        )
    return brief


def request_comment(*, actor, brief: CampaignRequest, body: str) -> RequestComment:
    with transaction.atomic():
        comment = RequestComment.objects.create(request=brief, author=actor, body=body)
        audit_record(actor=actor, action="campaigns.request.commented", target=brief)
        from_unit = not actor.has_perm("core.access_campaigns")
        people = office_coordinators() if from_unit else unit_people(brief.unit)
        if brief.decided_by_id and from_unit:
            people.append(brief.decided_by)
        tell(
            people,
            actor=actor,
            title=gettext_noop("%(person)s comentó la solicitud «%(title)s»"),
            params={"person": str(actor), "title": brief.title[:120]},
            url=brief.get_absolute_url(),
            body=body,
        )
    return comment


def request_attach(*, actor, brief: CampaignRequest, title: str, upload) -> RequestAttachment:
    with transaction.atomic():
        attachment = RequestAttachment.objects.create(request=brief, title=title, file=upload, uploaded_by=actor)
        audit_record(actor=actor, action="campaigns.request.attached", target=brief, changes={"file": [None, title]})
    return attachment


def _decide(*, actor, brief: CampaignRequest, status: str, reason: str, action: str) -> CampaignRequest:
    brief = CampaignRequest.objects.select_for_update().get(pk=brief.pk)
    if brief.status != Status.SUBMITTED:
        raise StateConflict(
            _("La solicitud está «%(status)s»: ya no espera respuesta.") % {"status": brief.get_status_display()}
        )
    before = brief.status
    brief.status = status
    brief.decision_reason = reason
    brief.decided_by = actor
    brief.decided_at = timezone.now()
    brief.save(update_fields=["status", "decision_reason", "decided_by", "decided_at", "updated_at"])
    audit_record(
        actor=actor,
        action=action,
        target=brief,
        changes={"status": [before, status], "decision_reason": [None, reason]},
    )
    return brief


def request_ask_changes(*, actor, brief: CampaignRequest, reason: str) -> CampaignRequest:
    if not reason.strip():
        raise Refused(_("Diga qué debe cambiar la unidad."), field="reason")
    with transaction.atomic():
        brief = _decide(
            actor=actor, brief=brief, status=Status.CHANGES, reason=reason, action="campaigns.request.changes_asked"
        )
        tell(
            unit_people(brief.unit),
            actor=actor,
            title=gettext_noop("La oficina pide cambios en «%(title)s»"),
            params={"title": brief.title[:120]},
            url=brief.get_absolute_url(),
            body=reason,
        )
    return brief


def request_decline(*, actor, brief: CampaignRequest, reason: str) -> CampaignRequest:
    if not reason.strip():
        raise Refused(_("Explique a la unidad por qué se declina."), field="reason")
    with transaction.atomic():
        brief = _decide(
            actor=actor, brief=brief, status=Status.DECLINED, reason=reason, action="campaigns.request.declined"
        )
        tell(
            unit_people(brief.unit),
            actor=actor,
            title=gettext_noop("La oficina declinó «%(title)s»"),
            params={"title": brief.title[:120]},
            url=brief.get_absolute_url(),
            body=reason,
        )
    return brief


def request_accept(*, actor, brief: CampaignRequest, plan_line: PlanLine, reason: str = "") -> Campaign:
    """Accept the brief and open its campaign in one step; the campaign keeps the brief's words."""
    from heraldo.campaigns.services.campaigns import CAMPAIGN_FIELDS

    with transaction.atomic():
        brief = _decide(
            actor=actor, brief=brief, status=Status.ACCEPTED, reason=reason, action="campaigns.request.accepted"
        )
        starts = brief.wanted_from or timezone.localdate()
        ends = brief.wanted_until or starts + timedelta(days=DEFAULT_DAYS)
        write = AuditedWrite(
            Campaign(created_by=actor, request=brief, unit=brief.unit),
            data={
                "title": brief.title,
                "plan_line": plan_line,
                "objectives": brief.objective,
                "audiences": brief.audience,
                "key_dates": brief.key_dates,
                "mandatory_content": brief.mandatory_content,
                "channels": list(brief.suggested_channels),
                "budget": 0,
                "owner": actor,
                "starts_on": starts,
                "ends_on": max(ends, starts),
            },
            fields=CAMPAIGN_FIELDS,
        )
        campaign = write.save()
        write.record(actor=actor, action="campaigns.campaign.created")
        tell(
            unit_people(brief.unit),
            actor=actor,
            title=gettext_noop("La oficina aceptó «%(title)s»: ya es una campaña"),
            params={"title": brief.title[:120]},
            url=campaign.get_absolute_url(),
        )
    return campaign
