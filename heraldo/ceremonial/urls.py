from django.urls import path

from heraldo.ceremonial.views import calendar, events

app_name = "ceremonial"

urlpatterns = [
    path("", calendar.month, name="home"),
    path("semana/", calendar.week, name="week"),
    path("dia/", calendar.day_view, name="day"),
    path("lista/", calendar.agenda_list, name="list"),
    path("actividades/nueva/", events.event_create_view, name="event_create"),
    path("actividades/<int:pk>/", events.event_detail_view, name="event_detail"),
    path("actividades/<int:pk>/editar/", events.event_edit_view, name="event_edit"),
    path("actividades/<int:pk>/estado/", events.event_status_view, name="event_status"),
    path("actividades/<int:pk>/fechas/<str:key>/", events.occurrence_view, name="occurrence"),
]
