"""The home page 'Hoy': each module contributes a panel for the signed-in user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from heraldo.core.permissions import has_capability


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
_BUILDERS: dict[str, PanelBuilder] = {}


def register_panel(key: str) -> Callable[[PanelBuilder], PanelBuilder]:
    def register(builder: PanelBuilder) -> PanelBuilder:
        _BUILDERS[key] = builder
        return builder

    return register


def today_panels(user, now: datetime) -> list[Panel]:
    panels = [builder(user, now) for builder in _BUILDERS.values()]
    return [panel for panel in panels if panel is not None]


@register_panel("agenda")
def _agenda_panel(user, now: datetime) -> Panel | None:
    if not has_capability(user, "access_agenda"):
        return None
    return Panel(
        "agenda",
        _("Agenda de hoy"),
        "calendar-event",
        _("No hay actividades registradas para hoy. Las actividades del Alcalde aparecerán aquí."),
    )


@register_panel("approvals")
def _approvals_panel(user, now: datetime) -> Panel | None:
    if not (has_capability(user, "approve_press") or has_capability(user, "manage_press")):
        return None
    return Panel(
        "approvals",
        _("Pendientes de aprobación"),
        "check2-square",
        _("Nada espera su aprobación. Las notas de prensa enviadas a revisión aparecerán aquí."),
    )


@register_panel("alerts")
def _alerts_panel(user, now: datetime) -> Panel | None:
    from heraldo.core.models import Notification

    latest = Notification.objects.filter(recipient=user).order_by("-created_at")[:5]
    return Panel(
        "alerts",
        _("Últimas alertas y avisos"),
        "bell",
        _("No tiene avisos. Las alertas de prensa y los pedidos de aprobación llegarán aquí."),
        items=[PanelItem(n.title, n.url, n.body[:140], n.get_level_display()) for n in latest],
    )
