"""Public pages kept for anonymous visitors until what they show changes (heraldo.core.visitor_cache)."""

from __future__ import annotations

import re

import pytest
from csp.constants import NONCE, SELF
from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.template import RequestContext, Template
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import path, reverse

from heraldo.ceremonial.services.events import event_update
from heraldo.ceremonial.tests.factories import EventFactory, lima
from heraldo.core.visitor_cache import cached_for_visitors
from heraldo.press.models import ReleaseStatus
from heraldo.press.services.workflow import release_transition
from heraldo.press.tests.factories import make_release

pytestmark = pytest.mark.django_db


def release_queries(client: Client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries if '"press_pressrelease"' in query["sql"]]


def page_token(html: str) -> str:
    [token] = set(re.findall(r'"X-CSRFToken": "([^"]+)"|name="csrfmiddlewaretoken" value="([^"]+)"', html))
    return "".join(token)


def test_the_newsroom_is_rendered_once_for_visitors_and_again_after_a_release_changes(persona):
    author = persona("press_officer")
    release = make_release(
        author, headline="Alcalde inaugura el mercado de Barrio Alto", status=ReleaseStatus.PUBLISHED
    )
    visitor = Client()
    url = reverse("newsroom:list")

    assert release_queries(visitor, url)
    assert release_queries(Client(), url) == []  # another visitor: the page kept, no release read

    release_transition(release=release, actor=persona("head_of_unit"), name="withdraw", comment="Cifra errada")
    assert "Alcalde inaugura" not in Client().get(url).content.decode()


def test_each_visitor_gets_a_working_token_of_their_own(persona):
    make_release(persona("press_officer"), status=ReleaseStatus.PUBLISHED)
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    url = reverse("newsroom:list")
    first_page, second_page = first.get(url), second.get(url)

    assert "heraldo-visitor-csrf-placeholder" not in second_page.content.decode()
    assert page_token(first_page.content.decode()) != page_token(second_page.content.decode())
    # The kept page's token works for the visitor who got it: a form posted with it is not refused.
    token = page_token(second_page.content.decode())
    switched = second.post(reverse("set_language"), {"language": "en", "next": url, "csrfmiddlewaretoken": token})
    assert switched.status_code == 302
    assert "News" in second.get(url).content.decode()  # and the English page is its own entry


def test_signed_in_people_and_visitors_with_a_message_get_the_page_built_for_them(persona, client_as):
    make_release(persona("press_officer"), status=ReleaseStatus.PUBLISHED)
    url = reverse("newsroom:list")
    Client().get(url)

    assert release_queries(client_as("press_officer"), url)
    with_message = Client()
    with_message.cookies["messages"] = "something to show once"
    assert release_queries(with_message, url)


# --- the early answer (VisitorPageMiddleware) ---------------------------------------------------------------------

PERSONAL = re.compile(rb'"X-CSRFToken": "[^"]+"|name="csrfmiddlewaretoken" value="[^"]+"|nonce="[^"]+"')


def answered_early(response) -> bool:
    """The early answer never reaches the session and authentication middleware: its request has no user."""
    return not hasattr(response.wsgi_request, "user")


def impersonal(content: bytes) -> bytes:
    return PERSONAL.sub(b"<personal>", content)


def public_pages(persona) -> list[str]:
    release = make_release(persona("press_officer"), status=ReleaseStatus.PUBLISHED)
    EventFactory(title="Inauguración del parque", is_public=True, starts_at=lima(2026, 12, 3, 10))
    return [reverse("newsroom:list"), release.get_public_url(), reverse("ceremonial:public_agenda")]


@pytest.fixture
def _december(time_machine):
    time_machine.move_to(lima(2026, 12, 1, 9), tick=False)


@pytest.mark.usefixtures("_december")
@pytest.mark.parametrize("language", ["es", "en"])
def test_the_early_answer_is_the_page_and_the_headers_the_whole_stack_gives(persona, language):
    for url in public_pages(persona):
        first, second = Client(), Client()
        for visitor in (first, second):
            visitor.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        built = first.get(url)  # the first visit goes down the whole stack and keeps the page
        kept = second.get(url)

        assert not answered_early(built) and answered_early(kept), url
        assert impersonal(kept.content) == impersonal(built.content), url
        assert kept.content != built.content  # each visitor has a token of their own
        assert b"<function" not in kept.content and b"&lt;function" not in kept.content  # no repr of one process
        headers = {name: value for name, value in kept.headers.items() if name != "X-Request-ID"}
        assert headers == {name: value for name, value in built.headers.items() if name != "X-Request-ID"}, url
        assert headers["Content-Language"] == language and headers["Vary"] == "Cookie"
        assert "default-src 'self'" in headers["Content-Security-Policy"]
        assert "unsafe-inline" not in headers["Content-Security-Policy"]
        assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin" and headers["Cross-Origin-Opener-Policy"] == "same-origin"
        assert "camera=()" in headers["Permissions-Policy"]
        assert int(headers["Content-Length"]) == len(kept.content)
        cookie, built_cookie = kept.cookies[settings.CSRF_COOKIE_NAME], built.cookies[settings.CSRF_COOKIE_NAME]
        assert {key: cookie[key] for key in ("httponly", "samesite", "path", "secure", "max-age")} == {
            key: built_cookie[key] for key in ("httponly", "samesite", "path", "secure", "max-age")
        }


def test_the_token_of_an_early_answer_posts_the_visitor_s_forms(persona):
    make_release(persona("press_officer"), status=ReleaseStatus.PUBLISHED)
    url = reverse("newsroom:list")
    Client().get(url)
    visitor = Client(enforce_csrf_checks=True)

    page = visitor.get(url)
    token = page_token(page.content.decode())
    assert answered_early(page)
    cookie = page.cookies[settings.CSRF_COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    again = visitor.get(url)  # a visitor who has the cookie keeps it: a form open in another tab still posts
    assert answered_early(again) and again.cookies[settings.CSRF_COOKIE_NAME].value == cookie.value

    subscribed = visitor.post(
        reverse("newsroom:bulletins"), {"email": "vecina@correo.example", "csrfmiddlewaretoken": token}
    )
    assert subscribed.status_code == 200 and "Revise su correo" in subscribed.content.decode()
    refused = Client(enforce_csrf_checks=True).post(
        reverse("newsroom:bulletins"), {"email": "otra@correo.example", "csrfmiddlewaretoken": token}
    )
    assert refused.status_code == 403  # the token is the visitor's, not anyone's


def test_the_language_is_the_one_the_visitor_chose_and_the_browser_s_is_ignored(persona):
    make_release(persona("press_officer"), status=ReleaseStatus.PUBLISHED)
    url = reverse("newsroom:list")
    english = Client()
    english.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english.get(url)
    Client().get(url, HTTP_ACCEPT_LANGUAGE="en-US")

    kept_english = english.get(url)
    assert answered_early(kept_english) and '<html lang="en">' in kept_english.content.decode()
    for spanish in (Client().get(url, HTTP_ACCEPT_LANGUAGE="en-US"), Client().get(url)):
        assert answered_early(spanish)
        assert '<html lang="es">' in spanish.content.decode() and spanish["Content-Language"] == "es"
    unknown = Client()
    unknown.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    assert '<html lang="es">' in unknown.get(url).content.decode()


def test_signed_in_people_sessions_and_credentials_go_down_the_whole_stack(persona, client_as):
    make_release(persona("press_officer"), status=ReleaseStatus.PUBLISHED)
    url = reverse("newsroom:list")
    Client().get(url)

    signed_in = client_as("press_officer").get(url)
    assert not answered_early(signed_in) and signed_in.wsgi_request.user.is_authenticated
    with_session = Client()
    with_session.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session"
    assert not answered_early(with_session.get(url))
    assert not answered_early(Client().get(url, HTTP_AUTHORIZATION="Token abc"))
    with_message = Client()
    with_message.cookies["messages"] = "something to show once"
    assert not answered_early(with_message.get(url))


@pytest.mark.usefixtures("_december")
def test_a_published_release_and_a_changed_agenda_show_at_once(persona):
    officer = persona("press_officer")
    act = EventFactory(title="Inauguración del parque", is_public=True, starts_at=lima(2026, 12, 3, 10))
    newsroom, agenda = reverse("newsroom:list"), reverse("ceremonial:public_agenda")
    make_release(officer, headline="Primera nota del mes", status=ReleaseStatus.PUBLISHED)
    for url in (newsroom, agenda):
        Client().get(url)
        assert answered_early(Client().get(url))

    make_release(officer, headline="Vacunación casa por casa", status=ReleaseStatus.PUBLISHED)
    event_update(actor=persona("protocol_officer"), event=act, data={"title": "Feria del libro"}, allow_conflicts=True)

    assert "Vacunación casa por casa" in Client().get(newsroom).content.decode()
    assert "Feria del libro" in Client().get(agenda).content.decode()


def test_one_read_of_the_stamps_for_a_kept_page_and_for_one_built_again(persona):
    make_release(persona("press_officer"), status=ReleaseStatus.PUBLISHED)
    url = reverse("newsroom:list")
    with CaptureQueriesContext(connection) as building:
        Client().get(url)
    with CaptureQueriesContext(connection) as kept:
        Client().get(url)

    assert [query["sql"] for query in kept.captured_queries] == [building.captured_queries[0]["sql"]]
    assert sum('"core_changestamp"' in query["sql"] for query in building.captured_queries) == 1


def test_a_host_not_allowed_is_refused_before_the_early_answer(persona):
    make_release(persona("press_officer"), status=ReleaseStatus.PUBLISHED)
    url = reverse("newsroom:list")
    Client().get(url)
    assert Client().get(url, HTTP_HOST="evil.example").status_code == 400


# A page with an inline script, as a page kept for visitors may have one day: its nonce must be each visitor's.
def _page_with_a_script(request):
    html = '<script nonce="{{ CSP_NONCE }}">window.x = 1;</script><form method="post">{% csrf_token %}</form>'
    return HttpResponse(Template(html).render(RequestContext(request)))


urlpatterns = [path("con-script/", cached_for_visitors(lambda: "1")(_page_with_a_script))]


def test_a_page_with_a_nonce_gives_each_visitor_a_fresh_one_named_in_the_policy(db, settings):
    settings.ROOT_URLCONF = __name__
    # Heraldo's policy allows no inline script today; one that would, names the nonce of each answer.
    policy = settings.CONTENT_SECURITY_POLICY
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {**policy["DIRECTIVES"], "script-src": [SELF, NONCE]}}
    Client().get("/con-script/")
    first, second = Client().get("/con-script/"), Client().get("/con-script/")

    assert answered_early(first) and answered_early(second)
    nonces = []
    for response in (first, second):
        [nonce] = re.findall(r'nonce="([^"]+)"', response.content.decode())
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
        nonces.append(nonce)
    assert nonces[0] != nonces[1] and "placeholder" not in nonces[0]


def test_feeds_are_kept_too_and_each_host_gets_its_own_addresses(persona, settings):
    settings.ALLOWED_HOSTS = ["testserver", "www.muni.example"]
    release = make_release(persona("press_officer"), status=ReleaseStatus.PUBLISHED)
    for url in (reverse("newsroom:rss"), reverse("newsroom:atom"), reverse("newsroom:json_feed")):
        built = Client().get(url)
        kept = Client().get(url)
        assert answered_early(kept) and kept.content == built.content, url
        assert kept["Content-Type"] == built["Content-Type"]
        assert kept.get("Last-Modified") == built.get("Last-Modified")

    page = release.get_public_url()
    Client().get(page)
    Client().get(page, HTTP_HOST="www.muni.example")
    here, there = Client().get(page), Client().get(page, HTTP_HOST="www.muni.example")
    assert answered_early(here) and answered_early(there)
    assert f'href="http://testserver{page}"' in here.content.decode()
    assert f'href="http://www.muni.example{page}"' in there.content.decode()
