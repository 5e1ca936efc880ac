"""Build heraldo/reports/word/informe.docx, the Word template Heraldo ships for the monthly report.

Run it after changing the layout below: `.venv/bin/python scripts/build_report_word_template.py`. The template
holds docxtpl marks ({{ }}, {%p %}, {%tr %}); docs/reports.md lists the variables.

What a printed report needs from Word, checked by opening the file in LibreOffice (heraldo/reports/tests/
test_word_document.py keeps it so): tables whose column widths are the ones set here (a fixed layout and a grid,
else Word and LibreOffice share the width equally), a header row repeated on every page and rows that never split,
a chart's title on the page of its chart, each section on a new page, and "Página X de Y" at the foot.
"""

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TARGET = Path(__file__).resolve().parent.parent / "heraldo" / "reports" / "word" / "informe.docx"
RED = RGBColor(0x8C, 0x1C, 0x13)
GREY = RGBColor(0x55, 0x55, 0x55)
HEADER_FILL = "EFEDEA"
FONT = "Arial"
TEXT_WIDTH_CM = 16.6  # A4 (21 cm) less 2.2 cm on each side


def field(paragraph, instruction: str) -> None:
    """A field Word and LibreOffice compute when they lay the page out (PAGE, NUMPAGES)."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def use_font(style, *, size: float | None = None, colour: RGBColor | None = None, bold: bool | None = None) -> None:
    """The style's font by name: the theme's font, which the default heading styles name, would win over it."""
    style.font.name = FONT
    fonts = style.element.rPr.find(qn("w:rFonts"))
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:cs"), FONT)
    if size is not None:
        style.font.size = Pt(size)
    if colour is not None:
        style.font.color.rgb = colour
    if bold is not None:
        style.font.bold = bold


def _row_property(row, name: str) -> None:
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement(name)
    properties.append(element)


def _fill(cell, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _cell_margins(table, *, top, bottom) -> None:
    margins = OxmlElement("w:tblCellMar")
    for side, length in (("top", top), ("bottom", bottom)):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(round(length.pt * 20)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    properties = table._tbl.tblPr
    look = properties.find(qn("w:tblLook"))  # Word refuses a file whose elements are out of the schema's order
    if look is None:
        properties.append(margins)
    else:
        look.addprevious(margins)


def loop_table(document, headers, cells, loop_open, loop_close, widths, *, right_aligned=(), size=9):
    """A table whose middle row repeats ({%tr for %}): fixed column widths, the header on every page."""
    table = document.add_table(rows=4, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # a fixed layout: the widths below, not the widths of the first rows' text
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)  # the grid, which LibreOffice reads
    for row in table.rows:
        _row_property(row, "w:cantSplit")
        for index, width in enumerate(widths):
            row.cells[index].width = Cm(width)  # the cells, which Word reads
    _row_property(table.rows[0], "w:tblHeader")
    _cell_margins(table, top=Pt(1.5), bottom=Pt(1.5))
    for index, header in enumerate(headers):
        cell = table.rows[0].cells[index]
        cell.text = header
        cell.paragraphs[0].runs[0].bold = True
        _fill(cell, HEADER_FILL)
    table.rows[1].cells[0].text = loop_open
    for index, text in enumerate(cells):
        table.rows[2].cells[index].text = text
    table.rows[3].cells[0].text = loop_close
    for row_index, row in enumerate(table.rows):
        for index, cell in enumerate(row.cells):
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            if index in right_aligned and row_index in (0, 2):
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for run in paragraph.runs:
                run.font.size = Pt(size)
    return table


def build() -> None:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    styles = document.styles
    styles["Normal"].font.name = FONT
    styles["Normal"].font.size = Pt(10.5)
    styles["Normal"].paragraph_format.space_after = Pt(6)
    use_font(styles["Title"], size=22, colour=RED)
    for border in styles["Title"].element.pPr.iter(qn("w:bottom")):  # the default rule under the title is blue
        border.attrib.pop(qn("w:themeColor"), None)
        border.set(qn("w:color"), str(RED))
    use_font(styles["Heading 1"], size=15, colour=RED)
    use_font(styles["Heading 2"], size=11.5, colour=RED)
    # Each section starts a page, as in the PDF; the cover (letterhead, title, presentation) is the first page.
    styles["Heading 1"].paragraph_format.page_break_before = True
    styles["Heading 1"].paragraph_format.space_before = Pt(0)
    styles["Heading 2"].paragraph_format.space_before = Pt(12)

    header = section.header.paragraphs[0]
    header.text = "{{ municipality }} · Unidad de Imagen Institucional"
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # The size on the styles, not the runs: LibreOffice prints a field's number in its paragraph's style.
    for name in ("Header", "Footer"):
        styles[name].font.size = Pt(8)
        styles[name].font.color.rgb = GREY
    footer = section.footer.paragraphs[0]
    footer.text = "{{ title }} · versión {{ version }} · Página "
    field(footer, "PAGE")
    footer.add_run(" de ")
    field(footer, "NUMPAGES")
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.paragraph_format.space_before = Pt(96)
    run = heading.add_run("{{ municipality|upper }}")
    run.bold = True
    run.font.size = Pt(14)
    unit = document.add_paragraph("Unidad de Imagen Institucional")
    unit.alignment = WD_ALIGN_PARAGRAPH.CENTER
    unit.paragraph_format.space_after = Pt(48)
    document.add_paragraph("{{ title }}", style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    period = document.add_paragraph("Del {{ period_start }} al {{ period_end }}")
    period.alignment = WD_ALIGN_PARAGRAPH.CENTER
    period.paragraph_format.space_after = Pt(36)
    for line in (
        "Dirigido a: Alcaldía",
        "Elaborado por: Unidad de Imagen Institucional",
        "Versión: {{ version }} · {{ status }}",
        "Datos al: {{ compiled_at }}",
    ):
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    presentation = document.add_paragraph(
        "De acuerdo con la función 17 del Reglamento de Organización y Funciones, la Unidad de Imagen Institucional "
        "informa a la Alcaldía el desarrollo de los proyectos, programas y actividades a su cargo. Cada cifra se "
        "compara con el periodo anterior de igual duración."
    )
    presentation.paragraph_format.space_before = Pt(48)

    document.add_paragraph("{%p for section in sections %}")
    document.add_heading("{{ section.number }}. {{ section.title }}", level=1)
    functions = document.add_paragraph(
        "Funciones del ROF: {% for function in section.functions %}{{ function.number }} ({{ function.name }})"
        "{% if not loop.last %}; {% endif %}{% endfor %}"
    )
    functions.runs[0].italic = True
    functions.runs[0].font.size = Pt(9)
    functions.runs[0].font.color.rgb = GREY
    document.add_paragraph("{%p for paragraph in section.paragraphs %}")
    document.add_paragraph("{{ paragraph }}").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    document.add_paragraph("{%p endfor %}")
    loop_table(
        document,
        ["Indicador", "Periodo", "Anterior", "Variación"],
        ["{{ figure.label }}", "{{ figure.shown }}", "{{ figure.previous_shown }}", "{{ figure.change }}"],
        "{%tr for figure in section.figures %}",
        "{%tr endfor %}",
        (8.6, 2.3, 2.3, 3.4),
        right_aligned=(1, 2, 3),
        size=10,
    )
    document.add_paragraph("{%p for chart in section.charts %}")
    chart_title = document.add_paragraph("{{ chart.title }}")
    chart_title.runs[0].bold = True
    chart_title.paragraph_format.space_before = Pt(12)
    chart_title.paragraph_format.keep_with_next = True
    document.add_paragraph("{{ chart.image }}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p for table in section.tables %}")
    document.add_heading("{{ table.title }} ({{ table.total }})", level=2)
    document.add_paragraph("{%p if table.rows %}")
    loop_table(
        document,
        ["Fecha", "Detalle", "Datos"],
        ["{{ row.when or '—' }}", "{{ row.title }}", "{{ row.detail }}"],
        "{%tr for row in table.rows %}",
        "{%tr endfor %}",
        (3.1, 7.8, 5.7),
    )
    document.add_paragraph("{%p if table.total > table.shown_count %}")
    document.add_paragraph(
        "Se muestran {{ table.shown_count }} de {{ table.total }}; la lista completa está en Heraldo."
    )
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p else %}")
    document.add_paragraph("Sin registros en el periodo.").runs[0].italic = True
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
        (7.0, 3.4, 2.0, 2.0, 2.2),
        right_aligned=(2, 3, 4),
        size=10,
    )
    document.add_paragraph("{%p else %}")
    document.add_paragraph("La oficina no registró actividades del POI para este periodo.")
    document.add_paragraph("{%p endif %}")

    closing = document.add_paragraph("____________________________________")
    closing.alignment = WD_ALIGN_PARAGRAPH.CENTER
    closing.paragraph_format.space_before = Pt(72)
    closing.paragraph_format.keep_with_next = True
    signer = document.add_paragraph("{{ approved_by }}")
    signer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    signer.paragraph_format.keep_with_next = True
    role = document.add_paragraph("Jefatura de la Unidad de Imagen Institucional")
    role.alignment = WD_ALIGN_PARAGRAPH.CENTER
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    document.save(TARGET)


if __name__ == "__main__":
    build()
    print(TARGET)
