"""Seed the precedence table with the provisional table P of the domain note (§3.2, all [I]).

The rows come from the engine's PROVISIONAL_TABLE_ROWS (plain data, Django-free); the
official D.S. 100-2005-RE tables are entered later as new versions through the table page.
"""

from django.db import migrations


def seed(apps, schema_editor):
    from heraldo.ceremonial.precedence import PROVISIONAL_TABLE_ROWS

    Row = apps.get_model("ceremonial", "PrecedenceTableRow")
    if Row.objects.exists():
        return
    Row.objects.bulk_create([Row(**dict(row)) for row in PROVISIONAL_TABLE_ROWS])


def unseed(apps, schema_editor):
    apps.get_model("ceremonial", "PrecedenceTableRow").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("ceremonial", "0005_precedence_table")]

    operations = [migrations.RunPython(seed, unseed)]
