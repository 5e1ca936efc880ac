# ruff: noqa: E501
"""Training part 8: hand-written Spanish news about a fourth invented district, for the tone and topic classifiers.

Written by hand by writer 8, as TRAINING data (not a blind figure), without looking at the pipeline's code
(heraldo/monitoring/**), its baselines, its tone or topic dumps or the other parts' stories (beyond heldout6's header,
SOURCES and first stories, for the format). Labels follow the labelling rules of docs/monitoring-evaluation.md and
were fixed as the stories were written. Every name, outlet and place is invented.

The part brings its own watch list (SETUP), outlets, person codes and template furniture: the Municipalidad
Distrital de San Bartolomé de Quilcas (MDSBQ), a district of the north coast in the province of Lambaré, between
the arenales, the caleta and the Panamericana. Its Mayor is a man with a nickname.

Codes: m = who is named (A alcalde Eleuterio Chapoñán Sirlopú «Teyo», G gerente municipal Augusto Farfán
Quesquén, T teniente alcaldesa Rosalía Llontop Chozo, R regidora (opposition) Maribel Ayasta Purizaca, S gerente de
Servicios a la Ciudad Hilario Sandoval Effio, I the Municipalidad Distrital de San Bartolomé de Quilcas); t = topics
(limpieza seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the
municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own
headline, sometimes its own lead (lead=) or a credit line at the end (extra=).

Writer 8's conventions (the doc's rules, applied strictly):
- "el alcalde quilqueño", "el alcalde de Quilcas", "el burgomaestre de San Bartolomé de Quilcas" are a title plus the
  place: they name the Mayor. A bare "el alcalde", "el burgomaestre", "la comuna", "el municipio", "la gestión
  edil", "el concejo" do not. "Chapoñán" alone after the Mayor was named in the same story is part of that mention.
  «Teyo» alone counts only where it is plainly him (a story about his administration).
- "Municipalidad (Distrital) de San Bartolomé de Quilcas", "Municipalidad de Quilcas", "municipio quilqueño",
  "comuna quilqueña", "municipalidad quilqueña", "municipio/comuna de Quilcas", "la MDSBQ" name the institution.
  "Vecinos de Quilcas", "el serenazgo de Quilcas", "el distrito", "la gerencia municipal", "el concejo de Quilcas"
  do not. A person named with a title plus the place ("el gerente municipal de Quilcas") is that person, not the
  institution.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly him),
  title plus surname ("la regidora Ayasta", "el gerente Sandoval") or a listed alias.
- Traps: Nicanor Chapoñán Inoñán, Mayor of the neighbouring district Santa Rosa de Cascajal ("el alcalde Chapoñán"
  there, no relative); the tondero singer Eleuterio «Teyo» Chapoñán Vidaurre; the volleyball coach Augusto Farfán of
  Club Deportivo Lambaré; the cook Maribel Ayasta of a cevichería in Chiclayo; the provincial Mayor of Lambaré,
  Octavio Bances Reque; a caserío also called Quilcas in the highlands of Huancabamba (Piura); the Caleta Quilcas
  fishermen's guild (DPA, national); the EsSalud Policlínico Quilcas; the Quebrada Quilcas managed by the regional
  government.
- Tone is what a municipal press officer would take away about the municipality and its authorities; figures and
  outcomes carry it as much as adjectives. The Mayor criticising the regional or national government is neutral
  toward us unless the story is about our own failure. A mixed story takes the tone of its headline and weight. An
  accusation the official denies is still a story about an accusation (negative). An announcement, an agenda item,
  a call for tenders or a fee schedule is neutral. Stories not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about. Drainage, street and school
  works are obras; water cuts (the EPS), street lighting, the cemetery, Vaso de Leche, traffic and mototaxi permits,
  culture and sport are none of the five. Arbitrios, the predial, the market fee (sisa) and the enforced collection
  of municipal debts are tributos. Fumigation against dengue and the municipal health post are salud; beach and
  malecón cleaning and the botadero are limpieza; serenazgo, cameras and patrols are seguridad.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcaldesa",
    "R": "regidora_ayasta",
    "S": "gerente_servicios",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de San Bartolomé de Quilcas",
        "short_name": "MDSBQ",
        "level": "DISTRITAL",
        "province": "Lambaré",
        "aliases": [
            "municipio quilqueño",
            "comuna quilqueña",
            "Municipalidad de Quilcas",
            "Municipalidad de San Bartolomé de Quilcas",
        ],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Eleuterio",
            "surnames": "Chapoñán Sirlopú",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "Teyo",
            "aliases": ["Teyo Chapoñán", "alcalde Chapoñán", "Chapoñán Sirlopú", "Eleuterio Chapoñán"],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Augusto",
            "surnames": "Farfán Quesquén",
            "sex": "M",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerente Farfán", "gerente municipal Augusto Farfán"],
        },
        {
            "key": "teniente_alcaldesa",
            "given_names": "Rosalía",
            "surnames": "Llontop Chozo",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Llontop", "regidora Llontop"],
        },
        {
            "key": "regidora_ayasta",
            "given_names": "Maribel",
            "surnames": "Ayasta Purizaca",
            "sex": "F",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidora Ayasta", "concejala Ayasta"],
        },
        {
            "key": "gerente_servicios",
            "given_names": "Hilario",
            "surnames": "Sandoval Effio",
            "sex": "M",
            "position": "Gerente de Servicios a la Ciudad",
            "position_feminine": "Gerenta de Servicios a la Ciudad",
            "office_code": "GERENTE_SERVICIOS",
            "aliases": ["gerente Sandoval", "Hilario Sandoval"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "costa": {
        "name": "Diario La Costa de Lambaré",
        "host": "lacostadelambare.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 70000,
    },
    "norteno": {
        "name": "Diario El Norteño",
        "host": "diarioelnorteno.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "rquil": {
        "name": "Radio Quilcas 101.3 FM",
        "host": "radioquilcas.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 15000,
    },
    "ltv": {
        "name": "Lambaré TV Canal 5",
        "host": "lambaretv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 88000,
    },
    "apn": {
        "name": "Agencia Peruana de Noticias Regionales",
        "host": "agenciaperuanaregional.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 240000,
    },
    "litoral": {
        "name": "Litoral Noticias",
        "host": "litoralnoticias.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 540000,
    },
    "nortehoy": {
        "name": "Norte Hoy",
        "host": "nortehoy.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 41000,
    },
    "qaldia": {
        "name": "Quilcas al Día",
        "host": "quilcasaldia.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 4000,
    },
    "vozarenal": {
        "name": "La Voz del Arenal",
        "host": "lavozdelarenal.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 19000,
    },
    "malecon": {
        "name": "Revista El Malecón",
        "host": "revistaelmalecon.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 9000,
    },
    "expnorte": {
        "name": "Express Costa Norte",
        "host": "expresscostanorte.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 12000,
    },
    "bquil": {
        "name": "Boletín El Quilqueño",
        "host": "boletinelquilqueno.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 1500,
    },
    "caleta": {
        "name": "Semanario La Caleta",
        "host": "semanariolacaleta.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "rbahia": {
        "name": "Radio Bahía Norte",
        "host": "radiobahianorte.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 14000,
    },
}

FURNITURE = {
    "old_comments": [
        "Ese Teyo Chapoñán solo aparece en campaña, el resto del año ni lo vemos por el arenal",
        "El municipio quilqueño cobra arbitrios de limpieza y la basura sigue en la playa",
    ],
    "old_most_read": "Asaltan a mototaxista en el cruce de Santa Rosa de Cascajal",
    "old_motto": "El diario de la costa norte desde 1979",
    "old_city": "Lambaré",
    "section_agenda": "Santa Rosa de Cascajal celebra la fiesta de la Virgen del Carmen con procesión en la caleta",
    "hostile_place": "Quilcas",
    "hostile_alias": "municipio quilqueño",
    "error_page_outlet": "Radio Bahía Norte, la señal del litoral",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expnorte": {
        "name": "Express Costa Norte",
        "outlet": "expnorte",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["w012", "w071"],
        "cut_at": 0.7,
    },
    "bquil": {"name": "Boletín El Quilqueño", "outlet": "bquil", "format": "bomb", "path": "/rss"},
    "caleta": {"name": "Semanario La Caleta", "outlet": "caleta", "format": "xxe", "path": "/feed/"},
    "rbahia": {
        "name": "Radio Bahía Norte",
        "outlet": "rbahia",
        "format": "html_error",
        "path": "/noticias/feed.xml",
    },
    "costa": {
        "name": "Diario La Costa de Lambaré",
        "outlet": "costa",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "norteno": {
        "name": "Diario El Norteño",
        "outlet": "norteno",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/regiones.xml",
    },
    "rquil": {
        "name": "Radio Quilcas 101.3 FM",
        "outlet": "rquil",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticias",
    },
    "ltv": {"name": "Lambaré TV Canal 5", "outlet": "ltv", "format": "atom", "path": "/atom.xml"},
    "apn": {
        "name": "Agencia Peruana de Noticias Regionales",
        "outlet": "apn",
        "format": "atom",
        "path": "/regiones/feed.atom",
    },
    "litoral": {
        "name": "Litoral Noticias",
        "outlet": "litoral",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "nortehoy": {
        "name": "Norte Hoy",
        "outlet": "nortehoy",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas.rss",
    },
    "qaldia": {
        "name": "Quilcas al Día",
        "outlet": "qaldia",
        "format": "section",
        "template": "section",
        "path": "/locales",
    },
    "vozarenal": {
        "name": "La Voz del Arenal",
        "outlet": "vozarenal",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/noticias.xml",
    },
    "malecon": {
        "name": "Revista El Malecón",
        "outlet": "malecon",
        "format": "rss",
        "mode": "description",
        "path": "/opinion/rss",
    },
}

STORIES = [
    # --- Diario La Costa de Lambaré: provincial daily, full text in RSS, priority ----------------------------------
    S(
        "w001",
        "costa",
        "2026-11-02T07:10:00-05:00",
        "Drenaje pluvial de la avenida Grau: once meses de retraso y la obra sigue al 38 %",
        """El cartel de obra de la avenida Grau, en San Bartolomé de Quilcas, todavía dice que el drenaje pluvial debía entregarse en diciembre de 2025. Once meses después, el informe del supervisor registra un avance físico de 38 %.

        La Municipalidad Distrital de San Bartolomé de Quilcas ha pagado ya 2,1 millones de los 4,6 millones del contrato, según el portal de transparencia. Las zanjas abiertas en las cuadras 4 a 9 siguen sin tuberías y se han llenado de arena.

        «Si llega el Niño costero con esto así, el agua se nos mete a las casas como en 2017», dijo Juana Ñiquen, que vive frente a la zanja de la cuadra 6.""",
        m="I",
        t="obras",
        tone="-",
        note="delay told by a percentage and dates; no adjective about the municipality",
    ),
    S(
        "w002",
        "costa",
        "2026-11-02T18:30:00-05:00",
        "Nicanor Chapoñán inaugura losa deportiva en Santa Rosa de Cascajal",
        """El alcalde de Santa Rosa de Cascajal, Nicanor Chapoñán Inoñán, inauguró la losa multideportiva del asentamiento humano Las Palmeras, con tribunas y cerco perimétrico.

        La obra costó 780 000 soles. «Aquí no se cobró ni un sol de coima», dijo el alcalde Chapoñán, en una frase que los asistentes entendieron como un dardo a la gestión anterior de su propio distrito.""",
        about=False,
        note="namesake: neighbouring Mayor with the same surname ('el alcalde Chapoñán' of Santa Rosa de Cascajal)",
    ),
    S(
        "w003",
        "costa",
        "2026-11-03T06:50:00-05:00",
        "Quilcas cobrará arbitrios 2027 con la misma tasa de este año",
        """El concejo municipal de San Bartolomé de Quilcas aprobó por unanimidad la ordenanza que fija los arbitrios de limpieza pública, parques y serenazgo para 2027. Los montos se mantienen iguales a los de 2026.

        Un predio de vivienda de la zona urbana pagará 14,50 soles mensuales en total. La ordenanza deberá ser ratificada por la Municipalidad Provincial de Lambaré antes del 31 de diciembre.

        El gerente municipal Augusto Farfán Quesquén explicó que la estructura de costos se presentará en la web institucional la próxima semana.""",
        m="G",
        t="tributos",
        tone="0",
        note="routine fee schedule; institution not named ('el concejo municipal de San Bartolomé de Quilcas' is not the alias)",
    ),
    S(
        "w004",
        "costa",
        "2026-11-03T12:15:00-05:00",
        "Tres semanas sin recojo en el sector La Arenilla; vecinos queman basura en la vía",
        """En el sector La Arenilla el camión recolector pasó por última vez el 12 de octubre. Desde entonces, las familias apilan bolsas en la berma de la carretera a la caleta y algunas las queman de noche.

        «Pagamos arbitrios como todos. Aquí el humo entra a la casa y los niños ya tosen», contó Eusebio Sirlopú, mototaxista. Los vecinos dicen haber presentado tres cartas a la mesa de partes del municipio quilqueño sin obtener respuesta.

        El gerente de Servicios a la Ciudad, Hilario Sandoval Effio, atribuyó la falta de servicio a que una de las dos compactadoras está en el taller desde hace veinte días.""",
        m="I S",
        t="limpieza",
        tone="-",
        note="service failure told by a date and a neighbour; the official's explanation does not change the tone",
    ),
    S(
        "w005",
        "costa",
        "2026-11-04T07:40:00-05:00",
        "Robos a mototaxistas bajan a la mitad en la ruta a la caleta",
        """Entre agosto y octubre la comisaría de Quilcas recibió 11 denuncias por robo de mototaxis o asaltos a sus conductores en la carretera que baja a la caleta. En el mismo periodo de 2025 fueron 23.

        Desde julio, dos camionetas del serenazgo recorren el tramo entre las seis de la tarde y las dos de la mañana, y en el paradero del kilómetro 3 se instaló una cámara que transmite a la central municipal.

        La teniente alcaldesa Rosalía Llontop Chozo, que preside la comisión de seguridad ciudadana, dijo que la meta para el verano es cubrir también el acceso a la playa El Faro.""",
        m="T",
        t="seguridad",
        tone="+",
        note="good news told as a falling count",
    ),
    S(
        "w006",
        "costa",
        "2026-11-04T19:00:00-05:00",
        "Teyo Chapoñán Vidaurre llena el coliseo de Lambaré con su nuevo disco de tondero",
        """Más de dos mil personas acompañaron anoche a Eleuterio «Teyo» Chapoñán Vidaurre en la presentación de «Arenal y guitarra», su sexto disco de tonderos y valses norteños.

        El cantante, nacido en Morropón, interpretó a dúo con su hija el tondero «La pava» y cerró con una marinera dedicada a los pescadores artesanales. «El norte canta para no llorar», dijo.""",
        about=False,
        note="namesake: a singer with the Mayor's given name, nickname and first surname",
    ),
    S(
        "w007",
        "costa",
        "2026-11-05T07:05:00-05:00",
        "Regidora Ayasta pide explicar por qué el predial recaudó menos que en 2025",
        """La regidora Maribel Ayasta Purizaca pidió en la sesión de concejo que la oficina de rentas explique por qué la recaudación del impuesto predial suma 612 000 soles al cierre de octubre, frente a 705 000 soles en la misma fecha del año pasado.

        «Cobramos menos y encima pedimos transferencias para pagar la planilla. Alguien tiene que dar la cara», dijo la concejala Ayasta, que pertenece a la bancada opositora.

        El alcalde Eleuterio Chapoñán Sirlopú respondió que la caída se debe a la amnistía tributaria del primer semestre y que diciembre suele concentrar un tercio de los pagos.""",
        m="R A",
        t="tributos",
        tone="-",
        note="opposition criticism backed by a falling figure; the Mayor's reply does not turn it",
    ),
    S(
        "w008",
        "costa",
        "2026-11-05T13:20:00-05:00",
        "Gobierno regional declara en emergencia la Quebrada Quilcas por el riesgo de huaicos",
        """El Gobierno Regional declaró en emergencia el cauce de la Quebrada Quilcas, que baja del cerro Chaparrí hasta el mar, por el riesgo de activación durante un eventual Fenómeno El Niño costero.

        La medida permite contratar maquinaria para descolmatar nueve kilómetros de cauce sin licitación. La oficina regional de Defensa Civil estima que 1 400 viviendas están en la zona de influencia.""",
        about=False,
        note="trap: the Quebrada Quilcas is the regional government's; no municipal angle",
    ),
    S(
        "w009",
        "costa",
        "2026-11-06T06:30:00-05:00",
        "Puesto de salud de Cruz de Médano abre turno de tarde y duplica atenciones",
        """Desde el 1 de octubre el puesto de salud municipal de Cruz de Médano atiende también de dos a ocho de la noche. En el primer mes registró 1 180 atenciones; en setiembre, con un solo turno, habían sido 590.

        La Municipalidad de Quilcas contrató para ello a una médica, una obstetra y dos técnicas de enfermería con recursos propios. «Antes tenía que faltar al trabajo para traer a mi hijo; ahora vengo saliendo de la chacra», dijo Candelaria Chozo.

        La teniente alcaldesa Rosalía Llontop anunció que en enero el puesto contará con un ecógrafo.""",
        m="I T",
        t="salud",
        tone="+",
        note="service that now works, told by figures",
    ),
    S(
        "w010",
        "costa",
        "2026-11-06T17:45:00-05:00",
        "Contraloría halla pagos por 340 000 soles sin sustento en la compra de cámaras",
        """Un informe de control de la Contraloría sobre la Municipalidad Distrital de San Bartolomé de Quilcas identificó pagos por 340 000 soles por cámaras de videovigilancia que, según la comisión auditora, no figuraban instaladas en la fecha en que se dio la conformidad.

        El informe recomienda iniciar procedimiento sancionador contra cuatro funcionarios, entre ellos el exjefe de logística, y comunicar los hechos a la Procuraduría.

        El gerente municipal Augusto Farfán dijo que las 24 cámaras ya operan y que la entidad presentará sus descargos.""",
        m="I G",
        t="seguridad",
        tone="-",
        note="audit finding; the official's defence does not change the tone",
    ),
    S(
        "w011",
        "costa",
        "2026-11-07T08:00:00-05:00",
        "Municipio quilqueño convoca licitación para el malecón de la caleta",
        """El municipio quilqueño publicó en el Seace la convocatoria para la construcción de la primera etapa del malecón de la caleta San Bartolomé, con un valor referencial de 6,8 millones de soles.

        La presentación de ofertas será el 4 de diciembre y el plazo de ejecución es de 210 días calendario. La obra incluye 420 metros de paseo, barandas, iluminación y un muro de contención frente al oleaje.""",
        m="I",
        t="obras",
        tone="0",
        note="call for tenders: routine announcement",
    ),
    S(
        "w012",
        "costa",
        "2026-11-07T19:10:00-05:00",
        "Vecinos de Los Algarrobos toman el local municipal: «Llevamos un año con el desagüe colapsado»",
        """Unos ochenta vecinos del asentamiento humano Los Algarrobos ocuparon durante cuatro horas el patio de la Municipalidad de San Bartolomé de Quilcas para exigir que se reanude la obra de alcantarillado, paralizada desde noviembre de 2025.

        Las aguas servidas afloran en tres esquinas del asentamiento. «Nuestros hijos caminan entre la caca para ir al colegio», gritó Amalia Purizaca desde la escalera.

        El alcalde Eleuterio Chapoñán bajó a conversar con los dirigentes y se comprometió a presentar en quince días una nueva liquidación del contrato. Los vecinos dijeron que volverán si no hay respuesta.""",
        m="I A",
        t="obras",
        tone="-",
        note="neighbours' protest over a paralysed sewage work",
    ),
    S(
        "w013",
        "costa",
        "2026-11-08T07:25:00-05:00",
        "El alcalde de Quilcas culpa al MEF de recortar 1,2 millones para la defensa ribereña",
        """El alcalde de Quilcas, Eleuterio Chapoñán Sirlopú, acusó al Ministerio de Economía de recortar 1,2 millones de soles que estaban asignados a la defensa ribereña del dren 4000, en el límite con Santa Rosa de Cascajal.

        «Nos piden prevención y nos quitan la plata de la prevención. En Lima no saben lo que es un Niño costero», dijo en conferencia de prensa.

        El ministerio no respondió a la consulta de este diario.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticising the national government: neutral toward us; the topic is the works he asks funds for",
    ),
    S(
        "w014",
        "costa",
        "2026-11-08T16:40:00-05:00",
        "Playa El Faro recibe bandera de limpieza por primera vez",
        """La playa El Faro, en San Bartolomé de Quilcas, fue una de las once del litoral norte que obtuvieron este año la calificación de «playa saludable» y limpia que otorga la autoridad sanitaria ambiental, tras tres evaluaciones sin residuos visibles en la arena.

        Hace dos temporadas la misma playa figuraba entre las peores de la región. El cambio coincide con los seis contenedores metálicos y la cuadrilla de doce barredores que la comuna quilqueña mantiene en la orilla desde enero.

        «Antes traíamos bolsa para sentarnos encima de la basura», recordó el heladero Silverio Inoñán.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a ranking/certification as good news, contrast with the past",
    ),
    S(
        "w015",
        "costa",
        "2026-11-09T07:00:00-05:00",
        "Chef Maribel Ayasta gana concurso de ceviche de Chiclayo",
        """La cocinera Maribel Ayasta, de la cevichería «El Muelle» de Chiclayo, ganó el concurso regional del ceviche de mero con una preparación de leche de tigre con ají limo y loche.

        Ayasta se llevó un premio de 10 000 soles y representará a la región en la feria gastronómica de Lima en abril.""",
        about=False,
        note="namesake: a cook with the opposition regidora's given name and first surname",
    ),
    S(
        "w016",
        "costa",
        "2026-11-09T18:15:00-05:00",
        "Quilcas ejecutó apenas el 31 % de su presupuesto de inversiones a noviembre",
        """Según la consulta amigable del Ministerio de Economía, la Municipalidad Distrital de San Bartolomé de Quilcas había devengado hasta el 8 de noviembre el 31,4 % de sus 19 millones para proyectos de inversión. El promedio de los distritos de la provincia es 58 %.

        Entre los proyectos con avance cero figuran la ampliación del agua en Cruz de Médano y el mejoramiento de la trocha a Pampa Grande.

        La gerencia de planeamiento atribuye la demora a la observación de expedientes técnicos por parte del ministerio de Vivienda. A cincuenta días del cierre del año, la cifra es una de las más bajas de la región.""",
        m="I",
        t="obras",
        tone="-",
        note="budget execution percentage compared with the provincial average",
    ),
    S(
        "w017",
        "costa",
        "2026-11-10T07:30:00-05:00",
        "Campaña de fumigación llega a 6 200 viviendas antes de las lluvias",
        """Las brigadas de la Municipalidad de Quilcas y del centro de salud terminaron la segunda vuelta de fumigación contra el zancudo del dengue en 6 200 viviendas de los sectores bajos del distrito.

        El año pasado, en la misma fecha, solo se había cubierto la mitad. Los índices aédicos del sector Las Dunas bajaron de 9 % a 2 %, según la microrred.

        La próxima vuelta empezará el 15 de diciembre.""",
        m="I",
        t="salud",
        tone="+",
        note="coverage and a falling index",
    ),
    S(
        "w018",
        "costa",
        "2026-11-10T17:05:00-05:00",
        "Gerente municipal niega haber favorecido a empresa de su cuñado",
        """El gerente municipal de Quilcas, Augusto Farfán Quesquén, negó haber intervenido en la adjudicación de la limpieza del mercado a la empresa Servicios Generales El Ancla SAC, cuyo gerente es hermano de su esposa.

        «No he firmado nada de ese proceso; el comité es autónomo», declaró. La denuncia fue presentada por un grupo de comerciantes ante la Fiscalía Anticorrupción de Lambaré, que abrió una investigación preliminar.

        El contrato es por 18 meses y 960 000 soles.""",
        m="G",
        t="limpieza",
        tone="-",
        note="an accusation denied is still a story about an accusation",
    ),
    S(
        "w019",
        "costa",
        "2026-11-11T06:55:00-05:00",
        "Sesión de concejo del jueves: ordenanza de mototaxis y rendición de cuentas",
        """El concejo municipal de San Bartolomé de Quilcas sesionará el jueves 12 a las 10 de la mañana en el auditorio del local central.

        En agenda: la ordenanza que regula los paraderos de mototaxis en la plaza de armas, el informe del primer semestre del programa Vaso de Leche, y la fecha de la audiencia pública de rendición de cuentas. La sesión será transmitida por la página de Facebook de la Municipalidad de Quilcas.""",
        m="I",
        tone="0",
        note="agenda item; mototaxis and Vaso de Leche are none of the five topics",
    ),
    S(
        "w020",
        "costa",
        "2026-11-11T19:20:00-05:00",
        "Asaltan agencia bancaria en el centro de Lambaré",
        """Cuatro delincuentes armados asaltaron la mañana de ayer una agencia bancaria del jirón Bolognesi, en el centro de Lambaré, y huyeron con unos 80 000 soles.

        La Policía encontró abandonada la camioneta en la salida a Quilcas. La Municipalidad Provincial de Lambaré entregó a los investigadores las grabaciones de sus cámaras.""",
        about=False,
        note="crime in the provincial capital; 'salida a Quilcas' is a place, no municipal angle",
    ),
    S(
        "w021",
        "costa",
        "2026-11-12T07:15:00-05:00",
        "Hilario Sandoval: «En diciembre tendremos una tercera compactadora»",
        """El gerente de Servicios a la Ciudad de Quilcas, Hilario Sandoval Effio, anunció que la tercera compactadora, adquirida por 720 000 soles, llegará al distrito la primera semana de diciembre.

        Con ella, dijo, el recojo en los asentamientos de la parte baja pasará de dos a tres veces por semana. Sandoval reconoció que la flota actual «no alcanza» para los 11 000 predios del distrito.

        La unidad está siendo ensamblada en Lima y la municipalidad espera su conformidad técnica a fines de mes.""",
        m="S",
        t="limpieza",
        tone="0",
        note="an announcement with an admission; neither achieved nor failed",
    ),
    S(
        "w022",
        "costa",
        "2026-11-12T18:00:00-05:00",
        "Con 12 votos contra 1, vecinos premian a Quilcas como el distrito más limpio de la provincia",
        """El distrito de San Bartolomé de Quilcas fue elegido el «distrito más limpio de Lambaré» por un jurado de doce juntas vecinales de la provincia, en el concurso que organiza cada año la Cámara de Comercio.

        Solo una junta votó en contra. La distinción se basa en dos inspecciones sorpresa a calles, mercados y playas. El alcalde Teyo Chapoñán recibió la placa y la dedicó «a los barredores que salen a las cinco de la mañana».""",
        m="A",
        t="limpieza",
        tone="+",
        note="a ranking; nickname plus surname names the Mayor",
    ),
    # --- Diario El Norteño: regional daily, teasers in RSS, 2009 table template -----------------------------------
    S(
        "w023",
        "norteno",
        "2026-11-02T09:00:00-05:00",
        "Quilcas: pistas de la urbanización Santa Lucía listas antes de lo previsto",
        """Los 1 150 metros de pavimento de concreto de la urbanización Santa Lucía, en San Bartolomé de Quilcas, quedaron terminados ayer, 25 días antes del plazo fijado en el contrato.

        La obra, ejecutada por la municipalidad quilqueña con 3,9 millones de soles del Fondo de Compensación Municipal, incluyó veredas, rampas para sillas de ruedas y sardineles. Los vecinos llevaban doce años pidiendo que se asfaltara la zona, donde cada verano el viento levantaba nubes de arena.

        «Por fin voy a poder sacar el triciclo sin empujarlo por el arenal», dijo Fortunata Effio, que vende pan en la esquina de la manzana F.""",
        m="I",
        t="obras",
        tone="+",
        note="delivered works, ahead of schedule",
    ),
    S(
        "w024",
        "norteno",
        "2026-11-03T09:30:00-05:00",
        "Serenos de Quilcas sin pago desde agosto amenazan con huelga",
        """Los 46 serenos contratados por locación de servicios en San Bartolomé de Quilcas no reciben sus honorarios desde agosto. El lunes entregaron un memorial a la mesa de partes y anunciaron que dejarán de patrullar el 15 de noviembre si no se les paga.

        «Nos piden que arriesguemos la vida en la noche, y nosotros pidiendo fiado en la bodega», dijo uno de ellos, que prefirió no dar su nombre.

        La oficina de tesorería atribuye el retraso a la demora en una transferencia del Ministerio del Interior. El gerente municipal Augusto Farfán dijo que «en los próximos días» se pagará al menos un mes.""",
        m="G",
        t="seguridad",
        tone="-",
        note="unpaid serenos; the transfer excuse does not change the tone",
    ),
    S(
        "w025",
        "norteno",
        "2026-11-04T10:10:00-05:00",
        "Caserío Quilcas de Huancabamba sigue aislado tras derrumbe",
        """Las 60 familias del caserío Quilcas, en la sierra de Huancabamba, siguen aisladas desde que un derrumbe bloqueó hace una semana la trocha que las une con la capital provincial.

        La Municipalidad Provincial de Huancabamba envió un cargador frontal, pero la máquina se malogró a mitad de camino. Los comuneros bajan a pie cuatro horas para comprar víveres.""",
        about=False,
        note="trap: a hamlet of the same name in the highlands of Piura",
    ),
    S(
        "w026",
        "norteno",
        "2026-11-05T08:45:00-05:00",
        "Pescadores de la caleta reciben cámaras frigoríficas; el municipio solo cedió el terreno",
        """El Ministerio de la Producción entregó a la asociación de pescadores artesanales de la caleta San Bartolomé dos cámaras de frío con capacidad para 12 toneladas de pescado.

        La Municipalidad de Quilcas cedió en uso el terreno de 300 metros cuadrados donde se instalaron. El resto —equipos, caseta y grupo electrógeno— lo financió el programa nacional de pesca artesanal, con 1,3 millones de soles.

        «Ahora no tendremos que regalar la cachema al intermediario cuando hay mucha pesca», dijo el presidente del gremio, Wenceslao Quesquén.""",
        m="I",
        tone="0",
        note="good news for the district whose credit is the ministry's; the municipality only in passing (land): neutral, no topic",
    ),
    S(
        "w027",
        "norteno",
        "2026-11-06T09:20:00-05:00",
        "Dengue: cinco casos confirmados en Las Dunas y vecinos reclaman por fumigación que no llegó",
        """La microrred de Quilcas confirmó cinco casos de dengue en el sector Las Dunas, todos en dos manzanas cercanas a un canal de regadío con agua estancada.

        Los vecinos aseguran que la brigada de fumigación municipal anunciada para la primera semana de octubre nunca pasó por esas calles. «Nos dejaron un volante y nada más», dijo Gladys Puicón, cuyo hijo de nueve años está internado.

        La comuna quilqueña respondió que las dos manzanas estaban en la ruta del lunes siguiente y que ese día se fumigó.""",
        m="I",
        t="salud",
        tone="-",
        note="cases plus a promise not kept; the municipality's version is there but the story is the failure",
    ),
    S(
        "w028",
        "norteno",
        "2026-11-07T10:00:00-05:00",
        "Provincia de Lambaré cierra el botadero de Pampa Negra tras 20 años",
        """La Municipalidad Provincial de Lambaré clausuró el botadero de Pampa Negra, donde se vertían desde 2006 las basuras de la capital provincial, y empezó a llevar los residuos al nuevo relleno sanitario de Ciénaga.

        El alcalde provincial, Octavio Bances Reque, dijo que el cierre era una exigencia de la OEFA. Los distritos de la provincia tienen hasta marzo para dejar de usar botaderos propios.""",
        about=False,
        note="provincial story with limpieza words and a general mention of 'los distritos'; not about us",
    ),
    S(
        "w029",
        "norteno",
        "2026-11-08T09:05:00-05:00",
        "En Quilcas, la amnistía tributaria se amplía hasta el 20 de diciembre",
        """La Municipalidad Distrital de San Bartolomé de Quilcas prorrogó hasta el 20 de diciembre el beneficio que condona el cien por ciento de intereses y multas del impuesto predial y los arbitrios de años anteriores.

        El beneficio alcanza a quienes paguen al contado o fraccionen en hasta cuatro cuotas. Las ventanillas de rentas atenderán también los sábados de 8 de la mañana a 1 de la tarde.""",
        m="I",
        t="tributos",
        tone="0",
        note="routine tax notice",
    ),
    S(
        "w030",
        "norteno",
        "2026-11-09T08:30:00-05:00",
        "Muere ciclista atropellado en la Panamericana, a la altura de Quilcas",
        """Un ciclista de 54 años murió atropellado por un tráiler en el kilómetro 812 de la Panamericana Norte, frente al desvío a San Bartolomé de Quilcas.

        El conductor del vehículo se dio a la fuga. La Policía de Carreteras busca al camión por las imágenes de un grifo cercano.""",
        about=False,
        note="traffic death on the national highway near the district; no municipal angle",
    ),
    S(
        "w031",
        "norteno",
        "2026-11-10T09:40:00-05:00",
        "Teniente alcaldesa Llontop presenta plan de verano: 30 salvavidas y torres de vigilancia",
        """La teniente alcaldesa de Quilcas, Rosalía Llontop Chozo, presentó el plan de temporada de verano para las playas El Faro y La Bocana: 30 salvavidas, cuatro torres de vigilancia, módulos de serenazgo y un puesto de primeros auxilios.

        El plan se financiará con 410 000 soles del presupuesto municipal y con el apoyo de la Capitanía de Puerto. Empezará a regir el 20 de diciembre.""",
        m="T",
        t="seguridad",
        tone="0",
        note="a plan presented: announcement, neutral",
    ),
    S(
        "w032",
        "norteno",
        "2026-11-11T10:15:00-05:00",
        "Comuna quilqueña pierde arbitraje y deberá pagar 1,7 millones a consorcio",
        """Un tribunal arbitral ordenó a la comuna quilqueña pagar 1,7 millones de soles al Consorcio Vial Norte por la resolución del contrato de la trocha carrozable a Pampa Grande, que la municipalidad rescindió en 2025.

        El laudo considera que la entidad no entregó a tiempo el terreno liberado ni aprobó los adicionales. La procuraduría municipal evalúa anularlo ante la Corte Superior.

        El monto equivale a casi todo lo que el distrito recibe en un año por Fondo de Compensación Municipal para inversiones.""",
        m="I",
        t="obras",
        tone="-",
        note="court/arbitration case lost",
    ),
    S(
        "w033",
        "norteno",
        "2026-11-12T08:50:00-05:00",
        "Augusto Farfán, técnico del Club Lambaré, deja el cargo tras el descenso",
        """El entrenador Augusto Farfán dejó la dirección técnica del Club Deportivo Lambaré, que descendió a la segunda división de la Liga Nacional de Vóley tras perder siete de sus últimos ocho partidos.

        «Asumo la responsabilidad», dijo Farfán en un comunicado. El club anunciará a su reemplazo la próxima semana.""",
        about=False,
        note="namesake: volleyball coach with the gerente municipal's given name and first surname",
    ),
    S(
        "w034",
        "norteno",
        "2026-11-13T09:00:00-05:00",
        "Quilcas pone en marcha su central de monitoreo con 40 cámaras",
        """Desde el lunes funciona en el segundo piso del local municipal de San Bartolomé de Quilcas la central de monitoreo del serenazgo, con 40 cámaras en las entradas del distrito, la plaza, el mercado y el paradero de la caleta.

        En su primera semana, los operadores detectaron tres robos en flagrancia que terminaron con detenidos, según el parte policial. La Municipalidad de Quilcas invirtió 1,1 millones de soles en el sistema.

        El alcalde Eleuterio Chapoñán Sirlopú dijo que pedirá al Ministerio del Interior conectar la central con la comisaría.""",
        m="I A",
        t="seguridad",
        tone="+",
        note="a service that now works, with first results",
    ),
    S(
        "w035",
        "norteno",
        "2026-11-14T10:30:00-05:00",
        "¿Dónde están los contenedores? Mercado de Quilcas sigue con basura en la vereda",
        """En julio la Municipalidad de Quilcas anunció la compra de 40 contenedores soterrados para el mercado modelo. Cuatro meses después, los comerciantes siguen dejando sus desperdicios en costales sobre la vereda de la calle Tacna.

        El regidor de la comisión de servicios públicos reconoció que el proceso de compra fue declarado desierto dos veces. Mientras tanto, la feria de los domingos se arma al lado de un cerro de cáscaras y pescado descompuesto.

        «Aquí los gallinazos son los únicos que trabajan», ironizó una vendedora de menestras.""",
        m="I",
        t="limpieza",
        tone="-",
        note="promise overdue plus sarcasm",
    ),
    S(
        "w036",
        "norteno",
        "2026-11-15T09:10:00-05:00",
        "Quilqueños podrán pagar el predial con Yape desde diciembre",
        """La oficina de rentas de San Bartolomé de Quilcas habilitará desde el 1 de diciembre el pago del impuesto predial y los arbitrios con billeteras digitales y transferencias bancarias, sin necesidad de acudir a las ventanillas.

        Cada contribuyente recibirá un código QR en su estado de cuenta. El gerente municipal Augusto Farfán Quesquén dijo que la medida busca acabar con las colas de diciembre, cuando se concentra un tercio de los pagos.""",
        m="G",
        t="tributos",
        tone="+",
        note="a new convenience for taxpayers; mildly positive",
    ),
    S(
        "w037",
        "norteno",
        "2026-11-16T08:40:00-05:00",
        "Regidora Ayasta denuncia que el municipio contrató 14 serenos sin experiencia",
        """La regidora Maribel Ayasta Purizaca presentó al concejo una lista de 14 serenos contratados en setiembre que, según los currículos que obtuvo por transparencia, no acreditan ni el curso básico de serenazgo ni experiencia previa.

        «Son los que repartieron volantes en la campaña», afirmó la concejala. El municipio quilqueño no respondió al pedido de comentarios.""",
        m="R I",
        t="seguridad",
        tone="-",
        note="accusation from the opposition, no reply",
    ),
    S(
        "w038",
        "norteno",
        "2026-11-17T09:25:00-05:00",
        "Quilcas y Santa Rosa de Cascajal firman convenio para limpiar el dren 4000",
        """Los alcaldes de San Bartolomé de Quilcas y Santa Rosa de Cascajal, Eleuterio Chapoñán Sirlopú y Nicanor Chapoñán Inoñán —que no son parientes, aclararon ambos entre risas— firmaron un convenio para descolmatar los 6 kilómetros del dren 4000 que separa los dos distritos.

        Cada municipio pondrá una excavadora durante 45 días y la junta de usuarios de riego cubrirá el combustible. Los trabajos empezarán el 1 de diciembre.""",
        m="A",
        t="obras",
        tone="0",
        note="both Chapoñanes in one story: only ours counts; agreement signed, works not yet done",
    ),
    S(
        "w039",
        "norteno",
        "2026-11-18T10:05:00-05:00",
        "Policlínico Quilcas de EsSalud suspende citas por falta de médicos",
        """El Policlínico Quilcas de EsSalud suspendió desde el lunes las citas de medicina interna y pediatría porque dos de sus tres médicos renunciaron en octubre.

        Los asegurados son derivados al hospital de Lambaré, a 40 minutos. La red asistencial dijo que convocará plazas en diciembre.""",
        about=False,
        note="trap: EsSalud's polyclinic carries the place name; not municipal",
    ),
    S(
        "w040",
        "norteno",
        "2026-11-19T08:55:00-05:00",
        "Hilario Sandoval reconoce que el relleno de Quilcas opera sin licencia",
        """El gerente de Servicios a la Ciudad, Hilario Sandoval Effio, admitió ante la comisión de regidores que el lugar donde la Municipalidad de Quilcas entierra sus residuos desde 2019 no tiene licencia ambiental y funciona, en los hechos, como un botadero.

        La OEFA ya le impuso dos multas, que suman 96 000 soles. Sandoval dijo que el expediente para convertirlo en relleno sanitario está en el ministerio desde hace un año.""",
        m="S I",
        t="limpieza",
        tone="-",
        note="admission of an illegal dump with fines",
    ),
    S(
        "w041",
        "norteno",
        "2026-11-20T09:35:00-05:00",
        "Comerciantes del mercado dejan de pagar la sisa en protesta",
        """Los 230 comerciantes del mercado de abastos de Quilcas acordaron no pagar la sisa diaria de 1,50 soles hasta que la municipalidad repare el techo, que se desplomó parcialmente en setiembre.

        «Pagamos por usar un mercado que se nos cae encima», dijo su dirigente, Teófila Sirlopú. El municipio deja de recaudar unos 10 000 soles al mes por ese concepto.""",
        tone="-",
        about=True,
        t="tributos",
        note="about us with no one named ('la municipalidad', 'el municipio'); the sisa is a municipal fee",
    ),
    S(
        "w042",
        "norteno",
        "2026-11-21T10:20:00-05:00",
        "El Niño costero: Senamhi mantiene alerta para el litoral norte",
        """El Senamhi mantuvo el estado de alerta de El Niño costero para el litoral norte, con temperaturas del mar hasta 2 grados por encima de lo normal frente a Paita y Lambaré.

        El organismo recomendó a los gobiernos locales limpiar quebradas y drenes antes de enero. Las lluvias intensas podrían empezar en febrero.""",
        about=False,
        note="general alert to local governments; no municipal angle",
    ),
    # --- Radio Quilcas 101.3 FM: district radio, full text in the description, date-only pubDate, oral style ------
    S(
        "w043",
        "rquil",
        "2026-11-02",
        "«Ya no nos inundamos»: vecinos de Villa El Sol agradecen la cuneta de la calle Piura",
        """Buenos días, Quilcas, aquí en «La Mañanera» tenemos en línea a la señora Hermelinda Chero, de Villa El Sol. Señora, ¿qué pasó con la lluvia del sábado?

        —Mire, joven, por primera vez en quince años no se nos metió el agua. La cuneta que hizo la municipalidad en la calle Piura se llevó todito hacia el dren. Antes sacábamos el agua con balde hasta el mediodía.

        Recordemos, amigos oyentes, que la obra de drenaje de Villa El Sol la terminó la Municipalidad de Quilcas en setiembre: 700 metros de cuneta de concreto y dos alcantarillas. Y sí, el sábado cayeron casi 20 milímetros en media hora.""",
        m="I",
        t="obras",
        tone="+",
        note="oral style; a work that now works, told by a neighbour and a rain figure",
    ),
    S(
        "w044",
        "rquil",
        "2026-11-03",
        "El alcalde Chapoñán en cabina: «No voy a subir los arbitrios»",
        """Tenemos en cabina al alcalde Eleuterio Chapoñán Sirlopú. Alcalde, la gente pregunta si el próximo año se va a pagar más por limpieza y serenazgo.

        —No, compadre. Ya aprobamos la ordenanza: los arbitrios se quedan igual. Lo que sí le pido al vecino es que se ponga al día, porque el que no paga es el que después reclama que el camión no pasa.

        —¿Y la tercera compactadora?

        —Llega en diciembre, eso está firmado. Ahí vamos a cubrir La Arenilla y Cruz de Médano tres veces por semana.""",
        m="A",
        t="tributos",
        tone="0",
        note="interview: the Mayor explaining the fee schedule; neutral",
    ),
    S(
        "w045",
        "rquil",
        "2026-11-04",
        "Oyentes reportan mototaxis piratas en la plaza; serenazgo no aparece",
        """Hermano, el teléfono no para de sonar esta mañana. Don Aurelio desde la plaza nos dice que ya van tres noches que una banda de mototaxis sin placa se cuadra en la esquina de la iglesia y cobra cupo a los colectiveros.

        —Llamamos a la central del serenazgo y nos contestan que no hay unidad disponible. ¿Para qué pagamos, entonces? —dice el vecino.

        Le pasamos la posta a la gerencia de seguridad ciudadana de la municipalidad. El micrófono está abierto, amigos.""",
        tone="-",
        about=True,
        t="seguridad",
        note="oral; about us though no one is named ('la municipalidad', 'el serenazgo')",
    ),
    S(
        "w046",
        "rquil",
        "2026-11-05",
        "Cuadrilla municipal limpia 4 toneladas de plástico de la orilla de La Bocana",
        """Y buenas noticias desde la playa, amigos: el domingo la cuadrilla de la Municipalidad de Quilcas, junto con los alumnos del colegio San Bartolomé y los pescadores, sacaron cuatro toneladas de plástico, redes y botellas de la orilla de La Bocana.

        Nos cuenta el gerente Hilario Sandoval que todo ese material se llevó a la planta de reciclaje de Lambaré. —Esto lo vamos a hacer cada último domingo de mes, hasta el verano —nos dijo.

        Así que ya saben, vecinos: el 29 los esperamos con guantes y gorra.""",
        m="I S",
        t="limpieza",
        tone="+",
        note="a clean-up with a figure",
    ),
    S(
        "w047",
        "rquil",
        "2026-11-06",
        "Corte de agua este sábado en el centro de Quilcas",
        """Atención, vecinos del casco urbano: la EPS de Lambaré anuncia corte de agua este sábado de 8 de la mañana a 6 de la tarde por trabajos en el reservorio de la calle Lima.

        Las zonas afectadas son la plaza de armas, las calles Tacna, Arica y Bolognesi y la urbanización Santa Lucía. Junten su agua desde el viernes.""",
        about=False,
        note="water utility notice; the EPS is not the municipality",
    ),
    S(
        "w048",
        "rquil",
        "2026-11-07",
        "Qué dijo la regidora Ayasta y qué le contestó la teniente alcaldesa",
        """En la sesión de ayer hubo chispas, amigos. La regidora Maribel Ayasta dijo que el puesto de salud de Cruz de Médano está «a media máquina» porque solo hay una obstetra.

        —No es verdad —le contestó la teniente alcaldesa Rosalía Llontop—. Tenemos médica, obstetra y dos técnicas, y desde octubre atendemos en la tarde. Los números están en el informe y la regidora los tiene.

        Y ahí quedó la cosa, con el informe sobre la mesa: mil ciento ochenta atenciones en octubre, el doble que en setiembre.""",
        m="R T",
        t="salud",
        tone="+",
        note="a clash whose weight falls on the figures that refute the criticism",
    ),
    S(
        "w049",
        "rquil",
        "2026-11-09",
        "Campeonato de fulbito de la caleta arranca el domingo",
        """Deportes en la Radio Quilcas: el domingo arranca el campeonato de fulbito de la caleta, con 16 equipos de pescadores y mototaxistas.

        La inauguración será a las 3 de la tarde en la losa de la calle Grau y la organización la tiene la liga distrital. Premio al campeón: 2 000 soles y un trofeo.""",
        about=False,
        note="local sport, no municipal angle",
    ),
    S(
        "w050",
        "rquil",
        "2026-11-10",
        "Vecina de Los Algarrobos: «Nos dijeron quince días, ya van veinte»",
        """—Aló, ¿Radio Quilcas? Habla Amalia Purizaca, de Los Algarrobos. Quiero decirle al alcalde que el 7 de octubre nos prometió la liquidación de la obra del desagüe en quince días. Ya van veinte y nadie nos llama.

        —Señora, ¿sigue saliendo el agua servida?

        —En la esquina de la escuela, todos los días. Los niños saltan los charcos para entrar. Nosotros vamos a volver a la municipalidad el lunes, y esta vez con más gente.""",
        tone="-",
        about=True,
        t="obras",
        note="a deadline missed, from a caller; no one named ('el alcalde', 'la municipalidad')",
    ),
    S(
        "w051",
        "rquil",
        "2026-11-11",
        "Vacunación casa por casa: la municipalidad pone las mototaxis",
        """Desde el lunes, las enfermeras del centro de salud están recorriendo los asentamientos de la parte baja para vacunar contra el sarampión y la influenza, y lo hacen en las mototaxis que alquiló la Municipalidad Distrital de San Bartolomé de Quilcas.

        Van 1 900 vacunas puestas en cuatro días, nos dice la jefa del centro de salud. Si la enfermera toca su puerta, no le cierre, vecino.""",
        m="I",
        t="salud",
        tone="+",
        note="municipal support to a vaccination drive, with a figure",
    ),
    S(
        "w052",
        "rquil",
        "2026-11-12",
        "Rendición de cuentas será el 4 de diciembre en el coliseo",
        """Tome nota, vecino: la audiencia pública de rendición de cuentas de la Municipalidad de Quilcas será el viernes 4 de diciembre a las 5 de la tarde en el coliseo municipal.

        Las preguntas se pueden inscribir hasta el 30 de noviembre en la mesa de partes. El alcalde Teyo Chapoñán presentará el avance de las obras y el estado de las cuentas.""",
        m="I A",
        tone="0",
        note="agenda announcement; no topic",
    ),
    S(
        "w053",
        "rquil",
        "2026-11-13",
        "Alcalde quilqueño a la ATU regional: «Que pongan los semáforos que prometieron»",
        """En conversación con nuestra emisora, el alcalde quilqueño Eleuterio Chapoñán le pidió a la gerencia regional de transportes que cumpla con instalar los semáforos del cruce de la Panamericana con la avenida Grau.

        —Ahí se han muerto cuatro personas este año. La carretera es nacional, no es nuestra; nosotros ya mandamos tres oficios y nos siguen pateando —dijo.

        La gerencia regional no respondió a nuestras llamadas.""",
        m="A",
        tone="0",
        note="the Mayor blaming another government; traffic is none of the five topics",
    ),
    S(
        "w054",
        "rquil",
        "2026-11-16",
        "Serenos cobraron: la municipalidad pagó agosto y setiembre",
        """Se acabó la zozobra, amigos serenos. Esta mañana la Municipalidad de Quilcas depositó los honorarios de agosto y setiembre a los 46 serenos que habían anunciado huelga.

        Todavía se les debe octubre, nos confirma el gerente municipal Augusto Farfán, que promete pagarlo antes de fin de mes. Por ahora, la huelga del 15 se levantó y el patrullaje sigue normal.""",
        m="I G",
        t="seguridad",
        tone="+",
        note="mixed but the headline and weight are a debt paid and a strike called off",
    ),
    S(
        "w055",
        "rquil",
        "2026-11-18",
        "Quebrada seca en Pampa Grande: agricultores piden pozos al gobierno regional",
        """Los agricultores de Pampa Grande, en la parte alta del valle, dicen que este año no les llegó agua para sembrar arroz. La quebrada está seca desde junio.

        Piden al gobierno regional perforar dos pozos tubulares. El proyecto está en el banco de inversiones desde 2023, nos cuentan.""",
        about=False,
        note="a farmers' claim to the regional government; no municipal angle",
    ),
    S(
        "w056",
        "rquil",
        "2026-11-20",
        "Pese a las críticas, el recojo de basura en La Arenilla se normaliza",
        """Vecinos de La Arenilla nos confirman que el camión recolector volvió a pasar el lunes y el jueves. No era poco: llevaban casi un mes sin servicio.

        El gerente de Servicios a la Ciudad, Hilario Sandoval Effio, dijo a la radio que la compactadora que estaba en el taller ya salió y que los puntos críticos de la carretera fueron limpiados con cargador. —Nos demoramos, es verdad, pero ya está —reconoció.""",
        m="S",
        t="limpieza",
        tone="+",
        note="a service restored; the admitted delay is background",
    ),
    S(
        "w057",
        "rquil",
        "2026-11-23",
        "Feria de salud en la plaza: despistaje de diabetes y anemia gratis",
        """Este sábado, de 8 de la mañana a 2 de la tarde, la plaza de armas se convierte en consultorio: la Municipalidad de Quilcas y la microrred organizan una feria de salud con despistaje de diabetes, presión arterial, anemia y cáncer de cuello uterino.

        Todo gratis, vecinos; solo lleven su DNI.""",
        m="I",
        t="salud",
        tone="0",
        note="announcement of a health fair",
    ),
    # --- Lambaré TV Canal 5: Atom, UTC times near midnight, transcripts of the night news -------------------------
    S(
        "w058",
        "ltv",
        "2026-11-03T03:40:00Z",
        "Noche de terror en Las Dunas: asaltan a familia y serenos llegan 40 minutos después",
        """Conductor: Vamos a Quilcas, donde una familia del sector Las Dunas fue asaltada a las diez de la noche por tres sujetos que se llevaron dos celulares y una moto. Reportero, ¿qué cuentan los vecinos?

        Reportero: Así es, Mariela. Los vecinos dicen que llamaron a la central del serenazgo de Quilcas a las 10 y 5, y que la camioneta recién llegó pasadas las diez y cuarenta. «Para qué tenemos cámaras si nadie viene», nos dice la dueña de casa, todavía con las manos temblando.

        Conductor: Intentamos comunicarnos con la municipalidad, pero hasta el cierre de esta edición no tuvimos respuesta.""",
        tone="-",
        about=True,
        t="seguridad",
        note="TV transcript; a slow municipal response, nobody named ('serenazgo de Quilcas' is not the institution)",
    ),
    S(
        "w059",
        "ltv",
        "2026-11-05T04:15:00Z",
        "Quilcas estrena puente peatonal sobre el dren: escolares ya no cruzan por el tubo",
        """Conductor: Y una buena noticia para cerrar. En San Bartolomé de Quilcas, los escolares de Cruz de Médano ya no tendrán que cruzar el dren caminando sobre una tubería.

        Reportera: Exacto, Jorge. La Municipalidad de Quilcas entregó esta tarde un puente peatonal de 18 metros, de estructura metálica, que costó 290 000 soles. Hasta ayer, unos 300 alumnos pasaban por encima de un tubo de desagüe, y en marzo una niña cayó al agua.

        «Ahora mi hijo va tranquilo», dijo una madre mientras cortaban la cinta.""",
        m="I",
        t="obras",
        tone="+",
        note="delivered work contrasted with a danger",
    ),
    S(
        "w060",
        "ltv",
        "2026-11-07T03:55:00Z",
        "Fiscalía allana oficina de logística de la Municipalidad de Quilcas",
        """Conductor: Agentes de la Fiscalía Anticorrupción y de la Policía allanaron esta tarde la oficina de logística de la Municipalidad Distrital de San Bartolomé de Quilcas.

        Reportero: Se llevaron 14 archivadores con documentos de las compras de cámaras de videovigilancia de 2025, que ya habían sido observadas por la Contraloría. La diligencia duró seis horas. El gerente municipal Augusto Farfán Quesquén dijo a la prensa que la municipalidad «colabora plenamente con la justicia».""",
        m="I G",
        t="seguridad",
        tone="-",
        note="a raid; the cooperative statement does not change it",
    ),
    S(
        "w061",
        "ltv",
        "2026-11-09T04:30:00Z",
        "Concurso de marinera reúne a 200 parejas en Lambaré",
        """Conductor: Doscientas parejas de toda la costa norte se presentaron en el concurso provincial de marinera en el coliseo de Lambaré.

        Reportera: Los campeones en la categoría adultos fueron una pareja de Santa Rosa de Cascajal. La organización estuvo a cargo de la Municipalidad Provincial de Lambaré.""",
        about=False,
        note="culture, provincial; not about us",
    ),
    S(
        "w062",
        "ltv",
        "2026-11-11T04:05:00Z",
        "Regidora Ayasta: «El alcalde gobierna desde el WhatsApp»",
        """Conductor: En Quilcas, la regidora de oposición Maribel Ayasta Purizaca acusó al alcalde de tomar decisiones sin pasar por el concejo.

        Ayasta: Las obras se aprueban en un chat, los contratos se firman un domingo, y al concejo nos traen todo cocinado. El alcalde Chapoñán gobierna desde el WhatsApp.

        Reportero: Consultado por este canal, el alcalde Eleuterio Chapoñán Sirlopú respondió que todas las decisiones tienen acuerdo de concejo y que «la regidora está en campaña».""",
        m="R A",
        tone="-",
        note="opposition attack, denied; no topic (governance)",
    ),
    S(
        "w063",
        "ltv",
        "2026-11-13T03:45:00Z",
        "Quilcas destina 2 millones a prevención ante el Niño costero",
        """Conductor: El concejo de San Bartolomé de Quilcas aprobó destinar 2 millones de soles a la limpieza de drenes y a la compra de sacos terreros y motobombas ante un posible Niño costero.

        Reportero: El plan, presentado por el gerente municipal Augusto Farfán, prioriza los drenes 4000 y El Arenal y la quebrada que baja por Pampa Grande. Los trabajos empezarían en diciembre, antes de la temporada de lluvias.""",
        m="G",
        t="obras",
        tone="0",
        note="a budget decision announced, not yet executed",
    ),
    S(
        "w064",
        "ltv",
        "2026-11-15T04:20:00Z",
        "Pescadores de la caleta bloquean la vía por la veda del calamar",
        """Conductor: Unos trescientos pescadores artesanales bloquearon durante tres horas la carretera a la caleta San Bartolomé, en rechazo a la veda del calamar gigante dispuesta por el Ministerio de la Producción.

        Reportero: Los pescadores piden un bono de compensación. La Policía despejó la vía sin incidentes.""",
        about=False,
        note="fishermen vs. national ministry; no municipal angle",
    ),
    S(
        "w065",
        "ltv",
        "2026-11-17T04:00:00Z",
        "Teniente alcaldesa de Quilcas encabeza operativo contra bares clandestinos",
        """Conductor: Un operativo del serenazgo, la Policía y la fiscalía de prevención del delito cerró anoche cuatro bares clandestinos en la avenida Grau de Quilcas.

        Reportera: El operativo lo encabezó la teniente alcaldesa Rosalía Llontop Chozo. Se decomisaron 600 botellas de licor y se detuvo a dos personas con requisitoria. «Estos bares eran el punto de partida de las peleas de todos los fines de semana», dijo Llontop.""",
        m="T",
        t="seguridad",
        tone="+",
        note="operation with results",
    ),
    S(
        "w066",
        "ltv",
        "2026-11-19T03:35:00Z",
        "Basura en el malecón de Lambaré indigna a turistas",
        """Conductor: Montículos de basura en el malecón de Lambaré, la capital provincial, fueron grabados por turistas que llegaron por el feriado largo.

        Reportera: La municipalidad provincial atribuyó el problema a la huelga de sus trabajadores de limpieza, que ya cumple cinco días.""",
        about=False,
        note="limpieza words about the provincial capital; not us",
    ),
    S(
        "w067",
        "ltv",
        "2026-11-21T04:25:00Z",
        "Quilcas: cuatro de cada diez vecinos no pagan arbitrios, según informe municipal",
        """Conductor: Un informe de la oficina de rentas de San Bartolomé de Quilcas revela que el 41 % de los predios del distrito no ha pagado ningún mes de arbitrios en 2026.

        Reportero: La morosidad es mayor en los asentamientos de la parte baja, donde el servicio de recojo también es el más irregular. El gerente municipal Augusto Farfán Quesquén dijo que en enero se iniciarán cobranzas coactivas a los grandes deudores.""",
        m="G",
        t="tributos",
        tone="-",
        note="high delinquency figure with a link to poor service",
    ),
    S(
        "w068",
        "ltv",
        "2026-11-24T04:10:00Z",
        "La MDSBQ inaugura su primer centro de acopio de reciclables",
        """Conductor: La MDSBQ, como se conoce a la municipalidad de San Bartolomé de Quilcas, abrió su primer centro de acopio de residuos reciclables en el sector Santa Lucía.

        Reportera: Allí trabajarán 18 recicladoras formalizadas, que hasta ahora separaban el material en el botadero, a cielo abierto. En el primer día recibieron 1,2 toneladas de cartón y plástico. «Es la primera vez que trabajo con techo», dijo una de ellas.""",
        m="I",
        t="limpieza",
        tone="+",
        note="the acronym names the institution",
    ),
    S(
        "w069",
        "ltv",
        "2026-11-26T03:50:00Z",
        "Nicanor Chapoñán, alcalde de Cascajal, investigado por peculado",
        """Conductor: La Fiscalía abrió investigación preliminar contra el alcalde de Santa Rosa de Cascajal, Nicanor Chapoñán Inoñán, por presunto peculado en la compra de combustible.

        Reportero: Según la denuncia, el municipio de Cascajal pagó 92 000 soles de petróleo para maquinaria que no estuvo operativa. El alcalde Chapoñán negó las acusaciones.""",
        about=False,
        note="namesake: the neighbouring Mayor's scandal, not ours",
    ),
    # --- Agencia Peruana de Noticias Regionales: national agency briefs in Atom -------------------------------------
    S(
        "w070",
        "apn",
        "2026-11-03T14:00:00-05:00",
        "Lambaré: distrito costero instala 500 luminarias solares en la caleta",
        """LAMBARÉ (APNR). La Municipalidad Distrital de San Bartolomé de Quilcas instaló 500 luminarias solares en las calles de la caleta y de los asentamientos de la parte baja, informó la entidad.

        La inversión fue de 1,4 millones de soles. Las luminarias funcionan sin conexión a la red eléctrica y tienen baterías para doce horas.""",
        m="I",
        tone="+",
        note="agency brief; street lighting is none of the five topics",
    ),
    S(
        "w071",
        "apn",
        "2026-11-06T11:30:00-05:00",
        "Contraloría: 84 municipios del norte no rindieron cuentas de fondos para el Niño",
        """LIMA (APNR). La Contraloría General informó que 84 municipalidades de Tumbes, Piura, Lambayeque y Lambaré no rindieron cuentas de las transferencias recibidas en 2025 para la prevención ante el Fenómeno El Niño costero.

        Entre ellas figuran la provincial de Lambaré y los distritos de Santa Rosa de Cascajal, San Bartolomé de Quilcas y Puerto Chicama Nuevo. El plazo vence el 30 de noviembre; de no cumplirse, se iniciarán procesos administrativos a los titulares.""",
        tone="-",
        about=True,
        t="obras",
        note="our district in a list of defaulters; the institution is not named as such (only the district name)",
    ),
    S(
        "w072",
        "apn",
        "2026-11-08T10:00:00-05:00",
        "Gobierno transfiere 300 millones a regiones para obras de agua",
        """LIMA (APNR). El Ministerio de Vivienda transfirió 300 millones de soles a 212 municipalidades del país para proyectos de agua y saneamiento, según un decreto supremo publicado hoy.

        Las regiones con más proyectos son Cajamarca, Piura y Puno.""",
        about=False,
        note="national news, no mention",
    ),
    S(
        "w073",
        "apn",
        "2026-11-12T12:45:00-05:00",
        "Norte: alcalde de distrito costero pide declarar emergencia por erosión marina",
        """LAMBARÉ (APNR). El alcalde de San Bartolomé de Quilcas, Eleuterio Chapoñán Sirlopú, pidió al Ejecutivo declarar en emergencia el litoral de su distrito, donde el oleaje ha destruido 40 metros de la vía que une la caleta con la Panamericana.

        «El mar se está comiendo la carretera y nadie del gobierno central ha venido a ver», declaró.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor asks others; topic of the road",
    ),
    S(
        "w074",
        "apn",
        "2026-11-16T09:15:00-05:00",
        "Minsa: casos de dengue en el norte suben 18 % en la última semana",
        """LIMA (APNR). El Ministerio de Salud reportó 3 240 casos de dengue en la costa norte en lo que va de noviembre, 18 % más que la semana anterior. Piura concentra la mitad.

        En Lambaré, los distritos con más casos son la capital provincial y Santa Rosa de Cascajal.""",
        about=False,
        note="dengue elsewhere: not about us, no topic",
    ),
    S(
        "w075",
        "apn",
        "2026-11-20T15:10:00-05:00",
        "Quilcas, entre los diez distritos con mejor recaudación del predial de la región",
        """LAMBARÉ (APNR). El distrito de San Bartolomé de Quilcas figura en el puesto ocho del ranking regional de cumplimiento de la meta de recaudación del impuesto predial, según el Ministerio de Economía, con 91 % de la meta alcanzada.

        La Municipalidad de Quilcas recibirá por ello un bono de 380 000 soles del programa de incentivos.""",
        m="I",
        t="tributos",
        tone="+",
        note="ranking and a bonus",
    ),
    S(
        "w076",
        "apn",
        "2026-11-25T10:40:00-05:00",
        "Agenda regional: audiencias de rendición de cuentas en diciembre",
        """LAMBARÉ (APNR). Las municipalidades de la provincia de Lambaré realizarán sus audiencias de rendición de cuentas entre el 1 y el 15 de diciembre.

        La de Santa Rosa de Cascajal será el 2, la de San Bartolomé de Quilcas el 4 y la provincial el 11. Las audiencias son abiertas al público.""",
        tone="0",
        about=True,
        note="agenda; our date listed, nobody named (the district, not the institution)",
    ),
    # --- Litoral Noticias: national blog, full text with "La entrada … se publicó primero en …" ---------------------
    S(
        "w077",
        "litoral",
        "2026-11-04T11:00:00-05:00",
        "El pueblo que le ganó al arenal: así cambió la cara de San Bartolomé de Quilcas",
        """Hace diez años, entrar a San Bartolomé de Quilcas en verano era tragar arena. Las calles eran trochas, el viento del sur levantaba remolinos y las casas de adobe tenían los marcos de las puertas enterrados hasta la rodilla.

        Hoy, el 70 % de las calles del casco urbano tiene pavimento, según el catastro municipal, y el último tramo, el de la urbanización Santa Lucía, se entregó este mes. Buena parte de ese avance se hizo en los dos últimos años: la Municipalidad de Quilcas pavimentó 11 kilómetros desde 2024, más que en la década anterior.

        Queda pendiente la parte baja, donde el desagüe de Los Algarrobos sigue paralizado. Pero en la plaza, los viejos que juegan casino en la banca ya no se tapan la cara con el sombrero.""",
        m="I",
        t="obras",
        tone="+",
        note="feature story; positive weight with a pending item",
    ),
    S(
        "w078",
        "litoral",
        "2026-11-08T09:30:00-05:00",
        "Cinco playas del norte para este verano (y una que conviene evitar)",
        """Máncora, Vichayito, Colán, Pimentel y El Faro, en San Bartolomé de Quilcas, son las recomendaciones de nuestra guía de verano para quienes buscan arena limpia y mar tranquilo.

        La que conviene evitar por ahora es Puerto Chicama Nuevo, donde las descargas de una planta de harina de pescado han obligado a colocar carteles de playa no apta.""",
        tone="0",
        about=True,
        note="our beach recommended in passing in a travel list; neutral, no topic (not about the service)",
    ),
    S(
        "w079",
        "litoral",
        "2026-11-11T10:15:00-05:00",
        "Los mil soles que cuesta no tener un relleno sanitario",
        """Por cada tonelada de basura que la Municipalidad de San Bartolomé de Quilcas lleva a su botadero, el Estado pierde —según los cálculos de la OEFA— cerca de mil soles en daños ambientales que alguien, algún día, tendrá que remediar.

        El distrito produce 22 toneladas diarias. El expediente de su relleno sanitario lleva un año en el ministerio y dos multas impagas. El gerente de Servicios a la Ciudad, Hilario Sandoval, lo resume así: «Sabemos que está mal, pero no tenemos a dónde más llevarla».

        No es el único caso: 38 de los 50 distritos de la región siguen en la misma situación.""",
        m="I S",
        t="limpieza",
        tone="-",
        note="explainer; our dump as the example, context does not make it neutral",
    ),
    S(
        "w080",
        "litoral",
        "2026-11-14T08:45:00-05:00",
        "Teyo Chapoñán: «Yo no soy el cantante, aunque me piden tonderos en cada inauguración»",
        """En una entrevista con este medio, el alcalde de San Bartolomé de Quilcas, Eleuterio «Teyo» Chapoñán Sirlopú, se rió de la confusión con su tocayo, el cantante de tondero. «Me llegan invitaciones a festivales y a mí ni me sale el zapateo», dijo.

        Sobre su gestión, el alcalde repitió que su prioridad para 2027 es terminar el drenaje pluvial de la avenida Grau y el desagüe de Los Algarrobos, dos obras que arrastran retrasos. No dio fechas.""",
        m="A",
        t="obras",
        tone="0",
        note="light interview with the real Mayor; the namesake mentioned as a joke",
    ),
    S(
        "w081",
        "litoral",
        "2026-11-18T12:20:00-05:00",
        "Qué significa que el MEF congele las transferencias a los municipios que no ejecutan",
        """El Ministerio de Economía anunció que las municipalidades con menos de 40 % de ejecución de inversiones al 30 de noviembre perderán los saldos no comprometidos, que serán reasignados a otras entidades.

        En la costa norte, al menos veinte distritos están en riesgo. En la provincia de Lambaré, el caso más comentado es el de San Bartolomé de Quilcas, que a inicios de mes no llegaba al 32 %.""",
        tone="-",
        about=True,
        t="obras",
        note="our low execution in an explainer; institution not named by alias",
    ),
    S(
        "w082",
        "litoral",
        "2026-11-22T09:00:00-05:00",
        "Un ecógrafo para Cruz de Médano: el puesto de salud que aprendió a atender de noche",
        """Antes de octubre, las gestantes de Cruz de Médano viajaban a Lambaré para una ecografía. El turno de tarde del puesto de salud municipal, abierto ese mes, y la donación de un ecógrafo gestionada por la teniente alcaldesa Rosalía Llontop Chozo con una ONG española cambiarán eso desde enero.

        En noviembre el puesto superó las 1 300 atenciones. «Aquí te conocen por tu nombre», dice la obstetra Karina Vidaurre, que llegó en octubre y ya tiene 84 controles prenatales al día.""",
        m="T",
        t="salud",
        tone="+",
        note="feature; figures carry the positive tone",
    ),
    S(
        "w083",
        "litoral",
        "2026-11-26T10:30:00-05:00",
        "Quilcas publica por primera vez sus contratos en datos abiertos",
        """La Municipalidad de San Bartolomé de Quilcas publicó en su portal los 412 contratos firmados en 2026, con montos, proveedores y plazos, en un archivo descargable.

        Es la primera municipalidad distrital de la provincia en hacerlo. La regidora de oposición Maribel Ayasta celebró la medida pero pidió que se publiquen también los adicionales de obra: «Ahí es donde se pierde la plata».""",
        m="I R",
        tone="+",
        note="transparency step welcomed even by the opposition, with a caveat; no topic",
    ),
    # --- Quilcas al Día: district site without a feed --------------------------------------------------------------
    S(
        "w084",
        "qaldia",
        "2026-11-02T10:00:00-05:00",
        "Comunicado: horario de recojo de residuos por el Día de Todos los Santos",
        """La Gerencia de Servicios a la Ciudad informa que el lunes 2 de noviembre el recojo de residuos en el casco urbano se hará de 6 de la tarde a 11 de la noche, y que se reforzará la limpieza alrededor del cementerio.

        Se pide a los vecinos no sacar la basura antes de las 5 de la tarde. El martes el servicio vuelve a su horario habitual.""",
        tone="0",
        about=True,
        t="limpieza",
        note="municipal notice, nobody named ('la Gerencia de Servicios a la Ciudad' is not a person)",
    ),
    S(
        "w085",
        "qaldia",
        "2026-11-05T10:00:00-05:00",
        "Vecinos de la calle Arica pintan su propio paso peatonal «porque nadie vino»",
        """Cansados de esperar, los vecinos de la cuadra 3 de la calle Arica compraron pintura y trazaron ellos mismos un paso de cebra frente al jardín de niños.

        «Mandamos la solicitud a la municipalidad en abril. Nos dijeron que estaba en evaluación», explicó Rómulo Chozo, mientras repasaba las rayas blancas con una brocha. El trámite sigue en evaluación.""",
        tone="-",
        about=True,
        note="irony: neighbours do the municipality's job; traffic signs are none of the topics",
    ),
    S(
        "w086",
        "qaldia",
        "2026-11-09T10:00:00-05:00",
        "Se reanuda el drenaje de la avenida Grau tras cambio de contratista",
        """La obra del drenaje pluvial de la avenida Grau se reanudó el lunes con un nuevo contratista, luego de que la Municipalidad de Quilcas resolviera el contrato con la empresa anterior por incumplimiento.

        El nuevo plazo es de 150 días. Este lunes ya había 22 obreros tendiendo tubería en la cuadra 5.""",
        m="I",
        t="obras",
        tone="+",
        note="a stalled work restarts: the story is the restart",
    ),
    S(
        "w087",
        "qaldia",
        "2026-11-12T10:00:00-05:00",
        "La Municipalidad de Quilcas recuerda la prohibición de quemar maleza",
        """La Municipalidad de Quilcas recuerda a los agricultores y vecinos que está prohibido quemar maleza, rastrojos y basura dentro del área urbana y en las riberas de los drenes.

        Las infracciones se sancionarán con multas de hasta una UIT, según la ordenanza municipal de 2024.""",
        m="I",
        t="limpieza",
        tone="0",
        note="routine reminder",
    ),
    S(
        "w088",
        "qaldia",
        "2026-11-16T10:00:00-05:00",
        "Murió don Pascual Inoñán, el último constructor de caballitos de totora de la caleta",
        """La caleta San Bartolomé despidió ayer a Pascual Inoñán Cumpa, de 91 años, el último artesano que construía caballitos de totora en el distrito.

        Sus nietos prometieron seguir el oficio. El velorio se realizó en el local de la asociación de pescadores.""",
        about=False,
        note="local obituary, no municipal angle",
    ),
    S(
        "w089",
        "qaldia",
        "2026-11-19T10:00:00-05:00",
        "Gerente Farfán: la obra de Los Algarrobos se reinicia en enero",
        """El gerente municipal Augusto Farfán Quesquén informó a los dirigentes de Los Algarrobos que la liquidación del contrato del alcantarillado quedó aprobada y que el saldo de obra se licitará en diciembre, para reiniciar los trabajos en enero.

        Los dirigentes pidieron que el compromiso se ponga por escrito. «Ya nos han dado fechas antes», dijo la presidenta de la junta vecinal.""",
        m="G",
        t="obras",
        tone="0",
        note="a new date for an overdue work, with distrust; announcement, neutral",
    ),
    S(
        "w090",
        "qaldia",
        "2026-11-23T10:00:00-05:00",
        "Cámaras del serenazgo ayudan a recuperar mototaxi robada en 3 horas",
        """Una mototaxi robada a las 6 de la mañana en el paradero de la caleta fue recuperada a las 9 en un taller de Santa Rosa de Cascajal gracias a las imágenes de la central de monitoreo de la Municipalidad Distrital de San Bartolomé de Quilcas.

        Los operadores siguieron la unidad por cinco cámaras hasta la salida del distrito y pasaron la placa a la Policía. Dos personas fueron detenidas.""",
        m="I",
        t="seguridad",
        tone="+",
        note="outcome attributed to the municipal cameras",
    ),
    S(
        "w091",
        "qaldia",
        "2026-11-27T10:00:00-05:00",
        "Pago de arbitrios: descuento del 10 % por pronto pago hasta el 31 de enero",
        """Los contribuyentes que paguen por adelantado los arbitrios de todo 2027 antes del 31 de enero tendrán un descuento del 10 %, informó la oficina de rentas.

        El pago puede hacerse en ventanilla o, desde diciembre, con código QR.""",
        tone="0",
        about=True,
        t="tributos",
        note="routine fee notice, nobody named",
    ),
    # --- La Voz del Arenal: regional site, teasers in RSS ------------------------------------------------------------
    S(
        "w092",
        "vozarenal",
        "2026-11-02T15:30:00-05:00",
        "Quilcas gana premio nacional de gestión de residuos con su programa de segregación",
        """El programa «Quilcas Recicla», de la Municipalidad Distrital de San Bartolomé de Quilcas, obtuvo el segundo lugar nacional del concurso de buenas prácticas en gestión de residuos sólidos del Ministerio del Ambiente, en la categoría de distritos de menos de 50 000 habitantes.

        El programa logró que 3 100 viviendas separen sus residuos en la fuente, frente a 400 hace dos años. El premio incluye 250 000 soles para equipamiento, que el gerente Hilario Sandoval destinará a triciclos para las recicladoras.""",
        m="I S",
        t="limpieza",
        tone="+",
        note="national prize backed by figures",
    ),
    S(
        "w093",
        "vozarenal",
        "2026-11-04T16:45:00-05:00",
        "No, el alcalde de Quilcas no ha renunciado: desmienten audio falso",
        """Un audio que circula desde el martes en grupos de WhatsApp, en el que supuestamente el alcalde Eleuterio Chapoñán anuncia su renuncia por «presiones del concejo», es falso, informó la oficina de imagen institucional de la municipalidad.

        El propio alcalde apareció ayer en la plaza inaugurando la feria artesanal. «Aquí sigo, y me quedo hasta el último día», dijo. El análisis de la voz hecho por un periodista local mostró que el audio fue armado con fragmentos de una entrevista radial de 2024.""",
        m="A",
        tone="0",
        note="a hoax denied; nothing bad or good about the administration itself",
    ),
    S(
        "w094",
        "vozarenal",
        "2026-11-06T14:20:00-05:00",
        "Mototaxistas de Quilcas denuncian cobros irregulares de serenos por estacionar",
        """La asociación de mototaxistas Virgen de la Puerta denunció que serenos de San Bartolomé de Quilcas cobran entre 2 y 5 soles a los conductores para dejarlos estacionar en los paraderos de la plaza, que deberían ser gratuitos.

        La asociación entregó dos videos a la fiscalía. «Si no pagas, te ponen la papeleta», dijo su presidente, Reynaldo Sirlopú. La teniente alcaldesa Rosalía Llontop dijo que los serenos involucrados fueron suspendidos mientras dure la investigación.""",
        m="T",
        t="seguridad",
        tone="-",
        note="an accusation against municipal staff; the suspension does not turn it",
    ),
    S(
        "w095",
        "vozarenal",
        "2026-11-09T17:00:00-05:00",
        "El Niño costero: Quilcas tiene listas 12 000 bolsas de arena y tres motobombas",
        """La Municipalidad de Quilcas terminó de llenar 12 000 sacos terreros, que almacena en el coliseo municipal, y recibió tres motobombas de 6 pulgadas para evacuar agua de las zonas bajas en caso de lluvias intensas.

        El gerente municipal Augusto Farfán dijo que el distrito tiene mapeados 14 puntos críticos, la mayoría en los asentamientos junto al dren 4000.""",
        m="I G",
        tone="+",
        note="preparedness with figures; civil defence stock is none of the five topics",
    ),
    S(
        "w096",
        "vozarenal",
        "2026-11-11T15:10:00-05:00",
        "Obra de losa deportiva en Pampa Grande lleva dos años paralizada",
        """La losa deportiva del centro poblado Pampa Grande, en San Bartolomé de Quilcas, tiene las columnas de los arcos oxidadas y el piso a medio vaciar. La obra se paralizó en octubre de 2024, cuando el contratista abandonó el lugar con el 60 % de avance.

        Según Infobras, la Municipalidad de Quilcas pagó 410 000 de los 520 000 soles del contrato. Los jóvenes del centro poblado juegan al lado, sobre la tierra.""",
        m="I",
        t="obras",
        tone="-",
        note="an abandoned work told through Infobras figures",
    ),
    S(
        "w097",
        "vozarenal",
        "2026-11-13T16:30:00-05:00",
        "Alcalde de Lambaré anuncia serenazgo provincial sin coordinar con distritos",
        """El alcalde provincial de Lambaré, Octavio Bances Reque, anunció la creación de un serenazgo provincial con 120 efectivos que patrullarán también los distritos.

        Los alcaldes de Santa Rosa de Cascajal y San Bartolomé de Quilcas dijeron no haber sido consultados. «Que nos avise al menos cuándo va a entrar», comentó el alcalde quilqueño, Eleuterio Chapoñán Sirlopú.""",
        m="A",
        t="seguridad",
        tone="0",
        note="provincial initiative; our Mayor comments on another government: neutral",
    ),
    S(
        "w098",
        "vozarenal",
        "2026-11-16T14:55:00-05:00",
        "Regidora Ayasta pide vacancia del alcalde de Quilcas; el JNE la declara improcedente",
        """El Jurado Nacional de Elecciones declaró improcedente el pedido de vacancia presentado por la regidora Maribel Ayasta Purizaca contra el alcalde de Quilcas, Eleuterio Chapoñán Sirlopú, por presunto nepotismo.

        El JNE consideró que no se acreditó el parentesco entre el alcalde y el proveedor señalado. Ayasta anunció que acudirá al Tribunal Constitucional.""",
        m="R A",
        tone="+",
        note="the Mayor cleared by the electoral authority; headline and weight favour him",
    ),
    S(
        "w099",
        "vozarenal",
        "2026-11-18T16:15:00-05:00",
        "Comerciantes de la feria de la caleta: «Nos cobran sisa y nadie limpia»",
        """Los 70 comerciantes de la feria dominical de la caleta pagan 2 soles de sisa cada domingo a los cobradores municipales. A cambio, dicen, deberían tener limpieza y baños. Ni una cosa ni la otra.

        «A las tres de la tarde esto es un muladar y nosotros mismos barremos», dijo Eulogia Cumpa, que vende chifles y cancha. La Municipalidad de Quilcas no respondió.""",
        m="I",
        t="tributos limpieza",
        tone="-",
        note="two topics: the fee and the cleaning it should pay for",
    ),
    S(
        "w100",
        "vozarenal",
        "2026-11-20T15:40:00-05:00",
        "Santa Rosa de Cascajal inaugura su planta de tratamiento de aguas residuales",
        """El distrito de Santa Rosa de Cascajal puso en marcha su planta de tratamiento de aguas residuales, que depurará el desagüe de 9 000 habitantes antes de verterlo al dren.

        El alcalde Nicanor Chapoñán dijo que la planta dejará de contaminar las playas vecinas. La obra costó 12 millones, financiados por el Ministerio de Vivienda.""",
        about=False,
        note="namesake Mayor; neighbour district's works",
    ),
    S(
        "w101",
        "vozarenal",
        "2026-11-23T17:20:00-05:00",
        "Quilcas: la oficina de rentas atenderá hasta las 8 de la noche en diciembre",
        """Durante diciembre, la oficina de rentas de San Bartolomé de Quilcas ampliará su horario hasta las 8 de la noche de lunes a viernes, para atender a quienes deseen acogerse a la amnistía tributaria.

        La medida fue dispuesta por resolución de gerencia municipal.""",
        tone="0",
        about=True,
        t="tributos",
        note="routine, nobody named",
    ),
    S(
        "w102",
        "vozarenal",
        "2026-11-25T14:35:00-05:00",
        "Contraloría advierte riesgo en expediente del malecón de Quilcas",
        """Un informe de control previo de la Contraloría advirtió que el expediente técnico del malecón de la caleta, que la Municipalidad de Quilcas licita por 6,8 millones, no incluye un estudio de oleaje, lo que podría obligar a costosos adicionales.

        El alcalde Teyo Chapoñán dijo que el estudio «se hará durante la ejecución», lo que los ingenieros consultados consideraron una mala práctica.""",
        m="I A",
        t="obras",
        tone="-",
        note="audit warning plus a weak answer",
    ),
    S(
        "w103",
        "vozarenal",
        "2026-11-27T15:00:00-05:00",
        "Gerente Sandoval presenta la ruta del nuevo camión compactador",
        """El gerente de Servicios a la Ciudad, Hilario Sandoval Effio, presentó ante la junta de delegados vecinales la ruta que cubrirá la tercera compactadora a partir del 7 de diciembre: La Arenilla, Cruz de Médano, Las Dunas y Los Algarrobos, los lunes, miércoles y viernes.

        Los delegados pidieron que los horarios se publiquen en los paraderos de mototaxis.""",
        m="S",
        t="limpieza",
        tone="0",
        note="a route announced",
    ),
    # --- Revista El Malecón: weekly of opinion columns, full text in the description --------------------------------
    S(
        "w104",
        "malecon",
        "2026-11-05T08:00:00-05:00",
        "Columna: El arte de inaugurar zanjas",
        """En San Bartolomé de Quilcas hemos descubierto una nueva forma de obra pública: la zanja permanente. Se abre con bombos y platillos, se le pone cartel, se le toma foto y después se deja madurar, como el buen vino, once meses o más.

        La avenida Grau es la obra maestra del género. El alcalde Chapoñán, hombre de palabra, prometió el drenaje para diciembre de 2025; solo olvidó decir de qué siglo.

        Mientras tanto, los vecinos rezan para que el Niño costero sea tan puntual como el contratista: es decir, que no llegue nunca.""",
        m="A",
        t="obras",
        tone="-",
        note="sarcastic column; ironic praise ('hombre de palabra') is negative",
    ),
    S(
        "w105",
        "malecon",
        "2026-11-12T08:00:00-05:00",
        "Columna: Lo que Lima no entiende del arenal",
        """Cada vez que en Lima se habla de «brechas», pienso en los escolares de Cruz de Médano que hasta hace unos días cruzaban el dren caminando sobre un tubo. La brecha, ahí, medía 18 metros y un resbalón.

        El puente que acaba de entregar la Municipalidad de Quilcas no resuelve la pobreza del sector, pero resuelve el tubo. Y a veces gobernar es eso: quitar el tubo.

        Ojalá los ministerios copiaran la lección.""",
        m="I",
        t="obras",
        tone="+",
        note="opinion column praising a small work",
    ),
    S(
        "w106",
        "malecon",
        "2026-11-19T08:00:00-05:00",
        "Carta del lector: el parque de mi barrio",
        """Señor director: Vivo hace 30 años frente al parque de la urbanización Santa Lucía. Desde que pavimentaron la calle, el parque luce mejor que nunca; los jardineros municipales pasan dos veces por semana y ya hay bancas nuevas.

        Solo les pido que alguien haga algo con los perros sueltos, que de noche no dejan dormir. Atentamente, Clodomiro Vidaurre, DNI 16...""",
        tone="+",
        about=True,
        note="reader's letter: mostly praise for municipal upkeep, nobody named; parks are none of the topics",
    ),
    S(
        "w107",
        "malecon",
        "2026-11-26T08:00:00-05:00",
        "Columna: Cascajal y Quilcas, dos Chapoñán y un mismo dren",
        """El dren 4000 tiene la particularidad de separar a dos distritos gobernados por dos alcaldes apellidados Chapoñán. Nicanor Chapoñán, en Cascajal, hoy investigado por el combustible de sus máquinas; Eleuterio Chapoñán, en Quilcas, que firmó con él un convenio para limpiar el dren a medias.

        Que el convenio funcione dependerá menos de los apellidos que de las excavadoras. Esperemos a diciembre para ver quién pone la suya.""",
        m="A",
        t="obras",
        tone="0",
        note="both namesakes; our Mayor as a party to an agreement not yet executed; wait-and-see neutral",
    ),
    S(
        "w108",
        "malecon",
        "2026-11-29T08:00:00-05:00",
        "Carta del lector: la pesca ya no es lo que era",
        """Señor director: Mi padre sacaba cachema, suco y lenguado frente a la caleta con un caballito de totora. Hoy mis hijos salen en bolichera hasta 30 millas y vuelven con la mitad.

        Las autoridades de pesca deberían mirar a los barcos grandes que entran a las cinco millas. Atentamente, Genaro Inoñán, pescador.""",
        about=False,
        note="reader's letter about fishing policy; not municipal",
    ),
    # --- Diario La Costa de Lambaré (second half of the month) -----------------------------------------------------
    S(
        "w109",
        "costa",
        "2026-11-16T07:20:00-05:00",
        "Ningún robo en la feria del aniversario, por primera vez en años",
        """La feria por el 151 aniversario de San Bartolomé de Quilcas cerró el domingo sin una sola denuncia de robo, según la comisaría del distrito. En 2024 y 2025 se habían registrado 14 y 9, respectivamente.

        El serenazgo desplegó 60 efectivos durante los cuatro días, con arco detector en la entrada del campo ferial y una torre de vigilancia con cámara. «No perdí ni la billetera ni la paciencia», bromeó un visitante de Chiclayo.

        La teniente alcaldesa Rosalía Llontop Chozo agradeció a la Policía y a las juntas vecinales.""",
        m="T",
        t="seguridad",
        tone="+",
        note="good news told as an absence (zero robberies)",
    ),
    S(
        "w110",
        "costa",
        "2026-11-17T06:45:00-05:00",
        "El alcalde de Quilcas acusa a la Diresa de dejar sin vacunas antirrábicas al distrito",
        """El alcalde de Quilcas, Eleuterio Chapoñán Sirlopú, acusó a la Dirección Regional de Salud de no enviar al distrito las 4 000 dosis de vacuna antirrábica canina comprometidas para la campaña de noviembre, en momentos en que se han reportado dos perros con rabia en Santa Rosa de Cascajal.

        «Nosotros ponemos el personal, los toldos y la movilidad; la Diresa solo tiene que mandar las vacunas, y no las manda», declaró. La Diresa atribuyó la demora a un problema de distribución nacional.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor blaming the regional health directorate: neutral; topic salud",
    ),
    S(
        "w111",
        "costa",
        "2026-11-18T07:00:00-05:00",
        "Quilcas no pagó a tiempo la luz de la central del serenazgo; cámaras apagadas 9 horas",
        """La central de monitoreo del serenazgo de San Bartolomé de Quilcas estuvo apagada entre las 6 de la tarde del lunes y las 3 de la mañana del martes, después de que la distribuidora eléctrica cortara el servicio por una deuda de dos meses de la municipalidad.

        La Municipalidad de Quilcas pagó los 4 800 soles adeudados el martes temprano. Durante el apagón se registraron dos robos en la avenida Grau, en una cuadra vigilada por cámaras que no grababan.""",
        m="I",
        t="seguridad",
        tone="-",
        note="a failure with consequences, told plainly",
    ),
    S(
        "w112",
        "costa",
        "2026-11-19T18:10:00-05:00",
        "Cómo se reparte el presupuesto 2027 de Quilcas",
        """El proyecto de presupuesto 2027 de la Municipalidad Distrital de San Bartolomé de Quilcas, que el concejo discutirá el 10 de diciembre, asciende a 31,5 millones de soles, 4 % más que este año.

        De ese total, 12,8 millones irán a inversiones, 6,1 millones a limpieza pública y serenazgo, y el resto a gastos corrientes. La principal fuente siguen siendo las transferencias del Foncomun y del canon, que representan el 72 %.""",
        m="I",
        tone="0",
        note="budget explainer; neutral; no single topic",
    ),
    S(
        "w113",
        "costa",
        "2026-11-20T07:40:00-05:00",
        "Tras la denuncia, el municipio devolvió la sisa de octubre a los comerciantes del mercado",
        """El municipio quilqueño devolvió a los 230 comerciantes del mercado de abastos la sisa cobrada en octubre y se comprometió a reparar el techo antes de Navidad, con lo que la asociación levantó su protesta.

        La obra de reparación, de 180 000 soles, empezó el miércoles. «Esta vez sí vemos a los obreros», reconoció la dirigente Teófila Sirlopú.""",
        m="I",
        t="tributos",
        tone="+",
        note="a conflict resolved in the traders' favour by the municipality",
    ),
    S(
        "w114",
        "costa",
        "2026-11-21T07:15:00-05:00",
        "Chiclayo: capturan a banda de extorsionadores de transportistas",
        """La Policía capturó en Chiclayo a ocho integrantes de una banda que cobraba cupos a transportistas de la ruta Chiclayo-Lambaré.

        Entre los extorsionados había conductores de colectivos que paran en Quilcas y en Santa Rosa de Cascajal.""",
        about=False,
        note="crime in another city; the district only as a place",
    ),
    S(
        "w115",
        "costa",
        "2026-11-22T08:20:00-05:00",
        "Gerente de Servicios a la Ciudad sale al frente: «La playa no se ensucia sola»",
        """El gerente Hilario Sandoval respondió a las críticas por la basura en la playa La Bocana después del feriado: la cuadrilla municipal recogió el lunes 3,6 toneladas de residuos, el doble que en un fin de semana normal.

        «Ponemos contenedores cada cien metros y los bañistas dejan la basura al lado. La playa no se ensucia sola», dijo. Los vecinos reconocen que la limpieza fue rápida, pero piden más contenedores y vigilancia en los accesos.""",
        m="S",
        t="limpieza",
        tone="0",
        note="mixed: quick clean-up, criticism, blame on visitors; the press officer would take it as neutral",
    ),
    S(
        "w116",
        "costa",
        "2026-11-23T07:05:00-05:00",
        "Once trabajadores de limpieza de Quilcas, sin seguro ni EPP",
        """Once barredores contratados por la Municipalidad de Quilcas trabajan sin seguro complementario de trabajo de riesgo ni equipos de protección, según un acta de la Sunafil tras una inspección de oficio.

        La autoridad dio a la municipalidad diez días hábiles para regularizar la situación; de lo contrario, la multa podría superar los 50 000 soles. Los barredores recogen la basura a mano, sin guantes, desde las cinco de la mañana.""",
        m="I",
        t="limpieza",
        tone="-",
        note="labour inspection finding",
    ),
    S(
        "w117",
        "costa",
        "2026-11-24T07:30:00-05:00",
        "Alcalde Chapoñán viaja a Lima para gestionar el relleno sanitario",
        """El alcalde Eleuterio Chapoñán Sirlopú viajó a Lima para reunirse el miércoles con funcionarios del Ministerio del Ambiente y del Ministerio de Economía, con el fin de destrabar el expediente del relleno sanitario de Quilcas.

        Durante su ausencia, la teniente alcaldesa Rosalía Llontop Chozo asume el despacho de alcaldía.""",
        m="A T",
        t="limpieza",
        tone="0",
        note="routine trip notice; the topic is what he goes for",
    ),
    S(
        "w118",
        "costa",
        "2026-11-25T18:45:00-05:00",
        "Quilcas consigue financiamiento para su relleno sanitario: 14 millones del MEF",
        """El Ministerio de Economía aprobó el financiamiento de 14 millones de soles para el relleno sanitario de San Bartolomé de Quilcas, cuyo expediente estuvo un año en observación. La noticia la confirmó el alcalde Teyo Chapoñán al regresar de Lima.

        La obra se construirá en la pampa de Ciénaga Alta, a siete kilómetros de la última vivienda, y permitirá cerrar el botadero que la OEFA ya multó dos veces. La Municipalidad de Quilcas espera convocar la licitación en marzo.""",
        m="A I",
        t="limpieza",
        tone="+",
        note="funding secured after a long wait",
    ),
    S(
        "w119",
        "costa",
        "2026-11-26T07:10:00-05:00",
        "Regidora Ayasta: «El relleno es una buena noticia, pero no lo hizo el alcalde»",
        """La regidora Maribel Ayasta Purizaca reconoció que el financiamiento del relleno sanitario es «una buena noticia para el distrito», pero sostuvo que el mérito es de los técnicos que levantaron las observaciones y no del alcalde.

        «Él se toma la foto; los ingenieros hicieron el trabajo», dijo. Añadió que vigilará la licitación «contrato por contrato».""",
        m="R",
        t="limpieza",
        tone="0",
        note="mixed: good news acknowledged by the opposition with a jab; neutral",
    ),
    S(
        "w120",
        "costa",
        "2026-11-27T07:35:00-05:00",
        "Agricultores del valle denuncian robo de agua en el canal Taymi",
        """La junta de usuarios del sector Taymi denunció que agricultores de la parte alta abren compuertas de noche y dejan sin agua a los de la parte baja.

        El conflicto se arrastra desde hace tres campañas. La Autoridad Nacional del Agua anunció una inspección.""",
        about=False,
        note="irrigation conflict, national authority; 'robo' is not our security",
    ),
    S(
        "w121",
        "costa",
        "2026-11-28T08:00:00-05:00",
        "Cruz de Médano, sin posta médica de noche: el turno de tarde no llega a cubrir las emergencias",
        """El turno de tarde del puesto de salud municipal de Cruz de Médano cierra a las 8 de la noche. Después, quien se enferma tiene que ir a Lambaré, a 40 minutos en mototaxi.

        El jueves, un niño con convulsiones fue llevado en una moto de carga porque la ambulancia municipal estaba sin combustible, denunció su padre, Teodoro Chapoñán, vecino del sector y sin parentesco con el alcalde. La municipalidad dijo que el vale de combustible se había agotado y que ya se repuso.""",
        tone="-",
        about=True,
        t="salud",
        note="trap: a neighbour surnamed Chapoñán (not the Mayor); ambulance without fuel; nobody of ours named",
    ),
    S(
        "w122",
        "costa",
        "2026-11-29T07:50:00-05:00",
        "El concejo de Quilcas aprueba por unanimidad reducir la multa por no segregar basura",
        """El concejo municipal de San Bartolomé de Quilcas aprobó por unanimidad reducir de 5 % a 2 % de la UIT la multa por no separar los residuos en casa, a propuesta de la regidora Maribel Ayasta.

        La teniente alcaldesa Rosalía Llontop explicó que la multa anterior «era tan alta que nadie la aplicaba». Con el cambio, la fiscalización empezará en febrero.""",
        m="R T",
        t="limpieza",
        tone="0",
        note="routine council decision, consensus",
    ),
    # --- Diario El Norteño and Radio Quilcas, end of the month ------------------------------------------------------
    S(
        "w123",
        "norteno",
        "2026-11-24T09:15:00-05:00",
        "Quilcas recupera 200 metros de playa invadidos por ranchos de veraneo",
        """La Municipalidad Distrital de San Bartolomé de Quilcas, con apoyo de la Policía y de la Capitanía de Puerto, desalojó 17 ranchos de esteras y palos levantados sobre la franja de playa de La Bocana, una zona de uso público.

        Los ocupantes habían sido notificados en agosto. El terreno será destinado a un área de estacionamiento y contenedores para la temporada de verano.""",
        m="I",
        tone="+",
        note="enforcement with results; no topic among the five",
    ),
    S(
        "w124",
        "norteno",
        "2026-11-26T08:35:00-05:00",
        "Fiscalía archiva denuncia contra gerente Farfán por contrato de limpieza",
        """La Fiscalía Anticorrupción de Lambaré archivó la investigación preliminar contra el gerente municipal de Quilcas, Augusto Farfán Quesquén, por la adjudicación del servicio de limpieza del mercado a una empresa vinculada a su cuñado.

        La fiscal concluyó que Farfán no integró el comité de selección ni firmó documentos del proceso. Los comerciantes denunciantes anunciaron que apelarán.""",
        m="G",
        t="limpieza",
        tone="+",
        note="a case closed in the official's favour",
    ),
    S(
        "w125",
        "norteno",
        "2026-11-28T09:50:00-05:00",
        "Puerto Chicama Nuevo declara emergencia sanitaria por harina de pescado",
        """La municipalidad de Puerto Chicama Nuevo declaró la emergencia sanitaria en su litoral por las descargas de dos plantas de harina de pescado, que tiñeron de marrón el agua de la bahía.

        El alcalde pidió la intervención de la OEFA y del Ministerio de la Producción.""",
        about=False,
        note="another district's environmental emergency",
    ),
    S(
        "w126",
        "rquil",
        "2026-11-25",
        "El que avisa no es traidor: el camión de la basura ya no espera",
        """Vecinos, el nuevo horario del camión se cumple al minuto. Nos han llegado quejas de la calle Tumbes: el camión pasó a las 7 y 10 y se fue a las 7 y 12, y quien salió con su bolsa a las 7 y 15 se quedó con ella.

        Desde la gerencia nos dicen que el horario se publicó hace un mes y que no se puede esperar casa por casa. Así que ya sabe: a las 7, bolsa en la puerta.""",
        tone="0",
        about=True,
        t="limpieza",
        note="ironic radio reminder; complaints about punctuality are not a failure of the service",
    ),
    S(
        "w127",
        "rquil",
        "2026-11-27",
        "Sin anemia en 6 de cada 10 niños atendidos: el programa municipal muestra resultados",
        """Buenas noticias, Quilcas. El programa de visitas domiciliarias contra la anemia que maneja la municipalidad con el centro de salud revisó de nuevo a 420 niños menores de tres años. En marzo, 58 de cada cien tenían anemia; ahora son 39.

        La teniente alcaldesa Rosalía Llontop nos dijo que la meta es bajar a 30 antes de julio. —Todavía es alto, no vamos a cantar victoria —dijo.""",
        m="T",
        t="salud",
        tone="+",
        note="a falling rate, with a cautious quote",
    ),
    S(
        "w128",
        "rquil",
        "2026-11-30",
        "Oyente pregunta: ¿y el serenazgo en Pampa Grande?",
        """—Buenas, le habla Crisanto Effio, de Pampa Grande. Yo quiero saber por qué acá arriba no hay ni un sereno. Los jóvenes toman en la losa abandonada y de noche roban los motores de riego.

        —Don Crisanto, le trasladamos la pregunta a la gerencia. ¿Desde cuándo pasa?

        —Desde siempre, joven. Aquí la municipalidad solo sube en campaña.""",
        tone="-",
        about=True,
        t="seguridad",
        note="a neighbour's complaint on air; 'Effio' is a neighbour, not the gerente; nobody of ours named",
    ),
    S(
        "w129",
        "ltv",
        "2026-11-28T04:40:00Z",
        "Quilcas: obreros de construcción civil paralizan el drenaje por pagos atrasados",
        """Conductor: La obra del drenaje de la avenida Grau, en Quilcas, que se había reanudado hace apenas tres semanas, volvió a detenerse hoy.

        Reportero: Los 22 obreros del nuevo contratista se declararon en huelga porque no reciben su jornal desde hace dos quincenas. El contratista asegura que la Municipalidad de Quilcas no le ha pagado la primera valorización. La municipalidad dice que la valorización tiene observaciones.""",
        m="I",
        t="obras",
        tone="-",
        note="a restarted work stops again; both sides blame each other",
    ),
    S(
        "w130",
        "ltv",
        "2026-11-30T04:05:00Z",
        "Vecinos celebran con parrillada la nueva pista de Santa Lucía",
        """Conductor: Con una parrillada en plena calle, los vecinos de la urbanización Santa Lucía, en Quilcas, celebraron el primer mes de su nueva pista.

        Reportera: Invitaron al gerente municipal Augusto Farfán, que llegó con casco de obra. «Doce años esperamos, una parrillada era lo mínimo», dijo la presidenta de la junta vecinal.""",
        m="G",
        t="obras",
        tone="+",
        note="neighbours celebrating a municipal work",
    ),
    S(
        "w131",
        "apn",
        "2026-11-27T13:20:00-05:00",
        "Piura: distrito de Quilcas en Huancabamba recibe ayuda humanitaria",
        """HUANCABAMBA (APNR). Indeci entregó 3 toneladas de alimentos y abrigo a las familias del caserío Quilcas, en Huancabamba, que permanecieron aisladas tres semanas por un derrumbe.

        La trocha fue rehabilitada el martes por la municipalidad provincial.""",
        about=False,
        note="trap: the highland hamlet of the same name",
    ),
    S(
        "w132",
        "apn",
        "2026-11-29T10:30:00-05:00",
        "Lambaré: municipio distrital adjudica malecón de la caleta por 6,5 millones",
        """LAMBARÉ (APNR). La Municipalidad Distrital de San Bartolomé de Quilcas adjudicó la construcción de la primera etapa del malecón de la caleta al Consorcio Litoral Norte por 6,5 millones de soles.

        Se presentaron cuatro postores. El plazo de ejecución es de 210 días.""",
        m="I",
        t="obras",
        tone="0",
        note="agency brief of an award; routine",
    ),
    S(
        "w133",
        "litoral",
        "2026-11-29T09:40:00-05:00",
        "Quilcas, el distrito que no cobra a sus recicladoras: una historia de formalización",
        """Hasta hace dos años, las recicladoras de San Bartolomé de Quilcas escarbaban el botadero sin guantes y vendían el cartón a un intermediario que les pagaba 20 céntimos el kilo. Hoy, 18 de ellas trabajan en el centro de acopio municipal, con uniformes, balanza propia y un precio de 45 céntimos.

        El programa, impulsado por el gerente de Servicios a la Ciudad, Hilario Sandoval Effio, no les cobra por el uso del local. «Ahora mi hija me ve trabajar y no se avergüenza», dice Rosa Cumpa, de 52 años.""",
        m="S",
        t="limpieza",
        tone="+",
        note="feature told through prices and a quote",
    ),
    S(
        "w134",
        "qaldia",
        "2026-11-30T10:00:00-05:00",
        "Cronograma de vacunación antirrábica en Quilcas (si llegan las vacunas)",
        """La campaña de vacunación antirrábica canina en Quilcas está programada para el 6 y 7 de diciembre en las plazas de cada sector, siempre que la Diresa entregue las dosis comprometidas.

        La Municipalidad de Quilcas pondrá los toldos y el personal de apoyo. Se recomienda llevar a los perros con bozal y correa.""",
        m="I",
        t="salud",
        tone="0",
        note="schedule; the condition in the title is about another government",
    ),
    S(
        "w135",
        "vozarenal",
        "2026-11-30T16:10:00-05:00",
        "Quilcas vuelve a quedar último en la provincia en ejecución de obras",
        """Con el 44 % de su presupuesto de inversiones devengado al 29 de noviembre, San Bartolomé de Quilcas quedó último entre los once distritos de Lambaré en ejecución de obras, según la consulta amigable del MEF.

        La Municipalidad de Quilcas subió 13 puntos en noviembre, pero el promedio provincial llegó a 71 %. El gerente municipal Augusto Farfán aseguró que el distrito cerrará el año «por encima del 60 %».""",
        m="I G",
        t="obras",
        tone="-",
        note="a ranking: last place despite a rise in the month",
    ),
    # --- Syndicated copies: Norte Hoy (aggregator, full text) and two other outlets ---------------------------------
    C(
        "w136",
        "w012",
        "nortehoy",
        "2026-11-08T08:30:00-05:00",
        "Quilcas: vecinos ocupan la municipalidad por desagüe colapsado",
        extra="Con información de Diario La Costa de Lambaré.",
    ),
    C(
        "w137",
        "w071",
        "nortehoy",
        "2026-11-06T15:00:00-05:00",
        "Contraloría lista a Quilcas y Cascajal entre municipios que no rindieron fondos del Niño",
        lead="""La Contraloría General informó que 84 municipalidades de Tumbes, Piura, Lambayeque y Lambaré, entre ellas las de la provincia de Lambaré, no rindieron cuentas de las transferencias recibidas en 2025 para la prevención ante el Fenómeno El Niño costero.""",
    ),
    C(
        "w138",
        "w010",
        "nortehoy",
        "2026-11-07T07:15:00-05:00",
        "Informe de control observa compra de cámaras en Quilcas",
    ),
    C(
        "w139",
        "w018",
        "nortehoy",
        "2026-11-11T09:00:00-05:00",
        "Denuncian a gerente municipal de Quilcas por contrato con empresa familiar",
        extra="Fuente: Diario La Costa de Lambaré.",
    ),
    C(
        "w140",
        "w102",
        "nortehoy",
        "2026-11-25T19:30:00-05:00",
        "Malecón de Quilcas: Contraloría alerta por falta de estudio de oleaje",
    ),
    C(
        "w141",
        "w014",
        "nortehoy",
        "2026-11-09T06:40:00-05:00",
        "La playa El Faro, de basural a playa saludable",
        lead="""La playa El Faro, en San Bartolomé de Quilcas, obtuvo por primera vez la calificación de «playa saludable» y limpia de la autoridad sanitaria ambiental, tras tres evaluaciones sin residuos visibles en la arena.""",
    ),
    C(
        "w142",
        "w034",
        "nortehoy",
        "2026-11-13T14:20:00-05:00",
        "Central de 40 cámaras ya vigila Quilcas: tres detenidos en la primera semana",
    ),
    C(
        "w143",
        "w092",
        "litoral",
        "2026-11-03T10:00:00-05:00",
        "«Quilcas Recicla», segundo lugar nacional en gestión de residuos",
    ),
    C(
        "w144",
        "w118",
        "nortehoy",
        "2026-11-26T08:05:00-05:00",
        "MEF aprueba 14 millones para el relleno sanitario de Quilcas",
        extra="Nota publicada originalmente por Diario La Costa de Lambaré.",
    ),
    C(
        "w145",
        "w059",
        "nortehoy",
        "2026-11-05T07:10:00-05:00",
        "Escolares de Cruz de Médano estrenan puente sobre el dren",
    ),
    C(
        "w146",
        "w011",
        "apn",
        "2026-11-07T12:00:00-05:00",
        "Lambaré: distrito de Quilcas licita malecón de la caleta por 6,8 millones",
    ),
    C(
        "w147",
        "w013",
        "nortehoy",
        "2026-11-08T11:45:00-05:00",
        "Chapoñán contra el MEF: «Nos quitan la plata de la prevención»",
    ),
    C(
        "w148",
        "w063",
        "nortehoy",
        "2026-11-13T09:30:00-05:00",
        "Concejo quilqueño aprueba 2 millones para drenes y motobombas",
    ),
    C(
        "w149",
        "w110",
        "nortehoy",
        "2026-11-17T12:10:00-05:00",
        "Sin vacunas antirrábicas: alcalde de Quilcas responsabiliza a la Diresa",
        extra="Con información de Diario La Costa de Lambaré.",
    ),
    C(
        "w150",
        "w069",
        "nortehoy",
        "2026-11-26T07:30:00-05:00",
        "Investigan al alcalde de Santa Rosa de Cascajal por compra de petróleo",
    ),
]
