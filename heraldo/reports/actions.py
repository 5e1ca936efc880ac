"""The audit sentences of Reportes (dotted codes → Spanish prose)."""

from django.utils.translation import gettext_lazy as _

from heraldo.core.audit import register_actions

register_actions(
    {
        "reports.report.compiled": _("%(actor)s compiló %(target)s"),
        "reports.report.narrative_edited": _("%(actor)s modificó la redacción de %(target)s"),
        "reports.report.commented": _("%(actor)s comentó %(target)s"),
        "reports.report.approved": _("%(actor)s aprobó %(target)s"),
        "reports.report.reopened": _("%(actor)s reabrió %(target)s como una nueva versión"),
        "reports.report.sent": _("%(actor)s envió %(target)s a la Alcaldía"),
        "reports.poi.saved": _("%(actor)s guardó la actividad del POI %(target)s"),
        "reports.poi.deleted": _("%(actor)s eliminó la actividad del POI %(target)s"),
        "reports.poi.actuals_saved": _("%(actor)s registró los avances de %(target)s"),
        "reports.template.uploaded": _("%(actor)s subió la plantilla de Word %(target)s"),
        "reports.template.reset": _("%(actor)s volvió a la plantilla de Word de Heraldo"),
    }
)
