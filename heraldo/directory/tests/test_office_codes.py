"""The cargo vocabulary the Registro owns, and the codes its cargo form offers."""

import ast
from datetime import date
from pathlib import Path

import pytest

from heraldo.directory import office_codes
from heraldo.directory.office_codes import OFFICES, Office, office_code_choices

DIRECTORY = Path(office_codes.__file__).parent
DAY = date(2026, 12, 6)


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
    return modules


def test_the_registro_imports_nothing_from_the_agenda():
    crossing = {
        f"{path.relative_to(DIRECTORY)}: {module}"
        for path in DIRECTORY.rglob("*.py")
        for module in imported_modules(path)
        if module == "heraldo.ceremonial" or module.startswith("heraldo.ceremonial.")
    }

    assert crossing == set()


@pytest.fixture
def table_in_force(monkeypatch):
    """Stands in for the precedence table Agenda y Protocolo registers, offices given by code."""

    def use(*offices):
        monkeypatch.setattr(office_codes, "_table_in_force", lambda day: offices)

    return use


def test_without_a_table_in_force_the_form_offers_the_vocabulary(table_in_force):
    table_in_force()

    codes = [code for code, _label in office_code_choices(day=DAY)]

    assert sorted(codes) == sorted(o.code for o in OFFICES)
    # people read the office's name, never its code
    assert ("ALCALDE_DISTRITAL", "Alcalde Distrital") in office_code_choices(day=DAY)


def test_the_table_in_force_decides_the_codes_and_their_labels(table_in_force):
    table_in_force(Office("ALCALDE_DISTRITAL", "Alcalde del Distrito"), Office("DEFENSOR_VECINAL", "Defensor vecinal"))

    assert office_code_choices(day=DAY) == [
        ("ALCALDE_DISTRITAL", "Alcalde del Distrito"),
        ("DEFENSOR_VECINAL", "Defensor vecinal"),
    ]


@pytest.mark.parametrize(
    ("kept", "label"),
    [("CONGRESISTA", "Congresista de la República"), ("DEFENSOR_VECINAL_NORTE", "Defensor vecinal norte")],
)
def test_a_cargo_keeps_its_code_when_the_table_no_longer_has_it(table_in_force, kept, label):
    table_in_force(Office("SENADOR", "Senador de la República"))

    choices = office_code_choices(day=DAY, keep=kept)

    assert (kept, label) in choices
    assert (kept, label) not in office_code_choices(day=DAY)
