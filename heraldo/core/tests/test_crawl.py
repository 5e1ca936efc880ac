"""Every page a demo user can reach by clicking, as every demo role, answers without a server error.

The demo is loaded once for the module (inside a transaction rolled back at the end); each role then follows
the same-site links of its home page and menu breadth-first, detail pages included, and any 5xx fails with the
path that produced it and the page that linked to it.
"""

from __future__ import annotations

import re
import time
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from django.db import connection, transaction
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext

from heraldo.core.demo import DEMO_USERS, demo_load
from heraldo.core.models import User

# Links that end the session or change state on GET would cut the crawl short; everything else is followed.
SKIPPED_PREFIXES = ("/cuenta/logout", "/cuenta/", "/admin/", "/i18n/", "/static/", "/media/")
# A bound keeps the crawl fast while still reaching each list's detail pages: repeated shapes of a URL
# (the 40th release, page 7 of a list) add nothing the first few did not already prove.
MAX_PAGES_PER_ROLE = 400
MAX_SAME_SHAPE = 3
DEMO_LOAD_BUDGET_SECONDS = 30

pytestmark = pytest.mark.slow


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


@dataclass
class CrawlResult:
    errors: list[tuple[str, int, str]] = field(default_factory=list)  # server errors: (path, status, referrer)
    header_faults: list[tuple[str, str]] = field(default_factory=list)  # (path, what is missing or weak)
    writes: list[tuple[str, str]] = field(default_factory=list)  # (path, table a GET wrote to)
    visited: int = 0


CSP_REQUIRED = ("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src")
# A GET may record who read personal data (the access logs) and nothing else; the session is renewed only
# after HERALDO_SESSION_REFRESH_SECONDS, which a crawl of a few seconds never reaches. Pages with a row of
# defaults (preferences, protocol options, the day's síntesis) show them unsaved and save on the first POST.
GET_MAY_WRITE = {"core_auditentry", "directory_personaldataaccess"}
_WRITE = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([a-z0-9_]+)"?', re.IGNORECASE)
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+=\s*[\"']", re.IGNORECASE)


def header_faults(response) -> list[str]:
    """What the test plan's S2 asks of every page that this answer lacks."""
    faults = []
    policy = response.get("Content-Security-Policy", "")
    if policy.split(";")[0].strip() == "sandbox":
        # a downloaded file: sandboxed, so opened on its own it runs nothing; it must not be sniffed as a page
        return [] if response.get("X-Content-Type-Options") == "nosniff" else ["archivo sin nosniff"]
    faults += [f"CSP sin {directive}" for directive in CSP_REQUIRED if directive not in policy]
    script_src = re.search(r"script-src ([^;]+)", policy)
    if script_src and re.search(r"unsafe-inline|unsafe-eval", script_src.group(1)):
        faults.append("script-src permite unsafe-inline/unsafe-eval")
    expected = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
    }
    faults += [f"{name} no es {value}" for name, value in expected.items() if response.get(name) != value]
    if "camera=()" not in response.get("Permissions-Policy", ""):
        faults.append("Permissions-Policy sin camera=()")
    if "text/html" in response.get("Content-Type", "") and not response.streaming:
        if _INLINE_SCRIPT.search(response.content.decode()):
            faults.append("script o manejador de evento en línea")
    return faults


def crawl(client: Client, start: list[str]) -> CrawlResult:
    """Breadth-first GET crawl: server errors, missing security headers and database writes, per page."""
    queue: deque[tuple[str, str]] = deque((path, "(inicio)") for path in start)
    seen: set[str] = set(start)
    shapes: dict[str, int] = {}
    result = CrawlResult()
    while queue and result.visited < MAX_PAGES_PER_ROLE:
        path, referrer = queue.popleft()
        result.visited += 1
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        for query in queries:
            written = _WRITE.match(query["sql"])
            if written and written.group(1).lower() not in GET_MAY_WRITE:
                result.writes.append((path, written.group(1).lower()))
        if response.status_code >= 500:
            result.errors.append((path, response.status_code, referrer))
            continue
        result.header_faults += [(path, fault) for fault in header_faults(response)]
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
    return result


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
    """Also the test plan's S2 (security headers on every page × role) and S5 (a GET changes nothing)."""
    # given a demo user signed in
    client = Client()
    client.force_login(User.objects.get(username=username), backend="heraldo.core.access.CachedPermissionsBackend")

    client.get("/")  # the first request after signing in records the session (allauth's usersessions)

    # when they follow every link from the home page and the menu
    result = crawl(client, ["/"])

    # then no page answers with a server error
    assert result.visited > 1
    assert result.errors == [], "\n".join(
        f"{status} {path} (enlazada desde {referrer})" for path, status, referrer in result.errors
    )
    # every answer carries the strict headers, and no page ships inline script
    assert result.header_faults == [], "\n".join(f"{path}: {fault}" for path, fault in result.header_faults)
    # and reading wrote nothing but the personal-data access log
    assert result.writes == [], "\n".join(f"GET {path} escribió en {table}" for path, table in result.writes)
