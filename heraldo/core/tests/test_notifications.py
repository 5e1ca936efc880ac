"""Notifications that ask to act resolve for everyone they were sent to when the act is done; the bell counts
only what still needs its reader."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from conftest import make_user
from heraldo.core import roles
from heraldo.core.models import Notification
from heraldo.core.notifications import (
    mark_read,
    notice_key,
    notify,
    pending_notifications,
    reopen_action,
    resolve_action,
)

pytestmark = pytest.mark.django_db

KEY = notice_key("press.release.review", 7)


def bell(client) -> int:
    found = re.search(r'data-testid="bell-count">(\d+)', client.get(reverse("core:notifications")).content.decode())
    return int(found.group(1)) if found else 0


@pytest.fixture
def three_heads(db):
    return [make_user(f"jefa{n}", roles.HEAD_OF_UNIT) for n in range(3)]


def ask(users, key=KEY):
    notify(users=users, title="Nota por aprobar: %(headline)s", title_params={"headline": "Feria"}, action=key)


def test_a_request_to_act_is_written_with_the_act_and_counts_until_resolved_even_when_read(three_heads):
    # given a request sent to three heads of unit (no job to wait for: it is written at once)
    ask(three_heads)
    first = three_heads[0]
    assert pending_notifications(first).count() == 1
    # when the first one opens it, it is read but still to do
    Notification.objects.filter(recipient=first).update(read_at=timezone.now())
    assert pending_notifications(first).count() == 1


def test_one_person_acting_resolves_it_for_all_three_in_one_update(three_heads, django_assert_num_queries):
    ask(three_heads)
    ask(three_heads, key=notice_key("press.release.review", 8))  # another release, still waiting
    approver = three_heads[1]
    # when one of them approves (one UPDATE of the notices, one of the bell's change stamp)
    with django_assert_num_queries(2):
        resolved = resolve_action(KEY, by=approver, resolution="Nota aprobada")
    # then every recipient's notice of that act is done, by that person; the other release still asks
    assert resolved == 3
    for head in three_heads:
        notice = Notification.objects.get(recipient=head, subject_key=KEY)
        assert notice.resolved_by == approver and notice.resolution == "Nota aprobada"
        assert pending_notifications(head).count() == 1


def test_the_bell_drops_for_each_recipient_and_a_resolved_notice_never_counts_again(three_heads, client):
    ask(three_heads)
    clients = []
    for head in three_heads:
        signed_in = type(client)()
        signed_in.force_login(head, backend="heraldo.core.access.CachedPermissionsBackend")
        clients.append(signed_in)
    assert [bell(c) for c in clients] == [1, 1, 1]
    resolve_action(KEY, by=three_heads[0], resolution="Nota aprobada")
    assert [bell(c) for c in clients] == [0, 0, 0]
    # marking everything read, or resolving again, changes nothing: it stays done, with its first resolution
    clients[2].post(reverse("core:notifications_read_all"))
    assert resolve_action(KEY, by=three_heads[2], resolution="Nota publicada") == 0
    Notification.objects.filter(subject_key=KEY).update(read_at=None)
    assert [bell(c) for c in clients] == [0, 0, 0]
    assert set(Notification.objects.values_list("resolution", flat=True)) == {"Nota aprobada"}


def test_a_notice_that_only_informs_counts_until_read(persona, client_as, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notify(users=[persona("press_officer")], title="Su nota fue publicada")
    officer = client_as("press_officer")
    assert bell(officer) == 1
    notice = Notification.objects.get()
    assert not notice.asks_action
    officer.post(reverse("core:notification_open", args=[notice.pk]))
    assert bell(officer) == 0


def test_resolving_for_some_recipients_leaves_the_others_asked(three_heads):
    ask(three_heads)
    resolve_action(KEY, by=None, resolution="Tarea reasignada a otra persona", recipients=three_heads[:1])
    assert [pending_notifications(head).count() for head in three_heads] == [0, 1, 1]


def test_undoing_the_act_reopens_only_what_it_resolved(three_heads):
    ask(three_heads)
    resolve_action(KEY, by=None, resolution="Tarea reasignada a otra persona", recipients=three_heads[:1])
    resolve_action(KEY, by=three_heads[1], resolution="Tarea cumplida")
    reopen_action(KEY, resolution="Tarea cumplida")
    assert [pending_notifications(head).count() for head in three_heads] == [0, 1, 1]


def test_mark_read_reads_only_that_readers_notice(three_heads):
    notify(users=three_heads, title="Alerta de prensa", about="monitoring.alert:3")
    mark_read("monitoring.alert:3", reader=three_heads[0])
    assert [pending_notifications(head).count() for head in three_heads] == [0, 1, 1]


def test_the_page_lists_what_needs_action_first_and_shows_who_resolved_the_rest(three_heads, client):
    # given an old request still waiting, and a newer one already done
    ask(three_heads, key="a:1")
    Notification.objects.filter(subject_key="a:1").update(created_at=timezone.now() - timedelta(days=3))
    ask(three_heads, key="a:2")
    resolve_action("a:2", by=three_heads[1], resolution="Nota aprobada", now=datetime(2026, 11, 28, 15, tzinfo=UTC))
    client.force_login(three_heads[0], backend="heraldo.core.access.CachedPermissionsBackend")
    page = client.get(reverse("core:notifications")).content.decode()
    rows = page.split('data-testid="notification"')[1:]
    # then the waiting one comes first, marked to do; the done one says how, by whom and when (Lima's date)
    assert 'data-testid="notification-pending"' in rows[0]
    assert f"Nota aprobada · Resuelta por {three_heads[1]} el 28/11/2026" in rows[1]
    # and the API says the same
    api = client.get("/api/v1/notifications/").json()["results"]
    done = next(row for row in api if row["resolved_at"])
    assert done["resolution"] == "Nota aprobada" and done["resolved_by"] == str(three_heads[1])
    assert done["asks_action"] and not done["needs_attention"]


def test_an_english_reader_sees_the_resolution_in_english(three_heads, client):
    ask(three_heads)
    resolve_action(KEY, by=three_heads[1], resolution="Nota aprobada")
    english = three_heads[0]
    english.language = "en"
    english.save(update_fields=["language"])
    client.force_login(english, backend="heraldo.core.access.CachedPermissionsBackend")
    page = client.get(reverse("core:notifications"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f"Release approved · Resolved by {three_heads[1]}" in page


def test_nobody_sees_or_opens_another_persons_notice(three_heads, client):
    ask(three_heads[:1])
    notice = Notification.objects.get()
    client.force_login(three_heads[1], backend="heraldo.core.access.CachedPermissionsBackend")
    assert client.post(reverse("core:notification_open", args=[notice.pk])).status_code == 404
    assert client.get(f"/api/v1/notifications/{notice.pk}/").status_code == 404
    assert "Feria" not in client.get(reverse("core:notifications")).content.decode()
