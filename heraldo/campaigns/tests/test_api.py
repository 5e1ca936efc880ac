"""The Campañas API (/api/v1/campanas/): the pages' gates, the same services and refusals."""

from __future__ import annotations

import json
from datetime import date

import pytest
from django.urls import reverse

from conftest import PERSONAS
from heraldo.campaigns.models import PieceComment, PieceStatus, PieceVersion
from heraldo.campaigns.tests.factories import CampaignFactory, PieceFactory, RequestFactory
from heraldo.campaigns.tests.test_pieces import png
from heraldo.press.tests.factories import make_release
from heraldo.publicity.models import ElectoralProcess
from heraldo.publicity.tests.factories import ElectoralProcessFactory

pytestmark = pytest.mark.django_db

BASE = "/api/v1/campanas/"
READERS = {"head_of_unit", "press_officer", "designer", "mayor"}  # the roles with access_campaigns


def post(client, url, data):
    return client.post(BASE + url, data, content_type="application/json")


@pytest.mark.parametrize("persona_name", PERSONAS)
def test_who_may_read_campaigns(client_as, persona_name, rentas):
    CampaignFactory(title="De Rentas")
    response = client_as(persona_name).get(BASE)
    sees = persona_name in READERS or persona_name == "requester"
    assert response.status_code == (200 if sees else 403)
    if sees:
        assert [row["title"] for row in response.json()["results"]] == ["De Rentas"]


def test_a_unit_reads_only_its_own_unit_s_records(client_as, rentas, other_unit):
    own = PieceFactory(title="De Rentas")
    other = PieceFactory(
        title="De Salud", campaign=CampaignFactory(unit="Subgerencia de Salud", plan_line=own.campaign.plan_line)
    )
    RequestFactory(title="Brief de Salud", unit="Subgerencia de Salud")
    client = client_as("requester")
    assert [row["title"] for row in client.get(BASE + "piezas/").json()["results"]] == ["De Rentas"]
    assert client.get(f"{BASE}piezas/{other.pk}/").status_code == 404
    assert client.get(f"{BASE}{other.campaign.pk}/").status_code == 404
    assert client.get(BASE + "solicitudes/").json()["results"] == []


def test_a_piece_carries_its_publicity_verdict(client_as):
    piece = PieceFactory(text="Nuestro alcalde te invita.")
    body = client_as("press_officer").get(f"{BASE}piezas/{piece.pk}/").json()
    assert body["publicity"]["verdict"] == "block"
    assert "E2" in {finding["rule"] for finding in body["publicity"]["findings"]}


def test_bad_filters_are_refused_with_the_field(client_as):
    client = client_as("press_officer")
    assert client.get(BASE + "?status=ABIERTA").json() == {"status": ["Estado desconocido: ABIERTA."]}
    assert "channel" in client.get(BASE + "piezas/?channel=PALOMAS").json()
    assert "campaign" in client.get(BASE + "piezas/?campaign=x").json()
    assert client.get(BASE + "calendario/?mes=2027-13").status_code == 400
    assert "canal" in client.get(BASE + "calendario/?canal=PALOMAS").json()
    assert client.get(BASE + "abc/").status_code == 404
    campaign = CampaignFactory()
    assert client.get(f"{BASE}{campaign.pk}/?status=CERRADA").json()["id"] == campaign.pk


def test_reschedule_through_the_api(client_as):
    ElectoralProcess.objects.update(end_date=date(2026, 12, 31))
    ElectoralProcessFactory(name="Complementarias 2027", convocation_date=date(2027, 3, 1))
    piece = PieceFactory(exposure_ends=date(2027, 2, 10))
    client = client_as("press_officer")

    moved = post(client, f"piezas/{piece.pk}/reprogramar/", {"starts_on": "2027-01-25"})
    assert moved.status_code == 200
    assert (moved.json()["piece"]["exposure_starts"], moved.json()["piece"]["exposure_ends"]) == (
        "2027-01-25",
        "2027-02-15",
    )
    assert moved.json()["publicity"]["regime"] == "ordinario"

    assert post(client, f"piezas/{piece.pk}/reprogramar/", {"starts_on": "25/01"}).status_code == 400
    blocked = PieceFactory(text="Nuestro alcalde te invita.", status=PieceStatus.APPROVED, campaign=piece.campaign)
    refused = post(client, f"piezas/{blocked.pk}/reprogramar/", {"starts_on": "2027-03-05"})
    assert refused.status_code == 409 and "No se movió" in refused.json()["starts_on"][0]
    blocked.refresh_from_db()
    assert blocked.exposure_starts == date(2027, 1, 20)
    assert post(client_as("mayor"), f"piezas/{piece.pk}/reprogramar/", {"starts_on": "2027-01-26"}).status_code == 404


def test_pinned_comments_through_the_api(client_as, persona):
    piece = PieceFactory()
    PieceVersion.objects.create(piece=piece, number=1, file=png(), uploaded_by=persona("designer"))
    client = client_as("designer")
    made = post(client, f"piezas/{piece.pk}/comentarios/", {"body": "Aquí el logo.", "x": "25.5", "y": 40})
    assert made.status_code == 201 and (made.json()["x"], made.json()["version"]) == ("25.50", 1)
    half = post(client, f"piezas/{piece.pk}/comentarios/", {"body": "Aquí.", "x": 10})
    assert half.status_code == 400 and "y" in half.json()
    outside = post(client, f"piezas/{piece.pk}/comentarios/", {"body": "Aquí.", "x": 101, "y": 1})
    assert outside.status_code == 400 and "x" in outside.json()
    assert PieceComment.objects.count() == 1
    listed = client.get(f"{BASE}piezas/{piece.pk}/comentarios/").json()["results"]
    assert [(row["body"], row["y"]) for row in listed] == [("Aquí el logo.", "40.00")]


def test_releases_belong_to_a_campaign_through_the_api(client_as, persona):
    campaign = CampaignFactory()
    note = make_release(persona("press_officer"))
    client = client_as("press_officer")
    linked = post(client, f"{campaign.pk}/notas/", {"release": note.pk})
    assert linked.status_code == 200 and linked.json()["releases"] == [note.pk]
    assert post(client, f"{campaign.pk}/notas/", {"release": note.pk}).status_code == 409
    assert post(client, f"{campaign.pk}/notas/", {"release": 9999}).status_code == 400
    assert post(client_as("mayor"), f"{campaign.pk}/notas/quitar/", {"release": note.pk}).status_code == 404
    assert post(client, f"{campaign.pk}/notas/quitar/", {"release": note.pk}).json()["releases"] == []


def test_the_calendar_month_through_the_api(client_as):
    PieceFactory(title="Volante", exposure_starts=date(2027, 1, 22))
    rows = client_as("press_officer").get(BASE + "calendario/?mes=2027-01").json()
    assert [(row["day"], row["title"], row["kind"]) for row in rows if row["kind"] == "piece"] == [
        ("2027-01-22", "Volante", "piece")
    ]
    assert client_as("requester").get(BASE + "calendario/").status_code == 403


def test_the_schema_documents_the_campaigns_api(client_as):
    response = client_as("head_of_unit").get(reverse("api_schema"), HTTP_ACCEPT="application/vnd.oai.openapi+json")
    paths = json.loads(response.content)["paths"]
    assert {"/api/v1/campanas/", "/api/v1/campanas/piezas/{id}/reprogramar/", "/api/v1/campanas/calendario/"} <= set(
        paths
    )


def test_the_campaign_list_reads_in_a_fixed_number_of_queries(client_as, django_assert_max_num_queries):
    first = CampaignFactory()
    client = client_as("press_officer")
    client.get(BASE)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(BASE)
    for n in range(10):
        CampaignFactory(plan_line=first.plan_line, owner=first.owner, title=f"Campaña {n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(BASE)
