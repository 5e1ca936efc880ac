"""The Registro API: every object, the same permissions as the pages."""

from datetime import date

import pytest

from heraldo.core.models import AuditEntry
from heraldo.directory.models import Entity, PersonalDataAccess
from heraldo.directory.tests.factories import EntityFactory, MailingListFactory, PersonFactory, TermFactory

ALL = [
    "head_of_unit",
    "press_officer",
    "protocol_officer",
    "designer",
    "media_analyst",
    "mayor",
    "requester",
    "system_admin",
    "outsider",
]
READERS = {"head_of_unit", "press_officer", "protocol_officer", "media_analyst"}
MANAGERS = {"head_of_unit", "press_officer", "protocol_officer"}
BASE = "/api/v1/registro/"


@pytest.mark.parametrize("persona_name", ALL)
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
