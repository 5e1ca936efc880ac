"""Public pages rendered once for every anonymous visitor, until the data they show changes.

The newsroom and the public agenda are the pages the whole town reads, always the same for every visitor. A
view decorated with `cached_for_visitors(version)` keeps its answer under the page's address, the language and
`version()`: a string that changes whenever the data behind the page changes (change stamps, see
heraldo.core.stamps). The decorator is also the page's registration: `VisitorPageMiddleware`, placed before the
session, authentication and language middleware, finds the decorated view of a visitor's address and answers
from the cache itself, so a visit costs one read of the stamps, one of the cache and the security headers'
middleware; only a page not kept yet goes down the whole stack to its view.

The only things personal on such a page are the CSRF token of its forms (the language switch) and the CSP nonce
of its inline scripts or styles, if it has any. The page is rendered with placeholders in their place
(`visitor_placeholders`, a context processor that runs after Django's and django-csp's) and each visitor gets
their own in them: the CSRF cookie is set as on any page, and the policy header names the visitor's nonce.

Not cached: signed-in people (their menu and name are on the page), visitors with a session, an Authorization
header or a pending message (a message shows once), methods other than GET, answers other than 200, and anything
when `version()` is None (nothing to trust yet). Entries also expire after VISITOR_PAGE_SECONDS, for what no stamp
follows (a release whose scheduled time passes, the municipality renamed).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache, wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.urls import Resolver404, get_resolver
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from heraldo.core.middleware import chosen_language
from heraldo.core.one_build import OneBuildAtATime

Version = Callable[[], str | None]

VISITOR_PAGE_SECONDS = 60
_builds = OneBuildAtATime()
_TOKEN_PLACEHOLDER = b"heraldo-visitor-csrf-placeholder"
_NONCE_PLACEHOLDER = b"heraldo-visitor-csp-nonce-placeholder"
_RENDERING_FOR_EVERYONE = "_heraldo_rendering_for_everyone"
# The cache key of a visitor's page, when VisitorPageMiddleware has built it (and read the stamps) already.
_KEY_OF_THE_VISIT = "_heraldo_visitor_page_key"
# Headers the view sets that belong to the page; the middleware add the rest (security policy, cookies) to each
# answer on its way out.
_KEPT_HEADERS = ("Content-Type", "Content-Language", "Cache-Control", "Link", "Last-Modified")


def visitor_placeholders(request) -> dict[str, str]:
    """Context processor: placeholders instead of the token and the nonce while a page is rendered for everyone."""
    if getattr(request, _RENDERING_FOR_EVERYONE, False):
        return {"csrf_token": _TOKEN_PLACEHOLDER.decode(), "CSP_NONCE": _NONCE_PLACEHOLDER.decode()}
    return {}


def _personal_by_headers(request) -> bool:
    """What the request itself says about a person: a session, a message waiting for them, credentials."""
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME in cookies
        or getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in cookies
        or "HTTP_AUTHORIZATION" in request.META
    )


def _personal(request) -> bool:
    return _personal_by_headers(request) or request.user.is_authenticated


def _page_key(language: str, request, state: str) -> str:
    # The scheme and host too: a release's page and the feeds write absolute addresses with the visitor's.
    address = f"{language}|{request.build_absolute_uri()}|{state}"
    return "heraldo:visitor-page:" + hashlib.sha256(address.encode()).hexdigest()


def cached_for_visitors(version: Version):
    def decorate(view):
        @wraps(view)
        def answer(request, *args, **kwargs):
            if request.method != "GET" or _personal(request):
                return view(request, *args, **kwargs)
            key = getattr(request, _KEY_OF_THE_VISIT, None)
            if key is None:
                state = version()
                if state is None:
                    return view(request, *args, **kwargs)
                key = _page_key(get_language(), request, state)
            kept = cache.get(key)
            if kept is None:
                with _builds.for_key(key):  # visitors arriving meanwhile wait for this build, not build it again
                    kept = cache.get(key)
                    if kept is None:
                        setattr(request, _RENDERING_FOR_EVERYONE, True)
                        try:
                            response = view(request, *args, **kwargs)
                        finally:
                            setattr(request, _RENDERING_FOR_EVERYONE, False)
                        if response.status_code != 200 or response.streaming or response.cookies:
                            return personalised(response, request)
                        headers = {name: response[name] for name in _KEPT_HEADERS if response.has_header(name)}
                        kept = (response.content, headers)
                        cache.set(key, kept, VISITOR_PAGE_SECONDS)
            return personalised(_kept_response(kept), request)

        answer.visitor_version = version  # the registration VisitorPageMiddleware reads
        return answer

    return decorate


def _kept_response(kept: tuple[bytes, dict[str, str]]) -> HttpResponse:
    content, headers = kept
    return HttpResponse(content, headers=headers)


def personalised(response: HttpResponse, request) -> HttpResponse:
    """The visitor's own CSRF token and CSP nonce in place of the placeholders (get_token sets their CSRF cookie
    on the way out, as on any page; the nonce used makes django-csp name it in the policy)."""
    if response.streaming:
        return response
    content = response.content
    if _TOKEN_PLACEHOLDER in content:
        content = content.replace(_TOKEN_PLACEHOLDER, get_token(request).encode())
    if _NONCE_PLACEHOLDER in content:
        content = content.replace(_NONCE_PLACEHOLDER, str(request.csp_nonce).encode())
    response.content = content
    return response


@lru_cache(maxsize=4096)
def _registered_version(urlconf: str, path: str) -> Version | None:
    """The version function of the visitor page at `path`, or None when its view keeps nothing for visitors.
    Kept per address: resolving /noticias/ walks every route declared before it (0.1-0.5 ms)."""
    try:
        match = get_resolver(urlconf).resolve(path)
    except Resolver404:
        return None
    return getattr(match.func, "visitor_version", None)


class VisitorPageMiddleware:
    """Answers an anonymous visitor's GET of a kept public page from the cache, before the session,
    authentication, language and messages middleware run: they cost more than the rest of the answer and decide
    nothing for a visitor without a session. Placed after the middleware that add the security headers, which
    add them to this answer too; it adds itself what the later ones would (the CSRF cookie and Vary: Cookie,
    Content-Language, X-Frame-Options, Content-Length). Anything else goes down the stack unchanged."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)
        self.frame_options = XFrameOptionsMiddleware(get_response)

    def __call__(self, request):
        if request.method != "GET" or _personal_by_headers(request):
            return self.get_response(request)
        version = _registered_version(settings.ROOT_URLCONF, request.path_info)
        if version is None:
            return self.get_response(request)
        request.get_host()  # a Host not allowed is refused here as CommonMiddleware would (DisallowedHost, 400)
        state = version()
        if state is None:
            return self.get_response(request)
        language = chosen_language(request)
        key = _page_key(language, request, state)
        kept = cache.get(key)
        if kept is None:
            setattr(request, _KEY_OF_THE_VISIT, key)  # the view keeps its page under it, without a second read
            return self.get_response(request)
        self.csrf.process_request(request)  # the visitor's CSRF cookie, if any, so their token stays the same
        response = self.csrf.process_response(request, personalised(_kept_response(kept), request))
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ("Cookie",))
        response = self.frame_options.process_response(request, response)
        response.headers["Content-Length"] = str(len(response.content))
        return response


@contextmanager
def rendering_with_csrf_placeholder(request) -> Iterator[None]:
    """Render the page with placeholders where the token and nonce go (for signed-in pages kept and served again,
    heraldo.core.kept_pages)."""
    setattr(request, _RENDERING_FOR_EVERYONE, True)
    try:
        yield
    finally:
        setattr(request, _RENDERING_FOR_EVERYONE, False)
