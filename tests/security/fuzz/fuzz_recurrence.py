"""Atheris harness: the agenda's recurrence rules (RRULE text typed by protocol staff, or sent through the API).

For any text: normalise_rule either refuses it with RecurrenceError (a sentence for the user) or returns a stored
form that it accepts again unchanged; a stored rule then expands over a year of the agenda without error.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from common import fuzz, setup_django

setup_django(instrumented=["heraldo.ceremonial.recurrence", "dateutil"])
from heraldo.ceremonial.recurrence import LIMA, RecurrenceError, normalise_rule, series_starts  # noqa: E402  Django is set up first

STARTS_AT = datetime(2026, 12, 7, 9, 30, tzinfo=LIMA)


def check(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")  # as the form and the API receive it
    try:
        stored = normalise_rule(text, starts_at=STARTS_AT)
    except RecurrenceError:
        return
    if not stored:
        return
    assert normalise_rule(stored, starts_at=STARTS_AT) == stored, (text, stored)
    series_starts(starts_at=STARTS_AT, rule=stored, window_start=STARTS_AT, window_end=STARTS_AT + timedelta(days=366))


if __name__ == "__main__":
    fuzz(check, b"FREQ=WEEKLY;BYDAY=MO")
