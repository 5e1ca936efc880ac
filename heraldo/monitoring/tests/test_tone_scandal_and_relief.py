"""Bad news told through legal trouble (searches, seizures, travel bans, prosecutors' inquiries) and good news told
through a neighbour's relief in their own words. Invented sentences about Santa Candelaria del Mar."""

from __future__ import annotations

from heraldo.core.text import fold
from heraldo.monitoring.tests.test_tone_decision import _toward_us
from heraldo.monitoring.tone import _relief_quotes


def _reliefs(sentence: str) -> list[str]:
    folded = fold(sentence)
    return _relief_quotes(folded, (0, len(folded)))


def _counted(result) -> dict[str, str]:
    return {r["phrase"]: r["direction"] for r in result.reasons if not r.get("signal") and not r.get("ignored")}


def test_legal_trouble_about_us_is_bad_news():
    result = _toward_us(
        "Allanan la sede de la Municipalidad de Santa Candelaria del Mar\n"
        "Fiscales allanaron ayer la sede de la Municipalidad de Santa Candelaria del Mar. El juez dictó impedimento "
        "de salida contra tres funcionarios investigados por negociación incompatible en la compra de un terreno."
    )
    assert result.tone == "negative"
    counted = _counted(result)
    assert counted.get("allanaron") == "negative"
    assert counted.get("impedimento de salida") == "negative"


def test_an_inquiry_closed_is_not_bad_news():
    result = _toward_us(
        "La fiscalía archivó la investigación preliminar contra la Municipalidad de Santa Candelaria del Mar por la "
        "compra de combustible."
    )
    assert _counted(result).get("archivo la investigacion preliminar") == "positive"


def test_our_seizure_of_debtors_accounts_is_enforcement_not_trouble():
    result = _toward_us(
        "La Municipalidad de Santa Candelaria del Mar embargó las cuentas de 27 empresas morosas, embargadas por "
        "deudas del impuesto predial."
    )
    assert "embargadas" not in _counted(result)
    assert any(r["phrase"] == "embargadas" and r.get("why") == "offender" for r in result.reasons)


def test_a_connective_is_not_a_seizure():
    result = _toward_us(
        "La Municipalidad de Santa Candelaria del Mar anunció el asfaltado; sin embargo, la obra sigue paralizada."
    )
    assert _counted(result).get("paralizada") == "negative"


def test_a_neighbours_relief_closing_a_story_that_names_us_late_is_good_news():
    result = _toward_us(
        "En Bellavista, los chicos vuelven a ir solos al colegio\n"
        "Hace un año ninguna madre dejaba a sus hijos cruzar el descampado. Hoy dos patrulleros en bicicleta "
        "recorren la ruta escolar cada mañana.\n\n"
        "La ruta escolar de la Municipalidad de Santa Candelaria del Mar funciona desde abril. Las madres la piden "
        "para otros barrios.\n\n"
        "«Ahora mi hija va con sus amigas y yo me voy tranquila al trabajo», cuenta una vecina."
    )
    assert result.signals.get("relief") == 1
    assert result.tone == "positive"


def test_relief_is_read_in_quotes_only_and_not_in_our_authoritys_words():
    assert _reliefs("«Antes no se podía ni pasar; hoy juegan los niños», dijo una vecina.") == [
        "antes no se podia ni pasar; hoy juegan los ninos"
    ]
    assert _reliefs("«Por fin tenemos agua todo el día», dijo un dirigente.") == ["por fin tenemos agua todo el dia"]
    assert _reliefs("«Estamos muy contentos con la losa», dijo la presidenta del club.") != []
    assert _reliefs("«Seguimos esperando el agua», dijo un dirigente.") == []
    assert _reliefs("Ahora el distrito tiene más serenos, por fin.") == []  # the writer's words, not a neighbour's
    result = _toward_us(
        "Obras en el cercado\n«Ahora el distrito tiene pistas», dijo Jorge Cárdenas Vilca, alcalde de la "
        "Municipalidad de Santa Candelaria del Mar."
    )
    assert "relief" not in result.signals
