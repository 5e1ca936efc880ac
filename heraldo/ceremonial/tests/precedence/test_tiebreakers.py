"""The sort key's groups: the level's internal order (PR-02), jurisdiction (PR-05) and the
tiebreaks of PR-06."""

from datetime import date

import pytest

from heraldo.ceremonial.precedence import (
    Branch,
)
from heraldo.ceremonial.tests.precedence.cast import (
    DISTRICT,
    NEIGHBOUR_DISTRICT,
    OTHER_PROVINCE,
    OTHER_REGION,
    PROVINCE,
    REGION,
    mayor,
    minister,
    person,
    plan_for,
    provincial_mayor,
    regidor,
    traced,
)

# ----------------------------------------------------------------------------- PR-02


def test_pr02_ministers_follow_the_official_ministry_order():
    # given a Minister of Health who, by every personal tiebreak, would go first
    health = minister(
        "SALUD",
        sort_name="Aguirre",
        date_assumed_office=date(2024, 1, 1),
        birth_date=date(1950, 1, 1),
    )
    education = minister(
        "EDUCACION",
        sort_name="Zapata",
        date_assumed_office=date(2026, 1, 1),
        birth_date=date(1980, 1, 1),
    )
    interior = minister("INTERIOR", sort_name="Zúñiga")

    # when they are ranked
    plan = plan_for([health, education, interior, mayor()])

    # then the ministry order decides: Interior, Educación, Salud
    assert plan.precedence[:3] == ("min_interior", "min_educacion", "min_salud")
    assert traced(plan, "PR-02", "min_educacion", "min_salud")


# ----------------------------------------------------------------------------- PR-05


def test_pr05_a_territorial_authority_outside_his_jurisdiction_yields_in_his_level():
    # given the host province's mayor and a larger, older province's mayor
    own = provincial_mayor("alc_prov", jurisdiction_population=20_000)
    visitor = provincial_mayor(
        "alc_visitante",
        entity="MP-0502",
        jurisdiction=OTHER_PROVINCE,
        jurisdiction_population=900_000,
        jurisdiction_created=date(1821, 1, 1),
    )

    plan = plan_for([mayor(), visitor, own])

    # then the mayor in his own jurisdiction goes first, and it is traced
    assert plan.precedence[:2] == ("alc_prov", "alc_visitante")
    assert traced(plan, "PR-05", "alc_prov", "alc_visitante")


def test_pr05_a_neighbour_teniente_alcalde_follows_the_host_regidores():
    neighbour = person(
        "ta_vecino",
        "TENIENTE_ALCALDE_DISTRITAL",
        entity="MD-050106",
        jurisdiction=NEIGHBOUR_DISTRICT,
        list_order=1,
    )

    plan = plan_for([mayor(), regidor(3), neighbour])

    assert plan.precedence == ("alcalde", "r3", "ta_vecino")


def test_pr05_a_territorial_authority_without_jurisdiction_is_warned():
    plan = plan_for([mayor(), person("prefecto", "PREFECTO_REGIONAL")])

    assert "precedence.jurisdiction_missing" in plan.warning_codes


# ----------------------------------------------------------------------------- PR-06


def test_pr06_1_a_non_territorial_office_seated_in_the_venue_goes_first():
    # given two public-university rectors, one seated in the host province
    local = person("rector_local", "RECTOR_UNIVERSIDAD_PUBLICA", jurisdiction=PROVINCE)
    visitor = person(
        "rector_visita",
        "RECTOR_UNIVERSIDAD_PUBLICA",
        jurisdiction=OTHER_REGION,
        date_assumed_office=date(2010, 1, 1),
    )

    plan = plan_for([mayor(), visitor, local])

    assert plan.precedence[:2] == ("rector_local", "rector_visita")
    assert traced(plan, "PR-06.1", "rector_local", "rector_visita")


def test_pr06_2_regidores_follow_the_proclamation_order():
    # given regidor 5 who assumed office earlier and is older than regidor 2
    r5 = regidor(5, date_assumed_office=date(2020, 1, 1), birth_date=date(1950, 1, 1))

    plan = plan_for([r5, regidor(4), regidor(2), mayor()])

    assert plan.precedence == ("alcalde", "r2", "r4", "r5")
    assert traced(plan, "PR-06.2", "r4", "r5")


def test_pr06_2_a_regidor_without_list_order_goes_after_his_peers_with_a_warning():
    plan = plan_for([mayor(), regidor(3, list_order=None), regidor(4)])

    assert plan.precedence == ("alcalde", "r4", "r3")
    assert "precedence.class_data_missing" in plan.warning_codes


def _chief(id, office, branch, grade, since):
    return person(
        id,
        office,
        jurisdiction=REGION,
        military_branch=branch,
        military_grade=grade,
        date_of_grade=since,
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a higher grade first, whatever the branch
        (
            _chief("pnp_general", "JEFE_REGION_POLICIAL", Branch.PNP, 9, date(2025, 1, 1)),
            _chief("coronel", "COMANDANTE_FFAA_REGION", Branch.EJERCITO, 8, date(2010, 1, 1)),
        ),
        # equal grade: FF.AA. before PNP, even with less seniority
        (
            _chief("marina", "COMANDANTE_FFAA_REGION", Branch.MARINA, 9, date(2025, 1, 1)),
            _chief("pnp", "JEFE_REGION_POLICIAL", Branch.PNP, 9, date(2015, 1, 1)),
        ),
        # equal grade: Ejército, Marina, Fuerza Aérea
        (
            _chief("ejercito", "COMANDANTE_FFAA_REGION", Branch.EJERCITO, 9, date(2025, 1, 1)),
            _chief("fap", "COMANDANTE_FFAA_REGION", Branch.FUERZA_AEREA, 9, date(2015, 1, 1)),
        ),
        # same grade and branch: seniority in the grade
        (
            _chief("antiguo", "JEFE_REGION_POLICIAL", Branch.PNP, 9, date(2019, 1, 1)),
            _chief("nuevo", "JEFE_REGION_POLICIAL", Branch.PNP, 9, date(2023, 1, 1)),
        ),
    ],
    ids=["grade", "ffaa-before-pnp", "branch-order", "seniority"],
)
def test_pr06_2_armed_forces_and_police_by_grade_branch_and_seniority(first, second):
    plan = plan_for([mayor(), second, first])

    assert plan.precedence[:2] == (first.id, second.id)


def test_pr06_2_congress_members_mesa_directiva_then_the_host_region():
    # given three congress members; only one sits on the Mesa Directiva
    mesa = person("mesa", "CONGRESISTA", jurisdiction=OTHER_REGION, mesa_directiva=True)
    local = person("local", "CONGRESISTA", jurisdiction=REGION)
    other = person("otro", "CONGRESISTA", jurisdiction=OTHER_REGION, sort_name="Abad")

    plan = plan_for([mayor(), other, local, mesa])

    assert plan.precedence[:3] == ("mesa", "local", "otro")


def test_pr06_2_mayors_of_one_level_by_population_then_age_of_the_district():
    # given three neighbouring district mayors, all outside their jurisdiction
    def district_mayor(id, population, created):
        return person(
            id,
            "ALCALDE_DISTRITAL",
            entity=f"MD-{id}",
            jurisdiction=NEIGHBOUR_DISTRICT,
            jurisdiction_population=population,
            jurisdiction_created=created,
        )

    plan = plan_for(
        [
            mayor(),
            district_mayor("joven", 50_000, date(1990, 1, 1)),
            district_mayor("antiguo", 50_000, date(1857, 1, 1)),
            district_mayor("grande", 80_000, date(2000, 1, 1)),
        ]
    )

    assert plan.precedence == ("alcalde", "grande", "antiguo", "joven")


def test_pr06_3_and_4_earlier_office_then_older_age():
    # given three fiscales of the same level and jurisdiction
    def fiscal(id, assumed, born):
        return person(
            id,
            "FISCAL_PROVINCIAL",
            jurisdiction=PROVINCE,
            date_assumed_office=assumed,
            birth_date=born,
        )

    plan = plan_for(
        [
            mayor(),
            fiscal("reciente", date(2024, 1, 1), date(1950, 1, 1)),
            fiscal("joven", date(2020, 1, 1), date(1985, 1, 1)),
            fiscal("mayor_edad", date(2020, 1, 1), date(1960, 1, 1)),
        ]
    )

    assert plan.precedence == ("alcalde", "mayor_edad", "joven", "reciente")
    assert traced(plan, "PR-06.4", "mayor_edad", "joven")
    assert traced(plan, "PR-06.3", "joven", "reciente")


def test_pr06_5_surnames_in_spanish_alphabetical_order():
    # given jueces de paz letrados equal in everything but the surname
    surnames = ["Peral", "Peña", "Penagos", "Azcona", "Ávila"]
    judges = [
        person(f"j{i}", "JUEZ_PAZ_LETRADO", jurisdiction=DISTRICT, sort_name=name) for i, name in enumerate(surnames)
    ]

    plan = plan_for([mayor(), *judges])

    # then accents are ignored and ñ sorts after n
    by_id = {j.id: j.sort_name for j in judges}
    assert [by_id[i] for i in plan.precedence[1:]] == [
        "Ávila",
        "Azcona",
        "Penagos",
        "Peña",
        "Peral",
    ]
    assert "PR-06.5" in plan.rule_codes
