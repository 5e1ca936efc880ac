"""The report's workflow, who may do what, its documents and its bad-input messages."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document

from heraldo.ceremonial.tests.factories import EventFactory
from heraldo.core.models import AuditEntry, OutboxEmail
from heraldo.core.outbox import outbox_drain
from heraldo.reports.documents import DEFAULT_WORD_TEMPLATE, render_report_docx, report_content
from heraldo.reports.models import Comment, PoiActivity, PoiActual, Report, SentVersion, WordTemplate
from heraldo.reports.services import report_approve, report_compile

LIMA = ZoneInfo("America/Lima")
READERS = ("head_of_unit", "mayor", "media_analyst")
NOT_READERS = ("press_officer", "protocol_officer", "designer", "requester", "system_admin", "outsider")


def docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.fixture
def report(persona):
    EventFactory(title="Izamiento del Pabellón", starts_at=datetime(2026, 11, 8, 8, tzinfo=LIMA))
    EventFactory(title="Sesión de la noche", starts_at=datetime(2026, 11, 30, 23, 30, tzinfo=LIMA))
    return report_compile(actor=persona("head_of_unit"), period_start=date(2026, 11, 1), period_end=date(2026, 11, 30))


@pytest.mark.django_db
def test_compiling_a_month_prefills_each_narrative_with_its_draft(client_as):
    client = client_as("head_of_unit")
    response = client.post(reverse("reports:report_compile"), {"month": "2026-11"})

    report = Report.objects.get()
    assert response.status_code == 302 and response.url == report.get_absolute_url()
    assert (report.period_start, report.period_end, report.status, report.version) == (
        date(2026, 11, 1),
        date(2026, 11, 30),
        Report.Status.DRAFT,
        1,
    )
    narratives = {n.section_key: n.text for n in report.narratives.all()}
    assert set(narratives) == {s["key"] for s in report.sections}
    assert narratives["ceremonial"].startswith("En el periodo se realizaron 0 ceremonias")
    assert AuditEntry.objects.filter(action="reports.report.compiled", target_id=str(report.pk)).exists()
    page = client.get(report.get_absolute_url()).content.decode()
    assert "Informe mensual de noviembre de 2026" in page
    assert "En el periodo se realizaron 0 ceremonias" in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"month": "noviembre"}, "Indique el mes como año-mes"),
        ({"month": "2026-13"}, "Indique el mes como año-mes"),
        ({}, "Elija un mes, o las dos fechas del periodo."),
        ({"period_start": "2026-11-10", "period_end": "2026-11-01"}, "La fecha final es anterior a la inicial."),
        ({"period_start": "2025-01-01", "period_end": "2026-11-01"}, "El periodo puede abarcar hasta un año."),
        ({"period_start": "ayer", "period_end": "2026-11-01"}, "Introduzca una fecha válida."),
    ],
)
def test_a_bad_period_is_refused_in_spanish_and_compiles_nothing(client_as, data, message):
    response = client_as("head_of_unit").post(reverse("reports:report_compile"), data)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Report.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("persona_name", READERS)
def test_the_mayor_the_head_and_the_analyst_read_and_comment(client_as, report, persona_name):
    client = client_as(persona_name)
    assert client.get(report.get_absolute_url()).status_code == 200
    assert client.get(reverse("reports:report_pdf", args=[report.pk])).status_code == 200

    response = client.post(reverse("reports:report_comment", args=[report.pk]), {"body": "Revisar cifras de prensa."})

    assert response.status_code == 302
    assert Comment.objects.get().author.username == persona_name


@pytest.mark.django_db
@pytest.mark.parametrize("persona_name", NOT_READERS)
def test_other_roles_cannot_open_reports(client_as, report, persona_name):
    client = client_as(persona_name)
    for url in (
        reverse("reports:report_list"),
        report.get_absolute_url(),
        reverse("reports:report_pdf", args=[report.pk]),
        reverse("reports:report_docx", args=[report.pk]),
        reverse("reports:poi_list"),
    ):
        assert client.get(url).status_code == 403, url
    assert client.post(reverse("reports:report_comment", args=[report.pk]), {"body": "x"}).status_code == 403
    assert not Comment.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("persona_name", ("mayor", "media_analyst"))
def test_readers_cannot_edit_approve_or_send(client_as, report, persona_name):
    client = client_as(persona_name)
    narrative = report.narratives.get(section_key="ceremonial").text

    posts = (
        (reverse("reports:report_narratives", args=[report.pk]), {"narrative_ceremonial": "Cambiado"}),
        (reverse("reports:report_approve", args=[report.pk]), {}),
        (reverse("reports:report_send", args=[report.pk]), {"recipients": "alcalde@candelaria.example.pe"}),
        (reverse("reports:report_recompile", args=[report.pk]), {}),
        (reverse("reports:report_compile"), {"month": "2026-10"}),
        (reverse("reports:poi_create"), {}),
        (reverse("reports:word_template"), {}),
    )
    for url, data in posts:
        assert client.post(url, data).status_code == 403, url
    report.refresh_from_db()
    assert report.status == Report.Status.DRAFT
    assert report.narratives.get(section_key="ceremonial").text == narrative
    assert Report.objects.count() == 1
    html = client.get(report.get_absolute_url()).content.decode()
    assert "Guardar la redacción" not in html and "Aprobar la versión" not in html


@pytest.mark.django_db
def test_draft_approval_send_archives_the_exact_version_and_mails_pdf_and_word(client_as, report, settings):
    client = client_as("head_of_unit")
    # the head of unit writes the narrative
    client.post(
        reverse("reports:report_narratives", args=[report.pk]),
        {"narrative_ceremonial": "El Alcalde presidió el izamiento del Pabellón.\nY la sesión de la noche."},
    )
    # a report must be approved before it is sent
    refused = client.post(reverse("reports:report_send", args=[report.pk]), {"recipients": "alcalde@example.pe"})
    assert "La Jefatura debe aprobar el informe antes de enviarlo." in refused.content.decode()
    assert not SentVersion.objects.exists()

    client.post(reverse("reports:report_approve", args=[report.pk]))
    response = client.post(
        reverse("reports:report_send", args=[report.pk]),
        {"recipients": "alcalde@candelaria.example.pe, gerente@candelaria.example.pe"},
    )

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == Report.Status.SENT
    sent = SentVersion.objects.get()
    assert sent.number == 1 and sent.approved_by.username == "head_of_unit"
    assert bytes(sent.pdf).startswith(b"%PDF")
    text = docx_text(bytes(sent.docx))
    assert "El Alcalde presidió el izamiento del Pabellón." in text
    assert "Izamiento del Pabellón" in text  # an item row behind the figure
    outbox_drain()
    message = mail.outbox[-1]
    assert message.to == ["alcalde@candelaria.example.pe", "gerente@candelaria.example.pe"]
    assert sorted(name for name, _content, _type in message.attachments) == [
        "informe-2026-11-01-al-2026-11-30-v1.docx",
        "informe-2026-11-01-al-2026-11-30-v1.pdf",
    ]
    # the archived files are the ones sent
    attached = {name.rsplit(".", 1)[1]: content for name, content, _type in message.attachments}
    assert attached["pdf"] == bytes(sent.pdf) and attached["docx"] == bytes(sent.docx)
    assert client.get(reverse("reports:sent_version_docx", args=[report.pk, 1])).content == bytes(sent.docx)

    # a later edit makes version 2, a draft; version 1 stays as sent
    client.post(reverse("reports:report_narratives", args=[report.pk]), {"narrative_ceremonial": "Texto corregido."})
    report.refresh_from_db()
    assert (report.status, report.version) == (Report.Status.DRAFT, 2)
    assert "El Alcalde presidió" in docx_text(bytes(SentVersion.objects.get(number=1).docx))
    assert SentVersion.objects.count() == 1
    actions = set(AuditEntry.objects.filter(target_id=str(report.pk)).values_list("action", flat=True))
    assert {"reports.report.approved", "reports.report.sent", "reports.report.reopened"} <= actions
    assert OutboxEmail.objects.count() == 1


@pytest.mark.django_db
def test_a_bad_recipient_list_is_refused_in_spanish(client_as, persona, report):
    client = client_as("head_of_unit")
    report_approve(actor=persona("head_of_unit"), report=report)

    response = client.post(reverse("reports:report_send", args=[report.pk]), {"recipients": "alcalde, x@y"})

    assert response.status_code == 400
    assert "Estos correos no son válidos: alcalde, x@y." in response.content.decode()
    assert not SentVersion.objects.exists()
    assert not OutboxEmail.objects.exists()


@pytest.mark.django_db
def test_recompiling_keeps_what_the_office_wrote_and_updates_untouched_drafts(client_as, report):
    client = client_as("head_of_unit")
    client.post(reverse("reports:report_narratives", args=[report.pk]), {"narrative_press": "Texto propio."})
    EventFactory(title="Nuevo acto", starts_at=datetime(2026, 11, 20, 10, tzinfo=LIMA))

    client.post(reverse("reports:report_recompile", args=[report.pk]))

    texts = {n.section_key: n.text for n in report.narratives.all()}
    assert texts["press"] == "Texto propio."
    assert texts["ceremonial"].startswith("En el periodo se realizaron 3 ceremonias")


@pytest.mark.django_db
def test_the_word_document_round_trips_narratives_figures_and_items(report):
    report.narratives.filter(section_key="monitoring").update(
        text="Párrafo uno.\n\nPárrafo dos con «comillas» & signos."
    )
    content = report_content(report)

    text = docx_text(render_report_docx(content))

    assert "Informe mensual de noviembre de 2026" in text
    assert "Párrafo uno." in text and "Párrafo dos con «comillas» & signos." in text
    assert "Ceremonias y actos oficiales" in text
    assert "Sesión de la noche" in text
    ceremonial = next(s for s in content["sections"] if s["key"] == "ceremonial")
    assert ceremonial["figures"][0]["shown"] == "2"
    lines = text.splitlines()
    row = lines.index("Ceremonias y actos oficiales", lines.index("Indicador"))
    assert lines[row + 1] == "2"  # the figure beside its label


@pytest.mark.django_db
def test_the_word_document_holds_each_chart_as_a_picture_under_its_title(report):
    from PIL import Image

    content = report_content(report)
    charts = [c for s in content["sections"] for c in s["charts"] if c["values"]]

    document = render_report_docx(content)

    with zipfile.ZipFile(io.BytesIO(document)) as package:
        pictures = [name for name in package.namelist() if name.startswith("word/media/")]
        assert len(pictures) == len(charts) > 0
        drawn = Image.open(io.BytesIO(package.read(pictures[0])))
        assert drawn.format == "PNG" and drawn.width >= 1000  # twice the SVG's size, sharp when printed
        # the bars are drawn: the institutional red is on the picture, not a blank image
        assert (140, 28, 19) in {colour for _count, colour in drawn.convert("RGB").getcolors(1 << 16)}
    text = docx_text(document)
    assert "Actos por tipo" in text


@pytest.mark.django_db
def test_the_pdf_has_the_letterhead_contents_and_charts_drawn_in_it(report):
    from pypdf import PdfReader

    from heraldo.reports.documents import render_report_pdf

    pdf = render_report_pdf(report_content(report))

    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Unidad de Imagen Institucional" in text
    assert "Contenido" in text
    assert "Página 2 de" in text
    assert "Actos por tipo" in text  # the chart's caption; its bars are vector drawing, not an image
    assert len(reader.pages) >= 9


@pytest.mark.django_db
def test_the_head_of_unit_replaces_the_word_template_checked_by_content(client_as, report):
    client = client_as("head_of_unit")
    url = reverse("reports:word_template")
    # a file named .docx that is not one
    fake = SimpleUploadedFile("plantilla.docx", b"MZ\x90\x00 not a zip", content_type="application/msword")
    response = client.post(url, {"template": fake})
    assert "El archivo no es un documento de Word (.docx)" in response.content.decode()
    # a real .docx with a broken mark
    broken = Document()
    broken.add_paragraph("{{ title ")
    out = io.BytesIO()
    broken.save(out)
    response = client.post(url, {"template": SimpleUploadedFile("rota.docx", out.getvalue())})
    assert "La plantilla tiene un error en sus marcas" in response.content.decode()
    assert not WordTemplate.objects.exists()

    own = Document()
    own.add_paragraph("PLANTILLA PROPIA {{ title }}")
    out = io.BytesIO()
    own.save(out)
    client.post(url, {"template": SimpleUploadedFile("propia.docx", out.getvalue())})

    assert WordTemplate.objects.get().original_name == "propia.docx"
    word = client.get(reverse("reports:report_docx", args=[report.pk])).content
    assert "PLANTILLA PROPIA Informe mensual de noviembre de 2026" in docx_text(word)
    client.post(url, {"reset": "1"})
    assert not WordTemplate.objects.exists()
    assert DEFAULT_WORD_TEMPLATE.exists()


@pytest.mark.django_db
def test_poi_targets_show_progress_from_report_figures_and_hand_counts(client_as, report):
    client = client_as("head_of_unit")
    targets = {f"month_{m}": "2" for m in range(1, 13)}
    client.post(
        reverse("reports:poi_create"),
        {
            "year": "2026",
            "name": "Actos oficiales",
            "unit_of_measure": "acto",
            "counts_from": "ceremonial.acts",
            **targets,
        },
    )
    client.post(
        reverse("reports:poi_create"),
        {"year": "2026", "name": "Talleres de vocería", "unit_of_measure": "taller", "counts_from": "", **targets},
    )
    workshop = PoiActivity.objects.get(name="Talleres de vocería")
    client.post(reverse("reports:poi_actuals", args=[workshop.pk]), {"month_11": "1", "month_10": "5"})
    assert PoiActual.objects.filter(activity=workshop).count() == 2

    rows = {row["name"]: row for row in report_content(report)["poi"]}

    assert (
        rows["Actos oficiales"]["target"],
        rows["Actos oficiales"]["actual"],
        rows["Actos oficiales"]["percent"],
    ) == (
        "2",
        "2",
        "100 %",
    )
    assert (rows["Talleres de vocería"]["actual"], rows["Talleres de vocería"]["percent"]) == ("1", "50 %")


@pytest.mark.django_db
def test_a_bad_poi_activity_is_refused_in_spanish(client_as):
    client = client_as("head_of_unit")
    data = {"year": "2026", "name": "Actos", "unit_of_measure": "acto", "counts_from": "", "month_1": "-1"}

    response = client.post(reverse("reports:poi_create"), data)

    html = response.content.decode()
    assert "No puede ser negativo." in html
    assert "Indique la meta del mes (0 si no hay)." in html
    assert not PoiActivity.objects.exists()


@pytest.mark.django_db
def test_the_report_page_reads_in_a_fixed_number_of_queries(client_as, report, django_assert_max_num_queries):
    client = client_as("mayor")
    for i in range(5):
        client.post(reverse("reports:report_comment", args=[report.pk]), {"body": f"Comentario {i}"})
    with django_assert_max_num_queries(20):
        response = client.get(report.get_absolute_url())
    assert response.status_code == 200


@pytest.mark.django_db
def test_reportes_is_in_the_menu_of_those_who_read_reports(client_as):
    html = client_as("mayor").get(reverse("core:today")).content.decode()
    assert 'data-module="reportes"' in html
    assert 'data-module="reportes"' not in client_as("press_officer").get(reverse("core:today")).content.decode()


@pytest.mark.django_db
def test_the_demo_office_has_last_months_report_and_its_poi(persona, time_machine):
    from heraldo.reports.demo import _load_demo

    time_machine.move_to(datetime(2026, 12, 6, 10, tzinfo=LIMA))
    persona("mayor")
    _load_demo(persona("head_of_unit"))
    _load_demo(persona("head_of_unit"))  # loading again changes nothing

    report = Report.objects.get()
    assert (report.period_start, report.period_end) == (date(2026, 11, 1), date(2026, 11, 30))
    assert PoiActivity.objects.filter(year=2026).count() == 6
    assert report.narratives.count() == len(report.sections) == 7
