from django.urls import path

from heraldo.ceremonial.views import calendar, ceremony, events, feeds, protocol, public, requests, script

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
    path("actividades/<int:pk>/programa/", ceremony.programme_view, name="programme"),
    path("actividades/<int:pk>/programa/plantilla/", ceremony.programme_template_view, name="programme_template"),
    path("actividades/<int:pk>/programa/orden/", ceremony.programme_reorder_view, name="programme_reorder"),
    path(
        "actividades/<int:pk>/programa/<int:item_id>/<str:direction>/",
        ceremony.programme_move_view,
        name="programme_move",
    ),
    path("actividades/<int:pk>/programa/<int:item_id>/", ceremony.programme_item_view, name="programme_item"),
    path("actividades/<int:pk>/invitados/", ceremony.guests_view, name="guests"),
    path("actividades/<int:pk>/invitados/anadir/", ceremony.guests_add_view, name="guests_add"),
    path("actividades/<int:pk>/invitados/invitar/", ceremony.guests_invite_view, name="guests_invite"),
    path("actividades/<int:pk>/invitados/recordar/", ceremony.guests_remind_view, name="guests_remind"),
    path("actividades/<int:pk>/invitados/<int:guest_id>/", ceremony.guest_view, name="guest"),
    path("actividades/<int:pk>/ingreso/", ceremony.checkin_view, name="checkin"),
    path("actividades/<int:pk>/precedencia/", protocol.precedence_view, name="precedence"),
    path("actividades/<int:pk>/precedencia/tarjetas.pdf", protocol.place_cards_pdf, name="place_cards"),
    path("actividades/<int:pk>/precedencia/plano.pdf", protocol.seating_pdf, name="seating"),
    path("actividades/<int:pk>/guion/", script.script_view, name="script"),
    path("actividades/<int:pk>/guion/generar/", script.script_generate_view, name="script_generate"),
    path("actividades/<int:pk>/guion/guion.pdf", script.script_pdf, name="script_pdf"),
    path("actividades/<int:pk>/guion/guion.docx", script.script_docx, name="script_docx"),
    path("precedencia/", protocol.precedence_table_view, name="precedence_table"),
    path("precedencia/nuevo/", protocol.precedence_row_new_view, name="precedence_row_new"),
    path("precedencia/<int:row_id>/version/", protocol.precedence_row_new_view, name="precedence_row_version"),
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
    path("rsvp/<str:token>/", ceremony.rsvp_view, name="rsvp"),
]
