from rest_framework.routers import SimpleRouter

from heraldo.monitoring.api.views import ClippingViewSet, SourceViewSet, WatchTermViewSet

router = SimpleRouter()
router.register("fuentes", SourceViewSet, basename="monitoring-source")
router.register("recortes", ClippingViewSet, basename="monitoring-clipping")
router.register("terminos", WatchTermViewSet, basename="monitoring-term")

urlpatterns = [*router.urls]
