"""PDF rendering: real WeasyPrint output whose only reachable files are the app's own."""

import io

import pytest
from pypdf import PdfReader

from heraldo.core.pdf import RefusedResource, html_to_pdf
from heraldo.core.pdf_files import AppFilesFetcher


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_document_renders_with_spanish_text_and_page_numbers():
    html = (
        '<html><head><link rel="stylesheet" href="/static/heraldo/pdf.css"></head>'
        "<body><h1>Síntesis informativa</h1><p>Señora Regidora, año 2026.</p></body></html>"
    )

    pdf = html_to_pdf(html)

    assert pdf.startswith(b"%PDF")
    text = _text(pdf)
    assert "Síntesis informativa" in text
    assert "Señora Regidora" in text
    assert "1 / 1" in text


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/admin/",
        "https://169.254.169.254/latest/meta-data/",
        "file:///etc/passwd",
        "https://heraldo.documento/etc/passwd",
        "https://heraldo.documento/static/../../settings.py",
    ],
)
def test_the_fetcher_refuses_anything_but_the_apps_static_and_media_files(url):
    with pytest.raises(RefusedResource):
        AppFilesFetcher().fetch(url)


def test_a_document_naming_a_foreign_image_still_renders_without_it():
    html = '<p>Antes</p><img src="http://10.0.0.1/tracker.png" alt=""><p>Después</p>'

    text = _text(html_to_pdf(html))

    assert "Antes" in text and "Después" in text


def test_the_fetcher_serves_the_apps_own_stylesheet():
    response = AppFilesFetcher().fetch("https://heraldo.documento/static/heraldo/pdf.css")

    assert b"@page" in response.read()
