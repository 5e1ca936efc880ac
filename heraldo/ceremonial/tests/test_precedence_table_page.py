"""The precedence table page in the office's words, the import of an official table from a
spreadsheet (preview, all or nothing), and no internal codes or rule strings on any page."""

import io
import re
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from heraldo.ceremonial.models import PrecedenceTableRow
from heraldo.ceremonial.recurrence_words import describe_rule
from heraldo.ceremonial.tests.factories import EventFactory, lima
from heraldo.core.models import AuditEntry
from heraldo.directory.models import Entity, Position

pytestmark = pytest.mark.django_db

OFFICIAL = (
    "nivel;orden;cargo;cargo_femenino;clase;territorial;mesa_de_honor;base_legal\n"
    "15;0;Alcalde Distrital;Alcaldesa Distrital;Alcaldes;sí;sí;\n"
    "17;0;Alcalde Provincial;;;;;\n"
    "30;0;Defensor vecinal;Defensora vecinal;General;no;no;Ordenanza 123-2026\n"
).encode()


def preview(client, content: bytes, *, name="cuadro.csv", valid_from="2027-01-01", source="D.S. 100-2005-RE"):
    return client.post(
        reverse("ceremonial:precedence_import"),
        {"file": SimpleUploadedFile(name, content), "valid_from": valid_from, "legal_source": source},
    )


def token_of(response) -> str:
    return re.search(r'name="token" value="([^"]+)"', response.content.decode()).group(1)


def test_the_page_speaks_of_the_table_in_force_never_of_internal_notes_or_codes(client_as):
    html = client_as("protocol_officer").get(reverse("ceremonial:precedence_table")).content.decode()
    summary = html.split('data-testid="table-in-force"')[1].split("</section>")[0]
    assert "Cuadro vigente hoy" in summary and "cargos" in summary
    assert "D.S. 100-2005-RE" in summary and "carga inicial de Heraldo" in summary
    assert "nota de dominio" not in html and "[I]" not in html and "apcer" not in html
    assert "ALCALDE_DISTRITAL" not in html and "<code>" not in html
    assert "Alcaldes" in html  # the class, in words
    assert "desde la instalación" in html  # an open validity, in words


def test_the_head_of_unit_imports_an_official_table_after_a_preview(client_as, persona):
    client = client_as("head_of_unit")
    # Given a preview of the official table, valid from 1 January 2027
    shown = preview(client, OFFICIAL)
    html = shown.content.decode()
    assert "cambia del nivel 17 al 15" in html and "cargo nuevo" in html
    assert PrecedenceTableRow.objects.filter(valid_from=date(2027, 1, 1)).count() == 0  # nothing yet
    # When it is confirmed
    done = client.post(reverse("ceremonial:precedence_import_confirm"), {"token": token_of(shown)}, follow=True)
    # Then the changed and new offices have versions from that day, the old rows close the day before
    assert "3 cargos cambian desde el 01/01/2027" in done.content.decode()
    mayor = PrecedenceTableRow.objects.filter(office_code="ALCALDE_DISTRITAL").order_by("pk")
    assert [(r.rank, r.valid_to, r.valid_from) for r in mayor] == [
        (17, date(2026, 12, 31), None),
        (15, None, date(2027, 1, 1)),
    ]
    assert mayor.last().legal_source == "D.S. 100-2005-RE" and mayor.last().updated_by == persona("head_of_unit")
    new = PrecedenceTableRow.objects.get(label="Defensor vecinal")
    assert (new.rank, new.legal_source, new.head_table_eligible) == (30, "Ordenanza 123-2026", False)
    assert AuditEntry.objects.filter(action="ceremonial.precedence.imported").count() == 1


def test_any_bad_row_blocks_the_whole_table_and_each_says_why_in_spanish(client_as):
    bad = (
        "nivel;cargo;clase;territorial\n"
        "quince;Alcalde Distrital;;\n"
        "14;;;\n"
        "16;Regidor Distrital;Obispos;quizá\n"
        "18;Alcalde distrital;;\n"
    ).encode()
    before = PrecedenceTableRow.objects.count()
    html = preview(client_as("head_of_unit"), bad).content.decode()
    assert "4 filas tienen errores" in html
    assert html.count('data-testid="rejected-row"') == 4
    assert "El nivel debe ser un número entero desde 1, no «quince»." in html
    assert "Falta el nombre del cargo." in html
    assert "Clase desconocida «Obispos»." in html and "Territorial se responde «sí» o «no», no «quizá»." in html
    assert "El cargo ya figura en la fila 2." in html
    assert 'name="token"' not in html
    assert PrecedenceTableRow.objects.count() == before
    missing = preview(client_as("head_of_unit"), b"cargo\nAlcalde\n").content.decode()
    assert "Faltan columnas obligatorias:" in missing and "nivel" in missing


def test_only_the_head_of_unit_imports_and_the_template_is_the_table_in_force(client_as):
    assert client_as("protocol_officer").get(reverse("ceremonial:precedence_import")).status_code == 404
    assert preview(client_as("protocol_officer"), OFFICIAL).status_code == 404
    sheet = client_as("protocol_officer").get(reverse("ceremonial:precedence_template", args=["xlsx"]))
    rows = list(load_workbook(io.BytesIO(sheet.content)).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("nivel", "orden", "cargo")
    assert (17, 0, "Alcalde Distrital") in [row[:3] for row in rows]
    assert not any("_" in str(cell) for row in rows[1:] for cell in row if cell)  # no internal codes
    # the downloaded template imports back as "no change"
    csv_body = client_as("head_of_unit").get(reverse("ceremonial:precedence_template", args=["csv"])).content
    again = preview(client_as("head_of_unit"), csv_body).content.decode()
    assert "El archivo no cambia nada del cuadro vigente." in again


def test_a_new_office_gets_its_code_from_its_name_and_cargos_never_show_codes(client_as):
    client = client_as("head_of_unit")
    client.post(
        reverse("ceremonial:precedence_row_new"),
        {
            "rank": 24,
            "suborder": 0,
            "label": "Presidente de la Junta Vecinal",
            "office_class": "GENERAL",
            "legal_source": "Ordenanza 45-2026",
            "valid_from": "2026-12-01",
        },
    )
    assert PrecedenceTableRow.objects.get(label="Presidente de la Junta Vecinal").office_code == (
        "PRESIDENTE_DE_LA_JUNTA_VECINAL"
    )
    entity = Entity.objects.create(name="Municipalidad", kind="MUNICIPALIDAD", level="DISTRITAL", ubigeo="270103")
    position = Position.objects.create(entity=entity, title="Alcalde", office_code="ALCALDE_DISTRITAL")
    for url in (
        reverse("directory:entity_detail", args=[entity.pk]),
        reverse("directory:position_detail", args=[position.pk]),
        reverse("directory:position_update", args=[position.pk]),
    ):
        html = client.get(url).content.decode()
        assert ">ALCALDE_DISTRITAL<" not in html and "(ALCALDE_DISTRITAL)" not in html, url
        assert "Alcalde Distrital" in html, url


@pytest.mark.parametrize(
    ("rule", "spanish", "english"),
    [
        ("FREQ=WEEKLY;BYDAY=SU", "cada domingo", "every Sunday"),
        (
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
            "cada 2 semanas los lunes y jueves",
            "every 2 weeks on Mondays and Thursdays",
        ),
        ("FREQ=MONTHLY;BYDAY=1MO", "el primer lunes de cada mes", "the first Monday of every month"),
        ("FREQ=DAILY;COUNT=3", "cada día, 3 veces", "every day, 3 times"),
        (
            "FREQ=MONTHLY;UNTIL=20280101T045959Z",
            "cada mes, el día 6, hasta el 31/12/2027",
            "every month, on day 6, until 31/12/2027",
        ),
    ],
)
def test_repetition_rules_are_said_in_words_in_both_languages(rule, spanish, english):
    starts = lima(2026, 12, 6, 8)
    assert describe_rule(rule, starts_at=starts) == spanish
    with translation.override("en"):
        assert describe_rule(rule, starts_at=starts) == english


def test_the_event_page_says_how_it_repeats_without_the_rule(client_as):
    event = EventFactory(title="Izamiento dominical", starts_at=lima(2026, 12, 6, 8), rrule="FREQ=WEEKLY;BYDAY=SU")
    html = client_as("protocol_officer").get(reverse("ceremonial:event_detail", args=[event.pk])).content.decode()
    assert "Se repite cada domingo." in html and "FREQ=" not in html
    form = client_as("protocol_officer").get(reverse("ceremonial:event_edit", args=[event.pk])).content.decode()
    assert "Hoy se repite cada domingo." in form


def test_a_cargo_the_table_does_not_know_is_named_not_coded_in_the_plan(client_as):
    from datetime import date as day

    from heraldo.ceremonial.services.ceremony import guests_add
    from heraldo.ceremonial.tests.factories import PersonFactory
    from heraldo.directory.models import Term

    entity = Entity.objects.create(name="Junta vecinal", kind="ORGANIZACION_VECINAL", level="DISTRITAL")
    position = Position.objects.create(entity=entity, title="Coordinador vecinal", office_code="COORDINADOR_INVENTADO")
    person = PersonFactory(given_names="Rosa", surnames="Vela", sex="M")
    Term.objects.create(position=position, person=person, starts_on=day(2024, 1, 1))
    event = EventFactory(title="Inauguración", event_type="INAUGURACION", starts_at=lima(2026, 12, 13, 10))
    guests_add(actor=None, event=event, persons=[person])
    html = client_as("protocol_officer").get(reverse("ceremonial:precedence", args=[event.pk])).content.decode()
    assert "COORDINADOR_INVENTADO" not in html
    assert "El cargo de Rosa Vela (Coordinador vecinal) no figura en el cuadro vigente" in html
