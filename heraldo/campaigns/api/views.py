"""The Campañas API under /api/v1/campanas/: the same gates and services as the pages.

The office reads every campaign; a requesting unit reads its own unit's campaigns, pieces and briefs; only
Campañas management writes (reschedule, link releases and media-library files). Anyone else gets 403 on lists and
404 on records."""

from __future__ import annotations

import calendar as pycalendar
from datetime import date

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from heraldo.campaigns import calendar as editorial
from heraldo.campaigns import permissions as gates
from heraldo.campaigns import selectors
from heraldo.campaigns.api.serializers import (
    AssetUseSerializer,
    CalendarItemSerializer,
    CampaignSerializer,
    CommentSerializer,
    PieceDetailSerializer,
    PieceSerializer,
    ReleaseLinkSerializer,
    RequestSerializer,
    RescheduleAnswerSerializer,
    RescheduleSerializer,
)
from heraldo.campaigns.channels import Channel
from heraldo.campaigns.models import CampaignStatus, Piece
from heraldo.campaigns.services import links as link_services
from heraldo.campaigns.services import pieces as piece_services
from heraldo.ceremonial.permissions import can_read_agenda
from heraldo.core.api.viewsets import NUMERIC_ID
from heraldo.core.permissions import has_capability
from heraldo.publicity.checks import verdict_as_dict


class SeesCampaigns(BasePermission):
    """The office, or a requesting unit (which sees its own unit's records only)."""

    def has_permission(self, request, view) -> bool:
        return gates.is_office(request.user) or gates.can_request(request.user)


class OfficeOnly(BasePermission):
    def has_permission(self, request, view) -> bool:
        return gates.is_office(request.user)


class ReadViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [IsAuthenticated, SeesCampaigns]
    lookup_value_regex = NUMERIC_ID


class CampaignViewSet(ReadViewSet):
    """Campaigns, newest first; `?status=PLANIFICADA|EN_CURSO|CERRADA`."""

    serializer_class = CampaignSerializer

    def get_queryset(self):
        status = self.request.query_params.get("status", "")
        if status and status not in CampaignStatus.values:
            raise ApiValidationError({"status": [_("Estado desconocido: %(code)s.") % {"code": status}]})
        return selectors.campaign_list(gates.campaigns_visible_to(self.request.user), status=status).prefetch_related(
            "releases"
        )

    def get_object(self):
        campaign = gates.access_campaign(self.request.user, self.kwargs["pk"])
        # Read again with the list's counts (a status filter in the address does not hide the record asked for).
        return (
            selectors.campaign_list(gates.campaigns_visible_to(self.request.user))
            .prefetch_related("releases")
            .get(pk=campaign.pk)
        )

    @extend_schema(request=ReleaseLinkSerializer, responses=CampaignSerializer)
    @action(detail=True, methods=["post"], url_path="notas")
    def link_release(self, request, pk=None):
        """Make a release (and its social posts) belong to the campaign; 409 if it already does or was withdrawn."""
        campaign = gates.access_campaign(request.user, pk, write=True)
        body = ReleaseLinkSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        link_services.release_link(actor=request.user, campaign=campaign, release=body.validated_data["release"])
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(request=ReleaseLinkSerializer, responses=CampaignSerializer)
    @action(detail=True, methods=["post"], url_path="notas/quitar")
    def unlink_release(self, request, pk=None):
        campaign = gates.access_campaign(request.user, pk, write=True)
        body = ReleaseLinkSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        link_services.release_unlink(actor=request.user, campaign=campaign, release=body.validated_data["release"])
        return Response(self.get_serializer(self.get_object()).data)


class PieceViewSet(ReadViewSet):
    """Pieces of the campaigns the caller sees; `?campaign=<id>`, `?channel=<code>`. A piece's record carries the
    publicity-law verdict (the command-line contract's shape)."""

    def get_serializer_class(self):
        return PieceDetailSerializer if self.action == "retrieve" else PieceSerializer

    def get_queryset(self):
        pieces = (
            Piece.objects.filter(campaign__in=gates.campaigns_visible_to(self.request.user))
            .select_related("designer", "campaign__plan_line__plan")
            .prefetch_related("assets")
            .order_by("exposure_starts", "pk")
        )
        params = self.request.query_params
        if params.get("channel"):
            if params["channel"] not in Channel.values:
                raise ApiValidationError(
                    {"channel": [_("Canal desconocido: %(codes)s.") % {"codes": params["channel"]}]}
                )
            pieces = pieces.filter(channel=params["channel"])
        if params.get("campaign"):
            try:
                pieces = pieces.filter(campaign_id=int(params["campaign"]))
            except ValueError as exc:
                raise ApiValidationError({"campaign": [_("Indique el número de la campaña.")]}) from exc
        return pieces

    def get_object(self):
        return gates.access_piece(self.request.user, self.kwargs["pk"])

    @extend_schema(request=RescheduleSerializer, responses=RescheduleAnswerSerializer)
    @action(detail=True, methods=["post"], url_path="reprogramar")
    def reschedule(self, request, pk=None):
        """Move the piece to go out on `starts_on` (same length); the answer carries the rules' verdict for the new
        dates. 409, nothing moved, when an approved piece would fall under blocking findings."""
        piece = gates.access_piece(request.user, pk, write=True)
        body = RescheduleSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        piece, verdict = piece_services.piece_reschedule(
            actor=request.user, piece=piece, starts_on=body.validated_data["starts_on"]
        )
        return Response({"piece": PieceSerializer(piece).data, "publicity": verdict_as_dict(verdict)})

    @extend_schema(methods=["get"], responses=CommentSerializer(many=True))
    @extend_schema(methods=["post"], request=CommentSerializer, responses=CommentSerializer)
    @action(detail=True, methods=["get", "post"], url_path="comentarios")
    def comments(self, request, pk=None):
        """Review comments; with `x` and `y` (0–100, percent of the width and height) pinned on the latest version's
        image."""
        piece = gates.access_piece(request.user, pk)
        if request.method == "GET":
            comments = piece.comments.select_related("author", "version")
            page = self.paginate_queryset(comments)
            return self.get_paginated_response(CommentSerializer(page, many=True).data)
        body = CommentSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        comment = piece_services.piece_comment(
            actor=request.user,
            piece=piece,
            body=body.validated_data["body"],
            version=piece.versions.first(),
            x=body.validated_data.get("x"),
            y=body.validated_data.get("y"),
        )
        return Response(CommentSerializer(comment).data, status=201)

    @extend_schema(request=AssetUseSerializer, responses=PieceSerializer)
    @action(detail=True, methods=["post"], url_path="archivos")
    def use_asset(self, request, pk=None):
        """Use a media-library file in the piece (its tagged people count as shown by the publicity checks)."""
        piece = gates.access_piece(request.user, pk, write=True)
        body = AssetUseSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        piece = link_services.asset_use(actor=request.user, piece=piece, asset=body.validated_data["asset"])
        return Response(PieceSerializer(piece).data)


class RequestViewSet(ReadViewSet):
    """Briefs: the office reads those sent to it; a unit reads its own, drafts included."""

    serializer_class = RequestSerializer

    def get_queryset(self):
        return gates.requests_visible_to(self.request.user).select_related("campaign").order_by("-updated_at", "-pk")

    def get_object(self):
        return gates.access_request(self.request.user, self.kwargs["pk"])


class CalendarView(APIView):
    """The editorial calendar's month: `?mes=YYYY-MM` (this month if absent), `&canal=`, `&campana=`, `&persona=`."""

    permission_classes = [IsAuthenticated, OfficeOnly]

    @extend_schema(
        parameters=[
            OpenApiParameter("mes", str, description="AAAA-MM"),
            OpenApiParameter("canal", str, enum=Channel.values),
            OpenApiParameter("campana", int),
            OpenApiParameter("persona", int),
        ],
        responses=CalendarItemSerializer(many=True),
    )
    def get(self, request):
        params = request.query_params
        first = _month(params.get("mes"))
        last = first.replace(day=pycalendar.monthrange(first.year, first.month)[1])
        channel = params.get("canal", "")
        if channel and channel not in Channel.values:
            raise ApiValidationError({"canal": [_("Canal desconocido: %(codes)s.") % {"codes": channel}]})
        campaign = None
        if params.get("campana"):
            try:
                campaign = gates.access_campaign(request.user, params["campana"])
            except Http404 as exc:
                raise ApiValidationError({"campana": [_("No hay una campaña con ese número.")]}) from exc
        person_id = _number(params.get("persona"), "persona")
        month = editorial.editorial_month(
            first=first,
            last=last,
            filters=editorial.Filters(channel, campaign, person_id),
            campaigns=gates.campaigns_visible_to(request.user),
            can_reschedule=gates.can_manage(request.user),
            show_releases=has_capability(request.user, "access_press"),
            show_agenda=can_read_agenda(request.user),
        )
        items = [item for day in sorted(month.days) for item in month.days[day]]
        return Response(CalendarItemSerializer(items, many=True).data)


def _month(raw: str | None) -> date:
    if not raw:
        return timezone.localdate().replace(day=1)
    try:
        year, month = (int(part) for part in raw.split("-"))
        if not 2000 <= year <= 2100:
            raise ValueError
        return date(year, month, 1)
    except ValueError as exc:
        raise ApiValidationError({"mes": [_("Indique el mes como AAAA-MM, por ejemplo 2027-01.")]}) from exc


def _number(raw: str | None, name: str) -> int | None:
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError as exc:
        raise ApiValidationError({name: [_("Indique un número.")]}) from exc
