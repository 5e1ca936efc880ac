from django.urls import path

from heraldo.opinion import survey_views, views

app_name = "participa"

urlpatterns = [
    path("", views.public_form, name="form"),
    path("seguimiento/", views.public_tracking, name="tracking"),
    path("encuestas/<str:key>/", survey_views.public_survey, name="survey"),
]
