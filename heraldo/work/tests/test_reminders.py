"""One digest a day per person, at the hour they chose, in the bell and by e-mail; never twice."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from heraldo.core.models import AuditEntry, Notification, OutboxEmail
from heraldo.core.tests.reads import tables_written
from heraldo.work.models import ReminderPreference, Task
from heraldo.work.services.reminders import reminders_send
from heraldo.work.tests.factories import TaskFactory

pytestmark = pytest.mark.django_db

LIMA = ZoneInfo("America/Lima")


def at(hour: int, day: int = 9) -> datetime:
    return datetime(2026, 12, day, hour, 0, tzinfo=LIMA)


def test_the_digest_comes_at_the_chosen_hour_once_a_day(persona, django_capture_on_commit_callbacks):
    officer = persona("press_officer")
    ReminderPreference.objects.create(user=officer, digest_hour=9, days_ahead=1)
    TaskFactory(owner=officer, title="Nota de la feria", due_on=date(2026, 12, 10))
    TaskFactory(owner=officer, title="Vencida", due_on=date(2026, 12, 7))
    TaskFactory(owner=officer, title="Lejana", due_on=date(2026, 12, 20))
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders_send(now=at(8)) == 0
        assert reminders_send(now=at(9)) == 1
        assert reminders_send(now=at(15)) == 0
    message = OutboxEmail.objects.get(to=[officer.email])
    assert "Nota de la feria" in message.body_text and "Vencida" in message.body_text
    assert "Lejana" not in message.body_text
    assert "2 tareas" in message.subject
    assert Notification.objects.filter(recipient=officer).count() == 1


def test_the_next_day_brings_a_new_digest_and_nothing_when_nothing_is_due(persona):
    officer = persona("press_officer")
    TaskFactory(owner=officer, due_on=date(2026, 12, 9))
    assert reminders_send(now=at(8, day=9)) == 1
    assert reminders_send(now=at(8, day=10)) == 1
    Task.objects.update(status=Task.Status.DONE)
    assert reminders_send(now=at(8, day=11)) == 0


def test_an_english_speaker_gets_it_in_english(persona, django_capture_on_commit_callbacks):
    officer = persona("press_officer")
    officer.language = "en"
    officer.save()
    TaskFactory(owner=officer, due_on=date(2026, 12, 9))
    with django_capture_on_commit_callbacks(execute=True):
        reminders_send(now=at(8))
    assert "due" in OutboxEmail.objects.get().subject.lower()


def test_a_person_chooses_the_hour_and_no_email(client_as, persona):
    client = client_as("designer")
    response = client.post(
        reverse("work:reminder_preferences"), {"digest_hour": "7", "days_ahead": "2", "by_email": ""}
    )
    assert response.status_code == 302
    preference = ReminderPreference.objects.get(user=persona("designer"))
    assert (preference.digest_hour, preference.days_ahead, preference.by_email) == (7, 2, False)
    TaskFactory(owner=persona("designer"), due_on=date(2026, 12, 10))
    assert reminders_send(now=at(7)) == 1
    assert not OutboxEmail.objects.exists()


def test_an_impossible_hour_is_refused(client_as, persona):
    response = client_as("designer").post(
        reverse("work:reminder_preferences"), {"digest_hour": "25", "days_ahead": "1"}
    )
    assert response.status_code == 200
    assert not ReminderPreference.objects.filter(user=persona("designer"), digest_hour=25).exists()


def test_the_hourly_step_reads_everyones_preferences_at_once(django_assert_num_queries):
    """Fifty people with open work, none of whom wants the digest yet: two reads, whatever the head count."""
    from heraldo.core.models import User

    people = User.objects.bulk_create(
        [User(username=f"persona{n}", email=f"persona{n}@candelaria.example.pe") for n in range(50)]
    )
    Task.objects.bulk_create([Task(title=f"Tarea {p.pk}", owner=p, due_on=date(2026, 12, 9)) for p in people])
    ReminderPreference.objects.bulk_create(
        [ReminderPreference(user=p, digest_hour=10) for p in people[:25]]
    )  # the other 25 keep the default hour, 08:00
    with django_assert_num_queries(2):
        assert reminders_send(now=at(7)) == 0
    assert ReminderPreference.objects.count() == 25  # nothing written for people whose hour has not come
    # at 08:00 the 25 on the default hour get theirs, the other 25 still wait for 10:00
    assert reminders_send(now=at(8)) == 25
    with django_assert_num_queries(2):
        assert reminders_send(now=at(9)) == 0  # everyone due has had today's


def test_the_page_shows_the_defaults_without_saving_them_and_the_first_save_keeps_her_choice(client_as, persona):
    # given a designer who never opened her reminder settings
    client = client_as("designer")
    client.get("/")  # signing in records the session; only the page below is under test
    url = reverse("work:reminder_preferences")

    # when she opens the page
    with tables_written() as written:
        page = client.get(url)

    # then she sees the defaults, and nothing was written
    assert page.status_code == 200 and '<option value="8" selected>08:00</option>' in page.content.decode()
    assert written == set()
    # and her first save keeps her choice, audited as a change from those defaults
    client.post(url, {"digest_hour": "7", "days_ahead": "1", "by_email": "on"})
    assert ReminderPreference.objects.get(user=persona("designer")).digest_hour == 7
    assert AuditEntry.objects.get(action="work.reminders.updated").changes == {"digest_hour": [8, 7]}
