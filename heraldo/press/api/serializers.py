from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from heraldo.core.uploads import check_upload
from heraldo.press.models import Bulletin, MediaAsset, PressRelease, ReleasePhoto
from heraldo.press.rich_text import release_body_clean
from heraldo.press.services.media import CAPTION_FIELDS
from heraldo.press.services.releases import TEXT_FIELDS


class PhotoSerializer(serializers.ModelSerializer):
    asset = serializers.IntegerField(source="asset_id")
    caption = serializers.CharField(source="asset.caption")
    credit = serializers.CharField(source="asset.credit")
    alt_text = serializers.CharField(source="asset.alt_text")

    class Meta:
        model = ReleasePhoto
        fields = ["asset", "position", "caption", "credit", "alt_text"]


WORKFLOW_FIELDS = [
    "status",
    "version",
    "author",
    "submitted_at",
    "approved_at",
    "scheduled_for",
    "published_at",
    "hold_reason",
    "photos",
    "updated_at",
]


class ReleaseSerializer(serializers.ModelSerializer):
    author = serializers.StringRelatedField()
    tags = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")
    photos = PhotoSerializer(many=True, read_only=True)
    public_url = serializers.SerializerMethodField()

    class Meta:
        model = PressRelease
        fields = [
            "id",
            *TEXT_FIELDS,
            "category",
            "tags",
            "is_sensitive",
            "distribute_to_media",
            *WORKFLOW_FIELDS,
            "public_url",
        ]
        # The workflow fields change only through the transition endpoint (a Redactor posting status is ignored).
        read_only_fields = WORKFLOW_FIELDS

    def get_public_url(self, release) -> str | None:
        return release.get_public_url() if release.is_public else None

    def validate_headline(self, value: str) -> str:
        value = " ".join(value.split())
        if len(value) < 10:
            raise serializers.ValidationError(_("El titular es demasiado corto: cuente la noticia en una frase."))
        return value

    def validate_lead(self, value: str) -> str:
        if len(value.strip()) < 30:
            raise serializers.ValidationError(
                _("La entradilla debe decir qué pasó, quién, cuándo y dónde (al menos 30 caracteres).")
            )
        return value.strip()

    def validate_body(self, value: str) -> str:
        return release_body_clean(value).html


class TransitionSerializer(serializers.Serializer):
    name = serializers.ChoiceField(
        choices=[
            "submit",
            "approve",
            "mayor_approve",
            "return",
            "schedule",
            "unschedule",
            "publish",
            "withdraw",
            "reopen",
        ]
    )
    comment = serializers.CharField(required=False, allow_blank=True, max_length=2000)
    when = serializers.DateTimeField(required=False)


class AssetSerializer(serializers.ModelSerializer):
    class Meta:
        model = MediaAsset
        fields = [
            "id",
            "kind",
            *CAPTION_FIELDS,
            "rights",
            "width",
            "height",
            "has_location",
            "created_at",
        ]
        read_only_fields = ["kind", "width", "height", "has_location", "created_at"]


class AssetUploadSerializer(serializers.ModelSerializer):
    """One photo or video for the library, checked by its content like the page's upload."""

    file = serializers.FileField(write_only=True)

    class Meta:
        model = MediaAsset
        fields = ["file", *CAPTION_FIELDS, "rights", "consent_notes"]

    def validate_file(self, upload):
        try:
            self.context["checked"] = check_upload(upload, kinds={"image", "video"})
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.messages) from exc
        return upload

    def validate_taken_on(self, day):
        if day and day > timezone.localdate():
            raise serializers.ValidationError(_("La fecha de la toma no puede ser futura."))
        return day


class BulletinSerializer(serializers.ModelSerializer):
    releases = serializers.SerializerMethodField()
    release_ids = serializers.PrimaryKeyRelatedField(
        many=True, write_only=True, queryset=PressRelease.objects.published(), source="chosen_releases"
    )

    class Meta:
        model = Bulletin
        fields = [
            "id",
            "title",
            "number",
            "period_label",
            "intro",
            "releases",
            "release_ids",
            "status",
            "pdf_rendered_at",
            "published_at",
            "sent_at",
        ]
        read_only_fields = ["status", "pdf_rendered_at", "published_at", "sent_at"]

    def get_releases(self, bulletin) -> list[int]:
        return [item.release_id for item in bulletin.items.all()]

    def validate_release_ids(self, releases):
        if not releases:
            raise serializers.ValidationError(_("Agregue al menos una nota publicada."))
        # newest first, the order the bulletin prints them in (as the page's form orders them)
        return sorted(releases, key=lambda r: r.published_at, reverse=True)


class BulletinSentSerializer(serializers.Serializer):
    subscribers = serializers.IntegerField()
