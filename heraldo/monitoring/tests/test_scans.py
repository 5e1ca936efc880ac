"""Print scans: their text is read with tesseract (Spanish) and becomes searchable and matched."""

from __future__ import annotations

import io
import shutil

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from heraldo.monitoring import ocr
from heraldo.monitoring.models import Clipping, Mention, ScanReading, TermKind
from heraldo.monitoring.selectors import ArchiveQuery, archive_search

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None or shutil.which("pdftoppm") is None,
    reason="tesseract-ocr-spa and poppler-utils are installed by .ci/run",
)

PRINTED = [
    "Vecinos reclaman por la",
    "limpieza pública en el mercado.",
    "El alcalde Jorge Cárdenas",
    "prometió más camiones.",
]


def _printed_page(lines: list[str], fmt: str) -> bytes:
    """A newspaper column as a scanner would give it: black type on white, 300 dpi-ish."""
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 44)
    page = Image.new("RGB", (1300, 120 + 70 * len(lines)), "white")
    draw = ImageDraw.Draw(page)
    for index, line in enumerate(lines):
        draw.text((60, 60 + 70 * index), line, fill="black", font=font)
    buffer = io.BytesIO()
    page.save(buffer, fmt, resolution=200)
    return buffer.getvalue()


def _post_scan(client, district, upload, summary=""):
    return client.post(
        reverse("monitoring:clipping_add"),
        {
            "outlet": district["outlet"].pk,
            "medium": "PRENSA",
            "programme": "Página 5",
            "title": "Reclamos en el mercado",
            "published_date": timezone.localdate().isoformat(),
            "published_time": "06:00",
            "summary": summary,
            "transcript": "",
            "attachment": upload,
        },
    )


@needs_tesseract
@pytest.mark.parametrize(
    ("name", "fmt", "mime"), [("pagina5.png", "PNG", "image/png"), ("pagina5.pdf", "PDF", "application/pdf")]
)
def test_a_print_scan_alone_is_read_searchable_without_accents_and_matched(
    client_as, watchlist, django_capture_on_commit_callbacks, name, fmt, mime
):
    # given an analyst who attaches only the scan of a printed page
    client = client_as("media_analyst")
    upload = SimpleUploadedFile(name, _printed_page(PRINTED, fmt), content_type=mime)
    with django_capture_on_commit_callbacks(execute=True):
        response = _post_scan(client, watchlist, upload)
    assert response.status_code == 302
    # then the worker read it: the archive finds it without the accent and the Mayor is mentioned
    clipping = Clipping.objects.get()
    assert clipping.ocr_status == ScanReading.DONE
    assert "limpieza" in clipping.ocr_text.lower()
    assert [row[0] for row in archive_search(ArchiveQuery(text="limpieza publica")).rows] == [clipping]
    assert Mention.objects.filter(clipping=clipping, term__kind=TermKind.MAYOR).exists()
    page = client.get(reverse("monitoring:clipping_detail", args=[clipping.pk])).content.decode()
    assert "Texto leído del escaneo" in page and "Mostrar el texto reconocido" in page


def test_an_unreadable_scan_says_so_in_spanish_and_can_be_read_again(
    client_as, watchlist, django_capture_on_commit_callbacks
):
    # given a PDF sound enough for the upload check but with no page to read
    broken = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    client = client_as("media_analyst")
    upload = SimpleUploadedFile("rota.pdf", broken, content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        response = _post_scan(client, watchlist, upload, "Nota.")
    assert response.status_code == 302
    clipping = Clipping.objects.get()
    assert clipping.ocr_status in (ScanReading.FAILED, ScanReading.UNAVAILABLE)
    assert "escaneo" in clipping.ocr_error or "tesseract" in clipping.ocr_error
    page = client.get(reverse("monitoring:clipping_detail", args=[clipping.pk])).content.decode()
    assert "Volver a leer el escaneo" in page
    # the Mayor's office can read but not ask for a new reading
    assert client_as("mayor").post(reverse("monitoring:clipping_read_scan", args=[clipping.pk])).status_code == 404


def test_without_tesseract_the_clipping_is_kept_and_the_reason_shown(
    client_as, watchlist, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(ocr.shutil, "which", lambda program: None)
    client = client_as("media_analyst")
    scan = SimpleUploadedFile("pagina.png", _printed_page(["Hola"], "PNG"), content_type="image/png")
    with django_capture_on_commit_callbacks(execute=True):
        _post_scan(client, watchlist, scan, "Resumen escrito a mano.")
    clipping = Clipping.objects.get()
    assert clipping.summary == "Resumen escrito a mano."
    assert clipping.ocr_status == ScanReading.UNAVAILABLE
    assert "tesseract" in clipping.ocr_error


def test_a_decompression_bomb_is_refused_without_exhausting_memory(tmp_path):
    bomb = tmp_path / "bomba.png"
    Image.new("1", (30_000, 30_000), 1).save(bomb, "PNG")  # 900 megapixels, a few hundred kB on disk
    with pytest.raises(ocr.OcrError):
        ocr._normalised_image(bomb, tmp_path)
