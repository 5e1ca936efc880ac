"""The office's non-working days: national holidays filled in by rule, declared days added by hand."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from heraldo.core.writes import Refused, write_audited
from heraldo.work.calendar import add_working_days, national_holidays
from heraldo.work.models import NonWorkingDay

NON_WORKING_DAY_FIELDS = ("day", "kind", "name", "legal_basis")


def national_holidays_ensure(*, year: int) -> int:
    """Store the year's national holidays that are missing; returns how many were added."""
    known = set(NonWorkingDay.objects.filter(day__year=year).values_list("day", flat=True))
    missing = [
        NonWorkingDay(day=holiday.day, kind=NonWorkingDay.Kind.NATIONAL, holiday_code=holiday.code)
        for holiday in national_holidays(year)
        if holiday.day not in known
    ]
    NonWorkingDay.objects.bulk_create(missing)
    return len(missing)


def non_working_day_add(*, actor, data: Mapping[str, Any]) -> NonWorkingDay:
    if NonWorkingDay.objects.filter(day=data["day"]).exists():
        raise Refused(_("Esa fecha ya figura como día no laborable."), field="day")
    record = NonWorkingDay(created_by=actor)
    return write_audited(
        actor=actor, action="work.non_working_day.added", instance=record, data=data, fields=NON_WORKING_DAY_FIELDS
    )


def non_working_day_remove(*, actor, record: NonWorkingDay) -> None:
    from heraldo.core.audit import audit_record

    with transaction.atomic():
        audit_record(actor=actor, action="work.non_working_day.removed", target=None, target_label=str(record))
        record.delete()


def days_off_between(start: date, end: date) -> set[date]:
    # A term reaching into a year whose national holidays are not on record yet (the daily step keeps one
    # year ahead; a long term or a restored old database may reach further) fills them in first.
    for year in range(start.year, end.year + 1):
        if not NonWorkingDay.objects.filter(day__year=year, kind=NonWorkingDay.Kind.NATIONAL).exists():
            national_holidays_ensure(year=year)
    return set(NonWorkingDay.objects.filter(day__gte=start, day__lte=end).values_list("day", flat=True))


def deadline_for(received_on: date, working_days: int) -> date:
    """The last day of the term, skipping the non-working days the office has on record."""
    # A term of n working days never spans more than n weeks plus the days off inside them;
    # reading a generous window once keeps it to one query.
    window_end = date.fromordinal(received_on.toordinal() + working_days * 3 + 30)
    return add_working_days(received_on, working_days, days_off_between(received_on, window_end))
