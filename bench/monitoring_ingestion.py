"""Ingestion end to end (parse, extract, normalise, match, tone, store, index) from disk, one core, SQLite.

Run: HERALDO_VAR_DIR=var/bench-monitoring .venv/bin/python bench/monitoring_ingestion.py
(uses its own database under that directory; migrates it first)
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
os.environ.setdefault("HERALDO_VAR_DIR", "var/bench-monitoring")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402

from heraldo.monitoring.models import Clipping, Source, SourceKind, TermKind, WatchTerm  # noqa: E402
from heraldo.monitoring.services.ingestion import Item, clipping_store, extract_article, ingest_items  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "heraldo/monitoring/tests/fixtures"
SENTENCES = (
    (Path(__file__).resolve().parent.parent / "heraldo/monitoring/tone_data/negative.txt").read_text().splitlines()
)


def article(index: int) -> str:
    words = " ".join(SENTENCES[(index + k) % len(SENTENCES)] for k in range(18))
    return f"Nota {index}. El alcalde Jorge Cárdenas y la Municipalidad de Santa Candelaria del Mar. {words}"


def main() -> None:
    call_command("migrate", verbosity=0)
    Clipping.objects.all().delete()
    if not WatchTerm.objects.exists():
        for phrase, kind in [("Jorge Cárdenas", TermKind.MAYOR), ("Santa Candelaria del Mar", TermKind.MUNICIPALITY)]:
            WatchTerm.objects.create(phrase=phrase, folded=phrase.lower(), kind=kind)
    source, _ = Source.objects.get_or_create(name="bench", kind=SourceKind.FEED, url="https://bench.example.pe/rss")
    run = int(time.time())
    items = [
        Item(title=f"Nota {run}-{i}", url=f"https://bench.example.pe/{run}/{i}", guid=f"{run}-{i}", text=article(i))
        for i in range(600)
    ]
    started = time.perf_counter()
    created = ingest_items(source, items)
    elapsed = time.perf_counter() - started
    print(f"feed with full text: {created} articles in {elapsed:.1f} s = {created / elapsed:.0f} articles/s")
    html = (FIXTURES / "sesion_concejo.html").read_bytes()
    started = time.perf_counter()
    for i in range(100):
        page = extract_article(html.replace(b"lunes", f"lunes {run}-{i}".encode()), f"https://bench.example.pe/h{i}")
        clipping_store(
            source=source,
            title=f"{page.title} {run}-{i}",
            url=f"https://bench.example.pe/h/{run}/{i}",
            published_at=timezone.now(),
            body_text=page.text,
        )
    elapsed = time.perf_counter() - started
    print(f"HTML pages extracted with trafilatura: 100 articles in {elapsed:.1f} s = {100 / elapsed:.0f} articles/s")


if __name__ == "__main__":
    main()
