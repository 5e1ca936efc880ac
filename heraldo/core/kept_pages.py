"""Signed-in pages kept for the person who asked, until a table they were built from changes.

Staff go back to the same pages all day (their tasks, the agenda, the archive, the press list) while the data
behind them changes a few times an hour. A page built from a year of data takes tens of milliseconds; kept, it
takes what the sign-in checks take. `KeptPagesMiddleware` sits after every check of the request (session
lifetime, second factor, lockouts), so those still run on each request; only the view is skipped.

What a kept page depends on is observed, not declared: while the view builds it, every SQL statement is seen,
and the application tables it names are the page's tables. Each table has a stamp raised by the database on any
write to it (heraldo.core.table_stamps), so whoever changes what the page shows, by whatever path, makes the next
request build the page again. Figures the page took from the cache under change stamps (the bell, the menu's
badges, Hoy's panels) add those stamps. The page is kept only if, while it was built:

- nothing was written (a page that records who saw it must record every visit) and the session did not change;
- every table read carries a stamp, and no other database was read (the job queue);
- the answer is a 200 of HTML or JSON, not streamed, setting no cookie, showing no message, with no
  `Content-Disposition` or `no-store`.

The key holds the person's session (its stored data, so anything a page takes from it), their roles'
stamp, the address, the language and the headers that choose a representation (htmx, Accept). A kept page
lives KEPT_PAGE_SECONDS from its build, so what depends on the clock ("vence en 5 minutos", today's list) is at
most a minute old; the clock is not part of the key, so the minute turning does not make every page cold at once.
The CSRF token is rendered as a placeholder and each answer gets a fresh one.
"""

from __future__ import annotations

import hashlib
import re
from contextlib import ExitStack, contextmanager
from typing import Any

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.session import SessionStorage
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpResponse
from django.utils.translation import get_language

from heraldo.core.one_build import OneBuildAtATime
from heraldo.core.page_marks import is_never_kept
from heraldo.core.stamps import stamp_values, stamps_asked_in_request
from heraldo.core.table_stamps import UNSTAMPED_TABLES, stamped_tables, table_stamp
from heraldo.core.visitor_cache import personalised, rendering_with_csrf_placeholder

KEPT_PAGE_SECONDS = 60
_KEPT_HEADERS = ("Content-Type", "Content-Language", "Cache-Control", "Link", "Vary")
_KEPT_TYPES = ("text/html", "application/json")
_READS = ("SELECT", "SAVEPOINT", "RELEASE", "ROLLBACK", "PRAGMA", "WITH", "EXPLAIN")
_WORD = re.compile(r"[a-z_][a-z0-9_]*")
# Settings overridden in a test (or reloaded) make every kept page a different page.
_settings_generation = 0


def _settings_changed(**kwargs) -> None:
    global _settings_generation
    _settings_generation += 1


setting_changed.connect(_settings_changed, dispatch_uid="heraldo.kept_pages.settings")


class _Observation:
    """What the view did with the databases while building the page."""

    def __init__(self, known_tables: frozenset[str]) -> None:
        self.known_tables = known_tables
        self.tables: set[str] = set()
        self.keepable = True

    def __call__(self, alias: str):
        def watch(execute, sql, params, many, context):
            if alias != DEFAULT_DB_ALIAS:
                self.keepable = False
            elif self.keepable:
                self._see(sql)
            return execute(sql, params, many, context)

        return watch

    def _see(self, sql: str) -> None:
        statement = sql.lstrip().upper()
        writes = any(verb in statement for verb in ("INSERT", "UPDATE", "DELETE"))
        # EXPLAIN without ANALYZE only plans (the archive asks PostgreSQL's estimate of a count this way).
        if (
            not statement.startswith(_READS)
            or statement.startswith(("WITH", "EXPLAIN"))
            and (writes or "ANALYZE" in statement)
        ):
            self.keepable = False
            return
        words = set(_WORD.findall(sql.lower()))
        if words & (UNSTAMPED_TABLES - {"core_changestamp"}):
            self.keepable = False
        self.tables |= words & self.known_tables

    @contextmanager
    def watching(self):
        with ExitStack() as stack:
            for alias in connections:
                stack.enter_context(connections[alias].execute_wrapper(self(alias)))
            yield


_builds = OneBuildAtATime()
_known_tables: frozenset[str] | None = None


def _stamped_tables() -> frozenset[str]:
    global _known_tables
    if _known_tables is None:
        _known_tables = stamped_tables()
    return _known_tables


def forget_known_tables(**kwargs) -> None:
    """After a migrate the set of tables with stamps may have changed."""
    global _known_tables
    _known_tables = None


def _message_waiting(request) -> bool:
    return CookieStorage.cookie_name in request.COOKIES or SessionStorage.session_key in request.session


def _may_keep(request) -> bool:
    user = getattr(request, "user", None)
    return (
        settings.HERALDO_KEPT_PAGES
        and request.method == "GET"
        and user is not None
        and user.is_authenticated
        and request.session.session_key is not None
        and not _message_waiting(request)
    )


def _key(request) -> str:
    session_data = getattr(request.session, "loaded_data", None) or ""
    parts = [
        request.session.session_key,
        hashlib.sha256(session_data.encode()).hexdigest(),
        str(request.user.access_stamp),
        get_language() or "",
        request.get_full_path(),
        request.headers.get("HX-Request", ""),
        request.headers.get("HX-Target", ""),
        request.headers.get("Accept", ""),
        str(_settings_generation),
    ]
    return "heraldo:kept-page:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _is_keepable_view(view) -> bool:
    return getattr(view, "__module__", "").startswith("heraldo.") and not is_never_kept(view)


def _keepable_answer(response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith(_KEPT_TYPES)
        and not response.has_header("Content-Disposition")
        and "no-store" not in response.get("Cache-Control", "")
    )


class KeptPagesMiddleware:
    """Last in MIDDLEWARE: a kept answer is given in place of the view, after every other middleware's checks of
    the request (second factor, CSRF, lockouts) have run as for any request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_keep(request):
            return self.get_response(request)
        key = _key(request)
        answer = self._kept_answer(request, key)
        if answer is not None:
            return answer
        with _builds.for_key(key):
            # Built meanwhile by the request this one waited for?
            answer = self._kept_answer(request, key)
            if answer is not None:
                return answer
            return self._build(request, key)

    def _kept_answer(self, request, key: str):
        kept = cache.get(key)
        if kept is None:
            return None
        stamps_then, content, headers = kept
        if stamp_values(list(stamps_then)) != stamps_then:
            return None
        request.heraldo_kept_answer = HttpResponse(content, headers=headers)
        response = self.get_response(request)
        if response is request.heraldo_kept_answer:
            return personalised(response, request)
        return response

    def _build(self, request, key: str):
        # The stamps are read before the view reads the data: a change landing in between makes the page newer
        # than its stamps say, never older, so at worst it is built again on the next request.
        stamp_values([])
        observation = _Observation(_stamped_tables())
        with observation.watching(), rendering_with_csrf_placeholder(request):
            response = self.get_response(request)
        match = request.resolver_match
        if (
            observation.keepable
            and match is not None
            and _is_keepable_view(match.func)
            and not request.session.modified
            and not _messages_shown(request)
            and _keepable_answer(response)
        ):
            # The tables it read, and the stamps of the figures it took from the cache (the bell, the badges).
            depends_on = {table_stamp(table) for table in observation.tables}
            depends_on |= stamps_asked_in_request()
            stamps_now = stamp_values(sorted(depends_on))
            headers = {name: response[name] for name in _KEPT_HEADERS if response.has_header(name)}
            cache.set(key, (stamps_now, response.content, headers), KEPT_PAGE_SECONDS)
        return personalised(response, request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        kept = getattr(request, "heraldo_kept_answer", None)
        if kept is not None and _is_keepable_view(view_func):
            return kept
        return None


def _messages_shown(request) -> bool:
    storage: Any = getattr(request, "_messages", None)
    return bool(storage is not None and (storage.used or getattr(storage, "_queued_messages", None)))
