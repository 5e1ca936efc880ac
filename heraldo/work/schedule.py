"""Periodic steps of Encargos."""

from datetime import date

from django.utils import timezone
from huey import crontab

from heraldo.core.schedule import periodic
from heraldo.work.services.assignments import assignments_overdue_escalate
from heraldo.work.services.calendar import national_holidays_ensure
from heraldo.work.services.reminders import reminders_send


def national_holidays_keep_ahead(*, today: date | None = None) -> int:
    """This year's and next year's national holidays are always on record, so terms never miss one."""
    year = (today or timezone.localdate()).year
    return national_holidays_ensure(year=year) + national_holidays_ensure(year=year + 1)


# 08:00 in Lima, when the head of unit starts the day.
periodic("assignments-escalate", crontab(hour="13", minute="0"))(assignments_overdue_escalate)
periodic("national-holidays", crontab(hour="8", minute="10"))(national_holidays_keep_ahead)
periodic("work-reminders", crontab(minute="5"))(reminders_send)
