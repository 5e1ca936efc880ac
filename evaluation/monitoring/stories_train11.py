# ruff: noqa: E501
"""Training part train11, writer 14: labelled stories about a new invented provincial municipality.

Written by hand by writer 14, for this purpose only, WITHOUT looking at the pipeline's code (heraldo/**), at its
baselines, tone or topic dumps or cases, at the training scripts, at the tests or at the other parts' stories. The
writer read only lines 1-420 of stories_heldout6.py (its header, SETUP, OUTLETS, FURNITURE, SOURCES and first
stories, for the format), build.py (which lays the stories out as feeds and pages) and lines 1-60 and 200-262 of
docs/monitoring-evaluation.md (the corpus description and the labelling rules). Nothing of the system was run on
these stories. Labels follow the labelling rules of the doc and were fixed by the writer as a reader; they must not
be changed because of what the pipeline answers. Every name, outlet and place is invented (national bodies such as
the Contraloría, INDECI, the IGP or the ANA are named as any Peruvian paper would name them).

This part brings its own watch list (SETUP), outlets, person codes and template furniture: the Municipalidad
Provincial de Quilcana (MPQ), a provincial municipality of the desert valleys of the southern coast, capital of the
province of Quilcana and of the region of Cañamar: vineyards and pisco bodegas, agro-export fundos and their
workers, a valley (the río Sayhua) dry most of the year, wells and an overdrawn aquifer, earthquakes, the Universidad
Nacional Santa Lucía de Cañamar, dune and bodega tourism, a city of some 180 000 people. Its Mayor is a woman.

Codes: m = who is named (A alcaldesa provincial Marisol Yataco Cordero, G gerente municipal Renzo Aquije Tataje,
T teniente alcaldesa Milagros Donayre Cartagena, R regidor (opposition) Hugo Muñante Salas, D subgerente de Gestión
del Riesgo de Desastres Walter Bendezú Yarasca, I the Municipalidad Provincial de Quilcana); t = topics (limpieza
seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the municipality
(defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own headline, sometimes
its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "la alcaldesa quilcanina", "la alcaldesa de Quilcana", "la alcaldesa provincial de Quilcana", "la burgomaestra de
  Quilcana" are a title plus the place: they name the Mayor, and so does "la alcaldesa Yataco" in a story about
  Quilcana. A bare "la alcaldesa", "la burgomaestra", "la primera autoridad provincial", "la comuna", "el municipio",
  "la municipalidad provincial", "la gestión edil" do not. "Yataco" alone after the Mayor was named is part of the
  same mention. She has no nickname.
- "Municipalidad (Provincial) de Quilcana", "MPQ", "municipio quilcanino", "comuna quilcanina", "municipalidad
  quilcanina", "municipio/comuna de Quilcana", "municipio provincial de Quilcana" name the institution. "Vecinos de
  Quilcana", "el serenazgo de Quilcana", "la provincia", "la ciudad", "la gerencia municipal", "el palacio
  municipal" do not. A person named with a title plus the place ("el gerente municipal de Quilcana") is that
  person, not the institution; where the institution's own name is written out ("el subgerente de la
  Municipalidad Provincial de Quilcana") both are named.
- A person is named by full name, given name and first surname, both surnames, title plus surname ("el regidor
  Muñante", "la teniente alcaldesa Donayre", "el subgerente Bendezú") or a listed alias.
- Traps: Ernesto Yataco Pecho, Mayor of the district of San Cipriano inside the province ("el alcalde Yataco"
  there, no relative; his Municipalidad Distrital de San Cipriano is not ours); the festejo singer Marisol Yataco;
  the surfer Renzo Aquije; the pisco maker Walter Bendezú Uchuya; the volleyball player Milagros Donayre; the head
  teacher Hugo Muñante Rivas; Nancy Hernández Pecho, "la burgomaestra de Los Molles"; the Municipalidad Provincial
  de Sancavilca next door; the Gobierno Regional de Cañamar (seated in Quilcana), its hospital and its water
  project; the university; the football club Deportivo Quilcana; a jirón Quilcana in Lima; a caserío Quilcana in the
  highlands of Ayacucho.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the regional or national government is neutral toward us unless the story is about our own
  failure. A mixed story takes the tone a press officer would take away (headline and weight of the text). An
  accusation the official denies is still a story about an accusation (negative); a rumour the municipality
  clears up with no fault alleged is neutral. Enforcement notices (fines, closures, debt collection) are neutral.
  Stories not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention (serenos guarding a festival, a regidor's medical leave). A road, well or health post the Mayor
  asks others to fix takes that topic. Street, sewage and drainage works and the drilling of a municipal well are
  obras; drinking-water cuts and cisterns, the water company, disaster risk (drills, earthquake inspections,
  condemned houses), traffic, tourism, culture and sport are none of the five. The market fee and the enforced
  collection of debts are tributos municipales. Fumigation against dengue and municipal health campaigns are salud.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcaldesa",
    "R": "regidor_munante",
    "D": "subgerente_riesgo",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Provincial de Quilcana",
        "short_name": "MPQ",
        "level": "PROVINCIAL",
        "province": "Quilcana",
        "aliases": [
            "municipio quilcanino",
            "comuna quilcanina",
            "municipalidad quilcanina",
            "Municipalidad de Quilcana",
            "municipio provincial de Quilcana",
        ],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Marisol",
            "surnames": "Yataco Cordero",
            "sex": "F",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_PROVINCIAL",
            "aliases": ["alcaldesa Yataco", "Yataco Cordero", "Marisol Yataco", "alcaldesa de Quilcana"],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Renzo",
            "surnames": "Aquije Tataje",
            "sex": "M",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerente Aquije", "gerente municipal Renzo Aquije", "Aquije Tataje"],
        },
        {
            "key": "teniente_alcaldesa",
            "given_names": "Milagros",
            "surnames": "Donayre Cartagena",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Donayre", "regidora Donayre", "Donayre Cartagena"],
        },
        {
            "key": "regidor_munante",
            "given_names": "Hugo",
            "surnames": "Muñante Salas",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Muñante", "concejal Muñante", "Muñante Salas"],
        },
        {
            "key": "subgerente_riesgo",
            "given_names": "Walter",
            "surnames": "Bendezú Yarasca",
            "sex": "M",
            "position": "Subgerente de Gestión del Riesgo de Desastres",
            "position_feminine": "Subgerenta de Gestión del Riesgo de Desastres",
            "office_code": "SUBGERENTE_GESTION_RIESGO",
            "aliases": ["subgerente Bendezú", "Walter Bendezú Yarasca", "Bendezú Yarasca"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "prensa": {
        "name": "La Prensa de Quilcana",
        "host": "laprensadequilcana.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 70000,
    },
    "panorama": {
        "name": "Diario Panorama Nacional",
        "host": "diariopanoramanacional.example.pe",
        "media_kind": "PRENSA",
        "level": "NACIONAL",
        "reach": 410000,
    },
    "apn": {
        "name": "Agencia de Prensa Nacional",
        "host": "agenciaprensanacional.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 280000,
    },
    "vinedos": {
        "name": "Radio Viñedos 101.5 FM",
        "host": "radiovinedos.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 30000,
    },
    "qtv": {
        "name": "Quilcana TV Canal 4",
        "host": "quilcanatv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 110000,
    },
    "sursite": {
        "name": "Portal Sur Digital",
        "host": "portalsurdigital.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "cronicas": {
        "name": "Crónicas del Sur Peruano",
        "host": "cronicasdelsurperuano.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 340000,
    },
    "instante": {
        "name": "Quilcana al Instante",
        "host": "quilcanaalinstante.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 9000,
    },
    "desierto": {
        "name": "Revista Desierto y Vid",
        "host": "revistadesiertoyvid.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 8000,
    },
    "canamar": {
        "name": "Cañamar Noticias",
        "host": "canamarnoticias.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 41000,
    },
    "zonasur": {
        "name": "Zona Sur Informa",
        "host": "zonasurinforma.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 15000,
    },
    "expsur": {
        "name": "Express Sur Chico",
        "host": "expresssurchico.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 12000,
    },
    "bquil": {
        "name": "Boletín Vecinal Quilcanino",
        "host": "boletinvecinalquilcanino.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 2500,
    },
    "duna": {
        "name": "Semanario La Duna",
        "host": "semanarioladuna.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "oasis": {
        "name": "Radio Oasis del Sur",
        "host": "radiooasisdelsur.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 14000,
    },
}

FURNITURE = {
    "old_comments": [
        "Esa Marisol Yataco solo aparece en la vendimia para la foto, los pozos siguen secos",
        "El municipio quilcanino cobra arbitrios carísimos y la basura se queda en las esquinas",
    ],
    "old_most_read": "Bus de trabajadores agrícolas se despista en la Panamericana Sur",
    "old_motto": "El diario de todos los peruanos desde 1979",
    "old_city": "Quilcana",
    "section_agenda": "San Cipriano celebra la Fiesta de la Vendimia con pisa de uva",
    "hostile_place": "Quilcana",
    "hostile_alias": "municipio quilcanino",
    "error_page_outlet": "Radio Oasis del Sur, la voz del desierto",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expsur": {
        "name": "Express Sur Chico",
        "outlet": "expsur",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["w004", "w061"],
        "cut_at": 0.7,
    },
    "bquil": {"name": "Boletín Vecinal Quilcanino", "outlet": "bquil", "format": "bomb", "path": "/rss"},
    "duna": {"name": "Semanario La Duna", "outlet": "duna", "format": "xxe", "path": "/feed/"},
    "oasis": {
        "name": "Radio Oasis del Sur",
        "outlet": "oasis",
        "format": "html_error",
        "path": "/noticias/feed.xml",
    },
    "prensa": {
        "name": "La Prensa de Quilcana",
        "outlet": "prensa",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "panorama": {
        "name": "Diario Panorama Nacional",
        "outlet": "panorama",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/regiones.xml",
    },
    "apn": {"name": "Agencia de Prensa Nacional", "outlet": "apn", "format": "atom", "path": "/regiones/feed.atom"},
    "vinedos": {
        "name": "Radio Viñedos 101.5 FM",
        "outlet": "vinedos",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticias",
    },
    "qtv": {"name": "Quilcana TV Canal 4", "outlet": "qtv", "format": "atom", "path": "/atom.xml"},
    "sursite": {
        "name": "Portal Sur Digital",
        "outlet": "sursite",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas.rss",
    },
    "cronicas": {
        "name": "Crónicas del Sur Peruano",
        "outlet": "cronicas",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "instante": {
        "name": "Quilcana al Instante",
        "outlet": "instante",
        "format": "section",
        "template": "section",
        "path": "/locales",
    },
    "desierto": {
        "name": "Revista Desierto y Vid",
        "outlet": "desierto",
        "format": "rss",
        "mode": "description",
        "path": "/opinion/rss",
    },
    "canamar": {
        "name": "Cañamar Noticias",
        "outlet": "canamar",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/noticias.xml",
    },
    "zonasur": {
        "name": "Zona Sur Informa",
        "outlet": "zonasur",
        "format": "rss",
        "mode": "description",
        "path": "/rss/breves",
    },
}

STORIES = [
    # --- La Prensa de Quilcana: provincial daily, full text in RSS, priority -------------------------------------------
    S(
        "w001",
        "prensa",
        "2026-11-02T07:10:00-05:00",
        "Amnistía tributaria: condonan multas e intereses del predial hasta el 30 de diciembre",
        """La Municipalidad Provincial de Quilcana publicó el sábado la ordenanza que condona el cien por ciento de las multas y de los intereses moratorios del impuesto predial y de los arbitrios de 2023, 2024 y 2025.

        El beneficio alcanza a quienes paguen el tributo insoluto hasta el 30 de diciembre, al contado o en un fraccionamiento de hasta ocho cuotas. Según la oficina de administración tributaria, unos 21 000 predios de la provincia tienen alguna deuda pendiente.

        Las ventanillas del palacio municipal atenderán de lunes a sábado de 8 de la mañana a 6 de la tarde, y también se podrá pagar en las agencias bancarias y por aplicativo.""",
        m="I",
        t="tributos",
        tone="0",
        note="neutral notice of a tax amnesty",
    ),
    S(
        "w002",
        "prensa",
        "2026-11-02T18:30:00-05:00",
        "Avenida Sayhua: la obra que debía acabar en julio va por la mitad",
        """Las tranqueras de plástico siguen en la avenida Sayhua, entre el óvalo de los Pisqueros y el puente Grau. El contrato firmado por la Municipalidad Provincial de Quilcana fijaba la entrega de los 2,3 kilómetros de pista, veredas y drenaje para el 31 de julio; a la fecha solo se ha ejecutado el 46 %.

        Los comerciantes de la cuadra 8 calculan que sus ventas han caído a la mitad. «Ya van ocho meses de polvo, los clientes no pueden ni estacionar», dijo Teófilo Uchuya, dueño de una tienda de repuestos.

        El gerente municipal Renzo Aquije Tataje atribuyó el retraso a la demora del proveedor del asfalto y anunció que el consorcio será penalizado. No precisó una nueva fecha de entrega.""",
        m="I G",
        t="obras",
        tone="-",
        note="criticism through facts: 'a la fecha solo…', a missed deadline",
    ),
    S(
        "w003",
        "prensa",
        "2026-11-03T07:00:00-05:00",
        "Confirman catorce casos de dengue en el asentamiento 28 de Julio",
        """La Dirección Regional de Salud de Cañamar confirmó catorce casos de dengue sin signos de alarma en el asentamiento humano 28 de Julio, en el sur de la ciudad. Los pacientes reciben tratamiento ambulatorio en el centro de salud del sector.

        Las brigadas de la Municipalidad de Quilcana hicieron la primera ronda de fumigación el 26 de octubre y el jueves empezarán la segunda, casa por casa. Los técnicos piden a las familias tapar los cilindros y baldes donde guardan el agua que llega en cisterna, pues allí se cría el zancudo.

        La campaña se extenderá después a Nueva Esperanza y Santa Rosita.""",
        m="I",
        t="salud",
        tone="0",
        note="an outbreak report with the municipality's fumigation announced: neutral",
    ),
    S(
        "w004",
        "prensa",
        "2026-11-03T19:20:00-05:00",
        "Central de videovigilancia suma 84 cámaras y once detenidos en su primera semana",
        """Desde el martes pasado, las 84 cámaras instaladas en el centro de Quilcana, el mercado Arenales y la salida a la Panamericana transmiten a la nueva central de videovigilancia, en el segundo piso del local del serenazgo.

        En siete días, los operadores alertaron a los patrulleros en 23 incidentes que terminaron con once personas detenidas, entre ellas dos arranchadores de celulares buscados por la comisaría. La Municipalidad Provincial de Quilcana invirtió 2,9 millones de soles en el sistema.

        La alcaldesa Marisol Yataco Cordero anunció que en enero se sumarán otras 40 cámaras en los asentamientos del sur.""",
        m="I A",
        t="seguridad",
        tone="+",
        note="an outcome told through figures, no praise words",
    ),
    S(
        "w005",
        "prensa",
        "2026-11-04T06:50:00-05:00",
        "Trabajadores agrícolas bloquean la Panamericana en Pampa Larga por el pago de horas extra",
        """Cerca de 800 trabajadores de tres fundos de uva de mesa y espárrago bloquearon ayer durante seis horas la Panamericana Sur, a la altura del kilómetro 291, en el distrito de Pampa Larga, provincia de Quilcana.

        Los manifestantes reclaman que las empresas les paguen las horas extra de la campaña de cosecha, que empezó en setiembre. «Entramos a las cinco de la mañana y salimos a las seis de la tarde, y nos pagan ocho horas», dijo Rosaura Pecho, envasadora.

        La Policía despejó la vía con bombas lacrimógenas a las 2 de la tarde. La Dirección Regional de Trabajo convocó a una mesa de diálogo para el viernes.""",
        about=False,
        note="names the province; a labour dispute in another district with no municipal angle",
    ),
    S(
        "w006",
        "prensa",
        "2026-11-04T07:30:00-05:00",
        "El pozo de Los Pisqueros ya bombea: 3 000 familias con agua doce horas al día",
        """Por primera vez en cuatro años, las familias de la urbanización Los Pisqueros abrieron el caño el lunes a las seis de la mañana y el agua salió hasta las seis de la tarde. El pozo tubular que perforó la Municipalidad Provincial de Quilcana, de 120 metros de profundidad, entrega 28 litros por segundo.

        Antes, las cisternas pasaban dos veces por semana y cada familia pagaba hasta 15 soles por cilindro. La obra costó 1,6 millones de soles e incluyó un reservorio elevado de 400 metros cúbicos.

        «Ahora lavo la ropa en mi casa, no en la acequia», dijo Eulogia Ramos, de la manzana F. La alcaldesa Marisol Yataco adelantó que el próximo pozo se perforará en Santa Rosita.""",
        m="I A",
        t="obras",
        tone="+",
        note="a municipal well delivered: obras by this part's convention; told through facts",
    ),
    S(
        "w007",
        "prensa",
        "2026-11-04T19:00:00-05:00",
        "Regidor Muñante: el botadero de Cerro Colorado funciona sin instrumento ambiental",
        """El regidor Hugo Muñante Salas presentó ayer ante el Organismo de Evaluación y Fiscalización Ambiental una denuncia contra el botadero de Cerro Colorado, donde la comuna quilcanina deposita cada día unas 160 toneladas de basura.

        Según el concejal, el lugar no cuenta con instrumento de gestión ambiental aprobado y en lo que va del año se han registrado cuatro incendios. «Los vecinos de Cerro Prieto respiran humo cada vez que arde», sostuvo.

        La subgerencia de limpieza pública respondió que el expediente del nuevo relleno sanitario está en evaluación del ministerio desde marzo.""",
        m="R I",
        t="limpieza",
        tone="-",
        note="an opposition councillor's complaint about the garbage dump",
    ),
    S(
        "w008",
        "prensa",
        "2026-11-05T07:15:00-05:00",
        "Alcaldesa Yataco exige al Gobierno Regional médicos para la emergencia del hospital",
        """La alcaldesa provincial Marisol Yataco Cordero envió ayer un oficio al gobernador regional de Cañamar, Augusto Pecho Laos, en el que le pide contratar con urgencia a seis médicos emergenciólogos para el Hospital Regional de Quilcana.

        Según el documento, la emergencia atiende con dos médicos por turno a más de 150 pacientes diarios. «No podemos esperar a que haya una desgracia para que el Gobierno Regional reaccione», dijo la burgomaestra de Quilcana en conferencia de prensa.

        La Dirección Regional de Salud respondió que el concurso para las plazas se publicará este mes.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticising the regional government about a hospital: neutral toward us; the topic is still salud",
    ),
    S(
        "w009",
        "prensa",
        "2026-11-05T20:00:00-05:00",
        "Marisol Yataco llena el teatro con su nuevo disco de festejo",
        """La cantante Marisol Yataco presentó anoche «Cajón y arena», su quinto disco, ante un teatro Municipal de Sancavilca repleto. Durante dos horas repasó landós, festejos y valses con el acompañamiento de su hermano Wilmer en el cajón.

        La intérprete, de 34 años, nació en el caserío de Las Palmeras y grabó el disco en Lima. «Estas canciones son de las abuelas que cantaban en la vendimia», contó antes de cerrar con «Negrita del algodonal».

        La gira seguirá en Punta Lobera y Lima en diciembre.""",
        about=False,
        note="namesake: a festejo singer with the Mayor's given name and first surname ('Marisol Yataco' is an alias)",
    ),
    S(
        "w010",
        "prensa",
        "2026-11-06T07:00:00-05:00",
        "Simulacro nocturno: el centro de Quilcana se evacuó en 14 minutos",
        """A las 8 de la noche del jueves sonaron las sirenas en el centro de Quilcana. Según el informe de la Subgerencia de Gestión del Riesgo de Desastres, unas 9 000 personas salieron de casas, tiendas y oficinas hacia las zonas seguras en 14 minutos, cuatro menos que en el simulacro de mayo.

        El subgerente Walter Bendezú Yarasca observó que en tres galerías de la calle Lima las puertas de emergencia estaban cerradas con candado. «Eso en un sismo de verdad cuesta vidas», advirtió. La Municipalidad Provincial de Quilcana notificará a sus administradores.

        El próximo simulacro será en febrero, con escenario de huaico.""",
        m="D I",
        tone="0",
        note="a drill: disaster risk is none of the five topics; 'zonas seguras' is not seguridad ciudadana",
    ),
    S(
        "w011",
        "prensa",
        "2026-11-06T18:40:00-05:00",
        "Mercado Arenales: la basura se acumula y los contenedores prometidos siguen sin llegar",
        """En la puerta 3 del mercado Arenales, la de las verduras, hay desde el lunes un cerro de cáscaras, cajas y bolsas que llega a la altura de la cintura. Los comerciantes dicen que el camión recolector pasa cada tres días y que en las horas de calor el olor llega hasta la calle Lima.

        En agosto, la comuna quilcanina se comprometió a instalar seis contenedores soterrados en el mercado. A la fecha no se ha colocado ninguno. «Pagamos limpieza en la sisa y nosotros mismos barremos», reclamó Gladys Hernández, presidenta de la asociación de comerciantes.

        Los vendedores darán plazo hasta fin de mes antes de presentar un memorial.""",
        m="I",
        t="limpieza",
        tone="-",
        note="criticism through facts ('a la fecha no se ha colocado ninguno'); the market fee is a passing mention",
    ),
    S(
        "w012",
        "prensa",
        "2026-11-07T16:30:00-05:00",
        "Sismo de 5,9 sacude Quilcana: casonas del centro dañadas y sin víctimas",
        """Un sismo de magnitud 5,9 remeció a las 2.22 de la tarde la provincia de Quilcana. El Instituto Geofísico del Perú ubicó el epicentro en el mar, a 58 kilómetros al suroeste de Punta Lobera, a 31 kilómetros de profundidad.

        En el centro histórico se desprendieron cornisas y parapetos de al menos veinte casonas de adobe, y la torre de la iglesia de La Merced presenta una grieta visible desde la plaza. No se reportan fallecidos; el hospital regional atendió a nueve personas con golpes leves.

        La alcaldesa Marisol Yataco Cordero convocó a la plataforma de Defensa Civil a las 3 de la tarde. El subgerente de Gestión del Riesgo, Walter Bendezú Yarasca, informó que seis brigadas de la Municipalidad Provincial de Quilcana recorren el centro para evaluar las viviendas.""",
        m="A D I",
        tone="0",
        note="earthquake report with the municipal response stated plainly; disaster risk is none of the five",
    ),
    S(
        "w013",
        "prensa",
        "2026-11-08T07:00:00-05:00",
        "Acequia Alta: 62 casas inhabitables y familias que duermen en la pista",
        """En el barrio de Acequia Alta, el más antiguo de Quilcana, 62 viviendas de adobe quedaron inhabitables tras el sismo del sábado, según el primer reporte de la Subgerencia de Gestión del Riesgo.

        Anoche, una treintena de familias durmió sobre colchones en la pista del jirón Bolognesi, cubiertas con plásticos. «Nos dijeron que a las 8 llegaban las carpas y hasta ahora nada», contó Santos Ormeño, de 71 años. Hasta la medianoche, la Municipalidad de Quilcana había entregado 15 carpas; los vecinos calculan que se necesitan al menos 60.

        El subgerente Walter Bendezú dijo que el Indeci enviará más carpas desde Lima.""",
        m="I D",
        tone="-",
        note="criticism through facts: the relief promised has not arrived; no topic (disaster)",
    ),
    S(
        "w014",
        "prensa",
        "2026-11-08T12:00:00-05:00",
        "San Cipriano se declara en emergencia; el alcalde Yataco pide maquinaria",
        """El concejo distrital de San Cipriano declaró ayer en emergencia a su jurisdicción por los daños del sismo del sábado, que dejó 17 viviendas colapsadas en los anexos de Chacarilla y El Huarangal.

        El alcalde distrital Ernesto Yataco Pecho pidió al Gobierno Regional de Cañamar un cargador frontal y dos volquetes para retirar los escombros. «Tenemos adobe caído en los caminos y la gente no puede sacar su uva», dijo el alcalde Yataco, quien también solicitó agua en cisternas para los anexos.

        La Municipalidad Distrital de San Cipriano instaló un albergue en el colegio del pueblo.""",
        about=False,
        note="namesake: the Mayor of the district of San Cipriano shares the surname ('el alcalde Yataco'); his district municipality is not ours",
    ),
    S(
        "w015",
        "prensa",
        "2026-11-10T06:40:00-05:00",
        "En 48 horas reparan el colector de la avenida Grau que colapsó con el sismo",
        """El colector de desagüe de la avenida Grau, que se rompió con el sismo del sábado y dejó correr aguas servidas por tres cuadras, quedó reparado ayer a las 2 de la tarde.

        Cuadrillas de la Municipalidad Provincial de Quilcana trabajaron en dos turnos para cambiar 36 metros de tubería de 16 pulgadas y reconstruir dos buzones. El gerente municipal Renzo Aquije Tataje informó que el costo, unos 210 000 soles, saldrá del fondo de contingencia.

        Los vecinos de la cuadra 5 ya pueden usar sus baños. La pista será repuesta esta semana.""",
        m="I G",
        t="obras",
        tone="+",
        note="a sewer repair done quickly: obras, positive through facts",
    ),
    S(
        "w016",
        "prensa",
        "2026-11-09T19:00:00-05:00",
        "Roban 300 botellas de pisco de una bodega artesanal en San Cipriano",
        """Desconocidos forzaron la madrugada del domingo el portón de la bodega Santa Inés, en el anexo de Chacarilla, distrito de San Cipriano, y se llevaron 300 botellas de pisco quebranta y dos alambiques de cobre.

        El dueño, Abel Tataje, calcula la pérdida en 45 000 soles. Los vecinos escucharon una camioneta hacia las 3 de la mañana, pero el serenazgo del distrito no llegó sino al amanecer. La comisaría de San Cipriano investiga el robo.""",
        about=False,
        note="topic keywords (robo, serenazgo) in another district with no role for our municipality",
    ),
    S(
        "w017",
        "prensa",
        "2026-11-10T07:20:00-05:00",
        "Concejo aprueba arbitrios de 2027 con alza de 4,5 %; la oposición votó en contra",
        """Por ocho votos contra tres, el concejo de la Municipalidad Provincial de Quilcana aprobó anoche la ordenanza de arbitrios de 2027, que sube en promedio 4,5 % las tasas de limpieza pública, parques y serenazgo.

        La teniente alcaldesa Milagros Donayre Cartagena sostuvo que el alza cubre solo la inflación y el costo del combustible. El regidor Hugo Muñante Salas replicó que los vecinos «no pueden pagar más por un servicio que no mejora» y pidió que se congele la tasa para los predios de los asentamientos.

        Un predio promedio del cercado pagará 11 soles más al año. La ordenanza debe ser ratificada por el Servicio de Administración Tributaria antes de su publicación.""",
        m="I T R",
        t="tributos",
        tone="0",
        note="a council vote with both sides quoted: balanced, neutral",
    ),
    S(
        "w018",
        "prensa",
        "2026-11-10T18:00:00-05:00",
        "Ejecutoría coactiva embarga 23 vehículos por deudas del predial",
        """La oficina de ejecutoría coactiva de la Municipalidad Provincial de Quilcana embargó en la última semana 23 vehículos cuyos propietarios deben el impuesto predial de tres o más años. Las deudas suman 740 000 soles.

        Los vehículos fueron trasladados al depósito municipal de la avenida Industrial. Los dueños podrán recuperarlos si cancelan la deuda o firman un fraccionamiento, informó la administración tributaria, que recordó que la amnistía vigente condona multas e intereses.""",
        m="I",
        t="tributos",
        tone="0",
        note="enforcement notice (debt collection): neutral",
    ),
    S(
        "w019",
        "prensa",
        "2026-11-11T07:10:00-05:00",
        "Postulantes de la Universidad de Cañamar toman la puerta principal por examen anulado",
        """Un centenar de postulantes y padres de familia tomó ayer la puerta principal de la Universidad Nacional Santa Lucía de Cañamar, en Quilcana, para exigir que se reprograme el examen de admisión anulado el domingo por filtración de preguntas.

        La comisión de admisión informó que la nueva prueba será el 22 de noviembre y que la Fiscalía investiga a dos trabajadores. Las obras del nuevo pabellón de Ingeniería, frente a la puerta tomada, se paralizaron durante la protesta.""",
        about=False,
        note="the university in the city; 'obras' of a university building, no municipal angle",
    ),
    S(
        "w020",
        "prensa",
        "2026-11-11T18:30:00-05:00",
        "Seis de catorce camionetas del serenazgo, paradas por falta de combustible",
        """En el patio del serenazgo de Quilcana hay seis camionetas estacionadas desde hace nueve días. No están malogradas: no tienen combustible. El contrato con el grifo que abastecía a la flota venció el 31 de octubre y el nuevo proceso de compra aún no se adjudica.

        El regidor Hugo Muñante Salas difundió las fotos y una hoja de ruta que muestra que ayer solo salieron a patrullar ocho unidades para toda la ciudad. La municipalidad quilcanina respondió que «en los próximos días» se firmará el contrato y que mientras tanto se prioriza el patrullaje a pie.

        En octubre se registraron 312 denuncias por robo y hurto en la ciudad, según la Policía.""",
        m="I R",
        t="seguridad",
        tone="-",
        note="a municipal service failing, told through facts",
    ),
    S(
        "w021",
        "prensa",
        "2026-11-12T07:00:00-05:00",
        "Multan a nueve operadores de tubulares en Huacaylla por no tener SOAT",
        """La Municipalidad Provincial de Quilcana impuso el fin de semana multas de 1 375 soles a nueve empresas que ofrecen paseos en tubulares por las dunas de la laguna de Huacaylla y que no tenían el seguro obligatorio vigente.

        La gerencia de transportes recordó que desde el 1 de diciembre ningún tubular podrá circular sin la tarjeta municipal de operación, que exige revisión técnica, seguro y cinturones de cuatro puntos. Hasta ahora se han registrado 47 de los cerca de 120 vehículos que operan en la laguna.""",
        m="I",
        tone="0",
        note="an enforcement notice (fines) in tourism: neutral, none of the five topics",
    ),
    S(
        "w022",
        "prensa",
        "2026-11-12T19:10:00-05:00",
        "Contraloría halla pagos duplicados por S/ 310 000 en el mantenimiento de compactadoras",
        """Un informe de control de la Contraloría General de la República concluye que la Municipalidad de Quilcana pagó dos veces, entre febrero y junio, el mantenimiento preventivo de cinco camiones compactadores, por un total de 310 000 soles.

        El documento identifica a tres funcionarios de la subgerencia de limpieza pública y de logística como presuntos responsables y recomienda iniciarles procedimiento sancionador. El gerente municipal Renzo Aquije Tataje negó que haya habido duplicidad: «Son dos servicios distintos, uno preventivo y otro correctivo, y lo vamos a demostrar».

        Mientras tanto, dos de los cinco camiones siguen en el taller.""",
        m="I G",
        t="limpieza",
        tone="-",
        note="an audit finding the official denies: still a story about an accusation (negative)",
    ),
    S(
        "w023",
        "prensa",
        "2026-11-13T07:00:00-05:00",
        "Los comedores de Acequia Alta vuelven a cocinar con cocinas nuevas",
        """Las ollas de los tres comedores populares de Acequia Alta volvieron a hervir ayer, cinco días después de que el sismo derrumbara la pared de la cocina comunal. La teniente alcaldesa Milagros Donayre Cartagena llegó con seis cocinas industriales, balones de gas y 1 200 kilos de arroz, menestras y aceite.

        Los comedores preparan 380 raciones al día para familias damnificadas. «Estábamos cocinando con leña en la calle», contó Jesusa Cartagena, presidenta del comedor Virgen de Guadalupe. Una cuadrilla municipal levantó en dos días un cerco de drywall para el nuevo ambiente.""",
        m="T",
        tone="+",
        note="relief delivered, told through facts; food aid is none of the five topics",
    ),
    S(
        "w024",
        "prensa",
        "2026-11-13T18:00:00-05:00",
        "Gobierno Regional adjudica la segunda etapa de la represa de Huarmicocha",
        """El Proyecto Especial Sayhua, del Gobierno Regional de Cañamar, adjudicó la segunda etapa de la represa de Huarmicocha, en las alturas de la provincia de Quilcana, por 184 millones de soles. La obra elevará la capacidad del embalse de 12 a 35 millones de metros cúbicos.

        El gobernador Augusto Pecho Laos dijo que el agua servirá para recargar el acuífero del valle y asegurar el riego de 9 000 hectáreas. Los regantes de Pampa Larga pidieron que la distribución se discuta con las juntas de usuarios antes de que termine la obra.""",
        about=False,
        note="a regional water project in the province: 'obra', 'licitación' words, not about the municipality",
    ),
    S(
        "w025",
        "prensa",
        "2026-11-14T07:00:00-05:00",
        "Doce días sin un solo caso nuevo de dengue en el 28 de Julio",
        """Desde el 2 de noviembre, el centro de salud del asentamiento 28 de Julio no ha registrado ningún caso nuevo de dengue. Los catorce pacientes confirmados a fines de octubre fueron dados de alta.

        Las brigadas de la Municipalidad Provincial de Quilcana fumigaron 2 300 viviendas en dos rondas y recogieron 41 toneladas de llantas, botellas y cilindros viejos donde se criaba el zancudo. El índice aédico del sector bajó de 9 % a 1,2 %, según la red de salud.

        La campaña sigue en Nueva Esperanza y llegará la próxima semana a Santa Rosita.""",
        m="I",
        t="salud",
        tone="+",
        note="negation carrying a good outcome ('ni un solo caso nuevo'), figures",
    ),
    S(
        "w026",
        "prensa",
        "2026-11-14T18:20:00-05:00",
        "Avenida Los Viñedos estrena pista, ciclovía y 180 árboles de huarango",
        """Los 1,2 kilómetros de la avenida Los Viñedos, entre la salida a San Cipriano y el terminal terrestre, quedaron ayer abiertos al tránsito con pista de asfalto en caliente, una ciclovía de doble sentido y bermas sembradas con 180 huarangos.

        La Municipalidad Provincial de Quilcana invirtió 7,8 millones de soles. El contratista entregó la obra el 12 de noviembre, dos días antes de lo previsto en el contrato. La alcaldesa Marisol Yataco recorrió la vía en bicicleta con los vecinos de la urbanización Santa Lucía.

        Los vecinos pidieron reductores de velocidad frente al colegio Santa Rosa.""",
        m="I A",
        t="obras",
        tone="+",
        note="a finished street work, on time, told through facts",
    ),
    S(
        "w027",
        "prensa",
        "2026-11-15T08:00:00-05:00",
        "Editorial: Los pozos no se multiplican solos",
        """El pozo de Los Pisqueros ha llevado agua a 3 000 familias y la municipalidad quilcanina anuncia otro en Santa Rosita. Es una buena noticia para esos barrios, pero el acuífero del que sacan el agua es el mismo del que bombean los fundos de exportación del valle, y baja más de un metro cada año.

        La Autoridad Nacional del Agua tiene registrados 1 140 pozos en el valle del Sayhua; sus propios técnicos calculan que hay otros 400 sin licencia. Ninguna municipalidad puede ordenar eso sola. Mientras el Estado no cierre los pozos ilegales, cada pozo urbano nuevo será una carrera contra el pozo de al lado.

        La ciudad necesita que la región, la ANA y los regantes se sienten con la comuna en una misma mesa.""",
        m="I",
        tone="0",
        note="an editorial weighing a municipal success against a problem that is not the municipality's: neutral; about water policy, no topic",
    ),
    S(
        "w028",
        "prensa",
        "2026-11-16T07:00:00-05:00",
        "Comerciantes del Arenales protestan por alza de la sisa de 2 a 3 soles",
        """Unos 200 comerciantes del mercado Arenales marcharon ayer hasta el palacio municipal para rechazar el alza de la sisa diaria, que pasará de 2 a 3 soles desde el 1 de diciembre según una resolución de la Municipalidad Provincial de Quilcana.

        «Nos suben la sisa y el mercado sigue con la basura en la puerta y los baños clausurados», reclamó Gladys Hernández, dirigente de los comerciantes. Los vendedores recordaron que el mercado estuvo cerrado cinco días tras el sismo y que sus ventas aún no se recuperan.

        Nadie de la municipalidad recibió a la comisión.""",
        m="I",
        t="tributos",
        tone="-",
        note="the market fee is tributos municipales; a protest nobody answered",
    ),
    S(
        "w029",
        "prensa",
        "2026-11-16T18:30:00-05:00",
        "Damnificados de Acequia Alta reciben 48 módulos de vivienda",
        """Las familias de Acequia Alta que durmieron en la pista tras el sismo pasaron anoche su primera noche bajo techo. La Municipalidad Provincial de Quilcana armó en el terreno de la antigua estación 48 módulos de vivienda de 18 metros cuadrados, con piso de madera, luz y baños portátiles.

        La alcaldesa Marisol Yataco Cordero entregó las llaves. El subgerente Walter Bendezú Yarasca precisó que las 62 familias con casas inhabitables ya tienen un lugar: 48 en los módulos y 14 en casas de parientes con bono de alquiler.

        Los módulos fueron comprados con el fondo de emergencia del municipio y con 300 000 soles donados por bodegas del valle.""",
        m="I A D",
        tone="+",
        note="the municipality fixing the problem of w013 (positive); no topic",
    ),
    S(
        "w030",
        "prensa",
        "2026-11-16T20:00:00-05:00",
        "Retiran 40 toneladas de desmonte de la alameda Grau",
        """La alameda Grau, que durante dos años sirvió de botadero de desmonte y colchones viejos, amaneció ayer limpia. Cuadrillas de la municipalidad quilcanina retiraron en cuatro días 40 toneladas de residuos con dos volquetes y un cargador.

        Se colocaron cuatro cámaras y letreros que recuerdan la multa de 2 750 soles por arrojar desmonte en la vía pública. Los vecinos de la cuadra 2 sembrarán molles el sábado.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a cleanup told through figures",
    ),
    # --- Diario Panorama Nacional: a national daily's regional page; teasers in RSS, 2009 table template -------------------
    S(
        "w031",
        "panorama",
        "2026-11-03T06:00:00-05:00",
        "Quilcana, la ciudad que persigue su agua un metro más abajo cada año",
        """En el valle del Sayhua, el agua subterránea baja entre 1 y 1,4 metros por año, según los piezómetros de la Autoridad Nacional del Agua. Los fundos de uva de mesa, palta y espárrago bombean cerca del 80 % de lo que se extrae; la ciudad de Quilcana, con 180 000 habitantes, depende del mismo acuífero.

        La Municipalidad Provincial de Quilcana prepara la perforación de tres pozos nuevos para los asentamientos del sur, donde el agua llega en cisterna. La alcaldesa Marisol Yataco Cordero sostiene que el problema no se resolverá con pozos: «Necesitamos que el Estado ponga orden en las licencias; hay pozos agrícolas que nadie fiscaliza».

        La ANA anunció que en 2027 cerrará los pozos sin licencia del valle, una promesa que los regantes escuchan desde 2015.""",
        m="I A",
        tone="0",
        note="a national feature on the aquifer; the Mayor blames national regulators (neutral); water scarcity is no topic",
    ),
    S(
        "w032",
        "panorama",
        "2026-11-04T06:00:00-05:00",
        "Regidor denuncia que cinco familiares de funcionarios trabajan en la municipalidad quilcanina",
        """El regidor de oposición Hugo Muñante Salas denunció que cinco parientes de funcionarios de confianza fueron contratados este año por locación de servicios en la municipalidad quilcanina, entre ellos la cuñada de un subgerente y el sobrino de un asesor de alcaldía.

        Según los documentos que mostró el concejal, los contratos suman 186 000 soles. El gerente municipal Renzo Aquije Tataje respondió que ninguno de los contratados tiene parentesco con quien firmó su orden de servicio, por lo que no se configura nepotismo.

        El caso fue derivado a la Procuraduría Anticorrupción de Cañamar.""",
        m="R I G",
        tone="-",
        note="an accusation of nepotism the manager denies: negative; no topic",
    ),
    S(
        "w033",
        "panorama",
        "2026-11-05T06:00:00-05:00",
        "Pisco de Quilcana gana tres medallas de oro en concurso internacional",
        """La bodega Bendezú, del valle del Sayhua, ganó tres medallas de oro en el Concurso Mundial de Destilados celebrado en Bruselas con sus piscos acholado, quebranta e italia.

        «Mi abuelo pisaba la uva con los pies en el lagar de adobe, y todavía lo hacemos así», contó Walter Bendezú Uchuya, tercera generación de productores. La bodega produce 18 000 litros al año y exporta a Bélgica y Estados Unidos.

        Es la primera vez que un pisco de la provincia de Quilcana obtiene tres oros en una misma edición.""",
        about=False,
        note="namesake: a pisco maker called Walter Bendezú (the risk manager is Walter Bendezú Yarasca)",
    ),
    S(
        "w034",
        "panorama",
        "2026-11-07T06:00:00-05:00",
        "Caserío Quilcana, en Ayacucho, cumple seis años esperando su posta médica",
        """En el caserío de Quilcana, a 3 800 metros de altura en la provincia ayacuchana de Lucanas, la posta médica prometida en 2020 sigue siendo un terreno cercado con alambre. Las 90 familias caminan tres horas hasta el centro de salud más cercano.

        «Aquí las mamás dan a luz en la casa», dijo el teniente gobernador Eusebio Quispe. La municipalidad distrital informó que el expediente técnico está observado desde hace dos años.""",
        about=False,
        note="a place of the same name elsewhere (a highland hamlet); 'posta médica' and 'expediente técnico' keywords",
    ),
    S(
        "w035",
        "panorama",
        "2026-11-07T09:00:00-05:00",
        "Municipio quilcanino vacunará a 22 000 perros contra la rabia",
        """El municipio quilcanino y la red de salud iniciarán el lunes la campaña de vacunación antirrábica canina, con la meta de inmunizar a 22 000 perros en tres semanas. Habrá 40 puestos fijos en plazas y colegios y brigadas casa por casa en los asentamientos.

        La vacuna es gratuita. Las autoridades recordaron que en setiembre se confirmó un caso de rabia en un perro de Sancavilca, la provincia vecina.""",
        m="I",
        t="salud",
        tone="0",
        note="a neutral health campaign announcement",
    ),
    S(
        "w036",
        "panorama",
        "2026-11-08T06:00:00-05:00",
        "Sismo de 5,9 deja 140 viviendas dañadas en la región Cañamar",
        """El sismo de magnitud 5,9 del sábado dejó 140 viviendas inhabitables y 410 afectadas en la región Cañamar, según el reporte del Centro de Operaciones de Emergencia Regional. No hubo fallecidos.

        La provincia más golpeada fue Quilcana. La Municipalidad Provincial de Quilcana reportó 62 casas inhabitables en el barrio de Acequia Alta y daños en nueve locales públicos; en San Cipriano colapsaron 17 viviendas en los anexos rurales.

        El Indeci envió 200 carpas y 12 toneladas de alimentos desde Lima.""",
        m="I",
        tone="0",
        note="a regional overview quoting the municipality's damage figures: about us, neutral, no topic",
    ),
    S(
        "w037",
        "panorama",
        "2026-11-12T06:00:00-05:00",
        "Alcaldesa de Quilcana pide al MEF 40 millones para reconstruir viviendas de adobe",
        """La alcaldesa de Quilcana, Marisol Yataco Cordero, viajó a Lima para pedir al Ministerio de Economía y Finanzas una transferencia de 40 millones de soles para reconstruir las casas de adobe dañadas por el sismo del sábado.

        «Quilcana no puede esperar dos años como han esperado otras ciudades», dijo tras reunirse con el viceministro de Hacienda. Reclamó que el bono de arrendamiento para damnificados «no alcanza ni para un cuarto» y pidió que se eleve de 500 a 800 soles.

        El MEF se comprometió a evaluar el pedido cuando el Indeci consolide el padrón de damnificados.""",
        m="A",
        tone="0",
        note="the Mayor pressing the national government: neutral; rebuilding private adobe homes is no topic",
    ),
    S(
        "w038",
        "panorama",
        "2026-11-10T06:00:00-05:00",
        "Caen los que robaban motores de pozos en los fundos de Pampa Larga",
        """La Policía desarticuló en Pampa Larga una banda que en seis meses robó 27 motores y bombas sumergibles de pozos agrícolas. Los cinco detenidos vendían los equipos en una chatarrería de Sancavilca.

        Los agricultores calculan las pérdidas en 1,2 millones de soles. «Sin bomba no hay agua y sin agua se muere la parra en una semana», dijo un administrador de fundo.""",
        about=False,
        note="'robo' and 'pozos' in another district, a police story",
    ),
    S(
        "w039",
        "panorama",
        "2026-11-11T06:00:00-05:00",
        "Vecinos quilcaninos pagan 38 % más de arbitrios que los de Sancavilca",
        """Un estudio del Observatorio Fiscal de la Universidad Nacional Santa Lucía de Cañamar comparó los arbitrios de las dos provincias vecinas: una casa promedio paga 412 soles al año en Quilcana y 298 en Sancavilca, por servicios similares de recojo de basura, parques y serenazgo.

        El informe señala que el municipio quilcanino destina 41 % de lo recaudado a planillas, frente a 29 % en la provincia vecina, y que su costo por tonelada de basura recogida es el más alto de la región.

        La oficina de rentas no respondió a las consultas de este diario.""",
        m="I",
        t="tributos",
        tone="-",
        note="a study unfavourable to the municipality's fees",
    ),
    S(
        "w040",
        "panorama",
        "2026-11-12T06:00:00-05:00",
        "La ruta de la madrugada: así viajan los trabajadores de la uva",
        """A las 3.40 de la mañana, el paradero de la salida sur de Quilcana ya está lleno. Mujeres con sombrero de ala ancha y hombres con mochilas esperan los buses de los fundos, que los llevarán a Pampa Larga por la Panamericana.

        En la campaña de cosecha, unas 25 000 personas hacen ese viaje cada día. Muchos buses no tienen cinturones y los choferes manejan doble turno. En lo que va del año, cuatro accidentes dejaron nueve muertos. A veces, cuentan las trabajadoras, algún patrullero del serenazgo de Quilcana pasa por el paradero; la mayoría de días no hay nadie.

        La Sutran anunció operativos en la vía para diciembre.""",
        about=False,
        note="a feature on agro-export workers; a passing mention of the city's serenazgo, no municipal angle or name",
    ),
    S(
        "w041",
        "panorama",
        "2026-11-13T06:00:00-05:00",
        "Quilcana reduce 40 % la basura que llega al botadero",
        """Desde que empezó el programa de segregación en la fuente, en marzo, la basura que llega al botadero de Cerro Colorado bajó de 190 a 114 toneladas diarias. La Municipalidad Provincial de Quilcana recoge los residuos orgánicos por separado en 22 urbanizaciones y los convierte en compost para los parques.

        La teniente alcaldesa Milagros Donayre Cartagena, que promovió la ordenanza, informó que 140 recicladoras formalizadas recogen plástico, cartón y vidrio puerta por puerta. Cada una gana en promedio 1 300 soles al mes.""",
        m="I T",
        t="limpieza",
        tone="+",
        note="praise through figures",
    ),
    S(
        "w042",
        "panorama",
        "2026-11-14T06:00:00-05:00",
        "Sancavilca declara en emergencia el recojo de basura",
        """La Municipalidad Provincial de Sancavilca declaró en emergencia el servicio de limpieza pública después de que tres de sus cuatro camiones compactadores se malograran en la misma semana. En las calles del centro de esa ciudad se acumulan unas 300 toneladas de basura.

        El alcalde provincial Óscar Ramos Tello anunció que alquilará volquetes y contratará a un operador privado por noventa días. Los vecinos denuncian que la basura se quema de noche en los descampados.""",
        about=False,
        note="the neighbouring provincial municipality: same level, topic keywords, not ours",
    ),
    S(
        "w043",
        "panorama",
        "2026-11-15T06:00:00-05:00",
        "Tras el sismo, las visitas a la laguna de Huacaylla caen 30 %",
        """Los operadores de tubulares y tablas de arena de la laguna de Huacaylla, a cinco kilómetros del centro de Quilcana, calculan que sus ventas cayeron 30 % después del sismo del 7 de noviembre, pese a que el oasis no sufrió daños.

        La Municipalidad Provincial de Quilcana lanzó la campaña «Quilcana sigue en pie», con tarifas rebajadas en 40 hoteles y bodegas. La oficina de turismo registró 11 000 visitantes en la semana anterior al sismo y 7 600 en la siguiente.""",
        m="I",
        tone="0",
        note="tourism numbers and a municipal campaign: neutral, none of the five topics",
    ),
    S(
        "w044",
        "panorama",
        "2026-11-16T06:00:00-05:00",
        "Alcaldesa Yataco: «La avenida Sayhua estará lista en marzo»",
        """La alcaldesa de Quilcana, Marisol Yataco Cordero, reconoció que la pavimentación de la avenida Sayhua no estará lista antes de marzo de 2027, ocho meses después de la fecha del contrato. La obra va en 52 %.

        «El consorcio ha incumplido y lo vamos a penalizar, pero no vamos a resolver el contrato porque eso paralizaría la obra dos años», dijo. Los comerciantes de la avenida anunciaron que pedirán una rebaja de los arbitrios mientras duren los trabajos.""",
        m="A",
        t="obras",
        tone="-",
        note="the Mayor's defence, but the story is about the municipality's own delay: negative",
    ),
    # --- Agencia de Prensa Nacional: national agency, Atom ------------------------------------------------------------------
    S(
        "w045",
        "apn",
        "2026-11-02T15:30:00Z",
        "Cañamar: gobernador anuncia nueva licitación para terminar el hospital de Quilcana",
        """Quilcana, 2 nov (APN). El gobernador regional de Cañamar, Augusto Pecho Laos, anunció que en diciembre se convocará una nueva licitación para terminar el bloque de hospitalización del Hospital Regional de Quilcana, paralizado desde 2023 tras la resolución del contrato con el consorcio anterior.

        La obra tiene un avance de 61 % y requiere 94 millones de soles adicionales. «No vamos a dejar un elefante blanco», afirmó el gobernador, que atribuyó el retraso a la gestión regional anterior.""",
        about=False,
        note="a regional hospital in the city: 'obra', 'licitación', 'hospital de Quilcana' but not about the municipality",
    ),
    S(
        "w046",
        "apn",
        "2026-11-04T16:10:00Z",
        "Municipalidad Provincial de Quilcana pone en servicio cuatro camiones compactadores",
        """Quilcana, 4 nov (APN). La Municipalidad Provincial de Quilcana puso en servicio cuatro camiones compactadores de 19 metros cúbicos, adquiridos por 2,1 millones de soles, con los que su flota de recojo de basura pasa de nueve a trece unidades.

        Con las nuevas unidades, el recojo llegará todos los días a las 14 rutas de la ciudad, incluidos los asentamientos del sur, donde hasta ahora el camión pasaba dos veces por semana, informó la alcaldesa Marisol Yataco Cordero durante la entrega.""",
        m="I A",
        t="limpieza",
        tone="+",
        note="new garbage trucks and the coverage they bring",
    ),
    S(
        "w047",
        "apn",
        "2026-11-07T19:50:00Z",
        "Sismo de magnitud 5,9 remece la costa sur; daños en casonas de Quilcana",
        """Lima, 7 nov (APN). Un sismo de magnitud 5,9 se registró a las 14.22 de este sábado frente a la costa de la región Cañamar, informó el Instituto Geofísico del Perú. El movimiento se sintió con intensidad V en Quilcana y Sancavilca y con intensidad III en Lima.

        El subgerente de Gestión del Riesgo de Desastres de la Municipalidad Provincial de Quilcana, Walter Bendezú Yarasca, informó a la agencia que se reportan daños en casonas de adobe del centro histórico y que no hay víctimas mortales. Seis brigadas evalúan las viviendas.""",
        m="D I",
        tone="0",
        note="earthquake news with a municipal official as source; the institution's name is written out",
    ),
    S(
        "w048",
        "apn",
        "2026-11-08T21:00:00Z",
        "Quilcana: municipio reparte agua en cisternas a doce sectores sin servicio tras el sismo",
        """Quilcana, 8 nov (APN). Veinte cisternas contratadas por el municipio quilcanino distribuyeron este domingo 640 000 litros de agua en doce sectores que quedaron sin servicio tras la rotura de dos matrices por el sismo del sábado.

        Cada familia recibió dos cilindros. La empresa Aguas de Quilcana informó que la primera matriz ya fue reparada y que el servicio se restablecerá por completo el martes.""",
        m="I",
        tone="+",
        note="relief delivered; water supply by cisterns is none of the five topics",
    ),
    S(
        "w049",
        "apn",
        "2026-11-09T17:20:00Z",
        "Alcaldesa de Quilcana: «El Ejecutivo nos dejó solos tras el sismo»",
        """Quilcana, 9 nov (APN). La alcaldesa provincial de Quilcana, Marisol Yataco Cordero, criticó que ningún ministro haya llegado a la ciudad 48 horas después del sismo de magnitud 5,9 que dejó 62 viviendas inhabitables en el barrio de Acequia Alta.

        «Las carpas llegaron tarde y el bono de arrendamiento no se ha pagado a nadie. El Ejecutivo nos dejó solos», dijo en conferencia de prensa. La Presidencia del Consejo de Ministros informó que la ministra de Vivienda viajará a Quilcana esta semana.""",
        m="A",
        tone="0",
        note="the Mayor criticising the national government: neutral toward us",
    ),
    S(
        "w050",
        "apn",
        "2026-11-10T15:45:00Z",
        "Contraloría alerta que la defensa ribereña del Sayhua no estará lista para las avenidas",
        """Quilcana, 10 nov (APN). La Contraloría General advirtió que la obra de defensa ribereña del río Sayhua a cargo de la Municipalidad Provincial de Quilcana tiene un avance de 18 % y no estará concluida antes de la temporada de avenidas, que empieza en enero.

        El informe señala que el expediente técnico no consideró la socavación en el tramo del puente Grau y que el contratista trabaja con la mitad del personal ofertado. Si el río se desborda, unas 1 800 viviendas de la margen derecha quedarían expuestas.""",
        m="I",
        t="obras",
        tone="-",
        note="an audit warning about a municipal riverbank work",
    ),
    S(
        "w051",
        "apn",
        "2026-11-11T20:30:00Z",
        "Renzo Aquije se corona campeón nacional de tabla en Punta Lobera",
        """Punta Lobera, 11 nov (APN). El tablista Renzo Aquije, de 24 años, se coronó campeón nacional de surf en la categoría open tras vencer en la final a Diego Paredes con una ola de 8,7 puntos en la izquierda de El Faro.

        Aquije, que entrena en la caleta desde los nueve años, representará al Perú en el circuito sudamericano de 2027. «Esta ola se la dedico a mi viejo, que me enseñó a remar», dijo.""",
        about=False,
        note="namesake: a surfer with the municipal manager's given name and first surname",
    ),
    S(
        "w052",
        "apn",
        "2026-11-12T14:00:00Z",
        "Pago digital eleva 22 % la recaudación del predial en Quilcana",
        """Quilcana, 12 nov (APN). La recaudación del impuesto predial de la Municipalidad Provincial de Quilcana creció 22 % entre enero y octubre frente al mismo periodo de 2025, hasta 18,4 millones de soles, según la gerencia de administración tributaria.

        El gerente municipal Renzo Aquije Tataje atribuyó el aumento al pago por billetera digital y código QR, que ya representa el 37 % de las operaciones. El número de contribuyentes que pagaron a tiempo pasó de 14 000 a 19 500.""",
        m="I G",
        t="tributos",
        tone="+",
        note="better tax collection told through figures",
    ),
    S(
        "w053",
        "apn",
        "2026-11-13T16:30:00Z",
        "Universidad y municipio elaborarán mapa de microzonificación sísmica de Quilcana",
        """Quilcana, 13 nov (APN). La Universidad Nacional Santa Lucía de Cañamar y la Municipalidad Provincial de Quilcana firmaron un convenio para elaborar en doce meses el mapa de microzonificación sísmica de la ciudad, que identificará los suelos donde el movimiento se amplifica.

        El subgerente de Gestión del Riesgo, Walter Bendezú Yarasca, explicó que el mapa servirá para actualizar las normas de construcción y priorizar el reforzamiento de colegios y casonas. La universidad aportará sus laboratorios y 20 tesistas de Ingeniería Civil.""",
        m="I D",
        tone="0",
        note="an agreement announced: neutral; disaster risk is no topic",
    ),
    S(
        "w054",
        "apn",
        "2026-11-14T15:10:00Z",
        "Fiscalía investiga a exfuncionarios de la MPQ por compra de terreno sobrevalorado",
        """Quilcana, 14 nov (APN). La Fiscalía Anticorrupción de Cañamar abrió investigación preliminar contra seis exfuncionarios de la MPQ por la compra, en 2021, de un terreno de 12 hectáreas para el futuro relleno sanitario, pagado en 4,3 millones de soles cuando su valor comercial no superaba los 1,5 millones, según la tasación de la Contraloría.

        El terreno, además, está sobre una zona de recarga del acuífero y no puede usarse para ese fin. La actual gestión entregó los documentos a la Fiscalía.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a fraud investigation of the institution's former officials over the land for the landfill: negative for the institution, limpieza as for an overpriced garbage truck",
    ),
    S(
        "w055",
        "apn",
        "2026-11-15T18:40:00Z",
        "Dengue: Cañamar suma 1 240 casos y Pampa Larga concentra la mitad",
        """Quilcana, 15 nov (APN). La región Cañamar acumula 1 240 casos de dengue en 2026, informó la Dirección Regional de Salud. El distrito de Pampa Larga concentra el 51 % de los casos, seguido de Los Molles con el 12 %.

        La Diresa intensificará la fumigación en los campamentos de los fundos agrícolas, donde los trabajadores almacenan agua en cilindros destapados. Se registraron dos fallecidos, ambos en Pampa Larga.""",
        about=False,
        note="dengue and fumigation in other districts of the region: no topic for this office",
    ),
    S(
        "w056",
        "apn",
        "2026-11-16T16:00:00Z",
        "La burgomaestra de Los Molles inaugura centro de salud con sala de partos",
        """Los Molles, 16 nov (APN). La alcaldesa distrital de Los Molles, Nancy Hernández Pecho, inauguró el nuevo centro de salud del distrito, con sala de partos, laboratorio y una ambulancia, construido con 5,6 millones de soles de canon.

        «Nuestras madres ya no tendrán que ir de madrugada al hospital de Quilcana», dijo la burgomaestra, que gestionó el financiamiento ante el Ministerio de Salud.""",
        about=False,
        note="'la burgomaestra' of another district; 'hospital de Quilcana' in passing",
    ),
    # --- Radio Viñedos 101.5 FM: news transcripts in the RSS description, date-only pubDate ------------------------------
    S(
        "w057",
        "vinedos",
        "2026-11-02",
        "Vecinos de San Judas: «Una semana que no pasa el carro de la basura»",
        """Muy buenos días, amigos de Radio Viñedos. Empezamos con la queja que nos llega desde la urbanización San Judas, donde los vecinos nos dicen que el carro recolector no pasa desde el lunes pasado, una semana ya.

        Nuestro compañero Lucho Pecho está en la calle 4. A ver, Lucho. «Así es, Carlos, aquí hay bolsas amontonadas en todas las esquinas, los perros las rompen y el olor es insoportable. La señora Yolanda nos cuenta que llamó tres veces a la municipalidad y que le dijeron que el camión está malogrado».

        Hemos llamado a la oficina de imagen de la municipalidad provincial y hasta el cierre no nos contestan. La alcaldesa, nos dicen, está en una reunión. Seguiremos informando.""",
        about=True,
        t="limpieza",
        tone="-",
        note="position-only references ('la municipalidad provincial', 'la alcaldesa') in a city radio's transcript: about us with no mention",
    ),
    S(
        "w058",
        "vinedos",
        "2026-11-03",
        "Regidor Muñante en cabina: «Hay contratos de familiares y lo voy a probar»",
        """Tenemos en cabina al regidor Hugo Muñante Salas, de la bancada de oposición. Buenos días, regidor. «Buenos días, Carlos, buenos días a toda la audiencia».

        Regidor, usted ha hablado de contratos a familiares de funcionarios. «Sí, Carlos. Tengo cinco órdenes de servicio, con nombres y apellidos, de parientes de gente de confianza. Ya lo pasé a la Procuraduría. Aquí no se trata de perseguir a nadie, se trata de que la plata del vecino no se reparta entre compadres».

        ¿Y qué le han respondido? «Que no es nepotismo porque no firmó el pariente directo. Eso es una trampa legal, y que lo diga la Fiscalía». Gracias, regidor. Vamos a una pausa.""",
        m="R",
        tone="-",
        note="an opposition councillor's accusation in a radio interview; the institution is not named",
    ),
    S(
        "w059",
        "vinedos",
        "2026-11-04",
        "La alcaldesa Marisol Yataco en Radio Viñedos: «Tres pozos más antes de junio»",
        """Y en la línea tenemos a la alcaldesa Marisol Yataco. Buenos días, alcaldesa. «Buenos días, Carlos, un saludo a todos los vecinos que nos escuchan desde temprano».

        Alcaldesa, el pozo de Los Pisqueros ya funciona. ¿Qué sigue? «Sigue Santa Rosita, después Nueva Esperanza y el 28 de Julio. Son tres pozos más, con sus reservorios, y queremos tenerlos antes de junio. El expediente de Santa Rosita ya está aprobado y la buena pro se da este mes».

        ¿Y la plata? «La Municipalidad de Quilcana pone el 40 % y el resto lo pone el Gobierno Regional, por el convenio que firmamos el lunes». Gracias, alcaldesa.""",
        m="A I",
        t="obras",
        tone="0",
        note="plans announced by the Mayor: neutral",
    ),
    S(
        "w060",
        "vinedos",
        "2026-11-05",
        "Desde hoy, segunda ronda de fumigación contra el dengue en el 28 de Julio",
        """Atención, vecinos del asentamiento 28 de Julio: desde hoy jueves las brigadas de la Municipalidad de Quilcana empiezan la segunda ronda de fumigación contra el zancudo del dengue.

        Los fumigadores van a pasar casa por casa de 7 de la mañana a 4 de la tarde. Piden que dejen las puertas abiertas, que saquen a los niños y a las mascotas, y que tapen los alimentos. Después de la fumigación hay que esperar una hora para volver a entrar.

        Si tiene fiebre, dolor detrás de los ojos o dolor de huesos, vaya al centro de salud, no se automedique.""",
        m="I",
        t="salud",
        tone="0",
        note="a service notice read on air: neutral",
    ),
    S(
        "w061",
        "vinedos",
        "2026-11-06",
        "Amnistía: más de 900 vecinos pagaron el predial en tres días",
        """Buenas tardes. Colas desde las siete de la mañana en la oficina de rentas del palacio municipal. Y es que la amnistía tributaria ya tiene resultados.

        El gerente municipal Renzo Aquije Tataje nos informó que en los tres primeros días 914 contribuyentes pagaron sus deudas del predial y de los arbitrios, y que la Municipalidad Provincial de Quilcana ha recaudado 1,1 millones de soles. Para que no haya colas, se abrieron cuatro ventanillas más y este domingo se atenderá de 8 a 1.

        Recuerde, amigo oyente: la amnistía perdona multas e intereses, pero solo hasta el 30 de diciembre.""",
        m="G I",
        t="tributos",
        tone="+",
        note="the amnesty's early results told through figures",
    ),
    S(
        "w062",
        "vinedos",
        "2026-11-07",
        "Fuerte sismo en Quilcana: reportes en vivo",
        """¡Está temblando, está temblando! Amigos, mantengan la calma, salgan a las zonas seguras... Bien, ya pasó. Ha sido fuerte, muy fuerte, aquí en la cabina se han caído los discos.

        Tenemos en línea al subgerente de Gestión del Riesgo, Walter Bendezú Yarasca. Ingeniero, ¿qué reportes tiene? «Carlos, tenemos caída de cornisas en el jirón Bolognesi y en la calle Lima. Pedimos a la población no acercarse a las casonas de adobe del centro y no usar el teléfono si no es una emergencia. Las brigadas ya están saliendo».

        Seguimos en vivo. Llámennos al 256 4040 si tienen daños en su casa.""",
        m="D",
        tone="0",
        note="a live report; disaster risk is none of the five; 'zonas seguras' is not seguridad",
    ),
    S(
        "w063",
        "vinedos",
        "2026-11-08",
        "Pasaje San Martín: «Nadie de la municipalidad ha venido»",
        """Estamos en el pasaje San Martín, en Acequia Alta, donde cuatro casas se vinieron abajo con el temblor de ayer. Las familias han pasado la noche en la calle.

        «Ayer vinieron los del Indeci, apuntaron y se fueron. Nadie de la Municipalidad de Quilcana ha venido, ni una carpa, ni un plástico. Hemos dormido con los niños sobre cartones», nos dice la señora Melchora Uchuya, con su nieto en brazos.

        Los vecinos han hecho una olla común con lo que pudieron rescatar. Piden por lo menos agua y frazadas.""",
        m="I",
        tone="-",
        note="criticism by residents of the municipality's response",
    ),
    S(
        "w064",
        "vinedos",
        "2026-11-10",
        "Concierto por Acequia Alta recauda 86 000 soles",
        """Muy buenos días. Una plaza de armas llena anoche para el concierto «Quilcana de pie», organizado por la Municipalidad Provincial de Quilcana a beneficio de los damnificados del sismo.

        Cantaron el grupo Los Hijos del Sayhua, el dúo Arena y Caña y la festejera Marisol Yataco, que, ojo, no es pariente de la alcaldesa, y que hizo bailar a toda la plaza con «Negrita del algodonal». Se vendieron 9 000 entradas a 5 soles y las bodegas del valle donaron otros 41 000 soles.

        La municipalidad informó que el dinero irá al fondo para los módulos de vivienda.""",
        m="I",
        tone="+",
        note="the singer namesake performs at a municipal benefit: only the institution is ours; 'la alcaldesa' bare",
    ),
    S(
        "w065",
        "vinedos",
        "2026-11-10",
        "Serenos atrapan a dos arranchadores en la calle Lima",
        """Y una buena noticia en seguridad. Ayer a las 11 de la mañana, dos serenos de la comuna quilcanina persiguieron y redujeron a dos sujetos que acababan de arrancharle el celular a una comerciante en la cuadra 5 de la calle Lima.

        La central de cámaras siguió a los delincuentes por tres cuadras y guio a los serenos por radio. Los detenidos, de 19 y 23 años, fueron entregados a la comisaría; uno de ellos tenía tres denuncias anteriores. La señora recuperó su celular.""",
        m="I",
        t="seguridad",
        tone="+",
        note="serenos and cameras at work, told through the facts",
    ),
    S(
        "w066",
        "vinedos",
        "2026-11-11",
        "Comentario: tres meses para cambiar un foco",
        """Y ahora nuestro comentario de la mañana. Qué eficiencia, amigos, qué eficiencia la de la comuna quilcanina. En agosto los vecinos de la calle Ayacucho reportaron que el poste de la esquina con Libertad estaba apagado. Septiembre, nada. Octubre, nada. Ayer, por fin, después de tres meses, llegó la grúa. ¿A cambiar el foco? No: a tomar la foto para el Facebook.

        Mientras tanto, las señoras que salen a las cuatro de la mañana al paradero de los fundos pasan por esa esquina a oscuras. Felicitaciones, de verdad. Que sigan así.""",
        m="I",
        tone="-",
        note="sarcasm: 'qué eficiencia', 'felicitaciones'; street lighting is none of the five topics",
    ),
    S(
        "w067",
        "vinedos",
        "2026-11-12",
        "Concejo dona terreno de 2 000 metros para nueva comisaría en el sur",
        """Por unanimidad, el concejo provincial aprobó anoche donar al Ministerio del Interior un terreno de 2 000 metros cuadrados en Nueva Esperanza para construir una comisaría, la primera del sur de la ciudad.

        La teniente alcaldesa Milagros Donayre Cartagena presentó la moción y hasta el regidor Hugo Muñante Salas, de oposición, votó a favor: «Aquí no hay colores, los vecinos del sur esperan una comisaría hace veinte años», dijo. El municipio quilcanino construirá además el cerco y la pista de acceso.

        El ministerio tiene presupuestados 6 millones de soles para la obra en 2027.""",
        m="T R I",
        t="seguridad",
        tone="+",
        note="a unanimous council decision that brings a police station: positive",
    ),
    S(
        "w068",
        "vinedos",
        "2026-11-13",
        "Corte de agua de 24 horas en el cercado este sábado",
        """Aviso importante. La empresa Aguas de Quilcana informa que este sábado, desde las 6 de la mañana hasta las 6 de la mañana del domingo, no habrá agua en el cercado, Santa Lucía y San Judas, por obras de empalme de la nueva matriz de la avenida Grau.

        La empresa recomienda almacenar agua y tapar bien los recipientes. Habrá cisternas en la plaza de armas y en el parque Santa Lucía.""",
        about=False,
        note="the water company's notice; 'obras', 'Quilcana' in the company name; not the municipality",
    ),
    S(
        "w069",
        "vinedos",
        "2026-11-14",
        "Por fin: llegan los contenedores al mercado Arenales",
        """Después de tres meses de espera, los contenedores llegaron al mercado Arenales. Esta mañana, un camión de la Municipalidad Provincial de Quilcana instaló seis contenedores soterrados de tres metros cúbicos en las puertas 1, 3 y 5.

        Y desde ayer el camión recolector pasa dos veces al día, a las 6 de la mañana y a las 7 de la noche. «Ya no hay cerro en la puerta de las verduras, ahora sí se puede trabajar», nos dice la señora Gladys Hernández, dirigente de los comerciantes. Los comerciantes se comprometieron a no dejar bolsas fuera del horario.""",
        m="I",
        t="limpieza",
        tone="+",
        note="the municipality fixing a problem it had (w011): positive",
    ),
    S(
        "w070",
        "vinedos",
        "2026-11-15",
        "Milagros Donayre, la quilcanina que jugará el Sudamericano de vóley",
        """En deportes, orgullo quilcanino. La atacante Milagros Donayre, de 19 años, formada en el club Santa Lucía, fue convocada a la selección peruana de vóley que jugará el Sudamericano sub-21 en diciembre.

        «Entrenábamos en la losa del colegio, con la red remendada», recordó la deportista, que mide 1,86 y ahora juega en un club de Lima. Sus padres la despidieron ayer en el terminal.""",
        about=False,
        note="namesake: a volleyball player with the teniente alcaldesa's given name and first surname",
    ),
    S(
        "w071",
        "vinedos",
        "2026-11-16",
        "Clausuran cuatro discotecas sin certificado de defensa civil",
        """En un operativo de madrugada, la Municipalidad de Quilcana clausuró cuatro discotecas de la avenida Sayhua y la calle Libertad que no tenían el certificado de inspección técnica de seguridad en edificaciones.

        El subgerente Walter Bendezú Yarasca explicó que después del sismo se revisan los locales con más de cien personas de aforo. «Una de ellas tenía una sola puerta de salida para 400 personas», dijo. Los locales podrán reabrir cuando subsanen las observaciones.""",
        m="I D",
        tone="0",
        note="an enforcement notice (closures): neutral; building safety inspections are no topic",
    ),
    S(
        "w072",
        "vinedos",
        "2026-11-16",
        "Vecinos de Los Pisqueros: «El agua del pozo sale turbia»",
        """Y quejas desde Los Pisqueros. Los vecinos dicen que desde el jueves el agua del pozo nuevo sale color café, con arenilla, y que no la pueden usar ni para lavar.

        «Nos inauguraron el pozo con banda de música y ahora el agua sale como chicha», dice el señor Fortunato Ramos, de la manzana B. Los vecinos llevaron una botella a la municipalidad quilcanina, donde les dijeron que un técnico irá «la próxima semana». Mientras tanto, vuelven a comprar agua de la cisterna.""",
        m="I",
        tone="-",
        note="complaint about water quality: drinking-water supply is none of the five topics",
    ),
    # --- Quilcana TV Canal 4: newscast transcripts in Atom, UTC times near midnight -------------------------------------------
    S(
        "w073",
        "qtv",
        "2026-11-03T04:15:00Z",
        "Noche de robos en San Judas: vecinos piden serenos",
        """Buenas noches. Tres casas asaltadas en una sola noche en la urbanización San Judas. Los vecinos están indignados y esta tarde salieron con cacerolas a la avenida Los Viñedos.

        Reportera: Los delincuentes entraron por los techos entre la una y las cuatro de la mañana. Se llevaron televisores, una laptop y dinero. «Llamamos al serenazgo a la una y media y llegaron a las tres. ¿Para qué vienen a esa hora?», nos dice Rómulo Tataje, uno de los afectados.

        Los vecinos piden un módulo de serenos en el parque central de la urbanización. Buscamos la versión de la alcaldesa Marisol Yataco, pero su despacho nos dijo que no daría declaraciones hoy. Volvemos a estudios.""",
        m="A",
        t="seguridad",
        tone="-",
        note="robberies with a late serenazgo and the Mayor declining to answer; 'el serenazgo' is not the institution",
    ),
    S(
        "w074",
        "qtv",
        "2026-11-04T03:40:00Z",
        "Reportaje: los últimos alambiques de cobre de San Cipriano",
        """En el valle de San Cipriano todavía quedan once bodegas que destilan pisco en falca y en alambique de cobre, como hace doscientos años. Nuestro equipo las recorrió.

        Reportero: Don Aurelio Cabrera tiene 82 años y ha hecho pisco desde los doce. «La uva quebranta hay que pisarla de noche, con la luna», dice mientras revisa el fuego de huarango.

        El alcalde distrital Ernesto Yataco Pecho quiere que la ruta de las bodegas artesanales sea declarada patrimonio cultural. «Si se pierden estas bodegas se pierde la historia del pisco», afirma el alcalde Yataco. La propuesta ya está en el Ministerio de Cultura.""",
        about=False,
        note="namesake: the district Mayor of San Cipriano ('el alcalde Yataco'); a culture piece",
    ),
    S(
        "w075",
        "qtv",
        "2026-11-05T04:30:00Z",
        "Ya no cruzan por el tubo: inauguran puente peatonal sobre la acequia La Mochica",
        """Buenas noches. Durante años, los escolares de Nueva Esperanza cruzaron la acequia La Mochica caminando sobre un tubo de desagüe. Desde hoy tienen un puente.

        Reportera: Es un puente de concreto de 18 metros, con barandas y rampa para sillas de ruedas. Costó 640 000 soles y se construyó en cinco meses. La alcaldesa Yataco lo cruzó con los alumnos del colegio 22 de Agosto. «Mi hijo se cayó dos veces al agua», contó Teodora Pecho, madre de familia.

        Por el puente pasarán cada día unos 900 estudiantes.""",
        m="A",
        t="obras",
        tone="+",
        note="a public work delivered; 'la alcaldesa Yataco' in a story about Quilcana names the Mayor",
    ),
    S(
        "w076",
        "qtv",
        "2026-11-06T02:10:00Z",
        "Debate en el set: ¿deben subir los arbitrios?",
        """Conductor: Esta noche, dos miradas sobre el alza de arbitrios que el concejo votará el lunes. Con nosotros, la teniente alcaldesa Milagros Donayre y el regidor Hugo Muñante.

        Donayre: El combustible de los compactadores subió 18 % este año. Si no ajustamos la tasa, en junio no hay plata para el recojo. Estamos hablando de once soles al año para una casa promedio.

        Muñante: Once soles más por un servicio que en los asentamientos pasa dos veces por semana. Primero que el servicio mejore, después hablamos de cobrar más.

        Conductor: El lunes sabremos quién convenció al concejo. Gracias a los dos.""",
        m="T R",
        t="tributos",
        tone="0",
        note="a balanced debate: neutral",
    ),
    S(
        "w077",
        "qtv",
        "2026-11-09T03:50:00Z",
        "Especial sismo: 410 viviendas evaluadas en 30 horas",
        """Buenas noches. A 30 horas del sismo, el centro histórico de Quilcana sigue con cintas amarillas. Pero ya se sabe cuántas casas están en peligro.

        Reportero: Las brigadas de evaluación trabajaron toda la noche con linternas. El subgerente Walter Bendezú Yarasca nos mostró el mapa: «Hemos evaluado 410 viviendas. Sesenta y dos son inhabitables, 130 necesitan reforzamiento y el resto puede ser ocupado». Las casas inhabitables están marcadas con una equis roja.

        Con ese padrón, las familias ya pueden pedir el bono de arrendamiento.""",
        m="D",
        tone="+",
        note="a quick, complete damage evaluation told through figures; disaster risk is no topic",
    ),
    S(
        "w078",
        "qtv",
        "2026-11-09T04:45:00Z",
        "Cierran la calle Libertad por riesgo de colapso de una casona",
        """La Municipalidad Provincial de Quilcana cerró esta tarde al tránsito vehicular y peatonal la cuadra 3 de la calle Libertad, donde la casona Olaechea, de dos pisos, presenta una rajadura en su fachada de quincha.

        Reportera: El subgerente Walter Bendezú explicó que la fachada podría caer con una réplica y que el cierre se mantendrá hasta que los propietarios apuntalen el inmueble. Los comercios de la cuadra tendrán que atender por la calle Ayacucho.""",
        m="I D",
        tone="0",
        note="a street closure for risk: neutral notice; none of the five topics",
    ),
    S(
        "w079",
        "qtv",
        "2026-11-10T03:20:00Z",
        "Damnificados bloquean la avenida Grau: «Nos prometieron carpas»",
        """Buenas noches. Familias damnificadas de Acequia Alta bloquearon durante dos horas la avenida Grau. Exigían las carpas y los módulos que, dicen, les prometió el municipio quilcanino.

        Reportero: Con colchones y ollas en la pista, unas 80 personas detuvieron el tránsito. «Tres noches en la calle y solo nos dieron quince carpas para sesenta familias», reclamó el dirigente Santos Ormeño. Los policías conversaron con ellos y la vía se liberó a las 7 de la noche.

        Un funcionario de la subgerencia de riesgo les prometió una reunión mañana.""",
        m="I",
        tone="-",
        note="a protest over relief that has not arrived",
    ),
    S(
        "w080",
        "qtv",
        "2026-11-11T04:05:00Z",
        "Serenazgo y Policía patrullarán juntos ocho sectores",
        """Desde el lunes, serenos y policías saldrán juntos en las mismas camionetas en ocho sectores de la ciudad. Así lo acordaron esta tarde la Municipalidad Provincial de Quilcana y la División Policial.

        Reportera: El gerente municipal Renzo Aquije Tataje explicó que el municipio pondrá las camionetas y el combustible y la Policía, un efectivo por unidad. Los sectores fueron elegidos según el mapa del delito: el cercado, San Judas, Nueva Esperanza, el 28 de Julio y la salida sur, entre otros.""",
        m="I G",
        t="seguridad",
        tone="0",
        note="an agreement announced: neutral",
    ),
    S(
        "w081",
        "qtv",
        "2026-11-12T03:30:00Z",
        "Municipalidad de Quilcana descarta privatizar el recojo de basura",
        """La Municipalidad de Quilcana desmintió esta tarde que vaya a entregar el recojo de basura a una empresa privada, como circuló en redes sociales desde el fin de semana.

        Reportero: Un audio atribuido a un trabajador hablaba de despidos masivos. El gerente municipal Renzo Aquije negó esa versión: «El servicio seguirá siendo municipal y no se despedirá a ningún obrero; lo que vamos a tercerizar es solo el mantenimiento de los camiones». El sindicato de obreros pidió que ese compromiso quede por escrito.""",
        m="I G",
        t="limpieza",
        tone="0",
        note="a rumour cleared up with no fault alleged: neutral",
    ),
    S(
        "w082",
        "qtv",
        "2026-11-13T04:50:00Z",
        "Deportivo Quilcana jugará la final de la Liga Departamental",
        """En deportes: Deportivo Quilcana venció 2 a 0 a Unión Pampa Larga en el estadio del Sayhua y jugará la final de la Liga Departamental de Cañamar.

        Los goles fueron del delantero Kevin Muñante, de cabeza, y del volante Jhon Uchuya, de tiro libre. La final será el domingo 22 ante Atlético Sancavilca.""",
        about=False,
        note="a football club named after the city; a footballer surnamed Muñante",
    ),
    S(
        "w083",
        "qtv",
        "2026-11-14T03:10:00Z",
        "Concejo aprueba presupuesto de 214 millones para 2027",
        """El concejo de la Municipalidad Provincial de Quilcana aprobó esta noche el presupuesto institucional de apertura para 2027, de 214 millones de soles, 6 % más que este año.

        Reportera: El 38 % irá a inversiones, entre ellas tres pozos, la segunda etapa de la avenida Sayhua y el nuevo relleno sanitario. La votación fue de nueve a dos. La teniente alcaldesa Milagros Donayre Cartagena defendió el aumento de inversiones; el regidor Hugo Muñante Salas votó en contra porque, dijo, el gasto en planillas sube 11 %.""",
        m="I T R",
        tone="0",
        note="a budget vote with both sides: neutral; the works listed are passing mentions, no topic",
    ),
    S(
        "w084",
        "qtv",
        "2026-11-15T04:20:00Z",
        "Bendezú advierte: 900 casas de adobe podrían caer con un sismo mayor",
        """Ocho días después del sismo, el subgerente de Gestión del Riesgo, Walter Bendezú Yarasca, presentó a la plataforma de Defensa Civil un dato que preocupa: en el centro histórico y en Acequia Alta hay 900 viviendas de adobe que podrían colapsar con un sismo de magnitud 7.

        Reportero: Bendezú propuso un programa de reforzamiento con mallas y pidió que el Ministerio de Vivienda lo financie. «Este sismo fue un aviso», dijo. La plataforma acordó pedir una reunión con el ministerio.""",
        m="D",
        tone="0",
        note="a risk warning by the official: neutral; no topic",
    ),
    S(
        "w085",
        "qtv",
        "2026-11-16T04:50:00Z",
        "Feria del Pisco y la Uva: 25 000 visitantes en el fin de semana",
        """Buenas noches. Cerró la Feria del Pisco y la Uva en el parque Santa Lucía con 25 000 visitantes en dos días y ventas por 1,8 millones de soles, según sus organizadores, la Municipalidad Provincial de Quilcana y la asociación de bodegueros.

        Reportera: Hubo 60 bodegas, concurso de pisa de uva y cata de piscos mosto verde. Los serenos resguardaron los accesos y las cuadrillas de limpieza trabajaron hasta la madrugada. «Vendí en dos días lo que vendo en un mes», nos dijo Aurora Cabrera, de la bodega La Huaranga.

        El próximo año, la feria se hará en marzo, en plena vendimia.""",
        m="I",
        tone="+",
        note="a municipal fair with good figures; serenos and street cleaning are passing mentions (no topic)",
    ),
    S(
        "w086",
        "qtv",
        "2026-11-17T04:05:00Z",
        "San Judas: diez días sin robos desde que llegó el módulo de serenazgo",
        """Hace dos semanas les mostramos a los vecinos de San Judas golpeando cacerolas por una noche de robos. Hoy volvimos.

        Reportero: En el parque central hay un módulo con cuatro serenos y dos motos, instalado por la comuna quilcanina el 5 de noviembre. Desde entonces, la comisaría no ha recibido ninguna denuncia de robo en la urbanización. «Ahora ves al sereno dando vueltas toda la noche», dice Rómulo Tataje, el mismo vecino que nos habló aquella vez.""",
        m="I",
        t="seguridad",
        tone="+",
        note="the municipality fixing a problem it had (w073); the Lima day is 16 November",
    ),
    # --- Crónicas del Sur Peruano: national blog-style site, full text, footer ---------------------------------------------
    S(
        "w087",
        "cronicas",
        "2026-11-03T10:00:00-05:00",
        "Ruta del Pisco: tres días entre bodegas, dunas y huarangos",
        """Llegué a Quilcana un jueves de noviembre, cuando las parras ya tienen hojas grandes y la uva todavía es una promesa verde. El valle del Sayhua es una franja de verde rodeada de arena por todos lados, y eso es lo primero que sorprende.

        La ruta empieza en las bodegas artesanales de San Cipriano, sigue por las grandes bodegas industriales de la carretera a Pampa Larga y termina, si uno quiere, en la laguna de Huacaylla, con una puesta de sol desde lo alto de una duna. Los letreros de la ruta, que puso la Municipalidad Provincial de Quilcana hace un par de años, ayudan a no perderse entre los caminos de tierra.

        Mi consejo: probar el mosto verde de italia en la bodega La Huaranga, cenar carapulcra con sopa seca en cualquier picantería y no pagar más de 60 soles por el tubular.""",
        m="I",
        about=False,
        note="a travel piece naming the municipality once in passing (road signs): named, but the story is not about it",
    ),
    S(
        "w088",
        "cronicas",
        "2026-11-05T09:30:00-05:00",
        "Quilcana, una ciudad que vive de cisternas en medio de un valle exportador",
        """En el asentamiento Santa Rosita, a quince minutos de la plaza de armas, el agua llega en camión. Los martes y los viernes, si hay suerte. Cada familia llena dos cilindros azules que tienen que durar tres días para cocinar, lavar y bañar a los niños.

        A cinco kilómetros, los fundos de uva de mesa riegan por goteo las 24 horas. El contraste es el resumen del valle del Sayhua: el agua existe, pero está bajo tierra y la saca quien puede pagar un pozo de 120 metros.

        La Municipalidad Provincial de Quilcana reparte cisternas gratuitas en ocho asentamientos y acaba de poner en marcha un pozo en Los Pisqueros. La alcaldesa Marisol Yataco dice que no le alcanza: «Somos la capital de la región y tenemos barrios como en los años ochenta. El agua es competencia de muchos y responsabilidad de nadie».

        Mientras tanto, en Santa Rosita, doña Lucila sigue contando los baldes.""",
        m="I A",
        tone="0",
        note="a feature on water scarcity with the municipality's efforts and limits: neutral; cisterns and supply are no topic",
    ),
    S(
        "w089",
        "cronicas",
        "2026-11-08T20:00:00-05:00",
        "Lo que el sismo de Quilcana dejó al descubierto",
        """El sismo del sábado no mató a nadie en Quilcana, y eso fue suerte, no prevención. Basta caminar por Acequia Alta para ver casas de adobe con segundos pisos de ladrillo construidos encima, sin columnas, sin licencia, sin que nadie los detuviera.

        La municipalidad quilcanina tiene dos inspectores de obra para una ciudad de 180 000 habitantes. En 2025 otorgó 312 licencias de construcción; en el mismo año, según el colegio de ingenieros, se levantaron más de 2 000 edificaciones. El resto se hizo a la mala, a la vista de todos.

        El subgerente Walter Bendezú lleva meses pidiendo más personal, según él mismo ha declarado. Ojalá el próximo sismo no nos encuentre igual.""",
        m="I D",
        tone="-",
        note="an opinion piece blaming the municipality's lack of building control; no topic",
    ),
    S(
        "w090",
        "cronicas",
        "2026-11-10T11:00:00-05:00",
        "Marisol Yataco, la voz del festejo que canta por su tierra herida",
        """A Marisol Yataco la encontramos en el patio de su casa en Las Palmeras, con un cajón entre las piernas y el celular lleno de mensajes. Un día antes había cantado en el concierto por los damnificados del sismo y todavía tenía la voz ronca.

        «Yo aprendí a cantar en la vendimia, con las mujeres que pisaban la uva», cuenta. A los 34 años, tiene cinco discos y una gira por tres países. Lo que no tiene, dice riendo, es parentesco con la política: «Me preguntan todo el tiempo si soy familia de la alcaldesa. No, somos Yataco de ramas distintas, como medio valle».

        Su próximo disco estará dedicado a las cantoras de algodonal.""",
        about=False,
        note="namesake: the singer's profile; 'la alcaldesa' bare, not a mention",
    ),
    S(
        "w091",
        "cronicas",
        "2026-11-11T10:15:00-05:00",
        "Las recicladoras de Quilcana ya tienen sueldo, uniforme y seguro",
        """Hace dos años, Rosa Cabrera recogía botellas en el botadero de Cerro Colorado entre el humo y los perros. Hoy recorre con un triciclo 200 casas de la urbanización Santa Lucía, que le entregan el plástico y el cartón ya separados, y gana 1 300 soles al mes.

        Es una de las 140 recicladoras formalizadas por la Municipalidad Provincial de Quilcana con la ordenanza de segregación que impulsó la teniente alcaldesa Milagros Donayre Cartagena. Tienen uniforme, seguro de salud y un centro de acopio en la avenida Industrial. En ocho meses recuperaron 2 300 toneladas de residuos reciclables.

        «Ya no me dicen cachinera, me dicen señora Rosa», cuenta.""",
        m="I T",
        t="limpieza",
        tone="+",
        note="a recycling programme's outcomes told through a person and figures",
    ),
    S(
        "w092",
        "cronicas",
        "2026-11-12T09:00:00-05:00",
        "Hospital Regional de Quilcana: siete años de obra y ninguna cama nueva",
        """El bloque de hospitalización del Hospital Regional de Quilcana debía inaugurarse en 2021. Hoy es un esqueleto de concreto con fierros oxidados y una reja con candado. Mientras tanto, los pacientes del viejo hospital esperan en camillas en el pasadizo.

        El Gobierno Regional de Cañamar resolvió el contrato en 2023 y promete una nueva licitación. La alcaldesa Marisol Yataco ha enviado tres oficios en el año pidiendo al menos médicos para la emergencia. «Nosotros no podemos construir un hospital, pero sí podemos hacer ruido hasta que lo terminen», dice.

        Los médicos calculan que faltan 120 camas en la ciudad.""",
        m="A",
        t="salud",
        tone="0",
        note="a regional hospital's failure; the Mayor presses the region (neutral toward us) and the story takes salud",
    ),
    S(
        "w093",
        "cronicas",
        "2026-11-13T12:00:00-05:00",
        "Nepotismo a la provinciana: el caso de la municipalidad quilcanina",
        """El truco es viejo: el funcionario no contrata a su pariente; lo contrata el funcionario de la oficina de al lado, y él devuelve el favor. La ley de nepotismo solo prohíbe que uno firme la contratación de su propio familiar.

        En la municipalidad quilcanina, el regidor Hugo Muñante Salas ha documentado cinco casos de ese tipo este año, con contratos por 186 000 soles. El gerente municipal Renzo Aquije Tataje sostiene que todos son legales. Puede que tenga razón en lo formal. Lo que no explica es por qué, entre cientos de postulantes, los elegidos son justamente cuñados y sobrinos.""",
        m="I R G",
        tone="-",
        note="an opinion piece on a nepotism accusation; no topic",
    ),
    S(
        "w094",
        "cronicas",
        "2026-11-14T10:30:00-05:00",
        "San Cipriano, el distrito que convirtió su basura en abono",
        """En San Cipriano, un distrito de 14 000 habitantes del valle del Sayhua, los restos de la uva, la poda de las parras y la basura orgánica de las casas terminan en una planta de compost junto al cementerio. El abono se vende a los viñedos a 12 soles el saco.

        «Antes quemábamos todo y el humo llegaba hasta la escuela», recuerda el alcalde distrital Ernesto Yataco Pecho. La planta procesa 6 toneladas diarias y ha reducido a la mitad la basura que el distrito envía al botadero provincial.

        El alcalde Yataco quiere duplicar la planta en 2027.""",
        about=False,
        note="namesake: another district's Mayor ('el alcalde Yataco'); limpieza keywords in another district",
    ),
    S(
        "w095",
        "cronicas",
        "2026-11-15T18:00:00-05:00",
        "Quilcana, una semana después del sismo: las cifras",
        """Siete días después del sismo de magnitud 5,9, estas son las cifras de la Municipalidad Provincial de Quilcana y del Indeci.

        Viviendas evaluadas: 1 120. Inhabitables: 62. Con daños reparables: 214. Familias en el albergue del coliseo Cerro Prieto: 40. Módulos de vivienda en instalación: 48. Locales públicos con daños: 9, entre ellos el mercado Arenales, ya reabierto, y el coliseo Cerro Prieto. Réplicas registradas por el IGP: 37, la mayor de 4,8.

        El subgerente Walter Bendezú Yarasca calcula que la evaluación de los anexos rurales terminará el próximo viernes.""",
        m="I D",
        tone="0",
        note="a neutral data summary",
    ),
    S(
        "w096",
        "cronicas",
        "2026-11-16T09:45:00-05:00",
        "Me volqué en un tubular en Huacaylla y nadie fiscaliza a nadie",
        """El tubular en el que subí con mi hermana el domingo no tenía cinturones, solo una barra oxidada para agarrarse. En la tercera duna el chofer aceleró de más, la máquina se fue de costado y rodamos. Mi hermana tiene la clavícula rota.

        Pregunté en la caseta de la laguna quién controla a estos operadores. Me dijeron que el municipio quilcanino «está empadronando». A la fecha, según la propia municipalidad, solo 47 de los 120 tubulares tienen permiso. Los demás trabajan igual, a la vista de todos, cada fin de semana.

        No escribo esto para espantar a nadie de Huacaylla, que es precioso. Lo escribo para que alguien haga su trabajo antes de que haya un muerto.""",
        m="I",
        tone="-",
        note="a first-person blog post blaming lax municipal control; tourism and transit are no topic",
    ),
    # --- Quilcana al Instante: a city site without a feed, followed through its section page -----------------------------
    S(
        "w097",
        "instante",
        "2026-11-02",
        "Rentas atenderá también los domingos durante la amnistía",
        """La oficina de administración tributaria de la Municipalidad Provincial de Quilcana atenderá los domingos de noviembre y diciembre, de 8 de la mañana a 1 de la tarde, mientras dure la amnistía del predial y los arbitrios.

        Para acogerse al beneficio basta presentar el DNI del titular del predio. Los contribuyentes con deudas en cobranza coactiva también pueden acogerse, informó la municipalidad.""",
        m="I",
        t="tributos",
        tone="0",
        note="a service notice: neutral",
    ),
    S(
        "w098",
        "instante",
        "2026-11-03",
        "Cierran dos cuadras de la avenida Sayhua por vaciado de concreto",
        """Las cuadras 10 y 11 de la avenida Sayhua estarán cerradas al tránsito desde el miércoles hasta el sábado por el vaciado de concreto de la losa, informó la Municipalidad de Quilcana.

        Las combis de las líneas 4 y 7 se desviarán por la calle Tacna. La comuna pide a los conductores respetar la señalización y a los vecinos no estacionar en la zona de trabajo.""",
        m="I",
        t="obras",
        tone="0",
        note="a works notice: neutral",
    ),
    S(
        "w099",
        "instante",
        "2026-11-04",
        "Juramentan 36 juntas vecinales de seguridad ciudadana",
        """La teniente alcaldesa Milagros Donayre Cartagena tomó juramento el martes a 36 juntas vecinales de seguridad ciudadana de los sectores del cercado, San Judas y el 28 de Julio.

        Las juntas recibirán chalecos, silbatos y un grupo de WhatsApp conectado con la central del serenazgo. Se reunirán una vez al mes con el comisario de su sector.""",
        m="T",
        t="seguridad",
        tone="0",
        note="a neutral ceremony report",
    ),
    S(
        "w100",
        "instante",
        "2026-11-06",
        "Director Hugo Muñante Rivas recibe las Palmas Magisteriales",
        """El director del colegio Santa Rosa, Hugo Muñante Rivas, recibió las Palmas Magisteriales en el grado de Educador por sus 31 años de docencia en Quilcana.

        Muñante Rivas fundó el taller de robótica del colegio, cuyos alumnos ganaron el concurso nacional de 2025 con un sistema de riego por goteo hecho con botellas recicladas.""",
        about=False,
        note="namesake: a head teacher called Hugo Muñante (the regidor is Hugo Muñante Salas)",
    ),
    S(
        "w101",
        "instante",
        "2026-11-08",
        "Coliseo Cerro Prieto funciona como albergue para 40 familias",
        """La Municipalidad Provincial de Quilcana habilitó desde el sábado por la noche el coliseo Cerro Prieto como albergue temporal para las familias que no pueden volver a sus casas tras el sismo.

        Hay 40 familias, 160 personas, con colchones, frazadas, tres comidas diarias y atención médica. El subgerente Walter Bendezú Yarasca informó que el albergue funcionará hasta que se instalen los módulos de vivienda.""",
        m="I D",
        tone="+",
        note="relief in place the same night, told through facts",
    ),
    S(
        "w102",
        "instante",
        "2026-11-09",
        "Campaña de salud en Acequia Alta: 600 atenciones en un día",
        """Médicos, enfermeras y psicólogos atendieron el domingo a 600 vecinos de Acequia Alta en la campaña de salud que organizaron la Municipalidad de Quilcana y la red de salud.

        Hubo consultas de medicina general, vacunas contra el tétanos para quienes remueven escombros y atención psicológica para niños. La teniente alcaldesa Milagros Donayre informó que la campaña se repetirá el próximo domingo.""",
        m="I T",
        t="salud",
        tone="+",
        note="a health campaign's figures",
    ),
    S(
        "w103",
        "instante",
        "2026-11-10",
        "Multas de hasta 2 750 soles por arrojar desmonte en la vía pública",
        """La Municipalidad Provincial de Quilcana recordó que arrojar desmonte o escombros en la vía pública se sanciona con una multa de 2 750 soles y el decomiso del vehículo.

        Tras el sismo, los escombros de las casas demolidas deben llevarse a la escombrera autorizada de la avenida Industrial, que atenderá gratis hasta el 30 de noviembre.""",
        m="I",
        t="limpieza",
        tone="0",
        note="an enforcement notice: neutral",
    ),
    S(
        "w104",
        "instante",
        "2026-11-11",
        "Santa Rosita sigue esperando la pista prometida en 2024",
        """En marzo de 2024, la alcaldesa Marisol Yataco llegó a Santa Rosita y prometió que en un año la avenida principal del asentamiento tendría pista y veredas. Dos años y medio después, la avenida sigue siendo de tierra.

        El expediente técnico se aprobó recién en agosto de este año y la obra no tiene fecha de licitación. Los vecinos dicen que cada vez que pasa una combi levanta tanto polvo que los niños se enferman de los bronquios.""",
        m="A",
        t="obras",
        tone="-",
        note="criticism through facts: a promise not kept ('sigue esperando')",
    ),
    S(
        "w105",
        "instante",
        "2026-11-12",
        "Jirón Quilcana, en Lima: vecinos denuncian basura y robos",
        """Los vecinos del jirón Quilcana, en el distrito limeño de Breña, denunciaron que la basura se acumula en la esquina con el jirón Huaraz y que en el último mes hubo cuatro robos al paso.

        Los vecinos pidieron a la municipalidad de Breña más serenos y un horario fijo de recojo. El jirón, de cinco cuadras, lleva el nombre de la ciudad sureña desde 1950.""",
        about=False,
        note="a Lima street of the same name: 'basura', 'robos', 'serenos' there; not ours",
    ),
    S(
        "w106",
        "instante",
        "2026-11-13",
        "Reabre el mercado Arenales tras la evaluación estructural",
        """El mercado Arenales reabrió el jueves con sus 420 puestos después de cinco días cerrado. Los ingenieros de la Municipalidad Provincial de Quilcana comprobaron que las grietas de la nave central eran superficiales y reforzaron dos columnas.

        El subgerente Walter Bendezú Yarasca entregó a los comerciantes el certificado de seguridad. Los comerciantes de la nave de carnes volverán el lunes, cuando terminen los trabajos de su techo.""",
        m="I D",
        tone="+",
        note="a quick reopening after inspection: positive; no topic",
    ),
    S(
        "w107",
        "instante",
        "2026-11-15",
        "Concejal Muñante: dos compactadoras nuevas ya están en el taller",
        """El concejal Hugo Muñante Salas afirmó que dos de los cuatro camiones compactadores entregados hace diez días ya están en el taller por fallas en el sistema hidráulico.

        «Se compraron sin garantía local y ahora hay que esperar repuestos de Lima», dijo el regidor Muñante, que mostró fotos de los camiones en el taller municipal. Pidió que se revise el proceso de compra.""",
        m="R",
        t="limpieza",
        tone="-",
        note="an opposition councillor's complaint about garbage trucks",
    ),
    S(
        "w108",
        "instante",
        "2026-11-16",
        "Desde el lunes, el recojo de basura del cercado será de noche",
        """Desde el lunes 23, el camión recolector pasará por el cercado entre las 8 de la noche y las 2 de la mañana, informó la municipalidad quilcanina.

        Los vecinos deberán sacar sus bolsas después de las 7 de la noche. Quienes saquen la basura fuera de hora podrán ser multados con 110 soles.""",
        m="I",
        t="limpieza",
        tone="0",
        note="a service notice with a fine: neutral",
    ),
    # --- Revista Desierto y Vid: opinion columns and letters to the editor, full text in the description ------------------
    S(
        "w109",
        "desierto",
        "2026-11-03T08:00:00-05:00",
        "El agua que no vemos",
        """Por Irene Bendezú Laos. Cuando uno baja del bus en el valle del Sayhua ve viñedos, palmeras y algodonales, y cree que aquí sobra el agua. Es una ilusión. Casi toda viene de abajo, de un acuífero que se llenó durante miles de años y que estamos vaciando en dos generaciones.

        Los números de la Autoridad Nacional del Agua son conocidos: se extraen 320 millones de metros cúbicos al año y se recargan 210. La diferencia la pagamos con pozos cada vez más hondos y más caros. Los grandes fundos pueden perforar a 150 metros; el pequeño parcelero de uva quebranta, no.

        No hay salida sin medir cada pozo, cobrar el agua según lo que se usa y recargar el acuífero en los años de avenida. Es aburrido, es técnico y no da votos. Por eso nadie lo hace.""",
        about=False,
        note="an opinion column on the aquifer with no municipal angle; the columnist's surname is not a mention",
    ),
    S(
        "w110",
        "desierto",
        "2026-11-07T08:00:00-05:00",
        "Cuatro compactadoras y una lección",
        """Por Julio César Cabrera. En marzo escribí en esta columna que los asentamientos del sur de Quilcana recibían el camión de la basura dos veces por semana, cuando tenían suerte. Esta semana la municipalidad quilcanina puso en servicio cuatro compactadoras nuevas y, desde el miércoles, el camión pasa todos los días por Nueva Esperanza, Santa Rosita y el 28 de Julio.

        Lo comprobé el jueves y el viernes: a las 7 de la mañana, en la esquina del mercadillo de Santa Rosita, ya no había bolsas. Los vecinos con los que hablé tenían la misma sorpresa. La compra costó 2,1 millones y se hizo con precios del catálogo electrónico, sin adicionales.

        Corresponde decirlo con la misma claridad con que dije lo otro.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a column praising through verified facts, no praise words",
    ),
    S(
        "w111",
        "desierto",
        "2026-11-06T08:00:00-05:00",
        "Carta: Pagué el predial y mi calle sigue de tierra",
        """Señor director: Soy vecina del pasaje Los Olivos, en la urbanización San Judas, desde 1998. Todos los años, en febrero, pago puntualmente mi impuesto predial y mis arbitrios: este año, 986 soles. Tengo los recibos.

        En 28 años, el pasaje no ha tenido pista ni vereda. Cuando llueve, cosa rara aquí, se vuelve un barrial; el resto del año es un polvorín. He presentado cuatro solicitudes a la municipalidad quilcanina y la última respuesta fue que «está en la cartera de proyectos». Me pregunto en qué gastan lo que pagamos. Atentamente, Ana María Ormeño Tello, DNI 21xxxxxx.""",
        m="I",
        t="obras tributos",
        tone="-",
        note="a reader's letter about paying municipal taxes and getting no street works: both topics carry the letter",
    ),
    S(
        "w112",
        "desierto",
        "2026-11-09T08:00:00-05:00",
        "Lo que pasó después de las 2.22",
        """Por Julio César Cabrera. A las 2.22 tembló. A las 3 de la tarde, la alcaldesa Marisol Yataco Cordero ya había instalado la plataforma de Defensa Civil en la plaza, porque el palacio municipal también tiene grietas. A las 4, seis brigadas estaban en Acequia Alta. A las 8 de la noche, el coliseo Cerro Prieto recibía a las primeras familias con colchones y sopa caliente.

        Al día siguiente, a las 8 de la noche, había una lista de 410 casas evaluadas. Faltaron carpas, sí, y los vecinos tuvieron razón en reclamar. Pero quien haya vivido el terremoto de hace diecinueve años en la costa sur recordará que entonces pasaron tres días antes de que alguien supiera cuántas casas se habían caído.

        Los hechos de ese primer día y medio deberían quedar escritos en un protocolo.""",
        m="A",
        tone="+",
        note="a column favourable through a timeline of facts; it concedes a shortcoming but the weight is positive",
    ),
    S(
        "w113",
        "desierto",
        "2026-11-12T08:00:00-05:00",
        "Camionetas sin gasolina: un monumento a la planificación",
        """Por Rebeca Tataje. Hay que reconocerle a la comuna quilcanina un talento especial: compró catorce camionetas para el serenazgo, las pintó, les puso sirena y cinta reflectiva, las bendijo el párroco y salieron en la foto. Lo único que olvidó fue la gasolina.

        Seis de ellas están paradas desde hace nueve días porque el contrato con el grifo venció y a nadie se le ocurrió convocar uno nuevo a tiempo. Es un logro de la gestión moderna: camionetas que vigilan sin moverse. Así se ahorra en llantas, supongo. Los ladrones, agradecidos.""",
        m="I",
        t="seguridad",
        tone="-",
        note="sarcasm ('un talento especial', 'un logro de la gestión moderna')",
    ),
    S(
        "w114",
        "desierto",
        "2026-11-11T08:00:00-05:00",
        "Arbitrios: ni tanto ni tan poco",
        """Por Irene Bendezú Laos. El concejo de la Municipalidad Provincial de Quilcana aprobó un alza de 4,5 % en los arbitrios. La teniente alcaldesa Milagros Donayre tiene razón en algo: el combustible y los sueldos suben, y un servicio sin plata se cae. El regidor Hugo Muñante también tiene razón en algo: en los asentamientos el servicio no vale lo que cuesta.

        Lo sensato habría sido una tasa diferenciada, más baja donde el servicio es peor y más alta en las zonas comerciales, que generan más basura. Todavía hay tiempo para hacerlo al ratificar la ordenanza.""",
        m="I T R",
        t="tributos",
        tone="0",
        note="a balanced column: both sides given reason; neutral; the columnist Irene Bendezú is not the risk manager",
    ),
    S(
        "w115",
        "desierto",
        "2026-11-12T08:00:00-05:00",
        "Carta: La universidad también mide el acuífero",
        """Señor director: En relación con la columna «El agua que no vemos», quisiera precisar que el laboratorio de Hidrogeología de la Universidad Nacional Santa Lucía de Cañamar mide desde 2019 el nivel de 46 pozos de observación del valle del Sayhua, y sus datos son públicos.

        Nuestros registros confirman el descenso de un metro por año y muestran que en el sector de Pampa Larga la caída llega a 1,8 metros. Invitamos a los regantes y a las autoridades a usarlos. Atentamente, Dr. Ramiro Yarasca Pecho, profesor principal.""",
        about=False,
        note="a letter about the university's aquifer data; no municipal angle; the writer's surname matches an official's second surname",
    ),
    S(
        "w116",
        "desierto",
        "2026-11-13T08:00:00-05:00",
        "Las compactadoras y la Contraloría",
        """Por Rebeca Tataje. La Contraloría encontró que la municipalidad quilcanina pagó dos veces por el mismo mantenimiento de cinco compactadoras: 310 000 soles. El gerente municipal Renzo Aquije dice que son dos servicios distintos, uno preventivo y otro correctivo.

        Puede ser. Pero entonces sobran preguntas: ¿por qué las facturas describen los mismos trabajos con las mismas palabras? ¿Por qué dos de esos camiones siguen en el taller si los repararon dos veces? Los vecinos que esperan el camión en las esquinas merecen respuestas con papeles, no con adjetivos.""",
        m="I G",
        t="limpieza",
        tone="-",
        note="a critical column on an audit finding the manager denies",
    ),
    S(
        "w117",
        "desierto",
        "2026-11-14T08:00:00-05:00",
        "Carta: Gracias a los serenos del turno noche",
        """Señor director: El martes a las dos de la mañana mi esposo sufrió un infarto en nuestra casa de San Judas. La ambulancia no tenía unidad disponible. Llamé a la central del serenazgo y en seis minutos llegó una camioneta con dos serenos que lo cargaron y lo llevaron al hospital regional, donde lo atendieron a tiempo.

        Hoy mi esposo está en casa. Quiero agradecer públicamente a los serenos Julián y Pedro, del turno noche, y a la operadora que me atendió con calma. Atentamente, Norma Uchuya de Cabrera.""",
        about=True,
        t="seguridad",
        tone="+",
        note="a letter praising the city's serenos with no name of ours ('el serenazgo', no alias): about us, no mention",
    ),
    S(
        "w118",
        "desierto",
        "2026-11-15T08:00:00-05:00",
        "Cuatro mil órdenes de servicio a la vista",
        """Por Julio César Cabrera. Desde el 1 de octubre, la MPQ publica en su portal cada orden de compra y de servicio el mismo día en que se emite: proveedor, monto, plazo y área que la pidió. Van 4 210 órdenes. Cualquiera puede descargarlas en una hoja de cálculo.

        Fue así, revisando esas hojas, como el propio regidor de oposición armó su denuncia de contratos a familiares. Un municipio que publica los datos con los que lo critican no es algo que se vea todos los días en la región.""",
        m="I",
        tone="+",
        note="a column crediting a transparency practice through facts; the nepotism charge is a passing mention; 'el propio regidor de oposición' names no one",
    ),
    S(
        "w119",
        "desierto",
        "2026-11-16T08:00:00-05:00",
        "¿Quién fiscaliza a los tubulares?",
        """Por Rebeca Tataje. El domingo se volcó otro tubular en Huacaylla y una turista terminó con la clavícula rota. El municipio quilcanino empezó a empadronar a los operadores hace cuatro meses y todavía no llega a la mitad: 47 de 120.

        La ordenanza es buena en el papel: revisión técnica, seguro, cinturones de cuatro puntos. Pero una ordenanza sin inspectores en la duna es un saludo a la bandera. Bastaría con una caseta a la entrada de la laguna y dos inspectores el fin de semana. No se necesita más.""",
        m="I",
        tone="-",
        note="criticism of the municipality's lax control; tourism is no topic",
    ),
    S(
        "w120",
        "desierto",
        "2026-11-16T10:00:00-05:00",
        "Carta: La municipalidad precisa sobre sus compactadoras",
        """Señor director: En relación con la columna «Las compactadoras y la Contraloría», la Municipalidad Provincial de Quilcana precisa que los servicios de mantenimiento observados corresponden a trabajos distintos, con órdenes, informes técnicos y repuestos diferentes, que serán presentados en el descargo ante la Contraloría.

        Los dos camiones que permanecen en el taller esperan un repuesto importado que no formaba parte de esos servicios. Atentamente, Renzo Aquije Tataje, gerente municipal.""",
        m="I G",
        t="limpieza",
        tone="-",
        note="the municipality's own rectification of an accusation: still a story about the accusation (negative)",
    ),
    # --- Cañamar Noticias: regional news site; teasers in RSS, full text on the page --------------------------------------
    S(
        "w121",
        "canamar",
        "2026-11-02T12:00:00-05:00",
        "Región y Municipalidad de Quilcana firman convenio para perforar tres pozos",
        """El gobernador regional Augusto Pecho Laos y la alcaldesa de Quilcana, Marisol Yataco Cordero, firmaron un convenio para perforar tres pozos tubulares en los asentamientos del sur de la ciudad, con una inversión de 5,4 millones de soles.

        El Gobierno Regional de Cañamar aportará el 60 % y la Municipalidad de Quilcana, el resto, además de los expedientes técnicos. Los pozos deberán contar con licencia de la Autoridad Nacional del Agua antes de la licitación, prevista para febrero.""",
        m="A I",
        t="obras",
        tone="0",
        note="an agreement for municipal wells announced: neutral",
    ),
    S(
        "w122",
        "canamar",
        "2026-11-04T12:00:00-05:00",
        "Sancavilca: municipio provincial embargará cuentas de deudores del predial",
        """La Municipalidad Provincial de Sancavilca anunció que desde diciembre embargará las cuentas bancarias de 3 400 contribuyentes que deben el impuesto predial de más de dos años.

        El alcalde provincial Óscar Ramos Tello dijo que la deuda acumulada supera los 11 millones de soles y que la provincia no puede financiar el recojo de basura «con la plata de los que sí pagan».""",
        about=False,
        note="the neighbouring provincial municipality; tributos keywords, not ours",
    ),
    S(
        "w123",
        "canamar",
        "2026-11-05T12:00:00-05:00",
        "Panamericana urbana de Quilcana estrena 1 200 luminarias LED",
        """Los cuatro kilómetros de la Panamericana Sur que atraviesan Quilcana, entre el óvalo Los Pisqueros y la salida a Pampa Larga, tienen desde el miércoles 1 200 luminarias LED que reemplazan a los antiguos focos de sodio, muchos de ellos apagados.

        El municipio quilcanino calcula que la factura de alumbrado bajará 45 % en ese tramo. Los trabajadores agrícolas que esperan sus buses de madrugada en los paraderos de la vía fueron los primeros en notarlo.""",
        m="I",
        tone="+",
        note="street lighting installed: positive, none of the five topics",
    ),
    S(
        "w124",
        "canamar",
        "2026-11-06T12:00:00-05:00",
        "Regidor Muñante pide explicaciones por el retraso de la avenida Sayhua",
        """El regidor Hugo Muñante Salas presentó un pedido formal de información sobre la pavimentación de la avenida Sayhua, que debió entregarse en julio y va por la mitad.

        El regidor quiere saber cuánto se ha pagado al consorcio, cuántas penalidades se le han aplicado y por qué no se resolvió el contrato. «Cada mes de retraso son comerciantes que quiebran», afirmó.""",
        m="R",
        t="obras",
        tone="-",
        note="an opposition demand over a delayed municipal work",
    ),
    S(
        "w125",
        "canamar",
        "2026-11-08T12:00:00-05:00",
        "La torre de La Merced, con daños severos tras el sismo",
        """La torre de la iglesia de La Merced, el templo más antiguo de Quilcana, construido en 1760, presenta una grieta de tres metros que la atraviesa de lado a lado. El arzobispado cerró el templo y el Ministerio de Cultura envió a dos especialistas.

        Los fieles trasladaron la imagen del Señor de los Milagros a la capilla del colegio Santa Rosa, desde donde saldrá la procesión de este mes.""",
        about=False,
        note="quake damage to a church in the city; the Church and Culture ministry act, no municipal angle",
    ),
    S(
        "w126",
        "canamar",
        "2026-11-09T12:00:00-05:00",
        "Familias de Acequia Alta reciben agua, víveres y frazadas",
        """La Municipalidad Provincial de Quilcana repartió el domingo 600 canastas de víveres, 1 200 frazadas y 40 000 litros de agua a las familias damnificadas de Acequia Alta y del centro histórico.

        Las canastas incluyen arroz, azúcar, aceite, menestras y leche para una semana. La distribución se hizo casa por casa con el padrón que elaboraron las brigadas de evaluación.""",
        m="I",
        tone="+",
        note="relief delivered, told through figures",
    ),
    S(
        "w127",
        "canamar",
        "2026-11-10T12:00:00-05:00",
        "Comerciantes del Arenales podrán pagar la sisa con código QR",
        """Desde diciembre, los 420 comerciantes del mercado Arenales podrán pagar la sisa diaria con un código QR que la Municipalidad de Quilcana pegará en cada puesto. El cobrador seguirá pasando para quienes prefieran pagar en efectivo.

        La administración del mercado informó que el pago digital permitirá llevar un registro de cada puesto y evitar cobros indebidos.""",
        m="I",
        t="tributos",
        tone="0",
        note="the market fee is tributos municipales; a neutral notice",
    ),
    S(
        "w128",
        "canamar",
        "2026-11-11T12:00:00-05:00",
        "La burgomaestra de Los Molles denuncia que camiones de Quilcana arrojan basura en su distrito",
        """La alcaldesa distrital de Los Molles, Nancy Hernández Pecho, denunció que camiones compactadores de la Municipalidad Provincial de Quilcana descargan basura por las noches en una quebrada seca de su distrito, a tres kilómetros del pueblo.

        La burgomaestra mostró videos en los que se ve a dos camiones con el logo municipal vaciando su carga. «Nuestro distrito no es el basural de la provincia», dijo. La subgerencia de limpieza pública informó que investigará a los choferes.""",
        m="I",
        t="limpieza",
        tone="-",
        note="'la burgomaestra' is another district's Mayor, not ours; the accusation is against our institution",
    ),
    S(
        "w129",
        "canamar",
        "2026-11-12T12:00:00-05:00",
        "Agroexportadoras y municipio construirán cinco paraderos iluminados en la Panamericana",
        """La Municipalidad Provincial de Quilcana y seis empresas agroexportadoras acordaron construir cinco paraderos techados, iluminados y con cámaras en la Panamericana Sur, donde cada madrugada miles de trabajadores esperan los buses de los fundos.

        En lo que va del año, la comisaría de la salida sur registró 74 asaltos a trabajadores en esos paraderos. El gerente municipal Renzo Aquije Tataje informó que las cámaras estarán conectadas a la central de videovigilancia y que las empresas financiarán el 70 % de la obra.""",
        m="I G",
        t="seguridad",
        tone="+",
        note="an agreement against assaults at dawn bus stops: seguridad is what it is about; positive",
    ),
    S(
        "w130",
        "canamar",
        "2026-11-13T12:00:00-05:00",
        "Municipio evaluará las estructuras de doce colegios antes del regreso a clases",
        """A pedido de la UGEL Quilcana, la Municipalidad Provincial de Quilcana evaluará esta semana las estructuras de doce colegios del centro histórico que suspendieron clases tras el sismo.

        El subgerente Walter Bendezú Yarasca dijo que los informes estarán listos el viernes y que solo volverán a clases los locales sin riesgo.""",
        m="I D",
        tone="0",
        note="neutral announcement; disaster risk is no topic",
    ),
    S(
        "w131",
        "canamar",
        "2026-11-14T12:00:00-05:00",
        "Alcaldesa Yataco: «En 2027 no habrá aumento del predial»",
        """La alcaldesa de Quilcana, Marisol Yataco Cordero, anunció que el valor de los autovalúos se mantendrá en 2027 y que el impuesto predial no subirá, salvo por la actualización de los aranceles que fija el Ministerio de Vivienda.

        Precisó que la medida no alcanza a los arbitrios, cuya alza de 4,5 % ya fue aprobada por el concejo.""",
        m="A",
        t="tributos",
        tone="0",
        note="a tax announcement: neutral",
    ),
    S(
        "w132",
        "canamar",
        "2026-11-15T12:00:00-05:00",
        "Réplica de 4,8 despierta a Quilcana; no hay daños",
        """Una réplica de magnitud 4,8 se sintió a las 4.05 de la madrugada del domingo en Quilcana, Sancavilca y Los Molles. El Instituto Geofísico del Perú ubicó el epicentro a 52 kilómetros de Punta Lobera.

        Muchos vecinos salieron a la calle en pijama. No se reportaron daños. Es la réplica número 37 desde el sismo del 7 de noviembre.""",
        about=False,
        note="an aftershock felt in the city with no municipal role",
    ),
    # --- Zona Sur Informa: short social-media-style notes ------------------------------------------------------------------
    S(
        "w133",
        "zonasur",
        "2026-11-02T21:15:00-05:00",
        "#ATENCIÓN | Mañana no hay recojo de basura en Las Dunas",
        """#ATENCIÓN vecinos de Las Dunas y Villa El Huarango: mañana martes NO pasará el carro recolector por mantenimiento de las unidades, informó la municipalidad provincial. Sacar las bolsas recién el miércoles a las 7 a. m. ¡Compartan! 🚛🗑️""",
        about=True,
        t="limpieza",
        tone="0",
        note="a service notice with only 'la municipalidad provincial': about us, no mention",
    ),
    S(
        "w134",
        "zonasur",
        "2026-11-04T13:40:00-05:00",
        "🔴 Asaltan a cambista en la calle Lima; serenos llegaron 20 minutos después",
        """🔴 AHORA | Dos delincuentes en moto asaltaron a un cambista en la calle Lima, frente a la farmacia, y se llevaron unos 8 000 soles. Testigos dicen que los serenos llegaron 20 minutos después, cuando ya no había nada que hacer. La central de cámaras de la comuna queda a cuatro cuadras. 😡 ¿Para qué están entonces?""",
        about=True,
        t="seguridad",
        tone="-",
        note="criticism of the city's serenos with only 'la comuna' and 'los serenos': about us, no mention",
    ),
    S(
        "w135",
        "zonasur",
        "2026-11-06T19:00:00-05:00",
        "#Dengue | Fumigación el lunes en Nueva Esperanza",
        """#Dengue 🦟 El lunes 9 la Municipalidad de Quilcana fumigará las manzanas A a la M de Nueva Esperanza. Dejen las puertas abiertas, tapen alimentos y agua, y saquen a las mascotas. Horario: 7 a. m. a 4 p. m.""",
        m="I",
        t="salud",
        tone="0",
        note="a neutral service notice",
    ),
    S(
        "w136",
        "zonasur",
        "2026-11-07T15:05:00-05:00",
        "#SISMO | Piden no acercarse a las casonas del jirón Bolognesi",
        """#SISMO ⚠️ La Municipalidad de Quilcana pide a los vecinos NO acercarse a las casonas de adobe del jirón Bolognesi y de la calle Libertad: hay cornisas sueltas. Las brigadas ya están en la zona. Si tu casa tiene rajaduras, llama al 256 4040.""",
        m="I",
        tone="0",
        note="a risk notice right after the quake: neutral, no topic",
    ),
    S(
        "w137",
        "zonasur",
        "2026-11-09T17:30:00-05:00",
        "#AHORA | Alcaldesa recorre Acequia Alta con la ministra de Vivienda",
        """#AHORA 📍 La alcaldesa Marisol Yataco recorre Acequia Alta con la ministra de Vivienda. Visitaron el pasaje San Martín y el albergue del coliseo Cerro Prieto. La ministra anunció 200 bonos de arrendamiento. Los vecinos pidieron que se los entreguen esta semana.""",
        m="A",
        tone="0",
        note="a neutral visit report",
    ),
    S(
        "w138",
        "zonasur",
        "2026-11-11T08:20:00-05:00",
        "Tres días sin agua en Los Pisqueros y el pozo nuevo apagado",
        """Tres días sin agua en Los Pisqueros 🚱 El pozo «nuevo» que inauguraron hace nueve días está apagado desde el sábado y nadie explica por qué. Las cisternas no aparecen. ¿Y la MPQ? Vecinos anuncian plantón mañana en el palacio municipal.""",
        m="I",
        tone="-",
        note="a complaint about water supply from a municipal well: none of the five topics",
    ),
    S(
        "w139",
        "zonasur",
        "2026-11-12T20:00:00-05:00",
        "Vacunatón en la plaza: 1 100 dosis en un día",
        """💉 1 100 vacunas aplicadas hoy en la vacunatón de la plaza de armas organizada por la municipalidad quilcanina y la red de salud: influenza, neumococo, VPH y sarampión. Hubo colas pero avanzaron rápido. El próximo sábado en el parque de Santa Rosita.""",
        m="I",
        t="salud",
        tone="+",
        note="a health campaign's figures",
    ),
    S(
        "w140",
        "zonasur",
        "2026-11-13T07:30:00-05:00",
        "#Tránsito | Puente Grau cerrado dos días por reparación",
        """#Tránsito 🚧 Desde hoy y hasta el sábado, el puente Grau estará cerrado para reparar las juntas de dilatación dañadas por el sismo, informó la Municipalidad Provincial de Quilcana. Desvío por el puente Los Viñedos. Salgan con tiempo.""",
        m="I",
        t="obras",
        tone="0",
        note="a works notice on a municipal bridge repair: obras, neutral",
    ),
    S(
        "w141",
        "zonasur",
        "2026-11-14T12:10:00-05:00",
        "Tres semanas y el bache de la Grau sigue ahí",
        """Tres semanas de reportado y el bache de la avenida Grau con Tacna sigue ahí 🕳️ Ayer tres carros con llanta reventada. Un mototaxi casi se voltea. @MPQ, ¿cuántos más? 📸 Foto: lector.""",
        m="I",
        t="obras",
        tone="-",
        note="a pothole left unrepaired; '@MPQ' carries the short name",
    ),
    S(
        "w142",
        "zonasur",
        "2026-11-16T09:00:00-05:00",
        "Recojo nocturno en el Arenales: la puerta de las verduras amaneció limpia",
        """Así amaneció hoy la puerta 3 del mercado Arenales 👇 Sin bolsas, sin olor. El municipio quilcanino empezó el recojo nocturno y el camión pasó a las 11 p. m. Los comerciantes dicen que es la primera vez en meses.""",
        m="I",
        t="limpieza",
        tone="+",
        note="the municipality fixing a problem it had: positive",
    ),
    # --- Portal Sur Digital: regional aggregator; a few stories of its own, then copies below ----------------------------
    S(
        "w143",
        "sursite",
        "2026-11-03T11:00:00-05:00",
        "Alcaldesa de Quilcana separa a jefe de licencias tras denuncia de cobros",
        """La alcaldesa provincial de Quilcana, Marisol Yataco Cordero, separó ayer del cargo al jefe de la oficina de licencias de funcionamiento, horas después de que un dueño de restaurante difundiera un audio en el que el funcionario le pedía 800 soles para «agilizar» su licencia.

        La alcaldesa entregó el audio a la Fiscalía Anticorrupción, abrió un proceso administrativo y ordenó revisar las 230 licencias tramitadas en el año. «Quien cobre un sol por un trámite se va a su casa y a la Fiscalía», dijo.

        La oficina será dirigida de manera interina por un abogado de la procuraduría municipal, y los trámites podrán hacerse en línea desde diciembre.""",
        m="A",
        tone="+",
        note="mixed: a bribery case inside the municipality, but headline and weight are the Mayor's swift action (a press officer takes it as positive)",
    ),
    S(
        "w144",
        "sursite",
        "2026-11-11T10:00:00-05:00",
        "Teniente alcaldesa asume el despacho por viaje de la alcaldesa a Lima",
        """La teniente alcaldesa Milagros Donayre Cartagena asumió desde hoy el despacho de alcaldía, mientras la alcaldesa Marisol Yataco Cordero viaja a Lima para pedir al Ministerio de Economía y Finanzas fondos para reconstruir las viviendas dañadas por el sismo.

        El encargo durará hasta el jueves, según la resolución publicada en el portal institucional.""",
        m="T A",
        tone="0",
        note="an administrative notice: neutral",
    ),
    S(
        "w145",
        "sursite",
        "2026-11-10T07:40:00-05:00",
        "Operativo retira de circulación doce buses de trabajadores agrícolas sin permiso",
        """En un operativo de madrugada en la salida sur de Quilcana, inspectores de la gerencia de transportes de la Municipalidad Provincial de Quilcana y la Policía revisaron 38 buses que trasladaban a trabajadores de los fundos hacia Pampa Larga.

        Doce unidades no tenían tarjeta de circulación ni revisión técnica vigente y fueron llevadas al depósito municipal; sus propietarios deberán pagar multas de 2 140 soles. Los 430 trabajadores que viajaban en ellas fueron trasladados en otros buses de las mismas empresas.

        Los operativos se repetirán cada semana hasta el fin de la campaña de cosecha.""",
        m="I",
        tone="0",
        note="an enforcement notice on transport of agro-export workers: neutral; transit is none of the five topics",
    ),
    S(
        "w146",
        "sursite",
        "2026-11-12T16:00:00-05:00",
        "MPQ lanza aplicativo para que vecinos reporten baches",
        """Los vecinos de Quilcana podrán reportar baches, buzones sin tapa y veredas rotas con una foto desde el aplicativo «Quilcana Reporta», que la MPQ lanzó ayer. Cada reporte recibirá un número de seguimiento.

        La gerencia de infraestructura se comprometió a responder en 72 horas y a reparar los baches en un plazo máximo de quince días.""",
        m="I",
        t="obras",
        tone="0",
        note="a new service announced (promises, no outcome yet): neutral",
    ),
    S(
        "w147",
        "sursite",
        "2026-11-15T13:00:00-05:00",
        "Serenos de Quilcana protestan por dos meses de sueldo impago",
        """Unos 90 serenos se plantaron ayer con sus uniformes frente al palacio municipal de Quilcana para exigir el pago de sus remuneraciones de setiembre y octubre. Trabajan bajo contrato de locación de servicios y no tienen vacaciones ni seguro.

        «Cuidamos la ciudad de noche y no tenemos para la pensión del colegio de nuestros hijos», dijo uno de ellos. La municipalidad quilcanina atribuyó el retraso a «un problema en el sistema de pagos» y prometió regularizarlo la próxima semana.""",
        m="I",
        t="seguridad",
        tone="-",
        note="unpaid municipal security staff: negative",
    ),
    # --- Syndicated copies: the same stories elsewhere, with their own headlines, leads and credit lines ------------------
    C(
        "w148",
        "w002",
        "sursite",
        "2026-11-03T09:00:00-05:00",
        "Quilcana: la avenida Sayhua suma cuatro meses de retraso",
        extra="Con información de La Prensa de Quilcana.",
    ),
    C(
        "w149",
        "w002",
        "canamar",
        "2026-11-03T12:30:00-05:00",
        "Avenida Sayhua, al 46 %: comerciantes denuncian pérdidas por la demora",
        lead="""Los comerciantes de la avenida Sayhua, en Quilcana, denuncian que sus ventas cayeron a la mitad por la demora de la obra de pavimentación, que a la fecha solo tiene 46 % de avance pese a que la Municipalidad Provincial de Quilcana fijó su entrega para el 31 de julio.""",
    ),
    C(
        "w150",
        "w004",
        "apn",
        "2026-11-04T14:00:00Z",
        "Quilcana: cámaras de videovigilancia permiten once detenciones en una semana",
        lead="""Quilcana, 4 nov (APN). Las 84 cámaras de la nueva central de videovigilancia de la Municipalidad Provincial de Quilcana permitieron detener a once personas en su primera semana de funcionamiento, según el reporte del serenazgo.""",
    ),
    C(
        "w151",
        "w006",
        "apn",
        "2026-11-04T18:00:00Z",
        "Nuevo pozo municipal lleva agua a 3 000 familias de Quilcana",
        lead="""Quilcana, 4 nov (APN). Tres mil familias de la urbanización Los Pisqueros, en Quilcana, reciben agua doce horas al día desde que entró en funcionamiento el pozo tubular perforado por la Municipalidad Provincial de Quilcana, que entrega 28 litros por segundo.""",
    ),
    C(
        "w152",
        "w006",
        "sursite",
        "2026-11-05T08:00:00-05:00",
        "Los Pisqueros ya tiene agua doce horas al día",
        extra="Fuente: La Prensa de Quilcana.",
    ),
    C(
        "w153",
        "w007",
        "sursite",
        "2026-11-05T09:30:00-05:00",
        "Denuncian ante el OEFA al botadero de Cerro Colorado",
        extra="Con información de La Prensa de Quilcana.",
    ),
    C(
        "w154",
        "w009",
        "sursite",
        "2026-11-06T10:00:00-05:00",
        "Marisol Yataco presenta «Cajón y arena» con teatro lleno",
        note="copy of a namesake story: the singer, not the Mayor",
    ),
    C(
        "w155",
        "w011",
        "canamar",
        "2026-11-07T12:00:00-05:00",
        "Basura se acumula en la puerta del mercado Arenales de Quilcana",
    ),
    C(
        "w156",
        "w013",
        "sursite",
        "2026-11-08T10:00:00-05:00",
        "Sismo: familias de Acequia Alta duermen en la calle a la espera de carpas",
        extra="Fuente: La Prensa de Quilcana.",
    ),
    C(
        "w157",
        "w015",
        "instante",
        "2026-11-10",
        "Colector de la avenida Grau, reparado en dos días",
    ),
    C(
        "w158",
        "w020",
        "sursite",
        "2026-11-12T09:00:00-05:00",
        "Serenazgo quilcanino, con seis camionetas paradas por falta de gasolina",
        note="copy; 'serenazgo quilcanino' in the headline is not the institution's name, which the body gives",
    ),
    C(
        "w159",
        "w022",
        "apn",
        "2026-11-13T15:00:00Z",
        "Contraloría observa pagos duplicados por S/ 310 000 en municipio de Quilcana",
        lead="""Quilcana, 13 nov (APN). La Contraloría General observó pagos duplicados por 310 000 soles en el mantenimiento de cinco camiones compactadores de la Municipalidad Provincial de Quilcana, según un informe de control publicado este jueves.""",
    ),
    C(
        "w160",
        "w022",
        "sursite",
        "2026-11-13T10:00:00-05:00",
        "Compactadoras: Contraloría halla pagos duplicados en Quilcana",
        extra="Con información de La Prensa de Quilcana.",
    ),
    C(
        "w161",
        "w025",
        "sursite",
        "2026-11-14T10:00:00-05:00",
        "Asentamiento 28 de Julio suma doce días sin casos de dengue",
    ),
    C(
        "w162",
        "w026",
        "canamar",
        "2026-11-15T12:00:00-05:00",
        "Quilcana: avenida Los Viñedos se entregó dos días antes del plazo",
    ),
    C(
        "w163",
        "w029",
        "apn",
        "2026-11-17T01:30:00Z",
        "Quilcana entrega 48 módulos de vivienda a damnificados del sismo",
        lead="""Quilcana, 16 nov (APN). La Municipalidad Provincial de Quilcana entregó 48 módulos de vivienda a familias del barrio de Acequia Alta que perdieron sus casas en el sismo del 7 de noviembre y que durante días durmieron en la calle.""",
        note="copy; UTC time after midnight, the Lima day is 16 November",
    ),
    C(
        "w164",
        "w032",
        "sursite",
        "2026-11-04T11:00:00-05:00",
        "Quilcana: regidor denuncia contratos a familiares de funcionarios",
        extra="Fuente: Diario Panorama Nacional.",
    ),
    C(
        "w165",
        "w039",
        "canamar",
        "2026-11-11T12:30:00-05:00",
        "Estudio: arbitrios de Quilcana son 38 % más caros que en Sancavilca",
    ),
    C(
        "w166",
        "w041",
        "sursite",
        "2026-11-13T09:00:00-05:00",
        "Segregación reduce 40 % la basura que va al botadero de Quilcana",
    ),
    C(
        "w167",
        "w044",
        "vinedos",
        "2026-11-16",
        "La alcaldesa reconoce que la avenida Sayhua estará lista recién en marzo",
        lead="""Y según publica hoy el Diario Panorama Nacional, la alcaldesa de Quilcana, Marisol Yataco Cordero, reconoció que la pavimentación de la avenida Sayhua no estará lista antes de marzo de 2027, ocho meses después de la fecha del contrato. La obra va en 52 %.""",
    ),
    C(
        "w168",
        "w046",
        "panorama",
        "2026-11-05T06:30:00-05:00",
        "Quilcana suma cuatro compactadoras a su flota de recojo de basura",
        extra="Con información de la Agencia de Prensa Nacional.",
    ),
    C(
        "w169",
        "w049",
        "sursite",
        "2026-11-09T14:00:00-05:00",
        "Marisol Yataco: «El Ejecutivo nos dejó solos»",
        note="copy; the Mayor criticising the national government (neutral); 'Marisol Yataco' here is the Mayor",
    ),
    C(
        "w170",
        "w050",
        "prensa",
        "2026-11-10T20:00:00-05:00",
        "Contraloría: la defensa ribereña del Sayhua avanza solo 18 %",
        extra="La alcaldesa Marisol Yataco no respondió a las llamadas de este diario.",
        m="I A",
        note="copy whose added line names the Mayor",
    ),
    C(
        "w171",
        "w052",
        "instante",
        "2026-11-13",
        "Recaudación del predial crece 22 % con el pago digital",
    ),
    C(
        "w172",
        "w054",
        "sursite",
        "2026-11-14T12:00:00-05:00",
        "Investigan compra de terreno sobrevalorado para relleno sanitario en Quilcana",
        extra="Fuente: APN.",
    ),
    C(
        "w173",
        "w063",
        "sursite",
        "2026-11-08T15:00:00-05:00",
        "«Nadie de la municipalidad ha venido»: la queja en Acequia Alta",
        extra="Fuente: Radio Viñedos 101.5 FM.",
    ),
    C(
        "w174",
        "w069",
        "zonasur",
        "2026-11-14T11:00:00-05:00",
        "¡Por fin! Seis contenedores en el mercado Arenales",
    ),
    C(
        "w175",
        "w075",
        "sursite",
        "2026-11-05T09:00:00-05:00",
        "Escolares de Nueva Esperanza ya tienen puente sobre la acequia La Mochica",
        extra="Fuente: Quilcana TV Canal 4.",
    ),
    C(
        "w176",
        "w081",
        "apn",
        "2026-11-12T17:00:00Z",
        "Quilcana: municipio descarta privatizar la limpieza pública",
        lead="""Quilcana, 12 nov (APN). La Municipalidad de Quilcana desmintió que vaya a entregar a una empresa privada el recojo de basura de la ciudad, como se difundió en redes sociales desde el fin de semana.""",
    ),
    C(
        "w177",
        "w086",
        "sursite",
        "2026-11-17T09:00:00-05:00",
        "San Judas recupera la calma con un módulo de serenazgo",
        extra="Fuente: Quilcana TV Canal 4.",
    ),
    C(
        "w178",
        "w104",
        "zonasur",
        "2026-11-11T18:00:00-05:00",
        "Santa Rosita: dos años y medio esperando la pista",
    ),
    C(
        "w179",
        "w128",
        "sursite",
        "2026-11-11T15:00:00-05:00",
        "Los Molles acusa a Quilcana de arrojar basura en su territorio",
        note="copy; 'la burgomaestra' is the Mayor of Los Molles; the accusation is against our institution",
    ),
    C(
        "w180",
        "w129",
        "apn",
        "2026-11-12T22:00:00Z",
        "Quilcana: empresas y municipio construirán paraderos seguros para trabajadores del agro",
    ),
    C(
        "w181",
        "w143",
        "canamar",
        "2026-11-03T13:00:00-05:00",
        "Alcaldesa Yataco separa a funcionario que pedía 800 soles por una licencia",
        extra="Con información de Portal Sur Digital.",
    ),
    C(
        "w182",
        "w147",
        "zonasur",
        "2026-11-15T16:00:00-05:00",
        "Serenos en plantón: dos meses sin sueldo",
    ),
]
