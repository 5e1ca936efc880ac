"""Duplicates found on entry and merged with a preview that shows exactly what will happen."""

from datetime import date

from django.urls import reverse

from heraldo.core.models import AuditEntry
from heraldo.directory.models import Entity, Person, PersonalDataAccess
from heraldo.directory.services.duplicates import merge_plan, similar_entities, similar_persons
from heraldo.directory.tests.factories import EntityFactory, PersonFactory, PositionFactory, TermFactory


def test_similar_names_are_found_whatever_the_accents_case_and_small_typos(db):
    jose = PersonFactory(given_names="José Luis", surnames="Cárdenas Ñahui")
    PersonFactory(given_names="Ana", surnames="Cárdenas Soto")
    found = [person for person, _score in similar_persons("JOSE LUIS", "cardenas nahui")]
    assert found == [jose]
    assert [p for p, _ in similar_persons("Jose Luiz", "Cardenas Nahui")] == [jose]
    assert similar_persons("Pedro", "Gómez") == []
    radio = EntityFactory(name="Radio Brisa del Mar")
    assert [e for e, _ in similar_entities("RADIO BRISA DEL MAR")] == [radio]


def test_entry_warns_about_a_probable_duplicate_until_the_user_confirms(client_as):
    existing = PersonFactory(given_names="José", surnames="Cárdenas Vilca")
    client = client_as("protocol_officer")
    data = {"given_names": "Jose", "surnames": "Cardenas Vilca", "sex": "M", "is_active": "on"}
    warned = client.post(reverse("directory:person_create"), data)
    html = warned.content.decode()
    assert "¿Ya está registrado?" in html and reverse("directory:person_detail", args=[existing.pk]) in html
    assert Person.objects.count() == 1
    client.post(reverse("directory:person_create"), {**data, "confirmar_distinto": "1"})
    assert Person.objects.count() == 2


def test_entity_entry_warns_too(client_as):
    EntityFactory(name="Asociación de Pescadores San Pedro")
    response = client_as("protocol_officer").post(
        reverse("directory:entity_create"),
        {"name": "Asociacion de pescadores san pedro", "kind": "ONG", "level": "DISTRITAL", "is_active": "on"},
    )
    assert "¿Ya está registrado?" in response.content.decode()
    assert Entity.objects.count() == 1


def test_merge_preview_shows_exactly_what_the_merge_then_does(client_as):
    survivor = PersonFactory(given_names="José", surnames="Cárdenas", institutional_email="", beats="Política")
    duplicate = PersonFactory(
        given_names="Jose",
        surnames="Cardenas",
        institutional_email="jcardenas@example.pe",
        personal_phone="900 111 222",
        beats="Deportes",
    )
    TermFactory(person=duplicate, starts_on=date(2023, 1, 1))
    PersonalDataAccess.objects.create(person=duplicate, user_label="x", channel="web")
    client = client_as("protocol_officer")
    url = reverse("directory:merge", args=["persona", survivor.pk])
    candidates = client.get(url).content.decode()
    assert f"?duplicado={duplicate.pk}" in candidates
    preview = client.get(url, {"duplicado": duplicate.pk}).content.decode()
    assert "jcardenas@example.pe" in preview and "900 111 222" in preview
    assert "1 periodos en el cargo" in preview
    assert "no se copia: Deportes" in preview
    plan = merge_plan(survivor, duplicate)
    assert set(plan.filled) == {"institutional_email", "personal_phone"}
    # nothing happened yet
    assert Person.objects.get(pk=duplicate.pk).is_active
    client.post(url, {"duplicado": duplicate.pk})
    survivor.refresh_from_db()
    duplicate.refresh_from_db()
    assert survivor.institutional_email == "jcardenas@example.pe" and survivor.personal_phone == "900 111 222"
    assert survivor.beats == "Política"
    assert survivor.terms.count() == 1 and duplicate.terms.count() == 0
    assert survivor.personal_data_accesses.count() == 1
    assert duplicate.merged_into == survivor and not duplicate.is_active
    entry = AuditEntry.objects.get(action="directory.person.merged", target_id=str(survivor.pk))
    assert "900" not in str(entry.changes)
    assert AuditEntry.objects.filter(action="directory.person.merged", target_id=str(duplicate.pk)).exists()


def test_merging_entities_moves_cargos_and_keeps_the_duplicate_archived(client_as):
    survivor = EntityFactory(name="Radio Brisa", email="")
    duplicate = EntityFactory(name="Radio Brisa FM", email="radio@example.pe")
    PositionFactory(entity=duplicate)
    client_as("head_of_unit").post(
        reverse("directory:merge", args=["entidad", survivor.pk]), {"duplicado": duplicate.pk}
    )
    survivor.refresh_from_db()
    assert survivor.positions.count() == 1 and survivor.email == "radio@example.pe"
    assert Entity.objects.get(pk=duplicate.pk).merged_into == survivor


def test_readers_cannot_merge(client_as):
    a, b = PersonFactory(), PersonFactory()
    response = client_as("media_analyst").post(reverse("directory:merge", args=["persona", a.pk]), {"duplicado": b.pk})
    assert response.status_code in (403, 404)
    assert Person.objects.get(pk=b.pk).merged_into is None
