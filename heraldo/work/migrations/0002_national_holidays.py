"""The national holidays of the years around the first installation; a daily step keeps the next year on record."""

from django.db import migrations

from heraldo.work.calendar import national_holidays

FIRST_YEAR, LAST_YEAR = 2025, 2028


def add_holidays(apps, schema_editor):
    NonWorkingDay = apps.get_model("work", "NonWorkingDay")
    known = set(NonWorkingDay.objects.values_list("day", flat=True))
    NonWorkingDay.objects.bulk_create(
        NonWorkingDay(day=holiday.day, kind="FERIADO", holiday_code=holiday.code)
        for year in range(FIRST_YEAR, LAST_YEAR + 1)
        for holiday in national_holidays(year)
        if holiday.day not in known
    )


class Migration(migrations.Migration):
    dependencies = [("work", "0001_initial")]
    operations = [migrations.RunPython(add_holidays, migrations.RunPython.noop)]
