from django.utils.translation import gettext_lazy as _

from heraldo.core.audit import register_actions, register_change_labels

register_actions(
    {
        "monitoring.source.created": _("%(actor)s agregó la fuente %(target)s"),
        "monitoring.source.updated": _("%(actor)s modificó la fuente %(target)s"),
        "monitoring.source.polled": _("%(actor)s pidió consultar ahora la fuente %(target)s"),
        "monitoring.mail.refused_no_verdict": _(
            "Se rechazó un correo a nombre de %(target)s: el servidor de correo no dejó su verificación del remitente"
        ),
        "monitoring.mail.refused_dmarc_failed": _(
            "Se rechazó un correo a nombre de %(target)s: DMARC falló (posible suplantación)"
        ),
        "monitoring.mail.refused_not_authenticated": _(
            "Se rechazó un correo a nombre de %(target)s: ni DMARC, ni DKIM, ni SPF aprobaron al remitente"
        ),
        "monitoring.mail.refused_several_senders": _(
            "Se rechazó un correo a nombre de %(target)s: trae más de un remitente"
        ),
        "monitoring.clipping.created": _("%(actor)s registró el recorte %(target)s"),
        "monitoring.clipping.completion_retried": _("%(actor)s pidió leer ahora la página del recorte %(target)s"),
        "monitoring.clipping.scan_requeued": _("%(actor)s pidió volver a leer el escaneo del recorte %(target)s"),
        "monitoring.clipping.tone_corrected": _("%(actor)s corrigió el tono del recorte %(target)s"),
        "monitoring.term.created": _("%(actor)s agregó el término vigilado %(target)s"),
        "monitoring.term.updated": _("%(actor)s modificó el término vigilado %(target)s"),
        "monitoring.authority.added": _("%(actor)s agregó a %(target)s a las autoridades vigiladas"),
        "monitoring.term.linked": _("%(actor)s vinculó el alias %(target)s a una persona"),
        "monitoring.term.unlinked": _("%(actor)s desvinculó el alias %(target)s de su persona"),
        "monitoring.topic.updated": _("%(actor)s modificó el tema %(target)s y sus palabras clave"),
        "monitoring.clipping.topics_corrected": _("%(actor)s corrigió los temas del recorte %(target)s"),
        "monitoring.watchlist.synced": _("%(actor)s actualizó la lista de vigilancia desde el Registro"),
        "monitoring.topic.created": _("%(actor)s agregó el tema %(target)s"),
        "monitoring.rule.created": _("%(actor)s creó la regla de alerta %(target)s"),
        "monitoring.rule.updated": _("%(actor)s modificó la regla de alerta %(target)s"),
        "monitoring.alerts.seen": _("%(actor)s marcó alertas de prensa como vistas"),
        "monitoring.alert_preference.updated": _("%(actor)s cambió cómo recibe las alertas de prensa"),
        "monitoring.summary.updated": _("%(actor)s editó la síntesis informativa del %(target)s"),
        "monitoring.summary.sent": _("%(actor)s envió la síntesis informativa del %(target)s"),
        "monitoring.saved_search.created": _("%(actor)s guardó la búsqueda %(target)s"),
        "monitoring.saved_search.deleted": _("%(actor)s borró la búsqueda guardada %(target)s"),
        "monitoring.dossier.created": _("%(actor)s creó el dosier %(target)s"),
        "monitoring.dossier.clippings_added": _("%(actor)s agregó recortes al dosier %(target)s"),
        "monitoring.dossier.clipping_removed": _("%(actor)s quitó un recorte del dosier %(target)s"),
        "monitoring.dossier.exported": _("%(actor)s exportó el dosier %(target)s en PDF"),
    }
)
register_change_labels(
    {
        "keywords": _("palabras clave"),
        "person": _("persona"),
        "topics": _("temas"),
        "authentication_results": _("verificación del servidor de correo"),
        "message_id": _("identificador del mensaje"),
    }
)
