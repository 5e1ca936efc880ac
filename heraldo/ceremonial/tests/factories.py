from __future__ import annotations

from datetime import datetime, timedelta

import factory

from heraldo.ceremonial.models import Attendance, Event, EventStatus, EventType
from heraldo.ceremonial.recurrence import LIMA
from heraldo.ceremonial.selectors import place_key
from heraldo.directory.models import Person


def lima(year, month, day, hour=0, minute=0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=LIMA)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    given_names = factory.Sequence(lambda n: f"Nombre{n}")
    surnames = factory.Sequence(lambda n: f"Apellido{n} Prueba")
    institutional_email = factory.Sequence(lambda n: f"persona{n}@entidad.example.pe")


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
