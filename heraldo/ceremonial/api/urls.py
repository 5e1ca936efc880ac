from rest_framework.routers import SimpleRouter

from heraldo.ceremonial.api.views import EventViewSet

router = SimpleRouter()
router.register("actividades", EventViewSet, basename="agenda-event")

urlpatterns = [*router.urls]
