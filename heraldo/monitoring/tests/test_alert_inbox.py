"""The alerts page as the analyst works it: one line per story, filters, pages, marking seen, corrections."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from heraldo.core.models import AuditEntry
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Alert, AlertKind, AlertRule, AlertTone, Tone

NEGATIVE_MAYOR = (
    "Vecinos denuncian que el alcalde Jorge Cárdenas abandonó la obra del mercado, paralizada desde hace un año."
)
ALERTS = reverse("monitoring:alert_list")


def story(title: str, text: str = NEGATIVE_MAYOR):
    clipping, _ = clipping_store(title=title, published_at=timezone.now(), body_text=text)
    return clipping


def lines(response) -> list[str]:
    """Each line of the list as its text, squeezed."""
    html = response.content.decode()
    chunks = [chunk.split(">", 1)[1] for chunk in html.split('data-testid="alert-line"')[1:]]
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", chunk)).strip() for chunk in chunks]


def menu_badge(response) -> int:
    found = re.search(r'data-testid="nav-badge-monitoreo">(\d+)', response.content.decode())
    return int(found.group(1)) if found else 0


@pytest.fixture
def market_rule(db):
    return AlertRule.objects.create(name="Obra del mercado", kind=AlertKind.QUERY, query="mercado", tone=AlertTone.ANY)


@pytest.fixture
def two_rule_story(watchlist, mayor_rule, market_rule, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return story("Obra abandonada")


def test_a_story_matching_two_rules_is_one_line_naming_both(client_as, two_rule_story, mayor_rule, market_rule):
    # given a story that matched both rules
    assert Alert.objects.filter(clipping=two_rule_story).count() == 2
    # when the analyst opens the alerts
    response = client_as("media_analyst").get(ALERTS)
    # then one line, naming both rules, and the menu counts one story
    [line] = lines(response)
    assert "Obra abandonada" in line
    assert mayor_rule.name in line and market_rule.name in line
    assert menu_badge(response) == 1


def test_filters_by_rule_kind_seen_and_date(
    client_as, persona, watchlist, mayor_rule, market_rule, django_capture_on_commit_callbacks
):
    # given a story only the search rule caught, one both caught, and one seen, older story
    with django_capture_on_commit_callbacks(execute=True):
        story("Feria en el mercado", "La feria del mercado central abre el domingo.")
        story("Obra abandonada")
        old = story("Mercado sin techo", "El mercado sigue sin techo.")
    Alert.objects.filter(clipping=old).update(created_at=timezone.now() - timedelta(days=10))
    client = client_as("media_analyst")
    client.post(reverse("monitoring:alerts_seen"), {"alert": list(old.alerts.values_list("pk", flat=True))})
    today = timezone.localdate().isoformat()

    def titles(**query) -> set[str]:
        return {
            line.split(" Regla")[0].replace("Nueva ", "").split(" ")[0] for line in lines(client.get(ALERTS, query))
        }

    # when / then: each filter keeps only its stories
    assert titles(rule=mayor_rule.pk) == {"Obra"}
    assert titles(kind=AlertKind.QUERY) == {"Feria", "Obra", "Mercado"}
    assert titles(kind=AlertKind.MENTION) == {"Obra"}
    assert titles(seen="unseen") == {"Feria", "Obra"}
    assert titles(seen="seen") == {"Mercado"}
    assert titles(since=today) == {"Feria", "Obra"}
    assert titles(until=(timezone.localdate() - timedelta(days=5)).isoformat()) == {"Mercado"}
    # and a reversed date range is refused in Spanish, filtering nothing
    response = client.get(ALERTS, {"since": today, "until": "2020-01-01"})
    assert "La fecha final no puede ser anterior a la inicial." in response.content.decode()
    assert len(lines(response)) == 3


def test_the_list_pages_by_story_without_a_query_per_line(
    client_as, watchlist, market_rule, django_capture_on_commit_callbacks
):
    # given 23 stories
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(23):
            story(f"Nota {number:02d} del mercado", f"Nota {number} sobre el mercado central.")
    client = client_as("media_analyst")
    client.get(ALERTS)  # warm the session and caches
    # when the analyst opens the first and the second page
    with CaptureQueriesContext(connection) as first_queries:
        first = client.get(ALERTS)
    with CaptureQueriesContext(connection) as second_queries:
        second = client.get(ALERTS, {"page": 2})
    # then twenty lines, then the other three, newest first, and the page links keep the filters
    assert len(lines(first)) == 20 and len(lines(second)) == 3
    assert len(first_queries) == len(second_queries)
    assert lines(first)[0].startswith("Nueva Nota 22")
    assert "Página 1 de 2" in first.content.decode()
    filtered = client.get(ALERTS, {"seen": "unseen"}).content.decode()
    assert "seen=unseen&amp;page=2" in filtered


def test_marking_one_line_and_then_all_seen_clears_the_badge(
    client_as, persona, two_rule_story, django_capture_on_commit_callbacks
):
    # given two unseen stories
    with django_capture_on_commit_callbacks(execute=True):
        story("Mercado cerrado", "El mercado central cerró por obras.")
    client = client_as("media_analyst")
    assert menu_badge(client.get(ALERTS)) == 2
    # when the analyst marks the two-rule story seen
    ids = list(two_rule_story.alerts.values_list("pk", flat=True))
    response = client.post(reverse("monitoring:alerts_seen"), {"alert": ids, "back": "seen=unseen&evil=1"})
    # then it leaves the unseen list, the badge says one, and the filter is kept on the way back
    assert response.url == f"{ALERTS}?seen=unseen"
    page = client.get(ALERTS, {"seen": "unseen"})
    assert "Mercado cerrado" in lines(page)[0] and len(lines(page)) == 1
    assert menu_badge(page) == 1
    # when they mark all seen
    client.post(reverse("monitoring:alerts_seen"), {"all": "1"})
    # then no badge for them, and each marking is in the audit log; another reader still has both unseen
    assert menu_badge(client.get(ALERTS)) == 0
    assert AuditEntry.objects.filter(action="monitoring.alerts.seen", actor=persona("media_analyst")).count() == 2
    assert menu_badge(client_as("head_of_unit").get(ALERTS)) == 2


def test_marking_nothing_is_refused_in_spanish(client_as, two_rule_story):
    client = client_as("media_analyst")
    response = client.post(reverse("monitoring:alerts_seen"), {"alert": ["x"]}, follow=True)
    assert "Alerta no válida." in response.content.decode()
    response = client.post(reverse("monitoring:alerts_seen"), {}, follow=True)
    assert "Indique qué alertas marcar como vistas." in response.content.decode()
    assert menu_badge(response) == 1


def test_a_tone_correction_withdraws_the_alert_from_the_list_and_every_badge(
    client_as, watchlist, mayor_rule, django_capture_on_commit_callbacks
):
    # given a story that alerted only as a negative mention of the Mayor
    with django_capture_on_commit_callbacks(execute=True):
        clipping = story("Obra abandonada")
    client = client_as("media_analyst")
    assert menu_badge(client.get(ALERTS)) == 1
    # when the analyst corrects its tone to positive
    client.post(reverse("monitoring:clipping_tone", args=[clipping.pk]), {"tone": Tone.POSITIVE})
    # then the alert leaves the list, the menu badge of every reader, and the Mayor's too
    response = client.get(ALERTS)
    assert lines(response) == [] and menu_badge(response) == 0
    assert menu_badge(client_as("head_of_unit").get(reverse("core:today"))) == 0
    # when the correction is undone, it comes back in the list and on the badge
    client.post(reverse("monitoring:clipping_tone", args=[clipping.pk]), {"tone": Tone.NEGATIVE})
    response = client.get(ALERTS)
    assert len(lines(response)) == 1 and menu_badge(response) == 1


def test_a_correction_keeps_the_rules_the_story_still_matches(client_as, two_rule_story, mayor_rule, market_rule):
    client = client_as("media_analyst")
    client.post(reverse("monitoring:clipping_tone", args=[two_rule_story.pk]), {"tone": Tone.POSITIVE})
    response = client.get(ALERTS)
    [line] = lines(response)
    assert market_rule.name in line and mayor_rule.name not in line
    assert menu_badge(response) == 1
