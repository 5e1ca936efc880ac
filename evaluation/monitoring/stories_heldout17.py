# ruff: noqa: E501
"""Seventeenth held-out split (issue 16): a blind figure about another invented district, on Peru's southern coast.

Written by hand by writer 22, for this purpose only, WITHOUT looking at the pipeline's code (heraldo/monitoring/**),
at its tests, baselines, tone or topic dumps, at the other splits' stories (beyond the header, SOURCES and first
stories of heldout6, read for the format) or at any report of the pipeline on them. The labels follow the labelling
rules of docs/monitoring-evaluation.md and were fixed by the writer as a reader, before the split was ever run; they
must not be changed because of what the pipeline answers. Every name, outlet and place is invented.

Like heldout5 and heldout6, this part brings its own watch list (SETUP), outlets, person codes and template
furniture: the Municipalidad Distrital de Lunahuasi (MDL), a desert valley district of the southern coast, in the
invented province of Ayanque: vineyards and pisco bodegas, cotton fields, the Panamericana Sur crossing the valley,
the river Ayanque that runs dry in the estiaje and brings huaicos in the summer rains. Its Mayor is a man.

Codes: m = who is named (A alcalde Hildebrando Pachas Carbajal «el Pisquero», G gerente municipal Augusto
Villavicencio Loayza, T teniente alcaldesa Maritza Anchante Uchuya, R regidora (opposition) Gladys Tipacti Ormeño,
U gerente de Desarrollo Urbano e Infraestructura Efraín Munayco Quintanilla, I the Municipalidad Distrital de
Lunahuasi); t = topics (limpieza seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the
story concerns the municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier
story: its own headline, sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "el alcalde lunahuasino", "el alcalde de Lunahuasi", "el burgomaestre de Lunahuasi", "el alcalde distrital de
  Lunahuasi" are a title plus the place: they name the Mayor. A bare "el alcalde", "el burgomaestre", "la primera
  autoridad", "la comuna", "el municipio", "la gestión edil" do not. "Pachas" alone after the Mayor was named is part
  of the same mention. «el Pisquero» counts only where it is plainly him (a story about his administration); the
  word "pisquero(s)" for pisco makers is not him.
- "Municipalidad (Distrital) de Lunahuasi", "MDL", "municipio lunahuasino", "comuna lunahuasina", "municipalidad
  lunahuasina", "municipio/comuna de Lunahuasi" name the institution. "Vecinos de Lunahuasi", "el serenazgo de
  Lunahuasi", "el distrito", "el concejo", "la gerencia municipal", "el palacio municipal" do not. A person named with
  a title plus the place ("la teniente alcaldesa de Lunahuasi") is that person, not the institution. The
  Municipalidad Provincial de Ayanque is another institution.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly him),
  title plus surname ("la regidora Tipacti", "el gerente Munayco") or a listed alias.
- Traps: Rómulo Pachas Yataco, Mayor of the neighbouring district Huancoyo ("el alcalde Pachas" there, no relative);
  the criollo singer Hildebrando Pachas Mayuri of Los Trovadores de Ayanque; the marathon runner Maritza Anchante
  Peña; the cotton growers' leader Efraín Munayco Soto; the provincial Mayor of Ayanque, Fortunato Lévano Huamán;
  the Mayoress of El Tambillo, Nélida Chacaliaza Vera ("la burgomaestra"); a caserío also called Lunahuasi in the
  Ayacucho highlands; the pisco brand "Lunahuasi" of a private bodega; pisqueros and bodegueros of the valley.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the regional or national government (or Provías, or the Junta de Usuarios) is neutral toward us
  unless the story is about our own failure. A mixed story takes the tone a press officer would take away
  (headline and weight of the text). An accusation the official denies is still a story about an accusation
  (negative). Sarcasm is read for what it means. Stories not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a passing
  mention. River defences, descolmatación of the riverbed, canals the municipality lines, bridges, streets,
  buildings and the building of water and sewage networks are obras; clearing mud and rubbish from streets with the cleaning crews is limpieza. Fumigation against
  dengue, arsenic in well water, health campaigns are salud. Drinking water supply and cisterns, irrigation turns,
  the Vaso de Leche, traffic and mototaxis, culture, the vendimia and sport are none of the five. The market fee,
  business licence fees, arbitrios and the enforced collection of municipal debts are tributos municipales.
- About: a story that names the institution only in a list among other districts, or the place only as a setting
  (a crash on the Panamericana at Lunahuasi, a bodega's medal), is not about the municipality.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcaldesa",
    "R": "regidora_tipacti",
    "U": "gerente_infraestructura",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de Lunahuasi",
        "short_name": "MDL",
        "level": "DISTRITAL",
        "province": "Ayanque",
        "aliases": ["municipio lunahuasino", "comuna lunahuasina", "Municipalidad de Lunahuasi"],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Hildebrando",
            "surnames": "Pachas Carbajal",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "el Pisquero",
            "aliases": ["Pisquero Pachas", "alcalde Pachas", "Pachas Carbajal", "Hildebrando Pachas"],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Augusto",
            "surnames": "Villavicencio Loayza",
            "sex": "M",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerente Villavicencio", "gerente municipal Augusto Villavicencio"],
        },
        {
            "key": "teniente_alcaldesa",
            "given_names": "Maritza",
            "surnames": "Anchante Uchuya",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Anchante", "regidora Anchante"],
        },
        {
            "key": "regidora_tipacti",
            "given_names": "Gladys",
            "surnames": "Tipacti Ormeño",
            "sex": "F",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidora Tipacti", "concejal Tipacti"],
        },
        {
            "key": "gerente_infraestructura",
            "given_names": "Efraín",
            "surnames": "Munayco Quintanilla",
            "sex": "M",
            "position": "Gerente de Desarrollo Urbano e Infraestructura",
            "position_feminine": "Gerenta de Desarrollo Urbano e Infraestructura",
            "office_code": "GERENTE_DESARROLLO_URBANO",
            "aliases": ["gerente Munayco", "Efraín Munayco"],
        },
    ],
    "topics": [
        {
            "key": "limpieza",
            "name": "Limpieza pública",
            "keywords": [
                "limpieza pública",
                "recojo de residuos",
                "residuos sólidos",
                "basura",
                "botadero",
                "compactadora",
                "relleno sanitario",
            ],
        },
        {
            "key": "seguridad",
            "name": "Seguridad ciudadana",
            "keywords": [
                "seguridad ciudadana",
                "serenazgo",
                "serenos",
                "patrullaje",
                "videovigilancia",
                "robo",
                "asalto",
            ],
        },
        {
            "key": "obras",
            "name": "Obras",
            "keywords": [
                "obra",
                "obras",
                "pavimentación",
                "defensa ribereña",
                "descolmatación",
                "expediente técnico",
                "licitación",
                "puente",
            ],
        },
        {
            "key": "tributos",
            "name": "Tributos municipales",
            "keywords": [
                "impuesto predial",
                "arbitrios",
                "tributos municipales",
                "amnistía tributaria",
                "deuda tributaria",
                "licencia de funcionamiento",
            ],
        },
        {
            "key": "salud",
            "name": "Salud",
            "keywords": [
                "campaña de salud",
                "vacunación",
                "dengue",
                "fumigación",
                "posta médica",
                "centro de salud",
                "anemia",
            ],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "valle": {
        "name": "El Valle de Ayanque",
        "host": "elvalledeayanque.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 70000,
    },
    "costa": {
        "name": "Diario La Costa Sur",
        "host": "lacostasur.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "rluna": {
        "name": "Radio Lunahuasi 101.7 FM",
        "host": "radiolunahuasi.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 15000,
    },
    "rayanque": {
        "name": "Radio Ayanque 1090 AM",
        "host": "radioayanque.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 21000,
    },
    "avision": {
        "name": "Ayanque Visión Canal 11",
        "host": "ayanquevision.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 90000,
    },
    "app": {
        "name": "Agencia de Prensa Peruana",
        "host": "agenciaprensaperuana.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 280000,
    },
    "panorama": {
        "name": "Panorama Nacional",
        "host": "panoramanacional.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 700000,
    },
    "sur24": {
        "name": "Sur Noticias 24",
        "host": "surnoticias24.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 42000,
    },
    "aldia": {
        "name": "Lunahuasi al Día",
        "host": "lunahuasialdia.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 4000,
    },
    "observador": {
        "name": "El Observador del Valle",
        "host": "observadordelvalle.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 24000,
    },
    "vendimia": {
        "name": "Revista Vendimia",
        "host": "revistavendimia.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 9000,
    },
    "expsur": {
        "name": "Diario Express Sur",
        "host": "expresssur.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 14000,
    },
    "blunahuasino": {
        "name": "Boletín El Lunahuasino",
        "host": "boletinlunahuasino.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 1500,
    },
    "canaveral": {
        "name": "Semanario Cañaveral",
        "host": "semanariocanaveral.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "medano": {
        "name": "Radio Médano 104.1",
        "host": "radiomedano.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 10000,
    },
}

FURNITURE = {
    "old_comments": [
        "El Pisquero Pachas seguro está brindando en su bodega mientras el río se nos viene encima",
        "La comuna lunahuasina cobra arbitrios de lujo y la basura se queda tres días en la esquina",
    ],
    "old_most_read": "Choque múltiple en la Panamericana Sur deja cuatro heridos a la altura de Huancoyo",
    "old_motto": "El diario de la costa sur desde 1974",
    "old_city": "Ayanque",
    "section_agenda": "Huancoyo celebra la fiesta de la Virgen de la Candelaria con jala pato",
    "hostile_place": "Lunahuasi",
    "hostile_alias": "municipio lunahuasino",
    "error_page_outlet": "Radio Médano 104.1, la radio del desierto",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expsur": {
        "name": "Diario Express Sur",
        "outlet": "expsur",
        "format": "truncated",
        "path": "/rss.xml",
        "copies_of": ["w004", "w021"],
        "cut_at": 0.65,
    },
    "blunahuasino": {"name": "Boletín El Lunahuasino", "outlet": "blunahuasino", "format": "bomb", "path": "/feed"},
    "canaveral": {"name": "Semanario Cañaveral", "outlet": "canaveral", "format": "xxe", "path": "/rss/"},
    "medano": {
        "name": "Radio Médano 104.1",
        "outlet": "medano",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "valle": {
        "name": "El Valle de Ayanque",
        "outlet": "valle",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "costa": {
        "name": "Diario La Costa Sur",
        "outlet": "costa",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/provincias.xml",
    },
    "rluna": {
        "name": "Radio Lunahuasi 101.7 FM",
        "outlet": "rluna",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticiero",
    },
    "rayanque": {
        "name": "Radio Ayanque 1090 AM",
        "outlet": "rayanque",
        "format": "rss",
        "mode": "full",
        "path": "/noticias/feed/",
    },
    "avision": {"name": "Ayanque Visión Canal 11", "outlet": "avision", "format": "atom", "path": "/atom.xml"},
    "app": {"name": "Agencia de Prensa Peruana", "outlet": "app", "format": "atom", "path": "/regiones/atom.xml"},
    "panorama": {
        "name": "Panorama Nacional",
        "outlet": "panorama",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "sur24": {
        "name": "Sur Noticias 24",
        "outlet": "sur24",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas/feed.xml",
    },
    "aldia": {
        "name": "Lunahuasi al Día",
        "outlet": "aldia",
        "format": "section",
        "template": "section",
        "path": "/noticias-locales",
    },
    "observador": {
        "name": "El Observador del Valle",
        "outlet": "observador",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/portada.xml",
    },
    "vendimia": {
        "name": "Revista Vendimia",
        "outlet": "vendimia",
        "format": "rss",
        "mode": "description",
        "path": "/columnas/rss",
    },
}

STORIES = [
    # --- El Valle de Ayanque: provincial daily, full text in RSS, priority ---------------------------------------------
    S(
        "w001",
        "valle",
        "2026-10-26T07:10:00-05:00",
        "Enrocado de 800 metros protegerá Chacra Vieja antes de las lluvias",
        """Los volquetes empezaron a bajar piedra de la cantera de Cerro Pelado el viernes por la tarde. Son las primeras de las 14 000 toneladas que necesita el enrocado de 800 metros que la Municipalidad Distrital de Lunahuasi levantará en la margen derecha del río Ayanque, frente al anexo de Chacra Vieja.

        En febrero, el río se llevó once hectáreas de viñedo y dejó bajo el barro a 37 viviendas de ese sector. «Esta vez no nos van a agarrar dormidos», dijo el alcalde Hildebrando Pachas Carbajal durante la entrega del terreno al contratista, acompañado por agricultores que todavía guardan en el celular las fotos de la inundación.

        El gerente de Desarrollo Urbano e Infraestructura, Efraín Munayco Quintanilla, explicó que el plazo es de 75 días calendario y que el expediente técnico prevé uñas de anclaje de dos metros de profundidad. El costo asciende a 2,8 millones de soles, financiados con recursos ordinarios y una transferencia del Ministerio de Economía.

        Los viticultores de la zona pidieron que se trabaje también en turnos de noche. El río suele traer las primeras aguas a mediados de diciembre, y nadie quiere ver la maquinaria todavía en el cauce cuando bajen.""",
        m="I A U",
        t="obras",
        tone="+",
        note="river defence works started ahead of the rains",
    ),
    S(
        "w002",
        "valle",
        "2026-10-26T19:40:00-05:00",
        "Huancoyo estrena reservorio de 1 200 metros cúbicos",
        """El alcalde de Huancoyo, Rómulo Pachas Yataco, inauguró ayer el reservorio elevado de la urbanización Las Palmeras, una obra que abastecerá a unas 900 familias que hasta ahora dependían de cisternas.

        «Cuarenta años esperando y hoy abrimos la llave», dijo el alcalde Pachas, que recordó que el proyecto fue aprobado en la gestión anterior y estuvo paralizado dos años por un arbitraje con la primera empresa. La inversión final fue de 3,1 millones de soles.

        Los vecinos celebraron con una pachamanca en el parque central.""",
        about=False,
        note="namesake: the Mayor of neighbouring Huancoyo shares the surname ('el alcalde Pachas')",
    ),
    S(
        "w003",
        "valle",
        "2026-10-27T06:50:00-05:00",
        "Cuarenta días sin río: algodoneros riegan por turnos de seis horas",
        """El cauce del río Ayanque es, desde mediados de setiembre, una franja de cantos rodados y arena por donde cruzan las motos de los pescadores de camarón que ya no tienen qué pescar. La Junta de Usuarios de Riego del valle aprobó un rol de turnos: cada parcela recibe agua de pozo seis horas cada ocho días.

        «El Tangüis aguanta, pero no tanto», dijo Efraín Munayco Soto, presidente de la Asociación de Algodoneros del Bajo Ayanque, mientras mostraba plantas de un mes con las hojas amarillentas. Según sus cálculos, un tercio de las 2 300 hectáreas sembradas este año podría perderse si el agua no llega antes de Navidad.

        La Junta pidió al Gobierno Regional que acelere la perforación de tres pozos tubulares comprometidos desde el año pasado. Mientras tanto, los agricultores compran agua a los bodegueros que tienen pozo propio, a 90 soles la hora de bombeo.""",
        about=False,
        note="namesake: the cotton leader Efraín Munayco Soto; drought story without the municipality",
    ),
    S(
        "w004",
        "valle",
        "2026-10-28T07:05:00-05:00",
        "Los Médanos: hasta cuatro días de espera por la cisterna",
        """En el asentamiento humano Los Médanos, sobre las dunas que miran a la Panamericana, los bidones azules se alinean desde el domingo frente a la casa de la dirigente Yolanda Ramos. La cisterna que envía la comuna lunahuasina debía pasar el lunes. Llegó el miércoles por la noche.

        «Nos dicen que el camión se malogró, que el chofer estaba de vacaciones, que el pozo no tenía fuerza. Siempre hay una razón», resumió Ramos. En Los Médanos viven unas 340 familias sin conexión a la red; cada una recibe, en teoría, 600 litros por semana.

        El gerente municipal Augusto Villavicencio Loayza reconoció que una de las dos cisternas está en el taller desde el 15 de octubre y que se alquilará una tercera unidad «en los próximos días». No precisó cuándo.

        Mientras tanto, las familias compran agua a los aguateros particulares a tres soles el bidón de veinte litros.""",
        m="I G",
        tone="-",
        note="water by cistern failing; water supply is none of the five topics",
    ),
    S(
        "w005",
        "valle",
        "2026-10-28T12:30:00-05:00",
        "Contribuyentes puntuales del predial entrarán al sorteo de una mototaxi",
        """La Municipalidad de Lunahuasi sorteará una mototaxi cero kilómetros, dos refrigeradoras y diez canastas navideñas entre los vecinos que paguen el impuesto predial y los arbitrios de 2026 hasta el 30 de noviembre.

        Cada recibo cancelado equivale a un boleto. El sorteo será el 12 de diciembre en la plaza de armas, ante notario, informó la subgerencia de Administración Tributaria.""",
        m="I",
        t="tributos",
        tone="0",
        note="a notice of an incentive for taxpayers",
    ),
    S(
        "w006",
        "valle",
        "2026-10-29T08:20:00-05:00",
        "El Tambillo suma catorce casos de dengue y su alcaldesa pide fumigación urgente",
        """La Dirección Regional de Salud confirmó catorce casos de dengue sin signos de alarma en el distrito de El Tambillo, la mayoría en la urbanización San Martín, donde los vecinos almacenan agua en cilindros por los cortes del servicio.

        La burgomaestra Nélida Chacaliaza Vera pidió a la Diresa una campaña de fumigación «casa por casa y no solo en la avenida principal». En los distritos vecinos, incluido Lunahuasi, no se han reportado casos autóctonos, según el último boletín epidemiológico.

        Los médicos recomiendan tapar los recipientes, cambiar el agua de los floreros cada dos días y acudir al centro de salud ante fiebre alta y dolor detrás de los ojos.""",
        about=False,
        note="dengue in another district; Lunahuasi named only as a place without cases",
    ),
    S(
        "w007",
        "valle",
        "2026-10-30T09:00:00-05:00",
        "Serenazgo recibe seis motos y patrullará de noche los anexos",
        """Seis motocicletas de 250 centímetros cúbicos, con sirena y radio, se sumaron desde ayer al serenazgo de Lunahuasi. Las unidades, adquiridas por 186 000 soles, se destinarán a los anexos de Santa Elvira, La Huaranga y Pampa del Toro, donde hasta ahora solo llegaba la camioneta una vez por noche.

        «Los robos de motobombas y de botijas en las bodegas se cometen de madrugada y lejos del pueblo. Allí tenemos que estar», afirmó el alcalde Hildebrando Pachas durante la ceremonia. La teniente alcaldesa Maritza Anchante Uchuya, que preside la comisión de Seguridad Ciudadana del concejo, anunció que los serenos motorizados recibirán un curso de manejo defensivo dictado por la Policía.

        La Municipalidad Distrital de Lunahuasi cuenta ahora con 42 serenos, dos camionetas y diez motos.""",
        m="A T I",
        t="seguridad",
        tone="+",
        note="new equipment for the serenazgo",
    ),
    S(
        "w008",
        "valle",
        "2026-10-30T18:45:00-05:00",
        "Un solo postor para el mercado modelo: regidora pide anular el proceso",
        """La regidora Gladys Tipacti Ormeño pidió al concejo que se declare nula la licitación del nuevo mercado modelo de Lunahuasi, una obra de 9,6 millones de soles a la que se presentó un único postor, el Consorcio Valle Sur.

        «Un mercado de ese tamaño y nadie más quiso competir. Algo en las bases espantó a las demás empresas», sostuvo la concejal, que integra la bancada de oposición. Según su revisión, las bases exigían experiencia en «mercados de abastos con cámaras frigoríficas» por un monto que solo tres empresas del sur podían acreditar.

        El gerente Munayco respondió que las bases fueron elaboradas siguiendo los modelos del OSCE y que no recibieron observaciones durante la etapa de consultas. «Que haya un solo postor no es ilegal», dijo.

        El pedido será visto en la sesión de concejo del 6 de noviembre.""",
        m="R U",
        t="obras",
        tone="-",
        note="questioned tender; 'concejal' and 'gerente Munayco' as references; the institution is not named by an alias",
    ),
    S(
        "w009",
        "valle",
        "2026-10-31T10:15:00-05:00",
        "Bodegas del valle se preparan para una temporada de turistas sin precedentes",
        """Con el puente largo de diciembre en el horizonte, las bodegas artesanales del valle del Ayanque han empezado a pintar fachadas, reparar los lagares de adobe y entrenar a sus hijos como guías. En Bodega Doña Tomasa, en Santa Elvira, ya hay reservas de tres colegios de Lima.

        «Antes venían por el pisco. Ahora vienen por la experiencia: pisar la uva, comer el picante, dormir en la casa hacienda», cuenta Tomasa Hernández, que a sus 71 años sigue destilando en falca de cobre. Su quebranta ganó medalla de plata en el último concurso regional.

        El turismo vivencial mueve, según la cámara de comercio provincial, unos 14 millones de soles al año en el valle. La mayor parte se queda en las bodegas de Lunahuasi y Huancoyo, que concentran 48 de los 61 productores registrados.

        La Municipalidad de Lunahuasi anunció su festival de la vendimia para marzo, pero los bodegueros miran más cerca: las vacaciones escolares.""",
        m="I",
        about=False,
        note="tourism feature; the institution only named in passing at the end",
    ),
    S(
        "w010",
        "valle",
        "2026-11-02T07:30:00-05:00",
        "Tres días de humo: el botadero de Los Médanos sigue ardiendo",
        """La columna de humo negro que sale del botadero de Los Médanos se ve desde la Panamericana. El fuego empezó el jueves, probablemente por la quema de llantas, y el viento de la tarde lo empuja hacia el colegio 22415, a menos de un kilómetro.

        La directora del plantel, Rosa Cabrera, suspendió la educación física y mandó a los alumnos a casa a las once. «Tenemos niños con tos y ojos irritados. Esto no puede seguir», dijo.

        Durante doce años, el botadero recibió toda la basura del distrito. Desde 2024 los camiones deben llevarla al relleno provincial de Pampa Grande, pero los vecinos aseguran que las volquetadas de desmonte, maleza y residuos de mercado de la Municipalidad Distrital de Lunahuasi siguen llegando cada semana. El lugar nunca tuvo cerco, ni celda, ni permiso ambiental. El subgerente de Servicios Públicos, Ricardo Hernández Ramos, aseguró que una cuadrilla con un cargador frontal está cubriendo las zonas encendidas con arena y que el fuego estará controlado el martes.

        Los vecinos del asentamiento humano anunciaron que bloquearán el acceso de los camiones si el municipio no presenta un plan de cierre.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a burning open dump of the municipality",
    ),
    S(
        "w011",
        "valle",
        "2026-11-03T08:00:00-05:00",
        "Arbitrios subirán 8 % en 2027 pese al voto en contra de la oposición",
        """Con seis votos a favor y tres en contra, el concejo de Lunahuasi aprobó la ordenanza que fija los arbitrios de limpieza pública, parques y serenazgo para 2027. La tasa promedio por vivienda pasará de 19,40 a 20,95 soles mensuales.

        La subgerencia de Administración Tributaria sustentó el alza en el costo del combustible y en la contratación de once serenos. La regidora Gladys Tipacti votó en contra: «Se cobra más por un servicio que no mejora. En La Huaranga el camión pasa una vez a la semana».

        La ordenanza deberá ser ratificada por la Municipalidad Provincial de Ayanque antes del 31 de diciembre para entrar en vigencia.""",
        m="R",
        t="tributos",
        tone="-",
        note="fee increase; the institution is only 'el concejo de Lunahuasi' (not an alias)",
    ),
    S(
        "w012",
        "valle",
        "2026-11-04T06:10:00-05:00",
        "Choque entre bus y tráiler deja dos muertos en el kilómetro 291",
        """Dos personas murieron y diecisiete resultaron heridas en el choque de un bus interprovincial de la empresa Expreso Arenal con un tráiler que transportaba uva, a la altura del kilómetro 291 de la Panamericana Sur, en jurisdicción de Lunahuasi.

        Según la Policía de Carreteras, el tráiler invadió el carril contrario al intentar adelantar a un camión cisterna. Los heridos fueron llevados al hospital de Ayanque. El tránsito estuvo restringido durante cuatro horas.""",
        about=False,
        note="a crash on the Panamericana in the district; place only",
    ),
    S(
        "w013",
        "valle",
        "2026-11-04T19:20:00-05:00",
        "Pachas: «El Gobierno Regional nos dejó solos frente al río»",
        """El alcalde de Lunahuasi, Hildebrando Pachas Carbajal, acusó al Gobierno Regional de incumplir la transferencia de 4 millones de soles comprometida en marzo para reforzar las defensas ribereñas en los sectores de Cruz Blanca y El Molino.

        «Firmamos el convenio con fotos y banda de músicos. Ocho meses después no ha llegado un sol», dijo en conferencia de prensa. Según el burgomaestre, el municipio ha puesto de su propio presupuesto lo que alcanzó para Chacra Vieja, pero los otros dos sectores siguen expuestos.

        La Gerencia Regional de Infraestructura respondió a este diario que el expediente enviado por el distrito tenía observaciones y que la transferencia se hará «una vez levantadas».""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticises the regional government; neutral toward us; 'el municipio' bare",
    ),
    S(
        "w014",
        "valle",
        "2026-11-05T07:45:00-05:00",
        "Estudio halla arsénico por encima del límite en pozos de Santa Elvira",
        """Un estudio de la Facultad de Ingeniería Ambiental de la universidad nacional del sur encontró concentraciones de arsénico de hasta 0,042 miligramos por litro en cuatro de los siete pozos que abastecen de agua a las familias del anexo de Santa Elvira. El límite que fija el reglamento peruano es de 0,010.

        Los investigadores tomaron muestras en julio y en setiembre. «La exposición prolongada está asociada a lesiones en la piel y a varios tipos de cáncer. No es para entrar en pánico, pero sí para actuar ya», dijo la ingeniera Paola Yataco, coordinadora del trabajo.

        La teniente alcaldesa Maritza Anchante, presidenta de la comisión de Salud del concejo, informó que la Municipalidad Distrital de Lunahuasi gestionará filtros domiciliarios de hierro-arsénico para las 210 viviendas del anexo y que pedirá a la Diresa un tamizaje de la población. Hasta entonces, recomendó usar el agua de los pozos solo para el lavado.

        En Santa Elvira, donde se bebe agua de pozo desde hace tres generaciones, la noticia cayó como un balde de agua fría. «Mi abuela vivió 94 años tomando esa agua», dijo un vecino, escéptico.""",
        m="T I",
        t="salud",
        tone="0",
        note="a health risk found by others and the municipality's response",
    ),
    S(
        "w015",
        "valle",
        "2026-11-06T08:30:00-05:00",
        "Separan a dos serenos grabados bebiendo en plena ronda",
        """Dos serenos de Lunahuasi fueron separados del servicio tras la difusión de un video en el que aparecen bebiendo cerveza dentro de una camioneta del serenazgo estacionada frente a una discoteca de la avenida Grau, a las dos de la mañana del domingo.

        El gerente municipal Augusto Villavicencio confirmó la medida y anunció un proceso administrativo. «No vamos a tapar a nadie. El que vista el uniforme tiene que dar el ejemplo», declaró.

        El video fue grabado por un vecino y compartido más de 30 000 veces en redes sociales. «Y después se quejan de que no hay patrullaje», se lee en uno de los comentarios más votados.""",
        m="G",
        t="seguridad",
        tone="-",
        note="misconduct of the serenazgo; the institution is not named by an alias",
    ),
    S(
        "w016",
        "valle",
        "2026-11-06T20:10:00-05:00",
        "Maritza Anchante gana la media maratón de Ayanque con récord",
        """La fondista Maritza Anchante Peña, de 24 años, ganó la media maratón de Ayanque con un tiempo de 1 hora, 14 minutos y 8 segundos, nuevo récord de la prueba. Cruzó la meta con más de tres minutos de ventaja sobre la segunda.

        Anchante entrena en los arenales de la costa sur y prepara su clasificación para los Juegos Bolivarianos. «Correr en la arena te da piernas para todo», dijo tras recibir el trofeo.""",
        about=False,
        note="namesake: an athlete with the teniente alcaldesa's given name and surname",
    ),
    S(
        "w017",
        "valle",
        "2026-11-07T07:00:00-05:00",
        "Nueve meses después del huaico, Cruz Blanca sigue esperando",
        """La carpa de la familia Uchuya Ramos está plantada sobre el mismo terreno donde estaba su casa de adobe hasta la noche del 14 de febrero. Esa noche la quebrada Seca bajó con piedras del tamaño de un refrigerador y se llevó veinte viviendas del sector Cruz Blanca. Nadie murió. Casi todo lo demás se perdió.

        En marzo, el alcalde Hildebrando Pachas Carbajal llegó con cascos y chalecos y prometió 40 módulos de vivienda, la reconstrucción del puente peatonal sobre la quebrada y un muro de contención «antes del próximo verano». A fines de octubre se habían entregado doce módulos. Del puente queda un letrero. Del muro, ni eso.

        «Ya pasó el invierno, ya viene otra vez la lluvia de la sierra y nosotros seguimos igual», dice Juana Ramos, de 52 años, que cocina en una olla común con otras ocho familias. Los niños cruzan la quebrada por un tablón para ir al colegio.

        La Municipalidad Distrital de Lunahuasi atribuye la demora a la falta de transferencias del Gobierno Central. La subgerencia de Gestión del Riesgo de Desastres indicó que los 28 módulos restantes «están en proceso de adquisición» y que el expediente técnico del puente fue aprobado en setiembre.

        Los vecinos no se conforman con eso. En la asamblea del domingo acordaron marchar al palacio municipal el 14 de noviembre si no ven maquinaria en la quebrada.

        Mientras tanto, don Teófilo Ramos, de 80 años, sigue durmiendo en el mototaxi de su nieto. «Es más seco que la carpa», explica.""",
        m="A I",
        t="obras",
        tone="-",
        note="long feature: unfulfilled reconstruction after a huaico",
    ),
    S(
        "w018",
        "valle",
        "2026-11-09T07:20:00-05:00",
        "Control interno halla leche vencida en almacén del Vaso de Leche",
        """El Órgano de Control Institucional encontró 312 tarros de leche evaporada con fecha de vencimiento de agosto en el almacén del programa del Vaso de Leche de la Municipalidad de Lunahuasi. Parte del lote, según el informe, ya había sido distribuido a tres comités de La Huaranga.

        El informe recomienda deslindar responsabilidades del jefe del almacén y del proveedor. Las madres del comité Virgen de Guadalupe dijeron que varios niños tuvieron dolor de estómago en setiembre, aunque no lo relacionaron entonces con la leche.""",
        m="I",
        tone="-",
        note="Vaso de Leche is none of the five topics even with a health angle in passing",
    ),
    S(
        "w019",
        "valle",
        "2026-11-09T18:00:00-05:00",
        "Ayanque bajo la basura: cierran el relleno sanitario provincial",
        """Las calles del centro de Ayanque amanecieron con montículos de bolsas en cada esquina. El relleno sanitario provincial de Pampa Grande dejó de recibir residuos el sábado, después de que la Autoridad Nacional del Agua detectara filtraciones de lixiviados hacia un canal de regadío.

        El alcalde provincial, Fortunato Lévano Huamán, dijo que se habilitará una celda de emergencia en un plazo de diez días. Los camiones de Ayanque, Lunahuasi y Huancoyo, que también descargaban en Pampa Grande, tendrán que buscar alternativas mientras tanto.

        El Organismo de Evaluación y Fiscalización Ambiental abrió un procedimiento sancionador contra la municipalidad provincial.""",
        about=False,
        note="the provincial landfill closed; Lunahuasi named only as a place whose trucks used it",
    ),
    S(
        "w020",
        "valle",
        "2026-11-10T08:10:00-05:00",
        "Fumigan 3 200 viviendas para cerrarle el paso al dengue",
        """Brigadas de la Municipalidad Distrital de Lunahuasi y de la Red de Salud Ayanque fumigaron entre el jueves y el domingo 3 200 viviendas del pueblo y de los anexos de El Molino y Santa Elvira, la zona más cercana a El Tambillo, donde ya hay casos de dengue.

        Además de la nebulización, los brigadistas revisaron cilindros, llantas y floreros y eliminaron unos 4 000 criaderos. «El zancudo no conoce límites distritales. Lo mejor es adelantarnos», dijo la teniente alcaldesa Maritza Anchante Uchuya, que acompañó a las cuadrillas.

        Solo el 6 % de las viviendas no permitió el ingreso, una cifra baja comparada con campañas anteriores. La segunda ronda está prevista para fines de noviembre.""",
        m="I T",
        t="salud",
        tone="+",
        note="prevention campaign with good figures",
    ),
    S(
        "w021",
        "valle",
        "2026-11-11T07:40:00-05:00",
        "Calle Bolognesi deja atrás el polvo: entregan cinco cuadras de pista",
        """Durante quince años, los vecinos de la calle Bolognesi regaron la tierra de la pista con mangueras para que el polvo no entrara a sus casas. Desde ayer, las cinco cuadras que van de la plaza al mercado tienen pavimento de concreto, veredas y rampas para sillas de ruedas.

        La obra costó 1,9 millones de soles y se ejecutó en 110 días, diez menos de lo previsto. El alcalde Hildebrando Pachas cortó la cinta junto al gerente Efraín Munayco y a la junta vecinal, que había presentado el proyecto al presupuesto participativo de 2024.

        «Es la primera vez que vemos una obra terminada antes de tiempo en Lunahuasi», dijo Ángela Huamán, presidenta de la junta, entre aplausos. La Municipalidad Distrital de Lunahuasi anunció que el siguiente tramo será la calle San Martín.""",
        m="A U I",
        t="obras",
        tone="+",
        note="street paving delivered early",
    ),
    S(
        "w022",
        "valle",
        "2026-11-12T09:00:00-05:00",
        "Provías promete puente peatonal en el kilómetro 289 tras muerte de escolar",
        """Provías Nacional anunció que instalará un puente peatonal metálico en el kilómetro 289 de la Panamericana Sur, frente al colegio 22415 de Lunahuasi, donde el 28 de octubre un escolar de trece años murió atropellado por un camión.

        Desde 2019, los padres de familia habían enviado seis cartas pidiendo el puente. El proyecto, según la entidad, estará listo en el primer trimestre de 2027. La municipalidad lunahuasina cederá en uso el terreno para las escaleras y se encargará de la iluminación.

        Padres y alumnos hicieron un plantón de una hora sobre la berma con carteles que decían «Ni un niño más».""",
        m="I",
        t="obras",
        tone="0",
        note="a national agency's bridge with the municipality's part; 'municipalidad lunahuasina' names the institution",
    ),
    S(
        "w023",
        "valle",
        "2026-11-13T07:15:00-05:00",
        "Comerciantes del mercado rechazan alza de la sisa",
        """Unos doscientos comerciantes del mercado de abastos de Lunahuasi cerraron sus puestos durante tres horas para protestar contra el aumento de la sisa diaria, que pasará de 1,50 a 2,50 soles desde diciembre.

        «Subir casi setenta por ciento de golpe es un abuso. Aquí no hay agua en los baños y los techos se caen», reclamó Edilberto Quispe, presidente de la asociación de comerciantes. El gerente municipal Augusto Villavicencio Loayza sostuvo que la tarifa no se actualizaba desde 2014 y que lo recaudado servirá para mantenimiento.

        Los comerciantes pidieron una mesa de diálogo con el alcalde.""",
        m="G",
        t="tributos",
        tone="-",
        note="market fee increase (tributos by convention)",
    ),
    S(
        "w024",
        "valle",
        "2026-11-14T08:30:00-05:00",
        "El algodón Tangüis paga 30 soles menos por quintal que el año pasado",
        """Los desmotadores del valle del Ayanque están pagando entre 135 y 140 soles por quintal de algodón Tangüis en rama, unos 30 soles menos que en la campaña anterior. La caída responde a la baja de los precios internacionales y a la competencia de la fibra importada.

        Con costos de producción que superan los 6 000 soles por hectárea, muchos agricultores ya anuncian que la próxima campaña sembrarán maíz amarillo o alquilarán sus tierras a las agroexportadoras de uva.

        El Ministerio de Desarrollo Agrario anunció un bono de 500 soles para pequeños productores, pero los gremios lo consideran insuficiente.""",
        about=False,
        note="agriculture story; no municipal angle",
    ),
    S(
        "w025",
        "valle",
        "2026-11-16T07:10:00-05:00",
        "Mil cien hogares ya separan su basura en casa",
        """Los martes y viernes, un triciclo verde recorre las calles de Lunahuasi recogiendo bolsas de botellas, cartones y latas que los vecinos dejan en la puerta. Es la cara visible del programa de segregación en la fuente de la Municipalidad Distrital de Lunahuasi, que en seis meses ha pasado de 180 a 1 100 hogares inscritos.

        Los reciclables se entregan a la Asociación de Recicladores Nueva Esperanza, cuyas doce integrantes, antes informales, ahora tienen uniforme, seguro y un centro de acopio en El Molino. «Antes buscábamos en el botadero entre el humo. Ahora la gente nos espera», cuenta su presidenta, Eulogia Carbajal.

        Según el municipio, el programa ha reducido en dos toneladas semanales lo que se lleva al relleno. Es poco frente a las 28 toneladas diarias que produce el distrito, admiten, pero la meta es llegar a 3 000 hogares en 2027.""",
        m="I",
        t="limpieza",
        tone="+",
        note="recycling programme growing",
    ),
    S(
        "w026",
        "valle",
        "2026-11-17T06:40:00-05:00",
        "Se llevan cuarenta botijas de pisco de una bodega de Pampa del Toro",
        """Delincuentes forzaron el portón de la bodega Los Lúcumos, en el anexo de Pampa del Toro, y se llevaron cuarenta botijas de pisco quebranta y una motobomba. El propietario, Celestino Hernández, calcula la pérdida en más de 25 000 soles.

        Es el cuarto robo a bodegas en el anexo desde agosto. Los vecinos aseguran que las motos del serenazgo de Lunahuasi, entregadas con ceremonia hace tres semanas, no han pasado por Pampa del Toro ni una sola noche. «Las vimos en la foto y en la plaza. Aquí, nunca», dijo Hernández.

        La comisaría abrió una investigación. En la Gerencia de Seguridad Ciudadana prometieron revisar los turnos.""",
        t="seguridad",
        tone="-",
        about=True,
        note="about the serenazgo's absence without naming anyone of ours or an alias",
    ),
    S(
        "w027",
        "valle",
        "2026-11-19T07:20:00-05:00",
        "Lunahuasi cumple 152 años entre promesas de mercado y puente",
        """Con desfile escolar, misa de campaña y un discurso de cuarenta minutos, el distrito celebró ayer sus 152 años de creación política. En la tribuna de honor, el alcalde Hildebrando Pachas Carbajal enumeró lo que llamó «las obras del bicentenario lunahuasino»: el mercado modelo, el puente de Cruz Blanca, la calle San Martín y un nuevo local para el serenazgo.

        «En dos años nadie va a reconocer este pueblo», prometió, antes de entregar diplomas a los vecinos notables y a los campeones de la Copa Perú distrital.

        Desde la tribuna opuesta, la regidora Gladys Tipacti comentó a la prensa que de las obras anunciadas en el aniversario pasado solo se terminó una. «Los discursos son gratis», dijo.

        La jornada terminó con un concurso de marinera y una serenata con orquesta en la plaza de armas, financiada por la Municipalidad Distrital de Lunahuasi.""",
        m="A R I",
        t="obras",
        tone="0",
        note="anniversary speech listing works, with an opposition remark",
    ),
    S(
        "w028",
        "valle",
        "2026-11-19T08:00:00-05:00",
        "Embargan cuentas de agroexportadora por deuda de 380 000 soles en predial",
        """El ejecutor coactivo de la Municipalidad de Lunahuasi ordenó el embargo en forma de retención de las cuentas bancarias de Viñedos del Sur S.A.C., que adeuda 380 000 soles por impuesto predial de los años 2021 a 2025 sobre sus fundos de Pampa Media.

        La empresa, una de las mayores exportadoras de uva red globe del valle, presentó una reclamación ante el Tribunal Fiscal en la que sostiene que parte de sus terrenos son rústicos y deben tributar menos. La administración tributaria municipal señaló que la reclamación no suspende la cobranza.""",
        m="I",
        t="tributos",
        tone="0",
        note="enforced collection (tributos)",
    ),
    S(
        "w029",
        "valle",
        "2026-11-20T07:30:00-05:00",
        "Mercado modelo: avance de 35 % cuando debía ir en 60 %",
        """La obra del mercado modelo de Lunahuasi acumula un retraso de casi tres meses. Según el último informe de supervisión, el avance físico es de 35 %, cuando el cronograma preveía 60 % a estas alturas.

        El gerente de Desarrollo Urbano, Efraín Munayco Quintanilla, atribuyó la demora a la falta de acero de 5/8 en el mercado regional y a la paralización de dos semanas por reclamos de pago de los obreros. «Se ha pedido al consorcio un plan de aceleración», dijo.

        La supervisión, sin embargo, anota también deficiencias en el vaciado de dos zapatas que tuvieron que demolerse. El contrato prevé penalidades de hasta el 10 % del monto, unos 960 000 soles.

        Los comerciantes que serán reubicados en el nuevo mercado ya no confían en la fecha de entrega de mayo.""",
        m="U",
        t="obras",
        tone="-",
        note="works behind schedule; the institution is not named by an alias",
    ),
    S(
        "w030",
        "valle",
        "2026-11-21T09:30:00-05:00",
        "Un caserío llamado Lunahuasi, en las alturas de Ayacucho, enciende su primer foco",
        """A 3 800 metros de altura, en la provincia ayacuchana de Lucanas, las 46 familias del caserío de Lunahuasi vieron encenderse el sábado el primer foco de su historia. La electrificación rural, a cargo del Ministerio de Energía y Minas, llegó con paneles solares domiciliarios.

        «Ahora los niños pueden hacer la tarea de noche», dijo el teniente gobernador, Anacleto Huamaní. El caserío, de pastores de alpacas, no tiene relación con el distrito costeño del mismo nombre, aunque sus pobladores bromean con que «nosotros éramos primero».""",
        about=False,
        note="namesake place: a hamlet with the same name in Ayacucho",
    ),
    S(
        "w031",
        "valle",
        "2026-11-23T08:00:00-05:00",
        "Tamizan a 480 niños contra la anemia en Lunahuasi",
        """Enfermeras del centro de salud y promotoras de la Municipalidad Distrital de Lunahuasi midieron la hemoglobina de 480 niños menores de cinco años durante la jornada «Lunahuasi sin Anemia». Ciento doce dieron resultados por debajo de lo normal y ya reciben hierro en gotas y visitas domiciliarias.

        La municipalidad distribuyó además 300 kilos de sangrecita y bazo en las ferias del sábado, con demostraciones de cocina a cargo de las madres del Vaso de Leche.""",
        m="I",
        t="salud",
        tone="+",
        note="anaemia screening",
    ),
    S(
        "w032",
        "valle",
        "2026-11-18T07:50:00-05:00",
        "Piden la vacancia del alcalde de Lunahuasi por contratar a su sobrino",
        """El abogado Rodolfo Legua Tenorio presentó ante el concejo de Lunahuasi un pedido de vacancia contra el alcalde Hildebrando Pachas Carbajal por la causal de nepotismo. Según el escrito, Jorge Carbajal Pachas, sobrino del burgomaestre, fue contratado en julio como jefe de la oficina de Logística.

        El alcalde negó haber intervenido en la contratación. «El señor entró por concurso y yo no integro ningún comité», declaró. El concejo tiene treinta días hábiles para resolver; su decisión puede ser apelada ante el Jurado Nacional de Elecciones.

        Es el segundo pedido de vacancia contra Pachas en lo que va de la gestión. El primero, por un supuesto conflicto de intereses con bodegas de su familia, fue declarado improcedente.""",
        m="A",
        tone="-",
        note="accusation against the Mayor, denied; still a story about an accusation",
    ),
    S(
        "w033",
        "valle",
        "2026-11-26T07:25:00-05:00",
        "Descolmatan 40 000 metros cúbicos del cauce del Ayanque",
        """Tres excavadoras y dos tractores de la Municipalidad Distrital de Lunahuasi terminaron la descolmatación de 4,2 kilómetros del cauce del río Ayanque, entre el puente de la Panamericana y el sector El Molino. Se retiraron unos 40 000 metros cúbicos de piedra y sedimento que en febrero hicieron que el río se desbordara.

        El material se usó para levantar diques provisionales en las dos márgenes. El gerente Efraín Munayco afirmó que el cauce tiene ahora capacidad para el doble del caudal que hubo en la avenida de febrero. Los agricultores de El Molino, que en años anteriores tuvieron que alquilar maquinaria por su cuenta, agradecieron la intervención.""",
        m="I U",
        t="obras",
        tone="+",
        note="riverbed clearing (obras by convention)",
    ),
    S(
        "w034",
        "valle",
        "2026-11-28T08:40:00-05:00",
        "El Tambillo instala 18 cámaras y una central de monitoreo",
        """La Municipalidad Distrital de El Tambillo puso en funcionamiento dieciocho cámaras de videovigilancia en sus principales avenidas y una central de monitoreo que funciona las 24 horas. La burgomaestra Nélida Chacaliaza explicó que las imágenes estarán enlazadas con la comisaría.

        La inversión fue de 720 000 soles. En lo que va del año, El Tambillo registró 140 denuncias por robo, según la Policía.""",
        about=False,
        note="security cameras in another district",
    ),
    S(
        "w035",
        "valle",
        "2026-12-01T06:30:00-05:00",
        "Vuelve el agua al Ayanque y Lunahuasi activa su centro de emergencia",
        """A las cuatro de la tarde del lunes, un rumor sordo anunció lo que todo el valle esperaba desde setiembre: el río Ayanque volvió a correr. Las primeras lluvias en la cabecera de cuenca llenaron el cauce seco en menos de una hora, y decenas de agricultores bajaron a la orilla con sus celulares para grabar el momento.

        La alegría duró poco. El Senamhi emitió un aviso naranja por lluvias moderadas a fuertes en la sierra para los próximos cuatro días, con riesgo de activación de quebradas.

        La Municipalidad Distrital de Lunahuasi instaló su Centro de Operaciones de Emergencia en el local de Defensa Civil y pidió a las familias de Cruz Blanca y de la ribera de El Molino que tengan lista una mochila de emergencia. También dispuso que la maquinaria pesada permanezca estacionada en el sector de Chacra Vieja.""",
        m="I",
        tone="0",
        note="emergency preparedness (none of the five topics)",
    ),
    S(
        "w036",
        "valle",
        "2026-12-03T19:10:00-05:00",
        "Huaico corta la Panamericana seis horas; maquinaria municipal despeja la vía",
        """La quebrada Seca se activó a las 10.40 de la mañana y arrastró lodo y piedras sobre 200 metros de la Panamericana Sur, a la altura del kilómetro 290. Cientos de camiones y buses quedaron varados a ambos lados.

        Dos cargadores frontales y una excavadora de la Municipalidad Distrital de Lunahuasi, que estaban estacionados a cinco kilómetros, llegaron antes que la maquinaria de Provías. A las 4.50 de la tarde se habilitó un carril y a las 6 el tránsito era normal.

        El alcalde Hildebrando Pachas siguió las labores desde la berma, con botas y casaca de Defensa Civil. «Por una vez llegamos primero», dijo. El enrocado de Chacra Vieja, recién terminado, contuvo el desborde en ese sector. En Cruz Blanca, donde no hay muro, el lodo entró a nueve viviendas.

        El gerente Efraín Munayco informó que las cuadrillas seguirán trabajando de noche para limpiar las cunetas.""",
        m="I A U",
        t="obras",
        tone="+",
        note="emergency road clearing by municipal machinery (obras by convention); mixed but the weight is positive",
    ),
    S(
        "w037",
        "valle",
        "2026-12-04T08:15:00-05:00",
        "Cuadrillas retiran lodo y desmonte de Cruz Blanca",
        """Setenta trabajadores de limpieza pública de la comuna lunahuasina, con palas, carretillas y dos volquetes, empezaron a retirar el lodo que el huaico del jueves dejó en las calles del sector Cruz Blanca. Hasta ayer se habían sacado unas 120 toneladas de barro, piedras y basura arrastrada.

        Los vecinos ayudaron con sus propias herramientas. Las nueve familias afectadas fueron alojadas en el local comunal.""",
        m="I",
        t="limpieza",
        tone="0",
        note="clearing mud from streets with cleaning crews (limpieza by convention)",
    ),
    S(
        "w038",
        "valle",
        "2026-11-01T09:00:00-05:00",
        "Hildebrando Pachas, el de Los Trovadores, celebra sus 50 años de canto",
        """Medio siglo después de su primera serenata en una jarana de Ayanque, el cantante criollo Hildebrando Pachas Mayuri, primera voz de Los Trovadores de Ayanque, celebrará sus bodas de oro con un concierto el sábado en el Club Social de la ciudad.

        El repertorio incluirá valses de Felipe Pinglo y festejos del sur chico, y una composición propia dedicada al río Ayanque. «El río se seca, pero la canción no», dice el intérprete, de 73 años. Las entradas cuestan 40 soles.""",
        about=False,
        note="namesake: a singer with the Mayor's given name and first surname",
    ),
    S(
        "w039",
        "valle",
        "2026-11-25T07:00:00-05:00",
        "Tipacti: «No me opongo al progreso, me opongo a que nos roben»",
        """La regidora de oposición Gladys Tipacti Ormeño presentó ayer ante la Fiscalía Anticorrupción de Ayanque una denuncia contra funcionarios de la gerencia de Desarrollo Urbano por presunta colusión en la licitación del mercado modelo.

        Adjuntó una partida registral según la cual uno de los socios del Consorcio Valle Sur fue hasta 2022 accionista de una distribuidora de pisco junto con un hermano del alcalde. «No es cierto que yo quiera frenar el mercado. Lo que quiero es que se haga bien», dijo en conferencia.

        La municipalidad no respondió a la consulta de este diario hasta el cierre de la edición.""",
        m="R",
        t="obras",
        tone="-",
        note="negation ('no es cierto que...') in an accusatory story; bare 'el alcalde' and 'la municipalidad' are not mentions",
    ),
    S(
        "w040",
        "valle",
        "2026-11-30T07:35:00-05:00",
        "Camión recolector volcó en la bajada de La Huaranga",
        """Un camión de recojo de residuos de la Municipalidad Distrital de Lunahuasi volcó ayer en la bajada de tierra que une La Huaranga con la carretera. El chofer y los dos ayudantes salieron con contusiones leves.

        Las cuatro toneladas de basura que llevaba quedaron desparramadas en la ladera. La recolección en los anexos se suspendió por el día.""",
        m="I",
        t="limpieza",
        tone="-",
        note="short: an accident of the garbage truck interrupting the service",
    ),
    # --- Diario La Costa Sur: regional paper, teasers in RSS, old table template with comments ----------------------------
    S(
        "w041",
        "costa",
        "2026-10-27T05:30:00-05:00",
        "Sobrino del alcalde es jefe de Logística en Lunahuasi, denuncia regidora",
        """La regidora Gladys Tipacti Ormeño denunció que Jorge Carbajal Pachas, sobrino del alcalde de Lunahuasi, Hildebrando Pachas Carbajal, ocupa desde julio la jefatura de Logística de la municipalidad, la oficina que firma las órdenes de compra y de servicio del distrito.

        La concejal mostró a La Costa Sur la resolución de designación, que lleva la firma del gerente municipal. «No hubo concurso, hubo dedazo. Y el dedazo tiene apellido», afirmó. Según Tipacti, el funcionario tiene título de contador desde hace apenas un año y su único empleo previo fue en una distribuidora de licores de la familia.

        El despacho de alcaldía envió una nota en la que afirma que el nombramiento «se ajustó a la normativa de personal de confianza» y que el alcalde «no tuvo participación alguna».

        La Ley de Nepotismo prohíbe a los funcionarios ejercer la facultad de nombramiento o influir en la contratación de parientes hasta el cuarto grado de consanguinidad.""",
        m="R A",
        tone="-",
        note="accusation of nepotism; bare 'la municipalidad' is not the institution",
    ),
    S(
        "w042",
        "costa",
        "2026-10-29T05:45:00-05:00",
        "Fiscalía investiga al alcalde Pachas por losa deportiva sobrevalorada",
        """La Fiscalía Provincial Anticorrupción de Ayanque abrió investigación preliminar contra el alcalde de Huancoyo, Rómulo Pachas Yataco, por presunta colusión en la construcción de una losa deportiva en el centro poblado San Pedro, cuyo costo final superó en 70 % al presupuesto inicial.

        El alcalde Pachas negó irregularidades y atribuyó el mayor costo a adicionales de obra aprobados por la supervisión. La losa, de 800 metros cuadrados, costó 612 000 soles.""",
        about=False,
        note="namesake: 'el alcalde Pachas' is Huancoyo's Mayor",
    ),
    S(
        "w043",
        "costa",
        "2026-11-02T05:20:00-05:00",
        "Serenos y policías patrullarán juntos Los Médanos tras ola de asaltos a mototaxistas",
        """Desde esta semana, una camioneta del serenazgo con dos efectivos policiales a bordo recorrerá de 7 de la noche a 3 de la madrugada el asentamiento humano Los Médanos y el tramo de la Panamericana entre los kilómetros 287 y 291.

        La medida fue acordada por la Municipalidad Distrital de Lunahuasi y la comisaría del distrito después de que cinco mototaxistas fueran asaltados en octubre, dos de ellos con arma blanca. Uno perdió su vehículo, su única herramienta de trabajo.

        «Ahora sí siento que alguien nos cuida», dijo Wilmer Anchante, mototaxista de la asociación Los Ángeles del Desierto, tras la primera noche de patrullaje integrado.""",
        m="I",
        t="seguridad",
        tone="+",
        note="joint patrols after assaults; 'Wilmer Anchante' is not the teniente alcaldesa",
    ),
    S(
        "w044",
        "costa",
        "2026-11-05T05:10:00-05:00",
        "Lunahuasi, campeón provincial... en cobrar arbitrios",
        """¡Felicitaciones a la comuna lunahuasina! Según un cuadro comparativo elaborado por el Colegio de Economistas de la región, sus vecinos pagan los arbitrios más caros de la provincia de Ayanque: 19,40 soles mensuales por vivienda, frente a 11,20 en Huancoyo y 9,80 en El Tambillo. Y eso antes del alza aprobada para 2027.

        A cambio de ese récord, los vecinos de los anexos reciben una visita semanal del camión recolector, cuando la recibe, y un serenazgo que, según sus propios informes, cubre de noche apenas la mitad del distrito.

        El economista Luis Tenorio, autor del estudio, explicó que el costo elevado se debe en parte a que el municipio no tiene relleno propio y paga transporte hasta Pampa Grande, pero también a una planilla administrativa que creció 40 % desde 2023.

        La subgerencia de Administración Tributaria no respondió a las llamadas de este diario.""",
        m="I",
        t="tributos",
        tone="-",
        note="sarcasm: 'campeón... en cobrar'",
    ),
    S(
        "w045",
        "costa",
        "2026-11-08T05:40:00-05:00",
        "Gobierno Regional presenta perfil de represa en la cabecera del Ayanque",
        """El gobernador regional Víctor Manrique Aspilcueta presentó en Ayanque el estudio de perfil de la represa de Tinguiri, que almacenaría 45 millones de metros cúbicos en la cabecera de la cuenca para regar el valle durante el estiaje.

        El proyecto costaría unos 680 millones de soles y podría estar listo, «con suerte y voluntad política», hacia 2032, según el propio gobernador. A la presentación asistieron los alcaldes de Lunahuasi, Huancoyo y El Tambillo, además de dirigentes de la Junta de Usuarios.

        Los agricultores recibieron el anuncio con escepticismo: la represa figura en planes regionales desde 1998.""",
        m="A",
        about=False,
        note="a regional project; our Mayor named in passing among attendees ('los alcaldes de Lunahuasi, ...')",
    ),
    S(
        "w046",
        "costa",
        "2026-11-10T05:15:00-05:00",
        "Obreros paralizan el mercado modelo por falta de pago",
        """Unos sesenta obreros del Consorcio Valle Sur paralizaron la obra del mercado modelo de Lunahuasi por segundo día consecutivo. Denuncian que no reciben su jornal desde hace cinco semanas.

        El consorcio alega que la Municipalidad de Lunahuasi no le ha pagado dos valorizaciones por 1,3 millones de soles. En la comuna sostienen que las valorizaciones fueron observadas por la supervisión y que no se puede pagar lo que no está conforme.

        Los trabajadores, la mayoría de Los Médanos y Cruz Blanca, instalaron una olla común frente a la obra.""",
        m="I",
        t="obras",
        tone="-",
        note="works paralysed, payment dispute",
    ),
    S(
        "w047",
        "costa",
        "2026-11-12T05:00:00-05:00",
        "Minsa alerta presencia del Aedes aegypti en cuatro distritos de Ayanque",
        """La Dirección de Salud Ambiental confirmó la presencia del zancudo Aedes aegypti, transmisor del dengue, en los distritos de Ayanque, Huancoyo, El Tambillo y Lunahuasi. El índice aédico más alto se registró en El Tambillo, con 4,8 %.

        Las autoridades sanitarias pidieron a la población eliminar los recipientes con agua estancada y acudir al establecimiento de salud más cercano ante síntomas.""",
        about=False,
        note="a regional health alert listing places; the institution is not named",
    ),
    S(
        "w048",
        "costa",
        "2026-11-14T05:25:00-05:00",
        "Maritza Anchante: «En el concejo hay que aprender a escuchar»",
        """Maestra durante veinte años en el colegio de Santa Elvira, la teniente alcaldesa de Lunahuasi, Maritza Anchante Uchuya, llegó a la política casi por accidente. Conversamos con ella sobre la Defensoría Municipal del Niño, las peleas en el concejo y lo que viene.

        —¿Qué le preocupa más del distrito?

        —La violencia en las casas. En la Demuna atendemos entre quince y veinte casos al mes, y son los que se denuncian. Muchas mujeres de los anexos no vienen porque no tienen quién les cuide a los hijos o porque dependen del marido.

        —La oposición dice que el concejo es una mesa de partes del alcalde.

        —Yo he votado en contra del alcalde dos veces y nadie lo cuenta. En el concejo hay que aprender a escuchar, también a la regidora Tipacti, que a veces tiene razón y a veces solo hace ruido.

        —¿Será candidata en 2030?

        —Ahora estoy pensando en que los filtros de Santa Elvira lleguen antes de Navidad.""",
        m="T R",
        tone="0",
        note="interview; not a topic; 'la teniente alcaldesa de Lunahuasi'",
    ),
    S(
        "w049",
        "costa",
        "2026-11-17T05:35:00-05:00",
        "Transportistas bloquean la Panamericana en Lunahuasi contra el alza del peaje",
        """Cerca de doscientos camiones de carga bloquearon durante cinco horas la Panamericana Sur a la altura del óvalo de Lunahuasi, en protesta contra el incremento de 1,50 soles en el peaje de Huancoyo, administrado por una concesionaria privada.

        La Policía negoció con los dirigentes, que levantaron la medida tras el compromiso de una mesa de diálogo con el Ministerio de Transportes el jueves. Los buses interprovinciales acumularon retrasos de hasta seis horas.""",
        about=False,
        note="a road blockade in the district; place only",
    ),
    S(
        "w050",
        "costa",
        "2026-11-19T05:20:00-05:00",
        "Villavicencio defiende mantenimiento de compactadoras observado por Contraloría",
        """El gerente municipal de Lunahuasi, Augusto Villavicencio Loayza, defendió el contrato de mantenimiento de las dos compactadoras del distrito, por el que la Contraloría detectó un perjuicio de 148 000 soles. Según el informe de control, se pagaron cambios de motor y de sistema hidráulico que nunca se hicieron.

        «Los repuestos están instalados y cualquiera puede ir al taller a verlos», afirmó el funcionario, que anunció que la municipalidad presentará sus descargos ante el Órgano Instructor. La Contraloría identificó responsabilidad administrativa en cuatro funcionarios, entre ellos el propio gerente, y recomendó acciones penales contra dos.

        Mientras tanto, una de las compactadoras sigue fuera de servicio y los horarios de recojo en los anexos continúan alterados.""",
        m="G",
        t="limpieza",
        tone="-",
        note="audit finding on the garbage trucks' maintenance; the gerente defends himself",
    ),
    S(
        "w051",
        "costa",
        "2026-11-22T05:05:00-05:00",
        "600 000 soles para la vendimia y el río sin muro",
        """El concejo de Lunahuasi aprobó por mayoría un presupuesto de 600 000 soles para el Festival Internacional de la Vendimia Lunahuasina 2027, que se realizará del 5 al 9 de marzo con artistas nacionales, concurso de pisco y elección de la reina.

        La regidora Gladys Tipacti votó en contra. «Cruz Blanca no tiene muro de contención y nosotros contratamos orquestas. Si el río se lleva casas en febrero, la reina de la vendimia va a tener que coronarse con botas», ironizó.

        La Municipalidad Distrital de Lunahuasi sostiene que el festival deja en el distrito más de 5 millones de soles en turismo y que se financia en parte con auspicios de bodegas.""",
        m="R I",
        tone="-",
        note="festival budget criticised (culture is none of the five topics; the river is the argument, not the subject)",
    ),
    S(
        "w052",
        "costa",
        "2026-11-25T05:30:00-05:00",
        "Veinticuatro cámaras vigilan desde hoy el centro de Lunahuasi",
        """La Municipalidad Distrital de Lunahuasi inauguró su central de videovigilancia con 24 cámaras de alta definición instaladas en la plaza de armas, el mercado, el óvalo de la Panamericana y las entradas de los anexos de El Molino y Santa Elvira.

        Cuatro operadores vigilarán las pantallas en turnos rotativos, con enlace directo a la comisaría y a las unidades de serenazgo. El alcalde Hildebrando Pachas Carbajal dijo que en 2027 se instalarán otras veinte cámaras en Los Médanos y Pampa del Toro.

        La inversión fue de 1,1 millones de soles.""",
        m="I A",
        t="seguridad",
        tone="+",
        note="new CCTV centre",
    ),
    S(
        "w053",
        "costa",
        "2026-11-27T05:50:00-05:00",
        "Crónica: vivir sobre la arena, esperar el agua",
        """A Los Médanos se llega caminando por la arena o en mototaxi, si el mototaxista quiere subir. Las casas son de estera, de triplay y, las más prósperas, de ladrillo sin tarrajear. No hay pistas, no hay desagüe, no hay agua potable. Hay una capilla, dos bodegas y una cancha de fulbito dibujada con cal sobre la duna.

        «Aquí vivimos los que trabajamos en las uvas», dice Marleni Cahua, que a las cuatro de la mañana sube a un camión que la lleva a cosechar a un fundo de Pampa Media. Gana 60 soles al día en temporada. Fuera de temporada, lava ropa.

        El asentamiento nació en 2009 con 30 familias. Hoy son 340. El municipio lunahuasino les entregó constancias de posesión en 2019, lo que les permitió conectar la luz, pero el saneamiento sigue siendo una promesa: el proyecto de agua y desagüe lleva tres años en evaluación y nadie en la comuna sabe decir cuándo saldrá.

        Mientras tanto, el agua llega en cisterna. Cuando llega.""",
        m="I",
        tone="-",
        note="chronicle of a settlement the municipality neglects; water and sanitation project is none of the five",
    ),
    S(
        "w054",
        "costa",
        "2026-11-29T05:15:00-05:00",
        "Sereno herido al enfrentar a asaltantes de un grifo",
        """Un sereno de la Municipalidad de Lunahuasi recibió un corte en el brazo cuando intentó detener a dos sujetos que asaltaban el grifo Santa Rosa, en el kilómetro 288 de la Panamericana. Los delincuentes huyeron en una moto lineal con unos 3 000 soles.

        El sereno, Juan Yataco, de 34 años, fue atendido en el centro de salud y se encuentra fuera de peligro.""",
        m="I",
        t="seguridad",
        tone="0",
        note="a sereno of the municipality injured; the health centre is passing, not a topic",
    ),
    S(
        "w055",
        "costa",
        "2026-12-02T05:25:00-05:00",
        "El Tambillo acusa a Lunahuasi de arrojar basura en el límite distrital",
        """La alcaldesa de El Tambillo, Nélida Chacaliaza Vera, acusó al municipio lunahuasino de arrojar basura en un terreno eriazo del límite entre ambos distritos, a la altura del sector Las Lomas. Presentó fotos de un camión con el logotipo de la comuna vecina descargando bolsas en la quebrada.

        El alcalde de Lunahuasi, Hildebrando Pachas, calificó la acusación de «falsa y politiquera». «Nuestros camiones van a Pampa Grande. Si alguien bota basura en Las Lomas, que lo denuncien a la Policía», respondió.

        La Fiscalía Ambiental anunció que hará una inspección.""",
        m="I A",
        t="limpieza",
        tone="-",
        note="accusation from the neighbouring Mayoress, denied",
    ),
    S(
        "w056",
        "costa",
        "2026-12-05T05:10:00-05:00",
        "Municipalidad de Lunahuasi anuncia chocolatadas en los doce anexos",
        """La Municipalidad de Lunahuasi realizará chocolatadas navideñas en sus doce anexos y centros poblados entre el 15 y el 23 de diciembre. Se repartirán unos 4 500 panetones y juguetes para niños de hasta diez años.

        El cronograma será difundido por las radios locales.""",
        m="I",
        tone="0",
        note="short notice; none of the five topics",
    ),
    S(
        "w057",
        "costa",
        "2026-11-20T05:40:00-05:00",
        "Alcalde provincial anuncia carretera asfaltada a la sierra de Ayanque",
        """El alcalde provincial de Ayanque, Fortunato Lévano Huamán, anunció la firma de un convenio con el Ministerio de Transportes para asfaltar los 62 kilómetros de la carretera que une la capital provincial con los distritos altoandinos de la provincia.

        La obra costaría 210 millones de soles y tendría un plazo de tres años. Lévano dijo que la vía «integrará la costa con la sierra» y permitirá bajar en la mitad el tiempo de viaje.""",
        about=False,
        note="the provincial Mayor's works; another institution",
    ),
    S(
        "w058",
        "costa",
        "2026-11-03T05:35:00-05:00",
        "Cementerio de Lunahuasi recibió a miles en Todos los Santos",
        """Miles de familias visitaron el cementerio general de Lunahuasi el 1 y 2 de noviembre para llevar flores, comida y música a sus difuntos. Las bandas de músicos cobraron entre 50 y 80 soles por canción.

        Cuadrillas de limpieza pública de la comuna lunahuasina retiraron al final de la jornada unas seis toneladas de flores secas, botellas y envases, y el cementerio amaneció limpio el martes, algo que los visitantes de años anteriores no recordaban.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a feature whose municipal angle is the cleaning, positive",
    ),
    S(
        "w059",
        "costa",
        "2026-11-15T05:55:00-05:00",
        "Marcha de Cruz Blanca llega al palacio municipal",
        """Unas trescientas personas del sector Cruz Blanca marcharon ayer desde la quebrada Seca hasta el palacio municipal de Lunahuasi, con ollas, cascos y carteles que decían «Promesas no paran huaicos».

        Los dirigentes fueron recibidos por el gerente municipal, Augusto Villavicencio, quien se comprometió a iniciar el muro de contención la primera semana de diciembre y a entregar los módulos de vivienda pendientes antes de fin de año. Los vecinos pidieron que los compromisos queden en un acta firmada por el alcalde, que se encontraba en Lima.

        «Ya no creemos en palabras. Queremos ver las máquinas», dijo la dirigente Juana Ramos.""",
        m="G",
        t="obras",
        tone="-",
        note="protest over unfulfilled works; 'palacio municipal de Lunahuasi' is not the institution",
    ),
    # --- Radio Lunahuasi 101.7 FM: district radio, newscast transcripts, date-only pubDate ---------------------------------
    S(
        "w060",
        "rluna",
        "2026-10-26",
        "Chacra Vieja sin recojo de basura hasta el jueves",
        """Atención, vecinos de Chacra Vieja y La Huaranga: el camión recolector no pasará hasta el jueves. Así lo informó la Municipalidad Distrital de Lunahuasi, que explicó que una de las compactadoras está en el taller por una falla en la caja de cambios.

        Se pide no sacar las bolsas a la calle para evitar que los perros las rompan. Nos escribe doña Carmela desde La Huaranga: «Ya son seis días sin camión, ¿hasta cuándo?». Seguiremos informando.""",
        m="I",
        t="limpieza",
        tone="-",
        note="radio copy: garbage collection suspended",
    ),
    S(
        "w061",
        "rluna",
        "2026-10-27",
        "Alcalde Pachas en cabina: «El enrocado estará antes de enero»",
        """Estuvo esta mañana en nuestros estudios el alcalde Hildebrando Pachas Carbajal, quien aseguró que el enrocado de Chacra Vieja estará terminado antes de que lleguen las lluvias de enero. «Le he dicho al contratista: si tiene que trabajar domingo, trabaja domingo», dijo el burgomaestre.

        Consultado sobre Cruz Blanca, el alcalde dijo que espera la transferencia del Gobierno Regional. «Sin esa plata no puedo hacer milagros», respondió ante la pregunta de un oyente.""",
        m="A",
        t="obras",
        tone="0",
        note="radio interview with the Mayor, a promise about works",
    ),
    S(
        "w062",
        "rluna",
        "2026-10-29",
        "Domingo de vacunación antirrábica en la plaza",
        """Este domingo, de ocho de la mañana a dos de la tarde, habrá vacunación antirrábica gratuita para perros y gatos en la plaza de armas de Lunahuasi y en el local comunal de El Molino. La campaña la organizan el centro de salud y la Municipalidad de Lunahuasi.

        Lleve a su mascota con correa o en una caja. Los gatos, por favor, en caja. La meta es vacunar a 2 800 animales.""",
        m="I",
        t="salud",
        tone="0",
        note="short notice of a vaccination campaign",
    ),
    S(
        "w063",
        "rluna",
        "2026-10-30",
        "Corte de agua en El Molino por trabajos de la EPS",
        """La empresa prestadora de servicios de agua de Ayanque comunica que el sábado, entre las nueve de la mañana y las seis de la tarde, se suspenderá el servicio en El Molino y la calle Lima de Lunahuasi por el cambio de una válvula en la línea de conducción. Se recomienda almacenar agua en recipientes tapados.""",
        about=False,
        note="a water company's notice; no municipal angle",
    ),
    S(
        "w064",
        "rluna",
        "2026-11-04",
        "Prorrogan hasta el 30 de noviembre el pago del predial sin moras",
        """Buenas noticias para los contribuyentes: la Municipalidad Distrital de Lunahuasi amplió hasta el 30 de noviembre el plazo para pagar la cuarta cuota del impuesto predial sin intereses moratorios. La caja de rentas atenderá también los sábados de ocho a una.""",
        m="I",
        t="tributos",
        tone="0",
        note="short tax deadline notice",
    ),
    S(
        "w065",
        "rluna",
        "2026-11-06",
        "Regidora Tipacti: «No es cierto que me oponga al mercado»",
        """La regidora Gladys Tipacti llamó a la radio para responder a quienes la acusan de frenar el mercado modelo. «No es cierto que me oponga al mercado. Me opongo a que una sola empresa se lo lleve con bases hechas a su medida», dijo.

        La concejal adelantó que en la sesión de hoy pedirá la nulidad de la licitación. Desde la gerencia de Desarrollo Urbano no quisieron declarar a esta emisora.""",
        m="R",
        t="obras",
        tone="-",
        note="negation on the air; accusatory about the tender",
    ),
    S(
        "w066",
        "rluna",
        "2026-11-09",
        "Deportivo Lunahuasi campeón distrital de la Copa Perú",
        """¡Deportivo Lunahuasi es campeón! Con un gol de Kevin Yataco en el minuto 88, el equipo de la plaza venció 2 a 1 a Juventud Santa Elvira en la final de la etapa distrital de la Copa Perú. Ahora va a la etapa provincial, donde enfrentará a Unión Huancoyo. ¡Felicitaciones, muchachos!""",
        about=False,
        note="sport; not about the municipality",
    ),
    S(
        "w067",
        "rluna",
        "2026-11-11",
        "Serenazgo recupera moto robada en menos de una hora",
        """La Gerencia de Seguridad Ciudadana de la Municipalidad Distrital de Lunahuasi informó que una patrulla de serenazgo recuperó una moto lineal robada minutos antes en la calle Callao. Los serenos la encontraron abandonada en un descampado de Pampa del Toro gracias al aviso de un vecino.

        El propietario, un profesor del colegio de El Molino, agradeció por esta emisora. «Pensé que no la volvía a ver», dijo.""",
        m="I",
        t="seguridad",
        tone="+",
        note="serenazgo recovers a stolen motorbike",
    ),
    S(
        "w068",
        "rluna",
        "2026-11-13",
        "Teniente alcaldesa asume el despacho por viaje del alcalde",
        """Por viaje del alcalde Hildebrando Pachas a Lima, donde gestiona recursos ante el Ministerio de Vivienda, la teniente alcaldesa Maritza Anchante Uchuya asume el despacho de alcaldía hasta el martes. La encargatura fue aprobada en la última sesión de concejo.""",
        m="A T",
        tone="0",
        note="a routine delegation",
    ),
    S(
        "w069",
        "rluna",
        "2026-11-16",
        "Campaña de salud gratuita en Santa Elvira este sábado",
        """Este sábado 21, en el colegio de Santa Elvira, se realizará una campaña de salud gratuita con medicina general, odontología, oftalmología y despistaje de diabetes. La organiza la Municipalidad de Lunahuasi con la Red de Salud Ayanque y una clínica de Lima que trae a sus especialistas.

        Se repartirán 300 lentes de lectura. Las atenciones empiezan a las ocho de la mañana y se dará prioridad a los adultos mayores.""",
        m="I",
        t="salud",
        tone="+",
        note="free health campaign announced",
    ),
    S(
        "w070",
        "rluna",
        "2026-11-18",
        "Serenata por los 152 años del distrito",
        """Esta noche, desde las nueve, gran serenata a Lunahuasi por sus 152 años, con la orquesta Los Diamantes del Sur y fuegos artificiales. La Municipalidad Distrital de Lunahuasi invita a todos los vecinos a la plaza de armas. Se recuerda que está prohibida la venta de bebidas alcohólicas en la vía pública.""",
        m="I",
        tone="0",
        note="anniversary notice",
    ),
    S(
        "w071",
        "rluna",
        "2026-11-20",
        "Oyentes reportan basura acumulada en la calle Grau",
        """Varios oyentes nos escriben esta mañana: en la cuadra cuatro de la calle Grau, frente al colegio, hay un cerro de basura que ya lleva cuatro días. «Los perros la riegan toda la noche y el olor es insoportable», dice don Ernesto. Otra oyente pregunta si la comuna lunahuasina se acordará de esa cuadra antes de Navidad. Hemos llamado a la subgerencia de Servicios Públicos; no contestan.""",
        m="I",
        t="limpieza",
        tone="-",
        note="listeners' complaints with a touch of irony",
    ),
    S(
        "w072",
        "rluna",
        "2026-11-23",
        "Gerente Munayco: el puente de Cruz Blanca empieza el 1 de diciembre",
        """El gerente Efraín Munayco anunció en nuestro noticiero que la construcción del puente peatonal de Cruz Blanca empezará el 1 de diciembre, con un plazo de sesenta días. Será de estructura metálica, de 42 metros, y costará 780 000 soles. «Ya está el contratista, ya está la plata», afirmó.""",
        m="U",
        t="obras",
        tone="0",
        note="announcement of a bridge start",
    ),
    S(
        "w073",
        "rluna",
        "2026-11-25",
        "Hildebrando Pachas nos visitó con sus valses",
        """Tuvimos en cabina a don Hildebrando Pachas, la inconfundible voz de Los Trovadores de Ayanque, que presentó tres valses de su nuevo disco y nos contó anécdotas de sus cincuenta años de jaranas. Nos dejó una invitación para su concierto del sábado en el Club Social. ¡Gracias, maestro!""",
        about=False,
        note="namesake: the singer, named as 'Hildebrando Pachas' only",
    ),
    S(
        "w074",
        "rluna",
        "2026-11-27",
        "Segunda ronda de fumigación en el pueblo y los anexos",
        """Desde el lunes empieza la segunda ronda de fumigación contra el zancudo del dengue en el pueblo de Lunahuasi y sus anexos. La Municipalidad Distrital de Lunahuasi pide a los vecinos dejar las ventanas abiertas, cubrir los alimentos y sacar a las mascotas durante la nebulización.""",
        m="I",
        t="salud",
        tone="0",
        note="fumigation notice",
    ),
    S(
        "w075",
        "rluna",
        "2026-11-30",
        "Mototaxistas protestan por nuevo ordenamiento de paraderos",
        """Más de cien mototaxis dieron vueltas a la plaza tocando claxon durante una hora esta mañana. Protestan contra la ordenanza de la Municipalidad de Lunahuasi que prohíbe paraderos en la calle Bolognesi recién asfaltada y los traslada a la avenida Grau. «Nos mandan donde no hay pasajeros», dijo el dirigente Hugo Cahua.""",
        m="I",
        tone="-",
        note="traffic (none of the five topics) even though the street is new",
    ),
    S(
        "w076",
        "rluna",
        "2026-12-02",
        "COE pide a familias de la ribera estar listas para evacuar",
        """El Centro de Operaciones de Emergencia de la Municipalidad Distrital de Lunahuasi pide a las familias de la ribera de El Molino y de Cruz Blanca estar atentas. El río ha subido más de un metro en la noche. Si escucha la sirena de la compañía de bomberos, diríjase a la zona segura del colegio 22415. Repetimos: zona segura, colegio 22415.""",
        m="I",
        tone="0",
        note="emergency notice; none of the five topics",
    ),
    S(
        "w077",
        "rluna",
        "2026-12-04",
        "Alcalde agradece a los trabajadores que despejaron la carretera",
        """El alcalde Pachas agradeció públicamente a los operadores de maquinaria y a los obreros municipales que trabajaron hasta la medianoche del jueves para despejar la Panamericana y las cunetas tras el huaico. «Son los héroes de esta semana», dijo en un mensaje grabado para nuestra emisora.""",
        m="A",
        t="obras",
        tone="+",
        note="the Mayor praising municipal workers after road clearing",
    ),
    S(
        "w078",
        "rluna",
        "2026-11-02",
        "Cuadrillas dejaron limpio el cementerio",
        """Un saludo a las cuadrillas de limpieza que trabajaron hasta tarde en el cementerio general. Los oyentes nos cuentan que esta vez no quedó ni una botella. Así sí, comuna lunahuasina.""",
        m="I",
        t="limpieza",
        tone="+",
        note="very short praise on air",
    ),
    S(
        "w079",
        "rluna",
        "2026-12-05",
        "Se suspende la feria del sábado en la plaza",
        """Por disposición de Defensa Civil, la feria agropecuaria del sábado en la plaza de armas se traslada al estadio municipal. Los productores de El Molino y Chacra Vieja deben coordinar su espacio con la subgerencia de Desarrollo Económico.""",
        about=True,
        note="a municipal notice naming no one of ours; none of the five topics",
    ),
    # --- Radio Ayanque 1090 AM: provincial radio, transcripts in full RSS with times -------------------------------------
    S(
        "w080",
        "rayanque",
        "2026-10-28T06:40:00-05:00",
        "Primera edición: choque en Huancoyo, predial en Lunahuasi y el clima",
        """Buenos días, provincia. Empezamos la primera edición con un accidente: un camión cargado de uva se despistó anoche en la curva de Huancoyo. El chofer está herido y la carga quedó regada en la pista. La Policía de Carreteras pide precaución.

        En Lunahuasi, la Municipalidad Distrital de Lunahuasi lanzó su campaña de pago del impuesto predial con sorteo de una mototaxi para los vecinos puntuales. Hay plazo hasta el 30 de noviembre.

        Y el clima: sol radiante, máxima de 31 grados en el valle. Cuidado con los rayos ultravioleta, que están en nivel extremo.""",
        m="I",
        t="tributos",
        tone="0",
        note="a newscast mixing items; only the tax item is about us",
    ),
    S(
        "w081",
        "rayanque",
        "2026-10-31T07:15:00-05:00",
        "Lévano: «Lunahuasi nos debe tres meses del relleno»",
        """El alcalde provincial Fortunato Lévano Huamán dijo en entrevista con esta emisora que la Municipalidad Distrital de Lunahuasi adeuda tres meses de la tarifa por disposición final de residuos en el relleno sanitario de Pampa Grande, unos 96 000 soles.

        «Nosotros recibimos su basura todos los días, sin fallar. Lo mínimo es que paguen», afirmó. Lévano advirtió que, si la deuda no se cancela en noviembre, los camiones lunahuasinos tendrán que hacer cola detrás de los de los distritos que sí pagan.

        Consultada por esta radio, la subgerencia de Servicios Públicos de Lunahuasi dijo que el pago está programado para la segunda quincena del mes.""",
        m="I",
        t="limpieza",
        tone="-",
        note="the provincial Mayor says our municipality owes landfill fees",
    ),
    S(
        "w082",
        "rayanque",
        "2026-11-03T07:05:00-05:00",
        "Rómulo Pachas: «Huancoyo no tiene una gota para regar»",
        """El alcalde de Huancoyo, Rómulo Pachas Yataco, pidió declarar en emergencia hídrica el valle del Ayanque. «Huancoyo no tiene una gota para regar y los pozos ya están bombeando arena», dijo en nuestros micrófonos. El alcalde Pachas anunció que viajará a Lima con los dirigentes de la Junta de Usuarios.""",
        about=False,
        note="namesake: Huancoyo's Mayor, called 'el alcalde Pachas'",
    ),
    S(
        "w083",
        "rayanque",
        "2026-11-07T07:30:00-05:00",
        "Gerente de Lunahuasi admite que solo se ha invertido el 42 % del presupuesto",
        """A menos de dos meses de cerrar el año, la Municipalidad de Lunahuasi ha ejecutado apenas el 42 % de su presupuesto de inversiones, según el portal de Transparencia Económica. El gerente municipal Augusto Villavicencio Loayza lo reconoció en esta emisora, pero pidió «mirar la foto completa».

        «Tenemos obras grandes que se pagan por valorizaciones. El mercado y las defensas van a subir la ejecución en diciembre», explicó. Villavicencio estimó que el año cerrará por encima del 70 %.

        El promedio de ejecución de los distritos de la provincia es de 58 %. Huancoyo va en 61 % y El Tambillo en 49 %.""",
        m="I G",
        t="obras",
        tone="-",
        note="low investment execution (obras), with a defence",
    ),
    S(
        "w084",
        "rayanque",
        "2026-11-12T07:40:00-05:00",
        "Posta de La Huaranga lleva un mes sin médico",
        """Llamó a la emisora la señora Justina Ramos, de La Huaranga: la posta médica del anexo no tiene médico desde el 10 de octubre, cuando terminó el contrato del serumista. Solo atiende una técnica en enfermería de lunes a viernes.

        La Red de Salud Ayanque, de la que depende el establecimiento, dijo a esta radio que el nuevo médico llegará en enero con la próxima convocatoria del Serums.""",
        about=False,
        note="a Minsa health post without a doctor; no municipal angle and no institution named",
    ),
    S(
        "w085",
        "rayanque",
        "2026-11-15T07:10:00-05:00",
        "Debate en cabina: el mercado modelo de Lunahuasi",
        """Esta mañana tuvimos en cabina a dos regidoras de Lunahuasi con posiciones opuestas sobre el mercado modelo.

        La teniente alcaldesa Maritza Anchante defendió la obra: «Los comerciantes llevan treinta años en un mercado que se cae a pedazos. El nuevo tendrá cámaras de frío, baños y estacionamiento. Si hay que corregir algo, se corrige, pero no se detiene».

        La regidora Gladys Tipacti insistió en que la licitación tuvo un solo postor y que la obra lleva tres meses de retraso. «Nadie está contra el mercado. Estamos contra la improvisación», respondió.

        Ambas coincidieron en una cosa: que la municipalidad debe publicar los informes de supervisión. Los oyentes se dividieron en partes casi iguales en nuestra encuesta por WhatsApp.""",
        m="T R",
        t="obras",
        tone="0",
        note="a balanced debate; the institution only as bare 'la municipalidad'",
    ),
    S(
        "w086",
        "rayanque",
        "2026-11-19T07:25:00-05:00",
        "Algodoneros marcharán a Ayanque por precio justo",
        """El presidente de la Asociación de Algodoneros del Bajo Ayanque, Efraín Munayco Soto, anunció una marcha de agricultores para el lunes 23 hasta la sede de la agencia agraria en Ayanque. Piden un precio de refugio de 170 soles por quintal. «Efraín Munayco no se va a quedar callado mientras los desmotadores se llenan los bolsillos», dijo el dirigente, hablando de sí mismo en tercera persona, como acostumbra.""",
        about=False,
        note="namesake: the cotton leader 'Efraín Munayco', an alias of our gerente",
    ),
    S(
        "w087",
        "rayanque",
        "2026-11-24T07:35:00-05:00",
        "Pisco de Lunahuasi gana oro en el concurso regional",
        """El pisco acholado de Bodega Tres Palos, del anexo de Pampa Media, en Lunahuasi, obtuvo la medalla de oro del Concurso Regional de Piscos. Su productor, Aurelio Hernández, es la tercera generación de pisqueros de la familia. «Esto es del valle entero», dijo emocionado.""",
        about=False,
        note="a bodega's medal; 'pisqueros' is not the Mayor's nickname; place only",
    ),
    S(
        "w088",
        "rayanque",
        "2026-11-28T07:20:00-05:00",
        "Cae banda «Los Topos del Valle»; cámaras municipales fueron clave",
        """La Policía desarticuló la banda «Los Topos del Valle», acusada de al menos catorce robos a viviendas y bodegas en Lunahuasi y Huancoyo. Cinco personas fueron detenidas en un inmueble de Ayanque, donde se encontraron botijas de pisco, motobombas y electrodomésticos.

        El comisario, mayor PNP Raúl Cancho Vilela, dijo que las imágenes de las cámaras de videovigilancia que la Municipalidad de Lunahuasi puso en funcionamiento esta semana permitieron identificar la camioneta que usaba la banda. «La coordinación con el serenazgo fue fundamental», señaló.""",
        m="I",
        t="seguridad",
        tone="+",
        note="police operation credited partly to the municipal cameras",
    ),
    S(
        "w089",
        "rayanque",
        "2026-12-01T07:00:00-05:00",
        "Senamhi prevé lluvias fuertes en la sierra de Ayanque",
        """El Senamhi pronostica lluvias de moderada a fuerte intensidad en la parte alta de la provincia entre el martes y el viernes, con acumulados de hasta 25 milímetros por día. Se recomienda a los conductores evitar cruzar quebradas activas y a la población ribereña mantenerse alerta.""",
        about=False,
        note="weather forecast",
    ),
    S(
        "w090",
        "rayanque",
        "2026-12-03T13:20:00-05:00",
        "En vivo desde el kilómetro 290: la Panamericana sigue cerrada",
        """Reportamos en vivo desde el kilómetro 290. El lodo todavía cubre la vía, pero ya trabajan dos cargadores y una excavadora. Aquí está el alcalde de Lunahuasi, Hildebrando Pachas, dirigiendo a los operadores.

        —Alcalde, ¿cuándo se reabre?

        —Calculamos dos o tres horas más. Estamos sacando primero el material del carril que va al sur.

        También se encuentra el gerente Efraín Munayco, que nos dice que el enrocado de Chacra Vieja resistió. Seguiremos informando.""",
        m="A U",
        t="obras",
        tone="0",
        note="live report during an emergency",
    ),
    S(
        "w091",
        "rayanque",
        "2026-12-05T07:30:00-05:00",
        "Concejo provincial aprueba presupuesto 2027",
        """El concejo de la Municipalidad Provincial de Ayanque aprobó un presupuesto institucional de apertura de 86 millones de soles para 2027, 8 % más que este año. El rubro más grande es transporte, con la carretera a la sierra.""",
        about=False,
        note="the provincial council; another institution",
    ),
    # --- Ayanque Visión Canal 11: TV newscast transcripts in Atom, UTC times near midnight -----------------------------
    S(
        "w092",
        "avision",
        "2026-10-27T04:30:00Z",
        "Persecución de película: serenos atrapan a ladrones de celulares",
        """CONDUCTORA: Imágenes exclusivas. Una cámara corporal de un sereno de Lunahuasi registró la persecución de dos jóvenes que minutos antes habían arrebatado un celular a una estudiante en la plaza.

        REPORTERO: Los serenos los siguieron por tres cuadras hasta el puente del canal La Madre, donde uno de ellos cayó al agua. Ambos fueron entregados a la comisaría. La Municipalidad Distrital de Lunahuasi informó que es la quinta captura en flagrancia de este mes.

        VECINA: Bien por los serenos, así tiene que ser.""",
        m="I",
        t="seguridad",
        tone="+",
        note="TV: UTC 04:30 is the evening before in Lima",
    ),
    S(
        "w093",
        "avision",
        "2026-10-29T03:50:00Z",
        "Alcalde Pachas recorre el mercado de Huancoyo",
        """CONDUCTOR: El alcalde Rómulo Pachas recorrió esta tarde el mercado central de Huancoyo junto a fiscalizadores para verificar el peso de las balanzas.

        REPORTERA: Se decomisaron seis balanzas adulteradas. El alcalde de Huancoyo advirtió que clausurará los puestos reincidentes.""",
        about=False,
        note="namesake: 'Alcalde Pachas' of Huancoyo in the headline",
    ),
    S(
        "w094",
        "avision",
        "2026-10-31T05:20:00Z",
        "Los Médanos respira humo del botadero",
        """CONDUCTORA: Seguimos con el botadero de Los Médanos, que lleva días ardiendo.

        REPORTERO: Estamos a cincuenta metros del fuego. Como pueden ver, las llamas salen por debajo de la basura y el humo cubre todo el asentamiento. Aquí viven 340 familias.

        VECINO: Mis hijos tosen toda la noche. El municipio lunahuasino nos bota su basura aquí desde hace doce años y ahora nos bota también su humo.

        REPORTERO: Buscamos a algún funcionario de la comuna, pero nadie quiso dar declaraciones a Ayanque Visión.""",
        m="I",
        t="limpieza",
        tone="-",
        note="TV: UTC 05:20 is just past midnight in Lima, same day",
    ),
    S(
        "w095",
        "avision",
        "2026-11-03T04:05:00Z",
        "Ruta del pisco: cinco bodegas para visitar este fin de semana",
        """CONDUCTOR: Y para el fin de semana, una propuesta. El valle del Ayanque tiene más de sesenta bodegas artesanales, y nuestro equipo recorrió cinco.

        REPORTERA: Empezamos en Huancoyo, en la bodega La Perricholi, con su lagar de piedra del siglo diecinueve. Seguimos a Lunahuasi, donde en Bodega Doña Tomasa se puede pisar uva todo el año, y a Pampa Media, donde Tres Palos acaba de ganar oro con su acholado. Cerramos con un picante de camarones en El Tambillo, aunque el camarón, con el río seco, viene ahora de otro lado.""",
        about=False,
        note="tourism segment naming the place",
    ),
    S(
        "w096",
        "avision",
        "2026-11-06T04:45:00Z",
        "Regidora Tipacti: «El sobrino no entró por concurso»",
        """CONDUCTOR: En el set, la regidora de Lunahuasi Gladys Tipacti Ormeño.

        TIPACTI: Tengo aquí la resolución. Dice «designar», no dice «ganador de concurso». El alcalde Pachas Carbajal sabía perfectamente a quién estaba poniendo en Logística.

        CONDUCTOR: El alcalde dice que no intervino.

        TIPACTI: Entonces que explique por qué su sobrino firma las órdenes de compra de la misma municipalidad que él dirige. Yo voy a llevar esto hasta el Jurado.""",
        m="R A",
        tone="-",
        note="TV interview; accusation against the Mayor",
    ),
    S(
        "w097",
        "avision",
        "2026-11-09T05:40:00Z",
        "Lunahuasi perdona multas e intereses a deudores del predial",
        """CONDUCTORA: Atención, vecinos de Lunahuasi. Hasta el 15 de diciembre rige una amnistía tributaria que condona el cien por ciento de multas e intereses del impuesto predial y los arbitrios de años anteriores.

        REPORTERO: La ordenanza fue aprobada por unanimidad. El alcalde Hildebrando Pachas dijo que la Municipalidad de Lunahuasi espera recaudar un millón de soles para obras en los anexos.

        ALCALDE PACHAS: Queremos que el vecino se ponga al día sin ahogarse.""",
        m="I A",
        t="tributos",
        tone="+",
        note="TV: UTC 05:40 is 00:40 in Lima, same day",
    ),
    S(
        "w098",
        "avision",
        "2026-11-12T04:10:00Z",
        "El Tambillo pide ayuda contra el dengue",
        """CONDUCTOR: Con veinte casos de dengue, El Tambillo pide ayuda. La alcaldesa Nélida Chacaliaza Vera dijo que el distrito no tiene presupuesto para más fumigaciones y pidió apoyo al Gobierno Regional.

        CHACALIAZA: No podemos esperar a que haya un muerto.""",
        about=False,
        note="dengue in another district",
    ),
    S(
        "w099",
        "avision",
        "2026-11-15T03:30:00Z",
        "Defensas ribereñas de Chacra Vieja llegan al 80 %",
        """CONDUCTORA: Las defensas ribereñas de Chacra Vieja avanzan a buen ritmo.

        REPORTERO: Estamos sobre el enrocado, que ya cubre 640 de los 800 metros previstos. El gerente de Desarrollo Urbano, Efraín Munayco Quintanilla, nos explica.

        MUNAYCO: Vamos con quince días de adelanto. Estamos trabajando dos turnos y el contratista ha traído una segunda excavadora.

        REPORTERO: La obra es de la Municipalidad Distrital de Lunahuasi y costará 2,8 millones de soles.""",
        m="U I",
        t="obras",
        tone="+",
        note="works ahead of schedule",
    ),
    S(
        "w100",
        "avision",
        "2026-11-19T04:55:00Z",
        "Lunahuasi celebra su aniversario con desfile",
        """CONDUCTOR: Lunahuasi celebró sus 152 años con un desfile cívico escolar presidido por el alcalde Hildebrando Pachas Carbajal y los regidores. Veintidós instituciones educativas desfilaron frente a la tribuna de la Municipalidad Distrital de Lunahuasi.

        REPORTERA: Hubo también carros alegóricos de las bodegas y de los comités de riego. La fiesta sigue esta noche con la serenata.""",
        m="A I",
        tone="0",
        note="TV: UTC 04:55 is 23:55 of the day before in Lima; anniversary parade",
    ),
    S(
        "w101",
        "avision",
        "2026-11-21T05:05:00Z",
        "Asaltan a mototaxista en Los Médanos: «¿Dónde estaba el serenazgo?»",
        """CONDUCTORA: Otro mototaxista asaltado en Los Médanos. Esta vez le quitaron el vehículo a punta de pistola.

        REPORTERO: El agraviado, de 27 años, nos dice que llevó a dos pasajeros hasta la parte alta del arenal y allí lo encañonaron. Los vecinos reclaman que el patrullaje integrado anunciado por la comuna lunahuasina solo duró dos semanas.

        VECINA: Venían al comienzo, para la foto. Ahora ya no viene nadie.""",
        m="I",
        t="seguridad",
        tone="-",
        note="TV: UTC 05:05 is just past midnight in Lima",
    ),
    S(
        "w102",
        "avision",
        "2026-11-24T04:20:00Z",
        "Maritza Anchante entrena en las dunas para los Bolivarianos",
        """CONDUCTOR: La campeona de la media maratón de Ayanque, Maritza Anchante Peña, entrena cada madrugada en las dunas de la costa sur.

        ANCHANTE: La arena te enseña a sufrir. Quiero llevar la bandera del Perú a lo más alto.""",
        about=False,
        note="namesake: the athlete, 'Maritza Anchante'",
    ),
    S(
        "w103",
        "avision",
        "2026-11-27T03:45:00Z",
        "Llegan los primeros filtros contra el arsénico a Santa Elvira",
        """CONDUCTORA: Buenas noticias para Santa Elvira. Llegaron los primeros 120 filtros domiciliarios para retirar el arsénico del agua de pozo.

        REPORTERO: La teniente alcaldesa Maritza Anchante Uchuya entregó personalmente las primeras unidades. La Municipalidad Distrital de Lunahuasi los adquirió con apoyo de una ONG alemana. Los 90 restantes llegarán en diciembre.

        VECINA: Ahora sí podemos darle el agua a los niños sin miedo.""",
        m="T I",
        t="salud",
        tone="+",
        note="filters against arsenic delivered (salud by convention)",
    ),
    S(
        "w104",
        "avision",
        "2026-11-30T04:50:00Z",
        "Pachas al MTC: «Un niño muerto y el puente sigue en papeles»",
        """CONDUCTOR: El alcalde de Lunahuasi arremetió esta tarde contra el Ministerio de Transportes.

        ALCALDE PACHAS: Hace un mes murió un niño en el kilómetro 289. Nos prometieron un puente peatonal para el primer trimestre. Ahora nos dicen que el expediente técnico recién se va a licitar. ¿Cuántos niños más tienen que morir?

        REPORTERA: Provías Nacional respondió que el plazo se mantiene y que el proceso de contratación es «el que manda la ley».""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticising a national ministry; neutral toward us",
    ),
    S(
        "w105",
        "avision",
        "2026-12-02T05:15:00Z",
        "Río Ayanque sube: evacuan a doce familias de El Molino",
        """CONDUCTORA: Alerta en Lunahuasi. El río Ayanque subió más de un metro y doce familias de la ribera de El Molino fueron evacuadas de manera preventiva.

        REPORTERO: El alcalde Hildebrando Pachas encabezó la evacuación. La Municipalidad Distrital de Lunahuasi habilitó el colegio 22415 como albergue temporal.""",
        m="A I",
        tone="0",
        note="TV: UTC 05:15 is just past midnight in Lima; evacuation (none of the five)",
    ),
    S(
        "w106",
        "avision",
        "2026-12-05T04:40:00Z",
        "Después del huaico: cuadrillas limpian Cruz Blanca",
        """CONDUCTOR: Un día después del huaico, las cuadrillas trabajan en Cruz Blanca.

        REPORTERA: Son setenta trabajadores de limpieza pública. El gerente municipal Augusto Villavicencio nos dice que la comuna lunahuasina ha puesto todo su personal en la zona.

        VILLAVICENCIO: Hemos sacado más de cien toneladas. En dos días las calles estarán limpias.

        REPORTERA: Los vecinos agradecen, aunque recuerdan que el muro prometido no existe.""",
        m="G I",
        t="limpieza",
        tone="+",
        note="TV: mud removal by cleaning crews; a remark about the wall",
    ),
    S(
        "w107",
        "avision",
        "2026-12-06T03:55:00Z",
        "Encienden el árbol navideño de la plaza de Lunahuasi",
        """CONDUCTORA: Y para terminar, la Navidad llegó a Lunahuasi. Esta noche se encendió el árbol de doce metros de la plaza de armas, hecho con 4 000 botellas recicladas por los alumnos de los colegios del distrito.

        REPORTERO: Hubo villancicos, chocolate caliente y un show de títeres. La Municipalidad de Lunahuasi anunció que el árbol quedará encendido hasta el 6 de enero.""",
        m="I",
        tone="0",
        note="TV closing item; recycled bottles do not make it a cleaning story",
    ),
    S(
        "w108",
        "avision",
        "2026-11-08T04:25:00Z",
        "Accidente en la Panamericana: tráiler vuelca en el óvalo de Lunahuasi",
        """CONDUCTOR: Un tráiler cargado de fierro volcó esta noche en el óvalo de Lunahuasi. El conductor resultó ileso. La Policía de Carreteras desvió el tránsito por la vía auxiliar.""",
        about=False,
        note="TV: a road accident in the district; place only",
    ),
    # --- Agencia de Prensa Peruana: national agency in Atom ---------------------------------------------------------------
    S(
        "w109",
        "app",
        "2026-10-28T15:00:00Z",
        "Costa sur intensifica vigilancia entomológica ante el dengue",
        """Lima, 28 oct (APP). El Ministerio de Salud informó que ocho regiones de la costa intensificaron la vigilancia del zancudo Aedes aegypti ante el incremento de temperaturas previsto para el verano.

        En la costa sur, las brigadas trabajan con las municipalidades de Lunahuasi, El Tambillo, Huancoyo y otras diecinueve de la zona en el recojo de inservibles y la fumigación. A nivel nacional se han notificado 4 120 casos de dengue en lo que va de la temporada, 38 % menos que el año anterior.

        El Minsa recordó que la principal medida de prevención es eliminar el agua estancada en los hogares.""",
        m="I",
        about=False,
        note="national dengue report naming the institution in a list ('las municipalidades de Lunahuasi, ...')",
    ),
    S(
        "w110",
        "app",
        "2026-11-01T14:30:00Z",
        "Exportaciones de pisco crecen 12 % hasta setiembre",
        """Lima, 1 nov (APP). Las exportaciones peruanas de pisco sumaron 9,8 millones de dólares entre enero y setiembre, 12 % más que en el mismo periodo del año anterior, informó la Asociación de Exportadores. Estados Unidos, Chile y España fueron los principales destinos.

        Los productores de los valles de la costa sur, entre ellos el del Ayanque, concentran más de la mitad del volumen exportado. La variedad quebranta sigue siendo la más vendida.""",
        about=False,
        note="national economy; the valley named in passing",
    ),
    S(
        "w111",
        "app",
        "2026-11-05T16:10:00Z",
        "Contraloría detecta perjuicio de S/ 148 000 en mantenimiento de compactadoras en Lunahuasi",
        """Lima, 5 nov (APP). La Contraloría General de la República identificó un presunto perjuicio económico de 148 000 soles en la Municipalidad Distrital de Lunahuasi, en la provincia de Ayanque, por el pago de servicios de mantenimiento de dos camiones compactadores de residuos sólidos que no se habrían ejecutado.

        Según el informe de control, la entidad pagó en 2025 el cambio de motor de una unidad y la reparación integral del sistema hidráulico de otra, pero la comisión auditora verificó que ambos vehículos conservan las piezas originales.

        El informe identifica responsabilidad administrativa en cuatro funcionarios y recomienda el inicio de acciones penales contra dos de ellos.""",
        m="I",
        t="limpieza",
        tone="-",
        note="audit report on garbage trucks",
    ),
    S(
        "w112",
        "app",
        "2026-11-10T13:00:00Z",
        "Senamhi: verano 2027 traería lluvias por encima de lo normal en la sierra sur",
        """Lima, 10 nov (APP). El Servicio Nacional de Meteorología e Hidrología prevé que entre enero y marzo de 2027 las lluvias en la sierra sur superen sus valores normales, lo que incrementaría el riesgo de huaicos en los valles costeros.

        La entidad recomendó a los gobiernos locales de la costa sur culminar las labores de descolmatación y reforzamiento de defensas ribereñas antes de fin de año.""",
        about=False,
        note="national forecast; generic local governments",
    ),
    S(
        "w113",
        "app",
        "2026-11-14T17:20:00Z",
        "MTC instalará puente peatonal en la Panamericana Sur, a la altura de Lunahuasi",
        """Lima, 14 nov (APP). El Ministerio de Transportes y Comunicaciones, a través de Provías Nacional, instalará un puente peatonal metálico en el kilómetro 289 de la Panamericana Sur, frente a una institución educativa del distrito de Lunahuasi.

        La estructura tendrá 38 metros de luz y rampas para personas con discapacidad. La obra se ejecutará en coordinación con la Municipalidad Distrital de Lunahuasi, que cederá el terreno para los accesos.""",
        m="I",
        t="obras",
        tone="0",
        note="national agency's bridge in the district with the municipality's part",
    ),
    S(
        "w114",
        "app",
        "2026-11-18T15:45:00Z",
        "Presentan pedido de vacancia contra alcalde de Lunahuasi",
        """Ayanque, 18 nov (APP). Un ciudadano presentó un pedido de vacancia contra el alcalde del distrito de Lunahuasi, Hildebrando Pachas Carbajal, por la presunta contratación de un sobrino en la oficina de Logística de la comuna.

        El concejo municipal deberá pronunciarse en sesión extraordinaria. El burgomaestre negó haber intervenido en la designación.""",
        m="A",
        tone="-",
        note="short agency copy of an accusation",
    ),
    S(
        "w115",
        "app",
        "2026-11-22T16:00:00Z",
        "Alcaldes de la costa sur piden declarar en emergencia sus cuencas",
        """Lima, 22 nov (APP). Once alcaldes de distritos de la costa sur llegaron a la Presidencia del Consejo de Ministros para pedir que se declaren en emergencia las cuencas de los ríos Ayanque, Chumpe y Lacramarca, ante el riesgo de huaicos en el próximo verano.

        Entre ellos estaban Hildebrando Pachas Carbajal (Lunahuasi), Rómulo Pachas Yataco (Huancoyo) y Nélida Chacaliaza Vera (El Tambillo). «Cada año gastamos lo que no tenemos en limpiar después. Queremos gastar antes», dijo el alcalde de Lunahuasi en nombre del grupo.

        La declaratoria permitiría contratar maquinaria y obras de defensa ribereña de manera directa. La PCM se comprometió a evaluar el pedido en quince días.""",
        m="A",
        t="obras",
        tone="0",
        note="our Mayor speaks for a group of Mayors; both Pachas named with their places",
    ),
    S(
        "w116",
        "app",
        "2026-11-26T14:00:00Z",
        "Anemia infantil baja a 40 % en el país",
        """Lima, 26 nov (APP). La anemia en niños de 6 a 35 meses bajó a 40,1 % en el primer semestre, según la Encuesta Demográfica y de Salud Familiar. Las regiones de la sierra siguen registrando las cifras más altas. El Ministerio de Salud destacó el trabajo de los gobiernos locales en las campañas de tamizaje.""",
        about=False,
        note="national health statistics",
    ),
    S(
        "w117",
        "app",
        "2026-11-29T15:30:00Z",
        "Gobierno Regional transfiere S/ 4 millones a Lunahuasi para defensas ribereñas",
        """Ayanque, 29 nov (APP). El Gobierno Regional transfirió 4 millones de soles a la Municipalidad Distrital de Lunahuasi para la construcción de defensas ribereñas en los sectores Cruz Blanca y El Molino, en la cuenca del río Ayanque.

        La transferencia se concretó luego de que la comuna levantara las observaciones al expediente técnico. Las obras deben iniciarse en diciembre.""",
        m="I",
        t="obras",
        tone="+",
        note="funds obtained for river defences",
    ),
    S(
        "w118",
        "app",
        "2026-12-03T22:40:00Z",
        "Huaico interrumpe la Panamericana Sur durante seis horas en Lunahuasi",
        """Ayanque, 3 dic (APP). Un huaico interrumpió el tránsito en el kilómetro 290 de la Panamericana Sur, en el distrito de Lunahuasi, durante unas seis horas. El flujo vehicular se restableció a las 18.00 horas tras el trabajo de maquinaria de la Municipalidad Distrital de Lunahuasi y de Provías Nacional.

        Según el Centro de Operaciones de Emergencia Nacional, nueve viviendas resultaron afectadas en el sector Cruz Blanca. No se reportaron víctimas.""",
        m="I",
        t="obras",
        tone="0",
        note="agency copy of the emergency; neutral",
    ),
    S(
        "w119",
        "app",
        "2026-12-05T14:15:00Z",
        "Pisco peruano suma tres grandes medallas en concurso internacional",
        """Lima, 5 dic (APP). Tres piscos peruanos obtuvieron gran medalla de oro en el Concurso Mundial de Bruselas, edición de espirituosos. Uno de ellos, un mosto verde de Italia, es producido en el valle del Ayanque por una bodega familiar de Lunahuasi que exporta a Canadá.""",
        about=False,
        note="national piece naming the place",
    ),
    S(
        "w120",
        "app",
        "2026-11-20T04:50:00Z",
        "Regidora de Lunahuasi denuncia colusión en obra de mercado",
        """Ayanque, 19 nov (APP). La regidora del distrito de Lunahuasi Gladys Tipacti Ormeño anunció que presentará una denuncia ante la Fiscalía Anticorrupción por presunta colusión en la licitación de la obra del mercado modelo, valorizada en 9,6 millones de soles.

        Según la concejal, uno de los socios del consorcio ganador tuvo vínculos comerciales con un familiar del alcalde. La comuna no se ha pronunciado.""",
        m="R",
        t="obras",
        tone="-",
        note="agency copy: UTC 04:50 is the evening of the 19th in Lima",
    ),
    # --- Panorama Nacional: national site, full RSS with footer, blog pages ----------------------------------------------
    S(
        "w121",
        "panorama",
        "2026-10-30T11:00:00-05:00",
        "La ruta del pisco en el sur: cinco bodegas que no te puedes perder",
        """Si crees que el pisco se toma y ya, el valle del Ayanque te va a cambiar la idea. A cuatro horas de Lima por la Panamericana Sur, entre cerros de arena y parras que parecen imposibles en pleno desierto, sesenta bodegas artesanales siguen destilando como hace un siglo.

        1. Bodega Doña Tomasa (Santa Elvira, Lunahuasi). La señora Tomasa Hernández destila en falca de cobre y te deja pisar la uva todo el año. Imperdible su quebranta con medalla de plata.

        2. Bodega Tres Palos (Pampa Media, Lunahuasi). Recién premiada con oro por su acholado. Tiene un pequeño museo de botijas.

        3. La Perricholi (Huancoyo). Lagar de piedra del siglo XIX y almuerzo campestre los domingos.

        4. Bodega Los Lúcumos (Pampa del Toro). Pequeña y familiar. Pregunta por el licor de lúcuma.

        5. Viña San Jacinto (El Tambillo). La más grande de la lista, con tour en carreta.

        Dato curioso: el actual alcalde de Lunahuasi, Hildebrando Pachas Carbajal, fue bodeguero antes de entrar en política, de ahí su apodo de «el Pisquero». Pero esa es otra historia.""",
        m="A",
        about=False,
        note="travel listicle naming the Mayor and his nickname only as a curiosity",
    ),
    S(
        "w122",
        "panorama",
        "2026-11-04T13:20:00-05:00",
        "Viral: serenos bailan «Cariñito» en plena ronda y la municipalidad abre investigación",
        """Dos serenos de Lunahuasi se hicieron virales en TikTok tras publicarse un video en el que bailan «Cariñito» junto a su camioneta, con la sirena encendida, en plena plaza de armas y a las tres de la mañana.

        El clip, que ya supera el millón de reproducciones, arrancó risas y también críticas. «Con razón roban tanto en la zona, si la seguridad está de fiesta», comentó un usuario. Otros los defendieron: «Por lo menos están despiertos».

        La Municipalidad de Lunahuasi informó que abrió una investigación para determinar si los serenos abandonaron su zona de patrullaje. El distrito, de unos 24 000 habitantes, tiene 42 serenos para cubrir doce anexos.""",
        m="I",
        t="seguridad",
        tone="-",
        note="viral misconduct of serenos",
    ),
    S(
        "w123",
        "panorama",
        "2026-11-09T09:45:00-05:00",
        "El desierto se queda sin agua subterránea: la crisis del acuífero del sur",
        """Los pozos del valle del Ayanque bombean hoy a 60 metros de profundidad. Hace veinte años, el agua aparecía a 15. La explicación está a la vista desde cualquier cerro: donde antes había algodón y pallares, hoy hay hectáreas de uva de mesa y palta de exportación, regadas por goteo las 24 horas.

        Un estudio de la Autoridad Nacional del Agua calcula que el acuífero se está sobreexplotando en 38 millones de metros cúbicos al año. «Estamos gastando el agua de nuestros nietos», advierte el hidrogeólogo Manuel Huasasquiche.

        Las grandes agroexportadoras tienen pozos de hasta 120 metros. Los pequeños agricultores, no. «Ellos siguen bajando y nosotros nos quedamos secos», dice una productora de Huancoyo que pidió no ser identificada.

        En Lunahuasi, el alcalde Hildebrando Pachas reconoce que los gobiernos locales tienen poco que decir. «No podemos seguir perforando pozos como si el agua fuera infinita, pero el permiso lo da la ANA, no nosotros», dijo.

        La ANA declaró el acuífero en veda en 2011. Desde entonces, según sus propios registros, se han perforado unos 400 pozos sin licencia.""",
        m="A",
        about=False,
        note="national feature on the aquifer; the Mayor is one voice among several",
    ),
    S(
        "w124",
        "panorama",
        "2026-11-16T10:30:00-05:00",
        "Maritza Anchante, la fondista del desierto que sueña con París",
        """Se levanta a las cuatro y media, cuando el sol todavía no calienta la arena. Maritza Anchante Peña corre doce kilómetros por las dunas, desayuna pan con palta y sale a trabajar a un fundo de uva.

        A sus 24 años, la ganadora de la media maratón de Ayanque ya tiene marca mínima para los Bolivarianos y sueña con unos Juegos Olímpicos. «No tengo auspiciador. Tengo a mi mamá y a mi entrenador, que es mi tío», cuenta.""",
        about=False,
        note="namesake: profile of the athlete",
    ),
    S(
        "w125",
        "panorama",
        "2026-11-21T12:00:00-05:00",
        "Alcalde contrató a su sobrino en Logística y ahora enfrenta pedido de vacancia",
        """El alcalde del distrito de Lunahuasi, Hildebrando Pachas Carbajal, conocido como «el Pisquero», enfrenta un pedido de vacancia por nepotismo luego de que se revelara que su sobrino Jorge Carbajal Pachas fue designado jefe de la oficina de Logística de la municipalidad.

        La denuncia la hizo pública la regidora de oposición Gladys Tipacti Ormeño, quien mostró la resolución de designación. El burgomaestre asegura que no intervino en el nombramiento.

        La Ley 26771 establece que se configura nepotismo cuando un funcionario nombra, contrata o influye en la contratación de parientes. Según el abogado especialista Raúl Ferreyros, «no basta con no firmar; si se demuestra injerencia, la vacancia procede».

        No es la primera vez que Pachas está bajo la lupa. En 2024 se archivó un pedido de vacancia por presunto conflicto de intereses con bodegas de su familia.""",
        m="A R",
        tone="-",
        note="national copy of the nepotism story; 'la municipalidad' bare",
    ),
    S(
        "w126",
        "panorama",
        "2026-11-12T15:00:00-05:00",
        "Los 10 distritos pequeños con más cámaras de videovigilancia por habitante",
        """¿Más cámaras significan menos delitos? No necesariamente, pero hay distritos pequeños que están apostando fuerte. Elaboramos este ranking con datos del Ministerio del Interior sobre distritos de menos de 50 000 habitantes.

        En el primer lugar está Santa Rosa de Quives, con una cámara por cada 410 habitantes. Le siguen Oyotún y, en tercer lugar, la Municipalidad de Lunahuasi, que con su nueva central de monitoreo alcanzará una cámara por cada 1 000 habitantes, un salto enorme para un distrito agrícola de la costa sur.

        Los especialistas advierten que las cámaras sirven de poco sin operadores capacitados y sin enlace con la Policía.""",
        m="I",
        t="seguridad",
        tone="+",
        note="ranking item where our municipality ranks high",
    ),
    S(
        "w127",
        "panorama",
        "2026-11-27T09:00:00-05:00",
        "Dengue en la costa sur: El Tambillo ya suma 31 casos",
        """El distrito de El Tambillo, en la provincia de Ayanque, acumula 31 casos de dengue y se ha convertido en el principal foco de la costa sur. La alcaldesa Nélida Chacaliaza declaró en emergencia sanitaria el distrito.

        Los especialistas atribuyen el brote al almacenamiento de agua en cilindros destapados durante el estiaje.""",
        about=False,
        note="dengue in another district",
    ),
    S(
        "w128",
        "panorama",
        "2026-12-04T11:30:00-05:00",
        "Huaico en la Panamericana Sur: las defensas que sí funcionaron",
        """El jueves, la quebrada Seca volvió a bajar sobre la Panamericana Sur, como cada pocos veranos. Pero esta vez algo fue distinto en Lunahuasi: la maquinaria del distrito llegó antes que la del Estado central y el enrocado recién construido en Chacra Vieja impidió que el río se llevara, otra vez, las chacras.

        «En febrero perdimos once hectáreas. Esta vez el agua pasó de largo», cuenta Víctor Ramos, viticultor del sector, mostrando sus parras intactas a pocos metros del río crecido.

        El alcalde Hildebrando Pachas Carbajal lo atribuye a la decisión de invertir antes. «Cada sol que pones en prevención te ahorra diez en reconstrucción», dijo a Panorama Nacional.

        No todo fue buena noticia. En Cruz Blanca, donde el muro de contención prometido hace nueve meses no se construyó, el lodo entró a nueve viviendas. La Municipalidad Distrital de Lunahuasi asegura que las obras empezarán este mes, ahora que llegó la transferencia regional.

        Aun así, el balance en el valle es de alivio. En Huancoyo, sin defensas, el río se llevó tres hectáreas de algodón.""",
        m="A I",
        t="obras",
        tone="+",
        note="mixed, but headline and weight favour the municipality's prevention works",
    ),
    # --- Sur Noticias 24: regional aggregator, full RSS (own stories; its copies are further down) ------------------------
    S(
        "w129",
        "sur24",
        "2026-11-01T22:10:00-05:00",
        "Incendio consume almacén de algodón en Huancoyo",
        """Un incendio de grandes proporciones destruyó la noche del sábado un almacén con unas 80 toneladas de algodón en rama en el distrito de Huancoyo. Bomberos de Ayanque y Lunahuasi trabajaron cinco horas para controlar las llamas. No hubo heridos. Se investiga un cortocircuito.""",
        about=False,
        note="a fire in another district; firefighters of Lunahuasi are not the municipality",
    ),
    S(
        "w130",
        "sur24",
        "2026-11-08T19:30:00-05:00",
        "Lunahuasi y Huancoyo firman convenio de serenazgo sin fronteras",
        """Los alcaldes Hildebrando Pachas Carbajal, de Lunahuasi, y Rómulo Pachas Yataco, de Huancoyo, firmaron un convenio que permitirá a los serenos de ambos distritos perseguir a delincuentes más allá de sus límites y compartir las imágenes de sus cámaras de videovigilancia.

        «Tenemos el mismo apellido y el mismo problema», bromeó el alcalde de Huancoyo. Los dos burgomaestres, que no son parientes, acordaron además realizar patrullajes conjuntos en el tramo de la Panamericana que separa ambos distritos, donde se concentran los asaltos a camiones.

        Por la Municipalidad Distrital de Lunahuasi firmó también la teniente alcaldesa Maritza Anchante, presidenta de la comisión de seguridad del concejo.""",
        m="A T I",
        t="seguridad",
        tone="+",
        note="both Pachas Mayors in one story; ours named with the place",
    ),
    S(
        "w131",
        "sur24",
        "2026-11-20T10:00:00-05:00",
        "Cobran arbitrios a terrenos eriazos sin servicio, denuncian propietarios",
        """Propietarios de terrenos eriazos en la zona de Pampa Media denunciaron que la Municipalidad de Lunahuasi les está cobrando arbitrios de limpieza pública y serenazgo por predios donde no vive nadie, no pasa el camión y no hay una sola luminaria.

        «Me llegó una deuda de 2 300 soles por un arenal», dijo Gumercindo Tasayco. La subgerencia de Administración Tributaria indicó que la ordenanza grava todos los predios urbanos y que los propietarios pueden pedir la reclasificación de sus terrenos.""",
        m="I",
        t="tributos",
        tone="-",
        note="complaint over fees charged to vacant land",
    ),
    S(
        "w132",
        "sur24",
        "2026-12-01T20:40:00-05:00",
        "El Tambillo arma su nacimiento gigante con material reciclado",
        """La plaza de El Tambillo luce desde ayer un nacimiento de veinte metros hecho con cartón, botellas y latas recicladas por los vecinos. La obra fue elaborada por artesanos locales durante dos meses. La burgomaestra Nélida Chacaliaza invitó a visitarlo.""",
        about=False,
        note="another district; 'obra' as an artwork",
    ),
    S(
        "w133",
        "sur24",
        "2026-11-27T09:15:00-05:00",
        "Regidora Tipacti pide licencia por salud",
        """La regidora de Lunahuasi Gladys Tipacti Ormeño solicitó una licencia de quince días por motivos de salud, luego de ser intervenida de la vesícula en el centro de salud de Ayanque. El concejo aprobó el pedido por unanimidad.

        La concejal de oposición, que el miércoles votó a favor de la vacancia del alcalde, aseguró que seguirá fiscalizando desde su casa.""",
        m="R",
        tone="0",
        note="a council member's medical leave: no health topic",
    ),
    S(
        "w134",
        "sur24",
        "2026-11-13T08:00:00-05:00",
        "Camión con uva se despista en la bajada de Huancoyo",
        """Un camión que transportaba 12 toneladas de uva red globe con destino al puerto del Callao se despistó en la bajada de Huancoyo. El chofer fue rescatado por bomberos. La carga, valorizada en 80 000 soles, se perdió.""",
        about=False,
        note="a road accident elsewhere",
    ),
    # --- Lunahuasi al Día: district site without a feed, followed through its section page -------------------------------
    S(
        "w135",
        "aldia",
        "2026-10-27T10:00:00-05:00",
        "Vecinos y municipio limpian la acequia La Madre",
        """Más de cien vecinos del barrio San Isidro y trabajadores de la Municipalidad Distrital de Lunahuasi sacaron el domingo unas ocho toneladas de basura de la acequia La Madre, el canal que cruza el pueblo desde la época de la hacienda.

        Salieron de todo: llantas, colchones, bolsas, un televisor y hasta una bicicleta. «Cuando llegue el agua del río, todo esto se iba a ir a las chacras», explicó el presidente del comité de regantes, Sabino Ramos.

        La comuna puso dos volquetes, guantes y refrigerio. Los vecinos pidieron colocar rejas en los puentes para que la gente deje de botar desperdicios.""",
        m="I",
        t="limpieza",
        tone="+",
        note="community clean-up with the municipality",
    ),
    S(
        "w136",
        "aldia",
        "2026-10-30T09:30:00-05:00",
        "Madres del Vaso de Leche eligen nueva junta directiva",
        """Las 42 presidentas de comités del Vaso de Leche de Lunahuasi eligieron a su nueva junta directiva provincial. La señora Zoila Tasayco, de El Molino, fue elegida presidenta. En la asamblea estuvo un representante de la Municipalidad de Lunahuasi, que administra el programa.""",
        m="I",
        tone="0",
        note="Vaso de Leche (none of the five topics)",
    ),
    S(
        "w137",
        "aldia",
        "2026-11-03T11:00:00-05:00",
        "Primera promoción de catadores de pisco se gradúa en Lunahuasi",
        """Veintiocho jóvenes de Lunahuasi y Huancoyo recibieron sus certificados como catadores de pisco tras seis meses de formación en la escuela que la Municipalidad Distrital de Lunahuasi abrió con la cooperación de un instituto de Lima.

        La teniente alcaldesa Maritza Anchante entregó los diplomas. «Nuestros hijos ya no tienen que irse para encontrar trabajo», dijo. Seis de los egresados ya trabajan en bodegas del valle.""",
        m="I T",
        tone="+",
        note="a municipal training programme; none of the five topics",
    ),
    S(
        "w138",
        "aldia",
        "2026-11-06T08:45:00-05:00",
        "Carta del lector: las discotecas no dejan dormir a San Isidro",
        """Señor director: Escribo en nombre de varios vecinos del barrio San Isidro. Desde hace meses, dos discotecas de la avenida Grau funcionan hasta las cinco de la mañana con música a todo volumen, los jueves, viernes y sábados. Hemos presentado cuatro quejas a la Municipalidad de Lunahuasi. Ni una sola respuesta.

        Nos dicen que tienen licencia, pero ninguna licencia autoriza a perturbar el sueño de cientos de familias. Nuestros hijos van al colegio sin dormir. ¿Hasta cuándo?

        Rosa Elvira Quintana, DNI 21456789.""",
        m="I",
        tone="-",
        note="a reader's letter about noise enforcement; not a tax story",
    ),
    S(
        "w139",
        "aldia",
        "2026-11-10T10:20:00-05:00",
        "Pampa del Toro estrena losa multideportiva",
        """Los niños de Pampa del Toro ya no juegan en la tierra. El alcalde Hildebrando Pachas y el gerente de Desarrollo Urbano, Efraín Munayco Quintanilla, inauguraron la losa multideportiva del anexo, con tribunas, iluminación y cerco perimétrico.

        La obra costó 480 000 soles y fue ejecutada por administración directa de la Municipalidad Distrital de Lunahuasi. El partido inaugural lo ganaron las señoras del comité de vaso de leche a los regidores, 4 a 2.""",
        m="A U I",
        t="obras",
        tone="+",
        note="a sports slab inaugurated (works)",
    ),
    S(
        "w140",
        "aldia",
        "2026-11-13T09:00:00-05:00",
        "Primera semana de patrullaje integrado deja tres detenidos",
        """El patrullaje integrado entre el serenazgo y la comisaría en Los Médanos dejó tres detenidos en su primera semana, informó la Gerencia de Seguridad Ciudadana de la Municipalidad de Lunahuasi. Dos fueron intervenidos con una moto sin placa y el tercero con una requisitoria por robo agravado.""",
        m="I",
        t="seguridad",
        tone="0",
        note="figures of the joint patrol, reported plainly",
    ),
    S(
        "w141",
        "aldia",
        "2026-11-17T08:30:00-05:00",
        "Roban cáliz y candelabros de la parroquia San Juan Bautista",
        """Desconocidos ingresaron la madrugada del domingo a la parroquia San Juan Bautista de Lunahuasi por una ventana de la sacristía y se llevaron un cáliz de plata del siglo XVIII, dos candelabros y la alcancía de las limosnas.

        El párroco, padre Augusto Villavicencio Mendoza, pidió a quien tenga información que la haga llegar de forma anónima. «No nos importa quién fue, solo queremos que el cáliz vuelva a la iglesia», dijo. La Policía investiga.""",
        about=False,
        note="a robbery at the parish with no municipal angle; the priest shares the gerente's given name and surname",
    ),
    S(
        "w142",
        "aldia",
        "2026-11-19T12:00:00-05:00",
        "Al Pisquero le tocó bailar",
        """Hubo de todo en la noche de aniversario: orquesta, cohetes, ponche y un momento que nadie se esperaba. Cuando la orquesta tocó «El alcatraz», las señoras del mercado rodearon al alcalde y no lo dejaron ir hasta que bailara.

        Y el Pisquero bailó. Con poncho, con sombrero y con la vela en la mano, mientras una de las vendedoras intentaba quemarle el pañuelo. Los vecinos lo grabaron desde todos los ángulos. El video del alcalde Pachas esquivando la llama ya circula por los grupos de WhatsApp del distrito.""",
        m="A",
        tone="+",
        note="light piece; the nickname plainly refers to the Mayor",
    ),
    S(
        "w143",
        "aldia",
        "2026-11-22T10:15:00-05:00",
        "Santa Elvira ya puede pagar sus tributos sin viajar al pueblo",
        """Desde el lunes funciona en el local comunal de Santa Elvira un módulo de la caja de rentas de la Municipalidad Distrital de Lunahuasi. Los vecinos del anexo, y también los de La Huaranga, podrán pagar allí el impuesto predial, los arbitrios y las licencias sin hacer el viaje de cuarenta minutos en combi.

        El módulo atenderá martes y jueves de 9 a 3. «Perdíamos un día y diez soles de pasaje para pagar veinte», dijo don Félix Uchuya, uno de los primeros en usarlo.""",
        m="I",
        t="tributos",
        tone="+",
        note="a tax payment office opened in an annex",
    ),
    S(
        "w144",
        "aldia",
        "2026-11-26T09:40:00-05:00",
        "Cruz Blanca: sesiones demostrativas contra la anemia",
        """En el local de la olla común de Cruz Blanca, nutricionistas del centro de salud y promotoras del municipio lunahuasino enseñaron a veinte madres a preparar tortillas de sangrecita, hígado saltado y menestras con limón. Las familias del sector, todavía afectadas por el huaico de febrero, recibieron además canastas con alimentos ricos en hierro.""",
        m="I",
        t="salud",
        tone="0",
        note="short health item",
    ),
    S(
        "w145",
        "aldia",
        "2026-11-29T08:50:00-05:00",
        "Nuevo horario de recojo de basura con dos compactadoras",
        """Con la reparación de la segunda compactadora, la Municipalidad de Lunahuasi anunció un nuevo horario de recojo de residuos: el pueblo tendrá servicio diario, y los anexos, tres veces por semana en lugar de una.

        El gerente municipal Augusto Villavicencio explicó que también se contrataron ocho barredores más para la plaza y la avenida Grau. Los horarios por sector pueden consultarse en la página de Facebook de la municipalidad.""",
        m="I G",
        t="limpieza",
        tone="+",
        note="service improved",
    ),
    S(
        "w146",
        "aldia",
        "2026-12-02T11:30:00-05:00",
        "Reparten sacos terreros en la ribera de El Molino",
        """Personal de Defensa Civil de la municipalidad distribuyó 3 000 sacos terreros y cincuenta palas entre las familias de la ribera de El Molino. Los vecinos llenaron los sacos con arena y los colocaron en las puertas de sus casas y en el borde de las chacras.""",
        about=True,
        note="emergency preparation by the municipality; no one of ours named (bare 'la municipalidad'); none of the five",
    ),
    S(
        "w147",
        "aldia",
        "2026-12-05T09:20:00-05:00",
        "«Las cuadrillas nunca llegaron a nuestra calle»",
        """Mientras en la calle principal de Cruz Blanca las cuadrillas ya terminaron, en el pasaje Los Pinos, a dos cuadras, el barro sigue donde lo dejó el huaico. Los vecinos han sacado lo que pudieron con baldes.

        «Vino la televisión, vino el gerente, se tomaron la foto en la calle principal y se fueron. Aquí no ha entrado ni una carretilla», dice Lidia Ramos, mientras su hija barre el lodo seco de la puerta. En el pasaje viven catorce familias.

        Consultada por este medio, la comuna lunahuasina dijo que las labores de limpieza continuarán «en todos los pasajes» hasta el domingo.""",
        m="I",
        t="limpieza",
        tone="-",
        note="residents left out of the mud clean-up; 'el gerente' bare",
    ),
    S(
        "w148",
        "aldia",
        "2026-11-15T10:00:00-05:00",
        "Feria de emprendedoras llena la plaza",
        """Más de sesenta emprendedoras de Lunahuasi ofrecieron sus productos en la feria «Mujer Lunahuasina» organizada por la municipalidad en la plaza de armas: dulces de higo, tejas, chocolates rellenos de pecana, vino de cuatro años y artesanías de junco.

        La señora Eulalia Cabrera vendió en una mañana todas sus cajas de tejas. «Lo que falta es que esto sea cada mes», pidió.""",
        about=True,
        note="a municipal fair; bare 'la municipalidad'; none of the five",
    ),
    # --- El Observador del Valle: regional site, teasers in RSS, modern pages ---------------------------------------------
    S(
        "w149",
        "observador",
        "2026-10-29T21:30:00-05:00",
        "Mercado modelo: el único postor y un socio conocido",
        """El Consorcio Valle Sur, único postor y ganador de la licitación del mercado modelo de Lunahuasi, está integrado por dos empresas. Una de ellas, Constructora Arenales E.I.R.L., tiene como titular a Mario Tasayco Lévano, quien entre 2018 y 2022 fue socio de la distribuidora Pisco & Vinos del Sur junto con Teodoro Pachas Carbajal, hermano del alcalde de Lunahuasi.

        El Observador del Valle revisó las partidas registrales de ambas empresas. La sociedad se disolvió en 2022, dos meses antes de que Hildebrando Pachas Carbajal asumiera la alcaldía.

        Las bases de la licitación exigían haber ejecutado mercados con cámaras frigoríficas por un monto acumulado de 15 millones de soles. Según los registros del OSCE, solo tres empresas del sur del país cumplían ese requisito; dos de ellas no se presentaron.

        El gerente de Desarrollo Urbano, Efraín Munayco Quintanilla, dijo que «los vínculos comerciales de terceros no son materia de evaluación en un proceso de selección» y que el comité actuó con autonomía. La Municipalidad Distrital de Lunahuasi no respondió a las preguntas enviadas al despacho de alcaldía.

        La empresa Constructora Arenales no contestó las llamadas de este medio.""",
        m="A U I",
        t="obras",
        tone="-",
        note="investigative piece on the tender",
    ),
    S(
        "w150",
        "observador",
        "2026-11-02T20:15:00-05:00",
        "Huancoyo aprueba presupuesto participativo con siete obras",
        """El concejo de Huancoyo aprobó el presupuesto participativo 2027, que prioriza siete obras por 4,2 millones de soles, entre ellas la pavimentación de la avenida Túpac Amaru y un puente vehicular sobre el canal Bernales. El alcalde Pachas Yataco destacó que por primera vez participaron los centros poblados.""",
        about=False,
        note="namesake: 'el alcalde Pachas Yataco' of Huancoyo; keywords about another district",
    ),
    S(
        "w151",
        "observador",
        "2026-11-26T19:40:00-05:00",
        "Cinco de ocho distritos firman convenio del relleno sanitario provincial",
        """Cinco de los ocho distritos de la provincia de Ayanque firmaron el convenio con la municipalidad provincial para usar la nueva celda del relleno sanitario de Pampa Grande. Faltan Lunahuasi, Huancoyo y El Tambillo, que discrepan de la tarifa de 42 soles por tonelada.

        El alcalde provincial, Fortunato Lévano, dio plazo hasta el 15 de diciembre.""",
        about=False,
        note="provincial landfill; our district named only as a place in a list",
    ),
    S(
        "w152",
        "observador",
        "2026-11-11T20:00:00-05:00",
        "Villavicencio: «No hemos robado un sol»",
        """El gerente municipal de Lunahuasi, Augusto Villavicencio Loayza, recibió a El Observador del Valle en su despacho, con un fólder de documentos sobre la mesa. Responde a la Contraloría, a la oposición y a quienes dicen que la gestión no ejecuta.

        —La Contraloría dice que se pagaron repuestos de compactadoras que no se instalaron.

        —Y yo le digo que vaya al taller. Los motores están ahí, con sus números de serie. Hubo un error en el acta de conformidad, lo reconozco. Pero no hemos robado un sol.

        —El mercado modelo va con tres meses de retraso.

        —Por el acero y por una paralización. Ya aplicamos penalidades. El mercado se va a entregar, con retraso, sí, pero bien hecho.

        —¿Y la ejecución de inversiones de 42 %?

        —En diciembre vamos a pasar el 70. Las obras grandes se pagan al final. El vecino no ve el papel, ve la obra, y la obra está ahí.

        —¿Se siente responsable de algo?

        —De no haber comunicado mejor. Eso sí.""",
        m="G",
        t="limpieza obras",
        tone="0",
        note="interview: a defence against accusations on two subjects",
    ),
    S(
        "w153",
        "observador",
        "2026-11-15T21:10:00-05:00",
        "Serenos de Lunahuasi cumplen dos meses sin sueldo y amenazan con huelga",
        """Los 42 serenos de Lunahuasi no cobran desde setiembre. El lunes entregaron a la Municipalidad de Lunahuasi un pliego en el que anuncian que dejarán de patrullar desde el 1 de diciembre si no se les paga.

        «Salimos de noche a arriesgar la vida por 1 300 soles y ni eso nos pagan», dijo uno de ellos, que pidió reserva. Los trabajadores están contratados por locación de servicios y no tienen seguro. La gerencia de Administración atribuyó el retraso a «un problema de flujo de caja» que se resolverá con lo recaudado en la amnistía tributaria.""",
        m="I",
        t="seguridad",
        tone="-",
        note="unpaid serenazgo workers",
    ),
    S(
        "w154",
        "observador",
        "2026-11-19T20:30:00-05:00",
        "Asaltan grifo en la Panamericana y huyen hacia Huancoyo",
        """Tres sujetos armados asaltaron el grifo Las Dunas, en el kilómetro 286 de la Panamericana Sur, y se llevaron la recaudación del día. La Policía de Carreteras montó un operativo, pero los delincuentes huyeron en un auto sin placas en dirección a Huancoyo. Es el tercer asalto a grifos del valle en lo que va del mes.""",
        about=False,
        note="a robbery on the highway, police matter without a municipal angle",
    ),
    S(
        "w155",
        "observador",
        "2026-11-23T19:55:00-05:00",
        "Amnistía tributaria: Lunahuasi recauda 1,2 millones en dos semanas",
        """La amnistía tributaria de la Municipalidad Distrital de Lunahuasi superó sus metas. En las dos primeras semanas, 1 870 contribuyentes se pusieron al día con el impuesto predial y los arbitrios, y la caja de rentas recaudó 1,2 millones de soles, más de lo que se esperaba para todo el periodo.

        El alcalde Hildebrando Pachas Carbajal anunció que parte de lo recaudado servirá para pagar los sueldos atrasados del serenazgo. «El vecino ha respondido. Ahora nos toca a nosotros», dijo.""",
        m="I A",
        t="tributos",
        tone="+",
        note="tax amnesty results",
    ),
    S(
        "w156",
        "observador",
        "2026-11-28T20:45:00-05:00",
        "Lunahuasi registra su primer caso de dengue; fumigan la manzana",
        """El centro de salud de Lunahuasi confirmó el primer caso de dengue del distrito en la temporada: una joven de 19 años que trabaja en El Tambillo y que, según la investigación epidemiológica, se habría contagiado allí.

        Brigadas de la Municipalidad Distrital de Lunahuasi fumigaron en la tarde las 34 viviendas de la manzana donde vive la paciente y las colindantes. La joven evoluciona favorablemente.""",
        m="I",
        t="salud",
        tone="0",
        note="an imported dengue case and the municipality's fumigation",
    ),
    S(
        "w157",
        "observador",
        "2026-12-01T19:20:00-05:00",
        "Pachas arremete contra la Junta de Usuarios: «El agua no es de unos cuantos»",
        """El alcalde de Lunahuasi, Hildebrando Pachas, acusó a la Junta de Usuarios de Riego del valle de favorecer a los fundos agroexportadores en el reparto de las primeras aguas del río Ayanque. «El agua no es de unos cuantos. Los pequeños de El Molino y Chacra Vieja han recibido la mitad de horas que les corresponden», dijo.

        El presidente de la Junta, Celestino Ramos Huasasquiche, respondió que el rol de riego se aprobó en asamblea y que el alcalde «no tiene competencia en la distribución del agua».""",
        m="A",
        tone="0",
        note="the Mayor criticising an irrigation board; irrigation is none of the five topics",
    ),
    S(
        "w158",
        "observador",
        "2026-12-04T21:00:00-05:00",
        "Las defensas aguantaron en Chacra Vieja, no en Cruz Blanca",
        """El huaico del jueves dejó una lección con dos caras en Lunahuasi. En Chacra Vieja, el enrocado de 800 metros que la municipalidad terminó hace diez días desvió el agua y salvó las chacras. En Cruz Blanca, donde no se construyó nada en nueve meses, el lodo entró a nueve casas que ya habían sido afectadas en febrero.

        «Lo que duele es que sabían», dice Juana Ramos, la dirigente que encabezó la marcha de noviembre. «Les dijimos que la quebrada iba a volver a bajar. Tenían el expediente aprobado desde setiembre».

        El gerente de Desarrollo Urbano, Efraín Munayco, reconoce que Cruz Blanca debió ser prioridad, pero insiste en que sin la transferencia regional no había presupuesto. «Con lo que teníamos, protegimos la zona con más hectáreas en riesgo», explicó.

        Para los vecinos de Cruz Blanca, ese cálculo tiene un nombre: abandono. La comuna lunahuasina ha prometido iniciar el muro el 15 de diciembre, en plena temporada de lluvias.""",
        m="I U",
        t="obras",
        tone="-",
        note="mixed outcome; the weight of the text is on the failure at Cruz Blanca",
    ),
    S(
        "w159",
        "observador",
        "2026-11-05T20:20:00-05:00",
        "Consumo de pisco en el Perú crece 8 % pero la informalidad persiste",
        """El consumo interno de pisco creció 8 % en el último año, según el Consejo Regulador de la Denominación de Origen. Sin embargo, se estima que un tercio del pisco que se vende en el país no está certificado. Los pequeños productores del sur alegan que los costos de certificación, de unos 3 000 soles por lote, son inalcanzables.""",
        about=False,
        note="national pisco market; no municipality",
    ),
    S(
        "w160",
        "observador",
        "2026-11-25T20:10:00-05:00",
        "Concejo de Lunahuasi rechaza la vacancia del alcalde",
        """Con siete votos en contra y dos a favor, el concejo municipal de Lunahuasi declaró infundado el pedido de vacancia contra el alcalde Hildebrando Pachas Carbajal por presunto nepotismo. Solo la regidora Gladys Tipacti Ormeño y el regidor Luis Cartagena votaron a favor.

        La mayoría consideró que no se probó que el alcalde hubiera intervenido en la designación de su sobrino. El solicitante anunció que apelará ante el Jurado Nacional de Elecciones.

        El sobrino, Jorge Carbajal Pachas, presentó su renuncia al cargo el mismo día de la sesión.""",
        m="A R",
        tone="0",
        note="the council rejects the removal request; the nephew resigns; neutral overall",
    ),
    S(
        "w161",
        "observador",
        "2026-12-05T20:40:00-05:00",
        "Gobierno Regional declara en emergencia la cuenca del Ayanque",
        """El Gobierno Regional declaró en situación de emergencia por peligro inminente la cuenca del río Ayanque, lo que permitirá contratar maquinaria y obras de manera directa durante sesenta días. La medida alcanza a seis distritos de la provincia. El gobernador Víctor Manrique anunció una inversión de 12 millones de soles en defensas ribereñas.""",
        about=False,
        note="a regional declaration covering several districts; no institution of ours named",
    ),
    # --- Revista Vendimia: regional magazine, opinion columns in the RSS description -------------------------------------
    S(
        "w162",
        "vendimia",
        "2026-10-30T08:00:00-05:00",
        "El Pisquero y el vaso medio vacío",
        """Columna de Arturo Cabrera Legua. Cuando Hildebrando Pachas Carbajal llegó a la alcaldía de Lunahuasi, los pisqueros del valle brindaron por él. Por fin, decían, uno de los nuestros. Un hombre que sabía lo que era levantarse a las tres para vigilar el alambique y pagar planilla con la cosecha de un año malo.

        Cuatro años después, el Pisquero sigue sabiendo brindar. Lo que no ha aprendido es a gobernar. El botadero de Los Médanos arde cada tanto como un alambique sin control; las compactadoras se malogran con una puntualidad que ya quisiera el camión; el mercado modelo avanza al ritmo de una uva en invierno.

        No todo es malo, dirán sus defensores, y tienen razón: la calle Bolognesi quedó bonita y el enrocado de Chacra Vieja va rápido. Pero una gestión no se mide por sus dos mejores fotos. Se mide por lo que pasa en el pasaje más alejado del anexo más pobre.

        El vaso, señor alcalde, sigue medio vacío. Y ya no queda mucha uva.""",
        m="A",
        t="limpieza obras",
        tone="-",
        note="opinion column with irony; nickname plainly the Mayor; 'pisqueros' is not",
    ),
    S(
        "w163",
        "vendimia",
        "2026-11-06T08:00:00-05:00",
        "La denominación de origen y el pequeño productor",
        """Columna de Rosa Tenorio Munayco. La denominación de origen protegió al pisco de la piratería extranjera, pero en casa ha dejado afuera a quien más la necesitaba: el pequeño productor que destila mil litros al año y no puede pagar la certificación de cada lote.

        Proponer una certificación colectiva por asociaciones, con costos compartidos, no es una idea nueva. Lo nuevo sería que el Consejo Regulador la escuchara.""",
        about=False,
        note="opinion on pisco regulation; no municipality",
    ),
    S(
        "w164",
        "vendimia",
        "2026-11-13T08:00:00-05:00",
        "Lo que las recicladoras nos enseñan",
        """Columna de Arturo Cabrera Legua. Criticar es fácil y en esta columna lo he hecho seguido, así que toca reconocer. El programa de segregación de residuos de la Municipalidad de Lunahuasi es, quizá, lo mejor que ha hecho esta gestión.

        Doce mujeres que hace un año rebuscaban entre el humo del botadero hoy tienen uniforme, seguro y un centro de acopio. Mil cien familias separan su basura. No es la solución al problema de los residuos del distrito, que sigue sin relleno propio, pero es el primer paso serio en décadas.

        Ojalá el resto de la gestión aprendiera de esas doce mujeres: trabajo constante, sin foto y sin discurso.""",
        m="I",
        t="limpieza",
        tone="+",
        note="opinion column praising a programme",
    ),
    S(
        "w165",
        "vendimia",
        "2026-11-20T08:00:00-05:00",
        "Nos estamos tomando el acuífero",
        """Columna de Rosa Tenorio Munayco. Cada botella de uva de mesa que sale por el puerto lleva dentro unos cuantos litros de agua del subsuelo del valle. La cuenta es sencilla: exportamos agua en un desierto que se queda sin ella.

        La ANA tiene las competencias, pero no la voluntad. El Gobierno Regional tiene la voluntad en sus discursos, pero no en su presupuesto. Y los municipios de la cuenca tienen la voz, aunque casi nunca la usan.

        El agua del Ayanque no volverá por decreto. Tampoco por oración.""",
        about=False,
        note="opinion on the aquifer; no institution named",
    ),
    S(
        "w166",
        "vendimia",
        "2026-11-27T08:00:00-05:00",
        "Un concejo de gallos",
        """Columna de Arturo Cabrera Legua. Quien haya asistido a una sesión de concejo de Lunahuasi en los últimos meses sabe que no hace falta ir al coliseo de Huancoyo para ver una pelea de gallos.

        De un lado, la teniente alcaldesa Maritza Anchante, que defiende todo lo que propone el despacho como si lo hubiera escrito ella. Del otro, la regidora Gladys Tipacti, que denuncia todo lo que se mueve, a veces con pruebas y a veces con el micrófono. En medio, un distrito que espera que alguien discuta por qué el camión no pasa por La Huaranga.

        La oposición es necesaria y la lealtad también. Lo que sobra es el espectáculo.""",
        m="T R",
        tone="-",
        note="opinion column critical of both council members",
    ),
    S(
        "w167",
        "vendimia",
        "2026-12-04T08:00:00-05:00",
        "Lo que el río nos enseña",
        """Columna de Rosa Tenorio Munayco. El jueves, mientras la quebrada Seca bajaba sobre la Panamericana, vi algo que no veía hace años en el valle: una máquina municipal llegando primero. El alcalde Pachas estaba en la berma con botas, y esta vez no era para la foto.

        Sería injusto no reconocer que el enrocado de Chacra Vieja funcionó. También sería injusto olvidar que en Cruz Blanca nueve familias volvieron a sacar barro de sus casas, por segunda vez en el año, porque el muro que se les prometió en marzo nunca llegó.

        La Municipalidad Distrital de Lunahuasi tiene ahora la plata de la región y la lección del río. Ya no tiene excusas.""",
        m="A I",
        t="obras",
        tone="0",
        note="balanced opinion column",
    ),
    S(
        "w168",
        "vendimia",
        "2026-11-23T08:00:00-05:00",
        "Hildebrando Pachas, la voz que el valle no olvida",
        """Columna de Arturo Cabrera Legua. Hay voces que pertenecen a un lugar. La de Hildebrando Pachas Mayuri, primera voz de Los Trovadores de Ayanque, es la voz del valle. Cincuenta años cantando valses en jaranas que terminaban con el sol, en bodas, en velorios y en las fiestas de la vendimia.

        Su concierto del sábado fue una lección de lo que no se aprende en un conservatorio: el fraseo lento, la pausa justa, la historia detrás de cada verso. Ojalá alguien, algún día, grabe lo que sabe antes de que se lo lleve el tiempo.""",
        about=False,
        note="namesake: a column about the singer",
    ),
    S(
        "w169",
        "vendimia",
        "2026-12-01T08:00:00-05:00",
        "Cartas: arbitrios de primera, servicio de tercera",
        """Señor director: Pago puntualmente mis arbitrios a la Municipalidad de Lunahuasi, unos 233 soles al año. En mi calle de La Huaranga el camión de basura pasa cuando quiere, no hay una sola luminaria que funcione y el único sereno que he visto fue en la foto de la inauguración de las motos.

        Ahora me entero de que en 2027 pagaré 8 % más. Me pregunto si el servicio también subirá un 8 %. O si, como siempre, solo subirá la cuenta.

        Hernán Uchuya Tasayco, La Huaranga.""",
        m="I",
        t="tributos",
        tone="-",
        note="a reader's letter about fees",
    ),
    S(
        "w170",
        "vendimia",
        "2026-11-09T08:00:00-05:00",
        "La vendimia que merecemos",
        """Columna de Rosa Tenorio Munayco. Cada marzo, el valle se llena de reinas, orquestas y pisadores de uva para turistas. Y cada marzo me pregunto si la vendimia es para nosotros o para la foto de Instagram.

        Propongo algo modesto: que la fiesta vuelva a las bodegas chicas, a los lagares de adobe, a las familias que todavía pisan la uva por necesidad y no por espectáculo. El festival lo organizan los municipios; la vendimia, por suerte, no les pertenece.""",
        about=False,
        note="opinion on the grape harvest festival in general; no institution named",
    ),
    S(
        "w171",
        "vendimia",
        "2026-11-16T08:00:00-05:00",
        "Ni cámaras ni motos: lo que falta es gente",
        """Columna de Arturo Cabrera Legua. La comuna lunahuasina acaba de gastar 186 000 soles en motos y se apresta a gastar más de un millón en cámaras. No tengo nada contra las motos ni contra las cámaras. Pero un sereno que lleva dos meses sin sueldo no va a perseguir a nadie en moto, y una cámara sin operador no es más que un adorno caro en un poste.

        La seguridad ciudadana no se compra en una licitación. Se construye con gente bien pagada, bien entrenada y presente. De eso, en Lunahuasi, no hemos visto mucho.""",
        m="I",
        t="seguridad",
        tone="-",
        note="opinion column critical of the security policy",
    ),
    # --- a few more, in the sources above ---------------------------------------------------------------------------------
    S(
        "w172",
        "rluna",
        "2026-11-21",
        "Taller gratuito de marinera para niños y adultos",
        """Atención, bailarines: la casa de la cultura de Lunahuasi abre inscripciones para su taller gratuito de marinera norteña y festejo, los martes y jueves de cinco a siete de la tarde. Es una iniciativa de la Municipalidad de Lunahuasi y hay cupos para niños desde los seis años. Las inscripciones, en la oficina de Educación y Cultura del palacio municipal.""",
        m="I",
        tone="0",
        note="culture notice; none of the five topics",
    ),
    S(
        "w173",
        "avision",
        "2026-11-14T04:35:00Z",
        "Santa Elvira bloquea la carretera: «Ni agua con arsénico nos llega»",
        """CONDUCTORA: Tensión en Santa Elvira. Vecinos bloquearon con piedras y llantas la carretera de acceso al anexo.

        REPORTERO: Reclaman que el pozo que abastece a la parte alta lleva diez días apagado porque se quemó la bomba. «Primero nos dicen que el agua tiene arsénico, y ahora ni esa agua nos llega», grita una vecina.

        VECINO: La comuna lunahuasina sabe desde hace una semana y no manda ni un técnico.

        REPORTERO: Hasta el cierre de esta nota, la carretera seguía bloqueada.""",
        m="I",
        tone="-",
        note="TV: water supply failing (none of the five); UTC 04:35 is the evening before in Lima",
    ),
    S(
        "w174",
        "app",
        "2026-12-02T15:00:00Z",
        "Vivienda financiará agua y desagüe para 340 familias en Lunahuasi",
        """Lima, 2 dic (APP). El Ministerio de Vivienda, Construcción y Saneamiento aprobó el financiamiento de 14,6 millones de soles para la obra de agua potable y alcantarillado del asentamiento humano Los Médanos, en el distrito de Lunahuasi, provincia de Ayanque.

        El proyecto fue presentado por la Municipalidad Distrital de Lunahuasi, que será la unidad ejecutora. Incluye un reservorio de 500 metros cúbicos, 9 kilómetros de redes y 340 conexiones domiciliarias. La licitación se convocará en enero.""",
        m="I",
        t="obras",
        tone="+",
        note="funding obtained for a water and sewage network the municipality will build (works)",
    ),
    S(
        "w175",
        "sur24",
        "2026-11-18T23:50:00-05:00",
        "Sismo de 4,8 se sintió en Ayanque y el valle",
        """Un sismo de magnitud 4,8 se registró a las 23.12 horas con epicentro a 38 kilómetros al suroeste de Ayanque, a 30 kilómetros de profundidad, informó el Instituto Geofísico del Perú. Fue percibido en Lunahuasi, Huancoyo y El Tambillo. No se reportan daños.""",
        about=False,
        note="an earthquake felt in the district; place only",
    ),
    S(
        "w176",
        "observador",
        "2026-11-30T20:00:00-05:00",
        "Bodega de la familia de la teniente alcaldesa abastecerá de pisco al festival",
        """La bodega Hermanos Anchante, de propiedad de dos hermanos de la teniente alcaldesa Maritza Anchante Uchuya, fue elegida como proveedora oficial del pisco para el Festival Internacional de la Vendimia Lunahuasina 2027, según un acta del comité organizador al que tuvo acceso este medio.

        El contrato, por 68 000 soles, incluye 2 400 botellas para la degustación inaugural y los premios del concurso. La teniente alcaldesa integra la comisión de Turismo del concejo que aprobó el presupuesto del festival.

        Anchante negó cualquier conflicto de intereses. «Yo no participo en el comité, no firmo nada y mis hermanos tienen derecho a trabajar como cualquier bodeguero del valle», dijo. La Municipalidad Distrital de Lunahuasi indicó que la selección se hizo por comparación de precios entre cinco bodegas.""",
        m="T I",
        tone="-",
        note="a conflict-of-interest accusation, denied; none of the five topics",
    ),
    S(
        "w177",
        "valle",
        "2026-11-27T08:00:00-05:00",
        "El Tambillo también lanza amnistía tributaria",
        """Siguiendo el ejemplo de otros distritos de la provincia, la Municipalidad Distrital de El Tambillo aprobó una amnistía tributaria que condona multas e intereses del impuesto predial y los arbitrios hasta el 31 de diciembre. La burgomaestra Nélida Chacaliaza dijo que lo recaudado irá a la lucha contra el dengue.""",
        about=False,
        note="a tax amnesty in another district",
    ),
    S(
        "w178",
        "valle",
        "2026-11-29T09:10:00-05:00",
        "Serenazgo provincial de Ayanque estrena camionetas y cámaras corporales",
        """La Municipalidad Provincial de Ayanque entregó cuatro camionetas y cincuenta cámaras corporales a su serenazgo, que patrulla el cercado de la capital provincial. El alcalde Fortunato Lévano Huamán dijo que las grabaciones servirán como prueba en casos de robo y asalto, y también para controlar la conducta de los propios serenos.

        El patrullaje provincial no alcanza a los distritos, cada uno con su propio serenazgo.""",
        about=False,
        note="the provincial municipality's serenazgo; another institution",
    ),
    # --- syndicated copies -------------------------------------------------------------------------------------------------
    C(
        "w179",
        "w001",
        "sur24",
        "2026-10-26T10:40:00-05:00",
        "Lunahuasi levanta enrocado de 800 metros en Chacra Vieja",
        extra="Fuente: El Valle de Ayanque.",
    ),
    C(
        "w180",
        "w004",
        "sur24",
        "2026-10-28T11:20:00-05:00",
        "Familias de Los Médanos esperan hasta cuatro días por agua",
        lead="Unas 340 familias del asentamiento humano Los Médanos, en Lunahuasi, denuncian que la cisterna que les envía la comuna lunahuasina llega con días de retraso. Esta semana, la que debía pasar el lunes llegó el miércoles por la noche.",
    ),
    C(
        "w181",
        "w010",
        "sur24",
        "2026-11-02T12:05:00-05:00",
        "Botadero de Lunahuasi arde desde el jueves y afecta a escolares",
        extra="Con información de El Valle de Ayanque.",
    ),
    C(
        "w182",
        "w017",
        "sur24",
        "2026-11-07T13:00:00-05:00",
        "Cruz Blanca, nueve meses en carpas tras el huaico de febrero",
        extra="Fuente: El Valle de Ayanque.",
    ),
    C(
        "w183",
        "w020",
        "rayanque",
        "2026-11-10T12:30:00-05:00",
        "Fumigación en Lunahuasi llega a 3 200 casas",
        lead="Brigadas de la Municipalidad Distrital de Lunahuasi y de la Red de Salud Ayanque fumigaron 3 200 viviendas entre el jueves y el domingo, como prevención frente al dengue que ya golpea a El Tambillo.",
    ),
    C(
        "w184",
        "w021",
        "sur24",
        "2026-11-11T11:45:00-05:00",
        "Entregan cinco cuadras pavimentadas en la calle Bolognesi de Lunahuasi",
        extra="Fuente: El Valle de Ayanque.",
    ),
    C(
        "w185",
        "w025",
        "observador",
        "2026-11-16T19:30:00-05:00",
        "Lunahuasi recicla: 1 100 hogares separan residuos",
    ),
    C(
        "w186",
        "w032",
        "sur24",
        "2026-11-18T12:10:00-05:00",
        "Nepotismo: presentan pedido de vacancia contra alcalde de Lunahuasi",
    ),
    C(
        "w187",
        "w036",
        "sur24",
        "2026-12-03T21:30:00-05:00",
        "Maquinaria de Lunahuasi reabre la Panamericana tras huaico",
        extra="Fuente: El Valle de Ayanque.",
    ),
    C(
        "w188",
        "w041",
        "sur24",
        "2026-10-27T09:50:00-05:00",
        "Regidora denuncia que sobrino del alcalde de Lunahuasi maneja Logística",
        extra="Fuente: Diario La Costa Sur.",
    ),
    C(
        "w189",
        "w044",
        "sur24",
        "2026-11-05T10:30:00-05:00",
        "Lunahuasi tiene los arbitrios más caros de la provincia, según estudio",
        lead="Un cuadro comparativo del Colegio de Economistas de la región ubica a Lunahuasi como el distrito con los arbitrios más altos de la provincia de Ayanque: 19,40 soles mensuales por vivienda, frente a 11,20 en Huancoyo y 9,80 en El Tambillo, antes del alza aprobada para 2027.",
        m="",
        note="copy whose rewritten lead drops the sarcasm and the only alias: about the municipality, no one named",
    ),
    C(
        "w190",
        "w046",
        "rayanque",
        "2026-11-10T13:15:00-05:00",
        "Mercado modelo de Lunahuasi paralizado por segundo día",
    ),
    C(
        "w191",
        "w052",
        "sur24",
        "2026-11-25T11:00:00-05:00",
        "Lunahuasi inaugura central de videovigilancia con 24 cámaras",
        extra="Fuente: Diario La Costa Sur.",
    ),
    C(
        "w192",
        "w055",
        "sur24",
        "2026-12-02T10:20:00-05:00",
        "Alcaldesa de El Tambillo denuncia que Lunahuasi bota basura en su límite",
    ),
    C(
        "w193",
        "w081",
        "costa",
        "2026-11-01T05:20:00-05:00",
        "Provincia reclama a Lunahuasi 96 000 soles por el relleno sanitario",
        lead="La Municipalidad Distrital de Lunahuasi adeuda tres meses de la tarifa por disposición final de residuos en el relleno sanitario de Pampa Grande, unos 96 000 soles, según dijo el alcalde provincial Fortunato Lévano Huamán a Radio Ayanque.",
    ),
    C(
        "w194",
        "w088",
        "sur24",
        "2026-11-28T12:40:00-05:00",
        "Desarticulan banda que robaba bodegas en el valle",
        extra="Con información de Radio Ayanque 1090 AM.",
    ),
    C(
        "w195",
        "w111",
        "valle",
        "2026-11-06T07:00:00-05:00",
        "Contraloría: pagaron reparación de compactadoras que nunca se hizo",
        extra="Con información de la Agencia de Prensa Peruana.",
    ),
    C(
        "w196",
        "w111",
        "sur24",
        "2026-11-05T18:30:00-05:00",
        "Hallan perjuicio de 148 000 soles en la Municipalidad de Lunahuasi",
    ),
    C(
        "w197",
        "w113",
        "sur24",
        "2026-11-14T19:00:00-05:00",
        "Confirman puente peatonal en la Panamericana frente a colegio de Lunahuasi",
        extra="Fuente: APP.",
    ),
    C(
        "w198",
        "w114",
        "rayanque",
        "2026-11-18T17:30:00-05:00",
        "Vacancia contra el alcalde de Lunahuasi llega al concejo",
    ),
    C(
        "w199",
        "w115",
        "valle",
        "2026-11-23T07:10:00-05:00",
        "Pachas encabeza a alcaldes del sur que piden emergencia en las cuencas",
        lead="El alcalde de Lunahuasi, Hildebrando Pachas Carbajal, encabezó la comitiva de once alcaldes de la costa sur que llegó a la Presidencia del Consejo de Ministros para pedir que se declaren en emergencia las cuencas de los ríos Ayanque, Chumpe y Lacramarca.",
    ),
    C(
        "w200",
        "w115",
        "panorama",
        "2026-11-22T18:00:00-05:00",
        "Once alcaldes del sur piden a la PCM emergencia por huaicos",
    ),
    C(
        "w201",
        "w117",
        "aldia",
        "2026-11-30T09:00:00-05:00",
        "Llegan los 4 millones para las defensas de Cruz Blanca y El Molino",
        extra="Fuente: Agencia de Prensa Peruana.",
    ),
    C(
        "w202",
        "w122",
        "sur24",
        "2026-11-04T17:45:00-05:00",
        "Serenos de Lunahuasi bailan en plena ronda y se vuelven virales",
    ),
    C(
        "w203",
        "w122",
        "observador",
        "2026-11-04T21:00:00-05:00",
        "Video de serenos bailando «Cariñito» supera el millón de vistas",
    ),
    C(
        "w204",
        "w130",
        "valle",
        "2026-11-09T07:30:00-05:00",
        "Los dos Pachas firman convenio de serenazgo",
        extra="Fuente: Sur Noticias 24.",
    ),
    C(
        "w205",
        "w149",
        "sur24",
        "2026-10-30T09:20:00-05:00",
        "Ganador del mercado modelo tuvo socio en común con hermano del alcalde",
        lead="Uno de los integrantes del Consorcio Valle Sur, único postor y ganador de la licitación del mercado modelo de Lunahuasi, fue socio hasta 2022 de un hermano del alcalde Hildebrando Pachas Carbajal en una distribuidora de pisco, según reveló El Observador del Valle.",
    ),
    C(
        "w206",
        "w153",
        "costa",
        "2026-11-16T05:30:00-05:00",
        "Serenos impagos amenazan con dejar de patrullar",
    ),
    C(
        "w207",
        "w155",
        "sur24",
        "2026-11-24T09:00:00-05:00",
        "Amnistía tributaria supera metas en Lunahuasi",
        extra="Fuente: El Observador del Valle.",
    ),
    C(
        "w208",
        "w160",
        "panorama",
        "2026-11-26T10:00:00-05:00",
        "Concejo salva al «Pisquero»: rechazan vacancia por nepotismo",
        lead="El concejo municipal de Lunahuasi rechazó por siete votos contra dos el pedido de vacancia por nepotismo contra el alcalde Hildebrando Pachas Carbajal, conocido como «el Pisquero».",
        m="A",
        note="copy whose rewritten lead drops the opposition regidora named in the original lead",
    ),
    C(
        "w209",
        "w160",
        "sur24",
        "2026-11-25T22:15:00-05:00",
        "Rechazan vacancia del alcalde de Lunahuasi; sobrino renuncia",
    ),
    C(
        "w210",
        "w128",
        "sur24",
        "2026-12-04T15:00:00-05:00",
        "Enrocado de Chacra Vieja resistió el huaico; Cruz Blanca no tuvo la misma suerte",
        extra="Fuente: Panorama Nacional.",
    ),
    C(
        "w211",
        "w016",
        "sur24",
        "2026-11-07T08:30:00-05:00",
        "Récord en la media maratón de Ayanque",
    ),
    C(
        "w212",
        "w042",
        "sur24",
        "2026-10-29T12:00:00-05:00",
        "Investigan al alcalde de Huancoyo por losa deportiva",
        extra="Fuente: Diario La Costa Sur.",
    ),
    C(
        "w213",
        "w014",
        "panorama",
        "2026-11-05T15:20:00-05:00",
        "Arsénico en el agua de pozo: alerta en un anexo del desierto del sur",
        lead="Un estudio universitario encontró arsénico hasta cuatro veces por encima del límite permitido en pozos del anexo Santa Elvira, en el distrito costeño de Lunahuasi, donde 210 familias beben agua subterránea desde hace generaciones.",
    ),
]
