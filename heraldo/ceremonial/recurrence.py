"""RFC 5545 recurrence of agenda events, expanded with dateutil in Lima wall-clock time.

Rules are stored as the RRULE value only (`FREQ=WEEKLY;BYDAY=SU`); DTSTART is the
event's start. UNTIL is stored in UTC (`…Z`), as RFC 5545 requires when DTSTART
carries a TZID, and is turned back into Lima time to expand. Expansion is always
bounded by a window, so an open-ended rule (every Sunday, no end) is safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import MAXYEAR, UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from heraldo.ceremonial.models import Event

LIMA = ZoneInfo("America/Lima")
_ALLOWED_FREQ = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}
_UNTIL = re.compile(r"UNTIL=(\d{8})(T\d{6})?(Z)?", re.IGNORECASE)
# A cap on how many occurrences one expansion may yield, whatever the window.
MAX_OCCURRENCES = 2000


class RecurrenceError(ValueError):
    """The rule is not one the agenda accepts; the message is for the user."""


def normalise_rule(rule: str, *, starts_at: datetime) -> str:
    """Check a rule and return it in the stored form (upper case, UNTIL in UTC).

    Raises RecurrenceError with a Spanish message naming what is wrong.
    """
    text = rule.strip().upper()
    if text.startswith("RRULE:"):
        text = text[len("RRULE:") :]
    if not text:
        return ""
    if "\n" in text or "\r" in text:
        raise RecurrenceError(_("La regla de repetición debe ocupar una sola línea."))
    parts = dict(part.split("=", 1) for part in text.split(";") if "=" in part)
    if parts.get("FREQ") not in _ALLOWED_FREQ:
        raise RecurrenceError(_("La regla debe indicar FREQ=DAILY, WEEKLY, MONTHLY o YEARLY."))
    if "COUNT" in parts and "UNTIL" in parts:
        raise RecurrenceError(_("Indique COUNT o UNTIL, no ambos."))
    # dateutil accepts INTERVAL=0 and a COUNT of 0 and then never advances or yields nothing useful
    for name in ("INTERVAL", "COUNT"):
        if name in parts and not (parts[name].isdigit() and int(parts[name]) >= 1):
            raise RecurrenceError(_("%(name)s debe ser un número entero mayor que cero.") % {"name": name})
    match = _UNTIL.search(text)
    until_utc = None
    if match:
        try:
            day = datetime.strptime(match.group(1), "%Y%m%d")
            if match.group(3):  # already UTC
                until_utc = datetime.strptime(match.group(1) + match.group(2), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
            else:
                # A date or a local time: the whole last day counts, in Lima.
                clock = datetime.strptime(match.group(2), "T%H%M%S").time() if match.group(2) else time(23, 59, 59)
                until_utc = datetime.combine(day.date(), clock, tzinfo=LIMA).astimezone(UTC)
        except ValueError as exc:  # month 00, 30 February, 25 o'clock
            raise RecurrenceError(_("La fecha final de la repetición (UNTIL) no es una fecha válida.")) from exc
        if until_utc < starts_at:
            raise RecurrenceError(_("La fecha final de la repetición es anterior al inicio de la actividad."))
        text = _UNTIL.sub(f"UNTIL={until_utc:%Y%m%dT%H%M%SZ}", text)
    try:
        rule_object = rrulestr(_local_rule(text), dtstart=_local_naive(starts_at))
        until = _local_naive(until_utc) if until_utc else None
        first = next(iter(_moved_late(rule_object, _local_naive(starts_at), until)), None)
    except (ValueError, TypeError, OverflowError) as exc:  # OverflowError: dateutil's date parser on odd digits
        raise RecurrenceError(_("La regla de repetición no es válida (%(reason)s).") % {"reason": exc}) from exc
    if first is None:
        raise RecurrenceError(_("La regla de repetición no produce ninguna fecha."))
    return text


def _moved_late(rule_object, dtstart: datetime, until: datetime | None):
    """The same rule in the same calendar 400·n years later, as close to dateutil's year 9999 as it goes.

    The Gregorian calendar repeats every 400 years (146,097 days, a whole number of weeks), so the moved rule falls
    on the same days. dateutil walks a rule that never falls on any (30 February, a 367th day of the year, the
    second time of a day that has one) period by period up to the year 9999, and `until` does not stop that walk:
    from the moved start it is a few hundred years, a fraction of a second, instead of eight thousand.
    """
    years = (MAXYEAR - dtstart.year) // 400 * 400
    moved: dict[str, datetime | None] = {"dtstart": dtstart.replace(year=dtstart.year + years)}
    if until is not None:
        moved["until"] = until.replace(year=until.year + years) if until.year + years <= MAXYEAR else None
    return rule_object.replace(**moved)


def weekly_rule(*, until: date | None = None) -> str:
    return "FREQ=WEEKLY" + (f";UNTIL={until:%Y%m%d}" if until else "")


def monthly_rule(*, until: date | None = None) -> str:
    return "FREQ=MONTHLY" + (f";UNTIL={until:%Y%m%d}" if until else "")


def simple_repetition(rule: str) -> tuple[str, date | None] | None:
    """("WEEKLY" or "MONTHLY", the last day in Lima or None) when a stored rule is one the form's plain choices
    write, so the form can offer it back as that choice instead of as a rule string."""
    match = re.fullmatch(r"FREQ=(WEEKLY|MONTHLY)(?:;UNTIL=(\d{8}T\d{6})Z)?", rule)
    if match is None:
        return None
    if match.group(2) is None:
        return match.group(1), None
    until = datetime.strptime(match.group(2), "%Y%m%dT%H%M%S").replace(tzinfo=UTC).astimezone(LIMA)
    if until.time() != time(23, 59, 59):
        return None
    return match.group(1), until.date()


def _local_naive(moment: datetime) -> datetime:
    return moment.astimezone(LIMA).replace(tzinfo=None)


def _local_rule(rule: str) -> str:
    """UNTIL in UTC → naive Lima time, matching the naive local DTSTART used to expand."""

    def to_local(match: re.Match) -> str:
        if not match.group(3):
            return match.group(0)
        moment = datetime.strptime(match.group(1) + match.group(2), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        return f"UNTIL={_local_naive(moment):%Y%m%dT%H%M%S}"

    return _UNTIL.sub(to_local, rule)


@dataclass(frozen=True)
class Occurrence:
    """One dated instance of an event; `original_start` identifies it inside its series."""

    event: Event
    starts_at: datetime
    ends_at: datetime
    original_start: datetime
    moved: bool = False

    @property
    def key(self) -> str:
        """The occurrence's id in URLs: its original start in UTC."""
        return f"{self.original_start.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def parse_occurrence_key(key: str) -> datetime:
    try:
        return datetime.strptime(key, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError as exc:
        raise ValueError("occurrence key") from exc


def series_starts(*, starts_at: datetime, rule: str, window_start: datetime, window_end: datetime) -> list[datetime]:
    """The original starts (aware, Lima) of a series that fall in [window_start, window_end)."""
    naive_from = _local_naive(window_start)
    rule_object = _parsed(rule, _closer_start(_local_naive(starts_at), rule, naive_from))
    naive_to = _local_naive(window_end)
    starts = []
    for moment in rule_object.xafter(naive_from, count=MAX_OCCURRENCES, inc=True):
        if moment >= naive_to:
            break
        starts.append(moment.replace(tzinfo=LIMA))
    return starts


@lru_cache(maxsize=1024)
def _parsed(rule: str, dtstart: datetime):
    """A series' rule parsed once per start: every agenda page expands the year's hundred series again, and
    parsing the text was half of expanding them. dateutil's rules hold no state between iterations."""
    return rrulestr(_local_rule(rule), dtstart=dtstart)


_PERIOD_DAYS = {"DAILY": 1, "WEEKLY": 7}


def _closer_start(dtstart: datetime, rule: str, naive_from: datetime) -> datetime:
    """A start moved forward by whole periods to just before the window, so expanding a daily or weekly
    series that began years ago does not walk every occurrence since (dateutil iterates from DTSTART).

    Whole periods of the rule (INTERVAL days or weeks; Lima keeps no daylight saving) yield the same dates
    from then on. A COUNT counts from the real start, and the other frequencies repeat on calendar days a
    shift could break (the 31st, 29 February), so those rules keep their start.
    """
    parts = dict(part.split("=", 1) for part in rule.split(";") if "=" in part)
    days = _PERIOD_DAYS.get(parts.get("FREQ", ""))
    if days is None or "COUNT" in parts or naive_from <= dtstart:
        return dtstart
    period = timedelta(days=days * int(parts.get("INTERVAL", "1")))
    return dtstart + period * ((naive_from - dtstart) // period)


def expand(event, *, window_start: datetime, window_end: datetime, exceptions=None) -> list[Occurrence]:
    """The occurrences of one event that overlap [window_start, window_end).

    `exceptions` are the event's OccurrenceException rows (prefetched by the caller).
    """
    duration = event.ends_at - event.starts_at
    if not event.rrule:
        if event.starts_at < window_end and event.ends_at > window_start:
            return [Occurrence(event, event.starts_at, event.ends_at, event.starts_at)]
        return []
    by_start = {exc.original_start: exc for exc in (exceptions if exceptions is not None else [])}
    # A long event that began before the window still overlaps it.
    starts = series_starts(
        starts_at=event.starts_at, rule=event.rrule, window_start=window_start - duration, window_end=window_end
    )
    occurrences = []
    seen = set()
    for start in starts:
        seen.add(start)
        exception = by_start.get(start)
        if exception is None:
            occurrence = Occurrence(event, start, start + duration, start)
        elif exception.cancelled:
            continue
        else:
            occurrence = Occurrence(event, exception.starts_at, exception.ends_at, start, moved=True)
        if occurrence.starts_at < window_end and occurrence.ends_at > window_start:
            occurrences.append(occurrence)
    # An occurrence moved into the window from a date outside it.
    for original, exception in by_start.items():
        if original in seen or exception.cancelled or exception.starts_at is None:
            continue
        if exception.starts_at < window_end and exception.ends_at > window_start:
            occurrences.append(Occurrence(event, exception.starts_at, exception.ends_at, original, moved=True))
    return occurrences


def is_occurrence_of(event, original_start: datetime) -> bool:
    """Whether the series of `event` has an occurrence starting exactly at `original_start`."""
    if not event.rrule:
        return original_start == event.starts_at
    window = series_starts(
        starts_at=event.starts_at,
        rule=event.rrule,
        window_start=original_start,
        window_end=original_start + timedelta(seconds=1),
    )
    return bool(window)
