"""The agenda's private calendar links move to core's FeedToken (purpose "ceremonial").

The hash moves as it is, so every link already in someone's phone keeps working at the same URL.
"""

from django.db import migrations

PURPOSE = "ceremonial"
FIELDS = ("user_id", "token_hash", "created_at", "revoked_at", "last_used_at")


def to_core(apps, schema_editor):
    old = apps.get_model("ceremonial", "CalendarFeedToken")
    new = apps.get_model("core", "FeedToken")
    new.objects.bulk_create(
        [new(purpose=PURPOSE, **{name: getattr(row, name) for name in FIELDS}) for row in old.objects.iterator()],
        batch_size=500,
    )


def back_to_ceremonial(apps, schema_editor):
    old = apps.get_model("ceremonial", "CalendarFeedToken")
    new = apps.get_model("core", "FeedToken")
    rows = [old(**{name: getattr(row, name) for name in FIELDS}) for row in new.objects.filter(purpose=PURPOSE)]
    old.objects.bulk_create(rows, batch_size=500)
    # auto_now_add stamped the copies with today; give them back their dates.
    for row in new.objects.filter(purpose=PURPOSE):
        old.objects.filter(token_hash=row.token_hash).update(created_at=row.created_at)
    new.objects.filter(purpose=PURPOSE).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("ceremonial", "0011_precedence_table_in_office_words"),
        ("core", "0008_feed_tokens"),
    ]

    operations = [
        migrations.RunPython(to_core, back_to_ceremonial),
        migrations.DeleteModel(name="CalendarFeedToken"),
    ]
