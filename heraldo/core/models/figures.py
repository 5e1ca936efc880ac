from django.db import models
from django.utils.translation import gettext_lazy as _


class DailyFigure(models.Model):
    """One figure of one Lima day, kept by a periodic job (heraldo.core.dashboards): the dashboards read these
    few rows instead of counting a million clippings on each page view.

    `dimension` splits a figure (the tone of the clippings, a topic's id, the Mayor's attendance…); "" when the
    figure has none. A value of zero is not stored.
    """

    metric = models.CharField(_("indicador"), max_length=60)
    day = models.DateField(_("día"))
    dimension = models.CharField(_("desglose"), max_length=60, blank=True, default="")
    value = models.BigIntegerField(_("valor"))
    computed_at = models.DateTimeField(_("calculado el"), auto_now=True)

    class Meta:
        verbose_name = _("cifra diaria")
        verbose_name_plural = _("cifras diarias")
        constraints = [
            # Also the index every dashboard read uses: some metrics over a range of days.
            models.UniqueConstraint(fields=["metric", "day", "dimension"], name="core_dailyfigure_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.metric} {self.day:%d/%m/%Y} {self.dimension}: {self.value}"
