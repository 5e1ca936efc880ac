"""Tone toward the municipality: the general rules of who a sentence is about, who says it, and what a negation,
an enforcement, an irony or an undelivered service does to it. Invented sentences about Santa Candelaria del Mar."""

from __future__ import annotations

from functools import cache

from django.urls import reverse
from django.utils import timezone

from heraldo.core.text import fold
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.tone import Target, ToneModel, labelled_examples, references_to_us, tokens, tone_toward

MUNICIPALITY = "municipalidad de santa candelaria del mar"
MAYOR = "jorge cardenas vilca"
REGIDOR = "regidora ana quispe"


@cache
def _model() -> ToneModel:
    return ToneModel(labelled_examples())


def _targets(folded: str) -> list[Target]:
    """Every mention of the municipality (institution) and of our two authorities (persons) in the text."""
    found = []
    for name, is_person in ((MUNICIPALITY, False), (MAYOR, True), (REGIDOR, True)):
        start = folded.find(name)
        while start != -1:
            found.append(Target(start, start + len(name), is_person))
            start = folded.find(name, start + 1)
    return found


def _toward_us(text: str):
    folded = fold(text)
    return tone_toward(_model(), folded, _targets(folded))


def _ignored(result) -> set[str]:
    return {reason["phrase"] for reason in result.reasons if reason.get("ignored")}


def test_the_mayor_named_again_by_position_is_still_the_mayor():
    # given a story that names the Mayor once and, three sentences later, says "el alcalde" was booed
    result = _toward_us(
        "Feria gastronómica en el parque\nCientos de familias llegaron al parque central. Los vendedores "
        "ofrecieron comida típica. El alcalde Jorge Cárdenas Vilca llegó a mediodía. Los niños jugaron toda la "
        "tarde. Al final del día, el alcalde fue abucheado por los comerciantes."
    )
    # then the booing is about him
    assert result.tone == "negative"
    assert any(reason["phrase"] == "abucheado" for reason in result.reasons)


def test_references_by_position_come_after_the_first_mention_and_not_for_other_bodies():
    folded = fold(
        "La municipalidad anunció obras. La Municipalidad de Santa Candelaria del Mar pavimentará la avenida. "
        "El alcalde provincial y la municipalidad de Quilca Baja no opinaron; la comuna lo confirmó y el "
        "alcalde firmó."
    )
    found = [folded[t.start : t.end] for t in references_to_us(folded, _targets(folded))]
    assert found == ["comuna", "alcalde"]


def test_a_story_whose_lead_names_us_counts_every_sentence():
    # given a plain opening about us and the neighbours' thanks two sentences later, without our name
    result = _toward_us(
        "Nueva posta en Las Dunas\nLa Municipalidad de Santa Candelaria del Mar abrió el lunes la posta de Las "
        "Dunas. El local abre de 8 a 20 horas. Tiene dos consultorios y una farmacia. Las madres del barrio "
        "agradecen la atención y aplauden el horario."
    )
    assert result.tone == "positive"
    assert {"agradecen", "aplauden"} <= {reason["phrase"] for reason in result.reasons}


def test_a_quotation_closed_by_an_unnamed_speech_verb_is_said_by_the_one_just_quoted():
    # given the Mayor criticising the regional government, then a quotation closed by "declaró" alone
    result = _toward_us(
        "Alcalde critica al Gobierno Regional\nEl alcalde Jorge Cárdenas Vilca criticó al Gobierno Regional por "
        "el hospital. «Es un fracaso, un caos y una vergüenza», declaró."
    )
    # then what he says of the regional government is not news about us
    assert result.tone == "neutral"
    assert {"fracaso", "caos"} <= _ignored(result)


def test_our_authority_denouncing_the_municipality_counts_but_answering_an_accusation_does_not():
    denounced = _toward_us(
        "Denuncia en el concejo\nLa regidora Ana Quispe denunció que la Municipalidad de Santa Candelaria del Mar "
        "pagó un sobrecosto y cobros indebidos en la obra del mercado."
    )
    answered = _toward_us(
        "Respuesta del alcalde\nEl alcalde Jorge Cárdenas Vilca respondió a las denuncias de corrupción contra "
        "la Municipalidad de Santa Candelaria del Mar por las cámaras que no funcionan."
    )
    assert denounced.tone == "negative"
    assert answered.tone != "negative"


def test_harm_in_what_our_enforcement_seizes_describes_the_offender():
    result = _toward_us(
        "Operativo en el mercado\nLa Municipalidad de Santa Candelaria del Mar decomisó 300 kilos de pescado en "
        "mal estado y embutidos vencidos en el mercado del puerto."
    )
    assert result.tone != "negative"
    assert {"mal estado", "vencidos"} <= _ignored(result)
    assert {reason["why"] for reason in result.reasons if reason.get("ignored")} == {"offender"}


def test_praise_in_an_ironic_passage_about_bad_news_counts_against_us():
    result = _toward_us(
        "Cuatro meses para cambiar un foco\n¡Qué eficiencia la de la Municipalidad de Santa Candelaria del Mar! "
        "Cuatro meses y tres oficios después, cambiaron el foco del pasaje. Aplausos para la gestión.\n\n"
        "Los vecinos no ocultaron su «alegría». Mientras tanto, la avenida sigue en mal estado y con baches."
    )
    assert result.tone == "negative"
    assert any(reason.get("ironic") and reason["direction"] == "negative" for reason in result.reasons)


def test_the_same_praise_without_irony_is_praise():
    result = _toward_us(
        "Foco nuevo en el pasaje\nLa Municipalidad de Santa Candelaria del Mar cambió el foco del pasaje. "
        "Aplausos para la gestión, dicen los vecinos."
    )
    # the praise counts as praise, not as irony, and the note is not read as bad news (whether a two-sentence
    # note is positive or neutral is the learned decision's call: its few words lean neutral)
    assert result.tone != "negative"
    assert not any(reason.get("ironic") for reason in result.reasons)
    assert result.signals["praise"] > 0 and "irony" not in result.signals


def test_a_dismissed_accusation_is_good_news():
    result = _toward_us(
        "Fallo del Jurado\nEl Jurado Nacional de Elecciones declaró improcedente el pedido de vacancia contra el "
        "alcalde Jorge Cárdenas Vilca. La Fiscalía, a su vez, archivó la denuncia por colusión contra el alcalde."
    )
    assert result.tone == "positive"
    assert any(reason["phrase"] == "improcedente el pedido de vacancia" for reason in result.reasons)


def test_a_negation_stops_at_a_colon_and_at_what_is_said_and_does_not_negate_a_phrase_twice():
    model = _model()
    # "nunca menciona que hubo sobrecosto": the overcharge is not denied
    assert dict(model.lexicon_hits(tokens("el alcalde nunca menciona que hubo sobrecosto")))["sobrecosto"] < 0
    # "no es cierto que": a predicate of truth lets the negation through
    assert all(weight > 0 for weight in dict(model.lexicon_hits(tokens("no es cierto que haya corrupcion"))).values())
    # "no cumplió" carries its own negation; an earlier "no" does not flip it back
    assert dict(model.lexicon_hits(tokens("no quiso hablar y la comuna no cumplio")))["no cumplio"] < 0
    result = _toward_us(
        "Auditoría\nLa regidora no se equivocó: la Municipalidad de Santa Candelaria del Mar pagó un sobrecosto."
    )
    assert result.tone == "negative"


def test_news_frames_of_achievement_and_complaint():
    first_time = _toward_us(
        "Agua en Las Dunas\nLas familias de Las Dunas tienen agua en casa por primera vez: la Municipalidad de "
        "Santa Candelaria del Mar terminó la red."
    )
    waiting = _toward_us(
        "Cartas sin respuesta\nLos vecinos de Las Dunas están sin agua desde hace un mes y la Municipalidad de "
        "Santa Candelaria del Mar no contestó sus cartas."
    )
    assert first_time.tone == "positive"
    assert waiting.tone == "negative"


def test_a_service_that_does_not_arrive_counts_against_us():
    result = _toward_us(
        "Basura en Las Dunas\nEl camión de la Municipalidad de Santa Candelaria del Mar no pasa por el barrio Las "
        "Dunas. Los serenos tampoco, dicen los dirigentes; en la noche nunca llegan."
    )
    assert result.tone == "negative"
    assert any(reason["phrase"] == "no pasa" for reason in result.reasons)


def test_the_clipping_page_says_why_a_word_did_not_count_or_counted_as_irony(watchlist, client_as):
    # given two stored stories about us: an enforcement, and an ironic piece about a slow repair
    seized, _ = clipping_store(
        title="Operativo en el mercado",
        body_text="La Municipalidad de Santa Candelaria del Mar decomisó 300 kilos de pescado en mal estado.",
        url="https://a.pe/rules/1",
        published_at=timezone.now(),
        queue_alerts=False,
    )
    ironic, _ = clipping_store(
        title="Cuatro meses para cambiar un foco",
        body_text="¡Qué eficiencia la de la Municipalidad de Santa Candelaria del Mar! Aplausos para la gestión. "
        "Mientras tanto, la avenida sigue en mal estado y con baches, y los vecinos siguen esperando.",
        url="https://a.pe/rules/2",
        published_at=timezone.now(),
        queue_alerts=False,
    )
    client = client_as("media_analyst")
    # when the analyst opens each, then the page says why
    seized_page = client.get(reverse("monitoring:clipping_detail", args=[seized.pk])).content.decode()
    ironic_page = client.get(reverse("monitoring:clipping_detail", args=[ironic.pk])).content.decode()
    assert "describe a quien la municipalidad sanciona" in seized_page
    assert "ironía: cuenta en contra" in ironic_page


def test_how_long_a_lack_lasted_is_not_negated_by_it():
    # given "no pasa desde hace dos semanas": the negation denies the service, not the duration
    result = _toward_us(
        "La basura se acumula en La Ribera\nVecinos de La Ribera reclaman que el camión de la Municipalidad de "
        "Santa Candelaria del Mar no pasa desde hace dos semanas."
    )
    # then no praise is read in it
    assert result.tone == "negative"
    assert not any(r["direction"] == "positive" and "desde hace" in r["phrase"] for r in result.reasons)
