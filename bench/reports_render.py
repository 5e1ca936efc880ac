"""Monthly report render time: a month with 500 items to PDF (target < 10 s) and to Word (target < 5 s).

    .venv/bin/python bench/reports_render.py          (BENCH_SMOKE=1 for CI's smallest size)

Uses its own data directory (var/bench-reports, or BENCH_VAR_DIR): one month with 200 original clippings,
150 coordinations and 150 official acts, compiled into a report through the registered sections; then renders
the PDF and the Word document three times each, beside a trivial one-page PDF and Word document rendered the
same way in the same run (the baseline: what the machine takes for any document at all). Each line gives the
wall-clock seconds of every run and the best CPU seconds: with other processes on the machine (the load average
is printed), the wall time includes their turns on the processors. The outputs are opened again (pypdf and,
when installed, pdftoppm for the PDF; python-docx for Word) and this process's peak RSS is printed after each
step (test plan L6: peak RSS < 500 MB).
"""

from __future__ import annotations

import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._smoke import sized, var_dir  # noqa: E402

os.environ["HERALDO_VAR_DIR"] = var_dir("reports", fresh=True)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
os.environ.setdefault("HERALDO_TESTING", "true")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from pypdf import PdfReader  # noqa: E402

LIMA = ZoneInfo("America/Lima")
MONTH = (date(2026, 11, 1), date(2026, 11, 30))


def seed(clippings: int, coordinations: int, acts: int) -> None:
    from heraldo.ceremonial.models import Event
    from heraldo.directory.models import Coordination, Entity
    from heraldo.monitoring.models import Clipping, Tone

    start = datetime(2026, 11, 1, 8, tzinfo=LIMA)
    outlets = [Entity.objects.create(name=f"Diario {n}", kind="MEDIO") for n in range(8)]
    tones = (Tone.POSITIVE, Tone.NEUTRAL, Tone.NEGATIVE)
    Clipping.objects.bulk_create(
        Clipping(
            title=f"La Municipalidad y el distrito: nota de seguimiento número {n}",
            published_at=start + timedelta(hours=3 * n % 700),
            tone=tones[n % 3],
            outlet=outlets[n % len(outlets)],
        )
        for n in range(clippings)
    )
    entities = [Entity.objects.create(name=f"Institución pública {n}", kind="OTRO") for n in range(20)]
    Coordination.objects.bulk_create(
        Coordination(
            entity=entities[n % len(entities)],
            kind=("REUNION", "OFICIO_ENVIADO", "LLAMADA", "CONVENIO")[n % 4],
            occurred_on=MONTH[0] + timedelta(days=n % 30),
            subject=f"Coordinación sobre el programa municipal número {n}",
        )
        for n in range(coordinations)
    )
    Event.objects.bulk_create(
        Event(
            title=f"Acto oficial número {n} con la comunidad",
            status="REALIZADO",
            starts_at=start + timedelta(hours=4 * n % 700),
            ends_at=start + timedelta(hours=4 * n % 700 + 1),
            place=f"Local comunal {n % 12}",
            place_key=f"local comunal {n % 12}",
            attendance=("ALCALDE", "NINGUNO")[n % 2],
        )
        for n in range(acts)
    )


def peak_rss_mb() -> float:
    """This process's peak resident memory so far (Linux reports ru_maxrss in kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pdf_rasterises(pdf: bytes) -> str:
    """pdftoppm (poppler) draws the first page, as a reader would open it; skipped when it is not installed."""
    if shutil.which("pdftoppm") is None:
        return "pdftoppm not installed"
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "informe.pdf"
        source.write_bytes(pdf)
        subprocess.run(  # noqa: S603
            ["pdftoppm", "-f", "1", "-l", "1", "-r", "50", "-png", str(source), str(Path(folder) / "page")],  # noqa: S607
            check=True,
            capture_output=True,
        )
        drawn = list(Path(folder).glob("page*.png"))
        if not drawn:
            raise SystemExit("pdftoppm drew no page of the monthly report")
        return f"pdftoppm drew page 1 ({drawn[0].stat().st_size / 1e3:.0f} kB PNG)"


def timed(render, times: int) -> tuple[list[tuple[float, float]], bytes]:
    """Wall and CPU seconds of each run: on a shared machine the wall time also counts other processes' turns."""
    timings, data = [], b""
    for _ in range(times):
        wall, cpu = time.perf_counter(), time.process_time()
        data = render()
        timings.append((time.perf_counter() - wall, time.process_time() - cpu))
    return timings, data


def line(name: str, timings: list[tuple[float, float]], target: str) -> str:
    walls = ", ".join(f"{wall:.2f}" for wall, _cpu in timings)
    best_wall, best_cpu = min(wall for wall, _cpu in timings), min(cpu for _wall, cpu in timings)
    return f"{name:<26} wall {walls:<18} best {best_wall:6.2f} s, CPU {best_cpu:5.2f} s   {target}"


def main() -> None:
    from docx import Document
    from docxtpl import DocxTemplate

    from heraldo.core.models import User
    from heraldo.core.pdf import html_to_pdf
    from heraldo.reports.documents import render_report_docx, render_report_pdf, report_content
    from heraldo.reports.services import report_compile

    call_command("migrate", verbosity=0)
    actor, _ = User.objects.get_or_create(username="bench-reports", defaults={"email": "bench@example.pe"})
    seed(sized(200, 4), sized(150, 3), sized(150, 3))
    rss_seeded = peak_rss_mb()
    started = time.perf_counter()
    report = report_compile(actor=actor, period_start=MONTH[0], period_end=MONTH[1])
    compile_seconds = time.perf_counter() - started
    content = report_content(report)
    items = sum(s["figures"][0]["value"] for s in content["sections"] if s["key"] in ("monitoring", "directory"))
    items += next(s for s in content["sections"] if s["key"] == "ceremonial")["figures"][0]["value"]
    rows = sum(len(t["rows"]) for s in content["sections"] for t in s["tables"])

    trivial_html = (
        '<html><head><link rel="stylesheet" href="/static/heraldo/pdf.css"></head>'
        "<body><h1>Informe</h1><p>Una página.</p></body></html>"
    )
    trivial_docx = io.BytesIO()
    document = Document()
    document.add_paragraph("{{ title }}")
    document.save(trivial_docx)

    def trivial_word() -> bytes:
        template = DocxTemplate(io.BytesIO(trivial_docx.getvalue()))
        template.render({"title": "Informe"})
        out = io.BytesIO()
        template.save(out)
        return out.getvalue()

    runs = sized(3, 1)
    baseline_pdf, _ = timed(lambda: html_to_pdf(trivial_html), runs)
    baseline_word, _ = timed(trivial_word, runs)
    rss_before = peak_rss_mb()
    pdf_timings, pdf = timed(lambda: render_report_pdf(content), runs)
    rss_pdf = peak_rss_mb()
    word_timings, word = timed(lambda: render_report_docx(content), runs)
    rss_word = peak_rss_mb()
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    reopened = Document(io.BytesIO(word))
    print(f"{items} items in the month, {rows} table rows printed, {pages} PDF pages ({len(pdf) / 1e6:.1f} MB), ")
    print(f"Word {len(word) / 1e3:.0f} kB; compiling the report took {compile_seconds:.2f} s")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} processors")
    print(line("baseline PDF (1 page)", baseline_pdf, ""))
    print(line("monthly report PDF", pdf_timings, "target < 10 s"))
    print(line("baseline Word (1 line)", baseline_word, ""))
    print(line("monthly report Word", word_timings, "target < 5 s"))
    print(
        f"outputs open: pypdf read {pages} pages, {pdf_rasterises(pdf)}; python-docx read {len(reopened.paragraphs)} "
        f"paragraphs and {len(reopened.tables)} tables"
    )
    print(
        f"peak RSS of this process: {rss_seeded:.0f} MB after seeding, {rss_before:.0f} MB after compiling, "
        f"{rss_pdf:.0f} MB after the PDFs, {rss_word:.0f} MB after the Word documents (target < 500 MB)"
    )


if __name__ == "__main__":
    main()
