from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReminderPreference(models.Model):
    """When a person wants the day's digest of what falls due; absent, the defaults below apply."""

    DEFAULT_HOUR = 8
    DEFAULT_DAYS_AHEAD = 1

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_preference")
    digest_hour = models.PositiveSmallIntegerField(
        _("hora del resumen"), default=DEFAULT_HOUR, validators=[MaxValueValidator(23)]
    )
    days_ahead = models.PositiveSmallIntegerField(
        _("avisar con cuántos días de anticipación"), default=DEFAULT_DAYS_AHEAD, validators=[MaxValueValidator(14)]
    )
    by_email = models.BooleanField(_("recibir también por correo"), default=True)
    last_digest_on = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("preferencia de recordatorios")
        verbose_name_plural = _("preferencias de recordatorios")

    def __str__(self) -> str:
        return str(self.user)
