"""Test plan S16 for the newsroom's feeds, with the edge cases of the plan: accents, `]]>`, emoji and CRLF.

No W3C validator or xmllint here: the XML must parse strictly (defusedxml, as `xmllint --noout` would),
feedparser must read it without a `bozo` flag, and the elements RSS 2.0 and Atom (RFC 4287) require must be
present and carry the text as typed.

Both Atom feeds are also validated against RFC 4287's own schema: `schemas/atom.rnc` is Appendix B as published
(informative), and `schemas/atom.rng` its XML form made by rnc2rng 2.7.0 (`rnc2rng atom.rnc > atom.rng`), with the
one change lxml needs: the unused declaration `xmlns:local=""` removed, since XML namespaces forbid binding a prefix
to the empty name. RELAX NG skips the Schematron rules the schema carries as annotations, so the test evaluates each
rule's XPath itself.
"""

from __future__ import annotations

import html
from pathlib import Path

import feedparser
import pytest
from defusedxml import ElementTree
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from lxml import etree

from heraldo.press.models import Bulletin, PressRelease, ReleaseStatus
from heraldo.press.services.releases import release_create

pytestmark = pytest.mark.django_db

HEADLINE = "Año Nuevo en Ñaña: ]]> fiesta 🎉 «sin» cortes & más"
LEAD = "Primera línea.\r\nSegunda línea con ]]> y 🎉."
ATOM = "{http://www.w3.org/2005/Atom}"
ATOM_SCHEMA = Path(__file__).parent / "schemas" / "atom.rng"
SCHEMATRON = {"s": "http://www.ascc.net/xml/schematron"}


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


@pytest.fixture
def edge_bulletin(persona):
    return Bulletin.objects.create(
        title=HEADLINE,
        number=7,
        period_label="Diciembre de 2026 🎉",
        intro=LEAD,
        status=Bulletin.Status.PUBLISHED,
        published_at=timezone.now(),
        created_by=persona("press_officer"),
    )


def schematron_failures(schema: etree._ElementTree, feed: etree._Element) -> list[str]:
    """The message of every Schematron assertion of the schema that some element of the feed breaks."""
    namespaces = {"atom": ATOM.strip("{}")}
    failures = []
    for rule in schema.iterfind(".//s:rule", SCHEMATRON):
        for context in feed.xpath(f"//{rule.get('context')}", namespaces=namespaces):
            for check in rule.iterfind("s:assert", SCHEMATRON):
                if not context.xpath(f"boolean({check.get('test')})", namespaces=namespaces):
                    failures.append(check.text)
    return failures


@pytest.mark.parametrize("feed_name", ["newsroom:atom", "newsroom:bulletin_feed"])
def test_atom_feeds_are_valid_against_the_relax_ng_schema_of_rfc_4287(feed_name, edge_release, edge_bulletin):
    schema = etree.parse(ATOM_SCHEMA)
    validator = etree.RelaxNG(schema)
    body = Client().get(reverse(feed_name)).content
    feed = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
    assert len(feed.findall(ATOM + "entry")) == 1
    assert validator.validate(feed), [str(error) for error in validator.error_log]
    assert schematron_failures(schema, feed) == []


def test_the_schema_refuses_what_rfc_4287_forbids(edge_release):
    """The schema is not a formality: a feed without an id, or with an entry without a link or content, fails."""
    schema = etree.parse(ATOM_SCHEMA)
    validator = etree.RelaxNG(schema)
    feed = etree.fromstring(Client().get(reverse("newsroom:atom")).content)
    without_id = etree.fromstring(etree.tostring(feed))
    without_id.remove(without_id.find(ATOM + "id"))
    assert not validator.validate(without_id)
    without_link = etree.fromstring(etree.tostring(feed))
    entry = without_link.find(ATOM + "entry")
    for link in entry.findall(ATOM + "link"):
        entry.remove(link)
    for content in entry.findall(ATOM + "content"):
        entry.remove(content)
    assert validator.validate(without_link)  # RELAX NG alone cannot see it: the Schematron rule does
    assert schematron_failures(schema, without_link) == [
        "An atom:entry must have at least one atom:link element with a rel attribute of 'alternate' or an atom:content."
    ]
