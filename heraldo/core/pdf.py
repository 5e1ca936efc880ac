"""PDF documents from Django templates through WeasyPrint.

WeasyPrint fetches every stylesheet, font and image a document names. Its
fetcher here serves only the app's own static and media files: a document
built from user content can never make the server request another address
(SSRF) or read a file outside those two places.
"""

from __future__ import annotations

import logging
import mimetypes
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

log = logging.getLogger(__name__)

# Relative URLs in templates ({% static %} gives /static/…) resolve against this origin,
# which never leaves the process.
DOCUMENT_BASE_URL = "https://heraldo.documento/"
_DOCUMENT_HOST = urlsplit(DOCUMENT_BASE_URL).netloc


class RefusedResource(ValueError):
    """A document named a resource outside the app's static and media files."""


class AppFilesFetcher(URLFetcher):
    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        if parts.scheme == "data":
            return super().fetch(url, headers)
        if parts.scheme != "https" or parts.netloc != _DOCUMENT_HOST:
            log.warning("pdf.resource_refused", extra={"url": url[:200]})
            raise RefusedResource(url)
        path = unquote(parts.path)
        if ".." in PurePosixPath(path).parts:
            raise RefusedResource(url)
        body = self._read(path)
        if body is None:
            raise RefusedResource(url)
        mime_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, {"Content-Type": mime_type})

    @staticmethod
    def _read(path: str) -> bytes | None:
        if path.startswith(settings.STATIC_URL):
            name = path.removeprefix(settings.STATIC_URL)
            found = finders.find(name)
            if found:
                with open(found, "rb") as handle:
                    return handle.read()
            if staticfiles_storage.exists(name):
                with staticfiles_storage.open(name) as handle:
                    return handle.read()
            return None
        if path.startswith(settings.MEDIA_URL):
            name = path.removeprefix(settings.MEDIA_URL)
            if default_storage.exists(name):
                with default_storage.open(name) as handle:
                    return handle.read()
        return None


def render_pdf(template_name: str, context: dict | None = None) -> bytes:
    """Render a template (which should extend `core/pdf/base.html`) to PDF bytes."""
    html = render_to_string(template_name, context or {})
    return html_to_pdf(html)


def html_to_pdf(html: str) -> bytes:
    return HTML(string=html, base_url=DOCUMENT_BASE_URL, url_fetcher=AppFilesFetcher(timeout=5)).write_pdf()
