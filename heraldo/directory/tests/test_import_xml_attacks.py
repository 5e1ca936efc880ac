"""Test plan F6 inside an uploaded .xlsx: an entity declaration in the sheet's XML is refused, never expanded.

An .xlsx is a zip of XML files; openpyxl parses them with defusedxml, and the Registro's import turns the refusal
into its sentence for a damaged file. Neither a local file (XXE) nor an expanding entity (billion laughs) reaches
the rows, and the refusal is immediate.
"""

from __future__ import annotations

import io
import re
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from heraldo.directory.transfer import UnreadableFile, read_rows

ENTITIES = {
    "external file": '<!DOCTYPE x [<!ENTITY name SYSTEM "file:///etc/hostname">]>',
    "billion laughs": '<!DOCTYPE x [<!ENTITY a "ja ja ja ja ja ">'
    + "".join(f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">' for n in range(8))
    + '<!ENTITY name "&i;">]>',
    "quadratic blow-up": '<!DOCTYPE x [<!ENTITY name "' + "x" * 50_000 + '">]>',
    # found by test_xxe_canary.py: an external DTD passes the opening of the workbook and the sheet's undefined
    # entity then broke the reading of the rows with a ParseError (a server error, not the damaged-file sentence)
    "external DTD": '<!DOCTYPE x SYSTEM "http://127.0.0.1:9/entidades.dtd">',
}


def workbook_bytes() -> bytes:
    workbook = Workbook()
    workbook.active.append(["nombre", "tipo", "nivel"])
    workbook.active.append(["Municipalidad de Prueba", "MUNICIPALIDAD", "DISTRITAL"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def with_entity(declaration: str, repeat: int = 1) -> bytes:
    """The same workbook, its sheet declaring an entity and using it where the entity's name was."""
    original = zipfile.ZipFile(io.BytesIO(workbook_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as poisoned:
        for member in original.infolist():
            data = original.read(member.filename)
            if member.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                assert "Municipalidad de Prueba" in text
                text = declaration + text.replace("Municipalidad de Prueba", "&name;" * repeat)
                data = text.encode()
            poisoned.writestr(member, data)
    return out.getvalue()


def test_the_unpoisoned_workbook_reads(db):
    assert read_rows("entidades.xlsx", workbook_bytes())[0]["nombre"] == "Municipalidad de Prueba"


@pytest.mark.parametrize("attack", list(ENTITIES))
def test_a_sheet_declaring_entities_is_refused_at_once_and_nothing_is_read(db, attack):
    content = with_entity(ENTITIES[attack], repeat=1000 if attack == "quadratic blow-up" else 1)
    started = time.monotonic()
    with pytest.raises(UnreadableFile, match="El archivo Excel está dañado o no es .xlsx.") as refused:
        read_rows("entidades.xlsx", content)
    assert time.monotonic() - started < 1
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else ""
    assert not hostname or hostname not in str(refused.value)


def test_a_workbook_without_sheets_is_refused_with_the_damaged_file_sentence(db):
    """Found by the atheris harness (tests/security/fuzz): a workbook listing no sheet gave an IndexError."""
    original = zipfile.ZipFile(io.BytesIO(workbook_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as emptied:
        for member in original.infolist():
            data = original.read(member.filename)
            if member.filename == "xl/workbook.xml":
                data = re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", data)
            emptied.writestr(member, data)
    with pytest.raises(UnreadableFile, match="El archivo Excel está dañado o no es .xlsx."):
        read_rows("entidades.xlsx", out.getvalue())
