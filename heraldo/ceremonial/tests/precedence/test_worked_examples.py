"""The worked examples of the domain note, section 4, end to end."""

import dataclasses
from datetime import date

import pytest

from heraldo.ceremonial.placement import EvenTableMode
from heraldo.ceremonial.precedence import (
    EventClass,
    Host,
    Oath,
    Sex,
    Status,
)
from heraldo.ceremonial.tests.precedence.cast import (
    DISTRICT_ACT,
    FRIDAY,
    MP,
    PROVINCE,
    PROVINCIAL_ACT,
    council,
    elected_regidor,
    gerente,
    governor,
    mayor,
    minister,
    person,
    plan_for,
    president,
    provincial_mayor,
    regidor,
    seat_ids,
    speech_ids,
)

# ------------------------------------------------------------- worked examples (4)


@dataclasses.dataclass(frozen=True)
class WorkedExample:
    attendees: list
    options: dict
    presider: str
    seats: tuple
    speeches: tuple
    oaths: tuple = ()
    host: Host = DISTRICT_ACT
    day: date = FRIDAY


def swearing_in(*, regidores, oaths):
    """Worked example 20: the regidores elect sworn in on 1 January; the mayor presides and alone speaks."""
    return WorkedExample(
        attendees=[mayor(), *(elected_regidor(n) for n in regidores)],
        options={"event_class": EventClass.JURAMENTACION, "head_table_size": None},
        day=date(2027, 1, 1),
        presider="alcalde",
        seats=(),
        speeches=("alcalde",),
        oaths=oaths,
    )


WORKED_EXAMPLES = {
    "1-sesion-solemne": WorkedExample(
        attendees=[mayor(), *council(1, 2, 3, 4, 5), gerente()],
        options={"event_class": EventClass.SESION_SOLEMNE, "head_table_size": 5},
        presider="alcalde",
        seats=("r3", "r1", "alcalde", "r2", "r4"),
        speeches=("ORATION", "alcalde"),
    ),
    "2-president-attends": WorkedExample(
        attendees=[
            president(),
            minister("VIVIENDA"),
            governor(),
            provincial_mayor(),
            mayor(),
        ],
        options={
            "head_table_size": 5,
            "speakers": ("alc_prov", "gob_reg", "min_vivienda"),
        },
        presider="presidente",
        seats=("gob_reg", "alcalde", "presidente", "min_vivienda", "alc_prov"),
        speeches=("alcalde", "alc_prov", "gob_reg", "min_vivienda", "presidente"),
    ),
    "7-alcalde-encargado": WorkedExample(
        attendees=[
            mayor("alcalde_e", status=Status.ENCARGADO),
            regidor(2),
            provincial_mayor(),
        ],
        options={"head_table_size": 3, "speakers": ("alc_prov",)},
        presider="alcalde_e",
        seats=("alc_prov", "alcalde_e", "r2"),
        speeches=("alc_prov", "alcalde_e"),
    ),
    "9-even-shared-centre": WorkedExample(
        attendees=[mayor(), *council(1, 2, 3, 4, 5)],
        options={"head_table_size": 6},
        presider="alcalde",
        seats=("r4", "r2", "alcalde", "r1", "r3", "r5"),
        speeches=("alcalde",),
    ),
    "9-even-truncated-odd": WorkedExample(
        attendees=[mayor(), *council(1, 2, 3, 4, 5)],
        options={"head_table_size": 6, "even_table_mode": EvenTableMode.TRUNCATED_ODD},
        presider="alcalde",
        seats=("r5", "r3", "r1", "alcalde", "r2", "r4"),
        speeches=("alcalde",),
    ),
    "11-two-ministers": WorkedExample(
        attendees=[
            provincial_mayor("alcalde_p"),
            minister("SALUD", sex=Sex.FEMALE),
            minister("EDUCACION"),
            governor(),
            person(
                "ta_prov",
                "TENIENTE_ALCALDE_PROVINCIAL",
                entity=MP.entity,
                jurisdiction=PROVINCE,
                list_order=1,
            ),
        ],
        options={
            "head_table_size": 5,
            "speakers": ("gob_reg", "min_salud", "min_educacion"),
        },
        host=PROVINCIAL_ACT,
        presider="alcalde_p",
        seats=("gob_reg", "min_educacion", "alcalde_p", "min_salud", "ta_prov"),
        speeches=("gob_reg", "min_salud", "min_educacion", "alcalde_p"),
    ),
    "20-juramentacion": swearing_in(
        regidores=range(1, 6),
        oaths=(Oath("alcalde", "r1"), *(Oath(f"r{n}", "alcalde") for n in range(1, 6))),
    ),
    "20-juramentacion-r1-absent": swearing_in(
        regidores=range(2, 4),
        oaths=(Oath("alcalde", "r2"), Oath("r2", "alcalde"), Oath("r3", "alcalde")),
    ),
}


@pytest.mark.parametrize("example", WORKED_EXAMPLES.values(), ids=list(WORKED_EXAMPLES))
def test_worked_example(example):
    # given the attendees and choices of a worked example of the domain note
    # when the plan is computed
    plan = plan_for(example.attendees, host=example.host, day=example.day, **example.options)

    # then presider, seats (audience left to right), speeches and oaths match it
    assert plan.presider_id == example.presider
    assert seat_ids(plan) == example.seats
    assert speech_ids(plan) == example.speeches
    assert plan.oaths == example.oaths


def test_worked_example_1_sends_the_fifth_regidor_and_the_gerente_to_the_front_row():
    example = WORKED_EXAMPLES["1-sesion-solemne"]

    plan = plan_for(example.attendees, **example.options)

    assert [row.attendee_id for row in plan.front_rows] == ["r5", "gerente"]
