"""Seating geometry for the head table (*mesa de honor*), standing lines and front rows.

Pure functions of sizes and precedence orders: who holds which order is decided in
`heraldo.ceremonial.precedence`; this module only says where order *k* sits.

Seats are numbered 1..N from the **audience's left to the audience's right** (PL-01).
"Right" in protocol rules always means the presider's right, which is the audience's
left: the side of honour.
"""

from __future__ import annotations

from enum import StrEnum


class EvenTableMode(StrEnum):
    """How an even table, which has no centre seat, is laid out (PL-03)."""

    SHARED_CENTRE = "SHARED_CENTRE"
    TRUNCATED_ODD = "TRUNCATED_ODD"


class Side(StrEnum):
    """A side of the room as the audience sees it."""

    AUDIENCE_LEFT = "AUDIENCE_LEFT"  # the presider's right: the side of honour
    AUDIENCE_RIGHT = "AUDIENCE_RIGHT"


def orders_by_seat(size: int, even_mode: EvenTableMode = EvenTableMode.SHARED_CENTRE) -> tuple[int, ...]:
    """The precedence order sitting in each seat, seats listed from the audience's left.

    Odd sizes follow PL-02 (presider in the centre, then alternating right/left);
    even sizes follow PL-03 in the given mode. The same layout serves standing
    lines facing the audience (PL-05).
    """
    if size < 1:
        raise ValueError("A table needs at least one seat.")
    if size % 2 == 1:
        seat_of = _odd_layout_seat
    elif even_mode is EvenTableMode.SHARED_CENTRE:
        seat_of = _shared_centre_seat
    else:
        # The odd layout for size + 1 puts order size + 1 in the right-most seat;
        # dropping that seat leaves orders 1..size in seats 1..size.
        def seat_of(order: int, size: int) -> int:
            return _odd_layout_seat(order, size + 1)

    orders = [0] * size
    for order in range(1, size + 1):
        orders[seat_of(order, size) - 1] = order
    return tuple(orders)


def presider_seat(size: int, even_mode: EvenTableMode = EvenTableMode.SHARED_CENTRE) -> int:
    """The seat number (1-based, from the audience's left) of precedence order 1."""
    return orders_by_seat(size, even_mode).index(1) + 1


def front_row_place(order: int, seats_per_side: int) -> tuple[Side, int, int]:
    """Where the *order*-th guest of the reserved front rows sits (PL-04).

    Guests alternate either side of the central aisle, the presider's right (the
    audience's left) first, filling each row outward from the aisle before the next
    row. Returns (side, row number, seat number counted from the aisle).
    """
    if order < 1 or seats_per_side < 1:
        raise ValueError("Orders and seats per side start at 1.")
    pair, parity = divmod(order - 1, 2)
    side = Side.AUDIENCE_LEFT if parity == 0 else Side.AUDIENCE_RIGHT
    row, seat = divmod(pair, seats_per_side)
    return side, row + 1, seat + 1


def _odd_layout_seat(order: int, size: int) -> int:
    centre = (size + 1) // 2
    if order == 1:
        return centre
    if order % 2 == 0:
        return centre - order // 2
    return centre + (order - 1) // 2


def _shared_centre_seat(order: int, size: int) -> int:
    half = size // 2
    if order == 1:
        return half
    if order == 2:
        return half + 1
    if order % 2 == 1:
        return half - (order - 1) // 2
    return half + order // 2
