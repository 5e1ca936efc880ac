"""What every signed-in page shares (capabilities, the bell, the menu and its badges) is read once per change,
never on each request, and still follows every change on the very next request."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from heraldo.core import roles
from heraldo.core.models import User
from heraldo.core.notifications import notice_key, notify, resolve_action
from heraldo.core.services.users import user_update

pytestmark = pytest.mark.django_db


def queries_of(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def test_a_second_page_view_reads_neither_the_permission_tables_nor_the_counts(client_as):
    client = client_as("head_of_unit")
    client.get(reverse("core:preferences"))

    sql = " ".join(queries_of(client, reverse("core:preferences")))

    assert "auth_permission" not in sql
    assert "auth_group" not in sql
    assert "core_notification" not in sql
    assert "monitoring_alert" not in sql


def test_a_role_taken_away_closes_its_module_on_the_next_request(client_as, persona):
    client = client_as("press_officer")
    assert client.get(reverse("press:home")).status_code == 200

    user_update(
        actor=persona("system_admin"),
        user=persona("press_officer"),
        roles=[Group.objects.get(name=roles.MONITORING)],
    )

    assert client.get(reverse("press:home")).status_code in (403, 404)
    assert client.get(reverse("monitoring:home")).status_code == 200


def test_an_account_object_saved_after_a_role_change_does_not_bring_the_old_role_back(client_as, persona):
    client = client_as("press_officer")
    assert client.get(reverse("press:home")).status_code == 200
    loaded_before = User.objects.get(pk=persona("press_officer").pk)

    User.objects.get(pk=loaded_before.pk).groups.set([Group.objects.get(name=roles.MONITORING)])
    loaded_before.first_name = "Renombrada"
    loaded_before.save()

    assert client.get(reverse("press:home")).status_code in (403, 404)


def test_a_permission_removed_from_a_role_applies_to_everyone_holding_it(client_as):
    client = client_as("media_analyst")
    assert client.get(reverse("core:audit_log")).status_code in (403, 404)

    Group.objects.get(name=roles.MONITORING).permissions.add(
        Permission.objects.get(codename="view_audit_log", content_type__app_label="core")
    )

    assert client.get(reverse("core:audit_log")).status_code == 200


def bell(client) -> str:
    html = client.get(reverse("core:preferences")).content.decode()
    marker = 'data-testid="bell-count">'
    return html.split(marker, 1)[1].split("<", 1)[0] if marker in html else "0"


def test_the_bell_follows_a_new_request_to_act_and_its_resolution_at_once(client_as, persona):
    client = client_as("head_of_unit")
    assert bell(client) == "0"

    notify(users=[persona("head_of_unit")], title="Revise la nota", action=notice_key("press.release.review", 7))
    assert bell(client) == "1"

    resolve_action(notice_key("press.release.review", 7), by=persona("press_officer"))
    assert bell(client) == "0"


def test_the_bell_drops_when_the_person_reads_everything(client_as, persona, django_capture_on_commit_callbacks):
    client = client_as("head_of_unit")
    with django_capture_on_commit_callbacks(execute=True):
        notify(users=[persona("head_of_unit")], title="Aviso", about=notice_key("core.aviso", 1))
    assert bell(client) == "1"

    client.post(reverse("core:notifications_read_all"))

    assert bell(client) == "0"


def test_the_menu_marks_the_module_of_the_page_and_moves_with_it(client_as):
    client = client_as("head_of_unit")

    monitoring = client.get(reverse("monitoring:home")).content.decode()
    press = client.get(reverse("press:home")).content.decode()

    assert 'active" href="/monitoreo/" data-module="monitoreo"' in monitoring
    assert 'active" href="/prensa/" data-module="prensa"' not in monitoring
    assert 'active" href="/prensa/" data-module="prensa"' in press
