"""Press archive search over 1,000,000 clippings of ~300 words, on SQLite (FTS5) and PostgreSQL.

Run (SQLite, its own database under var/bench-archive, or BENCH_VAR_DIR):
    .venv/bin/python bench/monitoring_archive.py
Run (PostgreSQL, a database of its own that the bench fills):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/heraldo_bench_archive .venv/bin/python bench/monitoring_archive.py
Options: --clippings N (or BENCH_CLIPPINGS; default 1,000,000), --runs N per query kind (default 40),
--regenerate to throw the clippings away and build them again (otherwise a database already holding N
clippings is reused: building 1M takes minutes).

The text is made of a Spanish vocabulary drawn with a Zipf law (the long tail made of syllables), with
words placed on purpose so one is in ~40% of clippings ("municipalidad"), one in a handful
("zarzaparrilla") and a name ("Jorge Cárdenas") in ~3%. Rows go in with bulk SQL, not through the
ingestion service. Prints p50/p95 per query kind for the archive page's default query (newest first,
snippets, count, facets) and for relevance-ranked results, through the same selector the page uses.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
from bench._smoke import sized, var_dir  # noqa: E402

os.environ["HERALDO_VAR_DIR"] = var_dir("archive")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from heraldo.core.text import fold  # noqa: E402
from heraldo.directory.models import Entity, Person  # noqa: E402
from heraldo.monitoring.models import Clipping, Mention, Source, SourceKind, TermKind, Topic, WatchTerm  # noqa: E402

BATCH = 2_000
WORDS_PER_CLIPPING = 300
VOCABULARY_SIZE = sized(60_000, 2_000)
# Words placed on purpose: (text as written, share of clippings that carry it in the body).
PLACED = [
    ("municipalidad", 0.40),
    ("limpieza", 0.12),
    ("pública", 0.20),
    ("serenazgo", 0.03),
    ("parque", 0.06),
    ("Jorge Cárdenas", 0.03),
    ("Jorge", 0.05),
    ("Cárdenas", 0.02),
]
RARE_WORD, RARE_CLIPPINGS = "zarzaparrilla", 7
QUERIES = {
    "rare word": "zarzaparrilla",
    "word in 40%": "municipalidad",
    "two words": "limpieza publica",
    "three words": "serenazgo parque municipalidad",
    "quoted name": '"Jorge Cárdenas"',
}
MEDIA = ["WEB"] * 80 + ["PRENSA"] * 10 + ["RADIO"] * 6 + ["TV"] * 4
TONES = ["neutral"] * 55 + ["negative"] * 25 + ["positive"] * 20
START = datetime(2016, 1, 1, tzinfo=UTC)
SPAN_SECONDS = 10 * 365 * 24 * 3600
CONSONANTS = ["", "b", "c", "ch", "d", "f", "g", "j", "l", "ll", "m", "n", "p", "qu", "r", "rr", "s", "t"]
SYLLABLES = [c + v for c in CONSONANTS for v in ["a", "e", "i", "o", "u", "á", "é", "ó"]]


def spanish_words() -> list[str]:
    """Real Spanish words by frequency: the app's own Spanish texts (messages, tone examples, fixtures)."""
    counts: dict[str, int] = {}
    sources = list((ROOT / "heraldo").glob("*/locale/en/LC_MESSAGES/django.po"))
    sources += list((ROOT / "heraldo/monitoring/tone_data").glob("*.txt"))
    sources += list((ROOT / "heraldo/monitoring/tests/fixtures").glob("*"))
    placed = {fold(w) for phrase, _share in PLACED for w in phrase.split()} | {RARE_WORD}
    for path in sources:
        text = path.read_text(encoding="utf-8", errors="ignore")
        if path.suffix == ".po":
            text = " ".join(re.findall(r'^msgid "(.*)"$', text, flags=re.M))
        for word in re.findall(r"[a-záéíóúñü]{2,}", text.lower()):
            if fold(word) not in placed:
                counts[word] = counts.get(word, 0) + 1
    return sorted(counts, key=counts.get, reverse=True)


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    words = spanish_words()
    seen = set(words)
    while len(words) < VOCABULARY_SIZE:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen and fold(word) != RARE_WORD:
            seen.add(word)
            words.append(word)
    cumulative = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(words))))
    return words, cumulative


class TextMaker:
    """Clippings from windows of a long Zipf-drawn word stream (drawing each word anew is too slow)."""

    def __init__(self, rng: random.Random) -> None:
        words, cumulative = vocabulary(rng)
        self.rng = rng
        self.stream = rng.choices(words, cum_weights=cumulative, k=sized(3_000_000, 30_000))

    def words(self, count: int) -> list[str]:
        out: list[str] = []
        while len(out) < count:
            start = self.rng.randrange(len(self.stream) - 100)
            out.extend(self.stream[start : start + min(100, count - len(out))])
        return out

    def clipping(self, rare: bool) -> tuple[str, str]:
        body = self.words(WORDS_PER_CLIPPING)
        for phrase, share in PLACED:
            if self.rng.random() < share:
                body.insert(self.rng.randrange(len(body)), phrase)
        if rare:
            body.insert(self.rng.randrange(len(body)), RARE_WORD)
        title = self.words(self.rng.randint(7, 12))
        for phrase, share in PLACED:
            if self.rng.random() < share / 8:
                title.insert(self.rng.randrange(len(title)), phrase)
        sentences = [" ".join(body[i : i + 20]).capitalize() + "." for i in range(0, len(body), 20)]
        return " ".join(title).capitalize(), " ".join(sentences)


def build(count: int, regenerate: bool) -> None:
    call_command("migrate", verbosity=0)
    existing = Clipping.objects.count()
    if existing == count and not regenerate:
        print(f"reusing {existing:,} clippings")
        return
    started = time.perf_counter()
    if regenerate or existing > count:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("TRUNCATE monitoring_mention, monitoring_clipping CASCADE")
            else:
                cursor.execute("DELETE FROM monitoring_mention")
                cursor.execute("DELETE FROM monitoring_clipping")
    # An interrupted build goes on where it stopped.
    resume_from = (Clipping.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
    rng = random.Random(2026)
    outlets, sources, terms = _registry(rng)
    maker = TextMaker(rng)
    rare_ids = set(rng.sample(range(1, count + 1), RARE_CLIPPINGS))
    columns = [
        "id", "source_id", "outlet_id", "medium", "title", "url", "canonical_url", "guid", "published_at",
        "fetched_at", "author", "programme", "summary", "body_text", "transcript", "ocr_text", "attachment",
        "language", "tone", "tone_score", "tone_reasons", "relevance", "content_hash", "duplicate_of_id",
        "search_text",
    ]  # fmt: skip
    defaults = _column_defaults(Clipping, columns)
    columns += list(defaults)
    as_db = connection.ops.adapt_datetimefield_value
    mention_columns = ["clipping_id", "term_id", "start", "end", "snippet", "tone", "alias", "how"]
    mention_defaults = _column_defaults(Mention, mention_columns)
    mention_columns += list(mention_defaults)
    _load_mode(True)
    try:
        for first in range(resume_from, count + 1, BATCH):
            rows, mentions = [], []
            for pk in range(first, min(first + BATCH, count + 1)):
                title, body = maker.clipping(pk in rare_ids)
                # Mostly stored in the order published; one in twenty is an old story registered late.
                moment = pk / count if rng.random() > 0.05 else rng.random()
                published = START + timedelta(seconds=int(moment * SPAN_SECONDS))
                archived = max(published, START + timedelta(seconds=int(pk / count * SPAN_SECONDS)))
                tone = rng.choice(TONES)
                outlet, source = rng.choice(outlets), rng.choice(sources)
                copy_of = rng.randrange(max(1, pk - 500), pk) if pk > 1 and rng.random() < 0.03 else None
                rows.append((
                    pk, source, outlet, rng.choice(MEDIA), title, "", "", "", as_db(published), as_db(archived),
                    "", "", "", body, "", "", "", "es", tone, 0.0, "[]", 0, "", copy_of, fold(f"{title}\n{body}"),
                    *defaults.values(),
                ))  # fmt: skip
                for term in rng.sample(terms, rng.choice([0, 0, 1, 1, 1, 2, 3])):
                    mentions.append((pk, term, 0, 10, body[:120], tone, body[:10], "name", *mention_defaults.values()))
            with transaction.atomic():
                _insert("monitoring_clipping", columns, rows)
                _insert("monitoring_mention", mention_columns, mentions)
            if (first - resume_from) % 100_000 == 0 and first > resume_from:
                print(f"  {first - 1:,} clippings in {time.perf_counter() - started:.0f} s", flush=True)
    finally:
        _load_mode(False)
    print(f"built {count:,} clippings in {time.perf_counter() - started:.0f} s")


def _registry(rng: random.Random) -> tuple[list[int], list[int], list[int]]:
    with transaction.atomic():
        outlets = [
            Entity.objects.get_or_create(name=f"Medio {i}", defaults={"kind": "MEDIO", "level": "PROVINCIAL"})[0].pk
            for i in range(60)
        ]
        sources = [
            Source.objects.get_or_create(name=f"Fuente {i}", defaults={"kind": SourceKind.MANUAL})[0].pk
            for i in range(80)
        ]
        terms = []
        for i in range(20):
            person, _ = Person.objects.get_or_create(given_names=f"Autoridad {i}", surnames="Bench")
            term, _ = WatchTerm.objects.get_or_create(
                folded=f"autoridad {i} bench", kind=TermKind.AUTHORITY, defaults={"phrase": f"Autoridad {i} Bench"}
            )
            term.person = person
            term.save()
            terms.append(term.pk)
        for i in range(12):
            topic, _ = Topic.objects.get_or_create(name=f"Tema {i}")
            term, _ = WatchTerm.objects.get_or_create(
                folded=f"tema {i}", kind=TermKind.TOPIC, defaults={"phrase": f"tema {i}", "topic": topic}
            )
            terms.append(term.pk)
    return outlets, sources, terms


def _column_defaults(model, given: list[str]) -> dict[str, object]:
    """The model's default for every NOT NULL column the bench does not set, so a column added later (the
    OCR ones once broke this bench) needs no edit here."""
    return {
        field.column: field.get_db_prep_save(field.get_default(), connection)
        for field in model._meta.concrete_fields
        if field.column not in given and not field.null
    }


def _insert(table: str, columns: list[str], rows: list[tuple]) -> None:
    if not rows:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            names = ", ".join(f'"{c}"' for c in columns)
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)  # noqa: S608  fixed names


_PG_INDEXES = ("monitoring_clipping_vector", "monitoring_clipping_title_tsv")


def _load_mode(loading: bool) -> None:
    """Indexes built once after the load on PostgreSQL; SQLite skips syncing to disk while loading."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            if loading:
                cursor.execute(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY(%s)", [list(_PG_INDEXES)]
                )
                _load_mode.saved = cursor.fetchall()
                for name, _definition in _load_mode.saved:
                    cursor.execute(f"DROP INDEX {name}")
            else:
                cursor.execute("SET maintenance_work_mem = '1GB'")
                for _name, definition in getattr(_load_mode, "saved", []):
                    cursor.execute(definition)
                cursor.execute("SELECT setval(pg_get_serial_sequence('monitoring_clipping', 'id'), max(id)) "
                               "FROM monitoring_clipping")  # fmt: skip
                cursor.execute("VACUUM ANALYZE monitoring_clipping")
                cursor.execute("VACUUM ANALYZE monitoring_mention")
        else:
            # A rollback journal while loading: in WAL mode the FTS merges of a long load grew the log to 49 GB.
            cursor.execute(f"PRAGMA journal_mode = {'DELETE' if loading else 'WAL'}")
            cursor.execute(f"PRAGMA synchronous = {'OFF' if loading else 'NORMAL'}")
            if not loading:
                cursor.execute("INSERT INTO monitoring_clipping_fts(monitoring_clipping_fts) VALUES ('optimize')")
                cursor.execute("ANALYZE")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(runs: int) -> None:
    from heraldo.monitoring.selectors import ArchiveQuery, archive_search

    total = Clipping.objects.count()
    print(f"\n{connection.vendor}, {total:,} clippings, {runs} runs per query kind (ms)")
    print(f"{'query':<24}{'sort':<11}{'p50':>8}{'p95':>8}  result")
    for label, text in QUERIES.items():
        for sort in ("newest", "relevance"):
            timings, result = [], None
            for run in range(runs):
                started = time.perf_counter()
                result = archive_search(ArchiveQuery(text=text, sort=sort), page=1 + run % 3)
                list(result.rows)
                timings.append((time.perf_counter() - started) * 1000)
            assert result is not None
            found = f"{'≈' if result.total_is_estimate else ''}{result.total:,} found"
            if result.ranked_among:
                found += f", ranked among {result.ranked_among:,}"
            print(f"{label:<24}{sort:<11}{percentile(timings, 0.5):>8.1f}{percentile(timings, 0.95):>8.1f}  {found}")
    print(json.dumps({"engine": connection.vendor, "clippings": total}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clippings", type=int, default=int(os.environ.get("BENCH_CLIPPINGS", sized(1_000_000, 300))))
    parser.add_argument("--runs", type=int, default=sized(40, 1))
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args()
    build(args.clippings, args.regenerate)
    if not args.build_only:
        measure(args.runs)


if __name__ == "__main__":
    main()
