"""What the publicity-law checks read and the head of unit keeps: electoral processes, the palettes of political
organisations, and the nicknames by which the Registro's authorities are known."""

from __future__ import annotations

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.base import Timestamped
from heraldo.publicity.rules import Palette, Process
from heraldo.publicity.values import split_colours, split_lines, split_ubigeos


class ProcessKind(models.TextChoices):
    GENERAL = "GENERAL", _("Elecciones generales")
    REGIONAL_MUNICIPAL = "REGIONAL_MUNICIPAL", _("Elecciones regionales y municipales")
    COMPLEMENTARY = "COMPLEMENTARIA", _("Elecciones municipales complementarias")
    RECALL = "REVOCATORIA", _("Consulta popular de revocatoria")
    REFERENDUM = "REFERENDUM", _("Referéndum")
    OTHER = "OTRO", _("Otro proceso")


class BanStartPolicy(models.TextChoices):
    PUBLICATION_DAY = "PUBLICATION_DAY", _("El día de publicación de la convocatoria (conservador)")
    NEXT_DAY = "NEXT_DAY", _("El día siguiente a la publicación")
    EXPLICIT = "EXPLICIT", _("La fecha indicada")


class ElectoralProcess(Timestamped):
    """A process whose convocation bans state publicity (Ley 26859 art. 192) until the JNE concludes it."""

    name = models.CharField(_("nombre"), max_length=150)
    kind = models.CharField(_("tipo"), max_length=20, choices=ProcessKind.choices)
    convocation_date = models.DateField(
        _("publicación de la convocatoria"), help_text=_("Fecha en que se publicó el decreto de convocatoria.")
    )
    legal_basis = models.CharField(
        _("norma de convocatoria"), max_length=150, blank=True, help_text=_("Por ejemplo: D.S. N.° 001-2026-PCM.")
    )
    ban_start_policy = models.CharField(
        _("inicio de la prohibición"),
        max_length=16,
        choices=BanStartPolicy.choices,
        default=BanStartPolicy.PUBLICATION_DAY,
    )
    ban_start_date = models.DateField(
        _("fecha de inicio de la prohibición"),
        null=True,
        blank=True,
        help_text=_("Solo si la prohibición empieza en una fecha indicada."),
    )
    election_day = models.DateField(_("día de la elección"), null=True, blank=True)
    end_date = models.DateField(
        _("conclusión del proceso"),
        null=True,
        blank=True,
        help_text=_("La fecha de la resolución del JNE que da por concluido el proceso; vacía mientras siga abierto."),
    )
    jurisdictions = models.CharField(
        _("jurisdicciones (ubigeo)"),
        max_length=500,
        blank=True,
        help_text=_("Ubigeos de 2, 4 o 6 dígitos separados por comas; vacío si es nacional."),
    )
    notes = models.TextField(_("notas"), blank=True)

    class Meta:
        verbose_name = _("proceso electoral")
        verbose_name_plural = _("procesos electorales")
        ordering = ["-convocation_date", "name"]
        indexes = [models.Index(fields=["end_date"])]

    def __str__(self) -> str:
        return self.name

    @property
    def ban_start(self) -> date:
        if self.ban_start_policy == BanStartPolicy.EXPLICIT and self.ban_start_date:
            return self.ban_start_date
        if self.ban_start_policy == BanStartPolicy.NEXT_DAY:
            return self.convocation_date + timedelta(days=1)
        return self.convocation_date

    @property
    def jurisdiction_list(self) -> tuple[str, ...]:
        return split_ubigeos(self.jurisdictions)

    def clean(self) -> None:
        errors = {}
        if self.ban_start_policy == BanStartPolicy.EXPLICIT and not self.ban_start_date:
            errors["ban_start_date"] = _("Indique la fecha en que empieza la prohibición.")
        if self.convocation_date and self.ban_start_date and self.ban_start_date < self.convocation_date:
            errors["ban_start_date"] = _("La prohibición no puede empezar antes de la convocatoria.")
        if self.convocation_date and self.end_date and self.end_date < self.ban_start:
            errors["end_date"] = _("La conclusión no puede ser anterior al inicio de la prohibición.")
        if self.convocation_date and self.election_day and self.election_day < self.convocation_date:
            errors["election_day"] = _("La elección no puede ser anterior a la convocatoria.")
        if errors:
            raise ValidationError(errors)

    def as_rule(self) -> Process:
        return Process(
            name=self.name,
            ban_start=self.ban_start,
            end=self.end_date,
            jurisdictions=self.jurisdiction_list,
            kind=self.kind,
        )


class PoliticalPalette(Timestamped):
    """A political organisation as publicity must not evoke it: its colours, names, acronyms, slogans and logos."""

    organisation = models.CharField(_("organización política"), max_length=150, unique=True)
    colours = models.CharField(
        _("colores"), max_length=300, blank=True, help_text=_("Colores en hexadecimal separados por comas: #E30613.")
    )
    keywords = models.TextField(
        _("siglas, lemas y palabras"), blank=True, help_text=_("Una por línea: siglas, lemas, nombres cortos.")
    )
    logos = models.TextField(
        _("logotipos y símbolos"),
        blank=True,
        help_text=_("Uno por línea: el nombre del símbolo (por ejemplo, «lampa»)."),
    )
    jurisdictions = models.CharField(
        _("jurisdicciones (ubigeo)"),
        max_length=500,
        blank=True,
        help_text=_("Dónde participa: ubigeos separados por comas; vacío si en todo el país."),
    )
    is_mayors = models.BooleanField(_("organización del Alcalde"), default=False)
    is_active = models.BooleanField(_("vigente"), default=True)

    class Meta:
        verbose_name = _("paleta de organización política")
        verbose_name_plural = _("paletas de organizaciones políticas")
        ordering = ["organisation"]

    def __str__(self) -> str:
        return self.organisation

    @property
    def colour_list(self) -> tuple[str, ...]:
        return split_colours(self.colours)

    def as_rule(self) -> Palette:
        return Palette(
            organisation=self.organisation,
            colours=self.colour_list,
            keywords=split_lines(self.keywords) + split_lines(self.logos),
            jurisdictions=split_ubigeos(self.jurisdictions),
            is_mayors=self.is_mayors,
        )


class Nickname(Timestamped):
    """How people call an authority ("el Chino", "Coco"): publicity must not identify them by it either."""

    person = models.ForeignKey(
        "directory.Person", verbose_name=_("persona"), on_delete=models.CASCADE, related_name="publicity_nicknames"
    )
    nickname = models.CharField(_("apodo"), max_length=80)

    class Meta:
        verbose_name = _("apodo")
        verbose_name_plural = _("apodos")
        ordering = ["nickname"]
        constraints = [models.UniqueConstraint(fields=["person", "nickname"], name="publicity_nickname_unique")]

    def __str__(self) -> str:
        return self.nickname
