"""Test data for the Registro; other apps' tests reuse these rather than define their own."""

from __future__ import annotations

from datetime import date

import factory

from heraldo.directory.models import Entity, MailingList, Person, Position, Term
from heraldo.directory.services.registry import entity_search_text, person_search_text


class IndexedForSearchFactory(factory.django.DjangoModelFactory):
    """Saved with the search column the Registro's services compute (`search_text_of`), never a copy of it."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        instance = model_class(*args, **kwargs)
        instance.search_text = cls.search_text_of(instance)
        instance.save()
        return instance


class EntityFactory(IndexedForSearchFactory):
    class Meta:
        model = Entity

    search_text_of = staticmethod(entity_search_text)

    name = factory.Sequence(lambda n: f"Municipalidad Distrital de Prueba {n}")
    kind = "MUNICIPALIDAD"
    level = "DISTRITAL"
    ubigeo = "270103"


class PersonFactory(IndexedForSearchFactory):
    class Meta:
        model = Person

    search_text_of = staticmethod(person_search_text)

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
