"""The sort key that orders attendees, group by group (PR-01 to PR-06.5), and the rule
named by the group that separates two neighbours."""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

from heraldo.ceremonial.precedence.inputs import Attendee, Branch
from heraldo.ceremonial.precedence.table import OfficeClass, PrecedenceRow

# The sort key is a tuple of groups, each answering to one rule: the group that
# separates two neighbours in the ranking names the rule that decided between them.
_GROUP_RULES = (
    "PR-01",  # level
    "PR-04",  # representative after the represented level
    "PR-05",  # outside the jurisdiction (PR-06.1 for non-territorial offices)
    "PR-02",  # internal order of the level
    "PR-04",  # holder before whoever ranks by a represented office
    "PR-06.2",  # office class
    "PR-06.3",  # date of assuming office
    "PR-06.4",  # age
    "PR-06.5",  # surname
    "PR-06.5",  # id, the determinism of last resort
)
_OUTSIDE_GROUP = 2
_CLASS_ORDER = {office_class: position for position, office_class in enumerate(OfficeClass)}
_BRANCH_ORDER = {branch: position for position, branch in enumerate(Branch)}


def sort_key(
    attendee: Attendee,
    row: PrecedenceRow | None,
    *,
    holds_row: bool,
    after_level: bool,
    venue: str,
    jurisdiction: str | None,
) -> tuple[Any, ...]:
    office_class: tuple[int, tuple[int, ...]]
    if row is None:
        level, outside, suborder, office_class = (1, 0), 0, 0, (0, ())
    else:
        level = (0, row.rank)
        outside = int(_is_outside(row, jurisdiction, venue))
        suborder = row.suborder
        specific = _class_tiebreak(attendee, row.office_class, venue) if holds_row else ()
        office_class = (_CLASS_ORDER[row.office_class], specific)
    return (
        level,
        (int(after_level),),
        (outside,),
        (suborder,),
        (int(not holds_row),),
        office_class,
        _optional_date(attendee.date_assumed_office),
        _optional_date(attendee.birth_date),
        (_collation_key(attendee.sort_name or attendee.display_name),),
        (attendee.id,),
    )


def _is_outside(row: PrecedenceRow, jurisdiction: str | None, venue: str) -> bool:
    # Congress members are national offices: their electoral region only counts
    # inside their class order (PR-06.2), after the Mesa Directiva.
    if row.office_class is OfficeClass.CONGRESS or jurisdiction is None:
        return False
    return not venue.startswith(jurisdiction)


def _class_tiebreak(attendee: Attendee, office_class: OfficeClass, venue: str) -> tuple[int, ...]:
    a = attendee
    if office_class is OfficeClass.COUNCIL:
        return _optional(a.list_order)
    if office_class is OfficeClass.ARMED_FORCES:
        grade = None if a.military_grade is None else -a.military_grade
        branch = None if a.military_branch is None else _BRANCH_ORDER[a.military_branch]
        return (*_optional(grade), *_optional(branch), *_optional_date(a.date_of_grade))
    if office_class is OfficeClass.CONGRESS:
        in_region = a.jurisdiction is not None and venue.startswith(a.jurisdiction)
        return (int(not a.mesa_directiva), int(not in_region))
    if office_class is OfficeClass.MAYOR:
        population = a.jurisdiction_population
        larger_first = None if population is None else -population
        return (*_optional(larger_first), *_optional_date(a.jurisdiction_created))
    return ()


def _optional(value: int | None) -> tuple[int, int]:
    return (1, 0) if value is None else (0, value)


def _optional_date(value: date | None) -> tuple[int, int]:
    return _optional(None if value is None else value.toordinal())


def _collation_key(name: str) -> str:
    """Spanish alphabetical order: accents ignored, ñ after n."""
    decomposed = unicodedata.normalize("NFD", name.casefold())
    kept = [
        char
        for i, char in enumerate(decomposed)
        if not unicodedata.combining(char) or (char == "\N{COMBINING TILDE}" and i > 0 and decomposed[i - 1] == "n")
    ]
    return "".join(kept)


def tiebreak_rule(
    first_key: tuple[Any, ...],
    first_row: PrecedenceRow | None,
    second_key: tuple[Any, ...],
    second_row: PrecedenceRow | None,
) -> str | None:
    """The rule that put the first of two neighbours in the ranking before the second;
    None when their levels differ, which PR-01 already explains."""
    pairs = zip(first_key, second_key, strict=True)
    group = next(i for i, (a, b) in enumerate(pairs) if a != b)
    if group == 0:
        return None
    if group == _OUTSIDE_GROUP:
        outsider = second_row if second_key[group] > first_key[group] else first_row
        return "PR-05" if outsider and outsider.territorial else "PR-06.1"
    return _GROUP_RULES[group]
