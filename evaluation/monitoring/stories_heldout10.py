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
    # --- Radio Irapay: district radio, transcripts in the description, date-only pubDate ----------------------------
    S(
        "k050",
        "rirap",
        "2026-11-02",
        "Alcalde anuncia cacharreo casa por casa en todos los barrios",
        """Buenos días, amigos de Radio Irapay. Les informamos que desde este miércoles empieza el cacharreo en todos los barrios de la ciudad. Así nos lo confirmó esta mañana en cabina el alcalde Walter Panaifo Tapullima.

        El alcalde dijo, y lo citamos, «saquen sus llantas viejas, sus latas, sus baldes rotos, todo lo que junta agua, porque ahí se cría el zancudo del dengue». El volquete pasará por el Huayruro el miércoles, por Santa Rosa Baja el jueves y por El Aguajal y Bellavista Alta el viernes.

        Y ya saben, vecinos: el que no saca sus inservibles después no se queje. Seguimos con la programación.""",
        m="A",
        t="salud",
        tone="0",
        note="radio announcement; removing breeding sites against dengue is salud",
    ),
    S(
        "k051",
        "rirap",
        "2026-11-03",
        "Oyentes reclaman: en el Huayruro la basura ya llega a la vereda",
        """Tenemos en línea a la señora Teodolinda Shupingahua, del barrio Huayruro. Adelante, señora. «Sí, buenos días. Quería decir que acá el camión no pasa desde el jueves. La basura ya está en la vereda, los perros la rompen, y ahora con la lluvia el olor es terrible».

        Otro oyente nos escribe por WhatsApp desde el jirón Amazonas: dice que llamó al municipio y le contestaron que la compactadora está malograda. «¿Y no tienen otro carro?», pregunta.

        Le hemos pedido a la gerencia municipal que nos dé una respuesta para el bloque de mañana. Quedan avisados.""",
        about=True,
        t="limpieza",
        tone="-",
        note="about the municipal service with nobody named ('el municipio', 'la gerencia municipal' alone are not names)",
    ),
    S(
        "k052",
        "rirap",
        "2026-11-04",
        "Teniente alcaldesa Edith Pinchi: 2 300 perros vacunados contra la rabia",
        """Conversamos con la teniente alcaldesa Edith Pinchi Saavedra sobre la campaña de vacunación antirrábica canina que terminó el domingo. «En tres días vacunamos a 2 318 perros y 410 gatos, casa por casa y en los puntos fijos de la plaza y del mercado», nos dijo.

        La regidora explicó que la meta que había puesto la Red de Salud era de 1 900 animales, y que los vacunadores llegaron también a Puka Rumi y Sachapuma en el bote municipal. Los dueños que faltaron pueden llevar a sus mascotas al centro de salud hasta fin de mes.

        Gracias, regidora, y seguimos con las noticias de la mañana.""",
        m="T",
        t="salud",
        tone="+",
        note="a goal exceeded, told through figures",
    ),
    S(
        "k053",
        "rirap",
        "2026-11-09",
        "Serenazgo atrapa a dos sujetos que robaban celulares en la feria dominical",
        """Atención, vecinos. Dos jóvenes fueron capturados ayer domingo por serenos cuando robaban celulares en la feria dominical del jirón Amazonas. Según informó la Municipalidad de Irapayacu, los serenos los vieron por las cámaras y los siguieron hasta el malecón, donde los intervinieron con apoyo de la Policía.

        Se les encontró cuatro celulares; tres ya fueron devueltos a sus dueñas, que hicieron la denuncia en la comisaría. Los detenidos, de 19 y 22 años, fueron puestos a disposición de la fiscalía.

        Recomendación del serenazgo: en la feria, el celular en el bolsillo delantero, nada de tenerlo en la mano.""",
        m="I",
        t="seguridad",
        tone="+",
        note="outcome told through facts",
    ),
    S(
        "k054",
        "rirap",
        "2026-11-06",
        "El Paiche en cabina: «No voy a dejar deudas a la nueva gestión»",
        """Estuvo esta mañana en nuestra cabina el alcalde del distrito, el popular Paiche, que a menos de dos meses de terminar su mandato nos habló de la transferencia. «No voy a dejar deudas a la nueva gestión. Lo que está comprometido está pagado o tiene su plata en la cuenta», aseguró.

        Panaifo dijo que la comisión de transferencia tendrá toda la información el 20 de noviembre y que ya se entregó el inventario de bienes. También adelantó que en diciembre inaugurará la trocha a Puka Rumi.

        Le preguntamos si piensa postular al Congreso. Se rió y dijo: «Primero termino, después vemos».""",
        m="A",
        tone="0",
        note="the nickname alone, plainly him ('el alcalde del distrito, el popular Paiche'); transfer talk, none of the five",
    ),
    S(
        "k055",
        "rirap",
        "2026-11-07",
        "Dos días sin agua en la avenida Ribereña por rotura de tubería",
        """Vecinos de la avenida Ribereña y del jirón Huallaga cumplen dos días sin agua potable. Una tubería matriz se rompió el jueves cuando una retroexcavadora trabajaba en el malecón.

        La unidad de gestión de agua de la municipalidad irapayaquina dice que la reparación estará lista mañana domingo, pero los vecinos se quejan de que nadie les avisó. «Ni una cisterna han mandado, compramos bidones a cinco soles», nos contó un oyente.

        Estaremos informando.""",
        m="I",
        tone="-",
        note="a water cut is none of the five topics; 'municipalidad irapayaquina' names the institution",
    ),
    S(
        "k056",
        "rirap",
        "2026-11-08",
        "Campeonato interbarrios: el Huayruro se lleva la copa",
        """Y en deportes, amigos, el barrio Huayruro se coronó campeón del campeonato interbarrios de fútbol que organiza cada año la Municipalidad Distrital de Irapayacu. Ganó 2 a 1 a Santa Rosa Baja en una final muy peleada en el estadio municipal.

        El trofeo y los 1 500 soles del premio los entregó la municipalidad al final del partido. El goleador del torneo fue Kevin Tangoa, del Huayruro, con once tantos.

        El próximo año habrá también torneo femenino, anunciaron los organizadores.""",
        m="I",
        tone="0",
        note="sport is none of the five topics",
    ),
    S(
        "k057",
        "rirap",
        "2026-11-10",
        "Defensa Civil: el río bajó 40 centímetros, pero sigue la alerta",
        """Un reporte de última hora, amigos. Hernán Tuanama, jefe de Defensa Civil del distrito, nos informa que el río Ungurahui bajó 40 centímetros desde anoche. Sin embargo, se mantiene la alerta naranja porque el Senamhi pronostica lluvias fuertes para el jueves en la parte alta de la cuenca.

        Tuanama pide a las familias del Aguajal que no regresen todavía a las casas de la primera fila y que los niños no se bañen en el río. Las brigadas siguen en el malecón de día y de noche.

        Seguimos atentos.""",
        m="D",
        tone="0",
        note="'Hernán Tuanama, jefe de Defensa Civil' is the official, not the singer namesake; emergency, none of the five",
    ),
    S(
        "k058",
        "rirap",
        "2026-11-10",
        "Nuevo Chirimoyo sigue sin ambulancia pese al anuncio municipal",
        """Nos llaman los vecinos del centro poblado Nuevo Chirimoyo. En julio, el municipio irapayaquino anunció que compraría una ambulancia rural para el puesto de salud del centro poblado. Ya estamos en noviembre y la ambulancia no llega.

        «El sábado a mi vecina le vinieron los dolores de parto y la llevamos en motocarro hasta la carretera, una hora», nos dijo la señora Lidia Salas Huamán.

        Consultamos a la municipalidad y nos dijeron que el proceso de compra se declaró desierto dos veces. Ahí está la respuesta.""",
        m="I",
        t="salud",
        tone="-",
        note="a promised health service not delivered",
    ),
    S(
        "k059",
        "rirap",
        "2026-11-11",
        "Regidor Fasabi: «Pedí los contratos de la compactadora y no me los dan»",
        """En nuestra entrevista de la mañana estuvo el regidor Leoncio Fasabi Ushiñahua, que nos dijo que desde hace un mes pide por escrito los contratos de compra y mantenimiento de la compactadora municipal, que está en el taller desde octubre.

        «Tengo tres cartas con cargo y no me responden. Soy regidor, tengo derecho a fiscalizar», dijo el concejal. Según Fasabi, la compactadora tiene apenas dos años y ya pasó tres veces por el taller.

        Dejamos abierto el micrófono para que la gestión responda.""",
        m="R",
        t="limpieza",
        tone="-",
        note="opposition criticism",
    ),
    S(
        "k060",
        "rirap",
        "2026-11-12",
        "Feria del cacao: 60 productores y 14 toneladas vendidas en un día",
        """Muy buenas noticias para los cacaoteros, amigos. La feria del cacao que organizó la Municipalidad Distrital de Irapayacu el domingo en la plaza de armas reunió a 60 productores y 11 compradores de Tarapoto, Lima y Moyobamba.

        Se vendieron 14 toneladas de grano seco a un precio promedio de 9,20 soles el kilo, un sol más de lo que pagan los acopiadores en chacra. La municipalidad puso los toldos, la balanza certificada y el transporte para los productores de las comunidades.

        La próxima feria será en febrero.""",
        m="I",
        tone="+",
        note="economic development, none of the five; outcome told through figures",
    ),
    S(
        "k061",
        "rirap",
        "2026-11-13",
        "Recojo de basura será de noche en el centro de la ciudad",
        """Atención, vecinos del centro. Desde el lunes, el camión recolector pasará por el jirón Amazonas, el jirón Huallaga y la plaza de armas entre las 8 y las 11 de la noche, y ya no en la mañana.

        Así lo informó la Municipalidad de Irapayacu, que explica que el cambio busca evitar la congestión con los motocarros y que las bolsas no queden al sol todo el día. En los demás barrios el horario no cambia.

        Saquen su basura solo cuando escuchen la campana.""",
        m="I",
        t="limpieza",
        tone="0",
        note="neutral announcement",
    ),
    S(
        "k062",
        "rirap",
        "2026-11-14",
        "Gerenta Sangama: relleno sanitario de Pampa Ushpa se licitaría en enero",
        """La gerenta municipal Rosario Sangama Amasifuén nos confirmó que el Ministerio del Ambiente levantó por fin las observaciones al expediente del relleno sanitario de Pampa Ushpa y que la licitación podría convocarse en enero, ya con la nueva gestión.

        «Dejamos todo listo: expediente aprobado, terreno saneado y el cofinanciamiento del ministerio comprometido», dijo la gerenta. El relleno reemplazará al botadero de la quebrada Shitari.

        Vamos a estar pendientes.""",
        m="G",
        t="limpieza obras",
        tone="+",
        note="progress told through facts (the file approved after three years); a landfill project is limpieza and obras",
    ),
    S(
        "k063",
        "rirap",
        "2026-11-15",
        "Apu de Sachapuma: «Ahora llegamos en motocarro»",
        """Tenemos en línea al apu de la comunidad nativa Sachapuma, don Marcial Cenepo. «Buenos días, hermanos. Queremos agradecer al municipio de Irapayacu por la trocha. Ahora los chicos del colegio secundario van y vienen en motocarro, ya no en canoa».

        El apu contó que esta semana sacaron por la trocha 60 sacos de cacao y 300 racimos de plátano, que antes llevaban por el río. «Nos ahorramos el combustible del peque-peque», dijo.

        Gracias, apu, y saludos a toda la comunidad.""",
        m="I",
        t="obras",
        tone="+",
        note="the outcome of a finished trocha told through facts",
    ),
    S(
        "k064",
        "rirap",
        "2026-11-03",
        "Hernán Tuanama pide no cruzar quebradas crecidas",
        """Un llamado importante de Defensa Civil, vecinos. Hernán Tuanama Isuiza, jefe de Defensa Civil de Irapayacu, pide a los padres de familia que no dejen a los niños cruzar las quebradas Shitari y Sachavaca cuando estén crecidas, aunque el agua parezca baja.

        «En diez minutos la quebrada puede subir un metro. Ya hemos tenido desgracias en años anteriores», recordó. Los colegios de Bellavista Alta tienen autorización para suspender la salida si llueve fuerte.

        Cualquier emergencia, llamen a la central de Defensa Civil.""",
        m="D",
        tone="0",
        note="the official named 'Hernán Tuanama' (not the singer); a safety warning, none of the five",
    ),
    S(
        "k065",
        "rirap",
        "2026-11-05",
        "Fumigación llega hoy a los barrios altos",
        """Atentos, vecinos de Bellavista Alta y del sector La Loma: hoy jueves, desde las 6 de la mañana, pasan las brigadas de fumigación contra el zancudo del dengue. Dejen las puertas y ventanas abiertas, tapen los alimentos y salgan de la casa con los niños durante media hora.

        La Municipalidad Distrital de Irapayacu recuerda que la fumigación es gratuita y que nadie debe cobrar por ella. Si alguien le pide plata, denúncielo.

        Mañana, el turno es del barrio El Aguajal.""",
        m="I",
        t="salud",
        tone="0",
        note="neutral service announcement",
    ),
    S(
        "k066",
        "rirap",
        "2026-11-08",
        "Madres del Vaso de Leche denuncian que la leche llegó vencida",
        """Un grupo de madres de los comités del Vaso de Leche del barrio Santa Rosa Baja llegó hasta nuestra radio con latas de leche evaporada que, dicen, vencieron en octubre. Las latas fueron repartidas el lunes por la municipalidad irapayaquina.

        «A nuestros hijos les estamos dando esto. Revisen la fecha: 15 de octubre», dijo la presidenta de un comité. Según las madres, el lote tiene unas 600 latas.

        La encargada del programa en la municipalidad dijo que se revisará el lote y que se cambiarán las latas vencidas.""",
        m="I",
        tone="-",
        note="Vaso de Leche is none of the five topics",
    ),
    S(
        "k067",
        "rirap",
        "2026-11-12",
        "Oyente pregunta por los arbitrios y el alcalde responde en vivo",
        """En nuestro programa de los jueves, «El alcalde responde», una oyente de Bellavista Alta preguntó por qué paga arbitrios de serenazgo si en su calle nunca pasa un sereno. El alcalde Walter Panaifo Tapullima respondió en vivo.

        «Señora, los arbitrios de serenazgo se calculan por zonas y su zona paga la tarifa más baja, 2,10 soles al mes. Pero tiene razón en que Bellavista Alta necesita más patrullaje; desde diciembre vamos a poner una ruta fija», contestó Panaifo.

        El programa vuelve el próximo jueves a las 8 de la mañana.""",
        m="A",
        t="tributos",
        tone="0",
        note="a question about fees answered on air: tributos; the serenazgo is only what the fee pays for",
    ),
    # --- Oriente TV: provincial TV, transcripts in Atom, UTC times near midnight --------------------------------------
    S(
        "k068",
        "tvo",
        "2026-11-03T04:20:00Z",
        "Reportaje: así funciona la planta de compostaje de Irapayacu",
        """Buenas noches. Les mostramos hoy la planta de compostaje que la Municipalidad Distrital de Irapayacu puso en marcha hace seis meses junto al antiguo camal. Aquí llegan cada mañana unas tres toneladas de cáscaras de plátano, restos de pescado y hojas del mercado.

        Después de noventa días en pilas, los residuos se convierten en abono. Hasta ahora se han producido 84 toneladas, que se entregan gratis a las cooperativas de café y cacao. El alcalde Walter Panaifo Tapullima nos explicó que así el botadero de Shitari recibe un 20 % menos de basura.

        «Antes comprábamos guano de la costa; ahora el abono viene de la basura del mercado», nos dice el agricultor Humberto Chota.

        Desde Irapayacu, para Oriente TV.""",
        m="I A",
        t="limpieza",
        tone="+",
        note="TV transcript; outcome told through figures",
    ),
    S(
        "k069",
        "tvo",
        "2026-11-04T03:55:00Z",
        "En vivo desde el malecón: el río se lleva otros diez metros",
        """Estamos en el malecón de Irapayacu, donde esta tarde el río Ungurahui arrastró otros diez metros de orilla y parte de la vereda. Los vecinos dicen que ya no duermen.

        «La municipalidad solo ha puesto sacos y cintas. Nos dicen que hay un expediente, pero el río no espera expedientes», nos dice don Rusbel Cenepo, que vive a quince metros del barranco. A la fecha, la defensa ribereña prometida en 2023 no tiene ni un metro construido.

        Hernán Tuanama Isuiza, de Defensa Civil, nos confirmó que cuatro casas han sido declaradas inhabitables. El municipio irapayaquino evalúa reubicar a sus ocupantes.

        Volvemos a estudios.""",
        m="D I",
        t="obras",
        tone="-",
        note="criticism through facts ('a la fecha … ni un metro'); an unbuilt river defence is obras",
    ),
    S(
        "k070",
        "tvo",
        "2026-11-05T04:40:00Z",
        "Serenos rescatan a niño arrastrado por la quebrada Shitari",
        """Buenas noches. Un niño de nueve años fue rescatado esta tarde por dos serenos de la Municipalidad de Irapayacu cuando la corriente de la quebrada Shitari lo arrastraba cerca del puente peatonal.

        Los serenos Jorge Apagüeño y Luis Saboya se lanzaron al agua amarrados con una soga y lo sacaron unos cuarenta metros más abajo. El menor fue llevado al centro de salud con golpes leves y ya está con su familia.

        «Escuchamos los gritos desde la moto y no lo pensamos», nos contó uno de ellos.""",
        m="I",
        t="seguridad",
        tone="+",
        note="a story about the serenazgo's own work: seguridad (not a passing mention); 'puente' and 'centro de salud' in passing",
    ),
    S(
        "k071",
        "tvo",
        "2026-11-06T04:10:00Z",
        "Pacientes de Irapayacu llenan el hospital de Renaco",
        """La emergencia por dengue ya se siente en el hospital de Renaco: de los 46 pacientes internados esta noche, diecinueve vienen del distrito de Irapayacu. Hay camas en los pasadizos.

        El alcalde de Irapayacu, Walter Panaifo Tapullima, nos dijo por teléfono que el centro de salud de su distrito debería poder hidratar a los pacientes leves. «Pedimos a la Diresa que lo equipe con diez camas de observación. Nosotros ponemos el local, pero ellos tienen que poner el personal», dijo.

        La Diresa no respondió a nuestras llamadas.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor asking the regional government to fix a health service: neutral, salud",
    ),
    S(
        "k072",
        "tvo",
        "2026-11-07T03:30:00Z",
        "Cámaras del municipio captan a ladrones de gallinas en pleno centro",
        """Las cámaras de videovigilancia del municipio irapayaquino grabaron la madrugada del viernes a dos hombres que saltaban el cerco de una casa del jirón Progreso con seis gallinas en costales. Diez minutos después, los serenos los intervinieron en la avenida Ribereña.

        Las gallinas volvieron a su corral. La dueña, doña Zoila Tapayuri, dice que ya le habían robado otras ocho en octubre. Los detenidos fueron entregados a la comisaría.

        Parece broma, pero en los barrios el robo de aves es uno de los delitos más denunciados.""",
        m="I",
        t="seguridad",
        tone="+",
        note="outcome told through facts",
    ),
    S(
        "k073",
        "tvo",
        "2026-11-08T04:50:00Z",
        "Mercado Modelo: el techo remodelado en junio ya gotea",
        """Cada vez que llueve, las vendedoras de pescado del Mercado Modelo de Irapayacu tienen que poner baldes entre los puestos. El techo de calamina fue cambiado en junio en una obra de remodelación de 870 000 soles.

        «Nos dijeron que era techo nuevo y mire, llueve adentro», nos muestra Nélida Chujutalli, presidenta de la asociación de comerciantes. Las comerciantes dicen que han enviado tres cartas a la comuna irapayaquina y que a la fecha nadie ha venido a revisar.

        El contratista tiene un año de garantía. Oriente TV, Irapayacu.""",
        m="I",
        t="obras",
        tone="-",
        note="a delivered work that fails, told through facts",
    ),
    S(
        "k074",
        "tvo",
        "2026-11-09T04:05:00Z",
        "Alcalde Panaifo: «Provías nos debe el puente de Sachavaca desde 2022»",
        """El alcalde de Irapayacu, Walter Panaifo Tapullima, cuestionó esta tarde a Provías Descentralizado por la paralización del puente vehicular de Sachavaca, que debía terminarse en 2022 y que está al 45 %.

        «Es una obra del Ministerio de Transportes, no del municipio. Hemos mandado once oficios. Mientras tanto, los agricultores cruzan la quebrada con el cacao al hombro», dijo el alcalde.

        Provías informó que el contrato está en arbitraje con el consorcio constructor.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticising the national government about a work: neutral toward us",
    ),
    S(
        "k075",
        "tvo",
        "2026-11-10T03:45:00Z",
        "Teniente alcaldesa inaugura biohuerto escolar en Bellavista Alta",
        """Buenas noches. Los alumnos del colegio 0214 de Bellavista Alta cosecharon hoy sus primeros rabanitos y culantro del biohuerto que instalaron con apoyo de la municipalidad de Irapayacu.

        La teniente alcaldesa Edith Pinchi Saavedra entregó las herramientas, el cerco y el sistema de riego por goteo. Los 180 alumnos se turnan para el riego y lo cosechado va al quiosco escolar.

        Es el cuarto biohuerto escolar del distrito este año.""",
        m="T I",
        tone="+",
        note="'municipalidad de Irapayacu' in lower case names the institution; a school garden, none of the five",
    ),
    S(
        "k076",
        "tvo",
        "2026-11-11T04:25:00Z",
        "Otra vez arde el botadero de Shitari",
        """Una columna de humo negro cubre esta noche el barrio Bellavista Alta. Por tercera vez en el año se ha incendiado el botadero de la quebrada Shitari, donde la Municipalidad Distrital de Irapayacu deposita las 14 toneladas de basura que recoge cada día.

        Los vecinos dicen que el humo entra a las casas y que los niños tosen. El botadero no tiene cerco, ni guardián, ni cobertura de tierra. Los bomberos de Renaco llegaron dos horas después del inicio del fuego.

        Oriente TV consultó a la municipalidad, que atribuyó el incendio a recicladores informales.""",
        m="I",
        t="limpieza",
        tone="-",
        note="criticism through facts ('ni cerco, ni guardián')",
    ),
    S(
        "k077",
        "tvo",
        "2026-11-12T04:00:00Z",
        "Hernán Tuanama presenta su nuevo disco en un recreo de Irapayacu",
        """Noche de cumbia en la selva. El cantante Hernán Tuanama, el Ruiseñor del Ungurahui, presentó su nuevo disco «Corazón de huayruro» en el recreo turístico Las Cocochas, a orillas del río, ante unas mil quinientas personas.

        Tuanama cantó durante tres horas y anunció que parte de la recaudación irá a las familias del Aguajal afectadas por la crecida. «Esta es mi tierra, aquí aprendí a cantar», dijo.

        El disco tiene doce temas y ya está en plataformas digitales.""",
        about=False,
        note="namesake: the singer, not the Defensa Civil head; the flood only in passing",
    ),
    S(
        "k078",
        "tvo",
        "2026-11-13T04:35:00Z",
        "Operativo nocturno: clausuran tres bares cerca de un colegio",
        """En un operativo que empezó a las 10 de la noche, serenos, fiscalizadores de la Municipalidad Distrital de Irapayacu y policías clausuraron tres bares que funcionaban a menos de cien metros del colegio Nuevo Horizonte, sin licencia y con menores de edad en su interior.

        Se decomisaron 40 cajas de cerveza. Los vecinos del jirón Lamas venían denunciando peleas y robos en la zona desde hace meses. «Ojalá esta vez no vuelvan a abrir», nos dice una vecina.

        Los locales tendrán que pagar multas de hasta 5 000 soles.""",
        m="I",
        t="seguridad",
        tone="+",
        note="an enforcement operation told through facts",
    ),
    S(
        "k079",
        "tvo",
        "2026-11-14T03:50:00Z",
        "Nuevo Chirimoyo sigue esperando el puesto de salud prometido",
        """En Nuevo Chirimoyo, el terreno donde debía levantarse el nuevo puesto de salud sigue cubierto de maleza. En marzo de 2025, el alcalde Walter Panaifo Tapullima colocó aquí la primera piedra y prometió entregarlo en doce meses.

        A la fecha no se ha movido ni una carretilla de tierra. Los 1 800 pobladores se atienden en un local alquilado de dos ambientes, sin agua ni refrigeradora para vacunas. La municipalidad informó que el expediente técnico tuvo que reformularse.

        Vecinos anunciaron una marcha hasta la plaza de Irapayacu para la próxima semana.""",
        m="A",
        t="salud obras",
        tone="-",
        note="an unbuilt health post is salud and obras; criticism through facts ('sigue esperando', 'a la fecha')",
    ),
    S(
        "k080",
        "tvo",
        "2026-11-15T04:15:00Z",
        "Gerenta municipal presenta plan de contingencia ante nuevas lluvias",
        """La gerenta municipal de Irapayacu, Rosario Sangama Amasifuén, presentó hoy el plan de contingencia para la temporada de lluvias que va de noviembre a marzo. Prevé tres albergues temporales, un stock de 3 000 sacos terreros y dos motobombas.

        El plan identifica 14 zonas de riesgo alto, entre ellas El Aguajal y las orillas de la quebrada Shitari. Será financiado con 420 000 soles del presupuesto de emergencia.

        Oriente TV, desde Irapayacu.""",
        m="G",
        tone="0",
        note="title plus place names the gerenta; emergency planning, none of the five",
    ),
    S(
        "k081",
        "tvo",
        "2026-11-03T22:30:00-05:00",
        "Capturan a banda que asaltaba a comerciantes de cacao en la carretera",
        """La Policía Nacional capturó esta tarde a cuatro integrantes de la banda Los Injertos del Huallaga, acusada de asaltar a comerciantes de cacao en la carretera entre Irapayacu y Renaco. Se les incautó dos pistolas y una camioneta.

        Según el comisario de Irapayacu, mayor PNP Jhon Vela Rengifo, la banda seguía a los compradores desde los centros de acopio y los interceptaba en las curvas. Se le atribuyen seis asaltos este año.

        Los detenidos fueron trasladados a Tarapoto.""",
        about=False,
        note="a police operation on the highway; keyword asalto, no municipal angle",
    ),
    # --- APIR: national agency, Atom ------------------------------------------------------------------------------------
    S(
        "k082",
        "apir",
        "2026-11-02T15:00:00-05:00",
        "San Martín: Irapayacu activa puesto de comando por crecida del río Ungurahui",
        """Tarapoto, 2 nov (APIR). La Municipalidad Distrital de Irapayacu, en la provincia de Renaco, región San Martín, activó su puesto de comando y su centro de operaciones de emergencia ante la crecida del río Ungurahui, que subió 1,8 metros en 24 horas.

        El jefe de Defensa Civil del distrito, Hernán Tuanama Isuiza, informó a APIR que unas 90 familias del barrio El Aguajal se encuentran en zona de riesgo y que se han identificado dos locales escolares como albergues temporales.

        El Senamhi prevé lluvias de moderada a fuerte intensidad en la selva alta hasta el jueves.""",
        m="I D",
        tone="0",
        note="agency report; an emergency, none of the five",
    ),
    S(
        "k083",
        "apir",
        "2026-11-04T11:20:00-05:00",
        "Minsa reporta 6 200 casos de dengue en la Amazonía en octubre",
        """Lima, 4 nov (APIR). El Ministerio de Salud reportó 6 214 casos de dengue en las regiones amazónicas durante octubre, 40 % más que en el mismo mes de 2025. San Martín concentra casi la mitad, seguida de Loreto y Ucayali.

        El Centro Nacional de Epidemiología identificó brotes activos en 31 distritos, entre ellos Irapayacu, Morales y Alto Shiringal, en San Martín, y Yarinacocha y Manantay, en Ucayali. El ministerio enviará 40 brigadas adicionales de fumigación.

        La cartera recordó que el zancudo Aedes aegypti se cría en recipientes con agua limpia dentro y alrededor de las viviendas.""",
        about=False,
        note="a national dengue report naming the district among 31; no municipal angle",
    ),
    S(
        "k084",
        "apir",
        "2026-11-05T16:45:00-05:00",
        "Distrito amazónico convierte en abono tres toneladas diarias de residuos orgánicos",
        """Tarapoto, 5 nov (APIR). La Municipalidad Distrital de Irapayacu, en San Martín, transforma cada día unas tres toneladas de residuos orgánicos del mercado y de las viviendas en compost que entrega gratuitamente a productores de café y cacao.

        La planta, que funciona desde mayo, ha producido 84 toneladas de abono y ha reducido en 20 % la basura que llega al botadero del distrito, según el alcalde Walter Panaifo Tapullima. Unas 4 000 viviendas segregan sus residuos en la fuente.

        El Ministerio del Ambiente evalúa replicar el modelo en otros cinco distritos de la región.""",
        m="I A",
        t="limpieza",
        tone="+",
        note="agency story told through figures",
    ),
    S(
        "k085",
        "apir",
        "2026-11-06T17:30:00-05:00",
        "Alcalde de Irapayacu pide al MEF transferencia para defensa ribereña",
        """Lima, 6 nov (APIR). El alcalde del distrito de Irapayacu, Walter Panaifo Tapullima, pidió al Ministerio de Economía y Finanzas que transfiera de forma directa los 9,2 millones de soles que requiere la defensa ribereña del malecón, cuyo financiamiento se encuentra pendiente en el Gobierno Regional de San Martín.

        Panaifo llegó a Lima con una delegación de vecinos del barrio El Aguajal. «Si el gobierno regional no puede, que lo haga el MEF. El río no va a esperar a 2027», declaró a APIR a la salida del ministerio.

        El MEF indicó que evaluará el pedido en el marco de las transferencias por emergencia.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor pressing the national and regional governments for a work: neutral, obras",
    ),
    S(
        "k086",
        "apir",
        "2026-11-09T12:00:00-05:00",
        "Contraloría advierte perjuicio de S/ 180 000 en obra portuaria de Irapayacu",
        """Tarapoto, 9 nov (APIR). La Contraloría General de la República advirtió un presunto perjuicio económico de 180 412 soles en la rehabilitación del embarcadero fluvial del distrito de Irapayacu, en la provincia de Renaco.

        El informe de control, dirigido a la Municipalidad Distrital de Irapayacu, señala que se pagaron 46 pilotes de madera cuando solo se instalaron 31 y que no se acreditó el uso de 90 metros cúbicos de concreto. El órgano de control identificó presunta responsabilidad administrativa en cuatro funcionarios.

        El informe fue remitido a la Procuraduría Pública Especializada en Delitos de Corrupción.""",
        m="I",
        t="obras",
        tone="-",
        note="agency report of an audit (its own text, not a copy of k015)",
    ),
    S(
        "k087",
        "apir",
        "2026-11-10T09:15:00-05:00",
        "Ejecutivo declara emergencia en 14 distritos de San Martín por lluvias",
        """Lima, 10 nov (APIR). El Poder Ejecutivo declaró el estado de emergencia por 60 días en 14 distritos de las provincias de Renaco, Lamas y Bellavista, en la región San Martín, por peligro inminente ante intensas precipitaciones pluviales.

        Entre los distritos comprendidos figuran Irapayacu, Alto Shiringal y Renaco. La norma dispone que el Gobierno Regional de San Martín, los gobiernos locales y el Indeci ejecuten medidas de reducción del riesgo, con participación del Ministerio de Defensa.

        El decreto supremo fue publicado en una edición extraordinaria del diario oficial.""",
        about=False,
        note="a national decree listing the district among 14; 'los gobiernos locales' in general; no municipal angle",
    ),
    S(
        "k088",
        "apir",
        "2026-11-12T11:00:00-05:00",
        "Cooperativas cafetaleras de San Martín proyectan exportaciones récord",
        """Tarapoto, 12 nov (APIR). Las cooperativas cafetaleras de San Martín exportarán este año unas 48 000 toneladas de café verde, un récord para la región, según la Junta Nacional del Café.

        Entre las organizaciones que exportaron por primera vez figura la Cooperativa Agraria Cafetalera Flor de Irapayacu, de la provincia de Renaco, que despachó un contenedor a Alemania. Los precios internacionales, que superan los 3 dólares por libra, impulsaron las ventas.

        El gremio advirtió, sin embargo, sobre el envejecimiento de los cafetales y la falta de crédito para renovarlos.""",
        about=False,
        note="the district's name only inside a cooperative's name; no municipal angle",
    ),
    S(
        "k089",
        "apir",
        "2026-11-13T15:30:00-05:00",
        "Irapayacu: barrio piloto cumple tres semanas sin casos nuevos de dengue",
        """Tarapoto, 13 nov (APIR). El barrio Bellavista Alta, en el distrito de Irapayacu, cumple tres semanas sin un solo caso nuevo de dengue, luego de que brigadas de la Municipalidad Distrital de Irapayacu y de la Red de Salud Renaco eliminaran 2 300 criaderos del zancudo en sus 640 viviendas.

        En la misma zona se habían registrado 17 casos en octubre. La estrategia incluyó tapas para los cilindros de agua, entregadas por el municipio a cada vivienda, y visitas semanales de promotores.

        La Diresa San Martín anunció que aplicará el mismo modelo en otros barrios del distrito.""",
        m="I",
        t="salud",
        tone="+",
        note="negation as praise ('sin un solo caso nuevo'), told through figures",
    ),
    S(
        "k090",
        "apir",
        "2026-11-14T10:00:00-05:00",
        "Fiscalía investiga compra de camión compactador en municipio de San Martín",
        """Tarapoto, 14 nov (APIR). La Fiscalía Provincial Corporativa Especializada en Delitos de Corrupción de Funcionarios de San Martín abrió investigación preliminar contra tres funcionarios de la Municipalidad Distrital de Irapayacu por la compra de un camión compactador en 2024.

        Según la denuncia, presentada por un regidor del distrito, el vehículo se adquirió en 612 000 soles, un 35 % por encima del precio de referencia, y desde entonces ha pasado tres veces por el taller. La investigación durará 120 días.

        La municipalidad informó que entregará toda la documentación requerida.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a corruption investigation; 'un regidor del distrito' does not name the regidor",
    ),
    S(
        "k091",
        "apir",
        "2026-11-15T12:30:00-05:00",
        "Comunidades kichwa de San Martín reciben títulos de propiedad",
        """Tarapoto, 15 nov (APIR). El Gobierno Regional de San Martín entregó títulos de propiedad comunal a seis comunidades nativas kichwa de las provincias de Renaco y Lamas, que suman 18 400 hectáreas de bosque y chacras.

        Entre ellas figuran Puka Rumi y Sachapuma, en el distrito de Irapayacu, que esperaban el título desde 2011. «Ahora nadie podrá entrar a talar sin nuestro permiso», dijo el apu de Puka Rumi, Saturnino Huansi.

        La titulación contó con apoyo de la cooperación internacional.""",
        about=False,
        note="the regional government's land titling; names the district, no municipal angle",
    ),
    # --- El Portal Amazónico: national site, full text, blog template with "se publicó primero en" footer -------------
    S(
        "k092",
        "portal",
        "2026-11-03T08:00:00-05:00",
        "La batalla de un distrito amazónico contra el zancudo",
        """A las seis de la mañana, en el patio de la Municipalidad Distrital de Irapayacu, dieciocho fumigadores cargan las mochilas y reciben la lista de manzanas del día. Desde hace tres semanas, este distrito de 24 000 habitantes en la selva alta de San Martín vive pendiente del zancudo.

        El alcalde Walter Panaifo Tapullima decidió destinar al control del dengue el combustible de la camioneta de la alcaldía y dos de los cuatro volquetes municipales. La gerenta municipal, Rosario Sangama Amasifuén, coordina cada noche con la Red de Salud el mapa de casos para definir las rutas.

        Las cifras empiezan a moverse: 1 200 criaderos eliminados y una tercera vuelta de fumigación en marcha. «Antes veníamos a la posta y estaba llena; ahora ya se puede entrar», dice Marleny Sajami, vecina de El Aguajal.""",
        m="I A G",
        t="salud",
        tone="+",
        note="a feature told through facts",
    ),
    S(
        "k093",
        "portal",
        "2026-11-04T12:00:00-05:00",
        "Motocarros: la ordenanza que divide a Irapayacu",
        """En Irapayacu hay un motocarro por cada 22 habitantes. Son taxis, ambulancias improvisadas, transporte escolar y camión de carga. Por eso la ordenanza que obliga a inscribirse en un padrón municipal para entrar al centro ha partido el distrito en dos.

        Los comerciantes de la plaza aplauden: dicen que el ruido y el desorden espantan a los clientes. Los motocarristas responden que el trámite es caro y lento. La Municipalidad Distrital de Irapayacu sostiene que solo busca saber quién maneja y con qué papeles, después de tres asaltos cometidos por falsos mototaxistas este año.

        El regidor Leoncio Fasabi Ushiñahua pidió postergar la medida hasta marzo.""",
        m="I R",
        tone="0",
        note="a balanced piece on a traffic ordinance; 'asaltos' in passing, none of the five",
    ),
    S(
        "k094",
        "portal",
        "2026-11-06T09:00:00-05:00",
        "«El Paiche»: retrato de un alcalde amazónico a dos meses del final",
        """Le dicen el Paiche desde el colegio, porque era el más grande del salón y nadaba de una orilla a otra del Ungurahui. Walter Panaifo Tapullima, 54 años, exprofesor de educación física y excomerciante de plátano, termina en diciembre su periodo como alcalde de Irapayacu.

        Sus partidarios mencionan la trocha a Sachapuma, la planta de compostaje y las cámaras. Sus críticos, la obra de agua de Santa Rosa Baja paralizada, el informe de la Contraloría sobre el embarcadero y la compactadora que pasa más tiempo en el taller que en la calle.

        Él prefiere hablar del río. «El Ungurahui me enseñó que uno no le gana a la corriente; la acompaña», dice en su despacho, con la ventana abierta hacia el malecón.""",
        m="A",
        tone="0",
        note="a profile with both sides: neutral; the nickname explained; works and garbage only listed, no topic",
    ),
    S(
        "k095",
        "portal",
        "2026-11-07T18:00:00-05:00",
        "Tres comunidades que esperan agua potable desde hace una década",
        """En Puka Rumi, Sachapuma y Wayra Sacha, las mujeres todavía bajan a la quebrada con baldes dos veces al día. Los tres proyectos de agua potable que la Municipalidad Distrital de Irapayacu formuló en 2016 siguen en la etapa de expediente técnico.

        Según el Ministerio de Vivienda, los expedientes vencieron en 2022 y el municipio no los ha actualizado, requisito para concursar por financiamiento. En la última década, el distrito cambió tres veces de gerente de infraestructura.

        «Cada alcalde viene, nos toma la foto y se va», dice la lideresa de Sachapuma, Gladys Cenepo.""",
        m="I",
        t="obras",
        tone="-",
        note="water systems never built are obras; criticism through facts",
    ),
    S(
        "k096",
        "portal",
        "2026-11-09T08:30:00-05:00",
        "Cacao con nombre propio: Irapayacu tramita su denominación de origen",
        """Los cacaoteros de Irapayacu quieren que su grano se venda con el nombre del distrito, como el café de Villa Rica o el pisco de Ica. La Municipalidad Distrital de Irapayacu presentó este mes ante Indecopi la solicitud de denominación de origen «Cacao Irapayacu», con el estudio genético de 140 árboles nativos.

        El expediente costó 85 000 soles, financiados por la municipalidad y dos cooperativas. Si se aprueba, sería la primera denominación de origen de cacao en San Martín.

        Los productores esperan que el sello les permita cobrar hasta 30 % más por kilo.""",
        m="I",
        tone="+",
        note="an economic development step, none of the five",
    ),
    S(
        "k097",
        "portal",
        "2026-11-10T19:00:00-05:00",
        "¿Dónde está la compactadora? Crónica de una compra observada",
        """La compactadora de 15 metros cúbicos que la Municipalidad Distrital de Irapayacu compró en 2024 ha pasado 97 de sus últimos 200 días en un taller de Tarapoto. Hoy está allí otra vez, esperando una bomba hidráulica.

        El regidor Leoncio Fasabi Ushiñahua denunció la compra ante la fiscalía por un presunto sobreprecio de 35 %. La gerenta municipal Rosario Sangama Amasifuén sostiene que el precio incluía tres años de mantenimiento y que las fallas están cubiertas por la garantía.

        Mientras tanto, un volquete alquilado hace el trabajo que puede y el barrio Huayruro acumula bolsas en las esquinas.""",
        m="I R G",
        t="limpieza",
        tone="-",
        note="an investigative piece; the manager's defence does not change the weight",
    ),
    S(
        "k098",
        "portal",
        "2026-11-11T08:00:00-05:00",
        "Peque-peques sin chalecos: el riesgo diario de cruzar el Ungurahui",
        """Cada mañana, unas 600 personas cruzan el río Ungurahui en peque-peques desde la margen izquierda hasta el puerto de Irapayacu para ir al colegio, al mercado o al centro de salud. En un recorrido de este medio, de doce embarcaciones solo tres llevaban chalecos salvavidas.

        La fiscalización de las embarcaciones corresponde a la Capitanía de Puerto de Yurimaguas, que tiene dos inspectores para toda la cuenca. «Nunca han venido por acá», dice un motorista que cobra un sol por pasajero.

        En 2025 murieron cuatro personas en naufragios en el Ungurahui.""",
        about=False,
        note="names the district's port; boat safety is the Capitanía's matter, no municipal angle",
    ),
    S(
        "k099",
        "portal",
        "2026-11-12T14:00:00-05:00",
        "En plena selva, 300 niños aprenden a nadar en la piscina municipal",
        """En un distrito donde el río es calle y camino, muchos niños no saben nadar. La Municipalidad Distrital de Irapayacu abrió en setiembre un programa gratuito de natación en la piscina municipal, y ya han pasado por él 312 niños de entre 6 y 12 años.

        Las clases son de lunes a sábado, en cuatro turnos, con dos instructores y un salvavidas. Al terminar los doce días del curso, 274 niños podían nadar 25 metros sin ayuda.

        La meta para el verano es llegar a 600 niños, incluidos los de las comunidades nativas.""",
        m="I",
        tone="+",
        note="sport and recreation, none of the five; told through figures",
    ),
    S(
        "k100",
        "portal",
        "2026-11-13T20:00:00-05:00",
        "Un alcalde contra el gobierno regional: la pelea por 9 millones y un malecón",
        """Walter Panaifo Tapullima, alcalde de Irapayacu, ha viajado cuatro veces a Lima y seis a Moyobamba este año por el mismo expediente: la defensa ribereña del malecón de su distrito, que el Ungurahui se come a razón de tres metros por mes.

        El proyecto fue declarado viable en 2024 y el Gobierno Regional de San Martín se comprometió a financiarlo. Dos años después, los 9,2 millones no han llegado. «El gobernador nos dijo que era prioridad. Luego nos dijeron que era prioridad para 2027. Ya no sé qué significa prioridad», ironiza el alcalde.

        En el gobierno regional atribuyen la demora a los recortes de transferencias del MEF.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticising the regional government; the irony is aimed at them, neutral toward us",
    ),
    S(
        "k101",
        "portal",
        "2026-11-15T08:00:00-05:00",
        "Huaicos en la selva alta: cinco distritos con vías bloqueadas",
        """Las lluvias de la última semana activaron huaicos en al menos cinco distritos de San Martín y dejaron bloqueadas trochas y tramos de carreteras departamentales, según el Centro de Operaciones de Emergencia Regional.

        Los distritos afectados son Alto Shiringal, Irapayacu, Pinto Recodo, Shanao y Tabalosos. El tramo más crítico es la carretera a Lamas, donde un deslizamiento obligó a cerrar el tránsito durante diez horas.

        El COER recomendó a los transportistas no circular de noche por las vías afectadas.""",
        about=False,
        note="a regional round-up that lists the district; no municipal angle",
    ),
    # --- San Martín al Día: aggregator (its own stories; its copies are further down) ---------------------------------
    S(
        "k102",
        "smdia",
        "2026-11-05T08:00:00-05:00",
        "Fin de semana en la región: fiestas, ferias y una regata",
        """En Lamas, la comunidad kichwa del Wayku celebró su fiesta con danzas y el tradicional pandillón. En Moyobamba, la feria de orquídeas recibió más de 5 000 visitantes en tres días.

        En Irapayacu, la regata de balsas del domingo reunió a diecinueve equipos que bajaron cuatro kilómetros por el Ungurahui; ganó el equipo del barrio El Aguajal. Y en Tarapoto, el festival gastronómico del juane batió su récord de ventas.

        El próximo fin de semana, Rioja celebra su aniversario con un corso.""",
        about=False,
        note="a regional round-up; the district appears in a festive item with no municipal angle",
    ),
    S(
        "k103",
        "smdia",
        "2026-11-08T10:00:00-05:00",
        "Irapayacu: serenazgo recibe tres motos nuevas y una camioneta",
        """La Municipalidad Distrital de Irapayacu entregó ayer al serenazgo tres motocicletas lineales de 250 centímetros cúbicos y una camioneta doble cabina, con lo que la flota sube a seis motos y dos camionetas.

        Las unidades costaron 312 000 soles y permitirán crear una ruta de patrullaje permanente hacia Sapotillo y Bellavista Alta, donde se concentraron los asaltos a motocarristas de los últimos meses. La entrega se hizo en la plaza de armas con una bendición del párroco.

        Los serenos pasarán de 16 a 22 en diciembre, según la municipalidad.""",
        m="I",
        t="seguridad",
        tone="+",
        note="told through facts",
    ),
    S(
        "k104",
        "smdia",
        "2026-11-11T10:00:00-05:00",
        "Plataneros denuncian doble cobro en el embarcadero de Irapayacu",
        """Productores de plátano de la margen izquierda del Ungurahui denunciaron que en el embarcadero de Irapayacu se les cobra dos veces por la misma carga: 20 céntimos por racimo al desembarcar y otros 20 al sacarlo del puerto en motocarro.

        «Pagamos la tasa municipal y luego otra vez a un cobrador que dice que también es de la municipalidad, pero el recibo no tiene sello», dijo el productor Teófilo Sangama. La comuna irapayaquina aseguró que solo existe un cobro y que investigará a los cobradores.

        Cada semana llegan al puerto unos 4 000 racimos.""",
        m="I",
        t="tributos",
        tone="-",
        note="a port fee charged twice is tributos; 'Teófilo Sangama' only shares the gerenta's surname",
    ),
    S(
        "k105",
        "smdia",
        "2026-11-14T10:00:00-05:00",
        "Alcalde Panaifo Tapullima promulga ordenanza contra la quema de basura",
        """El alcalde de Irapayacu, Walter Panaifo Tapullima, promulgó la ordenanza que prohíbe quemar basura, hojarasca y llantas en el área urbana del distrito. Las multas van de 110 a 550 soles y se duplican en caso de reincidencia.

        La norma también obliga a los talleres de motocarros a entregar sus llantas usadas al servicio de limpieza pública. La fiscalización estará a cargo de los serenos y de los inspectores ambientales.

        La ordenanza entra en vigor al día siguiente de su publicación.""",
        m="A",
        t="limpieza",
        tone="0",
        note="neutral announcement; serenos only as enforcers",
    ),
    S(
        "k106",
        "smdia",
        "2026-11-15T16:00:00-05:00",
        "Minga en la quebrada Shitari: 200 voluntarios sacan seis toneladas de basura",
        """Doscientos voluntarios, entre escolares, serenos, trabajadores municipales y vecinos, sacaron el sábado seis toneladas de plásticos, llantas y chatarra del cauce de la quebrada Shitari, en Irapayacu.

        La minga fue convocada por la teniente alcaldesa Edith Pinchi Saavedra, que trabajó toda la mañana con botas y guantes junto a los alumnos del colegio Nuevo Horizonte. La municipalidad puso dos volquetes, los refrigerios y los sacos.

        Los residuos reciclables fueron entregados a la asociación Manos Verdes.""",
        m="T",
        t="limpieza",
        tone="+",
        note="told through facts",
    ),
    # --- Irapayacu Noticias: district site without a feed, followed through its section page -------------------------
    S(
        "k107",
        "inoticias",
        "2026-11-02T10:00:00-05:00",
        "Abren inscripciones para los talleres de vacaciones útiles",
        """La Municipalidad Distrital de Irapayacu abrió las inscripciones para sus talleres gratuitos de vacaciones útiles, que empezarán el 4 de enero en el coliseo municipal y en la biblioteca.

        Habrá talleres de danza, dibujo, ajedrez, fútbol, vóley, natación y lengua kichwa para niños de 5 a 14 años. Las inscripciones se hacen en la oficina de Educación y Cultura con la partida de nacimiento del niño y el DNI del padre o la madre.

        Hay 480 vacantes.""",
        m="I",
        tone="0",
        note="an announcement; culture and sport, none of the five",
    ),
    S(
        "k108",
        "inoticias",
        "2026-11-03T12:00:00-05:00",
        "Regidor Leoncio Fasabi pide sesión extraordinaria por la emergencia",
        """El regidor Leoncio Fasabi Ushiñahua pidió por escrito una sesión extraordinaria del concejo para evaluar la respuesta a la crecida del Ungurahui. Según el regidor, el distrito no tenía actualizado su plan de contingencia y los sacos terreros del almacén no alcanzaron para los barrios ribereños.

        «Cada año sabemos que el río sube en noviembre y cada año nos sorprende», escribió en su pedido.

        La secretaría general informó que el pedido será puesto a consideración del alcalde.""",
        m="R",
        tone="-",
        note="opposition criticism; 'el alcalde' alone does not name him; an emergency, none of the five",
    ),
    S(
        "k109",
        "inoticias",
        "2026-11-04T10:00:00-05:00",
        "Apu de Puka Rumi: «El puente colgante ya está, ahora los niños cruzan seguros»",
        """El apu de la comunidad nativa Puka Rumi, Fermín Sangama Tuanama, recibió ayer el puente colgante de 48 metros sobre la quebrada Ishpingo que construyó el municipio de Irapayacu. Antes, los 70 escolares de la comunidad cruzaban sobre un tronco.

        El puente tiene cables de acero, piso de madera tornillo y barandas de malla. Costó 236 000 soles y se terminó en cuatro meses, uno antes del plazo. La comunidad aportó la madera y la mano de obra no calificada.

        «Este puente lo pedimos desde que yo era niño», dijo el apu Sangama.""",
        m="I",
        t="obras",
        tone="+",
        note="the apu Fermín Sangama Tuanama carries the gerenta's and the Defensa Civil head's surnames: neither is mentioned",
    ),
    S(
        "k110",
        "inoticias",
        "2026-11-05T10:00:00-05:00",
        "Catorce colegios fumigados en un fin de semana",
        """Brigadas de la Municipalidad Distrital de Irapayacu fumigaron el sábado y el domingo los catorce colegios de la ciudad y de los centros poblados cercanos, donde estudian unos 5 200 alumnos.

        Además de nebulizar aulas y patios, los brigadistas eliminaron 320 recipientes con agua estancada, entre ellos llantas, botellas y macetas, y taparon los tanques de agua de seis instituciones. El lunes, las clases empezaron con normalidad.

        La siguiente fumigación de colegios está prevista para dentro de quince días.""",
        m="I",
        t="salud",
        tone="+",
        note="told through figures",
    ),
    S(
        "k111",
        "inoticias",
        "2026-11-06T10:00:00-05:00",
        "Vecinos de Bellavista Alta piden rompemuelles desde hace seis meses",
        """Vecinos del jirón San Juan, en Bellavista Alta, presentaron en mayo un memorial con 140 firmas para que la comuna irapayaquina coloque rompemuelles frente a la escuela 0214. Seis meses después, no han recibido respuesta.

        En ese tramo los motocarros bajan a toda velocidad. En octubre, un niño de ocho años fue atropellado y sufrió una fractura en la pierna. «¿Tiene que morir alguien para que nos hagan caso?», preguntó la presidenta de la APAFA, Rocío Cumapa.

        Los vecinos anunciaron que, si no hay respuesta, colocarán ellos mismos rompemuelles de tierra.""",
        m="I",
        tone="-",
        note="traffic safety is none of the five; an unanswered request",
    ),
    S(
        "k112",
        "inoticias",
        "2026-11-07T10:00:00-05:00",
        "Recaudación del predial crece 38 % respecto a 2025",
        """La Municipalidad Distrital de Irapayacu recaudó 1,42 millones de soles por impuesto predial entre enero y octubre, 38 % más que en el mismo periodo del año pasado, según el reporte de la oficina de rentas.

        El aumento se explica por la actualización del catastro urbano, que incorporó 1 150 predios que no figuraban en el registro, y por la ampliación del horario de atención de la caja municipal. La morosidad bajó de 46 % a 31 %.

        Lo recaudado se destina a mantenimiento de pistas, parques y al servicio de serenazgo.""",
        m="I",
        t="tributos",
        tone="+",
        note="told through figures",
    ),
    S(
        "k113",
        "inoticias",
        "2026-11-09T10:00:00-05:00",
        "Brigadistas de Defensa Civil se capacitan en rescate acuático",
        """Los 24 brigadistas voluntarios de Defensa Civil del distrito concluyeron el viernes un curso de primeros auxilios y rescate en ríos dictado con los bomberos de Renaco. El jefe de Defensa Civil, Hernán Tuanama Isuiza, dirigió las prácticas en el río Ungurahui, frente al embarcadero.

        Los participantes aprendieron a lanzar cuerdas de rescate, a usar chalecos y a dar reanimación cardiopulmonar. Cada uno recibió un certificado y un chaleco salvavidas.

        El curso se repetirá en enero para los brigadistas de las comunidades nativas.""",
        m="D",
        tone="0",
        note="a Defensa Civil training: none of the five; 'embarcadero' only the place",
    ),
    S(
        "k114",
        "inoticias",
        "2026-11-10T10:00:00-05:00",
        "Tres días sin recojo de basura en Santa Rosa Baja",
        """Los vecinos de Santa Rosa Baja cumplen tres días sin que pase el camión recolector. En las esquinas de los jirones Libertad y Ucayali se acumulan bolsas que los gallinazos y los perros rompen cada mañana.

        En el municipio explicaron que el volquete que reemplaza a la compactadora se malogró el sábado y que el recojo se normalizará el miércoles. «Pagamos arbitrios cada mes y ni así», reclamó un vecino.

        El barrio tiene unas 900 viviendas.""",
        about=True,
        t="limpieza",
        tone="-",
        note="about the municipal service with nobody named ('en el municipio' alone); 'arbitrios' in passing",
    ),
    S(
        "k115",
        "inoticias",
        "2026-11-11T10:00:00-05:00",
        "Municipio irapayaquino y cooperativa Sachamama firman convenio para secadores solares",
        """El municipio irapayaquino y la Cooperativa Agraria Cacaotera Sachamama firmaron un convenio para instalar 120 secadores solares de cacao en las parcelas de los socios. La municipalidad aporta 180 000 soles y la cooperativa, la mano de obra y la madera.

        Los secadores permiten secar el grano en cinco días sin que se moje con la lluvia, lo que reduce las pérdidas por moho, que en la última campaña llegaron al 15 % de la cosecha. Los primeros 40 estarán listos en enero.

        La presidenta de la cooperativa, Norma Ríos Pashanasi, firmó por los 310 socios.""",
        m="I",
        tone="+",
        note="economic development, none of the five",
    ),
    S(
        "k116",
        "inoticias",
        "2026-11-12T10:00:00-05:00",
        "Irapayacu y Alto Shiringal limpian juntos la quebrada que los separa",
        """El alcalde de Irapayacu, Walter Panaifo Tapullima, y su par de Alto Shiringal encabezaron el domingo una jornada conjunta de limpieza en la quebrada Yumbatillo, que marca el límite entre ambos distritos. Participaron 150 vecinos de las dos orillas.

        Se retiraron cuatro toneladas de residuos, sobre todo botellas y envases de agroquímicos. El burgomaestre de Alto Shiringal propuso repetir la jornada cada tres meses y Panaifo aceptó de inmediato. Los volquetes de ambos municipios llevaron la basura al botadero de Shitari.

        Los envases de agroquímicos serán entregados a una empresa autorizada.""",
        m="A",
        t="limpieza",
        tone="+",
        note="'su par' and 'el burgomaestre de Alto Shiringal' are the neighbouring Mayor (unnamed); 'Panaifo' here is ours",
    ),
    S(
        "k117",
        "inoticias",
        "2026-11-13T10:00:00-05:00",
        "Escolares pintarán 40 murales contra el dengue",
        """Alumnos de los colegios secundarios de Irapayacu pintarán desde el lunes 40 murales con mensajes contra el dengue en paredes del mercado, el malecón y los principales jirones, como parte de un concurso convocado por la Municipalidad de Irapayacu.

        Cada colegio recibirá pintura, brochas y andamios. Los tres mejores murales ganarán equipos de cómputo para su institución. El jurado lo integran un artista de Lamas, una enfermera de la Red de Salud y un regidor.

        Los bocetos deben presentarse hasta el viernes.""",
        m="I",
        t="salud",
        tone="0",
        note="a neutral announcement of a health campaign; 'un regidor' names nobody",
    ),
    S(
        "k118",
        "inoticias",
        "2026-11-14T10:00:00-05:00",
        "Comerciantes del Mercado Modelo no pagarán la sisa hasta que arreglen el techo",
        """En asamblea, la asociación de comerciantes del Mercado Modelo acordó dejar de pagar la sisa desde el lunes hasta que la Municipalidad Distrital de Irapayacu repare el techo, que gotea desde la primera lluvia de octubre.

        La presidenta de la asociación, Nélida Chujutalli, dijo que los 180 comerciantes depositarán el equivalente de la sisa en una cuenta bancaria y la entregarán cuando termine la reparación. «No es que no queramos pagar, es que no nos escuchan», dijo.

        La administración del mercado advirtió que los puestos que no paguen serán notificados.""",
        m="I",
        t="tributos",
        tone="-",
        note="a fee boycott: tributos (the sisa); the leaking roof is the background",
    ),
    # --- La Voz del Oriente: regional site, teasers in RSS, modern pages -------------------------------------------------
    S(
        "k119",
        "vozori",
        "2026-11-02T11:00:00-05:00",
        "Renuncia el gerente de Infraestructura de Irapayacu; la gerenta municipal asume el cargo",
        """El gerente de Infraestructura de la Municipalidad Distrital de Irapayacu, ingeniero Julio Rengifo Soria, presentó su renuncia irrevocable por motivos personales, según una resolución de alcaldía publicada el viernes.

        Hasta que se designe a un reemplazo, la gerenta municipal Rosario Sangama Amasifuén asumirá también esa gerencia, que tiene a su cargo nueve obras en ejecución. Es el tercer gerente de Infraestructura que deja el cargo en la actual gestión.

        La resolución no precisa cuánto durará el encargo.""",
        m="I G",
        tone="0",
        note="an administrative change; 'obras' in passing, none of the five",
    ),
    S(
        "k120",
        "vozori",
        "2026-11-03T15:00:00-05:00",
        "Festival del Café y Cacao de Irapayacu tendrá 80 stands",
        """El VIII Festival del Café y Cacao de Irapayacu se realizará del 27 al 29 de noviembre en la plaza de armas, con 80 stands de productores, cooperativas, chocolaterías artesanales y cafeterías de la región.

        La Municipalidad Distrital de Irapayacu, organizadora del evento, anunció un concurso de taza de café y otro de cacao fino, con premios de 5 000 soles para los ganadores, además de noches de música con orquestas amazónicas. La entrada será libre.

        Las inscripciones de stands cierran el 20 de noviembre.""",
        m="I",
        tone="0",
        note="an announcement; none of the five",
    ),
    S(
        "k121",
        "vozori",
        "2026-11-05T11:30:00-05:00",
        "Serenazgo de Irapayacu, tres días sin gasolina",
        """Las tres motocicletas del serenazgo de Irapayacu estuvieron paradas desde el sábado hasta el lunes por falta de combustible, según denunciaron los propios serenos. Durante ese tiempo, el patrullaje se hizo a pie y solo en la plaza de armas.

        La gerenta municipal Rosario Sangama Amasifuén explicó que la orden de compra de combustible se retrasó porque el proveedor no presentó sus documentos a tiempo y que el problema ya fue resuelto. El domingo por la noche se reportaron dos robos a viviendas en Santa Rosa Baja.

        Los serenos trabajan en turnos de doce horas.""",
        m="G",
        t="seguridad",
        tone="-",
        note="'serenazgo de Irapayacu' is not the institution; a service failure told through facts",
    ),
    S(
        "k122",
        "vozori",
        "2026-11-06T12:00:00-05:00",
        "Rosario Sangama, la maestra que enseña en kichwa, gana las Palmas Magisteriales",
        """La profesora Rosario Sangama Tello, de la escuela intercultural bilingüe de la comunidad nativa Wayra Sacha, fue distinguida con las Palmas Magisteriales en el grado de Educador por sus 22 años enseñando a leer en kichwa y castellano.

        Sangama, de 51 años, elaboró con sus alumnos los primeros cuentos ilustrados en kichwa de la zona, que hoy usan otras 40 escuelas de la región. «Un niño que aprende en su lengua no se avergüenza de ella», dijo.

        Recibirá la distinción en Lima el 6 de diciembre.""",
        about=False,
        note="namesake: a teacher with the gerenta municipal's given name and first surname",
    ),
    S(
        "k123",
        "vozori",
        "2026-11-08T11:00:00-05:00",
        "Minam reconoce a Irapayacu por segregación de residuos",
        """El Ministerio del Ambiente entregó al alcalde de Irapayacu, Walter Panaifo Tapullima, una placa de reconocimiento por haber superado la meta de segregación de residuos sólidos del programa de incentivos municipales.

        Según el Minam, 4 000 viviendas del distrito separan sus residuos orgánicos e inorgánicos, el 67 % del total, cuando la meta era el 40 %. El material reciclable es recogido por la asociación Manos Verdes y los orgánicos van a la planta de compostaje.

        El reconocimiento viene con un bono de 210 000 soles para el presupuesto municipal de 2027.""",
        m="A",
        t="limpieza",
        tone="+",
        note="an award backed by figures",
    ),
    S(
        "k124",
        "vozori",
        "2026-11-09T16:00:00-05:00",
        "Ordenanza obliga a tapar cilindros de agua; multas de hasta 220 soles",
        """Desde el 15 de noviembre, las viviendas de Irapayacu que guarden agua en cilindros, baldes o tanques sin tapa podrán ser multadas con hasta 220 soles, según la ordenanza aprobada por la Municipalidad Distrital de Irapayacu para frenar el dengue.

        La primera visita de los inspectores será educativa: se dejará una notificación y se explicará cómo tapar los recipientes. Solo en la segunda visita se aplicará la multa. El municipio venderá tapas a precio de costo en el mercado.

        La Red de Salud estima que el 70 % de los criaderos del distrito están en cilindros de agua.""",
        m="I",
        t="salud",
        tone="0",
        note="a neutral ordinance",
    ),
    S(
        "k125",
        "vozori",
        "2026-11-10T11:30:00-05:00",
        "Teniente alcaldesa denuncia amenazas tras fiscalizar una obra",
        """La teniente alcaldesa de Irapayacu, Edith Pinchi Saavedra, presentó una denuncia en la comisaría por amenazas que, según dijo, recibió por teléfono después de visitar la obra de pavimentación del jirón Progreso y pedir que se rehiciera un tramo de veredas.

        «Me dijeron que me cuide, que tengo hijos. No voy a dejar de fiscalizar», declaró Pinchi, que preside la comisión de obras del concejo. La empresa contratista negó tener relación con las llamadas.

        La Policía investiga el número desde el que se hicieron.""",
        m="T",
        t="obras",
        tone="0",
        note="an authority threatened for overseeing a work: neutral toward us; obras",
    ),
    S(
        "k126",
        "vozori",
        "2026-11-11T11:00:00-05:00",
        "Alto Shiringal inaugura su primer relleno sanitario",
        """El distrito de Alto Shiringal inauguró ayer su relleno sanitario, el primero de la provincia de Renaco, con capacidad para recibir 9 toneladas diarias de residuos sólidos durante quince años.

        El alcalde Segundo Panaifo Ruiz dijo que la obra, de 6,3 millones de soles, se financió con el Ministerio del Ambiente y que permitirá cerrar el botadero a cielo abierto que funcionaba a orillas del río. «Desde hoy nuestra basura ya no va al río», afirmó el alcalde Panaifo.

        El relleno tiene celdas impermeabilizadas, pozas de lixiviados y un cerco perimétrico.""",
        about=False,
        note="namesake: the neighbouring Mayor ('el alcalde Panaifo'); limpieza keywords in another town",
    ),
    S(
        "k127",
        "vozori",
        "2026-11-12T12:00:00-05:00",
        "Escuelas rurales de Irapayacu reciben 300 carpetas hechas con madera decomisada",
        """Once escuelas rurales del distrito de Irapayacu recibieron 300 carpetas unipersonales fabricadas en el taller de carpintería municipal con madera decomisada por la fiscalía ambiental y donada a la Municipalidad Distrital de Irapayacu.

        Hasta ahora, en escuelas como la de Sapotillo, los niños escribían sobre tablas apoyadas en las rodillas. Las carpetas se fabricaron en tres meses; cada una costó al municipio 45 soles en clavos, barniz y mano de obra, frente a los 280 soles de una carpeta comprada.

        La entrega se hizo con la UGEL Renaco.""",
        m="I",
        tone="+",
        note="told through facts; education, none of the five",
    ),
    S(
        "k128",
        "vozori",
        "2026-11-13T11:30:00-05:00",
        "Pobladores de Sapotillo bloquean la trocha: exigen el mantenimiento prometido",
        """Unos 150 pobladores del caserío Sapotillo bloquearon desde el amanecer la trocha carrozable que los une con Irapayacu, en protesta porque el mantenimiento que el municipio de Irapayacu prometió para setiembre no ha comenzado.

        En la trocha hay tramos donde el barro llega a las rodillas y los motocarros no pasan desde hace tres semanas. «El cacao se nos está pudriendo en las chacras», dijo el agente municipal del caserío, Abel Tangoa.

        Los manifestantes dijeron que no levantarán la medida hasta que llegue la maquinaria.""",
        m="I",
        t="obras",
        tone="-",
        note="road maintenance promised and not done: obras; the caserío's 'agente municipal' is not one of ours",
    ),
    S(
        "k129",
        "vozori",
        "2026-11-14T12:00:00-05:00",
        "Municipio irapayaquino inicia cobranza coactiva contra 210 deudores del predial",
        """El municipio irapayaquino notificó a 210 contribuyentes con deudas del impuesto predial de más de tres años que sus expedientes pasan a la ejecutoría coactiva, que podrá embargar cuentas y bienes.

        La deuda conjunta de este grupo asciende a 640 000 soles, según la oficina de rentas. Los notificados aún pueden acogerse a la amnistía vigente hasta el 15 de diciembre y detener el procedimiento si pagan o fraccionan.

        El mayor deudor es una empresa de transporte fluvial que debe 58 000 soles.""",
        m="I",
        t="tributos",
        tone="0",
        note="a neutral notice of enforced collection",
    ),
    S(
        "k130",
        "vozori",
        "2026-11-15T11:00:00-05:00",
        "Dengue retrocede en Irapayacu: de 43 a 12 casos semanales",
        """Los casos de dengue en el distrito de Irapayacu bajaron de 43 a 12 por semana en un mes, según el último reporte de la Red de Salud Renaco. Es la cifra más baja desde agosto.

        La reducción coincide con las cuatro vueltas de fumigación casa por casa, el cacharreo en todos los barrios y la ordenanza que obliga a tapar los cilindros, medidas de la Municipalidad de Irapayacu con apoyo de la Diresa. No se reportan pacientes graves.

        La Red de Salud mantendrá la vigilancia hasta marzo.""",
        m="I",
        t="salud",
        tone="+",
        note="outcome told through figures",
    ),
    # --- Revista Trocha: opinion columns, full text in the description -------------------------------------------------
    S(
        "k131",
        "trocha",
        "2026-11-03T07:00:00-05:00",
        "Columna | El malecón y la paciencia",
        """Por Ernesto Ruiz Pashanasi

        Lo del malecón de Irapayacu ya no es noticia: es costumbre. Cada noviembre el río se lleva unos metros, cada noviembre aparecen los sacos, cada noviembre el alcalde Walter Panaifo viaja a Moyobamba y vuelve con una promesa.

        Es cierto que el Gobierno Regional le debe al distrito un financiamiento que comprometió en 2024. Pero también es cierto que la Municipalidad Distrital de Irapayacu ha tenido cuatro años para hacer algo más que esperar: ni un muro provisional, ni un plan de reubicación, ni una sola vivienda trasladada del barranco.

        La paciencia de los vecinos del Aguajal es enorme. La del río, no.""",
        m="A I",
        t="obras",
        tone="-",
        note="an opinion column; negation as criticism ('ni un muro'); the regional government shares blame but the weight is on us",
    ),
    S(
        "k132",
        "trocha",
        "2026-11-05T07:00:00-05:00",
        "Columna | ¡Qué eficiencia!",
        """Por Maribel Tuesta

        ¡Qué eficiencia la de la comuna irapayaquina! Doce días para traer una bomba hidráulica desde Lima, que queda a una hora de avión. A este ritmo, el relleno sanitario estará listo para cuando mis nietos se jubilen.

        Mientras tanto, en el Huayruro los vecinos han descubierto nuevas formas de convivencia con la basura: la apilan en el patio, la cuelgan de los árboles para que no la alcancen los perros, la queman de noche. Todo muy sostenible.

        Eso sí, el recibo de arbitrios llegó puntual, como siempre. Ahí sí no hubo repuesto que esperar. Felicitaciones, señor alcalde Panaifo.""",
        m="I A",
        t="limpieza",
        tone="-",
        note="sarcasm: praise words with a negative meaning; 'señor alcalde Panaifo' is ours (his administration); arbitrios in passing",
    ),
    S(
        "k133",
        "trocha",
        "2026-11-10T07:00:00-05:00",
        "Opinión | Lo que el dengue nos enseñó",
        """Por Ernesto Ruiz Pashanasi

        En esta columna hemos sido duros con la gestión municipal, y lo seguiremos siendo cuando corresponda. Pero los números de las últimas semanas merecen ser contados.

        En octubre, Irapayacu llegó a 43 casos de dengue por semana. La semana pasada fueron 21. En el medio, las brigadas de la Municipalidad Distrital de Irapayacu fumigaron más de tres mil viviendas, eliminaron casi dos mil criaderos y tocaron puerta por puerta en barrios donde nunca había llegado nadie del Estado.

        No es un milagro: es combustible, mochilas, horas extra y coordinación con la Red de Salud. Que dure.""",
        m="I",
        t="salud",
        tone="+",
        note="an opinion column favourable through facts",
    ),
    S(
        "k134",
        "trocha",
        "2026-11-09T07:00:00-05:00",
        "Columna | El café no necesita discursos",
        """Por Maribel Tuesta

        El contenedor que la cooperativa Flor de Irapayacu mandó a Hamburgo no salió de ninguna oficina pública. Salió de doce años de reuniones en un local de adobe, de productores que aprendieron a catar, de una ONG paciente y de un crédito que casi nadie quería dar.

        En el Perú nos encanta la foto con el saco de café. Ministros, congresistas y gobernadores se la toman cada año en la feria. Pero el precio que hoy cobran los socios de Flor de Irapayacu lo pelearon ellos, con libreta y balanza.

        Que los políticos aprendan de los cafetaleros, y no al revés.""",
        about=False,
        note="an opinion on a cooperative; the district only inside the cooperative's name; politicians in general",
    ),
    S(
        "k135",
        "trocha",
        "2026-11-11T07:00:00-05:00",
        "Opinión | Panaifo y la tentación del cemento",
        """Por Ernesto Ruiz Pashanasi

        Quedan siete semanas de gestión y en Irapayacu se han abierto cuatro frentes de obra a la vez: veredas en el jirón Progreso, losa en Bellavista Alta, cerco en el estadio y pintado del coliseo. Todo a la vista, todo con cartel.

        Mientras tanto, la obra de agua y desagüe de Santa Rosa Baja sigue paralizada al 62 % y el puesto de salud de Nuevo Chirimoyo no pasó de la primera piedra. El alcalde Walter Panaifo Tapullima parece haber elegido lo que se ve sobre lo que se necesita.

        Ojalá me equivoque y el cemento de diciembre no sea solo para la foto.""",
        m="A",
        t="obras",
        tone="-",
        note="an opinion column critical of end-of-term works; the health post is one item of a works list, not the subject",
    ),
    S(
        "k136",
        "trocha",
        "2026-11-12T07:00:00-05:00",
        "Columna | No todo es culpa de la municipalidad",
        """Por Maribel Tuesta

        No es cierto que la Municipalidad Distrital de Irapayacu no hizo nada durante la crecida, como se repite en las redes. Yo estuve en el colegio Nuevo Horizonte la noche del 9: había colchones, agua hervida y una enfermera. Las 41 familias evacuadas durmieron secas.

        Se le pueden criticar muchas cosas a esta gestión, y aquí lo hemos hecho. Pero esta vez las brigadas llegaron antes que el agua, y no hubo una sola víctima.

        Reconocerlo no cuesta nada.""",
        m="I",
        tone="+",
        note="negation defending the municipality ('no es cierto que … no hizo nada'); emergency response, none of the five",
    ),
    S(
        "k137",
        "trocha",
        "2026-11-13T07:00:00-05:00",
        "Opinión | El país que se olvida de la selva",
        """Por Ernesto Ruiz Pashanasi

        En Lima se discute durante semanas quién presidirá una comisión del Congreso. Mientras tanto, en San Martín hay catorce distritos en emergencia, tres muertos por dengue y un puente, el de Sachavaca, que lleva cuatro años a medio hacer por un arbitraje que nadie explica.

        La selva aparece en los noticieros nacionales dos veces al año: cuando se inunda y cuando hay un festival. El resto del tiempo somos un dato en una tabla del Minsa.

        Ojalá los congresistas que elegimos este año sepan ubicar Irapayacu en un mapa.""",
        about=False,
        note="a national politics column; the district, dengue and a national bridge named in passing, no municipal angle",
    ),
    S(
        "k138",
        "trocha",
        "2026-11-15T07:00:00-05:00",
        "Columna | La transferencia y los papeles que faltan",
        """Por Maribel Tuesta

        La comisión del alcalde electo Gilmer Vásquez Pezo ya encontró lo que temía: dos de los cuatro volquetes no arrancan, el cargador frontal está en un taller desde agosto y nadie sabe dónde está el expediente original del mercado de Nuevo Chirimoyo.

        El alcalde saliente, Walter Panaifo Tapullima, prometió en la radio que no dejaría deudas. Quizá no deje deudas, pero deja pendientes. Y los pendientes, en un municipio pequeño, también se pagan.

        Falta mes y medio. Todavía hay tiempo para ordenar la casa.""",
        m="A",
        tone="-",
        note="an opinion on the transfer; the elected mayor named is not watched; none of the five",
    ),
    # --- Irapayacu al Toque: social-media style short notes -----------------------------------------------------------
    S(
        "k139",
        "toque",
        "2026-11-02T21:15:00-05:00",
        "#Irapayacu | Corte de luz en el centro hasta las 10 p. m.",
        """⚡ Electro Oriente informa corte de energía en el centro de #Irapayacu (jirones Amazonas, Huallaga y Lamas) hasta las 10 p. m. por cambio de transformador. Tomen sus precauciones 🙏""",
        about=False,
        note="a power utility's notice; no municipal angle",
    ),
    S(
        "k140",
        "toque",
        "2026-11-03T08:05:00-05:00",
        "ATENCIÓN: hoy no pasa el camión de basura por El Aguajal",
        """📢 Comunica la municipalidad: hoy martes NO pasa el camión recolector por El Aguajal por trabajos en el malecón. El recojo se hará mañana desde las 7 a. m. No saquen sus bolsas hoy, por favor.""",
        about=True,
        t="limpieza",
        tone="0",
        note="position-only: 'la municipalidad' alone names nobody; about a municipal service",
    ),
    S(
        "k141",
        "toque",
        "2026-11-04T19:30:00-05:00",
        "Serenos detienen a sujeto que robó en una bodega del jirón Amazonas",
        """🚨 Hace minutos, serenos de la Municipalidad de Irapayacu detuvieron a un sujeto que había robado la caja de una bodega en el jirón Amazonas, cuadra 4. Lo alcanzaron a dos cuadras. Ya está en la comisaría. La dueña recuperó sus 340 soles 👏""",
        m="I",
        t="seguridad",
        tone="+",
        note="a short note; an outcome",
    ),
    S(
        "k142",
        "toque",
        "2026-11-05T07:45:00-05:00",
        "Paiche Panaifo, otra vez en Lima",
        """Paiche Panaifo ya está en Lima «gestionando» 🙄 Cuarto viaje del año. Mientras, en el Huayruro seguimos con la basura en la puerta. ¿Alguien sabe cuánto cuestan esos pasajes?

        Comenten 👇""",
        m="A",
        tone="-",
        note="sarcasm in a social-media note; 'Paiche Panaifo' is the listed alias; garbage only in passing",
    ),
    S(
        "k143",
        "toque",
        "2026-11-06T13:20:00-05:00",
        "Vacunación gratis contra la influenza este sábado en la plaza",
        """💉 Este sábado 7, de 8 a. m. a 2 p. m., vacunación gratuita contra la influenza y el neumococo en la plaza de armas. Organizan la Red de Salud Renaco y el municipio irapayaquino. Lleven su DNI. Prioridad: adultos mayores, niños y gestantes.""",
        m="I",
        t="salud",
        tone="0",
        note="a neutral announcement",
    ),
    S(
        "k144",
        "toque",
        "2026-11-07T22:00:00-05:00",
        "¡Gracias, serenos! Vecino del Huayruro recupera su moto",
        """🙌 Don Ricardo, del Huayruro, recuperó la moto lineal que le robaron anoche. La encontraron los serenos abandonada en una chacra de la salida a Sapotillo, sin la batería pero entera. «Ni la policía vino tan rápido», dice. Gracias, chicos del serenazgo 💪""",
        about=True,
        t="seguridad",
        tone="+",
        note="about the municipal serenazgo with nobody named (neither the institution nor a person)",
    ),
    S(
        "k145",
        "toque",
        "2026-11-08T09:00:00-05:00",
        "Regidor Fasabi anuncia pedido de vacancia contra el alcalde",
        """🔴 URGENTE | El regidor Leoncio Fasabi anuncia que el lunes presentará ante el concejo municipal un pedido de vacancia contra el alcalde Walter Panaifo por presunto nepotismo en la contratación de un sobrino en la planta de compostaje. Panaifo no ha respondido todavía. Seguimos informando.""",
        m="R A",
        tone="-",
        note="an accusation: negative; the compost plant in passing, none of the five",
    ),
    S(
        "k146",
        "toque",
        "2026-11-09T18:40:00-05:00",
        "Tres viviendas colapsadas en Sapotillo por la lluvia",
        """🌧️ Hernán Tuanama, de Defensa Civil, confirma que la lluvia de esta tarde hizo colapsar tres viviendas de adobe en el caserío Sapotillo. No hay heridos. Las familias están en casa de vecinos. Piden calaminas y frazadas.""",
        m="D",
        tone="0",
        note="'Hernán Tuanama, de Defensa Civil' is the official, not the singer; an emergency, none of the five",
    ),
    S(
        "k147",
        "toque",
        "2026-11-10T12:15:00-05:00",
        "Ojo: multa a quien bote basura en la quebrada",
        """⚠️ Desde hoy, el municipio irapayaquino multará con 220 soles a quien sea sorprendido botando basura o desmonte en las quebradas Shitari y Yumbatillo. Hay cámaras y serenos vigilando. Avisados están.""",
        m="I",
        t="limpieza",
        tone="0",
        note="a neutral announcement; cameras and serenos only as enforcers",
    ),
    S(
        "k148",
        "toque",
        "2026-11-11T17:30:00-05:00",
        "Tercer día sin agua en la Ribereña. ¿Y la municipalidad?",
        """😡 Tercer día sin agua en la avenida Ribereña y nadie da la cara. Ni cisterna ni comunicado. Nos dijeron «mañana» el martes. ¿Y la municipalidad? Compartan para que nos escuchen.""",
        about=True,
        tone="-",
        note="about a municipal water service with nobody named; a water cut is none of the five",
    ),
    S(
        "k149",
        "toque",
        "2026-11-12T08:30:00-05:00",
        "Deportivo Irapayacu clasifica a la etapa provincial",
        """⚽ ¡Vamos, Deportivo Irapayacu! Anoche ganamos 3-0 a Juventud Sapotillo y clasificamos a la etapa provincial de la Copa Perú. Goles de Kevin Tangoa (2) y Brayan Sinarahua. Próximo partido el domingo en Renaco 💚""",
        about=False,
        note="a football club named after the district; no municipal angle",
    ),
    S(
        "k150",
        "toque",
        "2026-11-13T20:45:00-05:00",
        "Así quedó el jirón Progreso tras la pavimentación",
        """👏 Así quedó el jirón Progreso, cuadras 1 a 3, después de la pavimentación que terminó hoy la Municipalidad Distrital de Irapayacu. Pista de concreto, veredas, rampas para sillas de ruedas y cunetas. Los vecinos de la cuadra 2 ya sacaron las mesas a la vereda 😄""",
        m="I",
        t="obras",
        tone="+",
        note="a short note; delivered works",
    ),
    S(
        "k151",
        "toque",
        "2026-11-14T07:10:00-05:00",
        "Mañana, minga de limpieza en el Huayruro",
        """🧹 Mañana domingo, minga de limpieza en el barrio Huayruro desde las 7 a. m. Punto de encuentro: la losa deportiva. Lleven machete, rastrillo y guantes. La junta vecinal pone el desayuno y el volquete municipal se lleva todo lo recogido 💪""",
        about=True,
        t="limpieza",
        tone="0",
        note="a neighbourhood clean-up served by the municipal dump truck: about a municipal service, nobody named",
    ),
    S(
        "k152",
        "toque",
        "2026-11-15T10:00:00-05:00",
        "Alcalde electo: «Encontramos la maquinaria malograda»",
        """🔴 El alcalde electo Gilmer Vásquez dice que su comisión de transferencia encontró dos volquetes y el cargador frontal malogrados. «La gestión de Walter Panaifo nos deja máquinas que no arrancan», afirmó. El municipio aún no responde.""",
        m="A",
        tone="-",
        note="the elected mayor (not watched) criticises the outgoing administration; our Mayor named inside the quote",
    ),
    S(
        "k153",
        "toque",
        "2026-11-15T21:50:00-05:00",
        "Bomberos y serenos controlan incendio en el botadero de Shitari",
        """🔥 Bomberos de Renaco y serenos controlaron a las 9 p. m. un nuevo incendio en el botadero de la quebrada Shitari. El humo llegó hasta Bellavista Alta. Es el cuarto del año. La Municipalidad de Irapayacu dice que investigará quién prendió el fuego.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a recurring failure of the municipal dump ('es el cuarto del año'); serenos only in passing",
    ),
    # --- Crónicas del Ungurahui: a personal blog, full text, blog template -------------------------------------------
    S(
        "k154",
        "cronicas",
        "2026-11-04T22:00:00-05:00",
        "Una noche con los serenos de Irapayacu",
        """Son las diez de la noche y el sereno Jorge Apagüeño enciende la moto en la puerta de la municipalidad. Me toca ir atrás. Tiene 29 años, dos hijos y un sueldo de 1 200 soles que le paga la comuna irapayaquina por turnos de doce horas.

        En su turno hay cuatro serenos para un distrito de 24 000 habitantes. Tres motos, una camioneta sin luces de emergencia y una radio que solo funciona en el centro. Esa noche atendimos una pelea en un bar del jirón Lamas, un motocarro sin luces y una señora que había escuchado ruidos en el techo: era un gato.

        «Lo peor no es el peligro, es que a veces llegamos tarde porque no hay gasolina», me dice a las cuatro de la mañana, cuando ya casi no queda nadie en la calle.""",
        m="I",
        t="seguridad",
        tone="0",
        note="a chronicle with both sides: neutral",
    ),
    S(
        "k155",
        "cronicas",
        "2026-11-06T21:00:00-05:00",
        "Viaje al aguajal: tres días en Irapayacu",
        """Llegar a Irapayacu desde Tarapoto toma dos horas y media: una por la carretera y el resto por una trocha que serpentea entre cacaotales. El premio está al final, en el malecón, donde el Ungurahui se pone dorado a las seis de la tarde.

        Al día siguiente, con un guía kichwa de Puka Rumi, caminamos hasta el aguajal donde anidan los guacamayos. Hay que ir con botas y repelente: los zancudos no perdonan. De vuelta, un juane de gallina en el mercado cuesta seis soles y alcanza para dos.

        Si van, no se pierdan el chocolate artesanal de la cooperativa Sachamama.""",
        about=False,
        note="a travel piece naming the district; 'trocha', 'zancudos' in passing; no municipal angle",
    ),
    S(
        "k156",
        "cronicas",
        "2026-11-08T20:00:00-05:00",
        "El embarcadero que nunca terminó de llegar",
        """El embarcadero de Irapayacu tiene dos fechas de inauguración. La primera, en diciembre de 2024, con banda, cinta y el alcalde Walter Panaifo Tapullima cortándola. La segunda todavía no existe, porque el embarcadero nunca se terminó.

        Faltan quince pilotes, la rampa para carga se hunde con las crecidas y el techo de la sala de espera se lo llevó el viento en marzo. Los pasajeros esperan las chalupas parados en el barro. La Municipalidad Distrital de Irapayacu pagó al contratista el 100 % de la obra.

        La Contraloría ya lo dijo en su informe. Los que cruzamos el río lo sabíamos desde antes.""",
        m="A I",
        t="obras",
        tone="-",
        note="blog criticism through facts",
    ),
    S(
        "k157",
        "cronicas",
        "2026-11-10T21:30:00-05:00",
        "La quebrada Shitari, antes y después",
        """Hace un año escribí aquí sobre la quebrada Shitari: un basural con agua. Llantas, colchones, botellas y hasta una refrigeradora. Esta semana volví.

        En tres mingas convocadas por la teniente alcaldesa Edith Pinchi Saavedra, vecinos y escolares sacaron de la quebrada más de quince toneladas de basura. La municipalidad puso un cerco de malla en los dos puntos donde se botaba desmonte y un letrero con la multa. Hay otra vez renacuajos, y un martín pescador que no se espanta.

        No está limpia del todo. Pero por primera vez en años, huele a quebrada.""",
        m="T",
        t="limpieza",
        tone="+",
        note="blog; an outcome told through facts",
    ),
    S(
        "k158",
        "cronicas",
        "2026-11-12T22:10:00-05:00",
        "Cinco horas detrás del camión de la basura",
        """Salen a las cinco de la mañana. Son seis obreros de limpieza pública y un chofer, a bordo del volquete que reemplaza a la compactadora. No tienen mascarillas nuevas desde agosto y los guantes se les rompen con los vidrios.

        En cinco horas recogieron unas cinco toneladas en el Huayruro y Santa Rosa Baja, a pulso, bolsa por bolsa. Ganan el mínimo y, según me cuentan, el sueldo de octubre les llegó el 9 de noviembre. Ninguno quiso dar su nombre: «Luego nos botan».

        Cuando terminamos, el chofer me pidió una sola cosa: «Escriba que la gente saque la basura a la hora, no cuando le da la gana».""",
        about=True,
        t="limpieza",
        tone="-",
        note="about the municipal cleaning service with nobody named; late wages and no equipment: negative",
    ),
    S(
        "k159",
        "cronicas",
        "2026-11-14T20:30:00-05:00",
        "Una biblioteca que cierra a las nueve",
        """En Irapayacu oscurece a las seis y media, y hasta este año la biblioteca municipal cerraba a las cinco. Desde setiembre, la Municipalidad Distrital de Irapayacu amplió el horario hasta las nueve de la noche, contrató a una segunda bibliotecaria y puso wifi gratuito.

        Una noche cualquiera hay treinta chicos haciendo tareas en las mesas. Los préstamos de libros pasaron de 90 a 410 al mes. «En mi casa no hay luz buena para leer», me dice Yomira, de 15 años, que estudia para postular a la universidad en Tarapoto.

        A veces las buenas noticias caben en un horario.""",
        m="I",
        tone="+",
        note="told through figures; culture, none of the five",
    ),
    S(
        "k160",
        "cronicas",
        "2026-11-15T22:45:00-05:00",
        "Mil motocarros y un padrón",
        """En Irapayacu el motocarro es el carro, la ambulancia, el taxi escolar y la camioneta de carga. Por eso el padrón de la Municipalidad Distrital de Irapayacu, que les prohíbe entrar a la plaza si no se inscriben, ha provocado un bloqueo, un paro anunciado y muchas discusiones en la cola del pan.

        Hablé con motocarristas y con comerciantes. Los primeros dicen que los papeles cuestan lo que ganan en una semana; los segundos, que la plaza por fin se puede caminar. Los dos tienen razón.

        Quizá el padrón no sea el problema, sino el plazo.""",
        m="I",
        tone="0",
        note="a balanced blog post on a traffic ordinance: none of the five",
    ),
    # --- Syndicated copies: their own headline, sometimes their own lead or a credit line -----------------------------
    C(
        "k161",
        "k001",
        "smdia",
        "2026-11-02T10:30:00-05:00",
        "Irapayacu estrena 480 metros de pista en el jirón Huallaga",
        extra="Con información de Renaco Ahora.",
    ),
    C(
        "k162",
        "k001",
        "portal",
        "2026-11-02T16:00:00-05:00",
        "Un distrito de la selva pavimenta sus calles antes de las lluvias",
        lead="""Los motocarristas de Irapayacu, en la selva alta de San Martín, ya no tienen que esquivar los charcos de la cuadra tres del jirón Huallaga. La Municipalidad Distrital de Irapayacu entregó el sábado 480 metros de pavimento rígido, con cunetas de sesenta centímetros, veredas a ambos lados y dos alcantarillas nuevas en la esquina con el jirón Lamas.""",
    ),
    C(
        "k163",
        "k007",
        "smdia",
        "2026-11-05T11:00:00-05:00",
        "Serenazgo y Policía recuperan tres motocarros robados en Irapayacu",
    ),
    C(
        "k164",
        "k012",
        "smdia",
        "2026-11-07T12:00:00-05:00",
        "Tamizan a 512 niños contra la anemia en Irapayacu",
        extra="Fuente: Renaco Ahora.",
    ),
    C(
        "k165",
        "k016",
        "smdia",
        "2026-11-09T12:00:00-05:00",
        "Dengue baja a la mitad en Irapayacu tras la tercera vuelta de fumigación",
    ),
    C("k166", "k021", "smdia", "2026-11-11T13:00:00-05:00", "Irapayacu suma 14 cámaras de videovigilancia"),
    C("k167", "k024", "vozori", "2026-11-12T18:00:00-05:00", "Damnificados del Aguajal reciben calaminas y víveres"),
    C(
        "k168",
        "k037",
        "smdia",
        "2026-11-05T15:00:00-05:00",
        "Comunidades kichwa reciben 1 200 mosquiteros contra el dengue",
    ),
    C(
        "k169",
        "k040",
        "smdia",
        "2026-11-08T14:00:00-05:00",
        "Sachapuma ya tiene trocha: adiós a la chalupa",
        extra="Fuente: Diario Selva Alta.",
    ),
    C(
        "k170",
        "k052",
        "smdia",
        "2026-11-04T17:00:00-05:00",
        "Irapayacu vacuna a más de 2 300 perros contra la rabia",
        lead="""La teniente alcaldesa de Irapayacu, Edith Pinchi Saavedra, informó a Radio Irapay que la campaña de vacunación antirrábica canina que terminó el domingo superó la meta. «En tres días vacunamos a 2 318 perros y 410 gatos, casa por casa y en los puntos fijos de la plaza y del mercado», dijo.""",
        extra="Fuente: Radio Irapay 101.3 FM.",
    ),
    C(
        "k171",
        "k068",
        "portal",
        "2026-11-03T12:00:00-05:00",
        "De la basura al abono: la planta de compostaje de Irapayacu",
    ),
    C(
        "k172",
        "k084",
        "smdia",
        "2026-11-05T18:00:00-05:00",
        "Irapayacu convierte en abono tres toneladas diarias de basura orgánica",
        extra="(APIR)",
    ),
    C(
        "k173",
        "k084",
        "vozori",
        "2026-11-06T09:00:00-05:00",
        "Compost municipal de Irapayacu llega a las chacras de café y cacao",
    ),
    C(
        "k174",
        "k089",
        "portal",
        "2026-11-13T19:00:00-05:00",
        "El barrio que venció al dengue: tres semanas sin casos en Irapayacu",
    ),
    C("k175", "k112", "selva", "2026-11-07T15:00:00-05:00", "Irapayacu recauda 38 % más de predial que el año pasado"),
    C(
        "k176",
        "k002",
        "smdia",
        "2026-11-02T14:00:00-05:00",
        "Defensa Civil vigila el malecón de Irapayacu por crecida del Ungurahui",
    ),
    C(
        "k177",
        "k005",
        "smdia",
        "2026-11-04T09:30:00-05:00",
        "Irapayacu aprueba amnistía tributaria hasta el 15 de diciembre",
    ),
    C(
        "k178",
        "k019",
        "portal",
        "2026-11-11T08:00:00-05:00",
        "«Nos dejaron solos con el malecón», acusa un alcalde amazónico",
    ),
    C(
        "k179",
        "k082",
        "smdia",
        "2026-11-02T17:00:00-05:00",
        "Crecida del Ungurahui: Irapayacu activa su centro de emergencia",
        lead="""La Municipalidad Distrital de Irapayacu activó su puesto de comando y su centro de operaciones de emergencia ante la crecida del río Ungurahui, que subió 1,8 metros en 24 horas, informó la agencia APIR.""",
    ),
    C("k180", "k082", "vozori", "2026-11-02T18:30:00-05:00", "Irapayacu en alerta por la crecida del río"),
    C(
        "k181",
        "k085",
        "portal",
        "2026-11-06T20:00:00-05:00",
        "Alcalde de Irapayacu lleva al MEF el pedido de defensa ribereña",
    ),
    C(
        "k182",
        "k124",
        "smdia",
        "2026-11-09T19:00:00-05:00",
        "Multarán a quienes no tapen sus cilindros de agua en Irapayacu",
    ),
    C(
        "k183",
        "k006",
        "smdia",
        "2026-11-04T20:30:00-05:00",
        "Alcalde de Irapayacu reclama enfermeras a la Diresa ante alza del dengue",
    ),
    C("k184", "k129", "inoticias", "2026-11-14T16:00:00-05:00", "Cobranza coactiva para 210 deudores del predial"),
    C(
        "k185",
        "k120",
        "inoticias",
        "2026-11-04T10:00:00-05:00",
        "Todo listo para el VIII Festival del Café y Cacao",
        extra="Fuente: Municipalidad Distrital de Irapayacu.",
    ),
    C(
        "k186",
        "k003",
        "smdia",
        "2026-11-03T09:00:00-05:00",
        "Basura se acumula en el Huayruro por falla de la compactadora",
    ),
    C(
        "k187",
        "k015",
        "smdia",
        "2026-11-08T21:00:00-05:00",
        "Contraloría: pagos sin sustento en el embarcadero de Irapayacu",
        lead="""La Contraloría encontró pagos por 180 412 soles sin sustento técnico en la rehabilitación del embarcadero municipal de Irapayacu, ejecutada entre 2024 y 2025.""",
    ),
    C(
        "k188",
        "k015",
        "vozori",
        "2026-11-09T08:00:00-05:00",
        "Embarcadero de Irapayacu: faltan 15 pilotes que sí se pagaron",
    ),
    C(
        "k189",
        "k086",
        "portal",
        "2026-11-09T16:00:00-05:00",
        "Contraloría advierte perjuicio en obra portuaria de un distrito de San Martín",
    ),
    C("k190", "k008", "smdia", "2026-11-05T16:00:00-05:00", "Puente sin barandas: regidor pide explicaciones"),
    C(
        "k191",
        "k011",
        "smdia",
        "2026-11-07T08:00:00-05:00",
        "Obra de agua de Santa Rosa Baja sigue paralizada",
        extra="Con información de Renaco Ahora.",
    ),
    C("k192", "k022", "smdia", "2026-11-12T08:00:00-05:00", "Recicladoras de Irapayacu reclaman cuatro meses de pago"),
    C("k193", "k032", "toque", "2026-11-14T03:30:00Z", "Fasabi: la mitad de las cámaras no graba de noche"),
    C("k194", "k046", "smdia", "2026-11-14T12:00:00-05:00", "Video viral muestra basura en el malecón de Irapayacu"),
    C(
        "k195",
        "k069",
        "smdia",
        "2026-11-04T09:00:00-05:00",
        "El Ungurahui se lleva diez metros más del malecón",
        lead="""El río Ungurahui arrastró el martes otros diez metros de orilla y parte de la vereda del malecón de Irapayacu, según un reporte de Oriente TV. Los vecinos dicen que ya no duermen.""",
        extra="Con información de Oriente TV.",
    ),
    C("k196", "k090", "smdia", "2026-11-14T13:00:00-05:00", "Fiscalía investiga compra de compactadora en Irapayacu"),
    C("k197", "k097", "smdia", "2026-11-11T09:00:00-05:00", "La compactadora de Irapayacu pasó 97 días en el taller"),
    C(
        "k198",
        "k079",
        "smdia",
        "2026-11-14T08:00:00-05:00",
        "Nuevo Chirimoyo: el puesto de salud que no pasó de la primera piedra",
        lead="""El terreno donde debía levantarse el nuevo puesto de salud de Nuevo Chirimoyo, en Irapayacu, sigue cubierto de maleza. En marzo de 2025, el alcalde Walter Panaifo Tapullima colocó allí la primera piedra y prometió entregarlo en doce meses.""",
    ),
    C(
        "k199",
        "k013",
        "smdia",
        "2026-11-07T16:00:00-05:00",
        "Pesista sanmartinense Edith Pinchi, campeona sudamericana juvenil",
    ),
    C("k200", "k083", "vozori", "2026-11-04T15:00:00-05:00", "Dengue: más de 6 000 casos en la Amazonía"),
]
