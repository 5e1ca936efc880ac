"""Atheris harness: the HTML sanitiser every rich text of Heraldo goes through (nh3 allow-list plus our wrapper).

For any text: the cleaned HTML must be inert by F9's judge (no script, no event handler, no script link), and
cleaning it again must change nothing (the stored form is a fixed point). Both the general cleaning and the
press release body's (narrower allow-list, <b> renamed <strong>...) are tried on every input. The bytes are read
as UTF-8, as a browser sends a form, so the seeds are plain HTML files.
"""

from __future__ import annotations

from common import fuzz, setup_django

setup_django(instrumented=["heraldo.core.sanitize", "heraldo.press.rich_text"])
from heraldo.core.sanitize import sanitize_html  # noqa: E402  Django is set up first
from heraldo.core.tests.test_xss_corpus import assert_inert_html  # noqa: E402  Django is set up first
from heraldo.press.rich_text import release_body_clean  # noqa: E402  Django is set up first


def check(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    for clean in (sanitize_html, release_body_clean):
        cleaned = clean(text).html
        assert_inert_html(cleaned, repr(text))
        again = clean(cleaned).html
        assert again == cleaned, (text, cleaned, again)


if __name__ == "__main__":
    fuzz(check, b"<p>Hola <b>vecinos</b></p><script>alert(1)</script>")
