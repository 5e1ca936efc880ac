# ruff: noqa: E501
"""Seventh held-out split (issue 16): a third blind figure, about a fourth invented district.

Written by hand by a new writer (corpus7), for this purpose only, WITHOUT looking at the pipeline's code
(heraldo/monitoring/**), at its baselines, tone or topic dumps, at the other splits' stories (beyond the header,
SOURCES and the first five stories of heldout6, for the format) or at any report of the pipeline on them. Labels
follow the labelling rules of docs/monitoring-evaluation.md and were fixed before the split was ever run; they must
not be changed because of what the pipeline answers. Every name, outlet and place is invented.

Like heldout5 and heldout6, this part brings its own watch list (SETUP), outlets, person codes and template
furniture: the Municipalidad Distrital de Nueva Chonta (MDNC), a river district of the Amazon lowlands in the
province of Marañoncillo. Its Mayor is a man.

Codes: m = who is named (A alcalde Wálter Pinedo Tuanama «el Pichico», G gerenta municipal Rosario Saldaña
Arévalo, T teniente alcaldesa Yolanda Ruiz Ushiñahua, R regidora (opposition) Milagros Cenepo Sangama, P gerente de
Servicios Públicos Lizardo Mozombite Yaicate, I the Municipalidad Distrital de Nueva Chonta); t = topics (limpieza
seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the
municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own
headline, sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "el alcalde chontino", "el alcalde de Nueva Chonta", "el burgomaestre de Nueva Chonta" are a title plus the
  place: they name the Mayor. A bare "el alcalde", "el burgomaestre", "la primera autoridad", "la comuna", "el
  municipio", "la gestión edil", "el concejo" do not. "Pinedo" alone after the Mayor was named is part of the same
  mention. «el Pichico» alone counts only where it is plainly him (a story about his administration).
- "Municipalidad (Distrital) de Nueva Chonta", "municipio chontino", "comuna chontina", "municipalidad chontina",
  "municipio/comuna de Nueva Chonta", "la MDNC" name the institution. "Vecinos de Nueva Chonta", "el serenazgo de
  Nueva Chonta", "el distrito", "la gerencia municipal", "el Hospital de Nueva Chonta" (regional) do not. A person
  named with a title plus the place ("la gerenta municipal de Nueva Chonta") is that person, not the institution.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly him),
  title plus surname ("la regidora Cenepo", "el gerente Mozombite") or a listed alias.
- Traps: Gerardo Pinedo Vásquez, Mayor of the neighbouring district Yarinal ("el alcalde Pinedo" there, no
  relative); the cumbia amazónica singer Wálter «Pichico» Pinedo of the band Los Shapshicos; the footballer Rosario
  Saldaña of the women's team Deportivo Cocama; the fisherman and guide Lizardo Mozombite Pezo; the provincial
  Mayor Hernán Tello Rengifo; a caserío also called Nueva Chonta in Ucayali; the regional Hospital de Nueva Chonta;
  the Chonta river.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the regional or national government is neutral toward us unless the story is about our own
  failure. A mixed story takes the tone a press officer would take away (headline and weight of the text). An
  accusation the official denies is still a story about an accusation (negative). Stories not about the
  municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention (serenos at a regatta, a council member's medical leave). A story about a bridge or a health
  post the Mayor asks others to fix takes that topic. Drainage, sidewalks and the boat landing's works are obras;
  water cuts, street lighting, the fish market's hours, Vaso de Leche, river transport, culture and sport are none
  of the five. The market fee (sisa) and the enforced collection of debts are tributos municipales; fumigation
  against dengue and the mosquito larvae campaign are salud.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerenta_municipal",
    "T": "teniente_alcaldesa",
    "R": "regidora_cenepo",
    "P": "gerente_servicios",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de Nueva Chonta",
        "short_name": "MDNC",
        "level": "DISTRITAL",
        "province": "Marañoncillo",
        "aliases": ["municipio chontino", "comuna chontina", "Municipalidad de Nueva Chonta"],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Wálter",
            "surnames": "Pinedo Tuanama",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "el Pichico",
            "aliases": ["Pichico Pinedo", "alcalde Pinedo", "Pinedo Tuanama", "Wálter Pinedo"],
        },
        {
            "key": "gerenta_municipal",
            "given_names": "Rosario",
            "surnames": "Saldaña Arévalo",
            "sex": "F",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerenta Saldaña", "gerente municipal Rosario Saldaña"],
        },
        {
            "key": "teniente_alcaldesa",
            "given_names": "Yolanda",
            "surnames": "Ruiz Ushiñahua",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Ruiz", "regidora Ruiz"],
        },
        {
            "key": "regidora_cenepo",
            "given_names": "Milagros",
            "surnames": "Cenepo Sangama",
            "sex": "F",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidora Cenepo", "concejal Cenepo"],
        },
        {
            "key": "gerente_servicios",
            "given_names": "Lizardo",
            "surnames": "Mozombite Yaicate",
            "sex": "M",
            "position": "Gerente de Servicios Públicos",
            "position_feminine": "Gerenta de Servicios Públicos",
            "office_code": "GERENTE_SERVICIOS_PUBLICOS",
            "aliases": ["gerente Mozombite", "Lizardo Mozombite"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "oriente": {
        "name": "Diario El Oriente de Marañoncillo",
        "host": "diarioeloriente.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 55000,
    },
    "selva": {
        "name": "La Selva Hoy",
        "host": "laselvahoy.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 42000,
    },
    "rchonta": {
        "name": "Radio La Chontina 101.5 FM",
        "host": "radiolachontina.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 15000,
    },
    "mtv": {
        "name": "Marañoncillo Televisión Canal 5",
        "host": "maranoncillotv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 70000,
    },
    "apr": {
        "name": "Agencia Peruana de Regiones",
        "host": "agenciaregiones.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 240000,
    },
    "amazonia": {
        "name": "Amazonía al Instante",
        "host": "amazoniaalinstante.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 510000,
    },
    "pverde": {
        "name": "Portal Verde Digital",
        "host": "portalverdedigital.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 33000,
    },
    "chontaweb": {
        "name": "Nueva Chonta en Línea",
        "host": "nuevachontaenlinea.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 4000,
    },
    "ecos": {
        "name": "Ecos del Marañón",
        "host": "ecosdelmaranon.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 19000,
    },
    "tahuampa": {
        "name": "Semanario Tahuampa",
        "host": "semanariotahuampa.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 9000,
    },
    "expriente": {
        "name": "Expreso Oriental",
        "host": "expresooriental.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 11000,
    },
    "bchontino": {
        "name": "Boletín Ribereño Chontino",
        "host": "boletinriberenochontino.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 1500,
    },
    "cocha": {
        "name": "Revista La Cocha",
        "host": "revistalacocha.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "rribera": {
        "name": "Radio Ribera del Marañón",
        "host": "radioribera.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 10000,
    },
}

FURNITURE = {
    "old_comments": [
        "Ese Pichico Pinedo solo aparece en campaña con su chalequito, el resto del año ni se le ve",
        "El municipio chontino cobra la sisa puntual pero el embarcadero sigue hecho un barrizal",
    ],
    "old_most_read": "Asaltan a motocarrista en la carretera a Yarinal",
    "old_motto": "La voz de la selva desde 1994",
    "old_city": "Marañoncillo",
    "section_agenda": "Yarinal celebra San Juan con concurso de juane",
    "hostile_place": "Nueva Chonta",
    "hostile_alias": "municipio chontino",
    "error_page_outlet": "Radio Ribera del Marañón, la señal de los ríos",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expriente": {
        "name": "Expreso Oriental",
        "outlet": "expriente",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["n010", "n060"],
        "cut_at": 0.65,
    },
    "bchontino": {"name": "Boletín Ribereño Chontino", "outlet": "bchontino", "format": "bomb", "path": "/rss"},
    "cocha": {"name": "Revista La Cocha", "outlet": "cocha", "format": "xxe", "path": "/feed/"},
    "rribera": {
        "name": "Radio Ribera del Marañón",
        "outlet": "rribera",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "oriente": {
        "name": "Diario El Oriente de Marañoncillo",
        "outlet": "oriente",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "selva": {
        "name": "La Selva Hoy",
        "outlet": "selva",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/regiones.xml",
    },
    "rchonta": {
        "name": "Radio La Chontina 101.5 FM",
        "outlet": "rchonta",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticias",
    },
    "mtv": {"name": "Marañoncillo Televisión Canal 5", "outlet": "mtv", "format": "atom", "path": "/atom.xml"},
    "apr": {"name": "Agencia Peruana de Regiones", "outlet": "apr", "format": "atom", "path": "/oriente/feed.atom"},
    "amazonia": {
        "name": "Amazonía al Instante",
        "outlet": "amazonia",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "pverde": {
        "name": "Portal Verde Digital",
        "outlet": "pverde",
        "format": "rss",
        "mode": "full",
        "path": "/rss/todas.xml",
    },
    "chontaweb": {
        "name": "Nueva Chonta en Línea",
        "outlet": "chontaweb",
        "format": "section",
        "template": "section",
        "path": "/distrito",
    },
    "ecos": {
        "name": "Ecos del Marañón",
        "outlet": "ecos",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/regionales.xml",
    },
    "tahuampa": {
        "name": "Semanario Tahuampa",
        "outlet": "tahuampa",
        "format": "rss",
        "mode": "description",
        "path": "/columnas/rss",
    },
}

STORIES: list[dict] = []

# --- Diario El Oriente de Marañoncillo: provincial daily, full text in RSS, priority ----------------------------------
STORIES += [
    S(
        "n001",
        "oriente",
        "2026-10-12T07:10:00-05:00",
        "Embarcadero de Nueva Chonta estrena rampa de concreto y techo para pasajeros",
        """Los pasajeros de los botes que salen hacia Yarinal ya no bajan la orilla resbalándose sobre tablones. La Municipalidad Distrital de Nueva Chonta entregó la rampa de concreto de 48 metros, con barandas y un techo de calamina para 120 personas.

        La obra costó 1,9 millones de soles y se terminó en cinco meses, uno menos de lo previsto. «Antes mi mamá no podía bajar sola, ahora baja tranquila», contó la comerciante Elsa Tapullima.

        El alcalde Wálter Pinedo Tuanama anunció que la segunda etapa incluirá un cuarto de espera con baños.""",
        m="I A",
        t="obras",
        tone="+",
        note="delivered landing works; 'rampa' and 'techo', one 'obra'",
    ),
    S(
        "n002",
        "oriente",
        "2026-10-12T19:30:00-05:00",
        "Gerardo Pinedo inaugura losa deportiva en el centro poblado San Lorenzo de Yarinal",
        """El alcalde distrital de Yarinal, Gerardo Pinedo Vásquez, inauguró ayer una losa deportiva con graderías en el centro poblado San Lorenzo.

        La obra demandó 640 mil soles del presupuesto participativo. «Es un compromiso cumplido con la juventud», dijo el alcalde Pinedo ante los vecinos de su distrito.""",
        about=False,
        note="namesake: the neighbouring Mayor of Yarinal, 'el alcalde Pinedo' there",
    ),
    S(
        "n003",
        "oriente",
        "2026-10-13T08:00:00-05:00",
        "Comuna chontina amplía hasta diciembre el descuento de moras en el predial",
        """Los propietarios que deban el impuesto predial de años anteriores tienen hasta el 20 de diciembre para pagarlo sin moras ni intereses, según la ordenanza que aprobó la comuna chontina el viernes.

        La oficina de administración tributaria atenderá también los sábados en la mañana. El beneficio alcanza a los arbitrios de 2023 a 2025.""",
        m="I",
        t="tributos",
        tone="0",
        note="notice of a tax benefit, told flatly",
    ),
    S(
        "n004",
        "oriente",
        "2026-10-14T06:50:00-05:00",
        "Basura se acumula en la avenida Ribereña: doce días sin pasar el compactador",
        """Bolsas rotas, gallinazos y un olor que llega hasta el puerto. Así luce desde hace doce días la avenida Ribereña de Nueva Chonta, donde el camión compactador no ha vuelto a pasar.

        «Quemamos lo que podemos en el patio, pero los pañales no se queman», se quejó Marleni Panaifo, vecina de la cuadra siete. En la Municipalidad de Nueva Chonta explicaron que el único compactador está en el taller esperando un repuesto que llega de Lima.

        Los vecinos anunciaron que dejarán las bolsas en la puerta del palacio municipal si el recojo no se reanuda esta semana.""",
        m="I",
        t="limpieza",
        tone="-",
        note="service failure; angry neighbour",
    ),
    S(
        "n005",
        "oriente",
        "2026-10-15T07:40:00-05:00",
        "Sin un solo asalto a motocarristas en octubre en el paradero del mercado",
        """Hasta ayer la comisaría de Nueva Chonta no había recibido ni una denuncia por asalto a motocarristas en el paradero del mercado, donde en agosto se registraron nueve.

        Desde setiembre, una pareja de serenos y una cámara de videovigilancia cubren el paradero hasta la medianoche. La teniente alcaldesa Yolanda Ruiz Ushiñahua, que preside la comisión de seguridad, pidió no bajar la guardia.""",
        m="T",
        t="seguridad",
        tone="+",
        note="good news told as an absence ('ni una denuncia'); institution not named",
    ),
    S(
        "n006",
        "oriente",
        "2026-10-15T18:20:00-05:00",
        "Wálter «Pichico» Pinedo y Los Shapshicos graban su tercer disco en Tarapoto",
        """El cantante de cumbia amazónica Wálter «Pichico» Pinedo y su grupo Los Shapshicos graban en Tarapoto su tercer disco, con doce temas propios.

        «Es música para bailar en la cocha, con su trompeta y su guitarra», dijo el vocalista, que prepara una gira por Iquitos y Pucallpa en enero.""",
        about=False,
        note="namesake: the singer shares the Mayor's name and nickname",
    ),
    S(
        "n007",
        "oriente",
        "2026-10-16T07:00:00-05:00",
        "Regidora Cenepo denuncia que la compra de un bote ambulancia se pagó y no llegó",
        """La regidora Milagros Cenepo Sangama presentó ante la Contraloría una denuncia por la compra de un bote ambulancia que la Municipalidad Distrital de Nueva Chonta pagó en julio y que hasta hoy no ha sido entregado.

        Según los documentos que mostró la concejal, el proveedor cobró 287 mil soles por adelantado sin carta fianza. «Alguien tiene que responder por esa plata», dijo Cenepo.

        La gerenta municipal Rosario Saldaña Arévalo respondió que el bote está en fabricación en Iquitos y que el contrato tiene penalidades.""",
        m="I R G",
        tone="-",
        note="accusation with legal vocabulary; the official's denial does not change the tone",
    ),
    S(
        "n008",
        "oriente",
        "2026-10-17T08:30:00-05:00",
        "Brigadas fumigan 2 400 viviendas tras primeros casos de dengue en el barrio Belén",
        """Brigadas de la Municipalidad de Nueva Chonta y del centro de salud fumigaron esta semana 2 400 viviendas de los barrios Belén, Las Palmeras y Puerto Nuevo, después de que se confirmaran cuatro casos de dengue.

        El gerente de Servicios Públicos, Lizardo Mozombite Yaicate, dijo que la fumigación seguirá el fin de semana en los asentamientos de la carretera. Los vecinos deben dejar abiertas puertas y ventanas.""",
        m="I P",
        t="salud",
        tone="+",
        note="prompt response to an outbreak; the outbreak itself is not our failure",
    ),
    S(
        "n009",
        "oriente",
        "2026-10-18T07:15:00-05:00",
        "Alcalde de Nueva Chonta culpa al Gobierno Regional por la carretera intransitable",
        """El alcalde de Nueva Chonta, Wálter Pinedo Tuanama, responsabilizó al Gobierno Regional por el estado de la carretera que une el distrito con Marañoncillo, donde tres camiones quedaron atascados esta semana.

        «Hace dos años nos prometieron el asfaltado y no han puesto ni una piedra. La vía es regional, no municipal», afirmó Pinedo. El gerente regional de Infraestructura no respondió a las llamadas.""",
        m="A",
        tone="0",
        note="the Mayor criticising the regional government: neutral toward us; a regional road, no topic of ours",
    ),
    S(
        "n010",
        "oriente",
        "2026-10-19T06:40:00-05:00",
        "Cámaras de videovigilancia del malecón llevan cuatro meses apagadas",
        """Las seis cámaras de videovigilancia que la Municipalidad Distrital de Nueva Chonta instaló en el malecón en 2025 llevan cuatro meses apagadas. La central de monitoreo, en el segundo piso del palacio municipal, tiene los monitores cubiertos con plástico.

        Un trabajador del serenazgo, que pidió no ser identificado, contó que la empresa que daba el mantenimiento dejó de venir porque no le pagaron. En ese tiempo, los vecinos del malecón denunciaron dos robos a turistas.

        La municipalidad no respondió a las consultas de este diario.""",
        m="I",
        t="seguridad",
        tone="-",
        note="service failure; the story later arrives truncated from Expreso Oriental",
    ),
    S(
        "n011",
        "oriente",
        "2026-10-20T07:30:00-05:00",
        "Caserío Nueva Chonta de Ucayali queda aislado por crecida del río",
        """El caserío Nueva Chonta, en la provincia de Atalaya (Ucayali), quedó aislado por la crecida del río Tambo. Unas ochenta familias esperan víveres del Indeci.

        El teniente gobernador del caserío pidió que se envíe una lancha con agua embotellada y medicinas para los niños.""",
        about=False,
        note="a hamlet of the same name in another region",
    ),
    S(
        "n012",
        "oriente",
        "2026-10-21T08:10:00-05:00",
        "Concejo aprueba por unanimidad el presupuesto participativo 2027",
        """El concejo municipal de Nueva Chonta aprobó por unanimidad el presupuesto participativo de 2027, que suma 3,2 millones de soles repartidos entre once proyectos.

        Entre ellos figuran el mejoramiento del jirón Ucayali, la ampliación del mercado de abastos y un puesto de salud para el centro poblado Santa Isabel. La teniente alcaldesa Yolanda Ruiz presentó el acuerdo ante los agentes participantes.""",
        m="T",
        tone="0",
        note="routine council agreement listing projects; no single topic dominates",
    ),
    S(
        "n013",
        "oriente",
        "2026-10-22T06:55:00-05:00",
        "El jirón Loreto, cinco años después de la primera piedra",
        """En noviembre de 2021 se colocó la primera piedra de la pavimentación del jirón Loreto. Cinco años después, la calle tiene 80 metros de pista, una zanja abandonada y un cartel descolorido que promete la entrega para «julio de 2023».

        El alcalde Pinedo había ofrecido en campaña terminarla en su primer año. «Ya ni le creemos, cuando llueve los niños van al colegio con el barro hasta la rodilla», dijo Teodora Manihuari, que vive frente a la zanja.

        En la gerencia de infraestructura informaron que el expediente técnico está siendo reformulado por tercera vez.""",
        m="A",
        t="obras",
        tone="-",
        note="promise overdue, told through dates; 'alcalde Pinedo' is the alias",
    ),
    S(
        "n014",
        "oriente",
        "2026-10-23T07:45:00-05:00",
        "Feria de salud atiende a 900 vecinos en la plaza de armas",
        """Novecientas personas pasaron el sábado por la campaña de salud que la Municipalidad de Nueva Chonta organizó con la Red de Salud Marañoncillo en la plaza de armas: despistaje de anemia, vacunación contra la influenza, control dental y atención de pediatría.

        «Para ir al dentista tenía que viajar cuatro horas en bote, hoy me atendieron aquí», dijo Herlinda Sangama, madre de tres niños.""",
        m="I",
        t="salud",
        tone="+",
        note="health fair told through figures and a relieved neighbour",
    ),
    S(
        "n015",
        "oriente",
        "2026-10-24T08:20:00-05:00",
        "Mercado de Nueva Chonta: 14 puestos clausurados por falta de licencia",
        """Fiscalizadores municipales clausuraron catorce puestos del mercado de abastos de Nueva Chonta que atendían sin licencia de funcionamiento ni carné de sanidad.

        La gerenta Saldaña explicó que los comerciantes tienen quince días para regularizar sus papeles y reabrir. Algunos comerciantes dijeron que los requisitos cambian cada año.""",
        m="G",
        tone="0",
        note="enforcement told flatly, both sides; licences are none of the five topics",
    ),
    S(
        "n016",
        "oriente",
        "2026-10-25T07:05:00-05:00",
        "Hospital de Nueva Chonta se queda sin pediatra por segunda vez en el año",
        """El Hospital de Nueva Chonta, que depende de la Dirección Regional de Salud, se quedó sin pediatra desde el 1 de octubre, cuando venció el contrato del único especialista.

        La Diresa informó que convocará la plaza en noviembre. Mientras tanto, los niños son derivados a Marañoncillo en ambulancia fluvial.""",
        about=False,
        note="the regional hospital carries the place name; no municipal angle",
    ),
    S(
        "n017",
        "oriente",
        "2026-10-26T06:30:00-05:00",
        "Vecinos de Las Palmeras estrenan desagüe: «ya no vivimos entre zancudos»",
        """Las 230 familias del asentamiento Las Palmeras dejaron de usar silos. La comuna chontina terminó la red de desagüe de 3,1 kilómetros y las conexiones domiciliarias, una obra esperada desde hace diez años.

        «Ya no vivimos entre zancudos ni con ese olor en la puerta», dijo Rómulo Huayunga, presidente del comité de vecinos.""",
        m="I",
        t="obras",
        tone="+",
        note="sewage works are obras; relieved neighbours",
    ),
    S(
        "n018",
        "oriente",
        "2026-10-27T07:50:00-05:00",
        "Serenos chontinos denuncian seis meses sin recibir uniformes ni botas",
        """Los 32 serenos de Nueva Chonta patrullan con sus propias botas de jebe y chalecos rotos. Dicen que desde abril esperan los uniformes que la municipalidad prometió en el presupuesto.

        «Salimos de noche con linterna prestada», contó uno de ellos. El gerente municipal de Seguridad no contestó las llamadas.""",
        about=True,
        t="seguridad",
        tone="-",
        note="about us with no one named: 'serenos chontinos', 'la municipalidad' bare",
    ),
    S(
        "n019",
        "oriente",
        "2026-10-28T08:00:00-05:00",
        "Rosario Saldaña anota dos goles y Deportivo Cocama pasa a semifinales",
        """La delantera Rosario Saldaña marcó dos goles en el 3-1 de Deportivo Cocama sobre Unión Yurimaguas y el equipo jugará las semifinales de la Liga Femenina regional.

        Saldaña, de 22 años, suma ya once goles en el torneo.""",
        about=False,
        note="namesake: the footballer shares the gerenta's given name and first surname",
    ),
    S(
        "n020",
        "oriente",
        "2026-10-29T07:20:00-05:00",
        "Municipio chontino recauda 38% más de predial que el año pasado",
        """Hasta el 25 de octubre, el municipio chontino había recaudado 1,12 millones de soles por impuesto predial, 38% más que en la misma fecha de 2025.

        La gerenta municipal Rosario Saldaña atribuyó el aumento al pago por aplicativo y a la actualización del catastro. Con lo recaudado, dijo, se comprará un segundo camión compactador.""",
        m="I G",
        t="tributos",
        tone="+",
        note="collection up, told through numbers; the truck is a passing mention",
    ),
    S(
        "n021",
        "oriente",
        "2026-10-30T06:45:00-05:00",
        "Puente peatonal de Quebrada Honda cumple un año cerrado",
        """El puente peatonal de madera sobre la quebrada Honda, que une el barrio Belén con el colegio Túpac Amaru, cumple un año cerrado con una cinta amarilla. Los escolares cruzan por una tabla.

        La Municipalidad Distrital de Nueva Chonta anunció en enero que lo repararía «en un mes». Padres de familia pidieron a la fiscalía que intervenga antes de que un niño caiga al agua.""",
        m="I",
        t="obras",
        tone="-",
        note="promise overdue; children at risk",
    ),
    S(
        "n022",
        "oriente",
        "2026-10-31T08:15:00-05:00",
        "Huelga de docentes paraliza 40 colegios de la provincia",
        """Cuarenta colegios de la provincia de Marañoncillo no tuvieron clases ayer por la huelga del Sutep regional, que exige el pago de la deuda social.

        Los docentes marcharon por la plaza de armas de Marañoncillo hasta la sede de la UGEL.""",
        about=False,
        note="provincial news with no municipal angle",
    ),
    S(
        "n023",
        "oriente",
        "2026-11-01T07:35:00-05:00",
        "Nueva Chonta tendrá relleno sanitario: MEF transfiere 6,8 millones",
        """El Ministerio de Economía transfirió 6,8 millones de soles a la Municipalidad Distrital de Nueva Chonta para construir el primer relleno sanitario del distrito, en un terreno de doce hectáreas en la carretera a Yarinal.

        «Vamos a cerrar el botadero de la quebrada, que lleva veinte años contaminando», dijo el alcalde Wálter Pinedo. La licitación se convocará en diciembre.""",
        m="I A",
        t="limpieza",
        tone="+",
        note="funding secured for the landfill; 'licitación' a passing mention, the story is about waste",
    ),
    S(
        "n024",
        "oriente",
        "2026-11-02T06:55:00-05:00",
        "Teniente alcaldesa Ruiz pide licencia por salud y la reemplaza el regidor Ahuanari",
        """La teniente alcaldesa Yolanda Ruiz Ushiñahua pidió licencia de un mes por una operación de vesícula. El concejo aprobó que el regidor Anselmo Ahuanari asuma sus funciones en la comisión de seguridad ciudadana.

        Ruiz dijo que volverá a tiempo para la sesión de presupuesto de diciembre.""",
        m="T",
        tone="0",
        note="a council member's medical leave; 'comisión de seguridad ciudadana' is a passing mention",
    ),
    S(
        "n025",
        "oriente",
        "2026-11-03T07:40:00-05:00",
        "Motocarristas bloquean el puente Chonta por cobro de permiso de circulación",
        """Unos doscientos motocarristas bloquearon por cuatro horas el ingreso al puente Chonta en protesta por el nuevo permiso de circulación de 180 soles que cobra la Municipalidad de Nueva Chonta.

        «Nos quieren sacar la plata que no tenemos», dijo el dirigente Jhony Amasifuén. El alcalde chontino ofreció una mesa de diálogo para el lunes.""",
        m="I A",
        tone="-",
        note="protest against a municipal charge (transport permit, not a tax topic); 'el alcalde chontino' names the Mayor; 'puente' as a place",
    ),
]

# --- La Selva Hoy: regional paper, teasers in RSS, 2009 table template ------------------------------------------------
STORIES += [
    S(
        "n026",
        "selva",
        "2026-10-12T09:00:00-05:00",
        "Pichico Pinedo entrega motocarga recolectora a la junta vecinal de Puerto Nuevo",
        """El alcalde de Nueva Chonta, conocido como el Pichico, entregó a la junta vecinal de Puerto Nuevo una motocarga para el recojo de residuos en las calles donde no entra el camión.

        La junta se encargará de la ruta de los martes y viernes. Pichico Pinedo dijo que la idea se repetirá en otros cuatro barrios si funciona.""",
        m="A",
        t="limpieza",
        tone="+",
        note="nickname alias 'Pichico Pinedo' and 'el alcalde de Nueva Chonta'",
    ),
    S(
        "n027",
        "selva",
        "2026-10-13T10:20:00-05:00",
        "¡Bravo por la eficiencia! Ocho meses para cambiar tres focos del parque",
        """Hay que reconocerlo: la Municipalidad Distrital de Nueva Chonta ha batido un récord. Ocho meses y tres oficios le tomó cambiar los tres focos quemados del parque infantil de Belén.

        Mientras tanto, los padres llevaban linternas para que sus hijos jugaran. Un aplauso para tanta rapidez.""",
        m="I",
        tone="-",
        note="sarcasm; street lighting is none of the five topics",
    ),
    S(
        "n028",
        "selva",
        "2026-10-14T11:00:00-05:00",
        "Yarinal fumiga contra el dengue tras brote en la comunidad de Santa Clara",
        """La Municipalidad Distrital de Yarinal y la Diresa fumigaron 600 viviendas de la comunidad Santa Clara, donde se han confirmado once casos de dengue.

        El alcalde Gerardo Pinedo pidió a los vecinos eliminar los depósitos de agua estancada.""",
        about=False,
        note="topic keywords in a story about another town; the namesake Mayor",
    ),
    S(
        "n029",
        "selva",
        "2026-10-15T09:40:00-05:00",
        "Comuna de Nueva Chonta licita mejoramiento del jirón Ucayali por 2,7 millones",
        """La comuna de Nueva Chonta publicó en el Seace la licitación para el mejoramiento del jirón Ucayali, con pistas y veredas, drenaje pluvial y arborización en siete cuadras.

        Las propuestas se recibirán hasta el 20 de noviembre y la buena pro se otorgará a fin de mes.""",
        m="I",
        t="obras",
        tone="0",
        note="procurement notice",
    ),
    S(
        "n030",
        "selva",
        "2026-10-16T08:30:00-05:00",
        "Vecina denuncia robo de su peque peque y critica ausencia de serenazgo en el puerto",
        """Luzmila Yumbato encontró vacío el embarcadero donde dejó amarrado su peque peque el domingo en la noche. Es el tercer robo de motores en el puerto en un mes.

        «El serenazgo de Nueva Chonta nunca baja al puerto, solo anda por la plaza», reclamó. La teniente alcaldesa Ruiz dijo que se reforzará el patrullaje nocturno en la ribera.""",
        m="T",
        t="seguridad",
        tone="-",
        note="angry neighbour; 'serenazgo de Nueva Chonta' is not the institution",
    ),
    S(
        "n031",
        "selva",
        "2026-10-17T10:10:00-05:00",
        "Gerente Mozombite: «El botadero no se cierra hasta tener el relleno»",
        """El gerente de Servicios Públicos de Nueva Chonta, Lizardo Mozombite, descartó cerrar el botadero de la quebrada Shapaja mientras no esté listo el relleno sanitario, como piden los vecinos de Santa Isabel.

        «Si lo cerramos mañana, la basura se queda en las calles», explicó. Los vecinos denunciaron que el humo de la quema llega a sus casas todas las tardes.""",
        m="P",
        t="limpieza",
        tone="-",
        note="an official defends keeping a dump open; neighbours' complaint weighs",
    ),
    S(
        "n032",
        "selva",
        "2026-10-18T09:15:00-05:00",
        "Lizardo Mozombite, el guía que conoce cada cocha del Marañón",
        """Lizardo Mozombite Pezo tiene 58 años y lleva cuarenta navegando el Marañón. Hoy lleva a turistas a ver delfines rosados y a pescar paiches en las cochas cercanas a Nueva Chonta.

        «El río te enseña paciencia», dice mientras prepara su canoa. Cobra 80 soles por persona y sale a las cinco de la mañana.""",
        about=False,
        note="namesake: a fisherman and guide with the gerente's given name and first surname",
    ),
    S(
        "n033",
        "selva",
        "2026-10-19T11:30:00-05:00",
        "Municipio chontino no ha pagado a proveedores del programa de desayunos",
        """Seis proveedores de leche y avena del programa de desayunos escolares reclaman que el municipio chontino les debe 94 mil soles desde julio.

        «Seguimos entregando porque son niños, pero ya no tenemos cómo comprar insumos», dijo la representante de los proveedores. En la municipalidad atribuyeron el retraso a un cambio de sistema contable.""",
        m="I",
        tone="-",
        note="unpaid suppliers; a food programme is none of the five topics",
    ),
    S(
        "n034",
        "selva",
        "2026-10-20T09:50:00-05:00",
        "Marañoncillo: alcalde provincial inaugura mercado mayorista",
        """El alcalde provincial de Marañoncillo, Hernán Tello Rengifo, inauguró el mercado mayorista de la ciudad, con 320 puestos y cámaras frigoríficas para pescado.

        La obra costó 14 millones de soles. Comerciantes de Nueva Chonta y Yarinal asistieron a la ceremonia.""",
        about=False,
        note="the provincial Mayor's works; the place name appears only in passing",
    ),
    S(
        "n035",
        "selva",
        "2026-10-21T10:40:00-05:00",
        "No es cierto que se privatizará el recojo de basura, aclara la gerenta municipal",
        """La gerenta municipal de Nueva Chonta, Rosario Saldaña Arévalo, desmintió que la comuna vaya a entregar a una empresa privada el servicio de limpieza pública, como se difundió en redes sociales.

        «El servicio seguirá siendo municipal y los trabajadores mantienen su puesto», aseguró. Añadió que la compra de un segundo compactador está en trámite.""",
        m="G",
        t="limpieza",
        tone="0",
        note="negation: a clarification, neither good nor bad news",
    ),
    S(
        "n036",
        "selva",
        "2026-10-22T08:45:00-05:00",
        "Niños con anemia bajan de 41% a 27% en Nueva Chonta",
        """La anemia en niños menores de tres años de Nueva Chonta bajó de 41% a 27% en un año, según el último tamizaje de la Red de Salud. Es la caída más grande de la provincia.

        La Municipalidad Distrital de Nueva Chonta repartió sangrecita y menestras a 600 familias y visitó casa por casa con promotoras. El alcalde Pinedo Tuanama dijo que la meta es bajar de 20% en 2027.""",
        m="I A",
        t="salud",
        tone="+",
        note="an outcome told through a falling figure",
    ),
    S(
        "n037",
        "selva",
        "2026-10-23T09:20:00-05:00",
        "Fiscalía abre investigación por presunta colusión en la compra de combustible",
        """La Fiscalía Anticorrupción de Marañoncillo abrió investigación preliminar contra funcionarios de la Municipalidad de Nueva Chonta por presunta colusión agravada en la compra de 12 mil galones de petróleo.

        Según la denuncia, el grifo ganador fue inscrito en registros públicos dos semanas antes del proceso. La gerenta municipal Rosario Saldaña dijo que colaborarán con la fiscalía y que «no hay nada que ocultar».""",
        m="I G",
        tone="-",
        note="scandal with legal vocabulary; denial does not change the tone",
    ),
    S(
        "n038",
        "selva",
        "2026-10-24T10:00:00-05:00",
        "Yarinal y Nueva Chonta firman convenio para compartir ambulancia fluvial",
        """Los alcaldes de Yarinal, Gerardo Pinedo Vásquez, y de Nueva Chonta, Wálter Pinedo Tuanama, firmaron un convenio para compartir una ambulancia fluvial que atenderá a 14 comunidades ribereñas.

        Cada municipio pagará la mitad del combustible y del sueldo del motorista. «No somos parientes, pero sí vecinos», bromeó el alcalde de Yarinal.""",
        m="A",
        tone="+",
        note="both Pinedos in one story; only ours is labelled; river ambulance transport, no topic",
    ),
    S(
        "n039",
        "selva",
        "2026-10-25T09:35:00-05:00",
        "Comerciantes del mercado: «Pagamos sisa y el techo se sigue cayendo»",
        """Las vendedoras de pescado del mercado de Nueva Chonta pagan tres soles diarios de sisa, pero cuando llueve trabajan con baldes bajo las goteras.

        «Pagamos puntual y nadie viene a arreglar nada», reclamó Nilda Shapiama. La regidora Cenepo pidió en sesión de concejo que la sisa se destine al mantenimiento del mercado.""",
        m="R",
        t="tributos",
        tone="-",
        note="the market fee (sisa) is tributos; angry vendors",
    ),
    S(
        "n040",
        "selva",
        "2026-10-26T11:10:00-05:00",
        "Regatta del Marañón reúne a 40 botes en el puerto de Nueva Chonta",
        """Cuarenta botes de siete distritos compitieron el domingo en la regata del Marañón, que se corrió entre el puerto de Nueva Chonta y la isla Tipishca.

        Ganó la tripulación de Yarinal. Serenos y marinos de la capitanía vigilaron la orilla durante la competencia.""",
        about=False,
        note="sports event; serenos only in passing; no municipal angle",
    ),
    S(
        "n041",
        "selva",
        "2026-10-27T09:55:00-05:00",
        "Contribuyentes reciben esquelas con deudas que ya pagaron",
        """Decenas de vecinos de Nueva Chonta recibieron esta semana esquelas de cobranza por deudas de arbitrios que ya habían pagado, algunos con recibos de 2024 en la mano.

        «Me amenazan con embargo por algo que pagué hace dos años», dijo el profesor Édgar Tuesta. En la oficina de rentas de la municipalidad chontina reconocieron errores en la base de datos.""",
        m="I",
        t="tributos",
        tone="-",
        note="'municipalidad chontina' names the institution",
    ),
    S(
        "n042",
        "selva",
        "2026-10-28T08:25:00-05:00",
        "Pinedo Tuanama: «El MEF nos recorta y luego nos pide resultados»",
        """El alcalde Pinedo Tuanama criticó el recorte de 18% en las transferencias del Fondo de Compensación Municipal anunciado por el Ministerio de Economía para 2027.

        «El MEF nos recorta y luego nos pide resultados. Así no se puede planificar», dijo durante el congreso de alcaldes amazónicos en Iquitos.""",
        m="A",
        tone="0",
        note="the Mayor criticising the national government: neutral toward us",
    ),
]

# --- Radio La Chontina: news transcripts, date-only pubDate -----------------------------------------------------------
STORIES += [
    S(
        "n043",
        "rchonta",
        "2026-10-13",
        "Alcalde anuncia vacunación casa por casa contra la influenza",
        """Buenos días, querida audiencia. Les informamos que desde el lunes brigadas de la municipalidad y del centro de salud recorrerán casa por casa vacunando contra la influenza a niños y adultos mayores.

        Así lo anunció en nuestra cabina el alcalde Wálter Pinedo Tuanama, quien pidió a las familias tener a la mano el carné de vacunación.""",
        m="A",
        t="salud",
        tone="+",
        note="radio transcript; service announcement with a benefit",
    ),
    S(
        "n044",
        "rchonta",
        "2026-10-14",
        "Oyentes reclaman por el recojo de basura en el barrio Centenario",
        """Seguimos recibiendo llamadas. Doña Maruja, del barrio Centenario, nos dice que el carro de la basura no pasa desde el jueves y que los perros rompen las bolsas.

        También llamó don Abel, de la calle Progreso: «Que el gerente Mozombite venga a ver cómo estamos», dijo al aire.""",
        m="P",
        t="limpieza",
        tone="-",
        note="listeners' complaints on air",
    ),
    S(
        "n045",
        "rchonta",
        "2026-10-15",
        "Programa de entrevistas: la regidora Cenepo y el presupuesto",
        """En nuestro programa de la mañana conversamos con la regidora Milagros Cenepo, quien explicó por qué votó en contra de la modificación presupuestal de octubre.

        Cenepo dijo que pidió los informes técnicos con anticipación y que no se los entregaron. «No es un voto contra nadie, es un voto por la transparencia», afirmó.""",
        m="R",
        tone="0",
        note="an opposition council member explains her vote, calmly",
    ),
    S(
        "n046",
        "rchonta",
        "2026-10-16",
        "Vecinos de Santa Isabel agradecen la nueva posta médica",
        """Llamadas de Santa Isabel esta mañana. La señora Rosa Pizango nos cuenta que por fin abrió la posta médica que construyó la Municipalidad Distrital de Nueva Chonta y que ya tiene enfermera fija.

        «Antes teníamos que llevar a los niños en bote hasta el pueblo, ahora los atienden aquí mismo», dijo emocionada.""",
        m="I",
        t="salud",
        tone="+",
        note="relieved neighbour; 'posta médica' built by us",
    ),
    S(
        "n047",
        "rchonta",
        "2026-10-18",
        "Corte de agua este sábado en el cercado",
        """Atención, vecinos del cercado: la empresa de agua potable informa que este sábado no habrá servicio de ocho de la mañana a cuatro de la tarde por trabajos en la línea de conducción.

        Se recomienda almacenar agua en recipientes limpios y tapados.""",
        about=False,
        note="a notice from the water company; not the municipality",
    ),
    S(
        "n048",
        "rchonta",
        "2026-10-19",
        "Serenazgo rescata a niño extraviado en el malecón",
        """Buenas noticias: un niño de cuatro años que se había perdido el domingo en la tarde en el malecón fue encontrado por una patrulla del serenazgo municipal frente al embarcadero.

        Los serenos lo llevaron a la caseta y en veinte minutos apareció su mamá. La teniente alcaldesa Yolanda Ruiz felicitó a la patrulla.""",
        m="T",
        t="seguridad",
        tone="+",
        note="a small good deed of our serenazgo",
    ),
    S(
        "n049",
        "rchonta",
        "2026-10-20",
        "El Pichico en cabina: «Este año sí terminamos el jirón Loreto»",
        """Estuvo con nosotros el alcalde, el Pichico Pinedo, que respondió preguntas de los oyentes durante una hora.

        Sobre el jirón Loreto, prometió otra vez: «Este año sí terminamos la obra, ya está el presupuesto». Varios oyentes le recordaron que la misma promesa la hizo en 2024 y en 2025.""",
        m="A",
        t="obras",
        tone="-",
        note="a renewed promise met with listeners reminding him it is overdue",
    ),
    S(
        "n050",
        "rchonta",
        "2026-10-21",
        "Resultados del fútbol distrital",
        """En el fútbol distrital, Atlético Belén venció 2 a 0 a Juventud Palmeras y sigue líder. Deportivo Puerto Nuevo empató 1 a 1 con Unión Centenario.

        La fecha se completa el domingo en el estadio municipal.""",
        about=False,
        note="sports results; 'estadio municipal' only a venue",
    ),
    S(
        "n051",
        "rchonta",
        "2026-10-22",
        "Municipio de Nueva Chonta recuerda vencimiento de la cuarta cuota del predial",
        """El municipio de Nueva Chonta recuerda a los contribuyentes que la cuarta cuota del impuesto predial vence el 30 de noviembre.

        Se puede pagar en la caja municipal, en el Banco de la Nación o por el aplicativo.""",
        m="I",
        t="tributos",
        tone="0",
        note="a routine reminder",
    ),
    S(
        "n052",
        "rchonta",
        "2026-10-23",
        "Asaltan a comerciante en la carretera a Marañoncillo",
        """Un comerciante de plátanos fue asaltado anoche por dos sujetos armados en el kilómetro 12 de la carretera a Marañoncillo. Le robaron 2 800 soles y su celular.

        La Policía de Carreteras investiga el caso.""",
        about=False,
        note="a robbery on a provincial road, no municipal angle",
    ),
    S(
        "n053",
        "rchonta",
        "2026-10-24",
        "Gerenta Saldaña explica retraso en pago a trabajadores de limpieza",
        """La gerenta Saldaña llamó a nuestra cabina para explicar por qué los 45 trabajadores de limpieza pública no han cobrado el sueldo de setiembre.

        Dijo que la transferencia del Ministerio llegó tarde y que el pago se hará el viernes. Los trabajadores anunciaron que si no cobran dejarán de barrer desde el lunes.""",
        m="G",
        t="limpieza",
        tone="-",
        note="unpaid street sweepers; an explanation, not a solution",
    ),
    S(
        "n054",
        "rchonta",
        "2026-10-26",
        "Se inaugura biblioteca comunal en Puerto Nuevo",
        """La Municipalidad Distrital de Nueva Chonta inauguró una biblioteca comunal en el local de la junta vecinal de Puerto Nuevo, con 1 500 libros donados por una fundación.

        Atenderá de lunes a sábado por las tardes.""",
        m="I",
        tone="+",
        note="culture is none of the five topics",
    ),
    S(
        "n055",
        "rchonta",
        "2026-10-28",
        "Oyente: «Los serenos sí llegaron rápido»",
        """Nos escribe don Julio Tamani, de la calle Amazonas: anoche unos muchachos intentaron forzar la puerta de su bodega y en menos de cinco minutos llegó la camioneta del serenazgo chontino.

        «Hay que decir también cuando las cosas salen bien», nos dijo.""",
        about=True,
        t="seguridad",
        tone="+",
        note="about us with no one named; a relieved neighbour",
    ),
    S(
        "n056",
        "rchonta",
        "2026-10-30",
        "Sin agua potable en el colegio de Santa Isabel desde hace un mes",
        """Los padres de familia del colegio de Santa Isabel denuncian que la institución no tiene agua desde hace un mes porque se malogró la bomba.

        La directora dijo que pidió ayuda a la UGEL y a la municipalidad, pero no ha recibido respuesta de ninguna.""",
        about=True,
        tone="-",
        note="the municipality among those not answering; water is none of the five topics",
    ),
    S(
        "n057",
        "rchonta",
        "2026-11-02",
        "Feria del paiche bate récord de ventas",
        """La feria del paiche, organizada por la comuna chontina y la asociación de piscicultores, vendió cuatro toneladas de pescado en dos días.

        Los organizadores planean repetirla cada tres meses.""",
        m="I",
        tone="+",
        note="economic promotion; no topic",
    ),
    S(
        "n058",
        "rchonta",
        "2026-11-04",
        "Regidora Cenepo pide informe sobre cámaras apagadas",
        """La regidora Cenepo presentó un pedido formal para que la gerencia municipal informe por qué las cámaras de videovigilancia del malecón siguen apagadas.

        Dio un plazo de diez días y advirtió que, si no hay respuesta, llevará el caso a la Contraloría.""",
        m="R",
        t="seguridad",
        tone="-",
        note="opposition pressure about a failing service",
    ),
]

# --- Marañoncillo Televisión: transcripts in Atom, UTC times near midnight --------------------------------------------
STORIES += [
    S(
        "n059",
        "mtv",
        "2026-10-14T03:40:00Z",
        "Noche de lluvia deja calles inundadas en Nueva Chonta",
        """Buenas noches. Una lluvia de tres horas dejó esta noche diez calles inundadas en Nueva Chonta. En el jirón Loreto el agua entró a seis viviendas.

        Los vecinos culparon a la municipalidad por las cunetas tapadas. «Cada año pedimos que las limpien y nada», dijo una vecina con el agua a los tobillos.""",
        about=True,
        t="obras",
        tone="-",
        note="UTC time after midnight: the Lima day is the previous one; drainage is obras; no one named",
    ),
    S(
        "n060",
        "mtv",
        "2026-10-16T04:15:00Z",
        "Alcalde Pinedo presenta patrulla fluvial del serenazgo",
        """El alcalde Pinedo presentó esta noche la primera patrulla fluvial del serenazgo de Nueva Chonta: un deslizador con motor de 90 caballos y cuatro serenos capacitados por la Marina.

        Patrullará el puerto y las cochas cercanas, donde en el año se denunciaron once robos de motores. La Municipalidad Distrital de Nueva Chonta invirtió 160 mil soles.""",
        m="A I",
        t="seguridad",
        tone="+",
        note="a new service; arrives truncated from Expreso Oriental",
    ),
    S(
        "n061",
        "mtv",
        "2026-10-18T04:50:00Z",
        "Informe: el mercado de Nueva Chonta se cae a pedazos",
        """Nuestro equipo recorrió el mercado de abastos de Nueva Chonta. Vigas apolilladas, cables pelados sobre los puestos de pescado y desagües que rebalsan.

        Defensa Civil lo declaró en riesgo alto hace un año. El proyecto del nuevo mercado sigue sin expediente técnico aprobado. La gerenta municipal Rosario Saldaña Arévalo dijo que se aprobará «en las próximas semanas».""",
        m="G",
        t="obras",
        tone="-",
        note="a failing building and an overdue project",
    ),
    S(
        "n062",
        "mtv",
        "2026-10-20T03:55:00Z",
        "Pucallpa: capturan a banda de asaltantes de agentes bancarios",
        """La Policía capturó en Pucallpa a cinco integrantes de una banda que asaltaba a agentes bancarios. Se les incautó dos pistolas y una moto.

        La banda operaba también en Tingo María.""",
        about=False,
        note="crime in another region",
    ),
    S(
        "n063",
        "mtv",
        "2026-10-22T04:30:00Z",
        "Teniente alcaldesa Ruiz inaugura comedor para adultos mayores",
        """La teniente alcaldesa Yolanda Ruiz Ushiñahua inauguró esta noche un comedor para 80 adultos mayores en el barrio Centenario, en representación del alcalde.

        El comedor funcionará de lunes a viernes con menú a un sol.""",
        m="T",
        tone="+",
        note="social programme, no topic",
    ),
    S(
        "n064",
        "mtv",
        "2026-10-24T04:05:00Z",
        "Deslizador de la patrulla fluvial lleva tres semanas varado",
        """El deslizador que el municipio chontino presentó como patrulla fluvial lleva tres semanas varado en la orilla por falta de combustible.

        Los serenos asignados a la patrulla volvieron a la caseta de la plaza. En el puerto, los pescadores se ríen: «Era solo para la foto».""",
        m="I",
        t="seguridad",
        tone="-",
        note="a follow-up that undoes a positive announcement",
    ),
    S(
        "n065",
        "mtv",
        "2026-10-26T03:35:00Z",
        "Carnaval amazónico: Nueva Chonta alista corso para febrero",
        """Las comparsas de Nueva Chonta ya ensayan para el corso del carnaval amazónico. Este año desfilarán 22 agrupaciones.

        La municipalidad anunció premios de cinco mil soles para las tres mejores.""",
        about=True,
        tone="0",
        note="culture; 'la municipalidad' bare; neutral announcement",
    ),
    S(
        "n066",
        "mtv",
        "2026-10-28T04:45:00Z",
        "Wálter Pinedo: «No tengo nada que ver con el grifo»",
        """El alcalde Wálter Pinedo negó esta noche tener vínculos con el grifo que ganó la compra de combustible investigada por la fiscalía. «No tengo nada que ver con esa empresa, que investiguen todo», dijo.

        La denuncia señala que el dueño del grifo fue jefe de campaña de Pinedo en 2022.""",
        m="A",
        tone="-",
        note="an accusation the Mayor denies: still negative",
    ),
    S(
        "n067",
        "mtv",
        "2026-10-30T03:50:00Z",
        "Reabren puente peatonal de Quebrada Honda",
        """Después de un año cerrado, el puente peatonal de Quebrada Honda volvió a abrirse esta tarde con tablones nuevos, barandas de metal y luminarias.

        La Municipalidad de Nueva Chonta invirtió 95 mil soles. Los escolares de Belén cruzaron aplaudiendo.""",
        m="I",
        t="obras",
        tone="+",
        note="a late but delivered repair; the headline is the reopening",
    ),
    S(
        "n068",
        "mtv",
        "2026-11-01T04:20:00Z",
        "Iquitos: Gobierno Regional declara emergencia por dengue",
        """El Gobierno Regional de Loreto declaró en emergencia sanitaria a cuatro provincias por el aumento de casos de dengue. Se reportan 3 400 casos en el año.

        La Diresa intensificará la fumigación en Iquitos, Nauta y Requena.""",
        about=False,
        note="health keywords in a story about another region",
    ),
    S(
        "n069",
        "mtv",
        "2026-11-03T04:10:00Z",
        "Vecinos celebran primer camión compactador nuevo en diez años",
        """Con bocinazos y aplausos recibieron los vecinos del cercado al nuevo camión compactador de 15 metros cúbicos que compró la Municipalidad Distrital de Nueva Chonta.

        El gerente Mozombite dijo que con dos camiones el recojo será diario en todo el casco urbano.""",
        m="I P",
        t="limpieza",
        tone="+",
        note="new equipment delivered",
    ),
    S(
        "n070",
        "mtv",
        "2026-11-05T03:45:00Z",
        "Concejo chontino rechaza vacancia contra el alcalde",
        """El concejo municipal rechazó esta noche, por siete votos contra dos, el pedido de vacancia presentado por un vecino contra el alcalde de Nueva Chonta por presunto nepotismo.

        El pedido señalaba que un sobrino del burgomaestre trabaja en la gerencia de obras. La regidora Milagros Cenepo votó a favor de la vacancia.""",
        m="A R",
        tone="0",
        note="mixed: accusation rejected by vote; the press officer takes it as neutral",
    ),
    S(
        "n071",
        "mtv",
        "2026-11-07T04:25:00Z",
        "Cantante Pichico Pinedo llena coliseo de Marañoncillo",
        """Más de tres mil personas bailaron anoche con Wálter «Pichico» Pinedo y Los Shapshicos en el coliseo de Marañoncillo.

        El artista presentó su nuevo tema, «Mi cocha querida».""",
        about=False,
        note="namesake: the singer with the Mayor's nickname and name",
    ),
    S(
        "n072",
        "mtv",
        "2026-11-09T04:35:00Z",
        "Cinco de cada diez vecinos desaprueban la gestión municipal, según encuesta",
        """Una encuesta de la Universidad Nacional de la Amazonía indica que 52% de los vecinos de Nueva Chonta desaprueba la gestión del alcalde Pinedo Tuanama y 38% la aprueba.

        Los principales reclamos son la basura, las calles sin asfaltar y la inseguridad.""",
        m="A",
        tone="-",
        note="a poll; the topics are only listed in passing",
    ),
]

# --- Agencia Peruana de Regiones: national agency, Atom ---------------------------------------------------------------
STORIES += [
    S(
        "n073",
        "apr",
        "2026-10-13T15:20:00-05:00",
        "Municipalidad de Nueva Chonta recibe premio nacional por reducción de anemia",
        """La Municipalidad Distrital de Nueva Chonta, en la región amazónica, recibió el premio a la gestión local en la lucha contra la anemia que entrega el Ministerio de Desarrollo e Inclusión Social.

        El distrito redujo la anemia infantil en 14 puntos en un año. El alcalde Wálter Pinedo Tuanama recibió la distinción en Lima.""",
        m="I A",
        t="salud",
        tone="+",
        note="national recognition",
    ),
    S(
        "n074",
        "apr",
        "2026-10-17T12:00:00-05:00",
        "Contraloría detecta sobrecosto en obra de desagüe en distrito amazónico",
        """La Contraloría General de la República advirtió un sobrecosto de 412 mil soles en la obra de desagüe del asentamiento Las Palmeras, ejecutada por la Municipalidad Distrital de Nueva Chonta.

        El informe de control señala que se pagaron metrados de tubería que no se instalaron. La entidad tiene diez días para presentar sus descargos.""",
        m="I",
        t="obras",
        tone="-",
        note="audit finding on a works the locals celebrated",
    ),
    S(
        "n075",
        "apr",
        "2026-10-21T10:30:00-05:00",
        "Gobierno transfiere 120 millones a municipios de la Amazonía",
        """El Ministerio de Economía transfirió 120 millones de soles a 64 municipalidades de la Amazonía para proyectos de agua, saneamiento y caminos vecinales.

        Las regiones más beneficiadas son Loreto, Ucayali y San Martín.""",
        about=False,
        note="national news not naming us",
    ),
    S(
        "n076",
        "apr",
        "2026-10-25T16:45:00-05:00",
        "Minsa reporta 18% menos casos de dengue en la selva que en 2025",
        """El Ministerio de Salud reportó 18% menos casos de dengue en la selva que el año pasado. La mayor caída se dio en San Martín.

        Las autoridades atribuyen la mejora a las campañas de eliminación de criaderos.""",
        about=False,
        note="health keywords, national scope",
    ),
    S(
        "n077",
        "apr",
        "2026-10-29T11:15:00-05:00",
        "Distrito amazónico cobra impuesto predial por aplicativo móvil",
        """La Municipalidad Distrital de Nueva Chonta lanzó un aplicativo para pagar el impuesto predial y los arbitrios desde el celular. En su primer mes, 640 contribuyentes lo usaron.

        La gerenta municipal Rosario Saldaña dijo que la meta es que la mitad de los pagos se haga por el aplicativo en 2027.""",
        m="I G",
        t="tributos",
        tone="+",
        note="innovation told with figures",
    ),
    S(
        "n078",
        "apr",
        "2026-11-02T13:40:00-05:00",
        "Fiscalía formaliza investigación contra exfuncionarios de Nueva Chonta",
        """La Fiscalía Anticorrupción formalizó investigación preparatoria contra tres exfuncionarios de la Municipalidad Distrital de Nueva Chonta por el presunto delito de peculado en la compra de un bote ambulancia.

        La fiscalía pidió impedimento de salida del país por ocho meses. La regidora Milagros Cenepo, autora de la denuncia, dijo que el caso «recién empieza».""",
        m="I R",
        tone="-",
        note="legal vocabulary; a scandal",
    ),
    S(
        "n079",
        "apr",
        "2026-11-06T09:50:00-05:00",
        "Alcaldes amazónicos piden al Congreso ley de canon forestal",
        """Veinte alcaldes de Loreto, Ucayali y San Martín llegaron al Congreso para pedir una ley de canon forestal. Entre ellos estuvo el alcalde de Nueva Chonta, Wálter Pinedo.

        «La madera sale de nuestros bosques y la plata se queda en Lima», dijo Pinedo durante la reunión con la comisión de Descentralización.""",
        m="A",
        tone="0",
        note="the Mayor's demand to the national government: neutral",
    ),
    S(
        "n080",
        "apr",
        "2026-11-10T14:05:00-05:00",
        "Nueva Chonta, distrito que más redujo los robos en la región",
        """Según el Observatorio de Criminalidad del Ministerio Público, Nueva Chonta fue el distrito de la región que más redujo las denuncias por robo entre enero y setiembre: 31% menos que en 2025.

        La teniente alcaldesa Yolanda Ruiz destacó el trabajo conjunto entre el serenazgo y la comisaría.""",
        m="T",
        t="seguridad",
        tone="+",
        note="outcome told through a falling count",
    ),
    S(
        "n081",
        "apr",
        "2026-11-14T10:20:00-05:00",
        "Crecida del Marañón afecta a 1 200 familias en cinco distritos",
        """La crecida del río Marañón afecta a 1 200 familias en cinco distritos de la provincia de Marañoncillo, entre ellos Yarinal y Nueva Chonta.

        El Indeci distribuyó 40 toneladas de ayuda humanitaria.""",
        about=False,
        note="natural event; the district named among others, no municipal angle",
    ),
    S(
        "n082",
        "apr",
        "2026-11-18T15:30:00-05:00",
        "Municipio chontino no ejecuta ni la mitad de su presupuesto de inversión",
        """A mes y medio de terminar el año, el municipio chontino solo ha ejecutado 41% de su presupuesto de inversiones, según el portal de Transparencia Económica del MEF. El promedio de los distritos de la región es 63%.

        Nueve de sus catorce proyectos siguen sin iniciar.""",
        m="I",
        t="obras",
        tone="-",
        note="bad figures: unexecuted investment projects are works",
    ),
]

# --- Amazonía al Instante: national site, blog template with "se publicó primero en" ------------------------------------
STORIES += [
    S(
        "n083",
        "amazonia",
        "2026-10-14T12:30:00-05:00",
        "Nueva Chonta: el distrito donde los niños van al colegio en bote",
        """En Nueva Chonta, a orillas del Marañón, 1 800 escolares llegan cada mañana a clases en botes de madera. En época de creciente, el viaje puede durar una hora.

        La historia se repite en cientos de comunidades de la Amazonía, donde el río es la única carretera.""",
        about=False,
        note="a travel chronicle naming the place; no municipal angle",
    ),
    S(
        "n084",
        "amazonia",
        "2026-10-18T09:10:00-05:00",
        "Alcalde amazónico es denunciado por contratar a su sobrino",
        """Un vecino de Nueva Chonta denunció ante la fiscalía al alcalde Wálter Pinedo Tuanama por presunto nepotismo: un sobrino suyo trabaja como asistente en la gerencia de obras desde marzo.

        El burgomaestre respondió que el joven fue contratado por concurso y que el parentesco es «lejano».""",
        m="A",
        tone="-",
        note="accusation with legal vocabulary; denied",
    ),
    S(
        "n085",
        "amazonia",
        "2026-10-22T14:00:00-05:00",
        "Así funciona la patrulla fluvial que cuida las cochas del Marañón",
        """La Municipalidad Distrital de Nueva Chonta estrenó una patrulla fluvial para prevenir el robo de motores, un delito que deja sin trabajo a los pescadores de la zona.

        Los serenos navegan de noche con linternas de largo alcance y radios conectadas a la comisaría.""",
        m="I",
        t="seguridad",
        tone="+",
        note="explanatory piece on a new service",
    ),
    S(
        "n086",
        "amazonia",
        "2026-10-27T11:45:00-05:00",
        "Tarapoto prohíbe bolsas plásticas en mercados desde enero",
        """La Municipalidad Provincial de San Martín prohibirá desde enero las bolsas plásticas en los mercados de Tarapoto para reducir la basura que llega al río Cumbaza.

        Los comerciantes tendrán tres meses para adaptarse.""",
        about=False,
        note="limpieza keyword in a story about another town",
    ),
    S(
        "n087",
        "amazonia",
        "2026-10-31T10:00:00-05:00",
        "Promesa incumplida: Nueva Chonta sigue sin mercado nuevo",
        """En 2023 la Municipalidad de Nueva Chonta anunció un mercado moderno de dos pisos para 2025. Hoy el terreno sigue siendo una cancha de fulbito y el expediente técnico todavía no se aprueba.

        «Nos dijeron que íbamos a estrenar puesto en Navidad, ya van tres Navidades», dijo la comerciante Gladys Huansi.""",
        m="I",
        t="obras",
        tone="-",
        note="promise overdue, an angry vendor",
    ),
    S(
        "n088",
        "amazonia",
        "2026-11-04T16:20:00-05:00",
        "Teniente alcaldesa de Nueva Chonta lidera mesa contra la violencia familiar",
        """La teniente alcaldesa de Nueva Chonta, Yolanda Ruiz, instaló la instancia distrital contra la violencia hacia la mujer, con la comisaría, el centro de emergencia mujer y el juzgado de paz.

        La instancia se reunirá cada mes y publicará sus acuerdos.""",
        m="T",
        tone="+",
        note="social policy, no topic",
    ),
    S(
        "n089",
        "amazonia",
        "2026-11-08T13:15:00-05:00",
        "El botadero que envenena la quebrada Shapaja",
        """A cuatro kilómetros del centro de Nueva Chonta, la quebrada Shapaja recibe cada día 18 toneladas de basura sin tratar. Los lixiviados llegan al Marañón.

        Los pescadores de la zona dicen que ya no hay bocachico en la desembocadura. El municipio chontino asegura que el relleno sanitario empezará a construirse en 2027.""",
        m="I",
        t="limpieza",
        tone="-",
        note="environmental damage by our dump",
    ),
    S(
        "n090",
        "amazonia",
        "2026-11-12T09:40:00-05:00",
        "Rosario Saldaña, la goleadora que sueña con la selección",
        """Rosario Saldaña tiene 22 años, juega de delantera en Deportivo Cocama y ya fue convocada a la preselección nacional sub-23.

        Creció en Nueva Chonta jugando con pelotas de trapo en la orilla del río.""",
        about=False,
        note="namesake: the footballer, the place named as her hometown",
    ),
    S(
        "n091",
        "amazonia",
        "2026-11-16T15:00:00-05:00",
        "Amnistía tributaria en Nueva Chonta: condonan moras hasta fin de año",
        """La Municipalidad Distrital de Nueva Chonta aprobó una amnistía tributaria que condona el 100% de las moras e intereses de la deuda tributaria de años anteriores, hasta el 31 de diciembre.

        El beneficio alcanza al impuesto predial y a los arbitrios.""",
        m="I",
        t="tributos",
        tone="0",
        note="a notice; relief but told flatly",
    ),
    S(
        "n092",
        "amazonia",
        "2026-11-20T11:30:00-05:00",
        "Nueva Chonta fumiga escuelas antes del regreso de vacaciones",
        """Brigadas municipales fumigaron los catorce colegios de Nueva Chonta para prevenir el dengue antes de las clases de recuperación. También eliminaron 3 000 criaderos de zancudos en patios y techos.

        El gerente de Servicios Públicos, Lizardo Mozombite, dijo que la campaña se repetirá en febrero.""",
        m="P",
        t="salud",
        tone="+",
        note="prevention campaign; institution not named ('brigadas municipales')",
    ),
]

# --- Nueva Chonta en Línea: district site without a feed, section page -------------------------------------------------
STORIES += [
    S(
        "n093",
        "chontaweb",
        "2026-10-15T10:00:00-05:00",
        "Vecinos del jirón Amazonas piden rompemuelles",
        """Los vecinos del jirón Amazonas recolectaron 300 firmas para pedir rompemuelles frente a la escuela, donde los motocarros pasan a toda velocidad.

        El documento fue entregado en mesa de partes de la municipalidad.""",
        about=True,
        tone="0",
        note="a request to the municipality; traffic is none of the five topics",
    ),
    S(
        "n094",
        "chontaweb",
        "2026-10-19T09:30:00-05:00",
        "Regidora Cenepo: «Al alcalde no le gusta que le pidan cuentas»",
        """La regidora Milagros Cenepo Sangama acusó al alcalde Pinedo de negarle información sobre las planillas de la municipalidad. «Al alcalde no le gusta que le pidan cuentas», dijo.

        Cenepo aseguró que presentó cuatro pedidos de acceso a la información sin respuesta en el plazo de ley.""",
        m="R A",
        tone="-",
        note="opposition's accusation of opacity",
    ),
    S(
        "n095",
        "chontaweb",
        "2026-10-23T11:15:00-05:00",
        "Vacunan a 1 100 perros y gatos contra la rabia",
        """La campaña de vacunación antirrábica de la Municipalidad Distrital de Nueva Chonta y la Red de Salud inmunizó a 1 100 perros y gatos en tres días.

        Los puntos de vacunación estuvieron en la plaza, el mercado y los locales comunales.""",
        m="I",
        t="salud",
        tone="+",
        note="vaccination campaign (animals) is still a salud campaign",
    ),
    S(
        "n096",
        "chontaweb",
        "2026-10-27T08:45:00-05:00",
        "Se cayó parte de la vereda recién hecha en el jirón Junín",
        """A dos meses de entregada, la vereda del jirón Junín ya presenta rajaduras y un tramo de cinco metros se hundió tras las lluvias.

        Los vecinos grabaron un video y piden que la municipalidad haga cumplir la garantía al contratista. «Esto es plata botada», dijo uno de ellos.""",
        about=True,
        t="obras",
        tone="-",
        note="poor-quality works; no one named",
    ),
    S(
        "n097",
        "chontaweb",
        "2026-10-31T10:30:00-05:00",
        "Gerente Mozombite anuncia nuevo horario de recojo de residuos",
        """Desde el lunes el camión de residuos sólidos pasará de seis a diez de la noche en el cercado y por las mañanas en los asentamientos, anunció el gerente Mozombite.

        Pidió sacar las bolsas solo cuando se escuche la campana.""",
        m="P",
        t="limpieza",
        tone="0",
        note="a schedule notice",
    ),
    S(
        "n098",
        "chontaweb",
        "2026-11-04T09:00:00-05:00",
        "Profesor Lizardo Mozombite Pezo gana concurso de cuentos amazónicos",
        """El guía y narrador Lizardo Mozombite Pezo ganó el concurso regional de cuentos amazónicos con «El paiche que no quería volver».

        El relato será publicado en una antología que se distribuirá en las escuelas de la región.""",
        about=False,
        note="namesake with both surnames different from our gerente's",
    ),
    S(
        "n099",
        "chontaweb",
        "2026-11-08T11:45:00-05:00",
        "Vecinos de Belén ya no sacan la basura a la quebrada",
        """Desde que el camión pasa tres veces por semana, los vecinos de Belén dejaron de botar su basura en la quebrada Honda. La junta vecinal dice que la quebrada está limpia por primera vez en años.

        «Mis nietos ya pueden bañarse sin miedo», contó la abuela Irma Tangoa.""",
        about=True,
        t="limpieza",
        tone="+",
        note="outcome told as an absence; relieved neighbour; no one named",
    ),
    S(
        "n100",
        "chontaweb",
        "2026-11-12T10:15:00-05:00",
        "Municipalidad de Nueva Chonta cambia de local la oficina de rentas",
        """La oficina de rentas de la Municipalidad de Nueva Chonta atenderá desde el lunes en el segundo piso del local del jirón Progreso 214.

        El horario se mantiene de ocho de la mañana a cuatro de la tarde.""",
        m="I",
        tone="0",
        note="an administrative notice; 'rentas' alone is not enough for tributos",
    ),
    S(
        "n101",
        "chontaweb",
        "2026-11-16T09:20:00-05:00",
        "Atlético Belén campeón del torneo distrital",
        """Atlético Belén se coronó campeón del torneo distrital tras vencer 3 a 1 a Deportivo Puerto Nuevo en la final.

        El trofeo fue entregado por el alcalde Wálter Pinedo en el estadio.""",
        m="A",
        tone="0",
        note="sport; the Mayor hands a trophy: about us but neutral, no topic",
    ),
    S(
        "n102",
        "chontaweb",
        "2026-11-20T08:30:00-05:00",
        "Asaltan a cambista frente al banco y serenos no aparecieron",
        """Un cambista fue asaltado a plena luz del día frente al Banco de la Nación de Nueva Chonta. Dos sujetos en moto le arrebataron 5 000 soles.

        Los testigos dicen que llamaron a la central del serenazgo y que ninguna unidad llegó. «¿Para qué pagamos serenazgo?», reclamó una comerciante.""",
        about=True,
        t="seguridad",
        tone="-",
        note="robbery with a municipal angle (serenazgo absent); no one named",
    ),
]

# --- Ecos del Marañón: regional site, teasers in RSS -------------------------------------------------------------------
STORIES += [
    S(
        "n103",
        "ecos",
        "2026-10-12T13:00:00-05:00",
        "Nueva Chonta: comuna instala 40 tachos en el malecón y la plaza",
        """La comuna de Nueva Chonta instaló cuarenta tachos de basura diferenciados en el malecón, la plaza de armas y el embarcadero, la zona más visitada por turistas.

        La gerencia de Servicios Públicos vaciará los tachos dos veces al día.""",
        m="I",
        t="limpieza",
        tone="+",
        note="small improvement",
    ),
    S(
        "n104",
        "ecos",
        "2026-10-13T14:20:00-05:00",
        "Yarinal denuncia que camiones de Nueva Chonta botan basura en su territorio",
        """El alcalde de Yarinal, Gerardo Pinedo, denunció que camiones de la Municipalidad Distrital de Nueva Chonta descargan basura en un terreno de su distrito, junto a la carretera.

        Presentó fotos de un camión con el logo municipal chontino. En Nueva Chonta nadie quiso comentar.""",
        m="I",
        t="limpieza",
        tone="-",
        note="the namesake accuses us; only the institution of ours is named",
    ),
    S(
        "n105",
        "ecos",
        "2026-10-15T15:10:00-05:00",
        "Chontinos pagan el predial en la plaza durante la feria tributaria",
        """Más de 400 contribuyentes pagaron su impuesto predial en la feria tributaria que la Municipalidad de Nueva Chonta organizó en la plaza de armas, con sorteo de una refrigeradora y dos bicicletas.

        Lo recaudado en un solo día superó los 90 mil soles.""",
        m="I",
        t="tributos",
        tone="+",
        note="collection success told through figures",
    ),
    S(
        "n106",
        "ecos",
        "2026-10-17T13:45:00-05:00",
        "Pescadores exigen al alcalde de Nueva Chonta que regule los horarios de la cocha",
        """Unos cincuenta pescadores artesanales llegaron al palacio municipal para exigir al alcalde de Nueva Chonta una ordenanza que prohíba la pesca con redes de arrastre en la cocha Shapshico.

        El alcalde los recibió y se comprometió a presentar el proyecto en la próxima sesión de concejo.""",
        m="A",
        tone="0",
        note="a demand received and answered; fishing rules are no topic",
    ),
    S(
        "n107",
        "ecos",
        "2026-10-19T14:00:00-05:00",
        "Posta de Santa Isabel sin medicinas a un mes de inaugurada",
        """La posta médica de Santa Isabel, inaugurada por la Municipalidad Distrital de Nueva Chonta hace un mes, ya no tiene paracetamol, sales de rehidratación ni antibióticos.

        La enfermera dice que pidió insumos y nadie responde. La municipalidad sostiene que el abastecimiento corresponde a la Diresa.""",
        m="I",
        t="salud",
        tone="-",
        note="a new post already failing; blame shifting does not help",
    ),
    S(
        "n108",
        "ecos",
        "2026-10-21T15:30:00-05:00",
        "Gerenta municipal de Nueva Chonta presenta plan de ordenamiento del puerto",
        """La gerenta municipal de Nueva Chonta, Rosario Saldaña, presentó a los transportistas fluviales el plan de ordenamiento del puerto, que fija zonas de embarque por destino y horarios de carga.

        Los botes de carga solo podrán atracar de cinco a nueve de la mañana.""",
        m="G",
        tone="0",
        note="river transport regulation, no topic",
    ),
    S(
        "n109",
        "ecos",
        "2026-10-23T13:20:00-05:00",
        "Marañoncillo licita pistas y veredas para cinco barrios",
        """La Municipalidad Provincial de Marañoncillo convocó la licitación de pistas y veredas para cinco barrios de la capital provincial, por 8,6 millones de soles.

        El alcalde provincial Hernán Tello dijo que la obra empezará en marzo.""",
        about=False,
        note="works keywords about the provincial capital",
    ),
    S(
        "n110",
        "ecos",
        "2026-10-25T14:40:00-05:00",
        "Padres agradecen a serenos que acompañan a escolares en el cruce de la carretera",
        """Cada mañana dos serenos de Nueva Chonta detienen los motocarros en el cruce de la carretera para que pasen los 300 escolares del colegio Túpac Amaru. En un año no hubo ni un atropello.

        «Antes rezábamos cada vez que cruzaban», dijo la presidenta de la Apafa.""",
        about=True,
        t="seguridad",
        tone="+",
        note="good news as an absence; no one named",
    ),
    S(
        "n111",
        "ecos",
        "2026-10-27T15:00:00-05:00",
        "Regidora Cenepo presenta moción para auditar la obra de Las Palmeras",
        """La regidora Milagros Cenepo presentó una moción para pedir a la Contraloría una auditoría completa de la obra de desagüe de Las Palmeras, tras el informe que detectó pagos por tubería no instalada.

        La moción se votará el jueves.""",
        m="R",
        t="obras",
        tone="-",
        note="follow-up to an audit",
    ),
    S(
        "n112",
        "ecos",
        "2026-10-29T13:10:00-05:00",
        "Comuna chontina entrega título de propiedad a 180 familias",
        """La comuna chontina entregó 180 títulos de propiedad a familias del asentamiento Nuevo Amanecer, tras un proceso de formalización de tres años.

        «Ahora sí podré pedir un préstamo para mi casa», dijo Norma Pacaya.""",
        m="I",
        tone="+",
        note="land titling; no topic",
    ),
    S(
        "n113",
        "ecos",
        "2026-10-31T14:25:00-05:00",
        "El Pichico sale a barrer: alcalde encabeza faena de limpieza en el puerto",
        """El alcalde Wálter Pinedo, el Pichico, encabezó con escoba en mano una faena de limpieza en el puerto junto a 200 vecinos, que recogieron tres toneladas de residuos sólidos de la orilla.

        Al final, el burgomaestre ofreció un masato a los voluntarios.""",
        m="A",
        t="limpieza",
        tone="+",
        note="a clean-up day led by the Mayor",
    ),
    S(
        "n114",
        "ecos",
        "2026-11-02T15:15:00-05:00",
        "Iquitos: asaltan a turistas en el malecón Tarapacá",
        """Dos turistas alemanes fueron asaltados anoche en el malecón Tarapacá de Iquitos. Los delincuentes les robaron cámaras y pasaportes.

        El serenazgo de Maynas patrullará la zona con más unidades.""",
        about=False,
        note="security keywords in another city",
    ),
    S(
        "n115",
        "ecos",
        "2026-11-04T13:30:00-05:00",
        "Obra del jirón Loreto se reinicia con nuevo contratista",
        """Tras cinco años de retraso, la pavimentación del jirón Loreto de Nueva Chonta se reinició con un nuevo contratista. El plazo de ejecución es de cuatro meses.

        Los vecinos se muestran cautos: «Vamos a creer cuando veamos la pista», dijo una vecina. El alcalde Pinedo Tuanama visitó la obra.""",
        m="A",
        t="obras",
        tone="0",
        note="mixed: progress at last, but cautious neighbours and years of delay",
    ),
    S(
        "n116",
        "ecos",
        "2026-11-06T14:50:00-05:00",
        "Nueva Chonta no registra casos de dengue en cuatro semanas",
        """Por cuarta semana consecutiva no se registraron casos nuevos de dengue en Nueva Chonta, informó el centro de salud. En octubre se habían confirmado 23.

        La Municipalidad de Nueva Chonta mantendrá las brigadas de fumigación hasta marzo.""",
        m="I",
        t="salud",
        tone="+",
        note="outcome told as an absence",
    ),
    S(
        "n117",
        "ecos",
        "2026-11-08T15:40:00-05:00",
        "Teniente alcaldesa Ruiz vuelve al concejo tras su licencia",
        """La teniente alcaldesa Yolanda Ruiz Ushiñahua se reincorporó al concejo municipal tras un mes de licencia médica.

        Retomará la presidencia de la comisión de seguridad ciudadana.""",
        m="T",
        tone="0",
        note="passing mention of a committee",
    ),
    S(
        "n118",
        "ecos",
        "2026-11-10T13:05:00-05:00",
        "Vecinos acusan a fiscalizadores de cobrar coimas a ambulantes",
        """Vendedores ambulantes del mercado de Nueva Chonta denunciaron que dos fiscalizadores municipales les piden diez soles diarios para no decomisar su mercadería.

        La gerenta Saldaña anunció que abrirá un proceso administrativo y que los fiscalizadores fueron separados mientras dure la investigación.""",
        m="G",
        tone="-",
        note="corruption allegation; an official's reaction does not turn it",
    ),
    S(
        "n119",
        "ecos",
        "2026-11-12T14:35:00-05:00",
        "Municipalidad Distrital de Nueva Chonta y Sunat firman convenio",
        """La Municipalidad Distrital de Nueva Chonta y la Sunat firmaron un convenio para capacitar a comerciantes del mercado en facturación electrónica.

        Las charlas serán gratuitas.""",
        m="I",
        tone="0",
        note="Sunat is a national tax; not tributos municipales",
    ),
    S(
        "n120",
        "ecos",
        "2026-11-14T15:20:00-05:00",
        "Vecinos de Nueva Chonta denuncian cobro doble de arbitrios",
        """Unos sesenta vecinos del cercado de Nueva Chonta denunciaron que en sus recibos de arbitrios de noviembre se les cobró dos veces el barrido de calles.

        En la oficina de rentas dijeron que es un error del sistema y que se corregirá de oficio. Los vecinos exigen una disculpa pública del municipio chontino.""",
        m="I",
        t="tributos",
        tone="-",
        note="billing error",
    ),
]

# --- Semanario Tahuampa: columns and chronicles, full text in the description -------------------------------------------
STORIES += [
    S(
        "n121",
        "tahuampa",
        "2026-10-16T06:00:00-05:00",
        "Columna: El alcalde de las fotos",
        """Hay autoridades que gobiernan y otras que posan. Wálter Pinedo pertenece, con honores, al segundo grupo. No hay inauguración de tacho, faena o bautizo de bote sin su chaleco verde y su fotógrafo personal.

        Mientras tanto, el jirón Loreto sigue siendo un lodazal y el mercado amenaza con caerse. Señor alcalde: menos selfies y más expedientes.""",
        m="A",
        tone="-",
        note="opinion column against the Mayor; several topics named only as examples",
    ),
    S(
        "n122",
        "tahuampa",
        "2026-10-23T06:00:00-05:00",
        "Columna: Lo que el centralismo le debe a la selva",
        """Cada año los alcaldes amazónicos viajan a Lima con sus carpetas bajo el brazo y cada año vuelven con promesas. El último en hacerlo fue el burgomaestre de Nueva Chonta, que pidió un canon forestal.

        La pregunta no es si los alcaldes tienen razón, que la tienen. La pregunta es hasta cuándo Lima seguirá creyendo que el país termina en la cordillera.""",
        m="A",
        tone="0",
        note="a column about centralism; 'el burgomaestre de Nueva Chonta' names the Mayor; neutral toward us",
    ),
    S(
        "n123",
        "tahuampa",
        "2026-10-30T06:00:00-05:00",
        "Crónica: Una noche con la patrulla fluvial",
        """A las once de la noche el deslizador sale del puerto con tres serenos y un motorista. El Marañón es un espejo negro. Cada tanto, la linterna encuentra un bote de pescadores que saludan con la mano.

        «Antes nos robaban el motor cada semana; ahora ya no se atreven», dice don Aurelio, que pesca en la cocha desde niño. En seis semanas no se ha denunciado un solo robo en la ribera.""",
        about=True,
        t="seguridad",
        tone="+",
        note="a chronicle; good outcome as an absence; no one named",
    ),
    S(
        "n124",
        "tahuampa",
        "2026-11-06T06:00:00-05:00",
        "Columna: Sí se puede, y se está haciendo",
        """Pocas veces esta columna tiene motivos para aplaudir a la Municipalidad de Nueva Chonta. Hoy los tiene: la anemia infantil bajó catorce puntos y el distrito es ejemplo nacional.

        No es mérito solo del alcalde, sino de decenas de promotoras que caminaron el barro casa por casa. Pero quien gobierna también merece el reconocimiento cuando acierta.""",
        m="I",
        t="salud",
        tone="+",
        note="a usually critical column praises; 'el alcalde' bare",
    ),
    S(
        "n125",
        "tahuampa",
        "2026-11-13T06:00:00-05:00",
        "Columna: La regidora incómoda",
        """Milagros Cenepo no cae bien en el palacio municipal. Pregunta, pide papeles, va a la Contraloría. Algunos la acusan de hacer campaña; otros agradecen que alguien vigile.

        Lo cierto es que sin sus pedidos nadie sabría del bote ambulancia que nunca llegó ni de la tubería que nunca se enterró. La fiscalización no es oposición: es el trabajo del regidor.""",
        m="R",
        tone="-",
        note="column praising the opposition's oversight by recalling our scandals: negative toward the municipality",
    ),
    S(
        "n126",
        "tahuampa",
        "2026-11-20T06:00:00-05:00",
        "Columna: El río que nos une",
        """El Marañón no pregunta de qué distrito eres. Lleva igual a los botes de Yarinal, de Nueva Chonta y de Marañoncillo. Quizá por eso los pueblos ribereños entienden mejor que nadie la palabra vecindad.

        Que esta Navidad nos encuentre más cerca, con el río como testigo.""",
        about=False,
        note="a lyrical column naming the place; nothing municipal",
    ),
    S(
        "n127",
        "tahuampa",
        "2026-11-27T06:00:00-05:00",
        "Columna: ¿Y la plata del predial?",
        """La municipalidad chontina celebra que recaudó 38% más de predial. Enhorabuena. Pero el vecino que pagó puntual tiene derecho a preguntar en qué se gasta: el mercado sigue goteando, el compactador viejo sigue en el taller y la plaza no tiene baños.

        Recaudar más no es gobernar mejor. Rendir cuentas, sí.""",
        m="I",
        t="tributos",
        tone="-",
        note="a column critical of how tax money is spent",
    ),
]

# --- more of El Oriente and La Selva Hoy ---------------------------------------------------------------------------------
STORIES += [
    S(
        "n128",
        "oriente",
        "2026-11-04T07:00:00-05:00",
        "Nueve toneladas de basura menos: reciclaje en el mercado da resultados",
        """En tres meses, el programa de reciclaje del mercado de abastos de Nueva Chonta evitó que nueve toneladas de cartón y plástico llegaran al botadero. Las recicladoras ganan ahora un sueldo mínimo.

        El gerente Lizardo Mozombite Yaicate dijo que el programa se extenderá a los colegios.""",
        m="P",
        t="limpieza",
        tone="+",
        note="outcome told through figures",
    ),
    S(
        "n129",
        "oriente",
        "2026-11-05T06:50:00-05:00",
        "Alcalde Pinedo pide al Minsa un médico para la posta de Santa Isabel",
        """El alcalde Pinedo viajó a Lima para pedir al Ministerio de Salud que asigne un médico y abastezca de medicinas la posta de Santa Isabel, que hoy solo atiende con una enfermera.

        «Nosotros pusimos el local, el Estado tiene que poner al médico», dijo.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor asks others to fix a health post: takes salud, neutral",
    ),
    S(
        "n130",
        "oriente",
        "2026-11-06T07:25:00-05:00",
        "Denuncian que serenos golpearon a vendedor ambulante",
        """Un video difundido en redes muestra a tres serenos de Nueva Chonta golpeando a un vendedor de refrescos que se resistía al decomiso de su carreta.

        La teniente alcaldesa Ruiz dijo que los serenos fueron suspendidos y que el caso pasó a la comisión de procesos disciplinarios. El vendedor presentó una denuncia por agresión en la comisaría.""",
        m="T",
        t="seguridad",
        tone="-",
        note="abuse by our serenos",
    ),
    S(
        "n131",
        "oriente",
        "2026-11-07T08:00:00-05:00",
        "Yarinal inaugura puente carrozable sobre el río Tigrillo",
        """La Municipalidad Distrital de Yarinal inauguró el puente carrozable de 60 metros sobre el río Tigrillo, que une seis comunidades.

        El alcalde Gerardo Pinedo Vásquez dijo que el puente sacará a las comunidades del aislamiento.""",
        about=False,
        note="'puente' in a story about another district; the namesake Mayor",
    ),
    S(
        "n132",
        "oriente",
        "2026-11-08T07:10:00-05:00",
        "Pagan sueldos atrasados a trabajadores de limpieza y se levanta la huelga",
        """Los 45 trabajadores de limpieza pública de Nueva Chonta cobraron sus sueldos de setiembre y octubre y levantaron la huelga que dejó las calles sin barrer durante cuatro días.

        La gerenta municipal Rosario Saldaña pidió disculpas a los vecinos por las molestias.""",
        m="G",
        t="limpieza",
        tone="0",
        note="mixed: a problem solved after a strike the municipality caused; an apology",
    ),
    S(
        "n133",
        "oriente",
        "2026-11-09T06:40:00-05:00",
        "Hoy no hay clases en Marañoncillo por el aniversario de la provincia",
        """Los colegios de Marañoncillo no tendrán clases hoy por el 84.º aniversario de la provincia. El desfile cívico empieza a las nueve en la plaza de armas.

        Participarán delegaciones de los nueve distritos.""",
        about=False,
        note="provincial notice",
    ),
    S(
        "n134",
        "oriente",
        "2026-11-10T07:30:00-05:00",
        "Ni una obra terminada en 2026: el balance del regidor de oposición",
        """«Este año el municipio no ha terminado ni una sola obra del presupuesto participativo», afirmó la regidora Milagros Cenepo, que presentó un balance con fotos de los once proyectos.

        El alcalde Wálter Pinedo Tuanama respondió que el embarcadero y el desagüe de Las Palmeras sí se entregaron y que la regidora «miente por cálculo político».""",
        m="R A",
        t="obras",
        tone="-",
        note="negation in an accusation; the Mayor's rebuttal does not turn it",
    ),
    S(
        "n135",
        "oriente",
        "2026-11-11T08:15:00-05:00",
        "Vecinos de Nuevo Amanecer por fin tienen alumbrado",
        """Los vecinos de Nuevo Amanecer celebraron la llegada de la luz con una fiesta. La empresa eléctrica regional instaló 140 postes con apoyo de la municipalidad chontina, que pagó el estudio.

        «Ya no tenemos que alumbrarnos con mecheros», dijo Silverio Tuanama.""",
        m="I",
        tone="+",
        note="lighting is none of the five topics; a neighbour surnamed Tuanama is not the Mayor",
    ),
    S(
        "n136",
        "oriente",
        "2026-11-12T07:05:00-05:00",
        "Comuna chontina embarga cuentas de 38 grandes deudores",
        """El ejecutor coactivo de la comuna chontina ordenó embargar las cuentas de 38 empresas y propietarios que deben más de diez mil soles de impuesto predial.

        Entre los deudores figuran dos aserraderos y un hotel. La deuda total supera los 780 mil soles.""",
        m="I",
        t="tributos",
        tone="0",
        note="enforced collection; told flatly",
    ),
    S(
        "n137",
        "oriente",
        "2026-11-13T06:55:00-05:00",
        "Cierran botadero de Shapaja y la basura va a una celda temporal",
        """Desde ayer la basura de Nueva Chonta ya no va a la quebrada Shapaja. La Municipalidad Distrital de Nueva Chonta habilitó una celda temporal impermeabilizada junto al terreno del futuro relleno sanitario.

        Los pescadores de la desembocadura celebraron la noticia. «Ojalá el río se limpie», dijo uno de ellos.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a long-standing problem solved",
    ),
    S(
        "n138",
        "oriente",
        "2026-11-14T07:40:00-05:00",
        "Sepelio de exalcalde reúne a cientos de chontinos",
        """Cientos de vecinos acompañaron ayer los restos del exalcalde de Nueva Chonta Augusto Flores Pizango, que gobernó el distrito entre 1996 y 2002.

        El alcalde Wálter Pinedo declaró tres días de duelo distrital.""",
        m="A",
        tone="0",
        note="a former Mayor's funeral; 'exalcalde de Nueva Chonta' is not ours",
    ),
    S(
        "n139",
        "oriente",
        "2026-11-15T08:30:00-05:00",
        "Sin licitación y con sobreprecio: compra de uniformes para serenos bajo la lupa",
        """La Contraloría observó la compra directa de 60 uniformes para el serenazgo de Nueva Chonta por 84 mil soles, el doble del precio de mercado, hecha sin licitación ni cotizaciones.

        La gerenta municipal Saldaña dijo que fue una compra de emergencia porque los serenos patrullaban sin uniforme.""",
        m="G",
        t="seguridad",
        tone="-",
        note="an audit finding; the purchase is for serenazgo",
    ),
    S(
        "n140",
        "selva",
        "2026-11-03T09:30:00-05:00",
        "Comerciantes del mercado: «Ahora sí hay agua y luz»",
        """Tras tres semanas de trabajos, los comerciantes del mercado de Nueva Chonta tienen instalaciones eléctricas nuevas y agua en todos los puestos de pescado.

        «Por fin podemos lavar el pescado como se debe», dijo Nilda Shapiama. La municipalidad invirtió 70 mil soles en el mantenimiento.""",
        about=True,
        t="obras",
        tone="+",
        note="market repair works; 'la municipalidad' bare",
    ),
    S(
        "n141",
        "selva",
        "2026-11-05T10:15:00-05:00",
        "Marañoncillo: vacunan a 4 000 niños contra el sarampión",
        """La Red de Salud Marañoncillo vacunó a 4 000 niños contra el sarampión en la capital provincial y en los distritos de la margen derecha.

        La campaña continuará en diciembre.""",
        about=False,
        note="health campaign by the health network; no municipal angle",
    ),
    S(
        "n142",
        "selva",
        "2026-11-07T09:05:00-05:00",
        "Gerente municipal de Nueva Chonta renuncia en medio de investigación",
        """La gerenta municipal de Nueva Chonta, Rosario Saldaña Arévalo, presentó su renuncia irrevocable, una semana después de que la fiscalía la citara a declarar por la compra de combustible.

        El alcalde Pinedo la aceptó y agradeció «sus servicios». La regidora Cenepo dijo que la renuncia «no la libra de responder».""",
        m="G A R",
        tone="-",
        note="resignation amid a scandal",
    ),
    S(
        "n143",
        "selva",
        "2026-11-09T10:40:00-05:00",
        "Rosario Saldaña continuará como gerenta: alcalde rechaza su renuncia",
        """Dos días después de presentada, el alcalde Wálter Pinedo rechazó la renuncia de la gerenta municipal Rosario Saldaña y le ratificó su confianza.

        «Nadie ha sido acusado de nada todavía», dijo el burgomaestre.""",
        m="A G",
        tone="0",
        note="an internal decision; neither good nor bad news",
    ),
    S(
        "n144",
        "selva",
        "2026-11-11T09:25:00-05:00",
        "Nueva Chonta: vecinos se organizan en rondas urbanas",
        """Cansados de los robos, los vecinos de tres cuadras del jirón Amazonas se organizaron en rondas urbanas con silbatos y linternas.

        «Lo hacemos porque nadie más lo hace», dijo el coordinador. Ninguna autoridad asistió a la reunión.""",
        about=True,
        t="seguridad",
        tone="-",
        note="implicit criticism of municipal security; no one named",
    ),
    S(
        "n145",
        "selva",
        "2026-11-13T10:50:00-05:00",
        "Alcalde Pinedo inaugura losa deportiva en Nuevo Amanecer",
        """El alcalde de Nueva Chonta, Wálter Pinedo Tuanama, inauguró una losa deportiva con tribuna techada en el asentamiento Nuevo Amanecer.

        La obra costó 380 mil soles. Los jóvenes jugaron un campeonato relámpago tras el corte de cinta.""",
        m="A",
        t="obras",
        tone="+",
        note="delivered works by our Mayor (compare n002: same kind of story by the namesake)",
    ),
]

# --- Portal Verde Digital: aggregator, full text, some originals and many republished stories ---------------------------
STORIES += [
    S(
        "n146",
        "pverde",
        "2026-10-20T12:10:00-05:00",
        "Turistas descubren las cochas de Nueva Chonta",
        """Cada vez más mochileros llegan a Nueva Chonta para ver delfines rosados y lobos de río en las cochas cercanas. Los hospedajes del distrito reportan ocupación completa en los feriados.

        Un paseo en canoa de cuatro horas cuesta entre 60 y 100 soles.""",
        about=False,
        note="a travel piece naming the place",
    ),
    S(
        "n147",
        "pverde",
        "2026-10-28T16:30:00-05:00",
        "Municipio chontino capacita a 60 mototaxistas en primeros auxilios",
        """Sesenta mototaxistas de Nueva Chonta aprobaron un curso de primeros auxilios dictado por el municipio chontino y los bomberos. Cada vehículo llevará un botiquín.

        Es la primera vez que los transportistas reciben una capacitación así en el distrito.""",
        m="I",
        tone="+",
        note="training; transport is no topic",
    ),
    S(
        "n148",
        "pverde",
        "2026-11-05T11:20:00-05:00",
        "Nueva Chonta: vecinos bloquean calle por zanja abierta hace dos meses",
        """Vecinos del jirón Ucayali bloquearon la calle con troncos en protesta por una zanja de desagüe que la municipalidad abrió hace dos meses y nunca cerró. Una anciana cayó en ella la semana pasada.

        El gerente de Servicios Públicos, Lizardo Mozombite, llegó al lugar y prometió taparla en 48 horas.""",
        m="P",
        t="obras",
        tone="-",
        note="abandoned street works; angry neighbours",
    ),
    S(
        "n149",
        "pverde",
        "2026-11-17T10:45:00-05:00",
        "Teniente alcaldesa de Nueva Chonta: «No voy a postular»",
        """La teniente alcaldesa de Nueva Chonta, Yolanda Ruiz Ushiñahua, descartó postular a la alcaldía en las próximas elecciones. «Termino mi periodo y vuelvo a la docencia», dijo.

        Su nombre sonaba como posible candidata del movimiento regional.""",
        m="T",
        tone="0",
        note="political news, neutral",
    ),
    S(
        "n150",
        "pverde",
        "2026-11-22T09:15:00-05:00",
        "Sin tributos no hay servicios, dice el alcalde Pinedo a morosos",
        """«Sin tributos no hay servicios», dijo el alcalde Pinedo al presentar la lista de los cien mayores deudores de arbitrios del distrito, que será publicada en el portal municipal.

        La lista incluye a dos exregidores y a un exgerente. Los afectados califican la medida de «escarnio».""",
        m="A",
        t="tributos",
        tone="0",
        note="a contested collection measure; neither praise nor criticism dominates",
    ),
]

# --- syndicated copies ------------------------------------------------------------------------------------------------
STORIES += [
    C(
        "n151",
        "n001",
        "pverde",
        "2026-10-12T11:00:00-05:00",
        "Nueva Chonta ya tiene embarcadero con rampa de concreto",
        extra="Fuente: Diario El Oriente de Marañoncillo.",
    ),
    C("n152", "n001", "amazonia", "2026-10-13T08:30:00-05:00", "Un embarcadero digno para los pasajeros del Marañón"),
    C(
        "n153",
        "n004",
        "pverde",
        "2026-10-14T12:40:00-05:00",
        "Doce días sin recojo: la avenida Ribereña entre bolsas y gallinazos",
        lead="Doce días lleva la avenida Ribereña de Nueva Chonta sin que pase el camión compactador: bolsas rotas, gallinazos y un olor que llega hasta el puerto.",
    ),
    C(
        "n154",
        "n007",
        "ecos",
        "2026-10-16T14:00:00-05:00",
        "Bote ambulancia pagado y no entregado: regidora lleva caso a Contraloría",
    ),
    C(
        "n155",
        "n007",
        "pverde",
        "2026-10-16T18:30:00-05:00",
        "Denuncian pago adelantado de 287 mil soles por bote que no llega",
        extra="Con información de Diario El Oriente de Marañoncillo.",
    ),
    C("n156", "n008", "apr", "2026-10-17T13:10:00-05:00", "Fumigan 2 400 viviendas en distrito amazónico por dengue"),
    C(
        "n157",
        "n009",
        "pverde",
        "2026-10-18T10:20:00-05:00",
        "Pinedo Tuanama: «La carretera es regional, no municipal»",
    ),
    C("n158", "n010", "ecos", "2026-10-19T13:50:00-05:00", "Malecón de Nueva Chonta sin cámaras desde junio"),
    C(
        "n159",
        "n013",
        "pverde",
        "2026-10-22T12:00:00-05:00",
        "Jirón Loreto: cinco años, 80 metros de pista y una zanja",
        extra="Fuente: Diario El Oriente de Marañoncillo.",
    ),
    C("n160", "n014", "chontaweb", "2026-10-24T09:00:00-05:00", "Novecientos vecinos atendidos en feria de salud"),
    C("n161", "n017", "pverde", "2026-10-26T15:20:00-05:00", "Adiós a los silos: Las Palmeras estrena red de desagüe"),
    C("n162", "n020", "apr", "2026-10-29T16:00:00-05:00", "Distrito amazónico eleva en 38% su recaudación predial"),
    C(
        "n163",
        "n021",
        "pverde",
        "2026-10-30T13:10:00-05:00",
        "Escolares cruzan por una tabla: puente de Quebrada Honda sigue cerrado",
    ),
    C("n164", "n023", "apr", "2026-11-01T12:30:00-05:00", "MEF financia primer relleno sanitario de Nueva Chonta"),
    C(
        "n165",
        "n023",
        "pverde",
        "2026-11-01T15:45:00-05:00",
        "Adiós al botadero: Nueva Chonta construirá relleno sanitario",
        lead="Nueva Chonta dejará de botar su basura en la quebrada: el alcalde Wálter Pinedo Tuanama anunció que el MEF transfirió 6,8 millones de soles a la municipalidad para construir el primer relleno sanitario del distrito, en un terreno de doce hectáreas en la carretera a Yarinal.",
        m="A",
    ),
    C(
        "n166",
        "n026",
        "pverde",
        "2026-10-12T17:00:00-05:00",
        "Junta vecinal de Puerto Nuevo recibe motocarga para recoger basura",
    ),
    C(
        "n167",
        "n027",
        "pverde",
        "2026-10-13T16:00:00-05:00",
        "Ocho meses para cambiar tres focos en el parque de Belén",
    ),
    C("n168", "n030", "ecos", "2026-10-16T16:20:00-05:00", "Roban otro peque peque en el puerto de Nueva Chonta"),
    C(
        "n169",
        "n035",
        "pverde",
        "2026-10-21T16:40:00-05:00",
        "Gerenta desmiente privatización de la limpieza pública",
        extra="Fuente: La Selva Hoy.",
    ),
    C("n170", "n036", "apr", "2026-10-22T15:00:00-05:00", "Anemia infantil cae 14 puntos en distrito de la Amazonía"),
    C("n171", "n036", "pverde", "2026-10-22T17:30:00-05:00", "Nueva Chonta reduce la anemia de 41% a 27%"),
    C(
        "n172",
        "n037",
        "pverde",
        "2026-10-23T14:15:00-05:00",
        "Investigan presunta colusión en compra de petróleo en Nueva Chonta",
    ),
    C(
        "n173",
        "n038",
        "pverde",
        "2026-10-24T15:30:00-05:00",
        "Dos alcaldes Pinedo firman convenio por ambulancia fluvial",
    ),
    C("n174", "n042", "apr", "2026-10-28T13:00:00-05:00", "Alcalde amazónico critica recorte del Foncomun"),
    C(
        "n175",
        "n049",
        "pverde",
        "2026-10-21T10:00:00-05:00",
        "Alcalde de Nueva Chonta vuelve a prometer el jirón Loreto",
        lead="El alcalde de Nueva Chonta, Wálter Pinedo, volvió a prometer en una entrevista radial que este año terminará la obra del jirón Loreto; varios oyentes le recordaron que hizo la misma promesa en 2024 y en 2025.",
    ),
    C("n176", "n053", "ecos", "2026-10-25T13:40:00-05:00", "Barrenderos de Nueva Chonta sin sueldo de setiembre"),
    C(
        "n177",
        "n060",
        "pverde",
        "2026-10-16T12:00:00-05:00",
        "Serenazgo chontino ya patrulla el río en deslizador",
        extra="Fuente: Marañoncillo Televisión Canal 5.",
    ),
    C("n178", "n060", "selva", "2026-10-16T15:30:00-05:00", "Presentan patrulla fluvial contra el robo de motores"),
    C(
        "n179",
        "n061",
        "pverde",
        "2026-10-18T14:30:00-05:00",
        "Mercado de Nueva Chonta en riesgo alto y sin expediente aprobado",
    ),
    C(
        "n180",
        "n064",
        "pverde",
        "2026-10-24T13:20:00-05:00",
        "«Era solo para la foto»: patrulla fluvial sin combustible",
    ),
    C("n181", "n066", "ecos", "2026-10-28T15:10:00-05:00", "Alcalde niega vínculos con grifo investigado"),
    C(
        "n182",
        "n067",
        "pverde",
        "2026-10-30T16:30:00-05:00",
        "Escolares de Belén vuelven a cruzar el puente de Quebrada Honda",
    ),
    C("n183", "n069", "chontaweb", "2026-11-03T10:00:00-05:00", "Llegó el nuevo compactador"),
    C("n184", "n070", "pverde", "2026-11-05T12:10:00-05:00", "Rechazan vacancia contra alcalde de Nueva Chonta"),
    C(
        "n185",
        "n073",
        "oriente",
        "2026-10-14T07:00:00-05:00",
        "Premio nacional para Nueva Chonta por su lucha contra la anemia",
        extra="Con información de la Agencia Peruana de Regiones.",
    ),
    C(
        "n186",
        "n074",
        "oriente",
        "2026-10-18T07:00:00-05:00",
        "Contraloría: pagaron tubería que no se instaló en Las Palmeras",
        extra="Con información de la Agencia Peruana de Regiones.",
    ),
    C("n187", "n074", "pverde", "2026-10-17T18:00:00-05:00", "Sobrecosto de 412 mil soles en desagüe de Las Palmeras"),
    C(
        "n188",
        "n077",
        "pverde",
        "2026-10-29T17:45:00-05:00",
        "Ya se puede pagar el predial desde el celular en Nueva Chonta",
    ),
    C(
        "n189",
        "n078",
        "oriente",
        "2026-11-03T07:15:00-05:00",
        "Caso bote ambulancia: fiscalía formaliza investigación por peculado",
        extra="Con información de la Agencia Peruana de Regiones.",
    ),
    C("n190", "n080", "pverde", "2026-11-10T18:20:00-05:00", "Robos caen 31% en Nueva Chonta"),
    C("n191", "n084", "pverde", "2026-10-18T15:00:00-05:00", "Denuncian al alcalde Pinedo por presunto nepotismo"),
    C("n192", "n087", "ecos", "2026-10-31T16:00:00-05:00", "Tres Navidades esperando el mercado nuevo de Nueva Chonta"),
    C(
        "n193",
        "n089",
        "pverde",
        "2026-11-08T17:10:00-05:00",
        "Quebrada Shapaja: 18 toneladas diarias de basura sin tratar",
    ),
    C("n194", "n099", "pverde", "2026-11-09T09:00:00-05:00", "Quebrada Honda vuelve a estar limpia en Belén"),
    C(
        "n195",
        "n104",
        "pverde",
        "2026-10-13T18:10:00-05:00",
        "Alcalde de Yarinal acusa a Nueva Chonta de botar basura en su distrito",
    ),
    C("n196", "n107", "pverde", "2026-10-19T16:20:00-05:00", "Posta de Santa Isabel se queda sin medicinas"),
    C(
        "n197",
        "n113",
        "pverde",
        "2026-10-31T17:40:00-05:00",
        "Alcalde con escoba: tres toneladas de residuos recogidas en el puerto",
    ),
    C(
        "n198",
        "n116",
        "apr",
        "2026-11-06T17:00:00-05:00",
        "Distrito amazónico cumple un mes sin casos nuevos de dengue",
    ),
    C(
        "n199",
        "n118",
        "pverde",
        "2026-11-10T15:30:00-05:00",
        "Ambulantes denuncian coimas de fiscalizadores municipales",
    ),
    C(
        "n200",
        "n121",
        "pverde",
        "2026-10-16T10:00:00-05:00",
        "Opinión: el alcalde de las fotos",
        extra="Publicado originalmente en Semanario Tahuampa.",
    ),
    C("n201", "n134", "pverde", "2026-11-10T12:20:00-05:00", "Regidora Cenepo: ni una obra terminada en 2026"),
    C(
        "n202",
        "n137",
        "apr",
        "2026-11-13T14:30:00-05:00",
        "Distrito amazónico cierra botadero que contaminaba el Marañón",
    ),
    C(
        "n203",
        "n139",
        "pverde",
        "2026-11-15T13:00:00-05:00",
        "Uniformes de serenos al doble de precio y sin licitación",
    ),
    C("n204", "n142", "pverde", "2026-11-07T14:20:00-05:00", "Renuncia gerenta municipal citada por la fiscalía"),
    C("n205", "n145", "pverde", "2026-11-13T15:30:00-05:00", "Nuevo Amanecer estrena losa deportiva"),
    C("n206", "n129", "pverde", "2026-11-05T12:30:00-05:00", "Pinedo pide al Minsa médico para Santa Isabel"),
]

# --- notices, council business and statements (written last, to balance tone) ----------------------------------------
STORIES += [
    S(
        "n207",
        "oriente",
        "2026-11-16T07:20:00-05:00",
        "Concejo de Nueva Chonta sesionará en el centro poblado Santa Isabel",
        """Por primera vez, el concejo municipal de Nueva Chonta realizará una sesión descentralizada fuera del palacio municipal: será el jueves en el local comunal del centro poblado Santa Isabel.

        La agenda incluye el pedido de los vecinos para ampliar la ruta del bote escolar. La sesión es pública.""",
        about=True,
        tone="0",
        note="council business; no one named, no topic",
    ),
    S(
        "n208",
        "oriente",
        "2026-11-17T06:45:00-05:00",
        "Municipalidad de Nueva Chonta abre convocatoria para 20 serenos",
        """La Municipalidad de Nueva Chonta abrió una convocatoria CAS para contratar 20 serenos. Los postulantes deben tener secundaria completa, entre 21 y 45 años y no registrar antecedentes.

        Los expedientes se reciben hasta el 30 de noviembre en mesa de partes.""",
        m="I",
        t="seguridad",
        tone="0",
        note="a hiring notice",
    ),
    S(
        "n209",
        "oriente",
        "2026-11-18T07:55:00-05:00",
        "Jornada de limpieza y fumigación en cinco barrios este sábado",
        """La Municipalidad Distrital de Nueva Chonta realizará este sábado una jornada de recojo de inservibles y fumigación contra el zancudo del dengue en Belén, Las Palmeras, Centenario, Puerto Nuevo y Nuevo Amanecer.

        Los vecinos deberán sacar llantas, baldes y chatarra a la puerta desde las siete de la mañana.""",
        m="I",
        t="limpieza salud",
        tone="0",
        note="a notice covering two topics",
    ),
    S(
        "n210",
        "oriente",
        "2026-11-19T07:10:00-05:00",
        "Alcalde Pinedo viaja a Lima para reunión con el Ministerio de Vivienda",
        """El alcalde de Nueva Chonta, Wálter Pinedo Tuanama, viajó ayer a Lima para reunirse con funcionarios del Ministerio de Vivienda sobre el proyecto de agua potable del distrito.

        Durante su ausencia, el despacho de alcaldía estará a cargo de la teniente alcaldesa Yolanda Ruiz.""",
        m="A T",
        tone="0",
        note="agenda item; water is none of the five topics",
    ),
    S(
        "n211",
        "oriente",
        "2026-11-20T07:35:00-05:00",
        "Defensoría pide a municipios de Marañoncillo publicar sus planillas",
        """La Defensoría del Pueblo recordó a las nueve municipalidades de la provincia de Marañoncillo que deben publicar sus planillas en el portal de transparencia. Según su supervisión, cuatro no lo hacen, entre ellas la Municipalidad Distrital de Nueva Chonta.

        Las entidades tienen quince días para cumplir.""",
        m="I",
        tone="-",
        note="named among those not complying",
    ),
    S(
        "n212",
        "rchonta",
        "2026-11-06",
        "Gerente Mozombite explica cómo separar los residuos en casa",
        """En nuestro espacio de servicio, el gerente de Servicios Públicos, Lizardo Mozombite, explicó cómo separar los residuos en casa: en una bolsa lo orgánico, en otra el plástico y el cartón, y aparte el vidrio.

        Dijo que los barrios con mejor separación recibirán plantones de árboles frutales.""",
        m="P",
        t="limpieza",
        tone="0",
        note="an explanatory interview",
    ),
    S(
        "n213",
        "rchonta",
        "2026-11-09",
        "Comunicado: la municipalidad atenderá hasta el mediodía por el aniversario provincial",
        """Comunicado de la Municipalidad Distrital de Nueva Chonta: el lunes 9 de noviembre, por el aniversario de la provincia, las oficinas atenderán solo hasta el mediodía.

        El servicio de serenazgo y el recojo de basura funcionarán con normalidad.""",
        m="I",
        tone="0",
        note="office hours notice; services mentioned only in passing",
    ),
    S(
        "n214",
        "rchonta",
        "2026-11-12",
        "Regidora Cenepo y teniente alcaldesa Ruiz debaten en cabina",
        """Esta mañana debatieron en nuestra cabina la regidora Milagros Cenepo y la teniente alcaldesa Yolanda Ruiz sobre la ejecución del presupuesto municipal.

        Cenepo sostuvo que la gestión ejecutó menos de la mitad de la inversión; Ruiz respondió que diciembre es el mes de mayor gasto y que el año cerrará sobre 70%.""",
        m="R T",
        tone="0",
        note="a debate with both sides given equal weight",
    ),
    S(
        "n215",
        "rchonta",
        "2026-11-14",
        "Inscripciones abiertas para la vacaciones útiles municipales",
        """La municipalidad informa que desde el lunes se abren las inscripciones para las vacaciones útiles: natación en la piscina municipal, danza, dibujo y fútbol.

        Los cupos son limitados y se inscribe con copia del DNI del niño.""",
        about=True,
        tone="0",
        note="a notice; no one named, no topic",
    ),
    S(
        "n216",
        "mtv",
        "2026-11-11T04:10:00Z",
        "Alcalde de Nueva Chonta responde a la encuesta: «Las encuestas no inauguran obras»",
        """Consultado sobre la encuesta que le da 52% de desaprobación, el alcalde de Nueva Chonta dijo esta noche que respeta la opinión de los vecinos, pero que «las encuestas no inauguran obras».

        Anunció que presentará un informe de gestión en la plaza de armas el 15 de diciembre.""",
        m="A",
        tone="0",
        note="the Mayor's reply to a poll; a statement, not an outcome",
    ),
    S(
        "n217",
        "mtv",
        "2026-11-13T03:55:00Z",
        "Nueva Chonta evalúa cambiar el horario del mercado",
        """La municipalidad chontina consulta a los comerciantes del mercado de abastos si prefieren abrir a las cuatro o a las cinco de la mañana, para ordenar la llegada de los botes de pescado.

        La consulta se cerrará el viernes.""",
        m="I",
        tone="0",
        note="a consultation; market hours are no topic",
    ),
    S(
        "n218",
        "mtv",
        "2026-11-15T04:40:00Z",
        "Teniente alcaldesa Ruiz asume despacho de alcaldía por viaje del alcalde",
        """La teniente alcaldesa Yolanda Ruiz Ushiñahua asumió esta noche el despacho de alcaldía de Nueva Chonta mientras dure el viaje del alcalde a Lima.

        Ruiz encabezará la sesión de concejo del jueves.""",
        m="T",
        tone="0",
        note="routine delegation; 'el alcalde' bare",
    ),
    S(
        "n219",
        "apr",
        "2026-11-21T12:40:00-05:00",
        "Municipios de la Amazonía discuten en Tarapoto la gestión de residuos",
        """Representantes de 30 municipalidades amazónicas se reunieron en Tarapoto para compartir experiencias en gestión de residuos sólidos. La gerenta municipal de Nueva Chonta, Rosario Saldaña, expuso el plan de cierre del botadero de su distrito.

        El encuentro fue organizado por el Ministerio del Ambiente.""",
        m="G",
        t="limpieza",
        tone="0",
        note="'la gerenta municipal de Nueva Chonta' names the person, not the institution",
    ),
    S(
        "n220",
        "apr",
        "2026-11-24T11:10:00-05:00",
        "Nueva Chonta actualiza el valor de sus predios para 2027",
        """La Municipalidad Distrital de Nueva Chonta aprobó la actualización de los valores arancelarios de terrenos para el cálculo del impuesto predial de 2027. El alza promedio será de 4%.

        Los contribuyentes recibirán la declaración jurada en enero.""",
        m="I",
        t="tributos",
        tone="0",
        note="technical tax notice",
    ),
    S(
        "n221",
        "selva",
        "2026-11-15T09:50:00-05:00",
        "Gerenta Saldaña declara ante la fiscalía por compra de combustible",
        """La gerenta municipal Rosario Saldaña Arévalo se presentó ayer ante la Fiscalía Anticorrupción de Marañoncillo para declarar como testigo en la investigación por la compra de petróleo.

        Su abogado dijo que entregó los documentos del proceso y que su defendida no está comprendida como investigada.""",
        m="G",
        tone="0",
        note="a procedural step told flatly; she appears as a witness",
    ),
    S(
        "n222",
        "selva",
        "2026-11-17T10:05:00-05:00",
        "Comuna chontina presenta el plan de seguridad ciudadana 2027",
        """El comité distrital de seguridad ciudadana, presidido por el alcalde Wálter Pinedo, aprobó el plan 2027, que prevé 20 serenos más y la reparación de las cámaras del malecón. La comuna chontina lo financiará con 1,1 millones de soles.

        El plan será publicado en el portal municipal.""",
        m="A I",
        t="seguridad",
        tone="0",
        note="a plan approved, not yet an outcome",
    ),
    S(
        "n223",
        "selva",
        "2026-11-19T09:15:00-05:00",
        "Marañoncillo: alcalde provincial Tello pide unidad a los alcaldes distritales",
        """El alcalde provincial Hernán Tello Rengifo convocó a los alcaldes de los nueve distritos a una mesa de trabajo para coordinar la respuesta a la temporada de lluvias.

        La primera reunión será el lunes en el auditorio de la municipalidad provincial.""",
        about=False,
        note="the provincial Mayor convenes all districts; nothing of ours named",
    ),
    S(
        "n224",
        "ecos",
        "2026-11-16T14:10:00-05:00",
        "Nueva Chonta publica cronograma de pagos del predial 2027",
        """El municipio chontino publicó el cronograma de pagos del impuesto predial y los arbitrios de 2027: la primera cuota vencerá el 27 de febrero.

        Quienes paguen el año completo hasta esa fecha tendrán 10% de descuento en arbitrios.""",
        m="I",
        t="tributos",
        tone="0",
        note="a schedule",
    ),
    S(
        "n225",
        "ecos",
        "2026-11-18T15:05:00-05:00",
        "Regidora Cenepo pide al alcalde Pinedo informe sobre el mercado",
        """En la sesión de concejo, la regidora Milagros Cenepo pidió al alcalde Pinedo un informe escrito sobre el estado del expediente técnico del nuevo mercado de abastos.

        El alcalde se comprometió a entregarlo en quince días.""",
        m="R A",
        t="obras",
        tone="0",
        note="a request and a commitment, no outcome",
    ),
    S(
        "n226",
        "ecos",
        "2026-11-20T13:55:00-05:00",
        "Posta de Santa Isabel recibe medicinas de la Diresa",
        """La posta médica de Santa Isabel recibió un lote de medicinas de la Dirección Regional de Salud, tras semanas de desabastecimiento.

        La enfermera dijo que el stock alcanza para dos meses. El gerente Mozombite, que gestionó el envío, pidió a la Diresa que el abastecimiento sea mensual.""",
        m="P",
        t="salud",
        tone="+",
        note="a shortage solved with our official's help",
    ),
    S(
        "n227",
        "chontaweb",
        "2026-11-22T10:30:00-05:00",
        "Así quedó la nueva señalización del malecón",
        """La municipalidad pintó los cruces peatonales del malecón y colocó señales de tránsito en las cuatro esquinas de la plaza.

        Los motocarristas tendrán un paradero fijo frente al embarcadero.""",
        about=True,
        tone="0",
        note="traffic signs; no topic, no one named; factual",
    ),
    S(
        "n228",
        "chontaweb",
        "2026-11-24T09:40:00-05:00",
        "Teniente alcaldesa Ruiz recibe a delegación de Yarinal",
        """La teniente alcaldesa Yolanda Ruiz recibió a una delegación de regidores de Yarinal que llegó para conocer el programa de reciclaje del mercado.

        Los visitantes recorrieron el centro de acopio y conversaron con las recicladoras.""",
        m="T",
        t="limpieza",
        tone="0",
        note="an institutional visit about our recycling programme",
    ),
    S(
        "n229",
        "amazonia",
        "2026-11-24T12:00:00-05:00",
        "¿Quién es Wálter Pinedo Tuanama, el alcalde «Pichico»?",
        """Wálter Pinedo Tuanama nació en Nueva Chonta en 1971, fue profesor de primaria durante veinte años y llegó a la alcaldía en 2023 con 34% de los votos. Le dicen «Pichico» desde niño por lo inquieto.

        Su gestión tiene cifras a favor, como la caída de la anemia, y cuentas pendientes, como el mercado y el jirón Loreto.""",
        m="A",
        tone="0",
        note="a profile with both sides",
    ),
    S(
        "n230",
        "pverde",
        "2026-11-25T10:00:00-05:00",
        "Nueva Chonta: nuevo reglamento para los mototaxis",
        """El concejo de Nueva Chonta aprobó un reglamento que obliga a los mototaxis a llevar tarifario visible y limita a tres los pasajeros. Las multas van de 50 a 300 soles.

        La ordenanza entrará en vigencia en enero.""",
        about=True,
        tone="0",
        note="transport rules; 'el concejo de Nueva Chonta' is not the institution alias",
    ),
]

STORIES += [
    C("n231", "n209", "rchonta", "2026-11-19", "Este sábado: recojo de inservibles y fumigación en cinco barrios"),
    C(
        "n232",
        "n214",
        "pverde",
        "2026-11-12T16:00:00-05:00",
        "Cenepo y Ruiz, cara a cara sobre el presupuesto",
        extra="Fuente: Radio La Chontina 101.5 FM.",
    ),
    C("n233", "n216", "pverde", "2026-11-11T11:30:00-05:00", "Pinedo: «Las encuestas no inauguran obras»"),
    C(
        "n234",
        "n222",
        "pverde",
        "2026-11-17T14:40:00-05:00",
        "Plan de seguridad 2027: 20 serenos más y cámaras reparadas",
    ),
    C(
        "n235",
        "n229",
        "pverde",
        "2026-11-24T16:30:00-05:00",
        "Perfil: el profesor que llegó a la alcaldía de Nueva Chonta",
        extra="Publicado originalmente en Amazonía al Instante.",
    ),
]
