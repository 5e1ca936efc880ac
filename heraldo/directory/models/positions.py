from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.fulltext import SearchableModel
from heraldo.core.models.base import Timestamped
from heraldo.directory import office_codes
from heraldo.directory.models.entities import ubigeo_validator
from heraldo.directory.titles import feminine_title


class Position(SearchableModel, Timestamped):
    """A cargo: it keeps its rank and form of address while its holders change."""

    # People are found by the cargo they hold ("alcalde", "directora regional"), accents ignored.
    search_fields = ("title", "title_feminine")

    entity = models.ForeignKey(
        "directory.Entity", verbose_name=_("entidad"), on_delete=models.PROTECT, related_name="positions"
    )
    title = models.CharField(_("cargo"), max_length=150, help_text=_("En masculino genérico: Alcalde, Regidor."))
    title_feminine = models.CharField(
        _("cargo en femenino"), max_length=150, blank=True, help_text=_("Alcaldesa, Regidora.")
    )
    form_of_address = models.CharField(
        _("tratamiento (masculino)"), max_length=150, blank=True, help_text=_("Por ejemplo: Señor Alcalde.")
    )
    form_of_address_feminine = models.CharField(
        _("tratamiento (femenino)"), max_length=150, blank=True, help_text=_("Por ejemplo: Señora Alcaldesa.")
    )
    office_code = models.CharField(
        _("código de precedencia"),
        max_length=60,
        blank=True,
        db_index=True,
        help_text=_("El cargo en el cuadro de precedencias, por ejemplo Alcalde Distrital."),
    )
    jurisdiction = models.CharField(_("jurisdicción (ubigeo)"), max_length=6, blank=True, validators=[ubigeo_validator])
    order_in_entity = models.PositiveSmallIntegerField(
        _("orden en la entidad"),
        null=True,
        blank=True,
        help_text=_("Por ejemplo, el orden de los regidores en la credencial del JEE."),
    )
    sits_at_head_table = models.BooleanField(_("ocupa mesa de honor"), default=False)
    is_active = models.BooleanField(_("vigente"), default=True)

    class Meta:
        verbose_name = _("cargo")
        verbose_name_plural = _("cargos")
        ordering = ["entity__name", "order_in_entity", "title"]
        indexes = [models.Index(fields=["entity", "order_in_entity"])]

    def __str__(self) -> str:
        return f"{self.title} — {self.entity}" if self.entity_id else self.title

    @property
    def office_label(self) -> str:
        """The office in the precedence table, in words (never its code)."""
        return office_codes.office_label(self.office_code) if self.office_code else ""

    def title_for(self, sex: str) -> str:
        """The title in the holder's gender: the feminine form given, else one made from the title."""
        if sex != "F":
            return self.title
        return self.title_feminine or feminine_title(self.title)

    def address_for(self, sex: str) -> str:
        if sex != "F":
            return self.form_of_address
        return self.form_of_address_feminine or feminine_title(self.form_of_address)


class TermStatus(models.TextChoices):
    TITULAR = "TITULAR", _("Titular")
    ENCARGADO = "ENCARGADO", _("Encargado")
    SUSPENDIDO = "SUSPENDIDO", _("Suspendido")
    VACADO = "VACADO", _("Vacado")


class Term(Timestamped):
    """Who holds a position from when to when. History is kept: terms end, they are not deleted."""

    position = models.ForeignKey(Position, verbose_name=_("cargo"), on_delete=models.PROTECT, related_name="terms")
    person = models.ForeignKey(
        "directory.Person", verbose_name=_("persona"), on_delete=models.PROTECT, related_name="terms"
    )
    status = models.CharField(_("condición"), max_length=12, choices=TermStatus.choices, default=TermStatus.TITULAR)
    starts_on = models.DateField(_("desde"))
    ends_on = models.DateField(_("hasta"), null=True, blank=True)
    source_document = models.CharField(
        _("documento de sustento"), max_length=200, blank=True, help_text=_("Credencial, resolución o acta.")
    )

    class Meta:
        verbose_name = _("periodo en el cargo")
        verbose_name_plural = _("periodos en el cargo")
        ordering = ["-starts_on"]
        indexes = [
            models.Index(fields=["position", "ends_on"]),
            models.Index(fields=["person", "ends_on"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True) | models.Q(ends_on__gte=models.F("starts_on")),
                name="directory_term_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.position}"

    def clean(self) -> None:
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("La fecha de término no puede ser anterior a la de inicio.")})

    @property
    def cargo_title(self) -> str:
        """The cargo as this holder is called: Regidora for a woman."""
        return self.position.title_for(self.person.sex)

    def is_current_on(self, day) -> bool:
        return (
            self.starts_on <= day
            and (self.ends_on is None or self.ends_on >= day)
            and self.status
            in (
                TermStatus.TITULAR,
                TermStatus.ENCARGADO,
            )
        )
