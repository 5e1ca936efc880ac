"""A protocol officer, as a new user would, after an election, in a real Chromium."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from conftest import PERSONAS, make_user, sign_in
from heraldo.directory.models import Position, Term
from heraldo.directory.selectors import current_holder

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(settings.VAR_DIR) / "screenshots"
NEW_COUNCIL = [
    ("Alcalde", "Maribel", "Chura Ticona", "F"),
    ("Regidor", "Ernesto", "Salas Huanca", "M"),
    ("Regidor", "Lucía", "Mendoza Paz", "F"),
    ("Regidor", "Iván", "Cáceres Ruiz", "M"),
    ("Regidor", "Nora", "Pineda Vela", "F"),
    ("Regidor", "Hernán", "Ojeda Cruz", "M"),
    ("Regidor", "Diana", "Rivas Loza", "F"),
    ("Regidor", "Ramiro", "Quispe Soto", "M"),
]


def test_protocol_officer_replaces_the_whole_council_in_one_sitting(browser_page):
    from heraldo.directory.demo import load_directory_demo

    load_directory_demo(None)
    officer = make_user("protocol_officer", PERSONAS["protocol_officer"])
    elected = list(
        Position.objects.filter(
            entity__is_own_municipality=True, office_code__regex=r"^(ALCALDE|TENIENTE|REGIDOR)_"
        ).order_by("order_in_entity")
    )
    today = timezone.localdate()
    before = {position.pk: current_holder(position, on=today).person.full_name for position in elected}
    page = browser_page
    page.set_viewport_size({"width": 1366, "height": 900})
    sign_in(page, officer.username)

    # from the menu to the municipality, the way a newcomer finds it
    page.locator("[data-module=registro]").click()
    page.get_by_role("link", name="Entidades", exact=True).first.click()
    page.get_by_role("textbox", name="Buscar", exact=True).fill("santa candelaria")
    page.get_by_role("button", name="Filtrar").click()
    page.get_by_role("link", name="Municipalidad Distrital de Santa Candelaria del Mar", exact=True).click()
    page.get_by_role("link", name="Cambio de autoridades").click()

    starts_on = today + timedelta(days=30)
    page.get_by_label("Las nuevas autoridades asumen el").fill(starts_on.isoformat())
    page.get_by_label("Documento de sustento").fill("Credenciales del JEE de Puerto Alto")
    rows = page.locator("fieldset.authority-row")
    assert rows.count() == len(NEW_COUNCIL)
    for index, (title, given, surnames, sex) in enumerate(NEW_COUNCIL):
        row = rows.nth(index)
        assert title in row.locator("legend").inner_text()
        row.get_by_label("Nombres").fill(given)
        row.get_by_label("Apellidos").fill(surnames)
        row.get_by_label("Sexo (tratamiento)").select_option(sex)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "registro-cambio-autoridades.png"), full_page=True)
    page.get_by_role("button", name="Registrar el cambio de autoridades").click()
    page.wait_for_selector("text=Se registraron 8 nuevas autoridades")

    for position, (_title, given, surnames, _sex) in zip(elected, NEW_COUNCIL, strict=True):
        assert current_holder(position, on=starts_on).person.full_name == f"{given} {surnames}"
        old = Term.objects.get(
            position=position, person__terms__position=position, ends_on=starts_on - timedelta(days=1)
        )
        assert old.person.full_name == before[position.pk]

    # the old Mayor is still in the cargo's history
    page.get_by_role("link", name="Alcalde", exact=True).click()
    history = page.locator("table").inner_text()
    assert before[elected[0].pk] in history and "Maribel Chura Ticona" in history
    assert (starts_on - timedelta(days=1)).strftime("%d/%m/%Y") in history
    assert date(2019, 1, 1).strftime("%d/%m/%Y") in history  # the term before that one, too
