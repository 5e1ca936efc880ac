"""Public pages rendered once for every anonymous visitor, until the data they show changes.

The newsroom and the public agenda are the pages the whole town reads, always the same for every visitor. A
view decorated with `cached_for_visitors(version)` keeps its answer under the page's address, the language and
`version()`: a string that changes whenever the data behind the page changes (change stamps, see
heraldo.core.stamps). A visit then costs one read of the stamps and one of the cache.

The only thing personal on such a page is the CSRF token of its forms (the language switch). The page is
rendered with a placeholder in its place (`visitor_csrf_placeholder`, a context processor that runs after
Django's own) and each visitor gets their own token in it, so the CSRF cookie is set as on any page.

Not cached: signed-in people (their menu and name are on the page), visitors with a session or a pending message
(a message shows once), answers other than 200, and anything when `version()` is None (nothing to trust yet).
Entries also expire after VISITOR_PAGE_SECONDS, for what no stamp follows (a release whose scheduled time
passes, the municipality renamed).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language

VISITOR_PAGE_SECONDS = 60
_PLACEHOLDER = "heraldo-visitor-csrf-placeholder"
_RENDERING_FOR_EVERYONE = "_heraldo_rendering_for_everyone"
# Headers the view sets that belong to the page; the middleware add the rest (security policy, cookies) to each
# answer on its way out.
_KEPT_HEADERS = ("Content-Type", "Content-Language", "Cache-Control", "Link")


def visitor_csrf_placeholder(request) -> dict[str, str]:
    """Context processor: a placeholder instead of the token while a page is rendered for every visitor."""
    if getattr(request, _RENDERING_FOR_EVERYONE, False):
        return {"csrf_token": _PLACEHOLDER}
    return {}


def _personal(request) -> bool:
    return (
        request.user.is_authenticated
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in request.COOKIES
    )


def cached_for_visitors(version: Callable[[], str | None]):
    def decorate(view):
        @wraps(view)
        def answer(request, *args, **kwargs):
            if request.method != "GET" or _personal(request):
                return view(request, *args, **kwargs)
            state = version()
            if state is None:
                return view(request, *args, **kwargs)
            address = f"{get_language()}|{request.get_full_path()}|{state}"
            key = "heraldo:visitor-page:" + hashlib.sha256(address.encode()).hexdigest()
            kept = cache.get(key)
            if kept is None:
                setattr(request, _RENDERING_FOR_EVERYONE, True)
                try:
                    response = view(request, *args, **kwargs)
                finally:
                    setattr(request, _RENDERING_FOR_EVERYONE, False)
                if response.status_code != 200 or response.streaming or response.cookies:
                    return _with_token(response, request)
                headers = {name: response[name] for name in _KEPT_HEADERS if response.has_header(name)}
                kept = (response.content, headers)
                cache.set(key, kept, VISITOR_PAGE_SECONDS)
            content, headers = kept
            return _with_token(HttpResponse(content, headers=headers), request)

        return answer

    return decorate


def _with_token(response: HttpResponse, request) -> HttpResponse:
    """The visitor's own CSRF token in place of the placeholder (and their CSRF cookie, as on any page)."""
    if not response.streaming and _PLACEHOLDER.encode() in response.content:
        response.content = response.content.replace(_PLACEHOLDER.encode(), get_token(request).encode())
    return response


@contextmanager
def rendering_with_csrf_placeholder(request) -> Iterator[None]:
    """Render the page with the placeholder where the token goes (for pages kept and served again)."""
    setattr(request, _RENDERING_FOR_EVERYONE, True)
    try:
        yield
    finally:
        setattr(request, _RENDERING_FOR_EVERYONE, False)


def with_fresh_csrf_token(response: HttpResponse, request) -> HttpResponse:
    return _with_token(response, request)
