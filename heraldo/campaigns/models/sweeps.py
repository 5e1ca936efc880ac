"""What the ban-start sweep already turned into a task: once per piece (or release) and electoral process."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.campaigns.models.pieces import Piece


class SweepAction(models.TextChoices):
    WITHDRAW = "retirar", _("Retirar")
    ADAPT = "adecuar", _("Adecuar")


class BanSweepTask(models.Model):
    process = models.ForeignKey("publicity.ElectoralProcess", on_delete=models.CASCADE, related_name="+")
    piece = models.ForeignKey(Piece, on_delete=models.CASCADE, null=True, blank=True, related_name="ban_sweeps")
    release = models.ForeignKey("press.PressRelease", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    action = models.CharField(_("qué hacer"), max_length=8, choices=SweepAction.choices)
    task = models.ForeignKey("work.Task", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("tarea del barrido de inicio de veda")
        verbose_name_plural = _("tareas del barrido de inicio de veda")
        ordering = ["-created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["process", "piece"], condition=models.Q(piece__isnull=False), name="campaigns_sweep_piece_once"
            ),
            models.UniqueConstraint(
                fields=["process", "release"],
                condition=models.Q(release__isnull=False),
                name="campaigns_sweep_release_once",
            ),
            models.CheckConstraint(
                condition=models.Q(piece__isnull=False, release__isnull=True)
                | models.Q(piece__isnull=True, release__isnull=False),
                name="campaigns_sweep_one_subject",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.process_id} · {self.piece_id or self.release_id}"
