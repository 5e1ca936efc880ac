"""Reads of Campañas: lists for each kind of user, the board, the timeline and executed-vs-planned budgets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q, QuerySet, Subquery, Sum
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from heraldo.campaigns.channels import Channel, channel_label
from heraldo.campaigns.models import (
    AdvertisingPlan,
    Campaign,
    CampaignRequest,
    MediaPlanEntry,
    Piece,
    PlanLine,
    PlanLineChannel,
    PlanStatus,
    RequestStatus,
)
from heraldo.press.models import MediaAsset, PressRelease, ReleaseStatus, UsageRights
from heraldo.work.models import Task
from heraldo.work.selectors import office_staff_people


def requests_of_unit(unit: str) -> QuerySet[CampaignRequest]:
    return CampaignRequest.objects.filter(unit=unit).select_related("campaign").order_by("-updated_at", "-pk")


def requests_waiting() -> QuerySet[CampaignRequest]:
    return CampaignRequest.objects.filter(status=RequestStatus.SUBMITTED).order_by("submitted_at", "pk")


def campaign_list(queryset: QuerySet[Campaign], *, status: str = "") -> QuerySet[Campaign]:
    if status:
        queryset = queryset.filter(status=status)
    return (
        queryset.select_related("owner", "plan_line__plan")
        .annotate(piece_count=Count("pieces", distinct=True))
        .order_by("-starts_on", "-pk")
    )


def plan_lines_to_choose() -> QuerySet[PlanLine]:
    """Lines a new campaign can hang from: those of approved plans first, newest year first."""
    return PlanLine.objects.select_related("plan").order_by("-plan__year", "-plan__version", "position", "pk")


def current_plan() -> AdvertisingPlan | None:
    return AdvertisingPlan.objects.filter(status=PlanStatus.APPROVED).order_by("-year", "-version").first() or (
        AdvertisingPlan.objects.order_by("-year", "-version").first()
    )


# ------------------------------------------------------------------ actions: the campaign's tasks


def campaign_tasks(campaign: Campaign) -> QuerySet[Task]:
    """The campaign's actions and the production tasks of its pieces."""
    campaign_type = ContentType.objects.get_for_model(Campaign)
    piece_type = ContentType.objects.get_for_model(Piece)
    piece_ids = list(campaign.pieces.values_list("pk", flat=True))
    return (
        Task.objects.filter(
            Q(subject_type=campaign_type, subject_id=campaign.pk) | Q(subject_type=piece_type, subject_id__in=piece_ids)
        )
        .select_related("owner")
        .order_by("due_on", "-priority", "pk")
    )


@dataclass
class Column:
    status: str
    title: str
    tasks: list[Task] = field(default_factory=list)


BOARD_STATUSES = (Task.Status.PENDING, Task.Status.IN_PROGRESS, Task.Status.IN_REVIEW, Task.Status.DONE)


def board(campaign: Campaign) -> list[Column]:
    columns = {status: Column(status, str(Task.Status(status).label)) for status in BOARD_STATUSES}
    for task in campaign_tasks(campaign).exclude(status=Task.Status.CANCELLED):
        columns[task.status].tasks.append(task)
    return list(columns.values())


# ------------------------------------------------------------------ the timeline (Gantt-like, server-rendered)

STEP = 2  # bars snap to 2 % of the width: 50 positions, each one a CSS class (no inline style under the CSP)


@dataclass
class Bar:
    label: str
    kind: str  # campaign, piece, media, task
    starts: date
    ends: date
    url: str = ""
    detail: str = ""
    offset: int = 0
    width: int = STEP
    late: bool = False


@dataclass
class Timeline:
    first: date
    last: date
    bars: list[Bar]
    months: list[tuple[str, int]]  # (label, offset)


def _snap(value: float) -> int:
    return int(round(value / STEP)) * STEP


def timeline(campaign: Campaign, *, today: date) -> Timeline:
    bars = [Bar(campaign.title, "campaign", campaign.starts_on, campaign.ends_on, detail=str(_("Campaña")))]
    for piece in campaign.pieces.all():
        ends = piece.exposure_ends or campaign.ends_on
        bars.append(
            Bar(
                piece.title,
                "piece",
                piece.exposure_starts,
                max(ends, piece.exposure_starts),
                piece.get_absolute_url(),
                piece.get_kind_display(),
            )
        )
    for entry in campaign.media_plan.all():
        bars.append(Bar(entry.outlet, "media", entry.starts_on, entry.ends_on, detail=entry.get_channel_display()))
    for task in campaign_tasks(campaign).exclude(status=Task.Status.CANCELLED):
        starts = min(task.created_at.date(), task.due_on)
        bars.append(
            Bar(
                task.title,
                "task",
                starts,
                task.due_on,
                reverse("work:task_detail", args=[task.pk]),
                str(task.owner or _("En cola")),
                late=task.is_open and task.due_on < today,
            )
        )
    first = min(bar.starts for bar in bars)
    last = max(bar.ends for bar in bars)
    span = max((last - first).days + 1, 1)
    for bar in bars:
        bar.offset = min(_snap((bar.starts - first).days * 100 / span), 100 - STEP)
        bar.width = max(STEP, min(_snap(((bar.ends - bar.starts).days + 1) * 100 / span), 100 - bar.offset))
    months = [(first.strftime("%d/%m/%Y"), 0)]
    cursor = date(first.year, first.month, 1)
    while cursor <= last:
        if cursor > first and (cursor - first).days * 100 / span >= 12:
            months.append((cursor.strftime("%m/%Y"), _snap((cursor - first).days * 100 / span)))
        cursor = date(cursor.year + (cursor.month == 12), cursor.month % 12 + 1, 1)
    return Timeline(first, last, bars, months)


# ------------------------------------------------------------------ executed against planned


@dataclass
class BudgetRow:
    label: str
    planned: Decimal
    executed: Decimal
    channels: list[tuple[str, Decimal, Decimal]] = field(default_factory=list)

    @property
    def percent(self) -> int:
        return int(self.executed * 100 / self.planned) if self.planned else 0

    @property
    def meter_class(self) -> str:
        """The bar's width as one of the stylesheet's 2 % classes (the CSP allows no inline style)."""
        return f"m-{min(self.percent, 100) // STEP * STEP}" + (" over" if self.percent > 100 else "")


def plan_execution(plan: AdvertisingPlan) -> list[BudgetRow]:
    """Per line and per channel: what the plan planned and what the campaigns of the line spent."""
    lines = list(plan.lines.all())
    planned = {
        (row["line_id"], row["channel"]): row["budget"]
        for row in PlanLineChannel.objects.filter(line__plan=plan).values("line_id", "channel", "budget")
    }
    spent = {
        (row["campaign__plan_line_id"], row["channel"]): row["total"]
        for row in MediaPlanEntry.objects.filter(campaign__plan_line__plan=plan)
        .values("campaign__plan_line_id", "channel")
        .annotate(total=Sum("spent"))
    }
    rows = []
    for line in lines:
        codes = [code for code in Channel.values if (line.pk, code) in planned or (line.pk, code) in spent]
        channels = [
            (
                channel_label(code),
                planned.get((line.pk, code), Decimal("0")),
                spent.get((line.pk, code)) or Decimal("0"),
            )
            for code in codes
        ]
        rows.append(BudgetRow(line.name, line.budget, sum((c[2] for c in channels), Decimal("0")), channels))
    return rows


@dataclass
class Report:
    kpis: list
    media: list
    pieces: list
    budget: Decimal
    planned: Decimal
    spent: Decimal


def campaign_report(campaign: Campaign) -> Report:
    media = list(campaign.media_plan.all())
    return Report(
        kpis=list(campaign.kpis.all()),
        media=media,
        pieces=list(campaign.pieces.all()),
        budget=campaign.budget,
        planned=sum((entry.cost for entry in media), Decimal("0")),
        spent=sum((entry.spent for entry in media), Decimal("0")),
    )


# ------------------------------------------------------------------ links to Prensa

CHOICES_SHOWN = 200  # a select lists the newest ones; older records are linked from the API


def releases_to_link() -> QuerySet[PressRelease]:
    """Releases a campaign can take: any not withdrawn, newest first."""
    newest = (
        PressRelease.objects.exclude(status=ReleaseStatus.WITHDRAWN)
        .order_by("-updated_at", "-pk")
        .values("pk")[:CHOICES_SHOWN]
    )
    return PressRelease.objects.filter(pk__in=Subquery(newest)).order_by("-updated_at", "-pk")


def assets_to_use() -> QuerySet[MediaAsset]:
    """Media-library files a piece can use: the newest that may be published."""
    newest = (
        MediaAsset.objects.exclude(rights=UsageRights.RESTRICTED)
        .order_by("-created_at", "-pk")
        .values("pk")[:CHOICES_SHOWN]
    )
    return MediaAsset.objects.filter(pk__in=Subquery(newest)).order_by("-created_at", "-pk")


def campaign_releases(campaign: Campaign) -> QuerySet[PressRelease]:
    return (
        campaign.releases.select_related("author")
        .annotate(post_count=Count("social_posts"))
        .order_by("-updated_at", "-pk")
    )


def calendar_people():
    """Whom the editorial calendar filters by: the office's staff."""
    return list(office_staff_people())
