"""Full-text index of the press archive, on whichever engine runs.

SQLite: an FTS5 external-content table over Clipping.search_text with
`remove_diacritics 2`, kept in step by triggers. PostgreSQL: a GIN index on
the `spanish` tsvector of the same folded text (the query uses the same
expression, so the planner can use it).
"""

from django.db import migrations

from heraldo.monitoring.fulltext import SQLITE_TRIGGERS

SQLITE_UP = [
    "CREATE VIRTUAL TABLE monitoring_clipping_fts USING fts5("
    "search_text, content='monitoring_clipping', content_rowid='id', "
    'tokenize="unicode61 remove_diacritics 2")',
    *SQLITE_TRIGGERS,
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS monitoring_clipping_fts_au",
    "DROP TRIGGER IF EXISTS monitoring_clipping_fts_ad",
    "DROP TRIGGER IF EXISTS monitoring_clipping_fts_ai",
    "DROP TABLE IF EXISTS monitoring_clipping_fts",
]
POSTGRES_UP = [
    "CREATE INDEX monitoring_clipping_tsv ON monitoring_clipping "
    "USING gin (to_tsvector('spanish'::regconfig, COALESCE(search_text, '')))",
]
POSTGRES_DOWN = ["DROP INDEX IF EXISTS monitoring_clipping_tsv"]


def forwards(apps, schema_editor):
    statements = {"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}.get(schema_editor.connection.vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


def backwards(apps, schema_editor):
    statements = {"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}.get(schema_editor.connection.vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
