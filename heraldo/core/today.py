"""The home page 'Hoy': each module contributes a panel for the signed-in user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


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
    position: int
    builder: PanelBuilder


_PANELS: dict[str, _Registration] = {}


def register_panel(key: str, *, position: int) -> Callable[[PanelBuilder], PanelBuilder]:
    """Add a module's panel to Hoy; panels show in ascending `position` (agenda 10, approvals 20, …)."""

    def register(builder: PanelBuilder) -> PanelBuilder:
        if key in _PANELS:
            raise ValueError(f"The Hoy panel {key!r} is registered twice")
        _PANELS[key] = _Registration(position, builder)
        return builder

    return register


def today_panels(user, now: datetime) -> list[Panel]:
    registrations = sorted(_PANELS.values(), key=lambda registration: registration.position)
    panels = [registration.builder(user, now) for registration in registrations]
    return [panel for panel in panels if panel is not None]


@register_panel("alerts", position=30)
def _alerts_panel(user, now: datetime) -> Panel | None:
    from heraldo.core.models import Notification

    latest = Notification.objects.filter(recipient=user).order_by("-created_at")[:5]
    return Panel(
        "alerts",
        _("Últimas alertas y avisos"),
        "bell",
        _("No tiene avisos. Las alertas de prensa y los pedidos de aprobación llegarán aquí."),
        items=[PanelItem(n.shown_title, n.url, n.shown_body[:140], n.get_level_display()) for n in latest],
    )
