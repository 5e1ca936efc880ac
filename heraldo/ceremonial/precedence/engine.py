"""The engine's one entry point: rank the attendees, then decide presidency, seats,
speeches, oaths and symbols, each step tracing its rules in one log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from heraldo.ceremonial.placement import Side
from heraldo.ceremonial.precedence.explanations import ExplanationLog, gettext_noop
from heraldo.ceremonial.precedence.inputs import Attendee, EventClass, Host, ProtocolOptions
from heraldo.ceremonial.precedence.plan import Formation, ProtocolPlan
from heraldo.ceremonial.precedence.presidency import choose_presidency
from heraldo.ceremonial.precedence.ranking import standing_of, trace_tiebreaks
from heraldo.ceremonial.precedence.seating import head_table_members, seat_front_rows, seat_head_table
from heraldo.ceremonial.precedence.speeches import plan_oaths, plan_speeches
from heraldo.ceremonial.precedence.symbols import (
    assign_flag_bearers,
    check_symbols,
    marcha_de_banderas_for,
    place_flags,
    plan_anthems,
)
from heraldo.ceremonial.precedence.table import PrecedenceTable


def compute_protocol(
    *,
    attendees: Sequence[Attendee],
    host: Host,
    event_date: date,
    table: PrecedenceTable,
    options: ProtocolOptions,
) -> ProtocolPlan:
    """Compute the protocol plan of one act. Raises ValueError on bad input."""
    _check_references(attendees, options)
    log = ExplanationLog()
    log.apply(
        "PR-01",
        gettext_noop("Cuadro de precedencias vigente al %(date)s: %(count)s cargos."),
        date=f"{event_date:%d/%m/%Y}",
        count=len(table.rows_on(event_date)),
    )
    venue, mode = host.venue_ubigeo, options.representation_mode
    # Attendees are taken in id order so the plan, traces included, does not
    # depend on the order the caller listed them in.
    standings = [standing_of(a, table, event_date, venue, mode, log) for a in sorted(attendees, key=lambda a: a.id)]
    ranked = sorted(standings, key=lambda s: s.key)
    trace_tiebreaks(ranked, log)

    presidency = choose_presidency(ranked, host, options, log)
    members = head_table_members(ranked, presidency, options, log)
    head_table = seat_head_table(members, presidency, options, log)
    presider = presidency.presider
    audience = [presider, *(s for s in ranked if s is not presider)]
    front_rows = seat_front_rows([s for s in audience if s not in members], options, log)
    formation = Formation.SEATED
    if options.event_class is EventClass.IZAMIENTO and members:
        formation = Formation.STANDING
        log.apply(
            "PL-05",
            gettext_noop("Formación de pie frente al público, con la alternancia de la mesa."),
        )
    lectern = Side.AUDIENCE_RIGHT if members else None
    if lectern:
        log.apply("PL-07", gettext_noop("Atril a la izquierda de la presidencia (derecha del público)."))
    speeches = plan_speeches(ranked, host, presidency, options, log)
    greeting = (
        presider.id,
        *(s.id for s in members[1:]),
        *(r.attendee_id for r in front_rows if r.attendee_id != presider.id),
    )
    log.apply("SP-07", gettext_noop("Saludo protocolar en el orden calculado, la presidencia primero."))
    oaths = plan_oaths(ranked, host, presidency, options, log)
    flags = place_flags(options, log)
    flag_raising = assign_flag_bearers(standings, host, options, log)
    anthems = plan_anthems(options, log)
    marcha = marcha_de_banderas_for(ranked, log)
    check_symbols(ranked, host, event_date, options, log)

    return ProtocolPlan(
        presider_id=presider.id,
        presidency_rule=presidency.rule,
        precedence=tuple(s.id for s in ranked),
        head_table=head_table,
        formation=formation,
        lectern=lectern,
        front_rows=front_rows,
        speeches=speeches,
        greeting_order=greeting,
        oaths=oaths,
        flags=flags,
        flag_raising=flag_raising,
        anthems=anthems,
        marcha_de_banderas_for=marcha,
        applied=tuple(log.applied),
        warnings=tuple(log.warnings),
    )


def _check_references(attendees: Sequence[Attendee], options: ProtocolOptions) -> None:
    if not attendees:
        raise ValueError("An act needs at least one attendee.")
    ids = [a.id for a in attendees]
    if len(set(ids)) != len(ids):
        raise ValueError("Attendee ids must be unique.")
    single = [
        options.orator,
        options.reader,
        options.courtesy_cession_to,
        options.welcome_speaker,
    ]
    referenced = {*options.speakers, *options.protagonists, *filter(None, single)}
    unknown = sorted(referenced - set(ids))
    if unknown:
        raise ValueError(f"Options refer to unknown attendees: {', '.join(unknown)}.")
