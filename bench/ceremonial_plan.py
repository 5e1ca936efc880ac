"""Precedence engine: planning an act with 500 attendees, target under 50 ms.

Run: .venv/bin/python bench/ceremonial_plan.py
Pure Python (no database): prints the median and worst of 30 runs of compute_protocol.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._smoke import sized  # noqa: E402
from heraldo.ceremonial.precedence import (  # noqa: E402
    Attendee,
    Branch,
    EventClass,
    Host,
    Organiser,
    ProtocolOptions,
    Representation,
    Status,
    compute_protocol,
    precedence_table_from_rows,
)
from heraldo.ceremonial.precedence.provisional_table import PROVISIONAL_TABLE_ROWS  # noqa: E402

ATTENDEES = sized(500, 50)
RUNS = sized(30, 2)


def attendees(rng: random.Random) -> list[Attendee]:
    codes = [row["office_code"] for row in PROVISIONAL_TABLE_ROWS if not row["valid_from"]]
    people = [
        Attendee(
            id="mayor", display_name="Alcalde", office_code="ALCALDE_DISTRITAL", entity="MD", jurisdiction="270103"
        )
    ]
    for n in range(ATTENDEES - 1):
        code = rng.choice(codes)
        extra = {}
        if code.startswith(("REGIDOR", "TENIENTE")):
            extra["list_order"] = rng.randint(1, 15)
        if code in ("COMISARIO_PNP", "JEFE_UNIDAD_MILITAR", "COMANDANTE_FFAA_REGION", "JEFE_REGION_POLICIAL"):
            extra.update(military_grade=rng.randint(1, 12), military_branch=rng.choice(list(Branch)))
        if n % 40 == 0:
            extra.update(
                status=Status.REPRESENTANTE,
                represents=Representation(office_code="ALCALDE_PROVINCIAL", entity="MP", jurisdiction="2701"),
            )
        people.append(
            Attendee(
                id=f"a{n:03d}",
                display_name=f"Autoridad {n}",
                office_code=code,
                entity=f"E{n % 60}",
                jurisdiction=rng.choice(["27", "2701", "270103", "270104", "15"]),
                date_assumed_office=date(2023, 1, 1 + n % 28),
                birth_date=date(1960 + n % 30, 1 + n % 12, 1 + n % 28),
                **extra,
            )
        )
    return people


def main() -> None:
    rng = random.Random(4)
    table = precedence_table_from_rows(PROVISIONAL_TABLE_ROWS)
    cast = attendees(rng)
    options = ProtocolOptions(
        event_class=EventClass.SESION_SOLEMNE, head_table_size=9, speakers=tuple(a.id for a in cast[:6])
    )
    host = Host(organiser=Organiser(entity="MD", head_office="ALCALDE_DISTRITAL"), venue_ubigeo="270103")
    timings = []
    for _run in range(RUNS):
        started = time.perf_counter()
        plan = compute_protocol(attendees=cast, host=host, event_date=date(2026, 12, 15), table=table, options=options)
        timings.append((time.perf_counter() - started) * 1000)
    print(
        f"compute_protocol, {ATTENDEES} attendees, {RUNS} runs: median {statistics.median(timings):.1f} ms, "
        f"worst {max(timings):.1f} ms (target < 50 ms); head table {len(plan.head_table)}, "
        f"front rows {len(plan.front_rows)}, warnings {len(plan.warnings)}"
    )


if __name__ == "__main__":
    main()
