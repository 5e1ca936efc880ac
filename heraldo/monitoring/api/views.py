from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.response import Response

from heraldo.core.api.viewsets import NoDeleteModelViewSet
from heraldo.core.permissions import has_capability
from heraldo.monitoring.api.serializers import (
    ArchiveResultSerializer,
    ClippingDetailSerializer,
    ClippingSerializer,
    SourceSerializer,
    ToneCorrectionSerializer,
    WatchTermSerializer,
)
from heraldo.monitoring.forms import ArchiveSearchForm
from heraldo.monitoring.models import Clipping, Source, WatchTerm
from heraldo.monitoring.selectors import archive_search
from heraldo.monitoring.services.clippings import clipping_correct_tone
from heraldo.monitoring.services.polling import source_create, source_update
from heraldo.monitoring.services.watchlist import watch_term_create, watch_term_set_active


class MonitoringAccess(BasePermission):
    """Reading needs access_monitoring, changing needs manage_monitoring: the same gates as the pages."""

    def has_permission(self, request, view) -> bool:
        if not has_capability(request.user, "access_monitoring"):
            return False
        return request.method in SAFE_METHODS or has_capability(request.user, "manage_monitoring")


class SourceViewSet(NoDeleteModelViewSet):
    serializer_class = SourceSerializer
    permission_classes = [MonitoringAccess]
    queryset = Source.objects.order_by("name")

    def perform_create(self, serializer):
        serializer.instance = source_create(actor=self.request.user, data=serializer.validated_data)

    def perform_update(self, serializer):
        serializer.instance = source_update(
            actor=self.request.user, source=serializer.instance, data=serializer.validated_data
        )


class ClippingViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [MonitoringAccess]

    def get_serializer_class(self):
        if self.action == "retrieve":
            return ClippingDetailSerializer
        if self.action == "tone":
            return ToneCorrectionSerializer
        return ClippingSerializer

    def get_queryset(self):
        return Clipping.objects.select_related("source", "outlet").prefetch_related("mentions__term")

    @extend_schema(
        parameters=[
            OpenApiParameter("q", str),
            OpenApiParameter("tone", str, enum=["positive", "neutral", "negative"]),
            OpenApiParameter("sort", str, enum=["newest", "relevance"]),
            OpenApiParameter("facets", bool),
            OpenApiParameter("page", int),
        ],
        responses=ArchiveResultSerializer,
    )
    def list(self, request, *args, **kwargs):
        """The archive search of the page: the same order, count (estimated above 10,000) and facets."""
        form = ArchiveSearchForm(request.query_params)
        if not form.is_valid():
            raise ValidationError(form.errors)
        want_facets = request.query_params.get("facets") in ("1", "true")
        try:
            page = max(1, int(request.query_params.get("page", 1)))
        except ValueError:
            page = 1
        result = archive_search(form.archive_query(), page=page, with_facets=want_facets)
        return Response(ArchiveResultSerializer(result).data)

    @extend_schema(request=ToneCorrectionSerializer, responses=ClippingDetailSerializer)
    @action(detail=True, methods=["post"])
    def tone(self, request, pk=None):
        if not has_capability(request.user, "manage_monitoring"):
            raise NotFound
        clipping = self.get_object()
        serializer = ToneCorrectionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        if serializer.validated_data["tone"] != clipping.tone:
            clipping_correct_tone(actor=request.user, clipping=clipping, tone=serializer.validated_data["tone"])
        clipping.refresh_from_db()
        return Response(ClippingDetailSerializer(clipping).data)


class WatchTermViewSet(NoDeleteModelViewSet):
    serializer_class = WatchTermSerializer
    permission_classes = [MonitoringAccess]
    queryset = WatchTerm.objects.order_by("kind", "phrase")

    def perform_create(self, serializer):
        serializer.instance = watch_term_create(
            actor=self.request.user, phrase=serializer.validated_data["phrase"], kind=serializer.validated_data["kind"]
        )

    def perform_update(self, serializer):
        # Only switching a term on or off is an edit; the phrase and kind define the term.
        watch_term_set_active(
            actor=self.request.user,
            term=serializer.instance,
            is_active=serializer.validated_data.get("is_active", serializer.instance.is_active),
        )
