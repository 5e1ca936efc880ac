"""Tone: offline, explained, and corrections teach the model."""

from heraldo.monitoring.models import ToneCorrection
from heraldo.monitoring.tone import ToneModel, classify, labelled_examples


def test_the_labelled_set_has_at_least_300_sentences_in_three_classes():
    examples = labelled_examples()
    assert len(examples) >= 300
    assert {label for _text, label in examples} == {"positive", "neutral", "negative"}


def test_obvious_sentences_and_their_reasons(db):
    negative = classify("Vecinos denuncian corrupción en la obra del mercado, que sigue paralizada.")
    assert negative.tone == "negative"
    assert any(r["phrase"] == "corrupcion" and r["direction"] == "negative" for r in negative.reasons)
    assert classify("La municipalidad inauguró con éxito el nuevo parque.").tone == "positive"
    assert classify("El concejo sesionará el lunes a las diez de la mañana.").tone == "neutral"


def test_negation_flips_a_phrase():
    model = ToneModel(labelled_examples())
    hits = dict(model.lexicon_hits("no hubo ningun exito en la campaña".split()))
    assert all(weight < 0 for weight in hits.values())


def test_corrections_are_used_for_this_office(db):
    sentence = "El burgomaestre recibió a la comitiva del balneario de Quilca Baja."
    assert classify(sentence).tone != "positive"
    for _ in range(4):
        ToneCorrection.objects.create(
            clipping_id=_make_clipping().pk, text=sentence, previous_tone="neutral", tone="positive"
        )
    assert classify(sentence).tone == "positive"


def _make_clipping():
    from django.utils import timezone

    from heraldo.monitoring.models import Clipping

    return Clipping.objects.create(title="x", published_at=timezone.now())
