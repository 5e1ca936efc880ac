from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from heraldo.core.models.fields import optional_link


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


class AlertKind(models.TextChoices):
    MENTION = "mention", _("Una nota menciona a alguien")
    QUERY = "query", _("Una nota coincide con una búsqueda")
    SURGE = "surge", _("Aumento inusual de notas")


class AlertRule(models.Model):
    name = models.CharField(_("nombre"), max_length=150)
    kind = models.CharField(_("tipo de regla"), max_length=10, choices=AlertKind.choices, default=AlertKind.MENTION)
    target = models.CharField(_("quién es mencionado"), max_length=14, choices=AlertTarget.choices, blank=True)
    query = models.CharField(
        _("búsqueda"),
        max_length=300,
        blank=True,
        help_text=_('Como en el archivo: palabras, "frases exactas", OR entre opciones y -palabra para excluir.'),
    )
    topic = optional_link(
        "monitoring.Topic",
        _("tema"),
        on_delete=models.CASCADE,
        related_name="alert_rules",
        help_text=_("Para un aumento inusual: el tema vigilado. Vacío: se cuenta lo que diga quién es mencionado."),
    )
    window_hours = models.PositiveSmallIntegerField(
        _("ventana (horas)"), default=6, help_text=_("Para un aumento inusual: cuántas horas se comparan con lo usual.")
    )
    tone = models.CharField(_("tono"), max_length=10, choices=AlertTone.choices, default=AlertTone.NEGATIVE)
    priority_only = models.BooleanField(_("solo medios prioritarios"), default=False)
    mode = models.CharField(_("envío"), max_length=10, choices=AlertMode.choices, default=AlertMode.IMMEDIATE)
    is_active = models.BooleanField(_("activa"), default=True)
    # While a surge lasts: set when it alerted, cleared when the window is back near the usual.
    surge_since = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("regla de alerta")
        verbose_name_plural = _("reglas de alerta")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


# Raised (heraldo.core.stamps) whenever an alert appears, is withdrawn or restored, or is marked seen: the menu's
# unseen-alerts badge is cached under it.
ALERTS_STAMP = "monitoring.alerts"


class Alert(models.Model):
    """One clipping that matched one rule; unique, so a story alerts once per rule."""

    rule = models.ForeignKey(AlertRule, on_delete=models.CASCADE, related_name="alerts")
    clipping = optional_link("monitoring.Clipping", on_delete=models.CASCADE, related_name="alerts")
    # A surge's figures, kept so the alert reads the same later and in each reader's language:
    # {"count": 12, "usual": 2, "hours": 6, "topic": "Limpieza pública"} or {…, "target": "mayor"}.
    surge = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    # Set when an analyst's correction means the story no longer matches the rule: the alert leaves the
    # list and every count, and comes back if the correction is undone.
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("alerta")
        verbose_name_plural = _("alertas")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["rule", "clipping"], condition=models.Q(clipping__isnull=False), name="monitoring_alert_unique"
            )
        ]
        indexes = [models.Index(fields=["rule", "-created_at"], name="monitoring_alert_rule")]

    def __str__(self) -> str:
        return f"{self.rule} — {self.headline}"

    @property
    def headline(self) -> str:
        return self.clipping.title if self.clipping_id else self.surge_explanation

    @property
    def surge_explanation(self) -> str:
        """E.g. "12 notas sobre Limpieza pública en 6 horas; lo usual es 2", in the active language."""
        if not self.surge:
            return ""
        figures = self.surge
        subject = figures.get("topic") or str(SURGE_SUBJECTS.get(figures.get("target"), figures.get("target", "")))
        return ngettext(
            "%(count)s notas sobre %(subject)s en %(hours)s hora; lo usual es %(usual)s",
            "%(count)s notas sobre %(subject)s en %(hours)s horas; lo usual es %(usual)s",
            figures["hours"],
        ) % {"count": figures["count"], "subject": subject, "hours": figures["hours"], "usual": figures["usual"]}


class AlertSeen(models.Model):
    """One person has seen one alert: each reader clears their own list and badge."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="seen_marks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    seen_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "alert"], name="monitoring_alert_seen_unique")]

    def __str__(self) -> str:
        return f"{self.alert_id} ✓ {self.user_id}"


# How a surge names who is mentioned, inside a sentence ("12 notas sobre el Alcalde…").
SURGE_SUBJECTS = {
    AlertTarget.MAYOR: _("el Alcalde"),
    AlertTarget.MUNICIPALITY: _("la municipalidad"),
    AlertTarget.AUTHORITY: _("autoridades y funcionarios"),
}


class AlertChannel(models.TextChoices):
    EMAIL = "email", _("Correo")
    APP = "app", _("Aviso en Heraldo")
    GATEWAY = "gateway", _("WhatsApp o Telegram")


class DeliveryMode(models.TextChoices):
    AS_RULE = "rule", _("Como diga la regla")
    DIGEST = "digest", _("Solo en el resumen de cada hora")
    NONE = "none", _("No recibir")


class AlertPreference(models.Model):
    """How one recipient wants alerts, per channel; without a row, e-mail and in-app follow each rule."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alert_preference")
    email_mode = models.CharField(
        _("por correo"), max_length=8, choices=DeliveryMode.choices, default=DeliveryMode.AS_RULE
    )
    app_mode = models.CharField(
        _("avisos en Heraldo"), max_length=8, choices=DeliveryMode.choices, default=DeliveryMode.AS_RULE
    )
    gateway_mode = models.CharField(
        _("por WhatsApp o Telegram"), max_length=8, choices=DeliveryMode.choices, default=DeliveryMode.NONE
    )
    gateway_address = models.CharField(
        _("número o chat de WhatsApp/Telegram"),
        max_length=64,
        blank=True,
        help_text=_("Por ejemplo +51987654321. Solo se usa si la municipalidad configuró una pasarela."),
    )
    muted_rules = models.ManyToManyField(AlertRule, verbose_name=_("reglas silenciadas"), blank=True, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("preferencia de alertas")
        verbose_name_plural = _("preferencias de alertas")

    def __str__(self) -> str:
        return str(self.user)

    def mode_for(self, channel: str) -> str:
        return {
            AlertChannel.EMAIL: self.email_mode,
            AlertChannel.APP: self.app_mode,
            AlertChannel.GATEWAY: self.gateway_mode,
        }[channel]


class AlertDelivery(models.Model):
    """One alert to one person through one channel: created once, sent once (retried until it is)."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    channel = models.CharField(max_length=8, choices=AlertChannel.choices)
    in_digest = models.BooleanField(default=False)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["alert", "user", "channel"], name="monitoring_delivery_unique")]
        indexes = [models.Index(fields=["sent_at", "in_digest"], name="monitoring_delivery_pending")]

    def __str__(self) -> str:
        return f"{self.alert_id} → {self.user_id} ({self.channel})"


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

    def excluded_ids(self) -> list[int]:
        """The stories the analyst left out; none while the day's draft is only shown, not saved."""
        return [] if self._state.adding else list(self.excluded.values_list("pk", flat=True))
