"""The home page 'Hoy': each module contributes a panel for the signed-in user.

A panel that names the change stamps of the data it lists (`register_panel(..., stamps=...)`) is rendered once
and its HTML kept for that person until one of the stamps is raised, the day or their roles change, or
PANEL_SECONDS pass (for what no stamp follows: a renamed owner, the sliding "last 24 hours"). The live lists
then cost the page one read of the stamps and one of the cache, whatever the size of the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from heraldo.core.notifications import NOTIFICATIONS_STAMP
from heraldo.core.stamps import stamp_key, stamp_values

PANEL_SECONDS = 60


@dataclass
class PanelItem:
    title: str
    url: str = ""
    detail: str = ""
    badge: str = ""


@dataclass
class Panel:
    key: str
    title: Promise
    icon: str
    empty_text: Promise
    items: list[PanelItem] = field(default_factory=list)
    action_url: str = ""
    action_label: Promise | str = ""


PanelBuilder = Callable[[object, datetime], Panel | None]


@dataclass(frozen=True)
class _Registration:
    key: str
    position: int
    builder: PanelBuilder
    stamps: tuple[str, ...]


_PANELS: dict[str, _Registration] = {}


def register_panel(key: str, *, position: int, stamps: tuple[str, ...] = ()) -> Callable[[PanelBuilder], PanelBuilder]:
    """Add a module's panel to Hoy; panels show in ascending `position` (agenda 10, approvals 20, …).

    `stamps`: the change stamps raised by every write of what the panel lists (see heraldo.core.stamps); with
    them its HTML is reused until one is raised. A panel without stamps is built on every view."""

    def register(builder: PanelBuilder) -> PanelBuilder:
        if key in _PANELS:
            raise ValueError(f"The Hoy panel {key!r} is registered twice")
        _PANELS[key] = _Registration(key, position, builder, stamps)
        return builder

    return register


def _in_order() -> list[_Registration]:
    return sorted(_PANELS.values(), key=lambda registration: registration.position)


def today_panels(user, now: datetime) -> list[Panel]:
    panels = [registration.builder(user, now) for registration in _in_order()]
    return [panel for panel in panels if panel is not None]


def today_panels_html(user, now: datetime, *, stretch: bool = False) -> list[SafeString]:
    """Each panel this person sees, as HTML; `stretch` makes the panels as tall as their row (no cards beside)."""
    registrations = _in_order()
    stamps = stamp_values(sorted({stamp for registration in registrations for stamp in registration.stamps}))
    # Who sees a panel, and what it shows, depends on the person, their roles, the language and the Lima day.
    prefix = f"heraldo:panel:{user.pk}:{user.access_stamp}:{get_language()}:{timezone.localdate(now)}:{int(stretch)}"
    keys = {
        registration.key: f"{prefix}:{registration.key}:"
        + stamp_key({stamp: stamps[stamp] for stamp in registration.stamps})
        for registration in registrations
        if registration.stamps
    }
    kept = cache.get_many(list(keys.values()))
    fragments = []
    for registration in registrations:
        cache_key = keys.get(registration.key)
        fragment = kept.get(cache_key) if cache_key else None
        if fragment is None:
            panel = registration.builder(user, now)
            fragment = (
                "" if panel is None else render_to_string("core/_panel.html", {"panel": panel, "stretch": stretch})
            )
            if cache_key:
                cache.set(cache_key, fragment, PANEL_SECONDS)
        if fragment:
            fragments.append(mark_safe(fragment))  # noqa: S308  rendered by the template engine, which escaped it
    return fragments


@register_panel("alerts", position=30, stamps=(NOTIFICATIONS_STAMP,))
def _alerts_panel(user, now: datetime) -> Panel | None:
    from heraldo.core.notifications import notifications_for

    latest = notifications_for(user)[:5]
    return Panel(
        "alerts",
        _("Últimas alertas y avisos"),
        "bell",
        _("No tiene avisos. Las alertas de prensa y los pedidos de aprobación llegarán aquí."),
        items=[PanelItem(n.shown_title, n.url, n.shown_body[:140], n.get_level_display()) for n in latest],
    )
