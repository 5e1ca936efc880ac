"""ñ folds as n everywhere: venue keys are folded again, so "Plaza Ñaña" and "plaza nana" still clash.

Replacing ñ by n in the stored key gives exactly what the new fold computes from the place.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("ceremonial", "0007_event_outcome")]

    operations = [
        migrations.RunSQL(
            "UPDATE ceremonial_event SET place_key = replace(place_key, 'ñ', 'n') WHERE place_key LIKE '%ñ%'",
            migrations.RunSQL.noop,
        ),
    ]
