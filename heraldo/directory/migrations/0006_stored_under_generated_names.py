"""Files are stored under generated names (coordination documents, person photos).

`upload_to` lives only in Python: the columns do not change, so the database is left alone
(on SQLite an AlterField would rebuild the table and drop the indexes and triggers made by SQL).
"""

from django.db import migrations, models

from heraldo.core.uploads import GeneratedName


class Migration(migrations.Migration):
    dependencies = [("directory", "0005_coordination_and_greetings")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="coordination",
                    name="document",
                    field=models.FileField(
                        blank=True,
                        upload_to=GeneratedName("directory/coordination/%Y"),
                        verbose_name="documento (PDF o imagen)",
                    ),
                ),
                migrations.AlterField(
                    model_name="person",
                    name="photo",
                    field=models.ImageField(
                        blank=True, upload_to=GeneratedName("directory/people/%Y"), verbose_name="foto"
                    ),
                ),
            ],
        ),
    ]
