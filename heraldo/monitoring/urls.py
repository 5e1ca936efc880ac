from django.urls import path

from heraldo.monitoring.views import alerts, clippings, dossiers, searches, sources, summary, watch

app_name = "monitoring"

urlpatterns = [
    path("", sources.home, name="home"),
    path("fuentes/", sources.source_list, name="source_list"),
    path("fuentes/nueva/", sources.source_add, name="source_add"),
    path("fuentes/<int:source_id>/", sources.source_detail, name="source_detail"),
    path("fuentes/<int:source_id>/editar/", sources.source_edit, name="source_edit"),
    path("fuentes/<int:source_id>/consultar/", sources.source_poll, name="source_poll"),
    path("recortes/", clippings.clipping_list, name="clipping_list"),
    path("recortes/nuevo/", clippings.clipping_add, name="clipping_add"),
    path("recortes/<int:clipping_id>/", clippings.clipping_detail, name="clipping_detail"),
    path("recortes/<int:clipping_id>/tono/", clippings.clipping_tone, name="clipping_tone"),
    path("recortes/<int:clipping_id>/temas/", clippings.clipping_topics, name="clipping_topics"),
    path("recortes/<int:clipping_id>/leer-escaneo/", clippings.clipping_read_scan_again, name="clipping_read_scan"),
    path("busquedas/guardar/", searches.saved_search_add, name="saved_search_add"),
    path("busquedas/<int:saved_search_id>/borrar/", searches.saved_search_delete_view, name="saved_search_delete"),
    path("dosieres/", dossiers.dossier_list, name="dossier_list"),
    path("dosieres/agregar/", dossiers.dossier_add, name="dossier_add"),
    path("dosieres/<int:dossier_id>/", dossiers.dossier_detail, name="dossier_detail"),
    path("dosieres/<int:dossier_id>/pdf/", dossiers.dossier_pdf, name="dossier_pdf"),
    path("dosieres/<int:dossier_id>/quitar/<int:clipping_id>/", dossiers.dossier_remove, name="dossier_remove"),
    path("vigilancia/", watch.watch_list, name="watch_list"),
    path("vigilancia/terminos/nuevo/", watch.watch_term_add, name="watch_term_add"),
    path("vigilancia/temas/nuevo/", watch.topic_add, name="topic_add"),
    path("vigilancia/temas/<int:topic_id>/", watch.topic_edit, name="topic_edit"),
    path("vigilancia/terminos/<int:term_id>/activar/", watch.watch_term_toggle, name="watch_term_toggle"),
    path("vigilancia/terminos/<int:term_id>/vincular/", watch.watch_term_link, name="watch_term_link"),
    path("vigilancia/terminos/<int:term_id>/desvincular/", watch.watch_term_unlink, name="watch_term_unlink"),
    path("vigilancia/registro/", watch.watch_sync, name="watch_sync"),
    path("alertas/", alerts.alert_list, name="alert_list"),
    path("alertas/vistas/", alerts.alerts_seen, name="alerts_seen"),
    path("alertas/reglas/nueva/", alerts.rule_add, name="rule_add"),
    path("alertas/preferencias/", alerts.alert_preferences, name="alert_preferences"),
    path("alertas/reglas/<int:rule_id>/", alerts.rule_edit, name="rule_edit"),
    path("sintesis/", summary.summary_list, name="summary_list"),
    path("sintesis/<str:day>/", summary.summary_detail, name="summary_detail"),
    path("sintesis/<str:day>/pdf/", summary.summary_pdf, name="summary_pdf"),
    path("sintesis/<str:day>/enviar/", summary.summary_send_view, name="summary_send"),
]
