"""Prensa's mass sends ask first: the bulletin to subscribers, a release to the media, publishing that mails the media.

Each shows how many receive what, some of them and the subject; nothing leaves without the page's
confirmation; a test goes to the sender alone.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from heraldo.core.models import OutboxEmail
from heraldo.core.tests.mass_send import confirm_send, confirmation_on
from heraldo.press.models import Bulletin, BulletinItem, ReleaseStatus, Subscriber
from heraldo.press.services.workflow import release_transition
from heraldo.press.tests.factories import make_release
from heraldo.press.tests.test_distribution import journalist, media, published_release  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def published_bulletin(persona):
    release = make_release(persona("press_officer"), status=ReleaseStatus.PUBLISHED, headline="Feria del libro")
    bulletin = Bulletin.objects.create(
        title="Boletín municipal",
        number=7,
        period_label="Noviembre de 2026",
        status=Bulletin.Status.PUBLISHED,
        published_at=timezone.now(),
        created_by=persona("press_officer"),
    )
    BulletinItem.objects.create(bulletin=bulletin, release=release, position=0)
    return bulletin


def subscribers(n: int) -> None:
    Subscriber.objects.bulk_create(
        Subscriber(email=f"vecino{i:02d}@correo.example", confirmed_at=timezone.now()) for i in range(n)
    )


def test_the_bulletin_page_says_how_many_subscribers_and_sends_only_when_confirmed(client_as, published_bulletin):
    subscribers(37)
    Subscriber.objects.create(
        email="se.fue@correo.example", confirmed_at=timezone.now(), unsubscribed_at=timezone.now()
    )
    client = client_as("press_officer")
    url = reverse("press:bulletin_send", args=[published_bulletin.pk])

    page = client.get(url).content.decode()
    assert "Se enviará a 37 destinatarios" in page
    assert "Boletín municipal n.º 7 · Noviembre de 2026" in page  # the subject they will read
    assert "vecino00@correo.example" in page and "y 32 más" in page and "se.fue@" not in page

    client.post(url, {"send": "1"})  # the button without the page's confirmation
    client.post(reverse("press:bulletin_action", args=[published_bulletin.pk, "send"]))  # the old button
    assert OutboxEmail.objects.count() == 0

    confirm_send(client, url)
    assert OutboxEmail.objects.count() == 37


def test_a_confirmation_given_for_another_list_sends_nothing(client_as, published_bulletin):
    subscribers(2)
    client = client_as("press_officer")
    url = reverse("press:bulletin_send", args=[published_bulletin.pk])
    token = confirmation_on(client.get(url))
    Subscriber.objects.create(email="recien@correo.example", confirmed_at=timezone.now())
    response = client.post(url, {"confirmation": token, "send": "1"})
    assert "la lista pudo cambiar" in response.content.decode()
    assert "Se enviará a 3 destinatarios" in response.content.decode()
    assert OutboxEmail.objects.count() == 0


def test_one_subscriber_reads_in_the_singular(client_as, published_bulletin):
    subscribers(1)
    page = client_as("press_officer").get(reverse("press:bulletin_send", args=[published_bulletin.pk]))
    assert "Se enviará a 1 destinatario<" in page.content.decode()
    assert "Enviar a 1 destinatario<" in page.content.decode()


def test_the_bulletin_test_goes_to_the_sender_alone(client_as, persona, published_bulletin):
    subscribers(5)
    client_as("press_officer").post(reverse("press:bulletin_send", args=[published_bulletin.pk]), {"test": "1"})
    (test,) = OutboxEmail.objects.all()
    assert test.to == [persona("press_officer").email]
    assert test.subject.startswith("[Prueba] Boletín municipal n.º 7")
    published_bulletin.refresh_from_db()
    assert published_bulletin.sent_at is None


def test_sending_a_release_to_the_media_asks_first_and_tests_go_to_the_sender(
    media,  # noqa: F811
    client_as,
    persona,
):
    release = published_release(persona, distribute_to_media=False)
    release_transition(release=release, actor=persona("press_officer"), name="publish")
    client = client_as("press_officer")
    url = reverse("press:release_distribute", args=[release.pk])
    page = client.get(url).content.decode()
    assert "Se enviará a 2 destinatarios" in page and "ana@radiocandelaria.example" in page
    client.post(url, {"send": "1"})
    assert OutboxEmail.objects.count() == 0 and not release.deliveries.exists()
    client.post(url, {"test": "1"})
    assert list(OutboxEmail.objects.values_list("to", flat=True)) == [[persona("press_officer").email]]
    assert not release.deliveries.exists()
    confirm_send(client, url)
    assert release.deliveries.count() == 2


def test_publishing_a_release_that_mails_the_media_shows_the_count_before_it_publishes(
    media,  # noqa: F811
    client_as,
    persona,
    django_capture_on_commit_callbacks,
):
    release = published_release(persona, distribute_to_media=True)
    client = client_as("press_officer")
    url = reverse("press:release_transition", args=[release.pk, "publish"])
    page = client.post(url, {"comment": "Lista"})
    assert "Se enviará a 2 destinatarios" in page.content.decode()
    release.refresh_from_db()
    assert release.status == ReleaseStatus.APPROVED  # nothing published, nothing sent
    with django_capture_on_commit_callbacks(execute=True):
        response = confirm_send(client, url, {"comment": "Lista"})
    release.refresh_from_db()
    assert release.status == ReleaseStatus.PUBLISHED
    assert release.transitions.last().comment == "Lista"
    assert "Nota publicada: se está enviando a 2 destinatarios." in response.content.decode()
    assert release.deliveries.count() == 2


def test_publishing_a_release_that_mails_nobody_needs_no_confirmation(client_as, persona):
    release = published_release(persona, distribute_to_media=True)  # no journalist in the Registro
    client_as("press_officer").post(reverse("press:release_transition", args=[release.pk, "publish"]))
    release.refresh_from_db()
    assert release.status == ReleaseStatus.PUBLISHED
