"""Test data for the Registro; other apps' tests reuse these rather than define their own."""

from __future__ import annotations

from datetime import date

import factory

from heraldo.directory.models import Entity, MailingList, Person, Position, Term


class EntityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Entity

    name = factory.Sequence(lambda n: f"Municipalidad Distrital de Prueba {n}")
    kind = "MUNICIPALIDAD"
    level = "DISTRITAL"
    ubigeo = "270103"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    given_names = factory.Sequence(lambda n: f"Persona{n}")
    surnames = "Pérez Quispe"
    sex = "F"


class PositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Position

    entity = factory.SubFactory(EntityFactory)
    title = "Regidor"
    title_feminine = "Regidora"
    office_code = "REGIDOR_DISTRITAL"
    order_in_entity = factory.Sequence(lambda n: n + 2)


class TermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Term

    position = factory.SubFactory(PositionFactory)
    person = factory.SubFactory(PersonFactory)
    starts_on = date(2023, 1, 1)


class MailingListFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MailingList

    name = factory.Sequence(lambda n: f"Lista {n}")
    purpose = "Invitaciones"
