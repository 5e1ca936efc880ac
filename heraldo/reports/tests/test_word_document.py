"""The Word document as an office suite lays it out: what LibreOffice showed wrong before the template was fixed.

Opened in LibreOffice, the first template printed every table in equal columns (a date as wide as a headline),
split rows and tables across pages with no header on the next page, left a chart's title alone at the foot of a
page, printed headings in the theme's font, numbered pages without their total, did not say the report was a
draft, and cut long chart labels at the picture's left edge. These tests read the rendered file's structure.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from docx.oxml.ns import qn
from PIL import Image

from heraldo.ceremonial.tests.factories import EventFactory
from heraldo.reports.charts import bar_chart_png
from heraldo.reports.documents import render_report_docx, report_content
from heraldo.reports.services import report_compile

LIMA = ZoneInfo("America/Lima")


@pytest.fixture
def word_document(persona) -> Document:
    for day in range(2, 30, 2):
        EventFactory(title=f"Acto del día {day}", starts_at=datetime(2026, 11, day, 10, tzinfo=LIMA))
    report = report_compile(
        actor=persona("head_of_unit"), period_start=date(2026, 11, 1), period_end=date(2026, 11, 30)
    )
    return Document(io.BytesIO(render_report_docx(report_content(report))))


def _text_width(document: Document) -> int:
    section = document.sections[0]
    return section.page_width - section.left_margin - section.right_margin


@pytest.mark.django_db
def test_every_table_keeps_its_column_widths_and_repeats_its_header_on_each_page(word_document):
    tables = word_document.tables
    assert tables

    for table in tables:
        properties = table._tbl.tblPr
        assert properties.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        widths = [column.width for column in table.columns]
        assert abs(sum(widths) - _text_width(word_document)) < 20_000  # EMU, a fifth of a millimetre
        assert len(set(widths)) > 1  # the columns are drawn to their content, not shared equally
        header, *rows = table.rows
        assert header._tr.trPr.find(qn("w:tblHeader")) is not None
        for row in [header, *rows]:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None


@pytest.mark.django_db
def test_sections_start_a_page_and_a_charts_title_stays_on_the_page_of_its_chart(word_document):
    headings = [p for p in word_document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0].text == "1. Ceremonias y actos oficiales"
    assert word_document.styles["Heading 1"].paragraph_format.page_break_before

    paragraphs = word_document.paragraphs
    pictures = [i for i, p in enumerate(paragraphs) if p._p.xpath(".//pic:pic")]
    assert pictures
    for index in pictures:
        title = paragraphs[index - 1]
        assert title.text and title.paragraph_format.keep_with_next


@pytest.mark.django_db
def test_headings_print_in_the_templates_font_and_pages_are_numbered_of_the_total(word_document):
    for name in ("Title", "Heading 1", "Heading 2"):
        fonts = word_document.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:ascii")) == "Arial"
        assert fonts.get(qn("w:asciiTheme")) is None  # a theme font would win over the name

    footer = word_document.sections[0].footer.paragraphs[0]
    fields = [text.text.strip() for text in footer._p.iter(qn("w:instrText"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Informe mensual de noviembre de 2026 · versión 1 · Página")


@pytest.mark.django_db
def test_the_cover_says_the_version_and_that_it_is_a_draft(word_document):
    text = "\n".join(p.text for p in word_document.paragraphs)

    assert "Versión: 1 · Borrador" in text
    assert "Del 01/11/2026 al 30/11/2026" in text


def test_a_long_chart_label_is_shortened_inside_the_picture():
    chart = {
        "title": "Logro de cada indicador",
        "labels": ["Escolares vacunados (Vacunación escolar contra el sarampión)", "Volantes"],
        "values": [82, 100],
        "previous": None,
    }

    drawn = Image.open(io.BytesIO(bar_chart_png(chart))).convert("L")

    left_edge = [drawn.getpixel((x, y)) for x in range(4) for y in range(drawn.height)]
    assert min(left_edge) > 200  # no letter starts outside the picture
