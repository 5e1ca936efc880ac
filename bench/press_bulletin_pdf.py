"""Bulletin PDF render time: an edition of about 24 A4 pages with 40 photos (target: under 10 s).

    .venv/bin/python bench/press_bulletin_pdf.py

Uses its own data directory (var/bench-press-pdf, or BENCH_VAR_DIR): 10 published releases, 4 photos each
(1600 px web size drawn with Pillow), long bodies; then renders the PDF three times through
heraldo.core.pdf and prints the page count and timings.
"""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._smoke import sized, var_dir  # noqa: E402

os.environ["HERALDO_VAR_DIR"] = var_dir("press-pdf")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
os.environ.setdefault("HERALDO_TESTING", "true")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from pypdf import PdfReader  # noqa: E402


def main() -> None:
    from django.utils import timezone

    from heraldo.core.models import User
    from heraldo.press.demo import demo_photo
    from heraldo.press.models import Bulletin, PressRelease
    from heraldo.press.services.bulletins import bulletin_context, bulletin_save
    from heraldo.press.services.releases import release_create, release_photo_add

    call_command("migrate", verbosity=0)
    author, _ = User.objects.get_or_create(username="bench-pdf", defaults={"email": "bench-pdf@example.pe"})
    if not Bulletin.objects.exists():
        paragraph = (
            "<p>La obra beneficia a las familias del sector, que durante años esperaron una solución para el "
            "acceso al agua, la pista y las veredas. Los vecinos participaron en la inspección final junto con "
            "los regidores y el equipo técnico de la Gerencia de Desarrollo Urbano.</p>"
        )
        releases = []
        for n in range(sized(10, 1)):
            release = release_create(
                actor=author,
                headline=f"Nota de prueba número {n + 1} sobre obras y servicios del distrito",
                lead="La Municipalidad informa a la población sobre los avances de la gestión en el distrito.",
                body=paragraph * 10,
                quotes="«Cumplimos con los vecinos» — Alcalde del distrito",
            )
            for p in range(sized(4, 1)):
                release_photo_add(
                    release=release, actor=author, upload=demo_photo(100 + n * 4 + p, "bench"), alt_text="Foto"
                )
            PressRelease.objects.filter(pk=release.pk).update(status="publicado", published_at=timezone.now())
            releases.append(release)
        bulletin_save(
            actor=author, releases=releases, title="Boletín de prueba", number=1, period_label="Mes de prueba"
        )
    bulletin = Bulletin.objects.get()
    from heraldo.core.pdf import render_pdf

    timings = []
    for _ in range(sized(3, 1)):
        start = time.perf_counter()
        data = render_pdf("press/bulletin/pdf.html", bulletin_context(bulletin))
        timings.append(time.perf_counter() - start)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    photos = sum(r.photos.count() for r in bulletin_context(bulletin)["releases"])
    print(f"{pages} pages, {photos} photos, {len(data) / 1e6:.1f} MB")
    print("render seconds: " + ", ".join(f"{t:.2f}" for t in timings) + f" (best {min(timings):.2f}; target < 10 s)")


if __name__ == "__main__":
    main()
