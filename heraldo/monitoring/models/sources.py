from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.base import Authored
from heraldo.core.models.fields import optional_link


def outlet_field(**options) -> models.ForeignKey:
    """The media outlet of the Registro a source or a clipping belongs to; an outlet in use is never deleted."""
    return optional_link("directory.Entity", _("medio"), on_delete=models.PROTECT, **options)


class SourceKind(models.TextChoices):
    FEED = "feed", _("Canal RSS/Atom")
    WEB = "web", _("Página web sin canal")
    MANUAL = "manual", _("Registro manual (prensa escrita, radio, TV)")


class Health(models.TextChoices):
    OK = "ok", _("Funciona")
    DEGRADED = "degraded", _("Con fallas")
    FAILING = "failing", _("Caída")
    NEW = "new", _("Sin consultar")


class Source(Authored):
    """Where clippings come from: a feed, a section page to follow, or an outlet recorded by hand."""

    name = models.CharField(_("nombre"), max_length=200)
    kind = models.CharField(_("tipo de fuente"), max_length=8, choices=SourceKind.choices, default=SourceKind.FEED)
    url = models.URLField(_("dirección"), max_length=1000, blank=True)
    outlet = outlet_field(related_name="monitoring_sources", limit_choices_to={"kind": "MEDIO"})
    link_selector = models.CharField(
        _("selector de enlaces"),
        max_length=300,
        blank=True,
        help_text=_("Selector CSS de los enlaces a las notas en la página de sección, por ejemplo: article h2 a."),
    )
    content_selector = models.CharField(
        _("selector del texto"),
        max_length=300,
        blank=True,
        help_text=_("Selector CSS del cuerpo de la nota; si se deja vacío se extrae automáticamente."),
    )
    interval_minutes = models.PositiveIntegerField(_("intervalo de consulta (minutos)"), default=30)
    is_priority = models.BooleanField(
        _("medio prioritario"), default=False, help_text=_("Sus menciones negativas generan alertas inmediatas.")
    )
    is_active = models.BooleanField(_("activa"), default=True)
    next_due_at = models.DateTimeField(_("próxima consulta"), null=True, blank=True)
    health = models.CharField(_("estado"), max_length=10, choices=Health.choices, default=Health.NEW)
    consecutive_failures = models.PositiveIntegerField(_("fallas seguidas"), default=0)
    last_error = models.CharField(_("último error"), max_length=500, blank=True)
    last_polled_at = models.DateTimeField(_("última consulta"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("última consulta exitosa"), null=True, blank=True)
    etag = models.CharField(max_length=300, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)

    class Meta:
        verbose_name = _("fuente")
        verbose_name_plural = _("fuentes")
        ordering = ["name"]
        indexes = [models.Index(fields=["is_active", "next_due_at"], name="monitoring_source_due")]

    def __str__(self) -> str:
        return self.name

    @property
    def is_polled(self) -> bool:
        return self.kind in (SourceKind.FEED, SourceKind.WEB)
