"""The municipality's crest from the brand kit on the newsroom and the public frame (sign-in, RSVP), not a letter."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from heraldo.core.uploads import check_upload
from heraldo.press.demo import DEMO_CREST_SVG
from heraldo.press.services.brand import brand_template_add

pytestmark = pytest.mark.django_db


def upload_crest(actor, *, is_crest=True, title="Escudo"):
    upload = SimpleUploadedFile("escudo.svg", DEMO_CREST_SVG, content_type="image/svg+xml")
    return brand_template_add(
        actor=actor, upload=upload, checked=check_upload(upload, kinds={"svg"}), title=title, is_crest=is_crest
    )


def test_without_a_crest_the_public_pages_keep_the_letter_tile():
    public = Client()
    assert public.get(reverse("newsroom:crest")).status_code == 404
    assert 'data-testid="crest"' not in public.get(reverse("newsroom:list")).content.decode()
    assert 'class="brand-mark' in public.get(reverse("account_login")).content.decode()


def test_the_crest_marked_in_the_brand_kit_shows_on_the_newsroom_and_the_sign_in_frame(persona):
    upload_crest(persona("head_of_unit"), is_crest=False, title="Logo horizontal")
    assert 'data-testid="crest"' not in Client().get(reverse("newsroom:list")).content.decode()
    crest = upload_crest(persona("head_of_unit"))
    public = Client()
    for url in (reverse("newsroom:list"), reverse("account_login")):
        page = public.get(url).content.decode()
        assert f'src="{reverse("newsroom:crest")}?v={crest.pk}"' in page
    image = public.get(reverse("newsroom:crest"))
    assert image["Content-Type"] == "image/svg+xml" and b"<svg" in b"".join(image.streaming_content)
    assert image["Content-Security-Policy"] == "sandbox"


def test_a_pdf_cannot_be_the_crest(client_as):
    from heraldo.press.models import BrandTemplate

    pdf = SimpleUploadedFile("escudo.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", "application/pdf")
    client_as("head_of_unit").post(
        reverse("press:brand_template_add"), {"title": "Escudo", "file": pdf, "is_crest": "on"}
    )
    assert not BrandTemplate.objects.filter(is_crest=True).exists()
