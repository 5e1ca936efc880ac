from rest_framework.routers import SimpleRouter

from heraldo.directory.api.views import (
    ArcoRequestViewSet,
    CoordinationViewSet,
    EntityViewSet,
    FollowUpTaskViewSet,
    GreetingViewSet,
    LegalBasisViewSet,
    MailingListViewSet,
    PersonViewSet,
    PositionViewSet,
    TagViewSet,
    TermViewSet,
)

router = SimpleRouter()
router.register("entidades", EntityViewSet, basename="directory-entity")
router.register("personas", PersonViewSet, basename="directory-person")
router.register("cargos", PositionViewSet, basename="directory-position")
router.register("periodos", TermViewSet, basename="directory-term")
router.register("listas", MailingListViewSet, basename="directory-mailing-list")

router.register("coordinaciones", CoordinationViewSet, basename="directory-coordination")
router.register("tareas", FollowUpTaskViewSet, basename="directory-task")
router.register("saludos", GreetingViewSet, basename="directory-greeting")
router.register("etiquetas", TagViewSet, basename="directory-tag")
router.register("bases-legales", LegalBasisViewSet, basename="directory-legal-basis")
router.register("solicitudes-arco", ArcoRequestViewSet, basename="directory-arco")

urlpatterns = [*router.urls]
