"""The monthly report to the Alcaldía (function 17), its archived versions, and the POI targets it reports on."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.base import Authored, Timestamped
from heraldo.core.models.fields import optional_link

MONTHS = (
    _("Enero"),
    _("Febrero"),
    _("Marzo"),
    _("Abril"),
    _("Mayo"),
    _("Junio"),
    _("Julio"),
    _("Agosto"),
    _("Setiembre"),
    _("Octubre"),
    _("Noviembre"),
    _("Diciembre"),
)


class Report(Authored):
    """A report for one period: its compiled sections, the narratives the office wrote, and where it stands.

    `version` is the number the next archive will carry: sending archives version N exactly as sent; any later
    edit makes the report a draft of version N + 1.
    """

    class Status(models.TextChoices):
        DRAFT = "BORRADOR", _("Borrador")
        APPROVED = "APROBADO", _("Aprobado por la Jefatura")
        SENT = "ENVIADO", _("Enviado a la Alcaldía")

    period_start = models.DateField(_("desde"))
    period_end = models.DateField(_("hasta"))
    status = models.CharField(_("estado"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    version = models.PositiveIntegerField(_("versión"), default=1)
    # The compiled sections: heraldo.core.report_sections.SectionData.as_dict() of each registered section.
    sections = models.JSONField(default=list)
    compiled_at = models.DateTimeField(_("compilado el"))
    approved_by = optional_link(settings.AUTH_USER_MODEL, _("aprobado por"), on_delete=models.PROTECT)
    approved_at = models.DateTimeField(_("aprobado el"), null=True, blank=True)

    class Meta:
        verbose_name = _("informe mensual")
        verbose_name_plural = _("informes mensuales")
        ordering = ["-period_start", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["period_start", "period_end"], name="reports_report_one_per_period"),
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")), name="reports_report_period_order"
            ),
        ]

    def __str__(self) -> str:
        return str(self.title)

    @property
    def is_month(self) -> bool:
        from heraldo.core.report_sections import is_whole_month

        return is_whole_month(self.period_start, self.period_end)

    @property
    def title(self) -> str:
        if self.is_month:
            return _("Informe mensual de %(month)s de %(year)s") % {
                "month": str(MONTHS[self.period_start.month - 1]).lower(),
                "year": self.period_start.year,
            }
        return _("Informe de actividades del %(start)s al %(end)s") % {
            "start": self.period_start.strftime("%d/%m/%Y"),
            "end": self.period_end.strftime("%d/%m/%Y"),
        }

    def get_absolute_url(self) -> str:
        return reverse("reports:report_detail", args=[self.pk])


class Narrative(models.Model):
    """The text the office writes for one section, prefilled with the section's draft."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="narratives")
    section_key = models.CharField(max_length=40)
    text = models.TextField(_("redacción"), blank=True)
    updated_by = optional_link(settings.AUTH_USER_MODEL, _("modificado por"), on_delete=models.PROTECT)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("redacción de una sección")
        verbose_name_plural = _("redacciones de las secciones")
        constraints = [models.UniqueConstraint(fields=["report", "section_key"], name="reports_narrative_once")]

    def __str__(self) -> str:
        return f"{self.report_id} · {self.section_key}"


class Comment(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="comments")
    version = models.PositiveIntegerField(_("versión"))
    section_key = models.CharField(_("sección"), max_length=40, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField(_("comentario"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("comentario")
        verbose_name_plural = _("comentarios")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["report", "created_at"], name="reports_comment_report")]

    def __str__(self) -> str:
        return f"{self.report_id} · {self.author_id}"


class SentVersion(models.Model):
    """A version exactly as it went to the Alcaldía: its content and both files, kept as they were sent."""

    report = models.ForeignKey(Report, on_delete=models.PROTECT, related_name="sent_versions")
    number = models.PositiveIntegerField(_("versión"))
    content = models.JSONField(default=dict)  # sections, narratives and POI rows as printed
    pdf = models.BinaryField(_("PDF"))
    docx = models.BinaryField(_("Word"))
    recipients = models.JSONField(_("destinatarios"), default=list)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    approved_at = models.DateTimeField(_("aprobado el"))
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    sent_at = models.DateTimeField(_("enviado el"))

    class Meta:
        verbose_name = _("versión enviada")
        verbose_name_plural = _("versiones enviadas")
        ordering = ["report", "-number"]
        constraints = [models.UniqueConstraint(fields=["report", "number"], name="reports_sent_version_once")]

    def __str__(self) -> str:
        return f"{self.report} v{self.number}"


class PoiActivity(Timestamped):
    """An activity of the Plan Operativo Institucional: what the office promised to do each month of a year."""

    year = models.PositiveSmallIntegerField(_("año"))
    name = models.CharField(_("actividad"), max_length=200)
    unit_of_measure = models.CharField(_("unidad de medida"), max_length=80)
    monthly_targets = models.JSONField(_("metas mensuales"), default=list)  # twelve numbers, January first
    # "section.figure" from heraldo.core.report_sections.countable_figures(); empty: actuals entered by hand.
    counts_from = models.CharField(_("se cuenta desde"), max_length=80, blank=True)
    position = models.PositiveSmallIntegerField(_("orden"), default=0)

    class Meta:
        verbose_name = _("actividad del POI")
        verbose_name_plural = _("actividades del POI")
        ordering = ["year", "position", "pk"]
        constraints = [models.UniqueConstraint(fields=["year", "name"], name="reports_poi_activity_unique")]

    def __str__(self) -> str:
        return self.name

    @property
    def yearly_target(self) -> float:
        return sum(self.monthly_targets or [])


class PoiActual(models.Model):
    """What was achieved in one month for an activity counted by hand."""

    activity = models.ForeignKey(PoiActivity, on_delete=models.CASCADE, related_name="actuals")
    month = models.PositiveSmallIntegerField(_("mes"))
    value = models.DecimalField(_("logrado"), max_digits=12, decimal_places=2)

    class Meta:
        verbose_name = _("avance del POI")
        verbose_name_plural = _("avances del POI")
        constraints = [models.UniqueConstraint(fields=["activity", "month"], name="reports_poi_actual_once")]

    def __str__(self) -> str:
        return f"{self.activity_id} · {self.month}"


class WordTemplate(models.Model):
    """A Word template the head of unit uploaded; the newest one is used, the shipped one when there is none."""

    content = models.BinaryField()
    original_name = models.CharField(_("nombre del archivo"), max_length=200)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("plantilla de Word")
        verbose_name_plural = _("plantillas de Word")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self) -> str:
        return self.original_name
