"""Encargos tried as a new office would, in a real Chromium: a memorandum from the Gerencia, end to end."""

from __future__ import annotations

import pytest

from conftest import PERSONAS, make_user, sign_in
from heraldo.ceremonial.models import StaffRole
from heraldo.ceremonial.services.events import event_update
from heraldo.ceremonial.tests.factories import EventFactory, lima
from heraldo.work.models import Assignment, Task

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PLAIN_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def sign_out(page) -> None:
    page.context.clear_cookies()


def test_a_memorandum_is_registered_assigned_fulfilled_on_a_phone_and_seen_on_the_board(browser_page):
    page = browser_page
    make_user("head_of_unit", PERSONAS["head_of_unit"], first_name="Lucía")
    make_user("press_officer", PERSONAS["press_officer"], first_name="Diego")

    # The head of unit registers the memorandum: received Friday 4/12, five working days (8 and 9/12 are holidays).
    sign_in(page, "head_of_unit")
    page.goto(f"{page.base_url}/encargos/nuevo/")
    page.select_option("select[name=document_kind]", "MEMORANDO")
    page.fill("input[name=document_number]", "Memorando N.° 412-2026-MDSC/GM")
    page.select_option("select[name=sender]", "GERENCIA")
    page.fill("input[name=subject]", "Difundir el cronograma del impuesto predial")
    page.fill("input[name=received_on]", "2026-12-04")
    page.fill("input[name=term_working_days]", "5")
    page.select_option("select[name=owner]", label="Diego")
    page.click("form.card button[type=submit]")
    page.wait_for_selector("text=Vence el 15/12/2026")
    sign_out(page)

    # The press officer, on a phone, finds it in Mi trabajo, attaches evidence and closes it with the reply.
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, "press_officer")
    page.goto(f"{page.base_url}/mi-trabajo/")
    page.click("text=Difundir el cronograma del impuesto predial")
    page.fill("input[name=title]", "Nota publicada y afiche")
    page.set_input_files(
        "input[name=file]", {"name": "evidencia.pdf", "mimeType": "application/pdf", "buffer": PLAIN_PDF}
    )
    page.click("button:has-text('Adjuntar')")
    page.wait_for_selector("text=Archivo adjuntado.")
    page.fill("input[name=reply_number]", "Informe N.° 045-2026-MDSC/UII")
    page.fill("input[name=reply_on]", "2026-12-11")
    page.click("button:has-text('Encargo cumplido')")
    page.wait_for_selector("[data-testid=task-status]:has-text('Cumplida')")
    sign_out(page)

    # The head of unit sees it closed in the register.
    page.set_viewport_size({"width": 1366, "height": 900})
    sign_in(page, "head_of_unit")
    page.goto(f"{page.base_url}/encargos/?estado=cumplidos")
    assert page.locator("text=Difundir el cronograma del impuesto predial").count() == 1
    assignment = Assignment.objects.get()
    assert assignment.task.status == Task.Status.DONE and assignment.task.attachments.count() == 1


def test_a_designer_assigned_to_sundays_flag_raising_is_told_and_opens_it(browser_page):
    page = browser_page
    protocol = make_user("protocol_officer", PERSONAS["protocol_officer"])
    designer = make_user("designer", PERSONAS["designer"])
    event = EventFactory(title="Izamiento dominical del Pabellón Nacional", starts_at=lima(2026, 12, 13, 8))
    event_update(actor=protocol, event=event, data={}, staff={StaffRole.PHOTO: [designer]}, allow_conflicts=True)

    sign_in(page, "designer")
    page.goto(f"{page.base_url}/notificaciones/")
    page.click("text=Le asignaron: Acto: Izamiento dominical del Pabellón Nacional")
    page.click("[data-testid=task-subject] a")
    page.wait_for_selector("h1:has-text('Izamiento dominical del Pabellón Nacional')")
    assert page.locator("[data-testid=staff-only]").count() == 1
