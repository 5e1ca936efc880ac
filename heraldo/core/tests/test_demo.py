import pytest
from django.contrib.auth.models import Group

from heraldo.core import roles
from heraldo.core.demo import DEMO_USERS, demo_load
from heraldo.core.models import AuditEntry, User
from heraldo.core.permissions import has_capability

pytestmark = pytest.mark.slow


def test_demo_office_has_a_user_for_every_role_and_loads_once(db):
    demo_load()
    demo_load()
    assert User.objects.count() == len(DEMO_USERS)
    for role in roles.ALL_ROLES:
        assert Group.objects.get(name=role).user_set.exists(), role
    assert AuditEntry.objects.filter(action="core.demo.loaded").count() == 1


def test_demo_logins_work(client, db):
    from heraldo.core.demo import DEMO_PASSWORD

    demo_load()
    response = client.post("/cuenta/login/", {"login": "alcalde", "password": DEMO_PASSWORD})
    assert response.status_code == 302


def test_the_demo_administrator_manages_accounts_but_reads_no_personal_data(client, db):
    # given the demo loaded, signed in as its system administrator
    demo_load()
    admin = User.objects.get(username="admin")
    client.force_login(admin, backend="heraldo.core.access.CachedPermissionsBackend")

    # then the accounts page opens, but the Registro's personal data and the press drafts do not
    assert not admin.is_superuser
    assert client.get("/usuarios/").status_code == 200
    assert client.get("/prensa/").status_code in (302, 403, 404)
    assert not has_capability(admin, "view_personal_data")
