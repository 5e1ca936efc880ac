"""Seed the precedence table with the provisional table P of the domain note (§3.2, all [I]).

The rows are frozen here as they were when this migration was written, so that it seeds
the same table whatever later becomes of the engine's code; the official D.S. 100-2005-RE
tables are entered later as new versions through the table page.
"""

from datetime import date

from django.db import migrations

_P = "Tabla provisional P, nota de dominio §3.2 [I]: reemplazar por D.S. 100-2005-RE"
_MINISTRY_ORDER = (
    "D.S. 096-2005-RE art. 9; orden de apcer.pe [V] con nombres actuales; "
    "Cultura y Desarrollo e Inclusión Social al final [I]"
)
_BICAMERAL = "Ley 31988: Congreso bicameral desde el 28/07/2026"

_COLUMNS = (
    "office_code",
    "rank",
    "suborder",
    "label",
    "label_feminine",
    "office_class",
    "territorial",
    "head_table_eligible",
    "legal_source",
    "valid_from",
    "valid_to",
)
# fmt: off
_ROWS = (
    ("PRESIDENTE_REPUBLICA", 1, 0, "Presidente de la República", "Presidenta de la República", "HEAD_OF_STATE", False, True, _P, None, None),
    ("PRIMER_VICEPRESIDENTE", 2, 1, "Primer Vicepresidente de la República", "Primera Vicepresidenta de la República", "GENERAL", False, True, _P, None, None),
    ("SEGUNDO_VICEPRESIDENTE", 2, 2, "Segundo Vicepresidente de la República", "Segunda Vicepresidenta de la República", "GENERAL", False, True, _P, None, None),
    ("PRESIDENTE_CONGRESO", 3, 1, "Presidente del Congreso de la República", "Presidenta del Congreso de la República", "GENERAL", False, True, _P, None, None),
    ("PRESIDENTE_OTRA_CAMARA", 3, 2, "Presidente de Cámara del Congreso", "Presidenta de Cámara del Congreso", "GENERAL", False, True, _BICAMERAL, date(2026, 7, 28), None),
    ("PRESIDENTE_CONSEJO_MINISTROS", 4, 0, "Presidente del Consejo de Ministros", "Presidenta del Consejo de Ministros", "GENERAL", False, True, _P, None, None),
    ("PRESIDENTE_PODER_JUDICIAL", 5, 1, "Presidente del Poder Judicial", "Presidenta del Poder Judicial", "GENERAL", False, True, _P, None, None),
    ("PRESIDENTE_TRIBUNAL_CONSTITUCIONAL", 5, 2, "Presidente del Tribunal Constitucional", "Presidenta del Tribunal Constitucional", "GENERAL", False, True, _P, None, None),
    ("FISCAL_DE_LA_NACION", 5, 3, "Fiscal de la Nación", "Fiscal de la Nación", "GENERAL", False, True, _P, None, None),
    ("PRESIDENTE_JNE", 5, 4, "Presidente del Jurado Nacional de Elecciones", "Presidenta del Jurado Nacional de Elecciones", "GENERAL", False, True, _P, None, None),
    ("DEFENSOR_DEL_PUEBLO", 5, 5, "Defensor del Pueblo", "Defensora del Pueblo", "GENERAL", False, True, _P, None, None),
    ("CONTRALOR_GENERAL", 5, 6, "Contralor General de la República", "Contralora General de la República", "GENERAL", False, True, _P, None, None),
    ("MINISTRO_RELACIONES_EXTERIORES", 6, 1, "Ministro de Relaciones Exteriores", "Ministra de Relaciones Exteriores", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_DEFENSA", 6, 2, "Ministro de Defensa", "Ministra de Defensa", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_ECONOMIA_FINANZAS", 6, 3, "Ministro de Economía y Finanzas", "Ministra de Economía y Finanzas", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_INTERIOR", 6, 4, "Ministro del Interior", "Ministra del Interior", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_JUSTICIA", 6, 5, "Ministro de Justicia y Derechos Humanos", "Ministra de Justicia y Derechos Humanos", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_EDUCACION", 6, 6, "Ministro de Educación", "Ministra de Educación", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_SALUD", 6, 7, "Ministro de Salud", "Ministra de Salud", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_DESARROLLO_AGRARIO", 6, 8, "Ministro de Desarrollo Agrario y Riego", "Ministra de Desarrollo Agrario y Riego", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_TRABAJO", 6, 9, "Ministro de Trabajo y Promoción del Empleo", "Ministra de Trabajo y Promoción del Empleo", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_PRODUCCION", 6, 10, "Ministro de la Producción", "Ministra de la Producción", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_COMERCIO_EXTERIOR", 6, 11, "Ministro de Comercio Exterior y Turismo", "Ministra de Comercio Exterior y Turismo", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_ENERGIA_MINAS", 6, 12, "Ministro de Energía y Minas", "Ministra de Energía y Minas", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_TRANSPORTES", 6, 13, "Ministro de Transportes y Comunicaciones", "Ministra de Transportes y Comunicaciones", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_VIVIENDA", 6, 14, "Ministro de Vivienda, Construcción y Saneamiento", "Ministra de Vivienda, Construcción y Saneamiento", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_MUJER", 6, 15, "Ministro de la Mujer y Poblaciones Vulnerables", "Ministra de la Mujer y Poblaciones Vulnerables", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_AMBIENTE", 6, 16, "Ministro del Ambiente", "Ministra del Ambiente", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_CULTURA", 6, 17, "Ministro de Cultura", "Ministra de Cultura", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("MINISTRO_DESARROLLO_INCLUSION_SOCIAL", 6, 18, "Ministro de Desarrollo e Inclusión Social", "Ministra de Desarrollo e Inclusión Social", "GENERAL", False, True, _MINISTRY_ORDER, None, None),
    ("CONGRESISTA", 7, 0, "Congresista de la República", "Congresista de la República", "CONGRESS", False, True, _P, None, date(2026, 7, 27)),
    ("SENADOR", 7, 1, "Senador de la República", "Senadora de la República", "CONGRESS", False, True, _BICAMERAL, date(2026, 7, 28), None),
    ("DIPUTADO", 7, 2, "Diputado de la República", "Diputada de la República", "CONGRESS", False, True, _BICAMERAL, date(2026, 7, 28), None),
    ("GOBERNADOR_REGIONAL", 8, 0, "Gobernador Regional", "Gobernadora Regional", "GENERAL", True, True, _P, None, None),
    ("VICEGOBERNADOR_REGIONAL", 9, 0, "Vicegobernador Regional", "Vicegobernadora Regional", "GENERAL", True, True, _P, None, None),
    ("PRESIDENTE_CORTE_SUPERIOR", 10, 0, "Presidente de la Corte Superior de Justicia", "Presidenta de la Corte Superior de Justicia", "GENERAL", True, True, _P, None, None),
    ("PRESIDENTE_JUNTA_FISCALES_SUPERIORES", 10, 0, "Presidente de la Junta de Fiscales Superiores", "Presidenta de la Junta de Fiscales Superiores", "GENERAL", True, True, _P, None, None),
    ("PREFECTO_REGIONAL", 11, 0, "Prefecto Regional", "Prefecta Regional", "GENERAL", True, True, _P, None, None),
    ("ARZOBISPO", 12, 0, "Arzobispo", "Arzobispo", "GENERAL", True, True, _P, None, None),
    ("OBISPO", 12, 0, "Obispo", "Obispo", "GENERAL", True, True, _P, None, None),
    ("COMANDANTE_FFAA_REGION", 13, 0, "Comandante de las Fuerzas Armadas en la región", "Comandante de las Fuerzas Armadas en la región", "ARMED_FORCES", True, True, _P, None, None),
    ("JEFE_REGION_POLICIAL", 13, 0, "Jefe de Región o Frente Policial", "Jefa de Región o Frente Policial", "ARMED_FORCES", True, True, _P, None, None),
    ("ALCALDE_PROVINCIAL", 14, 0, "Alcalde Provincial", "Alcaldesa Provincial", "MAYOR", True, True, _P, None, None),
    ("CONSEJERO_REGIONAL", 15, 0, "Consejero Regional", "Consejera Regional", "GENERAL", True, True, _P, None, None),
    ("RECTOR_UNIVERSIDAD_PUBLICA", 15, 0, "Rector de universidad pública", "Rectora de universidad pública", "GENERAL", False, True, _P, None, None),
    ("SUBPREFECTO_PROVINCIAL", 16, 0, "Subprefecto Provincial", "Subprefecta Provincial", "GENERAL", True, True, _P, None, None),
    ("ALCALDE_DISTRITAL", 17, 0, "Alcalde Distrital", "Alcaldesa Distrital", "MAYOR", True, True, _P, None, None),
    ("TENIENTE_ALCALDE_PROVINCIAL", 18, 1, "Teniente Alcalde Provincial", "Teniente Alcaldesa Provincial", "COUNCIL", True, True, _P, None, None),
    ("REGIDOR_PROVINCIAL", 18, 2, "Regidor Provincial", "Regidora Provincial", "COUNCIL", True, True, _P, None, None),
    ("SUBPREFECTO_DISTRITAL", 19, 0, "Subprefecto Distrital", "Subprefecta Distrital", "GENERAL", True, True, f"{_P}; ejemplo de Querecotillo [S]", None, None),
    ("TENIENTE_ALCALDE_DISTRITAL", 20, 1, "Teniente Alcalde", "Teniente Alcaldesa", "COUNCIL", True, True, _P, None, None),
    ("REGIDOR_DISTRITAL", 20, 2, "Regidor Distrital", "Regidora Distrital", "COUNCIL", True, True, _P, None, None),
    ("JUEZ_ESPECIALIZADO", 21, 0, "Juez especializado", "Jueza especializada", "GENERAL", True, True, _P, None, None),
    ("JUEZ_PAZ_LETRADO", 21, 0, "Juez de paz letrado", "Jueza de paz letrada", "GENERAL", True, True, _P, None, None),
    ("FISCAL_PROVINCIAL", 21, 0, "Fiscal provincial", "Fiscal provincial", "GENERAL", True, True, _P, None, None),
    ("COMISARIO_PNP", 21, 0, "Comisario PNP", "Comisaria PNP", "ARMED_FORCES", True, True, _P, None, None),
    ("JEFE_UNIDAD_MILITAR", 21, 0, "Jefe de unidad militar", "Jefa de unidad militar", "ARMED_FORCES", True, True, _P, None, None),
    ("GERENTE_REGIONAL", 22, 0, "Gerente regional", "Gerente regional", "GENERAL", True, True, _P, None, None),
    ("DIRECTOR_REGIONAL_SECTORIAL", 22, 0, "Director regional sectorial", "Directora regional sectorial", "GENERAL", True, True, _P, None, None),
    ("GERENTE_MUNICIPAL", 23, 0, "Gerente Municipal", "Gerente Municipal", "GENERAL", True, False, _P, None, None),
    ("FUNCIONARIO_MUNICIPAL", 23, 0, "Funcionario municipal", "Funcionaria municipal", "GENERAL", True, False, _P, None, None),
    ("JUEZ_DE_PAZ", 24, 0, "Juez de paz", "Jueza de paz", "GENERAL", True, False, _P, None, None),
    ("TENIENTE_GOBERNADOR", 24, 0, "Teniente gobernador", "Teniente gobernadora", "GENERAL", True, False, _P, None, None),
    ("AUTORIDAD_COMUNAL", 24, 0, "Autoridad comunal", "Autoridad comunal", "GENERAL", True, False, _P, None, None),
    ("DIRIGENTE_SOCIEDAD_CIVIL", 24, 0, "Dirigente de la sociedad civil", "Dirigente de la sociedad civil", "GENERAL", False, False, _P, None, None),
)
# fmt: on


def seed(apps, schema_editor):
    Row = apps.get_model("ceremonial", "PrecedenceTableRow")
    if Row.objects.exists():
        return
    Row.objects.bulk_create([Row(**dict(zip(_COLUMNS, row, strict=True))) for row in _ROWS])


def unseed(apps, schema_editor):
    apps.get_model("ceremonial", "PrecedenceTableRow").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("ceremonial", "0005_precedence_table")]

    operations = [migrations.RunPython(seed, unseed)]
