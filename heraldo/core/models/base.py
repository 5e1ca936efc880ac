"""Abstract models for the fields many records share, so each app declares them once."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.fields import acting_user


class Timestamped(models.Model):
    """A record that knows when it was created and last saved."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Authored(Timestamped):
    """A timestamped record that also keeps who created it; it outlives that person's account."""

    created_by = acting_user()

    class Meta:
        abstract = True


class Label(models.Model):
    """A tag: a short name, unique in its app, that groups the records it is put on."""

    name = models.CharField(_("nombre"), max_length=60, unique=True)

    class Meta:
        abstract = True
        verbose_name = _("etiqueta")
        verbose_name_plural = _("etiquetas")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
