"""Why the plan is what it is: every decision is recorded as an applied rule or a
warning, each with its rule code and a sentence for the protocol office."""

from __future__ import annotations

from dataclasses import dataclass, field


def gettext_noop(message: str) -> str:
    """Marks a warning's Spanish template for translation (makemessages reads the name); the engine stays free of
    Django, and the display translates the template in the reader's language."""
    return message


@dataclass(frozen=True)
class AppliedRule:
    rule: str
    message: str
    attendee_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProtocolWarning:
    code: str  # stable and dotted, e.g. "presidency.cession_suggested"
    rule: str
    template: str  # Spanish source with %(name)s placeholders, translated where it is shown
    attendee_ids: tuple[str, ...] = ()
    params: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def message(self) -> str:
        """The sentence in Spanish, the source language."""
        return self.template % self.params if self.params else self.template


class ExplanationLog:
    """The log every step of the engine writes its decisions to; it becomes the plan's
    `applied` and `warnings`."""

    def __init__(self) -> None:
        self.applied: list[AppliedRule] = []
        self.warnings: list[ProtocolWarning] = []

    def apply(self, rule: str, message: str, *attendee_ids: str) -> None:
        self.applied.append(AppliedRule(rule, message, attendee_ids))

    def warn(self, code: str, rule: str, template: str, *attendee_ids: str, **params: object) -> None:
        self.warnings.append(
            ProtocolWarning(code, rule, template, attendee_ids, {k: str(v) for k, v in params.items()})
        )
