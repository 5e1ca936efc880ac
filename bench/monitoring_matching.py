"""Watch-list matching speed: 100,000 aliases, ~300-word articles, folding and word boundaries included.

Run: .venv/bin/python bench/monitoring_matching.py
"""

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._smoke import sized  # noqa: E402
from heraldo.monitoring.matching import Matcher  # noqa: E402

GIVEN = ["Jorge", "Lucía", "Rosa", "Miguel", "Patricia", "Raúl", "Gladys", "Julián", "Elena", "Andrés", "Sofía"]
SURNAMES = ["Cárdenas", "Quispe", "Mamani", "Ñaupari", "Huamán", "Apaza", "Torres", "Llanos", "Villanueva", "Zapata"]
WORDS = (
    "la municipalidad inauguró obra pública vecinos denuncian basura alcalde serenazgo distrito plaza mercado "
    "limpieza seguridad ciudadana presupuesto concejo regidores pistas agua desagüe colegio salud tránsito"
).split()


def main() -> None:
    rng = random.Random(7)  # noqa: S311
    aliases = set()
    while len(aliases) < sized(100_000, 2_000):
        aliases.add(f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)} {rng.choice(SURNAMES)}{rng.randint(0, 999)}")
    started = time.perf_counter()
    matcher = Matcher((i, alias, False) for i, alias in enumerate(sorted(aliases)))
    build = time.perf_counter() - started
    sample = sorted(aliases)[:50]
    articles = []
    for _ in range(sized(2000, 20)):
        words = [rng.choice(WORDS) for _ in range(300)]
        for _hit in range(3):
            words.insert(rng.randrange(len(words)), rng.choice(sample).upper())
        articles.append(" ".join(words).capitalize())
    started = time.perf_counter()
    hits = sum(len(matcher.find(article)) for article in articles)
    elapsed = time.perf_counter() - started
    print(f"aliases: {matcher.size:,}; automaton built in {build:.2f} s")
    print(f"articles: {len(articles)} of ~300 words; hits: {hits}")
    print(f"matching: {len(articles) / elapsed:,.0f} articles/s on one core (folding and word boundaries included)")


if __name__ == "__main__":
    main()
