"""L4 of the test plan: SQLite write contention with the shipped settings (IMMEDIATE transactions, busy timeout).

    .venv/bin/python bench/sqlite_contention.py [--processes 6] [--transactions 150]
    BENCH_SMOKE=1 .venv/bin/python bench/sqlite_contention.py      # 2 processes x 10

Uses a fresh database of its own (var/bench-sqlite-contention, or BENCH_VAR_DIR). Each of N processes runs M
transactions that read a row and then write (a counter on its own job row, plus an audit entry in the table
every process appends to), as a web request and a worker do at once. The baseline of the same run is the
same number of transactions from a single process. Prints transactions per second for both, and the lock
errors ("database is locked"), whose target is 0 (the test plan measured 688 of 900 failing with DEFERRED
transactions). Exits non-zero if any transaction failed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._smoke import sized, var_dir  # noqa: E402

# Chosen once, in the parent: the spawned children import this module again and must not start a new database.
if "BENCH_CONTENTION_VAR_DIR" not in os.environ:
    os.environ["BENCH_CONTENTION_VAR_DIR"] = var_dir("sqlite-contention", fresh=True)
os.environ["HERALDO_VAR_DIR"] = os.environ["BENCH_CONTENTION_VAR_DIR"]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
os.environ.setdefault("HERALDO_TESTING", "true")
os.environ.pop("DATABASE_URL", None)  # SQLite is what this measures


def _setup() -> None:
    import django

    django.setup()


def worker(job_id: int, transactions: int, ready, go, results) -> None:
    """Read-then-write transactions once every process is ready; puts (done, lock errors, other errors)."""
    _setup()
    from django.db import OperationalError, transaction
    from django.db.models import F

    from heraldo.core.models import AuditEntry, Job

    done = locked = other = 0
    Job.objects.get(pk=job_id)  # connected before the start
    ready.put(job_id)
    go.wait(timeout=600)
    for n in range(transactions):
        try:
            with transaction.atomic():
                progress = Job.objects.get(pk=job_id).progress  # the read
                Job.objects.filter(pk=job_id).update(progress=F("progress") + 1, attempts=progress % 100)
                AuditEntry.objects.create(action="bench.contention", target_label=f"{job_id}:{n}")
            done += 1
        except OperationalError as error:
            if "locked" in str(error):
                locked += 1
            else:
                other += 1
    results.put((done, locked, other))


def run(processes: int, transactions: int) -> tuple[float, int, int, int]:
    from heraldo.core.models import Job

    jobs = [Job.objects.create(name="bench.contention").pk for _ in range(processes)]
    from django.db import connections

    connections.close_all()
    context = multiprocessing.get_context("spawn")
    ready, go, results = context.Queue(), context.Event(), context.Queue()
    children = [context.Process(target=worker, args=(pk, transactions, ready, go, results)) for pk in jobs]
    for child in children:
        child.start()
    for _ in children:  # Django loaded and connected in every process: the clock starts with all of them
        ready.get(timeout=600)
    began = time.perf_counter()
    go.set()
    outcomes = [results.get(timeout=600) for _ in children]
    for child in children:
        child.join(timeout=60)
    elapsed = time.perf_counter() - began
    return elapsed, sum(o[0] for o in outcomes), sum(o[1] for o in outcomes), sum(o[2] for o in outcomes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--processes", type=int, default=sized(6, 2))
    parser.add_argument("--transactions", type=int, default=sized(150, 10), help="per process")
    args = parser.parse_args()
    _setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", "--noinput", verbosity=0)
    total = args.processes * args.transactions
    print(f"SQLite {connection.Database.sqlite_version}, transaction mode {connection.settings_dict['OPTIONS']}")
    alone = run(1, total)
    together = run(args.processes, args.transactions)
    print(f"{'shape':28} {'transactions':>12} {'seconds':>8} {'per s':>7} {'locked':>7} {'other':>6}")
    for label, (elapsed, done, locked, other) in (
        (f"1 process x {total} (baseline)", alone),
        (f"{args.processes} processes x {args.transactions}", together),
    ):
        print(f"{label:28} {done:12} {elapsed:8.1f} {done / elapsed:7.0f} {locked:7} {other:6}")
    failures = alone[2] + alone[3] + together[2] + together[3]
    if failures:
        raise SystemExit(f"{failures} transactions failed (target: 0 lock errors)")
    print("0 lock errors (target 0)")


if __name__ == "__main__":
    main()
