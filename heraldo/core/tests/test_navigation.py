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
        "opinion",
        "publicidad",
        "encargos",
        "auditoria",
        "trabajos",
        "estado",
        "reportes",
    },
    "press_officer": {"agenda", "registro", "prensa", "campanas", "monitoreo", "opinion", "publicidad", "encargos"},
    "protocol_officer": {"agenda", "registro", "prensa", "encargos"},
    "designer": {"prensa", "campanas", "publicidad", "encargos"},
    "media_analyst": {"registro", "monitoreo", "opinion", "encargos", "reportes"},
    "mayor": {"agenda", "prensa", "campanas", "monitoreo", "opinion", "publicidad", "reportes"},
    "requester": {"campanas"},
    "system_admin": {"usuarios", "auditoria", "trabajos", "estado"},
    "outsider": set(),
}


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


def test_no_placeholder_page_promises_what_does_not_exist(client_as):
    # given the head of unit, whose role reaches every module
    client = client_as("head_of_unit")

    # when they open Hoy and search for a module by name
    home = client.get(reverse("core:today")).content.decode()
    found = client.get(reverse("core:search"), {"q": "reportes"}).content.decode()

    # then no placeholder page of the old kind is offered
    assert "todavía no tiene registros" not in home + found
    assert "Funciones del ROF" not in home + found
    assert client.get("/m/campanas/").status_code == 404


def test_a_module_appears_once_its_app_registers_it(client_as, monkeypatch):
    # given an app that registers a module of its own
    from django.utils.translation import gettext_lazy

    from heraldo.core import navigation

    monkeypatch.setattr(navigation, "_MODULES", dict(navigation._MODULES))
    navigation.register_module(
        navigation.Module(
            "archivo",
            gettext_lazy("Archivo"),
            "archive",
            ("access_reports",),
            "core:today",
            gettext_lazy("Archivo"),
            position=70,
        )
    )

    # when a role with that module opens Hoy
    html = client_as("media_analyst").get(reverse("core:today")).content.decode()

    # then the menu lists it, after the modules before it
    assert "archivo" in menu_entries(html)


def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get(reverse("core:today"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_today_shows_empty_states_that_say_what_comes_next(client_as):
    html = client_as("head_of_unit").get(reverse("core:today")).content.decode()
    assert "Agenda de hoy" in html
    assert "Pendientes de aprobación" in html
    assert "No tiene avisos" in html


def test_requester_home_has_no_agenda_or_approvals(client_as):
    html = client_as("requester").get(reverse("core:today")).content.decode()
    assert "Agenda de hoy" not in html
    assert "Pendientes de aprobación" not in html
