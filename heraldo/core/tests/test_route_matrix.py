"""Every route of the application, walked from the URL resolver, denies those who may not use it.

A view is either marked public (`heraldo.core.permissions.public_page`), or a personal page any
signed-in user has (their own notifications, preferences, account), or it must refuse the visitor
and the signed-in outsider who holds no role. New modules are covered without editing this file.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.exceptions import NoReverseMatch

# Pages that show only the signed-in user's own things.
PERSONAL_URL_NAMES = {
    "core:today",
    "core:search",
    "core:preferences",
    "core:api_token_new",
    "core:api_token_delete",
    "core:notifications",
    "core:notifications_read_all",
    "core:notification_open",
    "api_me",
    "api_token",
    "api-root",
    "notification-list",
    "notification-detail",
    "notification-read",
}
# Namespaces or names that belong to other packages with their own access rules.
FOREIGN_PREFIXES = ("admin:", "set_language", "healthz", "django.views.static")
ALLAUTH_MODULE = "allauth."
DENIED = {302, 401, 403, 404, 405}


@dataclass(frozen=True)
class Route:
    name: str
    path: str
    callback: object


def _sample_value(converter) -> str:
    kind = type(converter).__name__
    if kind == "IntConverter":
        return "999999"
    if kind == "UUIDConverter":
        return str(uuid.UUID(int=0))
    return "x"


def _walk(patterns, namespace: str = "", kwargs_so_far: dict | None = None):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            kwargs = dict(kwargs_so_far or {})
            kwargs.update({k: _sample_value(c) for k, c in getattr(entry.pattern, "converters", {}).items()})
            yield from _walk(entry.url_patterns, inner, kwargs)
        elif isinstance(entry, URLPattern) and entry.name:
            kwargs = dict(kwargs_so_far or {})
            kwargs.update({k: _sample_value(c) for k, c in getattr(entry.pattern, "converters", {}).items()})
            name = f"{namespace}{entry.name}"
            try:
                path = reverse(name, kwargs=kwargs or None)
            except NoReverseMatch:
                continue
            yield Route(name, path, entry.callback)


def _is_public(callback) -> bool:
    holders = (callback, getattr(callback, "view_class", None), getattr(callback, "cls", None))
    return any(getattr(holder, "heraldo_public", False) for holder in holders if holder is not None)


def _guarded_routes() -> list[Route]:
    routes = {}
    for route in _walk(get_resolver().url_patterns):
        module = getattr(route.callback, "__module__", "") or ""
        if (
            _is_public(route.callback)
            or route.name in PERSONAL_URL_NAMES
            or route.name.startswith(FOREIGN_PREFIXES)
            or module.startswith(ALLAUTH_MODULE)
            or route.name.startswith("account_")
            or route.name.startswith(("mfa_", "usersessions_"))
        ):
            continue
        routes.setdefault(route.path, route)
    return sorted(routes.values(), key=lambda r: r.name)


GUARDED = _guarded_routes()


def test_the_walk_finds_the_guarded_routes_of_every_module():
    names = {route.name for route in GUARDED}
    assert {"core:audit_log", "core:jobs", "core:job_retry"} <= names
    assert len(GUARDED) >= 8


@pytest.mark.parametrize("route", GUARDED, ids=lambda r: r.name)
def test_a_visitor_is_turned_away(client, db, route):  # db: a refusal page may show the crest from the brand kit
    for method in (client.get, client.post):
        response = method(route.path)
        assert response.status_code in DENIED, f"{route.name} {route.path} → {response.status_code}"
        if response.status_code == 302:
            assert "/cuenta/login/" in response["Location"], route.name


@pytest.mark.parametrize("route", GUARDED, ids=lambda r: r.name)
def test_a_signed_in_user_without_a_role_is_turned_away(client_as, route):
    client = client_as("outsider")
    for method in (client.get, client.post):
        response = method(route.path)
        assert response.status_code in DENIED - {302}, f"{route.name} {route.path} → {response.status_code}"
