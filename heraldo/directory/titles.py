"""Cargo titles in the holder's grammatical gender: "Regidor" → "Regidora" for a woman when
the cargo was registered without its feminine form. Word by word, only the words of a
Spanish list change ("Director regional de Salud" → "Directora regional de Salud");
a title given its own feminine form in the Registro is used as it is.

Plain Python (no Django): the engine's adapter and the templates' models read it alike.
"""

from __future__ import annotations

import re

# Masculine → feminine, lower case. Invariable words (gerente, fiscal, congresista, cónsul,
# regional, provincial…) are simply not listed.
_FEMININE = {
    "señor": "señora",
    "alcalde": "alcaldesa",
    "teniente": "teniente",
    "regidor": "regidora",
    "director": "directora",
    "subdirector": "subdirectora",
    "jefe": "jefa",
    "subprefecto": "subprefecta",
    "prefecto": "prefecta",
    "consejero": "consejera",
    "presidente": "presidenta",
    "vicepresidente": "vicepresidenta",
    "ministro": "ministra",
    "viceministro": "viceministra",
    "comisario": "comisaria",
    "secretario": "secretaria",
    "juez": "jueza",
    "coordinador": "coordinadora",
    "gobernador": "gobernadora",
    "vicegobernador": "vicegobernadora",
    "rector": "rectora",
    "vicerrector": "vicerrectora",
    "decano": "decana",
    "defensor": "defensora",
    "contralor": "contralora",
    "embajador": "embajadora",
    "asesor": "asesora",
    "encargado": "encargada",
    "administrador": "administradora",
    "promotor": "promotora",
    "supervisor": "supervisora",
    "inspector": "inspectora",
    "notario": "notaria",
    "procurador": "procuradora",
    "primer": "primera",
    "segundo": "segunda",
    "tercer": "tercera",
    "electo": "electa",
    "titular": "titular",
    "funcionario": "funcionaria",
    "especializado": "especializada",
    "letrado": "letrada",
    "agente": "agente",
    "dirigente": "dirigente",
    "alcalde(sa)": "alcaldesa",
}
_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ()]+")


def _match_case(word: str, replacement: str) -> str:
    if word.isupper():
        return replacement.upper()
    if word[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def feminine_title(title: str) -> str:
    """The title with its listed words in the feminine: "Señor Regidor" → "Señora Regidora"."""

    def swap(match: re.Match) -> str:
        word = match.group(0)
        replacement = _FEMININE.get(word.lower())
        return _match_case(word, replacement) if replacement else word

    return _WORD.sub(swap, title)
