"""Hoy greets by the hour in Lima, not with one "Buen día" around the clock."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db
LIMA = ZoneInfo("America/Lima")


@pytest.mark.parametrize(
    ("hour", "minute", "greeting"),
    [(8, 30, "Buenos días"), (15, 0, "Buenas tardes"), (22, 13, "Buenas noches")],
)
def test_the_home_page_greets_by_the_hour_in_lima(client_as, time_machine, hour, minute, greeting):
    time_machine.move_to(datetime(2026, 12, 7, hour, minute, tzinfo=LIMA), tick=False)
    page = client_as("head_of_unit").get(reverse("core:today")).content.decode()
    assert f"{greeting}, " in page
    assert "Buen día" not in page
