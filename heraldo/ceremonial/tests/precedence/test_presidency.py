"""Who presides (PR-07 to PR-11)."""

import pytest

from heraldo.ceremonial.precedence import (
    Emblem,
    EventClass,
    Host,
    ProtocolOptions,
    RepresentationMode,
    Sex,
)
from heraldo.ceremonial.tests.precedence.cast import (
    DISTRICT,
    MD,
    MP,
    SUNDAY,
    governor,
    mayor,
    minister,
    order_of,
    plan_for,
    president,
    provincial_mayor,
    regidor,
    regidor_representing_the_mayor,
    seat_ids,
    subprefect,
    traced,
)

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
    regidora = regidor_representing_the_mayor("regidora", list_order=3, sex=Sex.FEMALE)

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
    regidor_rep = regidor_representing_the_mayor("regidor_rep", list_order=2, represented_jurisdiction=DISTRICT)

    # when the representation mode varies
    plan = plan_for([regidor_rep, subprefect()], representation_mode=mode)

    # then the hint always weighs his own office
    assert plan.presider_id == "regidor_rep"
    [hint] = [w for w in plan.warnings if w.code == "presidency.cession_suggested"]
    assert hint.attendee_ids == ("subprefecto",)


def test_pr10_the_host_himself_presides_over_his_representative():
    # given the mayor attends although a regidor was named to represent him
    regidor_rep = regidor_representing_the_mayor("regidor_rep", list_order=2)

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
