from rest_framework.routers import SimpleRouter

from heraldo.ceremonial.api.views import AttendanceRequestViewSet, CeremonyViewSet, EventViewSet

router = SimpleRouter()
router.register("actividades", EventViewSet, basename="agenda-event")
router.register("ceremonias", CeremonyViewSet, basename="agenda-ceremony")
router.register("invitaciones", AttendanceRequestViewSet, basename="agenda-request")

urlpatterns = [*router.urls]
