from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.uploads import GeneratedName


class Sex(models.TextChoices):
    """Only used for the grammatical agreement of titles and forms of address."""

    FEMALE = "F", _("Femenino")
    MALE = "M", _("Masculino")
    UNSPECIFIED = "", _("Sin especificar")


class Person(models.Model):
    """Someone the office addresses: an authority, an official, a journalist, a representative."""

    given_names = models.CharField(_("nombres"), max_length=120)
    surnames = models.CharField(_("apellidos"), max_length=120)
    honorific = models.CharField(
        _("tratamiento"), max_length=40, blank=True, help_text=_("Por ejemplo: Sr., Sra., Monseñor, General PNP.")
    )
    academic_title = models.CharField(_("título académico"), max_length=40, blank=True, help_text=_("Dr., Ing., Lic."))
    sex = models.CharField(_("sexo"), max_length=1, choices=Sex.choices, blank=True, default=Sex.UNSPECIFIED)
    institutional_email = models.EmailField(_("correo institucional"), blank=True)
    institutional_phone = models.CharField(_("teléfono institucional"), max_length=60, blank=True)
    # Personal data under Ley 29733: shown only to roles with view_personal_data.
    personal_email = models.EmailField(_("correo personal"), blank=True)
    personal_phone = models.CharField(_("teléfono personal"), max_length=60, blank=True)
    birth_date = models.DateField(_("fecha de nacimiento"), null=True, blank=True)
    photo = models.ImageField(_("foto"), upload_to=GeneratedName("directory/people/%Y"), blank=True)
    notes = models.TextField(_("notas"), blank=True)
    beats = models.CharField(
        _("temas que cubre"), max_length=200, blank=True, help_text=_("Para periodistas: política, deportes, obras…")
    )
    is_active = models.BooleanField(_("vigente"), default=True)
    tags = models.ManyToManyField("directory.Tag", verbose_name=_("etiquetas"), blank=True, related_name="persons")
    search_text = models.TextField(editable=False, default="")
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("fusionado en"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        help_text=_("Un duplicado fusionado queda archivado y apunta al registro que se conserva."),
    )
    verified_at = models.DateTimeField(_("verificado el"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verificado por"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("persona")
        verbose_name_plural = _("personas")
        ordering = ["surnames", "given_names"]
        indexes = [
            models.Index(fields=["surnames", "given_names"]),
            models.Index(fields=["verified_at"]),
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.surnames}".strip()

    @property
    def sort_name(self) -> str:
        return f"{self.surnames}, {self.given_names}"
