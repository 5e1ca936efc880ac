# ruff: noqa: E501
"""Held-out part heldout19: a blind part about an invented provincial municipality of the northern highlands.

Written by hand by writer 24, for this purpose only, WITHOUT looking at the pipeline's code (heraldo/**), its
tests, its baselines, tone or topic dumps, the other parts' stories (beyond the header, SETUP, SOURCES and first
stories of heldout6, for the format) or any report of the pipeline on them. Labels follow the labelling rules of
docs/monitoring-evaluation.md and were fixed by the writer, as a reader, before the part was ever run; they must
not be changed because of what the pipeline answers. Every name, outlet and place is invented (the real country,
its ministries and its big cities appear only as a real story would name them).

This part brings its own watch list (SETUP), outlets, person codes and template furniture: the Municipalidad
Provincial de Cumbilca (MPC), a provincial municipality of Peru's northern highlands (dairy farming, rondas
campesinas, a colonial plaza with its cathedral, Carnival, a regional hospital under construction, frosts on the
jalca and landslides in the rain season). Its seat is the town of Cumbilca; the province's districts (Lanchepampa,
Huayrapongo, Chaupiloma, San Juan de Tingo, Quellapampa) have district municipalities of their own. Its Mayor is
a woman. The stories run from mid-October to early December 2026.

Codes: m = who is named (A alcaldesa provincial Graciela Tafur Chilón «Chela», G gerente municipal Wálter Idrogo
Herrera, T teniente alcalde Segundo Huatay Quiliche, R regidor (opposition) Dagoberto Cieza Malca, E gerente de
Infraestructura Heráclides Abanto Chávez, I the Municipalidad Provincial de Cumbilca); t = topics (limpieza
seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the
municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own
headline, sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "la alcaldesa de Cumbilca", "la alcaldesa provincial de Cumbilca", "la alcaldesa cumbilquina", "la burgomaestra
  de Cumbilca" are a title plus the place: they name the Mayor. A bare "la alcaldesa", "la alcaldesa provincial",
  "la burgomaestra", "la primera autoridad de la provincia", "la comuna", "el municipio", "la gestión edil" do not.
  "Tafur" alone after the Mayor was named is part of the same mention. «Chela» alone counts only where it is
  plainly her (a story about her administration), never where it is the singer.
- "Municipalidad Provincial de Cumbilca", "Municipalidad de Cumbilca", "la MPC", "municipio cumbilquino",
  "comuna cumbilquina", "municipalidad cumbilquina", "municipio/comuna de Cumbilca", "municipio provincial de
  Cumbilca" and "Concejo Provincial de Cumbilca" (its governing council, named with the place) name the
  institution. A bare "la Municipalidad Provincial", "la provincial", "el concejo", "el serenazgo de Cumbilca",
  "vecinos de Cumbilca", "la ciudad", the Hospital Regional de Cumbilca, the Central Provincial de Rondas
  Campesinas de Cumbilca, the Patronato del Carnaval de Cumbilca, the Cooperativa Lechera Cumbilca and the
  district municipalities ("Municipalidad Distrital de Lanchepampa") do not. A person named with a title plus the
  place ("el gerente municipal de Cumbilca") is that person, not the institution.
- A person is named by full name, given name and first surname (with or without the accent: "Walter Idrogo"),
  both surnames, the nickname (when plainly her), title plus surname ("el regidor Cieza", "el ingeniero Abanto",
  "el teniente alcalde Huatay") or a listed alias.
- Traps: Eladio Tafur Rojas, Mayor of the district of Lanchepampa in the same province ("el alcalde Tafur" there,
  no relative); the cumbia singer Graciela «Chela» Tafur, of Chota; the long-distance runner Walter Idrogo of
  Celendín; the rondero Segundo Huatay Malca of Huayrapongo; the provincial Mayor of neighbouring Succhapampa,
  Óscar Lingán Vera ("el alcalde provincial"); the regional governor Fermín Collantes Saldaña; a caserío also
  called Cumbilca in Huánuco and the jirón Cumbilca of Breña, in Lima; the Hospital Regional de Cumbilca, built
  by the regional government; the river Chuclamayo.
- A story that names us only in passing (the land the municipality once donated, a list of sponsors) has its
  mentions, but is not about us: neutral, no topics.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives.
  The Mayor criticising the regional or national government is neutral toward us unless the story is about our
  own failure. A mixed story takes the tone a press officer would take away (headline and weight of the text).
  An accusation the official denies is still a story about an accusation (negative). Sarcasm is read for what
  it means. Stories not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention (serenos at the Carnival launch, a regidor's illness). A road, bridge or health service the
  Mayor asks others to fix takes that topic. Street works, bridges, drains, the market building, the plaza works
  and clearing landslides off provincial roads with the municipal machinery are obras; frost and rain aid
  (blankets, fodder, emergency declarations), water supply, the slaughterhouse, Vaso de Leche, traffic, the
  Carnival, culture and sport are none of the five. The vehicle tax (impuesto vehicular), the market fee (sisa),
  the amnesty and enforced collection are tributos municipales; traffic fines are not. The rabies vaccination of
  dogs and the municipal clinic are salud. Serenazgo, cameras and the work with the rondas urbanas are seguridad.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcalde",
    "R": "regidor_cieza",
    "E": "gerente_infraestructura",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Provincial de Cumbilca",
        "short_name": "MPC",
        "level": "PROVINCIAL",
        "province": "Cumbilca",
        "aliases": [
            "municipio cumbilquino",
            "comuna cumbilquina",
            "Municipalidad de Cumbilca",
            "municipalidad cumbilquina",
        ],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Graciela",
            "surnames": "Tafur Chilón",
            "sex": "F",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_PROVINCIAL",
            "nickname": "Chela",
            "aliases": ["Chela Tafur", "alcaldesa Tafur", "Tafur Chilón", "Graciela Tafur"],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Wálter",
            "surnames": "Idrogo Herrera",
            "sex": "M",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerente Idrogo", "gerente municipal Wálter Idrogo", "Walter Idrogo Herrera"],
        },
        {
            "key": "teniente_alcalde",
            "given_names": "Segundo",
            "surnames": "Huatay Quiliche",
            "sex": "M",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcalde Huatay", "regidor Huatay"],
        },
        {
            "key": "regidor_cieza",
            "given_names": "Dagoberto",
            "surnames": "Cieza Malca",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Cieza", "concejal Cieza"],
        },
        {
            "key": "gerente_infraestructura",
            "given_names": "Heráclides",
            "surnames": "Abanto Chávez",
            "sex": "M",
            "position": "Gerente de Infraestructura",
            "position_feminine": "Gerenta de Infraestructura",
            "office_code": "GERENTE_INFRAESTRUCTURA",
            "aliases": ["gerente Abanto", "ingeniero Abanto", "Heráclides Abanto"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "tribuna": {
        "name": "Tribuna de Cumbilca",
        "host": "tribunadecumbilca.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 42000,
    },
    "norandino": {
        "name": "Diario El Norandino",
        "host": "elnorandino.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 56000,
    },
    "rcumbre": {
        "name": "Radio Cumbre 103.7 FM",
        "host": "radiocumbre.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 30000,
    },
    "ctv": {
        "name": "Cumbilca TV Canal 5",
        "host": "cumbilcatv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 70000,
    },
    "api": {
        "name": "Agencia Peruana de Informaciones",
        "host": "agenciaperuanainfo.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 280000,
    },
    "pregiones": {
        "name": "Perú Regiones Hoy",
        "host": "peruregioneshoy.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 540000,
    },
    "jalca": {
        "name": "La Jalca Noticias",
        "host": "lajalcanoticias.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 33000,
    },
    "caldia": {
        "name": "Cumbilca al Día",
        "host": "cumbilcaaldia.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "vocero": {
        "name": "El Vocero Rondero",
        "host": "elvocerorondero.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 15000,
    },
    "surco": {
        "name": "Revista Surco Norteño",
        "host": "revistasurconorteno.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 9000,
    },
    "sierranorte": {
        "name": "Portal Sierra Norte",
        "host": "portalsierranorte.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 40000,
    },
    "expnor": {
        "name": "Express Nororiente",
        "host": "expressnororiente.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 10000,
    },
    "bvecino": {
        "name": "Boletín El Vecino Cumbilquino",
        "host": "boletinvecinocumbilquino.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 2500,
    },
    "campana": {
        "name": "Semanario La Campana",
        "host": "semanariolacampana.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 5000,
    },
    "rfrontera": {
        "name": "Radio Frontera Andina",
        "host": "radiofronteraandina.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 14000,
    },
}

FURNITURE = {
    "old_comments": [
        "Esa Chela Tafur solo aparece en el Carnaval, el resto del año ni se le ve por los barrios",
        "El municipio cumbilquino cobra los arbitrios puntualito y la basura sigue amontonada en las esquinas",
    ],
    "old_most_read": "Roban seis vacas lecheras de una estancia en Huayrapongo",
    "old_motto": "El diario de la jalca norteña desde 1994",
    "old_city": "Cumbilca",
    "section_agenda": "Lanchepampa celebra a su patrona con corrida de toros y castillo",
    "hostile_place": "Cumbilca",
    "hostile_alias": "municipio cumbilquino",
    "error_page_outlet": "Radio Frontera Andina, la señal que une la provincia",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expnor": {
        "name": "Express Nororiente",
        "outlet": "expnor",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["k004", "k118"],
        "cut_at": 0.65,
    },
    "bvecino": {"name": "Boletín El Vecino Cumbilquino", "outlet": "bvecino", "format": "bomb", "path": "/rss"},
    "campana": {"name": "Semanario La Campana", "outlet": "campana", "format": "xxe", "path": "/feed/"},
    "rfrontera": {
        "name": "Radio Frontera Andina",
        "outlet": "rfrontera",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "tribuna": {
        "name": "Tribuna de Cumbilca",
        "outlet": "tribuna",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "norandino": {
        "name": "Diario El Norandino",
        "outlet": "norandino",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/provincias.xml",
    },
    "rcumbre": {
        "name": "Radio Cumbre 103.7 FM",
        "outlet": "rcumbre",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticiero",
    },
    "ctv": {"name": "Cumbilca TV Canal 5", "outlet": "ctv", "format": "atom", "path": "/atom.xml"},
    "api": {
        "name": "Agencia Peruana de Informaciones",
        "outlet": "api",
        "format": "atom",
        "path": "/regiones/norte.atom",
    },
    "pregiones": {
        "name": "Perú Regiones Hoy",
        "outlet": "pregiones",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "jalca": {
        "name": "La Jalca Noticias",
        "outlet": "jalca",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas.rss",
    },
    "caldia": {
        "name": "Cumbilca al Día",
        "outlet": "caldia",
        "format": "section",
        "template": "section",
        "path": "/locales",
    },
    "vocero": {
        "name": "El Vocero Rondero",
        "outlet": "vocero",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/noticias.xml",
    },
    "surco": {
        "name": "Revista Surco Norteño",
        "outlet": "surco",
        "format": "rss",
        "mode": "description",
        "path": "/opinion/rss",
    },
    "sierranorte": {
        "name": "Portal Sierra Norte",
        "outlet": "sierranorte",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
    },
}

STORIES = [
    # --- Tribuna de Cumbilca: provincial daily, full text in RSS, priority ------------------------------------------
    S(
        "k001",
        "tribuna",
        "2026-10-15T06:50:00-05:00",
        "Helada de siete bajo cero quema los pastos de la jalca y la leche cae a la mitad",
        """En la estancia de Teodora Chávez, en lo alto de Quellapampa, el ichu amaneció blanco y crujiente el martes. A las cinco de la mañana el termómetro de la estación de Campanario marcó 7,3 grados bajo cero, la temperatura más baja de un mes de octubre en doce años, según el Senamhi.

        Las vacas no quisieron comer. «Ayer ordeñé seis litros de cada una; la semana pasada eran catorce», contaba Teodora mientras echaba al corral la última paca de avena que le quedaba.

        La Cooperativa Lechera Cumbilca calcula que el acopio del miércoles bajó de 38 000 a 21 000 litros en los tres caseríos más altos de la provincia. El rye grass y el trébol sembrados en agosto se perdieron en unas 900 hectáreas.

        El Senamhi advirtió que las heladas podrían repetirse hasta el domingo, con cielo despejado por las noches, y recomendó abrigar a las crías y no soltar el ganado antes de las nueve.

        La alcaldesa Graciela Tafur Chilón subió el miércoles a Quellapampa con un camión de forraje y frazadas y anunció que pedirá al Ejecutivo declarar en emergencia los distritos altos. «Sin pasto no hay leche, y sin leche aquí no come nadie», dijo.""",
        m="A",
        tone="0",
        note="frost damage with the Mayor's aid and emergency request: none of the five topics; weight is on the frost",
    ),
    S(
        "k002",
        "tribuna",
        "2026-10-16T07:30:00-05:00",
        "Lanchepampa estrena losa deportiva y el alcalde Tafur ya promete un coliseo",
        """El caserío El Tambo, en el distrito de Lanchepampa, tiene desde el jueves una losa multideportiva con graderías techadas y alumbrado. La obra costó 480 000 soles y fue ejecutada por la Municipalidad Distrital de Lanchepampa con recursos del canon.

        El alcalde distrital Eladio Tafur Rojas cortó la cinta acompañado de los profesores del colegio y de una banda de músicos de Chota. «La próxima será el coliseo, ya tenemos el terreno», aseguró.

        El burgomaestre, que no es pariente de la alcaldesa provincial pese al apellido, dijo que el expediente del coliseo estará listo en marzo. Los vecinos le pidieron primero arreglar la trocha que en época de lluvias deja aislado al caserío.""",
        about=False,
        note="namesake: the district Mayor of Lanchepampa shares the surname; 'la alcaldesa provincial' is bare",
    ),
    S(
        "k003",
        "tribuna",
        "2026-10-17T08:10:00-05:00",
        "Aprueban amnistía: quien pague el predial antes del 20 de diciembre no pagará moras",
        """El Concejo Provincial de Cumbilca aprobó en sesión ordinaria una ordenanza de amnistía que condona el cien por ciento de las moras e intereses del impuesto predial y de los arbitrios de años anteriores, siempre que el contribuyente cancele el tributo insoluto hasta el 20 de diciembre.

        La propuesta fue presentada por el teniente alcalde Segundo Huatay Quiliche, presidente de la comisión de Economía. Según la oficina de rentas, unos 4 800 predios de la ciudad tienen algún tributo pendiente.

        Quienes prefieran fraccionar podrán pagar en cuatro cuotas, pero en ese caso solo se perdonará la mitad de los intereses. Las ventanillas de la calle Dos de Mayo atenderán también los sábados por la mañana.""",
        m="I T",
        t="tributos",
        tone="0",
        note="'Concejo Provincial de Cumbilca' names the institution by the writer's convention; a plain notice",
    ),
    S(
        "k004",
        "tribuna",
        "2026-10-22T07:00:00-05:00",
        "Tres meses sin sueldo: obreros de limpieza dejan las escobas y la basura se amontona en el centro",
        """Desde el lunes nadie barre la plaza de armas de Cumbilca. Los 64 obreros de limpieza pública de la Municipalidad Provincial de Cumbilca se declararon en huelga indefinida porque no cobran desde julio, y los cilindros del jirón Comercio ya rebosan.

        «Tenemos hijos en el colegio, a varios nos han cortado la luz, hay compañeros que se fueron a la costa a buscar trabajo en las chacras», dijo Nicolasa Rabanal, secretaria general del sindicato, frente a la puerta del palacio municipal, donde los huelguistas instalaron una olla común.

        Los dos camiones compactadores siguen guardados en el depósito de la avenida Los Lecheros. Sin choferes ni ayudantes, el recojo de los barrios San Sebastián, La Recoleta y Pueblo Nuevo está suspendido.

        Frente al Mercado Santa Rosa, un cerro de cáscaras, bolsas y restos de verdura ocupa media calzada. Los perros lo han desparramado hasta la esquina del colegio de mujeres. «El olor ya llega a los puestos de queso», se quejó una vendedora que pidió no ser identificada.

        El gerente municipal Wálter Idrogo Herrera reconoció la deuda, que suma unos 410 000 soles, y la atribuyó a «la caída de las transferencias del Foncomún y a una recaudación que no alcanza». Prometió que la próxima semana se pagará un mes.

        El sindicato rechazó la oferta. «Un mes de tres no es solución, es limosna», respondió Rabanal.""",
        m="I G",
        t="limpieza",
        tone="-",
        note="unpaid street sweepers on strike; the municipality's own failure",
    ),
    S(
        "k005",
        "tribuna",
        "2026-10-18T08:20:00-05:00",
        "Ronderos de Huayrapongo capturan a dos abigeos con once toretes y los entregan a la Policía",
        """Tras dos días de persecución por las punas de Huayrapongo, la ronda campesina del caserío Alto Lloque capturó el sábado a dos hombres que arreaban once toretes robados de una estancia de Chaupiloma.

        «Los encontramos al amanecer, escondidos en una cueva con los animales amarrados», relató Segundo Huatay Malca, presidente del comité de base, que encabezó la búsqueda con cuarenta ronderos.

        Los detenidos fueron entregados a la comisaría de Huayrapongo con el acta de intervención firmada por los dirigentes. El ganado volvió a su dueño el mismo día. Según la Central Provincial de Rondas Campesinas de Cumbilca, en lo que va del año se han recuperado 130 cabezas de ganado robado.""",
        about=False,
        note="namesake: a rondero shares the teniente alcalde's given name and first surname; 'robados' with no municipal angle",
    ),
    S(
        "k006",
        "tribuna",
        "2026-10-19T07:40:00-05:00",
        "Empiezan a levantar las losetas de la plaza de armas; la remodelación durará cinco meses",
        """Cercos de calamina rodean desde ayer la mitad norte de la plaza de armas. La Municipalidad Provincial de Cumbilca inició la remodelación que cambiará las losetas de los años ochenta, el sistema de drenaje y las bancas, con una inversión de 2,9 millones de soles.

        El gerente de Infraestructura, Heráclides Abanto Chávez, explicó que la obra se hará por cuadrantes para no cerrar por completo el acceso a la catedral. «Primero el lado del jirón Bolognesi; en enero pasamos al lado del cabildo», detalló.

        Los fotógrafos de la plaza y las vendedoras de humitas se mudaron a la esquina de la Recoleta. «Ojalá terminen antes del Carnaval, porque si no, ¿dónde bailamos?», preguntó una de ellas.""",
        m="I E",
        t="obras",
        tone="0",
        note="the start of a work, told plainly",
    ),
    S(
        "k007",
        "tribuna",
        "2026-10-20T07:15:00-05:00",
        "Hospital Regional de Cumbilca llega al 68 % de avance, pero con la mitad de obreros",
        """Las grúas siguen en pie, pero el ruido ha bajado. El Hospital Regional de Cumbilca, que el Gobierno Regional construye en la salida hacia Lanchepampa, registró en setiembre un avance físico de 68 %, según el último informe de supervisión, y la planilla de obreros pasó de 420 a 210.

        El consorcio a cargo atribuye la reducción a un retraso de dos valorizaciones. La gerencia regional de Infraestructura asegura que los pagos se harán este mes y que el hospital, de 180 camas, se entregará a fines de 2027.

        El proyecto se levanta sobre un terreno de seis hectáreas que la Municipalidad Provincial de Cumbilca donó en 2019. La obra cuesta 412 millones de soles y ya acumula dos ampliaciones de plazo.""",
        m="I",
        about=False,
        note="passing mention: the land the municipality donated years ago; the hospital is the regional government's",
    ),
    S(
        "k008",
        "tribuna",
        "2026-10-21T08:00:00-05:00",
        "Regidor Cieza pide explicar pago de 96 000 soles a consultora por un «plan de marketing» del Carnaval",
        """El regidor Dagoberto Cieza Malca pidió en la sesión de concejo del martes que la gestión explique por qué se pagaron 96 000 soles a una consultora de Trujillo por un «plan de posicionamiento turístico» del Carnaval 2027, que, según dijo, «nadie ha visto».

        «Tenemos obreros que no cobran hace tres meses y pagamos casi cien mil soles por unas diapositivas», afirmó el concejal, que mostró la orden de servicio emitida en agosto.

        El gerente municipal, Wálter Idrogo, respondió que el plan sí fue entregado y que incluye el diseño de la marca «Cumbilca, capital del Carnaval norteño». Ofreció alcanzar el documento a los regidores la próxima semana.""",
        m="R G",
        tone="-",
        note="an opposition regidor questions a payment; the Carnival is none of the five topics; institution not named",
    ),
    S(
        "k009",
        "tribuna",
        "2026-10-23T07:25:00-05:00",
        "Serenos y rondas urbanas patrullarán juntos los barrios los fines de semana",
        """A partir de esta noche, cada camioneta del serenazgo saldrá con dos ronderos urbanos a bordo. Así lo establece el convenio que firmaron ayer la alcaldesa provincial Graciela Tafur Chilón y el presidente de la Central de Rondas Urbanas, Nemesio Guevara.

        El patrullaje mixto cubrirá de diez de la noche a cuatro de la mañana los barrios de Pueblo Nuevo, El Molino y Cruz Blanca, donde se concentraron 38 de los 61 robos a viviendas denunciados en el tercer trimestre.

        La Municipalidad Provincial de Cumbilca aportará el combustible y los radios; las rondas, su conocimiento de cada calle. «El rondero sabe quién es de aquí y quién no», resumió Guevara.

        Los ronderos no portarán armas ni podrán detener a nadie fuera de flagrancia, precisó la comisaría, que participará con un efectivo por turno.""",
        m="A I",
        t="seguridad",
        tone="+",
        note="a security agreement; 'robos' figures are context",
    ),
    S(
        "k010",
        "tribuna",
        "2026-10-24T20:40:00-05:00",
        "Walter Idrogo gana la Maratón de los Andes y sueña con correr en Boston",
        """El celendino Walter Idrogo cruzó primero la meta de la Maratón de los Andes con un tiempo de 2 horas, 19 minutos y 40 segundos, a casi tres minutos del segundo lugar.

        El fondista, de 27 años, entrena a 3 200 metros de altura y trabaja como profesor de educación física. «Corro desde niño, llevando la leche al acopio», dijo al recibir la medalla.

        Con la marca logró la clasificación a la Maratón de Boston de abril. La federación estudia financiarle el viaje.""",
        about=False,
        note="namesake: a runner named like the gerente municipal (given name and first surname)",
    ),
    S(
        "k011",
        "tribuna",
        "2026-10-26T07:05:00-05:00",
        "Vecinos de La Recoleta queman la basura acumulada y los bomberos llegan a apagarla",
        """Una columna de humo negro se levantó el domingo por la tarde sobre el barrio La Recoleta. Vecinos de la cuadra cinco del jirón Sucre prendieron fuego a las bolsas que se acumulaban en la esquina desde que empezó la huelga de los obreros de la comuna cumbilquina.

        «No es que queramos contaminar, pero ya había ratas entrando a las casas», explicó una madre de familia. Los bomberos tardaron cuarenta minutos en sofocar el fuego, que alcanzó un poste de teléfono.

        La huelga de limpieza cumple hoy su octavo día y no hay fecha para una nueva reunión.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a consequence of the municipality's strike",
    ),
    S(
        "k012",
        "tribuna",
        "2026-10-30T07:30:00-05:00",
        "Municipio paga dos meses y los obreros vuelven a barrer; el recojo se normaliza en tres días",
        """Al filo de la medianoche del miércoles, la alcaldesa Graciela Tafur y el sindicato de obreros firmaron el acta que pone fin a once días de huelga. La Municipalidad Provincial de Cumbilca pagó ayer los sueldos de julio y agosto, y el de setiembre el 15 de noviembre.

        A las seis de la mañana de ayer los compactadores ya estaban en la calle. Las cuadrillas empezaron por el Mercado Santa Rosa y el jirón Comercio, donde se retiraron unas 70 toneladas de residuos en una sola jornada.

        «Ha sido duro para todos, pero la ciudad tiene que estar limpia», dijo la alcaldesa, que pidió disculpas a los vecinos. El gerente municipal Wálter Idrogo Herrera informó que el pago se hará con un adelanto del canon.

        El sindicato advirtió que volverá a parar si el tercer mes no llega en la fecha pactada.""",
        m="A I G",
        t="limpieza",
        tone="+",
        note="a mixed story: the strike ends with payment; headline and weight are the recovery",
    ),
    S(
        "k013",
        "tribuna",
        "2026-10-30T07:00:00-05:00",
        "Cultura paraliza la remodelación de la plaza de armas: la obra no tenía autorización",
        """Inspectores de la Dirección Desconcentrada de Cultura colocaron ayer los carteles rojos de paralización en los cercos de la plaza de armas de Cumbilca. Según el acta, la Municipalidad Provincial de Cumbilca inició la remodelación sin la autorización que exige la ley para intervenir una plaza del centro histórico.

        La plaza, trazada en 1560 y rodeada por la catedral, el antiguo cabildo y cuatro casonas con balcones de madera, forma parte de la zona monumental declarada en 1972. Los inspectores encontraron que la empresa había retirado unas 300 piedras de canto rodado del siglo XIX y las había apilado junto al depósito municipal.

        «No se puede tocar un centímetro de un espacio monumental sin un proyecto aprobado», dijo el director de Cultura, Ricardo Malaver. La sanción puede llegar a 1 000 unidades impositivas tributarias.

        El gerente de Infraestructura, Heráclides Abanto, sostuvo que el expediente fue enviado en junio y que la falta de respuesta «equivale a una aprobación». Cultura lo desmintió: el expediente fue observado en julio y la municipalidad nunca levantó las observaciones.

        Mientras tanto, media plaza sigue cercada, con zanjas abiertas y la lluvia convirtiendo la tierra en barro. Las procesiones de noviembre tendrán que rodear la obra.""",
        m="I E",
        t="obras",
        tone="-",
        note="a work stopped for lack of a permit; the official's denial is contradicted",
    ),
    S(
        "k014",
        "tribuna",
        "2026-11-02T07:45:00-05:00",
        "Huaico bloquea la carretera a Lanchepampa y deja cuarenta vehículos varados",
        """Una masa de lodo y piedras de unos doscientos metros cúbicos cayó el domingo a las cuatro de la tarde sobre el kilómetro 14 de la carretera Cumbilca–Lanchepampa, tras seis horas de lluvia intensa.

        Cuarenta vehículos, entre combis, camiones lecheros y autos particulares, quedaron varados a ambos lados. Varios pasajeros caminaron por la ladera para trasbordar. El camión de la cooperativa tuvo que botar 3 000 litros de leche que no alcanzaron a llegar a la planta.

        La Municipalidad Provincial de Cumbilca envió un cargador frontal y una retroexcavadora, que empezaron a trabajar al anochecer con reflectores. El Senamhi mantiene la alerta naranja por lluvias hasta el miércoles.""",
        m="I",
        t="obras",
        tone="0",
        note="a landslide with the municipal machinery sent to clear it; told plainly",
    ),
    S(
        "k015",
        "tribuna",
        "2026-11-03T07:20:00-05:00",
        "Una Holstein de Chaupiloma gana la feria ganadera con 42 litros diarios",
        """«Margarita», una vaca Holstein de cinco años criada por la familia Vargas en Chaupiloma, se llevó el gran campeonato de la XXIV Feria Ganadera Provincial con una producción controlada de 42 litros diarios.

        El jurado, integrado por zootecnistas de la universidad, premió también a los mejores quesos mantecosos y quesillos. Los organizadores calculan que el domingo pasaron por el campo ferial unas 12 000 personas.

        La feria fue organizada por la Asociación de Ganaderos de Cumbilca con el auspicio de la Cooperativa Lechera, el Gobierno Regional y la Municipalidad Provincial de Cumbilca. El próximo año se hará en el nuevo campo de la avenida Los Lecheros.""",
        m="I",
        about=False,
        note="passing mention in a list of sponsors",
    ),
    S(
        "k016",
        "tribuna",
        "2026-11-04T07:35:00-05:00",
        "Casa por casa: comuna y Red de Salud salen a buscar la anemia en los barrios",
        """Con un hemoglobinómetro en la mochila y una lista de 1 200 nombres, doce brigadistas tocan desde ayer las puertas de Pueblo Nuevo y El Molino. La Municipalidad Provincial de Cumbilca y la Red de Salud iniciaron una campaña de tamizaje de anemia en niñas y niños de seis a 36 meses.

        En la provincia, uno de cada tres niños de esa edad tiene anemia. A los que salgan con hemoglobina baja se les entregará sulfato ferroso y una canasta con sangrecita, hígado y menestras que aporta el municipio.

        «A mi hijo lo pesaron, lo midieron y le hicieron la prueba sin que yo tenga que perder el día en la posta», contó Rosmery Terrones, de El Molino. La campaña seguirá hasta el 30 de noviembre.""",
        m="I",
        t="salud",
        tone="+",
        note="a health campaign that reaches people; the provincial figure is context, not a municipal outcome",
    ),
    S(
        "k017",
        "tribuna",
        "2026-11-05T21:10:00-05:00",
        "Cumbilca estrena central de videovigilancia con 24 cámaras en el centro histórico",
        """Veinticuatro cámaras de alta definición vigilan desde esta noche la plaza de armas, el mercado, el terminal terrestre y las salidas de la ciudad. La alcaldesa Graciela Tafur Chilón inauguró la central de monitoreo, instalada en el segundo piso del palacio municipal, con seis operadores que trabajarán en tres turnos.

        El sistema, que costó 1,2 millones de soles, permite seguir a un sospechoso de cámara en cámara y enviar su ubicación a las camionetas del serenazgo por radio. «Queremos que el que venga a robar sepa que lo estamos mirando», dijo la alcaldesa.

        La Municipalidad Provincial de Cumbilca compartirá las imágenes con la comisaría en tiempo real. La segunda etapa, con otras 20 cámaras en los barrios, está prevista para 2027.""",
        m="A I",
        t="seguridad",
        tone="+",
        note="a delivered security system",
    ),
    S(
        "k018",
        "tribuna",
        "2026-11-06T19:50:00-05:00",
        "Chela Tafur vuelve con «Corazón de jalca» y anuncia gira por el norte",
        """Después de dos años alejada de los escenarios, la cantante chotana Graciela «Chela» Tafur presentó en Lima su nuevo disco, «Corazón de jalca», con diez temas que mezclan cumbia, huayno norteño y coplas de Carnaval.

        «Canto lo que escuché de niña en las fiestas de mi pueblo», dijo la intérprete de «Vaquita lechera», el tema que la hizo conocida en 2015. La gira empieza en enero por Chiclayo, Jaén y Chota.

        Chela Tafur contó que prepara un dúo con una banda de músicos de la sierra de La Libertad. El disco ya está en las plataformas digitales.""",
        about=False,
        note="namesake: the singer shares the Mayor's name and nickname",
    ),
    S(
        "k019",
        "tribuna",
        "2026-11-07T08:00:00-05:00",
        "Impuesto vehicular: la cuarta cuota vence el 30 de noviembre",
        """La Municipalidad de Cumbilca recordó a los propietarios de autos, camionetas y camiones con menos de tres años de inscripción que el 30 de noviembre vence la cuarta y última cuota del impuesto vehicular de 2026.

        El pago puede hacerse en las ventanillas de rentas o en las agencias de la caja municipal. Pasada la fecha, se cobrará la tasa de interés moratorio vigente.""",
        m="I",
        t="tributos",
        tone="0",
        note="short notice; the vehicle tax is a provincial municipal tax",
    ),
    S(
        "k020",
        "tribuna",
        "2026-11-09T07:10:00-05:00",
        "Regidor Cieza pide la vacancia de la alcaldesa Tafur por supuesto nepotismo",
        """El regidor opositor Dagoberto Cieza Malca presentó el viernes ante el concejo un pedido de vacancia contra la alcaldesa provincial de Cumbilca, Graciela Tafur Chilón, por la causal de nepotismo. Según el escrito, un sobrino de la alcaldesa, Jhonny Chilón Tafur, trabaja desde marzo como asistente en la Gerencia de Infraestructura con un sueldo de 3 800 soles.

        «La ley es clarísima: hasta el cuarto grado de consanguinidad no se puede contratar a familiares», afirmó Cieza, que adjuntó la partida de nacimiento del joven y la orden de servicio.

        La alcaldesa negó cualquier intervención. «No he recomendado a nadie y no sabía que ese muchacho trabajaba ahí», declaró. El gerente de Infraestructura, Heráclides Abanto, aseguró que el joven fue contratado por locación de servicios «por su perfil profesional» y que su contrato ya fue resuelto.

        El concejo tiene treinta días hábiles para votar el pedido. Si lo rechaza, Cieza puede apelar ante el Jurado Nacional de Elecciones.""",
        m="R A E",
        tone="-",
        note="an accusation the Mayor denies is still negative; institution only as 'el concejo'",
    ),
    S(
        "k021",
        "tribuna",
        "2026-11-10T07:55:00-05:00",
        "Asaltan al camión que llevaba el pago de los ganaderos de Chaupiloma",
        """Cuatro hombres encapuchados cerraron el paso con un tronco al camión de la Cooperativa Lechera en la bajada de Chaupiloma y se llevaron 86 000 soles que iban a repartirse entre 140 productores de leche.

        El chofer y el tesorero de la cooperativa fueron amarrados a un eucalipto. La Policía encontró el tronco y una moto abandonada a dos kilómetros. Los ganaderos cobran cada quincena y la cooperativa ha anunciado que pagará con un préstamo bancario mientras la investigación avanza.""",
        about=False,
        note="'asaltan' in a robbery with no municipal angle",
    ),
    S(
        "k022",
        "tribuna",
        "2026-11-12T07:20:00-05:00",
        "El Chuclamayo se lleva el puente de Santa Elena y los escolares cruzan colgados de una oroya",
        """Del puente peatonal de Santa Elena solo quedan los estribos de concreto. La crecida del río Chuclamayo, la madrugada del martes, arrancó el tablero de madera y los cables que unían el barrio con el colegio San Ramón.

        Desde ayer, unos 300 escolares cruzan el río en una oroya improvisada por los vecinos: una canasta de fierro que se jala a mano con una soga. «Da miedo, pero si no, son dos horas de vuelta por la carretera», dijo Yeni, de trece años, con la mochila apretada contra el pecho.

        Los padres de familia recuerdan que en marzo advirtieron por escrito que los cables estaban oxidados. «Nos dijeron que había un perfil de mantenimiento. El río fue más rápido», reclamó el presidente de la junta vecinal, Alipio Cotrina.

        La alcaldesa de Cumbilca, Graciela Tafur Chilón, visitó la zona por la tarde y dijo que pedirá un puente Bailey al Ministerio de Transportes. La Municipalidad Provincial de Cumbilca prohibió el uso de la oroya, pero no ofreció otra forma de cruzar.""",
        m="A I",
        t="obras",
        tone="-",
        note="a bridge lost after ignored warnings; the municipality answers without a solution",
    ),
    S(
        "k023",
        "tribuna",
        "2026-11-13T07:40:00-05:00",
        "Succhapampa reabre su mercado modelo después de cuatro años de obra",
        """Los 420 comerciantes del mercado modelo de Succhapampa volvieron ayer a sus puestos. El alcalde provincial Óscar Lingán Vera entregó el edificio de dos pisos, con cámaras de frío para carnes y lácteos y un patio de comidas, tras una obra que se arrastró desde 2022.

        «Hubo un contratista que se fue, un arbitraje y una pandemia de por medio. Pero aquí está», dijo el alcalde provincial, que agradeció la paciencia de las vendedoras. La obra costó 14 millones de soles.""",
        about=False,
        note="another province's mayor and market works",
    ),
    S(
        "k024",
        "tribuna",
        "2026-11-14T07:30:00-05:00",
        "Vacunarán contra la rabia a siete mil perros en la ciudad",
        """Desde hoy, veinte puestos de vacunación antirrábica funcionarán en parques, colegios y mercados de la ciudad. La campaña, organizada por la Red de Salud con apoyo del municipio cumbilquino, espera inmunizar a 7 000 perros y gatos.

        La vacuna es gratuita. Los dueños deben llevar a sus animales con correa y bozal, y los menores de edad deberán ir acompañados. En 2025 se reportaron 212 mordeduras de perro en la provincia.""",
        m="I",
        t="salud",
        tone="0",
        note="the rabies campaign is salud by the writer's convention; a plain notice",
    ),
    S(
        "k025",
        "tribuna",
        "2026-11-16T07:00:00-05:00",
        "Nuevo Mercado Santa Rosa: setenta días paralizado y el contratista no contesta",
        """El esqueleto de concreto del nuevo Mercado Santa Rosa está cubierto de plásticos rotos y charcos. Desde el 6 de setiembre no se ve un solo obrero. El consorcio que ejecuta la obra, contratada en 2025 por 11,6 millones de soles, retiró su maquinaria y no responde las cartas notariales que le envía la Municipalidad Provincial de Cumbilca.

        Mientras tanto, 380 comerciantes siguen en los puestos provisionales de la calle Ramón Castilla: toldos de plástico azul sobre la pista, sin desagüe y con cables colgando. «Cuando llueve, el agua corre por debajo de las mesas de carne», contó la dirigente Aurelia Vásquez.

        La obra tiene un avance de 54 %, según la última valorización. En octubre, la Contraloría emitió un informe de orientación que alerta del riesgo de que el municipio pierda el adelanto de materiales de 1,1 millones entregado al consorcio sin la carta fianza vigente.

        El gerente de Infraestructura, Heráclides Abanto Chávez, dijo que la municipalidad prepara la resolución del contrato y que la obra se terminará «por administración directa». No precisó con qué dinero.

        Los comerciantes han pedido una reunión con la alcaldesa y amenazan con bloquear la vía de evitamiento si no hay respuesta antes de fin de mes.""",
        m="I E",
        t="obras",
        tone="-",
        note="a stalled municipal work with a Contraloría warning",
    ),
    S(
        "k026",
        "tribuna",
        "2026-11-18T07:15:00-05:00",
        "La plaza conservará sus piedras: municipio y Cultura firman acuerdo y la obra se reanuda",
        """Tras tres semanas de paralización, la remodelación de la plaza de armas se reanudará el lunes. La Municipalidad Provincial de Cumbilca y la Dirección Desconcentrada de Cultura firmaron un acta por la cual el proyecto se modifica para conservar el empedrado de canto rodado y las bancas de piedra de 1904.

        Las 300 piedras retiradas serán colocadas en su lugar original, bajo supervisión de un arqueólogo. El nuevo drenaje irá por debajo del empedrado, sin alterar su nivel. «Hemos aprendido. La plaza es de todos y se hará como manda la ley», dijo la alcaldesa Graciela Tafur Chilón.

        El gerente de Infraestructura, Heráclides Abanto, calculó que el cambio costará unos 180 000 soles más y alargará la obra hasta abril. El Carnaval, por lo tanto, se bailará con media plaza aún en obras.""",
        m="I A E",
        t="obras",
        tone="+",
        note="a mixed story whose headline and weight are the agreement and the resumption",
    ),
    S(
        "k027",
        "tribuna",
        "2026-11-19T07:50:00-05:00",
        "Concejo aprueba 450 000 soles para el Carnaval 2027 con el voto en contra de Cieza",
        """Con nueve votos a favor y dos en contra, el concejo aprobó el martes una partida de 450 000 soles para la organización del Carnaval 2027, que incluye el corso, el concurso de patrullas y comparsas, la elección de la reina y la seguridad de la semana central.

        El teniente alcalde Segundo Huatay Quiliche defendió el gasto: según un estudio de la cámara de comercio, la fiesta dejó el año pasado 19 millones de soles en hoteles, restaurantes y transporte.

        El regidor Dagoberto Cieza votó en contra. «No estoy contra el Carnaval, estoy contra bailar sobre una deuda con los obreros», dijo. La regidora Mercedes Alvarado se sumó a su voto.""",
        m="T R",
        tone="0",
        note="a council vote with both sides; the Carnival is none of the five; institution only as 'el concejo'",
    ),
    S(
        "k028",
        "tribuna",
        "2026-11-20T07:25:00-05:00",
        "Con un puente Bailey, Santa Elena vuelve a cruzar el Chuclamayo",
        """Nueve días después de que el río se llevara el puente de madera, los escolares de Santa Elena volvieron a cruzar el Chuclamayo caminando. Un puente modular tipo Bailey de 36 metros, prestado por el Ministerio de Transportes, quedó abierto ayer al mediodía.

        Las cuadrillas de la Municipalidad Provincial de Cumbilca trabajaron tres noches seguidas para vaciar los nuevos apoyos de concreto. «Lo prometido es deuda», dijo la alcaldesa Graciela Tafur Chilón al cruzar el puente junto a los alumnos del colegio San Ramón.

        El gerente de Infraestructura, Heráclides Abanto Chávez, informó que el expediente del puente definitivo, de concreto, estará listo en febrero.""",
        m="I A E",
        t="obras",
        tone="+",
        note="a delivered emergency bridge",
    ),
    S(
        "k029",
        "tribuna",
        "2026-11-22T08:05:00-05:00",
        "Alcaldesa Tafur al gobernador: «Un hospital no se inaugura con maquetas»",
        """La alcaldesa provincial de Cumbilca, Graciela Tafur Chilón, arremetió ayer contra el gobernador regional Fermín Collantes Saldaña por la paralización del Hospital Regional de Cumbilca, donde desde hace dos semanas solo trabajan vigilantes.

        «Cada año el gobernador viene con una maqueta y una fecha nueva. Nuestras madres siguen dando a luz en un centro de salud de 1978, con dos camas de parto», dijo durante la audiencia pública en el cabildo. Recordó que los pacientes graves deben ser trasladados a Chiclayo, a ocho horas.

        El gobernador respondió por la tarde que el Ministerio de Economía adeuda 40 millones de soles de la transferencia prometida y que la obra se reanudará en enero. «La alcaldesa sabe que no depende de nosotros», dijo.

        La alcaldesa anunció que encabezará una delegación de dirigentes a Lima la próxima semana.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticising the regional government over a hospital: neutral toward us, salud",
    ),
    S(
        "k030",
        "tribuna",
        "2026-11-24T07:05:00-05:00",
        "La mitad de las cámaras no graba: robo a una joyería de la plaza quedó sin imágenes",
        """Diecinueve días después de su inauguración, once de las 24 cámaras de la central de videovigilancia no registran imágenes. Lo descubrió la Policía el domingo, cuando pidió las grabaciones del robo a la joyería Virgen del Carmen, en el portal de la plaza de armas.

        Los ladrones rompieron la vitrina a las tres de la madrugada y se llevaron cadenas y anillos por unos 60 000 soles. La cámara de esa esquina estaba encendida, pero el disco donde debía guardarse el video estaba lleno desde el 12 de noviembre.

        El gerente municipal Walter Idrogo admitió la falla y la atribuyó a un error de configuración del proveedor. «Hemos exigido la garantía; en 48 horas todo estará operativo», dijo. La dueña de la joyería anunció que pedirá a la Municipalidad Provincial de Cumbilca una indemnización.""",
        m="G I",
        t="seguridad",
        tone="-",
        note="the municipal cameras failed when needed; gerente named without the accent",
    ),
    S(
        "k031",
        "tribuna",
        "2026-11-25T07:30:00-05:00",
        "El Minam aprueba el relleno sanitario y el botadero de Quishuar tiene los días contados",
        """Después de seis años de idas y vueltas, el Ministerio del Ambiente aprobó el expediente técnico del primer relleno sanitario de la provincia, que se construirá en la pampa de Tuctuhuasi, a once kilómetros de la ciudad, con una inversión de 18,4 millones de soles.

        El relleno recibirá las 46 toneladas diarias que hoy acaban en el botadero de Quishuar, una ladera a cielo abierto donde los gallinazos y los cerdos comparten la basura con una docena de recicladoras. El lixiviado del botadero llega, en época de lluvias, a una quebrada que desemboca en el Chuclamayo.

        «Es el proyecto más importante de esta gestión», dijo la alcaldesa Graciela Tafur Chilón. La Municipalidad Provincial de Cumbilca espera licitar la obra en marzo y cerrar el botadero en 2028. Las recicladoras serán incorporadas a una planta de segregación.""",
        m="A I",
        t="limpieza",
        tone="+",
        note="an approval that moves a garbage project forward",
    ),
    S(
        "k032",
        "tribuna",
        "2026-11-27T07:45:00-05:00",
        "Universidad forma a cuarenta técnicos en sanidad animal para los caseríos lecheros",
        """La Universidad Nacional de Cumbilca entregó certificados a 40 jóvenes de comunidades campesinas que durante seis meses aprendieron a vacunar, desparasitar e inseminar ganado lechero.

        Cada técnico atenderá a unas cincuenta familias de su caserío. «Antes esperábamos al veterinario de la ciudad una semana; ahora lo tenemos en casa», dijo Fortunata Quispe, de Huayrapongo. El programa fue financiado por la cooperativa y una fundación holandesa.""",
        about=False,
        note="'sanidad' and the place in a story about the university",
    ),
    S(
        "k033",
        "tribuna",
        "2026-12-01T07:20:00-05:00",
        "La amnistía dispara el predial: ya se recaudaron 2,1 millones, 18 % más que en 2025",
        """A tres semanas de que venza la amnistía, la Municipalidad Provincial de Cumbilca ha recaudado 2,1 millones de soles por impuesto predial, 18 % más que en todo 2025. Por arbitrios, la cobranza subió de 620 000 a 790 000 soles.

        En las ventanillas de la calle Dos de Mayo las colas doblan la esquina desde las siete de la mañana. «Debía cuatro años; con el descuento de moras he pagado casi la mitad de lo que pensaba», contó don Eusebio Llanos, dueño de una casa en el barrio San Sebastián.

        El teniente alcalde Segundo Huatay Quiliche atribuyó el resultado a la amnistía y a la nueva caja de los sábados. Parte de lo recaudado se destinará a saldar el mes que aún se debe a los obreros de limpieza.""",
        m="I T",
        t="tributos",
        tone="+",
        note="a collection record told through figures; the sweepers' pay is a passing line",
    ),
    S(
        "k034",
        "tribuna",
        "2026-12-03T07:00:00-05:00",
        "Concejo cita al gerente Idrogo por el mercado paralizado y el sueldo atrasado de los obreros",
        """El gerente municipal Wálter Idrogo Herrera deberá presentarse el martes ante el pleno del concejo para explicar dos asuntos: la paralización de la obra del Mercado Santa Rosa, que ya cumple tres meses, y el pago de setiembre a los obreros de limpieza, que debió hacerse el 15 de noviembre y aún no llega.

        La citación fue aprobada por unanimidad, a pedido del regidor Dagoberto Cieza Malca. «Esta vez hasta los regidores de la alcaldesa votaron a favor», subrayó el concejal.

        El teniente alcalde Segundo Huatay, que presidió la sesión en ausencia de la titular, dijo que «nadie está por encima de la fiscalización». El sindicato de obreros anunció que asistirá a la sesión con pancartas.""",
        m="G R T",
        t="obras limpieza",
        tone="-",
        note="a manager summoned over two failures; 'el concejo' does not name the institution",
    ),
    S(
        "k035",
        "tribuna",
        "2026-12-04T18:30:00-05:00",
        "Teniente alcalde Huatay asume el despacho mientras la alcaldesa viaja a Lima",
        """Por resolución de alcaldía, el teniente alcalde Segundo Huatay Quiliche está a cargo del despacho de la Municipalidad Provincial de Cumbilca desde hoy hasta el miércoles 9.

        La alcaldesa Graciela Tafur Chilón viajó a Lima para reuniones en el Congreso y en dos ministerios, según informó la oficina de imagen institucional, que no precisó la agenda.""",
        m="T I A",
        tone="0",
        note="an administrative notice",
    ),
    # --- Diario El Norandino: regional paper, teasers in RSS, 2009 table template with comments --------------------
    S(
        "k036",
        "norandino",
        "2026-10-16T09:00:00-05:00",
        "Heladas: la región reparte 6 000 kits veterinarios en cuatro provincias altas",
        """La Dirección Regional de Agricultura empezó a distribuir 6 000 kits veterinarios —vitaminas, antiparasitarios y antibióticos— entre criadores de ganado de las zonas altoandinas de cuatro provincias, afectadas por las heladas de la última semana.

        Según el reporte regional de emergencias, 2 300 cabezas de ganado vacuno y 5 100 ovinos presentan cuadros respiratorios. Las pérdidas de pastos cultivados superan las 3 000 hectáreas.

        El director regional, Manuel Zegarra, pidió a los alcaldes distritales apoyar con el traslado de los kits a los caseríos más alejados. «Tenemos los medicamentos, nos falta llegar a las estancias», admitió.""",
        about=False,
        note="a regional frost programme; no one of ours is named",
    ),
    S(
        "k037",
        "norandino",
        "2026-10-19T10:15:00-05:00",
        "Cumbilca pide declaratoria de emergencia por heladas; la PCM evalúa el informe",
        """La Municipalidad Provincial de Cumbilca remitió a la Presidencia del Consejo de Ministros el informe técnico para que se declare en estado de emergencia a los distritos de Quellapampa, Huayrapongo y Chaupiloma por las heladas que afectaron a unas 3 400 familias ganaderas.

        La alcaldesa Graciela Tafur Chilón explicó que la declaratoria permitiría comprar forraje y medicinas sin licitación. «No podemos esperar tres meses un proceso de compra mientras las vacas se mueren», sostuvo.

        Fuentes de la PCM indicaron que el pedido debe pasar primero por el Gobierno Regional, que aún no lo ha visado.""",
        m="I A",
        tone="0",
        note="an emergency request: none of the five topics",
    ),
    S(
        "k038",
        "norandino",
        "2026-10-23T08:40:00-05:00",
        "Huelga de limpieza en Cumbilca: ciento veinte toneladas de basura en las calles",
        """Al quinto día de huelga de los obreros de limpieza, la ciudad de Cumbilca acumula unas 120 toneladas de residuos en esquinas, mercados y alrededores de los colegios, según un cálculo de la Red de Salud, que advirtió del riesgo de enfermedades diarreicas.

        El regidor Dagoberto Cieza Malca responsabilizó directamente a la gestión. «El municipio cumbilquino tuvo plata para fiestas y consultoras, pero no para pagar a quien barre la ciudad», afirmó.

        Hasta el cierre de esta edición no se había convocado a una nueva mesa de diálogo.""",
        m="I R",
        t="limpieza",
        tone="-",
        note="garbage piling up during the municipal strike",
    ),
    S(
        "k039",
        "norandino",
        "2026-10-27T09:30:00-05:00",
        "Jaén: brote de dengue obliga a fumigar tres mil viviendas",
        """Brigadas de la Dirección Regional de Salud fumigaron durante el fin de semana unas 3 000 viviendas de los sectores Fila Alta y Pueblo Libre, en Jaén, tras confirmarse 86 casos de dengue en lo que va de octubre.

        El director de Salud Ambiental pidió a la población eliminar los recipientes con agua estancada y no rechazar la visita de los fumigadores. Dos pacientes permanecen hospitalizados.""",
        about=False,
        note="dengue and fumigation in another province",
    ),
    S(
        "k040",
        "norandino",
        "2026-10-31T08:50:00-05:00",
        "Contraloría: el serenazgo de Cumbilca pagó combustible para camionetas que no salieron a patrullar",
        """Un informe de control de la Contraloría General encontró que entre enero y junio el serenazgo de Cumbilca registró el consumo de 8 600 galones de petróleo para cinco camionetas, pero las bitácoras muestran que dos de ellas estuvieron en el taller durante cuatro meses.

        El perjuicio estimado asciende a 97 000 soles. El informe recomienda iniciar procesos administrativos contra tres servidores de la Municipalidad Provincial de Cumbilca y alerta que, en ese periodo, el patrullaje nocturno se redujo a una sola unidad para toda la ciudad.

        La municipalidad informó que ya separó al jefe de la unidad de transporte y que colaborará con la investigación.""",
        m="I",
        t="seguridad",
        tone="-",
        note="'el serenazgo de Cumbilca' is not the institution, but it is named later; an audit of the security service",
    ),
    S(
        "k041",
        "norandino",
        "2026-11-03T09:20:00-05:00",
        "Tras 36 horas de trabajo, reabren la carretera entre Cumbilca y Lanchepampa",
        """La maquinaria de la Municipalidad Provincial de Cumbilca terminó hoy a las cuatro de la madrugada de retirar el lodo y las piedras que el huaico del domingo dejó sobre el kilómetro 14 de la vía a Lanchepampa.

        El gerente de Infraestructura, Heráclides Abanto Chávez, informó que las cuadrillas trabajaron en dos turnos, con reflectores, y que se construyó una cuneta provisional para desviar el agua de la quebrada. «La ladera sigue saturada; pedimos a los choferes no circular de noche», advirtió.

        Los camiones lecheros pasaron a primera hora. La cooperativa calcula que en día y medio de cierre se perdieron 9 000 litros de leche.""",
        m="I E",
        t="obras",
        tone="+",
        note="the municipal machinery reopens a provincial road: obras by the writer's convention",
    ),
    S(
        "k042",
        "norandino",
        "2026-11-06T10:00:00-05:00",
        "Gobernador Collantes: «El hospital de Cumbilca estará listo a fines de 2027»",
        """El gobernador regional Fermín Collantes Saldaña aseguró en conferencia de prensa que el Hospital Regional de Cumbilca se entregará a fines de 2027 y que el equipamiento, de 96 millones de soles, ya está en proceso de compra.

        Reconoció que la obra tiene «un ritmo menor del deseado» por retrasos en las transferencias del Gobierno central. «No vamos a dejar un elefante blanco», afirmó.""",
        about=False,
        note="the regional government's hospital; the place name is not the institution",
    ),
    S(
        "k043",
        "norandino",
        "2026-11-08T11:30:00-05:00",
        "Ganaderos bloquean la carretera a la costa y exigen un precio justo para la leche",
        """Unos dos mil productores de leche de tres provincias bloquearon desde la madrugada la carretera hacia la costa en el abra de Gavilán, a la altura del kilómetro 52, en protesta por el precio que pagan las grandes empresas acopiadoras: 1,35 soles por litro.

        «Producir un litro nos cuesta 1,20 soles. Con las heladas, ya estamos trabajando a pérdida», dijo el dirigente Anselmo Cabanillas. Los ganaderos piden un precio mínimo de 1,60 y la prohibición de la leche en polvo importada para la fabricación de derivados.

        La alcaldesa de Cumbilca, Graciela Tafur, se solidarizó con los productores desde su cuenta en redes sociales. El Ministerio de Desarrollo Agrario convocó a una mesa de diálogo para el martes.""",
        m="A",
        about=False,
        note="passing mention: the Mayor's solidarity in a regional dairy protest",
    ),
    S(
        "k044",
        "norandino",
        "2026-11-10T08:30:00-05:00",
        "Piden vacar a la alcaldesa de Cumbilca por haber contratado a su sobrino",
        """Un pedido de vacancia por nepotismo pesa desde el viernes sobre la alcaldesa provincial de Cumbilca, Graciela Tafur Chilón. Lo presentó el regidor de oposición Dagoberto Cieza Malca, quien sostiene que un sobrino carnal de la burgomaestra trabaja en la Gerencia de Infraestructura desde marzo.

        La alcaldesa niega haber intervenido en la contratación. Según el abogado electoral Luis Arce, consultado por este diario, para que proceda la causal no basta el parentesco: debe probarse que la autoridad contrató o influyó en la contratación.

        En el último lustro, el Jurado Nacional de Elecciones ha vacado por nepotismo a catorce alcaldes del país.""",
        m="A R",
        tone="-",
        note="the vacancy request; the Mayor's denial does not make it less negative",
    ),
    S(
        "k045",
        "norandino",
        "2026-11-12T09:40:00-05:00",
        "Lluvias dañan 38 casas de adobe en Chaupiloma y San Juan de Tingo",
        """Las intensas lluvias de la última semana dejaron 38 viviendas de adobe afectadas y seis inhabitables en los distritos de Chaupiloma y San Juan de Tingo, informó el Centro de Operaciones de Emergencia Regional.

        La Municipalidad Distrital de Chaupiloma instaló carpas en el local comunal para cinco familias. Su alcalde, Teófilo Aguilar, pidió calaminas y plásticos a Indeci. En San Juan de Tingo, un deslizamiento cortó la trocha al caserío Pencaspampa.""",
        about=False,
        note="district municipalities of the province and their own emergency response",
    ),
    S(
        "k046",
        "norandino",
        "2026-11-15T09:10:00-05:00",
        "Licitan pista y veredas del jirón Bolognesi por 3,2 millones",
        """La Municipalidad de Cumbilca convocó la licitación pública para la pavimentación de seis cuadras del jirón Bolognesi, entre la plaza de armas y el puente de Santa Elena, con pistas de concreto, veredas, cunetas y redes de desagüe.

        El valor referencial es de 3,2 millones de soles y el plazo de ejecución, de 150 días. Las propuestas se recibirán hasta el 14 de diciembre.""",
        m="I",
        t="obras",
        tone="0",
        note="a tender notice",
    ),
    S(
        "k047",
        "norandino",
        "2026-11-17T10:05:00-05:00",
        "Comerciantes del Santa Rosa marchan y emplazan a la alcaldesa Tafur: «Termine el mercado»",
        """Con cacerolas y carteles, unas 300 vendedoras del mercado provisional de la calle Ramón Castilla marcharon ayer hasta la plaza de armas para exigir a la alcaldesa Graciela Tafur Chilón que reanude la obra del nuevo Mercado Santa Rosa, paralizada desde setiembre.

        «Dos lluvias de noviembre y ya perdimos mercadería. ¿Vamos a pasar así todo el verano?», gritó la dirigente Aurelia Vásquez frente al palacio municipal, donde ningún funcionario salió a recibirlas.

        Por la tarde, la Municipalidad Provincial de Cumbilca difundió un comunicado en el que anuncia la resolución del contrato con el consorcio ejecutor y promete reanudar la obra en enero.""",
        m="A I",
        t="obras",
        tone="-",
        note="a protest over a stalled municipal work",
    ),
    S(
        "k048",
        "norandino",
        "2026-11-19T08:20:00-05:00",
        "Neumonías en menores: la región suma 4 200 casos y las provincias altas encabezan la lista",
        """La Dirección Regional de Salud reportó 4 200 casos de neumonía en menores de cinco años en lo que va de 2026, 12 % más que el año anterior. Las provincias de Cumbilca, Succhapampa y Hualgamarca concentran la mitad de los casos.

        Los especialistas atribuyen el aumento a las heladas de octubre y a la baja cobertura de la vacuna contra el neumococo, que en algunos distritos no supera el 60 %. La Diresa anunció una campaña de vacunación casa por casa.""",
        about=False,
        note="regional health figures naming the province as a place",
    ),
    S(
        "k049",
        "norandino",
        "2026-11-21T09:00:00-05:00",
        "Cae banda de abigeos que robaba ganado lechero en tres provincias",
        """La Policía capturó en Succhapampa a siete integrantes de la banda «Los Toreros del Norte», acusada de robar más de 200 vacas lecheras en estancias de tres provincias desde 2024.

        La banda trasladaba los animales de noche en camiones con placas adulteradas y los vendía en camales clandestinos de la costa. En la intervención participaron ronderos de Huayrapongo, que alertaron del paso de un camión sospechoso.""",
        about=False,
        note="cattle theft, no municipal angle",
    ),
    S(
        "k050",
        "norandino",
        "2026-11-23T10:30:00-05:00",
        "Serenos rescatan a turista extraviada en el cerro Campanario",
        """Una turista argentina de 24 años que se extravió el sábado al bajar del cerro Campanario fue encontrada a las once de la noche por una patrulla del serenazgo de Cumbilca, guiada por la señal de su celular.

        La joven había subido sola para ver el atardecer sobre la ciudad y perdió el sendero cuando cayó la neblina. Los serenos la encontraron con hipotermia leve y la llevaron al centro de salud, de donde salió el domingo por la mañana.""",
        about=True,
        t="seguridad",
        tone="+",
        note="about a municipal service, but nothing of ours is named ('serenazgo de Cumbilca' is not the institution)",
    ),
    S(
        "k051",
        "norandino",
        "2026-11-26T08:45:00-05:00",
        "Fiscalía investiga al gerente de Infraestructura de Cumbilca por el adelanto del mercado",
        """La Fiscalía Provincial Especializada en Delitos de Corrupción abrió investigación preliminar contra el gerente de Infraestructura de la Municipalidad Provincial de Cumbilca, Heráclides Abanto Chávez, y otros dos funcionarios, por presunta colusión en la entrega de un adelanto de 1,1 millones de soles al consorcio que abandonó la obra del nuevo Mercado Santa Rosa.

        Según la disposición fiscal, el adelanto se pagó cuando la carta fianza que lo garantizaba ya había vencido. El gerente Abanto dijo que respetará la investigación y que demostrará que actuó «conforme a las normas».""",
        m="E I",
        t="obras",
        tone="-",
        note="a criminal inquiry into a municipal official over a work",
    ),
    S(
        "k052",
        "norandino",
        "2026-11-28T09:15:00-05:00",
        "Vecinos graban a camión recolector vaciando basura en la ribera del Chuclamayo",
        """Un video difundido en redes sociales muestra a un camión recolector con el logotipo de la comuna cumbilquina descargando bolsas de basura en la ribera del río Chuclamayo, a la altura del barrio El Molino, el jueves por la tarde.

        La municipalidad negó que se trate de una práctica habitual y atribuyó el hecho a «una decisión individual del chofer», quien fue suspendido. Los vecinos aseguran que no es la primera vez. «Los domingos, cuando el botadero de Quishuar está cerrado, bajan aquí», dijo uno de ellos.

        La Autoridad Nacional del Agua anunció una inspección.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a denied accusation about the garbage service stays negative",
    ),
    S(
        "k053",
        "norandino",
        "2026-12-01T10:20:00-05:00",
        "¿Quién es la capital del Carnaval? Cumbilca lanza su marca y desata la polémica",
        """La presentación de la marca «Cumbilca, capital del Carnaval norteño» encendió una discusión en redes con los vecinos de la capital regional, que reclaman para su fiesta ese título desde hace décadas.

        «Aquí el Carnaval se baila en la calle y con la familia; no compite con nadie», dijo la alcaldesa de Cumbilca, Graciela Tafur Chilón, en la ceremonia de lanzamiento en el teatro municipal.

        Los empresarios hoteleros celebraron la campaña: para la semana central de febrero, el 70 % de las habitaciones de la ciudad ya está reservado.""",
        m="A",
        tone="0",
        note="the Mayor and the Carnival brand: no topic",
    ),
    S(
        "k054",
        "norandino",
        "2026-12-02T09:30:00-05:00",
        "Succhapampa inaugura planta que convierte en compost la basura de sus mercados",
        """El alcalde provincial de Succhapampa, Óscar Lingán Vera, inauguró una planta de compostaje que procesará cada día cuatro toneladas de residuos orgánicos de los mercados y los hogares que segregan en su fuente.

        El abono se venderá a los agricultores a diez soles el saco. La planta fue visitada en agosto por funcionarios de la comuna cumbilquina, que preparan su propio proyecto de residuos sólidos.""",
        m="I",
        about=False,
        note="passing mention in another province's garbage story",
    ),
    S(
        "k055",
        "norandino",
        "2026-12-04T09:00:00-05:00",
        "Desratizarán el mercado provisional de la calle Ramón Castilla",
        """La Municipalidad Provincial de Cumbilca, junto con la Red de Salud, realizará el domingo la desratización y fumigación del mercado provisional de la calle Ramón Castilla, tras las quejas de las vendedoras por la presencia de roedores.

        Los puestos permanecerán cerrados de seis de la mañana a dos de la tarde. Se pide a las comerciantes retirar los alimentos y cubrir las mesas.""",
        m="I",
        t="salud",
        tone="0",
        note="fumigation and rat control in the market: salud",
    ),
    # --- Radio Cumbre 103.7 FM: newscast transcripts, whole text in the description, date-only pubDate -------------
    S(
        "k056",
        "rcumbre",
        "2026-10-15",
        "Alerta por heladas: abriguen a los niños y a los abuelitos",
        """Buenos días, Cumbilca. Son las seis y diez y en la parte alta de la provincia seguimos bajo cero. El Senamhi mantiene la alerta roja por heladas para esta noche y la de mañana en las zonas por encima de los 3 500 metros.

        Recomendaciones de la Red de Salud: abrigar bien a los niños y a los adultos mayores, no salir de madrugada sin gorro, tomar líquidos calientes y, ante fiebre o respiración rápida en los bebés, acudir de inmediato al puesto de salud. Ya lo saben, vecinos.""",
        about=False,
        note="short radio weather alert, health advice without a municipal angle",
    ),
    S(
        "k057",
        "rcumbre",
        "2026-10-20",
        "Alcaldesa Tafur en cabina: «No es falta de voluntad, es falta de plata»",
        """Estuvo en nuestros estudios la alcaldesa Graciela Tafur Chilón y, claro, le preguntamos por la huelga de los obreros de limpieza, que ya van dos días sin barrer. Esto nos dijo:

        «A nadie le gusta deber. Nosotros recibimos la municipalidad con una deuda de seis millones y este año el Foncomún ha bajado. No es falta de voluntad, es falta de plata. Les estamos pidiendo a los trabajadores un poquito de paciencia.»

        Le recordamos que en agosto se pagaron casi cien mil soles a una consultora para el Carnaval. La alcaldesa respondió que «son partidas distintas» y que no se puede pagar sueldos con un presupuesto de promoción turística. Los obreros, que escuchaban afuera, no quedaron muy convencidos.""",
        m="A",
        t="limpieza",
        tone="-",
        note="the Mayor explains her own failure to pay the sweepers",
    ),
    S(
        "k058",
        "rcumbre",
        "2026-10-21",
        "Obreros de limpieza toman la puerta del palacio municipal",
        """Atención: desde las siete de la mañana los obreros de limpieza en huelga tienen tomada la puerta principal del palacio municipal. No dejan entrar a los funcionarios. Piden hablar con la primera autoridad y que se les pague julio, agosto y setiembre. La Policía está en la zona. Seguimos informando.""",
        about=True,
        t="limpieza",
        tone="-",
        note="short radio copy about the municipal strike; nothing of ours is named",
    ),
    S(
        "k059",
        "rcumbre",
        "2026-10-24",
        "Alcalde de Lanchepampa se queja: «La provincial nos ha olvidado»",
        """En comunicación telefónica, el alcalde distrital de Lanchepampa, Eladio Tafur Rojas, denunció que hace dos meses pidió a la Municipalidad Provincial de Cumbilca que le preste su motoniveladora para arreglar la trocha de El Tambo a La Succha, y que hasta hoy no le contestan.

        «Somos parte de la provincia, pagamos nuestra parte del mantenimiento vial y la máquina nunca llega. La provincial nos ha olvidado», dijo el alcalde Tafur. Agregó que en lluvias los niños de La Succha caminan tres horas con el barro a las rodillas para ir al colegio.

        Intentamos comunicarnos con la gerencia de Infraestructura, pero no obtuvimos respuesta.""",
        m="I",
        t="obras",
        tone="-",
        note="the district Mayor namesake complains about the provincial municipality; only the institution is ours",
    ),
    S(
        "k060",
        "rcumbre",
        "2026-10-28",
        "Noveno día de huelga: fracasa la mesa de diálogo",
        """Después de cinco horas de reunión, terminó sin acuerdo la mesa de diálogo entre los obreros de limpieza y la gestión. El gerente municipal Wálter Idrogo ofreció pagar un mes ahora y los otros dos en diciembre; el sindicato pide dos meses ya.

        Nicolasa Rabanal, la dirigente, salió llorando: «Nos tratan como si pidiéramos un favor». Hoy se cumplen diez días con la ciudad llena de basura.""",
        m="G",
        t="limpieza",
        tone="-",
        note="failed talks in the municipal strike",
    ),
    S(
        "k061",
        "rcumbre",
        "2026-10-29",
        "¡Se levantó la huelga! Vuelven los compactadores",
        """Buenas noticias para la ciudad: esta madrugada se firmó el acta y se levantó la huelga de limpieza. La comuna cumbilquina paga hoy dos meses y el tercero el 15 de noviembre. Desde las seis ya están los camiones recogiendo en el mercado. Vecinos, saquen su basura en el horario de siempre, por favor.""",
        m="I",
        t="limpieza",
        tone="+",
        note="short radio copy: the strike ends",
    ),
    S(
        "k062",
        "rcumbre",
        "2026-11-02",
        "Choferes: eviten la ruta a Lanchepampa, hay huaico en el kilómetro 14",
        """Información para los transportistas: la carretera a Lanchepampa está cerrada en el kilómetro 14 por un huaico que cayó ayer en la tarde. La Policía de Carreteras recomienda no viajar hasta nuevo aviso. Las combis de la empresa Los Andinos están saliendo por Huayrapongo, una hora más de viaje. Y sigue lloviendo, así que tengan cuidado.""",
        about=False,
        note="a road alert with no municipal angle",
    ),
    S(
        "k063",
        "rcumbre",
        "2026-11-04",
        "Cieza: «Noventa y seis mil soles por un logo; ni Picasso cobraba tanto»",
        """El regidor Dagoberto Cieza estuvo en «Cumbre Noticias» y no se guardó nada. Ya vio el famoso plan de posicionamiento del Carnaval que pagó la municipalidad: cuarenta diapositivas y un logo con una serpentina.

        «Noventa y seis mil soles por un logo; ni Picasso cobraba tanto», ironizó. Anunció que pedirá a la Contraloría que revise la orden de servicio y dijo que tiene «más sorpresas» para la próxima sesión.""",
        m="R",
        tone="-",
        note="sarcastic criticism by the opposition regidor; the Carnival is no topic",
    ),
    S(
        "k064",
        "rcumbre",
        "2026-11-06",
        "¡La Chela llega a Cumbilca! Concierto por el aniversario de la radio",
        """Lo que estaban esperando, amigos de Radio Cumbre: para nuestro aniversario número 22, el 12 de diciembre, tendremos en el coliseo cerrado a la mismísima Chela Tafur, la voz de «Vaquita lechera», presentando su nuevo disco «Corazón de jalca».

        Entradas a 25 soles en nuestra cabina del jirón Lima. Los primeros cien se llevan un polo autografiado por la Chela.""",
        about=False,
        note="the singer (and her nickname) in the Mayor's own town",
    ),
    S(
        "k065",
        "rcumbre",
        "2026-11-09",
        "Alcaldesa Tafur sobre la vacancia: «Es una venganza política»",
        """La alcaldesa provincial Graciela Tafur Chilón llamó a la radio para responder al regidor Cieza, que pide su vacancia por nepotismo. «Es una venganza política de quien perdió las elecciones. Yo no contraté a nadie; el muchacho entró por un proceso», dijo.

        Reconoció, eso sí, que el joven es hijo de una prima hermana de su madre, y que «de haberlo sabido, no hubiera permitido que entre». El regidor Cieza nos dijo después que esa frase «ya es una confesión».""",
        m="A R",
        tone="-",
        note="the Mayor's denial in a story about a vacancy request",
    ),
    S(
        "k066",
        "rcumbre",
        "2026-11-11",
        "Veinte minutos de granizo dejan blanca la ciudad",
        """A las tres de la tarde el cielo se puso negro y cayó una granizada de veinte minutos que dejó las calles blancas como en la puna. Las cunetas del jirón Lima no se dieron abasto y el agua entró a dos tiendas. En el campo, los agricultores de Pencaspampa reportan daños en las chacras de papa en floración. El Senamhi anuncia más lluvias para el fin de semana.""",
        about=False,
        note="hail in the town; no municipal angle",
    ),
    S(
        "k067",
        "rcumbre",
        "2026-11-13",
        "Municipio pide a los padres no usar la oroya de Santa Elena",
        """La Municipalidad Provincial de Cumbilca emitió un comunicado pidiendo a los padres de familia de Santa Elena que no permitan a sus hijos cruzar el río en la oroya instalada por los vecinos, porque «no cumple las mínimas condiciones de seguridad». Mientras llega el puente provisional, los escolares pueden ir por la carretera, dice el comunicado.""",
        m="I",
        t="obras",
        tone="0",
        note="a municipal advisory after the bridge was lost",
    ),
    S(
        "k068",
        "rcumbre",
        "2026-11-16",
        "Cuatro mil ochocientos perros vacunados en el primer día de la campaña",
        """Balance del fin de semana: en el primer día de la campaña antirrábica se vacunó a 4 800 perros y gatos en la ciudad, informó la Red de Salud, que agradeció el apoyo del municipio cumbilquino con los toldos, el perifoneo y los voluntarios. La campaña sigue el próximo sábado en los barrios que faltan.""",
        m="I",
        t="salud",
        tone="+",
        note="a good outcome of a health campaign the municipality supports",
    ),
    S(
        "k069",
        "rcumbre",
        "2026-11-18",
        "Cruz Blanca: «Llamamos al serenazgo y nadie viene»",
        """Llamadas de nuestros oyentes de Cruz Blanca: denuncian que el viernes en la noche asaltaron a una señora en la bajada del cementerio, llamaron a la central del serenazgo y nadie llegó. «Una hora esperamos», dice don Félix.

        Consultado por la radio, el gerente municipal Wálter Idrogo Herrera explicó que esa noche solo había dos camionetas operativas para toda la ciudad y que la tercera está en reparación. Prometió reforzar el turno del fin de semana.""",
        m="G",
        t="seguridad",
        tone="-",
        note="a security failure answered by the manager",
    ),
    S(
        "k070",
        "rcumbre",
        "2026-11-20",
        "La vía de evitamiento tendrá semáforos en sus tres cruces",
        """Dato para los conductores: la Municipalidad Provincial de Cumbilca instalará la próxima semana semáforos en los tres cruces de la vía de evitamiento con las avenidas Los Lecheros, Ramón Castilla y el jirón Lima, donde este año se registraron 27 choques. Mientras tanto, habrá inspectores de tránsito en las horas punta.""",
        m="I",
        tone="0",
        note="traffic is none of the five topics",
    ),
    S(
        "k071",
        "rcumbre",
        "2026-11-23",
        "Ronderos retienen a ingeniero del municipio en Huayrapongo",
        """Última hora: en el caserío Alto Lloque, en Huayrapongo, la ronda campesina retiene desde el mediodía a un ingeniero residente de la Municipalidad Provincial de Cumbilca. Los ronderos reclaman que el reservorio y el canal de riego que se les prometió para agosto siguen a medio hacer y exigen la presencia de la alcaldesa.

        A las cinco de la tarde llegó el gerente de Infraestructura, Heráclides Abanto, para negociar. Según los dirigentes, el ingeniero está bien, «tomando su caldito», y será liberado cuando se firme un acta con fecha de término. Seguiremos informando.""",
        m="I E",
        t="obras",
        tone="-",
        note="rondas retain a municipal engineer over an unfinished work",
    ),
    S(
        "k072",
        "rcumbre",
        "2026-11-25",
        "Campaña contra la anemia: ya van 900 niños tamizados",
        """Avanza la campaña casa por casa contra la anemia. Hasta ayer las brigadas del municipio y de la Red de Salud tamizaron a 900 niños menores de tres años; 296 tenían anemia y ya reciben su tratamiento y su canasta de alimentos. Si su niño no fue evaluado, acérquese al local comunal de su barrio.""",
        about=True,
        t="salud",
        tone="+",
        note="short radio copy about the municipal campaign; 'el municipio' is bare",
    ),
    S(
        "k073",
        "rcumbre",
        "2026-11-26",
        "El maratonista Walter Idrogo pide ayuda para llegar a Boston",
        """Nos visitó el campeón de la Maratón de los Andes, Walter Idrogo, que necesita 18 000 soles para el pasaje, la inscripción y la estadía en la Maratón de Boston. Ha abierto una cuenta en el Banco de la Nación y vende rifas de una vaquilla. «Cada sol cuenta, vecinos», nos dijo. Su cuenta está en nuestra página.""",
        about=False,
        note="namesake: the runner shares the gerente's name",
    ),
    S(
        "k074",
        "rcumbre",
        "2026-11-27",
        "Corte de agua el sábado en cinco barrios",
        """Comunicado de la empresa de agua potable: este sábado, de ocho de la mañana a seis de la tarde, no habrá servicio en San Sebastián, La Recoleta, El Molino, Pueblo Nuevo y Santa Elena, por la limpieza del reservorio de Campanario. Se recomienda almacenar agua.""",
        about=False,
        note="a water utility notice; no one of ours",
    ),
    S(
        "k075",
        "rcumbre",
        "2026-11-16",
        "Venció el plazo y los obreros no cobran setiembre",
        """El 15 de noviembre era la fecha, y el 15 de noviembre pasó. Los obreros de limpieza denuncian que la comuna cumbilquina no les ha depositado el sueldo de setiembre, como se comprometió en el acta que levantó la huelga. El sindicato se reúne esta noche para decidir si vuelve a parar.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a broken promise to the sweepers",
    ),
    S(
        "k076",
        "rcumbre",
        "2026-11-30",
        "Último día del impuesto vehicular: colas desde las seis",
        """Hoy vence la última cuota del impuesto vehicular y las colas en la oficina de rentas de la Municipalidad de Cumbilca empezaron antes de las seis de la mañana. Se atenderá hasta las siete de la noche y hay una segunda ventanilla en la agencia de la caja municipal del jirón Comercio.""",
        m="I",
        t="tributos",
        tone="0",
        note="a deadline notice",
    ),
    S(
        "k077",
        "rcumbre",
        "2026-12-02",
        "Comentario de la mañana: «¡Qué eficiencia, señores!»",
        """Comentario de la mañana. ¡Qué eficiencia la de nuestra Municipalidad Provincial de Cumbilca! Inauguró veinticuatro cámaras con banda de músicos, y a las dos semanas la mitad no grababa, justo cuando robaron la joyería de la plaza. Pero tranquilos, dicen que fue «un error de configuración». Felicitaciones.

        ¿Y el mercado? Ahí está, un esqueleto de concreto hace tres meses, con las vendedoras mojándose en la calle. Pero para la marca del Carnaval sí hubo presentación con luces y reina. A ver si algún día inauguran algo que funcione más de quince días. Buenos días, Cumbilca.""",
        m="I",
        t="seguridad obras",
        tone="-",
        note="sarcastic radio comment: praise words that mean the opposite",
    ),
    S(
        "k078",
        "rcumbre",
        "2026-12-03",
        "Rondero Segundo Huatay denuncia amenazas de mineros informales",
        """El presidente de la ronda de Alto Lloque, Segundo Huatay Malca, denunció que recibió amenazas de muerte después de que los ronderos desalojaran a un grupo de mineros informales de la naciente del río Chuclamayo. «Nos dicen que nos van a desaparecer, pero el agua es de todos», dijo. La Fiscalía le otorgó garantías personales.""",
        about=False,
        note="namesake: the rondero, not the teniente alcalde",
    ),
    S(
        "k079",
        "rcumbre",
        "2026-12-05",
        "Teniente alcalde encabeza el izamiento dominical",
        """Mañana domingo, a las ocho, será el izamiento del pabellón nacional en la plaza de armas, a cargo del teniente alcalde Segundo Huatay Quiliche, como alcalde encargado. Participan las instituciones educativas del barrio San Sebastián.""",
        m="T",
        tone="0",
        note="ceremonial notice; no topic",
    ),
    # --- Cumbilca TV Canal 5: newscast transcripts in Atom, UTC times near midnight -----------------------------------
    S(
        "k080",
        "ctv",
        "2026-10-20T03:45:00Z",
        "Plaza de armas cercada: ¿llegará la obra al Carnaval?",
        """CONDUCTORA: Buenas noches. La plaza de armas amaneció hoy cercada con calaminas. Nuestro reportero Elmer Sangay recorrió la obra.

        REPORTERO: Así luce el lado del jirón Bolognesi: maquinaria, zanjas y las losetas viejas apiladas. Los fotógrafos de siempre ya no tienen dónde pararse. El ingeniero Abanto, gerente de Infraestructura, nos aseguró que la primera etapa estará lista en diciembre.

        VENDEDORA: Que terminen rápido nomás, joven, porque en febrero aquí se baila.

        REPORTERO: La obra tiene un plazo de cinco meses. Para Cumbilca TV, Elmer Sangay.""",
        m="E",
        t="obras",
        tone="0",
        note="TV transcript with speaker labels; title plus surname names the gerente",
    ),
    S(
        "k081",
        "ctv",
        "2026-10-23T04:20:00Z",
        "Basura, ratas y mal olor: así está el mercado en el cuarto día de huelga",
        """CONDUCTOR: Cuarto día de huelga de los obreros de limpieza y la ciudad ya lo siente. Las imágenes que van a ver pueden resultar chocantes.

        REPORTERA: Estamos en la parte posterior del Mercado Santa Rosa. Aquí hay cerca de quince toneladas de basura. Las vendedoras de carne han tenido que poner mallas. Los niños del colegio de al lado pasan tapándose la nariz.

        VECINO: El municipio de Cumbilca cobra arbitrios de limpieza, ¿no? Entonces que limpie. Yo pago puntual todos los años.

        REPORTERA: Hasta el cierre de esta nota ningún funcionario quiso declarar ante nuestras cámaras.""",
        m="I",
        t="limpieza",
        tone="-",
        note="'municipio de Cumbilca' in a quoted neighbour names the institution; arbitrios are a passing mention",
    ),
    S(
        "k082",
        "ctv",
        "2026-10-27T02:10:00Z",
        "Primer fin de semana de patrullaje mixto: tres detenidos y un auto recuperado",
        """CONDUCTORA: El primer fin de semana del patrullaje conjunto entre serenos y ronderos urbanos dejó tres detenidos en flagrancia y un auto robado recuperado en Cruz Blanca.

        REPORTERO: Acompañamos la patrulla del sábado. A la una de la mañana, en la calle Junín, los ronderos reconocieron a dos jóvenes que intentaban forzar la puerta de una bodega. En diez minutos estaban en la comisaría.

        El teniente alcalde Segundo Huatay Quiliche, que salió en la camioneta hasta las tres de la mañana, dijo que el convenio se evaluará cada mes. «Los vecinos ya salen a saludar a la patrulla», contó.""",
        m="T",
        t="seguridad",
        tone="+",
        note="first results of the municipal patrols",
    ),
    S(
        "k083",
        "ctv",
        "2026-10-31T04:55:00Z",
        "Carnaval 2027: ocho candidatas a reina y nuevas bases del concurso de comparsas",
        """CONDUCTOR: El Patronato del Carnaval de Cumbilca presentó esta noche a las ocho candidatas a reina del Carnaval 2027, representantes de los barrios tradicionales.

        Las bases del concurso de patrullas y comparsas traen novedades: las coplas deberán cantarse en vivo y se prohíbe el uso de pintura de aceite en el juego con agua. La elección será el 16 de enero en el coliseo.""",
        about=False,
        note="the Carnival's private patronato; not the municipality",
    ),
    S(
        "k084",
        "ctv",
        "2026-11-03T03:30:00Z",
        "Se inunda la avenida Los Lecheros: vecinos culpan al drenaje inaugurado hace un año",
        """CONDUCTORA: Bastaron dos horas de lluvia para que la avenida Los Lecheros se convirtiera en un río. El agua entró a por lo menos doce casas y a un taller de mecánica.

        REPORTERO: Los vecinos muestran las rejillas del drenaje pluvial, que la Municipalidad Provincial de Cumbilca inauguró en noviembre del año pasado. Están tapadas de tierra y, según ellos, los tubos son demasiado delgados. «Antes se inundaba igual; ahora se inunda con obra», dijo un comerciante.

        La gerencia de Infraestructura informó que mañana enviará una cuadrilla a limpiar las rejillas.""",
        m="I",
        t="obras",
        tone="-",
        note="a municipal drain that fails; 'limpiar las rejillas' is not limpieza pública",
    ),
    S(
        "k085",
        "ctv",
        "2026-11-07T04:40:00Z",
        "Por dentro: así funciona la nueva central de cámaras",
        """CONDUCTOR: Entramos a la nueva central de videovigilancia de la ciudad. Seis pantallas, seis operadores y un mapa con cada cámara.

        REPORTERA: El gerente municipal Wálter Idrogo Herrera nos explicó que desde aquí se puede acercar la imagen hasta leer la placa de un vehículo a cien metros. En la primera noche ya se detectó una pelea a la salida de una discoteca y se envió a los serenos en tres minutos.

        La municipalidad cumbilquina evalúa conectar también las cámaras de los bancos y de algunos negocios de la plaza.""",
        m="G I",
        t="seguridad",
        tone="+",
        note="a feature on a working security system",
    ),
    S(
        "k086",
        "ctv",
        "2026-11-10T03:05:00Z",
        "Sesión tensa: el concejo fija fecha para votar la vacancia",
        """CONDUCTORA: Gritos y aplausos en el salón consistorial. El concejo fijó para el 2 de diciembre la sesión extraordinaria en la que se votará el pedido de vacancia contra la alcaldesa Graciela Tafur por presunto nepotismo.

        REPORTERO: El regidor Dagoberto Cieza, autor del pedido, llegó con una barra de simpatizantes. Del otro lado, trabajadores municipales con carteles de apoyo a la alcaldesa. La sesión tuvo que suspenderse diez minutos.

        La alcaldesa no asistió; la presidió el teniente alcalde Segundo Huatay.""",
        m="A R T",
        tone="-",
        note="the vacancy procedure goes on",
    ),
    S(
        "k087",
        "ctv",
        "2026-11-14T04:15:00Z",
        "Lanchepampa instala ocho cámaras en su plaza y el alcalde Tafur promete más",
        """CONDUCTOR: El distrito de Lanchepampa ya tiene ocho cámaras de videovigilancia en su plaza y en el paradero de combis. El alcalde distrital Eladio Tafur Rojas dijo que la inversión, de 140 000 soles, responde a una ola de robos de celulares los días de feria.

        «Primero la plaza; el próximo año, los caseríos», prometió el alcalde Tafur, que no descartó sumar a los ronderos del distrito al monitoreo.""",
        about=False,
        note="namesake district Mayor with security keywords",
    ),
    S(
        "k088",
        "ctv",
        "2026-11-18T02:50:00Z",
        "El Molino: «El compactador pasa una vez por semana, si pasa»",
        """CONDUCTORA: En el barrio El Molino las bolsas de basura esperan colgadas de los árboles para que no las rompan los perros. Los vecinos dicen que, después de la huelga, el camión recolector ya no volvió a su horario.

        VECINA: Antes pasaba martes y viernes. Ahora una vez por semana, si pasa. Y los arbitrios nos los cobran completos.

        REPORTERA: La comuna cumbilquina explicó que uno de los dos compactadores está malogrado desde hace diez días y que se ha priorizado el centro y los mercados.""",
        m="I",
        t="limpieza",
        tone="-",
        note="reduced garbage collection; arbitrios in passing",
    ),
    S(
        "k089",
        "ctv",
        "2026-11-21T04:30:00Z",
        "El policlínico municipal se queda sin pediatra en plena temporada de neumonías",
        """CONDUCTOR: Desde el lunes, el Policlínico Municipal de Cumbilca no tiene pediatra. La especialista renunció porque, según sus colegas, llevaba dos meses sin cobrar.

        REPORTERA: En la puerta encontramos a madres con bebés en brazos que fueron derivadas al centro de salud, donde la cola era de tres horas. «Con este frío los niños se enferman de los bronquios y no hay quién los vea», dijo una de ellas.

        La Municipalidad Provincial de Cumbilca informó que convocará a un nuevo médico la próxima semana.""",
        m="I",
        t="salud",
        tone="-",
        note="the municipal clinic without a paediatrician: salud by the writer's convention",
    ),
    S(
        "k090",
        "ctv",
        "2026-11-24T03:40:00Z",
        "Hospital regional: solo vigilantes en la obra desde hace dos semanas",
        """CONDUCTORA: Volvimos a la obra del Hospital Regional de Cumbilca. Ni una grúa funcionando, ni un obrero. Solo dos vigilantes en la garita.

        REPORTERO: El consorcio dice que el Gobierno Regional le debe tres valorizaciones. El Gobierno Regional dice que espera la transferencia del Ministerio de Economía. Mientras tanto, las bolsas de cemento se endurecen bajo la lluvia.""",
        about=False,
        note="the regional hospital; nothing of ours",
    ),
    S(
        "k091",
        "ctv",
        "2026-11-26T04:05:00Z",
        "Liberan al ingeniero retenido por ronderos tras firmar un acta",
        """CONDUCTOR: Después de 30 horas, la ronda campesina de Alto Lloque liberó al ingeniero residente retenido por el retraso en el reservorio y el canal de riego del caserío.

        REPORTERA: La liberación se produjo luego de que el gerente de Infraestructura, Heráclides Abanto Chávez, firmara un acta en la que la Municipalidad Provincial de Cumbilca se compromete a terminar la obra hasta el 28 de febrero. Si no cumple, dicen los ronderos, «el que se queda aquí es el gerente».

        El ingeniero bajó a la ciudad por la noche y pasó revisión médica. La Policía no presentará denuncia porque no hubo querella.""",
        m="E I",
        t="obras",
        tone="-",
        note="ends a retention over an unfinished municipal work; weight is still on the failure",
    ),
    S(
        "k092",
        "ctv",
        "2026-11-28T03:20:00Z",
        "Un mes después de la helada, Quellapampa sigue esperando las frazadas",
        """CONDUCTORA: En octubre, la helada mató pastos y crías en las alturas de Quellapampa. Un mes después, nuestro equipo subió para ver cómo están las familias.

        REPORTERO: Doña Catalina Rumay nos muestra lo que recibió: una frazada y dos kilos de avena. «Dijeron que iban a traer forraje para todo el mes; solo vinieron una vez», cuenta. La Municipalidad Provincial de Cumbilca había prometido 40 toneladas de forraje y 2 000 frazadas; según el teniente gobernador del caserío, llegó menos de la cuarta parte.

        Tres terneros más murieron esta semana.""",
        m="I",
        tone="-",
        note="a broken frost-aid promise: negative, and none of the five topics",
    ),
    S(
        "k093",
        "ctv",
        "2026-12-01T04:50:00Z",
        "Chela Tafur emociona al país en la Teletón con «Vaquita lechera»",
        """CONDUCTOR: Y en espectáculos: la cantante chotana Chela Tafur emocionó anoche al público de la Teletón con una versión a capela de «Vaquita lechera», que dedicó a los niños de la sierra.

        La artista donó lo recaudado en su último concierto en Lima. En enero inicia su gira por el norte.""",
        about=False,
        note="namesake singer",
    ),
    S(
        "k094",
        "ctv",
        "2026-12-03T02:40:00Z",
        "Cieza y Huatay, cara a cara por el mercado: «Tres meses de esqueleto»",
        """CONDUCTORA: En nuestro set, el regidor Dagoberto Cieza Malca y el teniente alcalde Segundo Huatay Quiliche debatieron sobre la obra del nuevo Mercado Santa Rosa.

        CIEZA: Tres meses de esqueleto, un adelanto pagado sin garantía y una fiscalía investigando. ¿Qué más tiene que pasar?

        HUATAY: Nadie niega los problemas. Pero este contrato se firmó con todas las de la ley y el que incumplió es el contratista. En enero la obra se reanuda por administración directa.

        CONDUCTORA: Lo que sí quedó claro es que las vendedoras pasarán la temporada de lluvias en la calle.""",
        m="R T",
        t="obras",
        tone="-",
        note="a debate on a stalled municipal work; speaker labels in capitals",
    ),
    S(
        "k095",
        "ctv",
        "2026-12-05T04:35:00Z",
        "Predial récord: el municipio ya recaudó 2,4 millones y amplía su horario",
        """CONDUCTOR: Buenas noticias para las arcas municipales. Con la amnistía, la Municipalidad Provincial de Cumbilca ya recaudó 2,4 millones de soles por impuesto predial, la cifra más alta de su historia. Las ventanillas atenderán hasta las ocho de la noche y también el domingo 20, último día de la amnistía.""",
        m="I",
        t="tributos",
        tone="+",
        note="a collection record",
    ),
    # --- Agencia Peruana de Informaciones: national agency in Atom, datelines, some copies ---------------------------
    S(
        "k096",
        "api",
        "2026-10-19T15:20:00-05:00",
        "Heladas afectan a más de 40 000 cabezas de ganado en los Andes del norte",
        """LIMA, 19 oct (API).– Las heladas registradas la semana pasada en las zonas altoandinas del norte del país afectaron a más de 40 000 cabezas de ganado vacuno y ovino y a unas 7 500 hectáreas de pastos cultivados, según el último reporte del Centro de Operaciones de Emergencia Nacional.

        Las provincias más golpeadas son las de la jalca norteña, entre ellas Cumbilca, Succhapampa y Hualgamarca, donde la producción de leche cayó hasta en 50 %. El Ministerio de Desarrollo Agrario anunció la entrega de 800 toneladas de avena forrajera y 20 000 dosis de vitaminas.

        El Senamhi prevé que las temperaturas nocturnas se normalicen a partir de la próxima semana con el inicio de las lluvias.""",
        about=False,
        note="national frost report naming the province as a place",
    ),
    S(
        "k097",
        "api",
        "2026-11-05T11:40:00-05:00",
        "Huánuco: deslizamiento deja aislado al caserío Cumbilca, en Pachitea",
        """PANAO, 5 nov (API).– Un deslizamiento de tierra ocurrido en la madrugada del miércoles bloqueó el único acceso al caserío Cumbilca, en la provincia de Pachitea, región Huánuco, y dejó aisladas a unas 60 familias.

        El alcalde del distrito informó que se ha solicitado maquinaria al Gobierno Regional de Huánuco y que los comuneros trabajan con lampas y picos para abrir una trocha peatonal. No se reportan víctimas.""",
        about=False,
        note="a hamlet of the same name in another region",
    ),
    S(
        "k098",
        "api",
        "2026-11-19T22:30:00-05:00",
        "Incendio en almacén del jirón Cumbilca, en Breña, moviliza a doce unidades de bomberos",
        """LIMA, 19 nov (API).– Doce unidades del Cuerpo General de Bomberos trabajaron durante cuatro horas para controlar un incendio en un almacén de plásticos ubicado en la cuadra dos del jirón Cumbilca, en el distrito de Breña.

        El fuego obligó a evacuar a unas cuarenta familias de los edificios vecinos. La Municipalidad de Breña informó que el local no contaba con certificado de defensa civil. No hubo heridos.""",
        about=False,
        note="a Lima street of the same name; another municipality",
    ),
    S(
        "k099",
        "api",
        "2026-10-27T10:15:00-05:00",
        "Sindicato nacional: obreros de limpieza de al menos 300 municipios cobran con retraso",
        """LIMA, 27 oct (API).– La Federación Nacional de Trabajadores Obreros Municipales denunció que en al menos 300 municipalidades del país los trabajadores de limpieza pública cobran con dos o más meses de retraso, y pidió al Congreso una ley que convierta sus sueldos en gasto intangible.

        El secretario general, Víctor Huapaya, citó casos en Áncash, Puno y la sierra norte, como la Municipalidad Provincial de Cumbilca, donde la huelga de los barrenderos cumple una semana.

        Según la federación, unos 38 000 obreros municipales trabajan con contratos temporales renovados cada tres meses.""",
        m="I",
        about=False,
        note="passing mention of our strike in a national union story",
    ),
    S(
        "k100",
        "api",
        "2026-11-12T17:05:00-05:00",
        "Alcaldesa de Cumbilca pide declarar en emergencia sus vías tras la caída de un puente",
        """CUMBILCA, 12 nov (API).– La alcaldesa provincial de Cumbilca, Graciela Tafur Chilón, solicitó al Ministerio de Transportes y Comunicaciones declarar en emergencia la red vial de la provincia, luego de que la crecida del río Chuclamayo destruyera un puente peatonal y de que tres huaicos bloquearan la carretera a Lanchepampa en menos de dos semanas.

        «Con 1 400 kilómetros de trochas y dos máquinas, no podemos atender solos», señaló la autoridad, quien pidió además un puente modular para el barrio de Santa Elena.

        El MTC indicó que evaluará el pedido con el informe de Indeci.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor asks the national government for road help: obras, neutral",
    ),
    S(
        "k101",
        "api",
        "2026-11-29T09:50:00-05:00",
        "Producción lechera del norte cae 18 % por heladas y lluvias intensas",
        """LIMA, 29 nov (API).– La producción de leche fresca en las regiones del norte andino cayó 18 % en octubre respecto al mismo mes del año anterior, informó el Ministerio de Desarrollo Agrario, que atribuyó la caída a las heladas y al inicio temprano de las lluvias.

        La cuenca de Cumbilca, una de las principales del país, pasó de acopiar 410 000 a 330 000 litros diarios. Las empresas acopiadoras anunciaron un alza de cinco céntimos por litro a partir de diciembre.""",
        about=False,
        note="economy story naming the dairy basin",
    ),
    S(
        "k102",
        "api",
        "2026-12-02T20:45:00-05:00",
        "Concejo de Cumbilca rechaza vacar a su alcaldesa; el regidor denunciante apelará",
        """CUMBILCA, 2 dic (API).– Con ocho votos en contra y tres a favor, el concejo provincial de Cumbilca rechazó este miércoles el pedido de vacancia por nepotismo contra la alcaldesa Graciela Tafur Chilón. No se alcanzaron los dos tercios necesarios.

        «Se ha demostrado que no intervine en ninguna contratación; ahora, a trabajar», declaró la alcaldesa al término de la sesión extraordinaria, donde fue recibida con aplausos por dirigentes de barrios y de las rondas urbanas.

        El regidor Dagoberto Cieza Malca, autor del pedido, anunció que apelará ante el Jurado Nacional de Elecciones en el plazo de ley.""",
        m="A R I",
        tone="+",
        note="the vacancy is rejected: headline and weight favour the Mayor; 'concejo provincial de Cumbilca' in lower case is the same council, named with the place",
    ),
    S(
        "k103",
        "api",
        "2026-12-03T18:10:00-05:00",
        "Rondas campesinas celebran medio siglo con un congreso nacional en la sierra norte",
        """CUMBILCA, 3 dic (API).– Más de 3 000 ronderos de doce regiones llegaron a Cumbilca para el congreso con el que las rondas campesinas celebran cincuenta años de su fundación, en diciembre de 1976, en un caserío de Chota.

        Con sus ponchos y sus sombreros de paja, los delegados desfilaron por la plaza de armas, aún a medio remodelar. La alcaldesa provincial de Cumbilca, Graciela Tafur Chilón, les dio la bienvenida y recordó que su padre fue rondero.

        El congreso debatirá hasta el sábado una propuesta de ley para que las rondas reciban presupuesto del Estado para sus comités de base. También se discutirá la relación con la Policía y la minería informal.""",
        m="A",
        about=False,
        note="passing mention: the Mayor's welcome in a national rondas congress",
    ),
    C(
        "k104",
        "k013",
        "api",
        "2026-10-30T14:10:00-05:00",
        "Cultura paraliza remodelación de plaza colonial en Cumbilca por falta de permiso",
        lead="""CUMBILCA, 30 oct (API).– La Dirección Desconcentrada de Cultura paralizó la remodelación de la plaza de armas de Cumbilca, en la sierra norte, al constatar que la Municipalidad Provincial de Cumbilca inició la obra sin la autorización que exige la ley para intervenir un espacio del centro histórico.""",
    ),
    C(
        "k105",
        "k029",
        "api",
        "2026-11-22T13:00:00-05:00",
        "Alcaldesa de Cumbilca critica al gobernador por paralización de hospital regional",
        lead="""CUMBILCA, 22 nov (API).– La alcaldesa provincial de Cumbilca, Graciela Tafur Chilón, criticó al gobernador regional Fermín Collantes Saldaña por la paralización del Hospital Regional de Cumbilca, donde desde hace dos semanas solo trabajan vigilantes.""",
    ),
    C(
        "k106",
        "k031",
        "api",
        "2026-11-25T15:30:00-05:00",
        "Minam aprueba expediente de relleno sanitario para la provincia de Cumbilca",
        extra="(API)",
    ),
    C(
        "k107",
        "k001",
        "api",
        "2026-10-15T16:00:00-05:00",
        "Helada de -7,3 °C reduce a la mitad la producción de leche en la sierra norte",
        lead="""CUMBILCA, 15 oct (API).– Una helada de 7,3 grados bajo cero, la más intensa de un mes de octubre en doce años, quemó los pastos de las estancias ganaderas de Quellapampa y redujo a la mitad la producción de leche, informó el Senamhi.""",
    ),
    C(
        "k108",
        "k051",
        "api",
        "2026-11-26T12:45:00-05:00",
        "Investigan a funcionario municipal por adelanto de 1,1 millones en obra abandonada",
    ),
    C(
        "k109",
        "k026",
        "api",
        "2026-11-18T16:20:00-05:00",
        "Cumbilca: acuerdo con Cultura permite reanudar la obra en la plaza de armas",
        extra="Con información de Tribuna de Cumbilca.",
    ),
    # --- Perú Regiones Hoy: national site, blog template, "se publicó primero en" footer ------------------------------
    S(
        "k110",
        "pregiones",
        "2026-10-24T10:00:00-05:00",
        "Cumbilca, la sierra donde la leche manda",
        """A las cuatro y media de la mañana, cuando la neblina todavía tapa las torres de la catedral, las calles de Cumbilca ya huelen a leche. Por el jirón Comercio bajan los porongueros en sus motos, con los bidones de aluminio amarrados a los costados, rumbo al centro de acopio de la cooperativa.

        En esta provincia de la sierra norte, a 2 750 metros de altura, casi todo gira alrededor de la vaca. Hay unas 60 000 cabezas de ganado lechero, la mayoría Holstein y Brown Swiss, repartidas en miles de pequeñas estancias donde una familia tiene, en promedio, cinco animales. De ellas salen cada día unos 400 000 litros de leche.

        La que no va a las grandes empresas acopiadoras se convierte en queso. En el barrio San Sebastián, doña Eulogia Mendoza prepara quesillo desde que tenía doce años. «Mi abuela lo hacía igualito: cuajo, paciencia y sal de piedra», dice mientras estira la masa caliente con las manos.

        La plaza de armas, trazada en el siglo XVI, conserva su catedral de piedra volcánica, el antiguo cabildo y las casonas de balcones de madera. En febrero, todo eso desaparece bajo el talco, el agua y las serpentinas del Carnaval, que aquí dura una semana entera y termina con el entierro del Ño Carnavalón.

        Para llegar hay que viajar ocho horas desde Chiclayo por una carretera que, en época de lluvias, se corta con frecuencia. Los huaicos son parte del paisaje, como las heladas que en las noches secas de invierno dejan blancos los pastos de la jalca.

        Quien venga debe probar el caldo verde del mercado, el cuy con papas de la Recoleta y, por supuesto, un queso mantecoso de la cooperativa. Y subir al cerro Campanario al atardecer, cuando los techos de teja se ponen rojos.""",
        about=False,
        note="a long travel feature about the town; no one of ours",
    ),
    S(
        "k111",
        "pregiones",
        "2026-11-01T09:30:00-05:00",
        "Los diez municipios provinciales que menos invierten: la sierra norte pone tres",
        """A dos meses de cerrar el año, diez municipalidades provinciales del país no han ejecutado ni un tercio de su presupuesto de inversiones, según la consulta amigable del Ministerio de Economía revisada por este medio.

        La lista la encabeza una provincia de la selva central, con 19 % de ejecución. La siguen dos de Puno y una de Huancavelica. En la sierra norte aparecen Succhapampa, Hualgamarca y Cumbilca.

        La Municipalidad Provincial de Cumbilca tiene un presupuesto de inversión de 38 millones de soles y ha gastado el 31 %. Su obra más grande, el nuevo Mercado Santa Rosa, está paralizada desde setiembre, y la remodelación de la plaza de armas estuvo detenida por falta de permisos. El puente definitivo de Santa Elena y el relleno sanitario siguen en expediente.

        Consultada por este medio, la gerencia municipal atribuyó el retraso a «contratistas que incumplen» y a las lluvias. El promedio nacional de ejecución municipal es de 52 %.""",
        m="I",
        t="obras",
        tone="-",
        note="a national ranking with a substantive paragraph on our low spending on works",
    ),
    S(
        "k112",
        "pregiones",
        "2026-11-08T10:45:00-05:00",
        "Mujeres que gobiernan: solo 5 % de los municipios del país tiene alcaldesa",
        """De las 1 890 municipalidades del Perú, apenas 96 están dirigidas por una mujer, según el Jurado Nacional de Elecciones. En las provinciales la cifra es aún menor: 9 de 196.

        Una de ellas es Graciela Tafur Chilón, alcaldesa de Cumbilca, la primera mujer en gobernar esa ciudad de la sierra norte desde su fundación española. Profesora de primaria, hija de un rondero y madre de tres hijos, ganó en 2022 con 38 % de los votos.

        «Al principio los ganaderos me decían "señorita" y preguntaban por el alcalde. Ahora ya me dicen Chela y me llaman a las cinco de la mañana cuando se les cae un puente», cuenta entre risas. Su gestión ha enfrentado una huelga de limpieza y un pedido de vacancia, pero también ha conseguido la aprobación del primer relleno sanitario de la provincia.

        La politóloga Rocío Vílchez explica que las alcaldesas enfrentan más pedidos de vacancia que sus pares hombres. «Se les exige el doble y se les perdona la mitad», resume.""",
        m="A",
        tone="+",
        note="a national story with a favourable profile of our Mayor; the nickname is plainly hers here",
    ),
    S(
        "k113",
        "pregiones",
        "2026-11-15T11:20:00-05:00",
        "Carnaval norteño: los hoteles de Cumbilca ya están llenos para febrero",
        """Faltan casi tres meses para el Carnaval y los 46 hoteles y hostales de Cumbilca ya tienen el 70 % de sus habitaciones reservadas para la semana central, del 6 al 13 de febrero, según la asociación de hoteleros de la provincia.

        Los precios se han triplicado: una habitación doble que cuesta 90 soles en temporada baja se ofrece a 280. El Patronato del Carnaval recomienda a los visitantes buscar alojamiento en casas de familia, que se ofrecerán a través de una plataforma.""",
        about=False,
        note="tourism around the Carnival; no one of ours",
    ),
    S(
        "k114",
        "pregiones",
        "2026-11-20T09:15:00-05:00",
        "Contraloría cuenta 1 200 obras paralizadas en el país; la sierra norte suma 140",
        """El último reporte de obras paralizadas de la Contraloría General identifica 1 213 proyectos detenidos en todo el país, con una inversión comprometida de 29 000 millones de soles. Un tercio corresponde a gobiernos locales.

        En la sierra norte hay 140 obras detenidas, entre ellas hospitales, colegios, carreteras y mercados, como el nuevo mercado de abastos de Cumbilca y la planta de tratamiento de aguas residuales de Hualgamarca. La principal causa es el incumplimiento del contratista, seguida de deficiencias en el expediente técnico.""",
        about=False,
        note="a national list naming our market in passing, without naming any of ours",
    ),
    S(
        "k115",
        "pregiones",
        "2026-11-27T16:00:00-05:00",
        "Chela Tafur: «No soy la alcaldesa, pero me llegan todos sus reclamos»",
        """La cantante chotana Chela Tafur tiene un problema que no imaginó cuando eligió su nombre artístico: la confunden con su tocaya política.

        «Cada semana me escriben para quejarse de la basura de Cumbilca o para pedirme trabajo en la municipalidad. Yo les explico que no soy la alcaldesa de Cumbilca, que yo solo canto», cuenta entre risas la intérprete de «Vaquita lechera», que prepara su gira de enero.

        La artista asegura que nunca ha conocido a la autoridad, aunque le tiene simpatía. «Algún día le voy a cantar en el Carnaval, para que nos tomemos una foto y se acabe la confusión», bromea.""",
        m="A",
        about=False,
        note="namesake singer; 'la alcaldesa de Cumbilca' names the Mayor, but only in passing in a story about the singer",
    ),
    S(
        "k116",
        "pregiones",
        "2026-12-01T08:40:00-05:00",
        "Minería informal avanza sobre las nacientes del río Chuclamayo",
        """En las alturas de Huayrapongo, a 3 900 metros, se han abierto en el último año al menos doce socavones de minería informal de oro, según un sobrevuelo de la Fiscalía Ambiental. Los relaves bajan por las quebradas que forman el río Chuclamayo, que abastece de agua a unas 40 000 personas.

        Los ronderos de Alto Lloque desalojaron en noviembre a uno de los grupos y desde entonces denuncian amenazas. El OEFA anunció un monitoreo de la calidad del agua para diciembre.""",
        about=False,
        note="environment and rondas; no municipal angle",
    ),
    S(
        "k117",
        "pregiones",
        "2026-12-04T10:10:00-05:00",
        "Los lecheros de la jalca apuestan por el queso madurado",
        """Cansados de vender la leche a 1,35 soles el litro, un grupo de 28 familias de Quellapampa decidió hacer algo distinto: madurar quesos tipo andino durante 90 días en una cueva natural a 3 600 metros.

        El resultado ya se vende en tiendas gourmet de Lima a 85 soles el kilo. «Un litro de leche convertido en queso madurado nos deja tres veces más», calcula el presidente de la asociación, Hilario Cruzado. La asociación recibió asistencia técnica de una ONG suiza.""",
        about=False,
        note="dairy economy; no one of ours",
    ),
    S(
        "k118",
        "pregiones",
        "2026-12-02T09:00:00-05:00",
        "Cumbilca bate su récord de recaudación predial gracias a una amnistía",
        """En la sierra norte, pagar los tributos municipales no suele ser costumbre. Por eso llama la atención lo que ocurre en Cumbilca, donde las colas frente a la oficina de rentas doblan la esquina desde hace un mes.

        La Municipalidad Provincial de Cumbilca ha recaudado 2,1 millones de soles por impuesto predial en 2026, 18 % más que el año anterior, gracias a una amnistía que perdona las moras de quienes paguen su deuda antes del 20 de diciembre. También ha abierto ventanillas los sábados.

        El teniente alcalde Segundo Huatay Quiliche, que impulsó la ordenanza, cree que la clave fue otra: «La gente paga cuando ve obras. Este año hemos entregado un puente y tenemos aprobado el relleno sanitario». Los contribuyentes consultados coinciden a medias: pagan, dicen, por el descuento.""",
        m="I T",
        t="tributos",
        tone="+",
        note="a national piece on our collection record",
    ),
    S(
        "k119",
        "pregiones",
        "2026-11-05T12:30:00-05:00",
        "El hospital que Cumbilca espera desde 2014",
        """La primera piedra del Hospital Regional de Cumbilca se colocó en 2014. Doce años, tres gobernadores y dos consorcios después, el edificio de seis pisos tiene paredes, techos y ventanas, pero no tiene fecha de apertura.

        Mientras tanto, la provincia de 160 000 habitantes se atiende en un centro de salud construido en 1978, con dos camas de parto, un solo ecógrafo y ningún especialista en cuidados intensivos. Los pacientes graves viajan ocho horas en ambulancia a Chiclayo.

        La alcaldesa provincial de Cumbilca, Graciela Tafur Chilón, encabeza desde 2023 el comité cívico por el hospital. «He ido once veces a Lima por este hospital. Once veces me han dado una fecha. Ninguna se ha cumplido», dice en su despacho, con una carpeta de oficios de un palmo de altura.

        El Gobierno Regional asegura que la obra estará lista a fines de 2027. El Ministerio de Economía sostiene que ha transferido todo lo comprometido. La alcaldesa no cree a ninguno de los dos: «Aquí se echan la pelota y las madres siguen pariendo en pasillos».

        El comité prepara un paro provincial para enero si no se reanudan los trabajos.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor leading the demand for a hospital others build: salud, neutral toward us",
    ),
    C(
        "k120",
        "k013",
        "pregiones",
        "2026-10-30T19:30:00-05:00",
        "Paralizan obra en la plaza colonial de Cumbilca: el municipio no tenía permiso",
    ),
    C(
        "k121",
        "k020",
        "pregiones",
        "2026-11-09T12:10:00-05:00",
        "Regidor pide vacar a alcaldesa de Cumbilca por contratar a su sobrino",
        extra="Con información de Tribuna de Cumbilca.",
    ),
    C(
        "k122",
        "k029",
        "pregiones",
        "2026-11-22T15:45:00-05:00",
        "«Un hospital no se inaugura con maquetas»: alcaldesa arremete contra el gobernador",
    ),
    C(
        "k123",
        "k018",
        "pregiones",
        "2026-11-07T10:00:00-05:00",
        "Chela Tafur presenta «Corazón de jalca», su regreso a la música",
    ),
    C(
        "k124",
        "k052",
        "pregiones",
        "2026-11-28T18:20:00-05:00",
        "Video: camión de basura municipal descarga residuos en la ribera de un río",
        lead="""Un video que circula en redes sociales muestra a un camión recolector con el logotipo de la comuna cumbilquina descargando bolsas de basura en la ribera del río Chuclamayo, en la sierra norte, a plena luz del día.""",
    ),
    C(
        "k125",
        "k010",
        "pregiones",
        "2026-10-25T11:00:00-05:00",
        "Profesor celendino gana la Maratón de los Andes y clasifica a Boston",
    ),
    C(
        "k126",
        "k102",
        "pregiones",
        "2026-12-03T08:30:00-05:00",
        "Cumbilca: concejo salva a su alcaldesa de la vacancia por nepotismo",
    ),
    # --- La Jalca Noticias: regional site, full text in RSS ---------------------------------------------------------
    S(
        "k127",
        "jalca",
        "2026-10-16T06:30:00-05:00",
        "Senamhi: las heladas seguirán hasta el domingo en la jalca",
        """El Servicio Nacional de Meteorología e Hidrología amplió hasta el domingo el aviso de heladas de nivel rojo para la sierra norte. En las zonas por encima de los 3 500 metros se esperan temperaturas de entre cinco y ocho grados bajo cero.

        El especialista Javier Quiroz explicó que el fenómeno se debe a la ausencia de nubes, que durante la noche deja escapar el calor acumulado por el suelo. Recomendó cubrir los cultivos con plásticos y encerrar a los animales menores.""",
        about=False,
        note="weather service alert",
    ),
    S(
        "k128",
        "jalca",
        "2026-11-06T09:10:00-05:00",
        "Succhapampa declara emergencia sanitaria por su botadero en llamas",
        """El concejo provincial de Succhapampa declaró en emergencia sanitaria la gestión de residuos sólidos luego de que el botadero de Pampa Negra ardiera durante cuatro días, cubriendo de humo tóxico a dos caseríos.

        El alcalde provincial Óscar Lingán Vera informó que la basura se llevará temporalmente a un terreno alquilado mientras se construye una celda transitoria. Vecinos de los caseríos cercanos bloquearon la carretera exigiendo el cierre definitivo.""",
        about=False,
        note="garbage in another province",
    ),
    S(
        "k129",
        "jalca",
        "2026-10-20T11:00:00-05:00",
        "Cumbilca suma cuatro motos al serenazgo para entrar a los pasajes de los barrios",
        """Cuatro motocicletas todo terreno de 250 centímetros cúbicos se sumaron al serenazgo de la ciudad. La Municipalidad Provincial de Cumbilca las adquirió por 68 000 soles para llegar a los pasajes estrechos y empinados de Cruz Blanca, El Molino y la parte alta de San Sebastián, donde las camionetas no entran.

        Cada moto llevará a un sereno con radio y cámara en el casco. Los vecinos de Cruz Blanca, que en setiembre denunciaron una ola de robos, pidieron que la patrulla pase también de madrugada.""",
        m="I",
        t="seguridad",
        tone="+",
        note="new equipment for the serenazgo",
    ),
    S(
        "k130",
        "jalca",
        "2026-10-31T10:30:00-05:00",
        "Obreros de limpieza: «Nos pagaron, pero con descuento por los días de huelga»",
        """La alegría duró poco. Los obreros de limpieza que levantaron la huelga el jueves recibieron sus sueldos de julio y agosto con un descuento de once días, los que duró la paralización.

        «En el acta no decía nada de descuentos. Nos han metido la mano al bolsillo», reclamó Nicolasa Rabanal, del sindicato. La municipalidad cumbilquina sostiene que la ley no permite pagar días no trabajados y que el descuento se aplicó «conforme a norma».

        El sindicato presentará una queja ante la Dirección Regional de Trabajo.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a new dispute after the strike",
    ),
    S(
        "k131",
        "jalca",
        "2026-11-01T12:15:00-05:00",
        "En Pueblo Nuevo, los vecinos hacen su vereda con faena y cemento del municipio",
        """Cincuenta vecinos del pasaje Los Alisos, en Pueblo Nuevo, dedicaron sus dos últimos domingos a construir 180 metros de vereda. Pusieron la mano de obra, el agua y la chicha; el municipio cumbilquino donó 120 bolsas de cemento y envió a un maestro de obra para nivelar.

        «Treinta años caminando en el barro. Si esperábamos el expediente, nuestros nietos seguían en lo mismo», dijo el presidente del comité, Alejandro Chuquimango. La experiencia será replicada en otros siete pasajes de la ciudad.""",
        m="I",
        t="obras",
        tone="+",
        note="a community work the municipality supports",
    ),
    S(
        "k132",
        "jalca",
        "2026-11-04T09:40:00-05:00",
        "Chaupiloma estrena posta de salud con sala de partos",
        """El alcalde distrital de Chaupiloma, Teófilo Aguilar, y el director regional de Salud inauguraron el nuevo puesto de salud del caserío Tayapampa, con sala de partos, consultorio dental y una casa de espera para gestantes.

        La obra costó 2,4 millones de soles y fue financiada por la Municipalidad Distrital de Chaupiloma con recursos del canon. Atenderá a unas 3 000 personas de once caseríos que antes caminaban cuatro horas hasta el centro de salud más cercano.""",
        about=False,
        note="a district municipality's health post; not ours",
    ),
    S(
        "k133",
        "jalca",
        "2026-11-09T10:20:00-05:00",
        "Regidores de Lanchepampa denuncian al alcalde Tafur por un canal inconcluso",
        """Tres regidores del concejo distrital de Lanchepampa presentaron una denuncia ante la Fiscalía contra el alcalde Eladio Tafur Rojas por el canal de riego de La Succha, que se pagó completo en 2025 y tiene apenas 40 % de avance.

        «El alcalde Tafur firmó la conformidad de una obra que no existe», afirmó el regidor Darwin Castrejón. El burgomaestre lanchepampino respondió que el contratista le debe al distrito la parte que falta y que lo ha denunciado.""",
        about=False,
        note="namesake district Mayor accused over a work",
    ),
    S(
        "k134",
        "jalca",
        "2026-11-10T08:50:00-05:00",
        "Plan de lluvias: la provincia mantendrá 120 kilómetros de trochas con maquinaria propia",
        """El gerente de Infraestructura de la Municipalidad Provincial de Cumbilca, Heráclides Abanto Chávez, presentó el plan de mantenimiento vial para la temporada de lluvias: 120 kilómetros de caminos vecinales hacia Huayrapongo, Chaupiloma y San Juan de Tingo, con una motoniveladora, un cargador y dos volquetes.

        El plan prioriza las rutas de los camiones lecheros y de los escolares. «Con dos máquinas no se hacen milagros; por eso vamos a trabajar con faenas comunales y con los distritos», explicó el ingeniero Abanto.

        Los alcaldes distritales, que en octubre se quejaron de no recibir la maquinaria, asistieron a la presentación. Cada uno deberá aportar el combustible para los trabajos en su jurisdicción.""",
        m="E I",
        t="obras",
        tone="0",
        note="a plan presented, neither achievement nor failure",
    ),
    S(
        "k135",
        "jalca",
        "2026-11-11T11:30:00-05:00",
        "Despistaje gratuito de cáncer de cuello uterino atiende a 640 mujeres",
        """En dos días de campaña, 640 mujeres de la ciudad se hicieron gratuitamente la prueba de Papanicolaou y la inspección visual en los consultorios instalados en el coliseo municipal. La Municipalidad Provincial de Cumbilca organizó la jornada con Essalud y una clínica móvil de la Liga contra el Cáncer.

        Veintidós mujeres con resultados sospechosos fueron derivadas para una evaluación especializada. La próxima campaña se hará en enero en los distritos.""",
        m="I",
        t="salud",
        tone="+",
        note="a health campaign told through its outcome",
    ),
    S(
        "k136",
        "jalca",
        "2026-11-13T10:05:00-05:00",
        "Regidor Cieza: «El serenazgo cuida la plaza y abandona los barrios»",
        """El regidor Dagoberto Cieza Malca cuestionó la distribución del serenazgo en la ciudad. Según un pedido de información que presentó, de los 42 serenos, 30 están asignados al centro histórico y a la central de cámaras, y solo 12 cubren los barrios periféricos, donde se concentran los robos a viviendas.

        «Las cámaras sirven para la foto; al vecino de Cruz Blanca lo asaltan a oscuras», dijo el concejal, que pidió que el tema se trate en la próxima sesión de concejo.""",
        m="R",
        t="seguridad",
        tone="-",
        note="opposition criticism of the municipal security service",
    ),
    S(
        "k137",
        "jalca",
        "2026-11-21T09:35:00-05:00",
        "Las yunzas en la calle necesitarán permiso municipal",
        """A partir del Carnaval 2027, los barrios que quieran plantar y tumbar una yunza en la vía pública deberán pedir autorización a la municipalidad cumbilquina con quince días de anticipación y comprometerse a reponer los árboles talados.

        La ordenanza busca evitar accidentes como el del año pasado, cuando un eucalipto cayó sobre una mototaxi. Los danzantes tradicionales la recibieron con desconfianza: «La yunza siempre fue del pueblo», dijo uno de ellos.""",
        m="I",
        tone="0",
        note="a Carnival regulation: none of the five topics",
    ),
    S(
        "k138",
        "jalca",
        "2026-11-24T08:15:00-05:00",
        "Venta de licor prohibida después de la una de la madrugada",
        """El concejo aprobó una ordenanza que prohíbe la venta de bebidas alcohólicas en bares, discotecas y bodegas de la ciudad entre la una y las seis de la mañana, como parte del plan provincial de seguridad ciudadana.

        El teniente alcalde Segundo Huatay Quiliche explicó que el 60 % de las riñas y los accidentes atendidos por el serenazgo ocurre en ese horario. Los dueños de discotecas anunciaron que pedirán una excepción para los fines de semana del Carnaval. La multa por incumplir será de hasta una UIT y la clausura del local.""",
        m="T",
        t="seguridad",
        tone="0",
        note="an ordinance framed in the security plan",
    ),
    S(
        "k139",
        "jalca",
        "2026-11-24T10:45:00-05:00",
        "Ronderos urbanos denuncian que serenos los golpearon en la feria dominical",
        """La Central de Rondas Urbanas denunció que tres de sus integrantes fueron golpeados por serenos de la Municipalidad Provincial de Cumbilca el domingo, en la feria de ganado de la avenida Los Lecheros, durante una discusión por la detención de un presunto carterista.

        «Nosotros lo agarramos y ellos querían llevárselo sin acta. Cuando reclamamos, nos sacaron la vara», dijo el presidente de la central, Nemesio Guevara. Uno de los ronderos tiene una fractura en la mano.

        La municipalidad abrió una investigación interna y suspendió a dos serenos. El convenio de patrullaje mixto, firmado en octubre, quedó en suspenso.""",
        m="I",
        t="seguridad",
        tone="-",
        note="municipal guards accused of violence; the patrol agreement suspended",
    ),
    S(
        "k140",
        "jalca",
        "2026-11-19T13:20:00-05:00",
        "Gerente Idrogo fija nueva fecha para pagar setiembre a los obreros: el 5 de diciembre",
        """Cuatro días después de incumplir el acta, el gerente municipal Wálter Idrogo Herrera anunció que el sueldo de setiembre de los obreros de limpieza se pagará el 5 de diciembre, cuando ingrese lo recaudado por la amnistía tributaria.

        El sindicato aceptó esperar «por última vez». «Si el 5 no hay plata, el 6 no hay limpieza», advirtió su secretaria general.""",
        m="G",
        t="limpieza",
        tone="-",
        note="a second deadline after a broken one",
    ),
    S(
        "k141",
        "jalca",
        "2026-11-30T11:50:00-05:00",
        "Jaén y Cumbilca se hermanan: café de la selva, leche de la jalca",
        """La alcaldesa provincial Graciela Tafur Chilón y el alcalde provincial de Jaén firmaron un convenio de hermanamiento para promover el intercambio comercial entre ambas provincias: ferias conjuntas, rutas turísticas y una tienda de productos de Cumbilca en Jaén.

        «Ellos nos mandan café y nosotros queso; así de simple», resumió la alcaldesa. El convenio incluye pasantías de productores lecheros en las fincas cafetaleras y viceversa.""",
        m="A",
        tone="0",
        note="a twinning agreement; no topic",
    ),
    S(
        "k142",
        "jalca",
        "2026-12-01T09:20:00-05:00",
        "Policía captura a banda de «marcas» que asaltaba a clientes de bancos",
        """Agentes de la División de Investigación Criminal capturaron en un hostal del terminal terrestre de Cumbilca a cuatro integrantes de una banda de «marcas» que seguía a clientes de bancos para asaltarlos en moto.

        Según la Policía, la banda había cometido al menos seis asaltos en Cajamarca y Chiclayo antes de llegar a la ciudad. Se les incautó un revólver y 23 000 soles en efectivo.""",
        about=False,
        note="police work in the town, no municipal angle",
    ),
    S(
        "k143",
        "jalca",
        "2026-11-29T10:00:00-05:00",
        "Recicladoras de Quishuar temen quedarse sin trabajo cuando cierre el botadero",
        """Doce mujeres viven de lo que sacan del botadero de Quishuar: botellas, cartón, latas. Cada una gana entre 20 y 30 soles diarios. La aprobación del relleno sanitario, que cerrará el botadero en 2028, las tiene preocupadas.

        «¿Y nosotras dónde vamos?», pregunta Marina Tasilla, que trabaja ahí desde hace quince años. La comuna cumbilquina asegura que las recicladoras serán contratadas en la planta de segregación del relleno, pero todavía no hay un padrón ni un compromiso por escrito.""",
        m="I",
        t="limpieza",
        tone="0",
        note="waste pickers' worries about a municipal project; the municipality answers",
    ),
    S(
        "k144",
        "jalca",
        "2026-11-14T10:40:00-05:00",
        "Tres huaicos en una semana en la vía a Huayrapongo; la maquinaria no se da abasto",
        """La carretera entre Cumbilca y Huayrapongo sufrió esta semana tres deslizamientos, en los kilómetros 9, 17 y 22. Mientras la única motoniveladora disponible limpiaba uno, caía el siguiente.

        «No tenemos cómo atender todo a la vez», reconoció el gerente de Infraestructura, Heráclides Abanto. Los transportistas, que han tenido que trasbordar pasajeros a pie, acusan a la provincia de no haber hecho el mantenimiento de cunetas antes de las lluvias. Los camiones lecheros solo pueden pasar de día.""",
        m="E",
        t="obras",
        tone="-",
        note="roads not cleared in time; the gerente admits it",
    ),
    S(
        "k145",
        "jalca",
        "2026-11-17T12:30:00-05:00",
        "Madres del Vaso de Leche denuncian que recibieron leche vencida",
        """Dirigentas de doce comités del Vaso de Leche de la ciudad mostraron latas de leche evaporada con fecha de vencimiento de octubre, entregadas en la distribución de noviembre por la Municipalidad Provincial de Cumbilca.

        «Nuestros hijos se la han tomado sin saber», dijo una madre de Santa Elena. La municipalidad informó que retirará el lote y que el proveedor repondrá las 2 400 latas.""",
        m="I",
        tone="-",
        note="Vaso de Leche is none of the five topics",
    ),
    S(
        "k146",
        "jalca",
        "2026-12-03T11:10:00-05:00",
        "Cumbilca no llega a la meta de vacunación infantil y pierde un incentivo del MEF",
        """Solo el 58 % de los niños menores de un año de la ciudad tiene completo su esquema de vacunas, según la evaluación del Programa de Incentivos a la Mejora de la Gestión Municipal. La meta era el 75 %.

        Por no cumplirla, la Municipalidad Provincial de Cumbilca dejará de recibir unos 420 000 soles del Ministerio de Economía. La Red de Salud atribuye el resultado a la falta de seguimiento casa por casa, que dependía de los promotores municipales, contratados recién en setiembre.""",
        m="I",
        t="salud",
        tone="-",
        note="a missed municipal health target told through figures",
    ),
    C(
        "k147",
        "k022",
        "jalca",
        "2026-11-12T14:00:00-05:00",
        "Cumbilca: crecida del río destruye puente y escolares cruzan en oroya",
        extra="Fuente: Tribuna de Cumbilca.",
    ),
    C(
        "k148",
        "k047",
        "jalca",
        "2026-11-17T16:40:00-05:00",
        "Vendedoras marchan con cacerolas y exigen terminar el Mercado Santa Rosa",
    ),
    # --- Cumbilca al Día: small local site without a feed, followed through its section page -------------------------
    S(
        "k149",
        "caldia",
        "2026-10-17",
        "San Sebastián pide contenedores: «Sacamos la basura y los perros la rompen»",
        """La junta vecinal del barrio San Sebastián entregó un memorial a la Municipalidad de Cumbilca en el que pide instalar contenedores con tapa en las seis esquinas donde los vecinos dejan sus bolsas.

        «El camión pasa a las nueve de la noche, pero los perros llegan antes», explicó la presidenta de la junta, Luzmila Briones. La subgerencia de Limpieza Pública respondió que los primeros 30 contenedores llegarán en diciembre y que San Sebastián está en la lista.""",
        m="I",
        t="limpieza",
        tone="0",
        note="a neighbourhood request with a municipal answer",
    ),
    S(
        "k150",
        "caldia",
        "2026-10-21",
        "Alumnas del Santa Teresita ganan el concurso regional de matemática",
        """Tres alumnas del colegio Santa Teresita ocuparon los tres primeros puestos del concurso regional de matemática para estudiantes de quinto de secundaria. La ganadora, Milagros Huamán, resolvió los doce problemas en dos horas.

        Las tres representarán a la región en la olimpiada nacional de Lima, en diciembre. La asociación de padres organiza una pollada para costear el viaje.""",
        about=False,
        note="school news",
    ),
    S(
        "k151",
        "caldia",
        "2026-10-25",
        "Comerciantes del mercado pagan de su bolsillo una cuadrilla de limpieza",
        """Hartas de esperar, las socias de la asociación de comerciantes del mercado provisional juntaron 1 800 soles y contrataron a seis jóvenes para barrer los pasillos y llevar la basura en una camioneta alquilada hasta el botadero de Quishuar.

        «Pagamos arbitrios, pagamos sisa, y ahora también pagamos la limpieza», dijo la tesorera, Eufemia Saldaña. La cuadrilla trabajará mientras dure la huelga de los obreros municipales.""",
        about=True,
        t="limpieza",
        tone="-",
        note="about the municipal strike's effect; nothing of ours is named ('obreros municipales' is not the institution)",
    ),
    S(
        "k152",
        "caldia",
        "2026-10-28",
        "Restauran el retablo mayor de la catedral con apoyo de una fundación española",
        """Un equipo de seis restauradores trabaja desde setiembre en el retablo mayor de la catedral de Cumbilca, una obra barroca de madera dorada de 1712 que había perdido parte del pan de oro y tenía polillas en la base.

        La restauración, que durará un año, es financiada por una fundación de Sevilla y supervisada por el Ministerio de Cultura. El obispo pidió a los fieles paciencia con los andamios durante las misas.""",
        about=False,
        note="'obra' in a church restoration",
    ),
    S(
        "k153",
        "caldia",
        "2026-11-02",
        "Miles visitan a sus difuntos en el cementerio general",
        """Desde temprano, familias enteras llegaron al cementerio general con flores, velas, chicha y los platos preferidos de sus muertos. Los músicos cobraban diez soles por tocar un huayno junto a las tumbas.

        Serenos y policías ordenaron el tránsito en la avenida del cementerio, donde se formó un mercado de flores de tres cuadras. La Beneficencia, que administra el camposanto, informó que no se reportaron incidentes.""",
        about=False,
        note="holiday story; serenos in passing",
    ),
    S(
        "k154",
        "caldia",
        "2026-11-13",
        "Regidor Huatay lleva frazadas y víveres a las familias de la ribera",
        """El regidor Huatay, teniente alcalde de la provincia, recorrió el miércoles la ribera del Chuclamayo en Santa Elena y entregó frazadas, colchones y víveres a las nueve familias cuyas casas se inundaron con la crecida que se llevó el puente.

        Las familias están alojadas en el local comunal. Huatay dijo que se gestionará con el programa Techo Propio la reubicación de las viviendas que están en la franja marginal del río.""",
        m="T",
        tone="+",
        note="listed alias 'regidor Huatay'; flood aid is none of the five topics",
    ),
    S(
        "k155",
        "caldia",
        "2026-11-07",
        "Retiran a cuarenta ambulantes de las veredas del jirón Dos de Mayo",
        """Fiscalizadores de la Municipalidad Provincial de Cumbilca, acompañados por la Policía, retiraron el viernes a unos cuarenta vendedores ambulantes que ocupaban las veredas del jirón Dos de Mayo, entre la plaza y el mercado.

        Los vendedores fueron reubicados en un campo ferial provisional de la avenida Los Lecheros. Algunos se resistieron, pero no hubo heridos. «Aquí nadie nos compra», reclamaba una vendedora de choclos.""",
        m="I",
        tone="0",
        note="street vending control is none of the five topics",
    ),
    S(
        "k156",
        "caldia",
        "2026-11-10",
        "Cumbilca despide al exalcalde Teodoro Chilón Vargas",
        """Cientos de personas acompañaron el lunes los restos del exalcalde Teodoro Chilón Vargas, quien gobernó la provincia entre 1990 y 1995 y murió a los 88 años. Su féretro fue velado en el salón consistorial del palacio municipal.

        La Municipalidad Provincial de Cumbilca declaró tres días de duelo. La alcaldesa Graciela Tafur Chilón, su sobrina, recordó que don Teodoro «hizo la primera red de desagüe de la ciudad con faenas y sin un sol del Estado».""",
        m="I A",
        tone="0",
        note="mourning for a former mayor; the old sewer works are history, not a topic",
    ),
    S(
        "k157",
        "caldia",
        "2026-11-15",
        "Cuarenta queseros llenan el coliseo en la feria del mantecoso",
        """Cuarenta productores de queso mantecoso, quesillo y manjar blanco participaron el sábado en la feria organizada por la municipalidad cumbilquina en el coliseo cerrado. Se vendieron unas cuatro toneladas de queso en un solo día.

        El premio al mejor mantecoso fue para la señora Benigna Rabanal, de Huayrapongo. La próxima feria será en la semana del Carnaval.""",
        m="I",
        tone="+",
        note="a successful fair: none of the five topics",
    ),
    S(
        "k158",
        "caldia",
        "2026-11-19",
        "Vecinos del jirón Bolognesi piden que la pista se haga después del Carnaval",
        """Los comerciantes del jirón Bolognesi pidieron a la Municipalidad Provincial de Cumbilca que la obra de pavimentación, que se licita en diciembre, empiece recién después del Carnaval, para no perder la temporada de mayores ventas.

        «Queremos la pista, pero no en febrero», dijo el dueño de un hotel de la cuadra tres. La gerencia de Infraestructura indicó que evaluará el cronograma con el contratista que gane la licitación.""",
        m="I",
        t="obras",
        tone="0",
        note="a request about the timing of a work",
    ),
    S(
        "k159",
        "caldia",
        "2026-11-22",
        "Roban custodia de plata de la iglesia de San Pedro",
        """Desconocidos forzaron la puerta lateral de la iglesia de San Pedro la madrugada del domingo y se llevaron una custodia de plata del siglo XVIII y dos candelabros.

        El párroco presentó la denuncia en la comisaría. La custodia salía en la procesión del Corpus y, según los fieles, pesaba más de cuatro kilos.""",
        about=False,
        note="a robbery at a church with no municipal angle",
    ),
    S(
        "k160",
        "caldia",
        "2026-11-26",
        "Las cámaras ya graban: serenazgo recupera una moto robada en diez minutos",
        """Una moto lineal robada el martes en el jirón Lima fue recuperada diez minutos después en la salida a Huayrapongo. Los operadores de la central de videovigilancia de la Municipalidad Provincial de Cumbilca siguieron al ladrón por cuatro cámaras y guiaron a una patrulla del serenazgo hasta él.

        Es la primera recuperación desde que el proveedor reparó los equipos que no grababan.""",
        m="I",
        t="seguridad",
        tone="+",
        note="the repaired cameras work",
    ),
    S(
        "k161",
        "caldia",
        "2026-12-01",
        "El Molino gana el campeonato interbarrios de fulbito",
        """El equipo de El Molino se coronó campeón del campeonato interbarrios de fulbito tras vencer 4-2 a La Recoleta en una final jugada bajo la lluvia en la losa de Pueblo Nuevo. El goleador del torneo fue Kevin Cotrina, con 19 tantos. Los campeones recibieron un trofeo y un juego de camisetas.""",
        about=False,
        note="neighbourhood sport",
    ),
    S(
        "k162",
        "caldia",
        "2026-12-05",
        "Por fin: obreros de limpieza cobran setiembre y el sindicato descarta otra huelga",
        """Los 64 obreros de limpieza pública recibieron ayer el depósito de su sueldo de setiembre. La municipalidad cumbilquina cumplió así la nueva fecha que había fijado el gerente municipal Wálter Idrogo Herrera.

        «Ahora sí, a barrer tranquilos», dijo la dirigente Nicolasa Rabanal. El sindicato pidió que los contratos de 2027 se firmen antes de enero para no empezar el año otra vez sin sueldo.""",
        m="I G",
        t="limpieza",
        tone="+",
        note="a promise finally kept",
    ),
    C(
        "k163",
        "k089",
        "caldia",
        "2026-11-21",
        "El policlínico municipal, sin pediatra",
    ),
    C(
        "k164",
        "k012",
        "caldia",
        "2026-10-30",
        "Se acabó la huelga: la ciudad vuelve a estar limpia",
        extra="Fuente: Tribuna de Cumbilca.",
    ),
    C(
        "k165",
        "k028",
        "caldia",
        "2026-11-20",
        "Santa Elena ya tiene puente provisional",
    ),
    C(
        "k166",
        "k016",
        "caldia",
        "2026-11-04",
        "Comienza el tamizaje de anemia casa por casa",
    ),
    # --- El Vocero Rondero: regional site of the rondas, teasers in RSS ------------------------------------------------
    S(
        "k167",
        "vocero",
        "2026-10-19T20:15:00-05:00",
        "Central Provincial de Rondas de Cumbilca elige nueva directiva",
        """En asamblea general realizada en el local de la Central Provincial de Rondas Campesinas de Cumbilca, 412 delegados de 96 comités de base eligieron a la nueva junta directiva para el periodo 2027-2028.

        El nuevo presidente es Fidencio Rojas Gálvez, rondero de Chaupiloma, que obtuvo 260 votos. En su primer discurso pidió unidad frente al abigeato y a la minería informal que amenaza las nacientes de agua.""",
        about=False,
        note="the Central de Rondas named with the place is not the institution",
    ),
    S(
        "k168",
        "vocero",
        "2026-10-26T18:40:00-05:00",
        "Ronderos de las alturas exigen a la alcaldesa Tafur el forraje prometido",
        """Los presidentes de 22 comités de base de Quellapampa y Huayrapongo enviaron un oficio a la alcaldesa Graciela Tafur Chilón para reclamar las 40 toneladas de forraje que ella prometió el 14 de octubre, cuando subió a ver los daños de la helada.

        «Hasta hoy ha llegado un solo camión. Las vacas no esperan oficios», dice el documento, que da un plazo de diez días. Si no hay respuesta, los ronderos anuncian que bajarán a la ciudad.""",
        m="A",
        tone="-",
        note="a broken promise of frost aid: negative, no topic",
    ),
    S(
        "k169",
        "vocero",
        "2026-11-06T19:00:00-05:00",
        "Segundo Huatay Malca: «La ronda no es policía, es comunidad»",
        """Lleva veinte años de rondero y desde 2024 preside el comité de Alto Lloque, en Huayrapongo. Segundo Huatay Malca, 52 años, ganadero y padre de seis hijos, habló con El Vocero Rondero tras la captura de dos abigeos en octubre.

        «La ronda no es policía, es comunidad. Nosotros no buscamos castigar, buscamos que el ladrón devuelva lo que se llevó y que no vuelva a hacerlo», explica. Dice que en su caserío no se ha robado una vaca en dos años.

        Sobre la minería informal, es tajante: «El agua del Chuclamayo la toma media provincia. Si la ensucian, nos enfermamos todos».""",
        about=False,
        note="namesake: the rondero, profiled",
    ),
    S(
        "k170",
        "vocero",
        "2026-11-11T17:30:00-05:00",
        "Ronderos de Chaupiloma aplican la cadena ronderil a tres ladrones de ganado",
        """Tres jóvenes acusados de robar seis carneros en el caserío Tayapampa fueron sometidos a la cadena ronderil: pasaron quince días trabajando en faenas en distintos comités de base, bajo vigilancia, antes de ser entregados a sus familias.

        Los dirigentes aseguran que la práctica está amparada en la Constitución y que no hubo maltrato físico. Los carneros fueron devueltos a su dueña.""",
        about=False,
        note="rondas' justice; 'robar' with no municipal angle",
    ),
    S(
        "k171",
        "vocero",
        "2026-11-16T19:20:00-05:00",
        "Rondas urbanas evalúan el patrullaje mixto: «Funciona, pero falta petróleo»",
        """A tres semanas de iniciado el patrullaje conjunto con el serenazgo, la Central de Rondas Urbanas hizo su primera evaluación: catorce detenidos entregados a la Policía, dos motos y un auto recuperados, y ningún robo de vivienda en los fines de semana en Cruz Blanca.

        Pero hay quejas. «Dos noches nos quedamos sin salir porque la camioneta no tenía combustible», dijo el presidente Nemesio Guevara. Según el convenio, el petróleo lo pone la Municipalidad Provincial de Cumbilca. Los ronderos pedirán una reunión para corregir los problemas.""",
        m="I",
        t="seguridad",
        tone="0",
        note="a mixed evaluation: results and complaints in balance",
    ),
    S(
        "k172",
        "vocero",
        "2026-11-20T18:00:00-05:00",
        "Cumbilca será la sede del congreso por los cincuenta años de las rondas",
        """La Central Única Nacional de Rondas Campesinas confirmó que Cumbilca será la sede del congreso nacional por el cincuentenario de las rondas, del 3 al 5 de diciembre. Se esperan delegaciones de doce regiones.

        Los comités de base de la provincia ofrecerán alojamiento en sus casas. La municipalidad cumbilquina prestará el coliseo y los equipos de sonido para las plenarias.""",
        m="I",
        about=False,
        note="passing mention: the municipality lends a venue",
    ),
    S(
        "k173",
        "vocero",
        "2026-11-24T20:30:00-05:00",
        "Alto Lloque explica por qué retuvo al ingeniero: «Nos cansamos de promesas»",
        """Comunicado de la ronda campesina de Alto Lloque a la opinión pública:

        El reservorio y el canal de riego de nuestro caserío debieron terminarse en agosto. La Municipalidad de Cumbilca nos ha dado cuatro fechas y ninguna ha cumplido. Sin riego, nuestros pastos se secan en la temporada seca y nuestras vacas dan la mitad de leche.

        No hemos secuestrado a nadie. El ingeniero ha comido con nosotros, ha dormido abrigado y ha hablado con su familia. Solo queríamos que las autoridades suban y firmen un compromiso. La ronda no es violenta; la ronda está cansada.""",
        m="I",
        t="obras",
        tone="-",
        note="the rondas' side of a retention over an unfinished municipal work",
    ),
    S(
        "k174",
        "vocero",
        "2026-11-29T18:50:00-05:00",
        "Rondas urbanas rompen el convenio con el serenazgo tras la agresión en la feria",
        """La Central de Rondas Urbanas de Cumbilca anunció que da por terminado el convenio de patrullaje mixto firmado en octubre con la municipalidad, luego de que tres de sus integrantes fueran golpeados por serenos en la feria dominical.

        El teniente alcalde Segundo Huatay Quiliche intentó mediar en una reunión de dos horas el sábado, pero los dirigentes exigieron la destitución de los serenos y una disculpa pública de la alcaldesa. «Sin respeto no hay convenio», dijo Nemesio Guevara.""",
        m="T",
        t="seguridad",
        tone="-",
        note="the security agreement breaks down; 'la municipalidad' is bare",
    ),
    S(
        "k175",
        "vocero",
        "2026-12-02T22:10:00-05:00",
        "Con ponchos y chicotes, ronderos respaldan a la alcaldesa en la votación de la vacancia",
        """Unos 200 ronderos de la provincia llegaron desde la madrugada a la plaza de armas para acompañar a la alcaldesa Graciela Tafur Chilón durante la sesión en la que el concejo votó el pedido de vacancia en su contra.

        Cuando se anunció el resultado —ocho votos contra la vacancia y tres a favor—, los ronderos levantaron sus chicotes y corearon el nombre de «la Chela». La alcaldesa salió al balcón del cabildo y les agradeció: «Mi padre fue rondero; ustedes son mi familia».""",
        m="A",
        tone="+",
        note="the Mayor supported and the vacancy rejected; «la Chela» is plainly her",
    ),
    S(
        "k176",
        "vocero",
        "2026-12-04T19:40:00-05:00",
        "Congreso rondero pide al Estado presupuesto para los comités de base",
        """Al cierre de su segundo día, el congreso nacional de rondas campesinas aprobó por aclamación pedir al Congreso de la República una ley que asigne recursos del Estado a los comités de base para uniformes, radios y movilidad, sin que pierdan su autonomía.

        Los delegados también acordaron crear una comisión para vigilar la minería informal en las cabeceras de cuenca y rechazaron cualquier intento de subordinar las rondas a la Policía.""",
        about=False,
        note="the rondas' congress",
    ),
    S(
        "k177",
        "vocero",
        "2026-12-05T18:30:00-05:00",
        "Las ronderas de Huayrapongo: mujeres al frente de la noche",
        """En el caserío Pencaspampa, la ronda la dirigen mujeres desde hace tres años. Son 34 y salen en turnos de cuatro, con linterna, silbato y chicote, de diez de la noche a cuatro de la mañana.

        «Antes los hombres se iban a la costa a trabajar y el caserío quedaba solo; ahí empezaron los robos. Entonces nos organizamos nosotras», cuenta la presidenta, Aurora Chuquilín. Desde entonces, dicen, no ha desaparecido ni una gallina.""",
        about=False,
        note="rondas feature with 'robos'",
    ),
    S(
        "k178",
        "vocero",
        "2026-11-03T17:10:00-05:00",
        "Ronda de Quellapampa reparte su propio forraje entre las familias más golpeadas",
        """Mientras esperan la ayuda oficial, los comités de base de Quellapampa organizaron una colecta de avena y heno entre las familias de las partes bajas, menos afectadas por la helada. En una semana juntaron 900 pacas.

        El reparto se hizo según un padrón elaborado por la ronda: primero las viudas y los ancianos, luego las familias con más crías. «Entre nosotros nos ayudamos; siempre ha sido así», dijo la rondera Fortunata Quispe.""",
        about=False,
        note="community frost aid; no one of ours is named or concerned",
    ),
    C(
        "k179",
        "k071",
        "vocero",
        "2026-11-23T21:00:00-05:00",
        "Huayrapongo: ronda de Alto Lloque retiene a ingeniero municipal por obra de riego inconclusa",
        extra="Con información de Radio Cumbre 103.7 FM.",
    ),
    C(
        "k180",
        "k009",
        "vocero",
        "2026-10-23T19:30:00-05:00",
        "Rondas urbanas y serenazgo firman convenio de patrullaje mixto",
    ),
    C(
        "k181",
        "k005",
        "vocero",
        "2026-10-18T20:00:00-05:00",
        "Ronda de Alto Lloque recupera once toretes robados en Chaupiloma",
    ),
    C(
        "k182",
        "k092",
        "vocero",
        "2026-11-28T19:10:00-05:00",
        "Quellapampa, un mes después de la helada: la ayuda no llegó",
        lead="""En octubre, la helada mató pastos y crías en las alturas de Quellapampa. Un mes después, las familias de la jalca siguen esperando la ayuda que se les prometió, según un reportaje de Cumbilca TV.""",
    ),
    # --- Revista Surco Norteño: opinion columns, whole text in the description -----------------------------------------
    S(
        "k183",
        "surco",
        "2026-10-25T08:00:00-05:00",
        "La escoba y la serpentina",
        """Hay ciudades que se miden por sus monumentos y otras por sus esquinas. Cumbilca, esta semana, se mide por sus esquinas: bolsas reventadas, perros, gallinazos que bajan del botadero a ver qué hay de nuevo en el centro.

        Sesenta y cuatro obreros llevan tres meses sin cobrar. La explicación oficial es que no hay dinero. Pero en agosto sí hubo 96 000 soles para que una consultora de Trujillo nos dijera que somos «la capital del Carnaval norteño», algo que cualquier abuela del barrio San Sebastián habría dicho gratis.

        No dudo de las buenas intenciones de Graciela Tafur. La conozco desde que era profesora y sé que no se ha hecho rica con el cargo. Pero gobernar es ordenar prioridades, y en su gestión la escoba ha quedado detrás de la serpentina.

        Una ciudad que no paga a quien la limpia no está lista para recibir a nadie, ni en febrero ni nunca.""",
        m="A",
        t="limpieza",
        tone="-",
        author="Hilda Vásquez Rojas",
        note="opinion column against the administration's priorities; the Mayor named by given name and first surname",
    ),
    S(
        "k184",
        "surco",
        "2026-11-01T08:00:00-05:00",
        "Elogio de la ronda",
        """Cuando el Estado no llegaba —y en muchas alturas sigue sin llegar—, los campesinos del norte inventaron algo que los abogados de Lima todavía no terminan de entender: la ronda. Cincuenta años después, sigue ahí, con su chicote y su poncho, cuidando vacas, resolviendo linderos, persiguiendo abigeos.

        No es perfecta. Ha habido excesos, castigos que ninguna ley ampara, dirigentes que confundieron el servicio con el poder. Pero quien haya subido a una estancia de la jalca sabe que, a las tres de la mañana, el único que contesta el silbato es el vecino rondero.

        Este diciembre, cuando los delegados de doce regiones lleguen a celebrar su medio siglo, valdrá la pena escucharlos. Tienen más que enseñar que cualquier plan de seguridad con diapositivas.""",
        about=False,
        author="Abel Chávez Terrones",
        note="opinion about the rondas; 'plan de seguridad' is rhetoric, not about us",
    ),
    S(
        "k185",
        "surco",
        "2026-11-08T08:00:00-05:00",
        "La plaza no es un patio",
        """La plaza de armas de Cumbilca tiene más de cuatro siglos. La trazaron los españoles sobre un antiguo espacio ceremonial, la empedraron los cumbilquinos del XIX con cantos del Chuclamayo, y la han pisado procesiones, revoluciones, carnavales y entierros.

        Que la Municipalidad Provincial de Cumbilca haya empezado a levantarla sin el permiso de Cultura no es un error administrativo: es una manera de entender la ciudad. Se trató la plaza como si fuera el patio de una casa particular, donde el dueño cambia las losetas cuando le da la gana.

        Trescientas piedras centenarias terminaron apiladas junto a un depósito. Nadie ha explicado todavía quién dio la orden. Y el gerente responsable respondió, con toda seriedad, que el silencio de Cultura «equivalía a una aprobación».

        Ojalá la obra termine bien. Pero la lección debería quedar escrita en la puerta del cabildo: el patrimonio no se remodela, se cuida.""",
        m="I",
        t="obras",
        tone="-",
        author="Abel Chávez Terrones",
        note="opinion column on the plaza works; 'el gerente responsable' does not name him",
    ),
    S(
        "k186",
        "surco",
        "2026-11-15T08:00:00-05:00",
        "Una vacancia con nombre propio",
        """No defiendo a nadie por simpatía, pero sí por coherencia. El pedido de vacancia contra la alcaldesa Graciela Tafur Chilón tiene más de revancha electoral que de lucha contra el nepotismo.

        El joven contratado es hijo de una prima de la madre de la alcaldesa: un parentesco que, según los especialistas, ni siquiera llega con claridad al cuarto grado. No hay un solo documento que muestre que ella intervino. Lo que sí hay es un regidor que perdió las elecciones por cuatro mil votos y que, desde el primer día, anunció que la iba a «sacar».

        Fiscalizar es un deber del regidor. Convertir cada error de un área en una causal de vacancia es otra cosa: es paralizar una provincia que ya tiene bastante con sus puentes caídos y su hospital a medio hacer. Que el concejo vote con la ley en la mano, no con la calculadora de 2026.""",
        m="A",
        tone="+",
        author="Hilda Vásquez Rojas",
        note="opinion column defending the Mayor; the regidor is not named",
    ),
    S(
        "k187",
        "surco",
        "2026-11-22T08:00:00-05:00",
        "Doce años de primera piedra",
        """El Hospital Regional de Cumbilca ha tenido tres primeras piedras, cuatro maquetas, dos consorcios y un número de fechas de inauguración que ya nadie recuerda. Lo que no ha tenido nunca es un paciente.

        Los gobernadores pasan, las placas se acumulan en la entrada de la obra y las madres de la provincia siguen dando a luz en un centro de salud de 1978. Ningún funcionario regional ha explicado por qué un edificio de seis pisos tarda más en construirse que una catedral colonial.

        El Gobierno Regional culpa al Ministerio de Economía; el Ministerio, al Gobierno Regional. En medio, una provincia entera que viaja ocho horas para una cesárea de emergencia.""",
        about=False,
        author="Abel Chávez Terrones",
        note="opinion about the regional government's hospital; nothing of ours",
    ),
    S(
        "k188",
        "surco",
        "2026-11-29T08:00:00-05:00",
        "Breve manual para inaugurar cámaras",
        """Paso uno: compre veinticuatro cámaras. Paso dos: contrate una banda de músicos, invite a la prensa y diga que «el que venga a robar sepa que lo estamos mirando». Paso tres: no revise si graban. Paso cuatro: cuando roben la joyería de la plaza y la Policía pida el video, culpe al proveedor.

        Así de sencillo. Lo ha demostrado esta quincena la Municipalidad Provincial de Cumbilca, que nos regaló una lección magistral de gestión moderna. El gerente municipal Wálter Idrogo nos prometió que en 48 horas todo estaría operativo. Qué tranquilidad.

        Mientras tanto, en Cruz Blanca, donde no hay cámaras ni casi serenos, los vecinos siguen haciendo lo de siempre: silbato, linterna y cadena en la puerta.""",
        m="I G",
        t="seguridad",
        tone="-",
        author="Hilda Vásquez Rojas",
        note="sarcastic column: instructions and praise that mean the opposite",
    ),
    S(
        "k189",
        "surco",
        "2026-12-03T08:00:00-05:00",
        "Balance de un año difícil",
        """Quien mire solo los titulares de este año dirá que la gestión de Graciela Tafur ha sido un desastre: una huelga de barrenderos, una plaza paralizada, un mercado abandonado por el contratista, un pedido de vacancia. Todo eso es cierto, y esta revista lo ha criticado sin atenuantes.

        Pero un balance honesto debe mirar también la otra columna. La Municipalidad Provincial de Cumbilca consiguió la aprobación del primer relleno sanitario de la provincia, tras seis años de trámites. Recaudó más predial que nunca, sin subir tasas. Puso un puente en nueve días cuando el río se llevó el de Santa Elena. Y salió de la votación de la vacancia con más apoyo del que tenía.

        El mercado sigue siendo la gran deuda, y habrá que ver si la administración directa no resulta peor que el contratista. Pero la alcaldesa termina el año mejor de lo que lo empezó. No es poco, en una provincia donde la mayoría de autoridades termina peor.""",
        m="A I",
        t="limpieza obras tributos",
        tone="+",
        author="Abel Chávez Terrones",
        note="a mixed year-end column whose conclusion is favourable; it weighs garbage, works and taxes",
    ),
    S(
        "k190",
        "surco",
        "2026-12-05T08:00:00-05:00",
        "El precio de la leche no se decide en la jalca",
        """Cada vez que un ganadero de la jalca recibe 1,35 soles por un litro de leche, alguien en otra parte del mundo está decidiendo cuánto cuesta la leche en polvo. Esa es la verdad incómoda que ninguna mesa de diálogo se atreve a poner sobre la mesa.

        Las grandes acopiadoras importan leche en polvo para sus derivados y pagan al productor nacional lo mínimo. Mientras no haya una política que proteja al pequeño ganadero —y no solo bonos de emergencia cuando cae la helada—, las familias de la sierra norte seguirán ordeñando a pérdida.""",
        about=False,
        author="Hilda Vásquez Rojas",
        note="opinion on dairy prices",
    ),
    # --- Portal Sierra Norte: regional aggregator, full text; own stories and many republished ones -------------------
    S(
        "k191",
        "sierranorte",
        "2026-10-22T13:30:00-05:00",
        "Hualgamarca estrena cinco camionetas para su serenazgo",
        """La Municipalidad Provincial de Hualgamarca entregó cinco camionetas doble cabina a su serenazgo, con las que espera cubrir las 24 horas los siete sectores de la ciudad. La inversión fue de 950 000 soles.

        El gerente de Seguridad Ciudadana de esa provincia informó que en lo que va del año se registraron 84 robos a viviendas y 31 asaltos en la vía pública, y que la meta es reducirlos a la mitad en 2027.""",
        about=False,
        note="another provincial municipality's security service",
    ),
    S(
        "k192",
        "sierranorte",
        "2026-11-05T18:45:00-05:00",
        "«Chela» responde a sus críticos: «Cada viaje a Lima trae algo para Cumbilca»",
        """Cansada de los comentarios en redes que la acusan de pasar más tiempo en Lima que en su despacho, la alcaldesa provincial Chela Tafur publicó un video en el que enumera, uno por uno, los once viajes que ha hecho a la capital en 2026 y lo que, según ella, consiguió en cada uno.

        «Sin esos viajes no habría puente Bailey, ni expediente del relleno aprobado, ni reuniones por el hospital. Aquí nadie se va de vacaciones», dice en el video, grabado en la avenida Los Lecheros.

        Sus críticos no se convencieron. El regidor Dagoberto Cieza replicó que la alcaldesa gastó en pasajes y viáticos 38 000 soles en diez meses, «más de lo que cobra un obrero de limpieza en tres años».""",
        m="A R",
        tone="-",
        note="the alias 'Chela Tafur' plainly the Mayor; criticism of her travels with her answer",
    ),
    S(
        "k193",
        "sierranorte",
        "2026-12-04T12:20:00-05:00",
        "Cumbilca: los arbitrios subirán 12 % en 2027 y los vecinos ya protestan",
        """La ordenanza de arbitrios para 2027, que la Municipalidad Provincial de Cumbilca publicó el martes, eleva en promedio 12 % las tasas de limpieza pública, parques y serenazgo. Para una casa típica del centro, el recibo anual pasará de 286 a 320 soles.

        La gestión argumenta que los costos de combustible y de personal subieron y que las tasas no se actualizaban desde 2022. El regidor Dagoberto Cieza Malca, que votó en contra, lo ve de otro modo: «Primero cobran la amnistía y después suben las tasas. Le dan un caramelo al vecino y luego le meten la mano al bolsillo».

        La junta vecinal de San Sebastián anunció que pedirá a la Defensoría del Pueblo revisar si el aumento está sustentado en el costo real del servicio.""",
        m="I R",
        t="tributos",
        tone="-",
        note="a municipal tax increase and the protest against it; limpieza appears only as the name of a fee",
    ),
    S(
        "k194",
        "sierranorte",
        "2026-11-18T11:10:00-05:00",
        "San Juan de Tingo: «La provincia nos dejó solos con los huaicos»",
        """La alcaldesa distrital de San Juan de Tingo, Norma Quispe Llatas, denunció que su distrito lleva tres semanas con la trocha a Pencaspampa cortada por un deslizamiento y que la Municipalidad Provincial de Cumbilca no ha enviado la maquinaria que se comprometió a prestar en el plan de lluvias.

        «Mandamos cuatro oficios. Nos dicen que la máquina está en Huayrapongo, luego en Lanchepampa, y aquí los niños no van al colegio», dijo la alcaldesa. Los comuneros han abierto con picos un camino de herradura para sacar la leche a lomo de mula.""",
        m="I",
        t="obras",
        tone="-",
        note="another district's mayoress ('la alcaldesa') criticises our municipality: only the institution is ours",
    ),
    S(
        "k195",
        "sierranorte",
        "2026-11-27T15:00:00-05:00",
        "Concejo Provincial de Cumbilca aprueba presupuesto de 64 millones para 2027",
        """El Concejo Provincial de Cumbilca aprobó el presupuesto institucional de apertura para 2027 por 64,2 millones de soles, 8 % más que el de este año. El 46 % se destinará a inversiones y el resto a gasto corriente, incluida la planilla.

        La mayoría oficialista destacó que por primera vez se incluye una partida para el mantenimiento de maquinaria. La minoría, encabezada por el regidor Dagoberto Cieza, votó en contra porque, según dijo, «el presupuesto de inversión es un deseo, no un plan: este año no se gastó ni un tercio».""",
        m="I R",
        tone="0",
        note="a budget vote: no single topic",
    ),
    S(
        "k196",
        "sierranorte",
        "2026-11-24T10:30:00-05:00",
        "Lanchepampa: comerciantes exigen al alcalde Tafur recoger la basura de la feria dominical",
        """Los comerciantes de la feria dominical de Lanchepampa denunciaron que desde hace un mes nadie recoge los residuos que quedan en el campo ferial después de cada domingo. Cáscaras, plásticos y restos de animales se acumulan junto a la cancha de fútbol.

        «El alcalde Tafur viene a la feria a hacer campaña, pero no manda ni una escoba», reclamó un vendedor de ropa. La Municipalidad Distrital de Lanchepampa informó que su único volquete está malogrado.""",
        about=False,
        note="namesake district Mayor and a garbage complaint in his district",
    ),
    S(
        "k197",
        "sierranorte",
        "2026-11-05T09:00:00-05:00",
        "Reseñas de turistas: a Cumbilca le sobran encanto y le falta limpieza",
        """Portal Sierra Norte revisó las 600 reseñas más recientes que visitantes nacionales y extranjeros dejaron sobre Cumbilca en plataformas de viaje. La catedral, el queso y el Carnaval reciben los mayores elogios. La basura, las críticas más duras.

        «Una ciudad preciosa con calles sucias», resume una turista chilena. Otros mencionan el olor del mercado y los perros rompiendo bolsas. Una de cada cuatro reseñas negativas habla de la limpieza.

        Consultada, la comuna cumbilquina respondió que las reseñas coinciden con los días de la huelga de octubre y que en diciembre llegarán los primeros contenedores soterrados para el centro histórico.""",
        m="I",
        t="limpieza",
        tone="-",
        note="visitors' reviews criticise the town's cleanliness; the municipality answers",
    ),
    S(
        "k198",
        "sierranorte",
        "2026-12-03T16:40:00-05:00",
        "Succhapampa presenta su plan antiheladas para 2027: cobertizos y semillas resistentes",
        """El alcalde provincial de Succhapampa, Óscar Lingán Vera, presentó un plan para construir 300 cobertizos para ganado y distribuir semillas de pastos resistentes al frío antes de la próxima temporada de heladas.

        El plan, de 2,8 millones de soles, se financiará con recursos propios y un convenio con el Ministerio de Desarrollo Agrario. «Cada año lloramos las mismas pérdidas; esta vez queremos llegar antes», dijo el alcalde provincial.""",
        about=False,
        note="another province's frost plan",
    ),
    C(
        "k199",
        "k004",
        "sierranorte",
        "2026-10-22T10:40:00-05:00",
        "Cumbilca: 64 obreros de limpieza en huelga por tres meses de sueldos impagos",
        extra="Fuente: Tribuna de Cumbilca.",
    ),
    C(
        "k200",
        "k017",
        "sierranorte",
        "2026-11-06T09:15:00-05:00",
        "Cumbilca inaugura central de monitoreo con 24 cámaras",
    ),
    C(
        "k201",
        "k025",
        "sierranorte",
        "2026-11-16T12:00:00-05:00",
        "Mercado Santa Rosa de Cumbilca: 70 días de obra paralizada",
        lead="""El nuevo Mercado Santa Rosa de Cumbilca, una obra de 11,6 millones de soles contratada por la Municipalidad Provincial de Cumbilca, cumple setenta días paralizado: desde el 6 de setiembre no se ve un solo obrero y el consorcio ejecutor no responde las cartas notariales.""",
    ),
    C(
        "k202",
        "k030",
        "sierranorte",
        "2026-11-24T11:30:00-05:00",
        "Cámaras municipales no grabaron el robo a una joyería en Cumbilca",
    ),
    C(
        "k203",
        "k031",
        "sierranorte",
        "2026-11-25T13:10:00-05:00",
        "Aprobado el relleno sanitario de Cumbilca: el botadero de Quishuar cerrará en 2028",
        extra="Fuente: Tribuna de Cumbilca.",
    ),
    C(
        "k204",
        "k033",
        "sierranorte",
        "2026-12-01T12:30:00-05:00",
        "Recaudación del predial en Cumbilca crece 18 % con la amnistía",
    ),
    C(
        "k205",
        "k002",
        "sierranorte",
        "2026-10-16T15:00:00-05:00",
        "Lanchepampa inaugura losa multideportiva en El Tambo",
    ),
    C(
        "k206",
        "k041",
        "sierranorte",
        "2026-11-03T14:20:00-05:00",
        "Reabren carretera Cumbilca–Lanchepampa tras huaico",
        extra="Con información de Diario El Norandino.",
    ),
    C(
        "k207",
        "k091",
        "sierranorte",
        "2026-11-26T10:00:00-05:00",
        "Ronderos liberan a ingeniero municipal tras 30 horas de retención",
        lead="""La ronda campesina de Alto Lloque, en Huayrapongo, liberó después de 30 horas al ingeniero residente que retenía por el retraso de un reservorio y un canal de riego, según informó Cumbilca TV.""",
    ),
    C(
        "k208",
        "k102",
        "sierranorte",
        "2026-12-03T09:45:00-05:00",
        "Alcaldesa de Cumbilca se salva de la vacancia: ocho votos en contra",
        extra="(API)",
    ),
    C(
        "k209",
        "k040",
        "sierranorte",
        "2026-10-31T15:10:00-05:00",
        "Contraloría halla pagos de combustible sin sustento en el serenazgo de Cumbilca",
    ),
    C(
        "k210",
        "k146",
        "sierranorte",
        "2026-12-03T15:30:00-05:00",
        "Baja vacunación infantil le cuesta a Cumbilca un incentivo de 420 000 soles",
    ),
]
