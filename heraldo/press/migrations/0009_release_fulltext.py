"""ñ is searched as n: the search text of releases and library assets is folded again, and releases get a
full-text index built over it (SQLite FTS5 with `remove_diacritics 2` kept by triggers; PostgreSQL a GIN
index over the `simple` tsvector).

Replacing ñ by n in the stored text gives exactly what the new fold computes from the fields.
"""

from django.db import migrations

from heraldo.core.fulltext import FullTextIndex

RELEASES = FullTextIndex("press_pressrelease")


def install(apps, schema_editor):
    RELEASES.install(schema_editor)


def uninstall(apps, schema_editor):
    RELEASES.uninstall(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("press", "0008_stored_under_generated_names")]

    operations = [
        migrations.RunSQL(
            "UPDATE press_pressrelease SET search_text = replace(search_text, 'ñ', 'n') WHERE search_text LIKE '%ñ%'",
            migrations.RunSQL.noop,
        ),
        migrations.RunSQL(
            "UPDATE press_mediaasset SET search_text = replace(search_text, 'ñ', 'n') WHERE search_text LIKE '%ñ%'",
            migrations.RunSQL.noop,
        ),
        migrations.RunPython(install, uninstall),
    ]
