"""The Registro API: every object, the same permissions as the pages."""

from datetime import date

import pytest

from conftest import PERSONAS
from heraldo.core.models import AuditEntry
from heraldo.directory.models import Entity, PersonalDataAccess
from heraldo.directory.tests.factories import EntityFactory, MailingListFactory, PersonFactory, TermFactory

READERS = {"head_of_unit", "press_officer", "protocol_officer", "media_analyst"}
MANAGERS = {"head_of_unit", "press_officer", "protocol_officer"}
BASE = "/api/v1/registro/"


@pytest.mark.parametrize("persona_name", PERSONAS)
def test_every_endpoint_applies_the_page_permissions(client_as, persona_name):
    term = TermFactory()
    mailing_list = MailingListFactory()
    client = client_as(persona_name)
    for url in [
        "entidades/",
        f"entidades/{term.position.entity_id}/",
        "personas/",
        f"personas/{term.person_id}/",
        "cargos/",
        f"cargos/{term.position_id}/",
        "periodos/",
        f"periodos/{term.pk}/",
        "listas/",
        f"listas/{mailing_list.pk}/recipients/",
    ]:
        assert client.get(BASE + url).status_code == (200 if persona_name in READERS else 403), url
    response = client.post(
        BASE + "entidades/", {"name": "Nueva", "kind": "ONG", "level": "DISTRITAL"}, content_type="application/json"
    )
    assert response.status_code == (201 if persona_name in MANAGERS else 403)


def test_api_writes_go_through_the_services(client_as):
    client = client_as("press_officer")
    response = client.post(
        BASE + "entidades/",
        {"name": "Radio Ñañañá", "kind": "MEDIO", "level": "DISTRITAL", "media_kind": "RADIO", "tag_names": ["Prensa"]},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    entity = Entity.objects.get()
    assert entity.search_text == "radio nanana" and [t.name for t in entity.tags.all()] == ["Prensa"]
    assert AuditEntry.objects.filter(action="directory.entity.created").exists()
    bad = client.patch(BASE + f"entidades/{entity.pk}/", {"ubigeo": "1"}, content_type="application/json")
    assert bad.status_code == 400 and "ubigeo" in bad.json()


def test_personal_fields_only_for_roles_that_may_see_them_and_logged(client_as):
    person = PersonFactory(personal_phone="988 000 111")
    analyst = client_as("media_analyst").get(BASE + f"personas/{person.pk}/").json()
    assert "personal_phone" not in analyst
    officer = client_as("protocol_officer").get(BASE + f"personas/{person.pk}/").json()
    assert officer["personal_phone"] == "988 000 111"
    assert PersonalDataAccess.objects.filter(person=person, channel="api").count() == 1
    # a list hands out no personal field, even to a role that may see them, so no bulk access goes unlogged
    listed = client_as("protocol_officer").get(BASE + "personas/").json()["results"]
    assert listed and all(not set(row) & {"personal_phone", "personal_email", "birth_date"} for row in listed)
    assert PersonalDataAccess.objects.filter(person=person).count() == 1


def test_terms_current_on_a_day_and_bad_dates(client_as):
    TermFactory(starts_on=date(2019, 1, 1), ends_on=date(2022, 12, 31))
    current = TermFactory(starts_on=date(2023, 1, 1))
    client = client_as("media_analyst")
    ids = [row["id"] for row in client.get(BASE + "periodos/", {"current_on": "2024-01-01"}).json()["results"]]
    assert ids == [current.pk]
    assert client.get(BASE + "periodos/", {"current_on": "01/01/2024"}).status_code == 400
    manager = client_as("protocol_officer")
    response = manager.patch(
        BASE + f"periodos/{current.pk}/", {"ends_on": "2020-01-01"}, content_type="application/json"
    )
    assert response.status_code == 400


def test_mailing_list_recipients_endpoint(client_as):
    radio = EntityFactory(kind="MEDIO", email="radio@example.pe")
    TermFactory(position__entity=radio, person=PersonFactory(institutional_email="ana@radio.example.pe"))
    mailing_list = MailingListFactory(filters={"kind": "MEDIO"})
    rows = client_as("press_officer").get(BASE + f"listas/{mailing_list.pk}/recipients/").json()
    assert [row["email"] for row in rows] == ["ana@radio.example.pe"]


@pytest.mark.parametrize("persona_name", PERSONAS)
def test_coordination_task_greeting_tag_and_personal_data_endpoints_per_role(client_as, persona, persona_name):
    from heraldo.directory.models import ArcoRequest, ContactLegalBasis, Coordination, Greeting
    from heraldo.work.models import Task

    entity = EntityFactory()
    person = PersonFactory()
    record = Coordination.objects.create(entity=entity, kind="LLAMADA", occurred_on=date(2026, 1, 5), subject="x")
    task = Task.objects.create(
        subject=record,
        origin=Task.Origin.FOLLOW_UP,
        title="t",
        due_on=date(2026, 2, 1),
        owner=persona("protocol_officer"),
    )
    Greeting.objects.create(occasion="ANIVERSARIO", entity=entity, sent_on=date(2026, 1, 5), channel="CARTA")
    ContactLegalBasis.objects.create(person=person, field="personal_phone", basis="CONSENT", purpose="p")
    ArcoRequest.objects.create(
        person=person, person_label="x", right="ACCESO", received_on=date(2026, 1, 5), outcome="o"
    )
    client = client_as(persona_name)
    reader = persona_name in READERS
    for url in [
        "coordinaciones/",
        f"coordinaciones/{record.pk}/",
        "tareas/",
        f"tareas/{task.pk}/",
        "saludos/",
        "etiquetas/",
    ]:
        assert client.get(BASE + url).status_code == (200 if reader else 403), url
    personal = persona_name in {"head_of_unit", "press_officer", "protocol_officer"}
    for url in ["bases-legales/", "solicitudes-arco/"]:
        assert client.get(BASE + url).status_code == (200 if personal else 403), url
    created = client.post(
        BASE + "coordinaciones/",
        {"entity": entity.pk, "kind": "REUNION", "occurred_on": "2026-02-01", "subject": "Reunión"},
        content_type="application/json",
    )
    assert created.status_code == (201 if persona_name in MANAGERS else 403)
    done = client.post(BASE + f"tareas/{task.pk}/complete/")
    assert done.status_code == (200 if persona_name in MANAGERS else 403)


def test_api_coordination_refuses_bad_input_in_spanish(client_as):
    entity = EntityFactory()
    response = client_as("protocol_officer").post(
        BASE + "coordinaciones/",
        {
            "entity": entity.pk,
            "kind": "LLAMADA",
            "occurred_on": "2026-02-01",
            "subject": "x",
            "agreement_until": "2027-01-01",
        },
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "solo se indica para convenios" in response.content.decode()


def test_the_schema_describes_what_the_answers_carry(client_as):
    # schemathesis found an open task's done_at (null) and the recipients' plain list outside the schema
    schema = client_as("press_officer").get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    assert schema["components"]["schemas"]["FollowUpTask"]["properties"]["done_at"]["nullable"] is True
    recipients = schema["paths"]["/api/v1/registro/listas/{id}/recipients/"]["get"]["responses"]["200"]
    assert recipients["content"]["application/json"]["schema"]["type"] == "array"


@pytest.mark.parametrize(
    "query", ["personas/?tag=prensa", "entidades/?tag=prensa", "cargos/?entity=prensa", "periodos/?person=prensa"]
)
def test_a_filter_by_id_written_as_a_word_is_refused_in_spanish(client_as, query):
    # given a reader of the Registro
    client = client_as("press_officer")
    # when a client filters by a tag or an entity written as a word (sqlmap met a server error here)
    answer = client.get(BASE + query)
    # then the API says what is wrong instead of failing
    assert answer.status_code == 400
    assert list(answer.json().values()) == ["Escriba el número de identificación."]
