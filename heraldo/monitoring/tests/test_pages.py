"""The pages of Monitoreo, as the analyst, the Mayor and others use them."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from heraldo.core.models import AuditEntry
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Clipping, Source, SourceKind, ToneCorrection, WatchTerm

PAGES = [
    "monitoring:home",
    "monitoring:source_list",
    "monitoring:clipping_list",
    "monitoring:watch_list",
    "monitoring:alert_list",
    "monitoring:summary_list",
]


@pytest.mark.parametrize(
    ("persona_name", "expected"),
    [("media_analyst", 200), ("head_of_unit", 200), ("mayor", 200), ("press_officer", 200), ("designer", 403)],
)
def test_module_pages_open_for_roles_with_monitoring(client_as, persona_name, expected):
    client = client_as(persona_name)
    for name in PAGES:
        assert client.get(reverse(name)).status_code == expected, name


def test_pages_ship_no_inline_script(client_as, watchlist):
    clipping_store(title="Alcalde Jorge Cárdenas inaugura obra", published_at=timezone.now(), body_text="Texto.")
    client = client_as("media_analyst")
    for url in [reverse(n) for n in PAGES] + [reverse("monitoring:clipping_detail", args=[Clipping.objects.get().pk])]:
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert not re.search(r"\sstyle=", html), url


def test_analyst_adds_a_feed_and_a_private_address_is_refused_in_spanish(client_as, district):
    client = client_as("media_analyst")
    response = client.post(
        reverse("monitoring:source_add"),
        {"name": "Intranet", "kind": "feed", "url": "http://169.254.169.254/latest/", "interval_minutes": 30},
    )
    assert response.status_code == 200
    assert "red interna" in response.content.decode()
    assert not Source.objects.exists()
    response = client.post(
        reverse("monitoring:source_add"),
        {
            "name": "Candelaria Noticias",
            "kind": "feed",
            "url": "https://candelarianoticias.example.pe/feed/",
            "outlet": district["outlet"].pk,
            "interval_minutes": 15,
            "is_active": "on",
        },
    )
    source = Source.objects.get()
    assert response.status_code == 302
    assert source.next_due_at is not None
    assert AuditEntry.objects.filter(action="monitoring.source.created", target_id=str(source.pk)).exists()


def test_a_bad_selector_and_a_tiny_interval_are_explained(client_as, district):
    response = client_as("media_analyst").post(
        reverse("monitoring:source_add"),
        {
            "name": "Web",
            "kind": "web",
            "url": "https://radio.example.pe/",
            "interval_minutes": 1,
            "link_selector": "a:hover{",
        },
    )
    html = response.content.decode()
    assert "entre 5 minutos y 7 días" in html
    assert "selector CSS" in html


def test_the_mayor_reads_but_cannot_change(client_as, watchlist):
    clipping, _ = clipping_store(title="Nota", published_at=timezone.now(), body_text="Texto del alcalde.")
    mayor = client_as("mayor")
    assert mayor.get(reverse("monitoring:clipping_detail", args=[clipping.pk])).status_code == 200
    assert mayor.get(reverse("monitoring:source_add")).status_code == 403
    assert mayor.post(reverse("monitoring:clipping_tone", args=[clipping.pk]), {"tone": "negative"}).status_code == 404
    assert not ToneCorrection.objects.exists()


def test_one_click_tone_correction_is_kept_and_audited(client_as, watchlist):
    clipping, _ = clipping_store(
        title="Vecinos denuncian abandono del parque",
        published_at=timezone.now(),
        body_text="Denuncian abandono del parque por la Municipalidad de Santa Candelaria del Mar.",
    )
    assert clipping.tone == "negative"
    response = client_as("media_analyst").post(
        reverse("monitoring:clipping_tone", args=[clipping.pk]), {"tone": "neutral"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert 'id="tone-box"' in response.content.decode()
    clipping.refresh_from_db()
    assert clipping.tone == "neutral" and clipping.tone_corrected_at
    assert ToneCorrection.objects.get().previous_tone == "negative"
    assert AuditEntry.objects.filter(action="monitoring.clipping.tone_corrected").count() == 1


def test_archive_search_without_accents_with_phrases_and_filters(client_as, watchlist):
    now = timezone.now()
    clipping_store(title="Crisis de la limpieza pública", published_at=now, body_text="La basura se acumula.")
    clipping_store(title="Pública la lista de limpieza", published_at=now - timedelta(days=3), body_text="Nada más.")
    clipping_store(title="Feria gastronómica", published_at=now, body_text="Éxito total de la feria.")
    client = client_as("media_analyst")

    def titles(**params):
        html = client.get(reverse("monitoring:clipping_list"), params).content.decode()
        return re.findall(r'<span class="fw-semibold clipping-title">([^<]+)</span>', html)

    assert set(titles(q="limpieza publica")) == {"Crisis de la limpieza pública", "Pública la lista de limpieza"}
    assert titles(q='"limpieza publica"') == ["Crisis de la limpieza pública"]
    assert titles(q="limpieza -crisis") == ["Pública la lista de limpieza"]
    assert set(titles(q="feria OR basura")) == {"Crisis de la limpieza pública", "Feria gastronómica"}
    assert titles(q="LIMPIEZA", date_from=(now - timedelta(days=1)).date().isoformat()) == [
        "Crisis de la limpieza pública"
    ]
    html = client.get(reverse("monitoring:clipping_list"), {"q": "basura"}).content.decode()
    assert "<mark>basura</mark>" in html
    assert client.get(reverse("monitoring:clipping_list"), {"q": '"unbalanced OR ( NOT'}).status_code == 200


def test_clipping_list_queries_do_not_grow_with_rows(client_as, watchlist, django_assert_max_num_queries):
    for index in range(30):
        clipping_store(
            title=f"Nota {index} del alcalde Jorge Cárdenas",
            published_at=timezone.now(),
            body_text=f"Crónica número {index} sobre el distrito: "
            + " ".join(f"tema{index * 7 + k}" for k in range(12)),
        )
    client = client_as("media_analyst")
    with django_assert_max_num_queries(30):  # constant: session, perms, count, sample, page, facet names, saved
        response = client.get(reverse("monitoring:clipping_list"), {"q": "alcalde"})
    assert "Página 1 de 2" in response.content.decode()


def test_manual_clipping_with_scan_and_a_refused_file(client_as, district):
    client = client_as("media_analyst")
    base = {
        "outlet": district["outlet"].pk,
        "medium": "RADIO",
        "programme": "La Voz del Mar",
        "title": "Entrevista al alcalde",
        "published_date": timezone.localdate().isoformat(),
        "published_time": "07:30",
        "duration_seconds": 420,
        "summary": "",
        "transcript": "",
    }
    response = client.post(reverse("monitoring:clipping_add"), base)
    assert "adjunte el escaneo para leer su texto" in response.content.decode()
    evil = SimpleUploadedFile("nota.pdf", b"<html><script>alert(1)</script>", content_type="application/pdf")
    response = client.post(
        reverse("monitoring:clipping_add"), {**base, "summary": "Habló de obras.", "attachment": evil}
    )
    assert "Adjunte un escaneo" in response.content.decode()
    assert not Clipping.objects.exists()
    scan = SimpleUploadedFile("scan.png", _png(), content_type="image/png")
    response = client.post(
        reverse("monitoring:clipping_add"), {**base, "summary": "Habló de obras.", "attachment": scan}
    )
    clipping = Clipping.objects.get()
    assert response.status_code == 302
    assert clipping.medium == "RADIO" and clipping.attachment.name.endswith(".png")
    assert AuditEntry.objects.filter(action="monitoring.clipping.created").exists()


def _png() -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


def test_watch_list_sync_terms_topics_and_toggle(client_as, district):
    client = client_as("media_analyst")
    client.post(reverse("monitoring:watch_sync"))
    phrases = set(WatchTerm.objects.values_list("phrase", flat=True))
    assert {
        "Jorge Cárdenas Vilca",
        "Jorge Cárdenas",
        "Alcalde Cárdenas",
        "Municipalidad de Santa Candelaria del Mar",
    } <= phrases
    # a title alone names every town's mayor: it is kept only as a reference after the name
    assert "el burgomaestre" not in phrases
    assert WatchTerm.objects.get(folded="burgomaestre").needs_antecedent
    response = client.post(reverse("monitoring:watch_term_add"), {"phrase": "Jorge Cárdenas", "kind": "mayor"})
    assert "ya está en la lista" in response.content.decode()
    client.post(reverse("monitoring:topic_add"), {"name": "Obras", "keywords": "pavimentación\nagua potable\n"})
    assert WatchTerm.objects.filter(topic__name="Obras").count() == 2
    term = WatchTerm.objects.get(folded="burgomaestre")
    client.post(reverse("monitoring:watch_term_toggle", args=[term.pk]))
    term.refresh_from_db()
    assert term.is_active is False


def test_source_poll_now_shows_the_spanish_error(client_as, district, settings, django_capture_on_commit_callbacks):
    settings.HERALDO_FETCH_ALLOWED_HOSTS = []
    source = Source.objects.create(name="Local", kind=SourceKind.FEED, url="http://127.0.0.1:9/feed")
    with django_capture_on_commit_callbacks(execute=True):  # the queued poll runs (jobs are immediate in tests)
        client_as("media_analyst").post(reverse("monitoring:source_poll", args=[source.pk]))
    response = client_as("media_analyst").get(reverse("monitoring:source_detail", args=[source.pk]))
    assert "red interna" in response.content.decode()
    source.refresh_from_db()
    assert source.health == "degraded"


def test_today_panel_and_global_search(client_as, watchlist):
    clipping_store(
        title="El alcalde Jorge Cárdenas inauguró el parque", published_at=timezone.now(), body_text="Éxito."
    )
    client = client_as("mayor")
    assert "El alcalde Jorge Cárdenas inauguró el parque" in client.get(reverse("core:today")).content.decode()
    html = client.get(reverse("core:search"), {"q": "inauguro parque"}).content.decode()
    assert "Archivo de prensa" in html
    outsider_html = client_as("designer").get(reverse("core:search"), {"q": "parque"}).content.decode()
    assert "Archivo de prensa" not in outsider_html


def test_the_dashboard_reads_the_newest_originals_through_indexes_without_sorting_the_archive(client_as, watchlist):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's planner without statistics is what chose the 97% index; PostgreSQL has statistics")
    # Given an archive of originals
    for number in range(3):
        clipping_store(title=f"Nota {number}", published_at=timezone.now(), body_text=f"Crónica {number} del mercado.")
    # When the head of unit opens the dashboard
    with CaptureQueriesContext(connection) as queries:
        assert client_as("head_of_unit").get(reverse("monitoring:home")).status_code == 200
    plans = []
    with connection.cursor() as cursor:
        for query in queries.captured_queries:
            if 'FROM "monitoring_clipping"' in query["sql"]:
                cursor.execute("EXPLAIN QUERY PLAN " + query["sql"])
                plans += [row[-1] for row in cursor.fetchall() if "monitoring_clipping" in row[-1]]
    # Then the counts read a date range and the latest ten an index in date order: nothing sorts the archive
    assert plans
    for plan in plans:
        assert "TEMP B-TREE" not in plan and "duplicate_of_id=?" not in plan, plan
        assert plan.startswith("SEARCH") or "archive_newest" in plan or "clip_originals" in plan, plan


def test_global_search_dates_an_evening_clipping_on_its_day_in_lima(client_as, watchlist):
    # given a clipping published at 21:30 in Lima on 28/11/2026 (02:30 on the 29th in UTC)
    from datetime import datetime
    from zoneinfo import ZoneInfo

    evening = datetime(2026, 11, 28, 21, 30, tzinfo=ZoneInfo("America/Lima"))
    clipping_store(title="Vecinos inauguran la feria nocturna del malecón", published_at=evening, body_text="Feria.")

    # when the Mayor searches for it
    html = client_as("mayor").get(reverse("core:search"), {"q": "feria nocturna"}).content.decode()

    # then it is listed under the day it happened in Lima
    assert "28/11/2026" in html
    assert "29/11/2026" not in html


def test_the_same_phrase_sent_twice_at_once_is_added_once_and_the_second_send_is_told_why(
    client_as, district, monkeypatch
):
    # given a double click: both sends pass the form's check before either is saved
    from heraldo.monitoring import forms

    monkeypatch.setattr(forms.WatchTermForm, "clean", lambda form: form.cleaned_data)
    client = client_as("media_analyst")
    first = client.post(reverse("monitoring:watch_term_add"), {"phrase": "Chato Cárdenas", "kind": "mayor"})

    # when the second send reaches the database
    second = client.post(reverse("monitoring:watch_term_add"), {"phrase": "Chato Cárdenas", "kind": "mayor"})

    # then the phrase is stored once and the analyst sees the form again with the reason, not an error page
    assert first.status_code == 302
    assert second.status_code == 200
    assert "ya está en la lista de vigilancia" in second.content.decode()
    assert WatchTerm.objects.filter(folded="chato cardenas").count() == 1
