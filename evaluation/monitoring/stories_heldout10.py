# ruff: noqa: E501
"""Tenth held-out split: a blind figure about a fourth invented district, written by writer 12.

Written by hand by writer 12, for this purpose only, WITHOUT looking at the pipeline's code (heraldo/**), at its
baselines, tone or topic dumps (tone_cases/, topics_cases/, *_cases.py, tone_train.py, topics_cv.py), at the tests,
at the other parts' stories or directories, or at any report of the pipeline on them. The writer read only lines
1-420 of stories_heldout6.py (its header, SETUP, OUTLETS, FURNITURE, SOURCES and first stories, for the format),
build.py (which lays the stories out as feeds and pages) and lines 1-60 and 200-262 of
docs/monitoring-evaluation.md (the corpus description and the labelling rules). Nothing of the system was run on
these stories. Labels follow those labelling rules and were fixed before the split was ever run; they must not be
changed because of what the pipeline answers. Every name, outlet and place of the district is invented.

Like heldout6, this part brings its own watch list (SETUP, topics included, with the keywords an analyst of this
district would type), outlets, person codes and template furniture: the Municipalidad Distrital de Irapayacu
(MDIR), a river-port district of the selva alta in the invented province of Renaco, region San Martín (coffee and
cacao cooperatives, motocarros, floods of the río Ungurahui and huaicos, dengue, Kichwa native communities). Its
Mayor is a man with a nickname, in the last two months of his term (an alcalde electo appears).

Codes: m = who is named (A alcalde Walter Panaifo Tapullima «el Paiche», G gerenta municipal Rosario Sangama
Amasifuén, T teniente alcaldesa Edith Pinchi Saavedra, R regidor (opposition) Leoncio Fasabi Ushiñahua, D jefe de
Defensa Civil Hernán Tuanama Isuiza, I the Municipalidad Distrital de Irapayacu); t = topics (limpieza seguridad
obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the municipality
(defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own headline,
sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "el alcalde de Irapayacu", "el alcalde irapayaquino", "el burgomaestre irapayaquino" are a title plus the place:
  they name the Mayor. A bare "el alcalde", "el burgomaestre", "la comuna", "el municipio", "la municipalidad",
  "la gerencia municipal", "el concejo (municipal de Irapayacu)" do not. "Panaifo" alone after the Mayor was named
  is part of the same mention. «el Paiche» / «Paiche Panaifo» count only where it is plainly him; the paiche fish
  is not him. "el alcalde electo de Irapayacu" (Gilmer Vásquez Pezo) is NOT the watched Mayor.
- "Municipalidad (Distrital) de Irapayacu", "municipalidad de Irapayacu", "municipio irapayaquino", "comuna
  irapayaquina", "municipalidad irapayaquina", "municipio/comuna de Irapayacu", "la MDIR" name the institution.
  "Vecinos de Irapayacu", "el serenazgo de Irapayacu", "Defensa Civil", "el distrito" do not. A person named with a
  title plus the place ("la gerenta municipal de Irapayacu") is that person, not the institution; a title that
  spells out the institution's name ("jefe de Defensa Civil de la Municipalidad de Irapayacu") names both.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly him),
  title plus surname ("el regidor Fasabi", "la teniente alcaldesa Pinchi") or a listed alias.
- Traps: Segundo Panaifo Ruiz, Mayor of the neighbouring district Alto Shiringal ("el alcalde Panaifo", "el
  burgomaestre" there; no relative); the cumbia singer Hernán Tuanama «el Ruiseñor del Ungurahui»; the
  weightlifter Edith Pinchi Lozano; the teacher Rosario Sangama Tello; the apu Fermín Sangama Tuanama and other
  people who only share a surname; the provincial Mayor of Renaco Augusto Chumbe Vela; a riverside community also
  called Irapayacu in Loreto; the cooperative Flor de Irapayacu and the club Deportivo Irapayacu; the paiche fish.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the regional or national government is neutral toward us unless the story is about our own
  failure. A mixed story takes the tone a press officer would take away (headline and weight of the text). An
  accusation the official denies is still a story about an accusation (negative). Stories not about the
  municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention. A story about a road, a river defence or a health post the Mayor asks others to fix takes that
  topic. Building water, sewage, streets, bridges, trochas, the port or a river defence is obras; a health post
  to be built is salud and obras; a landfill project is limpieza and obras. Floods, huaicos, evacuations and
  humanitarian aid (Defensa Civil) are none of the five; neither are water cuts, traffic and the motocarro
  register, Vaso de Leche, culture, sport, schools and economic development (coffee, cacao). Removing breeding
  sites, fumigation and vaccination are salud. The market fee (sisa), the port fee, arbitrios and enforced
  collection are tributos municipales.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerenta_municipal",
    "T": "teniente_alcaldesa",
    "R": "regidor_fasabi",
    "D": "jefe_defensa_civil",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de Irapayacu",
        "short_name": "MDIR",
        "level": "DISTRITAL",
        "province": "Renaco",
        "aliases": ["municipio irapayaquino", "comuna irapayaquina", "Municipalidad de Irapayacu"],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Walter",
            "surnames": "Panaifo Tapullima",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "el Paiche",
            "aliases": ["Paiche Panaifo", "alcalde Panaifo", "Panaifo Tapullima", "Walter Panaifo"],
        },
        {
            "key": "gerenta_municipal",
            "given_names": "Rosario",
            "surnames": "Sangama Amasifuén",
            "sex": "F",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerenta Sangama", "gerente municipal Rosario Sangama", "Rosario Sangama Amasifuén"],
        },
        {
            "key": "teniente_alcaldesa",
            "given_names": "Edith",
            "surnames": "Pinchi Saavedra",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Pinchi", "regidora Pinchi", "Edith Pinchi Saavedra"],
        },
        {
            "key": "regidor_fasabi",
            "given_names": "Leoncio",
            "surnames": "Fasabi Ushiñahua",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Fasabi", "concejal Fasabi", "Leoncio Fasabi"],
        },
        {
            "key": "jefe_defensa_civil",
            "given_names": "Hernán",
            "surnames": "Tuanama Isuiza",
            "sex": "M",
            "position": "Jefe de Defensa Civil",
            "position_feminine": "Jefa de Defensa Civil",
            "office_code": "JEFE_DEFENSA_CIVIL",
            "aliases": ["jefe de Defensa Civil Hernán Tuanama", "Tuanama Isuiza"],
        },
    ],
    "topics": [
        {
            "key": "limpieza",
            "name": "Limpieza pública",
            "keywords": [
                "limpieza pública",
                "recojo de basura",
                "residuos sólidos",
                "basura",
                "compactadora",
                "botadero",
                "relleno sanitario",
                "segregación",
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
                "pistas y veredas",
                "expediente técnico",
                "licitación",
                "puente",
                "defensa ribereña",
                "trocha carrozable",
                "embarcadero",
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
                "cobranza coactiva",
                "sisa",
            ],
        },
        {
            "key": "salud",
            "name": "Salud",
            "keywords": [
                "dengue",
                "fumigación",
                "zancudo",
                "campaña de salud",
                "vacunación",
                "puesto de salud",
                "centro de salud",
                "anemia",
            ],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "ahora": {
        "name": "Renaco Ahora",
        "host": "renacoahora.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 58000,
    },
    "selva": {
        "name": "Diario Selva Alta",
        "host": "diarioselvaalta.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "rirap": {
        "name": "Radio Irapay 101.3 FM",
        "host": "radioirapay.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 16000,
    },
    "tvo": {
        "name": "Oriente TV Canal 21",
        "host": "orientetv21.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 88000,
    },
    "apir": {
        "name": "Agencia Peruana de Información Regional",
        "host": "apir-noticias.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 240000,
    },
    "portal": {
        "name": "El Portal Amazónico",
        "host": "portalamazonico.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 540000,
    },
    "smdia": {
        "name": "San Martín al Día",
        "host": "sanmartinaldia.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 44000,
    },
    "inoticias": {
        "name": "Irapayacu Noticias",
        "host": "irapayacunoticias.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 4500,
    },
    "vozori": {
        "name": "La Voz del Oriente",
        "host": "vozdeloriente.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 26000,
    },
    "trocha": {
        "name": "Revista Trocha",
        "host": "revistatrocha.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 9000,
    },
    "toque": {
        "name": "Irapayacu al Toque",
        "host": "irapayacualtoque.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 7000,
    },
    "cronicas": {
        "name": "Crónicas del Ungurahui",
        "host": "cronicasdelungurahui.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 3500,
    },
    "expama": {
        "name": "Express Amazónico",
        "host": "expressamazonico.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 12000,
    },
    "chacra": {
        "name": "Boletín La Chacra Vecinal",
        "host": "boletinlachacra.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 1800,
    },
    "renaquino": {
        "name": "Semanario El Renaquino",
        "host": "semanarioelrenaquino.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "riberena": {
        "name": "Radio Ribereña 88.5",
        "host": "radioriberena885.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 10000,
    },
}

FURNITURE = {
    "old_comments": [
        "Ese Paiche Panaifo solo aparece en las fotos de inauguración, el resto del año ni se le ve",
        "El municipio irapayaquino cobra el predial puntualito pero el malecón se sigue cayendo al río",
    ],
    "old_most_read": "Asaltan a motocarrista en la carretera a Alto Shiringal",
    "old_motto": "El diario de la selva alta desde 1994",
    "old_city": "Renaco",
    "section_agenda": "Alto Shiringal celebra su aniversario con concurso de juanes",
    "hostile_place": "Irapayacu",
    "hostile_alias": "municipio irapayaquino",
    "error_page_outlet": "Radio Ribereña 88.5, la voz del Ungurahui",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expama": {
        "name": "Express Amazónico",
        "outlet": "expama",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["k016", "k021"],
        "cut_at": 0.65,
    },
    "chacra": {"name": "Boletín La Chacra Vecinal", "outlet": "chacra", "format": "bomb", "path": "/rss"},
    "renaquino": {"name": "Semanario El Renaquino", "outlet": "renaquino", "format": "xxe", "path": "/feed/"},
    "riberena": {
        "name": "Radio Ribereña 88.5",
        "outlet": "riberena",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "ahora": {
        "name": "Renaco Ahora",
        "outlet": "ahora",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "selva": {
        "name": "Diario Selva Alta",
        "outlet": "selva",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/regiones.xml",
    },
    "rirap": {
        "name": "Radio Irapay 101.3 FM",
        "outlet": "rirap",
        "format": "rss",
        "mode": "description",
        "path": "/rss/informativo",
    },
    "tvo": {"name": "Oriente TV Canal 21", "outlet": "tvo", "format": "atom", "path": "/noticias/atom.xml"},
    "apir": {
        "name": "Agencia Peruana de Información Regional",
        "outlet": "apir",
        "format": "atom",
        "path": "/regiones/oriente.atom",
    },
    "portal": {
        "name": "El Portal Amazónico",
        "outlet": "portal",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "smdia": {
        "name": "San Martín al Día",
        "outlet": "smdia",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas/rss.xml",
    },
    "inoticias": {
        "name": "Irapayacu Noticias",
        "outlet": "inoticias",
        "format": "section",
        "template": "section",
        "path": "/distrito",
    },
    "vozori": {
        "name": "La Voz del Oriente",
        "outlet": "vozori",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/regional.xml",
    },
    "trocha": {
        "name": "Revista Trocha",
        "outlet": "trocha",
        "format": "rss",
        "mode": "description",
        "path": "/columnas/rss",
    },
    "toque": {
        "name": "Irapayacu al Toque",
        "outlet": "toque",
        "format": "rss",
        "mode": "description",
        "path": "/rss",
    },
    "cronicas": {
        "name": "Crónicas del Ungurahui",
        "outlet": "cronicas",
        "format": "rss",
        "mode": "full",
        "template": "blog",
        "path": "/feed/",
    },
}

STORIES = [
    # --- Renaco Ahora: provincial daily, full text in RSS, priority ---------------------------------------------------
    S(
        "k001",
        "ahora",
        "2026-11-02T07:10:00-05:00",
        "Cuatro cuadras del jirón Huallaga estrenan pista y cunetas antes de las lluvias",
        """Los motocarristas que suben por el jirón Huallaga ya no tienen que esquivar los charcos de la cuadra tres. La Municipalidad Distrital de Irapayacu entregó el sábado 480 metros de pavimento rígido, con cunetas de sesenta centímetros, veredas a ambos lados y dos alcantarillas nuevas en la esquina con el jirón Lamas.

        La obra costó 2,1 millones de soles y se recibió sin observaciones, según el acta firmada por el supervisor. «Antes, cuando llovía, el agua entraba hasta mi cocina; anoche cayó un aguacero y ni una gota», contó Nilda Sinarahua, que vende chapo y juane en la cuadra dos.

        El alcalde Walter Panaifo Tapullima dijo que el jirón Ucayali será el siguiente y que la licitación se publicará esta semana.""",
        m="I A",
        t="obras",
        tone="+",
        note="delivered street works told through figures and a resident; 'ni una gota' is a negation that praises",
    ),
    S(
        "k002",
        "ahora",
        "2026-11-02T12:30:00-05:00",
        "El Ungurahui sube 1,8 metros en un día y Defensa Civil vigila el malecón",
        """El río Ungurahui creció 1,8 metros entre el sábado y el domingo, según la regla limnimétrica instalada junto al embarcadero de Irapayacu. El nivel está todavía medio metro por debajo de la cota de alerta roja.

        Hernán Tuanama Isuiza, jefe de Defensa Civil de la Municipalidad de Irapayacu, informó que tres brigadas recorren desde ayer el malecón y el barrio El Aguajal, donde viven unas 90 familias a menos de cien metros de la orilla. «Por ahora nadie tiene que salir de su casa, pero pedimos tener listos los documentos y el agua hervida», dijo.

        Defensa Civil tomará lecturas del río cada cuatro horas y las publicará en la radio local.""",
        m="D I",
        tone="0",
        note="flood watch: an emergency, none of the five topics; the title spells out the institution's name",
    ),
    S(
        "k003",
        "ahora",
        "2026-11-03T06:50:00-05:00",
        "Doce días sin compactadora: la basura se amontona en el barrio Huayruro",
        """En la esquina de los jirones Amazonas y Progreso hay desde el jueves un cerro de bolsas que los perros abren cada noche. La única compactadora de la Municipalidad Distrital de Irapayacu está en un taller de Tarapoto desde el 22 de octubre, a la espera de una bomba hidráulica.

        Mientras tanto, el recojo lo hace un volquete que a la fecha solo cubre la mitad de las rutas. En el Huayruro el camión pasó el lunes después de seis días. «Ya no sabemos dónde guardar la basura, tenemos todo en el patio», dijo Delia Cumapa, madre de tres niños.

        La gerenta municipal Rosario Sangama Amasifuén explicó que el repuesto llega de Lima «a fin de semana» y que se contratará un segundo volquete por quince días.""",
        m="I G",
        t="limpieza",
        tone="-",
        note="criticism told through facts ('a la fecha solo')",
    ),
    S(
        "k004",
        "ahora",
        "2026-11-03T19:40:00-05:00",
        "Segundo Panaifo inaugura losa deportiva techada en Alto Shiringal",
        """El alcalde distrital de Alto Shiringal, Segundo Panaifo Ruiz, inauguró ayer la losa multideportiva techada del centro poblado Nuevo Edén, una obra de 780 000 soles financiada con recursos del Fondo de Compensación Municipal.

        «Aquí los chicos jugaban en el barro; ahora tendrán dónde entrenar aunque llueva», dijo el alcalde Panaifo ante unos doscientos pobladores que llegaron con banda de músicos. La losa tiene tribunas para 150 personas y servicios higiénicos.

        El burgomaestre anunció que en diciembre empezará la pavimentación de la plaza de Nuevo Edén.""",
        about=False,
        note="namesake: the neighbouring Mayor shares the surname ('el alcalde Panaifo', 'el burgomaestre' of Alto Shiringal); keywords obra, pavimentación",
    ),
    S(
        "k005",
        "ahora",
        "2026-11-04T07:00:00-05:00",
        "Amnistía tributaria en Irapayacu: predial y arbitrios sin multas hasta el 15 de diciembre",
        """El concejo municipal aprobó el lunes la ordenanza de amnistía tributaria que condona multas e intereses a quienes paguen sus deudas del impuesto predial y de los arbitrios de 2023 a 2025 hasta el 15 de diciembre.

        Según la oficina de rentas de la Municipalidad Distrital de Irapayacu, unos 2 400 contribuyentes tienen deudas pendientes. El pago puede hacerse en la caja municipal, de lunes a sábado de 8 a. m. a 4 p. m., o fraccionarse hasta en cuatro cuotas.

        Pasada la fecha, los expedientes de mayor monto serán derivados a cobranza coactiva, advirtió la oficina.""",
        m="I",
        t="tributos",
        tone="0",
        note="neutral notice",
    ),
    S(
        "k006",
        "ahora",
        "2026-11-04T18:20:00-05:00",
        "Dengue: 43 casos en una semana y el alcalde de Irapayacu reclama enfermeras a la Diresa",
        """El distrito de Irapayacu registró 43 casos de dengue en la última semana epidemiológica, casi el triple que la anterior, según la Red de Salud Renaco. Dieciocho pacientes fueron derivados al hospital de la provincia.

        El alcalde Walter Panaifo Tapullima criticó que el centro de salud del distrito tenga solo dos enfermeras para atender la emergencia. «Hace un mes pedimos por oficio cinco profesionales más a la Dirección Regional de Salud y no nos han contestado. Nosotros ponemos los fumigadores y el combustible, pero no podemos contratar enfermeras», dijo.

        La Diresa San Martín respondió que evalúa enviar una brigada la próxima semana.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticising the regional health directorate: neutral toward us; salud (a health service he asks others to fix)",
    ),
    S(
        "k007",
        "ahora",
        "2026-11-05T07:15:00-05:00",
        "Tres motocarros robados vuelven a sus dueños en una semana",
        """Juan Carlos Tenazoa salió a trabajar ayer en el mismo motocarro rojo que le robaron el sábado en la puerta de su casa. Es el tercero que el serenazgo y la comisaría de Irapayacu recuperan en siete días.

        Las unidades fueron ubicadas gracias a las cámaras instaladas en la salida a Alto Shiringal, según informó la Municipalidad Distrital de Irapayacu. En los tres casos los vehículos estaban escondidos en chacras de la margen izquierda del río, con las placas cambiadas. Dos personas fueron detenidas.

        «Es mi herramienta de trabajo, con eso mantengo a mi familia», dijo Tenazoa.""",
        m="I",
        t="seguridad",
        tone="+",
        note="outcome told through facts; 'el serenazgo' alone is not the institution, but the institution is named",
    ),
    S(
        "k008",
        "ahora",
        "2026-11-05T13:00:00-05:00",
        "Puente Shitari: tres meses después de entregado, sigue sin barandas",
        """Los escolares de Bellavista Alta cruzan cada mañana la quebrada Shitari por un puente peatonal de 32 metros que no tiene barandas. La obra se entregó en agosto y costó 640 000 soles.

        El regidor Leoncio Fasabi Ushiñahua pidió en sesión de concejo que se explique por qué se recibió incompleta. «Un niño de siete años se resbaló la semana pasada y se salvó porque el agua estaba baja», afirmó el concejal.

        La teniente alcaldesa Edith Pinchi Saavedra respondió que las barandas están en un adicional de obra que se aprobó recién en octubre.""",
        m="R T",
        t="obras",
        tone="-",
        note="criticism of a delivered work; the teniente alcaldesa's reply does not change the weight",
    ),
    S(
        "k009",
        "ahora",
        "2026-11-06T07:30:00-05:00",
        "Hernán Tuanama llena el coliseo de Renaco con su cumbia amazónica",
        """Más de tres mil personas corearon anoche «Mi chalupita» y «Shapshico enamorado» en el coliseo cerrado de Renaco, donde Hernán Tuanama presentó los temas de su nuevo disco.

        El cantante, conocido como el Ruiseñor del Ungurahui, nació en Irapayacu hace 38 años y empezó tocando en las fiestas patronales del distrito. «Todo lo que canto lo aprendí en el puerto, viendo llegar las balsas», dijo Tuanama al público.

        La gira continuará en Yurimaguas y Pucallpa antes de fin de año.""",
        about=False,
        note="namesake: a cumbia singer with the Defensa Civil head's given name and first surname; born in the district, no municipal angle",
    ),
    S(
        "k010",
        "ahora",
        "2026-11-06T08:10:00-05:00",
        "Cooperativa Flor de Irapayacu despacha su primer contenedor de café a Hamburgo",
        """Diecinueve toneladas de café pergamino de altura salieron el martes del almacén de la Cooperativa Agraria Cafetalera Flor de Irapayacu rumbo al puerto del Callao y, de ahí, a Hamburgo.

        Es la primera exportación directa de la cooperativa, que agrupa a 214 productores de los caseríos altos del distrito. El precio pactado fue de 3,40 dólares la libra, casi un dólar más que lo que pagan los acopiadores en Renaco. «Doce años hemos esperado esto», dijo su presidente, Aurelio Tuesta Chota.

        La cooperativa recibió asistencia técnica de una ONG alemana y un crédito de Agrobanco.""",
        about=False,
        note="names the district; a cooperative's export with no municipal angle",
    ),
    S(
        "k011",
        "ahora",
        "2026-11-06T20:00:00-05:00",
        "Santa Rosa Baja: la obra de agua y desagüe lleva once meses paralizada al 62 %",
        """Las zanjas abiertas en marzo siguen abiertas en las calles de Santa Rosa Baja. La obra de agua potable y alcantarillado, presupuestada en 7,3 millones de soles, está paralizada desde diciembre con un avance físico de 62 %, según el último reporte de Infobras.

        El contratista, el Consorcio Sanitario Ungurahui, abandonó el campamento tras reclamar pagos atrasados. La Municipalidad Distrital de Irapayacu resolvió el contrato en setiembre, pero a la fecha no ha convocado el saldo de obra. Las 340 familias del sector siguen sacando agua de pozos y baldes.

        «Nos dijeron que para Navidad íbamos a tener desagüe; ya ni preguntamos», dijo Ronald Ishuiza, presidente de la junta vecinal.""",
        m="I",
        t="obras",
        tone="-",
        note="a stalled water and sewage works is obras, not a water cut; 'siguen' and 'a la fecha no'",
    ),
    S(
        "k012",
        "ahora",
        "2026-11-07T07:05:00-05:00",
        "Jornada contra la anemia: 512 niños tamizados en dos días",
        """Entre el jueves y el viernes, 512 niños menores de cinco años pasaron por las mesas de tamizaje instaladas en el local comunal de Irapayacu y en las comunidades nativas Puka Rumi y Sachapuma. A 138 se les detectó anemia y salieron con su tratamiento de sulfato ferroso y una cita de control.

        La jornada la organizaron la Municipalidad Distrital de Irapayacu y la Red de Salud Renaco. La municipalidad puso el transporte fluvial para los técnicos y la alimentación de las brigadas. La teniente alcaldesa Edith Pinchi Saavedra, que coordinó la campaña, anunció que la segunda ronda será en enero.

        En la campaña de julio se habían tamizado 190 niños.""",
        m="I T",
        t="salud",
        tone="+",
        note="outcome told through figures",
    ),
    S(
        "k013",
        "ahora",
        "2026-11-07T12:40:00-05:00",
        "Edith Pinchi gana el oro en el Sudamericano Juvenil de Halterofilia",
        """La pesista sanmartinense Edith Pinchi Lozano, de 17 años, ganó la medalla de oro en la categoría de 59 kilos del Campeonato Sudamericano Juvenil de Halterofilia, que se disputa en Guayaquil. Levantó 88 kilos en arranque y 109 en envión.

        Pinchi entrena desde los doce años en el gimnasio del colegio de su natal Renaco. «Le dedico la medalla a mi mamá, que vende refrescos en el mercado para pagar mis pasajes», dijo la deportista.

        Su próxima competencia será el Panamericano de la categoría, en marzo.""",
        about=False,
        note="namesake: an athlete with the teniente alcaldesa's given name and first surname",
    ),
    S(
        "k014",
        "ahora",
        "2026-11-08T07:20:00-05:00",
        "Desde el lunes, motocarros sin padrón no podrán ingresar a la plaza de armas",
        """Los motocarros que no estén inscritos en el padrón municipal no podrán circular desde el lunes por las cuatro cuadras que rodean la plaza de armas de Irapayacu, según la ordenanza publicada por la Municipalidad Distrital de Irapayacu.

        El distrito tiene unos 1 100 motocarros, pero solo 640 figuran en el padrón. La inscripción es gratuita hasta el 30 de noviembre y requiere SOAT, licencia y la tarjeta de propiedad. Los inspectores de tránsito impondrán papeletas de 86 soles a quienes incumplan.

        La Asociación de Motocarristas Los Ribereños pidió ampliar el plazo hasta enero.""",
        m="I",
        tone="0",
        note="traffic ordinance: none of the five topics",
    ),
    S(
        "k015",
        "ahora",
        "2026-11-08T19:30:00-05:00",
        "Contraloría halla pagos por S/ 180 000 sin sustento en la obra del embarcadero",
        """Un informe de control de la Contraloría General de la República identificó pagos por 180 412 soles sin sustento técnico en la rehabilitación del embarcadero municipal de Irapayacu, ejecutada entre 2024 y 2025.

        Según el documento, la Municipalidad Distrital de Irapayacu pagó al contratista por 46 pilotes de madera tratada, pero los auditores solo encontraron 31. Tampoco se acreditó el uso de 90 metros cúbicos de concreto cobrados en la última valorización. El informe recomienda iniciar procedimientos administrativos contra cuatro funcionarios y exservidores.

        La gerenta municipal Rosario Sangama Amasifuén dijo que el municipio «respetará el informe» y que los pilotes faltantes «están en el almacén, listos para instalarse».""",
        m="I G",
        t="obras",
        tone="-",
        note="an audit finding; the manager's reply is a denial, the story stays negative",
    ),
    S(
        "k016",
        "ahora",
        "2026-11-09T07:00:00-05:00",
        "Fumigación casa por casa llega a 3 100 viviendas; los casos de dengue bajan a la mitad",
        """Las brigadas de fumigación terminaron el sábado la tercera vuelta por los barrios urbanos de Irapayacu: 3 100 viviendas nebulizadas y 1 870 recipientes con larvas eliminados, según el consolidado de la Municipalidad Distrital de Irapayacu.

        En la semana que terminó el domingo, la Red de Salud Renaco reportó 21 casos nuevos de dengue en el distrito, frente a los 43 de la semana anterior. La gerenta municipal Rosario Sangama Amasifuén precisó que el municipio aportó 18 fumigadores, dos camionetas y el combustible, y que el Minsa envió el insecticida.

        La cuarta vuelta empezará el jueves por el barrio El Aguajal.""",
        m="I G",
        t="salud",
        tone="+",
        note="outcome told through figures",
    ),
    S(
        "k017",
        "ahora",
        "2026-11-09T14:10:00-05:00",
        "Huaico en la quebrada Sachavaca deja aisladas a sesenta familias",
        """Un huaico bajó la madrugada del domingo por la quebrada Sachavaca y sepultó unos 200 metros del camino que une el caserío del mismo nombre con la capital del distrito. Sesenta familias quedaron aisladas; no hubo heridos.

        El jefe de Defensa Civil de Irapayacu, Hernán Tuanama Isuiza, llegó al lugar en chalupa con 40 kits de alimentos y medicinas. Una mujer embarazada y dos adultos mayores fueron evacuados al centro de salud.

        El alcalde Walter Panaifo Tapullima pidió al Gobierno Regional de San Martín que envíe calaminas, frazadas y víveres para las familias. «Lo que teníamos en el almacén ya lo repartimos en El Aguajal», explicó.""",
        m="D A",
        tone="0",
        note="emergency and humanitarian aid: none of the five topics; the Mayor asking the region for aid is neutral",
    ),
    S(
        "k018",
        "ahora",
        "2026-11-10T07:30:00-05:00",
        "Comerciantes del Mercado Modelo rechazan cobro adelantado de la sisa",
        """Unas ochenta comerciantes del Mercado Modelo de Irapayacu se reunieron ayer en la puerta de la administración para rechazar el cobro adelantado de la sisa de diciembre y enero que la comuna irapayaquina exige desde esta semana.

        La sisa diaria es de 1,50 soles por puesto. Según la notificación, quien no pague los dos meses juntos, 93 soles, antes del 20 de noviembre perderá la prioridad en el reordenamiento de puestos previsto para enero. «En noviembre no se vende casi nada, de dónde vamos a sacar», reclamó Nélida Chujutalli, presidenta de la asociación de comerciantes.

        La administración del mercado no quiso declarar.""",
        m="I",
        t="tributos",
        tone="-",
        note="the market fee (sisa) is tributos",
    ),
    S(
        "k019",
        "ahora",
        "2026-11-10T18:45:00-05:00",
        "Alcalde de Irapayacu: «El Gobierno Regional nos dejó solos con el malecón»",
        """El alcalde Walter Panaifo Tapullima acusó ayer al Gobierno Regional de San Martín de haber congelado los 9,2 millones de soles comprometidos para la defensa ribereña del malecón de Irapayacu, cuyo expediente técnico fue aprobado en mayo de 2024.

        «Tenemos el expediente, la viabilidad y el terreno saneado. Lo único que falta es la transferencia. Cada creciente el río se lleva otros metros y nosotros solo podemos poner sacos», dijo el burgomaestre irapayaquino en conferencia de prensa. Desde enero, el Ungurahui ha erosionado unos 40 metros de la orilla frente al barrio El Aguajal.

        La Gerencia Regional de Infraestructura señaló que el proyecto está en la cartera priorizada para 2027.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticising the regional government: neutral toward us; 'el burgomaestre irapayaquino' is him",
    ),
    S(
        "k020",
        "ahora",
        "2026-11-11T07:10:00-05:00",
        "Paiche de piscigranja de Irapayacu llega a los mercados de Lima",
        """La Asociación de Acuicultores Nuevo Amanecer envió la semana pasada su primer lote de 1,2 toneladas de paiche fileteado a un supermercado de Lima. Los 26 socios crían el pez amazónico en doce estanques excavados en la margen derecha del Ungurahui, en el distrito de Irapayacu.

        Cada paiche se cosecha a los catorce meses con unos 12 kilos. «El paiche es más rentable que el arroz, pero la inversión en alimento es fuerte», explicó el presidente de la asociación, Wilmer Tenazoa.

        El proyecto recibió fondos del programa nacional de innovación en pesca y acuicultura.""",
        about=False,
        note="'paiche' is the fish, not the Mayor's nickname; names the district, no municipal angle",
    ),
    S(
        "k021",
        "ahora",
        "2026-11-11T09:00:00-05:00",
        "Catorce cámaras nuevas vigilan el malecón y el Mercado Modelo",
        """La central de videovigilancia de la Municipalidad Distrital de Irapayacu sumó esta semana catorce cámaras de alta definición en el malecón, el Mercado Modelo y la salida a Sapotillo. Con ellas, el distrito tiene 36 cámaras monitoreadas las 24 horas.

        En sus primeros cinco días, las nuevas cámaras permitieron intervenir a dos personas que robaban celulares en el mercado y ubicar a un menor extraviado en el malecón, según el reporte del serenazgo. Las imágenes se comparten en tiempo real con la comisaría.

        La instalación costó 410 000 soles, financiados con el programa de incentivos a la mejora de la gestión municipal.""",
        m="I",
        t="seguridad",
        tone="+",
        note="outcome told through facts",
    ),
    S(
        "k022",
        "ahora",
        "2026-11-11T20:15:00-05:00",
        "Recicladoras de Manos Verdes llevan cuatro meses sin cobrar",
        """Once mujeres de la Asociación de Recicladores Manos Verdes recogen cada semana los residuos segregados de 4 000 viviendas de Irapayacu. Desde julio no reciben los 300 soles mensuales que la Municipalidad Distrital de Irapayacu se comprometió a pagarles por convenio.

        «Seguimos trabajando porque si dejamos de recoger, la gente vuelve a mezclar todo. Pero ya debemos el alquiler del local», dijo la presidenta de la asociación, Yesenia Upiachihua. Las recicladoras calculan que la deuda llega a 13 200 soles.

        La gerenta municipal Rosario Sangama Amasifuén reconoció el retraso y aseguró que el pago saldrá «la próxima semana, apenas se apruebe la modificación presupuestal».""",
        m="I G",
        t="limpieza",
        tone="-",
        note="criticism through facts; an acknowledged debt",
    ),
    S(
        "k023",
        "ahora",
        "2026-11-12T07:00:00-05:00",
        "Tasa del embarcadero subirá a un sol desde diciembre",
        """Desde el 1 de diciembre, cada pasajero que embarque en el puerto municipal de Irapayacu pagará un sol de tasa de uso, el doble que ahora. La carga seguirá pagando 20 céntimos por saco.

        La Municipalidad Distrital de Irapayacu explicó que lo recaudado servirá para el mantenimiento de los pontones y el pago de dos vigilantes nocturnos. La última actualización de la tasa fue en 2019.

        Los dueños de chalupas y peque-peques pidieron una reunión con la gerencia de rentas antes de la entrada en vigor.""",
        m="I",
        t="tributos",
        tone="0",
        note="neutral notice of a port fee increase; the port fee is tributos",
    ),
    S(
        "k024",
        "ahora",
        "2026-11-12T13:30:00-05:00",
        "Panaifo y la gerenta Sangama entregan techos y víveres a 200 familias del Aguajal",
        """Doscientas familias del barrio El Aguajal, afectadas por la crecida del Ungurahui, recibieron ayer diez calaminas cada una, un kit de alimentos para quince días y bidones de agua, en el local comunal del barrio.

        El alcalde Walter Panaifo Tapullima y la gerenta municipal Rosario Sangama Amasifuén encabezaron la entrega, que se hizo con padrón firmado por el teniente gobernador. Las calaminas provienen del almacén municipal y los víveres, de una donación gestionada con el Indeci.

        «Se me mojó el techo de la cocina y el del cuarto de los chicos; con esto ya puedo arreglar antes de la próxima lluvia», dijo Marleny Sajami.""",
        m="A G",
        tone="+",
        note="aid delivered, told through facts; humanitarian aid is none of the five topics",
    ),
    S(
        "k025",
        "ahora",
        "2026-11-13T07:15:00-05:00",
        "Alto Shiringal también pelea contra el dengue: su alcalde pide más brigadas",
        """El distrito de Alto Shiringal registró 27 casos de dengue en la última semana y su alcalde, Segundo Panaifo Ruiz, pidió a la Red de Salud Renaco que amplíe las brigadas de fumigación al centro poblado Nuevo Edén.

        «Nos dicen que primero atienden a los distritos con más casos. Nosotros no vamos a esperar a tener cien», dijo el alcalde Panaifo, que anunció una campaña de recojo de inservibles con volquetes municipales.

        Alto Shiringal limita con Irapayacu, donde los casos bajaron a la mitad tras tres semanas de fumigación.""",
        about=False,
        note="namesake: the neighbouring Mayor ('el alcalde Panaifo'); dengue keywords in another town; Irapayacu only in passing",
    ),
    S(
        "k026",
        "ahora",
        "2026-11-13T18:00:00-05:00",
        "Concejo aprueba por unanimidad el expediente del nuevo mercado de abastos",
        """Con los votos de los siete regidores, el concejo municipal de Irapayacu aprobó el expediente técnico del nuevo mercado de abastos, que se levantará en el terreno del antiguo camal, en la avenida Ribereña.

        El proyecto contempla 186 puestos, cámara de frío para pescado y un patio de descarga para las balsas. Su costo se estima en 14,8 millones de soles y se buscará financiamiento del Ministerio de la Producción. Incluso el regidor de oposición Leoncio Fasabi Ushiñahua votó a favor, aunque pidió que los comerciantes actuales tengan prioridad en la adjudicación.

        La teniente alcaldesa Edith Pinchi Saavedra, que presidió la sesión, dijo que el expediente se presentará al ministerio antes de fin de mes.""",
        m="T R",
        t="obras",
        tone="0",
        note="a procedural step; 'el concejo municipal de Irapayacu' is not the institution's name",
    ),
    S(
        "k027",
        "ahora",
        "2026-11-14T07:30:00-05:00",
        "En Sapotillo la posta abre dos días por semana y el médico prometido no llega",
        """El puesto de salud del caserío Sapotillo atiende solo martes y jueves, cuando llega una técnica en enfermería desde la capital del distrito. En setiembre, el municipio irapayaquino firmó un convenio con la Red de Salud Renaco para pagar un médico serumista que atendiera de lunes a sábado.

        A la fecha, el médico no ha sido contratado. La municipalidad dice que el convenio espera la firma de la Diresa; la Red de Salud, que falta la partida presupuestal municipal. Mientras tanto, los enfermos caminan dos horas hasta la carretera.

        «Mi papá tuvo fiebre tres días y lo tuvimos que sacar en hamaca», contó Ketty Guerra Manihuari.""",
        m="I",
        t="salud",
        tone="-",
        note="a promised service not delivered ('a la fecha')",
    ),
    S(
        "k028",
        "ahora",
        "2026-11-14T11:00:00-05:00",
        "Serenos y policías patrullarán juntos el puerto los fines de semana",
        """A partir de esta noche, dos serenos y un efectivo policial patrullarán el embarcadero y el malecón de Irapayacu los viernes, sábados y domingos entre las 7 de la noche y las 3 de la madrugada.

        El patrullaje integrado fue acordado en el comité distrital de seguridad ciudadana, que preside la Municipalidad Distrital de Irapayacu, tras las quejas de los dueños de chalupas por robos de motores fuera de borda. En lo que va del año se han denunciado nueve robos de motores en el puerto.

        El serenazgo pondrá una de sus motocicletas y la comisaría, una camioneta.""",
        m="I",
        t="seguridad",
        tone="0",
        note="neutral announcement",
    ),
    S(
        "k029",
        "ahora",
        "2026-11-15T07:00:00-05:00",
        "Balance de la crecida: 312 familias atendidas y ninguna víctima",
        """Tras dos semanas de lluvias, el río Ungurahui volvió ayer a su nivel de alerta verde. Ninguna persona murió ni resultó herida en el distrito de Irapayacu, según el balance presentado por Defensa Civil.

        Hernán Tuanama Isuiza, jefe de Defensa Civil de la Municipalidad de Irapayacu, informó que 312 familias recibieron ayuda humanitaria, que 41 fueron reubicadas temporalmente en el colegio Nuevo Horizonte y que todas regresaron ya a sus casas. Las brigadas evacuaron a tiempo a las familias del barrio El Aguajal antes de la crecida del día 9.

        En 2024, una crecida similar dejó dos fallecidos y más de 500 damnificados.""",
        m="D I",
        tone="+",
        note="negation as praise ('ninguna víctima'); emergency response, none of the five topics",
    ),
    S(
        "k030",
        "ahora",
        "2026-11-15T19:00:00-05:00",
        "Roban 40 sacos de cacao del almacén de la cooperativa Sachamama",
        """Desconocidos forzaron la madrugada del sábado la puerta del almacén de la Cooperativa Agraria Cacaotera Sachamama, en el jirón Lamas de Irapayacu, y se llevaron 40 sacos de cacao seco, unos 2 400 kilos valorizados en 38 000 soles.

        La presidenta de la cooperativa, Norma Ríos Pashanasi, dijo que el almacén no tenía vigilante porque la cosecha se había vendido casi toda. La comisaría de Irapayacu investiga a un camión que fue visto en la zona a las 3 de la mañana.

        Es el segundo robo de cacao en la provincia este mes.""",
        about=False,
        note="keyword 'robo' in the district with no municipal angle (a police matter)",
    ),
    S(
        "k031",
        "ahora",
        "2026-11-02T20:40:00-05:00",
        "Relleno sanitario de Pampa Ushpa: tres años esperando una firma en Lima",
        """El expediente del relleno sanitario de Pampa Ushpa, que reemplazaría al botadero de la quebrada Shitari, cumple tres años en el Ministerio del Ambiente sin la opinión favorable que necesita para licitarse, según la Municipalidad Distrital de Irapayacu.

        El alcalde Walter Panaifo Tapullima dijo que el ministerio ha devuelto el expediente cuatro veces con observaciones distintas. «La última fue por el formato de los planos. Mientras tanto, las 14 toneladas diarias de basura siguen yendo a un botadero que no queremos», afirmó.

        El proyecto cuesta 11,6 millones de soles.""",
        m="I A",
        t="limpieza obras",
        tone="0",
        note="the Mayor blaming a national ministry: neutral; a landfill project is both limpieza and obras",
    ),
    S(
        "k032",
        "ahora",
        "2026-11-13T20:30:00-05:00",
        "Concejal Fasabi: «Se compraron 14 cámaras, pero la mitad no graba de noche»",
        """El regidor Leoncio Fasabi Ushiñahua presentó ayer un pedido de información sobre las catorce cámaras que la Municipalidad Distrital de Irapayacu acaba de instalar. Según el concejal, que visitó la central de monitoreo el jueves, siete de ellas no tienen visión nocturna y dejan de grabar a partir de las 6 de la tarde.

        «Los robos en el mercado son de madrugada. ¿Para qué queremos cámaras que solo ven de día?», cuestionó. El regidor pidió las fichas técnicas y la conformidad de servicio firmada por el área de logística.

        La municipalidad no respondió a las consultas de este diario.""",
        m="R I",
        t="seguridad",
        tone="-",
        note="opposition criticism of a purchase",
    ),
    S(
        "k033",
        "ahora",
        "2026-11-12T21:00:00-05:00",
        "Regidor acusa plan para concesionar el embarcadero; Panaifo lo niega",
        """El regidor Leoncio Fasabi Ushiñahua denunció ayer en sesión de concejo que la administración municipal prepara la concesión del embarcadero de Irapayacu a una empresa de transporte fluvial cuyo gerente sería cuñado de un funcionario.

        «No es cierto. El embarcadero no se va a concesionar ni a privatizar, y nadie de mi familia ni de la gerencia tiene relación con empresas de transporte», respondió el alcalde Walter Panaifo Tapullima, quien pidió al concejal presentar pruebas ante la fiscalía.

        Fasabi dijo que tiene copia de un borrador de convenio y que lo entregará a la Contraloría.""",
        m="R A",
        tone="-",
        note="an accusation the Mayor denies stays negative ('no es cierto'); the port's management is none of the five topics",
    ),
    # --- Diario Selva Alta: regional daily, teasers in RSS, old table template with comments -----------------------
    S(
        "k034",
        "selva",
        "2026-11-02T09:00:00-05:00",
        "Irapayacu: vecinos del Aguajal levantan sus propios diques de sacos",
        """Con palas, sacos de polietileno y arena de la playa, unos cuarenta vecinos del barrio El Aguajal pasaron el domingo levantando un muro de sacos de un metro de alto frente a sus casas. El río Ungurahui había subido casi dos metros en un día.

        Los sacos los compraron con una colecta de cinco soles por familia. «Pedimos mil sacos a la Municipalidad Distrital de Irapayacu y nos mandaron doscientos», dijo el secretario de la junta vecinal, Gerson Paredes Tangoa. Siguen esperando el cargador frontal que, según les dijeron, llegaría el sábado.

        El jefe de Defensa Civil, Hernán Tuanama Isuiza, explicó que el almacén tenía 1 500 sacos para todo el distrito y que se priorizó el colegio y la posta.""",
        m="I D",
        tone="-",
        note="criticism through facts in an emergency ('siguen esperando'); none of the five topics",
    ),
    S(
        "k035",
        "selva",
        "2026-11-03T10:30:00-05:00",
        "Jirón Lamas: grietas en una pista que no cumple cinco meses",
        """El regidor Leoncio Fasabi Ushiñahua recorrió ayer las cuadras cinco y seis del jirón Lamas, pavimentadas en junio por la Municipalidad Distrital de Irapayacu, y contó diecinueve grietas transversales, dos de ellas de más de un centímetro de ancho.

        La obra costó 1,3 millones de soles y tiene garantía de un año. «Si esto pasa con cinco meses, qué quedará en cinco años», dijo el concejal, que pidió que se notifique al contratista y que no se le devuelva la carta fianza.

        Vecinos de la zona dijeron que los volquetes que cargan arena del río pasan por ahí de noche pese a la prohibición.""",
        m="R I",
        t="obras",
        tone="-",
        note="criticism through facts",
    ),
    S(
        "k036",
        "selva",
        "2026-11-04T09:15:00-05:00",
        "Municipalidad Provincial de Renaco amplía amnistía del predial hasta diciembre",
        """La Municipalidad Provincial de Renaco amplió hasta el 31 de diciembre la amnistía que perdona multas e intereses del impuesto predial y los arbitrios para los contribuyentes del cercado de la provincia.

        El burgomaestre provincial, Augusto Chumbe Vela, explicó que la recaudación del predial va en 61 % de lo previsto para el año. «Queremos que nadie llegue a la cobranza coactiva por no tener información», dijo.

        En lo que va de la amnistía, que empezó en setiembre, se han acogido 1 840 contribuyentes.""",
        about=False,
        note="another institution (the provincial municipality) and 'el burgomaestre' of Renaco; tributos keywords",
    ),
    S(
        "k037",
        "selva",
        "2026-11-05T09:40:00-05:00",
        "Entregan 1 200 mosquiteros impregnados en comunidades nativas de Irapayacu",
        """Las familias de las comunidades nativas kichwa Puka Rumi y Sachapuma recibieron esta semana 1 200 mosquiteros impregnados con insecticida, uno por cada cama registrada en el censo comunal.

        El municipio irapayaquino compró los mosquiteros con 96 000 soles de su presupuesto y los repartió casa por casa con promotores de salud bilingües, que enseñaron en kichwa cómo colgarlos y lavarlos sin que pierdan el insecticida. En ambas comunidades se habían reportado once casos de dengue en octubre.

        El apu de Puka Rumi, Saturnino Huansi, pidió que la entrega se repita en los anexos más alejados.""",
        m="I",
        t="salud",
        tone="+",
        note="told through facts",
    ),
    S(
        "k038",
        "selva",
        "2026-11-06T10:00:00-05:00",
        "Asaltan a motocarrista en la trocha a Sapotillo; vecinos piden serenos",
        """Dos sujetos armados con un cuchillo asaltaron el miércoles por la noche al motocarrista Elías Apagüeño en el kilómetro 3 de la trocha a Sapotillo y le quitaron 180 soles y su celular. Es el cuarto asalto en ese tramo desde setiembre.

        Los pobladores de Sapotillo pidieron que el serenazgo patrulle la trocha al menos hasta las 10 de la noche. La comuna irapayaquina respondió que sus tres motocicletas no alcanzan para cubrir las zonas rurales y que el patrullaje fuera de la ciudad corresponde a la Policía.

        «Entonces que nadie trabaje de noche, pues», reclamó Apagüeño.""",
        m="I",
        t="seguridad",
        tone="-",
        note="an unmet demand for the service; the institution named as 'comuna irapayaquina'",
    ),
    S(
        "k039",
        "selva",
        "2026-11-07T09:00:00-05:00",
        "Alcalde de Irapayacu recibe a compradores japoneses de cacao fino",
        """Una delegación de cuatro compradores de una chocolatería de Osaka visitó el jueves las parcelas de cacao del distrito de Irapayacu y fue recibida en el municipio por el alcalde Walter Panaifo Tapullima.

        Los visitantes probaron granos de nueve productores y se llevaron muestras de 2 kilos para análisis de laboratorio. El alcalde les presentó el mapa de las 1 300 hectáreas de cacao del distrito y el plan municipal para una planta de fermentado comunal.

        La delegación seguirá su recorrido por Lamas y Tarapoto.""",
        m="A",
        tone="0",
        note="a protocol visit; 'en el municipio' is not the institution's name; economic development, none of the five",
    ),
    S(
        "k040",
        "selva",
        "2026-11-08T09:30:00-05:00",
        "Sachapuma ya tiene trocha afirmada: ocho kilómetros en lugar de la chalupa",
        """Desde el sábado, un motocarro puede llegar en veinte minutos a la comunidad nativa Sachapuma desde la plaza de Irapayacu. Antes, el único camino era el río: hora y media de chalupa contra la corriente.

        La Municipalidad Distrital de Irapayacu terminó de afirmar los ocho kilómetros de trocha carrozable, con doce alcantarillas de concreto y un pontón de madera sobre la quebrada Yanayacu. La obra costó 1,9 millones de soles y se ejecutó por administración directa con maquinaria municipal.

        El alcalde Walter Panaifo Tapullima llegó a la comunidad en el primer motocarro que la recorrió entera.""",
        m="I A",
        t="obras",
        tone="+",
        note="delivered works told through facts",
    ),
    S(
        "k041",
        "selva",
        "2026-11-09T10:15:00-05:00",
        "Crecida del Napo inunda la comunidad de Irapayacu, en Loreto",
        """Las aguas del río Napo cubrieron la plaza y la escuela de la comunidad ribereña de Irapayacu, en el distrito loretano de Mazán, donde viven unas 70 familias. Los pobladores se refugiaron en la parte alta con sus animales.

        La Marina de Guerra llevó víveres y agua en una embarcación de la Plataforma Itinerante de Acción Social. El agente municipal de la comunidad pidió al Gobierno Regional de Loreto calaminas y semillas para volver a sembrar.

        La crecida del Napo es la más alta registrada en noviembre en una década, según el Senamhi.""",
        about=False,
        note="a place of the same name in another region (Loreto); its 'agente municipal' is not ours",
    ),
    S(
        "k042",
        "selva",
        "2026-11-10T09:00:00-05:00",
        "Arbitrios no subirán en 2027 pese al alza del combustible",
        """Los arbitrios de limpieza pública, parques y serenazgo de Irapayacu se mantendrán en 2027 con los mismos montos de este año, anunció la Municipalidad Distrital de Irapayacu tras la aprobación de la ordenanza respectiva.

        Una vivienda promedio seguirá pagando 9,80 soles mensuales. El costo del servicio aumentó 12 % por el precio del diésel, pero la diferencia se cubrirá con la mayor recaudación del predial, que este año creció 38 %.

        El municipio recordó que quienes paguen el año completo en enero tendrán un descuento del 10 %.""",
        m="I",
        t="tributos",
        tone="+",
        note="negation as good news ('no subirán'), backed by figures; limpieza and serenazgo only name what the fee pays for",
    ),
    S(
        "k043",
        "selva",
        "2026-11-11T09:30:00-05:00",
        "Tres muertes por dengue en San Martín; Irapayacu, entre los distritos con más casos",
        """La Dirección Regional de Salud de San Martín confirmó tres fallecidos por dengue en lo que va de noviembre, dos en Tarapoto y uno en Juanjuí. La región acumula 4 130 casos en el año.

        Los distritos con mayor incidencia en la última semana fueron Morales, La Banda de Shilcayo, Irapayacu y Alto Shiringal. La Diresa pidió a la población eliminar los recipientes con agua estancada y acudir al establecimiento de salud ante fiebre alta y dolor detrás de los ojos.

        El Minsa enviará mañana 20 000 litros de insecticida a la región.""",
        about=False,
        note="a regional dengue report naming the district among others; no municipal angle",
    ),
    S(
        "k044",
        "selva",
        "2026-11-12T10:00:00-05:00",
        "Rendición de cuentas: 38 obras terminadas y seis paralizadas",
        """En la audiencia pública de rendición de cuentas, realizada el sábado en el coliseo municipal, el alcalde de Irapayacu, Walter Panaifo Tapullima, informó que su gestión terminó 38 obras entre 2023 y 2026 con una inversión de 61 millones de soles.

        Seis obras están paralizadas, entre ellas el sistema de agua y desagüe de Santa Rosa Baja y el mercado de Nuevo Chirimoyo. El alcalde atribuyó cuatro de ellas a contratistas que abandonaron la obra y dos a transferencias que nunca llegaron.

        Unas 400 personas asistieron; doce vecinos hicieron preguntas, la mayoría sobre el agua de Santa Rosa Baja.""",
        m="A",
        t="obras",
        tone="0",
        note="a mixed balance with neutral weight",
    ),
    S(
        "k045",
        "selva",
        "2026-11-13T09:15:00-05:00",
        "Motocarristas bloquean el puente de la avenida Ribereña contra el nuevo padrón",
        """Unos trescientos motocarristas bloquearon durante cuatro horas el puente de la avenida Ribereña en protesta contra la ordenanza de la Municipalidad Distrital de Irapayacu que les prohíbe ingresar a la plaza de armas si no están en el padrón.

        Los dirigentes aseguran que el trámite exige un certificado de revisión técnica que solo se obtiene en Tarapoto y cuesta 120 soles. «Nos están mandando a la quiebra en plena temporada de lluvias», dijo Jhonatan Saboya, presidente de la Asociación de Motocarristas Los Ribereños.

        El bloqueo se levantó a las 2 de la tarde tras la llegada de la Policía. Los motocarristas anunciaron un paro de 48 horas para la próxima semana.""",
        m="I",
        tone="-",
        note="a protest against a traffic ordinance: none of the five topics ('puente' is only the place)",
    ),
    S(
        "k046",
        "selva",
        "2026-11-14T09:45:00-05:00",
        "Video de basura en el malecón de Irapayacu se hace viral",
        """Un video de cuarenta segundos grabado por una turista limeña en el malecón de Irapayacu superó el viernes las 300 000 reproducciones en redes sociales. Muestra bolsas de basura reventadas junto a las bancas y gallinazos picoteando restos de pescado al lado del mirador.

        El malecón es el principal atractivo turístico del distrito y está a cargo de la Municipalidad Distrital de Irapayacu. Comerciantes de la zona dijeron que los contenedores se retiraron hace un mes para repararlos y no han sido devueltos.

        «Vinimos por el atardecer y nos fuimos por el olor», escribió la autora del video.""",
        m="I",
        t="limpieza",
        tone="-",
        note="criticism through facts",
    ),
    S(
        "k047",
        "selva",
        "2026-11-15T10:00:00-05:00",
        "Teniente alcaldesa Pinchi: «En diciembre el puente Shitari tendrá barandas»",
        """La teniente alcaldesa de Irapayacu, Edith Pinchi Saavedra, aseguró que las barandas metálicas del puente peatonal de la quebrada Shitari se instalarán en la primera quincena de diciembre, una vez aprobado el adicional de obra.

        Pinchi explicó que el expediente original no incluía barandas porque el puente se diseñó como provisional. El adicional costará 48 000 soles. Mientras tanto, la municipalidad colocó una cuerda de seguridad y un cartel que pide a los padres acompañar a los niños.

        El regidor Leoncio Fasabi Ushiñahua anunció que vigilará el cumplimiento del plazo.""",
        m="T R",
        t="obras",
        tone="0",
        note="a promise and an explanation: neutral",
    ),
    S(
        "k048",
        "selva",
        "2026-11-04T16:00:00-05:00",
        "Alcalde electo de Irapayacu pide inventario completo de la maquinaria",
        """Gilmer Vásquez Pezo, alcalde electo de Irapayacu, pidió que la comisión de transferencia incluya un inventario físico de la maquinaria pesada, con pruebas de funcionamiento, antes del 15 de diciembre.

        «No queremos recibir máquinas en papel. Queremos verlas prender», dijo Vásquez, que asumirá el cargo el 1 de enero. Su comisión de transferencia tiene cinco integrantes y se reunió por primera vez con los funcionarios salientes el lunes.

        La comisión de la gestión saliente se comprometió a entregar la información la próxima semana.""",
        about=True,
        tone="0",
        note="position with place that is NOT the watched Mayor ('alcalde electo de Irapayacu'); about the municipality's transfer, nobody of ours named",
    ),
    S(
        "k049",
        "selva",
        "2026-11-07T15:30:00-05:00",
        "La otra cara del café: niños en la cosecha de las chacras altas",
        """En los caseríos altos de Irapayacu y Alto Shiringal, la cosecha de café coincide con el último bimestre del primer semestre escolar. Un estudio de una ONG de Tarapoto encontró que uno de cada cuatro niños de entre 10 y 14 años faltó a clases al menos dos semanas en mayo y junio para trabajar en la cosecha.

        Los docentes de la UGEL Renaco dicen que el problema se repite cada año y que la asistencia cae hasta el 60 % en algunas escuelas unidocentes. Las cooperativas aseguran que sus socios firman compromisos contra el trabajo infantil.

        El Ministerio de Trabajo anunció inspecciones en la provincia para 2027.""",
        about=False,
        note="names the district; child labour in the coffee harvest, no municipal angle",
    ),
    # (more stories follow)
]
