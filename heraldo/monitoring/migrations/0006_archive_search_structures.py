"""Structures the archive's ranking needs, on whichever engine runs.

PostgreSQL: the `spanish` tsvector is stored (a generated column) so ranking a candidate set reads it
instead of re-parsing 300 words per row; the GIN index moves onto it. A second GIN index covers the
headline alone (the first line of the folded search text) so headline matches can be found across the
whole archive for relevance. SQLite: a second FTS5 table over the headline, kept in step by triggers,
and two narrow covering indexes for the archive's scans.
On a large PostgreSQL archive the column is computed while the table is rewritten: minutes per million
clippings, run it in a maintenance window.
"""

from django.db import migrations

from heraldo.monitoring.fulltext import SQLITE_HEADLINE_OBJECTS

SQLITE_UP = [
    "CREATE VIRTUAL TABLE monitoring_clipping_title_fts USING fts5("
    "title, content='monitoring_clipping', content_rowid='id', "
    'tokenize="unicode61 remove_diacritics 2")',
    *SQLITE_HEADLINE_OBJECTS,
    "INSERT INTO monitoring_clipping_title_fts(monitoring_clipping_title_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP INDEX IF EXISTS monitoring_clip_archive_id",
    "DROP INDEX IF EXISTS monitoring_clip_archive_newest",
    "DROP TRIGGER IF EXISTS monitoring_clipping_title_fts_au",
    "DROP TRIGGER IF EXISTS monitoring_clipping_title_fts_ad",
    "DROP TRIGGER IF EXISTS monitoring_clipping_title_fts_ai",
    "DROP TABLE IF EXISTS monitoring_clipping_title_fts",
]
POSTGRES_UP = [
    "ALTER TABLE monitoring_clipping ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('spanish'::regconfig, COALESCE(search_text, ''))) STORED",
    "DROP INDEX IF EXISTS monitoring_clipping_tsv",
    "CREATE INDEX monitoring_clipping_vector ON monitoring_clipping USING gin (search_vector)",
    "CREATE INDEX monitoring_clipping_title_tsv ON monitoring_clipping "
    "USING gin (to_tsvector('spanish'::regconfig, split_part(COALESCE(search_text, ''), E'\\n', 1)))",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS monitoring_clipping_title_tsv",
    "DROP INDEX IF EXISTS monitoring_clipping_vector",
    "ALTER TABLE monitoring_clipping DROP COLUMN IF EXISTS search_vector",
    "CREATE INDEX monitoring_clipping_tsv ON monitoring_clipping "
    "USING gin (to_tsvector('spanish'::regconfig, COALESCE(search_text, '')))",
]


def forwards(apps, schema_editor):
    statements = {"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}.get(schema_editor.connection.vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


def backwards(apps, schema_editor):
    statements = {"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}.get(schema_editor.connection.vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0005_alert_kinds_preferences_deliveries")]

    operations = [migrations.RunPython(forwards, backwards)]
