"""The audit sentences of the Registro (dotted codes → Spanish prose)."""

from django.utils.translation import gettext_lazy as _

from heraldo.core.audit import register_actions

register_actions(
    {
        "directory.entity.created": _("%(actor)s registró la entidad %(target)s"),
        "directory.entity.updated": _("%(actor)s modificó la entidad %(target)s"),
        "directory.entity.verified": _("%(actor)s verificó los datos de la entidad %(target)s"),
        "directory.entity.merged": _("%(actor)s fusionó una entidad duplicada en %(target)s"),
        "directory.person.created": _("%(actor)s registró a %(target)s"),
        "directory.person.updated": _("%(actor)s modificó los datos de %(target)s"),
        "directory.person.verified": _("%(actor)s verificó los datos de %(target)s"),
        "directory.person.merged": _("%(actor)s fusionó un registro duplicado en %(target)s"),
        "directory.person.personal_data_exported": _(
            "%(actor)s exportó los datos personales de %(target)s (derecho de acceso)"
        ),
        "directory.person.personal_data_erased": _(
            "%(actor)s suprimió los datos personales de %(target)s (derecho de cancelación)"
        ),
        "directory.person.personal_data_expired": _(
            "%(actor)s suprimió un dato de %(target)s al vencer su plazo de conservación"
        ),
        "directory.person.legal_basis_set": _("%(actor)s registró la base legal de un dato de %(target)s"),
        "directory.arco.recorded": _("%(actor)s registró una solicitud ARCO de %(target)s"),
        "directory.position.created": _("%(actor)s creó el cargo %(target)s"),
        "directory.position.updated": _("%(actor)s modificó el cargo %(target)s"),
        "directory.term.created": _("%(actor)s registró el periodo %(target)s"),
        "directory.term.updated": _("%(actor)s modificó el periodo %(target)s"),
        "directory.term.ended": _("%(actor)s cerró el periodo %(target)s"),
        "directory.authorities.replaced": _("%(actor)s registró el cambio de autoridades de %(target)s"),
        "directory.import.applied": _("%(actor)s importó registros desde el archivo %(target)s"),
        "directory.mailing_list.created": _("%(actor)s creó la lista de distribución %(target)s"),
        "directory.mailing_list.updated": _("%(actor)s modificó la lista de distribución %(target)s"),
        "directory.mailing_list.deleted": _("%(actor)s eliminó la lista de distribución %(target)s"),
        "directory.coordination.created": _("%(actor)s registró la coordinación %(target)s"),
        "directory.coordination.updated": _("%(actor)s modificó la coordinación %(target)s"),
        "directory.task.created": _("%(actor)s creó la tarea de seguimiento %(target)s"),
        "directory.task.completed": _("%(actor)s cerró la tarea de seguimiento %(target)s"),
        "directory.greeting.recorded": _("%(actor)s registró el saludo o presente %(target)s"),
    }
)
