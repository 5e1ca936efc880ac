from datetime import date

from django.http import Http404
from django.utils.translation import gettext
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.response import Response

from heraldo.core.api.viewsets import NoDeleteModelViewSet
from heraldo.core.permissions import has_capability
from heraldo.monitoring.api.serializers import (
    AlertRuleSerializer,
    AlertSerializer,
    ArchiveResultSerializer,
    ClippingDetailSerializer,
    ClippingSerializer,
    DailySummarySerializer,
    DossierClippingsSerializer,
    DossierSerializer,
    MentionListSerializer,
    SourceSerializer,
    SummarySentSerializer,
    ToneCorrectionSerializer,
    WatchTermSerializer,
)
from heraldo.monitoring.forms import ArchiveSearchForm
from heraldo.monitoring.models import Alert, AlertRule, Clipping, DailySummary, Dossier, Mention, Source, WatchTerm
from heraldo.monitoring.permissions import access_summary
from heraldo.monitoring.selectors import archive_search
from heraldo.monitoring.services.alert_rules import alert_rule_create, alert_rule_update
from heraldo.monitoring.services.archive import dossier_add_clippings, dossier_create, dossier_remove_clipping
from heraldo.monitoring.services.clippings import clipping_correct_tone
from heraldo.monitoring.services.polling import source_create, source_update
from heraldo.monitoring.services.summary import summary_send, summary_update
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


class ManagesMonitoring(BasePermission):
    """Dosieres are the monitoring team's work, to read and to change, as on the pages."""

    def has_permission(self, request, view) -> bool:
        return has_capability(request.user, "manage_monitoring")


class MentionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Where each watched name or topic was found; filter with ?term=<id> or ?clipping=<id>."""

    serializer_class = MentionListSerializer
    permission_classes = [MonitoringAccess]

    @extend_schema(parameters=[OpenApiParameter("term", int), OpenApiParameter("clipping", int)])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    def get_queryset(self):
        mentions = Mention.objects.select_related("term", "clipping").order_by("-clipping__published_at", "pk")
        for name in ("term", "clipping"):
            value = self.request.query_params.get(name)
            if value:
                if not value.isdigit():
                    raise ValidationError({name: gettext("Escriba el número de identificación.")})
                mentions = mentions.filter(**{f"{name}_id": int(value)})
        return mentions


class AlertViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = AlertSerializer
    permission_classes = [MonitoringAccess]
    queryset = Alert.objects.select_related("rule", "clipping").order_by("-created_at", "-pk")


class AlertRuleViewSet(NoDeleteModelViewSet):
    serializer_class = AlertRuleSerializer
    permission_classes = [MonitoringAccess]
    queryset = AlertRule.objects.select_related("topic").order_by("name")

    def perform_create(self, serializer):
        serializer.instance = alert_rule_create(actor=self.request.user, data=serializer.validated_data)

    def perform_update(self, serializer):
        serializer.instance = alert_rule_update(
            actor=self.request.user, rule=serializer.instance, data=serializer.validated_data
        )


class DailySummaryViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin, viewsets.GenericViewSet
):
    """The síntesis by day (YYYY-MM-DD): the analyst edits its headline, note and exclusions, then sends it."""

    serializer_class = DailySummarySerializer
    permission_classes = [MonitoringAccess]
    lookup_field = "date"
    lookup_value_regex = r"\d{4}-\d{2}-\d{2}"
    queryset = DailySummary.objects.prefetch_related("excluded").order_by("-date")

    def get_object(self):
        try:
            day = date.fromisoformat(self.kwargs["date"])
        except ValueError as exc:
            raise NotFound from exc
        try:
            return access_summary(self.request.user, day, write=self.request.method not in SAFE_METHODS)
        except Http404 as exc:
            raise NotFound from exc

    def perform_update(self, serializer):
        summary = serializer.instance
        data = serializer.validated_data
        serializer.instance = summary_update(
            actor=self.request.user,
            summary=summary,
            headline=data.get("headline", summary.headline),
            editor_note=data.get("editor_note", summary.editor_note),
            excluded_ids=[c.pk for c in data["excluded"]] if "excluded" in data else summary.excluded_ids(),
        )
        serializer.instance.refresh_from_db()

    @extend_schema(request=None, responses=SummarySentSerializer)
    @action(detail=True, methods=["post"], url_path="enviar")
    def send(self, request, date=None):
        summary = self.get_object()
        return Response({"recipients": summary_send(summary=summary, actor=request.user)})


class DossierViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = DossierSerializer
    permission_classes = [ManagesMonitoring]
    queryset = Dossier.objects.prefetch_related("clippings").order_by("-updated_at")

    def perform_create(self, serializer):
        data = serializer.validated_data
        serializer.instance = dossier_create(
            actor=self.request.user, name=data["name"], description=data.get("description", "")
        )

    @extend_schema(request=DossierClippingsSerializer, responses=DossierSerializer)
    @action(detail=True, methods=["post"], url_path="agregar")
    def add(self, request, pk=None):
        dossier = self.get_object()
        serializer = DossierClippingsSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        dossier_add_clippings(actor=request.user, dossier=dossier, clippings=serializer.validated_data["clippings"])
        return Response(DossierSerializer(self.get_object()).data)

    @extend_schema(request=DossierClippingsSerializer, responses=DossierSerializer)
    @action(detail=True, methods=["post"], url_path="quitar")
    def remove(self, request, pk=None):
        dossier = self.get_object()
        serializer = DossierClippingsSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        for clipping in serializer.validated_data["clippings"]:
            dossier_remove_clipping(actor=request.user, dossier=dossier, clipping=clipping)
        return Response(DossierSerializer(self.get_object()).data)
