"""What the press module plugs into the core: the Hoy panel, the global search and demo data."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from heraldo.core.branding import Crest, register_crest_source
from heraldo.core.demo import register_demo_loader
from heraldo.core.fulltext import words_filter
from heraldo.core.navigation import Module, register_module
from heraldo.core.permissions import has_capability
from heraldo.core.search import SearchGroup, SearchHit, register_search_provider
from heraldo.core.stamps import stamp_follows
from heraldo.core.today import Panel, PanelItem, register_panel
from heraldo.press.checks import register_prepublication_check
from heraldo.press.publicity import publicity_refusal
from heraldo.work.work_sources import SECTION_LIMIT, WorkItem, WorkSection, register_work_source

register_module(
    Module(
        "prensa",
        _("Prensa y Publicaciones"),
        "newspaper",
        ("access_press",),
        "press:home",
        _("Notas de prensa con aprobación, sala de prensa pública, biblioteca de medios, boletines y revistas."),
        position=30,
    )
)


@register_work_source(position=10)
def approvals_in_my_work(user, now) -> WorkSection | None:
    """Mi trabajo: the releases waiting for this person's approval (two queries)."""
    if not has_capability(user, "approve_press"):
        return None
    from heraldo.press.selectors import releases_awaiting

    waiting = releases_awaiting(user)
    items = [
        WorkItem(
            release.headline,
            release.get_absolute_url(),
            _("De %(author)s · %(status)s") % {"author": release.author, "status": release.get_status_display()},
            release.submitted_at,
        )
        for release in waiting[:SECTION_LIMIT]
    ]
    return WorkSection(
        "approvals",
        _("Notas por aprobar"),
        "check2-square",
        items,
        total=len(items) if len(items) < SECTION_LIMIT else waiting.count(),
        more_url=reverse("press:approvals"),
        empty=_("Ninguna nota espera su aprobación."),
    )


RELEASES_STAMP = stamp_follows("press.releases", "press.PressRelease")
# Everything the public newsroom shows of a release: its pages are kept for visitors until this is raised.
NEWSROOM_STAMP = stamp_follows(
    "press.newsroom",
    "press.PressRelease",
    "press.ReleasePhoto",
    "press.ReleaseAttachment",
    "press.MediaAsset",
    "press.Category",
    "press.Tag",
    "press.BrandTemplate",
)


@register_panel("approvals", position=20, stamps=(RELEASES_STAMP,))
def approvals_panel(user, now) -> Panel | None:
    """The releases waiting for this person's approval, or the author's own under review."""
    if not (has_capability(user, "approve_press") or has_capability(user, "manage_press")):
        return None
    from heraldo.press.models import PressRelease, ReleaseStatus
    from heraldo.press.selectors import releases_awaiting

    if has_capability(user, "approve_press"):
        releases = list(releases_awaiting(user)[:6])
        items = [
            PanelItem(
                r.headline,
                r.get_absolute_url(),
                _("De %(author)s, enviada el %(date)s")
                % {
                    "author": r.author,
                    "date": timezone.localtime(r.submitted_at).strftime("%d/%m %H:%M") if r.submitted_at else "—",
                },
                r.get_status_display(),
            )
            for r in releases
        ]
        action_url = reverse("press:approvals")
    else:
        releases = PressRelease.objects.filter(
            author=user, status__in=[ReleaseStatus.IN_REVIEW, ReleaseStatus.MAYOR_REVIEW]
        ).order_by("submitted_at")[:6]
        items = [PanelItem(r.headline, r.get_absolute_url(), "", r.get_status_display()) for r in releases]
        action_url = reverse("press:home")
    return Panel(
        "approvals",
        _("Pendientes de aprobación"),
        "check2-square",
        _("Nada espera su aprobación. Las notas de prensa enviadas a revisión aparecerán aquí."),
        items=items,
        action_url=action_url,
        action_label=_("Ver todas"),
    )


@register_search_provider
def search_releases(user, query: str) -> SearchGroup | None:
    if not has_capability(user, "access_press"):
        return None
    from heraldo.press.models import PressRelease

    latest = ("-updated_at", "-id")
    # The ids alone first, read from the index of that order without opening a release that does not match.
    matches = words_filter(PressRelease.objects.all(), query, first_in_order=True).order_by(*latest)
    releases = PressRelease.objects.filter(pk__in=matches.values("pk")[:8]).order_by(*latest)
    hits = [SearchHit(r.headline, r.get_absolute_url(), f"{r.get_status_display()} · {r.lead[:120]}") for r in releases]
    return SearchGroup(_("Notas de prensa"), hits)


def _load_demo(head) -> None:
    from heraldo.press.demo import load_press_demo

    load_press_demo(head)


register_demo_loader(_load_demo)


@register_crest_source
def brand_kit_crest() -> Crest | None:
    """The image of the brand kit marked as the municipality's crest."""
    from django.urls import reverse

    from heraldo.press.services.brand import crest

    found = crest()
    if found is None:
        return None
    return Crest(page_url=f"{reverse('newsroom:crest')}?v={found.pk}", file_name=found.file.name)


# The publicity-law checks (heraldo.publicity) hold a release whose blocking findings the head of unit has not
# covered with a written exception, at publication as at approval (services.workflow).
register_prepublication_check(publicity_refusal)
