import json

import pytest
from django.test import Client
from django.urls import reverse
from openapi_spec_validator import validate
from rest_framework.test import APIClient

from heraldo.core.models import AuditEntry, Notification


def api_as(persona, name: str) -> APIClient:
    client = APIClient()
    client.force_authenticate(persona(name))
    return client


def test_schema_is_valid_openapi_3(client_as):
    response = client_as("head_of_unit").get(reverse("api_schema"), HTTP_ACCEPT="application/vnd.oai.openapi+json")
    schema = json.loads(response.content)
    assert schema["openapi"].startswith("3.")
    validate(schema)
    assert "/api/v1/me/" in schema["paths"]


def test_schema_and_docs_need_a_signed_in_user(db):
    assert Client().get(reverse("api_schema")).status_code in (401, 403)
    assert Client().get(reverse("api_docs")).status_code in (302, 401, 403)


def test_docs_page_is_self_hosted(client_as):
    html = client_as("press_officer").get(reverse("api_docs")).content.decode()
    assert "/static/drf_spectacular_sidecar/" in html
    assert "cdn" not in html.lower()


def test_token_authentication_reaches_the_same_data(persona):
    client = api_as(persona, "press_officer")
    token = client.post(reverse("api_token")).json()["token"]
    anonymous = APIClient()
    anonymous.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    me = anonymous.get(reverse("api_me")).json()
    assert me["username"] == "press_officer"
    assert me["roles"] == ["Prensa"]


def test_bad_data_gets_field_errors_and_changes_nothing(persona):
    client = api_as(persona, "press_officer")
    response = client.patch(reverse("api_me"), {"language": "fr"}, format="json")
    assert response.status_code == 400
    assert "language" in response.json()
    persona("press_officer").refresh_from_db()
    assert persona("press_officer").language == "es"


def test_language_change_through_the_api_is_audited(persona):
    response = api_as(persona, "press_officer").patch(reverse("api_me"), {"language": "en"}, format="json")
    assert response.status_code == 200
    assert AuditEntry.objects.filter(action="core.user.language_changed").exists()


@pytest.mark.parametrize(
    "name, expected",
    [("head_of_unit", 200), ("system_admin", 200), ("press_officer", 403), ("mayor", 403), ("outsider", 403)],
)
def test_audit_api_uses_the_same_gate_as_the_page(persona, name, expected):
    assert api_as(persona, name).get("/api/v1/audit/").status_code == expected


def test_forbidden_answer_reveals_nothing(persona):
    body = api_as(persona, "press_officer").get("/api/v1/jobs/").json()
    assert set(body) == {"detail"}


def test_notifications_of_others_are_not_found(persona):
    mine = Notification.objects.create(recipient=persona("mayor"), title="Alerta")
    other = api_as(persona, "press_officer")
    assert other.get(f"/api/v1/notifications/{mine.pk}/").status_code == 404
    owner = api_as(persona, "mayor")
    assert owner.post(f"/api/v1/notifications/{mine.pk}/read/").json()["read_at"] is not None


def test_anonymous_api_calls_are_refused(db):
    assert APIClient().get(reverse("api_me")).status_code in (401, 403)


def test_the_api_answers_429_past_its_rate(persona, monkeypatch):
    # given a rate of three requests a minute per account
    from rest_framework.throttling import SimpleRateThrottle

    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "user", "3/min")
    client = api_as(persona, "press_officer")

    # then the fourth request within the minute is refused, with the wait in the answer
    assert [client.get("/api/v1/me/").status_code for _ in range(4)] == [200, 200, 200, 429]
    assert "Retry-After" in client.get("/api/v1/me/").headers


def test_deeply_nested_json_is_a_bad_request_not_a_server_error(persona):
    body = "[" * 100_000 + "]" * 100_000
    response = api_as(persona, "press_officer").post("/api/v1/prensa/notas/", body, content_type="application/json")
    assert response.status_code == 400
    assert "anidado" in response.json()["detail"]


def test_an_id_that_is_not_a_number_is_not_found_on_every_detail_route(client_as, persona):
    # given every route of the schema that names one record (schemathesis sent "null,null" in the id's place)
    schema = json.loads(
        client_as("head_of_unit").get(reverse("api_schema"), HTTP_ACCEPT="application/vnd.oai.openapi+json").content
    )
    detail_paths = [path for path in schema["paths"] if "{id}" in path]
    assert len(detail_paths) > 20
    client = APIClient(raise_request_exception=False)
    client.force_authenticate(persona("head_of_unit"))
    # then whatever the method, the answer is "not found" (or a refusal), never a server error
    answers = {}
    for path in detail_paths:
        url = path.replace("{id}", "null,null").replace("{item_id}", "1").replace("{guest_id}", "1")
        for method in schema["paths"][path]:
            if method in ("get", "post", "put", "patch"):
                answers[f"{method.upper()} {path}"] = getattr(client, method)(url, {}, format="json").status_code
    assert not {route: status for route, status in answers.items() if status >= 500}
    assert {route: status for route, status in answers.items() if route.startswith("GET ")} == {
        route: 404 for route in answers if route.startswith("GET ")
    }
