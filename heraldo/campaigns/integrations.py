"""What Campañas offers the core: its menu entry, the Hoy panels, private files and campaign dates on the calendar."""

from __future__ import annotations

from datetime import date, datetime

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from heraldo.campaigns import permissions as gates
from heraldo.campaigns.models import Campaign, Piece, RequestStatus
from heraldo.campaigns.selectors import requests_of_unit, requests_waiting
from heraldo.core.dates import shown_date
from heraldo.core.media import PrivateFiles, allowed_by_gate, register_private_files
from heraldo.core.navigation import Module, register_module
from heraldo.core.stamps import stamp_follows
from heraldo.core.today import Panel, PanelItem, register_panel
from heraldo.press.related import RelatedLink, register_related_source
from heraldo.work.calendar_sources import CalendarEntry, register_calendar_source

PANEL_ITEMS = 12

register_module(
    Module(
        "campanas",
        _("Campañas"),
        "megaphone",
        ("access_campaigns", "request_campaigns"),
        "campaigns:home",
        _("Plan de estrategia publicitaria, campañas pedidas por las unidades, piezas, plan de medios y resultados."),
        position=45,
    )
)

register_private_files(
    PrivateFiles(
        "campaigns/requests/",
        "campaigns.RequestAttachment",
        "file",
        lambda user, attachment: allowed_by_gate(gates.access_request, user, getattr(attachment, "request_id", None)),
    )
)
register_private_files(
    PrivateFiles(
        "campaigns/pieces/",
        "campaigns.PieceVersion",
        "file",
        lambda user, version: allowed_by_gate(gates.access_piece, user, getattr(version, "piece_id", None)),
        inline=True,
    )
)


CAMPAIGNS_STAMP = stamp_follows("campaigns.campaigns", "campaigns.Campaign", "campaigns.CampaignRequest")


@register_panel("campaign-requests", position=5, stamps=(CAMPAIGNS_STAMP,))
def unit_requests_panel(user, now: datetime) -> Panel | None:
    """A requesting unit's home: its own briefs and where each stands."""
    if not gates.can_request(user) or gates.is_office(user):
        return None
    briefs = list(requests_of_unit(user.requesting_unit)[:PANEL_ITEMS])
    items = []
    for brief in briefs:
        campaign = getattr(brief, "campaign", None) if brief.status == RequestStatus.ACCEPTED else None
        detail = (
            _("Campaña del %(start)s al %(end)s")
            % {"start": shown_date(campaign.starts_on), "end": shown_date(campaign.ends_on)}
            if campaign
            else brief.decision_reason[:140]
        )
        items.append(
            PanelItem(
                brief.title,
                campaign.get_absolute_url() if campaign else brief.get_absolute_url(),
                str(detail),
                str(campaign.get_status_display() if campaign else brief.get_status_display()),
            )
        )
    return Panel(
        "campaign-requests",
        _("Solicitudes de campaña de %(unit)s") % {"unit": user.requesting_unit},
        "megaphone",
        _("Aún no ha pedido campañas. Empiece con «Nueva solicitud»."),
        items=items,
        action_url=reverse("campaigns:request_create"),
        action_label=_("Nueva solicitud de campaña"),
    )


@register_panel("campaign-inbox", position=25, stamps=(CAMPAIGNS_STAMP,))
def office_inbox_panel(user, now: datetime) -> Panel | None:
    if not gates.can_manage(user):
        return None
    waiting = requests_waiting()[:6]
    return Panel(
        "campaign-inbox",
        _("Solicitudes de campaña por atender"),
        "megaphone",
        _("Ninguna unidad espera respuesta."),
        items=[
            PanelItem(
                brief.title,
                brief.get_absolute_url(),
                brief.unit,
                shown_date(brief.submitted_at.date()) if brief.submitted_at else "",
            )
            for brief in waiting
        ],
        action_url=reverse("campaigns:request_list"),
        action_label=_("Ver las solicitudes"),
    )


@register_calendar_source
def campaign_dates(user, first: date, last: date) -> list[CalendarEntry]:
    """Campaign starts and ends, and pieces going out, on the office's calendar (for those who see campaigns)."""
    if not gates.is_office(user):
        return []
    entries = []
    for campaign in Campaign.objects.filter(starts_on__lte=last, ends_on__gte=first).only(
        "pk", "title", "starts_on", "ends_on"
    )[:100]:
        if first <= campaign.starts_on <= last:
            entries.append(
                CalendarEntry(
                    campaign.starts_on,
                    str(_("Inicia: %(t)s") % {"t": campaign.title}),
                    campaign.get_absolute_url(),
                    _("Campaña"),
                )
            )
        if first <= campaign.ends_on <= last:
            entries.append(
                CalendarEntry(
                    campaign.ends_on,
                    str(_("Termina: %(t)s") % {"t": campaign.title}),
                    campaign.get_absolute_url(),
                    _("Campaña"),
                )
            )
    for piece in Piece.objects.filter(exposure_starts__range=(first, last)).only("pk", "title", "exposure_starts")[
        :200
    ]:
        entries.append(CalendarEntry(piece.exposure_starts, piece.title, piece.get_absolute_url(), _("Pieza")))
    return entries


@register_related_source("release")
def campaigns_of_release(user, release) -> list[RelatedLink]:
    """On a release's page: the campaigns it belongs to, for those who see them."""
    campaigns = gates.campaigns_visible_to(user).filter(releases=release).only("pk", "title").order_by("pk")[:20]
    return [RelatedLink(campaign.title, campaign.get_absolute_url(), _("Campaña")) for campaign in campaigns]


@register_related_source("asset")
def pieces_using_asset(user, asset) -> list[RelatedLink]:
    """On a media-library file's page: the campaign pieces that use it."""
    pieces = (
        Piece.objects.filter(campaign__in=gates.campaigns_visible_to(user), assets=asset)
        .select_related("campaign")
        .order_by("pk")[:50]
    )
    return [
        RelatedLink(f"{piece.campaign.title} · {piece.title}", piece.get_absolute_url(), _("Pieza de campaña"))
        for piece in pieces
    ]
