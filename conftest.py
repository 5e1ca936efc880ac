"""Shared fixtures: the office's cast of personas, each with a signed-in client."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from heraldo.core import roles
from heraldo.core.models import User

PASSWORD = "Clave-de-prueba-2026"  # noqa: S105
ROOT = Path(__file__).resolve().parent

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


def pytest_configure(config):
    # xdist's loadfile would hand the files out by their number of tests, most first, which left the long files of
    # one test (the migrations there and back) for the end, one worker running one while the other sat idle.
    config.option.loadscopereorder = False


def pytest_collection_modifyitems(items):
    """The order xdist hands the files out in: those marked slow first, then by their number of tests, most first."""
    per_file = Counter(item.path for item in items)
    items.sort(key=lambda item: (item.get_closest_marker("slow") is None, -per_file[item.path]))


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


@pytest.fixture(autouse=True, scope="session")
def _static_files_indexed_once():
    """WhiteNoise indexes every static file (a stat, headers, compressed variants: ~840 files, ~0.17 s) each time a
    middleware chain is built, and Django's test client builds one per client: most of a short test's time. The
    files do not change during a run, so every chain with the same settings gets the index the first one built."""
    from django.conf import settings
    from whitenoise.middleware import WhiteNoiseMiddleware

    scan = WhiteNoiseMiddleware.add_files_from_finders
    indexes: dict[tuple, dict] = {}

    def add_files_from_finders(self) -> None:
        key = (
            self.static_prefix,
            self.max_age,
            self.charset,
            self.allow_all_origins,
            repr(settings.STATICFILES_DIRS),
            repr(settings.STATICFILES_FINDERS),
            repr(settings.INSTALLED_APPS),
        )
        if key not in indexes:
            before = dict(self.files)
            scan(self)
            indexes[key] = {url: file for url, file in self.files.items() if before.get(url) is not file}
        self.files.update(indexes[key])

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(WhiteNoiseMiddleware, "add_files_from_finders", add_files_from_finders)
        yield


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


def _migrate_inputs_key(installed_apps: list[str]) -> str:
    """What a migrate from zero depends on: the migrations import the apps' code and post_migrate seeds from it,
    so any change outside the tests (or to the pinned packages, whose migrations run too) is a new key."""
    digest = hashlib.sha256(repr(installed_apps).encode())
    for path in sorted([*ROOT.glob("heraldo/**/*.py"), ROOT / "requirements.lock"]):
        if "tests" not in path.relative_to(ROOT).parts:
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def remove_sqlite_database(path: Path) -> None:
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        file.unlink(missing_ok=True)


def copy_sqlite_database(source: Path, target: Path) -> None:
    """Through SQLite's backup API: what is still in the source's write-ahead log is copied too, and no stale log
    of an earlier copy is left beside the target."""
    remove_sqlite_database(target)
    with contextlib.closing(sqlite3.connect(source)) as src, contextlib.closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


@pytest.fixture(scope="session")
def migrated_sqlite_database() -> Path:
    """A SQLite database as `manage.py migrate` leaves it, built once and copied wherever one is needed.

    A migrate from zero costs 30-50 s (Django renders the models' states for each of ~130 migrations), and it ran
    once per xdist worker and again for test_serve. The file stays in var/test under its key for the next run; a
    lock lets one worker build it while any other waits rather than building it too."""
    from django.conf import settings

    var_dir = Path(settings.VAR_DIR)
    template = var_dir / f"migrated-{_migrate_inputs_key(settings.INSTALLED_APPS)}.sqlite3"
    with open(var_dir / "migrated.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not template.exists():
            for old in var_dir.glob("migrated-*.sqlite3"):
                remove_sqlite_database(old)
            building = var_dir / "migrated-building.db"
            remove_sqlite_database(building)  # left by an interrupted run
            env = {**os.environ, "DATABASE_URL": f"sqlite:///{building}"}
            subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)
            # What the command left in the write-ahead log goes into the file itself before the rename.
            with contextlib.closing(sqlite3.connect(building)) as database:
                database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            building.replace(template)
    return template


@pytest.fixture(scope="session")
def django_db_keepdb(request, django_db_modify_db_settings) -> bool:
    """On SQLite every worker's test database starts as a copy of the migrated template, which Django then keeps as
    an existing test database (its migrate finds nothing to apply); removed at the end as Django would."""
    from django.conf import settings

    if request.config.getvalue("reuse_db"):
        return True
    database = settings.DATABASES["default"]
    if request.config.getvalue("create_db") or database["ENGINE"] != "django.db.backends.sqlite3":
        return False
    test_database = Path(database["TEST"]["NAME"])
    copy_sqlite_database(request.getfixturevalue("migrated_sqlite_database"), test_database)
    request.addfinalizer(lambda: remove_sqlite_database(test_database))
    return True
