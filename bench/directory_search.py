"""Registro search: 50,000 persons and 10,000 entities, accent-insensitive, under 100 ms.

Run: .venv/bin/python bench/directory_search.py   (uses its own database under var/bench-directory)
Prints the time of the first page and the total count for typical queries, as the list pages do.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
from bench._smoke import sized, var_dir  # noqa: E402

os.environ["HERALDO_VAR_DIR"] = var_dir("directory")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

PERSONS, ENTITIES = sized(50_000, 200), sized(10_000, 50)
GIVEN = ["José", "María", "Luis", "Rosa", "Jorge", "Lucía", "Víctor", "Ñusta", "Ángel", "Elena", "Raúl", "Sofía"]
SURNAMES = [
    "Quispe",
    "Mamani",
    "Huamán",
    "Cárdenas",
    "Núñez",
    "Pérez",
    "Flores",
    "Ccori",
    "Condori",
    "Vilca",
    "Chávez",
    "Gutiérrez",
    "Apaza",
    "Ñaupari",
    "Zapata",
    "Ríos",
    "Salas",
    "Torres",
    "Paredes",
    "Llanos",
]
KINDS = ["MUNICIPALIDAD", "COLEGIO", "ONG", "MEDIO", "EMPRESA", "ORGANIZACION_VECINAL"]


def build() -> None:
    from heraldo.directory.models import Entity, Person

    if Person.objects.count() >= PERSONS:
        return
    rng = random.Random(7)
    persons = []
    for n in range(PERSONS):
        person = Person(
            given_names=rng.choice(GIVEN),
            surnames=f"{rng.choice(SURNAMES)} {rng.choice(SURNAMES)}",
            institutional_email=f"persona{n}@ejemplo.pe",
        )
        person.refresh_search_text()
        persons.append(person)
    Person.objects.bulk_create(persons, batch_size=2000)
    entities = []
    for n in range(ENTITIES):
        entity = Entity(
            name=f"{rng.choice(['Asociación', 'Institución Educativa', 'Junta Vecinal', 'Radio'])} "
            f"{rng.choice(SURNAMES)} N.° {n}",
            kind=rng.choice(KINDS),
            level="DISTRITAL",
            ubigeo=f"27{rng.randint(1, 9):02d}{rng.randint(1, 20):02d}",
        )
        entity.refresh_search_text()
        entities.append(entity)
    Entity.objects.bulk_create(entities, batch_size=2000)


def timed(function, repeat: int = sized(15, 2)) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]


def main() -> None:
    call_command("migrate", verbosity=0)
    build()
    from django.utils import timezone

    from heraldo.directory.selectors import entity_list, person_list

    today = timezone.localdate()
    print(f"Registro search over {PERSONS:,} persons and {ENTITIES:,} entities (SQLite)")
    worst = 0.0
    for query in ["cardenas", "Nunez quispe", "maria ñaupari", "persona4999", "zzz-no-existe", "rios"]:

        def persons_page(query=query):
            queryset = person_list({"q": query, "active": "1"}, on=today)
            return queryset.count(), list(queryset[:25])

        def entities_page(query=query):
            queryset = entity_list({"q": query, "active": "1"})
            return queryset.count(), list(queryset[:25])

        p50, p95 = timed(persons_page)
        e50, e95 = timed(entities_page)
        worst = max(worst, p95, e95)
        hits = persons_page()[0]
        print(
            f"  {query!r:18} persons p50 {p50:6.1f} ms p95 {p95:6.1f} ms ({hits} hits) | "
            f"entities p50 {e50:6.1f} ms p95 {e95:6.1f} ms"
        )
    print(f"worst p95: {worst:.1f} ms — target < 100 ms: {'OK' if worst < 100 else 'MISSED'}")


if __name__ == "__main__":
    main()
