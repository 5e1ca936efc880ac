"""Migration 0009 folds the archive and the watch list again (ñ as n) without losing a row."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from heraldo.monitoring import search
from heraldo.monitoring.selectors import ArchiveQuery, archive_search


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_the_archive_and_the_watch_list_are_folded_again(search_backend):
    old = migrate(("monitoring", "0009_stored_under_generated_names"))
    WatchTerm = old.get_model("monitoring", "WatchTerm")
    WatchTerm.objects.create(phrase="Regidora Núñez", folded="regidora nuñez", kind="topic")
    WatchTerm.objects.create(phrase="año", folded="año", kind="topic")
    WatchTerm.objects.create(phrase="ano", folded="ano", kind="topic")
    old.get_model("monitoring", "Clipping").objects.create(
        title="La regidora Núñez", published_at=timezone.now(), search_text="la regidora nuñez\nvisita la escuela"
    )

    folded = migrate(("monitoring", "0010_fold_enye_as_n"))

    terms = folded.get_model("monitoring", "WatchTerm").objects.values_list("folded", flat=True)
    assert sorted(terms) == ["ano", "año", "regidora nunez"]
    assert folded.get_model("monitoring", "Clipping").objects.get().search_text == (
        "la regidora nunez\nvisita la escuela"
    )
    # The archive is searched with today's models: the later migrations (new columns) first.
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    result = archive_search(ArchiveQuery(text="Nunez"))
    assert [clipping.title for clipping, _snippet in result.rows] == ["La regidora Núñez"]
    assert search.parse_query("Núñez").words == ["nunez"]
