"""Test data for the agenda; persons come from the Registro's factories."""

from __future__ import annotations

from datetime import datetime, timedelta

import factory

from heraldo.ceremonial.models import Attendance, Event, EventStatus, EventType, OccurrenceException
from heraldo.ceremonial.recurrence import LIMA
from heraldo.ceremonial.selectors import place_key
from heraldo.ceremonial.services.occurrences import occurrences_sync
from heraldo.directory.tests.factories import PersonFactory

__all__ = [
    "COUNCILLOR_ROW_VERSION_2027",
    "EventFactory",
    "PersonFactory",
    "lima",
    "occurrence_cancelled",
    "occurrence_moved",
]


# The head of unit's form for a new version of the councillors' row of the precedence table.
COUNCILLOR_ROW_VERSION_2027 = {
    "office_code": "REGIDOR_DISTRITAL",
    "rank": 19,
    "suborder": 2,
    "label": "Regidor Distrital",
    "office_class": "COUNCIL",
    "territorial": "on",
    "head_table_eligible": "on",
    "legal_source": "D.S. 100-2005-RE (transcripción)",
    "valid_from": "2027-01-01",
}


def lima(year, month, day, hour=0, minute=0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=LIMA)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"Actividad {n}")
    event_type = EventType.ACTO_OFICIAL
    status = EventStatus.CONFIRMADO
    starts_at = factory.LazyFunction(lambda: lima(2026, 12, 3, 10))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=1))
    place = factory.Sequence(lambda n: f"Lugar {n}")
    place_key = factory.LazyAttribute(lambda o: place_key(o.place))
    attendance = Attendance.MAYOR

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        super()._after_postgeneration(instance, create, results)
        if create:  # as the services do after every write of an event
            occurrences_sync(event=instance)


def occurrence_cancelled(event, original_start) -> OccurrenceException:
    """The occurrence of a series due at original_start does not take place."""
    exception = OccurrenceException.objects.create(event=event, original_start=original_start, cancelled=True)
    occurrences_sync(event=event)
    return exception


def occurrence_moved(event, original_start, *, starts_at, ends_at) -> OccurrenceException:
    """The occurrence due at original_start takes place at another time and keeps its identity."""
    exception = OccurrenceException.objects.create(
        event=event, original_start=original_start, starts_at=starts_at, ends_at=ends_at
    )
    occurrences_sync(event=event)
    return exception
