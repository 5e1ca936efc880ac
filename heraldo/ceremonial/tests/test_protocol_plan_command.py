"""The engine's command-line contract, run on the worked examples of the domain note (section 4)."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db
MD, MP = "270103", "2701"


def plan(tmp_path, event, attendees):
    path = tmp_path / "acto.json"
    path.write_text(json.dumps({"event": event, "attendees": attendees}), encoding="utf-8")
    out = io.StringIO()
    call_command("protocol_plan", str(path), stdout=out)
    return json.loads(out.getvalue())


def district_act(kind="sesion_solemne", seats=5, **extra):
    return {
        "date": "2026-12-15",
        "kind": kind,
        "host": {"entity_level": "distrital", "jurisdiction": MD},
        "venue_jurisdiction": MD,
        "head_table_seats": seats,
        **extra,
    }


def regidor(id, order, **extra):
    return {"id": id, "office": "regidor_distrital", "jurisdiction": MD, "host": True, "list_order": order, **extra}


def council():
    return [
        {"id": "alcalde", "office": "alcalde_distrital", "jurisdiction": MD, "host": True, "speaks": True},
        {"id": "R1", "office": "teniente_alcalde_distrital", "jurisdiction": MD, "host": True, "list_order": 1},
        *(regidor(f"R{n}", n) for n in range(2, 6)),
        {"id": "gerente", "office": "gerente_municipal", "jurisdiction": MD, "host": True},
    ]


def test_example_1_solemn_session_of_the_district(tmp_path):
    result = plan(tmp_path, district_act(), council())
    assert result["presider"] == "alcalde"
    assert result["head_table"] == ["R3", "R1", "alcalde", "R2", "R4"]
    assert result["front_rows"] == ["R5", "gerente"]
    assert result["speeches"][-1] == "alcalde"


def test_example_2_the_president_presides_and_the_host_welcomes(tmp_path):
    attendees = [
        {"id": "presidente", "office": "presidente_republica", "speaks": True},
        {"id": "min_vivienda", "office": "ministro", "ministry": "vivienda", "speaks": True},
        {"id": "gob", "office": "gobernador_regional", "jurisdiction": "27", "speaks": True},
        {"id": "alc_prov", "office": "alcalde_provincial", "jurisdiction": MP, "speaks": True},
        {"id": "alcalde", "office": "alcalde_distrital", "jurisdiction": MD, "host": True, "speaks": True},
    ]
    result = plan(tmp_path, district_act(kind="acto_oficial"), attendees)
    assert result["presider"] == "presidente"
    assert result["head_table"] == ["gob", "alcalde", "presidente", "min_vivienda", "alc_prov"]
    assert result["speeches"] == ["alcalde", "alc_prov", "gob", "min_vivienda", "presidente"]


def test_example_7_an_encargado_has_the_full_rank(tmp_path):
    attendees = [
        {"id": "alcalde_e", "office": "alcalde_distrital", "status": "encargado", "jurisdiction": MD, "host": True},
        regidor("R2", 2),
        {"id": "alc_prov", "office": "alcalde_provincial", "jurisdiction": MP},
    ]
    result = plan(tmp_path, district_act(kind="acto_oficial", seats=3), attendees)
    assert result["presider"] == "alcalde_e"
    assert result["head_table"] == ["alc_prov", "alcalde_e", "R2"]


@pytest.mark.parametrize(
    ("mode", "seats"),
    [
        ("shared_centre", ["R4", "R2", "alcalde", "R1", "R3", "R5"]),
        ("truncated_odd", ["R5", "R3", "R1", "alcalde", "R2", "R4"]),
    ],
)
def test_example_9_even_table_in_both_modes_with_a_warning(tmp_path, mode, seats):
    attendees = [
        {"id": "alcalde", "office": "alcalde_distrital", "jurisdiction": MD, "host": True},
        {"id": "R1", "office": "teniente_alcalde_distrital", "jurisdiction": MD, "host": True, "list_order": 1},
        regidor("R2", 2),
        regidor("R3", 3),
        regidor("R4", 4),
        regidor("R5", 5),
    ]
    result = plan(tmp_path, district_act(seats=6, options={"even_table_mode": mode}), attendees)
    assert result["head_table"] == seats
    assert any("impar" in warning for warning in result["warnings"])


def test_example_11_ministers_follow_the_official_ministry_order(tmp_path):
    event = {
        "date": "2026-12-15",
        "kind": "acto_oficial",
        "host": {"entity_level": "provincial", "jurisdiction": MP},
        "venue_jurisdiction": MD,
        "head_table_seats": 5,
    }
    attendees = [
        {"id": "alc_prov", "office": "alcalde_provincial", "jurisdiction": MP, "host": True, "speaks": True},
        {"id": "min_salud", "office": "ministro", "ministry": "salud", "speaks": True},
        {"id": "min_educ", "office": "ministro", "ministry": "educacion", "speaks": True},
        {"id": "gob", "office": "gobernador_regional", "jurisdiction": "27", "speaks": True},
        {"id": "ta_prov", "office": "teniente_alcalde_provincial", "jurisdiction": MP, "host": True, "list_order": 1},
    ]
    result = plan(tmp_path, event, attendees)
    assert result["presider"] == "alc_prov"
    assert result["head_table"] == ["gob", "min_educ", "alc_prov", "min_salud", "ta_prov"]
    assert result["speeches"] == ["gob", "min_salud", "min_educ", "alc_prov"]


def test_a_flag_raising_names_who_raises_each_flag(tmp_path):
    attendees = [
        {"id": "subprefecto", "office": "subprefecto_distrital", "jurisdiction": MD},
        {
            "id": "regidora",
            "office": "regidor_distrital",
            "jurisdiction": MD,
            "host": True,
            "list_order": 3,
            "status": "representante",
            "represents": {"office": "alcalde_distrital", "jurisdiction": MD},
        },
    ]
    result = plan(tmp_path, district_act(kind="izamiento", seats=3), attendees)
    assert result["flags"]["nacional"] == "subprefecto" and result["flags"]["municipal"] == "regidora"
    assert result["presider"] == "regidora"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"event": {}}, "attendees"),
        ({"event": {"date": "2026-13-45"}, "attendees": [{"id": "a", "office": "regidor_distrital"}]}, "event.date"),
        (
            {
                "event": {"date": "2026-12-15", "host": {"entity_level": "galactico"}},
                "attendees": [{"id": "a", "office": "x"}],
            },
            "event.host.entity_level",
        ),
        (
            {
                "event": {"date": "2026-12-15", "host": {"entity_level": "distrital", "jurisdiction": MD}},
                "attendees": [{"id": "a", "office": "ministro"}],
            },
            "attendees[0].ministry",
        ),
        (
            {
                "event": {"date": "2026-12-15", "host": {"entity_level": "distrital", "jurisdiction": MD}},
                "attendees": [{"id": "a", "office": "regidor_distrital", "status": "jefe"}],
            },
            "attendees[0].status",
        ),
        (
            {
                "event": {
                    "date": "2026-12-15",
                    "host": {"entity_level": "distrital", "jurisdiction": MD},
                    "options": {"representation_mode": "al_azar"},
                },
                "attendees": [{"id": "a", "office": "regidor_distrital"}],
            },
            "event.options.representation_mode",
        ),
    ],
)
def test_invalid_input_fails_naming_the_field(tmp_path, payload, field):
    path = tmp_path / "malo.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    with pytest.raises(CommandError, match=field.replace("[", r"\[").replace("]", r"\]")):
        call_command("protocol_plan", str(path), stdout=io.StringIO())


def test_broken_json_is_refused(tmp_path):
    path = tmp_path / "roto.json"
    path.write_text("{no es json", encoding="utf-8")
    with pytest.raises(CommandError, match="JSON no válido"):
        call_command("protocol_plan", str(path))
