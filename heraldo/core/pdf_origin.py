"""The made-up origin a PDF document's relative addresses resolve against, and the refusal of anything else:
shared by the renderer (heraldo.core.pdf) and its file fetcher (heraldo.core.pdf_files), which WeasyPrint's weight
keeps in a module of its own."""

from __future__ import annotations

from urllib.parse import urlsplit

# Relative URLs in templates ({% static %} gives /static/…) resolve against this origin,
# which never leaves the process.
DOCUMENT_BASE_URL = "https://heraldo.documento/"
DOCUMENT_HOST = urlsplit(DOCUMENT_BASE_URL).netloc


class RefusedResource(ValueError):
    """A document named a resource outside the app's static and media files."""
