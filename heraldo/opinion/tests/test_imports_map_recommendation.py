"""Imports of social posts and the complaints book (all or nothing, once per row), the semáforo map drawn from
the sectors' outlines, the recommendation's approval by Jefatura then Alcaldía with its PDF, and the API."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from heraldo.core.models import AuditEntry, Notification
from heraldo.monitoring.models import Topic
from heraldo.opinion.models import (
    ImportedRecord,
    OpinionIssue,
    Recommendation,
    Sector,
    Signal,
    SignalDay,
    SignalImport,
    Tone,
)
from heraldo.opinion.services import signal_days_refresh

pytestmark = pytest.mark.django_db
IMPORT = "/opinion/importar/"


@pytest.fixture
def district(db):
    villa = Sector.objects.create(
        name="AA.HH. Villa del Mar",
        nicknames="Villa del Mar",
        outline={
            "type": "Polygon",
            "coordinates": [[[-76.90, -12.26], [-76.89, -12.26], [-76.89, -12.27], [-76.90, -12.26]]],
        },
    )
    malecon = Sector.objects.create(
        name="Malecón Grau",
        outline={
            "type": "Polygon",
            "coordinates": [[[-76.92, -12.25], [-76.90, -12.25], [-76.90, -12.26], [-76.92, -12.25]]],
        },
    )
    caleta = Sector.objects.create(name="La Caleta")  # no outline: only in the table
    cleaning = Topic.objects.create(name="Limpieza pública")
    return {"villa": villa, "malecon": malecon, "caleta": caleta, "cleaning": cleaning}


def csv_file(text: str, name: str = "export.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def upload(client, source: str, text: str, name: str = "export.csv"):
    return client.post(IMPORT, {"source": source, "upload": csv_file(text, name)})


def yesterday() -> str:
    return (timezone.localdate() - timedelta(days=1)).strftime("%d/%m/%Y")


# --- imports --------------------------------------------------------------------------------------------------


def test_a_social_export_is_previewed_then_imported_once_with_authors_pseudonymised(client_as, district):
    analyst = client_as("media_analyst")
    export = (
        "post_id,created_time,from_name,message,tono\n"
        f"fb-1,{yesterday()},María Quispe,Otra vez no pasó el camión de basura en Villa del Mar,negativo\n"
        f"fb-2,{yesterday()},Juan Pérez,Gracias por arreglar la pista del Malecón Grau,positivo\n"
    )
    # the preview keeps nothing as signals yet, and shows no author's name
    response = upload(analyst, "REDES", export)
    batch = SignalImport.objects.get()
    assert response.status_code == 302 and response["Location"] == batch.get_absolute_url()
    preview = analyst.get(batch.get_absolute_url()).content.decode()
    assert "2 filas nuevas" in preview and "María Quispe" not in preview and "autor-" in preview
    assert not Signal.objects.exists()

    # applied: each row is a signal with its tone and the sector its text names
    analyst.post(batch.get_absolute_url(), {"decision": "apply"})
    signals = {s.summary[:20]: s for s in Signal.objects.filter(origin=Signal.Origin.SOCIAL)}
    assert len(signals) == 2
    complaint = next(s for s in signals.values() if "camión" in s.summary)
    assert (complaint.tone, complaint.sector) == (Tone.NEGATIVE, district["villa"])
    assert not ImportedRecord.objects.filter(author__contains="Quispe").exists()
    assert AuditEntry.objects.filter(action="opinion.import.applied").exists()

    # the same file again: the preview says both rows are known, and applying adds nothing
    upload(analyst, "REDES", export)
    second = SignalImport.objects.order_by("-pk").first()
    assert (second.new_count, second.repeated_count) == (0, 2)
    analyst.post(second.get_absolute_url(), {"decision": "apply"})
    assert Signal.objects.count() == 2
    # and an applied import cannot be applied twice
    analyst.post(batch.get_absolute_url(), {"decision": "apply"})
    assert Signal.objects.count() == 2


def test_the_complaints_book_keeps_no_personal_data_and_every_complaint_is_negative(
    client_as, district, django_capture_on_commit_callbacks
):
    analyst = client_as("head_of_unit")
    book = (
        "Número de hoja;Fecha;Nombre;DNI;Dirección;Tipo;Detalle;Pedido;Tema\n"
        f"LR-2026-001;{yesterday()};Rosa Huamán;40404040;Jr. Lima 123;Reclamo;"
        "No recogen la basura en Villa del Mar desde el lunes;Que pase el camión;Limpieza pública\n"
    )
    upload(analyst, "LIBRO", book, "libro.csv")
    with django_capture_on_commit_callbacks(execute=True):
        analyst.post(SignalImport.objects.get().get_absolute_url(), {"decision": "apply"})
    record = ImportedRecord.objects.get()
    assert "40404040" not in record.text and "Rosa" not in record.text and "Jr. Lima" not in record.text
    assert "Pedido: Que pase el camión" in record.text
    signal = Signal.objects.get()
    assert (signal.origin, signal.tone, signal.topic, signal.sector) == (
        Signal.Origin.RESIDENT,
        Tone.NEGATIVE,
        district["cleaning"],
        district["villa"],
    )
    assert SignalDay.objects.get(sector_key=district["villa"].pk).negative == 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id,fecha,texto\nx-1,31/02/2026,Hola hola\n", "Fila 2: La fecha «31/02/2026» no se entiende"),
        ("id,fecha,texto\nx-1,01/01/2999,Hola hola\n", "Fila 2: La fecha 01/01/2999 está fuera de lo posible"),
        ("id,fecha,texto\n,{day},Sin número\n", "Fila 2: Falta el número o id"),
        ("id,fecha,texto\nx-1,{day},Uno\nx-1,{day},Dos\n", "Fila 3: El número x-1 ya está en la fila 2"),
        ("id,fecha,texto,tema\nx-1,{day},Hola,Astrología\n", "Fila 2: El tema «Astrología» no existe"),
        ("id,fecha,texto,sector\nx-1,{day},Hola,Narnia\n", "Fila 2: El sector «Narnia» no existe"),
        (
            "id,fecha,texto,tono\nx-1,{day},Hola,furioso\n",
            "Fila 2: El tono «furioso» no es positivo, neutral ni negativo",
        ),
        ("fecha,texto\n{day},Hola\n", "Faltan columnas: número o id."),
        ("", "El archivo enviado está"),
    ],
)
def test_a_file_with_one_bad_row_is_refused_whole_with_a_sentence_per_row(client_as, district, text, expected):
    good = f"ok-1,{yesterday()},Una fila buena sobre el Malecón\n"
    body = text.replace("{day}", yesterday())
    if body.count("\n") > 1 and "Faltan" not in expected:
        body = body + good if body.endswith("\n") else body
    response = upload(client_as("media_analyst"), "REDES", body)
    assert response.status_code == 400
    assert expected in response.content.decode()
    assert not SignalImport.objects.exists() and not ImportedRecord.objects.exists() and not Signal.objects.exists()


def test_hostile_files_are_refused_and_what_they_say_is_shown_escaped(client_as, district):
    analyst = client_as("media_analyst")
    assert "Use un archivo CSV o Excel" in upload(analyst, "REDES", "id,fecha,texto\n", "virus.exe").content.decode()
    broken = analyst.post(
        IMPORT, {"source": "REDES", "upload": SimpleUploadedFile("x.xlsx", b"PK\x03\x04 not really a workbook")}
    )
    assert "El archivo Excel está dañado" in broken.content.decode()
    assert not SignalImport.objects.exists()
    # a script in a post is kept as text and shown escaped in the preview and the evidence
    upload(analyst, "REDES", f"id,fecha,texto,tono\nx-9,{yesterday()},<script>alert(1)</script> basura,negativo\n")
    preview = analyst.get(SignalImport.objects.get().get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in preview and "&lt;script&gt;" in preview


def test_an_excel_file_is_read_like_a_csv(client_as, district):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["numero", "fecha", "detalle"])
    sheet.append(["CC-1", timezone.localdate() - timedelta(days=2), "Llamada por basura en Villa del Mar"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    analyst = client_as("media_analyst")
    analyst.post(IMPORT, {"source": "CENTRAL", "upload": SimpleUploadedFile("central.xlsx", buffer.getvalue())})
    batch = SignalImport.objects.get()
    assert batch.rows[0]["day"] == (timezone.localdate() - timedelta(days=2)).isoformat()
    assert batch.rows[0]["sector"] == district["villa"].pk


@pytest.mark.parametrize(("persona_name", "status"), [("press_officer", 403), ("mayor", 403), ("designer", 403)])
def test_only_opinion_managers_import(client_as, district, persona_name, status):
    client = client_as(persona_name)
    assert client.get(IMPORT).status_code == status
    assert upload(client, "REDES", f"id,fecha,texto\nx,{yesterday()},Hola\n").status_code == status
    assert not SignalImport.objects.exists()


# --- the map --------------------------------------------------------------------------------------------------


def test_the_map_draws_each_outlined_sector_in_its_colour_with_a_table_of_the_same_figures(client_as, district):
    today = timezone.localdate()
    for n in range(4):
        Signal.objects.create(
            origin=Signal.Origin.RESIDENT,
            occurred_on=today - timedelta(days=n),
            topic=district["cleaning"],
            sector=district["villa"],
            tone=Tone.NEGATIVE,
            summary="Basura",
        )
    Signal.objects.create(
        origin=Signal.Origin.MEDIA, occurred_on=today, sector=district["malecon"], tone=Tone.POSITIVE, summary="Bien"
    )
    signal_days_refresh(Signal.objects.values_list("occurred_on", flat=True))
    page = client_as("mayor").get(reverse("opinion:map")).content.decode()
    # an SVG drawn here (no tile server), one path per outlined sector, in the semáforo's colour
    assert "<svg" in page and "tile" not in page.lower()
    assert 'class="map-red" d="M' in page and f'data-sector="{district["villa"].pk}"' in page
    assert 'class="map-green"' in page
    assert f'data-sector="{district["caleta"].pk}"' not in page
    # the table gives the same figures, every sector included
    table = page[page.index('data-testid="map-table"') :]
    assert "AA.HH. Villa del Mar" in table and "La Caleta" in table and "Sin señales" in table
    assert "100 %" in table
    assert "1 sector no tiene contorno" in page


def test_the_map_reads_in_a_fixed_number_of_queries(client_as, district):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    mayor = client_as("mayor")
    mayor.get(reverse("opinion:map"))
    counts = []
    for n in range(2):
        Sector.objects.bulk_create([Sector(name=f"Sector extra {n}-{k}") for k in range(10)])
        with CaptureQueriesContext(connection) as captured:
            mayor.get(reverse("opinion:map"))
        counts.append(len(captured))
    assert counts[0] == counts[1]


# --- the recommendation ---------------------------------------------------------------------------------------


@pytest.fixture
def issue(district):
    return OpinionIssue.objects.create(
        topic=district["cleaning"],
        sector=district["villa"],
        opened_on=timezone.localdate() - timedelta(days=3),
        figures={"negative": 5, "usual": 0.5, "spread": 0.5, "weeks": 8},
    )


def pending(user, key_prefix: str) -> int:
    return Notification.objects.filter(
        recipient=user, subject_key__startswith=key_prefix, resolved_at__isnull=True
    ).count()


def test_the_analysts_recommendation_is_signed_by_jefatura_then_decided_by_alcaldia_from_a_phone(
    client_as, persona, issue, playbook
):
    from heraldo.opinion.models import PlaybookAction

    head, mayor = persona("head_of_unit"), persona("mayor")
    client_as("media_analyst").post(
        issue.get_absolute_url(),
        {
            "act-actions": [PlaybookAction.objects.get(title="Comunicado aclaratorio").pk],
            "act-owner": persona("press_officer").pk,
            "act-recommendation": "Reforzar la ruta de recojo y explicarlo a los vecinos.",
        },
    )
    issue.refresh_from_db()
    assert issue.recommendation_status == Recommendation.HEAD
    assert pending(head, "opinion.recommendation.head") == 1 and pending(mayor, "opinion.recommendation") == 0

    # the Mayor cannot sign for Jefatura; the analyst cannot approve their own text
    decide = reverse("opinion:recommendation_decide", args=[issue.pk])
    client_as("mayor").post(decide, {"step": "mayor"})
    client_as("media_analyst").post(decide, {"step": "head"})
    issue.refresh_from_db()
    assert issue.recommendation_status == Recommendation.HEAD

    # Jefatura approves: its notice settles itself and Alcaldía is asked
    client_as("head_of_unit").post(decide, {"step": "head"})
    issue.refresh_from_db()
    assert (issue.recommendation_status, issue.head_approved_by) == (Recommendation.MAYOR, head)
    assert pending(head, "opinion.recommendation.head") == 0 and pending(mayor, "opinion.recommendation.mayor") == 1

    # the Mayor reads the one-page brief and approves from the phone
    phone = client_as("mayor")
    page = phone.get(issue.get_absolute_url(), HTTP_USER_AGENT="Mozilla/5.0 (Linux; Android 14)").content.decode()
    assert "Aprobar la recomendación" in page and "Devolver con observaciones" in page
    pdf = phone.get(reverse("opinion:recommendation_pdf", args=[issue.pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    phone.post(decide, {"step": "mayor", "note": "Visita el sábado."})
    issue.refresh_from_db()
    assert (issue.recommendation_status, issue.mayor_decided_by, issue.decision_note) == (
        Recommendation.APPROVED,
        mayor,
        "Visita el sábado.",
    )
    assert pending(mayor, "opinion.recommendation") == 0
    assert AuditEntry.objects.filter(action="opinion.recommendation.approved", target_id=str(issue.pk)).count() == 2


def test_a_returned_recommendation_needs_a_note_and_can_be_rewritten(client_as, persona, issue):
    from heraldo.opinion.services import recommendation_submit

    recommendation_submit(actor=persona("head_of_unit"), issue=issue, text="Visita del Alcalde con prensa.")
    issue.refresh_from_db()
    # written by the head of unit, it goes straight to Alcaldía
    assert issue.recommendation_status == Recommendation.MAYOR
    decide = reverse("opinion:recommendation_decide", args=[issue.pk])
    client_as("mayor").post(decide, {"step": "return", "note": ""})
    issue.refresh_from_db()
    assert issue.recommendation_status == Recommendation.MAYOR  # no note: nothing changed
    client_as("mayor").post(decide, {"step": "return", "note": "Primero la reunión con la junta vecinal."})
    issue.refresh_from_db()
    assert issue.recommendation_status == Recommendation.RETURNED
    assert pending(persona("mayor"), "opinion.recommendation") == 0
    page = client_as("media_analyst").get(issue.get_absolute_url()).content.decode()
    assert "Primero la reunión con la junta vecinal." in page and "Enviar otra vez" in page
    client_as("media_analyst").post(
        reverse("opinion:recommendation_rewrite", args=[issue.pk]), {"recommendation": "Reunión con la junta primero."}
    )
    issue.refresh_from_db()
    assert (issue.recommendation_status, issue.recommendation) == (Recommendation.HEAD, "Reunión con la junta primero.")


def test_a_role_without_opinion_cannot_read_the_brief(client_as, issue):
    issue.recommendation = "Texto"
    issue.save()
    assert client_as("designer").get(reverse("opinion:recommendation_pdf", args=[issue.pk])).status_code in (403, 404)


# --- the API --------------------------------------------------------------------------------------------------


def test_the_api_gives_the_semaforo_signals_issues_and_decides_with_the_pages_gates(client_as, persona, issue):
    today = timezone.localdate()
    Signal.objects.create(
        origin=Signal.Origin.RESIDENT,
        occurred_on=today,
        topic=issue.topic,
        sector=issue.sector,
        tone=Tone.NEGATIVE,
        summary="Basura <b>",
    )
    signal_days_refresh([today])
    mayor = client_as("mayor")
    cells = mayor.get("/api/v1/opinion/semaforo/?dias=7").json()["results"]
    assert cells[0]["sector"] == "AA.HH. Villa del Mar" and cells[0]["count"] == 1
    assert mayor.get("/api/v1/opinion/senales/").json()["results"][0]["summary"] == "Basura <b>"
    assert mayor.get(f"/api/v1/opinion/asuntos/{issue.pk}/").json()["name"] == "Limpieza pública · AA.HH. Villa del Mar"
    assert mayor.get("/api/v1/opinion/asuntos/abc/").status_code == 404
    assert len(mayor.get("/api/v1/opinion/sectores/").json()["results"]) == 3

    from heraldo.opinion.services import recommendation_submit

    recommendation_submit(actor=persona("media_analyst"), issue=issue, text="Comunicado hoy.")
    url = f"/api/v1/opinion/asuntos/{issue.pk}/decision/"
    # not the Mayor's step yet: 409 with the reason, and nothing changes
    refused = mayor.post(url, json.dumps({"step": "mayor"}), content_type="application/json")
    assert refused.status_code == 409 and "no espera la decisión de Alcaldía" in refused.json()["detail"]
    ok = client_as("head_of_unit").post(url, json.dumps({"step": "head"}), content_type="application/json")
    assert ok.status_code == 200 and ok.json()["recommendation_status"] == "POR_ALCALDIA"
    assert mayor.post(url, json.dumps({"step": "bogus"}), content_type="application/json").status_code == 400

    for name in ("designer", "requester"):
        assert client_as(name).get("/api/v1/opinion/semaforo/").status_code == 403
        assert client_as(name).get("/api/v1/opinion/senales/").status_code == 403
