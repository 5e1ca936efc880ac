# ruff: noqa: E501
"""Ninth held-out split: a blind figure about a fourth invented district, by writer 11.

Written by hand by writer 11, for this purpose only, WITHOUT looking at the pipeline's code
(heraldo/monitoring/**), at its baselines, tone or topic dumps, at the other splits' stories (beyond the header,
SOURCES and the first stories of heldout6, for the format) or at any report of the pipeline on them. Labels follow
the labelling rules of docs/monitoring-evaluation.md and were fixed before the split was ever run; they must not be
changed because of what the pipeline answers. Every name, outlet and place is invented.

This part brings its own watch list (SETUP), outlets, person codes and template furniture: the Municipalidad
Distrital de Callacpuma (MDCA), a dairy and fair district of the northern highlands in the province of Jalcabamba,
with rondas campesinas, a mining conflict next door and a rainy season of landslides. Its Mayor is a woman.

Codes: m = who is named (A alcaldesa Graciela Chuquilín Tanta «Chela», G gerente municipal Anselmo Becerra
Huamán, T teniente alcaldesa Flor de María Terrones Cerna, R regidor (opposition) Edilberto Saldaña Llanos, P
gerenta de Servicios Sociales Marleni Ocas Huatay, I the Municipalidad Distrital de Callacpuma); t = topics
(limpieza seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the
municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own
headline, sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "la alcaldesa de Callacpuma", "la alcaldesa callacpumina", "la burgomaestra de Callacpuma" are a title plus the
  place: they name the Mayor. A bare "la alcaldesa", "la burgomaestra", "la autoridad edil", "la comuna", "el
  municipio", "la gestión" do not. "Chuquilín" alone after the Mayor was named is part of the same mention.
  «Chela» alone counts only where it is plainly her (a story about her administration).
- "Municipalidad (Distrital) de Callacpuma", "MDCA", "municipio callacpumino", "comuna callacpumina",
  "municipalidad callacpumina", "municipio/comuna de Callacpuma" name the institution. "Vecinos de Callacpuma",
  "el serenazgo de Callacpuma", "el distrito", "el concejo", "la gerencia municipal" do not. A person named with
  a title plus the place ("el gerente municipal de Callacpuma") is that person, not the institution.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly her),
  title plus surname ("el regidor Saldaña", "la gerenta Ocas") or a listed alias.
- Traps: Wilmer Chuquilín Rojas, Mayor of the neighbouring district Tandayoc ("el alcalde Chuquilín" there, no
  relative); the huayno singer Graciela «Chela» Chuquilín, «la Calandria de la Jalca»; the marathon runner
  Anselmo Becerra of the Jalcabamba athletics club; the dairy trader Julio Terrones; the rondero leader Nicanor
  Saldaña of Tandayoc; the provincial Mayor Teodoro Vigo Marín; the Callacpuma mining project (in Tandayoc);
  a caserío also called Callacpuma in Cutervo; the Callacpuma river gorge downstream, in another district.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the regional or national government or the mining company is neutral toward us unless the
  story is about our own failure. A mixed story takes the tone a press officer would take away (headline and
  weight of the text). An accusation the official denies is still a story about an accusation (negative). Stories
  not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention (serenos guarding a fair, a council member's medical leave). A story about a road, a bridge or a
  health post the Mayor asks others to fix takes that topic. Sewage, drainage, street, bridge and road works and
  the clearing of landslides on municipal roads are obras; drinking water cuts, street lighting, the
  slaughterhouse, Vaso de Leche, the dairy fair, culture and sport are none of the five. The fair stall fee
  (sisa), property tax, arbitrios and the enforced collection of debts are tributos municipales. Municipal
  support for the rondas' night patrols is seguridad.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcaldesa",
    "R": "regidor_saldana",
    "P": "gerenta_social",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de Callacpuma",
        "short_name": "MDCA",
        "level": "DISTRITAL",
        "province": "Jalcabamba",
        "aliases": ["municipio callacpumino", "comuna callacpumina", "Municipalidad de Callacpuma"],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Graciela",
            "surnames": "Chuquilín Tanta",
            "sex": "F",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "Chela",
            "aliases": ["Chela Chuquilín", "alcaldesa Chuquilín", "Chuquilín Tanta", "Graciela Chuquilín"],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Anselmo",
            "surnames": "Becerra Huamán",
            "sex": "M",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerente Becerra", "gerente municipal Anselmo Becerra"],
        },
        {
            "key": "teniente_alcaldesa",
            "given_names": "Flor de María",
            "surnames": "Terrones Cerna",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Terrones", "regidora Terrones", "Flor Terrones"],
        },
        {
            "key": "regidor_saldana",
            "given_names": "Edilberto",
            "surnames": "Saldaña Llanos",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Saldaña", "concejal Saldaña"],
        },
        {
            "key": "gerenta_social",
            "given_names": "Marleni",
            "surnames": "Ocas Huatay",
            "sex": "F",
            "position": "Gerente de Servicios Sociales",
            "position_feminine": "Gerenta de Servicios Sociales",
            "office_code": "GERENTE_SERVICIOS_SOCIALES",
            "aliases": ["gerenta Ocas", "Marleni Ocas"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "panorama": {
        "name": "Panorama Jalcabambino",
        "host": "panoramajalcabambino.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 58000,
    },
    "norteno": {
        "name": "Diario El Norteño Andino",
        "host": "elnortenoandino.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "rcallac": {
        "name": "Radio Callacpuma 101.3 FM",
        "host": "radiocallacpuma.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 15000,
    },
    "tvjal": {
        "name": "Jalcabamba Televisión Canal 5",
        "host": "jalcabambatv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 88000,
    },
    "apnr": {
        "name": "Agencia Peruana de Noticias Regionales",
        "host": "apnregionales.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 240000,
    },
    "adentro": {
        "name": "Perú Adentro Noticias",
        "host": "peruadentro.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 540000,
    },
    "nahoy": {
        "name": "Norte Andino Hoy",
        "host": "norteandinohoy.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 41000,
    },
    "caldia": {
        "name": "Callacpuma al Día",
        "host": "callacpumaaldia.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 4500,
    },
    "vozjalca": {
        "name": "La Voz de la Jalca",
        "host": "lavozdelajalca.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 23000,
    },
    "cumbre": {
        "name": "Revista Cumbre Norteña",
        "host": "revistacumbrenortena.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 9000,
    },
    "expjal": {
        "name": "Exprés Jalqueño",
        "host": "expresjalqueno.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 12000,
    },
    "bcallac": {
        "name": "Boletín Callacpumino",
        "host": "boletincallacpumino.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 1800,
    },
    "ecojal": {
        "name": "Semanario El Eco de la Jalca",
        "host": "semanarioecodelajalca.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6500,
    },
    "rcumbre": {
        "name": "Radio Cumbre Andina",
        "host": "radiocumbreandina.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 14000,
    },
}

FURNITURE = {
    "old_comments": [
        "Esa Chela Chuquilín solo aparece en la feria para la foto, los caminos siguen hechos barro",
        "El municipio callacpumino cobra la sisa a los ganaderos pero el camal sigue cochino",
    ],
    "old_most_read": "Roban doce vacas lecheras en una estancia de Tandayoc",
    "old_motto": "La voz del norte andino desde 1979",
    "old_city": "Jalcabamba",
    "section_agenda": "Tandayoc celebra su feria ganadera con concurso de vacas Holstein",
    "hostile_place": "Callacpuma",
    "hostile_alias": "municipio callacpumino",
    "error_page_outlet": "Radio Cumbre Andina, la señal de la jalca",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expjal": {
        "name": "Exprés Jalqueño",
        "outlet": "expjal",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["k004", "k014"],
        "cut_at": 0.65,
    },
    "bcallac": {"name": "Boletín Callacpumino", "outlet": "bcallac", "format": "bomb", "path": "/rss"},
    "ecojal": {"name": "Semanario El Eco de la Jalca", "outlet": "ecojal", "format": "xxe", "path": "/feed/"},
    "rcumbre": {
        "name": "Radio Cumbre Andina",
        "outlet": "rcumbre",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "panorama": {
        "name": "Panorama Jalcabambino",
        "outlet": "panorama",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "norteno": {
        "name": "Diario El Norteño Andino",
        "outlet": "norteno",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/regiones.xml",
    },
    "rcallac": {
        "name": "Radio Callacpuma 101.3 FM",
        "outlet": "rcallac",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticias",
    },
    "tvjal": {"name": "Jalcabamba Televisión Canal 5", "outlet": "tvjal", "format": "atom", "path": "/atom.xml"},
    "apnr": {
        "name": "Agencia Peruana de Noticias Regionales",
        "outlet": "apnr",
        "format": "atom",
        "path": "/norte/feed.atom",
    },
    "adentro": {
        "name": "Perú Adentro Noticias",
        "outlet": "adentro",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "nahoy": {
        "name": "Norte Andino Hoy",
        "outlet": "nahoy",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas.rss",
    },
    "caldia": {
        "name": "Callacpuma al Día",
        "outlet": "caldia",
        "format": "section",
        "template": "section",
        "path": "/locales",
    },
    "vozjalca": {
        "name": "La Voz de la Jalca",
        "outlet": "vozjalca",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/noticias.xml",
    },
    "cumbre": {
        "name": "Revista Cumbre Norteña",
        "outlet": "cumbre",
        "format": "rss",
        "mode": "description",
        "path": "/opinion/rss",
    },
}

STORIES = [
    # --- Panorama Jalcabambino: provincial daily, full text in RSS, priority ---------------------------------------
    S(
        "k001",
        "panorama",
        "2026-11-02T07:10:00-05:00",
        "Callacpuma estrena puente carrozable sobre la quebrada Shitamayo tras once meses de obra",
        """Los lecheros de los caseríos de Chanrugón y Pencaspampa ya no tendrán que descargar los porongos para cruzar la quebrada Shitamayo a pie. La Municipalidad Distrital de Callacpuma entregó ayer el puente carrozable de 24 metros de luz, con estribos de concreto y baranda metálica.

        La obra costó 1,9 millones de soles y reemplaza al puente de madera que la crecida de marzo arrastró. «Antes perdíamos la mitad de la mañana dando la vuelta por Tandayoc; ahora el camión de la planta entra hasta el corral», contó Segundo Vásquez, ganadero de Pencaspampa.

        La alcaldesa Graciela Chuquilín Tanta cortó la cinta acompañada de los tenientes gobernadores y de la ronda campesina de la zona.""",
        m="I A",
        t="obras",
        tone="+",
        note="a delivered bridge told through what changes for the dairy farmers",
    ),
    S(
        "k002",
        "panorama",
        "2026-11-02T18:40:00-05:00",
        "Alcalde Chuquilín de Tandayoc pide mesa de diálogo por el proyecto minero Callacpuma",
        """El alcalde distrital de Tandayoc, Wilmer Chuquilín Rojas, pidió ayer al Ministerio de Energía y Minas instalar una mesa de diálogo antes de que la empresa Minera Cerro Alto inicie la exploración del proyecto Callacpuma, ubicado en las cabeceras de cuenca de su distrito.

        «No vamos a permitir que se toquen nuestras lagunas sin consulta», dijo el alcalde Chuquilín ante unos cuatrocientos comuneros y ronderos reunidos en la plaza de Tandayoc. La empresa informó que tiene todos los permisos en regla.""",
        about=False,
        note="namesake Mayor of the neighbouring district and the mining project that carries our district's name",
    ),
    S(
        "k003",
        "panorama",
        "2026-11-03T07:00:00-05:00",
        "Municipalidad de Callacpuma abre campaña de pago del predial con descuento de intereses",
        """La Municipalidad de Callacpuma inició la campaña de regularización del impuesto predial y los arbitrios de 2025. Hasta el 30 de noviembre, quienes paguen al contado no abonarán intereses moratorios.

        La oficina de administración tributaria atenderá también los sábados de 8 de la mañana a 1 de la tarde y llevará un módulo a la feria dominical. Según sus registros, 2 140 predios tienen deudas pendientes.""",
        m="I",
        t="tributos",
        tone="0",
        note="a routine notice of a tax campaign",
    ),
    S(
        "k004",
        "panorama",
        "2026-11-03T19:20:00-05:00",
        "Huaico deja incomunicados a cuatro caseríos y vecinos reclaman que la maquinaria municipal no llega",
        """Un deslizamiento de lodo y piedras sepultó el domingo por la noche unos 80 metros de la trocha que une la capital de Callacpuma con los caseríos de Quinuapampa, Lanchepampa, El Tingo y Shururo. Dos días después, la vía seguía bloqueada.

        «Llamamos a la municipalidad desde el lunes a las seis de la mañana y nos dicen que el cargador frontal está malogrado», contó Hermelinda Cotrina, presidenta de la ronda de Quinuapampa. Los productores han tenido que botar unos 1 200 litros de leche que no pudieron sacar.

        El gerente municipal Anselmo Becerra Huamán admitió que la única máquina de la comuna está en reparación desde octubre y dijo que se ha pedido apoyo al gobierno provincial.""",
        m="G",
        t="obras",
        tone="-",
        note="clearing a landslide on a municipal road; 'la municipalidad' and 'la comuna' bare do not name the institution",
    ),
    S(
        "k005",
        "panorama",
        "2026-11-04T07:30:00-05:00",
        "«Chela» Chuquilín, la Calandria de la Jalca, lanza disco por sus 25 años de carrera",
        """La cantante de huaynos y cashuas Graciela «Chela» Chuquilín presentó el sábado en el coliseo de Jalcabamba su décimo disco, «Flor de retama», con doce temas inéditos y un homenaje a las pastoras de la jalca.

        La artista, nacida en Celendín, agradeció al público que llenó el recinto y anunció una gira por Lima y Trujillo en diciembre. «El carnaval es mi vida», dijo entre aplausos.""",
        about=False,
        note="namesake: the huayno singer shares the Mayor's name and nickname",
    ),
    S(
        "k006",
        "panorama",
        "2026-11-04T18:00:00-05:00",
        "Robos de ganado bajan a la mitad en las estancias donde patrullan ronderos y serenos",
        """Entre agosto y octubre se denunciaron nueve robos de ganado en las estancias altas de Callacpuma, frente a los 19 del mismo periodo de 2025, según la comisaría del distrito.

        La baja coincide con los patrullajes nocturnos conjuntos que la municipalidad callacpumina organiza desde julio con las rondas campesinas, a las que entregó radios portátiles, linternas y combustible para dos camionetas. «Ahora el abigeo sabe que lo estamos esperando», dijo el presidente de la central de rondas, Francisco Huamán.

        La teniente alcaldesa Flor de María Terrones Cerna, que preside la comisión de seguridad ciudadana, anunció que el convenio se renovará en 2027.""",
        m="I T",
        t="seguridad",
        tone="+",
        note="an outcome in figures; 'la municipalidad callacpumina' names the institution",
    ),
    S(
        "k007",
        "panorama",
        "2026-11-05T07:15:00-05:00",
        "Regidor Saldaña acusa demora de dos años en el expediente del sistema de desagüe de La Colpa",
        """El regidor Edilberto Saldaña Llanos denunció que el expediente técnico del alcantarillado del barrio La Colpa, encargado en noviembre de 2024, todavía no ha sido aprobado. «Ya se pagó al consultor el 80 % y no tenemos ni un plano observado», afirmó en la sesión de concejo del martes.

        Unas 140 familias del barrio siguen usando letrinas y pozos ciegos. La gerencia de infraestructura respondió que el estudio fue observado por el ministerio y que se levantarán las observaciones antes de fin de año.""",
        m="R",
        t="obras",
        tone="-",
        note="opposition accusation of delay in sewage works; the institution is not named",
    ),
    S(
        "k008",
        "panorama",
        "2026-11-05T19:05:00-05:00",
        "Feria lechera de Callacpuma reúne a 300 ganaderos y más de 600 vacunos",
        """La tradicional feria agropecuaria de noviembre llenó el campo ferial de Callacpuma con 612 vacunos de raza Holstein y Brown Swiss y unos 300 ganaderos de la provincia. El premio a la mejor vaca lechera, con 38 litros diarios, fue para un productor de Pencaspampa.

        La feria fue organizada por la asociación de ganaderos con apoyo de la municipalidad y de la agencia agraria. Los serenos del distrito resguardaron el ingreso y el estacionamiento de los camiones.""",
        about=False,
        note="the dairy fair, municipal support only in passing; serenos at the gate are not a security story; no one is named",
    ),
    S(
        "k009",
        "panorama",
        "2026-11-06T07:40:00-05:00",
        "Posta de Chanrugón sigue sin médico y la alcaldesa de Callacpuma culpa a la Diresa",
        """El puesto de salud de Chanrugón, que atiende a unos 1 800 pobladores, lleva cuatro meses sin médico y con un solo técnico de enfermería. Las madres caminan dos horas hasta el centro de salud de la capital distrital para vacunar a sus hijos.

        La alcaldesa de Callacpuma, Graciela Chuquilín Tanta, dijo que ha enviado tres oficios a la Dirección Regional de Salud sin respuesta. «La salud no es competencia nuestra, pero no podemos cruzarnos de brazos; que la Diresa cumpla con contratar al médico», declaró.

        La Diresa informó que la plaza será cubierta con un médico serums en enero.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor blames the regional health office for a health post: neutral toward us, topic salud",
    ),
    S(
        "k010",
        "panorama",
        "2026-11-06T19:30:00-05:00",
        "Camión recolector falla y la basura se acumula cuatro días en el jirón Bolognesi",
        """Bolsas rotas, perros y un olor que llega hasta la iglesia: así luce desde el lunes la esquina de los jirones Bolognesi y Amalia Puga, en el centro de Callacpuma. El único camión recolector del municipio callacpumino se quedó sin embrague y no hay otro que lo reemplace.

        «Pagamos arbitrios para esto, para que la basura se pudra en la puerta de la casa», reclamó la comerciante Teodolinda Rabanal. La gerencia de servicios municipales informó que el repuesto llega de Trujillo el viernes y que mientras tanto se recoge la basura con una camioneta.""",
        m="I",
        t="limpieza",
        tone="-",
        note="garbage service failure; 'arbitrios' in a quote is not a tax story",
    ),
    S(
        "k011",
        "panorama",
        "2026-11-07T07:05:00-05:00",
        "Anselmo Becerra gana la maratón de los Andes en Jalcabamba con nuevo récord",
        """El fondista jalcabambino Anselmo Becerra cruzó la meta en 2 horas, 21 minutos y 40 segundos y rompió el récord de la Maratón de los Andes, que se corre a 2 700 metros de altura.

        Becerra, de 27 años, entrena en el club atlético de la provincia y prepara su clasificación a los Juegos Bolivarianos. «Corro por mi mamá, que vende queso en el mercado», dijo.""",
        about=False,
        note="namesake: the marathon runner shares the gerente municipal's given name and first surname",
    ),
    S(
        "k012",
        "panorama",
        "2026-11-07T18:25:00-05:00",
        "Gerenta Ocas: 460 niños de Callacpuma recibirán suplemento de hierro hasta diciembre",
        """La gerenta de Servicios Sociales de la Municipalidad Distrital de Callacpuma, Marleni Ocas Huatay, informó que 460 niños menores de tres años de los caseríos altos recibirán gotas de hierro y visitas domiciliarias hasta diciembre, en coordinación con el centro de salud.

        La anemia afecta al 41 % de los niños del distrito, según el último tamizaje. «Las promotoras van casa por casa, porque muchas mamás no pueden bajar a la capital», explicó Ocas.""",
        m="P I",
        t="salud",
        tone="+",
        note="a municipal campaign against anemia; mildly positive (action announced with reach)",
    ),
    S(
        "k013",
        "panorama",
        "2026-11-08T07:20:00-05:00",
        "No hubo ni una queja: las lluvias pasaron y el nuevo drenaje del jirón Lima aguantó",
        """Por primera vez en diez años, el aguacero del jueves no convirtió el jirón Lima de Callacpuma en un río. Las cunetas y el colector pluvial que la municipalidad distrital terminó en setiembre evacuaron el agua en menos de media hora.

        «Ni una sola casa inundada; antes teníamos que sacar el agua a baldes», contó Rosa Llanos, que vive en la cuadra cuatro. La obra costó 780 000 soles.""",
        m="",
        t="obras",
        tone="+",
        about=True,
        note="negation carrying praise ('ni una sola casa inundada'); 'la municipalidad distrital' bare is not a name",
    ),
    S(
        "k014",
        "panorama",
        "2026-11-08T19:00:00-05:00",
        "Contraloría advierte pagos sin sustento en obra de pistas y veredas de Callacpuma",
        """Un informe de control de la Contraloría General de la República advierte que la Municipalidad Distrital de Callacpuma pagó 312 000 soles por partidas de la obra de pistas y veredas del barrio San Isidro que no se ejecutaron, entre ellas 1 100 metros cuadrados de vereda que no existen.

        El informe identifica presunta responsabilidad en el gerente municipal Anselmo Becerra Huamán y en dos funcionarios de infraestructura. Becerra negó cualquier irregularidad: «Las veredas están en el metrado final; la Contraloría midió antes de la liquidación», dijo.""",
        m="I G",
        t="obras",
        tone="-",
        note="an audit finding the official denies: still negative",
    ),
    S(
        "k015",
        "panorama",
        "2026-11-09T07:35:00-05:00",
        "Julio Terrones amplía su planta de quesos y compra leche a 200 productores",
        """El empresario lácteo Julio Terrones inauguró la ampliación de su planta de quesos mantecosos en la carretera a Jalcabamba, con capacidad para procesar 8 000 litros diarios.

        Terrones paga 1,45 soles por litro y recoge la leche en los caseríos de Callacpuma y Tandayoc. «El queso de la jalca ya se vende en Lima», dijo.""",
        about=False,
        note="shared surname with the teniente alcaldesa; the place named only as a supply area",
    ),
    S(
        "k016",
        "panorama",
        "2026-11-09T18:45:00-05:00",
        "Teniente alcaldesa Terrones pide licencia por salud y concejo encarga despacho a regidor Quispe",
        """La teniente alcaldesa de Callacpuma, Flor de María Terrones Cerna, pidió licencia de veinte días por una intervención quirúrgica programada en Cajamarca. El concejo aprobó por unanimidad la licencia en la sesión del lunes.

        Mientras dure la ausencia, la comisión de seguridad ciudadana quedará a cargo del regidor Rolando Quispe.""",
        m="T",
        tone="0",
        note="a council member's medical leave is not a health story; routine",
    ),
    S(
        "k017",
        "panorama",
        "2026-11-10T07:00:00-05:00",
        "Comerciantes de la feria dominical rechazan alza de la sisa a 5 soles por puesto",
        """Unos sesenta comerciantes de la feria dominical de Callacpuma protestaron el domingo frente al palacio municipal contra la ordenanza que sube la sisa de 3 a 5 soles por puesto.

        «Vendemos papa y olluco, no oro; con esta subida ya no nos conviene bajar de la estancia», reclamó Zoila Huatay. El regidor Edilberto Saldaña Llanos, que votó en contra, dijo que la comuna callacpumina «quiere cuadrar su presupuesto con el bolsillo del más pobre».

        La alcaldesa Chuquilín Tanta respondió que la tarifa no se tocaba desde 2015 y que el dinero servirá para techar el campo ferial.""",
        m="R I A",
        t="tributos",
        tone="-",
        note="protest against the market fee (sisa) rise: tributos, negative despite the Mayor's reply",
    ),
    S(
        "k018",
        "panorama",
        "2026-11-10T19:15:00-05:00",
        "Vigo Marín inaugura pistas en Jalcabamba y promete asfaltar vía a Tandayoc",
        """El alcalde provincial de Jalcabamba, Teodoro Vigo Marín, inauguró ayer seis cuadras de pavimento rígido en el barrio Santa Elena de la capital provincial. La obra costó 2,6 millones de soles.

        Vigo anunció que en 2027 la provincia asfaltará los 18 kilómetros de la vía a Tandayoc, una obra que reclaman desde hace años los transportistas.""",
        about=False,
        note="the provincial Mayor's works in the provincial capital: not about us",
    ),
    S(
        "k019",
        "panorama",
        "2026-11-11T07:25:00-05:00",
        "Callacpuma vacuna a 1 900 vacas contra el carbunco, pero el camal sigue clausurado",
        """La campaña sanitaria que la municipalidad de Callacpuma organizó con Senasa vacunó en tres semanas a 1 900 vacunos contra el carbunco sintomático, casi el doble de lo previsto.

        El éxito de la campaña contrasta con el camal municipal, clausurado desde agosto por Senasa por falta de agua potable y desagüe. Los matarifes siguen beneficiando animales en corrales particulares.""",
        m="I",
        tone="+",
        note="mixed: livestock vaccination (not human health) and the closed slaughterhouse, none of the five; headline leads with the success; 'la municipalidad de Callacpuma' names the institution",
    ),
    S(
        "k020",
        "panorama",
        "2026-11-11T18:50:00-05:00",
        "Alcaldesa Chuquilín critica al Gobierno Regional por abandonar la carretera a Chota",
        """La alcaldesa Graciela Chuquilín Tanta criticó al Gobierno Regional de Cajamarca por paralizar desde hace seis meses el mantenimiento de la carretera departamental que une Callacpuma con Chota. «El Gobierno Regional se acuerda de nosotros solo en campaña; la vía es un lodazal y los carros de leche se quedan atascados», dijo.

        El gerente regional de infraestructura respondió que el contrato se resolvió por incumplimiento del contratista y que se convocará una nueva licitación en diciembre.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticises the regional government over a road: neutral toward us, topic obras",
    ),
    S(
        "k021",
        "panorama",
        "2026-11-12T07:10:00-05:00",
        "Ronderos de Tandayoc retienen a dos ingenieros de la minera; Saldaña media en la liberación",
        """Dirigentes de las rondas campesinas de Tandayoc retuvieron durante seis horas a dos ingenieros de Minera Cerro Alto que hacían mediciones cerca de la laguna Mishacocha, en el ámbito del proyecto Callacpuma.

        Los trabajadores fueron liberados por la noche tras la intervención del fiscal provincial y del presidente de la ronda, Nicanor Saldaña. La empresa denunció secuestro; los ronderos dicen que solo aplicaron la justicia comunal.""",
        about=False,
        note="the rondero Nicanor Saldaña shares the regidor's surname; mining project with our name, in another district",
    ),
    S(
        "k022",
        "panorama",
        "2026-11-13T07:45:00-05:00",
        "En 11 días, cuadrillas municipales limpian 14 huaicos en caminos vecinales de Callacpuma",
        """Con un cargador frontal alquilado y dos volquetes prestados por la provincia, las cuadrillas de la Municipalidad Distrital de Callacpuma despejaron en once días los 14 deslizamientos que bloqueaban los caminos vecinales del distrito, entre ellos el de Quinuapampa.

        «Ya sale la leche otra vez, el camión llega hasta el tanque de frío», confirmó Hermelinda Cotrina, presidenta de la ronda de Quinuapampa, que la semana pasada había reclamado la demora. El gerente Becerra dijo que el municipio comprará una retroexcavadora propia en el primer trimestre de 2027.""",
        m="I G",
        t="obras",
        tone="+",
        note="a follow-up: the roads are cleared; 'el gerente Becerra' names him",
    ),
    S(
        "k023",
        "panorama",
        "2026-11-14T07:30:00-05:00",
        "Callacpuma celebra su 69 aniversario con serenata, corso y concurso de quesos",
        """Con una serenata en la plaza de armas, un corso de 34 delegaciones y el primer concurso distrital de quesos mantecosos, Callacpuma celebra esta semana sus 69 años de creación política.

        El programa, organizado por la municipalidad distrital, incluye una misa de acción de gracias el domingo y un festival de huaynos con artistas de la región.""",
        m="",
        tone="0",
        about=True,
        note="anniversary programme: culture, no topic, no one named",
    ),
    S(
        "k024",
        "panorama",
        "2026-11-15T19:10:00-05:00",
        "Vecinos de El Tingo denuncian que el botadero municipal contamina la quebrada",
        """Los pobladores del caserío El Tingo denunciaron que los lixiviados del botadero que la Municipalidad de Callacpuma usa desde 2019 escurren hacia la quebrada donde beben sus animales. «Las vacas se enferman y el agua huele a podrido», dijo el agricultor Eleuterio Chávez.

        La OEFA inspeccionó el lugar en octubre y dio al municipio noventa días para presentar un plan de cierre. La gerencia municipal no respondió a las llamadas de este diario.""",
        m="I",
        t="limpieza",
        tone="-",
        note="the municipal dump contaminating a stream: limpieza, negative",
    ),
    S(
        "k025",
        "panorama",
        "2026-11-16T07:05:00-05:00",
        "Callacpuma en Cutervo: el caserío homónimo recibe su primera posta",
        """El caserío Callacpuma, en el distrito de Santo Domingo de la Capilla, provincia de Cutervo, estrenó su puesto de salud, construido por el Gobierno Regional con una inversión de 1,1 millones de soles.

        Los 600 pobladores del caserío ya no tendrán que caminar cuatro horas para una consulta. «Por fin nos ven», dijo la agente municipal del caserío, Nélida Díaz.""",
        about=False,
        note="the hamlet with our district's name in another province; a health post that is not ours",
    ),
    # --- Diario El Norteño Andino: regional paper, teasers in RSS, 2009 table template -------------------------------
    S(
        "k026",
        "norteno",
        "2026-11-02T08:00:00-05:00",
        "Callacpuma: regidor pide investigar contrato de combustible para serenazgo",
        """El regidor de oposición Edilberto Saldaña Llanos pidió al concejo de Callacpuma conformar una comisión investigadora por la compra de combustible para las camionetas del serenazgo, que en setiembre consumieron, según las facturas, 2 400 galones, el triple que en setiembre de 2025.

        «O las camionetas han dado la vuelta al Perú o alguien está vendiendo el petróleo», dijo el concejal Saldaña. La mayoría oficialista rechazó la comisión con cinco votos contra dos.

        El gerente municipal Anselmo Becerra explicó que el consumo subió porque se sumaron los patrullajes nocturnos con las rondas en las estancias altas.""",
        m="R G",
        t="seguridad",
        tone="-",
        note="suspicion over the serenazgo's fuel: seguridad (its service) and negative; the institution is not named",
    ),
    S(
        "k027",
        "norteno",
        "2026-11-04T08:15:00-05:00",
        "Jalcabamba: provincia y distritos firman pacto contra el abigeato",
        """El alcalde provincial Teodoro Vigo Marín y los alcaldes de los ocho distritos de Jalcabamba firmaron el pacto provincial contra el abigeato, que crea un registro único de marcas de ganado y un fondo para las rondas.

        Entre los firmantes estuvieron Wilmer Chuquilín Rojas, de Tandayoc, y Graciela Chuquilín Tanta, de Callacpuma, quienes aclararon ante la prensa que no son parientes. El pacto será presentado al Ministerio del Interior en diciembre.""",
        m="A",
        t="seguridad",
        tone="0",
        about=True,
        note="both Chuquilíns side by side; our Mayor signs a provincial pact: about us, seguridad, neutral",
    ),
    S(
        "k028",
        "norteno",
        "2026-11-06T08:30:00-05:00",
        "Dengue no, pero sí leishmaniasis: brote en valles bajos de la provincia",
        """La Red de Salud de Jalcabamba confirmó 23 casos de leishmaniasis cutánea en los valles bajos de los distritos de Tandayoc y Llacanora Baja, donde la humedad de las lluvias favorece al mosquito.

        La red descartó casos de dengue y pidió a la población usar mosquiteros. En las zonas altas, como Callacpuma, no se han reportado casos.""",
        about=False,
        note="an outbreak elsewhere; our place named in passing with no municipal angle",
    ),
    S(
        "k029",
        "norteno",
        "2026-11-09T08:00:00-05:00",
        "Callacpuma: serenazgo captura a presunto ladrón de porongos de leche",
        """Un sereno de la Municipalidad Distrital de Callacpuma capturó el sábado a un hombre que había robado cuatro porongos de leche de un centro de acopio en el caserío Pencaspampa. El detenido fue entregado a la comisaría.

        Los ganaderos agradecieron la rapidez del serenazgo, que llegó en diez minutos tras la llamada de la central. «Antes ni contestaban el teléfono», reconoció el acopiador Lucio Cerna.""",
        m="I",
        t="seguridad",
        tone="+",
        note="quick response by the serenazgo; praise with a dig at the past",
    ),
    S(
        "k030",
        "norteno",
        "2026-11-12T08:20:00-05:00",
        "Callacpuma: tres meses para tapar un hueco; ¡qué rapidez la de la comuna!",
        """¡Qué rapidez la de la comuna callacpumina! El forado que se abrió en agosto en la esquina del jirón Bolognesi con la plaza de armas, donde ya se cayeron una moto y una anciana, fue tapado esta semana, tres meses y medio después de la primera queja.

        Los vecinos de la cuadra cuentan que enviaron nueve cartas a la mesa de partes. «Nos dijeron que había que esperar el presupuesto para comprar dos bolsas de cemento», ironizó el zapatero Augusto Ocas.""",
        m="I",
        t="obras",
        tone="-",
        note="sarcasm; 'Ocas' here is a cobbler (shared surname with the gerenta)",
    ),
    S(
        "k031",
        "norteno",
        "2026-11-16T08:10:00-05:00",
        "Alcaldesa de Callacpuma descarta que la municipalidad vaya a privatizar el recojo de basura",
        """La alcaldesa de Callacpuma, Graciela Chuquilín Tanta, negó que la municipalidad vaya a concesionar el servicio de limpieza pública a una empresa de Trujillo, como se difundió en redes. «No es cierto que se privatice nada; el servicio seguirá siendo municipal», afirmó.

        Chuquilín precisó que lo que se evalúa es un convenio con la provincia para usar su relleno sanitario y cerrar el botadero de El Tingo.""",
        m="A",
        t="limpieza",
        tone="0",
        note="a denial of a rumour with negation; neutral clarification",
    ),
    S(
        "k032",
        "norteno",
        "2026-11-19T08:30:00-05:00",
        "Norte: rondas campesinas cumplen 50 años con desfile en Chota",
        """Más de cinco mil ronderos de Cajamarca, Amazonas y Piura desfilaron en Chota por los 50 años de la primera ronda campesina, fundada en la estancia de Cuyumalca en 1976.

        Delegaciones de Cutervo, Hualgayoc, Jalcabamba, Tandayoc y Callacpuma participaron con sus chicotes y ponchos. El presidente de la central nacional pidió reconocimiento constitucional pleno para la justicia rondera.""",
        about=False,
        note="our district named in a list of delegations, no municipal angle",
    ),
    # --- Radio Callacpuma 101.3 FM: news transcripts, date-only pubDate ---------------------------------------------
    S(
        "k033",
        "rcallac",
        "2026-11-02",
        "Alcaldesa anuncia compra de retroexcavadora: «no vamos a depender de nadie»",
        """LOCUTOR: Buenos días, Callacpuma, siete de la mañana en Radio Callacpuma. En la línea tenemos a la alcaldesa Graciela Chuquilín. Alcaldesa, buenos días.

        ALCALDESA: Buenos días, Lucho, buenos días a todos los oyentes de las estancias. Quiero anunciar que el concejo aprobó ayer la compra de una retroexcavadora nueva, con 640 000 soles del presupuesto de inversiones. No vamos a depender de nadie cuando venga el huaico.

        LOCUTOR: ¿Y para cuándo llega, alcaldesa?

        ALCALDESA: Si la subasta inversa sale bien, en febrero ya la tenemos trabajando en los caminos vecinales.""",
        m="A",
        t="obras",
        tone="+",
        note="radio transcript; the Mayor announces machinery for road clearing",
    ),
    S(
        "k034",
        "rcallac",
        "2026-11-04",
        "Oyentes reclaman por el alumbrado apagado en el barrio San Isidro",
        """LOCUTOR: Seguimos con las llamadas. Adelante, señora.

        OYENTE: Buenos días. Llamo del barrio San Isidro, hace tres semanas que no hay luz en los postes de la cuadra cinco. Ya fuimos a la municipalidad de Callacpuma y nos mandan a Hidrandina, y en Hidrandina nos mandan a la municipalidad.

        LOCUTOR: Vamos a trasladar la queja, señora. Hidrandina nos dijo ayer que el mantenimiento del alumbrado está programado para fin de mes.""",
        m="I",
        tone="-",
        note="street lighting is none of the five; a complaint bounced between the municipality and the utility",
    ),
    S(
        "k035",
        "rcallac",
        "2026-11-06",
        "Radio Callacpuma: Chela Chuquilín confirma su presentación en la fiesta patronal de Tandayoc",
        """LOCUTOR: Y ahora una buena noticia para los amantes del huayno. La Calandria de la Jalca, Chela Chuquilín, confirmó su presentación en la fiesta patronal de Tandayoc el 12 de diciembre.

        LOCUTORA: Así es, la cantante estará acompañada de su banda Los Charangos del Norte. Las entradas cuestan 20 soles y se venden en la bodega El Porvenir. A continuación, su tema «Flor de retama».""",
        about=False,
        note="the singer, by her nickname and surname, in another district's fiesta",
    ),
    S(
        "k036",
        "rcallac",
        "2026-11-08",
        "Municipalidad instala seis contenedores de reciclaje en la plaza y el mercado",
        """LOCUTORA: La Municipalidad Distrital de Callacpuma instaló ayer seis contenedores de colores para separar plástico, vidrio y papel en la plaza de armas y en el mercado de abastos.

        LOCUTOR: Según la oficina de medio ambiente, el material reciclado será vendido por la asociación de recicladoras Manos Jalqueñas. Los vecinos pueden llevar sus botellas limpias de lunes a sábado.""",
        m="I",
        t="limpieza",
        tone="+",
        note="short radio item, a small improvement in the garbage service",
    ),
    S(
        "k037",
        "rcallac",
        "2026-11-10",
        "Ronda de Lanchepampa pide a la municipalidad que cumpla con las linternas prometidas",
        """LOCUTOR: En el estudio está don Amadeo Vásquez, presidente de la ronda de Lanchepampa. Don Amadeo, ¿qué pasó con el apoyo?

        AMADEO VÁSQUEZ: Mire, en julio la alcaldesa Chuquilín vino a Lanchepampa y nos prometió linternas, radios y botas para la ronda. Estamos en noviembre y no ha llegado nada. A Pencaspampa sí les dieron, a nosotros no. Queremos saber por qué.

        LOCUTOR: Le hemos escrito a la gerencia municipal, don Amadeo, y seguimos esperando respuesta.""",
        m="A",
        t="seguridad",
        tone="-",
        note="an unkept promise to support a ronda's patrols: seguridad, negative",
    ),
    S(
        "k038",
        "rcallac",
        "2026-11-12",
        "Comunicado: corte de agua el jueves en la parte alta de la ciudad",
        """LOCUTORA: Comunicado. La Junta Administradora de Servicios de Saneamiento de Callacpuma informa que el jueves 13 se suspenderá el servicio de agua potable de 8 de la mañana a 4 de la tarde en los barrios La Colpa, San Isidro y Alto Perú, por trabajos de limpieza del reservorio.

        LOCUTOR: Se recomienda a la población almacenar agua. Fin del comunicado.""",
        about=False,
        note="a water board's notice (not the municipality): not about us",
    ),
    S(
        "k039",
        "rcallac",
        "2026-11-14",
        "Regidor Saldaña: «la feria lechera es un éxito de los ganaderos, no de la alcaldesa»",
        """LOCUTOR: Tenemos en línea al regidor Edilberto Saldaña. Regidor, la gestión dice que la feria fue un éxito.

        REGIDOR SALDAÑA: Fue un éxito, pero de los ganaderos, que pusieron sus animales, su trabajo y hasta los premios. La municipalidad puso un toldo y un equipo de sonido que se malogró a las once. No se puede venir a sacar pecho con el esfuerzo ajeno.

        LOCUTOR: Gracias, regidor. Invitamos a la alcaldía a responder cuando lo desee.""",
        m="R",
        tone="-",
        note="the opposition belittles the municipal role in the fair; fair is none of the five",
    ),
    S(
        "k040",
        "rcallac",
        "2026-11-17",
        "Campaña de vacunación contra la influenza llega a los caseríos altos",
        """LOCUTORA: El centro de salud de Callacpuma y la gerencia de Servicios Sociales de la municipalidad vacunarán contra la influenza este sábado en Quinuapampa y el domingo en Shururo. La gerenta Marleni Ocas informó que la comuna callacpumina pone la movilidad y el refrigerio para las brigadas.

        LOCUTOR: Se priorizará a niños menores de cinco años y adultos mayores. Lleven su DNI y su carné de vacunas.""",
        m="P I",
        t="salud",
        tone="0",
        note="a routine health campaign announcement with municipal logistics: neutral",
    ),
    # --- Jalcabamba Televisión Canal 5: transcripts in Atom, UTC times near midnight -----------------------------------
    S(
        "k041",
        "tvjal",
        "2026-11-03T04:40:00Z",
        "Noche de lluvia: deslizamiento amenaza viviendas en el barrio Alto Perú de Callacpuma",
        """CONDUCTORA: Nos vamos a Callacpuma, donde la lluvia no da tregua. Nuestro corresponsal está en el barrio Alto Perú.

        REPORTERO: Así es, Mariela. Aquí, detrás de mí, el cerro se ha venido abajo y el lodo está a dos metros de tres viviendas. Las familias han sacado sus cosas a la calle. La Policía y los bomberos voluntarios de Jalcabamba llegaron hace una hora.

        VECINO: Nadie de la municipalidad ha venido, ni una pala nos han traído. Somos nosotros nomás con nuestras lampas.

        REPORTERO: Intentamos comunicarnos con la alcaldesa de Callacpuma, pero su teléfono estaba apagado. Volvemos a estudios.""",
        m="A",
        tone="-",
        note="emergency with no municipal response; 'la alcaldesa de Callacpuma' names her; an emergency, none of the five",
    ),
    S(
        "k042",
        "tvjal",
        "2026-11-05T04:15:00Z",
        "Municipio callacpumino reubica a tres familias de Alto Perú y habilita albergue en el colegio",
        """CONDUCTOR: Actualizamos la situación en Callacpuma. El municipio callacpumino habilitó ayer un albergue en el colegio San Ramón para las tres familias evacuadas del barrio Alto Perú.

        REPORTERA: La gerenta de Servicios Sociales, Marleni Ocas Huatay, entregó colchones, frazadas y víveres. Dijo que Defensa Civil evalúa si las viviendas son habitables.

        GERENTA OCAS: Nadie se queda en la calle. Mientras se seque el cerro, las familias se quedan con nosotros.

        REPORTERA: Los vecinos agradecieron la ayuda, aunque recordaron que llegó un día después del deslizamiento.""",
        m="I P",
        tone="+",
        note="relief after the landslide; mostly positive with a late-arrival caveat; humanitarian aid is none of the five",
    ),
    S(
        "k043",
        "tvjal",
        "2026-11-07T03:55:00Z",
        "Tandayoc: Minera Cerro Alto suspende exploración del proyecto Callacpuma por sesenta días",
        """CONDUCTORA: Última hora. La empresa Minera Cerro Alto anunció que suspende por sesenta días las actividades de exploración del proyecto Callacpuma, en Tandayoc, para abrir un espacio de diálogo con las rondas y el municipio de Tandayoc.

        REPORTERO: El alcalde de Tandayoc, Wilmer Chuquilín, celebró la decisión, pero advirtió que las rondas seguirán vigilantes en las lagunas.""",
        about=False,
        note="the mining project with our name, in the neighbouring district; its Mayor is the namesake",
    ),
    S(
        "k044",
        "tvjal",
        "2026-11-09T04:30:00Z",
        "Entrevista: gerente Becerra explica el presupuesto participativo 2027",
        """CONDUCTOR: Nos acompaña el gerente municipal de Callacpuma, Anselmo Becerra Huamán. Gerente, ¿cuánto se va a repartir en el presupuesto participativo?

        GERENTE BECERRA: Son 2,3 millones de soles. Los agentes participantes priorizaron cinco proyectos: el mejoramiento del camino a Shururo, el sistema de desagüe de La Colpa, dos reservorios de riego y el techado del campo ferial.

        CONDUCTOR: ¿Y los talleres fueron concurridos?

        GERENTE BECERRA: Vinieron 146 agentes, la cifra más alta desde 2019.""",
        m="G",
        t="obras",
        tone="0",
        note="an explanatory interview about the participatory budget; its items are works; neutral",
    ),
    S(
        "k045",
        "tvjal",
        "2026-11-11T04:05:00Z",
        "Vecinos denuncian que serenos llegan ebrios a su turno en Callacpuma",
        """CONDUCTORA: Una denuncia grave desde Callacpuma. Vecinos grabaron a dos serenos que, según ellos, llegaron en estado de ebriedad a su turno de la noche del sábado.

        REPORTERO: En el video se ve a uno de los serenos tambaleándose junto a la camioneta. La teniente alcaldesa Flor de María Terrones dijo que los dos trabajadores han sido separados mientras dure la investigación.

        TENIENTE ALCALDESA TERRONES: No vamos a tapar a nadie. Si se confirma, se van.""",
        m="T",
        t="seguridad",
        tone="-",
        note="misconduct of the serenazgo: negative despite the firm reply",
    ),
    S(
        "k046",
        "tvjal",
        "2026-11-13T04:45:00Z",
        "Jalcabamba TV en la feria: el queso mantecoso de la jalca conquista a los visitantes",
        """CONDUCTOR: Y nos vamos a la feria dominical de Callacpuma, donde el queso mantecoso es el rey.

        REPORTERA: Así es, aquí las productoras ofrecen el kilo a 18 soles. Doña Marleni Ocas, de Lanchepampa, nos cuenta que lleva treinta años haciendo quesillo y mantecoso con la leche de sus doce vacas.

        PRODUCTORA: Todo es natural, nada de químicos. Vengan a Callacpuma, que aquí los esperamos.""",
        about=False,
        note="a cheese maker called Marleni Ocas (namesake of the gerenta); a fair feature with no municipal angle",
    ),
    S(
        "k047",
        "tvjal",
        "2026-11-18T04:20:00Z",
        "MDCA entrega 300 kits de abrigo a adultos mayores de las estancias",
        """CONDUCTORA: Ante las heladas de la temporada, la MDCA entregó ayer 300 kits de abrigo, con frazadas, chompas y gorros de lana, a adultos mayores de las estancias más altas de Callacpuma.

        REPORTERO: La entrega se hizo en el local comunal de Shururo. La alcaldesa Graciela Chuquilín dijo que en diciembre se entregarán otros 200 kits.""",
        m="I A",
        tone="+",
        note="the short name MDCA; social aid, none of the five topics",
    ),
    # --- Agencia Peruana de Noticias Regionales: agency briefs in Atom -----------------------------------------------
    S(
        "k048",
        "apnr",
        "2026-11-03T15:00:00-05:00",
        "Cajamarca: lluvias afectan 40 kilómetros de caminos vecinales en la provincia de Jalcabamba",
        """Jalcabamba, nov. 3 (APNR). Las intensas lluvias de la última semana afectaron unos 40 kilómetros de caminos vecinales en cinco distritos de la provincia de Jalcabamba, informó el Centro de Operaciones de Emergencia Provincial.

        Los distritos más afectados son Tandayoc y Callacpuma, donde cuatro caseríos quedaron incomunicados. La municipalidad provincial envió dos volquetes y un cargador para apoyar a los gobiernos locales.

        El Senamhi pronosticó lluvias de moderada a fuerte intensidad hasta el fin de semana.""",
        about=False,
        note="an agency brief on provincial damage; our district listed, no municipal action of ours",
    ),
    S(
        "k049",
        "apnr",
        "2026-11-08T12:30:00-05:00",
        "Municipalidad de Callacpuma firma convenio con Senasa para recuperar el camal",
        """Callacpuma, nov. 8 (APNR). La Municipalidad Distrital de Callacpuma y el Servicio Nacional de Sanidad Agraria firmaron un convenio para adecuar el camal municipal, clausurado en agosto, a las normas sanitarias.

        La alcaldesa Graciela Chuquilín Tanta informó que la inversión será de 420 000 soles e incluye un pozo, una red de desagüe y una cámara de oreo. El camal reabriría en marzo.""",
        m="I A",
        tone="+",
        note="the slaughterhouse is none of the five; the sewage line is part of its refurbishment, not a street work",
    ),
    S(
        "k050",
        "apnr",
        "2026-11-12T10:00:00-05:00",
        "Cajamarca: Gobierno Regional declara en emergencia la carretera Callacpuma–Chota",
        """Cajamarca, nov. 12 (APNR). El Gobierno Regional de Cajamarca declaró en emergencia los 46 kilómetros de la carretera departamental que une Callacpuma con Chota, afectada por quince deslizamientos.

        La medida permitirá contratar de forma directa la rehabilitación de la vía, con un presupuesto de 8,7 millones de soles. La obra estará a cargo del Gobierno Regional.""",
        about=False,
        note="a regional road named after our district; the regional government acts, not us",
    ),
    S(
        "k051",
        "apnr",
        "2026-11-15T11:45:00-05:00",
        "Callacpuma recauda 18 % más de predial que en 2025, informa el MEF",
        """Callacpuma, nov. 15 (APNR). La Municipalidad Distrital de Callacpuma recaudó hasta octubre 612 000 soles por impuesto predial, 18 % más que en el mismo periodo de 2025, según el portal de transparencia económica del Ministerio de Economía y Finanzas.

        Con ese resultado, el municipio callacpumino cumplió la meta 1 del Programa de Incentivos y accederá a una transferencia adicional de 290 000 soles.""",
        m="I",
        t="tributos",
        tone="+",
        note="a good collection figure and a reward; positive",
    ),
    S(
        "k052",
        "apnr",
        "2026-11-20T09:10:00-05:00",
        "Fiscalía abre investigación a exfuncionarios de Callacpuma por obra de pistas",
        """Callacpuma, nov. 20 (APNR). La Fiscalía Provincial Corporativa Especializada en Delitos de Corrupción de Funcionarios de Cajamarca abrió investigación preliminar contra el gerente municipal de Callacpuma, Anselmo Becerra Huamán, y dos exfuncionarios de infraestructura, por presunta colusión en la obra de pistas y veredas del barrio San Isidro.

        La investigación se basa en el informe de la Contraloría que detectó pagos por 312 000 soles por partidas no ejecutadas. Becerra no respondió a las llamadas de esta agencia.""",
        m="G",
        t="obras",
        tone="-",
        note="a criminal investigation into street works; 'el gerente municipal de Callacpuma' is the person, not the institution",
    ),
    # --- Perú Adentro Noticias: national site, blog template with its footer ---------------------------------------
    S(
        "k053",
        "adentro",
        "2026-11-04T10:00:00-05:00",
        "La ruta del queso: cinco pueblos de la jalca cajamarquina que debes visitar",
        """Entre Cajamarca y Chota, la jalca esconde pueblos donde el queso mantecoso se hace como hace cien años. Empieza por Tandayoc, con sus lagunas; sigue a Callacpuma, donde cada domingo la feria llena la plaza de vacas y quesos; y termina en Llacanora Baja, con sus baños termales.

        Un consejo: lleva ropa de lluvia entre noviembre y marzo, y no te vayas sin probar el cuy con papas de la señora Flor Terrones, en el mercado de Callacpuma.""",
        about=False,
        note="a travel piece; a cook called Flor Terrones shares the teniente alcaldesa's short name: not her",
    ),
    S(
        "k054",
        "adentro",
        "2026-11-10T09:30:00-05:00",
        "Alcaldesa de la sierra de Cajamarca instala «serenazgo rondero» y el abigeato se desploma",
        """En Callacpuma, un distrito lechero de la sierra de Cajamarca, los serenos y los ronderos patrullan juntos desde julio. El resultado: los robos de ganado bajaron de 19 a 9 en un trimestre.

        La alcaldesa Graciela Chuquilín Tanta, conocida como «Chela», explica que el modelo nació de una asamblea comunal. «El rondero conoce cada camino y cada vaca; el sereno trae la radio y la camioneta. Juntos, el abigeo no tiene por dónde escapar», dice.

        Otros municipios de la provincia ya pidieron copiar la experiencia.""",
        m="A",
        t="seguridad",
        tone="+",
        note="a national feature praising the joint patrols",
    ),
    S(
        "k055",
        "adentro",
        "2026-11-14T16:20:00-05:00",
        "Perú Adentro: los 10 alcaldes más votados del norte que hoy enfrentan investigaciones",
        """Una revisión de los portales de la Fiscalía y la Contraloría muestra que, a mitad de mandato, siete de cada diez alcaldes distritales del norte andino tienen al menos una investigación abierta.

        Los casos van desde obras sobrevaloradas en Tandayoc y Chota hasta compras de combustible en Hualgayoc. En la lista no figura la alcaldesa de Callacpuma, aunque sí su gerente municipal, investigado por una obra de veredas.""",
        m="A",
        t="obras",
        tone="-",
        about=True,
        note="negation: the Mayor is named as absent from the list, but her manager is under investigation; negative",
    ),
    # --- Norte Andino Hoy: regional aggregator, full text ------------------------------------------------------------
    S(
        "k056",
        "nahoy",
        "2026-11-03T11:00:00-05:00",
        "Callacpuma: padres toman colegio por techo que se cae y apuntan al municipio",
        """Padres de familia de la institución educativa N.° 82145 de Lanchepampa tomaron el local por dos días para exigir que se repare el techo de calamina de tres aulas, que se vuela con cada ventarrón.

        Los padres aseguran que la alcaldesa Chela Chuquilín les prometió en marzo reponer el techo con recursos del municipio callacpumino. La Unidad de Gestión Educativa Local precisó que el mantenimiento del local corresponde al programa nacional, no a la municipalidad.""",
        m="A I",
        t="obras",
        tone="-",
        note="a broken promise about a school roof; the UGEL says it is not a municipal duty, but the story is about the promise",
    ),
    S(
        "k057",
        "nahoy",
        "2026-11-05T12:15:00-05:00",
        "Cutervo: caserío Callacpuma pide ser centro poblado",
        """Los pobladores del caserío Callacpuma, en la provincia de Cutervo, presentaron a la municipalidad provincial el expediente para convertirse en centro poblado y elegir a su propio alcalde menor.

        El caserío tiene 640 habitantes y una escuela primaria. «Queremos manejar nuestro propio presupuesto para arreglar la trocha», dijo el teniente gobernador, Pascual Díaz.""",
        about=False,
        note="the hamlet with our name in Cutervo; 'municipalidad provincial' is Cutervo's",
    ),
    S(
        "k058",
        "nahoy",
        "2026-11-07T10:40:00-05:00",
        "Regidora Terrones propone ordenanza que prohíbe quemar basura en las chacras",
        """La teniente alcaldesa de Callacpuma, Flor de María Terrones Cerna, presentó un proyecto de ordenanza que prohíbe quemar basura y plásticos en las chacras y fija multas de hasta 300 soles. La propuesta incluye un recojo mensual de residuos en los caseríos.

        La regidora Terrones dijo que la quema de plásticos es la principal fuente de humo en la temporada seca. El proyecto pasará a la comisión de medio ambiente.""",
        m="T",
        t="limpieza",
        tone="0",
        note="a bill in council about waste burning and collection; neutral",
    ),
    S(
        "k059",
        "nahoy",
        "2026-11-09T14:00:00-05:00",
        "Sin médico, sin ambulancia y sin luz: así atiende el centro de salud de Callacpuma",
        """El centro de salud de Callacpuma atiende a 9 000 personas con dos médicos, una ambulancia que no arranca desde setiembre y un grupo electrógeno que se apaga cuando se va la luz.

        El establecimiento depende de la Red de Salud de Jalcabamba. El director, Luis Alcántara, dijo que ha pedido un presupuesto de emergencia. En el municipio, la gerenta Ocas aseguró que la comuna callacpumina pagará el combustible de la ambulancia cuando sea reparada, «porque la salud de nuestra gente no puede esperar».""",
        m="P I",
        t="salud",
        tone="0",
        note="a health facility run by the regional network; the municipality offers support; neutral toward us, topic salud",
    ),
    S(
        "k060",
        "nahoy",
        "2026-11-11T09:20:00-05:00",
        "Jalcabamba: transportistas paralizan 24 horas y exigen asfaltado",
        """Los transportistas de carga y pasajeros de la provincia de Jalcabamba acataron un paro de 24 horas para exigir al Gobierno Regional el asfaltado de la vía Jalcabamba–Chota. Los buses a Callacpuma y Tandayoc no salieron del terminal.

        El alcalde provincial Teodoro Vigo pidió a los transportistas levantar la medida y se comprometió a gestionar una reunión con el gobernador.""",
        about=False,
        note="a provincial transport strike; our district named only as a destination",
    ),
    S(
        "k061",
        "nahoy",
        "2026-11-13T15:30:00-05:00",
        "Callacpuma inaugura losa deportiva en Shururo y vecinos reclaman que falta el agua",
        """La Municipalidad Distrital de Callacpuma inauguró la losa deportiva multiusos del caserío Shururo, con graderías y cerco perimétrico, que costó 310 000 soles. Al acto asistieron la alcaldesa Graciela Chuquilín y la teniente alcaldesa Flor de María Terrones.

        Varios vecinos aprovecharon la ceremonia para recordar que el caserío espera desde hace tres años el sistema de agua potable. «Una losa está bien, pero primero el agua», dijo el comunero Efraín Cerna.""",
        m="I A T",
        t="obras",
        tone="0",
        note="mixed: a delivered sports slab with residents' complaints about water; balanced, neutral",
    ),
    # --- Callacpuma al Día: district site without a feed, followed by its section page -----------------------------
    S(
        "k062",
        "caldia",
        "2026-11-02T09:00:00-05:00",
        "Rosa Chuquilín, campeona distrital de ajedrez escolar",
        """La estudiante Rosa Chuquilín Vásquez, del colegio San Ramón, ganó el campeonato distrital de ajedrez escolar y representará a Callacpuma en la etapa provincial.

        La menor, de 12 años, aprendió a jugar con su abuelo. «Me gusta pensar antes de mover», dijo.""",
        about=False,
        note="a schoolgirl who shares the Mayor's first surname",
    ),
    S(
        "k063",
        "caldia",
        "2026-11-04T09:30:00-05:00",
        "Municipalidad notifica a 38 negocios por no pagar licencia y arbitrios",
        """La Municipalidad Distrital de Callacpuma notificó a 38 bodegas, restaurantes y talleres del centro de la ciudad que no han renovado su licencia de funcionamiento ni pagado sus arbitrios de 2025.

        La subgerencia de rentas dio un plazo de quince días para regularizar. Pasado ese plazo, las deudas pasarán a cobranza coactiva y podrían aplicarse cierres temporales.""",
        m="I",
        t="tributos",
        tone="0",
        note="enforcement notice: tributos, neutral",
    ),
    S(
        "k064",
        "caldia",
        "2026-11-06T10:00:00-05:00",
        "Vecinos de La Colpa limpian la acequia ante la ausencia de la municipalidad",
        """Cansados de esperar, unos cuarenta vecinos del barrio La Colpa hicieron una minga el sábado para limpiar la acequia que cruza el barrio, llena de botellas, pañales y restos de una obra.

        «La municipalidad solo manda el camión una vez por semana y la gente bota todo a la acequia», contó la dirigente Eulalia Llanos. Recogieron 46 sacos de basura.""",
        m="",
        t="limpieza",
        tone="-",
        about=True,
        note="residents do what the garbage service does not; 'la municipalidad' bare is not a name",
    ),
    S(
        "k065",
        "caldia",
        "2026-11-08T09:15:00-05:00",
        "Concejo aprueba por unanimidad el plan de seguridad ciudadana 2027",
        """En sesión ordinaria, el concejo municipal de Callacpuma aprobó por unanimidad el Plan Distrital de Seguridad Ciudadana 2027, que prevé 14 cámaras de videovigilancia en la plaza, el mercado y el terminal, y dos nuevas bases de serenazgo en Pencaspampa y Quinuapampa.

        Hasta el regidor de oposición Edilberto Saldaña votó a favor. «Cuando algo está bien hecho hay que reconocerlo», dijo.""",
        m="R",
        t="seguridad",
        tone="+",
        note="unanimous approval, even the opposition praises; 'el concejo municipal de Callacpuma' is not the institution's name",
    ),
    S(
        "k066",
        "caldia",
        "2026-11-10T09:40:00-05:00",
        "Comerciantes se quejan de que la feria dominical no tiene baños",
        """Los comerciantes y visitantes de la feria dominical de Callacpuma siguen sin servicios higiénicos. El único baño público, junto al campo ferial, está cerrado desde julio porque se rompió la tubería.

        «Cobran la sisa puntual cada domingo, pero para arreglar un baño no hay plata», reclamó la vendedora de quesos Juana Terrones.""",
        m="",
        t="",
        tone="-",
        about=True,
        note="a public toilet at the fair: none of the five (the sisa only in a quote); Juana Terrones is a namesake surname",
    ),
    S(
        "k067",
        "caldia",
        "2026-11-12T10:20:00-05:00",
        "MDCA lanza concurso «Barrio limpio» con premios de 5 000 soles",
        """La MDCA lanzó el concurso «Barrio limpio, barrio sano», que premiará con 5 000 soles en obras menores al barrio que mejor segregue sus residuos y mantenga limpias sus calles hasta marzo.

        Las juntas vecinales pueden inscribirse en la gerencia de servicios municipales hasta el 30 de noviembre. Ya se inscribieron San Isidro, La Colpa y Alto Perú.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a civic cleanliness contest; mildly positive",
    ),
    S(
        "k068",
        "caldia",
        "2026-11-14T09:00:00-05:00",
        "Sesión de concejo: aprueban licencia de la teniente alcaldesa y donación de terreno",
        """En la sesión ordinaria del miércoles el concejo de Callacpuma aprobó la licencia por salud de la teniente alcaldesa Flor de María Terrones Cerna, la donación de un terreno de 800 metros cuadrados al Ministerio del Interior para la nueva comisaría y el cronograma de sesiones de diciembre.

        La sesión duró dos horas y contó con la asistencia de los siete regidores.""",
        m="T",
        tone="0",
        note="council routine: a medical leave and a land donation for a police station are mentioned in passing, no topic",
    ),
    S(
        "k069",
        "caldia",
        "2026-11-17T09:45:00-05:00",
        "Vaso de Leche: 1 100 beneficiarios reciben leche evaporada y avena",
        """La gerencia de Servicios Sociales distribuyó el fin de semana la ración mensual del programa del Vaso de Leche a 1 100 beneficiarios de 32 comités del distrito. La gerenta Marleni Ocas Huatay informó que desde diciembre se incluirá quinua en la ración.""",
        m="P",
        tone="+",
        note="Vaso de Leche is none of the five; a modest improvement",
    ),
    S(
        "k070",
        "caldia",
        "2026-11-19T10:10:00-05:00",
        "Padres de Pencaspampa agradecen a la comuna por el cerco del jardín",
        """La asociación de padres de familia del jardín N.° 304 de Pencaspampa agradeció a la comuna callacpumina por el cerco perimétrico de ladrillo que se terminó la semana pasada y que costó 96 000 soles.

        «Antes las vacas entraban al patio donde juegan los niños», recordó la presidenta de la Apafa, Dora Becerra.""",
        m="I",
        t="obras",
        tone="+",
        note="a small work delivered and thanked; Dora Becerra shares the manager's surname",
    ),
    # --- La Voz de la Jalca: regional web, teasers in RSS ------------------------------------------------------------
    S(
        "k071",
        "vozjalca",
        "2026-11-02T13:00:00-05:00",
        "Ganaderos de Callacpuma bloquean la vía por el precio de la leche",
        """Unos 200 ganaderos de Callacpuma bloquearon durante cinco horas la carretera a Jalcabamba para exigir a las plantas acopiadoras que paguen al menos 1,60 soles por litro de leche. Actualmente reciben entre 1,20 y 1,45 soles.

        Los manifestantes pidieron la intervención del Ministerio de Desarrollo Agrario. La protesta se levantó al mediodía, tras la llegada de un representante de la prefectura.""",
        about=False,
        note="a dairy price protest aimed at the companies and the ministry; no municipal angle",
    ),
    S(
        "k072",
        "vozjalca",
        "2026-11-04T17:30:00-05:00",
        "La alcaldesa que se metió al barro: Chela Chuquilín recorre los caseríos tras el huaico",
        """Con botas de jebe y poncho, la alcaldesa de Callacpuma, Graciela «Chela» Chuquilín, caminó el martes las tres horas de trocha que separan la capital distrital de Quinuapampa, para verificar los daños del huaico que dejó incomunicado al caserío.

        En la asamblea con los comuneros se comprometió a llevar maquinaria alquilada en 48 horas. «Si no cumplo, me vienen a buscar a la plaza», dijo. Los ronderos le tomaron la palabra.""",
        m="A",
        t="obras",
        tone="+",
        note="a flattering portrait of the Mayor after the landslide; road clearing is obras",
    ),
    S(
        "k073",
        "vozjalca",
        "2026-11-06T12:20:00-05:00",
        "Callacpuma: denuncian que obra de agua en Shururo está abandonada hace ocho meses",
        """La obra de agua potable y saneamiento del caserío Shururo, a cargo de la Municipalidad Distrital de Callacpuma, está paralizada desde marzo con un avance físico de 38 %, según la ficha del sistema Invierte.pe. Los tubos se apilan a la intemperie y el cerco del reservorio se está cayendo.

        El contratista asegura que la comuna le debe dos valorizaciones. El regidor Saldaña pidió que la Contraloría intervenga.""",
        m="I R",
        t="obras",
        tone="-",
        note="a stalled water and sanitation works contract: the works themselves are obras (not a water cut)",
    ),
    S(
        "k074",
        "vozjalca",
        "2026-11-08T15:10:00-05:00",
        "Chota: capturan a banda de abigeos que operaba en tres provincias",
        """La Policía y las rondas campesinas capturaron en Chota a cinco integrantes de la banda Los Malditos de la Jalca, acusados de robar más de 150 cabezas de ganado en Chota, Cutervo y Jalcabamba.

        Entre los animales recuperados había vacas marcadas en estancias de Callacpuma y Tandayoc, que serán devueltas a sus dueños.""",
        about=False,
        note="a police operation elsewhere; our place only as the origin of stolen cattle",
    ),
    S(
        "k075",
        "vozjalca",
        "2026-11-10T13:45:00-05:00",
        "Callacpuma: gerente Becerra asegura que la compactadora nueva llega en diciembre",
        """El gerente municipal de Callacpuma, Anselmo Becerra, aseguró que el camión compactador de 12 metros cúbicos adquirido por subasta inversa llegará la primera semana de diciembre y permitirá recoger la basura tres veces por semana en el centro y una vez por semana en los caseríos cercanos.

        El único recolector del distrito, de 2011, ha pasado más tiempo en el taller que en la calle este año.""",
        m="G",
        t="limpieza",
        tone="0",
        note="an announcement with a reminder of the broken truck: neutral",
    ),
    S(
        "k076",
        "vozjalca",
        "2026-11-12T16:00:00-05:00",
        "«No tenemos nada que esconder»: alcaldesa de Callacpuma responde a la Contraloría",
        """La alcaldesa de Callacpuma, Graciela Chuquilín Tanta, aseguró que su gestión colaborará con la Fiscalía y la Contraloría en la investigación sobre la obra de pistas y veredas del barrio San Isidro. «No tenemos nada que esconder; si algún funcionario se equivocó, que responda», dijo.

        La alcaldesa ratificó en el cargo al gerente municipal Anselmo Becerra, señalado en el informe de control.""",
        m="A G",
        t="obras",
        tone="-",
        note="a response to an audit scandal: the story is about the accusation, negative",
    ),
    S(
        "k077",
        "vozjalca",
        "2026-11-15T11:30:00-05:00",
        "Tandayoc: alcalde Chuquilín inaugura reservorio de riego de 12 000 metros cúbicos",
        """El alcalde de Tandayoc, Wilmer Chuquilín Rojas, inauguró el reservorio de riego de Mishapampa, que almacenará 12 000 metros cúbicos de agua para 90 familias en época seca. La obra costó 1,4 millones de soles.

        «Esto es lo que hay que hacer con el canon, no pistas en la plaza», dijo el alcalde Chuquilín, en una indirecta a sus colegas de la provincia.""",
        about=False,
        note="namesake Mayor of Tandayoc; an indirect jab at colleagues does not name us",
    ),
    S(
        "k078",
        "vozjalca",
        "2026-11-17T14:15:00-05:00",
        "Serenazgo de Callacpuma recibe dos motos y diez chalecos de la Policía",
        """La comisaría de Callacpuma entregó en cesión de uso dos motocicletas y diez chalecos antibalas al serenazgo del distrito, que patrulla de forma conjunta con la Policía y las rondas.

        El comisario, mayor Rubén Goicochea, destacó que los serenos «han sido clave para bajar el abigeato». La Municipalidad de Callacpuma se comprometió a cubrir el combustible y el mantenimiento.""",
        m="I",
        t="seguridad",
        tone="+",
        note="equipment and praise from the police for the serenazgo",
    ),
    S(
        "k079",
        "vozjalca",
        "2026-11-19T12:00:00-05:00",
        "Huaico en la quebrada Callacpuma arrasa cultivos en Llacanora Baja",
        """La crecida de la quebrada Callacpuma, que baja de las alturas y desemboca en el río Llaucano, arrasó diez hectáreas de maíz y frejol en el distrito de Llacanora Baja. No hubo víctimas.

        La municipalidad de Llacanora Baja declaró la emergencia y pidió ayuda al Gobierno Regional.""",
        about=False,
        note="the gorge with our district's name, in another district; another municipality acts",
    ),
    S(
        "k080",
        "vozjalca",
        "2026-11-21T13:20:00-05:00",
        "Callacpuma: vecinos denuncian cobro doble de arbitrios por error del sistema",
        """Decenas de contribuyentes de Callacpuma hicieron cola el viernes en la oficina de rentas tras recibir recibos de arbitrios con el monto de 2025 cobrado dos veces. «Ya pagué en marzo y ahora me dicen que debo 380 soles», reclamó el docente Víctor Ocas.

        La subgerencia de rentas admitió una falla en la migración del sistema informático y prometió anular los recibos duplicados en una semana.""",
        m="",
        t="tributos",
        tone="-",
        about=True,
        note="a billing error in municipal fees; no institution named; Víctor Ocas is a namesake surname",
    ),
    S(
        "k081",
        "vozjalca",
        "2026-11-23T10:00:00-05:00",
        "Comuna callacpumina y Unicef lanzan plan contra la anemia en 40 caseríos",
        """La comuna callacpumina y Unicef firmaron un convenio para reducir la anemia infantil en 40 caseríos del distrito, con cocinas mejoradas, sesiones demostrativas y biohuertos familiares.

        La gerenta de Servicios Sociales, Marleni Ocas Huatay, dijo que la meta es bajar la anemia del 41 % al 30 % en dos años.""",
        m="I P",
        t="salud",
        tone="+",
        note="a new health programme: positive",
    ),
    S(
        "k082",
        "vozjalca",
        "2026-11-25T15:40:00-05:00",
        "Callacpuma: regidor Saldaña presenta moción de vacancia contra la alcaldesa",
        """El regidor Edilberto Saldaña Llanos presentó ante el Jurado Nacional de Elecciones un pedido de vacancia contra la alcaldesa de Callacpuma, Graciela Chuquilín Tanta, por presunto nepotismo: según el concejal, un sobrino de la alcaldesa trabaja como chofer del serenazgo desde abril.

        La alcaldesa calificó el pedido de «show político» y aseguró que el trabajador fue contratado por concurso antes de que ella supiera del parentesco.""",
        m="R A",
        tone="-",
        note="a vacancy motion for nepotism, denied: negative; the serenazgo only in passing, no topic",
    ),
    # --- Revista Cumbre Norteña: opinion columns and letters, full text in description -------------------------------
    S(
        "k083",
        "cumbre",
        "2026-11-03T08:00:00-05:00",
        "Columna: El barro de todos los años",
        """Cada noviembre, con la primera lluvia fuerte, los caminos de la jalca se llenan de barro y los alcaldes se llenan de excusas. Que la máquina está en el taller, que la provincia no manda el volquete, que el Gobierno Regional no transfiere.

        En Callacpuma, la gestión de Graciela Chuquilín tuvo un año entero para reparar su único cargador frontal y no lo hizo. Los lecheros de Quinuapampa botaron la leche mientras en el municipio se discutía el color de los toldos de la feria.

        La prevención no da fotos, pero ahorra lágrimas. Ojalá alguien en la plaza de armas lo entienda antes del próximo huaico.""",
        m="A",
        t="obras",
        tone="-",
        note="an opinion column blaming the Mayor's administration for unrepaired machinery before the rains",
    ),
    S(
        "k084",
        "cumbre",
        "2026-11-06T08:00:00-05:00",
        "Carta: Gracias a los serenos de Callacpuma",
        """Señor director: Quiero agradecer públicamente a los serenos de Callacpuma que la madrugada del domingo auxiliaron a mi padre, de 78 años, que se había desmayado en la puerta de su casa. Lo llevaron en la camioneta al centro de salud y se quedaron hasta que llegamos. Eso también es seguridad ciudadana.

        Atentamente, Elena Cotrina Rabanal, DNI 26734512.""",
        m="",
        t="seguridad",
        tone="+",
        about=True,
        note="a reader's letter praising the serenazgo; 'serenos de Callacpuma' is not the institution",
    ),
    S(
        "k085",
        "cumbre",
        "2026-11-09T08:00:00-05:00",
        "Columna: La minería, el agua y los alcaldes que miran al techo",
        """El conflicto del proyecto Callacpuma en Tandayoc no es nuevo ni será el último. Las cabeceras de cuenca de la jalca son el tanque de agua de miles de ganaderos, y el Estado sigue otorgando concesiones sin preguntar.

        Los alcaldes de la provincia, con pocas excepciones, miran al techo. Prefieren esperar el canon antes que sentarse con las rondas. El Ministerio de Energía y Minas, por su parte, llega siempre tarde y con el libreto equivocado.""",
        about=False,
        note="a column on mining in general; the project carries our name, no municipal angle of ours",
    ),
    S(
        "k086",
        "cumbre",
        "2026-11-12T08:00:00-05:00",
        "Columna: Una alcaldesa que escucha",
        """Hay que decirlo aunque no esté de moda: la alcaldesa de Callacpuma, Graciela Chuquilín, ha hecho algo que pocos se atreven a hacer en la sierra, que es sentar a las rondas y al serenazgo en la misma mesa.

        Los resultados están a la vista: la mitad de robos de ganado, caseríos que por primera vez tienen una radio para pedir ayuda. No todo está bien en su gestión —el camal sigue cerrado y la basura es un desastre—, pero en seguridad Callacpuma es hoy un ejemplo para la región.""",
        m="A",
        t="seguridad",
        tone="+",
        note="a column praising security with a caveat in passing (garbage named, not the subject)",
    ),
    S(
        "k087",
        "cumbre",
        "2026-11-16T08:00:00-05:00",
        "Carta: ¿Y el mercado nuevo, señora alcaldesa?",
        """Señor director: En la campaña de 2022 la hoy alcaldesa de Callacpuma prometió un mercado nuevo «en el primer año». Vamos por el cuarto y seguimos vendiendo en el suelo, entre el barro y los perros. Que nos digan la verdad: ¿hay expediente o no hay?

        Atentamente, Cirila Vásquez, comerciante del mercado de abastos.""",
        m="A",
        t="obras",
        tone="-",
        note="a letter about an unkept promise of a market building (a work)",
    ),
    S(
        "k088",
        "cumbre",
        "2026-11-19T08:00:00-05:00",
        "Columna: El queso y la marca de origen",
        """El queso mantecoso de la jalca merece una denominación de origen como la tienen el pisco o el café de Villa Rica. Productores de Chota, Tandayoc y Callacpuma llevan años pidiéndola a Indecopi sin respuesta.

        Una marca de origen protegería al productor de los imitadores de Lima y subiría el precio que hoy pagan las plantas.""",
        about=False,
        note="a column on a cheese designation; places listed",
    ),
    S(
        "k089",
        "cumbre",
        "2026-11-23T08:00:00-05:00",
        "Columna: Lo que no dice el informe de la Contraloría",
        """El informe de control sobre las veredas de San Isidro en Callacpuma ha servido para titulares fáciles. Pero quien lea las 48 páginas verá que la Contraloría midió la obra tres semanas antes de que se terminara, y que la liquidación final, firmada por un supervisor externo, da por ejecutadas casi todas las partidas.

        Nada de esto exime al gerente municipal, Anselmo Becerra, de explicar por qué pagó antes de tiempo. Pero tampoco autoriza a hablar de «veredas fantasma», como se ha hecho con ligereza.""",
        m="G",
        t="obras",
        tone="0",
        note="a column that qualifies an accusation both ways; neutral",
    ),
    S(
        "k090",
        "cumbre",
        "2026-11-27T08:00:00-05:00",
        "Carta: Basura en el cementerio de Callacpuma",
        """Señor director: El Día de los Difuntos fuimos a visitar a nuestros muertos en el cementerio de Callacpuma y encontramos montañas de flores podridas, botellas y bolsas. Nadie las recoge desde el 2 de noviembre. ¿Para qué pagamos arbitrios de limpieza pública a la Municipalidad de Callacpuma?

        Atentamente, Julián Tanta Llanos.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a letter about uncollected garbage; Tanta is the Mayor's second surname only",
    ),
    # --- Panorama Jalcabambino, second half -----------------------------------------------------------------------------
    S(
        "k091",
        "panorama",
        "2026-11-17T07:20:00-05:00",
        "Callacpuma instala 14 cámaras de videovigilancia y una central de monitoreo",
        """El serenazgo de Callacpuma ya vigila la plaza de armas, el mercado, el terminal y las salidas a Chota y Jalcabamba con 14 cámaras de alta definición conectadas a una central de monitoreo que funciona las 24 horas.

        La inversión de la municipalidad distrital fue de 520 000 soles. En la primera semana, las cámaras permitieron identificar a dos arrebatadores de celulares y a un conductor que atropelló a un ciclista y huyó.""",
        m="",
        t="seguridad",
        tone="+",
        about=True,
        note="a security investment with early results; no one named ('la municipalidad distrital' bare)",
    ),
    S(
        "k092",
        "panorama",
        "2026-11-18T19:10:00-05:00",
        "Choque de combis en la curva de Shitamayo deja doce heridos",
        """Doce pasajeros resultaron heridos en el choque frontal de dos combis en la curva de Shitamayo, en la carretera Jalcabamba–Callacpuma. Los heridos fueron llevados al hospital de Jalcabamba.

        Según la Policía, una de las unidades invadió el carril contrario en plena lluvia. Ambos choferes dieron negativo en el dosaje etílico.""",
        about=False,
        note="a traffic accident on a road named after us; no municipal angle",
    ),
    S(
        "k093",
        "panorama",
        "2026-11-19T07:50:00-05:00",
        "Alcaldesa Chuquilín: «El MEF nos recortó 900 000 soles y nadie dice nada»",
        """La alcaldesa Graciela Chuquilín Tanta denunció que el Ministerio de Economía y Finanzas recortó en 900 000 soles las transferencias del Fondo de Compensación Municipal a Callacpuma para 2027, por la caída de la recaudación nacional.

        «Lima decide y los pueblos pagan. Con ese recorte se nos cae el mantenimiento de caminos vecinales de todo un año», afirmó. El MEF explicó que el recorte afecta por igual a los 1 890 municipios del país.""",
        m="A",
        tone="0",
        note="the Mayor criticises the national government over transfers: neutral; a budget story, no topic (roads only as a consequence)",
    ),
    S(
        "k094",
        "panorama",
        "2026-11-20T18:30:00-05:00",
        "Callacpuma: retiran 3 toneladas de basura de la ribera del río tras faena comunal",
        """Más de 200 voluntarios, entre escolares, ronderos y trabajadores municipales, retiraron el sábado tres toneladas de basura de las riberas del río que cruza la capital de Callacpuma. La faena fue convocada por la Municipalidad Distrital de Callacpuma y la parroquia.

        La teniente alcaldesa Flor de María Terrones anunció que se colocarán letreros y multas para quienes boten desmonte al río.""",
        m="I T",
        t="limpieza",
        tone="+",
        note="a clean-up campaign called by the municipality",
    ),
    S(
        "k095",
        "panorama",
        "2026-11-21T07:10:00-05:00",
        "Jalcabamba: hospital provincial suspende cirugías por falta de anestesiólogo",
        """El hospital provincial de Jalcabamba suspendió las cirugías programadas por falta de anestesiólogo. Unos 70 pacientes de la provincia, entre ellos de Callacpuma y Tandayoc, esperan ser operados.

        La Red de Salud informó que la contratación de un especialista está en trámite.""",
        about=False,
        note="a provincial hospital problem; health keyword, no municipal angle of ours",
    ),
    S(
        "k096",
        "panorama",
        "2026-11-22T19:00:00-05:00",
        "Callacpuma cierra el botadero de El Tingo y llevará la basura al relleno provincial",
        """Desde el 1 de diciembre, los camiones de la Municipalidad Distrital de Callacpuma dejarán de descargar en el botadero de El Tingo y llevarán los residuos al relleno sanitario de la provincia, a 32 kilómetros.

        El convenio con la municipalidad provincial costará 6 000 soles mensuales. La alcaldesa Graciela Chuquilín dijo que el botadero será remediado con árboles nativos. «Los vecinos de El Tingo tenían razón», admitió.

        Los pobladores del caserío, que denunciaron la contaminación de su quebrada, celebraron la noticia.""",
        m="I A",
        t="limpieza",
        tone="+",
        note="the municipality fixes a garbage problem it admits",
    ),
    S(
        "k097",
        "panorama",
        "2026-11-23T07:30:00-05:00",
        "Concejo de Callacpuma aprueba amnistía tributaria hasta el 31 de diciembre",
        """El concejo municipal aprobó la ordenanza de amnistía tributaria que condona el 100 % de intereses y multas del impuesto predial, arbitrios y la sisa de la feria hasta el 31 de diciembre.

        La medida beneficiará a unos 2 000 contribuyentes. El regidor Saldaña se abstuvo: «Es la tercera amnistía en cuatro años; así nadie paga a tiempo», dijo.""",
        m="R",
        t="tributos",
        tone="0",
        note="a tax amnesty with an opposition abstention: neutral",
    ),
    S(
        "k098",
        "panorama",
        "2026-11-24T18:50:00-05:00",
        "Desborde de desagüe inunda tres casas en La Colpa y vecinos culpan a la municipalidad",
        """Aguas servidas inundaron el lunes tres viviendas del barrio La Colpa, en Callacpuma, tras el colapso de un buzón de la red de desagüe. Los vecinos aseguran que reportaron la obstrucción hace un mes a la municipalidad y que nadie vino.

        «Los niños se están enfermando del estómago», dijo la vecina Mercedes Huatay. El personal de la Municipalidad de Callacpuma llegó recién el martes con una bomba de succión.""",
        m="I",
        t="obras",
        tone="-",
        note="a collapsed sewer and a late response; 'enfermando' is not a health story",
    ),
    S(
        "k099",
        "panorama",
        "2026-11-25T07:15:00-05:00",
        "Tandayoc y Callacpuma, rivales en la final de la copa distrital",
        """El Deportivo Tandayoc y el Juventud Callacpuma disputarán el domingo la final de la copa de la liga provincial, en el estadio de Jalcabamba. El árbitro será Julio Becerra.

        La liga espera unos 3 000 espectadores y pidió a las barras mantener la calma.""",
        about=False,
        note="sport; a referee who shares the manager's surname",
    ),
    S(
        "k100",
        "panorama",
        "2026-11-26T18:20:00-05:00",
        "Gerente de Callacpuma renuncia en medio de la investigación fiscal",
        """El gerente municipal de Callacpuma, Anselmo Becerra Huamán, presentó su renuncia irrevocable, a una semana de que la Fiscalía abriera investigación preliminar en su contra por la obra de pistas y veredas de San Isidro.

        En su carta, Becerra dice que se va «para no afectar la gestión» y que demostrará su inocencia. La alcaldesa aceptó la renuncia y encargó la gerencia a la jefa de planeamiento.""",
        m="G",
        t="obras",
        tone="-",
        note="a resignation amid an investigation into street works",
    ),
    # --- Diario El Norteño Andino, second half --------------------------------------------------------------------------
    S(
        "k101",
        "norteno",
        "2026-11-21T08:00:00-05:00",
        "Callacpuma: mujeres de vaso de leche marchan por ración incompleta",
        """Unas ochenta madres de los comités del Vaso de Leche de Callacpuma marcharon hasta el palacio municipal para denunciar que la ración de noviembre llegó con la mitad de avena. «Nos dan media bolsa y nos dicen que firmemos por una entera», dijo la presidenta del comité de Alto Perú, Nelly Llanos.

        La gerenta de Servicios Sociales, Marleni Ocas, atribuyó el faltante a un retraso del proveedor y aseguró que la diferencia se entregará en diciembre.""",
        m="P",
        tone="-",
        note="Vaso de Leche is none of the five topics; negative",
    ),
    S(
        "k102",
        "norteno",
        "2026-11-24T08:15:00-05:00",
        "Chota: alcaldes del norte piden al Congreso ley de canon para la ganadería",
        """Una veintena de alcaldes de Cajamarca, Amazonas y La Libertad se reunieron en Chota para pedir al Congreso una ley que destine parte del canon minero a la ganadería lechera.

        Entre los asistentes estuvo la alcaldesa Graciela Chuquilín, de Callacpuma, quien leyó la declaración final. «La leche también es riqueza, y no contamina», dijo.""",
        m="A",
        tone="0",
        note="our Mayor reads a joint declaration of mayors; neutral, no topic",
    ),
    S(
        "k103",
        "norteno",
        "2026-11-26T08:30:00-05:00",
        "Callacpuma: fumigan el mercado tras plaga de ratas",
        """Personal de la Municipalidad Distrital de Callacpuma y del centro de salud fumigó y desratizó el fin de semana el mercado de abastos, luego de que las comerciantes denunciaran una plaga de ratas en los puestos de carne.

        El mercado permanecerá cerrado el lunes para la limpieza profunda.""",
        m="I",
        t="salud limpieza",
        tone="0",
        note="pest control and cleaning at the market: health and cleanliness, routine",
    ),
    S(
        "k104",
        "norteno",
        "2026-11-28T08:00:00-05:00",
        "Callacpuma: exgerente Becerra se presenta a la Fiscalía",
        """El exgerente municipal de Callacpuma, Anselmo Becerra Huamán, se presentó voluntariamente ante la fiscalía anticorrupción de Cajamarca para rendir su manifestación en la investigación por la obra de pistas y veredas de San Isidro.

        A la salida, Becerra dijo que entregó las actas de medición y la liquidación de la obra. «Las veredas existen; que vayan y las midan», declaró.""",
        m="G",
        t="obras",
        tone="-",
        note="the investigation continues; a denial does not change the tone",
    ),
    S(
        "k105",
        "norteno",
        "2026-11-29T08:20:00-05:00",
        "Cajamarca: heladas afectan a 3 000 cabezas de ganado en la jalca",
        """Las heladas de la última semana afectaron a unas 3 000 cabezas de ganado en las zonas altas de Cajamarca, informó la Dirección Regional Agraria. Los distritos más golpeados son Tandayoc, Callacpuma y Sexi.

        El Ministerio de Desarrollo Agrario distribuirá kits veterinarios y forraje.""",
        about=False,
        note="a regional brief; our district in a list",
    ),
    S(
        "k106",
        "norteno",
        "2026-11-30T08:10:00-05:00",
        "Callacpuma: inauguran pistas en el jirón Amalia Puga y vecinos hablan de obra a medias",
        """La Municipalidad Distrital de Callacpuma inauguró cuatro cuadras de pavimento en el jirón Amalia Puga, con una inversión de 1,2 millones de soles. Pero los vecinos de la cuadra cinco, que quedó de trocha, no aplaudieron.

        «Nos dijeron cinco cuadras y hicieron cuatro; la plata no alcanzó, dicen», reclamó el mecánico Héctor Saldaña. La gerencia de infraestructura explicó que la quinta cuadra entra en el presupuesto de 2027.""",
        m="I",
        t="obras",
        tone="-",
        note="a delivered work told as incomplete: headline and weight negative; Héctor Saldaña is a namesake surname",
    ),
    # --- Radio Callacpuma 101.3 FM, second half -------------------------------------------------------------------------
    S(
        "k107",
        "rcallac",
        "2026-11-19",
        "Entrevista: teniente alcaldesa Terrones explica el plan de seguridad 2027",
        """LOCUTOR: Tenemos en estudios a la teniente alcaldesa Flor de María Terrones. Regidora, buenos días.

        TENIENTE ALCALDESA: Buenos días. El plan 2027 tiene tres ejes: más cámaras, dos nuevas bases de serenazgo en Pencaspampa y Quinuapampa, y el convenio con las rondas. Vamos a pasar de 18 a 26 serenos.

        LOCUTOR: ¿Y de dónde sale la plata?

        TENIENTE ALCALDESA: Del presupuesto de seguridad y de la transferencia por la meta del predial, que cumplimos.""",
        m="T",
        t="seguridad",
        tone="0",
        note="an explanatory interview; the predial only as a source of funds",
    ),
    S(
        "k108",
        "rcallac",
        "2026-11-21",
        "Avisos: la municipalidad de Callacpuma convoca a concurso para serenos",
        """LOCUTORA: Aviso. La Municipalidad Distrital de Callacpuma convoca a concurso público para ocho plazas de sereno. Requisitos: secundaria completa, servicio militar o experiencia en rondas, y buena salud. Las bases se recogen en mesa de partes hasta el 30 de noviembre.""",
        m="I",
        t="seguridad",
        tone="0",
        note="a routine notice; 'buena salud' is not a health story",
    ),
    S(
        "k109",
        "rcallac",
        "2026-11-24",
        "Oyente de Shururo: «la obra del agua nos tiene engañados»",
        """LOCUTOR: Tenemos una llamada desde Shururo.

        OYENTE: Sí, buenos días. Quiero decir que la obra del agua y desagüe nos tiene engañados. Ya van ocho meses parada, los tubos se están rajando con el sol. La alcaldesa Chela vino a la losa deportiva y le preguntamos y dijo que en diciembre reinicia. Eso mismo dijo en julio.

        LOCUTOR: Gracias por su llamada. El municipio tiene los micrófonos abiertos para responder.""",
        m="A",
        t="obras",
        tone="-",
        note="«la alcaldesa Chela» is plainly her; a stalled works complaint",
    ),
    S(
        "k110",
        "rcallac",
        "2026-11-26",
        "Deportes: Juventud Callacpuma campeón de la copa provincial",
        """LOCUTOR: ¡Campeones! El Juventud Callacpuma venció 2 a 1 al Deportivo Tandayoc y se coronó campeón de la copa de la liga provincial. Los goles fueron de Wilder Terrones y Amílcar Chuquilín.

        LOCUTORA: El equipo será recibido esta tarde en la plaza de armas con banda de músicos. La caravana sale a las tres desde el óvalo.""",
        about=False,
        note="sport; players who share surnames with our officials",
    ),
    S(
        "k111",
        "rcallac",
        "2026-11-28",
        "Noticiero: alcaldesa anuncia reinicio de la obra de agua de Shururo",
        """LOCUTORA: La alcaldesa Graciela Chuquilín Tanta anunció que la obra de agua potable y saneamiento de Shururo se reiniciará el 7 de diciembre, tras pagar al contratista las dos valorizaciones pendientes con recursos de la transferencia por la meta del predial.

        LOCUTOR: La alcaldesa dijo que la obra terminará en abril. Los vecinos de Shururo, que llevan ocho meses esperando, dijeron que creerán cuando vean las máquinas.""",
        m="A",
        t="obras",
        tone="0",
        note="an announcement met with scepticism: neutral",
    ),
    S(
        "k112",
        "rcallac",
        "2026-11-30",
        "Comunicado de la central de rondas: asamblea provincial el 5 de diciembre",
        """LOCUTOR: Comunicado. La Central Provincial de Rondas Campesinas de Jalcabamba convoca a todas las bases a la asamblea ordinaria del 5 de diciembre en el local de Tandayoc. Agenda: elección de la nueva directiva y situación del proyecto minero Callacpuma. Se ruega puntual asistencia.""",
        about=False,
        note="a ronda's notice; the mining project",
    ),
    # --- Jalcabamba Televisión Canal 5, second half ---------------------------------------------------------------------
    S(
        "k113",
        "tvjal",
        "2026-11-20T04:10:00Z",
        "Reportaje: en Callacpuma el recojo de basura llega una vez al mes a los caseríos",
        """CONDUCTOR: Nuestro equipo recorrió los caseríos de Callacpuma y encontró basurales a la orilla de los caminos.

        REPORTERA: Así es. En Pencaspampa, los vecinos dicen que el camión municipal pasa una vez al mes, si pasa. Las bolsas se acumulan junto a la escuela. La teniente alcaldesa Terrones reconoció que el servicio no alcanza a las zonas rurales.

        VECINA: Los chanchos rompen las bolsas y todo se riega. ¿Quién va a venir a recoger aquí?""",
        m="T",
        t="limpieza",
        tone="-",
        note="rural garbage service failing; the Mayor not named",
    ),
    S(
        "k114",
        "tvjal",
        "2026-11-22T04:35:00Z",
        "Callacpuma: la alcaldesa Chela recibe premio nacional por su modelo de seguridad con rondas",
        """CONDUCTORA: Buenas noticias para Callacpuma. La alcaldesa Graciela «Chela» Chuquilín recibió en Lima el premio Buenas Prácticas en Gestión Pública, en la categoría seguridad ciudadana, por el modelo de patrullaje conjunto entre serenos y ronderos.

        REPORTERO: La alcaldesa dedicó el premio a los ronderos de las estancias. «Ellos ponen el frío y las noches sin dormir», dijo en la ceremonia.""",
        m="A",
        t="seguridad",
        tone="+",
        note="a national award for the security model",
    ),
    S(
        "k115",
        "tvjal",
        "2026-11-24T03:50:00Z",
        "Tandayoc: alcalde Chuquilín denunciado por uso de camioneta municipal en fiesta",
        """CONDUCTOR: Polémica en Tandayoc. Vecinos grabaron la camioneta de la municipalidad de Tandayoc estacionada en la puerta de un local de fiestas la madrugada del domingo. El alcalde Wilmer Chuquilín dijo que la unidad estaba en una comisión de servicio.

        REPORTERA: El regidor de oposición de Tandayoc pidió un informe a la gerencia municipal.""",
        about=False,
        note="namesake Mayor of the neighbouring district; 'la gerencia municipal' is Tandayoc's",
    ),
    S(
        "k116",
        "tvjal",
        "2026-11-27T04:25:00Z",
        "Callacpuma: clausuran dos restaurantes por insalubres en operativo municipal",
        """CONDUCTORA: En un operativo conjunto, la Municipalidad de Callacpuma y el centro de salud clausuraron temporalmente dos restaurantes del terminal por condiciones insalubres: carne sin refrigerar, cocinas con hollín y ratas.

        REPORTERO: Otros seis locales recibieron notificaciones. La teniente alcaldesa Flor de María Terrones dijo que los operativos serán mensuales.""",
        m="I T",
        t="salud",
        tone="+",
        note="food safety inspections: salud, positive (enforcement)",
    ),
    S(
        "k117",
        "tvjal",
        "2026-11-30T04:15:00Z",
        "Cierre de mes: balance de lluvias en la provincia",
        """CONDUCTOR: Un balance de noviembre, el mes más lluvioso en seis años. El Centro de Operaciones de Emergencia registró 37 deslizamientos en la provincia, 12 viviendas inhabitables y 60 kilómetros de caminos afectados.

        REPORTERA: Tandayoc fue el distrito más golpeado. En Callacpuma, la municipalidad distrital limpió catorce huaicos con maquinaria alquilada y la capital provincial sufrió inundaciones en tres barrios.""",
        m="",
        t="obras",
        tone="0",
        about=True,
        note="a provincial round-up with one neutral line about our road clearing; no one named",
    ),
    # --- Agencia Peruana de Noticias Regionales, second half -----------------------------------------------------------
    S(
        "k118",
        "apnr",
        "2026-11-23T13:00:00-05:00",
        "Premian a municipios del norte por buenas prácticas en gestión",
        """Lima, nov. 23 (APNR). Ocho municipalidades del país recibieron el premio Buenas Prácticas en Gestión Pública 2026. En la categoría seguridad ciudadana ganó la Municipalidad Distrital de Callacpuma (Cajamarca), por su patrullaje conjunto de serenos y rondas campesinas.

        En gestión ambiental fue premiada la Municipalidad Provincial de Moyobamba y en inclusión social la de Sechura.""",
        m="I",
        t="seguridad",
        tone="+",
        note="an agency list of award winners with us named",
    ),
    S(
        "k119",
        "apnr",
        "2026-11-26T10:30:00-05:00",
        "Cajamarca: Minera Cerro Alto y rondas de Tandayoc instalan mesa de diálogo",
        """Tandayoc, nov. 26 (APNR). Representantes de Minera Cerro Alto, de las rondas campesinas y de la Municipalidad Distrital de Tandayoc instalaron una mesa de diálogo sobre el proyecto Callacpuma, con la facilitación de la Presidencia del Consejo de Ministros.

        La primera sesión tratará el estudio hídrico de las lagunas. El alcalde Wilmer Chuquilín Rojas pidió que el estudio lo haga una universidad pública.""",
        about=False,
        note="the namesake Mayor and the mining project; another municipality",
    ),
    # --- Perú Adentro Noticias, second half -------------------------------------------------------------------------------
    S(
        "k120",
        "adentro",
        "2026-11-21T11:00:00-05:00",
        "«La Calandria de la Jalca» llena el Gran Teatro Nacional",
        """La cantante cajamarquina Chela Chuquilín llenó el sábado el Gran Teatro Nacional con un concierto de huaynos, cashuas y carnavales. Unas 1 400 personas corearon «Flor de retama» y «Pastorcita de la jalca».

        Chuquilín, de 48 años, anunció que donará lo recaudado en su próxima fecha a los damnificados por las lluvias en el norte.""",
        about=False,
        note="the singer: the nickname plus surname is not the Mayor here",
    ),
    S(
        "k121",
        "adentro",
        "2026-11-25T09:00:00-05:00",
        "Anemia en la sierra: el distrito cajamarquino que la bajó diez puntos en dos años",
        """En 2024, la mitad de los niños de Callacpuma tenía anemia. Hoy es el 41 %, y en los caseríos donde trabajan las promotoras municipales bajó hasta el 33 %. La receta: visitas casa por casa, sesiones de cocina con sangrecita y un seguimiento con tablet de cada niño.

        «Al principio las mamás nos cerraban la puerta», recuerda la gerenta de Servicios Sociales de la Municipalidad Distrital de Callacpuma, Marleni Ocas Huatay. «Ahora nos llaman ellas.»""",
        m="P I",
        t="salud",
        tone="+",
        note="a national feature on a municipal anti-anemia success",
    ),
    S(
        "k122",
        "adentro",
        "2026-11-28T15:30:00-05:00",
        "Perú Adentro: los distritos con más huaicos de noviembre",
        """Según el Instituto Nacional de Defensa Civil, noviembre cerró con 214 emergencias por lluvias en el país. Cajamarca lidera la lista con 61, seguida de Huancavelica y Áncash.

        Los distritos con más reportes fueron Tandayoc, Callacpuma y Chugur, en Cajamarca, y Lircay, en Huancavelica.""",
        about=False,
        note="a national data brief; our district in a ranking",
    ),
    # --- Norte Andino Hoy, second half -----------------------------------------------------------------------------------
    S(
        "k123",
        "nahoy",
        "2026-11-18T10:00:00-05:00",
        "Callacpuma: vecinos del centro se quejan de ruido de discotecas y serenazgo no interviene",
        """Vecinos de los jirones Bolognesi y Lima denunciaron que dos discotecas funcionan hasta las cinco de la mañana los fines de semana, con peleas en la calle. «Llamamos al serenazgo y nos dicen que no tienen competencia», reclamó el profesor Rómulo Chávez.

        La municipalidad callacpumina informó que ambos locales tienen licencia hasta las dos de la mañana y que se programará un operativo con la Policía.""",
        m="I",
        t="seguridad",
        tone="-",
        note="noise and fights with a passive serenazgo: seguridad, negative",
    ),
    S(
        "k124",
        "nahoy",
        "2026-11-22T11:20:00-05:00",
        "Callacpuma: alcaldesa pide a Provías reparar puente colgante de Lanchepampa",
        """La alcaldesa Graciela Chuquilín Tanta pidió a Provías Descentralizado la reparación del puente colgante de Lanchepampa, que cruza el río y tiene tres tablones rotos y un cable deshilachado. Por él pasan cada día unos 60 escolares.

        «No tenemos presupuesto para un puente de esa luz; Provías tiene que actuar antes de que haya una desgracia», dijo la alcaldesa. Provías no respondió.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor asks others to fix a bridge: takes obras, neutral toward us",
    ),
    S(
        "k125",
        "nahoy",
        "2026-11-27T14:00:00-05:00",
        "Callacpuma: ferias dominicales suman inspección sanitaria de quesos",
        """Desde este domingo, los quesos que se vendan en la feria dominical de Callacpuma tendrán que pasar una inspección visual de la Municipalidad Distrital de Callacpuma y el centro de salud, tras dos casos de intoxicación por queso fresco en octubre.

        Las productoras recibieron una charla sobre higiene y uso de leche hervida.""",
        m="I",
        t="salud",
        tone="0",
        note="a food-safety rule at the fair: salud, neutral",
    ),
    # --- Callacpuma al Día, second half --------------------------------------------------------------------------------
    S(
        "k126",
        "caldia",
        "2026-11-22T09:20:00-05:00",
        "Cementerio: municipio retira 12 toneladas de flores y basura",
        """Tras las quejas por el estado del cementerio después del Día de los Difuntos, el municipio callacpumino retiró en tres días 12 toneladas de flores secas, botellas y bolsas del camposanto y colocó seis cilindros para la basura.

        Los deudos pidieron que la limpieza sea permanente.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a late but effective clean-up of the cemetery; mildly positive",
    ),
    S(
        "k127",
        "caldia",
        "2026-11-25T10:00:00-05:00",
        "Alcaldesa de Tandayoc no, de Callacpuma: aclaran confusión en redes",
        """Una publicación viral atribuyó a la alcaldesa de Callacpuma, Graciela Chuquilín, el uso de una camioneta municipal en una fiesta. La comuna callacpumina aclaró que el caso corresponde a la municipalidad de Tandayoc, cuyo alcalde, Wilmer Chuquilín Rojas, no tiene relación con la alcaldesa.

        La oficina de imagen pidió a los usuarios verificar la información antes de compartirla.""",
        m="A I",
        tone="0",
        note="a clarification of a confusion between the namesakes; neutral",
    ),
    S(
        "k128",
        "caldia",
        "2026-11-29T09:40:00-05:00",
        "Callacpuma: serenos rescatan a turistas perdidos en la laguna",
        """Una patrulla del serenazgo y ronderos de Quinuapampa rescataron en la madrugada del sábado a dos turistas limeños que se perdieron en la neblina cuando bajaban de la laguna Yanacocha Chica. Los jóvenes fueron llevados al centro de salud con hipotermia leve.""",
        m="",
        t="seguridad",
        tone="+",
        about=True,
        note="the serenazgo rescues tourists; 'centro de salud' in passing",
    ),
    # --- More originals -------------------------------------------------------------------------------------------------
    S(
        "k129",
        "vozjalca",
        "2026-11-27T12:40:00-05:00",
        "Callacpuma: municipio embarga cuentas de empresa de transporte por deuda de 46 000 soles",
        """El ejecutor coactivo de la Municipalidad Distrital de Callacpuma ordenó el embargo de las cuentas de la empresa de transportes Jalca Express por una deuda de 46 000 soles en impuesto predial y arbitrios de su terminal, acumulada desde 2021.

        La empresa anunció que apelará. Es el embargo más alto que ha ordenado la comuna en su historia.""",
        m="I",
        t="tributos",
        tone="0",
        note="enforced collection: tributos, neutral",
    ),
    S(
        "k130",
        "vozjalca",
        "2026-11-29T16:10:00-05:00",
        "Jalcabamba: regidor provincial Saldaña pide auditar relleno sanitario",
        """El regidor provincial de Jalcabamba Marco Saldaña Díaz pidió a la Contraloría auditar el relleno sanitario de la provincia, que según él opera sin geomembrana en su segunda celda.

        La municipalidad provincial respondió que la celda cuenta con todos los permisos del Ministerio del Ambiente. El relleno recibe la basura de la capital provincial y, desde diciembre, la de Callacpuma.""",
        about=False,
        note="a provincial councillor who shares our regidor's surname; our district in passing",
    ),
    S(
        "k131",
        "vozjalca",
        "2026-11-30T11:00:00-05:00",
        "Callacpuma: JNE admite pedido de vacancia contra la alcaldesa y el concejo deberá votarlo",
        """El Jurado Nacional de Elecciones admitió a trámite el pedido de vacancia por nepotismo contra la alcaldesa de Callacpuma, Graciela Chuquilín Tanta, presentado por el regidor Edilberto Saldaña. El concejo deberá votarlo en sesión extraordinaria en un plazo de treinta días hábiles.

        La alcaldesa reiteró que el trabajador en cuestión, su sobrino político, ingresó por concurso y que no intervino en su contratación.""",
        m="A R",
        tone="-",
        note="the vacancy request goes forward; negative",
    ),
    S(
        "k132",
        "cumbre",
        "2026-11-30T08:00:00-05:00",
        "Columna: Balance de noviembre en la jalca",
        """Noviembre dejó en Callacpuma dos caras. Una, el premio nacional por el patrullaje con rondas y una campaña contra la anemia que se estudia en Lima. La otra, un gerente que renunció con la Fiscalía en los talones, una obra de agua abandonada y un servicio de basura que no llega a los caseríos.

        La alcaldesa Chuquilín suele decir que su gestión «se mide en el campo». En el campo, este mes, hubo de todo.""",
        m="A",
        tone="0",
        note="a column weighing praise and criticism evenly; no single topic dominates",
    ),
    S(
        "k133",
        "cumbre",
        "2026-11-20T08:00:00-05:00",
        "Carta: La sisa y la feria",
        """Señor director: Soy comerciante de la feria de Callacpuma desde hace 22 años. Acepto que se suba la sisa si el campo ferial se techa de verdad, como dice la alcaldesa. Pero pido que el dinero vaya a una cuenta separada y que cada seis meses la Municipalidad de Callacpuma publique en cuánto va la obra. Así nadie desconfía.

        Atentamente, Bartolomé Cerna.""",
        m="I",
        t="tributos",
        tone="0",
        note="a conditional letter on the fair fee; 'la alcaldesa' bare is not a mention",
    ),
    S(
        "k134",
        "adentro",
        "2026-11-29T10:15:00-05:00",
        "Video viral: ronderos azotan a presunto ladrón en plaza de Tandayoc",
        """Un video difundido en redes muestra a ronderos de Tandayoc aplicando chicotazos a un joven acusado de robar un celular, en la plaza del distrito. La Defensoría del Pueblo pidió a la Fiscalía investigar.

        El presidente de la ronda, Nicanor Saldaña, defendió la sanción como parte de la justicia comunal.""",
        about=False,
        note="the rondero namesake; another district",
    ),
    S(
        "k135",
        "adentro",
        "2026-11-30T12:00:00-05:00",
        "Alcaldes de Cajamarca exigen al Ejecutivo reconstrucción tras lluvias",
        """Alcaldes de once distritos de Cajamarca firmaron un pronunciamiento que exige al Poder Ejecutivo declarar en emergencia la región y transferir fondos para reconstruir caminos y puentes.

        La alcaldesa de Callacpuma, Graciela Chuquilín Tanta, una de las firmantes, dijo que su distrito necesita 4 millones de soles para reponer lo que se llevaron los huaicos. «No podemos seguir alquilando máquinas con el presupuesto del Vaso de Leche», afirmó.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor demands funds from the national government for roads: neutral, obras",
    ),
    S(
        "k136",
        "apnr",
        "2026-11-29T09:00:00-05:00",
        "Cajamarca: Contraloría publica informes de 120 municipios",
        """Cajamarca, nov. 29 (APNR). La Contraloría General de la República publicó 120 informes de control sobre municipalidades de Cajamarca elaborados en 2026. La mayoría se refieren a obras públicas y contrataciones.

        Entre los municipios con informes con presunta responsabilidad penal figuran los de Chota, Tandayoc, Callacpuma y Bambamarca.""",
        m="",
        t="obras",
        tone="-",
        about=True,
        note="our municipality appears, only as 'los de ... Callacpuma', in a list of audit findings: about us, negative; no name of the institution",
    ),
    S(
        "k137",
        "apnr",
        "2026-11-30T14:20:00-05:00",
        "Lima: Graciela Chuquilín presenta libro de cocina de la jalca",
        """Lima, nov. 30 (APNR). La cocinera cajamarquina Graciela Chuquilín Vigo presentó en la Feria del Libro de Miraflores su recetario «La olla de la jalca», con 80 recetas de caldo verde, cuy colorado y quesillo con miel.

        La autora, que tiene un restaurante en Cajamarca, dedicó el libro a su abuela.""",
        about=False,
        note="a cook whose given name and first surname match the Mayor's (a listed alias): not her",
    ),
    S(
        "k138",
        "nahoy",
        "2026-11-29T09:30:00-05:00",
        "Callacpuma: vecinos de Alto Perú reciben módulos de vivienda tras huaico",
        """Las tres familias del barrio Alto Perú que perdieron sus casas por el deslizamiento de inicios de mes recibieron módulos de vivienda temporal del Ministerio de Vivienda, gestionados por la Municipalidad de Callacpuma.

        La gerenta Marleni Ocas dijo que el municipio busca un terreno seguro para su reubicación definitiva.""",
        m="I P",
        tone="+",
        note="post-emergency housing, none of the five topics",
    ),
    S(
        "k139",
        "nahoy",
        "2026-11-30T15:00:00-05:00",
        "Chota: feria navideña de artesanía reúne a 80 expositores",
        """La feria navideña de artesanía de Chota reúne hasta el domingo a 80 expositores de toda la región, con mantas, sombreros de paja y cerámica. Los tejedores de Callacpuma presentan sus ponchos de lana de oveja.""",
        about=False,
        note="a fair elsewhere; our place in passing",
    ),
    S(
        "k140",
        "norteno",
        "2026-11-30T08:40:00-05:00",
        "Callacpuma: no habrá cobro de sisa a productores de quesos en diciembre",
        """La Municipalidad Distrital de Callacpuma informó que no cobrará la sisa a los productores de queso y leche que vendan en la feria dominical durante diciembre, como apoyo a los ganaderos afectados por las heladas.

        La medida beneficiará a unos 150 pequeños productores. Los demás comerciantes seguirán pagando la tarifa de 5 soles.""",
        m="I",
        t="tributos",
        tone="+",
        note="negation in the headline ('no habrá cobro'): a relief measure, positive",
    ),
    # --- Syndicated copies: the aggregator, the national site, the agency and others republish -------------------------
    C(
        "k141",
        "k001",
        "nahoy",
        "2026-11-02T12:30:00-05:00",
        "Cajamarca: lecheros de la jalca ya cruzan la Shitamayo en camión",
        lead="""Los lecheros de Chanrugón y Pencaspampa, en el distrito cajamarquino de Callacpuma, ya no descargan los porongos para cruzar la quebrada Shitamayo: la Municipalidad Distrital de Callacpuma entregó ayer un puente carrozable de 24 metros de luz.""",
    ),
    C(
        "k142",
        "k004",
        "nahoy",
        "2026-11-04T09:00:00-05:00",
        "Huaico aísla a cuatro caseríos de Callacpuma: municipio sin maquinaria",
        extra="""Fuente: Panorama Jalcabambino.""",
    ),
    C(
        "k143",
        "k006",
        "nahoy",
        "2026-11-05T08:10:00-05:00",
        "Serenos y ronderos juntos: el abigeato cae a la mitad en Callacpuma",
    ),
    C(
        "k144",
        "k009",
        "nahoy",
        "2026-11-06T12:00:00-05:00",
        "Chanrugón: cuatro meses sin médico en la posta",
        extra="""Con información de Panorama Jalcabambino.""",
    ),
    C(
        "k145",
        "k010",
        "vozjalca",
        "2026-11-07T10:30:00-05:00",
        "Basura se acumula en el centro de Callacpuma por falla del camión",
        lead="""Bolsas rotas, perros y mal olor en la esquina de los jirones Bolognesi y Amalia Puga, en pleno centro de Callacpuma: el único camión recolector del distrito se quedó sin embrague el lunes y no hay otro que lo reemplace.""",
        m="",
        about=True,
        note="the copy's lead drops the institution's name; still about the garbage service",
    ),
    C(
        "k146",
        "k014",
        "nahoy",
        "2026-11-09T07:30:00-05:00",
        "Contraloría: veredas pagadas que no existen en San Isidro, Callacpuma",
    ),
    C(
        "k147",
        "k017",
        "nahoy",
        "2026-11-10T15:00:00-05:00",
        "Sube la sisa en la feria de Callacpuma y los comerciantes protestan",
        extra="""Nota publicada originalmente en Panorama Jalcabambino.""",
    ),
    C(
        "k148",
        "k020",
        "adentro",
        "2026-11-12T09:00:00-05:00",
        "Alcaldesa cajamarquina: «El Gobierno Regional solo se acuerda de nosotros en campaña»",
    ),
    C(
        "k149",
        "k022",
        "nahoy",
        "2026-11-13T12:00:00-05:00",
        "Callacpuma despeja sus 14 huaicos y la leche vuelve a salir",
        lead="""En once días y con maquinaria alquilada y prestada, las cuadrillas de la Municipalidad Distrital de Callacpuma despejaron los 14 deslizamientos que bloqueaban los caminos vecinales del distrito.""",
    ),
    C(
        "k150",
        "k026",
        "nahoy",
        "2026-11-02T16:00:00-05:00",
        "¿2 400 galones en un mes? Regidor cuestiona gasto de combustible del serenazgo",
        extra="""Fuente: Diario El Norteño Andino.""",
    ),
    C(
        "k151",
        "k029",
        "nahoy",
        "2026-11-09T13:00:00-05:00",
        "Sereno atrapa a ladrón de porongos en Pencaspampa",
    ),
    C(
        "k152",
        "k031",
        "nahoy",
        "2026-11-16T13:00:00-05:00",
        "«No es cierto que se privatice»: Callacpuma mantendrá su servicio de limpieza",
        lead="""La alcaldesa de Callacpuma, Graciela Chuquilín Tanta, salió al frente de los rumores en redes: el servicio de limpieza pública no será concesionado a ninguna empresa de Trujillo. «No es cierto que se privatice nada; el servicio seguirá siendo municipal», afirmó.""",
    ),
    C(
        "k153",
        "k041",
        "nahoy",
        "2026-11-03T08:00:00-05:00",
        "Cerro se desploma sobre viviendas de Alto Perú y vecinos dicen que nadie del municipio llegó",
    ),
    C(
        "k154",
        "k042",
        "nahoy",
        "2026-11-05T09:30:00-05:00",
        "Familias evacuadas de Alto Perú pasan la noche en el colegio San Ramón",
    ),
    C(
        "k155",
        "k047",
        "nahoy",
        "2026-11-18T10:00:00-05:00",
        "Frazadas y chompas para 300 abuelos de las estancias de Callacpuma",
        extra="""Con información de Jalcabamba Televisión.""",
    ),
    C(
        "k156",
        "k049",
        "nahoy",
        "2026-11-08T15:00:00-05:00",
        "Senasa y Callacpuma firman convenio para reabrir el camal",
    ),
    C(
        "k157",
        "k049",
        "norteno",
        "2026-11-09T08:00:00-05:00",
        "Callacpuma: camal municipal reabriría en marzo",
        extra="""(APNR)""",
    ),
    C(
        "k158",
        "k051",
        "adentro",
        "2026-11-15T15:00:00-05:00",
        "Un distrito lechero de Cajamarca sube 18 % su recaudación predial",
    ),
    C(
        "k159",
        "k051",
        "vozjalca",
        "2026-11-15T17:00:00-05:00",
        "Callacpuma cumple meta del predial y recibe bono de 290 000 soles",
    ),
    C(
        "k160",
        "k052",
        "nahoy",
        "2026-11-20T12:00:00-05:00",
        "Fiscalía investiga al gerente municipal de Callacpuma por colusión",
    ),
    C(
        "k161",
        "k054",
        "nahoy",
        "2026-11-10T13:00:00-05:00",
        "El «serenazgo rondero» de Callacpuma, modelo contra el abigeato",
        extra="""Fuente: Perú Adentro Noticias.""",
    ),
    C(
        "k162",
        "k056",
        "vozjalca",
        "2026-11-03T16:30:00-05:00",
        "Callacpuma: padres toman colegio de Lanchepampa por techo en mal estado",
    ),
    C(
        "k163",
        "k059",
        "adentro",
        "2026-11-10T10:00:00-05:00",
        "La posta que se apaga: el centro de salud de un distrito cajamarquino atiende sin luz ni ambulancia",
    ),
    C(
        "k164",
        "k072",
        "nahoy",
        "2026-11-05T08:00:00-05:00",
        "Chela Chuquilín camina tres horas hasta Quinuapampa y promete máquinas en 48 horas",
    ),
    C(
        "k165",
        "k073",
        "caldia",
        "2026-11-07T09:00:00-05:00",
        "Obra de agua de Shururo: ocho meses parada y 38 % de avance",
        lead="""Ocho meses lleva paralizada la obra de agua potable y saneamiento del caserío Shururo, que ejecuta la Municipalidad Distrital de Callacpuma. El avance físico es de apenas 38 % y los tubos se apilan a la intemperie.""",
    ),
    C(
        "k166",
        "k076",
        "nahoy",
        "2026-11-12T19:00:00-05:00",
        "Chuquilín sobre informe de Contraloría: «No tenemos nada que esconder»",
    ),
    C(
        "k167",
        "k078",
        "nahoy",
        "2026-11-17T18:00:00-05:00",
        "Policía cede motos y chalecos al serenazgo de Callacpuma",
    ),
    C(
        "k168",
        "k082",
        "nahoy",
        "2026-11-25T18:30:00-05:00",
        "Piden vacancia de la alcaldesa de Callacpuma por nepotismo",
        lead="""Un pedido de vacancia por presunto nepotismo contra la alcaldesa de Callacpuma, Graciela Chuquilín Tanta, llegó al Jurado Nacional de Elecciones: un sobrino suyo trabaja como chofer del serenazgo desde abril.""",
        m="A",
        note="the copy's lead drops the regidor who filed the motion",
    ),
    C(
        "k169",
        "k091",
        "nahoy",
        "2026-11-17T12:00:00-05:00",
        "Catorce cámaras vigilan ahora la plaza y el mercado de Callacpuma",
    ),
    C(
        "k170",
        "k093",
        "adentro",
        "2026-11-19T12:00:00-05:00",
        "«Lima decide y los pueblos pagan»: alcaldesa de Callacpuma contra recorte del MEF",
    ),
    C(
        "k171",
        "k096",
        "vozjalca",
        "2026-11-23T09:00:00-05:00",
        "Adiós al botadero de El Tingo: Callacpuma llevará su basura al relleno provincial",
        extra="""Fuente: Panorama Jalcabambino.""",
    ),
    C(
        "k172",
        "k100",
        "nahoy",
        "2026-11-26T20:00:00-05:00",
        "Renuncia Anselmo Becerra a la gerencia municipal de Callacpuma",
    ),
    C(
        "k173",
        "k100",
        "apnr",
        "2026-11-27T09:00:00-05:00",
        "Cajamarca: renuncia gerente municipal investigado por obra de veredas",
        lead="""Callacpuma, nov. 27 (APNR). El gerente municipal de Callacpuma, Anselmo Becerra Huamán, renunció a su cargo a una semana de que la Fiscalía anticorrupción abriera investigación preliminar en su contra por la obra de pistas y veredas del barrio San Isidro.""",
    ),
    C(
        "k174",
        "k106",
        "nahoy",
        "2026-11-30T12:00:00-05:00",
        "Jirón Amalia Puga: cuatro cuadras inauguradas y una que se quedó de trocha",
    ),
    C(
        "k175",
        "k114",
        "nahoy",
        "2026-11-22T09:00:00-05:00",
        "Premio nacional para Callacpuma por su patrullaje con ronderos",
    ),
    C(
        "k176",
        "k114",
        "adentro",
        "2026-11-22T11:00:00-05:00",
        "Una alcaldesa de la jalca gana el premio de Buenas Prácticas en seguridad",
        extra="""Con información de Jalcabamba Televisión.""",
    ),
    C(
        "k177",
        "k118",
        "norteno",
        "2026-11-24T08:00:00-05:00",
        "Callacpuma entre los municipios premiados por buenas prácticas",
    ),
    C(
        "k178",
        "k121",
        "nahoy",
        "2026-11-25T12:00:00-05:00",
        "Cómo Callacpuma bajó la anemia infantil diez puntos",
    ),
    C(
        "k179",
        "k005",
        "adentro",
        "2026-11-04T12:00:00-05:00",
        "La Calandria de la Jalca celebra 25 años con «Flor de retama»",
    ),
    C(
        "k180",
        "k140",
        "caldia",
        "2026-11-30T17:00:00-05:00",
        "En diciembre, productores de queso no pagarán sisa en la feria",
    ),
    # --- Routine and balanced pieces, added last -------------------------------------------------------------------------
    S(
        "k181",
        "rcallac",
        "2026-11-03",
        "Horario de atención: la municipalidad atenderá hasta el mediodía el miércoles",
        """LOCUTORA: La Municipalidad Distrital de Callacpuma comunica que el miércoles 4 de noviembre sus oficinas atenderán solo hasta el mediodía, por la capacitación del personal en el nuevo sistema de trámite documentario. La caja de rentas atenderá con normalidad hasta las cuatro de la tarde.""",
        m="I",
        tone="0",
        note="a routine notice; the cash desk of rentas in passing is not a tax story",
    ),
    S(
        "k182",
        "panorama",
        "2026-11-27T07:00:00-05:00",
        "Alcaldesa Chuquilín pide a Hidrandina cambiar postes podridos en Pencaspampa",
        """La alcaldesa Graciela Chuquilín Tanta envió un oficio a la empresa Hidrandina para que cambie 17 postes de madera podridos en el caserío Pencaspampa, que según los vecinos se balancean con el viento.

        «Es responsabilidad de la empresa; nosotros ya hicimos el inventario y lo entregamos. Esperamos que no esperen a que caiga uno sobre un niño», dijo. Hidrandina informó que la zona está incluida en su plan de mantenimiento de 2027.""",
        m="A",
        tone="0",
        note="the Mayor presses a utility over electricity poles: neutral toward us, none of the five",
    ),
    S(
        "k183",
        "norteno",
        "2026-11-18T08:00:00-05:00",
        "Callacpuma: concejo aprueba presupuesto institucional de apertura 2027",
        """El concejo municipal de Callacpuma aprobó el presupuesto institucional de apertura para 2027 por 14,6 millones de soles, 4 % menos que el de este año por la caída del Foncomún y del canon.

        El 58 % se destinará a inversiones, entre ellas el techado del campo ferial y la segunda etapa del jirón Amalia Puga. Votaron a favor cinco regidores; el regidor Edilberto Saldaña Llanos votó en contra por considerar que «el gasto corriente sigue inflado».""",
        m="R",
        tone="0",
        note="a budget approved with a dissent; works only as line items, no topic",
    ),
    S(
        "k184",
        "tvjal",
        "2026-11-16T04:30:00Z",
        "Debate en Canal 5: oficialismo y oposición discuten la subida de la sisa",
        """CONDUCTOR: Esta noche en el set, la teniente alcaldesa de Callacpuma, Flor de María Terrones, y el regidor de oposición Edilberto Saldaña. Regidora, ¿por qué subir la sisa?

        TENIENTE ALCALDESA TERRONES: Porque no se tocaba desde 2015 y el campo ferial necesita techo. Los 2 soles más por puesto irán íntegros a esa obra.

        REGIDOR SALDAÑA: Nadie está en contra del techo. Estamos en contra de que lo paguen las vendedoras de papa y no las plantas lecheras que sacan la leche de la feria.

        CONDUCTOR: Dos posiciones claras. Los televidentes tienen la palabra.""",
        m="T R",
        t="tributos",
        tone="0",
        note="a balanced debate on the market fee",
    ),
    S(
        "k185",
        "apnr",
        "2026-11-10T11:00:00-05:00",
        "Cajamarca: municipios de Jalcabamba inician temporada de vacunación canina",
        """Jalcabamba, nov. 10 (APNR). La Red de Salud de Jalcabamba inició la campaña de vacunación antirrábica canina en los ocho distritos de la provincia, con la meta de inmunizar a 22 000 perros.

        En Callacpuma, la municipalidad distrital instaló puestos de vacunación en la plaza de armas y en la feria dominical, informó la gerenta de Servicios Sociales, Marleni Ocas Huatay.""",
        m="P",
        t="salud",
        tone="0",
        note="a provincial health campaign with our role; rabies vaccination is public health",
    ),
    S(
        "k186",
        "caldia",
        "2026-11-05T09:10:00-05:00",
        "Municipalidad recuerda que vence plazo para inscribir mototaxis",
        """La Municipalidad Distrital de Callacpuma recordó a los propietarios de mototaxis que el 15 de noviembre vence el plazo para el empadronamiento vehicular. Las unidades no inscritas no podrán circular en el centro a partir de diciembre.

        Hasta la fecha se han registrado 212 de las aproximadamente 300 mototaxis del distrito.""",
        m="I",
        tone="0",
        note="traffic is none of the five",
    ),
    S(
        "k187",
        "vozjalca",
        "2026-11-14T12:30:00-05:00",
        "Callacpuma: alcaldesa critica a minera por no pagar el predial de su campamento",
        """La alcaldesa de Callacpuma, Graciela Chuquilín Tanta, acusó a Minera Cerro Alto de no haber declarado ni pagado el impuesto predial del campamento que la empresa levantó en 2025 en territorio de Callacpuma, a dos kilómetros del límite con Tandayoc.

        «Se llevan los estudios, usan nuestros caminos y ni el predial pagan», dijo. La empresa respondió que el terreno es alquilado y que el impuesto corresponde al propietario.""",
        m="A",
        t="tributos",
        tone="0",
        note="the Mayor accuses a company over property tax owed to the municipality: neutral toward us, tributos",
    ),
    S(
        "k188",
        "nahoy",
        "2026-11-24T10:00:00-05:00",
        "Callacpuma: obras del jirón Junín empiezan en enero, anuncia la municipalidad",
        """La Municipalidad de Callacpuma informó que el mejoramiento del jirón Junín, con pistas, veredas y drenaje pluvial, empezará en enero tras la firma del contrato con el consorcio ganador de la licitación, por 1,7 millones de soles.

        El tránsito será desviado por el jirón Bolognesi durante los cinco meses de obra.""",
        m="I",
        t="obras",
        tone="0",
        note="an announcement of works with a traffic diversion: neutral",
    ),
    S(
        "k189",
        "panorama",
        "2026-11-28T07:15:00-05:00",
        "Serenazgo de Callacpuma: 312 intervenciones en noviembre, la mitad por peleas y ebriedad",
        """El serenazgo de Callacpuma realizó 312 intervenciones en noviembre, según su informe mensual. La mitad correspondió a peleas callejeras y personas en estado de ebriedad, seguidas de accidentes de tránsito, violencia familiar y robos.

        La cifra es similar a la de octubre. La gerencia de seguridad ciudadana no precisó cuántas intervenciones terminaron en denuncia.""",
        m="",
        t="seguridad",
        tone="0",
        about=True,
        note="a monthly figure without a trend: neutral; no one named",
    ),
    S(
        "k190",
        "cumbre",
        "2026-11-25T08:00:00-05:00",
        "Carta: Respuesta de la Municipalidad de Callacpuma sobre el cementerio",
        """Señor director: En relación con la carta del señor Julián Tanta Llanos, la Municipalidad Distrital de Callacpuma informa que entre el 19 y el 21 de noviembre se retiraron 12 toneladas de residuos del cementerio general y se colocaron seis cilindros. La limpieza se hará cada quince días.

        Atentamente, Oficina de Imagen Institucional.""",
        m="I",
        t="limpieza",
        tone="0",
        note="an institutional reply, factual: neutral",
    ),
    S(
        "k191",
        "adentro",
        "2026-11-18T09:45:00-05:00",
        "Los municipios rurales y el predial: por qué cobran tan poco",
        """En los distritos rurales del Perú, el impuesto predial representa menos del 3 % de los ingresos municipales. La informalidad de la propiedad, catastros desactualizados y la desconfianza del contribuyente explican la brecha, según un estudio de una universidad limeña.

        El estudio cita como excepción a algunos municipios de Cajamarca, como el municipio de Callacpuma, que actualizó su catastro en 2025 y subió su recaudación, aunque sigue dependiendo en un 90 % de las transferencias del Estado.""",
        m="I",
        t="tributos",
        tone="0",
        note="'el municipio de Callacpuma' names the institution; a balanced line in a national analysis",
    ),
    S(
        "k192",
        "rcallac",
        "2026-11-25",
        "Alcaldesa Chuquilín: «el JNE dirá, yo sigo trabajando»",
        """LOCUTOR: Alcaldesa, ¿qué opina del pedido de vacancia?

        ALCALDESA CHUQUILÍN: Que el JNE dirá. Yo no voy a perder tiempo en eso. Mañana estamos en Shururo viendo la obra del agua, el jueves en la feria. El que quiera hacer política que la haga; yo sigo trabajando.

        LOCUTOR: Gracias, alcaldesa. Continuamos con la música.""",
        m="A",
        tone="0",
        note="the Mayor brushes off the vacancy request in her own words; 'Shururo' works only in passing",
    ),
    S(
        "k193",
        "tvjal",
        "2026-11-29T04:05:00Z",
        "Callacpuma: asamblea de rondas y municipio evalúan convenio de patrullaje",
        """CONDUCTORA: En Callacpuma, la central de rondas y la municipalidad distrital evaluaron en asamblea los cuatro meses del convenio de patrullaje conjunto. Los ronderos pidieron más combustible y seguros de accidentes; el municipio pidió informes semanales.

        REPORTERO: La teniente alcaldesa Flor de María Terrones dijo que las observaciones se incluirán en la adenda de 2027.""",
        m="T",
        t="seguridad",
        tone="0",
        note="a routine evaluation with requests on both sides",
    ),
    S(
        "k194",
        "caldia",
        "2026-11-26T09:30:00-05:00",
        "Gerenta Ocas viaja a Lima para sustentar proyecto de cuna más",
        """La gerenta de Servicios Sociales, Marleni Ocas Huatay, viajó a Lima para sustentar ante el programa Cuna Más el pedido de dos nuevos centros de cuidado diurno en Pencaspampa y Quinuapampa. La respuesta se conocerá en enero.""",
        m="P",
        tone="0",
        note="routine; childcare is none of the five",
    ),
]
