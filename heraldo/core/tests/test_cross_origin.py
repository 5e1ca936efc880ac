"""Test plan S5: a page on another origin cannot make a signed-in browser change anything in Heraldo.

The other origin is a loopback server on another port of the same host: the browser treats it as the same
site, so SameSite=Lax still sends the session cookie, and only the CSRF check stands between the forged
form and the change. (From another host, SameSite already keeps the cookie home.)
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from rest_framework.authtoken.models import Token

from conftest import sign_in
from heraldo.core.models import User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FORGED = """<!doctype html><html lang="es"><title>Premio</title><body>
<form id="f" method="post" action="{action}">{fields}</form>
<script>document.getElementById("f").submit()</script></body></html>"""


def forged_page(httpserver, path: str, action: str, fields: dict[str, str]) -> str:
    inputs = "".join(f'<input type="hidden" name="{name}" value="{value}">' for name, value in fields.items())
    httpserver.expect_request(path).respond_with_data(
        FORGED.format(action=action, fields=inputs), content_type="text/html"
    )
    return httpserver.url_for(path)


def test_a_form_posted_from_another_origin_is_refused_and_changes_nothing(browser, live_server, httpserver, persona):
    persona("press_officer")
    context = browser.new_context(locale="es-PE", timezone_id="America/Lima")
    page = context.new_page()
    page.base_url = live_server.url
    sign_in(page, "press_officer")
    assert live_server.url.split(":")[1] == httpserver.url_for("/").split(":")[1], "same host, another port"

    # the forged page posts the language form and the API-key form as soon as it opens
    statuses: list[int] = []
    page.on("response", lambda answer: statuses.append(answer.status) if answer.request.method == "POST" else None)
    for path, action, fields in [
        ("/premio", "/preferencias/", {"language": "en"}),
        ("/llave", "/preferencias/llave-api/", {}),
    ]:
        statuses.clear()
        page.goto(forged_page(httpserver, path, live_server.url + action, fields))
        page.wait_for_url(live_server.url + action)
        expect(page.locator("body")).to_contain_text("El formulario venció")
        assert statuses == [403], (action, statuses)

    user = User.objects.get(username="press_officer")
    assert user.language == "es"
    assert not Token.objects.filter(user=user).exists()

    # while the same form on Heraldo's own page, with its token, works
    page.goto(live_server.url + "/preferencias/")
    page.check("input[name=language][value=en]")
    page.get_by_role("button", name="Guardar").click()
    expect(page.locator(".alert-success")).to_be_visible()
    user.refresh_from_db()
    assert user.language == "en"
    context.close()
