"""The press archive as the analyst searches it; the same tests run on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from heraldo.directory.models import Entity
from heraldo.monitoring import search
from heraldo.monitoring import selectors as archive
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Clipping
from heraldo.monitoring.selectors import ArchiveQuery, archive_search

NOW = timezone.now().replace(microsecond=0)


def store(title, body, *, days_ago=0, **extra):
    clipping, _created = clipping_store(
        title=title, published_at=NOW - timedelta(days=days_ago), body_text=body, **extra
    )
    return clipping


def titles(result):
    return [clipping.title for clipping, _snippet in result.rows]


@pytest.fixture
def archive_of_stories(watchlist):
    radio = Entity.objects.create(name="Radio Candelaria", kind="MEDIO", level="PROVINCIAL", media_kind="RADIO")
    store(
        "Crisis de la limpieza pública",
        "La basura se acumula en el mercado de Santa Candelaria del Mar y la municipalidad no responde.",
        days_ago=1,
    )
    store("Feria gastronómica en el malecón", "Éxito total de la feria y de la limpieza.", days_ago=2)
    store("Pública la lista de la limpieza", "Nada más que decir.", days_ago=3, outlet=radio, medium="RADIO")
    store("El serenazgo patrulla", "Vecinos piden más serenazgo en el parque.", days_ago=4)
    return {"radio": radio}


def test_words_phrases_or_and_exclusions_without_accents(archive_of_stories):
    assert set(titles(archive_search(ArchiveQuery(text="LIMPIEZA publica")))) == {
        "Crisis de la limpieza pública",
        "Pública la lista de la limpieza",
    }
    assert titles(archive_search(ArchiveQuery(text='"limpieza pública"'))) == ["Crisis de la limpieza pública"]
    assert titles(archive_search(ArchiveQuery(text="limpieza -crisis -feria"))) == ["Pública la lista de la limpieza"]
    assert set(titles(archive_search(ArchiveQuery(text="feria OR serenazgo")))) == {
        "Feria gastronómica en el malecón",
        "El serenazgo patrulla",
    }
    assert archive_search(ArchiveQuery(text="-basura")).total == 0


def test_newest_first_with_count_snippets_and_filters(archive_of_stories):
    result = archive_search(ArchiveQuery(text="limpieza"))
    assert titles(result) == [
        "Crisis de la limpieza pública",
        "Feria gastronómica en el malecón",
        "Pública la lista de la limpieza",
    ]
    assert (result.total, result.total_is_estimate, result.ranked_among) == (3, False, None)
    assert "<mark>limpieza</mark>" in result.rows[1][1]
    by_radio = archive_search(ArchiveQuery(text="limpieza", outlet=archive_of_stories["radio"], medium="RADIO"))
    assert titles(by_radio) == ["Pública la lista de la limpieza"]
    recent = archive_search(ArchiveQuery(text="limpieza", date_from=(NOW - timedelta(days=2)).date()))
    assert "Pública la lista de la limpieza" not in titles(recent)


def test_facets_count_outlets_media_tones_topics_and_authorities(archive_of_stories):
    result = archive_search(ArchiveQuery(text="limpieza"))
    facets = {facet.param: {value.label: value.count for value in facet.values} for facet in result.facets}
    assert facets["medium"] == {"Digital": 2, "Radio": 1}
    assert facets["outlet"] == {"Radio Candelaria": 1}
    assert sum(facets["tone"].values()) == 3
    assert facets["topic"] == {"Limpieza pública": 1}  # only one has the topic's keywords
    assert result.facet_sample is None


def test_relevance_puts_headline_matches_first(archive_of_stories):
    store("Vecinos del parque", "El serenazgo llegó tarde; el serenazgo no volvió; serenazgo ausente.", days_ago=0)
    newest = archive_search(ArchiveQuery(text="serenazgo"))
    ranked = archive_search(ArchiveQuery(text="serenazgo", sort="relevance"))
    assert titles(newest) == ["Vecinos del parque", "El serenazgo patrulla"]
    assert titles(ranked) == ["El serenazgo patrulla", "Vecinos del parque"]
    assert ranked.ranked_among is None  # every match was ranked


def test_copies_are_hidden_unless_asked(archive_of_stories):
    original = store("Obras en la avenida", "La municipalidad inicia obras de pavimentación en la avenida.")
    copy = store("Inician obras en avenida", "La municipalidad inicia obras de pavimentación en la avenida.")
    assert copy.duplicate_of_id == original.pk
    assert titles(archive_search(ArchiveQuery(text="pavimentacion"))) == ["Obras en la avenida"]
    assert archive_search(ArchiveQuery(text="pavimentacion", include_copies=True)).total == 2


@pytest.fixture
def small_caps(monkeypatch):
    """The archive's bounds shrunk to a handful, so a few stories behave like a million."""
    for module in (search, archive):
        monkeypatch.setattr(module, "CANDIDATES", 4)
        monkeypatch.setattr(module, "SAMPLE", 3, raising=False)
    monkeypatch.setattr(archive, "BROWSE_SAMPLE", 3)
    monkeypatch.setattr(archive, "MAX_PAGES", 2)
    monkeypatch.setattr(search, "RANKED", 3)
    monkeypatch.setattr(search, "HEADLINE_MATCHES", 2)
    monkeypatch.setattr(search, "PG_SAMPLE", 3)
    monkeypatch.setattr(search, "PG_RANKED", 3)
    monkeypatch.setattr(search, "PG_HEADLINE_MATCHES", 2)


def test_beyond_the_bounds_counts_are_estimates_and_order_stays_exact(watchlist, small_caps):
    for day in range(8, 0, -1):
        store(f"Nota del día {day} sobre el mercado", f"Crónica {day} del mercado central.", days_ago=day * 30)
    # Archived last but dated among the oldest: it must not jump to the top of "newest first".
    store("Recorte antiguo registrado hoy sobre el mercado", "Mercado de antaño.", days_ago=400)
    result = archive_search(ArchiveQuery(text="mercado"), per_page=2)
    assert titles(result) == ["Nota del día 1 sobre el mercado", "Nota del día 2 sobre el mercado"]
    assert result.total_is_estimate and result.total > 4
    assert result.facet_sample == 3
    ranked = archive_search(ArchiveQuery(text="mercado", sort="relevance"), per_page=2)
    assert ranked.ranked_among is not None and ranked.ranked_among >= 3


def test_an_early_archived_story_with_a_late_date_is_still_first(watchlist, small_caps):
    late_dated = store("Nota fechada mañana sobre el puerto", "El puerto amanece.", days_ago=-1)
    for day in range(1, 8):
        store(f"Nota {day} sobre el puerto", f"Crónica {day} del puerto.", days_ago=day)
    assert Clipping.objects.order_by("pk").first() == late_dated
    result = archive_search(ArchiveQuery(text="puerto"), per_page=2)
    assert titles(result)[0] == "Nota fechada mañana sobre el puerto"


def test_pages_stop_at_the_counted_bound(watchlist, small_caps):
    for day in range(10):
        store(f"Nota {day} de la plaza", f"La plaza de armas, crónica número {day}.", days_ago=day)
    result = archive_search(ArchiveQuery(text="plaza"), page=50, per_page=2)
    assert result.page.number == 2 and result.page.num_pages == 2


def test_common_words_that_seldom_meet_are_counted_exactly_and_all_ranked(watchlist, small_caps):
    # "parque" and "serenazgo" are each beyond the bounds, but only three stories carry both
    for day in range(6):
        store(f"Nota {day} del parque", f"El parque zonal, crónica {day}.", days_ago=day + 10)
        store(f"Nota {day} del serenazgo", f"El serenazgo patrulla, crónica {day}.", days_ago=day + 20)
    for day in range(3):
        store(f"Serenazgo en el parque {day}", f"El serenazgo vigila el parque, ronda {day}.", days_ago=day)
    newest = archive_search(ArchiveQuery(text="serenazgo parque"), per_page=2)
    assert titles(newest) == ["Serenazgo en el parque 0", "Serenazgo en el parque 1"]
    assert (newest.total, newest.total_is_estimate) == (3, False)
    ranked = archive_search(ArchiveQuery(text="serenazgo parque", sort="relevance"), per_page=5)
    assert sorted(titles(ranked)) == [
        "Serenazgo en el parque 0",
        "Serenazgo en el parque 1",
        "Serenazgo en el parque 2",
    ]


def test_the_archive_lists_without_words_when_more_stories_than_counted_share_one_date(
    client_as, watchlist, small_caps
):
    # Given more originals than the archive counts exactly, all dated the same moment (a batch registered at
    # once), so the dates say "few" while the count says "more than counted"
    for number in range(6):
        clipping_store(title=f"Nota {number} del lote", published_at=NOW, body_text=f"Crónica {number} del lote.")
    # When the analyst opens the archive without a query, on the page and through the API
    analyst = client_as("media_analyst")
    page = analyst.get("/monitoreo/recortes/")
    api = analyst.get("/api/v1/monitoreo/recortes/")
    # Then both answer with the newest stories and say there are more than the counted bound
    assert page.status_code == 200 and api.status_code == 200
    result = archive_search(ArchiveQuery(), per_page=2)
    assert result.total_is_estimate and result.total > 4
    assert len(titles(result)) == 2
