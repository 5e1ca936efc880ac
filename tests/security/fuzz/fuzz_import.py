"""Atheris harness: the Registro's import reader (CSV in UTF-8 or Windows-1252, and Excel .xlsx through openpyxl).

For any bytes, named .xlsx when they start as a zip does and .csv otherwise: read_rows gives rows of text keyed
by the folded header, or refuses with UnreadableFile (the sentence the importer reads). Anything else escaping is
a crash.
"""

from __future__ import annotations

from common import fuzz, setup_django

setup_django(instrumented=["heraldo.directory.transfer", "openpyxl", "csv"])
from heraldo.directory.transfer import UnreadableFile, read_rows  # noqa: E402  Django is set up first


def check(data: bytes) -> None:
    name = "registro.xlsx" if data[:2] == b"PK" else "registro.csv"  # a zip is a workbook, as the browser sends it
    try:
        rows = read_rows(name, data)
    except UnreadableFile:
        return
    for row in rows:
        assert all(isinstance(key, str) and isinstance(value, str) for key, value in row.items())


if __name__ == "__main__":
    fuzz(check, b"nombres;apellidos\nMaria;Quispe\n")
