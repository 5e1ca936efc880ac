from rest_framework import serializers

from heraldo.core.models import AuditEntry, Job, Notification, User


class MeSerializer(serializers.ModelSerializer):
    roles = serializers.SerializerMethodField()
    full_name = serializers.CharField(source="get_full_name", read_only=True)

    class Meta:
        model = User
        fields = ["id", "username", "full_name", "email", "language", "job_title", "roles"]
        read_only_fields = ["id", "username", "full_name", "email", "job_title", "roles"]

    def get_roles(self, user: User) -> list[str]:
        return sorted(group.name for group in user.groups.all())


class AuditEntrySerializer(serializers.ModelSerializer):
    sentence = serializers.CharField(read_only=True)

    class Meta:
        model = AuditEntry
        fields = [
            "id",
            "created_at",
            "actor_label",
            "action",
            "target_type",
            "target_id",
            "target_label",
            "changes",
            "sentence",
        ]


class JobSerializer(serializers.ModelSerializer):
    class Meta:
        model = Job
        fields = [
            "id",
            "name",
            "status",
            "attempts",
            "max_attempts",
            "progress",
            "created_at",
            "started_at",
            "heartbeat_at",
            "finished_at",
            "last_error",
        ]


class NotificationSerializer(serializers.ModelSerializer):
    title = serializers.CharField(source="shown_title", read_only=True)
    body = serializers.CharField(source="shown_body", read_only=True)
    asks_action = serializers.BooleanField(read_only=True)
    needs_attention = serializers.BooleanField(read_only=True)
    resolution = serializers.CharField(source="shown_resolution", read_only=True)
    resolved_by = serializers.StringRelatedField(read_only=True)

    class Meta:
        model = Notification
        fields = [
            "id",
            "title",
            "body",
            "url",
            "level",
            "created_at",
            "read_at",
            "asks_action",
            "needs_attention",
            "resolved_at",
            "resolved_by",
            "resolution",
        ]
        read_only_fields = ["id", "title", "body", "url", "level", "created_at", "resolved_at"]
