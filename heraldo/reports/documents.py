"""The report as documents: one content dictionary printed two ways.

`report_content()` gathers what both documents show (the sections with their narratives, figures and charts,
the POI progress, the letterhead). The PDF is a Django template rendered by WeasyPrint (heraldo/core/pdf.py),
with the charts drawn as SVG in the page. The Word document is a docxtpl template: the one shipped in
`word/informe.docx`, or the one the head of unit uploaded; docs/reports.md lists the variables it may use.

python-docx, docxtpl and Jinja are imported when a Word document is made: this module is loaded at start-up by
the web and worker processes (through the reports' scheduled jobs), which seldom make one.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.branding import letterhead_context
from heraldo.core.pdf import render_pdf
from heraldo.core.report_sections import OFFICE_FUNCTIONS, change_label
from heraldo.reports.charts import bar_chart_png, bar_chart_svg
from heraldo.reports.models import Report, WordTemplate
from heraldo.reports.selectors import poi_progress

if TYPE_CHECKING:
    from docxtpl import DocxTemplate

DEFAULT_WORD_TEMPLATE = Path(__file__).parent / "word" / "informe.docx"
WORD_TEMPLATE_MAX_BYTES = 5 * 1024 * 1024
WORD_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _absolute(path: str) -> str:
    return settings.HERALDO_SITE_URL.rstrip("/") + path if path.startswith("/") else path


def _number(value) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def report_content(report: Report) -> dict:
    """Everything the PDF and the Word document print, as plain values (it is also what a sent version keeps)."""
    narratives = {n.section_key: n.text for n in report.narratives.all()}
    sections = []
    for number, section in enumerate(report.sections, start=1):
        figures = [
            {
                **figure,
                "shown": _number(figure["value"]),
                "previous_shown": _number(figure["previous"] or 0),
                "change": change_label(figure["value"], figure["previous"]),
                "anchor": f"{section['key']}-{figure['table']}" if figure["table"] else "",
            }
            for figure in section["figures"]
        ]
        tables = [
            {
                **table,
                "anchor": f"{section['key']}-{table['key']}",
                "rows": [{**row, "link": _absolute(row["url"])} for row in table["rows"]],
                "more_link": _absolute(table["more_url"]) if table["more_url"] else "",
                "shown_count": len(table["rows"]),
            }
            for table in section["tables"]
        ]
        sections.append(
            {
                "number": number,
                "key": section["key"],
                "title": section["title"],
                "functions": [{"number": n, "name": str(OFFICE_FUNCTIONS[n])} for n in section["functions"]],
                "functions_text": ", ".join(str(n) for n in section["functions"]),
                "narrative": (narrative := narratives.get(section["key"], section["draft"])),
                "paragraphs": [line.strip() for line in narrative.splitlines() if line.strip()],
                "figures": figures,
                "charts": section["charts"],
                "tables": tables,
            }
        )
    return {
        "title": report.title,
        "period_start": report.period_start.strftime("%d/%m/%Y"),
        "period_end": report.period_end.strftime("%d/%m/%Y"),
        "version": report.version,
        "status": report.get_status_display(),
        "compiled_at": timezone.localtime(report.compiled_at).strftime("%d/%m/%Y %H:%M"),
        "approved_by": report.approved_by.get_full_name() if report.approved_by else "",
        "approved_at": timezone.localtime(report.approved_at).strftime("%d/%m/%Y") if report.approved_at else "",
        "sections": sections,
        "poi": poi_progress(report),
        "printed_on": timezone.localdate().strftime("%d/%m/%Y"),
    }


def _with_charts(content: dict) -> dict:
    current, previous = _("Periodo"), _("Periodo anterior")
    sections = [
        {
            **section,
            "charts": [
                {**chart, "svg": bar_chart_svg(chart, current_label=current, previous_label=previous)}
                for chart in section["charts"]
                if chart["values"]
            ],
        }
        for section in content["sections"]
    ]
    return {**content, "sections": sections}


def render_report_pdf(content: dict) -> bytes:
    return render_pdf("reports/pdf/report.html", {**_with_charts(content), **letterhead_context()})


def word_template_bytes() -> bytes:
    uploaded = WordTemplate.objects.order_by("-uploaded_at", "-pk").values_list("content", flat=True).first()
    return bytes(uploaded) if uploaded is not None else DEFAULT_WORD_TEMPLATE.read_bytes()


# A chart's width on an A4 page with the template's margins.
WORD_CHART_WIDTH_MM = 160


def _with_word_charts(content: dict, document: DocxTemplate) -> dict:
    """Each chart with values gets `image`: its bars as a PNG placed inline ({{ chart.image }} in the template)."""
    from docx.shared import Mm
    from docxtpl import InlineImage

    current, previous = _("Periodo"), _("Periodo anterior")
    sections = [
        {
            **section,
            "charts": [
                {
                    **chart,
                    "image": InlineImage(
                        document,
                        io.BytesIO(bar_chart_png(chart, current_label=current, previous_label=previous)),
                        width=Mm(WORD_CHART_WIDTH_MM),
                    ),
                }
                for chart in section["charts"]
                if chart["values"]
            ],
        }
        for section in content["sections"]
    ]
    return {**content, "sections": sections}


def render_report_docx(content: dict, *, template: bytes | None = None) -> bytes:
    from docxtpl import DocxTemplate

    document = DocxTemplate(io.BytesIO(template if template is not None else word_template_bytes()))
    document.render({**_with_word_charts(content, document), **letterhead_context()}, autoescape=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def check_word_template(data: bytes) -> None:
    """A Word template is judged by what it holds: a .docx package, no macros, and a template docxtpl can fill."""
    if not data:
        raise ValidationError(_("El archivo está vacío."), code="empty")
    if len(data) > WORD_TEMPLATE_MAX_BYTES:
        raise ValidationError(_("La plantilla pesa más de 5 MB."), code="file_size")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            types = package.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    except zipfile.BadZipFile as exc:
        raise ValidationError(
            _("El archivo no es un documento de Word (.docx). Guárdelo como «Documento de Word» y súbalo de nuevo."),
            code="file_type",
        ) from exc
    if "word/document.xml" not in names or b"wordprocessingml.document.main" not in types:
        raise ValidationError(
            _("El archivo no es un documento de Word (.docx). Guárdelo como «Documento de Word» y súbalo de nuevo."),
            code="file_type",
        )
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise ValidationError(_("La plantilla contiene macros: guárdela como .docx sin macros."), code="macros")
    from jinja2 import TemplateError

    try:
        render_report_docx(sample_content(), template=data)
    except TemplateError as exc:
        raise ValidationError(
            _("La plantilla tiene un error en sus marcas {{ }} o {%% %%}: %(error)s") % {"error": str(exc)[:200]},
            code="template",
        ) from exc


def sample_content() -> dict:
    """A small report with every variable the templates may use, to try an uploaded template before keeping it."""
    figure = {
        "key": "acts",
        "label": _("Ceremonias y actos oficiales"),
        "value": 3,
        "previous": 2,
        "shown": "3",
        "previous_shown": "2",
        "change": "+1 (+50 %)",
        "table": "acts",
        "anchor": "ceremonial-acts",
    }
    row = {"title": _("Sesión solemne"), "url": "/", "link": _absolute("/"), "when": "01/01/2026", "detail": ""}
    table = {
        "key": "acts",
        "title": _("Ceremonias y actos oficiales"),
        "rows": [row],
        "total": 1,
        "shown_count": 1,
        "more_url": "",
        "more_link": "",
        "anchor": "ceremonial-acts",
    }
    section = {
        "number": 1,
        "key": "ceremonial",
        "title": _("Ceremonias y actos oficiales"),
        "functions": [{"number": 1, "name": str(OFFICE_FUNCTIONS[1])}],
        "functions_text": "1",
        "narrative": _("Texto de ejemplo."),
        "paragraphs": [_("Texto de ejemplo.")],
        "figures": [figure],
        "charts": [{"key": "by_type", "title": "", "labels": ["a"], "values": [1], "previous": None}],
        "tables": [table],
    }
    poi = {
        "name": _("Notas de prensa"),
        "unit": _("nota"),
        "source": _("Prensa"),
        "target": "4",
        "actual": "3",
        "percent": "75 %",
        "ratio": 75,
    }
    return {
        "title": _("Informe mensual de enero de 2026"),
        "period_start": "01/01/2026",
        "period_end": "31/01/2026",
        "version": 1,
        "status": _("Borrador"),
        "compiled_at": "01/02/2026 08:00",
        "approved_by": "",
        "approved_at": "",
        "sections": [section],
        "poi": [poi],
        "printed_on": "01/02/2026",
    }
