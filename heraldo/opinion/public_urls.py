from django.urls import path

from heraldo.opinion import views

app_name = "participa"

urlpatterns = [
    path("", views.public_form, name="form"),
    path("seguimiento/", views.public_tracking, name="tracking"),
]
