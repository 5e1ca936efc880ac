"""The agenda's audit sentences, registered once at start-up."""

from django.utils.translation import gettext_lazy as _

from heraldo.core.audit import register_actions, register_change_labels

register_actions(
    {
        "ceremonial.event.created": _("%(actor)s registró la actividad %(target)s"),
        "ceremonial.event.updated": _("%(actor)s modificó la actividad %(target)s"),
        "ceremonial.event.status_changed": _("%(actor)s cambió el estado de la actividad %(target)s"),
        "ceremonial.occurrence.cancelled": _("%(actor)s suspendió una fecha de %(target)s"),
        "ceremonial.occurrence.moved": _("%(actor)s cambió una fecha de %(target)s"),
        "ceremonial.occurrence.restored": _("%(actor)s restituyó una fecha de %(target)s"),
        "ceremonial.request.registered": _("%(actor)s registró la invitación recibida %(target)s"),
        "ceremonial.request.answered": _("%(actor)s respondió la invitación %(target)s"),
        "ceremonial.programme.templated": _("%(actor)s armó el programa de %(target)s desde la plantilla"),
        "ceremonial.programme.item_added": _("%(actor)s añadió un momento al programa de %(target)s"),
        "ceremonial.programme.item_updated": _("%(actor)s modificó un momento del programa de %(target)s"),
        "ceremonial.programme.item_deleted": _("%(actor)s quitó un momento del programa de %(target)s"),
        "ceremonial.programme.reordered": _("%(actor)s reordenó el programa de %(target)s"),
        "ceremonial.guest.added": _("%(actor)s añadió invitados a %(target)s"),
        "ceremonial.guest.updated": _("%(actor)s modificó un invitado de %(target)s"),
        "ceremonial.guest.removed": _("%(actor)s quitó un invitado de %(target)s"),
        "ceremonial.guest.invited": _("%(actor)s envió las invitaciones de %(target)s"),
        "ceremonial.guest.reminded": _("%(actor)s envió recordatorios de %(target)s"),
        "ceremonial.guest.answered": _("Se registró la respuesta de un invitado a %(target)s (%(actor)s)"),
        "ceremonial.guest.link_renewed": _("%(actor)s renovó el enlace de respuesta de un invitado a %(target)s"),
        "ceremonial.guest.checked_in": _("%(actor)s registró la llegada de un invitado a %(target)s"),
        "ceremonial.guest.check_in_undone": _("%(actor)s anuló la llegada de un invitado a %(target)s"),
        "ceremonial.guest.walked_in": _("%(actor)s registró en la puerta a un invitado no previsto de %(target)s"),
        "ceremonial.precedence.imported": _("%(actor)s importó el cuadro de precedencias desde %(target)s"),
        "ceremonial.precedence.row_versioned": _(
            "%(actor)s registró una nueva versión del cuadro de precedencias: %(target)s"
        ),
        "ceremonial.protocol.updated": _("%(actor)s cambió las opciones de protocolo de %(target)s"),
        "ceremonial.script.generated": _("%(actor)s generó el guion de %(target)s"),
        "ceremonial.script.edited": _("%(actor)s editó el guion de %(target)s"),
        "ceremonial.event.outcome_recorded": _("%(actor)s registró lo ocurrido en %(target)s"),
        "ceremonial.feed.issued": _("%(actor)s creó un enlace privado de suscripción al calendario"),
        "ceremonial.feed.revoked": _("%(actor)s revocó su enlace privado de suscripción al calendario"),
    }
)
register_change_labels({"items": _("puntos del programa")})
