"""Where an attendee stands: the encargado's full rank (PR-03) and representatives (PR-04)."""

import pytest

from heraldo.ceremonial.precedence import (
    ProtocolOptions,
    RepresentationMode,
    Sex,
    Status,
)
from heraldo.ceremonial.tests.precedence.cast import (
    OTHER_REGION,
    governor,
    mayor,
    plan_for,
    provincial_mayor,
    regidor,
    representation_cast,
    representing,
    seat_ids,
    speech_ids,
    traced,
)

# ----------------------------------------------------------------------------- PR-03


def test_pr03_an_encargado_has_the_full_rank_of_the_office():
    # given the Teniente Alcalde formally in charge of the Alcaldía
    encargado = mayor("alcalde_e", status=Status.ENCARGADO, sex=Sex.FEMALE)

    plan = plan_for([regidor(2), encargado, provincial_mayor()])

    # then she ranks and presides as the mayor, titled as interim
    assert plan.precedence == ("alc_prov", "alcalde_e", "r2")
    assert plan.presider_id == "alcalde_e"
    assert plan.head_table[1].title == "Alcaldesa Distrital (e)"
    assert traced(plan, "PR-03", "alcalde_e")


def test_pr03_sex_does_not_change_precedence():
    # given two regidores whose only difference is sex
    men = [mayor(), regidor(2, sex=Sex.MALE), regidor(3, sex=Sex.FEMALE)]
    women = [mayor(), regidor(2, sex=Sex.FEMALE), regidor(3, sex=Sex.MALE)]

    # then the list order alone decides, and only the titles change
    assert plan_for(men).precedence == plan_for(women).precedence == ("alcalde", "r2", "r3")
    assert [s.title for s in plan_for(women).head_table] == [
        "Regidora Distrital",
        "Alcalde Distrital",
        "Regidor Distrital",
    ]


# ----------------------------------------------------------------------------- PR-04


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        (
            RepresentationMode.OWN_RANK,
            ("gob_otro", "vicegob", "alc_prov", "consejero", "alcalde"),
        ),
        (
            RepresentationMode.END_OF_REPRESENTED_LEVEL,
            ("gob_otro", "consejero", "vicegob", "alc_prov", "alcalde"),
        ),
        (
            RepresentationMode.REPRESENTED_RANK,
            ("consejero", "gob_otro", "vicegob", "alc_prov", "alcalde"),
        ),
    ],
)
def test_pr04_representation_modes(mode, expected):
    plan = plan_for(representation_cast(), representation_mode=mode)

    assert plan.precedence == expected
    assert traced(plan, "PR-04", "consejero")


def test_pr04_at_the_represented_rank_the_represented_jurisdiction_counts():
    # given, at the represented rank, a delegate of another region's governor and
    # the governor of a third region: both outside their jurisdiction (PR-05)
    delegate = representing(
        "delegado",
        "GERENTE_REGIONAL",
        "GOBERNADOR_REGIONAL",
        "GORE-06",
        entity="GORE-06",
        jurisdiction=OTHER_REGION,
        represented_jurisdiction=OTHER_REGION,
    )
    third = governor("gob_tercero", entity="GORE-07", jurisdiction="07")

    plan = plan_for(
        [delegate, third, mayor()],
        representation_mode=RepresentationMode.REPRESENTED_RANK,
    )

    # then neither gains from the venue, and the holder goes first
    assert plan.precedence == ("gob_tercero", "delegado", "alcalde")
    assert traced(plan, "PR-04", "gob_tercero", "delegado")


def test_pr04_own_rank_is_the_default_mode():
    assert ProtocolOptions().representation_mode is RepresentationMode.OWN_RANK


def test_pr04_a_representative_is_titled_by_his_office_and_whom_he_represents():
    plan = plan_for(representation_cast(), head_table_size=None)

    titles = {row.attendee_id: row.title for row in plan.front_rows}
    assert titles["consejero"] == "Consejero Regional, en representación del Gobernador Regional"


def test_pr04_the_presidents_representative_presides_and_closes():
    # given a minister representing the President at a district act
    envoy = representing("enviado", "MINISTRO_DEFENSA", "PRESIDENTE_REPUBLICA", "PCM", entity="MINDEF")

    plan = plan_for([mayor(), envoy, governor()], head_table_size=3)

    # then he presides, the host at his right, and closes the act
    assert plan.presider_id == "enviado"
    assert plan.presidency_rule == "PR-08"
    assert seat_ids(plan) == ("alcalde", "enviado", "gob_reg")
    assert speech_ids(plan) == ("alcalde", "enviado")
    assert traced(plan, "SP-06", "enviado")
    # and the Marcha de Banderas stays for the President himself (SY-05)
    assert plan.marcha_de_banderas_for is None
