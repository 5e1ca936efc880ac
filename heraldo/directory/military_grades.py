"""The grade scales of the Fuerzas Armadas and the Policía Nacional, as data.

Officers of the same level of the precedence table are ordered by grade, then by the
date they reached it (seniority in grade), then by branch (domain note PR-06.2). The
engine compares grades of different branches on one shared scale, `level`: grades on
the same line below are equivalent (a Coronel EP, a Capitán de Navío and a Coronel PNP
stand at 14). The scales follow the laws of each career: Ley 28359 (situación militar
de los oficiales de las FF.AA.) and D.Leg. 1267 (Ley de la PNP, oficiales de armas and
suboficiales de armas). FF.AA. technicians and NCOs are not listed: they do not head
the units a municipality invites by office.

Plain Python (no Django), like `office_codes`: the engine's adapter reads it too.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Branch:
    code: str  # the engine's Branch value
    name: str
    abbreviation: str  # written after the grade: "Coronel PNP"


@dataclass(frozen=True)
class Grade:
    code: str  # unique across branches
    branch: str
    label: str
    level: int  # shared scale: higher is more senior


BRANCHES: tuple[Branch, ...] = (
    Branch("EJERCITO", "Ejército del Perú", "EP"),
    Branch("MARINA", "Marina de Guerra del Perú", "MGP"),
    Branch("FUERZA_AEREA", "Fuerza Aérea del Perú", "FAP"),
    Branch("PNP", "Policía Nacional del Perú", "PNP"),
)

# One line per level, most senior first: Ejército, Marina, Fuerza Aérea, PNP.
_OFFICER_LEVELS: tuple[tuple[int, str, str, str, str], ...] = (
    (17, "General de Ejército", "Almirante", "General del Aire", "General de Policía"),
    (16, "General de División", "Vicealmirante", "Teniente General", "Teniente General"),
    (15, "General de Brigada", "Contralmirante", "Mayor General", "General"),
    (14, "Coronel", "Capitán de Navío", "Coronel", "Coronel"),
    (13, "Teniente Coronel", "Capitán de Fragata", "Comandante", "Comandante"),
    (12, "Mayor", "Capitán de Corbeta", "Mayor", "Mayor"),
    (11, "Capitán", "Teniente Primero", "Capitán", "Capitán"),
    (10, "Teniente", "Teniente Segundo", "Teniente", "Teniente"),
    (9, "Subteniente o Alférez", "Alférez de Fragata", "Alférez", "Alférez"),
)
_PNP_SUBOFFICERS: tuple[tuple[int, str], ...] = (
    (8, "Suboficial Superior"),
    (7, "Suboficial Brigadier"),
    (6, "Suboficial Técnico de Primera"),
    (5, "Suboficial Técnico de Segunda"),
    (4, "Suboficial Técnico de Tercera"),
    (3, "Suboficial de Primera"),
    (2, "Suboficial de Segunda"),
    (1, "Suboficial de Tercera"),
)


def _code(branch: str, label: str) -> str:
    unaccented = "".join(c for c in unicodedata.normalize("NFD", label) if not unicodedata.combining(c))
    return f"{branch}_{unaccented.upper().replace(' ', '_')}"


def _grades() -> tuple[Grade, ...]:
    grades = []
    for position, branch in enumerate(BRANCHES):
        for line in _OFFICER_LEVELS:
            label = line[position + 1]
            grades.append(Grade(_code(branch.code, label), branch.code, label, line[0]))
        if branch.code == "PNP":
            grades.extend(Grade(_code("PNP", label), "PNP", label, level) for level, label in _PNP_SUBOFFICERS)
    return tuple(grades)


GRADES: tuple[Grade, ...] = _grades()
_GRADES_BY_CODE = {grade.code: grade for grade in GRADES}
_BRANCHES_BY_CODE = {branch.code: branch for branch in BRANCHES}


def grade(code: str) -> Grade | None:
    return _GRADES_BY_CODE.get(code)


def branch(code: str) -> Branch | None:
    return _BRANCHES_BY_CODE.get(code)


def branch_choices() -> list[tuple[str, str]]:
    return [(b.code, b.name) for b in BRANCHES]


def grade_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Grades grouped by branch, most senior first: a drop-down offers them by branch."""
    return [(b.name, [(g.code, g.label) for g in GRADES if g.branch == b.code]) for b in BRANCHES]


def grade_title(code: str) -> str:
    """How the grade is written after a name or before it: "Coronel PNP", "Capitán de Navío MGP"."""
    found = grade(code)
    if found is None:
        return ""
    return f"{found.label} {_BRANCHES_BY_CODE[found.branch].abbreviation}"
