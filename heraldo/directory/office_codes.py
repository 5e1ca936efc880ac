"""The cargo vocabulary: the office codes a cargo (Position) may carry, with their labels
in both grammatical forms. The Registro owns it; nothing here imports another app.

Two readers, one source. The precedence engine of Agenda y Protocolo builds its
provisional table P from these codes and labels. The cargo form offers the codes of
the versioned precedence table in force, the one the head of unit edits, when an app
has registered a reader of it (`read_table_in_force_with`, called by Agenda y
Protocolo at start-up); otherwise it offers this vocabulary. Either way a cargo
carries a code the engine knows on the day it is given.

Plain Python (no Django), so that the engine, which has no Django import, can read it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Office:
    code: str
    label: str
    label_feminine: str = ""  # empty: the label serves both forms


# In the official order (D.S. 096-2005-RE art. 9), which table P keeps inside level 6.
MINISTRIES: tuple[Office, ...] = tuple(
    Office(f"MINISTRO_{code}", f"Ministro {name}", f"Ministra {name}")
    for code, name in (
        ("RELACIONES_EXTERIORES", "de Relaciones Exteriores"),
        ("DEFENSA", "de Defensa"),
        ("ECONOMIA_FINANZAS", "de Economía y Finanzas"),
        ("INTERIOR", "del Interior"),
        ("JUSTICIA", "de Justicia y Derechos Humanos"),
        ("EDUCACION", "de Educación"),
        ("SALUD", "de Salud"),
        ("DESARROLLO_AGRARIO", "de Desarrollo Agrario y Riego"),
        ("TRABAJO", "de Trabajo y Promoción del Empleo"),
        ("PRODUCCION", "de la Producción"),
        ("COMERCIO_EXTERIOR", "de Comercio Exterior y Turismo"),
        ("ENERGIA_MINAS", "de Energía y Minas"),
        ("TRANSPORTES", "de Transportes y Comunicaciones"),
        ("VIVIENDA", "de Vivienda, Construcción y Saneamiento"),
        ("MUJER", "de la Mujer y Poblaciones Vulnerables"),
        ("AMBIENTE", "del Ambiente"),
        ("CULTURA", "de Cultura"),
        ("DESARROLLO_INCLUSION_SOCIAL", "de Desarrollo e Inclusión Social"),
    )
)

OFFICES: tuple[Office, ...] = (
    Office("PRESIDENTE_REPUBLICA", "Presidente de la República", "Presidenta de la República"),
    Office("PRIMER_VICEPRESIDENTE", "Primer Vicepresidente de la República", "Primera Vicepresidenta de la República"),
    Office(
        "SEGUNDO_VICEPRESIDENTE", "Segundo Vicepresidente de la República", "Segunda Vicepresidenta de la República"
    ),
    Office("PRESIDENTE_CONGRESO", "Presidente del Congreso de la República", "Presidenta del Congreso de la República"),
    Office("PRESIDENTE_OTRA_CAMARA", "Presidente de Cámara del Congreso", "Presidenta de Cámara del Congreso"),
    Office(
        "PRESIDENTE_CONSEJO_MINISTROS", "Presidente del Consejo de Ministros", "Presidenta del Consejo de Ministros"
    ),
    Office("PRESIDENTE_PODER_JUDICIAL", "Presidente del Poder Judicial", "Presidenta del Poder Judicial"),
    Office(
        "PRESIDENTE_TRIBUNAL_CONSTITUCIONAL",
        "Presidente del Tribunal Constitucional",
        "Presidenta del Tribunal Constitucional",
    ),
    Office("FISCAL_DE_LA_NACION", "Fiscal de la Nación"),
    Office(
        "PRESIDENTE_JNE", "Presidente del Jurado Nacional de Elecciones", "Presidenta del Jurado Nacional de Elecciones"
    ),
    Office("DEFENSOR_DEL_PUEBLO", "Defensor del Pueblo", "Defensora del Pueblo"),
    Office("CONTRALOR_GENERAL", "Contralor General de la República", "Contralora General de la República"),
    *MINISTRIES,
    Office("CONGRESISTA", "Congresista de la República"),
    Office("SENADOR", "Senador de la República", "Senadora de la República"),
    Office("DIPUTADO", "Diputado de la República", "Diputada de la República"),
    Office("GOBERNADOR_REGIONAL", "Gobernador Regional", "Gobernadora Regional"),
    Office("VICEGOBERNADOR_REGIONAL", "Vicegobernador Regional", "Vicegobernadora Regional"),
    Office(
        "PRESIDENTE_CORTE_SUPERIOR",
        "Presidente de la Corte Superior de Justicia",
        "Presidenta de la Corte Superior de Justicia",
    ),
    Office(
        "PRESIDENTE_JUNTA_FISCALES_SUPERIORES",
        "Presidente de la Junta de Fiscales Superiores",
        "Presidenta de la Junta de Fiscales Superiores",
    ),
    Office("PREFECTO_REGIONAL", "Prefecto Regional", "Prefecta Regional"),
    Office("ARZOBISPO", "Arzobispo"),
    Office("OBISPO", "Obispo"),
    Office("COMANDANTE_FFAA_REGION", "Comandante de las Fuerzas Armadas en la región"),
    Office("JEFE_REGION_POLICIAL", "Jefe de Región o Frente Policial", "Jefa de Región o Frente Policial"),
    Office("ALCALDE_PROVINCIAL", "Alcalde Provincial", "Alcaldesa Provincial"),
    Office("CONSEJERO_REGIONAL", "Consejero Regional", "Consejera Regional"),
    Office("RECTOR_UNIVERSIDAD_PUBLICA", "Rector de universidad pública", "Rectora de universidad pública"),
    Office("SUBPREFECTO_PROVINCIAL", "Subprefecto Provincial", "Subprefecta Provincial"),
    Office("ALCALDE_DISTRITAL", "Alcalde Distrital", "Alcaldesa Distrital"),
    Office("TENIENTE_ALCALDE_PROVINCIAL", "Teniente Alcalde Provincial", "Teniente Alcaldesa Provincial"),
    Office("REGIDOR_PROVINCIAL", "Regidor Provincial", "Regidora Provincial"),
    Office("SUBPREFECTO_DISTRITAL", "Subprefecto Distrital", "Subprefecta Distrital"),
    Office("TENIENTE_ALCALDE_DISTRITAL", "Teniente Alcalde", "Teniente Alcaldesa"),
    Office("REGIDOR_DISTRITAL", "Regidor Distrital", "Regidora Distrital"),
    Office("JUEZ_ESPECIALIZADO", "Juez especializado", "Jueza especializada"),
    Office("JUEZ_PAZ_LETRADO", "Juez de paz letrado", "Jueza de paz letrada"),
    Office("FISCAL_PROVINCIAL", "Fiscal provincial"),
    Office("COMISARIO_PNP", "Comisario PNP", "Comisaria PNP"),
    Office("JEFE_UNIDAD_MILITAR", "Jefe de unidad militar", "Jefa de unidad militar"),
    Office("GERENTE_REGIONAL", "Gerente regional"),
    Office("DIRECTOR_REGIONAL_SECTORIAL", "Director regional sectorial", "Directora regional sectorial"),
    Office("GERENTE_MUNICIPAL", "Gerente Municipal"),
    Office("FUNCIONARIO_MUNICIPAL", "Funcionario municipal", "Funcionaria municipal"),
    Office("JUEZ_DE_PAZ", "Juez de paz", "Jueza de paz"),
    Office("TENIENTE_GOBERNADOR", "Teniente gobernador", "Teniente gobernadora"),
    Office("AUTORIDAD_COMUNAL", "Autoridad comunal"),
    Office("DIRIGENTE_SOCIEDAD_CIVIL", "Dirigente de la sociedad civil"),
)

_BY_CODE = {office.code: office for office in OFFICES}


def office(code: str) -> Office:
    """The vocabulary's office for a code; KeyError if the Registro does not know it."""
    return _BY_CODE[code]


OfficesInForce = Callable[[date], Iterable[Office]]
_table_in_force: OfficesInForce | None = None


def read_table_in_force_with(reader: OfficesInForce) -> OfficesInForce:
    """Register the reader of the offices of the precedence table in force on a day."""
    global _table_in_force
    _table_in_force = reader
    return reader


def offices_in_force(day: date) -> tuple[Office, ...]:
    """The offices of the table in force on `day`, or the vocabulary while there is none."""
    offices = tuple(_table_in_force(day)) if _table_in_force else ()
    return offices or OFFICES


def office_label(code: str) -> str:
    """The name of an office for people: the vocabulary's, else the code read as words
    (offices added to the table later get their code from their name)."""
    if code in _BY_CODE:
        return _BY_CODE[code].label
    return code.replace("_", " ").strip().capitalize()


def office_code_choices(*, day: date, keep: str = "") -> list[tuple[str, str]]:
    """The codes a cargo may be given on `day`, labelled and sorted by label; `keep` is the
    cargo's current code, offered even if the table no longer has it so an edit keeps it."""
    labels = {o.code: o.label for o in offices_in_force(day)}
    if keep and keep not in labels:
        labels[keep] = office_label(keep)
    return sorted(labels.items(), key=lambda item: item[1])
