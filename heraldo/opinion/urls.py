from django.urls import path

from heraldo.opinion import views

app_name = "opinion"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("senales/", views.signals, name="signals"),
    path("asuntos/<int:issue_id>/", views.issue_detail, name="issue_detail"),
    path("mensajes/", views.message_list, name="messages"),
    path("mensajes/<int:message_id>/", views.message_detail, name="message_detail"),
    path("mensajes/<int:message_id>/archivar/", views.message_archive, name="message_archive"),
    path("sectores/", views.sector_list, name="sectors"),
    path("sectores/nuevo/", views.sector_edit, name="sector_create"),
    path("sectores/<int:sector_id>/", views.sector_edit, name="sector_edit"),
]
