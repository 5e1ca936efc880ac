"""Tone toward the municipality and its authorities: everyday words, long negations, the Mayor quoted about
others, explanations, and corrections that withdraw the alert they caused."""

from __future__ import annotations

from django.utils import timezone

from heraldo.core.models import Job
from heraldo.core.text import fold
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Alert
from heraldo.monitoring.services.alerts import alerts_evaluate
from heraldo.monitoring.services.clippings import clipping_correct_tone
from heraldo.monitoring.tone import SERVICE_WEIGHT, Target, ToneModel, labelled_examples, tone_toward


def _store(title, body, url):
    clipping, _ = clipping_store(title=title, body_text=body, url=url, published_at=timezone.now(), queue_alerts=False)
    return clipping


def test_praise_for_the_mayor_with_everyday_words_is_positive_and_sends_no_alert(watchlist, mayor_rule):
    clipping = _store(
        "Vecinos felicitan al alcalde Jorge Cárdenas por la nueva losa",
        "Los vecinos felicitaron al alcalde Jorge Cárdenas Vilca por la nueva losa deportiva. Hubo demora en el "
        "ingreso por la cantidad de público y una breve espera, pero todos disfrutaron de la inauguración.",
        "https://a.pe/1",
    )
    assert clipping.tone == "positive"
    assert alerts_evaluate(clipping=clipping) == []


def test_a_negation_further_than_three_words_is_understood(watchlist):
    clipping = _store(
        "Informe de control",
        "Según la Contraloría, el alcalde Jorge Cárdenas Vilca no fue, en ningún momento del proceso de "
        "contratación, responsable de irregularidades.",
        "https://a.pe/2",
    )
    assert clipping.tone != "negative"


def test_the_mayor_criticising_another_government_is_not_negative_for_us(watchlist):
    clipping = _store(
        "Alcalde Cárdenas critica al Gobierno Regional",
        "El alcalde Jorge Cárdenas criticó duramente al Gobierno Regional por la falta de presupuesto para el "
        "hospital. «El Gobierno Regional nos tiene abandonados, es un fracaso de su gestión», afirmó Cárdenas.",
        "https://a.pe/3",
    )
    assert clipping.tone == "neutral"
    assert any(r.get("ignored") for r in clipping.tone_reasons)  # the page says why those words did not count


def test_bad_news_elsewhere_is_not_our_tone(watchlist):
    clipping = _store(
        "Choque en la Panamericana deja tres heridos",
        "Un choque dejó tres heridos y un caos vehicular en la Panamericana. En otra nota, la Municipalidad de "
        "Santa Candelaria del Mar informó el horario de atención de sus oficinas.",
        "https://a.pe/4",
    )
    assert clipping.tone == "neutral"


def test_criticism_of_the_mayor_is_negative_and_explained(watchlist):
    clipping = _store(
        "Denuncian al alcalde Jorge Cárdenas por corrupción",
        "Vecinos denunciaron al alcalde Jorge Cárdenas Vilca por corrupción en la obra del mercado, paralizada "
        "hace meses.",
        "https://a.pe/5",
    )
    assert clipping.tone == "negative"
    assert any(r["phrase"] == "corrupcion" and r["direction"] == "negative" for r in clipping.tone_reasons)


def test_a_tone_correction_withdraws_the_urgent_alert_and_tells_who_got_it(watchlist, mayor_rule, persona):
    mayor = persona("mayor")
    clipping = _store(
        "Denuncian al alcalde Jorge Cárdenas por corrupción",
        "Vecinos denunciaron al alcalde Jorge Cárdenas Vilca por corrupción en la obra del mercado.",
        "https://a.pe/6",
    )
    [alert] = alerts_evaluate(clipping=clipping)
    assert alert.deliveries.filter(user=mayor).exists()  # the Mayor was to get it at once
    alert.deliveries.update(sent_at=timezone.now())
    Alert.objects.filter(pk=alert.pk).update(delivered_at=timezone.now())
    clipping_correct_tone(actor=persona("media_analyst"), clipping=clipping, tone="positive")
    alert.refresh_from_db()
    assert alert.withdrawn_at is not None
    notices = [j for j in Job.objects.filter(name="core.notify") if "retirada" in j.kwargs["title"].lower()]
    assert notices and mayor.pk in notices[0].kwargs["user_ids"]


def test_what_the_municipality_does_for_the_neighbours_reads_as_praise_unless_negated(watchlist):
    done = _store(
        "Municipalidad estrena puente peatonal",
        "La Municipalidad de Santa Candelaria del Mar inaugura el puente peatonal del barrio Las Dunas, que "
        "beneficiará a dos mil escolares.",
        "https://a.pe/20",
    )
    not_done = _store(
        "Puente peatonal a medias",
        "La Municipalidad de Santa Candelaria del Mar no inaugura el puente peatonal del barrio Las Dunas: "
        "sin barandas, no beneficiará a nadie este año.",
        "https://a.pe/21",
    )
    assert done.tone == "positive"
    assert not_done.tone != "positive"


def test_a_negation_is_spent_on_the_predicate_it_negates(watchlist):
    clipping = _store(
        "Reclamo vecinal",
        "El alcalde Jorge Cárdenas Vilca no ha cumplido con el mercado que prometió, reclaman los comerciantes.",
        "https://a.pe/22",
    )
    assert clipping.tone == "negative"
    assert {"phrase": "reclaman", "direction": "negative"}.items() <= next(
        r for r in clipping.tone_reasons if r["phrase"] == "reclaman"
    ).items()


def _toward_us(text, *names):
    """The tone of `text` toward the municipality, each of `names` (folded) being a mention of ours."""
    folded = fold(text)
    targets = [Target(folded.index(name), folded.index(name) + len(name), False) for name in names]
    return tone_toward(ToneModel(labelled_examples()), folded, targets)


def test_a_service_the_municipality_delivers_counts_as_good_news_and_says_which_verb():
    # given the same plain report of lights installed, once with the municipality doing it, once the neighbours
    ours = _toward_us(
        "Luminarias para el jirón Bolívar\nLa comuna de Santa Candelaria del Mar instaló cuarenta luminarias led "
        "en el jirón Bolívar.",
        "comuna de santa candelaria del mar",
    )
    theirs = _toward_us(
        "Luminarias para el jirón Bolívar\nLos vecinos instalaron cuarenta luminarias led en el jirón Bolívar, "
        "cerca de la comuna de Santa Candelaria del Mar.",
        "comuna de santa candelaria del mar",
    )
    # then only the municipality's own work counts, and the explanation names the verb
    assert {"phrase": "instalo", "direction": "positive", "weight": SERVICE_WEIGHT} in ours.reasons
    assert not any(reason["phrase"].startswith("instal") for reason in theirs.reasons)
    assert ours.score > theirs.score


def test_a_service_not_delivered_or_done_by_others_in_our_district_is_not_good_news():
    # "no entregó": negated; "en Santa Candelaria…": the district is where others built, not who built
    undelivered = _toward_us(
        "Canastas pendientes\nLa Municipalidad de Santa Candelaria del Mar todavía no entregó las canastas.",
        "municipalidad de santa candelaria del mar",
    )
    elsewhere = _toward_us(
        "Muro nuevo\nUna empresa privada en Santa Candelaria del Mar construyó un muro de contención.",
        "santa candelaria del mar",
    )
    for result in (undelivered, elsewhere):
        # no rule credits a delivery (words the learned decision weighed are shown apart, as learned)
        assert not any(
            reason["phrase"].startswith(("entreg", "constru")) for reason in result.reasons if not reason.get("learned")
        )
