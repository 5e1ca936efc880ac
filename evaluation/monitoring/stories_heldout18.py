# ruff: noqa: E501
"""Eighteenth held-out split (issue 16): a blind part about an invented provincial municipality of the mining highlands.

Written by hand by writer 23, for this purpose only, WITHOUT looking at the pipeline's code (heraldo/**), at its
tests, baselines, tone or topic dumps, at the other splits' stories (beyond the header, SETUP, SOURCES and the first
stories of heldout6, for the format) or at any report of the pipeline on them. The labels follow the labelling rules
of docs/monitoring-evaluation.md, were fixed by the writer as a reader while writing, and must not be changed because
of what the pipeline answers. Every person, outlet, company and place is invented.

This part brings its own watch list (SETUP), outlets, person codes and template furniture: the Municipalidad
Provincial de Sayhuacocha (MPS), seat of the province of Sayhuacocha, in the invented region of Rumihuasi, central
highlands, 3 900 metres up. Its economy is copper: the Compañía Minera Quellopata S.A.A. works an open pit above the
town, with the Chaupiloma tailings dam, the contractors' workers' camp at Pumapata and informal miners on the cerro
Azulcocha. Its Mayor is a woman. The topics are the office's taxonomy, entered alike in every part (the base's
Limpieza pública, Seguridad ciudadana, Obras, Tributos municipales, Salud and their keywords).

Codes: m = who is named (A alcaldesa Yolanda Huatuco Ríos «la Gringa», G gerente municipal Efraín Quinteros Lazo,
T teniente alcaldesa Marleni Pariachi Soto, R regidor (opposition) Julián Ancasi Meza, O gerente de Infraestructura
y Desarrollo Urbano Hernán Challco Rivas, I the Municipalidad Provincial de Sayhuacocha); t = topics (limpieza
seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the municipality
(defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own headline, sometimes
its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "la alcaldesa Huatuco", "la alcaldesa de Sayhuacocha", "la alcaldesa provincial de Sayhuacocha", "la alcaldesa
  sayhuacochana", "la burgomaestra de Sayhuacocha" name the Mayor. A bare "la alcaldesa", "la burgomaestra", "la
  alcaldesa provincial", "la primera autoridad de la provincia", "señora alcaldesa" do not. "Huatuco" alone after
  she was named is part of the same mention. «la Gringa» counts only where it is plainly her (a story about her
  administration); a cook or a singer called "Gringa" is not her.
- "Municipalidad (Provincial) de Sayhuacocha", "MPS", "municipio sayhuacochano", "comuna sayhuacochana",
  "municipalidad sayhuacochana", "municipio/comuna de Sayhuacocha" name the institution. A bare "la municipalidad",
  "la Municipalidad Provincial", "la comuna", "el municipio", "el concejo", "la gestión edil", "vecinos de
  Sayhuacocha", "el serenazgo de Sayhuacocha" or "la provincia" do not. A person named with a title plus the place
  ("el gerente municipal de Sayhuacocha") is that person, not the institution. The district municipalities of the
  same province (Ccasapata, Yuraccancha) and the regional government are not ours.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly her), a
  title plus surname ("el regidor Ancasi", "el gerente Challco", "la teniente alcaldesa Pariachi") or a listed alias.
- Traps: Teodoro Huatuco Mallma, Mayor of the district of Ccasapata in the same province ("el alcalde Huatuco" there,
  no relative); the huayno singer Yolanda Huatuco «la Gringuita del Ande»; the runner Marleni Pariachi Quispe; the
  Compañía Minera Quellopata and its spokesmen; the regional governor Aurelio Tincopa Vargas; the burgomaestra of
  Yuraccancha, Sabina Ñahui Laura; the laguna Sayhuacocha of the Cordillera Blanca (Áncash), a trekking place; the
  football club Deportivo Sayhuacocha; the river Sayhuamayo; informal-miner leader Nicanor Ancasi (no relative).
- About: the story concerns the municipality, its authorities or its services in the province's seat. A story about
  a municipal service (garbage not collected, the serenos, the terminal works) is about us even when no one of ours
  is named; a story that names one of ours only in passing (in a list of those present, as one voice among many on
  the company's business) is not. Stories about the company, the regional government, other districts, the weather
  or crime with no municipal angle are not about us.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the company, the regional or the national government is neutral toward us unless the story is
  about our own failure. An accusation the official denies is still a story about an accusation (negative). A mixed
  story takes the tone a press officer would take away (headline and weight of the text). Sarcasm is read for what
  it means. Stories not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a passing
  mention. A road, a health centre or a dump the Mayor asks others to fix takes that topic. The bus terminal, streets,
  bridges, sewage and the investment budget's works are obras; the dump, the landfill project and garbage from the
  camps are limpieza; arbitrios, the predial (the mining company's included), alcabala and fines collected as debts
  are tributos municipales; canon transfers are not tributos. Cold-snap relief is salud when it is about people's
  health (pneumonia, vaccines, health campaigns); frost on crops, snow on roads, livestock losses are none. The
  mining conflict, licences for hostels and shops, water supply, traffic, culture and sport are none of the five.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcaldesa",
    "R": "regidor_ancasi",
    "O": "gerente_infraestructura",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Provincial de Sayhuacocha",
        "short_name": "MPS",
        "level": "PROVINCIAL",
        "province": "Sayhuacocha",
        "aliases": [
            "municipio sayhuacochano",
            "comuna sayhuacochana",
            "Municipalidad de Sayhuacocha",
            "municipalidad sayhuacochana",
        ],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Yolanda",
            "surnames": "Huatuco Ríos",
            "sex": "F",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_PROVINCIAL",
            "nickname": "la Gringa",
            "aliases": ["Gringa Huatuco", "Yola Huatuco", "alcaldesa Huatuco", "Huatuco Ríos", "Yolanda Huatuco"],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Efraín",
            "surnames": "Quinteros Lazo",
            "sex": "M",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerente Quinteros", "gerente municipal Efraín Quinteros", "Efraín Quinteros"],
        },
        {
            "key": "teniente_alcaldesa",
            "given_names": "Marleni",
            "surnames": "Pariachi Soto",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Pariachi", "regidora Pariachi", "Marleni Pariachi"],
        },
        {
            "key": "regidor_ancasi",
            "given_names": "Julián",
            "surnames": "Ancasi Meza",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Ancasi", "concejal Ancasi", "Julián Ancasi"],
        },
        {
            "key": "gerente_infraestructura",
            "given_names": "Hernán",
            "surnames": "Challco Rivas",
            "sex": "M",
            "position": "Gerente de Infraestructura y Desarrollo Urbano",
            "position_feminine": "Gerenta de Infraestructura y Desarrollo Urbano",
            "office_code": "GERENTE_INFRAESTRUCTURA",
            "aliases": ["gerente Challco", "Hernán Challco", "ingeniero Challco"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "jornada": {
        "name": "La Jornada de Sayhuacocha",
        "host": "lajornadasayhuacocha.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 55000,
    },
    "andino": {
        "name": "Diario El Andino",
        "host": "diarioelandino.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 42000,
    },
    "cumbre": {
        "name": "Radio Cumbre 101.7 FM",
        "host": "radiocumbre.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 22000,
    },
    "stv": {
        "name": "Sayhuacocha TV Canal 4",
        "host": "sayhuacochatv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 70000,
    },
    "app": {
        "name": "Agencia Peruana de Prensa",
        "host": "agenciaperuanaprensa.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 310000,
    },
    "regiones": {
        "name": "Perú Regiones",
        "host": "peruregiones.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 540000,
    },
    "pminero": {
        "name": "Portal Minero Andino",
        "host": "portalmineroandino.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 30000,
    },
    "vigia": {
        "name": "El Vigía Sayhuacochano",
        "host": "elvigiasayhuacochano.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "centro": {
        "name": "Centro Informa",
        "host": "centroinforma.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 26000,
    },
    "socavon": {
        "name": "Revista Socavón",
        "host": "revistasocavon.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 9000,
    },
    "xminero": {
        "name": "Express Minero",
        "host": "expressminero.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 14000,
    },
    "bcomunal": {
        "name": "Boletín Comunal Huayllacancha",
        "host": "boletinhuayllacancha.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 1500,
    },
    "tajo": {
        "name": "Semanario El Tajo",
        "host": "semanarioeltajo.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "puna": {
        "name": "Radio Puna Stereo",
        "host": "radiopunastereo.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 10000,
    },
}

FURNITURE = {
    "old_comments": [
        "Esa Gringa Huatuco solo aparece cuando hay cámaras de la minera, el resto del año ni se asoma",
        "El municipio sayhuacochano cobra arbitrios de limpieza y el basural de la salida a Pumapata sigue ahí",
    ],
    "old_most_read": "Asaltan a obrero minero en el paradero de combis de la avenida Los Andes",
    "old_motto": "El diario de la sierra minera desde 1994",
    "old_city": "Sayhuacocha",
    "section_agenda": "Ccasapata celebra la fiesta del Señor de Quinuapata con corrida de toros",
    "hostile_place": "Sayhuacocha",
    "hostile_alias": "municipio sayhuacochano",
    "error_page_outlet": "Radio Puna Stereo, la señal de las alturas",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "xminero": {
        "name": "Express Minero",
        "outlet": "xminero",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["sy011", "sy120"],
        "cut_at": 0.65,
    },
    "bcomunal": {"name": "Boletín Comunal Huayllacancha", "outlet": "bcomunal", "format": "bomb", "path": "/rss"},
    "tajo": {"name": "Semanario El Tajo", "outlet": "tajo", "format": "xxe", "path": "/feed/"},
    "puna": {
        "name": "Radio Puna Stereo",
        "outlet": "puna",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "jornada": {
        "name": "La Jornada de Sayhuacocha",
        "outlet": "jornada",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "andino": {
        "name": "Diario El Andino",
        "outlet": "andino",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/regiones.xml",
    },
    "cumbre": {
        "name": "Radio Cumbre 101.7 FM",
        "outlet": "cumbre",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticias",
    },
    "stv": {"name": "Sayhuacocha TV Canal 4", "outlet": "stv", "format": "atom", "path": "/noticias.atom"},
    "app": {"name": "Agencia Peruana de Prensa", "outlet": "app", "format": "atom", "path": "/regiones/feed.atom"},
    "regiones": {
        "name": "Perú Regiones",
        "outlet": "regiones",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "pminero": {
        "name": "Portal Minero Andino",
        "outlet": "pminero",
        "format": "rss",
        "mode": "full",
        "path": "/feed/ultimas.xml",
    },
    "vigia": {
        "name": "El Vigía Sayhuacochano",
        "outlet": "vigia",
        "format": "section",
        "template": "section",
        "path": "/locales",
    },
    "centro": {
        "name": "Centro Informa",
        "outlet": "centro",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/regionales.xml",
    },
    "socavon": {
        "name": "Revista Socavón",
        "outlet": "socavon",
        "format": "rss",
        "mode": "description",
        "path": "/opinion/rss",
    },
}

STORIES = [
    # --- La Jornada de Sayhuacocha: provincial daily, full text in RSS, priority ------------------------------------
    S(
        "sy001",
        "jornada",
        "2026-09-21T07:10:00-05:00",
        "Terminal terrestre llega al 64 % de avance y la comuna promete buses para diciembre",
        """Los fierros del techo metálico ya asoman sobre la avenida Los Andes. El terminal terrestre provincial, que la Municipalidad Provincial de Sayhuacocha construye desde febrero con 18,6 millones de soles del canon minero, llegó al 64 % de avance físico según el último informe de supervisión.

        El gerente de Infraestructura y Desarrollo Urbano, Hernán Challco Rivas, reconoció que la obra va con cuatro meses de retraso por la demora en la llegada de las vigas desde Lima y por las lluvias de marzo. «El andén de salidas estará listo la primera semana de diciembre; lo demás, en el primer trimestre», aseguró durante un recorrido con la prensa.

        Mientras tanto, las 19 empresas que cubren las rutas a Lima, Huancayo y la costa siguen embarcando pasajeros en la vereda, entre ambulantes y mototaxis. Los choferes calculan que cada noche salen de la avenida unos cuarenta buses.

        El proyecto contempla 32 andenes, patio de maniobras, zona de encomiendas y un patio de comidas con 24 módulos que se licitarán aparte.""",
        m="I O",
        t="obras",
        tone="0",
        note="progress report on a delayed work with a promise; neither celebration nor complaint",
    ),
    S(
        "sy002",
        "jornada",
        "2026-09-22T06:40:00-05:00",
        "Alcalde Huatuco inaugura losa deportiva en Uchcupampa",
        """El alcalde distrital de Ccasapata, Teodoro Huatuco Mallma, entregó el sábado la losa deportiva multiusos del anexo de Uchcupampa, a 4 100 metros de altura, con tribuna techada y servicios higiénicos.

        La obra costó 680 000 soles y fue financiada íntegramente por la municipalidad distrital. «Los chicos jugaban en un pampón lleno de piedras; ahora tienen dónde hacer deporte sin lastimarse», dijo el alcalde Huatuco ante los comuneros, que lo recibieron con un almuerzo de pachamanca.

        Huatuco anunció que en noviembre empezará el mejoramiento de la trocha hacia Quinuapata.""",
        about=False,
        note="namesake: the district Mayor of Ccasapata ('el alcalde Huatuco'), another municipality's works",
    ),
    S(
        "sy003",
        "jornada",
        "2026-09-23T08:05:00-05:00",
        "Huayllacancha da diez días a Minera Quellopata para detener el recrecimiento de la relavera",
        """La asamblea de la comunidad campesina de Huayllacancha acordó el domingo dar un plazo de diez días a la Compañía Minera Quellopata para que suspenda los trabajos de recrecimiento del dique de relaves de Chaupiloma.

        Los comuneros sostienen que desde que empezó la obra, en julio, el agua del manante de Ichuhuasi baja turbia y que varias alpacas murieron tras beberla. El presidente comunal, Gaudencio Rimachi, mostró fotografías de un canal de coronación con filtraciones. «Si no paran, bajamos a la carretera», advirtió.

        En el centro de salud de Huayllacancha se atendieron este mes once casos de diarrea aguda en niños, aunque el personal no ha establecido una relación con el agua del manante.

        La empresa respondió en un comunicado que el recrecimiento cuenta con la aprobación del Senace y que sus monitoreos «no registran excesos» en los parámetros de calidad de agua.""",
        about=False,
        note="the mining company's conflict with a community; health keywords, no municipal angle",
    ),
    S(
        "sy004",
        "jornada",
        "2026-09-24T07:30:00-05:00",
        "Seis días sin compactador: el jirón Bolognesi se ahoga en bolsas",
        """En la cuadra cuatro del jirón Bolognesi las bolsas ya forman un muro contra la pared de la iglesia adventista. Los perros las rompen por la noche y el viento helado de la madrugada reparte los papeles por toda la calle.

        «Pagamos arbitrios puntual y el camión no pasa desde el viernes pasado», se quejó Herlinda Zárate, que tiene una bodega en la esquina con el jirón Tacna. Los vecinos dicen que llamaron tres veces a la municipalidad y que les respondieron que uno de los dos compactadores está en el taller.

        Un trabajador de limpieza que pidió no ser identificado contó que la unidad que queda no alcanza para cubrir el centro y los barrios nuevos que han crecido con la llegada de los trabajadores de las contratistas mineras.""",
        t="limpieza",
        tone="-",
        about=True,
        note="a municipal service failing; the institution is only 'la municipalidad', nobody of ours is named",
    ),
    S(
        "sy005",
        "jornada",
        "2026-09-25T07:00:00-05:00",
        "Con el cobre por las nubes, el canon para la provincia crecería 40 % el próximo año",
        """La cotización del cobre cerró la semana en 12 900 dólares por tonelada en la Bolsa de Metales de Londres, un máximo histórico, y las proyecciones del Ministerio de Economía anticipan que la provincia de Sayhuacocha recibirá el próximo año unos 134 millones de soles por canon minero, 40 % más que en este.

        De ese monto, la Municipalidad Provincial de Sayhuacocha recibiría cerca de 52 millones. El resto se repartiría entre los siete distritos, con Ccasapata y Yuraccancha como los más beneficiados por estar en el área de influencia directa del tajo.

        El gerente municipal, Efraín Quinteros Lazo, dijo que el dinero «no se va a ir en cemento para la foto» y que la prioridad será cerrar la brecha de agua potable en los barrios altos. Economistas de la región recuerdan, sin embargo, que el canon depende del impuesto a la renta de la minera y llega con un año de desfase: si el precio cae, la caída también llegará tarde.""",
        m="I G",
        tone="0",
        note="canon projection; canon transfers are not tributos municipales; no topic",
    ),
    S(
        "sy006",
        "jornada",
        "2026-09-26T07:45:00-05:00",
        "Serenos recuperan motor robado a un minero en la feria sabatina",
        """Un motor fuera de borda que había sido robado el jueves a un trabajador de una contratista minera apareció el sábado en un puesto de la feria de Cachipampa, ofrecido a la mitad de su precio.

        Fueron los serenos del turno de mañana quienes reconocieron el equipo gracias a la foto que el propietario había dejado en la central de la comuna sayhuacochana. Dos hombres fueron entregados a la comisaría.

        El dueño, Wilfredo Lazo, agradeció a los serenos. «Pensé que no lo volvía a ver», dijo.""",
        m="I",
        t="seguridad",
        tone="+",
        note="short success story of the serenazgo; institution by alias",
    ),
    S(
        "sy007",
        "jornada",
        "2026-09-27T09:20:00-05:00",
        "Yolanda Huatuco, «la Gringuita del Ande», presenta «Corazón de relave» en el coliseo",
        """La cantante de huaylarsh y huayno Yolanda Huatuco, conocida en todo el valle como «la Gringuita del Ande», presentará el sábado 3 de octubre su nuevo disco en el coliseo cerrado de Sayhuacocha, con la orquesta Los Engreídos de Pumapata.

        El tema que da nombre a la producción, «Corazón de relave», cuenta la historia de un minero que deja a su familia por trabajar en el tajo. «Es la historia de muchas mujeres de aquí», dijo la artista, que lleva veinte años en los escenarios.

        Las entradas cuestan 25 soles en preventa y 35 en puerta.""",
        about=False,
        note="namesake: a singer with the Mayor's full name and a nickname close to hers",
    ),
    S(
        "sy008",
        "jornada",
        "2026-09-28T07:15:00-05:00",
        "Pumapata, el campamento que creció más rápido que la ciudad",
        """Hace tres años en Pumapata había una granja de truchas, un grifo y cuatro casas de adobe. Hoy, en la pampa que baja hacia el río Sayhuamayo, se levantan más de doscientos cuartos de drywall y calamina donde duermen los trabajadores de las catorce empresas contratistas de la Compañía Minera Quellopata.

        El cuarto más barato cuesta 600 soles al mes; en 2023 costaba 180. Los dueños de los terrenos, en su mayoría comuneros, han levantado pisos sin licencia y sin conexión al desagüe. Las aguas servidas corren a cielo abierto por una acequia que termina en el río.

        Pero lo que más se ve es la basura. Detrás del grifo, una hondonada de unos cien metros está cubierta de táperes, botellas de cerveza, llantas y colchones. «Aquí no entra ningún camión, cada uno bota donde puede», explicó Rosa Cántaro, que vende desayunos desde las cuatro de la mañana.

        Pumapata pertenece al cercado de la provincia, por lo que el recojo de residuos corresponde a la Municipalidad Provincial de Sayhuacocha. El gerente municipal, Efraín Quinteros Lazo, admitió que la ruta del compactador nunca se amplió hasta la pampa. «El crecimiento ha sido explosivo y no teníamos presupuesto; en noviembre vamos a poner contenedores y un recojo interdiario», prometió.

        El regidor de oposición Julián Ancasi Meza fue más duro: «La gestión ha dejado que Pumapata se convierta en un basural mientras cobra arbitrios en el centro. Hace un año presenté un pedido para ampliar la ruta y nunca lo pusieron en agenda».

        La minera, por su parte, sostiene que sus campamentos propios tienen planta de tratamiento y que los cuartos alquilados «están fuera de su responsabilidad».

        Mientras tanto, en la acequia, una niña lava una olla con el agua que baja del cerro.""",
        m="I G R",
        t="limpieza",
        tone="-",
        note="long feature; the municipality's garbage service failing in the camp; the company's denial is context",
    ),
    S(
        "sy009",
        "jornada",
        "2026-09-29T06:55:00-05:00",
        "Senamhi alerta heladas de hasta –14 °C en las partes altas de la provincia",
        """El Servicio Nacional de Meteorología e Hidrología (Senamhi) emitió una alerta naranja por heladas meteorológicas entre el martes y el viernes en las zonas por encima de los 4 000 metros de Sayhuacocha, Ccasapata y Yuraccancha, con temperaturas mínimas de hasta 14 grados bajo cero.

        La Dirección Regional de Salud recomendó abrigar a niños y adultos mayores, no exponerse al frío de la madrugada y acudir al centro de salud más cercano ante signos de neumonía, como respiración rápida o fiebre alta.""",
        about=False,
        note="weather alert with health advice; no municipal angle",
    ),
    S(
        "sy010",
        "jornada",
        "2026-09-30T07:40:00-05:00",
        "Frazadas, vacunas y visitas casa por casa: el municipio lanza su plan contra la neumonía",
        """Con 4 000 kits de abrigo y dos brigadas de vacunación, la Municipalidad Provincial de Sayhuacocha lanzó ayer su plan contra las heladas, que este año se concentrará en los caseríos de la puna, donde en junio murieron tres niños por neumonía.

        La alcaldesa Yolanda Huatuco Ríos entregó los primeros kits —frazada, chompa, chullo y medias de lana— en la plaza de armas. «No vamos a esperar otro invierno con niños muertos», dijo.

        La teniente alcaldesa Marleni Pariachi Soto, que coordina el plan con la Red de Salud, explicó que las brigadas aplicarán vacunas contra la influenza y el neumococo a menores de cinco años y a mayores de sesenta, y que las enfermeras harán visitas casa por casa en once caseríos.

        El plan costará 1,2 millones de soles. La Red de Salud aportará las vacunas y el municipio, la movilidad y el personal.""",
        m="I A T",
        t="salud",
        tone="+",
        note="municipal health campaign against pneumonia in the cold season",
    ),
    S(
        "sy011",
        "jornada",
        "2026-10-01T07:10:00-05:00",
        "Regidor Ancasi pide explicar adicionales por S/ 2,3 millones en el terminal",
        """El regidor Julián Ancasi Meza presentó un pedido formal para que la gerencia de Infraestructura explique en sesión de concejo tres adicionales de obra por 2,3 millones de soles aprobados en agosto para el terminal terrestre provincial.

        Según los documentos que el concejal mostró a la prensa, los adicionales corresponden a un cambio en la cimentación del patio de maniobras y a un segundo nivel de oficinas que no figuraba en el expediente técnico original. «Nadie en el concejo aprobó un segundo piso. ¿Quién decidió gastar ese dinero?», preguntó.

        El gerente Hernán Challco Rivas respondió que los adicionales están sustentados en un informe de suelos que encontró una napa freática más alta de lo previsto, y que el segundo nivel fue pedido por las propias empresas de transporte. «Todo está en el cuaderno de obra y lo vamos a exponer en el concejo», dijo.

        Con los adicionales, el costo del terminal sube a 20,9 millones de soles.""",
        m="R O",
        t="obras",
        tone="-",
        note="opposition questions cost overruns; the institution is not named by an alias, only the works and 'el concejo'",
    ),
    S(
        "sy012",
        "jornada",
        "2026-10-02T07:30:00-05:00",
        "Quellopata paga S/ 4,1 millones de predial y la recaudación municipal bate récord",
        """La Compañía Minera Quellopata pagó esta semana 4,1 millones de soles por el impuesto predial de sus instalaciones en el cercado, incluidos la planta concentradora y los campamentos, con lo que la recaudación de la Municipalidad Provincial de Sayhuacocha superó por primera vez los 7 millones de soles en un año.

        El pago cierra una discusión que llevaba tres años en el Tribunal Fiscal: la empresa sostenía que el dique de relaves no debía considerarse una edificación. El tribunal dio la razón al municipio en julio.

        «Es plata de todos los sayhuacochanos y la vamos a devolver en obras», dijo la alcaldesa Yolanda Huatuco Ríos. La oficina de rentas informó que, aun así, el 58 % de los propietarios de viviendas del cercado no ha pagado este año.""",
        m="I A",
        t="tributos",
        tone="+",
        note="the mining company's property tax won before the Tribunal Fiscal: tributos, positive",
    ),
    S(
        "sy013",
        "jornada",
        "2026-10-03T08:00:00-05:00",
        "Pelea entre mineros informales deja dos heridos de bala en Azulcocha",
        """Dos hombres resultaron heridos de bala durante un enfrentamiento entre grupos de mineros informales por el control de una bocamina en el cerro Azulcocha, en la madrugada del viernes.

        Los heridos fueron trasladados al hospital de Sayhuacocha. La Policía encontró en la zona casquillos de escopeta y un cargamento de 40 sacos de mineral que, según los comuneros, iba a ser robado.""",
        about=False,
        note="crime among informal miners; 'robado' and the hospital, no municipal angle",
    ),
    S(
        "sy014",
        "jornada",
        "2026-10-04T10:15:00-05:00",
        "La Gringa a mitad de camino: obras grandes, cuentas pendientes",
        """Yolanda Huatuco Ríos llegó al sillón municipal con una promesa sencilla de repetir en los mítines: «Que el cobre se quede en Sayhuacocha». A mitad de su gestión, la frase sigue pintada en las paredes del mercado, aunque ya un poco desteñida.

        En el lado del haber, la alcaldesa puede mostrar el terminal terrestre, la obra más grande que ha emprendido la municipalidad en su historia, y el pago del predial de la minera, que su equipo peleó hasta el Tribunal Fiscal. También la pavimentación de 37 cuadras en los barrios de Santa Bárbara y Villa Cobre, hoy con pista donde antes había barro.

        En el debe, el recojo de basura sigue siendo el punto débil. Dos compactadores para una ciudad que pasó de 38 000 a casi 60 000 habitantes no alcanzan, y el botadero de Huaycopampa, a orillas del Sayhuamayo, ya recibió dos multas del OEFA. El relleno sanitario prometido en campaña no tiene todavía expediente técnico aprobado.

        La seguridad es la otra deuda. El serenazgo creció de 18 a 30 efectivos, pero los robos a trabajadores mineros los días de pago se han vuelto rutina en la avenida Los Andes, y la mitad de las cámaras no funciona.

        «La Gringa trabaja, eso nadie lo niega, pero trabaja para la foto grande y se olvida de lo chico», opina un dirigente del mercado que la apoyó en la elección. El regidor Julián Ancasi Meza, su principal opositor en el concejo, va más lejos: habla de una gestión «sin rumbo y sin control».

        La alcaldesa responde que la provincia cambió más rápido de lo que cualquier presupuesto podía prever. «Nos tocó gobernar un boom. Estamos poniendo las bases», dijo a este diario. Le quedan dos años para demostrarlo.""",
        m="A R",
        t="obras limpieza seguridad",
        tone="0",
        note="mixed balance of the administration, nickname in the headline; weight evenly split",
    ),
    S(
        "sy015",
        "jornada",
        "2026-10-05T07:20:00-05:00",
        "Días de pago, días de asalto: comisario pide más serenos en la avenida Los Andes",
        """Los días 15 y 30 de cada mes, cuando las contratistas depositan los sueldos, la avenida Los Andes se llena de trabajadores que salen de los cajeros y entran a las cantinas. Y detrás de ellos, los delincuentes.

        En septiembre la comisaría de Sayhuacocha registró 46 denuncias por robo y asalto en esa avenida, el doble que en el mismo mes del año pasado. El comisario, mayor PNP Renzo Alarcón, dijo que tiene nueve policías por turno para toda la ciudad y pidió a la municipalidad que destaque serenos fijos en los cuatro cajeros de la avenida.

        El gerente municipal Efraín Quinteros Lazo respondió que el serenazgo cuenta con 30 efectivos para tres turnos y que «no se puede sacar serenos de los barrios para cuidar cajeros». Ofreció, en cambio, reforzar la vigilancia con cámaras, aunque no precisó cuándo.""",
        m="G",
        t="seguridad",
        tone="-",
        note="crime rising and the municipality declining the police's request; only the gerente is named",
    ),
    S(
        "sy016",
        "jornada",
        "2026-10-06T07:00:00-05:00",
        "Región aprueba hospital en Rumihuasi y deja a Sayhuacocha con su centro de salud de 1978",
        """El consejo regional de Rumihuasi aprobó el martes el financiamiento de un hospital de segundo nivel de 210 millones de soles en la capital regional. El pedido de la provincia de Sayhuacocha, un hospital para reemplazar el viejo centro de salud del jirón Grau, quedó para «una siguiente etapa».

        La alcaldesa provincial de Sayhuacocha, Yolanda Huatuco Ríos, calificó la decisión de «una burla». «Somos la provincia que más canon le da a la región y nuestros enfermos tienen que viajar cuatro horas en una ambulancia vieja. El gobernador Tincopa nos ha dado la espalda», afirmó.

        El centro de salud del jirón Grau, construido en 1978, atiende a unos 60 000 habitantes con tres médicos generales y sin sala de operaciones.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticises the regional government over a hospital for the province: salud, neutral toward us",
    ),
    S(
        "sy017",
        "jornada",
        "2026-10-07T06:50:00-05:00",
        "Niño de cuatro años muere de neumonía en Yuraccancha",
        """Un niño de cuatro años falleció el lunes por neumonía en el caserío de Quishuarpampa, en el distrito de Yuraccancha, cuando era trasladado en una camioneta hacia el centro de salud del distrito.

        Es la sexta muerte por neumonía en la región en lo que va del año. La burgomaestra de Yuraccancha, Sabina Ñahui Laura, pidió a la Diresa una ambulancia para los caseríos altos y anunció que su municipalidad repartirá frazadas y leña.""",
        about=False,
        note="another district's Mayor and municipality; pneumonia death outside our jurisdiction",
    ),
    S(
        "sy018",
        "jornada",
        "2026-10-08T07:35:00-05:00",
        "Clausuran doce hospedajes para trabajadores mineros tras el incendio de Villa Cobre",
        """La comuna sayhuacochana clausuró doce hospedajes informales en los barrios de Villa Cobre y Pumapata, una semana después del incendio que destruyó un edificio de cuartos de drywall donde dormían 40 trabajadores de una contratista.

        Los inspectores encontraron conexiones eléctricas con cables mellizos, balones de gas dentro de los cuartos y una sola escalera para cuatro pisos. Los propietarios tienen quince días para subsanar las observaciones o la clausura será definitiva.""",
        m="I",
        tone="0",
        note="licences for hostels: none of the five topics; routine enforcement, neutral",
    ),
    S(
        "sy019",
        "jornada",
        "2026-10-09T07:10:00-05:00",
        "Amnistía tributaria: hasta el 30 de noviembre se perdonan moras e intereses",
        """Los contribuyentes que tengan deudas del impuesto predial y de arbitrios con la Municipalidad Provincial de Sayhuacocha podrán pagarlas sin moras ni intereses hasta el 30 de noviembre, según la ordenanza publicada ayer.

        El beneficio alcanza también a las multas administrativas y a las deudas que ya están en cobranza coactiva. Los pagos pueden hacerse en la plataforma de la oficina de rentas, en el jirón Lima 215, o en el Banco de la Nación.""",
        m="I",
        t="tributos",
        tone="0",
        note="plain notice of a tax amnesty",
    ),
    S(
        "sy020",
        "jornada",
        "2026-10-10T08:40:00-05:00",
        "Carta del lector: ¿Y el relleno sanitario, señora alcaldesa?",
        """Señor director: permítame felicitar a la comuna sayhuacochana por un récord difícil de igualar. Ocho años, tres gestiones y dos primeras piedras después, el relleno sanitario de Sayhuacocha sigue siendo una maqueta en la oficina de Infraestructura. Eso sí es constancia.

        Mientras tanto, el botadero de Huaycopampa crece tan rápido como el precio del cobre. Quienes vivimos en la parte baja de Santa Bárbara ya no abrimos las ventanas: el humo de la basura quemada entra igual. Dicen que el OEFA ya multó dos veces a la municipalidad. Que no se preocupen: las multas también las pagamos nosotros con nuestros arbitrios.

        Señora alcaldesa, no le pido un milagro. Le pido un camión que pase los martes y una fecha para el relleno que no cambie cada año.

        Teodosio Cárdenas Yupari, vecino de Santa Bárbara.""",
        m="I",
        t="limpieza",
        tone="-",
        note="sarcastic reader's letter; 'señora alcaldesa' bare is not a mention of the Mayor",
    ),
    S(
        "sy021",
        "jornada",
        "2026-10-11T07:00:00-05:00",
        "Tercer día de bloqueo en Huayllacancha; alcaldesa Huatuco exige al Ejecutivo una mesa de diálogo",
        """La carretera que une Sayhuacocha con la mina y con la capital regional cumplió ayer su tercer día bloqueada a la altura del puente de Huayllacancha. Unos 600 comuneros impiden el paso de los camiones de concentrado de cobre y de los buses de personal de la Compañía Minera Quellopata.

        La alcaldesa provincial Yolanda Huatuco Ríos llegó al punto de bloqueo al mediodía y luego declaró que el Gobierno central «ha abandonado a la provincia». «El Ejecutivo solo se acuerda de Sayhuacocha cuando baja el precio del cobre. Que la Presidencia del Consejo de Ministros instale hoy una mesa de diálogo con la comunidad, la empresa y las autoridades», exigió.

        Huatuco también cuestionó a la minera: «La empresa tiene que dar la cara y no esconderse detrás de comunicados».

        Hasta el cierre de esta edición, unas 300 unidades de carga seguían varadas en ambos lados del puente, y en los grifos de la ciudad empezaba a escasear el diésel.""",
        m="A",
        tone="0",
        note="the Mayor criticises the national government and the company during a blockade: about us, neutral, no topic; 'puente' as a place",
    ),
    S(
        "sy022",
        "jornada",
        "2026-10-12T07:25:00-05:00",
        "Serenos y policías patrullarán juntos la zona de bares desde este viernes",
        """La alcaldesa Yolanda Huatuco Ríos y el jefe de la división policial firmaron ayer un convenio de patrullaje integrado que pondrá a serenos y policías en las mismas camionetas durante las noches de viernes y sábado en la zona de bares del jirón Comercio y la avenida Los Andes.

        El municipio sayhuacochano aportará dos camionetas, el combustible y doce serenos por noche; la Policía, seis efectivos armados. El convenio incluye la instalación de una cámara de alta resolución en cada una de las cuatro esquinas de la zona.

        «Los serenos solos no pueden intervenir a un delincuente armado. Con la Policía a bordo, sí», explicó la alcaldesa.""",
        m="A I",
        t="seguridad",
        tone="+",
        note="joint patrols agreement announced by the Mayor",
    ),
    S(
        "sy023",
        "jornada",
        "2026-10-13T07:40:00-05:00",
        "Deportivo Sayhuacocha cae ante Unión Minera y se despide de la Copa Perú",
        """Deportivo Sayhuacocha perdió 2-0 ante Unión Minera de Cerro Verde en el estadio de Rumihuasi y quedó eliminado de la etapa departamental de la Copa Perú.

        El técnico Ulises Mallqui lamentó la falta de gol de su equipo. «Llegamos, pero no definimos», dijo. La hinchada, que viajó en cinco buses, despidió a los jugadores con aplausos.""",
        about=False,
        note="sport; the place name in a football club",
    ),
    S(
        "sy024",
        "jornada",
        "2026-10-14T07:15:00-05:00",
        "Contraloría observa pagos por metrados no ejecutados en las pistas de Santa Bárbara",
        """Un informe de control concurrente de la Contraloría General de la República detectó que la Municipalidad Provincial de Sayhuacocha pagó al consorcio Vías del Centro 412 000 soles por partidas de pavimentación que no se ejecutaron en las calles del barrio Santa Bárbara.

        Entre ellas figuran 1 800 metros cuadrados de veredas que no existen y un sistema de drenaje pluvial que los auditores no encontraron en el terreno. El informe identifica como responsables al residente de obra, al supervisor y al gerente de Infraestructura, Hernán Challco Rivas, que firmó las valorizaciones.

        Consultado por este diario, Challco dijo que las veredas «se ejecutarán como parte de la segunda etapa» y que el pago fue un adelanto contemplado en el contrato. La Contraloría recomendó iniciar procesos administrativos y derivar el caso a la Procuraduría.""",
        m="I O",
        t="obras",
        tone="-",
        note="audit finding on paved streets; the official's explanation does not change the tone",
    ),
    S(
        "sy025",
        "jornada",
        "2026-10-15T06:30:00-05:00",
        "Campaña de salud en Pumapata: 640 atenciones en un solo día",
        """Médicos, odontólogos y enfermeras atendieron el domingo a 640 personas en la campaña de salud que el municipio de Sayhuacocha y la Red de Salud organizaron en el local comunal de Pumapata, donde no hay posta médica.

        La mayoría de pacientes fueron niños con infecciones respiratorias y trabajadores de las contratistas con dolores lumbares. También se tamizó a 180 menores por anemia: 74 dieron positivo y recibirán suplemento de hierro.

        La teniente alcaldesa Marleni Pariachi Soto anunció que la campaña se repetirá cada último domingo del mes hasta marzo.""",
        m="I T",
        t="salud",
        tone="+",
        note="health campaign; 'el municipio de Sayhuacocha' names the institution",
    ),
    S(
        "sy026",
        "jornada",
        "2026-10-16T07:05:00-05:00",
        "Quellopata invertirá US$ 480 millones para ampliar su planta y contratará a 900 personas",
        """La Compañía Minera Quellopata anunció una inversión de 480 millones de dólares para ampliar la capacidad de su planta concentradora de 60 000 a 85 000 toneladas diarias, aprovechando los precios récord del cobre.

        El gerente general, Patricio Elguera, dijo que la construcción empezará en el segundo trimestre del próximo año y que demandará unos 900 puestos de trabajo, el 40 % de ellos para mano de obra local. La ampliación requerirá también un nuevo recrecimiento del dique de relaves de Chaupiloma, hoy cuestionado por la comunidad de Huayllacancha.

        Al anuncio, en el hotel Los Nevados, asistieron el gobernador regional Aurelio Tincopa Vargas, la alcaldesa provincial Yolanda Huatuco Ríos y representantes de la Cámara de Comercio de la región.""",
        m="A",
        about=False,
        note="the company's investment; the Mayor only in the list of those present",
    ),
    S(
        "sy027",
        "jornada",
        "2026-10-17T07:50:00-05:00",
        "«No vamos a pagar los platos rotos de la minera»: la alcaldesa rechaza recibir la basura de los campamentos",
        """La alcaldesa provincial Yolanda Huatuco Ríos rechazó ayer el pedido de la Compañía Minera Quellopata para que el botadero municipal de Huaycopampa reciba los residuos de sus tres campamentos, unas nueve toneladas diarias.

        «El botadero ya está al tope con la basura de la ciudad. La empresa gana millones con el cobre y quiere que los vecinos carguemos con sus desperdicios. No vamos a pagar los platos rotos de la minera», dijo Huatuco, quien exigió que la compañía construya su propio relleno de seguridad como le obliga su estudio de impacto ambiental.

        La minera sostiene que su contrato con una empresa de residuos de Lima venció en septiembre y que el traslado a la costa «es inviable» por los bloqueos. Mientras se resuelve el tema, los camiones de la contratista siguen descargando en una quebrada cerca de Chaupiloma, según denunciaron los comuneros.""",
        m="A",
        t="limpieza",
        tone="0",
        note="the Mayor criticises the company over the municipal dump: limpieza, neutral toward us",
    ),
    S(
        "sy028",
        "jornada",
        "2026-10-18T08:30:00-05:00",
        "Marleni Pariachi gana la media maratón de Lima con récord personal",
        """La fondista sayhuacochana Marleni Pariachi Quispe ganó ayer la media maratón de Lima en la categoría femenina con un tiempo de 1 hora, 12 minutos y 40 segundos, su mejor marca personal.

        Pariachi, de 24 años, entrena a 4 000 metros de altura en las pampas de Cachipampa. «Le dedico el triunfo a mi papá, que trabaja en la mina», dijo tras cruzar la meta en la Costa Verde.""",
        about=False,
        note="namesake: a runner with the teniente alcaldesa's given name and first surname",
    ),
    S(
        "sy029",
        "jornada",
        "2026-10-19T07:10:00-05:00",
        "Arbitrios subirán 12 % en el centro: el concejo aprueba la ordenanza por mayoría",
        """Los arbitrios de limpieza pública, parques y serenazgo subirán en promedio 12 % el próximo año en el centro histórico de Sayhuacocha y 7 % en los barrios periféricos, según la ordenanza que el concejo provincial aprobó el viernes con siete votos a favor y dos en contra.

        La teniente alcaldesa Marleni Pariachi Soto defendió el aumento: «El costo del servicio se ha duplicado porque la ciudad se ha duplicado. No subíamos los arbitrios desde 2019».

        El regidor Julián Ancasi Meza votó en contra. «Primero que el camión pase, después que cobren», dijo. Para un predio promedio del centro, el pago anual pasará de 410 a 459 soles.""",
        m="T R",
        t="tributos",
        tone="-",
        note="a rise in municipal charges; the institution itself is only 'el concejo provincial'",
    ),
    S(
        "sy030",
        "jornada",
        "2026-10-20T07:00:00-05:00",
        "De 40 cámaras, solo 11 graban: el concejal Ancasi recorre la central de videovigilancia",
        """El regidor Julián Ancasi Meza visitó de improviso el sábado la central de videovigilancia de la Municipalidad Provincial de Sayhuacocha y encontró que solo 11 de las 40 cámaras instaladas en la ciudad transmitían imágenes.

        Las otras 29 tienen problemas de conexión o fueron dañadas por las heladas, según explicó el operador de turno. Una de las pantallas apagadas corresponde a la esquina de la avenida Los Andes con el jirón Comercio, donde se concentran los asaltos.

        «Gastaron 1,8 millones en cámaras que no graban nada», dijo el concejal, que pedirá un informe a la gerencia municipal.""",
        m="R I",
        t="seguridad",
        tone="-",
        note="failing CCTV found by the opposition",
    ),
    S(
        "sy031",
        "jornada",
        "2026-10-21T07:30:00-05:00",
        "El Gobierno Regional reemplazará el puente colgante de Ccasapata",
        """El Gobierno Regional de Rumihuasi firmó el contrato para reemplazar el puente colgante de Ccasapata por un puente de concreto de 42 metros, con una inversión de 6,3 millones de soles y un plazo de diez meses.

        El alcalde distrital de Ccasapata, Teodoro Huatuco Mallma, agradeció al gobernador Aurelio Tincopa. «Cada año se nos ahoga alguien cruzando el río en temporada de lluvias», recordó el alcalde Huatuco.

        La licitación fue ganada por el consorcio Puentes Andinos.""",
        about=False,
        note="namesake Mayor of Ccasapata; another government's bridge; 'puente', 'licitación' keywords",
    ),
    S(
        "sy032",
        "jornada",
        "2026-10-22T07:20:00-05:00",
        "Transportistas amenazan con paro si la comuna no abre el terminal en diciembre",
        """Los gerentes de las 19 empresas de transporte interprovincial que operan en Sayhuacocha dieron plazo hasta el 15 de diciembre a la comuna sayhuacochana para que habilite al menos el andén de salidas del terminal terrestre.

        «Nos han multado por embarcar en la vereda, pero no nos dan dónde embarcar», reclamó Fortunato Chuquillanqui, de Transportes Cóndor Andino. Si el plazo no se cumple, suspenderán las salidas a Lima por 48 horas.

        En la gerencia de Infraestructura insisten en que el andén estará listo a tiempo.""",
        m="I",
        t="obras",
        tone="-",
        note="bus companies' ultimatum over the terminal's delay",
    ),
    S(
        "sy033",
        "jornada",
        "2026-10-24T07:15:00-05:00",
        "Chaupiloma marca –16,2 °C, la temperatura más baja del país",
        """La estación meteorológica de Chaupiloma, a 4 650 metros de altura y a pocos kilómetros del dique de relaves de la minera, registró el viernes una temperatura mínima de 16,2 grados bajo cero, la más baja del país en lo que va del año, según el Senamhi.

        En el mercado de Sayhuacocha, la leña subió de 8 a 12 soles el atado.""",
        about=False,
        note="weather only",
    ),
    S(
        "sy034",
        "jornada",
        "2026-10-26T07:45:00-05:00",
        "ANA detecta mercurio en el río Sayhuamayo aguas abajo de Azulcocha",
        """La Autoridad Nacional del Agua encontró mercurio por encima de los estándares de calidad ambiental en tres de los cinco puntos que monitoreó en el río Sayhuamayo, aguas abajo de los quimbaletes de los mineros informales del cerro Azulcocha.

        En el punto de Cachipampa la concentración superó siete veces el límite permitido. La ANA recomendó no usar el agua del río para riego ni para consumo de animales.

        Los mineros inscritos en el Reinfo, agrupados en una asociación que preside Nicanor Ancasi, negaron usar mercurio. «Trabajamos con cianuro en pozas cerradas», aseguró Ancasi.""",
        about=False,
        note="environmental finding on informal mining; a miners' leader surnamed Ancasi (not the regidor)",
    ),
    S(
        "sy035",
        "jornada",
        "2026-10-28T07:05:00-05:00",
        "El relleno sanitario, por fin viable: el MEF aprueba el proyecto de S/ 31 millones",
        """Después de ocho años de idas y vueltas, el proyecto de relleno sanitario de Sayhuacocha obtuvo la viabilidad del Ministerio de Economía y Finanzas. La obra costará 31 millones de soles y se levantará en la pampa de Jatunhuasi, a doce kilómetros de la ciudad y lejos de cualquier curso de agua.

        La alcaldesa Yolanda Huatuco Ríos anunció que la Municipalidad Provincial de Sayhuacocha financiará el proyecto con recursos del canon y que la licitación se convocará en enero. «Es el compromiso que más nos ha costado y hoy lo cumplimos en el papel. Ahora toca cumplirlo en la pampa», dijo.

        El relleno tendrá una vida útil de veinte años, planta de segregación y una celda especial para residuos hospitalarios. Cuando empiece a operar, el botadero de Huaycopampa será cerrado y remediado.""",
        m="A I",
        t="limpieza",
        tone="+",
        note="landfill project approved",
    ),
    S(
        "sy036",
        "jornada",
        "2026-11-02T07:30:00-05:00",
        "Audio atribuido al gerente Quinteros habla de «favores» al consorcio del terminal; él lo niega",
        """Un audio de cuatro minutos que circula desde el sábado en grupos de WhatsApp atribuye al gerente municipal de Sayhuacocha, Efraín Quinteros Lazo, una conversación en la que pide a un representante del consorcio Terminal Andino «acordarse de los amigos» cuando se aprueben los próximos adicionales de obra.

        Quinteros negó que la voz sea suya. «Es un montaje burdo hecho con inteligencia artificial por quienes quieren tumbar la obra», dijo en conferencia de prensa, y anunció una denuncia penal contra quienes difundieron la grabación.

        El regidor Julián Ancasi Meza pidió que el gerente sea apartado del cargo mientras la Fiscalía investiga. La Fiscalía Anticorrupción de Rumihuasi abrió diligencias preliminares.""",
        m="G R",
        t="obras",
        tone="-",
        note="an accusation the official denies is negative; about the terminal's contractor",
    ),
    S(
        "sy037",
        "jornada",
        "2026-11-05T07:10:00-05:00",
        "Helada quema 1 200 hectáreas de papa; la alcaldesa pide declarar la emergencia",
        """La helada de la madrugada del martes, con mínimas de 12 grados bajo cero, quemó unas 1 200 hectáreas de papa nativa y habas en las comunidades del norte de la provincia, según el primer reporte de la Agencia Agraria.

        La alcaldesa Yolanda Huatuco Ríos pidió al Ministerio de Desarrollo Agrario declarar en emergencia el sector agrícola de la provincia. «Los campesinos han perdido la campaña entera. Sin semilla no hay siembra el próximo año», advirtió.""",
        m="A",
        tone="0",
        note="frost on crops: no topic; the Mayor asks the national government for help",
    ),
    S(
        "sy038",
        "jornada",
        "2026-11-09T07:25:00-05:00",
        "Veinte serenos más y dos camionetas: el serenazgo llega a 50 efectivos",
        """El serenazgo de Sayhuacocha incorporó ayer a veinte nuevos efectivos, capacitados durante un mes por la Policía, y dos camionetas 4x4 compradas con recursos del canon minero por 390 000 soles.

        Con ellos, la Municipalidad Provincial de Sayhuacocha llega a 50 serenos, la cifra más alta de su historia. La alcaldesa Yolanda Huatuco Ríos dijo que diez de los nuevos efectivos serán destinados a Pumapata y Villa Cobre, donde hasta ahora el patrullaje era ocasional.""",
        m="I A",
        t="seguridad",
        tone="+",
        note="expansion of the serenazgo",
    ),
    S(
        "sy039",
        "jornada",
        "2026-11-14T07:40:00-05:00",
        "Predial cobrado dos veces: decenas de vecinos reclaman en rentas",
        """Una fila de más de cincuenta personas se formó ayer frente a la oficina de rentas del jirón Lima. Todos tenían el mismo problema: la plataforma virtual de pagos les cobró dos veces el impuesto predial durante la amnistía tributaria.

        «Me descontaron 680 soles dos veces de mi tarjeta y aquí me dicen que espere treinta días», reclamó la profesora Delia Sánchez. La municipalidad sayhuacochana atribuyó el error a una falla del proveedor del sistema y aseguró que devolverá los montos.""",
        m="I",
        t="tributos",
        tone="-",
        note="double charges of the property tax",
    ),
    S(
        "sy040",
        "jornada",
        "2026-11-20T07:00:00-05:00",
        "Primer bus sale del terminal terrestre: 14 empresas ya embarcan en el nuevo andén",
        """A las 6:40 de la tarde del jueves, un bus de dos pisos de Transportes Cóndor Andino con destino a Lima salió por la rampa del terminal terrestre provincial de Sayhuacocha. Fue el primero. Detrás de él, en la primera noche, salieron otros veintidós.

        La alcaldesa Yolanda Huatuco Ríos cortó la cinta del andén de salidas acompañada de la teniente alcaldesa Marleni Pariachi Soto y del gerente de Infraestructura, Hernán Challco Rivas. «Se acabó embarcar en la vereda, entre el frío y los carteristas», dijo la alcaldesa.

        El andén tiene doce bahías, sala de espera con calefacción, boleterías para catorce empresas y servicios higiénicos. La zona de llegadas, el patio de comidas y el estacionamiento seguirán en obra hasta marzo.

        Los pasajeros parecían contentos. «Es otra cosa esperar sentado y bajo techo», comentó Liliana Yauri, que viajaba a Lima con sus dos hijos. Los transportistas, que hace un mes amenazaban con un paro, levantaron la medida.

        Cinco de las diecinueve empresas todavía no se mudan: alegan que el derecho de uso de andén, fijado en 8 soles por salida, es muy alto. La Municipalidad Provincial de Sayhuacocha dijo que lo revisará en diciembre.""",
        m="A T O I",
        t="obras",
        tone="+",
        note="opening of the first part of the terminal; a minor caveat does not change the tone",
    ),
    S(
        "sy041",
        "jornada",
        "2026-11-26T07:15:00-05:00",
        "Santa Bárbara marcha contra el botadero: «Queremos respirar»",
        """Unos 400 vecinos de los barrios Santa Bárbara y Huaycopampa marcharon ayer hasta la plaza de armas con mascarillas y pancartas para exigir el cierre inmediato del botadero municipal, que arde desde hace diez días.

        El humo de los residuos quemados llega a las aulas del colegio Virgen de Cocharcas, donde la dirección suspendió el recreo al aire libre. Los manifestantes pidieron hablar con la alcaldesa, pero fueron recibidos por un asesor.

        La comuna sayhuacochana informó que una cisterna trabaja desde el lunes para apagar los focos, y recordó que el relleno sanitario se licitará en enero.""",
        m="I",
        t="limpieza",
        tone="-",
        note="protest against the burning dump; bare 'la alcaldesa' not a mention",
    ),
    # --- Diario El Andino: regional paper, teasers in RSS, pages in an old table template ----------------------------
    S(
        "sy042",
        "andino",
        "2026-09-22T08:30:00-05:00",
        "Gobernador Tincopa entrega carretera asfaltada a Yuraccancha",
        """El gobernador regional Aurelio Tincopa Vargas entregó ayer los 28 kilómetros de carretera asfaltada entre el desvío de Cachipampa y el distrito de Yuraccancha, una obra de 96 millones de soles que tardó cuatro años en concluirse.

        La vía reduce de dos horas a cuarenta minutos el viaje desde la capital del distrito hasta la carretera principal. La burgomaestra de Yuraccancha, Sabina Ñahui Laura, pidió al Gobierno Regional que incluya en su próximo presupuesto el asfaltado del tramo a Quishuarpampa.

        Durante la ceremonia, comuneros de Huayllacancha protestaron con carteles contra la Compañía Minera Quellopata, cuyos camiones usarán la nueva vía.""",
        about=False,
        note="regional government's road in another district",
    ),
    S(
        "sy043",
        "andino",
        "2026-10-03T09:10:00-05:00",
        "Sayhuacocha: municipio provincial compra dos compactadores por S/ 1,1 millones",
        """La Municipalidad Provincial de Sayhuacocha adquirió dos camiones compactadores de 15 metros cúbicos a través del catálogo de Perú Compras, por 1,1 millones de soles, con los que duplicará su flota de recojo de residuos.

        El gerente municipal Efraín Quinteros Lazo informó que las unidades llegarán en la primera quincena de noviembre y que una de ellas se destinará exclusivamente a los barrios de Pumapata y Villa Cobre. «Con cuatro camiones podremos pasar todos los días por el centro y tres veces por semana por los barrios altos», explicó.

        La ciudad genera unas 48 toneladas de basura diarias, casi el doble que hace cinco años.""",
        m="I G",
        t="limpieza",
        tone="+",
        note="purchase of garbage trucks",
    ),
    S(
        "sy044",
        "andino",
        "2026-10-05T08:00:00-05:00",
        "Defensoría registra 14 conflictos activos en la región, cinco en Sayhuacocha",
        """El último reporte de la Defensoría del Pueblo registra 14 conflictos sociales activos en la región Rumihuasi, cinco de ellos en la provincia de Sayhuacocha y todos vinculados a la actividad minera.

        El más grave es el de la comunidad de Huayllacancha con la Compañía Minera Quellopata por el recrecimiento del dique de relaves de Chaupiloma. Le siguen el reclamo de los transportistas de concentrado por tarifas de flete y la disputa entre mineros informales y comuneros en el cerro Azulcocha.

        La Defensoría advirtió que en tres de los cinco casos no existe ningún espacio de diálogo y pidió a la Presidencia del Consejo de Ministros intervenir antes de que se produzcan hechos de violencia.""",
        about=False,
        note="social conflicts in the province; no municipal angle",
    ),
    S(
        "sy045",
        "andino",
        "2026-10-06T08:45:00-05:00",
        "Alcaldesa de Sayhuacocha viaja a Lima para gestionar S/ 46 millones para agua y desagüe",
        """La alcaldesa de Sayhuacocha, Yolanda Huatuco Ríos, viajó ayer a Lima para gestionar ante el Ministerio de Vivienda el financiamiento del proyecto de ampliación de redes de agua y desagüe para los barrios altos de la ciudad, valorizado en 46 millones de soles.

        El expediente técnico, elaborado por la gerencia de Infraestructura, beneficiaría a unas 18 000 personas de Villa Cobre, Santa Bárbara Alta y Pumapata, que hoy se abastecen con cisternas o piletas públicas.

        Durante su ausencia, la teniente alcaldesa Marleni Pariachi Soto quedó encargada del despacho de alcaldía.""",
        m="A T",
        t="obras",
        tone="0",
        note="the Mayor seeks funds for water and sewage works: obras",
    ),
    S(
        "sy046",
        "andino",
        "2026-10-08T07:50:00-05:00",
        "Quellopata reporta utilidades récord de US$ 610 millones por el alza del cobre",
        """La Compañía Minera Quellopata S.A.A. reportó utilidades netas de 610 millones de dólares entre enero y septiembre, un 72 % más que en el mismo periodo del año pasado, impulsadas por el alza del precio internacional del cobre.

        La producción de concentrado se mantuvo estable, en 212 000 toneladas de cobre fino. La empresa destinará una parte de las ganancias a la ampliación de su planta y al recrecimiento del depósito de relaves.

        Según analistas de una sociedad agente de bolsa de Lima, el canon que recibirán la región y sus municipios el próximo año será el más alto de su historia.""",
        about=False,
        note="company results; the municipalities only in general",
    ),
    S(
        "sy047",
        "andino",
        "2026-10-09T09:30:00-05:00",
        "OEFA multa por tercera vez a la Municipalidad Provincial de Sayhuacocha por su botadero",
        """El Organismo de Evaluación y Fiscalización Ambiental (OEFA) impuso una multa de 214 000 soles a la Municipalidad Provincial de Sayhuacocha por seguir arrojando residuos en el botadero de Huaycopampa, a menos de cien metros del río Sayhuamayo. Es la tercera sanción desde 2022.

        Los inspectores constataron la quema de residuos, la presencia de lixiviados que discurren hacia el río y la crianza de cerdos sobre la basura. El OEFA ordenó la clausura progresiva del botadero en un plazo de 180 días.

        La municipalidad tiene quince días para presentar sus descargos.""",
        m="I",
        t="limpieza",
        tone="-",
        note="environmental fine for the municipal dump",
    ),
    S(
        "sy048",
        "andino",
        "2026-10-10T08:10:00-05:00",
        "Ccasapata: alcalde Huatuco denuncia ola de abigeato y pide rondas con apoyo policial",
        """El alcalde del distrito de Ccasapata, Teodoro Huatuco Mallma, denunció que en las últimas tres semanas se han robado más de 200 alpacas y 60 vacunos en las estancias de la parte alta del distrito.

        «Los abigeos vienen de noche en camionetas y se llevan el ganado hacia la costa», dijo el burgomaestre, que pidió a la Policía acompañar a las rondas campesinas en sus patrullajes. Huatuco Mallma anunció que la municipalidad distrital comprará dos motos para las rondas.""",
        about=False,
        note="namesake: the Mayor of Ccasapata; robo, patrullajes in another district",
    ),
    S(
        "sy049",
        "andino",
        "2026-10-12T08:25:00-05:00",
        "Heladas: Diresa reporta 3 400 casos de neumonía en la región",
        """La Dirección Regional de Salud de Rumihuasi reportó 3 400 casos de neumonía en lo que va del año, 22 % más que el año pasado, y nueve fallecidos, todos menores de cinco años o mayores de setenta.

        Las provincias más afectadas son Sayhuacocha, por sus caseríos a más de 4 000 metros, y Pampacolca. La Diresa ha enviado 30 000 dosis adicionales de vacuna contra la influenza y el neumococo.

        En Sayhuacocha la vacunación se realiza con apoyo del municipio provincial, mientras que en Pampacolca las brigadas dependen solo de los centros de salud.

        El director regional, Jhonatan Palomino, recomendó no esperar a que el niño esté grave para acudir al establecimiento de salud.""",
        about=False,
        note="regional health figures; the municipality's support is a passing, unnamed clause",
    ),
    S(
        "sy050",
        "andino",
        "2026-10-13T08:40:00-05:00",
        "Sayhuacocha aprueba fraccionar deudas tributarias hasta en 24 cuotas",
        """Con la alcaldesa de viaje en Lima, la teniente alcaldesa Marleni Pariachi Soto presidió la sesión de concejo en la que se aprobó el nuevo reglamento de fraccionamiento de deudas tributarias de la Municipalidad de Sayhuacocha.

        Los contribuyentes podrán dividir sus deudas del predial y arbitrios hasta en 24 cuotas mensuales, con una cuota inicial del 10 %. Hasta ahora el máximo era de seis cuotas y se exigía el 30 % al inicio.

        «Muchas familias quieren ponerse al día, pero no pueden pagar de golpe», explicó Pariachi.""",
        m="T I",
        t="tributos",
        tone="0",
        note="a tax-debt instalment rule; bare 'la alcaldesa' not a mention",
    ),
    S(
        "sy051",
        "andino",
        "2026-10-14T09:00:00-05:00",
        "La Gringa contra la minera: Huatuco acusa a Quellopata de ocultar el estudio de la relavera",
        """La alcaldesa provincial de Sayhuacocha, Yolanda Huatuco Ríos, acusó a la Compañía Minera Quellopata de «ocultar» el estudio de estabilidad física del dique de relaves de Chaupiloma, que la municipalidad solicitó formalmente hace dos meses.

        «Si la relavera es tan segura como dicen, que muestren el estudio. Abajo de ese dique viven tres mil personas», dijo Huatuco en una conferencia en la que mostró la carta sin respuesta.

        La empresa replicó que el documento es público y que está disponible en la web del Senace. La Gringa, como la conocen en la provincia, respondió que la versión publicada «tiene cuatro años».""",
        m="A",
        tone="0",
        note="the Mayor confronts the company; nickname plainly her; no topic",
    ),
    S(
        "sy052",
        "andino",
        "2026-10-15T08:15:00-05:00",
        "Asaltan agencia de la Caja Rumihuasi en Sayhuacocha y se llevan S/ 80 000",
        """Cuatro delincuentes armados asaltaron la mañana del miércoles la agencia de la Caja Rumihuasi en el jirón Comercio de Sayhuacocha y se llevaron unos 80 000 soles, en el día de pago de las contratistas mineras.

        Los asaltantes redujeron al vigilante y huyeron en una camioneta blanca hacia la salida a Pumapata. La Policía instaló controles en la carretera y detuvo a dos sospechosos en la noche.""",
        about=False,
        note="a bank robbery in the town with no municipal angle",
    ),
    S(
        "sy053",
        "andino",
        "2026-10-17T08:50:00-05:00",
        "Regidor Ancasi pide la vacancia de la alcaldesa Huatuco por nepotismo",
        """El regidor de Sayhuacocha Julián Ancasi Meza presentó ante el concejo provincial un pedido de vacancia contra la alcaldesa Yolanda Huatuco Ríos por presunto nepotismo, luego de que un sobrino de la autoridad fuera contratado como asistente de la supervisión del terminal terrestre.

        Según Ancasi, el contrato fue firmado por la empresa supervisora, pero pagado con fondos municipales. «Es una forma de esconder la contratación», afirmó.

        La alcaldesa sostuvo que no tiene ninguna relación con la empresa supervisora y que su sobrino «fue contratado por sus méritos, sin ninguna intervención mía». El concejo deberá votar el pedido en los próximos treinta días.""",
        m="R A",
        tone="-",
        note="a vacancy request for nepotism, denied; no topic (the terminal is only the setting)",
    ),
    S(
        "sy054",
        "andino",
        "2026-10-19T07:40:00-05:00",
        "Nevada cierra el abra de Yanacancha durante seis horas",
        """Una intensa nevada obligó a cerrar durante seis horas el tránsito por el abra de Yanacancha, a 4 800 metros, en la carretera que une la capital regional con Sayhuacocha. Unos 150 vehículos quedaron varados.

        Máquinas de Provías Nacional despejaron la vía a mediodía. El Senamhi prevé más nevadas hasta el jueves.""",
        about=False,
        note="snow on a national road; no municipal angle",
    ),
    S(
        "sy055",
        "andino",
        "2026-10-22T08:20:00-05:00",
        "Granizada tumba parte del techo del mercado modelo de Sayhuacocha",
        """Una granizada de media hora hizo colapsar la tarde del martes una sección de 300 metros cuadrados del techo de calaminas del mercado modelo de Sayhuacocha. No hubo heridos porque los comerciantes alcanzaron a salir al escuchar los crujidos.

        El gerente de Infraestructura de la municipalidad, Hernán Challco Rivas, dijo que la estructura tenía más de treinta años y que se reemplazará por un techo de policarbonato con estructura metálica, en una obra por administración directa de 380 000 soles que debería estar lista en seis semanas.

        Mientras tanto, los 86 comerciantes del pabellón de carnes trabajan bajo toldos en la calle.""",
        m="O",
        t="obras",
        tone="0",
        note="damage and a planned repair work; neutral",
    ),
    S(
        "sy056",
        "andino",
        "2026-10-24T08:05:00-05:00",
        "Yuraccancha estrena posta médica con sala de partos",
        """El distrito de Yuraccancha estrenó ayer su nuevo puesto de salud, con sala de partos, consultorio de odontología y una casa de espera para gestantes de las comunidades altas.

        La obra, de 3,2 millones de soles, fue financiada por la municipalidad distrital con recursos del canon. La burgomaestra Sabina Ñahui Laura dijo que ahora las madres «ya no tendrán que dar a luz en el camino».""",
        about=False,
        note="another district's health post",
    ),
    S(
        "sy057",
        "andino",
        "2026-10-26T08:35:00-05:00",
        "Ambulantes de Villa Cobre denuncian que serenos les cobran «cupos»",
        """Un grupo de vendedores ambulantes del paradero de Villa Cobre denunció que serenos de la comuna sayhuacochana les exigen entre 5 y 10 soles diarios para dejarlos trabajar en la vereda, bajo amenaza de decomisar su mercadería.

        Una vendedora de emoliente mostró a este diario un video en el que un hombre con chaleco de serenazgo recibe un billete y lo guarda en el bolsillo. «Si no pagas, al día siguiente vienen con la camioneta y se llevan todo», contó.

        La gerencia de Seguridad Ciudadana dijo que ha abierto una investigación y que, si se confirma, los serenos involucrados serán separados.""",
        m="I",
        t="seguridad",
        tone="-",
        note="accusation of bribery against municipal serenos",
    ),
    S(
        "sy058",
        "andino",
        "2026-10-28T08:00:00-05:00",
        "El cobre dispara los alquileres: un cuarto en Sayhuacocha cuesta como uno en Lima",
        """El boom del cobre ha convertido a Sayhuacocha en una de las ciudades más caras de la sierra para alquilar. Un cuarto de cuatro por cuatro sin baño propio cuesta entre 550 y 700 soles mensuales, y un minidepartamento cerca de la plaza puede superar los 1 800.

        Los más afectados son los profesores y el personal de salud que llegan de otras regiones. «La mitad de mi sueldo se va en el alquiler», dijo una enfermera del centro de salud que paga 900 soles por una habitación en el jirón Grau.

        Los corredores inmobiliarios esperan que los precios sigan subiendo con la ampliación de la planta concentradora.""",
        about=False,
        note="economy of the boom; 'centro de salud' in passing; no municipal angle",
    ),
    S(
        "sy059",
        "andino",
        "2026-11-03T08:30:00-05:00",
        "Empieza la pavimentación de la avenida Circunvalación de Sayhuacocha",
        """Las máquinas de la empresa contratista empezaron ayer a remover el afirmado de la avenida Circunvalación, en la primera etapa de una obra de pavimentación de 2,4 kilómetros que la Municipalidad Provincial de Sayhuacocha ejecuta con 9 millones de soles del canon minero.

        La obra incluye pistas de concreto, veredas, rampas para sillas de ruedas, drenaje pluvial y alumbrado. El gerente de Infraestructura, Hernán Challco Rivas, dijo que se trabajará en tramos de 300 metros para no cortar el tránsito de los camiones que bajan de la mina.""",
        m="I O",
        t="obras",
        tone="+",
        note="start of a paving work",
    ),
    S(
        "sy060",
        "andino",
        "2026-11-06T07:55:00-05:00",
        "Minsa declara alerta roja en los hospitales de la sierra central por las heladas",
        """El Ministerio de Salud declaró la alerta roja en los establecimientos de salud de cinco regiones de la sierra central, entre ellas Rumihuasi, ante el aumento de casos de neumonía por las heladas.

        La medida obliga a los hospitales a suspender vacaciones del personal y a reservar camas para pacientes con infecciones respiratorias.""",
        about=False,
        note="national health alert, short",
    ),
    S(
        "sy061",
        "andino",
        "2026-11-10T08:40:00-05:00",
        "Huatuco responde a la Contraloría: «En Santa Bárbara no hubo pagos indebidos»",
        """La alcaldesa de Sayhuacocha, Yolanda Huatuco Ríos, rechazó el informe de la Contraloría que observó pagos por 412 000 soles en la pavimentación del barrio Santa Bárbara y aseguró que las veredas observadas «se construirán en la segunda etapa, como dice el contrato».

        «Nadie se ha llevado un sol. Los auditores vinieron en el momento equivocado», declaró. El informe, sin embargo, sostiene que el contrato no preveía adelantos por partidas no ejecutadas, y la Procuraduría ya prepara una denuncia contra los funcionarios responsables de la Municipalidad Provincial de Sayhuacocha.""",
        m="A I",
        t="obras",
        tone="-",
        note="the Mayor denies an audit finding: still a story about an accusation",
    ),
    S(
        "sy062",
        "andino",
        "2026-11-13T08:10:00-05:00",
        "Sayhuacocha celebra 169 años de creación política con desfile y sesión solemne",
        """Con un desfile cívico de más de cuarenta instituciones y una sesión solemne en el salón consistorial, la provincia de Sayhuacocha celebró ayer 169 años de creación política.

        La alcaldesa provincial Yolanda Huatuco Ríos condecoró con la medalla de la ciudad a la fondista Marleni Pariachi Quispe, ganadora de la media maratón de Lima, y a la profesora Eudocia Meza, que enseñó cuarenta años en la escuela de Cachipampa.

        Por la noche, la Municipalidad Provincial de Sayhuacocha ofreció una serenata con orquestas en la plaza de armas.""",
        m="A I",
        tone="0",
        note="civic anniversary run by the municipality; the runner namesake is honoured (not the teniente alcaldesa)",
    ),
    # --- Radio Cumbre 101.7 FM: news transcripts in the RSS description, date-only pubDate ---------------------------
    S(
        "sy063",
        "cumbre",
        "2026-09-23",
        "Corte de agua en el centro hasta las cinco de la tarde",
        """Atención, vecinos del centro: la EPS Sayhuacocha informa que hoy no habrá agua entre el jirón Lima y el jirón Grau desde las nueve de la mañana hasta las cinco de la tarde, por el cambio de una válvula en la avenida Los Andes. Se recomienda almacenar agua. Ya lo saben, amigos.""",
        about=False,
        note="short radio notice of the water company; not the municipality",
    ),
    S(
        "sy064",
        "cumbre",
        "2026-09-25",
        "Vuelve a circular el compactador, anuncia la alcaldesa",
        """Buenas noticias para el jirón Bolognesi y alrededores. La alcaldesa Yolanda Huatuco llamó esta mañana a nuestra cabina para anunciar que el segundo camión compactador salió del taller y desde mañana retoma su ruta normal por el centro.

        «Ha sido una semana difícil, les pedimos disculpas a los vecinos», dijo la alcaldesa, y pidió sacar la basura solo cuando pase el camión.""",
        m="A",
        t="limpieza",
        tone="+",
        note="radio: the garbage truck back in service, with an apology",
    ),
    S(
        "sy065",
        "cumbre",
        "2026-09-27",
        "Detienen a tres por robo de cables en la mina",
        """En el parte policial de hoy: agentes de la comisaría de Sayhuacocha detuvieron a tres personas que llevaban en una camioneta 400 kilos de cable de cobre robado de las instalaciones de la Compañía Minera Quellopata. Los detenidos fueron puestos a disposición de la Fiscalía.""",
        about=False,
        note="police report; robo with no municipal angle",
    ),
    S(
        "sy066",
        "cumbre",
        "2026-09-29",
        "Camionetas del serenazgo paradas por falta de combustible",
        """Vecinos de Villa Cobre nos escriben preocupados: las dos camionetas del serenazgo pasan estacionadas frente al local municipal desde el domingo.

        Consultado por Radio Cumbre, el gerente municipal Efraín Quinteros reconoció que el combustible del mes se acabó antes de tiempo y que la orden de compra recién se aprueba el jueves. «Los serenos están patrullando a pie», dijo. En Villa Cobre dicen que no los han visto.""",
        m="G",
        t="seguridad",
        tone="-",
        note="radio: the serenazgo grounded for lack of fuel",
    ),
    S(
        "sy067",
        "cumbre",
        "2026-10-02",
        "Ancasi: «La amnistía premia al que nunca paga»",
        """El regidor Julián Ancasi criticó en nuestro programa «Cumbre Noticias» la amnistía tributaria anunciada por la municipalidad. Según el concejal, es la cuarta amnistía en tres años y eso desanima a los contribuyentes puntuales. «El vecino que paga a tiempo se siente tonto», afirmó. Ancasi propuso, en cambio, descuentos para quienes pagan el predial en enero.""",
        m="R",
        t="tributos",
        tone="-",
        note="radio: the opposition criticises the tax amnesty",
    ),
    S(
        "sy068",
        "cumbre",
        "2026-10-04",
        "Quellopata suspende el transporte de concentrado por el bloqueo",
        """Última hora. La Compañía Minera Quellopata comunicó que suspende desde hoy el transporte de concentrado de cobre hacia el puerto mientras siga bloqueada la vía en Huayllacancha. Los comuneros mantienen su medida y piden la presencia de un ministro.""",
        about=False,
        note="radio flash about the company and the blockade",
    ),
    S(
        "sy069",
        "cumbre",
        "2026-10-06",
        "Vacunación casa por casa llega a Chaupiloma",
        """Las brigadas de la Municipalidad Provincial de Sayhuacocha y de la Red de Salud llegaron ayer al caserío de Chaupiloma, donde vacunaron a 112 niños y 64 adultos mayores contra la influenza y el neumococo. Mañana la brigada sube a Huaylacucho. Si tiene niños menores de cinco años, esté atento a la camioneta con el altoparlante.""",
        m="I",
        t="salud",
        tone="+",
        note="radio: vaccination brigades",
    ),
    S(
        "sy070",
        "cumbre",
        "2026-10-08",
        "La Gringa en cabina: terminal en diciembre y relleno en enero",
        """Estuvo en nuestros estudios la alcaldesa provincial Yolanda Huatuco Ríos, la Gringa, como la llaman sus paisanos. Durante media hora respondió las llamadas de los oyentes.

        Sobre el terminal terrestre, reiteró que el andén de salidas abrirá en diciembre «sí o sí». Sobre el relleno sanitario, dijo que espera la viabilidad del MEF en octubre para licitar en enero. A una señora de Santa Bárbara que le reclamó por el humo del botadero le pidió «un poquito más de paciencia».

        La llamada más tensa fue la de un transportista que la acusó de mentir sobre los plazos. «Yo no miento, los plazos se han movido y lo he dicho públicamente», respondió.""",
        m="A",
        t="obras limpieza",
        tone="0",
        note="radio interview on two topics, promises and complaints",
    ),
    S(
        "sy071",
        "cumbre",
        "2026-10-30",
        "Comerciantes de carnes: «La obra del techo ni siquiera empieza»",
        """Los comerciantes del pabellón de carnes del mercado modelo llamaron a nuestra radio para reclamar que, a ocho días de la granizada, la obra del techo todavía no empieza. «Nos dijeron seis semanas, pero ni un fierro han traído», dijo la presidenta del pabellón, doña Felícita Ramos. Los vendedores siguen bajo toldos y dicen que la carne no se conserva. En la municipalidad no nos contestaron.""",
        t="obras",
        tone="-",
        about=True,
        note="radio: a municipal work not started; nobody of ours named",
    ),
    S(
        "sy072",
        "cumbre",
        "2026-10-12",
        "Ccasapata pide una cargadora a la provincia tras un huaico",
        """El alcalde distrital de Ccasapata, Teodoro Huatuco, pidió a la Municipalidad Provincial de Sayhuacocha el préstamo de una cargadora frontal para limpiar el huaico que bloquea desde el sábado la trocha a Quinuapata. La comuna provincial respondió que la máquina subirá mañana temprano.""",
        m="I",
        tone="0",
        note="namesake Mayor of Ccasapata asks our institution for a machine; our institution named and acting",
    ),
    S(
        "sy073",
        "cumbre",
        "2026-10-14",
        "Por las heladas, colegios ingresarán a las nueve",
        """La UGEL Sayhuacocha dispuso que desde el lunes los colegios de la provincia ingresen a las nueve de la mañana, una hora más tarde, por las bajas temperaturas de la madrugada. Los alumnos podrán ir con buzo y chompa en lugar del uniforme.""",
        about=False,
        note="education authority's measure for the cold",
    ),
    S(
        "sy074",
        "cumbre",
        "2026-10-16",
        "La Gringuita del Ande cantará en la fiesta de Quinuapata",
        """Y para los amantes del huayno: Yolanda Huatuco, la Gringuita del Ande, encabezará el domingo la fiesta del Señor de Quinuapata en Ccasapata, junto a la banda Los Águilas de Huayllacancha. La entrada es libre.""",
        about=False,
        note="singer namesake, short",
    ),
    S(
        "sy075",
        "cumbre",
        "2026-10-18",
        "Terminal: hacen pruebas de carga en el techo metálico",
        """Desde esta mañana, ingenieros hacen pruebas de carga en el techo metálico del terminal terrestre de la avenida Los Andes. Según la gerencia de Infraestructura, las pruebas durarán tres días y son necesarias antes de colocar las coberturas. Se pide a los peatones no caminar por el lado de la obra.""",
        t="obras",
        tone="0",
        about=True,
        note="radio: progress on the municipal terminal without naming the institution",
    ),
    S(
        "sy076",
        "cumbre",
        "2026-10-20",
        "Mineros informales marchan por la ampliación del Reinfo",
        """Unos mil mineros informales del cerro Azulcocha marcharon esta mañana por el centro de Sayhuacocha para pedir al Congreso la ampliación del Reinfo. La marcha, encabezada por el dirigente Nicanor Ancasi, pasó frente a la municipalidad y terminó en la plaza de armas sin incidentes.""",
        about=False,
        note="informal miners' march; the leader shares the regidor's surname",
    ),
    S(
        "sy077",
        "cumbre",
        "2026-10-22",
        "Municipio pide no quemar basura en las noches de helada",
        """El municipio sayhuacochano pidió a los vecinos no quemar basura ni plásticos para calentarse en las noches de helada. Según la gerencia de Gestión Ambiental, el humo empeora los males respiratorios de niños y ancianos. Recuerde, vecino: la basura se entrega al camión compactador.""",
        m="I",
        t="limpieza",
        tone="0",
        note="radio: municipal advice on burning garbage; limpieza rather than salud",
    ),
    S(
        "sy078",
        "cumbre",
        "2026-10-24",
        "Serenos rescatan a una familia atrapada por la nevada en Yanacancha",
        """Una familia de cinco personas, entre ellas un bebé de ocho meses, fue rescatada anoche por una patrulla del serenazgo provincial cuando su auto quedó atrapado por la nieve en el abra de Yanacancha. Los serenos los trasladaron a la ciudad y les dieron abrigo en la central. «Si no llegaban, no sé qué hubiera pasado», dijo el padre.""",
        t="seguridad",
        tone="+",
        about=True,
        note="radio: a rescue by the municipal serenazgo; no alias of the institution",
    ),
    S(
        "sy079",
        "cumbre",
        "2026-10-27",
        "Concejo aprueba convenio con la Red de Salud para un médico en Pumapata",
        """En sesión de concejo de la Municipalidad Provincial de Sayhuacocha se aprobó un convenio con la Red de Salud por el cual el municipio pagará durante un año a un médico y a una obstetra para el nuevo puesto de atención de Pumapata. La propuesta fue de la regidora Pariachi y se aprobó por unanimidad.""",
        m="I T",
        t="salud",
        tone="+",
        note="radio: health agreement",
    ),
    S(
        "sy080",
        "cumbre",
        "2026-10-29",
        "Cuidado: estafadores se hacen pasar por cobradores de rentas",
        """La oficina de rentas de la Municipalidad Provincial de Sayhuacocha advierte que personas inescrupulosas están llamando a contribuyentes para ofrecerles descuentos del predial a cambio de un depósito en una cuenta personal. La municipalidad recuerda que solo se paga en su caja del jirón Lima o en el Banco de la Nación.""",
        m="I",
        t="tributos",
        tone="0",
        note="radio: warning about tax fraud",
    ),
    S(
        "sy081",
        "cumbre",
        "2026-11-02",
        "Se levanta el bloqueo: comunidad y minera firman acta",
        """Tras catorce horas de diálogo en el local comunal de Huayllacancha, la comunidad y la Compañía Minera Quellopata firmaron un acta de doce puntos y se levantó el bloqueo de la carretera. La empresa se comprometió a un monitoreo participativo del agua del manante de Ichuhuasi. Firmaron como testigos el viceministro de Gobernanza Territorial, el gobernador regional y la alcaldesa provincial Yolanda Huatuco.""",
        m="A",
        about=False,
        note="the company's agreement; the Mayor only as one of the witnesses",
    ),
    S(
        "sy082",
        "cumbre",
        "2026-11-04",
        "Desvíos en la Circunvalación por la obra de pavimentación",
        """Conductores, tomen nota. El gerente de Infraestructura, Hernán Challco, informó que desde hoy la avenida Circunvalación estará cerrada entre el jirón Huáscar y el puente Sayhuamayo. Los camiones mineros deben desviarse por la avenida Los Andes. El cierre durará unas tres semanas.""",
        m="O",
        t="obras",
        tone="0",
        note="radio: traffic notice caused by a municipal work",
    ),
    S(
        "sy083",
        "cumbre",
        "2026-11-07",
        "Roban candelabros de plata de la iglesia matriz",
        """Desconocidos ingresaron la madrugada de ayer a la iglesia matriz de Sayhuacocha forzando una puerta lateral y se llevaron seis candelabros de plata del siglo XVIII. El párroco pidió a quien tenga información comunicarse con la comisaría.""",
        about=False,
        note="a robbery at the church with no municipal angle",
    ),
    S(
        "sy084",
        "cumbre",
        "2026-11-12",
        "Llegaron los compactadores nuevos",
        """Ya están en Sayhuacocha los dos camiones compactadores nuevos. La alcaldesa Yolanda Huatuco los recibió esta mañana en la plaza de armas y anunció que desde el lunes el recojo de residuos llegará todos los días al centro y tres veces por semana a Pumapata y Villa Cobre.""",
        m="A",
        t="limpieza",
        tone="+",
        note="radio: new garbage trucks",
    ),
    S(
        "sy085",
        "cumbre",
        "2026-11-18",
        "Regidora Pariachi confirma que el terminal abre el jueves",
        """La regidora Marleni Pariachi, presidenta de la comisión de Transporte, confirmó en Radio Cumbre que el andén de salidas del terminal terrestre empezará a funcionar este jueves 19. «Catorce empresas ya firmaron», dijo.""",
        m="T",
        t="obras",
        tone="0",
        note="radio: short announcement of the terminal's opening",
    ),
    S(
        "sy086",
        "cumbre",
        "2026-11-24",
        "Diecinueve niños hospitalizados por neumonía",
        """El centro de salud del jirón Grau tiene hoy diecinueve niños hospitalizados por neumonía, todos de caseríos altos, y ha tenido que habilitar camas en el pasillo. La jefa de enfermeras pidió a los padres vacunar a sus hijos y no esperar a que el niño tenga fiebre alta.""",
        about=False,
        note="health centre under pressure; no municipal angle",
    ),
    S(
        "sy087",
        "cumbre",
        "2026-11-28",
        "Amnistía cierra con 1,9 millones recaudados",
        """Faltan dos días y la amnistía tributaria ya deja 1,9 millones de soles en las arcas del municipio de Sayhuacocha, informó la oficina de rentas. Más de 3 100 contribuyentes se pusieron al día con el predial y los arbitrios.""",
        m="I",
        t="tributos",
        tone="+",
        note="radio: tax amnesty results",
    ),
    # --- Sayhuacocha TV Canal 4: news transcripts in Atom, UTC times near midnight ------------------------------------
    S(
        "sy088",
        "stv",
        "2026-09-24T04:40:00Z",
        "Basura rodea el mercado modelo y los comerciantes culpan a la municipalidad",
        """CONDUCTORA: Empezamos con una denuncia que nos llega desde el mercado modelo. Nuestro equipo estuvo esta tarde en la puerta del jirón Tacna.

        REPORTERO: Así lucen los alrededores del mercado: cajas de fruta podrida, bolsas rotas, cabezas de pescado. Los comerciantes dicen que desde el fin de semana nadie recoge los residuos.

        COMERCIANTE: Aquí vendemos comida, señorita. Las moscas, el olor... Los clientes se van al otro mercado. La Municipalidad Provincial de Sayhuacocha nos cobra la sisa todos los días, pero la basura no la recoge.

        REPORTERO: Intentamos comunicarnos con la gerencia de Gestión Ambiental, pero no obtuvimos respuesta. Para Sayhuacocha TV, Canal 4, informó Percy Tello.""",
        m="I",
        t="limpieza",
        tone="-",
        note="TV transcript; garbage around the market; Lima date is the day before the UTC date",
    ),
    S(
        "sy089",
        "stv",
        "2026-09-27T03:10:00Z",
        "Heladas en la puna: familias de Huaylacucho duermen junto a sus alpacas",
        """CONDUCTOR: Las temperaturas siguen bajando en las partes altas. En el caserío de Huaylacucho, a 4 500 metros, las familias hacen lo que pueden para sobrevivir al frío.

        REPORTERA: Don Eusebio Ccanto tiene 140 alpacas y ya perdió once crías esta semana. Por las noches mete a las más pequeñas dentro de su casa de piedra. «Las crías se mueren congeladas si las dejamos afuera», nos dice.

        REPORTERA: En la escuela del caserío, la profesora pone cartones en las ventanas rotas. Desde Huaylacucho, Mery Ayala, Sayhuacocha TV.""",
        about=False,
        note="human story of the cold; livestock losses; no municipal angle",
    ),
    S(
        "sy090",
        "stv",
        "2026-10-01T04:55:00Z",
        "Teniente alcaldesa Pariachi inspecciona pistas en Villa Cobre y encuentra grietas",
        """CONDUCTORA: La teniente alcaldesa Marleni Pariachi Soto recorrió hoy la obra de pistas y veredas del barrio Villa Cobre, que todavía no se entrega.

        REPORTERO: En la cuadra tres del jirón Los Mineros encontró fisuras en el concreto recién vaciado. La teniente alcaldesa pidió al residente de obra que los paños fisurados se demuelan y se vuelvan a vaciar a costo del contratista.

        MARLENI PARIACHI: No vamos a recibir una obra con defectos. El contratista tiene que corregir antes de cobrar el último pago.

        REPORTERO: El residente aceptó las observaciones. La obra tiene un avance del 92 %.""",
        m="T",
        t="obras",
        tone="0",
        note="defects found in a municipal work by our own authority; she demands correction: neutral",
    ),
    S(
        "sy091",
        "stv",
        "2026-10-03T05:20:00Z",
        "Heridos de Azulcocha siguen en observación en el hospital",
        """CONDUCTOR: Los dos mineros heridos de bala en el enfrentamiento de la madrugada en el cerro Azulcocha se encuentran estables.

        REPORTERA: Así lo informó el director del hospital, quien indicó que uno de ellos será trasladado a la capital regional para una cirugía. La Policía no ha detenido todavía a los autores de los disparos.""",
        about=False,
        note="TV: crime among miners, no municipal angle",
    ),
    S(
        "sy092",
        "stv",
        "2026-10-07T04:05:00Z",
        "Gerente Challco: «El terminal se retrasó por las vigas, no por falta de dinero»",
        """CONDUCTORA: En nuestro set, el gerente de Infraestructura y Desarrollo Urbano, el ingeniero Hernán Challco Rivas. Ingeniero, ¿por qué se ha retrasado tanto el terminal?

        HERNÁN CHALLCO: Mire, el retraso tiene dos causas. La primera, las vigas metálicas: el proveedor de Lima no cumplió y hemos tenido que resolverle el contrato. La segunda, el suelo: encontramos agua a metro y medio y hubo que reforzar la cimentación. El dinero está asegurado.

        CONDUCTORA: Los transportistas dicen que ya no le creen a la municipalidad.

        HERNÁN CHALLCO: Los entiendo. Pero la obra avanza y las fechas que estamos dando ahora son reales.

        CONDUCTORA: Cuatro meses de retraso y 2,3 millones en adicionales. Gracias, ingeniero.""",
        m="O",
        t="obras",
        tone="-",
        note="TV interview about the delay of a municipal work; the anchor closes on the delay",
    ),
    S(
        "sy093",
        "stv",
        "2026-10-10T04:30:00Z",
        "Por el bloqueo, largas colas en los grifos de la ciudad",
        """CONDUCTOR: El bloqueo de Huayllacancha ya se siente en la ciudad. Colas de más de veinte cuadras en los grifos de la avenida Los Andes.

        REPORTERO: Los mototaxistas esperan hasta tres horas para cargar diez soles de gasolina. En dos grifos ya no hay diésel. Los dueños dicen que las cisternas no pueden pasar el puente de Huayllacancha desde el miércoles.""",
        about=False,
        note="TV: effects of the blockade; 'puente' as a place",
    ),
    S(
        "sy094",
        "stv",
        "2026-10-13T05:05:00Z",
        "Serenos y policías capturan a banda que marcaba a trabajadores mineros",
        """CONDUCTORA: Cayó la banda de «marcas» que seguía a los trabajadores mineros desde los cajeros de la avenida Los Andes.

        REPORTERO: Fue en el primer fin de semana del patrullaje integrado. Una camioneta de la comuna sayhuacochana con serenos y policías siguió a dos sujetos que perseguían en moto a un trabajador que acababa de retirar su sueldo. Los capturaron en el jirón Huáscar con un arma de fuego.

        REPORTERO: Los serenos identificaron a los detenidos gracias a una de las nuevas cámaras instaladas en la esquina del jirón Comercio. Son cuatro, uno de ellos con antecedentes por robo agravado.""",
        m="I",
        t="seguridad",
        tone="+",
        note="TV: first results of joint patrols; Lima date is the same day (00:05)",
    ),
    S(
        "sy095",
        "stv",
        "2026-10-16T04:50:00Z",
        "En el botadero de Huaycopampa, los chanchos comen la basura",
        """CONDUCTOR: Entramos al botadero municipal de Huaycopampa, el mismo que el OEFA ha multado tres veces.

        REPORTERA: El olor se siente a medio kilómetro. Entre la basura, un centenar de cerdos busca comida. Sus dueños los crían aquí y los venden luego en la feria. A pocos metros, un hilo negro baja hacia el río Sayhuamayo.

        RECICLADORA: Yo trabajo aquí doce años. Los camiones de la comuna sayhuacochana descargan y nadie controla nada. Hay días que se prende solo y no podemos respirar.

        REPORTERA: Aguas abajo, los campesinos de Cachipampa riegan sus chacras con esta agua. Para Sayhuacocha TV, Mery Ayala.""",
        m="I",
        t="limpieza",
        tone="-",
        note="TV report on the municipal dump",
    ),
    S(
        "sy096",
        "stv",
        "2026-10-19T03:45:00Z",
        "Minera Quellopata reparte 50 000 frazadas en las comunidades de altura",
        """CONDUCTORA: La Compañía Minera Quellopata inició la entrega de 50 000 frazadas en 80 comunidades de la provincia por la temporada de heladas.

        REPORTERO: La entrega, dice la empresa, se coordinó con los centros de salud y con las municipalidades distritales de Ccasapata y Yuraccancha. En Huayllacancha, sin embargo, los comuneros se negaron a recibirlas mientras siga el conflicto por la relavera.""",
        about=False,
        note="the company's cold-season aid; district municipalities, not ours",
    ),
    S(
        "sy097",
        "stv",
        "2026-10-21T04:15:00Z",
        "Sesión caliente: Ancasi y Pariachi chocan por los adicionales del terminal",
        """CONDUCTOR: Gritos en la sesión de concejo de esta tarde. El tema: los adicionales de obra del terminal terrestre.

        REPORTERA: El regidor Julián Ancasi pidió que se investigue quién aprobó el segundo nivel de oficinas. La teniente alcaldesa Marleni Pariachi, que presidía la sesión, le cortó el micrófono cuando el concejal mostró una fotografía del cuaderno de obra.

        JULIÁN ANCASI: ¡Esto es una dictadura! Me cortan el micro porque tienen miedo a la verdad.

        MARLENI PARIACHI: Nadie le ha cortado nada, regidor. Se le acabó el tiempo como a todos.

        REPORTERA: Finalmente, el concejo rechazó con siete votos contra dos el pedido de una comisión investigadora.""",
        m="R T",
        t="obras",
        tone="-",
        note="TV: council clash over cost overruns; the investigation rejected",
    ),
    S(
        "sy098",
        "stv",
        "2026-10-25T04:58:00Z",
        "Bajo cero: así duermen los trabajadores en los cuartos de Pumapata",
        """CONDUCTORA: De noche, en Pumapata, el termómetro marca doce bajo cero. Y las paredes de los cuartos que se alquilan a los trabajadores mineros son de drywall.

        REPORTERO: Edwin, soldador de Huancayo, nos muestra su cuarto: una cama, una estufa eléctrica que hace saltar la llave y tres frazadas. «Dormimos con casaca y chullo», cuenta. Paga 650 soles al mes. Su compañero de cuarto tiene bronquitis desde hace dos semanas.

        REPORTERO: Los trabajadores dicen que prefieren esto a dormir en el campamento de la empresa, donde no les permiten salir después de las nueve.""",
        about=False,
        note="TV: workers' living conditions; no municipal angle",
    ),
    S(
        "sy099",
        "stv",
        "2026-10-28T05:30:00Z",
        "Alcaldesa Huatuco: «El relleno sanitario deja de ser un sueño»",
        """CONDUCTOR: Buenas noches. La noticia del día en Sayhuacocha: el MEF declaró viable el relleno sanitario.

        YOLANDA HUATUCO: Este es un día histórico. Han sido ocho años de papeles. Hoy tenemos un proyecto viable y el dinero del canon para hacerlo. En enero convocamos la licitación.

        REPORTERA: La alcaldesa dijo que el botadero de Huaycopampa será cerrado en cuanto el relleno empiece a funcionar, en un plazo estimado de dieciocho meses. Los vecinos de Santa Bárbara celebraron la noticia, aunque con cautela.""",
        m="A",
        t="limpieza",
        tone="+",
        note="TV: the landfill project approved; 00:30 Lima on the same UTC date",
    ),
    S(
        "sy100",
        "stv",
        "2026-11-01T04:20:00Z",
        "Cementerio general recibe a los deudos limpio y pintado",
        """CONDUCTORA: Miles de familias visitarán mañana a sus difuntos en el cementerio general. Este año lo encontrarán distinto.

        REPORTERO: Durante una semana, cuadrillas de la Municipalidad Provincial de Sayhuacocha retiraron cuarenta toneladas de flores secas, coronas y basura acumulada, y pintaron los muros exteriores. Se instalaron doce contenedores y dos baños portátiles.

        VECINA: Otros años daba pena venir. Ahora se ve limpio, hay que reconocer.""",
        m="I",
        t="limpieza",
        tone="+",
        note="TV: municipal clean-up of the cemetery",
    ),
    S(
        "sy101",
        "stv",
        "2026-11-04T04:45:00Z",
        "Gerente Quinteros acude a la Fiscalía por el audio del terminal",
        """CONDUCTOR: El gerente municipal Efraín Quinteros Lazo se presentó esta mañana ante la Fiscalía Anticorrupción para dar su versión sobre el audio en el que presuntamente pide favores al consorcio del terminal terrestre.

        REPORTERA: Salió tres horas después sin declarar. Su abogado dijo que entregó una pericia de parte que concluye que la voz fue manipulada. La Fiscalía pidió a la municipalidad copia de todos los adicionales de obra aprobados este año.""",
        m="G",
        t="obras",
        tone="-",
        note="TV: the corruption inquiry continues",
    ),
    S(
        "sy102",
        "stv",
        "2026-11-08T05:10:00Z",
        "Pumapata ya tiene contenedores; el camión todavía no pasa todos los días",
        """CONDUCTORA: La comuna sayhuacochana instaló esta semana veinte contenedores en Pumapata, cumpliendo en parte lo prometido.

        REPORTERO: Los contenedores están en las esquinas principales. Pero, por ahora, el camión solo pasa lunes y jueves, y el jueves algunos ya estaban rebalsando. La municipalidad dice que cuando lleguen los compactadores nuevos el recojo será interdiario.

        VECINA: Algo es algo. Antes tirábamos a la quebrada.""",
        m="I",
        t="limpieza",
        tone="0",
        note="TV: mixed, a promise partly kept",
    ),
    S(
        "sy103",
        "stv",
        "2026-11-15T04:35:00Z",
        "Clausuran discoteca de la zona rosa por falta de licencia",
        """CONDUCTOR: Fiscalizadores de la Municipalidad Provincial de Sayhuacocha clausuraron anoche la discoteca Cobre Dorado, en el jirón Comercio.

        REPORTERA: El local funcionaba sin licencia de funcionamiento ni certificado de Defensa Civil, con una sola puerta para más de trescientas personas. Los fiscalizadores llegaron acompañados por serenos y policías.""",
        m="I",
        tone="0",
        note="TV: a licence closure; serenos present in passing; no topic",
    ),
    S(
        "sy104",
        "stv",
        "2026-11-21T04:10:00Z",
        "Reportaje: la primera noche del terminal terrestre",
        """CONDUCTORA: Ayer fue un día esperado por años en Sayhuacocha. El terminal terrestre recibió a sus primeros pasajeros.

        REPORTERO: A las siete de la noche la sala de espera estaba llena: mineros que bajaban de turno, estudiantes que viajaban a Lima, señoras con costales de papa. Todos bajo techo y con calefacción.

        YOLANDA HUATUCO: Les pedimos paciencia y cumplimos. Falta la zona de llegadas, pero el pasajero ya no espera en la vereda.

        REPORTERO: Los taxistas, en cambio, se quejan de que no tienen dónde estacionar. La municipalidad promete habilitar un paradero provisional la próxima semana. Desde el terminal, Percy Tello.""",
        m="A",
        t="obras",
        tone="+",
        note="TV: opening night of the terminal",
    ),
    S(
        "sy105",
        "stv",
        "2026-11-27T05:40:00Z",
        "Humo del botadero obliga a suspender clases en Santa Bárbara",
        """CONDUCTOR: El humo del botadero de Huaycopampa llegó hoy a las aulas. El colegio Virgen de Cocharcas suspendió las clases presenciales.

        REPORTERA: Los padres sacaron a sus hijos a media mañana. Varios niños tosían. El director dice que ha enviado cuatro oficios a la municipalidad provincial y que ninguno fue respondido.

        PADRE DE FAMILIA: Que la alcaldesa venga a respirar esto un día.

        REPORTERA: Bomberos y una cisterna municipal trabajan para sofocar los focos de fuego, que llevan once días encendidos.""",
        t="limpieza",
        tone="-",
        about=True,
        note="TV: the municipal dump's smoke closes a school; no alias of ours ('la municipalidad provincial', 'la alcaldesa' bare)",
    ),
    # --- Agencia Peruana de Prensa: national agency, Atom -------------------------------------------------------------
    S(
        "sy106",
        "app",
        "2026-09-22T11:20:00-05:00",
        "Cobre toca máximo histórico y el MEF prevé récord de canon para regiones mineras",
        """Lima, 22 set. (APP). El precio del cobre alcanzó hoy un máximo histórico de 12 870 dólares por tonelada en la Bolsa de Metales de Londres, impulsado por la demanda de la industria de autos eléctricos y por problemas de suministro en minas de Chile y el Congo.

        El Ministerio de Economía y Finanzas estima que la transferencia de canon minero a gobiernos regionales y locales superará los 9 000 millones de soles el próximo año. Las regiones de la sierra central, con Rumihuasi a la cabeza, serían de las más beneficiadas.

        Economistas advierten, sin embargo, que los gobiernos subnacionales arrastran problemas de ejecución y que un aumento brusco de recursos puede elevar el riesgo de corrupción en obras públicas.""",
        about=False,
        note="national economy story; 'obras públicas' in general",
    ),
    S(
        "sy107",
        "app",
        "2026-09-30T18:05:00-05:00",
        "Gobierno declara en emergencia 180 distritos por heladas y friaje",
        """Lima, 30 set. (APP). El Poder Ejecutivo declaró el estado de emergencia por sesenta días en 180 distritos de once regiones ante el peligro por heladas y friaje, según el decreto supremo publicado hoy en el diario oficial.

        La lista incluye los siete distritos de la provincia de Sayhuacocha, en Rumihuasi, y la mayoría de distritos altoandinos de Puno, Cusco y Huancavelica. La medida permite a los ministerios de Salud, Vivienda y Desarrollo Agrario ejecutar acciones inmediatas, como la entrega de kits de abrigo y la vacunación contra la neumonía.""",
        about=False,
        note="national emergency decree; the province named in a list",
    ),
    S(
        "sy108",
        "app",
        "2026-10-09T20:40:00-05:00",
        "PCM instala mesa de diálogo por conflicto de la relavera de Chaupiloma",
        """Sayhuacocha, 9 oct. (APP). La Presidencia del Consejo de Ministros instaló hoy una mesa de diálogo entre la comunidad campesina de Huayllacancha y la Compañía Minera Quellopata, tras una semana de bloqueo intermitente de la vía de acceso a la mina.

        El viceministro de Gobernanza Territorial, Alfonso Benavente, dijo que la mesa tendrá tres grupos de trabajo: agua, salud y desarrollo. El primero revisará los monitoreos del manante de Ichuhuasi.

        En la instalación participaron también el gobernador regional Aurelio Tincopa Vargas y la alcaldesa provincial Yolanda Huatuco Ríos, quien pidió incluir en la agenda la estabilidad del dique de relaves.""",
        m="A",
        about=False,
        note="the national government's dialogue table; the Mayor one participant among several",
    ),
    S(
        "sy109",
        "app",
        "2026-10-14T09:15:00-05:00",
        "Municipios con más canon son los que menos invierten, advierte la Contraloría",
        """Lima, 14 oct. (APP). Los gobiernos locales de las zonas mineras del país han ejecutado en promedio apenas el 38 % de su presupuesto de inversiones al cierre de setiembre, pese a que reciben los mayores montos de canon, según un reporte de la Contraloría General de la República.

        El caso de la Municipalidad Provincial de Sayhuacocha, en la región Rumihuasi, es uno de los que el informe destaca: con 88 millones de soles para obras este año, ha ejecutado el 31 %. De sus 26 proyectos, nueve no han empezado y cuatro están paralizados por problemas con los contratistas.

        Consultado por la agencia, el gerente municipal de Sayhuacocha, Efraín Quinteros Lazo, atribuyó el retraso a «la falta de ingenieros en la zona» y a los bloqueos de carreteras. «Todos los ingenieros se van a la mina, que paga el triple», dijo, y aseguró que al cierre del año la ejecución superará el 70 %.

        Otras municipalidades con baja ejecución son las de Pampacolca (29 %) y Chinchaypucro (34 %). La Contraloría recomienda fortalecer las oficinas de programación de inversiones.""",
        m="I G",
        t="obras",
        tone="-",
        note="national report with a substantive section on our low execution of works",
    ),
    S(
        "sy110",
        "app",
        "2026-10-18T16:50:00-05:00",
        "Rescatan a dos turistas extraviados en la laguna Sayhuacocha, en la Cordillera Blanca",
        """Huaraz, 18 oct. (APP). Dos turistas chilenos que habían salido a hacer una caminata hacia la laguna Sayhuacocha, en el Parque Nacional Huascarán, fueron rescatados hoy por la Unidad de Salvamento de Alta Montaña de la Policía tras pasar una noche a la intemperie.

        Los excursionistas, de 27 y 29 años, perdieron el sendero durante una nevada. Fueron encontrados con signos de hipotermia a 4 600 metros y trasladados al hospital de Huaraz.""",
        about=False,
        note="place namesake: the laguna Sayhuacocha in Áncash",
    ),
    S(
        "sy111",
        "app",
        "2026-10-23T12:30:00-05:00",
        "Reinfo vence en diciembre y deja en vilo a 80 000 mineros informales",
        """Lima, 23 oct. (APP). El Registro Integral de Formalización Minera (Reinfo) vencerá el 31 de diciembre y el Congreso no ha aprobado ninguna de las cinco propuestas para ampliarlo. Unos 80 000 mineros inscritos quedarían en la ilegalidad.

        En la sierra central la situación es especialmente tensa en el cerro Azulcocha, en Sayhuacocha, donde unos 3 000 mineros extraen oro y cobre de vetas superficiales. Su dirigente, Nicanor Ancasi, anunció una movilización a Lima en noviembre.""",
        about=False,
        note="informal mining; the leader shares the regidor's surname",
    ),
    S(
        "sy112",
        "app",
        "2026-10-27T10:05:00-05:00",
        "Alcaldesa de Sayhuacocha: «El cobre se va en camiones y a nosotros nos dejan el polvo»",
        """Sayhuacocha, 27 oct. (APP). En una ciudad que duplicó su población en cinco años por el auge del cobre, la alcaldesa provincial Yolanda Huatuco Ríos pide al Estado y a la minera lo que llama «una cuenta justa».

        «Cada día salen de aquí cien camiones con concentrado y a nosotros nos quedan el polvo, el tráfico, la delincuencia y los alquileres imposibles», dijo a la APP en su despacho, decorado con una maqueta del terminal terrestre.

        Huatuco propone que una parte del impuesto a la renta de la Compañía Minera Quellopata se transfiera directamente a un fondo para servicios básicos de la ciudad, sin pasar por el Gobierno Regional. «El canon llega tarde y con mil candados del MEF», se quejó.

        Sobre la relación con la empresa, fue tajante: «Con Quellopata tenemos una relación de respeto, no de sumisión. Que cumpla su estudio de impacto ambiental y no habrá problema».

        La alcaldesa, de 48 años, ingeniera zootecnista y exdirigente de las rondas femeninas, es conocida en la provincia como «la Gringa» por su cabello claro.""",
        m="A",
        tone="0",
        note="the Mayor's interview criticising the State and the company; no single topic",
    ),
    S(
        "sy113",
        "app",
        "2026-11-01T13:45:00-05:00",
        "Quellopata prevé pagar S/ 1 400 millones de impuesto a la renta este año",
        """Lima, 1 nov. (APP). La Compañía Minera Quellopata estima que pagará este año unos 1 400 millones de soles por impuesto a la renta, casi el doble que en el ejercicio anterior, informó su gerente de Finanzas en una conferencia con inversionistas.

        La mitad de ese monto se distribuirá como canon minero a la región Rumihuasi y a sus municipalidades a partir de junio del próximo año.""",
        about=False,
        note="company taxes and canon; not municipal taxes",
    ),
    S(
        "sy114",
        "app",
        "2026-11-06T19:10:00-05:00",
        "Neumonía: 14 muertos en la sierra central en lo que va de la temporada de heladas",
        """Lima, 6 nov. (APP). El Centro Nacional de Epidemiología reportó 14 fallecidos por neumonía en las regiones de la sierra central desde el inicio de la temporada de heladas, en su mayoría niños menores de cinco años de comunidades por encima de los 3 800 metros.

        El Minsa recordó que la vacuna contra el neumococo es gratuita y está disponible en todos los centros de salud. En Rumihuasi se ha vacunado al 71 % de la población objetivo.""",
        about=False,
        note="national health figures",
    ),
    S(
        "sy115",
        "app",
        "2026-11-11T17:25:00-05:00",
        "Fiscalía abre investigación a funcionarios de la Municipalidad de Sayhuacocha por pistas no ejecutadas",
        """Sayhuacocha, 11 nov. (APP). La Fiscalía Provincial Especializada en Delitos de Corrupción de Funcionarios de Rumihuasi abrió investigación preliminar contra cinco funcionarios de la Municipalidad Provincial de Sayhuacocha por el presunto delito de colusión en la pavimentación del barrio Santa Bárbara.

        Entre los investigados figura el gerente de Infraestructura, Hernán Challco Rivas. El caso se basa en un informe de la Contraloría que encontró pagos por 412 000 soles por veredas y drenajes que no se construyeron.""",
        m="I O",
        t="obras",
        tone="-",
        note="prosecutor's inquiry into a municipal work",
    ),
    S(
        "sy116",
        "app",
        "2026-11-16T06:30:00-05:00",
        "Recomiendan no viajar de noche por las vías de la sierra central por nevadas",
        """Lima, 16 nov. (APP). Provías Nacional recomendó a los conductores no transitar de noche por las carreteras de la sierra central, incluida la vía a Sayhuacocha por el abra de Yanacancha, debido a las nevadas previstas hasta el jueves.""",
        about=False,
        note="road advice; the town as a destination",
    ),
    S(
        "sy117",
        "app",
        "2026-11-20T04:50:00Z",
        "Sayhuacocha estrena terminal terrestre construido con dinero del canon",
        """Sayhuacocha, 19 nov. (APP). La ciudad minera de Sayhuacocha, en la región Rumihuasi, puso en funcionamiento hoy el andén de salidas de su terminal terrestre, una obra de 20,9 millones de soles financiada con el canon minero por la municipalidad provincial.

        La alcaldesa Yolanda Huatuco Ríos inauguró el andén ante cientos de pasajeros. «Es la mejor muestra de que el cobre puede servir para algo más que para enriquecer a unos pocos», dijo.

        Hasta ahora, las empresas de transporte embarcaban en la vereda de la avenida Los Andes. El terminal completo estará listo en marzo.""",
        m="A",
        t="obras",
        tone="+",
        note="agency version of the terminal opening; Lima date is the 19th; 'la municipalidad provincial' bare",
    ),
    S(
        "sy118",
        "app",
        "2026-11-23T15:40:00-05:00",
        "Premier promete hospital para Sayhuacocha tras reunión con la alcaldesa",
        """Sayhuacocha, 23 nov. (APP). El presidente del Consejo de Ministros, Gonzalo Rebaza, anunció en Sayhuacocha que el Ministerio de Salud financiará la elaboración del expediente técnico de un hospital de segundo nivel para la provincia, luego de reunirse durante dos horas con la alcaldesa provincial Yolanda Huatuco Ríos.

        «Hemos esperado cuarenta años. Hoy el premier se compromete delante de todos y vamos a estar vigilantes», dijo Huatuco, quien el mes pasado acusó al Gobierno Regional de haber dejado a la provincia fuera de su plan de hospitales.

        El jefe del gabinete no precisó el monto ni los plazos. El actual centro de salud de Sayhuacocha funciona en un local de 1978.""",
        m="A",
        t="salud",
        tone="0",
        note="a hospital the Mayor asks the national government for: salud, neutral",
    ),
    S(
        "sy119",
        "app",
        "2026-11-25T12:00:00-05:00",
        "«La Gringuita del Ande» entre las nominadas a los Premios Luces del Folclor",
        """Lima, 25 nov. (APP). La cantante sayhuacochana Yolanda Huatuco, «la Gringuita del Ande», figura entre las cinco nominadas a mejor intérprete femenina de música andina en los Premios Luces del Folclor, que se entregarán el 12 de diciembre en Lima.

        Su tema «Corazón de relave», sobre la vida de las familias mineras, suma dos millones de reproducciones en plataformas digitales.""",
        about=False,
        note="singer namesake in national news",
    ),
    S(
        "sy120",
        "app",
        "2026-11-27T20:15:00-05:00",
        "Vecinos bloquean el ingreso al botadero de Sayhuacocha y la basura se acumula en las calles",
        """Sayhuacocha, 27 nov. (APP). Pobladores de los barrios Santa Bárbara y Huaycopampa bloquean desde la mañana el acceso al botadero municipal de Sayhuacocha, que arde desde hace dos semanas, e impiden el paso de los camiones compactadores.

        Como consecuencia, la Municipalidad Provincial de Sayhuacocha suspendió el recojo de residuos en toda la ciudad. «No vamos a dejar pasar ni un camión hasta que apaguen el fuego y pongan fecha para el cierre», dijo la dirigenta Norma Quispe.

        En el centro, las bolsas empiezan a acumularse en las esquinas. La municipalidad pidió a los vecinos no sacar su basura hasta nuevo aviso.""",
        m="I",
        t="limpieza",
        tone="-",
        note="protest at the municipal dump stops the service",
    ),
    S(
        "sy121",
        "app",
        "2026-11-29T10:30:00-05:00",
        "Cobre retrocede 4 % tras datos débiles de la industria china",
        """Lima, 29 nov. (APP). El precio del cobre cayó 4 % en la semana, hasta 12 100 dólares por tonelada, tras la publicación de datos manufactureros más débiles de lo esperado en China. Los analistas consideran que el metal se mantendrá por encima de los 11 000 dólares en el primer semestre del próximo año.""",
        about=False,
        note="market news",
    ),
    # --- Perú Regiones: national site, full RSS with a "se publicó primero en" footer, blog template --------------------
    S(
        "sy122",
        "regiones",
        "2026-09-26T10:00:00-05:00",
        "Los niños del relave: plomo en la sangre a la sombra del dique de Chaupiloma",
        """En el caserío de Chaupiloma, a 4 600 metros de altura, la primera casa está a 300 metros del dique de relaves de la Compañía Minera Quellopata. Desde la puerta de Justina Mamani se ve el talud gris, liso, enorme, como una montaña artificial que creció en diez años.

        Su hija Ruth tiene siete años. En marzo, un tamizaje del Ministerio de Salud encontró en su sangre 14 microgramos de plomo por decilitro, casi tres veces el valor de referencia. No es la única: de los 96 niños evaluados en Chaupiloma y Huayllacancha, 41 superaron el límite.

        «Se cansa rápido, no quiere comer, en la escuela dicen que se distrae», cuenta Justina mientras sirve un caldo de chuño. El centro de salud más cercano está a una hora y media a pie. Desde marzo, nadie ha vuelto a controlar a Ruth.

        La empresa sostiene que el plomo no proviene del dique sino de fuentes naturales y de la quema de baterías en las casas. Un estudio independiente financiado por una ONG de Lima, sin embargo, encontró concentraciones altas en el polvo de los techos, compatible con la dispersión de material fino del relave en épocas secas.

        La Dirección Regional de Salud de Rumihuasi anunció un plan de atención integral que incluye suplementos, controles trimestrales y charlas de nutrición. Los padres dicen que el plan todavía no llega. «Aquí vinieron a sacar sangre y se fueron», resume un comunero.

        En Chaupiloma, mientras tanto, el viento sigue soplando desde el dique hacia las casas.""",
        about=False,
        note="long feature on lead in children near the tailings; company and health authorities, no municipal angle",
    ),
    S(
        "sy123",
        "regiones",
        "2026-10-02T09:00:00-05:00",
        "Trekking a la laguna Sayhuacocha: guía para quienes suben por primera vez a la Cordillera Blanca",
        """La laguna Sayhuacocha, de aguas turquesas al pie de un nevado de más de 6 000 metros, se ha convertido en uno de los destinos favoritos de quienes quieren iniciarse en el trekking de altura en Áncash.

        La caminata parte del pueblo de Cashapampa y toma unas cinco horas de ida. Se recomienda aclimatarse al menos dos días en Huaraz, llevar bastones, bloqueador y abrigo para temperaturas bajo cero, y no salir después del mediodía, cuando las nubes cierran el camino.

        El ingreso al Parque Nacional Huascarán cuesta 30 soles para visitantes nacionales. Hay zonas de camping junto a la laguna, pero no servicios higiénicos: lleve bolsas para su basura y bájela con usted.""",
        about=False,
        note="place namesake in a travel piece; 'basura' keyword",
    ),
    S(
        "sy124",
        "regiones",
        "2026-10-07T10:30:00-05:00",
        "Tres alcaldesas en la sierra del cobre",
        """En las provincias mineras de la sierra central, donde durante décadas el poder local fue cosa de hombres, hoy tres mujeres gobiernan municipios que manejan más canon que algunos ministerios.

        La más visible es Yolanda Huatuco Ríos, alcaldesa provincial de Sayhuacocha. Ingeniera zootecnista, exdirigente de las rondas femeninas, la llaman «la Gringa» desde niña por su cabello claro. Ha plantado cara a la Compañía Minera Quellopata en más de una ocasión y ganó ante el Tribunal Fiscal un litigio de tres años por el predial de la empresa. Sus críticos le reprochan la lentitud de las obras; sus partidarios, que nadie antes se había atrevido con la minera.

        «Me dicen terca. Yo digo que soy de aquí y que no me voy a ir a vivir a Lima cuando termine», dice en su despacho de la Municipalidad Provincial de Sayhuacocha, mientras firma resoluciones.

        En el distrito vecino de Yuraccancha gobierna Sabina Ñahui Laura, profesora de primaria, que ha puesto el acento en salud: su municipalidad estrenó este año una posta con sala de partos. Y en Pampacolca, a tres horas, la alcaldesa Edith Torrealva enfrenta un pedido de vacancia por la compra de maquinaria.

        Las tres coinciden en algo: el canon llegó antes que las capacidades para gastarlo.""",
        m="A I",
        tone="+",
        note="a profile of three women mayors with a substantial, favourable section on ours",
    ),
    S(
        "sy125",
        "regiones",
        "2026-10-11T12:15:00-05:00",
        "Cinco preguntas para entender el conflicto de la relavera de Chaupiloma",
        """¿Qué es la relavera de Chaupiloma? Es el depósito donde la Compañía Minera Quellopata almacena los residuos finos del procesamiento del cobre. Tiene 85 metros de altura y la empresa quiere elevarlo otros 20.

        ¿Qué reclama la comunidad de Huayllacancha? Que el manante de Ichuhuasi, del que beben sus animales, se ha contaminado desde que empezó el recrecimiento. Pide paralizar la obra y un monitoreo independiente.

        ¿Qué dice la empresa? Que el recrecimiento fue aprobado por el Senace y que sus monitoreos no muestran excesos.

        ¿Quién debe fiscalizar? El OEFA, en lo ambiental, y la Autoridad Nacional del Agua, en lo que toca al manante. La alcaldesa provincial y los alcaldes distritales han pedido participar en la mesa de diálogo, pero no tienen competencia sobre la minera.

        ¿Qué puede pasar? Si no hay acuerdo, la comunidad ha anunciado un paro indefinido. La carretera bloqueada es la única salida del concentrado hacia la costa.""",
        about=False,
        note="explainer on the mining conflict; bare 'la alcaldesa provincial'",
    ),
    S(
        "sy126",
        "regiones",
        "2026-10-16T09:40:00-05:00",
        "El terminal terrestre de Sayhuacocha, la obra que puede definir una gestión",
        """Pocas obras municipales en la sierra central han generado tanta expectativa —y tanta desconfianza— como el terminal terrestre de Sayhuacocha. Con 20,9 millones de soles, es la inversión más grande en la historia de la Municipalidad Provincial de Sayhuacocha.

        Para la alcaldesa Yolanda Huatuco Ríos es la prueba de que el canon puede traducirse en servicios. «La gente de aquí viajaba en la vereda, con nieve. Eso se acaba», repite en cada entrevista.

        Para el regidor opositor Julián Ancasi Meza, en cambio, es el ejemplo de una gestión que gasta mal: cuatro meses de retraso, 2,3 millones en adicionales y un segundo piso de oficinas que nadie pidió en el concejo.

        El gerente de Infraestructura, Hernán Challco Rivas, sostiene que los adicionales se deben a un problema de suelos «imposible de prever» y que la obra estará operativa en diciembre. Los transportistas, que han amenazado con un paro, esperan para creer.

        En una ciudad donde el precio del cobre lo cambia todo, el terminal puede terminar siendo la mejor carta de presentación de la Gringa o su mayor lastre. Se sabrá en pocas semanas.""",
        m="I A R O",
        t="obras",
        tone="0",
        note="balanced analysis of the terminal",
    ),
    S(
        "sy127",
        "regiones",
        "2026-10-22T11:00:00-05:00",
        "Extorsión sobre ruedas: las empresas de buses de la sierra central pagan «cupos» semanales",
        """Las empresas de transporte interprovincial que cubren las rutas de la sierra central pagan entre 300 y 800 soles semanales a bandas criminales para que no ataquen sus buses, según testimonios recogidos por Perú Regiones en cuatro ciudades.

        En Rumihuasi, Pampacolca y Sayhuacocha, los gerentes de al menos nueve empresas admitieron, bajo reserva, haber recibido mensajes con fotos de sus choferes y de sus hijos. Dos buses fueron baleados en setiembre en la carretera a la costa.

        La División de Investigación Criminal de la región dice que las denuncias son pocas porque los empresarios temen represalias. Desde la Policía recomiendan no pagar y denunciar en la línea 1818.""",
        about=False,
        note="regional extortion story; the town in a list; no municipal angle",
    ),
    S(
        "sy128",
        "regiones",
        "2026-10-29T13:20:00-05:00",
        "Quellopata construirá su propio relleno de seguridad tras la negativa de Sayhuacocha",
        """La Compañía Minera Quellopata anunció que construirá un relleno de seguridad para los residuos de sus campamentos dentro de su concesión, luego de que la Municipalidad Provincial de Sayhuacocha se negara a recibirlos en su botadero.

        La empresa genera unas nueve toneladas diarias de basura doméstica en sus tres campamentos. Desde septiembre, cuando venció su contrato con un operador de Lima, parte de esos residuos terminaba en una quebrada cerca de Chaupiloma, según denunciaron los comuneros.

        La alcaldesa Yolanda Huatuco Ríos celebró la decisión. «Es lo que dice su estudio de impacto ambiental y es lo que debieron hacer desde el principio», dijo. El relleno estará listo en seis meses; mientras tanto, los residuos serán trasladados a la costa en camiones sellados.""",
        m="I A",
        t="limpieza",
        tone="+",
        note="the municipality's refusal wins: the company will handle its own waste",
    ),
    S(
        "sy129",
        "regiones",
        "2026-11-03T08:00:00-05:00",
        "Opinión | El canon no es una bendición",
        """Cada vez que el cobre sube, los titulares celebran el canon como si fuera lluvia en tiempo de sequía. Pero el canon, tal como está diseñado, se parece más a una herencia recibida por un menor de edad: mucho dinero, pocas capacidades y demasiados tíos alrededor.

        Los números son conocidos. Los municipios con más canon ejecutan menos, contratan peor y terminan con obras paralizadas que nadie mantiene. Basta recorrer cualquier capital de provincia minera: coliseos sin techo, piscinas sin agua, terminales a medio hacer. En la comuna sayhuacochana, por citar un caso reciente, el gran proyecto lleva meses de retraso y millones en adicionales.

        La solución no es quitar el canon a las regiones, como proponen algunos en Lima. Es acompañarlo: bancos de proyectos serios, ingenieros pagados por el Estado para los municipios pequeños, contraloría concurrente y, sobre todo, transparencia en tiempo real sobre cada sol gastado.

        Mientras tanto, seguiremos celebrando el precio del cobre y lamentando, dos años después, lo que se hizo con él.""",
        m="I",
        about=False,
        note="national opinion column on canon; our institution named only as a passing example",
    ),
    S(
        "sy130",
        "regiones",
        "2026-11-08T10:20:00-05:00",
        "Sayhuacocha reduce en 30 % los asaltos con patrullaje integrado y más serenos",
        """Los robos y asaltos denunciados en el centro de Sayhuacocha bajaron de 46 en setiembre a 32 en octubre, una caída del 30 %, según datos de la comisaría local. Es el primer mes completo de patrullaje integrado entre el serenazgo y la Policía.

        La alcaldesa Yolanda Huatuco Ríos atribuyó el resultado a las noches de patrullaje conjunto en la zona de bares y a las nuevas cámaras del jirón Comercio. La Municipalidad Provincial de Sayhuacocha sumará este mes veinte serenos más, con lo que llegará a cincuenta.

        El comisario fue más prudente: «Un mes no es una tendencia. Hay que ver diciembre, con las gratificaciones».""",
        m="A I",
        t="seguridad",
        tone="+",
        note="falling crime figures credited to municipal patrols",
    ),
    S(
        "sy131",
        "regiones",
        "2026-11-13T16:45:00-05:00",
        "Mineros informales bloquean la Panamericana Sur para exigir ampliación del Reinfo",
        """Miles de mineros informales llegados de Arequipa, Ayacucho y la sierra central bloquearon hoy durante seis horas la Panamericana Sur a la altura de Chilca para exigir al Congreso la ampliación del Reinfo.

        Entre ellos había una delegación de 400 mineros del cerro Azulcocha, de Sayhuacocha, encabezada por Nicanor Ancasi. La Policía despejó la vía con bombas lacrimógenas; hubo doce detenidos.""",
        about=False,
        note="informal miners' protest; surname trap",
    ),
    S(
        "sy132",
        "regiones",
        "2026-11-17T12:00:00-05:00",
        "Teniente alcaldesa de Sayhuacocha denuncia acoso político de un regidor",
        """La teniente alcaldesa de la Municipalidad Provincial de Sayhuacocha, Marleni Pariachi Soto, presentó ante el Jurado Electoral Especial una denuncia por acoso político contra el regidor Julián Ancasi Meza, a quien acusa de difundir en redes sociales fotomontajes ofensivos sobre ella.

        «He soportado insultos en cada sesión, pero esto ya es violencia contra una mujer en política», dijo Pariachi, que presentó capturas de pantalla de una página de Facebook administrada, según ella, por asesores del regidor.

        Ancasi negó cualquier vínculo con la página. «No voy a dejar de fiscalizar porque me denuncien», respondió. El concejo provincial vive desde octubre su etapa más tensa, con la discusión de los adicionales del terminal terrestre y el pedido de vacancia contra la alcaldesa.""",
        m="I T R",
        tone="-",
        note="a council feud; the institution named with the teniente alcaldesa's title; no topic",
    ),
    S(
        "sy133",
        "regiones",
        "2026-11-22T09:30:00-05:00",
        "Cinco cosas que debes saber si viajas desde el nuevo terminal de Sayhuacocha",
        """1. Dónde está: en la cuadra 12 de la avenida Los Andes, a diez minutos a pie de la plaza de armas. Las combis de la línea 3 paran en la puerta.

        2. Qué funciona: por ahora, solo el andén de salidas, con doce bahías y sala de espera con calefacción. Los buses que llegan todavía desembarcan en la avenida.

        3. Cuánto cuesta: el pasajero paga una tasa de embarque de un sol; las empresas, 8 soles por salida.

        4. Qué empresas operan: catorce de las diecinueve que cubren las rutas a Lima, la costa y la capital regional. Las otras cinco siguen en la vereda mientras negocian la tarifa con la municipalidad sayhuacochana.

        5. Qué falta: la zona de llegadas, el patio de comidas y el estacionamiento, que según la gerencia de Infraestructura estarán listos en marzo.""",
        m="I",
        t="obras",
        tone="+",
        note="service piece on the new terminal",
    ),
    S(
        "sy134",
        "regiones",
        "2026-11-26T07:50:00-05:00",
        "La vacuna llegó a la puna; el médico, todavía no",
        """La camioneta blanca con el logo de la Municipalidad Provincial de Sayhuacocha sube a paso de hombre por la trocha de Huaylacucho. Lleva una enfermera, un técnico, un chofer, dos conservadoras con vacunas y una bolsa de caramelos.

        Es la brigada que el municipio paga desde septiembre para llegar a los caseríos que el sistema de salud no alcanza. En dos meses ha vacunado a más de 3 000 niños y adultos mayores contra la influenza y el neumococo. «Antes la vacuna no llegaba. Ahora llega», dice la teniente alcaldesa Marleni Pariachi Soto, que coordina la campaña.

        Pero una vacuna no es un médico. El puesto de salud de Huaylacucho tiene un solo técnico que atiende tres días a la semana; el médico más cercano está a tres horas. Cuando un niño se complica con una neumonía, los padres tienen que bajarlo en brazos hasta la carretera.

        La Dirección Regional de Salud reconoce que tiene 40 plazas de médicos sin cubrir en la provincia. «Nadie quiere venir a 4 500 metros por un sueldo del Estado», admite un funcionario.

        En el caserío, la enfermera de la brigada termina a las cinco de la tarde. Afuera ya cae aguanieve.""",
        m="I T",
        t="salud",
        tone="0",
        note="feature: the municipal vaccination brigade works; the missing doctors are the region's; mixed, neutral",
    ),
    S(
        "sy135",
        "regiones",
        "2026-11-29T11:10:00-05:00",
        "Hallan tumbas preincas durante la ampliación de la mina Quellopata",
        """Trabajadores de una contratista de la Compañía Minera Quellopata hallaron cuatro tumbas de piedra con restos humanos y cerámica durante el movimiento de tierras para la ampliación de la planta concentradora, en Sayhuacocha.

        El Ministerio de Cultura paralizó los trabajos en un radio de cien metros y enviará arqueólogos para evaluar el hallazgo, que preliminarmente se atribuye a la cultura Wari.""",
        about=False,
        note="archaeology at the mine; no municipal angle",
    ),
    # --- Portal Minero Andino: regional aggregator, full RSS; its own stories (its copies are at the end) -------------
    S(
        "sy136",
        "pminero",
        "2026-09-28T12:40:00-05:00",
        "Quellopata abre convocatoria para 300 operarios de mantenimiento",
        """La Compañía Minera Quellopata abrió una convocatoria para contratar a 300 operarios de mantenimiento mecánico y eléctrico para la parada de planta programada en enero. La empresa dará prioridad a postulantes de las comunidades del área de influencia directa.

        Los interesados deben presentar su currículum en la oficina de relaciones comunitarias de la avenida Los Andes, en Sayhuacocha, hasta el 15 de octubre. Se exige secundaria completa y certificado de trabajo en altura.""",
        about=False,
        note="company job notice; the town as an address",
    ),
    S(
        "sy137",
        "pminero",
        "2026-10-05T15:10:00-05:00",
        "Obras por impuestos: Quellopata financiará la pavimentación de la avenida Minera",
        """La Municipalidad Provincial de Sayhuacocha y la Compañía Minera Quellopata firmaron un convenio de obras por impuestos para pavimentar los 3,1 kilómetros de la avenida Minera, el acceso por donde pasan diariamente unos cien camiones de concentrado.

        La empresa adelantará los 14,5 millones de soles de la obra y los descontará después de su impuesto a la renta. El gerente de Infraestructura de la municipalidad, Hernán Challco Rivas, dijo que el expediente técnico ya está aprobado y que la obra podría empezar en marzo.

        Los vecinos de la avenida reclaman desde hace años por el polvo que levantan los camiones, que cubre sus casas y, según dicen, enferma a sus hijos.""",
        m="I O",
        t="obras",
        tone="+",
        note="works-for-taxes agreement between the municipality and the company",
    ),
    S(
        "sy138",
        "pminero",
        "2026-10-20T09:00:00-05:00",
        "¿Cuánto durará el súper ciclo del cobre? Tres escenarios para la sierra central",
        """Con el cobre por encima de los 12 000 dólares la tonelada, la pregunta que se hacen inversionistas y autoridades es cuánto durará la bonanza.

        En el escenario optimista, la transición energética mantiene la demanda alta hasta 2030 y los precios se estabilizan por encima de los 11 000 dólares. En el intermedio, una desaceleración china devuelve el metal a los 9 500. En el pesimista, una recesión global lo lleva por debajo de los 8 000, como en 2020.

        Para las provincias que dependen del canon, como Sayhuacocha o Pampacolca, la lección de ciclos anteriores es la misma: el dinero llega con un año de retraso y se va sin avisar.""",
        about=False,
        note="market analysis; the province named as an example of canon dependence",
    ),
    S(
        "sy139",
        "pminero",
        "2026-11-05T11:30:00-05:00",
        "Mineros de Azulcocha invaden zona de la concesión de Quellopata",
        """Unos 200 mineros informales ocuparon la madrugada del miércoles una franja de la concesión de la Compañía Minera Quellopata, en la ladera norte del cerro Azulcocha, y empezaron a abrir socavones.

        La empresa denunció la invasión ante la Policía y la Fiscalía. Los mineros, inscritos en el Reinfo, aseguran que la zona no está siendo explotada y que tienen derecho a trabajarla mientras dure su proceso de formalización.""",
        about=False,
        note="informal miners and the company",
    ),
    S(
        "sy140",
        "pminero",
        "2026-11-18T14:20:00-05:00",
        "Trabajadores de contratistas de Quellopata anuncian huelga por el bono de productividad",
        """El sindicato de trabajadores de las empresas contratistas de la Compañía Minera Quellopata anunció una huelga indefinida desde el 1 de diciembre si no se les paga el bono de productividad que reciben los trabajadores de planilla de la minera.

        Los dirigentes dicen que las contratistas concentran el 70 % de la mano de obra y que, con el precio récord del cobre, «las utilidades no llegan a quien trabaja en el tajo». Anunciaron una marcha hasta la plaza de armas de Sayhuacocha para el próximo lunes.""",
        about=False,
        note="labour dispute at the mine; the town's square as a place",
    ),
    S(
        "sy141",
        "pminero",
        "2026-11-24T10:05:00-05:00",
        "Venta de terrenos a contratistas dispara la alcabala en Sayhuacocha",
        """La recaudación del impuesto de alcabala en la Municipalidad Provincial de Sayhuacocha llegó a 2,6 millones de soles entre enero y octubre, cinco veces más que en todo el año pasado, por la venta de terrenos a empresas contratistas de la minera que buscan levantar campamentos y almacenes.

        La oficina de rentas explicó que solo en Pumapata se registraron 84 transferencias de predios este año. El concejo aprobó destinar lo recaudado a la compra de terrenos para el relleno sanitario y a la ampliación de redes de agua.""",
        m="I",
        t="tributos",
        tone="+",
        note="municipal tax income from land sales",
    ),
    # --- El Vigía Sayhuacochano: local site without a feed, followed through its section page ------------------------
    S(
        "sy142",
        "vigia",
        "2026-09-22T10:15:00-05:00",
        "Santa Bárbara Alta: camiones mineros destrozan la pista y los vecinos piden ayuda a la municipalidad",
        """La pista del jirón Las Retamas, en Santa Bárbara Alta, tiene apenas cuatro años y ya parece un campo bombardeado. Los vecinos culpan a los volquetes de las contratistas mineras, que la usan como atajo para evitar el centro.

        Un grupo de madres de familia llevó ayer un memorial a la Municipalidad de Sayhuacocha para pedir que se prohíba el paso de vehículos pesados y que se repare la vía. «Los huecos ya tienen medio metro; un niño se cayó con su bicicleta», contó Griselda Torres.

        En mesa de partes les dijeron que el pedido sería derivado a la gerencia de Infraestructura.""",
        m="I",
        t="obras",
        tone="-",
        note="a damaged street the residents ask the municipality to repair",
    ),
    S(
        "sy143",
        "vigia",
        "2026-09-25T16:30:00-05:00",
        "Dirigentes de Pumapata se reúnen con la Gringa Huatuco: piden recojo de basura y alumbrado",
        """Los dirigentes de las seis asociaciones de vivienda de Pumapata se reunieron ayer por la tarde con la alcaldesa Gringa Huatuco en el salón consistorial.

        El primer pedido fue el recojo de residuos: la pampa no tiene servicio y la basura termina en la quebrada que baja al río. El segundo, alumbrado público en la carretera, donde en agosto murió atropellado un trabajador.

        La alcaldesa se comprometió a incluir a Pumapata en la ruta del compactador cuando lleguen los nuevos camiones y a gestionar el alumbrado ante la empresa eléctrica. Los dirigentes volverán a reunirse con ella el 15 de noviembre.""",
        m="A",
        t="limpieza",
        tone="0",
        note="a meeting with residents; a promise on the garbage service; the nickname alias",
    ),
    S(
        "sy144",
        "vigia",
        "2026-09-30T09:40:00-05:00",
        "Serenos estrenan chalecos antibalas y radios",
        """Los treinta serenos de la comuna sayhuacochana recibieron ayer chalecos antibalas, radios portátiles y linternas de largo alcance, en una ceremonia en el patio de la central de serenazgo.

        Es la primera vez que los serenos cuentan con chalecos. «Antes salíamos a patrullar con una vara y un silbato», recordó uno de los más antiguos.""",
        m="I",
        t="seguridad",
        tone="+",
        note="equipment for the serenazgo",
    ),
    S(
        "sy145",
        "vigia",
        "2026-10-04T11:00:00-05:00",
        "Feria de abrigo: tejedoras de la puna venden sus chompas en la plaza",
        """Más de sesenta tejedoras de las comunidades altas de la provincia ofrecen desde ayer chompas, chalinas, chullos y frazadas de alpaca en la feria de abrigo que la Municipalidad Provincial de Sayhuacocha organiza en la plaza de armas hasta el domingo.

        Los precios van desde 15 soles por un par de medias hasta 280 por un poncho de alpaca bebé. La gerencia de Desarrollo Económico instaló toldos y braseros para que las vendedoras no pasen frío.""",
        m="I",
        tone="0",
        note="a municipal fair; none of the five topics",
    ),
    S(
        "sy146",
        "vigia",
        "2026-10-09T13:20:00-05:00",
        "Hernán Challco: «La Circunvalación empieza a pavimentarse en noviembre»",
        """El gerente de Infraestructura y Desarrollo Urbano, Hernán Challco Rivas, confirmó que la obra de pavimentación de la avenida Circunvalación se iniciará la primera semana de noviembre, una vez que el contratista entregue las garantías.

        Challco explicó que se priorizará el tramo entre el jirón Huáscar y el puente Sayhuamayo, el más deteriorado. La obra durará ocho meses.""",
        m="O",
        t="obras",
        tone="0",
        note="an official announces a start date for a work",
    ),
    S(
        "sy147",
        "vigia",
        "2026-10-13T15:45:00-05:00",
        "Regidor Ancasi encuentra medicinas vencidas en el almacén municipal",
        """Cajas de paracetamol, amoxicilina y sales de rehidratación vencidas desde marzo fueron halladas por el regidor Julián Ancasi Meza durante una visita de fiscalización al almacén central de la Municipalidad Provincial de Sayhuacocha.

        Según el concejal, los medicamentos fueron comprados el año pasado para las campañas de salud en los caseríos y nunca se repartieron. «Mientras los niños de la puna se enferman, las medicinas se pudren en un almacén», dijo.

        El jefe de logística explicó que se trata de un lote «pendiente de baja» y que las campañas actuales usan medicamentos de la Red de Salud.""",
        m="R I",
        t="salud",
        tone="-",
        note="expired medicines for municipal health campaigns",
    ),
    S(
        "sy148",
        "vigia",
        "2026-10-18T10:10:00-05:00",
        "Vaso de Leche incorpora avena y quinua en sus raciones",
        """Los 4 200 beneficiarios del programa del Vaso de Leche de la comuna sayhuacochana recibirán desde noviembre raciones con avena y quinua de productores locales, además de la leche evaporada.

        La compra a los productores de la provincia fue aprobada por el comité de administración del programa, que preside la regidora Pariachi.""",
        m="I T",
        tone="0",
        note="Vaso de Leche: none of the five topics",
    ),
    S(
        "sy149",
        "vigia",
        "2026-10-23T18:50:00-05:00",
        "Vecinos de Villa Cobre capturan a un ladrón; los serenos tardaron cuarenta minutos",
        """Un grupo de vecinos del jirón Los Mineros, en Villa Cobre, capturó la noche del jueves a un joven que acababa de robar un celular a una escolar. Lo amarraron a un poste y llamaron a la central del serenazgo.

        La patrulla llegó cuarenta minutos después. «Si esperábamos a los serenos, el ratero ya estaba en Pumapata», reclamó uno de los vecinos. Los serenos entregaron al detenido a la comisaría.

        En la central explicaron que esa noche solo había una camioneta operativa para toda la ciudad.""",
        t="seguridad",
        tone="-",
        about=True,
        note="the municipal serenazgo arrives late; the institution is not named",
    ),
    S(
        "sy150",
        "vigia",
        "2026-10-28T12:00:00-05:00",
        "Alcaldesa Huatuco pide en Lima que el canon llegue sin candados",
        """La alcaldesa provincial Yolanda Huatuco Ríos participó ayer en Lima en el foro de municipalidades de zonas mineras organizado por una asociación de gobiernos locales.

        En su intervención, pidió al Ministerio de Economía flexibilizar las reglas para usar el canon en mantenimiento y en gastos de operación. «Con el canon puedo construir un terminal, pero no puedo pagar al guardián que lo cuida», dijo, ante un auditorio de alcaldes de Áncash, Apurímac, Moquegua y Cusco.""",
        m="A",
        tone="0",
        note="the Mayor at a forum asking the national government for rules on canon; no topic",
    ),
    S(
        "sy151",
        "vigia",
        "2026-11-02T09:30:00-05:00",
        "Cuatro de cada diez niños de la provincia tienen anemia",
        """El 41 % de los niños de seis a 35 meses de la provincia de Sayhuacocha tiene anemia, según el último reporte de la Red de Salud. La cifra es más alta en los caseríos de la puna, donde llega al 58 %.

        La Red de Salud recomendó incluir en la dieta sangrecita, hígado, bazo y menestras, y no abandonar los suplementos de hierro.""",
        about=False,
        note="health statistics; no municipal angle",
    ),
    S(
        "sy152",
        "vigia",
        "2026-11-06T14:10:00-05:00",
        "Teniente alcaldesa Pariachi lleva kits de abrigo y vacunas a Chaupiloma",
        """La teniente alcaldesa Marleni Pariachi Soto subió ayer a Chaupiloma con una brigada de salud y 300 kits de abrigo para los niños del caserío, donde la semana pasada se registraron cuatro casos de neumonía.

        Además de las frazadas y casacas, las enfermeras vacunaron a 45 niños y controlaron el peso y la talla de otros 70.""",
        m="T",
        t="salud",
        tone="+",
        note="cold relief framed as health (pneumonia, vaccines)",
    ),
    S(
        "sy153",
        "vigia",
        "2026-11-25T10:30:00-05:00",
        "El pabellón de carnes ya tiene techo nuevo",
        """Después de un mes bajo toldos, los comerciantes del pabellón de carnes del mercado modelo volvieron ayer a sus puestos, ahora bajo un techo de policarbonato que deja pasar la luz.

        La obra, ejecutada por la Municipalidad Provincial de Sayhuacocha por administración directa, costó 372 000 soles. El gerente Challco anunció que en diciembre se cambiará el techo del pabellón de verduras.

        «Se demoraron, pero quedó bonito», dijo doña Felícita Ramos, presidenta del pabellón.""",
        m="I O",
        t="obras",
        tone="+",
        note="a completed municipal repair work",
    ),
    S(
        "sy154",
        "vigia",
        "2026-11-15T20:00:00-05:00",
        "Concejo rechaza la vacancia contra la alcaldesa Huatuco",
        """Con ocho votos en contra y uno a favor, el concejo de la Municipalidad Provincial de Sayhuacocha rechazó anoche el pedido de vacancia contra la alcaldesa Yolanda Huatuco Ríos por presunto nepotismo.

        El único voto a favor fue el del regidor Julián Ancasi Meza, autor del pedido, que anunció que apelará ante el Jurado Nacional de Elecciones. La alcaldesa no votó. Al salir, saludó a sus simpatizantes, que la esperaban en la plaza con una banda de músicos.""",
        m="I A R",
        tone="+",
        note="the vacancy request rejected: good news for the Mayor",
    ),
    S(
        "sy155",
        "vigia",
        "2026-11-19T08:20:00-05:00",
        "Fiesta de Santa Bárbara: mayordomos piden no vender alcohol a menores",
        """Los mayordomos de la fiesta patronal de Santa Bárbara, que se celebrará del 3 al 6 de diciembre, pidieron a los comerciantes no vender bebidas alcohólicas a menores durante las cuatro noches de baile.

        Este año se esperan doce conjuntos de danzantes y una corrida de toros en la plaza del barrio.""",
        about=False,
        note="a religious festival, no municipal angle",
    ),
    S(
        "sy156",
        "vigia",
        "2026-11-27T11:15:00-05:00",
        "Seis de cada diez contribuyentes ya están al día con el predial",
        """El 62 % de los contribuyentes del cercado está al día con el impuesto predial, informó la oficina de rentas de la Municipalidad Provincial de Sayhuacocha. A inicios de año la cifra era del 42 %.

        El aumento se explica por la amnistía tributaria, el fraccionamiento en 24 cuotas y las campañas de notificación casa por casa.""",
        m="I",
        t="tributos",
        tone="+",
        note="tax compliance figures",
    ),
    # --- Centro Informa: regional news site, teasers in RSS; its copies are at the end --------------------------------
    S(
        "sy157",
        "centro",
        "2026-09-23T13:10:00-05:00",
        "Rumihuasi: Gobierno Regional convoca licitación para hospital de S/ 210 millones",
        """El Gobierno Regional de Rumihuasi convocó la licitación para la construcción del nuevo hospital de segundo nivel de la capital regional, con 150 camas, sala de hemodiálisis y una unidad de cuidados intensivos pediátricos.

        El gobernador Aurelio Tincopa Vargas dijo que la buena pro se otorgará en diciembre y que la obra debe concluir en treinta meses. Las provincias del interior, entre ellas Sayhuacocha, reclaman que el hospital concentra la inversión en la capital.""",
        about=False,
        note="the regional government's hospital; the province named in a complaint, no municipal actor",
    ),
    S(
        "sy158",
        "centro",
        "2026-09-29T17:30:00-05:00",
        "Pampacolca: presentan pedido de vacancia contra la alcaldesa Torrealva",
        """Un grupo de vecinos de Pampacolca presentó ante el concejo provincial un pedido de vacancia contra la alcaldesa Edith Torrealva por la presunta compra sobrevalorada de una retroexcavadora por 1,4 millones de soles.

        La alcaldesa negó irregularidades y dijo que la compra se hizo por el catálogo de Perú Compras.""",
        about=False,
        note="another province's Mayor",
    ),
    S(
        "sy159",
        "centro",
        "2026-10-04T12:20:00-05:00",
        "Mototaxistas protestan contra el nuevo reordenamiento de paraderos en Sayhuacocha",
        """Más de doscientos mototaxistas rodearon ayer la plaza de armas de Sayhuacocha con sus vehículos para protestar contra la ordenanza de la comuna sayhuacochana que prohíbe a las mototaxis circular por el centro histórico desde el 1 de noviembre.

        Los conductores dicen que perderán la mitad de sus ingresos. La municipalidad sostiene que la medida busca descongestionar el centro, por donde circulan más de 1 500 mototaxis, la mayoría informales.""",
        m="I",
        tone="-",
        note="traffic rules: none of the five topics; a protest against a municipal measure",
    ),
    S(
        "sy160",
        "centro",
        "2026-10-11T19:40:00-05:00",
        "Huatuco: «Si la relavera colapsa, el responsable será el Estado»",
        """La alcaldesa provincial de Sayhuacocha, Yolanda Huatuco Ríos, advirtió que si el dique de relaves de Chaupiloma colapsa, «el responsable será el Estado, que aprobó el recrecimiento sin escuchar a nadie».

        La autoridad pidió al OEFA una inspección de emergencia y al Senace que publique el estudio de estabilidad actualizado. «No queremos otra tragedia como las que hemos visto en otros países», dijo.""",
        m="A",
        tone="0",
        note="the Mayor warns the national government; no topic",
    ),
    S(
        "sy161",
        "centro",
        "2026-10-17T10:50:00-05:00",
        "Sayhuacocha: presentan expediente técnico del relleno sanitario al MEF",
        """El gerente de Infraestructura de Sayhuacocha, Hernán Challco Rivas, presentó al Ministerio de Economía la versión final del expediente técnico del relleno sanitario provincial, que incluye una celda para residuos hospitalarios y una planta de compostaje.

        Challco dijo que espera la declaratoria de viabilidad antes de fin de mes. El proyecto ha sido observado dos veces por el ministerio.""",
        m="O",
        t="limpieza",
        tone="0",
        note="landfill project submitted; the official named with a title plus the place",
    ),
    S(
        "sy162",
        "centro",
        "2026-10-21T14:05:00-05:00",
        "Ccasapata instala sus primeras cámaras de videovigilancia",
        """La Municipalidad Distrital de Ccasapata instaló doce cámaras de videovigilancia en la plaza principal y en el puente de ingreso al distrito, conectadas a una central en el local municipal.

        El alcalde Teodoro Huatuco Mallma dijo que la inversión fue de 240 000 soles y que las cámaras ayudarán a combatir el abigeato y los robos en la feria dominical.""",
        about=False,
        note="namesake Mayor; another municipality's security cameras",
    ),
    S(
        "sy163",
        "centro",
        "2026-10-25T21:15:00-05:00",
        "Operativo en Sayhuacocha: serenazgo y Policía intervienen ocho bares clandestinos cerca de colegios",
        """Un operativo conjunto del serenazgo de la Municipalidad de Sayhuacocha y la Policía intervino la noche del sábado ocho bares clandestinos que funcionaban en viviendas a menos de cien metros de colegios en los barrios de Villa Cobre y Santa Bárbara.

        Se decomisaron 600 botellas de cerveza y 40 litros de licor sin registro sanitario. En dos de los locales se encontró a menores de edad consumiendo alcohol.""",
        m="I",
        t="seguridad",
        tone="+",
        note="a security operation by the municipal serenazgo",
    ),
    S(
        "sy164",
        "centro",
        "2026-10-30T16:00:00-05:00",
        "Denuncian contratación de 40 trabajadores sin concurso en la municipalidad de Sayhuacocha",
        """El sindicato de trabajadores de la municipalidad sayhuacochana denunció que la gerencia municipal contrató a 40 personas por locación de servicios en octubre sin ningún proceso de selección, varias de ellas vinculadas a la campaña de la alcaldesa.

        El gerente municipal Efraín Quinteros Lazo sostuvo que las contrataciones responden a la necesidad de personal para el terminal terrestre y el plan contra las heladas. El sindicato pidió a la Contraloría revisar los contratos.""",
        m="I G",
        tone="-",
        note="hiring without competition; personnel matters, no topic",
    ),
    S(
        "sy165",
        "centro",
        "2026-11-04T07:30:00-05:00",
        "Heladas: Rumihuasi registra –18 °C, la temperatura más baja en veinte años",
        """La estación de Yanacancha, en la provincia de Sayhuacocha, registró la madrugada de ayer una temperatura mínima de 18 grados bajo cero, la más baja de la región en veinte años, según el Senamhi.

        Los pastores de la zona reportaron la muerte de crías de alpaca y la congelación de los bebederos.""",
        about=False,
        note="weather record; livestock",
    ),
    S(
        "sy166",
        "centro",
        "2026-11-09T12:45:00-05:00",
        "Burgomaestra de Yuraccancha acusa a la provincia de retener S/ 1,2 millones para una obra",
        """La alcaldesa del distrito de Yuraccancha, Sabina Ñahui Laura, acusó a la Municipalidad Provincial de Sayhuacocha de no transferir 1,2 millones de soles comprometidos en un convenio para pavimentar el jirón principal del distrito.

        «Firmaron el convenio con bombos y platillos hace un año y hasta ahora no llega un sol. La obra está paralizada y los vecinos me reclaman a mí», dijo la burgomaestra.

        En la municipalidad provincial explicaron que la transferencia está observada por el MEF y que se hará en diciembre.""",
        m="I",
        t="obras",
        tone="-",
        note="another municipality's Mayor accuses ours: negative toward us, obras",
    ),
    S(
        "sy167",
        "centro",
        "2026-11-14T18:20:00-05:00",
        "Alcaldesa ratifica al gerente Quinteros pese a la investigación fiscal",
        """La alcaldesa de Sayhuacocha, Yolanda Huatuco Ríos, ratificó en el cargo al gerente municipal Efraín Quinteros Lazo, investigado por la Fiscalía Anticorrupción por un audio en el que presuntamente pide favores a un contratista.

        «Mientras no haya una acusación formal, el gerente sigue. Yo no voy a sacrificar a un funcionario por un audio trucado», dijo la alcaldesa. El regidor Julián Ancasi calificó la decisión de «blindaje».""",
        m="A G R",
        tone="-",
        note="the Mayor keeps an official under investigation; a personnel decision, no topic",
    ),
    S(
        "sy168",
        "centro",
        "2026-11-18T09:10:00-05:00",
        "Marleni Pariachi clasifica al Mundial de Media Maratón",
        """La fondista Marleni Pariachi Quispe, de Sayhuacocha, consiguió la marca mínima para el Campeonato Mundial de Media Maratón al correr en 1:11:05 en Valencia, España.

        Pariachi, que entrena en la altura de la puna, es la primera atleta de la región en clasificar a un mundial de fondo.""",
        about=False,
        note="namesake runner",
    ),
    S(
        "sy169",
        "centro",
        "2026-11-21T15:30:00-05:00",
        "Taxistas bloquean el ingreso del nuevo terminal: exigen paradero",
        """Unos cien taxistas bloquearon durante dos horas el ingreso vehicular al terminal terrestre de Sayhuacocha para exigir a la municipalidad sayhuacochana un paradero dentro del recinto. El estacionamiento del terminal sigue en construcción.

        La Policía despejó la vía. La gerencia de Transporte ofreció habilitar un paradero provisional en la calle lateral.""",
        m="I",
        t="obras",
        tone="-",
        note="protest at the terminal over its unfinished parking",
    ),
    S(
        "sy170",
        "centro",
        "2026-11-25T11:45:00-05:00",
        "Sayhuacocha abre su presupuesto participativo con S/ 40 millones para obras",
        """La alcaldesa Yolanda Huatuco Ríos instaló ayer el proceso de presupuesto participativo del próximo año, en el que las organizaciones vecinales decidirán el destino de 40 millones de soles para proyectos de inversión.

        La Municipalidad Provincial de Sayhuacocha recibirá propuestas hasta el 20 de diciembre. Los proyectos deberán ser de agua, saneamiento, pistas, veredas o infraestructura educativa.""",
        m="A I",
        t="obras",
        tone="0",
        note="participatory budget for works",
    ),
    S(
        "sy171",
        "centro",
        "2026-11-28T13:00:00-05:00",
        "Quellopata y su sindicato firman convenio colectivo con aumento de 6 %",
        """La Compañía Minera Quellopata y el sindicato de trabajadores de planilla firmaron el convenio colectivo de los próximos dos años, con un aumento salarial de 6 % y un bono por cierre de pliego de 9 000 soles.

        El sindicato de las contratistas, que no participa en la negociación, mantiene su anuncio de huelga para el 1 de diciembre.""",
        about=False,
        note="labour agreement at the mine",
    ),
    # --- Revista Socavón: regional opinion magazine, full text in the RSS description ---------------------------------
    S(
        "sy172",
        "socavon",
        "2026-09-28T08:00:00-05:00",
        "La ciudad que no sabe dónde tirar su basura",
        """Sayhuacocha exporta cobre a China y no sabe dónde poner sus cáscaras de papa. Es una paradoja que sería graciosa si no oliera tan mal.

        La gestión de la alcaldesa Yolanda Huatuco Ríos heredó un botadero a orillas del río y lo ha mantenido igual: más grande, más alto, más humeante. El relleno sanitario sigue en la etapa en que los proyectos se llaman «en formulación», que en el idioma municipal quiere decir «no hay». Dos camiones compactadores para sesenta mil personas no son un servicio, son una lotería.

        No es solo culpa de esta gestión; el botadero tiene treinta años y ha sobrevivido a seis alcaldes. Pero esta es la gestión que tiene más canon que ninguna. Y con el dinero llega también la obligación de no tener excusas.

        A la Municipalidad Provincial de Sayhuacocha le sobran maquetas. Le falta un lugar donde tirar la basura.""",
        m="A I",
        t="limpieza",
        tone="-",
        note="opinion column critical of the garbage service",
    ),
    S(
        "sy173",
        "socavon",
        "2026-10-05T08:00:00-05:00",
        "Elogio del sereno",
        """Suele hablarse mal de los serenos. Que llegan tarde, que no intervienen, que se duermen en la camioneta. Algo de eso hay. Pero conviene mirar también al otro lado.

        El sereno de Sayhuacocha gana 1 300 soles, trabaja doce horas a cuatro mil metros de altura y, hasta hace poco, lo hacía sin chaleco y con una radio que se quedaba sin batería a medianoche. Este año la comuna sayhuacochana le dio por fin equipo decente y ha duplicado el número de efectivos. Se nota: en el jirón Comercio ya se puede caminar de noche.

        No es la solución a la delincuencia que trajo el boom minero. Pero es un comienzo, y es justo decirlo.""",
        m="I",
        t="seguridad",
        tone="+",
        note="favourable column on the serenazgo",
    ),
    S(
        "sy174",
        "socavon",
        "2026-10-12T08:00:00-05:00",
        "Quellopata y el arte de no contestar",
        """En la sierra central hay una empresa que ha perfeccionado un arte que ya quisieran los ministerios: el de no contestar. Cartas de comuneros, pedidos de información de la Defensoría, preguntas de periodistas: todo recibe el mismo comunicado de tres párrafos que dice que sus monitoreos «no registran excesos».

        Hasta la alcaldesa Huatuco, que no es precisamente tímida, lleva dos meses esperando respuesta a una carta sobre el dique de Chaupiloma. Si así trata Quellopata a la primera autoridad de la provincia, cabe imaginar cómo trata a una comunera de Huayllacancha que pregunta por qué se le mueren las alpacas.

        Una empresa que paga millones de impuestos y emplea a miles de personas tiene derecho a defenderse. Lo que no tiene es derecho a callarse.""",
        m="A",
        about=False,
        note="column about the company; the Mayor named in passing as an example",
    ),
    S(
        "sy175",
        "socavon",
        "2026-10-19T08:00:00-05:00",
        "¡Bravo por los arbitrios!",
        """Qué generosa es la comuna sayhuacochana. Nos sube los arbitrios un 12 % para que sigamos disfrutando del mismo camión que pasa cuando quiere, del mismo botadero que humea como volcán y de las mismas cámaras que, según se supo, graban once de cuarenta. Un lujo que, por fin, pagaremos a precio justo.

        Dicen en el concejo que no subían desde 2019. Es verdad. Tampoco mejoraban desde 2019, pero ese detalle no entró en el informe técnico.

        Propongo una ordenanza complementaria: que el camión compactador pase con la misma puntualidad con que llega el recibo.""",
        m="I",
        t="tributos limpieza",
        tone="-",
        note="sarcastic column: praise that means the opposite; arbitrios for a failing garbage service",
    ),
    S(
        "sy176",
        "socavon",
        "2026-10-26T08:00:00-05:00",
        "El cobre y nuestras hijas",
        """Detrás de cada boom minero llega otro negocio del que nadie habla en las conferencias de inversionistas. En los alrededores de los campamentos de la sierra central, la Policía ha rescatado este año a 23 adolescentes captadas con ofertas de trabajo como meseras.

        Las redes de trata se mueven rápido: un bar abre en una pampa, cambia de nombre, se muda. Las fiscalías tienen tres especialistas para toda la región. Las familias denuncian tarde, cuando denuncian.

        El cobre trae dinero. También debería traer más fiscales, más policías especializados y más refugios. Que nadie diga después que no sabíamos.""",
        about=False,
        note="column on human trafficking near mining camps; no municipal angle",
    ),
    S(
        "sy177",
        "socavon",
        "2026-11-02T08:00:00-05:00",
        "Tribuna | Fiscalizar no es traicionar, por Julián Ancasi Meza",
        """Desde que presenté las preguntas sobre los adicionales del terminal terrestre, me han llamado traidor, envidioso y enemigo del progreso. Quiero dejar algo claro: quiero ese terminal tanto como cualquier sayhuacochano. Lo que no quiero es que nos cueste el doble.

        Ningún regidor aprobó un segundo piso de oficinas. Ningún informe explica por qué se pagaron vigas que no llegaron. Y cuando pedí una comisión investigadora, la mayoría del concejo prefirió cortarme el micrófono.

        Un concejo que no fiscaliza se convierte en una mesa de partes de la alcaldía. Seguiré preguntando, aunque incomode.

        El autor es regidor de la Municipalidad Provincial de Sayhuacocha.""",
        m="R I",
        t="obras",
        tone="-",
        note="the opposition regidor's own column on the terminal's overruns",
    ),
    S(
        "sy178",
        "socavon",
        "2026-11-09T08:00:00-05:00",
        "La Gringa tiene razón (esta vez)",
        """No suelo darle la razón a la alcaldesa Yolanda Huatuco. He criticado en esta misma columna su manejo del botadero y la lentitud de sus obras. Pero en el pleito con Quellopata por la basura de los campamentos, la Gringa ha hecho exactamente lo que tenía que hacer.

        No aceptó que la ciudad cargara con los residuos de una empresa que gana cientos de millones. No cedió cuando le ofrecieron una «donación» a cambio. Y consiguió que la minera anunciara su propio relleno de seguridad. No es poca cosa en una provincia donde decirle que no a la mina se paga caro.

        Ahora le toca aplicar la misma firmeza a su propio relleno sanitario.""",
        m="A",
        t="limpieza",
        tone="+",
        note="column praising the Mayor, with negations that do not reverse it",
    ),
    S(
        "sy179",
        "socavon",
        "2026-11-16T08:00:00-05:00",
        "El terminal no es un milagro",
        """El jueves se inaugura el andén de salidas del terminal terrestre de Sayhuacocha, y ya se escuchan los cohetes. Bien está celebrar: durante décadas los pasajeros esperaron en la vereda, con nieve y carteristas.

        Pero conviene no confundir una obra con un milagro. La Municipalidad de Sayhuacocha tardó cuatro meses más de lo prometido, gastó 2,3 millones en adicionales todavía no explicados y abre un terminal a medias, sin zona de llegadas ni estacionamiento.

        Que el terminal funcione bien será mérito de la gestión. Que haya costado lo que costó también es responsabilidad suya.""",
        m="I",
        t="obras",
        tone="0",
        note="mixed column on the terminal: celebration and criticism weighed evenly",
    ),
    S(
        "sy180",
        "socavon",
        "2026-11-23T08:00:00-05:00",
        "Cada año, el mismo frío",
        """Cada año, entre mayo y noviembre, el Estado descubre que en la puna hace frío. Se declara la emergencia, se reparten frazadas, se toman fotos, se cuentan los muertos. Y al año siguiente, lo mismo.

        Las casas calientes con muros trombe cuestan menos que una camioneta de ministro y funcionan. El programa nacional que debía construirlas avanza al ritmo de cien viviendas por región al año. A ese paso, la puna estará abrigada en el próximo siglo.

        El frío no es una emergencia. Es el clima. Lo que es una emergencia es la indiferencia.""",
        about=False,
        note="column on the national government's cold-season policy",
    ),
    S(
        "sy181",
        "socavon",
        "2026-11-28T08:00:00-05:00",
        "No, Sayhuacocha no es la ciudad más insegura de la región",
        """Circula en redes una lista que pone a Sayhuacocha como «la ciudad más peligrosa de Rumihuasi». No es cierto, y conviene decirlo con números.

        Las denuncias por robo en el centro bajaron de 46 en setiembre a 32 en octubre, según la comisaría. Pampacolca y la capital regional tienen tasas más altas por cada mil habitantes. Y desde que la comuna sayhuacochana puso serenos junto a policías en la zona de bares, las noches de pago ya no son lo que eran.

        Nadie dice que estemos bien. Pero tampoco hay que regalarle a la delincuencia la fama que no se ha ganado.""",
        m="I",
        t="seguridad",
        tone="+",
        note="negation: 'no es cierto' defends the municipal patrols' results",
    ),
    # --- syndicated copies: own headlines, sometimes a new lead or a credit line ----------------------------------------
    C(
        "sy182",
        "sy001",
        "pminero",
        "2026-09-21T15:30:00-05:00",
        "Sayhuacocha: terminal terrestre al 64 %, con cuatro meses de retraso",
    ),
    C(
        "sy183",
        "sy008",
        "pminero",
        "2026-09-28T18:45:00-05:00",
        "Pumapata: la otra cara del boom minero de Sayhuacocha",
        lead="""En tres años, la pampa de Pumapata pasó de tener una granja de truchas, un grifo y cuatro casas de adobe a albergar más de doscientos cuartos de drywall y calamina, donde duermen los trabajadores de las catorce contratistas de la Compañía Minera Quellopata.""",
        extra="Fuente: La Jornada de Sayhuacocha.",
    ),
    C(
        "sy184",
        "sy008",
        "centro",
        "2026-09-29T09:20:00-05:00",
        "Sayhuacocha: basura y desagüe a cielo abierto en el campamento de Pumapata",
    ),
    C(
        "sy185",
        "sy010",
        "centro",
        "2026-09-30T14:10:00-05:00",
        "Sayhuacocha reparte 4 000 kits de abrigo y vacuna contra la neumonía",
    ),
    C(
        "sy186",
        "sy012",
        "app",
        "2026-10-02T16:20:00-05:00",
        "Minera paga S/ 4,1 millones de predial a municipio de la sierra central tras fallo del Tribunal Fiscal",
        lead="""Sayhuacocha, 2 oct. (APP). La Compañía Minera Quellopata pagó 4,1 millones de soles por el impuesto predial de su planta concentradora y sus campamentos, con lo que la recaudación de la Municipalidad Provincial de Sayhuacocha superó por primera vez los 7 millones de soles en un año.""",
    ),
    C(
        "sy187",
        "sy012",
        "pminero",
        "2026-10-02T19:00:00-05:00",
        "Tribunal Fiscal da la razón a Sayhuacocha: Quellopata paga el predial de su relavera",
    ),
    C(
        "sy188",
        "sy014",
        "pminero",
        "2026-10-04T17:40:00-05:00",
        "Yolanda Huatuco a mitad de gestión: el terminal, la basura y los asaltos",
    ),
    C(
        "sy189",
        "sy021",
        "pminero",
        "2026-10-11T13:15:00-05:00",
        "Bloqueo en Huayllacancha: alcaldesa provincial acusa al Ejecutivo de abandono",
        extra="Con información de La Jornada de Sayhuacocha.",
    ),
    C(
        "sy190",
        "sy024",
        "centro",
        "2026-10-14T15:50:00-05:00",
        "Contraloría: Sayhuacocha pagó S/ 412 000 por veredas que no existen",
    ),
    C(
        "sy191",
        "sy027",
        "pminero",
        "2026-10-17T14:30:00-05:00",
        "Alcaldesa de Sayhuacocha se niega a recibir la basura de los campamentos de Quellopata",
    ),
    C(
        "sy192",
        "sy035",
        "pminero",
        "2026-10-28T12:00:00-05:00",
        "MEF declara viable el relleno sanitario de Sayhuacocha",
        extra="Fuente: La Jornada de Sayhuacocha.",
    ),
    C(
        "sy193",
        "sy035",
        "regiones",
        "2026-10-29T08:30:00-05:00",
        "Tras ocho años, Sayhuacocha tendrá relleno sanitario: el MEF aprueba proyecto de S/ 31 millones",
    ),
    C(
        "sy194",
        "sy036",
        "centro",
        "2026-11-02T16:40:00-05:00",
        "Sayhuacocha: gerente municipal niega ser la voz de un audio sobre «favores» a contratista",
    ),
    C(
        "sy195",
        "sy040",
        "pminero",
        "2026-11-20T12:30:00-05:00",
        "Ya funciona el terminal terrestre de Sayhuacocha: 23 buses salieron la primera noche",
        lead="""Veintitrés buses salieron la noche del jueves desde el nuevo andén del terminal terrestre provincial de Sayhuacocha. El primero, un dos pisos de Transportes Cóndor Andino rumbo a Lima, partió a las 6:40 de la tarde.""",
    ),
    C(
        "sy196",
        "sy040",
        "andino",
        "2026-11-21T08:15:00-05:00",
        "Sayhuacocha: inauguran andén de salidas del terminal terrestre",
    ),
    C("sy197", "sy043", "pminero", "2026-10-03T16:00:00-05:00", "Sayhuacocha duplica su flota de compactadores"),
    C(
        "sy198",
        "sy047",
        "regiones",
        "2026-10-09T18:25:00-05:00",
        "OEFA sanciona otra vez a Sayhuacocha por su botadero junto al río",
    ),
    C(
        "sy199",
        "sy053",
        "pminero",
        "2026-10-17T17:05:00-05:00",
        "Piden vacancia de la alcaldesa de Sayhuacocha por contratación de su sobrino",
        extra="Fuente: Diario El Andino.",
    ),
    C(
        "sy200",
        "sy003",
        "pminero",
        "2026-09-23T16:10:00-05:00",
        "Comunidad de Huayllacancha da ultimátum a Quellopata por la relavera de Chaupiloma",
    ),
    C(
        "sy201",
        "sy026",
        "pminero",
        "2026-10-16T13:00:00-05:00",
        "Quellopata anuncia ampliación de US$ 480 millones en su concentradora",
    ),
    C(
        "sy202",
        "sy034",
        "regiones",
        "2026-10-26T17:30:00-05:00",
        "Hallan mercurio siete veces por encima del límite en río de la sierra central",
    ),
    C(
        "sy203",
        "sy045",
        "jornada",
        "2026-10-06T19:30:00-05:00",
        "Alcaldesa viaja a Lima en busca de S/ 46 millones para agua y desagüe",
        extra="Con información de Diario El Andino.",
    ),
    C(
        "sy204",
        "sy057",
        "pminero",
        "2026-10-26T15:20:00-05:00",
        "Denuncian cobro de «cupos» de serenos a ambulantes en Sayhuacocha",
    ),
    C(
        "sy205",
        "sy094",
        "centro",
        "2026-10-13T11:30:00-05:00",
        "Cae banda de «marcas» que asaltaba a mineros en Sayhuacocha",
    ),
    C(
        "sy206",
        "sy109",
        "pminero",
        "2026-10-14T13:40:00-05:00",
        "Contraloría: Sayhuacocha solo ejecutó 31 % de su presupuesto de obras",
        extra="Fuente: Agencia Peruana de Prensa (APP).",
    ),
    C(
        "sy207",
        "sy112",
        "regiones",
        "2026-10-27T16:00:00-05:00",
        "«Nos dejan el polvo»: la alcaldesa de una ciudad del cobre pide una cuenta justa",
    ),
    C(
        "sy208",
        "sy115",
        "jornada",
        "2026-11-12T07:00:00-05:00",
        "Fiscalía investiga al gerente Challco y a otros cuatro funcionarios por las pistas de Santa Bárbara",
        extra="Con información de la Agencia Peruana de Prensa.",
    ),
    C("sy209", "sy118", "pminero", "2026-11-23T19:20:00-05:00", "Premier se compromete con hospital para Sayhuacocha"),
    C(
        "sy210",
        "sy120",
        "centro",
        "2026-11-28T09:00:00-05:00",
        "Sayhuacocha sin recojo de basura por bloqueo del botadero",
    ),
    C(
        "sy211",
        "sy122",
        "pminero",
        "2026-09-26T18:00:00-05:00",
        "Plomo en la sangre de 41 niños de Chaupiloma y Huayllacancha",
    ),
    C(
        "sy212",
        "sy128",
        "pminero",
        "2026-10-29T17:45:00-05:00",
        "Quellopata tendrá relleno de seguridad propio tras rechazo municipal",
    ),
    C(
        "sy213",
        "sy130",
        "andino",
        "2026-11-09T08:00:00-05:00",
        "Sayhuacocha: asaltos bajan 30 % con patrullaje conjunto",
    ),
    C(
        "sy214",
        "sy132",
        "pminero",
        "2026-11-17T17:30:00-05:00",
        "Sayhuacocha: teniente alcaldesa denuncia al regidor Ancasi por acoso político",
        extra="Fuente: Perú Regiones.",
    ),
    C(
        "sy215",
        "sy141",
        "centro",
        "2026-11-24T16:15:00-05:00",
        "Alcabala se quintuplica en Sayhuacocha por venta de terrenos a contratistas",
    ),
    C(
        "sy216",
        "sy166",
        "pminero",
        "2026-11-09T18:00:00-05:00",
        "Yuraccancha reclama a Sayhuacocha S/ 1,2 millones de un convenio de obra",
    ),
]
