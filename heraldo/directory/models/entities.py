from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.fulltext import FullTextIndex, SearchableModel
from heraldo.core.models.fields import optional_link
from heraldo.directory.models.records import RegistryRecord, month_day

ubigeo_validator = RegexValidator(
    r"^(\d{2}|\d{4}|\d{6})$",
    _("El ubigeo tiene 2 (departamento), 4 (provincia) o 6 dígitos (distrito)."),
)


class EntityKind(models.TextChoices):
    MUNICIPALITY = "MUNICIPALIDAD", _("Municipalidad")
    REGIONAL_GOVERNMENT = "GOBIERNO_REGIONAL", _("Gobierno regional")
    MINISTRY = "MINISTERIO", _("Ministerio u organismo del Poder Ejecutivo")
    CONGRESS = "CONGRESO", _("Congreso de la República")
    JUDICIARY = "JUDICIAL", _("Poder Judicial o Ministerio Público")
    AUTONOMOUS = "AUTONOMO", _("Organismo constitucional autónomo")
    POLICE = "POLICIA", _("Policía Nacional")
    ARMED_FORCES = "FUERZAS_ARMADAS", _("Fuerzas Armadas")
    PREFECTURE = "PREFECTURA", _("Prefectura o subprefectura")
    CHURCH = "IGLESIA", _("Iglesia o confesión religiosa")
    UNIVERSITY = "UNIVERSIDAD", _("Universidad")
    SCHOOL = "COLEGIO", _("Institución educativa")
    COMPANY = "EMPRESA", _("Empresa")
    NGO = "ONG", _("ONG o asociación")
    NEIGHBOURHOOD = "ORGANIZACION_VECINAL", _("Organización vecinal o social")
    MEDIA = "MEDIO", _("Medio de comunicación")
    DIPLOMATIC = "DIPLOMATICO", _("Misión diplomática u organismo internacional")
    OTHER = "OTRO", _("Otra")


class Level(models.TextChoices):
    NATIONAL = "NACIONAL", _("Nacional")
    REGIONAL = "REGIONAL", _("Regional")
    PROVINCIAL = "PROVINCIAL", _("Provincial")
    DISTRICT = "DISTRITAL", _("Distrital")
    INTERNATIONAL = "INTERNACIONAL", _("Internacional")


class MediaKind(models.TextChoices):
    PRESS = "PRENSA", _("Prensa escrita")
    RADIO = "RADIO", _("Radio")
    TV = "TV", _("Televisión")
    WEB = "WEB", _("Digital")


class Entity(SearchableModel, RegistryRecord):
    """An institution the office deals with: its own municipality, authorities, media, civil society."""

    search_fields = ("name", "short_name", "ubigeo", "email", "media_coverage")
    search_index = FullTextIndex("directory_entity")

    name = models.CharField(_("nombre"), max_length=250)
    short_name = models.CharField(_("sigla o nombre corto"), max_length=80, blank=True)
    kind = models.CharField(_("tipo"), max_length=24, choices=EntityKind.choices, db_index=True)
    level = models.CharField(_("nivel"), max_length=16, choices=Level.choices, db_index=True)
    ubigeo = models.CharField(
        _("ubigeo"),
        max_length=6,
        blank=True,
        validators=[ubigeo_validator],
        db_index=True,
        help_text=_("Código INEI del territorio o de la sede: 2, 4 o 6 dígitos."),
    )
    parent = optional_link("self", _("entidad superior"), on_delete=models.PROTECT, related_name="children")
    address = models.CharField(_("dirección"), max_length=250, blank=True)
    phone = models.CharField(_("teléfono"), max_length=60, blank=True)
    email = models.EmailField(_("correo institucional"), blank=True)
    website = models.URLField(_("sitio web"), blank=True)
    anniversary = models.DateField(
        _("fecha de creación o aniversario"),
        null=True,
        blank=True,
        help_text=_("Se saluda cada año en el día y mes de esta fecha."),
    )
    anniversary_month_day = models.GeneratedField(
        expression=month_day("anniversary"), output_field=models.PositiveSmallIntegerField(), db_persist=True
    )
    is_own_municipality = models.BooleanField(_("es nuestra municipalidad"), default=False)
    media_kind = models.CharField(_("tipo de medio"), max_length=8, choices=MediaKind.choices, blank=True)
    media_reach = models.PositiveIntegerField(_("alcance estimado (personas)"), null=True, blank=True)
    media_coverage = models.CharField(_("área de cobertura"), max_length=150, blank=True)
    notes = models.TextField(_("notas"), blank=True)
    is_active = models.BooleanField(_("vigente"), default=True)
    tags = models.ManyToManyField("directory.Tag", verbose_name=_("etiquetas"), blank=True, related_name="entities")

    class Meta:
        verbose_name = _("entidad")
        verbose_name_plural = _("entidades")
        ordering = ["name"]
        indexes = [
            models.Index(fields=["kind", "name"]),
            # The Registro's figures count active entities by kind from the index alone.
            models.Index(fields=["kind", "is_active"], name="directory_entity_kinds_idx"),
            # The list and the API in name order, a page at a time.
            models.Index(fields=["name"], name="directory_entity_name_idx"),
            # Records to verify, never verified first, then the longest unverified: the list walks this index.
            models.Index(fields=["verified_at", "name"], name="directory_entity_verify_idx"),
            models.Index(fields=["anniversary_month_day"], name="directory_entity_anniv_idx"),
            models.Index(fields=["verified_at", "is_active"], name="directory_entity_stale_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["is_own_municipality"],
                condition=models.Q(is_own_municipality=True),
                name="directory_single_own_municipality",
            )
        ]

    def __str__(self) -> str:
        return self.name
