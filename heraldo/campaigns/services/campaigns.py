"""Campaigns: their data, KPIs and results, actions as office tasks, the media plan and closing. All audited."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from heraldo.campaigns.models import Campaign, CampaignStatus, Kpi, MediaPlanEntry
from heraldo.campaigns.services.notices import tell, unit_people
from heraldo.core.audit import audit_record
from heraldo.core.branding import municipality_name
from heraldo.core.pdf import render_pdf
from heraldo.core.writes import AuditedWrite, StateConflict, write_audited
from heraldo.work.models import Task
from heraldo.work.services.tasks import task_create

CAMPAIGN_FIELDS = (
    "title",
    "plan_line",
    "objectives",
    "audiences",
    "key_dates",
    "mandatory_content",
    "channels",
    "budget",
    "owner",
    "starts_on",
    "ends_on",
)
KPI_FIELDS = ("name", "metric", "channel", "target")
MEDIA_FIELDS = (
    "channel",
    "outlet",
    "target_public",
    "purpose",
    "coverage",
    "starts_on",
    "ends_on",
    "local_reach",
    "mtc_licence",
    "justification",
    "cost",
)
MEDIA_RESULT_FIELDS = ("spent", "reach", "impressions", "attendance")
ACTION_FIELDS = ("title", "description", "owner", "due_on", "priority")


def refuse_if_closed(campaign: Campaign) -> None:
    if campaign.status == CampaignStatus.CLOSED:
        raise StateConflict(_("La campaña está cerrada."))


def campaign_create(*, actor, data: Mapping[str, Any]) -> Campaign:
    return write_audited(
        actor=actor,
        action="campaigns.campaign.created",
        instance=Campaign(created_by=actor),
        data=data,
        fields=CAMPAIGN_FIELDS,
    )


def campaign_update(*, actor, campaign: Campaign, data: Mapping[str, Any]) -> Campaign:
    refuse_if_closed(campaign)
    return write_audited(
        actor=actor, action="campaigns.campaign.updated", instance=campaign, data=data, fields=CAMPAIGN_FIELDS
    )


def campaign_set_status(*, actor, campaign: Campaign, status: str, notes: str = "") -> Campaign:
    with transaction.atomic():
        campaign = Campaign.objects.select_for_update().get(pk=campaign.pk)
        before = campaign.status
        allowed = {
            CampaignStatus.PLANNED: {CampaignStatus.RUNNING},
            CampaignStatus.RUNNING: {CampaignStatus.CLOSED},
            CampaignStatus.CLOSED: {CampaignStatus.RUNNING},
        }
        if status not in allowed.get(before, set()):
            raise StateConflict(
                _("Una campaña «%(current)s» no pasa a «%(wanted)s».")
                % {"current": campaign.get_status_display(), "wanted": CampaignStatus(status).label},
                field="status",
            )
        campaign.status = status
        if notes:
            campaign.closing_notes = notes
        campaign.save(update_fields=["status", "closing_notes", "updated_at"])
        audit_record(
            actor=actor,
            action="campaigns.campaign.status_changed",
            target=campaign,
            changes={"status": [before, status]},
        )
        if status == CampaignStatus.CLOSED:
            tell(
                unit_people(campaign.unit),
                actor=actor,
                title=gettext_noop("La campaña «%(title)s» cerró: vea sus resultados"),
                params={"title": campaign.title[:120]},
                url=campaign.get_absolute_url(),
            )
    return campaign


def kpi_add(*, actor, campaign: Campaign, data: Mapping[str, Any]) -> Kpi:
    refuse_if_closed(campaign)
    with transaction.atomic():
        write = AuditedWrite(Kpi(campaign=campaign), data=data, fields=KPI_FIELDS)
        kpi = write.save()
        write.record(actor=actor, action="campaigns.kpi.added", target=campaign, target_label=f"{campaign} · {kpi}")
    return kpi


def kpi_record(*, actor, kpi: Kpi, achieved) -> Kpi:
    with transaction.atomic():
        write = AuditedWrite(kpi, data={"achieved": achieved}, fields=("achieved",))
        kpi = write.save()
        write.record(
            actor=actor, action="campaigns.kpi.recorded", target=kpi.campaign, target_label=f"{kpi.campaign} · {kpi}"
        )
    return kpi


def media_entry_add(*, actor, campaign: Campaign, data: Mapping[str, Any]) -> MediaPlanEntry:
    refuse_if_closed(campaign)
    with transaction.atomic():
        write = AuditedWrite(MediaPlanEntry(campaign=campaign), data=data, fields=MEDIA_FIELDS)
        entry = write.save()
        write.record(actor=actor, action="campaigns.media.added", target=campaign, target_label=f"{campaign} · {entry}")
    return entry


def media_entry_results(*, actor, entry: MediaPlanEntry, data: Mapping[str, Any]) -> MediaPlanEntry:
    with transaction.atomic():
        write = AuditedWrite(entry, data=data, fields=MEDIA_RESULT_FIELDS)
        entry = write.save()
        write.record(
            actor=actor,
            action="campaigns.media.results",
            target=entry.campaign,
            target_label=f"{entry.campaign} · {entry}",
        )
    return entry


def action_add(*, actor, campaign: Campaign, data: Mapping[str, Any]) -> Task:
    """An action of the campaign is an office task whose subject is the campaign (it shows in Mi trabajo too)."""
    refuse_if_closed(campaign)
    with transaction.atomic():
        task = task_create(actor=actor, data=data, subject=campaign)
        audit_record(
            actor=actor, action="campaigns.action.added", target=campaign, changes={"task": [None, task.title]}
        )
    return task


def closing_report_pdf(*, campaign: Campaign, report) -> bytes:
    return render_pdf(
        "campaigns/report_pdf.html",
        {"campaign": campaign, "report": report, "municipality": municipality_name()},
    )
