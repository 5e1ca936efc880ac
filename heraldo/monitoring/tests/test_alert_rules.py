"""Query rules, surges, each recipient's channels, and a gateway that fails and is retried once."""

from __future__ import annotations

from datetime import timedelta

from django.db import OperationalError
from django.urls import reverse
from django.utils import timezone

from conftest import PERSONAS, make_user
from heraldo.core.models import AuditEntry, Notification, OutboxEmail
from heraldo.core.tests.reads import tables_written
from heraldo.monitoring import channels
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import (
    Alert,
    AlertDelivery,
    AlertKind,
    AlertPreference,
    AlertRule,
    DeliveryMode,
    Topic,
)
from heraldo.monitoring.selectors import parse_query
from heraldo.monitoring.services.alerts import alerts_evaluate_surges, alerts_send_digest, query_matches


def store_a_story_against_the_mayor():
    """A negative story naming the Mayor, the kind the mayor_rule fixture alerts on."""
    return clipping_store(
        title="Obra abandonada",
        published_at=timezone.now(),
        body_text="Vecinos denuncian que el alcalde Jorge Cárdenas abandonó la obra del mercado.",
    )


def test_the_query_language_matches_whole_words_phrases_or_and_exclusions():
    text = "vecinos reclaman por la limpieza publica del mercado central"
    assert query_matches(parse_query('"limpieza pública" mercado'), text)
    assert query_matches(parse_query("feria OR mercado"), text)
    assert not query_matches(parse_query("limpieza -mercado"), text)
    assert not query_matches(parse_query("merca"), text)  # a word, not a piece of one
    assert not query_matches(parse_query('"publica limpieza"'), text)
    assert query_matches(parse_query('"centro de lima"'), "el mercado del centro\nde lima, ayer")


def test_a_query_rule_from_a_saved_search_alerts_on_matching_stories_only(
    client_as, persona, watchlist, django_capture_on_commit_callbacks
):
    mayor = persona("mayor")
    analyst = client_as("media_analyst")
    # the archive's "Crear alerta" link opens the form filled in
    form = analyst.get(reverse("monitoring:rule_add"), {"query": '"limpieza pública" -feria'}).content.decode()
    assert "&quot;limpieza pública&quot; -feria" in form
    response = analyst.post(
        reverse("monitoring:rule_add"),
        {
            "name": "Limpieza",
            "kind": "query",
            "query": '"limpieza pública" -feria',
            "window_hours": 6,
            "tone": "any",
            "mode": "immediate",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        clipping_store(title="Reclamos", published_at=timezone.now(), body_text="Falla la limpieza publica en Arena.")
        clipping_store(title="Feria", published_at=timezone.now(), body_text="Feria de limpieza pública y reciclaje.")
    assert list(Alert.objects.values_list("clipping__title", flat=True)) == ["Reclamos"]
    assert Notification.objects.filter(recipient=mayor).count() == 1


def test_rule_form_explains_what_each_kind_needs(client_as, watchlist):
    analyst = client_as("media_analyst")
    base = {"name": "x", "window_hours": 6, "tone": "any", "mode": "immediate"}
    page = analyst.post(reverse("monitoring:rule_add"), {**base, "kind": "query", "query": "-solo"}).content.decode()
    assert "al menos una palabra" in page
    page = analyst.post(reverse("monitoring:rule_add"), {**base, "kind": "surge", "window_hours": 500}).content.decode()
    assert "Elija el tema" in page and "entre 1 y 72 horas" in page
    assert not AlertRule.objects.exists()
    assert client_as("mayor").get(reverse("monitoring:rule_add")).status_code == 403


def _stories(count: int, *, at, about: str = "la basura del mercado"):
    for index in range(count):
        clipping_store(
            # the headline names the municipality and the topic, which files the story under it
            title=f"Nota {at.isoformat()} {index} de la Municipalidad de Santa Candelaria del Mar sobre {about}",
            url=f"https://medio.example.pe/{at.timestamp()}/{index}",
            published_at=at - timedelta(minutes=index),
            # distinct words per story, so the near-duplicate check never takes two of them for copies
            body_text=f"Vecinos hablan de {about}. "
            + " ".join(f"{word}{index}x{int(at.timestamp())}" for word in ("calle", "puesto", "turno", "zona", "acta")),
        )


def test_a_surge_alerts_once_with_its_explanation_and_a_quiet_topic_does_not(
    persona, watchlist, django_capture_on_commit_callbacks
):
    mayor = persona("mayor")
    topic = Topic.objects.get(name="Limpieza pública")
    rule = AlertRule.objects.create(name="Basura", kind=AlertKind.SURGE, topic=topic, window_hours=6)
    now = timezone.now()
    # the usual: one story about garbage every other day for four weeks (old stories never alert on their own)
    for day in range(2, 28, 2):
        _stories(1, at=now - timedelta(days=day))
    assert alerts_evaluate_surges(now=now) == []
    # then twelve stories in the last six hours
    _stories(12, at=now - timedelta(minutes=10))
    with django_capture_on_commit_callbacks(execute=True):
        [alert] = alerts_evaluate_surges(now=now)
    assert alert.rule == rule and alert.clipping is None
    assert alert.headline == "12 notas sobre Limpieza pública en 6 horas; lo usual es 0"
    assert Notification.objects.filter(recipient=mayor, title__contains="12 notas").exists()
    # the same episode does not alert again an hour later
    assert alerts_evaluate_surges(now=now + timedelta(hours=1)) == []


def test_each_recipient_chooses_channels_and_mutes_a_rule(
    client_as, persona, watchlist, mayor_rule, django_capture_on_commit_callbacks
):
    mayor = persona("mayor")
    manager = make_user("gerente", PERSONAS["mayor"])
    # the analyst reads alerts on the alerts page only
    AlertPreference.objects.create(
        user=persona("media_analyst"), email_mode=DeliveryMode.NONE, app_mode=DeliveryMode.NONE
    )
    page = client_as("mayor").get(reverse("monitoring:alert_preferences"))
    assert page.status_code == 200 and "Cómo recibo las alertas" in page.content.decode()
    # the Mayor wants e-mail only in the hourly digest and no in-app notice
    client = client_as("mayor")
    response = client.post(reverse("monitoring:alert_preferences"), {"email_mode": "digest", "app_mode": "none"})
    assert response.status_code == 302
    assert AuditEntry.objects.filter(action="monitoring.alert_preference.updated").exists()
    AlertPreference.objects.create(user=manager).muted_rules.add(mayor_rule)
    with django_capture_on_commit_callbacks(execute=True):
        store_a_story_against_the_mayor()
    assert not Notification.objects.exists()  # nobody gets an immediate notice
    assert not OutboxEmail.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        alerts_send_digest()
    assert list(OutboxEmail.objects.values_list("to", flat=True)) == [[mayor.email]]
    assert not Notification.objects.exists()
    # the head of unit sees who receives what
    overview = client_as("head_of_unit").get(reverse("monitoring:alert_list")).content.decode()
    assert "Quién recibe las alertas" in overview and "Solo en el resumen de cada hora" in overview


def test_a_gateway_that_fails_is_retried_and_sends_exactly_once(
    persona, watchlist, mayor_rule, settings, monkeypatch, django_capture_on_commit_callbacks
):
    mayor = persona("mayor")
    AlertPreference.objects.create(
        user=mayor, gateway_mode=DeliveryMode.AS_RULE, gateway_address="+51987654321", app_mode=DeliveryMode.NONE
    )
    sent: list[dict] = []
    failing = {"on": True}

    def transport(url, payload, token):
        if failing["on"]:
            raise ConnectionError("pasarela caída")
        sent.append(payload)

    settings.HERALDO_ALERT_GATEWAY_URL = "https://pasarela.example.pe/enviar"
    monkeypatch.setattr("heraldo.monitoring.channels._post_json", transport)  # the edge: the gateway's HTTP API
    with django_capture_on_commit_callbacks(execute=True):
        store_a_story_against_the_mayor()
    delivery = AlertDelivery.objects.get(channel="gateway")
    assert delivery.sent_at is None and "pasarela caída" in delivery.last_error
    failing["on"] = False
    alerts_send_digest()
    alerts_send_digest()
    assert len(sent) == 1 and sent[0]["to"] == "+51987654321" and "Obra abandonada" in sent[0]["text"]
    assert Alert.objects.get().delivered_at is not None


def test_an_email_that_breaks_halfway_is_undone_and_sent_once_later(
    persona, watchlist, mayor_rule, monkeypatch, django_capture_on_commit_callbacks
):
    mayor = persona("mayor")
    AlertPreference.objects.create(user=mayor, app_mode=DeliveryMode.NONE)
    AlertPreference.objects.create(
        user=persona("media_analyst"), email_mode=DeliveryMode.NONE, app_mode=DeliveryMode.NONE
    )
    real_enqueue = channels.outbox_enqueue_templated
    broken = {"on": True}

    def enqueue_then_crash(**kwargs):
        message = real_enqueue(**kwargs)  # the message is written…
        if broken["on"]:
            raise OperationalError("database is locked")  # …and the worker fails before the delivery is settled
        return message

    monkeypatch.setattr(channels, "outbox_enqueue_templated", enqueue_then_crash)
    with django_capture_on_commit_callbacks(execute=True):
        store_a_story_against_the_mayor()
    delivery = AlertDelivery.objects.get(channel="email")
    assert not OutboxEmail.objects.exists()  # undone together with the claim
    assert delivery.sent_at is None and delivery.attempts == 1 and "locked" in delivery.last_error
    broken["on"] = False
    with django_capture_on_commit_callbacks(execute=True):
        assert alerts_send_digest() == 1
        assert alerts_send_digest() == 0
    assert list(OutboxEmail.objects.values_list("to", flat=True)) == [[mayor.email]]
    assert Alert.objects.get().delivered_at is not None


def test_the_preferences_page_shows_the_defaults_without_saving_them_until_the_first_save(client_as, persona):
    # given the Mayor, who never opened the page
    client = client_as("mayor")
    client.get("/")  # signing in records the session; only the page below is under test
    url = reverse("monitoring:alert_preferences")

    # when he opens it
    with tables_written() as written:
        page = client.get(url)

    # then he sees the defaults (e-mail as each rule says), and nothing was written
    assert page.status_code == 200 and '<option value="rule" selected>' in page.content.decode()
    assert written == set()
    # and his first save keeps his choice, audited as a change from those defaults
    client.post(url, {"email_mode": "digest", "app_mode": "rule"})
    assert AlertPreference.objects.get(user=persona("mayor")).email_mode == DeliveryMode.DIGEST
    audited = AuditEntry.objects.get(action="monitoring.alert_preference.updated")
    assert audited.changes == {"email_mode": ["rule", "digest"]}
