from django.urls import path

from heraldo.reports import views

app_name = "reports"

urlpatterns = [
    path("", views.report_list, name="report_list"),
    path("compilar/", views.report_compile, name="report_compile"),
    path("<int:report_id>/", views.report_detail, name="report_detail"),
    path("<int:report_id>/recompilar/", views.report_recompile, name="report_recompile"),
    path("<int:report_id>/redaccion/", views.report_narratives, name="report_narratives"),
    path("<int:report_id>/comentar/", views.report_comment, name="report_comment"),
    path("<int:report_id>/aprobar/", views.report_approve, name="report_approve"),
    path("<int:report_id>/enviar/", views.report_send, name="report_send"),
    path("<int:report_id>/informe.pdf", views.report_pdf, name="report_pdf"),
    path("<int:report_id>/informe.docx", views.report_docx, name="report_docx"),
    path("<int:report_id>/tablas/<slug:section_key>/<slug:table_key>/", views.report_table, name="report_table"),
    path("<int:report_id>/versiones/<int:number>.pdf", views.sent_version_pdf, name="sent_version_pdf"),
    path("<int:report_id>/versiones/<int:number>.docx", views.sent_version_docx, name="sent_version_docx"),
    path("poi/", views.poi_list, name="poi_list"),
    path("poi/nueva/", views.poi_edit, name="poi_create"),
    path("poi/<int:activity_id>/", views.poi_edit, name="poi_edit"),
    path("poi/<int:activity_id>/avance/", views.poi_actuals, name="poi_actuals"),
    path("poi/<int:activity_id>/eliminar/", views.poi_delete, name="poi_delete"),
    path("plantilla/", views.word_template, name="word_template"),
    path("plantilla/actual.docx", views.word_template_download, name="word_template_download"),
]
