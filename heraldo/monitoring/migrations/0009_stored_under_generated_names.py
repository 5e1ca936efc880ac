"""Files are stored under generated names (clipping attachments).

`upload_to` lives only in Python: the columns do not change, so the database is left alone
(on SQLite an AlterField would rebuild the table and drop the indexes and triggers made by SQL).
"""

from django.db import migrations, models

from heraldo.core.uploads import GeneratedName


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0008_alert_surge_episodes")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="clipping",
                    name="attachment",
                    field=models.FileField(
                        blank=True,
                        upload_to=GeneratedName("monitoring/clippings/%Y/%m"),
                        verbose_name="escaneo, audio o video",
                    ),
                ),
            ],
        ),
        migrations.AddIndex(
            model_name="clipping",
            index=models.Index(fields=["attachment"], name="monitoring_clip_attachment"),
        ),
    ]
