"""Spanish text utilities shared by every module."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case and strip accents, so 'Limpieza Pública' matches 'limpieza publica'.

    The letter ñ is kept apart from n: 'año' and 'ano' are different words.
    """
    decomposed = unicodedata.normalize("NFD", text.casefold())
    kept = []
    for index, char in enumerate(decomposed):
        if unicodedata.combining(char):
            if char == "\u0303" and index and decomposed[index - 1] == "n":
                kept.append(char)
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))
