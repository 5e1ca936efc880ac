"""The public newsroom: only published releases, feeds that parse, share tags, search, sitemap, speed."""

import json

import feedparser
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from heraldo.press.models import Category, ReleaseStatus, Tag
from heraldo.press.services.releases import release_photo_add
from heraldo.press.tests.factories import jpeg_upload, make_release

pytestmark = pytest.mark.django_db
S = ReleaseStatus


@pytest.fixture
def newsroom(persona):
    author = persona("press_officer")
    obras = Category.objects.create(name="Obras", slug="obras")
    tag = Tag.objects.create(name="mercados", slug="mercados")
    published = make_release(
        author,
        headline="Alcalde inaugura el mercado de Barrio Alto",
        status=S.PUBLISHED,
        category=obras,
        tags=[tag],
        body="<p>Con 120 puestos & servicios.</p>",
        quotes="«Un día de fiesta]]>» — Vecina, 🎉",
    )
    release_photo_add(release=published, actor=author, upload=jpeg_upload("a.jpg"), alt_text="Corte de cinta")
    release_photo_add(release=published, actor=author, upload=jpeg_upload("b.jpg", color=(1, 2, 3)), alt_text="Vecinos")
    draft = make_release(author, headline="Borrador secreto que nadie debe ver aún")
    release_photo_add(release=draft, actor=author, upload=jpeg_upload("c.jpg", color=(9, 9, 9)), alt_text="x")
    review = make_release(author, headline="Nota en revisión que tampoco es pública", status=S.IN_REVIEW)
    return {"published": published, "draft": draft, "review": review}


def test_only_published_releases_appear_anywhere_public(newsroom):
    client = Client()
    pages = [
        reverse("newsroom:list"),
        reverse("newsroom:category", args=["obras"]),
        reverse("newsroom:tag", args=["mercados"]),
        reverse("newsroom:galleries"),
        reverse("newsroom:rss"),
        reverse("newsroom:atom"),
        reverse("newsroom:json_feed"),
        reverse("newsroom:sitemap"),
        reverse("newsroom:list") + "?q=secreto",
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert "Borrador secreto" not in body and "en revisión que tampoco" not in body, url
    assert "Alcalde inaugura el mercado" in client.get(reverse("newsroom:list")).content.decode()
    for hidden in (newsroom["draft"], newsroom["review"]):
        assert client.get(reverse("newsroom:detail", args=[hidden.pk, hidden.slug])).status_code == 404
    draft_photo = newsroom["draft"].photos.get().asset_id
    assert client.get(reverse("newsroom:photo", args=[draft_photo, "web"])).status_code == 404
    public_photo = newsroom["published"].photos.first().asset_id
    assert client.get(reverse("newsroom:photo", args=[public_photo, "web"])).status_code == 200
    assert client.get(reverse("newsroom:photo", args=[public_photo, "original"])).status_code == 404


def test_detail_carries_open_graph_and_twitter_tags_and_a_canonical_slug(newsroom):
    release = newsroom["published"]
    client = Client()
    assert client.get(reverse("newsroom:detail", args=[release.pk, "otro-slug"])).status_code == 301
    html = client.get(release.get_public_url()).content.decode()
    assert '<meta property="og:title" content="Alcalde inaugura el mercado de Barrio Alto">' in html
    assert 'property="og:image" content="http://testserver/noticias/foto/' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert "Galería de fotos" in html and 'alt="Vecinos"' in html


def test_rss_and_atom_parse_without_errors_and_list_the_release(newsroom):
    for name in ("newsroom:rss", "newsroom:atom"):
        feed = feedparser.parse(Client().get(reverse(name)).content)
        assert feed.bozo == 0, (name, feed.get("bozo_exception"))
        assert [e.title for e in feed.entries] == ["Alcalde inaugura el mercado de Barrio Alto"]
        assert feed.entries[0].link.endswith(newsroom["published"].get_public_url())


def test_json_feed_is_valid_json_feed_1_1(newsroom):
    response = Client().get(reverse("newsroom:json_feed"))
    assert response["Content-Type"].startswith("application/feed+json")
    feed = json.loads(response.content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    (item,) = feed["items"]
    assert item["title"] == "Alcalde inaugura el mercado de Barrio Alto"
    assert item["image"].startswith("http://testserver/noticias/foto/")
    assert item["content_html"] == "<p>Con 120 puestos &amp; servicios.</p>"


def test_search_ignores_accents_and_case(newsroom):
    html = Client().get(reverse("newsroom:list"), {"q": "ALCALDE inaugura"}).content.decode()
    assert "Alcalde inaugura el mercado" in html
    html = Client().get(reverse("newsroom:list"), {"q": "zzz"}).content.decode()
    assert "No encontramos noticias" in html


def test_list_paginates_with_a_constant_number_of_queries(persona, django_assert_max_num_queries):
    author = persona("press_officer")
    for n in range(30):
        release = make_release(author, headline=f"Noticia publicada número {n:02d}", status=S.PUBLISHED)
        if n < 3:
            release_photo_add(
                release=release, actor=author, upload=jpeg_upload(f"{n}.jpg", color=(n, n, n)), alt_text="x"
            )
    client = Client()
    # Built for the first visitor (one more query reads the newsroom's change stamp), then kept for the others.
    with django_assert_max_num_queries(7):
        response = client.get(reverse("newsroom:list"), {"page": 2})
    with django_assert_max_num_queries(1):
        Client().get(reverse("newsroom:list"), {"page": 2})
    html = response.content.decode()
    assert response.status_code == 200 and "Página 2" in html and "Anteriores" in html and "Más recientes" in html


def test_sitemap_lists_public_urls(newsroom):
    xml = Client().get(reverse("newsroom:sitemap")).content.decode()
    assert newsroom["published"].get_public_url() in xml and "<urlset" in xml


def test_withdrawn_release_leaves_the_newsroom(newsroom):
    release = newsroom["published"]
    release.status = S.WITHDRAWN
    release.withdrawn_at = timezone.now()
    release.save()
    assert Client().get(release.get_public_url()).status_code == 404
