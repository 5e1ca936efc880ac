"""Spanish text utilities shared by every module."""

from __future__ import annotations

import re
import unicodedata


def _fold_by_decomposing(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return unicodedata.normalize("NFC", "".join(char for char in decomposed if not unicodedata.combining(char)))


# Spanish text is ASCII but for a few accented letters: those are looked up in a table made by the
# decomposing fold itself, which keeps the watch-list matcher and the tone model (each folding every
# clipping) several times faster. Anything beyond Latin Extended-A, or a case change that alters the
# length (ß, İ), goes through the decomposing fold.
_OUTSIDE_TABLE = re.compile(r"[^\x00-\u017f]")
_NON_ASCII = re.compile(r"[\x80-\u017f]")
_FOLDED_CHAR = {chr(code): _fold_by_decomposing(chr(code)) for code in range(0x80, 0x180)}


def fold(text: str | None) -> str:
    """Lower-case and strip accents, so 'Limpieza Pública' matches 'limpieza publica'.

    The letter ñ folds to n like any accented letter: people type 'Nunez' for 'Núñez' and 'nino' for
    'niño' on a phone keyboard, and every search, the watch list and the Registro fold alike.
    """
    if not text:
        return ""
    if _OUTSIDE_TABLE.search(text):
        return _fold_by_decomposing(text)
    lowered = text.casefold()
    if len(lowered) != len(text):
        return _fold_by_decomposing(text)
    if lowered.isascii():
        return lowered
    return _NON_ASCII.sub(lambda match: _FOLDED_CHAR[match.group()], lowered)


def search_words(query: str | None, *, limit: int = 8) -> list[str]:
    """The folded words of a search box, at most `limit` of them."""
    return fold(query).split()[:limit]


# Spanish alphabetical order as digits: two per character, so that every database collation (SQLite's
# binary one and PostgreSQL's locale ones, which skip punctuation and may ignore or misplace ñ) sorts the
# key the same way. Accents and case are ignored, ñ comes between n and o, a part ends before a longer
# part that starts the same ("Pérez" before "Pérez Quispe"), and anything else sorts after z.
_ALPHABET = "abcdefghijklmnñopqrstuvwxyz"
_COLLATION_CODE = {
    " ": "01",
    **{digit: f"{2 + int(digit):02d}" for digit in "0123456789"},
    **{letter: f"{12 + index:02d}" for index, letter in enumerate(_ALPHABET)},
}
_OTHER_CHARACTER = "99"


def collation_key(*parts: str) -> str:
    """The sort key of a name made of parts (surnames, then given names), in Spanish order:
    Cárdenas before Cusi, Nuñez before Ñaupari before Zapata."""
    keys = []
    for part in parts:
        lowered = " ".join((part or "").casefold().replace("ñ", "\0").split())
        letters = fold(lowered).replace("\0", "ñ")
        keys.append("".join(_COLLATION_CODE.get(char, _OTHER_CHARACTER) for char in letters if char != "'"))
    return "00".join(keys)


# Characters XML 1.0 forbids (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF): Word
# documents are XML, and text pasted from other programs sometimes carries them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """The text without the characters an XML document (a .docx) cannot hold."""
    return _NOT_XML.sub("", text)
