from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.fields import optional_link


class Topic(models.Model):
    """A subject the office follows: obras, seguridad ciudadana, limpieza pública…"""

    name = models.CharField(_("tema"), max_length=120, unique=True)
    is_active = models.BooleanField(_("activo"), default=True)

    class Meta:
        verbose_name = _("tema")
        verbose_name_plural = _("temas")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class TermKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipalidad")
    MAYOR = "mayor", _("Alcalde o alcaldesa")
    AUTHORITY = "authority", _("Autoridad o funcionario")
    PLACE = "place", _("Lugar del distrito")
    TOPIC = "topic", _("Tema")
    NEGATIVE = "negative", _("Palabra de exclusión")


# The kinds of term that name us (the municipality, its authorities, its places), not a topic or an exclusion.
OUR_KINDS = (TermKind.MUNICIPALITY, TermKind.MAYOR, TermKind.AUTHORITY, TermKind.PLACE)


class TermOrigin(models.TextChoices):
    REGISTRY = "registry", _("Generado del Registro")
    OFFICE = "office", _("Definido por la oficina")


class WatchTerm(models.Model):
    """One phrase of the watch list. A negative keyword suppresses the other hits of its clipping."""

    phrase = models.CharField(_("frase"), max_length=200)
    folded = models.CharField(max_length=200, editable=False, db_index=True)
    kind = models.CharField(_("tipo"), max_length=14, choices=TermKind.choices)
    origin = models.CharField(_("origen"), max_length=10, choices=TermOrigin.choices, default=TermOrigin.OFFICE)
    person = optional_link("directory.Person", _("persona"), on_delete=models.CASCADE)
    topic = models.ForeignKey(Topic, verbose_name=_("tema"), on_delete=models.CASCADE, null=True, blank=True)
    is_active = models.BooleanField(_("activo"), default=True)
    # A position alone ("el alcalde"): it names the person only after their name or the municipality was used in
    # the same text, and never when another town's or another person's name follows it.
    needs_antecedent = models.BooleanField(_("solo después del nombre"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("término vigilado")
        verbose_name_plural = _("términos vigilados")
        ordering = ["kind", "phrase"]
        constraints = [models.UniqueConstraint(fields=["folded", "kind"], name="monitoring_term_unique")]

    def __str__(self) -> str:
        return self.phrase

    @property
    def label(self) -> str:
        if self.person_id:
            return self.person.full_name
        if self.topic_id:
            return self.topic.name
        return self.phrase
