"""The Encargos API: tasks, encargos and non-working days with the pages' permissions and refusals."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import PERSONAS
from heraldo.work.models import Assignment, Task
from heraldo.work.tests.factories import TaskFactory

pytestmark = pytest.mark.django_db

BASE = "/api/v1/trabajo/"
OFFICE = {"head_of_unit", "press_officer", "protocol_officer", "designer", "media_analyst"}
REGISTER_READERS = OFFICE  # every role of the unit holds access_assignments


def post(client, url, data):
    return client.post(BASE + url, data, content_type="application/json")


@pytest.mark.parametrize("persona_name", PERSONAS)
def test_who_may_read_what(client_as, persona, persona_name):
    TaskFactory(owner=persona("press_officer"), title="De prensa")
    client = client_as(persona_name)
    tasks = client.get(BASE + "tareas/")
    has_role = persona_name != "outsider"
    assert tasks.status_code == (200 if has_role else 403)
    if has_role:
        titles = [row["title"] for row in tasks.json()["results"]]
        assert ("De prensa" in titles) == (persona_name in {"press_officer", "head_of_unit"})
    assert client.get(BASE + "encargos/").status_code == (200 if persona_name in REGISTER_READERS else 403)
    assert client.get(BASE + "dias-no-laborables/?year=2026").status_code == (
        200 if persona_name in REGISTER_READERS else 403
    )


def test_the_task_list_reads_a_page_in_the_same_queries_whatever_its_collaborators(
    client_as, persona, django_assert_num_queries
):
    helpers = [persona("designer"), persona("media_analyst")]
    client = client_as("head_of_unit")
    TaskFactory(owner=persona("press_officer"), title="Primera").collaborators.set(helpers)
    client.get(BASE + "tareas/")  # the first request of a session also reads and writes the session
    with CaptureQueriesContext(connection) as few:
        first = client.get(BASE + "tareas/")
    for n in range(30):
        TaskFactory(owner=persona("press_officer"), title=f"Tarea {n}").collaborators.set(helpers)
    with django_assert_num_queries(len(few.captured_queries)):
        many = client.get(BASE + "tareas/")
    assert sorted(first.json()["results"][0]["collaborators"]) == sorted(helper.pk for helper in helpers)
    assert len(many.json()["results"]) == 31


def test_the_head_registers_an_encargo_and_its_owner_closes_it(client_as, persona):
    officer = persona("press_officer")
    response = post(
        client_as("head_of_unit"),
        "encargos/",
        {
            "document_kind": "MEMORANDO",
            "document_number": "Memorando N.° 7-2026-MDSC/GM",
            "sender": "GERENCIA",
            "received_on": "2026-12-04",
            "term_working_days": 5,
            "subject": "Cobertura de la feria",
            "owner": officer.pk,
        },
    )
    assert response.status_code == 201, response.json()
    assert response.json()["due_on"] == "2026-12-15"
    assignment = Assignment.objects.get()
    assert post(client_as("designer"), f"encargos/{assignment.pk}/fulfil/", {}).status_code in (403, 404)
    early = post(
        client_as("press_officer"),
        f"encargos/{assignment.pk}/fulfil/",
        {"reply_number": "I-1", "reply_on": "2026-12-01"},
    )
    assert early.status_code == 400 and "reply_on" in early.json()
    done = post(
        client_as("press_officer"),
        f"encargos/{assignment.pk}/fulfil/",
        {"reply_number": "I-1", "reply_on": "2026-12-11"},
    )
    assert done.status_code == 200 and done.json()["status"] == "CUMPLIDA"


def test_staff_cannot_register_encargos_nor_give_work_to_others(client_as, persona):
    officer = client_as("press_officer")
    assert post(officer, "encargos/", {"document_kind": "OFICIO"}).status_code == 403
    other = post(officer, "tareas/", {"title": "x", "due_on": "2026-12-10", "owner": persona("designer").pk})
    assert other.status_code == 403
    mine = post(officer, "tareas/", {"title": "Mía", "due_on": "2026-12-10"})
    assert mine.status_code == 201 and Task.objects.get().owner == persona("press_officer")


def test_a_holiday_deadline_needs_confirmation_and_a_done_task_cannot_go_to_review(client_as, persona):
    client = client_as("head_of_unit")
    refused = post(client, "tareas/", {"title": "Saludo", "due_on": "2026-12-25", "owner": persona("head_of_unit").pk})
    assert refused.status_code == 400 and "due_on" in refused.json()
    created = post(
        client,
        "tareas/",
        {
            "title": "Saludo",
            "due_on": "2026-12-25",
            "owner": persona("head_of_unit").pk,
            "confirm_non_working_day": True,
        },
    )
    assert created.status_code == 201
    task_id = created.json()["id"]
    assert post(client, f"tareas/{task_id}/status/", {"status": "CUMPLIDA"}).status_code == 200
    assert post(client, f"tareas/{task_id}/status/", {"status": "EN_REVISION"}).status_code == 409
    assert Task.objects.get().due_on == date(2026, 12, 25)


def test_a_day_off_by_decree_is_added_by_the_head_only(client_as):
    data = {"day": "2026-12-24", "kind": "DECRETO", "reason": "Día no laborable", "legal_basis": "D.S. 1-2026-PCM"}
    assert post(client_as("press_officer"), "dias-no-laborables/", data).status_code == 403
    assert post(client_as("head_of_unit"), "dias-no-laborables/", data).status_code == 201
    again = post(client_as("head_of_unit"), "dias-no-laborables/", data)
    assert again.status_code == 400


def test_national_holidays_are_listed_with_their_kind_and_only_the_office_s_days_are_added(
    client_as, national_holidays_on_record
):
    # given Christmas, a national holiday the calendar carries
    client = client_as("head_of_unit")
    listed = client.get(BASE + "dias-no-laborables/?year=2026").json()["results"]
    assert {"day": "2026-12-25", "kind": "FERIADO"}.items() <= next(
        r for r in listed if r["day"] == "2026-12-25"
    ).items()
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    assert "FERIADO" in schema["components"]["schemas"]["NonWorkingDayKindEnum"]["enum"]
    refused = post(client, "dias-no-laborables/", {"day": "2026-12-26", "kind": "FERIADO", "reason": "x"})
    assert refused.status_code == 400 and "feriados nacionales" in refused.json()["kind"][0]
