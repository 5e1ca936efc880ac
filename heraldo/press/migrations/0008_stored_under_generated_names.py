"""Files are stored under generated names (media library, attachments, brand kit, bulletins).

`upload_to` lives only in Python: the columns do not change, so the database is left alone
(on SQLite an AlterField would rebuild the table and drop the indexes and triggers made by SQL).
"""

from django.db import migrations, models

from heraldo.core.uploads import GeneratedName


class Migration(migrations.Migration):
    dependencies = [("press", "0007_asset_people")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="brandtemplate",
                    name="file",
                    field=models.FileField(upload_to=GeneratedName("press/brand"), verbose_name="archivo"),
                ),
                migrations.AlterField(
                    model_name="bulletin",
                    name="pdf",
                    field=models.FileField(blank=True, upload_to=GeneratedName("press/bulletins"), verbose_name="PDF"),
                ),
                migrations.AlterField(
                    model_name="mediaasset",
                    name="original",
                    field=models.FileField(
                        upload_to=GeneratedName("press/originals/%Y/%m"), verbose_name="archivo original"
                    ),
                ),
                migrations.AlterField(
                    model_name="mediaasset",
                    name="thumb",
                    field=models.FileField(
                        blank=True, upload_to=GeneratedName("press/thumbs/%Y/%m"), verbose_name="miniatura"
                    ),
                ),
                migrations.AlterField(
                    model_name="mediaasset",
                    name="web",
                    field=models.FileField(
                        blank=True, upload_to=GeneratedName("press/web/%Y/%m"), verbose_name="tamaño web"
                    ),
                ),
                migrations.AlterField(
                    model_name="releaseattachment",
                    name="file",
                    field=models.FileField(upload_to=GeneratedName("press/attachments/%Y/%m"), verbose_name="archivo"),
                ),
            ],
        ),
    ]
