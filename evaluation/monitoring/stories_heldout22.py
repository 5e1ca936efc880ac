# ruff: noqa: E501
"""Twenty-second held-out part: a blind figure about an invented PROVINCIAL municipality of the northern coast.

Written by hand by writer 27, for this purpose only, WITHOUT looking at the pipeline's code (heraldo/**), at its
tests, baselines, tone or topic dumps, at the other parts' stories (beyond the header, SETUP, SOURCES and first
stories of heldout6, for the format) or at any report of the pipeline on them. Labels follow the labelling rules of
docs/monitoring-evaluation.md and were fixed as a reader before the part was ever run; they must not be changed
because of what the pipeline answers. Every person, outlet and place of Yancaque is invented; real national bodies
(Contraloría, Senamhi, Minsa, MEF, Sunafil, the JNE) appear only as context.

Like heldout6, this part brings its own watch list (SETUP), outlets, person codes and template furniture: the
Municipalidad Provincial de Yancaque (MPY), whose capital Yancaque is a mid-sized city in the irrigated interior of
the northern coast: rice and sugar cane, the Agroindustrial Yancaque sugar mill, the old railway station of the
Yancaque–Puerto Lobería line, the Mercado Mayorista El Algarrobal, mototaxis everywhere, El Niño rains and the
Universidad Nacional de Yancaque (UNY). The province's districts: Sialupe, Huabalito, Ñopal, Pomape and Calazán,
each with its own district municipality. The provincial Mayor is a man.

Codes: m = who is named (A alcalde provincial Anselmo Capuñay Siesquén «el Tractor», G gerenta municipal Rocío
Fiestas Neciosup, T teniente alcalde Manuel Llontop Custodio, R regidora (opposition) Yessenia Chafloque Timaná,
S gerente de Seguridad Ciudadana Hipólito Sirlopú Vidaurre, I the Municipalidad Provincial de Yancaque); t = topics
(limpieza seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the
municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own
headline, sometimes its own lead (lead=) or a credit line added at the end (extra=); a copy whose new lead names
someone the original did not carries its own m=.

Writer's conventions (the doc's rules, applied strictly):
- The Mayor is named by his full name, "Anselmo Capuñay", "Capuñay Siesquén", title plus surname ("el alcalde
  Capuñay", when it is ours) or title plus place: "el alcalde de Yancaque", "el alcalde provincial de Yancaque",
  "el alcalde yancaquino", "el burgomaestre yancaquino". A bare "el alcalde", "el alcalde provincial", "el
  burgomaestre", "la primera autoridad" do not name him. "Capuñay" alone counts where it is plainly him (after he was
  named, or in a piece about the provincial administration). «el Tractor» / «Tractor Capuñay» count only where it is
  plainly him; the word "tractor" in a farming story is not.
- "Municipalidad Provincial de Yancaque", "Municipalidad de Yancaque", "MPY", "municipio yancaquino", "comuna
  yancaquina", "municipalidad yancaquina", "municipio/comuna de Yancaque", "municipio provincial de Yancaque" and
  "Concejo Provincial de Yancaque" name the institution. A bare "la municipalidad", "la comuna", "el municipio",
  "la Municipalidad Provincial", "el concejo", "la gerencia municipal", "el serenazgo de Yancaque", "vecinos de
  Yancaque", "la provincia de Yancaque" do not; nor do the bodies that merely carry the place's name: the
  Caja Municipal de Yancaque (a savings bank, a separate company), Agroindustrial Yancaque, the Universidad Nacional
  de Yancaque, the Hospital Regional de Yancaque, EPS Yancaque (water), Deportivo Azucarero de Yancaque. A person
  named with a title plus the place ("la gerenta municipal de Yancaque") is that person, not the institution.
- A person is named by full name, given name and first surname, both surnames, title plus surname ("la gerenta
  Fiestas", "la regidora Chafloque", "el teniente alcalde Llontop", "el gerente Sirlopú") or a listed alias. The
  common noun "fiestas" is not the gerenta.
- Traps: Wilmer Capuñay Ñiquén, Mayor of the district of Sialupe ("el alcalde Capuñay" there; no relation); the
  cumbia singer Anselmo Capuñay of Grupo Caña Brava; the footballer Manuel Llontop of Deportivo Azucarero; the rice
  growers' leader Hipólito Sirlopú Ramos; the caserío Yancaque in Huancabamba (Piura); the avenida Yancaque of
  Puerto Lobería; the district municipalities of the province (Sialupe, Huabalito, Ñopal, Pomape, Calazán) and
  their own serenos, garbage and works; the regional governor Teodoro Bances Yovera.
- about: a story that names one of ours only in passing (among the guests of someone else's ceremony, in a list
  of mayors, in the last line of a story about someone else) is not about the municipality: the mention is
  labelled, about is False, topics none, tone neutral.
- Tone is toward the municipality and its authorities, as its press officer would take it away; figures and
  outcomes carry it as much as adjectives, and sarcasm counts for what it means. Routine notices (deadlines,
  schedules, closures) are neutral. The Mayor criticising the regional or national government is neutral toward
  us unless the story is about our own failure. A mixed story takes the tone of its headline and the weight of
  the text. An accusation the official denies is still a story about an accusation (negative); a complaint of the
  opposition regidora against the administration is negative. Stories not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention. A road, drain or hospital the Mayor asks others to build or fix takes its topic. Garbage
  collection, street sweeping, the landfill, the sweepers' pay and garbage clogging drains are limpieza; pavements,
  drains, storm sewers, bridges, the market's roof, the coliseum and defences against El Niño rains are obras;
  predial, arbitrios, the vehicle tax, the market fee (sisa) and the enforced collection of debts are tributos;
  dengue, fumigation, anemia, the municipal polyclinic and ambulances are salud; serenazgo, crime and cameras are
  seguridad. Traffic, mototaxis, transit inspectors, street vendors, water cuts, street lighting, culture, sport,
  nepotism and hiring are none of the five.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcalde",
    "R": "regidora_chafloque",
    "S": "gerente_seguridad",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Provincial de Yancaque",
        "short_name": "MPY",
        "level": "PROVINCIAL",
        "province": "Yancaque",
        "aliases": [
            "municipio yancaquino",
            "comuna yancaquina",
            "Municipalidad de Yancaque",
            "Concejo Provincial de Yancaque",
        ],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Anselmo",
            "surnames": "Capuñay Siesquén",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_PROVINCIAL",
            "nickname": "el Tractor",
            "aliases": ["Tractor Capuñay", "alcalde Capuñay", "Capuñay Siesquén", "Anselmo Capuñay"],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Rocío",
            "surnames": "Fiestas Neciosup",
            "sex": "F",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerenta Fiestas", "gerenta municipal Rocío Fiestas", "Rocío Fiestas"],
        },
        {
            "key": "teniente_alcalde",
            "given_names": "Manuel",
            "surnames": "Llontop Custodio",
            "sex": "M",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcalde Llontop", "regidor Llontop"],
        },
        {
            "key": "regidora_chafloque",
            "given_names": "Yessenia",
            "surnames": "Chafloque Timaná",
            "sex": "F",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidora Chafloque", "concejala Chafloque"],
        },
        {
            "key": "gerente_seguridad",
            "given_names": "Hipólito",
            "surnames": "Sirlopú Vidaurre",
            "sex": "M",
            "position": "Gerente de Seguridad Ciudadana",
            "position_feminine": "Gerenta de Seguridad Ciudadana",
            "office_code": "GERENTE_SEGURIDAD",
            "aliases": ["gerente Sirlopú", "Hipólito Sirlopú"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "centinela": {
        "name": "El Centinela de Yancaque",
        "host": "elcentineladeyancaque.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 70000,
    },
    "tribuna": {
        "name": "La Tribuna del Norte",
        "host": "latribunadelnorte.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "rsol": {
        "name": "Radio Sol de Yancaque 101.7 FM",
        "host": "radiosolyancaque.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 24000,
    },
    "ytv": {
        "name": "Yancaque TV Canal 5",
        "host": "yancaquetv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 110000,
    },
    "regiones": {
        "name": "Agencia Noticias Regiones Perú",
        "host": "noticiasregionesperu.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 280000,
    },
    "cronica": {
        "name": "Crónica Peruana",
        "host": "cronicaperuana.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 750000,
    },
    "costanorte": {
        "name": "Costa Norte Noticias",
        "host": "costanortenoticias.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 41000,
    },
    "alinstante": {
        "name": "Yancaque al Instante",
        "host": "yancaquealinstante.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 9000,
    },
    "algarrobo": {
        "name": "Revista El Algarrobo",
        "host": "revistaelalgarrobo.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 10000,
    },
    "norteno": {
        "name": "Diario El Norteño",
        "host": "diarioelnorteno.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 36000,
    },
    "nortehoy": {
        "name": "Portal Norte Hoy",
        "host": "portalnortehoy.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 33000,
    },
    "expregional": {
        "name": "Exprés Regional",
        "host": "expresregional.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 14000,
    },
    "bvecinal": {
        "name": "Boletín Vecinal Yancaquino",
        "host": "boletinvecinalyancaquino.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 2500,
    },
    "campina": {
        "name": "Semanario La Campiña",
        "host": "semanariolacampina.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "canaveral": {
        "name": "Radio Cañaveral",
        "host": "radiocanaveral.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 15000,
    },
}

FURNITURE = {
    "old_comments": [
        "Ese Tractor Capuñay solo sale en foto con casco mientras el centro es un mar de mototaxis",
        "La comuna yancaquina cobra los arbitrios puntualito pero la basura se pudre en el Mayorista",
    ],
    "old_most_read": "Asaltan a cambista en el paradero de Huabalito",
    "old_motto": "La voz del norte azucarero desde 1961",
    "old_city": "Yancaque",
    "section_agenda": "Pomape celebra su semana turística con concurso de arroz con pato",
    "hostile_place": "Yancaque",
    "hostile_alias": "municipio yancaquino",
    "error_page_outlet": "Radio Cañaveral, la voz del valle azucarero",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expregional": {
        "name": "Exprés Regional",
        "outlet": "expregional",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["y082", "y143"],
        "cut_at": 0.65,
    },
    "bvecinal": {"name": "Boletín Vecinal Yancaquino", "outlet": "bvecinal", "format": "bomb", "path": "/rss"},
    "campina": {"name": "Semanario La Campiña", "outlet": "campina", "format": "xxe", "path": "/feed/"},
    "canaveral": {
        "name": "Radio Cañaveral",
        "outlet": "canaveral",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "centinela": {
        "name": "El Centinela de Yancaque",
        "outlet": "centinela",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "tribuna": {
        "name": "La Tribuna del Norte",
        "outlet": "tribuna",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/provincias.xml",
    },
    "rsol": {
        "name": "Radio Sol de Yancaque",
        "outlet": "rsol",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticias",
    },
    "ytv": {"name": "Yancaque TV Canal 5", "outlet": "ytv", "format": "atom", "path": "/atom.xml"},
    "regiones": {
        "name": "Agencia Noticias Regiones Perú",
        "outlet": "regiones",
        "format": "atom",
        "path": "/norte/feed.atom",
    },
    "cronica": {
        "name": "Crónica Peruana",
        "outlet": "cronica",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "costanorte": {
        "name": "Costa Norte Noticias",
        "outlet": "costanorte",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas.rss",
    },
    "alinstante": {
        "name": "Yancaque al Instante",
        "outlet": "alinstante",
        "format": "section",
        "template": "section",
        "path": "/locales",
    },
    "algarrobo": {
        "name": "Revista El Algarrobo",
        "outlet": "algarrobo",
        "format": "rss",
        "mode": "description",
        "path": "/opinion/rss",
    },
    "norteno": {
        "name": "Diario El Norteño",
        "outlet": "norteno",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/region.xml",
    },
    "nortehoy": {
        "name": "Portal Norte Hoy",
        "outlet": "nortehoy",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
    },
}

STORIES = [
    # --- El Centinela de Yancaque: provincial daily, full text in RSS, priority ----------------------------------------
    S(
        "y001",
        "centinela",
        "2026-09-14T07:10:00-05:00",
        "Avenida Ferrocarril estrena doble vía después de catorce meses de zanjas y polvo",
        """Desde ayer a las seis de la tarde los carros vuelven a pasar por los dos carriles de la avenida Ferrocarril, entre el óvalo del Algarrobo y la antigua estación. Son 1,8 kilómetros de pavimento flexible, con berma central, ciclovía, luminarias nuevas y un colector pluvial que corre por debajo de la calzada.

        La obra costó 11,2 millones de soles y fue financiada íntegramente por la Municipalidad Provincial de Yancaque con recursos ordinarios y un préstamo del Banco de la Nación. El plazo original era de diez meses; las lluvias de marzo y un adicional por el cambio de redes de agua la estiraron hasta los catorce.

        «Nos tocó comer tierra más de un año, pero hay que reconocer que quedó bonita», dijo Zoila Baldera, que vende chifles y cancha en la esquina con la calle Sáenz Peña. Los mototaxistas del paradero de la estación, que durante la obra perdieron la mitad de sus carreras, también aplaudieron el corte de cinta.

        El alcalde provincial Anselmo Capuñay Siesquén recorrió el tramo a pie, con el casco amarillo que ya es parte de su imagen. «Esta avenida era una trocha cuando llegamos. Hoy es la entrada que Yancaque merece», afirmó.

        La supervisión dejó observaciones menores: dos buzones desnivelados y un tramo de vereda sin rampa para sillas de ruedas, que el contratista deberá corregir antes de la liquidación.""",
        m="I A",
        t="obras",
        tone="+",
        note="delivered road works, long, figures; minor observations do not change the take-away",
    ),
    S(
        "y002",
        "centinela",
        "2026-09-14T18:40:00-05:00",
        "Sialupe estrena rutas de recojo de basura con dos volquetes alquilados",
        """El alcalde distrital de Sialupe, Wilmer Capuñay Ñiquén, presentó ayer el nuevo plan de recojo de basura de ese distrito, que hasta ahora dependía de un solo camión prestado.

        Con dos volquetes alquilados a una empresa de Huabalito, el servicio pasará tres veces por semana por los doce sectores del distrito. «Ya no vamos a permitir que los vecinos quemen sus residuos en las acequias», advirtió el alcalde Capuñay, que prometió comprar una compactadora el próximo año.""",
        about=False,
        note="namesake: the district Mayor of Sialupe shares our Mayor's surname; garbage keyword in another municipality's story",
    ),
    S(
        "y003",
        "centinela",
        "2026-09-15T08:05:00-05:00",
        "Predial: descuento total de intereses se amplía hasta el 30 de setiembre",
        """Los contribuyentes que tengan deudas del impuesto predial de años anteriores tienen dos semanas más para ponerse al día sin pagar intereses ni moras. La Municipalidad Provincial de Yancaque amplió el beneficio, que vencía este martes, hasta el 30 de setiembre.

        La gerenta municipal Rocío Fiestas Neciosup explicó que la ordenanza alcanza también a los arbitrios de limpieza y serenazgo, y que los pagos pueden hacerse en las ventanillas del palacio municipal, en las agencias del Banco de la Nación o por la web del SAT Yancaque.

        Las ventanillas atenderán en horario corrido, de 8 de la mañana a 5 de la tarde, incluidos los sábados.""",
        m="I G",
        t="tributos",
        tone="0",
        note="routine notice of a deadline",
    ),
    S(
        "y004",
        "centinela",
        "2026-09-16T06:50:00-05:00",
        "Cerros de basura rodean el Mayorista El Algarrobal",
        """Quien entra por la puerta 3 del Mercado Mayorista El Algarrobal lo hace tapándose la nariz. Desde el jueves se acumulan junto al pabellón de frutas unas cuarenta toneladas de cáscaras, sacos y verduras podridas que nadie ha recogido.

        «Las moscas están en los plátanos antes que los clientes», se quejó Eusebio Vidaurre, presidente de la Asociación de Comerciantes Mayoristas. Los estibadores han empezado a quemar parte de los desechos por las noches, lo que llena de humo los pasadizos.

        En la subgerencia de Limpieza Pública explicaron que dos de los tres camiones asignados al mercado están en el taller por fallas en el sistema hidráulico. La comuna yancaquina prometió alquilar un volquete este fin de semana, pero los comerciantes dicen que la misma promesa la escucharon en julio.""",
        m="I",
        t="limpieza",
        tone="-",
        note="garbage service failing at the wholesale market",
    ),
    S(
        "y005",
        "centinela",
        "2026-09-17T07:30:00-05:00",
        "Cámaras municipales permitieron ubicar a la banda que asaltaba cambistas",
        """Una secuencia de catorce minutos grabada por las cámaras de la esquina de Sáenz Peña con San José fue clave para desarticular a «Los Rápidos del Algarrobo», la banda que en agosto asaltó a cuatro cambistas del centro.

        Los operadores de la central de videovigilancia de la Municipalidad Provincial de Yancaque siguieron la moto de los delincuentes por seis cámaras distintas hasta una vivienda del asentamiento humano Santa Rosa, donde la Policía intervino a tres sujetos y recuperó 18 000 dólares.

        El gerente de Seguridad Ciudadana, Hipólito Sirlopú Vidaurre, señaló que la central funciona las 24 horas con nueve operadores por turno y que el sistema ya permitió entregar a la Policía 63 grabaciones este año. El comisario del sector agradeció públicamente la colaboración.""",
        m="I S",
        t="seguridad",
        tone="+",
    ),
    S(
        "y006",
        "centinela",
        "2026-09-17T20:15:00-05:00",
        "Anselmo Capuñay y Caña Brava lanzan «Zafra de amor», su nueva cumbia",
        """El cantante Anselmo Capuñay, voz principal del Grupo Caña Brava, presentó anoche en un local de la carretera a Sialupe el videoclip de «Zafra de amor», una cumbia grabada entre los cañaverales del valle.

        «Es un homenaje a los cortadores de caña, a mi papá que trabajó cuarenta años en el ingenio», contó el artista, que prepara una gira por Piura, Tumbes y Lima. La agrupación celebrará en diciembre sus quince años con un concierto en el estadio de la ciudad.

        Capuñay confesó entre risas que, desde hace dos años, le llegan a su página mensajes de vecinos pidiéndole que arregle pistas. «Yo les contesto con una canción», bromeó.""",
        about=False,
        note="namesake: a singer with the Mayor's given name and surname; the joke about roads does not name the Mayor",
    ),
    S(
        "y007",
        "centinela",
        "2026-09-18T08:20:00-05:00",
        "Licitación del jirón Bolognesi: un solo postor y un expediente con páginas en blanco",
        """La regidora Yessenia Chafloque Timaná pidió al Órgano de Control Institucional que revise la licitación para el mejoramiento del jirón Bolognesi, valorizada en 4,6 millones de soles, en la que se presentó un único postor.

        Según el documento que la concejala entregó a este diario, el consorcio ganador acreditó experiencia con dos obras ejecutadas en otra región que no figuran en el registro de Infobras. Además, el expediente técnico colgado en el portal de contrataciones tenía cuarenta páginas en blanco, entre ellas las del estudio de suelos.

        «No estoy diciendo que haya corrupción, estoy diciendo que esto no se firma así», declaró Chafloque. La Municipalidad Provincial de Yancaque no respondió a las consultas hasta el cierre de esta edición.""",
        m="R I",
        t="obras",
        tone="-",
        note="opposition regidora questions a tender; the municipality did not answer",
    ),
    S(
        "y008",
        "centinela",
        "2026-09-19T07:45:00-05:00",
        "Dengue: 212 casos en la provincia y fumigación casa por casa en el cercado",
        """La Gerencia Regional de Salud confirmó 212 casos de dengue en la provincia en lo que va del año, 74 de ellos en las últimas tres semanas. Los sectores más afectados son San Lorenzo, La Victoria Norte y el pueblo joven Túpac Amaru, donde abundan los cilindros sin tapa.

        Desde el lunes, brigadas del centro de salud y de la Municipalidad Provincial de Yancaque recorren el cercado con mochilas termonebulizadoras. La meta es fumigar 4 000 viviendas en diez días. Los vecinos deben dejar abiertas puertas y ventanas y cubrir los alimentos.

        La red de salud pidió no automedicarse y acudir al establecimiento más cercano ante fiebre alta y dolor detrás de los ojos.""",
        m="I",
        t="salud",
        tone="0",
        note="cases rising, municipality part of the response: neutral",
    ),
    S(
        "y009",
        "centinela",
        "2026-09-20T09:00:00-05:00",
        "Tercera postergación: la ordenanza de mototaxis vuelve al cajón",
        """Por tercera vez en dos meses, el Concejo Provincial de Yancaque dejó sin votar la ordenanza que prohibiría el ingreso de mototaxis al damero central entre las siete de la mañana y las ocho de la noche.

        Esta vez el motivo fue la falta de un informe legal sobre los paraderos alternativos. El teniente alcalde Manuel Llontop Custodio, que preside la comisión de Transportes, aseguró que el documento estará listo para la sesión del 5 de octubre.

        Afuera del palacio municipal, unos trescientos mototaxistas celebraron con bocinazos. Adentro, los comerciantes del jirón San José, que esperaban la norma para despejar sus puertas, se retiraron molestos. «Aquí se posterga todo lo que incomoda», resumió uno de ellos.""",
        m="I T",
        tone="-",
        note="traffic and mototaxis are none of the five topics",
    ),
    S(
        "y010",
        "centinela",
        "2026-09-21T07:15:00-05:00",
        "Capuñay exige al Gobierno Regional reabrir la emergencia del hospital",
        """El alcalde de Yancaque, Anselmo Capuñay Siesquén, pidió al gobernador regional Teodoro Bances Yovera que explique por qué la sala de emergencias del Hospital Regional de Yancaque lleva cinco meses funcionando en carpas.

        «Nuestros vecinos se atienden a la intemperie, con cuarenta grados de calor. El Gobierno Regional tiene el dinero asignado desde enero y no ha movido un ladrillo», dijo el burgomaestre durante la inauguración de una losa deportiva.

        La Gerencia Regional de Infraestructura respondió que la obra fue observada por la Contraloría y que espera reiniciarla en noviembre.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticises the regional government about a hospital: neutral toward us, salud",
    ),
    S(
        "y011",
        "centinela",
        "2026-09-22T07:40:00-05:00",
        "Con maquinaria propia y prestada, descolmatan 12 kilómetros de drenes antes del Niño",
        """Tres excavadoras, dos cargadores frontales y seis volquetes trabajan desde la semana pasada en el dren 3000 y en el canal Chumbal, los dos cauces que en marzo se desbordaron sobre la parte baja de la ciudad.

        La Municipalidad Provincial de Yancaque aporta cuatro de las máquinas; las otras las prestó Agroindustrial Yancaque en el marco de un convenio firmado en agosto. La meta es retirar 38 000 metros cúbicos de lodo, maleza y desmonte en 45 días.

        «No vamos a esperar a que el agua nos llegue a la rodilla para movernos», dijo el alcalde Capuñay durante una visita al dren, donde los operadores trabajan en dos turnos. Los vecinos de la urbanización San Lorenzo, que en marzo perdieron muebles y electrodomésticos, siguen de cerca el avance.""",
        m="I A",
        t="obras",
        tone="+",
        note="El Niño prevention works; the sugar mill's name is not the institution",
    ),
    S(
        "y012",
        "centinela",
        "2026-09-22T19:30:00-05:00",
        "Huaico aísla al caserío Yancaque, en la sierra de Huancabamba",
        """Un deslizamiento de lodo y piedras destruyó el puente colgante que une al caserío Yancaque con la capital del distrito de Sondorillo, en la provincia piurana de Huancabamba. Unas sesenta familias quedaron incomunicadas.

        Los comuneros improvisaron una oroya con sogas para sacar a dos enfermos. La municipalidad distrital de Sondorillo pidió apoyo a Defensa Civil para levantar un puente provisional.""",
        about=False,
        note="a hamlet of the same name in another region; 'puente' keyword",
    ),
    S(
        "y013",
        "centinela",
        "2026-09-23T06:00:00-05:00",
        "Punto de vista: Cuatro meses para un bache",
        """¡Qué velocidad la de nuestro Tractor! El bache de la calle Elías Aguirre con Lora, ese que ya tiene nombre propio entre los mototaxistas, cumplió cuatro meses el domingo. Le llevaron torta.

        El alcalde Capuñay lo mencionó en su rendición de cuentas de mayo como «prioridad de la semana». Desde entonces hemos visto pasar por ahí a dos cuadrillas, un ingeniero con casco, una cinta amarilla y tres conos que alguien ya se llevó. El hueco sigue.

        En esta ciudad se inauguran avenidas con banda de música, y está bien. Pero el vecino no vive en la avenida inaugurada: vive en la cuadra del bache. Y ahí, señor alcalde, el Tractor no ha pasado.""",
        m="A",
        t="obras",
        tone="-",
        note="sarcastic column; 'nuestro Tractor' is plainly the Mayor",
    ),
    S(
        "y014",
        "centinela",
        "2026-09-24T07:00:00-05:00",
        "EPS Yancaque cortará el agua en catorce sectores este jueves",
        """La empresa prestadora EPS Yancaque anunció un corte del servicio de agua potable entre las 8 de la mañana y las 8 de la noche de este jueves, por trabajos de empalme en la matriz de la avenida Los Incas.

        Los sectores afectados son el cercado, La Victoria, San Lorenzo y los pueblos jóvenes de la margen derecha del canal. La empresa recomendó almacenar agua en recipientes limpios y tapados.""",
        about=False,
        note="water utility notice; EPS Yancaque is not the municipality",
    ),
    S(
        "y015",
        "centinela",
        "2026-09-25T08:10:00-05:00",
        "Impuesto vehicular rompe récord: 3,1 millones recaudados hasta agosto",
        """La recaudación del impuesto al patrimonio vehicular alcanzó 3,1 millones de soles entre enero y agosto, la cifra más alta desde que el cobro pasó a manos del SAT Yancaque en 2015.

        La Municipalidad Provincial de Yancaque atribuye el salto al cruce de información con la Sunarp, que permitió detectar 1 900 camionetas y autos registrados en la provincia que nunca habían declarado. También ayudó el pago con tarjeta desde el celular, que hoy usa uno de cada tres contribuyentes.

        Lo recaudado va al fondo de inversiones. «Cada sol del vehicular se convierte en pista», prometió el jefe del SAT.""",
        m="I",
        t="tributos",
        tone="+",
    ),
    S(
        "y016",
        "centinela",
        "2026-09-26T07:25:00-05:00",
        "Asaltan a mototaxista en Santa Rosa y vecinos reclaman: «Aquí el sereno no entra»",
        """Dos sujetos armados con un cuchillo le quitaron su vehículo, su celular y 120 soles a Jhonatan Neciosup, mototaxista de 24 años, a las once de la noche del miércoles en la calle 7 del asentamiento humano Santa Rosa. El joven recibió un corte en el brazo.

        Sus vecinos dicen que es el quinto asalto del mes en la zona y que las camionetas del serenazgo solo pasan por la avenida principal. «Los llamamos y nos dicen que no hay unidad disponible», contó una dirigenta.

        El gerente de Seguridad Ciudadana, Hipólito Sirlopú Vidaurre, admitió que el serenazgo cuenta con nueve camionetas operativas para sesenta sectores y que Santa Rosa está en la lista de los que recibirán patrullaje a pie desde octubre.""",
        m="S",
        t="seguridad",
        tone="-",
    ),
    S(
        "y017",
        "centinela",
        "2026-09-26T18:00:00-05:00",
        "Caja Municipal de Yancaque gana 41 millones y abre agencia en Chachapoyas",
        """La Caja Municipal de Ahorro y Crédito de Yancaque cerró el primer semestre con utilidades de 41 millones de soles, 9 % más que en el mismo periodo de 2025, según su reporte a la Superintendencia de Banca.

        La entidad, que tiene 62 agencias en el norte y la Amazonía, inaugurará en octubre su primera oficina en Chachapoyas. Su cartera de créditos agrícolas, concentrada en arroz y caña, creció 14 %.""",
        about=False,
        note="the municipal savings bank is a separate company: not the institution, not about us",
    ),
    S(
        "y018",
        "centinela",
        "2026-09-28T08:00:00-05:00",
        "Despistaje de anemia llega a 900 niños de Calazán",
        """Durante tres días, enfermeras y nutricionistas contratadas por la Municipalidad Provincial de Yancaque tomaron muestras de hemoglobina a 900 niños menores de cinco años en los caseríos de Calazán. Uno de cada tres resultó con anemia.

        El teniente alcalde Manuel Llontop Custodio, que acompañó la jornada, anunció que los niños con resultados bajos recibirán sulfato ferroso y visitas mensuales, y que la campaña seguirá en Ñopal en noviembre. Las madres recibieron además recetas con sangrecita y menestras.""",
        m="I T",
        t="salud",
        tone="+",
    ),
    S(
        "y019",
        "centinela",
        "2026-09-28T22:30:00-05:00",
        "Llontop la clava al ángulo y el Azucarero respira",
        """Un tiro libre de Manuel Llontop en el minuto 88 le dio a Deportivo Azucarero de Yancaque un triunfo por 1-0 ante Atlético Lobería, que lo deja a dos puntos de la zona de ascenso de la Copa Perú.

        El volante de 26 años, formado en las canteras del ingenio, celebró corriendo hacia la tribuna de occidente. «Este gol es para los cortadores de caña que pagan su entrada con el sueldo de la semana», dijo Llontop.""",
        about=False,
        note="namesake: a footballer with the teniente alcalde's given name and surname",
    ),
    S(
        "y020",
        "centinela",
        "2026-09-29T07:35:00-05:00",
        "Techado del Mayorista avanza al 60 %, pero los comerciantes denuncian cobros dobles de sisa",
        """La estructura metálica que cubrirá los pabellones de abarrotes y tubérculos del Mercado Mayorista El Algarrobal ya se ve desde la avenida Ferrocarril. Según la supervisión, la obra, de 7,8 millones de soles, va al 60 % y debe concluir en diciembre.

        Pero lo que ocupó la asamblea de comerciantes del domingo no fue el techo, sino la sisa. Una treintena de vendedores mostró boletas que prueban que durante las obras se les cobró dos veces el derecho diario de puesto: una en el puesto antiguo y otra en el provisional. Calculan que el cobro indebido supera los 40 000 soles.

        «Nos dicen que es un error del sistema, pero el error siempre es a favor de ellos», reclamó la comerciante Teófila Sandoval.

        La gerenta municipal Rocío Fiestas Neciosup reconoció el problema y ofreció compensar lo pagado de más en los próximos meses. La Municipalidad Provincial de Yancaque abrió un módulo de reclamos en la puerta 2 del mercado.""",
        m="I G",
        t="obras tributos",
        tone="-",
        note="mixed: works progressing, but the weight goes to overcharged market fees",
    ),
    S(
        "y021",
        "centinela",
        "2026-09-30T07:50:00-05:00",
        "MTC descarta reactivar el tren Yancaque–Puerto Lobería",
        """El Ministerio de Transportes y Comunicaciones respondió por escrito que no incluirá la rehabilitación del ferrocarril Yancaque–Puerto Lobería en su cartera de proyectos hasta 2030, por considerar que no tiene demanda de carga suficiente.

        El alcalde de Yancaque, Anselmo Capuñay Siesquén, calificó la respuesta de «miope». «Por ese ramal salía el azúcar de todo el valle. Lima decide desde un escritorio sin haber pisado nunca la estación», declaró.

        El burgomaestre anunció que buscará el apoyo de los congresistas de la región y de Agroindustrial Yancaque para presentar un estudio de demanda propio.""",
        m="A",
        tone="0",
        note="the Mayor criticises the national government; the railway is none of the five topics",
    ),
    S(
        "y022",
        "centinela",
        "2026-10-01T07:20:00-05:00",
        "Adiós al botadero de Pampa Grande: abre la nueva celda del relleno sanitario",
        """Durante veinte años los camiones de basura de Yancaque descargaron a cielo abierto en Pampa Grande, a tres kilómetros del caserío Los Sauces. Desde ayer lo hacen en una celda impermeabilizada, con drenes para lixiviados y chimeneas para los gases, en el relleno sanitario de Cerro Blanco.

        La nueva celda, construida por la Municipalidad Provincial de Yancaque con 6,3 millones de soles del programa de residuos sólidos del Ministerio del Ambiente, recibirá las 180 toneladas diarias que produce la ciudad durante al menos siete años.

        El alcalde Anselmo Capuñay anunció que el botadero será cerrado y cubierto con tierra y vegetación en un plazo de ocho meses. «Los Sauces ha respirado humo de basura toda una generación. Eso se acabó», afirmó.

        Los vecinos del caserío, que en 2023 bloquearon la carretera para exigir el cierre, asistieron a la ceremonia. Su teniente gobernador pidió que el compromiso quede por escrito.""",
        m="I A",
        t="limpieza",
        tone="+",
    ),
    S(
        "y023",
        "centinela",
        "2026-10-02T08:30:00-05:00",
        "Obreros de limpieza marchan contra la «privatización»; la gerenta lo niega",
        """Unos doscientos barrenderos y choferes de compactadoras marcharon ayer desde el relleno de Cerro Blanco hasta la plaza de armas con carteles que decían «La limpieza no se vende». El sindicato de obreros municipales asegura que la gestión prepara la entrega del recojo de basura a una empresa privada.

        «No es cierto que se vaya a privatizar el servicio. Lo que estamos evaluando es tercerizar el mantenimiento de los camiones, nada más», respondió la gerenta municipal Rocío Fiestas Neciosup ante los dirigentes.

        El secretario general del sindicato, Aurelio Ñiquén, mostró un oficio en el que la Municipalidad Provincial de Yancaque pide a tres empresas cotizaciones «por el servicio integral de recolección». La gerenta dijo que se trata de un estudio de mercado. La marcha terminó sin incidentes, pero los obreros anunciaron un paro de 48 horas si no reciben el compromiso por escrito.""",
        m="G I",
        t="limpieza",
        tone="-",
        note="negation: the gerenta denies privatisation, the story is still a conflict with the workers",
    ),
    S(
        "y024",
        "centinela",
        "2026-10-03T19:10:00-05:00",
        "UNY recibe a 2 400 postulantes en su examen de admisión más concurrido",
        """La Universidad Nacional de Yancaque tomó ayer su examen de admisión ordinario con 2 400 postulantes para 610 vacantes. Medicina Humana fue otra vez la carrera más disputada, con 18 postulantes por vacante, seguida de Ingeniería Agroindustrial.

        El rector Julio Távara Lluén inauguró la jornada en el coliseo universitario, acompañado por el alcalde provincial Anselmo Capuñay Siesquén, el prefecto y el jefe policial. Los resultados se publicarán el lunes a partir de las 6 de la tarde.""",
        m="A",
        about=False,
        note="passing mention: the Mayor among the guests of the university's exam",
    ),
    S(
        "y025",
        "centinela",
        "2026-10-04T07:05:00-05:00",
        "Operativo nocturno recupera once mototaxis robadas",
        """Serenos y policías recuperaron once mototaxis robadas en un taller clandestino de la prolongación Bolognesi, donde les cambiaban el color y las placas antes de venderlas en Sialupe y Pomape.

        El gerente Sirlopú informó que el taller fue detectado gracias a la denuncia de un propietario que reconoció su vehículo en una foto de Facebook. Dos personas fueron detenidas. Los dueños pueden acudir a la comisaría del centro con su tarjeta de propiedad.""",
        m="S",
        t="seguridad",
        tone="+",
        note="'el gerente Sirlopú' names the watched gerente",
    ),
    S(
        "y026",
        "centinela",
        "2026-10-05T07:40:00-05:00",
        "Siete meses después, cuarenta cuadras siguen como las dejó la lluvia",
        """En el jirón Lora, la calle Progreso y buena parte del pueblo joven Túpac Amaru, los huecos que abrió el agua en marzo siguen ahí. Los mototaxis zigzaguean entre charcos que ya no son de lluvia sino de desagüe.

        El plan de rehabilitación de pistas anunciado en abril preveía intervenir 40 cuadras antes de setiembre. Hasta hoy no se ha colocado un metro de asfalto: la municipalidad todavía no aprueba los expedientes técnicos.

        La gerenta municipal Rocío Fiestas Neciosup atribuyó el atraso a la demora del Ministerio de Vivienda en transferir los fondos de reconstrucción. Sin embargo, según el portal de transparencia económica, la Municipalidad Provincial de Yancaque recibió la primera transferencia, de 3,2 millones, en junio.""",
        m="G I",
        t="obras",
        tone="-",
    ),
    S(
        "y027",
        "centinela",
        "2026-10-06T08:15:00-05:00",
        "Regidora propone exonerar de arbitrios a jubilados con una sola vivienda",
        """La regidora Yessenia Chafloque Timaná presentó un proyecto de ordenanza para que los pensionistas que tengan un único inmueble y una pensión menor a dos sueldos mínimos queden exonerados del pago de arbitrios municipales.

        Según sus cálculos, la medida beneficiaría a unos 3 100 hogares y costaría alrededor de 900 000 soles al año. El proyecto pasó a la comisión de Economía, que tiene treinta días para emitir dictamen.""",
        m="R",
        t="tributos",
        tone="0",
        note="an opposition proposal, not a complaint: neutral",
    ),
    S(
        "y028",
        "centinela",
        "2026-10-07T21:00:00-05:00",
        "Ocho mil platos de arroz con pato en el festival de la plaza de armas",
        """La plaza de armas se llenó de fogones el domingo para el V Festival del Arroz con Pato, organizado por la Municipalidad Provincial de Yancaque con 42 cocineras de los cinco distritos. Se vendieron unos ocho mil platos a diez soles.

        El jurado premió a doña Ángela Yovera, de Pomape, cuyo arroz verde con culantro del valle y pato criado en chacra le valió el trofeo y un horno industrial. La tarde cerró con marinera y la banda del colegio San José.""",
        m="I",
        tone="+",
        note="a successful municipal festival: positive, no topic",
    ),
    S(
        "y029",
        "centinela",
        "2026-10-08T07:30:00-05:00",
        "Huabalito entrega pistas y veredas en su avenida principal",
        """La alcaldesa distrital de Huabalito, Marisol Purizaca Lluén, inauguró la pavimentación de los 900 metros de la avenida Grau, la principal del distrito, con pistas y veredas, sardineles y áreas verdes.

        La obra costó 3,9 millones de soles financiados por el programa Arranca Perú. «Huabalito ya no es el pariente pobre de la provincia», dijo la autoridad ante unas quinientas personas.""",
        about=False,
        note="another municipality of the province; works keywords",
    ),
    S(
        "y030",
        "centinela",
        "2026-10-09T07:15:00-05:00",
        "Policlínico municipal atendió 1 200 consultas en su primer mes",
        """El policlínico municipal que funciona en el antiguo local de la biblioteca, frente al parque Infantil, atendió 1 200 consultas en su primer mes: medicina general, pediatría, odontología y obstetricia, a cinco soles la consulta.

        «Antes para una cita en el hospital había que hacer cola desde las tres de la mañana. Aquí me atendieron en veinte minutos», contó Nelly Custodio, que llevó a su hija con fiebre.

        El alcalde Anselmo Capuñay adelantó que la Municipalidad Provincial de Yancaque comprará un ecógrafo y contratará un segundo pediatra antes de fin de año, y que evalúa abrir un segundo local en la margen derecha del canal.""",
        m="I A",
        t="salud",
        tone="+",
    ),
    S(
        "y031",
        "centinela",
        "2026-10-10T08:00:00-05:00",
        "Matan a balazos a prestamista en la puerta de su casa",
        """Un prestamista de 52 años fue asesinado de cuatro disparos cuando abría el portón de su vivienda, en la urbanización Los Parques, a las seis y media de la mañana del viernes. Los atacantes huyeron en una moto lineal sin placa.

        La Policía investiga si el crimen está relacionado con el cobro de cupos a comerciantes de la zona. Es el tercer asesinato por encargo en la ciudad en lo que va del año. Los vecinos pidieron más patrullaje y reconocieron que el robo de celulares se ha vuelto cosa de todos los días.""",
        about=False,
        note="a crime in the city; no one of ours named, not about the municipality",
    ),
    S(
        "y032",
        "centinela",
        "2026-10-11T07:55:00-05:00",
        "Coactivo embarga mototaxis por deudas del predial y vecinos hablan de abuso",
        """Con una grúa y dos patrulleros, el ejecutor coactivo de la Municipalidad Provincial de Yancaque embargó el jueves cuatro mototaxis en el pueblo joven Túpac Amaru cuyos dueños arrastran deudas del impuesto predial.

        Uno de los afectados, Percy Sandoval, asegura que su deuda es de 680 soles y que la mototaxi es su única herramienta de trabajo. «Me quitan con qué pagar y después me cobran el depósito», reclamó.

        La oficina de ejecución coactiva sostiene que todos los embargados fueron notificados tres veces y que pueden recuperar sus vehículos si firman un fraccionamiento. Dirigentes del sector anunciaron una marcha al palacio municipal.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "y033",
        "centinela",
        "2026-10-12T09:00:00-05:00",
        "La vieja estación tendrá expediente de restauración: museo, biblioteca y feria de fin de semana",
        """El edificio de madera y calamina de la estación de Yancaque, levantado en 1874 por la compañía inglesa que construyó el ferrocarril al puerto, dejó de ver trenes en 1974. Desde entonces fue depósito, discoteca, refugio de damnificados y, los últimos años, nada.

        Eso puede cambiar. El Ministerio de Cultura aprobó el expediente técnico de restauración que presentó la Municipalidad Provincial de Yancaque, valorizado en 9,4 millones de soles. El proyecto prevé recuperar la estructura original, instalar un museo del azúcar y el ferrocarril, una biblioteca municipal y un patio para ferias de fin de semana.

        El teniente alcalde Manuel Llontop Custodio, cuya familia trabajó tres generaciones en el ferrocarril, fue el encargado de sustentar el proyecto ante los técnicos de Cultura en Lima. «Mi abuelo fue maquinista. Cuando le conté que la estación iba a volver a abrir, lloró», dijo.

        El alcalde Anselmo Capuñay Siesquén señaló que el siguiente paso es conseguir el financiamiento, para lo cual se presentará el proyecto a la convocatoria de Obras por Impuestos. Agroindustrial Yancaque ya expresó interés.

        Historiadores locales advierten que la madera del andén está muy afectada por las termitas y que cualquier demora encarecerá la obra.""",
        m="I T A",
        t="obras",
        tone="0",
        note="an approved project file without money yet: neutral",
    ),
    S(
        "y034",
        "centinela",
        "2026-10-13T07:40:00-05:00",
        "«Nos prometieron 40 millones y llegaron 4»: el reclamo del alcalde por los fondos del Niño",
        """El alcalde yancaquino Anselmo Capuñay Siesquén volvió a cargar contra el Ejecutivo por los recursos para prevenir los daños de un eventual Niño costero. Según dijo, en mayo el premier prometió 40 millones de soles para defensas ribereñas y drenaje pluvial en la provincia, y hasta octubre solo se transfirieron 4.

        «No pedimos un favor. Pedimos que no se repita marzo, cuando el agua entró a dos mil casas», declaró en conferencia de prensa. Capuñay dijo que viajará a Lima con los alcaldes de Sialupe y Pomape para reunirse con el Ministerio de Economía.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticises the national government; prevention works he asks others to fund: obras, neutral",
    ),
    S(
        "y035",
        "centinela",
        "2026-10-14T08:25:00-05:00",
        "En Ñopal la basura se quema en la acequia y el humo llega a la escuela",
        """Todas las tardes, detrás de la escuela 10234 de Ñopal, alguien prende fuego a los montículos de basura acumulados en la acequia. Los profesores cierran las ventanas y los niños tosen.

        El distrito no tiene servicio de recojo desde que su único camión se malogró en junio. El alcalde distrital de Ñopal, Segundo Chapoñán, dijo que espera un volquete del gobierno regional y pidió a los vecinos no quemar residuos.""",
        about=False,
        note="a district municipality's garbage problem; 'alcalde distrital de Ñopal' is not ours",
    ),
    S(
        "y036",
        "centinela",
        "2026-10-15T07:10:00-05:00",
        "Concejo aprueba préstamo de 20 millones para pistas; Chafloque vota en contra",
        """Con nueve votos a favor y dos en contra, el Concejo Provincial de Yancaque autorizó al alcalde a concertar un préstamo de 20 millones de soles con el Banco de la Nación para pavimentar 68 cuadras de la ciudad en 2027.

        El teniente alcalde Manuel Llontop Custodio defendió la operación: «Con el ritmo de las transferencias del gobierno central, estas pistas llegarían en 2035». La regidora Yessenia Chafloque Timaná, en cambio, advirtió que la deuda comprometerá el presupuesto de las próximas dos gestiones y pidió conocer antes la lista de calles.

        El préstamo se pagará en diez años con recursos del Fondo de Compensación Municipal.""",
        m="I T R",
        t="obras",
        tone="0",
        note="a divided council vote reported evenly",
    ),
    # --- La Tribuna del Norte: regional paper, teasers in RSS, 2009 table template ------------------------------------
    S(
        "y037",
        "tribuna",
        "2026-09-15T06:30:00-05:00",
        "Capuñay: «El gobierno regional nos tiene olvidados con la carretera a Ñopal»",
        """Los 23 kilómetros de la carretera Yancaque–Ñopal, a cargo del Gobierno Regional, se recorren en una hora y media por culpa de los baches y de dos badenes que el agua se llevó en marzo.

        El alcalde provincial de Yancaque, Anselmo Capuñay Siesquén, dijo ayer que ha enviado siete oficios a la sede regional sin respuesta. «Por esa vía sale el arroz de Ñopal y entran los médicos a Calazán. No es un capricho, es la vida de la provincia», sostuvo.

        La gerencia regional de Transportes respondió que el mantenimiento está programado para el primer trimestre de 2027.""",
        m="A",
        t="obras",
        tone="0",
        note="a regional road the Mayor asks others to fix: obras, neutral",
    ),
    S(
        "y038",
        "tribuna",
        "2026-09-16T06:30:00-05:00",
        "Puerto Lobería: basura en la playa ahuyenta a los bañistas",
        """Bolsas, botellas y restos de pescado cubren buena parte de la playa principal de Puerto Lobería, a tres semanas del inicio de la temporada de verano. Los pescadores artesanales culpan a los comerciantes del malecón y estos, a la municipalidad distrital, que solo recoge los residuos dos veces por semana.

        Una brigada de voluntarios de la universidad retiró el sábado tres toneladas de desechos en cuatro horas.""",
        about=False,
        note="garbage in another district outside the province",
    ),
    S(
        "y039",
        "tribuna",
        "2026-09-18T06:30:00-05:00",
        "MPY convoca estudio para el nuevo terminal terrestre",
        """La Municipalidad Provincial de Yancaque publicó la convocatoria para elaborar el estudio de preinversión del terminal terrestre interprovincial, que se construiría en un terreno de cuatro hectáreas junto a la Panamericana.

        El estudio tiene un valor referencial de 480 000 soles y un plazo de 120 días. Actualmente las empresas de buses embarcan pasajeros en sus propias oficinas, repartidas por el centro, lo que agrava la congestión en las horas punta.""",
        m="I",
        t="obras",
        tone="0",
    ),
    S(
        "y040",
        "tribuna",
        "2026-09-20T06:30:00-05:00",
        "Seis de las catorce camionetas del serenazgo están paradas por falta de combustible",
        """La noche del viernes solo salieron a patrullar ocho de las catorce camionetas del serenazgo de Yancaque. Las otras seis se quedaron en la cochera de la avenida Grau con el tanque vacío, porque el contrato de suministro de combustible venció el 31 de agosto y el nuevo aún no se firma.

        Dos serenos, que pidieron no ser identificados, contaron que desde hace dos semanas hacen rondas a pie en zonas donde antes iba la camioneta. «Nos cuidamos entre nosotros, porque la zona del Mayorista de noche es brava», dijo uno.

        El gerente de Seguridad Ciudadana de la Municipalidad Provincial de Yancaque, Hipólito Sirlopú Vidaurre, confirmó la situación y aseguró que el contrato se firmará esta semana.""",
        m="S I",
        t="seguridad",
        tone="-",
    ),
    S(
        "y041",
        "tribuna",
        "2026-09-22T06:30:00-05:00",
        "Chafloque pide cuentas por 1,2 millones gastados en publicidad",
        """La regidora provincial Yessenia Chafloque Timaná solicitó un informe detallado de los 1,2 millones de soles que la Municipalidad Provincial de Yancaque destinó en lo que va del año a publicidad en radios, canales de cable y páginas de Facebook.

        «Es más de lo que se gastó en el programa de anemia. Aquí se paga para que hablen bien del alcalde», sostuvo la concejala. La oficina de Imagen Institucional respondió que el gasto corresponde a campañas de orientación al contribuyente y de prevención del dengue.""",
        m="R I",
        tone="-",
        note="accusation about advertising spending; none of the topics (the dengue line is the office's answer)",
    ),
    S(
        "y042",
        "tribuna",
        "2026-09-24T06:30:00-05:00",
        "Arroceros bloquean la Panamericana con tractores y sacos de paddy",
        """Más de dos mil productores de arroz bloquearon ayer durante seis horas la Panamericana Norte, a la altura del desvío a Ñopal, con tractores, camiones y sacos de arroz en cáscara. Exigen que el Gobierno compre la cosecha a un precio mínimo de 65 soles el saco.

        «El molino nos paga 38 soles y producir un saco nos cuesta 50», dijo el dirigente de la junta de usuarios, Hipólito Sirlopú Ramos, sobre la tolva de un tractor. La Policía negoció la apertura de un carril a las cuatro de la tarde. Los agricultores anunciaron un paro indefinido desde el lunes.""",
        about=False,
        note="namesake: a rice growers' leader shares the gerente's given name and first surname; 'tractor' is farm machinery",
    ),
    S(
        "y043",
        "tribuna",
        "2026-09-26T06:30:00-05:00",
        "Llontop asume el despacho de alcaldía por viaje de Capuñay",
        """El teniente alcalde Manuel Llontop Custodio asumió desde ayer el despacho de la alcaldía provincial, por el viaje del alcalde Anselmo Capuñay Siesquén a Lima, donde se reunirá con funcionarios de los ministerios de Vivienda y de Economía. El encargo durará hasta el miércoles.""",
        m="T A",
        tone="0",
        note="short administrative notice",
    ),
    S(
        "y044",
        "tribuna",
        "2026-09-29T06:30:00-05:00",
        "Fumigarán dieciocho sectores esta semana: lo que deben hacer los vecinos",
        """El municipio yancaquino y la red de salud fumigarán desde este martes dieciocho sectores de la ciudad como parte de la campaña contra el dengue. El martes le toca a San Lorenzo y La Victoria Norte; el miércoles, al cercado; el jueves y viernes, a los pueblos jóvenes de la margen derecha.

        Las familias deben retirar a niños, ancianos y mascotas durante la fumigación, cubrir los alimentos y el agua, y permanecer fuera de casa al menos una hora. El producto no mancha ni daña la ropa.""",
        m="I",
        t="salud",
        tone="0",
        note="routine schedule",
    ),
    S(
        "y045",
        "tribuna",
        "2026-10-01T06:30:00-05:00",
        "Arbitrios subirían 12 % en 2027 y crece el malestar vecinal",
        """El proyecto de ordenanza de arbitrios para 2027 que elaboró el SAT Yancaque propone alzas de entre 9 y 14 % en las tasas de limpieza pública, parques y jardines y serenazgo. Para una vivienda promedio del cercado, el pago anual pasaría de 312 a 350 soles.

        La regidora Yessenia Chafloque Timaná adelantó que votará en contra. «Primero que recojan la basura todos los días y después hablamos de subir», dijo. Representantes de cinco juntas vecinales entregaron un memorial en mesa de partes de la Municipalidad Provincial de Yancaque pidiendo congelar las tasas.

        La ordenanza debe aprobarse antes del 31 de diciembre para que sea ratificada a tiempo.""",
        m="R I",
        t="tributos",
        tone="-",
    ),
    S(
        "y046",
        "tribuna",
        "2026-10-03T06:30:00-05:00",
        "Puente peatonal sobre el dren 3000 une al fin La Victoria Norte con el centro",
        """Los escolares de La Victoria Norte ya no tienen que cruzar el dren 3000 por una tabla de eucalipto. La Municipalidad Provincial de Yancaque entregó un puente peatonal metálico de 36 metros, con barandas y rampas de acceso, que costó 890 000 soles.

        El alcalde Anselmo Capuñay cortó la cinta junto a los alumnos del colegio Nuestra Señora de la Paz. «Cada verano el dren crecía y los chicos faltaban a clases una semana. Eso no vuelve a pasar», dijo. Vecinos pidieron ahora iluminación en los accesos.""",
        m="I A",
        t="obras",
        tone="+",
    ),
    S(
        "y047",
        "tribuna",
        "2026-10-05T06:30:00-05:00",
        "Estudiantes de la UNY ganan concurso nacional de robótica con un sembrador de arroz",
        """Un equipo de cinco estudiantes de Ingeniería Mecatrónica de la Universidad Nacional de Yancaque ganó el primer puesto del concurso nacional de robótica aplicada con un prototipo que trasplanta plantones de arroz sin necesidad de agacharse en el barro.

        El equipo viajará en marzo a una competencia internacional en Brasil.""",
        about=False,
        note="the university carries the place's name: not the institution",
    ),
    S(
        "y048",
        "tribuna",
        "2026-10-07T06:30:00-05:00",
        "San Lorenzo cumple una semana sin ver el camión de basura",
        """En la urbanización San Lorenzo las bolsas de basura ya ocupan media vereda. Los vecinos aseguran que el camión recolector no pasa desde el martes pasado y que las llamadas a la central de limpieza no son contestadas.

        «Los perros rompen las bolsas y en la noche salen las ratas», denunció la presidenta de la junta vecinal, Carmela Farfán. La comuna yancaquina atribuyó el problema a la reprogramación de rutas por las obras de la avenida Los Incas y prometió normalizar el servicio el fin de semana.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "y049",
        "tribuna",
        "2026-10-09T06:30:00-05:00",
        "Gobierno regional presenta plan ante un posible Niño con alcaldes del norte",
        """El gobernador regional Teodoro Bances Yovera presentó ayer el plan multisectorial ante un posible Niño costero, que prioriza la descolmatación de 140 kilómetros de ríos y la instalación de 60 motobombas en las zonas bajas.

        La presentación se realizó en el auditorio del Colegio de Ingenieros, con asistencia de los alcaldes provinciales Anselmo Capuñay (Yancaque), Rosa Cumpa (Puerto Lobería) y Efraín Bances (Tinajal), además de representantes de Indeci y del Senamhi. El plan demandará 210 millones de soles.""",
        m="A",
        about=False,
        note="passing mention: our Mayor in a list of attendees of a regional plan",
    ),
    S(
        "y050",
        "tribuna",
        "2026-10-11T06:30:00-05:00",
        "En Pomape, juntas vecinales y serenos hacen ronda juntos",
        """Desde hace un mes, los serenos de la municipalidad distrital de Pomape salen a patrullar cada noche acompañados por integrantes de las juntas vecinales, con chalecos reflectivos y silbatos. El alcalde de Pomape, Teófilo Yovera, asegura que los robos de ganado bajaron a la mitad.

        La experiencia será replicada en Calazán a partir de noviembre.""",
        about=False,
        note="a district municipality's serenazgo, not ours; security keywords",
    ),
    S(
        "y051",
        "tribuna",
        "2026-10-13T06:30:00-05:00",
        "Gerenta municipal admite que solo se ejecutó el 38 % del presupuesto de obras",
        """A tres meses del cierre del año, la Municipalidad Provincial de Yancaque solo ha ejecutado el 38 % de los 96 millones de soles que tiene para proyectos de inversión. La cifra la reconoció la propia gerenta municipal, Rocío Fiestas Neciosup, durante la audiencia pública de rendición de cuentas.

        La funcionaria explicó que cuatro obras grandes están detenidas por observaciones de los expedientes y que otras dos esperan la liberación de terrenos. «Vamos a cerrar el año por encima del 70 %», aseguró.

        En la audiencia, varios dirigentes vecinales recordaron que en 2025 la ejecución final fue de 51 %.""",
        m="G I",
        t="obras",
        tone="-",
    ),
    S(
        "y052",
        "tribuna",
        "2026-10-16T06:30:00-05:00",
        "Calazán vive sus fiestas patronales con procesión y corrida de gallos",
        """Con la bajada de la Virgen de la Candelaria de su altar empezaron el jueves las fiestas patronales de Calazán, que durarán hasta el domingo con procesión, misa de fiesta, concurso de caballos de paso y una corrida de gallos en el coliseo del distrito.

        La municipalidad distrital de Calazán espera unos diez mil visitantes. Se recomienda llegar temprano: la trocha desde Yancaque está en mal estado.""",
        about=False,
        note="the common noun 'fiestas' is not the gerenta; another district",
    ),
    S(
        "y053",
        "tribuna",
        "2026-10-19T06:30:00-05:00",
        "Tres ambulancias nuevas para los centros de salud de los caseríos",
        """El municipio yancaquino entregó tres ambulancias rurales totalmente equipadas a los centros de salud de Los Sauces, Cruz Verde y Pampa Grande, que atienden a unas 14 000 personas y que hasta ahora trasladaban a sus pacientes en mototaxi.

        Las unidades costaron 1,1 millones de soles. El alcalde Anselmo Capuñay Siesquén entregó las llaves y se comprometió a pagar el combustible durante el primer año. El jefe del centro de salud de Los Sauces recordó que en agosto una gestante dio a luz en una mototaxi camino al hospital.""",
        m="I A",
        t="salud",
        tone="+",
    ),
    S(
        "y054",
        "tribuna",
        "2026-10-21T06:30:00-05:00",
        "Drenaje pluvial del centro espera visto bueno del MEF",
        """El proyecto de drenaje pluvial del cercado, que evitaría que las calles del centro se conviertan en ríos cada verano, está desde agosto en revisión en el Ministerio de Economía y Finanzas. La Municipalidad Provincial de Yancaque calcula que, si es aprobado antes de diciembre, las obras podrían empezar en abril, pasadas las lluvias.

        El proyecto cuesta 48 millones de soles y contempla ocho kilómetros de colectores.""",
        m="I",
        t="obras",
        tone="0",
    ),
    S(
        "y055",
        "tribuna",
        "2026-10-23T06:30:00-05:00",
        "Cuatro mil mototaxis informales y once inspectores para controlarlas",
        """La subgerencia de Transporte de la Municipalidad Provincial de Yancaque tiene registradas 6 800 mototaxis con permiso de operación. Las asociaciones de mototaxistas calculan que hay al menos otras cuatro mil circulando sin papeles, muchas de ellas con conductores menores de edad.

        Para controlarlas hay once inspectores y una grúa. «Ponemos una papeleta y al día siguiente la misma moto está en el mismo paradero», admitió un inspector. Los accidentes con mototaxis ya causaron nueve muertes este año en la provincia.""",
        m="I",
        tone="-",
        note="traffic control failing: none of the five topics",
    ),
    S(
        "y056",
        "tribuna",
        "2026-10-26T06:30:00-05:00",
        "Feria tributaria recaudó 860 mil soles en un fin de semana",
        """La primera feria tributaria organizada en la plaza de armas por la Municipalidad Provincial de Yancaque recaudó 860 000 soles en dos días, con descuentos en intereses, sorteos de electrodomésticos y pago con tarjeta o billetera digital.

        El teniente alcalde Manuel Llontop Custodio, que entregó los premios, informó que 2 300 contribuyentes regularizaron su predial y que la feria se repetirá en diciembre.""",
        m="I T",
        t="tributos",
        tone="+",
    ),
    S(
        "y057",
        "tribuna",
        "2026-10-29T06:30:00-05:00",
        "Tras el asalto a una barrendera, el barrido nocturno tendrá escolta de serenos",
        """Una barrendera de 58 años fue asaltada a las cuatro de la madrugada del martes mientras limpiaba la avenida Los Incas: dos jóvenes le arrebataron el celular y la empujaron contra un poste. Sufrió una fractura en la muñeca.

        El gerente de Seguridad Ciudadana, Hipólito Sirlopú Vidaurre, anunció que desde esta semana cada cuadrilla de barrido nocturno será acompañada por una pareja de serenos y que la Municipalidad Provincial de Yancaque cubrirá los gastos médicos de la trabajadora.

        El sindicato de obreros recordó que en lo que va del año van cuatro agresiones contra personal de limpieza.""",
        m="S I",
        t="limpieza seguridad",
        tone="0",
        note="mixed: an assault on a municipal sweeper and the municipality's response",
    ),
    S(
        "y058",
        "tribuna",
        "2026-11-02T06:30:00-05:00",
        "Editorial: Yancaque merece algo más que cintas cortadas",
        """Nadie puede negar que en el último año se inauguraron obras visibles en Yancaque: la avenida Ferrocarril, el puente del dren 3000, el relleno de Cerro Blanco. El alcalde Anselmo Capuñay ha hecho de la foto con casco su sello personal.

        Pero una gestión provincial se mide también por lo que no sale en la foto: un presupuesto de inversiones ejecutado al 38 % en octubre, cuarenta cuadras que siguen rotas desde marzo, un centro tomado por mototaxis porque la ordenanza se posterga una y otra vez.

        El Gobierno Regional y el Ejecutivo tienen su cuota de culpa, y el alcalde lo repite con razón. Pero la Municipalidad Provincial de Yancaque no puede seguir escondiendo sus atrasos detrás de los ajenos. La ciudad necesita menos ceremonias y más expedientes aprobados.""",
        m="A I",
        t="obras",
        tone="-",
        note="editorial that grants some achievements but weighs on failures",
    ),
    # --- Radio Sol de Yancaque: news bulletins in the RSS description, date-only pubDate ----------------------------
    S(
        "y059",
        "rsol",
        "2026-09-15",
        "Cierran un carril de la avenida Ferrocarril por trabajos de drenaje",
        """Atención, conductores. Desde hoy y por diez días estará cerrado el carril derecho de la avenida Ferrocarril entre las calles Progreso y San José, por la instalación de un colector pluvial.

        Así lo informó la Municipalidad Provincial de Yancaque, que recomienda usar como desvío la avenida Grau. Los paraderos de mototaxis se trasladan media cuadra.""",
        m="I",
        t="obras",
        tone="0",
        note="radio notice of a closure for works",
    ),
    S(
        "y060",
        "rsol",
        "2026-09-17",
        "El alcalde en cabina: «Los mototaxistas tendrán que formalizarse sí o sí»",
        """En diálogo con nuestro noticiero de la mañana, el alcalde Anselmo Capuñay Siesquén aseguró que la ordenanza de mototaxis saldrá antes de fin de año, con o sin acuerdo de los gremios.

        —Alcalde, los mototaxistas dicen que los van a dejar sin trabajo.

        —Nadie se queda sin trabajo. Lo que no puede seguir es que un chico de quince años maneje una moto sin frenos por la plaza de armas. El que se formaliza trabaja tranquilo, el que no, se va al depósito.

        El burgomaestre dijo que habrá paraderos en las cuatro entradas del damero central.""",
        m="A",
        tone="0",
        note="interview on mototaxis: none of the topics, neutral",
    ),
    S(
        "y061",
        "rsol",
        "2026-09-18",
        "Roban computadoras del municipio de Sialupe",
        """Desconocidos forzaron anoche la puerta trasera de la municipalidad distrital de Sialupe y se llevaron seis computadoras y un proyector. El alcalde de Sialupe, Wilmer Capuñay, dijo que el vigilante no escuchó nada y que pidió a la Policía revisar las cámaras de una bodega vecina.

        Es el segundo robo en ese local en lo que va del año.""",
        about=False,
        note="namesake Mayor of Sialupe; a robbery at another municipality",
    ),
    S(
        "y062",
        "rsol",
        "2026-09-21",
        "Vacunación contra la influenza este sábado en el Mayorista",
        """Este sábado, desde las siete de la mañana, habrá vacunación gratuita contra la influenza y el neumococo en la puerta 1 del Mercado Mayorista El Algarrobal. La jornada la organizan el municipio yancaquino y el centro de salud de La Victoria.

        Pueden vacunarse los mayores de sesenta años, las gestantes y los niños. Solo hay que llevar el DNI.""",
        m="I",
        t="salud",
        tone="0",
    ),
    S(
        "y063",
        "rsol",
        "2026-09-23",
        "Oyentes reclaman por basura en el canal Chumbal",
        """Nuestras líneas se llenaron esta mañana de llamadas de vecinos de la calle Progreso y del pasaje Santa Elena. Denuncian que desde hace semanas el canal Chumbal está lleno de bolsas de basura, colchones viejos y hasta un refrigerador.

        —Aquí nadie viene, ni los de la comuna yancaquina ni nadie. Cuando llueva nos vamos a inundar con nuestra propia basura —dijo la señora Hermelinda, que llamó desde su bodega.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "y064",
        "rsol",
        "2026-09-25",
        "Comentario: ¡Felicitaciones, señor alcalde! Otra vez se inundó el jirón Lora",
        """Bastaron veinte minutos de garúa fuerte para que el jirón Lora volviera a ser una laguna. Felicitaciones, señor alcalde de Yancaque. Ya ni necesitamos el Niño: con una llovizna de setiembre nos alcanza.

        Desde abril se nos dijo que el colector de Lora era urgente. Hoy los vecinos sacaban el agua con baldes y los escolares se mojaban hasta las rodillas. Esa es la foto que no sale en las redes del municipio.""",
        m="A",
        t="obras",
        tone="-",
        note="sarcasm: 'felicitaciones' means the opposite; 'el alcalde de Yancaque' names the Mayor",
    ),
    S(
        "y065",
        "rsol",
        "2026-09-28",
        "Serenos frustran asalto a un agente bancario en la avenida Grau",
        """Una patrulla del serenazgo frustró a las diez de la mañana el asalto a un agente bancario en la avenida Grau. Los serenos vieron a dos sujetos rondando el local y, cuando uno sacó un arma, lo redujeron con apoyo de la Policía.

        El gerente de Seguridad Ciudadana, Hipólito Sirlopú, felicitó al personal y anunció que los dos serenos recibirán una resolución de reconocimiento de la Municipalidad Provincial de Yancaque.""",
        m="S I",
        t="seguridad",
        tone="+",
    ),
    S(
        "y066",
        "rsol",
        "2026-09-30",
        "Senamhi: lluvias moderadas en la costa norte desde enero",
        """El Senamhi informó que las condiciones del mar frente a la costa norte se mantienen ligeramente cálidas y que no descarta lluvias de moderada intensidad entre enero y marzo. Por ahora no se ha declarado la alerta de Niño costero. El próximo comunicado saldrá el 15 de octubre.""",
        about=False,
        note="national weather notice, no mention",
    ),
    S(
        "y067",
        "rsol",
        "2026-10-02",
        "Chafloque: «La celda nueva del relleno se llenará antes de lo que dicen»",
        """La regidora Yessenia Chafloque advirtió en nuestra cabina que la nueva celda del relleno sanitario de Cerro Blanco no durará siete años, como sostiene la gestión, sino menos de tres.

        —Están echando ahí el desmonte de las obras, que ocupa el doble que la basura. Lo he visto con mis propios ojos —dijo la regidora, que pidió la intervención del OEFA.""",
        m="R",
        t="limpieza",
        tone="-",
    ),
    S(
        "y068",
        "rsol",
        "2026-10-05",
        "Cierran el jirón San José este fin de semana por feria artesanal",
        """La Municipalidad Provincial de Yancaque informa que el jirón San José estará cerrado al tránsito vehicular entre la plaza de armas y la calle Elías Aguirre el sábado y el domingo, de 9 de la mañana a 10 de la noche, por la feria artesanal de Monsefú y Sialupe.""",
        m="I",
        tone="0",
        note="short notice, no topic",
    ),
    S(
        "y069",
        "rsol",
        "2026-10-07",
        "El «Tractor» promete el coliseo para diciembre",
        """«El coliseo se entrega en diciembre, palabra de Tractor». Así respondió el alcalde provincial a nuestros reporteros en la visita de ayer al coliseo municipal Manuel Pardo, cuya remodelación está parada desde hace dos años.

        Capuñay dijo que la nueva empresa ya ingresó a obra y que la estructura del techo estará lista en noviembre.""",
        m="A",
        t="obras",
        tone="0",
        note="the nickname is plainly the Mayor; a promise about stalled works",
    ),
    S(
        "y070",
        "rsol",
        "2026-10-09",
        "Arroz en cáscara se paga a 38 soles el saco en los molinos",
        """Mala noticia para el campo: los molinos del valle pagaron ayer 38 soles por saco de arroz en cáscara, el precio más bajo en cuatro años. Los dirigentes de la junta de usuarios dicen que así no se cubren ni los costos del tractor y la semilla.""",
        about=False,
        note="farm prices; 'tractor' as machinery",
    ),
    S(
        "y071",
        "rsol",
        "2026-10-12",
        "Último día para pagar arbitrios sin mora",
        """Recordamos a los oyentes que hoy vence el plazo para pagar la cuarta cuota de arbitrios sin recargo. Las ventanillas de la Municipalidad de Yancaque atenderán hasta las seis de la tarde.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "y072",
        "rsol",
        "2026-10-14",
        "Vecinos atrapan a ladrón y acusan al serenazgo de llegar una hora tarde",
        """Vecinos del pasaje Los Tulipanes, en San Lorenzo, atraparon a un joven que intentaba llevarse la batería de un auto y lo retuvieron hasta que llegó la Policía.

        Los vecinos dicen que llamaron al serenazgo a la una de la madrugada y que la camioneta llegó pasadas las dos. Intentamos comunicarnos con el gerente Sirlopú, pero no contestó las llamadas.""",
        m="S",
        t="seguridad",
        tone="-",
    ),
    S(
        "y073",
        "rsol",
        "2026-10-16",
        "Llontop pide paciencia a los comerciantes del Mayorista por demoras en el techado",
        """El teniente alcalde Manuel Llontop pidió paciencia a los comerciantes del Mayorista, que se quejan de que la obra del techado ya se comió dos meses más de lo previsto y los tiene vendiendo bajo toldos de plástico.

        —Les pido unas semanas más. La estructura ha llegado tarde desde Lima, no es culpa de nadie de aquí —dijo.

        Los comerciantes le respondieron que llevan escuchando lo mismo desde julio.""",
        m="T",
        t="obras",
        tone="-",
    ),
    S(
        "y074",
        "rsol",
        "2026-10-19",
        "Anselmo Capuñay y su Caña Brava, estelares del aniversario de Pomape",
        """El grupo Caña Brava, con la voz de Anselmo Capuñay, será el plato fuerte de la serenata por el aniversario del distrito de Pomape este viernes. También se presentarán la Orquesta Los Hermanos Purizaca y el dúo criollo Las Cañitas. La entrada es libre.""",
        about=False,
        note="namesake singer",
    ),
    S(
        "y075",
        "rsol",
        "2026-10-21",
        "La anemia en niños de Calazán bajó de 41 a 29 % en un año",
        """Buenas noticias desde Calazán. La anemia en niños menores de tres años bajó de 41 a 29 % entre octubre del año pasado y este mes, según el último tamizaje.

        El resultado se atribuye al programa de visitas domiciliarias y entrega de hierro de la Municipalidad Provincial de Yancaque, que trabaja con 60 promotoras de salud de la zona.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "y076",
        "rsol",
        "2026-10-23",
        "Nuevos horarios del recojo de basura en el cercado",
        """Desde el lunes cambia el horario del recojo de basura en el cercado de Yancaque. El camión pasará entre las nueve de la noche y la una de la madrugada, para no congestionar el tránsito del día.

        La comuna yancaquina pide sacar las bolsas solo cuando se escuche la campana.""",
        m="I",
        t="limpieza",
        tone="0",
    ),
    S(
        "y077",
        "rsol",
        "2026-10-26",
        "Gerenta Fiestas se reúne con estibadores del Mayorista",
        """La gerenta municipal Rocío Fiestas se reunió esta mañana con la directiva del sindicato de estibadores del Mercado Mayorista, que pide un espacio de descanso y un carnet municipal que los identifique. Se acordó una nueva reunión para el 9 de noviembre.""",
        m="G",
        tone="0",
        note="a meeting with porters: none of the topics",
    ),
    S(
        "y078",
        "rsol",
        "2026-10-28",
        "Huabalito estrena posta en el caserío El Palmo",
        """La alcaldesa de Huabalito, Marisol Purizaca, inauguró ayer la posta médica del caserío El Palmo, construida con fondos del distrito. Atenderá de lunes a sábado con un médico, una enfermera y una obstetra.""",
        about=False,
        note="another district's health post",
    ),
    S(
        "y079",
        "rsol",
        "2026-10-30",
        "El Señor de los Milagros recorrió las calles del centro",
        """Miles de fieles acompañaron ayer la procesión del Señor de los Milagros, que salió de la iglesia matriz a las cuatro de la tarde y recorrió quince cuadras del centro entre alfombras de flores y aserrín.

        Cargaron el anda las cuadrillas de la hermandad, los estibadores del Mayorista y, en el tramo de la plaza de armas, el alcalde Anselmo Capuñay con los regidores del concejo. La procesión volvió al templo cerca de la medianoche.""",
        m="A",
        about=False,
        note="passing mention in a religious procession story",
    ),
    S(
        "y080",
        "rsol",
        "2026-11-03",
        "Chafloque y Llontop se enfrentan en la sesión de concejo por los arbitrios",
        """Tensa sesión de concejo anoche. La regidora Yessenia Chafloque acusó al teniente alcalde Manuel Llontop de querer aprobar «a escondidas» el alza de arbitrios, al incluirla como punto varios en una sesión convocada para otro tema.

        —Aquí no se esconde nada, regidora, está en la agenda desde el viernes —le respondió Llontop.

        Tras media hora de gritos, el punto fue retirado y se verá el 17 de noviembre.""",
        m="R T",
        t="tributos",
        tone="-",
        note="a quarrel in the council over the tax rise",
    ),
    # --- Yancaque TV Canal 5: late-news transcripts in Atom, UTC times near midnight ----------------------------------
    S(
        "y081",
        "ytv",
        "2026-09-16T04:40:00Z",
        "Aniego en el jirón Colón: obra municipal rompió el colector",
        """CONDUCTORA: Vamos al jirón Colón, donde los vecinos llevan tres días con el desagüe en la puerta de sus casas.

        REPORTERO: Así está la cuadra siete del jirón Colón. Los vecinos dicen que todo empezó el lunes, cuando una retroexcavadora de la obra de pistas que ejecuta la Municipalidad Provincial de Yancaque rompió el colector. Desde entonces las aguas servidas salen por los buzones.

        VECINA: Tengo dos niños con diarrea. Vienen, miran, toman foto y se van. Nadie arregla nada.

        REPORTERO: La EPS dice que la reparación le corresponde al contratista de la obra. El contratista dice que espera la orden de la municipalidad. Y mientras tanto, los vecinos caminan sobre tablas.""",
        m="I",
        t="obras",
        tone="-",
        note="TV transcript; 22:40 in Lima",
    ),
    S(
        "y082",
        "ytv",
        "2026-09-19T04:55:00Z",
        "Alcalde inaugura sesenta cámaras de videovigilancia en el centro",
        """CONDUCTOR: Seguridad. Desde esta noche, sesenta nuevas cámaras vigilan el centro de Yancaque.

        REPORTERA: Son cámaras de alta definición, con visión nocturna y lectura de placas, instaladas en las cuatro avenidas de ingreso al damero y en los alrededores del Mayorista. Costaron 2,7 millones de soles. El alcalde Anselmo Capuñay Siesquén las activó desde la central de monitoreo.

        ALCALDE: Con estas sesenta, Yancaque pasa a tener ciento cuarenta cámaras. El que roba en el centro, hoy sale en pantalla.

        REPORTERA: El gerente de Seguridad Ciudadana, Hipólito Sirlopú, explicó que las imágenes se comparten en tiempo real con la comisaría. La Municipalidad Provincial de Yancaque anunció una tercera etapa para los pueblos jóvenes en 2027.""",
        m="A S I",
        t="seguridad",
        tone="+",
    ),
    S(
        "y083",
        "ytv",
        "2026-09-21T05:10:00Z",
        "Choque de mototaxis en el óvalo del Algarrobo deja tres heridos",
        """CONDUCTORA: Un accidente más con mototaxis. Dos unidades chocaron esta noche en el óvalo del Algarrobo y tres pasajeros fueron llevados al hospital regional con fracturas.

        REPORTERO: Según testigos, una de las mototaxis iba en sentido contrario. El conductor huyó dejando el vehículo, que no tenía placa ni permiso de operación. La Policía lo busca.""",
        about=False,
        note="traffic accident, no one of ours named; 00:10 in Lima",
    ),
    S(
        "y084",
        "ytv",
        "2026-09-24T04:30:00Z",
        "Enfrentamiento entre fiscalizadores y ambulantes en el Mayorista",
        """CONDUCTOR: Golpes, palos y botellas en la puerta 3 del Mercado Mayorista.

        REPORTERA: Todo empezó cuando fiscalizadores de la Municipalidad Provincial de Yancaque intentaron retirar a los ambulantes que ocupan la vía frente al pabellón de frutas. Los comerciantes se resistieron y en minutos la calle se convirtió en un campo de batalla. Hubo cuatro heridos, dos de ellos fiscalizadores.

        AMBULANTE: Nos quitan la mercadería y la venden ellos mismos. Eso no lo dicen.

        REPORTERA: La Policía detuvo a dos personas. Los ambulantes dicen que volverán mañana.""",
        m="I",
        tone="-",
        note="clash over street vendors: none of the topics (not crime, not cleaning)",
    ),
    S(
        "y085",
        "ytv",
        "2026-09-27T04:45:00Z",
        "Entrevista: la gerenta municipal explica el presupuesto de 2027",
        """CONDUCTORA: Nos acompaña en el set la gerenta municipal Rocío Fiestas Neciosup. Gerenta, ¿cuánto tendrá la provincia para obras el próximo año?

        GERENTA: El presupuesto institucional de apertura es de 212 millones, y de ellos 81 millones van a inversiones. La prioridad es drenaje pluvial, pistas en los pueblos jóvenes y terminar el techado del Mayorista y el coliseo.

        CONDUCTORA: Este año la ejecución ha sido baja.

        GERENTA: Hemos tenido problemas con expedientes heredados. Para 2027 ya tenemos once expedientes aprobados antes de empezar el año, eso no había pasado nunca.""",
        m="G",
        t="obras",
        tone="0",
    ),
    S(
        "y086",
        "ytv",
        "2026-09-30T05:20:00Z",
        "Salud confirma la primera muerte por dengue en Sialupe",
        """CONDUCTOR: Lamentable noticia desde Sialupe. Una mujer de 67 años falleció por dengue grave, la primera víctima de la enfermedad en la provincia este año.

        REPORTERA: La paciente fue trasladada al Hospital Regional de Yancaque en estado crítico el viernes. La Gerencia Regional de Salud pidió a la población eliminar todo recipiente que acumule agua y acudir de inmediato al centro de salud ante los primeros síntomas.""",
        about=False,
        note="regional health news about a district, no one of ours; 00:20 in Lima",
    ),
    S(
        "y087",
        "ytv",
        "2026-10-03T04:35:00Z",
        "Dos mil escolares salen a limpiar la ciudad",
        """CONDUCTORA: Escobas, guantes y muchas ganas.

        REPORTERO: Dos mil alumnos de veinte colegios participaron esta mañana en la campaña «Yancaque Limpio». Recogieron doce toneladas de residuos en parques, bermas y en las orillas del canal Chumbal. Los que más juntaron fueron los del colegio Túpac Amaru.

        TENIENTE ALCALDE: Si los niños aprenden a no tirar basura, en diez años tenemos otra ciudad.

        REPORTERO: Lo dijo el teniente alcalde Manuel Llontop Custodio. La Municipalidad Provincial de Yancaque premiará al colegio ganador con una computadora.""",
        m="T I",
        t="limpieza",
        tone="+",
    ),
    S(
        "y088",
        "ytv",
        "2026-10-06T05:05:00Z",
        "Empieza la zafra y vuelve el humo de la quema de caña",
        """CONDUCTOR: Agroindustrial Yancaque inició la zafra con seis mil trabajadores. Y con la zafra vuelve la quema de caña.

        REPORTERA: Las cenizas caen sobre los techos de la urbanización Los Sauces y de los caseríos vecinos. La empresa sostiene que solo quema el 30 % de sus campos y que en cinco años la cosecha será cien por ciento mecanizada. Los médicos del centro de salud de Los Sauces reportan un aumento de consultas por asma y bronquitis.""",
        about=False,
        note="the sugar mill's business; no one of ours; health keyword",
    ),
    S(
        "y089",
        "ytv",
        "2026-10-09T04:20:00Z",
        "Regidora denuncia que un tercio de las cámaras no graba",
        """CONDUCTORA: La regidora Yessenia Chafloque dice que las cámaras de la ciudad no funcionan como se anuncia.

        REGIDORA: Visité la central el lunes. De ciento cuarenta cámaras, cuarenta y siete estaban en negro. Y las que graban borran todo a los siete días.

        REPORTERO: El gerente de Seguridad Ciudadana, Hipólito Sirlopú Vidaurre, negó las cifras: dijo que las cámaras apagadas ese día eran doce y que se debió a un corte de energía en dos postes. La regidora pidió una inspección con presencia de la prensa.""",
        m="R S",
        t="seguridad",
        tone="-",
        note="accusation that the gerente denies: still negative",
    ),
    S(
        "y090",
        "ytv",
        "2026-10-12T04:50:00Z",
        "Caos en el centro: tres calles cerradas a la vez",
        """CONDUCTOR: Si hoy intentó cruzar el centro a la hora de salida de los colegios, ya sabe de qué hablamos.

        REPORTERA: Con el jirón San José cerrado por la feria, la avenida Ferrocarril con un carril menos y la calle Progreso en obras, los mototaxis y las combis quedaron atrapados en un embudo. Hubo gente que tardó una hora en recorrer seis cuadras. Los conductores culpan a la Municipalidad Provincial de Yancaque por autorizar los tres cierres la misma semana.""",
        m="I",
        tone="-",
        note="traffic chaos blamed on the municipality: none of the topics",
    ),
    S(
        "y091",
        "ytv",
        "2026-10-15T04:25:00Z",
        "Policlínico municipal suma pediatra y ecógrafo",
        """CONDUCTORA: Más servicios en el policlínico municipal.

        REPORTERO: Desde este lunes el policlínico de la Municipalidad Provincial de Yancaque tiene un segundo pediatra y un ecógrafo de última generación. Las ecografías obstétricas costarán veinte soles, la tercera parte del precio en clínicas privadas. La atención es de siete de la mañana a siete de la noche.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "y092",
        "ytv",
        "2026-10-18T05:15:00Z",
        "Asaltan a universitarios a la salida de clases",
        """CONDUCTOR: Estudiantes de la Universidad Nacional de Yancaque denuncian una ola de robos a la salida del turno noche.

        REPORTERA: En la última semana, al menos ocho alumnos fueron asaltados en el trayecto entre la puerta de la universidad y la avenida Grau. Los delincuentes se movilizan en mototaxi. Los estudiantes piden a la Policía un patrullero fijo a la hora de salida.""",
        about=False,
        note="crime near the university, no one of ours named; 00:15 in Lima",
    ),
    S(
        "y093",
        "ytv",
        "2026-10-21T04:40:00Z",
        "Capuñay pide a la PNP más policías: «Uno por cada dos mil vecinos»",
        """CONDUCTORA: El alcalde pidió más policías para la provincia.

        ALCALDE: Nosotros ponemos serenos, cámaras, camionetas. Pero el serenazgo no puede detener a nadie. Yancaque tiene un policía por cada dos mil habitantes. El Ministerio del Interior tiene que mandar por lo menos doscientos efectivos más.

        REPORTERO: El alcalde provincial de Yancaque, Anselmo Capuñay Siesquén, dijo que enviará el pedido por escrito al ministro y al comandante general.""",
        m="A",
        t="seguridad",
        tone="0",
        note="the Mayor asks the national police for officers: neutral",
    ),
    S(
        "y094",
        "ytv",
        "2026-10-24T04:30:00Z",
        "Vecinos de La Victoria Norte bloquean la avenida exigiendo sus pistas",
        """CONDUCTOR: Llantas quemadas y piedras en la avenida Grau.

        REPORTERA: Vecinos de La Victoria Norte bloquearon la vía durante dos horas. Exigen que la municipalidad termine la pavimentación de sus calles, paralizada desde junio con las zanjas abiertas.

        DIRIGENTE: La Municipalidad de Yancaque nos dejó con las zanjas y se fue. Los niños se caen, las mototaxis no entran. Queremos una fecha.

        REPORTERA: La Policía despejó la vía. Los dirigentes fueron citados a una reunión en el palacio municipal.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "y095",
        "ytv",
        "2026-10-27T04:45:00Z",
        "Comerciantes del Mayorista rechazan nueva tasa de limpieza",
        """CONDUCTORA: Los comerciantes del Mayorista anuncian una paralización.

        REPORTERO: La razón es la nueva tasa por limpieza del mercado, de ochenta céntimos diarios por puesto, que la Municipalidad Provincial de Yancaque empezará a cobrar en noviembre junto con la sisa. Los comerciantes dicen que ya pagan arbitrios y que el mercado sigue sucio. La gerenta municipal Rocío Fiestas Neciosup sostuvo que la tasa solo cubrirá el costo de un turno adicional de recojo.""",
        m="I G",
        t="tributos",
        tone="-",
        note="a new fee charged to market stalls: tributos",
    ),
    S(
        "y096",
        "ytv",
        "2026-10-30T05:25:00Z",
        "Activación de quebrada sorprende a Calazán",
        """CONDUCTOR: Una lluvia fuera de temporada activó anoche la quebrada Cascajal, en el distrito de Calazán.

        REPORTERA: El lodo cubrió la trocha y entró a seis viviendas. No hubo heridos. La municipalidad distrital de Calazán trabaja con un cargador frontal para despejar la vía y pidió ayuda a Defensa Civil. El Senamhi atribuye la lluvia a un núcleo de humedad aislado.""",
        about=False,
        note="another district's emergency; 00:25 in Lima",
    ),
    S(
        "y097",
        "ytv",
        "2026-11-06T04:35:00Z",
        "Ahora sí: el concejo aprueba la ordenanza de mototaxis",
        """CONDUCTORA: Después de tres postergaciones, por fin.

        REPORTERO: El Concejo Provincial de Yancaque aprobó esta tarde la ordenanza que prohíbe la circulación de mototaxis en el damero central de siete de la mañana a ocho de la noche. Hubo ocho votos a favor y tres abstenciones, entre ellas la de la regidora Yessenia Chafloque, que pidió más tiempo para los paraderos.

        TENIENTE ALCALDE: Es un día histórico para el centro de Yancaque.

        REPORTERO: El teniente alcalde Manuel Llontop dijo que habrá dos meses de adecuación antes de las multas.""",
        m="I R T",
        tone="+",
        note="the ordinance finally approved: positive for the municipality; traffic is none of the topics",
    ),
    S(
        "y098",
        "ytv",
        "2026-11-12T05:00:00Z",
        "Serenos que rescataron a una familia de un incendio reciben reconocimiento",
        """CONDUCTOR: Los héroes de la calle Progreso.

        REPORTERA: Los serenos Luis Alberto Custodio y Jhon Sandoval fueron reconocidos hoy por haber sacado a una madre y sus tres hijos de una vivienda en llamas, la madrugada del domingo. El gerente de Seguridad Ciudadana, Hipólito Sirlopú Vidaurre, les entregó diplomas y anunció que serán ascendidos a jefes de grupo.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    # --- Agencia Noticias Regiones Perú: national agency, Atom ---------------------------------------------------------
    S(
        "y099",
        "regiones",
        "2026-09-25T15:20:00Z",
        "Contraloría halla perjuicio de S/ 1,4 millones en obra de pistas de Yancaque",
        """La Contraloría General de la República identificó un perjuicio económico de 1,4 millones de soles en la obra de mejoramiento de pistas y veredas del pueblo joven Túpac Amaru, ejecutada por la Municipalidad Provincial de Yancaque entre 2024 y 2025.

        Según el informe de control, la entidad pagó al contratista por una carpeta asfáltica de tres pulgadas cuando las muestras extraídas en obra tienen un espesor promedio de 1,8 pulgadas. Además, se aprobaron dos adicionales sin sustento técnico.

        El informe identifica presunta responsabilidad penal en cuatro funcionarios y servidores, entre ellos un exgerente de Infraestructura y dos supervisores, y fue remitido a la Procuraduría Anticorrupción.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "y100",
        "regiones",
        "2026-09-29T14:00:00Z",
        "Producción nacional de arroz crecería 6 % pese a la caída de precios",
        """El Ministerio de Desarrollo Agrario estima que la producción nacional de arroz en cáscara alcanzará 3,6 millones de toneladas en la campaña 2026-2027, 6 % más que la anterior, impulsada por las siembras en la costa norte y la selva alta.

        Sin embargo, los precios en chacra cayeron a su nivel más bajo en cuatro años. En los valles de Yancaque y Tinajal el saco de 50 kilos se paga entre 38 y 42 soles.""",
        about=False,
        note="national farm news naming the valley only",
    ),
    S(
        "y101",
        "regiones",
        "2026-10-02T16:30:00Z",
        "Catorce provincias del norte, en alerta ante un posible Niño costero",
        """La Comisión Multisectorial del Fenómeno El Niño mantuvo el estado de vigilancia y recomendó a catorce provincias de la costa norte, entre ellas Yancaque, Puerto Lobería y Tinajal, acelerar la limpieza de cauces y drenes.

        Las proyecciones indican una probabilidad de 35 % de que se presenten condiciones cálidas moderadas en el verano. El Indeci pidió a los gobiernos locales actualizar sus planes de contingencia.""",
        about=False,
        note="national alert listing the province",
    ),
    S(
        "y102",
        "regiones",
        "2026-10-20T17:10:00Z",
        "Alcaldes del norte llegan al MEF a reclamar fondos de prevención",
        """Una comitiva de doce alcaldes provinciales y distritales de la costa norte se reunió hoy con el viceministro de Hacienda para exigir la transferencia de 190 millones de soles comprometidos en mayo para obras de prevención ante lluvias intensas.

        Encabezó la delegación el alcalde de Yancaque, Anselmo Capuñay Siesquén, quien sostuvo que la demora «pone en riesgo a medio millón de personas». «No vamos a regresar con las manos vacías», dijo antes de entrar al ministerio.

        El MEF se comprometió a publicar en noviembre un decreto supremo con una primera transferencia.""",
        m="A",
        t="obras",
        tone="0",
        note="our Mayor leads a claim against the national government for prevention works",
    ),
    S(
        "y103",
        "regiones",
        "2026-10-23T13:45:00Z",
        "Fiscalía investiga compra de combustible para compactadoras en Yancaque",
        """La Fiscalía Provincial Anticorrupción de Yancaque abrió investigación preliminar contra la gerenta municipal Rocío Fiestas Neciosup y otros tres funcionarios de la Municipalidad Provincial de Yancaque por la presunta comisión del delito de colusión en la compra de combustible para los camiones compactadores.

        La denuncia señala que el municipio pagó 2,9 millones de soles por diésel en 2025 cuando los vales de consumo registrados suman el equivalente a 1,7 millones. La gerenta negó cualquier irregularidad y dijo que la diferencia corresponde a combustible para maquinaria pesada usada en la emergencia de marzo.

        «Vamos a entregar toda la documentación. No tenemos nada que ocultar», declaró.""",
        m="G I",
        t="limpieza",
        tone="-",
        note="an investigation the official denies: negative",
    ),
    S(
        "y104",
        "regiones",
        "2026-11-09T03:50:00Z",
        "Deportivo Azucarero de Yancaque vuelve a la Liga 2 con gol de Llontop",
        """Deportivo Azucarero de Yancaque consiguió el ascenso a la Liga 2 tras empatar 1-1 con Unión Minera en la final de la Copa Perú, jugada en Lima. El gol del equipo norteño lo marcó el volante Manuel Llontop a los 71 minutos.

        El club, fundado en 1948 por trabajadores del ingenio, vuelve al fútbol profesional después de once años. Miles de hinchas celebraron en la plaza de armas de Yancaque hasta la madrugada.""",
        about=False,
        note="namesake footballer; 22:50 in Lima on the 8th",
    ),
    S(
        "y105",
        "regiones",
        "2026-11-13T15:00:00Z",
        "MEF transfiere S/ 8 millones a Yancaque para drenaje pluvial",
        """El Ministerio de Economía y Finanzas autorizó mediante decreto supremo una transferencia de 8 millones de soles a la Municipalidad Provincial de Yancaque para la primera etapa del sistema de drenaje pluvial del cercado.

        Los recursos permitirán construir 2,3 kilómetros de colectores en las calles más afectadas por las lluvias de marzo. La comuna yancaquina debe convocar la obra en un plazo de treinta días.""",
        m="I",
        t="obras",
        tone="+",
        note="money obtained for our works: positive",
    ),
    S(
        "y106",
        "regiones",
        "2026-11-16T14:30:00Z",
        "Dengue crece 40 % en la costa norte; Yancaque y Tinajal, las más afectadas",
        """Los casos de dengue en la costa norte aumentaron 40 % en las últimas cuatro semanas, según el Centro Nacional de Epidemiología del Minsa. Las provincias de Yancaque y Tinajal concentran la mitad de los casos de la macrorregión.

        El Minsa enviará cuarenta brigadistas y equipos de fumigación adicionales. Los especialistas advierten que el calor anticipado podría adelantar el pico de contagios a diciembre.""",
        about=False,
        note="national health figures naming the province, not the municipality",
    ),
    S(
        "y107",
        "regiones",
        "2026-11-18T16:00:00Z",
        "Encuesta: Yancaque entra al top 10 de ciudades donde la gente se siente más insegura",
        """Yancaque figura en el puesto nueve del ranking de percepción de inseguridad elaborado por una encuestadora nacional en 26 ciudades del país: el 81 % de sus habitantes dijo sentirse inseguro al caminar de noche por su barrio.

        Las ciudades con peores resultados fueron Trujillo, Juliaca y Piura. El robo de celulares y la extorsión a transportistas encabezan las preocupaciones.""",
        about=False,
        note="a ranking about the city; nobody of ours named",
    ),
    S(
        "y108",
        "regiones",
        "2026-11-20T15:40:00Z",
        "Yancaque estrena aplicativo para reportar basura en la calle",
        """La Municipalidad Provincial de Yancaque lanzó «Yancaque Limpio», un aplicativo gratuito con el que los vecinos pueden fotografiar y geolocalizar puntos críticos de basura para que las cuadrillas los atiendan en menos de 48 horas.

        En su primera semana de prueba el aplicativo recibió 620 reportes. El municipio publicará mensualmente cuántos fueron atendidos y en qué plazo.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "y109",
        "regiones",
        "2026-11-23T14:15:00Z",
        "JNE declara infundado pedido de vacancia contra el alcalde de Yancaque",
        """El Jurado Nacional de Elecciones declaró infundado el pedido de vacancia presentado contra el alcalde provincial de Yancaque, Anselmo Capuñay Siesquén, por presunto nepotismo.

        El solicitante sostenía que un sobrino político del alcalde había sido contratado como asistente en la gerencia de Infraestructura. El pleno concluyó que no se acreditó que el burgomaestre interviniera en la contratación ni que existiera el grado de parentesco que exige la ley. La resolución es inapelable.""",
        m="A",
        tone="+",
        note="a vacancy request rejected: good news for the Mayor; nepotism is none of the topics",
    ),
    S(
        "y110",
        "regiones",
        "2026-11-26T13:30:00Z",
        "Sunafil multa a la Municipalidad de Yancaque por deudas con obreros de limpieza",
        """La Superintendencia Nacional de Fiscalización Laboral impuso una multa de 286 000 soles a la Municipalidad de Yancaque por no pagar la compensación por tiempo de servicios ni las gratificaciones de 340 obreros de limpieza pública durante 2025.

        La entidad tiene quince días para pagar los beneficios adeudados o apelar. El sindicato de obreros calcula la deuda total en 1,9 millones de soles.""",
        m="I",
        t="limpieza",
        tone="-",
        note="sweepers' pay: limpieza by the writer's convention",
    ),
    # --- Crónica Peruana: national site, full text in RSS, blog pages with "se publicó primero en" -------------------
    S(
        "y111",
        "cronica",
        "2026-09-19T10:00:00-05:00",
        "Yancaque, la ciudad donde mandan las mototaxis",
        """A las siete y media de la mañana, en la esquina de San José con Elías Aguirre, se pueden contar hasta cuarenta mototaxis en un solo semáforo. No todas esperan la luz verde. Algunas suben a la vereda, otras dan la vuelta en U entre las combis, una lleva a cinco escolares y un balón de gas.

        Yancaque, una ciudad de unos 300 000 habitantes en el corazón arrocero y azucarero del norte, tiene más mototaxis por habitante que cualquier otra ciudad costeña del país, según un estudio de la Universidad Nacional de Yancaque. Para muchos es el único trabajo posible: cuando el ingenio mecanizó parte de la cosecha, cientos de cortadores de caña compraron una moto a plazos.

        El problema es que casi nadie las controla. La subgerencia de Transporte tiene once inspectores. El Concejo Provincial de Yancaque ha postergado tres veces una ordenanza para sacarlas del damero central. Y el alcalde Anselmo Capuñay Siesquén, un ingeniero que se ganó el apodo de «el Tractor» por su afición a las obras, admite que el tema lo supera.

        «Es el problema más difícil que tengo. Si les pongo mano dura, se me cae la ciudad en paro. Si no hago nada, se me cae igual», dice en su despacho, con la ventana abierta al ruido de los motores.

        Los gremios, que agrupan a unos siete mil conductores, tienen su propia versión. «Nos culpan del caos, pero las pistas están rotas y los paraderos nunca se hicieron», dice Walter Farfán, presidente de una de las federaciones.

        Mientras tanto, el hospital regional atiende en promedio cuatro accidentes con mototaxis al día. La mayoría de heridos son pasajeros.""",
        m="A I",
        tone="-",
        note="long national feature on traffic chaos; none of the five topics",
    ),
    S(
        "y112",
        "cronica",
        "2026-09-23T11:30:00-05:00",
        "Congresista por la región presenta ley para subir el arancel al azúcar importado",
        """El congresista Néstor Vidaurre Chapoñán, natural de Yancaque, presentó un proyecto de ley que eleva de 0 a 20 % el arancel al azúcar importado, con el argumento de proteger a los ingenios de la costa norte frente al azúcar boliviano y colombiano.

        Los importadores advierten que la medida encarecería el precio al consumidor. El proyecto pasó a la comisión de Economía.""",
        about=False,
        note="national politics; the place only as a birthplace",
    ),
    S(
        "y113",
        "cronica",
        "2026-10-04T09:00:00-05:00",
        "«El Tractor»: el alcalde que despacha desde las zanjas",
        """A Anselmo Capuñay Siesquén no le gusta el escritorio. El alcalde provincial de Yancaque, ingeniero civil de 54 años, hijo de un mecánico del ingenio, pasa buena parte del día con casco y botas en alguna de las obras que la municipalidad tiene abiertas. De ahí el apodo que le pusieron los obreros y que él usa con orgullo: «el Tractor».

        En dos años de gestión, su equipo ha pavimentado 1,8 kilómetros de la avenida Ferrocarril, levantado un puente sobre el dren 3000, cerrado un botadero de veinte años y abierto un policlínico municipal con consultas a cinco soles. Sus críticos le reprochan que la ejecución presupuestal no pasa del 40 % y que las obras pequeñas de los barrios se quedan esperando.

        «Prefiero que me critiquen por lento a que me critiquen por haber hecho mal una pista», responde. Sus jornadas empiezan a las seis, con una vuelta por los drenes, y muchas veces terminan después de las diez, en una sesión de concejo.

        Su siguiente apuesta es la restauración de la vieja estación de tren, que quiere convertir en museo del azúcar. «Yancaque nació con el ferrocarril. No podemos dejar que la estación se la coman las termitas», dice.""",
        m="A",
        t="obras",
        tone="+",
        note="a favourable profile; criticism acknowledged but the piece is warm",
    ),
    S(
        "y114",
        "cronica",
        "2026-10-10T08:45:00-05:00",
        "La batalla de los fumigadores: así se combate el dengue en el norte",
        """En las calles de tierra del pueblo joven Túpac Amaru, en Yancaque, el zumbido de las mochilas termonebulizadoras se escucha desde lejos. Son las brigadas mixtas del centro de salud y de la Municipalidad Provincial de Yancaque, que desde setiembre fumigan cuatro mil casas por semana.

        Es una escena que se repite en Piura, Tumbes y Puerto Lobería. El dengue ya no es una enfermedad del verano: los casos se registran todo el año y los brotes empiezan antes. Los expertos coinciden en que la fumigación sirve para cortar la transmisión, pero que lo decisivo es eliminar los criaderos: cilindros, llantas, floreros.

        En Yancaque, las brigadas reportan que una de cada cuatro viviendas tiene larvas en algún recipiente. «La gente guarda agua porque la EPS la corta tres veces por semana. Ahí está el problema», explica una enfermera.""",
        m="I",
        t="salud",
        tone="0",
        note="national feature on dengue, the municipality's brigades described without praise or blame",
    ),
    S(
        "y115",
        "cronica",
        "2026-10-17T21:00:00-05:00",
        "Cumbia norteña: Anselmo Capuñay llena el Parque de la Exposición",
        """Más de doce mil personas corearon anoche «Zafra de amor» y «Caña dulce, mujer amarga» en el concierto que el cantante Anselmo Capuñay y el Grupo Caña Brava ofrecieron en el Parque de la Exposición, en Lima.

        Fue la primera vez que una agrupación de cumbia norteña agotó las entradas en ese escenario. Capuñay, de 38 años, anunció una gira por Estados Unidos en febrero.""",
        about=False,
        note="namesake singer in national entertainment news",
    ),
    S(
        "y116",
        "cronica",
        "2026-10-22T10:15:00-05:00",
        "Denuncian nepotismo en Yancaque: sobrino del alcalde trabaja en la gerencia de obras",
        """Un ciudadano de Yancaque presentó ante el Concejo Provincial de Yancaque un pedido de vacancia contra el alcalde Anselmo Capuñay Siesquén por presunto nepotismo. Según el escrito, Jorge Luis Siesquén Baldera, sobrino de la esposa del alcalde, fue contratado en marzo como asistente administrativo de la gerencia de Infraestructura con un sueldo de 3 200 soles.

        El alcalde negó cualquier irregularidad. «No conozco a ese joven más que de vista en reuniones familiares. No intervine en su contratación y el parentesco por afinidad no está en el grado que prohíbe la ley», declaró.

        El pedido será visto en sesión extraordinaria y, de ser rechazado, podrá ser apelado ante el Jurado Nacional de Elecciones.""",
        m="I A",
        tone="-",
        note="accusation denied by the Mayor: negative; hiring is none of the topics",
    ),
    S(
        "y117",
        "cronica",
        "2026-10-28T09:30:00-05:00",
        "Yessenia Chafloque, la voz incómoda del concejo de Yancaque",
        """En las sesiones del concejo provincial de Yancaque hay una silla que el oficialismo mira con recelo. La ocupa Yessenia Chafloque Timaná, abogada de 36 años, hija de una vendedora del Mayorista y una de las dos regidoras de oposición.

        En lo que va de la gestión ha presentado once pedidos de información, cuatro denuncias ante Control y una ante la Fiscalía. Cuestionó la licitación del jirón Bolognesi, el gasto en publicidad y el alza de los arbitrios. «No me eligieron para aplaudir», dice.

        Desde el entorno del alcalde Anselmo Capuñay la acusan de hacer campaña para 2030. Ella no lo niega del todo: «Si para eso tengo que mostrar lo que está mal, lo voy a seguir haciendo».""",
        m="R A I",
        tone="-",
        note="profile of the opposition regidora listing her accusations against the administration; 'concejo provincial de Yancaque', even in lower case, names the institution",
    ),
    S(
        "y118",
        "cronica",
        "2026-11-04T08:00:00-05:00",
        "Gobierno declara en emergencia 60 distritos del norte por déficit hídrico",
        """El Poder Ejecutivo declaró en estado de emergencia por sesenta días a sesenta distritos de cuatro regiones del norte por el déficit de lluvias en las partes altas de las cuencas, que amenaza la campaña agrícola.

        La medida permitirá al Midagri contratar cisternas, perforar pozos y entregar semillas de corta duración. Los reservorios del valle de Yancaque están al 31 % de su capacidad.""",
        about=False,
        note="national decree naming the valley",
    ),
    S(
        "y119",
        "cronica",
        "2026-11-08T09:20:00-05:00",
        "Un mercado mayorista que convierte sus desechos en abono: la apuesta de Yancaque",
        """Cada día, el Mercado Mayorista El Algarrobal de Yancaque genera unas veinte toneladas de cáscaras, hojas y frutas malogradas. Hasta hace un mes terminaban en el relleno sanitario. Ahora, la mitad va a una planta de compostaje instalada por la Municipalidad Provincial de Yancaque en un terreno contiguo al mercado.

        La planta, la primera de su tipo en un mercado mayorista del país, produce unas tres toneladas de abono por semana que se usan en los parques de la ciudad y se venden a pequeños agricultores a precio simbólico.

        «Era un cerro de basura que nos traía moscas y pleitos. Ahora es plata», resume el alcalde Anselmo Capuñay. El Ministerio del Ambiente evalúa replicar el modelo en otros cuatro mercados del norte.""",
        m="I A",
        t="limpieza",
        tone="+",
    ),
    S(
        "y120",
        "cronica",
        "2026-11-14T10:00:00-05:00",
        "Cómo Yancaque redujo a la mitad los robos en su centro histórico",
        """En 2024 el centro de Yancaque registraba en promedio once robos diarios denunciados. En el último trimestre la cifra bajó a cinco. ¿Qué cambió?

        Según el gerente de Seguridad Ciudadana, Hipólito Sirlopú Vidaurre, un policía retirado que asumió el cargo en 2025, la clave fue combinar tres cosas: las 140 cámaras conectadas en tiempo real con la comisaría, el patrullaje a pie en parejas fijas por cuadrante y el trabajo con los comerciantes, que hoy tienen un grupo de WhatsApp directo con la central.

        «No inventamos nada. Solo hicimos que las piezas hablaran entre sí», dice. La Municipalidad Provincial de Yancaque destina este año 14 millones de soles al serenazgo.

        Los pueblos jóvenes de la periferia, sin embargo, no han visto la misma mejora, y la propia gerencia reconoce que es su tarea pendiente.""",
        m="S I",
        t="seguridad",
        tone="+",
    ),
    S(
        "y121",
        "cronica",
        "2026-11-19T08:30:00-05:00",
        "La brecha del predial: los municipios recaudan la mitad de lo que podrían",
        """Los gobiernos locales peruanos recaudan por impuesto predial apenas el 0,2 % del PBI, uno de los niveles más bajos de América Latina. Un informe del Banco Central atribuye la brecha a catastros desactualizados, valores arancelarios congelados y la falta de voluntad política para cobrar.

        Algunas municipalidades intermedias intentan cerrar la brecha. En Yancaque, la gerenta municipal Rocío Fiestas Neciosup explica que un catastro con drones permitió detectar 9 000 predios que declaraban menos área de la construida. «Nadie quiere ser el alcalde que sube el predial, pero tampoco podemos seguir cobrando por casas de adobe lo que hoy son edificios de cuatro pisos», dice.

        En Lima, distritos como San Isidro y Miraflores recaudan por habitante veinte veces más que el promedio nacional.""",
        m="G",
        t="tributos",
        tone="0",
        note="national piece on property tax in which our gerenta is quoted with substance",
    ),
    S(
        "y122",
        "cronica",
        "2026-11-25T09:00:00-05:00",
        "El tren que Yancaque no quiere olvidar",
        """La estación de Yancaque todavía tiene el reloj de la compañía inglesa, detenido en las 3:17. Nadie sabe de qué día. Por sus andenes salieron durante un siglo los sacos de azúcar rumbo al puerto, y por ellos llegaron los inmigrantes chinos y japoneses que hoy tienen nietos en toda la ciudad.

        El último tren pasó en 1974. Medio siglo después, la ciudad sigue discutiendo qué hacer con lo que quedó. El Ministerio de Transportes descartó rehabilitar la línea. El alcalde Anselmo Capuñay Siesquén quiere convertir la estación en museo. Los jubilados del ferrocarril, que se reúnen los jueves en la cantina de enfrente, quieren que vuelva el tren.

        «Un museo es para cosas muertas», dice don Teodoro Lluén, 88 años, exguardavías. «El tren no está muerto. Está dormido».""",
        m="A",
        tone="0",
        note="a feature on the railway's memory; the Mayor's plan is one voice among others",
    ),
    # --- Costa Norte Noticias: regional site, full text in RSS ---------------------------------------------------------
    S(
        "y123",
        "costanorte",
        "2026-09-21T11:00:00-05:00",
        "Sirlopú: «Tenemos 180 serenos para 300 000 habitantes y vamos a contratar 60 más»",
        """El gerente de Seguridad Ciudadana de Yancaque, Hipólito Sirlopú Vidaurre, reconoció que el serenazgo provincial trabaja con la mitad del personal que recomienda el Ministerio del Interior para una ciudad de su tamaño. Hoy son 180 serenos repartidos en tres turnos.

        Sirlopú anunció que en noviembre se convocará a 60 plazas nuevas, con prioridad para licenciados de las Fuerzas Armadas, y que los nuevos serenos serán destinados a los pueblos jóvenes de la margen derecha, donde se concentran los asaltos a mototaxistas.

        El sueldo ofrecido es de 1 600 soles, con seguro y uniforme.""",
        m="S",
        t="seguridad",
        tone="0",
        note="a shortage acknowledged and a hiring plan: neutral",
    ),
    S(
        "y124",
        "costanorte",
        "2026-09-24T12:30:00-05:00",
        "Regidora denuncia que un camión de basura se usó para una mudanza",
        """La regidora provincial Yessenia Chafloque Timaná difundió un video en el que se ve un camión recolector con el logotipo de la Municipalidad Provincial de Yancaque cargando muebles, colchones y una refrigeradora frente a una vivienda de la urbanización Los Parques, un domingo por la mañana.

        «Mientras San Lorenzo espera una semana por el recojo, el camión hace mudanzas», escribió la concejala. La subgerencia de Limpieza Pública informó que abrió un proceso administrativo al chofer y que la unidad no figuraba en la programación de ese día.""",
        m="R I",
        t="limpieza",
        tone="-",
    ),
    S(
        "y125",
        "costanorte",
        "2026-09-27T09:15:00-05:00",
        "Arroceros en paro: «Ni un saco más a 38 soles»",
        """El paro de los productores de arroz del valle cumplió ayer su tercer día con bloqueos intermitentes en la Panamericana y en la carretera a Ñopal. La junta de usuarios que lidera Hipólito Sirlopú Ramos exige una mesa de diálogo con el ministro de Desarrollo Agrario.

        «No venimos a pedir limosna, venimos a pedir que no se importe arroz en plena cosecha», dijo Sirlopú ante los agricultores reunidos en el desvío de Huabalito. Los molineros, por su parte, aseguran que el precio lo fija el mercado.""",
        about=False,
        note="namesake: 'Sirlopú' here is the rice growers' leader Sirlopú Ramos, not the gerente",
    ),
    S(
        "y126",
        "costanorte",
        "2026-10-01T10:40:00-05:00",
        "Túpac Amaru estrena 22 cuadras pavimentadas",
        """Los vecinos del pueblo joven Túpac Amaru celebraron con banda y chicha de jora la entrega de 22 cuadras de pistas de concreto, veredas y rampas, en una obra de 5,6 millones de soles ejecutada por la Municipalidad Provincial de Yancaque.

        Es la primera vez en cuarenta años que el barrio tiene calles asfaltadas. «Mi mamá murió esperando esta pista», dijo emocionada la dirigenta Rosa Sandoval, de 63 años.

        El teniente alcalde Manuel Llontop Custodio, en representación del alcalde, anunció que la segunda etapa, con otras 18 cuadras, se licitará en enero.""",
        m="I T",
        t="obras",
        tone="+",
    ),
    S(
        "y127",
        "costanorte",
        "2026-10-06T11:20:00-05:00",
        "Inspectores revisarán 30 000 viviendas en busca de criaderos del zancudo",
        """La Municipalidad Provincial de Yancaque y la Red de Salud iniciaron un censo de criaderos del zancudo Aedes aegypti que abarcará 30 000 viviendas de la ciudad en seis semanas. Los inspectores llevarán chaleco y fotocheck, y revisarán tanques, cilindros, baldes y floreros.

        Donde encuentren larvas aplicarán larvicida y dejarán una ficha con recomendaciones. Las viviendas cerradas serán visitadas hasta tres veces.""",
        m="I",
        t="salud",
        tone="0",
    ),
    S(
        "y128",
        "costanorte",
        "2026-10-09T10:00:00-05:00",
        "Ñopal cobrará arbitrios por primera vez en su historia",
        """La municipalidad distrital de Ñopal aprobó su primera ordenanza de arbitrios municipales, que cobrará desde 2027 entre 4 y 9 soles mensuales por limpieza pública y serenazgo. El alcalde distrital, Segundo Chapoñán, dijo que sin esos recursos no podrá comprar un camión de basura. Los vecinos, que nunca pagaron, anuncian una asamblea para rechazar la medida.""",
        about=False,
        note="another district's taxes",
    ),
    S(
        "y129",
        "costanorte",
        "2026-10-12T17:00:00-05:00",
        "King Kong gigante y marinera abren la feria del dulce norteño",
        """Un King Kong de manjarblanco, piña y maní de seis metros de largo fue el protagonista de la inauguración de la Feria del Dulce Norteño en la alameda de la estación, donde cuarenta productores ofrecen alfajores, chumbeques, natillas y cocadas hasta el domingo.

        El teniente alcalde Manuel Llontop Custodio cortó la primera tajada y repartió porciones a los visitantes. La feria es organizada por la gerencia de Desarrollo Económico de la Municipalidad Provincial de Yancaque.""",
        m="T I",
        tone="+",
        note="culture and tourism: positive, none of the topics",
    ),
    S(
        "y130",
        "costanorte",
        "2026-10-16T10:30:00-05:00",
        "Extorsionadores cobran cupos en el Mayorista; municipio y Policía instalan módulo",
        """Al menos sesenta comerciantes del Mercado Mayorista El Algarrobal pagan cada semana entre 20 y 100 soles a una banda que amenaza con quemar sus puestos, según denunciaron ante la Policía. Dos puestos de abarrotes fueron incendiados en agosto.

        La Municipalidad Provincial de Yancaque y la comisaría del sector instalaron un módulo de atención dentro del mercado, con presencia permanente de un policía y dos serenos. El gerente de Seguridad Ciudadana, Hipólito Sirlopú Vidaurre, pidió a los comerciantes denunciar: «La denuncia puede ser anónima. Tenemos cámaras en todas las puertas».""",
        m="I S",
        t="seguridad",
        tone="0",
        note="mixed: extortion in the market and the municipality's response",
    ),
    S(
        "y131",
        "costanorte",
        "2026-10-20T09:45:00-05:00",
        "Revalúo dispara el predial en Los Parques y vecinos van a reclamar",
        """Los propietarios de la urbanización Los Parques recibieron este mes sus nuevas declaraciones juradas con una sorpresa: el impuesto predial de 2027 subirá hasta 60 % tras la actualización catastral que hizo la municipalidad con drones.

        «Me han puesto un segundo piso que no está terminado y una cochera que es el corral de mis gallinas», reclamó Alberto Purizaca. La Municipalidad Provincial de Yancaque habilitó un plazo de 30 días para presentar reclamos y pedir una inspección.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "y132",
        "costanorte",
        "2026-10-25T12:00:00-05:00",
        "Cortadores de caña paralizan el ingenio y exigen aumento",
        """Unos 2 800 cortadores de caña de Agroindustrial Yancaque paralizaron sus labores el jueves para exigir un aumento de 15 % en el pago por tonelada cortada y el reconocimiento de la asignación familiar a los trabajadores eventuales.

        La empresa calificó la medida de ilegal y advirtió que descontará los días no laborados. La Dirección Regional de Trabajo convocó a las partes a una reunión el lunes. La Municipalidad Provincial de Yancaque ofreció su auditorio como sede del diálogo.""",
        m="I",
        about=False,
        note="passing mention in the last line of a labour dispute at the sugar mill",
    ),
    S(
        "y133",
        "costanorte",
        "2026-10-30T10:10:00-05:00",
        "Coliseo Manuel Pardo cumple dos años de obra paralizada",
        """Fierros oxidados, un techo a medio armar y un cerco de calaminas: así luce el coliseo municipal Manuel Pardo, cuya remodelación empezó en octubre de 2024 y se paralizó a los seis meses, cuando el contratista abandonó la obra con un avance de 31 %.

        La Municipalidad Provincial de Yancaque resolvió el contrato, convocó una nueva licitación para el saldo y la adjudicó en agosto de este año. Pero hasta ahora solo se ven dos obreros en el lugar. Los clubes de vóley de la ciudad entrenan en patios de colegios.

        La obra ya costó 4,2 millones de soles y el saldo demandará otros 5,1 millones.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "y134",
        "costanorte",
        "2026-11-02T11:00:00-05:00",
        "Capuñay responde a Contraloría: «No hay perjuicio, hay una obra terminada»",
        """El alcalde de Yancaque, Anselmo Capuñay Siesquén, rechazó el informe de la Contraloría que encontró un perjuicio de 1,4 millones de soles en las pistas del pueblo joven Túpac Amaru ejecutadas en la gestión anterior y liquidadas en la actual.

        «Las muestras se tomaron en los bordes de la calzada, donde el espesor siempre es menor. Tenemos nuestros propios ensayos y los vamos a presentar», sostuvo. El alcalde dijo que su gestión no protegerá a nadie y que los funcionarios señalados ya no trabajan en la municipalidad.

        El informe de control identifica a cuatro servidores con presunta responsabilidad penal.""",
        m="A",
        t="obras",
        tone="-",
        note="the Mayor denies an audit finding: still a story about an accusation",
    ),
    S(
        "y135",
        "costanorte",
        "2026-11-10T10:20:00-05:00",
        "El camión de basura llega por primera vez a nueve caseríos",
        """Por primera vez, un camión recolector pasa por los caseríos Los Sauces, Cruz Verde, Pampa Grande, La Pradera, El Triunfo, San Martín, Santa Ana, Cascajal y Nueva Esperanza. Antes, los residuos se quemaban o se arrojaban a las acequias.

        La Municipalidad Provincial de Yancaque amplió la ruta rural con un camión nuevo que pasará dos veces por semana. «Ahora sí los chanchos van a dejar de comer plástico», bromeó un agricultor de Cruz Verde.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "y136",
        "costanorte",
        "2026-11-17T09:30:00-05:00",
        "Capuñay contra la ley que permite mototaxis en carreteras nacionales",
        """El alcalde provincial de Yancaque, Anselmo Capuñay Siesquén, criticó la ley aprobada por el Congreso que autoriza la circulación de mototaxis en tramos de carreteras nacionales de hasta cinco kilómetros.

        «Es una ley populista que va a llenar de muertos la Panamericana. Los congresistas deberían venir a ver lo que pasa en el desvío de Huabalito un sábado en la noche», dijo. Anunció que la provincia presentará una demanda de inconstitucionalidad junto con otras municipalidades.""",
        m="A",
        tone="0",
        note="the Mayor criticises Congress; traffic, none of the topics",
    ),
    S(
        "y137",
        "costanorte",
        "2026-11-24T10:00:00-05:00",
        "Arbitrios bajan 5 %, pero el recojo sigue fallando en la periferia",
        """Finalmente, el concejo provincial no subió los arbitrios para 2027: los bajó. La ordenanza aprobada el lunes reduce en 5 % la tasa de limpieza pública y mantiene las de parques y serenazgo, tras semanas de presión vecinal.

        La buena noticia en el recibo no se nota en la calle. En los pueblos jóvenes de la margen derecha, la Municipalidad Provincial de Yancaque sigue recogiendo la basura dos veces por semana en lugar de las tres prometidas, y los puntos críticos del canal Chumbal y la prolongación Bolognesi volvieron a crecer en noviembre.

        «No quiero pagar menos, quiero que pase el camión», resumió la dirigenta Carmela Farfán. La subgerencia de Limpieza atribuye las fallas a que tres compactadoras están en reparación.""",
        m="I",
        t="limpieza tributos",
        tone="-",
        note="mixed: lower fees, but the weight of the text is on failing garbage collection",
    ),
    # --- Yancaque al Instante: local site without a feed, followed through its section page ---------------------------
    S(
        "y138",
        "alinstante",
        "2026-09-20T16:00:00-05:00",
        "Serenos encuentran a niño extraviado en la feria de la estación",
        """Un niño de cinco años que se separó de su madre en la feria de la alameda de la estación fue encontrado media hora después por una pareja de serenos, que lo vio llorando junto a un puesto de raspadilla.

        La central de videovigilancia ayudó a ubicar a la madre, que lo buscaba a tres cuadras. El gerente Hipólito Sirlopú recordó a los padres que en las ferias hay un módulo del serenazgo donde se puede reportar a niños perdidos.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    S(
        "y139",
        "alinstante",
        "2026-09-26T09:00:00-05:00",
        "Jirón Lora: un año esperando la pista que prometió el alcalde",
        """El 24 de setiembre de 2025, en una asamblea en el local comunal, el alcalde Capuñay prometió a los vecinos del jirón Lora que su pista estaría lista «antes de las próximas lluvias». Las lluvias llegaron, se fueron, y la pista no llegó.

        Hoy el jirón es una sucesión de montículos de tierra, charcos y desmonte. Los vecinos han hecho una gigantografía con la foto del alcalde y la frase de aquel día, y la colgaron en la esquina con Progreso.

        En la gerencia de Infraestructura informaron que el expediente fue observado dos veces y que la obra se licitará en diciembre.""",
        m="A",
        t="obras",
        tone="-",
        note="'el alcalde Capuñay' in a Yancaque story is ours",
    ),
    S(
        "y140",
        "alinstante",
        "2026-10-02T10:00:00-05:00",
        "Charlas contra el dengue llegan a cuarenta colegios",
        """Promotores de la Municipalidad Provincial de Yancaque visitarán hasta noviembre cuarenta colegios de la ciudad con charlas sobre la prevención del dengue. Los escolares aprenden a reconocer las larvas del zancudo y reciben una ficha para revisar con sus padres los recipientes de su casa.

        Los colegios que lleguen a cero criaderos en las inspecciones recibirán un diploma y un botiquín.""",
        m="I",
        t="salud",
        tone="0",
    ),
    S(
        "y141",
        "alinstante",
        "2026-10-08T11:30:00-05:00",
        "Chafloque pide auditoría de la sisa del Mayorista",
        """La regidora Yessenia Chafloque presentó una moción para que el Órgano de Control audite la recaudación de la sisa del Mercado Mayorista El Algarrobal entre 2024 y 2026.

        Según sus cálculos, con 1 900 puestos pagando un promedio de 2,50 soles diarios, la recaudación debería rondar 1,7 millones al año, pero los reportes de la Municipalidad Provincial de Yancaque registran 1,1 millones. «¿Dónde están los 600 000 soles que faltan?», preguntó.""",
        m="R I",
        t="tributos",
        tone="-",
    ),
    S(
        "y142",
        "alinstante",
        "2026-10-13T12:00:00-05:00",
        "Alcalde Capuñay entrega chalecos y silbatos a los serenos de Sialupe",
        """El alcalde distrital de Sialupe, Wilmer Capuñay Ñiquén, entregó 25 chalecos antibalas, linternas y silbatos a los serenos de su distrito, que hasta ahora patrullaban con ropa de calle.

        «Sialupe también merece seguridad», dijo el alcalde Capuñay, quien anunció la compra de una segunda camioneta para el serenazgo distrital en enero.""",
        about=False,
        note="namesake: 'el alcalde Capuñay' is the Mayor of Sialupe here; serenazgo of another municipality",
    ),
    S(
        "y143",
        "alinstante",
        "2026-10-18T09:30:00-05:00",
        "Instalan cuarenta contenedores soterrados en el centro",
        """La Municipalidad Provincial de Yancaque instaló cuarenta contenedores soterrados de tres metros cúbicos en las calles del damero central. Sobre la vereda solo se ve un buzón metálico; el depósito está bajo tierra y se vacía con un camión grúa.

        Los contenedores reemplazan a los cilindros que los vecinos y comerciantes dejaban en las esquinas y que los perros volcaban cada noche. La inversión fue de 1,3 millones de soles.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "y144",
        "alinstante",
        "2026-10-22T08:00:00-05:00",
        "Corte de luz en el cercado por trabajos de Electro Valle Norte",
        """Electro Valle Norte suspenderá el servicio eléctrico el domingo entre las 7 de la mañana y las 3 de la tarde en el cercado de Yancaque y la urbanización Los Parques, por el cambio de un transformador en la subestación de la avenida Los Incas.""",
        about=False,
        note="power company notice",
    ),
    S(
        "y145",
        "alinstante",
        "2026-10-27T10:15:00-05:00",
        "La deuda tributaria de los yancaquinos supera los 40 millones",
        """Los contribuyentes de Yancaque deben a su municipalidad más de 40 millones de soles en impuesto predial, arbitrios y multas, según informó la gerenta municipal Rocío Fiestas Neciosup ante la comisión de Economía.

        El 70 % de la deuda corresponde a 1 200 grandes contribuyentes, entre ellos empresas agroindustriales, molinos y colegios privados. La gerenta anunció que se reforzará la cobranza coactiva a partir de enero.""",
        m="G",
        t="tributos",
        tone="0",
    ),
    S(
        "y146",
        "alinstante",
        "2026-11-01T17:00:00-05:00",
        "Concurso de marinera reunirá a 120 parejas en la plaza de armas",
        """Ciento veinte parejas de seis regiones competirán el 21 de noviembre en el XII Concurso de Marinera Norteña «Ciudad de Yancaque», que organiza el municipio yancaquino en la plaza de armas. Habrá categorías infantil, juvenil, adulto y senior. Las inscripciones están abiertas en la casa de la cultura.""",
        m="I",
        tone="0",
        note="culture agenda: none of the topics",
    ),
    S(
        "y147",
        "alinstante",
        "2026-11-08T09:45:00-05:00",
        "Mototaxistas marchan contra la ordenanza y amenazan con paro",
        """Más de mil mototaxistas marcharon ayer desde el óvalo del Algarrobo hasta el palacio municipal para exigir la derogatoria de la ordenanza que les prohíbe circular por el damero central en horario diurno.

        Los dirigentes pidieron reunirse con el alcalde, pero fueron recibidos por el teniente alcalde Manuel Llontop, quien les dijo que la norma no se derogará pero que se discutirá la ubicación de los paraderos. Anunciaron un paro de 48 horas para el 20 de noviembre. La Municipalidad Provincial de Yancaque pidió a los conductores no bloquear vías.""",
        m="T I",
        tone="-",
        note="protest against the municipality; traffic, none of the topics",
    ),
    S(
        "y148",
        "alinstante",
        "2026-11-15T10:30:00-05:00",
        "Vecinos de San Lorenzo: «Los fumigadores nunca llegaron»",
        """La fumigación estaba programada para el martes en San Lorenzo. Los vecinos abrieron sus puertas, sacaron a los niños y esperaron. Nadie llegó.

        «Tenemos tres vecinos con dengue en la misma cuadra y la brigada se fue a otro sector sin avisar», reclamó la presidenta de la junta vecinal. En la Municipalidad Provincial de Yancaque explicaron que el equipo fue desviado a Túpac Amaru por un brote y que San Lorenzo será atendido el sábado.""",
        m="I",
        t="salud",
        tone="-",
    ),
    S(
        "y149",
        "alinstante",
        "2026-11-22T18:00:00-05:00",
        "La estación cumple 152 años con serenata y desfile de locomotoras a escala",
        """Con una serenata criolla y una exposición de locomotoras a escala hechas por jubilados del ferrocarril, la estación de Yancaque celebró anoche 152 años de su inauguración.

        El alcalde Anselmo Capuñay anunció durante el brindis que la restauración del edificio será presentada en enero al mecanismo de Obras por Impuestos, y que Agroindustrial Yancaque ya firmó una carta de intención para financiarla.""",
        m="A",
        t="obras",
        tone="+",
        note="an anniversary where the Mayor announces financing for the restoration",
    ),
    # --- Revista El Algarrobo: opinion columns in the RSS description -------------------------------------------------
    S(
        "y150",
        "algarrobo",
        "2026-09-27T08:00:00-05:00",
        "El milagro de las pistas invisibles",
        """Hay en Yancaque una nueva especie de obra pública: la pista invisible. Se anuncia en abril, se presenta en una gigantografía en mayo, se licita en agosto, se vuelve a licitar en octubre, y el vecino, que no es tonto, sigue pisando barro.

        El alcalde Anselmo Capuñay, a quien sus fieles llaman el Tractor, tiene para cada cuadra rota una explicación impecable: el expediente heredado, el ministerio que no transfiere, el contratista que abandonó, la lluvia. Todas son ciertas. Ninguna tapa un hueco.

        Dicen que un tractor avanza despacio pero no se detiene. El nuestro, al parecer, tiene reversa.""",
        author="Gilberto Távara",
        m="A",
        t="obras",
        tone="-",
        note="sarcastic opinion column",
    ),
    S(
        "y151",
        "algarrobo",
        "2026-10-11T08:00:00-05:00",
        "Una ciudad un poco más segura",
        """Soy de los que han criticado sin piedad a esta gestión y lo seguiré haciendo cuando toque. Pero sería deshonesto no decirlo: el centro de Yancaque está hoy más seguro que hace dos años.

        Las cifras de la comisaría lo muestran y cualquier comerciante del jirón San José lo confirma. El gerente Hipólito Sirlopú ha hecho algo raro en la administración pública: escuchar a la Policía, a los comerciantes y a sus propios serenos, y poner a todos en el mismo grupo de WhatsApp.

        Falta lo más difícil, que es llevar eso a los pueblos jóvenes. Pero por una vez, la Municipalidad Provincial de Yancaque merece un aplauso sin asterisco.""",
        author="Rosa Elvira Chapoñán",
        m="S I",
        t="seguridad",
        tone="+",
    ),
    S(
        "y152",
        "algarrobo",
        "2026-10-18T08:00:00-05:00",
        "El azúcar amarga de la historia",
        """Cuando en 1969 la reforma agraria convirtió las haciendas azucareras del valle en cooperativas, en Yancaque se celebró con banda. Cincuenta años después, el ingenio es de un grupo empresarial limeño, los cortadores vuelven a ser eventuales y la ciudad que creció alrededor de la chimenea sigue respirando la ceniza de la quema.

        No es un reproche a nadie en particular. Es una pregunta: qué ciudad queremos ser cuando la caña deje de ser el centro de todo.""",
        author="Julio Távara Lluén",
        about=False,
        note="opinion column on the sugar industry; no one of ours named",
    ),
    S(
        "y153",
        "algarrobo",
        "2026-10-25T08:00:00-05:00",
        "Las dos velocidades del Tractor",
        """Hay que reconocerle al alcalde Capuñay una cosa: cuando se propone una obra grande, la saca. La avenida Ferrocarril, el puente del dren, la celda del relleno. Son obras que la ciudad esperaba hace décadas.

        Pero el alcalde tiene dos velocidades. La de las obras con cinta es rápida. La de los servicios de todos los días es lenta, casi inmóvil. La basura sigue acumulándose en el Mayorista, el camión no pasa por San Lorenzo, los barrenderos denuncian que no les pagan la CTS.

        Una ciudad no se gobierna solo con inauguraciones. Se gobierna con el camión que pasa a la hora, todos los días, aunque nadie le tome foto. Y ahí, la gestión de la Municipalidad Provincial de Yancaque está jalada.""",
        author="Gilberto Távara",
        m="A I",
        t="obras limpieza",
        tone="-",
        note="mixed column: grants big works, ends failing the daily service",
    ),
    S(
        "y154",
        "algarrobo",
        "2026-11-01T08:00:00-05:00",
        "Arbitrios: paga el que menos tiene",
        """Escribo esta columna como regidora, pero sobre todo como hija de una vendedora del Mayorista. El proyecto de arbitrios para 2027 que prepara la Municipalidad Provincial de Yancaque sube las tasas de limpieza y serenazgo en porcentajes que las familias de los pueblos jóvenes no pueden pagar.

        Mientras tanto, los grandes deudores, molinos y agroindustrias, deben más de 28 millones y siguen operando con normalidad. Si la gestión tuviera el mismo celo para cobrarles a ellos que el que tiene para embargar mototaxis en Túpac Amaru, no necesitaríamos subir nada.

        Votaré en contra. Y pido a los vecinos que vayan a la sesión del 17.

        Yessenia Chafloque Timaná es regidora provincial de Yancaque.""",
        author="Yessenia Chafloque Timaná",
        m="R I",
        t="tributos",
        tone="-",
        note="a column signed by the opposition regidora; her name appears in the tag line",
    ),
    S(
        "y155",
        "algarrobo",
        "2026-11-08T08:00:00-05:00",
        "El Niño no avisa dos veces",
        """El país ya vivió 1983, 1998 y 2017. En todos los casos, el Estado llegó tarde, con fondos que se transfirieron cuando el agua ya estaba en las casas. Este año parece que vamos por el mismo camino: de los 190 millones prometidos en mayo para la costa norte, el MEF ha girado menos de la tercera parte.

        Los alcaldes lo han dicho con todas sus letras. El de Yancaque, Anselmo Capuñay, llegó a plantarse en la puerta del ministerio. No basta. La prevención tiene que dejar de depender de cuánto grite cada alcalde.

        Hace falta una ley que obligue a transferir los recursos de prevención antes de octubre de cada año, con o sin alerta. Lo demás es esperar la próxima foto de damnificados.""",
        author="Rosa Elvira Chapoñán",
        m="A",
        about=False,
        note="a column about the national government; our Mayor cited in passing as one of the mayors who protested",
    ),
    S(
        "y156",
        "algarrobo",
        "2026-11-15T08:00:00-05:00",
        "Los libros de la universidad",
        """La biblioteca central de la Universidad Nacional de Yancaque tiene 90 000 volúmenes y un solo bibliotecario con contrato. Los estudiantes de Medicina estudian en fotocopias de libros de 1998. Ningún rector en quince años ha hecho de esto una prioridad.

        No se necesita un edificio nuevo. Se necesitan suscripciones digitales, horarios nocturnos y tres bibliotecarios. Cuesta menos que la última fiesta de aniversario.""",
        author="Julio Távara Lluén",
        about=False,
        note="column about the university; not the municipality",
    ),
    S(
        "y157",
        "algarrobo",
        "2026-11-22T08:00:00-05:00",
        "Un consultorio que nadie esperaba",
        """Cuando el municipio yancaquino anunció un policlínico con consultas a cinco soles, pensé que sería otro local bonito sin médicos. Me equivoqué. Fui con mi madre un martes a las ocho y nos atendieron antes de las nueve. La doctora le revisó los exámenes de todo el año y le explicó cada uno.

        No es un hospital, ni pretende serlo. Pero en una ciudad donde una cita de medicina general en el sistema público puede tardar tres semanas, un consultorio municipal que funciona es casi una revolución.

        Ojalá el segundo local prometido para la margen derecha no se quede en anuncio.""",
        author="Marleny Sandoval",
        m="I",
        t="salud",
        tone="+",
    ),
    # --- Diario El Norteño: regional paper, teasers in RSS, modern pages ----------------------------------------------
    S(
        "y158",
        "norteno",
        "2026-10-03T07:00:00-05:00",
        "Capuñay y el gobernador firman convenio para el hospital de Pomape",
        """Después de meses de cruce de oficios y declaraciones, el alcalde provincial de Yancaque, Anselmo Capuñay Siesquén, y el gobernador regional Teodoro Bances Yovera se sentaron en la misma mesa para firmar un convenio que destraba el hospital de Pomape.

        Según el acuerdo, la Municipalidad Provincial de Yancaque entregará el terreno saneado de tres hectáreas y construirá los accesos y el sistema de agua y desagüe, mientras el Gobierno Regional financiará el edificio y el equipamiento, valorizados en 64 millones de soles.

        El hospital de categoría II-1 atenderá a unas 90 000 personas de Pomape, Calazán y Ñopal, que hoy deben viajar hasta la capital provincial para una cesárea o una placa de rayos X.

        «Hoy dejamos las diferencias a un lado. Cuando se trata de la salud de la gente, no hay colores», dijo Capuñay.""",
        m="A I",
        t="salud",
        tone="+",
    ),
    S(
        "y159",
        "norteno",
        "2026-10-07T07:00:00-05:00",
        "Asaltan a cambista en el paradero de Huabalito y se llevan 9 000 dólares",
        """Dos delincuentes en moto asaltaron a un cambista de 45 años en el paradero de combis de Huabalito, a las nueve de la mañana del lunes, y le arrebataron una mochila con 9 000 dólares. La víctima recibió un disparo en la pierna.

        La Policía de Huabalito revisa las cámaras de un grifo cercano. Los cambistas del distrito pidieron a la municipalidad distrital un módulo de serenazgo en el paradero.""",
        about=False,
        note="a robbery in a district of the province; the district's own municipality",
    ),
    S(
        "y160",
        "norteno",
        "2026-10-14T07:00:00-05:00",
        "Concejo cita al gerente Sirlopú para que explique las camionetas paradas",
        """A pedido de la regidora Yessenia Chafloque Timaná, el concejo provincial aprobó citar al gerente de Seguridad Ciudadana, Hipólito Sirlopú Vidaurre, para que explique por qué el serenazgo pasó tres semanas con seis camionetas paradas por falta de combustible.

        La regidora también pidió conocer cuántos serenos tienen contrato vigente. El funcionario deberá presentarse en la sesión del 21 de octubre.""",
        m="R S",
        t="seguridad",
        tone="-",
    ),
    S(
        "y161",
        "norteno",
        "2026-10-20T07:00:00-05:00",
        "Municipalidad de Yancaque aprueba amnistía tributaria hasta diciembre",
        """La Municipalidad de Yancaque aprobó una amnistía tributaria que condona el 100 % de los intereses y las multas del impuesto predial y los arbitrios a quienes paguen sus deudas de 2025 y años anteriores hasta el 20 de diciembre.

        Los contribuyentes que no puedan pagar al contado podrán fraccionar sus deudas hasta en doce cuotas con una inicial de 10 %. El beneficio no alcanza a quienes ya tienen procesos coactivos con embargo ejecutado.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "y162",
        "norteno",
        "2026-10-26T07:00:00-05:00",
        "Basura tapa el dren 4000 y San Lorenzo teme otra inundación",
        """Un tapón de bolsas plásticas, botellas y ramas de casi cien metros de largo bloquea el dren 4000 a la altura del puente de la calle Progreso. Los vecinos de San Lorenzo recuerdan que fue exactamente ahí donde el agua se represó en marzo y entró a sus casas.

        «Hemos pedido tres veces a la comuna yancaquina que lo limpie. Nos dicen que el dren no es suyo, que es de la junta de usuarios. La basura sí es de la ciudad», reclamó un vecino.

        La junta de usuarios de riego sostiene que su función es mantener el cauce, no recoger residuos urbanos.""",
        m="I",
        t="limpieza",
        tone="-",
        note="garbage clogging a drain: limpieza by the writer's convention",
    ),
    S(
        "y163",
        "norteno",
        "2026-11-01T07:00:00-05:00",
        "Trescientos postes apagados: la avenida Los Incas a oscuras",
        """Desde hace un mes, casi todos los postes de la avenida Los Incas entre el óvalo y la universidad están apagados. Los estudiantes que salen del turno noche caminan alumbrándose con el celular.

        La empresa eléctrica dice que el mantenimiento de las luminarias ornamentales, instaladas por la Municipalidad Provincial de Yancaque en 2023, corresponde a la municipalidad. Esta sostiene que el contrato de mantenimiento está en proceso de renovación.""",
        m="I",
        tone="-",
        note="street lighting: none of the topics",
    ),
    S(
        "y164",
        "norteno",
        "2026-11-05T07:00:00-05:00",
        "Niño de cuatro años muere atropellado por una mototaxi en Ñopal",
        """Un niño de cuatro años murió atropellado por una mototaxi cuando cruzaba la carretera frente a su casa, en el centro poblado Santa Clara, en Ñopal. El conductor, de 17 años, fue detenido.

        Los vecinos pidieron a la municipalidad distrital de Ñopal instalar rompemuelles en el tramo urbano de la vía.""",
        about=False,
        note="traffic death in a district",
    ),
    S(
        "y165",
        "norteno",
        "2026-11-11T07:00:00-05:00",
        "Yancaque gana el premio nacional de gestión de residuos del Minam",
        """La Municipalidad Provincial de Yancaque obtuvo el primer puesto del Premio Nacional de Gestión de Residuos Sólidos del Ministerio del Ambiente, en la categoría de municipalidades provinciales, por la planta de compostaje del Mercado Mayorista y el cierre del botadero de Pampa Grande.

        El alcalde Anselmo Capuñay Siesquén recibió el reconocimiento en Lima y dedicó el premio a los barrenderos. «Ellos hacen el trabajo más duro de la ciudad», dijo. El premio incluye 500 000 soles para proyectos de reciclaje.""",
        m="I A",
        t="limpieza",
        tone="+",
    ),
    S(
        "y166",
        "norteno",
        "2026-11-14T07:00:00-05:00",
        "Incendio consume galería comercial de la avenida Yancaque, en Puerto Lobería",
        """Un incendio de grandes proporciones destruyó la noche del jueves una galería de venta de ropa y calzado en la avenida Yancaque, en el distrito de Puerto Lobería. Doce compañías de bomberos trabajaron cinco horas para controlar las llamas.

        Los comerciantes calculan pérdidas de más de dos millones de soles. La municipalidad de Puerto Lobería había clausurado el local en 2025 por no contar con certificado de Defensa Civil.""",
        about=False,
        note="an avenue named after the city in another town",
    ),
    S(
        "y167",
        "norteno",
        "2026-11-19T07:00:00-05:00",
        "Llontop asegura que el coliseo estará listo en marzo",
        """El teniente alcalde Manuel Llontop Custodio, que preside la comisión de Obras del concejo, informó que la remodelación del coliseo municipal Manuel Pardo tiene un avance de 58 % y que será entregada en marzo de 2027, tres meses después de la fecha anunciada en octubre.

        Llontop explicó que la estructura del techo llegó con retraso desde Lima. Los clubes deportivos pidieron que se les permita usar la cancha mientras se termina la obra.""",
        m="T",
        t="obras",
        tone="0",
        note="progress report with a new date: neutral (the delay is told, not stressed)",
    ),
    S(
        "y168",
        "norteno",
        "2026-11-23T07:00:00-05:00",
        "Vecinos de Pomape piden al alcalde provincial que el camión de basura no los olvide",
        """Dirigentes de seis caseríos de Pomape llegaron hasta el palacio municipal de Yancaque para entregar un memorial al alcalde provincial Anselmo Capuñay Siesquén, en el que piden que la nueva ruta rural de recojo de basura se extienda a su distrito.

        «La municipalidad de Pomape no tiene camión y la provincia pasa a dos kilómetros de nuestras casas», explicó una de las dirigentas. El alcalde se comprometió a evaluar el pedido con el alcalde distrital de Pomape, Teófilo Yovera.""",
        m="A",
        t="limpieza",
        tone="0",
        note="a petition received and promised an evaluation: neutral",
    ),
    S(
        "y169",
        "norteno",
        "2026-11-27T07:00:00-05:00",
        "Tercer día de huelga de barrenderos: la basura toma el centro",
        """Por tercer día consecutivo, los obreros de limpieza pública de la Municipalidad Provincial de Yancaque acatan una huelga indefinida para exigir el pago de la CTS y las gratificaciones adeudadas. Las calles del centro y los alrededores del Mayorista acumulan unas 500 toneladas de basura.

        La gerenta municipal Rocío Fiestas Neciosup ofreció pagar el 50 % de la deuda en diciembre y el resto en marzo. El sindicato rechazó la propuesta. La Red de Salud advirtió sobre el riesgo de proliferación de roedores y zancudos.""",
        m="I G",
        t="limpieza",
        tone="-",
    ),
    # --- Portal Norte Hoy: regional aggregator, full text in RSS (a few of its own stories, many copies) -------------
    S(
        "y170",
        "nortehoy",
        "2026-09-24T13:00:00-05:00",
        "Yancaque celebra 206 años con desfile cívico y medallas para sus barrenderos",
        """Colegios, instituciones, gremios de mototaxistas y hasta una delegación de jubilados del ferrocarril desfilaron ayer por la avenida Ferrocarril en el 206 aniversario de la fundación de Yancaque, ante unas quince mil personas.

        En la sesión solemne previa, el alcalde Anselmo Capuñay Siesquén entregó la medalla de la ciudad a cinco barrenderos con más de treinta años de servicio, una decisión que arrancó el aplauso más largo de la mañana en el auditorio de la Municipalidad Provincial de Yancaque.""",
        m="A I",
        tone="+",
        note="a civic celebration; the sweepers' medals do not make it a limpieza story",
    ),
    S(
        "y171",
        "nortehoy",
        "2026-10-04T15:30:00-05:00",
        "Bus interprovincial cae a una acequia en Huabalito: doce heridos",
        """Un bus de la empresa Transportes Norte Veloz que cubría la ruta Tumbes–Lima se despistó y cayó a una acequia en el kilómetro 771 de la Panamericana, en Huabalito, a las tres de la madrugada. Doce pasajeros resultaron heridos y fueron trasladados al hospital regional de Yancaque.

        Según la Policía, el chofer se habría quedado dormido. La empresa ya tenía dos accidentes en lo que va del año.""",
        about=False,
        note="road accident; no one of ours",
    ),
    S(
        "y172",
        "nortehoy",
        "2026-10-29T14:20:00-05:00",
        "Roban 400 metros de cable de cobre y dejan sin luz a dos cuadras del Mayorista",
        """Por tercera vez en el año, delincuentes robaron el cableado de cobre del alumbrado en los alrededores del Mercado Mayorista El Algarrobal. Esta vez se llevaron 400 metros de cable en la madrugada del martes, trepando a los postes con una escalera.

        Los comerciantes dicen que la oscuridad facilita los asaltos a los estibadores que llegan a trabajar antes del amanecer.""",
        about=False,
        note="cable theft, nobody of ours named; 'robo' keywords",
    ),
    S(
        "y173",
        "nortehoy",
        "2026-11-04T16:10:00-05:00",
        "Comerciantes del Mayorista levantan la paralización tras suspenderse la tasa de limpieza",
        """Los comerciantes del Mercado Mayorista El Algarrobal levantaron la paralización anunciada para este jueves después de que la Municipalidad Provincial de Yancaque aceptara suspender hasta marzo el cobro de la nueva tasa de limpieza de ochenta céntimos por puesto.

        El acuerdo se firmó en la madrugada tras seis horas de diálogo con la gerenta municipal Rocío Fiestas Neciosup. Una comisión mixta revisará el costo real del servicio antes de fijar cualquier cobro.""",
        m="I G",
        t="tributos",
        tone="0",
        note="a dispute over a fee settled by suspending it",
    ),
    S(
        "y174",
        "nortehoy",
        "2026-11-18T12:00:00-05:00",
        "Municipio yancaquino y la universidad firman convenio de prácticas",
        """El municipio yancaquino y la Universidad Nacional de Yancaque firmaron un convenio que permitirá a 120 estudiantes de Ingeniería Civil, Economía y Enfermería hacer sus prácticas preprofesionales en las gerencias municipales, con una subvención mensual. El convenio tiene una vigencia de tres años.""",
        m="I",
        tone="0",
        note="an agreement with the university: none of the topics",
    ),
    S(
        "y175",
        "nortehoy",
        "2026-11-26T17:40:00-05:00",
        "Gerenta Fiestas presenta sus descargos ante la Fiscalía por el caso del combustible",
        """La gerenta municipal de Yancaque, Rocío Fiestas Neciosup, acudió ayer a la Fiscalía Anticorrupción para presentar sus descargos en la investigación por la compra de combustible para los camiones recolectores de basura.

        A la salida, la funcionaria dijo que entregó 1 400 folios con los vales de consumo de la maquinaria pesada usada en la emergencia de marzo. «Todo está documentado. La diferencia tiene explicación y nombre: se llama lluvia», afirmó. La Fiscalía tiene sesenta días para decidir si formaliza la investigación.""",
        m="G",
        t="limpieza",
        tone="-",
        note="still a story about an investigation, even told through her defence",
    ),
    # --- syndicated copies: their own headlines, sometimes a new lead or a credit line ---------------------------------
    C(
        "y176",
        "y001",
        "nortehoy",
        "2026-09-14T12:30:00-05:00",
        "Yancaque: abren al tránsito la avenida Ferrocarril tras 14 meses de obra",
        extra="Con información de El Centinela de Yancaque.",
    ),
    C(
        "y177",
        "y001",
        "costanorte",
        "2026-09-15T09:00:00-05:00",
        "Once millones y catorce meses: así quedó la avenida Ferrocarril",
        lead="Yancaque ya tiene su avenida Ferrocarril de doble vía. El tramo de 1,8 kilómetros entre el óvalo del Algarrobo y la antigua estación fue abierto al tránsito el domingo por la tarde, con pavimento nuevo, ciclovía, luminarias y un colector pluvial subterráneo.",
    ),
    C(
        "y178",
        "y003",
        "nortehoy",
        "2026-09-15T14:00:00-05:00",
        "Hay plazo hasta el 30 de setiembre para pagar el predial sin intereses en Yancaque",
    ),
    C(
        "y179",
        "y005",
        "costanorte",
        "2026-09-17T15:40:00-05:00",
        "Cayó «Los Rápidos del Algarrobo»: las cámaras los siguieron hasta su guarida",
        lead="La Policía desarticuló a la banda «Los Rápidos del Algarrobo», acusada de asaltar a cuatro cambistas en el centro de Yancaque, gracias a una grabación de catorce minutos captada por las cámaras de seguridad de la esquina de Sáenz Peña con San José.",
    ),
    C(
        "y180",
        "y008",
        "nortehoy",
        "2026-09-19T16:00:00-05:00",
        "Yancaque suma 212 casos de dengue y empieza fumigación masiva",
        extra="Fuente: El Centinela de Yancaque.",
    ),
    C(
        "y181",
        "y010",
        "tribuna",
        "2026-09-22T06:30:00-05:00",
        "Alcalde exige explicaciones por emergencia del hospital instalada en carpas",
    ),
    C(
        "y182",
        "y011",
        "nortehoy",
        "2026-09-22T18:20:00-05:00",
        "Municipio y azucarera unen maquinaria para limpiar drenes antes de las lluvias",
    ),
    C(
        "y183",
        "y015",
        "norteno",
        "2026-09-26T07:00:00-05:00",
        "Récord en la recaudación del impuesto vehicular en Yancaque",
    ),
    C(
        "y184",
        "y021",
        "cronica",
        "2026-10-01T11:00:00-05:00",
        "El MTC le dice no al tren del azúcar: Yancaque protesta",
        extra="Con información de El Centinela de Yancaque.",
    ),
    C(
        "y185",
        "y022",
        "regiones",
        "2026-10-01T17:30:00Z",
        "Yancaque cierra su botadero y empieza a usar relleno sanitario",
        lead="La ciudad norteña de Yancaque dejó de arrojar su basura a cielo abierto: desde este miércoles, los camiones recolectores descargan en una celda impermeabilizada del relleno sanitario de Cerro Blanco y ya no en el botadero de Pampa Grande, usado durante veinte años.",
    ),
    C(
        "y186",
        "y030",
        "nortehoy",
        "2026-10-09T13:15:00-05:00",
        "Consultas a cinco soles: policlínico municipal supera las mil atenciones",
    ),
    C(
        "y187",
        "y033",
        "costanorte",
        "2026-10-13T10:00:00-05:00",
        "Cultura aprueba restaurar la estación de tren de Yancaque",
        extra="Fuente: El Centinela de Yancaque.",
    ),
    C(
        "y188",
        "y046",
        "nortehoy",
        "2026-10-03T15:00:00-05:00",
        "Adiós a la tabla de eucalipto: puente une La Victoria Norte con el centro",
    ),
    C(
        "y189",
        "y051",
        "costanorte",
        "2026-10-13T16:30:00-05:00",
        "Yancaque apenas ejecutó 38 % de su presupuesto de inversión",
    ),
    C(
        "y190",
        "y067",
        "nortehoy",
        "2026-10-02T19:00:00-05:00",
        "Regidora advierte que el nuevo relleno sanitario durará menos de tres años",
        extra="Fuente: Radio Sol de Yancaque.",
    ),
    C(
        "y191",
        "y082",
        "nortehoy",
        "2026-09-19T14:00:00-05:00",
        "Yancaque suma 60 cámaras y llega a 140 en el centro",
    ),
    C(
        "y192",
        "y082",
        "norteno",
        "2026-09-20T07:00:00-05:00",
        "Sesenta ojos más: Yancaque amplía su red de videovigilancia",
        lead="El centro de Yancaque cuenta desde el viernes con sesenta nuevas cámaras de videovigilancia de alta definición, con visión nocturna y lectura de placas, instaladas en las avenidas de ingreso al damero central y alrededor del Mercado Mayorista.",
    ),
    C(
        "y193",
        "y086",
        "nortehoy",
        "2026-09-30T13:00:00-05:00",
        "Sialupe: mujer de 67 años, primera víctima del dengue en la provincia",
    ),
    C(
        "y194",
        "y088",
        "costanorte",
        "2026-10-06T12:00:00-05:00",
        "Zafra en Yancaque: seis mil trabajadores y la ceniza de siempre",
    ),
    C(
        "y195",
        "y099",
        "centinela",
        "2026-09-26T07:30:00-05:00",
        "Contraloría: pistas de Túpac Amaru tienen la mitad del asfalto que se pagó",
        lead="Un informe de la Contraloría General de la República atribuye un perjuicio de 1,4 millones de soles a la Municipalidad Provincial de Yancaque por las pistas y veredas del pueblo joven Túpac Amaru, ejecutadas entre 2024 y 2025.",
    ),
    C(
        "y196",
        "y099",
        "tribuna",
        "2026-09-27T06:30:00-05:00",
        "Perjuicio millonario en pistas de Túpac Amaru, según Contraloría",
    ),
    C(
        "y197",
        "y103",
        "nortehoy",
        "2026-10-23T18:00:00-05:00",
        "Abren investigación a gerenta municipal de Yancaque por compra de diésel",
        extra="Con información de la Agencia Noticias Regiones Perú.",
    ),
    C(
        "y198",
        "y105",
        "centinela",
        "2026-11-14T07:15:00-05:00",
        "Llegan 8 millones para el drenaje pluvial del cercado",
        lead="El alcalde de Yancaque, Anselmo Capuñay Siesquén, anunció que el Ministerio de Economía y Finanzas transfirió 8 millones de soles para la primera etapa del sistema de drenaje pluvial del cercado, un proyecto esperado desde las lluvias de marzo.",
        m="I A",
    ),
    C(
        "y199",
        "y109",
        "costanorte",
        "2026-11-23T18:00:00-05:00",
        "JNE rechaza la vacancia contra Anselmo Capuñay",
    ),
    C(
        "y200",
        "y116",
        "nortehoy",
        "2026-10-22T15:45:00-05:00",
        "Piden vacancia del alcalde de Yancaque por contratar a sobrino de su esposa",
    ),
    C(
        "y201",
        "y116",
        "tribuna",
        "2026-10-23T06:30:00-05:00",
        "Vacancia contra Capuñay: lo acusan de nepotismo",
        extra="Fuente: Crónica Peruana.",
    ),
    C(
        "y202",
        "y120",
        "costanorte",
        "2026-11-14T16:00:00-05:00",
        "El método Sirlopú: cámaras, patrullaje a pie y WhatsApp",
    ),
    C(
        "y203",
        "y126",
        "nortehoy",
        "2026-10-01T17:00:00-05:00",
        "Después de cuarenta años, Túpac Amaru tiene pistas",
    ),
    C(
        "y204",
        "y134",
        "nortehoy",
        "2026-11-02T16:30:00-05:00",
        "Alcalde de Yancaque rechaza informe de Contraloría sobre pistas",
    ),
    C(
        "y205",
        "y143",
        "nortehoy",
        "2026-10-18T14:00:00-05:00",
        "Contenedores bajo tierra reemplazan a los cilindros en el centro de Yancaque",
    ),
    C(
        "y206",
        "y158",
        "costanorte",
        "2026-10-03T12:45:00-05:00",
        "Pomape tendrá hospital: firman convenio provincia y región",
        lead="El alcalde provincial de Yancaque, Anselmo Capuñay Siesquén, y el gobernador regional Teodoro Bances Yovera firmaron el convenio que permitirá construir un hospital de categoría II-1 en Pomape, tras meses de desencuentros.",
    ),
    C(
        "y207",
        "y161",
        "rsol",
        "2026-10-21",
        "Amnistía tributaria en Yancaque hasta el 20 de diciembre",
    ),
    C(
        "y208",
        "y165",
        "regiones",
        "2026-11-11T20:10:00Z",
        "Premio del Minam para Yancaque por su gestión de residuos",
    ),
    C(
        "y209",
        "y169",
        "nortehoy",
        "2026-11-27T13:20:00-05:00",
        "Huelga de barrenderos deja 500 toneladas de basura en Yancaque",
        extra="Fuente: Diario El Norteño.",
    ),
    C(
        "y210",
        "y104",
        "nortehoy",
        "2026-11-09T10:00:00-05:00",
        "El Azucarero vuelve a la Liga 2 once años después",
    ),
]
