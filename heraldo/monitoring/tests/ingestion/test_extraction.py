"""Page extraction and dates: the story's paragraphs without the template's furniture or the feed's footer,
on the right Lima day, with the date's origin shown to the analyst."""

from __future__ import annotations

from datetime import date

from django.urls import reverse
from django.utils import timezone

from heraldo.monitoring.ingestion import source_poll
from heraldo.monitoring.models import Clipping, DateOrigin, Mention, Source, SourceKind, TermKind
from heraldo.monitoring.tests.conftest import fixture_text

FURNITURE = [
    "corrupto",  # a reader's comment
    "inútil",
    "Comentarios",
    "Lo más leído",
    "Pucusana",  # a widget's headline
    "Chilca",  # a related link
    "Notas relacionadas",
    "Tipo de cambio",  # the masthead
    "Compartir en",
    "Compre su terreno",  # an advert in the sidebar
    "derechos reservados",
    "Portada",  # the menu
]


def _section(feed_server, pages: dict[str, str]) -> Source:
    links = "".join(f'<article><h2><a href="/nota/{name}">{name}</a></h2></article>' for name in pages)
    feed_server.expect_request("/locales/").respond_with_data(
        f"<html><body>{links}</body></html>", content_type="text/html"
    )
    for name, fixture in pages.items():
        feed_server.expect_request(f"/nota/{name}").respond_with_data(fixture_text(fixture), content_type="text/html")
    return Source.objects.create(name="Portal antiguo", kind=SourceKind.WEB, url=feed_server.url_for("/locales/"))


def test_old_templates_give_the_story_alone_in_paragraphs_with_its_own_date(watchlist, feed_server):
    # given a section page linking to two stories of old templates (tables and <br>, comments, widgets)
    source = _section(feed_server, {"mercado": "old_template_table.html", "motos": "old_template_br.html"})

    # when it is polled
    source_poll(source=source)

    # then neither text carries comments, masthead, widgets, related links, menus or adverts
    market = Clipping.objects.get(title="Municipalidad amplía horario del mercado central")
    bikes = Clipping.objects.get(title="Serenazgo recupera motos robadas en Santa Candelaria del Mar")
    for clipping in (market, bikes):
        for furniture in FURNITURE:
            assert furniture not in clipping.full_text, (clipping.title, furniture)
    # and the paragraphs are kept apart, never glued ("…fin de año.El alcalde…")
    assert "año.El" not in market.body_text
    assert market.body_text.count("\n\n") == 2
    assert bikes.body_text.count("\n\n") == 2
    # and the readers' insults do not become a negative mention of the Mayor
    assert not Mention.objects.filter(clipping=market, term__kind=TermKind.MAYOR, tone="negative").exists()
    # and the dates are the stories', not the masthead's "today": in Lima, with their origin
    market_local = timezone.localtime(market.published_at)
    assert (market_local.date(), market_local.hour, market_local.minute) == (date(2026, 12, 3), 16, 35)
    assert market.date_origin == DateOrigin.PAGE_TEXT and not market.date_is_day
    assert timezone.localtime(bikes.published_at).date() == date(2026, 12, 2)
    assert bikes.date_origin == DateOrigin.PAGE_META and bikes.date_is_day


def test_feed_footers_are_removed_and_paragraphs_kept(watchlist, feed_server):
    # given a WordPress feed whose content ends with its footer, paragraphs without spaces between them
    content = (
        "<p>La municipalidad inauguró el parque.</p><p>El alcalde Jorge Cárdenas Vilca agradeció a los vecinos.</p>"
        '<p>La entrada <a href="https://x.example.pe/p">Inauguran parque</a> se publicó primero en '
        '<a href="https://x.example.pe">Diario X</a>.</p>'
    )
    english = "<p>Second story text.</p><p>The post <a href='#'>Park</a> appeared first on <a href='#'>X</a>.</p>"
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>X</title>"
        f"<item><title>Inauguran parque</title><guid>wp-1</guid>"
        f"<content:encoded><![CDATA[{content}]]></content:encoded>"
        "<pubDate>Thu, 03 Dec 2026 10:00:00 -0500</pubDate></item>"
        f"<item><title>Park</title><guid>wp-2</guid><description><![CDATA[{english}]]></description>"
        "<pubDate>Thu, 03 Dec 2026 11:00:00 -0500</pubDate></item>"
        "</channel></rss>"
    )
    feed_server.expect_request("/wp.xml").respond_with_data(feed, content_type="application/rss+xml")
    source = Source.objects.create(name="Diario X", kind=SourceKind.FEED, url=feed_server.url_for("/wp.xml"))

    source_poll(source=source)

    park = Clipping.objects.get(guid="wp-1")
    assert park.body_text == (
        "La municipalidad inauguró el parque.\n\nEl alcalde Jorge Cárdenas Vilca agradeció a los vecinos."
    )
    assert "appeared first" not in Clipping.objects.get(guid="wp-2").body_text


def test_a_date_without_time_is_a_lima_day_and_the_feed_date_wins_over_the_page(client_as, watchlist, feed_server):
    # given a feed with a date-only item and a teaser whose page declares another date
    base = feed_server.url_for("/").rstrip("/")
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>R</title>'
        "<item><title>Solo fecha</title><guid>d-1</guid><dc:date>2026-12-03</dc:date>"
        f"<description>{'Texto de la nota completo. ' * 30}</description></item>"
        f"<item><title>Con página</title><guid>d-2</guid><link>{base}/nota/motos</link>"
        "<pubDate>Fri, 04 Dec 2026 08:15:00 -0500</pubDate><description>Avance breve.</description></item>"
        "</channel></rss>"
    )
    feed_server.expect_request("/r.xml").respond_with_data(feed, content_type="application/rss+xml")
    feed_server.expect_request("/nota/motos").respond_with_data(
        fixture_text("old_template_br.html"), content_type="text/html"
    )
    source = Source.objects.create(name="R", kind=SourceKind.FEED, url=feed_server.url_for("/r.xml"))

    source_poll(source=source)

    # then the date-only story is on 3 December in Lima (not the evening of the 2nd)
    day_only = Clipping.objects.get(guid="d-1")
    assert timezone.localtime(day_only.published_at).date() == date(2026, 12, 3)
    assert day_only.date_is_day and day_only.date_origin == DateOrigin.FEED
    # and the teaser keeps the feed's date, not the page's
    teaser = Clipping.objects.get(guid="d-2")
    local = timezone.localtime(teaser.published_at)
    assert (local.date(), local.hour, local.minute) == (date(2026, 12, 4), 8, 15)
    assert teaser.date_origin == DateOrigin.FEED

    # and the analyst sees where each date came from
    page = client_as("media_analyst").get(reverse("monitoring:clipping_detail", args=[day_only.pk])).content.decode()
    assert "03/12/2026" in page and "según el canal" in page and "sin hora" in page


def test_a_story_without_any_date_takes_its_arrival_and_says_so(watchlist, feed_server):
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>R</title>'
        f"<item><title>Sin fecha</title><guid>n-1</guid><description>{'Texto. ' * 80}</description></item>"
        "</channel></rss>"
    )
    feed_server.expect_request("/n.xml").respond_with_data(feed, content_type="application/rss+xml")
    source_poll(source=Source.objects.create(name="R", kind=SourceKind.FEED, url=feed_server.url_for("/n.xml")))
    assert Clipping.objects.get().date_origin == DateOrigin.ARRIVAL
