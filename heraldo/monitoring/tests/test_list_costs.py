"""Monitoreo's list pages cost the same whatever the archive holds: queries that do not grow with the rows,
counts that read no rows, labels and links that give exactly what Django's own helpers give."""

from __future__ import annotations

import re
from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Clipping, Dossier, DossierItem, Source, WatchTerm
from heraldo.monitoring.templatetags.monitoring import choice_label, id_url


def _story(title: str) -> Clipping:
    return clipping_store(title=title, published_at=timezone.now(), body_text=f"{title}. Texto de la nota.")[0]


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_labels_and_links_are_those_of_django_in_each_language(watchlist):
    term = WatchTerm.objects.filter(kind="mayor").first()
    source = Source.objects.create(name="Radio Candelaria", kind="manual", health="failing")

    for language in ("es", "en"):
        with translation.override(language):
            assert choice_label(term, "kind") == term.get_kind_display()
            assert choice_label(term, "origin") == term.get_origin_display()
            assert choice_label(source, "health") == source.get_health_display()
    assert id_url(term.pk, "monitoring:watch_term_toggle") == reverse("monitoring:watch_term_toggle", args=[term.pk])
    assert id_url(source.pk, "monitoring:source_detail") == reverse("monitoring:source_detail", args=[source.pk])


def test_the_archive_page_says_each_storys_copies_without_a_query_per_row(client_as, watchlist):
    # given a story copied by two other outlets and another without copies
    original = _story("Alcalde inaugura el mercado")
    for n in range(2):
        Clipping.objects.filter(pk=_story(f"Copia {n} del mercado").pk).update(duplicate_of=original)
    _story("Serenazgo patrulla el parque")
    analyst = client_as("media_analyst")

    # when the analyst opens the archive, then with ten more stories
    html = analyst.get(reverse("monitoring:clipping_list")).content.decode()
    few = _queries(analyst, reverse("monitoring:clipping_list"))
    for n in range(10):
        _story(f"Nota número {n} del distrito")
    many = _queries(analyst, reverse("monitoring:clipping_list"))

    # then the original says its copies, and the page asks the database as often as before
    assert "2 copias en otros medios" in html
    assert html.count("copias en otros medios") == 1
    assert many == few


def test_the_watch_list_asks_the_same_queries_for_few_or_many_terms(client_as, watchlist):
    head = client_as("head_of_unit")
    head.get(reverse("monitoring:watch_list"))  # the first request of a session also reads what it caches
    few = _queries(head, reverse("monitoring:watch_list"))
    for n in range(30):
        WatchTerm.objects.create(phrase=f"barrio {n}", folded=f"barrio {n}", kind="place")

    assert _queries(head, reverse("monitoring:watch_list")) == few


def test_the_dossier_list_counts_each_books_clippings_without_loading_them(client_as, persona, watchlist):
    # given an empty book and a book with three clippings
    analyst = persona("media_analyst")
    Dossier.objects.create(name="Vacío", created_by=analyst)
    market = Dossier.objects.create(name="Obra del mercado", created_by=analyst)
    for n in range(3):
        DossierItem.objects.create(dossier=market, clipping=_story(f"Mercado, día {n}"))
    client = client_as("media_analyst")

    # when the analyst opens the list, then after many more clippings go into the book
    client.get(reverse("monitoring:dossier_list"))  # the first request of a session also reads what it caches
    with CaptureQueriesContext(connection) as first:
        html = client.get(reverse("monitoring:dossier_list")).content.decode()
    for n in range(20):
        DossierItem.objects.create(dossier=market, clipping=_story(f"Mercado, semana {n}"))
    with CaptureQueriesContext(connection) as second:
        client.get(reverse("monitoring:dossier_list"))

    # then each book says its count, and no query reads the items themselves
    assert "3 recortes" in html and "0 recortes" in html
    assert len(second) == len(first)
    assert not any(q["sql"].startswith('SELECT "monitoring_dossieritem"') for q in second.captured_queries)


def test_the_global_search_lists_the_five_newest_stories_with_the_words(client_as, watchlist):
    # given seven stories about the market a day apart, a copy of the newest, and a story about something else
    now = timezone.now()
    topics = ["pescado", "verduras", "carnes", "flores", "abarrotes", "frutas", "limpieza"]
    stories = [
        clipping_store(
            title=f"Mercado de Barrio Alto: {topic}",
            published_at=now - timedelta(days=n),
            body_text=f"Puestos de {topic}.",
        )[0]
        for n, topic in enumerate(topics)
    ]
    copy = _story("Mercado de Barrio Alto: copia")
    Clipping.objects.filter(pk=copy.pk).update(duplicate_of=stories[0])
    _story("Serenazgo patrulla el parque")

    # when the Mayor types the word in the search box
    html = client_as("mayor").get(reverse("core:search"), {"q": "mercado"}).content.decode()

    # then the five newest originals, newest first
    shown = re.findall(r"Mercado de Barrio Alto: [^<]+", html)
    assert shown == [f"Mercado de Barrio Alto: {topic}" for topic in topics[:5]]
