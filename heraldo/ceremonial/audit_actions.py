"""The agenda's audit sentences, registered once at start-up."""

from django.utils.translation import gettext_lazy as _

from heraldo.core.audit import register_actions

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
        "ceremonial.feed.issued": _("%(actor)s creó un enlace privado de suscripción al calendario"),
        "ceremonial.feed.revoked": _("%(actor)s revocó su enlace privado de suscripción al calendario"),
    }
)
