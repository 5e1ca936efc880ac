"""The engine's answer: the regime, the processes in force, the findings and the follow-ups, each explained."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


def gettext_noop(message: str) -> str:
    """Marks a Spanish template for translation (makemessages reads the name); the engine stays free of Django and
    the display translates the template in the reader's language."""
    return message


class Level(StrEnum):
    BLOCK = "block"  # the piece may not be shown as it is
    WARN = "warn"  # a person must look at it, or a follow-up is required
    INFO = "info"  # for the record: a follow-up the office will do, a law that also applies


class Regime(StrEnum):
    ELECTORAL = "electoral"
    ORDINARY = "ordinario"


@dataclass(frozen=True)
class Finding:
    rule: str  # E1..E8, P1..P4
    level: Level
    code: str  # stable and dotted, e.g. "official.image"
    template: str  # Spanish source with %(name)s placeholders, translated where it is shown
    params: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def message(self) -> str:
        """The sentence in Spanish, the source language."""
        return self.template % self.params if self.params else self.template


@dataclass(frozen=True)
class FollowUp:
    """Something the office must do by a date: ask the JEE, report to it, withdraw a piece."""

    kind: str  # "autorizacion_jee", "reporte_posterior", "retiro_o_adecuacion"
    due: date
    rule: str
    template: str
    params: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def message(self) -> str:
        return self.template % self.params if self.params else self.template


@dataclass(frozen=True)
class Verdict:
    regime: Regime
    processes: tuple[str, ...]  # names of the processes in force over the exposure window
    findings: tuple[Finding, ...]
    tasks: tuple[FollowUp, ...]

    @property
    def verdict(self) -> str:
        levels = {finding.level for finding in self.findings}
        if Level.BLOCK in levels:
            return "block"
        if Level.WARN in levels:
            return "warn"
        return "pass"

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.level == Level.BLOCK)

    def as_dict(self, translate=lambda template: template) -> dict:
        """The command-line contract's shape; `translate` turns a Spanish template into the reader's language."""

        def sentence(item: Finding) -> str:
            text = str(translate(item.template))
            return text % item.params if item.params else text

        return {
            "regime": self.regime.value,
            "processes": list(self.processes),
            "verdict": self.verdict,
            "findings": [
                {"rule": finding.rule, "level": finding.level.value, "message": sentence(finding)}
                for finding in self.findings
            ],
            "tasks": [{"kind": task.kind, "due": task.due.isoformat()} for task in self.tasks],
        }
