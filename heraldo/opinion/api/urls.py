from django.urls import path
from rest_framework.routers import SimpleRouter

from heraldo.opinion.api.views import (
    IssueViewSet,
    SectorViewSet,
    SemaforoView,
    SignalViewSet,
    SurveyResponsesView,
    SurveyViewSet,
)

router = SimpleRouter()
router.register("sectores", SectorViewSet, basename="opinion-sector")
router.register("senales", SignalViewSet, basename="opinion-signal")
router.register("asuntos", IssueViewSet, basename="opinion-issue")
router.register("encuestas", SurveyViewSet, basename="opinion-survey")

urlpatterns = [
    path("semaforo/", SemaforoView.as_view(), name="opinion-semaforo"),
    path("encuestas/<int:survey_id>/respuestas/", SurveyResponsesView.as_view(), name="opinion-survey-responses"),
    *router.urls,
]
