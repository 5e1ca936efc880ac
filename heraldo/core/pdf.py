"""PDF documents from Django templates through WeasyPrint.

WeasyPrint fetches every stylesheet, font and image a document names. Its
fetcher (`heraldo.core.pdf_files.AppFilesFetcher`) serves only the app's own
static and media files: a document built from user content can never make the
server request another address (SSRF) or read a file outside those two places.

WeasyPrint (with fontTools and Pango) costs some 45 MB of memory once imported, so it is imported when a document
is rendered, not when a module that can render one is loaded: every app's module is loaded by the web and worker
processes at start-up, and most of them never print (heraldo/core/tests/test_lazy_imports.py).
"""

from __future__ import annotations

from django.template.loader import render_to_string

from heraldo.core.pdf_origin import DOCUMENT_BASE_URL, RefusedResource

__all__ = ["RefusedResource", "html_to_pdf", "render_pdf"]


def render_pdf(template_name: str, context: dict | None = None) -> bytes:
    """Render a template (which should extend `core/pdf/base.html`) to PDF bytes."""
    html = render_to_string(template_name, context or {})
    return html_to_pdf(html)


def html_to_pdf(html: str) -> bytes:
    from weasyprint import HTML

    from heraldo.core.pdf_files import AppFilesFetcher

    return HTML(string=html, base_url=DOCUMENT_BASE_URL, url_fetcher=AppFilesFetcher(timeout=5)).write_pdf()
