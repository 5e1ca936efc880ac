"""The archive's full-text index DDL, shared by the migrations that must (re)install it.

On SQLite, Django rebuilds a table to add a NOT NULL column, and the rebuild drops
its triggers: every migration that alters monitoring_clipping must end with
`reinstall_sqlite_triggers`, or new and edited clippings silently leave the index.
"""

SQLITE_TRIGGERS = [
    "CREATE TRIGGER IF NOT EXISTS monitoring_clipping_fts_ai AFTER INSERT ON monitoring_clipping BEGIN "
    "INSERT INTO monitoring_clipping_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER IF NOT EXISTS monitoring_clipping_fts_ad AFTER DELETE ON monitoring_clipping BEGIN "
    "INSERT INTO monitoring_clipping_fts(monitoring_clipping_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER IF NOT EXISTS monitoring_clipping_fts_au AFTER UPDATE OF search_text ON monitoring_clipping BEGIN "
    "INSERT INTO monitoring_clipping_fts(monitoring_clipping_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO monitoring_clipping_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
]
SQLITE_TRIGGER_NAMES = ["monitoring_clipping_fts_ai", "monitoring_clipping_fts_ad", "monitoring_clipping_fts_au"]


def reinstall_sqlite_triggers(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in SQLITE_TRIGGERS:
        schema_editor.execute(statement)
