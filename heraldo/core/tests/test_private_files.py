"""Uploaded files never run in Heraldo's origin and reach only those the owning app lets see them."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from heraldo.core.pdf import DOCUMENT_BASE_URL
from heraldo.core.pdf_files import AppFilesFetcher
from heraldo.core.uploads import image_has_location
from heraldo.directory.models import Coordination, Entity
from heraldo.directory.tests.factories import EntityFactory, PersonFactory
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Clipping
from heraldo.press.tests.factories import jpeg_upload

pytestmark = pytest.mark.django_db

# Each passes the "first bytes" test the clipping form used to stop at: a PDF header and trailer
# around a page that loads a script, and a script that opens like an MP3 (ID3=0 is valid JavaScript).
PAGE_POSING_AS_PDF = b"%PDF-1.4\n<html><body><script src='carga.js'></script></body></html>\n%%EOF\n"
SCRIPT_POSING_AS_MP3 = b"ID3=0;fetch('/cuenta/email/',{method:'POST'});//" + b"\x00" * 64


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, "PNG")
    return out.getvalue()


def _clipping_form(outlet: Entity, upload) -> dict:
    return {
        "outlet": outlet.pk,
        "medium": "RADIO",
        "title": "Entrevista al alcalde",
        "published_date": timezone.localdate().isoformat(),
        "published_time": "07:30",
        "summary": "Habló de obras.",
        "attachment": upload,
    }


def _assert_inert_download(response) -> None:
    assert response.status_code == 200
    assert response["Content-Type"] not in ("text/html", "text/javascript", "application/javascript")
    assert "html" not in response["Content-Type"] and "script" not in response["Content-Type"]
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].startswith("sandbox")


@pytest.fixture
def outlet(db):
    return Entity.objects.create(name="Radio Candelaria", kind="MEDIO", level="DISTRITAL", media_kind="RADIO")


def test_a_page_and_its_script_uploaded_as_clipping_attachments_never_run(client_as, outlet):
    analyst = client_as("media_analyst")
    for name, data in (("carga.html", PAGE_POSING_AS_PDF), ("carga.js", SCRIPT_POSING_AS_MP3)):
        upload = SimpleUploadedFile(name, data, content_type="text/html")
        response = analyst.post(reverse("monitoring:clipping_add"), _clipping_form(outlet, upload))
        assert response.status_code == 302, response.content.decode()[:500]

    stored = [clipping.attachment for clipping in Clipping.objects.order_by("pk")]
    assert [file.name.rsplit(".", 1)[1] for file in stored] == ["pdf", "mp3"]
    assert not any("carga" in file.name for file in stored)
    for file in stored:
        anonymous = Client().get(file.url)
        assert anonymous.status_code == 302 and reverse("account_login") in anonymous["Location"]
        assert client_as("outsider").get(file.url).status_code in (403, 404)
        _assert_inert_download(analyst.get(file.url))
    assert analyst.get(stored[0].url)["Content-Type"] == "application/pdf"
    assert analyst.get(stored[1].url)["Content-Type"] == "audio/mpeg"


def test_a_file_stored_before_contents_were_checked_goes_out_as_bytes_to_save(client_as, outlet):
    name = default_storage.save("monitoring/clippings/2026/01/carga.html", ContentFile(b"<script>alert(1)</script>"))
    clipping, _created = clipping_store(
        title="Recorte antiguo", published_at=timezone.now(), outlet=outlet, medium="PRENSA", summary="x"
    )
    Clipping.objects.filter(pk=clipping.pk).update(attachment=name)

    response = client_as("media_analyst").get(default_storage.url(name))

    _assert_inert_download(response)
    assert response["Content-Type"] == "application/octet-stream"


def test_person_photo_loses_its_location_and_shows_only_to_roles_with_personal_data(client_as):
    person = PersonFactory(given_names="Ana", surnames="Pérez")
    protocol = client_as("protocol_officer")
    photo = jpeg_upload("ana-en-su-casa.jpg", gps=True)
    assert image_has_location(photo.read())
    photo.seek(0)

    protocol.post(
        reverse("directory:person_update", args=[person.pk]),
        {"given_names": "Ana", "surnames": "Pérez", "sex": "F", "is_active": "on", "photo": photo},
    )

    person.refresh_from_db()
    assert person.photo.name.startswith("directory/people/") and "ana" not in person.photo.name
    with person.photo.open("rb") as stored:
        assert not image_has_location(stored.read())
    shown = protocol.get(person.photo.url)
    assert shown.status_code == 200 and shown["Content-Type"] == "image/jpeg"
    assert not shown.get("Content-Disposition", "").startswith("attachment")
    assert shown["X-Content-Type-Options"] == "nosniff" and shown["Content-Security-Policy"].startswith("sandbox")
    assert client_as("media_analyst").get(person.photo.url).status_code == 403  # the registry, not personal data
    assert Client().get(person.photo.url).status_code == 302


def test_a_coordination_document_downloads_only_for_readers_of_the_registry(client_as):
    record = Coordination.objects.create(
        entity=EntityFactory(name="Comisaría PNP"), kind="OFICIO_ENVIADO", occurred_on=date(2026, 3, 1), subject="x"
    )
    record.document.save("oficio.png", ContentFile(_png()))

    _assert_inert_download(client_as("protocol_officer").get(record.document.url))
    assert client_as("designer").get(record.document.url).status_code == 403


def test_nothing_outside_the_listed_uploads_is_reachable_by_its_storage_address(client_as):
    name = default_storage.save("press/originals/2026/01/original.jpg", jpeg_upload(gps=True))

    assert client_as("head_of_unit").get(default_storage.url(name)).status_code == 404


def test_public_newsroom_photo_is_served_by_the_app_in_production(settings, persona):
    from heraldo.press.models import ReleaseStatus
    from heraldo.press.services.releases import release_photo_add
    from heraldo.press.tests.factories import make_release

    settings.DEBUG = False
    release = make_release(persona("press_officer"), status=ReleaseStatus.PUBLISHED)
    release_photo_add(release=release, actor=persona("press_officer"), upload=jpeg_upload(), alt_text="Mercado")
    photo_url = reverse("newsroom:photo", args=[release.photos.get().asset_id, "web"])

    page = Client().get(reverse("newsroom:detail", args=[release.pk, release.slug])).content.decode()
    response = Client().get(photo_url)

    assert f'src="{photo_url}"' in page
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert "public" in response["Cache-Control"]


def test_documents_still_embed_clipping_scans(outlet):
    clipping, _created = clipping_store(
        title="Portada", published_at=timezone.now(), outlet=outlet, medium="PRENSA", summary="x"
    )
    clipping.attachment.save("portada.png", ContentFile(_png()))

    fetched = AppFilesFetcher().fetch(DOCUMENT_BASE_URL + clipping.attachment.url.lstrip("/"))

    assert fetched.read() == _png()


def test_files_uploaded_under_their_own_names_are_moved_to_generated_ones(outlet):
    from django.core.management import call_command

    from heraldo.core.media import stored_files_rename

    page = default_storage.save("monitoring/clippings/2026/01/carga.html", ContentFile(b"<script>alert(1)</script>"))
    clipping, _created = clipping_store(
        title="Recorte antiguo", published_at=timezone.now(), outlet=outlet, medium="PRENSA", summary="x"
    )
    Clipping.objects.filter(pk=clipping.pk).update(attachment=page)
    photo = default_storage.save("directory/people/2025/ana en su casa.jpg", jpeg_upload())
    person = PersonFactory(photo=photo)

    call_command("uploads_rename", stdout=io.StringIO())

    clipping.refresh_from_db()
    person.refresh_from_db()
    assert clipping.attachment.name.startswith("monitoring/clippings/2026/01/")
    assert clipping.attachment.name.endswith(".bin") and "carga" not in clipping.attachment.name
    with clipping.attachment.open("rb") as stored:
        assert stored.read() == b"<script>alert(1)</script>"
    assert person.photo.name.startswith("directory/people/2025/") and person.photo.name.endswith(".jpg")
    assert not default_storage.exists(page) and not default_storage.exists(photo)
    assert stored_files_rename() == 0
