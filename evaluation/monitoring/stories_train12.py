# ruff: noqa: E501
"""Training part train12, writer 15: a labelled corpus about a mining district of the central highlands.

Written by hand by writer 15, for this purpose only, WITHOUT looking at the pipeline's code (heraldo/**), at its
baselines, tone or topic dumps (tone_cases/, topics_cases/, *_cases.py, tone_train.py, topics_cv.py), at any other
part's stories or directory (beyond the header, SETUP, OUTLETS, FURNITURE, SOURCES and first stories of
stories_heldout6.py, for the format), at the tests or at the rest of the docs (only the corpus description and the
labelling rules of docs/monitoring-evaluation.md), and without running the pipeline on these stories. Labels follow
the labelling rules of docs/monitoring-evaluation.md, were fixed by the writer as a reader and must not be changed
because of what the pipeline answers. Every name, outlet and place is invented.

The part brings its own watch list (SETUP), outlets, person codes and template furniture: the Municipalidad
Distrital de Ayrampuquio (MDAY), a district of the central highlands in the province of Huarmicocha, at 4 100
metres, next door to the open pit of the Compañía Minera Atoqhuasi S.A.A. Mining canon and royalties, lead in the
children's blood, frost, the railway station, the trout farms of the Puyhuancocha lake, informal miners of the cerro
Huaripuquio and the trucks of the carretera Interandina fill its news. Its Mayor is a man without a nickname, often
called "el ingeniero Quispealaya" or "el alcalde Quispealaya".

Codes: m = who is named (A alcalde Abdías Quispealaya Torpoco, G gerenta municipal Rocío Valdivieso Chuquillanqui,
T teniente alcaldesa Marleny Huatuco Solís, R regidor (opposition) Froilán Alanya Baltazar, E gerente de Gestión
Ambiental Edgar Sedano Chamorro, I the Municipalidad Distrital de Ayrampuquio); t = topics (limpieza seguridad
obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the municipality (defaults
to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own headline, sometimes its own
lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "el alcalde de Ayrampuquio", "el alcalde ayrampuquiano", "el burgomaestre de Ayrampuquio", "el alcalde
  Quispealaya", "el ingeniero Quispealaya" name the Mayor (a title plus the place or the surname). A bare "el
  alcalde", "el burgomaestre", "la primera autoridad edil", "el municipio", "la comuna", "la gestión edil" do not.
  "Quispealaya" alone after the Mayor was named is part of the same mention.
- "Municipalidad (Distrital) de Ayrampuquio", "municipio ayrampuquiano", "comuna ayrampuquiana", "municipalidad
  ayrampuquiana", "municipio/comuna de Ayrampuquio", "la MDAY" name the institution. "Vecinos de Ayrampuquio",
  "el serenazgo de Ayrampuquio", "el distrito", "la gerencia municipal", "el concejo" do not. A person named with a
  title plus the place ("la gerenta municipal de Ayrampuquio") is that person, not the institution.
- A person is named by full name, given name and first surname, both surnames, title plus surname ("la gerenta
  Valdivieso", "el regidor Alanya", "la teniente alcaldesa Huatuco", "el gerente Sedano") or a listed alias.
- Traps: Rómulo Quispealaya Huamán, Mayor of the neighbouring district Uchcumarca ("el alcalde Quispealaya" there,
  a cousin with no part in our administration); Froilán Alanya Ccente, secretary general of the miners' union of
  Atoqhuasi ("el dirigente Alanya"); the long-distance runner Rocío Valdivieso of Atlético Huarmicocha; the cheese
  maker Marleny Huatuco Ccanto of Uchcumarca; the provincial Mayor Teodosio Lliuya Canchari and the Mayoress of
  Pallcamayo, Hilda Cuyubamba, called "el/la burgomaestre"; a caserío also called Ayrampuquio in Huancavelica;
  the Club Deportivo Ayrampuquio; the comunidad campesina San Juan de Ayrampuquio (not the municipality); the
  mining company's Unidad Minera Atoqhuasi, its social programme «Atoqhuasi Contigo», its own health campaigns,
  waste and road works.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the mining company, the regional or the national government is neutral toward us unless the
  story is about our own failure. A mixed story takes the tone a press officer would take away (headline and
  weight of the text). An accusation the official denies is still a story about an accusation (negative). The
  municipality fixing a problem it had is positive. Stories not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention. The lead screening of children, anaemia, pneumonia and vaccination campaigns are salud; a road,
  a bridge or a health post the Mayor asks others to fix takes that topic (obras, salud). Canon-funded works and
  their budget execution are obras. Frost kits and clothing, the trout fair, the railway, traffic and truck
  accidents, water cuts, culture and sport are none of the five. Predial, arbitrios, the market fee and the
  enforced collection of debts are tributos municipales; the mining canon and royalties are transfers, not
  tributos municipales.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcalde",
    "R": "regidor_alanya",
    "E": "gerente_ambiente",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de Ayrampuquio",
        "short_name": "MDAY",
        "level": "DISTRITAL",
        "province": "Huarmicocha",
        "aliases": [
            "municipio ayrampuquiano",
            "comuna ayrampuquiana",
            "Municipalidad de Ayrampuquio",
            "municipio de Ayrampuquio",
        ],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Abdías",
            "surnames": "Quispealaya Torpoco",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "aliases": [
                "alcalde Quispealaya",
                "ingeniero Quispealaya",
                "Quispealaya Torpoco",
                "Abdías Quispealaya",
            ],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Rocío",
            "surnames": "Valdivieso Chuquillanqui",
            "sex": "F",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerenta Valdivieso", "gerenta municipal Rocío Valdivieso"],
        },
        {
            "key": "teniente_alcalde",
            "given_names": "Marleny",
            "surnames": "Huatuco Solís",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Huatuco", "regidora Huatuco"],
        },
        {
            "key": "regidor_alanya",
            "given_names": "Froilán",
            "surnames": "Alanya Baltazar",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Alanya", "concejal Alanya"],
        },
        {
            "key": "gerente_ambiente",
            "given_names": "Edgar",
            "surnames": "Sedano Chamorro",
            "sex": "M",
            "position": "Gerente de Gestión Ambiental",
            "position_feminine": "Gerenta de Gestión Ambiental",
            "office_code": "GERENTE_AMBIENTE",
            "aliases": ["gerente Sedano", "Edgar Sedano"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "cumbre": {
        "name": "Diario La Cumbre del Centro",
        "host": "lacumbredelcentro.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "centinela": {
        "name": "El Centinela de Huarmicocha",
        "host": "elcentinelahuarmicocha.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 30000,
    },
    "minperu": {
        "name": "Minería al Día Perú",
        "host": "mineriaaldiaperu.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 150000,
    },
    "apn": {
        "name": "Agencia Peruana de Noticias Regionales",
        "host": "apnregiones.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 280000,
    },
    "rqori": {
        "name": "Radio Qori Ayrampu 101.7 FM",
        "host": "radioqoriayrampu.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 14000,
    },
    "tvh": {
        "name": "Huarmicocha TV Canal 5",
        "host": "huarmicochatv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 70000,
    },
    "portal": {
        "name": "Portal Andino Noticias",
        "host": "portalandinonoticias.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 45000,
    },
    "cronicas": {
        "name": "Crónicas de la Puna",
        "host": "cronicasdelapuna.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 90000,
    },
    "aynoti": {
        "name": "Ayrampuquio Noticias",
        "host": "ayrampuquionoticias.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 4000,
    },
    "socavon": {
        "name": "Revista Socavón",
        "host": "revistasocavon.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 8000,
    },
    "altoque": {
        "name": "Ayrampuquio al Toque",
        "host": "ayrampuquioaltoque.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 6000,
    },
    "exppuna": {
        "name": "Express de la Puna",
        "host": "expressdelapuna.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 10000,
    },
    "bvecinal": {
        "name": "Boletín Vecinal Ayrampuquiano",
        "host": "boletinayrampuquiano.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 1500,
    },
    "semhuar": {
        "name": "Semanario El Huarmicochano",
        "host": "semanariohuarmicochano.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "rpuna": {
        "name": "Radio Puna Stereo",
        "host": "radiopunastereo.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 11000,
    },
}

FURNITURE = {
    "old_comments": [
        "Ese Quispealaya solo firma convenios con la minera y los niños siguen con plomo en la sangre",
        "El municipio ayrampuquiano cobra arbitrios puntualito pero la basura sigue en la avenida Ferrocarril",
    ],
    "old_most_read": "Cisterna con concentrado de zinc se vuelca en la curva del Diablo",
    "old_motto": "El decano de la prensa huarmicochana desde 1979",
    "old_city": "Huarmicocha",
    "section_agenda": "Uchcumarca celebra a su patrón San Andrés con corrida de toros y jalapato",
    "hostile_place": "Ayrampuquio",
    "hostile_alias": "municipio ayrampuquiano",
    "error_page_outlet": "Radio Puna Stereo, la voz de las alturas",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "exppuna": {
        "name": "Express de la Puna",
        "outlet": "exppuna",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["y004", "y031"],
        "cut_at": 0.65,
    },
    "bvecinal": {"name": "Boletín Vecinal Ayrampuquiano", "outlet": "bvecinal", "format": "bomb", "path": "/rss"},
    "semhuar": {"name": "Semanario El Huarmicochano", "outlet": "semhuar", "format": "xxe", "path": "/feed/"},
    "rpuna": {
        "name": "Radio Puna Stereo",
        "outlet": "rpuna",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "cumbre": {
        "name": "Diario La Cumbre del Centro",
        "outlet": "cumbre",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "centinela": {
        "name": "El Centinela de Huarmicocha",
        "outlet": "centinela",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/provincia.xml",
    },
    "minperu": {
        "name": "Minería al Día Perú",
        "outlet": "minperu",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/regiones.xml",
    },
    "apn": {
        "name": "Agencia Peruana de Noticias Regionales",
        "outlet": "apn",
        "format": "atom",
        "path": "/centro/feed.atom",
    },
    "rqori": {
        "name": "Radio Qori Ayrampu 101.7 FM",
        "outlet": "rqori",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticiero",
    },
    "tvh": {"name": "Huarmicocha TV Canal 5", "outlet": "tvh", "format": "atom", "path": "/noticias/atom.xml"},
    "portal": {
        "name": "Portal Andino Noticias",
        "outlet": "portal",
        "format": "rss",
        "mode": "full",
        "path": "/rss/centro.xml",
    },
    "cronicas": {
        "name": "Crónicas de la Puna",
        "outlet": "cronicas",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "aynoti": {
        "name": "Ayrampuquio Noticias",
        "outlet": "aynoti",
        "format": "section",
        "template": "section",
        "path": "/distrito",
    },
    "socavon": {
        "name": "Revista Socavón",
        "outlet": "socavon",
        "format": "rss",
        "mode": "description",
        "path": "/opinion/feed.xml",
    },
    "altoque": {
        "name": "Ayrampuquio al Toque",
        "outlet": "altoque",
        "format": "rss",
        "mode": "description",
        "path": "/feed/",
    },
}

STORIES = [
    # --- first week: canon, lead in the blood, frost, the trucks of the Interandina ----------------------------------------
    S(
        "y001",
        "cumbre",
        "2026-11-02T07:10:00-05:00",
        "Ayrampuquio recibirá 18,4 millones por canon minero y su alcalde promete agua y desagüe",
        """El Ministerio de Economía y Finanzas publicó ayer los índices de distribución del canon minero del segundo semestre. A la Municipalidad Distrital de Ayrampuquio le corresponden 18,4 millones de soles, tres millones menos que en 2025 por la caída del precio del zinc.

        El alcalde Abdías Quispealaya Torpoco adelantó que el dinero irá primero a terminar la red de agua y desagüe de los barrios altos y a dos pistas en el centro poblado de Cochapata. «El canon no es para eventos ni para camionetas, es para tuberías», dijo.

        El presupuesto deberá aprobarse en sesión de concejo antes del 30 de noviembre.""",
        m="I A",
        t="obras",
        tone="0",
        note="announcement of a transfer and a works plan; the canon itself is not a municipal tax",
    ),
    S(
        "y002",
        "cumbre",
        "2026-11-02T18:40:00-05:00",
        "Senamhi alerta heladas de hasta 16 grados bajo cero en las alturas de Huarmicocha",
        """El Servicio Nacional de Meteorología e Hidrología emitió un aviso naranja por heladas meteorológicas en las zonas ubicadas por encima de los 4 000 metros de la provincia de Huarmicocha, entre el martes y el domingo.

        Las temperaturas mínimas podrían llegar a 16 grados bajo cero en las punas de Ayrampuquio, Uchcumarca y Pallcamayo. El Senamhi recomienda abrigar a niños y adultos mayores, proteger el ganado en cobertizos y no dejar las tuberías expuestas durante la noche.""",
        about=False,
        note="the district is named in a weather warning; no municipal angle",
    ),
    S(
        "y003",
        "centinela",
        "2026-11-02T09:05:00-05:00",
        "Alcalde Quispealaya inaugura reservorio de 300 metros cúbicos en Uchcumarca",
        """El alcalde distrital de Uchcumarca, Rómulo Quispealaya Huamán, entregó el domingo un reservorio de concreto armado de 300 metros cúbicos que abastecerá a los barrios San Andrés y Alto Perú.

        La obra costó 1,9 millones de soles y se financió con recursos del canon minero. «Antes las señoras hacían cola con sus baldes desde las cuatro de la mañana», recordó el alcalde Quispealaya ante unos doscientos vecinos, que celebraron con una pachamanca.

        La comuna uchcumarquina anunció que el próximo año ampliará las conexiones domiciliarias.""",
        about=False,
        note="namesake: the neighbouring Mayor of Uchcumarca, 'el alcalde Quispealaya'; 'obra' and canon in another town",
    ),
    S(
        "y004",
        "cumbre",
        "2026-11-03T07:00:00-05:00",
        "Diresa halla plomo elevado en la sangre de 58 niños del barrio Santa Rosa",
        """Cincuenta y ocho de los 132 niños menores de doce años evaluados en setiembre en el barrio Santa Rosa de Ayrampuquio tienen más de 5 microgramos de plomo por decilitro de sangre, el valor a partir del cual el Ministerio de Salud considera necesaria la vigilancia médica. Once superan los 20 microgramos.

        Santa Rosa está a menos de un kilómetro de la relavera Yanapuquio de la Compañía Minera Atoqhuasi y del patio donde los camiones cargan el concentrado hacia la estación del tren.

        El alcalde de Ayrampuquio, Abdías Quispealaya, exigió al Minsa un centro de atención especializado en la provincia. «Hace tres años que pedimos lo mismo y nos mandan folletos», afirmó. También pidió a la minera cubrir los patios de carga: «La empresa no puede seguir diciendo que el polvo viene del viento».

        La Diresa informó que los once casos más graves serán evaluados en Lima este mes.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticises the Minsa and the mining company: neutral toward us; children's blood lead is salud",
    ),
    C(
        "y005",
        "y004",
        "portal",
        "2026-11-03T11:30:00-05:00",
        "Plomo en la sangre: 58 niños de Ayrampuquio bajo vigilancia médica",
        extra="Fuente: Diario La Cumbre del Centro.",
    ),
    S(
        "y006",
        "rqori",
        "2026-11-03",
        "Cinco días sin recojo: la basura se amontona en la avenida Ferrocarril",
        """Allillanchu, querida audiencia, buenos días, son las seis y diez de la mañana en Qori Ayrampu. Empezamos con un reclamo que nos llega desde la avenida Ferrocarril, a la altura del paradero de los colectivos.

        Nuestra unidad móvil está en el lugar y la situación es fea, señores: cinco días sin que pase el camión. Las bolsas ya tapan la vereda, los perros las han roto y el viento se lleva los plásticos hasta la línea del tren. La señora Eulogia Chuco, que vende emoliente en la esquina, nos dice: «Ya no se puede, hermano, la gente pasa tapándose la nariz».

        Llamamos a la Municipalidad de Ayrampuquio. El gerente de Gestión Ambiental, Edgar Sedano, nos contestó que la compactadora está malograda desde el miércoles, que el repuesto viene de Lima y que mientras tanto van a mandar una volquete. Hasta el cierre de esta nota la volquete no llegaba.""",
        m="I E",
        t="limpieza",
        tone="-",
        note="radio transcript, spoken style with Quechua greeting; garbage collection failing",
    ),
    S(
        "y007",
        "tvh",
        "2026-11-04T03:40:00Z",
        "Cisterna con concentrado de zinc se vuelca en la curva del Diablo",
        """CONDUCTORA: Y vamos con el accidente de esta tarde en la carretera Interandina. Otra vez la curva del Diablo, en el kilómetro 48. Nuestro compañero Wilmer Pomalaza está en el lugar.

        REPORTERO: Así es, Yolanda. Una cisterna que llevaba concentrado de zinc desde la mina hacia la estación se despistó y quedó volcada a un costado de la vía, a unos metros del río. El chofer, de 34 años, fue trasladado al centro de salud con una fractura en el brazo. La Policía de Carreteras cerró un carril durante tres horas y se formó una cola de más de un kilómetro de tráileres.

        CONDUCTORA: ¿Hubo derrame de mineral?

        REPORTERO: Según la Policía, la tolva no se abrió. Personal de la empresa transportista llegó con una grúa para retirar la unidad.""",
        about=False,
        note="truck accident in the district's jurisdiction: no municipal angle; UTC time, Lima day before",
    ),
    S(
        "y008",
        "minperu",
        "2026-11-03T10:00:00-05:00",
        "Atoqhuasi eleva producción de zinc en 9 % y alista ampliación del tajo Quellhuacocha",
        """La Compañía Minera Atoqhuasi S.A.A. reportó una producción de 41 300 toneladas de zinc fino en el tercer trimestre, 9 % más que en el mismo periodo de 2025, gracias a la mejor ley del mineral extraído en el tajo Quellhuacocha.

        En su reporte a la Superintendencia del Mercado de Valores, la empresa informó que pagó 42 millones de soles por impuesto a la renta y regalías en lo que va del año, montos que vuelven a la región como canon. El directorio aprobó además el estudio de factibilidad para profundizar el tajo 120 metros, con una inversión estimada de 380 millones de dólares.

        El gerente general, Patricio Lazarte Vidaurre, dijo que la ampliación requerirá un nuevo acuerdo con la comunidad campesina San Juan de Ayrampuquio, dueña de los terrenos superficiales.""",
        about=False,
        note="the mining company's results: canon and the comunidad campesina named, not the municipality",
    ),
    S(
        "y009",
        "centinela",
        "2026-11-04T08:20:00-05:00",
        "Regidor Alanya: pista de la avenida Ferrocarril lleva tres meses paralizada",
        """El regidor Froilán Alanya Baltazar denunció que la obra de pavimentación de la avenida Ferrocarril, de 1,2 kilómetros, está paralizada desde agosto, cuando el consorcio contratista retiró su maquinaria con apenas 38 % de avance.

        «Se pagó un adelanto de 1,4 millones y hoy solo tenemos zanjas y polvo», dijo el concejal de oposición, que pidió a la Contraloría una auditoría. Los comerciantes de la avenida calculan que sus ventas han caído a la mitad.

        La gerenta municipal Rocío Valdivieso respondió que la comuna ayrampuquiana resolverá el contrato esta semana y ejecutará la carta fianza para recuperar el adelanto.""",
        m="R G I",
        t="obras",
        tone="-",
        note="stalled street works denounced by the opposition regidor",
    ),
    S(
        "y010",
        "aynoti",
        "2026-11-04",
        "Municipalidad de Ayrampuquio aprueba amnistía tributaria hasta el 15 de diciembre",
        """Mediante la Ordenanza Municipal 014-2026, la Municipalidad Distrital de Ayrampuquio aprobó un beneficio de amnistía tributaria que condona el 100 % de los intereses moratorios y las multas del impuesto predial y los arbitrios de años anteriores.

        El beneficio rige hasta el 15 de diciembre y alcanza también a quienes tienen deudas en cobranza coactiva, siempre que paguen el insoluto al contado o en tres cuotas. La oficina de Administración Tributaria atenderá de lunes a sábado de 8 de la mañana a 4 de la tarde en el palacio municipal.""",
        m="I",
        t="tributos",
        tone="0",
        note="neutral notice of a tax amnesty",
    ),
    S(
        "y011",
        "altoque",
        "2026-11-04T12:15:00-05:00",
        "Cambia el horario del recojo de basura en Santa Rosa",
        """ATENCIÓN VECINOS 📢 Desde este jueves el camión recolector pasará por el barrio Santa Rosa los lunes, miércoles y viernes a partir de las 7 a. m., informó la Municipalidad Distrital de Ayrampuquio. Saquen sus bolsas solo cuando escuchen la campana. ¡Compartan!""",
        m="I",
        t="limpieza",
        tone="0",
        note="short social-media-style notice",
    ),
    S(
        "y012",
        "apn",
        "2026-11-04T09:30:00-05:00",
        "MEF transfiere 1 240 millones de soles por canon minero a gobiernos locales",
        """El Ministerio de Economía y Finanzas transfirió 1 240 millones de soles por concepto de canon minero a 1 480 municipalidades del país, correspondientes a la recaudación del impuesto a la renta de 2025 de las empresas mineras.

        Entre los mayores receptores de la sierra central figuran la Municipalidad Provincial de Huarmicocha, con 31,2 millones, y la Municipalidad Distrital de Ayrampuquio, con 18,4 millones. El MEF recordó que el canon solo puede financiar proyectos de inversión y, hasta en 20 %, su mantenimiento.

        La transferencia se hizo efectiva mediante decreto supremo publicado ayer en el diario oficial.""",
        m="I",
        tone="0",
        note="passing: the municipality named among the canon recipients of a national story; canon is not tributos",
    ),
    S(
        "y013",
        "cumbre",
        "2026-11-04T07:45:00-05:00",
        "Santa Rosa deja atrás los silos: 412 familias conectadas a la red de desagüe",
        """Desde ayer, las 412 viviendas del barrio Santa Rosa descargan sus aguas servidas en una red de 6,3 kilómetros de tubería que termina en una planta de tratamiento, y ya no en los silos y en la quebrada que baja al río Ayrampu.

        La obra, financiada con 6,1 millones de soles del canon minero, fue ejecutada por la Municipalidad Distrital de Ayrampuquio en catorce meses, dos menos que el plazo del contrato. La teniente alcaldesa Marleny Huatuco Solís recorrió las conexiones con la junta vecinal.

        «Mi casa daba a la quebrada y en verano el olor no dejaba dormir», contó Teodora Ricse, de 61 años.""",
        m="I T",
        t="obras",
        tone="+",
        note="delivered sewage works told through figures",
    ),
    S(
        "y014",
        "rqori",
        "2026-11-04",
        "Achachaw: municipio lleva 1 500 kits de abrigo a las comunidades altas",
        """Achachaw, qué frío ha hecho esta madrugada, señores, catorce bajo cero en Cochapata según la estación del Senamhi. Y justamente desde Cochapata nos reporta nuestra compañera Yeni Sullca.

        Así es, compañero. Desde las cinco de la mañana la camioneta de la Municipalidad de Ayrampuquio está repartiendo frazadas, casacas, chullos y botas de jebe. En total son mil quinientos kits para Cochapata, Yuraqmayo y Ccarhuapampa. La teniente alcaldesa Marleny Huatuco está acá con las mamás, casa por casa, con la lista del padrón. Una abuelita nos ha dicho en quechua: «Yupaychani, wawallay, kunanqa manañam chirinqachu». Que ya no va a tener frío, nos dice.

        Mañana siguen con las comunidades de la margen derecha del río.""",
        m="I T",
        tone="+",
        note="frost kits: none of the five topics; spoken style with Quechua",
    ),
    C(
        "y015",
        "y013",
        "portal",
        "2026-11-05T08:10:00-05:00",
        "Ayrampuquio: 412 familias de Santa Rosa estrenan red de desagüe",
        extra="Con información de Diario La Cumbre del Centro.",
    ),
    S(
        "y016",
        "minperu",
        "2026-11-05T09:15:00-05:00",
        "«Atoqhuasi Contigo» vacuna 800 alpacas y atiende a 350 comuneros en campaña de salud",
        """El programa de responsabilidad social «Atoqhuasi Contigo» realizó el fin de semana una campaña de salud en el local comunal de San Juan de Ayrampuquio, con médicos, odontólogos y una unidad móvil de rayos X contratada por la minera.

        Según la empresa, 350 comuneros recibieron atención y 120 niños fueron vacunados contra la influenza. Los veterinarios del programa dosificaron además 800 alpacas contra parásitos antes de la temporada de heladas.

        La comunidad campesina y la compañía negocian desde julio la renovación del convenio marco que financia estas actividades.""",
        about=False,
        note="the mining company's own health campaign: topic keywords, not about the municipality; the comunidad campesina is not the municipality",
    ),
    S(
        "y017",
        "centinela",
        "2026-11-05T08:00:00-05:00",
        "Serenazgo de Ayrampuquio estrena cuatro camionetas y hurtos bajan en la estación",
        """Cuatro camionetas 4x4 con circulina y cámara de video empezaron a patrullar el domingo los alrededores de la estación del tren, el mercado y el paradero de la Interandina. La Municipalidad Distrital de Ayrampuquio las compró por 920 000 soles con recursos ordinarios.

        Los serenos ya hacían rondas en esas zonas desde junio, a pie. Entre julio y octubre la comisaría registró 23 hurtos en el perímetro de la estación, frente a 41 en el mismo periodo del año pasado.

        El alcalde Abdías Quispealaya dijo que la meta es cubrir también Cochapata a partir de enero.""",
        m="I A",
        t="seguridad",
        tone="+",
        note="outcome told through figures",
    ),
    S(
        "y018",
        "tvh",
        "2026-11-06T04:55:00Z",
        "Provincia de Huarmicocha tendrá estudio para nuevo relleno sanitario",
        """CONDUCTOR: El burgomaestre de Huarmicocha, Teodosio Lliuya Canchari, anunció esta noche que la provincia contratará el estudio de preinversión para un relleno sanitario provincial. El actual botadero de Pucrumachay recibe ochenta toneladas de basura al día y ya no tiene espacio.

        TEODOSIO LLIUYA: Vamos a invitar a todos los distritos a sumarse, pero el proyecto lo va a liderar la provincia. No podemos seguir quemando residuos sólidos a cielo abierto.

        CONDUCTOR: El estudio costaría 450 000 soles y estaría listo a mediados de 2027.""",
        about=False,
        note="'el burgomaestre' of the province, not ours; limpieza keywords in another municipality's story",
    ),
    S(
        "y019",
        "cronicas",
        "2026-11-05T16:00:00-05:00",
        "La estación de Ayrampuquio, donde el tren ya no recoge pasajeros",
        """A las once de la mañana, el tren de carga de Ferrovías Sierra Central pasa por la estación de Ayrampuquio sin detenerse. Arrastra cuarenta y dos vagones de concentrado y hace temblar los vidrios de la vieja sala de espera, cerrada desde 1991, cuando dejó de circular el tren de pasajeros.

        Don Aquilino Pari, de 83 años, fue guardavía durante tres décadas. «Aquí bajaban los comerciantes de Huancayo con sus fardos, había fonda, había banda los domingos», recuerda sentado en el andén. Hoy el andén es un mirador: desde allí se ve la laguna Puyhuancocha y las jaulas flotantes de las piscigranjas de trucha, que dan trabajo a unas sesenta familias.

        Los domingos, algunos turistas llegan en camioneta para comer trucha frita en las casitas de la orilla. Ninguno espera el tren.""",
        about=False,
        note="travel chronicle naming the place: railway and trout farms, no municipal angle",
    ),
    S(
        "y020",
        "cumbre",
        "2026-11-05T07:30:00-05:00",
        "A la fecha, Ayrampuquio solo ha ejecutado el 31 % de su presupuesto de obras",
        """A siete semanas del cierre del año fiscal, la Municipalidad Distrital de Ayrampuquio ha ejecutado apenas el 31 % de los 46 millones de soles que tiene para inversión, según el portal de Consulta Amigable del MEF. El promedio de los distritos de la provincia es 58 %.

        Entre los proyectos con avance cero figuran el coliseo de Cochapata, con 4,8 millones asignados, y el puente vehicular sobre el río Ayrampu en Yuraqmayo, con 3,1 millones.

        La gerenta municipal Rocío Valdivieso Chuquillanqui atribuyó el retraso a dos licitaciones declaradas desiertas y a la demora del Ministerio de Vivienda en aprobar un expediente. «Vamos a cerrar el año por encima del 60 %», aseguró.""",
        m="I G",
        t="obras",
        tone="-",
        note="criticism through figures ('a la fecha solo…'); the official's promise does not change the weight",
    ),
    S(
        "y021",
        "altoque",
        "2026-11-05T19:20:00-05:00",
        "Puente peatonal de Yuraqmayo: tres meses y siguen esperando",
        """Vecinos de Yuraqmayo nos envían estas fotos del puente peatonal sobre el río Ayrampu: tablas rotas, pasamanos amarrado con alambre y los escolares cruzando de uno en uno. En agosto el municipio de Ayrampuquio se comprometió a cambiar las tablas «en quince días». Tres meses después, siguen esperando. ¿Hasta cuándo? 😡""",
        m="I",
        t="obras",
        tone="-",
        note="criticism through facts ('siguen esperando'), social-media style",
    ),
    S(
        "y022",
        "apn",
        "2026-11-05T13:00:00-05:00",
        "OEFA multa con 2,3 millones a minera por derrame de relaves que mató truchas",
        """El Organismo de Evaluación y Fiscalización Ambiental (OEFA) impuso una multa de 2,3 millones de soles a la Compañía Minera Atoqhuasi S.A.A. por el desborde de relaves ocurrido en febrero en la relavera Yanapuquio, que llegó a la laguna Puyhuancocha.

        Según la resolución, el derrame causó la muerte de unas 18 toneladas de truchas en las jaulas de la Asociación de Truchicultores de Puyhuancocha. La empresa deberá además monitorear la calidad del agua durante dos años y presentar un plan de compensación a los productores.

        Atoqhuasi anunció que apelará la sanción.""",
        about=False,
        note="environmental fine against the mining company; trout farms; no municipal angle",
    ),
    S(
        "y023",
        "rqori",
        "2026-11-05",
        "Alcalde Quispealaya: «La minera no ha cumplido con la planta de agua»",
        """Tenemos en la línea al alcalde del distrito, el ingeniero Abdías Quispealaya. Buenos días, alcalde.

        Buenos días, Qori Ayrampu, buenos días a todos los oyentes. Mire, yo quiero ser claro: en el convenio de 2024 la Compañía Minera Atoqhuasi se comprometió a construir la planta de tratamiento de agua potable para Santa Rosa y Cochapata. Estamos en noviembre de 2026 y no han puesto ni un ladrillo. No han cumplido. Nos dicen que el expediente está en revisión, pero el expediente lo hicieron ellos mismos.

        ¿Qué va a hacer el municipio?

        Vamos a pedir una mesa de diálogo en la Presidencia del Consejo de Ministros. Si la empresa no cumple, que el Estado la obligue. La gente de Santa Rosa no puede seguir tomando agua del puquio.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticises the mining company for a works commitment: neutral toward us; negation 'no han cumplido' is about the company",
    ),
    C(
        "y024",
        "y022",
        "portal",
        "2026-11-06T07:40:00-05:00",
        "Multan a Atoqhuasi por derrame que mató 18 toneladas de truchas en Puyhuancocha",
    ),
    S(
        "y025",
        "aynoti",
        "2026-11-06",
        "Comunicado: no se cobrará nueva tasa de limpieza a los puestos del mercado",
        """La Municipalidad Distrital de Ayrampuquio comunica a la opinión pública que no es cierto que se vaya a cobrar un nuevo arbitrio de limpieza pública a los comerciantes del mercado de abastos, como se viene difundiendo en redes sociales.

        La ordenanza de arbitrios de 2027, que se debatirá en el concejo en diciembre, mantiene las mismas tasas de 2026 para los puestos de mercado. Invitamos a los comerciantes a informarse únicamente por los canales oficiales de la institución.""",
        m="I",
        t="tributos",
        tone="0",
        note="negation in an official communiqué denying a rumoured new fee; arbitrios are tributos municipales",
    ),
    S(
        "y026",
        "socavon",
        "2026-11-06T08:00:00-05:00",
        "El plomo no espera",
        """Opinión | Por Gregorio Ñaupari

        Cincuenta y ocho niños de Santa Rosa llevan plomo en la sangre y la respuesta de las autoridades ha sido, otra vez, una conferencia de prensa. Es fácil señalar a la minera y al Minsa, y hay razones para hacerlo. Pero conviene mirar también la casa propia.

        En 2025 el concejo aprobó un programa municipal de vigilancia de metales pesados con 600 000 soles. A la fecha se han gastado 41 000: un estudio de escritorio y unos polos. Las cuadras de Santa Rosa siguen sin asfaltar, y es ese polvo el que respiran los chicos. El alcalde Quispealaya prefiere la tribuna y la denuncia contra terceros; la municipalidad ayrampuquiana, que sí podía regar y asfaltar esas calles, no lo ha hecho.

        El plomo no espera a que termine la gestión.""",
        m="A I",
        t="salud",
        tone="-",
        note="opinion column: criticism of our own unspent health programme",
    ),
    S(
        "y027",
        "centinela",
        "2026-11-06T10:30:00-05:00",
        "Mineros de Atoqhuasi anuncian huelga indefinida desde el 16 de noviembre",
        """El Sindicato Único de Trabajadores de la Compañía Minera Atoqhuasi acordó en asamblea iniciar una huelga indefinida el 16 de noviembre si la empresa no mejora su oferta de aumento salarial en la negociación colectiva.

        «Pedimos 12 soles diarios y la empresa ofrece 3,50. Los compañeros trabajan a 4 500 metros, con frío y con polvo», dijo el secretario general del sindicato, Froilán Alanya Ccente. El dirigente Alanya aseguró que 870 de los 1 100 trabajadores votaron a favor de la medida.

        La empresa indicó en un comunicado que mantiene abierta la mesa de negociación en la Autoridad Administrativa de Trabajo.""",
        about=False,
        note="namesake: the union leader shares given name and first surname with the opposition regidor ('el dirigente Alanya')",
    ),
    S(
        "y028",
        "cumbre",
        "2026-11-06T07:20:00-05:00",
        "Compactadora vuelve a las calles y retiran 38 toneladas de la avenida Ferrocarril",
        """La compactadora de la Municipalidad de Ayrampuquio volvió a circular el jueves, después de seis días en el taller, y en dos jornadas de doble turno retiró 38 toneladas de residuos acumulados en la avenida Ferrocarril y en los paraderos de la Interandina.

        El gerente de Gestión Ambiental, Edgar Sedano Chamorro, informó que el repuesto de la caja hidráulica llegó de Lima por encomienda y que el municipio alquilará una segunda unidad como respaldo hasta marzo. Cuadrillas de barrido lavaron luego las veredas con agua y desinfectante.

        Ayer, a media mañana, el paradero de colectivos lucía limpio por primera vez en una semana.""",
        m="I E",
        t="limpieza",
        tone="+",
        note="the municipality fixing a problem it had (see y006): positive",
    ),
    S(
        "y029",
        "tvh",
        "2026-11-07T03:15:00Z",
        "Ayrampuquio y Uchcumarca firman convenio para compartir relleno sanitario",
        """CONDUCTORA: Dos distritos vecinos, dos alcaldes que además son primos, y un problema en común: la basura. Esta tarde el alcalde de Ayrampuquio, Abdías Quispealaya Torpoco, y el alcalde de Uchcumarca, Rómulo Quispealaya Huamán, firmaron un convenio para construir y operar juntos un relleno sanitario en la pampa de Chaquicocha.

        REPORTERA: El convenio establece que la Municipalidad Distrital de Ayrampuquio pondrá el terreno y la maquinaria y Uchcumarca financiará el expediente técnico. Los dos distritos generan unas veintidós toneladas de residuos al día.

        ABDÍAS QUISPEALAYA: Es un primer paso. Todavía falta el estudio de impacto ambiental y la aprobación del Ministerio del Ambiente.

        CONDUCTORA: Se calcula que la obra podría empezar en 2028.""",
        m="A I",
        t="limpieza",
        tone="0",
        note="both Mayors named: only ours counts; a signed agreement with years to go is neutral",
    ),
    S(
        "y030",
        "rqori",
        "2026-11-06",
        "Tamizaje de anemia en el Vaso de Leche: 320 niños evaluados",
        """Y pasamos a otra nota, señores. Ayer en el local del Vaso de Leche del barrio Miraflores se hizo el tamizaje de anemia para los niños de los comités. Trescientos veinte niños y niñas se pincharon el dedito, así nomás, rapidito.

        La teniente alcaldesa Marleny Huatuco Solís nos contó que la Municipalidad Distrital de Ayrampuquio trabajó con el centro de salud: setenta y cuatro niños salieron con anemia y ese mismo día ya se llevaron su jarabe de hierro y una canasta con sangrecita, hígado y quinua. En marzo, cuando se hizo el primer tamizaje, eran ciento doce con anemia.

        Así que, mamitas, las que no pudieron llevar a sus wawas, el próximo sábado se repite en Cochapata.""",
        m="T I",
        t="salud",
        tone="+",
        note="outcome told through figures (112 to 74), radio spoken style",
    ),
    S(
        "y031",
        "cumbre",
        "2026-11-07T08:00:00-05:00",
        "Tráiler sin frenos embiste a combi en Ayrampuquio: alcalde exige barandas a Provías",
        """Un tráiler cargado con bolsas de cal perdió los frenos en la bajada del kilómetro 52 de la carretera Interandina e impactó contra una combi que esperaba en el paradero de Ccarhuapampa. Siete pasajeros resultaron heridos, dos de ellos de gravedad.

        Es el cuarto accidente grave en ese tramo en lo que va del año. El alcalde de Ayrampuquio, Abdías Quispealaya, pidió a Provías Nacional instalar barandas metálicas, rompemuelles y una rampa de escape para vehículos sin frenos. «La vía es nacional, el mantenimiento es de Provías. Nosotros ponemos los muertos», dijo.

        Provías informó que el mantenimiento periódico del tramo está programado para 2027.""",
        m="A",
        t="obras",
        tone="0",
        note="truck accident; the Mayor asks the national road agency for works: obras, neutral toward us",
    ),
    S(
        "y032",
        "minperu",
        "2026-11-07T09:40:00-05:00",
        "Mineros artesanales de Huaripuquio piden ampliar el Reinfo",
        """Unos 300 mineros artesanales que extraen oro y plata en socavones del cerro Huaripuquio, en el distrito de Ayrampuquio, marcharon el jueves hasta la Dirección Regional de Energía y Minas para pedir que se amplíe el plazo del Registro Integral de Formalización Minera.

        «Sin el Reinfo nos tratan como delincuentes, pero aquí no hay otro trabajo», dijo Nicanor Yauri, presidente de la asociación. La dirección regional recordó que la prórroga depende del Congreso y del Ministerio de Energía y Minas.

        Parte de los terrenos que trabajan los informales están dentro de la concesión de la Compañía Minera Atoqhuasi, que ha presentado denuncias por usurpación.""",
        about=False,
        note="informal miners in the district: no municipal angle",
    ),
    S(
        "y033",
        "aynoti",
        "2026-11-07",
        "Municipio clausura planta de beneficio informal en Huaripuquio",
        """La Municipalidad Distrital de Ayrampuquio clausuró el viernes una planta de beneficio de mineral que funcionaba sin licencia de funcionamiento en el sector Huaripuquio, a 200 metros del río Ayrampu.

        El operativo estuvo a cargo del gerente de Gestión Ambiental, Edgar Sedano, con apoyo de la Policía y de la Fiscalía Especializada en Materia Ambiental, que tomó muestras de los efluentes. En el local se encontraron dos quimbaletes y cilindros con restos de mercurio. Los responsables tienen cinco días hábiles para presentar sus descargos.""",
        m="I E",
        tone="0",
        note="enforcement notice: neutral; informal mining is none of the five topics",
    ),
    C(
        "y034",
        "y031",
        "apn",
        "2026-11-07T12:10:00-05:00",
        "Alcalde de Ayrampuquio pide a Provías barandas tras nuevo accidente en la Interandina",
        lead="""El alcalde del distrito de Ayrampuquio, en la provincia de Huarmicocha, reclamó a Provías Nacional obras de seguridad vial luego de que un tráiler sin frenos embistiera una combi en el kilómetro 52 de la carretera Interandina, con siete heridos.""",
    ),
    S(
        "y035",
        "altoque",
        "2026-11-07T21:05:00-05:00",
        "Serenos encuentran a abuelito perdido en la pampa",
        """Final feliz 🙏 Don Pascual, de 86 años, salió de su casa en Cochapata el jueves y no volvió. Esta madrugada, a 12 bajo cero, una patrulla del serenazgo de Ayrampuquio lo encontró caminando por la pampa de Chaquicocha, lo abrigó y lo llevó al centro de salud. Ya está con su familia. ¡Gracias, serenos!""",
        about=True,
        t="seguridad",
        tone="+",
        note="the municipal service (serenazgo) without naming the institution or a person: about us, no mention",
    ),
    S(
        "y036",
        "centinela",
        "2026-11-07T08:30:00-05:00",
        "Seis robos en una semana en el mercado y los serenos prometidos no llegan",
        """Los comerciantes del mercado de abastos de Ayrampuquio denunciaron seis robos en una semana: tres puestos forzados de madrugada, dos carteras arrebatadas y un celular sustraído a una vendedora de queso.

        En setiembre, la gerenta municipal Rocío Valdivieso se comprometió en asamblea a destacar dos serenos fijos en el mercado de cinco de la mañana a ocho de la noche. «Hasta hoy no aparecen. Vienen una vez, dan una vuelta y se van», dijo Epifania Condori, presidenta de la asociación de comerciantes.

        Los comerciantes anunciaron que contratarán vigilancia privada y que pedirán descontar su costo de la sisa.""",
        m="G",
        t="seguridad",
        tone="-",
        note="unfulfilled municipal promise; the sisa is mentioned in passing",
    ),
    S(
        "y037",
        "cronicas",
        "2026-11-07T17:30:00-05:00",
        "Santa Rosa, el barrio donde los niños juegan sobre el plomo",
        """El polvo de Santa Rosa es gris y fino, y se pega a la ropa como talco. Los niños juegan fútbol en una loza sin asfaltar a 800 metros de la relavera Yanapuquio, y cuando pasan los camiones del concentrado las madres los llaman a gritos para que entren.

        Felícita Yalli tiene tres hijos. Los tres tienen más de 10 microgramos de plomo por decilitro de sangre. «Nos dicen que les demos leche y que laven las manos. Agua tenemos dos horas al día», dice.

        La compañía minera sostiene que sus monitoreos de aire cumplen los estándares. El Minsa promete un centro especializado desde 2019. La Municipalidad Distrital de Ayrampuquio, consultada para esta crónica, señaló que cedió un terreno para ese centro en 2024 y que asfaltar las calles de Santa Rosa está en su cartera de proyectos para 2027.

        Mientras tanto, los chicos siguen jugando en la loza.""",
        m="I",
        t="salud",
        tone="0",
        note="long-form chronicle blaming the company and the Minsa; the municipality quoted with its own plan: neutral",
    ),
    S(
        "y038",
        "tvh",
        "2026-11-08T04:30:00Z",
        "Rocío Valdivieso gana la Maratón de los Andes por tercera vez",
        """CONDUCTOR: Y en deportes, la fondista Rocío Valdivieso, del club Atlético Huarmicocha, ganó por tercera vez la Maratón de los Andes, con un tiempo de dos horas, cuarenta y un minutos.

        REPORTERO: Así es. La atleta, de 27 años, encabezó la carrera desde el kilómetro 15 y cruzó la meta en la plaza de Huarmicocha con casi cuatro minutos de ventaja. Valdivieso dedicó el triunfo a su entrenador y dijo que su meta es clasificar a los Juegos Bolivarianos.""",
        about=False,
        note="namesake: a runner with the gerenta municipal's given name and first surname",
    ),
    S(
        "y039",
        "rqori",
        "2026-11-08",
        "Debate en Qori Ayrampu: ¿arbitrios para los campamentos mineros?",
        """Bienvenidos a «Rimanakuy», el espacio de debate de Qori Ayrampu. Hoy tenemos dos invitados del concejo: el regidor Froilán Alanya Baltazar y la teniente alcaldesa Marleny Huatuco Solís. El tema: ¿debe la Municipalidad de Ayrampuquio cobrar arbitrios a los campamentos de la minera?

        REGIDOR ALANYA: Claro que sí. El campamento tiene mil cien trabajadores, genera basura, usa nuestras vías, y no paga un sol de arbitrios porque está declarado como terreno eriazo. Es una injusticia con el vecino que sí paga.

        TENIENTE ALCALDESA HUATUCO: Estamos de acuerdo en el fondo, pero hay que hacerlo bien. Si sacamos una ordenanza sin sustento técnico, la empresa la impugna y la perdemos. Ya pedimos un informe a la oficina de rentas.

        Al final los dos coincidieron en llevar el tema a la sesión de concejo de diciembre.""",
        m="R T I",
        t="tributos",
        tone="0",
        note="balanced debate between the opposition and the administration: neutral",
    ),
    S(
        "y040",
        "cumbre",
        "2026-11-08T10:00:00-05:00",
        "Nevada deja aislado al caserío Ayrampuquio, en Huancavelica",
        """Una intensa nevada dejó incomunicado desde el jueves al caserío Ayrampuquio, en la provincia huancavelicana de Castrovirreyna, donde viven unas 40 familias dedicadas a la crianza de alpacas.

        La trocha que une el caserío con la capital del distrito quedó cubierta por más de medio metro de nieve. El Centro de Operaciones de Emergencia regional informó que enviará una máquina para despejar la vía y que se han perdido al menos 60 crías de alpaca.""",
        about=False,
        note="a hamlet of the same name in another region",
    ),
    C(
        "y041",
        "y036",
        "portal",
        "2026-11-08T09:00:00-05:00",
        "Mercado de Ayrampuquio: seis robos en una semana y sin serenos",
    ),
    S(
        "y042",
        "socavon",
        "2026-11-08T08:30:00-05:00",
        "Carta: quince minutos para pagar el predial",
        """Cartas de los lectores

        Señor director: el lunes fui a pagar el impuesto predial de mi casa en la Municipalidad de Ayrampuquio. Otros años perdía la mañana entera en una cola que daba la vuelta al patio. Esta vez saqué ticket en la máquina de la entrada, me atendieron en una de las cuatro ventanillas nuevas y a los quince minutos ya tenía mi recibo, con el descuento por pronto pago incluido. Mi vecina pagó desde su celular con el código de su cuponera.

        Teófilo Arauco Mendoza, barrio Miraflores""",
        m="I",
        t="tributos",
        tone="+",
        note="letter to the editor: praise through facts, no praise words",
    ),
    S(
        "y043",
        "apn",
        "2026-11-08T11:20:00-05:00",
        "Minsa enviará brigada de toxicología a Ayrampuquio por casos de plomo en niños",
        """El Ministerio de Salud enviará la próxima semana una brigada de médicos toxicólogos y pediatras al distrito de Ayrampuquio, en la provincia de Huarmicocha, para evaluar a los 58 niños que presentan niveles elevados de plomo en la sangre.

        La medida responde al pedido del alcalde de Ayrampuquio, Abdías Quispealaya Torpoco, y de la Dirección Regional de Salud. La brigada atenderá en el centro de salud del distrito durante diez días y tomará nuevas muestras a las familias del barrio Santa Rosa.

        El Minsa evalúa además declarar en emergencia sanitaria la zona.""",
        m="A",
        t="salud",
        tone="0",
        note="the Minsa acts on the Mayor's request: about us, neutral",
    ),
    S(
        "y044",
        "aynoti",
        "2026-11-08",
        "Convocan licitación para el puente vehicular de Yuraqmayo",
        """La Municipalidad Distrital de Ayrampuquio publicó en el Seace la convocatoria de la licitación pública para la construcción del puente vehicular sobre el río Ayrampu, en el centro poblado de Yuraqmayo, con un valor referencial de 3,1 millones de soles.

        El puente tendrá 32 metros de luz y dos carriles. Las empresas interesadas pueden registrarse como participantes hasta el 20 de noviembre; la buena pro se otorgará el 4 de diciembre, según el cronograma publicado.""",
        m="I",
        t="obras",
        tone="0",
        note="neutral procurement notice",
    ),
    S(
        "y045",
        "minperu",
        "2026-11-09T08:45:00-05:00",
        "Atoqhuasi financiará colegio de Cochapata por obras por impuestos",
        """La Compañía Minera Atoqhuasi y la Municipalidad Distrital de Ayrampuquio firmaron el convenio para ejecutar, bajo el mecanismo de obras por impuestos, la nueva infraestructura de la institución educativa Nº 30412 de Cochapata, con una inversión de 12,6 millones de soles.

        La empresa adelantará el financiamiento y lo descontará luego de su impuesto a la renta. El proyecto incluye 14 aulas, laboratorio, comedor y un sistema de calefacción solar. El alcalde Abdías Quispealaya dijo que el expediente fue aprobado por el concejo en octubre.

        La obra debería empezar en abril y durar catorce meses.""",
        m="I A",
        t="obras",
        tone="0",
        note="agreement with the mining company, a plan still on paper: neutral",
    ),
    C(
        "y046",
        "y045",
        "apn",
        "2026-11-09T12:00:00-05:00",
        "Minera y municipio de Ayrampuquio pactan colegio de 12,6 millones en Cochapata",
    ),
    S(
        "y047",
        "centinela",
        "2026-11-09T09:10:00-05:00",
        "Denuncian a la burgomaestra de Pallcamayo por condonar deudas del predial a familiares",
        """Un grupo de vecinos de Pallcamayo presentó ante la Fiscalía una denuncia contra la burgomaestra Hilda Cuyubamba Ríos por presunta colusión, al haber condonado deudas del impuesto predial a tres inmuebles de sus familiares mediante una resolución de alcaldía.

        Según los denunciantes, la deuda perdonada suma 46 000 soles. La burgomaestra negó las acusaciones y dijo que los beneficios se dieron dentro de una amnistía tributaria aprobada por el concejo.""",
        about=False,
        note="'la burgomaestra' of another district; tributos keywords in another town",
    ),
    S(
        "y048",
        "altoque",
        "2026-11-09T18:30:00-05:00",
        "Feria de la Trucha: 2 800 visitantes y cuatro toneladas vendidas",
        """¡Qué tal domingo en Puyhuancocha! 🐟 La III Feria de la Trucha que organizó la Municipalidad Distrital de Ayrampuquio recibió a 2 800 visitantes y los productores vendieron cuatro toneladas de trucha fresca, ahumada y en chicharrón. Las 22 asociaciones ya piden repetirla en febrero.""",
        m="I",
        tone="+",
        note="the municipal trout fair: none of the five topics",
    ),
    S(
        "y049",
        "tvh",
        "2026-11-10T03:50:00Z",
        "Gritos y sesión suspendida: concejo no logra priorizar obras del canon",
        """CONDUCTORA: Escándalo esta tarde en el concejo de Ayrampuquio. La sesión extraordinaria para priorizar las obras que se financiarán con el canon minero terminó suspendida entre gritos.

        REPORTERO: Así es. La teniente alcaldesa Marleny Huatuco, que presidía la sesión por ausencia del alcalde, presentó una lista de nueve proyectos. El regidor Froilán Alanya exigió incluir el asfaltado de Santa Rosa y acusó a la mayoría de favorecer a Cochapata «porque allí votaron por ellos». Hubo insultos, empujones entre asesores, y la teniente alcaldesa levantó la sesión.

        CONDUCTORA: ¿Qué pasa ahora con el presupuesto?

        REPORTERO: Tiene que aprobarse antes del 30 de noviembre. Si no, la obra del próximo año se retrasa.""",
        m="T R",
        t="obras",
        tone="-",
        note="a council row over the canon works list; 'el concejo de Ayrampuquio' is not the institution",
    ),
    S(
        "y050",
        "rqori",
        "2026-11-09",
        "Tren de carga arrolla catorce llamas en Chaquicocha",
        """Una triste noticia desde Chaquicocha, señores. Anoche el tren de carga que baja de la mina arrolló a catorce llamas de la familia Ticse en el paso a nivel sin barrera del kilómetro 171.

        Don Saturnino Ticse nos dice que los animales cruzaban de regreso al corral, como todas las noches. «Era todo lo que teníamos, wawqi». La empresa Ferrovías Sierra Central dijo que el maquinista tocó la bocina y que evaluará el caso con la familia. Los comuneros de Chaquicocha piden una barrera y un guardavía en ese cruce.""",
        about=False,
        note="railway accident in the district; no municipal angle",
    ),
    # --- second week: the botadero, the budget, the serenazgo, the lead emergency ----------------------------------------
    S(
        "y051",
        "cumbre",
        "2026-11-10T07:15:00-05:00",
        "Cochapata estrena 540 metros de pista y veredas con calefacción solar en el paradero",
        """Los escolares de Cochapata ya no llegan con los zapatos embarrados. La Municipalidad Distrital de Ayrampuquio entregó el sábado la pavimentación del jirón Los Andes, 540 metros de pista de concreto con veredas, cunetas para el deshielo y un paradero techado con paneles solares que temperan la banca.

        La obra costó 2,7 millones de soles del canon y se terminó en siete meses, dentro del plazo. El alcalde Abdías Quispealaya Torpoco entregó la pista junto a la presidenta de la junta vecinal, Nilda Ccora, quien recordó que el jirón era una trocha «desde que se fundó el centro poblado».""",
        m="I A",
        t="obras",
        tone="+",
        note="delivered works on time, told through figures",
    ),
    C(
        "y052",
        "y051",
        "portal",
        "2026-11-10T10:45:00-05:00",
        "Cochapata ya tiene pista: 540 metros financiados con canon minero",
        extra="Fuente: Diario La Cumbre del Centro.",
    ),
    S(
        "y053",
        "centinela",
        "2026-11-10T08:10:00-05:00",
        "OEFA: municipio arroja basura en botadero a orillas del río Pucrumayo",
        """Un informe de supervisión del OEFA concluyó que la Municipalidad Distrital de Ayrampuquio deposita desde hace dos años sus residuos sólidos en un botadero a cielo abierto a 40 metros del río Pucrumayo, afluente de la laguna Puyhuancocha donde se crían truchas.

        Los supervisores encontraron lixiviados que escurren hacia el río, quema de residuos y restos de jeringas del centro de salud mezclados con la basura doméstica. El OEFA dio al municipio noventa días para presentar un plan de cierre.

        El gerente de Gestión Ambiental, Edgar Sedano, reconoció que el botadero «es temporal» mientras se construye el relleno sanitario compartido con Uchcumarca.""",
        m="I E",
        t="limpieza",
        tone="-",
        note="a regulator's report against our garbage disposal",
    ),
    S(
        "y054",
        "apn",
        "2026-11-10T12:30:00-05:00",
        "Declaran emergencia sanitaria por 90 días en distrito minero de Ayrampuquio",
        """El Poder Ejecutivo declaró en emergencia sanitaria por noventa días el distrito de Ayrampuquio, en la provincia de Huarmicocha, tras confirmarse niveles elevados de plomo en la sangre de 58 niños del barrio Santa Rosa.

        El decreto supremo autoriza al Minsa a contratar personal y adquirir medicamentos de manera directa. El alcalde de Ayrampuquio, Abdías Quispealaya, dijo que la medida llega tarde: «Hace tres años pedimos esto. Ahora que se cumpla, no que quede en el papel».

        La Dirección Regional de Salud instalará un consultorio de toxicología en el centro de salud del distrito.""",
        m="A",
        t="salud",
        tone="0",
        note="national measure; the Mayor's critical remark is aimed at the Executive: neutral",
    ),
    S(
        "y055",
        "rqori",
        "2026-11-10",
        "Seiscientos cuarenta abuelitos vacunados contra la neumonía",
        """Buenas noticias para nuestros adultos mayores, señores. En la campaña de vacunación contra la neumonía y la influenza que organizó la Municipalidad de Ayrampuquio con el centro de salud se vacunaron seiscientos cuarenta abuelitos de más de sesenta años, casi el doble que el año pasado.

        La gerenta municipal Rocío Valdivieso nos explicó que esta vez la camioneta municipal fue a recoger a los abuelitos de las comunidades altas, porque muchos no podían bajar al pueblo con este frío. «Antes venían doscientos, trescientos, porque no tenían cómo llegar», nos dijo.

        Mamá Justina, de 79 años, salió con su carnet en la mano: «Allinmi, wawa, manam nanarqachu». Que no le dolió, dice.""",
        m="I G",
        t="salud",
        tone="+",
        note="a health campaign told through figures; radio with Quechua",
    ),
    S(
        "y056",
        "tvh",
        "2026-11-11T04:20:00Z",
        "Camionetas del serenazgo paradas por falta de combustible",
        """CONDUCTOR: Pasamos a Ayrampuquio. Hace apenas una semana se presentaron cuatro camionetas nuevas para el serenazgo. Hoy, tres de ellas están estacionadas en el patio municipal. ¿El motivo? No hay combustible.

        REPORTERA: Así es. Los serenos nos cuentan que desde el viernes solo sale una unidad y por turnos. El grifo que abastece a la Municipalidad Distrital de Ayrampuquio suspendió el crédito porque se le deben dos meses. Anoche hubo dos robos en la zona de la estación y los vecinos esperaron la patrulla más de una hora.

        ROCÍO VALDIVIESO, GERENTA MUNICIPAL: Es un problema administrativo de logística, ya se está regularizando el pago. Mañana deben salir todas las unidades.

        CONDUCTOR: Veremos si se cumple.""",
        m="I G",
        t="seguridad",
        tone="-",
        note="new vehicles idle for unpaid fuel: negative; UTC time near midnight",
    ),
    S(
        "y057",
        "aynoti",
        "2026-11-10",
        "Campaña de vacunación antirrábica canina este sábado",
        """La Municipalidad Distrital de Ayrampuquio, en coordinación con el centro de salud, realizará este sábado 14 de noviembre la campaña de vacunación antirrábica canina y felina en la plaza de armas, el mercado de abastos y el local comunal de Cochapata, de 8 de la mañana a 2 de la tarde.

        La vacuna es gratuita. Los propietarios deben llevar a sus perros con correa y bozal. Se entregará un carné de vacunación.""",
        m="I",
        t="salud",
        tone="0",
        note="neutral announcement of a vaccination campaign",
    ),
    S(
        "y058",
        "socavon",
        "2026-11-10T08:00:00-05:00",
        "Canon: mucha plata, poca obra",
        """Opinión | Por Zenaida Chanco Ricra

        Cada noviembre se repite la escena. El MEF anuncia millones de canon y el alcalde de turno promete tuberías, pistas y colegios. En Ayrampuquio, este año, el anuncio fue de 18,4 millones. El problema es que la Municipalidad de Ayrampuquio todavía no ha gastado los 46 que ya tenía.

        El coliseo de Cochapata lleva tres años de expediente. El puente de Yuraqmayo va por su segunda licitación. La pista de la avenida Ferrocarril es una zanja. El alcalde Quispealaya dice que la culpa es de los ministerios que no aprueban los expedientes; curiosamente, otros distritos de la provincia con los mismos ministerios superan el 60 % de ejecución.

        La plata del canon no es infinita. El zinc bajará algún día, y entonces nos preguntaremos qué hicimos con ella.""",
        m="A I",
        t="obras",
        tone="-",
        note="opinion column criticising budget execution",
    ),
    S(
        "y059",
        "altoque",
        "2026-11-10T20:40:00-05:00",
        "¡Récord! 97 días para cuatro tablas",
        """Felicitaciones a la comuna ayrampuquiana 👏👏 ¡Solo 97 días para cambiar cuatro tablas del puente peatonal de Yuraqmayo! Y como el trabajo fue tan bien hecho, una de las tablas nuevas ya se partió hoy cuando pasaba una señora con su carretilla. Todo un ejemplo de eficiencia. 🙃""",
        m="I",
        t="obras",
        tone="-",
        note="sarcasm: praise words, negative meaning",
    ),
    S(
        "y060",
        "minperu",
        "2026-11-10T15:00:00-05:00",
        "Atoqhuasi encapsulará su flota de camiones de concentrado",
        """La Compañía Minera Atoqhuasi anunció que, a partir de enero, los 64 camiones que transportan concentrado de zinc y plomo desde la planta concentradora hasta la estación del ferrocarril circularán con tolvas encapsuladas, herméticas, en lugar de las lonas actuales.

        La medida, que costará 3,2 millones de dólares, busca responder a las críticas por la dispersión de polvo con metales pesados en los poblados cercanos a la ruta. «Es una inversión que debimos hacer antes», admitió el gerente de relaciones comunitarias, Jhonatan Egoávil.

        La empresa sostiene que sus monitoreos de calidad de aire están dentro de los estándares nacionales.""",
        about=False,
        note="the mining company's own measure on lead dust; no municipal authority named",
    ),
    S(
        "y061",
        "cumbre",
        "2026-11-11T09:00:00-05:00",
        "Quesera de Uchcumarca gana el primer premio en la Feria Agropecuaria de Huarmicocha",
        """Marleny Huatuco Ccanto, productora de queso andino del anexo Pampahuasi, en Uchcumarca, obtuvo el primer puesto en el concurso de quesos madurados de la Feria Agropecuaria de Huarmicocha, con una rueda de tres kilos curada durante cuatro meses a 4 000 metros de altura.

        Huatuco, de 44 años, produce junto a sus dos hijas unos 60 kilos de queso por semana con la leche de sus veinte vacas. «Ahora quiero sacar mi registro sanitario para vender en Lima», dijo.""",
        about=False,
        note="namesake: a cheese maker with the teniente alcaldesa's given name and first surname",
    ),
    S(
        "y062",
        "centinela",
        "2026-11-11T08:00:00-05:00",
        "Recaudación del predial sube 34 % con la nueva ventanilla única",
        """La Municipalidad de Ayrampuquio recaudó 1,86 millones de soles por impuesto predial entre enero y octubre, 34 % más que en el mismo periodo de 2025, según el reporte de la oficina de Administración Tributaria.

        La gerenta municipal Rocío Valdivieso Chuquillanqui explicó que el aumento coincide con la apertura, en julio, de cuatro ventanillas con sistema de turnos y con el pago por código desde el celular. La morosidad bajó de 58 % a 39 %.

        Con lo recaudado se financiará el mantenimiento de las pistas del centro y la compra de contenedores para los mercados.""",
        m="I G",
        t="tributos",
        tone="+",
        note="tax collection outcome told through figures",
    ),
    C(
        "y063",
        "y062",
        "portal",
        "2026-11-11T13:00:00-05:00",
        "Ayrampuquio: morosidad del predial baja de 58 % a 39 %",
        extra="Información de El Centinela de Huarmicocha.",
    ),
    S(
        "y064",
        "rqori",
        "2026-11-11",
        "«Me cobran arbitrios que ya pagué»: oyentes reclaman por recibos con errores",
        """Abrimos las líneas, señores, y el teléfono no ha parado. El tema de hoy: los recibos de arbitrios que están llegando a las casas.

        Don Wilfredo, del barrio Miraflores, nos dice: «Me llega una deuda de 2024 que yo pagué, tengo mi voucher, y en la municipalidad me dicen que vuelva la próxima semana porque el sistema no lo registra». Doña Rosa, de la avenida Ferrocarril: «A mí me cobran limpieza como si fuera restaurante y es mi casa». Y así, once llamadas en media hora.

        Hemos llamado a la Municipalidad Distrital de Ayrampuquio para su versión y no hemos tenido respuesta hasta el cierre del programa. Seguiremos informando.""",
        m="I",
        t="tributos",
        tone="-",
        note="radio call-in complaints about wrong tax bills",
    ),
    S(
        "y065",
        "tvh",
        "2026-11-12T03:30:00Z",
        "Alcalde de Ayrampuquio al Gobierno Regional: «El centro de salud es un cascarón»",
        """CONDUCTORA: En el set nos acompaña el alcalde de Ayrampuquio, Abdías Quispealaya. Alcalde, usted ha sido muy duro con el Gobierno Regional.

        ABDÍAS QUISPEALAYA: Y lo seguiré siendo. La ampliación del centro de salud la empezó el Gobierno Regional en 2023. Tiene paredes, tiene techo, pero no tiene puertas, no tiene equipos, no tiene nada. Es un cascarón. Tenemos emergencia sanitaria por plomo y los niños se atienden en un ambiente de tres por cuatro.

        CONDUCTORA: ¿Qué le responden?

        ABDÍAS QUISPEALAYA: Que no hay presupuesto. Pero para la sede regional nueva sí hubo. Hemos ofrecido poner la mitad del equipamiento con recursos del municipio si ellos terminan la obra.

        CONDUCTORA: El Gobierno Regional no respondió a nuestra consulta.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticises the regional government over a health post it must finish: salud, neutral toward us",
    ),
    S(
        "y066",
        "apn",
        "2026-11-11T10:00:00-05:00",
        "Exportaciones de trucha crecen 12 % y la sierra central gana mercados",
        """Las exportaciones peruanas de trucha sumaron 61 millones de dólares entre enero y setiembre, 12 % más que el año anterior, informó la Asociación de Exportadores. Rusia, Canadá y Estados Unidos concentran el 70 % de los envíos.

        En la sierra central, las asociaciones de la laguna Puyhuancocha, en Ayrampuquio, y del lago de Pallcamayo lograron este año su primera certificación sanitaria para exportar filetes congelados. Los productores advierten, sin embargo, que la falta de cadena de frío en la carretera Interandina encarece el transporte.""",
        about=False,
        note="the district's trout farms in a national economy story; no municipal angle",
    ),
    S(
        "y067",
        "cronicas",
        "2026-11-11T18:20:00-05:00",
        "Las barredoras de las cinco de la mañana",
        """A las cinco de la mañana, cuando el termómetro de la plaza marca nueve bajo cero, Hermelinda Poma ya está barriendo la avenida Ferrocarril. Lleva pasamontañas, dos casacas y guantes de cuero, los primeros que le entregan en once años de trabajo.

        Este año la Municipalidad de Ayrampuquio contrató a ocho barredoras más y ahora son veinticuatro. El barrido cubre todas las calles del centro y de Santa Rosa; el año pasado llegaba apenas a seis de cada diez. Los contenedores de la plaza se vacían dos veces al día.

        «Antes nos tiraban la basura encima, ahora los vecinos hasta nos saludan», dice Hermelinda. A las ocho, cuando abren las tiendas, la avenida ya está limpia.""",
        m="I",
        t="limpieza",
        tone="+",
        note="blog chronicle: praise through facts",
    ),
    S(
        "y068",
        "aynoti",
        "2026-11-11",
        "Inician cobranza coactiva a 86 predios con deudas mayores a cinco años",
        """La Municipalidad Distrital de Ayrampuquio notificó a 86 propietarios con deudas de impuesto predial y arbitrios de más de cinco años el inicio del procedimiento de cobranza coactiva, informó la gerenta municipal, Rocío Valdivieso.

        Los contribuyentes tienen siete días hábiles para pagar o acogerse a la amnistía vigente hasta el 15 de diciembre. Vencido el plazo, el ejecutor coactivo podrá ordenar embargos en forma de retención bancaria.""",
        m="I G",
        t="tributos",
        tone="0",
        note="enforcement notice: neutral",
    ),
    S(
        "y069",
        "altoque",
        "2026-11-12T17:10:00-05:00",
        "Puente de Yuraqmayo ya tiene tablas nuevas y barandas",
        """Actualización 📌 Esta mañana una cuadrilla de la Municipalidad de Ayrampuquio cambió las 36 tablas del puente peatonal de Yuraqmayo por tablones de eucalipto tratado y colocó barandas de tubo a los dos lados. Los escolares ya cruzan de dos en dos. Los vecinos nos mandaron las fotos.""",
        m="I",
        t="obras",
        tone="+",
        note="the municipality fixing what it was mocked for (see y059): positive",
    ),
    S(
        "y070",
        "centinela",
        "2026-11-12T09:00:00-05:00",
        "Uchcumarca: regidores acusan al alcalde Quispealaya de sobrevalorar uniformes del serenazgo",
        """Tres regidores de Uchcumarca pidieron a la Contraloría revisar la compra de 40 uniformes para el serenazgo de ese distrito, adquiridos por 98 000 soles, a razón de 2 450 soles cada uno.

        «Una casaca y un pantalón no cuestan eso ni en Lima», dijo la regidora Elsa Porras. El alcalde Quispealaya, de Uchcumarca, respondió que los uniformes incluyen chalecos antibalas y botas térmicas para trabajar a 4 000 metros, y que la compra pasó por el sistema de Perú Compras.""",
        about=False,
        note="namesake: the Uchcumarca Mayor accused; seguridad keywords in another town",
    ),
    S(
        "y071",
        "cumbre",
        "2026-11-12T07:40:00-05:00",
        "Regidor denuncia 14 contratos para familiares en la gerencia ambiental; gerente lo niega",
        """El regidor Froilán Alanya Baltazar presentó al concejo una relación de 14 personas contratadas este año en la Gerencia de Gestión Ambiental de la Municipalidad Distrital de Ayrampuquio que, según dijo, son parientes de funcionarios y de dos regidores de la mayoría.

        «Hay sobrinas, cuñados y hasta el yerno de un regidor como barredores que nunca han barrido», afirmó. El gerente de Gestión Ambiental, Edgar Sedano Chamorro, negó las acusaciones. «Todos entraron por concurso público y los resultados están en el portal de transparencia», dijo.

        El concejo acordó pedir un informe a la oficina de recursos humanos.""",
        m="R E I",
        note="an accusation the official denies is still negative; hiring is none of the five topics",
        tone="-",
    ),
    C(
        "y072",
        "y071",
        "apn",
        "2026-11-12T11:15:00-05:00",
        "Ayrampuquio: denuncian nepotismo en área ambiental del municipio",
    ),
    S(
        "y073",
        "rqori",
        "2026-11-12",
        "Cisternas municipales riegan Santa Rosa dos veces al día contra el polvo",
        """Desde el lunes, vecinos de Santa Rosa, ya lo habrán visto: dos cisternas de la Municipalidad de Ayrampuquio riegan las calles de tierra a las siete de la mañana y a las dos de la tarde, las horas en que pasan los camiones y se levanta más polvo.

        El gerente de Gestión Ambiental, Edgar Sedano, nos dijo que el riego sigue la recomendación de los médicos del Minsa para bajar el plomo que respiran los niños. Además, cuarenta promotoras están visitando casa por casa para enseñar a limpiar con trapo húmedo y no con escoba.

        La señora Felícita Yalli nos dice que ahora sus hijos pueden jugar en la puerta sin terminar grises. Wawakunapaq, pues, para los niños.""",
        m="I E",
        t="salud",
        tone="+",
        note="municipal action against lead exposure: salud, positive through facts",
    ),
    S(
        "y074",
        "tvh",
        "2026-11-13T04:10:00Z",
        "Cierran avenida Ferrocarril por reinicio de la obra de pavimentación",
        """CONDUCTORA: Atención conductores. A partir del lunes 16 la avenida Ferrocarril de Ayrampuquio estará cerrada al tránsito entre el jirón Grau y la estación, por el reinicio de la obra de pavimentación.

        REPORTERO: La Municipalidad Distrital de Ayrampuquio informó que el desvío será por el jirón Libertad y la calle Huancas. La gerenta municipal Rocío Valdivieso dijo que el nuevo contratista tendrá cinco meses para terminar los trabajos.""",
        m="I G",
        t="obras",
        tone="0",
        note="neutral traffic notice about works",
    ),
    S(
        "y075",
        "minperu",
        "2026-11-12T09:30:00-05:00",
        "PCM instala mesa técnica entre Atoqhuasi y Ayrampuquio por planta de agua potable",
        """La Oficina de Gestión Social de la Presidencia del Consejo de Ministros instaló una mesa técnica entre la Compañía Minera Atoqhuasi y la Municipalidad Distrital de Ayrampuquio para destrabar la planta de tratamiento de agua potable comprometida en el convenio de 2024.

        En la primera reunión, la empresa se comprometió a entregar el expediente corregido en 45 días. El alcalde Abdías Quispealaya pidió que el cronograma incluya penalidades si hay nuevos retrasos. La próxima sesión será el 10 de diciembre en Huarmicocha.""",
        m="I A",
        t="obras",
        tone="0",
        note="a dialogue table: neutral",
    ),
    S(
        "y076",
        "socavon",
        "2026-11-12T08:30:00-05:00",
        "Carta: en Ccarhuapampa el camión no pasa desde setiembre",
        """Cartas de los lectores

        Señor director: leo que en Ayrampuquio han contratado barredoras y que la avenida luce limpia. Me alegro por el centro. En Ccarhuapampa, a quince minutos, el camión de la basura no pasa desde el 12 de setiembre. Quemamos la basura en el patio o la llevamos a la quebrada, que es peor. Tres veces fuimos a la comuna ayrampuquiana con nuestro memorial. Nos dicen que la ruta «se está reprogramando».

        Esperamos respuesta.

        Maximiliana Yauri Quinto, anexo Ccarhuapampa""",
        m="I",
        t="limpieza",
        tone="-",
        note="reader's letter: criticism through facts",
    ),
    S(
        "y077",
        "cumbre",
        "2026-11-12T07:00:00-05:00",
        "Municipio contrata dos nutricionistas para los niños con plomo de Santa Rosa",
        """Dos nutricionistas contratadas por la Municipalidad Distrital de Ayrampuquio empezaron esta semana a visitar a las 58 familias de Santa Rosa cuyos hijos tienen plomo elevado en la sangre. Llevan una balanza, un tallímetro y una canasta mensual con alimentos ricos en hierro y calcio.

        El alcalde Abdías Quispealaya explicó que el programa costará 180 000 soles hasta junio y se financia con una modificación presupuestal aprobada por unanimidad. En los primeros cuatro días se visitaron 31 hogares.""",
        m="I A",
        t="salud",
        tone="+",
        note="a municipal health action told through facts",
    ),
    C(
        "y078",
        "y077",
        "cronicas",
        "2026-11-12T19:00:00-05:00",
        "Nutricionistas casa por casa: la respuesta municipal al plomo en Santa Rosa",
    ),
    S(
        "y079",
        "altoque",
        "2026-11-12T21:30:00-05:00",
        "¡Club Deportivo Ayrampuquio asciende a la Liga Provincial!",
        """¡SOMOS DE PRIMERA! ⚽🔥 El Club Deportivo Ayrampuquio venció 2-0 a Juventud Pallcamayo en la final distrital y jugará la Liga Provincial de Huarmicocha en 2027. Goles de Kevin Ticse y Rubén Chuco. ¡Vamos, Ayrampu!""",
        about=False,
        note="a football club named after the place; sport, no municipal angle",
    ),
    S(
        "y080",
        "centinela",
        "2026-11-13T08:20:00-05:00",
        "Vecinos de Cochapata toman local municipal por coliseo inconcluso",
        """Un centenar de vecinos de Cochapata tomaron ayer el local de la agencia municipal de la Municipalidad de Ayrampuquio en ese centro poblado, en protesta por el coliseo cerrado que se ofreció en 2023 y cuyo expediente técnico todavía no se aprueba.

        Los manifestantes encadenaron la puerta y colgaron una banderola: «Tres años de promesas». Pidieron que el alcalde Quispealaya llegue a Cochapata a dialogar; hasta la noche no se había presentado.

        Según el portal del MEF, el proyecto tiene 4,8 millones asignados y cero ejecución.""",
        m="I A",
        t="obras",
        tone="-",
        note="protest over stalled works",
    ),
    S(
        "y081",
        "tvh",
        "2026-11-14T04:40:00Z",
        "Serenos y ronderos recuperan 23 alpacas robadas en la puna",
        """CONDUCTOR: Buen trabajo en la puna de Ayrampuquio. Serenos y ronderos recuperaron veintitrés alpacas que habían sido robadas la noche anterior en la comunidad de Yuraqmayo.

        REPORTERO: Los abigeos cargaban los animales en un camión en la pampa de Chaquicocha cuando llegó la patrulla del serenazgo, alertada por los ronderos por radio. Dos personas fueron detenidas y puestas a disposición de la comisaría. La Municipalidad Distrital de Ayrampuquio había instalado en setiembre radios de comunicación en seis comunidades altas, justamente para esto.

        CONDUCTOR: Las alpacas ya volvieron con su dueña.""",
        m="I",
        t="seguridad",
        tone="+",
        note="a security outcome; rustling and the serenazgo",
    ),
    S(
        "y082",
        "rqori",
        "2026-11-13",
        "Lunes no habrá atención en el palacio municipal",
        """Un aviso para la población, señores: el alcalde ha dispuesto que el lunes 16 no haya atención al público en el palacio municipal por el aniversario de creación política del distrito. Los trámites se retoman el martes. El serenazgo y el recojo de basura funcionarán con normalidad.""",
        about=True,
        tone="0",
        note="position-only: a bare 'el alcalde', no name or institution; a municipal notice, about us",
    ),
    S(
        "y083",
        "apn",
        "2026-11-13T09:00:00-05:00",
        "Congreso amplía el Reinfo hasta diciembre de 2027",
        """El Pleno del Congreso aprobó por 71 votos a favor ampliar hasta el 31 de diciembre de 2027 la vigencia del Registro Integral de Formalización Minera, que permite operar a unos 80 000 mineros en proceso de formalización.

        La medida fue celebrada por las asociaciones de mineros artesanales de la sierra central, entre ellas la del cerro Huaripuquio, en Ayrampuquio, que había marchado la semana pasada. Organizaciones ambientalistas criticaron la ampliación.""",
        about=False,
        note="the district named in a national story on informal mining",
    ),
    S(
        "y084",
        "aynoti",
        "2026-11-13",
        "Más de 1 100 contribuyentes se acogieron a la amnistía en su primera semana",
        """En la primera semana de vigencia de la amnistía tributaria, 1 126 contribuyentes pagaron sus deudas de impuesto predial y arbitrios en la Municipalidad Distrital de Ayrampuquio, que recaudó 412 000 soles, más de lo que cobró en todo el trimestre anterior.

        La oficina de Administración Tributaria habilitó atención en horario corrido y el sábado. El beneficio rige hasta el 15 de diciembre.""",
        m="I",
        t="tributos",
        tone="+",
        note="tax outcome told through figures",
    ),
    S(
        "y085",
        "cumbre",
        "2026-11-13T08:00:00-05:00",
        "Ayrampuquio pide guardavía y barrera en el cruce donde el tren arrolló 14 llamas",
        """El alcalde de Ayrampuquio, Abdías Quispealaya, envió un oficio al Ministerio de Transportes y Comunicaciones y a la concesionaria Ferrovías Sierra Central para que instalen una barrera automática y un guardavía en el paso a nivel del kilómetro 171, en Chaquicocha, donde el tren de carga arrolló catorce llamas la semana pasada.

        «Por ese cruce pasan también los niños que van al colegio. La próxima vez no serán llamas», advirtió. El MTC respondió que la concesionaria tiene la obligación contractual de señalizar los cruces.""",
        m="A",
        tone="0",
        note="the Mayor asks others about the railway: none of the five topics, neutral toward us",
    ),
    C(
        "y086",
        "y085",
        "portal",
        "2026-11-13T12:20:00-05:00",
        "Tras la muerte de 14 llamas, alcalde pide barrera en paso a nivel de Chaquicocha",
    ),
    S(
        "y087",
        "cronicas",
        "2026-11-13T17:00:00-05:00",
        "El relleno que nunca llegó",
        """Por Jesús Ordaya, ingeniero ambiental

        En 2019 la Municipalidad Distrital de Ayrampuquio anunció un relleno sanitario. En 2022 lo volvió a anunciar. Esta semana firmó un convenio con Uchcumarca para, otra vez, hacer el estudio. Mientras tanto, once toneladas diarias de basura terminan en un botadero a orillas del Pucrumayo, y el OEFA acaba de constatar lixiviados corriendo hacia la laguna de las truchas.

        El gerente Sedano dice que el botadero es «temporal». Lleva siete años siendo temporal. No hace falta esperar el relleno para separar los residuos del centro de salud, para dejar de quemar o para cercar el lugar. Nada de eso se ha hecho.""",
        m="I E",
        t="limpieza",
        tone="-",
        note="blog opinion: criticism through facts",
    ),
    S(
        "y088",
        "centinela",
        "2026-11-13T08:40:00-05:00",
        "Contraloría halla pagos duplicados en obra de la avenida Ferrocarril",
        """Un informe de control concurrente de la Contraloría detectó que la Municipalidad Distrital de Ayrampuquio pagó dos veces la misma valorización, por 312 000 soles, al consorcio que abandonó la pavimentación de la avenida Ferrocarril.

        El informe señala además que la supervisión aprobó partidas de asfalto que no se ejecutaron. La gerenta municipal Rocío Valdivieso dijo que el municipio ya inició el procedimiento para recuperar el dinero y que los funcionarios responsables fueron separados.""",
        m="I G",
        t="obras",
        tone="-",
        note="audit finding against us",
    ),
    C(
        "y089",
        "y088",
        "apn",
        "2026-11-13T13:40:00-05:00",
        "Contraloría detecta pago doble de 312 000 soles en obra municipal de Ayrampuquio",
        lead="""La Contraloría General de la República detectó que la Municipalidad Distrital de Ayrampuquio, en la provincia de Huarmicocha, pagó dos veces una misma valorización de 312 000 soles a un consorcio que abandonó una obra de pavimentación.""",
    ),
    S(
        "y090",
        "altoque",
        "2026-11-13T19:45:00-05:00",
        "Minga en la ribera del Ayrampu: 11 toneladas de basura recogidas",
        """¡Gracias a todos los que vinieron! 💪 400 voluntarios, colegios y juntas vecinales limpiaron tres kilómetros de la ribera del río Ayrampu en la minga convocada por el municipio de Ayrampuquio. Se sacaron 11 toneladas de residuos, entre ellos 2 300 botellas y 40 llantas. Hubo caldo de cabeza para todos.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a cleaning drive told through figures",
    ),
    S(
        "y091",
        "tvh",
        "2026-11-14T03:05:00Z",
        "Huelga minera: Froilán Alanya confirma paro para el lunes",
        """CONDUCTORA: Y la huelga en la mina sigue en pie. El secretario general del sindicato de Atoqhuasi, Froilán Alanya, confirmó esta noche que el lunes 16 los trabajadores bajarán de los campamentos.

        FROILÁN ALANYA: Hemos esperado tres meses. La empresa subió su oferta a cuatro soles. Con cuatro soles no se compra ni un kilo de papa. Los compañeros están decididos.

        CONDUCTORA: La compañía minera dijo que la producción no se verá afectada porque tiene personal de contratas.""",
        about=False,
        note="namesake: 'Froilán Alanya', given name and first surname of the regidor, is the union leader",
    ),
    S(
        "y092",
        "rqori",
        "2026-11-14",
        "Yuraqmayo: el agua sale turbia y nadie da respuesta",
        """Nos llaman de Yuraqmayo, señores. El agua del caño sale marrón desde hace una semana. Doña Celia Huaman nos dice que llenó un balde y al rato tenía barro en el fondo. «Hervimos, pero igual, ¿cómo le damos eso a los niños?».

        Los vecinos fueron dos veces a la Municipalidad de Ayrampuquio, que administra el sistema de agua del centro poblado. Les dijeron que el técnico está de vacaciones. Hasta hoy nadie ha subido a revisar el reservorio.""",
        m="I",
        tone="-",
        note="water supply failing: none of the five topics",
    ),
    S(
        "y093",
        "cumbre",
        "2026-11-14T07:30:00-05:00",
        "¿Canon para un puesto de salud? Regidor y gerenta discrepan",
        """El regidor de oposición Froilán Alanya propuso al concejo destinar cinco millones de soles del canon a construir un puesto de salud en Santa Rosa, el barrio con más niños con plomo en la sangre. «No podemos esperar a que el Minsa se acuerde de nosotros», argumentó.

        La gerenta municipal Rocío Valdivieso respondió que los establecimientos de salud son competencia del Gobierno Regional y que el municipio no podría pagar médicos ni equipos una vez construido. Propuso, en cambio, un convenio para que la región opere el puesto si la municipalidad pone la infraestructura.

        Ambas propuestas se verán en comisión la próxima semana.""",
        m="R G",
        t="salud",
        tone="0",
        note="balanced debate on a health post: neutral",
    ),
    S(
        "y094",
        "socavon",
        "2026-11-14T08:00:00-05:00",
        "Tuberías antes que fuegos artificiales",
        """Opinión | Por Aurelio Canchari

        Hace dos años los vecinos de Santa Rosa echaban sus aguas servidas a la quebrada. Desde la semana pasada 412 casas tienen desagüe y la quebrada, por primera vez en décadas, no huele. Cochapata estrenó pista con su paradero. En Yuraqmayo, después de burlas merecidas, el puente peatonal tiene tablas y barandas.

        No defiendo al alcalde Quispealaya: su gestión tiene cuentas pendientes con el coliseo y la avenida Ferrocarril. Pero cuando una municipalidad mete el canon en tuberías y no en conciertos, también hay que decirlo. La Municipalidad de Ayrampuquio ha hecho este año lo que pocas: obras que no se ven en la foto, pero que se huelen.""",
        m="A I",
        t="obras",
        tone="+",
        note="opinion column favourable on balance, with reservations",
    ),
    S(
        "y095",
        "minperu",
        "2026-11-14T10:00:00-05:00",
        "Camiones de concentrado ya no cargan en Santa Rosa tras acuerdo con el municipio",
        """Desde el lunes, los camiones que llevan concentrado de la Compañía Minera Atoqhuasi ya no cargan en el patio de Santa Rosa, a 600 metros de las viviendas, sino en una nueva plataforma techada junto a la estación, a cuatro kilómetros del pueblo.

        El traslado fue acordado en octubre entre la empresa y la Municipalidad Distrital de Ayrampuquio, que otorgó en tiempo récord la licencia de edificación de la plataforma. El alcalde Abdías Quispealaya había puesto como condición que el patio de Santa Rosa se cerrara antes de fin de año.

        La Diresa medirá en enero el plomo en el polvo de las viviendas del barrio.""",
        m="I A",
        t="salud",
        tone="+",
        note="an outcome the municipality negotiated against lead exposure: salud, positive",
    ),
    C(
        "y096",
        "y095",
        "cumbre",
        "2026-11-14T17:30:00-05:00",
        "Santa Rosa sin patio de concentrado: se cumple el pedido del alcalde",
        extra="Con información de Minería al Día Perú.",
    ),
    S(
        "y097",
        "aynoti",
        "2026-11-14",
        "Convocatoria CAS: el municipio busca 20 serenos",
        """La Municipalidad Distrital de Ayrampuquio convoca a concurso CAS para cubrir 20 plazas de sereno a pie y 4 de conductor de unidad móvil. Requisitos: secundaria completa, entre 21 y 45 años, sin antecedentes. Remuneración: 1 700 soles. Los expedientes se reciben en mesa de partes hasta el 24 de noviembre.""",
        m="I",
        t="seguridad",
        tone="0",
        note="neutral hiring notice",
    ),
    S(
        "y098",
        "altoque",
        "2026-11-14T22:10:00-05:00",
        "Otra vez: asaltan a ambulantes en el mercado y el serenazgo no aparece",
        """Esta noche, a las 8, dos sujetos en moto asaltaron a tres vendedoras de anticuchos en la puerta del mercado. Las señoras llamaron a la central del serenazgo: nadie contestó. ¿No que la gerenta Valdivieso había prometido serenos fijos en el mercado? 🤔 Llegaron los policías 40 minutos después.""",
        m="G",
        t="seguridad",
        tone="-",
        note="short note: the promise unkept, criticism",
    ),
    S(
        "y099",
        "tvh",
        "2026-11-15T04:15:00Z",
        "Municipio cierra botadero del Pucrumayo y lleva la basura a una celda transitoria",
        """CONDUCTORA: Cambio importante en el manejo de la basura en Ayrampuquio. Desde hoy los camiones ya no descargan en el botadero del río Pucrumayo.

        REPORTERO: Así es. La Municipalidad Distrital de Ayrampuquio cercó el botadero, lo cubrió con tierra y abrió una celda transitoria impermeabilizada con geomembrana a dos kilómetros del río, en Chaquicocha. Los residuos del centro de salud van ahora en bolsas rojas a un horno de la provincia.

        EDGAR SEDANO, GERENTE DE GESTIÓN AMBIENTAL: El OEFA nos dio noventa días y lo hemos hecho en cinco. La celda dura dieciocho meses, hasta que esté el relleno.

        CONDUCTORA: Los truchicultores de Puyhuancocha saludaron la medida.""",
        m="I E",
        t="limpieza",
        tone="+",
        note="the municipality fixing a problem it had (see y053): positive",
    ),
    S(
        "y100",
        "rqori",
        "2026-11-15",
        "Uchcumarca vive su fiesta de San Andrés",
        """Y desde el distrito vecino, señores, Uchcumarca ya está de fiesta. Este domingo empieza la fiesta patronal de San Andrés con la entrada de ceras, el lunes la corrida de toros y el martes el jalapato. El alcalde Rómulo Quispealaya invitó a todos los ayrampuquianos a visitarlos; dice que habrá orquesta de Huancayo y que la entrada al coso es libre. ¡Anchata kusikusun!""",
        about=False,
        note="namesake: the Uchcumarca Mayor in another town's festivity",
    ),
    # --- more of both weeks: the posts, the fees, the cameras, the council ---------------------------------------------
    S(
        "y101",
        "cumbre",
        "2026-11-15T07:20:00-05:00",
        "Posta de Cochapata cumple tres meses sin médico pese a convenio municipal",
        """Desde el 14 de agosto, el puesto de salud de Cochapata no tiene médico. Lo atiende una técnica en enfermería tres días por semana, y los casos de neumonía, que con las heladas se multiplican, tienen que bajar dos horas en combi hasta el centro de salud del distrito.

        El médico lo pagaba la Municipalidad Distrital de Ayrampuquio mediante un convenio con la Diresa, pero el contrato venció y no se renovó. La teniente alcaldesa Marleny Huatuco admitió que «hubo una demora en la oficina de logística» y dijo que el nuevo profesional llegará en diciembre.

        En lo que va de noviembre, la técnica ha referido once niños con infecciones respiratorias.""",
        m="I T",
        t="salud",
        tone="-",
        note="our own lapse in a health agreement; admitted by the teniente alcaldesa",
    ),
    C(
        "y102",
        "y101",
        "portal",
        "2026-11-15T10:00:00-05:00",
        "Cochapata: tres meses sin médico y once niños con neumonía referidos",
    ),
    S(
        "y103",
        "centinela",
        "2026-11-15T08:15:00-05:00",
        "Municipio corrige recibos de arbitrios y devuelve cobros indebidos a 214 vecinos",
        """La Municipalidad Distrital de Ayrampuquio anuló los recibos de arbitrios con errores que llegaron a los hogares a inicios de mes y emitió nuevos a 214 contribuyentes, a quienes se les había cargado deudas ya pagadas o tarifas de comercio en viviendas.

        La gerenta municipal Rocío Valdivieso explicó que el error se debió a una migración de datos del sistema de rentas. Quienes pagaron de más tendrán el monto a su favor en la cuota de diciembre o podrán pedir la devolución en efectivo. Desde el lunes funciona un módulo de reclamos en el patio del palacio municipal, que ya atendió 96 casos.""",
        m="I G",
        t="tributos",
        tone="+",
        note="the municipality fixing a billing error it had (see y064): positive",
    ),
    C(
        "y104",
        "y103",
        "altoque",
        "2026-11-15T12:40:00-05:00",
        "¿Te llegó mal tu recibo de arbitrios? Ya los corrigieron",
    ),
    S(
        "y105",
        "apn",
        "2026-11-15T10:30:00-05:00",
        "Alcaldes de distritos mineros piden al MEF un fondo de estabilización del canon",
        """Una veintena de alcaldes de distritos mineros de la sierra central pidió al Ministerio de Economía y Finanzas crear un fondo que amortigüe las caídas del canon cuando bajan los precios de los metales.

        «Un año recibimos 24 millones y al siguiente 18. Así no se puede planificar ni una obra de tres años», dijo el alcalde de Ayrampuquio, Abdías Quispealaya Torpoco, vocero del grupo. Los alcaldes entregaron un proyecto de ley a la Comisión de Descentralización del Congreso.

        El MEF respondió que evaluará la propuesta en el marco de la reforma fiscal descentralizada.""",
        m="A",
        tone="0",
        note="the Mayor speaking for a group of mayors to the national government: neutral; canon is not a topic",
    ),
    S(
        "y106",
        "rqori",
        "2026-11-15",
        "Yuraqmayo ya tiene agua limpia: limpiaron el reservorio",
        """Buenas noticias para Yuraqmayo, señores, que nos llamaron toda la semana. Ayer subió una cuadrilla de la Municipalidad de Ayrampuquio, vació el reservorio, sacó casi medio metro de lodo, lo lavó, cambió el filtro de la captación y volvió a clorar.

        Doña Celia Huaman nos dice que esta mañana el agua ya salió clarita. «Recién, pues, pero ya salió limpia». La cuadrilla dejó un cronograma: la limpieza se hará cada tres meses.""",
        m="I",
        tone="+",
        note="the municipality fixing a problem it had (see y092); water supply is none of the five topics",
    ),
    S(
        "y107",
        "tvh",
        "2026-11-16T04:25:00Z",
        "Obreros municipales protestan por dos meses de sueldo atrasado",
        """CONDUCTOR: Protesta frente al palacio municipal de Ayrampuquio. Unos setenta obreros de limpieza, parques y maestranza exigieron el pago de los sueldos de setiembre y octubre.

        REPORTERA: Con ollas y pitos, los trabajadores se plantaron desde las siete de la mañana. Dicen que tienen hijos en el colegio y deudas con la tienda. La gerenta municipal Rocío Valdivieso salió a hablar con ellos y prometió pagar setiembre el viernes. Octubre, dijo, depende de una transferencia.

        CONDUCTOR: Los obreros advirtieron que si el viernes no cobran, dejarán de trabajar.""",
        m="G",
        tone="-",
        note="unpaid municipal workers; labour is none of the five topics (the sweepers' protest is not about the garbage service)",
    ),
    C(
        "y108",
        "y107",
        "portal",
        "2026-11-16T08:00:00-05:00",
        "Ayrampuquio: obreros municipales con ollas y pitos reclaman dos meses de sueldo",
    ),
    S(
        "y109",
        "minperu",
        "2026-11-15T09:00:00-05:00",
        "«Atoqhuasi Contigo» otorga 60 becas técnicas a jóvenes de la zona de influencia",
        """Sesenta jóvenes de las comunidades de la zona de influencia de la Compañía Minera Atoqhuasi estudiarán carreras técnicas de mecánica de equipo pesado, electricidad industrial y metalurgia con becas completas del programa «Atoqhuasi Contigo».

        Los becarios, seleccionados entre 410 postulantes, recibirán además alojamiento y alimentación en Huancayo durante los tres años de estudio. La empresa se comprometió a dar prácticas en la mina a los diez mejores de cada promoción.""",
        about=False,
        note="the mining company's social programme on its own",
    ),
    S(
        "y110",
        "aynoti",
        "2026-11-15",
        "Prohibida la quema de residuos: multas de hasta una UIT",
        """La Gerencia de Gestión Ambiental de la Municipalidad Distrital de Ayrampuquio recuerda a la población que está prohibida la quema de residuos sólidos en la vía pública, en terrenos y en las riberas de los ríos, conforme a la Ordenanza 009-2025.

        Los infractores podrán ser multados con montos de hasta una Unidad Impositiva Tributaria. Los vecinos pueden denunciar quemas al número de la central del serenazgo.""",
        m="I",
        t="limpieza",
        tone="0",
        note="enforcement reminder: neutral",
    ),
    S(
        "y111",
        "socavon",
        "2026-11-15T08:00:00-05:00",
        "Carta: los serenos que salvaron a mi padre",
        """Cartas de los lectores

        Señor director: el sábado 7 mi padre, de 74 años, sufrió un desmayo en la calle Huancas, a las once de la noche y con nueve bajo cero. Una patrulla del serenazgo de la Municipalidad de Ayrampuquio lo encontró a los pocos minutos, lo abrigó con una frazada que llevaban en la camioneta y lo trasladó al centro de salud. El médico nos dijo que una hora más a esa temperatura habría sido fatal.

        Quiero que se sepa.

        Nelly Rojas Paucar, barrio Miraflores""",
        m="I",
        t="seguridad",
        tone="+",
        note="reader's letter: praise through facts",
    ),
    S(
        "y112",
        "altoque",
        "2026-11-15T16:50:00-05:00",
        "Foto del día: la «pista» de la avenida Ferrocarril",
        """📸 Foto del día. Así luce hoy la avenida Ferrocarril: zanjas de un metro, tubos botados y un mototaxi atascado en el barro. Una obra de la comuna ayrampuquiana que se pagó dos veces y no se terminó ni una. Dicen que el lunes vuelven las máquinas. Ya veremos.""",
        m="I",
        t="obras",
        tone="-",
        note="short note: criticism through facts and irony",
    ),
    S(
        "y113",
        "cumbre",
        "2026-11-16T07:30:00-05:00",
        "Concejo aprueba presupuesto 2027 con 22 proyectos y un voto en contra",
        """El concejo de Ayrampuquio aprobó anoche el presupuesto institucional de apertura 2027 de la Municipalidad Distrital de Ayrampuquio, por 61,3 millones de soles, con 22 proyectos de inversión, entre ellos el asfaltado de las calles de Santa Rosa, el coliseo de Cochapata y el puente de Yuraqmayo.

        El regidor Froilán Alanya Baltazar votó en contra. Dijo que el presupuesto «repite proyectos que ya fracasaron» y que la municipalidad debería primero terminar lo empezado. La sesión, a diferencia de la anterior, transcurrió sin incidentes y duró cuatro horas.""",
        m="I R",
        t="obras",
        tone="0",
        note="budget approval with one dissent: neutral",
    ),
    C(
        "y114",
        "y113",
        "apn",
        "2026-11-16T11:00:00-05:00",
        "Ayrampuquio aprueba presupuesto de 61,3 millones para 2027",
    ),
    S(
        "y115",
        "cronicas",
        "2026-11-14T15:00:00-05:00",
        "Truchas, frío y relaves: la orilla de Puyhuancocha",
        """Isidro Chuquillanqui revisa sus jaulas flotantes a las seis de la mañana, con la laguna todavía escarchada. Cría 12 000 truchas, y en febrero perdió cuatro mil en una sola noche, cuando los relaves de la minera llegaron por el Pucrumayo y el agua se puso color ceniza.

        La asociación de truchicultores recibió de la empresa una compensación de 38 000 soles por todas sus pérdidas, que sumaban más de 200 000. «Firmamos porque había que pagar el alimento», dice Isidro. Ahora esperan el resultado de la apelación de la minera contra la multa del OEFA.

        En la orilla, los niños venden trucha frita a los camioneros de la Interandina. La laguna, a 4 050 metros, sigue siendo la más bonita de la provincia.""",
        about=False,
        note="chronicle of the trout farms and the mining company; the district's lake, no municipal angle",
    ),
    S(
        "y116",
        "tvh",
        "2026-11-03T04:50:00Z",
        "Aulas calientes: municipio instala pisos térmicos en 14 PRONOEI de la puna",
        """CONDUCTORA: En las alturas de Ayrampuquio los niños de tres a cinco años estudiaban con chompa, chalina y gorro dentro del salón. Eso cambió este mes.

        REPORTERO: Así es. La Municipalidad Distrital de Ayrampuquio terminó de instalar pisos de madera aislantes, ventanas dobles y muros trombe en catorce PRONOEI de las comunidades altas. En Ccarhuapampa, donde estamos, afuera hay cinco bajo cero y adentro el termómetro marca catorce grados.

        ABDÍAS QUISPEALAYA, ALCALDE: Con las heladas, las mamás dejaban de mandar a los niños. Ahora la asistencia ha subido.

        REPORTERO: La profesora Elva Lazo nos confirma: de 11 niños que venían en octubre, ahora vienen 19.""",
        m="I A",
        tone="+",
        note="heated classrooms against frost, told through facts; none of the five topics",
    ),
    C(
        "y117",
        "y116",
        "portal",
        "2026-11-03T09:30:00-05:00",
        "De 11 a 19 niños: aulas con muros trombe llenan los PRONOEI de Ayrampuquio",
        extra="Fuente: Huarmicocha TV Canal 5.",
    ),
    S(
        "y118",
        "rqori",
        "2026-11-02",
        "Serenos patrullan a catorce bajo cero sin ropa térmica",
        """Conversamos esta madrugada con los serenos que hacen el turno de noche en la estación, señores, y nos han contado su realidad. Catorce grados bajo cero, y ellos con la misma casaca delgada que les dieron hace dos años. Sin guantes, sin pasamontañas.

        «A las tres de la mañana ya no sentimos los pies», nos dice uno de ellos, que pide no dar su nombre por temor a perder el trabajo. Dos compañeros están con descanso médico por bronquitis.

        Preguntamos en la Municipalidad de Ayrampuquio y nos dijeron que la compra de uniformes de invierno está en proceso desde julio.""",
        m="I",
        t="seguridad",
        tone="-",
        note="the serenazgo's conditions, a municipal failing",
    ),
    S(
        "y119",
        "centinela",
        "2026-11-03T09:00:00-05:00",
        "Municipio y OEFA vigilarán plomo en el aire de Santa Rosa con tres estaciones",
        """La Municipalidad de Ayrampuquio y el OEFA firmaron un acuerdo para instalar tres estaciones de monitoreo de partículas y metales en el aire del barrio Santa Rosa y del centro del distrito, como parte de la vigilancia de la salud de los niños expuestos al plomo.

        El gerente de Gestión Ambiental, Edgar Sedano Chamorro, informó que las estaciones empezarán a medir en enero y que los resultados se publicarán cada mes en el portal municipal. El OEFA pondrá los equipos; el municipio, los terrenos y la vigilancia.""",
        m="I E",
        t="salud",
        tone="0",
        note="an agreement still to be carried out: neutral; air monitoring framed as the children's health",
    ),
    S(
        "y120",
        "apn",
        "2026-11-06T10:00:00-05:00",
        "Ayrampuquio cumple meta de tamizaje de anemia y recibe bono del programa de incentivos",
        """La Municipalidad Distrital de Ayrampuquio, en la provincia de Huarmicocha, fue uno de los tres distritos de la sierra central que cumplieron al 100 % la meta de tamizaje de anemia en niños de 6 a 35 meses del Programa de Incentivos a la Mejora de la Gestión Municipal.

        Según el MEF, el distrito evaluó a 611 niños entre enero y octubre y el 92 % de los diagnosticados con anemia recibió suplemento de hierro. Por el cumplimiento, el municipio recibirá un bono de 240 000 soles.""",
        m="I",
        t="salud",
        tone="+",
        note="a national ranking in our favour, told through figures",
    ),
    C(
        "y121",
        "y120",
        "cumbre",
        "2026-11-06T16:00:00-05:00",
        "Meta cumplida: Ayrampuquio tamizó a 611 niños y gana bono de 240 000 soles",
        extra="(APN)",
    ),
    S(
        "y122",
        "aynoti",
        "2026-11-09",
        "Recojo de residuos voluminosos: cronograma por barrios",
        """La Municipalidad Distrital de Ayrampuquio informa el cronograma de recojo de residuos voluminosos (colchones, muebles, llantas, electrodomésticos): Santa Rosa, martes 17; Miraflores y centro, miércoles 18; Cochapata, jueves 19. Los vecinos deberán sacar los objetos a la puerta antes de las 7 de la mañana. No se recogerán desmontes de construcción.""",
        m="I",
        t="limpieza",
        tone="0",
        note="neutral service notice",
    ),
    S(
        "y123",
        "socavon",
        "2026-11-04T08:00:00-05:00",
        "Señor alcalde, la minera no barre su calle",
        """Opinión | Por Gregorio Ñaupari

        Al ingeniero Quispealaya le sale muy bien el papel de fiscal de la minera. En la radio, en la televisión, en la PCM: la empresa no cumple, la empresa contamina, la empresa miente. Puede que tenga razón en mucho de eso.

        Pero hay cosas que no dependen de la empresa. La avenida Ferrocarril pasó cinco días con basura hasta la rodilla porque el municipio tenía un solo camión y ninguno de reserva. En Ccarhuapampa no pasa el recolector desde setiembre. El botadero del Pucrumayo sigue quemando plásticos. Ninguna de esas cosas la hace la minera.

        Antes de pedir cuentas afuera, alcalde, barra su propia calle.""",
        m="A",
        t="limpieza",
        tone="-",
        note="opinion column: the Mayor's criticism of the company turned against his own garbage service",
    ),
    S(
        "y124",
        "altoque",
        "2026-11-03T13:00:00-05:00",
        "Corte de agua mañana en el centro",
        """⚠️ Mañana miércoles no habrá agua en el centro del distrito de 8 a. m. a 4 p. m. por cambio de válvulas en la línea de conducción, informó la Municipalidad de Ayrampuquio. Almacenen agua desde hoy.""",
        m="I",
        tone="0",
        note="water cut notice: none of the five topics",
    ),
    S(
        "y125",
        "cumbre",
        "2026-11-03T10:15:00-05:00",
        "Atoqhuasi y la comunidad San Juan de Ayrampuquio firman convenio marco de 30 millones",
        """Tras cuatro meses de negociación, la Compañía Minera Atoqhuasi y la comunidad campesina San Juan de Ayrampuquio firmaron un nuevo convenio marco por cinco años, que compromete 30 millones de soles en proyectos productivos, becas y mejoramiento de pastos.

        El presidente comunal, Justiniano Huaynate, dijo que la asamblea aprobó el acuerdo con 312 votos a favor y 41 en contra. El convenio incluye un fondo de 4 millones para las familias que crían truchas en Puyhuancocha.

        La firma se realizó en el local comunal con presencia de representantes de la Defensoría del Pueblo.""",
        about=False,
        note="the comunidad campesina carries the district's name but is not the municipality",
    ),
    C(
        "y126",
        "y125",
        "minperu",
        "2026-11-03T15:00:00-05:00",
        "Atoqhuasi asegura licencia social con convenio comunal de 30 millones",
    ),
    S(
        "y127",
        "tvh",
        "2026-11-09T04:00:00Z",
        "Asaltan a cambista en la plaza y las cámaras municipales estaban apagadas",
        """CONDUCTOR: Un cambista de dólares fue asaltado esta tarde en plena plaza de armas de Ayrampuquio. Le quitaron 14 000 soles.

        REPORTERA: Dos sujetos lo golpearon y huyeron en una moto hacia la Interandina. Cuando la Policía pidió las grabaciones, se enteró de que las ocho cámaras de videovigilancia de la Municipalidad Distrital de Ayrampuquio en la plaza llevan dos meses apagadas por falta de mantenimiento.

        CONDUCTOR: ¿Qué dice el municipio?

        REPORTERA: Que el contrato de mantenimiento venció y se está haciendo uno nuevo.""",
        m="I",
        t="seguridad",
        tone="-",
        note="a robbery exposing a municipal failing (cameras off)",
    ),
    S(
        "y128",
        "rqori",
        "2026-11-07",
        "Sisa del mercado sube a dos soles y comerciantes protestan",
        """Malestar en el mercado de abastos, señores. Desde este lunes la Municipalidad de Ayrampuquio cobra dos soles diarios de sisa por puesto, el doble de lo que se pagaba.

        Las comerciantes dicen que nadie les consultó. «Si nos dieran agua, luz y vigilancia, pagaríamos, pero el baño está clausurado y nos roban cada semana», nos dice doña Epifania Condori. Están juntando firmas para pedir que se suspenda el cobro. Mañana irán al concejo.""",
        m="I",
        t="tributos",
        tone="-",
        note="a doubled market fee (sisa) protested: tributos, negative",
    ),
    S(
        "y129",
        "centinela",
        "2026-11-08T08:00:00-05:00",
        "Ayrampuquio vende seis toneladas de plástico reciclado en octubre",
        """El programa de segregación en la fuente de la Municipalidad Distrital de Ayrampuquio recolectó en octubre seis toneladas de plástico, cartón y vidrio, que fueron vendidas a una empresa recicladora de Huancayo por 5 400 soles.

        El gerente de Gestión Ambiental, Edgar Sedano, informó que 1 300 viviendas participan ya del programa, frente a 420 a inicios de año. Cada miércoles, un triciclo municipal recoge las bolsas verdes casa por casa. Lo recaudado se reparte entre las catorce recicladoras formalizadas.""",
        m="I E",
        t="limpieza",
        tone="+",
        note="a recycling programme's results",
    ),
    C(
        "y130",
        "y129",
        "portal",
        "2026-11-08T11:30:00-05:00",
        "Reciclaje en la puna: 1 300 hogares de Ayrampuquio separan su basura",
    ),
    S(
        "y131",
        "minperu",
        "2026-11-06T11:00:00-05:00",
        "Alcalde de Ayrampuquio exige a Atoqhuasi publicar sus monitoreos de aire",
        """El alcalde de Ayrampuquio, Abdías Quispealaya, pidió a la Compañía Minera Atoqhuasi hacer públicos los resultados mensuales de sus estaciones de monitoreo de calidad de aire, que la empresa entrega al OEFA pero no difunde.

        «Si los resultados están dentro de los estándares, como dicen, no tienen nada que esconder», declaró. La empresa respondió que los informes son públicos a través del OEFA y que puede presentarlos al concejo si se lo solicitan formalmente.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor demands data from the company over the children's health: neutral",
    ),
    S(
        "y132",
        "aynoti",
        "2026-11-05",
        "Campaña de salud en Ccarhuapampa atiende a 410 pobladores",
        """Un total de 410 pobladores del anexo Ccarhuapampa y las estancias cercanas recibieron atención en la campaña de salud integral organizada el domingo por la Municipalidad Distrital de Ayrampuquio con el centro de salud del distrito.

        Se hicieron consultas de medicina general, odontología, control de niño sano y despistaje de anemia, y se vacunó a 88 adultos mayores contra la influenza. La teniente alcaldesa Marleny Huatuco informó que la próxima campaña será en Yuraqmayo.""",
        m="I T",
        t="salud",
        tone="+",
        note="a municipal health campaign told through figures",
    ),
    S(
        "y133",
        "cronicas",
        "2026-11-09T16:30:00-05:00",
        "Ayrampuquio y sus serenos de papel",
        """En el papel, el serenazgo de Ayrampuquio tiene 46 efectivos, cuatro camionetas nuevas, ocho cámaras y una central de radio. En la calle, la cuenta es otra.

        En una noche cualquiera de noviembre recorrí el distrito de once a dos de la mañana. Vi una camioneta, una sola, estacionada frente a la estación con el motor encendido para la calefacción. Las cámaras de la plaza están apagadas. La central de radio no contestó las tres veces que llamé. Según la planilla que obtuve por transparencia, 11 de los 46 serenos figuran «de licencia» o «en comisión».

        La gerenta municipal Rocío Valdivieso me dijo que los números de la planilla «no reflejan la realidad operativa». Eso, precisamente, es lo que preocupa.""",
        m="G",
        t="seguridad",
        tone="-",
        note="blog investigation: criticism through facts; 'el serenazgo de Ayrampuquio' is not the institution",
    ),
    C(
        "y134",
        "y133",
        "portal",
        "2026-11-10T08:20:00-05:00",
        "Crónica: una noche con el serenazgo de Ayrampuquio",
        extra="Publicado originalmente en Crónicas de la Puna.",
    ),
    S(
        "y135",
        "cumbre",
        "2026-11-09T07:10:00-05:00",
        "Muro de contención en la quebrada de Santa Rosa queda listo antes de las lluvias",
        """Las 46 viviendas que bordean la quebrada de Santa Rosa pasarán la temporada de lluvias sin el temor de otros años. La Municipalidad de Ayrampuquio concluyó un muro de contención de concreto ciclópeo de 280 metros, con gaviones y un canal de drenaje.

        En marzo de 2025 un huaico arrastró dos casas y dejó a nueve familias en la calle. La obra costó 1,1 millones y se terminó tres semanas antes de lo previsto, informó el alcalde Abdías Quispealaya, que recorrió el muro con los vecinos.""",
        m="I A",
        t="obras",
        tone="+",
        note="delivered works before the rains",
    ),
    S(
        "y136",
        "altoque",
        "2026-11-08T10:00:00-05:00",
        "Último plazo: la cuarta cuota del predial vence el 30",
        """🗓️ Recuerda: la cuarta cuota del impuesto predial vence el lunes 30 de noviembre. Puedes pagar en las ventanillas de la Municipalidad Distrital de Ayrampuquio o con el código de tu cuponera desde el banco o el celular.""",
        m="I",
        t="tributos",
        tone="0",
        note="neutral tax deadline notice",
    ),
    S(
        "y137",
        "tvh",
        "2026-11-05T03:45:00Z",
        "Heladas matan a 300 crías de alpaca en las alturas de Yuraqmayo",
        """CONDUCTORA: Las heladas ya golpean a los criadores de la puna. Según la agencia agraria de Huarmicocha, unas trescientas crías de alpaca murieron esta semana en las estancias de Yuraqmayo y Chaquicocha, en Ayrampuquio.

        REPORTERO: Los criadores dicen que los cobertizos no alcanzan y que los pastos están secos por la falta de lluvias. La agencia agraria repartirá dos toneladas de heno y botiquines veterinarios a partir del lunes.""",
        about=False,
        note="frost losses in the district reported by the agriculture agency; no municipal angle",
    ),
    S(
        "y138",
        "rqori",
        "2026-11-12",
        "Rimanakuy: ¿serenazgo o rondas campesinas en la puna?",
        """Hoy en «Rimanakuy» hablamos de seguridad en las comunidades altas. Nos acompañan la gerenta municipal Rocío Valdivieso y el presidente de la central de rondas, don Eusebio Ticse.

        DON EUSEBIO: En la puna el serenazgo no llega, señorita. Son dos horas de camino. Los que cuidamos el ganado somos los ronderos. Que el municipio nos dé radios, linternas, ponchos, y nosotros hacemos el trabajo.

        GERENTA VALDIVIESO: Y lo estamos haciendo, don Eusebio: seis comunidades ya tienen radio. Pero el serenazgo tiene que estar también, porque hay delitos que los ronderos no pueden atender solos, y la ley nos pide coordinar con la Policía.

        Al final coincidieron en firmar un acta de patrullaje conjunto. Yupaychayki a los dos por venir.""",
        m="G",
        t="seguridad",
        tone="0",
        note="a balanced radio debate: neutral",
    ),
    S(
        "y139",
        "socavon",
        "2026-11-11T08:00:00-05:00",
        "Carta: la frazada llegó hasta la estancia de mi madre",
        """Cartas de los lectores

        Señor director: mi madre vive sola en una estancia de Ccarhuapampa, a tres horas a pie de la carretera. Nunca le había llegado ninguna ayuda. El jueves, la teniente alcaldesa Marleny Huatuco subió con dos trabajadores y un burro cargado, y le dejó frazadas, una casaca, botas y un saco de harina. Mi madre me llamó llorando.

        Gracias.

        Rufino Quispe Ccente, Huarmicocha""",
        m="T",
        tone="+",
        note="reader's thank-you letter; frost aid is none of the five topics",
    ),
    S(
        "y140",
        "apn",
        "2026-11-14T12:00:00-05:00",
        "Contraloría advierte que bases del puente de Yuraqmayo restringen la competencia",
        """La Contraloría emitió un informe de hito de control en el que advierte que las bases de la licitación del puente vehicular de Yuraqmayo, convocada por la Municipalidad Distrital de Ayrampuquio, exigen una experiencia del postor «desproporcionada» que limitaría la participación a dos o tres empresas.

        El órgano de control recomendó al municipio revisar los requisitos antes de la absolución de consultas. Es la segunda licitación de este puente: la primera fue declarada desierta en julio.""",
        m="I",
        t="obras",
        tone="-",
        note="an audit warning on our own procurement",
    ),
    C(
        "y141",
        "y140",
        "centinela",
        "2026-11-15T08:45:00-05:00",
        "Puente de Yuraqmayo: Contraloría cuestiona bases de la licitación",
    ),
    S(
        "y142",
        "centinela",
        "2026-11-14T08:30:00-05:00",
        "Regidor Alanya pide la vacancia del alcalde por contratar a su sobrino",
        """El regidor Froilán Alanya Baltazar presentó ante el concejo una solicitud de vacancia contra el alcalde Abdías Quispealaya Torpoco por presunto nepotismo: sostiene que un sobrino del burgomaestre fue contratado como asistente en la oficina de obras en marzo.

        El alcalde Quispealaya negó el parentesco directo. «Es hijo de un primo de mi esposa, no es mi sobrino, y entró por concurso», dijo. El concejo tiene treinta días hábiles para debatir el pedido, que requiere dos tercios de votos.""",
        m="R A",
        tone="-",
        note="a vacancy request for nepotism, denied: still negative; 'el burgomaestre' after the Mayor was named",
    ),
    S(
        "y143",
        "cumbre",
        "2026-11-16T08:10:00-05:00",
        "Alcalde Quispealaya: «El Reinfo convierte a Huaripuquio en tierra de nadie»",
        """El alcalde de Ayrampuquio, Abdías Quispealaya, criticó la ampliación del Registro Integral de Formalización Minera aprobada por el Congreso y sostuvo que la medida prolonga la impunidad en el cerro Huaripuquio, donde operan unos 300 mineros informales.

        «Usan mercurio a cien metros del río y nadie los fiscaliza, porque el Reinfo los protege. Nosotros clausuramos una planta y a la semana estaba abierta», dijo. Pidió a la Dirección Regional de Energía y Minas y al Ministerio del Ambiente una fiscalización conjunta.""",
        m="A",
        tone="0",
        note="the Mayor criticises Congress and the regional mining office: neutral; informal mining is none of the topics",
    ),
    C(
        "y144",
        "y143",
        "apn",
        "2026-11-16T12:30:00-05:00",
        "Alcalde de distrito minero critica ampliación del Reinfo",
    ),
    S(
        "y145",
        "altoque",
        "2026-11-16T18:00:00-05:00",
        "¡Por fin! El camión de la basura llegó a Ccarhuapampa",
        """Después de dos meses 🙌 Hoy a las 9 a. m. el camión recolector de la Municipalidad de Ayrampuquio volvió a Ccarhuapampa y se llevó cuatro viajes de basura acumulada. Desde ahora pasará martes y sábados. La señora Maximiliana, la que escribió la carta, nos mandó la foto.""",
        m="I",
        t="limpieza",
        tone="+",
        note="the municipality fixing a lapse denounced in a letter (see y076): positive",
    ),
    # --- last stories and the remaining syndicated copies ----------------------------------------------------------------
    C(
        "y146",
        "y004",
        "apn",
        "2026-11-03T14:00:00-05:00",
        "Detectan plomo elevado en 58 niños de distrito minero de la sierra central",
        lead="""Cincuenta y ocho niños del barrio Santa Rosa, en el distrito de Ayrampuquio, provincia de Huarmicocha, presentan niveles de plomo en la sangre superiores al valor de referencia del Ministerio de Salud, según resultados de la Dirección Regional de Salud.""",
    ),
    S(
        "y147",
        "cumbre",
        "2026-11-02T08:30:00-05:00",
        "Serenazgo llega en 9 minutos: atendió 1 240 llamadas en octubre",
        """La central de emergencias del serenazgo de la Municipalidad Distrital de Ayrampuquio atendió 1 240 llamadas en octubre, y el tiempo promedio de llegada de una patrulla bajó de 22 a 9 minutos desde que la central opera con GPS en todas las unidades.

        De las llamadas, 312 fueron por peleas y escándalos, 188 por robos y 96 por personas en estado de ebriedad expuestas al frío. En 41 casos los serenos entregaron a los detenidos a la comisaría.""",
        m="I",
        t="seguridad",
        tone="+",
        note="an outcome told through figures",
    ),
    S(
        "y148",
        "centinela",
        "2026-11-02T08:50:00-05:00",
        "Les cobran predial por casas que se llevó el huaico",
        """Nueve familias de la quebrada de Santa Rosa cuyas viviendas fueron arrastradas por el huaico de marzo de 2025 recibieron este mes la cuponera del impuesto predial de 2026, con intereses por las cuotas vencidas.

        «No tengo casa, vivo donde mi hermana, y me cobran 480 soles por un terreno que ya no existe», dijo Gumercinda Huaylinos. Las familias presentaron en abril la documentación de Defensa Civil que acredita la pérdida. La Municipalidad de Ayrampuquio no ha dado de baja los predios y, según los afectados, les pidió «volver a presentar todo».""",
        m="I",
        t="tributos",
        tone="-",
        note="a tax billed on destroyed homes: negative through facts",
    ),
    S(
        "y149",
        "cumbre",
        "2026-11-02T07:40:00-05:00",
        "Leche vencida llegó a doce comités del Vaso de Leche de Ayrampuquio",
        """Doce comités del Vaso de Leche de Ayrampuquio recibieron la semana pasada latas de leche evaporada con fecha de vencimiento de setiembre. Las presidentas se dieron cuenta al repartir la ración y devolvieron 1 400 latas.

        El programa lo administra la Municipalidad Distrital de Ayrampuquio. La teniente alcaldesa Marleny Huatuco Solís, que preside el comité de administración, dijo que el proveedor será sancionado y que el lote ya fue reemplazado. Las madres sostienen que algunas familias llegaron a consumir la leche antes del aviso.""",
        m="I T",
        tone="-",
        note="a failure of a municipal programme; Vaso de Leche is none of the five topics",
    ),
    S(
        "y150",
        "tvh",
        "2026-11-04T04:30:00Z",
        "Padres de Santa Rosa: veinte niños quedaron fuera de la evaluación por plomo",
        """CONDUCTORA: Indignación de padres de familia en Santa Rosa. Veinte niños del barrio no fueron evaluados en el tamizaje de plomo en sangre de setiembre.

        REPORTERO: Los padres nos explican que la Diresa trabajó con el padrón nominal que le entregó la Municipalidad Distrital de Ayrampuquio, y que ese padrón estaba desactualizado: no figuraban los niños de las familias que llegaron en los últimos dos años. Ahora tendrán que esperar la brigada del Minsa.

        MADRE DE FAMILIA: Mi hijita tiene cuatro años, vive aquí desde que nació, y no estaba en la lista. ¿Cómo puede ser?

        CONDUCTORA: El municipio no respondió a nuestras llamadas.""",
        m="I",
        t="salud",
        tone="-",
        note="our own outdated register left children out of a health screening",
    ),
    C(
        "y151",
        "y150",
        "portal",
        "2026-11-04T08:30:00-05:00",
        "Padrón desactualizado dejó a 20 niños de Santa Rosa sin examen de plomo",
    ),
    S(
        "y152",
        "cronicas",
        "2026-11-16T16:00:00-05:00",
        "Cochapata ya tiene su puesto de serenazgo",
        """Hasta la semana pasada, si alguien en Cochapata necesitaba un sereno, tenía que esperar que una patrulla subiera desde el pueblo, cuarenta minutos por una trocha congelada. Desde el lunes hay un puesto fijo en la plaza del centro poblado, con seis serenos por turno, una camioneta y una moto.

        El alcalde Abdías Quispealaya inauguró el puesto, que funciona en un local cedido por la junta vecinal y refaccionado por la Municipalidad de Ayrampuquio. En la primera semana, los serenos atendieron catorce llamadas y detuvieron a un ladrón de ovejas.""",
        m="I A",
        t="seguridad",
        tone="+",
        note="a new security post told through facts",
    ),
    S(
        "y153",
        "aynoti",
        "2026-11-12",
        "Veredas nuevas del jirón Grau ya están rajadas",
        """Las veredas del jirón Grau, entregadas por la Municipalidad Distrital de Ayrampuquio en agosto, ya presentan grietas en once de sus catorce paños. En dos tramos el concreto se hundió y dejó escalones de hasta cinco centímetros.

        Los vecinos sostienen que el contratista vació el concreto con heladas, sin protegerlo. La garantía de la obra es de siete años, pero hasta hoy la municipalidad no ha notificado al contratista.""",
        m="I",
        t="obras",
        tone="-",
        note="defective works told through facts",
    ),
    S(
        "y154",
        "socavon",
        "2026-11-13T08:00:00-05:00",
        "Santa Rosa: ¿asfaltar o reubicar?",
        """Opinión | Por Zenaida Chanco Ricra

        En el concejo de Ayrampuquio hay dos posiciones sobre Santa Rosa, y las dos tienen argumentos. El alcalde Quispealaya propone asfaltar todas sus calles en 2027: menos polvo, menos plomo, y una obra que se puede hacer en un año. El regidor Alanya sostiene que asfaltar es poner una alfombra sobre el problema y que las familias más cercanas a la relavera deberían ser reubicadas con fondos de la minera.

        Asfaltar es posible y rápido; reubicar es justo pero lento y caro, y nadie sabe quién lo pagaría. Tal vez la respuesta sea hacer lo primero mientras se negocia lo segundo. Lo que no se puede es seguir discutiendo mientras los niños juegan en la tierra.""",
        m="A R",
        t="obras",
        tone="0",
        note="a balanced opinion column weighing two proposals",
    ),
    S(
        "y155",
        "cumbre",
        "2026-11-15T08:00:00-05:00",
        "Contenedores nuevos del mercado duraron una semana",
        """Los ocho contenedores de 1 100 litros que la Municipalidad de Ayrampuquio instaló el 5 de noviembre en el mercado de abastos ya no sirven: cuatro tienen la tapa rota, dos perdieron las ruedas y todos están desbordados desde el jueves, porque el camión solo los vacía una vez al día.

        El gerente de Gestión Ambiental, Edgar Sedano, dijo que los contenedores «son de buena calidad» y que el problema es el mal uso. Los comerciantes responden que el municipio los colocó sin capacitar a nadie y sin aumentar la frecuencia del recojo.""",
        m="I E",
        t="limpieza",
        tone="-",
        note="a failed garbage measure",
    ),
    C(
        "y156",
        "y149",
        "apn",
        "2026-11-02T13:20:00-05:00",
        "Reparten leche vencida en programa social de distrito minero",
    ),
    S(
        "y157",
        "tvh",
        "2026-11-16T03:50:00Z",
        "Arbitrios 2027 no subirán, según proyecto de ordenanza",
        """CONDUCTOR: Los vecinos de Ayrampuquio pagarán en 2027 los mismos arbitrios de limpieza pública, parques y serenazgo que este año. Así lo establece el proyecto de ordenanza que la Municipalidad Distrital de Ayrampuquio presentó al concejo.

        REPORTERA: La gerenta municipal Rocío Valdivieso explicó que el costo del servicio subió 6 %, pero que la diferencia se cubrirá con la mayor recaudación del predial. El proyecto se debatirá en la sesión del 10 de diciembre.""",
        m="I G",
        t="tributos",
        tone="0",
        note="a proposed tax ordinance: neutral",
    ),
    S(
        "y158",
        "altoque",
        "2026-11-06T20:15:00-05:00",
        "Nueve días sin luz en la plaza",
        """🔦 Nueve noches sin alumbrado en la plaza de armas. Los vecinos ya llevan linterna para cruzar. Se reportó tres veces a la Municipalidad de Ayrampuquio y la respuesta es siempre la misma: «ya se pidió el repuesto». Mientras tanto, en la oscuridad, ya hubo un arrebato de celular.""",
        m="I",
        tone="-",
        note="street lighting failure: none of the five topics (the robbery is a passing mention)",
    ),
    S(
        "y159",
        "rqori",
        "2026-11-14",
        "Serenos a caballo llegan a las estancias de la puna",
        """Una novedad, señores: desde esta semana seis serenos patrullan a caballo las estancias de Yuraqmayo y Chaquicocha, donde la camioneta no entra. La Municipalidad de Ayrampuquio compró los caballos a criadores de la zona y los serenos son hijos de la misma comunidad, hablan quechua y conocen cada cerro.

        En su primera semana recorrieron 23 estancias y recuperaron ocho ovejas extraviadas. «Kunanqa manañam sapallanchikchu», nos dice la señora Teófila: ahora ya no estamos solos.""",
        m="I",
        t="seguridad",
        tone="+",
        note="a new security service told through facts; radio with Quechua",
    ),
    C(
        "y160",
        "y159",
        "altoque",
        "2026-11-14T19:00:00-05:00",
        "🐴 Serenos a caballo en la puna de Ayrampuquio",
    ),
    S(
        "y161",
        "centinela",
        "2026-11-14T09:20:00-05:00",
        "El burgomaestre presenta plan provincial de seguridad ciudadana con 30 cámaras",
        """El burgomaestre de Huarmicocha, Teodosio Lliuya Canchari, presentó el plan provincial de seguridad ciudadana 2027, que prevé instalar 30 cámaras de videovigilancia en la capital provincial y duplicar el serenazgo provincial, de 60 a 120 efectivos.

        El plan costará 4,5 millones de soles. Lliuya invitó a los alcaldes distritales a interconectar sus cámaras con la central provincial, aunque no precisó cuándo estaría lista.""",
        about=False,
        note="'el burgomaestre' of the province; seguridad keywords in another municipality's story",
    ),
    S(
        "y162",
        "minperu",
        "2026-11-13T10:20:00-05:00",
        "Municipio de Ayrampuquio pierde arbitraje y deberá pagar 2,1 millones a consorcio",
        """Un tribunal arbitral ordenó a la Municipalidad Distrital de Ayrampuquio pagar 2,1 millones de soles al Consorcio Vial Andino por la resolución indebida del contrato de la pista de Chaquicocha, en 2024.

        El laudo concluye que el municipio no entregó a tiempo el terreno libre de interferencias y que la paralización no fue culpa del contratista. La gerenta municipal Rocío Valdivieso dijo que la procuraduría evaluará pedir la anulación del laudo ante la Corte Superior.

        El monto equivale a casi la mitad de lo que el distrito recibió este año para mantenimiento de vías.""",
        m="I G",
        t="obras",
        tone="-",
        note="a lost arbitration over works",
    ),
    S(
        "y163",
        "apn",
        "2026-11-02T11:00:00-05:00",
        "Gobierno lanza plan multisectorial contra metales pesados y prioriza 12 distritos",
        """La Presidencia del Consejo de Ministros aprobó el Plan Multisectorial de Intervención en Personas Expuestas a Metales Pesados 2026-2028, que prioriza a doce distritos de la sierra central y del sur, entre ellos Ayrampuquio, en la provincia de Huarmicocha.

        El plan tiene un presupuesto de 86 millones de soles para atención médica especializada, agua segura y descontaminación de viviendas. El alcalde de Ayrampuquio, Abdías Quispealaya, dijo que el plan «es bueno en el papel» y que estará atento a que los recursos lleguen: «El plan anterior se quedó en Lima».""",
        m="A",
        t="salud",
        tone="0",
        note="national plan; the Mayor sceptical of the national government: neutral",
    ),
    C(
        "y164",
        "y163",
        "cronicas",
        "2026-11-02T19:00:00-05:00",
        "Plan contra metales pesados: 86 millones y una pregunta en Ayrampuquio",
    ),
    C(
        "y165",
        "y013",
        "apn",
        "2026-11-04T12:40:00-05:00",
        "Distrito minero culmina red de desagüe para 412 familias",
        lead="""La Municipalidad Distrital de Ayrampuquio, en la provincia de Huarmicocha, culminó la red de alcantarillado del barrio Santa Rosa, que conecta a 412 viviendas que antes descargaban sus aguas servidas en silos y en una quebrada.""",
    ),
    C(
        "y166",
        "y053",
        "apn",
        "2026-11-10T13:10:00-05:00",
        "OEFA constata botadero municipal junto a río que alimenta laguna de truchas",
    ),
    C(
        "y167",
        "y020",
        "portal",
        "2026-11-05T10:30:00-05:00",
        "Ayrampuquio, a la cola de la provincia: 31 % de ejecución en obras",
        extra="Fuente: Diario La Cumbre del Centro.",
    ),
    C(
        "y168",
        "y088",
        "portal",
        "2026-11-13T16:00:00-05:00",
        "Pago doble en la avenida Ferrocarril, según la Contraloría",
    ),
    C(
        "y169",
        "y065",
        "portal",
        "2026-11-12T08:00:00-05:00",
        "«Es un cascarón»: alcalde de Ayrampuquio arremete contra la región por su centro de salud",
        extra="Con información de Huarmicocha TV Canal 5.",
    ),
    C(
        "y170",
        "y099",
        "portal",
        "2026-11-15T08:40:00-05:00",
        "Adiós al botadero del Pucrumayo: Ayrampuquio estrena celda transitoria",
    ),
    S(
        "y171",
        "rqori",
        "2026-11-09",
        "Cuadrilla municipal tapa 60 baches del jirón Libertad",
        """Los mototaxistas están contentos, señores. Durante el fin de semana una cuadrilla de la Municipalidad Distrital de Ayrampuquio tapó sesenta baches del jirón Libertad y de la calle Huancas, las vías que se usan como desvío mientras se arregla la avenida Ferrocarril.

        Don Hilario, mototaxista, nos dice que ya no se le revientan las llantas. «Antes cambiaba una llanta cada mes, wawqi». La cuadrilla sigue esta semana con el jirón Junín.""",
        m="I",
        t="obras",
        tone="+",
        note="road maintenance told through facts",
    ),
    S(
        "y172",
        "cumbre",
        "2026-11-11T08:20:00-05:00",
        "Municipio y comisaría firman plan de patrullaje integrado",
        """La Municipalidad Distrital de Ayrampuquio y la comisaría del distrito firmaron el plan de patrullaje integrado para el primer semestre de 2027, que establece cuatro rutas nocturnas compartidas entre serenos y policías en la estación, el mercado y Santa Rosa.

        La gerenta municipal Rocío Valdivieso indicó que el municipio pondrá las camionetas y el combustible, y la Policía, un efectivo por unidad. El plan será evaluado cada tres meses por el comité distrital de seguridad ciudadana.""",
        m="I G",
        t="seguridad",
        tone="0",
        note="a signed plan: neutral announcement",
    ),
    S(
        "y173",
        "aynoti",
        "2026-11-16",
        "Segundo tamizaje en Cochapata: la anemia baja de 38 % a 21 %",
        """En el segundo tamizaje de anemia del año realizado el sábado en el local del Vaso de Leche de Cochapata, 20 de los 96 niños evaluados presentaron anemia, el 21 %. En marzo, en el mismo local, la proporción había sido de 38 %.

        La teniente alcaldesa Marleny Huatuco atribuyó la mejora a las canastas con sangrecita e hígado que la Municipalidad Distrital de Ayrampuquio entrega mensualmente a las familias desde abril.""",
        m="T I",
        t="salud",
        tone="+",
        note="a health outcome told through figures",
    ),
    S(
        "y174",
        "socavon",
        "2026-11-16T08:00:00-05:00",
        "Carta: ¿y las casacas de los serenos?",
        """Cartas de los lectores

        Señor director: mi hijo es sereno en Ayrampuquio. Hace catorce días que está con bronquitis. En julio la Municipalidad Distrital de Ayrampuquio les prometió ropa de invierno. Estamos a mediados de noviembre, con catorce bajo cero, y la ropa no llega. Les compraron camionetas nuevas, que está bien, pero ¿quién maneja la camioneta si los serenos están enfermos?

        Marcelina Ccanto Rojas, barrio Santa Rosa""",
        m="I",
        t="seguridad",
        tone="-",
        note="reader's letter: criticism through facts",
    ),
    S(
        "y175",
        "tvh",
        "2026-11-08T03:20:00Z",
        "Coliseo de Cochapata: tres años, tres expedientes y ni una piedra",
        """CONDUCTORA: En Cochapata los jóvenes juegan vóley en una losa al aire libre, con el viento helado de la puna. El coliseo que se les prometió en 2023 sigue sin empezar.

        REPORTERO: Tres expedientes técnicos se han elaborado en tres años. El primero fue observado por el Ministerio de Vivienda, el segundo por el propio municipio y el tercero está «en revisión». Mientras tanto, la partida de 4,8 millones sigue intacta.

        ABDÍAS QUISPEALAYA, ALCALDE: Reconozco que nos hemos demorado. El expediente anterior tenía errores de suelos. Este año se licita.

        CONDUCTORA: Los vecinos dicen que esa promesa ya la escucharon.""",
        m="A",
        t="obras",
        tone="-",
        note="stalled works; the Mayor admits the delay",
    ),
    S(
        "y176",
        "altoque",
        "2026-11-10T21:00:00-05:00",
        "El burgomaestre no llegó a la reunión con los padres de Santa Rosa",
        """Sesenta padres de familia esperaron dos horas en el local comunal de Santa Rosa. Iban a hablar de los niños con plomo y de las canastas que no llegan a todas las casas. El burgomaestre había confirmado su asistencia. Mandó a un asistente que no sabía responder nada. 😤 Los padres se fueron con su acta en blanco.""",
        about=True,
        t="salud",
        tone="-",
        note="position-only: a bare 'el burgomaestre', no name or institution; about our Mayor plainly, no mention",
    ),
    S(
        "y177",
        "cronicas",
        "2026-11-04T17:00:00-05:00",
        "¿Cómo se reparte el canon? El caso de Ayrampuquio",
        """El canon minero no es un regalo de la empresa: es la mitad del impuesto a la renta que pagan las mineras, y el Estado lo reparte entre el gobierno regional, las universidades públicas y las municipalidades de la zona.

        La Municipalidad Distrital de Ayrampuquio, como distrito productor, recibe la mayor porción relativa: este año, 18,4 millones. La provincia se lleva otra parte, y el resto se divide entre todos los distritos de la región según su población y sus índices de pobreza.

        Por ley, ese dinero solo puede usarse en proyectos de inversión. No puede pagar sueldos ni fiestas. Y si no se gasta en el año, pasa al siguiente como saldo de balance.""",
        m="I",
        tone="0",
        note="an explainer on canon distribution: neutral; canon is not tributos municipales",
    ),
    S(
        "y178",
        "centinela",
        "2026-11-16T08:10:00-05:00",
        "Sisa vuelve a 1,50 y municipio reabre el baño del mercado",
        """Los comerciantes del mercado de abastos de Ayrampuquio y la Municipalidad Distrital de Ayrampuquio firmaron un acta que fija la sisa en 1,50 soles diarios por puesto, en lugar de los dos soles que se cobraban desde el 2 de noviembre.

        La gerenta municipal Rocío Valdivieso se comprometió además a reabrir el servicio higiénico, que ya funciona desde el viernes con agua y personal de limpieza, y a destinar lo recaudado por la sisa al mantenimiento del mismo mercado. La asociación de comerciantes levantó la recolección de firmas.""",
        m="I G",
        t="tributos",
        tone="+",
        note="the municipality settling a dispute over the market fee it had caused (see y128): positive",
    ),
    S(
        "y179",
        "minperu",
        "2026-11-16T09:00:00-05:00",
        "Huelga en Atoqhuasi: alcalde ofrece mediar y el sindicato acepta",
        """En el primer día de la huelga indefinida en la Unidad Minera Atoqhuasi, el alcalde de Ayrampuquio, Abdías Quispealaya, ofreció el auditorio municipal como sede de una reunión entre la empresa y el sindicato, con presencia de la Autoridad Administrativa de Trabajo.

        El secretario general del sindicato, Froilán Alanya Ccente, aceptó la invitación. «Confiamos en que el alcalde sea neutral», dijo el dirigente Alanya. La empresa respondió que asistirá si la reunión se limita a la negociación salarial.

        La huelga paraliza el 40 % de las operaciones, según el sindicato; la empresa lo niega.""",
        m="A",
        tone="0",
        note="the Mayor offers mediation: about us, neutral; the union leader Froilán Alanya Ccente is a namesake of the regidor, not a mention",
    ),
    S(
        "y180",
        "rqori",
        "2026-11-16",
        "Abre consultorio de toxicología con equipos comprados por el municipio",
        """Desde hoy, señores, ya funciona el consultorio de toxicología en el centro de salud de Ayrampuquio. Los médicos los pone el Minsa, pero el analizador de plomo en sangre, la refrigeradora de muestras, las camillas y hasta los calefactores los compró la Municipalidad Distrital de Ayrampuquio, por 146 000 soles.

        El alcalde Quispealaya estuvo en la apertura. Ya no hay que mandar las muestras a Lima: el resultado sale en quince minutos. Esta mañana atendieron a los primeros 22 niños de Santa Rosa.""",
        m="I A",
        t="salud",
        tone="+",
        note="municipal equipment for a health service, told through facts",
    ),
    S(
        "y181",
        "cumbre",
        "2026-11-10T08:40:00-05:00",
        "Avenida Ferrocarril: municipio adjudica obra a nuevo contratista",
        """La Municipalidad Distrital de Ayrampuquio otorgó la buena pro para terminar la pavimentación de la avenida Ferrocarril al Consorcio Puna Vial, por 3,6 millones de soles y un plazo de cinco meses.

        La gerenta municipal Rocío Valdivieso informó que la carta fianza del contratista anterior fue ejecutada y que los trabajos se reiniciarán el lunes 16. La supervisión estará a cargo de una empresa distinta de la que aprobó las valorizaciones observadas por la Contraloría.""",
        m="I G",
        t="obras",
        tone="0",
        note="a procurement step: neutral",
    ),
    S(
        "y182",
        "aynoti",
        "2026-11-03",
        "Audiencia pública de rendición de cuentas el 27 de noviembre",
        """La Municipalidad Distrital de Ayrampuquio convoca a la segunda audiencia pública de rendición de cuentas del año, que se realizará el viernes 27 de noviembre a las 10 de la mañana en el auditorio municipal. El alcalde Abdías Quispealaya informará sobre la ejecución del presupuesto y los proyectos de 2027. Las organizaciones sociales pueden inscribir sus preguntas hasta el 20 de noviembre.""",
        m="I A",
        tone="0",
        note="neutral convocation",
    ),
    S(
        "y183",
        "apn",
        "2026-11-12T10:40:00-05:00",
        "Defensoría: municipio de Ayrampuquio gastó 7 % del fondo de vigilancia de metales",
        """La Defensoría del Pueblo informó que la Municipalidad Distrital de Ayrampuquio ha ejecutado apenas 41 000 de los 600 000 soles que su concejo asignó en 2025 a un programa de vigilancia de la salud de personas expuestas a metales pesados, es decir, el 7 %.

        En su reporte, la Defensoría recomienda al municipio priorizar la limpieza de viviendas y el control de polvo en Santa Rosa. La institución también pidió al Minsa y a la empresa minera cumplir sus compromisos pendientes en la zona.""",
        m="I",
        t="salud",
        tone="-",
        note="an oversight body's finding against our own health spending",
    ),
    C(
        "y184",
        "y183",
        "cumbre",
        "2026-11-12T17:00:00-05:00",
        "Solo 41 000 de 600 000 soles: Defensoría cuestiona fondo contra el plomo",
        extra="(APN)",
    ),
    S(
        "y185",
        "tvh",
        "2026-11-15T03:40:00Z",
        "Vuelve la luz a la plaza: municipio cambia 40 luminarias",
        """CONDUCTOR: Después de nueve noches a oscuras, la plaza de armas de Ayrampuquio volvió a iluminarse.

        REPORTERA: La Municipalidad Distrital de Ayrampuquio reemplazó las cuarenta luminarias de sodio, que se habían quemado por una sobrecarga, por luminarias LED que consumen la mitad de energía. También cambió el tablero eléctrico dañado. Esta noche la plaza se llenó otra vez de familias y de vendedoras de api con pastel.""",
        m="I",
        tone="+",
        note="the municipality fixing a problem it had (see y158); street lighting is none of the five topics",
    ),
    C(
        "y186",
        "y185",
        "portal",
        "2026-11-15T09:00:00-05:00",
        "Ayrampuquio: plaza de armas con luces LED tras nueve noches a oscuras",
    ),
]
