"""Campaigns: objectives, KPIs, audiences, channels, budget and the media plan the law asks to justify."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Sum
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from heraldo.campaigns.channels import BROADCAST, Channel, unknown_channels
from heraldo.campaigns.models.plans import MONEY, PlanLine
from heraldo.campaigns.models.requests import CampaignRequest
from heraldo.core.models.base import Authored


class CampaignStatus(models.TextChoices):
    PLANNED = "PLANIFICADA", _("En planificación")
    RUNNING = "EN_CURSO", _("En curso")
    CLOSED = "CERRADA", _("Cerrada")


class Campaign(Authored):
    title = models.CharField(_("título"), max_length=200)
    request = models.OneToOneField(
        CampaignRequest,
        verbose_name=_("solicitud"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="campaign",
    )
    unit = models.CharField(
        _("unidad solicitante"), max_length=150, blank=True, db_index=True, help_text=_("Vacío: campaña propia.")
    )
    plan_line = models.ForeignKey(
        PlanLine, verbose_name=_("línea del plan"), on_delete=models.PROTECT, related_name="campaigns"
    )
    objectives = models.TextField(_("objetivos"))
    audiences = models.TextField(_("públicos"), blank=True)
    key_dates = models.TextField(_("fechas clave"), blank=True)
    mandatory_content = models.TextField(_("contenido obligatorio"), blank=True)
    channels = models.JSONField(_("canales"), default=list, blank=True)
    budget = models.DecimalField(_("presupuesto (S/)"), default=Decimal("0"), **MONEY)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("responsable"), on_delete=models.PROTECT, related_name="+"
    )
    starts_on = models.DateField(_("inicio"))
    ends_on = models.DateField(_("fin"))
    status = models.CharField(
        _("estado"), max_length=12, choices=CampaignStatus.choices, default=CampaignStatus.PLANNED
    )
    closing_notes = models.TextField(_("conclusiones"), blank=True)
    # Prensa's releases (and the social posts that go out with them) that belong to the campaign; the link lives
    # here because Campañas sits above Prensa: Prensa reads it through the registry of heraldo.press.related.
    releases = models.ManyToManyField(
        "press.PressRelease", verbose_name=_("notas de prensa"), blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("campaña")
        verbose_name_plural = _("campañas")
        ordering = ["-starts_on", "-pk"]
        indexes = [models.Index(fields=["status", "-starts_on"], name="campaigns_campaign_status_idx")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("campaigns:campaign_detail", args=[self.pk])

    def channel_labels(self) -> list[str]:
        from heraldo.campaigns.channels import channel_label

        return [channel_label(code) for code in self.channels]

    def clean(self) -> None:
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("La campaña termina antes de empezar.")
        unknown = unknown_channels(self.channels or [])
        if unknown:
            errors["channels"] = _("Canal desconocido: %(codes)s.") % {"codes": ", ".join(map(str, unknown))}
        if self.budget is not None and self.budget < 0:
            errors["budget"] = _("El presupuesto no puede ser negativo.")
        elif self.budget is not None and self.plan_line_id:
            others = (
                Campaign.objects.filter(plan_line_id=self.plan_line_id)
                .exclude(pk=self.pk)
                .aggregate(s=Sum("budget"))["s"]
                or 0
            )
            line = self.plan_line
            if others + self.budget > line.budget:
                errors["budget"] = _(
                    "Las campañas de la línea «%(line)s» sumarían S/ %(total)s y la línea tiene S/ %(budget)s."
                ) % {"line": line.name, "total": others + self.budget, "budget": line.budget}
        if self.budget is not None and self.pk:
            planned = self.media_plan.aggregate(s=Sum("cost"))["s"] or 0
            if planned > self.budget:
                errors["budget"] = _("El plan de medios ya suma S/ %(planned)s: el presupuesto no puede ser menor.") % {
                    "planned": planned
                }
        if errors:
            raise ValidationError(errors)

    @property
    def spent(self):
        return sum((entry.spent for entry in self.media_plan.all()), Decimal("0"))


class Kpi(models.Model):
    """A target the campaign is measured against, per channel when it applies, and what was achieved."""

    class Metric(models.TextChoices):
        REACH = "ALCANCE", _("Alcance (personas)")
        IMPRESSIONS = "IMPRESIONES", _("Impresiones")
        ATTENDANCE = "ASISTENCIA", _("Asistencia")
        COLLECTION = "RECAUDACION", _("Recaudación lograda (S/)")
        OTHER = "OTRO", _("Otro")

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="kpis")
    name = models.CharField(_("indicador"), max_length=200)
    metric = models.CharField(_("medida"), max_length=12, choices=Metric.choices, default=Metric.REACH)
    channel = models.CharField(_("canal"), max_length=10, choices=Channel.choices, blank=True)
    target = models.DecimalField(_("meta"), **MONEY)
    achieved = models.DecimalField(_("resultado"), null=True, blank=True, **MONEY)

    class Meta:
        verbose_name = _("indicador")
        verbose_name_plural = _("indicadores")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def percent(self) -> int | None:
        if self.achieved is None or not self.target:
            return None
        return int(self.achieved * 100 / self.target)


class MediaPlanEntry(models.Model):
    """One medium of the campaign with the technical justification of art. 3 of Ley 28874."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="media_plan")
    channel = models.CharField(_("canal"), max_length=10, choices=Channel.choices)
    outlet = models.CharField(_("medio"), max_length=200)
    target_public = models.CharField(_("público objetivo"), max_length=300)
    purpose = models.CharField(_("finalidad"), max_length=300)
    coverage = models.CharField(_("cobertura"), max_length=300)
    starts_on = models.DateField(_("desde"))
    ends_on = models.DateField(_("hasta"))
    local_reach = models.CharField(_("alcance local"), max_length=300)
    mtc_licence = models.CharField(
        _("licencia del MTC"), max_length=120, blank=True, help_text=_("Obligatoria para radio y televisión.")
    )
    justification = models.TextField(_("justificación técnica de la elección"))
    cost = models.DecimalField(_("costo previsto (S/)"), **MONEY)
    spent = models.DecimalField(_("gasto ejecutado (S/)"), default=Decimal("0"), **MONEY)
    reach = models.PositiveIntegerField(_("alcance logrado"), null=True, blank=True)
    impressions = models.PositiveIntegerField(_("impresiones"), null=True, blank=True)
    attendance = models.PositiveIntegerField(_("asistencia"), null=True, blank=True)

    class Meta:
        verbose_name = _("medio del plan de medios")
        verbose_name_plural = _("plan de medios")
        ordering = ["starts_on", "pk"]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} · {self.outlet}"

    def clean(self) -> None:
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("La fecha final es anterior a la inicial.")
        if self.channel and self.channel not in Channel.values:
            errors["channel"] = _("Canal desconocido: %(codes)s.") % {"codes": self.channel}
        elif self.channel in BROADCAST and not self.mtc_licence.strip():
            errors["mtc_licence"] = _("Indique la licencia vigente del MTC: la ley la exige para radio y televisión.")
        if self.cost is not None and self.cost < 0:
            errors["cost"] = _("El costo no puede ser negativo.")
        elif self.cost is not None and self.campaign_id:
            others = (
                MediaPlanEntry.objects.filter(campaign_id=self.campaign_id)
                .exclude(pk=self.pk)
                .aggregate(s=Sum("cost"))["s"]
                or 0
            )
            if others + self.cost > self.campaign.budget:
                errors["cost"] = _(
                    "El plan de medios sumaría S/ %(total)s y el presupuesto de la campaña es S/ %(budget)s."
                ) % {"total": others + self.cost, "budget": self.campaign.budget}
        if self.spent is not None and self.spent < 0:
            errors["spent"] = _("El gasto no puede ser negativo.")
        if errors:
            raise ValidationError(errors)
