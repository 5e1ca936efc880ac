"""The publicity-law checks as the other modules call them: the office's data read from the database, handed to
the pure engine (`heraldo.publicity.rules`), the answer returned. No rules live here.

    from heraldo.publicity.checks import evaluate, validate_facts, InvalidFacts

    verdict = evaluate({"channel": "RADIO", "exposure_window": ["2026-03-10", None], "topic": "SALUD", ...})
    verdict.verdict        # "block" | "warn" | "pass"
    verdict.findings       # Finding(rule="E4", level=Level.WARN, template=..., params=...) — .message in Spanish
    verdict.tasks          # FollowUp(kind="autorizacion_jee", due=date(2026, 3, 3), ...)
    verdict_as_dict(verdict)  # the command-line contract, translated in the active language

The fields of a piece and their accepted values are in docs/publicity.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.conf import settings as django_settings
from django.utils import timezone
from django.utils.translation import gettext

from heraldo.core.text import fold
from heraldo.core.writes import Refused
from heraldo.directory.models import Entity
from heraldo.directory.selectors import current_terms
from heraldo.publicity.models import ElectoralProcess, Nickname, PoliticalPalette
from heraldo.publicity.rules import (
    Authority,
    FactsError,
    Finding,
    FollowUp,
    Knowledge,
    Level,
    PieceFacts,
    Settings,
    SweepItem,
    Verdict,
    ban_start_sweep,
    check,
    parse_facts,
)
from heraldo.publicity.rules.facts import TOPICS
from heraldo.publicity.rules.facts import code as topic_code_of
from heraldo.work.models import NonWorkingDay

__all__ = [
    "Finding",
    "FollowUp",
    "InvalidFacts",
    "Level",
    "PieceFacts",
    "SweepItem",
    "Verdict",
    "evaluate",
    "finding_key",
    "load_knowledge",
    "sweep",
    "topic_code",
    "translated",
    "validate_facts",
    "verdict_as_dict",
]

_MAYOR_CODES = ("ALCALDE_DISTRITAL", "ALCALDE_PROVINCIAL")


class InvalidFacts(Refused):
    """The piece cannot be read; `field` names the part at fault. A `Refused`, so a form shows it on its field."""

    def __init__(self, error: FactsError):
        super().__init__(translated(error.template, error.params), field=error.field, code="invalid_facts")
        self.template = error.template
        self.params = error.params


def topic_code(text: str) -> str:
    """A topic as the rules know it ("Tributos" → TRIBUTOS); a free description the rules do not know is OTRO."""
    value = topic_code_of(text or "")
    return value if value in TOPICS else "OTRO"


def finding_key(finding: Finding) -> str:
    """One blocking finding as an exception records it: the rule, its kind and what it found, so that an exception
    covers exactly the findings it was written for and a new one blocks again."""
    return "|".join([finding.rule, finding.code, *(f"{k}={v}" for k, v in sorted(finding.params.items()))])


def translated(template: str, params: Mapping[str, str] | None = None) -> str:
    """A Spanish template of the engine in the active language, with its parameters."""
    text = gettext(template)
    return text % params if params else text


def validate_facts(data: Mapping[str, Any] | PieceFacts) -> PieceFacts:
    """The piece read from plain data (a dict as the command reads it from JSON); raises `InvalidFacts`."""
    if isinstance(data, PieceFacts):
        return data
    try:
        return parse_facts(data)
    except FactsError as error:
        raise InvalidFacts(error) from error


def _settings(municipality_ubigeo: str) -> Settings:
    return Settings(
        jee_lead_days=django_settings.HERALDO_PUBLICITY_JEE_LEAD_DAYS,
        report_working_days=django_settings.HERALDO_PUBLICITY_REPORT_WORKING_DAYS,
        colour_threshold=float(django_settings.HERALDO_PUBLICITY_COLOUR_THRESHOLD),
        municipality_ubigeo=municipality_ubigeo,
    )


def _authorities(today: date, municipality_id: int | None) -> list[Authority]:
    """Whoever holds a cargo of the municipality today (the Registro's current terms), with their nicknames."""
    if municipality_id is None:
        return []  # the Registro does not say which entity is ours: its people are not taken for our officials
    terms = current_terms(on=today).filter(position__entity_id=municipality_id)
    by_person: dict[int, dict[str, Any]] = {}
    rows = terms.order_by("person_id").values_list(
        "person_id",
        "person__given_names",
        "person__surnames",
        "position__title",
        "position__title_feminine",
        "position__office_code",
    )
    for person_id, given_names, surnames, title, title_feminine, office_code in rows:
        entry = by_person.setdefault(
            person_id,
            {"given_names": given_names, "surnames": surnames, "posts": set(), "is_mayor": False, "nicknames": []},
        )
        entry["posts"] |= {post for post in (title, title_feminine) if post}
        if office_code in _MAYOR_CODES or fold(title).startswith("alcalde"):
            entry["is_mayor"] = True
    nicknames = Nickname.objects.filter(person_id__in=by_person).order_by("pk").values_list("person_id", "nickname")
    for person_id, nickname in nicknames:
        by_person[person_id]["nicknames"].append(nickname)
    return [
        Authority(
            full_name=f"{entry['given_names']} {entry['surnames']}".strip(),
            given_names=entry["given_names"],
            surnames=entry["surnames"],
            nicknames=tuple(entry["nicknames"]),
            posts=tuple(sorted(entry["posts"])),
            person_id=person_id,
            is_mayor=entry["is_mayor"],
        )
        for person_id, entry in by_person.items()
    ]


def load_knowledge(*, today: date | None = None) -> Knowledge:
    """Everything the rules read, in six small queries; build it once to check many pieces."""
    today = today or timezone.localdate()
    municipality = Entity.objects.filter(is_own_municipality=True).values_list("pk", "ubigeo").first()
    municipality_id, ubigeo = municipality if municipality else (None, "")
    palettes = PoliticalPalette.objects.filter(is_active=True).only(
        "organisation", "colours", "keywords", "logos", "jurisdictions", "is_mayors"
    )
    return Knowledge(
        processes=tuple(process.as_rule() for process in ElectoralProcess.objects.all()),
        authorities=tuple(_authorities(today, municipality_id)),
        palettes=tuple(palette.as_rule() for palette in palettes),
        days_off=frozenset(NonWorkingDay.objects.values_list("day", flat=True)),
        settings=_settings(ubigeo or ""),
    )


def evaluate(
    facts: Mapping[str, Any] | PieceFacts, *, today: date | None = None, knowledge: Knowledge | None = None
) -> Verdict:
    """Check one piece against the rules in force over its exposure window. Raises `InvalidFacts` on bad input."""
    piece = validate_facts(facts)
    today = today or timezone.localdate()
    return check(piece, knowledge or load_knowledge(today=today), today=today)


def sweep(pieces, *, process: ElectoralProcess, today: date | None = None) -> list[SweepItem]:
    """Every piece still exposed when the process's ban starts, with what to do with it (E7)."""
    knowledge = load_knowledge(today=today or process.ban_start)
    return ban_start_sweep((validate_facts(piece) for piece in pieces), process.as_rule(), knowledge)


def verdict_as_dict(verdict: Verdict) -> dict:
    """The command-line contract's shape, its sentences in the active language."""
    return verdict.as_dict(translate=gettext)
