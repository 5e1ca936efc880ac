"""Police and military grades: recorded in the Registro, read by the precedence engine, so
officers of the same cargo are ordered by grade and then by seniority in it."""

from datetime import date

import pytest
from django.urls import reverse

from heraldo.ceremonial.models import Guest
from heraldo.ceremonial.precedence import Branch
from heraldo.ceremonial.protocol import plan_for_event
from heraldo.ceremonial.services.ceremony import guests_add
from heraldo.ceremonial.tests.factories import EventFactory, PersonFactory, lima
from heraldo.ceremonial.tests.precedence.cast import REGION, mayor, person, plan_for
from heraldo.directory import military_grades
from heraldo.directory.models import Entity, Position, Term


def _level(code: str) -> int:
    found = military_grades.grade(code)
    assert found is not None
    return found.level


# ------------------------------------------------------------------------ the scales as data


def test_each_branch_scale_descends_and_equivalent_grades_share_a_level():
    for branch in military_grades.BRANCHES:
        levels = [g.level for g in military_grades.GRADES if g.branch == branch.code]
        assert levels == sorted(levels, reverse=True) and len(set(levels)) == len(levels), branch.code
    colonels = ("EJERCITO_CORONEL", "MARINA_CAPITAN_DE_NAVIO", "FUERZA_AEREA_CORONEL", "PNP_CORONEL")
    assert len({_level(code) for code in colonels}) == 1
    assert _level("PNP_COMANDANTE") > _level("PNP_MAYOR") > _level("PNP_CAPITAN") > _level("PNP_SUBOFICIAL_SUPERIOR")
    assert military_grades.grade_title("MARINA_CAPITAN_DE_NAVIO") == "Capitán de Navío MGP"
    assert {g.branch for g in military_grades.GRADES} == {b.value for b in Branch}


# ------------------------------------------------------------------------ the engine


def _comisario(id, grade_code, since):
    grade = military_grades.grade(grade_code) if grade_code else None
    return person(
        id,
        "COMISARIO_PNP",
        jurisdiction=REGION,
        military_branch=Branch.PNP,
        military_grade=grade.level if grade else None,
        date_of_grade=since,
    )


def test_comisarios_are_ordered_by_grade_then_by_seniority_in_it():
    # given three comisarios PNP, listed most junior first
    junior = _comisario("mayor_pnp", "PNP_MAYOR", date(2018, 1, 1))
    newer = _comisario("comandante_nuevo", "PNP_COMANDANTE", date(2024, 1, 1))
    older = _comisario("comandante_antiguo", "PNP_COMANDANTE", date(2021, 1, 1))
    # when the engine ranks them
    plan = plan_for([mayor(), junior, newer, older])
    # then grade first, seniority in the grade second, and nothing is missing
    assert plan.precedence[1:] == ("comandante_antiguo", "comandante_nuevo", "mayor_pnp")
    assert "precedence.class_data_missing" not in plan.warning_codes


def test_a_comisario_without_grade_is_warned_and_placed_after_his_peers():
    plan = plan_for([mayor(), _comisario("sin_grado", None, None), _comisario("capitan", "PNP_CAPITAN", None)])
    assert plan.precedence[1:] == ("capitan", "sin_grado")
    assert "precedence.class_data_missing" in plan.warning_codes


# ------------------------------------------------------------------------ end to end


def _comisaria(name: str, surname: str) -> Entity:
    entity = Entity.objects.create(name=f"Comisaría {name}", kind="POLICIA", level="DISTRITAL", ubigeo="270103")
    position = Position.objects.create(
        entity=entity, title="Comisario", title_feminine="Comisaria", office_code="COMISARIO_PNP", jurisdiction="270103"
    )
    officer = PersonFactory(given_names="Luis", surnames=surname, sex="M")
    Term.objects.create(position=position, person=officer, starts_on=date(2024, 1, 1))
    return officer


@pytest.mark.django_db
def test_a_grade_recorded_in_the_registry_orders_the_plan_and_clears_the_warning(client_as):
    # Given our Mayor and two comisarios PNP on the list of an act, with no grades recorded
    municipality = Entity.objects.create(
        name="Municipalidad Distrital de Candelaria",
        kind="MUNICIPALIDAD",
        level="DISTRITAL",
        ubigeo="270103",
        is_own_municipality=True,
    )
    alcalde = PersonFactory(given_names="Ramiro", surnames="Quispe", sex="M")
    Term.objects.create(
        position=Position.objects.create(
            entity=municipality, title="Alcalde", office_code="ALCALDE_DISTRITAL", jurisdiction="270103"
        ),
        person=alcalde,
        starts_on=date(2023, 1, 1),
    )
    aguirre = _comisaria("Centro", "Aguirre")
    zegarra = _comisaria("Norte", "Zegarra")
    event = EventFactory(title="Izamiento", event_type="IZAMIENTO", starts_at=lima(2026, 12, 13, 8))
    guests_add(actor=None, event=event, persons=[alcalde, aguirre, zegarra])
    client = client_as("head_of_unit")
    precedence_url = reverse("ceremonial:precedence", args=[event.pk])
    assert "Falta el grado de Luis Zegarra" in client.get(precedence_url).content.decode()

    # When the protocol officer records their grades in the person form (offered by branch)
    form = client.get(reverse("directory:person_update", args=[zegarra.pk])).content.decode()
    assert '<optgroup label="Policía Nacional del Perú">' in form and "Comandante" in form
    for officer, grade, since in ((aguirre, "PNP_MAYOR", "2019-01-01"), (zegarra, "PNP_COMANDANTE", "2024-01-01")):
        response = client.post(
            reverse("directory:person_update", args=[officer.pk]),
            {
                "given_names": officer.given_names,
                "surnames": officer.surnames,
                "sex": "M",
                "military_branch": "PNP",
                "military_grade": grade,
                "date_of_grade": since,
                "is_active": "on",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]

    # Then the Comandante precedes the Mayor PNP (alphabetically first) and the warning is gone
    event_plan = plan_for_event(event)
    ranked = [event_plan.guest(i).person for i in event_plan.plan.precedence]
    assert ranked.index(zegarra) < ranked.index(aguirre)
    html = client.get(precedence_url).content.decode()
    assert "Falta el grado" not in html
    assert Guest.objects.filter(event=event).count() == 3


@pytest.mark.django_db
def test_a_grade_of_another_branch_is_refused_in_spanish(client_as):
    officer = PersonFactory(given_names="Luis", surnames="Zegarra", sex="M")
    response = client_as("head_of_unit").post(
        reverse("directory:person_update", args=[officer.pk]),
        {
            "given_names": "Luis",
            "surnames": "Zegarra",
            "military_branch": "MARINA",
            "military_grade": "PNP_CORONEL",
            "is_active": "on",
        },
    )
    assert "El grado Coronel no es de Marina de Guerra del Perú." in response.content.decode()
    officer.refresh_from_db()
    assert officer.military_grade == ""
