"""Bulletins: compose from published releases, real PDF, publish, send to confirmed subscribers; double opt-in."""

import io
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from heraldo.core.models import OutboxEmail
from heraldo.core.outbox import outbox_drain
from heraldo.core.tests.mass_send import confirm_send
from heraldo.press.models import Bulletin, ReleaseStatus, Subscriber
from heraldo.press.services import bulletins
from heraldo.press.services.bulletins import bulletin_render_pdf
from heraldo.press.services.releases import release_photo_add
from heraldo.press.tests.factories import jpeg_upload, make_release

pytestmark = pytest.mark.django_db


def link_in(message, pattern: str) -> str:
    return re.search(rf"http://\S+{pattern}\S+/", message.body).group(0).split("8000", 1)[1]


def test_a_reader_subscribes_confirms_receives_and_leaves(persona, client_as, django_capture_on_commit_callbacks):
    public = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = public.post(reverse("newsroom:bulletins"), {"email": "Vecina@Correo.example"})
    assert "Revise su correo" in response.content.decode()
    outbox_drain()
    (confirmation,) = mail.outbox
    assert confirmation.to == ["vecina@correo.example"]
    subscriber = Subscriber.objects.get()
    assert not subscriber.is_active  # nothing until the link is opened
    confirm_url = link_in(confirmation, "/noticias/boletines/confirmar/")
    assert "Confirmar mi suscripción" in public.get(confirm_url).content.decode()
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is None  # a GET (a mail scanner) confirms nothing
    public.post(confirm_url)
    subscriber.refresh_from_db()
    assert subscriber.is_active

    author = persona("press_officer")
    release = make_release(author, status=ReleaseStatus.PUBLISHED)
    release_photo_add(release=release, actor=author, upload=jpeg_upload(size=(1200, 800)), alt_text="Mercado")
    client = client_as("press_officer")
    response = client.post(
        reverse("press:bulletin_new"),
        {
            "title": "Boletín municipal",
            "number": 1,
            "period_label": "Noviembre de 2026",
            "chosen_releases": [release.pk],
        },
    )
    bulletin = Bulletin.objects.get()
    assert response.url == reverse("press:bulletin_detail", args=[bulletin.pk])
    follow = client.post(reverse("press:bulletin_action", args=[bulletin.pk, "publish"]), follow=True)
    assert "Genere el PDF antes de publicar" in follow.content.decode()
    client.post(reverse("press:bulletin_action", args=[bulletin.pk, "pdf"]))
    bulletin.refresh_from_db()
    with bulletin.pdf.open("rb") as stored:
        reader = PdfReader(io.BytesIO(stored.read()))
    assert len(reader.pages) == 2  # the cover (contents only when there are several), one release
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Alcalde inaugura el nuevo mercado" in text and "Noviembre de 2026" in text
    client.post(reverse("press:bulletin_action", args=[bulletin.pk, "publish"]))
    assert public.get(reverse("newsroom:bulletin_pdf", args=[bulletin.pk])).status_code == 200
    assert "Noviembre de 2026" in public.get(reverse("newsroom:bulletin_feed")).content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        confirm_send(client, reverse("press:bulletin_send", args=[bulletin.pk]))
    outbox_drain()
    (edition,) = mail.outbox
    assert edition.to == ["vecina@correo.example"] and "Noviembre de 2026" in edition.subject
    assert "Alcalde inaugura" in edition.alternatives[0][0]
    unsubscribe_url = link_in(edition, "/noticias/boletines/baja/")
    public.post(unsubscribe_url)
    subscriber.refresh_from_db()
    assert not subscriber.is_active


def test_drafts_are_not_public_and_only_press_roles_compose(persona, client_as):
    bulletin = Bulletin.objects.create(
        title="Boletín", number=7, period_label="Octubre", created_by=persona("head_of_unit")
    )
    assert Client().get(reverse("newsroom:bulletin", args=[bulletin.pk])).status_code == 404
    assert client_as("designer").get(reverse("press:bulletin_detail", args=[bulletin.pk])).status_code == 200
    assert client_as("designer").post(reverse("press:bulletin_action", args=[bulletin.pk, "pdf"])).status_code == 404
    assert client_as("outsider").get(reverse("press:bulletins")).status_code == 403
    assert Client().get(reverse("newsroom:bulletin_confirm", args=["falso"])).status_code == 200
    assert Client().post(reverse("newsroom:bulletin_confirm", args=["falso"])).status_code == 404
    assert Client().get(reverse("newsroom:bulletin_unsubscribe", args=["falso"])).status_code == 404


def test_asking_again_and_again_sends_one_confirmation_a_day(time_machine):
    # given someone submitting a victim's address to the public form over and over
    public = Client()
    for _attempt in range(5):
        response = public.post(reverse("newsroom:bulletins"), {"email": "victima@correo.example"})
        assert "Revise su correo" in response.content.decode()  # the answer never changes

    # then one confirmation waits in the outbox for that address
    assert OutboxEmail.objects.filter(to=["victima@correo.example"]).count() == 1
    # and a day later the reader can ask for a new link
    time_machine.move_to(timezone.now() + timedelta(hours=25))
    public.post(reverse("newsroom:bulletins"), {"email": "victima@correo.example"})
    assert OutboxEmail.objects.filter(to=["victima@correo.example"]).count() == 2


def test_one_connection_cannot_sign_up_address_after_address(settings):
    # given a limit of three sign-ups an hour from one IP address
    settings.HERALDO_BULLETIN_SIGNUPS_PER_IP_HOUR = 3
    sender = Client(REMOTE_ADDR="203.0.113.7")
    for number in range(3):
        response = sender.post(reverse("newsroom:bulletins"), {"email": f"victima{number}@correo.example"})
        assert "Revise su correo" in response.content.decode()

    # when the same connection asks for a fourth address
    response = sender.post(reverse("newsroom:bulletins"), {"email": "victima3@correo.example"})

    # then it is told to wait and no mail is queued for it
    assert response.status_code == 429
    assert "demasiadas suscripciones desde su conexión" in response.content.decode()
    assert not OutboxEmail.objects.filter(to=["victima3@correo.example"]).exists()
    # while a reader on another connection still signs up
    other = Client(REMOTE_ADDR="198.51.100.4").post(reverse("newsroom:bulletins"), {"email": "vecino@correo.example"})
    assert "Revise su correo" in other.content.decode()


class BuildCutOff(Exception):
    """Where a worker killed mid-build stops: its new file written, its row never committed."""


def test_a_pdf_build_cut_off_before_it_commits_keeps_the_previous_pdf_and_a_new_build_completes_once(
    persona, settings, tmp_path, monkeypatch, django_capture_on_commit_callbacks
):
    # F3 (test plan §2.4): files are not part of the transaction, so a build that never commits must not have
    # removed the PDF its bulletin still points to.
    settings.MEDIA_ROOT = tmp_path
    head = persona("head_of_unit")
    bulletin = Bulletin.objects.create(title="Boletín", number=7, period_label="Octubre", created_by=head)
    bulletin_render_pdf(bulletin=bulletin, actor=head)
    previous = bulletin.pdf.name

    # when the next build is cut off after writing its file and before its row is committed
    def cut_off(**kwargs):
        raise BuildCutOff

    monkeypatch.setattr(bulletins, "audit_record", cut_off)
    with pytest.raises(BuildCutOff):
        bulletin_render_pdf(bulletin=Bulletin.objects.get(pk=bulletin.pk), actor=head)

    # then the bulletin still points to its previous PDF, whole, and the cut-off build left no file behind
    bulletin.refresh_from_db()
    assert bulletin.pdf.name == previous
    with bulletin.pdf.open() as stored:
        assert len(PdfReader(stored).pages) >= 1
    folder = (tmp_path / previous).parent
    assert [path.name for path in folder.iterdir()] == [(tmp_path / previous).name]

    # and the build asked again completes once: one PDF, the new one
    monkeypatch.undo()
    with django_capture_on_commit_callbacks(execute=True):
        bulletin_render_pdf(bulletin=Bulletin.objects.get(pk=bulletin.pk), actor=head)
    bulletin.refresh_from_db()
    assert bulletin.pdf.name != previous
    assert [path.name for path in folder.iterdir()] == [(tmp_path / bulletin.pdf.name).name]
