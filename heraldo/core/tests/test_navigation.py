"""Each role sees the modules it works in, and nothing else."""

import pytest
from django.urls import reverse

EXPECTED_MENU = {
    "head_of_unit": {
        "agenda",
        "registro",
        "prensa",
        "campanas",
        "monitoreo",
        "reportes",
        "encargos",
        "auditoria",
        "trabajos",
        "estado",
    },
    "press_officer": {"agenda", "registro", "prensa", "campanas", "monitoreo", "encargos"},
    "protocol_officer": {"agenda", "registro", "prensa", "encargos"},
    "designer": {"prensa", "campanas", "encargos"},
    "media_analyst": {"registro", "monitoreo", "reportes", "encargos"},
    "mayor": {"agenda", "prensa", "campanas", "monitoreo", "reportes"},
    "requester": {"campanas"},
    "system_admin": {"usuarios", "auditoria", "trabajos", "estado"},
    "outsider": set(),
}
ALL_MODULES = {"agenda", "registro", "prensa", "campanas", "monitoreo", "reportes", "encargos"}


def menu_entries(html: str) -> set[str]:
    import re

    return set(re.findall(r'data-module="([a-z]+)"', html))


@pytest.mark.parametrize("persona_name", sorted(EXPECTED_MENU))
def test_each_role_sees_only_its_menu_entries(client_as, persona_name):
    # given a member of the office with one role
    client = client_as(persona_name)
    # when they open Hoy
    response = client.get(reverse("core:today"))
    # then the menu lists exactly the modules of their role
    assert response.status_code == 200
    assert menu_entries(response.content.decode()) == EXPECTED_MENU[persona_name]


@pytest.mark.parametrize("persona_name", sorted(EXPECTED_MENU))
def test_module_pages_open_only_for_roles_that_have_them(client_as, persona_name):
    client = client_as(persona_name)
    for slug in ALL_MODULES:
        response = client.get(reverse("core:module", args=[slug]))
        expected = 200 if slug in EXPECTED_MENU[persona_name] else 403
        assert response.status_code == expected, (persona_name, slug)


def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get(reverse("core:today"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_unknown_module_is_not_found(client_as):
    assert client_as("head_of_unit").get("/m/no-existe/").status_code == 404


def test_today_shows_empty_states_that_say_what_comes_next(client_as):
    html = client_as("head_of_unit").get(reverse("core:today")).content.decode()
    assert "Agenda de hoy" in html
    assert "Pendientes de aprobación" in html
    assert "No tiene avisos" in html


def test_requester_home_has_no_agenda_or_approvals(client_as):
    html = client_as("requester").get(reverse("core:today")).content.decode()
    assert "Agenda de hoy" not in html
    assert "Pendientes de aprobación" not in html
