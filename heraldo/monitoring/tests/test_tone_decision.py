"""The learned tone decision over the rules' signals, and how the analyst reads it. Invented sentences about
Santa Candelaria del Mar."""

from __future__ import annotations

from functools import cache

from django.urls import reverse
from django.utils import timezone

from heraldo.core.text import fold
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.templatetags.monitoring import tone_signal
from heraldo.monitoring.tone import Decision, Target, ToneModel, decision, labelled_examples, tone_toward

MUNICIPALITY = "municipalidad de santa candelaria del mar"
MAYOR = "jorge cardenas vilca"


@cache
def _model() -> ToneModel:
    return ToneModel(labelled_examples())


def _toward_us(text: str):
    folded = fold(text)
    found = []
    for name, is_person in ((MUNICIPALITY, False), (MAYOR, True)):
        start = folded.find(name)
        while start != -1:
            found.append(Target(start, start + len(name), is_person))
            start = folded.find(name, start + 1)
    return tone_toward(_model(), folded, found)


def test_a_service_told_in_plain_words_is_good_news_about_us():
    # given a story that only tells what the municipality did, with no word of praise
    result = _toward_us(
        "Nuevas luminarias en el jirón Grau\nLa Municipalidad de Santa Candelaria del Mar instaló veinte luminarias "
        "en el jirón Grau y en el pasaje Los Olivos. Los trabajos terminaron el viernes por la noche."
    )
    # then the service weighs enough for a positive tone, and the explanation says so first
    assert result.tone == "positive"
    first = result.reasons[0]
    assert (first["phrase"], first["signal"], first["direction"]) == ("service", True, "positive")


def test_a_plain_announcement_stays_neutral():
    result = _toward_us(
        "Vence el plazo del impuesto predial\nLa Municipalidad de Santa Candelaria del Mar informó que el plazo "
        "para pagar la cuarta cuota del impuesto predial vence el 30 de noviembre."
    )
    assert result.tone == "neutral"


def test_the_explanation_lists_the_signals_that_weighed_most_then_the_phrases():
    result = _toward_us(
        "Vecinos denuncian que el camión no pasa\nVecinos del barrio La Ribera denuncian que el camión de la "
        "Municipalidad de Santa Candelaria del Mar no pasa desde hace dos semanas y la basura se acumula."
    )
    assert result.tone == "negative"
    signals = [reason for reason in result.reasons if reason.get("signal")]
    assert signals and all(reason["direction"] == "negative" for reason in signals)
    assert signals == sorted(signals, key=lambda reason: -reason["weight"])  # what weighed most comes first
    phrases = [reason["phrase"] for reason in result.reasons if not reason.get("signal")]
    assert "denuncian" in phrases and "no pasa" in phrases
    assert result.reasons[: len(signals)] == signals  # the signals come before the phrases


def test_concrete_as_a_material_is_not_praise():
    result = _toward_us(
        "Vereda en la calle Lima\nLa Municipalidad de Santa Candelaria del Mar anunció que la vereda de la calle "
        "Lima será de concreto y tendrá rampas."
    )
    assert not any(reason["phrase"] == "concreto" for reason in result.reasons)


def test_the_shipped_decision_weighs_only_signals_the_rules_compute_and_orders_its_thresholds():
    shipped = decision()
    computed = set(_toward_us("La Municipalidad de Santa Candelaria del Mar inauguró un parque.").signals)
    assert set(shipped.weights) >= computed - {"irony"}  # irony appears only when a story is ironic
    rules = {
        "praise",
        "harm",
        "service",
        "undelivered",
        "vote",
        "irony",
        "outcome",
        "overdue",
        "done_by",
        "promise",
        "relief",
    }
    assert set(shipped.weights) <= rules
    assert shipped.negative_below < 0 < shipped.positive_from


def test_the_decision_reads_its_thresholds():
    learned = Decision({"praise": 1.0}, negative_below=-1.0, positive_from=1.0)
    assert [learned.tone(score) for score in (-1.5, -1.0, 0.0, 1.0)] == ["negative", "neutral", "neutral", "positive"]


def test_each_signal_has_a_name_the_analyst_reads():
    assert tone_signal("service") == "un servicio o una obra que la municipalidad hace"
    for name in decision().weights:
        assert tone_signal(name) != name


def test_the_clipping_page_names_what_weighed_most(watchlist, client_as):
    # given a stored story where the municipality delivers a service
    clipping, _ = clipping_store(
        title="Nuevas luminarias en el jirón Grau",
        body_text="La Municipalidad de Santa Candelaria del Mar instaló veinte luminarias en el jirón Grau.",
        url="https://a.pe/decision/1",
        published_at=timezone.now(),
        queue_alerts=False,
    )
    # when the analyst opens it, then the page names the signal in words, not by its key
    page = client_as("media_analyst").get(reverse("monitoring:clipping_detail", args=[clipping.pk])).content.decode()
    assert "Un servicio o una obra que la municipalidad hace" in page
    assert "(a favor)" in page
    assert "«service»" not in page
