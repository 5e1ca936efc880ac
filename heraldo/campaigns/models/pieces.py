"""Creative pieces of a campaign: versions, review comments, approvals and the brand-kit checklist as recorded."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from heraldo.campaigns.channels import Channel
from heraldo.campaigns.models.campaigns import Campaign
from heraldo.core.models.base import Authored
from heraldo.core.models.fields import acting_user, optional_link
from heraldo.core.uploads import GeneratedName


class PieceKind(models.TextChoices):
    RADIO_SPOT = "SPOT_RADIO", _("Spot de radio")
    TV_SPOT = "SPOT_TV", _("Spot de televisión")
    FACEBOOK_POST = "POST_FACEBOOK", _("Publicación en Facebook")
    SOCIAL_POST = "POST_REDES", _("Publicación en otras redes")
    FLYER = "VOLANTE", _("Volante")
    POSTER = "AFICHE", _("Afiche")
    BANNER = "BANDEROLA", _("Banderola")
    WEB_BANNER = "BANNER_WEB", _("Banner web")
    SMS = "SMS", _("Mensaje SMS")


# The channel a kind of piece goes out through.
KIND_CHANNEL = {
    PieceKind.RADIO_SPOT: Channel.RADIO,
    PieceKind.TV_SPOT: Channel.TV,
    PieceKind.FACEBOOK_POST: Channel.SOCIAL,
    PieceKind.SOCIAL_POST: Channel.SOCIAL,
    PieceKind.FLYER: Channel.PRINT,
    PieceKind.POSTER: Channel.PRINT,
    PieceKind.BANNER: Channel.OUTDOOR,
    PieceKind.WEB_BANNER: Channel.WEB,
    PieceKind.SMS: Channel.SMS,
}


class PieceStatus(models.TextChoices):
    DRAFT = "BORRADOR", _("En producción")
    IN_REVIEW = "EN_REVISION", _("En revisión")
    OFFICE_APPROVED = "VB_OFICINA", _("Aprobada por la oficina")
    APPROVED = "APROBADA", _("Aprobada")


class Topic(models.TextChoices):
    """Why the piece may go out during an electoral period (the exceptions of Res. 0844-2025-JNE art. 18)."""

    EDUCATION = "EDUCACION", _("Educación")
    HEALTH = "SALUD", _("Salud")
    SECURITY = "SEGURIDAD", _("Seguridad")
    EMERGENCY = "EMERGENCIA", _("Emergencia")
    PUBLIC_SERVICE = "SERVICIO_PUBLICO_IMPOSTERGABLE", _("Servicio público impostergable")


class Piece(Authored):
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="pieces")
    title = models.CharField(_("título"), max_length=200)
    kind = models.CharField(_("tipo de pieza"), max_length=14, choices=PieceKind.choices)
    channel = models.CharField(_("canal"), max_length=10, choices=Channel.choices)
    paid = models.BooleanField(_("pagada (inserción o pauta)"), default=False)
    text = models.TextField(_("texto de la pieza"), blank=True)
    topic = models.CharField(_("tema"), max_length=200, blank=True)
    justification_kind = models.CharField(
        _("excepción que la justifica"), max_length=32, choices=Topic.choices, blank=True
    )
    justification = models.TextField(
        _("justificación"), blank=True, help_text=_("Obligatoria para las piezas pagadas (Ley 28874, art. 3).")
    )
    exposure_starts = models.DateField(_("visible desde"))
    exposure_ends = models.DateField(
        _("visible hasta"), null=True, blank=True, help_text=_("Vacío: sin fecha de retiro.")
    )
    ubigeo = models.CharField(_("ubigeo"), max_length=6)
    people_shown = models.JSONField(_("personas que aparecen"), default=list, blank=True)
    names_mentioned = models.JSONField(_("nombres mencionados"), default=list, blank=True)
    posts_mentioned = models.JSONField(_("cargos mencionados"), default=list, blank=True)
    voice_of = models.JSONField(_("voces"), default=list, blank=True)
    palette = models.JSONField(_("colores"), default=list, blank=True)
    logos = models.JSONField(_("logos"), default=list, blank=True)
    jee_authorization_no = models.CharField(_("autorización del JEE"), max_length=80, blank=True)
    concerns_unit = models.BooleanField(_("la aprueba también la unidad solicitante"), default=True)
    due_on = models.DateField(_("entrega"), null=True, blank=True)
    designer = optional_link(settings.AUTH_USER_MODEL, _("a cargo de"), on_delete=models.PROTECT)
    # Photos and videos of Prensa's media library the piece uses: the people tagged in them count as shown.
    assets = models.ManyToManyField(
        "press.MediaAsset", verbose_name=_("archivos de la biblioteca de medios"), blank=True, related_name="+"
    )
    status = models.CharField(_("estado"), max_length=12, choices=PieceStatus.choices, default=PieceStatus.DRAFT)
    office_approved_by = acting_user(_("aprobada por la oficina"))
    office_approved_at = models.DateTimeField(null=True, blank=True)
    unit_approved_by = acting_user(_("aprobada por la unidad"))
    unit_approved_at = models.DateTimeField(null=True, blank=True)
    brand_kit_version = models.PositiveIntegerField(_("versión del manual de marca"), null=True, blank=True)
    brand_checks = models.JSONField(_("lista del manual de marca"), default=dict, blank=True)
    brand_checked_by = acting_user(_("revisada por"))
    brand_checked_at = models.DateTimeField(null=True, blank=True)
    # The head of unit's written exception to the publicity-law checks: it covers the blocking findings listed.
    publicity_override_reason = models.TextField(_("excepción a las normas de publicidad"), blank=True)
    publicity_override_findings = models.JSONField(default=list, blank=True, editable=False)
    publicity_override_by = acting_user(_("excepción autorizada por"))
    publicity_override_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("pieza")
        verbose_name_plural = _("piezas")
        ordering = ["exposure_starts", "pk"]
        indexes = [models.Index(fields=["campaign", "status"], name="campaigns_piece_status_idx")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("campaigns:piece_detail", args=[self.pk])

    @property
    def needs_unit_approval(self) -> bool:
        return self.concerns_unit and bool(self.campaign.unit)

    @property
    def brand_complete(self) -> bool:
        return bool(self.brand_checks) and all(self.brand_checks.values())

    def clean(self) -> None:
        errors = {}
        if self.channel and self.channel not in Channel.values:
            errors["channel"] = _("Canal desconocido: %(codes)s.") % {"codes": self.channel}
        if self.paid and not self.justification.strip():
            errors["justification"] = _(
                "Una pieza pagada necesita su justificación (Ley 28874, art. 3): "
                "para qué, a quién y por qué este medio."
            )
        if self.exposure_starts and self.exposure_ends and self.exposure_ends < self.exposure_starts:
            errors["exposure_ends"] = _("La pieza se retiraría antes de publicarse.")
        if self.ubigeo and not (len(self.ubigeo) == 6 and self.ubigeo.isdigit()):
            errors["ubigeo"] = _("El ubigeo tiene seis dígitos.")
        if errors:
            raise ValidationError(errors)


class PieceVersion(models.Model):
    piece = models.ForeignKey(Piece, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(_("versión"))
    file = models.FileField(_("archivo"), upload_to=GeneratedName("campaigns/pieces/%Y"))
    note = models.CharField(_("qué cambia"), max_length=300, blank=True)
    uploaded_by = acting_user(_("subida por"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("versión de la pieza")
        verbose_name_plural = _("versiones de la pieza")
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["piece", "number"], name="campaigns_piece_version_once")]

    def __str__(self) -> str:
        return f"{self.piece} v{self.number}"

    @property
    def is_image(self) -> bool:
        return self.file.name.rsplit(".", 1)[-1].lower() in {"jpg", "png", "webp", "gif"}


class PieceComment(models.Model):
    """A review comment; with `x`/`y` it is pinned on the version's image, as percentages of its width and height
    (so the pin stays in place at any size the image is shown)."""

    piece = models.ForeignKey(Piece, on_delete=models.CASCADE, related_name="comments")
    version = models.ForeignKey(PieceVersion, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField(_("comentario"))
    x = models.DecimalField(_("posición horizontal (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    y = models.DecimalField(_("posición vertical (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("comentario de revisión")
        verbose_name_plural = _("comentarios de revisión")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(x__isnull=True, y__isnull=True))
                | models.Q(x__gte=0, x__lte=100, y__gte=0, y__lte=100),
                name="campaigns_comment_pin_inside",
            )
        ]

    def __str__(self) -> str:
        return self.body[:60]

    @property
    def is_pinned(self) -> bool:
        return self.x is not None and self.y is not None
