"""The pure engine: each rule of domain note 5.3, each regime, working days, jurisdictions, ban starts. No database."""

from __future__ import annotations

from datetime import date

import pytest

from heraldo.publicity.rules import (
    Authority,
    FactsError,
    Knowledge,
    Palette,
    Process,
    Settings,
    ban_start_sweep,
    check,
    parse_facts,
)

EG = Process("Elecciones Generales 2026", date(2025, 3, 26), kind="GENERAL")
ERM = Process("Elecciones Regionales y Municipales 2026", date(2026, 1, 8), kind="REGIONAL_MUNICIPAL")
MAYOR = Authority(
    "Jorge Luis Mendoza Rivas",
    "Jorge Luis",
    "Mendoza Rivas",
    nicknames=("Coco",),
    posts=("Alcalde",),
    person_id=7,
    is_mayor=True,
)
MANAGER = Authority("Ana María Torres Vega", "Ana María", "Torres Vega", posts=("Gerente Municipal",), person_id=8)
PARTY = Palette(
    "Fuerza Candelaria",
    colours=("#e30613",),
    keywords=("FC", "Con Coco sí se puede", "lampa"),
    is_mayors=True,
)


def knowledge(*processes: Process, palettes=(PARTY,), days_off=(), **settings) -> Knowledge:
    return Knowledge(
        processes=processes,
        authorities=(MAYOR, MANAGER),
        palettes=palettes,
        days_off=frozenset(days_off),
        settings=Settings(**settings),
    )


ELECTORAL = knowledge(EG, ERM)
ORDINARY = knowledge()


def piece(**fields) -> dict:
    base = {
        "channel": "SOCIAL",
        "exposure_window": ["2026-02-15", "2026-02-28"],
        "topic": "SALUD",
        "justification": "Campaña de vacunación antirrábica: fechas y puntos de vacunación.",
        "texts": ["Vacuna gratis a tu perro o gato este domingo en el parque central."],
    }
    return base | fields


def run(data: dict, what: Knowledge = ELECTORAL, today: date | None = None):
    return check(parse_facts(data), what, today=today)


def rules(verdict, level: str | None = None) -> list[str]:
    return [f.rule for f in verdict.findings if level is None or f.level.value == level]


# --------------------------------------------------------------------------- regimes


def test_a_clean_health_notice_during_the_ban_passes_with_its_report_due():
    verdict = run(piece())
    assert verdict.regime.value == "electoral"
    assert verdict.processes == ("Elecciones Generales 2026", "Elecciones Regionales y Municipales 2026")
    assert verdict.verdict == "pass"
    assert [(t.kind, t.due) for t in verdict.tasks] == [("reporte_posterior", date(2026, 2, 24))]


def test_before_any_convocation_the_ordinary_regime_applies():
    verdict = run(piece(exposure_window=["2025-01-10", "2025-01-20"]))
    assert verdict.regime.value == "ordinario"
    assert verdict.processes == ()
    assert verdict.verdict == "pass"


def test_a_concluded_process_no_longer_bans():
    concluded = Process("EG 2021", date(2020, 7, 10), end=date(2021, 9, 30))
    assert run(piece(exposure_window=["2021-10-01", None]), knowledge(concluded)).regime.value == "ordinario"
    assert run(piece(exposure_window=["2021-09-30", None]), knowledge(concluded)).regime.value == "electoral"


# --------------------------------------------------------------------------- E1


def test_e1_publicity_that_is_not_an_exception_is_blocked():
    verdict = run(piece(topic="OBRAS"))
    assert verdict.verdict == "block"
    assert rules(verdict, "block") == ["E1"]
    assert "educación, salud, seguridad" in verdict.findings[0].message


def test_e1_an_exception_without_its_written_justification_is_blocked():
    verdict = run(piece(justification=None))
    assert rules(verdict, "block") == ["E1"]
    assert "falta la justificación escrita" in verdict.findings[0].message


def test_e1_the_category_may_come_inside_the_justification():
    verdict = run(piece(topic=None, justification={"category": "emergencia", "text": "Corte de agua por huaico."}))
    assert verdict.verdict == "pass"


def test_e1_a_bare_category_as_justification_still_needs_the_text():
    verdict = run(piece(topic=None, justification="SERVICIO PÚBLICO IMPOSTERGABLE"))
    assert rules(verdict, "block") == ["E1"]
    assert "SERVICIO_PUBLICO_IMPOSTERGABLE" in verdict.findings[0].message


# --------------------------------------------------------------------------- E2


@pytest.mark.parametrize(
    ("fields", "found"),
    [
        ({"detected_people": [7]}, "imagen de Jorge Luis Mendoza Rivas"),
        ({"detected_people": ["jorge luis MENDOZA rivas"]}, "imagen de Jorge Luis Mendoza Rivas"),
        ({"detected_names": ["Mendoza Rivas"]}, "Se nombra a Jorge Luis Mendoza Rivas"),
        ({"voice_of": ["Ana María Torres Vega"]}, "voz de Ana María Torres Vega"),
        ({"detected_posts": ["el Alcalde"]}, "«el Alcalde»"),
        ({"texts": ["Lo anunció Jorge Mendoza en la plaza."]}, "Se nombra a Jorge Luis Mendoza Rivas"),
        ({"texts": ["Coco te invita a vacunar a tu mascota."]}, "Se nombra a Jorge Luis Mendoza Rivas"),
        ({"texts": ["Firmado: J.L.M.R."]}, "Se nombra a Jorge Luis Mendoza Rivas"),
        ({"texts": ["Los apellidos MENDOZA RIVAS bastan."]}, "Se nombra a Jorge Luis Mendoza Rivas"),
        ({"texts": ["Nuestro ALCALDE te invita."]}, "«nuestro alcalde»"),
        ({"texts": ["La gerente municipal supervisó la jornada."]}, "«la gerente municipal»"),
        ({"texts": ["Una obra más de la gestión edil."]}, "«gestion edil»"),
    ],
)
def test_e2_an_identifiable_official_blocks_the_piece(fields, found):
    verdict = run(piece(**fields))
    assert "E2" in rules(verdict, "block")
    assert any(found in f.message for f in verdict.findings if f.rule == "E2")


def test_e2_citizens_and_other_words_are_not_officials():
    verdict = run(
        piece(
            detected_people=["Rosa Huamán", 99],
            texts=["Los alcaldes del país y la gestión de residuos sólidos; Cocodrilo no es un apodo."],
        )
    )
    assert "E2" not in rules(verdict)
    assert verdict.verdict == "pass"


# --------------------------------------------------------------------------- E3


def test_e3_a_party_slogan_or_logo_blocks_and_its_colour_warns():
    slogan = run(piece(texts=["¡Con Coco sí se puede! Vacuna a tu mascota."]))
    assert "E3" in rules(slogan, "block")
    logo = run(piece(logos=["Lampa"]))
    assert rules(logo, "block") == ["E3"]
    colour = run(piece(palette=["#E10718"]))
    assert rules(colour, "warn") == ["E3"]
    assert "la organización del Alcalde" in colour.findings[0].message
    assert colour.verdict == "warn"


def test_e3_distant_colours_and_greys_do_not_warn():
    assert run(piece(palette=["#0057b8", "#ffffff", "#000000", "#777777"])).verdict == "pass"


def test_e3_a_party_running_elsewhere_is_not_compared_by_colour():
    elsewhere = Palette("Otra Región Unida", colours=("#e30613",), jurisdictions=("08",))
    what = knowledge(EG, palettes=(elsewhere,), municipality_ubigeo="150101")
    assert run(piece(palette=["#e30613"]), what).verdict == "pass"


# --------------------------------------------------------------------------- E4 and E5


def test_e4_radio_needs_jee_authorisation_requested_seven_days_before():
    verdict = run(piece(channel="radio", exposure_window=["2026-03-10", "2026-03-31"], topic="salud"))
    assert verdict.verdict == "warn"
    assert rules(verdict) == ["E4"]
    assert "03/03/2026" in verdict.findings[0].message
    assert [(t.kind, t.due) for t in verdict.tasks] == [("autorizacion_jee", date(2026, 3, 3))]


def test_e4_with_the_authorisation_number_tv_passes_without_a_task():
    verdict = run(piece(channel="TV", jee_authorization_no="JEE-LC-0042-2026"))
    assert verdict.verdict == "pass"
    assert verdict.tasks == ()
    assert "JEE-LC-0042-2026" in verdict.findings[0].message


def test_e4_a_missed_request_deadline_is_said_plainly():
    verdict = run(piece(channel="TV", exposure_window=["2026-03-10", None]), today=date(2026, 3, 5))
    assert "venció el 03/03/2026" in verdict.findings[0].message


def test_e4_the_lead_days_are_configuration():
    verdict = run(piece(channel="RADIO", exposure_window=["2026-03-10", None]), knowledge(EG, jee_lead_days=10))
    assert verdict.tasks[0].due == date(2026, 2, 28)


def test_e5_the_report_counts_working_days_skipping_8_and_9_december():
    verdict = run(piece(exposure_window=["2026-12-04", "2026-12-31"]))
    assert [(t.kind, t.due) for t in verdict.tasks] == [("reporte_posterior", date(2026, 12, 17))]


def test_e5_the_report_skips_holy_thursday_and_good_friday():
    verdict = run(piece(exposure_window=["2026-03-30", None]))
    assert verdict.tasks[0].due == date(2026, 4, 10)


def test_e5_the_report_skips_a_declared_day_off():
    what = knowledge(EG, ERM, days_off=[date(2026, 2, 20)])
    assert run(piece(), what).tasks[0].due == date(2026, 2, 25)


def test_e5_a_year_missing_from_the_office_calendar_still_skips_its_holidays():
    verdict = run(piece(exposure_window=["2027-07-26", None]))
    # 27 Jul (1), 28 and 29 Jul holidays, 30 (2), 2 Aug (3), 3 (4), 4 (5), 5 (6), 6 Aug holiday, 9 (7)
    assert verdict.tasks[0].due == date(2027, 8, 9)


def test_follow_ups_are_not_planned_for_publicity_the_ban_forbids():
    assert run(piece(channel="RADIO", topic="TURISMO")).tasks == ()


# --------------------------------------------------------------------------- E6, E7, E8


def test_e6_an_electoral_appeal_blocks():
    verdict = run(piece(texts=["Este domingo VOTA POR el cambio."]))
    assert rules(verdict, "block") == ["E6"]
    assert "«vota por»" in verdict.findings[0].message


def test_e7_a_piece_crossing_the_ban_start_must_go_by_the_day_before():
    verdict = run(piece(topic="TURISMO", exposure_window=["2025-12-01", "2026-02-28"]), knowledge(ERM))
    assert verdict.regime.value == "electoral"
    assert "E7" in rules(verdict, "warn")
    assert ("retiro_o_adecuacion", date(2026, 1, 7)) in [(t.kind, t.due) for t in verdict.tasks]


def test_e7_a_piece_taken_down_before_the_ban_is_ordinary():
    verdict = run(piece(topic="TURISMO", exposure_window=["2025-12-01", "2026-01-07"]), knowledge(ERM))
    assert verdict.regime.value == "ordinario"


def test_e7_an_open_ended_billboard_put_up_before_the_ban_is_caught():
    verdict = run(piece(channel="OUTDOOR", exposure_window=["2025-06-01", None]), knowledge(ERM))
    assert "E7" in rules(verdict)
    # the report counts from the ban's first day, when the billboard becomes exceptional publicity
    assert ("reporte_posterior", date(2026, 1, 19)) in [(t.kind, t.due) for t in verdict.tasks]


def test_e8_an_organic_post_with_the_mayors_photo_is_publicity_too():
    verdict = run(piece(detected_people=[7], paid=False))
    assert "E8" in rules(verdict, "warn")
    assert "E8" not in rules(run(piece(detected_people=[8])))


def test_a_press_note_is_not_publicity_but_may_not_show_officials():
    note = {"kind": "informativo", "channel": "WEB", "exposure_window": ["2026-02-15", None]}
    assert run(note | {"texts": ["Se reabrió el mercado."]}).verdict == "pass"
    assert rules(run(note | {"texts": ["El alcalde reabrió el mercado."]}), "block") == ["E2"]


# --------------------------------------------------------------------------- jurisdictions


COMPLEMENTARY = Process("Complementarias Santa Rosa 2026", date(2026, 5, 4), jurisdictions=("150105",))


@pytest.mark.parametrize(
    ("ubigeo", "regime"),
    [("150105", "electoral"), ("1501", "electoral"), ("15", "electoral"), ("150101", "ordinario"), ("08", "ordinario")],
)
def test_a_local_process_bans_only_where_its_jurisdiction_is_seen(ubigeo, regime):
    verdict = run(piece(topic="TURISMO", ubigeo=ubigeo, exposure_window=["2026-06-01", None]), knowledge(COMPLEMENTARY))
    assert verdict.regime.value == regime


def test_a_piece_without_ubigeo_is_seen_where_the_municipality_is():
    outside = knowledge(COMPLEMENTARY, municipality_ubigeo="150101")
    inside = knowledge(COMPLEMENTARY, municipality_ubigeo="150105")
    assert run(piece(exposure_window=["2026-06-01", None]), outside).regime.value == "ordinario"
    assert run(piece(exposure_window=["2026-06-01", None]), inside).regime.value == "electoral"


# --------------------------------------------------------------------------- ordinary regime


def test_p1_paid_tv_without_an_approved_plan_is_blocked():
    verdict = run({"channel": "TV", "paid": True, "exposure_window": ["2025-02-01", "2025-02-28"], "topic": "TRIBUTOS"})
    assert verdict.regime.value == "ordinario"
    assert rules(verdict, "block") == ["P1", "P1"]
    assert "plan de estrategia publicitaria" in verdict.findings[0].message


def test_p1_a_paid_piece_with_plan_and_justifications_passes():
    verdict = run(
        {
            "channel": "RADIO",
            "paid": "SÍ",
            "exposure_window": ["2025-02-01", "2025-02-28"],
            "topic": "TRIBUTOS",
            "plan_id": 12,
            "justification": {"text": "Amnistía tributaria 2025.", "media": "Radio local de mayor audiencia, MTC."},
        }
    )
    assert verdict.verdict == "pass"


def test_p1_without_the_media_justification_warns():
    verdict = run(
        {
            "channel": "RADIO",
            "paid": True,
            "exposure_window": ["2025-02-01", "2025-03-20"],
            "plan_id": "PEP-2025-3",
            "justification": "Amnistía tributaria 2025.",
        }
    )
    assert rules(verdict) == ["P1"] and verdict.verdict == "warn"


def test_p2_officials_block_a_paid_insertion_and_warn_on_organic_content():
    paid = {"channel": "PRINT", "paid": True, "plan_id": "1", "justification": {"text": "x", "media": "y"}}
    window = {"exposure_window": ["2025-02-01", "2025-03-20"], "detected_people": [7]}
    assert rules(run(paid | window), "block") == ["P2"]
    assert rules(run({"channel": "SOCIAL"} | window), "warn") == ["P2"]


def test_p3_promoting_the_administration_warns():
    verdict = run(
        {"channel": "SOCIAL", "exposure_window": ["2025-02-01", "2025-03-20"], "texts": ["¡Promesa cumplida!"]}
    )
    assert rules(verdict) == ["P3"]
    works = {"channel": "SOCIAL", "exposure_window": ["2025-02-01", "2025-03-20"], "topic": "obras"}
    assert rules(run(works)) == []
    assert rules(run(works | {"detected_people": [8]})) == ["P2", "P3"]


def test_p4_commercial_publicity_is_noted():
    verdict = run({"channel": "WEB", "exposure_window": ["2025-02-01", "2025-03-20"], "topic": "Comercial"})
    assert rules(verdict, "info") == ["P4"]
    assert verdict.verdict == "pass"


# --------------------------------------------------------------------------- input


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"exposure_window": ["2026-01-01"]}, "channel"),
        ({"channel": "FAX", "exposure_window": ["2026-01-01"]}, "channel"),
        ({"channel": "TV"}, "exposure_window"),
        ({"channel": "TV", "exposure_window": ["2026-02-30"]}, "exposure_window.start"),
        ({"channel": "TV", "exposure_window": ["2026-03-10", "2026-03-01"]}, "exposure_window.end"),
        ({"channel": "TV", "exposure_window": ["2026-03-10"], "paid": "quizás"}, "paid"),
        ({"channel": "TV", "exposure_window": ["2026-03-10"], "ubigeo": "15010"}, "ubigeo"),
        ({"channel": "TV", "exposure_window": ["2026-03-10"], "topic": "deportes"}, "topic"),
        ({"channel": "TV", "exposure_window": ["2026-03-10"], "texts": ["ok", 3]}, "texts[1]"),
        ({"channel": "TV", "exposure_window": ["2026-03-10"], "palette": ["rojo"]}, "palette[0]"),
        ({"channel": "TV", "exposure_window": ["2026-03-10"], "chanel": "TV"}, "chanel"),
        (
            {"channel": "TV", "exposure_window": ["2026-03-10"], "justification": {"category": "x"}},
            "justification.category",
        ),
    ],
)
def test_bad_input_names_the_field(data, field):
    with pytest.raises(FactsError) as error:
        parse_facts(data)
    assert error.value.field == field
    assert error.value.message


def test_values_are_read_in_any_case_and_spanish_names():
    facts = parse_facts(
        {
            "channel": "Televisión",
            "paid": "TRUE",
            "exposure_window": {"start": "10/03/2026", "end": "∞"},
            "topic": "Servicio Público Impostergable",
            "palette": ["#ABC"],
            "ubigeo": 150101,
        }
    )
    assert (facts.channel, facts.paid, facts.start, facts.end) == ("TV", True, date(2026, 3, 10), None)
    assert facts.topic == "SERVICIO_PUBLICO_IMPOSTERGABLE"
    assert facts.palette == ("#aabbcc",)
    assert facts.ubigeo == "150101"


# --------------------------------------------------------------------------- sweep


def test_the_ban_start_sweep_lists_what_is_still_exposed_and_what_to_do():
    pieces = [
        parse_facts(piece(id="cartel", channel="OUTDOOR", topic="OBRAS", exposure_window=["2025-10-01", None])),
        parse_facts(piece(id="post", exposure_window=["2025-12-20", "2026-01-31"])),
        parse_facts(piece(id="foto", detected_people=[7], exposure_window=["2025-12-20", "2026-03-31"], texts=[])),
        parse_facts(piece(id="gone", exposure_window=["2025-11-01", "2026-01-07"])),
        parse_facts(piece(id="later", exposure_window=["2026-01-09", None])),
    ]
    items = ban_start_sweep(pieces, ERM, knowledge(ERM))
    assert [(item.facts.id, item.action) for item in items] == [
        ("cartel", "retirar"),
        ("post", "adecuar"),
        ("foto", "retirar"),
    ]
