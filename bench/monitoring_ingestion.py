"""Ingestion end to end (parse, extract, normalise, match, tone, store, index) from disk, one core, SQLite.

Run: .venv/bin/python bench/monitoring_ingestion.py
(uses its own database under var/bench-monitoring, or BENCH_VAR_DIR; migrates it first)
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench._smoke import sized, var_dir  # noqa: E402

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
os.environ["HERALDO_VAR_DIR"] = var_dir("monitoring")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from heraldo.monitoring.ingestion import Item, ingest_items  # noqa: E402
from heraldo.monitoring.ingestion.parse import extract_article  # noqa: E402
from heraldo.monitoring.language import language_of  # noqa: E402
from heraldo.monitoring.models import Clipping, Source, SourceKind, TermKind, WatchTerm  # noqa: E402
from heraldo.monitoring.tone import current_model  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "heraldo/monitoring/tests/fixtures"
SENTENCES = (
    (Path(__file__).resolve().parent.parent / "heraldo/monitoring/tone_data/negative.txt").read_text().splitlines()
)


class Timer:
    """Wall time and this process's CPU time: the machine may be shared, the CPU figure is the one-core rate."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu

    def report(self, count: int) -> str:
        return (
            f"{count} articles in {self.wall:.1f} s wall = {count / self.wall:.0f} articles/s; "
            f"{self.cpu:.1f} s CPU = {count / self.cpu:.0f} articles/s per core"
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
        for i in range(sized(600, 10))
    ]
    # A worker loads the language and tone models once when it starts; measured apart from the throughput.
    started = time.perf_counter()
    language_of("La municipalidad informa a los vecinos.")
    current_model()
    print(f"models loaded once per worker in {time.perf_counter() - started:.2f} s")
    with Timer() as timer:
        created = ingest_items(source, items)
    print(f"feed with full text: {timer.report(created)}")
    html = (FIXTURES / "sesion_concejo.html").read_bytes()
    timer = Timer().__enter__()
    pages = []
    for i in range(sized(100, 3)):
        page = extract_article(html.replace(b"lunes", f"lunes {run}-{i}".encode()), f"https://bench.example.pe/h{i}")
        page.url = f"https://bench.example.pe/h/{run}/{i}"
        page.title = f"{page.title} {run}-{i}"
        pages.append(page)
    created = ingest_items(source, pages)
    timer.__exit__()
    print(f"HTML pages extracted with trafilatura: {timer.report(created)}")


if __name__ == "__main__":
    main()
