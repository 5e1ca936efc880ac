"""Briefs from the municipality's units (function 12): what a unit such as Rentas asks the office to campaign for."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from heraldo.campaigns.channels import channel_label, unknown_channels
from heraldo.core.models.base import Authored
from heraldo.core.models.fields import acting_user
from heraldo.core.uploads import GeneratedName


class RequestStatus(models.TextChoices):
    DRAFT = "BORRADOR", _("Borrador")
    SUBMITTED = "ENVIADA", _("Enviada")
    CHANGES = "CAMBIOS", _("Con cambios pedidos")
    ACCEPTED = "ACEPTADA", _("Aceptada")
    DECLINED = "DECLINADA", _("Declinada")


class CampaignRequest(Authored):
    """A brief; kept as it was written once it becomes a campaign."""

    EDITABLE = (RequestStatus.DRAFT, RequestStatus.CHANGES)

    unit = models.CharField(_("unidad solicitante"), max_length=150, db_index=True)
    title = models.CharField(_("campaña solicitada"), max_length=200)
    objective = models.TextField(_("objetivo"), blank=True)
    audience = models.TextField(_("público objetivo"), blank=True)
    key_dates = models.TextField(
        _("fechas clave"), blank=True, help_text=_("Una por línea, p. ej. «28/02/2027 vence la primera cuota».")
    )
    wanted_from = models.DateField(_("difundir desde"), null=True, blank=True)
    wanted_until = models.DateField(_("difundir hasta"), null=True, blank=True)
    mandatory_content = models.TextField(_("contenido obligatorio"), blank=True)
    suggested_channels = models.JSONField(_("canales sugeridos"), default=list, blank=True)
    status = models.CharField(_("estado"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.DRAFT)
    submitted_at = models.DateTimeField(_("enviada el"), null=True, blank=True)
    decision_reason = models.TextField(_("motivo"), blank=True)
    decided_by = acting_user(_("atendida por"))
    decided_at = models.DateTimeField(_("atendida el"), null=True, blank=True)

    class Meta:
        verbose_name = _("solicitud de campaña")
        verbose_name_plural = _("solicitudes de campaña")
        ordering = ["-updated_at", "-pk"]
        indexes = [
            models.Index(fields=["unit", "-updated_at"], name="campaigns_request_unit_idx"),
            models.Index(fields=["status", "-updated_at"], name="campaigns_request_status_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("campaigns:request_detail", args=[self.pk])

    @property
    def is_editable(self) -> bool:
        return self.status in self.EDITABLE

    def clean(self) -> None:
        errors = {}
        if self.wanted_from and self.wanted_until and self.wanted_until < self.wanted_from:
            errors["wanted_until"] = _("La fecha final es anterior a la inicial.")
        unknown = unknown_channels(self.suggested_channels or [])
        if unknown:
            errors["suggested_channels"] = _("Canal desconocido: %(codes)s.") % {"codes": ", ".join(map(str, unknown))}
        if errors:
            raise ValidationError(errors)

    def missing_for_submission(self) -> dict[str, str]:
        """What the office needs before it can read the brief, by field."""
        missing = {}
        for name in ("title", "objective", "audience"):
            if not str(getattr(self, name) or "").strip():
                missing[name] = _("Este dato es obligatorio para enviar la solicitud.")
        if not self.suggested_channels:
            missing["suggested_channels"] = _("Sugiera al menos un canal.")
        return missing

    def channel_labels(self) -> list[str]:
        return [channel_label(code) for code in self.suggested_channels]


class RequestAttachment(models.Model):
    request = models.ForeignKey(CampaignRequest, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("archivo"), upload_to=GeneratedName("campaigns/requests/%Y"))
    title = models.CharField(_("descripción"), max_length=200)
    uploaded_by = acting_user(_("subido por"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("adjunto de la solicitud")
        verbose_name_plural = _("adjuntos de la solicitud")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.title


class RequestComment(models.Model):
    request = models.ForeignKey(CampaignRequest, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField(_("comentario"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("comentario")
        verbose_name_plural = _("comentarios")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.body[:60]
