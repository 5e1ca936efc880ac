# ruff: noqa: E501
"""Thirteenth held-out split (issue 16): another blind figure, about a new invented district on the edge of Lima.

Written by hand by writer 18, for this purpose only, WITHOUT looking at the pipeline's code (heraldo/monitoring/**),
at its baselines, tone or topic dumps, at the other splits' stories (beyond the header, watch list, outlets,
furniture, SOURCES and the first stories of heldout6, for the format) or at any report of the pipeline on them.
Labels follow the labelling rules of docs/monitoring-evaluation.md and were fixed before the split was ever run; they
must not be changed because of what the pipeline answers. Every name, outlet and place is invented.

This part brings its own watch list (SETUP), outlets, person codes and template furniture: the Municipalidad
Distrital de Villa Kusikuy (MDVK), a large and fast-growing urban district on the eastern outskirts of Lima
(province of Lima, Lima Metropolitana), climbing the hills on both sides of the Carretera Central. Its Mayor is a
woman.

Codes: m = who is named (A alcaldesa Yolanda Cusirramos Peralta «Yoli», G gerente municipal Aníbal Tresierra
Mogollón, T teniente alcaldesa Ruth Chumpitaz Lévano, R regidor (opposition) Fermín Arangoitia Salas, L subgerente
de Limpieza Pública Teodoro Pillaca Yauri, I the Municipalidad Distrital de Villa Kusikuy); t = topics (limpieza
seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the municipality
(defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own headline, sometimes
its own lead (lead=) or a credit line added at the end (extra=); a copy whose new lead names someone the original's
lead did not (or drops the only naming) carries its own m=.

Writer's conventions (the doc's rules, applied strictly):
- The Mayor is named by her full name, "Yolanda Cusirramos", both surnames, «Yoli Cusirramos», "la alcaldesa
  Cusirramos", or a title plus the place: "la alcaldesa de Villa Kusikuy", "la alcaldesa kusikuyna", "la
  burgomaestra de Villa Kusikuy", "la alcaldesa del distrito de Villa Kusikuy". «Yoli» alone counts only where it is
  plainly her (a story about her administration). A bare "la alcaldesa", "la burgomaestra", "la primera autoridad
  del distrito", "la jefa de la comuna" does not. "Cusirramos" alone after she was named is the same mention.
- The other four: full name, given name and first surname, both surnames, title plus surname ("el gerente
  Tresierra", "la teniente alcaldesa Chumpitaz", "el regidor Arangoitia", "el subgerente Pillaca") or title plus
  place ("el gerente municipal de Villa Kusikuy"). A bare "el gerente municipal", "un regidor de oposición", "la
  subgerencia de Limpieza" is not a mention.
- The institution: "Municipalidad (Distrital) de Villa Kusikuy", "MDVK", "municipio kusikuyno", "comuna kusikuyna",
  "municipalidad kusikuyna", "municipio/comuna de Villa Kusikuy". "Vecinos de Villa Kusikuy", "el serenazgo de Villa
  Kusikuy", "el distrito", "la municipalidad", "el municipio", "la gestión edil", "el concejo" do not. A person named
  with a title plus the place ("la alcaldesa de Villa Kusikuy") is that person, not the institution. The
  institution named inside a list ("las municipalidades de Cerro Chiripa, Huertos de Lurinmayo y Villa Kusikuy") is
  still named (I), but such a story is about us only if it concerns what our municipality does.
- Not us: the Municipalidad Metropolitana de Lima (MML) and its alcalde metropolitano Gustavo Eyzaguirre Pomar, the
  neighbouring districts and their authorities (Cerro Chiripa, Huertos de Lurinmayo, Santa Rosa de Collanay), the
  Policía and its comisaría de Villa Kusikuy, the Ministry of Health's Centro de Salud Villa Kusikuy, the water
  utility, the national government.
- Traps: Wilfredo Cusirramos Tito, Mayor of the neighbouring Cerro Chiripa ("el alcalde Cusirramos" there, no
  relative); Yolanda Cusirramos Ticona, a transport entrepreneur in Juliaca; the chef Aníbal Tresierra Bermúdez; the
  volleyball player Ruth Chumpitaz Aliaga and Milagros Chumpitaz Lévano, regidora of Huertos de Lurinmayo; Luis
  Arangoitia Salas, regidor of the Municipalidad Metropolitana de Lima, and the congressman Fermín Arangoitia Ruiz;
  the mototaxi driver Teodoro Pillaca Huamán; the burgomaestra of Huertos de Lurinmayo Pilar Ampuero Dávila and the
  burgomaestre of Santa Rosa de Collanay Máximo Vilcapoma Reyes; the Club Deportivo Villa Kusikuy of Huancavelica,
  the lodge Villa Kusikuy in the Valle Sagrado, the asentamiento humano Villa Kusikuy in Chiclayo and the hamlet
  Kusikuy in Apurímac.
- Passing mentions: a list of districts, the guest list of a metropolitan or regional event, a national ranking, a
  weather or traffic notice that names the district among others: not about us, neutral, no topic, whoever of ours
  is named still counted in m.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives.
  Sarcasm reads as what it means. The Mayor criticising the MML, the ministries or the water utility is neutral
  toward us unless the story is about our own failure. A mixed story takes the tone a press officer would take away
  (headline and weight of the text). An accusation the official denies is still a story about an accusation
  (negative). A neutral notice (schedules, deadlines, a session's agenda) is neutral. Stories not about the
  municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention (serenos guarding a concert, a fumigation named in a list of the year's work). A road, stairway,
  retaining wall or health campaign the Mayor asks others to provide takes that topic. Stairways, retaining walls,
  parks, drains and street works are obras; market fees and enforced collection are tributos; the rabies
  vaccination of dogs and fumigation against dengue are salud; water supply by tanker, street lighting, traffic and
  transport, licences, street vending, culture, sport and social programmes are none of the five.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcalde",
    "R": "regidor_arangoitia",
    "L": "subgerente_limpieza",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de Villa Kusikuy",
        "short_name": "MDVK",
        "level": "DISTRITAL",
        "province": "Lima",
        "aliases": ["municipio kusikuyno", "comuna kusikuyna", "Municipalidad de Villa Kusikuy"],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Yolanda",
            "surnames": "Cusirramos Peralta",
            "sex": "F",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "Yoli",
            "aliases": ["Yoli Cusirramos", "alcaldesa Cusirramos", "Cusirramos Peralta", "Yolanda Cusirramos"],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Aníbal",
            "surnames": "Tresierra Mogollón",
            "sex": "M",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerente Tresierra", "gerente municipal Aníbal Tresierra"],
        },
        {
            "key": "teniente_alcalde",
            "given_names": "Ruth",
            "surnames": "Chumpitaz Lévano",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Chumpitaz", "regidora Chumpitaz"],
        },
        {
            "key": "regidor_arangoitia",
            "given_names": "Fermín",
            "surnames": "Arangoitia Salas",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Arangoitia", "concejal Arangoitia"],
        },
        {
            "key": "subgerente_limpieza",
            "given_names": "Teodoro",
            "surnames": "Pillaca Yauri",
            "sex": "M",
            "position": "Subgerente de Limpieza Pública",
            "position_feminine": "Subgerenta de Limpieza Pública",
            "office_code": "SUBGERENTE_LIMPIEZA_PUBLICA",
            "aliases": ["subgerente Pillaca", "Teodoro Pillaca"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "limaeste": {
        "name": "Lima Este Noticias",
        "host": "limaestenoticias.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 110000,
    },
    "cronica": {
        "name": "La Crónica del Cono Este",
        "host": "cronicaconoeste.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "rkusi": {
        "name": "Radio Kusikuy 101.7 FM",
        "host": "radiokusikuy.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 30000,
    },
    "estev": {
        "name": "Canal 31 Este Visión",
        "host": "estevision.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 140000,
    },
    "app": {
        "name": "Agencia Peruana de Prensa",
        "host": "agenciaperuanadeprensa.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 340000,
    },
    "peruahora": {
        "name": "Perú Ahora Digital",
        "host": "peruahoradigital.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 780000,
    },
    "limahoy": {
        "name": "Noticias Lima Hoy",
        "host": "noticiaslimahoy.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 70000,
    },
    "kaldia": {
        "name": "Kusikuy al Día",
        "host": "kusikuyaldia.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 6000,
    },
    "vecinoeste": {
        "name": "El Vecino del Este",
        "host": "elvecinodeleste.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 24000,
    },
    "ciudadpoder": {
        "name": "Revista Ciudad y Poder",
        "host": "revistaciudadypoder.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 9000,
    },
    "expeste": {
        "name": "Express Lima Este",
        "host": "expresslimaeste.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 14000,
    },
    "bkusi": {
        "name": "Boletín Kusikuy Informa",
        "host": "boletinkusikuy.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 2500,
    },
    "elcerro": {
        "name": "Semanario El Cerro",
        "host": "semanarioelcerro.example.pe",
        "media_kind": "PRENSA",
        "level": "DISTRITAL",
        "reach": 6500,
    },
    "rcarretera": {
        "name": "Radio Carretera Central",
        "host": "radiocarreteracentral.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 16000,
    },
}

FURNITURE = {
    "old_comments": [
        "La Yoli Cusirramos solo aparece en campaña, a los cerros de Yanaqocha nunca sube",
        "El municipio kusikuyno cobra arbitrios carísimos y la basura sigue en cada esquina",
    ],
    "old_most_read": "Asaltan a cobrador de combi en el paradero Las Torrecitas de la Carretera Central",
    "old_motto": "El diario de los conos de Lima desde 1994",
    "old_city": "Lima Este",
    "section_agenda": "Cerro Chiripa celebra su aniversario con pasacalle y noche de fuegos artificiales",
    "hostile_place": "Villa Kusikuy",
    "hostile_alias": "municipio kusikuyno",
    "error_page_outlet": "Radio Carretera Central, la señal que sube hasta Chosica",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expeste": {
        "name": "Express Lima Este",
        "outlet": "expeste",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["vk003", "vk031"],
        "cut_at": 0.65,
    },
    "bkusi": {"name": "Boletín Kusikuy Informa", "outlet": "bkusi", "format": "bomb", "path": "/rss"},
    "elcerro": {"name": "Semanario El Cerro", "outlet": "elcerro", "format": "xxe", "path": "/feed/"},
    "rcarretera": {
        "name": "Radio Carretera Central",
        "outlet": "rcarretera",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "limaeste": {
        "name": "Lima Este Noticias",
        "outlet": "limaeste",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "cronica": {
        "name": "La Crónica del Cono Este",
        "outlet": "cronica",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/distritos.xml",
    },
    "rkusi": {
        "name": "Radio Kusikuy 101.7 FM",
        "outlet": "rkusi",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticiero",
    },
    "estev": {"name": "Canal 31 Este Visión", "outlet": "estev", "format": "atom", "path": "/atom.xml"},
    "app": {"name": "Agencia Peruana de Prensa", "outlet": "app", "format": "atom", "path": "/lima/feed.atom"},
    "peruahora": {
        "name": "Perú Ahora Digital",
        "outlet": "peruahora",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "limahoy": {
        "name": "Noticias Lima Hoy",
        "outlet": "limahoy",
        "format": "rss",
        "mode": "full",
        "path": "/agregador.rss",
    },
    "kaldia": {
        "name": "Kusikuy al Día",
        "outlet": "kaldia",
        "format": "section",
        "template": "section",
        "path": "/distrito",
    },
    "vecinoeste": {
        "name": "El Vecino del Este",
        "outlet": "vecinoeste",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/noticias.xml",
    },
    "ciudadpoder": {
        "name": "Revista Ciudad y Poder",
        "outlet": "ciudadpoder",
        "format": "rss",
        "mode": "description",
        "path": "/columnas/rss",
    },
}

STORIES = [
    # --- Lima Este Noticias: the eastern cone's web daily, full text in RSS, priority ------------------------------------
    S(
        "vk001",
        "limaeste",
        "2026-10-26T07:10:00-05:00",
        "Nueva Jerusalén estrena 14 tramos de escaleras y deja atrás los senderos de tierra",
        """Doña Eusebia Ramos subía al mercado agarrándose de las piedras. Desde el sábado lo hace por una escalera de concreto con pasamanos metálico, uno de los catorce tramos que la Municipalidad Distrital de Villa Kusikuy entregó en la parte alta del asentamiento humano Nueva Jerusalén.

Los tramos suman 1 180 peldaños y fueron construidos en once semanas con una inversión de 2,3 millones de soles. Incluyen descansos cada veinte escalones, barandas a ambos lados y luminarias solares, algo que los dirigentes venían pidiendo desde 2019.

«Antes los niños bajaban al colegio embarrados, y con la neblina de invierno hubo resbalones feos», contó Wálter Huaringa, secretario general del comité vecinal. La alcaldesa Yolanda Cusirramos Peralta recorrió la obra con los dirigentes y anunció que el próximo paquete llegará a las laderas de Quebrada Yanaqocha en marzo.""",
        m="I A",
        t="obras",
        tone="+",
        note="delivered stairways on the hills told through figures and a neighbour's voice",
    ),
    S(
        "vk002",
        "limaeste",
        "2026-10-26T12:40:00-05:00",
        "Cerro Chiripa: alcalde Cusirramos inaugura losa deportiva y promete techarla en enero",
        """El alcalde distrital de Cerro Chiripa, Wilfredo Cusirramos Tito, inauguró ayer la losa multideportiva del sector Los Geranios, un reclamo de casi una década de los vecinos de la parte baja de ese distrito.

La obra costó 640 000 soles y tiene graderías para doscientas personas. «Ahora falta el techo, y el techo llega en enero, se los firmo aquí mismo», dijo el alcalde Cusirramos entre aplausos, mientras un grupo de escolares estrenaba la cancha con un partido de fulbito.

Dirigentes de Los Geranios recordaron que la losa estuvo paralizada seis meses por una observación del expediente y pidieron que la segunda etapa no sufra el mismo retraso.""",
        about=False,
        note="namesake: the neighbouring Mayor of Cerro Chiripa shares the Mayor's first surname ('el alcalde Cusirramos')",
    ),
    S(
        "vk003",
        "limaeste",
        "2026-10-27T08:05:00-05:00",
        "Serenazgo de Villa Kusikuy suma doce camionetas y abre una segunda central de cámaras",
        """Doce camionetas nuevas, pintadas de azul y amarillo, se alinearon ayer frente al palacio municipal. Con ellas, el serenazgo de Villa Kusikuy pasa de 19 a 31 unidades operativas, y la Municipalidad de Villa Kusikuy abrió además una segunda central de videovigilancia en el sector Pampa Grande.

La nueva central monitorea 86 cámaras instaladas en paraderos de la Carretera Central, en los accesos a los mercados y en las escaleras de los cerros. El gerente municipal Aníbal Tresierra Mogollón explicó que cada unidad lleva GPS y que los recorridos se publicarán cada semana para que las juntas vecinales vean por dónde pasa el patrullaje.

La alcaldesa Yolanda Cusirramos pidió a la Policía destacar a un efectivo por camioneta para los patrullajes integrados. «Nosotros ponemos la movilidad y los serenos; el patrullaje mixto es lo que realmente espanta al delincuente», dijo.

Según la gerencia de Seguridad Ciudadana, el nuevo turno nocturno cubrirá desde las diez de la noche hasta las seis de la mañana en los seis sectores del distrito.""",
        m="I G A",
        t="seguridad",
        tone="+",
        note="new serenazgo vehicles and cameras; 'serenazgo de Villa Kusikuy' alone would not name the institution, the second sentence does",
    ),
    S(
        "vk004",
        "limaeste",
        "2026-10-27T19:30:00-05:00",
        "Tres semanas sin camión de basura en Quebrada Yanaqocha: vecinos queman desechos en la ladera",
        """En la parte alta de Quebrada Yanaqocha la basura ya no cabe en los costales. Los vecinos de los pasajes 7, 8 y 9 aseguran que el camión compactador no sube desde el 5 de octubre y que algunas familias han empezado a quemar sus desechos en la ladera, a pocos metros de las viviendas.

«El humo entra a las casas y los niños tosen toda la noche», denunció Marleni Acosta, madre de tres menores. Las bolsas acumuladas en la curva del pasaje 8 atraen a perros y a gallinazos, y con las primeras lloviznas el olor se volvió insoportable.

El subgerente de Limpieza Pública, Teodoro Pillaca Yauri, reconoció que una de las compactadoras está en el taller y que la pendiente impide entrar con los camiones grandes. Ofreció enviar una unidad pequeña dos veces por semana, pero los vecinos le recordaron que la misma promesa se hizo en agosto.

Los dirigentes anunciaron que el lunes bajarán con sus costales hasta la puerta de la comuna kusikuyna si el servicio no se restablece.""",
        m="L I",
        t="limpieza",
        tone="-",
        note="garbage service failing; the subgerente admits the fault",
    ),
    S(
        "vk005",
        "limaeste",
        "2026-10-28T09:00:00-05:00",
        "MDVK aprueba amnistía: sin multas ni intereses para quien pague el predial hasta el 15 de diciembre",
        """El concejo de la MDVK aprobó por unanimidad una ordenanza que condona el cien por ciento de las multas tributarias y de los intereses moratorios del impuesto predial y los arbitrios de años anteriores, siempre que el contribuyente cancele el insoluto hasta el 15 de diciembre.

El beneficio alcanza también a quienes tienen deudas en cobranza coactiva, salvo los casos con remate programado. Los pagos pueden hacerse en las agencias bancarias autorizadas, en la plataforma virtual o en los módulos que se instalarán en los mercados Modelo y Virgen de Chapi.

De acuerdo con la oficina de Rentas, unas 23 000 cuentas registran alguna deuda vencida. Los contribuyentes que paguen al contado el total de 2027 antes de febrero recibirán además un descuento en los arbitrios.""",
        m="I",
        t="tributos",
        tone="0",
        note="a neutral notice of a tax amnesty; MDVK as the short name",
    ),
    S(
        "vk006",
        "limaeste",
        "2026-10-28T18:20:00-05:00",
        "Regidor Arangoitia pide auditar la pavimentación de Las Torrecitas; gerencia lo niega todo",
        """El regidor de oposición Fermín Arangoitia Salas pidió ayer al Órgano de Control Institucional que audite la pavimentación de la avenida Las Torrecitas, una obra de 7,8 millones de soles que, según él, lleva tres adendas y cuarenta días de ampliación de plazo sin justificación técnica.

«El espesor de la carpeta asfáltica no es el del expediente, lo puede medir cualquiera con una wincha», afirmó el concejal Arangoitia, que mostró fotografías de fisuras en el tramo entre los jirones Huiracocha y Manco Cápac, entregado hace apenas dos meses.

El gerente municipal Aníbal Tresierra rechazó las acusaciones. Sostuvo que las adendas responden a la reubicación de redes de agua que no figuraban en los planos y que la supervisión externa certificó el espesor con pruebas de laboratorio. «No hay nada que esconder; los informes están en el portal de transparencia», declaró.

La Municipalidad de Villa Kusikuy anunció que invitará al OCI a verificar las muestras.""",
        m="R G I",
        t="obras",
        tone="-",
        note="accusation about a street works contract, denied by the gerente: still negative",
    ),
    S(
        "vk007",
        "limaeste",
        "2026-10-29T06:50:00-05:00",
        "Municipalidad de Lima licita el intercambio vial de Collanay en la Carretera Central",
        """La Municipalidad Metropolitana de Lima convocó la licitación del intercambio vial de Santa Rosa de Collanay, un paso a desnivel de 420 metros que busca eliminar el semáforo donde se forman colas de hasta cuarenta minutos en las horas punta de la Carretera Central.

El alcalde metropolitano Gustavo Eyzaguirre Pomar indicó que la obra tendrá un valor referencial de 96 millones de soles y que la buena pro se otorgará en febrero. Las bases exigen mantener dos carriles abiertos por sentido durante toda la construcción.

El proyecto beneficiará a los conductores que bajan desde Chosica y a quienes se desplazan a diario desde Villa Kusikuy y Cerro Chiripa hacia el centro de Lima, según la gerencia metropolitana de Transporte.""",
        about=False,
        note="the MML's road works in another district; Villa Kusikuy named only as a place of commuters",
    ),
    S(
        "vk008",
        "limaeste",
        "2026-10-29T13:15:00-05:00",
        "Campaña de salud en el 28 de Julio: 1 400 atenciones y tamizaje de anemia a 380 niños",
        """Desde las siete de la mañana, la cola daba la vuelta a la losa deportiva del asentamiento humano 28 de Julio. La campaña de salud organizada por la Municipalidad Distrital de Villa Kusikuy atendió a 1 400 personas en medicina general, odontología, oftalmología y pediatría.

El tamizaje de hemoglobina se hizo a 380 niños menores de cinco años: 97 tenían anemia y ya fueron derivados al programa de suplementación con hierro. «Es casi uno de cada cuatro, un número que nos obliga a volver cada dos meses», dijo la teniente alcaldesa Ruth Chumpitaz Lévano, que coordinó la jornada con voluntarios de dos universidades.

Las madres recibieron además sesiones demostrativas de preparación de alimentos ricos en hierro con sangrecita, bazo e hígado. La próxima campaña será en el sector Los Cedros.""",
        m="I T",
        t="salud",
        tone="+",
        note="a health campaign with figures; the anemia result is a finding, not a failure of ours",
    ),
    S(
        "vk009",
        "limaeste",
        "2026-10-29T22:10:00-05:00",
        "Ruth Chumpitaz, la armadora que sostuvo a la selección ante Brasil",
        """Ruth Chumpitaz Aliaga tenía diecinueve años cuando debutó en la selección mayor. Hoy, con veintiséis, fue la jugadora que más puntos de saque sumó en el partido que el Perú perdió 3-2 ante Brasil en el Sudamericano de vóley.

La armadora, formada en las canteras del Regatas, dirigió un tercer set impecable y celebró cada punto con la hinchada en el coliseo de Lima. «Nos faltó poco, pero este grupo ya no le tiene miedo a nadie», dijo Chumpitaz en la zona mixta.

El equipo nacional jugará el jueves ante Colombia por el tercer puesto del torneo.""",
        about=False,
        note="namesake: a volleyball player with the teniente alcaldesa's given name and first surname",
    ),
    S(
        "vk010",
        "limaeste",
        "2026-10-30T07:45:00-05:00",
        "Alcaldesa de Villa Kusikuy al Mininter: «Treinta y ocho policías para 420 000 vecinos es una burla»",
        """La alcaldesa de Villa Kusikuy, Yolanda Cusirramos Peralta, exigió al Ministerio del Interior que duplique el número de efectivos de la comisaría del distrito, que según sus cifras cuenta con 38 policías operativos por turno para una población que ya supera los 420 000 habitantes.

«Treinta y ocho policías para 420 000 vecinos es una burla. Nosotros compramos camionetas, ponemos cámaras, pagamos el combustible de los patrulleros, pero no podemos detener a nadie», dijo la burgomaestra en conferencia de prensa, donde mostró la carta enviada al ministro hace tres meses sin respuesta.

Cusirramos recordó que el distrito creció en más de cien mil habitantes en la última década por las invasiones en las laderas y que el número de policías no se ha movido desde 2018. Pidió además que se construya una segunda comisaría en Pampa Grande.

Fuentes del Ministerio del Interior indicaron que el distrito está incluido en el plan de redistribución de efectivos que se aplicará en enero.""",
        m="A",
        t="seguridad",
        tone="0",
        note="the Mayor criticising the national government: neutral toward us; the police shortage is the story's topic",
    ),
    S(
        "vk011",
        "limaeste",
        "2026-10-29T23:48:00-05:00",
        "Tras cinco horas de debate, concejo aprueba el presupuesto participativo de 2027",
        """Pasadas las once y media de la noche, el concejo municipal de Villa Kusikuy aprobó con ocho votos a favor y tres en contra el presupuesto participativo de 2027, que prioriza catorce obras por 31 millones de soles entre pistas, muros de contención y escaleras en los cerros.

La sesión empezó a las seis de la tarde y se alargó por las observaciones del regidor Fermín Arangoitia, quien cuestionó que cinco de los proyectos se concentren en el sector Pampa Grande. «Los cerros de Yanaqocha votaron en los talleres y no aparecen en la lista final», reclamó.

La alcaldesa Yolanda Cusirramos defendió la priorización y explicó que los proyectos de las laderas requieren estudios de suelos que recién se contratarán en el primer trimestre. Los agentes participantes tienen quince días para presentar observaciones.""",
        m="A R",
        t="obras",
        tone="0",
        note="near midnight Lima; a council session with arguments on both sides; 'el concejo municipal de Villa Kusikuy' is not one of the institution's names",
    ),
    S(
        "vk012",
        "limaeste",
        "2026-10-30T17:25:00-05:00",
        "El muro que no termina: vecinos de Los Cedros temen un huaico con la obra a medio hacer",
        """El muro de contención de la quebrada Los Cedros debía estar listo en agosto. A dos meses del inicio de la temporada de lluvias en la sierra, tiene apenas cuarenta de los ciento diez metros previstos, y la maquinaria se retiró hace tres semanas.

«Si se activa la quebrada como en 2017, el agua se lleva todo lo que está debajo», advirtió Próspero Ventura, quien vive con su familia a menos de veinte metros del cauce. Los vecinos colocaron sacos de arena por su cuenta y organizaron turnos para vigilar el cauce en las noches.

En la Municipalidad de Villa Kusikuy explicaron que el contrato está en proceso de resolución porque la empresa abandonó la obra, y que se convocará un nuevo procedimiento para concluirla. No precisaron fechas. Defensa Civil incluyó el sector entre las zonas de riesgo muy alto del distrito.""",
        m="I",
        t="obras",
        tone="-",
        note="an unfinished retaining wall before the rainy season",
    ),
    S(
        "vk013",
        "limaeste",
        "2026-10-31T08:30:00-05:00",
        "Capturan a tres asaltantes de una agencia bancaria en la Carretera Central",
        """Agentes de la comisaría de Villa Kusikuy capturaron ayer a tres hombres que minutos antes habían asaltado una agencia bancaria en el kilómetro 11 de la Carretera Central, llevándose unos 38 000 soles de las cajas.

Según la Policía, los delincuentes huyeron en un auto blanco que fue interceptado a la altura del puente Huachipa gracias al aviso de un taxista. En el vehículo se encontraron dos armas de fuego y el dinero, que fue devuelto a la entidad.

Los detenidos, de entre 22 y 35 años, tienen antecedentes por robo agravado y fueron puestos a disposición de la fiscalía.""",
        about=False,
        note="a robbery with no municipal angle; the comisaría de Villa Kusikuy is the police, not us",
    ),
    S(
        "vk014",
        "limaeste",
        "2026-10-31T11:50:00-05:00",
        "Gerente municipal presenta plan para reubicar a 600 ambulantes del Mercado Modelo",
        """El gerente municipal Aníbal Tresierra Mogollón presentó a las asociaciones de comerciantes el plan para reubicar a unos 600 vendedores ambulantes que ocupan las veredas y parte de la calzada alrededor del Mercado Modelo de Kusikuy.

La propuesta contempla trasladarlos a un campo ferial en un terreno municipal de la avenida Inti Raymi, con puestos numerados y servicios higiénicos, mientras se tramita la construcción de un centro comercial popular. El traslado se haría por etapas a partir de enero.

Los dirigentes de los ambulantes pidieron un padrón transparente y garantías de que no se repetirán los desalojos con maquinaria de años anteriores. Tresierra se comprometió a instalar una mesa de trabajo semanal con las tres asociaciones.""",
        m="G",
        tone="0",
        note="street vending is none of the five topics; a plan presented, neutral",
    ),
    S(
        "vk015",
        "limaeste",
        "2026-10-31T20:05:00-05:00",
        "Aníbal Tresierra abre en Barranco su cocina de mar de inspiración norteña",
        """Después de doce años en cocinas de Madrid y San Sebastián, el chef piurano Aníbal Tresierra Bermúdez abrió en Barranco un restaurante de veinticuatro cubiertos dedicado a los pescados de la caleta de Yacila.

La carta cambia cada semana según lo que llegue del norte. El plato estrella es un seco de cabrito reinterpretado con mero ahumado, que Tresierra sirve con frejoles de olla y una chicha de jora de Catacaos.

«Quería volver al Perú para cocinar lo que comía de niño, sin disfrazarlo», dijo el chef, que ya tiene reservas completas hasta mediados de diciembre.""",
        about=False,
        note="namesake: a chef with the gerente municipal's given name and first surname",
    ),
    S(
        "vk016",
        "limaeste",
        "2026-11-01T09:20:00-05:00",
        "El bache de Huiracocha cumple un año y los vecinos le celebran el cumpleaños",
        """Hubo torta, globos y hasta un cartel con letras doradas: «Feliz primer añito». Los vecinos del jirón Huiracocha celebraron el sábado el aniversario del bache que se abrió frente al colegio Amauta hace exactamente doce meses y que, pese a cuatro oficios, sigue ahí.

«Hay que reconocerle a la comuna kusikuyna su constancia: en un año no lo han tocado ni una sola vez», ironizó Hermelinda Saravia, la organizadora, mientras los niños cantaban alrededor del hueco, que ya mide casi dos metros de largo.

Los mototaxistas que pasan por la zona cuentan que al menos tres vehículos han perdido una llanta en el bache. La municipalidad respondió hace dos meses que el parchado estaba «programado». Los vecinos prometen una fiesta más grande si llega al segundo año.""",
        m="I",
        t="obras",
        tone="-",
        note="sarcasm: a neglected pothole 'celebrated' by neighbours",
    ),
    S(
        "vk017",
        "limaeste",
        "2026-11-01T16:40:00-05:00",
        "Cambia el horario del recojo de basura en cuatro sectores desde el lunes",
        """A partir de mañana, lunes 2 de noviembre, el camión compactador pasará por los sectores Pampa Grande, Los Cedros, Nueva Jerusalén y Virgen de Chapi entre las seis y las diez de la noche, y ya no por la mañana, informó el subgerente de Limpieza Pública Teodoro Pillaca Yauri.

El cambio busca evitar que los camiones queden atrapados en el tráfico de la Carretera Central en las horas de entrada a los colegios. Pillaca pidió a los vecinos sacar sus bolsas solo cuando escuchen la campana y no dejarlas en las esquinas durante el día.

El horario del resto de sectores se mantiene sin cambios. Las consultas pueden hacerse por el número de WhatsApp de la subgerencia.""",
        m="L",
        t="limpieza",
        tone="0",
        note="a schedule notice: neutral",
    ),
    S(
        "vk018",
        "limaeste",
        "2026-11-02T08:10:00-05:00",
        "Minsa confirma 212 casos de dengue en Lima Este y alerta a nueve distritos",
        """La Dirección de Redes Integradas de Salud de Lima Este confirmó 212 casos de dengue en lo que va del año, la cifra más alta desde 2023, y declaró en alerta a nueve distritos, entre ellos Cerro Chiripa, Santa Rosa de Collanay, Huertos de Lurinmayo y Villa Kusikuy.

La mayoría de los contagios se concentra en zonas donde el agua se almacena en cilindros y baldes sin tapa. Las brigadas del Ministerio de Salud visitarán 40 000 viviendas en las próximas tres semanas para eliminar criaderos del zancudo.

Los especialistas recomiendan lavar con escobilla los recipientes cada semana y acudir al centro de salud ante fiebre alta con dolor detrás de los ojos.""",
        about=False,
        note="a health alert listing the district among nine; not about the municipality, no topic",
    ),
    S(
        "vk019",
        "limaeste",
        "2026-11-02T15:35:00-05:00",
        "Villa Kusikuy fumiga 9 000 viviendas y recoge 14 toneladas de inservibles contra el dengue",
        """En cinco días de trabajo, las brigadas de la Municipalidad de Villa Kusikuy fumigaron 9 000 viviendas de los sectores en alerta y recogieron 14 toneladas de llantas, cilindros oxidados y botellas que podían convertirse en criaderos del zancudo.

La alcaldesa Yolanda Cusirramos acompañó a las brigadas en la zona baja de Virgen de Chapi, donde se concentran los casos del distrito. «No vamos a esperar a que esto se vuelva epidemia; si hay que volver a pasar casa por casa, volvemos», dijo.

La jornada se coordinó con el centro de salud del distrito, que aportó el larvicida. La segunda vuelta de fumigación empezará el 16 de noviembre.""",
        m="I A",
        t="salud",
        tone="+",
        note="our response to the dengue alert (compare vk018)",
    ),
    S(
        "vk020",
        "limaeste",
        "2026-11-03T07:55:00-05:00",
        "Extrabajador acusa a la alcaldesa Cusirramos de contratar a su sobrina; ella lo niega",
        """Un exjefe de la oficina de Logística denunció ante la Fiscalía que la alcaldesa Yolanda Cusirramos Peralta habría intervenido para que su sobrina fuera contratada como asistente administrativa en la subgerencia de Programas Sociales, con un sueldo de 3 200 soles.

El denunciante, despedido en julio, presentó copias de la orden de servicio y fotografías de reuniones familiares. La norma prohíbe contratar a parientes hasta el cuarto grado de consanguinidad de la autoridad.

La alcaldesa negó los hechos en un comunicado. Afirmó que la persona contratada es «una prima lejana con la que no tengo trato» y que su selección la hizo un comité del que ella no formó parte. «Es una represalia de alguien que fue separado por faltas graves», señaló.

La Municipalidad Distrital de Villa Kusikuy informó que remitirá la documentación a la Contraloría.""",
        m="A I",
        tone="-",
        note="an accusation of nepotism, denied: still negative; no topic",
    ),
    S(
        "vk021",
        "limaeste",
        "2026-11-03T18:00:00-05:00",
        "Parque Los Molles abre sus puertas, aunque el riego todavía depende de cisternas",
        """Con juegos infantiles, una pista de trote de 600 metros y un biohuerto escolar, el parque Los Molles se convirtió el domingo en el espacio público más grande de la parte baja de Villa Kusikuy. Lo entregó la municipalidad kusikuyna luego de ocho meses de obra y 4,1 millones de soles de inversión.

Cientos de familias llegaron desde temprano. «Por fin los chicos tienen dónde jugar sin estar en la pista», dijo Yessenia Torres, vecina del sector Los Molles, mientras su hija estrenaba los columpios.

El único reparo vino de los jardineros: el parque aún no tiene conexión al sistema de riego tecnificado y las áreas verdes se mantienen con cisternas. La gerencia de Obras indicó que la conexión se hará en diciembre.""",
        m="I",
        t="obras",
        tone="+",
        note="mixed but mainly positive: a park delivered, irrigation pending",
    ),
    S(
        "vk022",
        "limaeste",
        "2026-11-04T06:30:00-05:00",
        "Detienen a mototaxista con celulares robados en Cerro Chiripa",
        """Un mototaxista identificado como Teodoro Pillaca Huamán, de 29 años, fue detenido la madrugada del martes en Cerro Chiripa con once celulares de alta gama cuyo origen no pudo justificar.

Según el parte policial, los agentes lo intervinieron en un control de rutina cerca del paradero Los Geranios. Varios de los equipos tenían reportes de robo en distritos de Lima Este y uno de ellos pertenecía a una estudiante asaltada el fin de semana.

Pillaca quedó detenido en la comisaría del sector mientras la fiscalía evalúa su situación.""",
        about=False,
        note="namesake: a mototaxi driver with the subgerente's given name and first surname",
    ),
    S(
        "vk023",
        "limaeste",
        "2026-11-04T12:15:00-05:00",
        "Congresista Arangoitia presenta proyecto para crear el distrito de Ñaña Alta",
        """El congresista Fermín Arangoitia Ruiz presentó un proyecto de ley para crear el distrito de Ñaña Alta, que se desprendería de Santa Rosa de Collanay y agruparía a unos 60 000 habitantes de las zonas altas de la quebrada.

El parlamentario argumentó que los vecinos de esos sectores recorren más de una hora para hacer cualquier trámite municipal. El proyecto fue derivado a la comisión de Descentralización.

El burgomaestre de Santa Rosa de Collanay, Máximo Vilcapoma Reyes, se opuso a la iniciativa y dijo que su gestión ya abrió una agencia municipal en la zona.""",
        about=False,
        note="namesake: a congressman with the regidor's given name and first surname; another district's burgomaestre",
    ),
    S(
        "vk024",
        "limaeste",
        "2026-11-05T08:45:00-05:00",
        "Recaudación del predial sube 22 % y financia tres pistas en los cerros",
        """La recaudación del impuesto predial en Villa Kusikuy llegó a 18,6 millones de soles entre enero y octubre, un 22 % más que en el mismo periodo de 2025, según el balance que la Municipalidad Distrital de Villa Kusikuy presentó al concejo.

El aumento se explica por la actualización del catastro, que incorporó 6 400 predios que nunca habían declarado, y por el pago por aplicativo, que ya representa un tercio de las operaciones. La morosidad bajó de 58 % a 46 %.

«Cada sol que paga el vecino se ve en la calle», sostuvo la alcaldesa Yolanda Cusirramos, que anunció que el excedente financiará la pavimentación de tres vías de acceso a los cerros de Nueva Jerusalén.""",
        m="I A",
        t="tributos",
        tone="+",
        note="tax collection up; the works it finances are mentioned in passing",
    ),
    S(
        "vk025",
        "limaeste",
        "2026-11-05T17:05:00-05:00",
        "No habrá aumento de arbitrios en 2027, asegura el gerente Tresierra",
        """Los vecinos de Villa Kusikuy no pagarán más por arbitrios el próximo año. El gerente municipal Aníbal Tresierra descartó cualquier incremento y negó que la municipalidad haya enviado a la Municipalidad Metropolitana de Lima una ordenanza con nuevas tasas para su ratificación.

«No es cierto que vayamos a subir los arbitrios; lo que circula en redes es un borrador de 2024 que nunca se aprobó», precisó Tresierra. Explicó que los costos de barrido y recojo subieron, pero que la diferencia se cubrirá con el aumento de la recaudación del predial.

Las tasas de 2027 serán las mismas de este año para los 98 000 predios del distrito, con el descuento vigente para pensionistas.""",
        m="G",
        t="tributos",
        tone="+",
        note="negation: 'no habrá aumento', 'no es cierto'; good news for the taxpayers, positive",
    ),
    S(
        "vk026",
        "limaeste",
        "2026-11-06T10:30:00-05:00",
        "Eyzaguirre presenta la ruta del Metropolitano al este ante doce alcaldes",
        """El alcalde metropolitano Gustavo Eyzaguirre Pomar presentó ayer el trazo definitivo de la extensión del Metropolitano hacia el este, con 23 kilómetros y 19 estaciones entre la avenida Grau y Huachipa.

La ceremonia se realizó en el Palacio Municipal de Lima con la asistencia de doce alcaldes distritales, entre ellos Pilar Ampuero Dávila, de Huertos de Lurinmayo; Wilfredo Cusirramos Tito, de Cerro Chiripa, y Yolanda Cusirramos Peralta, de Villa Kusikuy. Los alcaldes firmaron un acta de respaldo al proyecto.

Según la Municipalidad Metropolitana de Lima, las obras empezarían en el segundo semestre de 2027 y la inversión superará los 2 800 millones de soles, con financiamiento del Gobierno central.""",
        m="A",
        about=False,
        note="the Mayor only on a metropolitan event's guest list, next to her namesake of Cerro Chiripa",
    ),
    S(
        "vk027",
        "limaeste",
        "2026-11-06T21:40:00-05:00",
        "Video muestra a serenos golpeando a una vendedora; municipio suspende a cuatro",
        """Un video grabado por un pasajero de combi muestra a cuatro serenos forcejeando con una vendedora de frutas en la esquina de la avenida Inti Raymi y la Carretera Central. En la grabación, uno de ellos la empuja contra una reja y otro patea su carretilla hasta voltearla.

La mujer, de 54 años, sufrió contusiones en el brazo y la cadera, según el certificado médico legal. Su hija presentó una denuncia en la comisaría.

El municipio kusikuyno informó en la noche que los cuatro serenos fueron suspendidos y que la gerencia de Seguridad Ciudadana abrió un proceso disciplinario. «No toleramos ningún abuso, quien cometa un exceso no vuelve al serenazgo», señaló el comunicado.

Los vendedores de la zona convocaron a un plantón para el lunes frente al palacio municipal.""",
        m="I",
        t="seguridad",
        tone="-",
        note="serenazgo abuse; the suspension does not make it positive",
    ),
    S(
        "vk028",
        "limaeste",
        "2026-11-07T09:50:00-05:00",
        "Teniente alcaldesa Chumpitaz propone ordenanza de bienestar animal",
        """La teniente alcaldesa Ruth Chumpitaz Lévano presentó al concejo un proyecto de ordenanza que crea un registro municipal de mascotas, prohíbe la venta de animales en la vía pública y establece multas para quienes abandonen perros en los cerros.

La propuesta surge tras las denuncias de vecinos de Quebrada Yanaqocha, donde se calcula que viven más de 2 000 perros sin dueño. Chumpitaz planteó también un convenio con clínicas veterinarias para campañas de esterilización a bajo costo.

El proyecto pasará a la comisión de Servicios a la Ciudad, que tiene treinta días para emitir su dictamen.""",
        m="T",
        tone="0",
        note="an ordinance proposal on animal welfare: none of the five topics, neutral",
    ),
    S(
        "vk029",
        "limaeste",
        "2026-11-07T14:20:00-05:00",
        "Recicladoras formalizadas recuperan 38 toneladas al mes en Villa Kusikuy",
        """Cuarenta y dos recicladoras que antes trabajaban en los botaderos informales de la parte alta ahora recorren con uniforme y carnet las calles de seis sectores del distrito. En octubre recuperaron 38 toneladas de papel, cartón, plástico y vidrio que ya no llegaron al relleno sanitario.

El programa de segregación en la fuente de la comuna kusikuyna entrega bolsas verdes a las 11 000 viviendas inscritas, que separan sus residuos reciclables una vez por semana. «Antes nos botaban de los basurales, ahora los vecinos nos esperan», contó Juana Yupari, presidenta de la asociación.

El subgerente de Limpieza Pública Teodoro Pillaca Yauri adelantó que en 2027 se sumarán otras 8 000 viviendas y un centro de acopio en Pampa Grande.""",
        m="I L",
        t="limpieza",
        tone="+",
        note="recycling programme with results",
    ),
    S(
        "vk030",
        "limaeste",
        "2026-11-08T08:00:00-05:00",
        "Huertos de Lurinmayo inaugura su primer policlínico municipal",
        """La alcaldesa de Huertos de Lurinmayo, Pilar Ampuero Dávila, inauguró el policlínico municipal del distrito, que atenderá en once especialidades con tarifas sociales desde cinco soles.

El local, de tres pisos, costó 6,2 millones de soles y funcionará de lunes a sábado de siete de la mañana a ocho de la noche. «Nuestros vecinos ya no tendrán que bajar hasta el hospital de Vitarte por una consulta», dijo la burgomaestra, que recorrió los consultorios con la regidora Milagros Chumpitaz Lévano.

El policlínico contará con laboratorio, rayos X y un área de terapia física.""",
        about=False,
        note="a neighbouring mayoress ('la burgomaestra') and her regidora, namesake of our teniente alcaldesa (Chumpitaz Lévano, other given name)",
    ),
    S(
        "vk031",
        "limaeste",
        "2026-11-08T19:15:00-05:00",
        "Regidor Arangoitia pide la vacancia de la alcaldesa por nepotismo",
        """El regidor Fermín Arangoitia Salas presentó ante el concejo una solicitud de vacancia contra la alcaldesa Yolanda Cusirramos Peralta por la presunta contratación de una familiar en la subgerencia de Programas Sociales.

El pedido se sustenta en la causal de nepotismo prevista en la Ley Orgánica de Municipalidades. «No es un tema personal; la ley es clara y el concejo tiene que pronunciarse», dijo Arangoitia, que adjuntó partidas de nacimiento para acreditar el parentesco.

El entorno de la alcaldesa calificó el pedido de «show político» y sostuvo que la trabajadora es una pariente en quinto grado, fuera de los alcances de la prohibición. El concejo debe votar la solicitud en una sesión extraordinaria en los próximos treinta días, y su decisión puede apelarse ante el Jurado Nacional de Elecciones.""",
        m="R A",
        tone="-",
        note="a vacancy request; denied by the Mayor's circle",
    ),
    S(
        "vk032",
        "limaeste",
        "2026-11-09T07:30:00-05:00",
        "Corte de agua de 36 horas: municipio reparte 900 000 litros en cisternas",
        """El corte de agua programado por la empresa de saneamiento dejó sin servicio a doce sectores de Villa Kusikuy entre el sábado y el domingo. Para atenuar el impacto, la Municipalidad de Villa Kusikuy desplegó quince cisternas que repartieron 900 000 litros en los puntos más altos del distrito.

Las unidades recorrieron desde las cinco de la mañana los pasajes de Nueva Jerusalén, Quebrada Yanaqocha y el 28 de Julio, donde muchas familias solo tienen un tanque de 250 litros. «Esta vez sí llegaron a tiempo, en el corte anterior nos quedamos dos días secos», reconoció Celestino Huamán, dirigente de la zona.

El servicio se restableció el domingo a las nueve de la noche, con baja presión en las zonas más elevadas hasta el lunes.""",
        m="I",
        tone="+",
        note="water tankers during a utility's cut: our service, none of the five topics",
    ),
    S(
        "vk033",
        "limaeste",
        "2026-11-09T16:45:00-05:00",
        "Extorsionadores exigen cupos a mototaxistas; serenazgo reforzará paraderos",
        """Al menos seis empresas de mototaxis de Villa Kusikuy denunciaron que reciben mensajes de extorsionadores que les exigen entre 10 y 20 soles diarios por unidad. En la última semana, dos paraderos fueron atacados con petardos.

La Policía formó un grupo especial para investigar los casos. El gerente municipal Aníbal Tresierra Mogollón indicó que el serenazgo apoyará con vigilancia en los paraderos de las avenidas Inti Raymi y Las Torrecitas y que las cámaras municipales entregarán sus grabaciones a los investigadores.

Los dirigentes de los mototaxistas anunciaron que no trabajarán el jueves en señal de protesta y pidieron al Gobierno que declare en emergencia a Lima Este.""",
        m="G",
        t="seguridad",
        tone="0",
        note="extortion is the police's; the municipal support is factual, neutral",
    ),
    S(
        "vk034",
        "limaeste",
        "2026-11-10T08:20:00-05:00",
        "Puente peatonal de Las Torrecitas, paralizado: el contratista se fue y dejó las vigas",
        """Las vigas metálicas del puente peatonal de Las Torrecitas llevan cuatro meses tiradas en la berma central de la Carretera Central. La obra, que debía permitir cruzar la vía sin jugarse la vida, está paralizada desde julio, cuando el contratista dejó de pagar a sus trabajadores y abandonó el campamento.

Desde entonces, dos peatones murieron atropellados en ese cruce. «Cada mañana cruzamos corriendo con los chicos del colegio, entre combis y tráilers», contó Norma Villanueva, madre de familia.

La alcaldesa Yolanda Cusirramos admitió que la obra «es una deuda» y culpó a la empresa por el abandono. La Municipalidad de Villa Kusikuy anunció que ejecutará la carta fianza y terminará el puente por administración directa, sin precisar un plazo.""",
        m="A I",
        t="obras",
        tone="-",
        note="a paralysed footbridge; the Mayor blames the contractor but the story is our failure",
    ),
    S(
        "vk035",
        "limaeste",
        "2026-11-10T23:40:00-05:00",
        "Villa Kusikuy cumple 37 años con corso, banda de músicos y fuegos artificiales",
        """Más de cuarenta delegaciones de colegios, clubes de madres y asociaciones de residentes desfilaron en el corso por el 37 aniversario de Villa Kusikuy, que recorrió la avenida Inti Raymi hasta la Plaza Cívica entre batucadas, danzas de tijeras y carros alegóricos.

La alcaldesa Yolanda Cusirramos encabezó el desfile junto con el concejo y entregó medallas a los fundadores que llegaron en 1989 a los arenales donde hoy viven más de cuatrocientas mil personas. «Nuestros padres levantaron este distrito con sus manos», dijo emocionada.

La celebración terminó pasadas las once de la noche con una quema de castillo y un concierto de cumbia organizado por la Municipalidad Distrital de Villa Kusikuy, que según los organizadores reunió a unas quince mil personas.""",
        m="A I",
        tone="+",
        note="near midnight Lima; anniversary celebration, culture is none of the five topics",
    ),
    # --- La Crónica del Cono Este: regional paper, teasers in RSS, 2009 table template with reader comments ------------
    S(
        "vk036",
        "cronica",
        "2026-11-11T06:40:00-05:00",
        "Comerciantes del mercado Virgen de Chapi denuncian doble cobro de sisa",
        """Los 340 comerciantes del mercado Virgen de Chapi pagan desde setiembre dos recibos distintos por el mismo concepto: uno a la asociación que administra el local y otro a los cobradores de la Municipalidad de Villa Kusikuy, que llegan cada mañana con talonario y chaleco.

«Son tres soles diarios a la asociación y dos a la municipalidad; a fin de mes se nos va una semana de ganancia», reclamó Teófila Chalco, que vende abarrotes desde hace quince años. Los vendedores aseguran que la ordenanza que fija la sisa municipal nunca se les notificó.

En la oficina de Rentas explicaron que el cobro municipal corresponde al uso de la vía pública en los pasadizos exteriores y no al interior del mercado. Los comerciantes respondieron que los cobradores pasan puesto por puesto, también adentro, y presentaron una queja formal con cuarenta fotografías de los recibos.""",
        m="I",
        t="tributos",
        tone="-",
        note="market fee (sisa) charged twice: tributos, negative",
    ),
    S(
        "vk037",
        "cronica",
        "2026-11-26T13:10:00-05:00",
        "Virgen de Chapi: municipio deja de cobrar la sisa dentro del mercado",
        """Los comerciantes del mercado Virgen de Chapi ya no verán a los cobradores municipales pasar entre sus puestos. La Municipalidad de Villa Kusikuy dispuso que la sisa municipal se cobre únicamente a quienes ocupan los pasadizos exteriores y la vereda, y no a los 340 vendedores del interior, que ya pagan a su asociación.

La decisión llegó dos semanas después de la queja formal de los comerciantes, que presentaron cuarenta fotografías de recibos duplicados. La oficina de Rentas reconoció que los cobradores «excedieron su zona» y anunció que los montos cobrados de más se descontarán de los pagos de diciembre.

«Nos costó, pero nos escucharon», dijo Teófila Chalco, vocera de los vendedores, que pidió que la devolución se haga puesto por puesto y con constancia escrita.""",
        m="I",
        t="tributos",
        tone="+",
        note="the double market fee of vk036 corrected",
    ),
    S(
        "vk038",
        "cronica",
        "2026-11-12T07:20:00-05:00",
        "Choque en el concejo por los uniformes del serenazgo: «¿Chalecos de oro?»",
        """La sesión de concejo del miércoles terminó a gritos. El regidor Fermín Arangoitia cuestionó la compra de 250 uniformes y chalecos antibalas para el serenazgo por 1,2 millones de soles, casi cinco mil soles por sereno. «¿Son chalecos de oro o qué?», preguntó, agitando la orden de compra.

El gerente municipal Aníbal Tresierra Mogollón respondió que los chalecos tienen certificación de nivel III-A y que el precio fue el más bajo de cuatro cotizaciones. Aseguró que los serenos de Villa Kusikuy patrullaban hasta ahora con chalecos vencidos desde 2020.

La discusión subió de tono cuando Arangoitia acusó a la gerencia de fraccionar la compra para evitar una licitación. La teniente alcaldesa tuvo que suspender la sesión por quince minutos. El regidor anunció que llevará el caso a la Contraloría.""",
        m="R G",
        t="seguridad",
        tone="-",
        note="a purchase questioned in council, defended by the gerente: a story about an accusation",
    ),
    S(
        "vk039",
        "cronica",
        "2026-11-12T15:30:00-05:00",
        "Lodge Villa Kusikuy, del Valle Sagrado, entre los mejores hoteles rurales de Sudamérica",
        """El lodge Villa Kusikuy, un alojamiento de doce habitaciones ubicado a orillas del río Vilcanota, en Urubamba, fue elegido entre los diez mejores hoteles rurales de Sudamérica por una revista de viajes británica.

La casona, restaurada con adobe y tejas artesanales, ofrece recorridos por las terrazas de maíz y talleres de textilería con comuneras de la zona. «Kusikuy quiere decir alégrate; queríamos un lugar donde la gente llegue y respire», contó su propietaria.

La temporada alta está casi completa hasta abril, según la administración del hotel.""",
        about=False,
        note="a place with the district's name elsewhere (a lodge in Cusco)",
    ),
    S(
        "vk040",
        "cronica",
        "2026-11-13T08:00:00-05:00",
        "Donde había un basural ahora hay un jardín: el cambio de la esquina Inti Raymi",
        """Durante seis años, la esquina de la avenida Inti Raymi con el jirón Pachacútec fue un punto crítico de basura donde cada noche se acumulaban hasta tres toneladas de desechos. Hoy tiene bancas, un mural y sesenta plantas de geranio regadas por los propios vecinos.

La transformación la hizo la subgerencia de Limpieza Pública junto con la junta vecinal del sector. El subgerente Teodoro Pillaca explicó que durante tres semanas un sereno vigiló la esquina de noche mientras las cuadrillas limpiaban y pintaban. «Si el vecino ve el lugar bonito, ya no bota», resumió.

Según la subgerencia, quedan 41 puntos críticos en el distrito y la meta es recuperar diez antes de fin de año.""",
        m="L",
        t="limpieza",
        tone="+",
        note="a garbage hotspot recovered; 'subgerente Teodoro Pillaca' names him",
    ),
    S(
        "vk041",
        "cronica",
        "2026-11-13T19:45:00-05:00",
        "Roban computadoras de colegio y nadie del serenazgo contestó el teléfono",
        """Ladrones forzaron la puerta trasera del colegio Amauta, en el sector Los Cedros, y se llevaron catorce computadoras portátiles y un proyector comprados con fondos de la asociación de padres. El robo ocurrió la madrugada del jueves.

El vigilante contó que llamó cuatro veces a la central del serenazgo y que nadie contestó. «Si hubieran venido a los cinco minutos, los agarraban cargando las cajas», lamentó el director, Raúl Espinoza.

Los padres de familia acudieron al municipio kusikuyno a pedir explicaciones. La gerencia de Seguridad Ciudadana atribuyó la falta de respuesta a una falla en la central telefónica y ofreció instalar una cámara en la esquina del colegio.""",
        m="I",
        t="seguridad",
        tone="-",
        note="a robbery with a municipal failure (the serenazgo did not answer)",
    ),
    S(
        "vk042",
        "cronica",
        "2026-11-14T07:10:00-05:00",
        "Lima Este, la zona con menos áreas verdes por habitante de la capital",
        """Un estudio de un observatorio urbano concluyó que los distritos de Lima Este tienen en promedio 1,6 metros cuadrados de áreas verdes por habitante, muy por debajo de los nueve que recomienda la Organización Mundial de la Salud.

Entre los distritos con menor cobertura figuran Cerro Chiripa, Santa Rosa de Collanay, Villa Kusikuy y Huertos de Lurinmayo, todos con menos de un metro cuadrado por persona. En el otro extremo están San Isidro y Miraflores, que superan los quince.

Los investigadores atribuyen la brecha a la ocupación informal de las laderas y al costo del agua para riego, y proponen que la Municipalidad Metropolitana de Lima priorice parques zonales en el este.""",
        about=False,
        note="a ranking that names the district among others; place only, not about us",
    ),
    S(
        "vk043",
        "cronica",
        "2026-11-14T14:25:00-05:00",
        "Cusirramos viaja a La Paz y Chumpitaz queda a cargo del despacho",
        """La alcaldesa de Villa Kusikuy, Yolanda Cusirramos, viajó el jueves a La Paz para participar en un encuentro de ciudades andinas sobre gestión de laderas y riesgo de desastres, invitada por una red de municipios latinoamericanos.

Durante los cinco días de su ausencia, la teniente alcaldesa Ruth Chumpitaz Lévano asumirá el despacho de alcaldía, según el acuerdo de concejo publicado en el diario oficial. El viaje no irroga gastos a la municipalidad, pues los pasajes y el alojamiento corren por cuenta de los organizadores.

Cusirramos presentará en el foro la experiencia de las escaleras y los muros de contención construidos en los cerros del distrito.""",
        m="A T",
        tone="0",
        note="a trip and a delegation of office: neutral; the works are named in passing, no topic",
    ),
    S(
        "vk044",
        "cronica",
        "2026-11-15T09:15:00-05:00",
        "Bus de empresa juliaqueña cae a un abismo en Puno: seis muertos",
        """Seis personas murieron y veintiuna resultaron heridas cuando un bus interprovincial cayó a un abismo de ochenta metros en la vía Juliaca-Huancané, en Puno, la madrugada del sábado.

El vehículo pertenecía a una empresa de transportes de Juliaca cuya propietaria, Yolanda Cusirramos Ticona, declaró a la prensa local que el bus tenía la revisión técnica al día y que el chofer había descansado doce horas antes del viaje. La Sutrán abrió una investigación.

Los heridos fueron trasladados al hospital Carlos Monge Medrano, donde cuatro permanecen en estado grave.""",
        about=False,
        note="namesake: a Juliaca entrepreneur with the Mayor's given name and first surname",
    ),
    S(
        "vk045",
        "cronica",
        "2026-11-15T18:50:00-05:00",
        "Les cobran arbitrios de parques y jardines a terrenos sin una planta",
        """Los propietarios de lotes del programa de vivienda Los Cedros III no entienden por qué sus recibos de arbitrios de 2026 incluyen el rubro de parques y jardines, cuando en su sector no hay un solo árbol ni una banca. «Pagamos por áreas verdes que no existen», resumió Gregorio Mallma, presidente de la asociación.

Cada propietario paga 96 soles al año por ese concepto. La Municipalidad Distrital de Villa Kusikuy sostiene que el arbitrio se calcula por la cercanía a un parque y que el parque Los Molles está dentro del radio de influencia.

Los vecinos midieron la distancia con un aplicativo: 1,8 kilómetros, cerro de por medio. Presentaron un reclamo colectivo y evalúan acudir a la Defensoría del Pueblo.""",
        m="I",
        t="tributos",
        tone="-",
        note="arbitrios charged for a service that does not exist",
    ),
    S(
        "vk046",
        "cronica",
        "2026-11-16T08:30:00-05:00",
        "Municipio multa a catorce volqueteros por botar desmonte en la ribera del Rímac",
        """La Municipalidad de Villa Kusikuy impuso multas por 280 000 soles a catorce propietarios de volquetes sorprendidos arrojando desmonte y residuos de construcción en la ribera del río Rímac, a la altura del sector Pampa Grande.

Las intervenciones se hicieron de madrugada con apoyo de la Policía y gracias a las cámaras instaladas en octubre. Los vehículos fueron trasladados al depósito municipal. «La ribera no es un botadero; quien bote desmonte va a pagar y va a limpiar», advirtió el subgerente de Limpieza Pública, Teodoro Pillaca Yauri.

La subgerencia retiró además 600 metros cúbicos de escombros en dos semanas. Los vecinos del sector pidieron que las rondas nocturnas continúen durante el verano.""",
        m="I L",
        t="limpieza",
        tone="+",
        note="enforcement against illegal dumping, with results",
    ),
    S(
        "vk047",
        "cronica",
        "2026-11-16T22:05:00-05:00",
        "Balacera en discoteca de la Carretera Central deja dos heridos",
        """Dos jóvenes resultaron heridos de bala durante una pelea en una discoteca del kilómetro 12 de la Carretera Central, en Villa Kusikuy, pasada la una de la madrugada del domingo.

Según testigos, un grupo de hombres discutió con los agentes de seguridad del local y uno de ellos disparó contra la puerta. Las víctimas, de 19 y 23 años, fueron llevadas al hospital de Vitarte y están fuera de peligro.

La Policía busca al autor de los disparos, que huyó en una motocicleta. Peritos de criminalística recogieron cuatro casquillos en la vereda.""",
        about=False,
        note="a shooting in the district with no municipal angle",
    ),
    S(
        "vk048",
        "cronica",
        "2026-11-17T07:00:00-05:00",
        "Pistas de Pampa Grande avanzan al 70 % y los vecinos ya ven el final del polvo",
        """Las cuadrillas trabajan hasta las ocho de la noche en las calles 4, 5 y 6 de Pampa Grande, donde la Municipalidad Distrital de Villa Kusikuy construye 2,4 kilómetros de pistas y veredas con una inversión de 6,9 millones de soles. El avance físico llegó al 70 %, dos semanas antes de lo previsto en el cronograma.

Los vecinos, que soportaron durante años el polvo en verano y el barro en invierno, se organizaron para darles refrigerio a los obreros. «Nunca pensé ver mi calle con vereda; mis nietos ya no van a conocer el arenal», dijo Florencio Quispe, de 74 años.

La gerencia de Obras prevé entregar el proyecto a mediados de diciembre, con señalización y rampas para personas con discapacidad.""",
        m="I",
        t="obras",
        tone="+",
        note="street works ahead of schedule",
    ),
    S(
        "vk049",
        "cronica",
        "2026-11-17T16:35:00-05:00",
        "Policlínico municipal sin médicos por las tardes: pacientes esperan en vano",
        """A las tres de la tarde, la sala de espera del policlínico municipal de Villa Kusikuy está llena, pero los consultorios de medicina general y pediatría están cerrados. Desde octubre, los médicos del turno de la tarde dejaron de atender porque, según el personal, la comuna kusikuyna les adeuda dos meses de honorarios.

«Traje a mi hijo con fiebre, me dieron ticket y después me dijeron que no hay doctor», contó Ruth Mendoza, que vino desde el 28 de Julio. Solo siguen abiertos el tópico y el laboratorio.

Una trabajadora administrativa confirmó que los contratos de locación de cuatro médicos vencieron y no fueron renovados a tiempo. La municipalidad no respondió a las consultas de este diario.""",
        m="I",
        t="salud",
        tone="-",
        note="the municipal polyclinic failing; a patient called Ruth (not our teniente alcaldesa)",
    ),
    S(
        "vk050",
        "cronica",
        "2026-11-18T08:40:00-05:00",
        "Concejo rechaza la vacancia de la alcaldesa Cusirramos: nueve votos contra dos",
        """El concejo municipal de Villa Kusikuy rechazó por nueve votos contra dos la solicitud de vacancia contra la alcaldesa Yolanda Cusirramos Peralta, al concluir que la trabajadora contratada en Programas Sociales no está dentro del cuarto grado de parentesco que prohíbe la ley.

El informe de la oficina de Asesoría Jurídica, con las partidas de nacimiento de ambas familias, estableció que se trata de un parentesco en quinto grado. «La verdad siempre se impone; ahora a seguir trabajando», dijo la alcaldesa al salir de la sesión, entre aplausos de simpatizantes.

El regidor Fermín Arangoitia, autor del pedido, votó a favor junto con otra regidora y anunció que apelará ante el Jurado Nacional de Elecciones.""",
        m="A R",
        tone="+",
        note="the vacancy request rejected; headline and weight side with the Mayor",
    ),
    S(
        "vk051",
        "cronica",
        "2026-11-18T17:20:00-05:00",
        "Once meses para cambiar un foco: la proeza del municipio kusikuyno",
        """Once meses, seis oficios y dos visitas personales. Eso les costó a los vecinos del pasaje Los Álamos conseguir que el municipio kusikuyno cambiara el único foco del poste que alumbra su escalera. El trabajo, cuando por fin llegó, tomó veinte minutos.

«Felicitamos a las autoridades por tanta eficiencia; a este ritmo, para el bicentenario del distrito tenemos toda la cuadra iluminada», escribieron los vecinos en un cartel que colgaron del poste recién encendido.

Mientras tanto, dos vecinas fueron asaltadas en la escalera a oscuras durante ese tiempo. La municipalidad explicó que el alumbrado corresponde a la empresa eléctrica y que su labor se limitaba a tramitar el pedido.""",
        m="I",
        tone="-",
        note="sarcasm ('la proeza', 'tanta eficiencia'); street lighting is none of the five topics",
    ),
    S(
        "vk052",
        "cronica",
        "2026-11-19T07:35:00-05:00",
        "Fiscalía allana municipio de Cerro Chiripa por contratos del alcalde Cusirramos",
        """Fiscales anticorrupción allanaron la madrugada del miércoles la sede de la Municipalidad Distrital de Cerro Chiripa y la vivienda de su alcalde, Wilfredo Cusirramos Tito, en el marco de una investigación por presunta colusión en la compra de cemento para obras de muros de contención.

La investigación sostiene que se pagaron 2,1 millones de soles a una empresa creada tres semanas antes del proceso de selección. Los agentes se llevaron discos duros y expedientes de la gerencia de Infraestructura.

El alcalde Cusirramos dijo que colabora con la justicia y que «todo se aclarará». El concejo de Cerro Chiripa fue convocado a sesión extraordinaria.""",
        about=False,
        note="namesake: the Cerro Chiripa Mayor, another municipality raided",
    ),
    S(
        "vk053",
        "cronica",
        "2026-11-19T18:00:00-05:00",
        "Villa Kusikuy convoca licitación para comprar seis compactadoras",
        """La Municipalidad de Villa Kusikuy publicó en el sistema de contrataciones del Estado la convocatoria para adquirir seis camiones compactadores de quince metros cúbicos, con un valor referencial de 5,3 millones de soles.

Según el gerente municipal Aníbal Tresierra, las nuevas unidades reemplazarán a cuatro camiones con más de doce años de uso que pasan más tiempo en el taller que en la calle. Las bases exigen entrega en un plazo máximo de noventa días y mantenimiento por dos años.

La buena pro se otorgará el 18 de diciembre. Las empresas interesadas pueden registrarse como participantes hasta el 2 de diciembre.""",
        m="I G",
        t="limpieza",
        tone="0",
        note="a tender notice: neutral",
    ),
    S(
        "vk054",
        "cronica",
        "2026-11-20T08:15:00-05:00",
        "La losa de Virgen de Chapi se rajó a los quince días de inaugurada",
        """Todavía quedan en el cerco los restos de los globos de la inauguración, pero la losa deportiva del sector Virgen de Chapi ya tiene tres grietas que la cruzan de lado a lado. La obra, de 480 000 soles, fue entregada por la municipalidad kusikuyna el 4 de noviembre.

«Los chicos se tropiezan jugando, una de las rajaduras tiene dos dedos de ancho», mostró Marcos Tito, entrenador del equipo infantil del barrio. Un ingeniero civil que vive en el sector opinó que el concreto no recibió el curado necesario.

La gerencia de Obras indicó que la obra está en periodo de garantía y que el contratista deberá repararla sin costo.""",
        m="I",
        t="obras",
        tone="-",
        note="a sports slab cracked two weeks after delivery",
    ),
    S(
        "vk055",
        "cronica",
        "2026-11-20T15:40:00-05:00",
        "Vacunan a 11 000 perros contra la rabia en la campaña más grande del distrito",
        """En dos fines de semana, las brigadas de la Municipalidad Distrital de Villa Kusikuy y del centro de salud vacunaron contra la rabia a 11 000 perros y 2 300 gatos en sesenta puntos instalados en losas, parques y mercados.

La teniente alcaldesa Ruth Chumpitaz Lévano, que impulsó la campaña, destacó que se superó en casi cuarenta por ciento la meta. «Después del caso de rabia en Arequipa, no podíamos quedarnos quietos», explicó.

Las mascotas vacunadas recibieron un carnet y una placa. La municipalidad anunció una campaña de esterilización para enero.""",
        m="I T",
        t="salud",
        tone="+",
        note="rabies vaccination of pets is salud",
    ),
    S(
        "vk056",
        "cronica",
        "2026-11-21T09:10:00-05:00",
        "Incendio en fábrica de plásticos de Huachipa cubre de humo a tres distritos",
        """Un incendio de código 3 consumió durante siete horas una fábrica de envases plásticos en Huachipa. La columna de humo negro se desplazó hacia el este y cubrió durante la tarde los cielos de Cerro Chiripa, Villa Kusikuy y Huertos de Lurinmayo.

Más de veinte unidades de bomberos trabajaron para controlar las llamas. No hubo heridos, pero la Dirección General de Salud Ambiental recomendó a los vecinos cerrar puertas y ventanas y evitar actividades al aire libre.

La causa del siniestro aún se investiga. La empresa tenía dos observaciones de Defensa Civil pendientes de levantar.""",
        about=False,
        note="a fire elsewhere whose smoke reaches the district: place only",
    ),
    S(
        "vk057",
        "cronica",
        "2026-11-21T19:55:00-05:00",
        "Arangoitia acusa a camiones municipales de botar basura en una quebrada; Pillaca lo niega",
        """El regidor Fermín Arangoitia Salas difundió un video en el que, según él, un camión compactador de la Municipalidad de Villa Kusikuy descarga basura en la parte alta de la quebrada Huayrapampa, en lugar de llevarla al relleno sanitario.

«Nos cobran arbitrios para llevar la basura a un relleno y la tiran en el cerro para ahorrarse el combustible», sostuvo el regidor, que presentó una denuncia ante el Organismo de Evaluación y Fiscalización Ambiental.

El subgerente de Limpieza Pública, Teodoro Pillaca Yauri, negó la acusación. Afirmó que el camión del video es de una empresa privada de transporte de desmonte y que todas las unidades municipales llevan GPS. «Los registros demuestran que ese día los camiones estuvieron en sus rutas», dijo.""",
        m="R I L",
        t="limpieza",
        tone="-",
        note="an accusation of illegal dumping, denied by the subgerente",
    ),
    # --- Radio Kusikuy 101.7 FM: the district's radio, news transcripts with date-only pubDate values -------------------
    S(
        "vk058",
        "rkusi",
        "2026-11-03",
        "Este sábado, gran minga para limpiar la quebrada Huayrapampa",
        """Buenos días, vecinos. Les contamos que este sábado desde las siete de la mañana se realizará una gran minga de limpieza en la quebrada Huayrapampa, desde el puente de madera hasta la parte alta del pasaje 14.

En comunicación con nuestra radio, el subgerente de Limpieza Pública, Teodoro Pillaca Yauri, explicó que se esperan unos doscientos voluntarios entre juntas vecinales, scouts y estudiantes. «Nosotros ponemos guantes, costales, dos volquetes y el refrigerio; lo que necesitamos son manos», dijo.

El punto de encuentro será la losa del sector Huayrapampa. Se recomienda llevar gorro, bloqueador y zapatillas cerradas. Los residuos recogidos se trasladarán al relleno sanitario el mismo día.""",
        m="L",
        t="limpieza",
        tone="0",
        note="radio transcript; an announcement of a clean-up, neutral; date-only pubDate",
    ),
    S(
        "vk059",
        "rkusi",
        "2026-11-04",
        "Oyentes denuncian serenos durmiendo en las camionetas",
        """En nuestra línea abierta de esta mañana recibimos varias llamadas sobre el mismo tema. Don Eleuterio, del sector Los Cedros, nos contó que la noche del lunes encontró una camioneta del serenazgo estacionada con los dos serenos dormidos, a las dos de la madrugada, a una cuadra de donde asaltaron a su vecino.

Otra oyente, la señora Guadalupe, de Nueva Jerusalén, nos mandó una fotografía parecida por WhatsApp, tomada el fin de semana frente al paradero de la avenida Inti Raymi. «Pagamos arbitrios de serenazgo para que nos cuiden, no para que descansen», nos dijo indignada.

Consultamos a la gerencia de Seguridad Ciudadana de la Municipalidad de Villa Kusikuy, que respondió que revisará el GPS de las unidades y que los serenos que hayan abandonado el patrullaje serán sancionados.""",
        m="I",
        t="seguridad",
        tone="-",
        note="radio call-in; complaints about the serenazgo",
    ),
    S(
        "vk060",
        "rkusi",
        "2026-11-05",
        "Club Deportivo Villa Kusikuy, de Huancavelica, campeón de su liga provincial",
        """Y en deportes, una curiosidad que nos llegó de Huancavelica. El Club Deportivo Villa Kusikuy, equipo del barrio del mismo nombre en la ciudad de Huancavelica, se coronó campeón de la liga provincial al vencer 2-0 a Juventud Ascensión.

El equipo, fundado en 1972 por trabajadores de la mina de Santa Bárbara, clasificó así a la etapa departamental de la Copa Perú. Sus hinchas celebraron en la plaza de armas de Huancavelica con banda de músicos.

Muchos oyentes nos preguntaron si tiene algo que ver con nuestro distrito. No, vecinos: es pura coincidencia de nombre, aunque desde aquí les deseamos suerte.""",
        about=False,
        note="a club with the district's name elsewhere",
    ),
    S(
        "vk061",
        "rkusi",
        "2026-11-06",
        "Alcaldesa Cusirramos: «El hospital de Lima Este lo prometieron tres gobiernos»",
        """En entrevista con Radio Kusikuy, la alcaldesa Yolanda Cusirramos Peralta criticó al Ministerio de Salud por el retraso del hospital de Lima Este, cuya construcción fue anunciada en 2019 y que hasta hoy no tiene ni el expediente técnico aprobado.

«El hospital de Lima Este lo prometieron tres gobiernos y tres ministros vinieron a tomarse la foto con la primera piedra. Nuestros vecinos siguen yendo de madrugada a hacer cola a Vitarte», dijo la alcaldesa. Recordó que la municipalidad donó el terreno de cuatro hectáreas hace seis años.

Cusirramos anunció que viajará con una delegación de dirigentes al Ministerio de Salud la próxima semana para exigir una fecha de inicio de obra.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticising the national government over a hospital: neutral toward us, salud",
    ),
    S(
        "vk062",
        "rkusi",
        "2026-11-23",
        "Último día para pagar la cuarta cuota del predial sin recargo",
        """Atención, contribuyentes. Este viernes 27 de noviembre vence el plazo para pagar la cuarta y última cuota del impuesto predial de 2026 sin intereses moratorios.

La Municipalidad Distrital de Villa Kusikuy recuerda que el pago puede hacerse en las agencias del Banco de la Nación, en las ventanillas de la plaza cívica y en la plataforma virtual, con tarjeta o por transferencia. Las ventanillas atenderán en horario extendido hasta las ocho de la noche.

Los vecinos que necesiten su cuponera pueden solicitarla con su DNI en la oficina de Rentas o descargarla desde la página web.""",
        m="I",
        t="tributos",
        tone="0",
        note="a deadline notice: neutral",
    ),
    S(
        "vk063",
        "rkusi",
        "2026-11-10",
        "Ollas comunes del 28 de Julio estrenan cocinas industriales",
        """Las once ollas comunes del asentamiento humano 28 de Julio ya no cocinan con leña. Desde esta semana tienen cocinas industriales a gas, ollas de aluminio de cien litros y mesas de acero inoxidable, entregadas por la Municipalidad de Villa Kusikuy con fondos de un convenio con una cooperativa de ahorro.

La teniente alcaldesa Ruth Chumpitaz participó en la entrega y almorzó con las socias de la olla común Virgen de Fátima. «Estas mujeres dan de comer a 1 800 personas al día; lo mínimo es que no respiren humo», dijo a nuestra radio.

Las dirigentes pidieron que el municipio gestione también la entrega de balones de gas durante los meses de verano.""",
        m="I T",
        tone="+",
        note="social programme support: none of the five topics",
    ),
    S(
        "vk064",
        "rkusi",
        "2026-11-11",
        "Tránsito: cierran un carril de la Carretera Central por tres semanas",
        """Información de tránsito para quienes bajan hacia Lima. Desde este lunes y durante tres semanas, la empresa de agua potable cerrará un carril de la Carretera Central en dirección oeste, entre el óvalo de Santa Rosa de Collanay y el paradero Las Torrecitas, para cambiar una tubería matriz.

Los trabajos se harán de nueve de la noche a cinco de la mañana, pero el carril permanecerá cerrado de día por las zanjas abiertas. Se recomienda a los conductores que salen desde Villa Kusikuy, Cerro Chiripa y Chaclacayo tomar precauciones y salir con anticipación.

La Policía de Tránsito tendrá efectivos en los cruces principales durante las horas punta.""",
        about=False,
        note="a traffic notice; the district named as a place among others",
    ),
    S(
        "vk065",
        "rkusi",
        "2026-11-12",
        "Regidor Arangoitia: «Nadie sabe cuánto se ha gastado en las obras de este año»",
        """El regidor Fermín Arangoitia Salas estuvo esta mañana en nuestros estudios y criticó la falta de información sobre la ejecución de obras en el distrito. Según él, el portal de transparencia de la municipalidad no se actualiza desde junio y los regidores no reciben los informes de avance que pidieron por escrito.

«Nadie sabe cuánto se ha gastado en las obras de este año, ni siquiera nosotros, que tenemos que fiscalizar», dijo Arangoitia. Mencionó que de los 44 millones presupuestados para inversiones, el sistema del Ministerio de Economía muestra una ejecución de apenas 38 %.

El regidor pidió que el gerente municipal acuda al próximo pleno a explicar el retraso. Nuestra radio buscó la versión de la gerencia municipal, que ofreció responder la próxima semana.""",
        m="R",
        t="obras",
        tone="-",
        note="the opposition regidor criticising our works spending",
    ),
    S(
        "vk066",
        "rkusi",
        "2026-11-13",
        "Serenos encuentran a niña de cuatro años que se perdió en la feria",
        """Un final feliz. Una niña de cuatro años que se separó de su madre en la feria del parque Los Molles fue encontrada cuarenta minutos después por dos serenos de la Municipalidad Distrital de Villa Kusikuy, que la ubicaron llorando junto a un puesto de golosinas, a tres cuadras del lugar.

Los serenos Julián Rojas y Karina Ccahuana contaron a nuestra radio que la alerta llegó por la central de cámaras, que difundió la descripción de la pequeña a todas las unidades. «Tenía una casaca rosada y eso nos ayudó muchísimo», dijo Ccahuana.

La madre, muy emocionada, llamó a nuestra cabina para agradecer a los serenos.""",
        m="I",
        t="seguridad",
        tone="+",
        note="serenos find a lost child: the serenazgo's work, positive",
    ),
    S(
        "vk067",
        "rkusi",
        "2026-11-14",
        "Municipio asumirá la administración del Mercado Modelo",
        """El gerente municipal Aníbal Tresierra Mogollón confirmó a Radio Kusikuy que la municipalidad asumirá desde enero la administración directa del Mercado Modelo, luego de que venciera el contrato con la asociación que lo manejó durante veinte años.

Tresierra explicó que se hará un inventario de los 520 puestos y que se respetarán los contratos vigentes de los comerciantes. «Nadie va a perder su puesto; lo que queremos es que el mercado tenga cuentas claras», aseguró.

Los comerciantes están divididos. Un sector teme que la municipalidad suba las tarifas y otro espera que el cambio sirva para arreglar los techos y los servicios higiénicos.""",
        m="G",
        tone="0",
        note="market administration: none of the five topics; neutral",
    ),
    S(
        "vk068",
        "rkusi",
        "2026-11-17",
        "Escolares de Villa Kusikuy ganan concurso nacional de robótica",
        """Orgullo kusikuyno. Cuatro estudiantes del colegio Fe y Alegría del sector Pampa Grande ganaron el primer puesto del concurso nacional de robótica escolar con un brazo mecánico que separa residuos plásticos por colores.

Los chicos, de entre 14 y 16 años, construyeron el prototipo con piezas recicladas y un microcontrolador donado por una universidad. Representarán al Perú en el torneo latinoamericano que se realizará en Santiago de Chile en marzo.

Su profesora de ciencias, Liliana Quispe, contó a nuestra radio que ahora buscan auspiciadores para pagar los pasajes.""",
        about=False,
        note="a school's achievement in the district, no municipal angle; 'separa residuos' is not a topic for us",
    ),
    S(
        "vk069",
        "rkusi",
        "2026-11-18",
        "Psicólogos en los colegios tras los atentados: arranca campaña de salud mental",
        """Vecinos, una noticia importante para los padres de familia. Desde esta semana, doce psicólogos contratados por la Municipalidad de Villa Kusikuy visitarán los colegios públicos cercanos a los paraderos donde se registraron atentados con explosivos, para atender a los escolares que quedaron con miedo o problemas para dormir.

La teniente alcaldesa Ruth Chumpitaz Lévano explicó en nuestra cabina que las directoras pidieron ayuda porque varios niños dejaron de ir a clases. «Un chico de ocho años no tiene por qué cargar con el miedo de una explosión; hay que escucharlo a tiempo», dijo.

La campaña incluye talleres para padres y docentes y durará hasta el cierre del año escolar. Los casos más delicados serán derivados al centro de salud mental comunitario de Lima Este.""",
        m="I T",
        t="salud",
        tone="0",
        note="radio; a mental health campaign announced, neutral",
    ),
    S(
        "vk070",
        "rkusi",
        "2026-11-19",
        "Ambulantes acusan a fiscalizadores de quedarse con su mercadería",
        """Un grupo de vendedoras de la avenida Las Torrecitas llegó hasta nuestra radio para denunciar que los fiscalizadores de la Municipalidad de Villa Kusikuy decomisaron sus productos el viernes y que, al ir a recogerlos al depósito, faltaba más de la mitad.

«Me llevaron dos cajas de mandarinas y me devolvieron una bolsa», contó doña Avelina Chuquimango. Otras comerciantes dijeron que les cobraron una multa de 248 soles sin entregarles el acta de decomiso.

El gerente municipal Aníbal Tresierra negó que se hayan apropiado de la mercadería. Explicó que los productos perecibles que se descomponen se donan a las ollas comunes y que eso consta en actas. «Invito a las señoras a revisar los documentos conmigo», dijo.""",
        m="I G",
        tone="-",
        note="an accusation against municipal inspectors, denied; street vending is none of the five topics",
    ),
    S(
        "vk071",
        "rkusi",
        "2026-11-20",
        "Módulo de salud móvil sube por primera vez a Quebrada Yanaqocha",
        """Por primera vez, un módulo de salud llegó hasta la parte alta de Quebrada Yanaqocha, donde viven unas cuatro mil familias que para cualquier consulta deben bajar cuarenta minutos a pie hasta la carretera.

El módulo, una camioneta equipada como consultorio que la Municipalidad Distrital de Villa Kusikuy compró este año, atenderá allí todos los martes y jueves con un médico, una enfermera y una obstetra. En su primer día atendió a 160 personas, la mayoría adultos mayores con presión alta y niños con infecciones respiratorias.

La alcaldesa Yolanda Cusirramos dijo a nuestra radio que en enero se sumará un segundo módulo para los cerros de Nueva Jerusalén.""",
        m="I A",
        t="salud",
        tone="+",
        note="a mobile health unit reaching the hills",
    ),
    S(
        "vk072",
        "rkusi",
        "2026-11-24",
        "Se reanuda el muro de contención de Los Cedros con nueva empresa",
        """Buenas noticias para los vecinos de la quebrada Los Cedros. Este lunes se reanudó la construcción del muro de contención que estaba paralizado desde setiembre, luego de que la Municipalidad de Villa Kusikuy resolviera el contrato con la empresa anterior y adjudicara el saldo de obra a un nuevo contratista.

Según la alcaldesa Yolanda Cusirramos, la nueva empresa trabajará en dos turnos para terminar los setenta metros que faltan antes de fin de año. «No vamos a llegar a enero con la quebrada abierta», aseguró.

Los vecinos, que habían colocado sacos de arena por su cuenta, celebraron la llegada de las máquinas, aunque advirtieron que vigilarán que el plazo se cumpla.""",
        m="I A",
        t="obras",
        tone="+",
        note="the retaining wall resumes (follow-up of vk012)",
    ),
    S(
        "vk073",
        "rkusi",
        "2026-11-25",
        "«El camión pasa a las once de la noche y nadie escucha la campana»",
        """El nuevo horario del recojo de basura no convence a los vecinos de Pampa Grande. En nuestra línea abierta, varios oyentes contaron que el camión compactador pasa entre las diez y media y las once y media de la noche, cuando muchos ya están durmiendo, y que las bolsas terminan amaneciendo en las esquinas.

«Nos dijeron de seis a diez, pero llega cuando le da la gana», reclamó la señora Paulina, del jirón Túpac Yupanqui. Otros oyentes dijeron que los perros rompen las bolsas que quedan afuera y que las esquinas amanecen llenas de desperdicios.

El subgerente Teodoro Pillaca llamó a la cabina y reconoció retrasos por el tráfico en la Carretera Central. Prometió que desde la próxima semana un segundo camión cubrirá la ruta para cumplir el horario anunciado.""",
        m="L",
        t="limpieza",
        tone="-",
        note="complaints about the new garbage schedule (compare vk017)",
    ),
    S(
        "vk074",
        "rkusi",
        "2026-11-26",
        "Cerro Chiripa lleva una semana sin agua y su alcalde culpa a la empresa",
        """Los vecinos de la parte alta de Cerro Chiripa cumplen una semana sin agua potable. La empresa de saneamiento atribuyó el problema a una avería en la estación de bombeo que abastece a ese distrito.

El alcalde de Cerro Chiripa, Wilfredo Cusirramos Tito, exigió a la empresa que envíe cisternas y dijo que su municipalidad no tiene presupuesto para hacerlo por cuenta propia. «Es responsabilidad de la empresa, no podemos seguir tapando sus huecos», declaró el alcalde Cusirramos.

Varios oyentes de ese distrito nos llamaron para pedir que la noticia se difunda.""",
        about=False,
        note="namesake: the Cerro Chiripa Mayor, another district's water problem",
    ),
    S(
        "vk075",
        "rkusi",
        "2026-11-27",
        "Ejecutoría coactiva embarga cuentas de 40 empresas morosas",
        """La oficina de Ejecutoría Coactiva de la Municipalidad Distrital de Villa Kusikuy trabó embargo en las cuentas bancarias de cuarenta empresas que deben en conjunto 3,2 millones de soles del impuesto predial, algunas desde 2019.

Entre ellas hay fábricas, depósitos y dos grifos ubicados a lo largo de la Carretera Central. Según la oficina de Rentas, las empresas fueron notificadas en tres oportunidades antes de la medida.

Los contribuyentes embargados pueden levantar la medida si pagan o firman un fraccionamiento antes del 20 de diciembre.""",
        m="I",
        t="tributos",
        tone="0",
        note="enforced collection: tributos; reported as a fact, neutral",
    ),
    S(
        "vk076",
        "rkusi",
        "2026-12-01",
        "Cusirramos admite que la basura es «el talón de Aquiles» de su gestión",
        """En su balance mensual en nuestra radio, la alcaldesa Yolanda Cusirramos Peralta reconoció que el recojo de residuos sigue siendo el principal problema de su gestión. «La basura es nuestro talón de Aquiles, no lo voy a negar», dijo.

La alcaldesa explicó que cuatro de los once camiones compactadores están malogrados y que el distrito produce casi 300 toneladas diarias de basura, el doble que hace diez años. Admitió que en los cerros hay sectores donde el servicio pasa una sola vez por semana.

Cusirramos aseguró que los seis compactadores nuevos llegarán en marzo y pidió paciencia a los vecinos. Los oyentes que llamaron después de la entrevista no se mostraron muy convencidos.""",
        m="A",
        t="limpieza",
        tone="-",
        note="the Mayor admits a failure; headline and weight negative despite the promise",
    ),
    S(
        "vk077",
        "rkusi",
        "2026-12-02",
        "Regidor metropolitano Arangoitia propone peatonalizar tres jirones del Centro de Lima",
        """El regidor de la Municipalidad Metropolitana de Lima, Luis Arangoitia Salas, presentó un proyecto de ordenanza para peatonalizar los jirones Ucayali, Ica y Callao en el Centro Histórico, con el objetivo de reducir la contaminación y dar espacio al comercio formal.

El regidor Arangoitia dijo que la medida beneficiaría a los más de cien mil peatones que cruzan la zona cada día. Los transportistas que recorren esas vías anunciaron que se opondrán.

El proyecto será evaluado por la comisión metropolitana de Desarrollo Urbano.""",
        about=False,
        note="namesake: a metropolitan regidor with the regidor's surnames ('el regidor Arangoitia' of Lima)",
    ),
    # --- Canal 31 Este Visión: TV transcripts in Atom, UTC times, several near midnight in Lima ---------------------------
    S(
        "vk078",
        "estev",
        "2026-11-12T04:35:00Z",
        "Operativo nocturno: serenazgo y Policía clausuran seis bares clandestinos",
        """Conductora: Nos vamos a Villa Kusikuy, donde esta noche se realizó un operativo conjunto en la zona de Pampa Grande. Nuestro reportero Jhonatan Paucar acompañó a las autoridades.

Reportero: Así es, Milagros. Más de cincuenta serenos y veinte policías intervinieron seis bares que funcionaban sin licencia en cocheras y segundos pisos, a pocas cuadras de donde la semana pasada se reportaron tres asaltos a transeúntes. Se encontraron menores de edad bebiendo y una persona requisitoriada por robo agravado.

El gerente municipal Aníbal Tresierra Mogollón, que dirigió la intervención, explicó que los locales quedaron clausurados con soldadura. «Estos bares son el punto de partida de los asaltos de madrugada; no vamos a dejar que vuelvan a abrir», dijo a Canal 31.

Los vecinos que salieron a mirar aplaudieron a los serenos. La Municipalidad de Villa Kusikuy anunció que los operativos se repetirán cada fin de semana.""",
        m="G I",
        t="seguridad",
        tone="+",
        note="TV transcript at 23:35 Lima (04:35 UTC next day); a joint operation framed as crime prevention",
    ),
    S(
        "vk079",
        "estev",
        "2026-11-13T16:20:00Z",
        "Simulacro de huaico en Quebrada Yanaqocha: 3 000 vecinos evacuan en doce minutos",
        """Conductor: A las diez en punto sonaron las sirenas en Quebrada Yanaqocha. Era un simulacro, pero los vecinos lo tomaron muy en serio.

Reportera: Unos tres mil vecinos de las partes bajas del cauce evacuaron hacia las zonas seguras señaladas en la ladera en apenas doce minutos. El ejercicio lo organizó la Municipalidad de Villa Kusikuy con el Instituto Nacional de Defensa Civil y los bomberos, y simuló la activación de la quebrada por lluvias intensas en la sierra.

La teniente alcaldesa Ruth Chumpitaz, que presidió el comité de emergencias, dijo que el tiempo de evacuación mejoró casi a la mitad respecto al simulacro de 2025. «Cuando baja el huaico no hay segunda oportunidad», recordó.

Los brigadistas vecinales recibieron radios y chalecos. En diciembre se hará un ejercicio similar en Los Cedros.""",
        m="I T",
        tone="+",
        note="disaster drill: none of the five topics",
    ),
    S(
        "vk080",
        "estev",
        "2026-11-14T18:05:00Z",
        "Vecinos de Huertos de Lurinmayo bloquean la vía: «Queremos pistas, no promesas»",
        """Conductora: Tensión en Huertos de Lurinmayo, donde un grupo de vecinos bloqueó durante dos horas la avenida principal del distrito.

Reportero: Los manifestantes, del sector Las Palmeras, exigen que se cumpla la pavimentación prometida hace tres años. Quemaron llantas y colocaron piedras sobre la pista hasta que llegó la Policía. «La alcaldesa vino en campaña, nos prometió pistas y nunca más volvió», gritaba una vecina.

La alcaldesa de Huertos de Lurinmayo, Pilar Ampuero Dávila, se comprometió a recibir a una comisión el lunes. La burgomaestra explicó que la obra espera financiamiento del Gobierno central.""",
        about=False,
        note="another district's mayoress ('la alcaldesa', 'la burgomaestra') and its works; 'pistas' is not ours",
    ),
    S(
        "vk081",
        "estev",
        "2026-11-15T14:40:00Z",
        "Cusirramos arremete contra la MML: «Cerraron la planta y nos dejaron con la basura en la mano»",
        """Conductor: La alcaldesa de Villa Kusikuy, Yolanda Cusirramos, estuvo en nuestro set y fue muy crítica con la Municipalidad Metropolitana de Lima.

Cusirramos cuestionó la decisión de la MML de cerrar la planta de transferencia de residuos de Huachipa, donde los camiones de los distritos del este descargaban la basura antes de que fuera llevada al relleno sanitario. «Cerraron la planta sin avisar y nos dejaron con la basura en la mano. Ahora nuestros camiones pierden cuatro horas de ida y vuelta hasta el relleno», dijo.

Según la alcaldesa, el cierre obliga a cada compactador a hacer un viaje menos por día. Anunció que los alcaldes de Lima Este enviarán una carta conjunta al alcalde metropolitano Gustavo Eyzaguirre para pedir la reapertura.

Consultada por Canal 31, la Municipalidad de Lima indicó que la planta se cerró por observaciones sanitarias y que se habilitará otra en enero.""",
        m="A",
        t="limpieza",
        tone="0",
        note="the Mayor criticising the MML over garbage transfer: neutral toward us, limpieza",
    ),
    S(
        "vk082",
        "estev",
        "2026-11-17T05:10:00Z",
        "Incendio en Nueva Jerusalén deja doce familias sin casa",
        """Conductora: Un incendio de grandes proporciones consumió esta madrugada doce viviendas de madera y esteras en la parte alta de Nueva Jerusalén.

Reportero: El fuego empezó pasada la medianoche, aparentemente por una vela encendida, y se propagó rápidamente por el viento. Los bomberos tardaron en llegar porque las cisternas no pueden subir por las escaleras y tuvieron que tender mangueras de casi trescientos metros. No hubo víctimas, pero cuarenta personas lo perdieron todo.

La alcaldesa Yolanda Cusirramos Peralta llegó a la zona a la una de la madrugada con carpas, frazadas y alimentos. «Mañana mismo empezamos con el retiro de escombros y los módulos de vivienda», dijo. La Municipalidad Distrital de Villa Kusikuy habilitó la losa deportiva como albergue temporal.""",
        m="A I",
        tone="+",
        note="00:10 Lima (05:10 UTC); emergency aid after a fire, none of the five topics",
    ),
    S(
        "vk083",
        "estev",
        "2026-11-18T23:15:00Z",
        "Villa Kusikuy enciende un árbol de Navidad hecho con 9 000 botellas",
        """Conductor: Y en Villa Kusikuy, la Navidad llegó con un árbol diferente.

Reportera: El árbol de la Plaza Cívica mide doce metros y está hecho con nueve mil botellas de plástico que las recicladoras del distrito recolectaron durante dos meses. Por dentro lo iluminan luces led de bajo consumo. La alcaldesa Yolanda Cusirramos lo encendió esta tarde ante cientos de familias y un coro de escolares.

«Queremos que los niños vean que lo que botamos puede convertirse en algo bonito», dijo la alcaldesa. La Municipalidad de Villa Kusikuy programó presentaciones de villancicos y una feria de juguetes artesanales cada fin de semana de diciembre.""",
        m="A I",
        tone="+",
        note="a Christmas event; the recycled bottles are decoration, not the limpieza topic",
    ),
    S(
        "vk084",
        "estev",
        "2026-11-19T17:30:00Z",
        "Jauría ataca a un niño en Yanaqocha; vecinos reclaman por la ordenanza que no llega",
        """Conductora: Un niño de siete años fue atacado por una jauría de perros callejeros cuando volvía del colegio en Quebrada Yanaqocha.

Reportero: El menor sufrió mordeduras en las piernas y en un brazo y fue atendido en el hospital de Vitarte, donde le aplicaron la vacuna antirrábica. Los vecinos dicen que en la zona hay decenas de perros abandonados que atacan a peatones y a los animales de corral.

«Hace un mes nos dijeron que salía una ordenanza, y nada», reclamó el padre del niño. La teniente alcaldesa Ruth Chumpitaz Lévano, autora del proyecto, explicó que la comisión aún no emite dictamen y que la Municipalidad Distrital de Villa Kusikuy hará una campaña de captura y adopción en la zona la próxima semana.""",
        m="T I",
        tone="-",
        note="stray dogs attack; the pending ordinance makes it our failure; animal control is none of the five topics",
    ),
    S(
        "vk085",
        "estev",
        "2026-11-20T21:50:00Z",
        "Colas de cuatro horas y sistema caído en el cierre de la campaña tributaria",
        """Conductor: Largas colas en la plaza cívica de Villa Kusikuy, donde cientos de contribuyentes intentaban pagar sus tributos en el último día de descuentos.

Reportera: Desde las seis de la mañana había vecinos esperando. A media mañana el sistema de cobranza se cayó durante casi dos horas y las ventanillas dejaron de atender. «Vine a las siete, son las once y no me atienden; el descuento se me va a perder por culpa de ellos», se quejó un jubilado.

La Municipalidad de Villa Kusikuy anunció por sus redes que el descuento se prorrogaba hasta el sábado por la falla técnica. Pero muchos vecinos se retiraron sin enterarse.""",
        m="I",
        t="tributos",
        tone="-",
        note="tax office collapsed on the deadline; the extension does not offset the failure",
    ),
    S(
        "vk086",
        "estev",
        "2026-11-21T15:00:00Z",
        "Pampa Grande estrena 2,4 kilómetros de pistas y veredas",
        """Conductora: Después de más de treinta años de polvo, los vecinos de Pampa Grande caminan sobre veredas de concreto.

Reportero: Esta mañana la alcaldesa Yolanda Cusirramos entregó las obras de pavimentación de las calles 4, 5 y 6, que incluyen pistas, veredas, rampas y señalización. La obra se terminó tres semanas antes del plazo y por debajo del presupuesto, según el informe de la supervisión.

Hubo banda de músicos, almuerzo comunitario y hasta una misa. «Mis hijos ya no van a llegar con las zapatillas blancas de tierra al colegio», dijo emocionada una vecina. La Municipalidad de Villa Kusikuy anunció que la siguiente etapa llegará a las calles 7 y 8 en 2027.""",
        m="A I",
        t="obras",
        tone="+",
        note="street works delivered (follow-up of vk048)",
    ),
    S(
        "vk087",
        "estev",
        "2026-11-22T19:25:00Z",
        "Chiclayo: el asentamiento Villa Kusikuy vive entre charcos un año después del Niño costero",
        """Conductor: Nos vamos al norte. En Chiclayo, los vecinos del asentamiento humano Villa Kusikuy siguen esperando el drenaje pluvial que les prometieron tras las inundaciones del año pasado.

Reportera: Las calles de tierra todavía tienen charcos de agua estancada, donde proliferan los zancudos. Los dirigentes cuentan que hubo casos de dengue en casi todas las manzanas y que la posta más cercana queda a dos kilómetros.

El asentamiento fue fundado en los años noventa por migrantes de Cutervo y tiene unas 1 200 familias. La Municipalidad Provincial de Chiclayo indicó que el proyecto de drenaje está en evaluación.""",
        about=False,
        note="a settlement with the district's name in Chiclayo; dengue and drainage are not ours",
    ),
    S(
        "vk088",
        "estev",
        "2026-11-24T03:55:00Z",
        "Sereno recibe un disparo al intentar frustrar un asalto en Las Torrecitas",
        """Conductora: Un sereno de Villa Kusikuy resultó herido de bala esta noche cuando intentaba detener a dos delincuentes que asaltaban a una pareja en el paradero Las Torrecitas.

Reportero: Según testigos, el sereno Edson Huamaní, de 31 años, bajó de la camioneta y corrió tras los asaltantes, que le dispararon en la pierna antes de huir en una moto lineal. Fue trasladado a una clínica, donde se encuentra estable.

La alcaldesa Yolanda Cusirramos visitó al sereno y anunció que la municipalidad cubrirá todos los gastos médicos. «Es un héroe, pero los serenos no tienen armas ni facultad de detener; esto tiene que resolverlo la Policía», dijo, y volvió a pedir más efectivos para la comisaría del distrito.""",
        m="A",
        t="seguridad",
        tone="0",
        note="22:55 Lima (03:55 UTC); a sereno shot: mixed (insecurity, heroism, support), neutral",
    ),
    S(
        "vk089",
        "estev",
        "2026-11-25T20:10:00Z",
        "Contratista acusa al gerente Tresierra de pedirle una «comisión»; él lo niega",
        """Conductor: Grave denuncia en Villa Kusikuy. Un empresario de la construcción asegura que el gerente municipal le pidió dinero para aprobar las valorizaciones de una obra.

Reportera: El contratista, que ejecutó la losa deportiva de Virgen de Chapi, mostró a Canal 31 capturas de mensajes en los que, según él, un intermediario le pedía el cinco por ciento de cada pago «para el gerente». Afirma que al negarse, su última valorización quedó congelada.

El gerente municipal Aníbal Tresierra Mogollón negó rotundamente la acusación. «No conozco a esa persona que aparece en los mensajes. Este señor entregó una losa rajada y ahora quiere desviar la atención», respondió. La Municipalidad de Villa Kusikuy informó que pondrá los hechos en conocimiento de la Procuraduría.""",
        m="G I",
        t="obras",
        tone="-",
        note="bribery accusation in a works contract, denied",
    ),
    S(
        "vk090",
        "estev",
        "2026-11-26T17:45:00Z",
        "La basura en el este: Cerro Chiripa colapsa y Villa Kusikuy avanza a medias",
        """Conductora: Hoy en nuestro informe especial recorrimos los distritos del este para ver cómo está el recojo de basura.

Reportero: En Cerro Chiripa la situación es crítica: hay montículos de basura en la avenida principal y la municipalidad de ese distrito reconoce que solo tiene dos camiones operativos. En Villa Kusikuy el panorama es distinto pero no ideal. El programa de reciclaje de la Municipalidad de Villa Kusikuy ya llega a once mil viviendas y las esquinas de la parte baja están más limpias que hace un año.

Sin embargo, al subir a los cerros encontramos costales acumulados y vecinos que queman basura. El subgerente de Limpieza Pública, Teodoro Pillaca, reconoció que los camiones no alcanzan para las zonas altas y dijo que la situación mejorará con las nuevas compactadoras.""",
        m="I L",
        t="limpieza",
        tone="0",
        note="a mixed report across districts; our part is half progress, half shortfall: neutral",
    ),
    S(
        "vk091",
        "estev",
        "2026-11-27T04:50:00Z",
        "Concejo aprueba «ley seca» desde las once de la noche en zonas críticas",
        """Conductor: A esta hora, el concejo municipal de Villa Kusikuy acaba de aprobar una ordenanza que prohíbe la venta de bebidas alcohólicas entre las once de la noche y las seis de la mañana en ocho zonas consideradas críticas por la delincuencia.

Reportera: La medida, propuesta por la teniente alcaldesa Ruth Chumpitaz, se aplicará a bodegas, licorerías y restaurantes de Pampa Grande, Las Torrecitas y los alrededores de los mercados. Los locales que incumplan serán multados con hasta el cincuenta por ciento de una UIT y podrán ser clausurados.

Los bodegueros de la zona ya anunciaron que se opondrán. La Municipalidad Distrital de Villa Kusikuy sostiene que el mapa del delito muestra que siete de cada diez asaltos nocturnos ocurren cerca de esos locales.""",
        m="T I",
        t="seguridad",
        tone="0",
        note="23:50 Lima (04:50 UTC); an ordinance against night crime, neutral",
    ),
    S(
        "vk092",
        "estev",
        "2026-11-28T16:30:00Z",
        "Casos de dengue bajan a la mitad tras la segunda vuelta de fumigación",
        """Conductora: Buenas noticias en la lucha contra el dengue en el este de Lima.

Reportero: En Villa Kusikuy, los casos semanales de dengue bajaron de catorce a seis después de la segunda vuelta de fumigación, que cubrió 16 000 viviendas en los sectores Virgen de Chapi, Los Molles y Pampa Grande. La Municipalidad de Villa Kusikuy y el centro de salud trabajaron en conjunto durante tres semanas.

Los promotores de salud siguen visitando las casas para revisar cilindros y tanques. El centro de salud advirtió, sin embargo, que con el calor del verano el riesgo volverá a subir.""",
        m="I",
        t="salud",
        tone="+",
        note="dengue cases halved after our fumigation",
    ),
    S(
        "vk093",
        "estev",
        "2026-11-29T21:35:00Z",
        "Alcaldesa de Huertos de Lurinmayo denuncia amenazas de extorsionadores",
        """Conductor: La alcaldesa de Huertos de Lurinmayo, Pilar Ampuero Dávila, denunció haber recibido mensajes amenazantes en su celular en los que le exigen dinero a cambio de no atentar contra las obras de su distrito.

Reportera: La burgomaestra presentó la denuncia en la Dirección contra la Extorsión y pidió garantías para su familia y para los trabajadores municipales. En uno de los mensajes, los extorsionadores adjuntaron una foto de su vivienda. La Policía asignó seguridad a la autoridad.

La alcaldesa dijo que no cederá y que las obras continuarán. Otros alcaldes de Lima Este expresaron su solidaridad.""",
        about=False,
        note="another district's mayoress threatened; 'otros alcaldes de Lima Este' is not a mention",
    ),
    S(
        "vk094",
        "estev",
        "2026-11-30T18:20:00Z",
        "Las sesiones de concejo se verán en vivo: aprueban moción del regidor Arangoitia",
        """Conductora: Desde diciembre, los vecinos de Villa Kusikuy podrán ver las sesiones de su concejo en vivo por internet.

Reportero: El concejo aprobó por unanimidad una moción del regidor de oposición Fermín Arangoitia Salas para transmitir todas las sesiones ordinarias y extraordinarias por las redes sociales de la Municipalidad de Villa Kusikuy, y publicar las actas en un plazo máximo de cinco días.

«Es un paso pequeño pero importante; el vecino tiene derecho a saber cómo votamos», dijo Arangoitia. La alcaldesa respaldó la moción y pidió que también se transmitan las audiencias de rendición de cuentas.""",
        m="R I",
        tone="+",
        note="a transparency motion approved unanimously; 'la alcaldesa' bare is not a mention",
    ),
    S(
        "vk095",
        "estev",
        "2026-12-01T05:30:00Z",
        "Combi se vuelca en Las Torrecitas; vecinos culpan al puente que nunca se terminó",
        """Conductor: Un accidente en la Carretera Central dejó esta noche nueve heridos, a la altura del paradero Las Torrecitas.

Reportera: Una combi que iba hacia Chosica intentó esquivar a un grupo de peatones que cruzaba la pista y se volcó. Los vecinos que llegaron a ayudar apuntaron de inmediato al puente peatonal inconcluso de la Municipalidad de Villa Kusikuy, cuyas vigas siguen tiradas en la berma desde julio. «Si estuviera el puente, nadie cruzaría por abajo», dijo un comerciante.

Los heridos fueron llevados al hospital de Vitarte. Ninguno está grave. La Policía investiga si el chofer iba a exceso de velocidad.""",
        m="I",
        t="obras",
        tone="-",
        note="00:30 Lima (05:30 UTC); an accident tied to our unfinished footbridge",
    ),
    # --- Agencia Peruana de Prensa: national agency in Atom ------------------------------------------------------------
    S(
        "vk096",
        "app",
        "2026-11-12T10:00:00-05:00",
        "Gobiernos locales de Lima solo ejecutaron el 51 % de su presupuesto de inversión",
        """Lima, 12 de noviembre (APP). Las municipalidades distritales de Lima Metropolitana ejecutaron hasta octubre el 51 % de su presupuesto de inversión, según el último reporte de seguimiento del Ministerio de Economía y Finanzas.

Los distritos con mejor desempeño son Surco, San Borja y La Molina, que superan el 75 %. En el extremo opuesto figuran Cerro Chiripa (29 %), Santa Rosa de Collanay (33 %), Villa Kusikuy (38 %) y Huertos de Lurinmayo (40 %), todos en el cono este de la capital.

El MEF advirtió que los recursos no ejecutados al cierre del año fiscal deberán ser devueltos al Tesoro Público, salvo los que estén comprometidos en contratos vigentes. Especialistas en gestión pública atribuyen la baja ejecución a la rotación de funcionarios y a expedientes técnicos mal elaborados.""",
        about=False,
        note="a national ranking that lists the district with a figure; place only, not about us",
    ),
    S(
        "vk097",
        "app",
        "2026-11-13T11:30:00-05:00",
        "Alcaldes de Lima Este piden declarar el estado de emergencia por la ola de extorsiones",
        """Lima, 13 de noviembre (APP). Siete alcaldes distritales de Lima Este, encabezados por la alcaldesa de Villa Kusikuy, Yolanda Cusirramos Peralta, entregaron este jueves en la Presidencia del Consejo de Ministros un pedido formal para que el Gobierno declare en estado de emergencia a sus distritos por el aumento de las extorsiones al transporte y al comercio.

«Nuestros serenazgos hacen lo que pueden, pero frente a bandas armadas necesitamos a la Policía y a las Fuerzas Armadas en las calles», dijo Cusirramos, que actuó como vocera del grupo. Según los alcaldes, en lo que va del año se registraron 46 atentados con explosivos en la zona.

La PCM informó que el pedido será evaluado por el Consejo Nacional de Seguridad Ciudadana.""",
        m="A",
        t="seguridad",
        tone="0",
        note="the Mayor as spokeswoman of a demand to the national government: neutral toward us",
    ),
    S(
        "vk098",
        "app",
        "2026-11-20T14:15:00-05:00",
        "Dictan nueve meses de prisión preventiva contra el alcalde de Cerro Chiripa",
        """Lima, 20 de noviembre (APP). El Poder Judicial dictó nueve meses de prisión preventiva contra el alcalde distrital de Cerro Chiripa, Wilfredo Cusirramos Tito, investigado por presunta colusión agravada en la compra de cemento para muros de contención.

El juez consideró que existe peligro de obstaculización, pues el alcalde Cusirramos habría ordenado retirar documentos de la gerencia de Infraestructura días antes del allanamiento. Su defensa anunció que apelará.

El concejo municipal de Cerro Chiripa deberá encargar el despacho al teniente alcalde mientras dure la medida.""",
        about=False,
        note="namesake: the Cerro Chiripa Mayor in prison",
    ),
    S(
        "vk099",
        "app",
        "2026-11-23T09:40:00-05:00",
        "Contraloría halla perjuicio de S/ 1,4 millones en pavimentación de Villa Kusikuy",
        """Lima, 23 de noviembre (APP). La Contraloría General de la República identificó un presunto perjuicio económico de 1,4 millones de soles en la pavimentación de la avenida Las Torrecitas, ejecutada por la Municipalidad Distrital de Villa Kusikuy.

Según el informe de control, la carpeta asfáltica colocada tiene un espesor promedio de 5,2 centímetros, cuando el expediente exigía 7,5. Además, se pagaron tres adendas por reubicación de redes de agua que la empresa de saneamiento ya había ejecutado por su cuenta.

El informe identifica responsabilidad administrativa en seis funcionarios, entre ellos dos exgerentes de Obras, y remite los hechos a la Procuraduría para las acciones penales. La municipalidad tiene quince días para presentar sus descargos.""",
        m="I",
        t="obras",
        tone="-",
        note="an audit finds overpayment in our works",
    ),
    S(
        "vk100",
        "app",
        "2026-11-24T12:00:00-05:00",
        "Anemia infantil sube en Lima y afecta a uno de cada cuatro niños en los conos",
        """Lima, 24 de noviembre (APP). La anemia en niños de seis a treinta y cinco meses subió de 31 % a 34 % en Lima Metropolitana en el último año, según la encuesta demográfica y de salud familiar del INEI.

Los distritos de los conos norte, sur y este concentran las tasas más altas. En Lima Este, el informe menciona los casos de Cerro Chiripa, Villa Kusikuy y Huertos de Lurinmayo, donde la prevalencia supera el 40 % en las zonas altas.

El Ministerio de Salud anunció que reforzará la entrega de suplementos de hierro y las visitas domiciliarias de los agentes comunitarios.""",
        about=False,
        note="a national health survey naming the district among others",
    ),
    S(
        "vk101",
        "app",
        "2026-11-25T08:20:00-05:00",
        "Escaleras de Villa Kusikuy, ejemplo en foro andino sobre laderas",
        """La Paz, 25 de noviembre (APP). El programa de escaleras y muros de contención de la Municipalidad de Villa Kusikuy fue presentado como caso de estudio en el Encuentro de Ciudades Andinas sobre Gestión de Laderas, que reunió en La Paz a alcaldes de siete países.

La alcaldesa Yolanda Cusirramos expuso cómo su gestión construyó 64 tramos de escaleras y 3,2 kilómetros de muros en las laderas del distrito en tres años, con participación de las juntas vecinales en el diseño. Los organizadores destacaron el bajo costo por metro y el uso de mano de obra local.

Representantes de municipios de Bolivia y Ecuador pidieron visitar el distrito para conocer la experiencia.""",
        m="I A",
        t="obras",
        tone="+",
        note="our works programme praised abroad",
    ),
    S(
        "vk102",
        "app",
        "2026-11-26T16:50:00-05:00",
        "Comisión aprueba dictamen para crear el distrito de Ñaña Alta",
        """Lima, 26 de noviembre (APP). La comisión de Descentralización del Congreso aprobó por mayoría el dictamen del proyecto de ley que crea el distrito de Ñaña Alta, en la provincia de Lima, a partir de territorio que hoy pertenece a Santa Rosa de Collanay.

El autor de la iniciativa, el congresista Fermín Arangoitia Ruiz, celebró el resultado y pidió que el pleno la debata antes del fin de la legislatura. El alcalde de Santa Rosa de Collanay, Máximo Vilcapoma, anunció que presentará una acción de inconstitucionalidad si la ley se aprueba.

El nuevo distrito tendría unos 60 000 habitantes.""",
        about=False,
        note="namesake: the congressman Arangoitia Ruiz",
    ),
    S(
        "vk103",
        "app",
        "2026-11-27T13:10:00-05:00",
        "Ruth Chumpitaz ficha por un club italiano de la Serie A1",
        """Lima, 27 de noviembre (APP). La armadora de la selección peruana de vóley Ruth Chumpitaz Aliaga firmó contrato por dos temporadas con un club de la Serie A1 de Italia, la liga más competitiva del mundo.

Chumpitaz, de 26 años, se convierte en la tercera peruana en jugar en esa liga. «Es un sueño que tenía desde que veía los partidos por televisión con mi papá», dijo la deportista, que viajará a Italia en enero.

La Federación Peruana de Voleibol destacó que la jugadora estará disponible para los compromisos de la selección en 2027.""",
        about=False,
        note="namesake: the volleyball player (compare vk009)",
    ),
    S(
        "vk104",
        "app",
        "2026-11-30T10:25:00-05:00",
        "JNE fija audiencia para ver la apelación contra la alcaldesa de Villa Kusikuy",
        """Lima, 30 de noviembre (APP). El Jurado Nacional de Elecciones programó para el 14 de enero la audiencia en la que verá el recurso de apelación presentado por el regidor Fermín Arangoitia Salas contra el acuerdo de concejo que rechazó la vacancia de la alcaldesa de Villa Kusikuy, Yolanda Cusirramos Peralta.

El regidor sostiene que el concejo valoró mal las partidas de nacimiento y que la trabajadora contratada es pariente de la alcaldesa en cuarto grado de consanguinidad, lo que configuraría la causal de nepotismo. La defensa de la alcaldesa afirma que el parentesco es de quinto grado.

Si el JNE declara fundada la apelación, la alcaldesa dejaría el cargo y asumiría la teniente alcaldesa.""",
        m="R A",
        tone="-",
        note="the vacancy appeal goes on: a story about an accusation against the Mayor; bare 'la teniente alcaldesa' is not a mention",
    ),
    S(
        "vk105",
        "app",
        "2026-12-01T09:00:00-05:00",
        "Villa Kusikuy cumple meta de recaudación y recibe S/ 2,1 millones del MEF",
        """Lima, 1 de diciembre (APP). La Municipalidad Distrital de Villa Kusikuy fue una de las 18 municipalidades de Lima que cumplieron la meta de recaudación del impuesto predial del programa de incentivos a la mejora de la gestión municipal, por lo que recibirá una transferencia adicional de 2,1 millones de soles.

La meta exigía aumentar la recaudación en al menos 15 % respecto al año anterior. El municipio kusikuyno logró un incremento de 22 %, gracias a la actualización catastral y a la cobranza digital.

Los recursos podrán destinarse a inversiones en el distrito durante el primer semestre de 2027.""",
        m="I",
        t="tributos",
        tone="+",
        note="a tax collection goal met and rewarded",
    ),
    S(
        "vk106",
        "app",
        "2026-12-02T07:45:00-05:00",
        "Lluvias en la sierra: Villa Kusikuy descolmata cinco quebradas",
        """Lima, 2 de diciembre (APP). Ante las primeras lluvias de la temporada en la parte alta de la cuenca del Rímac, la Municipalidad de Villa Kusikuy inició la descolmatación de cinco quebradas que atraviesan zonas habitadas del distrito, entre ellas Los Cedros, Huayrapampa y Yanaqocha.

Dos excavadoras y seis volquetes retiran piedras, desmonte y basura acumulados en los cauces, que en caso de activarse podrían desviar el agua hacia las viviendas. El trabajo se extenderá por cuatro semanas y abarcará unos 7 kilómetros de cauce.

El Instituto Nacional de Defensa Civil recordó que la temporada de lluvias en la sierra de Lima se extiende hasta marzo y que los cauces deben mantenerse libres de construcciones.""",
        m="I",
        t="obras",
        tone="0",
        note="riverbed clearing with machinery reported as fact: obras, neutral",
    ),
    S(
        "vk107",
        "app",
        "2026-12-03T11:05:00-05:00",
        "Tres distritos del este unen sus serenazgos y comparten cámaras",
        """Lima, 3 de diciembre (APP). Las municipalidades de Villa Kusikuy, Cerro Chiripa y Huertos de Lurinmayo firmaron un convenio de «serenazgo sin fronteras» que permitirá a sus serenos perseguir a delincuentes más allá de los límites distritales y compartir en tiempo real las imágenes de 240 cámaras de videovigilancia.

La firma se realizó en el palacio municipal de Villa Kusikuy, con la alcaldesa Yolanda Cusirramos como anfitriona. «Los delincuentes no respetan límites; nuestros serenazgos tampoco deberían hacerlo», dijo.

El convenio prevé además una central de radio común y patrullajes conjuntos en los límites, donde se concentran los robos a pasajeros de transporte público.""",
        m="I A",
        t="seguridad",
        tone="+",
        note="a convention signed by three municipalities including ours, hosted by our Mayor: about us",
    ),
    S(
        "vk108",
        "app",
        "2026-12-03T17:30:00-05:00",
        "Lima ratifica los arbitrios de 2027 de catorce distritos",
        """Lima, 3 de diciembre (APP). El Servicio de Administración Tributaria de Lima informó que el concejo metropolitano ratificó las ordenanzas de arbitrios para 2027 de catorce distritos de la capital, entre ellos Lince, Breña, Villa Kusikuy, Cerro Chiripa y Pueblo Libre.

En la mayoría de los casos, los montos se mantienen o suben por debajo de la inflación. Solo dos distritos aplicarán aumentos superiores al 5 %, por la actualización del costo del servicio de recojo de residuos.

Las ordenanzas ratificadas deben publicarse antes del 31 de diciembre para entrar en vigencia.""",
        about=False,
        note="a metropolitan list of ratified ordinances; the district named as a place in a list",
    ),
    S(
        "vk109",
        "app",
        "2026-12-04T10:40:00-05:00",
        "Programa de reciclaje de Villa Kusikuy gana premio nacional de gestión ambiental",
        """Lima, 4 de diciembre (APP). El programa de segregación en la fuente y recolección selectiva de la Municipalidad de Villa Kusikuy obtuvo el primer lugar en la categoría de gobiernos locales del premio nacional de buenas prácticas ambientales que otorga el Ministerio del Ambiente.

El jurado destacó la formalización de 42 recicladoras y la recuperación de más de 400 toneladas de residuos aprovechables en el año. El subgerente de Limpieza Pública, Teodoro Pillaca Yauri, recibió la distinción en una ceremonia en Lima.

«El premio es de las recicladoras y de los vecinos que separan su basura», dijo Pillaca.""",
        m="I L",
        t="limpieza",
        tone="+",
        note="a national award for our recycling programme",
    ),
    S(
        "vk110",
        "app",
        "2026-12-04T22:50:00-05:00",
        "Gobierno declara en emergencia 14 distritos de Lima y Callao por 60 días",
        """Lima, 4 de diciembre (APP). El Poder Ejecutivo declaró en estado de emergencia por sesenta días catorce distritos de Lima Metropolitana y el Callao, entre ellos San Juan de Lurigancho, Ate, Villa Kusikuy, Cerro Chiripa y Carabayllo, por el incremento de los delitos de extorsión y sicariato.

El decreto supremo, publicado esta noche en una edición extraordinaria del diario oficial, restringe el derecho de reunión y la inviolabilidad de domicilio, y dispone que las Fuerzas Armadas apoyen a la Policía en el control del orden interno.

El Ministerio del Interior anunció que desplegará 3 000 efectivos adicionales en los distritos comprendidos.""",
        about=False,
        note="late evening Lima; a national decree listing the district among fourteen",
    ),
    # --- Perú Ahora Digital: national site, feed and blog pages add «La entrada … se publicó primero en …» --------------
    S(
        "vk111",
        "peruahora",
        "2026-11-08T10:30:00-05:00",
        "Villa Kusikuy, el distrito que crece cerro arriba",
        """Desde la avenida Inti Raymi, los cerros de Villa Kusikuy parecen un tablero de colores: casas de ladrillo sin tarrajear abajo, módulos de madera más arriba y, en la cima, esteras azules que hace un año no estaban. El distrito, fundado en 1989 sobre un arenal junto a la Carretera Central, tiene hoy más de 420 000 habitantes y es uno de los que más rápido crece en Lima.

Cada año se ocupan unas veinte hectáreas de ladera. Las familias llegan desde Huancavelica, Ayacucho y Junín, pero también desde los distritos antiguos de la capital, donde alquilar un cuarto cuesta lo mismo que pagar la cuota de un lote en el cerro.

La alcaldesa Yolanda Cusirramos Peralta reconoce que la municipalidad corre detrás del crecimiento. «Hacemos escaleras y muros donde ya vive gente; lo que no podemos es planificar, porque cuando llegamos, la invasión ya está», dice en su despacho, frente a un mapa lleno de alfileres rojos.

Urbanistas consultados advierten que sin un plan metropolitano de vivienda social, los cerros del este seguirán llenándose de casas en zonas de riesgo. La Municipalidad Distrital de Villa Kusikuy estima que 38 000 personas viven sobre pendientes de más de 30 grados.""",
        m="A I",
        t="obras",
        tone="0",
        note="a national feature on urban growth; our works as a response, balanced",
    ),
    S(
        "vk112",
        "peruahora",
        "2026-11-10T08:15:00-05:00",
        "Los traficantes de terrenos que lotizan los cerros del este",
        """Los lotes se venden por WhatsApp, con fotos tomadas desde un dron: 120 metros cuadrados en la parte alta de Quebrada Yanaqocha a 6 500 soles, con «constancia de posesión incluida». Perú Ahora siguió durante un mes a una red de traficantes que opera en los cerros de Villa Kusikuy y Cerro Chiripa.

Los compradores reciben un papel con sello que, según los vendedores, les permitirá acceder a los servicios. El regidor Fermín Arangoitia Salas asegura que algunos de esos documentos tienen firmas de funcionarios de la Municipalidad de Villa Kusikuy. «Sin un sello municipal, esta mafia no vendería ni un lote», afirmó.

La municipalidad sostiene que no emite constancias de posesión en zonas de riesgo desde 2023 y que los documentos que circulan son falsificados. Anunció que denunciará a quienes usen sus sellos.

Mientras tanto, en la cima del cerro, nuevas familias levantan sus esteras cada semana.""",
        m="I R",
        tone="-",
        note="land trafficking; the regidor accuses municipal officials, the municipality denies: negative; none of the five topics",
    ),
    S(
        "vk113",
        "peruahora",
        "2026-11-16T09:50:00-05:00",
        "Encuesta: solo tres alcaldes de Lima superan el 50 % de aprobación",
        """Una encuesta de una universidad privada aplicada a 4 200 personas en los 43 distritos de Lima Metropolitana revela que solo tres alcaldes distritales superan el 50 % de aprobación en sus jurisdicciones.

El mejor evaluado es el alcalde de San Borja, con 61 %, seguido por los de Jesús María y Magdalena. En la parte baja de la tabla aparecen varios alcaldes del cono este: la alcaldesa de Villa Kusikuy, Yolanda Cusirramos, ocupa el puesto 21 con 34 %, y el alcalde de Cerro Chiripa, hoy en prisión preventiva, cierra la lista con 9 %.

El alcalde metropolitano Gustavo Eyzaguirre registra 38 % de aprobación. La inseguridad ciudadana es el principal problema mencionado por los encuestados en todos los distritos.""",
        m="A",
        about=False,
        note="a metropolitan ranking that names the Mayor in passing with her figure: not about us",
    ),
    S(
        "vk114",
        "peruahora",
        "2026-11-18T13:05:00-05:00",
        "Sutrán suspende a la empresa del bus que cayó al abismo en Puno",
        """La Superintendencia de Transporte Terrestre suspendió por noventa días la autorización de la empresa juliaqueña cuyo bus cayó a un abismo en la vía Juliaca-Huancané, accidente en el que murieron seis pasajeros.

La fiscalización encontró que el chofer había manejado más de diez horas seguidas y que dos unidades de la flota tenían el tacógrafo desconectado. La propietaria, Yolanda Cusirramos Ticona, anunció que impugnará la medida. «Nos están haciendo responsables de un accidente causado por el mal estado de la carretera», afirmó.

Los familiares de las víctimas exigen una indemnización.""",
        about=False,
        note="namesake: the Juliaca entrepreneur (compare vk044)",
    ),
    S(
        "vk115",
        "peruahora",
        "2026-11-22T11:40:00-05:00",
        "Lima reabre la planta de residuos de Huachipa tras el reclamo de los alcaldes del este",
        """La Municipalidad Metropolitana de Lima reabrirá el lunes la planta de transferencia de residuos sólidos de Huachipa, cerrada hace tres semanas por observaciones sanitarias, luego de que los alcaldes de Lima Este advirtieran que la basura empezaba a acumularse en sus distritos.

La planta funcionará con un nuevo operador y horarios ampliados. El alcalde metropolitano Gustavo Eyzaguirre indicó que se corrigieron las deficiencias en el tratamiento de lixiviados.

La alcaldesa de Villa Kusikuy, Yolanda Cusirramos, una de las que encabezó el reclamo, calificó la reapertura como «un triunfo de los vecinos del este» y dijo que sus camiones podrán recuperar los dos viajes diarios que perdieron. «Ojalá la próxima vez nos consulten antes de cerrar», añadió.""",
        m="A",
        t="limpieza",
        tone="0",
        note="another government's decision, welcomed by our Mayor: about our garbage service, neutral toward us",
    ),
    S(
        "vk116",
        "peruahora",
        "2026-11-23T15:30:00-05:00",
        "Kusikuy, el pueblo apurimeño donde el cóndor vuela sobre el toro",
        """A 3 600 metros de altura, en la provincia de Cotabambas, el pequeño pueblo de Kusikuy se prepara para su fiesta más importante: el Yawar Fiesta de diciembre, en la que un cóndor capturado en las alturas es amarrado al lomo de un toro.

La tradición, cuestionada por defensores de los animales, atrae cada año a cientos de visitantes. Los comuneros aseguran que el cóndor es liberado sin daño al final de la fiesta. «Es nuestra forma de agradecer a los apus», dice el presidente de la comunidad.

Kusikuy tiene unas 300 familias que viven del cultivo de papa y de la crianza de alpacas.""",
        about=False,
        note="a hamlet called Kusikuy in Apurímac",
    ),
    S(
        "vk117",
        "peruahora",
        "2026-11-25T08:30:00-05:00",
        "Aníbal Tresierra, el gerente que cambió la banca por los cerros",
        """Durante quince años, Aníbal Tresierra Mogollón administró carteras de créditos en un banco de San Isidro. Hace dos, aceptó la propuesta de ser gerente municipal de Villa Kusikuy, el distrito donde nació y donde su padre fue dirigente fundador.

«Me pagaban el triple, pero nunca sentí que mi trabajo cambiara algo», cuenta en su oficina del tercer piso del palacio municipal, con vista a la Carretera Central. Su primera decisión fue digitalizar la cobranza de tributos; la segunda, publicar los recorridos del serenazgo.

Sus críticos, empezando por el regidor de oposición, lo acusan de manejar la municipalidad como una empresa y de concentrar todas las decisiones. Tresierra lo admite a medias: «Algo de eso hay; aquí las cosas se tienen que hacer rápido».

Tiene 46 años, dos hijos y todavía vive a cinco cuadras de la casa donde creció.""",
        m="G",
        tone="0",
        note="a profile with praise and criticism; 'el regidor de oposición' unnamed is not a mention",
    ),
    S(
        "vk118",
        "peruahora",
        "2026-11-27T10:10:00-05:00",
        "Eyzaguirre y Cusirramos inauguran el parque zonal Huayrapampa",
        """Lima Este tiene un nuevo pulmón verde. El alcalde metropolitano Gustavo Eyzaguirre y la alcaldesa de Villa Kusikuy, Yolanda Cusirramos Peralta, inauguraron el parque zonal Huayrapampa, de doce hectáreas, construido por la Municipalidad Metropolitana de Lima en terrenos donados por la comuna kusikuyna.

El parque tiene una laguna artificial, canchas sintéticas, un anfiteatro y un vivero. Su riego se hace con aguas residuales tratadas en una planta propia. Es el primer parque zonal del este en doce años.

Cusirramos agradeció la obra, pero recordó que la donación del terreno se hizo en 2019. «Más vale tarde que nunca», dijo entre risas. Según el convenio, la Municipalidad de Villa Kusikuy asumirá la seguridad y la limpieza del entorno.""",
        m="A I",
        t="obras",
        tone="+",
        note="a metropolitan park in our district inaugurated with our Mayor on land we donated; the MML is not us but the story concerns us",
    ),
    S(
        "vk119",
        "peruahora",
        "2026-11-29T09:20:00-05:00",
        "Serenos de Villa Kusikuy patrullarán con cámaras en el pecho",
        """Doscientos serenos de Villa Kusikuy empezarán a patrullar desde diciembre con cámaras corporales que grabarán cada intervención, una medida que la municipalidad adoptó tras el video en el que cuatro serenos agredían a una vendedora.

Las cámaras graban en alta definición y envían las imágenes a la central de videovigilancia. El gerente municipal Aníbal Tresierra dijo que servirán para proteger a los vecinos de abusos y a los serenos de denuncias falsas. «Lo que no está grabado, no existió», resumió.

La Municipalidad de Villa Kusikuy invirtió 680 000 soles en el equipamiento. Es el primer serenazgo del este de Lima en usarlas.""",
        m="I G",
        t="seguridad",
        tone="+",
        note="body cameras for serenos (a response to vk027)",
    ),
    S(
        "vk120",
        "peruahora",
        "2026-12-01T07:40:00-05:00",
        "Empresa de un aportante de campaña ganó S/ 12 millones en obras de Villa Kusikuy",
        """Una constructora cuyo gerente general aportó 40 000 soles a la campaña de la alcaldesa Yolanda Cusirramos Peralta en 2022 obtuvo desde entonces cinco contratos de obras con la Municipalidad Distrital de Villa Kusikuy por un total de 12 millones de soles, según documentos revisados por Perú Ahora.

Entre los contratos figuran dos tramos de escaleras en Nueva Jerusalén y el muro de contención de Los Cedros, hoy paralizado. En tres de los procesos, la empresa fue el único postor.

La alcaldesa negó cualquier favorecimiento. «Yo no integro los comités de selección; si la empresa ganó, fue porque cumplió los requisitos», respondió a través de su oficina de prensa. Añadió que la municipalidad resolvió uno de los contratos por incumplimiento, lo que a su juicio demuestra que no hay trato preferente.""",
        m="A I",
        t="obras",
        tone="-",
        note="an investigation into contracts to a campaign donor, denied",
    ),
    S(
        "vk121",
        "peruahora",
        "2026-12-02T12:25:00-05:00",
        "Detienen a alcaldesa de distrito arequipeño por cobrar coimas a comerciantes",
        """La alcaldesa de un distrito de la provincia de Arequipa fue detenida en flagrancia por la Policía y la Fiscalía Anticorrupción cuando recibía 5 000 soles de un comerciante a cambio de una licencia de funcionamiento.

La burgomaestra, cuyo nombre se mantiene en reserva por disposición fiscal, fue trasladada a la sede de la Dirección contra la Corrupción. En la intervención se incautaron billetes fotocopiados previamente por los investigadores.

El concejo de ese distrito se reunirá mañana para encargar el despacho.""",
        about=False,
        note="'la alcaldesa' and 'la burgomaestra' of an unnamed Arequipa district; not ours",
    ),
    S(
        "vk122",
        "peruahora",
        "2026-12-03T09:05:00-05:00",
        "Dos mil mujeres se hacen mamografías gratuitas en Villa Kusikuy",
        """En tres días de campaña, 2 040 mujeres de entre 40 y 69 años se realizaron mamografías gratuitas en el mamógrafo móvil que la Municipalidad de Villa Kusikuy alquiló a una institución especializada en cáncer. Cuarenta y tres fueron derivadas para estudios complementarios.

La teniente alcaldesa Ruth Chumpitaz Lévano, que coordinó la campaña, señaló que para la mayoría era su primera mamografía. «Muchas nunca se la habían hecho porque en el hospital la cita demora cuatro meses», explicó.

La municipalidad anunció que repetirá la campaña en abril en la parte alta del distrito.""",
        m="I T",
        t="salud",
        tone="+",
        note="a breast cancer screening campaign",
    ),
    S(
        "vk123",
        "peruahora",
        "2026-12-03T20:45:00-05:00",
        "Cobran predial a casas de esteras en los cerros; alcaldesa suspende las notificaciones",
        """Familias que viven en casas de esteras y triplay en la parte alta de Nueva Jerusalén recibieron notificaciones de la Municipalidad Distrital de Villa Kusikuy que les exigen el pago del impuesto predial de los últimos tres años, con montos de hasta 900 soles.

«No tenemos ni agua, ni luz, ni título, y nos cobran como si fuera una casa de material noble», reclamó Eufemia Ccori, que vive con sus cuatro hijos en un cuarto de doce metros. Las notificaciones se generaron tras el último barrido catastral con drones.

La alcaldesa Yolanda Cusirramos ordenó suspender las notificaciones en las zonas sin habilitación urbana y atribuyó el problema a «un error de criterio» de la empresa que hizo el catastro. Pero muchas familias ya habían pagado la primera cuota por temor a perder su lote.""",
        m="I A",
        t="tributos",
        tone="-",
        note="mixed: a wrong tax charge to the poorest, then suspended; headline and weight negative",
    ),
    S(
        "vk124",
        "peruahora",
        "2026-12-04T08:00:00-05:00",
        "Crónica: dos horas para recorrer once kilómetros en la Carretera Central",
        """Son las 5 y 40 de la mañana en el paradero Las Torrecitas y ya hay más de doscientas personas esperando. Las combis pasan llenas, con el cobrador colgado de la puerta. Cuando por fin una se detiene, la gente corre, empuja y sube como puede.

El trayecto hasta la avenida Grau, de apenas once kilómetros, toma casi dos horas. En el camino hay un semáforo que dura cuatro minutos, un carril cerrado por obras de la empresa de agua y un cruce de tráilers que salen de los depósitos de Huachipa.

Para cruzar la pista hasta el paradero, los vecinos esquivan los vehículos entre las vigas oxidadas del puente peatonal que la Municipalidad de Villa Kusikuy empezó a construir hace más de un año. «Ese puente ya es parte del paisaje, como los cerros; nadie espera verlo terminado», dice con sorna una vendedora de emoliente.

La Autoridad de Transporte Urbano asegura que la nueva ruta de buses alimentadores empezará a operar en marzo.""",
        m="I",
        t="obras",
        tone="-",
        note="a commuting chronicle with a sarcastic paragraph on our unfinished footbridge: about us (obras, negative)",
    ),
    S(
        "vk125",
        "peruahora",
        "2026-12-04T23:55:00-05:00",
        "La Carretera Central, entre las cinco vías más peligrosas del país",
        """La Carretera Central figura entre las cinco vías con más accidentes mortales del país, según el último informe del Observatorio Nacional de Seguridad Vial, que registró 148 fallecidos en su recorrido durante 2026.

El tramo más crítico es el que atraviesa los distritos de Ate, Santa Rosa de Collanay, Villa Kusikuy y Chaclacayo, donde la mayoría de víctimas son peatones atropellados al cruzar la pista. Le siguen los tramos de Ticlio y La Oroya, con accidentes de vehículos de carga.

El observatorio recomienda construir pasos peatonales a desnivel, reducir la velocidad máxima a 50 kilómetros por hora en las zonas urbanas y reforzar la fiscalización de los buses interprovinciales.""",
        about=False,
        note="five minutes before midnight Lima; a national ranking of roads naming the district as a place",
    ),
    # --- Kusikuy al Día: district site without a feed, followed through its section page ----------------------------------
    S(
        "vk126",
        "kaldia",
        "2026-11-05T10:00:00-05:00",
        "Tresierra ordena auditoría interna a Logística tras la denuncia de un extrabajador",
        """El gerente municipal Aníbal Tresierra Mogollón dispuso una auditoría interna a la oficina de Logística de la Municipalidad Distrital de Villa Kusikuy, luego de que un exjefe de esa área presentara denuncias públicas contra la gestión.

La revisión abarcará las órdenes de servicio y de compra emitidas entre enero y julio, un periodo en el que, según la gerencia, se detectaron compras sin la documentación completa. El informe estará listo en cuarenta y cinco días y será remitido al Órgano de Control Institucional.

Tresierra dijo que la auditoría «no es una respuesta a nadie» y que se trata de un procedimiento ordinario cada vez que cambia un jefe de área.""",
        m="G I",
        tone="0",
        note="an internal audit announced: neutral, no topic",
    ),
    S(
        "vk127",
        "kaldia",
        "2026-11-04T09:30:00-05:00",
        "Mercado Modelo estrena contenedores soterrados y se despide del basural de la puerta",
        """Los comerciantes del Mercado Modelo ya no tienen que esquivar el cerro de bolsas que se formaba cada tarde en la puerta principal. Desde el lunes funcionan cuatro contenedores soterrados de cinco metros cúbicos cada uno, que la Municipalidad de Villa Kusikuy instaló bajo la vereda de la avenida Inti Raymi.

Los contenedores se vacían con un camión grúa dos veces al día y tienen bocas separadas para orgánicos y reciclables. El subgerente de Limpieza Pública Teodoro Pillaca explicó que el sistema reduce los malos olores y evita que los perros rompan las bolsas.

«Antes vendíamos frutas al lado de la basura, era una vergüenza», dijo Sabina Huarcaya, vendedora de la sección de frutas. La subgerencia evalúa replicar el sistema en el mercado Virgen de Chapi.""",
        m="I L",
        t="limpieza",
        tone="+",
        note="underground containers at the market",
    ),
    S(
        "vk128",
        "kaldia",
        "2026-11-05T20:15:00-05:00",
        "Miles acompañan la procesión del Señor de los Milagros por Villa Kusikuy",
        """Más de ocho mil fieles acompañaron el domingo el recorrido de la imagen del Señor de los Milagros de la parroquia San Martín de Porres, que durante once horas recorrió las principales calles de Villa Kusikuy entre alfombras de flores y aserrín de colores.

La hermandad, formada por 140 cargadores, dio la vuelta por la avenida Inti Raymi, el Mercado Modelo y la Plaza Cívica. En la cuadra tres de la avenida Las Torrecitas, la alcaldesa Yolanda Cusirramos cargó el anda por unos minutos junto a dirigentes vecinales, como es tradición.

Las sahumadoras y cantoras acompañaron el recorrido hasta la medianoche, cuando la imagen volvió al templo entre aplausos y fuegos artificiales.""",
        m="A",
        about=False,
        note="a religious procession; the Mayor carrying the litter for a few minutes is a passing mention, not about us",
    ),
    S(
        "vk129",
        "kaldia",
        "2026-11-06T12:20:00-05:00",
        "Arangoitia: municipio gastó S/ 310 000 en publicidad en un año",
        """El regidor Fermín Arangoitia Salas presentó un pedido de información en el que, según su análisis de las órdenes de servicio publicadas, la Municipalidad Distrital de Villa Kusikuy gastó 310 000 soles en publicidad radial, paneles y contenido para redes sociales entre noviembre de 2025 y octubre de 2026.

«Son paneles con la cara de la alcaldesa en cada obra; eso no es información, es campaña», sostuvo el concejal. Comparó la cifra con los 120 000 soles que la municipalidad destinó al programa de alimentación de adultos mayores.

La oficina de Imagen Institucional respondió que la publicidad es obligatoria para difundir las campañas tributarias y de salud, y que el gasto se ajusta a la ley.""",
        m="R I",
        tone="-",
        note="the opposition regidor questions advertising spending; no topic",
    ),
    S(
        "vk130",
        "kaldia",
        "2026-11-09T08:45:00-05:00",
        "Empieza la construcción del mercado municipal de Los Cedros",
        """Las excavadoras entraron el lunes al terreno de la avenida Túpac Amaru donde se levantará el mercado municipal de Los Cedros, un edificio de dos pisos con 180 puestos, cámaras de frío y un patio de comidas.

La alcaldesa Yolanda Cusirramos Peralta colocó la primera piedra junto con los 180 comerciantes que hoy venden en carpas sobre la vereda. La obra, a cargo de la Municipalidad de Villa Kusikuy, costará 8,6 millones de soles y debe estar lista en catorce meses.

«Veinte años vendiendo en el suelo, con sol y con polvo; ahora sí vamos a tener un techo», dijo Eleodora Castro, presidenta de la asociación de comerciantes.""",
        m="A I",
        t="obras",
        tone="+",
        note="start of a municipal market construction",
    ),
    S(
        "vk131",
        "kaldia",
        "2026-11-11T18:40:00-05:00",
        "Tras la final de la Copa Kusikuy, la alcaldesa promete grass sintético para Los Molles",
        """El equipo Estrella de Yanaqocha se consagró campeón de la Copa Kusikuy de fútbol de barrios al vencer por penales a Juventud Pampa Grande, en una final que llenó las tribunas de la cancha de tierra del sector Los Molles.

Al entregar la copa, la alcaldesa Yolanda Cusirramos anunció que la cancha tendrá grass sintético, iluminación y camerinos en 2027. «Esta cancha ha visto crecer a tres generaciones; se merece algo mejor que el polvo», dijo, mientras los jugadores la levantaban en hombros.

Los dirigentes de la liga distrital recordaron que la misma promesa se hizo en 2024. La Municipalidad de Villa Kusikuy indicó que el expediente técnico ya está en elaboración y que la obra costaría 1,3 millones de soles.""",
        m="A I",
        t="obras",
        tone="0",
        note="a promise of works at a football final, with a reminder of a past broken promise: neutral",
    ),
    S(
        "vk132",
        "kaldia",
        "2026-11-12T09:10:00-05:00",
        "Ya se pueden pagar los arbitrios con billetera digital",
        """Desde esta semana, los contribuyentes de Villa Kusikuy pueden pagar el impuesto predial y los arbitrios con las billeteras digitales más usadas del país, escaneando un código QR impreso en su cuponera o desde la web municipal.

El gerente municipal Aníbal Tresierra informó que en los primeros cuatro días se registraron 2 300 pagos por ese medio, la mayoría de contribuyentes que antes hacían cola en la plaza cívica. «Un vecino de Yanaqocha perdía medio día para pagar veinte soles; ahora lo hace en un minuto», dijo.

La Municipalidad de Villa Kusikuy no cobra comisión por el servicio.""",
        m="G I",
        t="tributos",
        tone="+",
        note="digital tax payments, with uptake figures",
    ),
    S(
        "vk133",
        "kaldia",
        "2026-11-14T22:30:00-05:00",
        "Serenos recuperan mototaxi robada a los quince minutos",
        """Un mototaxista del sector Virgen de Chapi recuperó su vehículo apenas quince minutos después de que dos hombres se lo arrebataran a punta de cuchillo en el pasaje Los Pinos.

La víctima llamó a la central del serenazgo, que ubicó la mototaxi por las cámaras cuando bajaba hacia la Carretera Central. Una camioneta del serenazgo de la Municipalidad Distrital de Villa Kusikuy la interceptó en la avenida Inti Raymi; uno de los asaltantes fue reducido y entregado a la Policía, y el otro escapó.

«Esa moto es todo lo que tengo para mantener a mis hijos», dijo el conductor, que agradeció a los serenos.""",
        m="I",
        t="seguridad",
        tone="+",
        note="serenazgo recovers a stolen mototaxi",
    ),
    S(
        "vk134",
        "kaldia",
        "2026-11-19T11:00:00-05:00",
        "«No se cierra el policlínico»: municipio contrata cuatro médicos para la tarde",
        """La Municipalidad de Villa Kusikuy desmintió que el policlínico municipal vaya a cerrar, como se difundió en redes sociales, y anunció que desde el lunes el turno de la tarde vuelve a atender con cuatro médicos recién contratados.

«No es cierto que vayamos a cerrar el policlínico ni a privatizarlo; hubo un retraso en la renovación de contratos y ya está resuelto», explicó el gerente municipal Aníbal Tresierra Mogollón. Los médicos que dejaron de atender recibieron los honorarios que se les adeudaban.

El policlínico atiende unas 300 consultas diarias. Se habilitarán además fichas por teléfono para los adultos mayores.""",
        m="I G",
        t="salud",
        tone="+",
        note="negation: 'no se cierra', 'no es cierto'; the problem of vk049 fixed",
    ),
    S(
        "vk135",
        "kaldia",
        "2026-11-20T16:25:00-05:00",
        "Regidora de Huertos de Lurinmayo presidirá la red de regidoras de Lima",
        """La regidora del distrito de Huertos de Lurinmayo Milagros Chumpitaz Lévano fue elegida presidenta de la red de regidoras de Lima Metropolitana, que agrupa a 160 concejalas de los 43 distritos.

Chumpitaz Lévano, abogada de 38 años, anunció que su prioridad será impulsar ordenanzas contra el acoso político a las mujeres en los concejos. «Todavía hay sesiones en las que a una regidora no la dejan hablar», afirmó.

La elección se realizó en el auditorio de la Municipalidad Metropolitana de Lima con la participación de 94 regidoras.""",
        about=False,
        note="namesake: another district's regidora with both of our teniente alcaldesa's surnames",
    ),
    S(
        "vk136",
        "kaldia",
        "2026-11-23T07:50:00-05:00",
        "Dos días después de la feria, la basura sigue en la Plaza Cívica",
        """La feria de fin de semana terminó el domingo por la noche, pero el martes por la mañana la Plaza Cívica seguía llena de vasos descartables, cajas de cartón y restos de comida. Los vecinos calculan que quedaron unas ocho toneladas de desechos.

«La feria la organizó el municipio, cobraron a cada puesto y nadie se acordó de limpiar», reclamó Aurelio Mancilla, que vive frente a la plaza. Los perros y las palomas se repartieron los restos durante dos días.

Recién el martes a mediodía llegaron las cuadrillas de barrido de la Municipalidad Distrital de Villa Kusikuy, que atribuyó la demora a que los camiones estaban asignados a los cerros.""",
        m="I",
        t="limpieza",
        tone="-",
        note="garbage left after a municipal fair",
    ),
    S(
        "vk137",
        "kaldia",
        "2026-11-24T10:35:00-05:00",
        "Zanjas abiertas de la empresa de agua: la alcaldesa exige reponer las pistas",
        """Las zanjas que abrió la empresa de agua potable en seis calles de Los Molles para cambiar las tuberías de desagüe siguen abiertas tres meses después. Las pistas, pavimentadas por la municipalidad en 2024, quedaron destrozadas.

La alcaldesa Yolanda Cusirramos envió una carta notarial a la empresa en la que le exige reponer el pavimento en un plazo de treinta días. «Nosotros invertimos 1,8 millones en esas pistas; no es justo que las rompan y se vayan», declaró.

La empresa respondió que la reposición está programada para enero. Mientras tanto, los vecinos cruzan las zanjas sobre tablones.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor demanding that the water utility repair our streets: neutral toward us, obras",
    ),
    S(
        "vk138",
        "kaldia",
        "2026-11-26T13:15:00-05:00",
        "Decomisan 200 kilos de carne en mal estado en la feria de la Plaza Cívica",
        """Inspectores sanitarios de la Municipalidad de Villa Kusikuy decomisaron el domingo unos 200 kilos de carne de res y de pollo que se vendían sin refrigeración en cinco puestos de la feria de fin de semana de la Plaza Cívica.

Parte de la carne tenía mal olor y coloración verdosa, según el acta de intervención. Los productos fueron desnaturalizados con cal frente a los comerciantes y enviados al relleno sanitario. Los cinco puestos fueron retirados de la feria.

La municipalidad recordó que los vendedores de alimentos deben contar con carnet de sanidad y conservadoras con hielo, y anunció que las inspecciones se repetirán cada fin de semana hasta las fiestas de fin de año.""",
        m="I",
        t="salud",
        tone="+",
        note="food safety inspections with results",
    ),
    S(
        "vk139",
        "kaldia",
        "2026-11-27T09:40:00-05:00",
        "Vacunación contra la influenza y el sarampión llega a los mercados del distrito",
        """Quien vaya de compras al Mercado Modelo o al mercado Virgen de Chapi esta semana podrá vacunarse contra la influenza y el sarampión en los módulos que la Municipalidad de Villa Kusikuy instaló junto con el centro de salud.

Las vacunas son gratuitas y se aplican a niños, gestantes, adultos mayores y personas con enfermedades crónicas. Solo hay que llevar el DNI. Los módulos atienden de ocho de la mañana a cuatro de la tarde.

La campaña busca vacunar a 12 000 personas antes de las fiestas de fin de año.""",
        m="I",
        t="salud",
        tone="0",
        note="a vaccination campaign announced; a notice, neutral",
    ),
    S(
        "vk140",
        "kaldia",
        "2026-11-28T21:20:00-05:00",
        "Felicitaciones al serenazgo: llegó apenas noventa minutos después",
        """Queremos felicitar públicamente al serenazgo por su extraordinaria velocidad. El sábado a las ocho de la noche, vecinos del pasaje Los Álamos llamaron a la central porque tres jóvenes estaban forzando la puerta de una casa. La camioneta llegó a las nueve y media, cuando los ladrones ya se habían ido con un televisor, una laptop y una bicicleta.

«Les dijimos que estaban robando en ese momento; nos contestaron que no había unidades», contó la dueña de la casa. Los vecinos grabaron toda la escena desde sus ventanas.

Consultada por este medio, la Municipalidad de Villa Kusikuy informó que esa noche cuatro camionetas estaban asignadas a un operativo en Pampa Grande. Eso sí, la cámara más cercana funcionaba: grabó todo con excelente nitidez.""",
        m="I",
        t="seguridad",
        tone="-",
        note="sarcasm ('felicitar', 'extraordinaria velocidad', 'excelente nitidez') about a late serenazgo",
    ),
    S(
        "vk141",
        "kaldia",
        "2026-12-01T10:05:00-05:00",
        "Regidor Arangoitia propone descuento de arbitrios para adultos mayores solos",
        """El regidor Fermín Arangoitia presentó un proyecto de ordenanza para otorgar un descuento del 50 % en los arbitrios a los adultos mayores que viven solos y cuyos ingresos no superan la remuneración mínima.

Según el regidor, en el distrito hay unas 4 000 personas en esa situación. «Muchos abuelitos dejan de comer para pagar sus arbitrios», dijo. Calculó que la medida costaría unos 700 000 soles al año.

El proyecto será evaluado por la comisión de Economía y Rentas, que debe pronunciarse en treinta días.""",
        m="R",
        t="tributos",
        tone="0",
        note="a council member's proposal: neutral",
    ),
    S(
        "vk142",
        "kaldia",
        "2026-12-02T15:30:00-05:00",
        "Nuevo contrato con el relleno sanitario sube el costo por tonelada",
        """La Municipalidad Distrital de Villa Kusikuy firmó un nuevo contrato con la empresa que opera el relleno sanitario de la zona este, que eleva el costo de disposición final de 38 a 46 soles por tonelada.

El gerente municipal Aníbal Tresierra explicó que el aumento responde al ajuste de tarifas aprobado por la autoridad ambiental y que no se trasladará a los arbitrios de 2027. El subgerente de Limpieza Pública, Teodoro Pillaca, precisó que el distrito lleva unas 290 toneladas diarias al relleno.

El contrato tiene una vigencia de tres años.""",
        m="I G L",
        t="limpieza",
        tone="0",
        note="a contract notice with a cost increase explained: neutral",
    ),
    S(
        "vk143",
        "kaldia",
        "2026-12-03T11:20:00-05:00",
        "La alcaldesa de Huertos de Lurinmayo entrega 800 tablets a escolares",
        """La alcaldesa de Huertos de Lurinmayo, Pilar Ampuero Dávila, entregó 800 tablets a estudiantes de quinto de secundaria de los colegios públicos de su distrito, como parte de un programa de preparación preuniversitaria.

Las tablets vienen con clases grabadas y simulacros de examen de admisión. «Que ningún chico se quede sin postular a la universidad por no tener dónde estudiar», dijo la burgomaestra.

El programa costó 950 000 soles.""",
        about=False,
        note="a neighbouring mayoress's programme; not us",
    ),
    S(
        "vk144",
        "kaldia",
        "2026-12-04T19:45:00-05:00",
        "Rendición de cuentas: aplausos por las escaleras, reclamos por la basura",
        """La audiencia pública de rendición de cuentas de la Municipalidad de Villa Kusikuy duró cuatro horas y dejó de todo. La alcaldesa Yolanda Cusirramos presentó un balance con 22 obras terminadas en el año, entre ellas 30 tramos de escaleras, dos muros de contención y las pistas de Pampa Grande.

Los dirigentes de los cerros aplaudieron las escaleras, pero cuando se abrió el micrófono llovieron los reclamos por el recojo de basura. «Las escaleras están bonitas, pero las bajamos cargando la basura hasta la pista», dijo una dirigente de Yanaqocha.

El subgerente de Limpieza Pública, Teodoro Pillaca, respondió que las nuevas compactadoras llegarán en el primer trimestre. El regidor Fermín Arangoitia cuestionó que no se presentara la ejecución presupuestal por proyecto.""",
        m="I A L R",
        t="obras limpieza",
        tone="0",
        note="an accountability hearing, mixed: praise for works, complaints about garbage",
    ),
    S(
        "vk145",
        "kaldia",
        "2026-12-05",
        "Desde enero, multas a quien saque la basura fuera del horario",
        """La subgerencia de Limpieza Pública empezará a multar desde el 2 de enero a los vecinos y comerciantes que dejen bolsas de basura en la vía pública fuera del horario de recojo de su sector, anunció el subgerente Teodoro Pillaca Yauri.

La multa será de 110 soles para viviendas y de 550 para comercios. Diciembre será un mes de advertencia: los inspectores dejarán notificaciones preventivas y repartirán volantes con los horarios de cada ruta.

Pillaca pidió a los vecinos revisar los horarios en las redes sociales de la municipalidad. «No queremos multar a nadie; queremos que las esquinas dejen de ser basurales», dijo.""",
        m="L",
        t="limpieza",
        tone="0",
        note="date-only; an announcement of fines, neutral",
    ),
    # --- El Vecino del Este: regional web, teasers in RSS, full text on the page ------------------------------------------
    S(
        "vk146",
        "vecinoeste",
        "2026-11-09T07:15:00-05:00",
        "Robos en combis de la Carretera Central se triplican en un año",
        """Los robos a pasajeros dentro de combis y coasters que circulan por la Carretera Central pasaron de 190 a 610 denuncias entre enero y octubre, según cifras de la Región Policial Lima. La modalidad más frecuente es la de delincuentes que suben como pasajeros y, a mitad del trayecto, amenazan a todos con armas.

Los tramos más afectados están entre Ate y Chaclacayo, en particular los paraderos de Santa Rosa de Collanay, Villa Kusikuy y Cerro Chiripa, donde los asaltantes bajan y huyen hacia los cerros.

La Policía anunció que agentes vestidos de civil viajarán en las unidades de las rutas con más denuncias. Los transportistas piden cámaras dentro de los vehículos con conexión a las comisarías.""",
        about=False,
        note="police figures naming the district's bus stops among others; no municipal angle",
    ),
    S(
        "vk147",
        "vecinoeste",
        "2026-11-11T16:00:00-05:00",
        "Escaleras nuevas, barandas robadas: Yanaqocha reclama a dos meses de la entrega",
        """Las escaleras que la Municipalidad de Villa Kusikuy entregó en setiembre en el sector B de Quebrada Yanaqocha ya no tienen barandas en cuatro de sus seis tramos. Los tubos de fierro fueron arrancados, según los vecinos, por recicladores informales que los venden por kilo.

«Nadie vigila; las barandas estaban soldadas con dos puntos y se salen con la mano», reclamó Aurelia Ccanto, que baja cada mañana con su hija de tres años. Los vecinos señalan que ya hubo dos caídas de adultos mayores.

La gerencia de Obras indicó que repondrá las barandas con anclajes de concreto, pero que la obra ya salió del periodo de garantía del contratista. Los dirigentes cuestionan que una obra entregada hace dos meses tenga que repararse con más dinero.""",
        m="I",
        t="obras",
        tone="-",
        note="stairway railings gone two months after delivery",
    ),
    S(
        "vk148",
        "vecinoeste",
        "2026-11-13T09:30:00-05:00",
        "Chumpitaz pide al Minsa reabrir el turno noche del centro de salud",
        """La teniente alcaldesa de Villa Kusikuy, Ruth Chumpitaz Lévano, pidió a la Dirección de Redes Integradas de Salud de Lima Este que restituya el turno de noche del Centro de Salud Villa Kusikuy, suspendido desde octubre por falta de personal.

«Una madre con un niño con fiebre a medianoche tiene que tomar un taxi hasta Vitarte; eso es inaceptable en un distrito de cuatrocientos mil habitantes», dijo Chumpitaz en una carta entregada a la Diris. Ofreció que la municipalidad financie la seguridad del establecimiento durante la noche.

La Diris respondió que evalúa contratar a tres médicos para ese turno en enero.""",
        m="T",
        t="salud",
        tone="0",
        note="our teniente alcaldesa asks the Ministry's health network (not us) to reopen a night shift: neutral, salud",
    ),
    S(
        "vk149",
        "vecinoeste",
        "2026-11-21T12:10:00-05:00",
        "Teniente alcalde asume la alcaldía de Cerro Chiripa",
        """El teniente alcalde de Cerro Chiripa, Rómulo Pizarro Ccencho, juró ayer como alcalde encargado de ese distrito, luego de que el Poder Judicial dictara prisión preventiva contra el titular, Wilfredo Cusirramos Tito.

Pizarro prometió revisar todos los contratos de obras firmados en los últimos dos años y colaborar con la Fiscalía. «Aquí nadie va a tapar nada», dijo en la sesión extraordinaria, a la que asistieron decenas de vecinos.

El alcalde encargado pidió a los trabajadores municipales que no se dejen llevar por rumores de despidos.""",
        about=False,
        note="another district's teniente alcalde takes over; the namesake Mayor in prison",
    ),
    S(
        "vk150",
        "vecinoeste",
        "2026-11-22T19:50:00-05:00",
        "Barrido nocturno llegará a los nueve kilómetros de la Carretera Central",
        """A partir de diciembre, cuadrillas de barrido trabajarán de diez de la noche a cuatro de la mañana en los nueve kilómetros de la Carretera Central que atraviesan Villa Kusikuy, anunció el subgerente de Limpieza Pública Teodoro Pillaca Yauri.

El trabajo nocturno permitirá limpiar las bermas y los paraderos sin el riesgo del tráfico del día. Se contratarán 40 barredores adicionales, que tendrán chalecos reflectivos y apoyo de una camioneta del serenazgo.

Según la subgerencia, en los paraderos de la carretera se recogen cada día unas seis toneladas de residuos, la mayoría envases de comida y bebidas.""",
        m="L",
        t="limpieza",
        tone="0",
        note="an announcement of night sweeping: neutral",
    ),
    S(
        "vk151",
        "vecinoeste",
        "2026-11-24T13:25:00-05:00",
        "Clausuran la cevichería «Donde la Yoli» tras la intoxicación de veinte comensales",
        """La Municipalidad Distrital de Villa Kusikuy clausuró temporalmente la cevichería «Donde la Yoli», en la avenida Las Torrecitas, luego de que veinte personas fueran atendidas por intoxicación tras almorzar en el local el domingo.

Los inspectores sanitarios encontraron pescado sin refrigeración, cocina sin lavadero y manipuladores sin carnet de sanidad. Muestras del ceviche fueron enviadas a un laboratorio.

La propietaria, Yolanda Quispe, conocida en el barrio como la Yoli, dijo que el pescado estaba fresco y que cumplirá con las observaciones para reabrir. Los afectados ya fueron dados de alta.""",
        m="I",
        t="salud",
        tone="0",
        note="a sanitary closure by the municipality; «la Yoli» here is the restaurant's owner, not the Mayor",
    ),
    S(
        "vk152",
        "vecinoeste",
        "2026-11-25T08:05:00-05:00",
        "Plataforma de pagos del municipio cobró dos veces el predial a cientos de vecinos",
        """Cientos de contribuyentes de Villa Kusikuy descubrieron que la plataforma virtual de la municipalidad les cobró dos veces la cuota del impuesto predial pagada el fin de semana. El error afectó a pagos con tarjeta hechos entre el sábado y el lunes.

«Me descontaron 380 soles dos veces y en la municipalidad me dicen que espere treinta días», reclamó Gilberto Arce, jubilado del sector Los Molles. En las redes del municipio kusikuyno se acumularon más de cuatrocientas quejas.

La oficina de Rentas atribuyó el problema a la pasarela de pagos del banco y aseguró que las devoluciones se harán en un plazo de quince días hábiles.""",
        m="I",
        t="tributos",
        tone="-",
        note="double charges in the tax payment platform",
    ),
    S(
        "vk153",
        "vecinoeste",
        "2026-11-28T06:20:00-05:00",
        "Huaico en Chaclacayo arrastra autos y deja veinte casas afectadas",
        """Un huaico bajó la noche del viernes por la quebrada Los Laureles, en Chaclacayo, y arrastró tres autos estacionados y afectó veinte viviendas, según el reporte del Centro de Operaciones de Emergencia Nacional.

Las lluvias intensas en las alturas de Huarochirí activaron varias quebradas de la cuenca del Rímac. Defensa Civil mantuvo en alerta a los distritos de Lurigancho, Villa Kusikuy, Cerro Chiripa y Santa Rosa de Collanay, donde no se registraron daños.

Los bomberos rescataron a una familia que quedó atrapada en el segundo piso de su casa.""",
        about=False,
        note="a mudslide elsewhere; the district named in an alert list",
    ),
    S(
        "vk154",
        "vecinoeste",
        "2026-12-01T17:40:00-05:00",
        "Los Cedros ya tiene su muro: terminan los 110 metros antes de las lluvias",
        """Los vecinos de la quebrada Los Cedros ya pueden dormir tranquilos. La Municipalidad de Villa Kusikuy terminó el muro de contención de 110 metros que estuvo paralizado desde agosto y que la nueva empresa concluyó en apenas cinco semanas de trabajo en dos turnos.

El muro, de concreto armado y cuatro metros de alto, protege a unas 180 viviendas ubicadas en la parte baja del cauce. La alcaldesa Yolanda Cusirramos recorrió la obra con los dirigentes, que le entregaron un diploma de agradecimiento.

«El año pasado dormíamos con los zapatos puestos por si bajaba el agua», recordó Próspero Ventura, vecino del sector.""",
        m="I A",
        t="obras",
        tone="+",
        note="the retaining wall finished (follow-up of vk012 and vk072)",
    ),
    S(
        "vk155",
        "vecinoeste",
        "2026-12-02T10:45:00-05:00",
        "Denuncian al regidor Arangoitia por empujar a un funcionario; él lo niega",
        """Un trabajador de la oficina de Tesorería denunció en la comisaría al regidor Fermín Arangoitia Salas por haberlo empujado contra un archivador cuando el concejal intentó ingresar a revisar documentos sin autorización.

Según la denuncia, el hecho ocurrió el viernes en el segundo piso del palacio municipal y fue presenciado por tres empleados. El trabajador presentó un certificado médico con dos días de descanso.

Arangoitia negó la agresión y sostuvo que se trata de una maniobra para impedir su labor de fiscalización. «Me niegan la información y ahora inventan una agresión; tengo el derecho de revisar los comprobantes de pago», dijo. La Municipalidad de Villa Kusikuy informó que el caso fue derivado a la comisión de ética del concejo.""",
        m="R I",
        tone="-",
        note="an accusation against our regidor, denied",
    ),
    S(
        "vk156",
        "vecinoeste",
        "2026-12-03T08:35:00-05:00",
        "Pampa Grande tendrá comisaría: municipio entrega terreno y Mininter construye",
        """El Ministerio del Interior y la Municipalidad Distrital de Villa Kusikuy firmaron un convenio para construir una nueva comisaría en el sector Pampa Grande, en un terreno municipal de 2 400 metros cuadrados junto a la avenida Inti Raymi.

La alcaldesa Yolanda Cusirramos Peralta, que venía reclamando más presencia policial, celebró el acuerdo. «Era el pedido número uno de los vecinos; hoy se cumple», dijo. La comisaría tendrá capacidad para 120 efectivos y su construcción empezará en abril.

El municipio se comprometió además a instalar treinta cámaras enlazadas con la nueva dependencia.""",
        m="I A",
        t="seguridad",
        tone="+",
        note="a new police station on municipal land: our Mayor's request answered",
    ),
    S(
        "vk157",
        "vecinoeste",
        "2026-12-03T15:55:00-05:00",
        "Serenazgo atendió 1 180 llamadas en noviembre: la mitad, por peleas y alcohol",
        """La central del serenazgo de Villa Kusikuy recibió 1 180 llamadas de emergencia en noviembre, según el reporte mensual que la Municipalidad de Villa Kusikuy publicó en su portal. El 49 % correspondió a peleas callejeras, consumo de alcohol en la vía pública y ruidos molestos.

Los robos y hurtos representaron el 22 % de las llamadas, y la violencia familiar el 11 %. El tiempo promedio de llegada de las unidades fue de 14 minutos, aunque en las zonas altas superó la media hora.

El reporte identifica a Pampa Grande y Las Torrecitas como los sectores con más incidencias, en especial los viernes y sábados entre las diez de la noche y las tres de la mañana.""",
        m="I",
        t="seguridad",
        tone="0",
        note="a monthly serenazgo report: neutral figures",
    ),
    S(
        "vk158",
        "vecinoeste",
        "2026-12-04T07:30:00-05:00",
        "Tresierra descarta renunciar: «No me voy por una denuncia falsa»",
        """El gerente municipal de Villa Kusikuy, Aníbal Tresierra Mogollón, descartó dejar el cargo mientras la Procuraduría investiga la denuncia del contratista que lo acusa de haber pedido una comisión por aprobar pagos de una obra.

«No me voy por una denuncia falsa; el que se va es porque tiene algo que esconder», dijo Tresierra, que entregó a la Fiscalía sus estados de cuenta y los de su familia. El regidor de oposición había pedido su salida inmediata.

La denuncia sigue en etapa preliminar.""",
        m="G",
        tone="-",
        note="the gerente refuses to resign over a bribery accusation: a story about the accusation",
    ),
    S(
        "vk159",
        "vecinoeste",
        "2026-12-04T12:40:00-05:00",
        "Seiscientos niños superan la anemia en un año de visitas casa por casa",
        """Seiscientos doce niños menores de tres años de Villa Kusikuy superaron la anemia en el último año gracias a un programa de visitas domiciliarias de la municipalidad, que cada semana lleva a sus casas suplementos de hierro, recetas y controles de hemoglobina.

La teniente alcaldesa Ruth Chumpitaz, que impulsa el programa desde 2025, explicó que 80 promotoras vecinales hacen el seguimiento de 1 900 niños. «Las mamás no dejaban el hierro por descuido, sino porque los niños lo vomitaban; con recetas y acompañamiento eso cambió», dijo.

La Municipalidad de Villa Kusikuy planea ampliar el programa a gestantes en 2027.""",
        m="T I",
        t="salud",
        tone="+",
        note="an anemia programme with results",
    ),
    S(
        "vk160",
        "vecinoeste",
        "2026-12-04T21:10:00-05:00",
        "Foro empresarial sobre seguridad en Lima Este reúne a ministro y alcaldes",
        """La Cámara de Comercio de Lima Este realizó su foro anual sobre seguridad e inversión, con la presencia del ministro del Interior, el alcalde metropolitano Gustavo Eyzaguirre y los alcaldes de Ate, Lurigancho y Chaclacayo, además de la alcaldesa de Villa Kusikuy, Yolanda Cusirramos, y el alcalde encargado de Cerro Chiripa.

Los empresarios presentaron una encuesta según la cual siete de cada diez negocios de la zona pagaron algún cupo a extorsionadores en el último año. El ministro anunció un fondo para que las cámaras privadas se conecten con las comisarías.

El foro concluyó con una declaración conjunta que pide acelerar la reforma policial.""",
        m="A",
        about=False,
        note="a regional event's guest list; the Mayor named only among the attendees",
    ),
    # --- Revista Ciudad y Poder: columns and analysis, full text in the description -------------------------------------
    S(
        "vk161",
        "ciudadpoder",
        "2026-11-10T06:00:00-05:00",
        "Columna | La alcaldesa que sube escaleras",
        """Hay alcaldes que gobiernan desde la camioneta y alcaldes que gobiernan desde el escritorio. Yolanda Cusirramos, alcaldesa de Villa Kusikuy, ha elegido una tercera vía, menos cómoda: gobierna subiendo escaleras. Las suyas, para ser precisos, las de concreto que su gestión ha ido colgando de los cerros como costuras.

Sesenta y cuatro tramos en tres años no resuelven la pobreza de las laderas, pero cambian algo que las estadísticas no miden bien: el tiempo. Una señora que bajaba veinticinco minutos por un sendero de tierra ahora baja en diez, y lo hace sin miedo a romperse la cadera. Eso, en un distrito donde la mitad de la población vive cuesta arriba, es política pública de la buena.

No todo es mérito. La Municipalidad de Villa Kusikuy tiene deudas serias en limpieza y sus muros de contención llegan, a veces, tarde. Pero en un país donde la obra pública suele ser un monumento al ego del alcalde, unas escaleras sin placa de bronce merecen una columna.""",
        m="A I",
        t="obras",
        tone="+",
        note="an opinion column praising the stairways, with a caveat",
    ),
    S(
        "vk162",
        "ciudadpoder",
        "2026-11-17T06:00:00-05:00",
        "Columna | El municipio de las fotos",
        """En Villa Kusikuy cada obra tiene su foto, cada foto tiene su panel y cada panel tiene la sonrisa de la alcaldesa Yolanda Cusirramos. Lo que no tiene foto es la basura de los cerros, que sigue ahí, semana tras semana, en costales que se rompen con la primera garúa.

El municipio kusikuyno ha sabido vender escaleras y parques, y no seré yo quien niegue que algunas obras son útiles. Pero el servicio más básico de una municipalidad, el que justifica el cobro de los arbitrios, funciona a medias. Cuatro compactadoras malogradas no son un accidente: son una decisión de dónde poner la plata.

La gestión promete camiones nuevos para marzo. Ojalá lleguen. Mientras tanto, sería bueno que alguien fotografíe la quebrada Huayrapampa y cuelgue esa imagen en un panel. Sería la foto más honesta del año.""",
        m="A I",
        t="limpieza",
        tone="-",
        note="a critical column on propaganda and garbage",
    ),
    S(
        "vk163",
        "ciudadpoder",
        "2026-11-19T06:00:00-05:00",
        "Análisis | Lima necesita un gobierno de verdad",
        """Lima es una ciudad de once millones de habitantes gobernada por 43 alcaldes distritales y uno metropolitano que, en la práctica, no manda sobre casi nada. El transporte depende de una autoridad nacional, el agua de una empresa estatal, la seguridad de la Policía, y cada distrito hace lo que puede con lo que recauda.

El resultado es una ciudad partida. De Villa Kusikuy a Punta Hermosa, de Carabayllo a La Molina, la calidad de vida depende del código postal. San Isidro recauda por habitante quince veces más que los distritos de los conos, y esa diferencia se ve en cada vereda.

Una reforma de la gobernanza metropolitana lleva treinta años esperando en el Congreso. Mientras no llegue, los alcaldes seguirán peleándose por una planta de residuos o por un paradero de buses.""",
        about=False,
        note="an analysis of metropolitan governance naming the district as a place",
    ),
    S(
        "vk164",
        "ciudadpoder",
        "2026-11-24T06:00:00-05:00",
        "Columna | La vacancia como deporte",
        """El pedido de vacancia del regidor Fermín Arangoitia contra la alcaldesa de Villa Kusikuy es un buen ejemplo de lo que se ha convertido esa figura en el Perú: un arma política que se desenfunda a la primera oportunidad, con o sin sustento.

No quiero decir que la contratación de una pariente en la subgerencia de Programas Sociales sea un asunto menor. Fue, como mínimo, imprudente, y la alcaldesa Cusirramos debió preverlo. Pero la discusión sobre si se trata de un cuarto o un quinto grado de parentesco muestra que la ley está siendo usada como un tecnicismo, no como un límite ético.

El JNE resolverá en enero. Mientras tanto, el concejo de Villa Kusikuy ha dedicado tres sesiones a este asunto y ninguna a la basura de los cerros. Ese, y no el parentesco de una asistente, es el verdadero escándalo.""",
        m="R A",
        tone="0",
        note="an opinion column critical of both sides: neutral overall",
    ),
    S(
        "vk165",
        "ciudadpoder",
        "2026-11-26T06:00:00-05:00",
        "Columna | Manual del contribuyente kusikuyno",
        """Para los nuevos vecinos, un pequeño manual práctico. Paso uno: no pague su predial en enero, que para eso están las amnistías de diciembre. Paso dos: si decide pagar, hágalo en persona y lleve almuerzo, porque el sistema se cae justo el último día. Paso tres: si paga por internet, revise su estado de cuenta; puede que la municipalidad le cobre dos veces, por si acaso.

Paso cuatro: si vive en una casa de esteras, no se preocupe, igual le llegará la notificación del catastro con drones, que es moderno y no distingue el triplay del ladrillo. Paso cinco: si le cobran arbitrios de parques y jardines, busque el parque. Si lo encuentra, avísele a la Municipalidad de Villa Kusikuy.

Dicho esto, la recaudación ha subido. No sabemos si gracias al sistema o a pesar de él.""",
        m="I",
        t="tributos",
        tone="-",
        note="a sarcastic column on the tax office's failures",
    ),
    S(
        "vk166",
        "ciudadpoder",
        "2026-11-30T06:00:00-05:00",
        "Análisis | Por qué el este de Lima no tiene hospitales",
        """En los distritos del este de Lima viven casi dos millones de personas y hay un solo hospital de nivel II, el de Vitarte, construido cuando la zona tenía la quinta parte de su población actual. La brecha no es un accidente: es el resultado de décadas de inversión en salud concentrada en el centro de la ciudad.

Tres gobiernos anunciaron el hospital de Lima Este y ninguno pasó del expediente. Los alcaldes de la zona, entre ellos la alcaldesa de Villa Kusikuy, Yolanda Cusirramos, han hecho del reclamo una bandera, pero la decisión está en el Ministerio de Salud y en el de Economía.

Mientras tanto, los centros de salud de primer nivel cierran por las noches, las colas empiezan a las cuatro de la mañana y las emergencias se resuelven en taxi.""",
        m="A",
        about=False,
        note="an analysis of health infrastructure; the Mayor named once among the mayors who demand it: passing",
    ),
    S(
        "vk167",
        "ciudadpoder",
        "2026-12-01T06:00:00-05:00",
        "Columna | Las recicladoras de Kusikuy",
        """Juana Yupari empezó a reciclar a los once años en el botadero de Huayrapampa, entre gallinazos y humo. Hoy tiene 43, usa uniforme, tiene seguro de salud y los vecinos de su ruta le guardan las botellas limpias. Su historia resume lo mejor que ha hecho la Municipalidad de Villa Kusikuy en esta gestión.

El programa de reciclaje del distrito no es espectacular ni caro. Es, simplemente, bien hecho: padrón de recicladoras, rutas fijas, bolsas verdes, un subgerente, Teodoro Pillaca, que conoce a cada asociación por su nombre. El premio nacional que acaba de recibir es merecido.

Queda el otro lado de la moneda: el recojo convencional en los cerros sigue siendo deficiente. Pero si alguien busca una política municipal que se pueda copiar mañana en cualquier distrito del país, aquí la tiene.""",
        m="I L",
        t="limpieza",
        tone="+",
        note="a column praising the recycling programme, with a caveat",
    ),
    S(
        "vk168",
        "ciudadpoder",
        "2026-12-02T06:00:00-05:00",
        "Columna | El espejismo de las camionetas",
        """Treinta y una camionetas, dos centrales de cámaras, chalecos antibalas, cámaras corporales. El serenazgo de Villa Kusikuy nunca ha estado mejor equipado. Y sin embargo, según la propia Policía, los robos en el distrito subieron 18 % este año.

El problema no es el equipo, sino la idea de que la seguridad se compra. El gerente municipal Aníbal Tresierra repite que cada unidad lleva GPS y que los recorridos se publican. Muy bien. Pero ¿alguien evalúa si esos recorridos pasan por donde ocurren los delitos? ¿Por qué una casa asaltada en Los Álamos esperó noventa minutos a una camioneta?

La Municipalidad de Villa Kusikuy gasta en seguridad el 22 % de su presupuesto. Merece, al menos, un serenazgo que llegue a tiempo.""",
        m="I G",
        t="seguridad",
        tone="-",
        note="a critical column on security spending without results",
    ),
    S(
        "vk169",
        "ciudadpoder",
        "2026-12-03T06:00:00-05:00",
        "Columna | Cerro Chiripa y la maldición del cemento",
        """El alcalde Cusirramos de Cerro Chiripa no es el primero y probablemente no será el último. En los distritos de ladera, donde los muros de contención son la obra más necesaria y menos vistosa, el cemento se ha convertido en la moneda de la corrupción municipal.

El esquema es conocido: empresas creadas semanas antes del concurso, precios inflados, obras que se pagan y no se terminan. Wilfredo Cusirramos Tito está hoy en prisión preventiva y su distrito tiene muros a medio hacer justo antes de la temporada de lluvias.

La Contraloría debería revisar todos los contratos de muros de Lima Este, no solo los del distrito intervenido.""",
        about=False,
        note="namesake: a column on the Cerro Chiripa Mayor ('el alcalde Cusirramos'); 'Lima Este' is not us",
    ),
    S(
        "vk170",
        "ciudadpoder",
        "2026-12-04T06:00:00-05:00",
        "Entrevista | Yolanda Cusirramos: «No voy a postular a Lima»",
        """A un año y medio de las elecciones municipales, el nombre de la alcaldesa de Villa Kusikuy aparece en las encuestas como posible candidata a la alcaldía metropolitana. Ella lo descarta, al menos por ahora.

—¿Va a postular a Lima?
—No. Tengo un distrito con cuatrocientos mil vecinos y me quedan muchas cosas por terminar. Lima es otro mundo.

—¿Y la reelección en Villa Kusikuy?
—La ley no la permite, y está bien. Lo que quiero es dejar la municipalidad ordenada para quien venga.

—¿Qué es lo que más le ha costado?
—La basura, sin duda. Y la relación con el Gobierno central, que se acuerda del este solo en campaña.

Yolanda Cusirramos Peralta, de 52 años, es trabajadora social y fue dirigente vecinal de Nueva Jerusalén antes de llegar a la alcaldía.""",
        m="A",
        tone="0",
        note="an interview on political plans: about the Mayor, neutral, no topic",
    ),
    # --- Noticias Lima Hoy: aggregator, a few stories of its own ---------------------------------------------------------
    S(
        "vk171",
        "limahoy",
        "2026-11-15T11:00:00-05:00",
        "Alcaldesa de Villa Kusikuy pide a la ATU que los alimentadores suban a Pampa Grande",
        """La Autoridad de Transporte Urbano anunció que desde marzo operará una ruta de buses alimentadores entre el óvalo de Huachipa y la estación Grau del Metropolitano, con cuarenta unidades a gas natural y 24 paraderos a lo largo de la Carretera Central.

La alcaldesa de Villa Kusikuy, Yolanda Cusirramos Peralta, cuestionó que la ruta no ingrese a ningún sector del distrito. «Nuestros vecinos de Pampa Grande y Los Cedros van a seguir caminando veinte minutos hasta la carretera; la ATU diseñó la ruta mirando el mapa, no la ciudad», dijo.

Cusirramos pidió a la ATU una mesa técnica para evaluar un ramal por la avenida Inti Raymi. La entidad respondió que la ruta podrá ampliarse en una segunda etapa.""",
        m="A",
        tone="0",
        note="the Mayor criticising the transport authority: neutral toward us; transport is none of the five topics",
    ),
    S(
        "vk172",
        "limahoy",
        "2026-11-20T10:20:00-05:00",
        "Villa Kusikuy presenta un presupuesto de S/ 186 millones para 2027",
        """La alcaldesa Yolanda Cusirramos presentó al concejo el proyecto de presupuesto institucional de apertura de la Municipalidad de Villa Kusikuy para 2027, que asciende a 186 millones de soles, un 9 % más que el de este año.

El 41 % se destinará a inversiones, el 27 % a servicios como el recojo de residuos, el serenazgo y el mantenimiento de parques, y el resto a gastos de personal y administración. Las transferencias del Gobierno central y la recaudación propia financian casi en partes iguales el presupuesto.

El concejo tiene plazo hasta el 15 de diciembre para aprobarlo. La oposición adelantó que pedirá más recursos para los sectores altos.""",
        m="A I",
        tone="0",
        note="a budget presentation across all services: neutral, no single topic",
    ),
    S(
        "vk173",
        "limahoy",
        "2026-11-23T21:35:00-05:00",
        "Asaltan a una joven en una escalera sin luz de Nueva Jerusalén",
        """Una estudiante de 19 años fue asaltada y golpeada la noche del domingo cuando subía por una de las escaleras de Nueva Jerusalén, donde las luminarias solares instaladas hace un año dejaron de funcionar en setiembre.

La joven perdió su celular y su mochila y sufrió un corte en la ceja. «Hemos pedido tres veces que arreglen las luces y que suba el serenazgo; aquí de noche no sube nadie», reclamó su madre.

Los vecinos responsabilizan a la Municipalidad de Villa Kusikuy, que entregó las escaleras con las luminarias y no les ha dado mantenimiento. La gerencia de Seguridad Ciudadana ofreció incluir el sector en las rondas nocturnas.""",
        m="I",
        t="seguridad",
        tone="-",
        note="a robbery blamed on our missing lights and patrols: seguridad, negative",
    ),
    S(
        "vk174",
        "limahoy",
        "2026-11-26T09:45:00-05:00",
        "Burgomaestre de Collanay entrega puente vehicular sobre el Rímac",
        """El alcalde de Santa Rosa de Collanay, Máximo Vilcapoma Reyes, inauguró el puente vehicular Los Libertadores, que cruza el río Rímac y une su distrito con la margen derecha, evitando un desvío de doce kilómetros.

El puente tiene 84 metros de luz y dos carriles. Costó 14 millones de soles, financiados con un convenio con el Gobierno Regional de Lima. «Este puente le devuelve una hora al día a cada trabajador», dijo el burgomaestre.

La obra estuvo paralizada dos años por un arbitraje con el primer contratista.""",
        about=False,
        note="another district's burgomaestre and his bridge",
    ),
    S(
        "vk175",
        "limahoy",
        "2026-11-30T08:50:00-05:00",
        "Minga saca 46 toneladas de basura de la quebrada Huayrapampa",
        """Doscientos sesenta voluntarios retiraron el sábado 46 toneladas de residuos de la quebrada Huayrapampa, en la minga de limpieza más grande que se recuerda en Villa Kusikuy.

Entre los desechos había colchones, llantas, muebles y hasta una refrigeradora. El subgerente de Limpieza Pública Teodoro Pillaca Yauri anunció que la quebrada será vigilada con dos cámaras para evitar que vuelva a convertirse en botadero. «Ahora toca cuidarla entre todos», dijo.

La Municipalidad de Villa Kusikuy instalará letreros y un cerco en los puntos de acceso de los volquetes.""",
        m="L I",
        t="limpieza",
        tone="+",
        note="a clean-up with results (follow-up of vk058)",
    ),
    S(
        "vk176",
        "limahoy",
        "2026-12-02T13:30:00-05:00",
        "Villa Kusikuy y Cerro Chiripa se disputan diez hectáreas en el límite",
        """La Municipalidad de Villa Kusikuy y la de Cerro Chiripa reclaman como propio un terreno de diez hectáreas en la parte alta de la quebrada Huayrapampa, donde en los últimos meses se han asentado unas 300 familias.

La alcaldesa Yolanda Cusirramos sostiene que los planos de creación del distrito, de 1989, incluyen el terreno en Villa Kusikuy. El alcalde encargado de Cerro Chiripa, Rómulo Pizarro, asegura lo contrario y ya envió a sus serenos a empadronar a las familias.

Los pobladores, mientras tanto, no saben a qué municipalidad pagar el predial ni a quién pedir el agua. El caso será resuelto por la Presidencia del Consejo de Ministros.""",
        m="I A",
        tone="0",
        note="a boundary dispute between two municipalities, both sides: neutral, no topic",
    ),
    S(
        "vk177",
        "limahoy",
        "2026-12-03T12:00:00-05:00",
        "Municipio anula el cobro de arbitrios de parques a Los Cedros III",
        """La Municipalidad Distrital de Villa Kusikuy declaró fundado el reclamo de los propietarios de Los Cedros III y anuló el cobro del arbitrio de parques y jardines de 2026 a los 420 predios del sector, que no tienen áreas verdes cercanas.

Los montos ya pagados se aplicarán como crédito a los tributos de 2027. La resolución reconoce que el cálculo del radio de influencia del parque Los Molles no consideró el cerro que separa ambas zonas.

Gregorio Mallma, presidente de la asociación, dijo que la decisión «hace justicia» y pidió que el municipio construya un parque en el sector.""",
        m="I",
        t="tributos",
        tone="0",
        note="an error corrected after a claim (follow-up of vk045): neutral",
    ),
    S(
        "vk178",
        "limahoy",
        "2026-12-05T04:58:00Z",
        "Explosivo detona en paradero de mototaxis de la avenida Inti Raymi",
        """Un artefacto explosivo detonó pasadas las once y media de la noche en un paradero de mototaxis de la avenida Inti Raymi, en Villa Kusikuy. La explosión destruyó dos vehículos y rompió los vidrios de cinco viviendas cercanas. No hubo heridos.

Según los mototaxistas, la empresa que opera el paradero recibía desde octubre mensajes en los que se le exigía el pago de un cupo semanal. La Policía acordonó la zona y la unidad de desactivación de explosivos recogió los restos del artefacto.

Es el cuarto atentado de este tipo en Lima Este en lo que va del mes.""",
        about=False,
        note="23:58 Lima (04:58 UTC next day); an extortion attack with no municipal angle",
    ),
    # --- Syndicated copies: the same stories on other outlets, with their own headlines ------------------------------
    C(
        "vk179",
        "vk003",
        "limahoy",
        "2026-10-27T10:40:00-05:00",
        "Doce camionetas más y una segunda central de cámaras para el serenazgo kusikuyno",
        extra="Fuente: Lima Este Noticias.",
    ),
    C(
        "vk180",
        "vk004",
        "limahoy",
        "2026-10-28T07:05:00-05:00",
        "Yanaqocha: la basura se quema en la ladera porque el compactador no sube",
        lead="En los pasajes altos de Quebrada Yanaqocha, en Villa Kusikuy, el camión compactador no aparece desde el 5 de octubre y las familias ya queman sus desechos en la ladera, a pocos metros de sus casas.",
    ),
    C(
        "vk181",
        "vk006",
        "limahoy",
        "2026-10-29T08:10:00-05:00",
        "Las Torrecitas: concejal pide auditoría y la gerencia responde que todo está en regla",
    ),
    C(
        "vk182",
        "vk010",
        "app",
        "2026-10-30T13:20:00-05:00",
        "Alcaldesa de distrito limeño reclama más policías al Ministerio del Interior",
        lead="Lima, 30 de octubre (APP). La alcaldesa de Villa Kusikuy, Yolanda Cusirramos Peralta, pidió al Ministerio del Interior duplicar los efectivos de la comisaría de su distrito, que según sus cifras tiene 38 policías operativos por turno para más de 420 000 habitantes.",
    ),
    C(
        "vk183",
        "vk019",
        "limahoy",
        "2026-11-02T18:10:00-05:00",
        "Brigadas fumigan 9 000 casas en Villa Kusikuy para frenar el dengue",
    ),
    C(
        "vk184",
        "vk020",
        "vecinoeste",
        "2026-11-03T12:30:00-05:00",
        "Denuncia por nepotismo: alcaldesa dice que se trata de «una prima lejana»",
    ),
    C(
        "vk185",
        "vk026",
        "app",
        "2026-11-06T15:00:00-05:00",
        "Metropolitano al este: doce alcaldes respaldan el trazo presentado por Eyzaguirre",
    ),
    C(
        "vk186",
        "vk031",
        "limahoy",
        "2026-11-09T07:40:00-05:00",
        "Piden vacar a la alcaldesa de Villa Kusikuy por contratar a una familiar",
        extra="Con información de Lima Este Noticias.",
    ),
    C(
        "vk187",
        "vk034",
        "peruahora",
        "2026-11-10T14:45:00-05:00",
        "Un puente peatonal abandonado y dos muertos en la Carretera Central",
    ),
    C(
        "vk188",
        "vk024",
        "limahoy",
        "2026-11-05T11:20:00-05:00",
        "Predial de Villa Kusikuy crece 22 % y la morosidad baja a 46 %",
    ),
    C(
        "vk189",
        "vk050",
        "limaeste",
        "2026-11-18T11:25:00-05:00",
        "Cusirramos se salva de la vacancia; Arangoitia irá al JNE",
        lead="Por nueve votos contra dos, el concejo municipal de Villa Kusikuy rechazó anoche el pedido de vacancia contra la alcaldesa Yolanda Cusirramos Peralta, al concluir que la trabajadora contratada en Programas Sociales no es su pariente dentro del cuarto grado.",
    ),
    C(
        "vk190",
        "vk072",
        "limaeste",
        "2026-11-24T15:10:00-05:00",
        "Vuelven las máquinas al muro de Los Cedros",
    ),
    C(
        "vk191",
        "vk057",
        "limahoy",
        "2026-11-22T08:20:00-05:00",
        "¿Basura municipal en la quebrada? Video del regidor Arangoitia desata polémica",
    ),
    C(
        "vk192",
        "vk061",
        "peruahora",
        "2026-11-06T19:30:00-05:00",
        "«Tres ministros vinieron a tomarse la foto»: alcaldesa reclama el hospital de Lima Este",
        extra="Declaraciones ofrecidas a Radio Kusikuy 101.7 FM.",
    ),
    C(
        "vk193",
        "vk078",
        "limahoy",
        "2026-11-12T09:15:00-05:00",
        "Clausuran seis bares clandestinos en Pampa Grande",
    ),
    C(
        "vk194",
        "vk082",
        "vecinoeste",
        "2026-11-17T08:30:00-05:00",
        "Doce familias lo perdieron todo en incendio en la parte alta de Nueva Jerusalén",
    ),
    C(
        "vk195",
        "vk086",
        "kaldia",
        "2026-11-22T09:00:00-05:00",
        "¡Por fin! Entregan las pistas y veredas de Pampa Grande",
    ),
    C(
        "vk196",
        "vk089",
        "limahoy",
        "2026-11-26T07:35:00-05:00",
        "Gerente municipal de Villa Kusikuy, acusado de pedir el cinco por ciento",
        extra="Fuente: Canal 31 Este Visión.",
    ),
    C(
        "vk197",
        "vk097",
        "limaeste",
        "2026-11-13T15:10:00-05:00",
        "Cusirramos encabeza pedido de emergencia de siete alcaldes ante la PCM",
    ),
    C(
        "vk198",
        "vk099",
        "limahoy",
        "2026-11-23T12:45:00-05:00",
        "Contraloría: asfalto más delgado y adendas pagadas dos veces en Las Torrecitas",
        lead="El asfalto de la avenida Las Torrecitas, en Villa Kusikuy, tiene en promedio 5,2 centímetros de espesor, no los 7,5 que exigía el expediente. Así lo concluye un informe de la Contraloría que calcula en 1,4 millones de soles el perjuicio para la Municipalidad Distrital de Villa Kusikuy.",
    ),
    C(
        "vk199",
        "vk099",
        "cronica",
        "2026-11-24T06:50:00-05:00",
        "Informe de control confirma lo que denunció Arangoitia en octubre",
        extra="El regidor Fermín Arangoitia Salas, que pidió la auditoría en octubre, dijo que presentará el informe en la próxima sesión de concejo.",
        m="I R",
    ),
    C(
        "vk200",
        "vk105",
        "kaldia",
        "2026-12-01T12:30:00-05:00",
        "Por pagar puntual el predial, el distrito gana S/ 2,1 millones extra",
    ),
    C(
        "vk201",
        "vk109",
        "limahoy",
        "2026-12-04T14:10:00-05:00",
        "Minam premia el reciclaje de Villa Kusikuy",
    ),
    C(
        "vk202",
        "vk107",
        "limahoy",
        "2026-12-03T14:30:00-05:00",
        "Serenazgo sin fronteras: Villa Kusikuy, Cerro Chiripa y Huertos de Lurinmayo comparten cámaras",
    ),
    C(
        "vk203",
        "vk112",
        "cronica",
        "2026-11-11T08:05:00-05:00",
        "Mafias venden lotes en los cerros con «constancia» incluida",
        lead="Mientras la alcaldesa Yolanda Cusirramos repite que los cerros de su distrito no se lotizan más, una red de traficantes ofrece por WhatsApp lotes de 120 metros cuadrados en la parte alta de Quebrada Yanaqocha a 6 500 soles, con «constancia de posesión incluida».",
        m="I R A",
    ),
    C(
        "vk204",
        "vk118",
        "limahoy",
        "2026-11-27T13:20:00-05:00",
        "Lima Este estrena parque zonal de doce hectáreas",
    ),
    C(
        "vk205",
        "vk120",
        "limahoy",
        "2026-12-01T10:15:00-05:00",
        "Cinco contratos y S/ 12 millones para la constructora de un aportante",
        extra="Con información de Perú Ahora Digital.",
    ),
    C(
        "vk206",
        "vk120",
        "vecinoeste",
        "2026-12-01T16:40:00-05:00",
        "Aportante de campaña, contratista estrella: las obras que ganó una constructora",
        lead="Una constructora ligada a un aportante de la campaña municipal de 2022 se adjudicó cinco obras de la Municipalidad Distrital de Villa Kusikuy por 12 millones de soles, tres de ellas como postor único, reveló una investigación periodística publicada hoy.",
        m="I",
    ),
    C(
        "vk207",
        "vk123",
        "limaeste",
        "2026-12-04T07:20:00-05:00",
        "Notifican deudas de predial a familias que viven en casas de esteras",
    ),
    C(
        "vk208",
        "vk133",
        "limahoy",
        "2026-11-15T08:10:00-05:00",
        "Le roban la mototaxi y los serenos se la devuelven en quince minutos",
    ),
    C(
        "vk209",
        "vk140",
        "cronica",
        "2026-11-29T10:15:00-05:00",
        "Noventa minutos después: la «rápida» respuesta del serenazgo en Los Álamos",
    ),
    C(
        "vk210",
        "vk154",
        "limahoy",
        "2026-12-02T07:30:00-05:00",
        "Terminan el muro de contención de Los Cedros",
    ),
    C(
        "vk211",
        "vk156",
        "peruahora",
        "2026-12-03T12:20:00-05:00",
        "Mininter construirá comisaría para 120 policías en Villa Kusikuy",
    ),
    C(
        "vk212",
        "vk159",
        "kaldia",
        "2026-12-05T10:00:00-05:00",
        "Más de 600 niños kusikuynos ya no tienen anemia",
    ),
    C(
        "vk213",
        "vk098",
        "peruahora",
        "2026-11-20T18:30:00-05:00",
        "Alcalde de Cerro Chiripa irá nueve meses a prisión preventiva",
    ),
    C(
        "vk214",
        "vk130",
        "vecinoeste",
        "2026-11-09T14:20:00-05:00",
        "Los Cedros tendrá mercado de dos pisos: colocan la primera piedra",
    ),
]
