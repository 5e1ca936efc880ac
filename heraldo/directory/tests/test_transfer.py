"""Import with preview (all or nothing, row-by-row errors) and export to CSV, Excel and vCard."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from heraldo.core.models import AuditEntry
from heraldo.directory.models import Entity, Person, Term
from heraldo.directory.tests.factories import EntityFactory, PersonFactory, TermFactory
from heraldo.directory.transfer import safe_cell, vcard

GOOD = (
    "nombres;apellidos;sexo;correo_institucional;entidad;tipo_entidad;nivel;cargo;desde\n"
    "Ana María;Quispe Huanca;F;ana@radio.example.pe;Radio Andina;Medio de comunicación;Provincial;Periodista;"
    "01/03/2025\n"
    "Luis;Ñahui Paz;M;;Radio Andina;;;Director;\n"
    "Rosa;Vela;;;;;;;\n"
)


@pytest.fixture(autouse=True)
def _jobs_run_after_commit(django_capture_on_commit_callbacks, monkeypatch):
    """The import's jobs run once the request's transaction commits, as they would in the worker."""
    monkeypatch.setitem(_RUN, "capture", django_capture_on_commit_callbacks)


_RUN: dict = {}


def _followed(client, url: str, data: dict):
    """Post as the page does, let the queued job run, then open the page the post leads to."""
    with _RUN["capture"](execute=True):
        response = client.post(url, data)
    if response.status_code != 302:
        return response
    return client.get(response.url)


def upload(client, content: bytes, name="personas.csv", kind="personas"):
    return _followed(client, reverse("directory:import"), {"kind": kind, "file": SimpleUploadedFile(name, content)})


def confirm(client, token: str):
    return _followed(client, reverse("directory:import_confirm"), {"token": token})


def token_of(response) -> str:
    import re

    return re.search(r'name="token" value="([^"]+)"', response.content.decode()).group(1)


def test_preview_then_import_creates_persons_entities_cargos_and_audit(client_as):
    client = client_as("press_officer")
    preview = upload(client, GOOD.encode("utf-8"))
    assert "Las 3 filas son válidas" in preview.content.decode()
    assert not Person.objects.exists()  # the preview changes nothing
    done = confirm(client, token_of(preview))
    assert "Se importaron 3 registros" in done.content.decode()
    assert Person.objects.count() == 3
    radio = Entity.objects.get(name="Radio Andina")
    assert radio.kind == "MEDIO" and radio.search_text == "radio andina"
    assert sorted(Term.objects.filter(position__entity=radio).values_list("position__title", flat=True)) == [
        "Director",
        "Periodista",
    ]
    assert Person.objects.get(surnames="Ñahui Paz").search_text.startswith("luis nahui paz")
    assert AuditEntry.objects.filter(action="directory.import.applied").count() == 1
    assert AuditEntry.objects.filter(action="directory.person.created").count() == 3


def test_any_bad_row_blocks_the_whole_file_and_each_says_why(client_as):
    PersonFactory(given_names="Rosa", surnames="Vela")
    bad = (
        GOOD
        + "Pedro;;X;no-es-correo;Entidad Nueva;;;;32/13/2025\n"
        + "Ana María;Quispe Huanca;F;;Radio Andina;;;Periodista;\n"
    )
    response = upload(client_as("press_officer"), bad.encode("utf-8"))
    html = response.content.decode()
    assert "Fila 4:" in html and "Rosa Vela ya está en el Registro" in html
    assert "Fila 5:" in html and "Faltan los apellidos." in html and "Sexo debe ser F o M" in html
    assert "no es un correo válido" in html and "Entidad Nueva» no está registrada" in html
    assert "no se entiende: use dd/mm/aaaa" in html
    assert "Fila 6:" in html and "Repite la fila 2." in html
    assert 'name="token"' not in html
    assert Person.objects.count() == 1 and not Entity.objects.exists()


def test_a_changed_registry_between_preview_and_confirm_imports_nothing(client_as):
    client = client_as("protocol_officer")
    preview = upload(client, GOOD.encode("utf-8"))
    PersonFactory(given_names="Rosa", surnames="Vela")  # someone registered her meanwhile
    confirm(client, token_of(preview))
    assert Person.objects.count() == 1 and not Entity.objects.exists()


def test_a_forged_or_foreign_token_is_refused(client_as):
    preview = upload(client_as("protocol_officer"), GOOD.encode("utf-8"))
    token = token_of(preview)
    confirm(client_as("press_officer"), token)
    confirm(client_as("press_officer"), token + "x")
    assert not Person.objects.exists()


def test_excel_entities_import_and_unreadable_files(client_as):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nombre", "Tipo", "Nivel", "Ubigeo", "Tipo medio", "Aniversario"])
    sheet.append(["Radio Sur", "MEDIO", "regional", "2701", "radio", "15/05/1990"])
    sheet.append(["Colegio Mayor", "Institución educativa", "DISTRITAL", "270103", "", ""])
    buffer = io.BytesIO()
    workbook.save(buffer)
    client = client_as("head_of_unit")
    preview = upload(client, buffer.getvalue(), name="entidades.xlsx", kind="entidades")
    assert "Las 2 filas son válidas" in preview.content.decode()
    confirm(client, token_of(preview))
    assert Entity.objects.get(name="Radio Sur").media_kind == "RADIO"
    assert Entity.objects.get(name="Colegio Mayor").kind == "COLEGIO"
    broken = upload(client, b"PK\x03\x04 not really", name="roto.xlsx", kind="entidades")
    assert "dañado" in broken.content.decode()
    wrong = upload(client, b"hola", name="foto.png")
    assert "Use un archivo CSV o Excel" in wrong.content.decode()
    missing = upload(client, b"nombre;tipo\nX;ONG\n", kind="entidades")
    assert "Faltan columnas obligatorias" in missing.content.decode()
    oversized = upload(client, b"nombre;tipo\nX;ONG\nY;" + b"a" * 200_000 + b"\n", kind="entidades")
    assert "fila 3 del CSV" in oversized.content.decode() and 'name="token"' not in oversized.content.decode()
    assert not Entity.objects.filter(name__in=["X", "Y"]).exists()


def test_only_managers_import(client_as):
    assert client_as("media_analyst").get(reverse("directory:import")).status_code == 403
    assert client_as("outsider").get(reverse("directory:import")).status_code == 403


@pytest.mark.parametrize("value", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx"])
def test_formula_leading_cells_are_escaped(value):
    assert safe_cell(value) == "'" + value
    assert safe_cell("Ana") == "Ana" and safe_cell(5) == 5


def test_exports_follow_the_filters_escape_formulas_and_leave_personal_data_out(client_as):
    term = TermFactory(
        person=PersonFactory(
            given_names="=cmd|' /C calc'!A0",
            surnames="Ríos",
            personal_phone="900 000 000",
            institutional_email="rios@example.pe",
        )
    )
    EntityFactory(name="Otra entidad", kind="ONG")
    client = client_as("media_analyst")
    text = client.get(reverse("directory:person_export", args=["csv"])).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:2] == ["nombres", "apellidos"]
    assert rows[1][0] == "'=cmd|' /C calc'!A0" and "900 000 000" not in text
    assert rows[1][7] == term.position.entity.name
    xlsx = client.get(reverse("directory:entity_export", args=["xlsx"]), {"kind": "ONG"})
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["Otra entidad"]
    card = client.get(reverse("directory:person_export", args=["vcf"])).content.decode()
    assert card.startswith("BEGIN:VCARD") and "EMAIL;TYPE=WORK:rios@example.pe" in card
    import vobject

    parsed = vobject.readOne(card)
    assert parsed.n.value.family == "Ríos"
    assert client.get(reverse("directory:person_export", args=["exe"])).status_code == 404
    assert client_as("designer").get(reverse("directory:person_export", args=["csv"])).status_code == 403


def test_a_vcard_field_cannot_add_lines_with_a_carriage_return():
    # given a title typed with carriage returns that try to add a property
    card = vcard(given="Ana", family="Ríos", prefix="", title="Jefa\rTEL:999\r\nNOTE:x", org="", email="", phone="")

    # then the card keeps it inside the title, as an escaped line break
    lines = card.split("\r\n")
    assert "TITLE:Jefa\\nTEL:999\\nNOTE:x" in lines
    assert not any(line.startswith(("TEL", "NOTE")) for line in lines)
    assert "\r" not in card.replace("\r\n", "")


def _big_file(rows: int) -> bytes:
    lines = ["nombres;apellidos;sexo"] + [f"Nombre{n};Apellido{n};F" for n in range(rows)]
    return "\n".join(lines).encode()


def test_the_upload_answers_at_once_and_the_page_follows_the_check_until_the_preview(client_as, monkeypatch):
    # given a big file uploaded (the worker has not run the check yet: no commit callbacks here)
    from heraldo.core import jobs
    from heraldo.core.models import Job

    client = client_as("protocol_officer")
    response = client.post(
        reverse("directory:import"), {"kind": "personas", "file": SimpleUploadedFile("grande.csv", _big_file(1200))}
    )
    # then the answer is a page that follows the queued check, asking again every second, with no script of its own
    assert response.status_code == 302
    waiting = client.get(response.url)
    html = waiting.content.decode()
    assert 'data-testid="import-running"' in html and 'hx-trigger="every 1s"' in html
    assert "Revisando grande.csv" in html and "En cola" in html
    assert "<script>" not in html
    record = Job.objects.get(name="directory.import_check")
    assert not Person.objects.exists()

    # when the worker runs the check, it reports how far it got as it goes
    import heraldo.directory.services.imports as imports

    seen = []
    monkeypatch.setattr(imports, "heartbeat", lambda progress=None: (seen.append(progress), jobs.heartbeat(progress)))
    jobs.run_job(record.pk)
    assert seen == sorted(seen) and seen[0] <= 5 and max(seen) >= 80 and len(seen) >= 5

    # then the next poll gets the preview itself, which stops polling, and the import is one click away
    polled = client.get(response.url, HTTP_HX_REQUEST="true").content.decode()
    assert "Las 1200 filas son válidas" in polled and "hx-trigger" not in polled
    assert "<html" not in polled  # only the part of the page that changes
    done = confirm(client, token_of(client.get(response.url)))
    assert "Se importaron 1200 registros" in done.content.decode()
    assert Person.objects.count() == 1200


def test_nobody_else_follows_or_confirms_my_import(client_as):
    client = client_as("protocol_officer")
    queued = client.post(
        reverse("directory:import"), {"kind": "personas", "file": SimpleUploadedFile("p.csv", GOOD.encode())}
    )
    assert client_as("press_officer").get(queued.url).status_code == 404
    assert client_as("media_analyst").get(queued.url).status_code == 403
