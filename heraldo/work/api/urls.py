from rest_framework.routers import SimpleRouter

from heraldo.work.api.views import AssignmentViewSet, NonWorkingDayViewSet, TaskViewSet

router = SimpleRouter()
router.register("tareas", TaskViewSet, basename="work-task")
router.register("encargos", AssignmentViewSet, basename="work-assignment")
router.register("dias-no-laborables", NonWorkingDayViewSet, basename="work-non-working-day")

urlpatterns = router.urls
