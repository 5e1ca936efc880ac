"""Build heraldo/reports/word/informe.docx, the Word template Heraldo ships for the monthly report.

Run it after changing the layout below: `.venv/bin/python scripts/build_report_word_template.py`. The template
holds docxtpl marks ({{ }}, {%p %}, {%tr %}); docs/reports.md lists the variables.
"""

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TARGET = Path(__file__).resolve().parent.parent / "heraldo" / "reports" / "word" / "informe.docx"
RED = RGBColor(0x8C, 0x1C, 0x13)


def page_number_field(paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def loop_table(document, headers, cells, loop_open, loop_close, widths):
    table = document.add_table(rows=4, cols=len(headers))
    table.style = "Table Grid"
    for index, header in enumerate(headers):
        cell = table.rows[0].cells[index]
        cell.text = header
        cell.paragraphs[0].runs[0].bold = True
    table.rows[1].cells[0].text = loop_open
    for index, text in enumerate(cells):
        table.rows[2].cells[index].text = text
    table.rows[3].cells[0].text = loop_close
    for row in table.rows:
        for index, width in enumerate(widths):
            row.cells[index].width = Cm(width)
    return table


def build() -> None:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    styles = document.styles
    styles["Normal"].font.name = "Arial"
    styles["Normal"].font.size = Pt(10.5)
    for name in ("Heading 1", "Heading 2", "Title"):
        styles[name].font.color.rgb = RED
        styles[name].font.name = "Arial"

    header = section.header.paragraphs[0]
    header.text = "{{ municipality }} · Unidad de Imagen Institucional"
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.text = "{{ title }} · versión {{ version }} · página "
    page_number_field(footer)
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run("{{ municipality|upper }}")
    run.bold = True
    run.font.size = Pt(14)
    unit = document.add_paragraph("Unidad de Imagen Institucional")
    unit.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("{{ title }}", style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    period = document.add_paragraph("Periodo: del {{ period_start }} al {{ period_end }} · Versión {{ version }}")
    period.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(
        "De acuerdo con la función 17 del Reglamento de Organización y Funciones, la Unidad de Imagen Institucional "
        "informa a la Alcaldía el desarrollo de los proyectos, programas y actividades a su cargo."
    )

    document.add_paragraph("{%p for section in sections %}")
    document.add_heading("{{ section.number }}. {{ section.title }}", level=1)
    functions = document.add_paragraph("Funciones del ROF: {{ section.functions_text }}")
    functions.runs[0].italic = True
    document.add_paragraph("{%p for paragraph in section.paragraphs %}")
    document.add_paragraph("{{ paragraph }}")
    document.add_paragraph("{%p endfor %}")
    loop_table(
        document,
        ["Indicador", "Periodo", "Anterior", "Variación"],
        ["{{ figure.label }}", "{{ figure.shown }}", "{{ figure.previous_shown }}", "{{ figure.change }}"],
        "{%tr for figure in section.figures %}",
        "{%tr endfor %}",
        (8.5, 2.5, 2.5, 3.1),
    )
    document.add_paragraph("{%p for chart in section.charts %}")
    chart_title = document.add_paragraph("{{ chart.title }}")
    chart_title.runs[0].bold = True
    document.add_paragraph("{{ chart.image }}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p for table in section.tables %}")
    document.add_heading("{{ table.title }} ({{ table.total }})", level=2)
    document.add_paragraph("{%p if table.rows %}")
    loop_table(
        document,
        ["Fecha", "Detalle", "Datos"],
        ["{{ row.when }}", "{{ row.title }}", "{{ row.detail }}"],
        "{%tr for row in table.rows %}",
        "{%tr endfor %}",
        (3.2, 7.5, 5.9),
    )
    document.add_paragraph("{%p if table.total > table.shown_count %}")
    document.add_paragraph(
        "Se muestran {{ table.shown_count }} de {{ table.total }}; la lista completa está en Heraldo."
    )
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p else %}")
    document.add_paragraph("Sin registros en el periodo.")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endfor %}")

    document.add_heading("Avance de las metas del Plan Operativo Institucional", level=1)
    document.add_paragraph("{%p if poi %}")
    loop_table(
        document,
        ["Actividad", "Unidad de medida", "Meta", "Logrado", "Avance"],
        ["{{ row.name }}", "{{ row.unit }}", "{{ row.target }}", "{{ row.actual }}", "{{ row.percent }}"],
        "{%tr for row in poi %}",
        "{%tr endfor %}",
        (6.5, 3.2, 2.2, 2.2, 2.5),
    )
    document.add_paragraph("{%p else %}")
    document.add_paragraph("La oficina no registró actividades del POI para este periodo.")
    document.add_paragraph("{%p endif %}")

    closing = document.add_paragraph("\n\n\n____________________________________")
    closing.alignment = WD_ALIGN_PARAGRAPH.CENTER
    signer = document.add_paragraph("{{ approved_by }}")
    signer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    role = document.add_paragraph("Jefatura de la Unidad de Imagen Institucional")
    role.alignment = WD_ALIGN_PARAGRAPH.CENTER
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    document.save(TARGET)


if __name__ == "__main__":
    build()
    print(TARGET)
