from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.base import Timestamped


class RegistryRecord(Timestamped):
    """An entity or a person of the Registro: verified from time to time, merged into the survivor when duplicated."""

    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("fusionado en"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        help_text=_("Un duplicado fusionado queda archivado y apunta al registro que se conserva."),
    )
    verified_at = models.DateTimeField(_("verificado el"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verificado por"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        abstract = True
