from django.urls import path

from heraldo.ceremonial.views import calendar, events, feeds, public, requests

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
    path("invitaciones/", requests.request_list, name="requests"),
    path("invitaciones/nueva/", requests.request_create, name="request_create"),
    path("invitaciones/<int:pk>/", requests.request_detail, name="request_detail"),
    path("suscripcion/", feeds.feeds_page, name="feeds"),
    path("suscripcion/crear/", feeds.feed_issue, name="feed_issue"),
    path("suscripcion/revocar/", feeds.feed_revoke, name="feed_revoke"),
    # Public: no sign-in (the private feed is guarded by its secret token).
    path("ical/privado/<str:token>.ics", feeds.feed_private, name="feed_private"),
    path("ical/agenda-oficial.ics", feeds.feed_public, name="feed_public"),
    path("publica/", public.public_agenda, name="public_agenda"),
]
