# ruff: noqa: E501
"""Eighth held-out split: a blind figure about a fourth invented district, on the southern coast.

Written by hand by writer 10, for this purpose only, WITHOUT looking at the pipeline's code
(heraldo/monitoring/**), at its baselines, tone or topic dumps, at the other parts' stories (beyond heldout6's
header, setup, sources and first stories, for the format) or at any report of the pipeline on them. Labels follow
the labelling rules of docs/monitoring-evaluation.md and were fixed before the split was ever run; they must not be
changed because of what the pipeline answers. Every name, outlet and place is invented.

Like heldout6, this part brings its own watch list (SETUP), outlets, person codes and template furniture: the
Municipalidad Distrital de Lurinchay (MDLU), a coastal desert district of vineyards, pisco bodegas, cotton and
agro-export fields in the province of Huarangal. Its Mayor is a man.

Codes: m = who is named (A alcalde Eleodoro Uchuya Tipacti «el Pisquero», G gerenta municipal Rocío Magallanes
Yataco, T teniente alcalde Jacinto Ormeño Huamaní, R regidora (opposition) Maribel Pecho Saravia, U gerente de
Desarrollo Urbano Teófilo Anicama Cordero, I the Municipalidad Distrital de Lurinchay); t = topics (limpieza
seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the
municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own
headline, sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "el alcalde lurinchaíno", "el alcalde de Lurinchay", "el burgomaestre de Lurinchay" are a title plus the place:
  they name the Mayor. A bare "el alcalde", "el burgomaestre", "la primera autoridad", "la comuna", "el municipio",
  "la gestión edil" do not. "Uchuya" alone right after the Mayor was named is part of the same mention. «El
  Pisquero» alone counts only where it is plainly him (a story about his administration).
- "Municipalidad (Distrital) de Lurinchay", "municipio lurinchaíno", "comuna lurinchaína", "municipalidad
  lurinchaína", "municipio/comuna de Lurinchay", "la MDLU" name the institution. "Vecinos de Lurinchay", "el
  serenazgo de Lurinchay", "el distrito", "la gerencia municipal", "el concejo" do not. A person named with a title
  plus the place ("la gerenta municipal de Lurinchay") is that person, not the institution.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly him),
  title plus surname ("la regidora Pecho", "el gerente Anicama") or a listed alias.
- Traps: Genaro Uchuya Pachas, Mayor of the neighbouring district Villa Los Huarangos ("el alcalde Uchuya" there,
  no relative); the criollo singer Eleodoro «Pisquero» Uchuya (the Mayor's alias word for word); the volleyball
  player Rocío Magallanes of Club Deportivo Huarangal; the bodeguero Jacinto Ormeño Pisconte; neighbours surnamed
  Pecho and a police officer surnamed Anicama; the provincial Mayor Augusto Bendezú Matta; the Hacienda Lurinchay
  in the Majes valley (Arequipa) and a caserío Lurinchay in Ayacucho; the regional government's Proyecto Especial
  Irrigación Lurinchay; the quebrada de Lurinchay (a dry river bed) is a place, not us.
- A story about the municipality may name no one of ours ("la municipalidad", "el municipio" only): it is about us
  with no mention. A story that names one of ours only in passing (the singer's profile that says he has nothing to
  do with "el alcalde de Lurinchay") has the mention and is not about us.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the regional or national government is neutral toward us unless the story is about our own
  failure. A mixed story takes the tone a press officer would take away (headline and weight of the text). An
  accusation the official denies is still a story about an accusation (negative). Stories not about the
  municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention (serenos guarding a procession, a regidora's sick leave, a fumigation named in a list of
  activities). A story about a road or a health post the Mayor asks others to fix takes that topic. Sewage and
  street works are obras; water cuts, street lighting, the camal, Vaso de Leche, tricimoto permits and traffic,
  culture, tourism, the pisco festival and sport are none of the five. The market fee (sisa), arbitrios and the
  enforced collection of debts are tributos municipales.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerenta_municipal",
    "T": "teniente_alcalde",
    "R": "regidora_pecho",
    "U": "gerente_urbano",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de Lurinchay",
        "short_name": "MDLU",
        "level": "DISTRITAL",
        "province": "Huarangal",
        "aliases": ["municipio lurinchaíno", "comuna lurinchaína", "Municipalidad de Lurinchay"],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Eleodoro",
            "surnames": "Uchuya Tipacti",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "el Pisquero",
            "aliases": ["Pisquero Uchuya", "alcalde Uchuya", "Uchuya Tipacti", "Eleodoro Uchuya"],
        },
        {
            "key": "gerenta_municipal",
            "given_names": "Rocío",
            "surnames": "Magallanes Yataco",
            "sex": "F",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerenta Magallanes", "gerenta municipal Rocío Magallanes"],
        },
        {
            "key": "teniente_alcalde",
            "given_names": "Jacinto",
            "surnames": "Ormeño Huamaní",
            "sex": "M",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcalde Ormeño", "regidor Ormeño"],
        },
        {
            "key": "regidora_pecho",
            "given_names": "Maribel",
            "surnames": "Pecho Saravia",
            "sex": "F",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidora Pecho", "concejala Pecho"],
        },
        {
            "key": "gerente_urbano",
            "given_names": "Teófilo",
            "surnames": "Anicama Cordero",
            "sex": "M",
            "position": "Gerente de Desarrollo Urbano",
            "position_feminine": "Gerenta de Desarrollo Urbano",
            "office_code": "GERENTE_DESARROLLO_URBANO",
            "aliases": ["gerente Anicama", "Teófilo Anicama"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "huarango": {
        "name": "Diario El Huarango",
        "host": "diarioelhuarango.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 58000,
    },
    "costasur": {
        "name": "Diario La Costa Sur",
        "host": "diariolacostasur.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "rvinedos": {
        "name": "Radio Viñedos 101.7 FM",
        "host": "radiovinedos.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 16000,
    },
    "htv5": {
        "name": "Huarangal TV Canal 5",
        "host": "huarangaltv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 87000,
    },
    "apnr": {
        "name": "Agencia Peruana de Noticias Regionales",
        "host": "apnregionales.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 240000,
    },
    "peruqnv": {
        "name": "El Perú que No Ves",
        "host": "elperuquenoves.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 540000,
    },
    "surweb": {
        "name": "Sur Noticias Web",
        "host": "surnoticiasweb.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 41000,
    },
    "lurdia": {
        "name": "Lurinchay al Día",
        "host": "lurinchayaldia.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 4500,
    },
    "vecinosur": {
        "name": "El Vecino del Sur",
        "host": "elvecinodelsur.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 19000,
    },
    "garua": {
        "name": "Semanario Garúa",
        "host": "semanariogarua.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 9000,
    },
    "expsur": {
        "name": "Express Costa Sur",
        "host": "expresscostasur.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 12000,
    },
    "blur": {
        "name": "Boletín Lurinchaíno",
        "host": "boletinlurinchaino.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 1800,
    },
    "pampino": {
        "name": "Semanario El Pampino",
        "host": "semanarioelpampino.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "rarenal": {
        "name": "Radio Arenal Sur",
        "host": "radioarenalsur.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 11000,
    },
}

FURNITURE = {
    "old_comments": [
        "Ese Pisquero Uchuya solo aparece en la vendimia para la foto, el resto del año ni se le ve",
        "El municipio lurinchaíno cobra arbitrios de primera y las calles siguen con arena y basura",
    ],
    "old_most_read": "Roban motobomba de un fundo algodonero en Villa Los Huarangos",
    "old_motto": "El diario de la costa sur desde 1979",
    "old_city": "Huarangal",
    "section_agenda": "Villa Los Huarangos celebra su Festival del Pallar con concurso de platos",
    "hostile_place": "Lurinchay",
    "hostile_alias": "municipio lurinchaíno",
    "error_page_outlet": "Radio Arenal Sur, la señal de las pampas",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expsur": {
        "name": "Express Costa Sur",
        "outlet": "expsur",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["w012", "w078"],
        "cut_at": 0.65,
    },
    "blur": {"name": "Boletín Lurinchaíno", "outlet": "blur", "format": "bomb", "path": "/rss"},
    "pampino": {"name": "Semanario El Pampino", "outlet": "pampino", "format": "xxe", "path": "/feed/"},
    "rarenal": {
        "name": "Radio Arenal Sur",
        "outlet": "rarenal",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "huarango": {
        "name": "Diario El Huarango",
        "outlet": "huarango",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "costasur": {
        "name": "Diario La Costa Sur",
        "outlet": "costasur",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/provincias.xml",
    },
    "rvinedos": {
        "name": "Radio Viñedos 101.7 FM",
        "outlet": "rvinedos",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticias",
    },
    "htv5": {"name": "Huarangal TV Canal 5", "outlet": "htv5", "format": "atom", "path": "/atom.xml"},
    "apnr": {
        "name": "Agencia Peruana de Noticias Regionales",
        "outlet": "apnr",
        "format": "atom",
        "path": "/regiones/sur.atom",
    },
    "peruqnv": {
        "name": "El Perú que No Ves",
        "outlet": "peruqnv",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "surweb": {
        "name": "Sur Noticias Web",
        "outlet": "surweb",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas.rss",
    },
    "lurdia": {
        "name": "Lurinchay al Día",
        "outlet": "lurdia",
        "format": "section",
        "template": "section",
        "path": "/locales",
    },
    "vecinosur": {
        "name": "El Vecino del Sur",
        "outlet": "vecinosur",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/noticias.xml",
    },
    "garua": {
        "name": "Semanario Garúa",
        "outlet": "garua",
        "format": "rss",
        "mode": "description",
        "path": "/columnas/rss",
    },
}

STORIES = []
STORIES += [
    # --- Diario El Huarango: provincial daily, full text in RSS, priority ---------------------------------------------
    S(
        "w001",
        "huarango",
        "2026-11-02T07:10:00-05:00",
        "Calle Bolognesi estrena 480 metros de pista y veredas en Lurinchay",
        """Los vecinos de la calle Bolognesi ya no barren arena cada mañana. La Municipalidad Distrital de Lurinchay entregó ayer 480 metros de pista de concreto, con veredas, rampas y un canal de drenaje para las lluvias del Niño costero.

      La obra costó 2,6 millones de soles y se terminó en 140 días, diez menos de lo previsto. «Antes el polvo entraba hasta la cocina», dijo la bodeguera Luzmila Yataco, de 67 años.

      El alcalde Eleodoro Uchuya Tipacti anunció que la calle San Martín será la próxima.""",
        m="I A",
        t="obras",
        tone="+",
        note="delivered street works with figures and a neighbour's quote",
    ),
    S(
        "w002",
        "huarango",
        "2026-11-02T18:30:00-05:00",
        "Alcalde Uchuya de Villa Los Huarangos inaugura losa deportiva en el anexo Cruz Verde",
        """El alcalde distrital de Villa Los Huarangos, Genaro Uchuya Pachas, inauguró ayer una losa multideportiva en el anexo Cruz Verde, con tribunas y alumbrado.

      La inversión fue de 780 000 soles. «Los chicos ya no jugarán en la pampa», dijo el alcalde Uchuya durante la ceremonia, a la que asistieron unos doscientos vecinos.""",
        about=False,
        note="namesake: the neighbouring Mayor shares the surname",
    ),
    S(
        "w003",
        "huarango",
        "2026-11-03T07:40:00-05:00",
        "Comuna lurinchaína fija el 30 de noviembre como plazo para pagar arbitrios con descuento",
        """La comuna lurinchaína recordó que hasta el 30 de noviembre los contribuyentes que paguen los arbitrios del segundo semestre al contado tendrán un descuento de 10 %.

      La oficina de Administración Tributaria atenderá de lunes a sábado de 8 a. m. a 5 p. m. en el local de la plaza de armas. También se puede pagar en las agencias de la Caja Municipal.""",
        m="I",
        t="tributos",
        tone="0",
        note="routine tax notice",
    ),
    S(
        "w004",
        "huarango",
        "2026-11-03T19:05:00-05:00",
        "Montañas de basura en la avenida Los Viñedos: vecinos denuncian doce días sin recojo",
        """En la avenida Los Viñedos los perros rompen cada noche las bolsas acumuladas junto al canal de regadío. Los vecinos aseguran que el camión recolector no pasa desde hace doce días.

      «Pagamos arbitrios y vivimos entre moscas», reclamó Hermelinda Pecho, presidenta de la junta vecinal, que no tiene parentesco con la regidora. La gerenta municipal Rocío Magallanes Yataco explicó que uno de los dos compactadores está en el taller desde octubre.

      Los agricultores temen que la basura termine en las acequias que riegan los viñedos.""",
        m="G",
        t="limpieza",
        tone="-",
        note="garbage failure; a neighbour surnamed Pecho is not the regidora; 'arbitrios' in passing",
    ),
    S(
        "w005",
        "huarango",
        "2026-11-04T07:15:00-05:00",
        "Robos a tricimotos bajan a la mitad en Lurinchay tras instalar 24 cámaras",
        """La comisaría de Lurinchay registró 11 robos de tricimotos entre agosto y octubre, frente a 23 en el mismo periodo de 2025.

      La reducción coincide con la puesta en marcha de 24 cámaras de videovigilancia que el municipio lurinchaíno instaló en los paraderos y en la salida a la Panamericana. El teniente alcalde Jacinto Ormeño Huamaní, presidente de la comisión de seguridad del concejo, dijo que en diciembre llegarán otras 12.""",
        m="I T",
        t="seguridad",
        tone="+",
        note="good news told through a falling count",
    ),
    S(
        "w006",
        "huarango",
        "2026-11-04T20:20:00-05:00",
        "Jacinto Ormeño gana medalla de oro con su pisco quebranta en el concurso regional",
        """El productor Jacinto Ormeño Pisconte, de la bodega artesanal Don Jacinto, obtuvo la medalla de oro en la categoría quebranta del Concurso Regional del Pisco, realizado en Huarangal.

      «Son cuarenta años de tradición familiar», dijo el bodeguero Ormeño, que elabora unos 3 000 litros por campaña en su falca de adobe.""",
        about=False,
        note="namesake: a bodeguero with the teniente alcalde's given name and first surname",
    ),
    S(
        "w007",
        "huarango",
        "2026-11-05T07:30:00-05:00",
        "Regidora Pecho denuncia que obra del mercado lleva ocho meses paralizada",
        """La regidora Maribel Pecho Saravia denunció que la remodelación del Mercado Modelo de Lurinchay, que debía entregarse en marzo, está paralizada desde hace ocho meses con un avance de 41 %.

      «Los comerciantes venden en la calle, sobre la arena, mientras el contratista cobró el adelanto», afirmó. Según la concejala Pecho, se han pagado 1,1 millones de soles de un contrato de 3,9 millones.

      El gerente de Desarrollo Urbano, Teófilo Anicama Cordero, dijo que se ha iniciado la resolución del contrato.""",
        m="R U",
        t="obras",
        tone="-",
        note="opposition denounces a stalled work",
    ),
    S(
        "w008",
        "huarango",
        "2026-11-05T19:45:00-05:00",
        "Hacienda Lurinchay de Majes exportará 900 toneladas de uva a China",
        """La Hacienda Lurinchay, ubicada en el valle de Majes, en Arequipa, despachará esta campaña 900 toneladas de uva red globe hacia puertos de China, informó su gerente general.

      La empresa emplea a 1 200 trabajadores en temporada alta y espera crecer 15 % el próximo año.""",
        about=False,
        note="a hacienda with the district's name in another region",
    ),
    S(
        "w009",
        "huarango",
        "2026-11-06T07:05:00-05:00",
        "Municipalidad de Lurinchay fumigará 3 000 viviendas contra el dengue",
        """Brigadas de la Municipalidad de Lurinchay y del centro de salud iniciarán el lunes la fumigación de 3 000 viviendas de los sectores Santa Rosa, El Arenal y Las Palmeras, donde se han detectado larvas del zancudo Aedes aegypti.

      Se pide a los vecinos dejar las puertas abiertas, cubrir alimentos y retirar a las mascotas. La campaña durará dos semanas.""",
        m="I",
        t="salud",
        tone="0",
        note="announcement of a fumigation campaign, neutral",
    ),
    S(
        "w010",
        "huarango",
        "2026-11-06T18:00:00-05:00",
        "«El Pisquero» Uchuya culpa al MEF por recorte de 4 millones para agua y desagüe",
        """El alcalde de Lurinchay, Eleodoro Uchuya Tipacti, criticó al Ministerio de Economía y Finanzas por recortar 4 millones de soles de las transferencias para proyectos de saneamiento en la costa sur.

      «Desde Lima no saben lo que es vivir con cisternas en pleno desierto», dijo. El burgomaestre añadió que viajará la próxima semana a Lima con otros alcaldes de la provincia para pedir que se restituyan los fondos.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticises the national government: neutral toward us; sewage works the Mayor asks others to fund",
    ),
    S(
        "w011",
        "huarango",
        "2026-11-07T07:50:00-05:00",
        "Ni un solo caso de dengue en Lurinchay en octubre, primera vez en tres años",
        """Por primera vez desde 2023, el distrito de Lurinchay cerró octubre sin casos confirmados de dengue, según la Red de Salud de Huarangal.

      La directora del centro de salud atribuyó el resultado a las fumigaciones casa por casa y al recojo de inservibles que la comuna lurinchaína hizo entre agosto y setiembre, con 62 toneladas de llantas, baldes y chatarra retiradas de los techos.""",
        m="I",
        t="salud",
        tone="+",
        note="good news told as an absence",
    ),
    S(
        "w012",
        "huarango",
        "2026-11-07T19:10:00-05:00",
        "Contraloría halla sobrecosto de 310 000 soles en compra de cámaras del municipio lurinchaíno",
        """Un informe de control de la Contraloría General de la República detectó un perjuicio de 310 000 soles en la compra de las 24 cámaras de videovigilancia que adquirió el municipio lurinchaíno en mayo.

      Según el documento, las cámaras se compraron a un precio 38 % mayor al del mercado y cuatro de ellas no funcionan. El informe recomienda iniciar procesos administrativos a tres funcionarios de la gerencia municipal.

      La gerenta municipal Rocío Magallanes dijo que la entidad presentará sus descargos «con documentos, no con titulares».""",
        m="I G",
        t="seguridad",
        tone="-",
        note="audit finding on security cameras; the official's retort does not turn it",
    ),
    S(
        "w013",
        "huarango",
        "2026-11-08T08:20:00-05:00",
        "Vendimia 2027: Lurinchay ya prepara su festival con 40 bodegas invitadas",
        """El Festival de la Vendimia de Lurinchay se realizará del 5 al 8 de marzo de 2027 con la participación de 40 bodegas artesanales, informó la comisión organizadora.

      Habrá pisa de uva, concurso de reinas, corrida de caballos de paso y noches de música criolla. El alcalde Eleodoro Uchuya dijo que el municipio destinará 180 000 soles al evento.""",
        m="A",
        tone="0",
        note="culture and tourism: no topic; a routine announcement",
    ),
    S(
        "w014",
        "huarango",
        "2026-11-08T19:30:00-05:00",
        "Robo en la parroquia San José: se llevan cáliz y alcancías",
        """Desconocidos ingresaron la madrugada del sábado a la parroquia San José de Lurinchay y se llevaron un cáliz de plata, dos alcancías y un equipo de sonido.

      El párroco presentó la denuncia en la comisaría. La Policía revisa las imágenes de una cámara de un vecino.""",
        about=False,
        note="a robbery with no municipal angle",
    ),
    S(
        "w015",
        "huarango",
        "2026-11-09T07:00:00-05:00",
        "Gerente Anicama: expediente del puente peatonal de El Arenal estará listo en diciembre",
        """El gerente de Desarrollo Urbano de la Municipalidad Distrital de Lurinchay, Teófilo Anicama Cordero, informó que el expediente técnico del puente peatonal sobre la Panamericana Sur, a la altura del sector El Arenal, estará listo en la segunda quincena de diciembre.

      El puente costará alrededor de 1,8 millones de soles y se licitaría en febrero. En ese cruce murieron atropellados tres escolares en los últimos cinco años.""",
        m="U I",
        t="obras",
        tone="0",
        note="progress report on a work, neutral",
    ),
    S(
        "w016",
        "huarango",
        "2026-11-09T18:40:00-05:00",
        "Vecinos de Santa Rosa bloquean la vía por falta de agua; municipio pide calma",
        """Un grupo de vecinos del sector Santa Rosa bloqueó durante tres horas la carretera a Villa Los Huarangos para exigir agua potable. Desde hace dos semanas reciben el servicio solo una hora al día.

      El teniente alcalde Jacinto Ormeño pidió calma y explicó que el pozo de la zona bajó su caudal por la sequía. «No es culpa del municipio, pero vamos a llevar cisternas», dijo.""",
        m="T",
        tone="-",
        note="water supply is none of the five topics; protest against the service",
    ),
    S(
        "w017",
        "huarango",
        "2026-11-10T07:25:00-05:00",
        "Lurinchay recauda 27 % más de impuesto predial que el año pasado",
        """La Municipalidad Distrital de Lurinchay recaudó 2,3 millones de soles por impuesto predial hasta octubre, 27 % más que en el mismo periodo de 2025.

      La gerenta municipal Rocío Magallanes Yataco atribuyó el aumento a la actualización del catastro, que incorporó 1 150 predios de los nuevos asentamientos de la pampa, y a la campaña de pago puerta a puerta.""",
        m="I G",
        t="tributos",
        tone="+",
        note="tax collection up",
    ),
    S(
        "w018",
        "huarango",
        "2026-11-10T19:15:00-05:00",
        "Accidente en la Panamericana Sur deja dos heridos a la altura de Lurinchay",
        """Un ómnibus interprovincial y un camión cargado de espárragos chocaron la noche del lunes en el kilómetro 212 de la Panamericana Sur, a la altura del desvío a Lurinchay. Dos pasajeros resultaron heridos y fueron trasladados al hospital de Huarangal.

      La Policía de Carreteras investiga si el chofer del camión se quedó dormido.""",
        about=False,
        note="a road accident near the district, no municipal angle",
    ),
    S(
        "w019",
        "huarango",
        "2026-11-11T07:45:00-05:00",
        "Serenos de Lurinchay trabajan sin chalecos ni radios, denuncian",
        """Los 36 serenos del distrito trabajan sin chalecos antibalas y solo con cuatro radios para todos los turnos, denunció el sindicato de obreros municipales.

      «Salimos a patrullar con silbato y linterna», contó un sereno que pidió no ser identificado. La regidora Maribel Pecho pidió que el gerente de Seguridad Ciudadana sea citado al concejo. Hasta el cierre, el municipio lurinchaíno no respondió.""",
        m="R I",
        t="seguridad",
        tone="-",
        note="security service failing",
    ),
    S(
        "w020",
        "huarango",
        "2026-11-11T19:00:00-05:00",
        "Alcalde de Lurinchay niega haber contratado a su sobrino",
        """El alcalde de Lurinchay, Eleodoro Uchuya Tipacti, negó que su sobrino trabaje en la municipalidad, como denunció un dirigente del sector El Arenal en una radio local.

      «Es una calumnia, no tengo ningún sobrino en planilla ni en locación de servicios», afirmó. El dirigente sostiene que el joven figura como asistente en la oficina de Logística desde julio y anunció que presentará documentos ante la Fiscalía.""",
        m="A",
        tone="-",
        note="a denied accusation is still an accusation; no topic",
    ),
    S(
        "w021",
        "huarango",
        "2026-11-12T07:30:00-05:00",
        "Municipio lurinchaíno entrega 200 tachos y lanza recojo selectivo en cinco sectores",
        """El municipio lurinchaíno entregó 200 tachos de colores a familias de cinco sectores donde empezará el recojo selectivo de residuos sólidos: plástico, vidrio y orgánico por separado.

      Los residuos orgánicos se convertirán en compost para los viveros municipales. La meta es reducir en 15 % la basura que va al botadero de la pampa.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a new waste-sorting programme, positive",
    ),
    S(
        "w022",
        "huarango",
        "2026-11-12T19:20:00-05:00",
        "Gobierno regional relanza Proyecto Especial Irrigación Lurinchay con 120 millones",
        """El Gobierno Regional anunció el relanzamiento del Proyecto Especial Irrigación Lurinchay, que busca llevar agua a 4 500 hectáreas de pampas eriazas para la agroexportación.

      El gerente del proyecto dijo que el expediente del reservorio principal estará listo en junio. Los agricultores de la zona esperan el proyecto desde hace dos décadas.""",
        about=False,
        note="a regional project bearing the district's name; no municipal angle",
    ),
    S(
        "w023",
        "huarango",
        "2026-11-13T07:10:00-05:00",
        "Un mes después, la pista de la calle Bolognesi ya presenta grietas",
        """A un mes de su entrega, la pista de la calle Bolognesi muestra al menos siete grietas transversales, algunas de dos metros de largo, según constató este diario.

      «Nos vendieron una obra de primera y ya se está partiendo», dijo el vecino Fortunato Hernández. El gerente Anicama dijo que las fisuras son «juntas de dilatación naturales» y que el contratista tiene garantía de siete años.""",
        m="U",
        t="obras",
        tone="-",
        note="a work shows defects; the official minimises",
    ),
    S(
        "w024",
        "huarango",
        "2026-11-13T19:40:00-05:00",
        "Rocío Magallanes, la capitana que llevó a Huarangal a la final nacional de vóley",
        """Con 19 puntos de la atacante Rocío Magallanes, el Club Deportivo Huarangal venció 3-1 a Regatas Sur y clasificó a la final nacional de la Liga de Vóley Sub-21.

      La capitana, de 20 años, estudia enfermería en Ica. «Entrenamos en una losa sin techo, bajo el sol, y aquí estamos», dijo Magallanes.""",
        about=False,
        note="namesake: a volleyball player with the gerenta's given name and first surname",
    ),
    S(
        "w025",
        "huarango",
        "2026-11-14T07:20:00-05:00",
        "Concejo aprueba ordenanza que prohíbe quemar rastrojos de algodón cerca de viviendas",
        """El concejo de la Municipalidad Distrital de Lurinchay aprobó por unanimidad una ordenanza que prohíbe quemar rastrojos de algodón y restos de poda de viñedos a menos de 500 metros de zonas habitadas.

      La multa será de media UIT. Los vecinos de El Arenal venían denunciando humo y casos de asma en niños cada fin de campaña.""",
        m="I",
        t="salud",
        tone="0",
        note="a regulation on burning for health reasons; neutral",
    ),
    S(
        "w026",
        "huarango",
        "2026-11-14T19:00:00-05:00",
        "El serenazgo de Lurinchay rescata a turistas perdidos en las dunas",
        """Una patrulla del serenazgo de Lurinchay rescató el viernes por la noche a cuatro turistas limeños que se extraviaron en las dunas de la pampa de Tacaray mientras hacían sandboard.

      Los jóvenes estaban deshidratados. El alcalde Uchuya felicitó a los serenos y anunció que se colocará señalización en la ruta.""",
        m="A",
        t="seguridad",
        tone="+",
        note="'el serenazgo de Lurinchay' is not the institution; 'el alcalde Uchuya' in a story about his administration",
    ),
]
STORIES += [
    # --- Diario La Costa Sur: regional daily, teasers in RSS, the 2009 table template ------------------------------------
    S(
        "w027",
        "costasur",
        "2026-11-02T06:30:00-05:00",
        "Lurinchay: denuncian que volquetes municipales botan desmonte en la quebrada",
        """Agricultores del valle denunciaron que volquetes con el logo de la Municipalidad Distrital de Lurinchay arrojan desmonte y basura en el cauce seco de la quebrada de Lurinchay, que se activa en los años de lluvia.

      «Si viene un huaico, todo eso se va contra los fundos», advirtió Eusebio Quispe, presidente de la comisión de regantes. Mostró fotos tomadas el 28 de octubre.

      La municipalidad no respondió a las llamadas de este diario.""",
        m="I",
        t="limpieza",
        tone="-",
        note="dumping by municipal trucks; 'la quebrada de Lurinchay' is a place",
    ),
    S(
        "w028",
        "costasur",
        "2026-11-03T06:45:00-05:00",
        "Alcalde provincial Bendezú anuncia nuevo terminal terrestre para Huarangal",
        """El alcalde provincial de Huarangal, Augusto Bendezú Matta, anunció la construcción de un terminal terrestre en la salida norte de la ciudad, con una inversión de 14 millones de soles.

      El proyecto busca ordenar el transporte interprovincial y retirar las agencias del centro histórico. La licitación se convocaría en abril.""",
        about=False,
        note="the provincial Mayor's own project",
    ),
    S(
        "w029",
        "costasur",
        "2026-11-04T06:20:00-05:00",
        "Teniente alcalde Ormeño entrega ambulancia rural al puesto de salud de Tacaray",
        """El teniente alcalde de Lurinchay, Jacinto Ormeño Huamaní, entregó una ambulancia rural equipada al puesto de salud del anexo Tacaray, que atiende a unas 2 000 personas de las pampas algodoneras.

      La unidad fue comprada por el municipio con 290 000 soles de su presupuesto. Hasta ahora, los pacientes graves eran trasladados en tricimoto hasta la carretera.

      «Es un pedido de diez años», dijo la técnica en enfermería Julia Cahua.""",
        m="T",
        t="salud",
        tone="+",
        note="'el municipio' does not name the institution",
    ),
    S(
        "w030",
        "costasur",
        "2026-11-05T06:50:00-05:00",
        "Mercado Modelo: comerciantes exigen devolución de la sisa cobrada durante la paralización",
        """La Asociación de Comerciantes del Mercado Modelo de Lurinchay exigió que la comuna lurinchaína devuelva la sisa cobrada desde marzo, cuando los puestos fueron trasladados a la calle por la obra paralizada.

      «Nos cobran dos soles diarios por vender sobre la arena, sin techo y sin baños», dijo su presidenta, Zoila Tipacti. Son 180 comerciantes afectados.""",
        m="I",
        t="tributos",
        tone="-",
        note="the market fee is a municipal tax; the stalled works are background",
    ),
    S(
        "w031",
        "costasur",
        "2026-11-06T06:35:00-05:00",
        "Festival del Pallar reúne a miles en Villa Los Huarangos",
        """Más de cinco mil visitantes llegaron el domingo al Festival del Pallar de Villa Los Huarangos, donde 60 productores ofrecieron pallares verdes, secos y platos típicos.

      El alcalde Genaro Uchuya anunció que el próximo año el festival durará tres días.""",
        about=False,
        note="namesake Mayor of the neighbouring district",
    ),
    S(
        "w032",
        "costasur",
        "2026-11-07T06:40:00-05:00",
        "Cien familias de la pampa reciben títulos de propiedad con apoyo municipal",
        """Cien familias del asentamiento humano Nueva Esperanza, en la pampa de Lurinchay, recibieron sus títulos de propiedad de manos de funcionarios de Cofopri y del alcalde Eleodoro Uchuya Tipacti.

      El municipio asumió el levantamiento topográfico. «Ahora podré pedir un crédito para techar mi casa», dijo la vecina Rosa Cabrera.""",
        m="A",
        tone="+",
        note="property titles: none of the five topics",
    ),
    S(
        "w033",
        "costasur",
        "2026-11-08T06:15:00-05:00",
        "Regidora Pecho pide explicar por qué el camión recolector carga combustible en grifo de un familiar del gerente",
        """La regidora Maribel Pecho Saravia presentó un pedido de información sobre los vales de combustible del área de Limpieza Pública de la Municipalidad de Lurinchay, que se canjean en un grifo de propiedad de un cuñado del gerente de Servicios.

      La concejala Pecho sostiene que en octubre se pagaron 38 000 soles en combustible para dos camiones, «lo que alcanzaría para darle la vuelta al Perú». La municipalidad no ha respondido.""",
        m="R I",
        t="limpieza",
        tone="-",
        note="accusation about the garbage service's fuel",
    ),
    S(
        "w034",
        "costasur",
        "2026-11-09T06:30:00-05:00",
        "Municipalidad de Lurinchay abre convocatoria CAS para 15 serenos",
        """La Municipalidad de Lurinchay publicó la convocatoria para contratar 15 serenos bajo el régimen CAS, con un sueldo de 1 300 soles.

      Los postulantes deben tener secundaria completa, entre 21 y 45 años y no tener antecedentes. Las inscripciones vencen el 20 de noviembre.""",
        m="I",
        t="seguridad",
        tone="0",
        note="routine hiring notice",
    ),
    S(
        "w035",
        "costasur",
        "2026-11-10T06:45:00-05:00",
        "Huarangal: incendio consume almacén de algodón en el parque industrial",
        """Un incendio destruyó la madrugada del martes un almacén con 400 fardos de algodón en el parque industrial de Huarangal. Los bomberos tardaron cinco horas en controlar el fuego.

      No hubo heridos. Las pérdidas superarían el millón de soles.""",
        about=False,
        note="a fire in the provincial capital",
    ),
    S(
        "w036",
        "costasur",
        "2026-11-11T06:20:00-05:00",
        "Cuarenta vecinos de El Arenal se vacunan contra la influenza en campaña municipal… de un total de 2 000 previstos",
        """La campaña de vacunación contra la influenza que organizó la gerencia de Desarrollo Social en el sector El Arenal terminó con 40 vacunados, cuando la meta era 2 000.

      Los vecinos dijeron que no se enteraron: el único aviso fue un cartel en la puerta del local comunal. «Ni perifoneo hubo», reclamó la dirigente Aurora Ramos. El alcalde Eleodoro Uchuya reconoció que «la difusión falló».""",
        m="A",
        t="salud",
        tone="-",
        note="a health campaign that failed; irony in the headline",
    ),
    S(
        "w037",
        "costasur",
        "2026-11-12T06:40:00-05:00",
        "Gerenta Magallanes anuncia auditoría interna a la oficina de Logística",
        """La gerenta municipal de Lurinchay, Rocío Magallanes Yataco, anunció una auditoría interna a la oficina de Logística tras el informe de la Contraloría sobre las cámaras de videovigilancia.

      «Si hay responsables, se irán», dijo. La regidora Maribel Pecho calificó el anuncio de «saludo a la bandera».""",
        m="G R",
        t="seguridad",
        tone="-",
        note="follow-up of the audit; the institution is not named",
    ),
    S(
        "w038",
        "costasur",
        "2026-11-13T06:25:00-05:00",
        "Comisaría de Villa Los Huarangos recibe cuatro patrulleros nuevos",
        """El Ministerio del Interior entregó cuatro camionetas patrulleras a la comisaría de Villa Los Huarangos. La ceremonia contó con la presencia del alcalde de ese distrito, Genaro Uchuya Pachas, y del prefecto regional.

      Con las nuevas unidades, la comisaría tendrá siete vehículos para patrullar 28 caseríos.""",
        about=False,
        note="security in the neighbouring district; namesake Mayor",
    ),
    S(
        "w039",
        "costasur",
        "2026-11-14T06:30:00-05:00",
        "Lurinchay instala alumbrado en el camino al cementerio",
        """El municipio lurinchaíno instaló 32 postes con luminarias led en los 1,2 kilómetros del camino al cementerio general, que los vecinos recorrían a oscuras.

      La obra costó 96 000 soles. Los deudos agradecieron el trabajo antes del Día de Todos los Santos, aunque llegó con dos semanas de retraso.""",
        m="I",
        tone="+",
        note="street lighting is none of the five topics",
    ),
    S(
        "w040",
        "costasur",
        "2026-11-15T06:50:00-05:00",
        "Jueza ordena reponer a 12 obreros de limpieza despedidos por la comuna lurinchaína",
        """El Juzgado Laboral de Huarangal ordenó a la comuna lurinchaína reponer a 12 obreros de limpieza pública que fueron despedidos en enero y pagarles los sueldos dejados de percibir.

      La sentencia señala que los trabajadores tenían vínculo laboral permanente. La procuraduría municipal anunció que apelará.""",
        m="I",
        tone="-",
        note="a labour ruling against us; the workers' trade is not what it is about",
    ),
    S(
        "w041",
        "costasur",
        "2026-11-16T06:10:00-05:00",
        "Las Palmeras: municipio limpia el canal y retira 18 toneladas de basura",
        """Cuadrillas de la Municipalidad Distrital de Lurinchay retiraron 18 toneladas de basura, llantas y desmonte del canal La Palmera, que riega 300 hectáreas de vid y algodón.

      La limpieza se hizo junto con la junta de usuarios. El teniente alcalde Jacinto Ormeño pidió a los vecinos no arrojar residuos al canal.""",
        m="I T",
        t="limpieza",
        tone="+",
        note="a clean-up",
    ),
    S(
        "w042",
        "costasur",
        "2026-11-17T06:35:00-05:00",
        "¿Quién paga el agua de la piscina municipal? Vecinos piden cuentas",
        """La piscina municipal de Lurinchay, inaugurada en enero, consume unos 400 metros cúbicos de agua al mes en un distrito donde varios sectores reciben agua una hora al día.

      La Municipalidad de Lurinchay no ha publicado cuánto cuesta mantenerla. Vecinos de Santa Rosa piden que se cierre hasta que se resuelva el abastecimiento.""",
        m="I",
        tone="-",
        note="a question headline; water and sport are none of the five topics",
    ),
    S(
        "w043",
        "costasur",
        "2026-11-18T06:40:00-05:00",
        "Municipio de Lurinchay y Sunass firman convenio para mejorar el agua",
        """El municipio de Lurinchay y la Superintendencia Nacional de Servicios de Saneamiento firmaron un convenio de asistencia técnica para mejorar la cloración del agua en los pozos del distrito.

      La Sunass capacitará a los operadores municipales durante seis meses.""",
        m="I",
        tone="0",
        note="water supply: no topic; a routine agreement",
    ),
    S(
        "w044",
        "costasur",
        "2026-11-19T06:15:00-05:00",
        "Caserío Lurinchay de Ayacucho pide carretera tras quedar aislado",
        """Los pobladores del caserío Lurinchay, en la provincia de Huanta, Ayacucho, pidieron al gobierno regional la rehabilitación de su trocha carrozable, destruida por un deslizamiento.

      Unas 80 familias no pueden sacar sus papas al mercado desde hace un mes.""",
        about=False,
        note="a hamlet with the district's name in another region",
    ),
    S(
        "w045",
        "costasur",
        "2026-11-20T06:30:00-05:00",
        "Alcalde de Lurinchay presenta descargos ante la Contraloría por las cámaras",
        """El alcalde de Lurinchay, Eleodoro Uchuya Tipacti, presentó sus descargos ante la Contraloría sobre la compra de cámaras de videovigilancia y sostuvo que el precio incluía tres años de mantenimiento y la central de monitoreo.

      «No hay un sol perdido», dijo. El informe de control sigue vigente y la Procuraduría de la Contraloría evalúa acciones.""",
        m="A",
        t="seguridad",
        tone="-",
        note="a denial of the audit finding; still about the accusation",
    ),
    S(
        "w046",
        "costasur",
        "2026-11-21T06:45:00-05:00",
        "Lurinchay exonera de arbitrios a 320 adultos mayores en pobreza",
        """El concejo municipal de Lurinchay aprobó exonerar del pago de arbitrios de 2027 a 320 adultos mayores en situación de pobreza, registrados en el padrón de pensión 65.

      La medida fue propuesta por la regidora Maribel Pecho Saravia y aprobada por unanimidad, algo poco común en un concejo dividido.""",
        m="R",
        t="tributos",
        tone="+",
        note="the opposition's proposal approved: positive for the municipality; no institution named",
    ),
]
STORIES += [
    # --- Radio Viñedos 101.7 FM: district radio, date-only pubDate, transcripts in the description -----------------------
    S(
        "w047",
        "rvinedos",
        "2026-11-02",
        "Alcalde Uchuya en Viñedos Noticias: «Este año no habrá aumento de arbitrios»",
        """—Buenos días, alcalde. Muchos oyentes preguntan si los arbitrios suben el próximo año.

      —Buenos días, Carmencita, buenos días a todo Lurinchay. No, este año no habrá aumento de arbitrios. El concejo ya aprobó mantener las mismas tasas de 2026 —respondió el alcalde Eleodoro Uchuya en la entrevista.

      —¿Y el que está atrasado?

      —Hasta el 30 de noviembre puede pagar sin moras. Que se acerquen, que no tengan miedo.""",
        m="A",
        t="tributos",
        tone="+",
        note="radio interview transcript; frozen fees told as good news",
    ),
    S(
        "w048",
        "rvinedos",
        "2026-11-03",
        "Oyentes reclaman por tricimotos piratas en la plaza",
        """En nuestra línea abierta, varios oyentes se quejaron de las tricimotos informales que se estacionan alrededor de la plaza de armas y cobran lo que quieren.

      «Me cobraron ocho soles hasta El Arenal», dijo doña Marcelina. Otro oyente pidió que el municipio haga operativos. La gerencia de Transportes no atendió nuestras llamadas.""",
        tone="0",
        about=True,
        note="about with no one of ours named; tricimoto traffic is none of the five topics; a complaint with no failure attributed",
    ),
    S(
        "w049",
        "rvinedos",
        "2026-11-04",
        "Regidora Pecho: «El gerente Anicama debe renunciar por la obra del mercado»",
        """La regidora Maribel Pecho llegó a nuestros estudios y pidió la renuncia del gerente de Desarrollo Urbano, Teófilo Anicama, por la paralización del Mercado Modelo.

      «Ocho meses sin avance y él sigue firmando adicionales», dijo la concejala. Invitamos al gerente Anicama a responder en este mismo espacio.""",
        m="R U",
        t="obras",
        tone="-",
        note="opposition attack on the stalled market works",
    ),
    S(
        "w050",
        "rvinedos",
        "2026-11-05",
        "Serenazgo recupera tricimoto robada en menos de una hora",
        """Gracias a las cámaras del paradero de la Panamericana, serenos de Lurinchay ubicaron y recuperaron una tricimoto robada el miércoles por la tarde en el sector Santa Rosa.

      El presunto ladrón fue entregado a la comisaría. El dueño, Nicanor Pachas, agradeció a la central de monitoreo de la Municipalidad de Lurinchay.""",
        m="I",
        t="seguridad",
        tone="+",
        note="the security service working",
    ),
    S(
        "w051",
        "rvinedos",
        "2026-11-06",
        "Corte de agua este sábado en el centro de Lurinchay",
        """La unidad de agua y saneamiento de la municipalidad informa que este sábado se cortará el servicio de 8 de la mañana a 4 de la tarde en el cercado, por el cambio de una válvula en la avenida Grau.

      Se recomienda almacenar agua.""",
        tone="0",
        about=True,
        note="a water cut notice; 'la municipalidad' bare; no topic",
    ),
    S(
        "w052",
        "rvinedos",
        "2026-11-07",
        "El Pisquero Uchuya presenta su nuevo disco de valses en Huarangal",
        """El cantante criollo Eleodoro «Pisquero» Uchuya presentará este sábado en el Club Social de Huarangal su nuevo disco, «Valses de la pampa», con doce temas propios.

      Pisquero Uchuya, de 58 años, lleva tres décadas cantando en peñas de la costa sur. Las entradas cuestan 30 soles.""",
        about=False,
        note="namesake: the criollo singer whose name is the Mayor's alias word for word",
    ),
    S(
        "w053",
        "rvinedos",
        "2026-11-08",
        "Comunicado: campaña gratuita de despistaje de anemia en el local municipal",
        """La Municipalidad Distrital de Lurinchay invita a madres de niños menores de cinco años a la campaña gratuita de despistaje de anemia, el martes 10 de noviembre desde las 8 de la mañana en el local municipal.

      Se entregarán chispitas de hierro y se darán charlas de alimentación con sangrecita y menestras.""",
        m="I",
        t="salud",
        tone="0",
        note="a community notice read on air",
    ),
    S(
        "w054",
        "rvinedos",
        "2026-11-09",
        "Teniente alcalde Ormeño: «Las cámaras funcionan, que la Contraloría venga a verlas»",
        """En diálogo con Radio Viñedos, el teniente alcalde Jacinto Ormeño defendió las cámaras de videovigilancia compradas por la comuna lurinchaína y dijo que gracias a ellas se han recuperado nueve tricimotos robadas.

      —¿Y el sobrecosto que señala el informe?

      —Ese informe no considera el mantenimiento. Nosotros vamos a demostrarlo —respondió.""",
        m="T I",
        t="seguridad",
        tone="-",
        note="a defence that is still about the audit's accusation",
    ),
    S(
        "w055",
        "rvinedos",
        "2026-11-10",
        "Bodegas de Lurinchay se preparan para la campaña navideña de pisco",
        """Los productores de pisco del distrito esperan vender 30 % más en diciembre. En la bodega La Falca, las botellas ya se embalan en cajas de madera para regalo.

      «El pisco mosto verde se vende solito en Navidad», dijo el productor Saturnino Hernández.""",
        about=False,
        note="local economy, no municipal angle",
    ),
    S(
        "w056",
        "rvinedos",
        "2026-11-11",
        "Gerenta municipal responde a reclamos por el camión de basura",
        """La gerenta municipal Rocío Magallanes llamó a nuestra cabina para responder a los vecinos de Los Viñedos. Explicó que el segundo camión compactador volverá a circular el lunes, tras cambiarle el sistema hidráulico.

      —Les pedimos disculpas, no vamos a volver a dejar una zona doce días sin recojo —dijo.""",
        m="G",
        t="limpieza",
        tone="0",
        note="an official's answer with an apology: neither triumph nor failure",
    ),
    S(
        "w057",
        "rvinedos",
        "2026-11-12",
        "Padres de la I. E. 22514 piden serenos en la salida del colegio",
        """Padres de familia de la Institución Educativa 22514 pidieron a la Municipalidad de Lurinchay que destaque serenos a la hora de salida, tras dos intentos de arrebato de celulares a escolares esta semana.

      La directora dijo que enviará un oficio al alcalde.""",
        m="I",
        t="seguridad",
        tone="0",
        note="a request, no failure established",
    ),
    S(
        "w058",
        "rvinedos",
        "2026-11-13",
        "Hoy en la Hora del Agricultor: cómo combatir la polilla de la vid",
        """El ingeniero agrónomo de la Junta de Usuarios explicó en nuestro programa cómo detectar la polilla del racimo y qué productos están permitidos por Senasa para la exportación.

      Recordó que las trampas de feromonas deben revisarse cada semana.""",
        about=False,
        note="a farming programme",
    ),
    S(
        "w059",
        "rvinedos",
        "2026-11-14",
        "Vecinos de Tacaray agradecen la nueva posta: «Ahora el médico viene tres veces por semana»",
        """Los vecinos del anexo Tacaray llamaron a nuestra línea para agradecer la ampliación del puesto de salud, que ahora tiene consultorio de obstetricia y una sala de espera con techo.

      La ampliación fue financiada por la Municipalidad Distrital de Lurinchay con 420 000 soles. «Antes esperábamos al sol», dijo la señora Eufemia Cahua.""",
        m="I",
        t="salud",
        tone="+",
        note="a delivered health post",
    ),
    S(
        "w060",
        "rvinedos",
        "2026-11-15",
        "Vigilia en la plaza por joven desaparecido en la playa Lomitas",
        """Familiares y amigos de Kevin Ramos, de 19 años, realizaron una vigilia en la plaza de armas de Lurinchay. El joven desapareció el domingo mientras pescaba en la playa Lomitas.

      La Capitanía de Puerto continúa la búsqueda. Serenos del distrito acompañaron la vigilia para ordenar el tránsito.""",
        about=False,
        note="passing mention of serenos; not about the municipality",
    ),
    S(
        "w061",
        "rvinedos",
        "2026-11-16",
        "Alcalde de Lurinchay pide al gobierno regional que asfalte la carretera a Tacaray",
        """El alcalde de Lurinchay, Eleodoro Uchuya Tipacti, entregó un oficio al gobernador regional para pedir el asfaltado de los 14 kilómetros de la carretera a Tacaray, que es de competencia regional.

      «Es una trocha de arena donde las camionetas de uva se quedan atracadas», dijo. El gobierno regional no ha respondido.""",
        m="A",
        t="obras",
        tone="0",
        note="a road the Mayor asks others to fix takes the topic; neutral",
    ),
    S(
        "w062",
        "rvinedos",
        "2026-11-17",
        "Oyente denuncia cobro indebido en la oficina de licencias",
        """Un oyente que se identificó como Wilfredo denunció que un trabajador de la oficina de licencias de funcionamiento le pidió 200 soles «para agilizar» el certificado de su bodega.

      La gerenta Magallanes dijo que se abrirá una investigación y pidió al denunciante acudir con pruebas.""",
        m="G",
        tone="-",
        note="bribe accusation; licences are none of the five topics",
    ),
    S(
        "w063",
        "rvinedos",
        "2026-11-18",
        "Lurinchay, campeón del fulbito interdistrital de la costa sur",
        """El equipo de Lurinchay ganó 2-0 a Villa Los Huarangos y se coronó campeón del campeonato interdistrital de fulbito. Los goles fueron de Brayan Yataco y Luis Tipacti.

      La premiación se hizo en el estadio municipal.""",
        about=False,
        note="sport; the municipal stadium is a place",
    ),
    S(
        "w064",
        "rvinedos",
        "2026-11-19",
        "Regidora Pecho reconoce avance en el cobro del predial, pero pide transparencia",
        """La regidora Maribel Pecho Saravia admitió en nuestro programa que la recaudación del impuesto predial «ha mejorado, hay que decirlo», pero pidió que se publique en qué se gasta.

      «Cobrar más está bien; lo que no vemos son las obras», dijo. Propuso un portal con cada sol recaudado.""",
        m="R",
        t="tributos",
        tone="0",
        note="mixed: opposition concedes a success and asks for transparency",
    ),
    # --- Huarangal TV Canal 5: Atom with UTC times near midnight -------------------------------------------------------
    S(
        "w065",
        "htv5",
        "2026-11-03T03:40:00Z",
        "Reportaje: así viven los vecinos junto al botadero de Lurinchay",
        """A dos kilómetros del asentamiento Nueva Esperanza, el botadero municipal de Lurinchay arde casi todas las noches. El humo llega hasta las casas de esteras.

      —Mis hijos tosen toda la noche —dice Yolanda Cahua frente a nuestras cámaras.

      El botadero recibe 22 toneladas diarias y no tiene licencia ambiental. El alcalde Eleodoro Uchuya dijo a Canal 5 que el relleno sanitario «está en expediente».""",
        m="A",
        t="limpieza",
        tone="-",
        note="TV report dated 2 November in Lima",
    ),
    S(
        "w066",
        "htv5",
        "2026-11-04T04:10:00Z",
        "Alcalde provincial Bendezú inaugura parque en el cercado de Huarangal",
        """El alcalde provincial Augusto Bendezú Matta inauguró el parque Los Algarrobos, con juegos infantiles y riego tecnificado, en el cercado de Huarangal.

      La obra costó 1,3 millones de soles.""",
        about=False,
        note="the provincial Mayor in his own district",
    ),
    S(
        "w067",
        "htv5",
        "2026-11-05T02:55:00Z",
        "Lurinchay: municipio entrega uniformes y motos a serenos",
        """La Municipalidad Distrital de Lurinchay entregó seis motocicletas, uniformes y chalecos a sus serenos, días después de la denuncia del sindicato por la falta de equipos.

      El teniente alcalde Jacinto Ormeño dijo que la compra ya estaba programada. Los serenos recibieron también doce radios portátiles.""",
        m="I T",
        t="seguridad",
        tone="+",
        note="equipment delivered",
    ),
    S(
        "w068",
        "htv5",
        "2026-11-06T04:30:00Z",
        "Canal 5 en vivo: vecinos de Santa Rosa siguen sin agua pese a la promesa de cisternas",
        """—Estamos en Santa Rosa, donde las cisternas prometidas por la municipalidad no han llegado —informó nuestra reportera.

      —Dijeron lunes, hoy es jueves y nada —dijo la vecina Gregoria Pecho.

      Los vecinos anunciaron una marcha hasta el local municipal.""",
        tone="-",
        about=True,
        note="a broken promise; no one of ours named ('la municipalidad' bare); a neighbour surnamed Pecho; no topic",
    ),
    S(
        "w069",
        "htv5",
        "2026-11-07T03:20:00Z",
        "Gerente Anicama supervisa avance del muro de contención en el cauce de la quebrada",
        """El gerente de Desarrollo Urbano de Lurinchay, Teófilo Anicama, supervisó el avance del muro de contención de 300 metros que protegerá al sector Las Palmeras de posibles huaicos.

      La obra tiene un avance de 68 % y se entregaría antes de enero, cuando empieza la temporada de lluvias en la sierra.""",
        m="U",
        t="obras",
        tone="+",
        note="works on schedule",
    ),
    S(
        "w070",
        "htv5",
        "2026-11-08T04:50:00Z",
        "Suboficial Anicama frustra asalto a agente bancario en Huarangal",
        """El suboficial PNP Raúl Anicama Yataco frustró el asalto a un agente bancario en la avenida Túpac Amaru de Huarangal. Dos delincuentes fueron capturados.

      El policía recibió el reconocimiento de la jefatura regional.""",
        about=False,
        note="a police officer sharing the gerente's surname; security in the provincial capital",
    ),
    S(
        "w071",
        "htv5",
        "2026-11-09T02:40:00Z",
        "Municipio lurinchaíno abre comedor para trabajadores de la uva",
        """El municipio lurinchaíno abrió un comedor temporal en el sector El Arenal para los trabajadores eventuales de la cosecha de uva, que llegan de la sierra y duermen en cuartos alquilados.

      El menú cuesta tres soles. Se atenderán hasta 300 raciones diarias durante la campaña.""",
        m="I",
        tone="+",
        note="social programme; none of the five topics",
    ),
    S(
        "w072",
        "htv5",
        "2026-11-10T04:05:00Z",
        "Tricimoteros protestan frente al municipio por nueva ordenanza de paraderos",
        """Unos 200 tricimoteros protestaron frente a la Municipalidad de Lurinchay contra la ordenanza que reduce de 14 a 6 los paraderos autorizados en el cercado.

      —Nos quieren matar de hambre —gritaba uno de los dirigentes.

      La gerenta municipal Rocío Magallanes dijo que el ordenamiento es necesario y que se abrirá una mesa de diálogo.""",
        m="I G",
        tone="-",
        note="traffic is none of the five topics; protest against us",
    ),
    S(
        "w073",
        "htv5",
        "2026-11-11T03:35:00Z",
        "Uchuya Tipacti: «La Vendimia 2027 será la más grande de la historia»",
        """En el set de Canal 5, el alcalde Uchuya Tipacti presentó la programación de la Vendimia 2027, que incluirá un concurso internacional de pisco y la visita de bodegas de Chile.

      También anunció que se mejorará la plaza de toros para el evento.""",
        m="A",
        tone="+",
        note="culture and tourism: no topic",
    ),
    S(
        "w074",
        "htv5",
        "2026-11-12T04:25:00Z",
        "Padres denuncian que el PRONOEI de Tacaray funciona en un ambiente con techo de calamina rota",
        """Padres de familia del PRONOEI del anexo Tacaray denunciaron que sus hijos estudian bajo un techo de calamina con agujeros y piso de tierra.

      La UGEL de Huarangal dijo que el local es de la comunidad. Los padres pidieron ayuda al municipio, que aún no responde.""",
        about=False,
        note="education, UGEL's responsibility; 'el municipio' in passing",
    ),
    S(
        "w075",
        "htv5",
        "2026-11-13T03:10:00Z",
        "Más de 500 perros vacunados contra la rabia en jornada municipal",
        """La jornada de vacunación antirrábica organizada por la Municipalidad Distrital de Lurinchay y el centro de salud inmunizó a 540 perros y 120 gatos en el cercado y en El Arenal.

      La meta era 500 animales. El médico veterinario del centro de salud destacó la respuesta de los vecinos.""",
        m="I",
        t="salud",
        tone="+",
        note="a campaign above its target",
    ),
    S(
        "w076",
        "htv5",
        "2026-11-14T04:40:00Z",
        "Regidora Pecho es internada por una apendicitis",
        """La regidora de Lurinchay Maribel Pecho Saravia fue operada de apendicitis en el hospital de Huarangal y se encuentra estable, informó su familia.

      La concejala no podrá asistir a la sesión de concejo del jueves, en la que se debatirá el presupuesto de obras de 2027.""",
        m="R",
        tone="0",
        about=True,
        note="a council member's medical leave; 'presupuesto de obras' in passing: no topic",
    ),
    S(
        "w077",
        "htv5",
        "2026-11-15T02:50:00Z",
        "Vecinos de El Arenal limpian el parque por su cuenta: «El municipio nunca vino»",
        """Cansados de esperar, vecinos del sector El Arenal organizaron una faena para limpiar el parque San Martín, lleno de basura y maleza desde hace meses.

      —Llamamos a la municipalidad cinco veces —dijo la dirigente Aurora Ramos.

      Recogieron 40 sacos de residuos. La gerenta Magallanes prometió enviar un camión el lunes para llevárselos.""",
        m="G",
        t="limpieza",
        tone="-",
        note="neighbours doing the service themselves",
    ),
    S(
        "w078",
        "htv5",
        "2026-11-16T04:15:00Z",
        "Lurinchay: concejo aprueba préstamo de 6 millones para pistas y veredas",
        """El concejo de la Municipalidad Distrital de Lurinchay aprobó por mayoría un endeudamiento de 6 millones de soles con el Banco de la Nación para pavimentar 18 calles del cercado y de Santa Rosa.

      La regidora Maribel Pecho votó en contra: «Endeudan a la próxima gestión». El alcalde Eleodoro Uchuya dijo que las obras empezarán en marzo.""",
        m="I R A",
        t="obras",
        tone="0",
        note="a loan approved with opposition: neutral",
    ),
]
STORIES += [
    # --- Agencia Peruana de Noticias Regionales: national agency, Atom -------------------------------------------------
    S(
        "w079",
        "apnr",
        "2026-11-02T15:00:00-05:00",
        "Ica: exportaciones de uva crecen 12 % en la campaña 2026",
        """Las exportaciones de uva de mesa de la región sumaron 420 millones de dólares entre enero y octubre, 12 % más que el año anterior, informó la Asociación de Gremios Productores Agrarios.

      Los principales destinos fueron Estados Unidos, China y Países Bajos. Los valles de Huarangal, Lurinchay y Villa Los Huarangos concentran un tercio de las hectáreas sembradas.""",
        about=False,
        note="the district as a place in an economic brief",
    ),
    S(
        "w080",
        "apnr",
        "2026-11-04T11:20:00-05:00",
        "Contraloría identifica perjuicio en municipalidad distrital de Lurinchay",
        """LURINCHAY, 4 nov (APNR). La Contraloría General de la República identificó un presunto perjuicio económico de 310 000 soles en la Municipalidad Distrital de Lurinchay, provincia de Huarangal, por la adquisición de equipos de videovigilancia.

      El informe de control identifica presunta responsabilidad administrativa en tres funcionarios. La entidad tiene plazo para implementar las recomendaciones.""",
        m="I",
        t="seguridad",
        tone="-",
        note="agency brief of the audit; its own wording",
    ),
    S(
        "w081",
        "apnr",
        "2026-11-06T09:40:00-05:00",
        "Minsa declara alerta por dengue en siete distritos de la costa sur",
        """El Ministerio de Salud declaró en alerta epidemiológica por dengue a siete distritos de las provincias de Huarangal y Palpa Alta, donde se han confirmado 1 240 casos en lo que va del año.

      Los distritos de Villa Los Huarangos y Huarangal concentran el 60 % de los casos. Lurinchay no figura en la lista.""",
        about=False,
        note="dengue in other districts: no topic, not about us",
    ),
    S(
        "w082",
        "apnr",
        "2026-11-09T14:10:00-05:00",
        "Alcaldes de la costa sur exigen al MEF restituir fondos de saneamiento",
        """HUARANGAL, 9 nov (APNR). Una docena de alcaldes de la costa sur, entre ellos Eleodoro Uchuya Tipacti, de Lurinchay, y Genaro Uchuya Pachas, de Villa Los Huarangos, exigieron al Ministerio de Economía restituir 38 millones de soles recortados a proyectos de agua y desagüe.

      Los burgomaestres anunciaron un viaje a Lima. El MEF no se ha pronunciado.""",
        m="A",
        t="obras",
        tone="0",
        note="both Uchuyas in one story; the Mayor demands national funds for sewage: neutral",
    ),
    S(
        "w083",
        "apnr",
        "2026-11-11T10:05:00-05:00",
        "Lurinchay: detienen a banda que robaba motobombas en fundos",
        """LURINCHAY, 11 nov (APNR). Agentes de la Policía Nacional desarticularon la banda «Los Arenosos», acusada de robar motobombas y cables de fundos agroexportadores en Lurinchay y Villa Los Huarangos. Fueron detenidas cuatro personas.

      Según la Policía, la banda había sustraído equipos por más de 200 000 soles.""",
        about=False,
        note="a police operation with no municipal angle",
    ),
    S(
        "w084",
        "apnr",
        "2026-11-13T16:30:00-05:00",
        "Municipalidad de Lurinchay implementa recojo selectivo de residuos",
        """LURINCHAY, 13 nov (APNR). La Municipalidad Distrital de Lurinchay inició el programa de segregación en la fuente de residuos sólidos en cinco sectores del distrito, con la entrega de 200 tachos.

      El programa es parte del plan de incentivos municipales del Ministerio del Ambiente.""",
        m="I",
        t="limpieza",
        tone="+",
        note="agency version of the waste-sorting programme, written anew (not a copy)",
    ),
    S(
        "w085",
        "apnr",
        "2026-11-16T12:00:00-05:00",
        "Ica: gobierno regional licita reservorio del proyecto Irrigación Lurinchay",
        """ICA, 16 nov (APNR). El Gobierno Regional convocó la licitación del reservorio de cabecera del Proyecto Especial Irrigación Lurinchay, con un valor referencial de 86 millones de soles.

      El proyecto beneficiará a 1 800 agricultores de tres provincias.""",
        about=False,
        note="the regional project bearing the district's name",
    ),
    S(
        "w086",
        "apnr",
        "2026-11-18T09:15:00-05:00",
        "Fiscalía abre investigación a funcionarios de la comuna lurinchaína",
        """HUARANGAL, 18 nov (APNR). La Fiscalía Provincial Anticorrupción de Huarangal abrió investigación preliminar contra tres funcionarios de la comuna lurinchaína por presunta colusión en la compra de cámaras de videovigilancia.

      La gerenta municipal Rocío Magallanes Yataco dijo que la entidad colaborará con la investigación.""",
        m="I G",
        t="seguridad",
        tone="-",
        note="a prosecutor's investigation",
    ),
    S(
        "w087",
        "apnr",
        "2026-11-20T11:45:00-05:00",
        "Alcalde de Villa Los Huarangos es denunciado por nepotismo",
        """VILLA LOS HUARANGOS, 20 nov (APNR). El alcalde Genaro Uchuya Pachas fue denunciado ante la Fiscalía por presuntamente contratar a dos primas en la municipalidad de ese distrito.

      El alcalde Uchuya negó las acusaciones y dijo que se trata de «una campaña política».""",
        about=False,
        note="namesake Mayor accused; not our Mayor",
    ),
    S(
        "w088",
        "apnr",
        "2026-11-23T15:20:00-05:00",
        "Lurinchay supera meta de recaudación predial del programa de incentivos",
        """LURINCHAY, 23 nov (APNR). La Municipalidad Distrital de Lurinchay superó la meta de recaudación del impuesto predial establecida en el Programa de Incentivos a la Mejora de la Gestión Municipal, lo que le permitirá acceder a 640 000 soles adicionales.

      La meta era 2,1 millones de soles al 31 de octubre; se recaudaron 2,3 millones.""",
        m="I",
        t="tributos",
        tone="+",
        note="a target met",
    ),
    S(
        "w089",
        "apnr",
        "2026-11-25T10:30:00-05:00",
        "Sismo de 4,8 se sintió en la costa sur sin causar daños",
        """Un sismo de magnitud 4,8 con epicentro a 40 kilómetros al oeste de Huarangal se sintió a las 6:12 de la mañana en las provincias de la costa sur, informó el Instituto Geofísico del Perú.

      No se reportaron daños en Huarangal, Lurinchay ni Villa Los Huarangos.""",
        about=False,
        note="the district as a place in a brief",
    ),
    S(
        "w090",
        "apnr",
        "2026-11-27T13:00:00-05:00",
        "Municipio de Lurinchay inicia obra de pavimentación en Santa Rosa",
        """LURINCHAY, 27 nov (APNR). El municipio de Lurinchay inició la pavimentación de seis calles del sector Santa Rosa, con una inversión de 2,2 millones de soles financiada con el préstamo aprobado por el concejo.

      El alcalde Eleodoro Uchuya Tipacti colocó la primera piedra. La obra durará 150 días.""",
        m="I A",
        t="obras",
        tone="+",
        note="works started",
    ),
    # --- El Perú que No Ves: national blog, full text with its footer ------------------------------------------------------
    S(
        "w091",
        "peruqnv",
        "2026-11-03T10:00:00-05:00",
        "El alcalde pisquero que quiere convertir el desierto en destino turístico",
        """En Lurinchay, un distrito de arena, viñedos y garúa en la costa sur, el alcalde Eleodoro Uchuya Tipacti tiene una idea fija: que los turistas que van a las dunas se queden a dormir.

      «Tenemos 40 bodegas, huarangos de 500 años y la mejor pallar del mundo», dice en su despacho, donde una botella de quebranta hace de pisapapeles. Sus críticos le recuerdan que el distrito todavía tiene sectores con agua una hora al día.

      Su apuesta es la ruta del pisco, un circuito de bodegas que la municipalidad promociona desde agosto.""",
        m="A",
        tone="0",
        note="a profile with praise and criticism; tourism: no topic",
    ),
    S(
        "w092",
        "peruqnv",
        "2026-11-05T09:30:00-05:00",
        "Los pueblos de la costa sur donde el agua llega una hora al día",
        """En Santa Rosa, un sector del distrito de Lurinchay, las familias llenan bidones entre las 5 y las 6 de la mañana. Es la única hora en que hay agua.

      La historia se repite en Villa Los Huarangos y en media docena de distritos del sur. Los pozos se secan y los fundos agroexportadores perforan cada vez más hondo.

      El alcalde de Lurinchay, Eleodoro Uchuya, dice que el problema excede al municipio: «Aquí compite la uva con la gente».""",
        m="A",
        tone="0",
        note="a regional chronicle: the Mayor blames a structural problem; neutral",
    ),
    S(
        "w093",
        "peruqnv",
        "2026-11-08T11:00:00-05:00",
        "Cámaras que no graban: la historia de una compra en un municipio del desierto",
        """Cuatro de las 24 cámaras que la Municipalidad Distrital de Lurinchay compró en mayo no han grabado un solo segundo. Las otras funcionan, pero la central de monitoreo opera con dos personas para todo el distrito.

      La Contraloría calculó un sobreprecio de 310 000 soles. La gerenta municipal Rocío Magallanes dice que las fallas están en garantía. El proveedor, una empresa con dos años de antigüedad, no respondió.""",
        m="I G",
        t="seguridad",
        tone="-",
        note="investigative piece",
    ),
    S(
        "w094",
        "peruqnv",
        "2026-11-10T10:15:00-05:00",
        "Eleodoro «Pisquero» Uchuya: el último cantor de la peña de la pampa",
        """Tiene 58 años, una guitarra con cuerdas de nailon y treinta años cantando valses en las peñas de la costa sur. Eleodoro «Pisquero» Uchuya acaba de grabar su sexto disco.

      «Me dicen Pisquero porque mi papá tenía una falca en El Carmen», cuenta. No tiene nada que ver con el alcalde de Lurinchay, aunque en las peñas le piden autógrafos «para el alcalde» en broma.""",
        m="A",
        about=False,
        note="namesake singer; the Mayor is mentioned only as 'el alcalde de Lurinchay' in a joke — he is named (title plus place) but the story is not about us",
    ),
    S(
        "w095",
        "peruqnv",
        "2026-11-12T09:45:00-05:00",
        "Un municipio que separa su basura: la apuesta de Lurinchay",
        """En cinco sectores de Lurinchay, los vecinos ya separan el plástico, el vidrio y los restos de comida. El camión pasa por días: lunes orgánico, jueves reciclable.

      «Al principio nadie entendía», cuenta Doris Yataco, recicladora formalizada por la municipalidad. La meta del municipio lurinchaíno es reducir en 15 % lo que llega al botadero.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a positive feature",
    ),
    S(
        "w096",
        "peruqnv",
        "2026-11-15T10:30:00-05:00",
        "La Ruta del Pisco ya suma 40 bodegas en el sur",
        """Cuarenta bodegas artesanales de Lurinchay, Villa Los Huarangos y Huarangal forman la nueva Ruta del Pisco, promocionada por las municipalidades de la zona.

      Las visitas cuestan entre 15 y 40 soles e incluyen cata. Los fines de semana llegan buses desde Lima.""",
        about=False,
        note="tourism across districts; no one of ours named and no municipal action of ours in focus",
    ),
    S(
        "w097",
        "peruqnv",
        "2026-11-18T11:10:00-05:00",
        "Tricimotos, el transporte que sostiene a la costa sur",
        """En Lurinchay hay más tricimotos que autos. Se calcula que unas 900 circulan por el distrito y solo 340 tienen permiso municipal.

      Los tricimoteros piden paraderos; los vecinos, orden. La ordenanza que redujo los paraderos del cercado provocó una protesta de 200 conductores este mes.""",
        tone="0",
        about=True,
        note="traffic chronicle; about us through the permits and the ordinance, no one named; no topic",
    ),
    S(
        "w098",
        "peruqnv",
        "2026-11-21T09:00:00-05:00",
        "Del desierto al plato: el pallar de la costa sur busca denominación de origen",
        """Los productores de pallar de Villa Los Huarangos y Lurinchay presentaron ante Indecopi el expediente para obtener la denominación de origen del pallar de la costa sur.

      El trámite podría tardar dos años.""",
        about=False,
        note="agriculture",
    ),
    S(
        "w099",
        "peruqnv",
        "2026-11-24T10:20:00-05:00",
        "Lurinchay vive su primera Navidad sin humo de rastrojos",
        """Por primera vez en años, los vecinos de El Arenal no cierran sus ventanas al caer la tarde. La ordenanza que prohíbe quemar rastrojos de algodón y de poda cerca de viviendas se cumple, según la comuna lurinchaína, en nueve de cada diez fundos.

      El centro de salud reporta 30 % menos atenciones por crisis de asma que en noviembre de 2025.""",
        m="I",
        t="salud",
        tone="+",
        note="a regulation working, told with a falling count",
    ),
    S(
        "w100",
        "peruqnv",
        "2026-11-27T11:40:00-05:00",
        "La obra fantasma del mercado de Lurinchay",
        """Las columnas del nuevo Mercado Modelo de Lurinchay están ahí desde febrero, con los fierros oxidándose al aire salino. Nadie trabaja en la obra desde marzo.

      La Municipalidad Distrital de Lurinchay pagó 1,1 millones de soles al contratista, que abandonó el proyecto. El gerente de Desarrollo Urbano, Teófilo Anicama, dice que el contrato fue resuelto y que se convocará un saldo de obra en 2027.""",
        m="I U",
        t="obras",
        tone="-",
        note="stalled works",
    ),
]
STORIES += [
    # --- Lurinchay al Día: district site without a feed, a section page ------------------------------------------------
    S(
        "w101",
        "lurdia",
        "2026-11-02T12:00:00-05:00",
        "Vecinos de Las Palmeras denuncian que serenos no llegan de noche",
        """Los vecinos de la calle Los Pinos, en Las Palmeras, dicen que llaman a la central de serenazgo y nadie llega. El sábado, dos delincuentes asaltaron a una vecina en la puerta de su casa.

      «Llamé tres veces, me dijeron que la camioneta estaba en el cercado», contó Milagros Hernández. La Municipalidad de Lurinchay tiene una sola camioneta operativa para todo el distrito.""",
        m="I",
        t="seguridad",
        tone="-",
        note="security failing",
    ),
    S(
        "w102",
        "lurdia",
        "2026-11-04T12:00:00-05:00",
        "Alcalde Uchuya inaugura el nuevo parque infantil de la plaza Grau",
        """El alcalde Eleodoro Uchuya Tipacti inauguró el parque infantil de la plaza Grau, con juegos de madera tratada, grass sintético y una pileta seca.

      Las mamás del barrio celebraron la obra, que costó 210 000 soles. «Ya no tenemos que llevar a los niños hasta Huarangal», dijo Olga Cabrera.""",
        m="A",
        t="obras",
        tone="+",
        note="a delivered playground is a public work",
    ),
    S(
        "w103",
        "lurdia",
        "2026-11-06T12:00:00-05:00",
        "Comerciantes del mercado se niegan a pagar la sisa desde el lunes",
        """Los 180 comerciantes que venden en la calle junto al mercado en obra acordaron no pagar la sisa desde el lunes hasta que la comuna lurinchaína reanude los trabajos.

      «No vamos a pagar por vender sobre la arena», dijo la presidenta de la asociación, Zoila Tipacti.""",
        m="I",
        t="tributos",
        tone="-",
        note="a fee boycott",
    ),
    S(
        "w104",
        "lurdia",
        "2026-11-08T12:00:00-05:00",
        "Parroquia organiza chocolatada para 400 niños",
        """La parroquia San José de Lurinchay organizará el 20 de diciembre una chocolatada para 400 niños del distrito. Se reciben donaciones de juguetes en la casa parroquial.""",
        about=False,
        note="church event",
    ),
    S(
        "w105",
        "lurdia",
        "2026-11-10T12:00:00-05:00",
        "Municipalidad Distrital de Lurinchay publica cronograma de recojo de basura por sectores",
        """La Municipalidad Distrital de Lurinchay publicó el nuevo horario de recojo de residuos: el cercado, todos los días de 6 a 9 de la mañana; Santa Rosa y El Arenal, lunes, miércoles y viernes; Las Palmeras y Tacaray, martes y sábado.

      Se pide sacar las bolsas solo cuando pase el camión.""",
        m="I",
        t="limpieza",
        tone="0",
        note="a routine schedule",
    ),
    S(
        "w106",
        "lurdia",
        "2026-11-12T12:00:00-05:00",
        "Regidora Pecho: «Nadie me informa del préstamo de 6 millones»",
        """La regidora Maribel Pecho Saravia denunció que la gerencia municipal no le entrega los documentos del préstamo de 6 millones que el concejo aprobó para pavimentar calles.

      «Pedí el cronograma de pagos hace tres semanas», dijo la concejala. La gerenta Magallanes respondió que la información «está en el portal de transparencia».""",
        m="R G",
        t="obras",
        tone="-",
        note="opposition complaint about the works loan",
    ),
    S(
        "w107",
        "lurdia",
        "2026-11-14T12:00:00-05:00",
        "Vecinas de Santa Rosa forman olla común con apoyo de la municipalidad",
        """Veinte madres del sector Santa Rosa formaron una olla común que atiende a 90 personas. La municipalidad les entregó una cocina industrial y víveres para un mes.

      «Con lo que cuesta el aceite, solas no podíamos», dijo la presidenta, Juana Yataco.""",
        tone="+",
        about=True,
        note="no one named ('la municipalidad' bare); social programme: no topic",
    ),
    S(
        "w108",
        "lurdia",
        "2026-11-16T12:00:00-05:00",
        "Gerente Anicama explica por qué se demora la obra del mercado",
        """El gerente de Desarrollo Urbano, Teófilo Anicama Cordero, explicó que la obra del mercado se demora porque el contrato resuelto debe pasar por arbitraje antes de convocar un nuevo contratista.

      «No podemos tocar la obra hasta que el árbitro se pronuncie», dijo. Estimó que el saldo se licitaría en abril.""",
        m="U",
        t="obras",
        tone="0",
        note="an official's explanation of a delay: neutral",
    ),
    S(
        "w109",
        "lurdia",
        "2026-11-18T12:00:00-05:00",
        "Teniente alcalde Ormeño dirige operativo contra venta de licor a menores",
        """El teniente alcalde Jacinto Ormeño encabezó un operativo nocturno junto con la Policía y el serenazgo. Se clausuraron tres bodegas que vendían licor a menores en el cercado.

      Se decomisaron 120 botellas de pisco y cerveza.""",
        m="T",
        t="seguridad",
        tone="+",
        note="an enforcement operation",
    ),
    S(
        "w110",
        "lurdia",
        "2026-11-20T12:00:00-05:00",
        "Club de Madres de Tacaray celebra su aniversario",
        """El Club de Madres Virgen del Rosario del anexo Tacaray celebró 25 años con una misa, un almuerzo de carapulcra y un concurso de tejido.

      Asistieron el teniente alcalde Jacinto Ormeño Huamaní y el párroco.""",
        m="T",
        tone="0",
        about=True,
        note="a social event with a council member attending; no topic",
    ),
    S(
        "w111",
        "lurdia",
        "2026-11-23T12:00:00-05:00",
        "Comuna de Lurinchay amplía horario de atención para el pago de arbitrios",
        """La comuna de Lurinchay amplió el horario de la caja municipal hasta las 7 de la noche y atenderá el domingo 29 de noviembre, último fin de semana para pagar arbitrios con descuento.""",
        m="I",
        t="tributos",
        tone="0",
        note="a routine notice",
    ),
    S(
        "w112",
        "lurdia",
        "2026-11-26T12:00:00-05:00",
        "Nuevo relleno sanitario: vecinos de Tacaray rechazan la ubicación",
        """Los vecinos del anexo Tacaray rechazaron en asamblea la propuesta del municipio lurinchaíno de construir el relleno sanitario a 3 kilómetros del anexo.

      «Nos quieren traer la basura de todo el distrito», dijo el teniente gobernador. El alcalde Eleodoro Uchuya dijo que el estudio de impacto ambiental garantiza que no habrá olores.""",
        m="I A",
        t="limpieza",
        tone="-",
        note="rejection of a landfill project",
    ),
    # --- El Vecino del Sur: regional site, teasers in RSS ------------------------------------------------------------------
    S(
        "w113",
        "vecinosur",
        "2026-11-02T08:00:00-05:00",
        "Lurinchay: vecinos del cercado celebran que ya no hay basurales en las esquinas",
        """Las esquinas del cercado de Lurinchay, que hasta agosto eran puntos críticos de basura, lucen limpias desde que el municipio lurinchaíno puso el recojo diario y multas de 200 soles a quien saque las bolsas fuera de hora.

      De once puntos críticos quedan dos, según la oficina de Limpieza Pública. «Ahora hasta da gusto caminar», dijo el jubilado Ernesto Pachas.""",
        m="I",
        t="limpieza",
        tone="+",
        note="good news told with a falling count",
    ),
    S(
        "w114",
        "vecinosur",
        "2026-11-03T08:15:00-05:00",
        "Huarangal: provincia anuncia cobro de estacionamiento en el centro",
        """La Municipalidad Provincial de Huarangal cobrará desde enero un sol por hora de estacionamiento en las calles del centro histórico, anunció el alcalde Augusto Bendezú Matta.

      Los comerciantes del centro se oponen.""",
        about=False,
        note="the province's own measure",
    ),
    S(
        "w115",
        "vecinosur",
        "2026-11-04T08:30:00-05:00",
        "No es cierto que se cobrará por el agua de cisterna, aclara la gerenta municipal",
        """La gerenta municipal de Lurinchay, Rocío Magallanes Yataco, desmintió que la municipalidad vaya a cobrar por el agua de las cisternas que reparte en Santa Rosa.

      «Es un servicio gratuito mientras dure la emergencia», aclaró. El rumor circuló en grupos de WhatsApp del sector.""",
        m="G",
        tone="0",
        note="the official denies a rumour (not an accusation of wrongdoing): neutral; water: no topic",
    ),
    S(
        "w116",
        "vecinosur",
        "2026-11-05T08:05:00-05:00",
        "Tacaray: puesto de salud se queda sin médico por dos semanas",
        """El puesto de salud de Tacaray, recién ampliado, no tiene médico desde el 20 de octubre porque el profesional renunció. La Red de Salud de Huarangal, responsable del personal, dijo que enviará un reemplazo.

      Los vecinos pidieron al alcalde de Lurinchay que interceda.""",
        m="A",
        t="salud",
        tone="0",
        about=True,
        note="staffing is the health network's failure; the Mayor is asked to intercede: neutral toward us",
    ),
    S(
        "w117",
        "vecinosur",
        "2026-11-06T08:20:00-05:00",
        "Municipalidad de Lurinchay multa a fundo por quemar rastrojos",
        """La Municipalidad de Lurinchay impuso una multa de 2 675 soles a un fundo algodonero del sector El Arenal por quemar rastrojos a 200 metros de viviendas, la primera sanción desde que rige la ordenanza.

      El propietario anunció que apelará.""",
        m="I",
        t="salud",
        tone="+",
        note="a regulation enforced",
    ),
    S(
        "w118",
        "vecinosur",
        "2026-11-07T08:40:00-05:00",
        "Volleyball: Rocío Magallanes es convocada a la selección nacional sub-21",
        """La atacante huarangalina Rocío Magallanes fue convocada a la selección peruana sub-21 que disputará el Sudamericano de Cali en diciembre.

      Magallanes es la primera jugadora de la provincia en llegar a la selección.""",
        about=False,
        note="namesake volleyball player",
    ),
    S(
        "w119",
        "vecinosur",
        "2026-11-08T08:10:00-05:00",
        "Alcalde lurinchaíno anuncia segundo turno de serenazgo en Las Palmeras",
        """El alcalde lurinchaíno Eleodoro Uchuya anunció que desde diciembre habrá un turno de serenazgo exclusivo para Las Palmeras, tras las quejas por demora en la atención.

      Se asignará una camioneta y cuatro serenos de 8 de la noche a 4 de la mañana.""",
        m="A",
        t="seguridad",
        tone="0",
        note="an announcement responding to complaints: neutral",
    ),
    S(
        "w120",
        "vecinosur",
        "2026-11-09T08:25:00-05:00",
        "Sindicato de obreros municipales de Lurinchay anuncia huelga por sueldos atrasados",
        """El sindicato de obreros de la Municipalidad Distrital de Lurinchay anunció una huelga indefinida desde el 1 de diciembre porque no recibe sus sueldos de octubre.

      Los obreros de limpieza y de parques son 84. La gerencia municipal dijo que el pago se hará la próxima semana.""",
        m="I",
        tone="-",
        note="unpaid wages; the cleaners' strike threat is about labour, not yet about the garbage service",
    ),
    S(
        "w121",
        "vecinosur",
        "2026-11-10T08:35:00-05:00",
        "Villa Los Huarangos: municipalidad vecina inaugura relleno sanitario",
        """La municipalidad de Villa Los Huarangos inauguró el primer relleno sanitario de la provincia, con capacidad para 15 años. El alcalde Genaro Uchuya invitó a los distritos vecinos a usarlo pagando una tarifa.

      Lurinchay aún no responde a la invitación.""",
        about=False,
        note="neighbouring district's landfill; Lurinchay as a place",
    ),
    S(
        "w122",
        "vecinosur",
        "2026-11-11T08:15:00-05:00",
        "Gerenta Magallanes: «Pagaremos a los obreros el viernes»",
        """La gerenta municipal Rocío Magallanes aseguró que los sueldos de octubre de los obreros municipales se pagarán el viernes 13, con la transferencia del Foncomun.

      El sindicato dijo que levantará la huelga solo cuando vea el depósito.""",
        m="G",
        tone="0",
        note="an official's promise: neutral",
    ),
    S(
        "w123",
        "vecinosur",
        "2026-11-12T08:45:00-05:00",
        "Lurinchay: serenos y policías capturan a ladrones de cables en El Arenal",
        """Una patrulla integrada de serenazgo y Policía capturó a dos hombres que robaban cables de cobre del alumbrado en El Arenal. Los detenidos tenían 80 metros de cable en una tricimoto.

      El teniente alcalde Jacinto Ormeño felicitó a los serenos.""",
        m="T",
        t="seguridad",
        tone="+",
        note="a capture by the municipal patrol",
    ),
    S(
        "w124",
        "vecinosur",
        "2026-11-13T08:05:00-05:00",
        "Regidora lurinchaína pide declarar en emergencia el servicio de agua",
        """La regidora Maribel Pecho presentó una moción para declarar en emergencia el abastecimiento de agua de Lurinchay, lo que permitiría contratar cisternas y perforar un pozo sin licitación.

      La moción será vista el jueves en el concejo.""",
        m="R",
        tone="0",
        note="an opposition motion on water; no topic",
    ),
    S(
        "w125",
        "vecinosur",
        "2026-11-14T08:20:00-05:00",
        "Pisco: Senasa capacita a productores de vid de tres distritos",
        """El Senasa capacitó a 150 productores de vid de Lurinchay, Villa Los Huarangos y Huarangal en manejo de plagas y buenas prácticas para la exportación.""",
        about=False,
        note="agriculture brief",
    ),
    S(
        "w126",
        "vecinosur",
        "2026-11-15T08:30:00-05:00",
        "Obra de Santa Rosa: comuna lurinchaína licita pavimentación de seis calles",
        """La comuna lurinchaína convocó la licitación para pavimentar seis calles de Santa Rosa, con un valor referencial de 2,2 millones. Las propuestas se reciben hasta el 24 de noviembre.""",
        m="I",
        t="obras",
        tone="0",
        note="a routine tender notice",
    ),
    S(
        "w127",
        "vecinosur",
        "2026-11-16T08:50:00-05:00",
        "Lurinchay: fiscalizadores municipales clausuran pollería con cocina insalubre",
        """Fiscalizadores del municipio de Lurinchay clausuraron una pollería del cercado donde encontraron cucarachas, aceite reutilizado y carne sin cadena de frío.

      Es el cuarto local clausurado en el mes. La gerenta Magallanes dijo que los operativos continuarán.""",
        m="I G",
        t="salud",
        tone="+",
        note="food-safety enforcement",
    ),
    S(
        "w128",
        "vecinosur",
        "2026-11-17T08:10:00-05:00",
        "Tricimoteros y municipio llegan a acuerdo: diez paraderos en el cercado",
        """Tras una semana de protestas, tricimoteros y la Municipalidad de Lurinchay acordaron fijar diez paraderos en el cercado, en lugar de los seis de la ordenanza original.

      La gerenta municipal Rocío Magallanes dijo que el acuerdo «ordena sin afectar el trabajo de nadie».""",
        m="I G",
        tone="+",
        note="a dispute settled; traffic: no topic",
    ),
    S(
        "w129",
        "vecinosur",
        "2026-11-18T08:25:00-05:00",
        "Vecinos de Huarangal denuncian aniego en el centro histórico",
        """Un colapso de desagüe inundó tres cuadras del jirón Lima, en el centro de Huarangal. La EPS provincial dijo que reparará la tubería en 48 horas.""",
        about=False,
        note="sewage in the provincial capital",
    ),
    S(
        "w130",
        "vecinosur",
        "2026-11-19T08:40:00-05:00",
        "Alcalde de Lurinchay reconoce retraso en el relleno sanitario",
        """El alcalde de Lurinchay, Eleodoro Uchuya Tipacti, reconoció que el relleno sanitario prometido para 2025 recién tendrá expediente en 2027.

      «Nos equivocamos en el terreno y hubo que volver a empezar», admitió. Mientras tanto, el botadero de la pampa sigue recibiendo 22 toneladas diarias.""",
        m="A",
        t="limpieza",
        tone="-",
        note="a promise overdue admitted",
    ),
]
STORIES += [
    # --- Semanario Garúa: weekly of columns, full text in the description ------------------------------------------------
    S(
        "w131",
        "garua",
        "2026-11-02T09:00:00-05:00",
        "Columna | El Pisquero y la ruta del polvo",
        """Al alcalde Eleodoro Uchuya le gusta hablar de la ruta del pisco. A los vecinos de Santa Rosa les gustaría que alguien hablara de la ruta del agua, esa que llega una hora al día, cuando llega.

      No dudo de que la vendimia traiga turistas. Dudo de que un turista quiera volver a un pueblo donde la basura se amontona en la avenida Los Viñedos y los perros la reparten por las acequias.

      Señor alcalde: primero la casa, después la fiesta.""",
        m="A",
        t="limpieza",
        tone="-",
        note="opinion column; the garbage is its main charge, tourism a foil",
    ),
    S(
        "w132",
        "garua",
        "2026-11-05T09:00:00-05:00",
        "Columna | Veinticuatro cámaras y ninguna explicación",
        """Qué maravilla la tecnología. La Municipalidad Distrital de Lurinchay compró 24 cámaras que, según el alcalde, «ven todo». Lo que no ven, por lo visto, son los 310 000 soles que encontró la Contraloría.

      El teniente alcalde Ormeño nos invita a ir a verlas. Iremos, con gusto. Llevaremos la factura.""",
        m="I T",
        t="seguridad",
        tone="-",
        note="sarcasm: 'qué maravilla' is ironic; a bare 'el alcalde' is not a mention",
    ),
    S(
        "w133",
        "garua",
        "2026-11-09T09:00:00-05:00",
        "Columna | Hay que decirlo: el predial sí funcionó",
        """Quien escribe ha sido crítico de esta gestión y lo seguirá siendo. Pero sería deshonesto no reconocer que la comuna lurinchaína hizo bien su tarea con el impuesto predial: actualizó el catastro, fue casa por casa y recaudó 27 % más.

      La pregunta ahora es la de siempre: ¿en qué se gastará? Eso lo veremos en el presupuesto de 2027.""",
        m="I",
        t="tributos",
        tone="+",
        note="a critic concedes a success; the headline carries the tone",
    ),
    S(
        "w134",
        "garua",
        "2026-11-12T09:00:00-05:00",
        "Carta del lector | Gracias por la ambulancia de Tacaray",
        """Señor director: soy madre de un niño asmático del anexo Tacaray. El mes pasado, a las dos de la mañana, la nueva ambulancia del puesto de salud nos llevó a Huarangal en cuarenta minutos. Antes habríamos esperado una tricimoto hasta el amanecer.

      Quiero agradecer públicamente al teniente alcalde Jacinto Ormeño y a la Municipalidad de Lurinchay. Atentamente, Celestina Cahua Pecho.""",
        m="T I",
        t="salud",
        tone="+",
        note="a reader's letter; the writer's surname Pecho is not the regidora",
    ),
    S(
        "w135",
        "garua",
        "2026-11-16T09:00:00-05:00",
        "Columna | La otra costa sur: Villa Los Huarangos y su relleno",
        """Mientras en la provincia se discute de todo, Villa Los Huarangos hizo lo que nadie: un relleno sanitario de verdad, con geomembrana y pozas de lixiviados. El alcalde Genaro Uchuya merece el aplauso.

      Ojalá sus vecinos sigan el ejemplo.""",
        about=False,
        note="column about the neighbouring district and its Mayor, the namesake",
    ),
    S(
        "w136",
        "garua",
        "2026-11-19T09:00:00-05:00",
        "Columna | La regidora que dice no",
        """Maribel Pecho Saravia ha votado en contra de casi todo en este concejo: el préstamo, la ordenanza de paraderos, el presupuesto de la vendimia. Sus adversarios dicen que es oposición por deporte.

      Pero cuando propuso exonerar de arbitrios a los adultos mayores pobres, todos votaron a favor. Quizá no sea tan difícil escucharla.""",
        m="R",
        tone="0",
        note="a column about the opposition regidora's role; arbitrios in passing: no topic",
    ),
    S(
        "w137",
        "garua",
        "2026-11-23T09:00:00-05:00",
        "Columna | La garúa, el algodón y la memoria",
        """Noviembre trae la garúa a las pampas de la costa sur. Los abuelos recuerdan cuando el algodón cubría todo, antes de que llegaran la uva y el espárrago.

      Hoy quedan pocas desmotadoras y casi ningún recolector. La memoria se va con ellos.""",
        about=False,
        note="a nostalgic column; no municipal angle",
    ),
    S(
        "w138",
        "garua",
        "2026-11-26T09:00:00-05:00",
        "Columna | No todo es cámaras: el serenazgo que sí funciona",
        """En medio del escándalo de las cámaras, conviene recordar que los serenos de Lurinchay rescataron a cuatro turistas en las dunas, capturaron a ladrones de cables y recuperaron nueve tricimotos.

      No son cifras menores para un serenazgo con una camioneta. La culpa de las compras no es de ellos, es de quien firmó.""",
        tone="0",
        about=True,
        t="seguridad",
        note="mixed: praises the serenos, blames the purchase; no one of ours named",
    ),
    S(
        "w139",
        "garua",
        "2026-11-28T09:00:00-05:00",
        "Carta del lector | ¿Y la obra del mercado, señor Anicama?",
        """Señor director: tengo un puesto de verduras en el Mercado Modelo desde hace 22 años. Desde marzo vendo en la calle, sobre la arena y bajo el sol. El gerente Anicama dice en la radio que todo depende de un árbitro.

      Yo no conozco a ese árbitro, pero sí conozco el polvo. Atentamente, Herminia Pachas.""",
        m="U",
        t="obras",
        tone="-",
        note="a reader's letter about the stalled works",
    ),
    S(
        "w140",
        "garua",
        "2026-11-30T09:00:00-05:00",
        "Columna | Balance de noviembre en Lurinchay: luces y sombras",
        """Noviembre dejó a la gestión de Eleodoro Uchuya con un predial récord, un dengue a raya y un recojo selectivo que empieza a funcionar. También con un informe de Contraloría, una investigación fiscal y un mercado fantasma.

      El balance, para quien escribe, es un empate que no alcanza: a un alcalde se le juzga por lo que falla tanto como por lo que inaugura.""",
        m="A",
        tone="-",
        note="a mixed balance that concludes against; several topics in passing, none the story's subject",
    ),
    # --- Sur Noticias Web: aggregator, a few originals ----------------------------------------------------------------------
    S(
        "w141",
        "surweb",
        "2026-11-04T13:00:00-05:00",
        "Lurinchay: incendio en el botadero obliga a evacuar a familias de Nueva Esperanza",
        """Un incendio en el botadero municipal de Lurinchay obligó a evacuar a 30 familias del asentamiento Nueva Esperanza durante la madrugada del miércoles. El humo tóxico cubrió el sector por seis horas.

      Los bomberos de Huarangal controlaron el fuego. Los vecinos responsabilizan a la Municipalidad Distrital de Lurinchay por mantener el botadero a cielo abierto.""",
        m="I",
        t="limpieza",
        tone="-",
        note="fire at the dump",
    ),
    S(
        "w142",
        "surweb",
        "2026-11-12T13:30:00-05:00",
        "Alcalde Uchuya critica al gobierno regional por demora en hospital de Huarangal",
        """El alcalde de Lurinchay, Eleodoro Uchuya Tipacti, criticó al Gobierno Regional por la demora en la construcción del nuevo hospital de Huarangal, paralizado desde 2024, al que acuden los pacientes de su distrito.

      «Nuestros vecinos viajan hasta Ica para una cesárea», dijo.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticises the region about a hospital his people need: neutral, takes the topic",
    ),
    S(
        "w143",
        "surweb",
        "2026-11-19T13:15:00-05:00",
        "Carnaval de Huarangal ya tiene fecha",
        """La Municipalidad Provincial de Huarangal anunció que el Carnaval Huarangalino será del 13 al 16 de febrero. Se espera la participación de 30 comparsas.""",
        about=False,
        note="the province's event",
    ),
    S(
        "w144",
        "surweb",
        "2026-11-22T13:40:00-05:00",
        "Lurinchay: serenazgo sin gasolina deja de patrullar un fin de semana",
        """Las dos camionetas del serenazgo de Lurinchay no salieron a patrullar el sábado y el domingo porque no había vales de combustible, confirmaron los propios serenos.

      La gerenta municipal Rocío Magallanes atribuyó el problema a «un retraso administrativo» y dijo que ya se resolvió.""",
        m="G",
        t="seguridad",
        tone="-",
        note="patrols stopped",
    ),
    S(
        "w145",
        "surweb",
        "2026-11-28T13:00:00-05:00",
        "Municipio lurinchaíno paga sueldos y obreros levantan la huelga",
        """El municipio lurinchaíno depositó los sueldos de octubre a sus 84 obreros, que levantaron la huelga anunciada para el 1 de diciembre.

      El secretario general del sindicato dijo que vigilarán el pago de noviembre.""",
        m="I",
        tone="0",
        note="a dispute closed; labour: no topic",
    ),
]
STORIES += [
    # --- more originals, late November -----------------------------------------------------------------------------------
    S(
        "w146",
        "huarango",
        "2026-11-17T07:15:00-05:00",
        "Regidora Pecho acusa al alcalde de usar camionetas municipales en campaña; Uchuya lo niega",
        """La regidora Maribel Pecho Saravia mostró fotos de dos camionetas de la Municipalidad de Lurinchay estacionadas frente a un local partidario de Huarangal durante un mitin el domingo.

      El alcalde Eleodoro Uchuya Tipacti negó cualquier uso político: «Esas camionetas estaban en comisión de servicio, llevando documentos a la provincia». La concejala pidió a la Fiscalía revisar las bitácoras.""",
        m="R I A",
        tone="-",
        note="an accusation denied; no topic",
    ),
    S(
        "w147",
        "huarango",
        "2026-11-19T07:40:00-05:00",
        "Lurinchay cierra noviembre con cero hurtos en la plaza de armas por tercera semana",
        """Por tercera semana consecutiva, la comisaría de Lurinchay no registró hurtos en la plaza de armas ni en el paradero de la Panamericana.

      El comisario atribuyó el resultado al patrullaje integrado con los serenos de la Municipalidad Distrital de Lurinchay y a las cámaras del paradero, «las que sí funcionan», precisó con una sonrisa.""",
        m="I",
        t="seguridad",
        tone="+",
        note="good news as an absence; a wry aside does not turn it",
    ),
    S(
        "w148",
        "huarango",
        "2026-11-21T07:05:00-05:00",
        "Villa Los Huarangos y Lurinchay discuten límites en la pampa de Tacaray",
        """Las municipalidades de Villa Los Huarangos y de Lurinchay reclaman como suyas unas 600 hectáreas de la pampa de Tacaray, donde se instalaron dos fundos agroexportadores que pagan impuesto predial.

      El alcalde Genaro Uchuya dice que la pampa siempre fue de su distrito; la Municipalidad de Lurinchay presentó planos de 1962. La Presidencia del Consejo de Ministros deberá resolver.""",
        m="I",
        tone="0",
        note="a boundary dispute; the namesake Mayor speaks for the other side; the predial is in passing",
    ),
    S(
        "w149",
        "huarango",
        "2026-11-24T07:30:00-05:00",
        "Municipio anuncia campaña de descacharreo en Santa Rosa y El Arenal",
        """La gerencia de Desarrollo Social de la Municipalidad de Lurinchay realizará el sábado una campaña de descacharreo en Santa Rosa y El Arenal para prevenir el dengue antes del verano.

      Los camiones recogerán llantas, baldes, botellas y chatarra. Se pide sacar los objetos a la puerta desde las 7 de la mañana.""",
        m="I",
        t="salud",
        tone="0",
        note="a routine prevention campaign; the trucks are a means",
    ),
    S(
        "w150",
        "costasur",
        "2026-11-22T06:40:00-05:00",
        "Gerente Anicama entrega muro de contención antes de las lluvias",
        """El gerente de Desarrollo Urbano de Lurinchay, Teófilo Anicama Cordero, entregó el muro de contención de 300 metros en el cauce de la quebrada, frente al sector Las Palmeras, con tres semanas de adelanto.

      La obra costó 1,4 millones. Los vecinos, que en 2017 perdieron sus casas por un huaico, celebraron con una misa.""",
        m="U",
        t="obras",
        tone="+",
        note="works delivered early",
    ),
    S(
        "w151",
        "costasur",
        "2026-11-25T06:30:00-05:00",
        "Cantante Pisquero Uchuya llena la peña La Falca en Huarangal",
        """Más de 400 personas llenaron la peña La Falca para escuchar a Eleodoro «Pisquero» Uchuya, que presentó su disco «Valses de la pampa».

      El cantante cerró con «Mi Perú» y el público lo despidió de pie.""",
        about=False,
        note="namesake singer, full name with nickname",
    ),
    S(
        "w152",
        "rvinedos",
        "2026-11-23",
        "Vecinos de Nueva Esperanza piden que el camión de basura entre a su sector",
        """En nuestra línea abierta, vecinos del asentamiento Nueva Esperanza pidieron a la municipalidad que el camión recolector entre a su sector, que no figura en el cronograma.

      «Somos 300 familias y quemamos la basura porque no hay otra», dijo el dirigente Alejandro Yataco. La gerenta Magallanes prometió incluirlos desde diciembre.""",
        m="G",
        t="limpieza",
        tone="-",
        note="a sector left out of the garbage service",
    ),
    S(
        "w153",
        "rvinedos",
        "2026-11-26",
        "Ronda de la tarde: el alcalde Uchuya responde a los oyentes",
        """—Alcalde, ¿cuándo llega el agua a Santa Rosa?

      —Estamos perforando un pozo nuevo con el gobierno regional, en enero debe estar —respondió el alcalde Eleodoro Uchuya.

      —¿Y el mercado?

      —Depende del arbitraje, no del municipio. Yo quisiera que estuviera mañana.""",
        m="A",
        tone="0",
        note="a phone-in with mixed answers, no topic dominates",
    ),
    S(
        "w154",
        "htv5",
        "2026-11-20T03:30:00Z",
        "Canal 5: la central de monitoreo de Lurinchay por dentro",
        """Nuestras cámaras entraron a la central de monitoreo de la Municipalidad Distrital de Lurinchay. Dos operadores vigilan 20 pantallas; cuatro están en negro.

      —Esas cámaras esperan un repuesto que viene de Lima —explicó el teniente alcalde Jacinto Ormeño.

      En lo que va del mes, la central ayudó a recuperar tres tricimotos.""",
        m="I T",
        t="seguridad",
        tone="0",
        note="a report with both working and broken cameras: neutral",
    ),
    S(
        "w155",
        "htv5",
        "2026-11-27T04:45:00Z",
        "Huarangal: alcalde Bendezú y gobernador firman convenio vial",
        """El alcalde provincial Augusto Bendezú Matta y el gobernador regional firmaron un convenio para asfaltar 40 kilómetros de vías vecinales de la provincia, incluida la carretera a Tacaray.

      La inversión es de 52 millones.""",
        about=False,
        note="provincial-regional agreement; Tacaray as a place",
    ),
    S(
        "w156",
        "vecinosur",
        "2026-11-25T08:15:00-05:00",
        "Lurinchay: camión compactador nuevo llega en diciembre, anuncia la gerenta",
        """La gerenta municipal de Lurinchay, Rocío Magallanes Yataco, anunció que en diciembre llegará un tercer camión compactador, comprado a través de Perú Compras por 610 000 soles.

      Con él, dijo, ningún sector quedará fuera del recojo.""",
        m="G",
        t="limpieza",
        tone="0",
        note="a purchase announced",
    ),
    S(
        "w157",
        "lurdia",
        "2026-11-29T12:00:00-05:00",
        "Lurinchay: el teniente alcalde Ormeño pide licencia para atender a su madre",
        """El teniente alcalde Jacinto Ormeño Huamaní pidió licencia de quince días para atender a su madre, internada en Lima. La comisión de seguridad ciudadana del concejo quedará a cargo de otro regidor.""",
        m="T",
        tone="0",
        note="a council member's leave; the security committee in passing: no topic",
    ),
]
STORIES += [
    # --- syndicated copies: the aggregator and the others ------------------------------------------------------------------
    C(
        "w158",
        "w001",
        "surweb",
        "2026-11-02T10:30:00-05:00",
        "Lurinchay estrena pista en la calle Bolognesi tras años de polvo",
        extra="Con información de Diario El Huarango.",
    ),
    C(
        "w159",
        "w004",
        "surweb",
        "2026-11-04T09:00:00-05:00",
        "Doce días sin recojo de basura en la avenida Los Viñedos",
    ),
    C(
        "w160",
        "w005",
        "surweb",
        "2026-11-04T12:00:00-05:00",
        "Cámaras y serenos: caen los robos de tricimotos en Lurinchay",
        lead="""Los robos de tricimotos en Lurinchay bajaron de 23 a 11 en un trimestre, según cifras de la comisaría del distrito, que coinciden con la instalación de cámaras municipales.""",
    ),
    C(
        "w161",
        "w007",
        "vecinosur",
        "2026-11-05T11:00:00-05:00",
        "Mercado Modelo de Lurinchay: ocho meses de obra paralizada",
    ),
    C(
        "w162",
        "w012",
        "surweb",
        "2026-11-08T08:00:00-05:00",
        "Informe de control detecta sobrecosto en cámaras de Lurinchay",
        extra="Fuente: Diario El Huarango.",
    ),
    C(
        "w163",
        "w012",
        "costasur",
        "2026-11-08T06:30:00-05:00",
        "Contraloría: cámaras de Lurinchay costaron 38 % más de lo debido",
    ),
    C(
        "w164",
        "w078",
        "surweb",
        "2026-11-16T14:00:00-05:00",
        "Lurinchay se endeuda con 6 millones para pavimentar 18 calles",
        extra="Nota difundida por Huarangal TV Canal 5.",
    ),
    C(
        "w165",
        "w078",
        "vecinosur",
        "2026-11-17T09:00:00-05:00",
        "Préstamo de 6 millones divide al concejo de Lurinchay",
        lead="""Con el voto en contra de la regidora Maribel Pecho, el concejo de la Municipalidad Distrital de Lurinchay aprobó un endeudamiento de 6 millones de soles con el Banco de la Nación para pavimentar 18 calles.""",
    ),
    C("w166", "w002", "surweb", "2026-11-03T08:00:00-05:00", "Cruz Verde ya tiene losa deportiva"),
    C(
        "w167",
        "w006",
        "costasur",
        "2026-11-05T06:10:00-05:00",
        "Quebranta de bodega Don Jacinto se lleva el oro regional",
    ),
    C(
        "w169",
        "w010",
        "apnr",
        "2026-11-07T10:00:00-05:00",
        "Alcalde de distrito iqueño critica recorte del MEF para saneamiento",
        lead="""LURINCHAY, 7 nov (APNR). El alcalde de Lurinchay, Eleodoro Uchuya Tipacti, cuestionó el recorte de 4 millones de soles en transferencias del Ministerio de Economía y Finanzas para agua y desagüe en la costa sur.""",
    ),
    C("w170", "w011", "surweb", "2026-11-07T12:00:00-05:00", "Octubre sin dengue en Lurinchay"),
    C(
        "w171",
        "w017",
        "surweb",
        "2026-11-10T11:00:00-05:00",
        "Predial: Lurinchay recauda 2,3 millones hasta octubre",
        extra="Con información de Diario El Huarango.",
    ),
    C(
        "w172",
        "w020",
        "costasur",
        "2026-11-12T06:10:00-05:00",
        "Uchuya Tipacti rechaza denuncia de nepotismo en Lurinchay",
    ),
    C("w173", "w021", "surweb", "2026-11-12T13:00:00-05:00", "Lurinchay empieza a separar su basura en cinco sectores"),
    C(
        "w174",
        "w023",
        "surweb",
        "2026-11-13T12:00:00-05:00",
        "Grietas en la pista nueva de la calle Bolognesi",
        lead="""La pista de la calle Bolognesi, entregada hace un mes por la municipalidad de Lurinchay, ya muestra al menos siete grietas, algunas de dos metros.""",
        m="U I",
    ),
    C("w175", "w024", "vecinosur", "2026-11-14T08:00:00-05:00", "Huarangal jugará la final nacional de vóley sub-21"),
    C(
        "w176",
        "w029",
        "surweb",
        "2026-11-04T14:00:00-05:00",
        "Tacaray ya tiene ambulancia: fin de los traslados en tricimoto",
    ),
    C(
        "w177",
        "w033",
        "surweb",
        "2026-11-08T12:30:00-05:00",
        "Combustible del camión recolector bajo la lupa de la regidora Pecho",
    ),
    C(
        "w178",
        "w036",
        "peruqnv",
        "2026-11-11T15:00:00-05:00",
        "Campaña de vacunación en Lurinchay: 40 vacunados de 2 000",
    ),
    C(
        "w179",
        "w040",
        "surweb",
        "2026-11-15T12:00:00-05:00",
        "Poder Judicial ordena reponer a obreros despedidos en Lurinchay",
    ),
    C(
        "w180",
        "w047",
        "surweb",
        "2026-11-02T16:00:00-05:00",
        "Alcalde de Lurinchay: arbitrios no subirán en 2027",
        lead="""El alcalde de Lurinchay, Eleodoro Uchuya, aseguró en Radio Viñedos que los arbitrios de 2027 mantendrán las tasas de este año. Estos son los pasajes de la entrevista:""",
    ),
    C(
        "w181",
        "w052",
        "surweb",
        "2026-11-07T15:00:00-05:00",
        "«Valses de la pampa», el nuevo disco del Pisquero Uchuya",
    ),
    C("w182", "w059", "surweb", "2026-11-14T13:00:00-05:00", "Posta de Tacaray amplía atención con obstetricia"),
    C(
        "w183",
        "w065",
        "surweb",
        "2026-11-03T09:00:00-05:00",
        "El humo del botadero de Lurinchay enferma a los niños de Nueva Esperanza",
        extra="Reportaje de Huarangal TV Canal 5.",
    ),
    C("w184", "w067", "rvinedos", "2026-11-05", "Serenos estrenan motos, radios y chalecos"),
    C(
        "w185",
        "w072",
        "surweb",
        "2026-11-10T10:00:00-05:00",
        "Protesta de tricimoteros frente a la Municipalidad de Lurinchay",
    ),
    C("w186", "w075", "rvinedos", "2026-11-13", "Jornada antirrábica supera su meta: 540 perros vacunados"),
    C(
        "w187",
        "w080",
        "huarango",
        "2026-11-04T18:00:00-05:00",
        "Contraloría: presunto perjuicio de 310 000 soles en la comuna",
        extra="(APNR)",
    ),
    C(
        "w188",
        "w083",
        "huarango",
        "2026-11-11T19:30:00-05:00",
        "Cae «Los Arenosos», banda que robaba motobombas en los fundos",
    ),
    C(
        "w189",
        "w086",
        "costasur",
        "2026-11-19T06:20:00-05:00",
        "Anticorrupción investiga compra de cámaras en Lurinchay",
    ),
    C(
        "w190",
        "w088",
        "surweb",
        "2026-11-23T18:00:00-05:00",
        "Lurinchay cumple meta del predial y gana 640 000 soles del MEF",
    ),
    C(
        "w191",
        "w090",
        "huarango",
        "2026-11-27T19:00:00-05:00",
        "Empieza la pavimentación de seis calles de Santa Rosa",
        lead="""Con la colocación de la primera piedra a cargo del alcalde Eleodoro Uchuya Tipacti, la Municipalidad de Lurinchay inició la pavimentación de seis calles del sector Santa Rosa.""",
    ),
    C(
        "w192",
        "w093",
        "surweb",
        "2026-11-08T16:00:00-05:00",
        "Las cámaras que no graban en Lurinchay",
        extra="Publicado originalmente en El Perú que No Ves.",
    ),
    C("w193", "w099", "surweb", "2026-11-24T15:00:00-05:00", "Menos asma en El Arenal tras prohibición de quemas"),
    C(
        "w194",
        "w100",
        "costasur",
        "2026-11-28T06:30:00-05:00",
        "Mercado de Lurinchay: fierros oxidados y 1,1 millones pagados",
    ),
    C("w195", "w101", "surweb", "2026-11-02T18:00:00-05:00", "Las Palmeras: llaman al serenazgo y nadie llega"),
    C("w196", "w113", "surweb", "2026-11-02T14:00:00-05:00", "Adiós a los basurales en el cercado de Lurinchay"),
    C(
        "w197",
        "w130",
        "huarango",
        "2026-11-19T19:00:00-05:00",
        "Uchuya admite: el relleno sanitario recién tendrá expediente en 2027",
    ),
    C(
        "w198",
        "w141",
        "huarango",
        "2026-11-04T20:00:00-05:00",
        "Humo tóxico del botadero obliga a evacuar a 30 familias",
        lead="""Treinta familias del asentamiento Nueva Esperanza tuvieron que dejar sus casas en la madrugada del miércoles por el humo de un incendio en el botadero de la Municipalidad Distrital de Lurinchay.""",
    ),
    C(
        "w199",
        "w146",
        "surweb",
        "2026-11-17T15:00:00-05:00",
        "Camionetas municipales en mitin: la denuncia de la regidora Pecho",
    ),
    C("w200", "w147", "vecinosur", "2026-11-19T10:00:00-05:00", "Plaza de armas de Lurinchay: tres semanas sin hurtos"),
    C("w201", "w150", "surweb", "2026-11-22T12:00:00-05:00", "Las Palmeras ya tiene su muro contra huaicos"),
]
STORIES += [
    # --- routine municipal business, late additions ----------------------------------------------------------------------
    S(
        "w204",
        "huarango",
        "2026-11-25T07:10:00-05:00",
        "Municipalidad de Lurinchay recuerda que el 30 vence la cuarta cuota del predial",
        """La Municipalidad de Lurinchay recordó a los contribuyentes que el lunes 30 de noviembre vence la cuarta y última cuota del impuesto predial de 2026.

      Después de esa fecha se aplicará el interés moratorio de 1 % mensual. Los pagos pueden hacerse en la caja municipal o por transferencia a la cuenta del Banco de la Nación publicada en la página web.""",
        m="I",
        t="tributos",
        tone="0",
        note="a routine deadline notice",
    ),
    S(
        "w205",
        "rvinedos",
        "2026-11-20",
        "Sesión de concejo: se aprobó el TUPA y se postergó el debate del presupuesto",
        """En la sesión ordinaria del jueves, el concejo de la Municipalidad Distrital de Lurinchay aprobó el nuevo Texto Único de Procedimientos Administrativos, que reduce de 30 a 15 días el trámite de licencias de funcionamiento.

      El debate del presupuesto de obras y de seguridad para 2027 se postergó para el 3 de diciembre, a pedido del teniente alcalde Jacinto Ormeño.""",
        m="I T",
        tone="0",
        note="council routine; 'obras' and 'seguridad' only as a postponed agenda item: no topic",
    ),
    S(
        "w206",
        "costasur",
        "2026-11-24T06:20:00-05:00",
        "Gerente Anicama: licencias de construcción se tramitarán por internet desde enero",
        """El gerente de Desarrollo Urbano de Lurinchay, Teófilo Anicama Cordero, anunció que desde enero las licencias de edificación para viviendas se podrán tramitar en línea, sin acudir a la municipalidad.

      Los vecinos deberán subir los planos firmados por un ingeniero o arquitecto. El plazo de respuesta será de diez días hábiles.""",
        m="U",
        tone="0",
        note="building permits for private homes are not public works: no topic",
    ),
    S(
        "w207",
        "vecinosur",
        "2026-11-26T08:30:00-05:00",
        "Municipio lurinchaíno y comisaría aprueban plan local de seguridad ciudadana 2027",
        """El comité distrital de seguridad ciudadana, que preside el municipio lurinchaíno, aprobó el plan local de seguridad ciudadana 2027, con 42 actividades entre patrullajes integrados, charlas en colegios y recuperación de espacios públicos.

      El plan debe ser ratificado por el concejo en diciembre.""",
        m="I",
        t="seguridad",
        tone="0",
        note="a routine plan approved",
    ),
    S(
        "w208",
        "htv5",
        "2026-11-28T03:50:00Z",
        "Ejecutoría coactiva de Lurinchay notificará a 600 morosos del predial",
        """La oficina de Ejecutoría Coactiva de la Municipalidad Distrital de Lurinchay notificará desde diciembre a 600 contribuyentes con deudas del impuesto predial de más de dos años.

      Quienes no paguen ni fraccionen en siete días hábiles podrían sufrir el embargo de sus cuentas, informó la oficina.""",
        m="I",
        t="tributos",
        tone="0",
        note="enforced collection of debts is tributos; a notice, dated 27 November in Lima",
    ),
    S(
        "w209",
        "lurdia",
        "2026-11-27T12:00:00-05:00",
        "Municipalidad Distrital de Lurinchay convoca al presupuesto participativo 2027",
        """La Municipalidad Distrital de Lurinchay convoca a las juntas vecinales, clubes de madres y asociaciones a inscribirse en el proceso de presupuesto participativo 2027.

      Se decidirá el destino de 1,5 millones de soles. Las inscripciones vencen el 10 de diciembre.""",
        m="I",
        tone="0",
        note="participatory budget: none of the five topics",
    ),
    S(
        "w210",
        "apnr",
        "2026-11-29T10:40:00-05:00",
        "Lurinchay empadrona a recicladores para formalizarlos",
        """LURINCHAY, 29 nov (APNR). La Municipalidad Distrital de Lurinchay inició el empadronamiento de recicladores informales, que serán capacitados y recibirán uniformes para trabajar en el programa de segregación de residuos sólidos.

      Se estima que en el distrito trabajan unos 60 recicladores.""",
        m="I",
        t="limpieza",
        tone="0",
        note="a routine registration",
    ),
    S(
        "w211",
        "rvinedos",
        "2026-11-30",
        "Gerenta Magallanes presenta el presupuesto de apertura 2027",
        """La gerenta municipal Rocío Magallanes Yataco presentó ante el concejo el presupuesto institucional de apertura para 2027, que asciende a 24,6 millones de soles, 3 % más que este año.

      El mayor rubro sigue siendo el de personal y obligaciones. La regidora Maribel Pecho pidió más detalle antes de votar.""",
        m="G R",
        tone="0",
        note="a budget presentation: none of the five topics",
    ),
    C(
        "w212",
        "w204",
        "surweb",
        "2026-11-25T12:00:00-05:00",
        "Último plazo para pagar el predial sin moras en Lurinchay",
    ),
    C(
        "w213",
        "w207",
        "surweb",
        "2026-11-26T13:00:00-05:00",
        "Lurinchay ya tiene plan de seguridad ciudadana para 2027",
        extra="Con información de El Vecino del Sur.",
    ),
]
