"""The precedence table: the provisional table P and the rows valid on the event date (PR-01)."""

import dataclasses
from datetime import date

import pytest

from heraldo.ceremonial.precedence import (
    PrecedenceRow,
    Sex,
    precedence_table_from_rows,
)
from heraldo.ceremonial.precedence.provisional_table import PROVISIONAL_TABLE_ROWS
from heraldo.ceremonial.tests.precedence.cast import (
    FRIDAY,
    TABLE,
    governor,
    mayor,
    person,
    plan_for,
    provincial_mayor,
    regidor,
    seat_ids,
)

# --------------------------------------------------------------------- the table P


def test_provisional_rows_are_plain_data_with_every_row_field():
    # the data migration seeds these dicts as they are
    fields = {f.name for f in dataclasses.fields(PrecedenceRow)}
    for row in PROVISIONAL_TABLE_ROWS:
        assert set(row) == fields
        assert isinstance(row["office_class"], str)


def test_provisional_table_has_the_24_levels_of_table_p():
    ranks = {row.rank for row in TABLE.rows}
    assert ranks == set(range(1, 25))


def test_provisional_table_marks_officials_as_not_eligible_for_the_head_table():
    # PL-04: P >= 23 sit at the head table only as speakers or protagonists
    for row in TABLE.rows:
        assert row.head_table_eligible == (row.rank < 23), row.office_code


def test_provisional_table_gives_labels_in_both_grammatical_forms():
    row = TABLE.row_for("MINISTRO_SALUD", FRIDAY)
    assert row.label_for(Sex.MALE) == "Ministro de Salud"
    assert row.label_for(Sex.FEMALE) == "Ministra de Salud"
    assert row.label_for(Sex.UNSPECIFIED) == "Ministro de Salud"


# ----------------------------------------------------------------------------- PR-01


def test_pr01_the_table_passed_in_decides_the_order():
    # given a table that puts provincial mayors above regional governors
    rows = [
        PrecedenceRow("GOBERNADOR_REGIONAL", 2, "Gobernador Regional", "test"),
        PrecedenceRow("ALCALDE_PROVINCIAL", 1, "Alcalde Provincial", "test"),
        PrecedenceRow("ALCALDE_DISTRITAL", 3, "Alcalde Distrital", "test"),
    ]
    attendees = [mayor(), governor(), provincial_mayor()]

    # when the same attendees are ranked with each table
    with_p = plan_for(attendees)
    with_custom = plan_for(attendees, table=precedence_table_from_rows(rows))

    # then each table gives its own order
    assert with_p.precedence == ("gob_reg", "alc_prov", "alcalde")
    assert with_custom.precedence == ("alc_prov", "gob_reg", "alcalde")


@pytest.mark.parametrize(
    ("day", "known", "unknown"),
    [
        (date(2026, 7, 27), "congresista", "senador"),
        (date(2026, 7, 28), "senador", "congresista"),
    ],
)
def test_pr01_rows_are_those_valid_on_the_event_date(day, known, unknown):
    # given a congresista and a senador (bicameral Congress from 28 July 2026)
    attendees = [
        person("congresista", "CONGRESISTA"),
        person("senador", "SENADOR"),
        mayor(),
    ]

    # when the act is on either side of the change
    plan = plan_for(attendees, day=day)

    # then only the office valid that day is ranked; the other goes last, warned
    assert plan.precedence == (known, "alcalde", unknown)
    assert [w.attendee_ids for w in plan.warnings if w.code == "precedence.unknown_office"] == [(unknown,)]


def test_pr01_an_office_missing_from_the_table_stays_off_the_head_table():
    plan = plan_for([mayor(), regidor(2), person("x", "CARGO_INVENTADO")])

    assert seat_ids(plan) == ("alcalde", "r2")
    assert [row.attendee_id for row in plan.front_rows] == ["x"]
    assert "precedence.unknown_office" in plan.warning_codes


def test_pr01_a_table_refuses_two_rows_valid_on_the_same_day():
    rows = [
        PrecedenceRow("SENADOR", 7, "Senador", "a", valid_to=date(2026, 8, 1)),
        PrecedenceRow("SENADOR", 6, "Senador", "b", valid_from=date(2026, 8, 1)),
    ]

    with pytest.raises(ValueError, match="SENADOR"):
        precedence_table_from_rows(rows)


def test_pr01_a_row_refuses_an_inverted_validity():
    with pytest.raises(ValueError, match="valid_from"):
        PrecedenceRow("X", 1, "X", "s", valid_from=date(2026, 2, 1), valid_to=date(2026, 1, 1))
