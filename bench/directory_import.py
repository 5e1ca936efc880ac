"""Registro import: 10,000 persons with their entity and cargo from a CSV, under a minute.

Run: .venv/bin/python bench/directory_import.py   (uses its own database under var/bench-directory-import)
Prints the time to read, check (the preview) and apply (all-or-nothing) the file.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
from bench._smoke import sized, var_dir  # noqa: E402

# Each run starts from an empty database: the file's persons would otherwise be duplicates.
os.environ["HERALDO_VAR_DIR"] = var_dir("directory-import", fresh=True)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

ROWS = sized(10_000, 100)
GIVEN = ["José", "María", "Luis", "Rosa", "Jorge", "Lucía", "Víctor", "Ñusta", "Ángel", "Elena"]
SURNAMES = ["Quispe", "Mamani", "Huamán", "Cárdenas", "Núñez", "Pérez", "Flores", "Ccori", "Condori", "Vilca"]


def build_csv() -> bytes:
    rng = random.Random(11)
    lines = ["nombres;apellidos;sexo;correo_institucional;entidad;tipo_entidad;nivel;ubigeo;cargo;desde;etiquetas"]
    for n in range(ROWS):
        entity = f"Institución Educativa N.° {n % 800}"
        lines.append(
            f"{rng.choice(GIVEN)};{rng.choice(SURNAMES)} {rng.choice(SURNAMES)} {n};{rng.choice('FM')};"
            f"persona{n}@ejemplo.edu.pe;{entity};Institución educativa;Distrital;2701{n % 20 + 1:02d};"
            f"{rng.choice(['Director', 'Subdirector', 'Docente'])};01/03/2025;{rng.choice(['Educación', ''])}"
        )
    return "\n".join(lines).encode("utf-8")


def main() -> None:
    call_command("migrate", verbosity=0)
    from heraldo.directory.services.imports import import_apply, import_check
    from heraldo.directory.transfer import read_rows

    content = build_csv()
    start = time.perf_counter()
    rows = read_rows("bench.csv", content)
    read = time.perf_counter() - start
    start = time.perf_counter()
    check = import_check("personas", rows)
    checked = time.perf_counter() - start
    assert check.ok, check.problems[:3]
    start = time.perf_counter()
    count = import_apply(actor=None, kind="personas", rows=rows, file_name="bench.csv")
    applied = time.perf_counter() - start
    total = read + checked + applied
    print(f"Registro import of {ROWS:,} rows ({len(content) / 1e6:.1f} MB CSV) into SQLite")
    print(f"  read {read:.2f} s · preview check {checked:.2f} s · apply (re-check + write) {applied:.2f} s")
    print(f"  created {count:,} persons; total {total:.1f} s — target < 60 s: {'OK' if total < 60 else 'MISSED'}")


if __name__ == "__main__":
    main()
