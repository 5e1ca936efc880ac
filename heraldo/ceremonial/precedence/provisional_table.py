"""The provisional table P of the domain note (§3.2, all [I]) as plain data: an
interpretation to be replaced by the official *Cuadro de Precedencias*
(D.S. 100-2005-RE) once transcribed."""

from __future__ import annotations

from datetime import date
from typing import Any

from heraldo.ceremonial.precedence.table import OfficeClass

_P = "Tabla provisional P, nota de dominio §3.2 [I]: reemplazar por D.S. 100-2005-RE"
_MINISTRY_ORDER = (
    "D.S. 096-2005-RE art. 9; orden de apcer.pe [V] con nombres actuales; "
    "Cultura y Desarrollo e Inclusión Social al final [I]"
)
_BICAMERAL = "Ley 31988: Congreso bicameral desde el 28/07/2026"
_LAST_UNICAMERAL_DAY = date(2026, 7, 27)
_FIRST_BICAMERAL_DAY = date(2026, 7, 28)
_HEAD_OF_STATE = {"office_class": OfficeClass.HEAD_OF_STATE}
_CONGRESS = {"office_class": OfficeClass.CONGRESS}
_TERRITORIAL = {"territorial": True}
_MAYOR = {"office_class": OfficeClass.MAYOR, "territorial": True}
_COUNCIL = {"office_class": OfficeClass.COUNCIL, "territorial": True}
_ARMED = {"office_class": OfficeClass.ARMED_FORCES, "territorial": True}
_LOCAL_OFFICIAL = {"territorial": True, "head_table_eligible": False}
_NOT_ELIGIBLE = {"head_table_eligible": False}


def _row(
    office_code: str,
    rank: int,
    label: str,
    label_feminine: str = "",
    *,
    suborder: int = 0,
    office_class: OfficeClass = OfficeClass.GENERAL,
    territorial: bool = False,
    head_table_eligible: bool = True,
    legal_source: str = _P,
    valid_from: date | None = None,
    valid_to: date | None = None,
) -> dict[str, Any]:
    return {
        "office_code": office_code,
        "rank": rank,
        "label": label,
        "label_feminine": label_feminine or label,
        "suborder": suborder,
        "office_class": office_class.value,
        "territorial": territorial,
        "head_table_eligible": head_table_eligible,
        "legal_source": legal_source,
        "valid_from": valid_from,
        "valid_to": valid_to,
    }


_MINISTRIES = (
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

# Table P of the domain note (all [I]) as plain data, for the data migration.
# fmt: off
PROVISIONAL_TABLE_ROWS: tuple[dict[str, Any], ...] = (
    _row("PRESIDENTE_REPUBLICA", 1, "Presidente de la República",
         "Presidenta de la República", **_HEAD_OF_STATE),
    _row("PRIMER_VICEPRESIDENTE", 2, "Primer Vicepresidente de la República",
         "Primera Vicepresidenta de la República", suborder=1),
    _row("SEGUNDO_VICEPRESIDENTE", 2, "Segundo Vicepresidente de la República",
         "Segunda Vicepresidenta de la República", suborder=2),
    _row("PRESIDENTE_CONGRESO", 3, "Presidente del Congreso de la República",
         "Presidenta del Congreso de la República", suborder=1),
    _row("PRESIDENTE_OTRA_CAMARA", 3, "Presidente de Cámara del Congreso",
         "Presidenta de Cámara del Congreso", suborder=2,
         legal_source=_BICAMERAL, valid_from=_FIRST_BICAMERAL_DAY),
    _row("PRESIDENTE_CONSEJO_MINISTROS", 4, "Presidente del Consejo de Ministros",
         "Presidenta del Consejo de Ministros"),
    _row("PRESIDENTE_PODER_JUDICIAL", 5, "Presidente del Poder Judicial",
         "Presidenta del Poder Judicial", suborder=1),
    _row("PRESIDENTE_TRIBUNAL_CONSTITUCIONAL", 5,
         "Presidente del Tribunal Constitucional",
         "Presidenta del Tribunal Constitucional", suborder=2),
    _row("FISCAL_DE_LA_NACION", 5, "Fiscal de la Nación", suborder=3),
    _row("PRESIDENTE_JNE", 5, "Presidente del Jurado Nacional de Elecciones",
         "Presidenta del Jurado Nacional de Elecciones", suborder=4),
    _row("DEFENSOR_DEL_PUEBLO", 5, "Defensor del Pueblo", "Defensora del Pueblo",
         suborder=5),
    _row("CONTRALOR_GENERAL", 5, "Contralor General de la República",
         "Contralora General de la República", suborder=6),
    *(
        _row(f"MINISTRO_{code}", 6, f"Ministro {name}", f"Ministra {name}",
             suborder=position, legal_source=_MINISTRY_ORDER)
        for position, (code, name) in enumerate(_MINISTRIES, start=1)
    ),
    _row("CONGRESISTA", 7, "Congresista de la República",
         valid_to=_LAST_UNICAMERAL_DAY, **_CONGRESS),
    _row("SENADOR", 7, "Senador de la República", "Senadora de la República",
         suborder=1, legal_source=_BICAMERAL, valid_from=_FIRST_BICAMERAL_DAY,
         **_CONGRESS),
    _row("DIPUTADO", 7, "Diputado de la República", "Diputada de la República",
         suborder=2, legal_source=_BICAMERAL, valid_from=_FIRST_BICAMERAL_DAY,
         **_CONGRESS),
    _row("GOBERNADOR_REGIONAL", 8, "Gobernador Regional", "Gobernadora Regional",
         **_TERRITORIAL),
    _row("VICEGOBERNADOR_REGIONAL", 9, "Vicegobernador Regional",
         "Vicegobernadora Regional", **_TERRITORIAL),
    _row("PRESIDENTE_CORTE_SUPERIOR", 10,
         "Presidente de la Corte Superior de Justicia",
         "Presidenta de la Corte Superior de Justicia", **_TERRITORIAL),
    _row("PRESIDENTE_JUNTA_FISCALES_SUPERIORES", 10,
         "Presidente de la Junta de Fiscales Superiores",
         "Presidenta de la Junta de Fiscales Superiores", **_TERRITORIAL),
    _row("PREFECTO_REGIONAL", 11, "Prefecto Regional", "Prefecta Regional",
         **_TERRITORIAL),
    _row("ARZOBISPO", 12, "Arzobispo", **_TERRITORIAL),
    _row("OBISPO", 12, "Obispo", **_TERRITORIAL),
    _row("COMANDANTE_FFAA_REGION", 13,
         "Comandante de las Fuerzas Armadas en la región", **_ARMED),
    _row("JEFE_REGION_POLICIAL", 13, "Jefe de Región o Frente Policial",
         "Jefa de Región o Frente Policial", **_ARMED),
    _row("ALCALDE_PROVINCIAL", 14, "Alcalde Provincial", "Alcaldesa Provincial",
         **_MAYOR),
    _row("CONSEJERO_REGIONAL", 15, "Consejero Regional", "Consejera Regional",
         **_TERRITORIAL),
    _row("RECTOR_UNIVERSIDAD_PUBLICA", 15, "Rector de universidad pública",
         "Rectora de universidad pública"),
    _row("SUBPREFECTO_PROVINCIAL", 16, "Subprefecto Provincial",
         "Subprefecta Provincial", **_TERRITORIAL),
    _row("ALCALDE_DISTRITAL", 17, "Alcalde Distrital", "Alcaldesa Distrital",
         **_MAYOR),
    _row("TENIENTE_ALCALDE_PROVINCIAL", 18, "Teniente Alcalde Provincial",
         "Teniente Alcaldesa Provincial", suborder=1, **_COUNCIL),
    _row("REGIDOR_PROVINCIAL", 18, "Regidor Provincial", "Regidora Provincial",
         suborder=2, **_COUNCIL),
    _row("SUBPREFECTO_DISTRITAL", 19, "Subprefecto Distrital",
         "Subprefecta Distrital", legal_source=f"{_P}; ejemplo de Querecotillo [S]",
         **_TERRITORIAL),
    _row("TENIENTE_ALCALDE_DISTRITAL", 20, "Teniente Alcalde", "Teniente Alcaldesa",
         suborder=1, **_COUNCIL),
    _row("REGIDOR_DISTRITAL", 20, "Regidor Distrital", "Regidora Distrital",
         suborder=2, **_COUNCIL),
    _row("JUEZ_ESPECIALIZADO", 21, "Juez especializado", "Jueza especializada",
         **_TERRITORIAL),
    _row("JUEZ_PAZ_LETRADO", 21, "Juez de paz letrado", "Jueza de paz letrada",
         **_TERRITORIAL),
    _row("FISCAL_PROVINCIAL", 21, "Fiscal provincial", **_TERRITORIAL),
    _row("COMISARIO_PNP", 21, "Comisario PNP", "Comisaria PNP", **_ARMED),
    _row("JEFE_UNIDAD_MILITAR", 21, "Jefe de unidad militar",
         "Jefa de unidad militar", **_ARMED),
    _row("GERENTE_REGIONAL", 22, "Gerente regional", **_TERRITORIAL),
    _row("DIRECTOR_REGIONAL_SECTORIAL", 22, "Director regional sectorial",
         "Directora regional sectorial", **_TERRITORIAL),
    _row("GERENTE_MUNICIPAL", 23, "Gerente Municipal", **_LOCAL_OFFICIAL),
    _row("FUNCIONARIO_MUNICIPAL", 23, "Funcionario municipal",
         "Funcionaria municipal", **_LOCAL_OFFICIAL),
    _row("JUEZ_DE_PAZ", 24, "Juez de paz", "Jueza de paz", **_LOCAL_OFFICIAL),
    _row("TENIENTE_GOBERNADOR", 24, "Teniente gobernador", "Teniente gobernadora",
         **_LOCAL_OFFICIAL),
    _row("AUTORIDAD_COMUNAL", 24, "Autoridad comunal", **_LOCAL_OFFICIAL),
    _row("DIRIGENTE_SOCIEDAD_CIVIL", 24, "Dirigente de la sociedad civil",
         **_NOT_ELIGIBLE),
)
# fmt: on
