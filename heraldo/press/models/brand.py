from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.uploads import GeneratedName


class BrandKitVersion(models.Model):
    """One version of the municipality's identity manual as data; the newest is the one in force.

    `palette` is a list of {"name", "hex"}; `typography` a list of {"use", "family"};
    logo rules are plain fields. Nothing is edited in place: each change is a new version.
    """

    number = models.PositiveIntegerField(_("versión"), unique=True)
    palette = models.JSONField(_("paleta de colores"), default=list)
    typography = models.JSONField(_("tipografía"), default=list)
    logo_min_width_mm = models.PositiveSmallIntegerField(_("ancho mínimo del logo (mm)"), default=25)
    logo_min_width_px = models.PositiveSmallIntegerField(_("ancho mínimo del logo (px)"), default=120)
    logo_clear_space = models.CharField(
        _("área de respeto del logo"), max_length=200, default="La altura de la letra M del logotipo, por cada lado"
    )
    usage_notes = models.TextField(_("notas de uso"), blank=True)
    review_checklist = models.TextField(
        _("lista de revisión antes de aprobar"),
        blank=True,
        help_text=_("Un punto por línea; se muestra en cada nota antes de aprobarla."),
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("versión del manual de marca")
        verbose_name_plural = _("versiones del manual de marca")
        ordering = ["-number"]

    def __str__(self) -> str:
        return _("Manual de marca v%(n)s") % {"n": self.number}

    def checklist(self) -> list[str]:
        return [line.strip() for line in self.review_checklist.splitlines() if line.strip()]


class BrandTemplate(models.Model):
    """An approved template or logo file staff download (PDF, PNG/JPG, or SVG rebuilt from an allowlist)."""

    title = models.CharField(_("título"), max_length=200)
    description = models.CharField(_("uso"), max_length=300, blank=True)
    file = models.FileField(_("archivo"), upload_to=GeneratedName("press/brand"))
    mime = models.CharField(_("tipo MIME"), max_length=60)
    size_bytes = models.PositiveBigIntegerField(_("tamaño (bytes)"), default=0)
    is_crest = models.BooleanField(
        _("es el escudo"),
        default=False,
        help_text=_("El escudo se muestra en la sala de prensa, el boletín y las páginas públicas."),
    )
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("plantilla aprobada")
        verbose_name_plural = _("plantillas aprobadas")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title
