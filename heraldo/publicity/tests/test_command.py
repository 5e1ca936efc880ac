"""The command-line contract: the publicity examples of the domain note (section 5.3) and more, read from the
database (processes seeded by the migration, authorities from the Registro, holidays of Encargos)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from heraldo.publicity.models import ElectoralProcess, Nickname
from heraldo.publicity.tests.factories import ElectoralProcessFactory, PoliticalPaletteFactory, municipality_with_mayor
from heraldo.work.models import NonWorkingDay

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[3]


def publicity_check(piece: dict, tmp_path, *extra: str) -> dict:
    path = tmp_path / "pieza.json"
    path.write_text(json.dumps(piece), encoding="utf-8")
    out = io.StringIO()
    call_command("publicity_check", str(path), *extra, stdout=out)
    answer = json.loads(out.getvalue())
    assert set(answer) == {"regime", "processes", "verdict", "findings", "tasks"}
    return answer


def rules(answer: dict, level: str | None = None) -> list[str]:
    return [f["rule"] for f in answer["findings"] if level is None or f["level"] == level]


@pytest.fixture
def mayor():
    return municipality_with_mayor()[1]


RABIES_POST = {
    "channel": "SOCIAL",
    "paid": False,
    "exposure_window": ["2026-02-15", "2026-02-15"],
    "topic": "SALUD",
    "justification": "Campaña de vacunación antirrábica canina y felina: lugares y horarios.",
    "texts": ["Vacuna gratis a tu perro o gato este domingo 15 en el parque central."],
}


def test_pt1_a_rabies_post_with_the_mayors_photo_is_blocked_then_passes_without_it(tmp_path, mayor):
    # Given the Facebook post of 15 Feb 2026 with the mayor's photo (tagged in the media library)
    with_photo = publicity_check(RABIES_POST | {"detected_people": [mayor.pk]}, tmp_path)
    # Then the health exception applies but the official's image is forbidden
    assert with_photo["regime"] == "electoral"
    assert with_photo["verdict"] == "block"
    assert rules(with_photo, "block") == ["E2"]
    assert "Jorge Luis Mendoza Rivas" in with_photo["findings"][0]["message"]
    # When the photo is removed it passes, with the reporte posterior due 7 working days later
    without = publicity_check(RABIES_POST, tmp_path)
    assert without["verdict"] == "pass"
    assert without["tasks"] == [{"kind": "reporte_posterior", "due": "2026-02-24"}]


def test_pt2_a_dengue_radio_spot_needs_jee_authorisation_by_3_march(tmp_path):
    answer = publicity_check(
        {
            "channel": "RADIO",
            "exposure_window": ["2026-03-10", "2026-04-10"],
            "topic": "SALUD",
            "justification": "Prevención del dengue: eliminar criaderos en casa.",
            "texts": ["Elimina el agua estancada: el dengue se previene en casa."],
        },
        tmp_path,
    )
    assert answer["verdict"] == "warn"
    assert rules(answer) == ["E4"]
    assert answer["tasks"] == [{"kind": "autorizacion_jee", "due": "2026-03-03"}]
    assert "03/03/2026" in answer["findings"][0]["message"]


def test_pt8_paid_tv_outside_any_electoral_period_without_plan_is_blocked(tmp_path):
    answer = publicity_check(
        {"channel": "tv", "paid": True, "exposure_window": ["2025-02-01", "2025-02-28"], "topic": "TRIBUTOS"},
        tmp_path,
    )
    assert answer["regime"] == "ordinario"
    assert answer["processes"] == []
    assert answer["verdict"] == "block"
    assert "P1" in rules(answer, "block")


def test_the_2026_processes_are_seeded_with_their_ban_starts():
    starts = {p.name: p.ban_start for p in ElectoralProcess.objects.all()}
    assert starts["Elecciones Generales 2026"] == date(2025, 3, 26)
    assert starts["Elecciones Regionales y Municipales 2026"] == date(2026, 1, 8)


def test_a_piece_before_the_regional_ban_is_under_the_general_elections_only(tmp_path):
    answer = publicity_check(RABIES_POST | {"exposure_window": ["2025-12-01", "2025-12-31"]}, tmp_path)
    assert answer["processes"] == ["Elecciones Generales 2026"]


def test_a_nickname_kept_by_the_head_of_unit_is_recognised(tmp_path, mayor):
    Nickname.objects.create(person=mayor, nickname="Coco")
    answer = publicity_check(RABIES_POST | {"texts": ["¡Coco te invita a vacunar!"]}, tmp_path)
    assert rules(answer, "block") == ["E2"]


def test_a_former_mayor_is_not_an_official_any_more(tmp_path, mayor):
    mayor.terms.update(ends_on=date(2025, 12, 31))
    assert publicity_check(RABIES_POST | {"detected_people": [mayor.pk]}, tmp_path)["verdict"] == "pass"


def test_the_office_days_off_delay_the_report(tmp_path):
    NonWorkingDay.objects.create(day=date(2026, 2, 20), kind=NonWorkingDay.Kind.LOCAL, name="Aniversario")
    assert publicity_check(RABIES_POST, tmp_path)["tasks"][0]["due"] == "2026-02-25"


def test_a_palette_entered_as_data_is_checked(tmp_path):
    PoliticalPaletteFactory(organisation="Fuerza Candelaria", keywords="FC\nCandelaria primero", colours="#e30613")
    answer = publicity_check(RABIES_POST | {"texts": ["Candelaria primero"], "palette": ["#E30614"]}, tmp_path)
    assert rules(answer, "block") == ["E3"]
    assert rules(answer, "warn") == ["E3"]


def test_a_complementary_election_bans_only_its_district(tmp_path):
    ElectoralProcess.objects.all().delete()
    ElectoralProcessFactory(
        name="Complementarias Santa Rosa", convocation_date=date(2026, 5, 4), jurisdictions="150105"
    )
    piece = {"channel": "WEB", "exposure_window": ["2026-06-01", None], "topic": "CULTURA"}
    assert publicity_check(piece | {"ubigeo": "150105"}, tmp_path)["regime"] == "electoral"
    assert publicity_check(piece | {"ubigeo": "150101"}, tmp_path)["regime"] == "ordinario"


def test_english_messages_on_request(tmp_path):
    answer = publicity_check(RABIES_POST | {"topic": "OBRAS"}, tmp_path, "--language", "en")
    assert "publicity" in answer["findings"][0]["message"].lower()


def test_invalid_input_stops_the_command_naming_the_field(tmp_path):
    path = tmp_path / "mala.json"
    path.write_text(json.dumps({"channel": "RADIO", "exposure_window": ["2026-03-10", "2026-03-01"]}))
    with pytest.raises(CommandError) as error:
        call_command("publicity_check", str(path))
    assert error.value.returncode == 2
    assert str(error.value).startswith("exposure_window.end:")


def test_standard_input_is_read_with_a_dash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(RABIES_POST)))
    out = io.StringIO()
    call_command("publicity_check", "-", stdout=out)
    assert json.loads(out.getvalue())["verdict"] == "pass"


@pytest.mark.parametrize(
    ("stdin", "field"),
    [('{"channel": "fax", "exposure_window": ["2026-01-01"]}', "channel"), ("{no es json", "input")],
)
def test_the_command_exits_non_zero_naming_the_field(stdin, field):
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "publicity_check", "-"],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert f"{field}:" in result.stderr
    assert result.stdout == ""


def test_the_regulation_figures_are_settings(tmp_path, settings):
    settings.HERALDO_PUBLICITY_JEE_LEAD_DAYS = 10
    settings.HERALDO_PUBLICITY_REPORT_WORKING_DAYS = 5
    radio = publicity_check(RABIES_POST | {"channel": "RADIO", "exposure_window": ["2026-03-10", None]}, tmp_path)
    assert radio["tasks"] == [{"kind": "autorizacion_jee", "due": "2026-02-28"}]
    assert publicity_check(RABIES_POST, tmp_path)["tasks"][0]["due"] == "2026-02-20"


def test_people_of_other_entities_are_not_taken_for_officials(tmp_path, mayor):
    from heraldo.directory.tests.factories import PersonFactory, PositionFactory, TermFactory

    journalist = PersonFactory(given_names="Carla", surnames="Reportera Ríos")
    TermFactory(person=journalist, position=PositionFactory(title="Reportera"), starts_on=date(2024, 1, 1))
    answer = publicity_check(RABIES_POST | {"texts": ["Entrevista de Carla Reportera Ríos."]}, tmp_path)
    assert answer["verdict"] == "pass"
