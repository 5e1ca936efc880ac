"""In a real Chromium: nothing typed is lost when the session expires; the whole story of a release."""

import pytest
from django.contrib.sessions.models import Session
from playwright.sync_api import expect

from conftest import PASSWORD, PERSONAS, make_user
from heraldo.press.models import PressRelease

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, username: str, next_path: str = "") -> None:
    page.goto(f"{page.base_url}/cuenta/login/" + (f"?next={next_path}" if next_path else ""))
    page.fill("input[name=login]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def test_text_typed_after_the_session_expired_comes_back_after_signing_in(browser_page):
    page = browser_page
    make_user("press_officer", PERSONAS["press_officer"])
    sign_in(page, "press_officer")
    page.goto(f"{page.base_url}/prensa/notas/nueva/")
    page.fill("#id_headline", "Vecinos de Barrio Alto reciben su mercado")
    page.fill("#id_lead", "La municipalidad entregó el mercado remodelado.")
    page.wait_for_url("**/prensa/notas/*/editar/", timeout=15000)  # the first autosave created the draft
    release = PressRelease.objects.get()
    expect(page.locator("#autosave-status")).to_contain_text("Guardado", timeout=15000)

    Session.objects.all().delete()  # the session expires while the officer keeps typing
    page.fill("#id_body", "Párrafo escrito sin sesión.\n\nOtro párrafo más.")
    expect(page.locator("#autosave-status")).to_contain_text("sesión venció", timeout=15000)
    release.refresh_from_db()
    assert "sin sesión" not in release.body

    page.get_by_role("link", name="inicie sesión").click()
    page.fill("input[name=login]", "press_officer")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"**/prensa/notas/{release.pk}/editar/")
    assert page.locator("#autosave-restored").is_visible()
    assert page.input_value("#id_body") == "Párrafo escrito sin sesión.\n\nOtro párrafo más."
    expect(page.locator("#autosave-status")).to_contain_text("Guardado", timeout=15000)
    release.refresh_from_db()
    assert release.body == "<p>Párrafo escrito sin sesión.</p><p>Otro párrafo más.</p>"
