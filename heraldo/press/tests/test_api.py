"""The press API uses the same gates and workflow as the pages."""

import pytest

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


def test_the_release_list_reads_tags_and_photos_for_the_page_not_release_by_release(client_as, persona):
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
