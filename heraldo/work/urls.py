from django.urls import path

from heraldo.work import views

app_name = "work"

urlpatterns = [
    path("mi-trabajo/", views.my_work, name="my_work"),
    path("mi-trabajo/recordatorios/", views.reminder_preferences, name="reminder_preferences"),
    path("mi-trabajo/calendario/", views.feed_settings, name="feed_settings"),
    path("mi-trabajo/calendario/crear/", views.feed_issue, name="feed_issue"),
    path("mi-trabajo/calendario/revocar/", views.feed_revoke, name="feed_revoke"),
    # Public: no sign-in (the feed is guarded by its secret token).
    path("mi-trabajo/ical/<str:token>.ics", views.feed, name="feed"),
    path("tareas/nueva/", views.task_create, name="task_create"),
    path("tareas/<int:task_id>/", views.task_detail, name="task_detail"),
    path("tareas/<int:task_id>/estado/", views.task_status, name="task_status"),
    path("tareas/<int:task_id>/tomar/", views.task_take, name="task_take"),
    path("tareas/<int:task_id>/comentar/", views.task_comment, name="task_comment"),
    path("tareas/<int:task_id>/pasos/", views.task_checklist_add, name="task_checklist_add"),
    path("tareas/<int:task_id>/pasos/<int:item_id>/", views.task_checklist_toggle, name="task_checklist_toggle"),
    path("tareas/<int:task_id>/archivos/", views.task_attach, name="task_attach"),
    path("encargos/", views.assignment_list, name="assignment_list"),
    path("encargos/nuevo/", views.assignment_create, name="assignment_create"),
    path("encargos/<int:assignment_id>/asignar/", views.assignment_assign, name="assignment_assign"),
    path("encargos/<int:assignment_id>/cumplido/", views.assignment_fulfil, name="assignment_fulfil"),
    path("encargos/equipo/", views.team, name="team"),
    path("encargos/calendario/", views.team_calendar, name="calendar"),
    path("encargos/dias-no-laborables/", views.non_working_days, name="non_working_days"),
]
