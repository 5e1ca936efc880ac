"""Searching releases by typing words; the same tests run on SQLite (FTS5) and on PostgreSQL (tsvector)."""

from __future__ import annotations

from django.urls import reverse

from heraldo.press.models import ReleaseStatus, Tag
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
