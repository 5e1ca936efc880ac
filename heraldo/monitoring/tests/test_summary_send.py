"""Sending the síntesis from its page asks first: how many Alcaldía and Gerencia accounts get it, and a test to me."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from conftest import make_user
from heraldo.core import roles
from heraldo.core.models import OutboxEmail
from heraldo.core.tests.mass_send import confirm_send
from heraldo.monitoring.models import DailySummary

pytestmark = pytest.mark.django_db


def test_the_summary_page_counts_its_readers_and_sends_only_when_confirmed(client_as, persona, watchlist):
    persona("mayor")
    make_user("gerente", roles.AUTHORITIES)
    without_address = make_user("sin_correo", roles.AUTHORITIES)
    without_address.email = ""
    without_address.save()
    day = timezone.localdate() - timedelta(days=1)
    client = client_as("media_analyst")
    url = reverse("monitoring:summary_send", args=[day.isoformat()])

    page = client.get(url).content.decode()
    assert "Se enviará a 2 destinatarios" in page and "mayor@candelaria.example.pe" in page
    assert "Síntesis informativa" in page  # the subject

    client.post(url, {"send": "1"})
    assert OutboxEmail.objects.count() == 0
    assert not DailySummary.objects.filter(date=day, status="sent").exists()

    client.post(url, {"test": "1"})
    (test,) = OutboxEmail.objects.all()
    assert test.to == [persona("media_analyst").email] and test.subject.startswith("[Prueba] ")
    assert test.attachments.count() == 1  # the PDF, as the Mayor will get it

    confirm_send(client, url)
    assert OutboxEmail.objects.filter(key__startswith="monitoring-summary-").count() == 2
    assert DailySummary.objects.get(date=day).status == "sent"
