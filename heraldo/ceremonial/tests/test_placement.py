"""Seating geometry (PL-01 to PL-05): where precedence order k sits."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heraldo.ceremonial.placement import (
    EvenTableMode,
    Side,
    front_row_place,
    orders_by_seat,
    presider_seat,
)

SHARED = EvenTableMode.SHARED_CENTRE
TRUNCATED = EvenTableMode.TRUNCATED_ODD
sizes = st.integers(min_value=1, max_value=41)
modes = st.sampled_from(EvenTableMode)


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        (1, (1,)),
        (3, (2, 1, 3)),
        (5, (4, 2, 1, 3, 5)),
        (7, (6, 4, 2, 1, 3, 5, 7)),
    ],
)
def test_pl02_odd_table_puts_the_presider_in_the_centre_and_alternates(size, expected):
    # given an odd table, when it is laid out, then the note's layouts come out
    # (in both even modes, which must not matter for odd sizes)
    assert orders_by_seat(size, SHARED) == expected
    assert orders_by_seat(size, TRUNCATED) == expected


@pytest.mark.parametrize(
    ("size", "mode", "expected"),
    [
        (2, SHARED, (1, 2)),
        (4, SHARED, (3, 1, 2, 4)),
        (6, SHARED, (5, 3, 1, 2, 4, 6)),
        (2, TRUNCATED, (2, 1)),
        (4, TRUNCATED, (4, 2, 1, 3)),
        (6, TRUNCATED, (6, 4, 2, 1, 3, 5)),
    ],
)
def test_pl03_even_table_layouts(size, mode, expected):
    assert orders_by_seat(size, mode) == expected


def test_pl03_shared_centre_is_the_default_mode():
    assert orders_by_seat(4) == (3, 1, 2, 4)


def test_pl01_seats_are_counted_from_the_audience_left():
    # given a five-seat table, when we ask where order 2 (the presider's right)
    # sits, then it is the seat left of the centre as the audience sees it
    orders = orders_by_seat(5)
    assert orders.index(2) + 1 == presider_seat(5) - 1


def test_a_table_needs_a_seat():
    with pytest.raises(ValueError, match="at least one seat"):
        orders_by_seat(0)


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        (1, (Side.AUDIENCE_LEFT, 1, 1)),
        (2, (Side.AUDIENCE_RIGHT, 1, 1)),
        (3, (Side.AUDIENCE_LEFT, 1, 2)),
        (4, (Side.AUDIENCE_RIGHT, 1, 2)),
        (5, (Side.AUDIENCE_LEFT, 2, 1)),
        (6, (Side.AUDIENCE_RIGHT, 2, 1)),
    ],
)
def test_pl04_front_rows_alternate_from_the_aisle_right_side_first(order, expected):
    # given two seats each side of the aisle per row
    assert front_row_place(order, seats_per_side=2) == expected


def test_pl04_front_row_orders_start_at_one():
    with pytest.raises(ValueError):
        front_row_place(0, seats_per_side=2)


@given(size=sizes, mode=modes)
def test_layout_is_a_permutation_of_the_orders(size, mode):
    assert sorted(orders_by_seat(size, mode)) == list(range(1, size + 1))


@given(size=sizes.filter(lambda n: n % 2 == 1))
def test_pl02_odd_layout_alternates_outward_right_first(size):
    # given any odd table, then order k sits k // 2 seats from the centre, the
    # even orders on the presider's right (the audience's left)
    orders = orders_by_seat(size)
    centre = (size + 1) // 2
    assert presider_seat(size) == centre
    for seat, order in enumerate(orders, start=1):
        assert abs(seat - centre) == order // 2
        if order > 1:
            assert (seat < centre) == (order % 2 == 0)


@given(size=sizes.filter(lambda n: n % 2 == 0))
def test_pl03_even_layouts_place_the_presider_beside_the_middle(size):
    assert presider_seat(size, SHARED) == size // 2
    assert presider_seat(size, TRUNCATED) == size // 2 + 1
    # the truncated layout is the next odd layout without its right-most seat
    assert orders_by_seat(size, TRUNCATED) == orders_by_seat(size + 1)[:-1]


@given(order=st.integers(1, 200), per_side=st.integers(1, 12))
def test_pl04_front_row_places_are_distinct_and_fill_rows_in_turn(order, per_side):
    side, row, seat = front_row_place(order, per_side)
    assert 1 <= seat <= per_side
    # the next guest sits on the other side of the aisle
    assert front_row_place(order + 1, per_side)[0] is not side
    # two orders apart: same side, next seat or the next row's first seat
    _, next_row, next_seat = front_row_place(order + 2, per_side)
    assert (next_row, next_seat) in {(row, seat + 1), (row + 1, 1)}
