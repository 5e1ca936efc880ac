"""Why the plan is what it is: every decision is recorded as an applied rule or a
warning, each with its rule code and a sentence for the protocol office."""

from __future__ import annotations

from dataclasses import dataclass, field


def gettext_noop(message: str) -> str:
    """Marks an explanation's Spanish template for translation (makemessages reads the name); the engine stays free of
    Django, and the display translates the template in the reader's language."""
    return message


class _Sentence:
    """A Spanish template with %(name)s placeholders and its values: translated where it is shown, so a plan
    computed once reads in each reader's language."""

    template: str
    params: dict[str, str]

    @property
    def message(self) -> str:
        """The sentence in Spanish, the source language."""
        return self.template % self.params if self.params else self.template


@dataclass(frozen=True)
class AppliedRule(_Sentence):
    rule: str
    template: str
    attendee_ids: tuple[str, ...] = ()
    params: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class ProtocolWarning(_Sentence):
    code: str  # stable and dotted, e.g. "presidency.cession_suggested"
    rule: str
    template: str
    attendee_ids: tuple[str, ...] = ()
    params: dict[str, str] = field(default_factory=dict, compare=False)


class ExplanationLog:
    """The log every step of the engine writes its decisions to; it becomes the plan's
    `applied` and `warnings`."""

    def __init__(self) -> None:
        self.applied: list[AppliedRule] = []
        self.warnings: list[ProtocolWarning] = []

    def apply(self, rule: str, template: str, *attendee_ids: str, **params: object) -> None:
        self.applied.append(AppliedRule(rule, template, attendee_ids, {k: str(v) for k, v in params.items()}))

    def warn(self, code: str, rule: str, template: str, *attendee_ids: str, **params: object) -> None:
        self.warnings.append(
            ProtocolWarning(code, rule, template, attendee_ids, {k: str(v) for k, v in params.items()})
        )
