"""The precedence engine, rule by rule (domain note section 3) and against the
worked examples of section 4.

The cast: the host is the district municipality of San Isidro del Valle
(ubigeo 050105), in the province 0501 of the region 05. Its mayor, Teniente
Alcalde and regidores, the provincial mayor, the regional governor, ministers and
the President of the Republic attend in various combinations.
"""

import dataclasses
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heraldo.ceremonial.placement import EvenTableMode, Side
from heraldo.ceremonial.precedence import (
    PROVISIONAL_TABLE_ROWS,
    AnthemMoment,
    Attendee,
    Branch,
    Emblem,
    EventClass,
    Formation,
    Host,
    Oath,
    OfficeClass,
    Organiser,
    PrecedenceRow,
    ProtocolOptions,
    Representation,
    RepresentationMode,
    Sex,
    SpeechKind,
    SpeechSlot,
    Status,
    compute_protocol,
    precedence_table_from_rows,
)

TABLE = precedence_table_from_rows(PROVISIONAL_TABLE_ROWS)
FRIDAY = date(2026, 5, 15)
SUNDAY = date(2026, 5, 17)
MONDAY = date(2026, 5, 18)

REGION, PROVINCE, DISTRICT = "05", "0501", "050105"
NEIGHBOUR_DISTRICT, OTHER_PROVINCE, OTHER_REGION = "050106", "0502", "06"
MD = Organiser(entity="MD-050105", head_office="ALCALDE_DISTRITAL")
MP = Organiser(entity="MP-0501", head_office="ALCALDE_PROVINCIAL")
GORE = "GORE-05"
DISTRICT_ACT = Host(organiser=MD, venue_ubigeo=DISTRICT)
PROVINCIAL_ACT = Host(organiser=MP, venue_ubigeo=DISTRICT)


# ------------------------------------------------------------------------- personas


def person(id, office_code, **fields):
    return Attendee(id=id, display_name=id, office_code=office_code, **fields)


def mayor(id="alcalde", **fields):
    fields = {"entity": MD.entity, "jurisdiction": DISTRICT, **fields}
    return person(id, "ALCALDE_DISTRITAL", **fields)


def regidor(n, **fields):
    """Regidor n of the host council, n being the order in the JEE proclamation."""
    office = "TENIENTE_ALCALDE_DISTRITAL" if n == 1 else "REGIDOR_DISTRITAL"
    fields = {"entity": MD.entity, "jurisdiction": DISTRICT, "list_order": n, **fields}
    return person(f"r{n}", office, **fields)


def council(*numbers):
    return [regidor(n) for n in numbers]


def gerente():
    return person("gerente", "GERENTE_MUNICIPAL", entity=MD.entity, jurisdiction=DISTRICT)


def provincial_mayor(id="alc_prov", **fields):
    fields = {"entity": MP.entity, "jurisdiction": PROVINCE, **fields}
    return person(id, "ALCALDE_PROVINCIAL", **fields)


def governor(id="gob_reg", **fields):
    fields = {"entity": GORE, "jurisdiction": REGION, **fields}
    return person(id, "GOBERNADOR_REGIONAL", **fields)


def minister(ministry, id=None, **fields):
    return person(id or f"min_{ministry.lower()}", f"MINISTRO_{ministry}", **fields)


def president(**fields):
    return person("presidente", "PRESIDENTE_REPUBLICA", entity="PCM", **fields)


def subprefect():
    return person("subprefecto", "SUBPREFECTO_DISTRITAL", jurisdiction=DISTRICT)


def representing(id, office_code, represented_office, represented_entity, **fields):
    represents = Representation(
        office_code=represented_office,
        entity=represented_entity,
        jurisdiction=fields.pop("represented_jurisdiction", None),
    )
    return person(
        id,
        office_code,
        status=Status.REPRESENTANTE,
        represents=represents,
        **fields,
    )


def plan_for(attendees, *, host=DISTRICT_ACT, day=FRIDAY, table=TABLE, **options):
    return compute_protocol(
        attendees=attendees,
        host=host,
        event_date=day,
        table=table,
        options=ProtocolOptions(**options),
    )


def seat_ids(plan):
    return tuple(seat.attendee_id for seat in plan.head_table)


def speech_ids(plan):
    """Speakers in order; a slot still to be designated shows its kind."""
    return tuple(slot.attendee_id or slot.kind.value for slot in plan.speeches)


def order_of(plan, attendee_id):
    return next(seat.order for seat in plan.head_table if seat.attendee_id == attendee_id)


def traced(plan, rule, *attendee_ids):
    """Whether a rule was traced for exactly these attendees, in this order."""
    return any(a.rule == rule and a.attendee_ids == attendee_ids for a in plan.applied)


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
    "20-juramentacion": WorkedExample(
        attendees=[
            mayor(),
            *(
                person(
                    f"r{n}",
                    "REGIDOR_DISTRITAL",
                    entity=MD.entity,
                    jurisdiction=DISTRICT,
                    list_order=n,
                )
                for n in range(1, 6)
            ),
        ],
        options={"event_class": EventClass.JURAMENTACION, "head_table_size": None},
        day=date(2027, 1, 1),
        presider="alcalde",
        seats=(),
        speeches=("alcalde",),
        oaths=(
            Oath("alcalde", "r1"),
            *(Oath(f"r{n}", "alcalde") for n in range(1, 6)),
        ),
    ),
    "20-juramentacion-r1-absent": WorkedExample(
        attendees=[
            mayor(),
            *(
                person(
                    f"r{n}",
                    "REGIDOR_DISTRITAL",
                    entity=MD.entity,
                    jurisdiction=DISTRICT,
                    list_order=n,
                )
                for n in range(2, 4)
            ),
        ],
        options={"event_class": EventClass.JURAMENTACION, "head_table_size": None},
        day=date(2027, 1, 1),
        presider="alcalde",
        seats=(),
        speeches=("alcalde",),
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


def _representation_cast():
    """A consejero regional standing in for the own region's governor, the governor
    of another region (level 8, outside his jurisdiction), the vice-governor and the
    provincial mayor."""
    return [
        representing(
            "consejero",
            "CONSEJERO_REGIONAL",
            "GOBERNADOR_REGIONAL",
            GORE,
            entity=GORE,
            jurisdiction=REGION,
            represented_jurisdiction=REGION,
        ),
        governor("gob_otro", entity="GORE-06", jurisdiction=OTHER_REGION),
        person("vicegob", "VICEGOBERNADOR_REGIONAL", entity=GORE, jurisdiction=REGION),
        provincial_mayor(),
        mayor(),
    ]


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
    plan = plan_for(_representation_cast(), representation_mode=mode)

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
    plan = plan_for(_representation_cast(), head_table_size=None)

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
            _chief(
                "coronel",
                "COMANDANTE_FFAA_REGION",
                Branch.EJERCITO,
                8,
                date(2010, 1, 1),
            ),
        ),
        # equal grade: FF.AA. before PNP, even with less seniority
        (
            _chief("marina", "COMANDANTE_FFAA_REGION", Branch.MARINA, 9, date(2025, 1, 1)),
            _chief("pnp", "JEFE_REGION_POLICIAL", Branch.PNP, 9, date(2015, 1, 1)),
        ),
        # equal grade: Ejército, Marina, Fuerza Aérea
        (
            _chief(
                "ejercito",
                "COMANDANTE_FFAA_REGION",
                Branch.EJERCITO,
                9,
                date(2025, 1, 1),
            ),
            _chief(
                "fap",
                "COMANDANTE_FFAA_REGION",
                Branch.FUERZA_AEREA,
                9,
                date(2015, 1, 1),
            ),
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


# ----------------------------------------------------------------------------- PR-07


def test_pr07_the_host_presides_and_a_cession_is_only_suggested():
    # given guests who outrank the district mayor
    plan = plan_for([mayor(), governor(), provincial_mayor(), regidor(2)])

    # then the mayor still presides, and the engine suggests a courtesy cession
    assert plan.presider_id == "alcalde"
    assert plan.presidency_rule == "PR-07"
    [suggestion] = [w for w in plan.warnings if w.code == "presidency.cession_suggested"]
    assert suggestion.rule == "PR-09"
    assert suggestion.attendee_ids == ("gob_reg", "alc_prov")


def test_pr07_no_cession_is_suggested_when_no_guest_outranks_the_host():
    plan = plan_for([mayor(), regidor(2), subprefect()])

    assert "presidency.cession_suggested" not in plan.warning_codes


def test_pr07_without_host_the_highest_ranked_attendee_presides_with_a_warning():
    plan = plan_for([regidor(2), provincial_mayor()])

    assert plan.presider_id == "alc_prov"
    assert "presidency.host_absent" in plan.warning_codes


# ----------------------------------------------------------------------------- PR-08


def test_pr08_the_president_presides_and_the_host_takes_his_right():
    plan = plan_for([governor(), mayor(), president(), minister("DEFENSA")], head_table_size=3)

    assert plan.presider_id == "presidente"
    assert plan.presidency_rule == "PR-08"
    host_seat = next(s for s in plan.head_table if s.attendee_id == "alcalde")
    assert (host_seat.order, host_seat.offset) == (2, -1)


def test_pr08_a_courtesy_cession_is_ignored_when_the_president_attends():
    plan = plan_for([mayor(), president(), governor()], courtesy_cession_to="gob_reg")

    assert plan.presider_id == "presidente"
    assert "presidency.cession_ignored" in plan.warning_codes


# ----------------------------------------------------------------------------- PR-09


@pytest.mark.parametrize(
    ("position", "expected_seats"),
    [
        (2, ("alcalde", "gob_reg", "alc_prov")),
        (3, ("alc_prov", "gob_reg", "alcalde")),
    ],
)
def test_pr09_courtesy_cession_puts_the_host_at_the_configured_place(position, expected_seats):
    # given the mayor cedes the presidency to the governor
    plan = plan_for(
        [mayor(), governor(), provincial_mayor(), regidor(2)],
        head_table_size=3,
        courtesy_cession_to="gob_reg",
        courtesy_host_position=position,
    )

    # then the governor presides and the host sits at order 2 (right) or 3 (left)
    assert plan.presider_id == "gob_reg"
    assert plan.presidency_rule == "PR-09"
    assert seat_ids(plan) == expected_seats
    assert order_of(plan, "alcalde") == position


def test_pr09_default_courtesy_host_position_is_2():
    assert ProtocolOptions().courtesy_host_position == 2


@pytest.mark.parametrize("target", ["r2", "alcalde"])
def test_pr09_the_presidency_is_only_ceded_to_a_higher_ranked_guest(target):
    plan = plan_for([mayor(), regidor(2)], courtesy_cession_to=target)

    assert plan.presider_id == "alcalde"
    assert "presidency.cession_refused" in plan.warning_codes


@pytest.mark.parametrize("position", [1, 4])
def test_pr09_courtesy_host_position_is_2_or_3(position):
    with pytest.raises(ValueError, match="courtesy_host_position"):
        ProtocolOptions(courtesy_host_position=position)


# ----------------------------------------------------------------------------- PR-10


def test_pr10_a_representing_regidora_presides_but_raises_flags_by_her_own_rank():
    # given the Querecotillo case: the mayor absent, a regidora representing him,
    # the district subprefect attending a Sunday flag raising
    regidora = representing(
        "regidora",
        "REGIDOR_DISTRITAL",
        "ALCALDE_DISTRITAL",
        MD.entity,
        entity=MD.entity,
        jurisdiction=DISTRICT,
        list_order=3,
        sex=Sex.FEMALE,
    )

    plan = plan_for(
        [regidora, subprefect(), regidor(4)],
        day=SUNDAY,
        event_class=EventClass.IZAMIENTO,
        head_table_size=3,
        flags=(Emblem.NATIONAL, Emblem.MUNICIPAL),
    )

    # then she presides the municipal act
    assert plan.presider_id == "regidora"
    assert plan.presidency_rule == "PR-10"
    # the subprefect, who outranks her own office, raises the Pabellón Nacional
    # and she the district flag
    bearers = {a.emblem: a.attendee_id for a in plan.flag_raising}
    assert bearers == {Emblem.NATIONAL: "subprefecto", Emblem.MUNICIPAL: "regidora"}
    # and the engine hints at a courtesy cession
    [hint] = [w for w in plan.warnings if w.code == "presidency.cession_suggested"]
    assert (hint.rule, hint.attendee_ids) == ("PR-10", ("subprefecto",))


@pytest.mark.parametrize("mode", RepresentationMode)
def test_pr10_the_cession_hint_weighs_the_representative_by_his_own_office(mode):
    # given a regidor representing the mayor and a district subprefect (P19), who
    # outranks a regidor (P20) but not a mayor (P17)
    regidor_rep = representing(
        "regidor_rep",
        "REGIDOR_DISTRITAL",
        "ALCALDE_DISTRITAL",
        MD.entity,
        entity=MD.entity,
        jurisdiction=DISTRICT,
        represented_jurisdiction=DISTRICT,
        list_order=2,
    )

    # when the representation mode varies
    plan = plan_for([regidor_rep, subprefect()], representation_mode=mode)

    # then the hint always weighs his own office
    assert plan.presider_id == "regidor_rep"
    [hint] = [w for w in plan.warnings if w.code == "presidency.cession_suggested"]
    assert hint.attendee_ids == ("subprefecto",)


def test_pr10_the_host_himself_presides_over_his_representative():
    # given the mayor attends although a regidor was named to represent him
    regidor_rep = representing(
        "regidor_rep",
        "REGIDOR_DISTRITAL",
        "ALCALDE_DISTRITAL",
        MD.entity,
        entity=MD.entity,
        jurisdiction=DISTRICT,
        list_order=2,
    )

    plan = plan_for([regidor_rep, mayor()], representation_mode=RepresentationMode.REPRESENTED_RANK)

    # then the mayor presides, and a holder precedes a representative at his rank
    assert plan.presider_id == "alcalde"
    assert plan.presidency_rule == "PR-07"
    assert plan.precedence == ("alcalde", "regidor_rep")
    assert traced(plan, "PR-04", "alcalde", "regidor_rep")


# ----------------------------------------------------------------------------- PR-11


def test_pr11_co_organised_act_shares_the_centre_higher_host_on_the_right():
    # given an act co-organised by the district and the province, even table
    co_organised = Host(organiser=MD, venue_ubigeo=DISTRICT, co_organiser=MP)

    plan = plan_for(
        [mayor(), provincial_mayor(), regidor(1), regidor(2)],
        host=co_organised,
        head_table_size=4,
    )

    # then the provincial mayor presides at the right-hand central seat and the
    # district mayor sits beside him, with no even-table warning
    assert plan.presidency_rule == "PR-11"
    assert seat_ids(plan) == ("r1", "alc_prov", "alcalde", "r2")
    assert "placement.even_table" not in plan.warning_codes


def test_pr11_the_president_presides_a_co_organised_act_with_both_hosts_next():
    co_organised = Host(organiser=MD, venue_ubigeo=DISTRICT, co_organiser=MP)

    plan = plan_for(
        [mayor(), provincial_mayor(), president(), governor()],
        host=co_organised,
        head_table_size=3,
    )

    assert seat_ids(plan) == ("alc_prov", "presidente", "alcalde")


# ------------------------------------------------------------------- PL-01 to PL-07


def test_pl01_seats_are_numbered_from_the_audience_left_with_offsets_from_the_centre():
    plan = plan_for([mayor(), *council(1, 2, 3, 4)])

    assert [(s.seat, s.offset, s.order) for s in plan.head_table] == [
        (1, -2, 4),
        (2, -1, 2),
        (3, 0, 1),
        (4, 1, 3),
        (5, 2, 5),
    ]


def test_pl03_an_even_table_is_warned():
    plan = plan_for([mayor(), *council(1, 2, 3)], head_table_size=4)

    [warning] = [w for w in plan.warnings if w.code == "placement.even_table"]
    assert warning.rule == "PL-03"


def test_pl04_an_official_sits_at_the_head_table_only_as_speaker_or_protagonist():
    attendees = [mayor(), regidor(2), gerente()]

    plain = plan_for(attendees)
    speaking = plan_for(attendees, speakers=("gerente",))
    protagonist = plan_for(attendees, protagonists=("gerente",))

    assert "gerente" not in seat_ids(plain)
    assert "gerente" in seat_ids(speaking)
    assert "gerente" in seat_ids(protagonist)


def test_pl04_a_table_larger_than_the_eligible_attendees_shrinks_with_a_warning():
    plan = plan_for([mayor(), regidor(2), gerente()], head_table_size=5)

    assert seat_ids(plan) == ("alcalde", "r2")
    assert "placement.table_reduced" in plan.warning_codes


def test_pl04_the_host_is_always_at_the_table_even_below_other_guests():
    # given many guests who outrank the host and a three-seat table
    guests = [minister("DEFENSA"), minister("SALUD"), governor(), provincial_mayor()]

    plan = plan_for([*guests, mayor(), president()], head_table_size=3)

    assert seat_ids(plan) == ("alcalde", "presidente", "min_defensa")


def test_pl04_a_one_seat_table_cannot_hold_the_host_beside_the_president():
    plan = plan_for([mayor(), president()], head_table_size=1)

    assert seat_ids(plan) == ("presidente",)
    assert "placement.host_excluded" in plan.warning_codes


def test_pl04_the_rest_fill_the_front_rows_alternating_from_the_aisle():
    plan = plan_for(
        [mayor(), *council(1, 2, 3, 4, 5, 6)],
        head_table_size=3,
        front_row_seats_per_side=1,
    )

    assert [(r.attendee_id, r.side, r.row) for r in plan.front_rows] == [
        ("r3", Side.AUDIENCE_LEFT, 1),
        ("r4", Side.AUDIENCE_RIGHT, 1),
        ("r5", Side.AUDIENCE_LEFT, 2),
        ("r6", Side.AUDIENCE_RIGHT, 2),
    ]


def test_pl05_a_flag_raising_lines_up_standing_with_the_same_alternation():
    attendees = [mayor(), *council(1, 2)]

    seated = plan_for(attendees, head_table_size=3)
    standing = plan_for(attendees, head_table_size=3, event_class=EventClass.IZAMIENTO)

    assert seated.formation is Formation.SEATED
    assert standing.formation is Formation.STANDING
    assert seat_ids(standing) == seat_ids(seated) == ("r1", "alcalde", "r2")


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (
            (Emblem.MUNICIPAL, Emblem.NATIONAL, Emblem.REGIONAL),
            (Emblem.REGIONAL, Emblem.NATIONAL, Emblem.MUNICIPAL),
        ),
        ((Emblem.MUNICIPAL, Emblem.NATIONAL), (Emblem.NATIONAL, Emblem.MUNICIPAL)),
        ((Emblem.NATIONAL,), (Emblem.NATIONAL,)),
    ],
)
def test_pl06_the_national_flag_takes_the_place_of_honour(flags, expected):
    # odd set: centre; even set: the presider's right (the audience's left)
    plan = plan_for([mayor()], flags=flags)

    assert tuple(f.emblem for f in plan.flags) == expected
    assert [f.position for f in plan.flags] == list(range(1, len(flags) + 1))


def test_pl06_a_set_without_the_national_flag_is_warned():
    plan = plan_for([mayor()], flags=(Emblem.MUNICIPAL,))

    assert "symbols.national_flag_missing" in plan.warning_codes


def test_pl07_the_lectern_stands_at_the_presiders_left():
    with_table = plan_for([mayor(), regidor(2)])
    without_table = plan_for([mayor(), regidor(2)], head_table_size=None)

    assert with_table.lectern is Side.AUDIENCE_RIGHT
    assert without_table.lectern is None


# ------------------------------------------------------------------- SP-01 to SP-07


def test_sp01_the_presider_closes_whether_listed_as_speaker_or_not():
    attendees = [mayor(), regidor(2), governor()]

    unlisted = plan_for(attendees, speakers=("gob_reg",))
    listed = plan_for(attendees, speakers=("alcalde", "gob_reg"))

    assert speech_ids(unlisted) == speech_ids(listed) == ("gob_reg", "alcalde")
    assert listed.speeches[-1].kind is SpeechKind.CLOSING


def test_sp02_speakers_go_in_ascending_precedence():
    attendees = [mayor(), regidor(2), governor(), provincial_mayor(), subprefect()]

    plan = plan_for(attendees, speakers=("gob_reg", "r2", "alc_prov", "subprefecto"))

    assert speech_ids(plan) == ("r2", "subprefecto", "alc_prov", "gob_reg", "alcalde")


def test_sp03_when_the_host_does_not_preside_he_opens_with_a_welcome():
    plan = plan_for(
        [mayor(), governor(), regidor(2)],
        courtesy_cession_to="gob_reg",
        speakers=("r2",),
    )

    assert speech_ids(plan) == ("alcalde", "r2", "gob_reg")
    assert plan.speeches[0].kind is SpeechKind.WELCOME


def test_sp04_the_teniente_alcalde_welcomes_by_default_when_the_council_does():
    plan = plan_for(
        [mayor(), *council(1, 2), governor()],
        welcome_by_council=True,
        speakers=("gob_reg",),
    )

    assert speech_ids(plan) == ("r1", "gob_reg", "alcalde")
    assert plan.speeches[0].kind is SpeechKind.WELCOME


def test_sp04_another_regidor_may_be_named_for_the_welcome():
    plan = plan_for(
        [mayor(), *council(1, 2)],
        welcome_by_council=True,
        welcome_speaker="r2",
    )

    assert speech_ids(plan) == ("r2", "alcalde")


def test_sp04_without_a_regidor_present_the_welcome_is_warned():
    plan = plan_for([mayor(), governor()], welcome_by_council=True)

    assert speech_ids(plan) == ("alcalde",)
    assert "speeches.no_council_welcome" in plan.warning_codes


def test_sp04_does_not_apply_when_the_host_does_not_preside():
    plan = plan_for(
        [mayor(), *council(1, 2), president()],
        welcome_by_council=True,
    )

    assert speech_ids(plan) == ("alcalde", "presidente")
    assert "SP-04" not in plan.rule_codes


def test_sp04_a_welcome_speaker_needs_welcome_by_council():
    with pytest.raises(ValueError, match="welcome_by_council"):
        ProtocolOptions(welcome_speaker="r1")


def test_sp05_sesion_solemne_reading_and_oration_come_before_the_mayor():
    plan = plan_for(
        [mayor(), *council(1, 2, 3), person("historiador", "DIRIGENTE_SOCIEDAD_CIVIL")],
        event_class=EventClass.SESION_SOLEMNE,
        welcome_by_council=True,
        reader="r3",
        orator="historiador",
        speakers=("r2",),
    )

    assert [(s.kind, s.attendee_id) for s in plan.speeches] == [
        (SpeechKind.WELCOME, "r1"),
        (SpeechKind.READING, "r3"),
        (SpeechKind.ORATION, "historiador"),
        (SpeechKind.SPEECH, "r2"),
        (SpeechKind.CLOSING, "alcalde"),
    ]
    # the orator, normally not eligible (P24), joins the head table
    assert "historiador" in seat_ids(plan)
    assert "speeches.orator_missing" not in plan.warning_codes


def test_sp05_a_sesion_solemne_without_orator_leaves_a_slot_and_warns():
    plan = plan_for([mayor()], event_class=EventClass.SESION_SOLEMNE)

    assert plan.speeches[0] == SpeechSlot(SpeechKind.ORATION, None, "Orador(a) de orden por designar")
    assert "speeches.orator_missing" in plan.warning_codes


def test_sp06_a_representative_speaks_in_the_turn_of_his_own_office():
    # given the representation cast ranked by the represented rank
    plan = plan_for(
        _representation_cast(),
        representation_mode=RepresentationMode.REPRESENTED_RANK,
        speakers=("consejero", "alc_prov", "vicegob"),
    )

    # then at the table he ranks first, but speaks as a consejero regional (P15)
    assert plan.precedence[0] == "consejero"
    assert speech_ids(plan) == ("consejero", "alc_prov", "vicegob", "alcalde")
    assert traced(plan, "SP-06", "consejero")


def test_sp06_more_than_four_speeches_are_warned():
    attendees = [mayor(), *council(1, 2, 3, 4)]

    four = plan_for(attendees, speakers=("r1", "r2", "r3"))
    five = plan_for(attendees, speakers=("r1", "r2", "r3", "r4"))

    assert "speeches.too_many" not in four.warning_codes
    assert "speeches.too_many" in five.warning_codes


def test_sp07_the_greeting_follows_the_table_order_then_the_front_rows():
    plan = plan_for([mayor(), *council(1, 2, 3, 4)], head_table_size=3)

    assert plan.greeting_order == ("alcalde", "r1", "r2", "r3", "r4")


# ------------------------------------------------------------------- SY-01 to SY-05


def test_sy01_national_anthem_after_the_presidency_local_ones_per_custom():
    default = plan_for([mayor()])
    at_end = plan_for(
        [mayor()],
        local_anthems=(Emblem.MUNICIPAL, Emblem.REGIONAL),
        local_anthems_at_end=True,
    )

    assert [(a.emblem, a.moment) for a in default.anthems] == [(Emblem.NATIONAL, AnthemMoment.AFTER_PRESIDENCY)]
    assert [(a.emblem, a.moment) for a in at_end.anthems] == [
        (Emblem.NATIONAL, AnthemMoment.AFTER_PRESIDENCY),
        (Emblem.REGIONAL, AnthemMoment.CLOSING),
        (Emblem.MUNICIPAL, AnthemMoment.CLOSING),
    ]


def test_sy01_the_national_anthem_cannot_be_listed_as_local():
    with pytest.raises(ValueError, match="national anthem"):
        ProtocolOptions(local_anthems=(Emblem.NATIONAL,))


def sy02_notes(plan):
    return [a.message for a in plan.applied if a.rule == "SY-02"]


def test_sy02_sunday_flag_raising_with_the_mayor_only_asks_to_check_the_decree():
    plan = plan_for([mayor(), regidor(2)], day=SUNDAY, event_class=EventClass.IZAMIENTO)

    assert sy02_notes(plan) == ["Izamiento dominical en la plaza principal."]
    assert "symbols.check_emergency_decree" in plan.warning_codes
    assert "symbols.highest_authority_absent" not in plan.warning_codes


def test_sy02_monday_flag_raising_without_the_mayor_is_warned():
    regidora = representing(
        "regidora",
        "REGIDOR_DISTRITAL",
        "ALCALDE_DISTRITAL",
        MD.entity,
        entity=MD.entity,
        jurisdiction=DISTRICT,
        list_order=2,
    )

    plan = plan_for([regidora], day=MONDAY, event_class=EventClass.IZAMIENTO)

    assert sy02_notes(plan) == ["Izamiento del lunes, 08:00, en el local institucional."]
    assert "symbols.highest_authority_absent" in plan.warning_codes


def test_sy02_does_not_apply_on_other_weekdays():
    plan = plan_for([mayor()], day=FRIDAY, event_class=EventClass.IZAMIENTO)

    assert sy02_notes(plan) == []
    assert "symbols.check_emergency_decree" not in plan.warning_codes


def test_sy03_flags_go_to_the_highest_by_own_rank_the_municipal_one_to_the_host():
    # given the governor, the provincial mayor, the host mayor and a regidor
    plan = plan_for(
        [regidor(2), governor(), mayor(), provincial_mayor()],
        event_class=EventClass.IZAMIENTO,
    )

    # then national: the governor; municipal: the highest member of the host
    # municipality, not the provincial mayor who outranks him; regional: the
    # highest still free
    bearers = [(a.emblem, a.attendee_id) for a in plan.flag_raising]
    assert bearers == [
        (Emblem.NATIONAL, "gob_reg"),
        (Emblem.REGIONAL, "alc_prov"),
        (Emblem.MUNICIPAL, "alcalde"),
    ]


def test_sy03_a_flag_without_bearer_is_warned():
    plan = plan_for([mayor()], flag_raising=True, flags=(Emblem.NATIONAL, Emblem.MUNICIPAL))

    assert [(a.emblem, a.attendee_id) for a in plan.flag_raising] == [
        (Emblem.NATIONAL, "alcalde"),
        (Emblem.MUNICIPAL, None),
    ]
    assert "symbols.no_flag_bearer" in plan.warning_codes


def test_sy03_other_acts_have_no_flag_bearers_unless_asked():
    assert plan_for([mayor()]).flag_raising == ()


def test_sy04_national_mourning_half_masts_the_flags_and_warns():
    plan = plan_for([mayor(), regidor(2)], event_class=EventClass.IZAMIENTO, national_mourning=True)

    assert all(a.half_mast for a in plan.flag_raising)
    assert {
        "symbols.half_mast_procedure",
        "symbols.festive_review",
    } <= plan.warning_codes
    # the act is not cancelled: it still has its presidency and programme
    assert plan.presider_id == "alcalde"


def test_sy05_the_marcha_de_banderas_is_for_the_president_only():
    assert plan_for([mayor(), president()]).marcha_de_banderas_for == "presidente"
    assert plan_for([mayor(), governor()]).marcha_de_banderas_for is None


# ---------------------------------------------------------------------- JU-01/JU-02


def test_ju02_the_mayor_swears_in_the_regidores_in_list_order():
    # given the regidores-elect listed in no particular order
    elected = [person(f"r{n}", "REGIDOR_DISTRITAL", entity=MD.entity, list_order=n) for n in (4, 2, 5, 3)]

    plan = plan_for([*elected, mayor()], event_class=EventClass.JURAMENTACION)

    # then the first regidor present swears in the mayor, who swears in the rest
    assert plan.oaths == (
        Oath("alcalde", "r2"),
        Oath("r2", "alcalde"),
        Oath("r3", "alcalde"),
        Oath("r4", "alcalde"),
        Oath("r5", "alcalde"),
    )
    assert traced(plan, "JU-01", "r2")


def test_ju01_without_a_regidor_nobody_can_swear_in_the_mayor():
    plan = plan_for([mayor()], event_class=EventClass.JURAMENTACION)

    assert plan.oaths == ()
    assert "oath.no_council" in plan.warning_codes


def test_ju01_without_the_mayor_elect_there_is_no_oath_sequence():
    plan = plan_for(council(1, 2), event_class=EventClass.JURAMENTACION)

    assert plan.oaths == ()
    assert "oath.mayor_absent" in plan.warning_codes


# ----------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("attendees", "options", "message"),
    [
        ([], {}, "at least one attendee"),
        ([mayor(), mayor()], {}, "unique"),
        ([mayor()], {"speakers": ("nadie",)}, "unknown attendees: nadie"),
        ([mayor()], {"courtesy_cession_to": "nadie"}, "unknown attendees"),
    ],
)
def test_inconsistent_input_is_refused(attendees, options, message):
    with pytest.raises(ValueError, match=message):
        plan_for(attendees, **options)


def test_a_representative_must_say_whom_he_represents():
    with pytest.raises(ValueError, match="represent"):
        person("x", "REGIDOR_DISTRITAL", status=Status.REPRESENTANTE)


@pytest.mark.parametrize("ubigeo", ["5", "05010", "0501AB"])
def test_a_jurisdiction_is_a_ubigeo_prefix(ubigeo):
    with pytest.raises(ValueError, match="ubigeo"):
        person("x", "ALCALDE_DISTRITAL", jurisdiction=ubigeo)


# ------------------------------------------------------------------ property tests

_OFFICES = [row.office_code for row in TABLE.rows_on(FRIDAY) if row.office_class is not OfficeClass.HEAD_OF_STATE]
_JURISDICTIONS = [None, REGION, PROVINCE, DISTRICT, NEIGHBOUR_DISTRICT, OTHER_REGION]
_dates = st.one_of(st.none(), st.dates(date(1940, 1, 1), date(2026, 1, 1)))


@st.composite
def guests(draw):
    """Any number of attendees (none of them representatives) besides the mayor."""
    count = draw(st.integers(0, 12))
    drawn = []
    for i in range(count):
        drawn.append(
            Attendee(
                id=f"g{i:02d}",
                display_name=draw(st.sampled_from(["Ana", "Luis", "Ñique", "Ávila"])),
                office_code=draw(st.sampled_from(_OFFICES)),
                # never the host municipality, whose mayor is the persona
                entity=draw(st.sampled_from([MP.entity, GORE, ""])),
                sex=draw(st.sampled_from(Sex)),
                jurisdiction=draw(st.sampled_from(_JURISDICTIONS)),
                list_order=draw(st.one_of(st.none(), st.integers(1, 15))),
                military_branch=draw(st.one_of(st.none(), st.sampled_from(Branch))),
                military_grade=draw(st.one_of(st.none(), st.integers(1, 10))),
                date_assumed_office=draw(_dates),
                birth_date=draw(_dates),
            )
        )
    return drawn


option_sets = st.fixed_dictionaries(
    {
        "head_table_size": st.integers(1, 9),
        "even_table_mode": st.sampled_from(EvenTableMode),
    }
)
fast = settings(max_examples=60, deadline=None)


@fast
@given(others=guests(), options=option_sets)
def test_property_head_table_is_a_permutation_of_chosen_attendees(others, options):
    attendees = [mayor(), *others]

    plan = plan_for(attendees, **options)

    seated = seat_ids(plan)
    front = [row.attendee_id for row in plan.front_rows]
    # every attendee is placed exactly once, at the table or in the front rows
    assert sorted([*seated, *front]) == sorted(a.id for a in attendees)
    assert sorted(plan.precedence) == sorted(a.id for a in attendees)
    # seats run 1..n and hold the orders 1..n
    assert [s.seat for s in plan.head_table] == list(range(1, len(seated) + 1))
    assert sorted(s.order for s in plan.head_table) == list(range(1, len(seated) + 1))
    assert len(seated) <= options["head_table_size"]


@fast
@given(others=guests(), options=option_sets)
def test_property_the_presider_sits_in_the_centre_seat(others, options):
    plan = plan_for([mayor(), *others], **options)

    [centre] = [s for s in plan.head_table if s.order == 1]
    size = len(plan.head_table)
    assert centre.attendee_id == plan.presider_id
    assert centre.offset == 0
    if size % 2 == 1:
        assert centre.seat == (size + 1) // 2


@fast
@given(others=guests(), options=option_sets)
def test_property_the_host_presides_with_the_top_eligible_guests(others, options):
    # given no President among the guests, the mayor presides (PR-07) and the
    # other seats go to the highest-ranked eligible attendees (PL-04)
    plan = plan_for([mayor(), *others], **options)

    eligible = {a.id for a in others if (row := TABLE.row_for(a.office_code, FRIDAY)) and row.head_table_eligible}
    best = [i for i in plan.precedence if i in eligible][: len(plan.head_table) - 1]
    assert plan.presider_id == "alcalde"
    assert set(seat_ids(plan)) == {"alcalde", *best}


@fast
@given(others=guests(), options=option_sets, data=st.data())
def test_property_the_plan_does_not_depend_on_input_order(others, options, data):
    attendees = [mayor(), *others]
    shuffled = data.draw(st.permutations(attendees))

    assert plan_for(shuffled, **options) == plan_for(attendees, **options)


@fast
@given(others=guests(), options=option_sets, sex=st.sampled_from(Sex))
def test_property_sex_never_changes_the_order(others, options, sex):
    attendees = [mayor(), *others]
    same_sex = [dataclasses.replace(a, sex=sex) for a in attendees]

    plan, other = plan_for(attendees, **options), plan_for(same_sex, **options)

    assert other.precedence == plan.precedence
    assert seat_ids(other) == seat_ids(plan)


@fast
@given(others=guests(), data=st.data())
def test_property_speeches_ascend_and_the_presider_closes(others, data):
    attendees = [mayor(), *others]
    ids = [a.id for a in attendees]
    speakers = data.draw(st.lists(st.sampled_from(ids), unique=True))

    plan = plan_for(attendees, speakers=tuple(speakers))

    assert plan.speeches[-1].kind is SpeechKind.CLOSING
    assert plan.speeches[-1].attendee_id == plan.presider_id
    rank = plan.precedence.index
    middle = [s.attendee_id for s in plan.speeches if s.kind is SpeechKind.SPEECH]
    assert [rank(i) for i in middle] == sorted((rank(i) for i in middle), reverse=True)
    assert set(middle) == set(speakers) - {plan.presider_id}
