"""The annual plan de estrategia publicitaria (Ley 28874, amended by Ley 31515): every campaign hangs from a line."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Sum
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from heraldo.campaigns.channels import Channel
from heraldo.core.models.base import Authored
from heraldo.core.models.fields import acting_user

MONEY = {"max_digits": 12, "decimal_places": 2}


class PlanStatus(models.TextChoices):
    DRAFT = "BORRADOR", _("Borrador")
    HEAD_APPROVED = "VB_JEFATURA", _("Aprobado por la Jefatura")
    APPROVED = "APROBADO", _("Aprobado por la Alcaldía")


class AdvertisingPlan(Authored):
    year = models.PositiveSmallIntegerField(_("año"))
    version = models.PositiveSmallIntegerField(_("versión"), default=1)
    title = models.CharField(_("título"), max_length=200)
    objectives = models.TextField(_("objetivos"))
    audiences = models.TextField(_("públicos"), blank=True)
    key_messages = models.TextField(_("mensajes clave"), blank=True)
    total_budget = models.DecimalField(_("presupuesto total (S/)"), **MONEY)
    status = models.CharField(_("estado"), max_length=12, choices=PlanStatus.choices, default=PlanStatus.DRAFT)
    head_approved_by = acting_user(_("aprobado por la Jefatura"))
    head_approved_at = models.DateTimeField(null=True, blank=True)
    mayor_approved_by = acting_user(_("aprobado por la Alcaldía"))
    mayor_approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("plan de estrategia publicitaria")
        verbose_name_plural = _("planes de estrategia publicitaria")
        ordering = ["-year", "-version"]
        constraints = [models.UniqueConstraint(fields=["year", "version"], name="campaigns_plan_year_version")]

    def __str__(self) -> str:
        return f"{self.title} ({self.year}, v{self.version})"

    def get_absolute_url(self) -> str:
        return reverse("campaigns:plan_detail", args=[self.pk])

    @property
    def is_approved(self) -> bool:
        return self.status == PlanStatus.APPROVED


class PlanLine(models.Model):
    plan = models.ForeignKey(AdvertisingPlan, on_delete=models.CASCADE, related_name="lines")
    name = models.CharField(_("línea"), max_length=200)
    objective = models.TextField(_("objetivo de la línea"), blank=True)
    kpis = models.TextField(_("indicadores"), blank=True)
    budget = models.DecimalField(_("presupuesto de la línea (S/)"), **MONEY)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("línea del plan")
        verbose_name_plural = _("líneas del plan")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return f"{self.plan.year} · {self.name}"

    def clean(self) -> None:
        if self.budget is None or not self.plan_id:
            return
        if self.budget < 0:
            raise ValidationError({"budget": _("El presupuesto no puede ser negativo.")})
        others = PlanLine.objects.filter(plan_id=self.plan_id).exclude(pk=self.pk).aggregate(s=Sum("budget"))["s"] or 0
        if others + self.budget > self.plan.total_budget:
            raise ValidationError(
                {
                    "budget": _("Las líneas sumarían S/ %(total)s y el plan tiene S/ %(budget)s.")
                    % {"total": others + self.budget, "budget": self.plan.total_budget}
                }
            )
        if self.pk:
            by_channel = self.channel_budgets.aggregate(s=Sum("budget"))["s"] or 0
            if by_channel > self.budget:
                raise ValidationError(
                    {"budget": _("Los canales de la línea ya suman S/ %(total)s.") % {"total": by_channel}}
                )


class PlanLineChannel(models.Model):
    """What a line plans to spend in one channel; the channels of a line add up to its budget."""

    line = models.ForeignKey(PlanLine, on_delete=models.CASCADE, related_name="channel_budgets")
    channel = models.CharField(_("canal"), max_length=10, choices=Channel.choices)
    budget = models.DecimalField(_("presupuesto (S/)"), **MONEY)

    class Meta:
        verbose_name = _("presupuesto por canal")
        verbose_name_plural = _("presupuestos por canal")
        ordering = ["line", "channel"]
        constraints = [models.UniqueConstraint(fields=["line", "channel"], name="campaigns_line_channel_once")]

    def __str__(self) -> str:
        return f"{self.line} · {self.get_channel_display()}"

    def clean(self) -> None:
        if self.channel and self.channel not in Channel.values:
            raise ValidationError({"channel": _("Canal desconocido: %(codes)s.") % {"codes": self.channel}})
        if self.budget is None or not self.line_id:
            return
        if self.budget < 0:
            raise ValidationError({"budget": _("El presupuesto no puede ser negativo.")})
        others = (
            PlanLineChannel.objects.filter(line_id=self.line_id)
            .exclude(pk=self.pk)
            .exclude(channel=self.channel)
            .aggregate(s=Sum("budget"))["s"]
            or 0
        )
        if others + self.budget > self.line.budget:
            raise ValidationError(
                {
                    "budget": _("Los canales de la línea sumarían S/ %(total)s y la línea tiene S/ %(budget)s.")
                    % {"total": others + self.budget, "budget": self.line.budget}
                }
            )
