"""Migration 0015: the district's name, generated as the municipality, becomes a place; its mentions follow it."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


@pytest.mark.django_db(transaction=True)
def test_the_generated_district_name_becomes_a_place_and_keeps_its_mentions():
    old = migrate(("monitoring", "0014_mentions_explained_topics_decided"))
    old.get_model("directory", "Entity").objects.create(
        name="Municipalidad Distrital de Villa Rica", kind="MUNICIPALIDAD", level="DISTRITAL", is_own_municipality=True
    )
    WatchTerm = old.get_model("monitoring", "WatchTerm")
    place = WatchTerm.objects.create(phrase="Villa Rica", folded="villa rica", kind="municipality", origin="registry")
    name = WatchTerm.objects.create(
        phrase="Municipalidad de Villa Rica", folded="municipalidad de villa rica", kind="municipality"
    )
    clipping = old.get_model("monitoring", "Clipping").objects.create(title="Villa Rica", published_at=timezone.now())
    old.get_model("monitoring", "Mention").objects.create(clipping=clipping, term=place, start=0, end=10)

    new = migrate(("monitoring", "0015_district_name_is_a_place"))

    terms = dict(new.get_model("monitoring", "WatchTerm").objects.values_list("pk", "kind"))
    assert terms == {place.pk: "place", name.pk: "municipality"}
    assert new.get_model("monitoring", "Mention").objects.get().term_id == place.pk
    back = migrate(("monitoring", "0014_mentions_explained_topics_decided"))
    assert back.get_model("monitoring", "WatchTerm").objects.get(pk=place.pk).kind == "municipality"
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
