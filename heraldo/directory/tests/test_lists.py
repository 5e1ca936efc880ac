"""Mailing lists from saved filters, used by Prensa (media lists) and Agenda (guest lists)."""

import csv
import io

from django.urls import reverse

from heraldo.core.models import AuditEntry
from heraldo.directory.models import MailingList
from heraldo.directory.tests.factories import EntityFactory, PersonFactory, TermFactory


def test_entity_filters_become_a_saved_list_that_follows_the_holders(client_as):
    radio = EntityFactory(name="Radio Sur", kind="MEDIO", media_kind="RADIO", email="radio@example.pe")
    EntityFactory(name="Colegio", kind="COLEGIO", email="colegio@example.pe")
    journalist = TermFactory(position__entity=radio, person=PersonFactory(institutional_email="ana@radiosur.pe"))
    client = client_as("press_officer")
    form = client.get(reverse("directory:list_create"), {"kind": "MEDIO"}).content.decode()
    assert 'value="MEDIO" selected' in form
    response = client.post(
        reverse("directory:list_create"),
        {
            "name": "Medios de la provincia",
            "purpose": "Envío de notas de prensa",
            "scope": "HOLDERS",
            "kind": "MEDIO",
            "active": "1",
        },
    )
    mailing_list = MailingList.objects.get()
    assert response.status_code == 302 and mailing_list.filters == {"kind": "MEDIO", "active": "1"}
    assert AuditEntry.objects.filter(action="directory.mailing_list.created").exists()
    page = client.get(reverse("directory:list_detail", args=[mailing_list.pk])).content.decode()
    assert "ana@radiosur.pe" in page and "colegio@example.pe" not in page
    exported = client.get(reverse("directory:list_detail", args=[mailing_list.pk]), {"formato": "csv"})
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert rows[1] == [journalist.person.full_name, "ana@radiosur.pe"]


def test_list_names_are_unique_and_purpose_is_required(client_as):
    MailingList.objects.create(name="Medios", purpose="x")
    response = client_as("press_officer").post(reverse("directory:list_create"), {"name": "medios", "scope": "HOLDERS"})
    html = response.content.decode()
    assert "Ya existe una lista con ese nombre." in html and "Este campo es requerido." in html
    assert MailingList.objects.count() == 1


def test_readers_see_lists_managers_edit_and_delete(client_as):
    mailing_list = MailingList.objects.create(name="Autoridades", purpose="Invitaciones")
    analyst = client_as("media_analyst")
    assert analyst.get(reverse("directory:list_detail", args=[mailing_list.pk])).status_code == 200
    assert analyst.post(reverse("directory:list_delete", args=[mailing_list.pk])).status_code == 404
    assert client_as("designer").get(reverse("directory:lists")).status_code == 403
    officer = client_as("protocol_officer")
    officer.post(
        reverse("directory:list_update", args=[mailing_list.pk]),
        {"name": "Autoridades", "purpose": "Invitaciones a actos", "scope": "HEAD_TABLE", "active": "1"},
    )
    mailing_list.refresh_from_db()
    assert mailing_list.scope == "HEAD_TABLE"
    officer.post(reverse("directory:list_delete", args=[mailing_list.pk]))
    assert not MailingList.objects.exists()
    assert AuditEntry.objects.filter(action="directory.mailing_list.deleted").exists()
