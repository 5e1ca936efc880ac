"""The learned tone decision over the rules' signals, and how the analyst reads it. Invented sentences about
Santa Candelaria del Mar."""

from __future__ import annotations

from functools import cache

from django.urls import reverse
from django.utils import timezone

from heraldo.core.text import fold
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.templatetags.monitoring import tone_signal
from heraldo.monitoring.tone import (
    FEW_WORDS,
    STEM_LENGTH,
    Decision,
    Target,
    ToneModel,
    decision,
    labelled_examples,
    tone_toward,
    word_share,
    word_stems,
    word_trust,
)

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
    # then the service weighs enough for a positive tone, and the explanation names it among what weighed most
    assert result.tone == "positive"
    signals = [(reason["phrase"], reason["direction"]) for reason in result.reasons if reason.get("signal")]
    assert ("service", "positive") in signals


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


def test_the_shipped_decision_weighs_only_signals_the_rules_compute_and_learned_words():
    shipped = decision()
    computed = set(_toward_us("La Municipalidad de Santa Candelaria del Mar inauguró un parque.").signals)
    assert set(shipped.signal_weights) >= computed - {"irony"}  # irony appears only when a story is ironic
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
    assert set(shipped.signal_weights) <= rules
    # words of every kind of news, learned from several writers: more than a lexicon's few hundred
    assert len(shipped.word_weights) > 1000
    for stem, weights in shipped.word_weights.items():
        assert len(weights) == 3 and all(len(part) <= STEM_LENGTH for part in stem.split(":")[-1].split("_"))
    # what a rule says is good news pushes toward positive, what it says is bad news toward negative
    toward_positive = {name: weights[2] - weights[0] for name, weights in shipped.signal_weights.items()}
    assert toward_positive["praise"] > 0 > toward_positive["harm"]
    assert toward_positive["service"] > 0 > toward_positive["undelivered"]


def test_the_decision_takes_the_tone_with_the_most_evidence():
    story_words = {f"pala{index:02d}": (-0.1, -0.1, 0.2) for index in range(FEW_WORDS)}
    learned = Decision(
        {"praise": (-1.0, 0.0, 1.0)},
        story_words,
        (0.0, 0.5, 0.0),
        {"praise": (-2.0, 0.0, 2.0)},
        (0.0, 0.5, 0.0),
    )
    assert learned.tone(learned.evidence({}, [])) == "neutral"  # no evidence: the bias
    assert learned.tone(learned.evidence({"praise": 3.0}, [])) == "positive"
    assert learned.tone(learned.evidence({"praise": -3.0}, [])) == "negative"
    # a news story's words decide with its signals; a one-line note's few words hardly count
    assert learned.tone(learned.evidence({}, story_words)) == "positive"
    assert learned.tone(learned.evidence({}, list(story_words)[:3])) == "neutral"


def test_a_short_note_is_decided_by_the_rules_and_a_news_story_with_its_words_too():
    assert word_trust(0) == 0.0
    assert word_trust(FEW_WORDS // 2) == 0.5
    assert word_trust(FEW_WORDS) == word_trust(3 * FEW_WORDS) == 1.0
    assert word_share(100) == 1 / 10  # a long story's words do not outvote a short story's


def test_the_words_of_our_own_names_are_not_learned_as_tone():
    folded = fold("La Municipalidad de Santa Candelaria del Mar inauguró el mercado.")
    start = folded.find(MUNICIPALITY)
    stems = word_stems(folded, [Target(start, start + len(MUNICIPALITY), False)])
    assert "inaugu" in stems and stems["inaugu"] == "inauguro"  # the explanation shows the word as written
    assert not {"munici", "santa", "candel"} & {stem.split(":")[-1] for stem in stems}
    assert not any("santa" in stem or "munici" in stem for stem in stems)  # no pair spans our name either


def test_the_headline_words_and_the_pairs_of_words_are_vocabulary_of_their_own():
    stems = word_stems(fold("Obra paralizada\nEl mercado sigue sin techo y a la fecha no hay avance."))
    assert stems["h:obra"] == stems["obra"] == "obra"  # the headline's words again, marked
    assert "h:mercad" not in stems and stems["mercad"] == "mercado"  # the text's words once
    assert stems["p:sigue_sin"] == "sigue sin" and stems["p:no_hay"] == "no hay"  # a word after another
    assert "p:a_la" not in stems  # pairs of one-letter words say nothing


def test_each_signal_has_a_name_the_analyst_reads():
    assert tone_signal("service") == "un servicio o una obra que la municipalidad hace"
    for name in [*decision().signal_weights, "words"]:
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


def test_a_news_story_told_through_facts_is_read_by_the_words_learned_from_several_writers():
    # given a story with one weak lexicon phrase: the bad news is in the facts (a deadline months past, 6 of 18)
    result = _toward_us(
        "Mercado de Las Dunas sigue esperando su techo\nCuatro meses después de la fecha anunciada, el techo del "
        "mercado de Las Dunas continúa a medio hacer. La Municipalidad de Santa Candelaria del Mar había fijado "
        "julio como plazo para terminar la estructura metálica. A la fecha solo se levantaron seis de las dieciocho "
        "columnas. Los comerciantes cubren sus puestos con plásticos y esteras cada vez que llueve. La obra figura "
        "en el portal de Transparencia con un avance físico de 31 % y un avance financiero de 74 %. Consultada por "
        "este diario, la gerencia de obras indicó que el expediente técnico fue observado dos veces. Los "
        "comerciantes acudieron el martes a la sede municipal para pedir una fecha nueva."
    )
    # then it is bad news for us, and the explanation says the story's words weighed most, naming some of them
    assert result.tone == "negative"
    first = result.reasons[0]
    assert (first["phrase"], first["signal"], first["direction"]) == ("words", True, "negative")
    learned = [reason for reason in result.reasons if reason.get("learned")]
    assert learned and all(reason["direction"] == "negative" for reason in learned)
    # each shown as words an analyst reads as a reason, never "de la" or "en las"
    little = {"a", "al", "de", "del", "el", "en", "la", "las", "lo", "los", "un", "una", "y"}
    assert not any(set(reason["phrase"].split()) & little for reason in learned)


def test_the_running_decision_reads_the_words_it_was_trained_on(monkeypatch):
    """Training masks only the names of us a clipping stores; the running pipeline must read the same words, not
    also mask the position-only references ("la municipalidad") the rules add, or it decides on another text."""
    from heraldo.monitoring import tone

    plain_words = {f"{letter}{letter}vocablo"[:STEM_LENGTH]: (0.0, 0.0, 0.0) for letter in "bcdfghjklmnpqrstvwxyz"}
    learned = Decision({}, {**plain_words, "munici": (-5.0, 0.0, 5.0)}, (0.0, 0.5, 0.0), {}, (0.0, 0.5, 0.0))
    monkeypatch.setattr(tone, "_DECISION", learned)
    filler = " ".join(f"{stem}s" for stem in plain_words)
    text = f"Obras\nEl alcalde Jorge Cárdenas Vilca habló. {filler}. Después la municipalidad cerró."
    folded = fold(text)
    start = folded.find(MAYOR)
    stored = [Target(start, start + len(MAYOR), True)]
    trained_on = word_stems(folded, stored)
    assert "munici" in trained_on  # the word after the name is part of what training read
    result = tone_toward(_model(), folded, stored)
    assert "munici" in result.words
    assert result.tone == learned.tone(learned.evidence({}, trained_on)) == "positive"
