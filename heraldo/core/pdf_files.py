"""The only files a PDF document may read: the app's own static and media files (heraldo/core/pdf.py)."""

from __future__ import annotations

import logging
import mimetypes
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from weasyprint.urls import URLFetcher, URLFetcherResponse

from heraldo.core.pdf_origin import DOCUMENT_HOST, RefusedResource

log = logging.getLogger(__name__)


class AppFilesFetcher(URLFetcher):
    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        if parts.scheme == "data":
            return super().fetch(url, headers)
        if parts.scheme != "https" or parts.netloc != DOCUMENT_HOST:
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
