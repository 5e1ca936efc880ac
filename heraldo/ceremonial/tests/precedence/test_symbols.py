"""Flags, anthems and the Marcha de Banderas (PL-06, SY-01 to SY-05)."""

import pytest

from heraldo.ceremonial.precedence import (
    AnthemMoment,
    Emblem,
    EventClass,
    ProtocolOptions,
)
from heraldo.ceremonial.tests.precedence.cast import (
    FRIDAY,
    MONDAY,
    SUNDAY,
    governor,
    mayor,
    plan_for,
    president,
    provincial_mayor,
    regidor,
    regidor_representing_the_mayor,
)


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
    regidora = regidor_representing_the_mayor("regidora", list_order=2)

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
