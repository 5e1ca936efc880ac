from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.generics import RetrieveUpdateAPIView
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from heraldo.core.api.permissions import capability_permission
from heraldo.core.api.serializers import (
    AuditEntrySerializer,
    JobSerializer,
    MeSerializer,
    NotificationSerializer,
)
from heraldo.core.models import AuditEntry, Job, Notification
from heraldo.core.notifications import notification_mark_read
from heraldo.core.services.api_tokens import api_token_expires_at, api_token_issue
from heraldo.core.services.users import user_set_language


class MeView(RetrieveUpdateAPIView):
    """The signed-in user; only the language can be changed."""

    serializer_class = MeSerializer
    http_method_names = ["get", "patch", "head", "options"]

    def get_object(self):
        return self.request.user

    def perform_update(self, serializer):
        language = serializer.validated_data.get("language", self.request.user.language)
        user_set_language(user=self.request.user, language=language)


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField(read_only=True)
    expires_at = serializers.DateTimeField(read_only=True)


class TokenView(APIView):
    """Issue (or rotate) the personal API token of the signed-in user; it works until `expires_at`."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses=TokenSerializer)
    def post(self, request):
        token = api_token_issue(user=request.user)
        data = {"token": token.key, "expires_at": api_token_expires_at(token)}
        return Response(TokenSerializer(data).data, status=201)


class AuditEntryViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = AuditEntrySerializer
    permission_classes = [capability_permission("view_audit_log")]
    queryset = AuditEntry.objects.all()


class JobViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = JobSerializer
    permission_classes = [capability_permission("view_jobs")]
    queryset = Job.objects.defer("kwargs")


class NotificationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = NotificationSerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Notification.objects.none()
        return self.request.user.notifications.select_related("resolved_by")

    @extend_schema(request=None, responses=NotificationSerializer)
    @action(detail=True, methods=["post"], url_path="read")
    def mark_read(self, request, pk=None):
        notification = notification_mark_read(self.get_object())
        return Response(self.get_serializer(notification).data)
