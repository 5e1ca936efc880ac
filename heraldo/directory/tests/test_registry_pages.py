"""Entities, persons, cargos and terms through the pages, for every role."""

from datetime import date

import pytest
from django.urls import reverse

from conftest import PERSONAS
from heraldo.core.models import AuditEntry
from heraldo.directory.models import Entity, Person, Term
from heraldo.directory.tests.factories import EntityFactory, PersonFactory, PositionFactory, TermFactory

READERS = {"head_of_unit", "press_officer", "protocol_officer", "media_analyst"}
MANAGERS = {"head_of_unit", "press_officer", "protocol_officer"}


@pytest.mark.parametrize("persona_name", PERSONAS)
def test_every_page_opens_only_for_roles_that_read_the_registry(client_as, persona_name):
    term = TermFactory()
    entity, person, position = term.position.entity, term.person, term.position
    client = client_as(persona_name)
    read_urls = [
        reverse("directory:home"),
        reverse("directory:entity_list"),
        reverse("directory:person_list"),
        reverse("directory:entity_detail", args=[entity.pk]),
        reverse("directory:person_detail", args=[person.pk]),
        reverse("directory:position_detail", args=[position.pk]),
        reverse("directory:stale_list"),
        reverse("directory:occasions"),
    ]
    for url in read_urls:
        response = client.get(url)
        assert response.status_code in ((200,) if persona_name in READERS else (403, 404)), url
    write_urls = [
        reverse("directory:entity_create"),
        reverse("directory:entity_update", args=[entity.pk]),
        reverse("directory:person_update", args=[person.pk]),
        reverse("directory:position_create", args=[entity.pk]),
        reverse("directory:term_create", args=[position.pk]),
        reverse("directory:term_end", args=[term.pk]),
        reverse("directory:authorities_replace", args=[entity.pk]),
    ]
    for url in write_urls:
        response = client.get(url)
        assert response.status_code in ((200,) if persona_name in MANAGERS else (403, 404)), url


def test_entity_created_through_the_form_is_searchable_without_accents_and_audited(client_as):
    client = client_as("protocol_officer")
    response = client.post(
        reverse("directory:entity_create"),
        {
            "name": "Asociación Señor de Huanca",
            "kind": "ONG",
            "level": "DISTRITAL",
            "ubigeo": "270103",
            "is_active": "on",
            "new_tags": "Fe, Cultura",
        },
    )
    entity = Entity.objects.get(name="Asociación Señor de Huanca")
    assert response.status_code == 302
    assert sorted(t.name for t in entity.tags.all()) == ["Cultura", "Fe"]
    assert AuditEntry.objects.filter(action="directory.entity.created", target_id=str(entity.pk)).exists()
    listing = client.get(reverse("directory:entity_list"), {"q": "ASOCIACION senor"})
    assert "Asociación Señor de Huanca" in listing.content.decode()


def test_bad_entity_input_is_refused_in_spanish_and_changes_nothing(client_as):
    client = client_as("protocol_officer")
    response = client.post(
        reverse("directory:entity_create"),
        {"name": "Radio Nueva", "kind": "MEDIO", "level": "DISTRITAL", "ubigeo": "12345"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "El ubigeo tiene 2 (departamento), 4 (provincia) o 6 dígitos" in html
    assert "Indique si el medio es prensa escrita, radio, televisión o digital." in html
    assert not Entity.objects.exists()


def test_editing_an_entity_records_the_changed_fields_in_its_history(client_as):
    entity = EntityFactory(name="Colegio Antiguo", kind="COLEGIO")
    client = client_as("head_of_unit")
    client.post(
        reverse("directory:entity_update", args=[entity.pk]),
        {"name": "Colegio Nuevo", "kind": "COLEGIO", "level": "DISTRITAL", "ubigeo": "270103", "is_active": "on"},
    )
    entity.refresh_from_db()
    assert entity.name == "Colegio Nuevo" and "colegio nuevo" in entity.search_text
    entry = AuditEntry.objects.get(action="directory.entity.updated")
    assert entry.changes["name"] == ["Colegio Antiguo", "Colegio Nuevo"]
    page = client.get(reverse("directory:entity_detail", args=[entity.pk])).content.decode()
    assert "modificó la entidad Colegio Nuevo" in page


def test_person_form_hides_personal_fields_from_roles_without_the_capability(client_as, persona):
    from django.contrib.auth.models import Group, Permission

    person = PersonFactory(personal_phone="999 111 222", birth_date=date(1970, 5, 4))
    # a role that manages the registry but may not see personal data
    group = Group.objects.create(name="Registro sin datos personales")
    group.permissions.set(Permission.objects.filter(codename__in=["access_directory", "manage_directory"]))
    clerk = persona("outsider")
    clerk.groups.add(group)
    from django.test import Client

    client = Client()
    client.force_login(clerk, backend="heraldo.core.access.CachedPermissionsBackend")
    detail = client.get(reverse("directory:person_detail", args=[person.pk])).content.decode()
    assert "999 111 222" not in detail
    form = client.get(reverse("directory:person_update", args=[person.pk])).content.decode()
    assert "personal_phone" not in form
    client.post(
        reverse("directory:person_update", args=[person.pk]),
        {"given_names": "Ana", "surnames": "Pérez", "sex": "F", "is_active": "on"},
    )
    person.refresh_from_db()
    assert person.given_names == "Ana" and person.personal_phone == "999 111 222"


def test_opening_a_person_with_personal_data_is_logged(client_as):
    from heraldo.directory.models import PersonalDataAccess

    person = PersonFactory(personal_phone="999 111 222")
    html = client_as("protocol_officer").get(reverse("directory:person_detail", args=[person.pk])).content.decode()
    assert "999 111 222" in html
    assert PersonalDataAccess.objects.filter(person=person, channel="web").count() == 1
    client_as("media_analyst").get(reverse("directory:person_detail", args=[person.pk]))
    assert PersonalDataAccess.objects.count() == 1


def test_person_search_ignores_accents_and_case(client_as):
    PersonFactory(given_names="José", surnames="Ñahuinlla Cárdenas")
    PersonFactory(given_names="Otro", surnames="Apellido")
    html = client_as("media_analyst").get(reverse("directory:person_list"), {"q": "JOSE cardenas"}).content.decode()
    assert "Ñahuinlla Cárdenas" in html and "Apellido" not in html


def test_lists_paginate_and_do_not_grow_queries_with_rows(client_as, django_assert_max_num_queries):
    for n in range(30):
        TermFactory(person=PersonFactory(given_names=f"P{n}"), position__entity=EntityFactory(name=f"E{n}"))
    client = client_as("head_of_unit")
    # 23: the session's first page frame reads the municipality's name from the Registro, the capabilities and
    # the change stamps of the bell and badges once, and the Registro's own stamp to count the list (then the
    # cache keeps them).
    with django_assert_max_num_queries(23):
        response = client.get(reverse("directory:person_list"))
    assert "Página 1 de 2" in response.content.decode()
    with django_assert_max_num_queries(20):
        client.get(reverse("directory:entity_list"))
    entity = Entity.objects.first()
    for _n in range(10):
        TermFactory(position=PositionFactory(entity=entity))
    with django_assert_max_num_queries(24):
        client.get(reverse("directory:entity_detail", args=[entity.pk]))


def test_a_second_titular_for_the_same_dates_is_refused(client_as):
    term = TermFactory(starts_on=date(2023, 1, 1))
    newcomer = PersonFactory()
    response = client_as("protocol_officer").post(
        reverse("directory:term_create", args=[term.position.pk]),
        {"person": newcomer.pk, "status": "TITULAR", "starts_on": "2024-01-01"},
    )
    assert "ya es titular de este cargo en esas fechas" in response.content.decode()
    assert Term.objects.count() == 1


def test_closing_a_term_keeps_it_in_the_history_of_the_cargo(client_as):
    term = TermFactory(starts_on=date(2023, 1, 1))
    client = client_as("protocol_officer")
    bad = client.post(reverse("directory:term_end", args=[term.pk]), {"ends_on": "2022-01-01"})
    assert "no puede ser anterior al inicio del periodo" in bad.content.decode()
    client.post(reverse("directory:term_end", args=[term.pk]), {"ends_on": "2024-06-30", "status": "VACADO"})
    term.refresh_from_db()
    assert term.ends_on == date(2024, 6, 30) and term.status == "VACADO"
    page = client.get(reverse("directory:position_detail", args=[term.position.pk])).content.decode()
    assert term.person.full_name in page and "cerró el periodo" in page


def test_position_and_term_creation_through_the_pages(client_as):
    entity = EntityFactory()
    person = PersonFactory()
    client = client_as("protocol_officer")
    response = client.post(
        reverse("directory:position_create", args=[entity.pk]),
        {
            "entity": entity.pk,
            "title": "Alcalde",
            "office_code": "ALCALDE_DISTRITAL",
            "order_in_entity": 1,
            "sits_at_head_table": "on",
            "is_active": "on",
        },
    )
    position = entity.positions.get()
    assert response.status_code == 302 and position.office_code == "ALCALDE_DISTRITAL"
    client.post(
        reverse("directory:term_create", args=[position.pk]),
        {"person": person.pk, "status": "TITULAR", "starts_on": "2023-01-01"},
    )
    assert Term.objects.get().person == person
    unknown = client.post(
        reverse("directory:position_create", args=[entity.pk]),
        {"entity": entity.pk, "title": "X", "office_code": "INVENTADO"},
    )
    assert "Escoja una opción válida" in unknown.content.decode()


def test_verification_marks_who_and_when_and_the_record_leaves_the_stale_list(client_as, persona):
    entity = EntityFactory(name="Entidad sin verificar")
    client = client_as("protocol_officer")
    assert "Entidad sin verificar" in client.get(reverse("directory:stale_list")).content.decode()
    client.post(reverse("directory:record_verify", args=["entidad", entity.pk]))
    entity.refresh_from_db()
    assert entity.verified_by == persona("protocol_officer") and entity.verified_at is not None
    assert "Entidad sin verificar" not in client.get(reverse("directory:stale_list")).content.decode()
    assert client_as("media_analyst").post(
        reverse("directory:record_verify", args=["entidad", entity.pk])
    ).status_code in (403, 404)


def test_global_search_finds_registry_records_for_readers_only(client_as):
    PersonFactory(given_names="Íñigo", surnames="Valdés")
    assert "Valdés" in client_as("media_analyst").get(reverse("core:search"), {"q": "valdes"}).content.decode()
    assert "Valdés" not in client_as("designer").get(reverse("core:search"), {"q": "valdes"}).content.decode()


def test_search_text_is_kept_up_to_date_by_the_services(db):
    from heraldo.directory.services.registry import person_create, person_update

    person = person_create(actor=None, data={"given_names": "María", "surnames": "Núñez", "personal_email": "x@y.pe"})
    assert person.search_text == "maria nunez"
    person_update(actor=None, person=person, data={"surnames": "Gómez"})
    assert Person.objects.get().search_text == "maria gomez"


def test_a_user_who_chose_english_works_in_english_in_the_registry(client_as, persona):
    user = persona("protocol_officer")
    user.language = "en"
    user.save()
    EntityFactory(name="Radio Brisa")
    html = client_as("protocol_officer").get(reverse("directory:entity_list")).content.decode()
    assert "Municipalities, authorities, media and institutions the office works with." in html
    assert "1 entity" in html


def test_a_holder_is_typed_by_name_and_an_existing_person_is_recognised(client_as):
    position = PositionFactory()
    existing = PersonFactory(given_names="Víctor", surnames="Huamaní Ccapa")
    client = client_as("protocol_officer")
    form = client.get(reverse("directory:term_create", args=[position.pk])).content.decode()
    assert 'name="person"' in form and '<select name="person"' not in form  # no giant list of persons
    missing = client.post(
        reverse("directory:term_create", args=[position.pk]),
        {"given_names": "Ana", "status": "TITULAR", "starts_on": "2023-01-01"},
    )
    assert "Escriba nombres y apellidos de quien ocupa el cargo." in missing.content.decode()
    client.post(
        reverse("directory:term_create", args=[position.pk]),
        {"given_names": "victor", "surnames": "HUAMANI CCAPA", "status": "TITULAR", "starts_on": "2023-01-01"},
    )
    assert Term.objects.get().person == existing and Person.objects.count() == 1
    other = PositionFactory(entity=position.entity)
    client.post(
        reverse("directory:term_create", args=[other.pk]),
        {
            "given_names": "Nueva",
            "surnames": "Persona Díaz",
            "sex": "F",
            "status": "TITULAR",
            "starts_on": "2023-01-01",
        },
    )
    assert Person.objects.get(surnames="Persona Díaz").terms.get().position == other


def test_parent_entity_is_typed_by_name_and_unknown_names_get_suggestions(client_as):
    province = EntityFactory(name="Municipalidad Provincial de Puerto Alto", level="PROVINCIAL")
    client = client_as("protocol_officer")
    data = {
        "name": "Municipalidad Distrital de Villa Sol",
        "kind": "MUNICIPALIDAD",
        "level": "DISTRITAL",
        "is_active": "on",
        "confirmar_distinto": "1",
    }
    wrong = client.post(reverse("directory:entity_create"), {**data, "parent": "Municipalidad Provincial Puerto Altos"})
    assert "¿Quiso decir: Municipalidad Provincial de Puerto Alto?" in wrong.content.decode()
    client.post(reverse("directory:entity_create"), {**data, "parent": "municipalidad provincial de PUERTO ALTO"})
    assert Entity.objects.get(name="Municipalidad Distrital de Villa Sol").parent == province


def test_edit_form_shows_the_parent_by_name(client_as):
    province = EntityFactory(name="Municipalidad Provincial de Puerto Alto")
    child = EntityFactory(name="Municipalidad Distrital de Villa Sol", parent=province)
    html = client_as("protocol_officer").get(reverse("directory:entity_update", args=[child.pk])).content.decode()
    assert 'value="Municipalidad Provincial de Puerto Alto"' in html
