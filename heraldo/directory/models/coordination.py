"""The coordination log with entities (functions 3 and 5): meetings, letters, calls, agreements."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.base import Authored
from heraldo.core.uploads import GeneratedName


class CoordinationKind(models.TextChoices):
    MEETING = "REUNION", _("Reunión")
    LETTER_SENT = "OFICIO_ENVIADO", _("Oficio enviado")
    LETTER_RECEIVED = "OFICIO_RECIBIDO", _("Oficio recibido")
    CALL = "LLAMADA", _("Llamada")
    EMAIL = "CORREO", _("Correo electrónico")
    AGREEMENT = "CONVENIO", _("Convenio")
    OTHER = "OTRO", _("Otra coordinación")


class Coordination(Authored):
    entity = models.ForeignKey(
        "directory.Entity", verbose_name=_("entidad"), on_delete=models.PROTECT, related_name="coordinations"
    )
    kind = models.CharField(_("tipo"), max_length=16, choices=CoordinationKind.choices)
    occurred_on = models.DateField(_("fecha"))
    subject = models.CharField(_("tema"), max_length=200)
    summary = models.TextField(_("resumen y acuerdos"), blank=True)
    participants = models.ManyToManyField(
        "directory.Person", verbose_name=_("participantes del Registro"), blank=True, related_name="coordinations"
    )
    other_participants = models.CharField(_("otros participantes"), max_length=250, blank=True)
    reference = models.CharField(
        _("número de documento"), max_length=80, blank=True, help_text=_("Por ejemplo: Oficio N.° 123-2026-MDSCM/UII.")
    )
    document = models.FileField(
        _("documento (PDF o imagen)"), upload_to=GeneratedName("directory/coordination/%Y"), blank=True
    )
    agreement_until = models.DateField(_("vigencia del convenio hasta"), null=True, blank=True)
    # Follow-up tasks are the office's tasks (heraldo.work) about this coordination.
    tasks = GenericRelation("work.Task", content_type_field="subject_type", object_id_field="subject_id")

    class Meta:
        verbose_name = _("coordinación")
        verbose_name_plural = _("coordinaciones")
        ordering = ["-occurred_on", "-pk"]
        indexes = [models.Index(fields=["entity", "-occurred_on"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.subject}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("directory:coordination_detail", args=[self.pk])
