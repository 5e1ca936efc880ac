from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from heraldo.core.roles import UNIT_ROLES
from heraldo.work.models import Assignment, NonWorkingDay, Task
from heraldo.work.selectors import office_staff_people
from heraldo.work.services.assignments import ASSIGNMENT_FIELDS
from heraldo.work.services.tasks import TASK_FIELDS


class TaskSerializer(serializers.ModelSerializer):
    owner = serializers.PrimaryKeyRelatedField(queryset=office_staff_people(), required=False, allow_null=True)
    collaborators = serializers.PrimaryKeyRelatedField(queryset=office_staff_people(), many=True, required=False)
    queue_role = serializers.ChoiceField(choices=[("", "—"), *[(r, r) for r in UNIT_ROLES]], required=False)
    subject = serializers.SerializerMethodField()
    confirm_non_working_day = serializers.BooleanField(write_only=True, required=False, default=False)

    class Meta:
        model = Task
        fields = [
            "id",
            *TASK_FIELDS,
            "collaborators",
            "origin",
            "status",
            "subject",
            "completed_at",
            "created_at",
            "confirm_non_working_day",
        ]
        read_only_fields = ["origin", "status", "completed_at", "created_at"]

    def get_subject(self, task: Task) -> dict | None:
        if task.subject_type_id is None:
            return None
        return {
            "type": task.subject_type.model if task.subject_type else "",
            "id": task.subject_id,
            "url": task.subject_url,
        }


class TaskStatusSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=Task.Status.choices)


class AssignmentSerializer(serializers.ModelSerializer):
    subject = serializers.CharField(source="task.title", max_length=200)
    description = serializers.CharField(source="task.description", required=False, allow_blank=True)
    owner = serializers.PrimaryKeyRelatedField(
        source="task.owner", queryset=office_staff_people(), required=False, allow_null=True
    )
    due_on = serializers.DateField(
        source="task.due_on",
        required=False,
        help_text="Solo si el documento fija una fecha; si no, se cuenta term_working_days en días hábiles.",
    )
    status = serializers.CharField(source="task.status", read_only=True)
    task = serializers.IntegerField(source="task.pk", read_only=True)

    class Meta:
        model = Assignment
        fields = [
            "id",
            *ASSIGNMENT_FIELDS,
            "subject",
            "description",
            "owner",
            "due_on",
            "status",
            "task",
            "reply_number",
            "reply_on",
        ]
        read_only_fields = ["reply_number", "reply_on", "scan"]

    def validate_term_working_days(self, days: int) -> int:
        if days < 1:
            raise serializers.ValidationError(_("El plazo es de al menos un día hábil."))
        return days


class FulfilSerializer(serializers.Serializer):
    reply_number = serializers.CharField(max_length=120)
    reply_on = serializers.DateField()


class NonWorkingDaySerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="display_name", read_only=True)
    reason = serializers.CharField(source="name", write_only=True, max_length=150)
    # Read: every kind, national holidays included. Written: only the office's own (decreed or local) days.
    kind = serializers.ChoiceField(choices=NonWorkingDay.Kind.choices)

    class Meta:
        model = NonWorkingDay
        fields = ["id", "day", "kind", "name", "reason", "legal_basis"]

    def validate_kind(self, value: str) -> str:
        if value == NonWorkingDay.Kind.NATIONAL:
            raise serializers.ValidationError(
                _("Los feriados nacionales ya están en el calendario: registre un día por decreto o local.")
            )
        return value
