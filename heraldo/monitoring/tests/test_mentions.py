"""Mentions: aliases that identify, nested mentions of another kind, references by position, analysts' links."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from heraldo.core.models import AuditEntry
from heraldo.directory.models import Person
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import MentionHow, TermKind, WatchTerm
from heraldo.monitoring.services.watchlist import registry_phrases


def _store(title, body, url):
    clipping, _ = clipping_store(title=title, body_text=body, url=url, published_at=timezone.now(), queue_alerts=False)
    return clipping


def _who(clipping):
    return sorted(
        (m.term.person.surnames if m.term.person_id else m.term.kind, m.how)
        for m in clipping.mentions.select_related("term", "term__person")
    )


def test_generated_aliases_identify_the_person_and_include_both_surnames(district):
    phrases = {phrase for phrase, _kind, _person in registry_phrases(on=timezone.localdate())}
    assert {"Jorge Cárdenas Vilca", "Jorge Cárdenas", "Cárdenas Vilca", "Alcalde Cárdenas Vilca"} <= phrases
    assert not {"el burgomaestre", "el alcalde", "burgomaestre"} & {p for p in phrases if "Cárdenas" not in p}


def test_another_towns_mayor_is_not_our_mayor(watchlist):
    clipping = _store(
        "Alcalde de Puerto Esperanza denunciado",
        "El alcalde de Puerto Esperanza, Luis Quispe, fue denunciado. Según la fiscalía, el burgomaestre habría "
        "favorecido a una empresa. El alcalde negó las acusaciones.",
        "https://a.pe/1",
    )
    assert clipping.mentions.count() == 0


def test_the_district_inside_the_mayors_title_is_kept(watchlist):
    clipping = _store("Convenio", "El Alcalde de Santa Candelaria del Mar firmó un convenio.", "https://a.pe/2")
    kinds = set(clipping.mentions.values_list("term__kind", flat=True))
    assert kinds == {TermKind.MAYOR, TermKind.PLACE}


def _kinds(clipping):
    return set(clipping.mentions.values_list("term__kind", flat=True))


def test_a_story_only_set_in_the_district_mentions_nothing_of_ours(watchlist):
    crash = _store(
        "Choque en la Panamericana",
        "Un tráiler y una combi chocaron a la altura del desvío a Santa Candelaria del Mar; hubo tres heridos.",
        "https://a.pe/10",
    )
    namesake = _store(
        "Lluvias aíslan a un caserío",
        "El caserío Santa Candelaria del Mar, en la sierra de Piura, quedó aislado. La Municipalidad Provincial "
        "de Ayabaca envió maquinaria y el alcalde de Ayabaca pidió ayuda al gobierno regional.",
        "https://a.pe/11",
    )
    assert _kinds(crash) == set()
    assert _kinds(namesake) == set()


def test_the_district_beside_a_municipal_cue_is_ours_but_only_naming_it_is_the_institution(watchlist):
    complaint = _store(
        "Vecinos piden reparar pista",
        "Los vecinos de Santa Candelaria del Mar pidieron a la municipalidad que repare la pista del mercado.",
        "https://a.pe/12",
    )
    patrol = _store("Patrullaje", "El serenazgo de Santa Candelaria del Mar recorrió la playa.", "https://a.pe/13")
    named = _store(
        "Presupuesto participativo",
        "El gobierno local de Santa Candelaria del Mar abrió el presupuesto participativo.",
        "https://a.pe/14",
    )
    assert _kinds(complaint) == {TermKind.PLACE}
    assert _kinds(patrol) == {TermKind.PLACE}
    assert TermKind.MUNICIPALITY in _kinds(named)


def test_another_towns_municipal_words_do_not_make_the_district_ours(watchlist):
    clipping = _store(
        "Obras viales",
        "La Municipalidad Provincial de Huaral asfaltará la vía que llega a Santa Candelaria del Mar, anunció el "
        "alcalde Luis Quispe.",
        "https://a.pe/15",
    )
    assert _kinds(clipping) == set()


def test_the_position_after_the_name_refers_to_the_person_but_not_another_towns(watchlist):
    clipping = _store(
        "Entrevista",
        "Jorge Cárdenas Vilca habló con la prensa. Luego el alcalde anunció obras. "
        "El alcalde de Lima, en cambio, pidió calma.",
        "https://a.pe/3",
    )
    assert _who(clipping) == [("Cárdenas Vilca", "name"), ("Cárdenas Vilca", "reference")]
    reference = clipping.mentions.get(how="reference")
    assert reference.alias == "alcalde"


def test_an_analyst_links_and_unlinks_an_alias_and_the_mention_explains_itself(watchlist, client_as):
    # given an office alias for the Mayor's nickname, not linked to anyone
    term = WatchTerm.objects.create(phrase="el Chato Cárdenas", folded="el chato cardenas", kind=TermKind.AUTHORITY)
    client = client_as("media_analyst")
    # when the analyst links it to the Mayor
    response = client.post(
        reverse("monitoring:watch_term_link", args=[term.pk]), {"person": watchlist["mayor"].pk}, follow=True
    )
    term.refresh_from_db()
    assert term.person == watchlist["mayor"] and term.kind == TermKind.MAYOR
    assert AuditEntry.objects.filter(action="monitoring.term.linked").exists()
    assert "Jorge Cárdenas Vilca" in response.content.decode()
    # then a story of the municipality naming the nickname counts for the Mayor (a nickname and a surname alone are
    # a namesake's too) and the page says which alias and where
    clipping = _store(
        "El Chato Cárdenas inaugura losa", "La losa deportiva de la municipalidad fue inaugurada.", "https://a.pe/4"
    )
    page = client.get(reverse("monitoring:clipping_detail", args=[clipping.pk])).content.decode()
    assert "«El Chato Cárdenas»" in page and "en el titular" in page
    # when unlinked, the alias no longer names the Mayor
    client.post(reverse("monitoring:watch_term_unlink", args=[term.pk]))
    term.refresh_from_db()
    assert term.person is None and term.kind == TermKind.AUTHORITY


def test_the_mayor_cannot_link_aliases(watchlist, client_as):
    term = WatchTerm.objects.create(phrase="el Chato Cárdenas", folded="el chato cardenas", kind=TermKind.AUTHORITY)
    response = client_as("mayor").post(
        reverse("monitoring:watch_term_link", args=[term.pk]), {"person": watchlist["mayor"].pk}
    )
    assert response.status_code in (403, 404)
    term.refresh_from_db()
    assert term.person is None


def test_a_namesake_with_another_second_surname_is_not_our_person(watchlist):
    # "Jorge Cárdenas" is one of the Mayor's generated names; "Jorge Cárdenas Rojas" goes on with a surname he lacks
    footballer = _store(
        "Jorge Cárdenas anota dos goles",
        "El delantero Jorge Cárdenas Rojas marcó dos goles en el clásico. El alcalde de Lima felicitó al club.",
        "https://a.pe/16",
    )
    ours = _store(
        "Jorge Cárdenas inaugura losa",
        "El alcalde Jorge Cárdenas Vilca inauguró la losa deportiva del barrio.",
        "https://a.pe/17",
    )
    neighbour = _store(
        "Ferias en el distrito vecino",
        "En Huaral, el alcalde Luis Cárdenas Rojas anunció ferias navideñas. El alcalde Cárdenas explicó que "
        "habrá cien puestos.",
        "https://a.pe/18",
    )
    assert _who(footballer) == []
    assert _who(neighbour) == []
    assert ("Cárdenas Vilca", "name") in _who(ours)


def _mayor_named(clipping):
    return clipping.mentions.filter(term__kind=TermKind.MAYOR).exists()


def test_a_namesake_with_our_mayors_surname_takes_the_title_and_surname(watchlist):
    # given a story about another town's mayor who shares our Mayor's first surname, called "el alcalde Cárdenas"
    other = _store(
        "Puerto Esperanza estrena mercado",
        "El alcalde de Puerto Esperanza, Ernesto Cárdenas Paredes, inauguró el nuevo mercado del distrito. "
        "«Cumplimos con los comerciantes», dijo el alcalde Cárdenas ante doscientos vecinos.",
        "https://a.pe/n1",
    )
    # and a story that names ours in full besides the other one
    both = _store(
        "Dos alcaldes firman convenio",
        "El alcalde Jorge Cárdenas Vilca y su par de Puerto Esperanza, Ernesto Cárdenas Paredes, firmaron un "
        "convenio. El alcalde Cárdenas Vilca dijo que el canal se limpiará en marzo.",
        "https://a.pe/n2",
    )
    # then the short form is the other mayor's when ours is not named, and ours is found when he is
    assert not _mayor_named(other)
    assert _mayor_named(both)


def test_a_namesake_with_our_mayors_given_name_and_surname_needs_something_of_the_municipality(watchlist):
    singer = _store(
        "Jorge Cárdenas llena el coliseo",
        "El cantante de cumbia Jorge Cárdenas y su orquesta reunieron a cuatro mil personas el sábado. "
        "Cárdenas cantó durante tres horas sus éxitos de siempre.",
        "https://a.pe/n3",
    )
    with_title = _store(
        "Losa deportiva nueva en Villa Mercedes",
        "Los vecinos de Villa Mercedes recibieron la losa que el alcalde Jorge Cárdenas inauguró esta mañana.",
        "https://a.pe/n4",
    )
    in_municipal_story = _store(
        "Jorge Cárdenas visita el mercado",
        "Jorge Cárdenas recorrió el mercado con los inspectores de la municipalidad y escuchó a los comerciantes.",
        "https://a.pe/n5",
    )
    assert clipping_mentions_of_kinds(singer) == set()
    assert _mayor_named(with_title)
    assert _mayor_named(in_municipal_story)


def clipping_mentions_of_kinds(clipping):
    return set(clipping.mentions.exclude(term__kind=TermKind.TOPIC).values_list("term__kind", flat=True))


def test_el_alcalde_after_only_the_municipality_is_not_our_mayor(watchlist):
    # "el alcalde" in general, in a story that names the municipality but not him
    clipping = _store(
        "Defensoría: comités de seguridad no sesionan",
        "La Defensoría del Pueblo recordó a la Municipalidad de Santa Candelaria del Mar que el alcalde preside el "
        "comité distrital de seguridad ciudadana y debe convocarlo cada mes.",
        "https://a.pe/n6",
    )
    named = _store(
        "Comité de seguridad sesionó",
        "El alcalde Jorge Cárdenas Vilca presidió el comité de seguridad. Luego el alcalde anunció más patrullajes.",
        "https://a.pe/n7",
    )
    assert TermKind.MUNICIPALITY in clipping_mentions_of_kinds(clipping)
    assert not _mayor_named(clipping)
    assert named.mentions.filter(term__kind=TermKind.MAYOR, how=MentionHow.REFERENCE).exists()


def test_the_first_word_of_the_text_is_not_a_second_surname_of_the_headlines_last_name(watchlist):
    clipping = _store(
        "Junta vecinal pide audiencia al alcalde Cárdenas",
        "La junta vecinal de Villa Mercedes entregó una carta al despacho del alcalde Cárdenas para pedir una "
        "reunión antes de fin de mes.",
        "https://a.pe/n8",
    )
    assert _mayor_named(clipping)


def test_our_mayors_title_and_place_inside_another_post_is_not_our_mayor(watchlist):
    clipping = _store(
        "Ordenanza contra ruidos",
        "El teniente alcalde de Santa Candelaria del Mar, Pedro Ramos, presentó una ordenanza contra ruidos molestos.",
        "https://a.pe/m1",
    )
    assert not _mayor_named(clipping)


def _office_alias(phrase, kind, person=None):
    from heraldo.monitoring.services.watchlist import watch_term_create, watch_term_link_person

    actor = AuditEntry.objects.order_by("pk").first().actor  # the analyst who set the watch list up
    term = watch_term_create(actor=actor, phrase=phrase, kind=kind)
    if person is not None:
        watch_term_link_person(actor=actor, term=term, person=person)
    return term


def test_a_nickname_and_surname_is_a_form_a_namesake_shares(watchlist):
    # given the office's alias for the Mayor's nickname, and a singer with the same given name, nickname and surname
    _office_alias("Chino Cárdenas", TermKind.AUTHORITY, watchlist["mayor"])
    singer = _store(
        "Chino Cárdenas llena el coliseo",
        "El cantante Jorge «Chino» Cárdenas y su orquesta reunieron a cuatro mil personas el sábado.",
        "https://a.pe/m2",
    )
    ours = _store(
        "Chino Cárdenas cumple",
        "La municipalidad entregó la losa deportiva que el Chino Cárdenas había prometido a los vecinos.",
        "https://a.pe/m3",
    )
    # then the nickname names the Mayor only with something of the municipality besides, as a given name does
    assert clipping_mentions_of_kinds(singer) == set()
    assert _mayor_named(ours)


def test_a_quoted_nickname_between_given_name_and_surname_still_names_the_mayor(watchlist):
    _office_alias("Chino Cárdenas", TermKind.AUTHORITY, watchlist["mayor"])
    clipping = _store(
        "Losa nueva en Villa Mercedes",
        "El alcalde Jorge «Chino» Cárdenas inauguró la losa deportiva del barrio Villa Mercedes.",
        "https://a.pe/m4",
    )
    assert _mayor_named(clipping)


def test_the_districts_demonym_in_an_office_alias_names_the_institution_and_the_mayor(watchlist):
    # given the office's alias "municipio candelareño": the demonym of the district
    _office_alias("municipio candelareño", TermKind.MUNICIPALITY)
    institution = _store(
        "Mercado techado",
        "La municipalidad candelareña terminó el techado del mercado central.",
        "https://a.pe/m5",
    )
    mayor = _store(
        "Títulos de propiedad",
        "El alcalde candelareño entregó quinientos títulos de propiedad en Los Pinos.",
        "https://a.pe/m6",
    )
    other_post = _store(
        "Ordenanza",
        "El teniente alcalde candelareño presentó una ordenanza contra ruidos molestos.",
        "https://a.pe/m7",
    )
    assert TermKind.MUNICIPALITY in clipping_mentions_of_kinds(institution)
    assert _mayor_named(mayor)
    assert not _mayor_named(other_post)


def test_a_demonym_the_same_for_both_genders_names_the_institution_and_the_mayor(watchlist):
    # given the office's alias "comuna candelarense": a demonym in -ense, which has no feminine
    _office_alias("comuna candelarense", TermKind.MUNICIPALITY)
    institution = _store(
        "Auditoría",
        "La municipalidad candelarense no sustentó los gastos del festival, según la Contraloría.",
        "https://a.pe/m5e",
    )
    mayor = _store(
        "Títulos",
        "El alcalde candelarense entregó quinientos títulos de propiedad en Los Pinos.",
        "https://a.pe/m6e",
    )
    assert TermKind.MUNICIPALITY in clipping_mentions_of_kinds(institution)
    assert _mayor_named(mayor)


def test_the_post_won_or_run_for_is_not_the_institution(watchlist):
    won = _store(
        "Perfil",
        "Jorge Cárdenas Vilca ganó la alcaldía de Santa Candelaria del Mar en 2022 con el 31 % de los votos.",
        "https://a.pe/m8",
    )
    candidate = _store(
        "Elecciones",
        "Pedro Ramos será candidato a la alcaldía de Santa Candelaria del Mar por un movimiento regional.",
        "https://a.pe/m9",
    )
    institution = _store(
        "Aviso",
        "La Alcaldía de Santa Candelaria del Mar informó que el mercado abrirá el lunes.",
        "https://a.pe/m10",
    )
    assert TermKind.MUNICIPALITY not in clipping_mentions_of_kinds(won) | clipping_mentions_of_kinds(candidate)
    assert _mayor_named(won)
    assert TermKind.MUNICIPALITY in clipping_mentions_of_kinds(institution)


def test_a_post_with_an_indefinite_article_refers_to_no_one_in_particular(watchlist):
    clipping = _store(
        "Sesión de concejo",
        "El alcalde Jorge Cárdenas Vilca convocó a sesión. En la agenda está el sueldo que debe ganar un alcalde "
        "según la ley y la licencia que pidió otro alcalde de la provincia.",
        "https://a.pe/m11",
    )
    assert _who(clipping) == [("Cárdenas Vilca", "name")]


def test_the_nickname_of_an_office_alias_alone_names_the_person_in_a_story_of_the_municipality(watchlist):
    # given the office's alias "Chino Cárdenas" for the Mayor: "Chino" is none of his names, so it is his nickname
    _office_alias("Chino Cárdenas", TermKind.AUTHORITY, watchlist["mayor"])
    ours = _store(
        "El Chino y el vaso de leche",
        "El padrón del vaso de leche tiene 600 beneficiarios que no cumplen los requisitos. El Chino no respondió.",
        "https://a.pe/m12",
    )
    elsewhere = _store(
        "Pelea estelar",
        "El Chino ganó por puntos la pelea estelar de la velada en el coliseo.",
        "https://a.pe/m13",
    )
    lower_case = _store(
        "Vaso de leche",
        "En el comité del vaso de leche, el chino de la esquina donó dos sacos de avena.",
        "https://a.pe/m14",
    )
    assert _mayor_named(ours)
    assert not _mayor_named(elsewhere)
    assert not _mayor_named(lower_case)


def test_a_nickname_given_with_the_post_in_the_text_names_the_mayor_in_the_headline_too(watchlist):
    _office_alias("Chino Cárdenas", TermKind.AUTHORITY, watchlist["mayor"])
    clipping = _store(
        "Chino Cárdenas celebra con vecinos el aniversario de Villa Mercedes",
        "Con una verbena, los vecinos celebraron 34 años de fundación. El alcalde, Chino Cárdenas, como lo llaman "
        "los vecinos, bailó con las dirigentes.",
        "https://a.pe/m15",
    )
    title_end = len("Chino Cárdenas celebra con vecinos el aniversario de Villa Mercedes")
    assert clipping.mentions.filter(term__kind=TermKind.MAYOR, start__lt=title_end).exists()


def test_a_municipal_service_named_after_the_lead_of_someone_elses_story_does_not_make_the_district_ours(watchlist):
    # given a regatta and a private fire in the district, with the serenos and the licence only in their last lines
    regatta = _store(
        "Regata reúne a treinta botes en la playa de Santa Candelaria del Mar",
        "Treinta botes de cinco caletas compitieron el domingo frente a la playa de Santa Candelaria del Mar.\n\n"
        "Ganó la tripulación de Huacho. Serenos y bomberos vigilaron la orilla durante la competencia.",
        "https://a.pe/40",
    )
    fire = _store(
        "Incendio consume depósito en Santa Candelaria del Mar",
        "Un incendio consumió esta tarde un depósito de reciclaje en Santa Candelaria del Mar. No hubo heridos.\n\n"
        "Según los vecinos, el local funcionaba sin licencia de funcionamiento desde hace dos años.",
        "https://a.pe/41",
    )
    # then neither is the municipality's story (nor the síntesis')
    assert _kinds(regatta) == set()
    assert _kinds(fire) == set()


def test_a_neighbouring_municipality_does_not_make_the_district_ours(watchlist):
    # given another town's landfill, its municipality called "la municipalidad vecina", our district named in passing
    landfill = _store(
        "Villa Rica: municipalidad vecina inaugura relleno sanitario",
        "La municipalidad de Villa Rica inauguró el primer relleno sanitario de la provincia.\n\n"
        "Santa Candelaria del Mar aún no responde a la invitación.",
        "https://a.pe/44",
    )
    # and a namesake hamlet of another province that wants a mayor of its own
    hamlet = _store(
        "Cutervo: caserío Santa Candelaria del Mar pide ser centro poblado",
        "Los pobladores del caserío Santa Candelaria del Mar, en Cutervo, presentaron el expediente para convertirse "
        "en centro poblado y elegir a su propio alcalde menor.",
        "https://a.pe/45",
    )
    # then neither is the municipality's story (nor the síntesis')
    assert _kinds(landfill) == set()
    assert _kinds(hamlet) == set()


def test_a_municipal_service_in_the_lead_or_the_municipality_after_it_still_makes_the_district_ours(watchlist):
    rescue = _store(
        "Rescatan a bañista",
        "Serenos de Santa Candelaria del Mar rescataron a un bañista frente a la playa.\n\n"
        "El joven fue llevado a la posta.",
        "https://a.pe/42",
    )
    flood = _store(
        "Lluvia inunda calles de Santa Candelaria del Mar",
        "Una noche de lluvia dejó calles inundadas en Santa Candelaria del Mar.\n\n"
        "La municipalidad envió motobombas a los barrios más afectados.",
        "https://a.pe/43",
    )
    assert _kinds(rescue) == {TermKind.PLACE}
    assert _kinds(flood) == {TermKind.PLACE}


def test_a_service_after_the_lead_still_tells_whose_officer_a_name_is(watchlist):
    # given a story that names the Mayor only by given name and surname, beside the serenos in its last line
    thanks = _store(
        "Recuperan la moto robada a un profesor",
        "La moto que robaron el viernes a un profesor de la escuela del cerro ya apareció en una quebrada.\n\n"
        "El profesor agradece a los serenos y a Jorge Cárdenas por la ayuda.",
        "https://a.pe/44",
    )
    # then the serenos still make the name the Mayor's, as they would in the lead
    assert _mayor_named(thanks)


def test_all_the_given_names_with_the_first_surname_name_the_person(watchlist):
    # given an authority the analyst adds with two given names joined by "de"
    from heraldo.monitoring.services.authorities import watched_authority_add

    actor = AuditEntry.objects.order_by("pk").first().actor
    watched_authority_add(
        actor=actor, given_names="Flor de María", surnames="Terrones Cerna", title="Teniente Alcaldesa", sex="F"
    )
    # when the press drops her second surname but keeps every given name
    clipping = _store(
        "Campaña de limpieza en el río",
        "La teniente alcaldesa Flor de María Terrones anunció multas para quienes boten desmonte al río.",
        "https://a.pe/m20",
    )
    # then she is named
    assert ("Terrones Cerna", "name") in _who(clipping)


def test_the_mayors_title_with_the_nickname_names_the_mayor(watchlist):
    # given the office's alias for the Mayor's nickname
    _office_alias("Chino Cárdenas", TermKind.AUTHORITY, watchlist["mayor"])
    # when a caller says "el alcalde Chino" with nothing else of the municipality in the story
    ours = _store(
        "Oyente reclama por la obra del agua",
        "Ya van ocho meses parada. El alcalde Chino vino a la losa y dijo que en diciembre reinicia.",
        "https://a.pe/m21",
    )
    # and another story speaks of a Chinese mayor, in lower case
    other = _store(
        "Visita oficial", "Un alcalde chino visitó el puerto del Callao con empresarios.", "https://a.pe/m22"
    )
    # then the title and the nickname name the Mayor, and the adjective does not
    assert _mayor_named(ours)
    assert not _mayor_named(other)


def test_the_district_municipality_by_its_level_alone_makes_the_district_ours(watchlist):
    # given a story set in our district that calls the municipality only "la municipalidad distrital"
    drain = _store(
        "No hubo ni una queja: el nuevo drenaje aguantó",
        "El aguacero del jueves no convirtió el jirón Lima de Santa Candelaria del Mar en un río. El colector "
        "pluvial que la municipalidad distrital terminó en setiembre evacuó el agua en media hora.",
        "https://a.pe/46",
    )
    # and one naming our district beside another province's municipality
    other = _store(
        "Convenio vial",
        "La carretera pasa por Santa Candelaria del Mar. La municipalidad provincial de Huaral firmó el convenio.",
        "https://a.pe/47",
    )
    # then the first is ours and the second is not
    assert TermKind.PLACE in _kinds(drain)
    assert _kinds(other) == set()


def test_an_official_named_with_the_post_after_the_name_is_ours(watchlist):
    # given an official the analyst watches, whose given name and surname a singer shares
    from heraldo.monitoring.services.authorities import watched_authority_add

    actor = AuditEntry.objects.order_by("pk").first().actor
    watched_authority_add(actor=actor, given_names="Hernán", surnames="Tuanama Isuiza", title="jefe de Defensa Civil")
    # when a radio note names him with his post after the name, and nothing else of the municipality
    post_after = _store(
        "El río bajó 40 centímetros",
        "Hernán Tuanama, jefe de Defensa Civil, informa que el río bajó 40 centímetros desde anoche.",
        "https://a.pe/m30",
    )
    short_post = _store(
        "Tres viviendas colapsadas",
        "Hernán Tuanama, de Defensa Civil, confirma que colapsaron tres viviendas.",
        "https://a.pe/m31",
    )
    singer = _store(
        "Concierto en el coliseo", "Hernán Tuanama, de 45 años, cantó sus éxitos en el coliseo.", "https://a.pe/m32"
    )
    # then the post says who he is; an age does not
    assert ("Tuanama Isuiza", "name") in _who(post_after)
    assert ("Tuanama Isuiza", "name") in _who(short_post)
    assert _who(singer) == []


def test_the_mayor_of_the_district_with_no_town_after_is_ours(watchlist):
    # given the office's alias for the Mayor's nickname
    _office_alias("Chino Cárdenas", TermKind.AUTHORITY, watchlist["mayor"])
    # when a local radio says "el alcalde del distrito, el popular Chino"
    ours = _store(
        "El Chino en cabina",
        "Estuvo en nuestra cabina el alcalde del distrito, el popular Chino, que habló de la transferencia.",
        "https://a.pe/m33",
    )
    # and another story speaks of the mayor of another district
    other = _store(
        "Visita", "El alcalde del distrito de Huaral, el popular Chino, visitó la feria.", "https://a.pe/m34"
    )
    assert _mayor_named(ours)
    assert not _mayor_named(other)


def test_bare_municipal_words_after_another_towns_office_are_that_towns(watchlist):
    # given another district's Mayor named with her town, then called "la burgomaestra" and her "municipalidad",
    # with our district in a quotation and in a closing line
    fumigation = _store(
        "Villa Rica fumiga casa por casa contra el dengue",
        "La alcaldesa de Villa Rica, Rosa Campos, encabezó la fumigación casa por casa.\n\n"
        "«Antes íbamos al hospital de Santa Candelaria del Mar», dijo la burgomaestra. Brigadas de la municipalidad "
        "fumigaron 1 200 viviendas.\n\nSanta Candelaria del Mar no registra casos.",
        "https://a.pe/m40",
    )
    # and a headline about another town's Mayor as "su alcalde"
    headline = _store(
        "Villa Rica también pelea contra el dengue: su alcalde pide más brigadas",
        "El distrito registró 27 casos y su alcalde, Segundo Ruiz, pidió más brigadas. Villa Rica limita con Santa "
        "Candelaria del Mar.",
        "https://a.pe/m41",
    )
    # then neither is the municipality's story (nor the síntesis')
    assert _kinds(fumigation) == set()
    assert _kinds(headline) == set()
    # while our place just before the same words still makes them ours, as do our own serenos "de la municipalidad"
    ours = _store(
        "Villa Rica y Santa Candelaria del Mar contra el dengue",
        "La alcaldesa de Villa Rica, Rosa Campos, fumigó su distrito. En Santa Candelaria del Mar, la municipalidad "
        "repartió mosquiteros.",
        "https://a.pe/m42",
    )
    serenos = _store(
        "Asaltan a cobrador en Santa Candelaria del Mar",
        "Dos delincuentes asaltaron a un cobrador en Santa Candelaria del Mar.\n\n"
        "«Los serenos de la municipalidad no suben por acá», dice una vecina.",
        "https://a.pe/m43",
    )
    assert TermKind.PLACE in _kinds(ours)
    assert TermKind.PLACE in _kinds(serenos)


def test_our_mayors_title_and_surname_with_another_town_in_apposition_is_that_towns_mayor(watchlist):
    # given a story about another town's Mayor who shares our Mayor's surname, "el alcalde Cárdenas, de <town>"
    other = _store(
        "Uchcumarca: regidores acusan al alcalde Cárdenas de sobrevalorar uniformes",
        "Tres regidores pidieron a la Contraloría revisar la compra. El alcalde Cárdenas, de Uchcumarca, respondió "
        "que la compra pasó por Perú Compras.",
        "https://a.pe/m44",
    )
    # and a musician who shares his given name and surname, "de <his town>"
    musician = _store(
        "Serenata de aniversario",
        "El charanguista Jorge Cárdenas, de Ururi, cerrará la serenata. Lo confirmó la gerenta municipal Patricia "
        "Llanos Ríos.",
        "https://a.pe/m47",
    )
    assert not _mayor_named(musician)
    # and one where our place is in apposition
    ours = _store(
        "Regidores piden explicaciones",
        "El alcalde Cárdenas, de Santa Candelaria del Mar, respondió a los regidores.",
        "https://a.pe/m45",
    )
    assert not _mayor_named(other)
    assert _mayor_named(ours)


def test_an_officials_title_and_surname_with_the_office_in_apposition_is_ours(watchlist):
    # given a watched manager, called by title and surname with the office after it (heldout11 n085)
    from heraldo.monitoring.services.authorities import watched_authority_add

    actor = AuditEntry.objects.order_by("pk").first().actor
    watched_authority_add(
        actor=actor, given_names="Julio", surnames="Nunura Sosa", title="gerente de Seguridad Ciudadana"
    )
    _office_alias("gerente Nunura", TermKind.AUTHORITY, Person.objects.get(surnames="Nunura Sosa"))
    radio = _store(
        "Comerciante denuncia a serenos",
        "Tenían el chaleco de la Municipalidad de Santa Candelaria del Mar. Hemos intentado comunicarnos con el "
        "gerente Nunura, de Seguridad Ciudadana, para conocer su versión.",
        "https://a.pe/m46",
    )
    assert ("Nunura Sosa", "name") in _who(radio)


def test_a_former_candidate_to_the_mayoralty_does_not_name_the_municipality(watchlist):
    clipping = _store(
        "Excandidato denunciado por difamación",
        "El excandidato a la alcaldía de Santa Candelaria del Mar, Pedro Rojas, fue denunciado por difamación por "
        "el personero del movimiento ganador.",
        "https://a.pe/90",
    )
    assert TermKind.MUNICIPALITY not in _kinds(clipping)


def test_our_persons_surnames_after_another_given_name_are_a_namesakes(watchlist):
    # given a councillor of another town who shares both of our Mayor's surnames
    clipping = _store(
        "Regidora presidirá la red de regidoras",
        "La regidora de Puerto Esperanza Rosa Cárdenas Vilca fue elegida presidenta de la red de regidoras de la "
        "región. Cárdenas Vilca, abogada de 38 años, anunció su plan de trabajo.",
        "https://a.pe/91",
    )
    # then neither her full name nor her surnames alone are our Mayor
    assert TermKind.MAYOR not in _kinds(clipping)


def test_the_mayor_named_by_title_level_and_place_is_ours(watchlist):
    clipping = _store(
        "Distritos vecinos reclaman la trocha",
        "La alcaldesa de Puerto Esperanza, Ana Torres, acusó al alcalde distrital de Santa Candelaria del Mar de "
        "incumplir el convenio de la trocha.",
        "https://a.pe/92",
    )
    assert TermKind.MAYOR in _kinds(clipping)


def test_a_title_and_surname_in_a_story_of_another_towns_municipality_is_that_towns_holder(watchlist):
    # given a radio brief about another town's serenazgo whose mayor shares our Mayor's surname
    elsewhere = _store(
        "Serenazgo de Puerto Esperanza estrena cuatro motos",
        "El serenazgo de Puerto Esperanza tiene cuatro motocicletas nuevas para patrullar los sectores alejados.\n\n"
        "El alcalde Cárdenas dijo que los serenos trabajarán junto con las juntas vecinales.",
        "https://a.pe/elsewhere-1",
    )
    # and the same brief about our own serenazgo, and one that names our district down the page
    ours = _store(
        "Serenazgo estrena cuatro motos",
        "El serenazgo tiene cuatro motocicletas nuevas para patrullar los sectores alejados.\n\n"
        "El alcalde Cárdenas dijo que los serenos trabajarán junto con las juntas vecinales.",
        "https://a.pe/elsewhere-2",
    )
    visiting = _store(
        "Serenazgo de Puerto Esperanza estrena cuatro motos",
        "El serenazgo de Puerto Esperanza tiene cuatro motocicletas nuevas.\n\n"
        "El alcalde Cárdenas, invitado a la ceremonia, ofreció llevar la experiencia a Santa Candelaria del Mar.",
        "https://a.pe/elsewhere-3",
    )
    # and one where another town's councillors, not its mayor, visit ours
    delegation = _store(
        "Alcalde Cárdenas recibe a regidores de Puerto Esperanza",
        "El alcalde Cárdenas recibió a una delegación de regidores de Puerto Esperanza que vino a ver el reciclaje.",
        "https://a.pe/elsewhere-4",
    )
    # then the short form is the other town's mayor only where nothing of ours is named and that town's mayoralty is
    # the scene
    assert not _mayor_named(elsewhere)
    assert _mayor_named(ours)
    assert _mayor_named(visiting)
    assert _mayor_named(delegation)


def test_a_bare_post_after_only_the_municipality_was_named_is_nobody(watchlist):
    # given a story that names the municipality and then speaks of "la gerenta municipal" without her name
    bare = _store(
        "Regidor denuncia vales de combustible",
        "El regidor presentó doce vales de combustible emitidos por la Municipalidad de Santa Candelaria del Mar.\n\n"
        "La oficina de imagen indicó que la gerenta municipal responderá en la próxima sesión de concejo.",
        "https://a.pe/bare-post-1",
    )
    # and one that named her before
    named = _store(
        "Gerenta Llanos presenta el presupuesto",
        "La gerenta municipal Patricia Llanos presentó el presupuesto de la Municipalidad de Santa Candelaria del "
        "Mar.\n\nLa gerenta municipal dijo que las obras empezarán en marzo.",
        "https://a.pe/bare-post-2",
    )
    # then the bare post names no one (the doc's labelling rule; writers 22 and 26 read it so), and after her name it
    # refers back to her
    assert not bare.mentions.filter(term__person__surnames="Llanos Ríos").exists()
    assert named.mentions.filter(term__person__surnames="Llanos Ríos", how=MentionHow.REFERENCE).exists()
