"""The head table, its seats and the front rows (PL-01 to PL-05, PL-07)."""

from heraldo.ceremonial.placement import Side
from heraldo.ceremonial.precedence import (
    EventClass,
    Formation,
)
from heraldo.ceremonial.tests.precedence.cast import (
    council,
    gerente,
    governor,
    mayor,
    minister,
    plan_for,
    president,
    provincial_mayor,
    regidor,
    seat_ids,
)

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


def test_pl07_the_lectern_stands_at_the_presiders_left():
    with_table = plan_for([mayor(), regidor(2)])
    without_table = plan_for([mayor(), regidor(2)], head_table_size=None)

    assert with_table.lectern is Side.AUDIENCE_RIGHT
    assert without_table.lectern is None
