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

SQLITE_UP = [
    "CREATE VIRTUAL TABLE monitoring_clipping_title_fts USING fts5("
    "title, content='monitoring_clipping', content_rowid='id', "
    'tokenize="unicode61 remove_diacritics 2")',
    "CREATE TRIGGER monitoring_clipping_title_fts_ai AFTER INSERT ON monitoring_clipping BEGIN "
    "INSERT INTO monitoring_clipping_title_fts(rowid, title) VALUES (new.id, new.title); END",
    "CREATE TRIGGER monitoring_clipping_title_fts_ad AFTER DELETE ON monitoring_clipping BEGIN "
    "INSERT INTO monitoring_clipping_title_fts(monitoring_clipping_title_fts, rowid, title) "
    "VALUES ('delete', old.id, old.title); END",
    "CREATE TRIGGER monitoring_clipping_title_fts_au AFTER UPDATE OF title ON monitoring_clipping BEGIN "
    "INSERT INTO monitoring_clipping_title_fts(monitoring_clipping_title_fts, rowid, title) "
    "VALUES ('delete', old.id, old.title); "
    "INSERT INTO monitoring_clipping_title_fts(rowid, title) VALUES (new.id, new.title); END",
    "INSERT INTO monitoring_clipping_title_fts(monitoring_clipping_title_fts) VALUES ('rebuild')",
    # Clipping rows are wide (text before the short columns), so reading a filter column walks overflow
    # pages. These narrow copies serve the archive's scans: newest first, and by id after a text match.
    "CREATE INDEX monitoring_clip_archive_newest ON monitoring_clipping "
    "(published_at DESC, id DESC, duplicate_of_id, tone, medium, outlet_id, source_id)",
    "CREATE INDEX monitoring_clip_archive_id ON monitoring_clipping "
    "(id, published_at, duplicate_of_id, tone, medium, outlet_id, source_id)",
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
    dependencies = [("monitoring", "0003_clipping_lookup_indexes")]

    operations = [migrations.RunPython(forwards, backwards)]
