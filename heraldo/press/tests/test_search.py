"""Searching releases by typing words; the same tests run on SQLite (FTS5) and on PostgreSQL (tsvector)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from heraldo.press.models import PressRelease, ReleaseStatus, Tag
from heraldo.press.selectors import release_list
from heraldo.press.tests.factories import make_release
from heraldo.press.views.public import PAGE_SIZE


def headlines(releases) -> list[str]:
    return sorted(release.headline for release in releases)


def test_nunez_finds_nunez_and_nino_finds_nino(search_backend, persona):
    officer = persona("press_officer")
    make_release(officer, headline="La regidora Núñez visita el colegio")
    make_release(officer, headline="Campaña por el Día del Niño")

    assert headlines(release_list(user=officer, q="Nunez")) == ["La regidora Núñez visita el colegio"]
    assert headlines(release_list(user=officer, q="nino")) == ["Campaña por el Día del Niño"]
    assert headlines(release_list(user=officer, q="campana")) == ["Campaña por el Día del Niño"]


def test_a_word_prefix_several_words_body_and_tags(search_backend, persona):
    officer = persona("press_officer")
    tag = Tag.objects.create(name="Obras públicas")
    make_release(officer, headline="Inauguran el puente", body="<p>El puente <b>Chicama</b> une dos barrios.</p>")
    make_release(officer, headline="Puente festivo", tags=[tag])

    assert headlines(release_list(user=officer, q="puen")) == ["Inauguran el puente", "Puente festivo"]
    assert headlines(release_list(user=officer, q="chicama puente")) == ["Inauguran el puente"]
    assert headlines(release_list(user=officer, q="obras publicas")) == ["Puente festivo"]


def test_no_match(search_backend, persona):
    officer = persona("press_officer")
    make_release(officer)

    assert list(release_list(user=officer, q="zzz-no-existe")) == []


def test_an_edit_reaches_the_index(search_backend, persona):
    from heraldo.press.services.releases import release_update

    officer = persona("press_officer")
    release = make_release(officer, headline="Feria del libro")
    release_update(release=release, actor=officer, headline="Feria gastronómica")

    assert list(release_list(user=officer, q="libro")) == []
    assert list(release_list(user=officer, q="gastronomica")) == [release]


def test_the_newsroom_search_is_paginated(search_backend, persona, client):
    officer = persona("press_officer")
    for n in range(PAGE_SIZE + 2):
        make_release(officer, headline=f"Serenazgo patrulla el sector {n}", status=ReleaseStatus.PUBLISHED)
    make_release(officer, headline="Otra noticia", status=ReleaseStatus.PUBLISHED)

    first = client.get(reverse("newsroom:list"), {"q": "serenazgo"})
    second = client.get(reverse("newsroom:list"), {"q": "serenazgo", "page": 2})

    assert first.content.decode().count("Serenazgo patrulla") == PAGE_SIZE
    assert second.content.decode().count("Serenazgo patrulla") == 2
    assert "Otra noticia" not in first.content.decode()


def test_the_search_box_shows_the_eight_latest_edited_releases_with_the_words(search_backend, persona):
    from heraldo.press.integrations import search_releases

    # given ten releases about the bridge, the oldest edited last, and one about something else
    officer = persona("press_officer")
    bridge = [make_release(officer, headline=f"Puente Chicama, avance {n}") for n in range(10)]
    make_release(officer, headline="Feria del libro")
    PressRelease.objects.filter(pk=bridge[0].pk).update(updated_at=timezone.now() + timedelta(minutes=5))

    # when the head of unit types the word in the search box
    group = search_releases(persona("head_of_unit"), "puente")

    # then the eight latest edited, the oldest first because it was edited last
    expected = [bridge[0], *reversed(bridge[3:])]
    assert [hit.title for hit in group.hits] == [release.headline for release in expected]


def test_on_sqlite_the_search_box_walks_the_latest_edits_instead_of_sorting_every_match(search_backend, persona):
    from heraldo.press.integrations import search_releases

    if search_backend != "sqlite":
        pytest.skip("the plan is SQLite's; PostgreSQL chooses between the two plans by its statistics")
    officer = persona("press_officer")
    make_release(officer, headline="Puente Chicama")

    with CaptureQueriesContext(connection) as queries:
        search_releases(persona("head_of_unit"), "puente")

    (releases_sql,) = [q["sql"] for q in queries.captured_queries if "press_pressrelease_fts" in q["sql"]]
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {releases_sql}")
        plan = [row[-1] for row in cursor.fetchall()]
    # the matches are checked while walking the index of the latest edits, not each fetched and then sorted
    assert "SCAN U0 USING COVERING INDEX press_release_recent_idx" in plan, plan
