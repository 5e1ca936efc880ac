from django.utils.translation import gettext as _
from rest_framework import serializers

from heraldo.core.fetch import FetchError, check_url
from heraldo.monitoring.css import SelectorError, css_to_xpath
from heraldo.monitoring.models import (
    Alert,
    AlertRule,
    Clipping,
    DailySummary,
    Dossier,
    Mention,
    Source,
    SourceKind,
    Tone,
    WatchTerm,
)
from heraldo.monitoring.services.alert_rules import RULE_FIELDS
from heraldo.monitoring.services.polling import SOURCE_FIELDS


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", *SOURCE_FIELDS, "health", "last_error", "next_due_at", "last_success_at"]
        read_only_fields = ["health", "last_error", "next_due_at", "last_success_at"]

    def validate_interval_minutes(self, value):
        if value < 5 or value > 7 * 24 * 60:
            raise serializers.ValidationError(_("El intervalo debe estar entre 5 minutos y 7 días."))
        return value

    def validate(self, data):
        kind = data.get("kind", getattr(self.instance, "kind", SourceKind.FEED))
        url = data.get("url", getattr(self.instance, "url", ""))
        if kind != SourceKind.MANUAL:
            if not url:
                raise serializers.ValidationError(
                    {"url": _("Las fuentes consultadas automáticamente necesitan una dirección.")}
                )
            try:
                check_url(url)
            except FetchError as exc:
                raise serializers.ValidationError({"url": str(exc)}) from exc
        for name in ("link_selector", "content_selector"):
            if data.get(name):
                try:
                    css_to_xpath(data[name])
                except SelectorError as exc:
                    raise serializers.ValidationError({name: str(exc)}) from exc
        return data


class MentionSerializer(serializers.ModelSerializer):
    term = serializers.CharField(source="term.phrase")
    kind = serializers.CharField(source="term.kind")

    class Meta:
        model = Mention
        fields = ["term", "kind", "start", "end", "snippet", "tone"]


class ClippingSerializer(serializers.ModelSerializer):
    outlet_name = serializers.CharField(source="outlet.name", default="")
    # Plain text: the same choices as the Registro's media kind would give the schema two enum names.
    medium = serializers.CharField(read_only=True)

    class Meta:
        model = Clipping
        fields = [
            "id",
            "title",
            "url",
            "source",
            "outlet",
            "outlet_name",
            "medium",
            "published_at",
            "tone",
            "tone_reasons",
            "relevance",
            "duplicate_of",
        ]


class ClippingDetailSerializer(ClippingSerializer):
    mentions = MentionSerializer(many=True, read_only=True)

    class Meta(ClippingSerializer.Meta):
        fields = [*ClippingSerializer.Meta.fields, "summary", "body_text", "transcript", "language", "mentions"]


class ToneCorrectionSerializer(serializers.Serializer):
    tone = serializers.ChoiceField(choices=Tone.choices)


class WatchTermSerializer(serializers.ModelSerializer):
    class Meta:
        model = WatchTerm
        fields = ["id", "phrase", "kind", "origin", "person", "topic", "is_active"]
        read_only_fields = ["origin", "person", "topic"]

    def validate(self, data):
        if self.instance is None:
            from heraldo.core.text import fold

            folded = " ".join(fold(data.get("phrase", "")).split())
            if len(folded) < 3:
                raise serializers.ValidationError({"phrase": _("La frase debe tener al menos 3 letras.")})
            if WatchTerm.objects.filter(folded=folded, kind=data.get("kind")).exists():
                raise serializers.ValidationError({"phrase": _("Esa frase ya está en la lista de vigilancia.")})
        return data


class FacetValueSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    count = serializers.IntegerField()


class FacetSerializer(serializers.Serializer):
    param = serializers.CharField()
    label = serializers.CharField()
    values = FacetValueSerializer(many=True)


class ArchiveResultSerializer(serializers.Serializer):
    """One page of the archive search; `count_is_estimate` is true above 10,000 matches."""

    count = serializers.IntegerField(source="total")
    count_is_estimate = serializers.BooleanField(source="total_is_estimate")
    page = serializers.IntegerField(source="page.number")
    pages = serializers.IntegerField(source="page.num_pages")
    ranked_among = serializers.IntegerField(allow_null=True)
    facet_sample = serializers.IntegerField(allow_null=True)
    results = serializers.SerializerMethodField()
    facets = FacetSerializer(many=True)

    def get_results(self, result) -> list[dict]:
        # One list serializer for the page: a serializer per row built its fields again for each (two thirds of
        # the list's time).
        clippings = ClippingSerializer([clipping for clipping, _snippet in result.rows], many=True).data
        return [
            {**data, "snippet": str(snippet)} for data, (_clipping, snippet) in zip(clippings, result.rows, strict=True)
        ]


class MentionListSerializer(MentionSerializer):
    clipping_title = serializers.CharField(source="clipping.title", read_only=True)

    class Meta(MentionSerializer.Meta):
        fields = ["id", "clipping", "clipping_title", *MentionSerializer.Meta.fields]


class AlertSerializer(serializers.ModelSerializer):
    rule_name = serializers.CharField(source="rule.name", read_only=True)
    headline = serializers.CharField(read_only=True)

    class Meta:
        model = Alert
        fields = ["id", "rule", "rule_name", "clipping", "headline", "surge", "created_at", "delivered_at"]


class AlertRuleSerializer(serializers.ModelSerializer):
    class Meta:
        model = AlertRule
        fields = ["id", *RULE_FIELDS]

    def validate(self, data):
        """The page's form decides what a valid rule is; the API asks it, so both refuse with the same words."""
        from heraldo.monitoring.forms import AlertRuleForm

        # what the request leaves out keeps its current value (or the model's default on creation)
        current = {name: getattr(self.instance or AlertRule(), name) for name in RULE_FIELDS}
        merged = current | dict(data)
        if merged.get("topic") is not None:
            merged["topic"] = getattr(merged["topic"], "pk", merged["topic"])
        form = AlertRuleForm(data={k: v for k, v in merged.items() if v is not None}, instance=self.instance)
        if not form.is_valid():
            raise serializers.ValidationError({field: list(errors) for field, errors in form.errors.items()})
        return data


class DailySummarySerializer(serializers.ModelSerializer):
    excluded = serializers.PrimaryKeyRelatedField(many=True, queryset=Clipping.objects.all(), required=False)

    class Meta:
        model = DailySummary
        fields = ["date", "headline", "editor_note", "excluded", "status", "sent_at"]
        read_only_fields = ["date", "status", "sent_at"]


class SummarySentSerializer(serializers.Serializer):
    recipients = serializers.IntegerField()


class DossierSerializer(serializers.ModelSerializer):
    clippings = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Dossier
        fields = ["id", "name", "description", "clippings", "updated_at"]
        read_only_fields = ["clippings", "updated_at"]


class DossierClippingsSerializer(serializers.Serializer):
    clippings = serializers.PrimaryKeyRelatedField(many=True, queryset=Clipping.objects.all())
