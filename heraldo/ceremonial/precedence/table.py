"""The precedence table (PR-01): versioned rows, one valid a day per office.

The table is data: the caller passes the table in force, e.g. rows read from the
database or the provisional table P of `provisional_table`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from heraldo.ceremonial.precedence.inputs import Sex


class OfficeClass(StrEnum):
    """Family of offices, which decides the class-specific tiebreak (PR-06.2).

    Declaration order also orders the classes where one level of the table mixes
    them (in table P only level 21: judges and fiscales before the police and
    military chiefs, as the note lists them).
    """

    HEAD_OF_STATE = "HEAD_OF_STATE"  # presides every act (PR-08)
    GENERAL = "GENERAL"
    CONGRESS = "CONGRESS"
    MAYOR = "MAYOR"
    COUNCIL = "COUNCIL"  # Teniente Alcalde and regidores
    ARMED_FORCES = "ARMED_FORCES"  # FF.AA. and PNP


@dataclass(frozen=True)
class PrecedenceRow:
    """One office of a precedence table, valid from `valid_from` to `valid_to`
    inclusive (None: open-ended)."""

    office_code: str
    rank: int  # lower is higher precedence; equal ranks form one level
    label: str
    legal_source: str
    label_feminine: str = ""
    suborder: int = 0  # official order inside the level (PR-02)
    office_class: OfficeClass = OfficeClass.GENERAL
    territorial: bool = False  # preeminent only inside its jurisdiction (PR-05)
    head_table_eligible: bool = True  # PL-04
    valid_from: date | None = None
    valid_to: date | None = None

    def __post_init__(self) -> None:
        if not self.office_code or not self.label:
            raise ValueError("A precedence row needs an office code and a label.")
        if self.rank < 1:
            raise ValueError(f"{self.office_code}: rank must be 1 or more.")
        if self.valid_from and self.valid_to and self.valid_from > self.valid_to:
            raise ValueError(f"{self.office_code}: valid_from is after valid_to.")

    def is_valid_on(self, day: date) -> bool:
        starts = self.valid_from is None or self.valid_from <= day
        return starts and (self.valid_to is None or day <= self.valid_to)

    def label_for(self, sex: Sex) -> str:
        if sex is Sex.FEMALE and self.label_feminine:
            return self.label_feminine
        return self.label


@dataclass(frozen=True)
class PrecedenceTable:
    """A versioned precedence table: an office has at most one row valid a day."""

    rows: tuple[PrecedenceRow, ...]
    _by_code: dict[str, tuple[PrecedenceRow, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_code: dict[str, list[PrecedenceRow]] = {}
        for row in self.rows:
            by_code.setdefault(row.office_code, []).append(row)
        for code, rows in by_code.items():
            rows.sort(key=lambda row: row.valid_from or date.min)
            for earlier, later in zip(rows, rows[1:], strict=False):
                later_start = later.valid_from or date.min
                if earlier.valid_to is None or later_start <= earlier.valid_to:
                    raise ValueError(f"{code}: two rows are valid on the same day.")
        frozen = {code: tuple(rows) for code, rows in by_code.items()}
        object.__setattr__(self, "_by_code", frozen)

    def row_for(self, office_code: str, day: date) -> PrecedenceRow | None:
        rows = self._by_code.get(office_code, ())
        return next((row for row in rows if row.is_valid_on(day)), None)

    def rows_on(self, day: date) -> tuple[PrecedenceRow, ...]:
        return tuple(row for row in self.rows if row.is_valid_on(day))


def precedence_table_from_rows(
    rows: Iterable[Mapping[str, Any] | PrecedenceRow],
) -> PrecedenceTable:
    """Build a table from `PrecedenceRow`s or plain mappings (field names as keys,
    `office_class` as its string value), e.g. `PROVISIONAL_TABLE_ROWS` or rows
    read from the database."""
    built = []
    for row in rows:
        if isinstance(row, PrecedenceRow):
            built.append(row)
            continue
        values = dict(row)
        values["office_class"] = OfficeClass(values.get("office_class", OfficeClass.GENERAL))
        built.append(PrecedenceRow(**values))
    return PrecedenceTable(rows=tuple(built))
