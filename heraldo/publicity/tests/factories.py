"""Test data for the publicity checks: the municipality and its mayor in the Registro, processes, palettes."""

from __future__ import annotations

from datetime import date

import factory

from heraldo.directory.tests.factories import EntityFactory, PersonFactory, PositionFactory, TermFactory
from heraldo.publicity.models import ElectoralProcess, PoliticalPalette


class ElectoralProcessFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ElectoralProcess

    name = factory.Sequence(lambda n: f"Proceso {n}")
    kind = "COMPLEMENTARIA"
    convocation_date = date(2026, 5, 4)


class PoliticalPaletteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PoliticalPalette

    organisation = factory.Sequence(lambda n: f"Organización {n}")
    colours = "#e30613"


def municipality_with_mayor(*, ubigeo: str = "150101", given_names="Jorge Luis", surnames="Mendoza Rivas"):
    """The office's own municipality, with a mayor in office since 2023; returns (entity, mayor person)."""
    municipality = EntityFactory(is_own_municipality=True, ubigeo=ubigeo, name="Municipalidad Distrital de Candelaria")
    mayor = PersonFactory(given_names=given_names, surnames=surnames, sex="M")
    position = PositionFactory(
        entity=municipality, title="Alcalde", title_feminine="Alcaldesa", office_code="ALCALDE_DISTRITAL"
    )
    TermFactory(position=position, person=mayor, starts_on=date(2023, 1, 1))
    return municipality, mayor
