"""The pages where the head of unit keeps processes, palettes and nicknames; everyone else in the office reads."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from heraldo.core.models import AuditEntry
from heraldo.publicity.models import ElectoralProcess, Nickname, PoliticalPalette
from heraldo.publicity.tests.factories import ElectoralProcessFactory, PoliticalPaletteFactory, municipality_with_mayor

pytestmark = pytest.mark.django_db

PROCESS = {
    "name": "Revocatoria Santa Rosa 2026",
    "kind": "REVOCATORIA",
    "convocation_date": "2026-05-04",
    "ban_start_policy": "NEXT_DAY",
    "jurisdictions": "150105",
}


def test_the_office_reads_the_seeded_processes_and_only_the_head_may_edit(client_as):
    page = client_as("press_officer").get(reverse("publicity:process_list")).content.decode()
    assert "Elecciones Regionales y Municipales 2026" in page and "08/01/2026" in page
    assert "26/03/2025" in page
    assert "Nuevo proceso" not in page
    assert client_as("press_officer").get(reverse("publicity:process_create")).status_code == 403
    assert client_as("designer").get(reverse("publicity:palette_list")).status_code == 200
    assert client_as("requester").get(reverse("publicity:process_list")).status_code == 403
    assert client_as("outsider").get(reverse("publicity:process_list")).status_code == 403
    assert "Nuevo proceso" in client_as("head_of_unit").get(reverse("publicity:process_list")).content.decode()


def test_the_head_registers_a_recall_limited_to_a_district_and_it_is_audited(client_as, persona):
    response = client_as("head_of_unit").post(reverse("publicity:process_create"), PROCESS)
    assert response.status_code == 302
    process = ElectoralProcess.objects.get(name="Revocatoria Santa Rosa 2026")
    assert process.ban_start == date(2026, 5, 5)
    assert process.jurisdiction_list == ("150105",)
    entry = AuditEntry.objects.get(action="publicity.process.created")
    assert entry.actor == persona("head_of_unit")


def test_the_head_enters_the_conclusion_of_a_process(client_as):
    process = ElectoralProcessFactory(name="Complementarias 2026")
    data = {**PROCESS, "name": "Complementarias 2026", "kind": "COMPLEMENTARIA", "end_date": "2026-09-30"}
    client_as("head_of_unit").post(reverse("publicity:process_update", args=[process.pk]), data)
    process.refresh_from_db()
    assert process.end_date == date(2026, 9, 30)
    entry = AuditEntry.objects.get(action="publicity.process.updated")
    assert entry.changes["end_date"][1] == "2026-09-30"


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"jurisdictions": "15010"}, "jurisdictions", "«15010» no es un ubigeo"),
        ({"end_date": "2026-05-01"}, "end_date", "no puede ser anterior al inicio de la prohibición"),
        ({"ban_start_policy": "EXPLICIT"}, "ban_start_date", "Indique la fecha"),
        ({"convocation_date": ""}, "convocation_date", "requerido"),
    ],
)
def test_bad_process_input_is_refused_naming_the_field_and_nothing_changes(client_as, change, field, message):
    response = client_as("head_of_unit").post(reverse("publicity:process_create"), {**PROCESS, **change})
    assert response.status_code == 200
    assert message in str(response.context["form"].errors[field])
    assert not ElectoralProcess.objects.filter(name=PROCESS["name"]).exists()


def test_palettes_are_kept_by_the_head_with_checked_colours(client_as):
    head = client_as("head_of_unit")
    bad = head.post(reverse("publicity:palette_create"), {"organisation": "Fuerza Candelaria", "colours": "rojo"})
    assert "«rojo» no es un color" in str(bad.context["form"].errors["colours"])
    head.post(
        reverse("publicity:palette_create"),
        {
            "organisation": "Fuerza Candelaria",
            "colours": "#E30613, #FFD100",
            "keywords": "FC\nSí se puede",
            "is_active": "on",
        },
    )
    palette = PoliticalPalette.objects.get(organisation="Fuerza Candelaria")
    assert palette.colour_list == ("#e30613", "#ffd100")
    assert palette.as_rule().keywords == ("FC", "Sí se puede")
    assert AuditEntry.objects.filter(action="publicity.palette.created").exists()
    assert (
        client_as("press_officer").post(reverse("publicity:palette_update", args=[palette.pk]), {}).status_code == 403
    )


def test_lists_are_paginated(client_as):
    PoliticalPaletteFactory.create_batch(30)
    first = client_as("press_officer").get(reverse("publicity:palette_list")).content.decode()
    assert first.count('data-testid="palette-row"') == 25
    second = client_as("press_officer").get(reverse("publicity:palette_list") + "?page=2").content.decode()
    assert second.count('data-testid="palette-row"') == 5


def test_the_authorities_page_lists_the_registro_and_the_head_adds_a_nickname(client_as):
    _municipality, mayor = municipality_with_mayor()
    page = client_as("press_officer").get(reverse("publicity:authority_list")).content.decode()
    assert "Jorge Luis Mendoza Rivas" in page and "Alcalde" in page
    head = client_as("head_of_unit")
    head.post(reverse("publicity:authority_list"), {"person": mayor.pk, "nickname": "Coco"})
    nickname = Nickname.objects.get(person=mayor)
    assert AuditEntry.objects.filter(action="publicity.nickname.added").exists()
    duplicate = head.post(reverse("publicity:authority_list"), {"person": mayor.pk, "nickname": "coco"})
    assert "ya tiene ese apodo" in duplicate.content.decode()
    assert client_as("press_officer").post(reverse("publicity:nickname_remove", args=[nickname.pk])).status_code == 403
    head.post(reverse("publicity:nickname_remove", args=[nickname.pk]))
    assert not Nickname.objects.exists()
    assert AuditEntry.objects.filter(action="publicity.nickname.removed").exists()


def test_the_pages_are_in_english_for_an_english_reader(client_as, persona):
    user = persona("head_of_unit")
    user.language = "en"
    user.save()
    page = client_as("head_of_unit").get(reverse("publicity:process_list")).content.decode()
    assert "Electoral processes" in page and "until the JNE concludes it" in page
