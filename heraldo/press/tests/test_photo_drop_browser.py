"""In a real Chromium: photos dropped on a release's upload form go up with a progress bar and are attached."""

import pytest
from playwright.sync_api import expect

from conftest import PERSONAS, make_user, sign_in
from heraldo.press.tests.factories import make_release

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Runs in the page: a real PNG drawn on a canvas, dropped on the form as a file would be from the desktop.
DROP_A_PHOTO = """async () => {
  const canvas = document.createElement("canvas");
  canvas.width = 320; canvas.height = 240;
  const drawing = canvas.getContext("2d");
  drawing.fillStyle = "#9b1c2c"; drawing.fillRect(0, 0, 320, 240);
  const blob = await new Promise((done) => canvas.toBlob(done, "image/png"));
  const files = new DataTransfer();
  files.items.add(new File([blob], "inauguracion.png", {type: "image/png"}));
  const form = document.getElementById("photo-upload");
  form.dispatchEvent(new DragEvent("dragover", {dataTransfer: files, bubbles: true, cancelable: true}));
  form.dispatchEvent(new DragEvent("drop", {dataTransfer: files, bubbles: true, cancelable: true}));
}"""


def test_a_photo_dropped_on_the_form_uploads_with_progress_and_is_attached(browser_page):
    page = browser_page
    officer = make_user("press_officer", PERSONAS["press_officer"])
    release = make_release(officer)
    sign_in(page, "press_officer")
    page.goto(f"{page.base_url}/prensa/notas/{release.pk}/fotos/")
    expect(page.get_by_text("También puede arrastrar las fotos y soltarlas aquí.")).to_be_visible()
    # when the officer drops a photo on the form
    page.evaluate(DROP_A_PHOTO)
    expect(page.get_by_role("status").filter(has_text="inauguracion.png")).to_be_visible()
    page.get_by_role("button", name="Subir fotos").click()
    # then the page shows it attached, asking for its caption, without leaving the page
    expect(page.locator(".photo-card img")).to_have_count(1)
    expect(page.get_by_text("1 foto agregada. Escriba su pie y su texto alternativo.")).to_be_visible()
    assert release.photos.count() == 1
    assert page.evaluate("document.querySelector('.photo-drop-progress') !== null")  # ready for the next drop


def test_a_refused_file_shows_the_server_message_in_place(browser_page):
    page = browser_page
    officer = make_user("press_officer", PERSONAS["press_officer"])
    release = make_release(officer)
    sign_in(page, "press_officer")
    page.goto(f"{page.base_url}/prensa/notas/{release.pk}/fotos/")
    page.set_input_files(
        "#photo-upload input[type=file]",
        files=[{"name": "evil.jpg", "mimeType": "image/jpeg", "buffer": b"<script>alert(1)</script>"}],
    )
    page.get_by_role("button", name="Subir fotos").click()
    expect(page.get_by_text("«evil.jpg»: El archivo no es de un tipo aceptado", exact=False)).to_be_visible()
    assert release.photos.count() == 0
