"""Parse: fetched bytes to items (feeds, section pages, article pages). Reads no database and stores nothing."""

from __future__ import annotations

import email.utils
import html
import html.entities
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, time
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import Element, ParseError
from zoneinfo import ZoneInfo

import lxml.html
from dateutil import parser as date_parser
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeXML
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.monitoring.css import css_to_xpath

MAX_ITEMS_PER_POLL = 500
DEFAULT_LINK_SELECTOR = "article a[href], h2 a[href], h3 a[href]"


class SourceContentError(Exception):
    """The fetched content is not what the source should give; the message is Spanish."""


class DateOrigin:
    """Where a clipping's date came from (stored on the clipping, shown to the analyst)."""

    FEED = "feed"
    PAGE_META = "page_meta"
    PAGE_TEXT = "page_text"
    ARRIVAL = "arrival"
    ENTERED = "entered"


@dataclass
class Item:
    title: str
    url: str = ""
    guid: str = ""
    published_at: datetime | None = None
    text: str = ""
    summary: str = ""
    author: str = ""
    date_origin: str = ""
    date_is_day: bool = False
    # Who first published it, when the feed (an aggregator's) names someone else: the <source> element,
    # dc:publisher or dc:creator, matched against the Registro's outlets when storing.
    outlet_names: list[str] = field(default_factory=list)
    # The outlet the item's <source> element names: kept as given when the Registro does not know it
    # (a dc:creator is usually the journalist, so it only counts when it is an outlet of the Registro).
    source_name: str = ""
    page_read: bool = False  # read from the article page itself (nothing more to fetch)


BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "td", "th",
    "table", "section", "article", "figure", "figcaption", "pre", "hr", "dd", "dt", "header", "footer",
)  # fmt: skip
PARAGRAPH_BREAK = "\n\n"

# Lines that are the feed's or the template's, never the story's: WordPress' footer ("La entrada … se publicó
# primero en …", "The post … appeared first on …"), "read more" links and related-story lines.
_BOILERPLATE_LINE = re.compile(
    r"^\s*(?:"
    r"la entrada\b.{0,400}?\bse public[oó] primero en\b.*"
    r"|the post\b.{0,400}?\bappeared first on\b.*"
    r"|(?:\[(?:…|\.\.\.)\]\s*)?(?:leer|seguir leyendo|sigue leyendo|continuar leyendo|contin[uú]a leyendo|leer m[aá]s"
    r"|ver m[aá]s|read more|continue reading)\b.{0,200}"
    r"|(?:lee|leer|mira|ver|te puede interesar|tambi[eé]n te puede interesar"
    r"|noticias? relacionadas?|notas? relacionadas?"
    r"|relacionad[oa]s?|m[aá]s noticias|lo m[aá]s le[ií]do|te recomendamos)\s*(?:tambi[eé]n)?\s*:.*"
    r"|(?:noticias|notas|art[ií]culos) relacionad[oa]s|lo m[aá]s le[ií]do|comentarios|deja (?:un|tu) comentario.*"
    r"|comp[aá]rt[ea]lo.*|compartir(?: en)?:?.*|s[ií]guenos en.*|suscr[ií]bete.*"
    r")\s*$",
    re.IGNORECASE,
)
# The same footer run into the last paragraph rather than on its own line.
_TRAILING_FOOTER = re.compile(
    r"\s*(?:la entrada\s.{0,400}?\sse public[oó] primero en\s[^\n]*|the post\s.{0,400}?\sappeared first on\s[^\n]*"
    r"|\[(?:…|\.\.\.)\]\s*$|(?:…|\.\.\.)\s*(?:leer|seguir leyendo|sigue leyendo|leer m[aá]s|read more)[^\n]*$)",
    re.IGNORECASE,
)


_FOOTER_MARKS = ("primero en", "first on", "…", "...", "leer", "leyendo", "read more")


def clean_text(text: str) -> str:
    """Paragraphs kept (one blank line between them), blanks collapsed inside each, boilerplate lines dropped."""
    paragraphs = []
    for line in (text or "").splitlines():
        line = " ".join(line.split())
        if not line or _BOILERPLATE_LINE.match(line):
            continue
        lowered = line[-600:].lower()
        if any(mark in lowered for mark in _FOOTER_MARKS):  # the regex only where it can match (it is slow)
            line = _TRAILING_FOOTER.sub("", line).strip()
        if line:
            paragraphs.append(line)
    return PARAGRAPH_BREAK.join(paragraphs)


def html_to_text(markup: str) -> str:
    """The text of a fragment of HTML, one paragraph per block: `<p>uno</p><p>dos</p>` never reads "unodos"."""
    if not markup:
        return ""
    if "<" not in markup:
        return clean_text(html.unescape(markup))
    try:
        document = lxml.html.fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return clean_text(re.sub(r"<[^>]+>", "\n", markup))
    for bad in document.xpath("//script|//style"):
        bad.drop_tree()
    for block in document.iter(*BLOCK_TAGS):
        block.tail = "\n" + (block.tail or "")
        if block.tag != "br":
            block.text = "\n" + (block.text or "")
    return clean_text(document.text_content())


def looks_cut(text: str) -> bool:
    """A teaser that says so: it ends in an ellipsis or a "read more" link (the feed cut the story)."""
    tail = (text or "").rstrip()[-40:].lower()
    return bool(re.search(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$|(?:leer m[aá]s|seguir leyendo|read more)\W*$", tail))


_DATE_ONLY = re.compile(
    r"^\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|(?:[a-z]{3},\s*)?\d{1,2}\s+[a-z]{3,}\.?\s+\d{4})\s*$",
    re.IGNORECASE,
)
# A date without a time is a day in Lima; it is placed at noon (the day's news, read in the next morning's síntesis),
# never at midnight UTC, which is the previous evening in Lima.
DAY_ONLY_HOUR = time(12, 0)


def local_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def parse_date(value) -> tuple[datetime | None, bool]:
    """(moment, day only). Naive times are Lima times; a date without a time is that day in Lima."""
    if not value:
        return None, False
    if isinstance(value, datetime):
        moment = value
        day_only = False
    else:
        raw = str(value).strip()
        moment = _fast_date(raw)
        if moment is None:
            try:
                moment = date_parser.parse(raw, dayfirst=not re.match(r"^\d{4}-", raw))
            except (ValueError, OverflowError, TypeError):
                return None, False
        day_only = bool(_DATE_ONLY.match(raw))
        if day_only:
            return datetime.combine(moment.date(), DAY_ONLY_HOUR, tzinfo=local_zone()), True
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=local_zone())
    return moment, day_only


def _fast_date(raw: str) -> datetime | None:
    """RFC 822 (RSS) and ISO 8601 (Atom) with a time, read without dateutil's general parser (ten times slower)."""
    if _DATE_ONLY.match(raw):
        return None
    try:
        if raw[:1].isdigit() and "T" in raw:
            return datetime.fromisoformat(raw.replace("Z", "+00:00"))
        if raw[:1].isalpha() and "," in raw[:5]:
            return email.utils.parsedate_to_datetime(raw)
    except (ValueError, TypeError, IndexError):
        return None
    return None


def _parse_date(value) -> datetime | None:
    return parse_date(value)[0]


def web_link(value: object) -> str:
    """A story's address if it is a web address; a feed's `javascript:` or `data:` link is dropped, not stored."""
    link = str(value or "").strip()
    try:
        scheme = urlsplit(link).scheme.lower()
    except ValueError:
        return ""
    return link if scheme in ("http", "https") else ""


_XML_NAMED = {"amp", "lt", "gt", "quot", "apos"}
_NAMED_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_BARE_AMPERSAND = re.compile(rb"&(?!#[0-9]+;|#x[0-9A-Fa-f]+;|[A-Za-z][A-Za-z0-9]{1,31};)")
_ROOT_TAGS = ("rss", "feed", "RDF")
_DECLARED_ENCODING = re.compile(rb"""(<\?xml[^>]*?encoding=)["'][^"']*["']""")


def _numeric_entity(match: re.Match) -> bytes:
    name = match.group(1).decode()
    if name in _XML_NAMED or name not in html.entities.name2codepoint:
        return match.group(0)
    return f"&#{html.entities.name2codepoint[name]};".encode()


def checked_feed_xml(body: bytes) -> tuple[bytes, Element]:
    """The feed as well-formed XML, or a refusal the analyst can read. Nothing of a refused feed is kept.

    Entity declarations are refused outright (defusedxml): they are how an XML bomb expands a few hundred bytes
    into gigabytes (billion laughs, quadratic blow-up) and how an external entity reads the server's files (XXE).
    A feed cut before its end is refused too, rather than salvaged: the cut item would be archived with half its
    text. Two common slips of hand-made feeds are repaired, not refused: HTML entities (`&nbsp;`) and bare `&`.
    """
    if not body.strip():
        raise SourceContentError(_("La fuente respondió sin contenido."))
    repaired: set[str] = set()  # each slip is repaired once
    for _attempt in range(5):
        try:
            root = SafeXML.fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
        except DefusedXmlException as exc:
            raise SourceContentError(
                _(
                    "Canal rechazado por seguridad: declara entidades XML, un recurso usado para ataques (expandir "
                    "el contenido hasta agotar el servidor o leer sus archivos). No se guardó ninguna nota; pida al "
                    "medio que publique un canal normal."
                )
            ) from exc
        except (LookupError, ValueError) as exc:
            # An encoding no codec knows ("utf-4"), or one the XML parser refuses ("utf-7", multi-byte): read
            # the bytes as they were written, UTF-8 or else Windows-1252.
            if "declaration" in repaired:
                raise SourceContentError(_("El contenido no es un canal RSS o Atom válido.")) from exc
            repaired.add("declaration")
            body = _DECLARED_ENCODING.sub(rb'\1"utf-8"', _as_utf8(body), count=1)
            continue
        except ParseError as exc:
            message = str(exc)
            if message.startswith("undefined entity") and "entities" not in repaired:
                body = _NAMED_ENTITY.sub(_numeric_entity, body)
                repaired.add("entities")
                continue
            if message.startswith("not well-formed") and "encoding" not in repaired and _declared_utf8(body):
                repaired.add("encoding")
                as_written = _as_utf8(body)
                if as_written != body:  # said UTF-8, written in Windows-1252: read as written
                    body = as_written
                    continue
            if message.startswith("not well-formed") and "ampersands" not in repaired and _BARE_AMPERSAND.search(body):
                body = _BARE_AMPERSAND.sub(b"&amp;", body)
                repaired.add("ampersands")
                continue
            line = exc.position[0] if getattr(exc, "position", None) else 0
            if not re.search(rb"<(rss|feed|rdf:RDF)[\s>]", body[:4096]):
                raise SourceContentError(_("El contenido no es un canal RSS o Atom válido.")) from exc
            if message.startswith(("no element found", "unclosed token")) or line >= body.rstrip().count(b"\n") + 1:
                raise SourceContentError(
                    _(
                        "El canal llegó cortado: termina antes de cerrarse (línea %(line)s). No se guardó ninguna "
                        "nota para no archivar textos incompletos; se volverá a consultar."
                    )
                    % {"line": line}
                ) from exc
            raise SourceContentError(
                _("El canal está mal formado cerca de la línea %(line)s: no se guardó ninguna nota.") % {"line": line}
            ) from exc
        if root.tag.rsplit("}", 1)[-1] not in _ROOT_TAGS:
            raise SourceContentError(_("El contenido no es un canal RSS o Atom válido."))
        return body, root
    raise SourceContentError(_("El contenido no es un canal RSS o Atom válido."))


def _as_utf8(body: bytes) -> bytes:
    """The body as UTF-8: unchanged when it already is, else read as Windows-1252 (what such feeds are written in)."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace").encode("utf-8")
    return body


def _declared_utf8(body: bytes) -> bool:
    declaration = re.match(rb"\s*<\?xml[^>]*?encoding=[\"']([A-Za-z0-9_-]+)", body[:200])
    return declaration is None or declaration.group(1).lower() in (b"utf-8", b"utf8")


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _entry_extras(root: Element) -> list[dict]:
    """Per item, what the fast parser drops: the raw date (to tell a day from a moment) and who published it."""
    extras = []
    for node in root.iter():
        if _local(node.tag) not in ("item", "entry"):
            continue
        found: dict = {"names": [], "source": ""}
        for child in node:
            name = _local(child.tag)
            text = " ".join((child.text or "").split())
            if name in ("pubDate", "published", "issued") and text:
                found.setdefault("date", text)
            elif name in ("date", "updated", "modified") and text:
                found.setdefault("fallback_date", text)
            elif name == "source":
                title = next((c.text for c in child if _local(c.tag) == "title"), None) or text
                if title:
                    found["names"].append(" ".join(title.split()))
                    found["source"] = " ".join(title.split())
                if child.get("url"):
                    found["names"].append(child.get("url"))
            elif name in ("publisher", "creator") and text:
                found["names"].append(text)
        extras.append(found)
    return extras


def parse_feed(body: bytes) -> list[Item]:
    """Checked as safe and complete XML first; then fastfeedparser (fast), feedparser for what it cannot read."""
    body, root = checked_feed_xml(body)
    extras = _entry_extras(root)
    # The checked tree of a feed at the size cap is over 10 MB: freed before the second parser builds its own.
    del root
    entries = None
    try:
        import fastfeedparser

        entries = fastfeedparser.parse(body).get("entries")
    except Exception:  # an odd but well-formed feed: the tolerant parser gets a chance
        entries = None
    if entries is None:
        import feedparser

        try:
            parsed = feedparser.parse(body, resolve_relative_uris=False, sanitize_html=False)
        except Exception as exc:  # feedparser's own bugs on odd XML (a namespace it cannot split): not our crash
            raise SourceContentError(_("El contenido no es un canal RSS o Atom válido.")) from exc
        if parsed.bozo and not parsed.entries:
            raise SourceContentError(_("El contenido no es un canal RSS o Atom válido."))
        entries = parsed.entries
    if len(extras) != len(entries):
        extras = [{"names": [], "source": ""}] * len(entries)
    items = []
    for entry, extra in list(zip(entries, extras, strict=True))[:MAX_ITEMS_PER_POLL]:
        content = ""
        for block in entry.get("content") or []:
            value = block.get("value") if isinstance(block, dict) else ""
            if value and len(value) > len(content):
                content = value
        description = entry.get("description") or entry.get("summary") or ""
        text = html_to_text(content or description)
        # fastfeedparser also gives an RSS <description> as the content: the same text is no summary. Cut to 1,000
        # characters it was taken for the story's lead, and the copy check then read only what follows it.
        lead = html_to_text(description) if content else ""
        published_at, day_only = parse_date(
            extra.get("date") or extra.get("fallback_date") or entry.get("published") or entry.get("updated")
        )
        summary = lead[:1000] if lead != text else ""
        title = " ".join(html_to_text(entry.get("title") or "").split())
        if extra.get("source") and title.endswith(f" - {extra['source']}"):
            title = title.removesuffix(f" - {extra['source']}")  # "Headline - Outlet", as aggregators write it
        items.append(
            Item(
                title=title[:500],
                url=web_link(entry.get("link")),
                guid=str(entry.get("id") or entry.get("guid") or "").strip(),
                published_at=published_at,
                date_origin=DateOrigin.FEED if published_at else "",
                date_is_day=day_only,
                text=text,
                summary=summary,
                author=str(entry.get("author") or "")[:200],
                outlet_names=[name[:200] for name in extra.get("names", [])],
                source_name=extra.get("source", "")[:200],
            )
        )
    return items


# Page furniture of news sites, old templates included: by element, and by id or class words.
_FURNITURE_TAGS = ("nav", "aside", "footer", "form", "iframe", "noscript", "script", "style", "button", "select")
_FURNITURE_WORDS = re.compile(
    r"(?:^|[\s_-])(?:coment\w*|comment\w*|disqus|respond|replies|relacionad\w*|related|widget\w*|sidebar|barra"
    r"|lateral|masthead|cabecera|cabezal|header|topbar|menu|nav\w*|breadcrumbs?|miga\w*|footer|pie|share|sharing"
    r"|compart\w*|social|redes|publicidad|banner|ads?|anuncio\w*|mas-?leid\w*|masleid\w*|popular\w*|tags?|etiquetas"
    r"|newsletter|suscri\w*|boletin|author-box|autor-box|clima|tiempo|cotizaciones|ticker|fecha-?hoy|hoy)(?:$|[\s_-])",
    re.IGNORECASE,
)
_META_DATE_NAMES = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "sailthru.date",
    "parsely-pub-date",
)
_MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
_TEXT_DATE = re.compile(
    r"(?:publicad[oa]\s+(?:el\s+)?)?(?:(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo),?\s+)?"
    r"(\d{1,2})\s+de\s+(" + "|".join(_MONTHS) + r")\s+(?:de|del)\s+(\d{4})"
    r"(?:[^\n\d]{0,12}(\d{1,2})[:.h](\d{2})\s*(a\.?\s?m\.?|p\.?\s?m\.?)?)?",
    re.IGNORECASE,
)


_DATELINE = re.compile(r"^\W*(?:publicad[oa]\s+(?:el\s+)?)?" + _TEXT_DATE.pattern + r"\W*$", re.IGNORECASE)


def _strip_furniture(document) -> None:
    """Drop comments, mastheads, widgets, related links, menus and share bars before the text is extracted."""
    for node in document.xpath("//comment()"):
        if node.getparent() is not None:
            node.drop_tree()
    doomed = list(document.iter(*_FURNITURE_TAGS))
    total = sum(len(p.text_content()) for p in document.iter("p")) or 1
    for node in document.xpath("//*[@id or @class or @role]"):
        if node.tag in ("html", "body", "article", "main", "h1") or node.xpath(
            ".//article|.//*[@itemprop='articleBody']"
        ):
            continue
        if sum(len(p.text_content()) for p in node.iter("p")) * 2 > total:
            continue  # a wrapper named like furniture ("content sidebar-right") that holds the story
        marks = f"{node.get('id') or ''} {node.get('class') or ''} {node.get('role') or ''}"
        if node.get("role") in ("navigation", "complementary", "banner", "contentinfo") or _FURNITURE_WORDS.search(
            marks
        ):
            doomed.append(node)
    for node in doomed:
        if node.getparent() is not None and not node.xpath(".//h1"):
            node.drop_tree()


def _meta_date(document) -> tuple[datetime | None, bool]:
    """The publication date the page declares for itself: meta tags, JSON-LD, a <time> of the article."""
    for node in document.xpath("//meta[@content]"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        if key in _META_DATE_NAMES:
            found = parse_date(node.get("content"))
            if found[0]:
                return found
    for node in document.xpath("//*[@itemprop='datePublished']"):
        found = parse_date(node.get("content") or node.get("datetime") or node.text_content())
        if found[0]:
            return found
    for node in document.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(node.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            current = stack.pop()
            if isinstance(current, list):
                stack.extend(current)
            elif isinstance(current, dict):
                if current.get("datePublished"):
                    found = parse_date(current["datePublished"])
                    if found[0]:
                        return found
                stack.extend(v for v in current.values() if isinstance(v, dict | list))
    for node in document.xpath("//article//time[@datetime] | //*[@itemprop='articleBody']//time[@datetime]"):
        found = parse_date(node.get("datetime"))
        if found[0]:
            return found
    return None, False


def _text_date(text: str) -> tuple[datetime | None, bool]:
    """A date written in the story's own text near its start ("Publicado el 3 de diciembre de 2026, 9:40 a. m.")."""
    match = _TEXT_DATE.search(text[:600])
    if not match:
        return None, False
    day, month, year = int(match.group(1)), _MONTHS[match.group(2).lower()], int(match.group(3))
    try:
        if match.group(4):
            hour, minute = int(match.group(4)), int(match.group(5))
            suffix = (match.group(6) or "").lower().replace(".", "").replace(" ", "")
            if suffix == "pm" and hour < 12:
                hour += 12
            elif suffix == "am" and hour == 12:
                hour = 0
            return datetime(year, month, day, hour, minute, tzinfo=local_zone()), False
        return datetime.combine(datetime(year, month, day).date(), DAY_ONLY_HOUR, tzinfo=local_zone()), True
    except ValueError:
        return None, False


def extract_article(body: bytes, url: str, content_selector: str = "") -> Item:
    """The story of an article page: its paragraphs without the template's furniture, and its own date."""
    import trafilatura

    markup = body.decode("utf-8", errors="replace")
    try:
        document = lxml.html.fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return Item(title="", url=url, page_read=True)
    published_at, day_only = _meta_date(document)
    origin = DateOrigin.PAGE_META if published_at else ""
    title_nodes = document.xpath("//h1")
    title = title_nodes[0].text_content() if title_nodes else ""
    if not title:
        found = document.xpath("//meta[@property='og:title']/@content | //title/text()")
        title = str(found[0]) if found else ""
    _strip_furniture(document)
    if content_selector:
        nodes = document.xpath(css_to_xpath(content_selector))
        text = PARAGRAPH_BREAK.join(
            part for part in (html_to_text(lxml.html.tostring(n, encoding="unicode")) for n in nodes) if part
        )
    else:
        cleaned = lxml.html.tostring(document, encoding="unicode")
        result = trafilatura.bare_extraction(
            cleaned, url=url, with_metadata=False, include_comments=False, include_tables=False, favor_precision=True
        )
        data = (result.as_dict() if hasattr(result, "as_dict") else dict(result)) if result is not None else {}
        text = clean_text(data.get("text") or "")
        if not text:
            article = document.xpath("//article") or document.xpath("//body")
            text = html_to_text(lxml.html.tostring(article[0], encoding="unicode")) if article else ""
        title = title or data.get("title") or ""
    title = " ".join(title.split())[:500]
    if text.startswith(title) and title:
        text = text[len(title) :].lstrip()
    first, _sep, rest = text.partition(PARAGRAPH_BREAK)
    if _DATELINE.match(first):  # a dateline under the headline is not the story's text
        text = rest
    if published_at is None:
        published_at, day_only = _text_date(text)
        if published_at is None and title_nodes:
            # A date written just under the headline of the article (not the masthead's "today").
            near = title_nodes[0].xpath("following::*[position() <= 4]")
            published_at, day_only = _text_date(" ".join(n.text_content() for n in near)[:600])
        origin = DateOrigin.PAGE_TEXT if published_at else ""
    return Item(
        title=title,
        url=url,
        text=text,
        published_at=published_at,
        date_origin=origin,
        date_is_day=day_only,
        page_read=True,
    )


def section_links(body: bytes, base_url: str, selector: str) -> list[str]:
    document = lxml.html.fromstring(body.decode("utf-8", errors="replace"))
    host = urlsplit(base_url).hostname
    links = []
    for node in document.xpath(css_to_xpath(selector or DEFAULT_LINK_SELECTOR)):
        href = node.get("href") if node.tag == "a" else None
        if not href:
            anchors = node.xpath(".//a[@href]")
            href = anchors[0].get("href") if anchors else None
        if not href:
            continue
        absolute = urljoin(base_url, href)
        if (
            urlsplit(absolute).hostname == host
            and absolute not in links
            and absolute.rstrip("/") != base_url.rstrip("/")
        ):
            links.append(absolute)
    return links[:MAX_ITEMS_PER_POLL]
