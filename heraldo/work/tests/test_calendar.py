"""Working days as the law counts them: from the day after receipt, skipping weekends and days off."""

from datetime import date

import pytest

from heraldo.work.calendar import add_working_days, easter_sunday, national_holidays, working_days_between


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)), (2027, date(2027, 3, 28))],
)
def test_easter_falls_on_the_published_sunday(year, easter):
    assert easter_sunday(year) == easter


def test_holy_week_holidays_follow_easter():
    days = {holiday.code: holiday.day for holiday in national_holidays(2026)}
    assert days["JUEVES_SANTO"] == date(2026, 4, 2)
    assert days["VIERNES_SANTO"] == date(2026, 4, 3)
    assert len(days) == 16


def test_a_term_starts_the_day_after_receipt_and_skips_the_weekend():
    # Received Thursday 3 December 2026: Friday 4 is day 1, Monday 7 day 2.
    assert add_working_days(date(2026, 12, 3), 2, set()) == date(2026, 12, 7)


def test_a_term_skips_the_national_holidays_inside_it():
    holidays = {h.day for h in national_holidays(2026)}
    # Received Friday 4 December; 8 and 9 December are holidays (Tue, Wed): 7, 10, 11, 14, 15.
    assert add_working_days(date(2026, 12, 4), 5, holidays) == date(2026, 12, 15)


def test_a_term_received_on_a_holiday_still_starts_the_next_working_day():
    holidays = {h.day for h in national_holidays(2026)}
    # Received on Christmas (Friday): Monday 28 is day 1.
    assert add_working_days(date(2026, 12, 25), 1, holidays) == date(2026, 12, 28)


def test_a_declared_day_off_stops_the_term_like_a_holiday():
    declared = {date(2026, 12, 7)}
    assert add_working_days(date(2026, 12, 4), 1, declared) == date(2026, 12, 8)


def test_working_days_between_counts_what_the_term_consumed():
    holidays = {h.day for h in national_holidays(2026)}
    assert working_days_between(date(2026, 12, 4), date(2026, 12, 15), holidays) == 5
    assert working_days_between(date(2026, 12, 15), date(2026, 12, 4), holidays) == 0


def test_a_term_has_at_least_one_day():
    with pytest.raises(ValueError):
        add_working_days(date(2026, 12, 4), 0, set())
