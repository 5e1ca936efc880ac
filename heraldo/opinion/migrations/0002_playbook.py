"""The corrective actions every office starts with (editable afterwards)."""

from django.db import migrations

PLAYBOOK = [
    (
        "Comunicado aclaratorio",
        "Nota de prensa y publicación en redes que explique qué pasa, qué hace la municipalidad y desde cuándo.",
        1,
    ),
    (
        "Visita del Alcalde a la zona con prensa",
        "Recorrido del Alcalde por el sector afectado, con cobertura de prensa y fotografía.",
        5,
    ),
    (
        "Reunión con la junta vecinal",
        "Reunión con los dirigentes del sector para escuchar el problema y acordar plazos.",
        7,
    ),
    (
        "Campaña informativa",
        "Campaña en el sector (volantes, perifoneo, redes) sobre el servicio y cómo reportar fallas.",
        10,
    ),
    (
        "Respuesta al medio",
        "Carta o llamada al medio que publicó la nota, con los datos y la versión de la municipalidad.",
        2,
    ),
]


def seed(apps, schema_editor):
    PlaybookAction = apps.get_model("opinion", "PlaybookAction")
    for position, (title, description, days) in enumerate(PLAYBOOK, start=1):
        PlaybookAction.objects.get_or_create(
            title=title, defaults={"description": description, "days_to_do": days, "position": position}
        )


class Migration(migrations.Migration):
    dependencies = [("opinion", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
