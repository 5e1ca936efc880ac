"""Why the plan is what it is: every decision is recorded as an applied rule or a
warning, each with its rule code and a sentence for the protocol office."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AppliedRule:
    rule: str
    message: str
    attendee_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProtocolWarning:
    code: str  # stable and dotted, e.g. "presidency.cession_suggested"
    rule: str
    message: str
    attendee_ids: tuple[str, ...] = ()


class ExplanationLog:
    """The log every step of the engine writes its decisions to; it becomes the plan's
    `applied` and `warnings`."""

    def __init__(self) -> None:
        self.applied: list[AppliedRule] = []
        self.warnings: list[ProtocolWarning] = []

    def apply(self, rule: str, message: str, *attendee_ids: str) -> None:
        self.applied.append(AppliedRule(rule, message, attendee_ids))

    def warn(self, code: str, rule: str, message: str, *attendee_ids: str) -> None:
        self.warnings.append(ProtocolWarning(code, rule, message, attendee_ids))
