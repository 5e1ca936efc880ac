"""Working days as Peruvian administrative law counts them (TUO de la Ley 27444, art. 145).

A deadline "en días hábiles" starts counting the day after the document arrives and skips
Saturdays, Sundays, national holidays and the non-working days the State or the municipality
declares. This module is plain Python: the days off come in as a set, read from the
`NonWorkingDay` rows the office keeps, so a test or a bench needs no database.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

SATURDAY = 5


def is_working_day(day: date, days_off: Collection[date]) -> bool:
    return day.weekday() < SATURDAY and day not in days_off


def add_working_days(received_on: date, count: int, days_off: Collection[date]) -> date:
    """The last day of a term of `count` working days for a document received on `received_on`."""
    if count < 1:
        raise ValueError("a term has at least one working day")
    day = received_on
    remaining = count
    while remaining:
        day += timedelta(days=1)
        if is_working_day(day, days_off):
            remaining -= 1
    return day


def working_days_between(start: date, end: date, days_off: Collection[date]) -> int:
    """Working days after `start` up to and including `end` (0 when end is not after start)."""
    return sum(1 for day in _days_after(start, end) if is_working_day(day, days_off))


def _days_after(start: date, end: date) -> Iterator[date]:
    day = start + timedelta(days=1)
    while day <= end:
        yield day
        day += timedelta(days=1)


def easter_sunday(year: int) -> date:
    """Gregorian Easter (the anonymous Gregorian algorithm, as in Meeus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


@dataclass(frozen=True)
class NationalHoliday:
    day: date
    code: str


# The national holidays of the Peruvian calendar (fixed dates), by a stable code; names are
# translated at display time (work.models.NonWorkingDay.display_name).
FIXED_NATIONAL_HOLIDAYS: tuple[tuple[str, int, int], ...] = (
    ("ANO_NUEVO", 1, 1),
    ("DIA_DEL_TRABAJO", 5, 1),
    ("BATALLA_DE_ARICA", 6, 7),
    ("SAN_PEDRO_Y_SAN_PABLO", 6, 29),
    ("FUERZA_AEREA", 7, 23),
    ("INDEPENDENCIA", 7, 28),
    ("FIESTAS_PATRIAS", 7, 29),
    ("BATALLA_DE_JUNIN", 8, 6),
    ("SANTA_ROSA_DE_LIMA", 8, 30),
    ("COMBATE_DE_ANGAMOS", 10, 8),
    ("TODOS_LOS_SANTOS", 11, 1),
    ("INMACULADA_CONCEPCION", 12, 8),
    ("BATALLA_DE_AYACUCHO", 12, 9),
    ("NAVIDAD", 12, 25),
)


def national_holidays(year: int) -> list[NationalHoliday]:
    """The year's national holidays: the fixed dates plus Holy Thursday and Good Friday."""
    easter = easter_sunday(year)
    days = [NationalHoliday(date(year, month, day), code) for code, month, day in FIXED_NATIONAL_HOLIDAYS]
    days += [
        NationalHoliday(easter - timedelta(days=3), "JUEVES_SANTO"),
        NationalHoliday(easter - timedelta(days=2), "VIERNES_SANTO"),
    ]
    return sorted(days, key=lambda holiday: holiday.day)
