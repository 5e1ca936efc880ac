"""Every module's API lives under /api/v1/ through this router."""

from django.urls import include, path
from rest_framework.routers import DefaultRouter

from heraldo.core.api.views import AuditEntryViewSet, JobViewSet, MeView, NotificationViewSet, TokenView

router = DefaultRouter()
router.register("audit", AuditEntryViewSet, basename="audit")
router.register("jobs", JobViewSet, basename="job")
router.register("notifications", NotificationViewSet, basename="notification")

urlpatterns = [
    path("me/", MeView.as_view(), name="api_me"),
    path("token/", TokenView.as_view(), name="api_token"),
    *router.urls,
    path("trabajo/", include("heraldo.work.api.urls")),
    path("registro/", include("heraldo.directory.api.urls")),
    path("agenda/", include("heraldo.ceremonial.api.urls")),
    path("prensa/", include("heraldo.press.api.urls")),
    path("monitoreo/", include("heraldo.monitoring.api.urls")),
    path("campanas/", include("heraldo.campaigns.api.urls")),
    path("opinion/", include("heraldo.opinion.api.urls")),
]
