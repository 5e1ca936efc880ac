"""The cargo vocabulary is the Registro's; the engine's table P and the versioned table in
force are what the Registro's cargo form offers."""

from datetime import date

import pytest
import time_machine

from heraldo.ceremonial.models import PrecedenceTableRow
from heraldo.ceremonial.precedence.provisional_table import PROVISIONAL_TABLE_ROWS
from heraldo.ceremonial.protocol import table_on
from heraldo.directory.forms import PositionForm
from heraldo.directory.office_codes import OFFICES, office


def offered_codes() -> dict[str, str]:
    return {code: label for code, label in PositionForm().fields["office_code"].choices if code}


def test_table_p_names_every_office_of_the_vocabulary_with_its_labels():
    assert [row["office_code"] for row in PROVISIONAL_TABLE_ROWS] == [o.code for o in OFFICES]
    for row in PROVISIONAL_TABLE_ROWS:
        labels = office(row["office_code"])
        assert row["label"] == labels.label
        assert row["label_feminine"] == (labels.label_feminine or labels.label)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("day", "in_force", "closed"),
    [(date(2026, 7, 1), "CONGRESISTA", "SENADOR"), (date(2026, 9, 1), "SENADOR", "CONGRESISTA")],
)
def test_the_cargo_form_offers_the_codes_the_engine_reads_that_day(day, in_force, closed):
    # given the table seeded by the migrations, with the bicameral Congress from 28/07/2026
    with time_machine.travel(day):
        # when a cargo is created in the Registro
        offered = offered_codes()

    # then it offers exactly the offices of the engine's table on that day
    assert set(offered) == {row.office_code for row in table_on(day).rows_on(day)}
    assert in_force in offered and closed not in offered


@pytest.mark.django_db
def test_an_office_the_head_of_unit_adds_or_renames_reaches_the_registro():
    # given a new office and a new label versioned into the table
    PrecedenceTableRow.objects.create(
        office_code="DEFENSOR_VECINAL", rank=24, label="Defensor vecinal", legal_source="Ordenanza 1-2026"
    )
    PrecedenceTableRow.objects.filter(office_code="GERENTE_MUNICIPAL").update(label="Gerente General Municipal")

    # then the cargo form offers them as the table names them (by name only, never by code)
    offered = offered_codes()
    assert offered["DEFENSOR_VECINAL"] == "Defensor vecinal"
    assert offered["GERENTE_MUNICIPAL"] == "Gerente General Municipal"
