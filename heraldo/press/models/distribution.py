from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MediaOptOut(models.Model):
    """A journalist's address that asked not to receive press releases any more (one click from any e-mail)."""

    email = models.EmailField(_("correo"), unique=True)
    created_at = models.DateTimeField(_("fecha"), auto_now_add=True)

    class Meta:
        verbose_name = _("baja de la lista de medios")
        verbose_name_plural = _("bajas de la lista de medios")

    def __str__(self) -> str:
        return self.email


class ReleaseDelivery(models.Model):
    """One release sent to one journalist; the outbox row with the same key says whether it left."""

    release = models.ForeignKey("press.PressRelease", on_delete=models.CASCADE, related_name="deliveries")
    email = models.EmailField(_("correo"))
    name = models.CharField(_("destinatario"), max_length=250, blank=True)
    outlet = models.CharField(_("medio"), max_length=250, blank=True)
    outbox_key = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(_("fecha"), auto_now_add=True)

    class Meta:
        verbose_name = _("envío a medios")
        verbose_name_plural = _("envíos a medios")
        ordering = ["outlet", "name", "email"]
        constraints = [models.UniqueConstraint(fields=["release", "email"], name="press_delivery_once")]

    def __str__(self) -> str:
        return f"{self.release_id} → {self.email}"


class SocialNetwork(models.TextChoices):
    X = "x", "X (Twitter)"
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    WHATSAPP = "whatsapp", _("WhatsApp (canal)")
    LINKEDIN = "linkedin", "LinkedIn"


class SocialPost(models.Model):
    """The text prepared for one network; copied by hand or posted by an adapter where one is configured."""

    release = models.ForeignKey("press.PressRelease", on_delete=models.CASCADE, related_name="social_posts")
    network = models.CharField(_("red"), max_length=12, choices=SocialNetwork.choices)
    text = models.TextField(_("texto"))
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("texto para redes")
        verbose_name_plural = _("textos para redes")
        constraints = [models.UniqueConstraint(fields=["release", "network"], name="press_social_once")]

    def __str__(self) -> str:
        return f"{self.release_id} · {self.network}"
