"""Public pages kept for anonymous visitors until what they show changes (heraldo.core.visitor_cache)."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

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
