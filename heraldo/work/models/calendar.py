from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.fields import acting_user

# Names of the national holidays by the code heraldo.work.calendar gives them.
NATIONAL_HOLIDAY_NAMES = {
    "ANO_NUEVO": _("Año Nuevo"),
    "JUEVES_SANTO": _("Jueves Santo"),
    "VIERNES_SANTO": _("Viernes Santo"),
    "DIA_DEL_TRABAJO": _("Día del Trabajo"),
    "BATALLA_DE_ARICA": _("Batalla de Arica y Día de la Bandera"),
    "SAN_PEDRO_Y_SAN_PABLO": _("San Pedro y San Pablo"),
    "FUERZA_AEREA": _("Día de la Fuerza Aérea del Perú"),
    "INDEPENDENCIA": _("Fiestas Patrias (Independencia)"),
    "FIESTAS_PATRIAS": _("Fiestas Patrias (Gran Parada Militar)"),
    "BATALLA_DE_JUNIN": _("Batalla de Junín"),
    "SANTA_ROSA_DE_LIMA": _("Santa Rosa de Lima"),
    "COMBATE_DE_ANGAMOS": _("Combate de Angamos"),
    "TODOS_LOS_SANTOS": _("Todos los Santos"),
    "INMACULADA_CONCEPCION": _("Inmaculada Concepción"),
    "BATALLA_DE_AYACUCHO": _("Batalla de Ayacucho"),
    "NAVIDAD": _("Navidad"),
}


class NonWorkingDay(models.Model):
    """A weekday on which deadlines in working days do not run: a holiday or a declared day off."""

    class Kind(models.TextChoices):
        NATIONAL = "FERIADO", _("Feriado nacional")
        DECREED = "DECRETO", _("Día no laborable declarado por decreto")
        LOCAL = "LOCAL", _("Día no laborable de la municipalidad")

    day = models.DateField(_("fecha"), unique=True)
    kind = models.CharField(_("tipo"), max_length=8, choices=Kind.choices)
    holiday_code = models.CharField(max_length=32, blank=True, editable=False)
    name = models.CharField(_("motivo"), max_length=150, blank=True)
    legal_basis = models.CharField(
        _("norma"), max_length=150, blank=True, help_text=_("Por ejemplo: D.S. N.° 123-2026-PCM.")
    )
    created_by = acting_user()

    class Meta:
        verbose_name = _("día no laborable")
        verbose_name_plural = _("días no laborables")
        ordering = ["day"]

    def __str__(self) -> str:
        return f"{self.day:%d/%m/%Y} {self.display_name}"

    @property
    def display_name(self) -> str:
        if self.holiday_code in NATIONAL_HOLIDAY_NAMES:
            return str(NATIONAL_HOLIDAY_NAMES[self.holiday_code])
        return self.name
