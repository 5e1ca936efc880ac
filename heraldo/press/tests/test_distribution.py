"""Sending releases to the media (per recipient, through the outbox, unsubscribe respected) and the social outbox."""

import datetime as dt
import io
import zipfile

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from heraldo.core.outbox import outbox_drain
from heraldo.directory.models import Entity, Person, Position, Term
from heraldo.press.models import MediaOptOut, ReleaseDelivery, ReleaseStatus
from heraldo.press.services.distribution import media_recipients, opt_out_token, release_distribute
from heraldo.press.services.releases import release_photo_add
from heraldo.press.services.workflow import release_transition
from heraldo.press.tests.factories import jpeg_upload, make_release

pytestmark = pytest.mark.django_db


def journalist(outlet: Entity, given: str, surname: str, email: str, *, ended: bool = False) -> Person:
    person = Person.objects.create(given_names=given, surnames=surname, institutional_email=email)
    position = Position.objects.create(entity=outlet, title="Periodista")
    Term.objects.create(
        position=position,
        person=person,
        starts_on=dt.date(2024, 1, 1),
        ends_on=dt.date(2025, 1, 1) if ended else None,
    )
    return person


@pytest.fixture
def media():
    radio = Entity.objects.create(name="Radio Candelaria", kind="MEDIO", level="DISTRITAL")
    diario = Entity.objects.create(name="Diario del Sur", kind="MEDIO", level="REGIONAL")
    colegio = Entity.objects.create(name="Colegio San Pedro", kind="COLEGIO", level="DISTRITAL")
    journalist(radio, "Ana", "Quispe", "ana@radiocandelaria.example")
    journalist(diario, "Luis", "Mamani", "luis@diariodelsur.example")
    journalist(diario, "Eva", "Rojas", "eva@diariodelsur.example", ended=True)  # no longer there
    journalist(colegio, "Raúl", "Soto", "raul@colegio.example")  # not media
    return {"radio": radio, "diario": diario}


def published_release(persona, **extra):
    release = make_release(persona("press_officer"), **extra)
    release_photo_add(release=release, actor=persona("press_officer"), upload=jpeg_upload(), alt_text="Corte de cinta")
    release_transition(release=release, actor=persona("press_officer"), name="submit")
    release_transition(release=release, actor=persona("head_of_unit"), name="approve")
    return release


def test_recipients_are_current_journalists_of_media_outlets(media, persona):
    release = make_release(persona("press_officer"))
    emails = [email for _name, email, _outlet in media_recipients(release)]
    assert emails == ["luis@diariodelsur.example", "ana@radiocandelaria.example"]


def test_publishing_sends_one_personal_email_per_journalist_once(media, persona, django_capture_on_commit_callbacks):
    release = published_release(persona)
    with django_capture_on_commit_callbacks(execute=True):
        release_transition(release=release, actor=persona("press_officer"), name="publish")
    outbox_drain()
    assert sorted(m.to[0] for m in mail.outbox) == ["ana@radiocandelaria.example", "luis@diariodelsur.example"]
    ana = next(m for m in mail.outbox if m.to == ["ana@radiocandelaria.example"])
    assert ana.subject == "Nota de prensa: Alcalde inaugura el nuevo mercado de Barrio Alto"
    assert "Estimado(a) Ana Quispe:" in ana.body
    assert "/noticias/baja-medios/" in ana.body
    html = ana.alternatives[0][0]
    assert "<h1" in html and "Alcalde inaugura" in html and "/noticias/foto/" in html
    # sending again queues nothing new
    assert release_distribute(release=release) == 0
    assert ReleaseDelivery.objects.filter(release=release).count() == 2


def test_unsubscribed_journalist_is_skipped(media, persona):
    client = Client()
    url = reverse("newsroom:media_opt_out", args=[opt_out_token("Ana@RadioCandelaria.example")])
    assert "¿Desea que" in client.get(url).content.decode()
    assert MediaOptOut.objects.count() == 0  # a GET changes nothing
    assert "ya no recibirá" in client.post(url).content.decode()
    release = published_release(persona, distribute_to_media=False)
    release_transition(release=release, actor=persona("press_officer"), name="publish")
    assert release_distribute(release=release) == 1
    assert list(release.deliveries.values_list("email", flat=True)) == ["luis@diariodelsur.example"]
    assert client.get(reverse("newsroom:media_opt_out", args=["forjado"])).status_code == 404


def test_staff_page_shows_each_delivery_status_and_drafts_cannot_be_sent(media, client_as, persona):
    release = published_release(persona, distribute_to_media=False)
    client = client_as("press_officer")
    response = client.post(reverse("press:release_distribute", args=[release.pk]), {"confirm": "on"}, follow=True)
    assert "Solo se envían a los medios las notas publicadas" in response.content.decode()
    release_transition(release=release, actor=persona("press_officer"), name="publish")
    response = client.post(reverse("press:release_distribute", args=[release.pk]), {"confirm": "on"}, follow=True)
    html = response.content.decode()
    assert "Se enviará a 2 destinatarios" in html and "Radio Candelaria" in html and "Pendiente" in html
    assert (
        client_as("designer")
        .post(reverse("press:release_distribute", args=[release.pk]), {"confirm": "on"})
        .status_code
        == 404
    )


def test_social_texts_are_checked_per_network_and_packaged(client_as, persona):
    release = make_release(persona("press_officer"), status=ReleaseStatus.PUBLISHED)
    release_photo_add(
        release=release, actor=persona("press_officer"), upload=jpeg_upload(size=(800, 600)), alt_text="Mercado"
    )
    client = client_as("press_officer")
    url = reverse("press:release_social", args=[release.pk])
    html = client.get(url).content.decode()
    assert "Alcalde inaugura el nuevo mercado" in html and 'data-limit="280"' in html
    too_long = {"x": "a" * 281, "facebook": "Texto para Facebook"}
    html = client.post(url, too_long).content.decode()
    assert "Tiene 281 caracteres y X (Twitter) admite 280." in html
    link = "https://municipalidad.example/noticias/1/una-direccion-muy-larga-que-pasa-de-veintitres/"
    assert client.post(url, {"x": "b" * 250 + " " + link, "facebook": "Texto para Facebook"}).status_code == 302
    assert release.social_posts.get(network="x").text.startswith("bbb")
    package = client.get(reverse("press:release_social_package", args=[release.pk]))
    archive = zipfile.ZipFile(io.BytesIO(package.content))
    assert "x/texto.txt" in archive.namelist() and "instagram/imagen.jpg" in archive.namelist()
    from PIL import Image

    assert Image.open(io.BytesIO(archive.read("instagram/imagen.jpg"))).size == (1080, 1080)
    assert client_as("designer").post(url, {"x": "hola"}).status_code == 404
