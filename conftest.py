"""Shared fixtures: the office's cast of personas, each with a signed-in client."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from heraldo.core import roles
from heraldo.core.models import User

PASSWORD = "Clave-de-prueba-2026"  # noqa: S105

PERSONAS = {
    "head_of_unit": roles.HEAD_OF_UNIT,
    "press_officer": roles.PRESS,
    "protocol_officer": roles.PROTOCOL,
    "designer": roles.DESIGN,
    "media_analyst": roles.MONITORING,
    "mayor": roles.AUTHORITIES,
    "requester": roles.REQUESTING_UNIT,
    "system_admin": roles.SYSTEM_ADMIN,
    "outsider": None,
}


def make_user(username: str, role: str | None = None, **extra) -> User:
    user = User.objects.create_user(
        username=username,
        email=f"{username}@candelaria.example.pe",
        password=PASSWORD,
        first_name=extra.pop("first_name", username.replace("_", " ").title()),
        **extra,
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def persona(db):
    """persona("press_officer") returns that user, created once per test."""
    cache: dict[str, User] = {}

    def get(name: str) -> User:
        if name not in cache:
            cache[name] = make_user(name, PERSONAS[name])
        return cache[name]

    return get


@pytest.fixture
def client_as(persona):
    """client_as("mayor") returns a test client signed in as that persona."""

    def signed_in(name: str) -> Client:
        client = Client()
        client.force_login(persona(name), backend="heraldo.core.access.CachedPermissionsBackend")
        return client

    return signed_in


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits live in the cache; each test starts with none used."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _close_unread_downloads(monkeypatch):
    """A test that reads only a download's headers leaves its file open; close it as a WSGI server would."""
    from django.core.signals import request_finished
    from django.db import close_old_connections
    from django.test.client import ClientHandler

    streamed = []
    handle = ClientHandler.__call__

    def handle_and_remember(self, environ):
        response = handle(self, environ)
        if response.streaming:
            streamed.append(response)
        return response

    monkeypatch.setattr(ClientHandler, "__call__", handle_and_remember)
    yield
    # As the test client does: closing a response must not close the test's database connection.
    request_finished.disconnect(close_old_connections)
    try:
        for response in streamed:
            response.close()
    finally:
        request_finished.connect(close_old_connections)


def sign_in(page, username: str) -> None:
    """Signs a persona in through the login form of a browser page, as a person would, and waits for home."""
    page.goto(f"{page.base_url}/cuenta/login/")
    page.fill("input[name=login]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{page.base_url}/")


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    import os
    from pathlib import Path

    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: install Debian's chromium package (.ci/run does).")
    # Playwright's sync API runs an event loop in this thread; the ORM calls
    # the tests make around it are still synchronous.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield launched
        launched.close()


@pytest.fixture
def browser_page(browser, live_server):
    """A fresh page that fails the test on any console error (CSP violations included)."""
    context = browser.new_context(locale="es-PE", timezone_id="America/Lima")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
    page.base_url = live_server.url
    yield page
    context.close()
    assert errors == []


@pytest.fixture
def search_backend(request) -> str:
    """The engine search tests run on ("sqlite" or "postgresql"): the suite runs once on each in CI.

    A DATABASE_URL naming PostgreSQL that does not answer fails the test with this message, never skips
    it: a search that only SQLite has proved is not proved."""
    import socket

    from django.db import connection

    if connection.vendor == "postgresql":
        host, port = connection.settings_dict["HOST"] or "127.0.0.1", int(connection.settings_dict["PORT"] or 5432)
        try:
            socket.create_connection((host, port), timeout=2).close()
        except OSError:
            pytest.fail(f"DATABASE_URL names PostgreSQL at {host}:{port} and it does not answer: start it.")
    request.getfixturevalue("db")
    return connection.vendor


@pytest.fixture
def pages_built_every_time(settings):
    """For a test that counts what building a page costs: no page is served kept (heraldo.core.kept_pages)."""
    settings.HERALDO_KEPT_PAGES = False
