# ruff: noqa: E501
"""Sixteenth held-out split (issue 16): a blind figure about an invented PROVINCIAL municipality of the high Andes.

Written by hand by writer 21, for this purpose only, WITHOUT looking at the pipeline's code (heraldo/**), at its
tests, baselines, tone or topic dumps, at the other splits' stories (beyond the header, SETUP, SOURCES and the first
stories of heldout6, for the format), at any other built part or at any report of the pipeline on them. Only
build.py and the corpus description, layout and labelling rules of docs/monitoring-evaluation.md were read. Labels
follow those rules and were fixed before the split was ever run; they must not be changed because of what the
pipeline answers. Every name, outlet and place is invented (the Contraloría, the ministries, the Congress and Lima
are there only as the national setting).

This part brings its own watch list (SETUP), outlets, person codes and template furniture: the Municipalidad
Provincial de Wiñaymarka (MPW), a high-Andean province on the shore of lake Challaqota, in the invented southern
region of Qollaqocha (regional capital: Sillumayo). The city of Wiñaymarka is the seat of the province and the
provincial municipality also governs its cercado. The province's districts, each with its own municipality and
mayor, are Huancasaya, Pilcomarca, Pusiqocha, Chullunquiani and the island district of Aywiri.

Codes: m = who is named (A alcalde provincial Fortunato Ccallo Mendoza «el Chasqui», G gerenta municipal Yolanda
Pari Coaquira, T teniente alcaldesa Nilda Choquehuanca Flores, R regidor (opposition) Edwin Tintaya Chura, S
subgerente de Gestión Ambiental y Limpieza Pública Wálter Yucra Cahui, I the Municipalidad Provincial de
Wiñaymarka); t = topics (limpieza seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the
story concerns the municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier
story: its own headline, sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "el alcalde provincial de Wiñaymarka", "el alcalde de Wiñaymarka", "el alcalde wiñaymarqueño", "el burgomaestre
  de Wiñaymarka" are a title plus the place: they name the Mayor. A bare "el alcalde", "el alcalde provincial", "el
  burgomaestre", "la primera autoridad", "la comuna", "el municipio", "la municipalidad provincial", "la gestión
  edil" do not. "Ccallo" alone after the Mayor was named is part of the same mention. «el Chasqui» / «Chasqui»
  counts only where it is plainly him (a story about his administration or his person).
- "Municipalidad Provincial de Wiñaymarka", "Municipalidad de Wiñaymarka", "MPW", "municipio wiñaymarqueño",
  "comuna wiñaymarqueña", "municipalidad wiñaymarqueña", "municipio/comuna (provincial) de Wiñaymarka" name the
  institution. "Vecinos de Wiñaymarka", "la provincia de Wiñaymarka", "el serenazgo de Wiñaymarka", "la
  Subgerencia de ..." without the institution, the Teatro Municipal, the Red de Salud Wiñaymarka, the Hospital
  Regional de Wiñaymarka, the cooperative, bus company and football club that carry the name do not. A person named
  with a title plus the place ("la gerenta municipal de Wiñaymarka") is that person, not the institution. The
  district municipalities (Huancasaya, Pilcomarca, Pusiqocha, Chullunquiani, Aywiri) and the Municipalidad
  Provincial de Sillumayo are other institutions.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly him),
  title plus surname ("el regidor Tintaya", "la gerenta Pari", "el subgerente Yucra") or a listed alias. A namesake
  plainly told apart by the story (another post, another place, another second surname) is not our person, even
  where the given name and first surname coincide.
- Traps: Rubén Ccallo Turpo, alcalde distrital de Huancasaya ("el alcalde Ccallo" there; no relative); the
  trout farmer Fortunato Ccallo Quispe; the long-distance runner Néstor «el Chasqui» Huanca, the courier firm
  Chasqui Express and the Copa Chasqui; the teacher Yolanda Pari Mamani; the regional councillor Héctor
  Choquehuanca Ticona; Moisés Tintaya Apaza, regidor of Pilcomarca; Walter Yucra Huanca, coach of Deportivo
  Wiñaymarka; the provincial Mayor of Sillumayo Genaro Apaza Loayza; the caserío Wiñaymarka of the province of
  Kunturkanki (another region); the Cooperativa de Ahorro y Crédito Wiñaymarka and Expreso Wiñaymarka.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the regional or national government, the power or water company is neutral toward us unless
  the story is about our own failure. A mixed story takes the tone a press officer would take away (headline and
  weight of the text). An accusation the official denies is still a story about an accusation (negative); a rumour
  denied, with no wrongdoing alleged, is neutral. A district mayor or the opposition criticising the provincial
  municipality is negative. Stories not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention. A road, hospital or health post the Mayor asks others to build or fix takes that topic. Sewage
  works and the treatment plant (PTAR) are obras; garbage on the lake shore, dumps, recycling and the landfill are
  limpieza; drinking water, street lighting, traffic, markets' management, culture, festivities, sport, the
  budget and staff matters are none of the five. The market fee (sisa), the predial, arbitrios and their
  collection are tributos municipales.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerenta_municipal",
    "T": "teniente_alcaldesa",
    "R": "regidor_tintaya",
    "S": "subgerente_ambiental",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Provincial de Wiñaymarka",
        "short_name": "MPW",
        "level": "PROVINCIAL",
        "province": "Wiñaymarka",
        "aliases": [
            "municipio wiñaymarqueño",
            "comuna wiñaymarqueña",
            "Municipalidad de Wiñaymarka",
            "municipalidad wiñaymarqueña",
        ],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Fortunato",
            "surnames": "Ccallo Mendoza",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_PROVINCIAL",
            "nickname": "el Chasqui",
            "aliases": ["Chasqui Ccallo", "alcalde Ccallo", "Ccallo Mendoza", "Fortunato Ccallo"],
        },
        {
            "key": "gerenta_municipal",
            "given_names": "Yolanda",
            "surnames": "Pari Coaquira",
            "sex": "F",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerenta Pari", "gerenta municipal Yolanda Pari", "Yolanda Pari"],
        },
        {
            "key": "teniente_alcaldesa",
            "given_names": "Nilda",
            "surnames": "Choquehuanca Flores",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Choquehuanca", "regidora Choquehuanca"],
        },
        {
            "key": "regidor_tintaya",
            "given_names": "Edwin",
            "surnames": "Tintaya Chura",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Tintaya", "concejal Tintaya"],
        },
        {
            "key": "subgerente_ambiental",
            "given_names": "Wálter",
            "surnames": "Yucra Cahui",
            "sex": "M",
            "position": "Subgerente de Gestión Ambiental y Limpieza Pública",
            "position_feminine": "Subgerenta de Gestión Ambiental y Limpieza Pública",
            "office_code": "SUBGERENTE_GESTION_AMBIENTAL",
            "aliases": ["subgerente Yucra", "Wálter Yucra"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "totora": {
        "name": "Diario La Totora",
        "host": "diariolatotora.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 70000,
    },
    "clago": {
        "name": "Correo del Lago",
        "host": "correodellago.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "qhantati": {
        "name": "Radio Qhantati 101.5 FM",
        "host": "radioqhantati.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 30000,
    },
    "aywiri": {
        "name": "Radio Comunitaria Aywiri 88.7 FM",
        "host": "radioaywiri.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 6000,
    },
    "poderosa": {
        "name": "Radio La Poderosa de Huancasaya 93.1",
        "host": "lapoderosahuancasaya.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 9000,
    },
    "sariri": {
        "name": "Radio Sariri 97.7 FM",
        "host": "radiosariri.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 5000,
    },
    "lagotv": {
        "name": "Lago TV Canal 13",
        "host": "lagotv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 110000,
    },
    "nnp": {
        "name": "Noticias Nacionales del Perú",
        "host": "nnp-noticias.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 280000,
    },
    "observador": {
        "name": "El Observador Peruano",
        "host": "observadorperuano.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 750000,
    },
    "surandino": {
        "name": "Portal Sur Andino",
        "host": "portalsurandino.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 55000,
    },
    "wnoticias": {
        "name": "Wiñaymarka Noticias",
        "host": "winaymarkanoticias.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 7000,
    },
    "qdigital": {
        "name": "Qollaqocha Digital",
        "host": "qollaqochadigital.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 40000,
    },
    "altura": {
        "name": "Revista Altura",
        "host": "revistaaltura.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 9000,
    },
    "expsur": {
        "name": "Express Sur Andino",
        "host": "expresssurandino.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 14000,
    },
    "bcomunal": {
        "name": "Boletín Comunal Wiñaymarka",
        "host": "boletincomunal.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 1500,
    },
    "totoral": {
        "name": "Semanario El Totoral",
        "host": "semanarioeltotoral.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "lsagrado": {
        "name": "Radio Lago Sagrado",
        "host": "radiolagosagrado.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 11000,
    },
}

FURNITURE = {
    "old_comments": [
        "Ese Chasqui Ccallo corre para la foto pero las obras del mercado siguen paradas",
        "La comuna wiñaymarqueña cobra arbitrios puntualito y la bahía sigue apestando",
    ],
    "old_most_read": "Detienen a abigeos en la feria dominical de Huancasaya",
    "old_motto": "El diario del altiplano desde 1979",
    "old_city": "Sillumayo",
    "section_agenda": "Pilcomarca celebra su aniversario con concurso de sikuris",
    "hostile_place": "Wiñaymarka",
    "hostile_alias": "municipio wiñaymarqueño",
    "error_page_outlet": "Radio Lago Sagrado, la voz del altiplano",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expsur": {
        "name": "Express Sur Andino",
        "outlet": "expsur",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["w031", "w150"],
        "cut_at": 0.65,
    },
    "bcomunal": {"name": "Boletín Comunal Wiñaymarka", "outlet": "bcomunal", "format": "bomb", "path": "/rss"},
    "totoral": {"name": "Semanario El Totoral", "outlet": "totoral", "format": "xxe", "path": "/feed/"},
    "lsagrado": {
        "name": "Radio Lago Sagrado",
        "outlet": "lsagrado",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "totora": {
        "name": "Diario La Totora",
        "outlet": "totora",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "clago": {
        "name": "Correo del Lago",
        "outlet": "clago",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/provincias.xml",
    },
    "qhantati": {
        "name": "Radio Qhantati 101.5 FM",
        "outlet": "qhantati",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticias",
        "priority": True,
    },
    "aywiri": {
        "name": "Radio Comunitaria Aywiri 88.7 FM",
        "outlet": "aywiri",
        "format": "rss",
        "mode": "description",
        "path": "/feed/",
    },
    "poderosa": {
        "name": "Radio La Poderosa de Huancasaya 93.1",
        "outlet": "poderosa",
        "format": "rss",
        "mode": "description",
        "path": "/noticias.xml",
    },
    "sariri": {
        "name": "Radio Sariri 97.7 FM",
        "outlet": "sariri",
        "format": "rss",
        "mode": "description",
        "path": "/rss",
    },
    "lagotv": {"name": "Lago TV Canal 13", "outlet": "lagotv", "format": "atom", "path": "/atom.xml"},
    "nnp": {"name": "Noticias Nacionales del Perú", "outlet": "nnp", "format": "atom", "path": "/regiones/feed.atom"},
    "observador": {
        "name": "El Observador Peruano",
        "outlet": "observador",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "surandino": {
        "name": "Portal Sur Andino",
        "outlet": "surandino",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas.rss",
    },
    "wnoticias": {
        "name": "Wiñaymarka Noticias",
        "outlet": "wnoticias",
        "format": "section",
        "template": "section",
        "path": "/locales",
    },
    "qdigital": {
        "name": "Qollaqocha Digital",
        "outlet": "qdigital",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/noticias.xml",
    },
    "altura": {
        "name": "Revista Altura",
        "outlet": "altura",
        "format": "rss",
        "mode": "description",
        "path": "/opinion/rss",
    },
}

STORIES = [
    # --- Diario La Totora: provincial daily, full text in RSS, priority -----------------------------------------------
    S(
        "w001",
        "totora",
        "2026-11-02T07:15:00-05:00",
        "Avenida Circunvalación Norte estrena 900 metros de pista tras tres años de barro",
        """Los mototaxistas de la avenida Circunvalación Norte ya no tienen que esquivar charcos. La Municipalidad Provincial de Wiñaymarka entregó ayer 900 metros de pavimento rígido, con veredas a ambos lados, sardineles y un canal de drenaje pluvial para la temporada de lluvias.

        La obra costó 4,2 millones de soles y se terminó dentro del plazo, según el acta de recepción firmada por el supervisor. «Antes el carro recolector ni entraba, ahora hasta los turistas pasan por aquí para ir al mirador», dijo Justina Mamani, que tiene una bodega en la cuadra ocho.

        El alcalde Fortunato Ccallo Mendoza anunció que en enero empezará el tramo sur, de 1,1 kilómetros.""",
        m="I A",
        t="obras",
        tone="+",
        note="delivered road works told with figures; 'pavimento rígido', not 'pavimentación'",
    ),
    S(
        "w002",
        "totora",
        "2026-11-02T18:40:00-05:00",
        "Huancasaya inaugura puente peatonal sobre el río Ilave Chico",
        """El alcalde distrital de Huancasaya, Rubén Ccallo Turpo, inauguró ayer el puente peatonal de 45 metros que une los sectores Collana y Jatun Ayllu, separados por el río Ilave Chico.

        La obra, financiada con recursos del canon y ejecutada por la propia Municipalidad Distrital de Huancasaya, costó 780 000 soles. «Ya no vamos a cruzar en balsa cuando crezca el río», dijo el alcalde Ccallo ante comuneros y escolares.

        Los ronderos de ambos sectores se comprometieron a vigilar la estructura.""",
        about=False,
        note="namesake: the Huancasaya district mayor shares the surname ('el alcalde Ccallo'); a bridge of another municipality",
    ),
    S(
        "w003",
        "totora",
        "2026-11-03T06:50:00-05:00",
        "Cambian horarios del recojo de basura en el cercado por el aniversario",
        """La comuna wiñaymarqueña modificará los horarios del recojo de residuos sólidos en el cercado entre el 3 y el 9 de noviembre, por los desfiles y actividades del aniversario de la provincia.

        El subgerente de Gestión Ambiental y Limpieza Pública, Wálter Yucra Cahui, informó que los camiones pasarán desde las cinco de la mañana en las calles aledañas a la plaza de armas y que el turno de la tarde se suspende esos días en el barrio Porteño.

        Pidió a los vecinos no sacar las bolsas a la calle fuera de horario.""",
        m="I S",
        t="limpieza",
        tone="0",
        note="plain service notice",
    ),
    S(
        "w004",
        "totora",
        "2026-11-03T08:20:00-05:00",
        "Ampliación de la PTAR cumple once meses paralizada; las aguas servidas siguen yendo a la bahía",
        """La ampliación de la planta de tratamiento de aguas residuales de Wiñaymarka cumple once meses sin un solo obrero. El consorcio contratista se retiró en diciembre alegando falta de pagos y desde entonces las lagunas de oxidación rebalsan hacia la bahía interior del lago Challaqota.

        El regidor Edwin Tintaya Chura recorrió ayer la zona y mostró las válvulas oxidadas y los tubos amontonados bajo la lluvia. «La Municipalidad Provincial de Wiñaymarka pagó el 60 % de la obra y tiene apenas el 31 % de avance físico», afirmó.

        Los pescadores del barrio Huaje dicen que la trucha ya no se acerca a la orilla.""",
        m="I R",
        t="obras",
        tone="-",
        note="stalled sewage plant works, told by the opposition regidor",
    ),
    S(
        "w005",
        "totora",
        "2026-11-03T21:10:00-05:00",
        "Roban mochilas a turistas belgas en el muelle de la isla Taypi",
        """Dos turistas belgas denunciaron en la comisaría de Wiñaymarka el robo de sus mochilas mientras esperaban la lancha de regreso en el muelle de la isla Taypi. Se llevaron dos cámaras, pasaportes y unos 600 dólares.

        La Policía revisa las grabaciones de un hospedaje cercano. El comisario, mayor PNP Julio Arce Villena, pidió a los operadores turísticos no dejar equipaje sin vigilancia en los embarcaderos.""",
        about=False,
        note="a robbery at a pier, no municipal angle ('robo' is a topic keyword)",
    ),
    S(
        "w006",
        "totora",
        "2026-11-04T07:05:00-05:00",
        "Anemia infantil baja de 58 % a 47 % en el cercado tras un año de visitas casa por casa",
        """La anemia en niños menores de tres años del cercado de Wiñaymarka bajó de 58 % a 47 % entre octubre del año pasado y octubre de este año, según el tamizaje que la Municipalidad Provincial de Wiñaymarka realizó con la Red de Salud.

        Las 22 promotoras del programa municipal visitaron cada semana a 640 familias con sulfato ferroso, recetas con sangrecita y charlas sobre el consumo de pescado del lago. «Mi Thiago ya no se duerme en la escuela», contó Rosa Apaza, del barrio Bellavista.

        La meta para el próximo año es bajar del 40 %.""",
        m="I",
        t="salud",
        tone="+",
        note="health outcome told through figures",
    ),
    S(
        "w007",
        "totora",
        "2026-11-04T09:30:00-05:00",
        "Recaudación del predial cae 18 % y la MPW recorta el mantenimiento de parques",
        """La MPW recaudó hasta octubre 2,3 millones de soles por impuesto predial, 18 % menos que en el mismo periodo del año pasado. La caída obligó a recortar el presupuesto de mantenimiento de parques y jardines.

        La gerenta municipal Yolanda Pari Coaquira atribuyó la baja a la falta de notificaciones en los barrios nuevos y reconoció que la oficina de rentas trabajó varios meses con la mitad del personal.

        El concejo pidió un plan de cobranza para el próximo trimestre.""",
        m="I G",
        t="tributos",
        tone="-",
        note="falling tax collection and its consequence; the short name MPW",
    ),
    S(
        "w008",
        "totora",
        "2026-11-04T18:00:00-05:00",
        "Las últimas tejedoras de balsas de totora",
        """En la orilla de Quipata, a media hora de la ciudad, doña Eusebia Condori amarra manojos de totora con la misma paciencia con que lo hacía su abuela. Tiene 71 años y es una de las cuatro personas que todavía saben armar una balsa completa en la provincia de Wiñaymarka.

        Una balsa grande demanda tres semanas de trabajo y se vende a unos 1 500 soles, casi siempre a hoteles de Sillumayo. «Los jóvenes se van a la mina o a Lima, nadie quiere mojarse las manos», dice.

        El Ministerio de Cultura evalúa declarar la técnica patrimonio de la nación.""",
        about=False,
        note="crónica that names the province; no municipal angle",
    ),
    S(
        "w009",
        "totora",
        "2026-11-05T07:40:00-05:00",
        "Ccallo: «El Gobierno Regional nos tiene seis años esperando el nuevo hospital»",
        """El alcalde provincial de Wiñaymarka, Fortunato Ccallo Mendoza, criticó al Gobierno Regional de Qollaqocha por la demora en la construcción del nuevo hospital de la provincia, cuyo expediente fue aprobado en 2020.

        «Seis años esperando. Nuestros pacientes siguen viajando cuatro horas a Sillumayo para una tomografía», dijo en la ceremonia por el aniversario. El burgomaestre recordó que la comuna cedió el terreno de cinco hectáreas hace tres años.

        La oficina de prensa del gobierno regional no respondió a las consultas de este diario.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticising the regional government about a hospital: topic salud, neutral toward us",
    ),
    S(
        "w010",
        "totora",
        "2026-11-05T21:30:00-05:00",
        "Deportivo Wiñaymarka golea 4-0 y pasa a la etapa regional de la Copa Perú",
        """Deportivo Wiñaymarka goleó 4-0 a Unión Pilcomarca en el estadio Manco Cápac y clasificó a la etapa regional de la Copa Perú. Los goles fueron de Hilario Cutipa, dos veces, Franklin Ticona y Jhon Mayta.

        «El equipo entendió lo que le pedimos: presionar arriba y no regalar la pelota», dijo el entrenador Walter Yucra Huanca, que asumió en agosto. El próximo rival será Atlético Kunturkanki.""",
        about=False,
        note="namesake: the football coach shares given name and first surname with the subgerente",
    ),
    S(
        "w011",
        "totora",
        "2026-11-06T07:00:00-05:00",
        "Concejo aprueba ordenanza que prohíbe bolsas plásticas en los mercados desde marzo",
        """El concejo de la Municipalidad Provincial de Wiñaymarka aprobó por mayoría la ordenanza que prohíbe la entrega de bolsas plásticas de un solo uso en los mercados y ferias del cercado a partir del 1 de marzo.

        La teniente alcaldesa Nilda Choquehuanca Flores, que presidió la sesión, explicó que habrá tres meses de difusión antes de aplicar multas. Los comerciantes que incumplan pagarán desde 55 soles.

        La norma también obliga a los restaurantes del malecón a separar sus residuos.""",
        m="I T",
        t="limpieza",
        tone="0",
        note="an ordinance on waste, reported plainly",
    ),
    S(
        "w012",
        "totora",
        "2026-11-06T08:45:00-05:00",
        "Catorce de las 32 cámaras de videovigilancia del cercado están apagadas",
        """Catorce de las 32 cámaras de videovigilancia instaladas en el cercado de Wiñaymarka no funcionan, según constató este diario en un recorrido con los operadores de la central de monitoreo.

        Algunas tienen el lente roto desde hace un año; otras se quedaron sin energía cuando se cayó un poste en la avenida El Sol. En la central, dos operadores vigilan las pantallas que quedan en cada turno.

        Los vecinos del barrio Bellavista, donde ocurrieron cuatro asaltos en octubre, reclaman que la comuna wiñaymarqueña no ha repuesto ninguna.""",
        m="I",
        t="seguridad",
        tone="-",
        note="failing surveillance cameras; negation 'no ha repuesto'",
    ),
    S(
        "w013",
        "totora",
        "2026-11-06T18:20:00-05:00",
        "Wiñaymarka celebra 117 años con desfile, serenata y concurso de danzas",
        """La Municipalidad de Wiñaymarka presentó el programa por el 117 aniversario de creación de la provincia. La serenata será el sábado 7 en la plaza de armas y el desfile cívico, el domingo 8 por la avenida El Sol.

        El concurso de danzas autóctonas reunirá a 36 conjuntos de los seis distritos. La feria gastronómica funcionará en el malecón del 6 al 9 de noviembre.

        El ingreso a todas las actividades es libre.""",
        m="I",
        tone="0",
        note="festivity programme announced by the institution: no topic",
    ),
    S(
        "w014",
        "totora",
        "2026-11-07T07:30:00-05:00",
        "Pilcomarca lanza amnistía tributaria: perdona intereses del predial hasta diciembre",
        """La Municipalidad Distrital de Pilcomarca aprobó una amnistía tributaria que condona el 100 % de los intereses y moras del impuesto predial y los arbitrios a quienes paguen su deuda antes del 20 de diciembre.

        La alcaldesa Irma Nina Calsín dijo que el distrito tiene 1 900 contribuyentes morosos. «Queremos que la gente se ponga al día sin miedo», afirmó.""",
        about=False,
        note="tax keywords in another district's story",
    ),
    S(
        "w015",
        "totora",
        "2026-11-07T09:10:00-05:00",
        "Regidor Tintaya denuncia que la gerenta Pari contrató a su cuñado como asesor",
        """El regidor de oposición Edwin Tintaya Chura denunció que la gerenta municipal contrató como asesor legal externo, por 7 500 soles mensuales, a un abogado casado con su hermana.

        «Es nepotismo puro y lo vamos a llevar a la Fiscalía», dijo el concejal. La gerenta Pari negó cualquier irregularidad: afirmó que el abogado fue elegido en un proceso abierto y que ella no integró el comité.

        El órgano de control institucional pidió copia del expediente de contratación.""",
        m="R G",
        tone="-",
        note="an accusation denied by the official is still negative; staff matters have no topic",
    ),
    S(
        "w016",
        "totora",
        "2026-11-07T20:50:00-05:00",
        "Bus de Expreso Wiñaymarka se despista en la vía a Sillumayo: tres heridos",
        """Un bus de la empresa Expreso Wiñaymarka se despistó la madrugada de ayer en el kilómetro 62 de la carretera a Sillumayo, a la altura de Chullunquiani. Tres pasajeros resultaron heridos y fueron trasladados al Hospital Regional de Wiñaymarka.

        Según la Policía de Carreteras, la pista estaba cubierta de granizo. El chofer dio negativo en el dosaje etílico.""",
        about=False,
        note="a bus company carrying the name; police news",
    ),
    S(
        "w017",
        "totora",
        "2026-11-08T08:00:00-05:00",
        "Piscicultor Fortunato Ccallo Quispe gana el concurso regional de la trucha",
        """Fortunato Ccallo Quispe, piscicultor de la comunidad de Quipata, ganó el primer puesto del Concurso Regional de la Trucha con un ejemplar de 4,8 kilos criado en jaulas flotantes del lago Challaqota.

        Ccallo Quispe, de 52 años, trabaja con ocho socios de su asociación y vende la producción en Sillumayo y Arequipa. «El secreto es el agua fría y no escatimar en el alimento», dijo entre risas. Recibió un motor fuera de borda como premio.""",
        about=False,
        note="namesake: same given name and first surname as the Mayor, told apart by the second surname and trade",
    ),
    S(
        "w018",
        "totora",
        "2026-11-08T09:35:00-05:00",
        "Llegan dos compactadoras nuevas y el recojo llegará a seis barrios más",
        """Dos camiones compactadores de 15 metros cúbicos llegaron ayer al parque automotor de la Municipalidad Provincial de Wiñaymarka. Con ellos, el servicio de recojo de residuos se ampliará a seis barrios de la parte alta que hasta ahora dependían de un volquete una vez por semana.

        El subgerente Wálter Yucra explicó que las rutas nuevas empezarán el 16 de noviembre, con frecuencia interdiaria. Los camiones se compraron con el bono del Programa de Incentivos.

        «Por fin no tendremos que quemar la basura», dijo Melchor Quispe, presidente del barrio Alto Llallahua.""",
        m="I S",
        t="limpieza",
        tone="+",
        note="new garbage trucks and wider coverage",
    ),
    S(
        "w019",
        "totora",
        "2026-11-09T07:20:00-05:00",
        "Alcalde descarta privatizar la limpieza pública: «No es cierto que vamos a entregarla a una empresa»",
        """El alcalde Fortunato Ccallo salió al paso de los rumores que circulan en redes sociales sobre una supuesta concesión del servicio de limpieza pública a una empresa de Arequipa.

        «No es cierto que vamos a entregar la limpieza a una empresa. Los 94 trabajadores se quedan y el servicio seguirá siendo municipal», afirmó. Explicó que lo único que se evalúa es tercerizar el mantenimiento de los camiones.

        El sindicato de obreros pidió que el compromiso quede por escrito en un acta.""",
        m="A",
        t="limpieza",
        tone="0",
        note="negation: a rumour denied, no wrongdoing alleged",
    ),
    S(
        "w020",
        "totora",
        "2026-11-09T11:00:00-05:00",
        "Gobierno regional activa plan contra heladas en cuatro provincias altas",
        """El Gobierno Regional de Qollaqocha activó su plan multisectorial contra heladas y granizadas en las provincias de Kunturkanki, Wiñaymarka, Lampasillo y Sillumayo. Se repartirán 12 000 kits de abrigo y 8 000 kilos de avena forrajera para el ganado.

        El gobernador regional Augusto Velarde Luque dijo que la prioridad son las comunidades por encima de los 4 200 metros.""",
        about=False,
        note="regional story naming the province in passing",
    ),
    S(
        "w021",
        "totora",
        "2026-11-10T07:10:00-05:00",
        "Nuevo Mercado Central: ocho meses de obra paralizada y comerciantes a la intemperie",
        """Las 340 vendedoras del Mercado Central de Wiñaymarka cumplen ocho meses trabajando bajo toldos de plástico en la calle Deza, mientras la obra del nuevo mercado sigue paralizada con el 45 % de avance.

        La Municipalidad Provincial de Wiñaymarka resolvió el contrato con el consorcio en marzo y todavía no convoca al nuevo contratista. «Con la granizada del jueves se nos mojó toda la mercadería», reclamó Agripina Huanca, dirigenta de las carniceras.

        La obra tiene un presupuesto de 18 millones de soles.""",
        m="I",
        t="obras",
        tone="-",
        note="a stalled municipal works",
    ),
    S(
        "w022",
        "totora",
        "2026-11-10T09:00:00-05:00",
        "Campaña de salud en el estadio atendió a 1 200 personas en un día",
        """Médicos del Hospital Regional y de la Municipalidad Provincial de Wiñaymarka atendieron a 1 200 personas en la campaña de salud gratuita del domingo en el estadio Manco Cápac. Hubo consultas de pediatría, odontología, oftalmología y despistaje de diabetes.

        La teniente alcaldesa Nilda Choquehuanca, que coordinó la jornada, informó que se entregaron 300 lentes de lectura y se detectaron 41 casos de hipertensión que serán seguidos por el centro de salud del barrio.

        La próxima campaña será en Pusiqocha.""",
        m="I T",
        t="salud",
        tone="+",
        note="a health campaign with figures",
    ),
    S(
        "w023",
        "totora",
        "2026-11-11T07:00:00-05:00",
        "Vence el plazo de la cuarta cuota del impuesto predial",
        """La Municipalidad de Wiñaymarka recordó que el 30 de noviembre vence el plazo para pagar la cuarta cuota del impuesto predial y de los arbitrios de este año.

        Los pagos se pueden hacer en las ventanillas del palacio municipal, de 8 de la mañana a 5 de la tarde, y en las agencias de la Caja Altiplano. Quienes paguen la deuda completa del año participarán en el sorteo de una motocicleta.""",
        m="I",
        t="tributos",
        tone="0",
        note="plain tax deadline notice",
    ),
    S(
        "w024",
        "totora",
        "2026-11-11T10:30:00-05:00",
        "Denuncian por nepotismo al alcalde Ccallo de Huancasaya",
        """Un grupo de regidores de la Municipalidad Distrital de Huancasaya denunció ante la Fiscalía al alcalde Rubén Ccallo Turpo por haber contratado a dos sobrinos en la unidad de maquinaria del distrito.

        El alcalde Ccallo respondió que los contratos son temporales y que sus familiares «ganaron por mérito». La Fiscalía Anticorrupción de Sillumayo abrió diligencias preliminares.""",
        about=False,
        note="namesake: another municipality's mayor called 'el alcalde Ccallo' in the headline",
    ),
    S(
        "w025",
        "totora",
        "2026-11-12T07:25:00-05:00",
        "Serenos y policías capturan a banda que robaba celulares en la feria dominical",
        """Una patrulla mixta de serenos de la Municipalidad Provincial de Wiñaymarka y agentes de la comisaría capturó el domingo a cuatro integrantes de la banda conocida como Los Rápidos del Lago, acusada de robar celulares en la feria dominical.

        Las cámaras del puesto de monitoreo de la avenida El Sol permitieron seguir a los sospechosos hasta un hostal del jirón Cahuide, donde se hallaron 23 teléfonos. Los comerciantes aplaudieron a los serenos cuando subían a los detenidos al patrullero.""",
        m="I",
        t="seguridad",
        tone="+",
        note="a municipal security success",
    ),
    S(
        "w026",
        "totora",
        "2026-11-12T18:00:00-05:00",
        "Crónica: un domingo en la feria de Wiñaymarka",
        """A las seis de la mañana ya huele a chairo en la feria dominical de Wiñaymarka. Las comuneras de Pusiqocha llegan con sacos de chuño blanco, los pescadores de Aywiri con truchas envueltas en totora y los vendedores de Sillumayo con zapatillas de marca dudosa.

        Don Primitivo Larico vende quesos desde hace cuarenta años en la misma esquina. «Antes se hacía trueque, papa por pescado; ahora todo es con Yape», dice, mostrando el código pegado en su balanza.

        A mediodía la feria se vacía y solo quedan los músicos de la banda que tocan para los que se quedan a tomar.""",
        about=False,
        note="crónica about the town's market; no municipal angle",
    ),
    S(
        "w027",
        "totora",
        "2026-11-13T07:45:00-05:00",
        "Ccallo pide en Lima 40 millones para terminar la planta de tratamiento",
        """El alcalde provincial Fortunato Ccallo Mendoza se reunió ayer en Lima con funcionarios del Ministerio de Vivienda para pedir 40 millones de soles que permitan reiniciar la ampliación de la planta de tratamiento de aguas residuales.

        «Si el ministerio no transfiere antes de marzo, perderemos otra temporada de lluvias y la bahía seguirá recibiendo desagüe», dijo. Según el alcalde, el viceministro se comprometió a evaluar el pedido en diciembre.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor asks the national government for funds: neutral",
    ),
    S(
        "w028",
        "totora",
        "2026-11-13T09:40:00-05:00",
        "Defensoría exige a la MPW cerrar el botadero de Chullunquiani, a 300 metros del lago",
        """La Defensoría del Pueblo exigió a la Municipalidad Provincial de Wiñaymarka clausurar el botadero de Chullunquiani, donde se arrojan cada día unas 60 toneladas de basura a solo 300 metros de la orilla del lago Challaqota.

        En su informe, la Defensoría advierte que los lixiviados llegan a los totorales y que la comuna wiñaymarqueña incumplió dos plazos para presentar un plan de cierre. «No hay voluntad», concluye el documento.

        Los comuneros de Chullunquiani anunciaron que bloquearán el acceso al botadero si no hay respuesta en diciembre.""",
        m="I",
        t="limpieza",
        tone="-",
        note="an open dump the municipality runs, criticised by an oversight body",
    ),
    S(
        "w029",
        "totora",
        "2026-11-14T08:15:00-05:00",
        "Concejo aprueba presupuesto de 96 millones para 2027 con dos votos en contra",
        """El concejo de la Municipalidad Provincial de Wiñaymarka aprobó el presupuesto institucional de apertura para 2027, de 96 millones de soles, con nueve votos a favor y dos en contra.

        El regidor Edwin Tintaya votó en contra porque, dijo, el gasto corriente crece más que la inversión. La teniente alcaldesa Nilda Choquehuanca respondió que el incremento se debe a la nivelación de los obreros.

        El documento será remitido al Ministerio de Economía antes del 15 de diciembre.""",
        m="I R T",
        tone="0",
        note="budget approval, informative; the budget is none of the five topics",
    ),
    S(
        "w030",
        "totora",
        "2026-11-14T21:00:00-05:00",
        "Detienen a dos abigeos con 14 alpacas robadas en las alturas de Pusiqocha",
        """La Policía y ronderos de Pusiqocha detuvieron a dos hombres que trasladaban en un camión 14 alpacas robadas de la estancia Chijnaya. Los animales, valorizados en 9 000 soles, fueron devueltos a sus dueños.

        Los detenidos, naturales de Kunturkanki, fueron puestos a disposición de la Fiscalía de Wiñaymarka.""",
        about=False,
        note="police news in a district of the province",
    ),
    S(
        "w031",
        "totora",
        "2026-11-15T07:30:00-05:00",
        "Wiñaymarka cumple la meta nacional de residuos sólidos y recibe 1,3 millones",
        """La Municipalidad Provincial de Wiñaymarka cumplió la meta de gestión de residuos sólidos del Programa de Incentivos a la Mejora de la Gestión Municipal y recibirá 1,3 millones de soles del Ministerio de Economía.

        Para lograrlo, la subgerencia a cargo de Wálter Yucra Cahui inscribió a 4 100 viviendas en el programa de segregación en la fuente y formalizó a 38 recicladoras. El alcalde Fortunato Ccallo dijo que el dinero se usará para el primer tramo del relleno sanitario.

        Solo nueve municipalidades provinciales del sur alcanzaron la meta este año.""",
        m="I S A",
        t="limpieza",
        tone="+",
        note="a national incentive earned; the subgerente named by given name and surnames",
    ),
    S(
        "w032",
        "totora",
        "2026-11-15T09:00:00-05:00",
        "MPW convoca licitación para pavimentar el jirón Manco Cápac",
        """La MPW publicó en el portal de contrataciones del Estado la convocatoria para la pavimentación de seis cuadras del jirón Manco Cápac, con un valor referencial de 3,1 millones de soles.

        Las empresas interesadas podrán registrarse hasta el 27 de noviembre y la buena pro se otorgará el 10 de diciembre. El plazo de ejecución es de 150 días calendario.""",
        m="I",
        t="obras",
        tone="0",
        note="plain call for tenders",
    ),
    S(
        "w033",
        "totora",
        "2026-11-16T07:00:00-05:00",
        "Obreros de limpieza paralizan por tres meses sin sueldo y la basura se acumula en el cercado",
        """Los 94 obreros de limpieza pública de la Municipalidad Provincial de Wiñaymarka iniciaron ayer una paralización indefinida porque no cobran desde agosto. En pocas horas se formaron montículos de basura en el mercado Unión, el terminal y la calle Deza.

        «Tenemos hijos en el colegio, no podemos seguir fiando en la tienda», dijo Serapio Cruz, secretario del sindicato. El subgerente Wálter Yucra Cahui reconoció la deuda y dijo que se pagará «en cuanto llegue la transferencia».

        Los vecinos del jirón Cahuide quemaron bolsas en plena calle en la noche.""",
        m="I S",
        t="limpieza",
        tone="-",
        note="unpaid workers strike and garbage piles up",
    ),
    S(
        "w034",
        "totora",
        "2026-11-16T10:20:00-05:00",
        "Sillumayo: alcalde Genaro Apaza entrega pistas y veredas en 14 cuadras",
        """El alcalde provincial de Sillumayo, Genaro Apaza Loayza, entregó la obra de pistas y veredas en 14 cuadras del barrio Santa Rosa, con una inversión de 6,8 millones de soles.

        La Municipalidad Provincial de Sillumayo anunció que el próximo año licitará otras 20 cuadras en la zona norte de la capital regional.""",
        about=False,
        note="another provincial municipality's works ('el alcalde provincial', 'pistas y veredas')",
    ),
    S(
        "w035",
        "totora",
        "2026-11-17T08:00:00-05:00",
        "Más de dos mil músicos llenan el malecón en el concurso de sikuris",
        """Cuarenta y dos conjuntos de sikuris de toda la región Qollaqocha participaron en el concurso que organizó la municipalidad wiñaymarqueña por el aniversario. El malecón se llenó de público desde las nueve de la mañana hasta pasada la medianoche.

        Ganó el conjunto Los Kusillos de Aywiri, seguido por Sikuris Juventud Chullunquiani. Los hoteles del centro reportaron 90 % de ocupación el fin de semana.""",
        m="I",
        tone="+",
        note="a festivity the institution organised, successful; no topic",
    ),
    S(
        "w036",
        "totora",
        "2026-11-17T09:30:00-05:00",
        "Ccallo Mendoza: «Lima nos recorta el Foncomun y luego nos pide resultados»",
        """El alcalde Ccallo Mendoza criticó el recorte de 11 % en las transferencias del Fondo de Compensación Municipal previsto para el próximo año. «El Ministerio de Economía nos recorta el Foncomun y luego nos pide resultados», dijo en la reunión de alcaldes del sur en Sillumayo.

        Los alcaldes acordaron enviar un memorial al Congreso para que se revise la asignación antes de aprobar la ley de presupuesto.""",
        m="A",
        tone="0",
        note="the Mayor criticising the national government",
    ),
    S(
        "w037",
        "totora",
        "2026-11-18T07:15:00-05:00",
        "Posta médica que construyó la municipalidad sigue cerrada: no tiene equipos ni médicos",
        """La posta médica del barrio Alto Llallahua, que la Municipalidad Provincial de Wiñaymarka inauguró en febrero con una inversión de 1,9 millones de soles, sigue con las puertas cerradas. Nadie gestionó su equipamiento ni la asignación de personal ante la Red de Salud.

        «Hubo banda, hubo cinta, hubo discurso, y hasta ahora no hay ni una camilla», dijo el presidente del barrio, Melchor Quispe. Los vecinos siguen caminando cuarenta minutos hasta el centro de salud del cercado.""",
        m="I",
        t="salud",
        tone="-",
        note="a municipal health post built and never opened",
    ),
    S(
        "w038",
        "totora",
        "2026-11-18T18:30:00-05:00",
        "Gerenta municipal presenta informe de gestión del tercer trimestre",
        """La gerenta municipal Yolanda Pari Coaquira presentó ante el concejo el informe del tercer trimestre. La ejecución de inversiones llegó al 52 % del presupuesto, frente al 48 % del año anterior.

        Pari explicó que diez proyectos están en ejecución y cuatro en etapa de liquidación. Los regidores tendrán quince días para enviar sus observaciones por escrito.""",
        m="G",
        tone="0",
        note="a routine report to the council",
    ),
    S(
        "w039",
        "totora",
        "2026-11-19T07:35:00-05:00",
        "«No hubo sobreprecio»: Contraloría archiva la denuncia por las compactadoras",
        """La Contraloría concluyó que no hubo sobreprecio en la compra de los dos camiones compactadores que adquirió la Municipalidad Provincial de Wiñaymarka y archivó la denuncia presentada en setiembre.

        El informe de control señala que el precio pagado, 1,6 millones de soles por ambas unidades, está por debajo del promedio del mercado y que el proceso cumplió todas las etapas. «Ni una sola observación», destacó la oficina de imagen institucional.""",
        m="I",
        t="limpieza",
        tone="+",
        note="negation: 'no hubo sobreprecio', 'ni una sola observación' — positive",
    ),
    S(
        "w040",
        "totora",
        "2026-11-20T08:10:00-05:00",
        "Consejero regional Choquehuanca pide fiscalizar la compra de ambulancias",
        """El consejero regional por la provincia de Wiñaymarka, Héctor Choquehuanca Ticona, pidió al pleno del consejo regional fiscalizar la compra de seis ambulancias que la Dirección Regional de Salud pagó en julio y que aún no llegan.

        «Son 2,4 millones de soles y las unidades no aparecen», dijo el consejero Choquehuanca. La Diresa atribuyó el retraso a un problema de importación.""",
        about=False,
        note="namesake: a regional councillor shares the teniente alcaldesa's first surname",
    ),
    # --- Correo del Lago: regional paper, teasers in RSS, 2009 table template -----------------------------------------
    S(
        "w041",
        "clago",
        "2026-11-02T06:30:00-05:00",
        "¡Qué rapidez! La comuna wiñaymarqueña tardó cinco meses en reponer una tapa de buzón",
        """Cinco meses, dos oficios, un reportaje de televisión y una pierna fracturada. Eso fue lo que hizo falta para que la comuna wiñaymarqueña repusiera la tapa del buzón de la esquina de los jirones Cahuide y Deza, que desapareció en junio.

        En ese tiempo cayeron al hueco un mototaxi, un perro y, en octubre, una escolar de 12 años que sigue enyesada. Los vecinos pusieron una llanta y una rama de eucalipto como señal. La tapa nueva llegó el viernes, pintada de amarillo. Todo un récord de eficiencia.""",
        m="I",
        t="obras",
        tone="-",
        note="sarcasm: praise words, negative facts",
    ),
    S(
        "w042",
        "clago",
        "2026-11-02T10:00:00-05:00",
        "Gobernador Velarde inaugura carretera Sillumayo–Kunturkanki",
        """El gobernador regional Augusto Velarde Luque inauguró los 48 kilómetros asfaltados de la carretera entre Sillumayo y Kunturkanki, una obra de 210 millones de soles que tardó seis años.

        A la ceremonia asistieron alcaldes de cuatro provincias, entre ellos los de Lampasillo y Kunturkanki. Velarde anunció que el próximo tramo unirá Kunturkanki con la frontera.""",
        about=False,
        note="regional works; no mention of us",
    ),
    S(
        "w043",
        "clago",
        "2026-11-03T06:45:00-05:00",
        "Contraloría halla perjuicio de S/ 1,2 millones en el malecón de la MPW",
        """Un informe de la Contraloría General identificó un perjuicio económico de 1,2 millones de soles en la obra de remodelación del malecón ecoturístico que ejecutó la Municipalidad Provincial de Wiñaymarka entre 2023 y 2024.

        Según el informe, se pagaron partidas de enchapado de piedra que nunca se colocaron y se aprobaron ampliaciones de plazo sin sustento. Se identificó responsabilidad penal en cuatro funcionarios, entre ellos dos ex gerentes.

        La comuna wiñaymarqueña indicó en un comunicado que colaborará con la investigación.""",
        m="I",
        t="obras",
        tone="-",
        note="a damaging audit of municipal works",
    ),
    S(
        "w044",
        "clago",
        "2026-11-04T07:00:00-05:00",
        "Serenazgo amplía el patrullaje nocturno al terminal terrestre",
        """La Municipalidad Provincial de Wiñaymarka anunció que desde el lunes el patrullaje nocturno del serenazgo se extenderá al terminal terrestre y a las calles aledañas, entre las 10 de la noche y las 5 de la mañana.

        Se asignarán dos camionetas y seis serenos por turno. La medida responde al pedido de las empresas de transporte, cuyos pasajeros llegan de madrugada desde Lima y Arequipa.""",
        m="I",
        t="seguridad",
        tone="0",
        note="an announcement, plain",
    ),
    S(
        "w045",
        "clago",
        "2026-11-04T18:15:00-05:00",
        "Maestra Yolanda Pari Mamani recibe las Palmas Magisteriales",
        """La profesora Yolanda Pari Mamani, de la escuela bilingüe de Chullunquiani, fue distinguida con las Palmas Magisteriales en el grado de Educador por su trabajo de enseñanza de lectura en aimara y castellano.

        Pari Mamani enseña desde hace 27 años en aulas multigrado. «Este premio es de mis alumnos, que caminan dos horas para llegar», dijo desde Lima.""",
        about=False,
        note="namesake: a teacher with the gerenta's given name and first surname",
    ),
    S(
        "w046",
        "clago",
        "2026-11-05T07:20:00-05:00",
        "Regidor Tintaya reconoce menos asaltos en el centro, pero pide más cámaras para los barrios",
        """El regidor de oposición Edwin Tintaya Chura reconoció que los asaltos en el centro de Wiñaymarka bajaron desde que el serenazgo instaló puestos fijos en la plaza de armas y el malecón. «Hay que decirlo: en el centro se nota el cambio», admitió.

        Sin embargo, pidió extender la videovigilancia a los barrios de la parte alta, donde, según la comisaría, se concentra ahora la mitad de las denuncias.""",
        m="R",
        t="seguridad",
        tone="+",
        note="the opposition recognises an improvement; headline weight positive",
    ),
    S(
        "w047",
        "clago",
        "2026-11-05T09:40:00-05:00",
        "Chullunquiani declara emergencia por la basura acumulada en sus calles",
        """El alcalde distrital de Chullunquiani, Vidal Mamani Cruz, declaró en emergencia el servicio de limpieza pública de su distrito tras dos semanas sin recojo por la avería de su único camión.

        La Municipalidad Distrital de Chullunquiani alquilará un volquete mientras repara la unidad. Los vecinos quemaron basura en la plaza en señal de protesta.""",
        about=False,
        note="garbage keywords in a district municipality's story",
    ),
    S(
        "w048",
        "clago",
        "2026-11-06T07:10:00-05:00",
        "Asaltan la Cooperativa Wiñaymarka y se llevan 80 000 soles",
        """Cuatro delincuentes armados asaltaron la agencia central de la Cooperativa de Ahorro y Crédito Wiñaymarka, en el jirón Deza, y se llevaron unos 80 000 soles. Redujeron al vigilante y encerraron a los empleados en el baño.

        La Policía encontró el auto usado en el asalto abandonado en la salida a Huancasaya. Nadie resultó herido.""",
        about=False,
        note="a cooperative carrying the name; police news with 'asalto'",
    ),
    S(
        "w049",
        "clago",
        "2026-11-06T09:00:00-05:00",
        "MPW sorteará 300 puestos para la feria navideña",
        """La MPW sorteará el 28 de noviembre los 300 puestos de la feria navideña, que funcionará en el malecón del 15 al 31 de diciembre. Las inscripciones son gratuitas y se reciben en mesa de partes hasta el 25.

        Cada comerciante pagará 80 soles por el derecho de uso del espacio durante toda la feria.""",
        m="I",
        tone="0",
        note="plain notice; a market fair is none of the five topics",
    ),
    S(
        "w050",
        "clago",
        "2026-11-07T08:30:00-05:00",
        "El Chasqui corre: el alcalde Ccallo completó los 10K del aniversario",
        """Fiel a su apodo, el alcalde provincial Fortunato Ccallo Mendoza, «el Chasqui», completó ayer los diez kilómetros de la carrera por el aniversario de Wiñaymarka, a 3 850 metros de altura, en 52 minutos.

        Llegó en el puesto 61 de 400 participantes y fue aplaudido por los vecinos a lo largo del malecón. «Corrí mis primeras carreras llevando encomiendas entre las comunidades, de ahí el apodo», recordó.""",
        m="A",
        tone="+",
        note="a friendly piece on the Mayor; the nickname plainly his",
    ),
    S(
        "w051",
        "clago",
        "2026-11-07T10:15:00-05:00",
        "Arbitrios subirán 12 % en 2027 y los vecinos anuncian rechazo",
        """Los arbitrios de limpieza pública, parques y serenazgo subirán en promedio 12 % el próximo año en el cercado de Wiñaymarka, según la ordenanza que aprobó el concejo provincial.

        La teniente alcaldesa Nilda Choquehuanca Flores defendió el alza: «El costo del servicio subió y llevamos cinco años con la misma tasa». La Federación de Barrios anunció una marcha hacia el palacio municipal para el jueves.

        Una vivienda promedio pagará 14 soles más al año.""",
        m="T",
        t="tributos",
        tone="-",
        note="a fee rise with neighbours' rejection; 'concejo provincial' is not the institution's name",
    ),
    S(
        "w052",
        "clago",
        "2026-11-08T07:00:00-05:00",
        "MPW y universidad estudiarán la calidad del agua de la bahía interior",
        """La Municipalidad Provincial de Wiñaymarka y la Universidad Nacional del Altiplano Sur firmaron un convenio para monitorear durante dos años la calidad del agua de la bahía interior del lago Challaqota.

        El alcalde Fortunato Ccallo dijo que los resultados servirán para priorizar las inversiones. Los estudiantes de biología tomarán muestras cada mes en doce puntos de la bahía.""",
        m="I A",
        tone="+",
        note="an agreement with a university; water quality is none of the five topics",
    ),
    S(
        "w053",
        "clago",
        "2026-11-08T18:40:00-05:00",
        "El otro Wiñaymarka: caserío de Kunturkanki sigue sin agua potable",
        """En el caserío Wiñaymarka, en el distrito de Ocopampa, provincia de Kunturkanki, las familias todavía acarrean agua del manantial en baldes. El proyecto de agua y saneamiento lleva cuatro años en la etapa de expediente.

        «Aquí nadie viene, ni el alcalde de Ocopampa ni nadie», dice la presidenta de la junta vecinal, Faustina Quispe.""",
        about=False,
        note="homonymous hamlet in another province",
    ),
    S(
        "w054",
        "clago",
        "2026-11-09T07:20:00-05:00",
        "Serenos agreden a vendedora ambulante y el video se viraliza",
        """Un video grabado en la avenida El Sol muestra a tres serenos de la Municipalidad Provincial de Wiñaymarka arrastrando del brazo a una vendedora de api de 60 años y arrojando su carretilla a la pista.

        La grabación suma más de 200 000 reproducciones. La Defensoría del Pueblo pidió explicaciones a la comuna, que anunció la suspensión de los tres serenos mientras dure la investigación.""",
        m="I",
        t="seguridad",
        tone="-",
        note="municipal guards' abuse",
    ),
    S(
        "w055",
        "clago",
        "2026-11-09T09:10:00-05:00",
        "Teniente alcaldesa Choquehuanca asume el despacho por viaje del alcalde Ccallo",
        """La teniente alcaldesa Nilda Choquehuanca Flores asumió el despacho de alcaldía de la Municipalidad Provincial de Wiñaymarka mientras dure el viaje del alcalde Fortunato Ccallo a Lima, donde gestionará recursos ante los ministerios de Vivienda y Economía.

        Según la resolución publicada en el portal institucional, el encargo se extiende hasta el viernes 13.""",
        m="T A I",
        tone="0",
        note="an administrative notice",
    ),
    S(
        "w056",
        "clago",
        "2026-11-10T07:00:00-05:00",
        "Néstor «el Chasqui» Huanca gana la maratón de Sillumayo",
        """El fondista wiñaymarqueño Néstor Huanca, conocido como «el Chasqui», ganó la maratón internacional de Sillumayo con un tiempo de 2 horas, 21 minutos y 4 segundos, nuevo récord de la prueba.

        Huanca, de 28 años, entrena en las alturas de Pusiqocha a más de 4 000 metros. «Me voy a preparar para el sudamericano», anunció tras cruzar la meta envuelto en la bandera de la provincia.""",
        about=False,
        note="the Mayor's nickname used for a runner",
    ),
    S(
        "w057",
        "clago",
        "2026-11-10T08:50:00-05:00",
        "Pusiqocha estrena posta médica con sala de partos",
        """El alcalde distrital de Pusiqocha, Lucio Arpasi Ticona, y la Red de Salud inauguraron la nueva posta médica del centro poblado Chijnaya, con sala de partos, tópico y residencia para el personal.

        La Municipalidad Distrital de Pusiqocha invirtió 2,1 millones de soles. La posta atenderá a unas 3 000 personas de siete comunidades.""",
        about=False,
        note="health keywords in a district's story",
    ),
    S(
        "w058",
        "clago",
        "2026-11-11T07:10:00-05:00",
        "Comerciantes del mercado Bellavista estrenan techo y pisos nuevos",
        """Los 180 comerciantes del mercado Bellavista trabajan desde ayer bajo un techo metálico nuevo, con pisos de cerámica y servicios higiénicos renovados. La obra fue ejecutada por la Municipalidad de Wiñaymarka con una inversión de 1,4 millones de soles.

        «Ya no nos llueve encima y los clientes han vuelto», dijo Eulogia Mamani, que vende verduras desde hace veinte años.""",
        m="I",
        t="obras",
        tone="+",
        note="finished municipal works",
    ),
    S(
        "w059",
        "clago",
        "2026-11-12T07:30:00-05:00",
        "Gerenta Pari no asistió a la citación del concejo y los regidores se retiran molestos",
        """La gerenta municipal Yolanda Pari Coaquira no se presentó a la sesión extraordinaria en la que debía explicar los retrasos en el pago a proveedores. Envió un oficio dos horas antes alegando «agenda recargada».

        El regidor Edwin Tintaya dijo que es la tercera vez que la gerenta no acude. «Es una falta de respeto al concejo», afirmó antes de retirarse de la sala junto con otros tres regidores.""",
        m="G R",
        tone="-",
        note="a no-show before the council",
    ),
    S(
        "w060",
        "clago",
        "2026-11-12T19:00:00-05:00",
        "Paro de transportistas bloquea la salida de Wiñaymarka hacia Sillumayo",
        """Transportistas interprovinciales bloquearon por seis horas la salida de Wiñaymarka hacia Sillumayo en protesta por el alza del combustible y los controles de la Sutran. Decenas de pasajeros caminaron con sus maletas hasta el puente Ilave.

        La Policía despejó la vía a las tres de la tarde sin detenidos.""",
        about=False,
        note="a transport strike in the town; no municipal angle ('puente' is a keyword)",
    ),
    S(
        "w061",
        "clago",
        "2026-11-13T07:00:00-05:00",
        "Comuna wiñaymarqueña empadronará a los 2 400 mototaxis del cercado",
        """La comuna wiñaymarqueña empezará el lunes un empadronamiento de los mototaxis que circulan en el cercado. Según la subgerencia de Tránsito, se calcula que hay unos 2 400 vehículos, de los cuales solo 900 tienen permiso de operación.

        El registro es gratuito y durará hasta el 20 de diciembre. Luego se harán operativos.""",
        m="I",
        tone="0",
        note="traffic measure: no topic",
    ),
    S(
        "w062",
        "clago",
        "2026-11-14T06:30:00-05:00",
        "Editorial: La bahía ya no aguanta más",
        """Cada temporada de lluvias la bahía interior de Wiñaymarka recibe más desagüe del que la vieja planta de tratamiento puede procesar. Las algas verdes cubren ya los totorales de Huaje y los pescadores han dejado de tender sus redes.

        La Municipalidad Provincial de Wiñaymarka dejó paralizada la ampliación de la planta durante casi un año y solo ahora sale a pedir dinero a Lima. No basta con convenios ni con fotos: hace falta terminar la obra.

        La bahía no puede esperar otra gestión.""",
        m="I",
        t="obras",
        tone="-",
        note="editorial: the treatment plant works; sewage is obras",
    ),
    S(
        "w063",
        "clago",
        "2026-11-15T18:00:00-05:00",
        "Roban 30 ovejas a comunera de Huancasaya",
        """Desconocidos robaron 30 ovejas del corral de la comunera Marcelina Turpo en el sector Collana de Huancasaya. Los ronderos siguieron las huellas hasta la carretera, donde se pierde el rastro.

        Es el tercer robo de ganado en el distrito en lo que va del mes.""",
        about=False,
        note="rural police news",
    ),
    S(
        "w064",
        "clago",
        "2026-11-16T07:15:00-05:00",
        "Desalojan a ambulantes del jirón Cahuide entre gritos y empujones",
        """Un operativo de fiscalización de la Municipalidad Provincial de Wiñaymarka desalojó ayer a unos 80 vendedores ambulantes del jirón Cahuide. Hubo empujones, mercadería tirada en la vereda y dos comerciantes heridos leves.

        Los ambulantes dijeron que nadie les ofreció un lugar alternativo. La subgerencia de Comercialización afirmó que fueron notificados hace un mes.""",
        m="I",
        tone="-",
        note="a clash during a municipal eviction; street vending is none of the five topics",
    ),
    # --- Radio Qhantati: provincial radio, transcripts in the RSS description, date-only pubDate ---------------------
    S(
        "w065",
        "qhantati",
        "2026-11-02",
        "Municipalidad repartirá agua con cisternas en los barrios altos",
        """LOCUTOR: Buenos días, Wiñaymarka, son las seis y cuarto en Qhantati Noticias. Tenemos en línea al alcalde provincial Fortunato Ccallo. Señor alcalde, los barrios altos están sin agua desde el jueves.

        FORTUNATO CCALLO: Así es, la EPS tuvo una rotura en la línea de conducción. Desde hoy la Municipalidad Provincial de Wiñaymarka va a repartir 20 000 litros diarios con dos cisternas en Alto Llallahua, Mañazo Chico y Totorani. Pedimos a las familias tener sus bidones listos desde las ocho.

        LOCUTOR: Gracias, señor alcalde. Seguimos con más noticias.""",
        m="A I",
        tone="+",
        note="radio transcript; water supply is none of the five topics",
    ),
    S(
        "w066",
        "qhantati",
        "2026-11-03",
        "Subgerente Yucra explica cómo separar los residuos en casa",
        """LOCUTORA: En nuestro espacio vecinal conversamos con el subgerente de Gestión Ambiental, Wálter Yucra Cahui. ¿Qué deben hacer las familias inscritas en el programa de segregación?

        WÁLTER YUCRA: Muy sencillo, vecina. Bolsa verde para lo orgánico, cáscaras y restos de comida; bolsa negra para lo que no se recicla; y el plástico, el papel y las botellas se entregan a la recicladora del barrio los martes y viernes. Las recicladoras llevan chaleco y carné.

        LOCUTORA: Muchas gracias, subgerente Yucra.""",
        m="S",
        t="limpieza",
        tone="0",
        note="an explanatory interview",
    ),
    S(
        "w067",
        "qhantati",
        "2026-11-04",
        "Oyentes reclaman por los baches de la avenida Costanera",
        """LOCUTOR: Abrimos los teléfonos. Buenos días, ¿de dónde nos llama?

        OYENTE: Del barrio Huaje, señor. Quiero decirle a la comuna wiñaymarqueña que la avenida Costanera está llena de huecos, ayer un mototaxi se volteó con una señora embarazada. Hace un año que prometieron asfaltar y nada.

        LOCUTOR: Otra llamada. OYENTE 2: Lo mismo, en la Costanera ya no se puede transitar, los huecos son como piscinas cuando llueve.

        LOCUTOR: Queda el reclamo. La línea está abierta.""",
        m="I",
        t="obras",
        tone="-",
        note="listeners' complaints about unpaved road",
    ),
    S(
        "w068",
        "qhantati",
        "2026-11-05",
        "Comuneros de Chullunquiani rechazan un nuevo botadero en su territorio",
        """LOCUTOR: Noticias del distrito de Chullunquiani. En asamblea comunal, los comuneros de Ccotapampa rechazaron que la Municipalidad Distrital de Chullunquiani use un terreno de la comunidad como botadero de basura.

        El presidente de la comunidad, Eusebio Mamani, dijo que no firmarán ningún acta. El alcalde distrital Vidal Mamani Cruz respondió que buscará otro terreno. Seguimos informando.""",
        about=False,
        note="a district municipality's dump; garbage keywords",
    ),
    S(
        "w069",
        "qhantati",
        "2026-11-06",
        "Hallan el cuerpo de un pescador en la orilla de Quipata",
        """LOCUTOR: Lamentable noticia. Pescadores de Quipata encontraron esta mañana el cuerpo de Anacleto Cruz, de 45 años, que había salido a revisar sus redes el martes por la noche.

        Según la Policía, el bote se habría volteado por el oleaje. Los familiares velan sus restos en su domicilio. Qhantati Noticias envía sus condolencias.""",
        about=False,
        note="police news",
    ),
    S(
        "w070",
        "qhantati",
        "2026-11-07",
        "Ccallo arremete contra la EPS: «No invierte un sol en los barrios altos»",
        """LOCUTOR: El alcalde Ccallo Mendoza fue duro con la empresa de agua.

        FORTUNATO CCALLO: La EPS Aguas del Lago cobra todos los meses y no invierte un sol en los barrios altos. Tienen tuberías de hace cuarenta años. Vamos a pedir a la Sunass que intervenga.

        LOCUTOR: La EPS no respondió a nuestra llamada. Seguimos.""",
        m="A",
        tone="0",
        note="the Mayor criticising the water company: neutral toward us; water is no topic",
    ),
    S(
        "w071",
        "qhantati",
        "2026-11-08",
        "Concejo rechaza investigar la compra de combustible que denunció el regidor Tintaya",
        """LOCUTORA: En la sesión de concejo de anoche, la mayoría oficialista rechazó la moción del regidor Edwin Tintaya para formar una comisión investigadora sobre la compra de combustible.

        Tintaya sostiene que la Municipalidad Provincial de Wiñaymarka pagó 18 000 galones de petróleo en seis meses para una flota que, según él, no consume ni la mitad. La teniente alcaldesa Nilda Choquehuanca dijo que la denuncia «no tiene sustento» y que los vales están en el portal de transparencia.

        El regidor anunció que llevará el caso a la Contraloría.""",
        m="R I T",
        tone="-",
        note="an accusation, rejected by the majority: still a story about an accusation",
    ),
    S(
        "w072",
        "qhantati",
        "2026-11-06",
        "Cierre de calles por el desfile del domingo",
        """LOCUTOR: Atención, conductores. La Municipalidad de Wiñaymarka informa que el domingo 8, de siete de la mañana a dos de la tarde, estarán cerradas la avenida El Sol, el jirón Deza y las calles alrededor de la plaza de armas por el desfile cívico del aniversario.

        Las combis a Huancasaya y Pilcomarca saldrán del paradero de la avenida Circunvalación.""",
        m="I",
        tone="0",
        note="traffic notice for a festivity",
    ),
    S(
        "w073",
        "qhantati",
        "2026-11-09",
        "Vacunación contra la influenza en el mercado Unión",
        """LOCUTORA: Este martes y miércoles habrá vacunación gratuita contra la influenza y la neumonía en la puerta del mercado Unión, de ocho de la mañana a cuatro de la tarde.

        La campaña es del centro de salud del cercado con apoyo de la municipalidad wiñaymarqueña, que pone los toldos y los promotores. Pueden vacunarse los mayores de 60 años, las gestantes y los niños menores de cinco.""",
        m="I",
        t="salud",
        tone="0",
        note="vaccination notice",
    ),
    S(
        "w074",
        "qhantati",
        "2026-11-10",
        "Ronderos de Aywiri entregan a la Policía a un presunto ladrón de motores",
        """LOCUTOR: En la isla Aywiri, ronderos capturaron a un hombre que intentaba llevarse un motor fuera de borda del embarcadero de Ccapi. Lo entregaron a la comisaría de Wiñaymarka en la lancha de la tarde.

        El teniente gobernador de la isla pidió más presencia policial en los embarcaderos.""",
        about=False,
        note="rural police news",
    ),
    S(
        "w075",
        "qhantati",
        "2026-11-11",
        "Danzas del aniversario: los ganadores recibieron sus premios",
        """LOCUTORA: Anoche, en la plaza de armas, la Municipalidad Provincial de Wiñaymarka entregó los premios del concurso de danzas autóctonas. El primer lugar fue para la comunidad de Ccotapampa con la danza de los Choqelas, y el segundo para Pusiqocha con los Awatiris.

        Los conjuntos ganadores recibieron trofeos y premios de 3 000 y 2 000 soles. Felicitaciones a los danzantes.""",
        m="I",
        tone="0",
        note="a festivity's prizes, plain",
    ),
    S(
        "w076",
        "qhantati",
        "2026-11-12",
        "Serenazgo recupera mototaxi robada en menos de una hora",
        """LOCUTOR: Buena noticia para don Eleuterio Ticona, mototaxista. Su vehículo, robado anoche en el barrio Porteño, fue recuperado en menos de una hora por los serenos de la Municipalidad Provincial de Wiñaymarka, que lo ubicaron gracias a las cámaras de la avenida Costanera.

        El presunto ladrón fue entregado a la Policía. Don Eleuterio agradeció a los serenos en nuestra cabina.""",
        m="I",
        t="seguridad",
        tone="+",
        note="a security success",
    ),
    S(
        "w077",
        "qhantati",
        "2026-11-13",
        "Comerciantes del mercado Unión reclaman por el alza de la sisa",
        """LOCUTORA: Comerciantes del mercado Unión llegaron a nuestra cabina para denunciar que la comuna wiñaymarqueña subió la sisa diaria de un sol a dos soles cincuenta sin aviso previo.

        COMERCIANTE: Vendemos poquito, señorita, y encima nos cobran más. El cobrador ni boleta da.

        LOCUTORA: La municipalidad no contestó nuestras llamadas.""",
        m="I",
        t="tributos",
        tone="-",
        note="market fee (sisa) raised: tributos, negative",
    ),
    S(
        "w078",
        "qhantati",
        "2026-11-14",
        "Esta semana: audiencia pública de rendición de cuentas",
        """LOCUTOR: En nuestra agenda de la semana. El jueves 19, a las cinco de la tarde, en el auditorio del palacio municipal, la Municipalidad Provincial de Wiñaymarka realizará su segunda audiencia pública de rendición de cuentas del año.

        Los vecinos que quieran intervenir deben inscribirse hasta el martes en mesa de partes. También el sábado habrá feria de artesanía en el malecón.""",
        m="I",
        tone="0",
        note="agenda item",
    ),
    S(
        "w079",
        "qhantati",
        "2026-11-15",
        "Senamhi alerta granizadas y tormentas eléctricas en el altiplano",
        """LOCUTORA: El Senamhi emitió alerta naranja por granizadas, nevadas y tormentas eléctricas en las zonas altas de Qollaqocha hasta el miércoles. Se esperan lluvias intensas en las provincias de Wiñaymarka y Lampasillo.

        Se recomienda a los pastores no refugiarse bajo árboles ni cerca de cercos de alambre.""",
        about=False,
        note="weather alert naming the province",
    ),
    S(
        "w080",
        "qhantati",
        "2026-11-16",
        "Alcalde Ccallo: «No hemos abandonado la obra del mercado»",
        """LOCUTOR: Comerciantes acusan a la gestión de haber abandonado la obra del nuevo Mercado Central. Tenemos al alcalde Fortunato Ccallo Mendoza.

        FORTUNATO CCALLO: No hemos abandonado nada. Resolvimos el contrato porque el consorcio no cumplía, y ahora la ley nos obliga a hacer un nuevo expediente de saldo de obra. En enero convocamos.

        LOCUTOR: Pero las vendedoras llevan ocho meses en la calle. FORTUNATO CCALLO: Lo sé, y les pido paciencia.""",
        m="A",
        t="obras",
        tone="-",
        note="the Mayor denying an accusation of abandonment: the story is about the stalled works",
    ),
    S(
        "w081",
        "qhantati",
        "2026-11-17",
        "Teniente alcaldesa lanza campaña contra la violencia familiar en los barrios",
        """LOCUTORA: La teniente alcaldesa Nilda Choquehuanca Flores presentó la campaña «Casa sin golpes», con la que la Demuna de la Municipalidad Provincial de Wiñaymarka visitará 30 barrios con charlas y asesoría legal gratuita.

        NILDA CHOQUEHUANCA: Queremos que las mujeres sepan que no están solas y que la Demuna atiende también los sábados.""",
        m="T I",
        tone="+",
        note="a social campaign; none of the five topics",
    ),
    S(
        "w082",
        "qhantati",
        "2026-11-18",
        "Se malogra un camión compactador y el recojo se retrasa en tres barrios",
        """LOCUTOR: Vecinos de Bellavista, Huaje y Porteño, atención. El subgerente Wálter Yucra informó que uno de los camiones compactadores sufrió una avería en la caja hidráulica y el recojo de residuos en esos barrios se retrasará hasta el jueves.

        WÁLTER YUCRA: Pedimos disculpas. Mientras tanto pasará un volquete por las avenidas principales.

        LOCUTOR: Los vecinos de Huaje nos dicen que ya llevan cinco días con la basura en la puerta.""",
        m="S",
        t="limpieza",
        tone="-",
        note="a service failure acknowledged",
    ),
    # --- Radio Comunitaria Aywiri: island community radio, transcripts, date-only -------------------------------------
    S(
        "w083",
        "aywiri",
        "2026-11-03",
        "Alcalde de Aywiri pide una lancha ambulancia para la isla",
        """LOCUTOR: Kamisaraki, hermanos de la isla. El alcalde distrital de Aywiri, Santos Suaña Quilla, viajó a Sillumayo para pedir al Gobierno Regional una lancha ambulancia. Ahora los enfermos graves cruzan en botes de pescadores, dos horas hasta el hospital.

        SANTOS SUAÑA: La semana pasada una señora dio a luz en el bote. No podemos seguir así.

        LOCUTOR: El gobierno regional prometió una respuesta en quince días.""",
        about=False,
        note="another district's mayor and the regional government",
    ),
    S(
        "w084",
        "aywiri",
        "2026-11-05",
        "Comuneros de Aywiri limpian la orilla junto con la municipalidad provincial",
        """LOCUTORA: Más de 200 comuneros de Aywiri participaron el sábado en la faena de limpieza de la orilla del lago, junto con trabajadores de la Municipalidad Provincial de Wiñaymarka. Se recogieron cuatro toneladas de plástico, botellas y redes viejas.

        La basura fue llevada en la lancha municipal hasta el puerto de Wiñaymarka. Los comuneros pidieron repetir la faena cada mes.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a lakeshore clean-up with the provincial municipality",
    ),
    S(
        "w085",
        "aywiri",
        "2026-11-06",
        "Pescadores reportan truchas muertas cerca de las jaulas de Ccapi",
        """LOCUTOR: Pescadores del sector Ccapi reportan que desde el lunes aparecen truchas muertas flotando cerca de las jaulas. La Autoridad Local del Agua y el OEFA tomarán muestras esta semana.

        Los piscicultores creen que el problema es la falta de oxígeno por el calor de los últimos días.""",
        about=False,
        note="environmental news on the lake; no municipal angle",
    ),
    S(
        "w086",
        "aywiri",
        "2026-11-09",
        "Teniente alcaldesa llega a la isla con médicos y vacunas",
        """LOCUTORA: Ayer llegó a Aywiri la caravana de salud encabezada por la teniente alcaldesa Nilda Choquehuanca. Médicos y enfermeras atendieron a 340 comuneros y se vacunó a 90 niños contra el sarampión.

        NILDA CHOQUEHUANCA: Volveremos en febrero con oftalmólogos, lo prometido es deuda.""",
        m="T",
        t="salud",
        tone="+",
        note="a health campaign led by the teniente alcaldesa",
    ),
    S(
        "w087",
        "aywiri",
        "2026-11-10",
        "Radio Comunitaria Aywiri cumple quince años al aire",
        """LOCUTOR: Hoy cumplimos quince años. Empezamos con un transmisor prestado y una antena amarrada al campanario de la iglesia. Gracias a los oyentes de la isla y de la orilla, que nos escuchan en aimara y en castellano.

        Esta noche habrá música en vivo en el local comunal.""",
        about=False,
        note="the radio's own anniversary",
    ),
    S(
        "w088",
        "aywiri",
        "2026-11-12",
        "Comuneros reclaman que el alcalde provincial nunca llegó a la isla",
        """LOCUTOR: En la asamblea de la comunidad de Ccapi, los comuneros reclamaron que el alcalde Fortunato Ccallo prometió visitar la isla en agosto para ver el muelle rajado y hasta ahora no llega.

        COMUNERO: Nos dijo que venía en la fiesta de la Asunción. Preparamos la merienda y no vino nadie. Para las elecciones sí vienen.

        LOCUTOR: La asamblea acordó mandar una carta.""",
        m="A",
        tone="-",
        note="a broken promise; the dock is mentioned in passing, the story is about the visit",
    ),
    S(
        "w089",
        "aywiri",
        "2026-11-16",
        "Lancha municipal recogerá la basura de las islas cada quince días",
        """LOCUTORA: Desde diciembre, la lancha de la Municipalidad Provincial de Wiñaymarka pasará cada quince días por los embarcaderos de Aywiri y Taypi para recoger los residuos que las familias separen en sacos.

        El horario se anunciará por esta radio. Se pide no mezclar vidrios con plástico.""",
        m="I",
        t="limpieza",
        tone="0",
        note="a service announcement",
    ),
    S(
        "w090",
        "aywiri",
        "2026-11-20",
        "Tejedoras de Aywiri aprenden a vender por internet",
        """LOCUTOR: Treinta tejedoras de Aywiri terminaron el taller de comercio digital que dictó la ONG Manos del Lago. Aprendieron a fotografiar sus chullos y chalinas y a cobrar con billetera digital.

        La presidenta de la asociación, Benita Quilla, dijo que ya vendieron doce prendas a Lima.""",
        about=False,
        note="community news",
    ),
    # --- Radio La Poderosa de Huancasaya: district radio, transcripts ----------------------------------------------------
    S(
        "w091",
        "poderosa",
        "2026-11-12",
        "Alcalde Ccallo responde: «Mis sobrinos ganaron por mérito»",
        """LOCUTOR: En La Poderosa conversamos con el alcalde de Huancasaya, Rubén Ccallo Turpo, sobre la denuncia de sus regidores.

        RUBÉN CCALLO: Los dos jóvenes son operadores de maquinaria y dieron examen como todos. Que la Fiscalía investigue, no tengo nada que esconder.

        LOCUTOR: Los regidores insisten en que la contratación fue directa.""",
        about=False,
        note="namesake: the Huancasaya mayor, 'alcalde Ccallo' in the headline",
    ),
    S(
        "w092",
        "poderosa",
        "2026-11-04",
        "Huancasaya vacuna a sus perros contra la rabia",
        """LOCUTORA: La Municipalidad Distrital de Huancasaya y el puesto de salud inician este lunes la campaña de vacunación antirrábica canina en los sectores Collana, Jatun Ayllu y Central. La meta es vacunar a 1 800 perros.

        Los vecinos deben llevar a sus mascotas con correa.""",
        about=False,
        note="health keywords in a district's story",
    ),
    S(
        "w093",
        "poderosa",
        "2026-11-07",
        "Huancasaya reclama a la provincial por el camión que bota basura en su territorio",
        """LOCUTOR: El alcalde Rubén Ccallo Turpo exigió a la Municipalidad Provincial de Wiñaymarka que deje de mandar sus volquetes con basura del cercado al botadero de Chullunquiani por la vía que atraviesa Huancasaya.

        RUBÉN CCALLO: Cada día pasan tres, cuatro volquetes destapados, la basura vuela a las chacras. La provincial no nos ha consultado nada y eso no vamos a permitir.

        LOCUTOR: La municipalidad provincial no respondió.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a district mayor (namesake) criticising our municipality: about us, and the surname is not our Mayor",
    ),
    S(
        "w094",
        "poderosa",
        "2026-11-08",
        "Feria agropecuaria de Huancasaya premia al mejor toro",
        """LOCUTORA: En la feria agropecuaria de Huancasaya, el toro Brown Swiss de don Gregorio Mamani ganó el primer premio en la categoría de reproductores. También se premiaron alpacas, ovinos y quesos.

        La feria terminó con un festival de música con la banda Sensación del Lago.""",
        about=False,
        note="district fair",
    ),
    S(
        "w095",
        "poderosa",
        "2026-11-10",
        "Choque entre combi y camión en la vía Huancasaya–Wiñaymarka deja cinco heridos",
        """LOCUTOR: Un accidente en el kilómetro 9 de la vía Huancasaya–Wiñaymarka: una combi de la empresa San Martín chocó con un camión cargado de ladrillos. Cinco pasajeros fueron llevados al centro de salud de Huancasaya y luego al hospital.

        La Policía investiga si el camión invadió el carril.""",
        about=False,
        note="police news on the road",
    ),
    S(
        "w096",
        "poderosa",
        "2026-11-13",
        "Vaso de Leche de Huancasaya entrega avena y leche a 900 niños",
        """LOCUTORA: El programa del Vaso de Leche de la Municipalidad Distrital de Huancasaya repartió la ración de noviembre a 900 niños y 140 adultos mayores. La entrega se hizo en los comités de cada sector.""",
        about=False,
        note="district social programme",
    ),
    S(
        "w097",
        "poderosa",
        "2026-11-14",
        "Serenazgo de Huancasaya estrena cuatro motos para patrullar",
        """LOCUTOR: El serenazgo de Huancasaya tiene cuatro motocicletas nuevas para el patrullaje de los sectores alejados. Fueron compradas por la municipalidad distrital con 60 000 soles.

        El alcalde Ccallo dijo que los serenos trabajarán junto con las rondas campesinas.""",
        about=False,
        note="security keywords and 'el alcalde Ccallo' of another district",
    ),
    S(
        "w098",
        "poderosa",
        "2026-11-19",
        "Provincial y Huancasaya firman convenio para asfaltar la vía de integración",
        """LOCUTORA: La Municipalidad Provincial de Wiñaymarka y la Municipalidad Distrital de Huancasaya firmaron un convenio para asfaltar los 11 kilómetros de la vía de integración entre ambas localidades.

        Firmaron el alcalde provincial Fortunato Ccallo Mendoza y el alcalde distrital Rubén Ccallo Turpo, que, como aclararon entre risas, no son parientes. La provincial financia el expediente técnico y el distrito pone la maquinaria.

        La obra costará unos 22 millones de soles.""",
        m="I A",
        t="obras",
        tone="+",
        note="both Ccallos in one story: ours is named in full",
    ),
    # --- Radio Sariri: community radio of Pusiqocha, transcripts ------------------------------------------------------
    S(
        "w099",
        "sariri",
        "2026-11-04",
        "Pusiqocha entrega botiquines veterinarios a 40 comunidades",
        """LOCUTOR: El alcalde distrital de Pusiqocha, Lucio Arpasi Ticona, entregó botiquines veterinarios a los presidentes de 40 comunidades alpaqueras. Cada botiquín tiene antiparasitarios, vitaminas y jeringas.

        LUCIO ARPASI: Con las heladas nuestras crías se enferman, hay que prevenir.""",
        about=False,
        note="a district's programme",
    ),
    S(
        "w100",
        "sariri",
        "2026-11-07",
        "Comuneros de Chijnaya marchan a la ciudad para exigir médicos",
        """LOCUTORA: Unos 150 comuneros de Chijnaya y Sora Chico bajaron en camiones hasta la ciudad de Wiñaymarka para exigir a la Red de Salud que asigne un médico permanente a su posta.

        Se plantaron frente a la oficina de la Red, en el jirón Deza. El director, doctor Arturo Velásquez, se comprometió a enviar un médico serums en enero.""",
        about=False,
        note="health protest against the health network, not the municipality",
    ),
    S(
        "w101",
        "sariri",
        "2026-11-09",
        "Helada mata 300 crías de alpaca en las alturas de Pusiqocha",
        """LOCUTOR: Las heladas de la última semana mataron unas 300 crías de alpaca en las estancias por encima de los 4 500 metros. Los alpaqueros piden al Gobierno Regional cobertizos y forraje.

        Anoche la temperatura bajó a 14 grados bajo cero en Sora Chico.""",
        about=False,
        note="weather damage in a district",
    ),
    S(
        "w102",
        "sariri",
        "2026-11-11",
        "Maquinaria de la provincial rehabilita la trocha a Sora Chico",
        """LOCUTORA: Una motoniveladora y un rodillo de la Municipalidad Provincial de Wiñaymarka rehabilitan desde el lunes los 18 kilómetros de trocha entre Pusiqocha y Sora Chico, que quedó casi intransitable con las lluvias.

        Los comuneros ponen la mano de obra y el combustible lo pone la provincial. En diez días la vía estará lista, nos dijo el operador.""",
        m="I",
        t="obras",
        tone="+",
        note="municipal machinery repairing a rural road",
    ),
    S(
        "w103",
        "sariri",
        "2026-11-15",
        "Arranca la Copa Chasqui de fútbol campesino",
        """LOCUTOR: Este domingo empieza la Copa Chasqui, el campeonato de fútbol campesino que reúne a 24 equipos de las comunidades de Pusiqocha. El premio mayor es un torito y una copa.

        La inauguración será a las diez en la cancha de Chijnaya, con desfile de equipos y banda.""",
        about=False,
        note="the nickname as a tournament's name",
    ),
    S(
        "w104",
        "sariri",
        "2026-11-18",
        "Regidor Tintaya en Pusiqocha: «El alcalde provincial se olvidó del campo»",
        """LOCUTORA: El regidor provincial Edwin Tintaya Chura visitó Pusiqocha y criticó a la gestión del alcalde Fortunato Ccallo.

        EDWIN TINTAYA: El alcalde provincial solo hace obras en la ciudad. De los 96 millones del presupuesto, al campo le toca menos del 10 %. Eso no es justo.

        LOCUTORA: Los comuneros le entregaron un memorial con sus pedidos.""",
        m="R A",
        tone="-",
        note="the opposition criticising the Mayor",
    ),
    # --- Lago TV Canal 13: TV transcripts in Atom, UTC times near midnight ---------------------------------------------
    S(
        "w105",
        "lagotv",
        "2026-11-03T04:20:00Z",
        "Bomberos controlan incendio en galería comercial del jirón Deza",
        """CONDUCTORA: Buenas noches. Empezamos con el incendio que esta tarde consumió cuatro tiendas de la galería Los Andes, en el jirón Deza. Nuestro reportero está en el lugar.

        REPORTERO: Así es. Tres compañías de bomberos de Wiñaymarka y Sillumayo trabajaron dos horas para controlar el fuego, que empezó en una tienda de ropa. No hubo heridos, pero las pérdidas superan los 200 000 soles.

        CONDUCTORA: Gracias. Vamos a una pausa.""",
        about=False,
        note="a fire; no municipal angle",
    ),
    S(
        "w106",
        "lagotv",
        "2026-11-04T04:45:00Z",
        "Reportaje: la bahía interior, un espejo de aguas servidas",
        """CONDUCTOR: Esta noche, un reportaje especial. La bahía interior de Wiñaymarka, postal de los turistas, recibe cada segundo 90 litros de desagüe sin tratar.

        REPORTERA: Estamos en la salida del colector de Huaje. Lo que ven es agua negra que va directo al lago. La ampliación de la planta de tratamiento, a cargo de la Municipalidad Provincial de Wiñaymarka, está paralizada desde diciembre. El alcalde Fortunato Ccallo nos dijo que busca financiamiento, pero no dio plazos.

        CONDUCTOR: Un tema que seguiremos.""",
        m="I A",
        t="obras",
        tone="-",
        note="TV report on the stalled treatment plant",
    ),
    S(
        "w107",
        "lagotv",
        "2026-11-05T04:10:00Z",
        "Gerenta Pari explica por qué se redujo el personal CAS",
        """CONDUCTORA: En el set nos acompaña la gerenta municipal de Wiñaymarka, Yolanda Pari Coaquira. Gerenta, ¿por qué se despidió a 60 trabajadores?

        YOLANDA PARI: No es un despido, señorita. Son contratos que vencían y que no se renovaron porque la ley de presupuesto no nos permite aumentar planilla. Hemos priorizado limpieza y serenazgo.

        CONDUCTORA: Gracias por su tiempo.""",
        m="G",
        tone="0",
        note="an interview; staff matters are none of the five topics",
    ),
    S(
        "w108",
        "lagotv",
        "2026-11-06T03:55:00Z",
        "Alcalde Ccallo entrega pistas y veredas en el barrio Porteño",
        """CONDUCTOR: Más de 1 200 familias del barrio Porteño celebran hoy. El alcalde Fortunato Ccallo entregó 1,3 kilómetros de pistas y veredas, con jardineras y alumbrado led.

        REPORTERO: Los vecinos recibieron al alcalde con cohetes y una banda. La Municipalidad Provincial de Wiñaymarka invirtió 5,6 millones de soles. Doña Felipa Cruz nos decía que es la primera vez en treinta años que su calle no es de tierra.

        CONDUCTOR: Buenas noticias para Porteño.""",
        m="A I",
        t="obras",
        tone="+",
        note="finished street works",
    ),
    S(
        "w109",
        "lagotv",
        "2026-11-07T04:30:00Z",
        "Asalto a mano armada a un agente bancario en la avenida El Sol",
        """CONDUCTORA: Inseguridad. Dos sujetos armados asaltaron esta tarde un agente bancario en la avenida El Sol y se llevaron 12 000 soles. El dueño fue golpeado con la cacha de una pistola.

        REPORTERO: La Policía ya tiene las imágenes de una cámara de la tienda vecina. Los delincuentes huyeron en una moto sin placa.""",
        about=False,
        note="an armed robbery, police only ('asalto' is a keyword)",
    ),
    S(
        "w110",
        "lagotv",
        "2026-11-08T04:05:00Z",
        "Semáforos nuevos en cuatro cruces del centro",
        """CONDUCTOR: Desde mañana funcionan los semáforos instalados por la municipalidad wiñaymarqueña en cuatro cruces de la avenida El Sol. La subgerencia de Tránsito dice que los accidentes en esos cruces bajarán a la mitad.

        REPORTERA: Los choferes piden paciencia los primeros días. Habrá inspectores orientando.""",
        m="I",
        tone="+",
        note="traffic lights installed: no topic",
    ),
    S(
        "w111",
        "lagotv",
        "2026-11-09T04:40:00Z",
        "Wiñaymarka entre las provincias con más anemia de la región",
        """CONDUCTORA: Según la Diresa, la provincia de Wiñaymarka tiene una tasa de anemia infantil de 54 %, la tercera más alta de Qollaqocha, detrás de Kunturkanki y Lampasillo.

        REPORTERO: Los especialistas atribuyen la cifra a la altura y a la falta de alimentos ricos en hierro en las comunidades. La Diresa anunció una campaña con sulfato ferroso en diciembre.""",
        about=False,
        note="a regional health figure naming the province; no municipal angle",
    ),
    S(
        "w112",
        "lagotv",
        "2026-11-10T03:50:00Z",
        "Concejo aprueba amnistía tributaria hasta fin de año",
        """CONDUCTOR: El concejo de la Municipalidad Provincial de Wiñaymarka aprobó una amnistía tributaria: los contribuyentes que paguen su deuda del impuesto predial y arbitrios de años anteriores hasta el 31 de diciembre no pagarán intereses ni multas.

        REPORTERA: La teniente alcaldesa Nilda Choquehuanca explicó que la municipalidad espera recaudar unos 800 000 soles. Los pagos se hacen en el palacio municipal.""",
        m="I T",
        t="tributos",
        tone="0",
        note="plain: a tax amnesty approved",
    ),
    S(
        "w113",
        "lagotv",
        "2026-11-11T04:25:00Z",
        "Deportes: Deportivo Wiñaymarka empata en Kunturkanki",
        """CONDUCTOR: En deportes, Deportivo Wiñaymarka empató 1-1 con Atlético Kunturkanki en la ida de la etapa regional. Hilario Cutipa anotó de penal.

        REPORTERO: El técnico Walter Yucra dijo que en casa el equipo sacará la clasificación. La vuelta es el domingo en el Manco Cápac.""",
        about=False,
        note="namesake: the coach 'Walter Yucra'",
    ),
    S(
        "w114",
        "lagotv",
        "2026-11-12T04:15:00Z",
        "Urbanización Los Pinos lleva un mes a oscuras",
        """CONDUCTORA: Los vecinos de la urbanización Los Pinos llevan un mes sin alumbrado público. Dicen que Electro Sur no repone los focos y que la comuna wiñaymarqueña nunca contestó sus tres oficios.

        VECINA: De noche no se puede salir, ya asaltaron a dos chicas que volvían del instituto.

        CONDUCTORA: Electro Sur dijo que atenderá el reclamo esta semana.""",
        m="I",
        tone="-",
        note="street lighting (no topic); the municipality ignored requests",
    ),
    S(
        "w115",
        "lagotv",
        "2026-11-13T04:50:00Z",
        "Nevada sorprende a los viajeros en el abra de Kunturkanki",
        """CONDUCTOR: La nevada de esta tarde cubrió la carretera en el abra de Kunturkanki. Unos cuarenta vehículos quedaron varados varias horas hasta que pasó la maquinaria de Provías.

        Se recomienda viajar con cadenas y abrigo.""",
        about=False,
        note="weather",
    ),
    S(
        "w116",
        "lagotv",
        "2026-11-14T04:35:00Z",
        "Subgerente Yucra: «El relleno sanitario estará listo en marzo»",
        """CONDUCTORA: ¿Cuándo se cierra el botadero de Chullunquiani? Se lo preguntamos al subgerente de Gestión Ambiental de Wiñaymarka, Wálter Yucra Cahui.

        WÁLTER YUCRA: El relleno sanitario de Jatunpampa estará listo en marzo. Ya tenemos la celda uno impermeabilizada. Cuando funcione, cerraremos el botadero con un plan aprobado por el ministerio.

        CONDUCTORA: Los comuneros dicen que ya escucharon esa promesa. WÁLTER YUCRA: Esta vez hay obra avanzada, pueden ir a verla.""",
        m="S",
        t="limpieza",
        tone="0",
        note="a promise, told plainly",
    ),
    S(
        "w117",
        "lagotv",
        "2026-11-15T04:20:00Z",
        "Regidor Tintaya: «En seguridad ciudadana esta gestión ha fracasado»",
        """CONDUCTOR: En nuestra entrevista de esta noche, el regidor de oposición Edwin Tintaya Chura.

        EDWIN TINTAYA: En seguridad ciudadana esta gestión ha fracasado. La mitad de las cámaras no funciona, el serenazgo tiene tres camionetas operativas de diez y los serenos ganan menos del mínimo.

        CONDUCTOR: La gestión dice que los asaltos bajaron en el centro. EDWIN TINTAYA: En el centro, sí; en los barrios, no.""",
        m="R",
        t="seguridad",
        tone="-",
        note="the opposition's criticism",
    ),
    S(
        "w118",
        "lagotv",
        "2026-11-16T04:00:00Z",
        "Feria navideña en el malecón tendrá 300 puestos y juegos mecánicos",
        """CONDUCTORA: La Municipalidad de Wiñaymarka presentó el plano de la feria navideña: 300 puestos, una zona de comidas y juegos mecánicos frente al muelle. Funcionará del 15 al 31 de diciembre.

        Los comerciantes interesados deben inscribirse hasta el 25 de noviembre.""",
        m="I",
        tone="0",
        note="plain notice",
    ),
    S(
        "w119",
        "lagotv",
        "2026-11-17T04:45:00Z",
        "Chasqui Express, la mensajería que cruza el lago",
        """CONDUCTOR: Un informe distinto. Chasqui Express nació hace cinco años con una lancha y dos motos. Hoy lleva encomiendas, medicinas y hasta tortas de cumpleaños a las islas.

        REPORTERA: Su fundadora, Gladys Cutipa, empezó repartiendo a pie. «Le pusimos Chasqui porque así se llamaban los mensajeros del inca», nos cuenta.""",
        about=False,
        note="the nickname as a business's name",
    ),
    S(
        "w120",
        "lagotv",
        "2026-11-18T04:10:00Z",
        "Alcalde Ccallo exige al MTC reparar la carretera al puerto de Ccapi",
        """CONDUCTORA: El alcalde provincial de Wiñaymarka, Fortunato Ccallo Mendoza, exigió al Ministerio de Transportes reparar los 26 kilómetros de la carretera nacional al puerto de Ccapi, con huecos de medio metro.

        FORTUNATO CCALLO: Es una vía nacional, no es nuestra competencia, pero la gente nos reclama a nosotros. Que el ministerio cumpla.

        CONDUCTORA: Provías Nacional no respondió.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor asks the national government to fix a road: obras, neutral",
    ),
    # --- Noticias Nacionales del Perú: national agency, Atom --------------------------------------------------------------
    S(
        "w121",
        "nnp",
        "2026-11-03T15:00:00Z",
        "MEF transfiere S/ 310 millones a municipalidades por cumplimiento de metas",
        """El Ministerio de Economía y Finanzas transfirió 310 millones de soles a 1 100 municipalidades del país que cumplieron las metas del Programa de Incentivos del primer semestre.

        Las regiones con más municipios beneficiados son Cajamarca, Qollaqocha y Áncash. En Qollaqocha destacan las provincias de Sillumayo, Wiñaymarka y Lampasillo, informó el viceministro de Hacienda.""",
        about=False,
        note="national story naming the province in a list (not the institution)",
    ),
    S(
        "w122",
        "nnp",
        "2026-11-06T14:30:00Z",
        "Ejecutivo declara estado de emergencia por heladas en 64 distritos del sur",
        """El Poder Ejecutivo declaró el estado de emergencia por 60 días en 64 distritos de las regiones Qollaqocha, Arequipa y Moquegua afectados por heladas y nevadas.

        La medida incluye a distritos de las provincias de Kunturkanki, Wiñaymarka y Lampasillo. El Indeci coordinará la entrega de ayuda humanitaria.""",
        about=False,
        note="national decree naming the province",
    ),
    S(
        "w123",
        "nnp",
        "2026-11-09T16:00:00Z",
        "Contraloría: doce obras paralizadas en Qollaqocha suman S/ 480 millones",
        """La Contraloría General reportó doce obras paralizadas en la región Qollaqocha por un monto de 480 millones de soles. La más costosa es el hospital de Lampasillo, a cargo del gobierno regional.

        En la lista figura el nuevo Mercado Central que ejecuta la Municipalidad Provincial de Wiñaymarka, paralizado con el 45 % de avance, y la ampliación de la planta de tratamiento de aguas residuales de la misma comuna, con el 31 %.

        El contralor pidió a las autoridades reactivar las obras antes de fin de año.""",
        m="I",
        t="obras",
        tone="-",
        note="a national list that names our stalled works: about us",
    ),
    S(
        "w124",
        "nnp",
        "2026-11-12T13:00:00Z",
        "Lago Challaqota recibió 20 % más turistas este año",
        """El lago Challaqota recibió 410 000 visitantes entre enero y octubre, 20 % más que el año anterior, según el Ministerio de Comercio Exterior y Turismo.

        Las islas Taypi y Aywiri y la ciudad de Wiñaymarka concentraron la mayoría de las visitas. Los operadores piden mejorar los muelles y la señalización.""",
        about=False,
        note="tourism figures naming the town",
    ),
    S(
        "w125",
        "nnp",
        "2026-11-14T17:10:00Z",
        "Alcaldes del sur piden al Ejecutivo reactivar obras paralizadas",
        """Una delegación de 30 alcaldes del sur del país, encabezada por el alcalde provincial de Wiñaymarka, Fortunato Ccallo Mendoza, se reunió con la presidencia del Consejo de Ministros para pedir un fondo de reactivación de obras paralizadas.

        «Tenemos mercados, plantas de tratamiento y colegios a medias porque los contratistas se fueron. Sin un fondo especial, nadie los va a terminar», dijo Ccallo. El Ejecutivo ofreció una mesa técnica.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor leads a petition to the national government",
    ),
    S(
        "w126",
        "nnp",
        "2026-11-17T15:40:00Z",
        "Policía desarticula banda de contrabando de combustible en la frontera sur",
        """La Policía desarticuló una banda que introducía combustible de contrabando por la frontera sur y lo vendía en grifos informales de Qollaqocha. Se detuvo a nueve personas y se incautaron 14 000 galones.

        Según la Dirección Antidrogas, la banda usaba rutas por Kunturkanki y la orilla norte del lago.""",
        about=False,
        note="regional police news",
    ),
    S(
        "w127",
        "nnp",
        "2026-11-19T14:00:00Z",
        "Arqueólogos hallan ofrendas preincas en la isla Taypi",
        """Un equipo del Ministerio de Cultura halló ofrendas de oro, spondylus y cerámica en una plataforma ceremonial de la isla Taypi, en el lago Challaqota. Los objetos tendrían unos 1 400 años.

        El hallazgo se produjo durante los trabajos de conservación financiados por un fondo internacional.""",
        about=False,
        note="archaeology",
    ),
    S(
        "w128",
        "nnp",
        "2026-11-21T16:20:00Z",
        "Congreso aprueba ley de promoción de la trucha andina",
        """El pleno del Congreso aprobó la ley de promoción de la acuicultura de la trucha en lagos y lagunas altoandinas, que otorga beneficios tributarios a las asociaciones de productores por diez años.

        Los piscicultores del lago Challaqota, que producen el 60 % de la trucha del país, celebraron la norma.""",
        about=False,
        note="national law",
    ),
    S(
        "w129",
        "nnp",
        "2026-11-24T15:00:00Z",
        "Vivienda aprueba el expediente para terminar la planta de tratamiento de Wiñaymarka",
        """El Ministerio de Vivienda aprobó el expediente técnico de saldo de obra presentado por la Municipalidad Provincial de Wiñaymarka para concluir la ampliación de su planta de tratamiento de aguas residuales, paralizada desde diciembre.

        Con la aprobación, la comuna podrá solicitar la transferencia de 38 millones de soles en el primer trimestre de 2027. La obra beneficiará a 62 000 habitantes y reducirá las descargas a la bahía interior del lago Challaqota.""",
        m="I",
        t="obras",
        tone="+",
        note="a step forward for stalled works",
    ),
    S(
        "w130",
        "nnp",
        "2026-11-26T14:45:00Z",
        "Sunass multa a EPS Aguas del Lago por calidad del agua",
        """La Superintendencia Nacional de Servicios de Saneamiento multó con 260 000 soles a la EPS Aguas del Lago, que abastece a Wiñaymarka y Huancasaya, por no cumplir los límites de cloro residual en el agua potable.

        La empresa tiene 30 días para apelar.""",
        about=False,
        note="the water company, not the municipality",
    ),
    # --- El Observador Peruano: national site, blog template with "se publicó primero en" ------------------------------
    S(
        "w131",
        "observador",
        "2026-11-04T10:00:00-05:00",
        "Wiñaymarka, la ciudad que mira al lago",
        """Llegar a Wiñaymarka al atardecer es ver el lago Challaqota teñirse de naranja mientras los pescadores vuelven con sus botes. La ciudad, a 3 850 metros de altura, es la puerta de entrada a las islas Taypi y Aywiri.

        En el malecón se come trucha frita con papa sancochada y se toma mate de muña. Los hospedajes familiares cuestan desde 60 soles la noche.

        Consejo: lleve bloqueador y chompa, en la misma tarde puede hacer sol, llover y granizar.""",
        about=False,
        note="travel piece naming the town",
    ),
    S(
        "w132",
        "observador",
        "2026-11-08T11:30:00-05:00",
        "La fiesta de los 900 000 soles: lo que gastó la MPW en su aniversario",
        """Mientras sus obreros de limpieza llevan meses sin cobrar, la Municipalidad Provincial de Wiñaymarka gastó 900 000 soles en las celebraciones por su aniversario, según las órdenes de servicio publicadas en su portal de transparencia.

        La partida más grande, 280 000 soles, fue para la contratación de orquestas para la serenata. Otras 95 000 se destinaron a fuegos artificiales. La comuna justificó el gasto en el impulso al turismo.""",
        m="I",
        tone="-",
        note="festivity spending criticised; no topic",
    ),
    S(
        "w133",
        "observador",
        "2026-11-12T09:00:00-05:00",
        "El Chasqui Ccallo, el alcalde que corre maratones a 3 850 metros",
        """A las cinco de la mañana, antes de ir al palacio municipal, Fortunato Ccallo Mendoza sale a correr por el malecón. Tiene 54 años, ha terminado once maratones y en su ciudad todos lo llaman «el Chasqui».

        El apodo viene de su juventud, cuando repartía correspondencia a pie entre las comunidades. «Aprendí a conocer cada rincón de la provincia corriendo», cuenta. Sus críticos dicen que corre más rápido que sus obras; él se ríe y responde que la política también es de fondo.""",
        m="A",
        tone="+",
        note="a friendly profile with a passing jab",
    ),
    S(
        "w134",
        "observador",
        "2026-11-15T10:20:00-05:00",
        "¿Quién contamina el lago Challaqota? Las cuentas pendientes de cinco municipios",
        """Cinco municipalidades vierten desagües o basura al lago Challaqota sin tratamiento, según el último informe del OEFA. La que más toneladas aporta es la Municipalidad Provincial de Wiñaymarka, cuyo botadero de Chullunquiani está a 300 metros de la orilla.

        Le siguen las municipalidades distritales de Pilcomarca y Huancasaya. El OEFA ha impuesto multas por 2,1 millones de soles que ninguna ha pagado.""",
        m="I",
        t="limpieza",
        tone="-",
        note="our dump singled out in a national report",
    ),
    S(
        "w135",
        "observador",
        "2026-11-19T12:00:00-05:00",
        "El otro Wiñaymarka, el pueblo de Kunturkanki al que no llega nadie",
        """Hay un Wiñaymarka que no sale en las postales. Es un caserío de 40 familias en las alturas de Ocopampa, provincia de Kunturkanki, a seis horas de la capital regional.

        No tiene posta médica ni agua potable y la escuela tiene un solo profesor para seis grados. «El nombre lo pusieron los abuelos, quiere decir pueblo eterno», explica el teniente gobernador, Celestino Huamán.""",
        about=False,
        note="homonymous hamlet",
    ),
    S(
        "w136",
        "observador",
        "2026-11-22T10:00:00-05:00",
        "Congresista propone reducir las regiones a macrorregiones",
        """Un proyecto de ley presentado en el Congreso propone fusionar las regiones del país en ocho macrorregiones. La región Qollaqocha se uniría con Moquegua y Tacna en la macrorregión sur.

        Los gobernadores rechazaron la propuesta y la calificaron de centralista.""",
        about=False,
        note="national politics",
    ),
    S(
        "w137",
        "observador",
        "2026-11-25T09:40:00-05:00",
        "Alcaldesa de Pilcomarca: «La provincial de Wiñaymarka nos discrimina»",
        """La alcaldesa distrital de Pilcomarca, Irma Nina Calsín, acusó a la Municipalidad Provincial de Wiñaymarka de discriminar a su distrito en la distribución de maquinaria y de no transferir los recursos del convenio de mantenimiento vial firmado en 2025.

        «A Huancasaya le mandan motoniveladora, a nosotros ni una carta», afirmó. La comuna wiñaymarqueña respondió que el convenio está en revisión por observaciones técnicas.""",
        m="I",
        tone="-",
        note="a district mayor criticising our municipality",
    ),
    # --- Portal Sur Andino: aggregator, full text (its own items; copies further below) -----------------------------------
    S(
        "w138",
        "surandino",
        "2026-11-05T12:00:00-05:00",
        "Serenos de Wiñaymarka aprenden primeros auxilios y rescate en el lago",
        """Sesenta serenos de la Municipalidad Provincial de Wiñaymarka terminaron un curso de primeros auxilios y rescate acuático dictado por la Marina de Guerra y los bomberos voluntarios.

        Desde diciembre, los serenos del malecón llevarán chalecos y boyas de rescate. En lo que va del año, cuatro personas se ahogaron en la bahía.""",
        m="I",
        t="seguridad",
        tone="+",
        note="training of municipal guards",
    ),
    S(
        "w139",
        "surandino",
        "2026-11-08T12:30:00-05:00",
        "Tacna: comerciantes de la zona franca piden ampliar la franquicia",
        """Los comerciantes de la zona franca de Tacna pidieron al Congreso ampliar por diez años la franquicia tributaria que vence en 2027. Dicen que de ella dependen unos 12 000 empleos.""",
        about=False,
        note="aggregated item from another region",
    ),
    S(
        "w140",
        "surandino",
        "2026-11-11T12:00:00-05:00",
        "Sillumayo: la comuna provincial recoge 40 toneladas de basura tras la feria",
        """La Municipalidad Provincial de Sillumayo recogió 40 toneladas de basura tras la feria regional de camélidos. El alcalde Genaro Apaza Loayza pidió a los visitantes usar los contenedores.

        La limpieza pública de la capital regional se reforzó con 80 obreros eventuales.""",
        about=False,
        note="another provincial municipality's garbage ('la comuna provincial')",
    ),
    S(
        "w141",
        "surandino",
        "2026-11-20T12:00:00-05:00",
        "Feria de camélidos de Sillumayo bate récord de ventas",
        """La feria regional de camélidos sudamericanos de Sillumayo cerró con ventas por 3,2 millones de soles en fibra de alpaca y reproductores. Participaron criadores de las seis provincias de Qollaqocha, incluida Wiñaymarka.""",
        about=False,
        note="regional fair naming the province",
    ),
    # --- Wiñaymarka Noticias: local site without a feed, followed through its section page ------------------------------
    S(
        "w142",
        "wnoticias",
        "2026-11-03T09:00:00-05:00",
        "Limpian canales de drenaje antes de la temporada de lluvias",
        """Cuadrillas de la Municipalidad Provincial de Wiñaymarka terminaron la limpieza de los 14 kilómetros de canales de drenaje pluvial del cercado. Se retiraron 260 metros cúbicos de basura, tierra y desmonte.

        El subgerente Wálter Yucra dijo que el año pasado las inundaciones en Huaje se debieron a canales tapados con botellas y bolsas. «Pedimos a los vecinos no botar basura a las acequias», insistió.""",
        m="I S",
        t="limpieza",
        tone="+",
        note="garbage removed from drainage canals",
    ),
    S(
        "w143",
        "wnoticias",
        "2026-11-04T10:00:00-05:00",
        "Vecinos de Chanu Chanu piden serenazgo después de tres robos en una semana",
        """Los vecinos del barrio Chanu Chanu se reunieron el domingo y acordaron pedir a la comuna wiñaymarqueña que el serenazgo patrulle su zona. En una semana robaron en tres viviendas mientras las familias estaban en la feria.

        «Aquí nunca vemos una camioneta del serenazgo, solo cuando hay desfile», dijo la presidenta del barrio, Hermelinda Chambi.""",
        m="I",
        t="seguridad",
        tone="-",
        note="a neighbourhood without municipal patrols",
    ),
    S(
        "w144",
        "wnoticias",
        "2026-11-05T11:00:00-05:00",
        "Agenda cultural: teatro, cine y sikuris el fin de semana",
        """El viernes, el grupo Yuyachkani Sur presenta la obra «Mama Qota» en el Teatro Municipal, a las 7 de la noche. El sábado hay cine al aire libre en la plaza Bolognesi y el domingo, pasacalle de sikuris por el malecón.

        La entrada al teatro cuesta 10 soles; las demás actividades son gratuitas.""",
        about=False,
        note="cultural agenda; the Teatro Municipal is a venue, not the institution",
    ),
    S(
        "w145",
        "wnoticias",
        "2026-11-06T09:30:00-05:00",
        "Fallece don Tiburcio Ccallo, fundador de la feria dominical",
        """A los 93 años falleció don Tiburcio Ccallo Apaza, uno de los comerciantes que fundó la feria dominical de Wiñaymarka en 1961. Vendía sogas y costales de fibra en la esquina del jirón Deza.

        Sus restos son velados en su domicilio del barrio Huaje. El entierro será el sábado en el cementerio general.""",
        about=False,
        note="namesake surname; an obituary",
    ),
    S(
        "w146",
        "wnoticias",
        "2026-11-07T10:00:00-05:00",
        "Teniente alcaldesa propone ordenanza contra ruidos molestos en el malecón",
        """La teniente alcaldesa Nilda Choquehuanca Flores presentó un proyecto de ordenanza para limitar la música a alto volumen en los restaurantes y discotecas del malecón después de la medianoche.

        El proyecto pasará a la comisión de Desarrollo Económico. Los dueños de locales piden ser escuchados antes de que se vote.""",
        m="T",
        tone="0",
        note="a bill, plainly",
    ),
    S(
        "w147",
        "wnoticias",
        "2026-11-08T09:00:00-05:00",
        "Cuarenta recicladoras reciben su certificado y su uniforme",
        """La Municipalidad Provincial de Wiñaymarka entregó certificados de formalización, carnés y uniformes a 40 recicladoras que trabajan en el programa de segregación de residuos en la fuente.

        «Antes nos botaban de los barrios, ahora los vecinos nos esperan con sus bolsas», dijo Vicentina Cutipa, presidenta de la asociación. El subgerente Wálter Yucra Cahui anunció que el próximo año se sumarán 20 más.""",
        m="I S",
        t="limpieza",
        tone="+",
        note="recyclers formalised",
    ),
    S(
        "w148",
        "wnoticias",
        "2026-11-09T08:00:00-05:00",
        "Conductor ebrio atropella a escolar en la avenida Costanera",
        """Un conductor en estado de ebriedad atropelló a un escolar de 11 años en la avenida Costanera, a la altura del colegio San Juan Bosco. El niño tiene una fractura en la pierna y está estable.

        El conductor, con 1,8 gramos de alcohol en la sangre, fue detenido por la Policía.""",
        about=False,
        note="police news",
    ),
    S(
        "w149",
        "wnoticias",
        "2026-11-10T10:30:00-05:00",
        "Campeonato interbarrios reunirá a 48 equipos",
        """El campeonato de fútbol interbarrios que organiza la comuna wiñaymarqueña empezará el 22 de noviembre en las canchas del estadio Manco Cápac y del complejo Huaje. Participan 48 equipos en categorías libre, damas y máster.

        Las inscripciones cuestan 50 soles por equipo.""",
        m="I",
        tone="0",
        note="a sports event the institution organises: no topic",
    ),
    S(
        "w150",
        "wnoticias",
        "2026-11-11T09:00:00-05:00",
        "Ccallo: «Electro Sur nos tiene a oscuras y cobra como si alumbrara»",
        """El alcalde Fortunato Ccallo Mendoza criticó a la empresa Electro Sur por los constantes cortes de energía y por no reponer el alumbrado de varias urbanizaciones. «Nos tiene a oscuras y cobra como si alumbrara», dijo.

        Anunció que pedirá a Osinergmin una fiscalización integral de la concesionaria en la provincia.""",
        m="A",
        tone="0",
        note="the Mayor criticising the power company",
    ),
    S(
        "w151",
        "wnoticias",
        "2026-11-12T08:30:00-05:00",
        "Predial con 10 % de descuento para quienes paguen todo el 2027 en diciembre",
        """La Municipalidad de Wiñaymarka ofrecerá un descuento de 10 % en el impuesto predial de 2027 a los contribuyentes que paguen el año completo antes del 31 de diciembre de 2026 y no tengan deuda pendiente.

        La oficina de rentas atenderá en horario corrido, incluidos los sábados de diciembre.""",
        m="I",
        t="tributos",
        tone="0",
        note="plain tax notice",
    ),
    S(
        "w152",
        "wnoticias",
        "2026-11-13T09:00:00-05:00",
        "OCI observa el contrato de mantenimiento de las cámaras de videovigilancia",
        """El Órgano de Control Institucional observó el contrato de mantenimiento de las cámaras de videovigilancia que firmó la Municipalidad Provincial de Wiñaymarka en marzo por 380 000 soles. Según el informe, se pagó el servicio completo aunque catorce cámaras siguen sin funcionar.

        La gerencia de Seguridad Ciudadana tiene diez días para presentar sus descargos.""",
        m="I",
        t="seguridad",
        tone="-",
        note="an audit finding on the surveillance contract",
    ),
    S(
        "w153",
        "wnoticias",
        "2026-11-14T10:00:00-05:00",
        "Colegio Glorioso 45 gana concurso nacional de robótica",
        """Estudiantes del colegio Glorioso 45 de Wiñaymarka ganaron el primer puesto del concurso nacional de robótica escolar con un bote que recoge plásticos del lago de forma autónoma.

        Los cinco alumnos viajarán a Chile en marzo para representar al país.""",
        about=False,
        note="school news; garbage in the lake, no municipal angle",
    ),
    S(
        "w154",
        "wnoticias",
        "2026-11-15T09:00:00-05:00",
        "Regidor Tintaya pide el detalle del gasto en el aniversario",
        """El regidor Edwin Tintaya presentó un pedido de información para conocer el detalle de los 900 000 soles gastados en el aniversario de la provincia, incluidos los contratos de orquestas y fuegos artificiales.

        «Los obreros no cobran y se gasta en fiestas; el vecino merece saber», dijo el concejal.""",
        m="R",
        tone="-",
        note="the opposition questions festivity spending",
    ),
    S(
        "w155",
        "wnoticias",
        "2026-11-26T09:00:00-05:00",
        "Obreros de limpieza levantan la huelga tras cobrar dos meses",
        """Los obreros de limpieza pública levantaron la paralización luego de que la Municipalidad Provincial de Wiñaymarka les pagara dos de los tres meses adeudados. El tercero se pagará el 15 de diciembre, según el acta firmada con la gerenta municipal Yolanda Pari.

        Desde la mañana los camiones volvieron a recorrer el cercado. Se recogieron 120 toneladas acumuladas en diez días.""",
        m="I G",
        t="limpieza",
        tone="+",
        note="strike ends, service restored; an improvement after a failure",
    ),
    # --- Qollaqocha Digital: regional site, teasers in RSS ----------------------------------------------------------------
    S(
        "w156",
        "qdigital",
        "2026-11-06T11:00:00-05:00",
        "Gobierno regional y MPW firman convenio para el nuevo hospital de Wiñaymarka",
        """El gobernador regional Augusto Velarde Luque y el alcalde provincial Fortunato Ccallo Mendoza firmaron un convenio para reactivar el proyecto del nuevo hospital de Wiñaymarka, de 180 camas.

        La MPW entregará el saneamiento físico legal del terreno y el gobierno regional convocará la obra en el primer semestre de 2027. «Hoy dejamos de pelear y empezamos a construir», dijo Ccallo.""",
        m="I A",
        t="salud",
        tone="+",
        note="a hospital agreement with the region",
    ),
    S(
        "w157",
        "qdigital",
        "2026-11-05T18:00:00-05:00",
        "Velarde responde a Ccallo: «El hospital de Wiñaymarka no está olvidado»",
        """El gobernador regional Augusto Velarde Luque respondió al alcalde provincial de Wiñaymarka, que lo acusó de tener seis años olvidado el proyecto del nuevo hospital. «El hospital no está olvidado; el problema fue el saneamiento del terreno», dijo.

        Velarde anunció que se reunirá con el alcalde esta semana.""",
        m="A",
        t="salud",
        tone="0",
        note="a regional reply to the Mayor's criticism",
    ),
    S(
        "w158",
        "qdigital",
        "2026-11-09T12:00:00-05:00",
        "Sillumayo: vecinos denuncian basura acumulada en tres mercados",
        """Vecinos y comerciantes de los mercados Central, Laykakota y Unión de Sillumayo denunciaron que la basura se acumula desde hace cinco días por falta de combustible en los camiones de la municipalidad provincial de la capital regional.""",
        about=False,
        note="another province's garbage problem",
    ),
    S(
        "w159",
        "qdigital",
        "2026-11-10T12:00:00-05:00",
        "Comuneros denuncian tala de queñuales en las alturas de Wiñaymarka",
        """Comuneros de Sora Chico denunciaron la tala de unos 300 queñuales en la zona de Apacheta, en las alturas de la provincia de Wiñaymarka, para hacer carbón. El Serfor inició una investigación.""",
        about=False,
        note="environmental crime naming the province",
    ),
    S(
        "w160",
        "qdigital",
        "2026-11-13T12:00:00-05:00",
        "Ranking de transparencia: la MPW ocupa el último lugar de la región",
        """La Municipalidad Provincial de Wiñaymarka ocupa el último lugar entre las 13 municipalidades provinciales de Qollaqocha en el ranking de transparencia de la Defensoría del Pueblo. Su portal no publica actas de concejo desde junio ni los contratos de los últimos cuatro meses.

        La comuna dijo que el retraso se debe al cambio del encargado del portal.""",
        m="I",
        tone="-",
        note="bad transparency ranking; no topic",
    ),
    S(
        "w161",
        "qdigital",
        "2026-11-15T12:00:00-05:00",
        "Pilcomarca y Chullunquiani se disputan un terreno comunal en el límite",
        """Comuneros de Pilcomarca y Chullunquiani se enfrentaron con hondas y palos por un terreno de pastoreo de 80 hectáreas en el límite entre ambos distritos. Hubo seis heridos leves.

        Las alcaldías distritales pidieron la intervención de la Prefectura.""",
        about=False,
        note="a boundary dispute between two districts",
    ),
    S(
        "w162",
        "qdigital",
        "2026-11-17T12:00:00-05:00",
        "Sutran suspende a Expreso Wiñaymarka por fallas en sus buses",
        """La Sutran suspendió por 30 días la autorización de la empresa Expreso Wiñaymarka tras encontrar fallas en los frenos de cuatro de sus seis buses, días después del despiste en la vía a Sillumayo.

        La empresa anunció que apelará la medida.""",
        about=False,
        note="a bus company carrying the name",
    ),
    S(
        "w163",
        "qdigital",
        "2026-11-19T12:00:00-05:00",
        "Capacitan a 200 vendedoras de comida del malecón en manipulación de alimentos",
        """La Municipalidad de Wiñaymarka capacitó a 200 vendedoras de comida del malecón y la feria en manipulación de alimentos, con apoyo de la Dirección de Salud Ambiental. Las participantes recibieron su carné sanitario.""",
        m="I",
        tone="0",
        note="food handling training; not one of the five topics",
    ),
    S(
        "w164",
        "qdigital",
        "2026-11-21T12:00:00-05:00",
        "Dengue: la selva de Qollaqocha suma 310 casos",
        """La Diresa Qollaqocha confirmó 310 casos de dengue en los distritos de selva de la región, en la provincia de Putinapampa. Se fumigan 8 000 viviendas.

        La Diresa descartó casos autóctonos en las provincias altas, como Wiñaymarka o Kunturkanki, donde el mosquito no sobrevive por el frío.""",
        about=False,
        note="dengue and fumigation in the region's jungle; names the province",
    ),
    S(
        "w165",
        "qdigital",
        "2026-11-23T12:00:00-05:00",
        "Gerenta Pari anuncia reestructuración del serenazgo",
        """La gerenta municipal de Wiñaymarka, Yolanda Pari Coaquira, anunció que el serenazgo será reorganizado en cuatro sectores, cada uno con una base propia, para reducir los tiempos de respuesta.

        El cambio empezará en enero y no requerirá nuevas contrataciones, dijo.""",
        m="G",
        t="seguridad",
        tone="0",
        note="an announcement",
    ),
    S(
        "w166",
        "qdigital",
        "2026-11-25T12:00:00-05:00",
        "Cobran arbitrios a casas deshabitadas y terrenos sin construir",
        """Propietarios de terrenos sin construir de la zona de expansión denuncian que la Municipalidad Provincial de Wiñaymarka les cobra arbitrios de limpieza y serenazgo como si fueran viviendas habitadas. Algunos recibieron cobranzas de más de 600 soles.

        La oficina de rentas dijo que revisará los casos uno por uno.""",
        m="I",
        t="tributos",
        tone="-",
        note="undue fee collection",
    ),
    S(
        "w167",
        "qdigital",
        "2026-11-12T12:00:00-05:00",
        "Semana del aniversario terminó sin un solo robo denunciado en el centro",
        """Ni un solo robo ni asalto se denunció en el centro de Wiñaymarka durante la semana del aniversario, pese a que llegaron unos 30 000 visitantes, según la comisaría.

        La gerenta municipal Yolanda Pari atribuyó el resultado a los 120 serenos y policías que patrullaron a pie día y noche. «Fue un trabajo en equipo», dijo.""",
        m="G",
        t="seguridad",
        tone="+",
        note="negation carrying a positive outcome",
    ),
    # --- Revista Altura: regional magazine, opinion columns in the RSS description -------------------------------------
    S(
        "w168",
        "altura",
        "2026-11-05T08:00:00-05:00",
        "Opinión: El Chasqui que nunca llega",
        """Por Teófilo Mamani Arce. Al alcalde Fortunato Ccallo le gusta que lo llamen «el Chasqui», como a los mensajeros que recorrían el imperio a toda carrera. Qué ironía. En su gestión lo único que corre es el maratón del aniversario.

        El nuevo mercado lleva ocho meses parado, la planta de tratamiento casi un año, y la posta de Alto Llallahua se inauguró sin camillas. Un chasqui que tardara tanto habría sido castigado por el inca.

        A la gestión le queda poco. Ojalá corra un poco más por las obras y un poco menos por las fotos.""",
        m="A",
        t="obras",
        tone="-",
        note="sarcastic opinion column playing on the nickname",
    ),
    S(
        "w169",
        "altura",
        "2026-11-09T08:00:00-05:00",
        "Opinión: La bahía somos todos",
        """Por Carmen Rosa Quilla. Solemos culpar a las autoridades de la suciedad del lago, y con razón. Pero también es cierto que cada domingo, después de la feria, la orilla amanece llena de botellas que nadie trajo desde Lima.

        La bahía interior no se va a recuperar solo con plantas de tratamiento. Necesitamos escuelas que enseñen a querer el lago, pescadores que no abandonen sus redes viejas y turistas que se lleven su basura.

        Empecemos por casa.""",
        about=False,
        note="opinion about citizens and the lake; no municipality named",
    ),
    S(
        "w170",
        "altura",
        "2026-11-12T08:00:00-05:00",
        "Opinión: Pagar el predial es construir ciudad",
        """Por Rigoberto Apaza Velille. Es fácil quejarse de los huecos y de la basura y, al mismo tiempo, no pagar el impuesto predial. En el cercado de Wiñaymarka, seis de cada diez propietarios no están al día.

        La Municipalidad Provincial de Wiñaymarka ha hecho bien en lanzar una amnistía y en facilitar el pago en las agencias de la caja. Ahora falta que los vecinos respondan. Sin tributos no hay pistas ni serenos.""",
        m="I",
        t="tributos",
        tone="+",
        note="opinion column supporting the municipality's tax policy",
    ),
    S(
        "w171",
        "altura",
        "2026-11-16T08:00:00-05:00",
        "Opinión: El gobernador y sus obras eternas",
        """Por Julián Cutipa Ramos. El gobernador Augusto Velarde se despide de la región con una colección de obras inconclusas: el hospital de Lampasillo, la carretera a la frontera y el instituto de Kunturkanki.

        Qollaqocha merece una gestión regional que planifique y no solo corte cintas.""",
        about=False,
        note="opinion about the regional government",
    ),
    S(
        "w172",
        "altura",
        "2026-11-19T08:00:00-05:00",
        "Opinión: ¡Bravo por la comuna wiñaymarqueña! Un año para pintar un paso de cebra",
        """Por Teófilo Mamani Arce. Hay que aplaudir. Después de apenas doce meses, tres oficios de la APAFA y un atropello, la comuna wiñaymarqueña pintó por fin el paso de cebra frente al colegio San Juan Bosco. Dos franjas blancas, un bote de pintura. Eficiencia pura.

        Con ese ritmo, los semáforos que prometieron para los demás colegios llegarán cuando nuestros nietos terminen la secundaria.""",
        m="I",
        tone="-",
        note="sarcasm about traffic safety; no topic",
    ),
    S(
        "w173",
        "altura",
        "2026-11-23T08:00:00-05:00",
        "Carta al alcalde Ccallo: gracias por el camión de los martes",
        """Señor alcalde Fortunato Ccallo Mendoza: soy vecina del barrio Alto Llallahua desde hace veinte años y por primera vez el camión de la basura pasa por mi calle, martes, jueves y sábado, puntual a las siete.

        Ya no quemamos la basura en el canchón ni la botamos a la quebrada. Mis hijos ya no tosen por el humo. Sé que hay muchas críticas, pero esto también hay que decirlo. Atentamente, Justina Cahuana.""",
        m="A",
        t="limpieza",
        tone="+",
        note="a reader's letter praising the garbage collection",
    ),
    S(
        "w174",
        "altura",
        "2026-11-26T08:00:00-05:00",
        "Opinión: Los Chasquis de la danza",
        """Por Carmen Rosa Quilla. En la fiesta de la Candelaria de Pusiqocha hay una comparsa que nadie puede seguir: los Chasquis de Sora Chico, que bailan corriendo con sus bolsas de coca y sus pututos durante cuatro horas sin parar.

        Es una danza que recuerda a los mensajeros del Tawantinsuyo y que merece ser reconocida como patrimonio.""",
        about=False,
        note="the nickname as a dance troupe",
    ),
    S(
        "w175",
        "altura",
        "2026-11-28T08:00:00-05:00",
        "Opinión: Seguridad ciudadana, lo que avanzó y lo que falta",
        """Por Julián Cutipa Ramos. Los números de la comisaría muestran dos ciudades. En el centro, los asaltos bajaron a la mitad desde que el serenazgo de la Municipalidad Provincial de Wiñaymarka puso puestos fijos. En los barrios altos, en cambio, los robos a viviendas subieron 30 %.

        Ni el triunfalismo de la gestión ni el catastrofismo de la oposición ayudan. Hace falta llevar a los barrios lo que funcionó en el centro.""",
        m="I",
        t="seguridad",
        tone="0",
        note="a balanced opinion column",
    ),
    S(
        "w176",
        "altura",
        "2026-11-30T08:00:00-05:00",
        "Opinión: El Congreso y la vacancia como deporte",
        """Por Rigoberto Apaza Velille. Otra vez el Congreso discute una moción de vacancia presidencial. Ya perdimos la cuenta. Mientras tanto, en las regiones se paralizan las obras por falta de firmas en los ministerios.""",
        about=False,
        note="national politics opinion",
    ),
    # --- late-month items -------------------------------------------------------------------------------------------------
    S(
        "w177",
        "totora",
        "2026-11-21T07:20:00-05:00",
        "Fumigan y desratizan el mercado Unión antes de las fiestas",
        """Personal de la Municipalidad Provincial de Wiñaymarka y del centro de salud del cercado fumigó y desratizó el mercado Unión y el camal municipal durante el fin de semana, con los puestos cerrados.

        La campaña se repetirá en el mercado Bellavista y en la feria dominical antes del 15 de diciembre. Los comerciantes deberán mantener los alimentos tapados hasta 24 horas después de la aplicación.""",
        m="I",
        t="salud",
        tone="0",
        note="a sanitary operation told plainly",
    ),
    S(
        "w178",
        "totora",
        "2026-11-22T20:30:00-05:00",
        "Capturan a alias el Chasqui, acusado de robar quince motos",
        """La Policía capturó en el barrio Huaje a Edson Quispe Larico, alias «el Chasqui», de 24 años, acusado de integrar una banda que robó al menos quince motocicletas en Wiñaymarka y Huancasaya.

        En su vivienda se encontraron placas adulteradas y dos motores. La Fiscalía pidió prisión preventiva. Sus vecinos dicen que lo llamaban así por lo rápido que escapaba.""",
        about=False,
        note="the Mayor's nickname as a suspect's alias; police news with 'robo'",
    ),
    S(
        "w179",
        "clago",
        "2026-11-27T07:00:00-05:00",
        "Regidor Tintaya presenta pedido de vacancia contra el alcalde Ccallo",
        """El regidor Edwin Tintaya Chura presentó ante el Jurado Electoral Especial un pedido de vacancia contra el alcalde provincial Fortunato Ccallo Mendoza, por presunta restricción de contratación: acusa a la gestión de haber alquilado volquetes a una empresa vinculada a un sobrino del alcalde.

        Ccallo calificó el pedido de «show político» y dijo que la empresa ganó un proceso abierto. El concejo deberá votar el pedido en un plazo de 30 días.""",
        m="R A",
        tone="-",
        note="a removal request against the Mayor, denied by him",
    ),
    # --- syndicated copies: own headline, sometimes own lead or a credit line ----------------------------------------------
    C(
        "w180",
        "w001",
        "surandino",
        "2026-11-02T13:00:00-05:00",
        "Wiñaymarka: entregan 900 metros de pavimento en la Circunvalación Norte",
        extra="Fuente: Diario La Totora.",
    ),
    C("w181", "w003", "qhantati", "2026-11-03", "Atención vecinos: nuevos horarios del carro de la basura"),
    C(
        "w182",
        "w004",
        "surandino",
        "2026-11-03T14:00:00-05:00",
        "Planta de tratamiento de Wiñaymarka lleva casi un año abandonada",
        lead="Once meses sin obreros cumple la ampliación de la planta de tratamiento de aguas residuales de Wiñaymarka. El contratista se fue en diciembre por falta de pagos y las lagunas de oxidación rebalsan desde entonces hacia la bahía interior del lago Challaqota.",
        extra="Con información de Diario La Totora.",
    ),
    C("w183", "w007", "surandino", "2026-11-04T15:00:00-05:00", "Cae 18 % el cobro del predial en Wiñaymarka"),
    C(
        "w184",
        "w009",
        "qdigital",
        "2026-11-05T10:30:00-05:00",
        "Alcalde de Wiñaymarka acusa al gobierno regional de olvidar el hospital",
    ),
    C(
        "w185",
        "w012",
        "surandino",
        "2026-11-06T14:30:00-05:00",
        "Casi la mitad de las cámaras de seguridad de Wiñaymarka no funcionan",
        extra="Fuente: Diario La Totora.",
    ),
    C(
        "w186",
        "w018",
        "surandino",
        "2026-11-08T15:00:00-05:00",
        "Seis barrios más tendrán recojo de basura en Wiñaymarka",
    ),
    C(
        "w187",
        "w021",
        "qhantati",
        "2026-11-10",
        "Ocho meses en la calle: vendedoras del Mercado Central siguen esperando",
    ),
    C("w188", "w022", "aywiri", "2026-11-11", "Mil doscientas atenciones en la campaña de salud del estadio"),
    C("w189", "w023", "qhantati", "2026-11-11", "Recuerde: el 30 vence la cuarta cuota del predial"),
    C(
        "w190",
        "w024",
        "surandino",
        "2026-11-11T15:30:00-05:00",
        "Fiscalía investiga al alcalde de Huancasaya por contratar a sus sobrinos",
    ),
    C(
        "w191",
        "w025",
        "surandino",
        "2026-11-12T14:00:00-05:00",
        "Cae banda Los Rápidos del Lago en la feria dominical de Wiñaymarka",
        lead="Cuatro integrantes de Los Rápidos del Lago, banda acusada de robar celulares en la feria dominical, fueron capturados el domingo por serenos de la comuna wiñaymarqueña y policías de la comisaría.",
    ),
    C(
        "w192",
        "w031",
        "nnp",
        "2026-11-15T17:00:00Z",
        "Municipalidad altiplánica cumple meta de residuos y recibe bono del MEF",
    ),
    C(
        "w193",
        "w031",
        "surandino",
        "2026-11-15T15:00:00-05:00",
        "Wiñaymarka recibirá 1,3 millones por su gestión de residuos",
        extra="Fuente: Diario La Totora.",
    ),
    C(
        "w194",
        "w033",
        "qdigital",
        "2026-11-16T11:00:00-05:00",
        "Huelga de obreros de limpieza llena de basura el centro de Wiñaymarka",
    ),
    C("w195", "w036", "sariri", "2026-11-17", "Alcalde provincial reclama a Lima por el recorte del Foncomun"),
    C(
        "w196",
        "w019",
        "lagotv",
        "2026-11-10T04:05:00Z",
        "Alcalde Ccallo: la limpieza pública no se privatiza",
    ),
    C(
        "w197",
        "w043",
        "surandino",
        "2026-11-03T16:00:00-05:00",
        "Contraloría: malecón de Wiñaymarka causó perjuicio millonario",
        extra="Fuente: Correo del Lago.",
    ),
    C(
        "w198",
        "w043",
        "observador",
        "2026-11-04T09:00:00-05:00",
        "Malecón ecoturístico con piedras que nunca se pusieron: el informe de la Contraloría",
    ),
    C("w199", "w051", "surandino", "2026-11-07T16:00:00-05:00", "Arbitrios subirán 12 % en el cercado de Wiñaymarka"),
    C(
        "w200",
        "w056",
        "surandino",
        "2026-11-10T14:00:00-05:00",
        "Fondista wiñaymarqueño bate récord en la maratón de Sillumayo",
    ),
    C(
        "w201",
        "w098",
        "qdigital",
        "2026-11-19T13:00:00-05:00",
        "Wiñaymarka y Huancasaya asfaltarán vía de integración de 11 kilómetros",
    ),
    C(
        "w202",
        "w123",
        "surandino",
        "2026-11-09T18:00:00-05:00",
        "Doce obras paralizadas en Qollaqocha, dos son de Wiñaymarka",
        extra="Fuente: Noticias Nacionales del Perú.",
    ),
    C(
        "w203",
        "w123",
        "observador",
        "2026-11-10T08:00:00-05:00",
        "Las doce obras paralizadas de Qollaqocha que le cuestan 480 millones al país",
    ),
    C(
        "w204",
        "w132",
        "surandino",
        "2026-11-08T17:00:00-05:00",
        "Wiñaymarka gastó 900 000 soles en su aniversario",
        extra="Fuente: El Observador Peruano.",
    ),
    C(
        "w205",
        "w156",
        "surandino",
        "2026-11-06T16:00:00-05:00",
        "Firman convenio para hospital de 180 camas en Wiñaymarka",
    ),
    C(
        "w206",
        "w129",
        "qdigital",
        "2026-11-24T13:00:00-05:00",
        "Luz verde para terminar la planta de tratamiento de Wiñaymarka",
    ),
    C(
        "w207",
        "w160",
        "surandino",
        "2026-11-13T16:00:00-05:00",
        "Wiñaymarka, la municipalidad menos transparente de Qollaqocha",
        lead="En el último lugar entre las 13 municipalidades provinciales de Qollaqocha quedó la Municipalidad Provincial de Wiñaymarka en el ranking de transparencia de la Defensoría del Pueblo. Su portal no publica actas de concejo desde junio ni los contratos de los últimos cuatro meses.",
    ),
    C("w208", "w006", "aywiri", "2026-11-05", "Baja la anemia en los niños del cercado de Wiñaymarka"),
    C("w209", "w009", "sariri", "2026-11-06", "Alcalde Ccallo reclama el hospital prometido por la región"),
    C(
        "w210",
        "w028",
        "lagotv",
        "2026-11-14T04:55:00Z",
        "Defensoría pide cerrar el botadero de Chullunquiani",
    ),
    C(
        "w211",
        "w027",
        "observador",
        "2026-11-13T11:00:00-05:00",
        "Alcalde altiplánico pide 40 millones para salvar una bahía",
    ),
    C("w212", "w147", "aywiri", "2026-11-09", "Recicladoras de Wiñaymarka ya tienen carné"),
    C(
        "w213",
        "w017",
        "surandino",
        "2026-11-08T16:00:00-05:00",
        "Trucha de casi cinco kilos gana el concurso regional",
        extra="Fuente: Diario La Totora.",
    ),
    C("w214", "w155", "qhantati", "2026-11-26", "Vuelve el recojo de basura: obreros levantan la huelga"),
]
