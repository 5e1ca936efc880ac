"""The door on a phone: a tap records the arrival in place, without reloading the list or moving rows."""

import pytest
from playwright.sync_api import expect

from conftest import PERSONAS, make_user, sign_in
from heraldo.ceremonial.services.ceremony import guests_add
from heraldo.ceremonial.tests.factories import EventFactory, PersonFactory, lima

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_tap_at_the_door_updates_the_row_and_the_count_without_a_reload(browser_page):
    page = browser_page
    make_user("protocol_officer", PERSONAS["protocol_officer"])
    event = EventFactory(title="Inauguración", starts_at=lima(2026, 12, 20, 10))
    guests_add(
        actor=None,
        event=event,
        persons=[
            PersonFactory(given_names=name, surnames=surname)
            for name, surname in [("Ana", "Apaza"), ("Bruno", "Bellido"), ("Carla", "Cusi")]
        ],
    )
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, "protocol_officer")
    page.goto(f"{page.base_url}/agenda/actividades/{event.pk}/ingreso/")
    names = page.locator(".checkin-row .fw-semibold").all_inner_texts()
    page.evaluate("window.sameDocument = true")

    page.get_by_role("button", name="Llegó Bruno Bellido").click()
    page.get_by_test_id("arrived-count").filter(has_text="Llegaron 1 de 3").wait_for()

    assert page.evaluate("window.sameDocument === true")  # no full reload
    assert page.locator(".checkin-row .fw-semibold").all_inner_texts() == names  # nobody moved
    expect(page.locator(".checkin-arrived")).to_have_count(1)  # the row's swap may land just after the count's
    expect(page.get_by_role("button", name="— anular la llegada de Bruno Bellido")).to_be_visible()
