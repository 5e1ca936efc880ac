from django.db import models
from django.utils.translation import gettext_lazy as _


class TaskLease(models.Model):
    """Who runs a one-at-a-time task now, and until when.

    A lease that is not renewed expires: a worker killed mid-task cannot keep
    the task locked, on this machine or any other sharing the database.
    """

    name = models.CharField(_("tarea"), max_length=100, primary_key=True)
    holder = models.CharField(_("proceso"), max_length=200)
    acquired_at = models.DateTimeField(_("tomada"))
    expires_at = models.DateTimeField(_("vence"))

    class Meta:
        verbose_name = _("turno de tarea")
        verbose_name_plural = _("turnos de tareas")

    def __str__(self) -> str:
        return self.name
