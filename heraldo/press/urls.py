from django.urls import path

from heraldo.press.views import bulletins, distribution, library, manage

app_name = "press"

urlpatterns = [
    path("", manage.home, name="home"),
    path("aprobaciones/", manage.approvals, name="approvals"),
    path("notas/nueva/", manage.release_new, name="release_new"),
    path("notas/autoguardar/", manage.release_autosave_view, name="release_autosave"),
    path("notas/<int:release_id>/", manage.release_detail, name="release_detail"),
    path("notas/<int:release_id>/editar/", manage.release_edit, name="release_edit"),
    path("notas/<int:release_id>/fotos/", manage.release_photos, name="release_photos"),
    path("notas/<int:release_id>/fotos/biblioteca/", manage.release_photo_library, name="release_photo_library"),
    path("notas/<int:release_id>/fotos/datos/", manage.release_photos_describe, name="release_photos_describe"),
    path(
        "notas/<int:release_id>/fotos/<int:photo_id>/quitar/",
        manage.release_photo_remove_view,
        name="release_photo_remove",
    ),
    path("notas/<int:release_id>/adjuntos/", manage.release_attachment_add_view, name="release_attachment_add"),
    path(
        "notas/<int:release_id>/adjuntos/<int:attachment_id>/",
        manage.attachment_download,
        name="release_attachment_download",
    ),
    path(
        "notas/<int:release_id>/adjuntos/<int:attachment_id>/quitar/",
        manage.release_attachment_remove_view,
        name="release_attachment_remove",
    ),
    path("notas/<int:release_id>/flujo/<slug:name>/", manage.release_transition_view, name="release_transition"),
    path(
        "notas/<int:release_id>/publicidad/excepcion/",
        manage.release_publicity_override_view,
        name="release_publicity_override",
    ),
    path("notas/<int:release_id>/versiones/", manage.release_revisions, name="release_revisions"),
    path("notas/<int:release_id>/gobpe/", manage.release_gobpe, name="release_gobpe"),
    path("notas/<int:release_id>/medios/", distribution.release_distribution, name="release_distribution"),
    path("notas/<int:release_id>/medios/enviar/", distribution.release_distribute_view, name="release_distribute"),
    path("notas/<int:release_id>/redes/", distribution.release_social, name="release_social"),
    path(
        "notas/<int:release_id>/redes/paquete.zip", distribution.release_social_package, name="release_social_package"
    ),
    path("biblioteca/", library.library, name="library"),
    path("biblioteca/<int:asset_id>/", library.asset_detail, name="asset_detail"),
    path("marca/", library.brand_kit, name="brand_kit"),
    path("marca/plantillas/", library.brand_template_add_view, name="brand_template_add"),
    path("marca/plantillas/<int:template_id>/", library.brand_template_download, name="brand_template"),
    path(
        "marca/plantillas/<int:template_id>/quitar/", library.brand_template_remove_view, name="brand_template_remove"
    ),
    path("boletines/", bulletins.bulletin_list, name="bulletins"),
    path("boletines/nuevo/", bulletins.bulletin_new, name="bulletin_new"),
    path("boletines/<int:bulletin_id>/", bulletins.bulletin_detail, name="bulletin_detail"),
    path("boletines/<int:bulletin_id>/editar/", bulletins.bulletin_edit, name="bulletin_edit"),
    path("boletines/<int:bulletin_id>/enviar/", bulletins.bulletin_send_view, name="bulletin_send"),
    path("boletines/<int:bulletin_id>/pdf/", bulletins.bulletin_pdf_staff, name="bulletin_pdf"),
    path("boletines/<int:bulletin_id>/accion/<slug:name>/", bulletins.bulletin_action, name="bulletin_action"),
    path("medios/<int:asset_id>/<slug:size>/", manage.asset_file, name="asset_file"),
]
