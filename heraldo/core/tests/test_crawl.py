"""Every page a demo user can reach by clicking, as every demo role, answers without a server error.

The demo is loaded once for the module (inside a transaction rolled back at the end); each role then follows
the same-site links of its home page and menu breadth-first, detail pages included, and any 5xx fails with the
path that produced it and the page that linked to it.
"""

from __future__ import annotations

import re
import time
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from django.db import transaction
from django.test import Client, TestCase

from heraldo.core.demo import DEMO_USERS, demo_load
from heraldo.core.models import User

# Links that end the session or change state on GET would cut the crawl short; everything else is followed.
SKIPPED_PREFIXES = ("/cuenta/logout", "/cuenta/", "/admin/", "/i18n/", "/static/", "/media/")
# A bound keeps the crawl fast while still reaching each list's detail pages: repeated shapes of a URL
# (the 40th release, page 7 of a list) add nothing the first few did not already prove.
MAX_PAGES_PER_ROLE = 400
MAX_SAME_SHAPE = 3
DEMO_LOAD_BUDGET_SECONDS = 30


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "a":
            return
        href = dict(attrs).get("href")
        if href:
            self.links.append(href)


def _same_site_path(href: str, current: str) -> str | None:
    href, _fragment = urldefrag(href)
    parts = urlsplit(href)
    if parts.scheme and parts.scheme not in ("http", "https"):
        return None
    if parts.netloc and parts.netloc not in ("testserver", "localhost"):
        return None
    path = parts.path or urlsplit(current).path
    if not path.startswith("/"):
        path = urlsplit(current).path.rsplit("/", 1)[0] + "/" + path
    if path.startswith(SKIPPED_PREFIXES):
        return None
    return f"{path}?{parts.query}" if parts.query else path


def _shape(path: str) -> str:
    """The URL with its numbers blanked and its query reduced to a mark: /prensa/notas/12/ and
    /prensa/notas/13/ share a shape, and so do every filter and page of one list."""
    bare, _, query = path.partition("?")
    segments = [re.sub(r"[0-9a-f]{32,}|\d+", "#", segment) for segment in bare.split("/")]
    return "/".join(segments) + ("?" if query else "")


def crawl(client: Client, start: list[str]) -> tuple[list[tuple[str, int, str]], int]:
    """Breadth-first GET crawl; returns (server errors as (path, status, referrer), pages visited)."""
    queue: deque[tuple[str, str]] = deque((path, "(inicio)") for path in start)
    seen: set[str] = set(start)
    shapes: dict[str, int] = {}
    errors: list[tuple[str, int, str]] = []
    visited = 0
    while queue and visited < MAX_PAGES_PER_ROLE:
        path, referrer = queue.popleft()
        visited += 1
        response = client.get(path)
        if response.status_code >= 500:
            errors.append((path, response.status_code, referrer))
            continue
        if response.streaming or "text/html" not in response.get("Content-Type", ""):
            continue
        parser = _LinkParser()
        parser.feed(response.content.decode())
        for href in parser.links:
            target = _same_site_path(href, path)
            if target is None or target in seen:
                continue
            shape = _shape(target)
            if shapes.get(shape, 0) >= MAX_SAME_SHAPE:
                continue
            shapes[shape] = shapes.get(shape, 0) + 1
            seen.add(target)
            queue.append((target, path))
    return errors, visited


@pytest.fixture(scope="module")
def demo_office(django_db_setup, django_db_blocker):
    """The demo municipality, loaded once for every role's crawl and rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        started = time.monotonic()
        with TestCase.captureOnCommitCallbacks(execute=True):
            demo_load()
        elapsed = time.monotonic() - started
        yield elapsed
        transaction.set_rollback(True)


def test_the_demo_loads_within_its_budget(demo_office, db):
    assert demo_office < DEMO_LOAD_BUDGET_SECONDS


@pytest.mark.parametrize("username", [spec.username for spec in DEMO_USERS])
def test_every_page_a_demo_role_can_reach_answers_without_a_server_error(demo_office, db, username):
    # given a demo user signed in
    client = Client()
    client.force_login(User.objects.get(username=username), backend="django.contrib.auth.backends.ModelBackend")

    # when they follow every link from the home page and the menu
    errors, visited = crawl(client, ["/"])

    # then no page answers with a server error
    assert visited > 1
    assert errors == [], "\n".join(f"{status} {path} (enlazada desde {referrer})" for path, status, referrer in errors)
