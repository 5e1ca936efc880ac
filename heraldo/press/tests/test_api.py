"""The press API uses the same gates and workflow as the pages."""

import pytest
from rest_framework.test import APIClient

from heraldo.press.models import PressRelease, ReleaseStatus, Tag
from heraldo.press.tests.factories import make_release

pytestmark = pytest.mark.django_db
BASE = "/api/v1/prensa/notas/"


def test_press_officer_creates_edits_and_submits_through_the_api(client_as, persona):
    client = client_as("press_officer")
    created = client.post(
        BASE,
        {
            "headline": "Municipalidad inicia obras de pistas",
            "lead": "Las obras de pavimentación empiezan el lunes en cinco calles del distrito.",
            "body": "<p onclick='x'>Texto</p><script>x</script>",
            "status": "publicado",
        },
        content_type="application/json",
    )
    assert created.status_code == 201, created.json()
    release = PressRelease.objects.get()
    assert release.status == ReleaseStatus.DRAFT  # status posted by a Redactor is ignored
    assert release.body == "<p>Texto</p>"
    patched = client.patch(
        f"{BASE}{release.pk}/",
        {"headline": "Municipalidad inicia obras de pistas en Barrio Alto", "version": 1},
        content_type="application/json",
    )
    assert patched.status_code == 200 and patched.json()["version"] == 2
    stale = client.patch(
        f"{BASE}{release.pk}/", {"headline": "Otro titular de prueba", "version": 1}, content_type="application/json"
    )
    assert stale.status_code == 409 and "version" in stale.json()
    submitted = client.post(f"{BASE}{release.pk}/transition/", {"name": "submit"}, content_type="application/json")
    assert submitted.json()["status"] == "revision"
    refused = client.post(f"{BASE}{release.pk}/transition/", {"name": "approve"}, content_type="application/json")
    assert refused.status_code == 400 and "rol" in refused.json()["detail"]


def test_head_of_unit_approves_and_errors_are_spanish(client_as, persona):
    release = make_release(persona("press_officer"), status=ReleaseStatus.IN_REVIEW)
    client = client_as("head_of_unit")
    response = client.post(f"{BASE}{release.pk}/transition/", {"name": "return"}, content_type="application/json")
    assert response.status_code == 400 and "comentario" in response.json()["detail"]
    response = client.post(f"{BASE}{release.pk}/transition/", {"name": "approve"}, content_type="application/json")
    assert response.json()["status"] == "aprobado"
    bad = client_as("press_officer").post(BASE, {"headline": "corto", "lead": "x"}, content_type="application/json")
    assert "demasiado corto" in str(bad.json())


def test_roles_without_access_get_nothing(client_as, persona):
    release = make_release(persona("press_officer"))
    assert client_as("outsider").get(BASE).status_code == 403
    assert client_as("outsider").get(f"{BASE}{release.pk}/").status_code in (403, 404)
    assert client_as("designer").get(BASE).status_code == 200
    assert client_as("designer").post(BASE, {}, content_type="application/json").status_code == 403
    assert client_as("media_analyst").get(f"{BASE}{release.pk}/").status_code == 403


def test_press_writes_renders_publishes_and_sends_a_bulletin_through_the_api(persona):
    # given two published releases and a press officer
    from heraldo.core.models import AuditEntry
    from heraldo.press.models import Bulletin

    older = make_release(
        persona("press_officer"), headline="Feria de salud en el parque", status=ReleaseStatus.PUBLISHED
    )
    newer = make_release(
        persona("press_officer"), headline="Nuevo mercado de Barrio Alto", status=ReleaseStatus.PUBLISHED
    )
    client = APIClient()
    client.force_authenticate(persona("press_officer"))

    # when they create the bulletin, then send it before publishing, then render, publish and send it
    created = client.post(
        "/api/v1/prensa/boletines/",
        {
            "title": "Boletín municipal",
            "number": 7,
            "period_label": "Noviembre de 2026",
            "release_ids": [older.pk, newer.pk],
        },
        format="json",
    )
    bulletin_id = created.json()["id"]
    early = client.post(f"/api/v1/prensa/boletines/{bulletin_id}/enviar/")
    client.post(f"/api/v1/prensa/boletines/{bulletin_id}/pdf/")
    published = client.post(f"/api/v1/prensa/boletines/{bulletin_id}/publicar/")
    sent = client.post(f"/api/v1/prensa/boletines/{bulletin_id}/enviar/")

    # then it holds the releases newest first, refuses the early send in Spanish, and ends published and sent
    assert created.status_code == 201, created.content
    assert created.json()["releases"] == [newer.pk, older.pk]
    assert early.status_code == 400 and "Publique el boletín antes de enviarlo." in early.content.decode()
    assert published.json()["status"] == Bulletin.Status.PUBLISHED
    assert sent.status_code == 200 and sent.json()["subscribers"] == 0
    assert AuditEntry.objects.filter(action="press.bulletin.rendered").exists()


def test_bulletins_are_written_by_press_and_hidden_from_roles_without_press(persona):
    def api(name):
        client = APIClient()
        client.force_authenticate(persona(name))
        return client

    # the Mayor reads press but does not write it; the media analyst has no press at all
    assert api("mayor").get("/api/v1/prensa/boletines/").status_code == 200
    assert api("mayor").post("/api/v1/prensa/boletines/", {"title": "x"}).status_code == 403
    assert api("media_analyst").get("/api/v1/prensa/boletines/").status_code == 403
    # a bulletin with no release is refused in Spanish
    empty = api("press_officer").post(
        "/api/v1/prensa/boletines/",
        {"title": "Boletín", "number": 8, "period_label": "Diciembre", "release_ids": []},
        format="json",
    )
    assert empty.status_code == 400 and "Agregue al menos una nota publicada." in empty.content.decode()


def test_the_release_list_reads_tags_and_photos_for_the_page_not_release_by_release(
    client_as, persona, pages_built_every_time
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from heraldo.press.tests.factories import jpeg_upload

    author = persona("press_officer")
    uploads = client_as("press_officer")
    client = client_as("head_of_unit")

    def queries_for_the_list() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(BASE).status_code == 200
        return len(queries)

    def add_release(n: int) -> None:
        tag = Tag.objects.create(name=f"etiqueta {n}", slug=f"etiqueta-{n}")
        release = make_release(author, headline=f"Nota {n}", tags=[tag])
        uploads.post(f"/prensa/notas/{release.pk}/fotos/", {"photos": [jpeg_upload(f"{n}.jpg", color=(n, 9, 9))]})

    add_release(1)
    queries_for_the_list()  # the first request of a session reads a few things once
    with_one = queries_for_the_list()
    for n in range(2, 7):
        add_release(n)

    listing = client.get(BASE).json()
    assert queries_for_the_list() == with_one
    assert {len(release["photos"]) for release in listing["results"]} == {1}
    assert sorted(tag for release in listing["results"] for tag in release["tags"])[0] == "etiqueta 1"


def test_press_uploads_a_photo_to_the_library_through_the_api_checked_by_content(client_as, persona):
    # given a press officer with a JPEG carrying GPS, a script renamed to .jpg, and the Mayor (reads only)
    from django.core.files.uploadedfile import SimpleUploadedFile

    from heraldo.core.models import AuditEntry
    from heraldo.press.models import MediaAsset
    from heraldo.press.tests.factories import jpeg_upload

    client = client_as("press_officer")
    url = "/api/v1/prensa/medios/"

    # when press uploads the photo with its caption, then the same photo again, then the disguised script
    photo = jpeg_upload(gps=True)
    created = client.post(
        url, {"file": photo, "title": "Izamiento", "credit": "Imagen Institucional", "rights": "propia"}
    )
    photo.seek(0)
    again = client.post(url, {"file": photo, "title": "Otra vez"})
    script = SimpleUploadedFile("foto.jpg", b"<script>alert(1)</script>", content_type="image/jpeg")
    refused = client.post(url, {"file": script, "title": "Falsa"})
    future = client.post(url, {"file": jpeg_upload(color=(1, 2, 3)), "taken_on": "2099-01-01"})

    # then the photo is stored once, described, its location flagged, and the upload is audited
    assert created.status_code == 201, created.json()
    assert created.json()["title"] == "Izamiento" and created.json()["has_location"] is True
    assert again.status_code == 200 and again.json()["id"] == created.json()["id"]
    assert MediaAsset.objects.count() == 1
    assert AuditEntry.objects.filter(action="press.asset.uploaded").count() == 1
    # and what is not a photo, or a date in the future, is refused in Spanish naming the field
    assert refused.status_code == 400 and "file" in refused.json()
    assert future.status_code == 400 and "La fecha de la toma no puede ser futura." in future.json()["taken_on"]
    # and a reader of press cannot upload
    assert client_as("mayor").post(url, {"file": jpeg_upload(color=(9, 9, 9))}).status_code in (403, 404)
