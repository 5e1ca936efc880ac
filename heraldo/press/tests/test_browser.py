"""In a real Chromium: nothing typed is lost when the session expires; the whole story of a release."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone
from playwright.sync_api import expect

from conftest import PASSWORD, PERSONAS, make_user, sign_in
from heraldo.press.models import PressRelease

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def type_in_editor(page, *paragraphs: str) -> None:
    page.locator("#id_body_editor").click()
    for index, paragraph in enumerate(paragraphs):
        if index:
            page.keyboard.press("Enter")
        page.keyboard.type(paragraph)


def test_bold_and_a_link_made_in_the_editor_survive_saving_and_show_on_the_public_page(browser_page):
    from heraldo.press.models import ReleaseStatus
    from heraldo.press.tests.factories import make_release

    page = browser_page
    officer = make_user("press_officer", PERSONAS["press_officer"])
    release = make_release(officer, body="<p>El mercado cuenta con 120 puestos.</p>")
    sign_in(page, "press_officer")
    page.goto(f"{page.base_url}/prensa/notas/{release.pk}/editar/")
    editor = page.locator("#id_body_editor")
    editor.click()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Subtítulo", exact=True).click()
    page.keyboard.type("Horario")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Negrita").click()
    page.keyboard.type("Abre a las seis")
    page.get_by_role("button", name="Negrita").click()
    page.keyboard.type(" y tiene ")
    page.keyboard.type("página web")
    for _letter in "página web":
        page.keyboard.press("Shift+ArrowLeft")
    page.get_by_role("button", name="Enlace (o quitar el enlace)").click()
    page.fill("#id_body_link", "notaurl")
    page.get_by_role("button", name="Poner enlace").click()
    expect(page.get_by_text("Escriba una dirección completa")).to_be_visible()  # nothing half-made is linked
    page.fill("#id_body_link", "https://www.munidemo.gob.pe/mercado")
    page.get_by_role("button", name="Poner enlace").click()
    page.get_by_role("button", name="Guardar cambios").click()
    page.wait_for_url(f"**/prensa/notas/{release.pk}/**")

    release.refresh_from_db()
    assert "<h2>Horario</h2>" in release.body
    assert "<strong>Abre a las seis</strong>" in release.body
    assert 'href="https://www.munidemo.gob.pe/mercado"' in release.body and ">página web</a>" in release.body
    PressRelease.objects.filter(pk=release.pk).update(status=ReleaseStatus.PUBLISHED, published_at=timezone.now())
    page.goto(page.base_url + release.get_public_url())
    expect(page.locator("article strong", has_text="Abre a las seis")).to_be_visible()
    expect(page.get_by_role("link", name="página web")).to_have_attribute("href", "https://www.munidemo.gob.pe/mercado")
    expect(page.get_by_role("heading", name="Horario")).to_be_visible()


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
    type_in_editor(page, "Párrafo escrito sin sesión.", "Otro párrafo más.")
    expect(page.locator("#autosave-status")).to_contain_text("sesión venció", timeout=15000)
    release.refresh_from_db()
    assert "sin sesión" not in release.body

    page.get_by_role("link", name="inicie sesión").click()
    page.fill("input[name=login]", "press_officer")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"**/prensa/notas/{release.pk}/editar/")
    assert page.locator("#autosave-restored").is_visible()
    expect(page.locator("#id_body_editor p")).to_have_text(["Párrafo escrito sin sesión.", "Otro párrafo más."])
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
    urls = ["/noticias/", release.get_public_url(), "/noticias/galerias/", "/noticias/?q=nada", "/noticias/boletines/"]
    for width in (1366, 390):
        page.set_viewport_size({"width": width, "height": 900})
        for url in urls:
            page.goto(page.base_url + url)
            assert axe_violations(page) == [], (width, url)
    page.emulate_media(media="print")
    page.goto(page.base_url + release.get_public_url())
    assert not page.locator(".newsroom-search").is_visible()
    assert page.get_by_role("heading", level=1).is_visible()


def test_a_new_press_officer_takes_a_release_from_draft_to_the_newsroom_and_the_media(
    browser_page, tmp_path, django_capture_on_commit_callbacks
):
    """The issue's 'done when': written at a desk with 6 photos, approved on a phone, public, fed, e-mailed."""
    import datetime as dt

    import feedparser
    from django.core import mail
    from PIL import Image

    from heraldo.core.outbox import outbox_drain
    from heraldo.directory.models import Entity, Person, Position, Term

    page = browser_page
    make_user("press_officer", PERSONAS["press_officer"], first_name="Diego")
    make_user("head_of_unit", PERSONAS["head_of_unit"], first_name="Lucía")
    radio = Entity.objects.create(name="Radio Candelaria", kind="MEDIO", level="DISTRITAL")
    for given, email in (("Ana", "ana@radio.example"), ("Luis", "luis@radio.example")):
        person = Person.objects.create(given_names=given, surnames="Periodista", institutional_email=email)
        Term.objects.create(
            position=Position.objects.create(entity=radio, title="Reportero"),
            person=person,
            starts_on=dt.date(2024, 1, 1),
        )
    photos = []
    for n in range(6):
        path = tmp_path / f"inauguracion-{n + 1}.jpg"
        Image.new("RGB", (900, 600), (30 * n, 100, 160 - 20 * n)).save(path, "JPEG")
        photos.append(str(path))

    # A press officer at a laptop, finding the way from Hoy.
    page.set_viewport_size({"width": 1366, "height": 900})
    sign_in(page, "press_officer")
    page.locator("[data-module=prensa]").click()
    page.get_by_role("link", name="Nueva nota").click()
    page.fill("#id_headline", "Alcalde inauguró ayer el parque ecológico de Barrio Alto")
    page.fill(
        "#id_lead",
        "La Municipalidad entregó ayer a los vecinos de Barrio Alto el parque ecológico, con juegos y biohuerto.",
    )
    type_in_editor(page, "El parque tiene 4,000 m².", "Asistieron más de 300 vecinos.")
    page.fill("#id_quotes", "«Es un espacio para las familias» — Jorge Cárdenas, alcalde")
    page.get_by_role("button", name="Guardar").click()
    page.wait_for_url("**/fotos/")
    page.set_input_files("#id_photos", photos)
    page.fill("#id_credit", "Imagen Institucional")
    page.get_by_role("button", name="Subir fotos").click()
    expect(page.get_by_text("6 fotos agregadas")).to_be_visible()
    for index, field in enumerate(page.locator("input[name$='-alt_text']").all()):
        field.fill(f"Vecinos recorren el parque, vista {index + 1}")
    page.get_by_role("button", name="Guardar datos de las fotos").click()
    page.get_by_role("link", name="Listo: ver la nota").click()
    page.fill("#id_comment", "Lista para su revisión")
    page.get_by_role("button", name="Enviar a revisión").click()
    expect(page.locator(".release-status")).to_have_text("En revisión")
    release = PressRelease.objects.get()
    assert release.photos.count() == 6

    # The head of unit, on a phone, approves and publishes from Hoy.
    page.context.clear_cookies()
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, "head_of_unit")
    page.locator("#panel-approvals").locator("xpath=ancestor::section").get_by_role(
        "link", name="Alcalde inauguró ayer el parque ecológico de Barrio Alto", exact=True
    ).click()
    page.fill("#id_comment", "Aprobada")
    page.get_by_role("button", name="Aprobar").click()
    expect(page.locator(".release-status")).to_have_text("Aprobado")
    page.get_by_role("button", name="Publicar ahora").click()
    expect(page.get_by_text("Se enviará a 2 destinatarios")).to_be_visible()  # publishing mails the media: it asks
    page.get_by_role("button", name="Enviar a todos los 2 destinatarios").click()
    expect(page.locator(".release-status")).to_have_text("Publicado")
    page.screenshot(path=str(Path(settings.VAR_DIR) / "done-when-phone-approval.png"), full_page=True)

    # Anyone sees it on the newsroom and in its feed.
    page.context.clear_cookies()
    page.goto(page.base_url + "/noticias/")
    page.get_by_role("link", name="Alcalde inauguró ayer el parque ecológico de Barrio Alto").click()
    expect(page.locator(".gallery img")).to_have_count(5)  # the cover above, five more in the gallery
    feed = feedparser.parse(page.request.get(page.base_url + "/noticias/rss/").body())
    assert feed.bozo == 0 and feed.entries[0].title == "Alcalde inauguró ayer el parque ecológico de Barrio Alto"

    # The media list received it, one personal e-mail each.
    outbox_drain()
    received = sorted(m.to[0] for m in mail.outbox if "parque ecológico" in m.subject)
    assert received == ["ana@radio.example", "luis@radio.example"]
