from django.db import models
from django.utils.translation import gettext_lazy as _


class Job(models.Model):
    """The database's record of a background job.

    Huey delivers at most once, so the truth about a job lives here: the sweeper
    re-enqueues jobs whose worker stopped sending heartbeats.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("En cola")
        RUNNING = "running", _("En ejecución")
        SUCCEEDED = "succeeded", _("Completado")
        FAILED = "failed", _("Fallido")

    name = models.CharField(_("trabajo"), max_length=100, db_index=True)
    kwargs = models.JSONField(_("parámetros"), default=dict, blank=True)
    status = models.CharField(_("estado"), max_length=16, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveIntegerField(_("intentos"), default=0)
    max_attempts = models.PositiveIntegerField(_("intentos máximos"), default=3)
    created_at = models.DateTimeField(_("creado"), auto_now_add=True)
    run_after = models.DateTimeField(_("ejecutar desde"), null=True, blank=True)
    started_at = models.DateTimeField(_("iniciado"), null=True, blank=True)
    heartbeat_at = models.DateTimeField(_("último latido"), null=True, blank=True)
    finished_at = models.DateTimeField(_("terminado"), null=True, blank=True)
    last_error = models.TextField(_("último error"), blank=True)
    progress = models.PositiveSmallIntegerField(_("avance (%)"), default=0)

    class Meta:
        verbose_name = _("trabajo en segundo plano")
        verbose_name_plural = _("trabajos en segundo plano")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "heartbeat_at"], name="job_status_heartbeat_idx"),
            models.Index(fields=["-created_at"], name="job_created_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.name} #{self.pk}"
