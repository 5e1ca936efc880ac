"""What the Campañas API reads and writes; the same refusals as the pages come from the services."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from heraldo.campaigns.channels import Channel
from heraldo.campaigns.models import Campaign, CampaignRequest, Piece, PieceComment
from heraldo.press.models import MediaAsset, PressRelease


class CampaignSerializer(serializers.ModelSerializer):
    owner = serializers.StringRelatedField()
    plan_line = serializers.StringRelatedField()
    releases = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    piece_count = serializers.IntegerField(read_only=True)
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Campaign
        fields = [
            "id",
            "title",
            "unit",
            "status",
            "plan_line",
            "objectives",
            "audiences",
            "channels",
            "budget",
            "owner",
            "starts_on",
            "ends_on",
            "piece_count",
            "releases",
            "url",
        ]
        read_only_fields = fields


class PieceSerializer(serializers.ModelSerializer):
    campaign = serializers.PrimaryKeyRelatedField(read_only=True)
    designer = serializers.StringRelatedField()
    assets = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Piece
        fields = [
            "id",
            "campaign",
            "title",
            "kind",
            "channel",
            "paid",
            "status",
            "exposure_starts",
            "exposure_ends",
            "ubigeo",
            "due_on",
            "designer",
            "assets",
            "url",
        ]
        read_only_fields = fields


class PieceDetailSerializer(PieceSerializer):
    publicity = serializers.SerializerMethodField(help_text="El veredicto de las normas de publicidad estatal.")

    class Meta(PieceSerializer.Meta):
        fields = [*PieceSerializer.Meta.fields, "text", "publicity"]
        read_only_fields = fields

    def get_publicity(self, piece: Piece) -> dict:
        from heraldo.campaigns.publicity import piece_verdict
        from heraldo.publicity.checks import verdict_as_dict

        return verdict_as_dict(piece_verdict(piece))


class RequestSerializer(serializers.ModelSerializer):
    campaign = serializers.SerializerMethodField()

    class Meta:
        model = CampaignRequest
        fields = [
            "id",
            "unit",
            "title",
            "objective",
            "audience",
            "wanted_from",
            "wanted_until",
            "suggested_channels",
            "status",
            "submitted_at",
            "decision_reason",
            "campaign",
        ]
        read_only_fields = fields

    def get_campaign(self, brief: CampaignRequest) -> int | None:
        campaign = getattr(brief, "campaign", None)
        return campaign.pk if campaign else None


class CommentSerializer(serializers.ModelSerializer):
    author = serializers.StringRelatedField()
    version = serializers.SlugRelatedField(slug_field="number", read_only=True)
    x = serializers.DecimalField(
        max_digits=5, decimal_places=2, min_value=0, max_value=100, required=False, allow_null=True
    )
    y = serializers.DecimalField(
        max_digits=5, decimal_places=2, min_value=0, max_value=100, required=False, allow_null=True
    )

    class Meta:
        model = PieceComment
        fields = ["id", "author", "body", "version", "x", "y", "created_at"]
        read_only_fields = ["id", "author", "version", "created_at"]

    def validate(self, data):
        if (data.get("x") is None) != (data.get("y") is None):
            raise serializers.ValidationError(
                {
                    "y" if data.get("y") is None else "x": _(
                        "Marque el punto con sus dos coordenadas, o deje ambas vacías."
                    )
                }
            )
        return data


class RescheduleSerializer(serializers.Serializer):
    starts_on = serializers.DateField()


class RescheduleAnswerSerializer(serializers.Serializer):
    piece = PieceSerializer()
    publicity = serializers.DictField()


class ReleaseLinkSerializer(serializers.Serializer):
    release = serializers.PrimaryKeyRelatedField(queryset=PressRelease.objects.all())


class AssetUseSerializer(serializers.Serializer):
    asset = serializers.PrimaryKeyRelatedField(queryset=MediaAsset.objects.all())


class CalendarItemSerializer(serializers.Serializer):
    day = serializers.DateField()
    title = serializers.CharField()
    url = serializers.CharField()
    kind = serializers.ChoiceField(choices=["piece", "campaign", "release", "bulletin"])
    channel = serializers.ChoiceField(choices=[("", "—"), *Channel.choices])
    reschedule_url = serializers.CharField()
