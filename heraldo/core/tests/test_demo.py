from django.contrib.auth.models import Group

from heraldo.core import roles
from heraldo.core.demo import DEMO_USERS, demo_load
from heraldo.core.models import AuditEntry, User


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
