from django.db import models
from django.db.models.functions import ExtractDay, ExtractMonth
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.base import Timestamped
from heraldo.core.models.fields import acting_user, optional_link


def month_day(date_field: str):
    """A date's month and day as one number, 1206 for 6 December: what an anniversary or a birthday repeats on."""
    return ExtractMonth(date_field) * 100 + ExtractDay(date_field)


class RegistryRecord(Timestamped):
    """An entity or a person of the Registro: verified from time to time, merged into the survivor when duplicated."""

    merged_into = optional_link(
        "self",
        _("fusionado en"),
        on_delete=models.SET_NULL,
        editable=False,
        help_text=_("Un duplicado fusionado queda archivado y apunta al registro que se conserva."),
    )
    verified_at = models.DateTimeField(_("verificado el"), null=True, blank=True)
    verified_by = acting_user(_("verificado por"))

    class Meta:
        abstract = True
