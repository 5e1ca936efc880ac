from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """An in-app notice for one user (alerts, approvals waiting, jobs finished)."""

    class Level(models.TextChoices):
        INFO = "info", _("Información")
        WARNING = "warning", _("Advertencia")
        URGENT = "urgent", _("Urgente")

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    title = models.CharField(_("título"), max_length=200)
    body = models.TextField(_("detalle"), blank=True)
    url = models.CharField(_("enlace"), max_length=500, blank=True)
    level = models.CharField(_("nivel"), max_length=10, choices=Level.choices, default=Level.INFO)
    created_at = models.DateTimeField(_("fecha"), auto_now_add=True)
    read_at = models.DateTimeField(_("leída"), null=True, blank=True)
    # With parameters, `title`/`body` hold the Spanish source text, translated when shown in the reader's
    # language; without (None), they are plain text such as a release's lead.
    title_params = models.JSONField(_("datos del título"), null=True, blank=True, default=None)
    body_params = models.JSONField(_("datos del detalle"), null=True, blank=True, default=None)

    class Meta:
        verbose_name = _("notificación")
        verbose_name_plural = _("notificaciones")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["recipient", "read_at", "-created_at"], name="notif_inbox_idx")]

    def __str__(self) -> str:
        return self.shown_title

    @property
    def shown_title(self) -> str:
        return _shown(self.title, self.title_params)

    @property
    def shown_body(self) -> str:
        return _shown(self.body, self.body_params)


def _shown(text: str, params: dict | None) -> str:
    if params is None:
        return text
    return gettext(text) % params if params else gettext(text)
