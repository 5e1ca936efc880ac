"""The office's editorial calendar: campaign pieces, campaigns, Prensa's releases with their social posts, bulletins
and the Mayor's agenda on one month, filtered by channel, campaign and person. Server-rendered (the CSP forbids
inline styles and scripts); a piece that can move is dragged to another day, or moved with its date field."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from heraldo.campaigns.channels import channel_label
from heraldo.campaigns.models import Campaign, CampaignStatus, Piece
from heraldo.ceremonial.models import Event, EventStaff
from heraldo.ceremonial.selectors import day_bounds, occurrences_between
from heraldo.press.models import Bulletin, PressRelease, ReleaseStatus

RELEASE_CHANNEL = "WEB"  # a release goes out on the web newsroom; its social posts go with it
PER_DAY_LIMIT = 300  # a month never shows more than this of each kind (the day's link lists the rest)


@dataclass(frozen=True)
class Filters:
    channel: str = ""
    campaign: Campaign | None = None
    person_id: int | None = None


@dataclass
class Item:
    day: date
    title: str
    url: str
    kind: str  # piece, campaign, release, bulletin, event
    kind_label: str
    channel: str = ""
    detail: str = ""
    reschedule_url: str = ""  # set when the person looking may move it

    @property
    def channel_label(self) -> str:
        return channel_label(self.channel) if self.channel else ""


@dataclass
class Month:
    first: date
    last: date
    days: dict[date, list[Item]] = field(default_factory=lambda: defaultdict(list))

    def add(self, item: Item) -> None:
        self.days[item.day].append(item)


def editorial_month(
    *,
    first: date,
    last: date,
    filters: Filters,
    campaigns,
    can_reschedule: bool,
    show_releases: bool,
    show_agenda: bool,
) -> Month:
    """`campaigns`: the campaigns the person may see (their gate's queryset); releases only for who reads Prensa,
    the Mayor's activities only for who reads the agenda."""
    month = Month(first, last)
    _pieces(month, filters, campaigns, can_reschedule)
    _campaigns(month, filters, campaigns)
    if show_releases:
        _releases(month, filters)
        _bulletins(month, filters)
    if show_agenda:
        _agenda(month, filters)
    for items in month.days.values():
        items.sort(key=lambda item: (item.kind != "campaign", item.title))
    return month


def _pieces(month: Month, filters: Filters, campaigns, can_reschedule: bool) -> None:
    pieces = Piece.objects.filter(
        campaign__in=campaigns, exposure_starts__range=(month.first, month.last)
    ).select_related("campaign")
    if filters.channel:
        pieces = pieces.filter(channel=filters.channel)
    if filters.campaign:
        pieces = pieces.filter(campaign=filters.campaign)
    if filters.person_id:
        pieces = pieces.filter(Q(designer_id=filters.person_id) | Q(campaign__owner_id=filters.person_id))
    for piece in pieces.order_by("exposure_starts", "pk")[:PER_DAY_LIMIT]:
        movable = can_reschedule and piece.campaign.status != CampaignStatus.CLOSED
        month.add(
            Item(
                piece.exposure_starts,
                piece.title,
                piece.get_absolute_url(),
                "piece",
                str(_("Pieza")),
                piece.channel,
                f"{piece.campaign.title} · {piece.get_status_display()}",
                reverse("campaigns:piece_reschedule", args=[piece.pk]) if movable else "",
            )
        )


def _campaigns(month: Month, filters: Filters, campaigns) -> None:
    rows = campaigns.filter(Q(starts_on__range=(month.first, month.last)) | Q(ends_on__range=(month.first, month.last)))
    if filters.campaign:
        rows = rows.filter(pk=filters.campaign.pk)
    if filters.person_id:
        rows = rows.filter(owner_id=filters.person_id)
    for campaign in rows.order_by("starts_on", "pk")[:PER_DAY_LIMIT]:
        if filters.channel and filters.channel not in campaign.channels:
            continue
        for day, label in ((campaign.starts_on, _("Inicia la campaña")), (campaign.ends_on, _("Termina la campaña"))):
            if month.first <= day <= month.last:
                month.add(Item(day, campaign.title, campaign.get_absolute_url(), "campaign", str(label)))


def _releases(month: Month, filters: Filters) -> None:
    """Releases scheduled or published in the month (those of the campaign chosen, when one is)."""
    if filters.channel and filters.channel not in (RELEASE_CHANNEL, "SOCIAL"):
        return
    zone = timezone.get_current_timezone()
    starts = timezone.make_aware(datetime.combine(month.first, time.min), zone)
    ends = timezone.make_aware(datetime.combine(month.last, time.max), zone)
    releases = PressRelease.objects.filter(
        Q(status=ReleaseStatus.SCHEDULED, scheduled_for__range=(starts, ends))
        | Q(status=ReleaseStatus.PUBLISHED, published_at__range=(starts, ends))
    )
    if filters.campaign:
        releases = releases.filter(pk__in=filters.campaign.releases.values("pk"))
    if filters.person_id:
        releases = releases.filter(author_id=filters.person_id)
    if filters.channel == "SOCIAL":
        releases = releases.filter(social_posts__isnull=False).distinct()
    for release in releases.order_by("pk")[:PER_DAY_LIMIT]:
        moment = release.published_at if release.status == ReleaseStatus.PUBLISHED else release.scheduled_for
        month.add(
            Item(
                timezone.localtime(moment).date(),
                release.headline,
                release.get_absolute_url(),
                "release",
                str(_("Nota de prensa")),
                RELEASE_CHANNEL,
                str(release.get_status_display()),
            )
        )


def _bulletins(month: Month, filters: Filters) -> None:
    """Bulletin editions published in the month (not tied to one campaign or person: shown without those filters)."""
    if filters.campaign or filters.person_id or (filters.channel and filters.channel != RELEASE_CHANNEL):
        return
    zone = timezone.get_current_timezone()
    starts = timezone.make_aware(datetime.combine(month.first, time.min), zone)
    ends = timezone.make_aware(datetime.combine(month.last, time.max), zone)
    editions = Bulletin.objects.filter(status=Bulletin.Status.PUBLISHED, published_at__range=(starts, ends))
    for bulletin in editions.order_by("published_at", "pk")[:PER_DAY_LIMIT]:
        month.add(
            Item(
                timezone.localtime(bulletin.published_at).date(),
                str(bulletin),
                bulletin.get_absolute_url(),
                "bulletin",
                str(_("Boletín")),
                RELEASE_CHANNEL,
                bulletin.period_label,
            )
        )


def _agenda(month: Month, filters: Filters) -> None:
    """The Mayor's activities, so that nothing goes out against an act (or misses one to announce). They belong to
    no campaign or channel; with a person chosen, only the acts that person staffs."""
    if filters.campaign or filters.channel:
        return
    window_start, _end = day_bounds(month.first)
    _start, window_end = day_bounds(month.last)
    base = None
    if filters.person_id:
        base = Event.objects.filter(pk__in=EventStaff.objects.filter(user_id=filters.person_id).values("event_id"))
    for occurrence in occurrences_between(window_start, window_end, base=base)[:PER_DAY_LIMIT]:
        event = occurrence.event
        month.add(
            Item(
                timezone.localtime(occurrence.starts_at).date(),
                event.title,
                reverse("ceremonial:event_detail", args=[event.pk]),
                "event",
                str(_("Agenda del Alcalde")),
                detail=f"{timezone.localtime(occurrence.starts_at):%H:%M} · {event.place}".rstrip(" ·"),
            )
        )
