from django.urls import path

from heraldo.opinion import survey_views, views

app_name = "opinion"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("mapa/", views.sector_map, name="map"),
    path("senales/", views.signals, name="signals"),
    path("asuntos/<int:issue_id>/", views.issue_detail, name="issue_detail"),
    path("asuntos/<int:issue_id>/recomendacion.pdf", views.recommendation_pdf, name="recommendation_pdf"),
    path("asuntos/<int:issue_id>/decidir/", views.recommendation_decide, name="recommendation_decide"),
    path("asuntos/<int:issue_id>/recomendacion/", views.recommendation_rewrite, name="recommendation_rewrite"),
    path("mensajes/", views.message_list, name="messages"),
    path("mensajes/<int:message_id>/", views.message_detail, name="message_detail"),
    path("mensajes/<int:message_id>/archivar/", views.message_archive, name="message_archive"),
    path("sectores/", views.sector_list, name="sectors"),
    path("sectores/nuevo/", views.sector_edit, name="sector_create"),
    path("sectores/<int:sector_id>/", views.sector_edit, name="sector_edit"),
    path("importar/", views.import_start, name="import"),
    path("importar/<int:import_id>/", views.import_detail, name="import_detail"),
    path("encuestas/", survey_views.survey_list, name="surveys"),
    path("encuestas/sw.js", survey_views.field_service_worker, name="field_service_worker"),
    path("encuestas/nueva/", survey_views.survey_edit, name="survey_create"),
    path("encuestas/<int:survey_id>/", survey_views.survey_detail, name="survey_detail"),
    path("encuestas/<int:survey_id>/editar/", survey_views.survey_edit, name="survey_edit"),
    path("encuestas/<int:survey_id>/estado/", survey_views.survey_status, name="survey_status"),
    path("encuestas/<int:survey_id>/preguntas/nueva/", survey_views.question_edit, name="question_create"),
    path("encuestas/<int:survey_id>/preguntas/<int:question_id>/", survey_views.question_edit, name="question_edit"),
    path("encuestas/<int:survey_id>/resultados/", survey_views.survey_results, name="survey_results"),
    path("encuestas/<int:survey_id>/exportar.<str:fmt>", survey_views.survey_export, name="survey_export"),
    path("encuestas/<int:survey_id>/campo/", survey_views.survey_field, name="survey_field"),
    path("encuestas/<int:survey_id>/campo/manifest.webmanifest", survey_views.survey_manifest, name="survey_manifest"),
]
