"""Every staff page, every API list and the public newsroom and agenda under load, with a year of a busy office.

Builds the data with bulk SQL (not through the services), serves it with the production server (granian,
2 workers of 4 threads each, as deploy/heraldo-web.service bounds them; DEBUG off; its own var dir), signs in
as the head of unit by posting the login form, checks every page once (200, under a generous time) and then
measures each with wrk (16 connections) beside anonymous /healthz and a static file in the same run. Prints
req/s, p50, p99 and the ratio to /healthz.

Run (SQLite, a var dir of its own, BENCH_VAR_DIR or --var-dir, that later runs reuse; --rebuild to start again):
    .venv/bin/python bench/pages.py --size full --var-dir /work/benchdata/pages-full-sqlite
Run (PostgreSQL, a database of its own that the bench fills once):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/heraldo_bench_full \
        .venv/bin/python bench/pages.py --size full --var-dir /work/benchdata/pages-full-postgresql
--build-only builds and stops; --server-time measures each page inside Django, one request at a time, instead of
under load (the figure to profile with on a busy machine). bench/README.md has the commands the figures come from.
Sizes: smoke (a throwaway var dir, checks only, under a minute; also chosen by BENCH_SMOKE=1, as CI does),
demo (a tenth of a year) and full (1,000,000 clippings, 50,000 persons, 10,000 entities, 20,000 releases,
2,000 events with their series). The smoke size exits non-zero when a page answers other than 200 or is
slower than its limit.
"""

from __future__ import annotations

import argparse
import hashlib
import http.cookiejar
import json
import logging
import os
import random
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path


@dataclass(frozen=True)
class Size:
    clippings: int
    persons: int
    entities: int
    releases: int
    events: int
    tasks: int
    wrk_seconds: int  # 0: check every page once, measure nothing
    page_limit_ms: int  # a single request slower than this fails the run


SIZES = {
    "smoke": Size(clippings=3_000, persons=600, entities=200, releases=300, events=80, tasks=200, wrk_seconds=0,
                  page_limit_ms=3_000),
    "demo": Size(clippings=100_000, persons=5_000, entities=1_000, releases=2_000, events=200, tasks=2_000,
                 wrk_seconds=3,
                 page_limit_ms=3_000),
    "full": Size(clippings=1_000_000, persons=50_000, entities=10_000, releases=20_000, events=2_000,
                 tasks=20_000, wrk_seconds=5, page_limit_ms=5_000),
}  # fmt: skip
STAFF_PAGES = [
    "/",
    "/buscar/?q=municipalidad",
    "/notificaciones/",
    "/auditoria/",
    "/trabajos/",
    "/registro/",
    "/registro/entidades/",
    "/registro/personas/",
    "/registro/listas/",
    "/registro/por-verificar/",
    "/registro/aniversarios/",
    "/registro/saludos/",
    "/mi-trabajo/",
    "/encargos/",
    "/encargos/equipo/",
    "/encargos/calendario/",
    "/agenda/",
    "/agenda/semana/",
    "/agenda/dia/",
    "/agenda/lista/",
    "/agenda/precedencia/",
    "/agenda/invitaciones/",
    "/prensa/",
    "/prensa/aprobaciones/",
    "/prensa/biblioteca/",
    "/prensa/boletines/",
    "/monitoreo/",
    "/monitoreo/fuentes/",
    "/monitoreo/recortes/",
    "/monitoreo/recortes/?q=municipalidad",
    "/monitoreo/dosieres/",
    "/monitoreo/vigilancia/",
    "/monitoreo/alertas/",
    "/monitoreo/sintesis/",
]
API_LISTS = [
    "/api/v1/audit/",
    "/api/v1/jobs/",
    "/api/v1/notifications/",
    "/api/v1/registro/entidades/",
    "/api/v1/registro/personas/",
    "/api/v1/registro/cargos/",
    "/api/v1/registro/periodos/",
    "/api/v1/registro/listas/",
    "/api/v1/registro/coordinaciones/",
    "/api/v1/registro/tareas/",
    "/api/v1/registro/saludos/",
    "/api/v1/registro/etiquetas/",
    "/api/v1/registro/bases-legales/",
    "/api/v1/registro/solicitudes-arco/",
    "/api/v1/agenda/actividades/",
    "/api/v1/agenda/actividades/ocurrencias/?desde={today}&hasta={in_a_month}",
    "/api/v1/agenda/invitaciones/",
    "/api/v1/prensa/notas/",
    "/api/v1/prensa/medios/",
    "/api/v1/monitoreo/fuentes/",
    "/api/v1/monitoreo/recortes/",
    "/api/v1/monitoreo/terminos/",
    "/api/v1/trabajo/tareas/",
    "/api/v1/trabajo/encargos/",
]
# "{release}" stands for the newest published release's page.
PUBLIC_PAGES = ["/noticias/", "{release}", "/noticias/rss/", "/agenda/publica/"]
# Targets of issue 19, as a share of /healthz's req/s and a p99 in ms.
SIGNED_IN_TARGET, PUBLIC_TARGET = (0.10, 300), (0.25, 150)
CONNECTIONS, THREADS = 16, 2
ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=SIZES, default="smoke" if os.environ.get("BENCH_SMOKE") else "full")
    parser.add_argument("--port", type=int, default=8290)
    parser.add_argument("--rebuild", action="store_true", help="throw the data away and build it again")
    parser.add_argument("--seconds", type=int, help="wrk duration per page (default: the size's)")
    parser.add_argument(
        "--only", help="measure only the paths containing this text, or one of these texts separated by commas"
    )
    parser.add_argument(
        "--var-dir",
        type=Path,
        default=os.environ.get("BENCH_VAR_DIR"),
        help="where the data lives, built once and reused (default: BENCH_VAR_DIR or var/bench-pages-SIZE)",
    )
    parser.add_argument("--build-only", action="store_true", help="build (or check) the data, serve nothing")
    parser.add_argument(
        "--server-time",
        action="store_true",
        help="instead of serving: each page's median time and queries inside Django (test client), one at a time",
    )
    args = parser.parse_args()
    size = SIZES[args.size]
    throwaway = args.size == "smoke"
    var_dir = Path(args.var_dir or ROOT / f"var/bench-pages-{args.size}").resolve()
    if throwaway:
        var_dir = Path(tempfile.mkdtemp(prefix="heraldo-bench-pages-"))
    environment = production_environment(var_dir, args.port)
    os.environ.update(environment)
    started = time.perf_counter()
    try:
        build(size, rebuild=args.rebuild)
        print(f"data ready in {time.perf_counter() - started:.0f} s", flush=True)
        if args.build_only:
            failures = []
        elif args.server_time:
            failures = server_time(args)
        else:
            failures = serve_and_measure(size, args, environment)
    finally:
        if throwaway:
            shutil.rmtree(var_dir, ignore_errors=True)
    print(f"total {time.perf_counter() - started:.0f} s")
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        sys.exit(1)


def production_environment(var_dir: Path, port: int) -> dict[str, str]:
    """Production settings on plain HTTP at 127.0.0.1 (no TLS in front), with rate limits out of wrk's way."""
    return {
        "HERALDO_VAR_DIR": str(var_dir),
        "DJANGO_SETTINGS_MODULE": "heraldo.settings",
        "DJANGO_DEBUG": "false",
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "HERALDO_HTTPS": "false",
        "HERALDO_API_RATE_USER": "100000000/min",
        "HERALDO_API_RATE_ANON": "100000000/min",
        "HERALDO_SITE_URL": f"http://127.0.0.1:{port}",
        # The benchmark measures pages, not the second factor: its head of unit has no TOTP to enter.
        "HERALDO_MFA_REQUIRED_ROLES": "ninguno",
    }


# --------------------------------------------------------------------------------------------------- data


def build(size: Size, *, rebuild: bool) -> None:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if rebuild:
        _empty_database()
    call_command("migrate", verbosity=0)
    _collected_static()
    from heraldo.monitoring.models import Clipping

    have = Clipping.objects.count()
    if have >= size.clippings:
        print(f"reusing the data ({connection.vendor}, {have:,} clippings)")
        return
    if have:
        sys.exit("the database holds part of a build: run again with --rebuild")
    from heraldo.core.demo import demo_load

    demo_load()
    rng = random.Random(2026)
    steps = [
        ("entities", lambda: _entities(rng, size.entities)),
        ("persons", lambda: _persons(rng, size.persons)),
        ("releases", lambda: _releases(rng, size.releases)),
        ("events", lambda: _events(rng, size.events)),
        ("occurrence days", _occurrence_days),
        ("tasks", lambda: _tasks(rng, size.tasks)),
        ("clippings", lambda: _clippings(rng, size.clippings)),
    ]
    for name, step in steps:
        began = time.perf_counter()
        step()
        print(f"  {name} in {time.perf_counter() - began:.0f} s", flush=True)
    with connection.cursor() as cursor:  # the planner's statistics for every table, as a live database has them
        cursor.execute("ANALYZE")


def _collected_static() -> None:
    """Static files as collectstatic leaves them, kept between runs by content: collecting and compressing
    them takes minutes, far longer than the smoke run itself."""
    from django.conf import settings
    from django.contrib.staticfiles.finders import get_finders

    digest = hashlib.sha256()
    for finder in get_finders():
        for path, storage in sorted(finder.list([]), key=lambda found: found[0]):
            digest.update(path.encode() + hashlib.sha256(Path(storage.path(path)).read_bytes()).digest())
    cache = Path(tempfile.gettempdir()) / "heraldo-bench-static" / digest.hexdigest()[:16]
    if not (cache / "static" / "staticfiles.json").exists():
        began = time.perf_counter()
        # Collected aside and renamed into place, so two benches started together (one per engine) never write
        # into each other's half-collected folder.
        cache.parent.mkdir(parents=True, exist_ok=True)
        collecting = Path(tempfile.mkdtemp(prefix=cache.name + "-", dir=cache.parent))
        subprocess.run(  # noqa: S603  fixed arguments
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT, env={**os.environ, "HERALDO_VAR_DIR": str(collecting)}, check=True,
        )  # fmt: skip
        if cache.exists() and not (cache / "static" / "staticfiles.json").exists():
            shutil.rmtree(cache, ignore_errors=True)  # left half-collected by a bench that was stopped
        try:
            collecting.rename(cache)
        except OSError:  # the other bench finished first: its folder is the same content
            shutil.rmtree(collecting)
        print(f"  static files collected in {time.perf_counter() - began:.0f} s", flush=True)
    static_root = Path(settings.STATIC_ROOT)
    if static_root.is_symlink():
        static_root.unlink()
    elif static_root.exists():
        shutil.rmtree(static_root)
    static_root.symlink_to(cache / "static")


def _empty_database() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP SCHEMA public CASCADE")
            cursor.execute("CREATE SCHEMA public")
            return
    connection.close()
    Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)


def _now() -> datetime:
    return datetime.now(tz=UTC).replace(microsecond=0)


def _some_day(rng: random.Random, first_year: int, last_year: int) -> date:
    return date(rng.randint(first_year, last_year), rng.randint(1, 12), rng.randint(1, 28))


def _bulk(model, objects: list, batch: int = 1_000) -> None:
    for obj in objects:
        if hasattr(obj, "refresh_search_text"):
            obj.refresh_search_text()
    model.objects.bulk_create(objects, batch_size=batch)


def _entities(rng: random.Random, count: int) -> None:
    from heraldo.directory.models import Entity

    kinds = [value for value, _label in Entity._meta.get_field("kind").choices if value != "MEDIO"]
    levels = [value for value, _label in Entity._meta.get_field("level").choices]
    now = _now()
    _bulk(
        Entity,
        [
            Entity(
                name=f"Entidad {n} del sector {n % 113}",
                kind=rng.choice(kinds),
                level=rng.choice(levels),
                anniversary=_some_day(rng, 1850, 2020) if rng.random() < 0.6 else None,
                verified_at=now - timedelta(days=rng.randint(0, 3 * 365)),
            )
            for n in range(count)
        ],
    )


GIVEN = "Ana Luis María José Rosa Jorge Carmen Pedro Lucía Juan Elena Carlos Gladys Víctor Norma Raúl".split()
SURNAMES = "Quispe Mamani Flores Huamán Condori Apaza Paredes Chávez Rojas Torres Núñez Cárdenas Vargas".split()


def _persons(rng: random.Random, count: int) -> None:
    from heraldo.directory.models import Person

    now = _now()
    _bulk(
        Person,
        [
            Person(
                given_names=f"{rng.choice(GIVEN)} {rng.choice(GIVEN)}",
                surnames=f"{rng.choice(SURNAMES)} {rng.choice(SURNAMES)}",
                sex=rng.choice("FM"),
                birth_date=_some_day(rng, 1950, 2000) if rng.random() < 0.7 else None,
                institutional_email=f"persona{n}@example.pe",
                verified_at=now - timedelta(days=rng.randint(0, 3 * 365)) if rng.random() < 0.8 else None,
            )
            for n in range(count)
        ],
    )


def _releases(rng: random.Random, count: int) -> None:
    from heraldo.core.models import User
    from heraldo.press.models import Category, MediaAsset, PressRelease, ReleasePhoto, ReleaseStatus

    authors = list(User.objects.filter(username__in=["prensa", "jefatura", "redactor"])) or list(User.objects.all())
    categories = list(Category.objects.all()) or [None]
    assets = list(MediaAsset.objects.all()[:4])
    now = _now()
    statuses = [ReleaseStatus.PUBLISHED] * 14 + [ReleaseStatus.DRAFT] * 3 + [ReleaseStatus.IN_REVIEW] * 2
    statuses += [ReleaseStatus.WITHDRAWN]
    words = "obra mercado salud vacunación festival danza serenazgo limpieza playa colegio pista parque".split()
    releases = []
    for n in range(count):
        status = rng.choice(statuses)
        moment = now - timedelta(minutes=int((count - n) * 365 * 24 * 60 / count))
        headline = f"Nota {n}: {rng.choice(words)} en el sector {n % 97} del distrito"
        releases.append(
            PressRelease(
                headline=headline,
                slug=f"nota-{n}",
                lead=f"La municipalidad informa sobre {rng.choice(words)} y {rng.choice(words)}.",
                body="<p>" + " ".join(rng.choices(words, k=120)) + "</p>",
                category=rng.choice(categories),
                status=status,
                author=rng.choice(authors),
                published_at=moment if status in (ReleaseStatus.PUBLISHED, ReleaseStatus.WITHDRAWN) else None,
                submitted_at=moment if status == ReleaseStatus.IN_REVIEW else None,
            )
        )
    _bulk(PressRelease, releases)
    # bulk_create sets auto_now to the moment of the load: spread the edits over the year as a real office would.
    ids = list(PressRelease.objects.filter(slug__startswith="nota-").values_list("pk", flat=True))
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.executemany(
            "UPDATE press_pressrelease SET updated_at = %s, created_at = %s WHERE id = %s",
            [
                (stamp, stamp, pk)
                for n, pk in enumerate(ids)
                for stamp in [connection.ops.adapt_datetimefield_value(now - timedelta(minutes=(len(ids) - n) * 26))]
            ],
        )
    if assets:
        ReleasePhoto.objects.bulk_create(
            [ReleasePhoto(release_id=pk, asset=asset, position=i) for pk in ids[::3] for i, asset in enumerate(assets)],
            batch_size=2_000,
            ignore_conflicts=True,
        )


def _occurrence_days() -> None:
    """The events above were written around the agenda's services, which keep the precomputed occurrence days;
    build those days as the daily step does, or the agenda pages would read an almost empty table."""
    from heraldo.ceremonial.services.occurrences import occurrences_rebuild

    occurrences_rebuild()


def _events(rng: random.Random, count: int) -> None:
    from heraldo.ceremonial.models import Event, EventStatus, OccurrenceException
    from heraldo.ceremonial.recurrence import LIMA
    from heraldo.ceremonial.selectors import place_key

    types = [value for value, _label in Event._meta.get_field("event_type").choices]
    statuses = [EventStatus.CONFIRMADO] * 6 + [EventStatus.SOLICITADO] * 2 + [EventStatus.CANCELADO]
    # A year around today; one event in twenty repeats (daily for a month, weekly, monthly, yearly).
    rules = ["FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "FREQ=MONTHLY", "FREQ=YEARLY", "FREQ=DAILY;COUNT=30"]
    first_day = datetime.combine(date.today() - timedelta(days=240), datetime.min.time(), tzinfo=LIMA)
    events = []
    for n in range(count):
        begins = first_day + timedelta(days=rng.randint(0, 364), hours=rng.randint(7, 19))
        place = f"Lugar {n % 150}"
        events.append(
            Event(
                title=f"Actividad {n}: {rng.choice(['Inauguración', 'Ceremonia', 'Reunión', 'Visita'])}",
                event_type=rng.choice(types),
                status=rng.choice(statuses),
                starts_at=begins - timedelta(days=365 * 2) if n % 20 == 0 else begins,
                ends_at=(begins - timedelta(days=365 * 2) if n % 20 == 0 else begins)
                + timedelta(minutes=rng.choice([30, 60, 90, 120])),
                place=place,
                place_key=place_key(place),
                is_public=n % 2 == 0,
                rrule=rules[(n // 20) % len(rules)] if n % 20 == 0 else "",
            )
        )
    Event.objects.bulk_create(events, batch_size=500)
    exceptions = []
    for event in Event.objects.exclude(rrule=""):
        for week in range(1, 60, 9):
            original = event.starts_at + timedelta(days=7 * week) if "WEEKLY" in event.rrule else None
            if original is not None:
                exceptions.append(OccurrenceException(event=event, original_start=original, cancelled=True))
    OccurrenceException.objects.bulk_create(exceptions, ignore_conflicts=True)


def _tasks(rng: random.Random, count: int) -> None:
    """A year of the office's tasks: most done, the open ones spread over the staff, the head of unit's among them."""
    from heraldo.core.models import User
    from heraldo.work.models import Task

    people = list(User.objects.filter(is_active=True).order_by("pk"))
    open_statuses = list(Task.OPEN_STATUSES)
    today = date.today()
    Task.objects.bulk_create(
        [
            Task(
                title=f"Tarea {n}: {rng.choice(['Nota', 'Oficio', 'Cobertura', 'Diseño', 'Invitaciones'])}",
                owner=rng.choice(people),
                due_on=today + timedelta(days=rng.randint(-330, 60)),
                status=Task.Status.DONE if rng.random() < 0.8 else rng.choice(open_statuses),
                priority=rng.randint(1, 4),
            )
            for n in range(count)
        ],
        batch_size=2_000,
    )


def _clippings(rng: random.Random, count: int) -> None:
    """A year of clippings, newest today, with short texts (the archive bench measures search over long ones)."""
    from django.db import connection, transaction

    from bench.monitoring_archive import TextMaker, _column_defaults, _insert, _load_mode, _registry
    from heraldo.core.text import fold
    from heraldo.monitoring.models import Clipping, Mention

    outlets, sources, terms = _registry(rng)
    maker = TextMaker(rng)
    given = {
        "source_id", "outlet_id", "medium", "title", "published_at", "fetched_at", "body_text", "tone",
        "duplicate_of_id", "search_text", "tone_reasons",
    }  # fmt: skip
    fields = [f for f in Clipping._meta.local_concrete_fields if not f.primary_key]
    defaults = {f.attname: _column_default(f, connection) for f in fields if f.attname not in given}
    columns = ["id"] + [f.column for f in fields]
    mention_columns = ["clipping_id", "term_id", "start", "end", "snippet", "tone", "alias", "how"]
    mention_defaults = _column_defaults(Mention, mention_columns)
    mention_columns += list(mention_defaults)
    now, span = _now(), 365 * 24 * 3600
    as_db = connection.ops.adapt_datetimefield_value
    media = [value for value, _label in Clipping._meta.get_field("medium").choices]
    tones = [value for value, _label in Clipping._meta.get_field("tone").choices]
    title_length = Clipping._meta.get_field("title").max_length  # PostgreSQL refuses a longer one
    first_id = (Clipping.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
    _load_mode(True)
    try:
        for first in range(first_id, first_id + count, 5_000):
            rows, mentions = [], []
            for pk in range(first, min(first + 5_000, first_id + count)):
                title = " ".join(maker.words(rng.randint(7, 11))).capitalize()[:title_length]
                body = " ".join(maker.words(40)).capitalize() + "."
                published = now - timedelta(seconds=int((first_id + count - pk) / count * span))
                tone = rng.choice(tones)
                values = {
                    "source_id": rng.choice(sources),
                    "outlet_id": rng.choice(outlets),
                    "medium": rng.choice(media),
                    "title": title,
                    "published_at": as_db(published),
                    "fetched_at": as_db(published),
                    "body_text": body,
                    "tone": tone,
                    "tone_reasons": "[]",
                    "duplicate_of_id": rng.randrange(max(first_id, pk - 500), pk)
                    if pk > first_id and rng.random() < 0.03
                    else None,
                    "search_text": fold(f"{title}\n{body}"),
                    **defaults,
                }
                rows.append((pk, *(values[f.attname] for f in fields)))
                for term in rng.sample(terms, rng.choice([0, 0, 0, 1, 1, 2])):
                    mentions.append((pk, term, 0, 10, body[:120], tone, body[:10], "name", *mention_defaults.values()))
            with transaction.atomic():
                _insert("monitoring_clipping", columns, rows)
                _insert("monitoring_mention", mention_columns, mentions)
    finally:
        _load_mode(False)


def _column_default(field, connection):
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        value = _now()
    elif field.has_default():
        value = field.get_default()
    elif field.null:
        value = None
    else:
        value = ""
    return field.get_db_prep_save(value, connection)


# ------------------------------------------------------------------------------------------------ serving


def _pages(only: str | None) -> tuple[list[str], list[str]]:
    today = date.today()
    dates = {"today": today.isoformat(), "in_a_month": (today + timedelta(days=30)).isoformat()}
    staff = [path.format(**dates) for path in [*STAFF_PAGES, *API_LISTS]]
    public = [_newest_release_page() if path == "{release}" else path for path in PUBLIC_PAGES]
    if only:
        wanted = only.split(",")
        staff = [p for p in staff if any(text in p for text in wanted)]
        public = [p for p in public if any(text in p for text in wanted)]
    return staff, public


def _newest_release_page() -> str:
    from heraldo.press.models import PressRelease

    newest = PressRelease.objects.published().order_by("-published_at", "-pk").first()
    if newest is None:
        sys.exit("no published release to measure")
    return newest.get_public_url()


def server_time(args) -> list[str]:
    """Each page's median time inside Django and its number of queries, one request at a time: the figure to
    profile with on a busy machine, where wrk's figures say more about the neighbours than about the page."""
    from django.db import connection, reset_queries
    from django.test import Client

    from heraldo.core.models import User

    logging.disable(logging.INFO)  # one line per request would bury the table
    runs = 1 if os.environ.get("BENCH_SMOKE") else 7
    connection.force_debug_cursor = True  # count queries without DEBUG's slower templates
    head = Client(HTTP_HOST="127.0.0.1")
    head.force_login(User.objects.get(username="jefatura"), backend="heraldo.core.access.CachedPermissionsBackend")
    anonymous = Client(HTTP_HOST="127.0.0.1")
    staff, public = _pages(args.only)
    failures = []
    print(f"\n{'page':<44}{'median ms':>10}{'max ms':>8}{'queries':>8}{'KB':>6}   ({runs} runs, {connection.vendor})")
    for path, client in [("/healthz", anonymous), *[(p, head) for p in staff], *[(p, anonymous) for p in public]]:
        client.get(path)  # warm the templates and the caches
        samples, queries, size_kb = [], 0, 0.0
        for _run in range(runs):
            reset_queries()
            began = time.perf_counter()
            response = client.get(path)
            samples.append((time.perf_counter() - began) * 1000)
            queries, size_kb = len(connection.queries), len(response.content) / 1024
            if response.status_code != 200:
                failures.append(f"{path} answered {response.status_code}")
                break
        samples.sort()
        median = samples[len(samples) // 2]
        print(f"{path:<44}{median:>10.1f}{samples[-1]:>8.1f}{queries:>8}{size_kb:>6.0f}", flush=True)
    return failures


def serve_and_measure(size: Size, args, environment: dict[str, str]) -> list[str]:
    log_path = Path(environment["HERALDO_VAR_DIR"]) / "bench-server.log"
    log = log_path.open("w")
    server = subprocess.Popen(  # noqa: S603  fixed arguments
        [str(ROOT / ".venv/bin/granian"), "--interface", "wsgi", "heraldo.wsgi:application", "--host",
         "127.0.0.1", "--port", str(args.port), "--workers", "2", "--blocking-threads", "4", "--log-level",
         "warning"],
        cwd=ROOT, env={**os.environ, **environment}, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{args.port}"
    try:
        _wait_until_up(base)
        cookie = _sign_in(base)
        static = _static_file(base, cookie)
        staff, public = _pages(args.only)
        failures = _check(base, cookie, staff, public, size.page_limit_ms)
        seconds = args.seconds if args.seconds is not None else size.wrk_seconds
        if seconds:
            _measure(base, cookie, staff, public, static, seconds)
        if failures:
            print(f"the server's log ({log_path}), last lines:")
            print("".join(log_path.read_text().splitlines(keepends=True)[-40:]))
        return failures
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def _wait_until_up(base: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:  # noqa: S310  loopback
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    sys.exit("the server did not answer /healthz within 60 s")


def _sign_in(base: str) -> str:
    """The head of unit's session cookie, obtained by posting the login form like a browser."""
    from heraldo.core.demo import DEMO_PASSWORD

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(f"{base}/cuenta/login/") as response:
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.read().decode()).group(1)
    form = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "login": "jefatura", "password": DEMO_PASSWORD})
    request = urllib.request.Request(f"{base}/cuenta/login/", data=form.encode(), headers={"Referer": base})  # noqa: S310
    with opener.open(request) as response:
        landed = response.geturl()
    cookies = {c.name: c.value for c in jar}
    if "sessionid" not in cookies or "/cuenta/" in landed:
        sys.exit(f"could not sign in as jefatura (landed on {landed})")
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def _get(base: str, path: str, cookie: str | None) -> tuple[int, float, bytes]:
    request = urllib.request.Request(base + path, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
    began = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310  loopback
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        body, status = error.read(), error.code
    return status, (time.perf_counter() - began) * 1000, body


def _static_file(base: str, cookie: str) -> str:
    _status, _ms, body = _get(base, "/", cookie)
    match = re.search(rb'(/static/[^"\']+\.css)', body)
    if not match:
        sys.exit("no stylesheet linked from the home page")
    return match.group(1).decode()


def _check(base: str, cookie: str, staff: list[str], public: list[str], limit_ms: int) -> list[str]:
    """Each page once, after a first request that warms the worker: 200 and under the limit, or a failure."""
    failures = []
    print(f"\n{'page':<44}{'status':>7}{'ms':>8}{'KB':>8}")
    for path, as_who in [(p, cookie) for p in staff] + [(p, None) for p in public]:
        _get(base, path, as_who)
        status, ms, body = _get(base, path, as_who)
        print(f"{path:<44}{status:>7}{ms:>8.0f}{len(body) / 1024:>8.0f}", flush=True)
        if status != 200:
            failures.append(f"{path} answered {status}")
        elif ms > limit_ms:
            failures.append(f"{path} took {ms:.0f} ms (limit {limit_ms} ms)")
    return failures


@dataclass
class Load:
    path: str
    rps: float
    p50: float
    p99: float
    errors: int


def _wrk(base: str, path: str, cookie: str | None, seconds: int) -> Load:
    command = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run([*command, base + path], capture_output=True, text=True, check=True).stdout  # noqa: S603
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    errors += sum(int(n) for n in re.findall(r"timeout (\d+)", output))
    return Load(path, rps, _latency(output, "50%"), _latency(output, "99%"), errors)


def _latency(output: str, percentile: str) -> float:
    """A latency percentile in ms; infinite when no request was answered within wrk's timeout."""
    value, unit = re.search(rf"^\s+{percentile}\s+([\d.]+)(us|ms|s)\b", output, flags=re.M).groups()
    milliseconds = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    return milliseconds if milliseconds > 0 else float("inf")


def _measure(base: str, cookie: str, staff: list[str], public: list[str], static: str, seconds: int) -> None:
    first = _wrk(base, "/healthz", None, seconds)
    rows: list[tuple[Load, str]] = [(_wrk(base, static, None, seconds), "static")]
    rows += [(_wrk(base, path, cookie, seconds), "staff") for path in staff]
    rows += [(_wrk(base, path, None, seconds), "public") for path in public]
    last = _wrk(base, "/healthz", None, seconds)
    healthz = (first.rps + last.rps) / 2
    print(f"\nwrk, {CONNECTIONS} connections, {seconds} s per page; /healthz {first.rps:.0f} then {last.rps:.0f} req/s")
    print(f"{'page':<44}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>8}  target")
    summary = []
    for load, kind in [(first, "healthz"), *rows, (last, "healthz")]:
        ratio = load.rps / healthz
        verdict = ""
        if kind in ("staff", "public"):
            share, p99 = SIGNED_IN_TARGET if kind == "staff" else PUBLIC_TARGET
            verdict = "ok" if ratio >= share and load.p99 < p99 else f"MISS (≥{share}×, p99<{p99})"
        if load.errors:
            verdict += f" {load.errors} errors"
        print(f"{load.path:<44}{load.rps:>8.0f}{load.p50:>9.1f}{load.p99:>9.1f}{ratio:>8.3f}  {verdict}")
        summary.append(
            {"path": load.path, "rps": round(load.rps, 1), "p50": _finite(load.p50), "p99": _finite(load.p99)}
        )
    print(json.dumps({"engine": os.environ.get("DATABASE_URL", "sqlite").split(":")[0], "pages": summary}))


def _finite(milliseconds: float) -> float | None:
    return None if milliseconds == float("inf") else milliseconds


if __name__ == "__main__":
    main()
