# ruff: noqa: E501
"""Twenty-first held-out part: a blind figure about another invented district, this time in the central jungle.

Written by hand by a new writer (writer 26), for this purpose only, WITHOUT looking at the pipeline's code
(heraldo/**), at its tests, baselines, tone or topic dumps, at the other parts' stories (beyond the header, SETUP,
SOURCES and first stories of heldout6, for the format) or at any report of the pipeline on them. Labels follow the
labelling rules of docs/monitoring-evaluation.md and were fixed as a reader before the part was ever run; they must
not be changed because of what the pipeline answers. Every name, outlet and place is invented.

This part brings its own watch list (SETUP), outlets, person codes and template furniture: the Municipalidad
Distrital de Pucharini (MDPU), a fast-growing district of the selva central foothills on the carretera Marginal,
in the province of Cushimayo: coffee and citrus, Asháninka native communities up the rivers Tsiriari and Shimaqui,
suspension bridges and river rafts, landslides in the rainy season, the Shirampari waterfall and its tourists,
motocarros everywhere. Its Mayor is a man.

Codes: m = who is named (A alcalde Isidoro Paucarchuco Gamarra «Chilo», G gerente municipal Jhonatan Ricse
Palomino, T teniente alcaldesa Marleni Pizarro Huaynate, R regidor (opposition) Nelson Mishari Campos, S gerenta
de Seguridad Ciudadana Doris Untiveros Salazar, I the Municipalidad Distrital de Pucharini); t = topics (limpieza
seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the
municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own
headline, sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "el alcalde pucharinense", "el alcalde de Pucharini", "el burgomaestre de Pucharini" are a title plus the place:
  they name the Mayor. A bare "el alcalde", "el burgomaestre", "la primera autoridad", "la comuna", "el
  municipio", "la gestión edil", "la actual gestión" do not. "Paucarchuco" alone after the Mayor was named is part
  of the same mention. «Chilo» alone counts only where it is plainly him (a story about his administration).
- "Municipalidad (Distrital) de Pucharini", "municipio pucharinense", "comuna pucharinense", "municipalidad
  pucharinense", "municipio/comuna de Pucharini", "la MDPU" name the institution. "Vecinos de Pucharini", "el
  serenazgo de Pucharini", "el distrito", "la gerencia municipal", "el palacio municipal" do not. A person named
  with a title plus the place ("la gerenta de Seguridad Ciudadana de Pucharini") is that person, not the
  institution.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly him),
  title plus surname ("el regidor Mishari", "la gerenta Untiveros") or a listed alias.
- Traps: Rómulo Paucarchuco Inga, Mayor of the neighbouring district Villa Quimpiri ("el alcalde Paucarchuco"
  there, no relative); the cumbia singer Wilder «Chilo» Paucarchuco; the footballer Jhonatan Ricse of Deportivo
  Tsiriari; the volleyball player Marleni Pizarro Quispe; the Asháninka leader Ruth Mishari Chimanca, jefa of the
  native community of Otsitiari; the provincial Mayor Genaro Villanueva Oré of Cushimayo; a caserío also called
  Pucharini in Huancavelica; the Cooperativa Agraria Cafetalera Pucharini, Pucharini FC, the regional government's
  Hospital de Apoyo de Pucharini and the police station (comisaría) of Pucharini, none of them the municipality.
- A story that names one of ours only in passing (a list of districts receiving a transfer, one line of a regional
  piece about coffee prices or the highway) is not about the municipality: about=False, its mentions still listed,
  tone neutral, no topics.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the regional or national government (Provías, the Ministry, the Congress) is neutral toward us
  unless the story is about our own failure. A mixed story takes the tone a press officer would take away
  (headline and weight of the text). An accusation the official denies is still a story about an accusation
  (negative). Sarcasm is read for what it means. Stories not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention (serenos guarding a fair, a council member's leave). A road, bridge or health post the Mayor asks
  others to build takes that topic. Roads, bridges, retaining walls, sewage and drinking-water works, parks and the
  market building are obras; clearing a landslide with municipal machinery and emergency aid are civil defence,
  none of the five. Water cuts, street lighting, the Vaso de Leche, traffic and motocarro permits, tourism and the
  waterfall's entrance ticket, culture and sport are none of the five. Predial, arbitrios, alcabala, the market
  fee (sisa) and the enforced collection of those debts are tributos municipales. Fumigation against dengue, anemia
  and vaccination campaigns, health posts and municipal ambulances are salud. A relleno sanitario project is both
  limpieza and obras.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcaldesa",
    "R": "regidor_mishari",
    "S": "gerenta_seguridad",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de Pucharini",
        "short_name": "MDPU",
        "level": "DISTRITAL",
        "province": "Cushimayo",
        "aliases": ["municipio pucharinense", "comuna pucharinense", "Municipalidad de Pucharini"],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Isidoro",
            "surnames": "Paucarchuco Gamarra",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "Chilo",
            "aliases": ["Chilo Paucarchuco", "alcalde Paucarchuco", "Paucarchuco Gamarra", "Isidoro Paucarchuco"],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Jhonatan",
            "surnames": "Ricse Palomino",
            "sex": "M",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerente Ricse", "gerente municipal Jhonatan Ricse"],
        },
        {
            "key": "teniente_alcaldesa",
            "given_names": "Marleni",
            "surnames": "Pizarro Huaynate",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Pizarro", "regidora Pizarro"],
        },
        {
            "key": "regidor_mishari",
            "given_names": "Nelson",
            "surnames": "Mishari Campos",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Mishari", "concejal Mishari"],
        },
        {
            "key": "gerenta_seguridad",
            "given_names": "Doris",
            "surnames": "Untiveros Salazar",
            "sex": "F",
            "position": "Gerente de Seguridad Ciudadana",
            "position_feminine": "Gerenta de Seguridad Ciudadana",
            "office_code": "GERENTE_SEGURIDAD",
            "aliases": ["gerenta Untiveros", "Doris Untiveros"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "prensa": {
        "name": "La Prensa de la Selva Central",
        "host": "laprensaselvacentral.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 58000,
    },
    "colono": {
        "name": "Diario El Colono",
        "host": "diarioelcolono.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 41000,
    },
    "rcafe": {
        "name": "Radio Cafetal 101.5 FM",
        "host": "radiocafetal.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 15000,
    },
    "selvatv": {
        "name": "Selva TV Canal 21",
        "host": "selvatv21.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 88000,
    },
    "apr": {
        "name": "Agencia de Prensa Regional",
        "host": "agenciaprensaregional.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 240000,
    },
    "regiones": {
        "name": "Perú Regiones Hoy",
        "host": "peruregioneshoy.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 510000,
    },
    "informante": {
        "name": "El Informante Cafetalero",
        "host": "informantecafetalero.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 19000,
    },
    "pad": {
        "name": "Pucharini al Día",
        "host": "pucharinialdia.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 4500,
    },
    "amazonia": {
        "name": "Revista Amazonía Viva",
        "host": "revistaamazoniaviva.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 9000,
    },
    "portal": {
        "name": "Portal Selva Central Digital",
        "host": "portalselvacentral.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 33000,
    },
    "sexpress": {
        "name": "Selva Express",
        "host": "selvaexpress.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 12000,
    },
    "bvecinal": {
        "name": "Boletín Vecinal Pucharinense",
        "host": "boletinpucharinense.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 1800,
    },
    "trocha": {
        "name": "Semanario La Trocha",
        "host": "semanariolatrocha.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "rtropical": {
        "name": "Radio Tropical del Valle",
        "host": "radiotropicalvalle.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 11000,
    },
}

FURNITURE = {
    "old_comments": [
        "Ese Chilo Paucarchuco solo aparece para la foto, los anexos seguimos sin trocha",
        "La comuna pucharinense cobra arbitrios puntualito y la basura sigue tirada en el río",
    ],
    "old_most_read": "Asaltan a motocarrista en el puente de Villa Quimpiri",
    "old_motto": "El diario del colono desde 1994",
    "old_city": "Cushimayo",
    "section_agenda": "Villa Quimpiri celebra la fiesta patronal de San Judas Tadeo con corrida de cintas",
    "hostile_place": "Pucharini",
    "hostile_alias": "municipio pucharinense",
    "error_page_outlet": "Radio Tropical del Valle, la onda de la selva central",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "sexpress": {
        "name": "Selva Express",
        "outlet": "sexpress",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["k010", "k085"],
        "cut_at": 0.65,
    },
    "bvecinal": {"name": "Boletín Vecinal Pucharinense", "outlet": "bvecinal", "format": "bomb", "path": "/rss"},
    "trocha": {"name": "Semanario La Trocha", "outlet": "trocha", "format": "xxe", "path": "/feed/"},
    "rtropical": {
        "name": "Radio Tropical del Valle",
        "outlet": "rtropical",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "prensa": {
        "name": "La Prensa de la Selva Central",
        "outlet": "prensa",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "colono": {
        "name": "Diario El Colono",
        "outlet": "colono",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/regiones.xml",
    },
    "rcafe": {
        "name": "Radio Cafetal 101.5 FM",
        "outlet": "rcafe",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticias",
    },
    "selvatv": {"name": "Selva TV Canal 21", "outlet": "selvatv", "format": "atom", "path": "/atom.xml"},
    "apr": {"name": "Agencia de Prensa Regional", "outlet": "apr", "format": "atom", "path": "/regiones/centro.atom"},
    "regiones": {
        "name": "Perú Regiones Hoy",
        "outlet": "regiones",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "informante": {
        "name": "El Informante Cafetalero",
        "outlet": "informante",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/noticias.xml",
    },
    "pad": {
        "name": "Pucharini al Día",
        "outlet": "pad",
        "format": "section",
        "template": "section",
        "path": "/locales",
    },
    "amazonia": {
        "name": "Revista Amazonía Viva",
        "outlet": "amazonia",
        "format": "rss",
        "mode": "description",
        "path": "/opinion/rss",
    },
    "portal": {
        "name": "Portal Selva Central Digital",
        "outlet": "portal",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas.rss",
    },
}

STORIES = [
    # --- La Prensa de la Selva Central: provincial daily, full text in RSS, priority ------------------------------------
    S(
        "k001",
        "prensa",
        "2026-10-02T07:10:00-05:00",
        "Otsitiari vuelve a cruzar el Tsiriari: entregan puente colgante de 84 metros",
        """Desde febrero, cuando la crecida se llevó las viejas tablas y los cables oxidados, los comuneros de Otsitiari cruzaban el río Tsiriari en una balsa de troncos jalada con soga. Ayer, por primera vez en ocho meses, los escolares de la comunidad pasaron caminando hacia el colegio de Bajo Naranjal.

        La Municipalidad Distrital de Pucharini entregó un puente colgante peatonal de 84 metros de luz, con torres de concreto, cables de acero de una pulgada y piso de madera tornillo tratada. La obra costó 1,18 millones de soles y se ejecutó por administración directa en 140 días.

        «Antes mis hijos llegaban mojados hasta la cintura; había días en que el río no dejaba pasar a nadie», contó Elsa Quinchori, madre de tres alumnos de primaria.

        El alcalde Isidoro Paucarchuco Gamarra recorrió el puente junto a la jefa de la comunidad, Ruth Mishari Chimanca, y a los padres de familia. Anunció que en 2027 se buscará financiamiento para un puente vehicular que permita sacar el café de la margen derecha sin pagar flete en balsa.

        La jefa Mishari pidió que la municipalidad pucharinense capacite a dos comuneros para el mantenimiento de los cables. «El puente es nuestro, nosotros lo vamos a cuidar», dijo en asháninka y luego en castellano.""",
        m="I A",
        t="obras",
        tone="+",
        note="delivered bridge told through an anecdote and figures; 'la jefa Mishari' is the Asháninka leader, not the regidor",
    ),
    S(
        "k002",
        "prensa",
        "2026-10-02T16:40:00-05:00",
        "Rómulo Paucarchuco inaugura losa deportiva en Villa Quimpiri",
        """El alcalde distrital de Villa Quimpiri, Rómulo Paucarchuco Inga, inauguró ayer una losa multideportiva con graderías y techo metálico en el sector Miraflores de ese distrito, vecino de Pucharini.

        La obra demandó 690 000 soles. En la ceremonia, el alcalde Paucarchuco prometió que el próximo año se construirá un coliseo cerrado «para que nuestros jóvenes no tengan que bajar a Cushimayo a entrenar».

        Un equipo de vóley femenino del colegio San Judas Tadeo jugó el partido inaugural.""",
        about=False,
        note="namesake: the neighbouring district's Mayor shares the surname and is 'el alcalde Paucarchuco' there",
    ),
    S(
        "k003",
        "prensa",
        "2026-10-03T08:05:00-05:00",
        "Dengue: casos suben a 212 en Pucharini y el municipio fumigará barrio por barrio",
        """La red de salud de Cushimayo reportó hasta el viernes 212 casos de dengue en el distrito de Pucharini, 61 más que hace dos semanas. La mayoría se concentra en los barrios Los Cafetales, Nueva Esperanza y la margen izquierda del Shimaqui.

        El municipio pucharinense anunció que desde el lunes sus brigadas fumigarán por sectores, con el cronograma que se publicará cada tarde en la puerta del palacio municipal y por las radios locales. Se pide a los vecinos dejar abiertas puertas y ventanas y retirar a niños y animales durante veinte minutos.

        Los especialistas recuerdan que la fumigación mata al zancudo adulto, pero que sin eliminar los criaderos, llantas, baldes y floreros con agua, los casos vuelven a subir en pocas semanas.""",
        m="I",
        t="salud",
        tone="0",
        note="an outbreak reported with the municipal response announced; neither praise nor blame",
    ),
    S(
        "k004",
        "prensa",
        "2026-10-04T09:20:00-05:00",
        "Tres motocarros robados en una semana en Los Cafetales: «el serenazgo no llega»",
        """Don Teófilo Ramos dejó su motocarro estacionado frente a su casa la noche del martes, con cadena y candado. A las cinco de la mañana solo encontró la cadena cortada. Es el tercer vehículo que desaparece en el barrio Los Cafetales en siete días.

        «Llamamos al serenazgo a la una de la mañana cuando escuchamos ruido y nos dijeron que la única camioneta estaba en Bajo Naranjal», relató su vecina Gladys Huamán. Los afectados calculan que cada motocarro vale entre 9 000 y 12 000 soles y que con él se van los ahorros de una familia.

        La gerenta de Seguridad Ciudadana, Doris Untiveros Salazar, reconoció que el distrito cuenta con 22 serenos para más de 40 000 habitantes y dos vehículos operativos. Dijo que se coordinará con la comisaría para reforzar los patrullajes nocturnos.

        Los vecinos se reunirán el sábado para formar una junta vecinal y comprar silbatos.""",
        m="S",
        t="seguridad",
        tone="-",
        note="thefts plus a slow municipal response; the institution itself is not named",
    ),
    S(
        "k005",
        "prensa",
        "2026-10-05T07:45:00-05:00",
        "Concejo aprueba amnistía: predial sin moras ni multas hasta el 30 de noviembre",
        """El concejo municipal de Pucharini aprobó por unanimidad la ordenanza que condona el 100 % de intereses moratorios y multas tributarias a quienes paguen su impuesto predial y arbitrios atrasados hasta el 30 de noviembre.

        El beneficio alcanza a deudas desde 2019. Según la oficina de Administración Tributaria de la Municipalidad Distrital de Pucharini, unas 3 900 cuentas figuran con algún saldo pendiente.

        Los pagos se reciben en la caja del palacio municipal, de lunes a sábado, y también en la agencia del banco en la avenida Marginal.""",
        m="I",
        t="tributos",
        tone="0",
        note="a plain notice of a tax amnesty",
    ),
    S(
        "k006",
        "prensa",
        "2026-10-06T06:50:00-05:00",
        "El botadero de Pucharini arde otra vez y el humo llega hasta el colegio de Nueva Esperanza",
        """Por tercera vez en el año, el botadero a cielo abierto que la municipalidad pucharinense usa desde 2015 en la quebrada Yanacocha, a quinientos metros del río Shimaqui, ardió durante toda la noche del domingo.

        El humo cubrió el lunes por la mañana las aulas del colegio Nueva Esperanza, donde la dirección suspendió la formación y mandó a los alumnos a casa antes del recreo. «Los chicos tosían, algunos lloraban por el ardor de los ojos», dijo la profesora Yesenia Lázaro.

        En el lugar se depositan a diario unas 28 toneladas de residuos sin cobertura ni control de lixiviados, que en época de lluvias escurren hacia el Shimaqui, del que se abastecen tres anexos río abajo.

        El regidor de oposición Nelson Mishari Campos pidió que la gestión presente el expediente del relleno sanitario que se ofreció en campaña. «Llevamos dos años escuchando que ya sale. Mientras tanto, quemamos basura al lado de un colegio», dijo.""",
        m="I R",
        t="limpieza",
        tone="-",
        note="a municipal garbage dump on fire; the regidor's criticism",
    ),
    S(
        "k007",
        "prensa",
        "2026-10-06T19:30:00-05:00",
        "Huaico sepulta tramo de la carretera en Puerto Anapati; cuarenta familias quedan aisladas",
        """Un huaico que bajó por la quebrada Mapitziviari la madrugada de ayer sepultó unos 120 metros de la carretera que une Puerto Anapati con la Marginal y dañó los estribos de un puente de madera.

        Cuarenta familias del sector Alto Anapati quedaron aisladas y sacan su café a la espalda por un camino de herradura. La municipalidad de Puerto Anapati pidió apoyo de maquinaria a Provías Descentralizado y al Gobierno Regional.

        Según Indeci, la obra de defensa ribereña que se levantaba en la zona estaba paralizada desde junio.""",
        about=False,
        note="another district; 'huaico', 'puente', 'obra' in a story that is not about us",
    ),
    S(
        "k008",
        "prensa",
        "2026-10-07T07:30:00-05:00",
        "Paucarchuco exige a Provías declarar en emergencia el tramo del kilómetro 38 de la Marginal",
        """El alcalde de Pucharini, Isidoro Paucarchuco Gamarra, responsabilizó a Provías Nacional por el abandono del tramo comprendido entre los kilómetros 38 y 45 de la carretera Marginal, donde en lo que va del año se han producido once deslizamientos.

        «Cada vez que llueve, Pucharini se queda incomunicado. Provías manda una máquina después de tres días y se va. Aquí no necesitamos limpieza, necesitamos muros, cunetas y un estudio de taludes», declaró.

        El burgomaestre informó que envió tres oficios al Ministerio de Transportes pidiendo la declaratoria de emergencia del tramo, sin respuesta. Los transportistas de carga calculan pérdidas de hasta 40 000 soles diarios cuando la vía se cierra, por la fruta que se malogra en los camiones.

        Provías no respondió a las consultas de este diario hasta el cierre de esta edición.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor blames the national roads agency; a road he asks others to fix takes obras",
    ),
    S(
        "k009",
        "prensa",
        "2026-10-08T08:10:00-05:00",
        "Anemia infantil baja de 41 % a 29 % en dos años de sesiones con las madres",
        """En 2024, cuatro de cada diez niños menores de tres años del distrito de Pucharini tenían anemia. La última medición de la red de salud, cerrada en setiembre, bajó esa proporción a 29 %.

        Detrás de la cifra hay 320 sesiones demostrativas en las que las madres aprendieron a preparar sangrecita, bazo e hígado con yuca y plátano, y visitas casa por casa de 18 actores sociales contratados por la Municipalidad Distrital de Pucharini.

        La teniente alcaldesa Marleni Pizarro Huaynate, que preside la comisión de Salud del concejo, dijo que la meta para 2027 es bajar del 20 %. «Donde más cuesta es en las comunidades nativas, porque los controles quedan a horas de camino», admitió.

        En la comunidad de Shintoriato, las madres cocinan ahora en una cocina mejorada donada por el programa.""",
        m="I T",
        t="salud",
        tone="+",
        note="an outcome told through numbers",
    ),
    S(
        "k010",
        "prensa",
        "2026-10-08T18:25:00-05:00",
        "Pista de la avenida Marginal urbana se agrieta a cuatro meses de inaugurada",
        """Grietas de hasta dos centímetros de ancho atraviesan la pista de concreto de la avenida Marginal urbana, entre los jirones Perené y Los Colonos, inaugurada en junio con fiesta, banda y corte de cinta.

        En tres paños las losas se han hundido y el agua de lluvia se empoza. Los motocarristas ya esquivan el tramo. «Nos vendieron una pista para veinte años y no ha durado ni una temporada de lluvias», reclamó Alcides Huere, presidente de la asociación de comerciantes del mercado.

        El gerente municipal, Jhonatan Ricse Palomino, informó que la Municipalidad de Pucharini notificó al contratista para que repare los paños dañados con cargo a la garantía, y que la supervisión evaluará si hubo fallas en la compactación de la base.

        La obra costó 4,6 millones de soles.""",
        m="I G",
        t="obras",
        tone="-",
        note="a failed road work; the manager's promise of a repair under warranty does not lift it",
    ),
    S(
        "k011",
        "prensa",
        "2026-10-09T07:00:00-05:00",
        "El quintal de café cae a 680 soles y los productores del valle hacen cuentas",
        """El precio del café pergamino en chacra cayó esta semana a 680 soles el quintal, cien soles menos que en agosto, según los acopiadores de la provincia de Cushimayo. La caída sigue a la baja de la bolsa de Nueva York y al fin de la cosecha en Brasil.

        Para los pequeños productores, que sacan entre 15 y 25 quintales por hectárea, la diferencia puede significar no pagar los jornales de la próxima campaña. «Con 680 apenas cubrimos el costo, no alcanza para abonar», dijo Hermelinda Camarena, socia de una cooperativa.

        Las cooperativas recomiendan no vender a intermediarios y almacenar en los centros de acopio hasta fin de mes. El Ministerio de Desarrollo Agrario anunció créditos de Agroperú con tasa preferencial.

        En la feria del productor del domingo, el alcalde de Pucharini, Isidoro Paucarchuco, también pidió a los productores organizarse para vender juntos.""",
        m="A",
        about=False,
        note="coffee prices; the Mayor appears only in the last line, in passing",
    ),
    S(
        "k012",
        "prensa",
        "2026-10-10T10:00:00-05:00",
        "Catarata Shirampari recibió 18 000 visitantes en el feriado largo",
        """La catarata Shirampari, a veinte minutos en motocarro del centro de Pucharini, recibió 18 000 visitantes entre el jueves y el domingo del feriado largo, según el conteo de boletos de la Subgerencia de Turismo de la Municipalidad de Pucharini.

        Es la cifra más alta desde que el circuito se abrió al público en 2019. Los restaurantes de la entrada se quedaron sin trucha y sin juane el sábado a mediodía, y los hospedajes del centro colgaron el cartel de «no hay cuartos».

        Los guías asháninkas de la asociación Kametsa Asaiki ofrecieron recorridos por el sendero del bosque con explicación de plantas medicinales. La municipalidad anunció que ampliará el estacionamiento antes de la temporada de verano.""",
        m="I",
        tone="+",
        note="tourism is none of the five topics; a good figure for a municipal attraction",
    ),
    S(
        "k013",
        "prensa",
        "2026-10-11T08:40:00-05:00",
        "Regidor denuncia que cisterna cargó 4 000 galones para máquinas que no salieron del depósito",
        """El regidor Nelson Mishari Campos presentó ayer ante el Órgano de Control Institucional copias de doce vales de combustible emitidos en agosto por la Municipalidad Distrital de Pucharini, que suman 4 000 galones de petróleo destinados al cargador frontal, la excavadora y dos volquetes.

        Según el concejal, las bitácoras de esas mismas máquinas, que obtuvo por acceso a la información pública, registran que la excavadora estuvo en mantenimiento todo el mes y que uno de los volquetes no tenía llantas. «¿A dónde fue ese petróleo? Que nos expliquen», dijo.

        El regidor Mishari recordó que en 2025 ya había pedido un inventario de los vales, sin respuesta.

        La oficina de Imagen Institucional indicó que el gerente municipal responderá en la próxima sesión de concejo.""",
        m="R I",
        tone="-",
        note="an accusation about fuel for machinery; none of the five topics",
    ),
    S(
        "k014",
        "prensa",
        "2026-10-12T21:15:00-05:00",
        "Cámaras y serenos recuperan en 40 minutos un motocarro robado",
        """Un motocarro rojo robado a las siete de la noche en el paradero del mercado fue recuperado cuarenta minutos después en el desvío a Alto Quimpiri, gracias a las cámaras de videovigilancia de la Municipalidad Distrital de Pucharini.

        Los operadores de la central identificaron la placa cuando el vehículo pasaba por el óvalo de la Marginal y alertaron a una patrulla de serenazgo, que lo interceptó con apoyo de dos policías. El conductor, un joven de 19 años, fue puesto a disposición de la comisaría.

        «Es el cuarto vehículo que recuperamos este mes con las cámaras», afirmó la gerenta de Seguridad Ciudadana, Doris Untiveros. El dueño, un motocarrista de la línea 4, agradeció a los serenos con una gaseosa y un abrazo.""",
        m="I S",
        t="seguridad",
        tone="+",
        note="a security outcome credited to the municipal camera centre",
    ),
    S(
        "k015",
        "prensa",
        "2026-10-13T20:00:00-05:00",
        "«Chilo» Paucarchuco estrena cumbia dedicada a la catarata Shirampari",
        """Wilder «Chilo» Paucarchuco, la voz de la orquesta Selva Mía, lanzó ayer «Agüita de Shirampari», una cumbia amazónica grabada con sonidos de la catarata y coros de niños de Pucharini.

        El videoclip, filmado entre las pozas y el puente colgante del circuito turístico, superó las 200 000 reproducciones en un día. «Es un homenaje a la tierra de mi mamá, donde aprendí a tocar güiro», contó Chilo Paucarchuco, nacido en Villa Quimpiri hace 34 años.

        La orquesta se presentará el 24 de octubre en el coliseo de Cushimayo.""",
        about=False,
        note="namesake: a singer who shares the Mayor's nickname and surname ('Chilo Paucarchuco' is a listed alias)",
    ),
    S(
        "k016",
        "prensa",
        "2026-10-14T07:35:00-05:00",
        "Municipalidad convoca licitación para el mercado modelo: 11,2 millones y 186 puestos",
        """La Municipalidad Distrital de Pucharini publicó en el Seace la convocatoria a licitación pública para construir el nuevo mercado modelo del distrito, en el terreno de la antigua cancha de la avenida Perené.

        El expediente técnico contempla dos pisos, 186 puestos, cámara de frío para pescado y carne, patio de comidas y estacionamiento para cuarenta vehículos de carga. El valor referencial es de 11,2 millones de soles y el plazo de ejecución, 360 días calendario.

        Las propuestas se recibirán hasta el 3 de noviembre. Los comerciantes del mercado actual, que trabajan bajo toldos de plástico desde el incendio de 2023, serán reubicados temporalmente en la losa del estadio.""",
        m="I",
        t="obras",
        tone="0",
        note="a tender announced",
    ),
    S(
        "k017",
        "prensa",
        "2026-10-14T17:50:00-05:00",
        "Puesto de salud de Anapiari sin médico desde julio; comuneros caminan cuatro horas",
        """El puesto de salud de la comunidad nativa de Anapiari, en la cuenca alta del Shimaqui, funciona solo con una técnica en enfermería desde que el médico serums terminó su contrato en julio.

        Los pacientes con fiebre, mordeduras de serpiente o partos complicados deben caminar cuatro horas hasta la carretera y luego tomar un carro hasta el Hospital de Apoyo de Pucharini. «El mes pasado una señora dio a luz en el camino», relató el jefe comunal, Abel Shimpe.

        La Dirección Regional de Salud informó que la plaza se cubrirá en el proceso de diciembre.""",
        about=False,
        note="a health post run by the regional health authority in our district; the municipality is not involved",
    ),
    S(
        "k018",
        "prensa",
        "2026-10-15T09:00:00-05:00",
        "Coactiva embarga cuentas de cooperativa por arbitrios y los socios marchan al palacio municipal",
        """Unos doscientos socios de la Cooperativa Agraria Cafetalera Pucharini marcharon ayer hasta la plaza de armas para protestar por el embargo de las cuentas bancarias de la cooperativa, ordenado por el ejecutor coactivo de la Municipalidad Distrital de Pucharini.

        La comuna pucharinense reclama 186 000 soles por arbitrios de limpieza y serenazgo de los almacenes y la planta de secado, acumulados desde 2020. El gerente de la cooperativa, Rubén Tacza, sostuvo que los almacenes están fuera del radio urbano y que nunca pasó por ahí un camión de basura. «Nos cobran un servicio que no existe», dijo.

        El embargo inmovilizó el dinero con el que la cooperativa iba a pagar a los socios el café entregado en setiembre. Los manifestantes colgaron una banderola frente al palacio municipal con el lema «Primero el productor».

        La oficina de Administración Tributaria indicó que la deuda fue notificada en cuatro oportunidades y que la cooperativa puede fraccionarla.""",
        m="I",
        t="tributos",
        tone="-",
        note="enforced collection of municipal fees met by a protest; 'Cooperativa ... Pucharini' is not the institution",
    ),
    S(
        "k019",
        "prensa",
        "2026-10-16T07:15:00-05:00",
        "Pucharini ejecuta el 74 % de su presupuesto de inversión, el más alto de la provincia",
        """Con dos meses y medio por delante, la Municipalidad Distrital de Pucharini ha ejecutado el 74 % de su presupuesto de inversiones, según el portal de Consulta Amigable del Ministerio de Economía. Es el porcentaje más alto entre los nueve distritos de la provincia de Cushimayo, cuyo promedio es 46 %.

        De los 23,8 millones asignados, se han devengado 17,6 millones, principalmente en la pavimentación de la avenida Marginal urbana, el puente colgante de Otsitiari y tres sistemas de agua en anexos.

        El gerente municipal, Jhonatan Ricse Palomino, atribuyó el avance a que los expedientes se elaboraron en 2025. «No empezamos el año haciendo estudios, empezamos el año con obras», dijo.

        La cifra tiene un punto flaco: la planta de tratamiento de aguas residuales, presupuestada en 5,2 millones, sigue paralizada por un arbitraje con el contratista y no registra avance desde abril.""",
        m="I G",
        t="obras",
        tone="+",
        note="mixed, weighted to the good figure of the headline; a paralysed plant in the last paragraph",
    ),
    S(
        "k020",
        "prensa",
        "2026-10-16T18:05:00-05:00",
        "Dengue deja dos fallecidos en Cushimayo; alcalde provincial ordena fumigación",
        """Dos adultos mayores fallecieron por dengue grave en la ciudad de Cushimayo en la última semana, confirmó la red de salud provincial. Son las primeras muertes por la enfermedad en la provincia este año.

        El alcalde provincial, Genaro Villanueva Oré, dispuso que las brigadas de la Municipalidad Provincial de Cushimayo fumiguen los 14 barrios de la capital y que se recojan llantas en desuso de los talleres.

        Los casos en la provincia suman 1 140.""",
        about=False,
        note="another municipality's dengue response; salud keywords",
    ),
    S(
        "k021",
        "prensa",
        "2026-10-17T08:30:00-05:00",
        "Recicladoras de Pucharini ya acopian 42 toneladas de plástico y cartón",
        """Las 26 socias de la asociación Mujeres que Reciclan han acopiado 42 toneladas de plástico, cartón y vidrio desde marzo, cuando la Municipalidad Distrital de Pucharini las incorporó al programa de segregación en la fuente.

        Cada martes y viernes, las recicladoras recorren con triciclos los barrios del centro recogiendo las bolsas verdes que los vecinos dejan en la puerta. Lo acopiado se vende a una empresa de Lima. «Antes rebuscábamos en el botadero, entre el humo y los perros. Ahora tenemos uniforme, guantes y un sueldo», cuenta Nélida Chuquillanqui, presidenta de la asociación.

        Según el municipio, 2 300 viviendas ya separan sus residuos, casi un tercio del casco urbano. Lo que no se recicla, eso sí, sigue yendo al botadero de la quebrada Yanacocha.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a recycling programme's outcome",
    ),
    S(
        "k022",
        "prensa",
        "2026-10-18T09:45:00-05:00",
        "Ricse descarta alza de arbitrios: «No subirán ni un sol en 2027»",
        """El gerente municipal de Pucharini, Jhonatan Ricse Palomino, negó que la municipalidad prepare un incremento de los arbitrios de limpieza pública, parques y serenazgo para el próximo año, como se comentaba en grupos de WhatsApp de comerciantes.

        «No es verdad. Los arbitrios de 2027 se mantienen con los mismos montos de este año y así lo dirá la ordenanza que se aprueba en diciembre», aseguró. Agregó que los costos se cubrirán con la mejora en la recaudación del predial.

        Una vivienda promedio del casco urbano paga 14 soles mensuales por los tres arbitrios.""",
        m="G",
        t="tributos",
        tone="+",
        note="negation carrying good news for the taxpayers",
    ),
    S(
        "k023",
        "prensa",
        "2026-10-19T07:05:00-05:00",
        "Paneles solares llegan al caserío Pucharini, en las alturas de Huancavelica",
        """Ochenta familias del caserío Pucharini, a 4 100 metros de altura en la provincia huancavelicana de Castrovirreyna, tendrán luz por primera vez gracias a paneles solares instalados por el Ministerio de Energía y Minas.

        El caserío, dedicado a la crianza de alpacas, no tiene relación con el distrito selvático del mismo nombre, aunque a los comuneros les divierte la confusión. «Nos llaman para pedirnos café», bromea el teniente gobernador, Fortunato Huaraca.

        Cada panel alimenta tres focos y un cargador de celulares.""",
        about=False,
        note="a place of the same name elsewhere",
    ),
    S(
        "k024",
        "prensa",
        "2026-10-20T08:20:00-05:00",
        "Junta vecinal de Bajo Naranjal captura a presunto ladrón de gallinas y lo entrega a los serenos",
        """Los ronderos de la junta vecinal de Bajo Naranjal atraparon en la madrugada del domingo a un hombre que, según dicen, llevaba en un costal seis gallinas de corral sustraídas de dos casas del sector. Tras amarrarlo a un poste de la losa deportiva durante dos horas, lo entregaron a una patrulla de serenazgo.

        La gerenta de Seguridad Ciudadana de Pucharini, Doris Untiveros Salazar, pidió a las juntas vecinales no hacer justicia por su cuenta. «Las juntas son nuestros ojos, pero la detención y la investigación corresponden a la Policía», dijo.

        El intervenido fue trasladado a la comisaría, donde quedó detenido por hurto agravado.""",
        m="S",
        t="seguridad",
        tone="0",
        note="a neighbourhood watch's capture; the manager's call for restraint is neither praise nor blame",
    ),
    S(
        "k025",
        "prensa",
        "2026-10-21T06:40:00-05:00",
        "Alto Quimpiri bloquea la vía y exige la trocha que le prometieron",
        """Con troncos, piedras y una banderola, unos ciento cincuenta pobladores del anexo Alto Quimpiri bloquearon desde las cinco de la mañana de ayer el desvío de la carretera Marginal hacia su comunidad.

        Exigen que se cumpla el compromiso firmado en marzo por el alcalde de Pucharini, Isidoro Paucarchuco Gamarra, de abrir los 9 kilómetros de trocha carrozable que faltan para llegar al anexo. «Tenemos el acta firmada y sellada. Han pasado siete meses y no ha venido ni una máquina», reclamó el agente municipal Santos Ccente.

        Los productores de Alto Quimpiri sacan su café y su naranja en mulas hasta el desvío, dos horas de camino. En época de lluvias el camino se vuelve un lodazal.

        A las 11 de la mañana, un representante de la municipalidad llegó al lugar y ofreció una mesa de diálogo para el jueves. Los comuneros levantaron la medida, pero advirtieron que volverán si no hay fecha de inicio.""",
        m="A",
        t="obras",
        tone="-",
        note="a protest over an unfulfilled road promise; the institution is referred to only as 'la municipalidad'",
    ),
    S(
        "k026",
        "prensa",
        "2026-10-21T15:10:00-05:00",
        "Piscina municipal cerrará dos semanas por mantenimiento",
        """La piscina semiolímpica del complejo deportivo municipal permanecerá cerrada del 26 de octubre al 8 de noviembre para el cambio de filtros y el pintado del vaso, informó la Municipalidad Distrital de Pucharini.

        Las clases de natación para niños se reanudarán el 9 de noviembre con los mismos horarios.""",
        m="I",
        tone="0",
        note="short service notice",
    ),
    S(
        "k027",
        "prensa",
        "2026-10-22T07:25:00-05:00",
        "Motocarro cae al Shimaqui al bajar de una balsa cautiva; dos pasajeros heridos",
        """Un motocarro con tres ocupantes cayó ayer a las aguas del río Shimaqui cuando desembarcaba de la balsa cautiva que cruza el río a la altura del sector Puerto Yarina. La corriente arrastró el vehículo unos treinta metros.

        El conductor logró salir por sus propios medios; una madre y su hija de seis años fueron rescatadas por balseros y trasladadas al Hospital de Apoyo de Pucharini con contusiones e hipotermia.

        La balsa, una plataforma de madera sobre cilindros que se desliza por un cable de acero, la opera desde hace doce años una familia del lugar y cobra un sol por persona y cinco por vehículo menor. No tiene barandas ni chalecos salvavidas.

        Los pobladores de la margen izquierda exigen desde hace años un puente vehicular. El alcalde Isidoro Paucarchuco dijo que el expediente técnico del puente Puerto Yarina, de 96 metros, está listo y que lo presentará este mes al programa de puentes del Ministerio de Transportes. «Sin financiamiento nacional es imposible: cuesta más de lo que el distrito invierte en un año», explicó.""",
        m="A",
        t="obras",
        tone="0",
        note="an accident at a private river crossing; the Mayor's bridge project takes a real share of the text",
    ),
    S(
        "k028",
        "prensa",
        "2026-10-23T08:00:00-05:00",
        "Concejo prohíbe las bolsas plásticas en el mercado desde enero",
        """El concejo de la Municipalidad Distrital de Pucharini aprobó una ordenanza que prohíbe a los comerciantes del mercado de abastos y de las ferias dominicales entregar bolsas plásticas de un solo uso a partir del 1 de enero de 2027.

        La propuesta fue presentada por la teniente alcaldesa Marleni Pizarro Huaynate. Los infractores recibirán primero una advertencia y luego multas de 5 % de una UIT. La municipalidad repartirá 5 000 bolsas de tela tejidas por artesanas asháninkas en las primeras semanas.

        El regidor Mishari votó a favor, pero pidió que se dé un plazo mayor a los vendedores de pescado y carne.""",
        m="I T R",
        t="limpieza",
        tone="0",
        note="an ordinance approved; a procedural story",
    ),
    S(
        "k029",
        "prensa",
        "2026-10-24T10:30:00-05:00",
        "Fiscalía investiga al alcalde Paucarchuco de Villa Quimpiri por presunto peculado",
        """La Fiscalía Provincial Especializada en Delitos de Corrupción de Funcionarios de Cushimayo abrió investigación preliminar al alcalde de Villa Quimpiri, Rómulo Paucarchuco Inga, por la presunta apropiación de 230 000 soles destinados al programa de Vaso de Leche.

        Según la denuncia de dos regidores de ese distrito, la municipalidad de Villa Quimpiri pagó facturas por leche evaporada y avena que nunca llegaron a los comités. El alcalde Paucarchuco negó los cargos y atribuyó la denuncia a «enemigos políticos que no aceptan su derrota».

        La investigación durará 120 días.""",
        about=False,
        note="namesake: a corruption probe against the neighbouring district's Mayor with the same surname",
    ),
    S(
        "k030",
        "prensa",
        "2026-10-25T07:00:00-05:00",
        "Pucharini, la ciudad que creció a un lado de la carretera",
        """Hace treinta años, Pucharini era un paradero de camiones con una bodega, un grifo y una cancha de fulbito. Hoy el distrito supera los 40 000 habitantes, tiene tres agencias bancarias, dos universidades con filial y un tráfico de motocarros que a la hora de salida de los colegios se parece al de cualquier ciudad de la costa.

        El crecimiento vino con el café y con la carretera. Los colonos que bajaron de Huancayo, Huancavelica y Ayacucho en los años noventa compraron chacras en las laderas; sus hijos abrieron tiendas a lo largo de la Marginal. Según el último censo, la población urbana se triplicó en veinte años.

        Pero la ciudad creció más rápido que sus servicios. Barrios enteros como Nueva Esperanza y Villa El Triunfo se levantaron sobre terrenos invadidos en laderas, sin agua, sin desagüe y en zonas que Defensa Civil considera de riesgo alto por deslizamiento.

        «Aquí el plan urbano lo hizo la gente antes que el municipio», admite el alcalde de Pucharini, Isidoro Paucarchuco Gamarra, que llegó al distrito en 1994 como vendedor de abarrotes. «Nos toca ordenar lo que ya existe, y eso es más caro que planificar desde cero».

        La Municipalidad Distrital de Pucharini aprobó en 2025 su primer plan de desarrollo urbano, que prohíbe construir a menos de cincuenta metros de los ríos y en pendientes mayores de 30 grados. Su cumplimiento es otra historia: solo en el último año se levantaron 380 viviendas nuevas sin licencia.

        Las comunidades asháninkas que rodean la ciudad miran el crecimiento con recelo. «La ciudad avanza hacia nuestro territorio y el río ya no es el mismo», dice Ruth Mishari Chimanca, jefa de Otsitiari.

        En las calles del centro, sin embargo, el ánimo es de prosperidad. En la avenida Marginal abren cada mes una pollería, una ferretería o un gimnasio. «Pucharini es una ciudad de gente que vino a trabajar», resume el dueño de una tienda de repuestos.""",
        m="A I",
        tone="0",
        note="a long feature on urban growth; several keywords but none of the five topics is what it is about",
    ),
    S(
        "k031",
        "prensa",
        "2026-10-26T08:15:00-05:00",
        "En bote y a pie: vacunadores llegan a 14 comunidades nativas",
        """Un equipo de nueve vacunadores recorrió durante doce días 14 comunidades nativas de las cuencas del Tsiriari y el Shimaqui, en botes con motor peque peque y por caminos de hasta seis horas, para aplicar 2 100 dosis contra el sarampión, la fiebre amarilla, la influenza y el papiloma humano.

        La campaña fue organizada por la red de salud y la Municipalidad Distrital de Pucharini, que puso los botes, el combustible y la alimentación de los brigadistas. La teniente alcaldesa Marleni Pizarro acompañó el tramo final en Shintoriato.

        Es la primera vez en tres años que la vacunación llega a las comunidades de la cabecera del Tsiriari.""",
        m="I T",
        t="salud",
        tone="+",
        note="a vaccination campaign the municipality supported",
    ),
    S(
        "k032",
        "prensa",
        "2026-10-27T09:05:00-05:00",
        "Asaltan a turistas en el camino a la catarata; piden serenos en la ruta",
        """Cuatro turistas limeños fueron asaltados el sábado por la tarde por dos sujetos armados con un machete en el tramo de trocha entre el puente Kiriari y la entrada a la catarata Shirampari. Les robaron celulares, una cámara y 900 soles.

        Es el segundo asalto en la ruta en un mes. Los dueños de restaurantes de la entrada piden que haya serenos en el camino los fines de semana. «Si se corre la voz de que aquí roban, se nos acaba el turismo», advirtió una de ellas.

        La gerenta de Seguridad Ciudadana, Doris Untiveros, dijo que el serenazgo no tiene personal para cubrir la ruta y que se ha pedido a la Policía de Turismo un puesto fijo.""",
        m="S",
        t="seguridad",
        tone="-",
        note="an assault on tourists and a municipal 'no tenemos personal'",
    ),
    S(
        "k033",
        "prensa",
        "2026-10-28T07:50:00-05:00",
        "Predial: recaudación crece 31 % con la campaña casa por casa",
        """La Municipalidad Distrital de Pucharini recaudó 2,9 millones de soles por impuesto predial entre enero y octubre, un 31 % más que en el mismo periodo de 2025, informó el gerente municipal Jhonatan Ricse.

        El aumento se explica por la campaña en la que 14 notificadores recorrieron el casco urbano con tabletas para actualizar el catastro. Se incorporaron 1 700 predios que nunca habían declarado, entre ellos varios hoteles y grifos de la Marginal.

        Con lo recaudado, dijo el gerente, se financia la compra de un segundo camión compactador.""",
        m="I G",
        t="tributos",
        tone="+",
        note="a tax collection success in figures",
    ),
    S(
        "k034",
        "prensa",
        "2026-10-28T21:40:00-05:00",
        "Jhonatan Ricse clasifica al Deportivo Tsiriari a la etapa departamental",
        """Con un gol de tiro libre en el minuto 88, Jhonatan Ricse le dio al Deportivo Tsiriari el triunfo por 2-1 sobre Unión Cushimayo y la clasificación a la etapa departamental de la Copa Perú.

        El volante de 23 años, hijo de un cafetalero de Bajo Naranjal, suma siete goles en el torneo. «Este gol es para toda la gente del Tsiriari que viajó tres horas para alentarnos», dijo Ricse, con la camiseta todavía en la mano.""",
        about=False,
        note="namesake: a footballer with the gerente municipal's given name and surname",
    ),
    # --- Diario El Colono: regional paper, teasers in RSS, 2009 table template with comments --------------------------
    S(
        "k035",
        "colono",
        "2026-10-03T06:30:00-05:00",
        "Alcalde de Pucharini viaja a Lima para gestionar puente vehicular sobre el Tsiriari",
        """El alcalde de Pucharini, Isidoro Paucarchuco Gamarra, viajó ayer a Lima con una comitiva de cinco dirigentes de la margen derecha del río Tsiriari para presentar en el Ministerio de Transportes el perfil del puente vehicular Otsitiari, de 110 metros.

        El burgomaestre tiene previstas reuniones con el viceministro de Transportes y con la bancada de congresistas de la región. El puente permitiría que unos 600 productores de café y cacao saquen su cosecha en camión, sin depender de balsas.

        El perfil fue declarado viable en agosto y su costo se estima en 14 millones de soles.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor lobbying for a bridge; no outcome yet",
    ),
    S(
        "k036",
        "colono",
        "2026-10-05T07:10:00-05:00",
        "Veinte días en el taller: sin compactador, la basura se amontona en el jirón Perené",
        """El único camión compactador de la Municipalidad Distrital de Pucharini cumple hoy veinte días en un taller de Cushimayo a la espera de una bomba hidráulica que, según la comuna, debe llegar desde Lima.

        Mientras tanto, el recojo se hace con una volquete prestada que pasa día por medio. En el jirón Perené, frente al colegio Santa Rosa, las bolsas forman un muro de un metro de alto que los perros y los gallinazos se encargan de desparramar cada mañana.

        «Esto se ha convertido en un foco infeccioso, y con el dengue encima», reclamó la vecina Justina Salazar, que vende desayunos en la esquina. Los padres de familia del colegio han pedido que se fumigue la zona.

        La subgerencia de Gestión Ambiental aseguró que el servicio se normalizará la próxima semana.""",
        m="I",
        t="limpieza",
        tone="-",
        note="garbage service breakdown",
    ),
    S(
        "k037",
        "colono",
        "2026-10-06T22:00:00-05:00",
        "Encapuchados asaltan agencia de transportes en Puerto Anapati",
        """Cuatro encapuchados armados con pistolas asaltaron la noche del lunes la agencia de la empresa de transportes Selva Andina en Puerto Anapati y se llevaron 14 000 soles de la venta de pasajes del fin de semana.

        La boletera y dos pasajeros fueron encerrados en el baño. Los delincuentes huyeron en un auto plomo por la carretera Marginal en dirección a Cushimayo. La Policía revisa las cámaras de los negocios vecinos.

        Es el tercer robo a una agencia de transportes en la provincia este año.""",
        about=False,
        note="a robbery in another district; seguridad keywords",
    ),
    S(
        "k038",
        "colono",
        "2026-10-07T07:45:00-05:00",
        "Nueva Libertad estrena losa multideportiva con techo y graderías",
        """Los jóvenes del centro poblado Nueva Libertad ya no tendrán que suspender sus partidos de vóley cuando llueve. La Municipalidad de Pucharini entregó una losa multideportiva techada, con graderías para 300 personas, servicios higiénicos y alumbrado.

        La obra demandó 820 000 soles y se construyó en cinco meses. El agente municipal de Nueva Libertad, Cirilo Huamaní, dijo que la losa servirá también para las asambleas comunales y la feria del cacao.

        El campeonato relámpago de inauguración lo ganó el equipo de las madres del Vaso de Leche.""",
        m="I",
        t="obras",
        tone="+",
        note="a delivered sports slab",
    ),
    S(
        "k039",
        "colono",
        "2026-10-08T08:30:00-05:00",
        "Ni una sola queja: la Feria del Café de Pucharini cierra con ventas récord",
        """Ni robos, ni peleas, ni un solo reclamo en el libro de la organización: así cerró el domingo la XII Feria Regional del Café y los Cítricos, organizada por la Municipalidad Distrital de Pucharini en la explanada del estadio.

        Durante tres días pasaron por los 140 stands unas 25 000 personas y se vendieron, según los organizadores, 1,3 millones de soles en café tostado, miel, naranjas, mandarinas y artesanía asháninka. El premio al mejor café de taza se lo llevó un productor de Alto Quimpiri, con 87 puntos.

        Los expositores pidieron que la feria se repita en temporada de verano.""",
        m="I",
        tone="+",
        note="negation as praise; a fair is culture and economy, none of the five topics",
    ),
    S(
        "k040",
        "colono",
        "2026-10-09T07:00:00-05:00",
        "Regidor Mishari: contratos de mantenimiento vial favorecen a empresa de un sobrino del alcalde",
        """El regidor Nelson Mishari Campos denunció que la empresa Constructora Valle Verde SAC, cuyo gerente sería sobrino político del alcalde Isidoro Paucarchuco Gamarra, obtuvo en 2026 cinco contratos de mantenimiento de trochas carrozables por un total de 1,9 millones de soles.

        Según el concejal, los cinco procesos se adjudicaron por el mecanismo de contratación directa invocando la emergencia por lluvias, sin concurso. «La emergencia fue en febrero; los contratos se firmaron en junio y agosto, con sol», ironizó.

        El alcalde Paucarchuco rechazó la acusación. «No tengo ningún sobrino en esa empresa. El regidor confunde apellidos para hacer política», dijo a este diario, y añadió que todos los contratos están publicados en el Seace.

        El regidor Mishari anunció que llevará el caso a la Contraloría.""",
        m="R A",
        t="obras",
        tone="-",
        note="an accusation of favouritism in road contracts, denied by the Mayor; still negative",
    ),
    S(
        "k041",
        "colono",
        "2026-10-10T07:20:00-05:00",
        "Pucharini declara alerta sanitaria por dengue y clausura depósito de llantas",
        """La Municipalidad Distrital de Pucharini declaró en alerta sanitaria el distrito por el aumento de casos de dengue y clausuró temporalmente un depósito de llantas usadas en la avenida Marginal, donde los inspectores de la red de salud hallaron miles de larvas.

        La ordenanza obliga a llanterías, talleres y recicladoras a cubrir sus neumáticos o perforarlos para que no acumulen agua, bajo pena de multa y clausura.

        El depósito podrá reabrir cuando su dueño retire o proteja las cerca de 2 000 llantas que guarda en el patio.""",
        m="I",
        t="salud",
        tone="0",
        note="a health alert and a closure; procedural",
    ),
    S(
        "k042",
        "colono",
        "2026-10-11T06:55:00-05:00",
        "Sequía golpea a la mandarina: la cosecha caería 30 % en la selva central",
        """La ausencia de lluvias entre julio y setiembre afectó la floración de los huertos de mandarina y naranja de las provincias de la selva central, donde la campaña se adelantaría pero con 30 % menos de fruta, según la Junta Nacional de Cítricos.

        En los valles de Pucharini, Villa Quimpiri y Puerto Anapati, los productores reportan frutos pequeños y caída prematura. El precio de la jaba de mandarina en chacra subió a 38 soles, pero «de qué sirve si no hay qué vender», comentó un productor.

        Los especialistas recomiendan riego de auxilio y abonamiento foliar.""",
        about=False,
        note="an agricultural story naming the district as a place",
    ),
    S(
        "k043",
        "colono",
        "2026-10-12T07:35:00-05:00",
        "Comerciantes rechazan alza de la sisa: de 1 a 2 soles diarios por puesto",
        """La Asociación de Comerciantes del Mercado de Abastos de Pucharini rechazó el aumento de la sisa de 1 a 2 soles diarios por puesto que la comuna pucharinense aplicará desde noviembre.

        «Trabajamos bajo toldos desde el incendio, sin baños, sin agua y nos quieren cobrar el doble», reclamó la presidenta del gremio, Teodora Capcha. Los comerciantes amenazan con no pagar y con una marcha el día del aniversario del distrito.

        La municipalidad sostiene que la tarifa no se había actualizado desde 2012.""",
        m="I",
        t="tributos",
        tone="-",
        note="a rise of the market fee rejected by traders",
    ),
    S(
        "k044",
        "colono",
        "2026-10-13T07:05:00-05:00",
        "Cushimayo inaugura el primer relleno sanitario de la provincia",
        """El alcalde provincial de Cushimayo, Genaro Villanueva Oré, inauguró el primer relleno sanitario de la provincia, en el sector Huayhuaco, con capacidad para recibir 60 toneladas diarias de residuos durante quince años.

        La obra costó 13 millones de soles, financiados por el Ministerio del Ambiente. Los distritos vecinos, como Pucharini y Villa Quimpiri, podrán disponer ahí su basura si firman convenios y pagan el costo de la tonelada.

        Con la apertura, la Municipalidad Provincial cerrará el botadero de Tambopampa, que operaba desde 1998.""",
        about=False,
        note="another municipality's landfill; our district appears only as a place that might sign an agreement",
    ),
    S(
        "k045",
        "colono",
        "2026-10-14T08:10:00-05:00",
        "Serenazgo de Pucharini suma seis motos lineales para patrullar los barrios altos",
        """La Municipalidad Distrital de Pucharini entregó seis motocicletas lineales de 250 centímetros cúbicos al serenazgo, que con ellas llegará a los barrios de ladera donde las camionetas no pueden subir: Nueva Esperanza, Villa El Triunfo y San Cristóbal.

        La gerenta de Seguridad Ciudadana, Doris Untiveros Salazar, explicó que cada moto llevará dos serenos, radio y cámara corporal, y que los patrullajes se harán en tres turnos. Las motos costaron 96 000 soles.

        Los presidentes de las juntas vecinales de los barrios altos pidieron que los serenos pasen también por las escaleras, donde se concentran los robos al paso.""",
        m="I S",
        t="seguridad",
        tone="+",
        note="new equipment for the municipal security service",
    ),
    S(
        "k046",
        "colono",
        "2026-10-15T09:40:00-05:00",
        "Fallece don Eusebio Lermo, fundador del primer hospedaje de Pucharini",
        """A los 91 años falleció en Pucharini don Eusebio Lermo Sánchez, quien en 1978 abrió el Hostal Lermo, el primer hospedaje de lo que entonces era un paradero de camiones en la carretera Marginal.

        Llegó de Jauja con una maleta y una radio, y durante décadas su hostal fue el lugar donde dormían ingenieros, comerciantes de café y viajeros que esperaban que se despejara la carretera. Le sobreviven seis hijos, diecinueve nietos y once bisnietos.

        Sus restos son velados en la casa familiar del jirón Los Colonos.""",
        about=False,
        note="an obituary in the district; nothing municipal",
    ),
    S(
        "k047",
        "colono",
        "2026-10-16T07:30:00-05:00",
        "Teniente alcaldesa lleva jornada contra la anemia a Otsitiari",
        """Con balanzas, hemoglobinómetros y una olla de sangrecita guisada, la teniente alcaldesa de Pucharini, Marleni Pizarro Huaynate, encabezó el jueves una jornada de tamizaje de anemia en la comunidad nativa de Otsitiari, a la que llegaron cruzando el nuevo puente colgante.

        Se evaluó a 96 niños menores de cinco años; 31 presentaron anemia y recibieron sulfato ferroso y una cita de seguimiento en el puesto de salud. Las madres participaron en una sesión demostrativa dictada en asháninka por una promotora de la comunidad.

        «Vamos a volver en un mes para ver cómo van», prometió la regidora Pizarro.""",
        m="T",
        t="salud",
        tone="+",
        note="a health day led by the deputy mayor",
    ),
    S(
        "k048",
        "colono",
        "2026-10-17T06:45:00-05:00",
        "Mercado modelo: licitación declarada desierta por segunda vez",
        """El comité de selección de la Municipalidad Distrital de Pucharini declaró desierta, por segunda vez en el año, la licitación para la construcción del mercado modelo del distrito.

        Las dos empresas que se presentaron fueron descalificadas: una por no acreditar la experiencia del residente de obra y otra por presentar una carta fianza de una entidad no autorizada por la SBS.

        Los comerciantes, que esperaban el inicio de obra antes de fin de año, recibieron la noticia con indignación. «Nos tienen bailando desde 2023», dijo uno de ellos. La comuna deberá convocar un tercer proceso, lo que retrasaría el inicio hasta marzo.""",
        m="I",
        t="obras",
        tone="-",
        note="a tender failed for the second time",
    ),
    S(
        "k049",
        "colono",
        "2026-10-18T20:20:00-05:00",
        "Marleni Pizarro lleva a Cushimayo al título regional de vóley sub-17",
        """Con 22 puntos de la atacante Marleni Pizarro Quispe, la selección de Cushimayo derrotó 3-1 a Chanchayllo y se coronó campeona regional de vóley sub-17.

        La jugadora, de 16 años y 1,78 metros de estatura, fue elegida la mejor del torneo y ya fue convocada a los entrenamientos de la preselección nacional juvenil en Lima. «Mi sueño es jugar en la Liga Nacional», dijo Marleni Pizarro.""",
        about=False,
        note="namesake: a volleyball player who shares the deputy mayor's given name and first surname",
    ),
    S(
        "k050",
        "colono",
        "2026-10-19T07:50:00-05:00",
        "Contraloría: municipio pucharinense dejó prescribir 900 000 soles en deudas del predial",
        """Un informe de la Contraloría General de la República concluye que el municipio pucharinense dejó prescribir entre 2020 y 2025 deudas por impuesto predial y arbitrios que suman 912 000 soles, al no notificar a tiempo a los contribuyentes ni iniciar cobranzas coactivas.

        El informe identifica a cuatro funcionarios de la oficina de Administración Tributaria de gestiones anteriores y de la actual como presuntos responsables y recomienda el inicio de procedimientos sancionadores.

        Entre las deudas prescritas figuran las de dos hoteles y un grifo de la avenida Marginal que nunca pagaron el predial desde su construcción.""",
        m="I",
        t="tributos",
        tone="-",
        note="an audit finding lost tax revenue",
    ),
    S(
        "k051",
        "colono",
        "2026-10-20T06:35:00-05:00",
        "Maquinaria municipal despeja huaico en San Fermín en seis horas",
        """El cargador frontal y una volquete de la Municipalidad de Pucharini despejaron en seis horas el huaico que el domingo cubrió con lodo y piedras unos 80 metros de la trocha de acceso al anexo San Fermín.

        Los vecinos, que habían quedado aislados, ayudaron con palas y carretillas. El tránsito de motocarros y camionetas se restableció a las cuatro de la tarde.""",
        m="I",
        tone="+",
        note="clearing a landslide is civil defence, none of the five topics",
    ),
    S(
        "k052",
        "colono",
        "2026-10-21T07:15:00-05:00",
        "Gerente municipal presenta plan de limpieza para el aniversario del distrito",
        """El gerente municipal de Pucharini, Jhonatan Ricse Palomino, presentó el plan de limpieza que regirá durante la semana de aniversario del distrito, del 10 al 16 de noviembre.

        Se contratarán 30 barredores eventuales, el recojo será dos veces por día en el centro y se instalarán 40 contenedores en la plaza de armas y la explanada del estadio. El gerente pidió a los comerciantes ambulantes llevarse sus residuos al cierre de cada jornada.""",
        m="G",
        t="limpieza",
        tone="0",
        note="a plan presented; no outcome",
    ),
    S(
        "k053",
        "colono",
        "2026-10-22T06:50:00-05:00",
        "Pollada, orquesta y basura: la fiesta del barrio Los Cafetales deja la calle hecha un muladar",
        """La fiesta patronal del barrio Los Cafetales, con orquesta, castillo y tres días de pollada, terminó el lunes con buena venta para los organizadores y con el jirón Mayta Cápac convertido en un muladar.

        Latas, platos descartables y restos de comida quedaron esparcidos a lo largo de tres cuadras durante dos días. La comuna pucharinense, que había autorizado el evento, no envió personal de limpieza hasta el miércoles. «Ellos cobran el permiso, pero el barrido lo hicimos los vecinos», dijo una moradora.

        La subgerencia de Gestión Ambiental indicó que el compactador sigue en reparación.""",
        m="I",
        t="limpieza",
        tone="-",
        note="mixed in the lead, weighted to the municipal failure to clean up",
    ),
    S(
        "k054",
        "colono",
        "2026-10-23T07:40:00-05:00",
        "Paucarchuco al Gobierno Regional: «El hospital de Pucharini lleva seis años como esqueleto»",
        """El alcalde pucharinense, Isidoro Paucarchuco Gamarra, criticó al Gobierno Regional por la paralización del nuevo Hospital de Apoyo de Pucharini, cuya estructura de tres pisos permanece inconclusa desde 2020.

        «Es un esqueleto de concreto donde duermen los murciélagos. Mientras tanto, nuestros pacientes se atienden en un hospital de 1986 con pasadizos llenos de camillas», dijo, y exigió al gobernador regional que incluya la obra en el presupuesto de 2027.

        El Gobierno Regional atribuye la paralización a un arbitraje con el consorcio constructor, que reclama 18 millones en adicionales. El alcalde ofreció que la municipalidad asuma el saneamiento del terreno del estacionamiento si eso ayuda a destrabar el proyecto.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticising the regional government over a hospital it must finish; neutral toward us",
    ),
    # --- Radio Cafetal 101.5 FM: district radio, news copy in the description, date-only pubDate ---------------------
    S(
        "k055",
        "rcafe",
        "2026-10-04",
        "Corte de agua el martes en el centro de la ciudad",
        """Atención, vecinos del centro: la empresa prestadora de agua EPS Selva Central anuncia un corte del servicio este martes desde las ocho de la mañana hasta las cinco de la tarde, por el cambio de una válvula en la línea de conducción.

        Las zonas afectadas son la plaza de armas, los jirones Perené, Los Colonos y Mayta Cápac y la avenida Marginal hasta el grifo. Se recomienda almacenar agua.""",
        about=False,
        note="a water utility notice; the municipality is not involved",
    ),
    S(
        "k056",
        "rcafe",
        "2026-10-05",
        "Alcalde anuncia fumigación esta semana en Los Cafetales y Nueva Esperanza",
        """En comunicación con nuestra cabina, el alcalde de Pucharini, Isidoro Paucarchuco, informó que las brigadas de fumigación estarán el miércoles en Los Cafetales y el jueves en Nueva Esperanza, a partir de las seis de la mañana.

        El burgomaestre pidió a las señoras no esconder los baldes ni los cilindros, porque los brigadistas también aplicarán larvicida. «No es para molestar, es para cuidar a nuestros hijos», dijo.""",
        m="A",
        t="salud",
        tone="0",
        note="short radio copy: an announcement",
    ),
    S(
        "k057",
        "rcafe",
        "2026-10-06",
        "Serenos detienen a dos sujetos que robaban cable del alumbrado",
        """Dos sujetos fueron sorprendidos anoche por una patrulla de serenazgo cuando cortaban el cable de cobre del alumbrado público en la prolongación Los Colonos. Tenían ya unos cuarenta metros enrollados en un costal.

        La gerenta Doris Untiveros informó que los detenidos fueron entregados a la comisaría y que el cable recuperado será devuelto a Electrocentro. Hace un mes, ese mismo tramo quedó a oscuras por un robo similar.""",
        m="S",
        t="seguridad",
        tone="+",
        note="short radio copy; serenos catch thieves",
    ),
    S(
        "k058",
        "rcafe",
        "2026-10-07",
        "Vaso de Leche: reparto desde el jueves en el local municipal",
        """La Municipalidad Distrital de Pucharini comunica a las presidentas de los 64 comités del Vaso de Leche que la distribución de leche y hojuelas de quinua del mes de octubre se hará el jueves y viernes en el almacén municipal del jirón Túpac Amaru, de ocho a una.

        Deben acudir con su padrón actualizado y DNI.""",
        m="I",
        tone="0",
        note="Vaso de Leche is none of the five topics",
    ),
    S(
        "k059",
        "rcafe",
        "2026-10-08",
        "«El Chilo» en cabina: «El predial no es para el alcalde, es para tu calle»",
        """Esta mañana estuvo en nuestro programa Despertar Cafetalero el alcalde Isidoro «Chilo» Paucarchuco, que respondió llamadas de los oyentes durante media hora.

        La mayoría preguntó por la amnistía tributaria. El Chilo explicó que quien pague el predial atrasado hasta el 30 de noviembre se libra de todos los intereses. «El predial no es para el alcalde, es para tu calle, para tu cuneta, para tu serenazgo», dijo.

        Una oyente de Bajo Naranjal le reclamó que pagó puntual y su calle sigue sin afirmar. El alcalde le prometió enviar la motoniveladora antes de fin de mes.""",
        m="A",
        t="tributos",
        tone="0",
        note="the nickname is plainly him; a call-in show about the amnesty with one complaint",
    ),
    S(
        "k060",
        "rcafe",
        "2026-10-09",
        "Regidor Mishari pide sesión extraordinaria por el incendio del botadero",
        """El regidor Nelson Mishari presentó un pedido de sesión extraordinaria de concejo para que la gestión explique por qué el botadero de la quebrada Yanacocha sigue ardiendo y qué pasó con el expediente del relleno sanitario.

        El pedido lleva las firmas de dos regidores más. Según el reglamento, el alcalde debe convocar la sesión en un plazo de quince días.""",
        m="R",
        t="limpieza",
        tone="-",
        note="the opposition pressing over the burning dump",
    ),
    S(
        "k061",
        "rcafe",
        "2026-10-10",
        "Bus interprovincial se despista en el kilómetro 51 de la Marginal",
        """Un bus de la empresa Turismo Central que cubría la ruta Lima–Puerto Anapati se despistó esta madrugada en el kilómetro 51 de la carretera Marginal y quedó recostado sobre la cuneta.

        Ocho pasajeros resultaron con heridas leves y fueron atendidos en el Hospital de Apoyo de Pucharini. El chofer dio negativo en la prueba de alcoholemia. El tránsito está restringido a un carril.""",
        about=False,
        note="a highway accident; nothing municipal",
    ),
    S(
        "k062",
        "rcafe",
        "2026-10-11",
        "Cambia el horario del recojo de basura en el casco urbano",
        """Vecino, toma nota: a partir del lunes el camión recolector pasará por el casco urbano de Pucharini entre las seis y las nueve de la noche, y ya no por la mañana, informó la subgerencia de Gestión Ambiental de la Municipalidad de Pucharini.

        El cambio busca evitar que el camión se cruce con el tráfico de la hora de entrada a los colegios. Saque su bolsa solo cuando escuche la música del camión.""",
        m="I",
        t="limpieza",
        tone="0",
        note="short service notice",
    ),
    S(
        "k063",
        "rcafe",
        "2026-10-12",
        "Campaña de salud gratuita este sábado en la plaza de armas",
        """Este sábado, desde las ocho de la mañana, la Municipalidad Distrital de Pucharini y el Hospital de Apoyo ofrecerán en la plaza de armas atención gratuita en medicina general, odontología, pediatría, oftalmología y despistaje de diabetes.

        También habrá vacunación contra la influenza para adultos mayores. Lleve su DNI.""",
        m="I",
        t="salud",
        tone="0",
        note="announcement of a health campaign",
    ),
    S(
        "k064",
        "rcafe",
        "2026-10-13",
        "Hoy vence el descuento por pronto pago de arbitrios",
        """Recordamos a los contribuyentes que hoy es el último día para pagar los arbitrios del cuarto trimestre con el 10 % de descuento por pronto pago.

        La caja de la Municipalidad de Pucharini atenderá hasta las seis de la tarde en horario corrido.""",
        m="I",
        t="tributos",
        tone="0",
        note="very short reminder",
    ),
    S(
        "k065",
        "rcafe",
        "2026-10-14",
        "Vecinos de San Cristóbal agradecen al alcalde Paucarchuco por el alumbrado",
        """Después de años caminando a oscuras por la escalinata principal, los vecinos del barrio San Cristóbal tienen luz. Llamaron a nuestra cabina para agradecer al alcalde Paucarchuco por los 24 postes con luminarias led instalados por la municipalidad.

        «Ahora las chicas pueden regresar del instituto sin miedo», dijo la señora Francisca Ñaupari, presidenta del comité de damas.""",
        m="A",
        tone="+",
        note="street lighting is none of the five topics; 'alcalde Paucarchuco' on the district's own radio is plainly ours",
    ),
    S(
        "k066",
        "rcafe",
        "2026-10-15",
        "Motocarristas protestan contra el nuevo paradero del mercado",
        """Unos ochenta motocarristas de cuatro asociaciones se concentraron esta mañana frente al palacio municipal para rechazar la ordenanza que traslada su paradero del frontis del mercado a la calle posterior.

        «Allá atrás no nos ve nadie, vamos a perder pasajeros», reclamó el dirigente Rolando Pari. La comuna pucharinense sostiene que el cambio es para descongestionar la entrada al mercado. Las asociaciones anuncian un paro de 24 horas si no se deroga la medida.""",
        m="I",
        tone="-",
        note="traffic and motocarro stops are none of the five topics",
    ),
    S(
        "k067",
        "rcafe",
        "2026-10-16",
        "Precio del café y la naranja hoy en los centros de acopio",
        """Así amanecen los precios en los centros de acopio de Pucharini: café pergamino, entre 675 y 690 soles el quintal; cacao en grano seco, 22 soles el kilo; naranja Valencia, 28 soles la jaba; mandarina Murcott, 38 soles la jaba.

        El plátano isla se mantiene en 15 soles el racimo.""",
        about=False,
        note="market prices",
    ),
    S(
        "k068",
        "rcafe",
        "2026-10-17",
        "Deslizamiento en la quebrada Shintoriato: tránsito restringido",
        """Se reporta un deslizamiento de tierra en la quebrada Shintoriato, a la altura del kilómetro 44 de la carretera Marginal. El tránsito está restringido a un solo carril y hay demoras de hasta una hora.

        Se recomienda a los conductores de carga pesada esperar en el grifo de Pucharini hasta que se despeje la vía.""",
        about=False,
        note="a landslide bulletin; no one of ours",
    ),
    S(
        "k069",
        "rcafe",
        "2026-10-18",
        "Municipio pide no arrojar basura al río Shimaqui",
        """La Municipalidad Distrital de Pucharini hace un llamado a los vecinos de la ribera del Shimaqui para que no arrojen sus residuos al río. Esta semana, brigadistas municipales retiraron de la orilla colchones, llantas y un refrigerador.

        Quien sea sorprendido botando desmonte o basura al río recibirá una multa de hasta 1 300 soles.""",
        m="I",
        t="limpieza",
        tone="0",
        note="an appeal and a warning",
    ),
    S(
        "k070",
        "rcafe",
        "2026-10-19",
        "Sereno agredido por motocarrista ebrio en el óvalo",
        """Un sereno de Pucharini fue agredido a golpes anoche por un motocarrista en estado de ebriedad cuando le pidió que retire su vehículo del óvalo de la Marginal. El agente sufrió una fractura en la nariz.

        La gerenta de Seguridad Ciudadana, Doris Untiveros, anunció que la municipalidad asumirá los gastos médicos y presentará la denuncia penal. El agresor fue detenido.""",
        m="S",
        t="seguridad",
        tone="0",
        note="an aggression against a municipal guard; neutral",
    ),
    S(
        "k071",
        "rcafe",
        "2026-10-20",
        "Se reanuda la pavimentación del jirón Los Colonos",
        """Buenas noticias para los vecinos del jirón Los Colonos: la Municipalidad de Pucharini reanudó ayer los trabajos de pavimentación que estaban detenidos desde agosto por falta de cemento.

        Ya llegaron 2 400 bolsas y la obra, de 480 metros, debe terminar en diciembre, según el residente.""",
        m="I",
        t="obras",
        tone="+",
        note="works resumed",
    ),
    S(
        "k072",
        "rcafe",
        "2026-10-21",
        "El concejo sesionará por primera vez en una comunidad nativa",
        """La teniente alcaldesa Marleni Pizarro informó que la próxima sesión ordinaria del concejo municipal se realizará en la comunidad nativa de Otsitiari, el 29 de octubre, con traducción al asháninka.

        Es la primera vez que el concejo de Pucharini sesiona fuera del palacio municipal.""",
        m="T",
        tone="0",
        note="procedural; none of the five topics",
    ),
    S(
        "k073",
        "rcafe",
        "2026-10-22",
        "Oyentes reclaman por baches en la Marginal urbana",
        """Nuestros teléfonos no paran: oyentes de los barrios de la salida a Cushimayo reclaman por los baches de la avenida Marginal urbana, algunos de hasta medio metro de hondo, que ya dañaron aros y suspensiones de varios motocarros.

        «Que la comuna pucharinense tape aunque sea con ripio, antes que haya una desgracia», pidió don Emiliano desde el grifo. Otros oyentes recordaron que el tramo fue entregado hace apenas cuatro meses.""",
        m="I",
        t="obras",
        tone="-",
        note="listeners' complaints about a municipal road",
    ),
    S(
        "k074",
        "rcafe",
        "2026-10-23",
        "Este domingo, Festival de la Naranja en Alto Quimpiri",
        """La asociación de productores citrícolas de Alto Quimpiri invita al III Festival de la Naranja, este domingo desde las nueve de la mañana, con concurso de la naranja más grande, jugo gratis, danzas y la presentación de la orquesta Los Charapitas del Perené.

        La entrada es libre.""",
        about=False,
        note="a festival organised by producers",
    ),
    S(
        "k075",
        "rcafe",
        "2026-10-24",
        "Dengue: 37 nuevos casos en la última semana",
        """La red de salud de Cushimayo reporta 37 nuevos casos de dengue en el distrito de Pucharini en la última semana, con lo que el total del año llega a 268.

        Dos pacientes permanecen internados en el Hospital de Apoyo. Ante fiebre alta, dolor de cabeza y dolor detrás de los ojos, acuda al establecimiento de salud y no se automedique.""",
        about=False,
        note="health figures from the health network; the municipality is not named",
    ),
    S(
        "k076",
        "rcafe",
        "2026-10-25",
        "Gerente Ricse: «El compactador vuelve el lunes»",
        """El gerente municipal Jhonatan Ricse aseguró a nuestra emisora que el camión compactador regresará del taller el lunes, con la bomba hidráulica nueva, y que la próxima semana se limpiarán los puntos críticos de basura del jirón Perené y del mercado.

        Ricse reconoció que la demora fue «más larga de lo aceptable» porque el repuesto tuvo que importarse.""",
        m="G",
        t="limpieza",
        tone="0",
        note="an official's promise plus an admission",
    ),
    S(
        "k077",
        "rcafe",
        "2026-10-26",
        "Deportes: el Tsiriari empata en la ida de la etapa departamental",
        """En el deporte, el Deportivo Tsiriari empató 1-1 con Sport Chanchayllo en el partido de ida de la etapa departamental. Anotó Jhonatan Ricse de penal a los 60 minutos.

        La vuelta se juega el domingo en el estadio municipal de Pucharini.""",
        about=False,
        note="namesake: the footballer; 'estadio municipal' is a place",
    ),
    S(
        "k078",
        "rcafe",
        "2026-10-27",
        "Alcalde Paucarchuco entrega motocarro ambulancia a la comunidad de Anapiari",
        """El alcalde Isidoro Paucarchuco Gamarra entregó ayer un motocarro acondicionado como ambulancia a la comunidad nativa de Anapiari, para trasladar pacientes desde el puesto de salud hasta la carretera.

        El vehículo tiene camilla, balón de oxígeno y botiquín. Un comunero capacitado por el municipio será el conductor.""",
        m="A",
        t="salud",
        tone="+",
        note="a municipal ambulance for a native community",
    ),
    # --- Selva TV Canal 21: transcripts of the evening news in Atom, UTC times near midnight ----------------------------
    S(
        "k079",
        "selvatv",
        "2026-10-04T04:20:00Z",
        "Se desploma muro de contención construido hace un año en Villa El Triunfo",
        """CONDUCTORA: Alarma en el barrio Villa El Triunfo de Pucharini, donde un muro de contención se vino abajo con la lluvia de esta tarde. Nuestro reportero está en el lugar.

        REPORTERO: Así es, Milagros. Estamos al pie de lo que queda del muro, unos treinta metros de concreto ciclópeo que cayeron sobre la escalinata del barrio. Felizmente no había nadie pasando. Este muro fue construido por la Municipalidad Distrital de Pucharini el año pasado y, según el cartel de obra que todavía está aquí, costó 310 000 soles.

        VECINA: Desde el principio vimos que le echaban más piedra que cemento. Dijimos, reclamamos, y nadie nos hizo caso. Ahora mire, dos casas se han quedado colgando.

        REPORTERO: El alcalde Isidoro Paucarchuco llegó hace una hora y ordenó evacuar a las dos familias. Dijo que se pedirá un peritaje para determinar responsabilidades del contratista. Desde Villa El Triunfo, para Selva TV Noticias.""",
        m="I A",
        t="obras",
        tone="-",
        note="TV transcript; a municipal work collapses a year after delivery (Lima date the evening before)",
    ),
    S(
        "k080",
        "selvatv",
        "2026-10-06T03:50:00Z",
        "Hospital de Pucharini habilita carpa para pacientes con dengue",
        """CONDUCTOR: El Hospital de Apoyo de Pucharini ha tenido que instalar una carpa en su patio para atender a los pacientes con síntomas de dengue. Los pasadizos ya no alcanzaban.

        REPORTERA: En la carpa hay doce camas y dos médicos de guardia. La directora del hospital nos dijo que atienden entre 60 y 80 febriles por día, el triple que en setiembre. Mientras tanto, en los barrios, las brigadas de fumigación de la Municipalidad de Pucharini avanzan con el cronograma: hoy estuvieron en Los Cafetales.

        PACIENTE: Tres días con fiebre, con dolor de huesos. Me dijeron que espere mi turno afuera.

        CONDUCTOR: Recuerde: ante fiebre, acuda al establecimiento de salud.""",
        m="I",
        t="salud",
        tone="0",
        note="TV transcript; the regional hospital under strain, the municipal fumigation in passing but part of the response",
    ),
    S(
        "k081",
        "selvatv",
        "2026-10-09T04:45:00Z",
        "Cámara escondida: serenos de Pucharini duermen en la caseta del óvalo",
        """CONDUCTORA: Un vecino nos hizo llegar este video grabado la madrugada del martes. Ahí ven la caseta de serenazgo del óvalo de la Marginal en Pucharini. Adentro, dos serenos duermen sobre sillas, con las luces apagadas, a las dos y media de la mañana.

        REPORTERO: El vecino que grabó, y que pidió no mostrar su rostro, dice que esa misma noche le robaron la batería a un camión estacionado a treinta metros. Fuimos a buscar explicaciones.

        DORIS UNTIVEROS, GERENTA DE SEGURIDAD CIUDADANA: Hemos visto el video. Los dos serenos han sido separados y se ha abierto un proceso administrativo. No vamos a tolerar esa conducta.

        REPORTERO: Los vecinos del óvalo dicen que no es la primera vez. Desde Pucharini, para Selva TV.""",
        m="S",
        t="seguridad",
        tone="-",
        note="TV transcript; sleeping municipal guards; the manager's sanction does not lift it",
    ),
    S(
        "k082",
        "selvatv",
        "2026-10-11T04:05:00Z",
        "Villa Quimpiri: regidores piden la vacancia del alcalde Paucarchuco",
        """CONDUCTOR: En el vecino distrito de Villa Quimpiri, tres regidores presentaron un pedido de vacancia contra el alcalde Rómulo Paucarchuco Inga, por presunto nepotismo: su cuñada trabaja como cajera de la municipalidad.

        REPORTERA: El alcalde Paucarchuco dijo que la trabajadora ingresó por concurso antes de su gestión. La sesión para ver el pedido será el 4 de noviembre.""",
        about=False,
        note="namesake: another district's Mayor with the same surname",
    ),
    S(
        "k083",
        "selvatv",
        "2026-10-13T05:10:00Z",
        "Turista muere en una poza de la catarata Shirampari; no había salvavidas",
        """CONDUCTORA: Tragedia en la catarata Shirampari. Un joven turista de 22 años, natural de Huancayo, murió ahogado esta tarde en la poza principal, donde se había lanzado desde una roca.

        REPORTERO: Sus amigos intentaron sacarlo, pero la corriente lo arrastró bajo la caída de agua. Los bomberos recuperaron el cuerpo dos horas después. Los comerciantes de la zona nos dicen que desde hace meses piden que haya un salvavidas y carteles de advertencia.

        COMERCIANTE: Aquí se cobra la entrada, cinco soles por persona, y no hay ni un chaleco, ni una soga, nada. Siempre decimos que algún día iba a pasar.

        REPORTERO: La Municipalidad Distrital de Pucharini, que administra el circuito turístico, cerró el acceso a la poza hasta nuevo aviso. Desde Shirampari, para Selva TV Noticias.""",
        m="I",
        tone="-",
        note="TV transcript; a death at the municipal tourist site with no safety staff; tourism is none of the five topics",
    ),
    S(
        "k084",
        "selvatv",
        "2026-10-15T03:35:00Z",
        "Mishari: «En la municipalidad trabajan siete familiares de funcionarios»",
        """CONDUCTOR: En el set nos acompaña el regidor de Pucharini Nelson Mishari Campos. Regidor, usted ha presentado una lista de trabajadores municipales. ¿Qué ha encontrado?

        NELSON MISHARI: Hemos cruzado las planillas con las partidas de Reniec. Hay siete personas contratadas este año que son familiares directos de gerentes y subgerentes. Una es esposa de un subgerente, otra es hija de un jefe de área. Eso está prohibido por la ley de nepotismo.

        CONDUCTOR: ¿Y el alcalde?

        NELSON MISHARI: No he encontrado familiares del alcalde en la lista; eso hay que decirlo. Pero él firma las resoluciones. Lo he puesto en conocimiento de la Fiscalía.

        CONDUCTOR: Invitamos a la gerencia municipal a responder en este espacio.""",
        m="R",
        tone="-",
        note="TV interview; accusation of nepotism inside the municipality; 'el alcalde' is bare",
    ),
    S(
        "k085",
        "selvatv",
        "2026-10-17T04:30:00Z",
        "Entregan pistas y veredas en cinco cuadras del barrio Los Cafetales",
        """CONDUCTORA: Fiesta en Los Cafetales, donde los vecinos recibieron hoy cinco cuadras de pistas y veredas después de doce años de polvo en verano y barro en invierno.

        REPORTERA: Con banda, globos y un almuerzo de pachamanca, los vecinos recibieron la obra ejecutada por la Municipalidad de Pucharini: 1 200 metros cuadrados de pavimento, veredas, rampas para sillas de ruedas y cunetas que conducen el agua de lluvia hacia el Shimaqui. Costó 1,4 millones de soles.

        VECINO: Antes no entraba ni el motocarro cuando llovía. Las señoras se caían con sus compras. Ahora esto es otra cosa.

        REPORTERA: El alcalde Isidoro Paucarchuco Gamarra bailó un huaylarsh con los vecinos y prometió que el próximo año le tocará al barrio San Cristóbal.""",
        m="I A",
        t="obras",
        tone="+",
        note="TV transcript; delivered street works",
    ),
    S(
        "k086",
        "selvatv",
        "2026-10-20T04:15:00Z",
        "Comuneros de Shintoriato rechazan que el relleno sanitario se construya cerca de su territorio",
        """CONDUCTOR: Comuneros asháninkas de Shintoriato llegaron hoy hasta el palacio municipal de Pucharini con arcos, flechas y pintura de achiote. Rechazan que el futuro relleno sanitario se construya en el sector Chanchamayito, a dos kilómetros de su comunidad.

        REPORTERA: Dicen que nadie les consultó. La Municipalidad Distrital de Pucharini ya compró el terreno y el expediente está en evaluación del Ministerio del Ambiente.

        DIRIGENTE: El agua de esa quebrada la tomamos nosotros. No queremos la basura de la ciudad encima de nuestro territorio.

        REPORTERA: El gerente municipal los recibió y ofreció una reunión técnica con los ingenieros del proyecto.""",
        m="I",
        t="limpieza obras",
        tone="-",
        note="TV transcript; a native community opposes the municipal landfill project (limpieza and obras by convention)",
    ),
    S(
        "k087",
        "selvatv",
        "2026-10-22T04:40:00Z",
        "«Chilo» Paucarchuco y Selva Mía agotan entradas en Cushimayo",
        """CONDUCTORA: Y para terminar, la cumbia. Wilder «Chilo» Paucarchuco y su orquesta Selva Mía agotaron las 4 000 entradas de su concierto del sábado en el coliseo de Cushimayo.

        REPORTERO: El cantante presentó en vivo «Agüita de Shirampari» y anunció una gira por Lima y Arequipa en diciembre. Chilo Paucarchuco contó que su primer escenario fue la plaza de Pucharini, en una fiesta patronal de 2009.""",
        about=False,
        note="namesake: the singer; 'Chilo Paucarchuco' and Pucharini in a story that is not about us",
    ),
    S(
        "k088",
        "selvatv",
        "2026-10-24T02:55:00Z",
        "Largas colas en la caja municipal por la amnistía tributaria",
        """CONDUCTOR: Desde temprano, largas colas en la caja de la Municipalidad Distrital de Pucharini, donde cientos de contribuyentes acuden para acogerse a la amnistía del predial y los arbitrios.

        REPORTERA: Algunos llegaron a las seis de la mañana. La municipalidad habilitó dos ventanillas adicionales y atiende también el sábado. Según la oficina tributaria, ya se acogieron 1 100 contribuyentes y se han recaudado 640 000 soles.

        CONTRIBUYENTE: Debía desde 2021. Con los intereses era casi el doble. Aprovecho ahora.

        REPORTERA: El beneficio vence el 30 de noviembre.""",
        m="I",
        t="tributos",
        tone="0",
        note="TV transcript; queues and figures, neither good nor bad on balance",
    ),
    S(
        "k089",
        "selvatv",
        "2026-10-27T04:25:00Z",
        "Cushimayo instalará 60 cámaras de videovigilancia",
        """CONDUCTORA: El alcalde provincial de Cushimayo, Genaro Villanueva Oré, anunció la instalación de 60 cámaras de videovigilancia en la capital de la provincia, con una inversión de 1,7 millones.

        REPORTERO: La central de monitoreo funcionará en el tercer piso de la municipalidad provincial, con doce operadores. Las cámaras se instalarán en mercados, paraderos y salidas de colegios.""",
        about=False,
        note="another municipality's security project",
    ),
    S(
        "k090",
        "selvatv",
        "2026-10-30T04:50:00Z",
        "La central de videovigilancia de Pucharini ya opera con 48 cámaras",
        """CONDUCTOR: Entramos a la nueva central de videovigilancia de Pucharini, que desde hoy funciona las 24 horas con 48 cámaras en calles, el mercado y el óvalo de la Marginal.

        REPORTERA: Seis operadores, dos pantallas gigantes y radio directa con las patrullas. La gerenta de Seguridad Ciudadana, Doris Untiveros Salazar, nos mostró cómo funciona.

        DORIS UNTIVEROS: Con el lector de placas, si un motocarro robado pasa por el óvalo, en segundos tenemos la alerta. En la marcha blanca ya recuperamos cuatro vehículos.

        REPORTERA: La obra la financió la Municipalidad Distrital de Pucharini con 2,3 millones de soles. Los vecinos piden que las cámaras lleguen también a los barrios altos.""",
        m="I S",
        t="seguridad",
        tone="+",
        note="TV transcript; new municipal camera centre in operation",
    ),
    S(
        "k091",
        "selvatv",
        "2026-11-02T04:10:00Z",
        "Comités del Vaso de Leche denuncian latas de leche vencidas",
        """CONDUCTORA: Madres de tres comités del Vaso de Leche de Pucharini denuncian que recibieron latas de leche evaporada vencidas en setiembre. Nos mostraron las latas, con la fecha claramente impresa.

        REPORTERO: La teniente alcaldesa Marleni Pizarro Huaynate, que preside la comisión de Programas Sociales, reconoció el problema. Dijo que el lote será cambiado por el proveedor y que se revisará el almacén municipal para detectar otros productos vencidos.

        MADRE DE FAMILIA: ¿Y si nuestros hijos ya tomaron? Nadie nos avisó.""",
        m="T",
        tone="-",
        note="TV transcript; expired milk in a municipal programme; the Vaso de Leche is none of the five topics",
    ),
    S(
        "k092",
        "selvatv",
        "2026-11-05T03:45:00Z",
        "Tercera es la vencida: firman contrato del mercado modelo de Pucharini",
        """CONDUCTOR: Después de dos licitaciones desiertas, la Municipalidad Distrital de Pucharini firmó hoy el contrato para construir el mercado modelo.

        REPORTERA: La obra la ejecutará el consorcio Mercado Selva por 10,9 millones de soles, en 360 días. Firmaron el alcalde Isidoro Paucarchuco y el representante del consorcio, con la presencia de dirigentes de los comerciantes. El gerente municipal Jhonatan Ricse indicó que la entrega de terreno será el 20 de noviembre.

        COMERCIANTE: Vamos a creer cuando veamos la primera columna.""",
        m="I A G",
        t="obras",
        tone="0",
        note="TV transcript; contract signed after failed tenders, received with scepticism",
    ),
    S(
        "k093",
        "selvatv",
        "2026-11-07T05:20:00Z",
        "Motocarro y camioneta chocan en la curva de Bajo Naranjal",
        """CONDUCTORA: Un motocarro y una camioneta chocaron esta noche en la curva de Bajo Naranjal. El motocarrista y una pasajera fueron llevados al Hospital de Apoyo de Pucharini con fracturas. La Policía investiga quién invadió el carril contrario.""",
        about=False,
        note="a traffic accident",
    ),
    S(
        "k094",
        "selvatv",
        "2026-11-10T04:35:00Z",
        "Pucharini estrena ambulancia fluvial para las comunidades del Tsiriari",
        """CONDUCTOR: Ya surca el río Tsiriari la primera ambulancia fluvial del distrito. Es un bote de aluminio de ocho metros, con motor fuera de borda de 60 caballos, camilla y equipos de primeros auxilios.

        REPORTERA: La Municipalidad Distrital de Pucharini la compró por 185 000 soles y la entregó en uso a la red de salud. El alcalde Isidoro Paucarchuco hizo el primer recorrido hasta Otsitiari. Según el técnico del puesto de salud, el traslado de un paciente que antes tomaba cinco horas en balsa ahora se hará en cuarenta minutos.""",
        m="I A",
        t="salud",
        tone="+",
        note="TV transcript; a health asset delivered",
    ),
    S(
        "k095",
        "selvatv",
        "2026-11-12T04:00:00Z",
        "Dueños de terrenos baldíos denuncian cobro de arbitrios sin servicio",
        """CONDUCTORA: Propietarios de terrenos sin construir en la zona de expansión de Pucharini reclaman porque la municipalidad les cobra arbitrios de limpieza y serenazgo.

        REPORTERO: Nos mostraron recibos de hasta 480 soles anuales por lotes donde solo hay monte. «Aquí no pasa el camión, ni el sereno, ni nadie», dijo uno de ellos. La oficina de Administración Tributaria de la Municipalidad de Pucharini respondió que la ordenanza vigente grava todos los predios del área urbana, construidos o no, y que los propietarios pueden presentar una reclamación.""",
        m="I",
        t="tributos",
        tone="-",
        note="TV transcript; taxpayers complain about municipal fees",
    ),
    S(
        "k096",
        "selvatv",
        "2026-11-14T04:55:00Z",
        "Feria Regional del Cacao reúne a productores en Cushimayo",
        """CONDUCTOR: Más de 200 productores de cacao de la selva central participan en la Feria Regional del Cacao que se realiza en Cushimayo hasta el domingo. Los productores de Pucharini y Puerto Anapati obtuvieron los primeros lugares en el concurso de calidad.

        REPORTERA: Hay chocolates, licores y cosméticos elaborados con cacao. La entrada es libre.""",
        about=False,
        note="a regional fair; our district appears only as a place of origin",
    ),
    S(
        "k097",
        "selvatv",
        "2026-11-17T04:15:00Z",
        "Minga de limpieza retira seis toneladas de basura del río Shimaqui",
        """CONDUCTORA: Seis toneladas de basura, entre plásticos, llantas y hasta una cocina, fueron retiradas del cauce del Shimaqui en una minga de limpieza que reunió a 400 voluntarios.

        REPORTERO: La convocatoria fue de la Municipalidad Distrital de Pucharini con los colegios y las comunidades nativas. La teniente alcaldesa Marleni Pizarro encabezó la cuadrilla del puente principal. Los residuos fueron trasladados en volquetes municipales y los reciclables se entregaron a la asociación Mujeres que Reciclan.""",
        m="I T",
        t="limpieza",
        tone="+",
        note="TV transcript; a municipal clean-up with results",
    ),
    S(
        "k098",
        "selvatv",
        "2026-11-20T03:30:00Z",
        "Gerente municipal: el presupuesto 2027 bajará 12 % por menor canon",
        """CONDUCTOR: La Municipalidad Distrital de Pucharini tendrá menos dinero el próximo año. El gerente municipal, Jhonatan Ricse Palomino, explicó por qué.

        JHONATAN RICSE: El presupuesto de apertura 2027 es de 38 millones, 12 % menos que este año, porque cae la transferencia por canon y sobrecanon gasífero. Vamos a priorizar terminar lo que hemos empezado antes que iniciar obras nuevas.

        CONDUCTOR: La propuesta se debatirá en el concejo en diciembre.""",
        m="I G",
        tone="0",
        note="TV transcript; budget news, none of the five topics",
    ),
    # --- Agencia de Prensa Regional: national agency, Atom --------------------------------------------------------------
    S(
        "k099",
        "apr",
        "2026-10-19T14:30:00-05:00",
        "Lluvias activan 14 quebradas en la selva central; Indeci reporta viviendas afectadas en Junín y Pasco",
        """Las lluvias intensas de la última semana activaron 14 quebradas en las provincias de la selva central y dejaron 86 viviendas afectadas, 11 inhabitables y tres puentes peatonales colapsados, según el último reporte del Instituto Nacional de Defensa Civil (Indeci).

        Los distritos con más daños son Puerto Anapati, Villa Quimpiri y Pucharini, en la provincia de Cushimayo, y dos distritos de la provincia de Oxabamba, en Pasco. En la carretera Marginal se registraron cinco interrupciones temporales del tránsito.

        El Senamhi prevé que las precipitaciones continúen hasta el domingo, con acumulados de hasta 60 milímetros diarios. Indeci recomendó a las autoridades locales mantener vigilancia en las quebradas y activar sus plataformas de defensa civil.""",
        about=False,
        note="national agency; the district listed among affected places",
    ),
    S(
        "k100",
        "apr",
        "2026-10-21T11:15:00-05:00",
        "Alcaldes de la selva central piden un fondo de reconstrucción para sus carreteras",
        """Una veintena de alcaldes de Junín, Pasco y Huánuco se reunieron en Cushimayo para exigir al Ejecutivo la creación de un fondo de reconstrucción vial para la selva central, donde cada temporada de lluvias los huaicos cortan la carretera Marginal y las vías vecinales.

        «Gastamos en limpiar derrumbes lo que deberíamos invertir en prevenir», sostuvo el presidente de la mancomunidad, el alcalde provincial de Cushimayo, Genaro Villanueva Oré. El pliego de pedidos incluye maquinaria, estudios de taludes y una ventanilla especial en el Ministerio de Transportes.

        Entre los firmantes figuran el alcalde de Pucharini, Isidoro Paucarchuco Gamarra, y el de Villa Quimpiri, Rómulo Paucarchuco Inga.

        La Presidencia del Consejo de Ministros anunció que enviará una comisión a la zona la próxima semana.""",
        m="A",
        about=False,
        note="our Mayor named only in a list of signatories, next to his namesake; passing",
    ),
    S(
        "k101",
        "apr",
        "2026-10-22T09:40:00-05:00",
        "Minsa confirma brote de dengue en cinco distritos de Junín",
        """El Ministerio de Salud confirmó un brote de dengue en cinco distritos de la región Junín, que en conjunto suman más de 2 800 casos y tres fallecidos en lo que va del año.

        Los distritos en brote son Cushimayo, Pucharini, Puerto Anapati, Villa Quimpiri y Chanchayllo. El Centro Nacional de Epidemiología recomendó intensificar la vigilancia entomológica y la búsqueda de febriles.

        El Minsa enviará 40 brigadistas y 12 000 litros de insecticida a la zona.""",
        about=False,
        note="national health figures; the district as a place",
    ),
    S(
        "k102",
        "apr",
        "2026-10-23T13:00:00-05:00",
        "Municipalidad de Pucharini gana premio nacional por su programa de reciclaje con mujeres",
        """La Municipalidad Distrital de Pucharini, en la provincia de Cushimayo, ganó el primer puesto en la categoría de municipalidades distritales del premio Buenas Prácticas en Gestión de Residuos que otorga el Ministerio del Ambiente.

        El jurado destacó el programa de segregación en la fuente operado por la asociación Mujeres que Reciclan, que en siete meses acopió 42 toneladas de residuos aprovechables e incorporó a 26 recicladoras que antes trabajaban en el botadero en condiciones de riesgo.

        El premio consiste en 200 000 soles para invertir en equipamiento. La comuna pucharinense anunció que los destinará a un centro de acopio techado.""",
        m="I",
        t="limpieza",
        tone="+",
        note="national award for a municipal waste programme",
    ),
    S(
        "k103",
        "apr",
        "2026-10-26T10:20:00-05:00",
        "Contraloría identifica perjuicio de 1,2 millones en obra de agua potable en Pucharini",
        """La Contraloría General de la República identificó un perjuicio económico de 1,2 millones de soles en la obra de mejoramiento del sistema de agua potable de cuatro anexos del distrito de Pucharini, ejecutada por la municipalidad distrital entre 2024 y 2025.

        Según el informe de control, se pagaron valorizaciones por tuberías y reservorios que no se instalaron o que no cumplen las especificaciones técnicas. En el anexo San Fermín, el reservorio de 20 metros cúbicos presenta fisuras y nunca entró en funcionamiento.

        El informe comprende a nueve funcionarios y servidores de la Municipalidad Distrital de Pucharini, así como al supervisor de la obra, y fue remitido a la Procuraduría y a la Fiscalía.""",
        m="I",
        t="obras",
        tone="-",
        note="audit finds loss in a municipal drinking-water work",
    ),
    S(
        "k104",
        "apr",
        "2026-10-28T08:00:00-05:00",
        "Cinco cataratas de la selva central que debes conocer este verano",
        """La selva central es, después de Cusco, la región que más crece en turismo interno. Estas son cinco caídas de agua para visitar en un fin de semana largo desde Lima.

        El Velo de la Ñusta, en Chanchayllo, con sus 40 metros de caída. La catarata Shirampari, en Pucharini, a la que se llega en veinte minutos desde la plaza y cuyas pozas son ideales para los niños. Las cataratas gemelas de Puerto Anapati, accesibles solo a pie. La cascada Tsiroventi, en territorio asháninka, con guías comunales. Y la catarata de Huayhuaco, en Cushimayo, con canopy.

        Recomendación: lleve repelente, ropa ligera y efectivo, porque pocas entradas aceptan tarjetas.""",
        about=False,
        note="a travel piece naming the place and its waterfall",
    ),
    S(
        "k105",
        "apr",
        "2026-10-30T12:10:00-05:00",
        "Gobierno Regional de Junín inaugura puente vehicular en Puerto Anapati",
        """El Gobierno Regional de Junín inauguró el puente vehicular Anapati, de 72 metros, que une las dos márgenes del río del mismo nombre y beneficia a 3 000 familias de productores de café y cítricos.

        La obra costó 16,8 millones de soles. El gobernador regional anunció que en 2027 se iniciarán otros tres puentes en la provincia de Cushimayo.""",
        about=False,
        note="another government's bridge; obras keywords",
    ),
    S(
        "k106",
        "apr",
        "2026-11-03T09:50:00-05:00",
        "Policía desarticula banda que robaba motocarros en Pucharini y Cushimayo",
        """La Policía Nacional desarticuló la banda criminal Los Veloces del Perené, dedicada al robo de motocarros en los distritos de Pucharini y Cushimayo, tras un operativo con once allanamientos en el que se detuvo a siete personas.

        Según la Dirección Regional Policial, la banda robaba los vehículos de madrugada, les cambiaba el chasis y las placas en un taller clandestino de Villa Quimpiri y los vendía en Huánuco. Se recuperaron 14 motocarros.

        Los agentes de la comisaría de Pucharini participaron en el seguimiento durante cuatro meses.""",
        about=False,
        note="a police operation; the district and its police station, not the municipality",
    ),
    S(
        "k107",
        "apr",
        "2026-11-06T11:30:00-05:00",
        "Alcalde de Pucharini se reúne con ministro de Vivienda por la planta de tratamiento",
        """El alcalde del distrito de Pucharini, Isidoro Paucarchuco Gamarra, se reunió ayer con el ministro de Vivienda, Construcción y Saneamiento para buscar una salida a la planta de tratamiento de aguas residuales de la ciudad, paralizada desde abril por un arbitraje con el contratista.

        El ministro se comprometió a enviar un equipo técnico que evalúe el avance físico de la obra, estimado en 58 %, y las opciones para concluirla. Mientras tanto, los desagües de la ciudad siguen descargando sin tratamiento en el río Shimaqui.

        Paucarchuco pidió además que la planta se incluya en el programa de reactivación de obras paralizadas.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor lobbies for a paralysed municipal work",
    ),
    S(
        "k108",
        "apr",
        "2026-11-11T10:00:00-05:00",
        "MEF transfiere 40 millones a 31 municipalidades para mantenimiento vial",
        """El Ministerio de Economía y Finanzas autorizó la transferencia de 40 millones de soles a 31 gobiernos locales de siete regiones para el mantenimiento de caminos vecinales dañados por las lluvias, según un decreto supremo publicado hoy.

        Los montos van de 380 000 soles a 2,6 millones. En Junín, las beneficiarias son la Municipalidad Provincial de Cushimayo, con 2,6 millones, y las municipalidades distritales de Puerto Anapati, Villa Quimpiri y la Municipalidad Distrital de Pucharini, con 1,1 millones cada una.

        Los recursos deberán ejecutarse antes del 31 de diciembre.""",
        m="I",
        about=False,
        note="the institution named in a list of beneficiaries; passing",
    ),
    S(
        "k109",
        "apr",
        "2026-11-16T15:20:00-05:00",
        "Día del Reciclaje: Minam lanza campaña nacional de segregación",
        """El Ministerio del Ambiente lanzó la campaña nacional «Separa y Gana», que busca que 2 millones de viviendas separen sus residuos sólidos en la fuente antes de 2028.

        Solo el 14 % de los residuos municipales del país se valoriza. El resto termina en rellenos sanitarios o en botaderos, de los que el Organismo de Evaluación y Fiscalización Ambiental tiene identificados más de 1 500.""",
        about=False,
        note="national garbage story; limpieza keywords",
    ),
    S(
        "k110",
        "apr",
        "2026-11-24T09:30:00-05:00",
        "Junín: Fiscalía formaliza investigación contra exalcalde de Chanchayllo por obra de agua",
        """La Fiscalía Anticorrupción de Junín formalizó investigación preparatoria contra el exalcalde del distrito de Chanchayllo y cuatro exfuncionarios por el presunto delito de colusión en una obra de agua potable y alcantarillado valorizada en 8 millones de soles.

        La obra, ejecutada entre 2021 y 2022, nunca entró en funcionamiento. La Fiscalía pidió impedimento de salida del país para los investigados.""",
        about=False,
        note="another district's corruption case; obras keywords",
    ),
    # --- Perú Regiones Hoy: national site, full text with "se publicó primero en" footer, blog template -------------------
    S(
        "k111",
        "regiones",
        "2026-10-24T09:00:00-05:00",
        "El alcalde que despacha desde un motocarro: un día con Chilo Paucarchuco",
        """A las seis y diez de la mañana, cuando los cafetaleros de Pucharini todavía esperan el primer colectivo, Isidoro Paucarchuco Gamarra ya está sentado en el asiento trasero de un motocarro azul, con un cuaderno de tapa dura sobre las rodillas. No usa la camioneta de la municipalidad, dice, porque «en camioneta no te para nadie».

        En el trayecto a Bajo Naranjal lo detienen cuatro veces. Una señora le pide un certificado de posesión; un joven, trabajo en la obra del jirón Los Colonos; un viejo colono de Huancavelica le reclama que el desagüe de su vecino le cae en la chacra. Chilo Paucarchuco anota todo y arranca la hoja: cada pedido va a la gerencia que corresponde con su firma.

        Llegó a Pucharini en 1994, a los 19 años, con un costal de abarrotes para vender en las ferias. Fue motocarrista, dirigente de la asociación de comerciantes y regidor dos veces antes de ganar la alcaldía en 2022 con el 38 % de los votos.

        Sus críticos le reprochan el estilo. El regidor de oposición Nelson Mishari dice que «gobierna como si el distrito fuera una bodega: todo en cuaderno, nada en sistema». Sus partidarios lo ven como el alcalde más cercano que ha tenido la ciudad.

        A mediodía almuerza en el mercado, en el mismo puesto de caldo de gallina de siempre, y por la tarde recibe en el palacio municipal a una delegación asháninka que viene a pedir un profesor bilingüe. No es competencia municipal, les explica; igual se compromete a acompañarlos a la UGEL.

        «Yo no soy ingeniero ni abogado. Soy un vecino con un cargo prestado por cuatro años», dice al despedirse, ya de noche, mientras el motocarro lo lleva de regreso al centro.""",
        m="A R",
        tone="+",
        note="a warm profile of the Mayor with one critical quote; none of the five topics",
    ),
    S(
        "k112",
        "regiones",
        "2026-10-27T08:30:00-05:00",
        "¿Quién paga los puentes que se lleva el río? El caso de Pucharini",
        """En la selva central, los ríos se llevan cada año decenas de puentes peatonales y pontones. Reponerlos es, en la práctica, tarea de municipios distritales con presupuestos pequeños y poca capacidad técnica.

        El caso de la Municipalidad Distrital de Pucharini lo ilustra. En febrero, la crecida del Tsiriari destruyó el puente colgante de Otsitiari y dos pontones en la cuenca del Shimaqui. Reponer solo el puente costó 1,18 millones de soles, casi el 5 % del presupuesto anual de inversión del distrito, y tomó ocho meses.

        «El Estado nos dice que somos el primer nivel de respuesta, pero no nos da la plata para responder», dice el alcalde Isidoro Paucarchuco, que ha presentado al Ministerio de Transportes perfiles para dos puentes vehiculares sin obtener financiamiento.

        Especialistas consultados coinciden en que la solución pasa por un fondo nacional de puentes rurales con estándares de diseño para la crecida de cien años, y no de diez, como se construye ahora.""",
        m="I A",
        t="obras",
        tone="0",
        note="an analysis using the municipality as its main example; neither praise nor blame",
    ),
    S(
        "k113",
        "regiones",
        "2026-10-29T10:15:00-05:00",
        "Mototaxistas de la selva central denuncian cobro de cupos por bandas",
        """Cinco soles por día, 150 soles al mes: es lo que pagan, según sus dirigentes, cientos de mototaxistas de Cushimayo, Pucharini y Villa Quimpiri a bandas que los amenazan con quemar sus vehículos si no cumplen.

        «Te mandan un audio con tu foto, con tu placa. El que no paga amanece con el motocarro quemado», contó un conductor que pidió reserva. En setiembre, tres motocarros fueron incendiados en Pucharini.

        En Pucharini, la gerenta de Seguridad Ciudadana, Doris Untiveros, dijo que el serenazgo ha reforzado la vigilancia en los paraderos, pero que la extorsión es un delito cuya investigación corresponde a la Policía. «Nuestro rol es preventivo», explicó.

        La Región Policial Junín anunció la creación de un equipo especial contra la extorsión en la selva central.""",
        m="S",
        t="seguridad",
        tone="0",
        note="a regional crime story with a substantial municipal voice; neutral toward us",
    ),
    S(
        "k114",
        "regiones",
        "2026-10-31T09:45:00-05:00",
        "Villa Quimpiri: el botadero del alcalde Paucarchuco contamina una quebrada",
        """Los pobladores del sector Tambillo, en Villa Quimpiri, denunciaron que los lixiviados del botadero municipal escurren hacia la quebrada de la que sacan agua para sus animales. Varias vacas han muerto en el último mes.

        El alcalde de Villa Quimpiri, Rómulo Paucarchuco Inga, reconoció que el botadero «no es lo ideal», pero dijo que su distrito no tiene dónde más llevar la basura. «Estamos esperando firmar con Cushimayo para usar su relleno sanitario», indicó.

        El Organismo de Evaluación y Fiscalización Ambiental programó una inspección para la próxima semana.""",
        about=False,
        note="namesake: the neighbouring Mayor and his garbage dump; limpieza keywords",
    ),
    S(
        "k115",
        "regiones",
        "2026-11-02T08:20:00-05:00",
        "Las tejedoras asháninkas de Otsitiari venden sus cushmas a turistas de la catarata",
        """Sentadas en el suelo de una maloca a la entrada de la catarata Shirampari, siete mujeres de la comunidad de Otsitiari tejen con algodón nativo las cushmas, las túnicas tradicionales asháninkas, que venden a los turistas entre 120 y 300 soles.

        Cada cushma toma hasta tres semanas de trabajo. Los tintes salen de la corteza del palo de sangre, del achiote y de la hoja de huito. «Antes solo tejíamos para la familia. Ahora vendemos y los hijos van al colegio con útiles nuevos», cuenta Delia Quinchori, la mayor del grupo.

        Las tejedoras se organizaron en la asociación Tsinani con el apoyo de una ONG y esperan vender en la feria artesanal de Lima en diciembre.""",
        about=False,
        note="a feature in the district's tourist site; nothing municipal",
    ),
    S(
        "k116",
        "regiones",
        "2026-11-04T09:10:00-05:00",
        "Dengue en Pucharini: «La fumigación pasó por la avenida, pero no subió a nuestro barrio»",
        """Mientras la Municipalidad Distrital de Pucharini informa que sus brigadas ya fumigaron 9 000 viviendas, los vecinos de Villa El Triunfo y San Cristóbal, los barrios de ladera donde más casos de dengue hay, aseguran que nadie subió a sus casas.

        «Pasaron con la máquina por la avenida, tomaron foto y se fueron», dice Rosa Meza, que tiene a dos hijos con el diagnóstico. En la posta del barrio, una enfermera confirma que la mitad de los febriles de la semana vienen de las escalinatas altas.

        La comuna pucharinense sostiene que las brigadas sí cubren las laderas, pero que muchas casas estaban cerradas al paso de los fumigadores. El regidor Nelson Mishari pidió que se publique el registro de viviendas atendidas por manzana.""",
        m="I R",
        t="salud",
        tone="-",
        note="residents contradict the municipal fumigation figures",
    ),
    S(
        "k117",
        "regiones",
        "2026-11-06T08:00:00-05:00",
        "Cafetaleros de Pucharini piden exoneración del predial rústico tras la caída del precio",
        """Con el quintal de café por debajo de los 700 soles, la Federación de Productores Agrarios del distrito de Pucharini pidió al concejo municipal que exonere del impuesto predial rústico de 2027 a los propietarios de chacras de menos de cinco hectáreas.

        El alcalde Isidoro Paucarchuco dijo que estudiará la propuesta, pero advirtió que la ley solo permite reducciones limitadas y que el predial rústico representa el 18 % de lo que recauda el distrito. El pedido será visto por la comisión de Economía.""",
        m="A",
        t="tributos",
        tone="0",
        note="a tax request; the Mayor noncommittal",
    ),
    S(
        "k118",
        "regiones",
        "2026-11-08T10:30:00-05:00",
        "Paucarchuco arremete contra el Congreso: «La ley de motocarros la escribieron sin conocer la selva»",
        """El alcalde de Pucharini, Isidoro Paucarchuco Gamarra, criticó con dureza la ley aprobada por el Congreso que prohíbe a los vehículos menores circular por carreteras nacionales, como la Marginal.

        «En la selva central el motocarro es el único transporte entre los anexos y la ciudad. Esa ley la escribieron en Lima sin conocer la selva. Van a dejar sin trabajo a miles de familias», dijo.

        Según el alcalde, en su distrito hay unos 3 200 motocarros registrados, de los cuales la mitad cruza o recorre algún tramo de la carretera. Pidió a los congresistas de la región presentar una modificación que permita excepciones donde no hay vías alternas.""",
        m="A",
        tone="0",
        note="the Mayor criticising the Congress; motocarros are none of the five topics",
    ),
    S(
        "k119",
        "regiones",
        "2026-11-10T09:00:00-05:00",
        "Regidor Mishari presenta pedido de vacancia contra el alcalde de Pucharini",
        """El regidor Nelson Mishari Campos presentó ante el Jurado Nacional de Elecciones un pedido de vacancia contra el alcalde de Pucharini, Isidoro Paucarchuco Gamarra, por presunta restricción de contratación: sostiene que la Municipalidad Distrital de Pucharini contrató con una empresa vinculada a un familiar del burgomaestre.

        El alcalde calificó el pedido como «un show político sin sustento» y recordó que la Contraloría no ha observado los contratos. El concejo deberá votar el pedido en un plazo de 30 días hábiles.""",
        m="R A I",
        tone="-",
        note="a removal request; the Mayor's denial does not lift it",
    ),
    S(
        "k120",
        "regiones",
        "2026-11-12T08:40:00-05:00",
        "Agua potable llega por primera vez a la comunidad de Otsitiari",
        """Por primera vez en su historia, las 74 familias de la comunidad nativa asháninka de Otsitiari abren un caño en su casa y sale agua clorada.

        El sistema, construido por la Municipalidad Distrital de Pucharini con una inversión de 1,6 millones de soles, capta el agua de un manantial en la parte alta de la comunidad, la conduce por 3,8 kilómetros de tubería hasta un reservorio de 30 metros cúbicos y la distribuye a cada vivienda con conexiones domiciliarias y lavaderos.

        «Antes las mujeres bajábamos al río con baldes tres veces al día. Los niños tenían diarrea todo el tiempo», cuenta Ruth Mishari Chimanca, jefa de la comunidad.

        El alcalde Isidoro Paucarchuco Gamarra inauguró la obra junto a la junta administradora de servicios de saneamiento, integrada por cinco comuneros que fueron capacitados para clorar el agua y cobrar una cuota mensual de tres soles.""",
        m="I A",
        t="obras",
        tone="+",
        note="a delivered drinking-water work; 'Ruth Mishari Chimanca' is the community leader",
    ),
    S(
        "k121",
        "regiones",
        "2026-11-14T09:25:00-05:00",
        "Roban computadoras de la oficina de rentas de la municipalidad de Pucharini",
        """Desconocidos forzaron la madrugada del sábado la ventana posterior del local de la oficina de Administración Tributaria de la municipalidad de Pucharini y se llevaron seis computadoras, una impresora y un disco duro externo con copias de la base de datos de contribuyentes.

        El local, ubicado a media cuadra del palacio municipal, no tenía alarma y el sereno asignado a la zona estaba, según el parte, atendiendo una pelea en la plaza. La paradoja no pasó desapercibida entre los vecinos: el robo ocurrió a sesenta metros de una de las cámaras de la nueva central de videovigilancia, que no enfoca esa calle.

        La Municipalidad Distrital de Pucharini presentó la denuncia y aseguró que la información tributaria tiene respaldo en la nube.""",
        m="I",
        t="seguridad",
        tone="-",
        note="the municipality robbed under its own cameras",
    ),
    S(
        "k122",
        "regiones",
        "2026-11-16T08:10:00-05:00",
        "Comunidades asháninkas exigen consulta previa para la nueva carretera regional",
        """La Central Asháninka del Río Tsiriari, que agrupa a 22 comunidades, exigió al Gobierno Regional de Junín que realice un proceso de consulta previa antes de iniciar la carretera Cushimayo–Alto Tsiriari, cuyo trazo atraviesa territorio titulado de cuatro comunidades.

        «No estamos contra la carretera; estamos contra que pase por encima de nosotros sin preguntarnos», dijo el presidente de la central. El Gobierno Regional sostiene que el proyecto está en etapa de perfil y que la consulta se hará antes del expediente técnico.""",
        about=False,
        note="a regional road and Indigenous consultation; not about us",
    ),
    S(
        "k123",
        "regiones",
        "2026-11-18T09:00:00-05:00",
        "Pucharini reduce en 60 % los casos de dengue en noviembre",
        """Los casos semanales de dengue en el distrito de Pucharini bajaron de un pico de 52 en la primera semana de octubre a 20 en la segunda semana de noviembre, según la sala situacional de la red de salud.

        La Municipalidad Distrital de Pucharini atribuye la baja a la campaña de recojo de inservibles, en la que se retiraron 38 toneladas de llantas, botellas y cilindros, y a la fumigación de 14 000 viviendas. La teniente alcaldesa Marleni Pizarro Huaynate pidió no bajar la guardia: «Llegan las lluvias y el zancudo vuelve».""",
        m="I T",
        t="salud",
        tone="+",
        note="a health outcome credited to the municipal campaign",
    ),
    S(
        "k124",
        "regiones",
        "2026-11-20T10:05:00-05:00",
        "Informe policial ubica a Pucharini entre los distritos más peligrosos de Junín; la gerenta de seguridad lo niega",
        """Pucharini aparece en el quinto lugar entre los distritos de Junín con más denuncias por robo y hurto por cada mil habitantes, según un informe de la Región Policial Junín difundido esta semana. El informe lo califica como «zona de atención prioritaria».

        La gerenta de Seguridad Ciudadana de Pucharini, Doris Untiveros Salazar, rechazó la calificación. «Pucharini no es zona roja. Lo que pasa es que aquí la gente sí denuncia, porque confía en que se va a hacer algo», sostuvo, y citó la reducción de robos de motocarros desde que funcionan las cámaras.

        Los comerciantes de la avenida Marginal no comparten el optimismo: en octubre, tres tiendas fueron asaltadas a mano armada.""",
        m="S",
        t="seguridad",
        tone="-",
        note="a bad crime ranking the official denies; negation inside a negative story",
    ),
    # --- El Informante Cafetalero: regional site, teasers in RSS, modern pages -------------------------------------------
    S(
        "k125",
        "informante",
        "2026-10-07T08:00:00-05:00",
        "Cooperativa Cafetalera Pucharini exporta doce contenedores a Alemania y Estados Unidos",
        """La Cooperativa Agraria Cafetalera Pucharini embarcó este año doce contenedores de café orgánico y de comercio justo, unos 3 300 quintales, con destino a tostadores de Hamburgo y Portland. Es su mejor campaña desde su fundación en 1996.

        El precio pagado a los 540 socios fue 18 % superior al del mercado local gracias a las primas por certificación. «La clave fue la calidad en taza: ya no vendemos volumen, vendemos perfil», explicó su gerente, Rubén Tacza.

        La cooperativa planea abrir una cafetería en Lima el próximo año.""",
        about=False,
        note="the cooperative shares the place name; not the municipality",
    ),
    S(
        "k126",
        "informante",
        "2026-10-10T07:30:00-05:00",
        "Municipio pucharinense abre feria dominical de productores en la plaza de armas",
        """Desde este domingo, los productores de los anexos de Pucharini podrán vender directamente su café tostado, miel, queso, frutas y verduras en la feria dominical que organiza el municipio pucharinense en la plaza de armas, de siete de la mañana a una de la tarde.

        Los puestos son gratuitos para productores acreditados por su agente municipal. La primera feria reunió a 64 productores y, según los organizadores, se vendieron más de 40 000 soles.

        «Antes el intermediario nos pagaba la mitad», dijo una productora de miel de Alto Quimpiri.""",
        m="I",
        tone="+",
        note="a producers' fair; economy, none of the five topics",
    ),
    S(
        "k127",
        "informante",
        "2026-10-13T09:15:00-05:00",
        "Mishari: «El alcalde Paucarchuco no ha cumplido ni una de sus promesas de campaña»",
        """A dos años de iniciada la gestión, el regidor de oposición Nelson Mishari Campos presentó un balance de las promesas del alcalde de Pucharini, Isidoro Paucarchuco Gamarra: de las catorce obras ofrecidas en su plan de gobierno, dice, ninguna está concluida.

        «No ha cumplido ni una. Ni el relleno sanitario, ni el mercado, ni la planta de tratamiento, ni el puente vehicular», enumeró. Los puentes peatonales y las losas deportivas entregadas, añadió, no figuraban en el plan.

        Desde la alcaldía respondieron que el plan de gobierno es de cuatro años y que el mercado ya tiene expediente y presupuesto.""",
        m="R A",
        tone="-",
        note="negation as criticism; a political balance, none of the five topics as such",
    ),
    S(
        "k128",
        "informante",
        "2026-10-16T08:40:00-05:00",
        "Roya amarilla reaparece en cafetales de la cuenca del Perené",
        """Técnicos del Servicio Nacional de Sanidad Agraria detectaron focos de roya amarilla en cafetales de más de 1 200 metros de altura en la cuenca del Perené, con niveles de infestación de hasta 25 % en parcelas sin manejo.

        La enfermedad, que en 2013 arrasó con la mitad de la producción de la selva central, reaparece tras un año de lluvias irregulares. Senasa recomienda podas sanitarias y aplicación de fungicidas cúpricos.""",
        about=False,
        note="coffee plague; not about us",
    ),
    S(
        "k129",
        "informante",
        "2026-10-19T07:55:00-05:00",
        "Pucharini evalúa subir la entrada a la catarata Shirampari a 10 soles",
        """El alcalde de Pucharini, Isidoro Paucarchuco Gamarra, propuso al concejo duplicar el precio de la entrada a la catarata Shirampari, de 5 a 10 soles para adultos, para financiar salvavidas, señalización y un puesto de primeros auxilios.

        La propuesta llega dos semanas después de la muerte de un turista en la poza principal. Los operadores de turismo están divididos: unos creen que el aumento ahuyentará a los visitantes locales; otros, que nadie deja de venir por cinco soles. Los niños y los pobladores del distrito seguirían sin pagar.""",
        m="A",
        tone="0",
        note="a waterfall ticket is none of the five topics (not tributos); a proposal",
    ),
    S(
        "k130",
        "informante",
        "2026-10-22T09:30:00-05:00",
        "Operativo nocturno: municipio de Pucharini clausura doce bares por vender alcohol a menores",
        """En un operativo de madrugada con serenazgo, policías y fiscales, el municipio de Pucharini clausuró doce bares y discotecas de la avenida Marginal y el jirón Perené por vender licor a menores de edad y funcionar sin licencia.

        En uno de los locales se encontró a 23 adolescentes. La gerenta de Seguridad Ciudadana, Doris Untiveros, dijo que estos locales están vinculados a las peleas y asaltos de fin de semana. Los dueños tendrán que pagar multas de hasta 11 000 soles.""",
        m="I S",
        t="seguridad",
        tone="0",
        note="an enforcement operation framed as security; reported neutrally",
    ),
    S(
        "k131",
        "informante",
        "2026-10-25T08:20:00-05:00",
        "Adultos mayores pagarán la mitad de los arbitrios en Pucharini",
        """Los pensionistas y adultos mayores de 65 años con un solo predio de uso de vivienda pagarán desde enero solo la mitad de los arbitrios de limpieza, parques y serenazgo, según la ordenanza aprobada por la Municipalidad Distrital de Pucharini.

        Se calcula que el beneficio alcanzará a 1 400 contribuyentes. Deberán inscribirse en la oficina de Administración Tributaria con su DNI y una declaración jurada. «Es un alivio, con mi pensión de 400 soles», dijo don Hilario Cóndor, de 78 años.""",
        m="I",
        t="tributos",
        tone="+",
        note="a tax relief for the elderly",
    ),
    S(
        "k132",
        "informante",
        "2026-10-29T10:00:00-05:00",
        "Minam aprueba expediente del relleno sanitario de Pucharini; costará 9,4 millones",
        """Después de dos años de observaciones, el Ministerio del Ambiente aprobó el expediente técnico del relleno sanitario de la Municipalidad Distrital de Pucharini, que se construirá en el sector Chanchamayito con una vida útil de 20 años.

        El proyecto, valorizado en 9,4 millones de soles, incluye celdas impermeabilizadas, planta de tratamiento de lixiviados y una nave de segregación. El financiamiento vendrá del programa nacional de gestión de residuos.

        El gerente municipal, Jhonatan Ricse Palomino, dijo que la obra podría empezar en abril y que, una vez en funcionamiento, se cerrará el botadero de la quebrada Yanacocha. Las comunidades de Shintoriato mantienen su oposición a la ubicación.""",
        m="I G",
        t="limpieza obras",
        tone="+",
        note="a landfill project approved; limpieza and obras by convention; the community's opposition is a last line",
    ),
    S(
        "k133",
        "informante",
        "2026-11-01T08:45:00-05:00",
        "Alertan sobre falsos cobradores del predial casa por casa",
        """La Municipalidad de Pucharini alertó que personas que se hacen pasar por notificadores municipales visitan casas de los barrios Los Cafetales y Bajo Naranjal cobrando en efectivo supuestas deudas del impuesto predial.

        La oficina tributaria recordó que ningún trabajador está autorizado a recibir dinero fuera de la caja o del banco, y pidió denunciar a estas personas. Ya hay al menos cinco víctimas.""",
        m="I",
        t="tributos",
        tone="0",
        note="a warning about fraud; the municipality is not at fault",
    ),
    S(
        "k134",
        "informante",
        "2026-11-04T07:10:00-05:00",
        "Naranja de la selva central inunda el mercado mayorista y su precio cae",
        """La llegada masiva de naranja Valencia desde la selva central al Gran Mercado Mayorista de Lima hizo caer su precio a 1,20 soles el kilo, el más bajo en tres años. Camiones de Pucharini, Villa Quimpiri y Chanchayllo esperaron hasta dos días para descargar.

        Los comerciantes mayoristas prevén que la sobreoferta dure hasta diciembre.""",
        about=False,
        note="citrus market; place names only",
    ),
    S(
        "k135",
        "informante",
        "2026-11-07T09:05:00-05:00",
        "Gerente Ricse defiende la compra de una camioneta de 230 000 soles",
        """El gerente municipal de Pucharini, Jhonatan Ricse, defendió la compra de una camioneta 4x4 doble cabina de 230 000 soles, cuestionada por regidores y vecinos en redes sociales como un gasto suntuoso en medio de las quejas por falta de serenos y medicinas.

        «No es para pasear. Es para supervisar obras en anexos donde no entra otro vehículo», explicó el gerente. La oposición recordó que la municipalidad ya tiene tres camionetas y que una de ellas está asignada al despacho de alcaldía.""",
        m="G",
        tone="-",
        note="a questioned purchase, defended by the manager",
    ),
    S(
        "k136",
        "informante",
        "2026-11-09T08:30:00-05:00",
        "Recojo diario ya llega a nueve de cada diez viviendas del casco urbano",
        """Con el segundo camión compactador en servicio desde fines de octubre, la Municipalidad Distrital de Pucharini recoge ahora la basura todos los días en el 91 % de las viviendas del casco urbano, frente al 64 % de inicios de año, según el reporte de la subgerencia de Gestión Ambiental.

        Los puntos críticos del jirón Perené y del mercado, que en setiembre acumulaban hasta tres toneladas, han desaparecido. Los vecinos del centro lo notan: «Ya no hay gallinazos en la esquina», dice una vendedora de emolientes.

        La cobertura en los anexos rurales es otra historia. En San Fermín, Alto Quimpiri y Nueva Libertad, el camión pasa una vez por semana, cuando pasa, y las familias siguen quemando sus residuos en el patio.""",
        m="I",
        t="limpieza",
        tone="+",
        note="mixed: a good urban figure in headline and weight, rural gaps at the end",
    ),
    S(
        "k137",
        "informante",
        "2026-11-13T10:20:00-05:00",
        "Villa Quimpiri cobrará el predial por primera vez en su historia",
        """La municipalidad de Villa Quimpiri cobrará desde enero el impuesto predial, que nunca había recaudado desde su creación como distrito en 1989. El alcalde Rómulo Paucarchuco Inga dijo que la medida es necesaria para acceder a los incentivos del plan de metas del MEF.

        Los vecinos recibirán en diciembre su primera declaración jurada.""",
        about=False,
        note="another district's property tax; namesake Mayor",
    ),
    S(
        "k138",
        "informante",
        "2026-11-17T07:45:00-05:00",
        "Pucharini y Cushimayo firman convenio de patrullaje integrado en la carretera",
        """El alcalde de Pucharini, Isidoro Paucarchuco Gamarra, y el alcalde provincial de Cushimayo, Genaro Villanueva Oré, firmaron un convenio para que los serenazgos de ambas municipalidades patrullen juntos el tramo de 18 kilómetros de la carretera Marginal entre las dos ciudades, donde se concentran los asaltos a transportistas.

        Cada municipalidad aportará una camioneta y cuatro serenos por turno. La gerenta de Seguridad Ciudadana de Pucharini, Doris Untiveros, coordinará el servicio.""",
        m="A S",
        t="seguridad",
        tone="0",
        note="an inter-municipal agreement; no outcome yet",
    ),
    S(
        "k139",
        "informante",
        "2026-11-21T08:15:00-05:00",
        "Psicólogos municipales atienden a familias afectadas por el deslizamiento de San Cristóbal",
        """Un equipo de cuatro psicólogos del centro de salud mental comunitario y de la Municipalidad de Pucharini atiende desde el lunes a las 19 familias que perdieron sus viviendas en el deslizamiento del barrio San Cristóbal.

        Los niños reciben sesiones de juego terapéutico en el albergue instalado en el colegio del barrio. «Muchos no duermen, se despiertan gritando cuando llueve», explicó una de las psicólogas. La atención continuará por tres meses.""",
        m="I",
        t="salud",
        tone="+",
        note="mental health care after a disaster",
    ),
    # --- Pucharini al Día: district site without a feed, followed through its section page -------------------------------
    S(
        "k140",
        "pad",
        "2026-10-09T11:00:00-05:00",
        "El Chilo inaugura parque infantil en Nueva Esperanza",
        """El alcalde Chilo Paucarchuco inauguró el sábado el parque infantil de Nueva Esperanza, el primero del barrio, con juegos de madera, piso de caucho, bancas y 30 árboles de sombra.

        La obra, de 210 000 soles, se hizo sobre un terreno que por años fue un basural. «Aquí botábamos la basura, ahora juegan nuestros hijos», comentó la presidenta del barrio, Hermelinda Ávila. Los niños estrenaron los columpios antes de que terminara el discurso.""",
        m="A",
        t="obras",
        tone="+",
        note="the nickname with the surname is a listed alias; a park is obras",
    ),
    S(
        "k141",
        "pad",
        "2026-10-11T09:30:00-05:00",
        "Electrocentro anuncia corte de luz el domingo en Bajo Naranjal",
        """La empresa Electrocentro informa que el domingo 18 de octubre, de ocho de la mañana a cuatro de la tarde, se suspenderá el servicio eléctrico en Bajo Naranjal, San Fermín y Nueva Libertad por trabajos de mantenimiento en la línea de media tensión.

        Se recomienda desconectar los artefactos.""",
        about=False,
        note="an electricity company notice",
    ),
    S(
        "k142",
        "pad",
        "2026-10-14T10:15:00-05:00",
        "Serenazgo reporta 312 intervenciones en setiembre",
        """La gerencia de Seguridad Ciudadana de Pucharini informó que el serenazgo realizó 312 intervenciones en setiembre: 96 por consumo de alcohol en la vía pública, 54 por riñas, 41 por violencia familiar y 23 por robo o intento de robo, entre otras.

        La gerenta Doris Untiveros destacó que el tiempo de respuesta a las llamadas bajó de 22 a 14 minutos desde que entraron en servicio las motos lineales.""",
        m="S",
        t="seguridad",
        tone="+",
        note="a monthly balance with an improved response time",
    ),
    S(
        "k143",
        "pad",
        "2026-10-16T12:00:00-05:00",
        "Regidor Mishari observa pago de 180 000 soles a proveedora de combustible",
        """El regidor Nelson Mishari observó en la sesión de concejo del jueves un pago de 180 000 soles a la empresa Grifo Selva SAC por combustible para maquinaria, que según dice se hizo sin la conformidad del área usuaria.

        El gerente municipal se comprometió a presentar el expediente completo en la próxima sesión. El regidor Mishari adelantó que, si no hay respuesta, acudirá a la Contraloría.""",
        m="R",
        tone="-",
        note="the opposition flags a payment; 'el gerente municipal' bare",
    ),
    S(
        "k144",
        "pad",
        "2026-10-19T09:45:00-05:00",
        "Vecinos de San Fermín piden que la fumigación llegue a su anexo",
        """Los pobladores del anexo San Fermín, donde ya hay once casos confirmados de dengue, pidieron a la Municipalidad Distrital de Pucharini que envíe sus brigadas de fumigación. Dicen que en tres semanas no ha llegado nadie, a pesar de haberlo solicitado por escrito.

        «Solo fumigan en la ciudad. Nosotros también somos Pucharini», dijo el agente municipal del anexo, Víctor Mauricio.""",
        m="I",
        t="salud",
        tone="-",
        note="an unanswered request for fumigation",
    ),
    S(
        "k145",
        "pad",
        "2026-10-23T08:00:00-05:00",
        "Este es el programa por el 41 aniversario del distrito",
        """La Municipalidad Distrital de Pucharini publicó el programa central por el 41 aniversario de creación política del distrito, del 10 al 16 de noviembre.

        Incluye el izamiento del pabellón nacional, el desfile cívico escolar, la elección de la Señorita Pucharini, el festival de danzas asháninkas, un campeonato de fulbito y la serenata del día 15 con orquestas de la región. La sesión solemne será el día 16 en el auditorio municipal.""",
        m="I",
        tone="0",
        note="an anniversary programme; culture",
    ),
    S(
        "k146",
        "pad",
        "2026-10-26T10:30:00-05:00",
        "Teniente alcaldesa asume el despacho por viaje del alcalde",
        """La teniente alcaldesa Marleni Pizarro Huaynate asumió desde hoy el despacho de alcaldía, por encargo del alcalde Isidoro Paucarchuco Gamarra, que viaja a Lima hasta el viernes para gestiones ante el Ministerio de Vivienda.

        Durante su encargatura, la teniente alcaldesa tiene previsto reunirse con los comerciantes del mercado.""",
        m="T A",
        tone="0",
        note="an administrative notice",
    ),
    S(
        "k147",
        "pad",
        "2026-10-29T09:20:00-05:00",
        "Obra de alcantarillado deja zanjas abiertas por un mes en el jirón Los Colonos",
        """Desde hace un mes, los vecinos de las cuadras 5 y 6 del jirón Los Colonos entran a sus casas por tablones colocados sobre zanjas de dos metros de profundidad, abiertas para la obra de renovación del alcantarillado que ejecuta la municipalidad de Pucharini.

        Una adulta mayor se fracturó la cadera al caer en una de ellas la semana pasada. Los obreros, dicen los vecinos, dejaron de venir hace diez días. «Los niños juegan al borde de los huecos. Nadie pone ni una cinta», reclamó Mercedes Palomino.

        El residente de obra dijo que la tubería de 10 pulgadas aún no llega.""",
        m="I",
        t="obras",
        tone="-",
        note="an abandoned sewage works site; 'municipalidad de Pucharini' names the institution",
    ),
    S(
        "k148",
        "pad",
        "2026-11-01T19:30:00-05:00",
        "Pucharini FC asciende a la primera división de la liga provincial",
        """Pucharini FC consiguió el ascenso a la primera división de la liga provincial de Cushimayo tras golear 4-0 a Juventud Huayhuaco en el estadio municipal.

        El equipo, fundado en 2011 por un grupo de motocarristas, terminó invicto la temporada. Su goleador, Kevin Quispe, anotó dos tantos.""",
        about=False,
        note="a football club with the place's name",
    ),
    S(
        "k149",
        "pad",
        "2026-11-03T08:40:00-05:00",
        "Cobranza coactiva: municipalidad publica lista de 200 grandes deudores",
        """La Municipalidad de Pucharini publicó en su portal web y en la puerta del palacio municipal la lista de los 200 mayores deudores del impuesto predial y arbitrios, cuyas deudas suman 2,4 millones de soles.

        Encabezan la lista dos hoteles, tres grifos y una empresa de transportes. La oficina de Ejecución Coactiva indicó que quienes no regularicen antes del 30 de noviembre serán embargados.""",
        m="I",
        t="tributos",
        tone="0",
        note="a collection measure announced",
    ),
    S(
        "k150",
        "pad",
        "2026-11-05T11:10:00-05:00",
        "Motocarrista devuelve billetera con 3 000 soles a turista",
        """Roger Huaccho, motocarrista de la línea 7, encontró una billetera con 3 000 soles, tarjetas y documentos en el asiento de su vehículo tras dejar a una pareja de turistas en la entrada de la catarata. Volvió a buscarlos y se la devolvió.

        «Lo que no es tuyo no es tuyo», dijo. Los turistas, de Trujillo, le dieron 200 soles de recompensa.""",
        about=False,
        note="human interest; nothing municipal",
    ),
    S(
        "k151",
        "pad",
        "2026-11-08T09:00:00-05:00",
        "Camionetas del serenazgo paradas tres días por falta de combustible",
        """Las dos camionetas del serenazgo de Pucharini estuvieron detenidas desde el jueves hasta el sábado por falta de combustible, confirmaron los propios serenos, que patrullaron a pie el centro de la ciudad.

        La gerenta de Seguridad Ciudadana, Doris Untiveros Salazar, explicó que el contrato con el grifo había vencido y que la Municipalidad Distrital de Pucharini aún no firmaba el nuevo. «Fue un problema administrativo que ya se resolvió», dijo. El sábado en la noche, dos tiendas del jirón Perené fueron asaltadas.""",
        m="S I",
        t="seguridad",
        tone="-",
        note="security vehicles idle for an administrative failure",
    ),
    S(
        "k152",
        "pad",
        "2026-11-09T10:00:00-05:00",
        "Serenata criolla llena la plaza por el Día de la Canción Criolla",
        """Con valses, polkas y marineras, más de mil personas celebraron en la plaza de armas el Día de la Canción Criolla en la serenata organizada por la Municipalidad Distrital de Pucharini.

        El número más aplaudido fue el del dúo de la banda municipal de la institución educativa Santa Rosa, con «Alma, corazón y vida».""",
        m="I",
        tone="+",
        note="culture; none of the five topics",
    ),
    S(
        "k153",
        "pad",
        "2026-11-11T09:15:00-05:00",
        "Despistaje de diabetes en el mercado: uno de cada cinco dio glucosa alta",
        """Una campaña de despistaje de diabetes e hipertensión realizada por la comisión de Salud del concejo en el mercado de abastos evaluó a 410 comerciantes y compradores. Uno de cada cinco tuvo la glucosa por encima de lo normal y fue derivado al Hospital de Apoyo.

        La regidora Pizarro, que impulsó la campaña, anunció que se repetirá cada tres meses.""",
        m="T",
        t="salud",
        tone="+",
        note="a health screening led by the deputy mayor ('regidora Pizarro' is a listed alias)",
    ),
    S(
        "k154",
        "pad",
        "2026-11-14T08:50:00-05:00",
        "Basura en la entrada de la catarata: turistas se quejan en redes",
        """Fotos de bolsas rotas, botellas y descartables acumulados junto al letrero de bienvenida de la catarata Shirampari circulan desde el fin de semana en redes sociales, con comentarios de turistas de Lima y Huancayo.

        «Cobran entrada y no ponen ni un tacho», escribió una visitante. La Municipalidad Distrital de Pucharini, que administra el circuito, dijo que instalará contenedores y contratará a dos personas para la limpieza los fines de semana.""",
        m="I",
        t="limpieza",
        tone="-",
        note="garbage at the municipal tourist site",
    ),
    S(
        "k155",
        "pad",
        "2026-11-18T10:40:00-05:00",
        "Concejo aprueba presupuesto participativo 2027: 17 obras por 6,8 millones",
        """El concejo municipal de Pucharini aprobó la lista de 17 proyectos priorizados en el presupuesto participativo 2027, por un total de 6,8 millones de soles. La mayor parte se destinará a trochas carrozables, pontones y sistemas de agua en los anexos.

        El regidor Nelson Mishari votó en contra por considerar que la lista no respeta el orden de prioridad que votaron los agentes participantes. El alcalde Isidoro Paucarchuco defendió el acuerdo.""",
        m="R A",
        t="obras",
        tone="0",
        note="a budget for works approved over an objection",
    ),
    S(
        "k156",
        "pad",
        "2026-11-20T09:30:00-05:00",
        "Deslizamiento en San Cristóbal: 19 familias pierden sus casas",
        """Diecinueve familias del barrio San Cristóbal perdieron sus viviendas tras el deslizamiento de la ladera ocurrido la madrugada del martes. No hubo víctimas porque los vecinos escucharon el crujido de las paredes y salieron a tiempo.

        La Municipalidad Distrital de Pucharini instaló un albergue en el colegio del barrio y entregó frazadas, colchones, ollas y víveres. Defensa Civil declaró la zona inhabitable.""",
        m="I",
        tone="0",
        note="a disaster with municipal emergency aid; civil defence, none of the five",
    ),
    S(
        "k157",
        "pad",
        "2026-11-23T08:20:00-05:00",
        "Ricse: la planta de tratamiento de aguas residuales estará lista en marzo",
        """El gerente municipal Jhonatan Ricse Palomino anunció que la planta de tratamiento de aguas residuales de Pucharini se reanudará en diciembre, tras el acuerdo con el contratista para poner fin al arbitraje, y que la obra estaría concluida en marzo.

        El acuerdo incluye un adicional de 640 000 soles que deberá ser aprobado por el concejo.""",
        m="G",
        t="obras",
        tone="0",
        note="a promised date for a paralysed work",
    ),
    # --- Revista Amazonía Viva: opinion columns, full text in the description --------------------------------------------
    S(
        "k158",
        "amazonia",
        "2026-10-20T09:00:00-05:00",
        "¡Qué eficiencia, señor alcalde!",
        """Hay que reconocerlo: la gestión de Isidoro Paucarchuco ha batido un récord. Veinte días para cambiar la bomba hidráulica de un camión compactador. Veinte días en los que el jirón Perené se convirtió en el botadero más céntrico de la provincia, con vista al colegio y servicio de gallinazos incluido.

        Uno podría pensar que la Municipalidad Distrital de Pucharini no sabía que su único compactador tenía ya ocho años y que algún día iba a fallar. Uno podría pensar que nadie tenía a la mano un plan B. Uno estaría en lo cierto.

        Mientras tanto, el botadero de Yanacocha arde cada dos meses y el relleno sanitario sigue siendo, como el puente vehicular y el mercado, una bonita maqueta en la oficina del alcalde. Eso sí, la foto con la banda del colegio en cada inauguración de losa nunca falla.

        Quizá sea hora de que el Chilo cambie el motocarro por un camión de basura. Al menos así se enteraría de por dónde no pasa.""",
        m="A I",
        t="limpieza",
        tone="-",
        note="sarcastic opinion column; praise words that mean the opposite",
    ),
    S(
        "k159",
        "amazonia",
        "2026-10-27T09:00:00-05:00",
        "Lo que Pucharini hizo bien con la anemia",
        """En un país acostumbrado a los programas que se anuncian con bombos y se olvidan al año, vale la pena detenerse en una cifra que pasó casi inadvertida: la anemia infantil en el distrito de Pucharini bajó de 41 % a 29 % en dos años.

        No hubo magia. La Municipalidad Distrital de Pucharini contrató a dieciocho actoras sociales del propio distrito, que hablan asháninka y conocen las casas; les pagó a tiempo, que no es poco; y sostuvo las sesiones demostrativas cuando cambió el funcionario de turno. La teniente alcaldesa Marleni Pizarro ha hecho de esto su causa personal y se nota.

        Quedan brechas, sobre todo en las comunidades de la cabecera del Tsiriari. Pero si otros distritos de la selva central quieren copiar algo, que copien esto.""",
        m="I T",
        t="salud",
        tone="+",
        note="a favourable opinion column",
    ),
    S(
        "k160",
        "amazonia",
        "2026-11-03T09:00:00-05:00",
        "El café no puede seguir dependiendo de Nueva York",
        """Cada vez que la bolsa de Nueva York estornuda, en la selva central se resfrían 90 000 familias. El precio que se fija en una pantalla a miles de kilómetros decide si un productor de Pucharini o de Villa Quimpiri podrá pagar el colegio de sus hijos.

        La salida no es un bono ni un crédito más. Es la calidad, la asociatividad y el mercado interno: un país que toma más café instantáneo importado que café de su propia selva tiene un problema que no es agrario, sino cultural. El Ministerio de Desarrollo Agrario debería dedicar a promover el consumo lo que hoy gasta en rescates.""",
        about=False,
        note="a column on coffee policy; the place named in passing",
    ),
    S(
        "k161",
        "amazonia",
        "2026-11-10T09:00:00-05:00",
        "La carretera del olvido",
        """Entre los kilómetros 38 y 45 de la carretera Marginal hay once cicatrices de deslizamientos de este año. Ninguna tiene un muro, ninguna una cuneta de coronación. Provías Nacional manda una máquina, empuja el lodo al costado y se va hasta el próximo aguacero.

        No es un problema de un distrito. Por ese tramo salen el café, la fruta y el cacao de media provincia, y entran los medicamentos, el combustible y los profesores. Cada cierre cuesta decenas de miles de soles a los transportistas y horas de angustia a los pasajeros atrapados entre dos derrumbes.

        Los alcaldes de la zona han hecho lo que podían con sus cargadores frontales prestados; el de Pucharini, Isidoro Paucarchuco, ha enviado ya tres oficios. Lo que falta es que el Ministerio de Transportes mire el mapa y entienda que sin esa carretera la selva central no existe.""",
        m="A",
        about=False,
        note="a column about the national road agency; our Mayor named in one passing line",
    ),
    S(
        "k162",
        "amazonia",
        "2026-11-17T09:00:00-05:00",
        "El serenazgo que no vemos",
        """Pucharini tiene cámaras nuevas, motos nuevas, una central con pantallas gigantes. Lo que no tiene es serenos. Veintidós para más de 40 000 habitantes, repartidos en tres turnos: siete personas por turno para cubrir una ciudad que crece cada mes hacia las laderas.

        La gerenta Doris Untiveros lo sabe y lo ha dicho. Pero la Municipalidad Distrital de Pucharini ha preferido invertir en lo que se inaugura y sale en la foto, y no en lo que cuesta cada mes en planilla. Las cámaras graban el robo; no lo impiden. Y cuando las dos camionetas se quedan sin gasolina, como pasó este mes, los serenos patrullan a pie con un silbato.

        La seguridad no se compra: se paga cada mes. Ojalá el presupuesto de 2027 lo entienda.""",
        m="S I",
        t="seguridad",
        tone="-",
        note="a critical opinion column",
    ),
    S(
        "k163",
        "amazonia",
        "2026-11-19T09:00:00-05:00",
        "Consultar no es un trámite",
        """La consulta previa se ha vuelto en el Perú un trámite que los funcionarios cumplen a regañadientes y que las empresas temen. Es exactamente al revés: es la forma de evitar conflictos que después cuestan años y vidas.

        El caso de la carretera Cushimayo–Alto Tsiriari es de manual. El Gobierno Regional tiene la oportunidad de hacerlo bien desde el perfil. Si espera a tener las máquinas en el monte, ya será tarde.""",
        about=False,
        note="an opinion column on a regional road; not about us",
    ),
    S(
        "k164",
        "amazonia",
        "2026-11-24T09:00:00-05:00",
        "Pague su predial, que el bache se lo regalamos",
        """La Municipalidad Distrital de Pucharini está de plácemes: la recaudación del predial creció 31 %, hay amnistía, hay notificadores con tabletas y listas de deudores pegadas en la puerta del palacio. El cobrador municipal nunca había sido tan eficiente.

        El vecino que paga, en cambio, sigue esperando la contraparte. Paga arbitrios de limpieza por un camión que pasa cuando quiere, paga serenazgo por un sereno que duerme en la caseta y paga predial por una calle que, en el mejor de los casos, tiene una pista agrietada a los cuatro meses. Al propietario de un terreno baldío le cobran arbitrios por barrer el monte.

        Cobrar bien es una virtud. Pero un municipio que solo es eficiente para cobrar tiene las prioridades al revés.""",
        m="I",
        t="tributos",
        tone="-",
        note="sarcastic column about municipal taxes",
    ),
    S(
        "k165",
        "amazonia",
        "2026-11-26T09:00:00-05:00",
        "Pucharini merece cuentas claras (por Nelson Mishari Campos, regidor)",
        """Cuando los vecinos me eligieron regidor, no me pidieron que aplaudiera. Me pidieron que fiscalizara. Eso es lo que he hecho, aunque cada pedido de información tarde tres meses en responderse y algunos nunca se respondan.

        He pedido los vales de combustible, los contratos de mantenimiento de trochas, la planilla. No por hacer política, como dicen en el despacho de alcaldía, sino porque la plata de Pucharini es de todos. Si todo está en orden, que se publique y se acabó la discusión.

        Mientras la gestión no entienda que la transparencia no es un favor sino una obligación, seguiré haciendo preguntas incómodas.""",
        m="R",
        tone="-",
        note="an opinion column by the opposition regidor",
    ),
    S(
        "k166",
        "amazonia",
        "2026-11-27T09:00:00-05:00",
        "Un puente que dice mucho",
        """Ochenta y cuatro metros de cable y madera no cambian el mundo, pero cambian el de los niños de Otsitiari, que desde octubre van al colegio secos. El puente colgante que entregó la Municipalidad Distrital de Pucharini se hizo por administración directa, en 140 días y con mano de obra comunal.

        Sería injusto no reconocerlo, sobre todo en una región donde los puentes tardan años y cuestan el doble. El alcalde Paucarchuco tiene muchas deudas pendientes; esta no es una de ellas.""",
        m="I A",
        t="obras",
        tone="+",
        note="a favourable column on a delivered bridge; a hedge does not turn it",
    ),
    S(
        "k167",
        "amazonia",
        "2026-11-28T09:00:00-05:00",
        "Shirampari, entre el turismo y el descuido",
        """La catarata Shirampari es la mejor carta de presentación de Pucharini y, al mismo tiempo, su mayor riesgo. Este año recibió más visitantes que nunca; también vio morir a un turista en su poza y acumularse la basura en su entrada.

        La Municipalidad Distrital de Pucharini, que administra el circuito y cobra la entrada, ha reaccionado: habrá salvavidas, tachos y un puesto de auxilio. Llega tarde, pero llega. El desafío ahora es que el circuito no se convierta en una mina de boletos sin inversión y que las comunidades asháninkas que viven alrededor reciban algo más que visitantes con cámara.""",
        m="I",
        tone="0",
        note="a balanced column on the municipal tourist site; none of the five topics",
    ),
    # --- Portal Selva Central Digital: aggregator, full text; its own stories first, then the copies --------------------
    S(
        "k168",
        "portal",
        "2026-10-18T22:40:00-05:00",
        "Choque de motocarros en el óvalo de Pucharini deja tres heridos",
        """Dos motocarros chocaron de frente esta noche en el óvalo de la carretera Marginal, en Pucharini, cuando uno de ellos intentó ganar el paso por el carril contrario. Tres pasajeros fueron trasladados al Hospital de Apoyo con heridas leves.

        Testigos dijeron que uno de los conductores huyó a pie. La Policía de Tránsito retuvo ambos vehículos.""",
        about=False,
        note="a traffic accident in the district",
    ),
    S(
        "k169",
        "portal",
        "2026-10-26T09:10:00-05:00",
        "Pucharini inicia empadronamiento de 3 200 motocarros",
        """La Municipalidad Distrital de Pucharini inició el empadronamiento de los motocarros que prestan servicio de transporte en el distrito, un paso previo para otorgar nuevos permisos de operación y ordenar los paraderos.

        Los conductores deben acercarse a la subgerencia de Transportes con su licencia, SOAT, tarjeta de propiedad y una foto del vehículo. El registro es gratuito y se cierra el 15 de diciembre. Quienes no se empadronen no podrán renovar su permiso en 2027.""",
        m="I",
        tone="0",
        note="motocarro registration and permits are none of the five topics",
    ),
    S(
        "k170",
        "portal",
        "2026-10-30T08:30:00-05:00",
        "Maestros denuncian que colegio de Villa El Triunfo lleva un año sin baños",
        """Los 640 alumnos de la institución educativa Villa El Triunfo, en Pucharini, usan desde hace un año letrinas improvisadas detrás de las aulas porque los servicios higiénicos colapsaron con el deslizamiento de 2025.

        Los docentes y la asociación de padres han enviado seis oficios a la UGEL de Cushimayo y al programa nacional de infraestructura educativa, sin respuesta. «Las niñas prefieren no tomar agua para no tener que ir al baño», contó una profesora.""",
        about=False,
        note="a school run by the education sector; the municipality is not involved",
    ),
    S(
        "k171",
        "portal",
        "2026-11-05T10:20:00-05:00",
        "Brigadas municipales completan la fumigación de 14 000 viviendas",
        """Las brigadas de la Municipalidad Distrital de Pucharini terminaron la segunda ronda de fumigación contra el zancudo del dengue, con 14 000 viviendas atendidas en el casco urbano y los anexos de San Fermín, Bajo Naranjal y Nueva Libertad.

        La campaña se hizo en coordinación con la red de salud, que aportó el insecticida. Las viviendas que estuvieron cerradas serán visitadas el sábado y domingo. Los casos semanales, según la red, vienen en descenso desde la tercera semana de octubre.""",
        m="I",
        t="salud",
        tone="+",
        note="a completed municipal health campaign with a falling trend",
    ),
    S(
        "k172",
        "portal",
        "2026-11-13T11:00:00-05:00",
        "Policía reconoce a la gerenta de Seguridad Ciudadana de Pucharini",
        """La Región Policial Junín entregó una resolución de felicitación a la gerenta de Seguridad Ciudadana de Pucharini, Doris Untiveros Salazar, por el apoyo de la central de videovigilancia en la desarticulación de la banda Los Veloces del Perené.

        Según el informe policial, las grabaciones de las cámaras municipales permitieron identificar a cuatro de los siete detenidos. Untiveros dedicó el reconocimiento a los operadores de la central.""",
        m="S",
        t="seguridad",
        tone="+",
        note="an award for the security manager",
    ),
    S(
        "k173",
        "portal",
        "2026-11-19T09:40:00-05:00",
        "Seis barrios sin agua: EPS culpa a la obra de alcantarillado municipal",
        """Seis barrios del centro de Pucharini llevan dos días sin agua potable después de que una excavadora que trabajaba en la obra de alcantarillado del jirón Los Colonos rompiera la tubería matriz de 8 pulgadas.

        La empresa prestadora EPS Selva Central responsabilizó a la Municipalidad Distrital de Pucharini, que ejecuta la obra, por no haber pedido los planos de redes antes de excavar. La comuna reconoció el daño y dijo que asumirá el costo de la reparación, que estaría lista el viernes.

        Mientras tanto, cisternas municipales reparten agua en las esquinas y los vecinos hacen cola con baldes.""",
        m="I",
        t="obras",
        tone="-",
        note="a municipal works site breaks the water main; the story is about the works, not the water service",
    ),
    S(
        "k174",
        "portal",
        "2026-11-22T10:15:00-05:00",
        "Dos Paucarchuco frente a frente: Pucharini y Villa Quimpiri se disputan el sector Kiriari",
        """El sector Kiriari, donde se encuentra el puente de acceso a la catarata Shirampari, está en disputa: tanto Pucharini como Villa Quimpiri dicen que les pertenece, y ambas municipalidades cobran ahí licencias de funcionamiento a los restaurantes.

        Lo curioso es que los alcaldes de los dos distritos se apellidan igual. El de Villa Quimpiri, Rómulo Paucarchuco Inga, sostiene que la ley de creación de su distrito, de 1989, fija el límite en la quebrada Kiriari. El alcalde de Pucharini, Isidoro Paucarchuco Gamarra, responde que el catastro y el padrón electoral ubican a las familias del sector en su distrito. «No somos parientes, aunque a estas alturas parecemos hermanos peleados», bromeó.

        La Secretaría de Demarcación de la PCM convocó a ambas municipalidades a una mesa técnica el 5 de diciembre.""",
        m="A",
        tone="0",
        note="both namesake Mayors in one story; only ours counts; a boundary dispute is none of the five topics",
    ),
    S(
        "k175",
        "portal",
        "2026-11-26T08:50:00-05:00",
        "Transportistas de combis protestan por el terminal terrestre que nunca se construyó",
        """Choferes de las empresas de combis que cubren la ruta Pucharini–Cushimayo estacionaron sus vehículos en la avenida Marginal durante dos horas para exigir a la Municipalidad Distrital de Pucharini el terminal terrestre que se ofreció en 2023.

        Hoy las combis se estacionan en la vía pública, entre ambulantes y motocarros, lo que genera multas de la Policía y atascos a la hora punta. La comuna pucharinense respondió que el terreno elegido resultó zona de riesgo y que se busca otro.""",
        m="I",
        t="obras",
        tone="-",
        note="a protest over a promised bus terminal that was never built (a public work)",
    ),
    # --- syndicated copies: the same stories elsewhere, with their own headlines ------------------------------------------
    C(
        "k176",
        "k001",
        "portal",
        "2026-10-02T12:30:00-05:00",
        "Comuneros de Otsitiari ya cruzan el río Tsiriari por un puente colgante nuevo",
    ),
    C(
        "k177",
        "k001",
        "apr",
        "2026-10-02T15:45:00-05:00",
        "Junín: municipio de Pucharini repone puente colgante que se llevó la crecida del Tsiriari",
        lead="""Cushimayo, 2 oct (APR). La Municipalidad Distrital de Pucharini, en la provincia de Cushimayo (Junín), puso en servicio un puente colgante peatonal de 84 metros sobre el río Tsiriari, que devuelve el paso seguro a los escolares de la comunidad nativa de Otsitiari, aislados desde la crecida de febrero.""",
        extra="(APR / con información de La Prensa de la Selva Central)",
    ),
    C(
        "k178",
        "k003",
        "portal",
        "2026-10-03T13:20:00-05:00",
        "Pucharini ya suma 212 casos de dengue: conozca el cronograma de fumigación",
    ),
    C(
        "k179",
        "k008",
        "apr",
        "2026-10-07T12:05:00-05:00",
        "Alcalde de Pucharini pide emergencia vial en la Marginal tras once deslizamientos",
        lead="""Cushimayo, 7 oct (APR). El alcalde del distrito de Pucharini, Isidoro Paucarchuco Gamarra, responsabilizó a Provías Nacional por el abandono del tramo entre los kilómetros 38 y 45 de la carretera Marginal, en la selva de Junín, donde en lo que va del año se han producido once deslizamientos.""",
    ),
    C(
        "k180",
        "k008",
        "portal",
        "2026-10-07T18:40:00-05:00",
        "«Cada vez que llueve, Pucharini se queda incomunicado»: alcalde contra Provías",
    ),
    C(
        "k181",
        "k010",
        "portal",
        "2026-10-09T07:15:00-05:00",
        "Grietas en la Marginal urbana: pista de 4,6 millones no resistió ni cuatro meses",
    ),
    C(
        "k182",
        "k015",
        "portal",
        "2026-10-14T09:00:00-05:00",
        "Chilo Paucarchuco rompe YouTube con «Agüita de Shirampari»",
        about=False,
        note="copy of the singer namesake story",
    ),
    C(
        "k183",
        "k022",
        "portal",
        "2026-10-18T16:30:00-05:00",
        "Arbitrios no subirán en 2027, asegura la gerencia municipal de Pucharini",
    ),
    C(
        "k184",
        "k040",
        "portal",
        "2026-10-09T15:50:00-05:00",
        "Denuncian que pariente del alcalde de Pucharini ganó contratos por 1,9 millones",
    ),
    C(
        "k185",
        "k045",
        "portal",
        "2026-10-14T17:25:00-05:00",
        "Seis motos para el serenazgo de Pucharini: patrullarán los barrios de ladera",
    ),
    C(
        "k186",
        "k060",
        "portal",
        "2026-10-09T20:10:00-05:00",
        "Botadero en llamas: regidor pide sesión extraordinaria en Pucharini",
        extra="Con información de Radio Cafetal 101.5 FM.",
    ),
    C(
        "k187",
        "k078",
        "portal",
        "2026-10-27T13:40:00-05:00",
        "Anapiari recibe un motocarro ambulancia para sacar a sus enfermos",
    ),
    C(
        "k188",
        "k085",
        "portal",
        "2026-10-17T09:30:00-05:00",
        "Los Cafetales dice adiós al barro: cinco cuadras de pistas y veredas",
    ),
    C(
        "k189",
        "k097",
        "portal",
        "2026-11-17T10:00:00-05:00",
        "400 voluntarios sacan seis toneladas de basura del Shimaqui",
    ),
    C(
        "k190",
        "k102",
        "portal",
        "2026-10-23T19:15:00-05:00",
        "Reciclaje con mujeres: Pucharini, la mejor municipalidad distrital del país en residuos",
    ),
    C(
        "k191",
        "k103",
        "portal",
        "2026-10-26T17:00:00-05:00",
        "Reservorio con fisuras y tubos que no existen: Contraloría halla perjuicio en Pucharini",
        lead="""Un reservorio que nunca se llenó y tuberías pagadas que no están enterradas: la Contraloría detectó un perjuicio de 1,2 millones de soles en la obra de agua potable que la Municipalidad Distrital de Pucharini ejecutó en cuatro anexos entre 2024 y 2025.""",
    ),
    C(
        "k192",
        "k106",
        "portal",
        "2026-11-03T14:20:00-05:00",
        "Caen Los Veloces del Perené, la banda que se llevaba los motocarros",
        about=False,
        note="copy of a police story that is not about us",
    ),
    C(
        "k193",
        "k111",
        "portal",
        "2026-10-24T18:00:00-05:00",
        "Cuaderno, motocarro y caldo de gallina: así gobierna el alcalde de Pucharini",
    ),
    C(
        "k194",
        "k120",
        "portal",
        "2026-11-12T15:10:00-05:00",
        "Otsitiari abre el caño por primera vez: llega el agua potable",
    ),
    C(
        "k195",
        "k132",
        "portal",
        "2026-10-29T17:45:00-05:00",
        "Relleno sanitario de Pucharini obtiene luz verde del Ministerio del Ambiente",
    ),
    C(
        "k196",
        "k147",
        "portal",
        "2026-10-29T19:00:00-05:00",
        "Tablones sobre zanjas: la obra de desagüe que los vecinos de Los Colonos no soportan más",
        extra="Fuente: Pucharini al Día.",
    ),
    C(
        "k197",
        "k158",
        "portal",
        "2026-10-20T16:00:00-05:00",
        "Opinión | ¡Qué eficiencia, señor alcalde!",
        extra="Columna publicada originalmente en Revista Amazonía Viva.",
    ),
    C(
        "k198",
        "k014",
        "colono",
        "2026-10-13T07:05:00-05:00",
        "Motocarro robado es recuperado en 40 minutos por las cámaras municipales",
    ),
    C(
        "k199",
        "k019",
        "apr",
        "2026-10-16T13:30:00-05:00",
        "Pucharini lidera la ejecución de inversiones en la provincia de Cushimayo con 74 %",
    ),
    C(
        "k200",
        "k029",
        "apr",
        "2026-10-24T16:10:00-05:00",
        "Abren investigación a alcalde de Villa Quimpiri por fondos del Vaso de Leche",
        about=False,
        note="copy of the namesake Mayor's corruption probe",
    ),
    C(
        "k201",
        "k050",
        "apr",
        "2026-10-19T12:40:00-05:00",
        "Contraloría: deudas tributarias por 912 000 soles prescribieron en Pucharini",
        lead="""Lima, 19 oct (APR). La Contraloría General de la República determinó que el municipio pucharinense, en la región Junín, dejó prescribir entre 2020 y 2025 deudas por impuesto predial y arbitrios por 912 000 soles, al no notificar a tiempo a los contribuyentes ni iniciar cobranzas coactivas.""",
    ),
    C(
        "k202",
        "k006",
        "regiones",
        "2026-10-06T14:20:00-05:00",
        "Humo del botadero municipal obliga a suspender clases en Pucharini",
        extra="Con información de La Prensa de la Selva Central.",
    ),
    C(
        "k203",
        "k009",
        "regiones",
        "2026-10-08T16:30:00-05:00",
        "Sangrecita, yuca y visitas casa por casa: cómo Pucharini bajó la anemia infantil",
    ),
    C(
        "k204",
        "k040",
        "regiones",
        "2026-10-10T08:15:00-05:00",
        "Pucharini: regidor acusa al alcalde de favorecer a la empresa de un sobrino",
    ),
    C(
        "k205",
        "k081",
        "regiones",
        "2026-10-09T09:40:00-05:00",
        "Video: serenos duermen en su caseta mientras roban un camión a 30 metros",
    ),
    C(
        "k206",
        "k102",
        "regiones",
        "2026-10-24T08:00:00-05:00",
        "Minam premia a Pucharini por su programa de reciclaje",
        extra="Con información de la Agencia de Prensa Regional.",
    ),
    C(
        "k207",
        "k004",
        "informante",
        "2026-10-04T17:00:00-05:00",
        "Ola de robos de motocarros en Los Cafetales; vecinos forman junta vecinal",
        extra="Hasta el cierre de esta nota, la Municipalidad Distrital de Pucharini no había respondido a nuestras consultas sobre la compra de nuevas unidades para el serenazgo.",
        m="S I",
        note="copy with an added line that names the institution",
    ),
    C(
        "k208",
        "k033",
        "informante",
        "2026-10-28T14:30:00-05:00",
        "Predial: Pucharini recauda 2,9 millones hasta octubre",
    ),
    C(
        "k209",
        "k090",
        "informante",
        "2026-10-30T11:00:00-05:00",
        "Lector de placas y 48 cámaras: así funciona la central de videovigilancia de Pucharini",
    ),
    C(
        "k210",
        "k123",
        "informante",
        "2026-11-18T15:45:00-05:00",
        "Dengue retrocede en Pucharini: de 52 a 20 casos semanales",
    ),
]
