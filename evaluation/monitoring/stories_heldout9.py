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
        m="",
        tone="0",
        about=True,
        note="the dairy fair with municipal support in passing; serenos at the gate are not a security story; no one is named",
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
]
