from __future__ import annotations

from rest_framework import serializers

from heraldo.opinion.models import OpinionIssue, Sector, Signal, Survey, SurveyQuestion


class SectorSerializer(serializers.ModelSerializer):
    class Meta:
        model = Sector
        fields = ["id", "name", "kind", "nicknames", "outline", "is_active"]


class CellSerializer(serializers.Serializer):
    topic_id = serializers.IntegerField(help_text="0: sin tema")
    sector_id = serializers.IntegerField(help_text="0: todo el distrito")
    topic = serializers.CharField()
    sector = serializers.CharField()
    count = serializers.IntegerField()
    negative_percent = serializers.IntegerField()
    growth_percent = serializers.IntegerField(allow_null=True)
    colour = serializers.ChoiceField(choices=["red", "amber", "green"])
    reasons = serializers.ListField(child=serializers.CharField())


class SignalSerializer(serializers.ModelSerializer):
    class Meta:
        model = Signal
        fields = ["id", "origin", "occurred_on", "topic", "sector", "tone", "weight", "summary"]


class IssueSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="__str__", read_only=True)

    class Meta:
        model = OpinionIssue
        fields = [
            "id",
            "name",
            "topic",
            "sector",
            "opened_on",
            "status",
            "figures",
            "recommendation",
            "recommendation_status",
            "head_approved_at",
            "mayor_decided_at",
            "decision_note",
            "closed_on",
        ]


class DecisionSerializer(serializers.Serializer):
    step = serializers.ChoiceField(choices=["head", "mayor", "return"])
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000, default="")


class QuestionSerializer(serializers.ModelSerializer):
    choices = serializers.ListField(source="choice_list", child=serializers.CharField(), read_only=True)

    class Meta:
        model = SurveyQuestion
        fields = [
            "id",
            "position",
            "text",
            "kind",
            "choices",
            "required",
            "topic",
            "show_if_question",
            "show_if_answer",
        ]


class SurveySerializer(serializers.ModelSerializer):
    questions = QuestionSerializer(many=True, read_only=True)

    class Meta:
        model = Survey
        fields = ["id", "title", "description", "status", "is_public", "topic", "target_responses", "questions"]


class ResponseInSerializer(serializers.Serializer):
    client_id = serializers.CharField(max_length=64)
    collected_at = serializers.DateTimeField(required=False, allow_null=True)
    answers = serializers.DictField(
        child=serializers.JSONField(), help_text="Por id de pregunta: un valor, o una lista para «varias opciones»."
    )
