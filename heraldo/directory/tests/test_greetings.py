"""Anniversaries and birthdays: calendar, suggested letters in PDF, record of what was sent and gifts."""

import io
import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from heraldo.core.models import AuditEntry
from heraldo.directory.integrations import registry_panel
from heraldo.directory.models import Entity, Greeting
from heraldo.directory.selectors_keeping import occasions_between
from heraldo.directory.tests.factories import EntityFactory, PersonFactory, PositionFactory, TermFactory


def setup_office():
    today = timezone.localdate()
    own = EntityFactory(
        name="Municipalidad Distrital de Santa Candelaria del Mar",
        is_own_municipality=True,
        address="Plaza de Armas 100, Santa Candelaria del Mar",
    )
    mayor = PositionFactory(entity=own, title="Alcalde", title_feminine="Alcaldesa", order_in_entity=1)
    TermFactory(position=mayor, person=PersonFactory(given_names="Jorge", surnames="Cárdenas Vilca", sex="M"))
    school = EntityFactory(name="Colegio José Olaya", kind="COLEGIO", anniversary=today.replace(year=1960))
    director = PositionFactory(
        entity=school,
        title="Director",
        title_feminine="Directora",
        form_of_address="Señor Director",
        form_of_address_feminine="Señora Directora",
        order_in_entity=1,
    )
    head = PersonFactory(
        given_names="Nelly",
        surnames="Chambi Ramos",
        sex="F",
        academic_title="Prof.",
        birth_date=date(1975, today.month, today.day) if today.day < 29 else date(1975, today.month, 28),
    )
    TermFactory(position=director, person=head)
    return school, head


def test_calendar_lists_anniversaries_and_birthdays_only_for_roles_that_may_see_them(client_as):
    school, head = setup_office()
    today = timezone.localdate()
    kinds = {(o.kind, o.title) for o in occasions_between(today.replace(day=1), today, include_birthdays=True)}
    assert ("anniversary", "Colegio José Olaya") in kinds
    page = client_as("protocol_officer").get(reverse("directory:occasions")).content.decode()
    assert "Colegio José Olaya" in page
    assert "Nelly Chambi Ramos" in page
    letter = reverse("directory:letter")
    assert f'href="{letter}?entidad={school.pk}"' in page and f'href="{letter}?persona={head.pk}"' in page
    assert f'href="{reverse("directory:entity_detail", args=[school.pk])}"' in page
    analyst = client_as("media_analyst").get(reverse("directory:occasions")).content.decode()
    assert "Colegio José Olaya" in analyst and "Nelly Chambi Ramos" not in analyst


def test_suggested_anniversary_letter_addresses_the_head_and_is_a_real_pdf(client_as):
    school, _head = setup_office()
    client = client_as("protocol_officer")
    page = client.get(reverse("directory:letter"), {"entidad": school.pk}).content.decode()
    years = timezone.localdate().year - 1960
    assert "Señora Directora:" in page and f"{years}.º aniversario del Colegio José Olaya" in page
    assert "en nombre de la Municipalidad Distrital" in page
    response = client.post(
        reverse("directory:letter"),
        {
            "entidad": school.pk,
            "pdf": "1",
            "occasion": "ANIVERSARIO",
            "salutation": "Señora Directora:",
            "body": "Texto corregido por la oficina.",
        },
    )
    assert response["Content-Type"] == "application/pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Texto corregido por la oficina." in text and "Prof. Nelly Chambi Ramos" in text
    assert "Jorge Cárdenas Vilca" in text and "Santa Candelaria del Mar" in text


def test_birthday_letter_needs_the_personal_data_capability(client_as):
    _school, head = setup_office()
    assert client_as("protocol_officer").get(reverse("directory:letter"), {"persona": head.pk}).status_code == 200
    assert client_as("media_analyst").get(reverse("directory:letter"), {"persona": head.pk}).status_code == 403


def test_what_was_sent_and_gifts_are_recorded_and_marked_on_the_calendar(client_as):
    school, _head = setup_office()
    client = client_as("protocol_officer")
    sent_today = {
        "entidad": school.pk,
        "registrar": "1",
        "occasion": "ANIVERSARIO",
        "sent_on": timezone.localdate().isoformat(),
        "channel": "CARTA",
    }
    future = client.post(reverse("directory:letter"), sent_today | {"sent_on": "2999-01-01"})
    assert "la fecha no puede ser futura" in future.content.decode()
    client.post(
        reverse("directory:letter"), sent_today | {"reference": "Oficio N.° 12", "gift_given": "Arreglo floral"}
    )
    greeting = Greeting.objects.get()
    assert greeting.entity == school and greeting.gift_given == "Arreglo floral"
    assert AuditEntry.objects.filter(action="directory.greeting.recorded", target_id=str(school.pk)).exists()
    assert "Saludo enviado" in client.get(reverse("directory:occasions")).content.decode()
    assert "Arreglo floral" in client.get(reverse("directory:greetings")).content.decode()
    readonly = client_as("media_analyst").post(reverse("directory:letter"), sent_today)
    assert readonly.status_code == 404 and Greeting.objects.count() == 1


@pytest.mark.django_db
def test_an_anniversary_changed_in_bulk_is_found_on_its_new_day_across_new_year():
    school = EntityFactory(name="Colegio Santa Rosa", kind="COLEGIO", anniversary=date(1960, 6, 14))
    Entity.objects.filter(pk=school.pk).update(anniversary=date(1961, 1, 2))

    around_new_year = occasions_between(date(2026, 12, 30), date(2027, 1, 3))
    in_june = occasions_between(date(2027, 6, 14), date(2027, 6, 14))

    assert [(o.on, o.title, o.years) for o in around_new_year] == [(date(2027, 1, 2), "Colegio Santa Rosa", 66)]
    assert in_june == []


def test_todays_registry_panel_reads_persons_and_entities_through_indexes(persona):
    """With 50,000 persons, matching month and day row by row made Hoy scan the Registro on every load."""
    setup_office()
    PersonFactory.create_batch(3, birth_date=date(1980, 3, 3))
    with CaptureQueriesContext(connection) as queries:
        panel = registry_panel(persona("head_of_unit"), timezone.now())
    assert panel is not None and "Colegio José Olaya" in [item.title for item in panel.items]

    registry_queries = [q["sql"] for q in queries if "directory_person" in q["sql"] or "directory_entity" in q["sql"]]
    assert len(registry_queries) >= 4  # anniversaries, birthdays, the two stale counts
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # tiny tables: make the planner show the index it would use
            cursor.execute("SET LOCAL enable_seqscan = off")
        for sql in registry_queries:
            cursor.execute(("EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN ") + sql)
            plan = "\n".join(str(row[-1]) for row in cursor.fetchall())
            assert not re.search(r"^SCAN directory_(person|entity)\b(?! USING COVERING INDEX)", plan, re.M), (sql, plan)
            assert "Seq Scan on directory_" not in plan, (sql, plan)


def test_a_busy_month_of_anniversaries_is_shown_a_page_at_a_time(client_as):
    from heraldo.directory.models import Entity
    from heraldo.directory.views.keeping import OCCASIONS_PER_PAGE

    today = timezone.localdate()
    founded = today.replace(year=1990, day=1)
    entities = [
        Entity(name=f"Institución {n:03d}", kind="ONG", level="DISTRITAL", anniversary=founded) for n in range(60)
    ]
    for entity in entities:
        entity.refresh_search_text()
    Entity.objects.bulk_create(entities)
    client = client_as("protocol_officer")
    month = f"{today:%Y-%m}"
    first = client.get(reverse("directory:occasions"), {"mes": month}).content.decode()
    second = client.get(reverse("directory:occasions"), {"mes": month, "page": 2}).content.decode()
    assert first.count("occasion-date") == OCCASIONS_PER_PAGE
    assert second.count("occasion-date") == 60 - OCCASIONS_PER_PAGE
    assert f"?mes={month}&amp;page=2" in first
