"""Test plan S16 for the newsroom's feeds, with the edge cases of the plan: accents, `]]>`, emoji and CRLF.

No W3C validator or xmllint here: the XML must parse strictly (defusedxml, as `xmllint --noout` would),
feedparser must read it without a `bozo` flag, and the elements RSS 2.0 and Atom (RFC 4287) require must be
present and carry the text as typed.
"""

from __future__ import annotations

import html

import feedparser
import pytest
from defusedxml import ElementTree
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from heraldo.press.models import PressRelease, ReleaseStatus
from heraldo.press.services.releases import release_create

pytestmark = pytest.mark.django_db

HEADLINE = "Año Nuevo en Ñaña: ]]> fiesta 🎉 «sin» cortes & más"
LEAD = "Primera línea.\r\nSegunda línea con ]]> y 🎉."
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def edge_release(persona):
    release = release_create(actor=persona("press_officer"), headline=HEADLINE, lead=LEAD, body="<p>Cuerpo.</p>")
    PressRelease.objects.filter(pk=release.pk).update(status=ReleaseStatus.PUBLISHED, published_at=timezone.now())
    return release


def test_rss_is_well_formed_complete_and_keeps_the_edge_cases(edge_release):
    body = Client().get(reverse("newsroom:rss")).content
    channel = ElementTree.fromstring(body).find("channel")
    assert channel is not None
    for required in ("title", "link", "description"):  # RSS 2.0's required channel elements
        assert (channel.findtext(required) or "").strip(), required
    (item,) = channel.findall("item")
    assert item.findtext("title") == HEADLINE
    assert item.findtext("link", "").endswith(edge_release.get_public_url())
    assert item.findtext("guid") and item.findtext("pubDate")
    parsed = feedparser.parse(body)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.entries[0].title == HEADLINE
    assert "Segunda línea con ]]> y 🎉." in html.unescape(parsed.entries[0].summary)  # the summary is HTML


@pytest.mark.parametrize("feed_name", ["newsroom:atom", "newsroom:bulletin_feed"])
def test_atom_feeds_name_their_author_as_rfc_4287_requires(feed_name, edge_release):
    feed = ElementTree.fromstring(Client().get(reverse(feed_name)).content)
    assert feed.findtext(f"{ATOM}author/{ATOM}name")  # required of a feed unless every entry names one


def test_atom_is_well_formed_and_has_what_rfc_4287_requires(edge_release):
    body = Client().get(reverse("newsroom:atom")).content
    feed = ElementTree.fromstring(body)
    for required in ("id", "title", "updated"):
        assert (feed.findtext(ATOM + required) or "").strip(), required
    assert feed.findtext(f"{ATOM}author/{ATOM}name")  # required unless every entry names one
    (entry,) = feed.findall(ATOM + "entry")
    for required in ("id", "title", "updated"):
        assert (entry.findtext(ATOM + required) or "").strip(), required
    assert entry.findtext(ATOM + "title") == HEADLINE
    link = entry.find(ATOM + "link")
    assert link is not None and link.get("href", "").endswith(edge_release.get_public_url())
    parsed = feedparser.parse(body)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.entries[0].title == HEADLINE
