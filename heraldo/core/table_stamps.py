"""A change stamp per table, raised by the database itself on every write to it.

Stamps raised by the code (heraldo.core.stamps) follow the data a few figures depend on. A kept page
(heraldo.core.kept_pages) may show anything, so it depends on every table it read: here each table of the
application's models gets a trigger that raises the stamp `table:<name>` on any INSERT, UPDATE or DELETE, whoever
writes (the ORM, `update()`, `bulk_create()`, raw SQL, another process or machine, a migration) and in the same
transaction as the write.

- SQLite: a row trigger per operation (SQLite has no statement triggers); a stamp update costs microseconds.
- PostgreSQL: one statement trigger per table (a bulk insert raises the stamp once). A transaction that writes a
  table holds its stamp's row from that write to its commit, as it holds the rows it wrote; raising it on every
  statement, not once per transaction, keeps a transaction's own later reads right (a test is one transaction).

The triggers are (re)created after every `migrate`, so a new table gets one at once; they recreate a stamp's
row if it was emptied (`flush`). Tables written on nearly
every request (sessions, sign-in attempts) get none: a page that reads them is never kept.
"""

from __future__ import annotations

from django.apps import apps
from django.db import connections

TABLE_STAMP_PREFIX = "table:"
_TRIGGER_PREFIX = "heraldo_stamp_"
# Written by the sign-in machinery on almost every request or attempt; raising a stamp there would only make
# every kept page that reads them useless, so pages reading them are simply not kept.
UNSTAMPED_TABLES = frozenset(
    {
        "django_session",
        "core_changestamp",
        "usersessions_usersession",
        "axes_accessattempt",
        "axes_accessfailurelog",
        "axes_accesslog",
        "django_migrations",
    }
)


def table_stamp(table: str) -> str:
    return TABLE_STAMP_PREFIX + table


def stamped_tables(using: str = "default") -> frozenset[str]:
    """The tables of installed models (many-to-many tables included) that carry a stamp trigger."""
    return frozenset(
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy and model._meta.db_table not in UNSTAMPED_TABLES
    ) & frozenset(connections[using].introspection.table_names())


def install_table_stamps(using: str = "default") -> int:
    """Create the stamp rows and triggers that are missing; returns how many tables were set up now."""
    connection = connections[using]
    tables = sorted(stamped_tables(using))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(_POSTGRESQL_FUNCTION)
            cursor.execute(
                "SELECT event_object_table FROM information_schema.triggers WHERE trigger_name = %s",
                [_TRIGGER_PREFIX + "statement"],
            )
        else:
            cursor.execute(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s",
                [_TRIGGER_PREFIX + "%_insert"],
            )
        already = {row[0] for row in cursor.fetchall()}
        missing = [table for table in tables if table not in already]
        quote = connection.ops.quote_name
        for table in missing:
            cursor.execute(
                "INSERT INTO core_changestamp (name, value) VALUES (%s, 0) ON CONFLICT (name) DO NOTHING",
                [table_stamp(table)],
            )
            if connection.vendor == "postgresql":
                cursor.execute(
                    f"CREATE TRIGGER {_TRIGGER_PREFIX}statement AFTER INSERT OR UPDATE OR DELETE ON {quote(table)} "
                    "FOR EACH STATEMENT EXECUTE FUNCTION heraldo_raise_table_stamp()"
                )
            else:
                # A trigger's body takes no parameters; the names are the models' own tables, never user input.
                stamp = table_stamp(table).replace("'", "''")
                for operation in ("insert", "update", "delete"):
                    trigger = quote(_TRIGGER_PREFIX + table + "_" + operation)
                    cursor.execute(
                        f"CREATE TRIGGER IF NOT EXISTS {trigger} AFTER {operation.upper()} ON {quote(table)} BEGIN "  # noqa: S608
                        f"INSERT OR IGNORE INTO core_changestamp (name, value) VALUES ('{stamp}', 0); "
                        f"UPDATE core_changestamp SET value = value + 1 WHERE name = '{stamp}'; END"
                    )
    return len(missing)


_POSTGRESQL_FUNCTION = """
CREATE OR REPLACE FUNCTION heraldo_raise_table_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO core_changestamp (name, value) VALUES ('table:' || TG_TABLE_NAME, 1)
        ON CONFLICT (name) DO UPDATE SET value = core_changestamp.value + 1;
    RETURN NULL;
END
$$
"""


def install_after_migrate(sender, using: str = "default", **kwargs) -> None:
    if using == "default":
        install_table_stamps(using)
