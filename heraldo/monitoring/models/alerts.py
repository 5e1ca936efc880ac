from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AlertTarget(models.TextChoices):
    MAYOR = "mayor", _("El Alcalde")
    MUNICIPALITY = "municipality", _("La municipalidad")
    AUTHORITY = "authority", _("Cualquier autoridad o funcionario")


class AlertTone(models.TextChoices):
    NEGATIVE = "negative", _("Solo menciones negativas")
    ANY = "any", _("Cualquier tono")


class AlertMode(models.TextChoices):
    IMMEDIATE = "immediate", _("Inmediata")
    DIGEST = "digest", _("Resumen cada hora")


class AlertRule(models.Model):
    name = models.CharField(_("nombre"), max_length=150)
    target = models.CharField(_("quién es mencionado"), max_length=14, choices=AlertTarget.choices)
    tone = models.CharField(_("tono"), max_length=10, choices=AlertTone.choices, default=AlertTone.NEGATIVE)
    priority_only = models.BooleanField(_("solo medios prioritarios"), default=False)
    mode = models.CharField(_("envío"), max_length=10, choices=AlertMode.choices, default=AlertMode.IMMEDIATE)
    is_active = models.BooleanField(_("activa"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("regla de alerta")
        verbose_name_plural = _("reglas de alerta")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Alert(models.Model):
    """One clipping that matched one rule; unique, so a story alerts once per rule."""

    rule = models.ForeignKey(AlertRule, on_delete=models.CASCADE, related_name="alerts")
    clipping = models.ForeignKey("monitoring.Clipping", on_delete=models.CASCADE, related_name="alerts")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("alerta")
        verbose_name_plural = _("alertas")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["rule", "clipping"], name="monitoring_alert_unique")]

    def __str__(self) -> str:
        return f"{self.rule} — {self.clipping_id}"


class SummaryStatus(models.TextChoices):
    DRAFT = "draft", _("Borrador")
    SENT = "sent", _("Enviada")


class DailySummary(models.Model):
    """The síntesis informativa of one morning: compiled automatically, edited, sent."""

    date = models.DateField(_("fecha"), unique=True)
    headline = models.CharField(_("titular de la síntesis"), max_length=300, blank=True)
    editor_note = models.TextField(_("comentario del analista"), blank=True)
    excluded = models.ManyToManyField("monitoring.Clipping", blank=True, related_name="+")
    status = models.CharField(_("estado"), max_length=8, choices=SummaryStatus.choices, default=SummaryStatus.DRAFT)
    sent_at = models.DateTimeField(_("enviada el"), null=True, blank=True)
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("síntesis informativa")
        verbose_name_plural = _("síntesis informativas")
        ordering = ["-date"]

    def __str__(self) -> str:
        return str(self.date)
