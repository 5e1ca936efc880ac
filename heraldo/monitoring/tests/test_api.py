"""The API does what Monitoreo's pages do, behind the same gates: mentions, alerts and their rules, the síntesis
and the dosieres."""

from __future__ import annotations

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from heraldo.core.models import AuditEntry
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import AlertRule, DailySummary, Dossier, WatchTerm
from heraldo.monitoring.services.alerts import alerts_evaluate

NEGATIVE_MAYOR = (
    "Vecinos denuncian que el alcalde Jorge Cárdenas abandonó la obra del mercado, paralizada desde hace un año."
)


@pytest.fixture
def api_as(persona):
    def signed_in(name: str) -> APIClient:
        client = APIClient()
        client.force_authenticate(persona(name))
        return client

    return signed_in


@pytest.fixture
def negative_story(watchlist, mayor_rule, persona, django_capture_on_commit_callbacks):
    persona("mayor")
    with django_capture_on_commit_callbacks(execute=True):
        clipping, _ = clipping_store(title="Obra abandonada", published_at=timezone.now(), body_text=NEGATIVE_MAYOR)
        alerts_evaluate(clipping=clipping)
    return clipping


@pytest.mark.parametrize(
    "path", ["/api/v1/monitoreo/menciones/", "/api/v1/monitoreo/alertas/", "/api/v1/monitoreo/reglas-alerta/"]
)
def test_monitoring_lists_are_read_by_monitoring_roles_and_refused_to_others(api_as, negative_story, path):
    # given a story that mentions the Mayor and raised an alert
    # when the Mayor, who reads Monitoreo, and the designer, who does not, ask for the list
    allowed = api_as("mayor").get(path)
    refused = api_as("designer").get(path)

    # then the Mayor gets it and the designer is refused, as on the pages
    assert allowed.status_code == 200 and allowed.json()["count"] >= 1
    assert refused.status_code == 403


def test_mentions_say_where_the_mayor_was_named(api_as, negative_story):
    mentions = api_as("media_analyst").get("/api/v1/monitoreo/menciones/", {"clipping": negative_story.pk}).json()
    assert mentions["results"][0]["clipping_title"] == "Obra abandonada"
    assert mentions["results"][0]["tone"] == "negative"
    alerts = api_as("mayor").get("/api/v1/monitoreo/alertas/").json()
    assert alerts["results"][0]["headline"] == "Obra abandonada"


def test_the_analyst_creates_an_alert_rule_and_a_bad_one_is_refused_in_spanish(api_as, watchlist):
    # when the analyst creates a query rule, and another with no words
    created = api_as("media_analyst").post(
        "/api/v1/monitoreo/reglas-alerta/",
        {"name": "Basura en la prensa", "kind": "query", "query": "basura", "tone": "any", "mode": "immediate"},
    )
    refused = api_as("media_analyst").post(
        "/api/v1/monitoreo/reglas-alerta/",
        {"name": "Vacía", "kind": "query", "query": "", "tone": "any", "mode": "immediate"},
    )

    # then the first is saved and audited; the second explains what is missing and saves nothing
    assert created.status_code == 201, created.content
    assert AlertRule.objects.filter(name="Basura en la prensa").exists()
    assert AuditEntry.objects.filter(action="monitoring.rule.created").count() == 1
    assert refused.status_code == 400
    assert "Escriba al menos una palabra" in refused.content.decode()
    # and the Mayor, who reads alerts, may not write rules
    assert api_as("mayor").post("/api/v1/monitoreo/reglas-alerta/", {"name": "x"}).status_code == 403


def test_the_analyst_edits_and_sends_the_summary_the_mayor_only_reads_it(api_as, negative_story, persona):
    day = timezone.localdate().isoformat()
    url = f"/api/v1/monitoreo/sintesis/{day}/"

    # when the analyst sets the headline and sends it
    edited = api_as("media_analyst").patch(url, {"headline": "Obra del mercado, en la prensa"})
    sent = api_as("media_analyst").post(f"{url}enviar/")

    # then the summary is saved, audited and sent to the Mayor
    assert edited.status_code == 200 and edited.json()["headline"] == "Obra del mercado, en la prensa"
    assert sent.status_code == 200 and sent.json()["recipients"] >= 1
    assert DailySummary.objects.get().status == "sent"
    assert AuditEntry.objects.filter(action="monitoring.summary.updated").exists()
    # and the Mayor reads it but cannot change it; the designer cannot see it
    assert api_as("mayor").get(url).json()["headline"] == "Obra del mercado, en la prensa"
    assert api_as("mayor").patch(url, {"headline": "Otro"}).status_code == 403
    assert api_as("designer").get(url).status_code == 403


def test_the_analyst_builds_a_dossier_the_mayor_cannot_see_dossiers(api_as, negative_story):
    client = api_as("media_analyst")
    created = client.post("/api/v1/monitoreo/dosieres/", {"name": "Obra del mercado"})
    assert created.status_code == 201
    dossier_id = created.json()["id"]

    added = client.post(f"/api/v1/monitoreo/dosieres/{dossier_id}/agregar/", {"clippings": [negative_story.pk]})
    assert added.json()["clippings"] == [negative_story.pk]
    removed = client.post(f"/api/v1/monitoreo/dosieres/{dossier_id}/quitar/", {"clippings": [negative_story.pk]})
    assert removed.json()["clippings"] == []
    assert Dossier.objects.get().name == "Obra del mercado"
    assert AuditEntry.objects.filter(action="monitoring.dossier.clippings_added").exists()
    assert api_as("mayor").get("/api/v1/monitoreo/dosieres/").status_code == 403


def test_a_phrase_already_watched_is_refused_in_the_readers_language_and_added_once(client_as, persona, watchlist):
    # given an analyst who reads Heraldo in English and adds a phrase through the API
    persona("media_analyst").__class__.objects.filter(pk=persona("media_analyst").pk).update(language="en")
    analyst = client_as("media_analyst")
    first = analyst.post("/api/v1/monitoreo/terminos/", {"phrase": "Chato Cárdenas", "kind": "mayor"})

    # when the same phrase is sent again, spelled without accents
    again = analyst.post("/api/v1/monitoreo/terminos/", {"phrase": "chato cardenas", "kind": "mayor"})

    # then the first is created and the second explains itself in English, keyed by the field
    assert first.status_code == 201, first.content
    assert again.status_code == 400
    assert again.json()["phrase"] == ["That phrase is already on the watch list."]
    assert WatchTerm.objects.filter(folded="chato cardenas").count() == 1
