"""Invitations received: requests for the Mayor's attendance, answered and tracked."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.ceremonial.models.events import EventType, unregistered_entity_name
from heraldo.core.models.base import Authored
from heraldo.core.models.fields import acting_user, optional_link


class RequestStatus(models.TextChoices):
    PENDING = "PENDIENTE", _("Pendiente de respuesta")
    ACCEPTED = "ACEPTADA", _("Aceptada: asiste el Alcalde")
    DELEGATED = "DELEGADA", _("Delegada: asiste un representante")
    DECLINED = "DECLINADA", _("Declinada")


class AttendanceRequest(Authored):
    """An invitation from outside asking the Mayor to attend (oficio, card, e-mail, call)."""

    inviting_entity = optional_link("directory.Entity", _("entidad que invita"), on_delete=models.PROTECT)
    inviting_name = unregistered_entity_name(_("quién invita"))
    reference = models.CharField(
        _("documento"), max_length=120, blank=True, help_text=_("Por ejemplo: Oficio N.° 123-2026-GR.")
    )
    received_on = models.DateField(_("recibida el"))
    title = models.CharField(_("actividad a la que invitan"), max_length=200)
    event_type = models.CharField(_("tipo"), max_length=24, choices=EventType.choices, default=EventType.ACTO_OFICIAL)
    starts_at = models.DateTimeField(_("inicio"))
    ends_at = models.DateTimeField(_("fin"))
    place = models.CharField(_("lugar"), max_length=200)
    notes = models.TextField(_("notas"), blank=True)
    answer_by = models.DateField(_("responder hasta"), null=True, blank=True)
    status = models.CharField(
        _("estado"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.PENDING, db_index=True
    )
    delegate = optional_link("directory.Person", _("representante designado"), on_delete=models.PROTECT)
    delegate_role = models.CharField(_("cargo del representante"), max_length=150, blank=True)
    answer_note = models.TextField(_("respuesta enviada"), blank=True)
    answered_at = models.DateTimeField(_("respondida el"), null=True, blank=True)
    answered_by = acting_user()
    event = models.OneToOneField(
        "ceremonial.Event",
        verbose_name=_("actividad en la agenda"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="attendance_request",
    )

    class Meta:
        verbose_name = _("invitación recibida")
        verbose_name_plural = _("invitaciones recibidas")
        ordering = ["starts_at", "pk"]
        indexes = [models.Index(fields=["status", "starts_at"]), models.Index(fields=["received_on"])]

    def __str__(self) -> str:
        return self.title

    @property
    def inviter(self) -> str:
        return str(self.inviting_entity) if self.inviting_entity_id else self.inviting_name
