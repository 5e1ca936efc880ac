"""The audit sentences of Opinión pública (dotted codes → Spanish prose)."""

from django.utils.translation import gettext_lazy as _

from heraldo.core.audit import register_actions

register_actions(
    {
        "opinion.message.received": _("Un vecino envió el mensaje %(target)s"),
        "opinion.message.classified": _("%(actor)s clasificó el mensaje %(target)s"),
        "opinion.message.answered": _("%(actor)s respondió el mensaje %(target)s"),
        "opinion.message.archived": _("%(actor)s archivó el mensaje %(target)s"),
        "opinion.issue.opened": _("Heraldo abrió el asunto de opinión pública %(target)s"),
        "opinion.issue.acted": _("%(actor)s eligió acciones correctivas para %(target)s"),
        "opinion.issue.closed": _("%(actor)s cerró el asunto de opinión pública %(target)s"),
        "opinion.recommendation.submitted": _("%(actor)s propuso la recomendación al Alcalde de %(target)s"),
        "opinion.recommendation.approved": _("%(actor)s aprobó la recomendación al Alcalde de %(target)s"),
        "opinion.recommendation.returned": _("%(actor)s devolvió la recomendación al Alcalde de %(target)s"),
        "opinion.survey.created": _("%(actor)s creó la encuesta %(target)s"),
        "opinion.survey.updated": _("%(actor)s modificó la encuesta %(target)s"),
        "opinion.survey.question_saved": _("%(actor)s guardó la pregunta %(target)s"),
        "opinion.survey.status": _("%(actor)s cambió el estado de la encuesta %(target)s"),
        "opinion.import.previewed": _("%(actor)s cargó el archivo %(target)s para importar"),
        "opinion.import.applied": _("%(actor)s importó el archivo %(target)s"),
        "opinion.import.discarded": _("%(actor)s descartó el archivo %(target)s"),
        "opinion.sector.created": _("%(actor)s registró el sector %(target)s"),
        "opinion.sector.updated": _("%(actor)s modificó el sector %(target)s"),
        "opinion.signals.corrected": _("%(actor)s corrigió el tema o el sector de %(target)s"),
    }
)
