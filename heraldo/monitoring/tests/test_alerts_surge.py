"""Surge alerts: counted per window in the database, once per episode, explained in the reader's language."""

from __future__ import annotations

import statistics
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from heraldo.core.models import Notification
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Alert, AlertKind, AlertRule, AlertTarget, Clipping, Topic
from heraldo.monitoring.services.alerts import alerts_evaluate_surges, surge_figures

_serial = iter(range(1_000_000))


def _stories(count: int, *, at, about: str = "la basura del mercado") -> list[Clipping]:
    stored = []
    for index in range(count):
        number = next(_serial)
        clipping, _created = clipping_store(
            # the headline names the municipality and files the story under its topic
            title=f"Nota {number} de la Municipalidad de Santa Candelaria del Mar sobre {about}",
            url=f"https://medio.example.pe/nota/{number}",
            published_at=at - timedelta(minutes=index),
            body_text=f"Vecinos de la calle {number} hablan de {about}; expediente {number * 7919}.",
        )
        stored.append(clipping)
    return stored


@pytest.fixture
def garbage_rule(watchlist):
    topic = Topic.objects.get(name="Limpieza pública")
    return AlertRule.objects.create(name="Basura", kind=AlertKind.SURGE, topic=topic, window_hours=6)


@pytest.mark.parametrize("hours", [6, 5])
def test_the_windows_are_counted_in_one_query_like_counting_by_hand(
    watchlist, garbage_rule, hours, django_assert_num_queries
):
    garbage_rule.window_hours = hours
    now = timezone.now()
    moments = [now - timedelta(minutes=m) for m in (1, 70, 299)]  # this window
    moments += [now - timedelta(hours=h) for h in (hours + 0.5, hours + 1, 3 * hours + 2, 24 * 20, 24 * 27.5)]
    for moment in moments:
        _stories(1, at=moment)
    # not counted: a copy, a story about something else, one older than the baseline, one newer than the count
    [original] = _stories(1, at=now - timedelta(hours=2))
    [copy] = _stories(1, at=now - timedelta(hours=2))
    Clipping.objects.filter(pk=copy.pk).update(duplicate_of=original)
    _stories(1, at=now - timedelta(hours=1), about="el parque zonal")
    _stories(1, at=now - timedelta(days=29))
    _stories(1, at=now + timedelta(hours=1))

    with django_assert_num_queries(1):
        figures = surge_figures(garbage_rule, now=now)

    window = timedelta(hours=hours)
    windows = int(timedelta(days=28) / window)
    counted = [*moments, now - timedelta(hours=2)]
    by_hand = [sum(1 for m in counted if now - window * (i + 1) < m <= now - window * i) for i in range(windows + 1)]
    assert figures.current == by_hand[0] == 4
    assert figures.usual == pytest.approx(statistics.fmean(by_hand[1:]))
    assert figures.spread == pytest.approx(statistics.pstdev(by_hand[1:]))


def test_a_quiet_topic_with_a_few_stories_is_not_a_surge(persona, watchlist, garbage_rule):
    persona("mayor")
    now = timezone.now()
    _stories(4, at=now - timedelta(minutes=5))  # nothing usual, then four: below the minimum of five
    assert alerts_evaluate_surges(now=now) == []
    assert not Notification.objects.exists()


def test_a_surge_alerts_once_per_episode_and_again_for_the_next_one(
    client_as, persona, watchlist, garbage_rule, django_capture_on_commit_callbacks
):
    mayor = persona("mayor")
    now = timezone.now() - timedelta(days=3)  # stories are never dated after the moment they are stored
    for day in range(1, 28):  # the usual: one story a day
        _stories(1, at=now - timedelta(days=day, hours=3))
    _stories(12, at=now - timedelta(minutes=10))

    with django_capture_on_commit_callbacks(execute=True):
        [alert] = alerts_evaluate_surges(now=now)
        # the job runs again at once (a retry, a second worker): still one alert
        assert alerts_evaluate_surges(now=now) == []
    assert alert.headline == "12 notas sobre Limpieza pública en 6 horas; lo usual es 0"
    assert list(Notification.objects.filter(recipient=mayor).values_list("recipient", flat=True)) == [mayor.pk]
    page = client_as("head_of_unit").get(reverse("monitoring:alert_list")).content.decode()
    assert "12 notas sobre Limpieza pública en 6 horas" in page and "en aumento desde" in page

    # seven hours later the topic is still hot (the first window has passed): same episode, no new alert
    later = now + timedelta(hours=7)
    _stories(9, at=later - timedelta(minutes=30))
    assert alerts_evaluate_surges(now=later) == []
    # the next day it is quiet again: the episode ends without an alert
    quiet = now + timedelta(days=1)
    assert alerts_evaluate_surges(now=quiet) == []
    garbage_rule.refresh_from_db()
    assert garbage_rule.surge_since is None
    # a new surge two days later is a new episode
    again = now + timedelta(days=2)
    _stories(15, at=again - timedelta(minutes=5))
    [second] = alerts_evaluate_surges(now=again)
    assert second.surge["count"] == 15
    assert Alert.objects.filter(rule=garbage_rule).count() == 2


def test_a_surge_about_the_mayor_reads_well_in_both_languages(persona, watchlist):
    persona("mayor")
    AlertRule.objects.create(name="Alcalde", kind=AlertKind.SURGE, target=AlertTarget.MAYOR, window_hours=1)
    now = timezone.now()
    _stories(6, at=now - timedelta(minutes=20), about="el alcalde Jorge Cárdenas y la obra del mercado")
    [alert] = alerts_evaluate_surges(now=now)
    assert alert.headline == "6 notas sobre el Alcalde en 1 hora; lo usual es 0"
    with translation.override("en"):
        assert alert.headline == "6 stories about the Mayor in 1 hour; usually 0"
