"""Who speaks when (SP-01 to SP-07) and the swearing-in (JU-01, JU-02)."""

import pytest

from heraldo.ceremonial.precedence import (
    EventClass,
    Oath,
    ProtocolOptions,
    RepresentationMode,
    SpeechKind,
    SpeechSlot,
)
from heraldo.ceremonial.tests.precedence.cast import (
    MD,
    council,
    governor,
    mayor,
    person,
    plan_for,
    president,
    provincial_mayor,
    regidor,
    representation_cast,
    seat_ids,
    speech_ids,
    subprefect,
    traced,
)

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
        representation_cast(),
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
