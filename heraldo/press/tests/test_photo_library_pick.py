"""Reusing a library photo in a release: the picker lists, searches and pages library photos; adding uploads nothing."""

import pytest
from django.urls import reverse

from heraldo.core.models import AuditEntry
from heraldo.press.models import MediaAsset, ReleaseStatus
from heraldo.press.services.media import asset_upload
from heraldo.press.tests.factories import jpeg_upload, make_release

pytestmark = pytest.mark.django_db


def library_photo(actor, name: str, shade: int, **details) -> MediaAsset:
    asset, _created = asset_upload(actor=actor, upload=jpeg_upload(f"{name}.jpg", color=(shade, 40, 40)), **details)
    return asset


def test_the_officer_adds_a_library_photo_without_uploading_it_again(client_as, persona):
    # given a draft release and a photo of last week's fair in the library
    officer = persona("press_officer")
    release = make_release(officer)
    fair = library_photo(officer, "feria", 10, caption="Feria del libro en la plaza", credit="Prensa MDSC")
    library_photo(officer, "obra", 20, caption="Obra de la avenida")
    files_before = MediaAsset.objects.count()
    client = client_as("press_officer")
    picker = reverse("press:release_photo_library", args=[release.pk])
    # when they search the picker for the fair
    page = client.get(picker, {"q": "feria"}).content.decode()
    # then only the fair's photo is offered
    assert "Feria del libro" in page and "Obra de la avenida" not in page
    # when they add it
    response = client.post(picker, {"asset": fair.pk})
    # then the release has that very asset, nothing new in the library, and the change is audited
    assert response.url == reverse("press:release_photos", args=[release.pk])
    assert list(release.photos.values_list("asset", flat=True)) == [fair.pk]
    assert MediaAsset.objects.count() == files_before
    entry = AuditEntry.objects.filter(action="press.release.photo_added").latest("pk")
    assert entry.changes["biblioteca"] == [None, True]
    # and the picker no longer offers it; adding it twice is refused in Spanish
    assert "Feria del libro" not in client.get(picker).content.decode()
    response = client.post(picker, {"asset": fair.pk}, follow=True)
    assert "Esa foto ya está en la nota." in response.content.decode()
    assert release.photos.count() == 1


def test_the_picker_pages_through_the_library(client_as, persona):
    officer = persona("press_officer")
    release = make_release(officer)
    for shade in range(26):
        library_photo(officer, f"foto-{shade}", shade * 9, caption=f"Actividad {shade:02d}")
    client = client_as("press_officer")
    picker = reverse("press:release_photo_library", args=[release.pk])
    first = client.get(picker).content.decode()
    second = client.get(picker, {"page": 2}).content.decode()
    assert first.count('name="asset"') == 24 and second.count('name="asset"') == 2
    assert "Página 2 de 2" in second


def test_only_drafts_and_photos_can_be_picked(client_as, persona):
    officer = persona("press_officer")
    published = make_release(officer, status=ReleaseStatus.PUBLISHED)
    draft = make_release(officer, headline="Otra nota de prueba para la biblioteca")
    photo = library_photo(officer, "feria", 10)
    client = client_as("press_officer")
    # a published release sends the officer back to it
    response = client.post(reverse("press:release_photo_library", args=[published.pk]), {"asset": photo.pk})
    assert response.status_code == 302 and not published.photos.exists()
    # an unknown asset is refused, nothing added
    response = client.post(reverse("press:release_photo_library", args=[draft.pk]), {"asset": 999999}, follow=True)
    assert "Esa foto ya no está en la biblioteca." in response.content.decode()
    assert not draft.photos.exists()
    # someone without press access sees nothing
    assert client_as("requester").get(reverse("press:release_photo_library", args=[draft.pk])).status_code in (403, 404)
