"""Dates and times as the office reads them: 28/11/2026 and 21:30, always in the office's zone (America/Lima).

Templates use the `date` filter, which already converts; Python code that builds text for people uses these
instead of `strftime` on a stored (UTC) datetime, which would move evening events to the next day.
"""

from __future__ import annotations

import datetime

from django.utils import timezone


def _local(value: datetime.date) -> datetime.date:
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def shown_date(value: datetime.date) -> str:
    return _local(value).strftime("%d/%m/%Y")


def shown_datetime(value: datetime.datetime) -> str:
    return _local(value).strftime("%d/%m/%Y %H:%M")
