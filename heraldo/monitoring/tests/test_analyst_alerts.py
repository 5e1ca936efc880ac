"""The media analyst receives the alerts too, in the bell and by e-mail, and the bell follows the alerts page:
marking an alert seen reads its notice, and a correction that withdraws the alert settles it for everyone."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from heraldo.core.models import Notification, OutboxEmail
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Alert, AlertPreference, DeliveryMode, Tone

pytestmark = pytest.mark.django_db

NEGATIVE_MAYOR = "Vecinos denuncian que el alcalde Jorge Cárdenas abandonó la obra del mercado, paralizada hace un año."


def bell(client) -> int:
    found = re.search(r'data-testid="bell-count">(\d+)', client.get(reverse("core:notifications")).content.decode())
    return int(found.group(1)) if found else 0


def mailed(user) -> bool:
    return any(user.email in email.to for email in OutboxEmail.objects.all())


@pytest.fixture
def alerted_story(watchlist, mayor_rule, persona, django_capture_on_commit_callbacks):
    persona("media_analyst"), persona("mayor")  # both accounts exist before the story arrives
    with django_capture_on_commit_callbacks(execute=True):
        clipping, _ = clipping_store(title="Obra abandonada", published_at=timezone.now(), body_text=NEGATIVE_MAYOR)
    return clipping


def test_the_analyst_gets_the_alert_in_the_bell_and_by_email(client_as, persona, alerted_story):
    # given a negative story about the Mayor that matched the rule
    analyst = persona("media_analyst")
    # then the analyst, like the Mayor, has it in the bell and in the outbox
    notice = Notification.objects.get(recipient=analyst)
    assert "Obra abandonada" in notice.shown_title
    assert notice.url == reverse("monitoring:clipping_detail", args=[alerted_story.pk])
    assert mailed(analyst)
    assert bell(client_as("media_analyst")) == 1
    assert Notification.objects.filter(recipient=persona("mayor")).count() == 1


def test_an_analyst_who_wants_no_email_gets_only_the_bell(
    persona, watchlist, mayor_rule, django_capture_on_commit_callbacks
):
    # given an analyst whose channel says: no e-mail
    analyst = persona("media_analyst")
    AlertPreference.objects.create(user=analyst, email_mode=DeliveryMode.NONE)
    # when a story alerts
    with django_capture_on_commit_callbacks(execute=True):
        clipping_store(title="Obra abandonada", published_at=timezone.now(), body_text=NEGATIVE_MAYOR)
    # then the bell has it and the outbox has nothing for them
    assert Notification.objects.filter(recipient=analyst).count() == 1
    assert not mailed(analyst)


def test_marking_the_alert_seen_reads_its_notice_for_that_person_only(client_as, persona, alerted_story):
    analyst = client_as("media_analyst")
    alerts = list(alerted_story.alerts.values_list("pk", flat=True))
    # when the analyst marks the alert seen on the alerts page
    analyst.post(reverse("monitoring:alerts_seen"), {"alert": alerts})
    # then their bell no longer counts it, and the Mayor's still does
    assert bell(analyst) == 0
    assert Notification.objects.get(recipient=persona("media_analyst")).read_at is not None
    assert bell(client_as("mayor")) == 1


def test_a_correction_that_withdraws_the_alert_settles_it_in_every_bell(client_as, persona, alerted_story):
    analyst = client_as("media_analyst")
    # when the analyst corrects the story's tone to positive, so the rule no longer matches
    response = analyst.post(reverse("monitoring:clipping_tone", args=[alerted_story.pk]), {"tone": Tone.POSITIVE})
    assert response.status_code in (200, 302)
    assert Alert.objects.get(clipping=alerted_story).withdrawn_at is not None
    # then neither bell counts it, and the notice says it was withdrawn and by whom
    assert bell(analyst) == 0 and bell(client_as("mayor")) == 0
    page = client_as("mayor").get(reverse("core:notifications")).content.decode()
    assert "Alerta retirada" in page
    assert f"Resuelta por {persona('media_analyst')}" in page
    # and undoing the correction makes it count again
    analyst.post(reverse("monitoring:clipping_tone", args=[alerted_story.pk]), {"tone": Tone.NEGATIVE})
    assert bell(client_as("mayor")) == 1
