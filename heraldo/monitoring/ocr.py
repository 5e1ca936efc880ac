"""Text of print scans, read with Debian's tesseract (Spanish model) so the archive can find them.

The scan is hostile input: images are decoded by Pillow with its decompression-bomb
limit, PDFs are rasterised by pdftoppm page by page with a page cap, every external
program runs with a time limit and never through a shell.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

MAX_PDF_PAGES = 12
MAX_SIDE_PIXELS = 5000
PROGRAM_TIMEOUT_SECONDS = 120
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


class OcrUnavailable(Exception):
    """tesseract (or pdftoppm for PDF scans) is not installed on this machine."""


class OcrError(Exception):
    """The scan could not be read; the message is Spanish and shown to the analyst."""


def can_read(name: str) -> bool:
    suffix = Path(name).suffix.lower()
    return suffix in IMAGE_SUFFIXES or suffix == ".pdf"


def scan_text(path: Path) -> str:
    """The Spanish text of an image or PDF scan."""
    if shutil.which("tesseract") is None:
        raise OcrUnavailable(_("El reconocimiento de texto no está instalado (tesseract-ocr-spa)."))
    with tempfile.TemporaryDirectory(prefix="heraldo-ocr-") as workdir:
        pages = _pdf_pages(path, Path(workdir)) if path.suffix.lower() == ".pdf" else [path]
        texts = [_recognise(_normalised_image(page, Path(workdir))) for page in pages]
    return "\n\n".join(" ".join(line.split()) for text in texts for line in text.split("\n\n") if line.strip())


def _pdf_pages(path: Path, workdir: Path) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        raise OcrUnavailable(_("No se pueden leer escaneos en PDF: falta poppler-utils (pdftoppm)."))
    _run(
        ["pdftoppm", "-r", "200", "-gray", "-png", "-l", str(MAX_PDF_PAGES), str(path), str(workdir / "page")],
        failure=_("El PDF del escaneo no se pudo abrir."),
    )
    pages = sorted(workdir.glob("page*.png"))
    if not pages:
        raise OcrError(_("El PDF del escaneo no tiene páginas."))
    return pages


def _normalised_image(path: Path, workdir: Path) -> Path:
    """Grayscale PNG no larger than tesseract needs; Pillow refuses decompression bombs."""
    try:
        with Image.open(path) as image:
            image.thumbnail((MAX_SIDE_PIXELS, MAX_SIDE_PIXELS))
            gray = image.convert("L")
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError) as exc:
        raise OcrError(_("La imagen del escaneo no se pudo abrir.")) from exc
    target = workdir / f"{path.stem}-ocr.png"
    gray.save(target, format="PNG")
    return target


def _recognise(image: Path) -> str:
    return _run(
        ["tesseract", str(image), "stdout", "-l", "spa", "--psm", "3"],
        failure=_("El reconocimiento de texto falló con este escaneo."),
    )


def _run(command: list[str], *, failure: str) -> str:
    try:
        result = subprocess.run(  # noqa: S603  fixed program, arguments are paths we created
            command, capture_output=True, timeout=PROGRAM_TIMEOUT_SECONDS, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrError(_("El escaneo tardó demasiado en leerse.")) from exc
    if result.returncode != 0:
        raise OcrError(failure)
    return result.stdout.decode("utf-8", errors="replace")
