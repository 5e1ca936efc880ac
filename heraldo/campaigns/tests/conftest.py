import pytest

from heraldo.campaigns.tests.factories import RENTAS


@pytest.fixture
def rentas(persona):
    """The requester persona, from the Gerencia de Administración Tributaria (Rentas)."""
    user = persona("requester")
    user.requesting_unit = RENTAS
    user.save(update_fields=["requesting_unit"])
    return user


@pytest.fixture
def other_unit(db):
    from conftest import PERSONAS, make_user

    return make_user("salud", PERSONAS["requester"], requesting_unit="Subgerencia de Salud")
