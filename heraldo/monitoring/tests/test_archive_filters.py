"""The archive's filters by source, outlet, topic and authority: typed by name or number, suggested on demand,
never sent as thousands of options (issue 19)."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from heraldo.core.text import fold
from heraldo.directory.models import Entity, Person
from heraldo.monitoring.forms import ArchiveSearchForm
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Source, SourceKind, TermKind, WatchTerm


def _story(title, **extra):
    return clipping_store(title=title, published_at=timezone.now(), body_text=f"{title}.", **extra)[0]


def _titles(html: str) -> list[str]:
    return re.findall(r'<span class="fw-semibold clipping-title">([^<]+)</span>', html)


def _box(html: str, name: str) -> str:
    return re.search(rf'<input[^>]*name="{name}"[^>]*>', html).group(0)


def _searchable(records: list) -> list:
    for record in records:
        record.refresh_search_text()
    return records


def _many_watched_outlets_and_people(count: int) -> None:
    Entity.objects.bulk_create(
        _searchable(
            [
                Entity(name=f"Radio Sector {n}", kind="MEDIO", level="DISTRITAL", media_kind="RADIO")
                for n in range(count)
            ]
        )
    )
    people = Person.objects.bulk_create(
        _searchable([Person(given_names=f"Regidor{n}", surnames="Quispe Flores", sex="M") for n in range(count)])
    )
    WatchTerm.objects.bulk_create(
        [
            WatchTerm(kind=TermKind.AUTHORITY, phrase=person.full_name, folded=fold(person.full_name), person=person)
            for person in people
        ]
    )


def test_the_filter_form_sends_no_options_and_its_queries_do_not_grow(client_as, watchlist):
    _story("Vecinos piden serenazgo")
    client = client_as("media_analyst")
    url = reverse("monitoring:clipping_list")
    client.get(url)  # warm the session and the caches
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    _many_watched_outlets_and_people(300)
    with CaptureQueriesContext(connection) as many:
        html = client.get(url).content.decode()
    assert len(many) == len(few)
    assert "Radio Sector" not in html and "Regidor1" not in html
    search_form = ArchiveSearchForm()
    fixed_choices = sum(len(search_form.fields[name].choices) for name in ["sort", "medium", "tone"])
    filter_form = html.split('class="card card-body mb-3" role="search"', 1)[1].split("</form>", 1)[0]
    assert filter_form.count("<option") == fixed_choices
    for name, slug in [("source", "fuente"), ("outlet", "medio"), ("topic", "tema"), ("person", "autoridad")]:
        box = _box(html, name)
        assert 'type="text"' in box
        assert f'data-suggestions-url="{reverse("monitoring:archive_filter_suggestions", args=[slug])}"' in box
    assert "monitoring/archive_filters" in html  # the script that asks for suggestions, from a static file


def test_typing_a_name_without_javascript_filters_and_shows_the_choice(client_as, watchlist):
    radio = Entity.objects.create(name="Radio Ñañañique", kind="MEDIO", level="DISTRITAL", media_kind="RADIO")
    _story("El serenazgo en la radio", outlet=radio)
    _story("El serenazgo en la web", outlet=watchlist["outlet"])
    client = client_as("media_analyst")
    url = reverse("monitoring:clipping_list")
    # Without accents or capitals, and only part of the name: the one outlet it names.
    html = client.get(url, {"q": "serenazgo", "outlet": "nananique"}).content.decode()
    assert _titles(html) == ["El serenazgo en la radio"]
    assert f'value="Radio Ñañañique ({radio.pk})"' in _box(html, "outlet")
    # The number alone (as a facet link sends it) and the suggestion as the browser writes it.
    for typed in [str(radio.pk), f"Radio Ñañañique ({radio.pk})"]:
        html = client.get(url, {"q": "serenazgo", "outlet": typed}).content.decode()
        assert _titles(html) == ["El serenazgo en la radio"], typed


def test_a_watched_authority_and_a_source_and_topic_by_name(client_as, watchlist):
    source = Source.objects.create(name="Canal (2020) Candelaria", kind=SourceKind.MANUAL, outlet=watchlist["outlet"])
    _story("Alcalde inaugura la pista", source=source)
    _story("Otra nota sin fuente")
    client = client_as("media_analyst")
    url = reverse("monitoring:clipping_list")
    mayor = watchlist["mayor"]
    html = client.get(url, {"person": "jorge cardenas"}).content.decode()
    assert 'class="invalid-feedback"' not in html and "errorlist" not in html
    assert f'value="Jorge Cárdenas Vilca ({mayor.pk})"' in _box(html, "person")
    # A name that ends with a year in brackets is still a name, not record number 2020.
    html = client.get(url, {"source": "Canal (2020) Candelaria"}).content.decode()
    assert _titles(html) == ["Alcalde inaugura la pista"]
    html = client.get(url, {"topic": "limpieza"}).content.decode()
    assert "Limpieza pública (" in _box(html, "topic")


@pytest.mark.parametrize(
    ("field", "typed", "sentence"),
    [
        ("outlet", "Radio", "Varios medios coinciden con «Radio». Elija uno de la lista o escriba su número."),
        ("outlet", "Diario Inexistente", "Ningún medio se llama «Diario Inexistente»."),
        ("person", "999999", "Ninguna autoridad vigilada se llama «999999»."),
        ("source", "Radio", "Ninguna fuente se llama «Radio»."),
    ],
)
def test_a_name_that_fits_none_or_several_is_refused_in_spanish(client_as, watchlist, field, typed, sentence):
    Entity.objects.create(name="Radio Uno", kind="MEDIO", level="DISTRITAL", media_kind="RADIO")
    Entity.objects.create(name="Radio Dos", kind="MEDIO", level="DISTRITAL", media_kind="RADIO")
    html = client_as("media_analyst").get(reverse("monitoring:clipping_list"), {field: typed}).content.decode()
    assert sentence in html.replace("&laquo;", "«").replace("&raquo;", "»")


def test_the_api_takes_the_same_numbers_and_answers_400_to_a_wrong_one(client_as, watchlist):
    radio = Entity.objects.create(name="Radio Uno", kind="MEDIO", level="DISTRITAL", media_kind="RADIO")
    _story("Nota de la radio", outlet=radio)
    _story("Nota de la web", outlet=watchlist["outlet"])
    client = client_as("media_analyst")
    answer = client.get("/api/v1/monitoreo/recortes/", {"outlet": radio.pk}).json()
    assert [row["title"] for row in answer["results"]] == ["Nota de la radio"]
    assert client.get("/api/v1/monitoreo/recortes/", {"outlet": 987654}).status_code == 400


def test_suggestions_match_the_typed_words_and_stay_short(client_as, watchlist):
    _many_watched_outlets_and_people(40)
    client = client_as("media_analyst")
    answer = client.get(reverse("monitoring:archive_filter_suggestions", args=["autoridad"]), {"q": "regidor1"})
    results = answer.json()["results"]
    assert sorted(item["label"] for item in results) == sorted(f"Regidor{n} Quispe Flores" for n in [1, *range(10, 20)])
    assert all(item["value"] == f"{item['label']} ({item['id']})" for item in results)
    # Accents and capitals do not matter; a person who is not watched is not offered.
    Person.objects.create(given_names="Jorge", surnames="Cárdenas Otero", sex="M")
    answer = client.get(reverse("monitoring:archive_filter_suggestions", args=["autoridad"]), {"q": "CARDENAS"})
    assert [item["label"] for item in answer.json()["results"]] == ["Jorge Cárdenas Vilca"]
    everything = client.get(reverse("monitoring:archive_filter_suggestions", args=["medio"])).json()["results"]
    assert len(everything) == 20
    assert client.get(reverse("monitoring:archive_filter_suggestions", args=["nada"])).status_code == 404


def test_suggestions_keep_the_archive_page_gate(client_as, watchlist):
    url = reverse("monitoring:archive_filter_suggestions", args=["autoridad"])
    assert client_as("requester").get(url, {"q": "jorge"}).status_code == 403
    assert client_as("head_of_unit").get(url, {"q": "jorge"}).status_code == 200
    from django.test import Client

    assert Client().get(url, {"q": "jorge"}).status_code == 302
