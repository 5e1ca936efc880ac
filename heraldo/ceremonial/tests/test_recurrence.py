"""Recurrence rules: validation, expansion in Lima time, per-occurrence exceptions."""

import time
from datetime import UTC, datetime, timedelta

import pytest

from heraldo.ceremonial.models import OccurrenceException
from heraldo.ceremonial.recurrence import LIMA, RecurrenceError, expand, normalise_rule
from heraldo.ceremonial.tests.factories import EventFactory, lima, occurrence_cancelled, occurrence_moved

SUNDAY = lima(2026, 11, 1, 8)


def test_a_weekly_rule_with_a_date_until_is_stored_in_utc_and_keeps_the_last_sunday():
    rule = normalise_rule("freq=weekly;byday=su;until=20261129", starts_at=SUNDAY)
    assert rule == "FREQ=WEEKLY;BYDAY=SU;UNTIL=20261130T045959Z"
    event = EventFactory.build(starts_at=SUNDAY, ends_at=SUNDAY + timedelta(minutes=45), rrule=rule)
    starts = [o.starts_at for o in expand(event, window_start=lima(2026, 10, 1), window_end=lima(2027, 1, 1))]
    assert [s.day for s in starts] == [1, 8, 15, 22, 29]
    assert all(s.astimezone(LIMA).hour == 8 for s in starts)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=HOURLY", "FREQ=DAILY"),
        ("BYDAY=SU", "FREQ=DAILY"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20261231", "COUNT o UNTIL"),
        ("FREQ=WEEKLY;UNTIL=20250101", "anterior al inicio"),
        ("FREQ=WEEKLY;BYDAY=XX", "no es válida"),
        ("FREQ=WEEKLY\r\nATTENDEE:x", "una sola línea"),
        ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL debe ser un número entero mayor que cero"),
        ("FREQ=DAILY;INTERVAL=-2", "INTERVAL debe ser"),
        ("FREQ=WEEKLY;COUNT=0", "COUNT debe ser"),
        # found by the atheris harness (tests/security/fuzz): an impossible UNTIL escaped as a ValueError
        ("FREQ=YEARLY;UNTIL=20330001", "UNTIL\\) no es una fecha válida"),
        ("FREQ=WEEKLY;UNTIL=20270230", "UNTIL\\) no es una fecha válida"),
        ("FREQ=WEEKLY;UNTIL=20270105T256000", "UNTIL\\) no es una fecha válida"),
        # found by the atheris harness: dateutil's date parser overflowed on digits split by NULs (an API's JSON)
        ("FREQ=WEEKLY;UNTIL=\x0040540\x0040540662", "no es válida"),
    ],
)
def test_bad_rules_are_refused_with_a_spanish_reason(rule, message):
    with pytest.raises(RecurrenceError, match=message):
        normalise_rule(rule, starts_at=SUNDAY)


@pytest.mark.parametrize("rule", ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31;BYHOUR=8"])
def test_a_rule_that_never_falls_on_a_day_is_refused_within_a_fraction_of_a_second(rule):
    """Found by the atheris harness: dateutil looked for the first 30 February day by day up to the year 9999,
    seconds of CPU inside the web request for one form."""
    started = time.process_time()
    with pytest.raises(RecurrenceError, match="no produce ninguna fecha"):
        normalise_rule(rule, starts_at=SUNDAY)
    assert time.process_time() - started < 0.5


def test_a_rule_whose_first_day_is_years_away_is_still_accepted():
    # 29 February falls next in 2028, more than a year after the first Sunday of the tests
    assert normalise_rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", starts_at=SUNDAY)


@pytest.mark.django_db
def test_a_cancelled_sunday_disappears_and_a_moved_one_keeps_its_identity():
    event = EventFactory(starts_at=SUNDAY, ends_at=SUNDAY + timedelta(minutes=45), rrule="FREQ=WEEKLY;BYDAY=SU")
    occurrence_cancelled(event, lima(2026, 11, 8, 8))
    occurrence_moved(event, lima(2026, 11, 15, 8), starts_at=lima(2026, 11, 14, 17), ends_at=lima(2026, 11, 14, 18))
    occurrences = expand(
        event, window_start=lima(2026, 11, 1), window_end=lima(2026, 11, 23), exceptions=list(event.exceptions.all())
    )
    assert [(o.starts_at.astimezone(LIMA).day, o.moved) for o in occurrences] == [(1, False), (14, True), (22, False)]
    moved = occurrences[1]
    assert moved.original_start == lima(2026, 11, 15, 8)
    assert moved.key == "20261115T130000Z"


def test_an_occurrence_moved_into_the_window_from_outside_is_shown():
    event = EventFactory.build(
        pk=1, starts_at=SUNDAY, ends_at=SUNDAY + timedelta(minutes=45), rrule="FREQ=WEEKLY;BYDAY=SU"
    )
    exception = OccurrenceException(
        original_start=lima(2026, 11, 29, 8), starts_at=lima(2026, 12, 2, 8), ends_at=lima(2026, 12, 2, 9)
    )
    december = expand(event, window_start=lima(2026, 12, 1), window_end=lima(2026, 12, 4), exceptions=[exception])
    assert [o.starts_at for o in december] == [lima(2026, 12, 2, 8)]


def test_an_open_ended_rule_expands_only_inside_the_window():
    event = EventFactory.build(starts_at=SUNDAY, ends_at=SUNDAY + timedelta(minutes=45), rrule="FREQ=DAILY")
    window = expand(event, window_start=datetime(2030, 1, 1, tzinfo=UTC), window_end=datetime(2030, 1, 8, tzinfo=UTC))
    assert len(window) == 7


from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=40, deadline=None)
@given(
    freq=st.sampled_from(["DAILY", "WEEKLY", "MONTHLY"]),
    interval=st.integers(min_value=1, max_value=3),
    count=st.integers(min_value=1, max_value=30),
    start_day=st.integers(min_value=0, max_value=400),
    hour=st.integers(min_value=6, max_value=20),
    skipped=st.sets(st.integers(min_value=0, max_value=29), max_size=4),
)
# Every three months from 31 October: the months without a 31st are skipped.
@example(freq="MONTHLY", interval=3, count=30, start_day=303, hour=8, skipped=set())
def test_expansion_matches_recurring_ical_events_on_the_same_rule(freq, interval, count, start_day, hour, skipped):
    """F12 of the test plan: Heraldo's expansion and an independent library agree, exceptions included."""
    import icalendar
    import recurring_ical_events
    from dateutil.rrule import rrulestr

    start = lima(2026, 1, 1, hour) + timedelta(days=start_day)
    rule = normalise_rule(f"FREQ={freq};INTERVAL={interval};COUNT={count}", starts_at=start)
    event = EventFactory.build(starts_at=start, ends_at=start + timedelta(minutes=50), rrule=rule)
    naive = start.replace(tzinfo=None)
    all_starts = [moment.replace(tzinfo=LIMA) for moment in rrulestr(rule, dtstart=naive)]
    cancelled = [all_starts[i] for i in sorted(skipped) if i < len(all_starts)]
    exceptions = [OccurrenceException(original_start=moment, cancelled=True) for moment in cancelled]
    # The window ends after the last date of the series: a monthly series from the 31st skips the months
    # without one (RFC 5545), so 30 dates every 3 months can run past any fixed number of years.
    window = (start - timedelta(days=1), max(all_starts) + timedelta(days=1))
    ours = [o.starts_at for o in expand(event, window_start=window[0], window_end=window[1], exceptions=exceptions)]

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//prueba//")
    calendar.add("version", "2.0")
    component = icalendar.Event()
    component.add("uid", "serie@prueba")
    component.add("dtstart", start)
    component.add("dtend", start + timedelta(minutes=50))
    component.add("rrule", icalendar.prop.vRecur.from_ical(rule))
    if cancelled:
        component.add("exdate", cancelled)
    calendar.add_component(component)
    theirs = [e["DTSTART"].dt for e in recurring_ical_events.of(calendar).between(*window)]
    assert sorted(ours) == sorted(theirs)
    assert len(ours) == count - len(cancelled)


@settings(max_examples=60, deadline=None)
@given(
    freq=st.sampled_from(["DAILY", "WEEKLY"]),
    interval=st.integers(min_value=1, max_value=3),
    byday=st.sampled_from(["", ";BYDAY=MO,WE,FR", ";BYDAY=SU"]),
    until=st.sampled_from(["", ";UNTIL=20281231"]),
    years_before=st.integers(min_value=0, max_value=3),
    window_days=st.integers(min_value=1, max_value=40),
    at_an_occurrence=st.booleans(),
    nudge=st.sampled_from([timedelta(0), timedelta(microseconds=1), -timedelta(microseconds=1)]),
)
def test_a_long_series_expanded_for_a_window_yields_what_walking_it_from_its_start_yields(
    freq, interval, byday, until, years_before, window_days, at_an_occurrence, nudge
):
    """Expansion starts near the window (not at a start years back); at the window's edges nothing moves."""
    from dateutil.rrule import rrulestr

    from heraldo.ceremonial.recurrence import _local_rule, series_starts

    start = lima(2026, 12, 6, 9) - timedelta(days=365 * years_before + 3)
    rule = normalise_rule(f"FREQ={freq};INTERVAL={interval}{byday}{until}", starts_at=start)
    reference = rrulestr(_local_rule(rule), dtstart=start.replace(tzinfo=None))  # walked from DTSTART
    walked = [moment.replace(tzinfo=LIMA) for moment in reference.between(datetime(2000, 1, 1), datetime(2029, 1, 1))]
    window_start = (walked[len(walked) // 2] if at_an_occurrence else lima(2026, 12, 6, 0)) + nudge
    window_end = window_start + timedelta(days=window_days)

    found = series_starts(starts_at=start, rule=rule, window_start=window_start, window_end=window_end)

    assert found == [moment for moment in walked if window_start <= moment < window_end]
