"""Files a spreadsheet opens: CSV and Excel out, every text cell safe from formula injection.

A cell that starts with = + - @ (or a tab or carriage return) is a formula for Excel, so every exported text
cell that starts that way is prefixed with an apostrophe (CSV injection). The Registro's exports and the
dashboards' chart data use the same functions.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A value that a spreadsheet will show as text, never run as a formula."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(value) for value in header])
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # BOM: Excel opens UTF-8 with accents


def to_xlsx(header: Sequence[str], rows: Iterable[Sequence[object]], title: str) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    # A sheet's name may not hold []:*?/\ and is at most 31 characters.
    sheet = workbook.create_sheet("".join(c for c in title if c not in "[]:*?/\\")[:31] or "Datos")
    sheet.append([safe_cell(value) for value in header])
    for row in rows:
        sheet.append([safe_cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def download_response(content: bytes, content_type: str, name: str):
    """An attachment the browser saves under `name`."""
    from django.http import HttpResponse

    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
