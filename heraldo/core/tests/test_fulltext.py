"""Every searchable model's full-text index is in place after the migrations, on the engine that runs."""

from __future__ import annotations

from django.apps import apps
from django.db import connection

from heraldo.core.fulltext import FullTextIndex, SearchableModel


def indexed_models() -> list[type[SearchableModel]]:
    return [
        model for model in apps.get_models() if issubclass(model, SearchableModel) and model.search_index is not None
    ]


def test_the_registro_and_releases_are_indexed():
    assert {model._meta.label for model in indexed_models()} >= {
        "directory.Person",
        "directory.Entity",
        "press.PressRelease",
    }


def test_no_index_lost_a_trigger_or_its_index(search_backend):
    # A later migration that rebuilds an indexed table on SQLite drops its triggers unless it ends with
    # FullTextIndex.reinstall: new and edited rows would then silently leave the index.
    with connection.cursor() as cursor:
        if search_backend == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'table')")
            expected = {name for model in indexed_models() for name in model.search_index.trigger_names}
            expected |= {model.search_index.fts_table for model in indexed_models()}
        else:
            cursor.execute("SELECT indexname FROM pg_indexes")
            expected = {model.search_index.postgres_index for model in indexed_models()}
        present = {row[0] for row in cursor.fetchall()}
    assert expected - present == set()


def test_an_index_declares_names_from_its_table_and_column():
    headline = FullTextIndex("monitoring_clipping", column="title")

    assert headline.fts_table == "monitoring_clipping_title_fts"
    assert headline.trigger_names == [
        "monitoring_clipping_title_fts_ai",
        "monitoring_clipping_title_fts_ad",
        "monitoring_clipping_title_fts_au",
    ]
    assert FullTextIndex("directory_person").postgres_index == "directory_person_search_text_tsv"
