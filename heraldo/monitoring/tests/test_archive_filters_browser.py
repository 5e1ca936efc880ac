"""In Chromium: the analyst types part of an authority's name, picks the suggestion and gets that person's news."""

from __future__ import annotations

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from conftest import sign_in
from heraldo.monitoring.ingestion import clipping_store

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_authority_box_suggests_watched_people_as_the_analyst_types(browser_page, watchlist, persona):
    persona("media_analyst")
    # The title names him as Mayor: a given name and first surname alone may be a namesake (issue 16).
    for title in ["El alcalde Jorge Cárdenas inaugura la pista", "Patricia Llanos presenta el presupuesto"]:
        clipping_store(title=title, published_at=timezone.now(), body_text=f"{title}.")
    mayor = watchlist["mayor"]
    page = browser_page
    sign_in(page, "media_analyst")
    page.goto(f"{page.base_url}/monitoreo/recortes/")
    box = page.locator("#id_person")
    box.press_sequentially("cardenas", delay=30)
    # The suggestion arrives from the server into the box's list, written as name and number.
    suggestion = page.locator("#id_person-sugerencias option")
    expect(suggestion).to_have_count(1)
    expect(suggestion).to_have_attribute("value", f"Jorge Cárdenas Vilca ({mayor.pk})")
    box.fill(f"Jorge Cárdenas Vilca ({mayor.pk})")  # what choosing it from the list writes
    box.press("Enter")
    page.wait_for_load_state()
    results = page.locator("main")
    expect(results).to_contain_text("El alcalde Jorge Cárdenas inaugura la pista")
    expect(results).not_to_contain_text("Patricia Llanos presenta el presupuesto")
    expect(page.locator("#id_person")).to_have_value(f"Jorge Cárdenas Vilca ({mayor.pk})")
