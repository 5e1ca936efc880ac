"""L5 ingestion cycle and F5's worker memory (test plan §2.3 and §2.4), through the real worker.

What it builds: 200 feed sources × 50 items served over HTTP by loopback servers on 20 addresses (127.0.0.10–29,
ten feeds each; core.fetch lets them through HERALDO_FETCH_ALLOWED_HOSTS, as heraldo/monitoring/evaluation.py
does). Each feed carries 45 stories of its own and 5 of the previous feed's (a syndicated story under the same
address), so 10,000 items hold 9,000 stories, and neighbouring feeds race to store the shared ones.

What it measures: a worker started as production starts it (`manage.py run_huey`, 2 consumer threads, the SQLite
queue, the periodic scheduler off) polls every source through the "Consultar ahora" job (one job per source, the
path the consumers share; the periodic step polls at most 20 sources a minute, one per host, so a cycle of 200
feeds through it takes at least ten minutes whatever the speed). The cycle ends when every job is done. Printed:
the cycle time, items read and stories stored per second, the worker's peak RSS (VmHWM), and the proof of one
clipping per story (stored = distinct stories, no address twice, none missing, a second cycle stores nothing).
F5: the same worker then polls a feed just under the 5 MB download cap holding thousands of items (at most 500
are taken), a 200 MB stream without a declared size, and a gzip bomb; its peak RSS is printed after them.

Targets (test plan): a full cycle under 60 s, exactly one clipping per story, worker RSS under 300 MB (L5 and F5).

Run: .venv/bin/python bench/monitoring_poll_cycle.py    (a fresh database under var/bench-monitoring-poll-cycle)
     BENCH_SMOKE=1 .venv/bin/python bench/monitoring_poll_cycle.py
     BENCH_WORKER_PROCESSES=2 .venv/bin/python bench/monitoring_poll_cycle.py   (the 2 consumers as two worker
     processes of one thread each, sharing the queue: both cores, the GIL apart; RSS is then per process)
"""

from __future__ import annotations

import gzip
import os
import random
import secrets
import subprocess
import sys
import threading
import time
from datetime import timedelta
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench._smoke import ROOT, sized, var_dir  # noqa: E402

FEEDS = sized(200, 4)
ITEMS_PER_FEED = sized(50, 6)
SHARED_PER_FEED = sized(5, 2)  # the previous feed's first stories, carried again under their own address
ADDRESSES = sized(20, 2)
CONSUMERS = 2
WORKER_PROCESSES = int(os.environ.get("BENCH_WORKER_PROCESSES", "1"))
assert CONSUMERS % WORKER_PROCESSES == 0, "the consumers are shared evenly between the worker processes"
HUGE_FEED_ITEMS = sized(20_000, 600)  # as many as fit under the download cap are served
STREAM_BYTES = 200 * 1024 * 1024  # stops at the 5 MB cap whatever the size, so smoke mode keeps it
BOMB_BYTES = sized(200, 30) * 1024 * 1024  # decompressed; refused at the 5 MB download cap
CYCLE_DEADLINE = sized(900, 120)

VAR_DIR = var_dir("monitoring-poll-cycle", fresh=True)
(ROOT / VAR_DIR).mkdir(parents=True, exist_ok=True)
(ROOT / VAR_DIR / "queue.sqlite3").unlink(missing_ok=True)
WORKER_ENV = {
    "HERALDO_VAR_DIR": VAR_DIR,
    "DJANGO_SETTINGS_MODULE": "heraldo.settings",
    "HERALDO_JOBS_IMMEDIATE": "false",
    "HERALDO_QUEUE_BACKEND": "sqlite",
    "HERALDO_WORKERS": str(CONSUMERS // WORKER_PROCESSES),
    "HERALDO_SCHEDULER": "false",
    # Production's setting (deploy/heraldo.env): with the development default Django's query log kept the last
    # 9,000 statements of each consumer's connection, every INSERT with its story's text (the worker held 77 MB more
    # after the cycle with it, 43 MB without).
    "DJANGO_DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "localhost",
}
os.environ.update(WORKER_ENV)
os.environ.pop("DATABASE_URL", None)  # SQLite, the shipped default (bench/README.md rule 5)

SENTENCES = [
    line
    for tone in ("negative", "neutral", "positive")
    for line in (ROOT / f"heraldo/monitoring/tone_data/{tone}.txt").read_text().splitlines()
    if line.strip()
]


def story(feed: int, index: int) -> dict[str, str]:
    """One story: its own address and a text of its own (sentences drawn for it), naming the Mayor."""
    draw = random.Random(feed * 1000 + index)
    words = " ".join(draw.sample(SENTENCES, 14))
    return {
        "title": f"Nota {index} del medio {feed}: el concejo revisa el expediente {feed}-{index}",
        "link": f"https://medio{feed}.example.pe/notas/{index}",
        "guid": f"medio{feed}-{index}",
        "text": f"Expediente {feed}-{index}. El alcalde Jorge Cárdenas y la Municipalidad de Santa Candelaria del "
        f"Mar. {words}",
    }


def rss(name: str, stories: list[dict[str, str]], published: str) -> bytes:
    items = "".join(
        f"<item><title>{escape(s['title'])}</title><link>{s['link']}</link>"
        f'<guid isPermaLink="false">{s["guid"]}</guid><pubDate>{published}</pubDate>'
        f"<description>{escape(s['text'])}</description></item>"
        for s in stories
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{name}</title>'
        f"<link>https://{name}.example.pe/</link><description>Noticias</description>{items}</channel></rss>"
    ).encode()


def cycle_feeds(published: str) -> dict[int, bytes]:
    own = {f: [story(f, i) for i in range(ITEMS_PER_FEED - SHARED_PER_FEED)] for f in range(FEEDS)}
    return {f: rss(f"medio{f}", own[f] + own[(f - 1) % FEEDS][:SHARED_PER_FEED], published) for f in range(FEEDS)}


def huge_feed(published: str, cap: int) -> bytes:
    """As many stories as fit under the download cap (F5's 20,000 items are about 10 MB, over the cap), each with
    just enough text not to be taken for a teaser (a teaser would send the poll to fetch its page)."""
    stories, size = [], 0
    for index in range(HUGE_FEED_ITEMS):
        entry = story(9999, index)
        entry["text"] = entry["text"][:450]
        size += 200 + len(entry["title"]) + len(entry["text"].encode())
        if size > cap - 64 * 1024:
            break
        stories.append(entry)
    body = rss("medio-enorme", stories, published)
    assert len(body) < cap, "the huge feed must stay under the cap to be parsed"
    return body


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """A reader that hangs up at its cap (the stream, the bomb) is what F5 asks for, not an error to print."""


class FeedServers:
    """One ThreadingHTTPServer per loopback address; paths map to prepared bodies (or to a streamed answer)."""

    def __init__(self, addresses: int) -> None:
        self.bodies: dict[str, bytes] = {}
        self.servers: list[QuietServer] = []
        for number in range(10, 10 + addresses):
            server = QuietServer((f"127.0.0.{number}", 0), self._handler())
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self.servers.append(server)

    @property
    def allowed_hosts(self) -> str:
        return ",".join(self._address(server) for server in self.servers)

    def url(self, number: int, path: str) -> str:
        return f"http://{self._address(self.servers[number % len(self.servers)])}{path}"

    @staticmethod
    def _address(server: QuietServer) -> str:
        host, port = server.server_address[:2]
        return f"{host!s}:{port}"

    def close(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        bodies = self.bodies

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                if self.path == "/stream.xml":
                    return self._stream()
                body = bodies.get(self.path)
                if body is None:
                    self.send_error(404)
                    return None
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                if self.path == "/bomb.xml":
                    self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return None

            def _stream(self) -> None:
                """200 MB of feed without Content-Length: the reader must stop at its cap, counted as it reads."""
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>')
                chunk = b"<item><title>relleno</title><description>" + b"a" * 8000 + b"</description></item>"
                try:
                    for _sent in range(0, STREAM_BYTES, len(chunk)):
                        self.wfile.write(chunk)
                except OSError:  # the reader hung up at its cap: what F5 asks
                    return

            def log_message(self, *args) -> None:
                pass

        return Handler


def peak_rss_mb(pid: int) -> tuple[float, float]:
    """(current RSS, peak RSS) in MB of a running process, from /proc (all its threads share them)."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far, all its threads together (/proc/<pid>/stat): what the
    worker cost, whatever else the shared machine was running at the time."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    servers = FeedServers(ADDRESSES)
    os.environ["HERALDO_FETCH_ALLOWED_HOSTS"] = servers.allowed_hosts
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import transaction
    from django.db.models import Count
    from django.utils import timezone

    from heraldo.core.fetch import DEFAULT_MAX_BYTES
    from heraldo.core.jobs import enqueue
    from heraldo.core.models import Job
    from heraldo.monitoring.ingestion.parse import MAX_ITEMS_PER_POLL
    from heraldo.monitoring.models import Clipping, Health, Source, SourceKind, TermKind, WatchTerm
    from heraldo.monitoring.selectors import POLL_NOW_JOB

    call_command("migrate", verbosity=0)
    for phrase, kind in [("Jorge Cárdenas", TermKind.MAYOR), ("Santa Candelaria del Mar", TermKind.MUNICIPALITY)]:
        WatchTerm.objects.get_or_create(folded=phrase.lower(), kind=kind, defaults={"phrase": phrase})
    published = format_datetime(timezone.now().replace(microsecond=0))
    for number, body in cycle_feeds(published).items():
        servers.bodies[f"/feed/{number}.xml"] = body
    for number in range(WORKER_PROCESSES):  # a story of its own for each worker's first poll, to load its models
        servers.bodies[f"/calentamiento-{number}.xml"] = rss("calentamiento", [story(-1 - number, 0)], published)
    servers.bodies["/huge.xml"] = huge_feed(published, DEFAULT_MAX_BYTES)
    servers.bodies["/bomb.xml"] = gzip.compress(b" " * BOMB_BYTES, compresslevel=9)

    def source(name: str, url: str) -> Source:
        # Due in a day: only the jobs below poll them (the periodic step is off in this worker anyway).
        return Source.objects.create(
            name=name, kind=SourceKind.FEED, url=url, next_due_at=timezone.now() + timedelta(days=1)
        )

    warm_up = [source(f"calentamiento {n}", servers.url(n, f"/calentamiento-{n}.xml")) for n in range(WORKER_PROCESSES)]
    feeds = [source(f"Medio {n}", servers.url(n, f"/feed/{n}.xml")) for n in range(FEEDS)]
    stress = {name: source(name, servers.url(0, f"/{name}.xml")) for name in ("huge", "stream", "bomb")}

    workers = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "run_huey", "--quiet"],
            cwd=ROOT,
            env={**os.environ, **WORKER_ENV, "HERALDO_FETCH_ALLOWED_HOSTS": servers.allowed_hosts},
        )
        for _process in range(WORKER_PROCESSES)
    ]
    peak = 0.0

    def workers_peak_rss() -> float:
        return max(peak_rss_mb(worker.pid)[1] for worker in workers)

    def workers_rss() -> float:
        """What the workers hold now (the peak also counts what a step held for a moment, as reading a model)."""
        return max(peak_rss_mb(worker.pid)[0] for worker in workers)

    def workers_cpu() -> float:
        return sum(cpu_seconds(worker.pid) for worker in workers)

    def poll_all(sources: list[Source], deadline: float) -> float:
        """Enqueue one poll job per source (dispatched on commit) and wait until no job is queued or running."""
        nonlocal peak
        started = time.perf_counter()
        with transaction.atomic():
            for each in sources:
                enqueue(POLL_NOW_JOB, source_id=each.pk)
        while Job.objects.filter(status__in=(Job.Status.QUEUED, Job.Status.RUNNING)).exists():
            for worker in workers:
                if worker.poll() is not None:
                    raise SystemExit(f"a worker ended with status {worker.returncode}")
            if time.perf_counter() - started > deadline:
                raise SystemExit(f"the queue was not drained within {deadline} s")
            peak = max(peak, workers_peak_rss())
            time.sleep(0.2)
        return time.perf_counter() - started

    try:
        # The worker loads Django, the language and tone models on its first poll: measured apart.
        print(f"worker start and first poll (models loaded once): {poll_all(warm_up, 120):.1f} s")
        rss_after_start, held_after_start = workers_peak_rss(), workers_rss()
        Clipping.objects.all().delete()
        Job.objects.all().delete()
        load_before = os.getloadavg()
        cpu_before = workers_cpu()

        seconds = poll_all(feeds, CYCLE_DEADLINE)
        cycle_cpu = workers_cpu() - cpu_before
        rss_cycle, held_after_cycle = workers_peak_rss(), workers_rss()
        items = FEEDS * ITEMS_PER_FEED
        stories = FEEDS * (ITEMS_PER_FEED - SHARED_PER_FEED)
        stored = Clipping.objects.count()
        print(
            f"L5 cycle: {FEEDS} feeds × {ITEMS_PER_FEED} items over HTTP from {ADDRESSES} loopback addresses, "
            f"{CONSUMERS} consumers in {WORKER_PROCESSES} worker process(es): {seconds:.1f} s (target < 60 s); "
            f"{items / seconds:.0f} items read/s, {stored / seconds:.0f} stories stored/s; load average "
            f"{load_before[0]:.2f} before, {os.getloadavg()[0]:.2f} after; worker CPU {cycle_cpu:.0f} s "
            f"({cycle_cpu / stories * 1000:.1f} ms a story)"
        )
        print(
            f"worker peak RSS: {rss_after_start:.0f} MB after start-up (holding {held_after_start:.0f} MB), "
            f"{rss_cycle:.0f} MB after the cycle (holding {held_after_cycle:.0f} MB)"
        )

        failed = Job.objects.exclude(status=Job.Status.SUCCEEDED).count()
        unhealthy = list(
            Source.objects.filter(pk__in=[f.pk for f in feeds]).exclude(health=Health.OK).values("name", "last_error")
        )
        expected = {story(f, i)["link"] for f in range(FEEDS) for i in range(ITEMS_PER_FEED - SHARED_PER_FEED)}
        addresses = list(Clipping.objects.values_list("url", flat=True))
        twice = Clipping.objects.values("canonical_url").annotate(n=Count("pk")).filter(n__gt=1).count()
        copies = Clipping.objects.filter(duplicate_of__isnull=False).count()
        print(
            f"one clipping per story: {stored} stored for {stories} stories ({items} items, {items - stories} of "
            f"them a second feed's copy); {twice} addresses twice, {len(expected - set(addresses))} stories "
            f"missing, {len(set(addresses) - expected)} unexpected; {copies} grouped as near copies; "
            f"{failed} jobs not succeeded; {len(unhealthy)} feeds not OK"
        )
        # Every story has a text of its own: one grouped as another's copy was mistaken (as a footer once made them).
        if failed or unhealthy or twice or copies or stored != stories or set(addresses) != expected:
            raise SystemExit(f"L5 failed: {unhealthy[:3]} {list(Job.objects.exclude(status='succeeded')[:3])}")

        again = poll_all(feeds, CYCLE_DEADLINE)
        if Clipping.objects.count() != stored:
            raise SystemExit(f"a second cycle stored {Clipping.objects.count() - stored} clippings again")
        print(f"second cycle over the same feeds: {again:.1f} s, nothing stored twice")

        stored_before_stress = Clipping.objects.count()
        stress_seconds = poll_all(list(stress.values()), 120)
        huge_items = Clipping.objects.filter(source=stress["huge"]).count()
        states = {name: Source.objects.get(pk=s.pk) for name, s in stress.items()}
        print(
            f"F5 ({stress_seconds:.1f} s): a {len(servers.bodies['/huge.xml']) / 1e6:.1f} MB feed gave "
            f"{huge_items} clippings (at most {MAX_ITEMS_PER_POLL} per poll); the 200 MB stream: "
            f"{states['stream'].health} «{states['stream'].last_error}»; the gzip bomb "
            f"({len(servers.bodies['/bomb.xml']) / 1e3:.0f} kB for {BOMB_BYTES >> 20} MB): {states['bomb'].health} "
            f"«{states['bomb'].last_error}»"
        )
        rss_stress = workers_peak_rss()
        print(f"worker peak RSS after F5's feeds: {rss_stress:.0f} MB (target < 300 MB)")
        if huge_items != min(MAX_ITEMS_PER_POLL, Clipping.objects.count() - stored_before_stress) or (
            huge_items > MAX_ITEMS_PER_POLL
        ):
            raise SystemExit("the huge feed was not cut at the per-poll limit")
        if states["stream"].health == Health.OK or states["bomb"].health == Health.OK:
            raise SystemExit("a feed over the download caps was read as if it were fine")
        print(
            f"figures: cycle_s={seconds:.1f} items_per_s={items / seconds:.0f} cycle_cpu_s={cycle_cpu:.0f} "
            f"peak_rss_mb={max(peak, rss_stress):.0f}"
        )
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
        servers.close()


if __name__ == "__main__":
    main()
