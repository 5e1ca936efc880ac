"""Writing a release: the form, pasted HTML, photos, attachments, autosave and versions."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse

from heraldo.core.models import AuditEntry
from heraldo.press.models import MediaAsset, PressRelease, ReleaseStatus
from heraldo.press.selectors import release_list
from heraldo.press.tests.factories import jpeg_upload, make_release

pytestmark = pytest.mark.django_db

VALID = {
    "headline": "Alcalde inaugura el nuevo mercado de Barrio Alto",
    "lead": "La municipalidad entregó ayer el mercado remodelado a 120 comerciantes del barrio.",
    "body": "Primer párrafo.\n\nSegundo párrafo.",
    "quotes": "«Es un día de fiesta» — Jorge Cárdenas, alcalde",
    "tag_names": "obras, mercados, Obras",
    "distribute_to_media": "on",
}


def test_press_officer_writes_a_draft_with_tags_and_sees_a_first_version(client_as, persona):
    client = client_as("press_officer")
    response = client.post(reverse("press:release_new"), VALID)
    release = PressRelease.objects.get()
    assert response.status_code == 302 and response.url == reverse("press:release_photos", args=[release.pk])
    assert release.status == ReleaseStatus.DRAFT and release.author == persona("press_officer")
    assert release.body == "<p>Primer párrafo.</p><p>Segundo párrafo.</p>"
    assert sorted(t.name for t in release.tags.all()) == ["mercados", "obras"]
    assert release.quote_list() == [("Es un día de fiesta", "Jorge Cárdenas, alcalde")]
    assert release.revisions.count() == 1
    assert AuditEntry.objects.filter(action="press.release.created", target_id=str(release.pk)).exists()


def test_pasted_html_is_cleaned_and_the_editor_is_told_what_went(client_as):
    client = client_as("press_officer")
    data = dict(
        VALID, body='<p onclick="x()">Texto</p><script>alert(1)</script><iframe src="https://x.example"></iframe>'
    )
    response = client.post(reverse("press:release_new"), data, follow=True)
    release = PressRelease.objects.get()
    assert release.body == "<p>Texto</p>"
    html = response.content.decode()
    assert "Del texto pegado se quitó" in html and "un script" in html and "un marco incrustado" in html


def test_bad_input_gets_spanish_messages_and_changes_nothing(client_as):
    client = client_as("press_officer")
    response = client.post(reverse("press:release_new"), {"headline": "Corto", "lead": "poco"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "El titular es demasiado corto" in html and "al menos 30 caracteres" in html
    assert PressRelease.objects.count() == 0


def test_roles_without_manage_press_cannot_write(client_as, persona):
    release = make_release(persona("press_officer"))
    for name in ("designer", "mayor", "protocol_officer"):
        client = client_as(name)
        assert client.get(reverse("press:release_new")).status_code == 403
        assert client.get(reverse("press:release_edit", args=[release.pk])).status_code == 404
    assert client_as("outsider").get(reverse("press:release_detail", args=[release.pk])).status_code == 404
    assert client_as("designer").get(reverse("press:release_detail", args=[release.pk])).status_code == 200


def test_edit_makes_a_new_version_and_the_diff_shows_what_changed(client_as, persona):
    release = make_release(persona("press_officer"))
    client = client_as("press_officer")
    data = dict(VALID, lead="La municipalidad entregó hoy el mercado remodelado a 150 comerciantes del barrio.")
    data["version"] = release.version
    assert client.post(reverse("press:release_edit", args=[release.pk]), data).status_code == 302
    assert release.revisions.count() == 2
    html = client.get(reverse("press:release_revisions", args=[release.pk])).content.decode()
    assert '<del class="diff-removed">ayer</del>' in html or "diff-removed" in html
    assert '<ins class="diff-added">' in html and "150" in html


def test_stale_form_does_not_overwrite_someone_elses_save(client_as, persona):
    release = make_release(persona("press_officer"))
    client = client_as("press_officer")
    data = dict(VALID, version=release.version)
    client.post(reverse("press:release_edit", args=[release.pk]), data)
    stale = dict(VALID, headline="Titular de una pestaña vieja que no debe ganar", version=release.version)
    response = client.post(reverse("press:release_edit", args=[release.pk]), stale)
    assert response.status_code == 200
    assert "Otra persona guardó cambios" in response.content.decode()
    release.refresh_from_db()
    assert release.headline == VALID["headline"]


def test_autosave_creates_the_draft_then_keeps_typing_without_new_versions(client_as):
    client = client_as("press_officer")
    url = reverse("press:release_autosave")
    first = client.post(url, {"headline": "Inauguración del mercado", "lead": "", "body": "", "quotes": ""}).json()
    release = PressRelease.objects.get(pk=first["release"])
    assert first["edit_url"] == reverse("press:release_edit", args=[release.pk])
    second = client.post(
        url,
        {
            "release": release.pk,
            "version": first["version"],
            "headline": "Inauguración del mercado",
            "lead": "Ayer",
            "body": "x",
            "quotes": "",
        },
    ).json()
    assert second["saved"] and second["version"] == first["version"] + 1
    release.refresh_from_db()
    assert release.lead == "Ayer" and release.body == "<p>x</p>"
    assert release.revisions.count() == 1
    assert AuditEntry.objects.filter(action="press.release.autosaved").count() == 1
    conflict = client.post(url, {"release": release.pk, "version": first["version"], "headline": "Otro"})
    assert conflict.status_code == 409


def test_autosave_with_an_expired_session_redirects_to_login_and_saves_nothing(client):
    response = client.post(reverse("press:release_autosave"), {"headline": "Algo"})
    assert response.status_code == 302 and "/cuenta/login/" in response.url
    assert PressRelease.objects.count() == 0


def test_photos_are_checked_deduplicated_and_described(client_as, persona):
    release = make_release(persona("press_officer"))
    client = client_as("press_officer")
    url = reverse("press:release_photos", args=[release.pk])
    response = client.post(
        url,
        {"photos": [jpeg_upload("a.jpg"), jpeg_upload("b.jpg", color=(0, 80, 0), gps=True)], "credit": "Prensa MDSC"},
    )
    assert response.status_code == 302
    assert release.photos.count() == 2
    gps_asset = MediaAsset.objects.get(has_location=True)
    assert gps_asset.web and gps_asset.thumb and gps_asset.credit == "Prensa MDSC"
    # the same bytes again: the library copy is reused
    response = client.post(url, {"photos": [jpeg_upload("a-copia.jpg")]}, follow=True)
    assert MediaAsset.objects.count() == 2
    assert "1 foto ya estaba en la biblioteca de medios" in response.content.decode()
    # a script renamed .jpg is refused, by name
    bad = SimpleUploadedFile("evil.jpg", b"<script>alert(1)</script>", content_type="image/jpeg")
    response = client.post(url, {"photos": [bad]})
    assert "«evil.jpg»: El archivo no es de un tipo aceptado" in response.content.decode()
    photo = release.photos.first()
    data = {
        f"p{p.pk}-{k}": v
        for p in release.photos.all()
        for k, v in {
            "caption": "Corte de cinta",
            "credit": "Prensa",
            "alt_text": "El alcalde corta la cinta",
            "rights": "propia",
            "position": "1",
        }.items()
    }
    assert client.post(reverse("press:release_photos_describe", args=[release.pk]), data).status_code == 302
    photo.asset.refresh_from_db()
    assert photo.asset.alt_text == "El alcalde corta la cinta"


def test_attachments_accept_pdf_only(client_as, persona):
    release = make_release(persona("press_officer"))
    client = client_as("press_officer")
    pdf = SimpleUploadedFile("ficha.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    client.post(reverse("press:release_attachment_add", args=[release.pk]), {"title": "Ficha técnica", "file": pdf})
    assert release.attachments.get().title == "Ficha técnica"
    download = client.get(reverse("press:release_attachment_download", args=[release.pk, release.attachments.get().pk]))
    assert download.status_code == 200 and "attachment" in download["Content-Disposition"]
    fake = SimpleUploadedFile("ficha.pdf", b"MZ\x90\x00 not a pdf")
    response = client.post(
        reverse("press:release_attachment_add", args=[release.pk]), {"title": "Otro", "file": fake}, follow=True
    )
    assert "no es de un tipo aceptado" in response.content.decode()
    assert release.attachments.count() == 1


def test_release_list_paginates_without_n_plus_one(client_as, persona, django_assert_max_num_queries):
    author = persona("press_officer")
    for n in range(30):
        make_release(author, headline=f"Nota de prensa número {n:02d} del mes")
    client = client_as("head_of_unit")
    # The frame of the session's first page (capabilities and roles, the change stamps, the bell and the badges,
    # cached afterwards) takes a few queries whatever the list holds, and the press card of the dashboard two
    # (its stored figures and the count of releases in review).
    with django_assert_max_num_queries(25):
        response = client.get(reverse("press:home"))
    assert response.status_code == 200
    assert "Página 1 de 2" in response.content.decode()
    html = client.get(reverse("press:home"), {"q": "numero 07"}).content.decode()
    assert "número 07" in html and "número 08" not in html


def test_release_list_counts_the_photos_of_the_page_shown(client_as, persona):
    author = persona("press_officer")
    two, one = make_release(author, headline="Nota con dos fotos"), make_release(author, headline="Nota con una foto")
    make_release(author, headline="Nota sin fotos")
    uploads = client_as("press_officer")
    uploads.post(
        reverse("press:release_photos", args=[two.pk]),
        {"photos": [jpeg_upload("a.jpg"), jpeg_upload("b.jpg", color=(0, 80, 0))]},
    )
    uploads.post(reverse("press:release_photos", args=[one.pk]), {"photos": [jpeg_upload("c.jpg", color=(0, 0, 90))]})

    html = " ".join(client_as("head_of_unit").get(reverse("press:home")).content.decode().split())

    assert 'Nota con dos fotos</a> <div class="small text-body-secondary">2 fotos' in html
    assert 'Nota con una foto</a> <div class="small text-body-secondary">1 foto<' in html
    assert 'Nota sin fotos</a> <div class="small text-body-secondary">0 fotos' in html


def test_release_list_reads_its_page_through_an_index_without_sorting_the_table(persona):
    """With 20,000 releases, grouping and sorting the whole table before the LIMIT took 374 ms a page."""
    officer = persona("press_officer")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # a tiny table: make the planner show the index it would use
            cursor.execute("SET LOCAL enable_seqscan = off")
        for status in ("", ReleaseStatus.DRAFT):
            plan = release_list(user=officer, status=status)[:25].explain()

            assert "press_release_" in plan and "recent_idx" in plan
            assert "TEMP B-TREE" not in plan and "Sort" not in plan and "GROUP BY" not in plan


def test_gobpe_export_is_clean_and_escaped(client_as, persona):
    release = make_release(persona("press_officer"), quotes="«<b>Hola</b>» — Vecina")
    html = client_as("press_officer").get(reverse("press:release_gobpe", args=[release.pk])).content.decode()
    assert "&lt;p&gt;«&amp;lt;b&amp;gt;Hola" in html


def test_a_release_can_name_the_agenda_event_it_reports_on(client_as, persona):
    from datetime import timedelta

    from django.utils import timezone

    from heraldo.ceremonial.models import Event

    yesterday = timezone.now() - timedelta(days=1)
    event = Event.objects.create(
        title="Inauguración del parque de Barrio Alto",
        starts_at=yesterday,
        ends_at=yesterday + timedelta(hours=2),
        place="Parque de Barrio Alto",
    )
    client = client_as("press_officer")
    assert "Inauguración del parque de Barrio Alto" in client.get(reverse("press:release_new")).content.decode()
    client.post(reverse("press:release_new"), dict(VALID, event=event.pk))
    release = PressRelease.objects.get()
    assert release.event == event
    html = client_as("press_officer").get(reverse("press:release_detail", args=[release.pk])).content.decode()
    assert "Actividad de la agenda" in html and "Inauguración del parque" in html


def test_the_photo_upload_message_agrees_in_number(client_as, persona):
    # given a draft release
    release = make_release(persona("press_officer"))
    client = client_as("press_officer")
    url = reverse("press:release_photos", args=[release.pk])

    # when two photos are uploaded, then one more
    two = client.post(url, {"photos": [jpeg_upload("a.jpg"), jpeg_upload("b.jpg", color=(0, 80, 0))]}, follow=True)
    one = client.post(url, {"photos": [jpeg_upload("c.jpg", color=(0, 0, 90))]}, follow=True)

    # then each message speaks in the right number, with no "(s)"
    assert "2 fotos agregadas." in two.content.decode()
    assert "1 foto agregada." in one.content.decode()
    assert "foto(s)" not in two.content.decode() + one.content.decode()


def test_approvals_read_and_count_what_awaits_through_their_own_index(persona):
    """With 2,000 releases in review, sorting them by submission took 12 ms on every load of Hoy and Mi trabajo."""
    from heraldo.press.selectors import releases_awaiting

    head = persona("head_of_unit")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # a tiny table: make the planner show the index it would use
            cursor.execute("SET LOCAL enable_seqscan = off")
        awaiting = releases_awaiting(head)
        first_page, count = awaiting[:8].explain(), awaiting.order_by().values("pk").explain()

    assert "press_release_awaiting_idx" in first_page and "TEMP B-TREE" not in first_page and "Sort" not in first_page
    assert "press_release_awaiting_idx" in count
