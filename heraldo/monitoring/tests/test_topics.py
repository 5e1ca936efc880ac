"""Topics: decided from evidence, the taxonomy editable at any time, stored clippings re-tagged when it changes."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from heraldo.core.models import Job
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import ClippingTopic, Topic, WatchTerm
from heraldo.monitoring.services import topic_families, topics
from heraldo.monitoring.services.topic_families import lemma
from heraldo.monitoring.services.topics import RELATED_WEIGHT, decide, topics_retag
from heraldo.monitoring.services.watchlist import topic_create


def _store(title, body, url, lead=""):
    clipping, _ = clipping_store(
        title=title, summary=lead, body_text=body, url=url, published_at=timezone.now(), queue_alerts=False
    )
    return clipping


def _topics(clipping):
    return set(ClippingTopic.objects.filter(clipping=clipping, is_assigned=True).values_list("topic__name", flat=True))


FILLER = "El concejo de Santa Candelaria del Mar se reunió por la mañana. Los regidores revisaron el presupuesto. " * 3


def test_a_passing_keyword_does_not_make_the_topic_but_the_headline_or_several_hits_do(watchlist):
    passing = _store("Concejo aprueba presupuesto", FILLER + "También se habló de la basura.", "https://a.pe/1")
    headline = _store("Camión recolector llega al distrito", FILLER, "https://a.pe/2")
    several = _store("Concejo en sesión", FILLER + "La basura y más basura: limpieza pública.", "https://a.pe/3")
    assert _topics(passing) == set()
    assert _topics(headline) == {"Limpieza pública"}
    assert _topics(several) == {"Limpieza pública"}
    evidence = ClippingTopic.objects.get(clipping=headline).evidence
    assert {"phrase": "camión recolector", "where": "title"} in evidence


def test_keywords_are_edited_after_creation_and_stored_clippings_are_retagged(watchlist, client_as):
    # given a story about parks, which no topic covers yet
    story = _store(
        "Parques y jardines renovados",
        "La municipalidad renovó los parques de Santa Candelaria del Mar con jardines nuevos.",
        "https://a.pe/4",
    )
    topic = Topic.objects.get(name="Limpieza pública")
    client = client_as("media_analyst")
    # when the analyst adds "parques" to the topic's keywords
    response = client.post(
        reverse("monitoring:topic_edit", args=[topic.pk]),
        {
            "name": "Limpieza pública",
            "keywords": "limpieza pública\nbasura\ncamión recolector\nparques",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    assert set(WatchTerm.objects.filter(topic=topic).values_list("phrase", flat=True)) == {
        "limpieza pública",
        "basura",
        "camión recolector",
        "parques",
    }
    # then a re-tagging job is queued, and running it files the stored story under the topic
    assert Job.objects.filter(name="monitoring.topics_retag").exists()
    topics_retag()
    assert _topics(story) == {"Limpieza pública"}


def test_a_keyword_of_another_topic_is_refused_with_a_message(watchlist, client_as):
    client = client_as("media_analyst")
    response = client.post(reverse("monitoring:topic_add"), {"name": "Medio ambiente", "keywords": "reciclaje\nbasura"})
    page = response.content.decode()
    assert "«basura» ya es palabra clave del tema Limpieza pública" in page
    assert not Topic.objects.filter(name="Medio ambiente").exists()


def test_an_analysts_topic_correction_survives_retagging(watchlist, client_as):
    story = _store("Camión recolector malogrado", FILLER, "https://a.pe/5")
    topic = Topic.objects.get(name="Limpieza pública")
    client = client_as("media_analyst")
    client.post(reverse("monitoring:clipping_topics", args=[story.pk]), {"topics": []})
    assert _topics(story) == set()
    topics_retag()
    assert _topics(story) == set()
    client.post(reverse("monitoring:clipping_topics", args=[story.pk]), {"topics": [topic.pk]})
    assert _topics(story) == {"Limpieza pública"}


def test_another_towns_story_is_not_filed_under_the_offices_topics(watchlist):
    story = _store(
        "Camión recolector para Puerto Esperanza", "El alcalde de Puerto Esperanza compró un camión.", "https://a.pe/6"
    )
    assert _topics(story) == set()
    assert ClippingTopic.objects.get(clipping=story).evidence  # the evidence is still there to see


def test_a_story_of_ours_is_filed_under_its_one_leading_topic_even_with_a_single_keyword(watchlist, client_as):
    # given a story about the municipality whose only topic keyword is in its lead (2 points), no other topic in it
    story = _store(
        "Vecinos de Villa Mercedes reciben a las cuadrillas municipales",
        "La Municipalidad de Santa Candelaria del Mar envió cuatro cuadrillas a Villa Mercedes. Los trabajadores "
        "retiraron la basura acumulada junto al canal durante la mañana. Los dirigentes vecinales acompañaron el "
        "recorrido y pidieron que la visita se repita cada mes. La comuna dijo que evaluará el pedido.",
        "https://a.pe/7",
    )
    # then the story is filed under that topic, and its page says why a single point was enough
    assert _topics(story) == {"Limpieza pública"}
    page = client_as("media_analyst").get(reverse("monitoring:clipping_detail", args=[story.pk])).content.decode()
    assert "2 puntos, el tema que más pesa en la nota: «basura» en la entrada" in page


def test_two_topics_tied_on_a_single_keyword_each_make_neither_the_topic(watchlist, persona):
    topic_create(actor=persona("media_analyst"), name="Obras", keywords=["pavimentación", "veredas"])
    story = _store(
        "Concejo de Santa Candelaria del Mar aprueba su presupuesto",
        "El concejo municipal de Santa Candelaria del Mar aprobó el presupuesto del próximo año por unanimidad. "
        "Entre las partidas figuran la pavimentación de dos calles y la compra de bolsas para la basura. "
        "Los regidores de oposición pidieron más fondos para el programa de becas escolares del distrito.",
        "https://a.pe/8",
    )
    assert _topics(story) == set()


def test_a_keyword_inside_an_offices_name_is_no_evidence_of_the_topic(watchlist, persona):
    topic_create(actor=persona("media_analyst"), name="Obras", keywords=["obras", "pavimentación"])
    story = _store(
        "Municipalidad de Santa Candelaria del Mar designa nuevo gerente",
        "La Municipalidad de Santa Candelaria del Mar designó a un ingeniero civil como titular de la Gerencia de "
        "Obras. El alcalde Jorge Cárdenas Vilca le tomó juramento en una breve ceremonia en el palacio municipal. "
        "El nuevo funcionario trabajó antes en el gobierno regional y en dos municipios de la provincia.",
        "https://a.pe/9",
    )
    assert _topics(story) == set()


def test_a_story_of_ours_told_with_the_words_of_a_keywords_family_is_filed_under_its_topic(
    watchlist, persona, client_as, monkeypatch
):
    # given an Obras topic whose analyst typed "obras" and "pavimentación", family words of which the labelled
    # stories taught that "bacheo" is as good as a keyword and "escalinatas" a quarter of one
    monkeypatch.setattr(topics, "FAMILY_WEIGHTS", {"bacheo": 1.0, "escalinatas": 0.25})
    topic_create(actor=persona("media_analyst"), name="Obras", keywords=["obras", "pavimentación"])
    # and a story of ours about new stairways that never uses either keyword
    stairs = _store(
        "Villa Mercedes ya tiene escalinatas nuevas",
        "La Municipalidad de Santa Candelaria del Mar entregó las escalinatas y el bacheo de seis cuadras del jirón "
        "Grau. Los vecinos dijeron que ahora los abuelos salen a caminar sin miedo a tropezar en las escalinatas.",
        "https://a.pe/f1",
    )
    # and another town's story with the same words
    elsewhere = _store(
        "Puerto Esperanza estrena escalinatas",
        "Los vecinos de Puerto Esperanza caminan por escalinatas nuevas desde el lunes tras el bacheo.",
        "https://a.pe/f2",
    )
    # then ours is filed under Obras, with the family words as its evidence, each counted once ("escalinatas" in the
    # headline 3 × 0.25, "bacheo" in the lead 2 × 1), and the other town's under nothing
    assert _topics(stairs) == {"Obras"}
    found = ClippingTopic.objects.get(clipping=stairs, topic__name="Obras")
    assert found.evidence == [{"phrase": "escalinatas", "where": "title"}, {"phrase": "bacheo", "where": "lead"}]
    assert found.score == 2.75
    assert _topics(elsewhere) == set()
    # and its page gives the fractional points as they are, not rounded to zero or one
    page = client_as("media_analyst").get(reverse("monitoring:clipping_detail", args=[stairs.pk])).content.decode()
    assert "2.75 puntos, el tema que más pesa en la nota: «escalinatas» en el titular" in page


def test_a_family_word_inside_a_keyword_is_not_counted_twice_and_weighs_less_than_a_keyword(watchlist, persona):
    # "recojo" is in the family of "recojo de residuos": inside that keyword it adds nothing
    topic_create(actor=persona("media_analyst"), name="Obras", keywords=["obras", "pavimentación"])
    WatchTerm.objects.filter(folded="basura").update(phrase="recojo de residuos", folded="recojo de residuos")
    story = _store(
        "Concejo de Santa Candelaria del Mar en sesión",
        FILLER
        + "Se informó del recojo de residuos del mercado y de la pavimentación del jirón Grau y sus escalinatas.",
        "https://a.pe/f3",
    )
    scores = dict(ClippingTopic.objects.filter(clipping=story).values_list("topic__name", "score"))
    assert scores["Limpieza pública"] == 1.0
    # "pavimentación" 1, "escalinatas" (a word the labelled stories never showed often enough) less than a keyword
    assert RELATED_WEIGHT < 1
    assert scores["Obras"] == 1 + RELATED_WEIGHT


def test_a_topic_the_office_creates_finds_the_learned_words_of_its_service(watchlist, persona):
    # given a Salud topic the office created with one keyword of its own, and the words the labelled stories
    # taught to be as telling as a keyword ("hospital", "pacientes")
    topic_create(actor=persona("media_analyst"), name="Salud", keywords=["salud pública"])
    story = _store(
        "Hospital de Santa Candelaria del Mar recibe dos pediatras",
        "La Municipalidad de Santa Candelaria del Mar anunció que el hospital atenderá a los pacientes de los "
        "caseríos los sábados.",
        "https://a.pe/f4",
    )
    # then the story is the topic's, on the family's evidence alone
    assert _topics(story) == {"Salud"}
    evidence = ClippingTopic.objects.get(clipping=story, topic__name="Salud").evidence
    assert {"phrase": "hospital", "where": "title"} in evidence


def test_a_keyword_inside_an_idiom_is_no_evidence(watchlist, persona):
    # "obra" in "obra de teatro" is a play, not public works
    topic_create(actor=persona("media_analyst"), name="Obras", keywords=["obra", "obras"])
    play = _store(
        "Escolares presentan obra de teatro en Santa Candelaria del Mar",
        "La Municipalidad de Santa Candelaria del Mar recibió en su auditorio la obra de teatro del colegio Grau. "
        "Las obras de teatro escolares vuelven cada año en diciembre.",
        "https://a.pe/f5",
    )
    works = _store(
        "Santa Candelaria del Mar inicia la obra del jirón Grau",
        "La Municipalidad de Santa Candelaria del Mar inició la obra del jirón Grau, que durará tres meses.",
        "https://a.pe/f6",
    )
    assert _topics(play) == set()
    assert _topics(works) == {"Obras"}


def test_the_services_an_arbitrio_pays_for_are_not_the_storys_topics(watchlist, persona):
    # arbitrios pay for street cleaning, parks and the serenazgo: a story about the fee names them
    topic_create(actor=persona("media_analyst"), name="Tributos", keywords=["arbitrios", "impuesto predial"])
    topic_create(actor=persona("media_analyst"), name="Seguridad ciudadana", keywords=["serenazgo", "patrullaje"])
    story = _store(
        "Santa Candelaria del Mar congela los arbitrios de 2027",
        "La Municipalidad de Santa Candelaria del Mar no subirá los arbitrios de limpieza pública y serenazgo el "
        "próximo año. " + FILLER + "El alcalde recordó que los arbitrios de limpieza pública y serenazgo vencen "
        "en marzo.",
        "https://a.pe/f7",
    )
    # while a story about the service itself still counts it
    patrols = _store(
        "Más serenazgo en Villa Mercedes",
        "La Municipalidad de Santa Candelaria del Mar duplicó el serenazgo en Villa Mercedes.",
        "https://a.pe/f8",
    )
    assert _topics(story) == {"Tributos"}
    assert _topics(patrols) == {"Seguridad ciudadana"}


def test_the_forms_of_a_family_word_are_one_word_learned_and_counted_once():
    # "vereda" and "veredas", "camión recolector" and "camiones recolectores", "vacuna" and "vacunaron" are one
    # word of the service: what the labelled stories teach about one form holds for the others
    assert lemma("veredas") == lemma("vereda")
    assert lemma("camiones recolectores") == lemma("camion recolector")
    assert lemma("vacunaron") == lemma("vacunados") == lemma("vacuna")
    assert lemma("obreros") != lemma("obras")
    # and a story saying "la vereda" in its headline and "las veredas" in its lead counts the word once
    text = "vereda nueva en villa mercedes\nlas veredas del jiron grau"
    found = decide(
        [], search_text=text, related=[(1, "vereda", 0), (1, "veredas", text.index("veredas"))], word_weights={}
    )
    assert found[1].score == 3 * RELATED_WEIGHT
    assert found[1].evidence == [{"phrase": "vereda", "where": "title"}]


def test_the_relay_baton_is_no_health_post(watchlist, persona):
    # "dejar la posta" hands over a post; "la posta" alone is the district's health post
    topic_create(actor=persona("media_analyst"), name="Salud", keywords=["vacunación", "centro de salud"])
    farewell = _store(
        "Alcalde de Santa Candelaria del Mar: «Dejo la posta a los jóvenes»",
        "El alcalde de Santa Candelaria del Mar confirmó que no postulará a la reelección. «Dejo la posta a los "
        "jóvenes y regreso a mi chacra», dijo en la radio.",
        "https://a.pe/f10",
    )
    post = _store(
        "La posta de Villa Mercedes atenderá de noche",
        "La Municipalidad de Santa Candelaria del Mar anunció que la posta de Villa Mercedes atenderá hasta las "
        "diez de la noche desde el lunes.",
        "https://a.pe/f11",
    )
    assert _topics(farewell) == set()
    assert _topics(post) == {"Salud"}


def test_what_the_labelled_stories_taught_about_a_word_holds_for_its_other_forms():
    # given stories that taught "veredas" to mislead and "camión recolector" to tell its topic
    candidates = (
        (frozenset({"obras"}), ("vereda", "veredas", "bacheo")),
        (frozenset({"basura"}), ("camion recolector", "camiones recolectores")),
    )
    learned = {"dropped": ["veredas"], "seen": ["camion recolector"], "seen_weight": 0.75}
    families, weights = topic_families.learned_families(candidates, learned)
    # then "vereda" goes with "veredas", the plural weighs what the singular taught, and "bacheo" stays unlearned
    assert families == (
        (frozenset({"obras"}), ("bacheo",)),
        (frozenset({"basura"}), ("camion recolector", "camiones recolectores")),
    )
    assert weights == {"camion recolector": 0.75, "camiones recolectores": 0.75}


def test_a_persons_own_health_and_a_foreman_are_no_evidence_of_their_topics(watchlist, persona):
    topic_create(actor=persona("media_analyst"), name="Salud", keywords=["salud pública", "vacunación"])
    topic_create(actor=persona("media_analyst"), name="Obras", keywords=["obra", "obras"])
    leave = _store(
        "Teniente alcalde de Santa Candelaria del Mar pide licencia por salud",
        "El teniente alcalde de Santa Candelaria del Mar pidió veinte días de licencia por motivos de salud. El "
        "concejo la aprobó por unanimidad.",
        "https://a.pe/h1",
    )
    licences = _store(
        "Maestros de obra de Santa Candelaria del Mar denuncian cobros",
        "Tres maestros de obra denunciaron que un trabajador de la Municipalidad de Santa Candelaria del Mar les "
        "pidió dinero por las licencias de construcción.",
        "https://a.pe/h2",
    )
    campaign = _store(
        "Santa Candelaria del Mar lleva la salud a Villa Mercedes",
        "La Municipalidad de Santa Candelaria del Mar atendió a 300 vecinos en su campaña de salud.",
        "https://a.pe/h3",
    )
    assert _topics(leave) == set()
    assert _topics(licences) == set()
    assert _topics(campaign) == {"Salud"}


def test_an_officials_post_and_a_landmark_name_no_topic(watchlist, persona):
    topic_create(actor=persona("media_analyst"), name="Obras", keywords=["obras", "puente"])
    topic_create(actor=persona("media_analyst"), name="Salud", keywords=["centro de salud", "vacunación"])
    # the official is who, the bridge and the hospital are where: none is what the story is about
    post = _store(
        "El gerente de obras de Santa Candelaria del Mar renuncia",
        "El gerente de obras de la Municipalidad de Santa Candelaria del Mar presentó su renuncia por motivos "
        "personales. El comité de selección de obras queda a cargo del gerente municipal.",
        "https://a.pe/h4",
    )
    crash = _store(
        "Choque a la altura del puente Tinajas en Santa Candelaria del Mar",
        "Dos mototaxis chocaron en las inmediaciones del hospital de Santa Candelaria del Mar; el serenazgo "
        "municipal ordenó el tránsito.",
        "https://a.pe/h5",
    )
    bridge = _store(
        "Santa Candelaria del Mar repara el puente Tinajas",
        "La Municipalidad de Santa Candelaria del Mar reforzó las bases del puente Tinajas.",
        "https://a.pe/h6",
    )
    assert _topics(post) == set()
    assert _topics(crash) == set()
    assert _topics(bridge) == {"Obras"}


def test_one_family_word_in_passing_does_not_make_the_storys_topic(watchlist, persona, monkeypatch):
    # "veredas" as telling as a keyword once the labelled stories taught it
    monkeypatch.setattr(topics, "FAMILY_WEIGHTS", {"veredas": 1.0})
    topic_create(actor=persona("media_analyst"), name="Obras", keywords=["obras", "pavimentación"])
    budget = _store(
        "Concejo de Santa Candelaria del Mar aprueba el presupuesto 2027",
        FILLER
        + "Un regidor votó en contra porque, dijo, el presupuesto olvida las veredas de Villa Mercedes. "
        + FILLER,
        "https://a.pe/h7",
    )
    streets = _store(
        "Veredas nuevas en Villa Mercedes",
        "La Municipalidad de Santa Candelaria del Mar entregó seis cuadras en Villa Mercedes.",
        "https://a.pe/h8",
    )
    assert _topics(budget) == set()
    assert _topics(streets) == {"Obras"}


def test_the_herds_vaccination_and_the_vet_are_no_health_story(watchlist, persona):
    topic_create(actor=persona("media_analyst"), name="Salud", keywords=["vacunación", "centro de salud"])
    herd = _store(
        "Santa Candelaria del Mar cumple la meta de vacunación de alpacas",
        "Los técnicos de la Municipalidad de Santa Candelaria del Mar terminaron la campaña de dosificación y "
        "vacunación de 38 000 alpacas contra la enterotoxemia en las comunidades altas.",
        "https://a.pe/j1",
    )
    vet = _store(
        "Santa Candelaria del Mar se queda sin médico veterinario",
        "La Municipalidad de Santa Candelaria del Mar no renovó el contrato del único médico veterinario de su "
        "oficina de desarrollo económico.",
        "https://a.pe/j2",
    )
    # while the rabies campaign for dogs and cats, and the children's, are the health service's
    rabies = _store(
        "Vacunación antirrábica gratuita en Santa Candelaria del Mar",
        "La Municipalidad de Santa Candelaria del Mar vacunará a perros y gatos este sábado en la plaza.",
        "https://a.pe/j3",
    )
    children = _store(
        "Santa Candelaria del Mar cumple la meta de vacunación de niños",
        "La Municipalidad de Santa Candelaria del Mar y el centro de salud vacunaron a 900 niños.",
        "https://a.pe/j4",
    )
    assert _topics(herd) == set()
    assert _topics(vet) == set()
    assert _topics(rabies) == {"Salud"}
    assert _topics(children) == {"Salud"}


def test_a_purchase_without_a_tender_is_no_works_story(watchlist, persona):
    topic_create(actor=persona("media_analyst"), name="Obras", keywords=["obras", "licitación"])
    topic_create(actor=persona("media_analyst"), name="Seguridad ciudadana", keywords=["serenazgo", "serenos"])
    uniforms = _store(
        "Uniformes de serenos al doble de precio y sin licitación",
        "La Contraloría observó la compra directa de 60 uniformes para el serenazgo de Santa Candelaria del Mar, "
        "hecha sin licitación ni cotizaciones.",
        "https://a.pe/j5",
    )
    tender = _store(
        "Santa Candelaria del Mar convoca licitación para el jirón Grau",
        "La Municipalidad de Santa Candelaria del Mar publicó la licitación para pavimentar el jirón Grau.",
        "https://a.pe/j6",
    )
    assert _topics(uniforms) == {"Seguridad ciudadana"}
    assert _topics(tender) == {"Obras"}


def test_the_market_stall_fee_is_a_local_tax(watchlist, persona):
    # "la sisa" is the fee the municipality charges market stalls: four writers filed it under local taxes
    topic_create(actor=persona("media_analyst"), name="Tributos", keywords=["arbitrios", "impuesto predial"])
    fee = _store(
        "Comerciantes rechazan el alza de la sisa en Santa Candelaria del Mar",
        "Los comerciantes del mercado central de Santa Candelaria del Mar protestaron contra el alza de la sisa "
        "diaria que cobra la municipalidad.",
        "https://a.pe/j7",
    )
    assert _topics(fee) == {"Tributos"}
