"""Newsroom server time with 20,000 published releases (target: every page under 50 ms).

    .venv/bin/python bench/press_newsroom.py [--releases 20000] [--runs 30]

Uses its own data directory (var/bench-press, or BENCH_VAR_DIR), fills it once with bulk inserts
(3 photos on every 10th release, 6 categories, 40 tags) and then requests each
page through Django's test client, printing median and p95 in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._smoke import sized, var_dir  # noqa: E402

os.environ["HERALDO_VAR_DIR"] = var_dir("press")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
os.environ.setdefault("HERALDO_TESTING", "true")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402


def fill(total: int) -> None:
    from datetime import timedelta

    from django.core.files.base import ContentFile

    from heraldo.core.models import User
    from heraldo.core.text import fold
    from heraldo.press.demo import demo_photo
    from heraldo.press.models import Category, MediaAsset, PressRelease, ReleasePhoto, ReleaseStatus, Tag

    have = PressRelease.objects.count()
    if have >= total:
        return
    author, _ = User.objects.get_or_create(username="bench", defaults={"email": "bench@example.pe"})
    categories = [
        Category.objects.get_or_create(slug=f"cat-{i}", defaults={"name": f"Categoría {i}"})[0] for i in range(6)
    ]
    tags = [Tag.objects.get_or_create(slug=f"tag-{i}", defaults={"name": f"etiqueta {i}"})[0] for i in range(40)]
    photo = demo_photo(1, "bench")
    assets = []
    for i in range(3):
        asset = MediaAsset(kind="foto", sha256=f"bench{i}", mime="image/jpeg", uploaded_by=author, alt_text="Foto")
        asset.web.save(f"bench{i}.jpg", ContentFile(photo.read()), save=False)
        photo.seek(0)
        asset.thumb.save(f"bench{i}t.jpg", ContentFile(photo.read()), save=False)
        photo.seek(0)
        asset.original.save(f"bench{i}o.jpg", ContentFile(photo.read()), save=False)
        asset.save()
        assets.append(asset)
    now = timezone.now()
    words = "obra mercado salud vacunación festival danza serenazgo limpieza playa colegio pista parque".split()
    batch = []
    for n in range(have, total):
        headline = f"Nota {n}: {words[n % len(words)]} en el sector {n % 97} del distrito"
        lead = f"La municipalidad informa sobre {words[(n * 7) % len(words)]} y {words[(n * 3) % len(words)]}."
        body = "<p>" + " ".join(words * 8) + "</p>" * 1
        batch.append(
            PressRelease(
                headline=headline,
                slug=f"nota-{n}",
                lead=lead,
                body=body,
                category=categories[n % 6],
                status=ReleaseStatus.PUBLISHED,
                published_at=now - timedelta(hours=n),
                author=author,
                search_text=fold(f"{headline} {lead} {body}"),
            )
        )
        if len(batch) == 2000:
            PressRelease.objects.bulk_create(batch)
            batch = []
    PressRelease.objects.bulk_create(batch)
    ids = list(PressRelease.objects.values_list("pk", flat=True))
    ReleasePhoto.objects.bulk_create(
        [ReleasePhoto(release_id=pk, asset=a, position=i) for pk in ids[::10] for i, a in enumerate(assets)],
        ignore_conflicts=True,
    )
    Through = PressRelease.tags.through
    Through.objects.bulk_create(
        [Through(pressrelease_id=pk, tag_id=tags[pk % 40].pk) for pk in ids], ignore_conflicts=True
    )


def measure(client: Client, url: str, runs: int) -> tuple[float, float, int, int]:
    client.get(url)  # warm the template cache
    timings = []
    for _ in range(runs):
        reset_queries()
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return (
        statistics.median(timings),
        timings[int(len(timings) * 0.95) - 1],
        len(connection.queries),
        response.status_code,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--releases", type=int, default=sized(20_000, 60))
    parser.add_argument("--runs", type=int, default=sized(30, 2))
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    fill(args.releases)
    setup_test_environment()
    from django.conf import settings

    settings.DEBUG = True  # count queries
    from heraldo.press.models import PressRelease

    total = PressRelease.objects.published().count()
    sample = PressRelease.objects.published().order_by("-published_at")[min(5000, total - 1)]
    print(f"{total} published releases (set-up {time.perf_counter() - started:.1f} s); {args.runs} requests per page")
    client = Client()
    pages = {
        "list, page 1": "/noticias/",
        "list, page 800": f"/noticias/?page={sized(800, 3)}",
        "category": "/noticias/categoria/cat-3/",
        "tag": "/noticias/etiqueta/tag-7/",
        "search 'vacunacion playa'": "/noticias/?q=vacunacion+playa",
        "galleries": "/noticias/galerias/",
        "detail": sample.get_public_url(),
        "RSS (30 items)": "/noticias/rss/",
        "Atom": "/noticias/atom/",
        "JSON feed": "/noticias/feed.json",
    }
    print(f"{'page':28} {'median ms':>10} {'p95 ms':>8} {'queries':>8}  status")
    worst = 0.0
    for label, url in pages.items():
        median, p95, queries, status = measure(client, url, args.runs)
        if status != 200:
            raise SystemExit(f"{label} ({url}) answered {status}: a page that fails proves nothing")
        worst = max(worst, p95)
        print(f"{label:28} {median:10.1f} {p95:8.1f} {queries:8d}  {status}")
    print(f"worst p95: {worst:.1f} ms (target < 50 ms): {'OK' if worst < 50 else 'OVER'}")


if __name__ == "__main__":
    main()
