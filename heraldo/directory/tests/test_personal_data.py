"""Ley 29733: legal basis per field, access log, ARCO export and erasure with the act recorded."""

import json
from datetime import date

import pytest
from django.urls import reverse

from heraldo.core.models import AuditEntry
from heraldo.directory.models import ArcoRequest, ContactLegalBasis, PersonalDataAccess
from heraldo.directory.tests.factories import PersonFactory, TermFactory


@pytest.fixture
def councillor(db):
    person = PersonFactory(
        given_names="Gladys",
        surnames="Apaza Condori",
        personal_email="gladys@correo.example",
        personal_phone="987 000 111",
        birth_date=date(1980, 3, 9),
        institutional_email="regidora@candelaria.example.pe",
    )
    TermFactory(person=person)
    return person


def test_only_roles_with_personal_data_open_the_page(client_as, councillor):
    url = reverse("directory:personal_data", args=[councillor.pk])
    assert client_as("protocol_officer").get(url).status_code == 200
    assert client_as("media_analyst").get(url).status_code == 403
    assert client_as("outsider").get(url).status_code in (403, 404)
    assert PersonalDataAccess.objects.filter(person=councillor).count() == 1


def test_legal_basis_per_field_with_spanish_validation(client_as, councillor):
    client = client_as("protocol_officer")
    url = reverse("directory:legal_basis_set", args=[councillor.pk])
    bad = client.post(url, {"field": "personal_phone", "basis": "CONSENT", "purpose": "Coordinación de actos"})
    assert bad.status_code == 400
    assert "indique dónde consta" in bad.content.decode()
    assert not ContactLegalBasis.objects.exists()
    client.post(
        url,
        {
            "field": "personal_phone",
            "basis": "CONSENT",
            "purpose": "Coordinación de actos",
            "evidence": "Formato firmado 12/01/2026",
            "obtained_on": "2026-01-12",
            "retain_until": "2026-12-31",
        },
    )
    client.post(
        url,
        {"field": "personal_phone", "basis": "CONSENT", "purpose": "Invitaciones", "evidence": "Correo del 20/02/2026"},
    )
    basis = ContactLegalBasis.objects.get()
    assert basis.purpose == "Invitaciones" and basis.evidence == "Correo del 20/02/2026"
    assert AuditEntry.objects.filter(action="directory.person.legal_basis_set").count() == 2


def test_export_gives_everything_and_records_the_act(client_as, councillor):
    client = client_as("press_officer")
    response = client.post(
        reverse("directory:personal_data_export", args=[councillor.pk]),
        {"received_on": "2026-01-05", "reference": "Exp. 2026-00012"},
    )
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["persona"]["telefono_personal"] == "987 000 111"
    assert len(data["cargos"]) == 1
    act = ArcoRequest.objects.get()
    assert act.right == "ACCESO" and act.reference == "Exp. 2026-00012" and act.person == councillor
    assert PersonalDataAccess.objects.filter(channel="export").count() == 1
    assert AuditEntry.objects.filter(action="directory.person.personal_data_exported").exists()


def test_erasure_needs_confirmation_keeps_the_public_record_and_records_the_act(client_as, councillor):
    client = client_as("protocol_officer")
    url = reverse("directory:personal_data_erase", args=[councillor.pk])
    unconfirmed = client.post(url, {"received_on": "2026-01-05"})
    assert "Marque la casilla para confirmar" in unconfirmed.content.decode()
    councillor.refresh_from_db()
    assert councillor.personal_phone == "987 000 111"
    future = client.post(url, {"received_on": "2999-01-01", "confirm": "on"})
    assert "no puede estar en el futuro" in future.content.decode()
    client.post(url, {"received_on": "2026-01-05", "reference": "Carta s/n", "confirm": "on"})
    councillor.refresh_from_db()
    assert (councillor.personal_email, councillor.personal_phone, councillor.birth_date) == ("", "", None)
    assert councillor.full_name == "Gladys Apaza Condori" and councillor.terms.count() == 1
    act = ArcoRequest.objects.get(right="CANCELACION")
    assert "personal_phone" in act.outcome
    entry = AuditEntry.objects.get(action="directory.person.personal_data_erased")
    assert "987" not in json.dumps(entry.changes)


def test_personal_values_never_enter_the_audit_trail(client_as, councillor):
    client = client_as("protocol_officer")
    client.post(
        reverse("directory:person_update", args=[councillor.pk]),
        {
            "given_names": "Gladys",
            "surnames": "Apaza Condori",
            "sex": "F",
            "personal_phone": "999 888 777",
            "is_active": "on",
        },
    )
    councillor.refresh_from_db()
    assert councillor.personal_phone == "999 888 777"
    entry = AuditEntry.objects.get(action="directory.person.updated")
    assert "999" not in json.dumps(entry.changes) and "personal_phone" in entry.changes


def test_a_reader_without_management_cannot_erase(client_as, councillor):
    response = client_as("media_analyst").post(
        reverse("directory:personal_data_erase", args=[councillor.pk]), {"received_on": "2026-01-05", "confirm": "on"}
    )
    assert response.status_code in (403, 404)
    councillor.refresh_from_db()
    assert councillor.personal_phone


def consent(person, field, purpose, *, until):
    return ContactLegalBasis.objects.create(
        person=person, field=field, basis="CONSENT", purpose=purpose, retain_until=until
    )


def test_a_field_whose_retention_ended_is_erased_by_the_daily_step_and_audited(councillor):
    from heraldo.directory.services.personal_data import personal_data_expire

    # given consent for the personal phone until yesterday, and for the personal e-mail until next year
    today = date(2026, 11, 28)
    consent(councillor, "personal_phone", "Coordinación", until=date(2026, 11, 27))
    consent(councillor, "personal_email", "Invitaciones", until=date(2027, 11, 1))
    # when the daily step runs, twice
    assert personal_data_expire(today=today) == 1
    assert personal_data_expire(today=today) == 0
    # then only the expired field and its basis are gone, the public record stays, and the system signed it
    councillor.refresh_from_db()
    assert councillor.personal_phone == "" and councillor.personal_email == "gladys@correo.example"
    assert councillor.institutional_email == "regidora@candelaria.example.pe"
    assert list(ContactLegalBasis.objects.values_list("field", flat=True)) == ["personal_email"]
    entry = AuditEntry.objects.get(action="directory.person.personal_data_expired")
    assert entry.actor is None and entry.actor_label == "Heraldo"
    assert entry.changes["personal_phone"] == ["…", None]
