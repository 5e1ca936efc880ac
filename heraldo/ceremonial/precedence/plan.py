"""What the engine answers: the protocol plan of one act, with the rules that made it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from heraldo.ceremonial.placement import Side
from heraldo.ceremonial.precedence.explanations import AppliedRule, ProtocolWarning
from heraldo.ceremonial.precedence.inputs import Emblem


class SpeechKind(StrEnum):
    WELCOME = "WELCOME"
    READING = "READING"
    ORATION = "ORATION"  # discurso de orden
    SPEECH = "SPEECH"
    CLOSING = "CLOSING"


class Formation(StrEnum):
    SEATED = "SEATED"
    STANDING = "STANDING"  # a line facing the audience (PL-05)


class AnthemMoment(StrEnum):
    AFTER_PRESIDENCY = "AFTER_PRESIDENCY"  # once the presidency is installed
    CLOSING = "CLOSING"


@dataclass(frozen=True)
class Seat:
    """A place at the head table.

    `seat` counts from the audience's left (PL-01); `offset` is relative to the
    presider's seat, negative towards the presider's right; `order` is the
    precedence order at the table, 1 being the presider.
    """

    seat: int
    offset: int
    order: int
    attendee_id: str
    title: str


@dataclass(frozen=True)
class FrontRowSeat:
    order: int
    side: Side
    row: int
    seat_from_aisle: int
    attendee_id: str
    title: str


@dataclass(frozen=True)
class SpeechSlot:
    kind: SpeechKind
    attendee_id: str | None  # None: still to be designated
    title: str


@dataclass(frozen=True)
class Oath:
    sworn_id: str
    administered_by_id: str


@dataclass(frozen=True)
class FlagPosition:
    emblem: Emblem
    position: int  # from the audience's left


@dataclass(frozen=True)
class FlagAssignment:
    emblem: Emblem
    attendee_id: str | None
    half_mast: bool


@dataclass(frozen=True)
class Anthem:
    emblem: Emblem
    moment: AnthemMoment


@dataclass(frozen=True)
class ProtocolPlan:
    presider_id: str
    presidency_rule: str
    precedence: tuple[str, ...]  # every attendee, in this act's order of precedence
    head_table: tuple[Seat, ...]  # from the audience's left to right
    formation: Formation
    lectern: Side | None
    front_rows: tuple[FrontRowSeat, ...]
    speeches: tuple[SpeechSlot, ...]
    greeting_order: tuple[str, ...]
    oaths: tuple[Oath, ...]
    flags: tuple[FlagPosition, ...]
    flag_raising: tuple[FlagAssignment, ...]
    anthems: tuple[Anthem, ...]
    marcha_de_banderas_for: str | None
    applied: tuple[AppliedRule, ...]
    warnings: tuple[ProtocolWarning, ...]

    @property
    def rule_codes(self) -> frozenset[str]:
        return frozenset(rule.rule for rule in self.applied) | frozenset(w.rule for w in self.warnings)

    @property
    def warning_codes(self) -> frozenset[str]:
        return frozenset(warning.code for warning in self.warnings)
