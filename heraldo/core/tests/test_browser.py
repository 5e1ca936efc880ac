"""A person at a laptop and at a phone, in a real Chromium."""

from pathlib import Path

import pytest
from django.conf import settings

from conftest import PERSONAS, make_user, sign_in
from heraldo.core.tests.test_navigation import EXPECTED_MENU

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(settings.VAR_DIR) / "screenshots"


@pytest.mark.parametrize("persona_name", sorted(PERSONAS))
def test_each_role_signs_in_and_sees_only_its_menu(browser_page, persona_name):
    page = browser_page
    make_user(persona_name, PERSONAS[persona_name])
    page.set_viewport_size({"width": 1366, "height": 860})
    sign_in(page, persona_name)
    entries = set(page.locator("[data-module]").evaluate_all("els => els.map(e => e.dataset.module)"))
    assert entries == EXPECTED_MENU[persona_name]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"hoy-{persona_name}-laptop.png"), full_page=True)


def test_phone_menu_opens_from_the_button_and_reaches_a_module(browser_page):
    page = browser_page
    make_user("protocol_officer", PERSONAS["protocol_officer"])
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, "protocol_officer")
    agenda_link = page.locator("[data-module=agenda]")
    assert not agenda_link.is_visible()
    page.get_by_role("button", name="Abrir el menú").click()
    agenda_link.click()
    page.wait_for_url(f"{page.base_url}/agenda/")
    assert page.get_by_role("heading", level=1).inner_text().strip() == "Agenda del Alcalde"
    page.screenshot(path=str(SCREENSHOTS / "agenda-protocolo-phone.png"), full_page=True)


def test_wrong_password_in_the_browser_keeps_the_login(browser_page):
    page = browser_page
    make_user("mayor", PERSONAS["mayor"])
    page.goto(f"{page.base_url}/cuenta/login/")
    page.fill("input[name=login]", "mayor")
    page.fill("input[name=password]", "equivocada")
    page.click("button[type=submit]")
    assert page.input_value("input[name=login]") == "mayor"
    assert "no son correctos" in page.content()
