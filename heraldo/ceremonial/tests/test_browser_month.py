"""The month view on a laptop: long titles and weekly series stay inside their day cells, so the page
never scrolls sideways (a screen reader's label of a repeating event once pushed it 100 px wide)."""

import pytest

from conftest import PERSONAS, make_user, sign_in
from heraldo.ceremonial.tests.factories import EventFactory, lima

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONG_TITLE = "Reunión de coordinación con la Gerencia de Seguridad Ciudadana y las juntas vecinales del sector"


@pytest.mark.parametrize("width", [1366, 1280])
def test_month_view_has_no_horizontal_overflow_at_desktop_widths(browser_page, width):
    page = browser_page
    make_user("protocol_officer", PERSONAS["protocol_officer"])
    EventFactory(title=LONG_TITLE, starts_at=lima(2026, 12, 3, 9))
    EventFactory(title="Izamiento dominical del Pabellón Nacional", starts_at=lima(2026, 12, 6, 8), rrule="FREQ=WEEKLY")
    EventFactory(title="Conferenciadeprensasobreelpresupuestoparticipativo2027", starts_at=lima(2026, 12, 10, 11))

    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, "protocol_officer")
    page.goto(f"{page.base_url}/agenda/?fecha=2026-12-01")

    assert page.locator(".agenda-month .agenda-item").count() >= 6
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow == 0
    table_right = page.locator(".agenda-month").bounding_box()
    assert table_right["x"] + table_right["width"] <= width
