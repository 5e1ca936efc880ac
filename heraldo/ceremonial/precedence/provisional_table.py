"""The provisional table P of the domain note (§3.2, all [I]) as plain data: an
interpretation to be replaced by the official *Cuadro de Precedencias*
(D.S. 100-2005-RE) once transcribed.

The table gives each office its level and class; the codes and their labels are the
Registro's cargo vocabulary (`heraldo.directory.office_codes`), so a cargo and its
row cannot name an office differently."""

from __future__ import annotations

from datetime import date
from typing import Any

from heraldo.ceremonial.precedence.table import OfficeClass
from heraldo.directory.office_codes import MINISTRIES, office

_P = "Cuadro provisional de Heraldo, hasta registrar el Cuadro General de Precedencias (D.S. 100-2005-RE)"
_MINISTRY_ORDER = "D.S. 096-2005-RE, art. 9: orden de los ministerios"
_BICAMERAL = "Ley 31988: Congreso bicameral desde el 28/07/2026"
_LAST_UNICAMERAL_DAY = date(2026, 7, 27)
_FIRST_BICAMERAL_DAY = date(2026, 7, 28)
_HEAD_OF_STATE: dict[str, Any] = {"office_class": OfficeClass.HEAD_OF_STATE}
_CONGRESS: dict[str, Any] = {"office_class": OfficeClass.CONGRESS}
_TERRITORIAL: dict[str, Any] = {"territorial": True}
_MAYOR: dict[str, Any] = {"office_class": OfficeClass.MAYOR, "territorial": True}
_COUNCIL: dict[str, Any] = {"office_class": OfficeClass.COUNCIL, "territorial": True}
_ARMED: dict[str, Any] = {"office_class": OfficeClass.ARMED_FORCES, "territorial": True}
_LOCAL_OFFICIAL: dict[str, Any] = {"territorial": True, "head_table_eligible": False}
_NOT_ELIGIBLE: dict[str, Any] = {"head_table_eligible": False}


def _row(
    office_code: str,
    rank: int,
    *,
    suborder: int = 0,
    office_class: OfficeClass = OfficeClass.GENERAL,
    territorial: bool = False,
    head_table_eligible: bool = True,
    legal_source: str = _P,
    valid_from: date | None = None,
    valid_to: date | None = None,
) -> dict[str, Any]:
    labels = office(office_code)
    return {
        "office_code": office_code,
        "rank": rank,
        "label": labels.label,
        "label_feminine": labels.label_feminine or labels.label,
        "suborder": suborder,
        "office_class": office_class.value,
        "territorial": territorial,
        "head_table_eligible": head_table_eligible,
        "legal_source": legal_source,
        "valid_from": valid_from,
        "valid_to": valid_to,
    }


# Table P of the domain note (all [I]), its codes and labels the Registro's vocabulary.
PROVISIONAL_TABLE_ROWS: tuple[dict[str, Any], ...] = (
    _row("PRESIDENTE_REPUBLICA", 1, **_HEAD_OF_STATE),
    _row("PRIMER_VICEPRESIDENTE", 2, suborder=1),
    _row("SEGUNDO_VICEPRESIDENTE", 2, suborder=2),
    _row("PRESIDENTE_CONGRESO", 3, suborder=1),
    _row("PRESIDENTE_OTRA_CAMARA", 3, suborder=2, legal_source=_BICAMERAL, valid_from=_FIRST_BICAMERAL_DAY),
    _row("PRESIDENTE_CONSEJO_MINISTROS", 4),
    _row("PRESIDENTE_PODER_JUDICIAL", 5, suborder=1),
    _row("PRESIDENTE_TRIBUNAL_CONSTITUCIONAL", 5, suborder=2),
    _row("FISCAL_DE_LA_NACION", 5, suborder=3),
    _row("PRESIDENTE_JNE", 5, suborder=4),
    _row("DEFENSOR_DEL_PUEBLO", 5, suborder=5),
    _row("CONTRALOR_GENERAL", 5, suborder=6),
    *(
        _row(ministry.code, 6, suborder=position, legal_source=_MINISTRY_ORDER)
        for position, ministry in enumerate(MINISTRIES, start=1)
    ),
    _row("CONGRESISTA", 7, valid_to=_LAST_UNICAMERAL_DAY, **_CONGRESS),
    _row("SENADOR", 7, suborder=1, legal_source=_BICAMERAL, valid_from=_FIRST_BICAMERAL_DAY, **_CONGRESS),
    _row("DIPUTADO", 7, suborder=2, legal_source=_BICAMERAL, valid_from=_FIRST_BICAMERAL_DAY, **_CONGRESS),
    _row("GOBERNADOR_REGIONAL", 8, **_TERRITORIAL),
    _row("VICEGOBERNADOR_REGIONAL", 9, **_TERRITORIAL),
    _row("PRESIDENTE_CORTE_SUPERIOR", 10, **_TERRITORIAL),
    _row("PRESIDENTE_JUNTA_FISCALES_SUPERIORES", 10, **_TERRITORIAL),
    _row("PREFECTO_REGIONAL", 11, **_TERRITORIAL),
    _row("ARZOBISPO", 12, **_TERRITORIAL),
    _row("OBISPO", 12, **_TERRITORIAL),
    _row("COMANDANTE_FFAA_REGION", 13, **_ARMED),
    _row("JEFE_REGION_POLICIAL", 13, **_ARMED),
    _row("ALCALDE_PROVINCIAL", 14, **_MAYOR),
    _row("CONSEJERO_REGIONAL", 15, **_TERRITORIAL),
    _row("RECTOR_UNIVERSIDAD_PUBLICA", 15),
    _row("SUBPREFECTO_PROVINCIAL", 16, **_TERRITORIAL),
    _row("ALCALDE_DISTRITAL", 17, **_MAYOR),
    _row("TENIENTE_ALCALDE_PROVINCIAL", 18, suborder=1, **_COUNCIL),
    _row("REGIDOR_PROVINCIAL", 18, suborder=2, **_COUNCIL),
    _row("SUBPREFECTO_DISTRITAL", 19, **_TERRITORIAL),
    _row("TENIENTE_ALCALDE_DISTRITAL", 20, suborder=1, **_COUNCIL),
    _row("REGIDOR_DISTRITAL", 20, suborder=2, **_COUNCIL),
    _row("JUEZ_ESPECIALIZADO", 21, **_TERRITORIAL),
    _row("JUEZ_PAZ_LETRADO", 21, **_TERRITORIAL),
    _row("FISCAL_PROVINCIAL", 21, **_TERRITORIAL),
    _row("COMISARIO_PNP", 21, **_ARMED),
    _row("JEFE_UNIDAD_MILITAR", 21, **_ARMED),
    _row("GERENTE_REGIONAL", 22, **_TERRITORIAL),
    _row("DIRECTOR_REGIONAL_SECTORIAL", 22, **_TERRITORIAL),
    _row("GERENTE_MUNICIPAL", 23, **_LOCAL_OFFICIAL),
    _row("FUNCIONARIO_MUNICIPAL", 23, **_LOCAL_OFFICIAL),
    _row("JUEZ_DE_PAZ", 24, **_LOCAL_OFFICIAL),
    _row("TENIENTE_GOBERNADOR", 24, **_LOCAL_OFFICIAL),
    _row("AUTORIDAD_COMUNAL", 24, **_LOCAL_OFFICIAL),
    _row("DIRIGENTE_SOCIEDAD_CIVIL", 24, **_NOT_ELIGIBLE),
)
