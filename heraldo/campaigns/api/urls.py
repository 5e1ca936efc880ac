from django.urls import path
from rest_framework.routers import SimpleRouter

from heraldo.campaigns.api.views import CalendarView, CampaignViewSet, PieceViewSet, RequestViewSet

router = SimpleRouter()
router.register("piezas", PieceViewSet, basename="campaigns-piece")
router.register("solicitudes", RequestViewSet, basename="campaigns-request")
# The campaigns themselves at the module's root: /api/v1/campanas/ and /api/v1/campanas/<id>/.
router.register("", CampaignViewSet, basename="campaigns-campaign")

urlpatterns = [path("calendario/", CalendarView.as_view(), name="campaigns-calendar"), *router.urls]
