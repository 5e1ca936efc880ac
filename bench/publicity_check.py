"""Publicity-law checks: one piece under 20 ms, the ban-start sweep over 10,000 pieces under 5 s.

    .venv/bin/python bench/publicity_check.py

Builds (once, in var/bench-publicity or BENCH_VAR_DIR) a municipality with 40 officials in the Registro, 10 of them
with a nickname, 20 political palettes and the seeded 2026 processes. Then, in the same run:

1. One piece, as campaigns and press call it (`heraldo.publicity.checks.evaluate`: read processes, authorities,
   palettes and days off, then check): median and p95 of 200 calls, beside two baselines — reading the piece only
   (`validate_facts`) and the check alone on knowledge already loaded (`rules.check`).
2. The sweep on the regional ban start (8 Jan 2026) over 10,000 piece-facts of every channel, read from plain dicts
   and checked (`rules.ban_start_sweep`), with the count of pieces to withdraw, adapt or keep.
3. The same sweep as the daily step makes it: 10,000 campaign pieces stored in the database, read with their
   campaign, media plan and library photos, turned into facts and checked
   (`heraldo.campaigns.services.sweeps.exposed_items`); the tasks it then makes are not timed.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._smoke import sized, var_dir  # noqa: E402

os.environ["HERALDO_VAR_DIR"] = var_dir("publicity")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
os.environ.setdefault("HERALDO_TESTING", "true")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

RUNS = sized(200, 5)
PIECES = sized(10_000, 200)
OFFICIALS = sized(40, 8)
PALETTES = sized(20, 4)
ONE_TARGET_MS = 20
SWEEP_TARGET_S = 5
CHANNELS = ("RADIO", "TV", "PRESS", "SOCIAL", "WEB", "OUTDOOR", "PRINT", "SMS")
TOPICS = ("SALUD", "EDUCACION", "SEGURIDAD", "TRIBUTOS", "CULTURA", "OBRAS", None)
SURNAMES = ("Quispe", "Mamani", "Flores", "Huamán", "Rojas", "Torres", "Vargas", "Castillo", "Ramos", "Chávez")
GIVEN = ("Rosa", "Jorge", "Ana", "Luis", "María", "Pedro", "Carmen", "Julio", "Elena", "Víctor")


def fill() -> None:
    from heraldo.directory.models import Entity, Person, Position, Term
    from heraldo.publicity.models import Nickname, PoliticalPalette

    if Entity.objects.filter(is_own_municipality=True).exists():
        return
    rng = random.Random(7)
    municipality = Entity.objects.create(
        name="Municipalidad Distrital de Banco de Pruebas",
        kind="MUNICIPALIDAD",
        level="DISTRITAL",
        ubigeo="150101",
        is_own_municipality=True,
    )
    titles = ["Alcalde", "Teniente Alcalde", "Gerente Municipal"] + [f"Regidor {n}" for n in range(1, 12)]
    titles += [f"Gerente de Área {n}" for n in range(1, OFFICIALS)]
    for n in range(OFFICIALS):
        person = Person.objects.create(
            given_names=f"{rng.choice(GIVEN)} {rng.choice(GIVEN)}",
            surnames=f"{rng.choice(SURNAMES)} {rng.choice(SURNAMES)} {n}",
        )
        position = Position.objects.create(
            entity=municipality,
            title=titles[n],
            office_code="ALCALDE_DISTRITAL" if n == 0 else "",
        )
        Term.objects.create(position=position, person=person, starts_on=date(2023, 1, 1))
        if n % 4 == 0:
            Nickname.objects.create(person=person, nickname=f"Apodo{n}")
    for n in range(PALETTES):
        PoliticalPalette.objects.create(
            organisation=f"Organización Política {n}",
            colours=f"#{rng.randrange(0x1000000):06x}, #{rng.randrange(0x1000000):06x}",
            keywords=f"OP{n}\nLema número {n} del cambio",
            is_mayors=n == 0,
        )


def piece(rng: random.Random, n: int) -> dict:
    start = date(2025, 9, 1) + timedelta(days=rng.randrange(200))
    end = None if n % 5 == 0 else start + timedelta(days=rng.randrange(1, 120))
    texts = [f"Aviso {n}: jornada de atención en el local comunal, de 8 a 13 h, para toda la familia."]
    if n % 7 == 0:
        texts.append("Nuestro alcalde te invita.")
    if n % 11 == 0:
        texts.append(f"Lema número {n % PALETTES} del cambio")
    return {
        "id": n,
        "channel": rng.choice(CHANNELS),
        "paid": n % 3 == 0,
        "exposure_window": [start.isoformat(), end.isoformat() if end else None],
        "topic": rng.choice(TOPICS),
        "justification": "Servicio a la población." if n % 2 else "",
        "texts": texts,
        "detected_people": [f"Persona {n}"] if n % 13 else ["Apodo0"],
        "palette": [f"#{rng.randrange(0x1000000):06x}"],
    }


def timed(function, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        function()
        times.append((time.perf_counter() - began) * 1000)
    return times


def report(label: str, times: list[float], target: float | None = None) -> None:
    median = statistics.median(times)
    p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)]
    verdict = "" if target is None else ("  OK" if p95 < target else f"  MISSED target {target} ms")
    print(f"{label:<48} median {median:7.2f} ms   p95 {p95:7.2f} ms{verdict}")


def main() -> None:
    call_command("migrate", verbosity=0)
    fill()
    from heraldo.publicity.checks import evaluate, load_knowledge, validate_facts
    from heraldo.publicity.models import ElectoralProcess
    from heraldo.publicity.rules import ban_start_sweep, check, parse_facts

    rng = random.Random(2026)
    one = piece(rng, 7) | {"channel": "RADIO", "topic": "SALUD", "justification": "Dengue."}
    today = date(2026, 2, 15)
    verdict = evaluate(one, today=today)
    assert verdict.verdict == "block" and verdict.tasks, verdict  # "nuestro alcalde" blocks; the JEE task is planned
    knowledge = load_knowledge(today=today)
    facts = validate_facts(one)
    print(f"One piece ({RUNS} runs; {len(knowledge.authorities)} officials, {len(knowledge.palettes)} palettes)")
    report("baseline: read the piece only (validate_facts)", timed(lambda: validate_facts(one), RUNS))
    report("baseline: check on loaded knowledge", timed(lambda: check(facts, knowledge, today=today), RUNS))
    report("evaluate (load from the database + check)", timed(lambda: evaluate(one, today=today), RUNS), ONE_TARGET_MS)

    regional = ElectoralProcess.objects.get(kind="REGIONAL_MUNICIPAL").as_rule()
    pieces = [piece(rng, n) for n in range(PIECES)]
    began = time.perf_counter()
    knowledge = load_knowledge(today=regional.ban_start)
    parsed = [parse_facts(data) for data in pieces]
    items = ban_start_sweep(parsed, regional, knowledge)
    elapsed = time.perf_counter() - began
    actions = {
        action: sum(1 for item in items if item.action == action) for action in ("retirar", "adecuar", "mantener")
    }
    assert items and actions["retirar"], actions
    status = "OK" if elapsed < SWEEP_TARGET_S else f"MISSED target {SWEEP_TARGET_S} s"
    print(
        f"Ban-start sweep of {PIECES:,} pieces (8 Jan 2026): {elapsed:.2f} s  {status}; "
        f"{len(items):,} still exposed: {actions}"
    )
    database_sweep()


def stored_pieces(count: int) -> None:
    """One campaign of an approved plan with `count` pieces of every channel, as the office stores them."""
    from decimal import Decimal

    from heraldo.campaigns.models import AdvertisingPlan, Campaign, Piece, PlanLine
    from heraldo.core.models import User

    if Piece.objects.count() == count:
        return
    Piece.objects.all().delete()
    rng = random.Random(11)
    owner, _created = User.objects.get_or_create(username="bench-campaigns", defaults={"email": "b@example.pe"})
    plan, _created = AdvertisingPlan.objects.get_or_create(
        year=2026,
        version=1,
        defaults={"title": "Plan", "objectives": "Informar.", "total_budget": Decimal("1"), "status": "APROBADO"},
    )
    line, _created = PlanLine.objects.get_or_create(plan=plan, name="Línea", defaults={"budget": Decimal("1")})
    campaign, _created = Campaign.objects.get_or_create(
        title="Campaña del banco de pruebas",
        defaults={
            "plan_line": line,
            "objectives": "Informar.",
            "owner": owner,
            "starts_on": date(2025, 9, 1),
            "ends_on": date(2026, 6, 30),
        },
    )
    kinds = {
        "RADIO": "SPOT_RADIO",
        "TV": "SPOT_TV",
        "SOCIAL": "POST_FACEBOOK",
        "WEB": "BANNER_WEB",
        "OUTDOOR": "BANDEROLA",
        "PRINT": "VOLANTE",
        "SMS": "SMS",
        "PRESS": "AFICHE",
    }
    rows = []
    for n in range(count):
        data = piece(rng, n)
        start, end = data["exposure_window"]
        rows.append(
            Piece(
                campaign=campaign,
                title=f"Pieza {n}",
                kind=kinds[data["channel"]],
                channel=data["channel"],
                paid=data["paid"],
                text=" ".join(data["texts"]),
                justification_kind=data["topic"] if data["topic"] in ("SALUD", "EDUCACION", "SEGURIDAD") else "",
                justification=data["justification"],
                exposure_starts=date.fromisoformat(start),
                exposure_ends=date.fromisoformat(end) if end else None,
                ubigeo="150101",
                people_shown=data["detected_people"],
                palette=data["palette"],
            )
        )
    Piece.objects.bulk_create(rows, batch_size=1000)


def database_sweep() -> None:
    from heraldo.campaigns.services.sweeps import exposed_items
    from heraldo.publicity.models import ElectoralProcess

    stored_pieces(PIECES)
    process = ElectoralProcess.objects.get(kind="REGIONAL_MUNICIPAL")
    began = time.perf_counter()
    pieces, _releases = exposed_items(process)
    elapsed = time.perf_counter() - began
    withdraw = sum(1 for _piece, item in pieces if item.action == "retirar")
    assert pieces and withdraw, len(pieces)
    status = "OK" if elapsed < SWEEP_TARGET_S else f"MISSED target {SWEEP_TARGET_S} s"
    print(
        f"Ban-start sweep of {PIECES:,} stored campaign pieces (database read + facts + check): {elapsed:.2f} s  "
        f"{status}; {len(pieces):,} still exposed, {withdraw:,} to withdraw"
    )


if __name__ == "__main__":
    main()
