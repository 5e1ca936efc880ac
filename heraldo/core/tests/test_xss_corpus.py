"""Test plan F9: one payload corpus through every output channel, judged by one helper per kind of output.

The payloads go where people type (a release's headline, lead and body, an event's title and place, a person's
name) or where a news site writes (a clipping's headline, which alerts mail out), and come out as staff and public
HTML pages, RSS, Atom, JSON Feed, ICS, Word, PDF and alert e-mails. HTML (and the HTML that feeds and e-mails
carry) must hold no script, no event handler and no `javascript:` link as markup; text channels (ICS, the titles
of Atom and JSON Feed, Word, the text a PDF shows) must carry the payload back as the same inert text, without
breaking the document's structure; a PDF must carry no script action and no link to a script.
"""

from __future__ import annotations

import html
import io
import json
import re
from html.parser import HTMLParser

import icalendar
import pytest
from defusedxml import ElementTree
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from docx import Document
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from heraldo.ceremonial.tests.factories import EventFactory
from heraldo.press.models import PressRelease, ReleaseStatus

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    '"><svg onload=alert(3)>',
    '<a href="javascript:alert(4)">clic</a>',
    "<iframe src=javascript:alert(5)></iframe>",
    "]]><script>alert(6)</script><![CDATA[",
    "<body onload=alert(7)>",
    "<a href=' JaVa&#x09;ScRiPt:alert(8)'>x</a>",
]
TEXT = " ".join(PAYLOADS)


def _as_browsers_read(url: str) -> str:
    """A link as the URL standard parses it: C0 controls and spaces trimmed at the ends, tabs and newlines dropped
    anywhere. A space inside ("jav ascript:", which the fuzzer tried) stays: that is a relative link, not a script."""
    return re.sub(r"[\t\n\r]", "", url.strip("".join(chr(code) for code in range(0x21))))


class _ActiveMarkup(HTMLParser):
    """What in an HTML document would run: inline scripts, event handlers, script URLs, frames, SVG."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script" and not attributes.get("src"):
            self.found.append("inline <script>")
        if tag in ("iframe", "svg", "object", "embed"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{name}= on <{tag}>")
            compact = _as_browsers_read(value or "").lower()
            if name in ("href", "src", "action", "formaction") and compact.startswith(("javascript:", "vbscript:")):
                self.found.append(f"{name}={value!r} on <{tag}>")


def assert_inert_html(html: str, where: str) -> None:
    parser = _ActiveMarkup()
    parser.feed(html)
    parser.close()
    assert parser.found == [], where


@pytest.fixture
def poisoned(persona):
    """The corpus typed into a release (through the service, as the editor and the API save) and an event."""
    from heraldo.press.services.releases import release_create

    release = release_create(actor=persona("press_officer"), headline=TEXT[:200], lead=TEXT, body="<p>" + TEXT + "</p>")
    PressRelease.objects.filter(pk=release.pk).update(status=ReleaseStatus.PUBLISHED, published_at=timezone.now())
    release.refresh_from_db()
    event = EventFactory(title=TEXT[:200], place=PAYLOADS[1], is_public=True)
    return release, event


def test_html_pages_render_the_corpus_inert(client_as, poisoned):
    release, event = poisoned
    staff = client_as("head_of_unit")
    pages = {
        "staff release": staff.get(reverse("press:release_detail", args=[release.pk])),
        "public release": Client().get(release.get_public_url()),
        "newsroom": Client().get("/noticias/"),
        "staff event": staff.get(reverse("ceremonial:event_detail", args=[event.pk])),
        "public agenda": Client().get(reverse("ceremonial:public_agenda")),
        "search": staff.get(reverse("core:search"), {"q": "alert"}),
    }
    for where, response in pages.items():
        assert response.status_code == 200, where
        assert_inert_html(response.content.decode(), where)


def test_feeds_carry_the_corpus_as_inert_html_and_plain_titles(poisoned):
    release, _event = poisoned
    rss = ElementTree.fromstring(Client().get("/noticias/rss/").content)
    item = rss.find("channel/item")
    assert item is not None
    assert_inert_html(item.findtext("description") or "", "RSS description")
    atom_ns = {"a": "http://www.w3.org/2005/Atom"}
    atom = ElementTree.fromstring(Client().get("/noticias/atom/").content)
    entry = atom.find("a:entry", atom_ns)
    assert entry is not None
    title = entry.find("a:title", atom_ns)
    assert title is not None and title.get("type", "text") == "text"  # a reader must show it as text
    assert title.text == release.headline
    for content in entry.findall("a:content", atom_ns) + entry.findall("a:summary", atom_ns):
        if content.get("type") == "html":
            assert_inert_html(content.text or "", "Atom content")
    feed = json.loads(Client().get("/noticias/feed.json").content)
    first = feed["items"][0]
    assert first["title"] == release.headline  # JSON Feed titles are plain text
    assert_inert_html(first.get("content_html", ""), "JSON Feed content_html")


def test_the_agenda_feed_keeps_the_corpus_as_text_in_one_event(poisoned):
    _release, event = poisoned
    body = Client().get(reverse("ceremonial:feed_public")).content
    events = icalendar.Calendar.from_ical(body).walk("VEVENT")
    assert len(events) == 1  # nothing in the title opened another event or property
    assert str(events[0]["summary"]) == event.title
    assert str(events[0]["location"]) == event.place


def test_the_word_script_keeps_the_corpus_as_text(client_as, poisoned):
    from heraldo.ceremonial.models import CeremonyScript

    _release, event = poisoned
    CeremonyScript.objects.create(event=event, text=TEXT, generated_at=timezone.now())
    answer = client_as("protocol_officer").get(reverse("ceremonial:script_docx", args=[event.pk]))
    assert answer.status_code == 200
    text = "\n".join(paragraph.text for paragraph in Document(io.BytesIO(answer.content)).paragraphs)
    assert TEXT in text  # round-trips as text: the document opens, nothing became markup


def pdf_text_and_actions(data: bytes) -> tuple[str, list[str]]:
    """The text a PDF shows (whitespace folded), and every action or script anywhere in its objects."""
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    active: list[str] = []
    seen: set[int] = set()

    def walk(value: object) -> None:
        if isinstance(value, IndirectObject):
            if value.idnum in seen:
                return
            seen.add(value.idnum)
            value = value.get_object()
        if isinstance(value, DictionaryObject):
            for key in ("/JavaScript", "/JS", "/OpenAction", "/AA", "/Launch"):
                if key in value:
                    active.append(key)
            uri = str(value.get("/URI", ""))
            if re.sub(r"\s", "", uri).lower().startswith(("javascript:", "vbscript:", "data:")):
                active.append(f"/URI {uri}")
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(reader.trailer)
    return text, active


def test_pdfs_show_the_corpus_as_text_and_carry_no_script(client_as, persona, poisoned):
    from heraldo.ceremonial.models import CeremonyScript
    from heraldo.press.models import Bulletin
    from heraldo.press.services.bulletins import bulletin_render_pdf, bulletin_save

    release, event = poisoned
    CeremonyScript.objects.create(event=event, text=TEXT, generated_at=timezone.now())
    script = client_as("protocol_officer").get(reverse("ceremonial:script_pdf", args=[event.pk])).content
    editor = persona("press_officer")
    bulletin = bulletin_save(actor=editor, title=PAYLOADS[0], number=1, period_label=PAYLOADS[1], releases=[release])
    bulletin = bulletin_render_pdf(bulletin=Bulletin.objects.get(pk=bulletin.pk), actor=editor)
    with bulletin.pdf.open("rb") as stored:
        documents = {"ceremony script": script, "bulletin": stored.read()}
    for where, data in documents.items():
        text, active = pdf_text_and_actions(data)
        assert active == [], where
        for payload in (PAYLOADS[0], PAYLOADS[1], "alert(4)"):  # shown as typed, so never taken as markup
            assert payload in text, (where, payload)


def test_alert_emails_carry_a_news_sites_payload_inert(persona, django_capture_on_commit_callbacks):
    from heraldo.core.outbox import outbox_drain
    from heraldo.monitoring.channels import EmailChannel
    from heraldo.monitoring.ingestion import clipping_store
    from heraldo.monitoring.models import Alert, AlertRule, AlertTarget

    # given a story whose headline a hostile site wrote, matched by a rule whose name staff typed
    clipping, _created = clipping_store(title=TEXT[:480], published_at=timezone.now(), body_text="Texto de la nota.")
    rule = AlertRule.objects.create(name=PAYLOADS[2], target=AlertTarget.MAYOR)
    alert = Alert.objects.create(rule=rule, clipping=clipping)
    # when the alert is mailed
    with django_capture_on_commit_callbacks(execute=True):
        EmailChannel().send(user=persona("mayor"), alerts=[alert], key="xss")
    outbox_drain()
    (message,) = mail.outbox
    (markup,) = [content for content, kind in message.alternatives if kind == "text/html"]
    # then the HTML part shows the headline and the rule as text, and nothing in it would run
    assert_inert_html(markup, "alert e-mail")
    shown = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    assert clipping.title in shown and PAYLOADS[2] in shown
    assert clipping.title in message.body  # the plain-text part keeps it as typed
