"""Who sits where (PL-01 to PL-04): the head table's members and seats, then the front
rows. The geometry of a seat is `heraldo.ceremonial.placement`'s."""

from __future__ import annotations

from heraldo.ceremonial.placement import EvenTableMode, front_row_place, orders_by_seat
from heraldo.ceremonial.precedence.explanations import ExplanationLog, gettext_noop
from heraldo.ceremonial.precedence.inputs import ProtocolOptions
from heraldo.ceremonial.precedence.plan import FrontRowSeat, Seat
from heraldo.ceremonial.precedence.presidency import Presidency
from heraldo.ceremonial.precedence.ranking import Standing

_EVEN_TABLE = {
    EvenTableMode.SHARED_CENTRE: gettext_noop(
        "Mesa par de %(size)s: presidencia y segundo lugar comparten el centro, "
        "el segundo a la izquierda de quien preside."
    ),
    EvenTableMode.TRUNCATED_ODD: gettext_noop(
        "Mesa par de %(size)s: se dispone como una impar de un puesto más, "
        "sin su último puesto a la derecha del público."
    ),
}


def head_table_members(
    ranked: list[Standing],
    presidency: Presidency,
    options: ProtocolOptions,
    log: ExplanationLog,
) -> list[Standing]:
    wanted = options.head_table_size
    if wanted is None:
        return []
    fixed = [presidency.presider, *presidency.hosts_after]
    marked = {*options.speakers, *options.protagonists, *filter(None, [options.orator])}
    candidates = []
    for s in ranked:
        if s in fixed:
            continue
        if (s.row is not None and s.row.head_table_eligible) or s.id in marked:
            candidates.append(s)
    size = min(wanted, len(fixed) + len(candidates))
    if size < wanted:
        log.warn(
            "placement.table_reduced",
            "PL-04",
            gettext_noop("Solo hay %(size)s personas para una mesa de %(wanted)s: la mesa se reduce."),
            size=size,
            wanted=wanted,
        )
    if len(fixed) > size:
        log.warn(
            "placement.host_excluded",
            "PL-04",
            gettext_noop("La mesa es demasiado pequeña para sentar al anfitrión."),
            *(s.id for s in fixed[size:]),
        )
        fixed = fixed[:size]
    guests = candidates[: size - len(fixed)]
    for s in guests:
        if s.row is None or not s.row.head_table_eligible:
            log.apply(
                "PL-04",
                gettext_noop("%(name)s integra la mesa como orador(a) o protagonista."),
                s.id,
                name=s.name,
            )
    lead = min(presidency.guests_before_hosts, len(guests))
    log.apply(
        "PL-04",
        gettext_noop("Mesa de honor: presidencia, anfitrión y autoridades elegibles de mayor precedencia."),
    )
    return [fixed[0], *guests[:lead], *fixed[1:], *guests[lead:]]


def seat_head_table(
    members: list[Standing],
    presidency: Presidency,
    options: ProtocolOptions,
    log: ExplanationLog,
) -> tuple[Seat, ...]:
    if not members:
        return ()
    size = len(members)
    orders = orders_by_seat(size, options.even_table_mode)
    centre = orders.index(1) + 1
    log.apply("PL-01", gettext_noop("Puestos numerados desde la izquierda del público."))
    shared = options.even_table_mode is EvenTableMode.SHARED_CENTRE
    if size % 2 == 1:
        log.apply("PL-02", gettext_noop("Mesa impar de %(size)s: presidencia al centro, luego alternando."), size=size)
    elif presidency.rule == "PR-11" and shared:
        log.apply("PR-11", gettext_noop("Presidencia compartida: el anfitrión de mayor rango a la derecha."))
    else:
        log.apply("PL-03", _EVEN_TABLE[options.even_table_mode], size=size)
        log.warn(
            "placement.even_table",
            "PL-03",
            gettext_noop("Mesa par: prefiera una presidencia impar para que haya un centro."),
        )
    return tuple(
        Seat(
            seat=seat,
            offset=seat - centre,
            order=order,
            attendee_id=members[order - 1].id,
            title=members[order - 1].title,
        )
        for seat, order in enumerate(orders, start=1)
    )


def seat_front_rows(rest: list[Standing], options: ProtocolOptions, log: ExplanationLog) -> tuple[FrontRowSeat, ...]:
    if rest:
        log.apply(
            "PL-04",
            gettext_noop("Primeras filas por precedencia, desde el pasillo, derecha primero."),
        )
    places = []
    for order, s in enumerate(rest, start=1):
        side, row, seat = front_row_place(order, options.front_row_seats_per_side)
        places.append(FrontRowSeat(order, side, row, seat, s.id, s.title))
    return tuple(places)
