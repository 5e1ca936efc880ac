"""A protocol officer in a real Chromium: reorders the run-of-show by dragging, then checks a
guest in on a phone. The page must raise no console error (CSP included)."""

import pytest

from conftest import PERSONAS, make_user, sign_in
from heraldo.ceremonial.models import ProgrammeItem
from heraldo.ceremonial.services.ceremony import guests_add
from heraldo.ceremonial.tests.factories import EventFactory, PersonFactory, lima

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def titles(event) -> list[str]:
    return list(ProgrammeItem.objects.filter(event=event).order_by("position").values_list("title", flat=True))


def test_run_of_show_reorders_by_drag_and_by_buttons_and_check_in_works_on_a_phone(browser_page):
    page = browser_page
    make_user("protocol_officer", PERSONAS["protocol_officer"])
    event = EventFactory(title="Inauguración", event_type="INAUGURACION", starts_at=lima(2026, 12, 20, 10))
    for position, title in enumerate(["Himno", "Bienvenida", "Corte de cinta"], start=1):
        ProgrammeItem.objects.create(event=event, position=position, title=title)
    guests_add(actor=None, event=event, persons=[PersonFactory(given_names="José", surnames="Núñez Ávila")])

    page.set_viewport_size({"width": 1366, "height": 900})
    sign_in(page, "protocol_officer")
    page.goto(f"{page.base_url}/agenda/actividades/{event.pk}/programa/")
    page.locator(".programme-item", has_text="Corte de cinta").drag_to(
        page.locator(".programme-item", has_text="Himno")
    )
    page.wait_for_load_state("networkidle")
    assert titles(event) == ["Corte de cinta", "Himno", "Bienvenida"]

    page.get_by_role("button", name="Bajar «Corte de cinta»").click()
    page.wait_for_load_state("networkidle")
    assert titles(event) == ["Himno", "Corte de cinta", "Bienvenida"]

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{page.base_url}/agenda/actividades/{event.pk}/ingreso/")
    page.get_by_label("Buscar invitado").fill("nunez")
    page.get_by_role("button", name="Buscar", exact=True).click()
    page.get_by_role("button", name="Llegó José Núñez Ávila").click()
    page.wait_for_load_state("networkidle")
    assert "Llegaron 1 de 1" in page.content()
