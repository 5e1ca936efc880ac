"""The electoral processes of 2026 (domain note 5.2): both ban state publicity in every municipality until the JNE
concludes them, so their end stays empty until the head of unit enters it."""

from datetime import date

from django.db import migrations

PROCESSES = [
    {
        "name": "Elecciones Generales 2026",
        "kind": "GENERAL",
        "convocation_date": date(2025, 3, 26),
        "legal_basis": "D.S. N.° 039-2025-PCM",
        # Conservative: the ban is taken to start the day the decree was published (26/03/2025).
        "ban_start_policy": "PUBLICATION_DAY",
        "election_day": date(2026, 4, 12),
        "notes": "Presidente, Senado, Diputados y Parlamento Andino. Segunda vuelta prevista el 07/06/2026.",
    },
    {
        "name": "Elecciones Regionales y Municipales 2026",
        "kind": "REGIONAL_MUNICIPAL",
        "convocation_date": date(2026, 1, 7),
        "legal_basis": "D.S. N.° 001-2026-PCM",
        # The JNE announced the ban "from Thursday 8 January", the day after the decree appeared.
        "ban_start_policy": "NEXT_DAY",
        "election_day": date(2026, 10, 4),
        "notes": "Segunda vuelta regional, si la hubiera. Conclusión por resolución del JNE (probablemente en 2027).",
    },
]


def add_processes(apps, schema_editor):
    ElectoralProcess = apps.get_model("publicity", "ElectoralProcess")
    for data in PROCESSES:
        if not ElectoralProcess.objects.filter(name=data["name"]).exists():
            ElectoralProcess.objects.create(**data)


def remove_processes(apps, schema_editor):
    ElectoralProcess = apps.get_model("publicity", "ElectoralProcess")
    ElectoralProcess.objects.filter(name__in=[data["name"] for data in PROCESSES]).delete()


class Migration(migrations.Migration):
    dependencies = [("publicity", "0001_initial")]
    operations = [migrations.RunPython(add_processes, remove_processes)]
