"""The media library (upload by content, duplicates, rights, GPS) and the brand kit (versions, contrast)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from heraldo.press.brand import contrast_ratio, parse_hex
from heraldo.press.models import BrandKitVersion, MediaAsset
from heraldo.press.tests.factories import jpeg_upload

pytestmark = pytest.mark.django_db


def test_designer_browses_press_officer_uploads_and_duplicates_are_caught(client_as):
    officer = client_as("press_officer")
    url = reverse("press:library")
    data = {"files": [jpeg_upload("a.jpg", gps=True)], "event_name": "Feria", "credit": "MDSC", "rights": "propia"}
    assert officer.post(url, data).status_code == 302
    asset = MediaAsset.objects.get()
    assert (asset.event_name, asset.credit, asset.has_location) == ("Feria", "MDSC", True)
    response = officer.post(url, {"files": [jpeg_upload("copia.jpg", gps=True)], "rights": "propia"}, follow=True)
    assert "ya estaba en la biblioteca" in response.content.decode() and MediaAsset.objects.count() == 1
    bad = SimpleUploadedFile("video.mp4", b"<html>no</html>")
    assert "no es de un tipo aceptado" in officer.post(url, {"files": [bad], "rights": "propia"}).content.decode()
    designer = client_as("designer")
    assert "Feria" in designer.get(url, {"q": "feria"}).content.decode()
    assert designer.post(url, data).status_code == 404
    assert designer.get(reverse("press:asset_file", args=[asset.pk, "original"])).status_code == 404
    assert designer.get(reverse("press:asset_file", args=[asset.pk, "thumb"])).status_code == 200
    assert client_as("outsider").get(reverse("press:asset_detail", args=[asset.pk])).status_code == 404


def test_asset_details_are_edited_and_audited(client_as):
    client = client_as("press_officer")
    client.post(reverse("press:library"), {"files": [jpeg_upload()], "rights": "propia"})
    asset = MediaAsset.objects.get()
    data = {
        "title": "Corte de cinta",
        "caption": "El alcalde",
        "credit": "MDSC",
        "alt_text": "Corte",
        "rights": "restringida",
    }
    assert client.post(reverse("press:asset_detail", args=[asset.pk]), data).status_code == 302
    html = client.get(reverse("press:asset_detail", args=[asset.pk])).content.decode()
    assert "modificó los datos de «Corte de cinta»" in html
    assert "Uso restringido" in client.get(reverse("press:library")).content.decode()


def test_contrast_ratio_matches_wcag():
    assert round(contrast_ratio((255, 255, 255), (0, 0, 0)), 1) == 21.0
    assert round(contrast_ratio(parse_hex("#9B1C2C"), (255, 255, 255)), 2) == 8.09
    assert parse_hex("#12345") is None


def test_head_of_unit_publishes_brand_versions_and_others_read_them(client_as):
    head = client_as("head_of_unit")
    data = {
        "palette": "Rojo institucional #9b1c2c\nAmarillo #FFD400",
        "typography": "Titulares: Source Sans 3",
        "logo_min_width_mm": 25,
        "logo_min_width_px": 120,
        "logo_clear_space": "Una M",
        "review_checklist": "Fotos con crédito",
    }
    assert head.post(reverse("press:brand_kit"), data).status_code == 302
    assert head.post(reverse("press:brand_kit"), dict(data, palette="Rojo #9b1c2c")).status_code == 302
    assert list(BrandKitVersion.objects.values_list("number", flat=True)) == [2, 1]
    html = client_as("designer").get(reverse("press:brand_kit"), {"v": 1}).content.decode()
    assert "#FFD400" in html and "no apto" in html and "versión anterior" in html
    bad = head.post(reverse("press:brand_kit"), dict(data, palette="Rojo rojo")).content.decode()
    assert "Línea 1" in bad
    assert client_as("designer").post(reverse("press:brand_kit"), data).status_code == 404


def test_approved_templates_accept_sanitised_svg_and_download_as_attachments(client_as):
    from heraldo.press.models import BrandTemplate

    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">'
        b'<script>alert(2)</script><rect width="10" height="10" fill="#9b1c2c"/></svg>'
    )
    head = client_as("head_of_unit")
    head.post(
        reverse("press:brand_template_add"),
        {"title": "Logo horizontal", "description": "Fondo claro", "file": SimpleUploadedFile("logo.svg", svg)},
    )
    template = BrandTemplate.objects.get()
    with template.file.open("rb") as handle:
        stored = handle.read().decode()
    assert "script" not in stored and "onload" not in stored and 'fill="#9b1c2c"' in stored
    download = client_as("designer").get(reverse("press:brand_template", args=[template.pk]))
    assert download.status_code == 200 and "attachment" in download["Content-Disposition"]
    assert download["Content-Security-Policy"] == "sandbox"
    bad = SimpleUploadedFile("plantilla.pdf", b"MZ not a pdf")
    response = head.post(reverse("press:brand_template_add"), {"title": "Otra", "file": bad}, follow=True)
    assert "no es de un tipo aceptado" in response.content.decode()
    assert client_as("designer").post(reverse("press:brand_template_remove", args=[template.pk])).status_code == 404
    head.post(reverse("press:brand_template_remove", args=[template.pk]))
    assert BrandTemplate.objects.count() == 0
