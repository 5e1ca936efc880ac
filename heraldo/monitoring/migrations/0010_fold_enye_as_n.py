"""ñ folds as n everywhere: the archive's search text and the watch list's folded phrases are folded again.

Replacing ñ by n in the stored text gives exactly what the new fold computes. On SQLite the FTS5 triggers
carry the change into the index; on PostgreSQL the stored tsvector is recomputed with the row. Most
Spanish stories have an ñ, so on a large archive this rewrites most clippings: run it in a maintenance
window (minutes per million clippings).
"""

from django.db import migrations


def fold_watch_terms(apps, schema_editor):
    WatchTerm = apps.get_model("monitoring", "WatchTerm")
    taken = set(WatchTerm.objects.values_list("folded", "kind"))
    for term in WatchTerm.objects.filter(folded__contains="ñ"):
        refolded = term.folded.replace("ñ", "n")
        # "año" beside an existing "ano" of the same kind: that one now finds both spellings, and this
        # term keeps its old key (and its mentions) rather than break the one-term-per-phrase rule.
        if (refolded, term.kind) in taken:
            continue
        taken.add((refolded, term.kind))
        term.folded = refolded
        term.save(update_fields=["folded"])


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0009_stored_under_generated_names")]

    operations = [
        migrations.RunSQL(
            "UPDATE monitoring_clipping SET search_text = replace(search_text, 'ñ', 'n') WHERE search_text LIKE '%ñ%'",
            migrations.RunSQL.noop,
        ),
        migrations.RunPython(fold_watch_terms, migrations.RunPython.noop),
    ]
