from rest_framework.routers import SimpleRouter

from heraldo.press.api.views import AssetViewSet, BulletinViewSet, ReleaseViewSet

router = SimpleRouter()
router.register("notas", ReleaseViewSet, basename="press-release")
router.register("medios", AssetViewSet, basename="press-asset")
router.register("boletines", BulletinViewSet, basename="press-bulletin")

urlpatterns = [*router.urls]
