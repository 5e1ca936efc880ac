"""Searching the Registro by typing words; the same tests run on SQLite (FTS5) and on PostgreSQL (tsvector)."""

from __future__ import annotations

from heraldo.core.fulltext import words_filter
from heraldo.directory.integrations import SEARCH_LIMIT, registry_search
from heraldo.directory.models import Entity, Person
from heraldo.directory.selectors import entity_filter, person_filter
from heraldo.directory.tests.factories import EntityFactory, PersonFactory


def names(persons) -> list[str]:
    return sorted(person.full_name for person in persons)


def test_nunez_finds_nunez_among_persons_and_entities(search_backend):
    PersonFactory(given_names="María", surnames="Núñez Quispe")
    PersonFactory(given_names="Rosa", surnames="Pérez Niño")
    EntityFactory(name="Asociación Niños del Ñaupari")

    assert names(person_filter({"q": "Nunez"})) == ["María Núñez Quispe"]
    assert names(person_filter({"q": "NIÑO"})) == ["Rosa Pérez Niño"]
    assert [e.name for e in entity_filter({"q": "ninos naupari"})] == ["Asociación Niños del Ñaupari"]


def test_a_word_is_found_by_its_beginning(search_backend):
    PersonFactory(given_names="Jorge", surnames="Cárdenas Vilca")
    EntityFactory(name="Radio Candelaria", email="prensa@radiocandelaria.example.pe")

    assert names(person_filter({"q": "carde"})) == ["Jorge Cárdenas Vilca"]
    assert [e.name for e in entity_filter({"q": "radiocand"})] == ["Radio Candelaria"]


def test_every_word_must_be_there_in_any_order(search_backend):
    PersonFactory(given_names="Luis", surnames="Quispe Mamani")
    PersonFactory(given_names="Luis", surnames="Torres Salas")

    assert names(person_filter({"q": "mamani luis"})) == ["Luis Quispe Mamani"]
    assert names(person_filter({"q": "luis"})) == ["Luis Quispe Mamani", "Luis Torres Salas"]


def test_no_match_and_punctuation_alone(search_backend):
    PersonFactory(given_names="Elena", surnames="Ríos")

    assert list(person_filter({"q": "zzz-no-existe"})) == []
    assert names(person_filter({"q": "- ¿?"})) == ["Elena Ríos"]  # nothing to search for narrows nothing


def test_edits_and_deletions_reach_the_index(search_backend):
    person = PersonFactory(given_names="Víctor", surnames="Apaza")
    person.surnames = "Condori"
    person.save()
    other = PersonFactory(given_names="Víctor", surnames="Apaza")
    other.delete()

    assert list(words_filter(Person.objects.all(), "apaza")) == []
    assert list(words_filter(Person.objects.all(), "condori")) == [person]


def test_personal_email_is_not_searchable(search_backend):
    PersonFactory(given_names="Sofía", surnames="Chávez", personal_email="sofia.casa@correo.example.pe")

    assert list(person_filter({"q": "sofia.casa"})) == []
    assert Person.objects.get().search_text == "sofia chavez"


def test_the_global_search_box_shows_a_bounded_number(search_backend, persona):
    for n in range(SEARCH_LIMIT + 3):
        PersonFactory(given_names=f"Ángel{n}", surnames="Gutiérrez")
        EntityFactory(name=f"Junta Vecinal Gutiérrez {n}")

    group = registry_search(persona("head_of_unit"), "gutierrez")

    assert len(group.hits) == 2 * SEARCH_LIMIT
    assert Entity.objects.count() == SEARCH_LIMIT + 3
