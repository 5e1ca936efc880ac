"""Signed-in pages kept per person until a table they read changes (heraldo.core.kept_pages, table_stamps)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from heraldo.core.table_stamps import install_table_stamps, stamped_tables, table_stamp
from heraldo.directory.models import Person, PersonalDataAccess
from heraldo.directory.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db

PERSONS = "directory:person_list"


def person_table_reads(client: Client, url: str) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    reads = [query["sql"] for query in captured.captured_queries if '"directory_person"' in query["sql"]]
    return response.content.decode(), len(reads)


def test_a_page_is_built_once_and_served_again_until_its_data_changes_by_any_path(client_as):
    PersonFactory(given_names="Rosa", surnames="Huamán Quispe")
    head = client_as("head_of_unit")
    url = reverse(PERSONS)

    head.get(url)  # the session's first page records the sign-in's start: a write, so that page is not kept
    first, reads = person_table_reads(head, url)
    assert reads and "Rosa" in first
    again, reads = person_table_reads(head, url)
    assert reads == 0 and "Rosa" in again  # kept: the person table was not read

    # A write that sends no signal, as update() and raw SQL do, still shows on the next request.
    Person.objects.filter(given_names="Rosa").update(given_names="Rosalía")
    after_update, reads = person_table_reads(head, url)
    assert reads and "Rosalía" in after_update
    with connection.cursor() as cursor:
        cursor.execute("UPDATE directory_person SET given_names = %s", ["Rosaura"])
    assert "Rosaura" in person_table_reads(head, url)[0]


def test_a_kept_page_lives_a_minute_from_its_build_not_until_the_minute_turns(client_as):
    """What depends on the clock ("vence en 5 minutos") is at most a minute old, and the clock's minute turning
    does not make every kept page cold at once (all of an office's pages rebuilt together, under load)."""
    PersonFactory(given_names="Rosa", surnames="Huamán Quispe")
    head = client_as("head_of_unit")
    url = reverse(PERSONS)
    head.get(url)  # the session's first page records the sign-in's start
    ten_seconds_before_a_minute_turns = datetime.now(UTC).replace(second=50, microsecond=0) + timedelta(minutes=1)
    with time_machine.travel(ten_seconds_before_a_minute_turns, tick=False) as clock:
        assert person_table_reads(head, url)[1]
        clock.shift(timedelta(seconds=20))  # the next minute
        assert person_table_reads(head, url)[1] == 0
        clock.shift(timedelta(seconds=41))  # 61 s after the build
        assert person_table_reads(head, url)[1]


def test_a_kept_page_is_never_shown_to_someone_else_or_after_the_roles_change(client_as, persona):
    PersonFactory(given_names="Rosa")
    url = reverse(PERSONS)
    head = client_as("head_of_unit")
    assert head.get(url).status_code == 200

    assert client_as("outsider").get(url).status_code == 403  # not the head's kept page

    persona("head_of_unit").groups.clear()
    assert head.get(url).status_code == 403


def test_a_page_that_records_each_visit_is_built_on_every_visit(client_as):
    person = PersonFactory()
    head = client_as("head_of_unit")
    url = reverse("directory:person_detail", args=[person.pk])

    for _ in range(3):
        assert head.get(url).status_code == 200
    # Ley 29733: every showing of the personal fields is traced, so the page that logs it is never served kept.
    assert PersonalDataAccess.objects.filter(person=person).count() == 3


def test_a_message_is_shown_once_even_on_a_kept_page(client_as):
    head = client_as("head_of_unit")
    url = reverse(PERSONS)
    head.get(url)
    head.get(url)  # kept now

    # A save redirects with a message; the page it lands on must show it, kept or not, and only once.
    assert head.post(reverse("core:notifications_read_all")).status_code == 302
    shown = "Todas las notificaciones quedaron como leídas."
    assert shown in head.get(url).content.decode()
    assert shown not in head.get(url).content.decode()


def test_the_bell_on_a_kept_page_follows_new_notifications(client_as, persona):
    from heraldo.core.notifications import notice_key, notify

    head = client_as("head_of_unit")
    url = reverse(PERSONS)
    head.get(url)
    head.get(url)
    notify(users=[persona("head_of_unit")], title="Nota por aprobar", action=notice_key("prueba", 1))
    assert 'data-testid="bell-count">1<' in head.get(url).content.decode()


def test_each_answer_carries_a_fresh_token_that_works(persona):
    head = Client(enforce_csrf_checks=True)
    head.force_login(persona("head_of_unit"), backend="heraldo.core.access.CachedPermissionsBackend")
    url = reverse(PERSONS)
    tokens = []
    for _ in range(2):
        html = head.get(url).content.decode()
        assert "csrf-placeholder" not in html
        tokens.append(re.search(r'"X-CSRFToken": "([^"]+)"', html).group(1))
    assert tokens[0] != tokens[1]
    # The kept page's token is accepted for a form of the person's session (a refused token answers 403).
    answer = head.post(reverse("core:notifications_read_all"), {"csrfmiddlewaretoken": tokens[1]})
    assert answer.status_code == 302


def test_other_settings_make_another_page(client_as):
    PersonFactory(given_names="Rosa")
    head = client_as("head_of_unit")
    url = reverse(PERSONS)
    head.get(url)
    with (
        override_settings(HERALDO_MUNICIPALITY_NAME="Municipalidad de Otra Parte"),
        CaptureQueriesContext(connection) as captured,
    ):
        head.get(url)
    assert any('"directory_person"' in query["sql"] for query in captured.captured_queries)


def test_every_table_of_the_application_carries_a_stamp_raised_by_the_database():
    assert install_table_stamps() == 0  # migrate installed them all
    tables = stamped_tables()
    assert {"directory_person", "work_task", "monitoring_clipping", "core_user_groups"} <= tables
    assert "django_session" not in tables

    def stamp(table: str) -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT value FROM core_changestamp WHERE name = %s", [table_stamp(table)])
            row = cursor.fetchone()
            return row[0] if row else 0  # a flush by an earlier test empties the table; the next write restores it

    before = stamp("directory_person")
    PersonFactory()
    Person.objects.update(sex="M")
    Person.objects.all().delete()
    assert stamp("directory_person") > before


def test_requests_of_one_key_build_one_at_a_time_while_other_keys_go_on():
    import threading
    import time

    from heraldo.core.one_build import OneBuildAtATime

    builds = OneBuildAtATime()
    inside: dict[str, int] = {"same": 0, "other": 0}
    most: dict[str, int] = {"same": 0, "other": 0}
    guard = threading.Lock()

    def build(key: str, group: str) -> None:
        with builds.for_key(key):
            with guard:
                inside[group] += 1
                most[group] = max(most[group], inside[group])
            time.sleep(0.02)
            with guard:
                inside[group] -= 1

    threads = [threading.Thread(target=build, args=("page", "same")) for _ in range(6)]
    threads += [threading.Thread(target=build, args=(f"page-{n}", "other")) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most["same"] == 1  # one build of a page at a time
    assert most["other"] > 1  # different pages are not held up by each other
    assert builds._locks == {}  # nothing left behind
