"""The archive's SQLite search objects made by hand (triggers, FTS tables, covering indexes).

The two FTS5 indexes are declared with core's `FullTextIndex`, like the Registro's and the releases'; the
archive's PostgreSQL side is its own (a stored `spanish` tsvector, see migration 0006).

On SQLite, Django rebuilds a table to add a NOT NULL column, and the rebuild drops
every trigger and every index it does not know about: each migration that alters
monitoring_clipping must end with `reinstall_sqlite_triggers`, or new and edited
clippings silently leave the index and the archive's scans lose their indexes.
"""

from heraldo.core.fulltext import FullTextIndex

CLIPPING_TEXT = FullTextIndex("monitoring_clipping")
CLIPPING_HEADLINE = FullTextIndex("monitoring_clipping", column="title")

SQLITE_TRIGGERS = CLIPPING_TEXT.sqlite_triggers()
# The headline index and the archive's covering indexes (migration 0006).
SQLITE_HEADLINE_OBJECTS = [
    *CLIPPING_HEADLINE.sqlite_triggers(),
    # Clipping rows are wide (text before the short columns), so reading a filter column walks overflow
    # pages. These narrow copies serve the archive's scans: newest first, and by id after a text match.
    "CREATE INDEX IF NOT EXISTS monitoring_clip_archive_newest ON monitoring_clipping "
    "(published_at DESC, id DESC, duplicate_of_id, tone, medium, outlet_id, source_id)",
    "CREATE INDEX IF NOT EXISTS monitoring_clip_archive_id ON monitoring_clipping "
    "(id, published_at, duplicate_of_id, tone, medium, outlet_id, source_id)",
]
SQLITE_TRIGGER_NAMES = [*CLIPPING_TEXT.trigger_names, *CLIPPING_HEADLINE.trigger_names]
SQLITE_INDEX_NAMES = ["monitoring_clip_archive_newest", "monitoring_clip_archive_id"]


def reinstall_sqlite_triggers(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in SQLITE_TRIGGERS:
        schema_editor.execute(statement)
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'monitoring_clipping_title_fts'")
        headline_index_exists = cursor.fetchone() is not None
    if headline_index_exists:  # migrations before 0006 run before it was made
        for statement in SQLITE_HEADLINE_OBJECTS:
            schema_editor.execute(statement)
