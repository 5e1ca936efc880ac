"""The engine run for an event from the Registro: presider, head table, printouts, the
versioned table, and the master of ceremonies' script (PDF and Word)."""

import io
from datetime import date

import pytest
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from heraldo.ceremonial.models import CeremonyScript, Guest, PrecedenceTableRow, ProtocolSettings
from heraldo.ceremonial.precedence.provisional_table import PROVISIONAL_TABLE_ROWS
from heraldo.ceremonial.protocol import plan_display, plan_for_event
from heraldo.ceremonial.script import formal_reference
from heraldo.ceremonial.services.ceremony import guests_add, programme_apply_template
from heraldo.ceremonial.tests.factories import COUNCILLOR_ROW_VERSION_2027, EventFactory, PersonFactory, lima
from heraldo.core.models import AuditEntry
from heraldo.core.tests.reads import tables_written
from heraldo.directory.models import Entity, Position, Term, TermStatus

pytestmark = pytest.mark.django_db
UBIGEO = "270103"


@pytest.fixture
def municipality():
    return Entity.objects.create(
        name="Municipalidad Distrital de Santa Prueba",
        kind="MUNICIPALIDAD",
        level="DISTRITAL",
        ubigeo=UBIGEO,
        is_own_municipality=True,
    )


def holder(entity, office_code, title, given, *, sex="M", order=None, address="", status=TermStatus.TITULAR, **extra):
    person = PersonFactory(given_names=given, surnames="Prueba", sex=sex)
    position = Position.objects.create(
        entity=entity,
        title=title,
        office_code=office_code,
        jurisdiction=UBIGEO,
        order_in_entity=order,
        form_of_address=address,
        **extra,
    )
    Term.objects.create(position=position, person=person, starts_on=date(2023, 1, 1), status=status)
    return person


@pytest.fixture
def council(municipality):
    """Worked example 1: the mayor, the Teniente Alcalde, four regidores and the gerente."""
    people = {
        "alcalde": holder(municipality, "ALCALDE_DISTRITAL", "Alcalde", "Alcalde", address="Señor Alcalde"),
        "R1": holder(municipality, "TENIENTE_ALCALDE_DISTRITAL", "Teniente Alcalde", "R1", order=1),
        "gerente": holder(municipality, "GERENTE_MUNICIPAL", "Gerente Municipal", "Gerente"),
    }
    for n in range(2, 6):
        people[f"R{n}"] = holder(municipality, "REGIDOR_DISTRITAL", "Regidor", f"R{n}", order=n)
    return people


@pytest.fixture
def solemn_session(council):
    event = EventFactory(title="Sesión solemne", event_type="SESION_SOLEMNE", starts_at=lima(2026, 12, 15, 10))
    guests_add(actor=None, event=event, persons=council.values())
    return event


def seats(event):
    event_plan = plan_for_event(event)
    return [event_plan.guest(s.attendee_id).person.given_names for s in event_plan.plan.head_table]


def test_the_table_is_seeded_from_the_provisional_rows():
    assert PrecedenceTableRow.objects.count() == len(PROVISIONAL_TABLE_ROWS)
    row = PrecedenceTableRow.objects.get(office_code="ALCALDE_DISTRITAL")
    assert (row.rank, row.office_class, row.territorial) == (17, "MAYOR", True)


def test_worked_example_1_from_guests_of_the_registry(solemn_session):
    assert seats(solemn_session) == ["R3", "R1", "Alcalde", "R2", "R4"]
    event_plan = plan_for_event(solemn_session)
    front = [event_plan.guest(r.attendee_id).person.given_names for r in event_plan.plan.front_rows]
    assert front == ["R5", "Gerente"]


def test_declined_guests_leave_the_plan_and_an_encargado_keeps_full_rank(solemn_session, council):
    Guest.objects.filter(event=solemn_session, person=council["alcalde"]).update(rsvp_status="DECLINA")
    Term.objects.filter(person=council["R1"]).update(status=TermStatus.ENCARGADO)
    event_plan = plan_for_event(solemn_session)
    assert event_plan.guest(event_plan.plan.presider_id).person == council["R1"]
    assert "Alcalde" not in seats(solemn_session)


def test_a_representative_of_the_mayor_presides_the_municipal_act(solemn_session, council, municipality):
    mayor_guest = Guest.objects.get(event=solemn_session, person=council["alcalde"])
    mayor_position = mayor_guest.position
    mayor_guest.delete()
    Guest.objects.filter(event=solemn_session, person=council["R2"]).update(represents=mayor_position)
    event_plan = plan_for_event(solemn_session)
    presider = event_plan.guest(event_plan.plan.presider_id)
    assert presider.person == council["R2"]
    assert (
        "en representación" in event_plan.plan.head_table[[s.order for s in event_plan.plan.head_table].index(1)].title
    )


def test_precedence_page_shows_the_plan_and_options_change_it_with_spanish_errors(client_as, solemn_session):
    client = client_as("protocol_officer")
    url = reverse("ceremonial:precedence", args=[solemn_session.pk])
    html = client.get(url).content.decode()
    assert 'data-testid="presider">Alcalde Prueba<' in html
    bad = client.post(
        url,
        {
            "head_table_size": 0,
            "representation_mode": "OWN_RANK",
            "courtesy_host_position": 2,
            "even_table_mode": "SHARED_CENTRE",
        },
    )
    assert "La mesa de honor tiene de 1 a 25 asientos." in bad.content.decode()
    client.post(
        url,
        {
            "head_table_size": 3,
            "representation_mode": "OWN_RANK",
            "courtesy_host_position": 2,
            "even_table_mode": "SHARED_CENTRE",
        },
    )
    assert seats(solemn_session) == ["R1", "Alcalde", "R2"]
    assert AuditEntry.objects.filter(action="ceremonial.protocol.updated").exists()
    assert client_as("mayor").get(url).status_code == 200
    assert client_as("mayor").post(url, {"head_table_size": 3}).status_code == 404
    assert client_as("outsider").get(url).status_code == 404


def test_place_cards_and_seating_chart_are_real_pdfs_with_the_names(client_as, solemn_session):
    client = client_as("protocol_officer")
    cards = client.get(reverse("ceremonial:place_cards", args=[solemn_session.pk]))
    assert cards["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(cards.content)).pages)
    assert "R3 Prueba" in text and "Teniente Alcalde" in text and "Gerente Prueba" in text
    chart = client.get(reverse("ceremonial:seating", args=[solemn_session.pk]))
    chart_text = PdfReader(io.BytesIO(chart.content)).pages[0].extract_text()
    assert chart_text.index("R3 Prueba") < chart_text.index("R1 Prueba") < chart_text.index("Alcalde Prueba")


def upright_and_upside_down(page) -> tuple[list[str], list[str]]:
    """The lines of a PDF page set upright and those set upside down (rotated half a turn)."""
    upright, upside_down = [], []

    def visit(text, cm, tm, font, size):
        if text.strip():
            (upright if cm[0] * tm[0] > 0 else upside_down).append(text.strip())

    page.extract_text(visitor_text=visit)
    return upright, upside_down


def test_place_cards_are_tent_cards_with_the_name_on_both_halves_and_the_crest(client_as, persona, solemn_session):
    from heraldo.ceremonial.tests.test_script_documents import brand_kit_crest

    brand_kit_crest(persona("designer"))
    cards = client_as("protocol_officer").get(reverse("ceremonial:place_cards", args=[solemn_session.pk]))
    pages = PdfReader(io.BytesIO(cards.content)).pages
    head_table = [seat.name for seat in plan_display(plan_for_event(solemn_session))["head_table"]]
    assert len(pages) >= len(head_table)  # one folding sheet per guest
    for name, page in zip(head_table, pages, strict=False):
        upright, upside_down = upright_and_upside_down(page)
        assert name in upright and name in upside_down  # readable from the audience and from the table
        assert len(page.images) == 1  # the brand kit's crest (one image, drawn on each half)
        assert solemn_session.title not in page.extract_text()  # no grey event line in small print


def test_only_the_head_of_unit_versions_the_table_and_the_old_row_closes_the_day_before(client_as):
    url = reverse("ceremonial:precedence_row_new")
    data = COUNCILLOR_ROW_VERSION_2027 | {"office_code": "regidor_distrital"}  # typed in lower case, stored upper-case
    assert client_as("protocol_officer").post(url, data).status_code == 404
    head = client_as("head_of_unit")
    assert head.post(url, data).status_code == 302
    rows = list(PrecedenceTableRow.objects.filter(office_code="REGIDOR_DISTRITAL").order_by("pk"))
    assert rows[0].valid_to == date(2026, 12, 31) and rows[1].valid_from == date(2027, 1, 1) and rows[1].rank == 19
    again = head.post(url, data | {"valid_from": "2026-06-01"})
    assert "debe empezar después del 01/01/2027" in again.content.decode()
    assert PrecedenceTableRow.objects.filter(office_code="REGIDOR_DISTRITAL").count() == 2
    assert AuditEntry.objects.filter(action="ceremonial.precedence.row_versioned").count() == 1
    listing = client_as("mayor").get(reverse("ceremonial:precedence_table")).content.decode()
    assert "Regidor Distrital" in listing and "Nueva versión" not in listing


def test_the_script_names_each_authority_with_its_form_of_address_and_exports(client_as, solemn_session, council):
    programme_apply_template(actor=None, event=solemn_session)
    mayor = Guest.objects.get(event=solemn_session, person=council["alcalde"])
    assert formal_reference(mayor) == "Señor Alcalde de la Municipalidad Distrital de Santa Prueba, Alcalde Prueba"
    client = client_as("protocol_officer")
    assert client_as("mayor").post(reverse("ceremonial:script_generate", args=[solemn_session.pk])).status_code == 404
    client.post(reverse("ceremonial:script_generate", args=[solemn_session.pk]))
    text = CeremonyScript.objects.get(event=solemn_session).text
    table = text.split("Invitamos a ocupar su lugar en la mesa de honor a:")[1].split("[")[0]
    assert (
        table.index("Alcalde Prueba") < table.index("R1 Prueba") < table.index("R2 Prueba") < table.index("R3 Prueba")
    )
    assert "[10:00] Recepción y ubicación de autoridades e invitados" in text
    assert "Invitamos a hacer uso de la palabra al Señor Alcalde de la Municipalidad Distrital de Santa Prueba" in text
    client.post(reverse("ceremonial:script", args=[solemn_session.pk]), {"text": text + "\nNota del protocolo."})
    pdf = client.get(reverse("ceremonial:script_pdf", args=[solemn_session.pk]))
    assert "Nota del protocolo." in "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    docx = client_as("mayor").get(reverse("ceremonial:script_docx", args=[solemn_session.pk]))
    paragraphs = [p.text for p in Document(io.BytesIO(docx.content)).paragraphs]
    assert "Nota del protocolo." in paragraphs and any(p.startswith("[10:00]") for p in paragraphs)
    assert AuditEntry.objects.filter(action="ceremonial.script.edited").exists()
    # a name pasted with control characters still gives a Word document
    CeremonyScript.objects.filter(event=solemn_session).update(text="Palabras del\x0b Alcalde\x1f\n[10:00] Inicio")
    docx = client_as("mayor").get(reverse("ceremonial:script_docx", args=[solemn_session.pk]))
    assert docx.status_code == 200
    assert "Palabras del Alcalde" in [p.text for p in Document(io.BytesIO(docx.content)).paragraphs]


def test_api_gives_the_plan_and_guests_and_checks_in(client_as, solemn_session, council):
    client = client_as("protocol_officer")
    plan = client.get(f"/api/v1/agenda/ceremonias/{solemn_session.pk}/plan/").json()
    assert plan["presider"]["name"] == "Alcalde Prueba"
    assert [seat["name"] for seat in plan["head_table"]] == [f"{n} Prueba" for n in ("R3", "R1", "Alcalde", "R2", "R4")]
    guests = client.get(f"/api/v1/agenda/ceremonias/{solemn_session.pk}/invitados/").json()["results"]
    assert len(guests) == 7
    first = guests[0]["id"]
    checked = client.post(f"/api/v1/agenda/ceremonias/{solemn_session.pk}/invitados/{first}/ingreso/")
    assert checked.status_code == 200 and checked.json()["checked_in_at"]
    assert (
        client_as("mayor").post(f"/api/v1/agenda/ceremonias/{solemn_session.pk}/invitados/{first}/ingreso/").status_code
        == 404
    )
    assert client_as("mayor").get(f"/api/v1/agenda/ceremonias/{solemn_session.pk}/plan/").status_code == 200
    assert client_as("outsider").get(f"/api/v1/agenda/ceremonias/{solemn_session.pk}/plan/").status_code == 403


def test_the_mayor_or_the_representative_is_added_from_the_registry_in_one_click(client_as, municipality, council):
    from heraldo.ceremonial.models import Attendance

    event = EventFactory(event_type="ACTO_OFICIAL", starts_at=lima(2026, 12, 15, 10))
    client = client_as("protocol_officer")
    page = client.get(reverse("ceremonial:guests", args=[event.pk])).content.decode()
    assert "El Alcalde no está en la lista" in page
    client.post(reverse("ceremonial:guests_add_host", args=[event.pk]))
    assert list(event.guests.values_list("person__given_names", flat=True)) == ["Alcalde"]
    assert (
        "El Alcalde no está en la lista"
        not in client.get(reverse("ceremonial:guests", args=[event.pk])).content.decode()
    )

    delegated = EventFactory(
        attendance=Attendance.REPRESENTATIVE, representative=council["R2"], starts_at=lima(2026, 12, 16, 10)
    )
    client.post(reverse("ceremonial:guests_add_host", args=[delegated.pk]))
    guest = delegated.guests.get()
    assert guest.person == council["R2"] and guest.represents.office_code == "ALCALDE_DISTRITAL"
    event_plan = plan_for_event(delegated)
    assert event_plan.guest(event_plan.plan.presider_id) == guest  # PR-10: the representative presides


def test_an_english_protocol_officer_reads_the_plan_warnings_and_flags_in_english(client_as, persona, solemn_session):
    # given a protocol officer working in English, and a solemn session with no keynote speaker and a flag raising
    officer = persona("protocol_officer")
    officer.language = "en"
    officer.save(update_fields=["language"])
    client = client_as("protocol_officer")
    url = reverse("ceremonial:precedence", args=[solemn_session.pk])

    # when they open the precedence page
    html = client.get(url).content.decode()

    # then the warnings read in English, not in the engine's Spanish, and so do the flags behind the table
    warnings = html.split('data-testid="plan-warnings"', 1)[1].split("</div>", 1)[0]
    assert "Solemn session without a keynote speaker." in warnings
    assert "Sesión solemne sin orador(a) de orden." not in warnings
    assert "National flag" in html
    # and so do the rules applied, names kept as entered
    applied = html.split('data-testid="applied-rules"', 1)[1].split("</ul>", 1)[0]
    assert "Seats numbered from the audience&#x27;s left." in applied
    assert "Puestos numerados" not in applied and "Cierra quien preside" not in applied
    presider = plan_for_event(solemn_session)
    presider_name = presider.guest(presider.plan.presider_id).person.full_name
    assert f"Closing words by whoever presides, {presider_name}." in applied


def test_api_reorders_corrects_and_removes_moments_of_the_run_of_show(client_as, solemn_session):
    # given a run-of-show of three moments built through the API
    protocol = client_as("protocol_officer")
    url = f"/api/v1/agenda/ceremonias/{solemn_session.pk}/programa/"
    for title, minutes in (("Himno Nacional", 5), ("Palabras de bienvenida", 10), ("Discurso de orden", 15)):
        moments = protocol.post(url, {"title": title, "duration_minutes": minutes}).json()
    anthem, welcome, keynote = (m["id"] for m in moments)

    # when protocol puts the keynote before the welcome, corrects the welcome and removes the anthem
    reordered = protocol.put(f"{url}orden/", {"items": [anthem, keynote, welcome]}, content_type="application/json")
    corrected = protocol.patch(f"{url}{welcome}/", {"duration_minutes": 7}, content_type="application/json")
    removed = protocol.delete(f"{url}{anthem}/")

    # then each answer is the run-of-show in its new order, with start times recomputed in Lima
    assert [m["title"] for m in reordered.json()] == ["Himno Nacional", "Discurso de orden", "Palabras de bienvenida"]
    assert reordered.json()[2]["starts_at"].startswith("2026-12-15T10:20:00")
    assert [m["duration_minutes"] for m in corrected.json()] == [5, 15, 7]
    assert [m["title"] for m in removed.json()] == ["Discurso de orden", "Palabras de bienvenida"]
    assert removed.json()[0]["starts_at"].startswith("2026-12-15T10:00:00")
    # and the changes are on the audit trail
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"ceremonial.programme.reordered", "ceremonial.programme.item_updated"} <= actions
    assert "ceremonial.programme.item_deleted" in actions


def test_api_run_of_show_edits_refuse_stale_orders_bad_values_and_readers(client_as, solemn_session):
    protocol = client_as("protocol_officer")
    url = f"/api/v1/agenda/ceremonias/{solemn_session.pk}/programa/"
    first = protocol.post(url, {"title": "Himno Nacional", "duration_minutes": 5}).json()[0]["id"]
    protocol.post(url, {"title": "Discurso", "duration_minutes": 15})

    stale = protocol.put(f"{url}orden/", {"items": [first]}, content_type="application/json")
    bad = protocol.patch(f"{url}{first}/", {"duration_minutes": 0}, content_type="application/json")
    mayor = client_as("mayor").delete(f"{url}{first}/")

    assert stale.status_code == 409 and "recargue la página" in stale.json()["detail"]
    assert bad.status_code == 400 and "La duración va de 1 a 480 minutos." in bad.content.decode()
    assert mayor.status_code == 404
    assert [m["title"] for m in protocol.get(url).json()] == ["Himno Nacional", "Discurso"]
    assert [m["duration_minutes"] for m in protocol.get(url).json()] == [5, 15]


def test_api_builds_the_run_of_show_and_edits_the_script_with_the_pages_gates(client_as, solemn_session, council):
    # given protocol, the Mayor (reads the agenda) and the designer (no agenda)
    protocol = client_as("protocol_officer")
    url = f"/api/v1/agenda/ceremonias/{solemn_session.pk}/programa/"

    # when protocol adds two moments and reads the run-of-show
    protocol.post(url, {"title": "Himno Nacional", "duration_minutes": 5})
    added = protocol.post(url, {"title": "Discurso de orden", "duration_minutes": 15, "responsible": "Regidora"})
    refused = protocol.post(url, {"title": "Brindis", "duration_minutes": 0})

    # then each moment carries its start time in Lima, a bad duration is refused in Spanish
    assert added.status_code == 201
    assert [item["title"] for item in added.json()] == ["Himno Nacional", "Discurso de orden"]
    assert added.json()[1]["starts_at"].startswith("2026-12-15T10:05:00")
    assert refused.status_code == 400 and "La duración va de 1 a 480 minutos." in refused.content.decode()
    assert client_as("mayor").get(url).status_code == 200
    assert client_as("mayor").post(url, {"title": "x", "duration_minutes": 5}).status_code == 404
    assert client_as("designer").get(url).status_code == 403

    # and the script: none until generated on the page, then read and edited through the API, audited
    script_url = f"/api/v1/agenda/ceremonias/{solemn_session.pk}/guion/"
    assert protocol.get(script_url).status_code == 404
    protocol.post(reverse("ceremonial:script_generate", args=[solemn_session.pk]))
    assert "Himno Nacional" in protocol.get(script_url).json()["text"]
    edited = protocol.put(
        script_url, {"text": "Buenas noches. [10:00] Himno Nacional"}, content_type="application/json"
    )
    assert edited.status_code == 200 and edited.json()["text"] == "Buenas noches. [10:00] Himno Nacional"
    assert AuditEntry.objects.filter(action="ceremonial.script.edited").exists()
    assert client_as("mayor").put(script_url, {"text": "x"}, content_type="application/json").status_code == 404


def test_the_plan_is_shown_with_default_options_without_saving_them_until_the_first_save(client_as, solemn_session):
    # given an act whose protocol options nobody has chosen yet
    client = client_as("protocol_officer")
    client.get("/")  # signing in records the session; only the pages below are under test
    url = reverse("ceremonial:precedence", args=[solemn_session.pk])

    # when the protocol officer opens its plan and prints the place cards
    with tables_written() as written:
        page = client.get(url)
        cards = client.get(reverse("ceremonial:place_cards", args=[solemn_session.pk]))

    # then the plan follows the default five-seat head table, and nothing was written
    assert 'name="head_table_size" value="5"' in page.content.decode() and cards.status_code == 200
    assert len(seats(solemn_session)) == 5
    assert written == set()
    # and the first save keeps the options, audited as a change from those defaults
    options = {"representation_mode": "OWN_RANK", "courtesy_host_position": 2, "even_table_mode": "SHARED_CENTRE"}
    client.post(url, {"head_table_size": 3, **options})
    assert seats(solemn_session) == ["R1", "Alcalde", "R2"]
    assert ProtocolSettings.objects.get(event=solemn_session).head_table_size == 3
    assert AuditEntry.objects.get(action="ceremonial.protocol.updated").changes == {"head_table_size": [5, 3]}
