"""S10 of the test plan: schemathesis against the API's own OpenAPI schema, one API key per demo role.

    .venv/bin/python tests/security/api_schemathesis.py [--max-examples 10] [--roles jefatura prensa]
    BENCH_SMOKE=1 .venv/bin/python tests/security/api_schemathesis.py      # 2 examples, two roles

Builds a throwaway installation (its own var dir, migrated, the demo office loaded), issues one API key to each
demo user through the same service /api/v1/token/ uses, serves it with granian on a free loopback port with
production settings (DEBUG off, so a crash is a plain 500), and runs `st run` against /api/schema/ once per
role, bounded by --max-examples per operation and --request-timeout. Checks: not_a_server_error (the test
plan's pass criterion: 0 server errors), plus the schema conformance checks, whose findings are printed and
counted but fail the run only with --strict. The rate limit is raised for the run (429s are proven in
heraldo/core/tests/test_api.py; here they would only hide the operations behind them), and the second factor
is not required (an API key of a role that must have one is refused until it is set up, which
test_account_security.py proves). Traffic goes only to 127.0.0.1; the server and its var dir go away at the end.
Exits non-zero when any role met a server error.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parent.parent.parent
SMOKE = os.environ.get("BENCH_SMOKE") == "1"
ROLES = ["jefatura", "prensa", "protocolo", "diseno", "monitoreo", "alcalde", "gerente", "rentas", "admin"]
SERVER_CHECK = "not_a_server_error"
SCHEMA_CHECKS = "status_code_conformance,content_type_conformance,response_schema_conformance"


def environment(var_dir: str) -> dict[str, str]:
    return {
        **os.environ,
        "HERALDO_VAR_DIR": var_dir,
        "DJANGO_DEBUG": "false",
        "SECRET_KEY": "schemathesis-only-secret-key-0123456789-abcdefghijklmnop",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "HERALDO_HTTPS": "false",
        "HERALDO_TESTING": "true",  # static files from the source tree, fast password hasher
        "HERALDO_MFA_REQUIRED_ROLES": "ninguno",
        "HERALDO_API_RATE_USER": "100000/min",
        "HERALDO_API_RATE_ANON": "100000/min",
        "DJANGO_SETTINGS_MODULE": "heraldo.settings",
    }


def manage(env: dict[str, str], *args: str) -> str:
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


ISSUE_KEYS = """
from heraldo.core.models import User
from heraldo.core.services.api_tokens import api_token_issue
for name in {names!r}:
    print("KEY", name, api_token_issue(user=User.objects.get(username=name)).key)
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(env: dict[str, str], port: int) -> subprocess.Popen:
    granian = Path(sys.executable).parent / "granian"
    server = subprocess.Popen(  # noqa: S603
        [str(granian), "--interface", "wsgi", "heraldo.wsgi:application", "--host", "127.0.0.1"]
        + ["--port", str(port), "--workers", "1", "--log-level", "warning"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stderr=subprocess.DEVNULL,  # tracebacks of server errors go to the log; st reports each one
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5)  # noqa: S310  loopback
            return server
        except OSError:
            time.sleep(0.2)
    stop(server)
    raise SystemExit("granian did not answer /healthz within 120 s")


def stop(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def fuzz(base: str, key: str, *, checks: str, examples: int, report: Path) -> tuple[int, str]:
    st = Path(sys.executable).parent / "st"
    run = subprocess.run(  # noqa: S603
        [str(st), "run", f"{base}/api/schema/?format=json", "--url", base]
        + ["-H", f"Authorization: Token {key}", "--checks", checks, "--max-examples", str(examples)]
        + ["--exclude-path", "/api/v1/token/"]  # a new key would end the one the run signs in with
        + ["--request-timeout", "20", "--phases", "examples,coverage,fuzzing", "--seed", "13"]
        + ["--generation-deterministic", "--no-color", "--report", "junit", "--report-junit-path", str(report)],
        cwd=report.parent,  # st keeps its example database in the current directory: the throwaway var dir
        capture_output=True,
        text=True,
        timeout=1800,
    )
    return run.returncode, run.stdout + run.stderr


def findings_of(report: Path) -> list[tuple[str, str, str]]:
    """(operation, check, first lines) of every failure in st's JUnit report."""
    found = []
    for case in ElementTree.parse(report).iter("testcase"):
        for failure in case:
            text = failure.text or ""
            for check in re.findall(r"^- (.+)$", text, flags=re.MULTILINE):
                found.append((case.get("name", ""), check.strip(), text[:1500]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-examples", type=int, default=2 if SMOKE else 10)
    parser.add_argument("--roles", nargs="+", default=["jefatura", "prensa"] if SMOKE else ROLES)
    parser.add_argument("--strict", action="store_true", help="schema mismatches fail the run too")
    parser.add_argument("--keep", action="store_true", help="keep the var dir and the JUnit reports")
    args = parser.parse_args()
    var_dir = tempfile.mkdtemp(prefix="heraldo-schemathesis-")
    env = environment(var_dir)
    server = None
    try:
        started = time.monotonic()
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "demo_load", "--force", "--no-logins")
        code = ISSUE_KEYS.format(names=args.roles)
        lines = manage(env, "shell", "-c", code).splitlines()
        keys = dict(line.split()[1:] for line in lines if line.startswith("KEY "))
        print(f"installation ready in {time.monotonic() - started:.0f} s; {len(keys)} API keys")
        port = free_port()
        server = serve(env, port)
        base = f"http://127.0.0.1:{port}"
        crashed = []
        print(f"{'role':10} {'server errors':>13} {'schema findings':>15} {'seconds':>8}")
        for role in args.roles:
            began = time.monotonic()
            checks = SERVER_CHECK + ("," + SCHEMA_CHECKS)
            report = Path(var_dir) / f"junit-{role}.xml"
            code, output = fuzz(base, keys[role], checks=checks, examples=args.max_examples, report=report)
            (Path(var_dir) / f"st-{role}.txt").write_text(output)
            if code not in (0, 1):
                raise SystemExit(f"st run ended with status {code} for {role}:\n{output[-3000:]}")
            found = findings_of(report)
            crashes = [item for item in found if "server error" in item[1].lower()]
            kinds = Counter(check for _, check, _ in found if "server error" not in check.lower())
            print(f"{role:10} {len(crashes):13} {sum(kinds.values()):15} {time.monotonic() - began:8.0f}")
            for check, count in kinds.most_common():
                print(f"           {count:4} {check}")
            for operation, _, text in crashes:
                print(f"  SERVER ERROR {operation}\n{text}")
            if crashes or (args.strict and kinds):
                crashed.append(role)
        if crashed:
            raise SystemExit(f"server errors (or, with --strict, schema findings) for: {', '.join(crashed)}")
        print("0 server errors")
    finally:
        if server is not None:
            stop(server)
        if not args.keep:
            shutil.rmtree(var_dir, ignore_errors=True)
        else:
            print(f"kept {var_dir}")


if __name__ == "__main__":
    main()
