"""The audit sentences of Campañas (dotted codes → Spanish prose)."""

from django.utils.translation import gettext_lazy as _

from heraldo.core.audit import register_actions

register_actions(
    {
        "campaigns.request.created": _("%(actor)s empezó la solicitud de campaña %(target)s"),
        "campaigns.request.updated": _("%(actor)s modificó la solicitud de campaña %(target)s"),
        "campaigns.request.submitted": _("%(actor)s envió la solicitud de campaña %(target)s"),
        "campaigns.request.commented": _("%(actor)s comentó la solicitud de campaña %(target)s"),
        "campaigns.request.attached": _("%(actor)s adjuntó un archivo a la solicitud %(target)s"),
        "campaigns.request.changes_asked": _("%(actor)s pidió cambios en la solicitud %(target)s"),
        "campaigns.request.declined": _("%(actor)s declinó la solicitud %(target)s"),
        "campaigns.request.accepted": _("%(actor)s aceptó la solicitud %(target)s"),
        "campaigns.campaign.created": _("%(actor)s creó la campaña %(target)s"),
        "campaigns.campaign.updated": _("%(actor)s modificó la campaña %(target)s"),
        "campaigns.campaign.status_changed": _("%(actor)s cambió el estado de la campaña %(target)s"),
        "campaigns.kpi.added": _("%(actor)s añadió el indicador %(target)s"),
        "campaigns.kpi.recorded": _("%(actor)s registró el resultado del indicador %(target)s"),
        "campaigns.media.added": _("%(actor)s añadió al plan de medios %(target)s"),
        "campaigns.media.results": _("%(actor)s registró gasto y resultados de %(target)s"),
        "campaigns.action.added": _("%(actor)s añadió una acción a la campaña %(target)s"),
        "campaigns.piece.created": _("%(actor)s planificó la pieza %(target)s"),
        "campaigns.piece.updated": _("%(actor)s modificó la pieza %(target)s"),
        "campaigns.piece.version_added": _("%(actor)s subió una versión de la pieza %(target)s"),
        "campaigns.piece.commented": _("%(actor)s comentó la pieza %(target)s"),
        "campaigns.piece.brand_checked": _("%(actor)s revisó la pieza %(target)s con el manual de marca"),
        "campaigns.piece.publicity_overridden": _(
            "%(actor)s autorizó una excepción a las normas de publicidad para la pieza %(target)s"
        ),
        "campaigns.piece.approved_office": _("%(actor)s aprobó por la oficina la pieza %(target)s"),
        "campaigns.piece.approved_unit": _("%(actor)s aprobó por la unidad solicitante la pieza %(target)s"),
        "campaigns.campaign.release_linked": _("%(actor)s sumó una nota de prensa a la campaña %(target)s"),
        "campaigns.campaign.release_unlinked": _("%(actor)s quitó una nota de prensa de la campaña %(target)s"),
        "campaigns.piece.asset_used": _("%(actor)s usó un archivo de la biblioteca de medios en la pieza %(target)s"),
        "campaigns.piece.saved_to_library": _(
            "%(actor)s guardó la pieza aprobada %(target)s en la biblioteca de medios"
        ),
        "campaigns.piece.asset_dropped": _("%(actor)s dejó de usar un archivo de la biblioteca en la pieza %(target)s"),
        "campaigns.piece.rescheduled": _("%(actor)s reprogramó la pieza %(target)s"),
        "campaigns.plan.created": _("%(actor)s registró el plan %(target)s"),
        "campaigns.plan.updated": _("%(actor)s modificó el plan %(target)s"),
        "campaigns.plan.line_added": _("%(actor)s añadió la línea %(target)s"),
        "campaigns.plan.approved_head": _("%(actor)s aprobó por la Jefatura el plan %(target)s"),
        "campaigns.plan.approved_mayor": _("%(actor)s aprobó por la Alcaldía el plan %(target)s"),
    }
)
