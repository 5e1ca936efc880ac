"""The precedence table as versioned data (PR-01): each row valid from/to, with its legal source."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.ceremonial.placement import EvenTableMode
from heraldo.ceremonial.precedence import OfficeClass, RepresentationMode
from heraldo.core.models.fields import acting_user, optional_link

OFFICE_CLASS_LABELS = {
    OfficeClass.HEAD_OF_STATE: _("Jefe de Estado (preside todo acto)"),
    OfficeClass.GENERAL: _("General"),
    OfficeClass.CONGRESS: _("Congreso"),
    OfficeClass.MAYOR: _("Alcaldes"),
    OfficeClass.COUNCIL: _("Concejo municipal (teniente alcalde y regidores)"),
    OfficeClass.ARMED_FORCES: _("Fuerzas Armadas y Policía Nacional"),
}


class PrecedenceTableRow(models.Model):
    """One office of the *Cuadro de Precedencias*. A change is a new row, the old one closed the day before."""

    office_code = models.CharField(_("código del cargo"), max_length=60, db_index=True)
    rank = models.PositiveSmallIntegerField(_("nivel"), help_text=_("Menor número, mayor precedencia."))
    suborder = models.PositiveSmallIntegerField(_("orden dentro del nivel"), default=0)
    label = models.CharField(_("cargo"), max_length=150)
    label_feminine = models.CharField(_("cargo en femenino"), max_length=150, blank=True)
    office_class = models.CharField(
        _("clase"),
        max_length=16,
        choices=[(c.value, label) for c, label in OFFICE_CLASS_LABELS.items()],
        default=OfficeClass.GENERAL,
        help_text=_("Decide el desempate entre cargos del mismo nivel (por ejemplo, el grado en FF.AA. y PNP)."),
    )
    territorial = models.BooleanField(
        _("territorial"), default=False, help_text=_("Solo tiene preeminencia dentro de su jurisdicción (PR-05).")
    )
    head_table_eligible = models.BooleanField(_("ocupa mesa de honor"), default=True)
    legal_source = models.CharField(_("fuente legal"), max_length=250)
    valid_from = models.DateField(_("vigente desde"), null=True, blank=True)
    valid_to = models.DateField(_("vigente hasta"), null=True, blank=True)
    updated_by = acting_user()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("fila del cuadro de precedencias")
        verbose_name_plural = _("cuadro de precedencias")
        ordering = ["rank", "suborder", "office_code", "valid_from"]
        indexes = [models.Index(fields=["office_code", "valid_from"])]

    def __str__(self) -> str:
        return f"{self.rank}. {self.label}"

    def as_engine_row(self) -> dict:
        return {
            "office_code": self.office_code,
            "rank": self.rank,
            "suborder": self.suborder,
            "label": self.label,
            "label_feminine": self.label_feminine,
            "office_class": self.office_class,
            "territorial": self.territorial,
            "head_table_eligible": self.head_table_eligible,
            "legal_source": self.legal_source,
            "valid_from": self.valid_from,
            "valid_to": self.valid_to,
        }


class ProtocolSettings(models.Model):
    """The protocol choices of one act (domain note 3.3–3.5 options)."""

    event = models.OneToOneField("ceremonial.Event", on_delete=models.CASCADE, related_name="protocol")
    head_table_size = models.PositiveSmallIntegerField(_("asientos en la mesa de honor"), default=5)
    representation_mode = models.CharField(
        _("ubicación de los representantes"),
        max_length=30,
        default=RepresentationMode.OWN_RANK,
        choices=[
            (RepresentationMode.OWN_RANK, _("Por su propio cargo (regla general)")),
            (RepresentationMode.END_OF_REPRESENTED_LEVEL, _("Al final del nivel del representado")),
            (RepresentationMode.REPRESENTED_RANK, _("Con el rango del representado")),
        ],
    )
    courtesy_host_position = models.PositiveSmallIntegerField(
        _("lugar del anfitrión si cede la presidencia"),
        default=2,
        choices=[(2, _("A la derecha de quien preside (2.º)")), (3, _("A la izquierda de quien preside (3.º)"))],
    )
    even_table_mode = models.CharField(
        _("mesa con número par"),
        max_length=16,
        default=EvenTableMode.SHARED_CENTRE,
        choices=[
            (EvenTableMode.SHARED_CENTRE, _("Centro compartido")),
            (EvenTableMode.TRUNCATED_ODD, _("Como mesa impar sin el último asiento")),
        ],
    )
    courtesy_cession_to = optional_link(
        "ceremonial.Guest", _("ceder la presidencia por cortesía a"), on_delete=models.SET_NULL
    )
    orator = optional_link("ceremonial.Guest", _("discurso de orden a cargo de"), on_delete=models.SET_NULL)
    reader = optional_link("ceremonial.Guest", _("lectura a cargo de"), on_delete=models.SET_NULL)
    welcome_by_council = models.BooleanField(_("un regidor da la bienvenida"), default=False)

    class Meta:
        verbose_name = _("opciones de protocolo")
        verbose_name_plural = _("opciones de protocolo")

    def __str__(self) -> str:
        return str(self.event)


class CeremonyScript(models.Model):
    """The master of ceremonies' script (*guion*): generated, then edited by hand."""

    event = models.OneToOneField("ceremonial.Event", on_delete=models.CASCADE, related_name="script")
    text = models.TextField(_("guion"))
    generated_at = models.DateTimeField(_("generado el"))
    edited_at = models.DateTimeField(_("editado el"), null=True, blank=True)
    edited_by = acting_user()

    class Meta:
        verbose_name = _("guion del maestro de ceremonias")
        verbose_name_plural = _("guiones del maestro de ceremonias")

    def __str__(self) -> str:
        return str(self.event)
