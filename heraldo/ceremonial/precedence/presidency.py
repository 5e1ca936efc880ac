"""Who presides (PR-07 to PR-11): the host, the President of the Republic, a courtesy
cession, a representative or the higher of two co-organisers."""

from __future__ import annotations

from dataclasses import dataclass

from heraldo.ceremonial.precedence.explanations import ExplanationLog, gettext_noop
from heraldo.ceremonial.precedence.inputs import Host, Organiser, ProtocolOptions
from heraldo.ceremonial.precedence.ranking import Standing


@dataclass(frozen=True)
class Presidency:
    presider: Standing
    rule: str
    hosts_after: tuple[Standing, ...]  # pinned right after the presider
    guests_before_hosts: int  # 1 when the host yields the presider's right (PR-09)
    host_parties: tuple[Standing, ...]  # organisers' heads or their representatives

    @property
    def host_presides(self) -> bool:
        return self.presider in self.host_parties


def host_party(organiser: Organiser, ranked: list[Standing]) -> Standing | None:
    """The organiser's head (titular or encargado), else his representative."""
    holders = [
        s
        for s in ranked
        if s.attendee.entity == organiser.entity
        and s.attendee.office_code == organiser.head_office
        and s.attendee.represents is None
    ]
    representatives = [
        s
        for s in ranked
        if s.attendee.represents is not None
        and s.attendee.represents.office_code == organiser.head_office
        and s.attendee.represents.entity == organiser.entity
    ]
    return next(iter(holders or representatives), None)


def choose_presidency(ranked: list[Standing], host: Host, options: ProtocolOptions, log: ExplanationLog) -> Presidency:
    organisers = [host.organiser, *filter(None, [host.co_organiser])]
    found = (host_party(organiser, ranked) for organiser in organisers)
    parties = tuple(dict.fromkeys(party for party in found if party is not None))
    hosts = tuple(sorted(parties, key=lambda s: s.key))

    head_of_state = next((s for s in ranked if s.is_head_of_state()), None) or next(
        (s for s in ranked if s.represents_head_of_state()), None
    )
    if head_of_state is not None:
        if options.courtesy_cession_to is not None:
            log.warn(
                "presidency.cession_ignored",
                "PR-09",
                gettext_noop(
                    "Solo cabe una cesión por acto y preside el Presidente de la República (cesión obligatoria)."
                ),
            )
        if head_of_state.attendee.represents is not None:
            log.apply(
                "PR-04",
                gettext_noop("%(name)s representa al Presidente de la República."),
                head_of_state.id,
                name=head_of_state.name,
            )
        yielding = tuple(s for s in hosts if s is not head_of_state)
        log.apply(
            "PR-08",
            gettext_noop("Cesión obligatoria: preside %(name)s; el anfitrión toma el puesto 2."),
            head_of_state.id,
            *(s.id for s in yielding),
            name=head_of_state.name,
        )
        return Presidency(head_of_state, "PR-08", yielding, 0, parties)

    if options.courtesy_cession_to is not None:
        target = next(s for s in ranked if s.id == options.courtesy_cession_to)
        refusal = _cession_refusal(target, hosts)
        if refusal is None:
            position = options.courtesy_host_position
            log.apply(
                "PR-09",
                gettext_noop("Cesión de cortesía: preside %(name)s; el anfitrión ocupa el puesto %(position)s."),
                target.id,
                *(s.id for s in hosts),
                name=target.name,
                position=position,
            )
            return Presidency(target, "PR-09", hosts, position - 2, parties)
        log.warn("presidency.cession_refused", "PR-09", refusal, target.id, name=target.name)

    if not hosts:
        presider = ranked[0]
        log.warn(
            "presidency.host_absent",
            "PR-07",
            gettext_noop(
                "No asiste el anfitrión ni su representante: preside la autoridad de mayor precedencia, %(name)s."
            ),
            presider.id,
            name=presider.name,
        )
        return Presidency(presider, "PR-07", (), 0, parties)

    presider, *others = hosts
    if others:
        rule = "PR-11"
        template = gettext_noop("Acto coorganizado: preside %(name)s, anfitrión de mayor rango.")
    elif presider.attendee.represents is not None:
        rule = "PR-10"
        template = gettext_noop("Preside %(name)s en representación del anfitrión.")
    else:
        rule = "PR-07"
        template = gettext_noop("Preside el anfitrión, %(name)s.")
    log.apply(rule, template, presider.id, *(s.id for s in others), name=presider.name)
    _suggest_cession(presider, ranked, parties, rule, log)
    return Presidency(presider, rule, tuple(others), 0, parties)


def _cession_refusal(target: Standing, hosts: tuple[Standing, ...]) -> str | None:
    if not hosts:
        return gettext_noop("Sin anfitrión presente no hay presidencia que ceder.")
    if target in hosts:
        return gettext_noop("La presidencia no se cede a un anfitrión.")
    if target.key >= hosts[0].key:
        return gettext_noop("%(name)s no precede al anfitrión: no cabe cederle la presidencia.")
    return None


def _suggest_cession(
    presider: Standing,
    ranked: list[Standing],
    parties: tuple[Standing, ...],
    rule: str,
    log: ExplanationLog,
) -> None:
    # A representative who presides is weighed by his own office (PR-10).
    host_row = presider.own_row if rule == "PR-10" else presider.row
    if host_row is None:
        return
    outranking = [s.id for s in ranked if s not in parties and s.row is not None and s.row.rank < host_row.rank]
    if outranking:
        log.warn(
            "presidency.cession_suggested",
            "PR-10" if rule == "PR-10" else "PR-09",
            gettext_noop("Asisten autoridades de mayor rango que el anfitrión: considere una cesión de cortesía."),
            *outranking,
        )
