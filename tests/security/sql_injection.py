"""S9 of the test plan: sqlmap against the search, filter and ordering parameters of the API, on loopback only.

    .venv/bin/python tests/security/sql_injection.py [--level 2] [--risk 1] [--minutes 4]
    BENCH_SMOKE=1 .venv/bin/python tests/security/sql_injection.py      # level 1, the archive search only

Builds the same throwaway installation as api_schemathesis.py (own var dir, migrated, demo office, production
settings, granian on a free loopback port), issues the head of unit an API key, and runs Debian's sqlmap
(`apt-get install sqlmap`) once per target URL with `--batch`, every parameter of the URL under test, bounded by
--minutes per target. A target passes when sqlmap finds no injection point and the server answered no 500 to
what sqlmap sent; a target that ran out of time is reported as such, not as a pass. Exits non-zero when any
target is injectable, met a server error or ran out of time.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from api_schemathesis import ISSUE_KEYS, environment, free_port, manage, serve, stop

SMOKE = os.environ.get("BENCH_SMOKE") == "1"
ROLE = "jefatura"  # reads every module the targets belong to
TARGETS = {
    "archivo (FTS5 MATCH, filtros, orden)": "/api/v1/monitoreo/recortes/?q=obra+mercado&tone=negative&sort=relevance",
    "menciones (filtros numéricos)": "/api/v1/monitoreo/menciones/?term=1&clipping=1",
    "personas (búsqueda, etiqueta)": "/api/v1/registro/personas/?q=garcia&tag=1&active=all",
    "entidades (búsqueda, filtros)": "/api/v1/registro/entidades/?q=muni&kind=MUNICIPALIDAD&level=DISTRITAL"
    "&ubigeo=270103&tag=1",
    "agenda (rango de fechas)": "/api/v1/agenda/actividades/ocurrencias/?desde=2026-12-01&hasta=2026-12-31",
}


def sqlmap(url: str, key: str, *, level: int, risk: int, minutes: float, out: Path) -> tuple[str, str]:
    """(verdict, sqlmap's last lines) for one target."""
    command = ["sqlmap", "-u", url, "--batch", "--level", str(level), "--risk", str(risk), "--dbms", "SQLite"]
    command += ["-H", f"Authorization: Token {key}", "--output-dir", str(out), "--disable-coloring"]
    command += ["--time-sec", "2", "--threads", "1", "--flush-session"]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=minutes * 60)  # noqa: S603
    except subprocess.TimeoutExpired as stopped:
        return "sin terminar", str(stopped.stdout or "")[-800:]
    output = run.stdout + run.stderr
    (out / f"{re.sub(r'[^a-z]+', '-', url.split('/api/v1/')[1])[:60]}.txt").write_text(output)
    errors = re.search(r"500 \(Internal Server Error\) - \d+ times", output)
    if "identified the following injection point" in output:
        return "INYECTABLE", output[-2000:]
    if errors:
        return "errores 500", output[-2000:]
    if "do not appear to be injectable" in output or "does not seem to be injectable" in output:
        return "no inyectable", ""
    return "sin veredicto", output[-2000:]


def answers_200(url: str, key: str) -> bool:
    """sqlmap's "not injectable" means something only if the key opens the page it probes."""
    request = urllib.request.Request(url, headers={"Authorization": f"Token {key}"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310  our loopback server
            return response.status == 200
    except OSError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--level", type=int, default=1 if SMOKE else 2)
    parser.add_argument("--risk", type=int, default=1)
    parser.add_argument("--minutes", type=float, default=4)
    parser.add_argument("--keep", action="store_true", help="keep the var dir and sqlmap's logs")
    args = parser.parse_args()
    if shutil.which("sqlmap") is None:
        raise SystemExit("sqlmap is not installed (Debian: apt-get install sqlmap)")
    targets = dict(list(TARGETS.items())[:1]) if SMOKE else TARGETS
    var_dir = tempfile.mkdtemp(prefix="heraldo-sqlmap-")
    (Path(var_dir) / "sqlmap").mkdir()
    env = environment(var_dir)
    server = None
    try:
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "demo_load", "--force", "--no-logins")
        lines = manage(env, "shell", "-c", ISSUE_KEYS.format(names=[ROLE])).splitlines()
        key = next(line.split()[2] for line in lines if line.startswith("KEY "))
        port = free_port()
        server = serve(env, port)
        failed = []
        print(f"sqlmap level {args.level}, risk {args.risk}, at most {args.minutes:g} min per target")
        for name, path in targets.items():
            began = time.monotonic()
            url = f"http://127.0.0.1:{port}{path}"
            if answers_200(url, key):
                verdict, detail = sqlmap(
                    url, key, level=args.level, risk=args.risk, minutes=args.minutes, out=Path(var_dir) / "sqlmap"
                )
            else:
                verdict, detail = "sin acceso", "the head of unit's key does not open this URL"
            print(f"{name:40} {verdict:14} {time.monotonic() - began:5.0f} s")
            if verdict != "no inyectable":
                failed.append(name)
                print(detail)
        if failed:
            raise SystemExit(f"not proven safe: {', '.join(failed)}")
        print("no parameter injectable, no server error")
    finally:
        if server is not None:
            stop(server)
        if not args.keep:
            shutil.rmtree(var_dir, ignore_errors=True)
        else:
            print(f"kept {var_dir}")


if __name__ == "__main__":
    main()
