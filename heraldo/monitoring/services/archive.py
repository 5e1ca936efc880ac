"""The analyst's own archive tools: saved searches (private) and dosieres (the monitoring team's)."""

from __future__ import annotations

from django.db import transaction

from heraldo.core.audit import audit_record
from heraldo.core.branding import municipality_name
from heraldo.core.pdf import render_pdf
from heraldo.monitoring.models import Clipping, Dossier, DossierItem, SavedSearch

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


@transaction.atomic
def saved_search_create(*, actor, name: str, parameters: str, query_text: str) -> SavedSearch:
    saved = SavedSearch.objects.create(owner=actor, name=name, parameters=parameters, query_text=query_text[:300])
    audit_record(actor=actor, action="monitoring.saved_search.created", target=saved)
    return saved


@transaction.atomic
def saved_search_delete(*, actor, saved_search: SavedSearch) -> None:
    audit_record(actor=actor, action="monitoring.saved_search.deleted", target=saved_search)
    saved_search.delete()


@transaction.atomic
def dossier_create(*, actor, name: str, description: str = "") -> Dossier:
    dossier = Dossier.objects.create(name=name, description=description, created_by=actor)
    audit_record(actor=actor, action="monitoring.dossier.created", target=dossier)
    return dossier


@transaction.atomic
def dossier_add_clippings(*, actor, dossier: Dossier, clippings) -> int:
    """Adds the clippings not yet in the dosier; returns how many were added."""
    present = set(dossier.items.values_list("clipping_id", flat=True))
    new = [DossierItem(dossier=dossier, clipping=c, added_by=actor) for c in clippings if c.pk not in present]
    DossierItem.objects.bulk_create(new, ignore_conflicts=True)
    if new:
        dossier.save(update_fields=["updated_at"])
        audit_record(
            actor=actor,
            action="monitoring.dossier.clippings_added",
            target=dossier,
            changes={"clippings": [item.clipping_id for item in new]},
        )
    return len(new)


@transaction.atomic
def dossier_remove_clipping(*, actor, dossier: Dossier, clipping: Clipping) -> None:
    if dossier.items.filter(clipping=clipping).delete()[0]:
        dossier.save(update_fields=["updated_at"])
        audit_record(
            actor=actor, action="monitoring.dossier.clipping_removed", target=dossier, changes={"clipping": clipping.pk}
        )


def dossier_clippings(dossier: Dossier) -> list[Clipping]:
    """The dosier's clippings in date order, as the clipping book prints them."""
    return list(
        Clipping.objects.filter(pk__in=dossier.items.values("clipping_id"))
        .select_related("outlet", "source")
        .order_by("published_at", "pk")
    )


def dossier_export_pdf(*, actor, dossier: Dossier) -> bytes:
    """The clipping book: cover, index, then each clipping with its outlet, date, tone, text and scan."""
    clippings = dossier_clippings(dossier)
    pdf = render_pdf(
        "monitoring/dossier_pdf.html",
        {
            "dossier": dossier,
            "clippings": clippings,
            "scans": {c.pk for c in clippings if c.attachment and c.attachment.name.lower().endswith(IMAGE_SUFFIXES)},
            "municipality": municipality_name(),
        },
    )
    audit_record(
        actor=actor, action="monitoring.dossier.exported", target=dossier, changes={"clippings": len(clippings)}
    )
    return pdf
