from django.urls import path

from heraldo.campaigns import views

app_name = "campaigns"

urlpatterns = [
    path("", views.home, name="home"),
    path("solicitudes/", views.request_list, name="request_list"),
    path("solicitudes/nueva/", views.request_create, name="request_create"),
    path("solicitudes/autoguardar/", views.request_autosave, name="request_autosave"),
    path("solicitudes/<int:request_id>/", views.request_detail, name="request_detail"),
    path("solicitudes/<int:request_id>/editar/", views.request_edit, name="request_edit"),
    path("solicitudes/<int:request_id>/enviar/", views.request_submit, name="request_submit"),
    path("solicitudes/<int:request_id>/comentar/", views.request_comment, name="request_comment"),
    path("solicitudes/<int:request_id>/adjuntar/", views.request_attach, name="request_attach"),
    path("solicitudes/<int:request_id>/aceptar/", views.request_accept, name="request_accept"),
    path("solicitudes/<int:request_id>/responder/", views.request_answer, name="request_answer"),
    path("nueva/", views.campaign_create, name="campaign_create"),
    path("<int:campaign_id>/", views.campaign_detail, name="campaign_detail"),
    path("<int:campaign_id>/editar/", views.campaign_edit, name="campaign_edit"),
    path("<int:campaign_id>/tablero/", views.campaign_board, name="campaign_board"),
    path("<int:campaign_id>/cronograma/", views.campaign_timeline, name="campaign_timeline"),
    path("<int:campaign_id>/estado/", views.campaign_status, name="campaign_status"),
    path("<int:campaign_id>/informe.pdf", views.campaign_report, name="campaign_report"),
    path("<int:campaign_id>/indicadores/", views.kpi_add, name="kpi_add"),
    path("<int:campaign_id>/indicadores/<int:kpi_id>/", views.kpi_record, name="kpi_record"),
    path("<int:campaign_id>/medios/nuevo/", views.media_add, name="media_add"),
    path("<int:campaign_id>/medios/<int:entry_id>/resultados/", views.media_results, name="media_results"),
    path("<int:campaign_id>/acciones/nueva/", views.action_add, name="action_add"),
    path("<int:campaign_id>/piezas/nueva/", views.piece_create, name="piece_create"),
    path("piezas/<int:piece_id>/", views.piece_detail, name="piece_detail"),
    path("piezas/<int:piece_id>/editar/", views.piece_edit, name="piece_edit"),
    path("piezas/<int:piece_id>/version/", views.piece_version, name="piece_version"),
    path("piezas/<int:piece_id>/comentar/", views.piece_comment, name="piece_comment"),
    path("piezas/<int:piece_id>/manual-de-marca/", views.piece_brand, name="piece_brand"),
    path("piezas/<int:piece_id>/aprobar/", views.piece_approve, name="piece_approve"),
    path("planes/", views.plan_list, name="plan_list"),
    path("planes/nuevo/", views.plan_create, name="plan_create"),
    path("planes/<int:plan_id>/", views.plan_detail, name="plan_detail"),
    path("planes/<int:plan_id>/editar/", views.plan_edit, name="plan_edit"),
    path("planes/<int:plan_id>/lineas/nueva/", views.plan_line_add, name="plan_line_add"),
    path("planes/<int:plan_id>/aprobar/", views.plan_approve, name="plan_approve"),
]
