from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from heraldo.core.fulltext import FullTextIndex, SearchableModel
from heraldo.core.models.base import Label
from heraldo.core.models.fields import optional_link
from heraldo.core.sanitize import html_to_text
from heraldo.core.uploads import GeneratedName


class ReleaseStatus(models.TextChoices):
    DRAFT = "borrador", _("Borrador")
    IN_REVIEW = "revision", _("En revisión")
    MAYOR_REVIEW = "alcaldia", _("En aprobación de Alcaldía")
    APPROVED = "aprobado", _("Aprobado")
    SCHEDULED = "programado", _("Programado")
    PUBLISHED = "publicado", _("Publicado")
    WITHDRAWN = "retirado", _("Retirado")


class Category(models.Model):
    name = models.CharField(_("nombre"), max_length=80, unique=True)
    slug = models.SlugField(_("identificador"), max_length=80, unique=True)

    class Meta:
        verbose_name = _("categoría")
        verbose_name_plural = _("categorías")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("newsroom:category", args=[self.slug])


class Tag(Label):
    slug = models.SlugField(_("identificador"), max_length=60, unique=True)

    def get_absolute_url(self) -> str:
        return reverse("newsroom:tag", args=[self.slug])


class PressReleaseQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=ReleaseStatus.PUBLISHED, published_at__isnull=False)


class PressRelease(SearchableModel):
    """A nota de prensa: written by the press team, approved by the head of unit, published on the newsroom."""

    search_fields = ("headline", "lead", "body", "quotes")
    search_index = FullTextIndex("press_pressrelease")

    headline = models.CharField(_("titular"), max_length=200)
    slug = models.SlugField(_("identificador en la web"), max_length=90, blank=True)
    lead = models.TextField(
        _("entradilla"), max_length=700, help_text=_("El primer párrafo: qué, quién, cuándo, dónde, en pocas líneas.")
    )
    body = models.TextField(_("cuerpo"), blank=True)
    quotes = models.TextField(
        _("citas"),
        blank=True,
        help_text=_("Una cita por párrafo, con quien la dijo al final tras una raya: «…» — Nombre, cargo."),
    )
    category = optional_link(Category, _("categoría"), on_delete=models.PROTECT, related_name="releases")
    tags = models.ManyToManyField(Tag, verbose_name=_("etiquetas"), blank=True, related_name="releases")
    is_sensitive = models.BooleanField(
        _("tema sensible"),
        default=False,
        help_text=_("Requiere una segunda aprobación de Alcaldía antes de publicarse."),
    )
    event = optional_link(
        "ceremonial.Event",
        _("actividad de la agenda"),
        on_delete=models.SET_NULL,
        related_name="press_releases",
        help_text=_("La actividad de la agenda de la que informa la nota, si la hay."),
    )
    media_list = optional_link(
        "directory.MailingList",
        _("lista de medios"),
        on_delete=models.SET_NULL,
        help_text=_("Vacío: todos los periodistas con cargo vigente en un medio del Registro."),
    )
    distribute_to_media = models.BooleanField(
        _("enviar a medios al publicar"), default=True, help_text=_("Se envía por correo a la lista de periodistas.")
    )
    status = models.CharField(
        _("estado"), max_length=12, choices=ReleaseStatus.choices, default=ReleaseStatus.DRAFT, db_index=True
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("redactor"), on_delete=models.PROTECT, related_name="press_releases"
    )
    version = models.PositiveIntegerField(_("versión"), default=1)
    submitted_at = models.DateTimeField(_("enviado a revisión el"), null=True, blank=True)
    approved_by = optional_link(settings.AUTH_USER_MODEL, _("aprobado por"), on_delete=models.PROTECT)
    approved_at = models.DateTimeField(_("aprobado el"), null=True, blank=True)
    mayor_approved_by = optional_link(settings.AUTH_USER_MODEL, _("aprobado por Alcaldía"), on_delete=models.PROTECT)
    mayor_approved_at = models.DateTimeField(_("aprobado por Alcaldía el"), null=True, blank=True)
    scheduled_for = models.DateTimeField(_("publicar el"), null=True, blank=True)
    published_at = models.DateTimeField(_("publicado el"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("retirado el"), null=True, blank=True)
    hold_reason = models.TextField(_("motivo de retención"), blank=True)
    # The head of unit's written exception to the publicity-law checks: it covers exactly the blocking findings
    # listed here (a new one, after an edit, blocks again).
    publicity_override_reason = models.TextField(_("motivo de la excepción a las normas de publicidad"), blank=True)
    publicity_override_findings = models.JSONField(default=list, blank=True, editable=False)
    publicity_override_by = optional_link(
        settings.AUTH_USER_MODEL, _("excepción autorizada por"), on_delete=models.PROTECT
    )
    publicity_override_at = models.DateTimeField(_("excepción autorizada el"), null=True, blank=True)
    distributed_at = models.DateTimeField(_("enviado a medios el"), null=True, blank=True)
    created_at = models.DateTimeField(_("creado el"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modificado el"), auto_now=True)

    objects = PressReleaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("nota de prensa")
        verbose_name_plural = _("notas de prensa")
        ordering = ["-updated_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="press_release_pub_idx"),
            models.Index(fields=["status", "scheduled_for"], name="press_release_due_idx"),
            models.Index(fields=["category", "status", "-published_at"], name="press_release_cat_idx"),
            # The staff list, newest edit first, with or without a status filter.
            models.Index(fields=["-updated_at", "-id"], name="press_release_recent_idx"),
            models.Index(fields=["status", "-updated_at", "-id"], name="press_release_st_recent_idx"),
            # Approvals, oldest submission first; the author is in the index so that leaving out one's own
            # releases, and counting the rest, reads the index alone.
            models.Index(fields=["status", "submitted_at", "id", "author"], name="press_release_awaiting_idx"),
        ]

    def __str__(self) -> str:
        return self.headline

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.headline)[:90] or "nota"
        super().save(*args, **kwargs)

    def search_parts(self) -> list[str]:
        tags = [tag.name for tag in self.tags.all()] if self.pk else []
        return [self.headline, self.lead, html_to_text(self.body), self.quotes, *tags]

    def get_absolute_url(self) -> str:
        return reverse("press:release_detail", args=[self.pk])

    def get_public_url(self) -> str:
        return reverse("newsroom:detail", args=[self.pk, self.slug])

    @property
    def is_editable(self) -> bool:
        return self.status == ReleaseStatus.DRAFT

    @property
    def is_public(self) -> bool:
        return self.status == ReleaseStatus.PUBLISHED and self.published_at is not None

    def quote_list(self) -> list[tuple[str, str]]:
        """The quotes as (text, who said it) pairs."""
        pairs = []
        for block in (self.quotes or "").replace("\r\n", "\n").split("\n\n"):
            block = " ".join(block.split())
            if not block:
                continue
            text, _sep, speaker = block.rpartition(" — ") if " — " in block else (block, "", "")
            pairs.append((text.strip().strip('«»"“”').strip(), speaker.strip()))
        return pairs


class ReleaseRevision(models.Model):
    """A saved version of the text, so editors can see who changed what."""

    release = models.ForeignKey(PressRelease, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField(_("número"))
    headline = models.CharField(_("titular"), max_length=200)
    lead = models.TextField(_("entradilla"))
    body = models.TextField(_("cuerpo"), blank=True)
    quotes = models.TextField(_("citas"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("autor"), on_delete=models.PROTECT, related_name="+"
    )
    note = models.CharField(_("motivo"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("fecha"), auto_now_add=True)

    class Meta:
        verbose_name = _("versión")
        verbose_name_plural = _("versiones")
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["release", "number"], name="press_revision_unique_number")]

    def __str__(self) -> str:
        return f"{self.release_id} v{self.number}"


class ReleasePhoto(models.Model):
    release = models.ForeignKey(PressRelease, on_delete=models.CASCADE, related_name="photos")
    asset = models.ForeignKey("press.MediaAsset", on_delete=models.PROTECT, related_name="release_uses")
    position = models.PositiveSmallIntegerField(_("orden"), default=0)

    class Meta:
        verbose_name = _("foto de la nota")
        verbose_name_plural = _("fotos de la nota")
        ordering = ["position", "pk"]
        constraints = [models.UniqueConstraint(fields=["release", "asset"], name="press_photo_once_per_release")]

    def __str__(self) -> str:
        return str(self.asset)


class ReleaseAttachment(models.Model):
    release = models.ForeignKey(PressRelease, on_delete=models.CASCADE, related_name="attachments")
    title = models.CharField(_("título"), max_length=200)
    file = models.FileField(_("archivo"), upload_to=GeneratedName("press/attachments/%Y/%m"))
    mime = models.CharField(_("tipo MIME"), max_length=60)
    size_bytes = models.PositiveBigIntegerField(_("tamaño (bytes)"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("adjunto")
        verbose_name_plural = _("adjuntos")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.title


class ReleaseTransition(models.Model):
    """One step of the approval workflow, with the comment the person left."""

    release = models.ForeignKey(PressRelease, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(_("desde"), max_length=12, choices=ReleaseStatus.choices)
    to_status = models.CharField(_("hacia"), max_length=12, choices=ReleaseStatus.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("persona"), on_delete=models.PROTECT, null=True, related_name="+"
    )
    comment = models.TextField(_("comentario"), blank=True)
    created_at = models.DateTimeField(_("fecha"), auto_now_add=True)

    class Meta:
        verbose_name = _("paso del flujo de aprobación")
        verbose_name_plural = _("pasos del flujo de aprobación")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.release_id}: {self.from_status} → {self.to_status}"
