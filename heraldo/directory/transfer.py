"""Reading and writing registry files: CSV and Excel in, CSV, Excel and vCard out.

Spreadsheets are hostile input: a cell that starts with = + - @ is a formula for
Excel, so every exported text cell that starts that way is prefixed with an
apostrophe (CSV injection). Uploaded files are read with size and row caps.
"""

from __future__ import annotations

import csv
import io

from heraldo.core.spreadsheets import download_response, safe_cell, to_csv, to_xlsx
from heraldo.core.text import fold

__all__ = ["download_response", "safe_cell", "to_csv", "to_xlsx"]  # kept here for the Registro's callers

MAX_ROWS = 20_000
MAX_BYTES = 10 * 1024 * 1024


class UnreadableFile(ValueError):
    """The file is not a CSV or Excel sheet we can read; the message is for the user."""


def header_key(value: object) -> str:
    return fold(str(value or "")).strip().replace(" ", "_")


def refuse_unreadable(name: str, content: bytes) -> None:
    """What can be told at once, before reading any row: the size and the kind of file."""
    from django.utils.translation import gettext as _

    if len(content) > MAX_BYTES:
        raise UnreadableFile(_("El archivo pasa de 10 MB. Divídalo en partes."))
    if not name.lower().endswith((".xlsx", ".csv", ".txt")):
        raise UnreadableFile(_("Use un archivo CSV o Excel (.xlsx)."))


def read_rows(name: str, content: bytes) -> list[dict[str, str]]:
    """The data rows as dicts keyed by the folded header (accents, case and spaces ignored)."""
    from django.utils.translation import gettext as _

    refuse_unreadable(name, content)
    if name.lower().endswith(".xlsx"):
        table = _read_xlsx(content)
    else:
        table = _read_csv(content)
    table = [row for row in table if any(str(cell or "").strip() for cell in row)]
    if not table:
        raise UnreadableFile(_("El archivo está vacío."))
    header = [header_key(cell) for cell in table[0]]
    if len(table) - 1 > MAX_ROWS:
        raise UnreadableFile(_("El archivo tiene más de %(max)s filas. Divídalo en partes.") % {"max": MAX_ROWS})
    rows = []
    for raw in table[1:]:
        cells = [("" if cell is None else str(cell)).strip() for cell in raw]
        cells += [""] * (len(header) - len(cells))
        rows.append({key: cells[index] for index, key in enumerate(header) if key})
    return rows


def _read_csv(content: bytes) -> list[list[str]]:
    from django.utils.translation import gettext as _

    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = content.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise UnreadableFile(_("No se pudo leer el texto del archivo (use UTF-8)."))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        return list(reader)
    except csv.Error as exc:  # a cell over the csv module's 128 KB limit, or a quote never closed
        raise UnreadableFile(
            _("No se pudo leer la fila %(row)s del CSV: una celda pasa de 128 KB o tiene comillas sin cerrar.")
            % {"row": reader.line_num}
        ) from exc


def _read_xlsx(content: bytes) -> list[list[object]]:
    from django.utils.translation import gettext as _
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise UnreadableFile(_("El archivo Excel está dañado o no es .xlsx.")) from exc
    rows = []
    try:  # read-only sheets are parsed while the rows are read: a broken sheet shows only here
        for index, row in enumerate(workbook.worksheets[0].iter_rows(values_only=True)):
            if index > MAX_ROWS + 1:
                break
            rows.append([_cell_text(cell) for cell in row])
    except Exception as exc:  # as above: no sheet, ParseError, an undefined entity, a cell it cannot convert
        raise UnreadableFile(_("El archivo Excel está dañado o no es .xlsx.")) from exc
    finally:
        workbook.close()
    return rows


def _cell_text(cell: object) -> str:
    if cell is None:
        return ""
    if hasattr(cell, "strftime"):
        return cell.strftime("%Y-%m-%d")
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


# --------------------------------------------------------------------------- export


def _vcard_escape(value: str) -> str:
    # A bare CR would end the line for some readers and let a field inject properties (RFC 6350 §3.4).
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def vcard(*, given: str, family: str, prefix: str, title: str, org: str, email: str, phone: str) -> str:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{_vcard_escape(family)};{_vcard_escape(given)};;{_vcard_escape(prefix)};",
        f"FN:{_vcard_escape(' '.join(p for p in (prefix, given, family) if p))}",
    ]
    if org:
        lines.append(f"ORG:{_vcard_escape(org)}")
    if title:
        lines.append(f"TITLE:{_vcard_escape(title)}")
    if email:
        lines.append(f"EMAIL;TYPE=WORK:{_vcard_escape(email)}")
    if phone:
        lines.append(f"TEL;TYPE=WORK:{_vcard_escape(phone)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"
