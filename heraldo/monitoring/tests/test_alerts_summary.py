"""Alerts to the Mayor and the Manager, and the síntesis informativa (page, PDF, morning job)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from heraldo.core.models import Notification, OutboxEmail
from heraldo.core.outbox import outbox_drain
from heraldo.core.tests.reads import tables_written
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import (
    Alert,
    AlertMode,
    AlertPreference,
    AlertRule,
    AlertTarget,
    AlertTone,
    Clipping,
    DailySummary,
    DeliveryMode,
)
from heraldo.monitoring.services.alerts import alerts_evaluate, alerts_send_digest
from heraldo.monitoring.services.summary import (
    monitoring_morning_summary,
    monitoring_morning_summary_if_due,
    summary_get_or_create,
    summary_period,
)

NEGATIVE_MAYOR = (
    "Vecinos denuncian que el alcalde Jorge Cárdenas abandonó la obra del mercado, paralizada desde hace un año."
)


def test_a_negative_mention_of_the_mayor_alerts_the_mayor_once(
    persona, watchlist, mayor_rule, django_capture_on_commit_callbacks
):
    # given the Mayor and an analyst
    mayor = persona("mayor")
    analyst = persona("media_analyst")
    # when a negative story about the Mayor arrives, and is evaluated again (retry)
    with django_capture_on_commit_callbacks(execute=True):
        clipping, _ = clipping_store(title="Obra abandonada", published_at=timezone.now(), body_text=NEGATIVE_MAYOR)
        alerts_evaluate(clipping=clipping)
    # then one alert, and one notification and one e-mail for each of them (the analyst watches the press too)
    assert Alert.objects.count() == 1
    assert sorted(Notification.objects.values_list("recipient", flat=True)) == sorted([mayor.pk, analyst.pk])
    assert OutboxEmail.objects.count() == 2
    outbox_drain()
    outbox_drain()
    assert sorted(m.to for m in mail.outbox) == sorted([[mayor.email], [analyst.email]])
    assert "Obra abandonada" in mail.outbox[0].subject
    assert reverse("monitoring:clipping_detail", args=[clipping.pk]) in mail.outbox[0].body


def test_positive_news_and_old_backfill_do_not_alert(
    persona, watchlist, mayor_rule, django_capture_on_commit_callbacks
):
    persona("mayor")
    with django_capture_on_commit_callbacks(execute=True):
        clipping_store(
            title="Parque",
            published_at=timezone.now(),
            body_text="El alcalde Jorge Cárdenas inauguró con éxito el parque.",
        )
        clipping_store(title="Archivo", published_at=timezone.now() - timedelta(days=30), body_text=NEGATIVE_MAYOR)
    assert not Alert.objects.exists()


def test_mail_server_down_keeps_the_alert_for_later(
    persona, watchlist, mayor_rule, settings, django_capture_on_commit_callbacks
):
    persona("mayor")
    quiet_analyst(persona)
    settings.EMAIL_BACKEND = "heraldo.monitoring.tests.test_alerts_summary.BrokenBackend"
    with django_capture_on_commit_callbacks(execute=True):
        clipping_store(title="Obra abandonada", published_at=timezone.now(), body_text=NEGATIVE_MAYOR)
    assert OutboxEmail.objects.filter(key__startswith="monitoring-alert-", sent_at=None).count() == 1
    assert outbox_drain() == 0
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboxEmail.objects.update(next_attempt_at=timezone.now())
    assert outbox_drain() == 1
    assert len(mail.outbox) == 1


def quiet_analyst(persona):
    """The analyst reads alerts on the alerts page only: no e-mail, no notice (their channels say so)."""
    AlertPreference.objects.create(
        user=persona("media_analyst"), email_mode=DeliveryMode.NONE, app_mode=DeliveryMode.NONE
    )


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP caído")


def test_digest_rules_wait_for_the_hourly_send(persona, watchlist, django_capture_on_commit_callbacks):
    persona("mayor")
    quiet_analyst(persona)
    AlertRule.objects.create(
        name="Municipalidad", target=AlertTarget.MUNICIPALITY, tone=AlertTone.ANY, mode=AlertMode.DIGEST
    )
    with django_capture_on_commit_callbacks(execute=True):
        clipping_store(
            title="Concejo",
            published_at=timezone.now(),
            body_text="La Municipalidad Distrital de Santa Candelaria del Mar sesionará el lunes.",
        )
    assert Alert.objects.filter(delivered_at=None).count() == 1
    assert not Notification.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        assert alerts_send_digest() == 2  # the Mayor's e-mail and in-app notice
    assert alerts_send_digest() == 0
    assert Notification.objects.count() == 1
    assert OutboxEmail.objects.filter(key__startswith="monitoring-alert-").count() == 1
    assert Alert.objects.filter(delivered_at=None).count() == 0


def test_a_story_about_the_municipality_alerts_its_rule_and_one_only_set_in_the_district_does_not(
    persona, watchlist, django_capture_on_commit_callbacks
):
    persona("mayor")
    quiet_analyst(persona)
    AlertRule.objects.create(
        name="Municipalidad", target=AlertTarget.MUNICIPALITY, tone=AlertTone.ANY, mode=AlertMode.DIGEST
    )
    with django_capture_on_commit_callbacks(execute=True):
        about_us, _ = clipping_store(
            title="Reclamo vecinal",
            published_at=timezone.now(),
            body_text="Vecinos de Santa Candelaria del Mar reclaman a la municipalidad por el alumbrado.",
        )
        clipping_store(
            title="Choque",
            published_at=timezone.now(),
            body_text="Un choque en la carretera a Santa Candelaria del Mar dejó dos heridos.",
        )
    assert list(Alert.objects.values_list("clipping_id", flat=True)) == [about_us.pk]


def test_the_summary_page_groups_by_topic_and_tone_and_the_analyst_edits_it(client_as, watchlist):
    day = timezone.localdate() - timedelta(days=1)  # a period wholly in the past
    start, _end = summary_period(day)
    clipping_store(
        title="Basura en el mercado",
        published_at=start + timedelta(minutes=30),
        body_text="Vecinos denuncian que la basura se acumula. El alcalde Jorge Cárdenas no respondió.",
    )
    clipping_store(
        title="Feria",
        published_at=start + timedelta(minutes=20),
        body_text="Éxito de la feria de la Municipalidad de Santa Candelaria del Mar.",
    )
    client = client_as("media_analyst")
    url = reverse("monitoring:summary_detail", args=[day.isoformat()])
    html = client.get(url).content.decode()
    assert "Limpieza pública" in html and "Basura en el mercado" in html and "Otros temas" in html
    fair = Clipping.objects.get(title="Feria")
    response = client.post(url, {"headline": "Día tranquilo", "editor_note": "Revisado.", "excluded": [fair.pk]})
    assert response.status_code == 302
    assert DailySummary.objects.get(date=day).headline == "Día tranquilo"
    html = client.get(url).content.decode()
    assert f'value="{fair.pk}" id="id_excluded_' in html and " checked>" in html
    assert ">Feria</a>" not in html and ">Basura en el mercado</a>" in html
    pdf = client.get(reverse("monitoring:summary_pdf", args=[day.isoformat()]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert client_as("mayor").post(url, {"headline": "x"}).status_code == 404


def test_the_morning_job_sends_the_summary_once(persona, watchlist):
    mayor = persona("mayor")
    clipping_store(title="Obra abandonada", published_at=timezone.now() - timedelta(hours=1), body_text=NEGATIVE_MAYOR)
    now = timezone.now()
    monitoring_morning_summary(now=now)
    monitoring_morning_summary(now=now)
    summary = summary_get_or_create(day=timezone.localdate(now))
    assert summary.status == "sent"
    summary_mails = OutboxEmail.objects.filter(key__startswith="monitoring-summary-")
    assert list(summary_mails.values_list("to", flat=True)) == [[mayor.email]]
    assert "Síntesis informativa" in summary_mails.get().subject


def test_the_summary_leaves_with_its_pdf_even_after_the_mail_server_was_down(
    persona, watchlist, settings, time_machine
):
    # given a story of this morning (noon in Lima, so the suite's hour never moves it to another summary)
    time_machine.move_to(timezone.make_aware(datetime.combine(timezone.localdate(), time(12, 0))), tick=True)
    mayor = persona("mayor")
    clipping_store(title="Obra abandonada", published_at=timezone.now() - timedelta(hours=1), body_text=NEGATIVE_MAYOR)
    # and the next morning's summary queued while the mail server is down
    settings.EMAIL_BACKEND = "heraldo.monitoring.tests.test_alerts_summary.BrokenBackend"
    next_morning = timezone.make_aware(datetime.combine(timezone.localdate() + timedelta(days=1), time(7, 0)))
    summary = monitoring_morning_summary(now=next_morning)
    assert outbox_drain() == 0
    # when the server is back, the next drain sends it once, with the PDF attached
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboxEmail.objects.update(next_attempt_at=timezone.now())
    assert outbox_drain() == 1
    assert outbox_drain() == 0
    [message] = [m for m in mail.outbox if mayor.email in m.to]
    [(filename, content, mimetype)] = message.attachments
    assert filename == f"sintesis-{summary.date.isoformat()}.pdf" and mimetype == "application/pdf"
    assert content.startswith(b"%PDF-")
    from io import BytesIO

    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(BytesIO(content)).pages)
    assert "Obra abandonada" in text


@pytest.mark.parametrize(("name", "expected"), [("media_analyst", 201), ("mayor", 403), ("outsider", 403)])
def test_api_uses_the_same_gates(persona, watchlist, name, expected):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(persona(name))
    response = client.post(
        "/api/v1/monitoreo/fuentes/", {"name": "Diario", "kind": "feed", "url": "https://diario.example.pe/rss"}
    )
    assert response.status_code == expected


def test_api_refuses_private_addresses_and_lists_and_corrects_clippings(persona, watchlist):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(persona("media_analyst"))
    bad = client.post("/api/v1/monitoreo/fuentes/", {"name": "X", "kind": "feed", "url": "http://10.0.0.1/rss"})
    assert bad.status_code == 400 and "red interna" in bad.json()["url"][0]
    clipping, _ = clipping_store(title="Obra abandonada", published_at=timezone.now(), body_text=NEGATIVE_MAYOR)
    listing = client.get("/api/v1/monitoreo/recortes/", {"q": "obra"}).json()
    assert [row["id"] for row in listing["results"]] == [clipping.pk]
    detail = client.post(f"/api/v1/monitoreo/recortes/{clipping.pk}/tone/", {"tone": "neutral"}).json()
    assert detail["tone"] == "neutral" and detail["mentions"]
    reader = APIClient()
    reader.force_authenticate(persona("mayor"))
    assert reader.post(f"/api/v1/monitoreo/recortes/{clipping.pk}/tone/", {"tone": "negative"}).status_code == 403


def test_the_summary_goes_out_at_the_configured_lima_hour_only(persona, watchlist, settings):
    persona("mayor")
    settings.HERALDO_SUMMARY_HOUR = 6
    day = timezone.localdate() + timedelta(days=1)
    five, six = (timezone.make_aware(datetime.combine(day, time(hour, 0))) for hour in (5, 6))
    assert monitoring_morning_summary_if_due(now=five) is None
    summary = monitoring_morning_summary_if_due(now=six)
    assert summary.status == "sent" and summary_period(day)[1] == six


def test_reading_a_days_summary_saves_nothing_until_the_analyst_edits_it(client_as, persona, watchlist):
    # given a morning whose síntesis nobody has opened, with one story about the municipality
    day = timezone.localdate() - timedelta(days=1)
    start, _end = summary_period(day)
    clipping_store(
        title="Feria",
        published_at=start + timedelta(minutes=20),
        body_text="Éxito de la feria de la Municipalidad de Santa Candelaria del Mar.",
    )
    client = client_as("media_analyst")
    client.get("/")  # signing in records the session; only the pages below are under test
    url = reverse("monitoring:summary_detail", args=[day.isoformat()])
    api = APIClient()
    api.force_authenticate(persona("media_analyst"))

    # when the analyst reads it on its page, as a PDF, on the sending page and through the API
    with tables_written() as written:
        page = client.get(url)
        pdf = client.get(reverse("monitoring:summary_pdf", args=[day.isoformat()]))
        sending = client.get(reverse("monitoring:summary_send", args=[day.isoformat()]))
        read = api.get(f"/api/v1/monitoreo/sintesis/{day.isoformat()}/")

    # then each shows the day's draft, and nothing was written
    assert ">Feria</a>" in page.content.decode() and pdf.content.startswith(b"%PDF")
    assert sending.status_code == 200 and read.json()["excluded"] == [] and read.json()["status"] == "draft"
    assert written == set()
    # and her first edit saves the day's síntesis
    client.post(url, {"headline": "Día tranquilo", "editor_note": ""})
    assert DailySummary.objects.get(date=day).headline == "Día tranquilo"
