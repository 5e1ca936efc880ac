"""A piece seen by the publicity-law checks (heraldo.publicity): blocking findings hold its approval unless the head
of unit wrote an exception covering each of them; the follow-ups the law requires (JEE authorisation, reporte
posterior) become tasks when the office approves."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from heraldo.campaigns.facts import piece_facts
from heraldo.campaigns.models import Piece
from heraldo.publicity.checks import Finding, Verdict, evaluate, finding_key, translated


def piece_verdict(piece: Piece, *, today: date | None = None) -> Verdict:
    return evaluate(piece_facts(piece), today=today)


def uncovered(piece: Piece, verdict: Verdict) -> list[Finding]:
    """The blocking findings the head of unit's exception does not cover."""
    covered = set(piece.publicity_override_findings or []) if piece.publicity_override_at else set()
    return [finding for finding in verdict.blocking if finding_key(finding) not in covered]


def publicity_refusal(piece: Piece, verdict: Verdict) -> str | None:
    findings = uncovered(piece, verdict)
    if not findings:
        return None
    sentences = " ".join(f"[{finding.rule}] {translated(finding.template, finding.params)}" for finding in findings)
    return _(
        "Normas de publicidad estatal: %(findings)s "
        "Corrija la pieza o pida a la Jefatura de Imagen una excepción escrita."
    ) % {"findings": sentences}
