"""Poll: due sources claimed and fetched from loopback, idempotent, fault tolerant, never held up by alerts."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import requests
from django.utils import timezone

from heraldo.core.models import Job, Notification, OutboxEmail
from heraldo.core.stamps import stamp_values
from heraldo.monitoring.ingestion import monitoring_poll_due_sources, poll, source_poll
from heraldo.monitoring.models import (
    Alert,
    AlertDelivery,
    AlertPreference,
    Clipping,
    DeliveryMode,
    Health,
    Mention,
    Source,
    SourceKind,
    TermKind,
    Tone,
)
from heraldo.monitoring.models.clippings import CLIPPINGS_STAMP
from heraldo.monitoring.services.alerts import alerts_send_digest
from heraldo.monitoring.tests.conftest import fixture_text


def test_a_due_feed_is_polled_and_its_stories_stored_with_mentions_and_tone(feed_source):
    # given a feed source that is due
    now = timezone.now()
    # when the periodic step runs
    polled = monitoring_poll_due_sources(now=now)
    # then the three stories are stored once, with canonical URLs and the full text of the short one
    assert polled == [feed_source.pk]
    clippings = {c.guid: c for c in Clipping.objects.all()}
    assert set(clippings) == {"cn-1001", "cn-1002", "cn-1003"}
    garbage = clippings["cn-1001"]
    assert "utm_" not in garbage.canonical_url
    assert garbage.tone == Tone.NEGATIVE
    assert clippings["cn-1002"].tone == Tone.POSITIVE
    assert "diez de la mañana" in clippings["cn-1003"].body_text  # extracted from the article page
    kinds = set(Mention.objects.filter(clipping=garbage).values_list("term__kind", flat=True))
    assert {TermKind.MAYOR, TermKind.MUNICIPALITY, TermKind.TOPIC} <= kinds
    mention = Mention.objects.filter(clipping=garbage, term__kind=TermKind.MAYOR).first()
    assert "Jorge Cárdenas" in mention.snippet
    feed_source.refresh_from_db()
    assert feed_source.health == Health.OK
    assert feed_source.next_due_at == now + timedelta(minutes=feed_source.interval_minutes)


def test_polling_again_stores_nothing_twice(feed_source):
    source_poll(source=feed_source)
    source_poll(source=Source.objects.get(pk=feed_source.pk))
    assert Clipping.objects.count() == 3
    assert Mention.objects.values("clipping", "term", "start").distinct().count() == Mention.objects.count()


def test_a_poll_raises_the_clippings_stamp_once_after_its_stories_not_once_per_story(feed_source):
    # given Hoy's press panel cached under the clippings' stamp
    before = stamp_values([CLIPPINGS_STAMP])[CLIPPINGS_STAMP]
    # when a poll stores the feed's three stories, each in its own transaction
    monitoring_poll_due_sources(now=timezone.now())
    # then the stamp moved once, after them (two updates per story cost more than the poll's queries for it)
    assert Clipping.objects.count() == 3
    assert stamp_values([CLIPPINGS_STAMP])[CLIPPINGS_STAMP] == before + 1


def test_a_source_not_yet_due_is_left_alone(feed_source):
    Source.objects.filter(pk=feed_source.pk).update(next_due_at=timezone.now() + timedelta(minutes=5))
    assert monitoring_poll_due_sources(now=timezone.now()) == []


def test_conditional_request_uses_the_stored_etag(watchlist, feed_server):
    feed_server.expect_request("/etag.xml", headers={"If-None-Match": '"v7"'}).respond_with_data("", status=304)
    feed_server.expect_request("/etag.xml").respond_with_data(
        fixture_text("candelaria_feed.xml").replace("<item>", "<item>", 1), headers={"ETag": '"v7"'}
    )
    source = Source.objects.create(name="Con ETag", kind=SourceKind.FEED, url=feed_server.url_for("/etag.xml"))
    source_poll(source=source)
    source.refresh_from_db()
    assert source.etag == '"v7"'
    source_poll(source=source)
    source.refresh_from_db()
    assert source.health == Health.OK
    assert feed_server.log[-1][1].status_code == 304
    assert Clipping.objects.filter(source=source).count() == 3


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html><body><h1>Mantenimiento</h1></body></html>",
        b"\x1f\x8b\x08\x00roto",
    ],
    ids=["empty", "html-as-rss", "binary"],
)
def test_a_broken_feed_gets_its_own_error_and_the_others_still_succeed(feed_source, feed_server, body):
    # given a broken feed on another host name of the same server… and a good one
    feed_server.expect_request("/roto.xml").respond_with_data(body, content_type="application/rss+xml")
    broken = Source.objects.create(
        name="Roto", kind=SourceKind.FEED, url=f"http://127.0.0.1:{feed_server.port}/roto.xml"
    )
    # when the cycle runs
    monitoring_poll_due_sources(now=timezone.now())
    # then the broken one is failing at once with a Spanish message and the good one stored its stories
    broken.refresh_from_db()
    assert broken.health == Health.FAILING
    assert broken.last_error and broken.consecutive_failures == 1
    assert Clipping.objects.filter(source=feed_source).count() == 3


def test_failures_back_off_exponentially_and_turn_the_source_failing(watchlist, feed_server):
    feed_server.expect_request("/caido.xml").respond_with_data("error", status=503)
    source = Source.objects.create(
        name="Caído", kind=SourceKind.FEED, url=feed_server.url_for("/caido.xml"), interval_minutes=10
    )
    now = timezone.now()
    delays = []
    for _attempt in range(3):
        source_poll(source=Source.objects.get(pk=source.pk), now=now)
        source.refresh_from_db()
        delays.append(source.next_due_at - now)
    assert delays == [timedelta(minutes=20), timedelta(minutes=40), timedelta(minutes=80)]
    assert source.health == Health.FAILING
    assert "error" in source.last_error and "503" in source.last_error


def test_a_worker_killed_mid_poll_loses_nothing_and_duplicates_nothing(feed_source, monkeypatch):
    # given a poll that dies after storing the first story (batches of one story)
    monkeypatch.setattr(poll, "STORE_BATCH", 1)
    real_store = poll.clippings_store
    calls = {"n": 0}

    def dying_store(batch, context):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt("kill -9")
        return real_store(batch, context)

    monkeypatch.setattr(poll, "clippings_store", dying_store)
    now = timezone.now()
    with pytest.raises(KeyboardInterrupt):
        monitoring_poll_due_sources(now=now)
    assert Clipping.objects.count() == 1
    # then the lease makes the source due again one interval later, and the next poll completes it
    monkeypatch.setattr(poll, "clippings_store", real_store)
    assert monitoring_poll_due_sources(now=now + timedelta(minutes=1)) == []
    assert monitoring_poll_due_sources(now=now + timedelta(minutes=feed_source.interval_minutes)) == [feed_source.pk]
    assert Clipping.objects.count() == 3


def test_a_section_page_is_followed_with_its_css_selectors(watchlist, feed_server):
    for path, name in [
        ("/locales/", "radio_section.html"),
        ("/locales/obra-paralizada", "radio_obra.html"),
        ("/locales/feria-emprendedores", "radio_feria.html"),
    ]:
        feed_server.expect_request(path).respond_with_data(fixture_text(name), content_type="text/html")
    source = Source.objects.create(
        name="Radio Mar Brava",
        kind=SourceKind.WEB,
        url=feed_server.url_for("/locales/"),
        link_selector="section.listado h2 a",
        content_selector="article .texto",
    )
    source_poll(source=source)
    titles = set(Clipping.objects.values_list("title", flat=True))
    assert titles == {"Obra del estadio sigue paralizada", "Feria de emprendedores fue un éxito"}
    works = Clipping.objects.get(title__startswith="Obra")
    assert "Ferretería" not in works.body_text  # the content selector left the advert out
    assert works.tone == Tone.NEGATIVE


def test_a_poll_stores_its_stories_while_the_gateway_hangs_and_each_channel_delivers_in_its_own_job(
    feed_source, persona, mayor_rule, settings, monkeypatch, time_machine, django_capture_on_commit_callbacks
):
    # given the morning the feed's stories came out, the Mayor wanting alerts on WhatsApp too,
    # and a gateway that hangs until the request times out
    time_machine.move_to(datetime.fromisoformat("2026-11-28T10:00:00-05:00"), tick=True)
    mayor = persona("mayor")
    AlertPreference.objects.create(
        user=mayor, gateway_mode=DeliveryMode.AS_RULE, gateway_address="+51987654321", app_mode=DeliveryMode.AS_RULE
    )
    settings.HERALDO_ALERT_GATEWAY_URL = "https://pasarela.example.pe/enviar"
    attempts: list[dict] = []
    gateway_up = {"on": False}

    def gateway(url, payload, token):
        attempts.append(payload)
        if not gateway_up["on"]:
            raise requests.Timeout("la pasarela no respondió en 10 s")

    monkeypatch.setattr("heraldo.monitoring.channels._post_json", gateway)  # the edge: the gateway's HTTP API
    # when the source is polled
    with django_capture_on_commit_callbacks(execute=True):
        assert source_poll(source=feed_source) == 3
        # then the poll finished, stored and recorded its health without touching the gateway
        feed_source.refresh_from_db()
        assert feed_source.health == Health.OK and Clipping.objects.count() == 3
        assert attempts == [] and not Alert.objects.exists()
        assert list(Job.objects.values_list("name", flat=True)) == ["monitoring.alerts_evaluate"]
    # and once committed, the alert went out by e-mail and in Heraldo, each channel in its own job,
    # while the gateway's job recorded its failure for the hourly retry
    [alert] = Alert.objects.all()
    assert alert.clipping.guid == "cn-1001"
    assert Notification.objects.filter(recipient=mayor).count() == 1
    assert OutboxEmail.objects.filter(key__startswith="monitoring-alert-", to=[mayor.email]).count() == 1
    deliveries = Job.objects.filter(name="monitoring.alert_deliver", status=Job.Status.SUCCEEDED)
    assert sorted(job.kwargs["channel"] for job in deliveries) == ["app", "email", "gateway"]
    gateway_delivery = AlertDelivery.objects.get(channel="gateway")
    assert gateway_delivery.sent_at is None and gateway_delivery.attempts == 1
    assert "no respondió" in gateway_delivery.last_error and len(attempts) == 1
    # when the gateway is back, the hourly step sends the message exactly once
    gateway_up["on"] = True
    with django_capture_on_commit_callbacks(execute=True):
        alerts_send_digest()
        alerts_send_digest()
    assert len(attempts) == 2 and attempts[-1]["to"] == "+51987654321"
    assert "basura" in attempts[-1]["text"]
    alert.refresh_from_db()
    assert alert.delivered_at is not None
