"""The change of authorities after an election."""

from datetime import date

import pytest
from django.urls import reverse

from heraldo.core.models import AuditEntry
from heraldo.directory.models import Person, Term
from heraldo.directory.selectors import current_holder
from heraldo.directory.tests.factories import EntityFactory, PersonFactory, PositionFactory, TermFactory


@pytest.fixture
def council(db):
    municipality = EntityFactory(name="Municipalidad Distrital de Prueba", is_own_municipality=True)
    mayor = PositionFactory(entity=municipality, title="Alcalde", office_code="ALCALDE_DISTRITAL", order_in_entity=1)
    councillors = [
        PositionFactory(entity=municipality, title="Regidor", office_code="REGIDOR_DISTRITAL", order_in_entity=n)
        for n in range(2, 5)
    ]
    manager = PositionFactory(entity=municipality, title="Gerente", office_code="GERENTE_MUNICIPAL", order_in_entity=9)
    for position in [mayor, *councillors, manager]:
        TermFactory(position=position, starts_on=date(2023, 1, 1))
    return municipality, mayor, councillors, manager


def _post_data(positions, names, starts_on="2027-01-01"):
    data = {
        "starts_on": starts_on,
        "source_document": "Credenciales JEE Puerto Alto",
        "cargo-TOTAL_FORMS": str(len(positions)),
        "cargo-INITIAL_FORMS": str(len(positions)),
    }
    for index, (position, (given, surnames, sex)) in enumerate(zip(positions, names, strict=True)):
        data.update(
            {
                f"cargo-{index}-position_id": position.pk,
                f"cargo-{index}-given_names": given,
                f"cargo-{index}-surnames": surnames,
                f"cargo-{index}-sex": sex,
            }
        )
    return data


def test_all_elected_cargos_change_in_one_sitting_and_old_holders_stay_in_history(client_as, council):
    municipality, mayor, councillors, manager = council
    previous = {p.pk: current_holder(p, on=date(2026, 12, 31)).person for p in [mayor, *councillors]}
    existing = PersonFactory(given_names="Rocío", surnames="Zapata León")
    names = [("Ana", "Quispe Mamani", "F"), ("rocio", "ZAPATA LEON", "F"), ("", "", ""), ("Luis", "Paz", "M")]
    client = client_as("protocol_officer")
    page = client.get(reverse("directory:authorities_replace", args=[municipality.pk])).content.decode()
    assert "Gerente" not in page  # appointed officials are not part of the election by default
    response = client.post(
        reverse("directory:authorities_replace", args=[municipality.pk]), _post_data([mayor, *councillors], names)
    )
    assert response.status_code == 302
    new_day = date(2027, 1, 1)
    assert current_holder(mayor, on=new_day).person.full_name == "Ana Quispe Mamani"
    # an existing person is recognised whatever the accents and case
    assert current_holder(councillors[0], on=new_day).person == existing
    # an empty row keeps its holder
    assert current_holder(councillors[1], on=new_day).person == previous[councillors[1].pk]
    for position in (mayor, councillors[0], councillors[2]):
        old = Term.objects.get(position=position, person=previous[position.pk])
        assert old.ends_on == date(2026, 12, 31)
        assert current_holder(position, on=date(2026, 12, 31)).person == previous[position.pk]
    assert Term.objects.get(position=mayor, starts_on=new_day).source_document == "Credenciales JEE Puerto Alto"
    entry = AuditEntry.objects.get(action="directory.authorities.replaced")
    assert entry.target_id == str(municipality.pk) and len(entry.changes) == 3


def test_half_written_rows_change_nothing_and_say_why(client_as, council):
    municipality, mayor, councillors, _manager = council
    names = [("Ana", "Quispe", "F"), ("Solo nombre", "", ""), ("", "", ""), ("", "", "")]
    response = client_as("protocol_officer").post(
        reverse("directory:authorities_replace", args=[municipality.pk]), _post_data([mayor, *councillors], names)
    )
    assert "Escriba nombres y apellidos de la nueva autoridad" in response.content.decode()
    assert Term.objects.filter(ends_on__isnull=False).count() == 0
    assert not Person.objects.filter(surnames="Quispe").exists()


def test_an_empty_sitting_is_refused(client_as, council):
    municipality, mayor, councillors, _manager = council
    names = [("", "", "")] * 4
    response = client_as("protocol_officer").post(
        reverse("directory:authorities_replace", args=[municipality.pk]), _post_data([mayor, *councillors], names)
    )
    assert "No escribió ninguna nueva autoridad" in response.content.decode()


def test_only_managers_of_the_registry_can_change_authorities(client_as, council):
    municipality = council[0]
    for name in ("media_analyst", "mayor", "outsider"):
        response = client_as(name).get(reverse("directory:authorities_replace", args=[municipality.pk]))
        assert response.status_code in (403, 404), name


def test_a_single_new_authority_is_announced_in_the_singular(client_as, council):
    # given a council where only the mayor changes
    municipality, mayor, councillors, _manager = council
    names = [("Ana", "Quispe Mamani", "F")] + [("", "", "")] * len(councillors)

    # when protocol records the change
    response = client_as("protocol_officer").post(
        reverse("directory:authorities_replace", args=[municipality.pk]),
        _post_data([mayor, *councillors], names),
        follow=True,
    )

    # then the confirmation agrees in number
    html = response.content.decode()
    assert "Se registró 1 nueva autoridad." in html
    assert "1 nuevas autoridades" not in html
