"""News told through facts, not judging words: a figure we answer for that changed, a promise past its date, a work
done by us told in the passive. Invented sentences about Santa Candelaria del Mar."""

from __future__ import annotations

import pytest

from heraldo.core.text import fold
from heraldo.monitoring.tests.test_tone_decision import _toward_us
from heraldo.monitoring.tone import _outcomes, _overdue, sentences


def _outcome_signs(sentence: str) -> list[int]:
    folded = fold(sentence)
    return [sign for _shown, sign in _outcomes(folded, (0, len(folded)))]


def _overdue_cues(sentence: str) -> list[str]:
    folded = fold(sentence)
    return _overdue(folded, (0, len(folded)))


def test_fewer_harms_told_by_figures_are_good_news_about_us():
    result = _toward_us(
        "Serenazgo y juntas vecinales: un año de patrullaje conjunto\n"
        "La Municipalidad de Santa Candelaria del Mar presentó el balance del patrullaje conjunto con las juntas "
        "vecinales. Según la comisaría, los robos en los barrios altos bajaron de 46 a 7 en un año y las denuncias "
        "por asalto se redujeron a la mitad."
    )
    assert result.tone == "positive"
    assert result.signals["outcome"] > 0
    assert any("bajaron" in reason["phrase"] for reason in result.reasons)


def test_the_direction_and_what_is_counted_decide_the_sign():
    assert _outcome_signs("La recaudación del impuesto predial subió de 1,2 a 2,6 millones de soles.") == [1]
    assert _outcome_signs("Las quejas por el recojo de basura aumentaron este mes.") == [-1]
    assert _outcome_signs("Las atenciones en la posta cayeron a la mitad.") == [-1]
    assert _outcome_signs("Los residuos que llegan al botadero pasaron de 38 a 19 toneladas diarias.") == [1]
    assert _outcome_signs("Este año hubo cero casos de dengue en el distrito.") == [1]


def test_what_a_figure_counts_is_named_before_it():
    # "recicladoras" after the figures is who helped, not what went down
    assert _outcome_signs("Sus residuos sin tratar, de 40 toneladas diarias pasaron a 22, con 30 recicladoras.") == [1]


def test_the_ends_of_a_ranking_are_news_by_themselves():
    assert _outcome_signs("El distrito figura en el penúltimo lugar de la región en gasto de inversión.") == [-1]
    assert _outcome_signs("Su programa de reciclaje ocupó el primer puesto del concurso regional.") == [1]


def test_timetables_ages_periods_and_prepositions_are_not_changes():
    assert _outcome_signs("La plataforma atiende de lunes a sábado de 8 a 17 horas.") == []
    assert _outcome_signs("Los talleres son para niños de 5 a 16 años.") == []
    assert _outcome_signs("Los datos van de 2019 a 2024.") == []
    assert _outcome_signs("Los vecinos esperaron dos horas bajo el sol para pagar.") == []


def test_no_longer_is_a_harm_ended_or_a_service_lost():
    assert _outcome_signs("Los escolares ya no tienen que cruzar el río por las piedras.") == [1]
    assert _outcome_signs("El mercado ya no se inunda cuando llueve.") == [1]
    assert _outcome_signs("En el hall ya no hay colas a fin de mes.") == [1]
    assert _outcome_signs("El camión recolector ya no pasa por la calle Grau.") == [-1]
    assert _outcome_signs("«Ya no creemos en promesas», dijo la dirigente.") == [-1]
    assert _outcome_signs("El camión pasará de noche, y ya no por la mañana.") == []


@pytest.mark.parametrize(
    "text",
    [
        "El mercado de Ayrampo\nEl mercado de Ayrampo debía abrir en junio, según anunció la Municipalidad de Santa "
        "Candelaria del Mar. Estamos en noviembre y aún no abre.",
        # "entregar" after "debía" is a service promised, not delivered
        "El mercado de Ayrampo\nLa Municipalidad de Santa Candelaria del Mar debía entregar el mercado de Ayrampo "
        "en junio. Estamos en noviembre y los comerciantes siguen vendiendo en la calle.",
    ],
)
def test_a_promise_past_its_date_is_bad_news_about_us(text):
    result = _toward_us(text)
    assert result.tone == "negative"
    assert result.signals["overdue"] > 0
    assert any(reason["phrase"] == "debia" and reason["direction"] == "negative" for reason in result.reasons)


def test_a_hardship_that_ended_or_a_debt_paid_is_not_overdue():
    assert _overdue_cues("Hasta octubre debían viajar a la provincia para hacer el trámite.") == []
    assert _overdue_cues("Los obreros cobraron los dos meses de sueldo que se les debía.") == []
    assert _overdue_cues("Fumigaron tres mil casas y el distrito sigue sin casos de dengue.") == []
    assert _overdue_cues("El agua potable sigue sin llegar al anexo.") == ["sigue sin"]


def test_a_work_done_by_us_told_in_the_passive_is_good_news():
    result = _toward_us(
        "Nuevo puente peatonal en la quebrada Honda\n"
        "Doscientos escolares cruzan desde ayer el nuevo puente peatonal de 42 metros, construido por la "
        "Municipalidad de Santa Candelaria del Mar."
    )
    assert result.signals.get("done_by") == 1
    assert result.tone == "positive"


def test_the_facts_are_counted_only_in_sentences_about_us():
    # a figure in a story that names us only in passing, in its last sentence, is not news about us
    text = (
        "Accidentes en la carretera Panamericana\n"
        "Los accidentes en la carretera aumentaron este año, según la policía de carreteras. "
        "El puesto de auxilio rápido queda a dos cuadras del local de la Municipalidad de Santa Candelaria del Mar."
    )
    result = _toward_us(text)
    assert "outcome" not in result.signals
    assert len(sentences(fold(text))) == 3
