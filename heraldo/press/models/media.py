from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.uploads import GeneratedName


class UsageRights(models.TextChoices):
    OWN = "propia", _("Propia de la municipalidad")
    LICENSED = "cedida", _("Cedida con autorización")
    CREATIVE_COMMONS = "cc", _("Licencia Creative Commons")
    RESTRICTED = "restringida", _("Uso restringido (no publicar)")


class MediaAsset(models.Model):
    """A photo or video in the office's media library, used by releases, bulletins and campaigns.

    The original is kept as uploaded (its EXIF may hold the phone's GPS position
    until the photo is first published); the web and thumbnail sizes are always
    re-encoded without any metadata and are what the public sees.
    """

    class Kind(models.TextChoices):
        PHOTO = "foto", _("Foto")
        VIDEO = "video", _("Video")

    kind = models.CharField(_("tipo"), max_length=8, choices=Kind.choices, default=Kind.PHOTO)
    original = models.FileField(_("archivo original"), upload_to=GeneratedName("press/originals/%Y/%m"))
    web = models.FileField(_("tamaño web"), upload_to=GeneratedName("press/web/%Y/%m"), blank=True)
    thumb = models.FileField(_("miniatura"), upload_to=GeneratedName("press/thumbs/%Y/%m"), blank=True)
    sha256 = models.CharField(_("huella SHA-256"), max_length=64, db_index=True)
    mime = models.CharField(_("tipo MIME"), max_length=60)
    size_bytes = models.PositiveBigIntegerField(_("tamaño (bytes)"), default=0)
    width = models.PositiveIntegerField(_("ancho"), null=True, blank=True)
    height = models.PositiveIntegerField(_("alto"), null=True, blank=True)
    title = models.CharField(_("título"), max_length=200, blank=True)
    caption = models.CharField(_("pie de foto"), max_length=400, blank=True)
    credit = models.CharField(_("crédito"), max_length=150, blank=True)
    alt_text = models.CharField(
        _("texto alternativo"),
        max_length=300,
        blank=True,
        help_text=_("Describe la imagen para quien no la ve: qué se ve, no qué significa."),
    )
    event_name = models.CharField(_("actividad"), max_length=200, blank=True)
    taken_on = models.DateField(_("fecha de la toma"), null=True, blank=True)
    people = models.ManyToManyField(
        "directory.Person",
        verbose_name=_("personas que aparecen"),
        blank=True,
        related_name="press_media",
        help_text=_("Personas del Registro que se ven en la foto o el video."),
    )
    rights = models.CharField(_("derechos de uso"), max_length=12, choices=UsageRights.choices, default=UsageRights.OWN)
    consent_notes = models.TextField(_("notas de consentimiento"), blank=True)
    has_location = models.BooleanField(_("tiene ubicación GPS"), default=False)
    location_stripped_at = models.DateTimeField(_("ubicación borrada el"), null=True, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("subido por"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("subido el"), auto_now_add=True)
    search_text = models.TextField(editable=False, default="")

    class Meta:
        verbose_name = _("archivo de la biblioteca de medios")
        verbose_name_plural = _("biblioteca de medios")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["kind", "-created_at"], name="press_asset_kind_idx")]

    def __str__(self) -> str:
        return self.title or self.caption[:80] or _("Archivo %(pk)s") % {"pk": self.pk}

    @property
    def publishable(self) -> bool:
        return self.rights != UsageRights.RESTRICTED
