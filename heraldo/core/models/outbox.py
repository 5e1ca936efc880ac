from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxEmail(models.Model):
    """An e-mail waiting to leave, sent by the outbox job and never twice.

    `key` names the message in the business domain (e.g. the alert and its
    recipient): enqueueing the same key again is a no-op.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Pendiente")
        SENDING = "sending", _("Enviando")
        SENT = "sent", _("Enviado")
        FAILED = "failed", _("Fallido")

    key = models.CharField(_("clave"), max_length=200, unique=True)
    to = models.JSONField(_("destinatarios"))
    subject = models.CharField(_("asunto"), max_length=255)
    body_text = models.TextField(_("texto"))
    body_html = models.TextField(_("HTML"), blank=True)
    from_email = models.CharField(_("remitente"), max_length=255, blank=True)
    status = models.CharField(_("estado"), max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(_("intentos"), default=0)
    next_attempt_at = models.DateTimeField(_("próximo intento"), db_index=True)
    claimed_at = models.DateTimeField(_("tomado"), null=True, blank=True)
    sent_at = models.DateTimeField(_("enviado"), null=True, blank=True)
    last_error = models.TextField(_("último error"), blank=True)
    created_at = models.DateTimeField(_("creado"), auto_now_add=True)

    class Meta:
        verbose_name = _("correo saliente")
        verbose_name_plural = _("bandeja de salida")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="outbox_due_idx")]

    def __str__(self) -> str:
        return self.subject


class OutboxAttachment(models.Model):
    """A file that leaves with an outbox e-mail (a PDF summary, say); stored with it, so sent with it or not at all."""

    email = models.ForeignKey(OutboxEmail, on_delete=models.CASCADE, related_name="attachments")
    filename = models.CharField(_("nombre del archivo"), max_length=200)
    content_type = models.CharField(max_length=100)
    content = models.BinaryField()

    class Meta:
        verbose_name = _("adjunto de correo saliente")
        verbose_name_plural = _("adjuntos de correos salientes")

    def __str__(self) -> str:
        return self.filename
