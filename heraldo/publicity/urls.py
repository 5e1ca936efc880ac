from django.urls import path

from heraldo.publicity import views

app_name = "publicity"

urlpatterns = [
    path("", views.process_list, name="process_list"),
    path("procesos/nuevo/", views.process_edit, name="process_create"),
    path("procesos/<int:process_id>/", views.process_edit, name="process_update"),
    path("paletas/", views.palette_list, name="palette_list"),
    path("paletas/nueva/", views.palette_edit, name="palette_create"),
    path("paletas/<int:palette_id>/", views.palette_edit, name="palette_update"),
    path("autoridades/", views.authority_list, name="authority_list"),
    path("apodos/<int:nickname_id>/quitar/", views.nickname_remove, name="nickname_remove"),
]
