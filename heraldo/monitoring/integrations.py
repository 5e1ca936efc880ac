"""Registrations with the core: the Hoy panel, the global search, private files and the demo data."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from heraldo.core.demo import register_demo_loader
from heraldo.core.media import PrivateFiles, allowed_by_gate, register_private_files
from heraldo.core.navigation import register_nav_badge
from heraldo.core.permissions import has_capability
from heraldo.core.search import SearchGroup, SearchHit, register_search_provider
from heraldo.core.today import Panel, PanelItem, register_panel
from heraldo.monitoring.permissions import access_clipping

register_private_files(
    PrivateFiles(
        "monitoring/clippings/",
        "monitoring.Clipping",
        "attachment",
        lambda user, clipping: allowed_by_gate(access_clipping, user, clipping.pk),
    )
)


@register_panel("monitoring", position=50)
def monitoring_panel(user, now: datetime) -> Panel | None:
    if not has_capability(user, "access_monitoring"):
        return None
    from heraldo.monitoring.models import Clipping, TermKind, Tone

    recent = (
        Clipping.objects.filter(published_at__gte=now - timedelta(hours=24), duplicate_of__isnull=True)
        .filter(mentions__term__kind__in=(TermKind.MAYOR, TermKind.MUNICIPALITY))
        .distinct()
        .select_related("outlet")
        .order_by("-relevance", "-published_at")[:5]
    )
    tone_labels = dict(Tone.choices)
    return Panel(
        "monitoring",
        _("Prensa de hoy"),
        "broadcast",
        _("Ningún medio mencionó al Alcalde ni a la municipalidad en las últimas 24 horas."),
        items=[
            PanelItem(
                c.title,
                reverse("monitoring:clipping_detail", args=[c.pk]),
                str(c.outlet or ""),
                str(tone_labels.get(c.tone, "")),
            )
            for c in recent
        ],
        action_url=reverse("monitoring:home"),
        action_label=_("Abrir Monitoreo"),
    )


@register_search_provider
def monitoring_search(user, query: str) -> SearchGroup | None:
    if not has_capability(user, "access_monitoring"):
        return None
    from heraldo.monitoring.selectors import ArchiveQuery, archive_search

    # The archive's own bounded search: newest first, five rows, no facets (fast at a million clippings).
    result = archive_search(ArchiveQuery(text=query), per_page=5, with_facets=False)
    hits = [
        SearchHit(c.title, reverse("monitoring:clipping_detail", args=[c.pk]), c.published_at.strftime("%d/%m/%Y"))
        for c, _snippet in result.rows
    ]
    return SearchGroup(_("Archivo de prensa"), hits)


@register_demo_loader
def load_monitoring_demo(actor) -> None:
    from heraldo.monitoring.demo import monitoring_demo_load

    monitoring_demo_load(actor=actor)


@register_nav_badge("monitoreo")
def unseen_alerts_badge(user) -> int:
    from heraldo.monitoring.selectors import alerts_unseen_count

    return alerts_unseen_count(user)
