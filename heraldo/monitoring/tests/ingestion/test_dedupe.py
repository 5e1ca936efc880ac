"""Deduplicate: a story is stored once, a syndicated copy is grouped under its original."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from django.utils import timezone

from heraldo.monitoring.ingestion import Item, clipping_store, ingest_items
from heraldo.monitoring.ingestion.dedupe import fingerprint
from heraldo.monitoring.ingestion.parse import html_to_text, parse_feed
from heraldo.monitoring.models import Clipping, Source, SourceKind
from heraldo.monitoring.tests.conftest import fixture_text
from heraldo.monitoring.urlnorm import canonical_url


def test_canonical_urls_drop_tracking_and_trivia():
    assert canonical_url("HTTP://WWW.Diario.pe:80/nota/1/?utm_source=fb&b=2&a=1&fbclid=x#top") == (
        "https://diario.pe/nota/1?a=1&b=2"
    )
    assert canonical_url("https://diario.pe/nota/1") == canonical_url("http://diario.pe/nota/1/?gclid=1")


def test_syndicated_copies_are_grouped_under_the_original(watchlist):
    text = fixture_text("radio_obra.html")
    body = html_to_text(text)
    first, _ = clipping_store(
        title="Obra paralizada", published_at=timezone.now(), url="https://a.pe/1", body_text=body
    )
    copy, _ = clipping_store(
        title="Obra paralizada (vía agencia)",
        published_at=timezone.now(),
        url="https://b.pe/9",
        body_text=body.replace("denunciaron", "denunciaron hoy"),
    )
    unrelated, _ = clipping_store(
        title="Feria", published_at=timezone.now(), url="https://c.pe/2", body_text=fixture_text("radio_feria.html")
    )
    assert copy.duplicate_of_id == first.pk
    assert unrelated.duplicate_of_id is None
    assert bin((fingerprint(body) ^ fingerprint(body + " hoy")) & (2**64 - 1)).count("1") <= 6


def test_the_same_story_by_url_is_stored_once(watchlist):
    first, created = clipping_store(title="Uno", published_at=timezone.now(), url="https://a.pe/nota?utm_medium=x")
    again, created_again = clipping_store(title="Uno bis", published_at=timezone.now(), url="https://a.pe/nota")
    assert (created, created_again) == (True, False)
    assert again.pk == first.pk


def test_one_feed_carrying_a_story_twice_and_a_syndicated_copy_stores_each_once(watchlist):
    # given a feed batch where one story is listed twice and another outlet's copy follows it
    source = Source.objects.create(name="Agregador", kind=SourceKind.FEED, url="https://agregador.example.pe/rss")
    body = html_to_text(fixture_text("radio_obra.html"))
    now = timezone.now()
    items = [
        Item(title="Obra paralizada", url="https://a.pe/obra", guid="1", published_at=now, text=body),
        Item(title="Obra paralizada", url="https://a.pe/obra?utm_source=x", guid="1", published_at=now),
        Item(
            title="Obra paralizada (agencia)",
            url="https://b.pe/obra",
            guid="2",
            published_at=now,
            text=body.replace("denunciaron", "denunciaron hoy"),
        ),
    ]
    # when the batch is ingested, and then again
    assert ingest_items(source, items) == 2
    assert ingest_items(source, items) == 0
    # then the repeat is dropped and the copy is grouped under the original within the same batch
    original = Clipping.objects.get(canonical_url="https://a.pe/obra")
    copy = Clipping.objects.get(canonical_url="https://b.pe/obra")
    assert copy.duplicate_of_id == original.pk
    assert Clipping.objects.count() == 2


def test_the_fingerprint_keeps_the_value_archived_stories_were_stored_with():
    # stored fingerprints are compared with new ones for years: the value must not depend on the process or version
    assert fingerprint("uno dos tres") == 4648973260434388709
    assert fingerprint("El alcalde inauguró la obra del mercado central de Santa Candelaria") == -2379121524227584909


def test_long_stories_of_a_feed_without_separate_content_are_not_taken_for_copies_by_their_footer(watchlist):
    # given an outlet's feed that carries each story whole in <description> (no content:encoded): two different
    # stories a little longer than a summary's 1,000 characters, each ending with the outlet's standard footer
    footer = (
        "Radio Candelaria informa a sus oyentes que puede escuchar la entrevista completa en su programa matinal de "
        "lunes a viernes, y que recibe denuncias de los vecinos en su central telefónica y en sus redes sociales."
    )
    dev = json.loads((Path(__file__).parent.parent / "data/dev/articles.json").read_text())
    stories = [
        " ".join([html_to_text(fixture_text("radio_obra.html")), dev[5]["body"], dev[11]["body"]]),
        " ".join([html_to_text(fixture_text("radio_feria.html")), dev[18]["body"], dev[36]["body"], dev[0]["body"]]),
    ]
    stories = [story[: story.index(" ", 1010)] for story in stories]
    entries = "".join(
        f"<item><title>Nota {number}</title><link>https://radio.example.pe/{number}</link>"
        f"<description>{escape(story)} {escape(footer)}</description></item>"
        for number, story in enumerate(stories)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Radio</title>{entries}</channel></rss>'
    source = Source.objects.create(name="Radio", kind=SourceKind.FEED, url="https://radio.example.pe/rss")
    # when the feed is read and stored
    assert ingest_items(source, parse_feed(body.encode())) == 2
    # then two different stories stay two originals: the shared footer does not make one a copy of the other
    assert not Clipping.objects.filter(duplicate_of__isnull=False).exists()
    assert not Clipping.objects.exclude(summary="").exists()


REST_OF_STORY = (
    "Los trabajos comenzaron en julio y ocuparon a cuarenta obreros del propio asentamiento, contratados por la "
    "comuna a través de un programa de empleo temporal.\n\n"
    "«Antes bajábamos con los baldes hasta la avenida, diez cuadras de ida y diez de vuelta», contó una vecina de "
    "58 años mientras mostraba el nuevo reservorio de su sector.\n\n"
    "La municipalidad anunció que en enero empezará la segunda etapa, que llevará el servicio a otras 120 familias "
    "de la parte alta, y que el expediente ya tiene la aprobación del ministerio."
)


def test_a_copy_whose_lead_an_agency_rewrote_is_grouped_under_the_original(watchlist):
    original, _ = clipping_store(
        title="Villa Mercedes ya tiene agua en casa",
        published_at=timezone.now(),
        url="https://a.pe/agua",
        body_text="Durante once años, las 340 familias de Villa Mercedes compraron el agua a los camiones cisterna. "
        "Desde el sábado ya no: la Municipalidad de Santa Candelaria del Mar terminó de instalar las conexiones."
        "\n\n" + REST_OF_STORY,
    )
    copy, _ = clipping_store(
        title="Adiós a las cisternas en un asentamiento de la costa",
        published_at=timezone.now(),
        url="https://b.pe/cisternas",
        body_text="Lima, 16 nov (Agencia).— Trescientas cuarenta familias de un asentamiento de Santa Candelaria del "
        "Mar dejaron de depender de los camiones cisterna tras la instalación de la red por el municipio."
        "\n\n" + REST_OF_STORY,
    )
    assert copy.duplicate_of_id == original.pk


def test_stories_sharing_only_an_outlets_closing_paragraph_are_not_copies(watchlist):
    closing = (
        "Según pudo conocer este medio, el hecho ocurrió en las inmediaciones del mercado central. Los dirigentes "
        "vecinales anunciaron que harán seguimiento al tema en las próximas semanas."
    )
    first, _ = clipping_store(
        title="Serenazgo recupera moto",
        published_at=timezone.now(),
        url="https://a.pe/moto",
        body_text="El serenazgo de Santa Candelaria del Mar recuperó una moto robada el domingo.\n\n" + closing,
    )
    second, _ = clipping_store(
        title="Feria escolar",
        published_at=timezone.now(),
        url="https://a.pe/feria",
        body_text="Los colegios del distrito presentaron sus proyectos en una feria de ciencias.\n\n" + closing,
    )
    assert first.duplicate_of_id is None
    assert second.duplicate_of_id is None


def test_a_story_a_concurrent_poll_stored_first_is_theirs_and_the_rest_of_the_batch_is_stored(watchlist, monkeypatch):
    # given a feed of three stories, the second of which another feed's poll stores while this one analyses them
    from heraldo.monitoring.ingestion import poll

    source = Source.objects.create(name="Diario", kind=SourceKind.FEED, url="https://diario.example.pe/rss")
    other = Source.objects.create(name="Agencia", kind=SourceKind.FEED, url="https://agencia.example.pe/rss")
    now = timezone.now()
    texts = [fixture_text(name) for name in ("radio_obra.html", "radio_feria.html", "radio_section.html")]
    items = [
        Item(
            title=f"Nota {n}", url=f"https://diario.example.pe/{n}", guid=str(n), published_at=now, text=html_to_text(t)
        )
        for n, t in enumerate(texts)
    ]
    real_prepare = poll.clipping_prepare

    def prepare_while_another_poll_stores(**fields):
        if fields["guid"] == "2":
            clipping_store(source=other, title="Nota 1", url=items[1].url, published_at=now, body_text=items[1].text)
        return real_prepare(**fields)

    monkeypatch.setattr(poll, "clipping_prepare", prepare_while_another_poll_stores)
    # when the poll saves its batch
    assert ingest_items(source, items) == 2
    # then the story the other poll stored stays theirs, once, and the other two are stored
    assert Clipping.objects.filter(canonical_url=canonical_url(items[1].url)).get().source == other
    assert set(Clipping.objects.filter(source=source).values_list("guid", flat=True)) == {"0", "2"}
    assert Clipping.objects.count() == 3
