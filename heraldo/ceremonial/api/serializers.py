from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from heraldo.ceremonial.models import AttendanceRequest, Event, StaffRole
from heraldo.ceremonial.recurrence import RecurrenceError, normalise_rule
from heraldo.ceremonial.selectors import unit_staff
from heraldo.ceremonial.services.events import EVENT_FIELDS
from heraldo.ceremonial.services.requests import REQUEST_FIELDS
from heraldo.core.models import User
from heraldo.directory.models import Person


class EventSerializer(serializers.ModelSerializer):
    status = serializers.CharField(read_only=True)
    confirm_conflicts = serializers.BooleanField(write_only=True, required=False, default=False)
    confirm_staff_clashes = serializers.BooleanField(write_only=True, required=False, default=False)

    class Meta:
        model = Event
        fields = [
            "id",
            "uid",
            "status",
            *EVENT_FIELDS,
            "sequence",
            "created_at",
            "updated_at",
            "confirm_conflicts",
            "confirm_staff_clashes",
        ]
        read_only_fields = ["uid", "sequence", "created_at", "updated_at"]

    def validate(self, attrs):
        starts_at = attrs.get("starts_at", getattr(self.instance, "starts_at", None))
        ends_at = attrs.get("ends_at", getattr(self.instance, "ends_at", None))
        if starts_at and ends_at and ends_at <= starts_at:
            raise serializers.ValidationError({"ends_at": _("El fin debe ser posterior al inicio.")})
        if attrs.get("rrule"):
            try:
                attrs["rrule"] = normalise_rule(attrs["rrule"], starts_at=starts_at)
            except RecurrenceError as exc:
                raise serializers.ValidationError({"rrule": str(exc)}) from exc
        return attrs


class StaffMemberSerializer(serializers.Serializer):
    user = serializers.PrimaryKeyRelatedField(queryset=User.objects.none())
    role = serializers.ChoiceField(choices=StaffRole.choices)
    name = serializers.SerializerMethodField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        event = self.context.get("event")
        self.fields["user"].queryset = unit_staff(event)

    def get_name(self, member) -> str:
        user = member["user"] if isinstance(member, dict) else member.user
        return user.get_full_name() or user.username


class EventStaffSerializer(serializers.Serializer):
    """The act's whole staff: what is sent replaces what there was."""

    staff = StaffMemberSerializer(many=True)
    confirm_staff_clashes = serializers.BooleanField(write_only=True, required=False, default=False)


class OccurrenceSerializer(serializers.Serializer):
    event = serializers.IntegerField(source="event.pk")
    title = serializers.CharField(source="event.title")
    status = serializers.CharField(source="event.status")
    place = serializers.CharField(source="event.place")
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    original_start = serializers.DateTimeField()
    moved = serializers.BooleanField()
    key = serializers.CharField()


class StatusSerializer(serializers.Serializer):
    status = serializers.CharField()
    starts_at = serializers.DateTimeField(required=False)
    ends_at = serializers.DateTimeField(required=False)
    confirm_conflicts = serializers.BooleanField(required=False, default=False)
    confirm_staff_clashes = serializers.BooleanField(required=False, default=False)


class AttendanceRequestSerializer(serializers.ModelSerializer):
    class Meta:
        model = AttendanceRequest
        fields = [
            "id",
            *REQUEST_FIELDS,
            "status",
            "delegate",
            "delegate_role",
            "answer_note",
            "answered_at",
            "event",
            "created_at",
        ]
        read_only_fields = ["status", "delegate", "delegate_role", "answer_note", "answered_at", "event", "created_at"]

    def validate(self, attrs):
        if not attrs.get("inviting_entity") and not attrs.get("inviting_name"):
            raise serializers.ValidationError({"inviting_name": _("Indique la entidad que invita.")})
        if attrs["ends_at"] <= attrs["starts_at"]:
            raise serializers.ValidationError({"ends_at": _("El fin debe ser posterior al inicio.")})
        return attrs


class AnswerSerializer(serializers.Serializer):
    decision = serializers.ChoiceField(choices=["ACEPTADA", "DELEGADA", "DECLINADA"])
    delegate = serializers.PrimaryKeyRelatedField(queryset=Person.objects.all(), required=False, allow_null=True)
    delegate_role = serializers.CharField(required=False, allow_blank=True, default="")
    note = serializers.CharField(required=False, allow_blank=True, default="")
    confirm_conflicts = serializers.BooleanField(required=False, default=False)
