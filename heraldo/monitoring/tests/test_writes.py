"""Alert rules and sources are written by their services: the trail holds what really changed."""

from __future__ import annotations

from django.urls import reverse
from rest_framework.test import APIClient

from heraldo.core.models import AuditEntry
from heraldo.monitoring.models import Source


def test_editing_a_rule_on_its_page_records_the_change_from_the_stored_rule(client_as, mayor_rule):
    # given the rule that alerts on negative mentions of the Mayor
    data = {
        "name": "Mención negativa del Alcalde en radio",
        "kind": mayor_rule.kind,
        "target": mayor_rule.target,
        "query": "",
        "window_hours": mayor_rule.window_hours,
        "tone": mayor_rule.tone,
        "mode": mayor_rule.mode,
        "is_active": "on",
    }
    # when the media analyst renames it
    response = client_as("media_analyst").post(reverse("monitoring:rule_edit", args=[mayor_rule.pk]), data)
    # then the rule is saved and the trail shows the old and the new name, nothing else
    assert response.status_code == 302
    mayor_rule.refresh_from_db()
    assert mayor_rule.name == "Mención negativa del Alcalde en radio"
    entry = AuditEntry.objects.get(action="monitoring.rule.updated")
    assert entry.changes == {"name": ["Mención negativa del Alcalde", "Mención negativa del Alcalde en radio"]}


def test_the_api_records_only_what_a_source_update_changed_and_a_new_address_starts_fresh(persona):
    client = APIClient()
    client.force_authenticate(persona("media_analyst"))
    created = client.post(
        "/api/v1/monitoreo/fuentes/", {"name": "Diario", "kind": "feed", "url": "https://diario.example.pe/rss"}
    )
    source = Source.objects.get(pk=created.json()["id"])
    Source.objects.filter(pk=source.pk).update(etag='"v1"')
    client.patch(f"/api/v1/monitoreo/fuentes/{source.pk}/", {"interval_minutes": 60, "name": "Diario"})
    client.patch(f"/api/v1/monitoreo/fuentes/{source.pk}/", {"url": "https://diario.example.pe/feed"})
    updates = [e.changes for e in AuditEntry.objects.filter(action="monitoring.source.updated").order_by("pk")]
    assert updates == [
        {"interval_minutes": [30, 60]},
        {"url": ["https://diario.example.pe/rss", "https://diario.example.pe/feed"]},
    ]
    source.refresh_from_db()
    assert source.etag == ""
