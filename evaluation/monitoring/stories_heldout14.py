# ruff: noqa: E501
"""Fourteenth held-out split: a blind figure about an invented provincial municipality of the Amazon jungle.

Written by hand by writer 19, for this purpose only, WITHOUT looking at the pipeline's code (heraldo/monitoring/**),
at its baselines, tone or topic dumps, at the other splits' stories (beyond the header, SOURCES and the first
stories of heldout6, for the format) or at any report of the pipeline on them. Labels follow the labelling rules of
docs/monitoring-evaluation.md and were fixed before the split was ever run; they must not be changed because of
what the pipeline answers. Every name, outlet and place is invented.

Like heldout6, this part brings its own watch list (SETUP), outlets, person codes and template furniture: the
Municipalidad Provincial de Río Shanusi (MPRS), a province of the central Amazon jungle in the invented region of
Alto Pishqui (regional capital Pishquicocha). The provincial capital is the river port of Puerto Ishanga; the
province also holds the districts of Santa Lucía del Shanusi, Tres Quebradas, Yurapaya and Nuevo Mishqui, each with
its own district municipality. Its Mayor is a man.

Codes: m = who is named (A alcalde provincial Ulises Tapullima Vásquez «el Paiche», G gerente municipal Édgar
Panduro Reátegui, T teniente alcaldesa Gladys Amasifuén Torres, R regidor (opposition) Hernán Cachique Rengifo,
S subgerenta de Gestión Ambiental Milagros Shupingahua Pezo, I the Municipalidad Provincial de Río Shanusi);
t = topics (limpieza seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story
concerns the municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story:
its own headline, sometimes its own lead (lead=) or a credit line added at the end (extra=); a copy whose new lead
drops or adds a name carries its own m=.

Writer's conventions (the doc's rules, applied strictly):
- "el alcalde provincial de Río Shanusi", "el alcalde shanusino", "el burgomaestre shanusino", "el alcalde de Río
  Shanusi" are a title plus the place: they name the Mayor. A bare "el alcalde", "el burgomaestre", "el alcalde
  provincial", "la primera autoridad edil", "la comuna", "el municipio", "la gestión edil" do not. "Tapullima"
  alone after the Mayor was named is part of the same mention. «el Paiche» alone counts only where it is plainly
  him (a story about his administration); the fish called paiche and the goalkeeper nicknamed «Paiche» are not him.
- "Municipalidad (Provincial) de Río Shanusi", "MPRS", "municipio shanusino", "comuna shanusina", "municipalidad
  shanusina", "municipio/comuna (provincial) de Río Shanusi" name the institution. "La provincia de Río Shanusi",
  "el río Shanusi", "vecinos de Puerto Ishanga", "el serenazgo provincial", "la municipalidad provincial", "el
  concejo", "la gerencia municipal" do not; nor do the Red de Salud Río Shanusi, the UGEL Río Shanusi, the
  Fiscalía Provincial de Río Shanusi, the Subprefectura, the club Deportivo Río Shanusi, the motonave «Río Shanusi
  II» or the Municipalidad Distrital de Santa Lucía del Shanusi. A person named with a title plus the place ("el
  gerente municipal de Río Shanusi") is that person, not the institution; the institution's full name inside a
  title ("la teniente alcaldesa de la Municipalidad Provincial de Río Shanusi") names both.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly him),
  title plus surname ("el regidor Cachique", "la teniente alcaldesa Amasifuén", "la subgerenta Shupingahua",
  "el gerente Panduro" when it is ours) or a listed alias.
- Traps: Nilo Tapullima Sinti, Mayor of the district of Tres Quebradas inside the province ("el alcalde
  Tapullima", "el alcalde distrital", no relative); the young footballer Ulises Tapullima Ríos of Deportivo Río
  Shanusi and its goalkeeper «Paiche» Arévalo; the river captain Édgar Panduro Tuesta of the motonave «Río Shanusi
  II»; the regional manager of Infrastructure Raúl Panduro Sánchez ("el gerente Panduro" of the regional
  government); the obstetrician Gladys Amasifuén Pezo of the Red de Salud; the fishermen's leader Hernán Cachique
  Sangama and the district regidor Teófilo Cachique of Yurapaya; the cumbia singer Milagros Shupingahua «la
  Sirenita del Shanusi»; Rosaura Ushiñahua Pinchi, "la burgomaestra" of Santa Lucía del Shanusi; the regional
  governor Aurelio Mozombite Rengifo; the provincial Mayor of the neighbouring province of Huallapampa, Demetrio
  Saldaña Ruiz. Stories that name us only in passing (a list of provinces, the guest list of a regional fair or an
  inauguration, a national ranking, a court case elsewhere) carry the mention but are not about us.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the regional or national government is neutral toward us unless the story is about our own
  failure. A mixed story takes the tone a press officer would take away (headline and weight of the text). An
  accusation the official denies is still a story about an accusation (negative). Sarcasm is read for what it
  means. Stories not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention (serenos guarding a procession, a regidor's medical leave). A story about a road, a bridge or a
  health post the Mayor asks others to fix takes that topic. Sewage, streets, bridges, the malecón, the
  embarcadero and the market building are obras; the dump, garbage collection, composting and street sweeping
  are limpieza; dengue fumigation, a minga against mosquito breeding sites, mosquito nets, campaigns against anemia
  and the municipal medical posts are salud; the
  predial, arbitrios, the market fee (sisa) and enforced collection of those debts are tributos. Water cuts,
  street lighting, river transport, mototaxi licences, culture, sport, tourism, social programmes, flood relief,
  nepotism and land disputes, and fining a polluter of the river are none of the five. A general attack or a
  survey of the Mayor's approval takes no topic; a balance column takes what it weighs.
- About: a copy whose new lead drops every name is still about us when the story is (a municipal market project
  told without names).
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcaldesa",
    "R": "regidor_cachique",
    "S": "subgerenta_ambiental",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Provincial de Río Shanusi",
        "short_name": "MPRS",
        "level": "PROVINCIAL",
        "province": "Río Shanusi",
        "aliases": [
            "municipio shanusino",
            "comuna shanusina",
            "municipalidad shanusina",
            "Municipalidad de Río Shanusi",
        ],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Ulises",
            "surnames": "Tapullima Vásquez",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_PROVINCIAL",
            "nickname": "el Paiche",
            "aliases": ["Paiche Tapullima", "Ulises Tapullima", "alcalde Tapullima", "Tapullima Vásquez"],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Édgar",
            "surnames": "Panduro Reátegui",
            "sex": "M",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerente Panduro", "gerente municipal Édgar Panduro"],
        },
        {
            "key": "teniente_alcaldesa",
            "given_names": "Gladys",
            "surnames": "Amasifuén Torres",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Amasifuén", "regidora Amasifuén", "Gladys Amasifuén"],
        },
        {
            "key": "regidor_cachique",
            "given_names": "Hernán",
            "surnames": "Cachique Rengifo",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Cachique", "concejal Cachique"],
        },
        {
            "key": "subgerenta_ambiental",
            "given_names": "Milagros",
            "surnames": "Shupingahua Pezo",
            "sex": "F",
            "position": "Subgerente de Gestión Ambiental",
            "position_feminine": "Subgerenta de Gestión Ambiental",
            "office_code": "SUBGERENTE_GESTION_AMBIENTAL",
            "aliases": ["subgerenta Shupingahua", "Milagros Shupingahua"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "cronica": {
        "name": "La Crónica del Shanusi",
        "host": "lacronicadelshanusi.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 52000,
    },
    "amazonia": {
        "name": "Diario Amazonía Central",
        "host": "diarioamazoniacentral.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 41000,
    },
    "rishanga": {
        "name": "Radio Ishanga 101.3 FM",
        "host": "radioishanga.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 23000,
    },
    "selvatv": {
        "name": "Selva Visión Canal 11",
        "host": "selvavision11.example.pe",
        "media_kind": "TV",
        "level": "REGIONAL",
        "reach": 88000,
    },
    "rnp": {
        "name": "Red Nacional de Prensa",
        "host": "rednacionaldeprensa.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 310000,
    },
    "pregiones": {
        "name": "Perú Regiones Hoy",
        "host": "peruregioneshoy.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 540000,
    },
    "amhoy": {
        "name": "Amazonía Hoy Noticias",
        "host": "amazoniahoynoticias.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 34000,
    },
    "ishdigital": {
        "name": "Ishanga Digital",
        "host": "ishangadigital.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 6000,
    },
    "oriente": {
        "name": "Portal Oriente Informa",
        "host": "orienteinforma.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 27000,
    },
    "maloca": {
        "name": "Revista Maloca",
        "host": "revistamaloca.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 9000,
    },
    "expoiente": {
        "name": "Express Oriente",
        "host": "expressoriente.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 12000,
    },
    "bvecinal": {
        "name": "Boletín Vecinal Ishanguino",
        "host": "boletinishanguino.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 1500,
    },
    "remo": {
        "name": "Semanario El Remo",
        "host": "semanarioelremo.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6500,
    },
    "rcocama": {
        "name": "Radio Cocama Stereo",
        "host": "radiococamastereo.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 10000,
    },
}

FURNITURE = {
    "old_comments": [
        "Ese Paiche Tapullima solo aparece en el malecón cuando hay cámaras, el resto del año ni se le ve",
        "El municipio shanusino cobra arbitrios de ciudad grande y la basura se pudre en la esquina",
    ],
    "old_most_read": "Asaltan a comerciante de pescado en el puerto de Yurapaya",
    "old_motto": "El diario de la selva central desde 1994",
    "old_city": "Pishquicocha",
    "section_agenda": "Tres Quebradas celebra su aniversario con regata de canoas",
    "hostile_place": "Río Shanusi",
    "hostile_alias": "municipio shanusino",
    "error_page_outlet": "Radio Cocama Stereo, la señal del bajo Shanusi",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expoiente": {
        "name": "Express Oriente",
        "outlet": "expoiente",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["w012", "w118"],
        "cut_at": 0.65,
    },
    "bvecinal": {"name": "Boletín Vecinal Ishanguino", "outlet": "bvecinal", "format": "bomb", "path": "/rss"},
    "remo": {"name": "Semanario El Remo", "outlet": "remo", "format": "xxe", "path": "/feed/"},
    "rcocama": {
        "name": "Radio Cocama Stereo",
        "outlet": "rcocama",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "cronica": {
        "name": "La Crónica del Shanusi",
        "outlet": "cronica",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "amazonia": {
        "name": "Diario Amazonía Central",
        "outlet": "amazonia",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/provincias.xml",
    },
    "rishanga": {
        "name": "Radio Ishanga 101.3 FM",
        "outlet": "rishanga",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticias",
    },
    "selvatv": {"name": "Selva Visión Canal 11", "outlet": "selvatv", "format": "atom", "path": "/atom.xml"},
    "rnp": {"name": "Red Nacional de Prensa", "outlet": "rnp", "format": "atom", "path": "/regiones/feed.atom"},
    "pregiones": {
        "name": "Perú Regiones Hoy",
        "outlet": "pregiones",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "amhoy": {
        "name": "Amazonía Hoy Noticias",
        "outlet": "amhoy",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas.rss",
    },
    "ishdigital": {
        "name": "Ishanga Digital",
        "outlet": "ishdigital",
        "format": "section",
        "template": "section",
        "path": "/locales",
    },
    "oriente": {
        "name": "Portal Oriente Informa",
        "outlet": "oriente",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/noticias.xml",
    },
    "maloca": {
        "name": "Revista Maloca",
        "outlet": "maloca",
        "format": "rss",
        "mode": "description",
        "path": "/opinion/rss",
    },
}

STORIES = [
    # --- La Crónica del Shanusi: provincial daily, full text in RSS, priority ------------------------------------------
    S(
        "w001",
        "cronica",
        "2026-09-02T07:15:00-05:00",
        "Malecón Ribereño suma 480 metros nuevos y las vendedoras de juane vuelven a la orilla",
        """Desde ayer, las vendedoras de juane y tacacho que fueron retiradas hace catorce meses por las obras volvieron a instalar sus mesas frente al río. La Municipalidad Provincial de Río Shanusi entregó la segunda etapa del Malecón Ribereño de Puerto Ishanga: 480 metros de losa, barandas de acero galvanizado, 36 postes de alumbrado y un muro de gaviones para frenar la erosión del barranco.

        La obra costó 7,8 millones de soles y se terminó dentro del plazo contractual, según el acta de recepción que firmaron el supervisor y el comité de vigilancia. «Antes, en creciente, el agua se llevaba pedazos de la vereda; ahora por lo menos dormimos tranquilos», dijo Teodomira Sangama, que vive a media cuadra del barranco.

        El alcalde provincial Ulises Tapullima Vásquez anunció que la tercera etapa, hasta el embarcadero La Boca, ya tiene expediente técnico aprobado y se licitará en enero. Las vendedoras pidieron que se les asignen módulos techados antes de la temporada de lluvias.""",
        m="I A",
        t="obras",
        tone="+",
        note="delivered works told through figures and a neighbour's relief",
    ),
    S(
        "w002",
        "cronica",
        "2026-09-03T18:40:00-05:00",
        "Tres Quebradas estrena losa multiusos y el alcalde Tapullima promete techarla en 2027",
        """El alcalde distrital de Tres Quebradas, Nilo Tapullima Sinti, inauguró el sábado una losa multiusos de concreto en el centro poblado Aguajal Chico, a dos horas en peque peque de la capital del distrito.

        La obra, de 410 000 soles, se financió con recursos ordinarios del municipio distrital y con la mano de obra de los comuneros, que trabajaron en faenas durante los fines de semana. «Aquí los chicos jugaban en el barro; en época de lluvias no había partido que se terminara», contó el teniente gobernador del centro poblado, Abdías Tuanama.

        El alcalde Tapullima se comprometió a gestionar el techado ante el Gobierno Regional de Alto Pishqui. La ceremonia terminó con un campeonato relámpago de fulbito entre cuatro comunidades de la quebrada.""",
        about=False,
        note="namesake: the Mayor of a district inside the province shares the surname ('el alcalde Tapullima')",
    ),
    S(
        "w003",
        "cronica",
        "2026-09-04T08:30:00-05:00",
        "Deudas del predial y arbitrios sin intereses hasta el 30 de setiembre",
        """Los contribuyentes de Puerto Ishanga que arrastren deudas del impuesto predial y de arbitrios de años anteriores podrán pagarlas sin intereses ni moras hasta el 30 de setiembre. Así lo dispone la ordenanza 019-2026 que publicó la Municipalidad Provincial de Río Shanusi en su portal institucional.

        El beneficio alcanza también a quienes ya estén en procedimiento de cobranza coactiva, siempre que cancelen el íntegro del tributo insoluto. La oficina de Administración Tributaria atenderá en horario corrido, de ocho de la mañana a seis de la tarde, incluidos los sábados.

        Según el padrón municipal, unos 6 700 predios de la ciudad tienen al menos un año impago. Quienes no puedan pagar al contado podrán pedir un fraccionamiento de hasta diez cuotas.""",
        m="I",
        t="tributos",
        tone="0",
        note="a plain notice of a tax-relief ordinance",
    ),
    S(
        "w004",
        "cronica",
        "2026-09-05T07:00:00-05:00",
        "Cinco días ardiendo: el botadero del kilómetro 7 cubre de humo a Los Aguajales",
        """Las familias del asentamiento humano Los Aguajales cierran puertas y ventanas desde el lunes. El botadero de la carretera a Yurapaya, a la altura del kilómetro 7, arde sin control, y el humo, espeso y con olor a plástico quemado, baja hasta las casas cada tarde.

        En el puesto de salud del asentamiento atendieron 23 casos de irritación respiratoria en cuatro días, la mayoría de niños. «Nos dicen que ya lo van a apagar, pero cada noche se vuelve a prender», reclamó Elvira Pinchi, presidenta del comité vecinal.

        La subgerenta de Gestión Ambiental, Milagros Shupingahua Pezo, explicó que el fuego es subterráneo y que la cisterna de la comuna shanusina hace tres viajes diarios para sofocarlo. Admitió que el botadero no tiene celdas ni cobertura de tierra y que el relleno sanitario prometido para este año aún no tiene terreno.""",
        m="S I",
        t="limpieza",
        tone="-",
        note="the dump on fire; health effects are a consequence, the story is the dump",
    ),
    S(
        "w005",
        "cronica",
        "2026-09-06T10:20:00-05:00",
        "El Shanusi sube 1,8 metros en una semana y Yurapaya evacúa a cuarenta familias",
        """El río Shanusi creció 1,8 metros en siete días y alcanzó la cota de alerta naranja en la estación hidrométrica de Yurapaya, informó el Servicio Nacional de Meteorología e Hidrología. Es la primera creciente fuerte de la temporada y llegó casi un mes antes de lo habitual.

        La Municipalidad Distrital de Yurapaya trasladó a cuarenta familias de la ribera baja al local de la institución educativa 60418, donde el Gobierno Regional de Alto Pishqui instaló un albergue con carpas, colchones y un punto de agua segura. El alcalde distrital, Benigno Vela Ahuanari, pidió la declaratoria de emergencia.

        Los pescadores advierten que la corriente arrastra palizadas que vuelven peligrosa la navegación nocturna entre Yurapaya y Puerto Ishanga.""",
        about=False,
        note="the river that gives the province its name; a district municipality's response",
    ),
    S(
        "w006",
        "cronica",
        "2026-09-08T07:40:00-05:00",
        "Robos en el jirón Progreso bajan de 41 a 17 con las nuevas rondas motorizadas",
        """Los comerciantes del jirón Progreso, la calle de las ferreterías y los bazares de Puerto Ishanga, denunciaron 17 robos entre junio y agosto. En el mismo periodo del año pasado, la comisaría había registrado 41.

        La baja coincide con la llegada de seis motocicletas y dos camionetas que la Municipalidad Provincial de Río Shanusi compró en mayo para el serenazgo, y con las rondas mixtas que salen cada noche con un efectivo policial a bordo. El gerente municipal, Édgar Panduro Reátegui, dijo que la central de videovigilancia sumará catorce cámaras antes de fin de año.

        «Antes cerrábamos a las siete; ahora atendemos hasta las nueve», contó Rebeca Lozano, dueña de un bazar. Los comerciantes pidieron que las rondas lleguen también a la zona del puerto, donde los arrebatos siguen siendo frecuentes.""",
        m="I G",
        t="seguridad",
        tone="+",
        note="an outcome told through numbers",
    ),
    S(
        "w007",
        "cronica",
        "2026-09-09T08:10:00-05:00",
        "Regidor Cachique denuncia direccionamiento en la licitación del puente Shimbillo; gerencia lo niega",
        """El regidor de oposición Hernán Cachique Rengifo presentó ante el Órgano de Control Institucional una denuncia por presunto direccionamiento en la licitación del puente vehicular sobre la quebrada Shimbillo, valorizado en 4,3 millones de soles.

        Según el concejal, las bases exigían experiencia en «puentes de estructura mixta en zona de selva con luz mayor a 40 metros», un requisito que, afirma, solo cumplía el consorcio que finalmente ganó la buena pro. «Las bases se escribieron con nombre propio», sostuvo.

        El gerente Panduro rechazó la acusación. «Es un requisito técnico que exige la luz del puente; cinco postores compraron bases y tres presentaron ofertas», respondió, y aseguró que el municipio shanusino entregará al OCI toda la documentación que le pida.""",
        m="R G I",
        t="obras",
        tone="-",
        note="an accusation the manager denies is still an accusation",
    ),
    S(
        "w008",
        "cronica",
        "2026-09-10T21:30:00-05:00",
        "Doblete de Ulises Tapullima mete a Deportivo Río Shanusi en la etapa departamental",
        """Deportivo Río Shanusi goleó 3-0 a Unión Yurapaya en el estadio de Puerto Ishanga y clasificó a la etapa departamental de la Copa Perú. Dos de los goles fueron de Ulises Tapullima Ríos, un delantero de 19 años que hace un año jugaba en la liga distrital de Tres Quebradas.

        El tercer tanto llegó de penal en el minuto 88. Antes, el arquero Jhonatan «Paiche» Arévalo había tapado un mano a mano que pudo cambiar la historia del partido. «El Paiche nos salvó; después fue más fácil», dijo el técnico Wilmer Sajami.

        Tapullima, que estudia mecánica automotriz en el instituto tecnológico, suma ocho goles en el torneo. El equipo viaja el domingo a Pishquicocha para el primer partido de la fase.""",
        about=False,
        note="namesake footballer with the Mayor's given name and surname; a goalkeeper nicknamed Paiche; a club with the province's name",
    ),
    S(
        "w009",
        "cronica",
        "2026-09-11T07:50:00-05:00",
        "Tapullima al gobierno regional: «La carretera a Yurapaya es una trocha de barro desde hace tres años»",
        """El alcalde provincial de Río Shanusi, Ulises Tapullima Vásquez, acusó al Gobierno Regional de Alto Pishqui de haber abandonado el mantenimiento de la carretera Puerto Ishanga–Yurapaya, de 46 kilómetros, que en temporada de lluvias queda intransitable durante días.

        «La vía es regional, el presupuesto es regional y el abandono también es regional», dijo en conferencia de prensa. Según el burgomaestre, los camiones con plátano y yuca tardan hasta nueve horas en un tramo que en época seca se recorre en hora y media.

        La Gerencia Regional de Infraestructura respondió que el perfil del mejoramiento está en evaluación en el Ministerio de Transportes y que en octubre enviará maquinaria para el bacheo de los tramos críticos.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticising the regional government over a road: neutral toward us, topic obras",
    ),
    S(
        "w010",
        "cronica",
        "2026-09-12T08:00:00-05:00",
        "Fumigan 4 200 viviendas y los casos de dengue caen a la mitad en un mes",
        """Los casos de dengue en Puerto Ishanga bajaron de 112 en julio a 54 en agosto, según la sala situacional de la Red de Salud Río Shanusi. La caída coincide con la campaña de fumigación casa por casa que la Municipalidad Provincial de Río Shanusi hizo en 4 200 viviendas de nueve barrios.

        Las brigadas, formadas por cuarenta jóvenes contratados por la comuna y capacitados por la Red de Salud, entraron también a los patios para revisar cilindros, llantas y baldes. La teniente alcaldesa Gladys Amasifuén Torres, que preside la comisión de salud del concejo, dijo que la segunda ronda empezará el 20 de setiembre.

        La Red de Salud recomendó no bajar la guardia: las lluvias de octubre suelen traer un nuevo repunte de casos.""",
        m="I T",
        t="salud",
        tone="+",
        note="a health outcome; the Red de Salud Río Shanusi is not the institution",
    ),
    S(
        "w011",
        "cronica",
        "2026-09-13T11:00:00-05:00",
        "Obstetriz de Yurapaya recibe la medalla regional por treinta años de partos en comunidades nativas",
        """Gladys Amasifuén Pezo tenía 24 años cuando atendió su primer parto en una canoa, a medio camino entre la comunidad nativa de Nuevo Edén y el puesto de salud de Yurapaya. Treinta años y más de dos mil partos después, el Colegio de Obstetras de Alto Pishqui le entregó su medalla al mérito profesional.

        La obstetriz trabaja en la Red de Salud Río Shanusi y todavía viaja cada mes a las comunidades de la cuenca alta, donde muchas gestantes no llegan a tiempo al establecimiento. «Lo que más ha cambiado es que ahora las mamás vienen a sus controles; antes solo nos buscaban cuando había complicaciones», contó.

        Amasifuén recibió la distinción en Pishquicocha, acompañada por sus tres hijas, dos de ellas también obstetras.""",
        about=False,
        note="namesake of the teniente alcaldesa (same given name and first surname, another second surname)",
    ),
    S(
        "w012",
        "cronica",
        "2026-09-15T07:20:00-05:00",
        "Coactiva congela cuentas de 38 comerciantes del mercado Modelo y ellos bajan sus rejas",
        """Treinta y ocho comerciantes del mercado Modelo de Puerto Ishanga encontraron ayer sus cuentas bancarias congeladas. El ejecutor coactivo de la Municipalidad Provincial de Río Shanusi ordenó la retención por deudas de sisa y arbitrios que, en algunos casos, vienen desde 2021.

        En respuesta, los vendedores de la sección de abarrotes bajaron sus rejas a mediodía y marcharon hasta la plaza de armas. «Nadie nos notificó; nos enteramos en el banco cuando fuimos a pagar a los proveedores», dijo Segundo Tuesta, dirigente de la asociación de comerciantes.

        La oficina de Administración Tributaria sostuvo que las resoluciones se notificaron en marzo y que las retenciones se levantarán en cuanto cada deudor firme un fraccionamiento. Los comerciantes anunciaron un paro de 48 horas si no se suspende la medida.""",
        m="I",
        t="tributos",
        tone="-",
        note="enforced collection of market fees and arbitrios; later arrives cut in a truncated feed",
    ),
    S(
        "w013",
        "cronica",
        "2026-09-16T19:10:00-05:00",
        "Concejo prioriza catorce proyectos del presupuesto participativo; Cachique vota en contra",
        """El concejo de la Municipalidad Provincial de Río Shanusi aprobó anoche la lista de catorce proyectos que entrarán al presupuesto participativo de 2027, por un total de 11,2 millones de soles. Nueve son de pistas, veredas y redes de desagüe en los barrios periféricos de Puerto Ishanga.

        La teniente alcaldesa Gladys Amasifuén explicó que los proyectos se eligieron en cuatro talleres con 220 agentes participantes. El regidor Hernán Cachique votó en contra: sostuvo que el asentamiento humano Los Aguajales, el más poblado de la ciudad, quedó fuera de la lista «por haber votado por la oposición».

        La votación terminó nueve a dos. La relación de proyectos pasa ahora a la etapa de formalización de acuerdos, prevista para el 30 de setiembre.""",
        m="I T R",
        t="obras",
        tone="0",
        note="a council vote reported evenly; the objection does not tip it",
    ),
    S(
        "w014",
        "cronica",
        "2026-09-17T12:30:00-05:00",
        "Gobernador inaugura el hospital de Pishquicocha ante alcaldes de cinco provincias",
        """El gobernador regional de Alto Pishqui, Aurelio Mozombite Rengifo, inauguró ayer el nuevo Hospital Regional de Pishquicocha, de categoría II-2, con 140 camas, dos salas de operaciones y la primera unidad de cuidados intensivos neonatales de la región.

        La obra costó 312 millones de soles y tardó nueve años, con dos contratistas que abandonaron el proyecto a medio camino. En la ceremonia estuvieron el viceministro de Prestaciones de Salud, congresistas de la región y los alcaldes provinciales de Huallapampa, Demetrio Saldaña Ruiz; de Río Shanusi, Ulises Tapullima Vásquez; y de Sacha Yacu, Ucayalillo y Pishquicocha.

        El hospital empezará a atender consultas externas el 1 de octubre; la hospitalización se abrirá por etapas hasta diciembre.""",
        m="A",
        about=False,
        note="our Mayor only on an inauguration's guest list: a mention, not a story about us",
    ),
    S(
        "w015",
        "cronica",
        "2026-09-18T07:35:00-05:00",
        "Recojo nocturno en el mercado Modelo: nueve toneladas menos en la vereda cada mañana",
        """Durante años, quien pasaba a las seis de la mañana por la cuadra cuatro del jirón Comercio encontraba un cerro de cáscaras de plátano, cajas de madera y restos de pescado. Desde hace tres semanas la vereda amanece limpia: la subgerencia de Gestión Ambiental pasó el recojo del mercado Modelo al turno de las once de la noche.

        La subgerenta Milagros Shupingahua Pezo calculó que el camión compactador se lleva cada noche nueve toneladas que antes se quedaban en la calle hasta el amanecer. Los comerciantes firmaron un compromiso para sacar sus residuos en bolsas y nunca después de las diez.

        «Ya no hay gallinazos en el techo del mercado», resumió Flor Ríos, vendedora de frutas desde hace veinte años.""",
        m="S",
        t="limpieza",
        tone="+",
        note="the subgerenta named; the institution is not ('la subgerencia')",
    ),
    S(
        "w016",
        "cronica",
        "2026-09-19T09:00:00-05:00",
        "Once meses y contando: el buzón del jirón Ucayali ya tiene torta de cumpleaños",
        """¡Felicitaciones a la comuna shanusina, que sigue batiendo récords! El buzón colapsado de la cuadra dos del jirón Ucayali cumplió once meses desbordándose cada vez que llueve, y los vecinos ya le pusieron nombre, cintas de colores y hasta una torta de cartón.

        En octubre del año pasado, la municipalidad prometió cambiar el tramo de tubería en «quince días hábiles». Desde entonces, los vecinos presentaron cinco memoriales y la respuesta, dicen, siempre es la misma: el expediente está en la subgerencia de Obras Públicas esperando disponibilidad presupuestal.

        «Aquí tenemos el único buzón de la ciudad con más antigüedad que algunos funcionarios», bromeó Julio Saurín, que vive al frente y echa cal todas las mañanas para espantar el olor.""",
        m="I",
        t="obras",
        tone="-",
        note="sarcasm: 'felicitaciones' and 'récords' mean the opposite",
    ),
    S(
        "w017",
        "cronica",
        "2026-09-20T13:45:00-05:00",
        "Motonave «Río Shanusi II» encalla con 90 pasajeros frente a Shimbillo",
        """La motonave Río Shanusi II, que cubre la ruta Puerto Ishanga–Nuevo Mishqui, encalló el jueves en un banco de arena frente a la quebrada Shimbillo con 90 pasajeros y doce toneladas de carga. Nadie resultó herido.

        El capitán de la nave, Édgar Panduro Tuesta, explicó que el canal de navegación se desplazó tras la última creciente y que la boya que lo marcaba desapareció. Los pasajeros fueron trasbordados a dos deslizadores de la Capitanía de Puerto.

        La empresa propietaria informó que la motonave fue reflotada la mañana del viernes y retomará sus viajes el lunes, después de una inspección de la autoridad marítima.""",
        about=False,
        note="a boat with the province's name; its captain shares the gerente's given name and first surname",
    ),
    S(
        "w018",
        "cronica",
        "2026-09-22T07:30:00-05:00",
        "Ni un solo caso de dengue en Cocha Verde desde la minga de inservibles",
        """El barrio Cocha Verde, que en marzo tuvo el peor brote de dengue de Puerto Ishanga, con 61 casos, no ha registrado ni un solo contagio en las últimas seis semanas, según el reporte de vigilancia del centro de salud del barrio.

        Los vecinos lo atribuyen a la minga de recojo de inservibles de julio, cuando la Municipalidad de Río Shanusi puso tres volquetes y personal para retirar 38 toneladas de llantas, baldes, botellas y chatarra de patios y terrenos baldíos, los criaderos favoritos del zancudo.

        «No fue solo la municipalidad; cada familia sacó lo suyo», dijo el presidente de la junta vecinal, Luis Inuma. La comuna anunció que repetirá la jornada en cuatro barrios antes de que lleguen las lluvias.""",
        m="I",
        t="salud",
        tone="+",
        note="negation that is good news ('ni un solo caso'); a campaign against breeding sites is salud",
    ),
    S(
        "w019",
        "cronica",
        "2026-09-23T08:15:00-05:00",
        "Cachique: «El mercado nuevo sigue siendo una maqueta en la oficina del alcalde»",
        """A dos años de iniciada la gestión, el nuevo mercado de abastos de Puerto Ishanga, la promesa central de la campaña del alcalde Ulises Tapullima, no tiene siquiera el terreno saneado, afirmó el regidor de oposición Hernán Cachique Rengifo.

        «Nos prometieron la primera piedra para el aniversario de la provincia; lo único que existe es una maqueta de tecnopor en la oficina del alcalde», dijo el concejal en la sesión ordinaria del martes. Según el regidor, el expediente técnico lleva catorce meses en observación.

        Desde la alcaldía no hubo respuesta. En la misma sesión, la mayoría oficialista rechazó un pedido para que el gerente municipal informe sobre el avance del proyecto.""",
        m="A R",
        t="obras",
        tone="-",
        note="an unfulfilled promise; 'el gerente municipal' unnamed is not a mention",
    ),
    S(
        "w020",
        "cronica",
        "2026-09-24T07:00:00-05:00",
        "OCI alerta que el desagüe de Los Aguajales se tiende sin pruebas de hermeticidad",
        """El Órgano de Control Institucional de la Municipalidad Provincial de Río Shanusi advirtió, en un informe de control concurrente, que en la obra de redes de alcantarillado de Los Aguajales se tendieron 1,2 kilómetros de tubería sin las pruebas de hermeticidad que exige el expediente técnico.

        El informe también encontró buzones con fisuras y un atraso de 94 días respecto del cronograma. La obra, de 6,1 millones de soles, se ejecuta por contrata y debió terminar en julio.

        Los moradores temen que las calles se vuelvan a romper apenas el sistema entre en funcionamiento. La entidad tiene cinco días hábiles para comunicar las acciones correctivas que adoptará.""",
        m="I",
        t="obras",
        tone="-",
        note="a control report on sewage works",
    ),
    S(
        "w021",
        "cronica",
        "2026-09-25T06:50:00-05:00",
        "Capturan a «Los Rápidos del Puerto», banda de motochoros que asaltaba a cambistas",
        """Agentes de la comisaría de Puerto Ishanga y del Departamento de Investigación Criminal capturaron a cuatro integrantes de la banda «Los Rápidos del Puerto», acusada de asaltar a cambistas y cobradores a bordo de motocicletas robadas.

        La intervención se produjo en una vivienda del barrio Tahuampa, donde se encontró un revólver, dos motos con placas adulteradas y 8 400 soles en efectivo. Según la Policía, el grupo habría cometido al menos once asaltos desde junio.

        La Fiscalía Provincial Penal de Río Shanusi pidió nueve meses de prisión preventiva para los detenidos. La audiencia está programada para el lunes.""",
        about=False,
        note="a police story in the capital with no municipal angle; the Fiscalía of Río Shanusi is not the institution",
    ),
    S(
        "w022",
        "cronica",
        "2026-09-26T08:20:00-05:00",
        "Anemia en menores de tres años baja de 47 % a 32 % en Puerto Ishanga",
        """La anemia en niños menores de tres años de Puerto Ishanga bajó de 47 % a 32 % en un año, según los tamizajes que la Red de Salud hizo a 1 900 menores entre agosto de 2025 y agosto de 2026.

        La Municipalidad Provincial de Río Shanusi financió con 380 000 soles la entrega semanal de sangrecita, hígado y pescado a las familias de los niños con anemia, a través de los comedores populares y de 22 promotoras. La teniente alcaldesa Gladys Amasifuén Torres reconoció que en las comunidades ribereñas la cobertura sigue siendo baja.

        «Lo más difícil fue que las mamás creyeran que la sangrecita no hacía daño; ahora ellas mismas la piden», contó Delia Ushiñahua, una de las promotoras.""",
        m="I T",
        t="salud",
        tone="+",
        note="a health outcome with a frank caveat; the weight is positive",
    ),
    S(
        "w023",
        "cronica",
        "2026-09-28T19:40:00-05:00",
        "Arbitrios de 2027 no subirán y las bodegas pagarán 20 % menos",
        """El concejo provincial aprobó por unanimidad la ordenanza que mantiene los montos de los arbitrios de limpieza pública, parques y serenazgo para 2027, y que rebaja en 20 % los que pagan las bodegas y los pequeños negocios de hasta cincuenta metros cuadrados.

        La Municipalidad de Río Shanusi estima que dejará de recaudar 310 000 soles, que piensa compensar con la actualización del padrón: unos 1 400 predios construidos en los últimos cinco años no figuran todavía en el catastro.

        La ordenanza entrará en vigor el 1 de enero, y los recibos con los nuevos montos llegarán a los domicilios en febrero.""",
        m="I",
        t="tributos",
        tone="+",
        note="frozen fees and a discount: good news for taxpayers",
    ),
    S(
        "w024",
        "cronica",
        "2026-09-29T09:10:00-05:00",
        "Santa Lucía del Shanusi ya tiene agua potable las 24 horas",
        """Por primera vez, las novecientas familias de Santa Lucía del Shanusi tienen agua clorada durante todo el día. La burgomaestra Rosaura Ushiñahua Pinchi inauguró el sistema de captación, el reservorio de 300 metros cúbicos y la planta de tratamiento, que costaron 9,6 millones de soles.

        La Municipalidad Distrital de Santa Lucía del Shanusi ejecutó la obra con financiamiento del programa nacional de saneamiento rural. Hasta ahora, los vecinos se abastecían del río o de pozos artesianos.

        «Mis nietos ya no van a tomar agua de la quebrada», dijo, emocionada, Hermelinda Pinedo, de 78 años. La alcaldesa anunció que una segunda etapa llevará el servicio a los caseríos de la margen derecha.""",
        about=False,
        note="a district municipality whose name contains 'Shanusi'; 'la burgomaestra' of another town",
    ),
    S(
        "w025",
        "cronica",
        "2026-09-30T07:10:00-05:00",
        "Diez días sin recojo: vecinos de Tahuampa bloquean la avenida Amazonas con su propia basura",
        """Con costales de basura apilados de vereda a vereda, los vecinos del barrio Tahuampa bloquearon ayer durante tres horas la avenida Amazonas, la salida hacia el puerto. Dicen que el camión recolector no pasa por sus calles desde hace diez días.

        «La basura está llena de gusanos y los perros la riegan por todos lados; pagamos arbitrios igual que el centro», reclamó Norma Saquiray, que encabezó la protesta. Los mototaxistas que quedaron atrapados en el bloqueo terminaron apoyando el reclamo.

        Un funcionario de la comuna shanusina llegó al mediodía y se comprometió a enviar un volquete esa misma tarde. Según los vecinos, el compactador asignado al barrio está malogrado desde el 19 de setiembre.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a failing collection service",
    ),
    S(
        "w026",
        "cronica",
        "2026-10-01T08:00:00-05:00",
        "Lupuna Caño ya no cruza en balsa: inauguran puente colgante de 68 metros",
        """Los 140 escolares del caserío Lupuna Caño dejaron de cruzar la quebrada en una balsa de topa amarrada a un cable. El puente colgante peatonal de 68 metros, con torres de concreto y tablero de madera tratada, fue inaugurado el jueves por el alcalde shanusino Ulises Tapullima.

        La obra fue ejecutada por administración directa por la Municipalidad Provincial de Río Shanusi, con 620 000 soles. En febrero, una niña de ocho años cayó al agua durante una creciente y fue rescatada por un pescador; el susto movilizó a los padres de familia, que presentaron el pedido ese mismo mes.

        «Prometimos el puente para el inicio de clases del próximo año y lo entregamos antes», dijo el burgomaestre, mientras los niños lo estrenaban corriendo de una orilla a la otra.""",
        m="A I",
        t="obras",
        tone="+",
        note="'el alcalde shanusino' plus the name",
    ),
    S(
        "w027",
        "cronica",
        "2026-10-02T07:30:00-05:00",
        "Tapullima pide al Minsa convertir el centro de salud de Puerto Ishanga en hospital",
        """El alcalde provincial Ulises Tapullima Vásquez viajó a Lima para pedir al Ministerio de Salud que el centro de salud Puerto Ishanga, de categoría I-4, sea elevado a hospital. Es el único establecimiento con internamiento en una provincia de 86 000 habitantes.

        «Una cesárea complicada tiene que viajar seis horas hasta Pishquicocha; eso no puede seguir», dijo tras reunirse con funcionarios de la Dirección General de Operaciones en Salud. Llevó un acta firmada por los alcaldes de los cuatro distritos de la provincia.

        El ministerio se comprometió a enviar una comisión técnica en noviembre para evaluar la brecha de infraestructura y de personal del establecimiento.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor asks the national government for a hospital: topic salud, neutral",
    ),
    S(
        "w028",
        "cronica",
        "2026-10-03T10:00:00-05:00",
        "Ranking del MEF: Huallapampa entre las diez provincias amazónicas que más invierten",
        """La Municipalidad Provincial de Huallapampa ejecutó el 78 % de su presupuesto de inversiones al cierre de setiembre y se ubicó en el octavo lugar entre las provincias amazónicas, según el ranking trimestral que publica el Ministerio de Economía y Finanzas.

        En la región Alto Pishqui le siguen Pishquicocha, con 64 %; la Municipalidad Provincial de Río Shanusi, con 51 %; Sacha Yacu, con 43 %, y Ucayalillo, con 29 %. El promedio nacional de las municipalidades provinciales es de 49 %.

        El alcalde de Huallapampa, Demetrio Saldaña Ruiz, atribuyó el resultado a que la mayoría de sus obras se ejecutan por administración directa. «Tenemos maquinaria propia y no dependemos de contratistas que se van a la mitad», dijo.""",
        m="I",
        about=False,
        note="a ranking that names us in passing: a mention, not about us",
    ),
    S(
        "w029",
        "cronica",
        "2026-10-05T08:40:00-05:00",
        "Asaltan a turistas en el malecón y el serenazgo llega cuarenta minutos después",
        """Una pareja de turistas chilenos fue asaltada el sábado a las nueve de la noche en el Malecón Ribereño de Puerto Ishanga. Dos sujetos armados con un cuchillo les quitaron celulares, una cámara y 600 dólares a veinte metros de una caseta de serenazgo.

        La caseta estaba vacía. Según los testigos, la primera unidad llegó cuarenta minutos después de la llamada a la central. El gerente municipal Édgar Panduro reconoció que esa noche solo había dos serenos en el turno «por descansos médicos» y anunció una investigación interna.

        Los dueños de los restaurantes del malecón dijeron que es el tercer asalto del mes y que contratarán por su cuenta a un vigilante privado.""",
        m="G",
        t="seguridad",
        tone="-",
        note="a failing security service; the gerente admits it",
    ),
    S(
        "w030",
        "cronica",
        "2026-10-06T07:45:00-05:00",
        "Planta de compostaje convierte en abono sesenta toneladas de residuos del mercado",
        """Lo que antes terminaba en el botadero del kilómetro 7 ahora vuelve al campo como abono. La planta piloto de compostaje de la Municipalidad Provincial de Río Shanusi, instalada en el vivero de Cocha Verde, procesó en cinco meses sesenta toneladas de cáscaras, hojas de bijao y restos de fruta del mercado Modelo.

        El compost se entrega gratis a los agricultores de cacao y sacha inchi de la provincia, que hasta ahora compraban abono en Pishquicocha. La subgerenta de Gestión Ambiental, Milagros Shupingahua Pezo, dijo que la meta para 2027 es procesar el 15 % de los residuos orgánicos de la ciudad.

        El proyecto recibió una mención honrosa en el concurso nacional de buenas prácticas de gestión de residuos del Ministerio del Ambiente.""",
        m="I S",
        t="limpieza",
        tone="+",
        note="waste turned into compost: limpieza, positive",
    ),
    S(
        "w031",
        "cronica",
        "2026-10-07T12:10:00-05:00",
        "La Sirenita del Shanusi llena el coliseo de Pishquicocha y anuncia su primer disco",
        """Cerca de tres mil personas llenaron el sábado el coliseo cerrado de Pishquicocha para ver a Milagros Shupingahua, «la Sirenita del Shanusi», la cantante de cumbia amazónica que se hizo conocida en las redes con sus versiones de los clásicos de la selva.

        La artista, de 23 años y nacida en Nuevo Mishqui, presentó cuatro canciones propias y anunció que su primer disco saldrá en diciembre. «Canto lo que se escucha en los peque peque: el río, el amor y la pena», dijo a la prensa.

        Shupingahua tocará el 31 de octubre en Puerto Ishanga, en la fiesta de la Canción Criolla del barrio Tahuampa.""",
        about=False,
        note="namesake: a singer with the subgerenta's given name and first surname",
    ),
    S(
        "w032",
        "cronica",
        "2026-10-08T08:00:00-05:00",
        "Paro de mototaxistas paraliza Puerto Ishanga y el municipio suspende el nuevo paradero",
        """Unos cuatrocientos mototaxistas de Puerto Ishanga paralizaron ayer la ciudad durante cinco horas para rechazar la ordenanza que los obliga a dejar el centro histórico y a usar un paradero en la avenida Amazonas. Al caer la tarde, la Municipalidad Provincial de Río Shanusi suspendió la medida por noventa días.

        Los transportistas reclaman que nadie les consultó el cambio y que el paradero no tiene techo ni servicios higiénicos. «Un día nos dicen una cosa y al otro día otra; esto es pura improvisación», dijo Gerson Tamani, presidente de la federación de mototaxistas.

        Los comerciantes del centro, que habían apoyado el ordenamiento, también se quejaron. «Cerramos todo el día por un paro y al final todo sigue igual», lamentó una vendedora de la calle Lima.""",
        m="I",
        tone="-",
        note="traffic and mototaxis are none of the five topics",
    ),
    S(
        "w033",
        "cronica",
        "2026-10-09T07:15:00-05:00",
        "Gobierno regional envía cuatro máquinas a la carretera Puerto Ishanga–Yurapaya",
        """Un tractor oruga, una motoniveladora, un rodillo y dos volquetes del Gobierno Regional de Alto Pishqui llegaron ayer a Puerto Ishanga para el bacheo de los tramos críticos de la carretera a Yurapaya, informó el gerente regional de Infraestructura, Raúl Panduro Sánchez.

        «Vamos a intervenir los catorce puntos donde los camiones se quedan atascados; la meta es terminar antes de que las lluvias se vuelvan diarias», dijo el gerente Panduro, que recorrió la vía con los dirigentes de los productores de plátano.

        El mantenimiento costará 1,4 millones de soles. El funcionario recordó que el mejoramiento integral, con asfalto, depende todavía de la aprobación del Ministerio de Transportes.""",
        about=False,
        note="trap: 'el gerente Panduro' of the regional government; the regional government is not us",
    ),
    S(
        "w034",
        "cronica",
        "2026-10-10T08:30:00-05:00",
        "Trescientos voluntarios sacan catorce toneladas de plástico de la orilla antes de la creciente",
        """Botellas, tecnopor, redes de pesca rotas y hasta un colchón: eso sacaron el sábado trescientos escolares, boy scouts y pescadores de los dos kilómetros de orilla que van del embarcadero La Boca hasta la desembocadura de la quebrada Cocha Verde.

        La jornada fue convocada por la subgerenta de Gestión Ambiental, Milagros Shupingahua, que calculó en catorce toneladas lo recogido en cinco horas. Los residuos reciclables se entregaron a una asociación de recicladores del barrio Belén y el resto fue llevado al botadero.

        «Si no lo sacamos ahora, la creciente se lo lleva río abajo y termina en las cochas donde pescamos», explicó Hernán Cachique Sangama, presidente de la asociación de pescadores artesanales, que aportó doce canoas.""",
        m="S",
        t="limpieza",
        tone="+",
        note="the fishermen's leader shares the regidor's given name and first surname (not him)",
    ),
    S(
        "w035",
        "cronica",
        "2026-10-12T07:20:00-05:00",
        "Cachique pide la vacancia de la teniente alcaldesa por la contratación de un sobrino; ella lo niega",
        """El regidor Hernán Cachique Rengifo presentó ante el concejo de la Municipalidad Provincial de Río Shanusi un pedido de vacancia contra la teniente alcaldesa Gladys Amasifuén Torres, a quien acusa de nepotismo por la contratación de un sobrino suyo en la oficina de Logística.

        Según el concejal, el joven ingresó en julio con un contrato de locación de servicios de 2 800 soles mensuales sin concurso. «La ley es clara: hasta el cuarto grado de consanguinidad», dijo.

        La regidora Amasifuén respondió que su sobrino fue contratado por la gerencia de Administración «sin ninguna intervención» de su parte y que presentará el acta en la que se inhibió. El pedido se verá en la sesión extraordinaria del 26 de octubre.""",
        m="R T I",
        tone="-",
        note="an accusation denied is still an accusation; nepotism is none of the five topics",
    ),
    S(
        "w036",
        "cronica",
        "2026-10-13T06:40:00-05:00",
        "Dos meses sin agua en la parte alta: Emapa culpa a la bomba y los vecinos al alcalde",
        """Las 300 familias de la parte alta de Cocha Verde llevan 62 días recibiendo agua solo por cisterna, dos veces por semana. La bomba que empuja el agua hasta el reservorio elevado se quemó en agosto y la empresa prestadora Emapa Ishanga todavía no la repone.

        Los vecinos marcharon el lunes hasta la plaza de armas con baldes vacíos y carteles contra el alcalde Ulises Tapullima. «Él es el presidente de la junta de accionistas de Emapa; no puede lavarse las manos», dijo la dirigente Carmela Tuanama.

        El burgomaestre respondió en la radio que la empresa es autónoma y que la comuna ya le transfirió 90 000 soles para la compra. La gerencia de Emapa dijo que la nueva bomba llegará de Lima en diez días.""",
        m="A",
        tone="-",
        note="a water cut blamed on the Mayor; water supply is none of the five topics",
    ),
    S(
        "w037",
        "cronica",
        "2026-10-14T23:50:00-05:00",
        "Incendio consume tres casas de madera en el barrio Belén",
        """Tres viviendas de madera y calamina del barrio Belén, a orillas de la cocha del mismo nombre, quedaron reducidas a cenizas esta noche en un incendio que, según los vecinos, empezó en una cocina a leña.

        Los bomberos de la compañía Puerto Ishanga 185 tardaron más de una hora en controlar el fuego porque el callejón de acceso es demasiado estrecho para la autobomba; trabajaron con mangueras tendidas desde la orilla. Once personas, entre ellas cuatro niños, se quedaron sin techo.

        Los damnificados pasarán la noche en el local comunal. La parroquia del barrio inició una colecta de ropa y víveres.""",
        about=False,
        note="published ten minutes before midnight Lima time; a fire with no municipal angle",
    ),
    S(
        "w038",
        "cronica",
        "2026-10-15T00:20:00-05:00",
        "Pasada la medianoche, el concejo aprueba un préstamo de 8 millones para el nuevo mercado",
        """Tras seis horas de debate, el concejo de la Municipalidad Provincial de Río Shanusi aprobó poco después de la medianoche una operación de endeudamiento de 8 millones de soles con el Banco de la Nación para construir el nuevo mercado de abastos de Puerto Ishanga.

        El préstamo se pagará en diez años con recursos del Fondo de Compensación Municipal. El alcalde Tapullima defendió que, sin deuda, la obra tardaría «una década más». El regidor Hernán Cachique votó en contra: sostuvo que el expediente técnico aún tiene observaciones sin levantar y que el municipio compromete a las próximas tres gestiones.

        El acuerdo se aprobó con nueve votos a favor y dos en contra. La licitación podría convocarse en febrero, si el ministerio da conformidad al expediente.""",
        m="I A R",
        t="obras",
        tone="0",
        note="twenty minutes past midnight Lima time; a vote with both sides given their say",
    ),
    S(
        "w039",
        "cronica",
        "2026-10-16T07:50:00-05:00",
        "El policlínico municipal atiende 1 100 consultas en su primer mes",
        """El policlínico que la Municipalidad Provincial de Río Shanusi abrió en el antiguo local del concejo, frente al mercado Tres de Mayo, atendió 1 100 consultas en sus primeras cuatro semanas, la mayoría de medicina general, odontología y control de niño sano.

        La consulta cuesta cinco soles y los análisis básicos se hacen en el mismo local. «En el centro de salud sacaba ficha a las cuatro de la mañana; aquí me atendieron en media hora», contó Rosario Vela, que llevó a su hijo con fiebre.

        La teniente alcaldesa Gladys Amasifuén dijo que en noviembre se sumarán consultorios de ginecología y de psicología. El policlínico atiende de lunes a sábado, de siete de la mañana a siete de la noche.""",
        m="I T",
        t="salud",
        tone="+",
        note="a municipal health post: salud",
    ),
    S(
        "w040",
        "cronica",
        "2026-10-17T09:00:00-05:00",
        "Fiscalía abre investigación al alcalde provincial de Huallapampa por peculado",
        """La Fiscalía Provincial Especializada en Delitos de Corrupción de Funcionarios abrió investigación preliminar contra el alcalde provincial de Huallapampa, Demetrio Saldaña Ruiz, por el presunto uso de maquinaria municipal en un fundo de su propiedad.

        La denuncia partió de un video grabado por vecinos del caserío Pampa Verde en el que se ve un cargador frontal con el logotipo de la municipalidad abriendo una trocha hacia una chacra de cacao. El alcalde sostiene que la trocha beneficia a doce familias y que la obra fue aprobada en sesión de concejo.

        La fiscalía pidió a la municipalidad el registro de horas de la maquinaria y las actas de los últimos seis meses.""",
        about=False,
        note="another province's Mayor ('el alcalde provincial'), not ours",
    ),
    S(
        "w041",
        "cronica",
        "2026-10-19T07:30:00-05:00",
        "Dengue se dispara en Tres Quebradas y el alcalde Tapullima pide brigadas a la región",
        """Tres Quebradas pasó de nueve a 71 casos de dengue en tres semanas y es ahora el distrito con más contagios de la región, según la Dirección Regional de Salud de Alto Pishqui. Dos pacientes fueron evacuados en deslizador al hospital de Pishquicocha con signos de alarma.

        El alcalde distrital, Nilo Tapullima Sinti, pidió al gobierno regional el envío urgente de brigadas de fumigación y de un médico permanente. «Tenemos un solo técnico de enfermería para seis comunidades», dijo el alcalde Tapullima en una reunión con el director regional.

        La Diresa anunció que el miércoles llegará un equipo con cuatro termonebulizadoras y que se instalará una unidad de febriles en el puesto de salud de la capital del distrito.""",
        about=False,
        note="dengue in a district inside the province and its Mayor namesake: no topic for this office",
    ),
    S(
        "w042",
        "cronica",
        "2026-10-20T08:10:00-05:00",
        "Paiche Tapullima celebra dos años de gestión con un balance de 38 obras",
        """Con una misa de acción de gracias y una feria de obras en la plaza de armas, el alcalde Paiche Tapullima celebró el domingo sus dos primeros años al frente del municipio shanusino. El balance oficial habla de 38 obras terminadas, entre pistas, puentes peatonales, losas y el Malecón Ribereño.

        «Recibimos una municipalidad con deudas y con las obras paralizadas; hoy tenemos 38 terminadas y doce en ejecución», dijo el burgomaestre ante unas dos mil personas. La ejecución de inversiones pasó de 31 % en 2024 a 51 % a setiembre de este año.

        El regidor de oposición Hernán Cachique, que no asistió a la ceremonia, dijo que la cifra «infla» el balance porque incluye mantenimientos. Aun así, reconoció que el malecón «quedó bien».""",
        m="A I R",
        t="obras",
        tone="+",
        note="the nickname alias; a mixed story whose weight is the positive balance",
    ),
    S(
        "w043",
        "cronica",
        "2026-10-21T07:00:00-05:00",
        "Operativo nocturno cierra once bares clandestinos en el barrio Belén",
        """Serenos de la comuna shanusina y agentes de la comisaría de Puerto Ishanga clausuraron el fin de semana once bares que funcionaban sin licencia en el barrio Belén, la zona de la ciudad con más denuncias por peleas y robos durante la madrugada.

        En los locales se encontraron menores de edad, cajas de cerveza sin registro sanitario y, en uno de ellos, un arma blanca escondida bajo la barra. La gerencia de Seguridad Ciudadana informó que los operativos se repetirán cada fin de semana hasta diciembre.

        Los vecinos de la cocha celebraron la medida. «Los sábados no dormíamos; a las tres de la mañana había balaceras de botellas», contó un maestro jubilado que vive frente a uno de los locales clausurados.""",
        m="I",
        t="seguridad",
        tone="+",
        note="a security operation welcomed by neighbours",
    ),
    S(
        "w044",
        "cronica",
        "2026-10-22T07:40:00-05:00",
        "Feria Regional del Paiche reúne a sesenta piscicultores en Yurapaya",
        """Un paiche de 94 kilos, criado durante tres años en una poza de la comunidad nativa de Nuevo Edén, fue la estrella de la Feria Regional del Paiche que se inauguró ayer en Yurapaya, con sesenta piscicultores de las cinco provincias de Alto Pishqui.

        La feria fue inaugurada por el gobernador regional, Aurelio Mozombite, acompañado por el alcalde distrital de Yurapaya, Benigno Vela, y por el alcalde provincial de Río Shanusi, Ulises Tapullima, que recorrió los stands de los productores de su provincia.

        Los organizadores esperan vender veinte toneladas de paiche fresco y salpreso hasta el domingo. El kilo de filete se ofrece a 28 soles, ocho menos que en el mercado de Pishquicocha.""",
        m="A",
        about=False,
        note="'paiche' is the fish; our Mayor is on a regional fair's guest list only",
    ),
    S(
        "w045",
        "cronica",
        "2026-10-23T08:00:00-05:00",
        "El compactador nuevo duró tres meses: la basura vuelve a quedarse en las esquinas",
        """El camión compactador que la comuna shanusina estrenó en julio, con bendición y banda de músicos, está parado desde hace dos semanas en el taller municipal por una falla en el sistema hidráulico. La garantía no cubre la reparación porque, según el proveedor, el vehículo se cargó por encima de su capacidad.

        Con una sola unidad operativa para toda la ciudad, el recojo en los barrios de Belén, Tahuampa y Los Aguajales pasó de diario a dos veces por semana. La subgerenta Milagros Shupingahua reconoció el problema y dijo que se alquilarán dos volquetes mientras llega el repuesto.

        En las esquinas del jirón Napo, los vecinos ya no esperan al camión: queman las bolsas por las noches.""",
        m="I S",
        t="limpieza",
        tone="-",
        note="a broken garbage truck and a failing service",
    ),
    # --- Diario Amazonía Central: regional daily, teasers in RSS, 2009 table template with reader comments ---------------
    S(
        "w046",
        "amazonia",
        "2026-09-07T06:30:00-05:00",
        "Alto Pishqui: cinco provincias en alerta por lluvias intensas hasta el jueves",
        """El Servicio Nacional de Meteorología e Hidrología emitió un aviso de nivel naranja por lluvias de moderada a fuerte intensidad en la selva de Alto Pishqui, que regirá desde hoy hasta el jueves por la noche.

        Las provincias comprendidas son Pishquicocha, Huallapampa, Sacha Yacu, Ucayalillo y Río Shanusi. Se esperan acumulados de hasta 85 milímetros por día, descargas eléctricas y ráfagas de viento cercanas a los 45 kilómetros por hora, sobre todo en las tardes.

        El Centro de Operaciones de Emergencia Regional recomendó a los transportistas fluviales no navegar de noche y a las familias ribereñas tener lista una mochila de emergencia. En la temporada pasada, las lluvias de octubre dejaron 1 200 damnificados en la región.""",
        about=False,
        note="the province in a list of places under a weather alert",
    ),
    S(
        "w047",
        "amazonia",
        "2026-09-14T07:10:00-05:00",
        "Río Shanusi convoca el estudio del relleno sanitario que la ciudad espera desde 2019",
        """La Municipalidad Provincial de Río Shanusi convocó el concurso público para elaborar el estudio definitivo del relleno sanitario de Puerto Ishanga, que reemplazaría al botadero a cielo abierto del kilómetro 7 de la carretera a Yurapaya.

        El valor referencial del estudio es de 740 000 soles y el plazo de ejecución, de 180 días. Según la subgerenta de Gestión Ambiental, Milagros Shupingahua Pezo, el terreno elegido, de once hectáreas, está a catorce kilómetros de la ciudad y lejos de cualquier fuente de agua.

        El proyecto acumula siete años de retrasos: el primer perfil se aprobó en 2019, pero el terreno inicial fue rechazado por estar en una zona inundable. La ciudad produce unas 48 toneladas diarias de residuos.""",
        m="I S",
        t="limpieza",
        tone="0",
        note="a procurement step told plainly, with the history of delays as context",
    ),
    S(
        "w048",
        "amazonia",
        "2026-09-21T08:00:00-05:00",
        "Vacunan a 5 800 perros contra la rabia en Puerto Ishanga en un solo fin de semana",
        """Con 26 puntos fijos y cuatro brigadas casa por casa, la campaña de vacunación antirrábica canina de Puerto Ishanga inmunizó a 5 800 perros entre el sábado y el domingo, el 82 % de la población canina estimada de la ciudad.

        La jornada fue organizada por la Red de Salud y por la comisión de salud del concejo provincial, que preside la teniente alcaldesa Gladys Amasifuén Torres. La municipalidad puso los toldos, el transporte de las brigadas y los cooleres para mantener la cadena de frío.

        «En el barrio Belén hubo cola desde las siete de la mañana», contó la regidora Amasifuén. Este año no se ha reportado ningún caso de rabia en la provincia, pero en julio se confirmó uno en un murciélago hematófago en la cuenca alta.""",
        m="T",
        t="salud",
        tone="+",
        note="a health campaign; 'la municipalidad' alone is not the institution",
    ),
    S(
        "w049",
        "amazonia",
        "2026-09-27T09:30:00-05:00",
        "Regidor Cachique denuncia que el alcalde de Yurapaya usa la ambulancia municipal para su campaña",
        """El regidor distrital de Yurapaya Teófilo Cachique Mori denunció que la ambulancia fluvial de esa municipalidad distrital fue usada el fin de semana para trasladar a simpatizantes del alcalde Benigno Vela Ahuanari a un mitin en la comunidad de Santa Clara.

        El regidor Cachique mostró fotografías en las que se ve el deslizador con la cruz roja en el casco y una banderola del movimiento regional del alcalde. «Mientras tanto, una gestante de Nuevo Edén tuvo que ir al puesto de salud en una canoa a remo», dijo.

        El alcalde Vela negó la denuncia y afirmó que la embarcación transportaba vacunas y que las personas a bordo eran promotores de salud.""",
        about=False,
        note="trap: 'el regidor Cachique' of a district council inside the province",
    ),
    S(
        "w050",
        "amazonia",
        "2026-10-04T07:25:00-05:00",
        "Serenazgo shanusino se queda sin combustible y sus camionetas duermen en la cochera",
        """Las dos camionetas y cuatro de las seis motocicletas del serenazgo de Puerto Ishanga no salieron a patrullar el fin de semana por falta de combustible. El contrato con el grifo proveedor venció el 30 de setiembre y la nueva orden de compra no se había emitido.

        El gerente municipal de Río Shanusi, Édgar Panduro Reátegui, atribuyó el problema a «un retraso administrativo en el área de Logística» y aseguró que el lunes se regularizó la compra. Los serenos hicieron rondas a pie solo en el centro.

        Entre el viernes y el domingo, la comisaría registró siete robos en los barrios periféricos, donde normalmente patrullan las motos. «Llamamos a la central y nos dijeron que no tenían unidad disponible», contó una vecina de Los Aguajales.""",
        m="G",
        t="seguridad",
        tone="-",
        note="'serenazgo shanusino' and 'el serenazgo de Puerto Ishanga' do not name the institution; the gerente with title plus place is him",
    ),
    S(
        "w051",
        "amazonia",
        "2026-10-11T06:50:00-05:00",
        "Expoamazonía 2026 abre con cuarenta municipios y 300 expositores en Pishquicocha",
        """La feria Expoamazonía 2026 abrió ayer sus puertas en el campo ferial de Pishquicocha con trescientos expositores de cacao, café, artesanía, plantas medicinales y productos hidrobiológicos, y con los stands de cuarenta municipalidades de la región y de regiones vecinas.

        Entre las instituciones participantes figuran las municipalidades provinciales de Huallapampa, Sacha Yacu, Ucayalillo y Río Shanusi, la Cámara de Comercio de Alto Pishqui y tres universidades. El Gobierno Regional espera un movimiento económico de cuatro millones de soles.

        La feria estará abierta hasta el domingo 18, de diez de la mañana a diez de la noche. La entrada general cuesta tres soles y los menores de doce años no pagan.""",
        m="I",
        about=False,
        note="our municipality in a regional fair's list of exhibitors ('municipalidades provinciales de ... Río Shanusi')",
    ),
    S(
        "w052",
        "amazonia",
        "2026-10-18T07:40:00-05:00",
        "Tapullima: «El MEF recorta transferencias y luego nos pide que ejecutemos más»",
        """El alcalde provincial de Río Shanusi, Ulises Tapullima Vásquez, criticó la reducción de 14 % en las transferencias del Fondo de Compensación Municipal para el último trimestre, anunciada por el Ministerio de Economía y Finanzas la semana pasada.

        «Nos recortan las transferencias y luego nos ponen en un ranking para decir que ejecutamos poco», dijo en Pishquicocha, durante la asamblea de la asociación de municipalidades de la región. Según sus cálculos, la provincia dejará de recibir 1,1 millones de soles hasta diciembre.

        Los alcaldes presentes acordaron enviar una carta al premier para pedir que el recorte se compense en el primer trimestre de 2027.""",
        m="A",
        tone="0",
        note="the Mayor criticising the national government: neutral toward us; no topic of the five",
    ),
    S(
        "w053",
        "amazonia",
        "2026-10-27T08:15:00-05:00",
        "Concejo rechaza la vacancia de la teniente alcaldesa Amasifuén por nueve votos a dos",
        """El concejo de la Municipalidad Provincial de Río Shanusi rechazó anoche, por nueve votos contra dos, el pedido de vacancia que el regidor Hernán Cachique Rengifo había presentado contra la teniente alcaldesa Gladys Amasifuén Torres por la contratación de un sobrino suyo.

        La defensa de la regidora presentó el acta en la que se inhibió de intervenir en la contratación y un informe de la gerencia de Administración que atribuye la decisión al jefe de Logística. El regidor Cachique sostuvo que la norma sanciona el nepotismo «por omisión» y anunció que apelará ante el Jurado Nacional de Elecciones.

        La sesión duró cuatro horas y se realizó con barras de ambos lados en la puerta del local municipal.""",
        m="I T R",
        tone="0",
        note="the outcome of an accusation, both sides given: neutral",
    ),
    S(
        "w054",
        "amazonia",
        "2026-11-02T07:00:00-05:00",
        "Embarcadero La Boca, paralizado: el contratista se retira por falta de pago",
        """La obra de mejoramiento del embarcadero La Boca, el principal puerto de pasajeros de Puerto Ishanga, está paralizada desde hace tres semanas. El consorcio contratista retiró a sus cuarenta obreros y la grúa alegando que la Municipalidad Provincial de Río Shanusi le debe dos valorizaciones por 1,3 millones de soles.

        Los pasajeros siguen subiendo a las lanchas por una rampa de tablones provisional que, con las lluvias, se vuelve resbalosa. La semana pasada una señora cayó al agua con su carga de plátanos y fue rescatada por los estibadores.

        La municipalidad sostiene que las valorizaciones tienen observaciones del supervisor y que no pagará hasta que se levanten. El plazo de la obra vence en diciembre con un avance físico de 46 %.""",
        m="I",
        t="obras",
        tone="-",
        note="paralysed works",
    ),
    S(
        "w055",
        "amazonia",
        "2026-11-09T06:40:00-05:00",
        "Dengue: Alto Pishqui supera los 2 300 casos y Sacha Yacu encabeza la lista",
        """La región Alto Pishqui acumula 2 318 casos de dengue en lo que va del año y cuatro fallecidos, según la sala situacional de la Dirección Regional de Salud actualizada al viernes. Sacha Yacu es la provincia con la mayor tasa de incidencia, seguida de Ucayalillo y de Río Shanusi.

        La Diresa informó que en las últimas dos semanas los casos crecieron 18 %, impulsados por las lluvias. En la Red de Salud Río Shanusi, la mayoría de los nuevos contagios corresponde a los distritos de Tres Quebradas y Yurapaya.

        La autoridad sanitaria recomendó tapar los depósitos de agua, usar repelente y acudir al establecimiento de salud ante fiebre, dolor de cabeza y dolor detrás de los ojos.""",
        about=False,
        note="the province as a place in regional health figures; the Red de Salud Río Shanusi is not us",
    ),
    S(
        "w056",
        "amazonia",
        "2026-11-16T07:20:00-05:00",
        "Shupingahua: «El relleno sanitario no estará antes de 2028, y lo digo con franqueza»",
        """La subgerenta de Gestión Ambiental de la Municipalidad Provincial de Río Shanusi, Milagros Shupingahua Pezo, dijo que el relleno sanitario de Puerto Ishanga no podrá funcionar antes de 2028, aun si el estudio definitivo se adjudica este año.

        «Después del estudio viene la certificación ambiental, la licitación de la obra y un año de construcción. Prefiero decirlo con franqueza antes que prometer fechas que no se van a cumplir», explicó en una entrevista con este diario.

        Mientras tanto, la subgerencia cubrirá con tierra las zonas ya colmatadas del botadero y cercará el perímetro para impedir el ingreso de cerdos y de recicladores informales. La ciudad genera unas 48 toneladas de residuos por día.""",
        m="I S",
        t="limpieza",
        tone="0",
        note="an official's frank timetable, neither praise nor failure",
    ),
    S(
        "w057",
        "amazonia",
        "2026-11-23T08:05:00-05:00",
        "Cachique lanza su candidatura: «La gestión del Paiche ha sido un fracaso de maqueta en maqueta»",
        """El regidor Hernán Cachique Rengifo anunció el sábado que postulará a la alcaldía de la provincia en las elecciones municipales de 2028 por el movimiento regional Fuerza Ribereña, del que es fundador.

        En su discurso de lanzamiento, en el local de la federación de mototaxistas, el concejal arremetió contra el alcalde Ulises Tapullima: «La gestión del Paiche ha sido un fracaso de maqueta en maqueta; ni mercado, ni relleno sanitario, ni hospital». Prometió auditar todas las obras de los últimos cuatro años.

        Desde el entorno del alcalde respondieron que el regidor «tuvo dos años para proponer y solo se dedicó a denunciar».""",
        m="R A",
        tone="-",
        note="the nickname is plainly him here; a broad attack on the administration, no single topic",
    ),
    S(
        "w058",
        "amazonia",
        "2026-09-10T10:00:00-05:00",
        "Pescadores del bajo Shanusi denuncian pesca con dinamita en las cochas",
        """La asociación de pescadores artesanales del bajo Shanusi denunció ante la Fiscalía Ambiental que en las cochas de Yanayacu y Sacha Cocha se está pescando con explosivos desde hace un mes. Los dirigentes encontraron cientos de peces muertos flotando, entre ellos alevinos de gamitana y de paiche.

        «Así matan todo: el pez grande y el chiquito; el próximo año no vamos a tener qué pescar», dijo Hernán Cachique Sangama, presidente de la asociación, que entregó a la fiscalía fotografías y la descripción de dos embarcaciones.

        La Dirección Regional de la Producción anunció patrullajes conjuntos con la Capitanía de Puerto a partir de la próxima semana.""",
        about=False,
        note="namesake: the fishermen's leader Hernán Cachique Sangama; the river, not the institution",
    ),
    S(
        "w059",
        "amazonia",
        "2026-09-17T07:55:00-05:00",
        "Convenio con la universidad permitirá catastrar 9 000 predios de Puerto Ishanga",
        """La Municipalidad Provincial de Río Shanusi y la Universidad Nacional de Alto Pishqui firmaron un convenio para levantar el catastro urbano de Puerto Ishanga, desactualizado desde 2008. Estudiantes de Ingeniería Civil y de Geografía medirán 9 000 predios con drones y estaciones totales.

        El objetivo, según la oficina de Administración Tributaria, es que cada predio pague el impuesto predial y los arbitrios que corresponden a su área y a su uso reales. Hoy, cientos de casas de tres pisos figuran en el padrón como terrenos sin construir.

        El levantamiento empezará en noviembre en los barrios del centro y durará ocho meses. La municipalidad aportará 210 000 soles para la logística y los seguros de los estudiantes.""",
        m="I",
        t="tributos",
        tone="0",
        note="a cadastre to update the predial: tributos, told plainly",
    ),
    S(
        "w060",
        "amazonia",
        "2026-09-24T06:45:00-05:00",
        "El burgomaestre de Ucayalillo inaugura el primer mercado con cámaras de frío de la región",
        """El alcalde provincial de Ucayalillo, Arquímedes Pizango Vela, inauguró el nuevo mercado central de esa ciudad, con 180 puestos, dos cámaras de frío para pescado y un área de comidas con vista al río.

        La obra costó 16 millones de soles, financiados por el programa nacional de mercados, y es la primera de su tipo en Alto Pishqui. «El pescado ya no se va a malograr antes de que llegue a la mesa», dijo el burgomaestre en la ceremonia.

        Los comerciantes, que durante tres años vendieron en un mercado temporal de calamina, se trasladarán al nuevo local a partir del lunes, por secciones.""",
        about=False,
        note="another province's Mayor ('el burgomaestre'); a market that is not ours",
    ),
    S(
        "w061",
        "amazonia",
        "2026-10-01T07:35:00-05:00",
        "Sesenta serenos de Puerto Ishanga aprenden intervención y primeros auxilios con la PNP",
        """Sesenta serenos de Puerto Ishanga terminaron un curso de tres semanas dictado por instructores de la Escuela de Suboficiales de la Policía Nacional, con módulos de intervención no violenta, uso de la vara de goma, primeros auxilios y rescate acuático.

        «Antes el sereno solo miraba y llamaba a la Policía; ahora sabe cómo actuar en los primeros minutos», dijo el gerente Édgar Panduro, que entregó los certificados junto al comisario de la ciudad.

        El rescate acuático fue el módulo más pedido: en los últimos dos años, tres personas se ahogaron en la orilla del malecón durante las fiestas de fin de año. El serenazgo provincial cuenta con 84 efectivos para una ciudad de 41 000 habitantes.""",
        m="G",
        t="seguridad",
        tone="+",
        note="'el gerente Panduro' is ours here; the institution is not named ('serenazgo provincial')",
    ),
    S(
        "w062",
        "amazonia",
        "2026-10-08T07:15:00-05:00",
        "Vivienda transfiere 12 millones para el desagüe del barrio Belén",
        """El Ministerio de Vivienda, Construcción y Saneamiento transfirió 12,4 millones de soles a la Municipalidad Provincial de Río Shanusi para ejecutar el sistema de alcantarillado del barrio Belén, donde 1 100 familias usan silos o vierten sus aguas servidas directamente a la cocha.

        El alcalde Ulises Tapullima agradeció la transferencia y dijo que la licitación se convocará en noviembre. «Es la obra más importante para la salud de la ciudad; Belén vive literalmente sobre su desagüe», afirmó.

        El proyecto incluye 8,6 kilómetros de redes, una estación de bombeo y una planta de tratamiento de aguas residuales. El plazo de ejecución es de catorce meses.""",
        m="I A",
        t="obras",
        tone="+",
        note="money secured for sewage works: obras, positive; 'salud' is only a word in a quote",
    ),
    S(
        "w063",
        "amazonia",
        "2026-10-15T06:55:00-05:00",
        "Burgomaestra de Santa Lucía del Shanusi: «La provincia nos prometió la trocha y no ha movido ni una piedra»",
        """La alcaldesa distrital de Santa Lucía del Shanusi, Rosaura Ushiñahua Pinchi, acusó al alcalde provincial de Río Shanusi, Ulises Tapullima, de incumplir el convenio firmado en 2025 para abrir la trocha carrozable de 19 kilómetros que uniría su distrito con Puerto Ishanga.

        «Firmamos el convenio en la plaza, con banda y todo; la provincia se comprometió a poner la maquinaria y no ha movido ni una piedra», dijo la burgomaestra. Según el documento, la obra debía empezar en la vaciante de este año.

        Los productores de plátano de Santa Lucía siguen sacando su cosecha por río, en un viaje de cinco horas que encarece el flete en casi el doble.""",
        m="A",
        t="obras",
        tone="-",
        note="a district mayoress accuses our Mayor of a broken road agreement: about us, negative",
    ),
    S(
        "w064",
        "amazonia",
        "2026-10-22T09:10:00-05:00",
        "Veda del paiche dispara su precio en los mercados de la región",
        """Desde que empezó la veda del paiche, el 1 de octubre, el kilo de filete fresco subió de 24 a 35 soles en los mercados de Pishquicocha y de Puerto Ishanga, y el salpreso escasea en los puestos.

        La veda, que dura hasta el 28 de febrero, prohíbe la captura, el transporte y la venta de paiche silvestre durante su época reproductiva. Solo se puede vender el de piscigranjas autorizadas, con guía de origen.

        La Dirección Regional de la Producción decomisó la semana pasada 300 kilos de paiche sin documentos en una lancha procedente de Tres Quebradas.""",
        about=False,
        note="the fish that gives the Mayor his nickname; no municipal angle",
    ),
    S(
        "w065",
        "amazonia",
        "2026-10-29T07:45:00-05:00",
        "La MPRS recauda 23 % más por predial que el año pasado",
        """La recaudación del impuesto predial de la MPRS llegó a 2,9 millones de soles al cierre de octubre, 23 % más que en el mismo periodo de 2025, según el reporte de la oficina de Administración Tributaria presentado al concejo.

        El aumento se explica por la campaña de amnistía de setiembre, que recuperó 640 000 soles de deudas antiguas, y por el pago en línea, que ya usa uno de cada cuatro contribuyentes. La morosidad bajó de 58 % a 44 %.

        El concejo acordó destinar el excedente a la reposición de veredas en el centro de la ciudad.""",
        m="I",
        t="tributos",
        tone="+",
        note="the short name MPRS; a collection outcome",
    ),
    S(
        "w066",
        "amazonia",
        "2026-11-05T08:30:00-05:00",
        "Mozombite responde a Tapullima: «Que primero arregle sus pistas antes de pedir carreteras»",
        """El gobernador regional de Alto Pishqui, Aurelio Mozombite Rengifo, respondió a las críticas del alcalde provincial de Río Shanusi, Ulises Tapullima, sobre el estado de la carretera a Yurapaya, y le recordó que la mitad de las calles de Puerto Ishanga siguen sin asfaltar.

        «El alcalde shanusino tiene dos años pidiendo carreteras; que primero arregle las pistas de su ciudad, que parecen de la época del caucho», dijo el gobernador en Pishquicocha. Añadió que la región ya invirtió 1,4 millones en el mantenimiento de la vía.

        La alcaldía no respondió. El cruce de declaraciones ocurre cuando ambos ya se perfilan para las elecciones de 2028.""",
        m="A",
        t="obras",
        tone="-",
        note="the regional governor attacks our Mayor's streets: about us, negative",
    ),
    S(
        "w067",
        "amazonia",
        "2026-11-12T07:30:00-05:00",
        "Cuarenta colegios de Puerto Ishanga separarán sus residuos desde marzo",
        """Cuarenta instituciones educativas de Puerto Ishanga firmaron con la subgerencia de Gestión Ambiental un compromiso para separar en la fuente sus residuos a partir del próximo año escolar. Cada colegio recibirá tachos de colores y un cuaderno de registro.

        La subgerenta Milagros Shupingahua dijo que los materiales reciclables serán recogidos una vez por semana por una asociación de recicladores formalizada y que el dinero obtenido volverá a los colegios para sus brigadas ambientales.

        En el piloto de este año, en cinco colegios, se recuperaron 3,2 toneladas de plástico, cartón y vidrio.""",
        m="S",
        t="limpieza",
        tone="+",
        note="a recycling programme in schools",
    ),
    S(
        "w068",
        "amazonia",
        "2026-11-19T06:50:00-05:00",
        "Río Shanusi y Huallapampa llevan a la PCM su disputa por el límite en la quebrada Yanayacu",
        """La Municipalidad Provincial de Río Shanusi y la Municipalidad Provincial de Huallapampa presentaron ante la Secretaría de Demarcación de la Presidencia del Consejo de Ministros sus argumentos sobre el límite entre ambas provincias en la quebrada Yanayacu, donde viven unas 600 familias.

        Los caseríos de la zona votan en Huallapampa pero reciben los servicios de Puerto Ishanga, que está a la mitad de distancia. El alcalde Ulises Tapullima llevó un padrón con 400 firmas de pobladores que piden pertenecer a su provincia.

        La PCM programó una consulta poblacional para el primer semestre de 2027.""",
        m="I A",
        tone="0",
        note="a boundary dispute reported evenly; no topic of the five",
    ),
    # --- Radio Ishanga 101.3 FM: news transcripts in the RSS description, many with date-only values --------------------
    S(
        "w069",
        "rishanga",
        "2026-09-09",
        "Jirón Napo tendrá pista rígida antes de fin de año, anuncia el alcalde en cabina",
        """Amigos de Radio Ishanga, esta mañana estuvo en nuestra cabina el alcalde provincial Ulises Tapullima Vásquez y nos trajo una noticia que los vecinos del jirón Napo esperaban hace más de una década: la pavimentación de sus siete cuadras empieza el 1 de octubre.

        Según explicó el burgomaestre, la obra tiene un presupuesto de 2,6 millones de soles, incluye veredas, cunetas para las lluvias y rampas para personas con discapacidad, y se hará por administración directa, con la maquinaria del municipio. «En noventa días calendario queremos entregarla», dijo.

        Al terminar la entrevista nos llamó la señora Nieves Yumbato, del jirón Napo cuadra cinco: «Gracias a Dios, por fin; aquí en invierno el barro nos llegaba a la rodilla». Seguiremos informando.""",
        m="A",
        t="obras",
        tone="+",
        note="radio transcript; a date-only pubDate",
    ),
    S(
        "w070",
        "rishanga",
        "2026-09-12",
        "Oyentes denuncian cerros de basura en la bajada al puerto",
        """Nuestra línea abierta se llenó esta mañana de llamadas de vecinos de la bajada al puerto, en el cruce de los jirones Comercio y Marañón. Dicen que desde hace una semana la basura se amontona junto a la escalera por donde bajan todos los pasajeros de las lanchas.

        «Es lo primero que ve el turista cuando llega a Puerto Ishanga: moscas, gallinazos y un olor que no se aguanta», nos dijo don Aurelio Manihuari, que vende refrescos en la escalinata. Otra oyente contó que su hija se resbaló con los restos de pescado.

        Tratamos de comunicarnos con la comuna shanusina durante toda la mañana, pero nadie contestó el teléfono de la subgerencia. Si hay respuesta, la daremos en el noticiero del mediodía.""",
        m="I",
        t="limpieza",
        tone="-",
        note="listeners' complaints; date-only value",
    ),
    S(
        "w071",
        "rishanga",
        "2026-09-16T12:00:00-05:00",
        "Copa Río Shanusi de canotaje reúne a 80 remeros de cuatro regiones",
        """Ochenta remeros de Alto Pishqui, Loreto, Ucayali y San Martín compiten este fin de semana en la Copa Río Shanusi de canotaje, que se corre en el tramo de tres kilómetros entre la quebrada Shimbillo y el Malecón Ribereño.

        La competencia la organizan el Instituto Regional del Deporte y el club de remo Los Bufeos, que cumple veinte años. Habrá categorías de canoa tradicional, kayak y una prueba especial de balsas de topa para escolares.

        El presidente del club, Sixto Tananta, pidió a los dueños de deslizadores no navegar por la zona de competencia el sábado y el domingo entre las ocho y las doce del día.""",
        about=False,
        note="a race named after the river; organised by others",
    ),
    S(
        "w072",
        "rishanga",
        "2026-09-19",
        "Regidor Cachique denuncia cobro doble de sisa en el mercado Tres de Mayo",
        """En nuestro programa La Hora del Vecino, el regidor de oposición Hernán Cachique Rengifo denunció que los cobradores de la sisa del mercado Tres de Mayo están cobrando dos veces por día a los ambulantes de la vereda, una en la mañana y otra en la tarde, sin entregarles boleto en el segundo cobro.

        «Son dos soles más por día a gente que vende cebolla china y culantro; eso en un mes es plata que nadie sabe a dónde va», dijo el concejal, que mostró al aire tres boletos con la misma fecha. Pidió a la Municipalidad Provincial de Río Shanusi una auditoría de la recaudación del mercado.

        La oficina de Administración Tributaria nos dijo por teléfono que investigará a los cobradores y que el único cobro autorizado es el de la mañana.""",
        m="R I",
        t="tributos",
        tone="-",
        note="an accusation about the market fee (sisa): tributos, negative",
    ),
    S(
        "w073",
        "rishanga",
        "2026-09-26",
        "Emapa Ishanga cortará el agua el martes en el centro de la ciudad",
        """Atención, vecinos del centro: la empresa prestadora Emapa Ishanga suspenderá el servicio de agua potable el martes, desde las ocho de la mañana hasta las seis de la tarde, para cambiar una válvula en la matriz de la avenida Amazonas.

        El corte afectará a los jirones Comercio, Progreso, Ucayali, Napo y Lima, y a la zona del mercado Modelo. La empresa recomendó almacenar agua desde el lunes por la noche y mantener los caños cerrados para evitar aniegos cuando vuelva el servicio.

        Para emergencias, Emapa tendrá una cisterna en la plaza de armas durante todo el día.""",
        about=False,
        note="a utility notice with no municipal actor named",
    ),
    S(
        "w074",
        "rishanga",
        "2026-10-03T09:40:00-05:00",
        "Despistaje gratuito de diabetes e hipertensión en la plaza de armas este sábado",
        """La teniente alcaldesa Gladys Amasifuén Torres nos visitó para invitar a la población a la campaña gratuita de despistaje de diabetes, hipertensión y cáncer de cuello uterino que se hará este sábado en la plaza de armas, de siete de la mañana a dos de la tarde.

        La regidora explicó que el año pasado, en una jornada similar, se detectaron 140 personas con la presión alta que no sabían que la tenían. «Muchos llegan al centro de salud cuando ya tienen una complicación; aquí se pueden medir en cinco minutos», dijo.

        Habrá también consultas de nutrición y de odontología para niños. Se recomienda llegar en ayunas para la prueba de glucosa.""",
        m="T",
        t="salud",
        tone="+",
        note="a free municipal health campaign",
    ),
    S(
        "w075",
        "rishanga",
        "2026-10-06",
        "El alcalde responde a los oyentes: la basura, las rondas y el agua de Cocha Verde",
        """Durante una hora, el alcalde Ulises Tapullima respondió en vivo las preguntas de los oyentes de Radio Ishanga. La mayoría de las llamadas fueron sobre el recojo de basura en los barrios periféricos y sobre las rondas del serenazgo en las noches.

        Sobre la basura, el burgomaestre admitió que el servicio «no está al nivel que la ciudad merece» mientras se repara el compactador, y prometió dos volquetes alquilados desde la próxima semana. Sobre la seguridad, anunció que las rondas mixtas con la Policía llegarán a Los Aguajales y Belén en noviembre.

        Al cierre, una oyente de Cocha Verde le reclamó por el agua. El alcalde respondió que es un asunto de Emapa, pero que pedirá a la empresa un cronograma de cisternas.""",
        m="A",
        t="limpieza seguridad",
        tone="0",
        note="a call-in programme on two services, with an admission and promises: neutral",
    ),
    S(
        "w076",
        "rishanga",
        "2026-10-09T07:30:00-05:00",
        "Roban la corona de la Virgen de la iglesia matriz",
        """Consternación en la parroquia Santa Rosa de Puerto Ishanga: la madrugada de hoy desconocidos forzaron la puerta de la sacristía y se llevaron la corona de plata de la Virgen de la Purísima, además de dos candelabros y la alcancía de las limosnas.

        El párroco, padre Emilio Garate, dijo que la corona fue donada por los pescadores en 1958 y que su valor es sobre todo sentimental. La Policía revisa las cámaras de una tienda vecina.

        La hermandad pide a quien tenga información que se comunique con la parroquia o con la comisaría. La procesión del 8 de diciembre, dijeron, saldrá igual, «con corona o sin corona».""",
        about=False,
        note="a robbery at the parish with no municipal angle",
    ),
    S(
        "w077",
        "rishanga",
        "2026-10-13",
        "Gerente Panduro: «Las catorce cámaras ya están grabando»",
        """Las catorce cámaras de videovigilancia que la Municipalidad Provincial de Río Shanusi instaló en el centro y en la zona del puerto ya están conectadas a la central de monitoreo, confirmó a nuestra emisora el gerente municipal Édgar Panduro Reátegui.

        Panduro explicó que la central funciona las 24 horas con tres operadores por turno y que las imágenes se comparten en tiempo real con la comisaría. «En la primera semana ya ayudamos a identificar a dos arrebatadores en el jirón Progreso», dijo.

        La inversión fue de 890 000 soles. La segunda etapa, con diez cámaras más para Belén y Tahuampa, está en el presupuesto del próximo año.""",
        m="I G",
        t="seguridad",
        tone="+",
        note="security cameras delivered, with a first result",
    ),
    S(
        "w078",
        "rishanga",
        "2026-10-16T13:10:00-05:00",
        "Shimbillo sigue esperando su puente: la obra no arranca por la denuncia ante el OCI",
        """Los moradores del caserío Shimbillo llamaron a nuestra emisora para quejarse de que el puente vehicular prometido para octubre no tiene ni un obrero. La buena pro se otorgó en agosto, pero el contrato no se firmó mientras el Órgano de Control revisa la denuncia presentada por un regidor.

        «Cada día que pasa sacamos el cacao en canoa y perdemos plata; ya nadie nos dice nada», reclamó Eusebio Sinarahua, presidente de la asociación de productores. En vaciante, los camiones no pueden cruzar la quebrada y el producto se queda en las chacras.

        Un funcionario de la Municipalidad de Río Shanusi nos dijo que la firma del contrato depende del pronunciamiento del OCI y que no hay fecha.""",
        m="I",
        t="obras",
        tone="-",
        note="a delayed bridge; 'un regidor' unnamed is not a mention",
    ),
    S(
        "w079",
        "rishanga",
        "2026-10-20",
        "Desde Tres Quebradas, el alcalde Tapullima pide un médico permanente para su distrito",
        """Conversamos por teléfono con el alcalde distrital de Tres Quebradas, Nilo Tapullima Sinti, que está en Pishquicocha gestionando ayuda por el brote de dengue que afecta a su distrito.

        «Tenemos 71 casos y un solo técnico de enfermería; necesitamos un médico permanente y un deslizador ambulancia», nos dijo el alcalde Tapullima, que se reunió con el director regional de salud. Según contó, la Diresa le prometió enviar a un médico serumista en noviembre.

        El burgomaestre distrital pidió también a los comerciantes de Puerto Ishanga que no suban el precio del repelente. «Aquí la gente no tiene para comprarlo a quince soles», afirmó.""",
        about=False,
        note="namesake district Mayor ('el alcalde Tapullima', 'el burgomaestre distrital')",
    ),
    S(
        "w080",
        "rishanga",
        "2026-10-23T10:15:00-05:00",
        "Feria de salud municipal llega a Lupuna Caño con médicos, dentistas y vacunas",
        """Por primera vez, una feria de salud de la Municipalidad Provincial de Río Shanusi llegó hasta el caserío Lupuna Caño, a una hora y media de la ciudad en peque peque. Médicos, enfermeras y dentistas atendieron a 310 personas en el local comunal.

        La teniente alcaldesa Gladys Amasifuén, que acompañó a la brigada, contó que se aplicaron 180 vacunas, se hicieron 90 tamizajes de anemia y se extrajeron 64 piezas dentales. «Muchos abuelitos nunca se habían medido la presión», dijo.

        La feria seguirá recorriendo los caseríos ribereños del distrito capital un sábado al mes hasta diciembre.""",
        m="I T",
        t="salud",
        tone="+",
        note="a municipal health fair in a hamlet",
    ),
    S(
        "w081",
        "rishanga",
        "2026-10-27",
        "Multas de hasta 550 soles para quienes saquen la basura fuera de horario",
        """Desde el 1 de noviembre, quien saque su basura a la calle fuera del horario del camión recolector podrá ser multado con hasta el 10 % de una UIT, es decir, unos 550 soles. Así lo establece la ordenanza aprobada por el concejo y explicada hoy en nuestra cabina por la subgerenta de Gestión Ambiental, Milagros Shupingahua Pezo.

        La funcionaria aclaró que durante el primer mes solo se harán notificaciones preventivas y que los horarios por barrio se publicarán en los paraderos y en las redes de la municipalidad. «La idea no es recaudar, es que la basura no se quede en la esquina toda la noche», dijo.

        Los fiscalizadores trabajarán de noche con apoyo del serenazgo.""",
        m="S",
        t="limpieza",
        tone="0",
        note="a new fine for garbage out of hours, explained neutrally",
    ),
    S(
        "w082",
        "rishanga",
        "2026-10-30T19:30:00-05:00",
        "La Sirenita del Shanusi canta mañana en Tahuampa por el Día de la Canción Criolla",
        """Mañana es la gran noche en el barrio Tahuampa: por el Día de la Canción Criolla, la juventud del barrio presenta en la losa deportiva a Milagros Shupingahua, «la Sirenita del Shanusi», acompañada por el conjunto Los Hermanos Tuanama.

        La cantante nos adelantó por teléfono que estrenará un vals amazónico dedicado a su madre, pescadora de Nuevo Mishqui. «Lo criollo también es de la selva», nos dijo entre risas.

        La entrada cuesta cinco soles y lo recaudado será para el techado de la capilla del barrio. El show empieza a las nueve de la noche.""",
        about=False,
        note="namesake singer",
    ),
    S(
        "w083",
        "rishanga",
        "2026-11-03",
        "Comerciantes del Tres de Mayo rechazan que la sisa suba de uno a tres soles",
        """Unos doscientos comerciantes del mercado Tres de Mayo se reunieron anoche en asamblea y rechazaron la propuesta de la Municipalidad Provincial de Río Shanusi de subir la sisa diaria de uno a tres soles a partir de enero.

        «Triplicar el cobro cuando el mercado no tiene agua en los baños y el techo gotea es una burla», dijo la presidenta de la asociación, Luzmila Pacaya. Los comerciantes acordaron marchar al municipio el jueves si la propuesta no se retira.

        La oficina de Administración Tributaria sostiene que la sisa no se actualiza desde 2011 y que no alcanza ni para pagar la limpieza del mercado.""",
        m="I",
        t="tributos",
        tone="-",
        note="a proposed fee rise rejected by vendors",
    ),
    S(
        "w084",
        "rishanga",
        "2026-11-06T06:50:00-05:00",
        "Deslizador choca contra una palizada: dos heridos entre Yurapaya y Puerto Ishanga",
        """Un deslizador de la empresa Rápido Shanusi chocó anoche contra una palizada a la altura de la comunidad de Santa Clara, cuando cubría la ruta entre Yurapaya y Puerto Ishanga con once pasajeros. Dos personas resultaron heridas y fueron trasladadas al centro de salud de la ciudad.

        Según la Capitanía de Puerto, la embarcación viajaba de noche pese a la prohibición vigente por la creciente. El motorista fue detenido para las investigaciones.

        Los demás pasajeros fueron rescatados por pescadores de la zona, que los llevaron a la orilla en sus canoas.""",
        about=False,
        note="a river accident; a company named after the river",
    ),
    S(
        "w085",
        "rishanga",
        "2026-11-10",
        "Cachique pide al alcalde que rinda cuentas por sus seis viajes a Lima",
        """El regidor Hernán Cachique presentó un pedido formal para que el alcalde Ulises Tapullima informe al concejo sobre los seis viajes a Lima que realizó este año, con viáticos que, según el concejal, suman 38 000 soles.

        «No digo que no viaje; digo que nos muestre qué trajo de cada viaje, porque el hospital sigue siendo un anuncio», dijo el regidor en nuestra cabina. Cachique pidió también la lista de las personas que acompañaron al alcalde.

        La oficina de Imagen Institucional respondió que todos los viajes fueron aprobados en sesión de concejo y que los resultados se publicarán en el portal de transparencia.""",
        m="R A",
        tone="-",
        note="a demand for accountability over travel expenses: negative, no topic",
    ),
    S(
        "w086",
        "rishanga",
        "2026-11-13T11:20:00-05:00",
        "Municipio shanusino entrega 2 400 mochilas escolares en los caseríos ribereños",
        """Un deslizador cargado de mochilas recorrió esta semana once caseríos ribereños del distrito capital. El municipio shanusino entregó 2 400 kits escolares con cuadernos, lápices, colores y una botella para el agua a los niños de inicial y primaria.

        «Muchos papás tienen que vender su cosecha de plátano para comprar útiles; esto les alivia el bolsillo», nos dijo la directora de la escuela de San Juan de Chambira, Teresa Isuiza.

        Los kits costaron 170 000 soles y fueron comprados a microempresas de confección de la ciudad.""",
        m="I",
        tone="+",
        note="a social programme: none of the five topics",
    ),
    S(
        "w087",
        "rishanga",
        "2026-11-17",
        "Serenos rescatan a un niño que cayó al río frente al malecón",
        """Dos serenos de la Municipalidad Provincial de Río Shanusi rescataron anoche a un niño de siete años que cayó al río mientras jugaba en la baranda del Malecón Ribereño. La corriente lo arrastraba hacia el embarcadero cuando los agentes se lanzaron al agua.

        Los serenos Jhony Ramírez y Wilder Chanchari, que hace un mes terminaron el curso de rescate acuático, sacaron al menor consciente y lo llevaron al centro de salud, donde quedó en observación.

        La madre del niño llamó a nuestra emisora esta mañana para agradecer. «Si no fuera por ellos, no sé qué hubiera pasado», dijo entre lágrimas.""",
        m="I",
        t="seguridad",
        tone="+",
        note="municipal serenos save a child: seguridad",
    ),
    S(
        "w088",
        "rishanga",
        "2026-11-20T07:05:00-05:00",
        "Agricultores de Yurapaya bloquean la carretera y exigen el asfaltado",
        """Desde las cinco de la mañana, unos quinientos agricultores de Yurapaya mantienen bloqueada la carretera a Puerto Ishanga a la altura del kilómetro 31. Exigen al Gobierno Regional de Alto Pishqui que incluya el asfaltado de la vía en el presupuesto de 2027.

        Decenas de camiones con plátano, yuca y cacao están varados a ambos lados del bloqueo. El dirigente de la Federación Agraria de Yurapaya, Onésimo Tapayuri, dijo que la medida es indefinida.

        El gobierno regional convocó a una mesa de diálogo para el lunes en Pishquicocha. La Policía envió un contingente, pero hasta el mediodía no había intervenido.""",
        about=False,
        note="a regional road conflict in a district: the regional government, not us",
    ),
    S(
        "w089",
        "rishanga",
        "2026-11-24",
        "Policlínico municipal suma consultorios de ginecología y psicología",
        """Buenas noticias para las mamás de Puerto Ishanga: desde esta semana, el policlínico municipal del jirón Comercio atiende también ginecología y psicología, informó a nuestra emisora la teniente alcaldesa Gladys Amasifuén Torres.

        La ginecóloga atenderá martes y jueves, y la psicóloga, de lunes a viernes. «La consulta de salud mental era el pedido número uno de los colegios», dijo la regidora, que recordó que en su primer mes el policlínico superó las mil atenciones.

        La consulta cuesta cinco soles y los pacientes del Seguro Integral de Salud son derivados al centro de salud.""",
        m="T",
        t="salud",
        tone="+",
        note="a municipal health post expands",
    ),
    S(
        "w090",
        "rishanga",
        "2026-11-27T18:45:00-05:00",
        "Belén espera la fumigación que nunca llegó: «Nos dejaron para el final y el final no llega»",
        """La segunda ronda de fumigación contra el dengue, que la municipalidad había anunciado para setiembre, todavía no llega al barrio Belén. Los vecinos dicen que las brigadas fumigaron el centro y Cocha Verde, y luego desaparecieron.

        «Nos dejaron para el final y el final no llega», dijo a Radio Ishanga la dirigente Marcelina Ahuite, que contó cuatro casos de dengue en su cuadra en las últimas dos semanas. El barrio está rodeado de agua estancada por la creciente.

        Consultada por nuestra emisora, la Municipalidad Provincial de Río Shanusi atribuyó el retraso al fin del contrato de los brigadistas y dijo que la fumigación se retomará el lunes.""",
        m="I",
        t="salud",
        tone="-",
        note="a promised health campaign that did not arrive",
    ),
    # --- Selva Visión Canal 11: TV news transcripts in Atom, UTC times close to midnight Lima -----------------------------
    S(
        "w091",
        "selvatv",
        "2026-09-08T04:20:00Z",
        "Noche de protesta en Los Aguajales: queman llantas contra el humo del botadero",
        """CONDUCTORA: Y a esta hora la tensión sigue en Puerto Ishanga. Vecinos del asentamiento humano Los Aguajales bloquearon la carretera a Yurapaya y quemaron llantas para exigir que se apague el incendio del botadero municipal. Nuestro corresponsal está en el lugar.

        REPORTERO: Así es. Unas trescientas personas, muchas con niños en brazos, cerraron la vía a la altura del kilómetro 6. Dicen que llevan ocho días respirando humo y que la comuna shanusina solo envía una cisterna por turno. Algunos vecinos nos mostraron recetas médicas de sus hijos por bronquitis.

        REPORTERO: Los dirigentes anunciaron que no levantarán el bloqueo hasta que llegue el alcalde en persona. Hasta el cierre de esta edición ninguna autoridad municipal se había presentado y la Policía resguardaba la zona.""",
        m="I",
        t="limpieza",
        tone="-",
        note="Atom time in UTC: 23:20 on 7 September in Lima",
    ),
    S(
        "w092",
        "selvatv",
        "2026-09-14T03:50:00Z",
        "Gobernador Mozombite presenta su plan de carreteras: 600 kilómetros hasta 2030",
        """CONDUCTOR: El gobernador regional Aurelio Mozombite Rengifo presentó esta tarde en Pishquicocha el Plan Vial Regional, que promete asfaltar o afirmar seiscientos kilómetros de carreteras hasta 2030.

        REPORTERA: El plan prioriza los corredores Pishquicocha–Huallapampa y Pishquicocha–Sacha Yacu, que concentran la mayor carga de cacao y café. Para las provincias de Ucayalillo y Río Shanusi se prevén estudios de preinversión en 2027 y obras recién desde 2028.

        REPORTERA: Según el gobernador, la inversión total bordea los 1 800 millones de soles y se financiaría con endeudamiento y con el programa nacional de caminos. Los consejeros de oposición pidieron que el plan se debata en el consejo regional antes de su aprobación.""",
        about=False,
        note="regional plan; the province named as a place in a list",
    ),
    S(
        "w093",
        "selvatv",
        "2026-09-21T04:55:00Z",
        "Sereno acuchillado al frustrar un robo: no tenía chaleco",
        """CONDUCTORA: Un sereno de Puerto Ishanga resultó herido de un cuchillazo en el brazo al intentar detener a dos delincuentes que asaltaban a una cambista en el jirón Progreso.

        REPORTERO: El sereno, de 26 años, logró reducir a uno de los asaltantes hasta que llegó la Policía; el otro escapó con el dinero. Sus compañeros denunciaron ante nuestras cámaras que ninguno de los serenos del turno tenía chaleco anticorte. «Nos prometieron chalecos en marzo; seguimos saliendo con polo y vara», dijo uno de ellos.

        REPORTERO: El gerente municipal Édgar Panduro visitó al agente en el centro de salud y aseguró que los chalecos «están en proceso de compra». La familia del sereno pidió que la municipalidad cubra todos los gastos médicos.""",
        m="G",
        t="seguridad",
        tone="-",
        note="a brave agent, but the story is the missing equipment",
    ),
    S(
        "w094",
        "selvatv",
        "2026-09-28T05:10:00Z",
        "El alcalde shanusino entrega una ambulancia fluvial para las comunidades del bajo Shanusi",
        """CONDUCTOR: Buenas noticias para las comunidades ribereñas. El alcalde provincial de Río Shanusi, Ulises Tapullima, entregó una ambulancia fluvial equipada al puesto de salud de San Juan de Chambira.

        REPORTERA: Se trata de un deslizador de nueve metros con motor de 115 caballos, camilla, balón de oxígeno y equipo de radio, que costó 280 000 soles. Cubrirá once comunidades que hasta hoy dependían de botes de pescadores para sacar a sus enfermos.

        REPORTERA: «La última gestante que perdimos murió en una canoa; eso no puede volver a pasar», dijo el burgomaestre. El personal del puesto de salud recibirá capacitación en traslado de pacientes la próxima semana.""",
        m="A",
        t="salud",
        tone="+",
        note="00:10 Lima on 28 September, just past midnight; a health boat delivered",
    ),
    S(
        "w095",
        "selvatv",
        "2026-10-04T04:40:00Z",
        "Deportivo Río Shanusi cae 2-1 en Pishquicocha y complica su clasificación",
        """CONDUCTORA: En deportes, Deportivo Río Shanusi perdió 2-1 ante Atlético Pishquicocha en el primer partido de la etapa departamental de la Copa Perú.

        REPORTERO: Los locales se pusieron en ventaja con dos goles en el primer tiempo. El descuento del equipo shanusino llegó a los 70 minutos, con un remate de media distancia del juvenil Ulises Tapullima. En el cierre, el arquero «Paiche» Arévalo evitó una goleada con tres atajadas seguidas.

        REPORTERO: La vuelta se juega el domingo en Puerto Ishanga. El técnico Wilmer Sajami pidió a la hinchada llenar el estadio.""",
        about=False,
        note="the club, the namesake footballer (given name and surname) and the nicknamed goalkeeper",
    ),
    S(
        "w096",
        "selvatv",
        "2026-10-11T02:30:00Z",
        "Reportaje: los niños que crecen junto al botadero del kilómetro 7",
        """CONDUCTOR: Esta noche, un reportaje que duele. Nuestro equipo pasó un día con las familias que viven y trabajan al lado del botadero de Puerto Ishanga.

        REPORTERA: Aquí, entre gallinazos y humo, una veintena de familias separan plástico y latas para vender. Hay niños de seis y siete años que trabajan descalzos sobre la basura. El botadero recibe cada día 48 toneladas sin ninguna cobertura y sus lixiviados bajan hacia una quebrada que desemboca en el río.

        REPORTERA: La subgerenta de Gestión Ambiental de la Municipalidad Provincial de Río Shanusi, Milagros Shupingahua, nos dijo que se está empadronando a las familias para incluirlas en un programa de reciclaje formal. Pero el padrón, reconoció, empezó en marzo y todavía no termina.""",
        m="I S",
        t="limpieza",
        tone="-",
        note="investigative piece on the dump",
    ),
    S(
        "w097",
        "selvatv",
        "2026-10-17T04:59:00Z",
        "Alcaldes de Alto Pishqui piden al Ejecutivo declarar en emergencia la región por el dengue",
        """CONDUCTORA: Los alcaldes provinciales de Alto Pishqui pidieron hoy al Poder Ejecutivo declarar en emergencia sanitaria a la región por el avance del dengue, que ya supera los 1 900 casos.

        REPORTERO: La reunión fue en Pishquicocha. El más enfático fue el alcalde provincial de Río Shanusi, Ulises Tapullima Vásquez: «Las municipalidades fumigamos con nuestra plata, pero el Ministerio de Salud no manda ni insecticida ni personal; nos están dejando solos», dijo.

        REPORTERO: El pedido incluye la contratación de 200 brigadistas, la compra de termonebulizadoras y la apertura de unidades de febriles en todas las provincias. El Minsa respondió que evaluará el pedido en las próximas 72 horas.""",
        m="A",
        t="salud",
        tone="0",
        note="one second before midnight Lima; the Mayor criticising the national government on dengue: neutral, salud",
    ),
    S(
        "w098",
        "selvatv",
        "2026-10-24T04:15:00Z",
        "Contraloría halla perjuicio de 1,2 millones en la compra de camionetas del serenazgo",
        """CONDUCTOR: La Contraloría General de la República identificó un perjuicio económico de 1,2 millones de soles en la compra de dos camionetas y seis motocicletas para el serenazgo de la Municipalidad Provincial de Río Shanusi.

        REPORTERA: Según el informe de control, los vehículos se compraron a un proveedor que no estaba en el catálogo electrónico y a precios hasta 40 % superiores a los del mercado. El documento identifica presunta responsabilidad administrativa en el gerente municipal, Édgar Panduro Reátegui, y en el jefe de Logística.

        REPORTERA: El gerente Panduro negó cualquier irregularidad. «Las camionetas tienen blindaje y equipamiento policial que no figura en el catálogo; el informe compara peras con manzanas», dijo. La municipalidad presentará sus descargos en quince días.""",
        m="I G",
        t="seguridad",
        tone="-",
        note="an audit finding on security purchases, denied: negative, seguridad",
    ),
    S(
        "w099",
        "selvatv",
        "2026-10-31T04:45:00Z",
        "Puerto Ishanga celebra la Canción Criolla con festival municipal en el malecón",
        """CONDUCTORA: Y la música amazónica y criolla se tomó el Malecón Ribereño. La Municipalidad Provincial de Río Shanusi organizó el primer Festival de la Canción Criolla y Amazónica, con catorce conjuntos de la provincia.

        REPORTERO: Miles de familias llenaron el malecón desde las seis de la tarde. Hubo valses, polkas, cumbias y hasta una marinera con bombo y quena de la comunidad nativa de Nuevo Edén. El primer puesto, de cinco mil soles, fue para el conjunto Los Bufeos de Yurapaya.

        REPORTERO: El festival, dijeron los organizadores, se repetirá cada año. Los vendedores de anticuchos y de juanes agotaron su mercadería antes de la medianoche.""",
        m="I",
        tone="+",
        note="a cultural event by the municipality: no topic",
    ),
    S(
        "w100",
        "selvatv",
        "2026-11-07T04:25:00Z",
        "Jirón Napo: la pavimentación avanza al 60 % y los vecinos ya cuentan los días",
        """CONDUCTOR: Recorrimos la obra de pavimentación del jirón Napo, en Puerto Ishanga, que ejecuta la municipalidad provincial por administración directa.

        REPORTERA: Cuatro de las siete cuadras ya tienen el concreto vaciado y las veredas en construcción. El residente de obra nos dijo que el avance físico llega al 60 % y que la entrega sigue prevista para fin de año. Los vecinos se quejan del polvo, pero la mayoría está contenta. «Lo que sea, con tal de que se acabe el barro», dijo doña Nieves Yumbato.

        REPORTERA: Según el cronograma publicado por la Municipalidad de Río Shanusi, las tres cuadras restantes se trabajarán en diciembre, aprovechando la pausa de las lluvias.""",
        m="I",
        t="obras",
        tone="+",
        note="works on schedule; the neighbours' complaint about dust does not tip it",
    ),
    S(
        "w101",
        "selvatv",
        "2026-11-14T05:30:00Z",
        "Asesinan a un comerciante de madera en su depósito de Pishquicocha",
        """CONDUCTORA: Un crimen conmociona a Pishquicocha. Un comerciante de madera de 52 años fue asesinado a balazos en su depósito del barrio Nueva Esperanza, minutos antes de la medianoche.

        REPORTERO: Según testigos, dos hombres llegaron en moto, preguntaron por el dueño y dispararon cuatro veces. La Policía no descarta que se trate de un ajuste de cuentas vinculado a la extorsión de transportistas de madera, que ya ha dejado tres víctimas este año en la región.

        REPORTERO: La Dirección Regional de la Policía anunció la llegada de un equipo especial desde Lima para investigar el caso.""",
        about=False,
        note="00:30 Lima: a crime in the regional capital, no municipal angle",
    ),
    S(
        "w102",
        "selvatv",
        "2026-11-21T04:10:00Z",
        "Regidor Cachique: «La mitad de las cámaras no graba de noche»; gerencia lo desmiente",
        """CONDUCTOR: El regidor de oposición Hernán Cachique Rengifo denunció que siete de las catorce cámaras de videovigilancia de Puerto Ishanga no tienen visión nocturna y que de noche solo registran manchas.

        REPORTERA: El concejal mostró a nuestras cámaras capturas de pantalla de la central de monitoreo tomadas a las dos de la mañana, en las que apenas se distinguen las luces de los postes. «Se gastaron 890 000 soles en cámaras que de noche están ciegas, que es justo cuando roban», afirmó.

        REPORTERA: El gerente municipal Édgar Panduro desmintió al regidor y aseguró que todas las cámaras son infrarrojas. Atribuyó las imágenes oscuras a un problema de configuración «ya corregido».""",
        m="R G",
        t="seguridad",
        tone="-",
        note="accusation and denial over security cameras",
    ),
    S(
        "w103",
        "selvatv",
        "2026-11-28T03:45:00Z",
        "Creciente inunda el barrio Belén: municipio instala albergue para doscientas familias",
        """CONDUCTORA: La creciente del río inundó esta tarde las partes bajas del barrio Belén, en Puerto Ishanga. Unas doscientas familias tuvieron que dejar sus casas.

        REPORTERO: En menos de tres horas, la Municipalidad Provincial de Río Shanusi habilitó un albergue en el coliseo municipal, con colchones, cocina comunal y atención médica. El alcalde Ulises Tapullima llegó con los primeros damnificados y supervisó la instalación. «Nadie va a dormir en el agua esta noche», dijo.

        REPORTERO: Los vecinos agradecieron la rapidez, aunque pidieron que el municipio construya de una vez el muro de contención que protege al malecón también para Belén.""",
        m="I A",
        tone="+",
        note="emergency response by the municipality: none of the five topics; 22:45 Lima",
    ),
    S(
        "w104",
        "selvatv",
        "2026-09-03T17:00:00-05:00",
        "Nuevo Mishqui estrena puesto de salud con sala de partos",
        """CONDUCTOR: El distrito de Nuevo Mishqui tiene desde hoy un puesto de salud con sala de partos, laboratorio y residencia para el personal.

        REPORTERA: La obra fue ejecutada por la Municipalidad Distrital de Nuevo Mishqui con 3,8 millones de soles del canon petrolero. El alcalde distrital, Fortunato Pinchi Lomas, dijo que ahora las gestantes ya no tendrán que viajar ocho horas para dar a luz.

        REPORTERA: La Red de Salud Río Shanusi se comprometió a asignar un médico, dos obstetras y tres técnicos a partir de noviembre.""",
        about=False,
        note="a district municipality's health post; the Red de Salud Río Shanusi is not us",
    ),
    S(
        "w105",
        "selvatv",
        "2026-10-01T04:50:00Z",
        "Teniente alcaldesa encabeza marcha contra la violencia hacia la mujer en Puerto Ishanga",
        """CONDUCTORA: Más de mil personas marcharon esta tarde por las calles de Puerto Ishanga para exigir justicia por las víctimas de violencia familiar, tras el feminicidio de una joven madre en el barrio Tahuampa la semana pasada.

        REPORTERO: La marcha fue encabezada por la teniente alcaldesa Gladys Amasifuén Torres, junto con colectivos de mujeres, estudiantes y la comunidad nativa de Nuevo Edén. «No queremos una sola muerte más en esta provincia», dijo la regidora ante la fiscalía.

        REPORTERO: Los manifestantes pidieron que el Centro de Emergencia Mujer atienda también los fines de semana y que haya un albergue temporal en la ciudad.""",
        m="T",
        tone="0",
        note="a civic march led by our official; neutral, no topic",
    ),
    S(
        "w106",
        "selvatv",
        "2026-10-20T04:35:00Z",
        "Críticas por los 180 000 soles de la fiesta de aniversario de la provincia",
        """CONDUCTOR: La celebración del aniversario de la provincia genera polémica. La Municipalidad Provincial de Río Shanusi gastó 180 000 soles en orquestas, tarimas y fuegos artificiales para la serenata del fin de semana.

        REPORTERA: Vecinos y dirigentes cuestionaron el gasto en medio de la emergencia por el dengue y con el compactador malogrado. «Con esa plata se arreglaba el camión y sobraba para fumigar Belén», dijo un comerciante del mercado Modelo.

        REPORTERA: El alcalde Ulises Tapullima defendió la fiesta: «El aniversario es identidad; además, los hoteles y restaurantes llenos también son economía». La oposición pidió el detalle de los contratos.""",
        m="I A",
        tone="-",
        note="spending criticised; the dengue and the truck are passing comparisons, not the topic",
    ),
    S(
        "w107",
        "selvatv",
        "2026-11-02T04:05:00Z",
        "Cementerio General limpio para Todos los Santos: retiran catorce toneladas de maleza",
        """CONDUCTORA: Miles de familias visitaron hoy a sus difuntos en el Cementerio General de Puerto Ishanga, que esta vez lucía limpio y pintado.

        REPORTERO: Durante una semana, cuadrillas de la comuna shanusina retiraron catorce toneladas de maleza, flores secas y basura, y pintaron los muros perimétricos. También se instalaron doce contenedores y baños portátiles en la entrada.

        REPORTERO: «Otros años teníamos que venir con machete para llegar al nicho de mi mamá», contó una señora mientras limpiaba la lápida. Al cierre, los recolectores ya retiraban los residuos del día.""",
        m="I",
        t="limpieza",
        tone="+",
        note="cleaning of the cemetery by municipal crews",
    ),
    S(
        "w108",
        "selvatv",
        "2026-11-10T04:40:00Z",
        "Red de Salud Río Shanusi se queda con una sola ambulancia para cuatro distritos",
        """CONDUCTOR: La Red de Salud Río Shanusi tiene desde esta semana una sola ambulancia operativa para atender a los cuatro distritos de la provincia. Las otras dos están en el taller desde setiembre.

        REPORTERA: El director de la red, médico Gerardo Saboya, dijo que el presupuesto de mantenimiento se agotó en agosto y que pidió una ampliación a la Diresa. Mientras tanto, los traslados a Pishquicocha se hacen por turnos y algunos pacientes esperan hasta seis horas.

        REPORTERA: La Diresa respondió que enviará una ambulancia en préstamo desde Huallapampa hasta que se reparen las unidades.""",
        about=False,
        note="the health network named after the province is not the municipality",
    ),
    S(
        "w109",
        "selvatv",
        "2026-11-17T04:20:00Z",
        "Ulises Tapullima, de Tres Quebradas a la preselección sub-20",
        """CONDUCTORA: Un orgullo para la selva. El delantero Ulises Tapullima Ríos, de Deportivo Río Shanusi, fue convocado a la preselección nacional sub-20 que entrenará en Lima desde el 1 de diciembre.

        REPORTERO: Tapullima, de 19 años, marcó once goles en la Copa Perú y llamó la atención de los visores de la federación. Su madre, vendedora de pescado en Tres Quebradas, nos contó que el chico aprendió a jugar descalzo en la playa del río.

        REPORTERO: El joven viajará con una beca de la asociación de exalumnos de su colegio, que reunió el dinero de los pasajes en una pollada.""",
        about=False,
        note="namesake footballer (given name and first surname)",
    ),
    S(
        "w110",
        "selvatv",
        "2026-11-25T04:50:00Z",
        "Recibos del predial 2027 llegarán también por WhatsApp",
        """CONDUCTOR: Los contribuyentes de Puerto Ishanga recibirán el próximo año sus recibos del impuesto predial y de arbitrios también por WhatsApp y por correo electrónico.

        REPORTERA: Así lo anunció la Municipalidad Provincial de Río Shanusi, que abrió un formulario para que los vecinos actualicen sus datos de contacto. Los recibos impresos seguirán llegando a los domicilios, pero la comuna espera reducir en 30 % el gasto en notificaciones.

        REPORTERA: Quienes se inscriban antes del 31 de diciembre participarán en un sorteo de tres televisores. El primer vencimiento del predial será el 27 de febrero.""",
        m="I",
        t="tributos",
        tone="0",
        note="a neutral notice about tax bills",
    ),
    # --- Red Nacional de Prensa: national agency, Atom ------------------------------------------------------------------
    S(
        "w111",
        "rnp",
        "2026-09-05T15:00:00Z",
        "Minam: 41 provincias amazónicas siguen sin relleno sanitario",
        """Cuarenta y una de las 52 provincias de la Amazonía peruana disponen sus residuos en botaderos a cielo abierto, según el último reporte del Ministerio del Ambiente sobre gestión de residuos sólidos municipales, publicado ayer.

        El informe identifica como críticos, por su cercanía a cuerpos de agua, los botaderos a cargo de la Municipalidad Provincial de Ucayalillo, la Municipalidad Provincial de Sacha Yacu, la Municipalidad Provincial de Río Shanusi y otras doce municipalidades de Loreto, Ucayali y San Martín.

        El ministerio anunció un fondo concursable de 180 millones de soles para estudios y obras de rellenos sanitarios en 2027. Las municipalidades podrán postular hasta el 31 de marzo.""",
        m="I",
        about=False,
        note="our municipality in a national list: a mention, not a story about us",
    ),
    S(
        "w112",
        "rnp",
        "2026-09-18T14:00:00Z",
        "Río Shanusi prohíbe las bolsas plásticas en sus mercados y es la primera provincia amazónica en hacerlo",
        """Desde el 1 de octubre, los comerciantes de los mercados Modelo y Tres de Mayo de Puerto Ishanga ya no podrán entregar bolsas plásticas de un solo uso. La Municipalidad Provincial de Río Shanusi aprobó una ordenanza que la convierte en la primera provincia amazónica con una prohibición de este tipo en sus mercados.

        La subgerenta de Gestión Ambiental, Milagros Shupingahua Pezo, explicó a esta agencia que las bolsas representan cerca del 9 % del peso de los residuos que llegan al botadero y que, por su volumen, son las que más tapan los desagües en temporada de lluvias.

        La comuna repartirá 8 000 bolsas de tela tejidas por artesanas de la comunidad nativa de Nuevo Edén. Durante los primeros tres meses no habrá multas, solo notificaciones.""",
        m="I S",
        t="limpieza",
        tone="+",
        note="a waste measure presented as a first in the region",
    ),
    S(
        "w113",
        "rnp",
        "2026-09-30T16:30:00Z",
        "Alcalde amazónico pide que el canon forestal vaya a las provincias donde se tala",
        """El alcalde provincial de Río Shanusi, Ulises Tapullima Vásquez, propuso ante la Asociación de Municipalidades del Perú que los derechos de aprovechamiento forestal se distribuyan como canon entre las provincias donde se extrae la madera, y no solo entre el gobierno regional y el Estado.

        «De nuestra provincia salen cada año miles de metros cúbicos de madera y no nos queda ni el aserrín; el gobierno central cobra y nosotros arreglamos las trochas que destrozan los camiones», dijo durante la asamblea en Lima.

        La propuesta fue respaldada por los alcaldes de Ucayalillo y de Sacha Yacu, que acordaron presentarla como iniciativa legislativa a través de un congresista de la región.""",
        m="A",
        tone="0",
        note="the Mayor criticising the central government's distribution of revenue: neutral, no topic",
    ),
    S(
        "w114",
        "rnp",
        "2026-10-07T13:00:00Z",
        "Minsa envía 50 brigadistas contra el dengue a Alto Pishqui; Río Shanusi reclama haber quedado fuera",
        """El Ministerio de Salud desplegó cincuenta brigadistas y doce termonebulizadoras en las provincias de Sacha Yacu y Ucayalillo, las de mayor incidencia de dengue en la región Alto Pishqui, informó el viceministro de Salud Pública.

        El alcalde provincial de Río Shanusi, Ulises Tapullima, cuestionó que su provincia haya quedado fuera del despliegue. «En Puerto Ishanga la comuna lleva tres meses fumigando con su propio presupuesto; el Minsa premia al que no hace nada», declaró a esta agencia.

        El ministerio respondió que la asignación se hizo con criterios epidemiológicos y que una segunda ola de brigadas llegará a fines de octubre, incluida Río Shanusi.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticising the ministry over dengue brigades: neutral, salud",
    ),
    S(
        "w115",
        "rnp",
        "2026-10-14T15:20:00Z",
        "Contraloría: 126 obras públicas paralizadas en la Amazonía suman 2 300 millones de soles",
        """La Contraloría General de la República reportó 126 obras públicas paralizadas en las regiones amazónicas, con un monto contratado de 2 300 millones de soles. La principal causa son las controversias con los contratistas, seguida de las deficiencias en los expedientes técnicos.

        En Alto Pishqui, el reporte registra catorce obras paralizadas: ocho del gobierno regional, cuatro de la Municipalidad Provincial de Sacha Yacu y dos de la Municipalidad Provincial de Río Shanusi.

        El contralor pidió a los gobiernos subnacionales usar los mecanismos de la ley de reactivación de obras, que permite culminar los proyectos con otro contratista sin volver a licitar desde cero.""",
        m="I",
        about=False,
        note="a national control report that counts us in a regional line: passing mention",
    ),
    S(
        "w116",
        "rnp",
        "2026-10-21T14:10:00Z",
        "Primer serenazgo fluvial de la selva patrulla el Shanusi en deslizador",
        """Dos deslizadores con luces, sirena y radio, y ocho serenos entrenados en rescate acuático forman desde este mes el primer serenazgo fluvial de la Amazonía peruana, creado por la Municipalidad Provincial de Río Shanusi para vigilar el puerto y los caseríos ribereños de Puerto Ishanga.

        El gerente municipal, Édgar Panduro Reátegui, explicó a esta agencia que los robos de motores fuera de borda eran el delito más denunciado en la zona rural del distrito capital: 46 el año pasado. «Un pescador al que le roban el motor pierde su sustento de un día para otro», dijo.

        En el primer mes de patrullaje, según la comisaría, se denunciaron tres robos de motores, frente a un promedio mensual de cuatro el año anterior. Las patrullas salen todas las noches con un efectivo de la Capitanía de Puerto.""",
        m="I G",
        t="seguridad",
        tone="+",
        note="a new security service with an early, modest result",
    ),
    S(
        "w117",
        "rnp",
        "2026-10-28T15:00:00Z",
        "Municipio amazónico multa con 46 000 soles a aserradero que vertía aserrín al río",
        """La Municipalidad Provincial de Río Shanusi impuso una multa de 46 000 soles y clausuró temporalmente un aserradero de Puerto Ishanga que vertía aserrín y aceite quemado directamente al río, frente al barrio Belén.

        La subgerenta de Gestión Ambiental, Milagros Shupingahua, dijo que la empresa fue notificada dos veces desde marzo. «El aserrín se asienta en el fondo, pudre el agua y mata a los peces de los que viven las familias de la orilla», explicó.

        La empresa anunció que apelará. Es la primera vez que la comuna aplica la multa máxima de su ordenanza ambiental.""",
        m="I S",
        tone="+",
        note="environmental enforcement against a polluter: none of the five topics",
    ),
    S(
        "w118",
        "rnp",
        "2026-11-04T14:30:00Z",
        "Ciudad amazónica convierte los residuos de sus mercados en abono y reduce 12 % lo que llega al botadero",
        """En Puerto Ishanga, capital de la provincia de Río Shanusi, las cáscaras de plátano, las hojas de bijao y los restos de frutas de los mercados ya no terminan en el botadero. Desde abril, la planta de compostaje de la Municipalidad Provincial de Río Shanusi procesa unas 14 toneladas semanales.

        La subgerenta de Gestión Ambiental, Milagros Shupingahua Pezo, explicó a esta agencia que el volumen que llega al botadero bajó 12 % y que el abono se regala a los productores de cacao de la zona. «Es barato: tres trabajadores, una trituradora y mucha paciencia», dijo.

        El Ministerio del Ambiente incluyó la experiencia entre las buenas prácticas que replicará en otras provincias amazónicas el próximo año.""",
        m="I S",
        t="limpieza",
        tone="+",
        note="a national agency feature on our composting; later arrives cut in a truncated feed",
    ),
    S(
        "w119",
        "rnp",
        "2026-11-11T16:00:00Z",
        "JNE declara infundada la apelación del regidor Cachique contra la teniente alcaldesa de Río Shanusi",
        """El Jurado Nacional de Elecciones declaró infundado el recurso de apelación que el regidor Hernán Cachique Rengifo interpuso contra el acuerdo de concejo que rechazó la vacancia de la teniente alcaldesa de la Municipalidad Provincial de Río Shanusi, Gladys Amasifuén Torres.

        El pleno consideró que no se acreditó que la regidora haya intervenido en la contratación de su sobrino, ni que haya omitido oponerse a ella. La resolución es inapelable.

        Cachique dijo a esta agencia que respeta el fallo, pero que presentará la denuncia penal ante la fiscalía anticorrupción.""",
        m="R T I",
        tone="0",
        note="a court outcome reported plainly; 'teniente alcaldesa de la Municipalidad ...' names both",
    ),
    S(
        "w120",
        "rnp",
        "2026-11-18T13:45:00Z",
        "Defensoría registra 212 conflictos sociales; la Amazonía concentra el 31 %",
        """La Defensoría del Pueblo registró 212 conflictos sociales en octubre, 66 de ellos en regiones amazónicas. La mayoría son socioambientales, vinculados a la actividad petrolera y a la minería ilegal.

        En Alto Pishqui se reportan seis conflictos activos, entre ellos el de los agricultores de Yurapaya con el gobierno regional por la carretera y el de los comerciantes del mercado Modelo con la Municipalidad Provincial de Río Shanusi por la cobranza de deudas.

        La Defensoría advirtió que nueve conflictos en el país tuvieron episodios de violencia durante el mes y pidió a las autoridades priorizar el diálogo.""",
        m="I",
        about=False,
        note="a national report listing our conflict in passing",
    ),
    S(
        "w121",
        "rnp",
        "2026-11-25T15:10:00Z",
        "Ejecutivo incluye el hospital de Puerto Ishanga en su cartera de 14 hospitales amazónicos",
        """El Ministerio de Salud incluyó la construcción del hospital de Puerto Ishanga, en la provincia de Río Shanusi, en la cartera de catorce hospitales amazónicos que se financiarán con un préstamo del Banco Interamericano de Desarrollo.

        La decisión llega tras dos años de gestiones del alcalde provincial Ulises Tapullima Vásquez, que llevó el pedido cuatro veces a Lima con actas de los alcaldes distritales. «No es un regalo; es lo que le corresponde a una provincia de 86 000 habitantes», dijo a esta agencia.

        El hospital, de categoría II-1, tendrá sesenta camas. El Minsa estima que el expediente técnico estará listo en 2027 y la obra, en 2029.""",
        m="A",
        t="salud",
        tone="+",
        note="a hospital won after the Mayor's lobbying: positive, salud",
    ),
    S(
        "w122",
        "rnp",
        "2026-09-25T14:20:00Z",
        "MEF transfiere 5,2 millones a Río Shanusi para las pistas del barrio Tahuampa",
        """El Ministerio de Economía y Finanzas autorizó una transferencia de 5,2 millones de soles a la Municipalidad Provincial de Río Shanusi para la pavimentación de doce cuadras del barrio Tahuampa, en Puerto Ishanga, según un decreto supremo publicado hoy.

        El proyecto incluye pistas de concreto, veredas, drenaje pluvial y la reposición de las redes de agua y desagüe, que tienen más de cuarenta años. Tahuampa es el barrio más antiguo de la ciudad y uno de los que más se inunda en temporada de lluvias.

        La transferencia forma parte de un paquete de 310 millones para 84 municipalidades del país.""",
        m="I",
        t="obras",
        tone="+",
        note="money secured for street works",
    ),
    S(
        "w123",
        "rnp",
        "2026-10-02T13:30:00-05:00",
        "Fiscalía investiga al alcalde de Tres Quebradas por compra de combustible sin sustento",
        """La Fiscalía Provincial Anticorrupción de Alto Pishqui abrió investigación preliminar contra el alcalde distrital de Tres Quebradas, Nilo Tapullima Sinti, por la presunta compra de 14 000 galones de combustible que no tienen sustento en los partes diarios de la maquinaria municipal.

        La investigación se inició tras un informe del Órgano de Control Institucional. El alcalde Tapullima, que no tiene parentesco con el alcalde provincial de Río Shanusi, Ulises Tapullima Vásquez, sostuvo que el combustible se usó en los motores fluviales de la municipalidad distrital y que lo demostrará con las bitácoras.

        La fiscalía dio un plazo de 60 días para las diligencias preliminares.""",
        m="A",
        about=False,
        note="our Mayor named only to say he is not the namesake under investigation",
    ),
    # --- Perú Regiones Hoy: national site, full text with a "se publicó primero en" footer, blog template ----------------
    S(
        "w124",
        "pregiones",
        "2026-09-06T10:00:00-05:00",
        "Puerto Ishanga, la puerta del Shanusi: qué ver y qué comer en tres días",
        """Puerto Ishanga no sale en las guías, y quizá por eso conserva algo que otras ciudades de la selva ya perdieron: el ritmo del río. Al amanecer, el embarcadero La Boca se llena de canoas con plátano, yuca y pescado, y a las siete de la mañana ya hay cola para el desayuno de tacacho con cecina en el mercado Modelo.

        La caminata obligada es el Malecón Ribereño, que la Municipalidad Provincial de Río Shanusi amplió este año, desde donde se ven los atardeceres más rojos de la región. De ahí se puede contratar un peque peque para ir a la cocha Yanayacu a ver bufeos colorados, por unos 60 soles ida y vuelta.

        Para comer, el juane de gallina de doña Eufemia, en el jirón Lima, y el paiche a la loretana de los restaurantes del malecón. Conviene viajar entre junio y setiembre, cuando la carretera desde Pishquicocha está seca.""",
        m="I",
        about=False,
        note="a travel piece that names the municipality in passing",
    ),
    S(
        "w125",
        "pregiones",
        "2026-09-20T09:30:00-05:00",
        "«El Paiche»: el alcalde de la selva que gobierna desde una canoa",
        """Ulises Tapullima Vásquez tiene 47 años, fue pescador hasta los treinta y todavía, dicen sus vecinos, es capaz de sacar un paiche de cincuenta kilos con arpón. De ahí el apodo que lo acompañó en la campaña y que hoy usan, con cariño o con sorna, hasta sus opositores.

        Desde que asumió la alcaldía de la provincia de Río Shanusi, el Paiche ha hecho de la canoa su oficina móvil: cada viernes recorre algún caserío ribereño y atiende reclamos en la orilla. Sus colaboradores cuentan que ha visitado 64 de los 71 caseríos del distrito capital.

        No todo es folclore. La oposición le reprocha que el mercado y el relleno sanitario sigan en papel, y la Contraloría observó compras del serenazgo. Él responde con el malecón y los puentes peatonales. «Me juzgarán al final, no a la mitad», dice, mientras pide que le sirvan otro masato.""",
        m="A",
        tone="+",
        note="a mostly warm profile; the nickname is plainly him; criticism noted but not the weight",
    ),
    S(
        "w126",
        "pregiones",
        "2026-10-05T11:15:00-05:00",
        "Comerciantes del mercado Modelo levantan el paro tras un acuerdo de fraccionamiento",
        """Después de dos días con las rejas abajo, los comerciantes del mercado Modelo de Puerto Ishanga volvieron a atender ayer. Firmaron con la Municipalidad Provincial de Río Shanusi un acta que les permite pagar sus deudas de sisa y arbitrios en 24 cuotas sin intereses.

        El gerente municipal Édgar Panduro Reátegui, que encabezó la negociación, se comprometió además a levantar las retenciones bancarias en 48 horas y a suspender nuevas medidas coactivas contra quienes se acojan al fraccionamiento antes del 30 de noviembre.

        «No era que no queríamos pagar; queríamos pagar como se puede», resumió Segundo Tuesta, el dirigente que lideró la protesta. La comuna espera recuperar así 1,1 millones de soles en dos años.""",
        m="I G",
        t="tributos",
        tone="+",
        note="a conflict over tax debts resolved by agreement",
    ),
    S(
        "w127",
        "pregiones",
        "2026-10-19T08:45:00-05:00",
        "Tres mil mosquiteros impregnados para las familias de Belén, el barrio más golpeado por el dengue",
        """La Municipalidad Provincial de Río Shanusi empezó a repartir tres mil mosquiteros impregnados con insecticida entre las familias del barrio Belén, en Puerto Ishanga, donde se concentra la tercera parte de los casos de dengue de la ciudad en lo que va de octubre.

        La teniente alcaldesa Gladys Amasifuén Torres, que acompañó el reparto casa por casa, explicó que la prioridad son los hogares con gestantes, niños menores de cinco años y adultos mayores. «En Belén muchas casas son de tablas y el zancudo entra por todas partes», dijo.

        Los mosquiteros costaron 96 000 soles. La Red de Salud capacitará a las familias en su uso y lavado, para que el insecticida dure hasta dos años.""",
        m="I T",
        t="salud",
        tone="+",
        note="a municipal health measure against dengue",
    ),
    S(
        "w128",
        "pregiones",
        "2026-11-01T10:20:00-05:00",
        "¿Quién vigila a los que vigilan? Las camionetas de oro del serenazgo shanusino",
        """Cuando la Municipalidad Provincial de Río Shanusi presentó en mayo sus dos camionetas y seis motos para el serenazgo, hubo banda, bendición y discursos. Cinco meses después, la Contraloría dice que por esos vehículos se pagó 1,2 millones de soles más de lo que valían.

        El informe es demoledor: proveedor fuera del catálogo, cotizaciones de empresas vinculadas entre sí y una conformidad firmada el mismo día de la entrega. El gerente municipal Édgar Panduro insiste en que el blindaje justifica el precio. Los auditores responden que ninguna de las fichas técnicas menciona blindaje alguno.

        En una provincia donde los serenos salen a patrullar sin chaleco, el dinero de más habría alcanzado para equipar a todo el cuerpo durante cinco años.""",
        m="I G",
        t="seguridad",
        tone="-",
        note="an editorial-style piece on an overpriced security purchase",
    ),
    S(
        "w129",
        "pregiones",
        "2026-11-15T09:00:00-05:00",
        "Transparencia municipal: nueve de cada diez municipios amazónicos no publican sus actas",
        """Un estudio de la asociación civil Vigila Perú revisó los portales de transparencia de las 52 municipalidades provinciales de la Amazonía y encontró que solo cinco publican completas sus actas de concejo, sus contratos y las declaraciones juradas de sus funcionarios.

        Entre las que incumplen figuran las municipalidades provinciales de Pishquicocha, Huallapampa, Sacha Yacu, Ucayalillo y Río Shanusi, en Alto Pishqui. Las mejor calificadas son dos provincias de San Martín y una de Madre de Dios.

        La asociación recomendó al Congreso establecer sanciones efectivas para los alcaldes que no actualicen sus portales.""",
        m="I",
        about=False,
        note="a national ranking that lists us in passing ('municipalidades provinciales de ... Río Shanusi')",
    ),
    S(
        "w130",
        "pregiones",
        "2026-09-12T12:00:00-05:00",
        "Comerciantes del jirón Progreso pagan 40 % más de arbitrio de serenazgo que el resto de la ciudad",
        """Los comerciantes del jirón Progreso, en Puerto Ishanga, pagan por el arbitrio de serenazgo un 40 % más que los negocios de las demás calles del centro. La diferencia, según la ordenanza de 2023, se justifica porque la calle concentra la mayor cantidad de patrullajes.

        Pero los comerciantes no están de acuerdo. «Nos cobran por los robos que sufrimos, como si fuera culpa nuestra», dijo la ferretera Rebeca Lozano, que mostró su recibo: 86 soles trimestrales, frente a 61 en el jirón Lima. La asociación de comerciantes presentó un recurso para que la Municipalidad Provincial de Río Shanusi revise el criterio.

        La oficina de Administración Tributaria respondió que la tasa se calcula con el costo real del servicio por zona y que el Tribunal Constitucional ha validado ese método.""",
        m="I",
        t="tributos",
        tone="-",
        note="a dispute about a municipal fee: tributos (the fee), not seguridad",
    ),
    S(
        "w131",
        "pregiones",
        "2026-10-26T09:40:00-05:00",
        "Alcalde de Río Shanusi defiende préstamo de 8 millones: «Sin deuda, el mercado tardaría una década»",
        """El alcalde provincial de Río Shanusi, Ulises Tapullima Vásquez, defendió la operación de endeudamiento de 8 millones de soles que el concejo aprobó para construir el nuevo mercado de abastos de Puerto Ishanga, y que la oposición considera una carga para las próximas gestiones.

        «Con la transferencia anual que recibimos, tendríamos que ahorrar diez años para construirlo, y en diez años el mercado viejo se nos cae encima», dijo. Según el burgomaestre, la cuota anual de 980 000 soles se pagará con el alquiler de los 320 puestos.

        Economistas consultados por este medio señalan que la operación es viable si los puestos se alquilan a tiempo, pero advierten que el expediente técnico todavía no tiene conformidad.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor defends a loan; the analysts' caveat balances it",
    ),
    S(
        "w132",
        "pregiones",
        "2026-11-08T10:10:00-05:00",
        "Piden la vacancia del alcalde Tapullima por tener su domicilio en Pishquicocha",
        """Un vecino de Puerto Ishanga presentó ante el concejo provincial un pedido de vacancia contra el alcalde Ulises Tapullima, a quien acusa de haber fijado su domicilio real en Pishquicocha, fuera de la provincia, lo que según la ley orgánica es causal de vacancia.

        El solicitante adjuntó una constancia de la Reniec y fotografías de la camioneta del alcalde estacionada durante varias noches frente a una casa de la capital regional. «Gobierna por WhatsApp», escribió en su pedido.

        El alcalde sostuvo que su única casa está en el barrio Tahuampa y que en Pishquicocha vive su hija, que estudia en la universidad. «Me quedo a dormir cuando tengo reuniones temprano en el gobierno regional», explicó.""",
        m="A",
        tone="-",
        note="an accusation the Mayor denies: negative",
    ),
    S(
        "w133",
        "pregiones",
        "2026-11-22T11:30:00-05:00",
        "Tres mujeres que están cambiando la basura de la Amazonía",
        """En Iberia, en Lamas y en Puerto Ishanga, tres funcionarias municipales demuestran que la gestión de residuos en la selva no tiene que esperar a los grandes presupuestos. Esta es la historia de una de ellas.

        Milagros Shupingahua Pezo, ingeniera ambiental de 34 años, es subgerenta de Gestión Ambiental de la Municipalidad Provincial de Río Shanusi. En dos años puso en marcha una planta de compostaje con tres trabajadores, prohibió las bolsas plásticas en los mercados y convenció a cuarenta colegios de separar sus residuos. «Lo más difícil no es la técnica; es que la gente crea que su basura es asunto suyo», dice.

        Su pendiente, lo reconoce, es el botadero del kilómetro 7, que sigue recibiendo casi toda la basura de la ciudad. Calcula que el relleno sanitario no llegará antes de 2028.""",
        m="S I",
        t="limpieza",
        tone="+",
        note="a feature on our subgerenta among others; mostly praise, the pending dump acknowledged",
    ),
    S(
        "w134",
        "pregiones",
        "2026-09-27T13:20:00-05:00",
        "Capitanía prohíbe navegar de noche en el Shanusi hasta el fin de la creciente",
        """La Capitanía de Puerto de Puerto Ishanga prohibió la navegación nocturna de embarcaciones de pasajeros en el río Shanusi y sus afluentes, desde las seis de la tarde hasta las seis de la mañana, mientras dure la temporada de creciente.

        La medida responde al aumento de palizadas y troncos arrastrados por la corriente, que en las últimas tres semanas causaron dos accidentes. Las empresas que incumplan podrán ser sancionadas con la suspensión de su permiso de operación.

        Los comerciantes de Yurapaya advirtieron que la prohibición encarecerá el transporte de carga, que suele salir de madrugada para llegar temprano al mercado.""",
        about=False,
        note="the river and a port authority; no municipal angle",
    ),
    S(
        "w135",
        "pregiones",
        "2026-10-12T09:50:00-05:00",
        "Tapullima: «No vamos a privatizar el recojo de basura»; los obreros mantienen la huelga",
        """El alcalde Ulises Tapullima Vásquez negó ayer que la Municipalidad Provincial de Río Shanusi planee entregar el recojo de residuos a una empresa privada, como temen los 92 obreros de limpieza pública que están en huelga desde el viernes.

        «No vamos a privatizar nada; eso es un rumor que alguien echó a correr», dijo el burgomaestre. El sindicato, sin embargo, mostró una carta de una empresa de Lima que ofrece el servicio y que lleva el sello de recepción de la alcaldía, y exige además el pago de tres meses de bonificación adeudada.

        Mientras tanto, Puerto Ishanga acumula cuatro días sin recojo y las esquinas del centro están llenas de bolsas. La subgerencia organizó una cuadrilla de emergencia con personal administrativo.""",
        m="A I",
        t="limpieza",
        tone="-",
        note="a denial ('no vamos a privatizar') inside a story of a strike and uncollected garbage",
    ),
    # --- Amazonía Hoy Noticias: regional web, full text in RSS -----------------------------------------------------------
    S(
        "w136",
        "amhoy",
        "2026-09-01T09:00:00-05:00",
        "Yurapaya estrena embarcadero flotante y el alcalde Vela promete otro para Santa Clara",
        """El distrito de Yurapaya tiene desde ayer un embarcadero flotante de acero, con rampa móvil que sube y baja con el nivel del río, para que los pasajeros ya no tengan que saltar de la lancha al barro.

        La obra costó 2,2 millones de soles y fue ejecutada por la Municipalidad Distrital de Yurapaya con recursos del Fondo de Compensación Municipal y del canon. El alcalde distrital, Benigno Vela Ahuanari, anunció que el próximo año construirá uno igual en la comunidad de Santa Clara.

        Los estibadores, que cargaban los sacos por una escalera de tierra, celebraron con una pollada en la misma plataforma.""",
        about=False,
        note="a district municipality's works",
    ),
    S(
        "w137",
        "amhoy",
        "2026-09-11T08:20:00-05:00",
        "Serenazgo recupera en la cocha Yanayacu el motor robado a un pescador de Shimbillo",
        """El motor fuera de borda de 40 caballos que le robaron la semana pasada a un pescador del caserío Shimbillo fue encontrado el domingo escondido bajo unas hojas de irapay, en una chacra a orillas de la cocha Yanayacu.

        La recuperación la hizo una patrulla del serenazgo de la Municipalidad Provincial de Río Shanusi que seguía el rastro de una canoa vista por los vecinos. Los agentes entregaron el motor a la Policía, que detuvo a un joven de 22 años.

        «Ese motor es mi trabajo; sin él no salgo a pescar», dijo emocionado don Pascual Tapayuri, de 61 años. Es el cuarto motor que el serenazgo recupera este año.""",
        m="I",
        t="seguridad",
        tone="+",
        note="municipal security recovers stolen property",
    ),
    S(
        "w138",
        "amhoy",
        "2026-09-25T10:00:00-05:00",
        "Nueva aplicación permite denunciar puntos de basura con una foto",
        """Los vecinos de Puerto Ishanga ya pueden reportar desde su celular los puntos críticos de acumulación de basura. La Municipalidad de Río Shanusi lanzó la aplicación Ishanga Limpia, que permite enviar una foto con la ubicación y recibir un aviso cuando el punto haya sido atendido.

        La subgerenta de Gestión Ambiental, Milagros Shupingahua Pezo, dijo que la meta es atender cada reporte en menos de 48 horas. En la primera semana se recibieron 214 reportes, de los cuales 160 ya fueron cerrados.

        La aplicación también muestra el horario del camión recolector en cada calle y permite pedir el recojo de desmonte y de muebles viejos.""",
        m="I S",
        t="limpieza",
        tone="+",
        note="a new tool for the waste service, with first figures",
    ),
    S(
        "w139",
        "amhoy",
        "2026-10-03T11:45:00-05:00",
        "Cachique pide auditar el malecón: «Las barandas ya tienen óxido y no ha pasado ni un mes»",
        """El regidor de oposición Hernán Cachique Rengifo presentó una moción para que el concejo contrate una auditoría externa a la segunda etapa del Malecón Ribereño, que la Municipalidad Provincial de Río Shanusi entregó a inicios de setiembre.

        El concejal mostró fotos de barandas con puntos de óxido, losetas rajadas y un tramo de muro de gaviones que, según dijo, ya se desplazó con la creciente. «El expediente decía acero galvanizado en caliente; esto es pintura sobre fierro negro», afirmó.

        La subgerencia de Obras respondió que las observaciones están dentro del periodo de garantía y que el contratista ya fue notificado para subsanarlas.""",
        m="R I",
        t="obras",
        tone="-",
        note="an accusation of defective works",
    ),
    S(
        "w140",
        "amhoy",
        "2026-10-09T07:30:00-05:00",
        "Operativo en el puerto: serenos y policías detienen a tres arrebatadores en una mañana",
        """Un operativo conjunto de serenos y policías en el embarcadero La Boca terminó ayer con tres detenidos por arrebato de celulares a pasajeros que bajaban de las lanchas de Yurapaya y Nuevo Mishqui.

        El gerente municipal Édgar Panduro explicó que el operativo se planificó con las imágenes de las nuevas cámaras del puerto, que permitieron identificar a los sospechosos y sus horarios. «Sabíamos que llegaban con la lancha de las siete», dijo.

        Los detenidos tienen antecedentes por hurto. Los comerciantes del embarcadero pidieron que los serenos se queden de forma permanente en la zona.""",
        m="G",
        t="seguridad",
        tone="+",
        note="a successful security operation",
    ),
    S(
        "w141",
        "amhoy",
        "2026-10-18T12:30:00-05:00",
        "Comunidad nativa Nuevo Edén denuncia derrame de petróleo en la quebrada Sacha",
        """La comunidad nativa Nuevo Edén, en el distrito de Yurapaya, denunció un derrame de petróleo en la quebrada Sacha, afluente del río Shanusi, proveniente de un ducto de la empresa que opera el lote 214.

        Según el apu de la comunidad, Ernesto Sanancino, la mancha se extiende por unos tres kilómetros y ya se ven peces muertos en la orilla. «De esa quebrada tomamos agua y comemos; ahora no podemos hacer ninguna de las dos cosas», dijo.

        El Organismo de Evaluación y Fiscalización Ambiental envió un equipo para tomar muestras. La empresa informó que activó su plan de contingencia y que el ducto ya fue reparado.""",
        about=False,
        note="an oil spill in a tributary of the river: no municipal angle",
    ),
    S(
        "w142",
        "amhoy",
        "2026-10-25T09:15:00-05:00",
        "No habrá embargos en diciembre: la comuna shanusina da tregua a los morosos por las fiestas",
        """La Municipalidad Provincial de Río Shanusi no ejecutará embargos ni retenciones bancarias por deudas tributarias durante diciembre, según un decreto de alcaldía publicado ayer. La tregua busca que los pequeños comerciantes puedan aprovechar la campaña navideña.

        Durante el mes, la oficina de Administración Tributaria concentrará su trabajo en los fraccionamientos: quienes firmen uno antes del 31 de diciembre tendrán una cuota inicial del 5 % en lugar del 20 %.

        Los comerciantes del mercado Modelo, que en setiembre protagonizaron un paro por las retenciones, saludaron la medida.""",
        m="I",
        t="tributos",
        tone="+",
        note="negation that is good news ('no habrá embargos')",
    ),
    S(
        "w143",
        "amhoy",
        "2026-11-01T08:00:00-05:00",
        "Encuesta: 55 % desaprueba la gestión del alcalde Tapullima",
        """El 55 % de los ciudadanos de Puerto Ishanga desaprueba la gestión del alcalde provincial Ulises Tapullima Vásquez y solo el 38 % la aprueba, según una encuesta de la empresa Opinión Amazónica realizada entre el 20 y el 25 de octubre a 600 personas.

        Los principales reclamos son el recojo de basura, mencionado por el 61 % de los encuestados, y la inseguridad, por el 44 %. Entre lo mejor valorado figuran el Malecón Ribereño y los puentes peatonales.

        En la encuesta de abril, la aprobación del alcalde era de 46 %. El margen de error es de 4 puntos.""",
        m="A",
        tone="-",
        note="figures carry the tone; the survey is about approval, not one service",
    ),
    S(
        "w144",
        "amhoy",
        "2026-11-08T10:40:00-05:00",
        "Programa contra la anemia llegará a once caseríos ribereños en 2027",
        """Tras reducir la anemia infantil en la ciudad de 47 % a 32 %, la comisión de salud del concejo provincial anunció que el programa de suplementación llegará el próximo año a once caseríos ribereños del distrito capital, donde la prevalencia supera el 55 %.

        La teniente alcaldesa Gladys Amasifuén Torres explicó que se contratarán seis promotoras de las propias comunidades y que la sangrecita y el pescado seco se comprarán a productores locales. «Si no es de la zona, la mamá no lo cocina», dijo.

        El presupuesto aprobado para la ampliación es de 420 000 soles.""",
        m="T",
        t="salud",
        tone="+",
        note="a successful health programme extended",
    ),
    S(
        "w145",
        "amhoy",
        "2026-11-15T09:20:00-05:00",
        "Región licita el estudio definitivo para asfaltar la carretera a Yurapaya",
        """El Gobierno Regional de Alto Pishqui convocó la licitación del expediente técnico para el asfaltado de la carretera Puerto Ishanga–Yurapaya, de 46 kilómetros, con un valor referencial de 3,9 millones de soles.

        El gerente regional de Infraestructura, Raúl Panduro Sánchez, dijo que el estudio durará ocho meses y que la obra podría licitarse a fines de 2027. «Es la respuesta al pedido de los agricultores de Yurapaya», afirmó el gerente Panduro.

        Los dirigentes agrarios, que bloquearon la vía en noviembre, dijeron que vigilarán que los plazos se cumplan.""",
        about=False,
        note="trap: 'el gerente Panduro' of the regional government",
    ),
    S(
        "w146",
        "amhoy",
        "2026-11-20T08:10:00-05:00",
        "Desagüe de Los Aguajales se reanuda tras corregir las fallas que detectó el OCI",
        """La obra de alcantarillado del asentamiento humano Los Aguajales se reanudó esta semana, después de que el contratista volvió a tender los 1,2 kilómetros de tubería que no habían pasado las pruebas de hermeticidad y cambió los buzones fisurados.

        La Municipalidad Provincial de Río Shanusi informó que las nuevas pruebas, hechas en presencia del Órgano de Control, fueron satisfactorias y que la obra tiene ahora un avance de 78 %. El costo de las correcciones lo asumió íntegramente la empresa.

        «Preferimos esperar dos meses más a tener un desagüe que reviente en la primera lluvia», dijo el presidente del comité de vigilancia, Julián Tamani.""",
        m="I",
        t="obras",
        tone="+",
        note="problems fixed at the contractor's cost: positive",
    ),
    S(
        "w147",
        "amhoy",
        "2026-11-26T11:00:00-05:00",
        "Subgerenta Shupingahua pide a los vecinos no quemar la basura: «Están envenenando a sus hijos»",
        """La subgerenta de Gestión Ambiental, Milagros Shupingahua Pezo, pidió a los vecinos de los barrios periféricos de Puerto Ishanga que dejen de quemar sus residuos en la calle, una práctica que, según dijo, se ha extendido en las últimas semanas.

        «Quemar plástico al lado de la casa es envenenar a los propios hijos», advirtió, y recordó que la ordenanza municipal sanciona la quema con multas de hasta 1 100 soles. Añadió que el recojo pasa tres veces por semana en todos los barrios.

        Vecinos de Los Aguajales consultados por este medio dijeron que queman porque el camión «no respeta los días».""",
        m="S",
        t="limpieza",
        tone="0",
        note="an official's appeal to residents with a short rebuttal: neutral",
    ),
    S(
        "w148",
        "amhoy",
        "2026-09-18T10:30:00-05:00",
        "Recibos de arbitrios llegan duplicados a 800 vecinos de Cocha Verde",
        """Unos 800 contribuyentes del barrio Cocha Verde recibieron por duplicado los recibos de arbitrios del tercer trimestre, con dos códigos distintos para el mismo predio. Varios pagaron ambos antes de darse cuenta.

        «Pagué 140 soles dos veces y ahora me dicen que la devolución demora tres meses», reclamó la profesora Judith Panaifo. La oficina de Administración Tributaria de la Municipalidad Provincial de Río Shanusi atribuyó el error a la migración del sistema de recaudación.

        La comuna anunció que los pagos duplicados se aplicarán automáticamente al trimestre siguiente para quienes no pidan la devolución en efectivo.""",
        m="I",
        t="tributos",
        tone="-",
        note="an error in tax bills",
    ),
    S(
        "w149",
        "amhoy",
        "2026-10-29T09:30:00-05:00",
        "Ni uno ni tres: la sisa del Tres de Mayo subirá a dos soles",
        """El concejo de la Municipalidad Provincial de Río Shanusi aprobó anoche que la sisa diaria del mercado Tres de Mayo suba de uno a dos soles desde enero, y no a tres como proponía la oficina de Administración Tributaria.

        El punto medio fue propuesto por el regidor Hernán Cachique, que llevó a la sesión a una delegación de comerciantes. La ordenanza obliga además a destinar la mitad de lo recaudado al mantenimiento de los baños y del techo del mercado.

        La presidenta de la asociación, Luzmila Pacaya, dijo que los comerciantes «pueden vivir con dos soles» si las obras se ven en el primer semestre.""",
        m="I R",
        t="tributos",
        tone="0",
        note="a compromise on the market fee, reported evenly",
    ),
    # --- Ishanga Digital: a town site without a feed, followed through its section page ---------------------------------
    S(
        "w150",
        "ishdigital",
        "2026-09-04T16:00:00-05:00",
        "Cansados de esperar, los vecinos del jirón Ucayali barren su propia cuadra",
        """El domingo a las siete de la mañana, una veintena de vecinos de la cuadra tres del jirón Ucayali salió con escobas, rastrillos y costales. En cuatro horas llenaron una camioneta con hojas, botellas y restos de desmonte que llevaban semanas en la vereda.

        «Aquí el barrendero no pasa desde julio. Llamamos, mandamos oficio y nada», contó Gloria Vásquez, organizadora de la jornada. La camioneta la prestó un vecino, porque el volquete que pidieron a la Municipalidad Provincial de Río Shanusi nunca llegó.

        Los vecinos dicen que repetirán la faena cada quince días y que mandarán la cuenta del combustible a la comuna.""",
        m="I",
        t="limpieza",
        tone="-",
        note="neighbours do the municipality's sweeping: a failing service",
    ),
    S(
        "w151",
        "ishdigital",
        "2026-11-09T12:00:00-05:00",
        "Shimbillo ya tiene contrato firmado: el puente empezará en diciembre",
        """Después de tres meses de espera, la Municipalidad Provincial de Río Shanusi firmó el contrato para construir el puente vehicular sobre la quebrada Shimbillo, luego de que el Órgano de Control archivó la denuncia por presunto direccionamiento de la licitación.

        El gerente municipal Édgar Panduro Reátegui dijo que el consorcio ganador instalará su campamento la primera semana de diciembre y que el plazo de ejecución es de ocho meses. El puente tendrá 42 metros de luz y capacidad para camiones de 30 toneladas.

        En el caserío, los productores de cacao celebraron con un almuerzo comunal. «Ahora sí, el próximo año sacamos la cosecha en camión», dijo Eusebio Sinarahua.""",
        m="I G",
        t="obras",
        tone="+",
        note="works unblocked after a complaint was filed away",
    ),
    S(
        "w152",
        "ishdigital",
        "2026-09-28T18:30:00-05:00",
        "Alcalde Tapullima inaugura losa deportiva con tribuna en Cocha Verde",
        """El alcalde Ulises Tapullima inauguró el sábado la losa deportiva del barrio Cocha Verde, con tribuna techada para doscientas personas, iluminación LED y servicios higiénicos. La obra costó 690 000 soles.

        Los jóvenes del barrio, que jugaban en una cancha de tierra que se convertía en charco cada vez que llovía, estrenaron la losa con un campeonato de fulbito y otro de vóley femenino.

        «Aquí los chicos van a pasar la tarde jugando y no en la esquina», dijo el presidente de la junta vecinal, Luis Inuma, que agradeció al alcalde en nombre del barrio.""",
        m="A",
        t="obras",
        tone="+",
        note="a delivered sports slab: obras",
    ),
    S(
        "w153",
        "ishdigital",
        "2026-10-10T10:00:00-05:00",
        "Veredas rotas del centro: tres adultos mayores se fracturan en un mes",
        """Tres personas mayores se fracturaron la cadera o la muñeca en octubre al caer en las veredas rotas del centro de Puerto Ishanga, según el registro de traumatología del centro de salud. Todas tropezaron en las cuadras dos y tres del jirón Lima, donde las losetas están levantadas por las raíces de los árboles.

        «Mi mamá salió a comprar pan y terminó operada», contó Ángel Huaymacari, hijo de una de las víctimas, de 78 años. Los vecinos han pedido a la Municipalidad Provincial de Río Shanusi la reparación desde 2024.

        El jirón Lima no figura en la lista de proyectos del presupuesto participativo del próximo año.""",
        m="I",
        t="obras",
        tone="-",
        note="neglected sidewalks with consequences; the health post only counts the injuries",
    ),
    S(
        "w154",
        "ishdigital",
        "2026-10-15T09:00:00-05:00",
        "Puerto Ishanga cumple 74 años: este es el programa del aniversario",
        """La Municipalidad Provincial de Río Shanusi publicó el programa de actividades por el 74 aniversario de la creación política de la provincia, que se celebrará del 16 al 19 de octubre.

        El viernes habrá izamiento de banderas y desfile escolar en la plaza de armas; el sábado, la regata de canoas en el malecón y la serenata con orquestas; el domingo, la sesión solemne de concejo y el desfile cívico-militar. El lunes se declaró día no laborable para el sector público de la provincia.

        El concurso de comidas típicas, con premios de hasta 3 000 soles, recibe inscripciones hasta el jueves en la oficina de Turismo.""",
        m="I",
        tone="0",
        note="a programme of civic events: neutral, no topic",
    ),
    S(
        "w155",
        "ishdigital",
        "2026-10-28T11:20:00-05:00",
        "Juntas vecinales y serenos vigilarán juntos Los Aguajales",
        """Catorce juntas vecinales de seguridad ciudadana de Los Aguajales firmaron un acuerdo con el serenazgo provincial para patrullar juntos el asentamiento humano los fines de semana, con silbatos, radios y chalecos reflectivos.

        El gerente municipal Édgar Panduro, que asistió a la juramentación de las juntas, dijo que cada junta tendrá comunicación directa con la central de videovigilancia. «Ustedes conocen a cada vecino; nosotros ponemos la movilidad y la radio», les dijo.

        Los dirigentes pidieron que el alumbrado de la calle principal se repare antes de que empiecen las rondas.""",
        m="G",
        t="seguridad",
        tone="+",
        note="a community security agreement",
    ),
    S(
        "w156",
        "ishdigital",
        "2026-11-05T08:30:00-05:00",
        "Adiós a don Ulises Tapullima Shuña, el panadero que alimentó a Puerto Ishanga por medio siglo",
        """Puerto Ishanga despidió ayer a don Ulises Tapullima Shuña, fundador de la panadería La Espiga, la primera de la ciudad con horno a gas. Murió a los 89 años en su casa del jirón Napo, rodeado de sus once hijos.

        Don Ulises llegó de Tres Quebradas en 1961 con un costal de harina y una receta de pan de yema que aprendió de un cocinero de barco. Durante décadas, su pan salía caliente a las cinco de la mañana y llegaba en canoa hasta los caseríos del bajo Shanusi.

        Pese al apellido, no tenía parentesco con el actual alcalde provincial. Sus restos descansan en el Cementerio General.""",
        about=False,
        note="namesake obituary (given name and first surname); 'el actual alcalde provincial' unnamed is no mention",
    ),
    S(
        "w157",
        "ishdigital",
        "2026-11-12T17:40:00-05:00",
        "Otra vez basura en la puerta del Tres de Mayo",
        """Los comerciantes del mercado Tres de Mayo volvieron a encontrar esta mañana una montaña de residuos frente a la puerta principal: cajas, cáscaras y restos de pollo que, según dicen, el municipio shanusino no recoge desde el lunes.

        «Nos suben la sisa y nos dejan la basura en la puerta; así quién va a querer comprar aquí», reclamó la vendedora de verduras Isabel Arirama. Los perros callejeros habían regado las bolsas hasta la mitad de la pista.

        A mediodía pasó un volquete y retiró parte de los residuos. El resto seguía en la vereda al cierre de esta nota.""",
        m="I",
        t="limpieza",
        tone="-",
        note="uncollected market garbage; the sisa is a passing complaint",
    ),
    S(
        "w158",
        "ishdigital",
        "2026-11-19T10:15:00-05:00",
        "Jóvenes pintan cuarenta metros de murales con bufeos y paiches en el barrio Belén",
        """Un grupo de quince jóvenes artistas del colectivo Pincel Ribereño terminó un mural de cuarenta metros en la pared de la escuela del barrio Belén, con bufeos colorados, paiches, garzas y una canoa cargada de plátanos.

        El proyecto fue financiado por una ONG ambientalista y por los padres de familia, que pusieron la pintura. «Queremos que los niños vean en la pared lo que tienen en el río», dijo la coordinadora, Zulema Torres.

        El colectivo busca ahora otra pared en el barrio Tahuampa para el próximo verano.""",
        about=False,
        note="a community mural; paiche the fish; no municipal angle",
    ),
    S(
        "w159",
        "ishdigital",
        "2026-11-29T13:00:00-05:00",
        "Teniente alcaldesa organiza colecta para las familias inundadas de Belén",
        """La teniente alcaldesa Gladys Amasifuén Torres instaló en el hall del local municipal un centro de acopio para las familias del barrio Belén que perdieron sus enseres por la creciente.

        Se reciben ropa, frazadas, víveres no perecibles, útiles de aseo y agua embotellada, de ocho de la mañana a ocho de la noche. «Lo que más falta son colchones y ropa de niños», explicó la regidora.

        En el primer día se reunieron más de dos toneladas de donaciones, que serán repartidas el sábado con apoyo de la parroquia.""",
        m="T",
        tone="+",
        note="relief for flood victims: none of the five topics",
    ),
    S(
        "w160",
        "ishdigital",
        "2026-09-22T09:45:00-05:00",
        "Cachique acusa a la gestión de ceder un terreno municipal a un club de amigos del alcalde",
        """El regidor Hernán Cachique Rengifo denunció que la Municipalidad Provincial de Río Shanusi cedió en uso por treinta años un terreno de 2 400 metros cuadrados frente al malecón a un club social cuyo directorio integran, según dijo, tres amigos cercanos del alcalde.

        «Es el último terreno municipal con vista al río y se lo regalan a un club privado a cambio de un sol simbólico al año», afirmó el concejal, que pidió la nulidad del acuerdo de concejo.

        La secretaría general de la municipalidad respondió que la cesión fue aprobada por mayoría y que el club se comprometió a construir una escuela de natación abierta a los escolares.""",
        m="R I",
        tone="-",
        note="an accusation over municipal land: no topic; 'del alcalde' unnamed is no mention",
    ),
    S(
        "w161",
        "ishdigital",
        "2026-10-21T08:00:00-05:00",
        "Tahuampa pide fumigación urgente: seis casos de dengue en una sola calle",
        """Los vecinos del pasaje Los Cedros, en el barrio Tahuampa, contaron seis casos de dengue en sus doce casas en apenas dos semanas. Ayer llevaron un memorial a la Municipalidad Provincial de Río Shanusi para pedir que las brigadas de fumigación vuelvan al barrio.

        «La primera ronda pasó en agosto; después, nada», dijo Rosa Huayunga, cuyo hijo de nueve años estuvo internado tres días. En el pasaje hay una zanja con agua estancada que, según los vecinos, nadie ha limpiado.

        La comuna respondió que la segunda ronda se retomará cuando se renueven los contratos de los brigadistas.""",
        m="I",
        t="salud",
        tone="-",
        note="a stalled health campaign",
    ),
    # --- Revista Maloca: regional magazine, opinion columns in the RSS description --------------------------------------
    S(
        "w162",
        "maloca",
        "2026-09-13T08:00:00-05:00",
        "El Paiche y su pecera de tecnopor",
        """Hay alcaldes que gobiernan con obras y alcaldes que gobiernan con maquetas. El nuestro ha descubierto una tercera vía: gobernar con maquetas de obras. La del nuevo mercado de Puerto Ishanga, en tecnopor blanco y con carritos de juguete, lleva dos años en la oficina del Paiche Tapullima, y ya es la construcción más visitada de la provincia.

        Es justo decirlo: la maqueta está impecable. No tiene observaciones en el expediente, no se ha paralizado por falta de pago ni ha sido denunciada ante el OCI. Es, con diferencia, la obra mejor ejecutada de la gestión.

        Mientras tanto, los comerciantes del mercado viejo siguen vendiendo bajo un techo que gotea, y los vecinos esperan que algún día la pecera de tecnopor se convierta en ladrillo. Con suerte, antes de que acabe el mandato.""",
        m="A",
        t="obras",
        tone="-",
        note="sarcastic column: praise of the model means the opposite; the nickname alias",
    ),
    S(
        "w163",
        "maloca",
        "2026-09-27T08:00:00-05:00",
        "El Shanusi, un río que no sale en los mapas escolares",
        """En los mapas que cuelgan en las aulas de Lima, el Shanusi es una línea azul sin nombre que se pierde entre el verde. Para quienes nacimos en sus orillas es otra cosa: la carretera, el mercado, la despensa y el cementerio de los que no volvieron de pescar.

        El río tiene 340 kilómetros y dos caras. En vaciante deja playas blancas donde se siembra frijol y se juega fútbol; en creciente se mete a las casas de Belén y arrastra palizadas que parten lanchas. Sus cochas son criaderos de gamitana y de paiche, y sus remansos, territorio de bufeos.

        Hoy el Shanusi carga petróleo de los ductos, aserrín de los aserraderos y plástico de todas las ciudades de sus orillas. Quizá el día que aparezca en los mapas escolares alguien se acuerde también de cuidarlo.""",
        about=False,
        note="an essay on the river that gives the province its name",
    ),
    S(
        "w164",
        "maloca",
        "2026-10-11T08:00:00-05:00",
        "La basura que no queremos ver",
        """Cada día, Puerto Ishanga produce 48 toneladas de basura y cada día, sin excepción, esas 48 toneladas terminan en el mismo hueco del kilómetro 7. Ahí no hay celdas, ni geomembrana, ni tratamiento de lixiviados: solo gallinazos, humo y una veintena de familias que viven de lo que otros botan.

        La Municipalidad Provincial de Río Shanusi tiene un discurso ambiental moderno: compost, bolsas de tela, colegios que separan sus residuos. Son buenas iniciativas, y la subgerenta Shupingahua merece reconocimiento por ellas. Pero no pueden esconder lo esencial: siete años después del primer perfil, la ciudad no tiene relleno sanitario y el botadero arde cada verano.

        Mientras no se resuelva eso, todo lo demás es maquillaje sobre una herida abierta.""",
        m="I S",
        t="limpieza",
        tone="-",
        note="a column that concedes good initiatives but weighs the failure",
    ),
    S(
        "w165",
        "maloca",
        "2026-10-25T08:00:00-05:00",
        "Carta abierta: ¿quién pagará el mercado?",
        """Por Hernán Cachique Rengifo, regidor de la provincia de Río Shanusi.

        El 15 de octubre, pasada la medianoche, el concejo aprobó endeudar a la Municipalidad Provincial de Río Shanusi por 8 millones de soles para construir un mercado cuyo expediente técnico todavía tiene observaciones. Voté en contra y explico por qué.

        Con una cuota anual de casi un millón de soles, las próximas tres gestiones heredarán una deuda por una obra que nadie sabe cuándo empezará. Si los puestos no se alquilan a tiempo, la cuota se pagará con el dinero del recojo de basura y de las pistas de los barrios. Pido que, antes de firmar el préstamo, el expediente tenga conformidad del ministerio y que se publique el estudio de mercado completo.""",
        m="R I",
        t="obras",
        tone="-",
        note="an opinion piece by the opposition regidor against a loan for the market",
    ),
    S(
        "w166",
        "maloca",
        "2026-11-08T08:00:00-05:00",
        "Lo que sí hizo bien la comuna shanusina",
        """En estas páginas hemos criticado con frecuencia a la comuna shanusina, y lo seguiremos haciendo cuando haga falta. Por eso mismo corresponde decirlo cuando algo sale bien: el policlínico municipal del jirón Comercio es una de las mejores decisiones de esta gestión.

        Cinco soles por consulta, atención en media hora, ginecología, psicología y un laboratorio básico. En una ciudad donde sacar una cita en el centro de salud exige madrugar y rogar, eso no es poca cosa. Más de cuatro mil atenciones en tres meses lo confirman.

        Ojalá el ejemplo cunda: que la misma eficiencia llegue un día a las postas de los caseríos, donde una consulta todavía cuesta un viaje en canoa.""",
        m="I",
        t="salud",
        tone="+",
        note="a column that praises a municipal health post",
    ),
    S(
        "w167",
        "maloca",
        "2026-11-22T08:00:00-05:00",
        "Dengue: la epidemia de la indiferencia",
        """Cada año es lo mismo: llegan las lluvias, llega el zancudo y llegan las promesas. El Ministerio de Salud anuncia brigadas que aparecen cuando el pico ya pasó, la Diresa reparte folletos y los hospitales se llenan de niños con fiebre.

        Alto Pishqui cierra este año con más de 2 300 casos y cuatro muertos. Ninguno de ellos era inevitable. Bastaba con fumigar a tiempo, eliminar criaderos antes de las lluvias y tener personal en los puestos de salud de las comunidades.

        La lucha contra el dengue no es una campaña de dos semanas; es una política de todo el año. Mientras Lima no lo entienda, seguiremos contando muertos cada verano.""",
        about=False,
        note="a regional column on dengue with no municipal actor named",
    ),
    S(
        "w168",
        "maloca",
        "2026-09-30T08:00:00-05:00",
        "Tres Quebradas, el distrito que nadie visita",
        """Para llegar a Tres Quebradas hay que navegar seis horas río arriba desde Puerto Ishanga. No hay carretera, no hay señal de celular fuera de la plaza y el médico más cercano está a una noche de viaje. Allí viven 7 000 personas que, con razón, se sienten olvidadas.

        El alcalde Tapullima de ese distrito, Nilo, ha sabido convertir esa soledad en discurso: pide, reclama y denuncia en cada radio que le presta el micrófono. Sus críticos le reprochan que su gestión se reduce a eso, y la fiscalía investiga sus compras de combustible.

        Pero el problema de fondo es más viejo que cualquier alcalde: un Estado que solo llega a la selva cuando hay elecciones o derrames.""",
        about=False,
        note="column about a district and its namesake Mayor ('el alcalde Tapullima de ese distrito, Nilo')",
    ),
    S(
        "w169",
        "maloca",
        "2026-11-29T08:00:00-05:00",
        "Dos años de Tapullima: luces y sombras",
        """Llegada la mitad del mandato, es justo hacer un balance de la gestión del alcalde Ulises Tapullima Vásquez, sin el entusiasmo de sus partidarios ni el encono de sus adversarios.

        En el haber: el Malecón Ribereño, tres puentes peatonales, las pistas del jirón Napo y una ejecución de inversiones que subió veinte puntos. En el debe: el mercado que sigue en maqueta, el embarcadero paralizado, el botadero que arde cada verano y un recojo de basura que la mitad de los vecinos califica de malo.

        Ni el desastre que pinta la oposición ni la gestión histórica que anuncian los paneles. Una administración con obras visibles y con las mismas deudas pendientes de siempre. Los dos años que quedan dirán cuál de las dos columnas pesa más.""",
        m="A",
        t="obras limpieza",
        tone="0",
        note="a balanced mid-term column: neutral; its weight is works and waste",
    ),
    # --- more originals, late November ------------------------------------------------------------------------------------
    S(
        "w170",
        "cronica",
        "2026-11-04T07:25:00-05:00",
        "Panduro presenta sus descargos a la Contraloría: «Nadie ha robado un sol»",
        """El gerente municipal de Río Shanusi, Édgar Panduro Reátegui, entregó ayer a la Contraloría un expediente de 600 folios con sus descargos al informe que encontró un perjuicio de 1,2 millones de soles en la compra de las camionetas y motos del serenazgo.

        «Nadie ha robado un sol. Compramos unidades con blindaje nivel II y equipo de radio policial que no existen en el catálogo», dijo a la salida. El expediente incluye una pericia de parte según la cual el sobrecosto real sería de 84 000 soles, atribuibles al traslado por río desde Pishquicocha.

        La Contraloría tiene treinta días para evaluar los descargos. Si los rechaza, el caso pasará a la Procuraduría y el gerente podría ser inhabilitado hasta por cinco años.""",
        m="G",
        t="seguridad",
        tone="-",
        note="the manager's defence against an audit: still a story about the accusation",
    ),
    S(
        "w171",
        "cronica",
        "2026-11-10T19:20:00-05:00",
        "Colegios y municipio instalan una mesa de salud mental tras tres intentos de suicidio escolar",
        """Directores de doce colegios de Puerto Ishanga, la UGEL Río Shanusi, el centro de salud mental comunitario y la comisión de salud del concejo provincial instalaron ayer una mesa de trabajo sobre salud mental escolar, tras tres intentos de suicidio de adolescentes en lo que va del semestre.

        La teniente alcaldesa Gladys Amasifuén Torres, que convocó la reunión, propuso que los psicólogos del policlínico municipal visiten cada colegio una vez por semana y que se abra una línea telefónica de escucha atendida por voluntarios capacitados.

        Los directores pidieron que la mesa se reúna cada mes y que se incluya a los padres de familia. La primera jornada de capacitación para docentes será el 2 de diciembre.""",
        m="T",
        t="salud",
        tone="0",
        note="a working group set up; the UGEL Río Shanusi is not the institution",
    ),
    S(
        "w172",
        "cronica",
        "2026-11-18T07:15:00-05:00",
        "El botadero del kilómetro 7, por fin cercado: dos hectáreas cubiertas con tierra y sin incendios desde octubre",
        """Por primera vez desde que existe, el botadero del kilómetro 7 tiene un cerco perimétrico de malla y una caseta de control en la entrada. La subgerencia de Gestión Ambiental cubrió además con tierra compactada dos de las cinco hectáreas colmatadas, las que ardieron en setiembre.

        La subgerenta Milagros Shupingahua Pezo explicó que desde la cobertura no se ha registrado ningún foco de incendio y que el cerco impide el ingreso de cerdos y de personas por la noche. «No es un relleno sanitario, y no lo vendemos como tal; es reducir el daño mientras llega», dijo.

        Las familias de Los Aguajales confirman que el humo desapareció. La Municipalidad Provincial de Río Shanusi invirtió 340 000 soles en los trabajos.""",
        m="S I",
        t="limpieza",
        tone="+",
        note="an improvement at the dump, frankly framed",
    ),
    S(
        "w173",
        "cronica",
        "2026-11-24T08:00:00-05:00",
        "Gritos en el concejo: Tapullima y Cachique se enfrentan por la auditoría del malecón",
        """La sesión ordinaria del concejo provincial terminó ayer entre gritos, cuando el alcalde Ulises Tapullima y el regidor Hernán Cachique se enfrentaron por la moción para auditar la segunda etapa del Malecón Ribereño, que la mayoría rechazó por segunda vez.

        «Usted tapa la corrupción con su mayoría», le dijo el concejal. «Y usted ve corrupción hasta en su espejo», respondió el alcalde, antes de levantar la sesión sin agotar la agenda. Los regidores oficialistas abandonaron la sala mientras el público silbaba.

        Quedaron pendientes la aprobación del plan de manejo de residuos y dos convenios con la universidad. El secretario general dijo que se convocará a una nueva sesión en la semana.""",
        m="A R",
        t="obras",
        tone="-",
        note="a council brawl over an audit of works; 'el concejo provincial' is not the institution",
    ),
    S(
        "w174",
        "amazonia",
        "2026-11-26T07:30:00-05:00",
        "Desembarco de pescado en La Boca estrena contenedores y lavaderos",
        """Los pescadores que cada madrugada desembarcan su captura en el embarcadero La Boca de Puerto Ishanga ya no lavan el pescado en el río ni dejan las vísceras en la orilla. La Municipalidad Provincial de Río Shanusi instaló seis lavaderos con agua potable, diez contenedores cerrados y un punto de acopio de residuos orgánicos.

        El acuerdo, firmado con la asociación de pescadores, obliga a cada comerciante a depositar los restos en los contenedores, que el camión recoge todos los días a las nueve de la mañana. Los restos se llevan a la planta de compostaje.

        «Antes, a las diez de la mañana, la bajada olía tan fuerte que los turistas se tapaban la nariz», reconoció el dirigente pesquero Hernán Cachique Sangama.""",
        m="I",
        t="limpieza",
        tone="+",
        note="waste handling at the fish landing; the fishermen's leader is the regidor's namesake",
    ),
    S(
        "w175",
        "rishanga",
        "2026-11-29",
        "Jirón Napo se entregará antes de Navidad, dentro del plazo",
        """Buenas tardes, amigos. El alcalde provincial Ulises Tapullima confirmó esta mañana, en enlace con nuestro noticiero, que la pavimentación de las siete cuadras del jirón Napo se entregará el 20 de diciembre, dentro del plazo de noventa días que se anunció en setiembre.

        Según el burgomaestre, solo falta vaciar el concreto de la última cuadra y pintar la señalización. «Hemos trabajado hasta con lluvia, con carpas sobre el concreto fresco», dijo, y agradeció la paciencia de los vecinos por el polvo y el ruido.

        La entrega será con una misa y un almuerzo comunal que organizan los propios vecinos de la calle.""",
        m="A",
        t="obras",
        tone="+",
        note="works on schedule; date-only value",
    ),
    S(
        "w176",
        "selvatv",
        "2026-11-29T04:55:00Z",
        "Médicos del policlínico municipal atienden a niños del albergue de Belén",
        """CONDUCTORA: Y en el albergue del coliseo de Puerto Ishanga, donde duermen las familias inundadas de Belén, ya se atiende a los niños con diarreas y afecciones de la piel.

        REPORTERO: Un equipo del policlínico de la Municipalidad Provincial de Río Shanusi instaló un consultorio en el mismo coliseo. En dos días atendió a 140 menores y entregó sales de rehidratación, antiparasitarios y cremas. La teniente alcaldesa Gladys Amasifuén dijo que el consultorio funcionará mientras haya familias en el albergue.

        REPORTERO: Las madres agradecieron la atención, aunque pidieron más baños portátiles: hoy hay cuatro para más de seiscientas personas.""",
        m="I T",
        t="salud",
        tone="+",
        note="23:55 Lima on 28 November; municipal health care in a shelter",
    ),
    S(
        "w177",
        "amhoy",
        "2026-11-28T10:00:00-05:00",
        "Cachique: los volquetes alquilados para la basura son de la familia de un regidor oficialista",
        """El regidor Hernán Cachique Rengifo denunció que los dos volquetes que la Municipalidad Provincial de Río Shanusi alquila desde octubre para el recojo de basura pertenecen a una empresa cuya gerente es la esposa de un regidor de la mayoría.

        Según los documentos que mostró, la comuna paga 1 200 soles diarios por cada volquete, el doble de lo que cobran otras empresas de la ciudad. «Mientras el compactador sigue en el taller, alguien hace negocio con la basura», afirmó.

        La subgerencia de Logística respondió que la contratación se hizo por comparación de precios y que la empresa fue la única que ofreció disponibilidad inmediata.""",
        m="R I",
        t="limpieza",
        tone="-",
        note="an accusation about garbage-service contracts",
    ),
    S(
        "w178",
        "ishdigital",
        "2026-11-28T12:30:00-05:00",
        "Adiós a las goteras: el mercado Modelo estrena techo nuevo",
        """Después de cinco temporadas de lluvias con baldes bajo cada puesto, los comerciantes del mercado Modelo de Puerto Ishanga trabajan ya bajo un techo nuevo de calamina termoacústica, con canaletas y bajadas que llevan el agua directamente al drenaje.

        La Municipalidad Provincial de Río Shanusi cambió los 2 800 metros cuadrados de cobertura en seis semanas, trabajando de noche para no cerrar el mercado. La obra costó 870 000 soles.

        «El sábado llovió toda la tarde y no se mojó ni un saco de arroz», celebró la comerciante de abarrotes Juana Ríos.""",
        m="I",
        t="obras",
        tone="+",
        note="a delivered repair of the market building: obras",
    ),
    # --- syndicated copies ---------------------------------------------------------------------------------------------
    # Portal Oriente Informa: an aggregator that republishes with its own headlines, teasers in RSS
    C(
        "w179",
        "w001",
        "oriente",
        "2026-09-02T11:30:00-05:00",
        "Puerto Ishanga: entregan segunda etapa del malecón con 480 metros nuevos",
        extra="Fuente: La Crónica del Shanusi.",
    ),
    C(
        "w180",
        "w004",
        "oriente",
        "2026-09-05T12:00:00-05:00",
        "Incendio en el botadero del kilómetro 7 afecta a vecinos de Los Aguajales",
        lead="Un incendio subterráneo en el botadero del kilómetro 7 de la carretera a Yurapaya mantiene desde hace cinco días una columna de humo sobre el asentamiento humano Los Aguajales, en Puerto Ishanga.",
    ),
    C(
        "w181",
        "w007",
        "oriente",
        "2026-09-09T15:40:00-05:00",
        "Denuncian ante el OCI presunto direccionamiento en el puente de Shimbillo",
        extra="Con información de La Crónica del Shanusi.",
    ),
    C(
        "w182",
        "w012",
        "oriente",
        "2026-09-15T13:00:00-05:00",
        "Mercado Modelo: comerciantes protestan por la retención de sus cuentas",
        lead="Comerciantes del mercado Modelo de Puerto Ishanga protestaron ayer luego de que la Municipalidad Provincial de Río Shanusi ordenara la retención de sus cuentas bancarias por deudas de sisa y arbitrios.",
    ),
    C(
        "w183",
        "w019",
        "oriente",
        "2026-09-23T16:20:00-05:00",
        "Oposición cuestiona la demora del nuevo mercado de Puerto Ishanga",
        lead="El nuevo mercado de abastos de Puerto Ishanga todavía no tiene terreno saneado ni expediente aprobado, según se denunció en la última sesión del concejo provincial.",
        m="",
        note="the copy's new lead drops every name: still about us (the municipal market), no one named",
    ),
    C(
        "w184",
        "w026",
        "oriente",
        "2026-10-01T14:00:00-05:00",
        "Caserío Lupuna Caño estrena puente colgante de 68 metros",
        extra="Fuente: La Crónica del Shanusi.",
    ),
    C(
        "w185",
        "w029",
        "oriente",
        "2026-10-05T12:15:00-05:00",
        "Turistas chilenos asaltados en el malecón de Puerto Ishanga",
    ),
    C(
        "w186",
        "w036",
        "oriente",
        "2026-10-13T18:00:00-05:00",
        "Cocha Verde: 62 días sin agua y protesta contra el alcalde",
    ),
    C(
        "w187",
        "w042",
        "oriente",
        "2026-10-20T13:30:00-05:00",
        "Alcalde de Río Shanusi hace balance: 38 obras en dos años",
        lead="El alcalde provincial de Río Shanusi, Ulises Tapullima Vásquez, presentó el domingo el balance de sus dos primeros años de gestión: 38 obras terminadas, entre pistas, puentes peatonales, losas deportivas y el Malecón Ribereño.",
        m="A R",
        note="the new lead drops 'municipio shanusino', the only naming of the institution",
    ),
    C(
        "w188",
        "w047",
        "oriente",
        "2026-09-14T17:00:00-05:00",
        "Convocan el estudio del relleno sanitario de Puerto Ishanga",
        extra="Fuente: Diario Amazonía Central.",
    ),
    C(
        "w189",
        "w063",
        "oriente",
        "2026-10-15T15:00:00-05:00",
        "Alcaldesa de Santa Lucía del Shanusi reclama la trocha prometida por la provincia",
    ),
    C(
        "w190",
        "w098",
        "oriente",
        "2026-10-24T09:00:00-05:00",
        "Contraloría observa compra de vehículos del serenazgo en Río Shanusi",
        extra="Fuente: Selva Visión Canal 11.",
    ),
    C(
        "w191",
        "w008",
        "oriente",
        "2026-09-11T08:00:00-05:00",
        "Deportivo Río Shanusi clasifica con dos goles del juvenil Tapullima",
    ),
    C(
        "w192",
        "w118",
        "oriente",
        "2026-11-04T18:00:00-05:00",
        "Compost de los mercados reduce la basura del botadero de Puerto Ishanga",
        extra="Fuente: Red Nacional de Prensa.",
    ),
    C(
        "w193",
        "w143",
        "oriente",
        "2026-11-01T15:00:00-05:00",
        "Aprobación del alcalde de Puerto Ishanga cae a 38 %",
    ),
    C(
        "w194",
        "w135",
        "oriente",
        "2026-10-12T14:00:00-05:00",
        "Huelga de obreros de limpieza: cuatro días sin recojo en Puerto Ishanga",
    ),
    # Amazonía Hoy Noticias republishes regional and national stories
    C(
        "w195",
        "w010",
        "amhoy",
        "2026-09-12T15:00:00-05:00",
        "Dengue baja a la mitad en Puerto Ishanga tras la fumigación casa por casa",
        extra="Con información de La Crónica del Shanusi.",
    ),
    C(
        "w196",
        "w038",
        "amhoy",
        "2026-10-15T09:30:00-05:00",
        "Concejo de Río Shanusi aprueba préstamo de 8 millones para el mercado",
        lead="El concejo de la Municipalidad Provincial de Río Shanusi aprobó en la madrugada de hoy un endeudamiento de 8 millones de soles con el Banco de la Nación para construir el nuevo mercado de abastos de Puerto Ishanga.",
    ),
    C(
        "w197",
        "w116",
        "amhoy",
        "2026-10-21T18:00:00-05:00",
        "Río Shanusi estrena serenazgo fluvial con dos deslizadores",
    ),
    C(
        "w198",
        "w123",
        "amhoy",
        "2026-10-02T16:00:00-05:00",
        "Alcalde de Tres Quebradas, investigado por compra de combustible",
    ),
    # Red Nacional de Prensa picks up regional stories
    C(
        "w199",
        "w001",
        "rnp",
        "2026-09-02T20:00:00Z",
        "Ciudad amazónica recupera su orilla con un malecón de 480 metros",
        lead="Puerto Ishanga, capital de la provincia amazónica de Río Shanusi, tiene desde ayer 480 metros más de malecón a orillas del río. La obra, de la Municipalidad Provincial de Río Shanusi, permitió el regreso de las vendedoras de juane y tacacho que habían sido retiradas hace catorce meses.",
    ),
    C(
        "w200",
        "w087",
        "rnp",
        "2026-11-17T18:00:00Z",
        "Serenos se lanzan al río y salvan a un niño en Puerto Ishanga",
        extra="Con información de Radio Ishanga 101.3 FM.",
    ),
    C(
        "w201",
        "w054",
        "rnp",
        "2026-11-02T19:00:00Z",
        "Obra de embarcadero en la Amazonía, paralizada por deuda con el contratista",
    ),
    # Perú Regiones Hoy republishes the agency
    C(
        "w202",
        "w112",
        "pregiones",
        "2026-09-19T09:00:00-05:00",
        "Adiós a las bolsas plásticas en los mercados de Puerto Ishanga",
    ),
    C(
        "w203",
        "w121",
        "pregiones",
        "2026-11-25T18:30:00-05:00",
        "Puerto Ishanga tendrá hospital: el Minsa lo incluye en el préstamo del BID",
    ),
    C(
        "w204",
        "w113",
        "pregiones",
        "2026-10-01T08:00:00-05:00",
        "Tapullima propone un canon forestal para las provincias amazónicas",
    ),
    C(
        "w205",
        "w014",
        "pregiones",
        "2026-09-17T18:00:00-05:00",
        "Alto Pishqui estrena hospital regional tras nueve años de obra",
    ),
    # Radio Ishanga reads the press on air
    C(
        "w206",
        "w025",
        "rishanga",
        "2026-09-30",
        "Lo que dice la prensa: Tahuampa bloqueó la avenida Amazonas por la basura",
        lead="Les contamos, amigos, lo que publica hoy La Crónica del Shanusi: con costales de basura apilados de vereda a vereda, los vecinos del barrio Tahuampa bloquearon durante tres horas la avenida Amazonas porque el camión recolector no pasa por sus calles desde hace diez días.",
    ),
    C(
        "w207",
        "w065",
        "rishanga",
        "2026-10-29",
        "Recaudación del predial sube 23 % en la provincia",
    ),
    C(
        "w208",
        "w151",
        "rishanga",
        "2026-11-10",
        "Firmado el contrato del puente de Shimbillo",
    ),
    # Selva Visión reads regional stories
    C(
        "w209",
        "w062",
        "selvatv",
        "2026-10-09T04:30:00Z",
        "Doce millones para el desagüe del barrio Belén",
    ),
    C(
        "w210",
        "w090",
        "selvatv",
        "2026-11-28T04:40:00Z",
        "Belén reclama la fumigación prometida contra el dengue",
        note="copy at 23:40 Lima, the same Lima day as the original",
    ),
    # Ishanga Digital copies the provincial daily and the radio
    C(
        "w211",
        "w015",
        "ishdigital",
        "2026-09-18T15:00:00-05:00",
        "La vereda del jirón Comercio amanece limpia con el recojo nocturno",
    ),
    C(
        "w212",
        "w077",
        "ishdigital",
        "2026-10-13T18:00:00-05:00",
        "Catorce cámaras de videovigilancia ya graban el centro y el puerto",
    ),
    # Diario Amazonía Central copies the provincial daily
    C(
        "w213",
        "w170",
        "amazonia",
        "2026-11-04T09:00:00-05:00",
        "Gerente de Río Shanusi entrega sus descargos por la compra de camionetas",
    ),
    C(
        "w214",
        "w146",
        "amazonia",
        "2026-11-20T12:00:00-05:00",
        "Desagüe de Los Aguajales: la obra se reanuda con 78 % de avance",
    ),
]
