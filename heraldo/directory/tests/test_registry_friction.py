"""What staff met first in the Registro: finding people by cargo and entity, names in Spanish
order, the change of authorities, the import preview, and cargos in the holder's gender.
The search and sort tests run on SQLite and on PostgreSQL (search_backend)."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from heraldo.directory.models import Person, Term
from heraldo.directory.selectors import person_filter, sorted_persons
from heraldo.directory.services.authorities import term_start_default
from heraldo.directory.tests.factories import EntityFactory, PersonFactory, PositionFactory, TermFactory
from heraldo.directory.titles import feminine_title
from heraldo.directory.transfer import read_rows


def names(persons) -> list[str]:
    return [person.full_name for person in persons]


def _holder(given, surnames, sex, title, feminine, entity_name, kind="MUNICIPALIDAD", ends_on=None):
    entity = EntityFactory(name=entity_name, kind=kind)
    position = PositionFactory(entity=entity, title=title, title_feminine=feminine, office_code="")
    person = PersonFactory(given_names=given, surnames=surnames, sex=sex)
    TermFactory(position=position, person=person, starts_on=date(2019, 1, 1), ends_on=ends_on)
    return person


# --------------------------------------------------------------------------- search by cargo and entity


def test_people_are_found_by_their_current_cargo_and_entity(search_backend):
    _holder("Ramiro", "Quispe Huamán", "M", "Alcalde", "Alcaldesa", "Municipalidad Distrital de Candelaria")
    _holder("Rosa", "Vela Paz", "F", "Comisario", "Comisaria", "Comisaría de Candelaria", kind="POLICIA")
    _holder("Elsa", "Ríos Soto", "F", "Director Regional de Salud", "Directora Regional de Salud", "DIRESA Puno")
    _holder("Pedro", "Mamani", "M", "Alcalde", "", "Municipalidad de Otrora", ends_on=date(2022, 12, 31))
    PersonFactory(given_names="Alcides", surnames="Torres")

    assert names(person_filter({"q": "alcalde"})) == ["Ramiro Quispe Huamán"]  # the former mayor no longer
    assert names(person_filter({"q": "comisaria"})) == ["Rosa Vela Paz"]
    assert names(person_filter({"q": "directora regional"})) == ["Elsa Ríos Soto"]
    assert names(person_filter({"q": "quispe candelaria"})) == ["Ramiro Quispe Huamán"]  # name and entity
    assert names(person_filter({"q": "alcides"})) == ["Alcides Torres"]


def test_the_registry_search_page_finds_by_cargo(client_as):
    _holder("Rosa", "Vela Paz", "F", "Comisario", "Comisaria", "Comisaría de Candelaria", kind="POLICIA")
    html = client_as("protocol_officer").get(reverse("directory:person_list"), {"q": "comisaría"}).content.decode()
    assert "Vela Paz, Rosa" in html and "Comisaria" in html


# --------------------------------------------------------------------------- Spanish order


SPANISH_ORDER = ["Cárdenas", "Cusi", "Nuñez", "Ñaupari", "Oré", "Zapata"]


def test_names_sort_in_spanish_on_every_database(search_backend):
    for surname in ["Zapata", "Ñaupari", "Oré", "Cusi", "Nuñez", "Cárdenas"]:
        PersonFactory(given_names="Ana", surnames=surname)
    listed = sorted_persons(Person.objects.all(), searching=False)
    searched = sorted_persons(person_filter({"q": "ana"}), searching=True)
    assert [p.surnames for p in listed] == SPANISH_ORDER
    assert [p.surnames for p in searched] == SPANISH_ORDER


def test_the_person_list_page_is_in_spanish_order_and_renaming_moves_a_person(client_as):
    for surname in ["Zapata", "Ñaupari", "Cusi", "Nuñez", "Cárdenas"]:
        PersonFactory(given_names="Ana", surnames=surname)
    html = client_as("protocol_officer").get(reverse("directory:person_list")).content.decode()
    positions = [html.index(f"{surname}, Ana") for surname in ["Cárdenas", "Cusi", "Nuñez", "Ñaupari", "Zapata"]]
    assert positions == sorted(positions)
    zapata = Person.objects.get(surnames="Zapata")
    zapata.surnames = "Abanto"
    zapata.save(update_fields=["surnames"])
    assert sorted_persons(Person.objects.all(), searching=False).first().surnames == "Abanto"


# --------------------------------------------------------------------------- change of authorities


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 12, 6), date(2027, 1, 1)),  # after the October election: the coming term
        (date(2026, 3, 1), date(2027, 1, 1)),
        (date(2027, 1, 20), date(2027, 1, 1)),  # registered a few weeks late: the term just begun
        (date(2030, 11, 2), date(2031, 1, 1)),
    ],
)
def test_the_change_of_authorities_defaults_to_1_january_of_the_term(today, expected):
    assert term_start_default(today) == expected


@pytest.fixture
def council(db):
    municipality = EntityFactory(name="Municipalidad Distrital de Prueba", is_own_municipality=True)
    mayor = PositionFactory(entity=municipality, title="Alcalde", office_code="ALCALDE_DISTRITAL", order_in_entity=1)
    regidor = PositionFactory(entity=municipality, title="Regidor", office_code="REGIDOR_DISTRITAL", order_in_entity=2)
    old_mayor = PersonFactory(given_names="Julio", surnames="Salas", sex="M")
    councillor = PersonFactory(given_names="Carmen", surnames="Huamán", sex="F")
    TermFactory(position=mayor, person=old_mayor, starts_on=date(2023, 1, 1))
    TermFactory(position=regidor, person=councillor, starts_on=date(2023, 1, 1))
    return municipality, mayor, regidor, councillor


def test_the_change_picks_someone_from_the_registry_and_shows_the_successors(client_as, council, time_machine):
    time_machine.move_to("2026-12-06 10:00 -05:00", tick=False)
    municipality, mayor, regidor, councillor = council
    client = client_as("protocol_officer")
    url = reverse("directory:authorities_replace", args=[municipality.pk])
    # Given the page after the election: it proposes 1 January 2027 and offers the councillor
    page = client.get(url).content.decode()
    assert 'value="2027-01-01"' in page
    assert f'<option value="{councillor.pk}">Huamán, Carmen</option>' in page
    # When the councillor, elected mayor, is picked from the Registro and a new regidor is typed
    response = client.post(
        url,
        {
            "starts_on": "2027-01-01",
            "source_document": "Credenciales JEE",
            "cargo-TOTAL_FORMS": "2",
            "cargo-INITIAL_FORMS": "2",
            "cargo-0-position_id": mayor.pk,
            "cargo-0-person": councillor.pk,
            "cargo-1-position_id": regidor.pk,
            "cargo-1-given_names": "Luz",
            "cargo-1-surnames": "Quispe",
            "cargo-1-sex": "F",
        },
    )
    assert response.status_code == 302
    # Then no duplicate is created and the successors appear beside today's holders
    assert Person.objects.filter(given_names="Carmen").count() == 1
    assert Term.objects.get(position=mayor, starts_on=date(2027, 1, 1)).person == councillor
    entity_page = client.get(reverse("directory:entity_detail", args=[municipality.pk])).content.decode()
    assert "desde el 01/01/2027: Carmen Huamán" in entity_page and "desde el 01/01/2027: Luz Quispe" in entity_page
    again = client.get(url).content.decode()
    assert again.count('data-testid="successor"') == 2


def test_picking_a_person_and_typing_a_name_in_one_row_is_refused(client_as, council):
    municipality, mayor, _regidor, councillor = council
    response = client_as("protocol_officer").post(
        reverse("directory:authorities_replace", args=[municipality.pk]),
        {
            "starts_on": "2027-01-01",
            "cargo-TOTAL_FORMS": "1",
            "cargo-INITIAL_FORMS": "1",
            "cargo-0-position_id": mayor.pk,
            "cargo-0-person": councillor.pk,
            "cargo-0-given_names": "Otra",
            "cargo-0-surnames": "Persona",
        },
    )
    assert "Elija a alguien del Registro o escriba un nombre nuevo, no ambos." in response.content.decode()
    assert not Term.objects.filter(starts_on=date(2027, 1, 1)).exists()


# --------------------------------------------------------------------------- import preview


def test_the_import_preview_has_a_header_highlights_rejected_rows_and_offers_a_template(
    client_as, django_capture_on_commit_callbacks
):
    client = client_as("protocol_officer")
    content = b"nombres;apellidos;sexo\nAna;Quispe;F\n;Sin Nombre;F\nLuis;Paz;X\n"
    with django_capture_on_commit_callbacks(execute=True):  # the check runs as a job once the upload commits
        queued = client.post(
            reverse("directory:import"), {"kind": "personas", "file": SimpleUploadedFile("p.csv", content)}
        )
    html = client.get(queued.url).content.decode()
    table = html.split('data-testid="preview-table"')[1].split("</table>")[0]
    assert re.search(r"<thead><tr><th scope=\"col\">Fila</th><th scope=\"col\">nombres</th>", table)
    assert table.count('data-testid="rejected-row"') == 2
    assert "Faltan los nombres." in table
    # the template opens in Excel with the columns and an example row that imports cleanly
    sheet = client.get(reverse("directory:import_template", args=["personas", "xlsx"]))
    rows = list(load_workbook(io.BytesIO(sheet.content)).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("nombres", "apellidos") and rows[1][:2] == ("Ana María", "Quispe Huanca")
    csv_template = client.get(reverse("directory:import_template", args=["entidades", "csv"])).content
    assert read_rows("plantilla.csv", csv_template)[0]["nombre"] == "Radio Ejemplo"
    assert client_as("media_analyst").get(
        reverse("directory:import_template", args=["personas", "csv"])
    ).status_code in (
        403,
        404,
    )


# --------------------------------------------------------------------------- gender of cargos


@pytest.mark.parametrize(
    ("title", "feminine"),
    [
        ("Regidor", "Regidora"),
        ("Teniente Alcalde", "Teniente Alcaldesa"),
        ("Director regional de Salud", "Directora regional de Salud"),
        ("Señor Regidor", "Señora Regidora"),
        ("Gerente Municipal", "Gerente Municipal"),
        ("Primer Vicepresidente", "Primera Vicepresidenta"),
    ],
)
def test_a_title_without_its_feminine_form_is_put_in_the_feminine(title, feminine):
    assert feminine_title(title) == feminine


@pytest.mark.django_db
def test_a_regidora_is_called_regidora_everywhere_even_if_only_regidor_was_registered(client_as):
    entity = EntityFactory(name="Municipalidad Distrital de Prueba")
    position = PositionFactory(entity=entity, title="Regidor", title_feminine="", form_of_address="Señor Regidor")
    person = PersonFactory(given_names="Carmen", surnames="Huamán", sex="F")
    TermFactory(position=position, person=person)
    client = client_as("protocol_officer")
    for url in (
        reverse("directory:person_list"),
        reverse("directory:person_detail", args=[person.pk]),
        reverse("directory:entity_detail", args=[entity.pk]),
    ):
        html = client.get(url).content.decode()
        assert "Regidora" in html and ">Regidor<" not in html, url
    assert position.address_for("F") == "Señora Regidora"


@pytest.mark.django_db
def test_a_merge_preview_shows_a_grade_by_name_not_by_code():
    from heraldo.directory.services.duplicates import merge_plan

    survivor = PersonFactory(given_names="Luis", surnames="Fernández Soto")
    duplicate = PersonFactory(
        given_names="Luis", surnames="Fernandez Soto", military_branch="PNP", military_grade="PNP_MAYOR"
    )
    plan = merge_plan(survivor, duplicate)
    assert plan.filled["military_grade"][1] == "Mayor"
    assert plan.filled["military_branch"][1] == "Policía Nacional del Perú"


@pytest.mark.django_db
def test_the_history_of_a_person_names_the_grade_not_its_code(client_as):
    person = PersonFactory(given_names="Luis", surnames="Fernández Soto", sex="M")
    client = client_as("head_of_unit")
    client.post(
        reverse("directory:person_update", args=[person.pk]),
        {
            "given_names": "Luis",
            "surnames": "Fernández Soto",
            "sex": "M",
            "military_branch": "PNP",
            "military_grade": "PNP_MAYOR",
            "is_active": "on",
        },
    )
    html = client.get(reverse("directory:person_detail", args=[person.pk])).content.decode()
    assert "PNP_MAYOR" not in html and "Policía Nacional del Perú" in html
