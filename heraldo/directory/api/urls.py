from rest_framework.routers import SimpleRouter

from heraldo.directory.api.views import (
    EntityViewSet,
    MailingListViewSet,
    PersonViewSet,
    PositionViewSet,
    TermViewSet,
)

router = SimpleRouter()
router.register("entidades", EntityViewSet, basename="directory-entity")
router.register("personas", PersonViewSet, basename="directory-person")
router.register("cargos", PositionViewSet, basename="directory-position")
router.register("periodos", TermViewSet, basename="directory-term")
router.register("listas", MailingListViewSet, basename="directory-mailing-list")

urlpatterns = [*router.urls]
