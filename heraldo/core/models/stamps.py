from django.db import models
from django.utils.translation import gettext_lazy as _


class ChangeStamp(models.Model):
    """A counter raised in the same transaction as each change of some data (heraldo.core.stamps): figures
    computed from that data are cached under the counter's value, so every process and machine sees a change
    on its next read without recounting on every page."""

    name = models.CharField(_("nombre"), max_length=80, primary_key=True)
    value = models.PositiveBigIntegerField(_("valor"), default=0)

    class Meta:
        verbose_name = _("sello de cambios")
        verbose_name_plural = _("sellos de cambios")

    def __str__(self) -> str:
        return f"{self.name}: {self.value}"
