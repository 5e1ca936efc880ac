"""Full-text indexes for the Registro's persons and entities, built for the rows already there.

SQLite: FTS5 tables over the folded search text (`remove_diacritics 2`), kept in step by triggers.
PostgreSQL: GIN indexes over the text's `simple` tsvector. The search text itself does not change (the
Registro already folded ñ as n); tag names are folded again now that every fold does the same.
"""

from django.db import migrations

from heraldo.core.fulltext import FullTextIndex

INDEXES = [FullTextIndex("directory_person"), FullTextIndex("directory_entity")]


def install(apps, schema_editor):
    for index in INDEXES:
        index.install(schema_editor)


def uninstall(apps, schema_editor):
    for index in INDEXES:
        index.uninstall(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("directory", "0006_stored_under_generated_names")]

    operations = [
        migrations.RunPython(install, uninstall),
        migrations.RunSQL(
            "UPDATE directory_tag SET name_folded = replace(name_folded, 'ñ', 'n') WHERE name_folded LIKE '%ñ%'",
            migrations.RunSQL.noop,
        ),
    ]
