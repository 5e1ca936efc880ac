"""The press API: the same gates, services and workflow as the pages."""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.response import Response

from heraldo.core.api.viewsets import NUMERIC_ID, NoDeleteModelViewSet
from heraldo.core.permissions import has_capability
from heraldo.press.api.serializers import (
    AssetSerializer,
    AssetUploadSerializer,
    BulletinSentSerializer,
    BulletinSerializer,
    ReleaseSerializer,
    TransitionSerializer,
)
from heraldo.press.models import Bulletin, MediaAsset
from heraldo.press.permissions import access_release
from heraldo.press.selectors import release_list_for_api
from heraldo.press.services.bulletins import bulletin_publish, bulletin_render_pdf, bulletin_save, bulletin_send
from heraldo.press.services.media import DESCRIPTIVE_FIELDS, asset_update, asset_upload
from heraldo.press.services.releases import release_create, release_update
from heraldo.press.services.workflow import release_transition


class PressPermission(BasePermission):
    """Reading needs access_press; writing manage_press (transitions check their own capability)."""

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS or getattr(view, "action", "") == "transition":
            return has_capability(request.user, "access_press")
        return has_capability(request.user, "manage_press")


class ReleaseViewSet(NoDeleteModelViewSet):
    serializer_class = ReleaseSerializer
    permission_classes = [PressPermission]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        params = self.request.query_params
        return release_list_for_api(
            user=self.request.user, q=params.get("q", "")[:200], status=params.get("status", "")
        )

    def get_object(self):
        access_release(self.request.user, self.kwargs["pk"])
        return super().get_object()

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        serializer.instance = release_create(actor=self.request.user, **data)

    def perform_update(self, serializer):
        release = serializer.instance
        expected = self.request.data.get("version")
        try:
            expected_version = int(expected) if expected is not None else None
        except (TypeError, ValueError) as exc:
            raise serializers.ValidationError({"version": _("Versión no válida.")}) from exc
        serializer.instance = release_update(
            release=release, actor=self.request.user, expected_version=expected_version, **serializer.validated_data
        )

    @action(detail=True, methods=["post"])
    def transition(self, request, pk=None):
        release = access_release(request.user, pk)
        payload = TransitionSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        release_transition(release=release, actor=request.user, **payload.validated_data)
        return Response(ReleaseSerializer(release, context={"request": request}).data)


class AssetViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin, viewsets.GenericViewSet):
    serializer_class = AssetSerializer
    permission_classes = [PressPermission]
    lookup_value_regex = NUMERIC_ID
    http_method_names = ["get", "post", "patch", "head", "options"]
    queryset = MediaAsset.objects.all()
    parser_classes = [MultiPartParser, JSONParser]

    @extend_schema(request={"multipart/form-data": AssetUploadSerializer}, responses=AssetSerializer)
    def create(self, request):
        """Upload a photo or video (multipart, field `file`): 201 when new, 200 with the stored asset when the
        same bytes are already in the library."""
        payload = AssetUploadSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        details = {k: v for k, v in payload.validated_data.items() if k != "file"}
        asset, created = asset_upload(
            actor=request.user, upload=payload.validated_data["file"], checked=payload.context["checked"], **details
        )
        return Response(AssetSerializer(asset).data, status=201 if created else 200)

    def get_object(self):
        if not has_capability(self.request.user, "access_press"):
            raise Http404
        return super().get_object()

    def perform_update(self, serializer):
        values = {k: v for k, v in serializer.validated_data.items() if k in DESCRIPTIVE_FIELDS}
        serializer.instance = asset_update(asset=serializer.instance, actor=self.request.user, **values)


class BulletinViewSet(NoDeleteModelViewSet):
    """Bulletins as on the pages: press reads them; the head of unit and press write, render, publish and send."""

    serializer_class = BulletinSerializer
    permission_classes = [PressPermission]
    queryset = Bulletin.objects.prefetch_related("items").order_by("-number")

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        releases = data.pop("chosen_releases")
        serializer.instance = bulletin_save(actor=self.request.user, releases=releases, **data)

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        releases = data.pop("chosen_releases", None)
        if releases is None:
            releases = [item.release for item in serializer.instance.items.select_related("release")]
        serializer.instance = bulletin_save(
            actor=self.request.user, bulletin=serializer.instance, releases=releases, **data
        )

    @extend_schema(request=None, responses=BulletinSerializer)
    @action(detail=True, methods=["post"], url_path="pdf")
    def render_pdf(self, request, pk=None):
        bulletin = self.get_object()
        bulletin_render_pdf(bulletin=bulletin, actor=request.user)
        return Response(BulletinSerializer(self.get_object()).data)

    @extend_schema(request=None, responses=BulletinSerializer)
    @action(detail=True, methods=["post"], url_path="publicar")
    def publish(self, request, pk=None):
        bulletin = self.get_object()
        if not bulletin.pdf:
            raise ValidationError({"detail": _("Genere el PDF antes de publicar.")})
        bulletin_publish(bulletin=bulletin, actor=request.user)
        return Response(BulletinSerializer(self.get_object()).data)

    @extend_schema(request=None, responses=BulletinSentSerializer)
    @action(detail=True, methods=["post"], url_path="enviar")
    def send(self, request, pk=None):
        bulletin = self.get_object()
        if bulletin.status != Bulletin.Status.PUBLISHED:
            raise ValidationError({"detail": _("Publique el boletín antes de enviarlo.")})
        return Response({"subscribers": bulletin_send(bulletin=bulletin, actor=request.user)})
