# ruff: noqa: E501
"""Twelfth held-out split (issue 16): a blind figure about an invented district of the southern Andes.

Written by hand by writer 17, for this purpose only, WITHOUT looking at the pipeline's code (heraldo/monitoring/**),
at its baselines, tone or topic dumps, at the other splits' stories (beyond the header, SETUP, OUTLETS, FURNITURE,
SOURCES and the first stories of heldout6, for the format) or at any report of the pipeline on them. Labels follow
the labelling rules of docs/monitoring-evaluation.md and were fixed by the writer as a careful human reader before
the split was ever run; they must not be changed because of what the pipeline answers. Every name, outlet and
place is invented.

This part brings its own watch list (SETUP), outlets, person codes and template furniture: the Municipalidad
Distrital de Janqosiri (MDJ), a district of herders and quinoa growers on the shore of the (invented) lake
Chaskaqocha, in the invented province of Qotaraya, region of Ururi, in the southern Andes. Its Mayor is a man,
Fortunato Quispecahua Llanque, «Tata Fortu», whose term ends on 31 December 2026: the October elections chose
Wilfredo Larico Quispe (the «alcalde electo», not watched) to succeed him.

Codes: m = who is named (A alcalde Fortunato Quispecahua Llanque «Tata Fortu», G gerenta municipal Maribel
Huancollo Turpo, T teniente alcaldesa Nilda Ccama Pacompía, R regidor (opposition) Edgar Sucasaca Vilcapaza,
M subgerente de Gestión Ambiental Percy Anccasi Mollo, I the Municipalidad Distrital de Janqosiri); t = topics
(limpieza seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the
municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own
headline, sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- The Mayor is named by his full name, «Fortunato Quispecahua», both surnames, «Tata Fortu», the headline initials
  «FQL» (which the office enters as an alias), or a title plus his surname or the place: «el alcalde Quispecahua»,
  «el burgomaestre Quispecahua», «el alcalde de Janqosiri», «el alcalde janqosireño». A bare «el alcalde», «el
  burgomaestre», «la primera autoridad», «el edil», «la gestión saliente» is not a mention. «Quispecahua» alone
  after he was named is part of the same mention. «El alcalde electo (de Janqosiri)» is Wilfredo Larico, not him;
  «el exalcalde de Janqosiri» is Celestino Apaza Ticona (2019-2022), not him.
- The other four are named by full name, given name and first surname, both surnames, or title plus surname
  («la gerenta Huancollo», «la teniente alcaldesa Ccama», «la regidora Ccama», «el regidor Sucasaca», «el concejal
  Sucasaca», «el subgerente Anccasi»), or title plus place where only one person holds it («la gerenta municipal de
  Janqosiri»). A bare «la gerenta», «el regidor de oposición», «el subgerente» is not a mention.
- The institution is named by «Municipalidad (Distrital) de Janqosiri», «MDJ», «municipio janqosireño», «comuna
  janqosireña», «municipalidad janqosireña», «municipio/comuna de Janqosiri». «Vecinos de Janqosiri», «el
  serenazgo de Janqosiri», «el concejo de Janqosiri», «el distrito», «la municipalidad», «la comuna» are not.
  The Municipalidad Provincial de Qotaraya (MPQ) is not us.
- Traps: Rolando Quispecahua Mamani, Mayor of the neighbouring district Achachiri («el alcalde Quispecahua»
  there, no relative); the charango player Fortunato Quispecahua of Ururi; the marathon runner Nilda Ccama
  Huarachi; Edgar Sucasaca Mendoza, president of the Cooperativa Agraria Quinua Janqosiri; Maribel Huancollo
  Chura, manager of a rural savings bank («la gerenta Huancollo» there); the bus driver Percy Anccasi; the
  neighbouring district Pusiwaya and its mayoress Hilda Turpo Ccari («la burgomaestra»); the provincial Mayor
  Teodoro Ccallo Mamani; an anexo called Janqosiri in another province; the Diablada Janqosiri dance group and the
  club Deportivo Janqosiri; the Hostal Janqosiri in Ururi.
- Tone is toward the municipality and its authorities; outcomes and figures carry it as much as adjectives. The
  Mayor criticising the regional or national government is neutral toward us unless the story is about our own
  failure. A mixed story takes the tone a press officer would take away (headline and weight of the text). An
  accusation that an official denies is still a story about an accusation (negative). Stories not about the
  municipality are neutral. Sarcasm is read for what it means.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention. Sewage, water and sanitation works, roads, bridges and buildings are obras; the landfill, the
  dump and the collection of rubbish are limpieza; serenazgo, patrols, theft of livestock with a municipal angle
  are seguridad; the property tax, arbitrios, the fair's sisa, coactive collection and amnesties on tax debts are
  tributos; the health post, vaccination, anemia, pneumonia in children, campaigns for people are salud. Animal
  health (dipping alpacas), frost relief kits, civil defence, water cuts, mining pollution as such, culture, the
  fiesta, sport, the transfer to the new administration are none of the five. A fine imposed as a sanction takes
  the topic of what was sanctioned, not tributos.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerenta_municipal",
    "T": "teniente_alcaldesa",
    "R": "regidor_sucasaca",
    "M": "subgerente_ambiental",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de Janqosiri",
        "short_name": "MDJ",
        "level": "DISTRITAL",
        "province": "Qotaraya",
        "aliases": ["municipio janqosireño", "comuna janqosireña", "Municipalidad de Janqosiri"],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Fortunato",
            "surnames": "Quispecahua Llanque",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "Tata Fortu",
            "aliases": ["alcalde Quispecahua", "Quispecahua Llanque", "Fortunato Quispecahua", "FQL"],
        },
        {
            "key": "gerenta_municipal",
            "given_names": "Maribel",
            "surnames": "Huancollo Turpo",
            "sex": "F",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerenta Huancollo", "gerenta municipal Maribel Huancollo"],
        },
        {
            "key": "teniente_alcaldesa",
            "given_names": "Nilda",
            "surnames": "Ccama Pacompía",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Ccama", "regidora Ccama"],
        },
        {
            "key": "regidor_sucasaca",
            "given_names": "Edgar",
            "surnames": "Sucasaca Vilcapaza",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Sucasaca", "concejal Sucasaca"],
        },
        {
            "key": "subgerente_ambiental",
            "given_names": "Percy",
            "surnames": "Anccasi Mollo",
            "sex": "M",
            "position": "Subgerente de Gestión Ambiental",
            "position_feminine": "Subgerenta de Gestión Ambiental",
            "office_code": "SUBGERENTE_GESTION_AMBIENTAL",
            "aliases": ["subgerente Anccasi", "Percy Anccasi Mollo"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "altiplanico": {
        "name": "Diario El Altiplánico",
        "host": "elaltiplanico.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "qotanoticias": {
        "name": "Qotaraya Noticias",
        "host": "qotarayanoticias.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 34000,
    },
    "wayra": {
        "name": "Radio Comunitaria Wayra 101.7 FM",
        "host": "radiowayra.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 14000,
    },
    "lagotv": {
        "name": "Lago TV Canal 11",
        "host": "lagotv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 70000,
    },
    "surandino": {
        "name": "Sur Andino Digital",
        "host": "surandinodigital.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 41000,
    },
    "cronica": {
        "name": "Crónica Nacional",
        "host": "cronicanacional.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 540000,
    },
    "alinstante": {
        "name": "Janqosiri al Instante",
        "host": "janqosirialinstante.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 6000,
    },
    "altexpress": {
        "name": "Altiplano Express",
        "host": "altiplanoexpress.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 9000,
    },
}

FURNITURE = {
    "old_comments": [
        "Ese Tata Fortu solo aparece en las fiestas, en las heladas nadie lo vio por las estancias",
        "El municipio janqosireño cobra la sisa puntualito pero el botadero sigue apestando",
    ],
    "old_most_read": "Roban veinte alpacas de una estancia de Achachiri",
    "old_motto": "La voz del altiplano desde 1994",
    "old_city": "Ururi",
    "section_agenda": "Pusiwaya celebra su feria de la quinua con concurso de platos",
    "hostile_place": "Janqosiri",
    "hostile_alias": "municipio janqosireño",
    "error_page_outlet": "Altiplano Express, noticias del lago",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "altexpress": {
        "name": "Altiplano Express",
        "outlet": "altexpress",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["q004", "q052"],
        "cut_at": 0.75,
    },
    "qotanoticias": {
        "name": "Qotaraya Noticias",
        "outlet": "qotanoticias",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "altiplanico": {
        "name": "Diario El Altiplánico",
        "outlet": "altiplanico",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/regiones.xml",
    },
    "wayra": {
        "name": "Radio Comunitaria Wayra 101.7 FM",
        "outlet": "wayra",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticiero",
    },
    "lagotv": {"name": "Lago TV Canal 11", "outlet": "lagotv", "format": "atom", "path": "/noticias/atom.xml"},
    "cronica": {
        "name": "Crónica Nacional",
        "outlet": "cronica",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "alinstante": {
        "name": "Janqosiri al Instante",
        "outlet": "alinstante",
        "format": "section",
        "template": "section",
        "path": "/noticias",
    },
    "surandino": {
        "name": "Sur Andino Digital",
        "outlet": "surandino",
        "format": "rss",
        "mode": "full",
        "path": "/rss.xml",
    },
}

STORIES = [
    # --- Qotaraya Noticias: provincial web, full text in RSS, priority ---------------------------------------------------
    S(
        "q001",
        "qotanoticias",
        "2026-11-02T07:10:00-05:00",
        "Janqosiri declara emergencia por heladas: hasta 14 grados bajo cero en las estancias altas",
        """El concejo de Janqosiri aprobó ayer por unanimidad declarar en emergencia a las comunidades campesinas de Kunturini Alto, Chhuxñapata y Jachauta, donde los termómetros marcaron 14 grados bajo cero en la madrugada del sábado.

        El alcalde Fortunato Quispecahua Llanque explicó que la declaratoria permitirá a la Municipalidad Distrital de Janqosiri comprar sin concurso 600 frazadas, 400 casacas térmicas y forraje para las alpacas. «Las crías nacen en diciembre y si el frío sigue así vamos a perder muchas», dijo.

        La comuna pedirá además al Gobierno Regional de Ururi cobertizos para las estancias más alejadas, a más de 4 600 metros de altura. Los ronderos de Kunturini Alto calculan que en lo que va de la temporada murieron 120 crías.""",
        m="A I",
        tone="0",
        note="frost emergency declared; relief kits and forage are none of the five topics",
    ),
    S(
        "q002",
        "qotanoticias",
        "2026-11-02T18:40:00-05:00",
        "Puesto de salud de Janqosiri recibe dos concentradores de oxígeno ante alza de neumonías",
        """Las infecciones respiratorias en niños menores de cinco años aumentaron 40 % en octubre en el puesto de salud de Janqosiri, que atendió 212 casos y derivó once a Qotaraya.

        Para que los pequeños no tengan que viajar dos horas en combi con fiebre, la Municipalidad Distrital de Janqosiri compró dos concentradores de oxígeno y un nebulizador, que la gerenta municipal Maribel Huancollo Turpo entregó ayer a la jefa del establecimiento, la obstetra Gladys Pari.

        «Con esto podemos estabilizar a un niño mientras llega la ambulancia», agradeció Pari. La red de salud anunció que la próxima semana empezará la vacunación contra la influenza en las escuelas del distrito.""",
        m="I G",
        t="salud",
        tone="+",
    ),
    S(
        "q003",
        "qotanoticias",
        "2026-11-03T09:05:00-05:00",
        "Alcalde Quispecahua inaugura losa deportiva techada en Achachiri",
        """El alcalde distrital de Achachiri, Rolando Quispecahua Mamani, inauguró ayer la losa multideportiva con tribunas y techo metálico del barrio Santa Rosa, una obra de 780 000 soles que los vecinos esperaban desde 2021.

        Tras cortar la cinta, el alcalde Quispecahua jugó el primer partido de fulbito con sus regidores. «Que los jóvenes estén aquí y no en la cantina», dijo ante unos doscientos vecinos.

        La obra fue ejecutada por administración directa y tardó once meses.""",
        about=False,
        note="namesake: Achachiri's Mayor shares our Mayor's title and first surname",
    ),
    S(
        "q004",
        "qotanoticias",
        "2026-11-03T12:30:00-05:00",
        "Regidor Sucasaca: obra de agua y saneamiento lleva catorce meses paralizada",
        """El regidor Edgar Sucasaca Vilcapaza denunció que la obra de mejoramiento del sistema de agua potable y alcantarillado de Janqosiri, presupuestada en 14,2 millones de soles, está paralizada desde setiembre del año pasado con un avance físico de apenas 38 %.

        «Hay zanjas abiertas en seis calles, los tubos se están malogrando al sol y nadie da explicaciones», afirmó el concejal de oposición, que pidió a la Contraloría una auditoría de los adelantos entregados al consorcio ejecutor.

        La gerenta municipal, Maribel Huancollo Turpo, respondió que la Municipalidad de Janqosiri resolvió el contrato en agosto y que el saldo de obra se licitará antes de fin de año. «No hay un sol perdido; los adelantos están garantizados con cartas fianza», aseguró.""",
        m="R G I",
        t="obras",
        tone="-",
        note="an opposition accusation with the manager's answer",
    ),
    S(
        "q005",
        "qotanoticias",
        "2026-11-04T08:00:00-05:00",
        "Cooperativa Quinua Janqosiri embarca 60 toneladas de quinua orgánica rumbo a Europa",
        """La Cooperativa Agraria Quinua Janqosiri despachó ayer su primer contenedor de quinua orgánica certificada a Europa: 60 toneladas de grano blanco y rojo producidas por 214 familias socias de las orillas del lago Chaskaqocha.

        Su presidente, Edgar Sucasaca Mendoza, contó que el precio pactado es de 2,90 dólares por kilo, casi el doble de lo que pagan los acopiadores en la feria. «Hace cinco años nadie creía que desde aquí se podía exportar», dijo Sucasaca.

        La cooperativa espera cerrar 2027 con cuatro contenedores y ya gestiona la certificación de comercio justo.""",
        about=False,
        note="namesakes: a cooperative named after the town, presided by a namesake of the opposition regidor",
    ),
    S(
        "q006",
        "qotanoticias",
        "2026-11-04T19:20:00-05:00",
        "Serenos y ronderos recuperan 35 alpacas robadas en Jachauta",
        """Una patrulla mixta de serenos de la comuna janqosireña y ronderos de Jachauta recuperó en la madrugada de ayer 35 alpacas huacaya que habían sido robadas de la estancia de la familia Mamani Coaquira, a 4 400 metros de altura.

        Los animales eran llevados en un camión hacia la feria de Pusiwaya; los abigeos huyeron a pie al ver las luces de la camioneta de serenazgo. Los ronderos encontraron en la cabina guías de tránsito falsificadas.

        El serenazgo de Janqosiri, que desde agosto hace patrullajes nocturnos en las estancias con dos camionetas, ha recuperado este año 112 animales.""",
        m="I",
        t="seguridad",
        tone="+",
    ),
    S(
        "q007",
        "qotanoticias",
        "2026-11-05T07:45:00-05:00",
        "Provincial de Qotaraya licita relleno sanitario para la capital y seis distritos",
        """La Municipalidad Provincial de Qotaraya convocó la licitación para construir el relleno sanitario provincial en la pampa de Wilaqaqa, una obra de 22 millones de soles que recibirá los residuos de la capital y de seis distritos, entre ellos Janqosiri, Achachiri y Pusiwaya.

        El alcalde provincial, Teodoro Ccallo Mamani, dijo que la buena pro se otorgará en enero y que el relleno funcionará en 2028. «Se acabaron los botaderos a orillas del lago», prometió.

        Las propuestas se recibirán hasta el 14 de diciembre en la sede de la provincial.""",
        about=False,
        note="the provincial municipality's project; Janqosiri only as one of the places served",
    ),
    S(
        "q008",
        "qotanoticias",
        "2026-11-05T12:00:00-05:00",
        "MDJ amplía hasta el 30 de noviembre la condonación de multas e intereses del predial",
        """La Municipalidad Distrital de Janqosiri amplió hasta el 30 de noviembre el beneficio que perdona el íntegro de las multas y los intereses moratorios a quienes paguen el impuesto predial atrasado de 2022 a 2025.

        Según la subgerencia de Administración Tributaria, hasta ayer se acogieron 640 contribuyentes, que pagaron 212 000 soles. El plazo vencía el 31 de octubre.

        Los pagos se reciben en la caja municipal de lunes a sábado, y los jueves también en un módulo instalado en el campo ferial.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "q009",
        "qotanoticias",
        "2026-11-06T08:20:00-05:00",
        "Quispecahua: «El Gobierno Regional nos tiene olvidados con la carretera a Kunturini»",
        """El alcalde de Janqosiri, Fortunato Quispecahua Llanque, arremetió contra el Gobierno Regional de Ururi por la demora en el asfaltado de la vía departamental que une la capital del distrito con la comunidad de Kunturini Alto, cuyo expediente técnico fue aprobado en 2023.

        «Cada año nos dicen que ya viene, y cada año las combis se quedan atascadas en la nieve», dijo el burgomaestre durante la sesión de concejo del miércoles. Recordó que la vía, de 38 kilómetros, es la única salida de la fibra y la carne de alpaca hacia la feria.

        La Gerencia Regional de Infraestructura informó que la obra está en la cartera de inversiones de 2027.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticises the regional government: neutral toward us; the road is the topic",
    ),
    S(
        "q010",
        "qotanoticias",
        "2026-11-06T17:55:00-05:00",
        "Botadero de Qhellupampa arde desde hace tres días y el humo llega a la escuela",
        """El humo negro del botadero de Qhellupampa, donde la Municipalidad de Janqosiri arroja a cielo abierto las ocho toneladas de residuos que recoge cada día, cubre desde el lunes la escuela primaria de la comunidad de Chiarqaqa, a menos de un kilómetro.

        «Los niños tosen toda la mañana y tenemos que cerrar las ventanas con plástico», contó el director, Julián Condori. Los padres de familia cerraron el acceso al botadero con piedras y advirtieron que no dejarán pasar al camión hasta que se apague el fuego.

        El subgerente de Gestión Ambiental, Percy Anccasi Mollo, atribuyó el incendio a recicladores que quemaban cables y aseguró que una cisterna trabaja desde ayer para sofocarlo.""",
        m="I M",
        t="limpieza",
        tone="-",
    ),
    S(
        "q011",
        "qotanoticias",
        "2026-11-07T09:30:00-05:00",
        "Exalcalde de Janqosiri Celestino Apaza es condenado a cuatro años por peculado",
        """El Juzgado Penal Colegiado de Qotaraya condenó a cuatro años de prisión efectiva al exalcalde de Janqosiri Celestino Apaza Ticona (2019-2022) por apropiarse de 186 000 soles destinados al programa del Vaso de Leche.

        El tribunal ordenó además que Apaza pague una reparación civil de 250 000 soles a la Municipalidad Distrital de Janqosiri, cuya procuraduría se había constituido en actor civil. La defensa anunció que apelará.

        Apaza, que postuló sin éxito al Consejo Regional en octubre, no asistió a la lectura de sentencia.""",
        m="I",
        tone="0",
        note="a former mayor, not the watched one; the institution is the injured party; neutral toward the current authorities",
    ),
    S(
        "q012",
        "qotanoticias",
        "2026-11-07T15:10:00-05:00",
        "Comuneros de Sullcamarca ya cruzan el Qoriwayqo por un puente colgante",
        """Las cuarenta familias de Sullcamarca ya no tienen que vadear el río Qoriwayqo con el agua a la cintura para llegar a la feria de los jueves. La comuna janqosireña les entregó ayer un puente peatonal colgante de 62 metros, con cables de acero y tablero de madera tratada.

        La obra costó 410 000 soles y se terminó en cinco meses. «En enero, con la crecida, el río se llevó a un vecino; eso no volverá a pasar», dijo emocionada la presidenta de la comunidad, Felícitas Huaranca.

        El alcalde Quispecahua cruzó el puente junto a los comuneros, que le ofrecieron una mesa de ofrenda a la Pachamama.""",
        m="I A",
        t="obras",
        tone="+",
    ),
    S(
        "q013",
        "qotanoticias",
        "2026-11-08T10:00:00-05:00",
        "Mineros informales enturbian el Qoriwayqo; Janqosiri pide intervención del OEFA",
        """El agua del río Qoriwayqo baja desde hace tres semanas color café con leche. Los comuneros de Sullcamarca y Pukaqaqa atribuyen el cambio a las dragas de mineros informales que trabajan 30 kilómetros río arriba, en la quebrada de Pallaqa, fuera de la jurisdicción del distrito.

        El alcalde Fortunato Quispecahua envió un oficio al OEFA y a la Fiscalía Ambiental pidiendo tomar muestras. «Nosotros no tenemos competencia para cerrar una draga, pero sí la obligación de defender el lago», dijo.

        Los criadores de trucha de la bahía de Janqosiri aseguran que sus jaulas han perdido un tercio de la producción desde octubre.""",
        m="A",
        tone="0",
        note="mining pollution as such is none of the five topics; the Mayor asks national bodies to act",
    ),
    S(
        "q014",
        "qotanoticias",
        "2026-11-09T08:15:00-05:00",
        "Janqosiri alista la fiesta de San Andrés con 28 conjuntos de danzas",
        """La comisión de festejos que preside la teniente alcaldesa Nilda Ccama Pacompía presentó ayer el programa de la fiesta patronal de San Andrés Apóstol, que se celebrará del 28 de noviembre al 3 de diciembre con 28 conjuntos de morenada, diablada, llamerada y kullawada.

        El concurso de danzas será el domingo 29 en el estadio. Ccama anunció que este año la venta de bebidas alcohólicas estará prohibida en la plaza y en el estadio, y que habrá baños portátiles en las cuatro esquinas de la plaza.

        Los alferados de este año son los esposos Víctor Coaquira y Nélida Paucar, comerciantes de fibra.""",
        m="T",
        tone="0",
        note="the fiesta is none of the five topics",
    ),
    S(
        "q015",
        "qotanoticias",
        "2026-11-09T16:30:00-05:00",
        "Vecinos de la avenida Circunvalación: «El camión de la basura no pasa hace dos semanas»",
        """Bolsas rotas, perros que esparcen los desperdicios y un olor que ya se siente desde la esquina: así luce desde hace quince días la avenida Circunvalación de Janqosiri, por donde el camión recolector no ha vuelto a pasar.

        «Llamamos a la municipalidad y nos dicen que el camión está en el taller», contó la vecina Rosa Mamani, que guarda la basura en costales en su patio. Otros vecinos la llevan en carretilla hasta el mercado.

        En la oficina de limpieza pública confirmaron que el único compactador del distrito tiene la caja de cambios malograda y que el repuesto llegará de Lima la próxima semana.""",
        about=True,
        t="limpieza",
        tone="-",
        note="about us with no named mention: only 'la municipalidad'",
    ),
    S(
        "q016",
        "qotanoticias",
        "2026-11-10T09:40:00-05:00",
        "Maribel Huancollo asume la gerencia de la Caja Rural Lago Sagrado",
        """La economista Maribel Huancollo Chura asumió ayer la gerencia general de la Caja Rural Lago Sagrado, la principal entidad de microfinanzas de la provincia, con 41 000 clientes y oficinas en Qotaraya, Janqosiri y Pusiwaya.

        La gerenta Huancollo anunció créditos de campaña para criadores de alpacas con tasas de 18 % anual y un año de gracia. «Los productores no deben caer en manos de los prestamistas de la feria», afirmó.

        Huancollo Chura trabajó diez años en la banca de desarrollo en Lima.""",
        about=False,
        note="namesake: a bank manager with our gerenta's given name and first surname ('la gerenta Huancollo')",
    ),
    S(
        "q017",
        "qotanoticias",
        "2026-11-10T18:00:00-05:00",
        "Campaña contra la anemia llega a 320 niños de las comunidades altas",
        """Técnicas del puesto de salud y promotoras del municipio janqosireño recorrieron durante cinco días las comunidades de Kunturini Alto, Jachauta y Chhuxñapata para medir la hemoglobina de 320 niños menores de tres años.

        El 44 % tenía anemia. A todos se les entregó sulfato ferroso y a las madres, sangrecita de alpaca deshidratada y recetarios en quechua y aimara. «Antes teníamos que bajar con la wawa a la capital del distrito; ahora vienen a la estancia», dijo la madre Justina Ccori.

        La gerenta municipal, Maribel Huancollo, informó que la campaña se repetirá en febrero para medir avances.""",
        m="I G",
        t="salud",
        tone="+",
    ),
    S(
        "q018",
        "qotanoticias",
        "2026-11-11T07:30:00-05:00",
        "Feriantes rechazan alza de la sisa en el campo ferial: de 2 a 5 soles por puesto",
        """Unos trescientos comerciantes de la feria de los jueves marcharon ayer hasta la plaza de armas de Janqosiri para rechazar la ordenanza que sube de 2 a 5 soles el cobro diario por puesto en el campo ferial.

        «Nos cobran más, pero no hay baños, no hay agua y cuando llueve es puro barro», reclamó la dirigente de los feriantes, Eusebia Turpo. El regidor Edgar Sucasaca, que votó en contra de la ordenanza, acompañó la marcha.

        La comuna janqosireña sostiene que el incremento financiará el techado del campo ferial y que la tarifa no se tocaba desde 2015.""",
        m="I R",
        t="tributos",
        tone="-",
        note="the fair's sisa is tributos municipales",
    ),
    S(
        "q019",
        "qotanoticias",
        "2026-11-11T19:45:00-05:00",
        "Comisiones de transferencia instalan mesas de trabajo en la Municipalidad de Janqosiri",
        """Las comisiones de la gestión saliente y de la entrante instalaron ayer las mesas de trabajo para la transferencia de la Municipalidad de Janqosiri, que el 1 de enero pasará a manos del alcalde electo Wilfredo Larico Quispe.

        El alcalde Fortunato Quispecahua Llanque se comprometió a entregar el acervo documentario y el inventario de maquinaria antes del 15 de diciembre. Larico, por su parte, pidió información detallada sobre la obra de agua y saneamiento y sobre las deudas con proveedores.

        La Contraloría designó a un veedor para el proceso.""",
        m="I A",
        tone="0",
        note="the alcalde electo Wilfredo Larico is not watched; the transfer is none of the five topics",
    ),
    S(
        "q020",
        "qotanoticias",
        "2026-11-12T08:30:00-05:00",
        "Granizada arrasa cultivos de papa en el anexo Janqosiri, provincia de Layocancha",
        """Una granizada de cuarenta minutos destruyó el martes unas 60 hectáreas de papa y habas en el anexo Janqosiri, del distrito de Santa Ana de Wilcahuasi, provincia de Layocancha.

        El teniente gobernador del anexo, Hipólito Ruiz, pidió ayuda al Gobierno Regional para semillas y abono. «Hemos perdido la campaña entera», dijo.

        El anexo, de unas cien familias, comparte solo el nombre con el distrito lacustre de nuestra provincia.""",
        about=False,
        note="namesake place: an anexo with the same name in another province",
    ),
    S(
        "q021",
        "qotanoticias",
        "2026-11-12T17:05:00-05:00",
        "Janqosiri estrena doce cámaras de videovigilancia en la plaza, el terminal y el campo ferial",
        """Doce cámaras de videovigilancia con visión nocturna vigilan desde el lunes la plaza de armas, el terminal terrestre y el campo ferial de Janqosiri. La central de monitoreo funciona en el local del serenazgo, con dos operadores por turno.

        La inversión, de 380 000 soles, fue financiada por la Municipalidad Distrital de Janqosiri con recursos del plan de incentivos. En la primera semana las cámaras permitieron identificar al autor del robo de un celular en el terminal, que fue detenido por la Policía.

        El alcalde Quispecahua dijo que deja presupuestadas ocho cámaras más para los accesos al distrito.""",
        m="I A",
        t="seguridad",
        tone="+",
    ),
    S(
        "q022",
        "qotanoticias",
        "2026-11-13T09:00:00-05:00",
        "Ampliación del puesto de salud: consorcio pide 90 días más de plazo",
        """El consorcio Lago Azul, que construye el nuevo bloque de hospitalización y emergencia del puesto de salud de Janqosiri, solicitó a la municipalidad una ampliación de plazo de 90 días por las lluvias y la demora en la llegada de los equipos.

        La obra, de 5,6 millones de soles, tiene un avance de 71 %. La gerenta Huancollo indicó que el pedido está siendo evaluado por la supervisión y que no se aprobará ningún adicional sin sustento técnico.

        El personal del establecimiento atiende desde hace un año en módulos prefabricados.""",
        m="G",
        t="obras salud",
        tone="0",
        note="a building for the health post: works and health",
    ),
    S(
        "q023",
        "qotanoticias",
        "2026-11-13T20:10:00-05:00",
        "Fortunato Quispecahua lanza nuevo disco de charango con temas del lago",
        """El charanguista ururino Fortunato Quispecahua, de 67 años, presentó anoche en la Casa de la Cultura de Qotaraya su décimo disco, «Ch'aska Qocha», con catorce temas instrumentales inspirados en el lago.

        Quispecahua, que no tiene ninguna relación con el alcalde del mismo nombre, aprendió a tocar con su abuelo en las fiestas de Pusiwaya. «El charango llora cuando hiela, y este año lloró mucho», bromeó.

        El disco puede comprarse en la feria o escucharse en las plataformas digitales.""",
        about=False,
        note="namesake: a musician with the Mayor's given name and first surname; 'el alcalde del mismo nombre' names nobody",
    ),
    S(
        "q024",
        "qotanoticias",
        "2026-11-14T08:50:00-05:00",
        "Recaudación del predial sube 31 % en Janqosiri y la morosidad baja a 41 %",
        """La Municipalidad Distrital de Janqosiri recaudó 1,08 millones de soles por impuesto predial entre enero y octubre, 31 % más que en el mismo periodo de 2025, gracias a la actualización del catastro y a las campañas de pago en las comunidades.

        Parte de lo recaudado se destinó a 150 cocinas mejoradas para familias de las estancias altas, informó la subgerencia de Administración Tributaria.

        La morosidad bajó de 58 % a 41 %, aunque sigue concentrada en los predios urbanos de la avenida Lago.""",
        m="I",
        t="tributos",
        tone="+",
    ),
    S(
        "q025",
        "qotanoticias",
        "2026-11-14T19:30:00-05:00",
        "Mototaxistas denuncian que serenos les cobraban «cupos»; la gerencia lo niega",
        """Un grupo de mototaxistas de la asociación Virgen de la Candelaria denunció ante la Fiscalía de Qotaraya que dos serenos les exigían cinco soles diarios para no llevar sus vehículos al depósito por falta de permiso de operación.

        «Si no pagas, te mandan al depósito y ahí te cobran 150 soles», relató uno de los choferes, que pidió reserva de su nombre. Los denunciantes presentaron audios como prueba.

        La gerenta municipal Maribel Huancollo Turpo negó que exista un cobro ilegal y dijo que los dos serenos fueron separados de sus puestos mientras dure la investigación. «No vamos a encubrir a nadie», afirmó.""",
        m="G",
        t="seguridad",
        tone="-",
        note="an accusation the manager denies: still negative",
    ),
    S(
        "q026",
        "qotanoticias",
        "2026-11-15T10:00:00-05:00",
        "Concejo aprueba presupuesto 2027 de 18,4 millones para Janqosiri",
        """El concejo de Janqosiri aprobó el presupuesto institucional de apertura para 2027, que asciende a 18,4 millones de soles, 6 % menos que este año por la caída de las transferencias del canon.

        El 52 % irá a proyectos de inversión. El regidor Edgar Sucasaca Vilcapaza votó en contra porque, dijo, la gestión saliente «amarra» el presupuesto de la próxima con proyectos que el nuevo concejo no eligió.

        El alcalde electo Wilfredo Larico pidió que se respete la priorización del presupuesto participativo.""",
        m="R",
        tone="0",
        note="the budget is none of the five topics; 'el concejo de Janqosiri' is not the institution",
    ),
    S(
        "q027",
        "qotanoticias",
        "2026-11-15T18:20:00-05:00",
        "Pusiwaya inaugura mercado de abastos de dos pisos con cámara de frío",
        """La alcaldesa de Pusiwaya, Hilda Turpo Ccari, inauguró ayer el nuevo mercado de abastos del distrito, con 140 puestos, cámara de frío para carne de alpaca y servicios higiénicos.

        La burgomaestra destacó que la obra, de 4,3 millones de soles, se ejecutó con canon y endeudamiento. Los comerciantes ocuparán sus puestos desde el lunes, tras el sorteo.

        Vendedores de Janqosiri y Achachiri también solicitaron espacios en el nuevo mercado.""",
        about=False,
        note="another district's works",
    ),
    S(
        "q028",
        "qotanoticias",
        "2026-11-16T08:40:00-05:00",
        "Contraloría advierte que dos tractores comprados por la MDJ siguen guardados en el almacén",
        """La Contraloría advirtió que la compra de dos tractores agrícolas por 690 000 soles que realizó la Municipalidad Distrital de Janqosiri en setiembre no contó con estudio de mercado y que las máquinas llevan dos meses guardadas en el almacén sin ser usadas.

        El informe de control concurrente señala además que los tractores no tienen seguro ni operador asignado. La entidad tiene diez días para informar qué medidas tomará.

        Fuentes municipales indicaron que los tractores se entregarán a las comunidades para la campaña de siembra de quinua.""",
        m="I",
        tone="-",
        note="a purchase of farm machinery: none of the five topics",
    ),
    S(
        "q029",
        "qotanoticias",
        "2026-11-16T16:15:00-05:00",
        "Jirón San Andrés deja atrás el barro: 420 metros de adoquinado con veredas",
        """Después de años de barro en temporada de lluvias, los vecinos del jirón San Andrés celebraron ayer la entrega de 420 metros de pista de adoquín de concreto, con veredas, cunetas y sardineles.

        La obra, de 1,2 millones de soles, fue ejecutada por la Municipalidad Distrital de Janqosiri en siete meses. «Ahora las señoras con sus polleras ya no se embarran», bromeó el presidente del barrio, Marcelino Quispe.

        El alcalde Fortunato Quispecahua Llanque dijo que es la última pista de su gestión y que deja el expediente del jirón Chaskaqocha listo para la siguiente.""",
        m="I A",
        t="obras",
        tone="+",
    ),
    S(
        "q030",
        "qotanoticias",
        "2026-11-17T09:20:00-05:00",
        "Vacunación contra la influenza avanza en las escuelas, pero faltan dosis para adultos mayores",
        """La campaña de vacunación contra la influenza que la red de salud y la Municipalidad de Janqosiri iniciaron el lunes en las escuelas ya inmunizó a 1 150 niños, pero las dosis para adultos mayores se agotaron el primer día.

        «Vinieron abuelitos desde Kunturini a pie y se fueron sin vacuna», lamentó la técnica Yolanda Apaza. La red de salud explicó que el lote para mayores de 60 años llegará la próxima semana.

        La municipalidad puso dos combis para trasladar a los vacunadores a las comunidades y anunció que las volverá a enviar cuando lleguen las dosis.""",
        m="I",
        t="salud",
        tone="0",
        note="mixed: progress and a shortage that is the health network's, not ours",
    ),
    S(
        "q031",
        "qotanoticias",
        "2026-11-17T17:40:00-05:00",
        "Nilda Ccama gana la Maratón de los Andes con récord de la prueba",
        """La fondista Nilda Ccama Huarachi, de 24 años, ganó ayer la categoría femenina de la Maratón de los Andes de Qotaraya con un tiempo de 2 horas 51 minutos, récord de la prueba a 3 900 metros de altura.

        Ccama, hija de pastores de alpacas, entrena en las pampas de Pusiwaya y sueña con los Juegos Bolivarianos. «Corro desde niña detrás de las alpacas», contó la atleta.

        En la categoría masculina ganó Teófilo Ramos, de Achachiri.""",
        about=False,
        note="namesake: a runner with the teniente alcaldesa's given name and first surname",
    ),
    S(
        "q032",
        "qotanoticias",
        "2026-11-18T08:10:00-05:00",
        "Janqosiri separa en la fuente: 1 200 familias entregan sus reciclables",
        """El programa de segregación en la fuente de la Municipalidad Distrital de Janqosiri ya suma 1 200 viviendas que entregan plásticos, papel y vidrio separados los martes y viernes, y que a cambio reciben un descuento de 20 % en los arbitrios de limpieza.

        El subgerente de Gestión Ambiental, Percy Anccasi Mollo, informó que el programa redujo en 1,3 toneladas diarias lo que llega al botadero de Qhellupampa. Los reciclables se venden a una asociación de recicladoras formalizadas.

        La meta para 2027 es llegar a 2 000 viviendas.""",
        m="I M",
        t="limpieza",
        tone="+",
        note="the arbitrios discount is a means, not the story: limpieza only",
    ),
    S(
        "q033",
        "qotanoticias",
        "2026-11-18T19:00:00-05:00",
        "Asaltan a cambista en pleno campo ferial; el serenazgo llegó cuarenta minutos después",
        """Dos sujetos armados asaltaron el jueves al mediodía a un cambista de dólares en el campo ferial de Janqosiri y huyeron en una moto con 18 000 soles, en medio de cientos de compradores de la feria.

        Los comerciantes reclamaron que la camioneta de serenazgo llegó cuarenta minutos después del asalto, cuando la Policía ya había tomado declaraciones. «Cobran la sisa, pero de seguridad nada», dijo una vendedora de papa.

        La central de serenazgo explicó que ese día solo había una unidad operativa, que atendía una emergencia en Jachauta.""",
        about=True,
        t="seguridad",
        tone="-",
        note="the district's serenazgo criticised with no named mention",
    ),
    S(
        "q034",
        "qotanoticias",
        "2026-11-19T08:00:00-05:00",
        "Teniente alcaldesa consigue 2 000 kits de abrigo más para las estancias",
        """La teniente alcaldesa de Janqosiri, Nilda Ccama Pacompía, consiguió que el programa nacional de emergencias entregue 2 000 kits de abrigo adicionales para las familias de las comunidades de altura, afectadas por las heladas de las últimas semanas.

        Los kits, con frazadas, chompas de lana, gorros y botas, llegaron ayer en dos camiones y serán repartidos a partir del lunes con el padrón que elaboraron los presidentes comunales. «Priorizamos a los adultos mayores que viven solos en las estancias», dijo Ccama.

        Con esta entrega, el distrito suma 3 400 kits en la temporada.""",
        m="T",
        tone="+",
        note="frost relief: none of the five topics",
    ),
    S(
        "q035",
        "qotanoticias",
        "2026-11-19T18:30:00-05:00",
        "Alcaldes del lago exigen al Midagri un precio refugio para la quinua",
        """Los alcaldes de Janqosiri, Achachiri y Pusiwaya firmaron ayer un pronunciamiento conjunto que exige al Ministerio de Desarrollo Agrario comprar quinua a un precio refugio de 6 soles el kilo, ante la caída de las cotizaciones en la feria.

        «Nuestros productores están vendiendo a 3,50, por debajo de lo que les cuesta producir», dijo el alcalde de Janqosiri, Fortunato Quispecahua Llanque. Su colega de Achachiri, Rolando Quispecahua Mamani, agregó que el ministerio «solo aparece en las ferias para tomarse fotos».

        La alcaldesa de Pusiwaya, Hilda Turpo, pidió además créditos sin intereses para los productores.""",
        m="A",
        tone="0",
        note="two Mayors with the same surname; ours criticises the national government (neutral)",
    ),
    S(
        "q036",
        "qotanoticias",
        "2026-11-20T07:50:00-05:00",
        "Un año entre zanjas: así viven los vecinos de la obra de agua paralizada",
        """En el jirón Bolognesi, doña Eufemia Choque sale de su casa por una tabla puesta sobre una zanja de dos metros de profundidad. Así viven desde hace más de un año los vecinos de seis calles de Janqosiri donde quedaron abiertas las excavaciones de la obra de agua potable y alcantarillado.

        «Mi nieto se cayó en agosto y se rompió el brazo», cuenta. En las noches no hay señalización y los charcos se congelan. Los vecinos han pedido tres veces por escrito a la Municipalidad Distrital de Janqosiri que al menos tape las zanjas.

        La municipalidad respondió que no puede intervenir el área mientras no se liquide el contrato con el consorcio, porque alteraría las pruebas del peritaje.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "q037",
        "qotanoticias",
        "2026-11-20T18:25:00-05:00",
        "Palacio municipal de Janqosiri ya tiene sala de lactancia",
        """Las madres que trabajan en el palacio municipal de Janqosiri y las vecinas que acuden a hacer trámites cuentan desde ayer con un lactario equipado con refrigeradora, sillón y lavadero, en el primer piso del local edil.

        El alcalde cortó la cinta junto a la jefa del puesto de salud, que destacó que la lactancia exclusiva hasta los seis meses es la mejor defensa de los bebés contra la anemia y las infecciones respiratorias en la temporada de heladas.

        La sala atiende de lunes a sábado, de 8 de la mañana a 5 de la tarde.""",
        about=True,
        t="salud",
        tone="+",
        note="position only: 'el alcalde', 'el local edil' name nobody",
    ),
    S(
        "q038",
        "qotanoticias",
        "2026-11-21T09:15:00-05:00",
        "Ejecutoría coactiva embarga cuentas de 35 grandes deudores del predial",
        """La oficina de ejecución coactiva de la Municipalidad de Janqosiri trabó embargos en las cuentas bancarias de 35 contribuyentes que deben más de 5 000 soles cada uno en impuesto predial y arbitrios, entre ellos dos hospedajes y una empresa de transportes.

        La deuda total de los embargados asciende a 412 000 soles. Los afectados pueden levantar la medida si firman un convenio de fraccionamiento.

        La municipalidad recordó que el beneficio de condonación de multas vence el 30 de noviembre.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "q039",
        "qotanoticias",
        "2026-11-21T17:45:00-05:00",
        "Fibra de alpaca se recupera: 16 soles la libra en la feria de los jueves",
        """La libra de fibra de alpaca huacaya blanca se pagó el jueves a 16 soles en la feria de Janqosiri, 15 % más que en octubre, impulsada por la demanda de las textileras del sur.

        Los acopiadores atribuyen la subida a la menor oferta por las heladas, que retrasaron la esquila. «Hay poca fibra y la que hay es fina», explicó el acopiador Braulio Mamani.

        Según el padrón de la Municipalidad Distrital de Janqosiri, que administra el campo ferial, el jueves se comercializaron 14 toneladas de fibra, el doble que hace un mes.""",
        m="I",
        about=False,
        note="the institution only in passing (as a data source) in a market-prices story",
    ),
    S(
        "q040",
        "qotanoticias",
        "2026-11-22T08:30:00-05:00",
        "Concejal Sucasaca denuncia contratación de familiares; el alcalde habla de «show electoral»",
        """El concejal Edgar Sucasaca presentó en la sesión de concejo una lista de once personas contratadas este año por la comuna janqosireña como locadores de servicios que, según dijo, son familiares de funcionarios y de regidores oficialistas.

        «Hay sobrinos, cuñados y hasta la nuera de un gerente», afirmó. El alcalde Quispecahua calificó la denuncia de «show electoral tardío» y aseguró que todas las contrataciones pasaron por convocatoria pública.

        El pleno acordó remitir la lista al órgano de control institucional.""",
        m="R I A",
        tone="-",
        note="an accusation the Mayor denies: negative",
    ),
    # --- Diario El Altiplánico: regional daily, teasers in RSS, 2009 table template ---------------------------------------
    S(
        "q041",
        "altiplanico",
        "2026-11-02T06:00:00-05:00",
        "Columna | Catorce meses y contando",
        """Hay que reconocerlo: en el municipio janqosireño son unos artistas de la paciencia. Catorce meses lleva paralizada la obra de agua y saneamiento y ni un solo funcionario ha perdido el sueño. ¡Qué eficiencia! ¡Qué sentido de la urgencia!

        Mientras tanto, en el jirón Bolognesi los vecinos ya se acostumbraron a saltar zanjas como si fueran atletas. Tal vez el alcalde Quispecahua quiera inscribirlos en la próxima maratón de Qotaraya; con tanto entrenamiento, seguro que ganan.

        Dicen en la municipalidad que el saldo de obra se licitará «antes de fin de año». Lo mismo dijeron en diciembre pasado. Quizás el próximo alcalde tenga más suerte, o al menos más vergüenza.

        Hernán Zapana Ccoa es periodista y vecino del jirón Bolognesi.""",
        m="I A",
        t="obras",
        tone="-",
        note="sarcasm: words of praise meaning the opposite; an opinion column",
    ),
    S(
        "q042",
        "altiplanico",
        "2026-11-03T06:30:00-05:00",
        "Fortunato Quispecahua: «Me voy con el agua a medio camino, lo reconozco»",
        """A ocho semanas de dejar el cargo, el alcalde de Janqosiri recibe a El Altiplánico en su despacho, entre cajas de archivos que ya se preparan para la transferencia.

        —¿Cuál es su mayor pendiente?
        —La obra de agua y saneamiento. Me voy con el agua a medio camino, lo reconozco. El consorcio nos falló y tuvimos que resolverle el contrato. El saldo saldrá a licitación este mes.

        —¿Y lo que sí deja?
        —Cuatro puentes colgantes, tres pistas y el serenazgo rural. Hoy los abigeos lo piensan dos veces antes de entrar a las estancias.

        —La oposición dice que deja deudas.
        —Dejo 1,2 millones en deudas con proveedores, todas con respaldo presupuestal. No es cierto que dejemos la caja vacía; eso lo dice quien no ha leído los estados financieros.

        —¿Volverá a postular?
        —Ahora me toca volver a mis alpacas. La política es como la helada: llega, quema y se va.""",
        m="A",
        t="obras",
        tone="0",
        note="an interview balancing a pending work and achievements; the Mayor denies leaving the coffers empty",
    ),
    S(
        "q043",
        "altiplanico",
        "2026-11-04T05:45:00-05:00",
        "Clausuran el Hostal Janqosiri de Ururi tras hallar a dos menores en su bar",
        """Fiscales y policías intervinieron la madrugada de ayer el Hostal Janqosiri, en el centro de Ururi, donde hallaron a dos adolescentes de 15 y 16 años trabajando como anfitrionas en el bar del primer piso.

        El propietario, identificado como Julio César Pari, fue detenido. La municipalidad de Ururi clausuró el local, que funcionaba con la licencia vencida desde 2024.

        El establecimiento lleva el nombre del distrito lacustre del que es natural su dueño. Las menores fueron derivadas a la unidad de protección especial.""",
        about=False,
        note="namesake: a hostel in the regional capital named after the town; another municipality acts",
    ),
    S(
        "q044",
        "altiplanico",
        "2026-11-05T06:10:00-05:00",
        "Neumonías en niños se disparan en el altiplano: la región suma 23 fallecidos",
        """Las neumonías en menores de cinco años ya dejaron 23 fallecidos en la región en lo que va del año, ocho más que en todo 2025, según la sala situacional de la Dirección Regional de Salud. Los distritos de Achachiri, Pusiwaya y las zonas altas de Qotaraya concentran la mitad de los casos.

        La Diresa atribuye el alza a las heladas tempranas y a la baja cobertura de la vacuna contra el neumococo, que apenas llega a 61 %.

        En Janqosiri, donde no se registran fallecidos este año, el alcalde Fortunato Quispecahua pidió al Gobierno Regional un médico permanente para el puesto de salud, que los fines de semana queda a cargo de un técnico. «Una madre de Kunturini no puede esperar al lunes», dijo.

        La Diresa anunció que enviará brigadas a las comunidades de altura antes de fin de mes.""",
        m="A",
        t="salud",
        tone="0",
        note="a regional round-up; our part is the Mayor asking the regional government for a doctor (neutral)",
    ),
    S(
        "q045",
        "altiplanico",
        "2026-11-06T06:00:00-05:00",
        "Janqosiri, el distrito que redujo el abigeato a la mitad",
        """Hasta hace dos años, en las estancias de Kunturini Alto nadie dormía tranquilo en las noches sin luna. «Venían con camión, se llevaban cuarenta, cincuenta alpacas y ya no las veías más», recuerda el pastor Cipriano Huanca, que perdió la mitad de su tropa en 2023.

        Este año las denuncias por abigeato en el distrito bajaron de 61 a 29, según la comisaría. La diferencia la atribuyen los comuneros al serenazgo rural que la Municipalidad Distrital de Janqosiri creó en 2024: doce serenos, dos camionetas y radios enlazadas con las rondas campesinas de cada comunidad.

        «Antes la ronda caminaba toda la noche sin poder avisar a nadie; ahora con una llamada llega la camioneta», explica el presidente de la central de rondas, Teodosio Mamani.

        El alcalde Quispecahua Llanque reconoce que el modelo depende de que la próxima gestión mantenga el presupuesto: 540 000 soles al año entre sueldos, combustible y mantenimiento. El alcalde electo Wilfredo Larico ya anunció que lo hará.""",
        m="I A",
        t="seguridad",
        tone="+",
    ),
    S(
        "q046",
        "altiplanico",
        "2026-11-07T06:20:00-05:00",
        "Obreros de limpieza paralizan en Janqosiri por tres meses de sueldos impagos",
        """Los 26 obreros de limpieza pública de Janqosiri dejaron de barrer calles y recoger residuos desde el lunes en protesta por tres meses de sueldos impagos. La basura ya se acumula en el mercado y en las esquinas de la plaza.

        «Tenemos hijos en el colegio, no podemos seguir trabajando gratis», dijo el secretario del sindicato, Nicasio Larico. Los trabajadores ganan 1 130 soles al mes y están contratados por locación de servicios.

        La gerenta municipal Maribel Huancollo Turpo atribuyó el retraso a la demora de la transferencia del Ministerio de Economía y aseguró que el pago de agosto se hará el viernes. El sindicato respondió que no volverá a trabajar hasta cobrar los tres meses.

        La Municipalidad de Janqosiri contrató a un grupo de jornaleros para limpiar el mercado mientras dure la huelga.""",
        m="I G",
        t="limpieza",
        tone="-",
    ),
    S(
        "q047",
        "altiplanico",
        "2026-11-08T06:00:00-05:00",
        "Achachiri: regantes toman el local municipal y exigen la renuncia del alcalde Quispecahua",
        """Más de doscientos regantes de la comisión de Huancarani tomaron ayer el local de la Municipalidad Distrital de Achachiri y exigieron la renuncia del alcalde Rolando Quispecahua Mamani por la paralización del canal de riego que debía estar listo en junio.

        Los manifestantes encerraron a dos funcionarios durante tres horas. La Policía medió y los liberó al mediodía.

        El alcalde Quispecahua, que se encontraba en Qotaraya, dijo por teléfono que el canal tiene 80 % de avance y que el retraso se debe a la falta de transferencias del Gobierno Regional.""",
        about=False,
        note="namesake: Achachiri's Mayor; an entirely different municipality",
    ),
    S(
        "q048",
        "altiplanico",
        "2026-11-09T06:15:00-05:00",
        "Municipalidad Provincial de Qotaraya multa a 40 combis de la ruta Qotaraya–Janqosiri",
        """Inspectores de transportes de la Municipalidad Provincial de Qotaraya impusieron el fin de semana 40 papeletas a combis de la ruta Qotaraya–Janqosiri por sobrecarga de pasajeros y por no contar con el certificado de inspección técnica.

        La gerente de Transportes de la provincial, Olga Cutipa, advirtió que las unidades reincidentes perderán la autorización de ruta. Los choferes se quejaron de que el control se hizo en plena salida de la feria.

        La ruta es la única conexión directa de las comunidades del lago con la capital de la provincia.""",
        about=False,
        note="the provincial municipality acts; 'Qotaraya–Janqosiri' is a bus route, not us",
    ),
    S(
        "q049",
        "altiplanico",
        "2026-11-10T06:05:00-05:00",
        "Escolares de Janqosiri ganan concurso nacional de robótica con un medidor de heladas",
        """Cuatro estudiantes del colegio secundario José Carlos Mariátegui de Janqosiri ganaron el primer puesto del concurso nacional de robótica escolar con un sensor que avisa por mensaje de texto a los pastores cuando la temperatura baja de cinco grados bajo cero.

        El equipo, asesorado por el profesor de física Ronald Chambi, armó el prototipo con piezas recicladas y un panel solar. «Queremos que ningún pastor pierda a sus crías por no saber que venía la helada», explicó la estudiante Yaneth Pacompía, de 16 años.

        Los escolares viajarán en marzo a una feria de ciencia en Santiago de Chile.""",
        about=False,
        note="a school's success with no municipal angle",
    ),
    S(
        "q050",
        "altiplanico",
        "2026-11-11T06:00:00-05:00",
        "Columna | Lo que sí hay que reconocerle a Tata Fortu",
        """En estas páginas hemos sido duros con la gestión de Janqosiri, y lo seguiremos siendo con la obra de agua. Pero sería injusto despedir a Tata Fortu sin decir lo que hizo bien.

        Los puentes colgantes de Sullcamarca y Pukaqaqa cambiaron la vida de decenas de familias que cruzaban el río a pie. Y el serenazgo rural, enlazado con las rondas, hizo lo que la Policía no pudo en veinte años: que el abigeato baje a la mitad.

        No son obras de cartel ni de cinta roja. Son de esas que no se ven desde la plaza, pero se sienten en la estancia. Ojalá el próximo alcalde no las deje morir por el simple hecho de que las empezó otro.

        Rosa Mamani Ticona es docente y escribe los miércoles.""",
        m="A",
        t="obras seguridad",
        tone="+",
        note="an opinion column praising bridges and the rural serenazgo; the nickname names the Mayor",
    ),
    S(
        "q051",
        "altiplanico",
        "2026-11-12T06:10:00-05:00",
        "Madre da a luz en una combi: el puesto de salud de Janqosiri no tiene médico los domingos",
        """Una joven madre de la comunidad de Jachauta dio a luz el domingo en el asiento trasero de una combi camino a Qotaraya, después de que el puesto de salud de Janqosiri, que ese día solo tenía a un técnico de guardia, no pudiera atenderla.

        La bebé y la madre están bien. «Si el carro se demoraba un poco más, no sé qué hubiera pasado», contó el esposo, Fidel Ccori.

        La teniente alcaldesa de Janqosiri, Nilda Ccama Pacompía, dijo que la municipalidad ya pidió tres veces por escrito a la Dirección Regional de Salud un médico de guardia para los fines de semana. «Nosotros ponemos el local y la ambulancia; el personal lo tiene que poner la Diresa», explicó.

        La Diresa respondió que la plaza de médico se convocará en enero.""",
        m="T",
        t="salud",
        tone="0",
        note="the health post's staffing is the regional government's; our authority asks them (neutral)",
    ),
    S(
        "q052",
        "altiplanico",
        "2026-11-13T06:00:00-05:00",
        "Convocan licitación del saldo de obra de agua y saneamiento de Janqosiri por 8,8 millones",
        """La Municipalidad Distrital de Janqosiri publicó ayer la convocatoria para contratar la ejecución del saldo de la obra de mejoramiento del sistema de agua potable y alcantarillado de la capital del distrito, con un valor referencial de 8,8 millones de soles y un plazo de 300 días.

        La obra quedó paralizada en setiembre de 2025 con un avance de 38 %, después de que el consorcio ejecutor abandonara los trabajos. La gerenta municipal Maribel Huancollo Turpo informó que el expediente del saldo fue actualizado y que incluye la reposición de las tuberías dañadas por la exposición al sol.

        Las propuestas se recibirán hasta el 7 de diciembre. La buena pro la otorgará la actual gestión, pero el contrato lo firmará la siguiente.""",
        m="I G",
        t="obras",
        tone="0",
        note="a procedural notice about the stalled works",
    ),
    S(
        "q053",
        "altiplanico",
        "2026-11-14T06:15:00-05:00",
        "FQL responde a la Contraloría: «Los tractores ya están en el campo»",
        """El alcalde de Janqosiri, Fortunato Quispecahua Llanque, rechazó el informe de la Contraloría que advirtió que dos tractores comprados por 690 000 soles estaban guardados en el almacén sin uso, y aseguró que desde el lunes trabajan en las comunidades de Chhuxñapata y Sullcamarca.

        «El informe se hizo en octubre, cuando estábamos esperando las placas. Hoy ya están roturando para la quinua», dijo. Sobre la falta de estudio de mercado, sostuvo que la compra se hizo por catálogo electrónico, «que es el precio que pone el propio Estado».

        El regidor Edgar Sucasaca Vilcapaza pidió que el alcalde presente en la próxima sesión las actas de entrega firmadas por los presidentes comunales.""",
        m="A R",
        tone="-",
        note="headline initials name the Mayor; a control warning he denies is still negative",
    ),
    S(
        "q054",
        "altiplanico",
        "2026-11-15T06:00:00-05:00",
        "Alferados de San Andrés rechazan la «ley seca» en la plaza de Janqosiri",
        """Los alferados y los presidentes de catorce conjuntos de danzas rechazaron la prohibición de vender bebidas alcohólicas en la plaza y en el estadio durante la fiesta de San Andrés, que dispuso el municipio janqosireño.

        «La fiesta siempre ha sido con cerveza, con respeto, pero con cerveza», dijo el presidente de la Diablada Janqosiri, Faustino Coaquira. Los danzarines amenazan con trasladar la entrada folclórica a la comunidad de Chhuxñapata.

        La teniente alcaldesa Nilda Ccama, que preside la comisión de festejos, recordó que el año pasado hubo dos muertos en peleas durante la fiesta. «No vamos a retroceder», afirmó.""",
        m="I T",
        tone="0",
        note="a dispute about the fiesta; 'Diablada Janqosiri' is a dance group, not us",
    ),
    S(
        "q055",
        "altiplanico",
        "2026-11-16T06:10:00-05:00",
        "Mueren truchas en las jaulas de la bahía de Janqosiri; toman muestras del agua",
        """Unas tres toneladas de truchas murieron la última semana en las jaulas flotantes de cuatro asociaciones de piscicultores de la bahía de Janqosiri, en el lago Chaskaqocha.

        El subgerente de Gestión Ambiental de Janqosiri, Percy Anccasi Mollo, acompañó a los técnicos de la autoridad del agua que tomaron muestras en la desembocadura del río Qoriwayqo, que arrastra sedimentos de la minería informal de la quebrada de Pallaqa.

        Los resultados estarán en dos semanas. Los piscicultores calculan pérdidas de 45 000 soles.""",
        m="M",
        tone="0",
        note="pollution as such is none of the five topics; our official accompanies the sampling",
    ),
    S(
        "q056",
        "altiplanico",
        "2026-11-17T06:00:00-05:00",
        "El botadero de Janqosiri ya no da más: la basura llega hasta la orilla del lago",
        """El botadero de Qhellupampa, donde la Municipalidad de Janqosiri deposita desde 2014 los residuos del distrito, rebasó su capacidad: los montículos ya ocupan la quebrada y, con el viento, las bolsas llegan hasta los totorales de la orilla del lago Chaskaqocha, a 600 metros.

        Un informe de la autoridad ambiental de 2025 ya había ordenado cerrarlo y construir una celda transitoria. Nada de eso se hizo. «Cada año nos prometen el relleno sanitario y cada año hay más basura», dice la presidenta de la comunidad de Chiarqaqa, Aurelia Quispe.

        El subgerente Percy Anccasi reconoció que no hubo presupuesto para la celda y que la solución será el relleno provincial, que estaría listo en 2028.""",
        m="I M",
        t="limpieza",
        tone="-",
    ),
    S(
        "q057",
        "altiplanico",
        "2026-11-18T06:20:00-05:00",
        "La quinua del altiplano pierde mercado: el precio cae por tercer año",
        """El precio de la quinua en chacra cayó a 3,40 soles por kilo, el más bajo en cinco años, y los productores del altiplano empiezan a sembrar papa y avena forrajera en su lugar.

        «Con este precio no se cubre ni la cosecha», dijo Edgar Sucasaca, presidente de la Cooperativa Agraria Quinua Janqosiri, que logró exportar con certificación orgánica. Según los gremios, solo el 12 % de los productores de la región está en alguna cooperativa.

        El Ministerio de Desarrollo Agrario anunció compras estatales para los programas sociales.""",
        about=False,
        note="namesake: the cooperative's president shares the regidor's given name and first surname",
    ),
    S(
        "q058",
        "altiplanico",
        "2026-11-19T06:00:00-05:00",
        "Municipalidad de Janqosiri gana premio nacional por su sistema de alerta de heladas",
        """La Municipalidad Distrital de Janqosiri ganó el premio nacional de buenas prácticas en gestión del riesgo de desastres por su red de alerta temprana de heladas y nevadas, que avisa por radio y mensajes de texto a 1 800 familias de pastores.

        El sistema combina ocho estaciones meteorológicas en las comunidades altas con los avisos de la radio comunitaria en quechua y aimara. «Cuando llega la alerta, encerramos a las crías y les ponemos su mantita», contó la pastora Vicentina Huanca.

        El alcalde Fortunato Quispecahua Llanque recibió el premio en Lima junto a los presidentes de las comunidades de Kunturini Alto y Jachauta.""",
        m="I A",
        tone="+",
        note="civil defence: none of the five topics",
    ),
    S(
        "q059",
        "altiplanico",
        "2026-11-20T06:05:00-05:00",
        "Cartas al director | El serenazgo que no vemos",
        """Señor director: soy vecina del barrio Alto Lago, en Janqosiri, y quiero contar lo que nos pasa. Desde octubre han entrado a robar a cuatro casas de mi cuadra, siempre de noche. Cada vez llamamos al serenazgo y la respuesta es la misma: «la camioneta está en las comunidades».

        No dudo de que el serenazgo rural sea necesario. Pero la Municipalidad de Janqosiri parece haberse olvidado de que en la capital del distrito también vivimos personas. En mi barrio no se ha visto un sereno a pie en todo el año.

        Pido al señor alcalde que antes de irse nos deje al menos una patrulla nocturna.

        Lidia Chura Apaza, barrio Alto Lago.""",
        m="I",
        t="seguridad",
        tone="-",
        note="a reader's letter; 'el señor alcalde' names nobody",
    ),
    S(
        "q060",
        "altiplanico",
        "2026-11-21T06:00:00-05:00",
        "Concejo autoriza viaje de Quispecahua a Lima; Sucasaca lo llama «paseo de despedida»",
        """Con cinco votos a favor y dos en contra, el concejo de Janqosiri autorizó el viaje del alcalde Fortunato Quispecahua Llanque a Lima del 24 al 28 de noviembre para participar en una feria de camélidos y reunirse con funcionarios del Ministerio de Vivienda.

        El regidor Edgar Sucasaca Vilcapaza calificó el viaje de «paseo de despedida pagado por los vecinos», a cinco semanas del fin de la gestión. Los viáticos suman 2 800 soles.

        El alcalde respondió que en el Ministerio de Vivienda gestionará el financiamiento del saldo de la obra de agua. «Si por mí fuera, me quedaba en mi estancia», dijo.""",
        m="A R",
        tone="-",
        note="a criticised trip; the works are only the stated purpose, no topic",
    ),
    S(
        "q061",
        "altiplanico",
        "2026-11-22T06:10:00-05:00",
        "Dengue avanza en la selva de la región: 340 casos y dos fallecidos",
        """La Dirección Regional de Salud confirmó 340 casos de dengue y dos fallecidos en los distritos de la ceja de selva de la región, donde las lluvias adelantadas multiplicaron los criaderos del zancudo.

        Brigadas de fumigación recorren desde el lunes las localidades de San Gabán de Oro y Puerto Lucerna. La Diresa descartó riesgo de transmisión en las zonas altas como Qotaraya o Janqosiri, donde el vector no sobrevive al frío.

        Los síntomas son fiebre alta, dolor detrás de los ojos y dolor muscular.""",
        about=False,
        note="topic keywords in a story about other districts; Janqosiri only as a place",
    ),
    S(
        "q062",
        "altiplanico",
        "2026-11-23T06:00:00-05:00",
        "Janqosiri cierra el año con 91 % de ejecución de inversiones, la más alta de la provincia",
        """La Municipalidad Distrital de Janqosiri ejecutó hasta el 20 de noviembre el 91 % de su presupuesto de inversiones, la cifra más alta entre los municipios de la provincia de Qotaraya, según el portal de transparencia económica del Ministerio de Economía.

        La gerenta municipal Maribel Huancollo Turpo atribuyó el resultado a la programación temprana de los expedientes. «Dejamos la casa ordenada y con la plata gastada en lo que se aprobó», dijo.

        La Municipalidad Provincial de Qotaraya registra 64 % y el promedio regional es de 58 %.""",
        m="I G",
        tone="+",
        note="budget execution figures: none of the five topics",
    ),
    S(
        "q063",
        "altiplanico",
        "2026-11-24T06:15:00-05:00",
        "Fotografían volquete municipal arrojando desmonte a los totorales del lago",
        """Pescadores de la bahía de Janqosiri fotografiaron el sábado a un volquete con el logotipo de la Municipalidad Distrital de Janqosiri descargando desmonte y restos de asfalto en los totorales de la orilla del lago Chaskaqocha.

        Las imágenes circularon en las redes sociales y fueron enviadas a la Fiscalía Ambiental. «Nos piden cuidar el lago y ellos mismos lo ensucian», reclamó el pescador Saturnino Ccallo.

        El subgerente de Gestión Ambiental, Percy Anccasi Mollo, dijo que el chofer actuó sin autorización y que será sancionado, y que el desmonte será retirado esta semana.""",
        m="I M",
        t="limpieza",
        tone="-",
        note="waste dumped by a municipal truck: limpieza",
    ),
    S(
        "q064",
        "altiplanico",
        "2026-11-25T06:00:00-05:00",
        "Alcalde provincial presenta plan para sacar a los ambulantes del centro de Qotaraya",
        """El alcalde provincial de Qotaraya, Teodoro Ccallo Mamani, presentó el plan para reubicar a unos 600 comerciantes ambulantes del centro de la ciudad en el nuevo mercado mayorista, que abrirá en marzo.

        «El centro histórico no puede seguir siendo un mercado», dijo el burgomaestre provincial. Los gremios de ambulantes anunciaron un paro para el 2 de diciembre.

        La provincial ofrecerá tres meses sin cobro de merced conductiva a quienes se trasladen.""",
        about=False,
        note="the provincial Mayor and municipality: not us",
    ),
    S(
        "q065",
        "altiplanico",
        "2026-11-26T06:05:00-05:00",
        "Chhuxñapata estrena plaza y salón comunal construidos por la comuna janqosireña",
        """La comunidad campesina de Chhuxñapata, a 4 200 metros de altura, estrenó el martes su plaza con piso de piedra, bancas y una glorieta, y un salón comunal de 180 metros cuadrados con calefacción solar, construidos por la comuna janqosireña con una inversión de 960 000 soles.

        El salón servirá para las asambleas, los talleres de tejido y como refugio para las familias de las estancias durante las nevadas. «Aquí vamos a poder dormir calientitos cuando caiga la nieve», dijo la presidenta comunal, Dominga Ccori.

        El alcalde Quispecahua y la teniente alcaldesa Nilda Ccama participaron en la ceremonia, que terminó con una wilancha y un almuerzo de carne de alpaca.""",
        m="I A T",
        t="obras",
        tone="+",
    ),
    # --- Radio Comunitaria Wayra: news transcripts in the RSS description, date-only pubDate -----------------------------
    S(
        "q066",
        "wayra",
        "2026-11-02",
        "Noticiero Wayra: alerta de nevada para las comunidades altas",
        """LOCUTORA: Kamisaraki, hermanos y hermanas de las comunidades. Allin p'unchay. Empezamos el noticiero con una alerta: para esta noche y mañana se espera nevada por encima de los 4 300 metros, con temperaturas de hasta doce grados bajo cero.

        LOCUTORA: La oficina de defensa civil de la Municipalidad de Janqosiri pide a las familias de Kunturini Alto, Jachauta y Chhuxñapata encerrar a las crías en los cobertizos, abrigar a las wawas y a los abuelitos, y no salir con el ganado antes de las nueve de la mañana.

        LOCUTORA: Si alguien tiene una emergencia, puede llamar a la central de la municipalidad o avisar a su ronda. Repetimos la alerta cada hora. Seguimos con más noticias.""",
        m="I",
        tone="0",
        note="radio transcript with Aymara and Quechua greetings; civil defence is none of the five topics",
    ),
    S(
        "q067",
        "wayra",
        "2026-11-03",
        "El alcalde en Wayra: «La obra de agua se reanuda en febrero»",
        """LOCUTOR: Tenemos en cabina al alcalde de Janqosiri, Fortunato Quispecahua Llanque. Tata, buenos días. Los vecinos preguntan por la obra de agua y desagüe.

        ALCALDE: Buenos días, hermanos. La obra se reanuda en febrero, con una nueva empresa. Este mes sale la licitación del saldo, unos 8,8 millones. Yo ya no voy a estar, pero dejo todo listo para que la nueva gestión firme el contrato.

        LOCUTOR: ¿Y las zanjas del jirón Bolognesi?

        ALCALDE: Mientras dure el peritaje no podemos tocarlas, así nos ha dicho el abogado. Pero vamos a poner barandas y mallas de señalización esta semana para que nadie se caiga.

        LOCUTOR: Yusulpayki, tata. Seguimos con la música.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor explains plans for the stalled works; no outcome either way",
    ),
    S(
        "q068",
        "wayra",
        "2026-11-04",
        "Llamadas de los oyentes: basura acumulada alrededor del campo ferial",
        """LOCUTORA: Abrimos los teléfonos. Adelante, señora.

        OYENTE: Buenos días, llamo del barrio Santa Bárbara, al lado del campo ferial. Desde el jueves de la feria la basura sigue amontonada: cáscaras, plásticos, hasta cabezas de pescado. Los perros lo esparcen todo y ya huele feo.

        LOCUTORA: ¿Han avisado a la municipalidad?

        OYENTE: Tres veces, señorita. La comuna janqosireña cobra a los feriantes y no limpia después. Que vengan a ver cómo estamos.

        LOCUTORA: Ahí queda el reclamo. Vamos a llamar a la oficina de limpieza pública para tener su versión en el próximo noticiero.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "q069",
        "wayra",
        "2026-11-05",
        "Asamblea de Llallawa rechaza el ingreso de una minera a sus pastizales",
        """LOCUTOR: En asamblea general, los comuneros de Llallawa acordaron por unanimidad no autorizar el ingreso de la empresa minera Cerro Plateado a sus pastizales para hacer perforaciones de exploración.

        LOCUTOR: El presidente comunal, Gregorio Mamani, dijo que el agua de los bofedales es la vida de las alpacas y que no la van a arriesgar. La empresa había ofrecido 120 000 soles y empleo temporal para treinta comuneros.

        LOCUTOR: El acta será entregada a la autoridad minera en Ururi. Jallalla Llallawa.""",
        about=False,
        note="a community's decision with no municipal angle",
    ),
    S(
        "q070",
        "wayra",
        "2026-11-06",
        "Operativo nocturno: serenazgo y Policía clausuran dos cantinas junto al colegio",
        """LOCUTORA: Anoche, serenos de la Municipalidad Distrital de Janqosiri y policías de la comisaría hicieron un operativo en los alrededores del colegio José Carlos Mariátegui y clausuraron dos cantinas que atendían a menores de edad.

        LOCUTORA: En una de ellas encontraron a cinco escolares con uniforme. Los padres fueron citados a la comisaría. Los dueños recibieron multas de 2 200 soles cada uno.

        LOCUTORA: Los vecinos del barrio agradecieron el operativo; dicen que por esas cantinas había peleas todos los fines de semana. El serenazgo anunció que los operativos seguirán hasta fin de año.""",
        m="I",
        t="seguridad",
        tone="+",
        note="a sanction: the fine takes the topic of what was sanctioned (seguridad), not tributos",
    ),
    S(
        "q071",
        "wayra",
        "2026-11-07",
        "Vacunación casa por casa llega a las estancias de Jachauta",
        """LOCUTOR: Hermanos de Jachauta, atención: desde el lunes las brigadas del puesto de salud irán casa por casa para vacunar a los niños contra el sarampión y la neumonía.

        LOCUTOR: Esta vez la Municipalidad de Janqosiri ha puesto la camioneta y el combustible, y las promotoras del municipio acompañarán a las enfermeras para traducir en quechua y aimara. La semana pasada vacunaron a 186 niños en Kunturini Alto.

        LOCUTOR: Tengan a la mano el carné de vacunación de las wawas. Sulpayki.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "q072",
        "wayra",
        "2026-11-08",
        "Kunturini Alto celebra 60 años como comunidad reconocida",
        """LOCUTORA: Con una misa, un desfile de las familias y un campeonato de fútbol, la comunidad de Kunturini Alto celebró ayer sus sesenta años de reconocimiento oficial.

        LOCUTORA: Asistieron el alcalde de Janqosiri, Fortunato Quispecahua, y el alcalde electo Wilfredo Larico, que compartieron la mesa de honor con la directiva comunal. El presidente de la comunidad, Valentín Huanca, les pidió a los dos que terminen la carretera asfaltada.

        LOCUTORA: Hubo wilancha, danzas de llamerada y un almuerzo de chairo para todos los visitantes.""",
        m="A",
        tone="0",
        note="a community's anniversary attended by the Mayor and the alcalde electo",
    ),
    S(
        "q073",
        "wayra",
        "2026-11-09",
        "Campaña de dosificación contra la sarna llega a 14 000 alpacas",
        """LOCUTOR: Buenas noticias para los criadores: la campaña de sanidad animal del municipio janqosireño ya dosificó a 14 000 alpacas y llamas contra la sarna y los parásitos en doce comunidades.

        LOCUTOR: Los técnicos de la oficina de desarrollo económico trabajan con los promotores pecuarios de cada comunidad. Cada criador solo pone la mano de obra para el baño de los animales; el medicamento es gratuito.

        LOCUTOR: La próxima semana le toca a Chiarqaqa y Pukaqaqa. Avisen a sus vecinos.""",
        m="I",
        tone="+",
        note="animal health is none of the five topics",
    ),
    S(
        "q074",
        "wayra",
        "2026-11-10",
        "Caja itinerante: ahora se puede pagar el predial en la misma comunidad",
        """LOCUTORA: Ya no es necesario bajar hasta la plaza para pagar el impuesto predial. La Municipalidad Distrital de Janqosiri está llevando una caja itinerante a las comunidades, con una cajera y un técnico de catastro.

        LOCUTORA: El lunes estuvieron en Sullcamarca y cobraron a 74 familias. «Me he ahorrado el pasaje y el día de trabajo», nos dijo el comunero Zenón Apaza, que pagó sus tres años atrasados sin multa.

        LOCUTORA: El calendario: martes en Pukaqaqa, miércoles en Chiarqaqa y jueves en la feria. Lleven su último recibo.""",
        m="I",
        t="tributos",
        tone="+",
    ),
    S(
        "q075",
        "wayra",
        "2026-11-11",
        "Regidor Sucasaca denuncia leche con fecha vencida en el Vaso de Leche",
        """LOCUTOR: El regidor Edgar Sucasaca Vilcapaza llegó a nuestra cabina con una lata de leche evaporada. Según dijo, es parte de un lote de 3 000 latas que la Municipalidad de Janqosiri compró en octubre para el programa del Vaso de Leche y que vence en diciembre.

        REGIDOR: Compraron barato lo que estaba por vencer. Las madres de los comités me han traído las latas. Lo he puesto en conocimiento de la Contraloría.

        LOCUTOR: Buscamos a la oficina de programas sociales de la municipalidad para conocer su versión, pero hasta el cierre de este noticiero no contestaron.""",
        m="R I",
        tone="-",
        note="Vaso de Leche is none of the five topics",
    ),
    S(
        "q076",
        "wayra",
        "2026-11-12",
        "DEMUNA forma a 40 promotoras contra la violencia familiar",
        """LOCUTORA: Cuarenta mujeres de catorce comunidades terminaron el curso de promotoras contra la violencia familiar que organizó la Defensoría Municipal del Niño y del Adolescente de la comuna janqosireña.

        LOCUTORA: Las promotoras aprendieron a orientar a las víctimas, a llenar una denuncia y a acompañarlas hasta la comisaría o el centro de emergencia mujer. «Ahora ya sabemos a dónde ir; antes nos quedábamos calladas», dijo en aimara la promotora Asunta Coila.

        LOCUTORA: La clausura fue en el auditorio municipal con una feria de tejidos.""",
        m="I",
        tone="+",
        note="family violence prevention: none of the five topics",
    ),
    S(
        "q077",
        "wayra",
        "2026-11-13",
        "Tres días sin agua en la capital del distrito y sin aviso previo",
        """LOCUTOR: Vecinos de la capital del distrito llaman indignados: desde el martes no sale agua de los caños en los barrios Alto Lago, Santa Bárbara y San Andrés.

        LOCUTOR: La unidad de agua de la Municipalidad de Janqosiri explicó que se rompió la tubería de conducción en la captación de Wilaqota, pero los vecinos reclaman que nadie avisó. «Las señoras están lavando en el lago como hace cuarenta años», dijo un oyente.

        LOCUTOR: La municipalidad promete que el servicio vuelve mañana. Mientras tanto, una cisterna reparte agua en la plaza de siete a diez de la mañana.""",
        m="I",
        tone="-",
        note="a water cut: none of the five topics",
    ),
    S(
        "q078",
        "wayra",
        "2026-11-14",
        "Tata Fortunato Quispecahua y su charango cerrarán la serenata de San Andrés",
        """LOCUTORA: ¡Qué alegría, hermanos! El maestro charanguista Fortunato Quispecahua, de Ururi, cerrará la serenata de la víspera de San Andrés, el 29 de noviembre en la plaza de armas.

        LOCUTORA: Lo confirmó la teniente alcaldesa Nilda Ccama Pacompía, que preside la comisión de festejos. El maestro, de 67 años y diez discos grabados, tocará con su conjunto Los Qhapaq. Aclaramos a los oyentes que no es pariente de nuestro alcalde; solo comparten nombre y apellido.

        LOCUTORA: La serenata empieza a las ocho de la noche, con quema de castillo a medianoche.""",
        m="T",
        tone="0",
        note="namesake: 'Tata Fortunato Quispecahua' is the musician, not the Mayor; the teniente alcaldesa is named",
    ),
    S(
        "q079",
        "wayra",
        "2026-11-15",
        "Escuela de Pukaqaqa tendrá aulas nuevas y cerco antes de marzo",
        """LOCUTOR: En la comunidad de Pukaqaqa avanza la construcción de las tres aulas, los servicios higiénicos y el cerco perimétrico de la escuela primaria 70 514, una obra de la Municipalidad Distrital de Janqosiri.

        LOCUTOR: El residente de obra, ingeniero Julio Pilco, nos dijo que ya está el techo de calamina con aislante térmico y que en diciembre se colocan las ventanas de doble vidrio para que las wawas no pasen frío. El avance es de 78 %.

        LOCUTOR: Los padres de familia dicen que la escuela estará lista para el inicio de clases.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "q080",
        "wayra",
        "2026-11-16",
        "Feria de los jueves: decomisan quince balanzas adulteradas",
        """LOCUTORA: Inspectores de la Municipalidad de Janqosiri revisaron el jueves las balanzas de los acopiadores de fibra y de los vendedores de quinua en la feria, y decomisaron quince que pesaban de menos.

        LOCUTORA: «Por cada arroba me robaban casi dos kilos», contó una criadora de Jachauta que vendió su fibra en uno de esos puestos. Los comerciantes deberán pagar una multa y calibrar sus balanzas antes de volver a la feria.

        LOCUTORA: La municipalidad puso una balanza de control gratuita junto a la entrada del campo ferial.""",
        m="I",
        tone="+",
        note="consumer protection at the fair: a sanction, none of the five topics",
    ),
    S(
        "q081",
        "wayra",
        "2026-11-17",
        "Nevada aísla a tres comunidades; maquinaria municipal abre la trocha",
        """LOCUTOR: La nevada de la madrugada dejó hasta cuarenta centímetros de nieve en la trocha que sube a Kunturini Alto, Jachauta y Chhuxñapata, y las combis no pudieron pasar.

        LOCUTOR: Desde las seis de la mañana, el cargador frontal y la motoniveladora de la comuna janqosireña trabajan para abrir el paso. A mediodía ya se podía llegar hasta Jachauta. Los comuneros ayudaron con palas.

        LOCUTOR: Se recomienda a los conductores usar cadenas y no viajar de noche.""",
        m="I",
        tone="+",
        note="clearing snow is emergency response, not a work: none of the five topics",
    ),
    S(
        "q082",
        "wayra",
        "2026-11-18",
        "Pastores de la parte alta: «Los kits de abrigo prometidos no llegaron»",
        """LOCUTORA: Nos llaman desde la estancia Kimsa Cruz, en lo más alto de Kunturini. Adelante, tata.

        OYENTE: Buenos días. Aquí el alcalde Quispecahua vino en octubre y prometió frazadas y casacas para los abuelitos. Hasta ahora nada ha llegado. Ya se murieron veinte crías en mi estancia y mi mamá está con tos desde hace una semana.

        LOCUTORA: ¿Se ha registrado en el padrón?

        OYENTE: Sí, con el presidente de la comunidad. Dicen que en la plaza ya repartieron, pero aquí arriba nadie vino.

        LOCUTORA: Trasladamos el reclamo a la municipalidad. Esperamos su respuesta.""",
        m="A",
        tone="-",
        note="a broken promise of frost relief: negative, none of the five topics",
    ),
    S(
        "q083",
        "wayra",
        "2026-11-19",
        "Gobierno Regional anuncia hospital de mediana complejidad para Qotaraya",
        """LOCUTOR: El gobernador regional anunció en Qotaraya que en enero se convocará la licitación del nuevo hospital de la provincia, con 120 camas, sala de partos, unidad de cuidados intensivos y oxígeno propio.

        LOCUTOR: El proyecto cuesta 280 millones de soles y tiene expediente técnico aprobado desde hace tres años. Los gremios de salud pidieron que esta vez no se quede en el anuncio.

        LOCUTOR: Mientras tanto, los pacientes graves de la provincia siguen siendo llevados a Ururi.""",
        about=False,
        note="the regional government's hospital: health keywords in a story not about us",
    ),
    S(
        "q084",
        "wayra",
        "2026-11-20",
        "Vecinas de Alto Lago forman junta vecinal con el apoyo del serenazgo",
        """LOCUTORA: Treinta vecinas del barrio Alto Lago, cansadas de los robos en sus casas, formaron una junta vecinal de seguridad ciudadana con silbatos, linternas y un grupo de WhatsApp enlazado a la central del serenazgo.

        LOCUTORA: La Municipalidad Distrital de Janqosiri les entregó chalecos y las capacitó con el comisario. Desde el lunes, una pareja de serenos a pie recorre el barrio de diez de la noche a dos de la mañana.

        LOCUTORA: «Ahora ya dormimos más tranquilas», dijo la presidenta de la junta, Lidia Chura.""",
        m="I",
        t="seguridad",
        tone="+",
    ),
    S(
        "q085",
        "wayra",
        "2026-11-21",
        "Recuerde: el 30 de noviembre vence el plazo para pagar el predial sin multas",
        """LOCUTOR: Un recordatorio para los propietarios: hasta el 30 de noviembre pueden pagar sus deudas de impuesto predial y arbitrios de años anteriores sin multas ni intereses.

        LOCUTOR: La Municipalidad de Janqosiri informa que desde el 1 de diciembre las deudas volverán a calcularse con todos los recargos y los casos más antiguos pasarán a cobranza coactiva.

        LOCUTOR: La caja atiende de lunes a sábado en el palacio municipal.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "q086",
        "wayra",
        "2026-11-22",
        "Saludo a la campeona: Nilda Ccama, orgullo de las pampas de Pusiwaya",
        """LOCUTORA: Mandamos un saludo a la fondista Nilda Ccama Huarachi, que ganó la Maratón de los Andes con récord. Su familia cría alpacas en las pampas de Pusiwaya y la escucha todas las mañanas en Wayra.

        LOCUTORA: Varios oyentes nos preguntaron si es la misma Nilda Ccama Pacompía, la teniente alcaldesa de Janqosiri. No, hermanos: la atleta tiene 24 años y es otra persona; solo comparten el nombre.

        LOCUTORA: Nilda, desde aquí te deseamos suerte en los Bolivarianos.""",
        m="T",
        about=False,
        note="namesake: the runner; the teniente alcaldesa is named only to tell them apart (not about us)",
    ),
    S(
        "q087",
        "wayra",
        "2026-11-23",
        "Gerenta Huancollo: «Ya pagamos dos de los tres meses a los obreros de limpieza»",
        """LOCUTOR: La gerenta municipal de Janqosiri, Maribel Huancollo Turpo, nos dijo por teléfono que los obreros de limpieza pública ya cobraron agosto y setiembre, y que octubre se pagará el 5 de diciembre.

        GERENTA: Les pedimos comprensión. La transferencia del ministerio llegó tarde, pero estamos cumpliendo.

        LOCUTOR: El sindicato levantó la huelga el sábado, aunque advierte que volverá a parar si el pago de octubre no llega en la fecha. Desde el lunes el camión recolector volvió a pasar por los barrios.""",
        m="G",
        t="limpieza",
        tone="0",
        note="mixed: partial payment and the strike lifted, with a warning",
    ),
    S(
        "q088",
        "wayra",
        "2026-11-24",
        "Heladas: 1 900 crías de alpaca muertas en el distrito, según el censo municipal",
        """LOCUTORA: El censo de daños que hizo la Municipalidad Distrital de Janqosiri con los presidentes comunales contabiliza 1 900 crías de alpaca muertas por las heladas y la nevada de noviembre, sobre todo en Kunturini Alto y Chhuxñapata.

        LOCUTORA: El informe será enviado al Ministerio de Desarrollo Agrario para pedir la reposición de animales y forraje. Los criadores calculan que cada cría perdida significa 300 soles menos en la próxima campaña.

        LOCUTORA: En la provincia vecina de Layocancha las pérdidas son aún mayores.""",
        m="I",
        tone="0",
        note="a damage census: none of the five topics",
    ),
    S(
        "q089",
        "wayra",
        "2026-11-25",
        "Comuneros de Pukaqaqa bloquean el camino de las dragas río arriba",
        """LOCUTOR: Unos cien comuneros de Pukaqaqa bloquearon desde la madrugada el camino de herradura por donde suben los motores y el combustible de las dragas de la quebrada de Pallaqa.

        LOCUTOR: Dicen que no se retirarán hasta que llegue la Fiscalía Ambiental. «El río ya no es río, es barro», dijo la dirigenta Juana Mollo. Los mineros informales, por su parte, denunciaron que les quemaron una carpa.

        LOCUTOR: La Policía envió un contingente desde Qotaraya.""",
        about=False,
        note="a mining conflict with no municipal angle",
    ),
    S(
        "q090",
        "wayra",
        "2026-11-26",
        "Chiarqaqa ya tiene agua con bombeo solar",
        """LOCUTORA: Las 62 familias de la comunidad de Chiarqaqa ya tienen agua en sus piletas gracias a un sistema de bombeo con paneles solares que instaló la Municipalidad de Janqosiri: un pozo, un reservorio de 20 metros cúbicos y 3 kilómetros de tubería.

        LOCUTORA: «Antes las mamitas bajaban al manante con baldes, ahora el agua llega a la casa», contó la presidenta de la JASS, Aurelia Quispe. La obra costó 690 000 soles.

        LOCUTORA: La municipalidad capacitó a dos comuneros para el mantenimiento del sistema.""",
        m="I",
        t="obras",
        tone="+",
        note="a water supply work: obras",
    ),
    S(
        "q091",
        "wayra",
        "2026-11-27",
        "El alcalde invita a la fiesta de San Andrés: «Que sea una fiesta en paz»",
        """LOCUTOR: Desde el balcón del palacio municipal, el alcalde Fortunato Quispecahua Llanque invitó a todos los hermanos del distrito y de las provincias vecinas a la fiesta patronal de San Andrés, que empieza mañana con la entrada de ceras.

        ALCALDE: Jallalla San Andrés. Que sea una fiesta en paz, con alegría, sin peleas. Es mi última fiesta como alcalde y quiero agradecer a los alferados y a los conjuntos.

        LOCUTOR: Recordamos que en la plaza y el estadio no se venderá alcohol. La entrada folclórica es el domingo a las diez.""",
        m="A",
        tone="0",
        note="an invitation to the fiesta: none of the five topics",
    ),
    S(
        "q092",
        "wayra",
        "2026-11-28",
        "Serenos rurales llevan dos meses sin cobrar y amenazan con dejar las estancias",
        """LOCUTORA: Los doce serenos rurales de Janqosiri, los que patrullan las estancias de noche, llevan dos meses sin cobrar y anunciaron que desde el lunes dejarán de subir a las comunidades.

        LOCUTORA: «Ponemos el pecho contra los abigeos y ni siquiera nos pagan», dijo uno de ellos. Además, una de las dos camionetas está sin llantas desde hace tres semanas.

        LOCUTORA: Los presidentes de las rondas campesinas pidieron a la Municipalidad Distrital de Janqosiri que no deje caer el patrullaje justo en la temporada de esquila, cuando más robos hay.""",
        m="I",
        t="seguridad",
        tone="-",
    ),
    S(
        "q093",
        "wayra",
        "2026-11-30",
        "Diablada Janqosiri gana el concurso de danzas de San Andrés",
        """LOCUTOR: ¡Jallalla! La Diablada Janqosiri se llevó el primer lugar del concurso de danzas de la fiesta de San Andrés, seguida de la Morenada Juventud Lacustre y la Llamerada de Sullcamarca.

        LOCUTOR: Veintiocho conjuntos bailaron durante once horas en el estadio. Por primera vez no hubo venta de alcohol y, según la comisaría, no se registró ninguna pelea. La Municipalidad de Janqosiri entregó 15 000 soles en premios.

        LOCUTOR: Hoy es el día central, con misa y procesión a las diez.""",
        m="I",
        tone="+",
        note="the dance group named after the town is not us; the municipality's fiesta without incidents",
    ),
    # --- Lago TV Canal 11: news transcripts in Atom, UTC times (the late bulletin falls on the next UTC day) -------------
    S(
        "q094",
        "lagotv",
        "2026-11-03T03:30:00Z",
        "Padres de Chiarqaqa bloquean el botadero de Qhellupampa",
        """CONDUCTORA: Seguimos en Janqosiri, donde la comunidad de Chiarqaqa cumple cinco días bloqueando el acceso al botadero municipal. Nuestro reportero está en el lugar.

        REPORTERO: Así es, Mariela. Piedras, troncos y una tranquera de palos impiden el paso del camión recolector. Los padres de familia de la escuela de Chiarqaqa exigen que la Municipalidad de Janqosiri apague definitivamente el fuego que arde en la basura desde la semana pasada y que presente una fecha de cierre del botadero.

        PADRE DE FAMILIA: Nuestros hijos están respirando humo todo el día. No vamos a levantar la medida con promesas.

        REPORTERO: El subgerente de Gestión Ambiental, Percy Anccasi, llegó al mediodía para dialogar, pero se retiró sin acuerdo. Mientras tanto, la basura de la capital del distrito se queda en las calles.""",
        m="I M",
        t="limpieza",
        tone="-",
        note="late bulletin: the UTC date is the next day",
    ),
    S(
        "q095",
        "lagotv",
        "2026-11-05T04:10:00Z",
        "Cara a cara: regidor Sucasaca y gerenta Huancollo debaten sobre la obra de agua",
        """CONDUCTOR: Esta noche en el set, el regidor de Janqosiri Edgar Sucasaca Vilcapaza y la gerenta municipal Maribel Huancollo Turpo. Tema: la obra de agua y saneamiento paralizada. Regidor, usted habla de dinero perdido.

        REGIDOR SUCASACA: Se entregaron 2,1 millones de adelantos a un consorcio que avanzó 38 % y se fue. Yo quiero saber quién firmó esas valorizaciones.

        GERENTA HUANCOLLO: Las valorizaciones están en el portal y las cartas fianza se ejecutaron. El regidor sabe que la municipalidad ya recuperó 1,4 millones. El resto está en arbitraje.

        REGIDOR SUCASACA: ¿Y los vecinos que viven entre zanjas? Eso no lo arregla un arbitraje.

        CONDUCTOR: Quedan las dos versiones. El público juzgará.""",
        m="R G",
        t="obras",
        tone="0",
        note="a balanced debate between the opposition and the manager",
    ),
    S(
        "q096",
        "lagotv",
        "2026-11-06T02:50:00Z",
        "Achachiri: el alcalde Quispecahua niega deudas con los regantes",
        """CONDUCTORA: En Achachiri, el alcalde Rolando Quispecahua Mamani salió al frente de las críticas por el canal de riego de Huancarani.

        ALCALDE DE ACHACHIRI: No le debemos nada a los regantes. El canal está en 80 % y lo vamos a terminar con o sin el Gobierno Regional.

        CONDUCTORA: Los regantes le dieron un plazo de quince días. Si no hay avances, dicen, volverán a tomar el local municipal de Achachiri.""",
        about=False,
        note="namesake: Achachiri's Mayor, 'el alcalde Quispecahua' in the headline",
    ),
    S(
        "q097",
        "lagotv",
        "2026-11-07T03:15:00Z",
        "Serenos rescatan a seis turistas atrapados por la nevada en el mirador de Kunturini",
        """CONDUCTOR: Una historia con final feliz. Seis turistas extranjeros que subieron al mirador de Kunturini para ver el lago quedaron atrapados por la nevada de la tarde y pidieron auxilio por celular.

        REPORTERA: Dos serenos de la comuna janqosireña subieron en la camioneta hasta donde pudieron y luego caminaron dos kilómetros en la nieve. Encontraron al grupo con síntomas de hipotermia y los bajaron hasta el puesto de salud.

        TURISTA: Thank you, muchas gracias, they saved our lives.

        REPORTERA: Los turistas, de nacionalidad francesa, ya se recuperan en un hospedaje de la plaza.""",
        m="I",
        t="seguridad",
        tone="+",
        note="serenazgo's rescue: seguridad ciudadana",
    ),
    S(
        "q098",
        "lagotv",
        "2026-11-08T04:30:00Z",
        "Reportaje: la feria de los jueves, el corazón del lago",
        """CONDUCTORA: Nuestro reportaje de la semana nos lleva a la feria de los jueves de Janqosiri, donde desde hace más de un siglo se encuentran los pastores de las alturas y los agricultores de la orilla.

        REPORTERO: A las cinco de la mañana ya llegan los camiones con fibra, carne de alpaca, chuño, quinua y trucha. Aquí todavía se practica el trueque: una arroba de chuño por una pierna de alpaca. Las señoras extienden sus mantas y los acopiadores de fibra, con sus balanzas, recorren los puestos.

        VENDEDORA: Mi abuela vendía aquí, mi mamá vendía aquí, y ahora vendo yo. Esta feria es nuestra vida.

        REPORTERO: Se calcula que cada jueves pasan por el campo ferial unas seis mil personas y se mueve más de un millón de soles.""",
        about=False,
        note="a feature about the fair with no municipal angle",
    ),
    S(
        "q099",
        "lagotv",
        "2026-11-10T03:05:00Z",
        "Denuncian a funcionario municipal de Janqosiri por pedir coima a un comerciante",
        """CONDUCTOR: Un comerciante de Janqosiri denunció ante la Fiscalía Anticorrupción que un funcionario de la subgerencia de licencias le pidió 800 soles para entregarle la licencia de funcionamiento de su restaurante. Presentó la grabación.

        COMERCIANTE: Me dijo: «sin eso tu expediente se pierde». Ya había pagado el derecho de trámite y cumplido todo.

        CONDUCTOR: La gerenta municipal Maribel Huancollo informó que el funcionario fue separado y que la Municipalidad Distrital de Janqosiri se pondrá a disposición de la Fiscalía. «No toleramos la corrupción», dijo.""",
        m="I G",
        tone="-",
        note="a bribery complaint: negative even with the quick response; licences are none of the five topics",
    ),
    S(
        "q100",
        "lagotv",
        "2026-11-11T02:40:00Z",
        "Feria de salud en la plaza de Janqosiri: 900 atenciones gratuitas",
        """CONDUCTORA: Largas colas desde temprano en la plaza de armas de Janqosiri, donde la municipalidad y la red de salud organizaron una feria con medicina general, odontología, oftalmología y tamizaje de anemia.

        REPORTERO: Fueron 900 atenciones gratuitas en un solo día. La teniente alcaldesa Nilda Ccama Pacompía, que coordinó la feria, dijo que la mayoría de pacientes llegó de las comunidades altas. Se entregaron 140 lentes de medida a adultos mayores.

        ABUELITA: Ahora ya puedo ver para tejer, hijito.

        (GC: MDJ y red de salud atienden a 900 vecinos en la plaza)""",
        m="T I",
        t="salud",
        tone="+",
        note="the institution appears only in the on-screen caption as MDJ",
    ),
    S(
        "q101",
        "lagotv",
        "2026-11-12T03:55:00Z",
        "Quispecahua contra la provincial: «Nos quieren quitar la ruta al lago»",
        """CONDUCTOR: Tensión entre Janqosiri y la Municipalidad Provincial de Qotaraya por las rutas de transporte. La provincial anunció que licitará la ruta Qotaraya–Janqosiri a una sola empresa.

        ALCALDE DE JANQOSIRI: Nos quieren quitar la ruta al lago para dársela a una empresa de la capital. Las combis son de comuneros de aquí. El alcalde Ccallo no ha consultado a nadie.

        CONDUCTOR: Desde la provincial, el gerente de Transportes respondió que la ley les da la competencia sobre las rutas interdistritales. El alcalde Fortunato Quispecahua anunció que presentará una demanda competencial.""",
        m="A",
        tone="0",
        note="our Mayor criticises the provincial municipality: neutral toward us",
    ),
    S(
        "q102",
        "lagotv",
        "2026-11-13T04:20:00Z",
        "Municipalidad de Janqosiri dona terreno para comisaría rural en Kunturini",
        """CONDUCTORA: La Municipalidad Distrital de Janqosiri donó a la Policía un terreno de 2 000 metros cuadrados en Kunturini Alto para construir la primera comisaría rural de las partes altas del distrito.

        REPORTERO: El alcalde Fortunato Quispecahua Llanque entregó la resolución al jefe de la región policial. La comisaría tendrá doce efectivos y atenderá sobre todo denuncias de abigeato.

        PRESIDENTE COMUNAL: Hace treinta años pedimos una comisaría. Ahora sí la vamos a ver.""",
        m="I A",
        t="seguridad",
        tone="+",
    ),
    S(
        "q103",
        "lagotv",
        "2026-11-14T03:10:00Z",
        "Editorial: la gestión del «ya mismo»",
        """CONDUCTOR: Y ahora nuestro editorial. En Janqosiri el «ya mismo» se ha vuelto una política de gobierno. La obra de agua: ya mismo. El cierre del botadero: ya mismo. El nuevo compactador: ya mismo.

        CONDUCTOR: Han pasado cuatro años y el alcalde Quispecahua se despide con una licitación anunciada, un botadero que arde y un solo camión de basura que pasa cuando puede. Felicitaciones: pocas gestiones logran prometer tanto y entregar tan poco con tanta serenidad.

        CONDUCTOR: Los vecinos de Janqosiri merecen algo más que un «ya mismo». Hasta mañana.""",
        m="A",
        t="obras limpieza",
        tone="-",
        note="sarcasm in a TV editorial ('Felicitaciones')",
    ),
    S(
        "q104",
        "lagotv",
        "2026-11-15T02:30:00Z",
        "Pusiwaya estrena planta de procesamiento de quinua",
        """CONDUCTORA: La burgomaestra de Pusiwaya, Hilda Turpo Ccari, inauguró la planta de lavado y escarificado de quinua del distrito, que podrá procesar diez toneladas diarias.

        REPORTERO: La planta será administrada por la asociación de productores y cobrará 30 céntimos por kilo procesado. Los productores de Janqosiri y Achachiri también podrán usarla.

        PRODUCTORA: Ya no vamos a vender la quinua sucia al precio que quiera el acopiador.""",
        about=False,
        note="another district's project",
    ),
    S(
        "q105",
        "lagotv",
        "2026-11-16T03:45:00Z",
        "Transferencia: comisión entrante no encuentra una camioneta del inventario",
        """CONDUCTOR: Primer roce en la transferencia de Janqosiri. La comisión del alcalde electo Wilfredo Larico informó que una camioneta de la municipalidad registrada en el inventario no está en el local ni en el depósito.

        MIEMBRO DE LA COMISIÓN ENTRANTE: Queremos saber dónde está y quién la tiene. No vamos a firmar un acta con bienes que no existen.

        CONDUCTOR: El alcalde Fortunato Quispecahua respondió que la unidad está en un taller de Ururi desde octubre por una falla de motor, y que mostrará la orden de servicio.""",
        m="A",
        tone="-",
        note="an accusation the Mayor answers: negative",
    ),
    S(
        "q106",
        "lagotv",
        "2026-11-17T04:05:00Z",
        "Janqosiri techa el campo deportivo de Alto Lago",
        """CONDUCTORA: Ni la lluvia ni la helada detendrán ahora los partidos en el barrio Alto Lago de Janqosiri. La municipalidad entregó el techado del campo deportivo con estructura metálica, tribunas para 400 personas e iluminación.

        REPORTERO: El alcalde Quispecahua inauguró la obra con un partido entre los trabajadores municipales y el equipo de veteranos del barrio. La inversión fue de 1,5 millones de soles.

        VECINO: Ahora los jóvenes tienen dónde estar de noche, y calientitos.""",
        m="A",
        t="obras",
        tone="+",
    ),
    S(
        "q107",
        "lagotv",
        "2026-11-18T03:20:00Z",
        "Un mes sin ambulancia: la unidad municipal está malograda",
        """CONDUCTOR: La única ambulancia de Janqosiri, que pertenece a la municipalidad y presta servicio al puesto de salud, está malograda desde hace un mes. Los pacientes graves son trasladados en taxis o en la camioneta del serenazgo.

        REPORTERA: El personal del puesto de salud confirmó que en ese tiempo derivaron a nueve pacientes a Qotaraya en vehículos particulares, entre ellos una gestante con hemorragia.

        ENFERMERA: Hemos llevado a pacientes con el suero colgado del techo de un taxi.

        REPORTERA: En la municipalidad nos dijeron que el repuesto del motor ya fue comprado, pero no dieron una fecha de reparación.""",
        about=True,
        t="salud",
        tone="-",
        note="the municipal ambulance, named only as 'la municipalidad'",
    ),
    S(
        "q108",
        "lagotv",
        "2026-11-19T02:45:00Z",
        "Capturan a banda de abigeos tras aviso del serenazgo de Janqosiri",
        """CONDUCTORA: La Policía capturó en la carretera a Ururi a cuatro integrantes de la banda «Los Fantasmas del Lago», acusada de robar más de 300 alpacas en los últimos dos años.

        REPORTERO: El aviso lo dio el serenazgo de Janqosiri, cuya cámara en el acceso al distrito registró la placa del camión a las tres de la mañana. La central alertó a la Policía de carreteras, que interceptó el vehículo con 42 alpacas.

        REPORTERO: Los detenidos fueron puestos a disposición de la Fiscalía de Qotaraya.""",
        about=True,
        t="seguridad",
        tone="+",
        note="'el serenazgo de Janqosiri' is not the institution; about us through its service",
    ),
    S(
        "q109",
        "lagotv",
        "2026-11-20T04:40:00Z",
        "Chofer Percy Anccasi evita tragedia en la curva de Wilaqaqa",
        """CONDUCTOR: Un bus interprovincial con 38 pasajeros se quedó sin frenos en la bajada de Wilaqaqa. El chofer, Percy Anccasi Quispe, de 41 años, logró detenerlo contra el cerro.

        REPORTERA: Solo hubo tres heridos leves. Los pasajeros lo aplaudieron al bajar.

        CHOFER: Pensé en mis hijos y en los hijos de todos los que iban atrás.

        REPORTERA: La empresa anunció que revisará el mantenimiento de toda su flota.""",
        about=False,
        note="namesake: a bus driver with the environmental subgerente's given name and first surname",
    ),
    S(
        "q110",
        "lagotv",
        "2026-11-21T03:00:00Z",
        "Mercado de Janqosiri: remodelación a medias y comerciantes a la intemperie",
        """CONDUCTORA: Los comerciantes del mercado de abastos de Janqosiri venden desde hace ocho meses bajo toldos de plástico en la calle, mientras la remodelación del mercado avanza a paso lento.

        REPORTERO: La obra, a cargo de la Municipalidad Distrital de Janqosiri, debía entregarse en agosto. Hoy tiene 60 % de avance. Los comerciantes denuncian que el techo de la segunda planta no coincide con los planos.

        COMERCIANTE: Con la helada la carne se congela y con el sol se malogra. Así no se puede.

        REPORTERO: La municipalidad atribuye el retraso a la falta de cemento en la región durante el paro de octubre.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "q111",
        "lagotv",
        "2026-11-22T02:15:00Z",
        "Perú Lacustre FC, nuevo campeón de la liga distrital de Achachiri",
        """CONDUCTOR: En deportes, el Perú Lacustre FC se coronó campeón de la liga distrital de fútbol de Achachiri al vencer 2 a 1 al Deportivo Janqosiri en una final jugada con nieve.

        REPORTERO: Los goles fueron de Waldo Ticona y Elmer Coaquira. Por el Deportivo Janqosiri descontó Freddy Huanca. El campeón representará a Achachiri en la etapa provincial de la Copa Perú.""",
        about=False,
        note="a football club using the town's name",
    ),
    S(
        "q112",
        "lagotv",
        "2026-11-23T04:25:00Z",
        "Comuneros reclaman: les cobran arbitrios de limpieza y el camión nunca sube",
        """CONDUCTOR: En las comunidades altas de Janqosiri hay malestar por los recibos de arbitrios de limpieza pública que llegaron este año con el impuesto predial.

        REPORTERA: En Jachauta nos mostraron recibos de 48 soles anuales por barrido y recojo de basura. Pero el camión recolector nunca ha subido a la comunidad.

        COMUNERO: Aquí la basura la quemamos nosotros. ¿Qué barrido? Si aquí solo hay ichu y piedras.

        REPORTERA: El regidor Edgar Sucasaca pidió anular esos cobros. La Municipalidad de Janqosiri respondió que revisará la ordenanza de arbitrios para el próximo año.""",
        m="R I",
        t="tributos limpieza",
        tone="-",
        note="arbitrios charged for a collection service that does not exist: tributos and limpieza",
    ),
    S(
        "q113",
        "lagotv",
        "2026-11-24T03:35:00Z",
        "Excandidato Ponciano Mamani es denunciado por difamación",
        """CONDUCTORA: El excandidato a la alcaldía de Janqosiri por el movimiento Lago Unido, Ponciano Mamani Ccoa, fue denunciado por difamación por el personero del movimiento ganador, al que acusó de comprar votos con sacos de arroz.

        REPORTERO: Mamani, que quedó tercero en las elecciones de octubre, sostiene que tiene videos. El Jurado Electoral Especial ya había archivado su pedido de nulidad.

        CONDUCTORA: La audiencia será el 14 de enero en Qotaraya.""",
        about=False,
        note="a losing candidate, not the watched Mayor; electoral dispute, not the municipality",
    ),
    S(
        "q114",
        "lagotv",
        "2026-11-25T02:55:00Z",
        "Treinta recicladoras de Janqosiri reciben su certificado y su uniforme",
        """CONDUCTORA: Treinta mujeres que antes recogían plásticos en el botadero de Qhellupampa ahora trabajan como recicladoras formalizadas, con uniforme, seguro de salud y ruta fija en la capital del distrito.

        REPORTERO: El subgerente de Gestión Ambiental de Janqosiri, Percy Anccasi Mollo, les entregó ayer sus certificados. La asociación vende unas cuatro toneladas de reciclables al mes.

        RECICLADORA: Antes buscábamos en la basura con el humo en la cara. Ahora tenemos un trabajo digno.""",
        m="M",
        t="limpieza",
        tone="+",
    ),
    S(
        "q115",
        "lagotv",
        "2026-11-27T03:40:00Z",
        "Compactador pagado en agosto sigue sin llegar a Janqosiri",
        """CONDUCTOR: En agosto, la Municipalidad de Janqosiri pagó 720 000 soles por un camión compactador nuevo. Estamos a fines de noviembre y el camión no ha llegado.

        REPORTERA: El proveedor, una empresa de Lima, alega demoras en la importación del chasis. Mientras tanto, el único compactador del distrito pasa más tiempo en el taller que en la calle.

        REPORTERA: El alcalde Quispecahua dijo que ya se aplicaron penalidades por 72 000 soles y que el camión llegará «la primera semana de diciembre». Los vecinos ya no le creen.""",
        m="I A",
        t="limpieza",
        tone="-",
    ),
    S(
        "q116",
        "lagotv",
        "2026-11-28T04:50:00Z",
        "Entrada de ceras: la fe a San Andrés desafía la lluvia",
        """CONDUCTORA: Bajo una lluvia helada, cientos de devotos acompañaron anoche la entrada de ceras de la fiesta de San Andrés Apóstol en Janqosiri. Las familias de los alferados cargaron cirios de metro y medio decorados con flores de papel.

        REPORTERO: La procesión salió de la capilla del barrio San Andrés y llegó al templo a medianoche, acompañada por las bandas de músicos. La Municipalidad de Janqosiri instaló baños portátiles y luminarias en el recorrido.

        DEVOTA: Mi mamá venía, mi abuela venía. San Andrés nos cuida en las heladas.""",
        m="I",
        about=False,
        note="a religious procession; the municipality only in passing",
    ),
    S(
        "q117",
        "lagotv",
        "2026-12-01T03:15:00Z",
        "Tata Fortu baila con la morenada en su última fiesta como alcalde",
        """CONDUCTOR: Imágenes del día central de San Andrés en Janqosiri. El alcalde saliente, Tata Fortu, se despidió de su última fiesta patronal bailando con la Morenada Juventud Lacustre alrededor de la plaza, con matraca y todo.

        REPORTERA: Los vecinos lo aplaudieron y también le gritaron: «¡El agua, alcalde, el agua!». Él respondió levantando la matraca.

        REPORTERA: La procesión terminó sin incidentes. Los alferados del próximo año serán los esposos Juvenal Pari y Hermelinda Coaquira.""",
        m="A",
        tone="0",
        note="the nickname alone, plainly him; a mixed scene, no topic (a shout about water is passing); late bulletin dated 1 December UTC, 30 November in Lima",
    ),
    # --- Crónica Nacional: national site, full text in RSS with the blog footer, blog template ----------------------------
    S(
        "q118",
        "cronica",
        "2026-11-03T10:00:00-05:00",
        "Gobierno declara en emergencia a 184 distritos del sur por heladas y friaje",
        """El Poder Ejecutivo declaró por sesenta días el estado de emergencia en 184 distritos de ocho regiones del sur del país por el impacto de las heladas en las zonas altoandinas y del friaje en la selva.

        El decreto supremo, publicado ayer, permite a los ministerios de Salud, Vivienda y Desarrollo Agrario comprar sin licitación kits de abrigo, forraje, medicinas y módulos de vivienda térmica. Entre los distritos incluidos figuran Achachiri, Pusiwaya, Janqosiri y la capital de la provincia de Qotaraya.

        Según el Senamhi, las temperaturas mínimas de noviembre están hasta cuatro grados por debajo de lo normal en el altiplano.""",
        about=False,
        note="a national decree; Janqosiri only in a list of places",
    ),
    S(
        "q119",
        "cronica",
        "2026-11-05T11:30:00-05:00",
        "Contraloría: 2 300 obras paralizadas en el país; las de agua y saneamiento encabezan la lista",
        """Un reporte de la Contraloría General de la República identificó 2 300 obras públicas paralizadas en todo el país, por un monto de 31 000 millones de soles. Los proyectos de agua y saneamiento son los más afectados: representan el 27 % del total.

        Las principales causas son las deficiencias del expediente técnico, los arbitrajes con los contratistas y la falta de presupuesto. Los gobiernos locales concentran más de la mitad de los casos.

        Uno de los ejemplos citados es el de la Municipalidad Distrital de Janqosiri, en el altiplano, cuya obra de agua potable y alcantarillado de 14,2 millones de soles lleva catorce meses detenida con un avance de 38 % y seis calles con zanjas abiertas.

        La Contraloría recomendó al Congreso crear un fondo para reactivar las obras con más de 50 % de avance.""",
        m="I",
        t="obras",
        tone="-",
        note="a national report in which our stalled works are one of the examples",
    ),
    S(
        "q120",
        "cronica",
        "2026-11-07T09:00:00-05:00",
        "El pueblo que aprendió a avisar la helada",
        """En Janqosiri, a orillas de un lago a 3 850 metros de altura, la helada ya no llega por sorpresa. Cada tarde, a las seis, la radio comunitaria lee en quechua y aimara el pronóstico que envían ocho estaciones meteorológicas instaladas en las comunidades altas, y 1 800 pastores reciben un mensaje de texto cuando la temperatura va a bajar de diez grados bajo cero.

        «Antes mirábamos el cielo y las estrellas. Ahora miramos el celular, y también el cielo», dice riendo Vicentina Huanca, que cría 140 alpacas en Kunturini Alto. Este año perdió once crías; en 2023, sin el aviso, perdió sesenta.

        El sistema lo montó la Municipalidad Distrital de Janqosiri en 2024 con 320 000 soles y la ayuda de una universidad. El alcalde Fortunato Quispecahua Llanque, pastor él mismo, lo resume así: «La helada no se puede evitar, pero se puede esperar con la puerta cerrada».

        El modelo acaba de ganar un premio nacional y otros tres distritos del altiplano ya pidieron copiarlo.""",
        m="I A",
        tone="+",
        note="a national feature praising the frost alert system (civil defence: none of the five topics)",
    ),
    S(
        "q121",
        "cronica",
        "2026-11-09T14:00:00-05:00",
        "El oro que enturbia el lago: la minería informal avanza por los ríos del altiplano",
        """En la quebrada de Pallaqa, a 4 700 metros de altura, medio centenar de dragas y carancheras remueven día y noche el lecho del río Qoriwayqo en busca de oro. El agua baja luego 40 kilómetros, turbia y con restos de mercurio, hasta el lago.

        Los mineros son en su mayoría jóvenes de las propias comunidades, inscritos en el registro de formalización que el Congreso ha ampliado seis veces. «Aquí ganas en una semana lo que la alpaca te da en un año», explica uno de ellos.

        Aguas abajo, en Janqosiri, el alcalde Fortunato Quispecahua ha enviado seis oficios al OEFA, a la Fiscalía y al Ministerio de Energía y Minas. «Ninguno nos ha respondido. Los municipios no tenemos competencia para cerrar una draga, solo para contar los peces muertos», se queja.

        El Ministerio del Ambiente informó que en diciembre hará un monitoreo de la calidad del agua en toda la cuenca.""",
        m="A",
        tone="0",
        note="a national feature on mining; our Mayor criticises national bodies (neutral); pollution is none of the five topics",
    ),
    S(
        "q122",
        "cronica",
        "2026-11-12T08:00:00-05:00",
        "Opinión | Las transferencias municipales, ese deporte nacional",
        """Cada cuatro años el país asiste al mismo espectáculo: autoridades salientes que se llevan las computadoras, entrantes que denuncian camionetas desaparecidas, actas que no se firman y expedientes que aparecen en un basural. La transferencia de gestión, que debería ser un trámite ordenado, se ha convertido en un deporte nacional.

        Este año no es la excepción. En Lima se discute por las deudas de los grandes distritos; en el altiplano, de Janqosiri a Pusiwaya, las comisiones entrantes ya buscan bienes que no figuran donde deberían.

        La Contraloría tiene veedores, pero no dientes. Mientras la ley no sancione al que entrega mal, el deporte seguirá con buena salud.

        Gonzalo Vera Bustamante es abogado y exviceministro de Descentralización.""",
        about=False,
        note="a national opinion column naming the town in passing",
    ),
    S(
        "q123",
        "cronica",
        "2026-11-14T10:30:00-05:00",
        "Programa nacional repondrá 20 000 alpacas a criadores afectados por las heladas",
        """El Ministerio de Desarrollo Agrario anunció que entregará 20 000 alpacas hembras y 1 200 reproductores a criadores de 40 distritos del sur que perdieron animales por las heladas y nevadas de este año.

        Los beneficiarios serán elegidos con los padrones de daños que elaboran las municipalidades y las organizaciones de criadores. Cada familia recibirá hasta diez animales.

        Los gremios alpaqueros consideran la cifra insuficiente: solo en noviembre murieron más de 60 000 crías en el sur.""",
        about=False,
        note="a national programme; no municipal mention",
    ),
    S(
        "q124",
        "cronica",
        "2026-11-17T09:15:00-05:00",
        "Alcalde de Janqosiri habría favorecido a empresa de su sobrino con contratos viales",
        """El alcalde de Janqosiri, Fortunato Quispecahua Llanque, habría adjudicado tres contratos de mantenimiento de trochas carrozables por un total de 396 000 soles a la empresa Constructora Lago Norte, cuyo gerente general es su sobrino, según documentos a los que tuvo acceso este medio.

        Los contratos, firmados entre marzo y julio, se otorgaron por montos menores a ocho UIT, lo que permitió evitar el concurso. Dos de ellos corresponden a la trocha de Kunturini Alto, que los comuneros dicen no haber visto intervenir.

        Consultado, el burgomaestre negó cualquier irregularidad: «Mi sobrino tiene su empresa desde antes de que yo fuera alcalde y los trabajos están hechos; que vayan a ver». La Municipalidad Distrital de Janqosiri informó en un comunicado que remitirá los expedientes a la Contraloría.""",
        m="A I",
        t="obras",
        tone="-",
        note="an accusation the Mayor denies: negative; road maintenance works",
    ),
    S(
        "q125",
        "cronica",
        "2026-11-19T12:00:00-05:00",
        "La carne de alpaca del altiplano llega a los supermercados de Lima",
        """Desde esta semana, los supermercados de Lima venden lomo, pierna y charqui de alpaca con sello de calidad procedente de Janqosiri, un distrito altoandino donde pastan más de 90 000 camélidos.

        El salto fue posible porque la Municipalidad de Janqosiri modernizó su camal y obtuvo en agosto la habilitación sanitaria para vender fuera de la región, algo que ningún otro matadero municipal del altiplano había conseguido.

        «Antes vendíamos la carcasa a 9 soles el kilo en la feria; ahora la asociación la vende a 16», explica el criador Valentín Huanca. El municipio cobra una tasa por beneficio y la asociación paga el transporte refrigerado.""",
        m="I",
        tone="+",
        note="the municipal slaughterhouse: none of the five topics",
    ),
    S(
        "q126",
        "cronica",
        "2026-11-21T15:00:00-05:00",
        "Alcaldes salientes dejan deudas por S/ 2 400 millones, según el MEF",
        """Las municipalidades del país cerrarán 2026 con deudas acumuladas de 2 400 millones de soles con proveedores, contratistas y trabajadores, según un reporte del Ministerio de Economía y Finanzas. El 70 % corresponde a gobiernos locales de menos de 20 000 habitantes.

        Los casos van desde grandes distritos de Lima hasta pequeños municipios rurales. En el altiplano, la Municipalidad Distrital de Janqosiri reporta deudas por 1,2 millones de soles con proveedores, aunque su alcalde, Fortunato Quispecahua, asegura que todas tienen respaldo presupuestal.

        El MEF recordó que las nuevas autoridades no pueden desconocer las deudas contraídas legalmente.""",
        m="I A",
        tone="-",
        note="a national report; our municipality appears as an example of debts left behind",
    ),
    S(
        "q127",
        "cronica",
        "2026-11-24T09:00:00-05:00",
        "Cinco pueblos del lago para visitar este verano",
        """Lejos de las rutas más conocidas, la orilla del lago Chaskaqocha guarda pueblos donde el tiempo corre distinto. Aquí nuestra selección.

        Janqosiri: imperdible su feria de los jueves, donde todavía se practica el trueque, y los totorales de su bahía al atardecer. Se puede navegar en balsa de totora con los pescadores y probar la trucha frita con chuño.

        Pusiwaya: su planta de quinua ofrece visitas guiadas y degustación. Achachiri: la iglesia colonial de piedra y la vista desde el cerro Apu Qollqe. Wilaqaqa y Chiarqaqa completan la ruta con sus tejedoras y sus chullpas funerarias.

        Cómo llegar: combis desde Qotaraya cada media hora. Lleve bloqueador y abrigo: el sol quema y la noche hiela.""",
        about=False,
        note="a travel piece that names the place",
    ),
    S(
        "q128",
        "cronica",
        "2026-11-26T10:00:00-05:00",
        "Alcaldesas y regidoras del sur forman red contra la violencia hacia la mujer",
        """Más de sesenta alcaldesas, regidoras y tenientes alcaldesas de cinco regiones del sur formaron ayer, Día Internacional de la Eliminación de la Violencia contra la Mujer, una red para impulsar casas refugio y presupuestos municipales contra la violencia de género.

        «En las comunidades altas una mujer golpeada tiene que caminar horas para denunciar. Las municipalidades podemos acercar ese servicio», dijo la teniente alcaldesa de Janqosiri, Nilda Ccama Pacompía, elegida coordinadora de la red para el altiplano.

        La red pedirá al Ministerio de la Mujer que los centros de emergencia lleguen a todas las capitales de distrito.""",
        m="T",
        tone="+",
        note="our teniente alcaldesa chosen to coordinate a network: positive, none of the five topics",
    ),
    S(
        "q129",
        "cronica",
        "2026-11-28T11:00:00-05:00",
        "Opinión | Edgar Sucasaca Vilcapaza: lo que la transferencia no debe esconder",
        """Soy regidor de Janqosiri desde 2023 y durante cuatro años he votado en contra de casi todo lo que la mayoría ha querido aprobar sin leer. No lo digo con orgullo; lo digo con cansancio.

        La transferencia que empieza no puede esconder lo esencial: una obra de agua de 14 millones paralizada con 38 % de avance, adelantos entregados sin garantías suficientes y vecinos que viven entre zanjas. La Municipalidad Distrital de Janqosiri debe entregar a la nueva gestión cada valorización, cada carta fianza, cada informe del supervisor.

        No pido cárcel para nadie. Pido papeles. El resto lo dirá la Contraloría.""",
        m="R I",
        t="obras",
        tone="-",
        note="an opinion piece by the opposition regidor",
    ),
    S(
        "q130",
        "cronica",
        "2026-11-29T09:30:00-05:00",
        "Caja rural del altiplano, premiada por su crédito para criadores de alpacas",
        """La Caja Rural Lago Sagrado recibió el premio a la innovación en microfinanzas rurales por su crédito de campaña para criadores de alpacas, que ya tiene 3 200 clientes y una morosidad de apenas 2,1 %.

        Su gerenta general, Maribel Huancollo Chura, dijo que el secreto es prestar con el calendario de la esquila. «El criador paga cuando vende la fibra, no cuando el banco quiere», explicó la gerenta Huancollo al recibir el premio en Lima.

        La caja planea abrir dos oficinas más en el altiplano en 2027.""",
        about=False,
        note="namesake: the rural bank's manager ('la gerenta Huancollo'), not our gerenta municipal",
    ),
    # --- Janqosiri al Instante: a Facebook-page-style local news site without a feed, followed through its section page --
    S(
        "q131",
        "alinstante",
        "2026-11-02T20:15:00-05:00",
        "⚠️ ATENCIÓN VECINOS: mañana no habrá agua en Santa Bárbara y San Andrés",
        """⚠️ ATENCIÓN VECINOS ⚠️ La Municipalidad Distrital de Janqosiri comunica que mañana martes, de 8 de la mañana a 4 de la tarde, se suspenderá el servicio de agua en los barrios Santa Bárbara y San Andrés por trabajos de mantenimiento en el reservorio.

        Almacenen agua desde hoy en la noche. ¡Compartan para que todos se enteren! 🙏""",
        m="I",
        tone="0",
        note="a water cut notice: none of the five topics",
    ),
    S(
        "q132",
        "alinstante",
        "2026-11-04T13:40:00-05:00",
        "¡Bien ahí! Sereno devuelve billetera con 2 000 soles a un comerciante de la feria",
        """👏👏 Así da gusto. El sereno Rubén Mamani encontró ayer en el campo ferial una billetera con 2 000 soles, DNI y tarjetas, y la devolvió a su dueño, un comerciante de fibra de Pusiwaya, que ya la daba por perdida.

        «Es su plata, la ha ganado con su trabajo», dijo el sereno, que trabaja hace tres años en el serenazgo de Janqosiri. El comerciante le quiso dar una propina, pero no la aceptó.

        ¡Un aplauso para Rubén! 💪 #OrgulloJanqosireño""",
        about=True,
        t="seguridad",
        tone="+",
        note="a municipal serenazgo worker praised; only 'el serenazgo de Janqosiri', not the institution",
    ),
    S(
        "q133",
        "alinstante",
        "2026-11-05T21:10:00-05:00",
        "Denuncian que el regidor Sucasaca llegó con tragos a la sesión de concejo; él lo niega",
        """🔴 Polémica en el concejo. Vecinos que asistieron el miércoles a la sesión de concejo de Janqosiri denunciaron en redes que el regidor Edgar Sucasaca Vilcapaza llegó «con aliento a alcohol» y levantó la voz a la teniente alcaldesa.

        Consultado por Janqosiri al Instante, Sucasaca negó haber bebido: «Vengo de un velorio en Jachauta, y sí, levanté la voz porque no me dejaban hablar. Que me hagan el dosaje si quieren». La teniente alcaldesa no quiso declarar.

        ¿Ustedes qué opinan? 👇 Dejen sus comentarios con respeto.""",
        m="R",
        tone="-",
        note="an accusation against one of our authorities that he denies: negative; 'la teniente alcaldesa' names nobody",
    ),
    S(
        "q134",
        "alinstante",
        "2026-11-06T18:30:00-05:00",
        "Tata Fortu almuerza con los trabajadores municipales: «Gracias por aguantarme»",
        """Entre risas y un poco de nostalgia 🥲, el alcalde Fortunato Quispecahua compartió un almuerzo de despedida con los 140 trabajadores municipales en el patio del palacio. Hubo huatia, queso y chicha de quinua.

        «Gracias por aguantarme cuatro años», dijo Tata Fortu, que se emocionó al recordar a dos obreros fallecidos durante la gestión. Los trabajadores le regalaron un poncho tejido en Kunturini.

        📸 Fotos: Janqosiri al Instante.""",
        m="A",
        tone="0",
        note="a farewell lunch: none of the five topics",
    ),
    S(
        "q135",
        "alinstante",
        "2026-11-08T10:05:00-05:00",
        "¿Y el compactador? El jirón Bolognesi luce su nuevo «adorno» 🗑️",
        """Gracias, municipio janqosireño, por el hermoso adorno que nos han dejado en la esquina del jirón Bolognesi con Circunvalación 🎄: doce días de bolsas de basura, un colchón viejo y tres perros que ya se adueñaron del lugar. Muy bonito para recibir a los visitantes de la fiesta. 👏👏👏

        Los vecinos nos mandaron las fotos. Dicen que llamaron cinco veces y que la respuesta es siempre la misma: «el camión está en el taller».

        ¿En su barrio también? 👇""",
        m="I",
        t="limpieza",
        tone="-",
        note="sarcasm: thanks and applause meaning the opposite",
    ),
    S(
        "q136",
        "alinstante",
        "2026-11-10T09:00:00-05:00",
        "COMUNICADO: medidas de la Municipalidad para la fiesta de San Andrés",
        """COMUNICADO N.° 045-2026-MDJ

        La Municipalidad Distrital de Janqosiri comunica a la población y a los visitantes que, durante la fiesta patronal de San Andrés Apóstol (28 de noviembre al 3 de diciembre), regirán las siguientes disposiciones:

        1. Queda prohibida la venta y el consumo de bebidas alcohólicas en la plaza de armas, el estadio y sus alrededores. 2. Los conjuntos deberán inscribirse hasta el 20 de noviembre en la comisión de festejos. 3. El tránsito vehicular en el centro estará restringido de 8 a. m. a 10 p. m.

        Janqosiri, 9 de noviembre de 2026. La Gerencia Municipal.""",
        m="I",
        tone="0",
        note="a press release reprinted; the fiesta is none of the five topics",
    ),
    S(
        "q137",
        "alinstante",
        "2026-11-11T07:45:00-05:00",
        "😡 Roban las coronas de plata de la Virgen de la parroquia",
        """😡😡 Indignación en Janqosiri. Desconocidos ingresaron la madrugada de hoy a la parroquia San Andrés forzando una ventana de la sacristía y se llevaron las dos coronas de plata de la Virgen de la Natividad y un cáliz antiguo.

        El párroco, padre Eusebio Condori, pidió a quien tenga información comunicarse con la comisaría. «Son joyas donadas por los devotos hace más de cien años», lamentó.

        Si ven a alguien ofreciendo plata antigua, avisen. Compartan 🙏""",
        about=False,
        note="a robbery at the parish with no municipal angle",
    ),
    S(
        "q138",
        "alinstante",
        "2026-11-12T16:20:00-05:00",
        "Pukaqaqa ya tiene biblioteca comunal 📚",
        """📚 ¡Qué bonito! Los niños de Pukaqaqa ya tienen su biblioteca comunal, con 800 libros, cuatro computadoras y conexión a internet satelital, en el local comunal remodelado.

        La teniente alcaldesa Nilda Ccama Pacompía, que gestionó los libros con una editorial y una ONG, inauguró la biblioteca con un cuentacuentos en quechua. «Que nuestras wawas lean en su idioma y en castellano», dijo.

        Atenderá de lunes a sábado por las tardes.""",
        m="T",
        tone="+",
        note="culture: none of the five topics",
    ),
    S(
        "q139",
        "alinstante",
        "2026-11-13T19:00:00-05:00",
        "¿Diez soles por usar el baño del campo ferial? Feriantes denuncian cobro abusivo",
        """💸 Feriantes y compradores se quejan: en el único baño del campo ferial cobran diez soles por persona los días de feria. Antes costaba un sol.

        La persona que cobra dice que la municipalidad le alquiló el servicio y que ella debe pagar la concesión. «Con diez soles mejor me voy al campo», dice una señora de Chiarqaqa.

        Ninguna autoridad ha dado explicaciones. ¿A ustedes también les cobraron? 👇""",
        about=True,
        tone="-",
        note="a concession at the municipal fairground; 'la municipalidad' only; a service price, not a tax",
    ),
    S(
        "q140",
        "alinstante",
        "2026-11-19T11:30:00-05:00",
        "📊 Precios de hoy en la feria de los jueves",
        """📊 PRECIOS DE HOY en la feria de Janqosiri:

        Fibra de alpaca blanca: 16 soles la libra. Carne de alpaca: 14 soles el kilo. Quinua blanca: 3,60 el kilo. Chuño negro: 45 soles la arroba. Trucha: 17 soles el kilo. Papa nativa: 30 soles la arroba.

        Fuente: comerciantes del campo ferial. ¡Buena venta, caseritos!""",
        about=False,
        note="market prices, no municipal angle",
    ),
    S(
        "q141",
        "alinstante",
        "2026-11-14T08:15:00-05:00",
        "MDJ informa: fumigación y desratización del mercado este domingo",
        """📢 La MDJ informa que este domingo 15 el mercado de abastos permanecerá cerrado de 6 de la mañana a 2 de la tarde por trabajos de fumigación, desinfección y desratización, a cargo de la subgerencia de Gestión Ambiental y del puesto de salud.

        Los comerciantes deben retirar los alimentos de sus puestos el sábado por la noche. La medida se toma tras el reclamo de los vecinos por la presencia de roedores.""",
        m="I",
        t="salud",
        tone="0",
        note="the institution by its initials only; a public-health measure",
    ),
    S(
        "q142",
        "alinstante",
        "2026-11-15T22:40:00-05:00",
        "Combi cae a un barranco en la vía a Kunturini: dos heridos",
        """🚨 Accidente en la trocha a Kunturini Alto. Una combi con nueve pasajeros se despistó esta tarde por la nieve en la curva de Qaqa Pata y cayó unos veinte metros.

        Dos pasajeros resultaron heridos y fueron llevados al puesto de salud. El chofer, que salió ileso, dijo que la combi patinó en el hielo. La Policía investiga.""",
        about=False,
        note="a road accident with no municipal angle",
    ),
    S(
        "q143",
        "alinstante",
        "2026-11-16T12:00:00-05:00",
        "¿Sabías que Janqosiri cobra el predial más bajo de la provincia? 🏠",
        """🏠 ¿Sabías que...? Según un comparativo de la oficina de rentas, la Municipalidad de Janqosiri cobra el impuesto predial mínimo más bajo de la provincia de Qotaraya: 27 soles al año por una vivienda de adobe en la capital del distrito, frente a 60 soles en la capital provincial.

        Además, los adultos mayores y las personas con discapacidad que tienen un solo predio no pagan. ¡Ponte al día antes del 30 y sin multas! 💪""",
        m="I",
        t="tributos",
        tone="+",
    ),
    S(
        "q144",
        "alinstante",
        "2026-11-17T17:50:00-05:00",
        "Padres de Pukaqaqa agradecen al alcalde Quispecahua por la movilidad escolar 🚌",
        """🚌 Los padres de familia de la escuela de Pukaqaqa agradecieron públicamente al alcalde Quispecahua por el bus escolar que desde marzo recoge a 46 niños de las estancias más alejadas.

        «Antes mis hijos caminaban dos horas en la helada; ahora llegan calientitos y a tiempo», escribió en una carta la madre Hermelinda Coaquira. El bus es municipal y el combustible lo paga la municipalidad.

        Los padres pidieron a la próxima gestión que no lo suspenda.""",
        m="A",
        tone="+",
        note="school transport: none of the five topics",
    ),
    S(
        "q145",
        "alinstante",
        "2026-11-18T20:30:00-05:00",
        "Denuncian que la MDJ contrató a la hija de la gerenta municipal; ella responde",
        """🔴 En redes circula un documento según el cual la hija de la gerenta municipal Maribel Huancollo Turpo trabaja desde mayo como asistente en la oficina de logística de la MDJ.

        La gerenta Huancollo respondió en su cuenta personal que su hija ganó una convocatoria pública con otros doce postulantes y que ella se inhibió de todo el proceso. «Mi hija es contadora colegiada y tiene derecho a trabajar», escribió.

        El regidor de oposición pidió el expediente de la convocatoria.""",
        m="I G",
        tone="-",
        note="an accusation the gerenta answers; 'el regidor de oposición' names nobody",
    ),
    S(
        "q146",
        "alinstante",
        "2026-11-20T15:10:00-05:00",
        "EN VIVO: el concejo aprueba ordenanza que multa la quema de basura",
        """🔴 EN VIVO | El concejo de Janqosiri aprobó por mayoría la ordenanza que prohíbe quemar basura, plásticos y llantas en el distrito, con multas de 110 a 550 soles.

        La norma también obliga a los negocios de la plaza a tener tachos diferenciados y crea un horario fijo de recojo en cada barrio. Los regidores de oposición votaron en contra de las multas: pidieron primero «educar antes que sancionar».

        La ordenanza entra en vigencia el 1 de enero.""",
        about=True,
        t="limpieza",
        tone="0",
        note="'el concejo de Janqosiri' is not the institution; a fine as a sanction takes the topic of what it sanctions",
    ),
    S(
        "q147",
        "alinstante",
        "2026-11-22T19:45:00-05:00",
        "Hincha del Deportivo Janqosiri agrede al árbitro en la final 😤",
        """😤 Lamentable. Al terminar la final de la liga de Achachiri, un hincha del Deportivo Janqosiri ingresó a la cancha y golpeó al árbitro Lucio Chambi, que tuvo que ser atendido por un corte en la ceja.

        La directiva del club pidió disculpas y dijo que el agresor no es socio. La liga evaluará sanciones al Deportivo Janqosiri.""",
        about=False,
        note="a football club using the town's name",
    ),
    S(
        "q148",
        "alinstante",
        "2026-11-23T09:20:00-05:00",
        "Serenos encuentran a abuelito perdido en la pampa tras 20 horas de búsqueda ❤️",
        """❤️ Final feliz. Don Mariano Ccallo, de 84 años, que se perdió el domingo mientras pastaba sus llamas en la pampa de Jachauta, fue encontrado con vida por una patrulla de serenos de la comuna janqosireña y ronderos, después de veinte horas de búsqueda.

        Estaba refugiado junto a una roca, con hipotermia leve. Fue trasladado al puesto de salud, donde se recupera. Su familia agradeció a todos los que ayudaron.

        ¡Gracias, serenos y ronderos! 🙌""",
        m="I",
        t="seguridad",
        tone="+",
    ),
    S(
        "q149",
        "alinstante",
        "2026-11-24T11:00:00-05:00",
        "Municipalidad de Janqosiri lanza concurso de fotografía «Mi lago»",
        """📷 La Municipalidad de Janqosiri lanzó el concurso de fotografía «Mi lago», abierto a todos los vecinos del distrito, con premios de 1 500, 800 y 500 soles.

        Las fotos deben mostrar la vida en la orilla del lago Chaskaqocha: la pesca, la totora, la feria, las alpacas. Se reciben hasta el 15 de diciembre por correo o en la mesa de partes. Las mejores se expondrán en la plaza en enero.""",
        m="I",
        tone="0",
        note="culture: none of the five topics",
    ),
    S(
        "q150",
        "alinstante",
        "2026-11-25T16:40:00-05:00",
        "⚠️ Ojo: falsos cobradores del predial estafan a adultos mayores",
        """⚠️ CUIDADO. Dos personas que se hacen pasar por trabajadores de la Municipalidad Distrital de Janqosiri están visitando a adultos mayores en el barrio Alto Lago y cobrándoles supuestas deudas del impuesto predial en efectivo.

        La municipalidad aclaró que ningún trabajador cobra en las casas: los pagos solo se hacen en la caja municipal o en la caja itinerante, que siempre entrega recibo. Dos abuelitas ya fueron estafadas con 300 soles. Si los ven, llamen al serenazgo.""",
        m="I",
        t="tributos",
        tone="0",
        note="a scam using the property tax; the municipality warns",
    ),
    S(
        "q151",
        "alinstante",
        "2026-11-26T20:00:00-05:00",
        "Exalcalde Celestino Apaza reaparece: «Voy a demostrar mi inocencia»",
        """El exalcalde Celestino Apaza Ticona, condenado hace tres semanas a cuatro años de prisión por peculado, reapareció ayer en un programa radial de Qotaraya y anunció que apelará la sentencia.

        «Voy a demostrar mi inocencia; esto es una persecución política», dijo Apaza, que gobernó el distrito entre 2019 y 2022. Su paradero no es conocido: la Policía lo busca desde que se dictó la sentencia.""",
        about=False,
        note="a former mayor, not the watched one; no municipal angle",
    ),
    S(
        "q152",
        "alinstante",
        "2026-11-27T07:30:00-05:00",
        "Sube el precio del gas y la bosta seca en Janqosiri por las heladas 🔥",
        """🔥 Con las heladas, el balón de gas ya cuesta 62 soles en Janqosiri, ocho soles más que en octubre. Y hasta la bosta seca de llama, que usan muchas familias para cocinar, subió a 15 soles el costal.

        Los distribuidores dicen que los camiones suben menos por la nieve en la carretera. Las familias de las estancias vuelven a la leña de tola.""",
        about=False,
        note="prices, no municipal angle",
    ),
    # --- Sur Andino Digital: regional aggregator, full text in RSS (its own stories, then republished ones) --------------
    S(
        "q153",
        "surandino",
        "2026-11-03T14:00:00Z",
        "Trucheros del lago exigen frenar las dragas del Qoriwayqo",
        """Representantes de doce asociaciones de criadores de trucha de la bahía del lago Chaskaqocha marcharon ayer en Qotaraya hasta la sede de la Fiscalía Ambiental para exigir que se intervenga a los mineros informales de la quebrada de Pallaqa.

        «Estamos perdiendo la producción de todo el año», dijo la presidenta de la central de piscicultores, Justina Larico. Los trucheros calculan que la turbidez del agua redujo en 30 % el crecimiento de los peces.

        La fiscal ambiental se comprometió a programar un operativo antes de fin de mes.""",
        about=False,
        note="a protest in the provincial capital with no municipal angle",
    ),
    S(
        "q154",
        "surandino",
        "2026-11-06T15:30:00Z",
        "Gerenta de Janqosiri denuncia penalmente al consorcio de la obra de agua",
        """La gerenta municipal de Janqosiri, Maribel Huancollo Turpo, presentó ayer ante la Fiscalía Anticorrupción de Qotaraya una denuncia penal contra los representantes del consorcio Aguas del Altiplano, que abandonó la obra de agua y saneamiento del distrito con 38 % de avance.

        La denuncia sostiene que el consorcio presentó valorizaciones por trabajos no ejecutados por 640 000 soles. «Vamos a recuperar hasta el último sol», dijo Huancollo, que entregó a la Fiscalía el informe del supervisor.

        El consorcio no respondió a los pedidos de declaraciones. La Municipalidad Distrital de Janqosiri ya ejecutó dos cartas fianza por 1,4 millones de soles.""",
        m="G I",
        t="obras",
        tone="0",
        note="the municipality takes legal action over its stalled works: neither a success nor a failure",
    ),
    S(
        "q155",
        "surandino",
        "2026-11-09T16:00:00Z",
        "Familias del barrio Totorani reciben títulos de propiedad tras treinta años",
        """Doscientas doce familias del barrio Totorani, en la orilla del lago, recibieron ayer sus títulos de propiedad después de tres décadas de ocupación, en una ceremonia en la plaza de Janqosiri.

        El saneamiento fue posible por un convenio entre la Municipalidad Distrital de Janqosiri y el organismo nacional de formalización. El alcalde Fortunato Quispecahua Llanque entregó los títulos uno por uno. «Ahora sí esta casa es mía y de mis hijos», dijo llorando la vecina Teodora Coila.

        Con los títulos, las familias podrán acceder a créditos y al bono de vivienda.""",
        m="I A",
        tone="+",
        note="property titles: none of the five topics",
    ),
    S(
        "q156",
        "surandino",
        "2026-11-12T21:30:00Z",
        "Choque en el concejo: teniente alcaldesa Ccama y regidor Sucasaca se acusan de mentir",
        """La sesión de concejo de Janqosiri terminó ayer en gritos. El regidor Edgar Sucasaca Vilcapaza acusó a la teniente alcaldesa Nilda Ccama Pacompía de «falsificar» el acta de la sesión anterior al omitir su voto en contra del alza de la sisa.

        Ccama respondió que el acta fue leída y aprobada por todos y que el regidor «miente para hacerse la víctima». La sesión fue suspendida por falta de orden.

        El alcalde electo Wilfredo Larico pidió a los regidores salientes «terminar con dignidad».""",
        m="R T",
        tone="-",
        note="a quarrel between two of our authorities",
    ),
    S(
        "q157",
        "surandino",
        "2026-11-15T17:45:00Z",
        "Cuatro distritos del lago crean mancomunidad para cerrar sus botaderos",
        """Los alcaldes de Janqosiri, Achachiri, Pusiwaya y Wilaqaqa firmaron ayer el acta de constitución de la Mancomunidad Municipal del Lago, cuyo primer proyecto será una planta de transferencia de residuos sólidos que permita cerrar los cuatro botaderos a cielo abierto de la orilla.

        El alcalde de Janqosiri, Fortunato Quispecahua, fue elegido presidente de la mancomunidad. «Ningún distrito pequeño puede pagar solo un relleno sanitario; juntos sí», dijo. Los residuos se llevarán luego al relleno provincial.

        El alcalde de Achachiri, Rolando Quispecahua, se encargará de la gestión del expediente.""",
        m="A",
        t="limpieza",
        tone="+",
        note="both Quispecahua Mayors in one story; a step to close our dump",
    ),
    S(
        "q158",
        "surandino",
        "2026-11-18T13:20:00Z",
        "Confirman brote de sarampión en Ururi: 14 casos",
        """La Dirección Regional de Salud confirmó 14 casos de sarampión en dos colegios de la ciudad de Ururi y activó el cerco epidemiológico en un radio de diez manzanas.

        Brigadas de vacunación recorren los barrios afectados y se ha pedido a los padres revisar los carnés de sus hijos. Es el primer brote en la región desde 2019.

        La Diresa pidió a las municipalidades de la región apoyar con movilidad a las brigadas.""",
        about=False,
        note="health keywords in the regional capital; not about us",
    ),
    S(
        "q159",
        "surandino",
        "2026-11-20T14:10:00Z",
        "Municipalidad de Janqosiri pierde juicio y deberá reponer a 18 trabajadores",
        """El Juzgado Laboral de Qotaraya ordenó a la Municipalidad de Janqosiri reponer a 18 trabajadores administrativos despedidos en 2024 y pagarles los sueldos dejados de percibir, que suman unos 620 000 soles.

        Los trabajadores, que tenían contratos sucesivos desde 2019, demostraron que cumplían labores permanentes. La procuraduría municipal apelará.

        La deuda se sumará a la que recibirá la próxima gestión.""",
        m="I",
        tone="-",
        note="a labour ruling against us: none of the five topics",
    ),
    S(
        "q160",
        "surandino",
        "2026-11-22T16:00:00Z",
        "Larico anuncia auditoría a la gestión de Quispecahua desde el primer día",
        """El alcalde electo de Janqosiri, Wilfredo Larico Quispe, anunció que el 2 de enero pedirá a la Contraloría una auditoría integral de la gestión de su antecesor, Fortunato Quispecahua Llanque, con énfasis en la obra de agua y en la compra de maquinaria.

        «No es revancha; es que no voy a cargar con lo que no hice», dijo Larico. Desde el entorno del alcalde saliente respondieron que «toda la información está en el portal» y que la gestión «no tiene nada que esconder».

        Larico juramentará el 1 de enero en el estadio.""",
        m="A",
        tone="-",
        note="the alcalde electo (not watched) announces an audit of our administration",
    ),
    S(
        "q161",
        "surandino",
        "2026-11-24T19:40:00Z",
        "Comuneros de Pusiwaya y de Llallawa se enfrentan por linderos: tres heridos",
        """Un enfrentamiento con hondas y palos entre comuneros de Pusiwaya y de Llallawa por la posesión de un bofedal dejó tres heridos el domingo en la zona de Ch'ijimuqu.

        La disputa por los linderos entre las dos comunidades lleva más de cuarenta años. La Policía instaló un puesto en la zona y la Defensoría convocó a una mesa de diálogo.

        Ambas comunidades acusan a la otra de meter ganado en los pastos ajenos.""",
        about=False,
        note="a communal conflict with no municipal angle",
    ),
    S(
        "q162",
        "surandino",
        "2026-11-26T15:00:00Z",
        "Janqosiri participa en el simulacro nacional de sismo con 4 000 escolares",
        """Cuatro mil escolares y trabajadores participaron ayer en Janqosiri en el simulacro nacional de sismo, organizado en el distrito por la Municipalidad Distrital de Janqosiri y la UGEL.

        La evacuación de los colegios tomó en promedio dos minutos y medio. La oficina de defensa civil observó que dos instituciones no tienen señalización de rutas de escape.""",
        m="I",
        tone="0",
        note="civil defence drill: none of the five topics",
    ),
    # --- later stories of the month ----------------------------------------------------------------------------------------
    S(
        "q163",
        "qotanoticias",
        "2026-11-23T08:00:00-05:00",
        "Janqosiri reparte 40 toneladas de avena forrajera a criadores de las partes altas",
        """Camiones de la Municipalidad Distrital de Janqosiri repartieron el fin de semana 40 toneladas de avena forrajera y heno entre 860 familias criadoras de alpacas de cinco comunidades altas, donde la nevada cubrió los pastos.

        Cada familia recibió entre dos y cuatro pacas según el número de animales registrados en el padrón. «Sin esto las madres no tienen leche para las crías», explicó el criador Eulogio Mamani.

        La avena se compró con el presupuesto de la declaratoria de emergencia por heladas.""",
        m="I",
        tone="+",
        note="forage for the herds: none of the five topics",
    ),
    S(
        "q164",
        "qotanoticias",
        "2026-11-24T09:30:00-05:00",
        "Puesto de salud de Janqosiri estrena sala de parto vertical y casa de espera",
        """Las gestantes de las comunidades altas ya pueden dar a luz de pie o de cuclillas, como lo prefieren las mujeres del altiplano, en la nueva sala de parto vertical del puesto de salud de Janqosiri. Junto a ella funciona una casa de espera donde las madres pueden alojarse con un familiar los días previos al parto.

        La Municipalidad de Janqosiri equipó ambos ambientes con 280 000 soles: camas, calefacción, cocina y una cuerda de sujeción de lana. «Las mamitas ya no tendrán que dar a luz en la estancia o en una combi», dijo la obstetra Gladys Pari.

        En el primer fin de semana nacieron dos bebés.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "q165",
        "qotanoticias",
        "2026-11-25T07:40:00-05:00",
        "Robos en viviendas suben 30 % en la capital del distrito de Janqosiri",
        """Las denuncias por robo en viviendas en la capital del distrito de Janqosiri aumentaron 30 % entre julio y octubre respecto del mismo periodo de 2025, según la comisaría. Los barrios más afectados son Alto Lago y Totorani.

        Los vecinos responsabilizan a la comuna janqosireña por haber trasladado a los serenos de la ciudad a las estancias. «Protegen a las alpacas y se olvidan de las personas», reclamó el presidente de la junta vecinal de Totorani, Hugo Pari.

        La central de serenazgo reconoció que solo hay una pareja de serenos a pie para toda la zona urbana.""",
        m="I",
        t="seguridad",
        tone="-",
    ),
    S(
        "q166",
        "qotanoticias",
        "2026-11-26T08:15:00-05:00",
        "Hasta el regidor Sucasaca reconoce los puentes colgantes: «Eso sí está bien hecho»",
        """Después de cuatro años de votar en contra de casi todo, el regidor de oposición Edgar Sucasaca Vilcapaza sorprendió ayer en la sesión de concejo al reconocer los cuatro puentes colgantes construidos por la Municipalidad Distrital de Janqosiri en Sullcamarca, Pukaqaqa, Chiarqaqa y Totorani.

        «Los he cruzado todos y eso sí está bien hecho, con buen material y a buen precio. No todo fue malo», dijo. Eso sí, añadió que mantiene sus críticas por la obra de agua.

        El alcalde Quispecahua le agradeció con una sonrisa: «Cuatro años esperé esta frase».""",
        m="R I A",
        t="obras",
        tone="+",
        note="the opposition praising our works",
    ),
    S(
        "q167",
        "qotanoticias",
        "2026-11-27T10:00:00-05:00",
        "Dos Quispecahua, dos alcaldes, dos estilos a orillas del mismo lago",
        """Comparten apellido, lago y hasta el año de nacimiento, pero no son parientes. Fortunato Quispecahua Llanque, alcalde de Janqosiri, es pastor de alpacas y habla poco; Rolando Quispecahua Mamani, alcalde de Achachiri, es ingeniero y no suelta el micrófono.

        El de Janqosiri deja cuatro puentes colgantes, un serenazgo rural premiado y una obra de agua paralizada. El de Achachiri, una losa techada, un canal de riego a medias y una toma de local. Los dos se despiden el 31 de diciembre.

        «Cuando me llaman para reclamarle a él, les doy su número», bromea el alcalde de Janqosiri.""",
        m="A",
        tone="0",
        note="a profile of both namesake Mayors: balanced",
    ),
    S(
        "q168",
        "qotanoticias",
        "2026-11-30T11:30:00-05:00",
        "San Andrés deja 40 toneladas de basura; la plaza amaneció limpia",
        """La fiesta de San Andrés dejó unas 40 toneladas de residuos en la plaza, el estadio y las calles del centro de Janqosiri, pero el lunes a las seis de la mañana la plaza ya estaba limpia.

        El subgerente de Gestión Ambiental, Percy Anccasi Mollo, organizó tres turnos de barrido con 60 obreros y voluntarios de los colegios, y alquiló dos volquetes para reforzar al compactador. Por primera vez se instalaron puntos de reciclaje: se recuperaron 2,3 toneladas de botellas plásticas.

        «Nunca había visto la plaza así después de una fiesta», dijo la vendedora de periódicos Clotilde Mamani.""",
        m="M",
        t="limpieza",
        tone="+",
    ),
    S(
        "q169",
        "qotanoticias",
        "2026-11-30T17:20:00-05:00",
        "Contraloría inicia control a la obra de agua de Janqosiri",
        """La Contraloría inició un servicio de control específico a la obra de agua potable y alcantarillado de la Municipalidad Distrital de Janqosiri, paralizada desde 2025, para determinar responsabilidades por los adelantos entregados al consorcio ejecutor.

        La comisión auditora revisará las valorizaciones, los informes del supervisor y la resolución del contrato. El informe estará listo en marzo.

        El control se inició a pedido del regidor Edgar Sucasaca y de la comisión de transferencia del alcalde electo.""",
        m="I R",
        t="obras",
        tone="-",
    ),
    S(
        "q170",
        "qotanoticias",
        "2026-11-29T08:45:00-05:00",
        "Kunturini Alto ya tiene su puesto de salud: Quispecahua lo entrega a un mes de irse",
        """Después de dos años de obra, la comunidad de Kunturini Alto, a 4 500 metros de altura, recibió ayer su puesto de salud: consultorio, tópico, sala de partos, farmacia, vivienda para el personal y paneles solares para la cadena de frío de las vacunas.

        El alcalde Fortunato Quispecahua Llanque entregó el local a la Red de Salud, que destacará a una enfermera y un técnico. La construcción costó 2,3 millones de soles. «Aquí la helada mata a las wawas con neumonía; ahora tendrán dónde atenderse», dijo el presidente comunal, Valentín Huanca.

        La atención empezará el 15 de diciembre.""",
        m="A",
        t="obras salud",
        tone="+",
        note="a new health post building: works and health",
    ),
    S(
        "q171",
        "altiplanico",
        "2026-11-29T06:00:00-05:00",
        "Columna | Cobrar más para dar lo mismo",
        """En Janqosiri se ha instalado una curiosa idea de la justicia tributaria: que pague más el que vende papa en el suelo del campo ferial. La sisa subió de 2 a 5 soles, los arbitrios llegan a comunidades donde el camión nunca ha subido y el predial se cobra con embargo a quien se atrasa.

        No digo que no se deba cobrar. Digo que la municipalidad janqosireña no ha explicado qué recibe el vecino a cambio. El campo ferial sigue sin baños; las comunidades siguen quemando su basura.

        Un tributo sin servicio no es un tributo: es una tranca. Y la próxima gestión haría bien en empezar por quitarla.

        Abel Coaquira Pari es contador y feriante.""",
        m="I",
        t="tributos",
        tone="-",
        note="an opinion column on municipal charges; 'municipalidad janqosireña' names the institution",
    ),
    # --- syndicated copies: each with its own headline, some with their own lead or a credit line ------------------------
    C(
        "q172",
        "q012",
        "surandino",
        "2026-11-07T23:10:00Z",
        "Puente colgante de 62 metros une a Sullcamarca con la feria de Janqosiri",
        extra="Fuente: Qotaraya Noticias.",
    ),
    C(
        "q173",
        "q004",
        "surandino",
        "2026-11-03T20:00:00Z",
        "Obra de agua en Janqosiri: catorce meses paralizada y con 38 % de avance",
        lead="""La obra de agua potable y alcantarillado de Janqosiri, de 14,2 millones de soles, cumple catorce meses paralizada con apenas 38 % de avance, según denunció el regidor de oposición Edgar Sucasaca Vilcapaza.""",
    ),
    C(
        "q174",
        "q006",
        "surandino",
        "2026-11-05T14:00:00Z",
        "Rescatan 35 alpacas robadas en el altiplano; los abigeos huyen a pie",
        extra="Con información de Qotaraya Noticias.",
    ),
    C(
        "q175",
        "q010",
        "cronica",
        "2026-11-07T10:00:00-05:00",
        "Altiplano: incendio en un botadero municipal cubre de humo una escuela",
        extra="Con información de Qotaraya Noticias.",
    ),
    C(
        "q176",
        "q045",
        "surandino",
        "2026-11-06T19:00:00Z",
        "El serenazgo rural que frenó a los abigeos del lago",
        extra="Fuente: Diario El Altiplánico.",
    ),
    C(
        "q177",
        "q046",
        "surandino",
        "2026-11-07T18:30:00Z",
        "Huelga de obreros de limpieza: la basura se acumula en las calles de Janqosiri",
    ),
    C(
        "q178",
        "q052",
        "surandino",
        "2026-11-13T17:00:00Z",
        "Janqosiri saca a licitación el saldo de su obra de agua por 8,8 millones",
    ),
    C(
        "q179",
        "q058",
        "surandino",
        "2026-11-19T20:00:00Z",
        "Premio nacional para Janqosiri por alertar de las heladas a 1 800 familias",
        extra="Fuente: Diario El Altiplánico.",
    ),
    C(
        "q180",
        "q003",
        "surandino",
        "2026-11-03T22:00:00Z",
        "Achachiri estrena losa deportiva techada de 780 000 soles",
    ),
    C(
        "q181",
        "q023",
        "alinstante",
        "2026-11-14T10:00:00-05:00",
        "🎶 El charanguista Fortunato Quispecahua presenta su décimo disco",
    ),
    C(
        "q182",
        "q024",
        "alinstante",
        "2026-11-14T18:00:00-05:00",
        "📈 Sube 31 % lo recaudado por el predial y la morosidad baja a 41 %",
    ),
    C(
        "q183",
        "q035",
        "cronica",
        "2026-11-20T09:00:00-05:00",
        "Alcaldes del altiplano piden al Midagri un precio refugio para la quinua",
        extra="Con información de Qotaraya Noticias.",
    ),
    C(
        "q184",
        "q053",
        "surandino",
        "2026-11-14T16:00:00Z",
        "Alcalde de Janqosiri responde a la Contraloría por los tractores",
    ),
    C(
        "q185",
        "q063",
        "surandino",
        "2026-11-24T18:00:00Z",
        "Captan a volquete municipal arrojando desmonte en los totorales del lago",
        extra="Fuente: Diario El Altiplánico.",
    ),
    C(
        "q186",
        "q065",
        "surandino",
        "2026-11-26T17:30:00Z",
        "Salón comunal con calefacción solar servirá de refugio en las nevadas",
    ),
    C(
        "q187",
        "q090",
        "surandino",
        "2026-11-26T21:00:00Z",
        "Bombeo solar lleva agua a 62 familias de Chiarqaqa",
        lead="""Las 62 familias de la comunidad de Chiarqaqa, en Janqosiri, ya tienen agua en sus piletas gracias a un sistema de bombeo con paneles solares que instaló la Municipalidad de Janqosiri: un pozo, un reservorio y 3 kilómetros de tubería.""",
        extra="Fuente: Radio Comunitaria Wayra.",
    ),
    C(
        "q188",
        "q102",
        "surandino",
        "2026-11-13T20:00:00Z",
        "Kunturini Alto tendrá la primera comisaría rural de las alturas",
    ),
    C(
        "q189",
        "q115",
        "alinstante",
        "2026-11-27T09:00:00-05:00",
        "😤 El compactador pagado en agosto sigue sin llegar",
    ),
    C(
        "q190",
        "q119",
        "surandino",
        "2026-11-05T21:00:00Z",
        "Contraloría pone la obra de agua de Janqosiri como ejemplo de obra paralizada",
        lead="""La obra de agua potable y alcantarillado de la Municipalidad Distrital de Janqosiri figura entre los ejemplos de un reporte de la Contraloría que identificó 2 300 obras públicas paralizadas en el país, por 31 000 millones de soles.""",
    ),
    C(
        "q191",
        "q124",
        "surandino",
        "2026-11-17T20:00:00Z",
        "Denuncian que el alcalde de Janqosiri favoreció a la empresa de su sobrino",
        extra="Fuente: Crónica Nacional.",
    ),
    C(
        "q192",
        "q124",
        "alinstante",
        "2026-11-17T21:30:00-05:00",
        "🔴 Medio nacional: Tata Fortu habría favorecido a su sobrino con contratos",
        lead="""🔴 Un medio nacional publicó hoy que el alcalde Fortunato Quispecahua Llanque, Tata Fortu, habría adjudicado tres contratos de mantenimiento de trochas por 396 000 soles a la empresa Constructora Lago Norte, cuyo gerente es su sobrino.""",
    ),
    C(
        "q193",
        "q125",
        "surandino",
        "2026-11-19T22:00:00Z",
        "La carne de alpaca de Janqosiri ya se vende en Lima",
        extra="Fuente: Crónica Nacional.",
    ),
    C(
        "q194",
        "q128",
        "surandino",
        "2026-11-26T16:00:00Z",
        "Teniente alcaldesa de Janqosiri coordinará red de autoridades contra la violencia",
    ),
    C(
        "q195",
        "q001",
        "cronica",
        "2026-11-02T12:00:00-05:00",
        "Heladas: distrito altoandino declara emergencia con temperaturas de -14 °C",
        extra="Con información de Qotaraya Noticias.",
    ),
    C(
        "q196",
        "q017",
        "surandino",
        "2026-11-11T14:00:00Z",
        "Anemia: 44 % de los niños de las comunidades altas de Janqosiri",
    ),
    C(
        "q197",
        "q029",
        "surandino",
        "2026-11-16T23:00:00Z",
        "Janqosiri entrega el adoquinado del jirón San Andrés",
        extra="Fuente: Qotaraya Noticias.",
    ),
    C(
        "q198",
        "q036",
        "cronica",
        "2026-11-21T08:00:00-05:00",
        "Vivir entre zanjas: la obra de agua que un distrito del altiplano espera hace un año",
        extra="Con información de Qotaraya Noticias.",
    ),
    C(
        "q199",
        "q154",
        "qotanoticias",
        "2026-11-06T12:00:00-05:00",
        "Municipalidad denuncia penalmente al consorcio que abandonó la obra de agua",
        extra="Fuente: Sur Andino Digital.",
    ),
    C(
        "q200",
        "q160",
        "altiplanico",
        "2026-11-23T06:00:00-05:00",
        "Alcalde electo pedirá auditoría a la gestión saliente de Janqosiri",
    ),
    C(
        "q201",
        "q005",
        "cronica",
        "2026-11-04T15:00:00-05:00",
        "Cooperativa de quinua del altiplano exporta su primer contenedor a Europa",
    ),
    C(
        "q202",
        "q009",
        "surandino",
        "2026-11-06T18:00:00Z",
        "Alcalde janqosireño critica al Gobierno Regional por la carretera a Kunturini",
        lead="""El alcalde janqosireño criticó duramente al Gobierno Regional de Ururi por la demora en el asfaltado de la vía departamental a Kunturini Alto, cuyo expediente técnico fue aprobado en 2023.""",
    ),
    C(
        "q203",
        "q168",
        "surandino",
        "2026-11-30T20:00:00Z",
        "Tras San Andrés, la plaza de Janqosiri amaneció limpia",
    ),
    C(
        "q204",
        "q170",
        "surandino",
        "2026-11-29T18:00:00Z",
        "Una comunidad a 4 500 metros estrena puesto de salud",
        extra="Fuente: Qotaraya Noticias.",
    ),
    C(
        "q205",
        "q114",
        "alinstante",
        "2026-11-25T08:00:00-05:00",
        "👏 Treinta recicladoras reciben su certificado",
        lead="""👏 Treinta mujeres que antes recogían plásticos en el botadero de Qhellupampa ahora trabajan como recicladoras formalizadas, con uniforme, seguro de salud y ruta fija en la capital del distrito.""",
    ),
    C(
        "q206",
        "q008",
        "wayra",
        "2026-11-06",
        "Predial sin multas: amplían el plazo hasta el 30 de noviembre",
        lead="""LOCUTOR: Hasta el 30 de noviembre tienen plazo los vecinos de Janqosiri para pagar el predial atrasado sin multas ni intereses. Leemos la nota de Qotaraya Noticias.""",
        m="",
        note="a copy whose new lead drops the only naming of the institution: still about us",
    ),
    # --- a few more of the month's stories ------------------------------------------------------------------------------
    S(
        "q207",
        "qotanoticias",
        "2026-11-24T16:00:00-05:00",
        "Municipalidad de Janqosiri convoca doce plazas CAS hasta diciembre",
        """La Municipalidad Distrital de Janqosiri publicó la convocatoria para cubrir doce plazas bajo el régimen CAS, entre ellas un ingeniero civil, dos técnicos de catastro, un contador, un asistente social y siete choferes y operadores de maquinaria.

        Los interesados pueden presentar sus expedientes hasta el 3 de diciembre en la mesa de partes. Los resultados se publicarán el 18 de diciembre y los contratos regirán desde el 1 de enero.

        La comisión de transferencia del alcalde electo pidió que las plazas se cubran solo de manera temporal.""",
        m="I",
        tone="0",
        note="a job call: none of the five topics",
    ),
    S(
        "q208",
        "wayra",
        "2026-11-27",
        "Horario especial de la municipalidad durante la fiesta patronal",
        """LOCUTORA: Atención, vecinos: la Municipalidad de Janqosiri informa que durante la fiesta de San Andrés, del 28 de noviembre al 3 de diciembre, sus oficinas atenderán solo de ocho de la mañana a doce del día.

        LOCUTORA: La caja para el pago del predial seguirá abierta en horario normal hasta el 30, último día del beneficio. El serenazgo y la unidad de agua trabajarán las veinticuatro horas.

        LOCUTORA: Tomen nota y compartan con sus vecinos.""",
        m="I",
        tone="0",
        note="an office-hours notice; the tax office is mentioned in passing, no topic",
    ),
    S(
        "q209",
        "altiplanico",
        "2026-11-28T06:00:00-05:00",
        "Quispecahua regresa de Lima: Vivienda evaluará financiar el saldo de la obra de agua",
        """El alcalde de Janqosiri, Fortunato Quispecahua Llanque, regresó de Lima con el compromiso del Ministerio de Vivienda de evaluar en enero el financiamiento del saldo de la obra de agua potable y alcantarillado del distrito, cuya licitación está en curso.

        Según el acta de la reunión, el ministerio revisará el expediente actualizado y decidirá si transfiere los 8,8 millones o si la municipalidad deberá cubrir parte con endeudamiento. No hubo compromisos de montos ni de fechas.

        El alcalde dijo que entregará el acta a la comisión de transferencia.""",
        m="A",
        t="obras",
        tone="0",
        note="a trip with no firm result: neutral",
    ),
    S(
        "q210",
        "lagotv",
        "2026-11-29T03:20:00Z",
        "Subgerente Anccasi explica el plan para cerrar el botadero de Qhellupampa",
        """CONDUCTORA: ¿Cuándo se cerrará el botadero de Qhellupampa? Se lo preguntamos al subgerente de Gestión Ambiental de Janqosiri, Percy Anccasi Mollo.

        SUBGERENTE ANCCASI: El plan tiene tres etapas. Primero, una celda transitoria con geomembrana en 2027. Segundo, la planta de transferencia de la mancomunidad. Y tercero, llevar todo al relleno provincial cuando esté listo, en 2028. El botadero se cierra y se recupera con cobertura de tierra y plantas nativas.

        CONDUCTORA: ¿Con qué presupuesto?

        SUBGERENTE ANCCASI: Eso lo tendrá que decidir la nueva gestión; nosotros dejamos el plan aprobado por el concejo.""",
        m="M",
        t="limpieza",
        tone="0",
        note="an official explains a plan without results or funding",
    ),
    S(
        "q211",
        "surandino",
        "2026-11-30T15:00:00Z",
        "Gerenta Huancollo entrega el informe de transferencia a la comisión entrante",
        """La gerenta municipal de Janqosiri, Maribel Huancollo Turpo, entregó ayer a la comisión del alcalde electo Wilfredo Larico el informe de rendición de cuentas y transferencia, un documento de 1 400 folios con el estado de las obras, las deudas, los procesos judiciales y el inventario.

        La comisión entrante tiene quince días para formular observaciones. Su presidente, Javier Coaquira, dijo que revisarán en particular las cartas fianza de la obra de agua.

        El acta final de transferencia se firmaría el 22 de diciembre.""",
        m="G",
        tone="0",
        note="the transfer: none of the five topics",
    ),
]
