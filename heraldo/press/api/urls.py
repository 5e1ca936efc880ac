from rest_framework.routers import SimpleRouter

from heraldo.press.api.views import AssetViewSet, ReleaseViewSet

router = SimpleRouter()
router.register("notas", ReleaseViewSet, basename="press-release")
router.register("medios", AssetViewSet, basename="press-asset")

urlpatterns = [*router.urls]
