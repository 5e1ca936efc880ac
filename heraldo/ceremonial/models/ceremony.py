"""A ceremony's run-of-show (*programa*) and its guests from the Registro."""

from __future__ import annotations

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.fields import acting_user, optional_link


class ProgrammeItem(models.Model):
    """One item of the run-of-show. Its time follows from the event start and the items before it."""

    event = models.ForeignKey("ceremonial.Event", on_delete=models.CASCADE, related_name="programme")
    position = models.PositiveIntegerField(_("orden"), default=0)
    title = models.CharField(_("momento"), max_length=200)
    duration_minutes = models.PositiveSmallIntegerField(_("duración (minutos)"), default=5)
    responsible = models.CharField(_("responsable"), max_length=200, blank=True)
    text = models.TextField(_("texto o indicaciones"), blank=True)
    # The engine's output fills these moments in the script: speeches, anthems, presentation of the table.
    role = models.CharField(_("función en el guion"), max_length=20, blank=True, default="")

    class Meta:
        verbose_name = _("momento del programa")
        verbose_name_plural = _("programa")
        ordering = ["event", "position", "pk"]
        indexes = [models.Index(fields=["event", "position"])]

    def __str__(self) -> str:
        return self.title


class RsvpStatus(models.TextChoices):
    PENDING = "PENDIENTE", _("Sin respuesta")
    ACCEPTED = "ACEPTA", _("Confirmó asistencia")
    DECLINED = "DECLINA", _("No asistirá")


class RsvpChannel(models.TextChoices):
    LINK = "ENLACE", _("Enlace personal")
    PHONE = "TELEFONO", _("Teléfono")
    LETTER = "OFICIO", _("Oficio o carta")
    EMAIL = "CORREO", _("Correo electrónico")
    IN_PERSON = "PERSONAL", _("En persona")


def new_nonce() -> str:
    return secrets.token_hex(8)


class Guest(models.Model):
    """A person from the Registro invited to a ceremony, attending in one of their cargos."""

    event = models.ForeignKey("ceremonial.Event", on_delete=models.CASCADE, related_name="guests")
    person = models.ForeignKey(
        "directory.Person", verbose_name=_("persona"), on_delete=models.PROTECT, related_name="+"
    )
    position = optional_link("directory.Position", _("cargo con el que asiste"), on_delete=models.PROTECT)
    represents = optional_link("directory.Position", _("en representación de"), on_delete=models.PROTECT)
    email = models.EmailField(_("correo de la invitación"), blank=True)
    speaks = models.BooleanField(_("hará uso de la palabra"), default=False)
    rsvp_status = models.CharField(
        _("respuesta"), max_length=10, choices=RsvpStatus.choices, default=RsvpStatus.PENDING, db_index=True
    )
    rsvp_channel = models.CharField(_("medio de la respuesta"), max_length=10, choices=RsvpChannel.choices, blank=True)
    rsvp_at = models.DateTimeField(_("respondió el"), null=True, blank=True)
    # Part of the signed RSVP link: changing it voids every link sent before.
    rsvp_nonce = models.CharField(max_length=16, default=new_nonce, editable=False)
    invited_at = models.DateTimeField(_("invitado el"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("recordado el"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("llegó a las"), null=True, blank=True)
    checked_in_by = acting_user()
    walked_in = models.BooleanField(
        _("llegó sin invitación"), default=False, help_text=_("Añadido en la puerta el día del acto.")
    )
    notes = models.CharField(_("notas"), max_length=250, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    is_host: bool  # annotated by selectors.guests_with_host_flag, never stored

    class Meta:
        verbose_name = _("invitado")
        verbose_name_plural = _("invitados")
        constraints = [models.UniqueConstraint(fields=["event", "person"], name="ceremonial_guest_once_per_event")]
        indexes = [models.Index(fields=["event", "rsvp_status"])]

    def __str__(self) -> str:
        return self.person.full_name

    @property
    def cargo_title(self) -> str:
        """The cargo in the guest's grammatical gender (Regidora, Alcaldesa)."""
        return self.position.title_for(self.person.sex) if self.position_id else ""
