"""The global search box: each module registers a provider of results it lets the user see."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from heraldo.core.navigation import modules_for
from heraldo.core.text import fold


@dataclass(frozen=True)
class SearchHit:
    title: str
    url: str
    detail: str = ""


@dataclass
class SearchGroup:
    title: Promise | str
    hits: list[SearchHit] = field(default_factory=list)


SearchProvider = Callable[[object, str], SearchGroup | None]
_PROVIDERS: list[SearchProvider] = []


def register_search_provider(provider: SearchProvider) -> SearchProvider:
    _PROVIDERS.append(provider)
    return provider


def search_everything(user, query: str) -> list[SearchGroup]:
    groups = []
    for provider in _PROVIDERS:
        group = provider(user, query)
        if group is not None and group.hits:
            groups.append(group)
    return groups


@register_search_provider
def _modules(user, query: str) -> SearchGroup:
    wanted = fold(query)
    hits = [
        SearchHit(str(module.title), module.url, str(module.summary))
        for module in modules_for(user)
        if wanted in fold(f"{module.title} {module.summary}")
    ]
    return SearchGroup(_("Módulos"), hits)
