from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.base import Authored, Label


class Tag(Label):
    """A free label the office puts on entities and persons ("vaso de leche", "prensa regional")."""

    name_folded = models.CharField(max_length=60, editable=False, db_index=True, default="")

    def save(self, *args, **kwargs):
        from heraldo.core.text import fold

        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)


class RecipientScope(models.TextChoices):
    HOLDERS = "HOLDERS", _("Titulares actuales de los cargos de las entidades")
    HEAD_TABLE = "HEAD_TABLE", _("Solo titulares de cargos de mesa de honor")
    ENTITY = "ENTITY", _("El correo institucional de cada entidad")


class MailingList(Authored):
    """A saved filter over the registry: media lists for Prensa, guest lists for Agenda.

    The members are computed each time from `filters`, so a list follows the
    changes of authorities without being edited.
    """

    name = models.CharField(_("nombre"), max_length=150, unique=True)
    description = models.TextField(_("descripción"), blank=True)
    purpose = models.CharField(
        _("finalidad"),
        max_length=200,
        help_text=_("Para qué se usan estos datos (Ley 29733), por ejemplo: envío de notas de prensa."),
    )
    filters = models.JSONField(_("filtros"), default=dict, blank=True)
    scope = models.CharField(
        _("destinatarios"), max_length=12, choices=RecipientScope.choices, default=RecipientScope.HOLDERS
    )

    class Meta:
        verbose_name = _("lista de distribución")
        verbose_name_plural = _("listas de distribución")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
