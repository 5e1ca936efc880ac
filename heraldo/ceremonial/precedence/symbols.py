"""Flags, anthems and the Marcha de Banderas (PL-06, SY-01 to SY-05)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from heraldo.ceremonial.placement import EvenTableMode, orders_by_seat
from heraldo.ceremonial.precedence.explanations import ExplanationLog, gettext_noop
from heraldo.ceremonial.precedence.inputs import Emblem, EventClass, Host, ProtocolOptions
from heraldo.ceremonial.precedence.plan import Anthem, AnthemMoment, FlagAssignment, FlagPosition
from heraldo.ceremonial.precedence.presidency import host_party
from heraldo.ceremonial.precedence.ranking import Standing

_NO_BEARER = {
    Emblem.NATIONAL: gettext_noop("Nadie para izar el Pabellón Nacional."),
    Emblem.REGIONAL: gettext_noop("Nadie para izar la bandera regional."),
    Emblem.MUNICIPAL: gettext_noop("Nadie para izar la bandera del distrito."),
}
_RAISES = {
    Emblem.NATIONAL: gettext_noop("%(name)s iza el Pabellón Nacional."),
    Emblem.REGIONAL: gettext_noop("%(name)s iza la bandera regional."),
    Emblem.MUNICIPAL: gettext_noop("%(name)s iza la bandera del distrito."),
}


def place_flags(options: ProtocolOptions, log: ExplanationLog) -> tuple[FlagPosition, ...]:
    emblems = _by_hierarchy(options.flags)
    if not emblems:
        return ()
    if Emblem.NATIONAL not in emblems:
        log.warn("symbols.national_flag_missing", "PL-06", gettext_noop("Falta el Pabellón Nacional."))
    # In an even set the place of honour is the presider's right of the centre,
    # which is where the shared-centre layout puts order 1.
    orders = orders_by_seat(len(emblems), EvenTableMode.SHARED_CENTRE)
    log.apply("PL-06", gettext_noop("Pabellón Nacional en el lugar de honor; luego regional y municipal."))
    return tuple(FlagPosition(emblems[order - 1], position) for position, order in enumerate(orders, start=1))


def assign_flag_bearers(
    standings: list[Standing], host: Host, options: ProtocolOptions, log: ExplanationLog
) -> tuple[FlagAssignment, ...]:
    if options.event_class is not EventClass.IZAMIENTO and not options.flag_raising:
        return ()
    by_own_rank = sorted(standings, key=lambda s: s.own_key)
    assignments = []
    taken: set[str] = set()
    # The national and municipal bearers are chosen first (SY-03), so that the
    # regional flag, which the note leaves open, cannot take the host's member.
    for emblem in sorted(options.flags, key=_BEARER_CHOICE_ORDER.index):
        pool = by_own_rank
        if emblem is Emblem.MUNICIPAL:
            pool = [s for s in by_own_rank if s.belongs_to(host.organiser.entity)]
        bearer = next((s for s in pool if s.id not in taken), None)
        if bearer is None:
            log.warn(
                "symbols.no_flag_bearer",
                "SY-03",
                _NO_BEARER[emblem],
            )
        else:
            taken.add(bearer.id)
            log.apply("SY-03", _RAISES[emblem], bearer.id, name=bearer.name)
        bearer_id = bearer.id if bearer else None
        assignments.append(FlagAssignment(emblem, bearer_id, options.national_mourning))
    return tuple(sorted(assignments, key=lambda a: _EMBLEM_ORDER[a.emblem]))


_BEARER_CHOICE_ORDER = [Emblem.NATIONAL, Emblem.MUNICIPAL, Emblem.REGIONAL]


def plan_anthems(options: ProtocolOptions, log: ExplanationLog) -> tuple[Anthem, ...]:
    local_moment = AnthemMoment.AFTER_PRESIDENCY
    if options.local_anthems_at_end:
        local_moment = AnthemMoment.CLOSING
    log.apply(
        "SY-01",
        gettext_noop("Himno Nacional instalada la presidencia; los locales, según costumbre."),
    )
    return (
        Anthem(Emblem.NATIONAL, AnthemMoment.AFTER_PRESIDENCY),
        *(Anthem(emblem, local_moment) for emblem in _by_hierarchy(options.local_anthems)),
    )


def marcha_de_banderas_for(ranked: list[Standing], log: ExplanationLog) -> str | None:
    head_of_state = next((s for s in ranked if s.is_head_of_state()), None)
    if head_of_state is None:
        log.apply("SY-05", gettext_noop("Sin Marcha de Banderas para la entrada de autoridades locales."))
        return None
    log.apply("SY-05", gettext_noop("Marcha de Banderas para %(name)s."), head_of_state.id, name=head_of_state.name)
    return head_of_state.id


_MONDAY, _SUNDAY = 0, 6


def check_symbols(ranked: list[Standing], host: Host, day: date, options: ProtocolOptions, log: ExplanationLog) -> None:
    """SY-02 and SY-04, which only trace and warn."""
    weekly = options.event_class is EventClass.IZAMIENTO and day.weekday() in (
        _MONDAY,
        _SUNDAY,
    )
    if weekly:
        if day.weekday() == _SUNDAY:
            log.apply("SY-02", gettext_noop("Izamiento dominical en la plaza principal."))
        else:
            log.apply("SY-02", gettext_noop("Izamiento del lunes, 08:00, en el local institucional."))
        head = host_party(host.organiser, ranked)
        if head is None or head.attendee.represents is not None:
            log.warn(
                "symbols.highest_authority_absent",
                "SY-02",
                gettext_noop("El D.S. 127-2025-PCM pide la presencia de la máxima autoridad."),
            )
        log.warn(
            "symbols.check_emergency_decree",
            "SY-02",
            gettext_noop("Verifique que siga vigente el D.S. 127-2025-PCM (estado de emergencia)."),
        )
    if options.national_mourning:
        log.apply("SY-04", gettext_noop("Duelo nacional: banderas a media asta; el acto se mantiene."))
        log.warn(
            "symbols.half_mast_procedure",
            "SY-04",
            gettext_noop("Izar al tope y bajar a media asta; al arriar, volver al tope y bajar."),
        )
        log.warn(
            "symbols.festive_review",
            "SY-04",
            gettext_noop("Revise los componentes festivos del programa (música, brindis)."),
        )


_EMBLEM_ORDER = {emblem: position for position, emblem in enumerate(Emblem)}


def _by_hierarchy(emblems: Iterable[Emblem]) -> tuple[Emblem, ...]:
    return tuple(sorted(emblems, key=_EMBLEM_ORDER.__getitem__))
