"""Greetings sent on anniversaries and birthdays, and protocol gifts given or received."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.fields import acting_user, optional_link


class GreetingOccasion(models.TextChoices):
    ANNIVERSARY = "ANIVERSARIO", _("Aniversario institucional")
    BIRTHDAY = "CUMPLEANOS", _("Cumpleaños")
    CONGRATULATION = "FELICITACION", _("Felicitación")
    CONDOLENCE = "CONDOLENCIA", _("Condolencia")
    OTHER = "OTRO", _("Otro")


class GreetingChannel(models.TextChoices):
    LETTER = "CARTA", _("Carta u oficio")
    EMAIL = "CORREO", _("Correo electrónico")
    MESSAGE = "MENSAJE", _("Mensaje o llamada")
    VISIT = "VISITA", _("Visita protocolar")
    PUBLICATION = "PUBLICACION", _("Publicación en redes o prensa")


class Greeting(models.Model):
    occasion = models.CharField(_("ocasión"), max_length=14, choices=GreetingOccasion.choices)
    entity = optional_link("directory.Entity", _("entidad"), on_delete=models.PROTECT, related_name="greetings")
    person = optional_link("directory.Person", _("persona"), on_delete=models.PROTECT, related_name="greetings")
    sent_on = models.DateField(_("enviado el"))
    channel = models.CharField(_("medio"), max_length=12, choices=GreetingChannel.choices)
    reference = models.CharField(_("número de documento"), max_length=80, blank=True)
    text = models.TextField(_("texto enviado"), blank=True)
    gift_given = models.CharField(_("presente entregado"), max_length=200, blank=True)
    gift_received = models.CharField(_("presente recibido"), max_length=200, blank=True)
    created_by = acting_user()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("saludo o presente")
        verbose_name_plural = _("saludos y presentes")
        ordering = ["-sent_on", "-pk"]
        indexes = [models.Index(fields=["sent_on"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(entity__isnull=False) | models.Q(person__isnull=False),
                name="directory_greeting_has_recipient",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_occasion_display()} · {self.person or self.entity} · {self.sent_on:%d/%m/%Y}"
