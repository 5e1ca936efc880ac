"""Encargos: work sent to the office by a document (memorandum, proveído, oficio), with a term in working days."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.base import Authored
from heraldo.core.uploads import GeneratedName
from heraldo.work.models.tasks import Task


class Assignment(Authored):
    class DocumentKind(models.TextChoices):
        MEMORANDUM = "MEMORANDO", _("Memorando")
        PROVEIDO = "PROVEIDO", _("Proveído")
        OFICIO = "OFICIO", _("Oficio")
        REPORT = "INFORME", _("Informe")
        LETTER = "CARTA", _("Carta")
        OTHER = "OTRO", _("Otro documento")

    class Sender(models.TextChoices):
        MAYOR = "ALCALDIA", _("Alcaldía")
        MANAGER = "GERENCIA", _("Gerencia Municipal")
        SECRETARY = "SECRETARIA", _("Secretaría General")
        OTHER_UNIT = "UNIDAD", _("Otra unidad orgánica")

    document_kind = models.CharField(_("documento"), max_length=10, choices=DocumentKind.choices)
    document_number = models.CharField(
        _("número del documento"), max_length=120, help_text=_("Por ejemplo: Memorando N.° 123-2026-MDSC/GM.")
    )
    sender = models.CharField(_("remitente"), max_length=10, choices=Sender.choices)
    sender_unit = models.CharField(_("unidad remitente"), max_length=150, blank=True)
    received_on = models.DateField(_("recibido el"))
    term_working_days = models.PositiveSmallIntegerField(_("plazo (días hábiles)"))
    scan = models.FileField(_("documento escaneado"), upload_to=GeneratedName("work/assignments/%Y"), blank=True)
    task = models.OneToOneField(Task, on_delete=models.PROTECT, related_name="assignment")
    reply_number = models.CharField(_("documento de respuesta"), max_length=120, blank=True)
    reply_on = models.DateField(_("respondido el"), null=True, blank=True)
    escalated_on = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("encargo")
        verbose_name_plural = _("encargos")
        ordering = ["-received_on", "-pk"]
        indexes = [models.Index(fields=["-received_on", "-id"], name="work_assignment_recent_idx")]

    def __str__(self) -> str:
        return self.document_number
