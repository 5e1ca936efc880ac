"""The social API adapter: comments on the municipality's page read from a Graph-API-style endpoint (a local
fake on loopback, allowed the way Monitoreo's feed tests allow theirs), kept once, with authors pseudonymised."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from heraldo.core.models import AuditEntry
from heraldo.monitoring.models import TermKind, Topic, WatchTerm
from heraldo.opinion.models import ImportedRecord, Sector, Signal, SocialApiRun, Tone
from heraldo.opinion.social import social_api_sync

pytestmark = pytest.mark.django_db
PAGE = "1234567890"
TOKEN = "EAAB-secret-page-token"


@pytest.fixture
def graph(settings, httpserver):
    settings.HERALDO_FETCH_ALLOWED_HOSTS = [f"{httpserver.host}:{httpserver.port}", f"127.0.0.1:{httpserver.port}"]
    settings.HERALDO_SOCIAL_GRAPH_URL = httpserver.url_for("/v19.0")
    settings.HERALDO_SOCIAL_PAGE_ID = PAGE
    settings.HERALDO_SOCIAL_PAGE_TOKEN = TOKEN
    Sector.objects.create(name="AA.HH. Villa del Mar", nicknames="Villa del Mar")
    cleaning = Topic.objects.create(name="Limpieza pública")
    WatchTerm.objects.create(phrase="basura", folded="basura", kind=TermKind.TOPIC, topic=cleaning)
    return httpserver


def comment(cid: str, text: str, name: str = "María Quispe", author_id: str = "77", days_ago: int = 1) -> dict:
    moment = timezone.now() - timedelta(days=days_ago)
    return {
        "id": f"{PAGE}_{cid}",
        "message": text,
        "created_time": moment.strftime("%Y-%m-%dT%H:%M:%S+0000"),
        "from": {"id": author_id, "name": name},
    }


def serve_pages(graph, first: list[dict], second: list[dict]) -> None:
    graph.clear()
    next_url = graph.url_for("/v19.0/page2")
    graph.expect_request(
        f"/v19.0/{PAGE}/comments",
        query_string={"fields": "id,message,created_time,from", "limit": "100", "access_token": TOKEN},
    ).respond_with_json({"data": first, "paging": {"next": next_url}})
    graph.expect_request("/v19.0/page2").respond_with_json({"data": second, "paging": {}})


def test_page_comments_become_signals_once_with_authors_pseudonymised(graph, client_as):
    serve_pages(
        graph,
        [
            comment("1", "Otra vez no recogen la basura en Villa del Mar, es terrible"),
            comment("2", "Gracias por la respuesta", name="Municipalidad", author_id=PAGE),  # the page itself
        ],
        [comment("3", "¿A qué hora pasa el camión?", name="Juan Pérez")],
    )

    [run] = social_api_sync()

    assert (run.ok, run.fetched, run.added) == (True, 2, 2)
    records = {r.external_id: r for r in ImportedRecord.objects.all()}
    assert set(records) == {f"graph:{PAGE}_1", f"graph:{PAGE}_3"}
    assert all(r.author.startswith("autor-") for r in records.values())
    assert "María" not in str(list(ImportedRecord.objects.values_list("author", "text")))
    refuse = Signal.objects.get(evidence_id=records[f"graph:{PAGE}_1"].pk)
    assert (refuse.origin, refuse.topic.name, refuse.sector.name, refuse.tone) == (
        Signal.Origin.SOCIAL,
        "Limpieza pública",
        "AA.HH. Villa del Mar",
        Tone.NEGATIVE,
    )

    # a second run reads the same comments and one new: only the new one is added, and an analyst's correction
    # of the first stands
    other = Topic.objects.create(name="Salud")
    client_as("media_analyst").post(
        "/opinion/senales/?dias=7", {"scope": "marcadas", "senal": [refuse.pk], "topic": other.pk}
    )
    serve_pages(
        graph,
        [comment("1", "Otra vez no recogen la basura en Villa del Mar, es terrible"), comment("4", "Buen trabajo")],
        [comment("3", "¿A qué hora pasa el camión?", name="Juan Pérez")],
    )
    [again] = social_api_sync()
    assert (again.fetched, again.added) == (3, 1)
    assert Signal.objects.filter(origin=Signal.Origin.SOCIAL).count() == 3
    refuse.refresh_from_db()
    assert refuse.topic == other
    assert AuditEntry.objects.filter(action="opinion.import.applied").count() == 2

    # staff who import read the last runs on the import page
    page = client_as("media_analyst").get("/opinion/importar/").content.decode()
    assert "3 leídos, 1 nuevos" in page and TOKEN not in page


def test_without_credentials_nothing_runs_and_the_page_says_how_to_connect(settings, client_as):
    settings.HERALDO_SOCIAL_PAGE_ID = PAGE
    settings.HERALDO_SOCIAL_PAGE_TOKEN = ""
    assert social_api_sync() == []
    assert not SocialApiRun.objects.exists()
    assert "Sin credenciales" in client_as("head_of_unit").get("/opinion/importar/").content.decode()
    assert client_as("press_officer").get("/opinion/importar/").status_code == 403


def test_a_failing_or_malformed_platform_is_recorded_and_changes_nothing(graph):
    graph.expect_request(f"/v19.0/{PAGE}/comments").respond_with_data("busy", status=500)
    [failed] = social_api_sync()
    graph.clear()
    graph.expect_request(f"/v19.0/{PAGE}/comments").respond_with_json({"error": {"message": "Invalid token"}})
    [malformed] = social_api_sync()

    assert (failed.ok, failed.error) == (False, "El servidor respondió con un error. (HTTP 500)")
    assert (malformed.ok, malformed.error) == (
        False,
        "La plataforma respondió algo que no es una lista de comentarios.",
    )
    assert TOKEN not in failed.error + malformed.error
    assert not ImportedRecord.objects.exists() and not Signal.objects.exists()


def test_a_private_address_is_refused_without_the_test_override(settings):
    settings.HERALDO_SOCIAL_GRAPH_URL = "http://127.0.0.1:9/v19.0"
    settings.HERALDO_SOCIAL_PAGE_ID = PAGE
    settings.HERALDO_SOCIAL_PAGE_TOKEN = TOKEN
    settings.HERALDO_FETCH_ALLOWED_HOSTS = []
    [run] = social_api_sync()
    assert not run.ok and "red interna" in run.error and TOKEN not in run.error
