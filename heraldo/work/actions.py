"""The audit sentences of Encargos and tasks (dotted codes → Spanish prose)."""

from django.utils.translation import gettext_lazy as _

from heraldo.core.audit import register_actions

register_actions(
    {
        "work.task.created": _("%(actor)s creó la tarea %(target)s"),
        "work.task.updated": _("%(actor)s modificó la tarea %(target)s"),
        "work.task.status_changed": _("%(actor)s cambió el estado de la tarea %(target)s"),
        "work.task.taken": _("%(actor)s tomó de la cola la tarea %(target)s"),
        "work.checklist.added": _("%(actor)s añadió un paso a la tarea %(target)s"),
        "work.checklist.checked": _("%(actor)s marcó como hecho el paso %(target)s"),
        "work.checklist.unchecked": _("%(actor)s desmarcó el paso %(target)s"),
        "work.comment.added": _("%(actor)s comentó en la tarea %(target)s"),
        "work.attachment.added": _("%(actor)s adjuntó un archivo a la tarea %(target)s"),
        "work.assignment.registered": _("%(actor)s registró el encargo %(target)s"),
        "work.assignment.fulfilled": _("%(actor)s registró la respuesta al encargo %(target)s"),
        "work.assignment.escalated": _("Heraldo avisó a la Jefatura que el encargo %(target)s está vencido"),
        "work.non_working_day.added": _("%(actor)s registró el día no laborable %(target)s"),
        "work.reminders.updated": _("%(actor)s cambió sus preferencias de recordatorios"),
        "work.non_working_day.removed": _("%(actor)s quitó el día no laborable %(target)s"),
        "work.feed.issued": _("%(actor)s creó un enlace privado para ver sus plazos en su calendario"),
        "work.feed.revoked": _("%(actor)s revocó su enlace privado de plazos"),
    }
)
