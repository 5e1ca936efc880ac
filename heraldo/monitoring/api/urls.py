from rest_framework.routers import SimpleRouter

from heraldo.monitoring.api.views import (
    AlertRuleViewSet,
    AlertViewSet,
    ClippingViewSet,
    DailySummaryViewSet,
    DossierViewSet,
    MentionViewSet,
    SourceViewSet,
    WatchTermViewSet,
)

router = SimpleRouter()
router.register("fuentes", SourceViewSet, basename="monitoring-source")
router.register("recortes", ClippingViewSet, basename="monitoring-clipping")
router.register("terminos", WatchTermViewSet, basename="monitoring-term")
router.register("menciones", MentionViewSet, basename="monitoring-mention")
router.register("alertas", AlertViewSet, basename="monitoring-alert")
router.register("reglas-alerta", AlertRuleViewSet, basename="monitoring-alert-rule")
router.register("sintesis", DailySummaryViewSet, basename="monitoring-summary")
router.register("dosieres", DossierViewSet, basename="monitoring-dossier")

urlpatterns = [*router.urls]
