"""What every benchmark under bench/ shares so CI can run it at its smallest size (bench/README.md)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMOKE = os.environ.get("BENCH_SMOKE") == "1"
# Migrated (and its static files collected) once by `make bench-smoke`, then copied for each benchmark:
# migrating a fresh database per script would take most of CI's minute.
TEMPLATE = ROOT / "var" / "bench-smoke" / "template"


def sized(full, smoke):
    """The full-size figure, or the smallest one that still runs every step of the benchmark."""
    return smoke if SMOKE else full


def var_dir(name: str, *, fresh: bool = False) -> str:
    """HERALDO_VAR_DIR for a benchmark: BENCH_VAR_DIR or var/bench-<name> at full size (a database kept between
    runs unless `fresh`), a new copy of the smoke template under var/bench-smoke/<name> in smoke mode."""
    if SMOKE:
        directory = ROOT / "var" / "bench-smoke" / name
        shutil.rmtree(directory, ignore_errors=True)
        if TEMPLATE.is_dir():
            shutil.copytree(TEMPLATE, directory)
        return str(directory)
    directory = Path(os.environ.get("BENCH_VAR_DIR", f"var/bench-{name}"))
    if fresh:
        (ROOT / directory / "heraldo.sqlite3").unlink(missing_ok=True)
    return str(directory)
