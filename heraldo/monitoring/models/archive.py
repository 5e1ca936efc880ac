from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.base import Authored


class SavedSearch(models.Model):
    """A search of the press archive an analyst named to run again; private to its owner."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("nombre"), max_length=120)
    # The archive page's own parameters (words, filters, order), so running it again is one link.
    parameters = models.CharField(max_length=1500)
    query_text = models.CharField(_("texto buscado"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("búsqueda guardada")
        verbose_name_plural = _("búsquedas guardadas")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["owner", "name"], name="monitoring_saved_search_unique")]

    def __str__(self) -> str:
        return self.name


class Dossier(Authored):
    """A named selection of clippings (dosier) the monitoring team exports as a PDF clipping book."""

    name = models.CharField(_("nombre"), max_length=200)
    description = models.TextField(_("presentación"), blank=True)
    clippings = models.ManyToManyField("monitoring.Clipping", through="DossierItem", related_name="dossiers")
    updated_at = models.DateTimeField(auto_now=True, db_index=True)  # indexed: the list is sorted by it

    class Meta:
        verbose_name = _("dosier de recortes")
        verbose_name_plural = _("dosieres de recortes")
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return self.name


class DossierItem(models.Model):
    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="items")
    clipping = models.ForeignKey("monitoring.Clipping", on_delete=models.CASCADE, related_name="+")
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("recorte del dosier")
        verbose_name_plural = _("recortes del dosier")
        constraints = [models.UniqueConstraint(fields=["dossier", "clipping"], name="monitoring_dossier_item_unique")]

    def __str__(self) -> str:
        return f"{self.dossier_id}: {self.clipping_id}"
