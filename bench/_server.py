"""Serving a benchmark's own installation with granian on loopback and loading it with wrk (bench/README.md)."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def production_env(var_dir: str) -> dict[str, str]:
    """Production settings on plain HTTP over loopback, for a server a benchmark starts."""
    return {
        "HERALDO_VAR_DIR": var_dir,
        "DJANGO_DEBUG": "false",
        "SECRET_KEY": "bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "HERALDO_HTTPS": "false",
        "DJANGO_SETTINGS_MODULE": "heraldo.settings",
        # The benchmarks measure pages, not the second factor: their head of unit has no TOTP to enter.
        "HERALDO_MFA_REQUIRED_ROLES": "ninguno",
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(port: int, workers: int, env: dict[str, str]) -> subprocess.Popen:
    """granian with `workers` WSGI workers on 127.0.0.1:port, once it answers /healthz. Its log lines (one per
    request) go to server.log in the var dir, as they would go to the journal, not to the terminal."""
    granian = Path(sys.executable).parent / "granian"
    log = (ROOT / env["HERALDO_VAR_DIR"] / "server.log").open("ab")
    server = subprocess.Popen(  # noqa: S603
        [str(granian), "--interface", "wsgi", "heraldo.wsgi:application", "--host", "127.0.0.1"]
        + ["--port", str(port), "--workers", str(workers), "--log-level", "warning"],
        cwd=ROOT,
        env={**os.environ, **env},
        start_new_session=True,  # its own process group, so stop() ends the workers too
        stdout=log,
        stderr=log,
    )
    log.close()  # the server holds its own copy
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5)  # noqa: S310  loopback
            return server
        except OSError:  # not listening yet, or still loading Django
            time.sleep(0.2)
    stop(server)
    raise SystemExit("granian did not answer /healthz within 120 s")


def stop(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def fetch(url: str, cookie: str = "") -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310  loopback
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def load(url: str, cookie: str = "", *, connections: int, duration: int) -> dict[str, float]:
    """wrk's req/s, p50 and p99 (ms) and its socket errors; ends the script if any answer was not 2xx/3xx."""
    header = ["-H", f"Cookie: {cookie}"] if cookie else []
    output = subprocess.run(  # noqa: S603
        ["wrk", "--latency", "-t", "2", "-c", str(connections), "-d", f"{duration}s", *header, url],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        raise SystemExit(f"{url}: {non_2xx.group(1)} answers were not 200 under load\n{output}")
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _milliseconds(re.search(r"50%\s+([\d.]+\w+)", output).group(1)),
        "p99": _milliseconds(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),
        "socket_errors": sum(int(n) for n in errors.groups()) if errors else 0,
    }


def _milliseconds(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]
