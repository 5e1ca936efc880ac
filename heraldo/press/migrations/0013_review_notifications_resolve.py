"""The "Nota por aprobar" notices sent before they could resolve: each becomes a request for its release's review,
resolved by the step that ended that review (who took it, when, how) or still pending while the release waits."""

import re

from django.db import migrations

RELEASE_PAGE = re.compile(r"/prensa/notas/(\d+)/")
REVIEW, MAYOR_REVIEW = "revision", "alcaldia"
# The Spanish source of each resolution, translated when shown (the same text the workflow stores).
ENDED_AS = {
    (REVIEW, MAYOR_REVIEW): "Nota aprobada",
    (REVIEW, "aprobado"): "Nota aprobada",
    (MAYOR_REVIEW, "aprobado"): "Nota aprobada por Alcaldía",
    (REVIEW, "borrador"): "Nota devuelta con observaciones",
    (MAYOR_REVIEW, "borrador"): "Nota devuelta con observaciones",
}


def key_for(status: str, pk: int) -> str:
    return f"press.release.{'mayor_review' if status == MAYOR_REVIEW else 'review'}:{pk}"


def forwards(apps, schema_editor):
    Notification = apps.get_model("core", "Notification")
    PressRelease = apps.get_model("press", "PressRelease")
    ReleaseTransition = apps.get_model("press", "ReleaseTransition")
    asks = Notification.objects.filter(title__startswith="Nota por aprobar", subject_key="")
    for notice in asks.iterator():
        found = RELEASE_PAGE.search(notice.url)
        release = found and PressRelease.objects.filter(pk=int(found.group(1))).first()
        if not release:
            continue
        ended = (
            ReleaseTransition.objects.filter(
                release=release, from_status__in=[REVIEW, MAYOR_REVIEW], created_at__gte=notice.created_at
            )
            .order_by("created_at", "pk")
            .first()
        )
        if ended is not None:
            notice.subject_key = key_for(ended.from_status, release.pk)
            notice.resolved_at = ended.created_at
            notice.resolved_by_id = ended.actor_id
            notice.resolution = ENDED_AS.get((ended.from_status, ended.to_status), "")
        elif release.status in (REVIEW, MAYOR_REVIEW):
            notice.subject_key = key_for(release.status, release.pk)
        else:
            continue
        notice.asks_action = True
        notice.save(update_fields=["subject_key", "asks_action", "resolved_at", "resolved_by", "resolution"])


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0009_notification_resolves_with_its_act"),
        ("press", "0012_release_publicity_override"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
