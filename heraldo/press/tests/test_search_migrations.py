"""The search migrations keep every row and index the rows that were already there."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from heraldo.core.fulltext import words_filter

BEFORE = [("directory", "0006_stored_under_generated_names"), ("press", "0008_stored_under_generated_names")]


def latest():
    """Every app's last migration: the search migrations and whatever later ones rebuild the tables
    (which must put the full-text triggers back), so the models in use match the database."""
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_existing_persons_entities_and_releases_are_indexed_and_refolded(search_backend, persona):
    author = persona("press_officer")
    old = migrate(BEFORE)
    old.get_model("directory", "Person").objects.create(
        given_names="María", surnames="Núñez", search_text="maria nunez"
    )
    old.get_model("directory", "Entity").objects.create(
        name="Radio Ñaña", kind="MEDIO", level="DISTRITAL", search_text="radio nana"
    )
    old.get_model("press", "PressRelease").objects.create(
        headline="Año del Niño", lead="", author_id=author.pk, search_text="año del niño"
    )

    # Then every later migration (a later rebuild of the tables must keep their full-text triggers)
    migrate(latest())

    from heraldo.directory.models import Entity, Person
    from heraldo.press.models import PressRelease

    assert [p.surnames for p in words_filter(Person.objects.all(), "nunez")] == ["Núñez"]
    assert [e.name for e in words_filter(Entity.objects.all(), "nana")] == ["Radio Ñaña"]
    assert PressRelease.objects.get().search_text == "ano del nino"
    assert [r.headline for r in words_filter(PressRelease.objects.all(), "nino")] == ["Año del Niño"]
