"""Rich text from users, made safe: an allowlist sanitiser (nh3) that also says what it removed.

Editors paste from Word, web pages and e-mails. Whatever they paste, the result
keeps only plain document structure (paragraphs, headings, lists, emphasis,
links, quotes, tables); scripts, event handlers, styles, foreign iframes and
`javascript:` links go. The caller shows `removed` to the user in Spanish, so
nobody wonders where a piece of their text went.

    result = sanitize_html(pasted)
    result.html      # safe to store and render with |safe
    result.removed   # ["un script (<script>)", "un atributo de evento (onclick)", …]

Text without any tag is treated as plain text: blank lines separate paragraphs.
`clean(clean(x)) == clean(x)` holds (the output is a fixed point).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

import nh3
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

ALLOWED_TAGS = frozenset(
    {
        "p",
        "br",
        "h2",
        "h3",
        "h4",
        "strong",
        "b",
        "em",
        "i",
        "u",
        "s",
        "sub",
        "sup",
        "a",
        "ul",
        "ol",
        "li",
        "blockquote",
        "q",
        "cite",
        "figure",
        "figcaption",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "caption",
        "hr",
        "abbr",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Removed with everything inside them (their text is never content).
DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math"}
)

_TAG_NAMES = {
    "script": gettext_lazy("un script"),
    "style": gettext_lazy("una hoja de estilo"),
    "iframe": gettext_lazy("un marco incrustado"),
    "object": gettext_lazy("un objeto incrustado"),
    "embed": gettext_lazy("un objeto incrustado"),
    "form": gettext_lazy("un formulario"),
    "input": gettext_lazy("un campo de formulario"),
    "img": gettext_lazy("una imagen (agréguela como foto de la nota)"),
    "svg": gettext_lazy("un dibujo SVG"),
    "link": gettext_lazy("un enlace a un recurso externo"),
    "meta": gettext_lazy("una etiqueta meta"),
    "video": gettext_lazy("un video (súbalo a la biblioteca de medios)"),
    "audio": gettext_lazy("un audio"),
}
_TAG_RE = re.compile(r"<[a-zA-Z!/]")


@dataclass(frozen=True)
class SanitizeResult:
    html: str
    removed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.removed)


class _Inspector(HTMLParser):
    """Lists what the allowlist will drop, in words an editor understands."""

    def __init__(self, tags: frozenset[str] = ALLOWED_TAGS) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.tags = tags

    def _note(self, text: str) -> None:
        if text not in self.found:
            self.found.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.tags:
            label = _TAG_NAMES.get(tag)
            if label:
                self._note(_("%(what)s (<%(tag)s>)") % {"what": label, "tag": tag})
            elif tag not in {"span", "div", "font", "html", "body", "head", "title", "o:p"}:
                # Layout wrappers from Word are dropped silently: their text stays.
                self._note(_("la etiqueta <%(tag)s> (se conservó su texto)") % {"tag": tag})
        for name, value in attrs:
            if name.startswith("on"):
                self._note(_("un atributo de evento (%(name)s)") % {"name": name})
            elif name == "style":
                self._note(_("estilos en línea (style)"))
            elif name in {"href", "src"} and value and (scheme := _dangerous_scheme(value)):
                self._note(_("un enlace peligroso (%(scheme)s)") % {"scheme": scheme})


def _dangerous_scheme(value: str) -> str:
    """The scheme of a link the allowlist refuses, as a browser reads it (blanks and control characters ignored)."""
    compact = re.sub(r"[\s\x00-\x1f]", "", value).lower()
    scheme, colon, _rest = compact.partition(":")
    if not colon or scheme in URL_SCHEMES or compact.startswith(("/", "#", "?")):
        return ""
    return scheme


def _is_dangerous_url(value: str) -> bool:
    return bool(_dangerous_scheme(value))


WEB_SCHEMES = frozenset({"http", "https"})


def web_address(value: str) -> str:
    """`value` if it is an http(s) address, else "": what a stored link field may hold.

    Browsers ignore blanks and control characters inside a scheme and read it in any case, so
    " JaVa\tScRiPt:" is `javascript:` to them, and to this check too.
    """
    link = (value or "").strip()
    scheme, colon, _rest = re.sub(r"[\s\x00-\x1f]", "", link).lower().partition(":")
    return link if colon and scheme in WEB_SCHEMES else ""


def plain_text_to_html(text: str) -> str:
    """Paragraphs from blank-line separated plain text; single newlines become <br>."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    return "".join("<p>" + escape(p, quote=False).replace("\n", "<br>") + "</p>" for p in paragraphs)


def sanitize_html(
    value: str,
    *,
    tags: frozenset[str] = ALLOWED_TAGS,
    attributes: Mapping[str, frozenset[str] | set[str]] = ALLOWED_ATTRIBUTES,
) -> SanitizeResult:
    """Clean user HTML (or plain text) with the allowlist; report what was dropped.

    A module whose text allows less (a press release: emphasis, links, subheadings, lists) passes its own
    `tags` and `attributes`; paragraphs and line breaks must stay among them.
    """
    allowlist = (tags, attributes)
    # Browsers send CRLF; a lone CR would survive as text here and become LF in nh3 (not a fixed point).
    value = (value or "").replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    if not value.strip():
        return SanitizeResult("")
    if not _TAG_RE.search(value):
        # Through nh3 as well, so plain text and HTML come out serialised the same way (&nbsp;, quotes…).
        return SanitizeResult(_clean(plain_text_to_html(value), *allowlist))
    inspector = _Inspector(tags)
    inspector.feed(value)
    inspector.close()
    cleaned = _clean(value, *allowlist)
    if not _BLOCK_RE.search(cleaned):
        # Inline-only HTML gets paragraphs like plain text does, so cleaning is a fixed point.
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", cleaned) if p.strip()]
        cleaned = _clean("".join(f"<p>{p}</p>" for p in paragraphs), *allowlist)
    return SanitizeResult(cleaned, inspector.found)


_BLOCK_RE = re.compile(r"<(p|h[2-4]|ul|ol|blockquote|figure|table|hr)\b")


def _clean(
    value: str,
    tags: frozenset[str] = ALLOWED_TAGS,
    attributes: Mapping[str, frozenset[str] | set[str]] = ALLOWED_ATTRIBUTES,
) -> str:
    options = {
        "tags": set(tags),
        "clean_content_tags": set(DROPPED_WITH_CONTENT),
        # "*" empty: nh3 otherwise keeps lang and title on every tag; only what the allowlist names stays.
        "attributes": {"*": set(), **{tag: set(attrs) for tag, attrs in attributes.items() if tag in tags}},
        "url_schemes": set(URL_SCHEMES),
        "link_rel": "noopener noreferrer nofollow",
        "strip_comments": True,
    }
    cleaned = nh3.clean(value, **options).strip()
    # A removed tag keeps its children, which can leave a heading inside a heading (`<h2>a<mark><h3>`): the next
    # parse splits them, so the stored text would change on every save. Clean again until nothing moves.
    for _pass in range(3):
        again = nh3.clean(cleaned, **options).strip()
        if again == cleaned:
            break
        cleaned = again
    return cleaned


def html_to_text(value: str) -> str:
    """Readable plain text of sanitised HTML (for e-mail bodies, feeds' summaries, search)."""
    text = re.sub(r"(?i)<br\s*/?>", "\n", value or "")
    text = re.sub(r"(?i)</(p|h[1-6]|li|blockquote|tr|figcaption)>", "\n\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    from html import unescape

    text = unescape(text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def html_to_editable(value: str) -> str:
    """What to put back in a plain textarea: paragraphs as plain text when that loses nothing, else the HTML."""
    if not value or re.search(r"<(?!/?p>|br>)", value):
        return value or ""
    paragraphs = re.findall(r"<p>(.*?)</p>", value, flags=re.S)
    if "".join(f"<p>{p}</p>" for p in paragraphs) != value:
        return value
    from html import unescape

    return "\n\n".join(unescape(p.replace("<br>", "\n")) for p in paragraphs)
