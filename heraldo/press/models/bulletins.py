from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from heraldo.core.uploads import GeneratedName


class Bulletin(models.Model):
    """An edition of the municipal bulletin: published releases gathered, printed to PDF, e-mailed to subscribers."""

    class Status(models.TextChoices):
        DRAFT = "borrador", _("Borrador")
        PUBLISHED = "publicado", _("Publicado")

    title = models.CharField(_("título"), max_length=200)
    number = models.PositiveIntegerField(_("número"), unique=True)
    period_label = models.CharField(_("periodo"), max_length=80, help_text=_("Por ejemplo: Noviembre de 2026."))
    intro = models.TextField(_("presentación"), blank=True)
    releases = models.ManyToManyField(
        "press.PressRelease", through="press.BulletinItem", verbose_name=_("notas"), related_name="bulletins"
    )
    status = models.CharField(_("estado"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    pdf = models.FileField(_("PDF"), upload_to=GeneratedName("press/bulletins"), blank=True)
    pdf_rendered_at = models.DateTimeField(_("PDF generado el"), null=True, blank=True)
    published_at = models.DateTimeField(_("publicado el"), null=True, blank=True)
    sent_at = models.DateTimeField(_("enviado el"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("boletín")
        verbose_name_plural = _("boletines")
        ordering = ["-number"]
        indexes = [models.Index(fields=["status", "-published_at"], name="press_bulletin_pub_idx")]

    def __str__(self) -> str:
        return f"{self.title} n.º {self.number}"

    def get_absolute_url(self) -> str:
        return reverse("press:bulletin_detail", args=[self.pk])

    def get_public_url(self) -> str:
        return reverse("newsroom:bulletin", args=[self.pk])


class BulletinItem(models.Model):
    bulletin = models.ForeignKey(Bulletin, on_delete=models.CASCADE, related_name="items")
    release = models.ForeignKey("press.PressRelease", on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [models.UniqueConstraint(fields=["bulletin", "release"], name="press_bulletin_item_once")]

    def __str__(self) -> str:
        return f"{self.bulletin_id}: {self.release_id}"


class Subscriber(models.Model):
    """A reader of the bulletin: double opt-in (confirmed by e-mail), one-click unsubscribe."""

    email = models.EmailField(_("correo"), unique=True)
    confirmed_at = models.DateTimeField(_("confirmado el"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("dado de baja el"), null=True, blank=True)
    created_at = models.DateTimeField(_("registrado el"), auto_now_add=True)

    class Meta:
        verbose_name = _("suscriptor")
        verbose_name_plural = _("suscriptores")
        indexes = [models.Index(fields=["confirmed_at", "unsubscribed_at"], name="press_subscriber_active_idx")]

    def __str__(self) -> str:
        return self.email

    @property
    def is_active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None
