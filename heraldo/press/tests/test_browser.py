"""In a real Chromium: nothing typed is lost when the session expires; the whole story of a release."""

from pathlib import Path

import pytest
from django.conf import settings
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


AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page) -> list[dict]:
    """Run axe-core (WCAG 2.0/2.1 A and AA rules) and return the serious and critical violations."""
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "async () => await axe.run(document, "
        "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    assert result["passes"], "axe-core ran no rule"
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_newsroom_pages_pass_axe_at_laptop_and_phone_widths(browser_page):
    from heraldo.press.models import Category, ReleaseStatus
    from heraldo.press.services.releases import release_photo_add
    from heraldo.press.tests.factories import jpeg_upload, make_release

    page = browser_page
    author = make_user("press_officer", PERSONAS["press_officer"])
    category = Category.objects.create(name="Obras", slug="obras")
    release = make_release(
        author, headline="Alcalde inaugura el mercado de Barrio Alto", category=category, status=ReleaseStatus.PUBLISHED
    )
    for n in range(3):
        release_photo_add(
            release=release, actor=author, upload=jpeg_upload(f"{n}.jpg", color=(40 * n, 90, 120)), alt_text=f"Foto {n}"
        )
    urls = ["/noticias/", release.get_public_url(), "/noticias/galerias/", "/noticias/?q=nada"]
    for width in (1366, 390):
        page.set_viewport_size({"width": width, "height": 900})
        for url in urls:
            page.goto(page.base_url + url)
            assert axe_violations(page) == [], (width, url)
    page.emulate_media(media="print")
    page.goto(page.base_url + release.get_public_url())
    assert not page.locator(".newsroom-search").is_visible()
    assert page.get_by_role("heading", level=1).is_visible()
