"""The press module's audit sentences (each change a service makes is recorded with one of these codes)."""

from django.utils.translation import gettext_lazy as _

from heraldo.core.audit import register_actions

register_actions(
    {
        "press.release.created": _("%(actor)s creó la nota de prensa «%(target)s»"),
        "press.release.updated": _("%(actor)s modificó la nota de prensa «%(target)s»"),
        "press.release.autosaved": _("%(actor)s editó la nota de prensa «%(target)s» (guardado automático)"),
        "press.release.submitted": _("%(actor)s envió a revisión la nota «%(target)s»"),
        "press.release.returned": _("%(actor)s devolvió con observaciones la nota «%(target)s»"),
        "press.release.approved": _("%(actor)s aprobó la nota «%(target)s»"),
        "press.release.mayor_approved": _("%(actor)s dio la aprobación de Alcaldía a la nota «%(target)s»"),
        "press.release.scheduled": _("%(actor)s programó la publicación de la nota «%(target)s»"),
        "press.release.unscheduled": _("%(actor)s canceló la programación de la nota «%(target)s»"),
        "press.release.published": _("%(actor)s publicó la nota «%(target)s»"),
        "press.release.held": _("La publicación de la nota «%(target)s» quedó retenida por una verificación"),
        "press.release.publicity_overridden": _(
            "%(actor)s autorizó una excepción a las normas de publicidad estatal para la nota «%(target)s»"
        ),
        "press.release.withdrawn": _("%(actor)s retiró de la sala de prensa la nota «%(target)s»"),
        "press.release.reopened": _("%(actor)s devolvió a borrador la nota «%(target)s»"),
        "press.release.photo_added": _("%(actor)s agregó una foto a la nota «%(target)s»"),
        "press.release.photo_updated": _("%(actor)s modificó los datos de una foto de la nota «%(target)s»"),
        "press.release.photo_removed": _("%(actor)s quitó una foto de la nota «%(target)s»"),
        "press.release.attachment_added": _("%(actor)s adjuntó un archivo a la nota «%(target)s»"),
        "press.release.attachment_removed": _("%(actor)s quitó un adjunto de la nota «%(target)s»"),
        "press.release.distributed": _("%(actor)s envió la nota «%(target)s» a los medios"),
        "press.asset.uploaded": _("%(actor)s subió «%(target)s» a la biblioteca de medios"),
        "press.asset.updated": _("%(actor)s modificó los datos de «%(target)s» en la biblioteca de medios"),
        "press.asset.location_stripped": _("Se borró la ubicación GPS de la foto «%(target)s» al publicarla"),
        "press.brand.versioned": _("%(actor)s publicó una nueva versión del manual de marca (%(target)s)"),
        "press.brand.template_added": _("%(actor)s agregó la plantilla aprobada «%(target)s»"),
        "press.brand.template_removed": _("%(actor)s quitó la plantilla aprobada «%(target)s»"),
        "press.social.updated": _("%(actor)s preparó los textos para redes de la nota «%(target)s»"),
        "press.media_contact.unsubscribed": _("%(target)s dejó de recibir notas de prensa"),
        "press.bulletin.created": _("%(actor)s creó el boletín «%(target)s»"),
        "press.bulletin.updated": _("%(actor)s modificó el boletín «%(target)s»"),
        "press.bulletin.rendered": _("%(actor)s generó el PDF del boletín «%(target)s»"),
        "press.bulletin.sent": _("%(actor)s envió el boletín «%(target)s» a los suscriptores"),
        "press.subscriber.confirmed": _("%(target)s confirmó su suscripción al boletín"),
        "press.subscriber.unsubscribed": _("%(target)s se dio de baja del boletín"),
    }
)
