"""Personal data under Ley 29733 and its regulation (D.S. 016-2024-JUS)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.dates import shown_datetime
from heraldo.core.models.fields import acting_user, optional_link


class ContactField(models.TextChoices):
    INSTITUTIONAL_EMAIL = "institutional_email", _("Correo institucional")
    INSTITUTIONAL_PHONE = "institutional_phone", _("Teléfono institucional")
    PERSONAL_EMAIL = "personal_email", _("Correo personal")
    PERSONAL_PHONE = "personal_phone", _("Teléfono personal")
    BIRTH_DATE = "birth_date", _("Fecha de nacimiento")
    PHOTO = "photo", _("Foto")


class LegalBasis(models.TextChoices):
    PUBLIC_SOURCE = "PUBLIC_SOURCE", _("Dato público de la función o cargo (fuente accesible al público)")
    CONSENT = "CONSENT", _("Consentimiento del titular")
    LEGAL_DUTY = "LEGAL_DUTY", _("Cumplimiento de funciones de la municipalidad")
    CONTRACT = "CONTRACT", _("Relación contractual o convenio")


class ContactLegalBasis(models.Model):
    """Why the office may keep one contact field of a person, what for and until when."""

    person = models.ForeignKey("directory.Person", on_delete=models.CASCADE, related_name="legal_bases")
    field = models.CharField(_("dato"), max_length=24, choices=ContactField.choices)
    basis = models.CharField(_("base legal"), max_length=16, choices=LegalBasis.choices)
    purpose = models.CharField(_("finalidad"), max_length=200)
    evidence = models.CharField(
        _("sustento"), max_length=200, blank=True, help_text=_("Por ejemplo: formato de consentimiento firmado.")
    )
    obtained_on = models.DateField(_("obtenido el"), null=True, blank=True)
    retain_until = models.DateField(_("conservar hasta"), null=True, blank=True)
    recorded_by = acting_user()
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("base legal de un dato")
        verbose_name_plural = _("bases legales de datos")
        constraints = [models.UniqueConstraint(fields=["person", "field"], name="directory_one_basis_per_field")]

    def __str__(self) -> str:
        return f"{self.get_field_display()}: {self.get_basis_display()}"


class AccessChannel(models.TextChoices):
    WEB = "web", _("Página")
    API = "api", _("API")
    EXPORT = "export", _("Exportación")


class PersonalDataAccess(models.Model):
    """Who looked at a person's personal data, when, and through what."""

    person = models.ForeignKey("directory.Person", on_delete=models.CASCADE, related_name="personal_data_accesses")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    user_label = models.CharField(max_length=200, blank=True)
    channel = models.CharField(_("medio"), max_length=8, choices=AccessChannel.choices)
    accessed_at = models.DateTimeField(_("fecha"), auto_now_add=True)

    class Meta:
        verbose_name = _("acceso a datos personales")
        verbose_name_plural = _("accesos a datos personales")
        ordering = ["-accessed_at", "-pk"]
        indexes = [models.Index(fields=["person", "-accessed_at"])]

    def __str__(self) -> str:
        return f"{self.user_label} · {shown_datetime(self.accessed_at)}"


class ArcoRight(models.TextChoices):
    ACCESS = "ACCESO", _("Acceso")
    RECTIFICATION = "RECTIFICACION", _("Rectificación")
    CANCELLATION = "CANCELACION", _("Cancelación (supresión)")
    OPPOSITION = "OPOSICION", _("Oposición")


class ArcoRequest(models.Model):
    """A data subject's ARCO request and what the office did about it: the act on record."""

    person = optional_link("directory.Person", on_delete=models.SET_NULL, related_name="arco_requests")
    person_label = models.CharField(_("titular de los datos"), max_length=250)
    right = models.CharField(_("derecho ejercido"), max_length=14, choices=ArcoRight.choices)
    received_on = models.DateField(_("recibida el"))
    reference = models.CharField(_("documento o expediente"), max_length=120, blank=True)
    outcome = models.TextField(_("qué se hizo"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("solicitud ARCO")
        verbose_name_plural = _("solicitudes ARCO")
        ordering = ["-recorded_at"]

    def __str__(self) -> str:
        return f"{self.get_right_display()} — {self.person_label}"
