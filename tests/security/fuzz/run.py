"""S14 / F4 of the test plan: run each atheris harness for a bounded time and print its figures.

    /tmp/plan-sec-venv/bin/pip install atheris       # a venv of its own, the same Python as .venv (3.11)
    .venv/bin/python tests/security/fuzz/run.py [--seconds 120] [--only feed sanitize] [--keep]
    BENCH_SMOKE=1 .venv/bin/python tests/security/fuzz/run.py       # 10 s per harness

ATHERIS_PYTHON names the Python that has atheris (default: /tmp/plan-sec-venv/bin/python); the project's packages
reach it through PYTHONPATH (this Python's site-packages), so nothing is installed into .venv. Each harness starts
from its seeds in corpus/<name>/ (plus, for the import, a small workbook made here with openpyxl) copied into a
throwaway directory, so the inputs libFuzzer adds never land in the repository. A crash, an assertion of the
harness or an input costing more than 2 s of instrumented CPU (common.SECONDS_PER_INPUT, about half a second
uninstrumented) stops that harness; its input is kept and printed, and the run exits 1. The plan's nightly
figure is 10 minutes per harness (--seconds 600).
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import site
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SMOKE = os.environ.get("BENCH_SMOKE") == "1"
ATHERIS_PYTHON = os.environ.get("ATHERIS_PYTHON", "/tmp/plan-sec-venv/bin/python")  # noqa: S108  own venv
HARNESSES = ["feed", "sanitize", "recurrence", "import"]
WIDTHS = (9, 7, 6, 6, 6, 7, 6)
MAX_LENGTH = {"feed": 16384, "sanitize": 4096, "recurrence": 256, "import": 16384}


def workbook_seed() -> bytes:
    """A small Registro workbook, so the .xlsx path starts from a valid file rather than from noise."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nombres", "Apellidos", "Correo", "Fecha de nacimiento"])
    sheet.append(["María", "Quispe", "maria@example.pe", "1980-05-04"])
    sheet.append(["=1+1", 42, 3.5, None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def figures(output: str) -> dict[str, str]:
    found = {}
    for name in ("number_of_executed_units", "average_exec_per_sec", "peak_rss_mb"):
        match = re.search(rf"stat::{name}:\s*(\d+)", output)
        found[name] = match.group(1) if match else "?"
    coverage = re.findall(r"\bcov: (\d+) ft: (\d+) corp: (\d+)", output)
    found["cov"], found["ft"], found["corpus"] = coverage[-1] if coverage else ("?", "?", "?")
    return found


def run(name: str, seconds: int, work: Path) -> bool:
    corpus = work / name / "corpus"
    artifacts = work / name / "artifacts"
    shutil.copytree(HERE / "corpus" / name, corpus)
    artifacts.mkdir()
    if name == "import":
        (corpus / "registro.xlsx").write_bytes(workbook_seed())
    # the harness's Django gets a var dir inside the throwaway directory, so it goes with it
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(site.getsitepackages())}
    environment["HERALDO_VAR_DIR"] = str(work / name / "var")
    command = [ATHERIS_PYTHON, str(HERE / f"fuzz_{name}.py"), f"-max_total_time={seconds}", "-timeout=30"]
    command += [f"-max_len={MAX_LENGTH[name]}", "-rss_limit_mb=2048", "-print_final_stats=1"]
    command += [f"-artifact_prefix={artifacts}/", str(corpus)]
    completed = subprocess.run(  # noqa: S603
        command, cwd=HERE, env=environment, capture_output=True, text=True, timeout=seconds + 300
    )
    output = completed.stdout + completed.stderr
    (work / name / "libfuzzer.log").write_text(output)
    found = figures(output)
    crashes = sorted(artifacts.iterdir())
    values = (found["number_of_executed_units"], found["average_exec_per_sec"], found["cov"], found["ft"])
    values += (found["corpus"], found["peak_rss_mb"], "CRASH" if crashes else "ok")
    print(f"{name:11} " + " ".join(f"{value:>{width}}" for value, width in zip(values, WIDTHS, strict=True)))
    if completed.returncode != 0 or crashes:
        for crash in crashes:
            print(f"  input kept: {crash} ({crash.stat().st_size} bytes): {crash.read_bytes()[:300]!r}")
        trace = output[output.find("=== Uncaught") :] if "=== Uncaught" in output else output[-3000:]
        print("  " + trace[:3000].replace("\n", "\n  "))
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10 if SMOKE else 120, help="per harness")
    parser.add_argument("--only", nargs="+", choices=HARNESSES, default=HARNESSES)
    parser.add_argument("--keep", action="store_true", help="keep the corpora, crashes and libFuzzer's logs")
    args = parser.parse_args()
    if not Path(ATHERIS_PYTHON).exists():
        raise SystemExit(f"no Python with atheris at {ATHERIS_PYTHON}: install atheris in a venv, set ATHERIS_PYTHON")
    work = Path(tempfile.mkdtemp(prefix="heraldo-fuzz-"))
    try:
        print(f"atheris, {args.seconds} s per harness; an input over common.SECONDS_PER_INPUT of CPU fails")
        columns = ("inputs", "exec/s", "cov", "ft", "corpus", "rss MB", "result")
        print(f"{'harness':11} " + " ".join(f"{name:>{width}}" for name, width in zip(columns, WIDTHS, strict=True)))
        failed = [name for name in args.only if not run(name, args.seconds, work)]
        if failed:
            raise SystemExit(f"crashes or slow inputs in: {', '.join(failed)}")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
