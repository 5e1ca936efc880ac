"""The modules of Heraldo as the office sees them, and who may open each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from django.urls import get_script_prefix, reverse
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
        return menu_url(self.url_name)


def menu_url(url_name: str) -> str:
    """The URL of a menu entry; every page draws the menu, and reversing each entry on each request was a
    measurable share of it."""
    return _reverse_once(url_name, get_script_prefix())


@lru_cache(maxsize=64)
def _reverse_once(url_name: str, script_prefix: str) -> str:
    return reverse(url_name)


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


def active_module(path: str, modules: list[Module]) -> str:
    """The slug of the module a page belongs to (the longest module URL that starts its path), or ""."""
    owners = [module for module in modules if path.startswith(module.url)]
    return max(owners, key=lambda module: len(module.url)).slug if owners else ""


# A module's count beside its menu entry (e.g. Monitoreo's unseen alerts), registered by the app with the change
# stamp (heraldo.core.stamps) its writers raise: the menu reads the count from the cache until the stamp moves.
NavBadge = Callable[[object], int]
_badges: dict[str, tuple[NavBadge, str]] = {}


def register_nav_badge(slug: str, *, stamp: str) -> Callable[[NavBadge], NavBadge]:
    def register(count: NavBadge) -> NavBadge:
        if slug in _badges:
            raise ValueError(f"Menu badge {slug!r} registered twice")
        _badges[slug] = (count, stamp)
        return count

    return register


def nav_badge_stamps(modules: list[Module]) -> list[str]:
    return [_badges[module.slug][1] for module in modules if module.slug in _badges]


def nav_badges(user, modules: list[Module], stamps: dict[str, int]) -> dict[str, int]:
    """The counts of the modules this user sees that registered one (`stamps`: their stamps' current values)."""
    from heraldo.core.stamps import cached_figure

    badges = {}
    for module in modules:
        if module.slug in _badges:
            count, stamp = _badges[module.slug]
            badges[module.slug] = cached_figure(
                f"badge:{module.slug}:{user.pk}", {stamp: stamps[stamp]}, lambda count=count: count(user)
            )
    return badges
