"""What a press release's body may hold: paragraphs, bold, italic, links, two levels of subheading and lists.

The editor offers exactly these; whatever else arrives (pasted from Word or a web page, or sent through
the API) is reduced to them: <b>/<i> become <strong>/<em>, a title becomes a subheading, the rest goes
with its text kept, and the editor is told what was removed.
"""

from __future__ import annotations

import re

from heraldo.core.sanitize import SanitizeResult, sanitize_html

RELEASE_TAGS = frozenset({"p", "br", "strong", "em", "a", "h2", "h3", "ul", "ol", "li"})
RELEASE_ATTRIBUTES = {"a": frozenset({"href"})}
_SAME_MEANING = {"b": "strong", "i": "em", "h1": "h2", "h4": "h3", "h5": "h3", "h6": "h3"}
_SAME_MEANING_RE = re.compile(r"<(/?)(b|i|h1|h4|h5|h6)(?=[\s/>])", re.IGNORECASE)


def release_body_clean(value: str) -> SanitizeResult:
    renamed = _SAME_MEANING_RE.sub(lambda m: f"<{m[1]}{_SAME_MEANING[m[2].lower()]}", value or "")
    return sanitize_html(renamed, tags=RELEASE_TAGS, attributes=RELEASE_ATTRIBUTES)
