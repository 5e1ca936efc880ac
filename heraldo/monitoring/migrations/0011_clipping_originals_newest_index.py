"""Indexes for "originals only, newest first" and for a clipping's copies, replacing the full duplicate_of index.

Only indexes are created and dropped: the clipping table is not rebuilt, so SQLite's full-text triggers stay
(docs/architecture.md, "Text and search"). The dropped index has the same generated name on both engines.
"""

from django.db import migrations, models

FULL_INDEX = "monitoring_clipping_duplicate_of_id_472e5172"


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0010_fold_enye_as_n"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="clipping",
            index=models.Index(
                condition=models.Q(("duplicate_of__isnull", True)),
                fields=["-published_at", "-id", "tone"],
                name="monitoring_clip_originals",
            ),
        ),
        migrations.AddIndex(
            model_name="clipping",
            index=models.Index(
                condition=models.Q(("duplicate_of__isnull", False)),
                fields=["duplicate_of"],
                name="monitoring_clip_copies",
            ),
        ),
        # AlterField would rebuild the table on SQLite: the state changes, the database only loses the index.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="clipping",
                    name="duplicate_of",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=models.deletion.SET_NULL,
                        related_name="copies",
                        to="monitoring.clipping",
                        verbose_name="copia de",
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    f"DROP INDEX IF EXISTS {FULL_INDEX}",
                    f"CREATE INDEX IF NOT EXISTS {FULL_INDEX} ON monitoring_clipping (duplicate_of_id)",
                ),
            ],
        ),
    ]
