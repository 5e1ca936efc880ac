"""The modules of Heraldo as the office sees them, and who may open each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise


@dataclass(frozen=True)
class Module:
    slug: str
    title: Promise
    icon: str
    capabilities: tuple[str, ...]
    url_name: str
    summary: Promise
    position: int  # place in the menu

    @property
    def url(self) -> str:
        return reverse(self.url_name)


# A module appears in the menu, the search and the home page once its app registers it (in its AppConfig.ready);
# a module that is not built yet is simply absent, never an empty page.
_MODULES: dict[str, Module] = {}


def register_module(module: Module) -> Module:
    _MODULES[module.slug] = module
    return module


def registered_modules() -> list[Module]:
    return sorted(_MODULES.values(), key=lambda module: module.position)


def modules_for(user) -> list[Module]:
    from heraldo.core.permissions import has_capability

    return [m for m in registered_modules() if any(has_capability(user, c) for c in m.capabilities)]


# A module's count beside its menu entry (e.g. Monitoreo's unseen alerts), registered by the app.
NavBadge = Callable[[object], int]
_badges: dict[str, NavBadge] = {}


def register_nav_badge(slug: str) -> Callable[[NavBadge], NavBadge]:
    def register(count: NavBadge) -> NavBadge:
        if slug in _badges:
            raise ValueError(f"Menu badge {slug!r} registered twice")
        _badges[slug] = count
        return count

    return register


def nav_badges(user, modules: list[Module]) -> dict[str, int]:
    """The counts of the modules this user sees, one query each for the modules that registered one."""
    return {module.slug: _badges[module.slug](user) for module in modules if module.slug in _badges}
