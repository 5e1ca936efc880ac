# ruff: noqa: E501
"""Eleventh held-out split: a blind figure about a fourth invented municipality, this time a PROVINCIAL one.

Written by hand by a new writer (writer 16), for this purpose only, WITHOUT looking at the pipeline's code
(heraldo/monitoring/**), at its baselines, tone or topic dumps, at the other splits' stories (beyond the header,
SOURCES and the first stories of heldout6, for the format) or at any report of the pipeline on them. Labels follow
the labelling rules of docs/monitoring-evaluation.md and were fixed before the split was ever run; they must not be
changed because of what the pipeline answers. Every name, outlet and place is invented.

The part brings its own watch list (SETUP), outlets, person codes and template furniture: the Municipalidad
Provincial de Tamarindal (MPT), seat of the province of Tamarindal in the invented northern-coast region of
Tallanca: a fishing port next door, mango and lemon exporters, quebradas that overflow when El Niño brings rain,
mototaxis, dengue, the Pampa Chivato dump, the Mercado Modelo, predial and arbitrios, serenazgo and cameras, and a
Hospital de Apoyo run by the regional government (Diresa Tallanca). Its Mayor is a woman, addressed as «Señora
Alcaldesa». The stories are dated November 2026, after the October municipal elections: an alcalde electo who is
not watched takes office on 1 January 2027, and the transfer of the administration is under way.

Codes: m = who is named (A alcaldesa Rosalía Querevalú Chunga «Chalía», G gerente municipal Edilberto Sernaqué
Lizana, T teniente alcalde Humberto Ynga Ruesta, R regidora (opposition) Gladys Cherre Amaya, S gerente de Seguridad
Ciudadana Wálter Nunura Chapilliquén, I the Municipalidad Provincial de Tamarindal); t = topics (limpieza seguridad
obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the municipality (defaults
to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own headline, sometimes its own
lead (lead=) or a credit line added at the end (extra=); where the new lead or line names someone else of ours, the
copy carries its own m=.

Writer's conventions (the doc's rules, applied strictly):
- "la alcaldesa de Tamarindal", "la alcaldesa provincial de Tamarindal", "la alcaldesa tamarindaleña", "la
  burgomaestre de Tamarindal" are a title plus the place: they name the Mayor. A bare "la alcaldesa", "la
  alcaldesa provincial", "Señora Alcaldesa", "la burgomaestre", "la primera autoridad provincial", "la comuna",
  "el municipio", "la gestión edil" do not. "Querevalú" alone after the Mayor was named is part of the same
  mention. «Chalía» alone counts only where it is plainly her (a story about her administration); the cook
  «Chalía» of a cevichería is not her.
- "Municipalidad (Provincial) de Tamarindal", "la MPT", "municipio tamarindaleño", "comuna tamarindaleña",
  "municipalidad tamarindaleña", "municipio/comuna de Tamarindal" name the institution, also inside a longer name
  ("la Procuraduría de la Municipalidad Provincial de Tamarindal"). "Vecinos de Tamarindal", "el serenazgo de
  Tamarindal", "serenos tamarindaleños", "la provincia", "el concejo", "la gerencia municipal" do not. A person
  named with a title plus the place ("el gerente municipal de Tamarindal") is that person, not the institution.
- The Municipalidad Distrital de Puerto Tamarindal (the fishing port, a district inside the province, with its own
  Mayor) is NOT us, nor are the districts Santa Rufina and Cerro Tizón, the Gobierno Regional de Tallanca or its
  Hospital de Apoyo Tamarindal.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly her),
  title plus surname ("la regidora Cherre", "el gerente Nunura") or a listed alias. "Walter Nunura" without the
  accent is still him.
- Traps: Segundo Ynga Panta, Mayor of the district Puerto Tamarindal ("el alcalde Ynga" there, no relative); the
  teenage marinera champion Rosalía Querevalú Flores; the mango exporter Edilberto Sernaqué of Agroexportadora
  Sernaqué; the boxer Wálter «Ciclón» Nunura; the teacher Humberto Ynga Sosa of Santa Rufina; Milagros Cherre,
  regidora of the neighbouring province Sechurana ("la regidora Cherre" there); the alcalde electo Teodoro Lalupú
  Vite and the former Mayor Baltazar Zapata Morales (2019-2022), neither watched; the regional governor Leoncio
  Farfán Mío; the club Deportivo Tamarindal, the company Pesquera Tamarindal S.A.C., a caserío also called
  Tamarindal in San Martín; the water company EPS Aguas del Sarco.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the regional or national government is neutral toward us unless the story is about our own
  failure. A mixed story takes the tone a press officer would take away (headline and weight of the text). An
  accusation the official denies is still a story about an accusation (negative). Stories not about the
  municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention. A road, a drain or a hospital the Mayor asks others to fund takes that topic. Clearing the beds
  of quebradas and rivers (descolmatación), river defences, drainage, sewage and street works are obras; garbage
  collection, sweeping, the dump and the landfill are limpieza (a stalled landfill works is obras and limpieza);
  abatización, fumigation, anemia and health campaigns are salud. Water supply, street lighting, mototaxis and
  traffic, emergencies with pumps, culture, sport and staff disputes are none of the five. Arbitrios (even "de
  limpieza pública"), predial, the market fee (sisa) and enforced collection are tributos.
- Stories that name the municipality only in passing (a list of signatories, a licence in a company profile, a
  Mayor among the guests of someone else's event) are about=False, with whoever is named.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcalde",
    "R": "regidora_cherre",
    "S": "gerente_seguridad",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Provincial de Tamarindal",
        "short_name": "MPT",
        "level": "PROVINCIAL",
        "province": "Tamarindal",
        "aliases": [
            "municipio tamarindaleño",
            "comuna tamarindaleña",
            "Municipalidad de Tamarindal",
            "municipalidad tamarindaleña",
        ],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Rosalía",
            "surnames": "Querevalú Chunga",
            "sex": "F",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_PROVINCIAL",
            "nickname": "Chalía",
            "aliases": ["Chalía Querevalú", "alcaldesa Querevalú", "Querevalú Chunga", "Rosalía Querevalú"],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Edilberto",
            "surnames": "Sernaqué Lizana",
            "sex": "M",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerente Sernaqué", "gerente municipal Edilberto Sernaqué"],
        },
        {
            "key": "teniente_alcalde",
            "given_names": "Humberto",
            "surnames": "Ynga Ruesta",
            "sex": "M",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcalde Ynga", "regidor Ynga"],
        },
        {
            "key": "regidora_cherre",
            "given_names": "Gladys",
            "surnames": "Cherre Amaya",
            "sex": "F",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidora Cherre", "concejala Cherre"],
        },
        {
            "key": "gerente_seguridad",
            "given_names": "Wálter",
            "surnames": "Nunura Chapilliquén",
            "sex": "M",
            "position": "Gerente de Seguridad Ciudadana",
            "position_feminine": "Gerenta de Seguridad Ciudadana",
            "office_code": "GERENTE_SEGURIDAD",
            "aliases": ["Wálter Nunura", "gerente Nunura"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "tamweb": {
        "name": "Tamarindal al Día",
        "host": "tamarindalaldia.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 70000,
    },
    "cronica": {
        "name": "Diario La Crónica del Norte",
        "host": "lacronicadelnorte.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "rmar": {
        "name": "Radio Mar Azul 101.3 FM",
        "host": "radiomarazul.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 30000,
    },
    "tvnorte": {
        "name": "Tamarindal TV Canal 11",
        "host": "tamarindaltv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 110000,
    },
    "peruhoy": {
        "name": "Perú Regiones Hoy",
        "host": "peruregioneshoy.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 750000,
    },
    "malecon": {
        "name": "El Blog del Malecón",
        "host": "blogdelmalecon.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "noticosta": {
        "name": "NotiCosta Norte",
        "host": "noticostanorte.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 40000,
    },
    "expnorte": {
        "name": "Exprés Costa Norte",
        "host": "exprescostanorte.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 9000,
    },
}

FURNITURE = {
    "old_comments": [
        "Esa Chalía Querevalú solo aparece para la foto cuando hay cámaras, el resto del año ni se le ve",
        "El municipio tamarindaleño cobra arbitrios de lujo y la basura sigue en las esquinas",
    ],
    "old_most_read": "Asaltan a mototaxista en el óvalo de Puerto Tamarindal",
    "old_motto": "El diario del norte desde 1979",
    "old_city": "Tallanca",
    "section_agenda": "Santa Rufina celebra a su patrona con procesión y fuegos artificiales",
    "hostile_place": "Tamarindal",
    "hostile_alias": "municipio tamarindaleño",
    "error_page_outlet": "Exprés Costa Norte, las noticias del litoral",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expnorte": {
        "name": "Exprés Costa Norte",
        "outlet": "expnorte",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["n013", "n103"],
        "cut_at": 0.65,
    },
    "tamweb": {
        "name": "Tamarindal al Día",
        "outlet": "tamweb",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "cronica": {
        "name": "Diario La Crónica del Norte",
        "outlet": "cronica",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/provincias.xml",
    },
    "rmar": {
        "name": "Radio Mar Azul 101.3 FM",
        "outlet": "rmar",
        "format": "rss",
        "mode": "description",
        "path": "/noticias/rss",
    },
    "tvnorte": {"name": "Tamarindal TV Canal 11", "outlet": "tvnorte", "format": "atom", "path": "/atom.xml"},
    "peruhoy": {
        "name": "Perú Regiones Hoy",
        "outlet": "peruhoy",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/regiones/feed/",
    },
    "malecon": {
        "name": "El Blog del Malecón",
        "outlet": "malecon",
        "format": "section",
        "template": "section",
        "path": "/columnas",
    },
    "noticosta": {
        "name": "NotiCosta Norte",
        "outlet": "noticosta",
        "format": "rss",
        "mode": "full",
        "path": "/rss.xml",
    },
}

STORIES = [
    # --- Tamarindal al Día: provincial web, full text in RSS, priority ------------------------------------------------
    S(
        "n001",
        "tamweb",
        "2026-11-02T07:10:00-05:00",
        "Municipalidad Provincial de Tamarindal termina de descolmatar la quebrada Los Tunales antes de las lluvias",
        """Las máquinas se retiraron ayer del cauce de la quebrada Los Tunales después de 47 días de trabajo. La Municipalidad Provincial de Tamarindal informó que se limpiaron 4,2 kilómetros de cauce y se retiraron 38 000 metros cúbicos de arena, ramas y desmonte, el mismo material que en marzo de 2023 desvió el agua hacia más de 600 viviendas del asentamiento humano Los Ficus.

        «Esta vez no nos van a encontrar con el cauce lleno», dijo la alcaldesa Rosalía Querevalú Chunga durante la verificación final, acompañada por técnicos de Defensa Civil y por dirigentes de la margen derecha.

        La intervención costó 1,1 millones de soles, financiados con recursos ordinarios. Los vecinos, que en el último Niño costero perdieron muebles, cuyes y gallinas, pidieron que el trabajo se repita cada año antes de diciembre.""",
        m="I A",
        t="obras",
        tone="+",
        note="descolmatación told through figures; 'limpiaron el cauce' is obras, not limpieza pública",
    ),
    S(
        "n002",
        "tamweb",
        "2026-11-02T19:40:00-05:00",
        "Rosalía Querevalú se corona campeona regional de marinera en la categoría juvenil",
        """Con pañuelo blanco, falda de tondero y un zapateo que arrancó aplausos de pie, Rosalía Querevalú Flores, de 16 años, ganó el domingo el Concurso Regional de Marinera Norteña en la categoría juvenil, celebrado en el coliseo cerrado de la ciudad de Tallanca.

        La estudiante del colegio Santa Julia bailó con Jhonatan Purizaca, su pareja desde los nueve años. «Le dedico el triunfo a mi abuela, que me cosió el vestido», dijo Rosalía entre lágrimas.

        La pareja viajará en enero a Trujillo para el concurso nacional. Su academia, Brisas del Sarco, busca auspiciadores para cubrir los pasajes.""",
        about=False,
        note="namesake: a teenage dancer with the Mayor's given name and first surname",
    ),
    S(
        "n003",
        "tamweb",
        "2026-11-03T08:05:00-05:00",
        "Concejo aprueba alza de 12 % en arbitrios para 2027; vecinos hablan de «golpe al bolsillo»",
        """Por siete votos contra cuatro, el concejo de la Municipalidad Provincial de Tamarindal aprobó la noche del lunes la ordenanza que fija los arbitrios de limpieza pública, parques y jardines y serenazgo para 2027. En promedio, una vivienda del cercado pagará 12 % más: de 28 a 31,40 soles al mes.

        La regidora Gladys Cherre Amaya, que votó en contra, sostuvo que el aumento se aprobó «sin un solo estudio de costos publicado en el portal» y anunció que pedirá a la Defensoría del Pueblo que revise la ordenanza.

        «Ya pagamos el predial, el agua, la luz, y ahora esto, cuando en mi cuadra el camión pasa día por medio», protestó Segundo Chapoñán, que tiene una bodega en la avenida Grau. La ordenanza debe ser ratificada antes del 31 de diciembre.""",
        m="I R",
        t="tributos",
        tone="-",
        note="arbitrios 'de limpieza pública' are tributos, not limpieza",
    ),
    S(
        "n004",
        "tamweb",
        "2026-11-03T12:30:00-05:00",
        "Alcalde Segundo Ynga inaugura losa deportiva en la caleta de Puerto Tamarindal",
        """La Municipalidad Distrital de Puerto Tamarindal entregó ayer la losa multideportiva del barrio La Caleta, con graderías techadas, iluminación y un cerco perimétrico que la separa del desembarcadero.

        La obra costó 780 000 soles. «Los muchachos del puerto ya no tienen que jugar entre las redes», dijo el alcalde Ynga, que inauguró la losa con un partido entre pescadores y estibadores.

        El burgomaestre porteño, Segundo Ynga Panta, anunció que en diciembre empezará el enmallado del mercado de mariscos.""",
        about=False,
        note="a district municipality inside the province, with 'Tamarindal' in its name; its Mayor shares the teniente alcalde's surname",
    ),
    S(
        "n005",
        "tamweb",
        "2026-11-04T06:50:00-05:00",
        "Brigadas municipales abatizan 3 200 viviendas de Villa Primavera y Los Ficus",
        """Sesenta brigadistas de la Municipalidad de Tamarindal recorrieron durante diez días las manzanas de Villa Primavera y Los Ficus, los dos sectores donde el verano pasado se concentraron los casos de dengue de la provincia. Revisaron 3 200 viviendas, colocaron abate en tanques y cilindros y voltearon llantas, baldes y macetas.

        Según el informe entregado a la Red de Salud, el índice aédico bajó de 8,4 % a 2,1 % en esos sectores. «Antes encontrábamos larvas en una de cada doce casas; ahora en una de cada cincuenta», explicó la bióloga Karina Timaná, que coordina las brigadas.

        La campaña seguirá en diciembre en el asentamiento humano 9 de Octubre.""",
        m="I",
        t="salud",
        tone="+",
        note="dengue prevention by the municipality, an outcome in figures",
    ),
    S(
        "n006",
        "tamweb",
        "2026-11-04T21:15:00-05:00",
        "Video muestra a serenos arrebatando cajas de mango a ambulantes; gerente niega agresión",
        """Un video grabado con un celular el martes en la cuadra cuatro de la avenida Grau circula desde anoche en los grupos vecinales: muestra a tres serenos forcejeando con una vendedora de mangos y subiendo sus cajas a una camioneta mientras ella grita que le devuelvan la balanza.

        La vendedora, Maritza Ramírez, asegura que uno de los serenos la empujó contra un poste. «Yo tengo mi carné de comerciante, no soy ninguna delincuente», dijo.

        El gerente de Seguridad Ciudadana, Wálter Nunura Chapilliquén, negó que hubiera agresión. «Se retiró mercadería de la vía pública, como manda la ordenanza, y se levantó un acta», afirmó, y añadió que la comuna tamarindaleña revisará las imágenes completas de la cámara de la esquina.""",
        m="S I",
        t="seguridad",
        tone="-",
        note="an accusation the official denies is still negative",
    ),
    S(
        "n007",
        "tamweb",
        "2026-11-05T07:25:00-05:00",
        "Nuevo Mercado Modelo acumula cuatro meses de retraso y el contratista pide más plazo",
        """La obra del nuevo Mercado Modelo de Tamarindal debía entregarse en julio. En noviembre, la estructura del segundo piso aún no tiene techo y el avance físico, según el último informe de la supervisión, es de 61 %.

        El consorcio Costa Norte pidió una tercera ampliación de plazo, esta vez de 75 días, por «lluvias atípicas y retraso en la entrega de terrenos». El gerente municipal, Edilberto Sernaqué Lizana, admitió que la Municipalidad Provincial de Tamarindal aplicará penalidades si la obra no se reactiva «a ritmo de trabajo» en las próximas dos semanas.

        Los 420 comerciantes que fueron reubicados en la losa del estadio llevan diez meses vendiendo bajo toldos de plástico. «Nos dijeron seis meses y ya vamos a pasar otra Navidad aquí», lamentó la dirigenta Juana Sosa.""",
        m="I G",
        t="obras",
        tone="-",
        note="a delayed work; the manager's answer does not change the weight of the story",
    ),
    S(
        "n008",
        "tamweb",
        "2026-11-05T16:00:00-05:00",
        "Agroexportadora Sernaqué embarca el primer contenedor de mango Kent de la campaña",
        """El primer contenedor refrigerado de la campaña 2026-2027 salió ayer de la planta de empaque de Agroexportadora Sernaqué e Hijos, en el kilómetro 12 de la carretera a Santa Rufina, rumbo a Rotterdam.

        Su fundador, Edilberto Sernaqué, de 71 años, recordó que empezó vendiendo mangos en carretilla en el mercado. «Este año esperamos mandar 400 contenedores si el clima ayuda», dijo. La empresa emplea a 1 100 trabajadores en temporada alta, la mayoría mujeres.""",
        about=False,
        note="namesake: an exporter with the gerente municipal's given name and surname",
    ),
    S(
        "n009",
        "tamweb",
        "2026-11-06T08:40:00-05:00",
        "Alcaldesa de Tamarindal exige al Gobierno Regional especialistas para el Hospital de Apoyo",
        """La alcaldesa de Tamarindal, Rosalía Querevalú Chunga, envió una carta al gobernador regional Leoncio Farfán Mío en la que le pide contratar con urgencia un pediatra, un ginecólogo y dos anestesiólogos para el Hospital de Apoyo Tamarindal, que depende de la Dirección Regional de Salud.

        «No puede ser que una madre de la provincia tenga que viajar tres horas para una cesárea. La salud es competencia de la región y la región no está cumpliendo», escribió.

        La Diresa Tallanca respondió que la convocatoria para los especialistas se publicará en diciembre.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticising the regional government: neutral toward us; the hospital she asks for takes salud",
    ),
    S(
        "n010",
        "tamweb",
        "2026-11-06T13:20:00-05:00",
        "EPS Aguas del Sarco cortará el agua 18 horas en el cercado por cambio de válvulas",
        """La empresa prestadora EPS Aguas del Sarco anunció un corte de agua de 18 horas para el jueves en el cercado de Tamarindal y las urbanizaciones Santa Julia y El Bosque, por el cambio de dos válvulas en la línea de conducción.

        El servicio se suspenderá desde las 6 de la mañana. La empresa recomendó almacenar agua en recipientes limpios y tapados. Habrá dos camiones cisterna en la plaza de armas y en el parque de Santa Julia.""",
        about=False,
        note="water company notice; the town's name only",
    ),
    S(
        "n011",
        "tamweb",
        "2026-11-07T07:00:00-05:00",
        "Llegan tres compactadoras y el recojo de basura será diario en 22 asentamientos humanos",
        """Tres camiones compactadores de 15 metros cúbicos llegaron anoche al patio de maquinaria de la Municipalidad Provincial de Tamarindal. Con ellos, la flota pasa de cinco a ocho unidades operativas.

        La alcaldesa Rosalía Querevalú explicó que desde el lunes el recojo de residuos será diario en 22 asentamientos humanos donde hasta ahora el camión pasaba dos veces por semana. «Se acabó ver la basura amontonada en las esquinas de Los Ficus y 9 de Octubre», dijo.

        Los vehículos costaron 2,4 millones de soles y fueron comprados a través del catálogo electrónico de Perú Compras.""",
        m="I A",
        t="limpieza",
        tone="+",
    ),
    S(
        "n012",
        "tamweb",
        "2026-11-07T18:30:00-05:00",
        "Teniente alcalde Humberto Ynga presidirá la comisión de transferencia",
        """En sesión extraordinaria, el concejo provincial designó a los cinco integrantes de la comisión que entregará la gestión al equipo del alcalde electo el 1 de enero. La presidirá el teniente alcalde Humberto Ynga Ruesta.

        Según la resolución de alcaldía, la Municipalidad Provincial de Tamarindal deberá entregar el informe de rendición de cuentas, el inventario de bienes y el estado de las obras en ejecución antes del 15 de diciembre. La primera reunión con los representantes del alcalde electo será el martes.""",
        m="T I",
        tone="0",
    ),
    S(
        "n013",
        "tamweb",
        "2026-11-08T06:30:00-05:00",
        "Tres días de humo: el botadero de Pampa Chivato vuelve a arder y Los Ficus no puede respirar",
        """Desde el miércoles, una columna de humo gris sale del botadero de Pampa Chivato, a 3 kilómetros del cercado. Con el viento de la tarde, el humo llega a las casas de Los Ficus y a la institución educativa 14057, donde el jueves se suspendieron las clases.

        «Mi hijo tiene asma y anoche lo llevamos a emergencia», contó Flor Yovera, vecina de la manzana K. Los bomberos sofocaron dos focos, pero la basura sigue ardiendo bajo tierra.

        No es la primera vez. El OEFA ya multó en 2025 a la Municipalidad Provincial de Tamarindal por operar el botadero sin cobertura diaria de los residuos, y el relleno sanitario que debía reemplazarlo sigue sin terminarse. La comuna tamarindaleña no respondió a las preguntas de este medio.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "n014",
        "tamweb",
        "2026-11-08T22:10:00-05:00",
        "Deportivo Tamarindal golea 4-0 y jugará la etapa regional de la Copa Perú",
        """Deportivo Tamarindal no tuvo piedad de Unión Santa Rufina: con tres goles en el primer tiempo y uno de penal al final, el equipo tamarindaleño ganó 4-0 y clasificó a la etapa regional de la Copa Perú.

        El estadio estuvo lleno. «Ahora sí vamos por el ascenso», dijo el técnico Óscar Lizana, que pidió a la hinchada acompañar al equipo en su visita a Sechurana.""",
        about=False,
        note="a club using the town's name",
    ),
    S(
        "n015",
        "tamweb",
        "2026-11-09T07:45:00-05:00",
        "Recaudación del impuesto predial crece 18 % y supera los 6 millones de soles",
        """Hasta el 31 de octubre, la MPT recaudó 6,3 millones de soles por impuesto predial, 18 % más que en el mismo periodo de 2025, según el reporte de la Gerencia de Administración Tributaria.

        El aumento se explica por la actualización del catastro en el cercado, que incorporó 2 900 predios que no estaban registrados, y por la cobranza a 45 grandes deudores, entre ellos dos empacadoras y una pesquera, que pagaron 1,3 millones en deudas atrasadas.

        El dinero, según la gerencia, se destinará en parte al mantenimiento de pistas y parques.""",
        m="I",
        t="tributos",
        tone="+",
        note="the institution named by its initials only",
    ),
    S(
        "n016",
        "tamweb",
        "2026-11-09T19:00:00-05:00",
        "Regidora Cherre: 17 de las 40 cámaras de videovigilancia no funcionan",
        """La regidora Gladys Cherre Amaya presentó fotografías y un acta de inspección según los cuales 17 de las 40 cámaras de videovigilancia instaladas en 2025 están apagadas o tienen el lente roto. «Pagamos 3,2 millones por un sistema que ve la mitad de la ciudad», afirmó.

        El gerente Nunura reconoció que hay «cámaras en mantenimiento», pero sostuvo que son nueve y no diecisiete, y que la empresa proveedora está obligada a repararlas por la garantía.

        La regidora pidió que el gerente sea citado a la próxima sesión de concejo.""",
        m="R S",
        t="seguridad",
        tone="-",
    ),
    S(
        "n017",
        "tamweb",
        "2026-11-10T09:00:00-05:00",
        "Nota de prensa: lanzan la campaña «Tamarindal Limpio» en playas y malecón",
        """La Municipalidad Provincial de Tamarindal, a través de la Subgerencia de Gestión Ambiental, informa a la opinión pública el lanzamiento de la campaña «Tamarindal Limpio, Tamarindal Nuestro», que se desarrollará en las playas Las Gaviotas y El Faro y en el malecón de la ciudad durante la temporada de verano.

        La campaña comprende la instalación de 60 contenedores diferenciados, barrido diario de la franja de arena, recojo de residuos tres veces al día los fines de semana y charlas de sensibilización a bañistas y comerciantes.

        La señora alcaldesa provincial, Rosalía Querevalú Chunga, invita a la población a sumarse a las jornadas de voluntariado los sábados a las 7 de la mañana.

        Tamarindal, 10 de noviembre de 2026. Oficina de Imagen Institucional.""",
        m="I A",
        t="limpieza",
        tone="+",
        note="a press release reprinted whole",
    ),
    S(
        "n018",
        "tamweb",
        "2026-11-10T20:20:00-05:00",
        "Alcalde electo afirma que recibirá una deuda de 14 millones; gerencia municipal lo niega",
        """El alcalde electo de Tamarindal, Teodoro Lalupú Vite, aseguró que la gestión saliente le dejará deudas con proveedores y contratistas por al menos 14 millones de soles. «Vamos a encontrar un municipio quebrado, con obras a medias y planillas impagas», dijo en conferencia de prensa.

        El gerente municipal, Edilberto Sernaqué Lizana, calificó la cifra de «irresponsable» y afirmó que la deuda real es de 3,8 millones, «casi toda con proveedores de combustible y con plazo de pago en enero». Agregó que la Municipalidad Provincial de Tamarindal entregará todos los estados financieros a la comisión de transferencia.""",
        m="G I",
        tone="-",
        note="the alcalde electo is not watched; an accusation denied is negative",
    ),
    S(
        "n019",
        "tamweb",
        "2026-11-11T07:30:00-05:00",
        "Mototaxistas tienen hasta el 20 de diciembre para empadronarse",
        """La Municipalidad Provincial de Tamarindal recordó que el plazo para el empadronamiento de mototaxis vence el 20 de diciembre. Hasta la fecha se han inscrito 3 400 de las cerca de 5 000 unidades que circulan en el cercado.

        Los conductores deben presentar su licencia de categoría B-IIc, el SOAT vigente y la tarjeta de propiedad. Las unidades empadronadas recibirán un sticker con código QR y deberán pintar la carrocería de color verde limón a partir de marzo.""",
        m="I",
        tone="0",
        note="mototaxis and traffic are none of the five topics",
    ),
    S(
        "n020",
        "tamweb",
        "2026-11-11T12:45:00-05:00",
        "Pistas de 9 de Octubre se rajan a menos de dos meses de su entrega",
        """No han pasado ni dos meses desde que la comuna tamarindaleña cortó la cinta de las pistas del asentamiento humano 9 de Octubre y los vecinos ya cuentan las grietas: once en la calle Los Pinos, siete en la calle Las Palmeras, una de ellas de un dedo de ancho.

        «Pusimos nuestra mano de obra para las veredas y ahora se rompe la pista», reclamó Wilmer Chunga, presidente de la junta vecinal. La obra costó 2,9 millones de soles.

        La Subgerencia de Obras informó que notificó al contratista para que repare las losas dentro de la garantía, pero no precisó un plazo.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "n021",
        "tamweb",
        "2026-11-12T08:10:00-05:00",
        "Presupuesto participativo 2027 prioriza drenaje pluvial y pistas en cinco sectores",
        """Dirigentes de 64 organizaciones participaron el sábado en el taller final del presupuesto participativo 2027 de la Municipalidad Provincial de Tamarindal. Se priorizaron doce proyectos por 8,7 millones de soles: cinco de drenaje pluvial, cuatro de pistas y veredas, dos de agua y uno de un puesto de salud.

        El gerente municipal, Edilberto Sernaqué, explicó que los proyectos deberán ser ratificados por la nueva gestión. Los dirigentes de Villa Primavera pidieron que el drenaje de su sector sea el primero, porque cada verano se inundan las calles.""",
        m="I G",
        t="obras",
        tone="0",
    ),
    S(
        "n022",
        "tamweb",
        "2026-11-12T17:55:00-05:00",
        "Caserío Tamarindal, en la selva de San Martín, recibe luz eléctrica después de 40 años",
        """Los 230 habitantes del caserío Tamarindal, en la selva de la región San Martín, prendieron por primera vez un foco en sus casas. El proyecto de electrificación rural, del Ministerio de Energía y Minas, instaló 14 kilómetros de red.

        «Ahora los chicos pueden hacer las tareas de noche», dijo Eusebio Tapullima, agente municipal del caserío, fundado en 1986 por migrantes de la costa.""",
        about=False,
        note="a namesake place in another region",
    ),
    S(
        "n023",
        "tamweb",
        "2026-11-13T07:05:00-05:00",
        "Serenos frustran asalto a un agente bancario en la avenida Bolognesi; dos detenidos",
        """Dos delincuentes que intentaron asaltar a un agente bancario en la avenida Bolognesi fueron detenidos por serenos que patrullaban en motocicleta. La operadora de la central de videovigilancia vio por las cámaras cómo uno de los sujetos sacaba un arma y alertó a la unidad más cercana, que llegó en menos de dos minutos.

        Los detenidos, de 19 y 23 años, fueron entregados a la comisaría con un revólver y una motocicleta sin placa. El agente no perdió el dinero.

        El gerente de Seguridad Ciudadana destacó la coordinación entre la central y el patrullaje. La provincia registra este año 23 % menos robos en la vía pública que en 2025.""",
        about=True,
        t="seguridad",
        tone="+",
        note="about us with nobody named: serenos, the central and a bare 'gerente de Seguridad Ciudadana'",
    ),
    S(
        "n024",
        "tamweb",
        "2026-11-13T15:30:00-05:00",
        "Diresa reporta 140 casos de dengue en Puerto Tamarindal y Santa Rufina",
        """La Dirección Regional de Salud confirmó 140 casos de dengue en los distritos de Puerto Tamarindal y Santa Rufina en lo que va de noviembre, la mayoría en los barrios cercanos al desembarcadero.

        Los establecimientos de salud de ambos distritos ampliaron su horario de atención. La Diresa pidió a la población eliminar los recipientes con agua acumulada y acudir al médico ante fiebre alta y dolor detrás de los ojos.""",
        about=False,
        note="dengue in other districts of the province: no municipal angle",
    ),
    S(
        "n025",
        "tamweb",
        "2026-11-14T08:00:00-05:00",
        "Cuatro de cada diez vecinos no pagan arbitrios; MPT admite que no le alcanza para el recojo",
        """La morosidad en el pago de arbitrios llegó a 41 % en 2026, según el informe de la Gerencia de Administración Tributaria presentado en la comisión de economía del concejo. En el asentamiento humano Los Ficus, solo 22 de cada cien hogares están al día.

        La Municipalidad Provincial de Tamarindal reconoce en el mismo informe que lo recaudado por arbitrios cubre apenas el 58 % del costo real del servicio, y que la diferencia sale de otras partidas.

        Los regidores de oposición atribuyeron la morosidad a la falta de incentivos y a la poca confianza de los vecinos. El informe no incluye ninguna propuesta para revertir la situación.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "n026",
        "tamweb",
        "2026-11-14T19:25:00-05:00",
        "Fiscalía formaliza investigación contra el exalcalde Baltazar Zapata por el malecón de 2021",
        """La Fiscalía Provincial Anticorrupción formalizó investigación preparatoria contra el exalcalde Baltazar Zapata Morales y cuatro exfuncionarios por presunta colusión en la obra del malecón turístico, ejecutada en 2021 con un sobrecosto de 2,6 millones de soles según la Contraloría.

        La Procuraduría Pública de la Municipalidad Provincial de Tamarindal se constituyó como actor civil y pedirá una reparación de 3 millones. Zapata Morales, que gobernó la provincia entre 2019 y 2022, sostuvo en un comunicado que la obra «se hizo con todos los informes técnicos».""",
        m="I",
        t="obras",
        tone="0",
        note="a former Mayor, not watched; the institution is the aggrieved party: neutral toward the current administration",
    ),
    S(
        "n027",
        "tamweb",
        "2026-11-15T09:30:00-05:00",
        "Querevalú hace balance: «Dejamos 63 kilómetros de pistas donde antes había arena»",
        """A 45 días del fin de su gestión, la alcaldesa Querevalú Chunga recibió a este medio en su despacho con un mapa del cercado lleno de líneas rojas: cada una es una calle pavimentada desde 2023. Son 63 kilómetros de pistas y 48 de veredas en 31 asentamientos humanos.

        «Cuando llegamos, el 70 % de las calles del cercado eran de arena. Hoy es el 38 %», dijo. La cifra coincide con el inventario vial que la Subgerencia de Obras publicó en octubre.

        Reconoció que quedan pendientes el drenaje de Villa Primavera y el nuevo Mercado Modelo. «No todo salió a tiempo, pero las pistas están ahí y cualquiera puede caminarlas», afirmó.""",
        m="A",
        t="obras",
        tone="+",
    ),
    S(
        "n028",
        "tamweb",
        "2026-11-15T16:10:00-05:00",
        "Productores de limón bloquean la Panamericana por caída de precios",
        """Unos 300 productores de limón bloquearon durante cinco horas la carretera Panamericana a la altura del desvío a Cerro Tizón. Denuncian que el precio en chacra cayó a 40 céntimos el kilo, menos de lo que cuesta cosecharlo.

        Los agricultores pidieron al Ministerio de Desarrollo Agrario que compre la sobreproducción. La Policía despejó la vía al mediodía sin detenidos.""",
        about=False,
    ),
    S(
        "n029",
        "tamweb",
        "2026-11-16T07:15:00-05:00",
        "Basura se acumula en el Mercado Modelo: obreros de limpieza acatan huelga por sueldos impagos",
        """Cerros de cáscaras de mango, cajas rotas y bolsas con restos de pescado se acumulan desde el sábado en los alrededores de la losa donde funciona provisionalmente el Mercado Modelo. Los 180 obreros de limpieza pública de la Municipalidad Provincial de Tamarindal están en huelga indefinida: dicen que no cobran desde setiembre.

        «Tenemos hijos, tenemos deudas, no podemos barrer gratis», dijo Julio Ayala, secretario del sindicato.

        El gerente municipal Sernaqué afirmó que el pago de setiembre se hará el viernes y el de octubre «en la primera quincena de diciembre». Los comerciantes del mercado han empezado a quemar la basura por las noches.""",
        m="I G",
        t="limpieza",
        tone="-",
    ),
    S(
        "n030",
        "tamweb",
        "2026-11-16T18:00:00-05:00",
        "Policlínico municipal tamizó a 600 niños contra la anemia; 120 ya reciben tratamiento",
        """En tres semanas de campaña, el Policlínico Municipal de la Municipalidad de Tamarindal midió la hemoglobina a 612 niños menores de cinco años de los asentamientos humanos de la zona norte. Encontró anemia en 124 de ellos, que ya reciben hierro y controles mensuales.

        El teniente alcalde Humberto Ynga Ruesta, que acompañó la entrega de los resultados, anunció que la campaña llegará en diciembre a la zona sur. «La anemia se puede ganar si la encontramos a tiempo», dijo la pediatra del policlínico, Rocío Namuche.""",
        m="I T",
        t="salud",
        tone="+",
    ),
    S(
        "n031",
        "tamweb",
        "2026-11-17T08:20:00-05:00",
        "Regidora Cherre denuncia que tres familiares del gerente municipal trabajan en la comuna",
        """La regidora Gladys Cherre presentó ante el Órgano de Control Institucional una denuncia por presunto nepotismo: afirma que un sobrino, una cuñada y un primo del gerente municipal Edilberto Sernaqué Lizana fueron contratados por locación de servicios en 2026.

        Sernaqué negó las acusaciones. «Ninguna de esas personas es mi pariente dentro del cuarto grado. Que la regidora presente las partidas», respondió. La regidora anunció que entregará los documentos al OCI esta semana.""",
        m="R G",
        tone="-",
        note="accusation denied: negative",
    ),
    S(
        "n032",
        "tamweb",
        "2026-11-17T15:40:00-05:00",
        "MPT y Sunarp firman convenio para inscribir viviendas de asentamientos humanos",
        """La Municipalidad Provincial de Tamarindal y la Superintendencia Nacional de los Registros Públicos firmaron un convenio para facilitar la inscripción de viviendas en 14 asentamientos humanos del cercado.

        Los vecinos podrán iniciar el trámite en una ventanilla instalada en el palacio municipal, de lunes a viernes. El convenio tiene una vigencia de dos años.""",
        m="I",
        tone="0",
    ),
    S(
        "n033",
        "tamweb",
        "2026-11-18T07:50:00-05:00",
        "Querevalú pide al MEF 22 millones para defensas ribereñas del río Sarco: «Nos dejan solos»",
        """La alcaldesa provincial de Tamarindal, Rosalía Querevalú Chunga, viajó a Lima para pedir al Ministerio de Economía y Finanzas la transferencia de 22 millones de soles para construir defensas ribereñas en cuatro tramos del río Sarco, donde en 2023 se perdieron 300 hectáreas de mango y limón.

        «El Ejecutivo declara emergencias en el papel y luego no transfiere un sol. Nos dejan solos con las motobombas», criticó a la salida del ministerio.

        El MEF indicó que los expedientes serán evaluados en la próxima transferencia de partidas para prevención ante el Fenómeno El Niño.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticising the national government: neutral; the works she asks for take obras",
    ),
    S(
        "n034",
        "tamweb",
        "2026-11-18T17:30:00-05:00",
        "Reabren el puente peatonal de Los Tunales tras su reparación",
        """Desde ayer, los escolares de Los Tunales vuelven a cruzar la quebrada por el puente peatonal, que la Municipalidad de Tamarindal reparó en 35 días. Se cambiaron 44 tablones, los cables de acero y los anclajes de concreto de ambas orillas.

        «Hace un mes teníamos que bajar a la quebrada con los chicos de la mano», recordó la madre de familia Yesenia Zapata. La reparación costó 186 000 soles y terminó seis días antes del plazo.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "n035",
        "tamweb",
        "2026-11-19T08:00:00-05:00",
        "Festival del Mango rompe récord con 30 000 visitantes",
        """La sexta edición del Festival del Mango, organizada por la comuna tamarindaleña en la plaza de armas y el malecón, recibió 30 000 visitantes en tres días, el doble que en 2025, según el conteo de los accesos.

        Los 120 productores que participaron vendieron más de 80 toneladas de fruta, además de mermeladas, chifles y cremoladas. Los hoteles del cercado reportaron una ocupación de 95 %.""",
        m="I",
        tone="+",
        note="culture and tourism: no topic",
    ),
    S(
        "n036",
        "tamweb",
        "2026-11-19T20:45:00-05:00",
        "Serenazgo y Policía coordinan plan de patrullaje para las fiestas de fin de año",
        """El gerente de Seguridad Ciudadana, Wálter Nunura Chapilliquén, y el comisario de Tamarindal, mayor PNP Renato Seminario, firmaron el plan de patrullaje integrado para diciembre. Habrá 28 serenos y 16 policías por turno en el centro comercial, el terminal terrestre y los mercados.

        El plan empezará el 1 de diciembre y se extenderá hasta el 6 de enero.""",
        m="S",
        t="seguridad",
        tone="0",
    ),
    S(
        "n037",
        "tamweb",
        "2026-11-20T21:30:00-05:00",
        "Wálter «Ciclón» Nunura retiene su título sudamericano por nocaut",
        """El boxeador tamarindaleño Wálter «Ciclón» Nunura retuvo el título sudamericano de peso pluma tras noquear en el séptimo asalto al chileno Matías Orellana, en el coliseo de Tallanca.

        Nunura, de 27 años, suma 19 peleas ganadas y una sola derrota. «Esto es para el barrio El Bosque, donde aprendí a pelear en la calle», dijo con el cinturón en el hombro.""",
        about=False,
        note="namesake: a boxer with the gerente de Seguridad's given name and first surname",
    ),
    S(
        "n038",
        "tamweb",
        "2026-11-21T07:40:00-05:00",
        "Contraloría: compra de cámaras se hizo con un solo postor y sin prueba de equipos",
        """Un informe de control de la Contraloría General concluyó que la compra del sistema de videovigilancia de la Municipalidad Provincial de Tamarindal, por 3,2 millones de soles, se adjudicó en 2025 a un único postor cuyas bases fueron modificadas dos veces, y que los equipos se recibieron sin pruebas de funcionamiento.

        El informe identifica presunta responsabilidad administrativa de cinco funcionarios del comité de selección y de la Gerencia de Seguridad Ciudadana. La comuna tiene 30 días para presentar su plan de acción.""",
        m="I",
        t="seguridad",
        tone="-",
    ),
    S(
        "n039",
        "tamweb",
        "2026-11-22T09:15:00-05:00",
        "Tamarindal cumple la meta de recaudación del MEF y recibirá un bono de 2,1 millones",
        """El Ministerio de Economía y Finanzas confirmó que la Municipalidad Provincial de Tamarindal cumplió la meta de recaudación del impuesto predial del Programa de Incentivos a la Mejora de la Gestión Municipal, por lo que recibirá una transferencia adicional de 2,1 millones de soles.

        «Ese dinero es de los vecinos que pagaron puntualmente», dijo la alcaldesa Rosalía Querevalú. Es la primera vez en diez años que la provincia cumple esa meta.""",
        m="I A",
        t="tributos",
        tone="+",
    ),
    S(
        "n040",
        "tamweb",
        "2026-11-24T08:30:00-05:00",
        "Gobierno Regional presenta su plan de contingencia ante un posible Niño costero",
        """El gobernador regional Leoncio Farfán Mío presentó en Tallanca el plan de contingencia ante un posible Niño costero en el verano de 2027. El plan prevé 180 motobombas, 40 kilómetros de defensas temporales y almacenes de ayuda humanitaria en las ocho provincias de la región.

        Al acto asistieron los alcaldes provinciales, entre ellos Rosalía Querevalú Chunga (Tamarindal) y Fernando Ipanaqué (Sechurana), y representantes del Indeci y de las Fuerzas Armadas. La Autoridad Nacional del Agua advirtió que siete quebradas de la región tienen el cauce obstruido.""",
        m="A",
        about=False,
        note="the Mayor only among the guests of the regional government's act",
    ),
    S(
        "n041",
        "tamweb",
        "2026-11-26T07:20:00-05:00",
        "Drenaje pluvial de la avenida Bolognesi llega a 85 % y estará listo antes de diciembre",
        """Los 1,8 kilómetros de colectores del drenaje pluvial de la avenida Bolognesi, la calle que cada verano se convierte en río, tienen un avance de 85 %. Solo falta conectar las tres últimas cámaras de inspección con el canal de evacuación hacia la quebrada.

        El gerente municipal, Edilberto Sernaqué Lizana, aseguró que la obra se entregará el 15 de diciembre, 20 días antes de lo previsto. «En la prueba de la semana pasada, los colectores evacuaron el agua de dos cisternas en menos de diez minutos», explicó.""",
        m="G",
        t="obras",
        tone="+",
    ),
    S(
        "n042",
        "tamweb",
        "2026-11-28T10:00:00-05:00",
        "Relleno sanitario de Tamarindal cumple un año paralizado con 40 % de avance",
        """El relleno sanitario de la provincia, que debía reemplazar al botadero de Pampa Chivato en 2025, cumplió un año paralizado. La obra, de 11 millones de soles, quedó con 40 % de avance cuando el contratista abandonó el terreno alegando deudas por adicionales.

        La regidora Gladys Cherre Amaya recordó que la Municipalidad Provincial de Tamarindal resolvió el contrato recién en agosto y que aún no ha convocado al saldo de obra. «Mientras tanto seguimos quemando basura a cielo abierto», dijo.

        La Subgerencia de Obras informó que el expediente del saldo está en revisión.""",
        m="I R",
        t="obras limpieza",
        tone="-",
        note="a stalled landfill works is obras and limpieza",
    ),
    # --- Diario La Crónica del Norte: regional daily, teasers in RSS, 2009 table template -----------------------------
    S(
        "n043",
        "cronica",
        "2026-11-02T06:00:00-05:00",
        "Gobernador Farfán inaugura carretera de 38 kilómetros entre Tallanca y Sechurana",
        """El gobernador regional, Leoncio Farfán Mío, inauguró ayer la carretera asfaltada de 38 kilómetros que une la ciudad de Tallanca con la provincia de Sechurana, una obra de 96 millones de soles que reduce el viaje de dos horas a cuarenta minutos.

        Transportistas y productores de algodón celebraron la entrega. El gobernador anunció que en 2027 se licitará el tramo hacia la sierra.""",
        about=False,
    ),
    S(
        "n044",
        "cronica",
        "2026-11-04T06:10:00-05:00",
        "Vecinos de Tamarindal marchan contra el alza de arbitrios",
        """Unos 500 vecinos de los asentamientos humanos de la zona norte de Tamarindal marcharon ayer desde el óvalo Grau hasta el palacio municipal para exigir que se anule el alza de 12 % en los arbitrios de 2027.

        Con cacerolas y carteles que decían «Primero el servicio, después el cobro», los manifestantes pidieron ser recibidos por la alcaldesa. Los atendió un asesor, que les ofreció una mesa de diálogo para el lunes.

        «La comuna tamarindaleña nos sube el cobro, pero el camión de basura pasa cuando quiere», dijo la dirigenta Nelly Purizaca.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "n045",
        "cronica",
        "2026-11-05T06:20:00-05:00",
        "Exportaciones de limón de la región crecen 20 % pese a la caída del precio en chacra",
        """Las exportaciones de limón Sutil de la región Tallanca sumaron 41 millones de dólares entre enero y setiembre, 20 % más que en 2025, según la Asociación de Exportadores. El mayor volumen salió por el puerto del Callao en contenedores refrigerados.

        Sin embargo, los productores de las provincias de Tamarindal y Sechurana denuncian que el precio en chacra no ha subido. El alcalde de Puerto Tamarindal, Segundo Ynga, pidió en una reunión con exportadores que se construya una planta de procesamiento de jugo en su distrito.""",
        about=False,
        note="the district Mayor shares the teniente alcalde's surname; the province's name only",
    ),
    S(
        "n046",
        "cronica",
        "2026-11-05T06:30:00-05:00",
        "En Sechurana, regidora Cherre denuncia a su alcalde por compra de combustible",
        """La regidora de la Municipalidad Provincial de Sechurana, Milagros Cherre Ipanaqué, denunció ante la Fiscalía la compra de 40 000 galones de petróleo que, según afirma, no ingresaron al almacén municipal.

        «Hay vales firmados para camionetas que estaban en el taller», afirmó la regidora Cherre. El alcalde de Sechurana, Fernando Ipanaqué, negó irregularidades y atribuyó la denuncia a «rencillas políticas».""",
        about=False,
        note="namesake: another province's regidora ('la regidora Cherre' there)",
    ),
    S(
        "n047",
        "cronica",
        "2026-11-06T06:00:00-05:00",
        "Tamarindal estrena parque infantil en Los Ficus",
        """Los niños del asentamiento humano Los Ficus ya tienen dónde jugar. La primera autoridad provincial entregó ayer el parque infantil de la manzana F, levantado sobre un terreno que durante años fue un basural.

        El parque tiene juegos de metal, piso de caucho, bancas, 40 árboles de sombra y riego tecnificado. La obra costó 420 000 soles y se ejecutó en 70 días.

        «Antes aquí se tiraban perros muertos; ahora mi hija viene a columpiarse», dijo la vecina Doris Ancajima. La alcaldesa provincial anunció que el mismo modelo se repetirá en Villa Primavera.""",
        about=True,
        t="obras",
        tone="+",
        note="position-only references; the town's name only in the headline",
    ),
    S(
        "n048",
        "cronica",
        "2026-11-07T06:10:00-05:00",
        "Diresa atribuye a la MPT el brote de dengue en la zona norte por no recoger inservibles",
        """Los casos de dengue en el cercado de Tamarindal pasaron de 40 a 312 en cuatro semanas, según la sala situacional de la Dirección Regional de Salud. El director regional, Jorge Castillo, responsabilizó a la Municipalidad Provincial de Tamarindal por no haber hecho la campaña de recojo de inservibles comprometida para octubre.

        «Nosotros fumigamos, pero si en cada techo hay llantas con agua, los zancudos vuelven a nacer», dijo Castillo.

        La Subgerencia de Salud de la comuna respondió que la campaña se postergó por falta de camiones. En el Hospital de Apoyo, las camas de la sala de febriles están llenas.""",
        m="I",
        t="salud",
        tone="-",
    ),
    S(
        "n049",
        "cronica",
        "2026-11-08T06:00:00-05:00",
        "Denuncian que teniente alcalde usó volquete municipal para obra particular",
        """Un video grabado por un vecino de Santa Julia muestra un volquete con el logo de la municipalidad provincial descargando arena en un lote de la calle Los Cedros. Según la denuncia presentada ante el OCI, el lote pertenece a un familiar del teniente alcalde Humberto Ynga Ruesta.

        Ynga negó la acusación. «Ese volquete estaba rellenando una zanja de la vía pública, hay un parte diario que lo prueba», dijo a La Crónica del Norte. El OCI confirmó que recibió la denuncia y que pedirá los partes de la unidad.""",
        m="T",
        tone="-",
        note="an accusation denied; 'la municipalidad provincial' is a bare reference",
    ),
    S(
        "n050",
        "cronica",
        "2026-11-09T06:00:00-05:00",
        "MPT amplía hasta el 31 de diciembre la amnistía tributaria",
        """La Municipalidad Provincial de Tamarindal amplió hasta el 31 de diciembre el beneficio de condonación de intereses y multas por deudas del impuesto predial y arbitrios de años anteriores.

        Los contribuyentes que paguen al contado el tributo insoluto quedarán libres de los intereses moratorios. El beneficio también alcanza a las deudas que ya están en cobranza coactiva, siempre que se pague el íntegro.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "n051",
        "cronica",
        "2026-11-10T06:00:00-05:00",
        "Culmina defensa ribereña en el río Sarco que protege 200 hectáreas de mango",
        """Con la colocación de las últimas 1 200 rocas, la Municipalidad Provincial de Tamarindal culminó la defensa ribereña del sector La Bocana, en la margen izquierda del río Sarco: 1,4 kilómetros de enrocado que protegen 200 hectáreas de mango y limón y el puente de la carretera a Santa Rufina.

        La alcaldesa Rosalía Querevalú Chunga recorrió la obra con los agricultores de la comisión de regantes, que en 2023 perdieron sus cosechas cuando el río se salió de su cauce. «Ahora sí dormimos tranquilos», dijo el presidente de la comisión, Abel Ruesta.

        La obra costó 4,6 millones de soles y se terminó con 12 días de adelanto.""",
        m="I A",
        t="obras",
        tone="+",
    ),
    S(
        "n052",
        "cronica",
        "2026-11-11T06:00:00-05:00",
        "Se desborda quebrada en Cerro Tizón y aísla a tres caseríos",
        """Una lluvia de cuatro horas, la primera fuerte de la temporada, hizo que la quebrada El Gallinazo se desbordara la noche del domingo en el distrito de Cerro Tizón. El agua cortó el camino a los caseríos Pampa Alta, El Chilco y La Cruz, donde viven unas 900 personas.

        El alcalde distrital de Cerro Tizón, Augusto Llontop, pidió maquinaria al Gobierno Regional. Defensa Civil no reportó víctimas.""",
        about=False,
        note="a quebrada overflowing in another district of the province",
    ),
    S(
        "n053",
        "cronica",
        "2026-11-12T06:00:00-05:00",
        "Querevalú niega deuda de 14 millones denunciada por el alcalde electo",
        """La alcaldesa de Tamarindal, Rosalía Querevalú Chunga, rechazó ayer la afirmación del alcalde electo Teodoro Lalupú Vite de que la gestión saliente dejará deudas por 14 millones de soles. «No dejamos deudas, dejamos obras. Que venga a la comisión de transferencia y vea los papeles», dijo.

        Lalupú insistió en que la cifra sale de los reportes del Sistema Integrado de Administración Financiera y anunció que pedirá una auditoría a la Contraloría apenas asuma el cargo. La controversia, que empezó hace dos semanas, ha retrasado la primera reunión de las comisiones.""",
        m="A",
        tone="-",
        note="a story about an accusation, even with the Mayor's denial",
    ),
    S(
        "n054",
        "cronica",
        "2026-11-12T06:30:00-05:00",
        "Serenazgo recupera 12 mototaxis robadas en operativo en un taller clandestino",
        """Doce mototaxis reportadas como robadas fueron encontradas desarmadas en un taller clandestino del asentamiento humano El Porvenir, durante un operativo conjunto del serenazgo provincial y la Policía. Dos personas fueron detenidas.

        El gerente de Seguridad Ciudadana, Wálter Nunura, explicó que la pista la dio una cámara que registró una de las unidades entrando al taller a las 3 de la mañana. «Los dueños ya empezaron a reconocer sus mototaxis por las placas de los motores», dijo.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    S(
        "n055",
        "cronica",
        "2026-11-13T06:00:00-05:00",
        "Produce multa a Pesquera Tamarindal S.A.C. por descargar anchoveta juvenil",
        """El Ministerio de la Producción impuso una multa de 1,2 millones de soles a Pesquera Tamarindal S.A.C. por descargar en su planta de harina 180 toneladas de anchoveta con un porcentaje de juveniles superior al permitido.

        La empresa anunció que apelará la sanción. La planta, ubicada en el distrito de Puerto Tamarindal, emplea a unos 300 trabajadores.""",
        about=False,
        note="a company using the town's name",
    ),
    S(
        "n056",
        "cronica",
        "2026-11-14T06:00:00-05:00",
        "MPT convoca licitación del servicio de recojo de residuos por 9 millones",
        """La Municipalidad Provincial de Tamarindal publicó en el Seace la convocatoria para tercerizar el recojo y transporte de residuos sólidos del cercado durante tres años, por un valor referencial de 9 millones de soles.

        Según las bases, la empresa ganadora deberá operar al menos seis compactadoras y cubrir 48 rutas. La buena pro se otorgará el 18 de diciembre.""",
        m="I",
        t="limpieza",
        tone="0",
    ),
    S(
        "n057",
        "cronica",
        "2026-11-15T06:00:00-05:00",
        "Columna: La herencia de Chalía huele a humo",
        """Rosalía Querevalú llegó al sillón municipal en 2023 con una promesa que repetía en cada mitin: «Tamarindal no va a ser el basurero del norte». Cuatro años después, quien entre a la ciudad por la carretera de Santa Rufina verá primero el humo de Pampa Chivato que el letrero de bienvenida.

        Es justo reconocer que Chalía pavimentó calles que nunca habían visto asfalto. Pero el botadero sigue ardiendo, el relleno sanitario es un esqueleto de concreto y los obreros de limpieza han tenido que hacer huelga para cobrar. Una gestión se mide por lo que prometió, y esta prometió limpiar la ciudad.

        El alcalde electo recibirá una provincia con mejores pistas y el mismo problema de basura. Esa será la herencia.""",
        m="A",
        t="limpieza",
        tone="-",
        note="opinion column; the nickname is plainly her; mixed but weighted negative",
    ),
    S(
        "n058",
        "cronica",
        "2026-11-16T06:00:00-05:00",
        "Comuna tamarindaleña entrega ambulancia equipada al Hospital de Apoyo",
        """La comuna tamarindaleña donó al Hospital de Apoyo Tamarindal una ambulancia tipo II, equipada con desfibrilador, ventilador mecánico y monitor de funciones vitales, valorizada en 480 000 soles.

        El director del hospital, Manuel Seminario, agradeció la donación: hasta ayer el hospital tenía una sola ambulancia para toda la provincia. «Con esta unidad podremos trasladar a pacientes graves a Tallanca sin esperar horas», dijo.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "n059",
        "cronica",
        "2026-11-17T06:00:00-05:00",
        "Exalcalde Baltazar Zapata anuncia que buscará una curul en el Congreso",
        """El exalcalde provincial de Tamarindal Baltazar Zapata Morales anunció que postulará al Congreso en las elecciones de 2031 por un partido regional en formación. «La gente me conoce, sabe lo que hice», dijo en un almuerzo con simpatizantes en Tallanca.

        Zapata enfrenta una investigación fiscal por la obra del malecón, que él atribuye a «persecución política».""",
        about=False,
        note="a former Mayor, not the watched one",
    ),
    S(
        "n060",
        "cronica",
        "2026-11-18T06:00:00-05:00",
        "Mototaxistas bloquean la plaza de armas contra ordenanza que los obliga a cambiar de color",
        """Más de 600 mototaxis rodearon ayer la plaza de armas de Tamarindal durante cuatro horas en protesta contra la ordenanza municipal que los obliga a pintar sus unidades de verde limón desde marzo.

        «Pintar una moto cuesta 600 soles. ¿Quién nos va a pagar eso?», reclamó Jhony Sosa, dirigente de la Federación de Mototaxistas. Los conductores exigieron que la Municipalidad Provincial de Tamarindal derogue la norma. El tránsito en el centro colapsó y varios colegios suspendieron la salida.""",
        m="I",
        tone="-",
    ),
    S(
        "n061",
        "cronica",
        "2026-11-19T06:00:00-05:00",
        "Contratista abandona las pistas de Villa Primavera con zanjas abiertas",
        """Hace tres semanas que no hay un solo obrero en las calles de Villa Primavera. El consorcio encargado de la pavimentación retiró su maquinaria y dejó zanjas abiertas de hasta dos metros de profundidad en seis cuadras. El avance es de 34 %.

        El gerente municipal, Edilberto Sernaqué Lizana, confirmó que la Municipalidad Provincial de Tamarindal notificó al consorcio y que, si no regresa en quince días, resolverá el contrato. Mientras tanto, un escolar cayó la semana pasada en una de las zanjas y se fracturó el brazo.""",
        m="G I",
        t="obras",
        tone="-",
    ),
    S(
        "n062",
        "cronica",
        "2026-11-20T06:00:00-05:00",
        "Municipio tamarindaleño dona terreno para una nueva comisaría en la zona norte",
        """El concejo provincial aprobó por unanimidad donar al Ministerio del Interior un terreno de 2 400 metros cuadrados en el asentamiento humano El Porvenir para construir una comisaría.

        La zona norte, donde viven 45 000 personas, no tiene ninguna dependencia policial. «Es un pedido de los vecinos desde hace quince años», recordó el teniente alcalde Ynga. El municipio tamarindaleño se comprometió además a construir el cerco perimétrico.""",
        m="I T",
        t="seguridad",
        tone="+",
    ),
    S(
        "n063",
        "cronica",
        "2026-11-21T06:00:00-05:00",
        "Hospital de Apoyo Tamarindal suspende cirugías programadas por falta de anestesiólogos",
        """El Hospital de Apoyo Tamarindal, administrado por la Dirección Regional de Salud, suspendió todas las cirugías programadas hasta nuevo aviso porque sus dos anestesiólogos renunciaron en octubre. Solo se atienden emergencias.

        Unos 150 pacientes esperan operaciones de vesícula, hernias y cataratas. La Diresa informó que gestiona el desplazamiento temporal de especialistas desde Tallanca.""",
        about=False,
        note="the regional hospital with the town's name; no municipal angle",
    ),
    S(
        "n064",
        "cronica",
        "2026-11-22T06:00:00-05:00",
        "Contribuyentes denuncian cobros duplicados del predial en la MPT",
        """Al menos 80 contribuyentes se acercaron en la última semana a la Gerencia de Administración Tributaria de la MPT para reclamar que recibieron dos recibos del impuesto predial por el mismo inmueble: uno a su nombre y otro a nombre del anterior propietario.

        «Ya pagué en marzo y ahora me dicen que debo 1 400 soles y que me van a mandar a coactiva», contó la jubilada Carmen Eca. La oficina atribuyó el problema a la migración del sistema informático y prometió corregir los registros antes de fin de mes.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "n065",
        "cronica",
        "2026-11-23T06:00:00-05:00",
        "Barrido nocturno llega a 40 calles del centro de Tamarindal",
        """Desde esta semana, 60 barredores trabajan de 10 de la noche a 4 de la mañana en 40 calles del centro de Tamarindal. La Municipalidad de Tamarindal explicó que el turno nocturno permite barrer sin tráfico y que a las 6 de la mañana el centro ya está limpio para la apertura de los comercios.

        Los comerciantes del jirón Lima notaron el cambio. «Antes abríamos con la vereda llena de papeles; ahora está limpia», dijo la dueña de una librería.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "n066",
        "cronica",
        "2026-11-24T06:00:00-05:00",
        "Gerente municipal presenta el primer informe de transferencia",
        """El gerente municipal de Tamarindal, Edilberto Sernaqué Lizana, entregó a la comisión de transferencia el primer tomo del informe de gestión: inventario de bienes muebles, relación de personal y estado de las cuentas bancarias.

        El segundo tomo, con el estado de las obras y los contratos vigentes, se entregará el 10 de diciembre. Los representantes del alcalde electo firmaron el acta de recepción sin observaciones.""",
        m="G",
        tone="0",
    ),
    S(
        "n067",
        "cronica",
        "2026-11-25T06:00:00-05:00",
        "Desembarcadero de Puerto Tamarindal recibe 5 millones para su ampliación",
        """El Ministerio de la Producción transfirió 5 millones de soles a la Municipalidad Distrital de Puerto Tamarindal para ampliar el desembarcadero pesquero artesanal, que recibe a diario unas 300 embarcaciones.

        El alcalde distrital, Segundo Ynga Panta, dijo que la obra incluirá una cámara de frío y un área de eviscerado. Los pescadores pidieron que se construya también un rompeolas.""",
        about=False,
        note="the district municipality of the port, not us",
    ),
    S(
        "n068",
        "cronica",
        "2026-11-26T06:00:00-05:00",
        "Ola de asaltos a mototaxistas en la zona norte: «Los serenos nunca aparecen»",
        """Cinco mototaxistas fueron asaltados en la última semana en las avenidas de la zona norte de Tamarindal. En dos casos los delincuentes se llevaron la unidad. Los conductores dicen que ya no trabajan después de las 9 de la noche.

        «Llamamos a la central del serenazgo y nos dicen que no hay unidad disponible», denunció Edwin Chero, que perdió su mototaxi el martes.

        La Municipalidad Provincial de Tamarindal no respondió a la consulta de este diario sobre cuántas unidades patrullan la zona.""",
        m="I",
        t="seguridad",
        tone="-",
    ),
    S(
        "n069",
        "cronica",
        "2026-11-26T06:30:00-05:00",
        "Tamarindal y Puerto Tamarindal firman convenio para disponer juntos sus residuos",
        """La alcaldesa de Tamarindal, Rosalía Querevalú Chunga, y el alcalde distrital de Puerto Tamarindal, Segundo Ynga Panta, firmaron un convenio por el cual la Municipalidad Provincial de Tamarindal recibirá en su futuro relleno sanitario los residuos del distrito porteño a cambio de un pago por tonelada.

        Mientras el relleno no esté listo, ambos municipios seguirán usando el botadero de Pampa Chivato. El convenio tiene una vigencia de diez años.""",
        m="A I",
        t="limpieza",
        tone="0",
        note="our Mayor beside the district Mayor 'Ynga' (not our teniente alcalde)",
    ),
    S(
        "n070",
        "cronica",
        "2026-11-27T06:00:00-05:00",
        "Provincia de Tamarindal celebra 150 años de creación política",
        """Con un desfile cívico, una sesión solemne y una serenata en la plaza de armas, la provincia de Tamarindal celebró ayer 150 años de creación política. La Municipalidad Provincial de Tamarindal entregó medallas a doce vecinos notables, entre ellos la primera maestra del asentamiento Los Ficus y un pescador de 94 años.

        La serenata contó con orquestas de cumbia y una presentación de marinera.""",
        m="I",
        tone="0",
    ),
    S(
        "n071",
        "cronica",
        "2026-11-27T07:00:00-05:00",
        "Municipio y Red de Salud vacunarán a 18 000 perros contra la rabia",
        """La Municipalidad de Tamarindal y la Red de Salud iniciaron la campaña de vacunación antirrábica canina, que busca inmunizar a 18 000 perros del cercado hasta el 15 de diciembre. Habrá 30 puestos fijos en parques y colegios y brigadas casa por casa.

        La vacuna es gratuita. Los dueños deben llevar a sus perros con collar y correa.""",
        m="I",
        t="salud",
        tone="0",
    ),
    S(
        "n072",
        "cronica",
        "2026-11-28T06:00:00-05:00",
        "MPT convoca licitación para el mercado de abastos de Los Ficus",
        """La Municipalidad Provincial de Tamarindal convocó la licitación para construir el mercado de abastos del asentamiento humano Los Ficus, con 140 puestos, cámara frigorífica y estacionamiento, por un valor referencial de 6,8 millones de soles.

        La presentación de ofertas será el 14 de diciembre. El plazo de ejecución es de 240 días.""",
        m="I",
        t="obras",
        tone="0",
    ),
    S(
        "n073",
        "cronica",
        "2026-11-29T06:00:00-05:00",
        "Policlínico municipal sin medicinas: regidora Cherre habla de «abandono»",
        """La farmacia del Policlínico Municipal de Tamarindal no tiene paracetamol, amoxicilina ni sales de rehidratación desde hace tres semanas, según constató la regidora Gladys Cherre Amaya en una visita inopinada. Los pacientes reciben la receta y deben comprar las medicinas en boticas privadas.

        «Es un abandono total. El policlínico atiende a los más pobres y la Municipalidad Provincial de Tamarindal ni siquiera compra paracetamol», dijo la regidora. La administración del policlínico indicó que la compra está en proceso.""",
        m="I R",
        t="salud",
        tone="-",
    ),
    S(
        "n074",
        "cronica",
        "2026-11-30T06:00:00-05:00",
        "Profesor Humberto Ynga, de Santa Rufina, gana premio nacional de innovación educativa",
        """Humberto Ynga Sosa, profesor de Ciencia y Tecnología de la institución educativa de Santa Rufina, obtuvo el primer puesto del Concurso Nacional de Innovación Educativa con un proyecto de biohuertos regados con agua de neblina.

        Sus alumnos construyeron atrapanieblas con mallas de pesca recicladas. «Mis chicos demostraron que en el desierto también se puede sembrar», dijo Ynga.""",
        about=False,
        note="namesake: a teacher with the teniente alcalde's given name and first surname",
    ),
    # --- Radio Mar Azul 101.3 FM: news transcripts, date-only pubDate, full text in the description ---------------------
    S(
        "n075",
        "rmar",
        "2026-11-03",
        "Alcaldesa Querevalú: «Ya limpiamos 12 kilómetros de drenes antes de las lluvias»",
        """[Transcripción de «Mar Azul Informa», primera edición]

        LOCUTOR: Buenos días, Tamarindal, son las siete y diez de la mañana. Tenemos en línea a la alcaldesa provincial de Tamarindal, Rosalía Querevalú Chunga. Buenos días, señora alcaldesa.

        ALCALDESA: Buenos días, Chemo, buenos días a todos los oyentes.

        LOCUTOR: Señora alcaldesa, la gente tiene miedo, ya se habla de Niño costero. ¿Qué se ha hecho?

        ALCALDESA: Mira, hemos terminado de descolmatar doce kilómetros de drenes en la zona norte y sur, el dren Grau, el dren Los Ficus y el dren 9 de Octubre, que en 2023 se desbordaron. Y la quebrada Los Tunales está limpia, cuatro kilómetros. Eso no se había hecho en diez años.

        LOCUTOR: ¿Y las alcantarillas de la avenida Bolognesi?

        ALCALDESA: Esa obra está en 80 %, la entregamos en diciembre. Le digo a la población: esta vez estamos preparados.

        LOCUTOR: Gracias, señora alcaldesa. Vamos a una pausa y regresamos con los deportes.""",
        m="A",
        t="obras",
        tone="+",
        note="radio interview; 'señora alcaldesa' alone is a bare title, she is named in the introduction",
    ),
    S(
        "n076",
        "rmar",
        "2026-11-04",
        "Oyentes reclaman: «En Los Ficus el camión de basura no pasa hace una semana»",
        """[Transcripción de «La Voz del Pueblo», programa de llamadas]

        LOCUTORA: Tenemos una llamada. Adelante, vecina, está en el aire.

        OYENTE: Buenas, señorita, le habla Rosa, de Los Ficus, manzana H. Mire, acá el camión de la basura no pasa desde el miércoles pasado. Ya tenemos un cerro en la esquina, los perros lo rompen, hay moscas, los niños juegan ahí.

        LOCUTORA: ¿Han llamado a la municipalidad?

        OYENTE: Tres veces, señorita. Nos dicen que el camión está malogrado. Siempre está malogrado.

        LOCUTORA: Tenemos otra llamada, del 9 de Octubre, con la misma queja. Dejamos constancia: el municipio tamarindaleño tiene que responder a estos vecinos. Hemos llamado a la oficina de imagen y hasta ahora no contestan.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "n077",
        "rmar",
        "2026-11-05",
        "Deportivo Tamarindal ya tiene rival para la etapa regional",
        """[Transcripción de «Mar Azul Deportes»]

        LOCUTOR: Ya está el sorteo, amigos. Deportivo Tamarindal enfrentará a Defensor Sechurana en la etapa regional de la Copa Perú. La ida es el domingo en Sechurana, la vuelta el domingo siguiente en nuestro estadio.

        COMENTARISTA: Ojo que Defensor Sechurana es duro de local, la cancha es chica y la hinchada aprieta. Pero este Deportivo tiene gol, tiene a Lizana atrás, tiene a los chicos del puerto. Yo le tengo fe.""",
        about=False,
    ),
    S(
        "n078",
        "rmar",
        "2026-11-06",
        "Resumen informativo: robo en Santa Rufina, vencimiento del predial y veda de merluza",
        """[Transcripción del resumen informativo del mediodía]

        LOCUTORA: En Santa Rufina, delincuentes robaron la madrugada de hoy una bodega del centro poblado El Arenal y se llevaron 4 000 soles en mercadería. La comisaría del distrito investiga el caso.

        LOCUTORA: La Municipalidad Provincial de Tamarindal recuerda que el 30 de noviembre vence la cuarta cuota del impuesto predial. Los contribuyentes pueden pagar en las ventanillas del palacio municipal, en el banco o por la página web de la comuna.

        LOCUTORA: Y el Ministerio de la Producción anunció que la veda de la merluza empezará el 1 de diciembre. Los pescadores artesanales de Puerto Tamarindal piden un bono mientras dure la prohibición.""",
        m="I",
        t="tributos",
        tone="0",
        note="a news round-up: only the predial item is about us; the robbery is in another district",
    ),
    S(
        "n079",
        "rmar",
        "2026-11-07",
        "Gerente Nunura: «Vamos a tener serenos a pie hasta las dos de la mañana»",
        """[Transcripción de «Mar Azul Informa», segunda edición]

        LOCUTOR: Conversamos con el gerente de Seguridad Ciudadana de la provincia, Wálter Nunura. Buenas tardes, gerente.

        NUNURA: Buenas tardes, un saludo a la audiencia.

        LOCUTOR: Se ha anunciado un cambio en los turnos del serenazgo. ¿En qué consiste?

        NUNURA: Desde el 15 de noviembre vamos a tener parejas de serenos a pie en la plaza de armas, el jirón Lima y el malecón hasta las dos de la mañana los viernes y sábados. Antes terminaban a medianoche. Y las motos van a reforzar la zona norte.

        LOCUTOR: ¿Con el mismo personal?

        NUNURA: Con el mismo personal, reorganizando turnos. Son 96 serenos en total.""",
        m="S",
        t="seguridad",
        tone="0",
    ),
    S(
        "n080",
        "rmar",
        "2026-11-08",
        "Regidora Gladys Cherre: «El alza de arbitrios es ilegal y la vamos a impugnar»",
        """[Transcripción de «Mar Azul Informa», entrevista]

        LOCUTORA: Está con nosotros la regidora Gladys Cherre Amaya, que votó en contra de la ordenanza de arbitrios. Regidora, buenos días.

        CHERRE: Buenos días. Mire, esa ordenanza es ilegal. La ley dice que el costo del servicio tiene que estar sustentado y publicado, y la Municipalidad Provincial de Tamarindal no ha publicado nada. Nos pusieron el informe técnico sobre la mesa media hora antes de la votación.

        LOCUTORA: La gestión dice que el servicio cuesta más de lo que se cobra.

        CHERRE: Entonces que lo demuestren. Yo voy a pedir al Servicio de Administración Tributaria de la región que no la ratifique. Los vecinos no pueden pagar la ineficiencia.""",
        m="R I",
        t="tributos",
        tone="-",
    ),
    S(
        "n081",
        "rmar",
        "2026-11-09",
        "Querevalú critica al Gobierno Regional por la carretera a Santa Rufina: «Tres años de promesas»",
        """[Transcripción de «Mar Azul Informa», primera edición]

        LOCUTOR: La alcaldesa de Tamarindal volvió a cargar contra el Gobierno Regional. Escuchemos lo que dijo esta mañana en la inauguración del año escolar de verano.

        QUEREVALÚ: La carretera a Santa Rufina es una vía regional, no es nuestra. Son 24 kilómetros de huecos por donde sale todo el mango de la provincia. El gobernador Farfán vino en 2024, se tomó la foto y prometió el asfaltado. Tres años de promesas y ni una máquina.

        LOCUTOR: El Gobierno Regional, consultado por esta emisora, indicó que el expediente técnico de la carretera se encuentra en actualización y que la obra se licitará en 2027.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticising the regional government over a road she asks it to build: neutral, obras",
    ),
    S(
        "n082",
        "rmar",
        "2026-11-10",
        "Alcalde Ynga pide fumigación urgente en Puerto Tamarindal",
        """[Transcripción de «Mar Azul Informa»]

        LOCUTORA: El alcalde de Puerto Tamarindal, Segundo Ynga, pidió a la Diresa que adelante la fumigación en su distrito, donde ya hay más de ochenta casos de dengue.

        YNGA: Tenemos familias enteras con fiebre. En la caleta no hay agua potable las 24 horas, la gente guarda agua en cilindros y ahí se cría el zancudo. Pedimos que vengan esta misma semana.

        LOCUTORA: La Diresa informó que las brigadas llegarán al puerto el lunes.""",
        about=False,
        note="'el alcalde Ynga' is the port district's Mayor, not our teniente alcalde",
    ),
    S(
        "n083",
        "rmar",
        "2026-11-11",
        "«Gracias, Señora Alcaldesa»: vecinos de Santa Julia celebran su pista nueva",
        """[Transcripción de «La Voz del Pueblo», programa de llamadas]

        LOCUTORA: Otra llamada. Adelante.

        OYENTE: Sí, buenos días, le habla don Félix Ruesta, de la urbanización Santa Julia, calle Los Almendros. Yo quiero agradecer por la radio, porque siempre llamamos para quejarnos y ahora quiero agradecer. Veinte años esperamos la pista y ya la tenemos, con sus veredas, con sus rampas para los discapacitados. Gracias, Señora Alcaldesa, usted cumplió.

        LOCUTORA: Ahí queda el saludo, don Félix. Recordemos que la alcaldesa provincial entregó la semana pasada las pistas de seis calles de Santa Julia.""",
        about=True,
        t="obras",
        tone="+",
        note="only 'Señora Alcaldesa' and 'la alcaldesa provincial', bare titles: about us, nobody named",
    ),
    S(
        "n084",
        "rmar",
        "2026-11-12",
        "Teniente alcalde Ynga: la transferencia de gestión «va a ritmo normal»",
        """[Transcripción de «Mar Azul Informa»]

        LOCUTOR: Sobre la transferencia, el teniente alcalde de Tamarindal, Humberto Ynga Ruesta, que preside la comisión saliente, dijo que el proceso va según el cronograma.

        YNGA RUESTA: Hemos tenido dos reuniones con el equipo del alcalde electo. Ellos piden información y nosotros la entregamos. No hay ningún problema. El 15 de diciembre vamos a entregar el informe completo.

        LOCUTOR: La comisión entrante no ha querido declarar.""",
        m="T",
        tone="0",
    ),
    S(
        "n085",
        "rmar",
        "2026-11-13",
        "Comerciante denuncia que serenos le rompieron la mesa y le quitaron su mercadería",
        """[Transcripción de «La Voz del Pueblo»]

        OYENTE: Señorita, soy Elsa, vendo jugos en la esquina del mercado hace doce años. Ayer llegaron cuatro serenos, me tumbaron la mesa, se rompieron los vasos y se llevaron mi licuadora. No me dieron ningún papel. Yo les decía que tengo mi permiso.

        LOCUTORA: ¿Usted sabe quiénes eran?

        OYENTE: Tenían el chaleco de la Municipalidad Provincial de Tamarindal. Uno me dijo «quéjate donde quieras».

        LOCUTORA: Hemos intentado comunicarnos con el gerente Nunura, de Seguridad Ciudadana, para conocer su versión. No ha respondido nuestras llamadas.""",
        m="I S",
        t="seguridad",
        tone="-",
    ),
    S(
        "n086",
        "rmar",
        "2026-11-14",
        "Comerciantes del mercado rechazan alza de la sisa: «Vendemos bajo toldos y nos cobran más»",
        """[Transcripción de «Mar Azul Informa»]

        LOCUTORA: Los comerciantes reubicados del Mercado Modelo rechazan el aumento de la sisa diaria, que pasará de un sol cincuenta a dos soles cincuenta desde diciembre, según una resolución de la Municipalidad Provincial de Tamarindal.

        DIRIGENTA: Estamos vendiendo en una losa, bajo toldos de plástico, sin baños, porque la obra del mercado no avanza. ¿Y nos suben la sisa? Es una burla.

        LOCUTORA: Los comerciantes anunciaron que no pagarán el nuevo monto y que pedirán una reunión con el concejo.""",
        m="I",
        t="tributos",
        tone="-",
        note="the market fee (sisa) is tributos",
    ),
    S(
        "n087",
        "rmar",
        "2026-11-15",
        "ENFEN mantiene la alerta de Niño costero: el mar sigue caliente frente a la costa norte",
        """[Transcripción del boletín del tiempo]

        LOCUTOR: El Comité Multisectorial del Fenómeno El Niño mantiene el estado de alerta. La temperatura del mar frente a la costa norte está hasta dos grados por encima de lo normal y se esperan lluvias de moderadas a fuertes entre enero y marzo.

        LOCUTOR: Para hoy, en la costa de la región, cielo nublado por la mañana, sol por la tarde, máxima de 31 grados y mínima de 21.""",
        about=False,
    ),
    S(
        "n088",
        "rmar",
        "2026-11-16",
        "Campaña de salud gratuita de la MPT atendió a 1 800 personas en la plaza de armas",
        """[Transcripción de «Mar Azul Informa»]

        LOCUTORA: Más de 1 800 personas fueron atendidas el domingo en la campaña de salud gratuita que la Municipalidad Provincial de Tamarindal organizó en la plaza de armas con médicos del Policlínico Municipal y voluntarios de una universidad de Tallanca.

        LOCUTORA: Hubo consultas de medicina general, odontología, oftalmología y despistaje de diabetes. Se entregaron 600 pares de lentes a precio de costo. Escuchemos a una de las pacientes.

        PACIENTE: Yo tenía cuatro años sin ir al dentista. Me atendieron rapidito y gratis. Que hagan esto más seguido.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "n089",
        "rmar",
        "2026-11-17",
        "Don Edilberto Sernaqué: «El mango de Tamarindal ya se come en Corea»",
        """[Transcripción de «Mar Azul Agro»]

        LOCUTOR: Nos acompaña don Edilberto Sernaqué, fundador de Agroexportadora Sernaqué e Hijos, uno de los pioneros de la exportación de mango en la provincia. Bienvenido, don Edilberto.

        SERNAQUÉ: Gracias, gracias. Sí, este año hemos abierto Corea del Sur. Mandamos diez contenedores de prueba y nos han pedido cincuenta más.

        LOCUTOR: ¿Qué necesita el productor pequeño para exportar?

        SERNAQUÉ: Certificación, paciencia y asociarse. Solo no se puede.""",
        about=False,
        note="namesake: the exporter, not the gerente municipal",
    ),
    S(
        "n090",
        "rmar",
        "2026-11-18",
        "Obreros levantan la huelga tras recibir su pago; camiones recogen 90 toneladas acumuladas",
        """[Transcripción de «Mar Azul Informa»]

        LOCUTOR: Buenas noticias para el centro de la ciudad. Los obreros de limpieza pública levantaron anoche la huelga después de recibir el pago de setiembre, y desde las cinco de la mañana los camiones recogen la basura acumulada alrededor del mercado.

        LOCUTOR: El gerente municipal, Edilberto Sernaqué, informó que hasta el mediodía se habían retirado 90 toneladas y que la limpieza terminará esta noche. El pago de octubre, dijo, se hará el 5 de diciembre.

        SINDICALISTA: Hemos levantado la medida de buena fe. Si no nos pagan octubre, volvemos a parar.""",
        m="G",
        t="limpieza",
        tone="+",
    ),
    S(
        "n091",
        "rmar",
        "2026-11-19",
        "Camión cisterna municipal llevará agua a tres asentamientos sin conexión",
        """[Transcripción de «Mar Azul Informa»]

        LOCUTORA: Desde este lunes, un camión cisterna de la comuna tamarindaleña abastecerá de agua potable a los asentamientos humanos Nueva Esperanza, Las Lomas y El Mirador, que no tienen conexión a la red.

        LOCUTORA: Cada familia recibirá 400 litros dos veces por semana, gratis. Hasta ahora pagaban hasta cinco soles por cilindro a aguateros particulares.""",
        m="I",
        tone="+",
        note="water supply is none of the five topics",
    ),
    S(
        "n092",
        "rmar",
        "2026-11-20",
        "Oyente ironiza: «Cuatro meses para cambiar un foco, qué eficiencia»",
        """[Transcripción de «La Voz del Pueblo»]

        OYENTE: Señorita, yo quiero felicitar a la comuna tamarindaleña. ¡Qué eficiencia! Cuatro meses, cuatro meses para cambiar un foco en mi cuadra, en la calle Sucre. Cuatro meses a oscuras, asaltaron a mi sobrina ahí. Ya lo cambiaron, felicitaciones, un aplauso.

        LOCUTORA: Entendemos el sarcasmo, vecino.

        OYENTE: Y el de la otra esquina sigue apagado. A ver si para el próximo año.""",
        m="I",
        tone="-",
        note="sarcasm: 'felicitar', 'qué eficiencia'; street lighting is none of the five topics",
    ),
    S(
        "n093",
        "rmar",
        "2026-11-21",
        "Señora Alcaldesa anuncia chocolatada para 15 000 niños",
        """[Transcripción de «Mar Azul Informa»]

        LOCUTOR: La alcaldesa Rosalía Querevalú anunció que la Municipalidad repartirá chocolate y panetón a 15 000 niños de los asentamientos humanos entre el 15 y el 23 de diciembre.

        QUEREVALÚ: Es la última Navidad de nuestra gestión y queremos que ningún niño se quede sin su chocolatada. Vamos a ir a cada asentamiento, con payasos y con juguetes donados por las empresas.

        LOCUTOR: Gracias, Señora Alcaldesa.""",
        m="A",
        tone="+",
    ),
    S(
        "n094",
        "rmar",
        "2026-11-22",
        "Choque entre mototaxi y camión en la Panamericana deja dos heridos",
        """[Transcripción del resumen policial]

        LOCUTOR: Dos personas resultaron heridas esta madrugada cuando la mototaxi en la que viajaban fue embestida por un camión cargado de limones en la Panamericana, a la altura del desvío a Cerro Tizón.

        LOCUTOR: Los heridos fueron llevados al Hospital de Apoyo Tamarindal. El chofer del camión fue detenido para el dosaje etílico.""",
        about=False,
    ),
    S(
        "n095",
        "rmar",
        "2026-11-23",
        "Largas colas en el último tramo de descuento del predial",
        """[Transcripción de «Mar Azul Informa»]

        REPORTERO: Estamos en el palacio municipal, donde desde las seis de la mañana hay una cola de casi dos cuadras. Los vecinos quieren aprovechar el descuento de 10 % por pronto pago del predial de 2027, que vence hoy.

        VECINA: Vengo desde las cinco. Con el descuento me ahorro 80 soles, vale la pena.

        REPORTERO: La Municipalidad Provincial de Tamarindal habilitó ocho ventanillas y atenderá hasta las ocho de la noche.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "n096",
        "rmar",
        "2026-11-24",
        "Sesión caliente: regidora Cherre y teniente alcalde Ynga se enfrentan por la adenda del mercado",
        """[Transcripción de «Mar Azul Informa»]

        LOCUTORA: La sesión de concejo de ayer terminó en gritos. La regidora Gladys Cherre acusó al teniente alcalde Humberto Ynga de querer aprobar «a escondidas» una adenda de 1,9 millones de soles para el nuevo Mercado Modelo.

        CHERRE: Cuatro meses de retraso y encima le damos más plata al contratista. Esto es premiar la ineficiencia.

        YNGA: La adenda está sustentada por la supervisión. Sin ella, la obra se paraliza y los comerciantes siguen en la losa.

        LOCUTORA: La adenda se aprobó por seis votos contra cinco.""",
        m="R T",
        t="obras",
        tone="-",
    ),
    S(
        "n097",
        "rmar",
        "2026-11-25",
        "Ya funciona la nueva central de videovigilancia con 20 cámaras adicionales",
        """[Transcripción de «Mar Azul Informa»]

        LOCUTOR: La Municipalidad Provincial de Tamarindal puso en funcionamiento la nueva central de videovigilancia, en el segundo piso del palacio municipal, con 20 cámaras adicionales en la zona norte.

        NUNURA: Ahora tenemos 60 cámaras y ocho operadores por turno. En la primera noche detectamos dos peleas y un robo de celular, y las unidades llegaron en menos de cinco minutos.

        LOCUTOR: El gerente Wálter Nunura indicó que las cámaras que estaban en mantenimiento ya fueron reparadas.""",
        m="I S",
        t="seguridad",
        tone="+",
    ),
    S(
        "n098",
        "rmar",
        "2026-11-26",
        "Alcalde de Cerro Tizón pide maquinaria para reabrir el camino a tres caseríos",
        """[Transcripción de «Mar Azul Informa»]

        LOCUTORA: El alcalde distrital de Cerro Tizón, Augusto Llontop, pidió al Gobierno Regional que envíe un cargador frontal para reabrir el camino a los caseríos Pampa Alta, El Chilco y La Cruz, cortado desde hace dos semanas por el desborde de la quebrada El Gallinazo.

        LLONTOP: Los niños no pueden ir al colegio y los enfermos tienen que salir a pie. Nuestra municipalidad no tiene maquinaria propia.""",
        about=False,
    ),
    S(
        "n099",
        "rmar",
        "2026-11-27",
        "Horario de recojo de basura cambia por el feriado del 8 de diciembre",
        """[Transcripción de avisos de servicio]

        LOCUTOR: La Municipalidad de Tamarindal informa que el martes 8 de diciembre, feriado, el recojo de residuos se hará solo en el turno de la mañana. Los vecinos de la zona sur deben sacar su basura antes de las siete.

        LOCUTOR: El servicio se normaliza el miércoles 9.""",
        m="I",
        t="limpieza",
        tone="0",
    ),
    S(
        "n100",
        "rmar",
        "2026-11-28",
        "Vecinos de Villa Primavera: «La fumigación municipal nunca llegó»",
        """[Transcripción de «La Voz del Pueblo»]

        OYENTE: Buenas tardes. Soy de Villa Primavera, calle 5. Aquí tenemos a tres vecinos con dengue, uno internado. La Municipalidad de Tamarindal anunció la fumigación para el sábado y nunca llegaron. Esperamos todo el día con las puertas abiertas.

        LOCUTORA: ¿Le dieron alguna explicación?

        OYENTE: Que se malogró la máquina. Pero el dengue no espera, señorita.""",
        m="I",
        t="salud",
        tone="-",
    ),
    # --- Tamarindal TV Canal 11: newscast transcripts in Atom, UTC times (late evening in Lima is the next UTC day) ----
    S(
        "n101",
        "tvnorte",
        "2026-11-09T03:20:00Z",
        "Pampa Chivato sigue ardiendo: vecinos duermen con mascarillas",
        """CONDUCTORA (en estudio): Cuarto día de humo en la zona norte. Nuestro reportero está en el botadero de Pampa Chivato.

        REPORTERO (en exteriores): Así es, Milagros. Detrás de mí pueden ver cómo sale el humo de entre la basura. No hay llamas, pero el fuego sigue por debajo. Los bomberos dicen que sin cubrir con tierra no se apaga. Y la tierra tiene que ponerla la municipalidad.

        VECINA: Mis hijos duermen con mascarilla. Tosen toda la noche. ¿Hasta cuándo?

        REPORTERO: Conversamos hace un momento con el gerente municipal Edilberto Sernaqué, que nos dijo que mañana llegan dos cargadores frontales para cubrir la zona que arde. Pero los vecinos recuerdan que lo mismo se prometió en agosto, la última vez que el botadero ardió. La Municipalidad Provincial de Tamarindal tiene pendiente una multa del OEFA por el mismo problema.

        CONDUCTORA (en estudio): Seguiremos informando.""",
        m="G I",
        t="limpieza",
        tone="-",
        note="UTC time of the next day: 22:20 in Lima",
    ),
    S(
        "n102",
        "tvnorte",
        "2026-11-09T23:40:00Z",
        "Policía desarticula banda que extorsionaba a mototaxistas en la zona norte",
        """CONDUCTOR (en estudio): La Policía capturó esta tarde a cinco integrantes de la banda «Los Injertos del Norte», que cobraba cupos de diez soles diarios a mototaxistas de Tamarindal.

        REPORTERA (en exteriores): Estamos frente a la comisaría. Los detenidos tenían en su poder dos armas de fuego, cuadernos con los nombres de los mototaxistas y las cantidades cobradas. Según la División de Investigación Criminal, la banda operaba desde hace un año y había baleado dos mototaxis de conductores que se negaron a pagar.

        MOTOTAXISTA: Pagábamos por miedo. Ojalá que no salgan mañana.""",
        about=False,
        note="crime in the town solved by the police: no municipal angle despite the keywords",
    ),
    S(
        "n103",
        "tvnorte",
        "2026-11-10T17:30:00Z",
        "Alcaldesa Querevalú entrega pistas en seis calles de Santa Julia",
        """CONDUCTORA (en estudio): Fiesta en la urbanización Santa Julia: después de veinte años de polvo, seis calles ya tienen pista.

        REPORTERO (en exteriores): La alcaldesa Rosalía Querevalú Chunga cortó la cinta esta mañana en la calle Los Almendros, acompañada de vecinos que no dejaban de aplaudir. Son 2,3 kilómetros de pista de concreto, veredas, rampas y señalización, con una inversión de 3,7 millones de soles.

        VECINO: Veinte años tragando tierra. Ahora por fin los carros no levantan polvo y mi mamá puede salir con su silla de ruedas.

        QUEREVALÚ: Esta era una deuda con Santa Julia y la hemos pagado.

        CONDUCTORA (en estudio): Con esta obra, la provincia suma 63 kilómetros de pistas en los últimos cuatro años.""",
        m="A",
        t="obras",
        tone="+",
    ),
    S(
        "n104",
        "tvnorte",
        "2026-11-11T22:15:00Z",
        "Serenos capturan a carteristas en el Mercado Modelo",
        """CONDUCTOR (en estudio): Dos carteristas fueron capturados por serenos en la losa donde funciona el Mercado Modelo.

        REPORTERA (en exteriores): La cámara del serenazgo registró el momento en que una mujer sacaba un celular de la cartera de una compradora. Los serenos la detuvieron junto a su cómplice a dos cuadras. Tenían cuatro celulares más.

        NUNURA: Esta es la cuarta captura del mes en el mercado. El gerente de Seguridad Ciudadana no puede estar en todas partes, pero las cámaras sí.

        REPORTERA: El gerente Wálter Nunura anunció que se instalarán dos cámaras más en el ingreso de la losa.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    S(
        "n105",
        "tvnorte",
        "2026-11-12T04:10:00Z",
        "Entrevista: «El Hospital de Apoyo es responsabilidad de la región y la región no responde»",
        """CONDUCTORA (en estudio): Nos acompaña en el set la alcaldesa de Tamarindal, Rosalía Querevalú Chunga. Buenas noches, señora alcaldesa.

        QUEREVALÚ: Buenas noches, Milagros.

        CONDUCTORA: El Hospital de Apoyo ha suspendido las cirugías por falta de anestesiólogos. ¿Qué responde usted a los pacientes que esperan?

        QUEREVALÚ: Que comparto su indignación. El hospital lo administra el Gobierno Regional a través de la Diresa. Nosotros hemos donado una ambulancia, hemos ofrecido pagar alojamiento a los especialistas. Pero contratar médicos es competencia de la región, y el gobernador Farfán no responde ni los oficios.

        CONDUCTORA: ¿Va a hacer algo más?

        QUEREVALÚ: Vamos a pedir al Ministerio de Salud que intervenga. La salud de la provincia no puede esperar a que termine la gestión regional.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticising the regional government: neutral; 11 pm in Lima, next day in UTC",
    ),
    S(
        "n106",
        "tvnorte",
        "2026-11-13T01:00:00Z",
        "Regidora Cherre cuestiona gasto de 380 000 soles en adornos navideños",
        """CONDUCTOR (en estudio): La regidora de oposición Gladys Cherre Amaya cuestionó que la Municipalidad Provincial de Tamarindal haya gastado 380 000 soles en adornos navideños para la plaza de armas y el malecón.

        CHERRE: Con esa plata se compraban medicinas para el policlínico por un año. Pero claro, es la última Navidad de la gestión y hay que salir en la foto con las luces.

        CONDUCTOR: La oficina de imagen institucional respondió que los adornos son reutilizables y que la compra se hizo por concurso público.""",
        m="R I",
        tone="-",
    ),
    S(
        "n107",
        "tvnorte",
        "2026-11-13T20:00:00Z",
        "MPT envía motobombas a Cerro Tizón y Puerto Tamarindal tras la primera lluvia fuerte",
        """CONDUCTORA (en estudio): Tras la lluvia de anoche, calles anegadas en los distritos de Cerro Tizón y Puerto Tamarindal.

        REPORTERO (en exteriores): En la caleta de Puerto Tamarindal el agua llegó a cuarenta centímetros. Desde la madrugada trabajan aquí cuatro motobombas y una cisterna succionadora enviadas por la Municipalidad Provincial de Tamarindal a pedido de los alcaldes distritales.

        VECINO: A las seis ya estaban aquí sacando el agua. A las diez ya se podía caminar.

        REPORTERO: La MPT informó que tiene otras ocho motobombas listas para enviar donde se necesiten.""",
        m="I",
        tone="+",
        note="emergency response with pumps is none of the five topics",
    ),
    S(
        "n108",
        "tvnorte",
        "2026-11-14T18:45:00Z",
        "Reportaje: las playas de Puerto Tamarindal se alistan para el verano",
        """CONDUCTOR (en estudio): Se acerca el verano y las playas del norte se preparan. Nuestro equipo visitó Puerto Tamarindal.

        REPORTERA (en exteriores): La caleta vive de la pesca, pero en verano también del turismo. Los restaurantes de la playa El Faro pintan sus fachadas y los pescadores arreglan sus botes para los paseos a la isla de los lobos marinos. Un paseo cuesta veinte soles por persona.

        PESCADOR: En enero vienen familias de todos lados. Aquí tienen el mejor cebiche de mero de la costa.""",
        about=False,
        note="a travel piece about the port district",
    ),
    S(
        "n109",
        "tvnorte",
        "2026-11-15T23:55:00Z",
        "Embargan la mototaxi de una madre de familia por deuda de arbitrios",
        """CONDUCTORA (en estudio): Indignación en Los Ficus. Ejecutores de cobranza coactiva de la Municipalidad Provincial de Tamarindal embargaron la mototaxi de una madre de familia que debía 1 900 soles de arbitrios de cinco años.

        REPORTERO (en exteriores): Doña Elena Saavedra trabajaba en esa mototaxi todos los días. Es viuda y tiene tres hijos.

        SAAVEDRA: Yo fui a pedir fraccionamiento y me dijeron que ya estaba en coactiva. Ahora no tengo con qué trabajar para pagar.

        REPORTERO: La Gerencia de Administración Tributaria indicó que el procedimiento se hizo conforme a ley, tras tres notificaciones.""",
        m="I",
        t="tributos",
        tone="-",
        note="18:55 in Lima on the 15th",
    ),
    S(
        "n110",
        "tvnorte",
        "2026-11-16T21:30:00Z",
        "Vacunan contra la influenza a 2 000 comerciantes de mercados",
        """CONDUCTOR (en estudio): Una campaña de vacunación llegó a los mercados de la ciudad.

        REPORTERA (en exteriores): Enfermeras del Policlínico Municipal vacunaron hoy contra la influenza y el neumococo a más de 2 000 comerciantes y compradores del Mercado Modelo y del mercado de Santa Julia. El teniente alcalde Humberto Ynga, que coordinó la campaña, dijo que la meta es llegar a 5 000 personas antes de Navidad.

        COMERCIANTE: Aquí estamos todo el día con la gente, el frío de la madrugada, la lluvia. Qué bueno que vengan hasta el puesto.""",
        m="T",
        t="salud",
        tone="+",
    ),
    S(
        "n111",
        "tvnorte",
        "2026-11-17T02:15:00Z",
        "Concejo aprueba presupuesto de 148 millones para 2027",
        """CONDUCTORA (en estudio): El concejo provincial aprobó esta noche el presupuesto institucional de apertura para 2027 de la Municipalidad Provincial de Tamarindal: 148 millones de soles, 6 % más que este año.

        REPORTERO (en exteriores): El 42 % se destinará a gasto de capital, el 38 % a personal y obligaciones sociales y el resto a bienes y servicios. El presupuesto será ejecutado por la nueva gestión, que asume el 1 de enero. La votación fue unánime.""",
        m="I",
        tone="0",
    ),
    S(
        "n112",
        "tvnorte",
        "2026-11-18T03:40:00Z",
        "Serenos denuncian cobros para asignar turnos; gerente Nunura lo niega",
        """CONDUCTOR (en estudio): Graves denuncias dentro del serenazgo. Un grupo de serenos afirma que se les cobra dinero para asignarles turnos de día.

        SERENO (con el rostro cubierto): Si quieres turno de día, tienes que dar cien soles al mes. Si no das, te mandan a la zona norte de noche, sin chaleco, sin radio.

        REPORTERA (en exteriores): Los denunciantes apuntan a un supervisor de confianza del gerente de Seguridad Ciudadana, Wálter Nunura Chapilliquén.

        NUNURA: Eso es completamente falso. Los turnos se asignan por sorteo y está documentado. Si alguien tiene pruebas, que vaya a la Fiscalía.

        CONDUCTOR (en estudio): Los serenos dicen que presentarán su denuncia ante el OCI esta semana.""",
        m="S",
        t="seguridad",
        tone="-",
        note="an accusation denied is negative",
    ),
    S(
        "n113",
        "tvnorte",
        "2026-11-19T00:30:00Z",
        "Exalcalde Zapata: «Querevalú deja la ciudad más sucia que cuando la recibió»",
        """CONDUCTORA (en estudio): El exalcalde Baltazar Zapata Morales, que gobernó la provincia entre 2019 y 2022, arremetió contra la gestión saliente.

        ZAPATA: La alcaldesa Querevalú recibió un botadero controlado y deja un botadero en llamas. El relleno sanitario que nosotros dejamos con expediente aprobado está paralizado. La basura está en todas las esquinas.

        CONDUCTORA: Consultada por este canal, la oficina de imagen de la municipalidad respondió que «el señor Zapata tiene mucho que explicar ante la Fiscalía antes de opinar sobre limpieza pública».""",
        m="A",
        t="limpieza",
        tone="-",
        note="a former Mayor (not watched) criticising the watched one; 19:30 on the 18th in Lima",
    ),
    S(
        "n114",
        "tvnorte",
        "2026-11-19T22:00:00Z",
        "Instalan los primeros contenedores soterrados del norte del país en el jirón Lima",
        """CONDUCTOR (en estudio): Tamarindal estrena contenedores bajo tierra.

        REPORTERA (en exteriores): Son seis contenedores soterrados de tres metros cúbicos cada uno, instalados por la comuna tamarindaleña en el jirón Lima y alrededor de la plaza de armas. El vecino solo ve un buzón metálico; la basura cae a un depósito subterráneo que un camión con grúa vacía cada noche.

        VECINA: Ya no hay bolsas rotas ni perros hurgando. Se ve otra cosa.

        REPORTERA: La inversión fue de 540 000 soles. La Subgerencia de Gestión Ambiental evalúa instalar otros doce en el malecón.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "n115",
        "tvnorte",
        "2026-11-20T19:10:00Z",
        "Reportaje: la empacadora de limón que da trabajo a 800 mujeres",
        """CONDUCTORA (en estudio): En nuestra sección de emprendedores, una empacadora de limón que cambió la vida de cientos de familias.

        REPORTERO (en exteriores): Limones del Sarco empezó en 2019 en un galpón alquilado. Hoy procesa 60 toneladas diarias y emplea a 800 mujeres en temporada alta. Su gerenta, Rocío Chapilliquén, recuerda que la Municipalidad Provincial de Tamarindal le otorgó la licencia de funcionamiento en una semana, «cuando en otras provincias tardan meses».

        CHAPILLIQUÉN: Aquí las señoras ganan su propio dinero. Muchas son madres solas. Eso es lo que más me enorgullece.

        REPORTERO: La empresa exporta a Estados Unidos y Canadá.""",
        m="I",
        about=False,
        note="a company profile that names the municipality only in passing",
    ),
    S(
        "n116",
        "tvnorte",
        "2026-11-21T16:00:00Z",
        "Simulacro ante inundaciones movilizó a 4 000 vecinos de la zona norte",
        """CONDUCTOR (en estudio): A las diez de la mañana sonaron las sirenas en la zona norte.

        REPORTERA (en exteriores): Unos 4 000 vecinos de Los Ficus, Villa Primavera y 9 de Octubre participaron en el simulacro de evacuación ante una posible inundación, organizado por la Municipalidad Provincial de Tamarindal y Defensa Civil. Las familias caminaron hasta las zonas seguras del cerro La Cruz en un promedio de doce minutos.

        YNGA: Hemos detectado que faltan señales en dos rutas. Las vamos a poner antes de diciembre.

        REPORTERA: El teniente alcalde Humberto Ynga Ruesta evaluó el ejercicio junto con los brigadistas.""",
        m="I T",
        tone="0",
    ),
    S(
        "n117",
        "tvnorte",
        "2026-11-22T14:20:00Z",
        "Colapsa buzón en la avenida Grau y aniega tres cuadras; el desagüe se entregó en julio",
        """CONDUCTORA (en estudio): Aguas servidas en plena avenida Grau.

        REPORTERO (en exteriores): Desde la madrugada, un buzón colapsado en la cuadra seis de la avenida Grau rebalsa desagüe. Tres cuadras están aniegadas y el olor es insoportable. Lo más grave: esta red de alcantarillado fue renovada por la Municipalidad Provincial de Tamarindal y entregada apenas en julio.

        COMERCIANTE: He tenido que cerrar mi restaurante. ¿Quién me paga el día?

        REPORTERO: Personal de la EPS trabaja en la desatoración. La comuna indicó que pedirá al contratista hacer efectiva la garantía.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "n118",
        "tvnorte",
        "2026-11-23T03:00:00Z",
        "Serenazgo evalúa usar drones para vigilar el malecón y las playas",
        """CONDUCTOR (en estudio): La Municipalidad Provincial de Tamarindal evalúa incorporar drones al patrullaje del serenazgo.

        REPORTERA (en exteriores): La propuesta, presentada a la Gerencia de Seguridad Ciudadana, contempla dos drones con cámara térmica para vigilar el malecón y las playas durante el verano. El costo estimado es de 120 000 soles. La decisión la tomará la próxima gestión, que deberá incluir la compra en su presupuesto.""",
        m="I",
        t="seguridad",
        tone="0",
    ),
    S(
        "n119",
        "tvnorte",
        "2026-11-24T21:45:00Z",
        "Alcaldesa y Diresa acuerdan plan conjunto contra el dengue",
        """CONDUCTORA (en estudio): Frente al aumento de casos de dengue, la alcaldesa de Tamarindal, Rosalía Querevalú Chunga, se reunió con el director regional de Salud.

        REPORTERO (en exteriores): Acordaron un plan conjunto para las próximas ocho semanas: la Diresa pondrá los insumos y el personal de fumigación y la municipalidad los vehículos y los brigadistas para el recojo de inservibles. Se priorizarán la zona norte y el 9 de Octubre.

        QUEREVALÚ: Cada uno tiene que poner lo suyo. Aquí no hay que buscar culpables, hay que matar al zancudo.""",
        m="A",
        t="salud",
        tone="0",
    ),
    S(
        "n120",
        "tvnorte",
        "2026-11-25T18:30:00Z",
        "Sabores del norte: el cebiche de «Chalía», en la caleta de Puerto Tamarindal",
        """CONDUCTOR (en estudio): En nuestra sección gastronómica, un clásico de la caleta.

        REPORTERA (en exteriores): Todos en el puerto la conocen como Chalía. Rosario Chapoñán tiene 68 años y hace 40 que vende cebiche de caballa y chinguirito frente al desembarcadero. Su secreto: el limón de la mañana y el ají limo que ella misma siembra.

        CHALÍA: Aquí no hay carta. Hay lo que trajeron los muchachos en la madrugada.

        REPORTERA: «Donde Chalía» abre de siete de la mañana a tres de la tarde.""",
        about=False,
        note="the nickname trap: a cook called «Chalía», not the Mayor",
    ),
    S(
        "n121",
        "tvnorte",
        "2026-11-26T02:20:00Z",
        "Comisión del alcalde electo: «Hemos encontrado siete obras paralizadas»",
        """CONDUCTORA (en estudio): La comisión de transferencia del alcalde electo Teodoro Lalupú Vite presentó su primer reporte.

        REPORTERO (en exteriores): Según la comisión entrante, la Municipalidad Provincial de Tamarindal tiene siete obras paralizadas por un total de 34 millones de soles, entre ellas el relleno sanitario, el nuevo Mercado Modelo y las pistas de Villa Primavera.

        VOCERO DE LA COMISIÓN ENTRANTE: Hay obras que tienen más de un año sin un obrero. Vamos a pedir a la Contraloría que intervenga.

        REPORTERO: La comisión saliente respondió que dos de esas obras ya fueron reactivadas.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "n122",
        "tvnorte",
        "2026-11-28T01:30:00Z",
        "Se encienden las luces de Navidad en la plaza de armas",
        """CONDUCTOR (en estudio): Tamarindal ya vive la Navidad.

        REPORTERA (en exteriores): Miles de familias llenaron la plaza de armas para el encendido del árbol de doce metros y del túnel de luces del malecón. La alcaldesa Rosalía Querevalú Chunga presidió la ceremonia junto a coros de colegios y una orquesta.

        NIÑA: ¡Está bonito! ¡Parece de película!

        REPORTERA: El paseo de luces estará abierto todas las noches hasta el 6 de enero.""",
        m="A",
        tone="+",
        note="20:30 on the 27th in Lima",
    ),
    S(
        "n123",
        "tvnorte",
        "2026-11-29T04:45:00Z",
        "Asaltan joyería del jirón Lima y la cámara de la esquina estaba apagada",
        """CONDUCTORA (en estudio): Asalto a mano armada en pleno centro.

        REPORTERO (en exteriores): Tres delincuentes armados entraron a la joyería Sánchez, en el jirón Lima, y se llevaron joyas valorizadas en 90 000 soles. La cámara de videovigilancia de la esquina, de la Municipalidad Provincial de Tamarindal, no grabó nada: estaba apagada desde hace dos semanas, según los comerciantes.

        DUEÑO: Pagamos arbitrios de serenazgo para que la cámara esté ahí de adorno.

        REPORTERO: La comuna no respondió sobre el estado de la cámara.""",
        m="I",
        t="seguridad",
        tone="-",
        note="23:45 on the 28th in Lima",
    ),
    S(
        "n124",
        "tvnorte",
        "2026-11-30T15:00:00Z",
        "Ordenanza fija multas de hasta 2 000 soles por arrojar desmonte en quebradas",
        """CONDUCTOR (en estudio): A partir de diciembre, arrojar desmonte o basura en las quebradas costará caro.

        REPORTERA (en exteriores): La Municipalidad Provincial de Tamarindal publicó la ordenanza que sanciona con multas de hasta 2 000 soles a quienes arrojen desmonte, basura o animales muertos en los cauces de las quebradas. Las volquetas infractoras serán internadas en el depósito municipal.

        REPORTERA: La norma busca evitar que los cauces se obstruyan antes de la temporada de lluvias.""",
        m="I",
        t="limpieza",
        tone="0",
    ),
    # --- Perú Regiones Hoy: national site, full text with "se publicó primero en" footer, blog template ---------------
    S(
        "n125",
        "peruhoy",
        "2026-11-03T14:00:00Z",
        "Niño costero: la costa norte se prepara para un verano de lluvias",
        """Con el mar hasta dos grados más caliente de lo normal, las regiones de la costa norte se preparan para lluvias de moderadas a fuertes entre enero y marzo de 2027. El Comité Multisectorial del Fenómeno El Niño mantiene la alerta desde setiembre.

        En las provincias de la región Tallanca, como Tamarindal y Sechurana, los agricultores de mango y limón temen que se repitan las pérdidas de 2023, cuando más de 5 000 hectáreas quedaron bajo el agua. En la caleta de Puerto Tamarindal, los pescadores ya sacaron sus botes a tierra firme.

        El Ejecutivo anunció una transferencia de 800 millones de soles para obras de prevención en todo el país, una cifra que los gobiernos regionales consideran insuficiente.""",
        about=False,
        note="a national overview: the province's name in a list",
    ),
    S(
        "n126",
        "peruhoy",
        "2026-11-05T16:30:00Z",
        "Alcaldes provinciales reclaman al MEF por el recorte del Foncomun",
        """Una delegación de 40 alcaldes provinciales se reunió ayer en Lima con funcionarios del Ministerio de Economía y Finanzas para exigir que se restituya el recorte de 11 % en las transferencias del Fondo de Compensación Municipal previsto para 2027.

        La alcaldesa provincial de Tamarindal, Rosalía Querevalú Chunga, vocera de los municipios de la costa norte, calificó el recorte de «asfixia». «Nos piden prevenir el Niño, recoger la basura, pagar serenos, y nos quitan la plata. El MEF gobierna desde una hoja de cálculo», dijo.

        El viceministro de Hacienda se comprometió a revisar la distribución antes de la aprobación del presupuesto.""",
        m="A",
        tone="0",
        note="the Mayor criticising the national government: neutral; no topic",
    ),
    S(
        "n127",
        "peruhoy",
        "2026-11-07T12:00:00Z",
        "Casos de dengue se triplican en el norte; Tallanca concentra el 30 %",
        """El Centro Nacional de Epidemiología reportó 9 400 casos de dengue en las regiones del norte en las últimas seis semanas, el triple que en el mismo periodo de 2025. La región Tallanca concentra el 30 %, con focos en las provincias de Tamarindal y Sechurana.

        El Ministerio de Salud enviará 120 fumigadores y 40 toneladas de larvicida. La ministra pidió a la población no automedicarse y acudir al establecimiento de salud ante los primeros síntomas.""",
        about=False,
        note="a national health story; the province named in passing",
    ),
    S(
        "n128",
        "peruhoy",
        "2026-11-09T10:00:00Z",
        "Crónica: Tamarindal, la provincia que huele a mango",
        """En noviembre, Tamarindal huele a mango. Lo huele el viajero apenas baja del bus en el terminal, lo huelen las calles del centro, donde los camiones esperan turno para entrar a las empacadoras, y lo huele el malecón, donde las vendedoras ofrecen el Kent en bolsas de a cinco soles.

        La provincia exporta el 12 % del mango peruano. Las empacadoras dan trabajo a unas 9 000 personas en temporada, y a fin de mes la comuna tamarindaleña organiza el Festival del Mango, con concurso de platos y coronación de reina.

        «Aquí todo el mundo tiene un pariente en el mango», dice Juana Zapata, que lleva 25 años seleccionando fruta. Sus manos, dice, ya distinguen una fruta madura con los ojos cerrados.""",
        m="I",
        about=False,
        note="a travel chronicle that names the municipality in passing",
    ),
    S(
        "n129",
        "peruhoy",
        "2026-11-11T15:20:00Z",
        "Contraloría identifica 120 obras paralizadas en el norte por 1 400 millones",
        """La Contraloría General publicó su reporte de obras paralizadas en las regiones del norte: 120 proyectos por 1 400 millones de soles, la mayoría a cargo de municipalidades.

        Entre los casos más graves figura el relleno sanitario de la Municipalidad Provincial de Tamarindal, paralizado desde noviembre de 2025 con 40 % de avance y 4,4 millones ya pagados. Según el informe, la comuna no ha convocado el saldo de obra pese a que el contrato se resolvió hace tres meses, y mientras tanto la provincia sigue disponiendo sus residuos en un botadero a cielo abierto.

        También figuran un hospital en Sechurana y dos colegios en la sierra de la región.""",
        m="I",
        t="obras limpieza",
        tone="-",
        note="a national list in which our stalled landfill has its own paragraph",
    ),
    S(
        "n130",
        "peruhoy",
        "2026-11-13T13:00:00Z",
        "Patrullaje integrado: cómo Tamarindal bajó los robos en 23 %",
        """En una región donde los robos en la vía pública crecieron 9 % este año, la provincia de Tamarindal es una excepción: los bajó 23 %. La clave, según la Municipalidad Provincial de Tamarindal, es el patrullaje integrado: cada unidad del serenazgo sale con un policía a bordo y ambos responden a la misma central.

        «Antes el sereno veía el robo y llamaba a la comisaría; ahora el policía está en la camioneta», explica el gerente de Seguridad Ciudadana, Wálter Nunura Chapilliquén. La central de videovigilancia, que tuvo problemas de mantenimiento, funciona hoy con 60 cámaras.

        El Ministerio del Interior estudia replicar el modelo en otras seis provincias de la costa.""",
        m="I S",
        t="seguridad",
        tone="+",
    ),
    S(
        "n131",
        "peruhoy",
        "2026-11-15T11:00:00Z",
        "Solo 6 de las 196 provincias del país tienen una mujer como alcaldesa",
        """De las 196 municipalidades provinciales del Perú, solo seis son gobernadas por mujeres en el periodo 2023-2026, según un estudio del Jurado Nacional de Elecciones. Entre ellas están Rosalía Querevalú Chunga (Tamarindal) y otras cinco alcaldesas de la costa y la sierra sur.

        En las elecciones de octubre, el número no mejoró: solo cinco mujeres fueron elegidas alcaldesas provinciales para 2027-2030. Las investigadoras atribuyen la brecha a la falta de financiamiento de las candidatas y al acoso político.""",
        m="A",
        about=False,
        note="the Mayor named in a national list",
    ),
    S(
        "n132",
        "peruhoy",
        "2026-11-17T18:10:00Z",
        "Fiscalía investiga a la alcaldesa de Tamarindal por compra de compactadoras",
        """La Fiscalía Provincial Anticorrupción abrió investigación preliminar contra la alcaldesa de Tamarindal, Rosalía Querevalú Chunga, y tres funcionarios por presunta negociación incompatible en la compra de tres camiones compactadores por 2,4 millones de soles.

        Según la denuncia, presentada por un regidor de la gestión anterior, los camiones fueron comprados a un proveedor cuyo representante legal aportó a la campaña de la alcaldesa en 2022.

        Querevalú negó cualquier irregularidad. «La compra se hizo por catálogo electrónico, al precio que fija Perú Compras. No hay ningún direccionamiento», afirmó. La Municipalidad Provincial de Tamarindal anunció que entregará toda la documentación a la Fiscalía.""",
        m="A I",
        t="limpieza",
        tone="-",
        note="an investigation denied is negative",
    ),
    S(
        "n133",
        "peruhoy",
        "2026-11-19T09:30:00Z",
        "El mango peruano conquista Corea del Sur",
        """Las exportaciones de mango peruano a Corea del Sur crecieron 140 % en la campaña actual. Empresas de la costa norte, como Agroexportadora Sernaqué e Hijos, de la provincia de Tamarindal, enviaron los primeros contenedores con tratamiento hidrotérmico exigido por las autoridades coreanas.

        «Es un consumidor que paga bien y exige perfección», explicó Edilberto Sernaqué, fundador de la empresa. Los exportadores esperan superar las 5 000 toneladas a ese mercado el próximo año.""",
        about=False,
        note="namesake: the exporter, not the gerente municipal",
    ),
    S(
        "n134",
        "peruhoy",
        "2026-11-21T14:45:00Z",
        "Alcaldes electos del norte piden capacitación antes de asumir",
        """Unos 60 alcaldes electos de las regiones del norte participaron en Chiclayo en un taller sobre gestión presupuestal organizado por la Contraloría. Entre ellos estuvieron Teodoro Lalupú Vite, alcalde electo de Tamarindal, y Carmen Ipanaqué, alcaldesa electa de Sechurana.

        Los participantes pidieron que la capacitación sea obligatoria. «Asumimos el 1 de enero y el primer día ya tenemos que pagar planillas», dijo Lalupú.""",
        about=False,
        note="the alcalde electo, not watched, at a training event",
    ),
    S(
        "n135",
        "peruhoy",
        "2026-11-23T12:00:00Z",
        "Ranking del MEF: las provincias que más mejoraron su recaudación predial",
        """El Ministerio de Economía y Finanzas publicó el ranking de recaudación del impuesto predial de 2026. Entre las municipalidades provinciales del norte, la que más mejoró fue la Municipalidad Provincial de Tamarindal, con un crecimiento de 18 % y una reducción de la morosidad del predial de 52 % a 39 %.

        El informe destaca la actualización catastral de la provincia y el cobro a grandes contribuyentes como prácticas replicables. Al otro extremo, cuatro provincias de la sierra recaudaron menos que en 2025.""",
        m="I",
        t="tributos",
        tone="+",
    ),
    S(
        "n136",
        "peruhoy",
        "2026-11-25T15:30:00Z",
        "Rosalía Querevalú: «Esta vez el Niño no nos va a agarrar desprevenidos»",
        """A cinco semanas de dejar el cargo, la alcaldesa de Tamarindal, Rosalía Querevalú Chunga, asegura que su provincia está mejor preparada que en 2023, cuando las lluvias dejaron 600 viviendas inundadas en la capital provincial.

        —¿Qué ha cambiado?

        —Hemos descolmatado la quebrada Los Tunales y doce kilómetros de drenes. Terminamos la defensa ribereña de La Bocana. El drenaje de la avenida Bolognesi se entrega en diciembre. En 2023 no había nada de eso.

        —¿Y lo que falta?

        —Falta el drenaje de Villa Primavera. Ese queda para la nueva gestión, con expediente aprobado. Y faltan las defensas del río que le corresponden al Gobierno Regional.

        La Municipalidad Provincial de Tamarindal invirtió 11 millones de soles en prevención en los últimos dos años, según el portal de Transparencia Económica.""",
        m="A I",
        t="obras",
        tone="+",
    ),
    S(
        "n137",
        "peruhoy",
        "2026-11-27T10:15:00Z",
        "Gobernador de Tallanca, citado por el Congreso por la compra de ambulancias",
        """La Comisión de Fiscalización del Congreso citó al gobernador regional de Tallanca, Leoncio Farfán Mío, para que explique la compra de 24 ambulancias que, según la Contraloría, tenían un sobreprecio de 30 %.

        Farfán atribuyó las observaciones a «diferencias de interpretación técnica» y aseguró que las ambulancias ya prestan servicio en los hospitales de la región.""",
        about=False,
    ),
    S(
        "n138",
        "peruhoy",
        "2026-11-28T16:40:00Z",
        "OEFA denuncia a la Municipalidad Distrital de Puerto Tamarindal por verter desagüe al mar",
        """El Organismo de Evaluación y Fiscalización Ambiental inició un procedimiento sancionador contra la Municipalidad Distrital de Puerto Tamarindal por verter aguas residuales sin tratamiento a la playa La Caleta, a 200 metros de la zona de bañistas.

        Los análisis encontraron coliformes 40 veces por encima del límite. El alcalde distrital, Segundo Ynga Panta, dijo que la planta de tratamiento está en construcción y que el vertimiento es «temporal».""",
        about=False,
        note="the port's district municipality, not the provincial one",
    ),
    S(
        "n139",
        "peruhoy",
        "2026-11-29T13:00:00Z",
        "Minsa y 28 municipios firman pacto contra el dengue en el norte",
        """El Ministerio de Salud firmó en Tallanca un pacto contra el dengue con 28 municipalidades de la costa norte. Los municipios se comprometen a recoger inservibles, vigilar los cementerios y los mercados y financiar brigadas de vigilancia vecinal.

        Firmaron, entre otros, las municipalidades provinciales de Sechurana, Tamarindal y Bahía Honda, y las distritales de Santa Rufina y Cerro Tizón. El Minsa pondrá los insumos y la capacitación.

        Es el tercer pacto de este tipo desde 2023. Los dos anteriores no tuvieron seguimiento.""",
        m="I",
        about=False,
        note="'las municipalidades provinciales de Sechurana, Tamarindal' names ours, but only in a list of signatories",
    ),
    S(
        "n140",
        "peruhoy",
        "2026-11-30T11:30:00Z",
        "Ranking de transparencia: la mitad de los municipios provinciales del norte reprueba",
        """La Defensoría del Pueblo evaluó los portales de transparencia de 42 municipalidades provinciales del norte: 21 reprobaron. Una de las peores notas fue para la Municipalidad Provincial de Tamarindal, con 38 sobre 100, que no publica sus contratos desde junio ni las actas de sus sesiones de concejo desde marzo.

        La Defensoría recordó que no publicar información es una falta que puede ser sancionada. La comuna tamarindaleña no respondió a la consulta de este medio.""",
        m="I",
        tone="-",
    ),
    # --- El Blog del Malecón: opinion and neighbours' notes, no feed, followed through its section page --------------
    S(
        "n141",
        "malecon",
        "2026-11-04",
        "¡Qué eficiencia la de la comuna tamarindaleña!",
        """Hay que aplaudir. De pie. La comuna tamarindaleña ha logrado lo que ningún otro municipio del norte: que un botadero arda tres veces en un mismo año y que cada vez la respuesta sea exactamente la misma nota de prensa.

        En agosto prometieron cubrir el botadero con tierra. En setiembre prometieron cercarlo. En noviembre, mientras los chicos de Los Ficus van al colegio con mascarilla, prometen —adivinen— cubrirlo con tierra.

        Felicitaciones, de verdad. Pocas instituciones son tan constantes. Lástima que la constancia sea en el humo.""",
        m="I",
        t="limpieza",
        tone="-",
        note="sarcasm: 'aplaudir', 'felicitaciones', 'eficiencia'",
    ),
    S(
        "n142",
        "malecon",
        "2026-11-06",
        "Hay que decirlo: las pistas de Chalía",
        """No soy de los que aplauden a los políticos, y este blog lo sabe. Pero caminar hoy por Santa Julia, por 9 de Octubre, por la avenida Circunvalación, obliga a decirlo: la gestión de Chalía Querevalú pavimentó en cuatro años más calles que las tres gestiones anteriores juntas.

        Se puede discutir el botadero, la huelga de los barrenderos, las cámaras. Pero quien vivió veinte años en una calle de arena sabe lo que significa una pista: que el carro de la basura entre, que la ambulancia llegue, que el polvo no se meta a los pulmones de los niños.

        Que el próximo alcalde empiece por ahí: terminar lo que falta.""",
        m="A",
        t="obras",
        tone="+",
        note="opinion column; the nickname is plainly her",
    ),
    S(
        "n143",
        "malecon",
        "2026-11-08",
        "#NotaVecinal: serenos ayudan a una abuelita perdida a volver a casa",
        """📍 Jirón Sucre, 9:40 p. m. Doña Petronila, de 86 años, salió a comprar pan y no supo volver. Dos serenos de la Municipalidad de Tamarindal la encontraron sentada en una banca de la plaza, desorientada. La subieron a la camioneta, preguntaron casa por casa y a las 11 la dejaron con su familia en El Bosque.

        Su nieta nos escribió para agradecer: «Ya estábamos por ir a la comisaría. Gracias, muchachos». 👏👏

        ¿Tienes una historia de tu barrio? Escríbenos por interno.""",
        m="I",
        t="seguridad",
        tone="+",
        note="social-media-like note",
    ),
    S(
        "n144",
        "malecon",
        "2026-11-10",
        "Columna: Lima se acuerda del norte cuando llueve",
        """Cada vez que el mar se calienta, los ministros descubren que existe el norte. Vienen en helicóptero, se ponen botas, se toman fotos con el agua a la rodilla y prometen reconstrucción. Luego el agua baja y el norte vuelve a ser una línea en el mapa.

        La Reconstrucción con Cambios de 2017 dejó en la región decenas de obras que nunca empezaron. Los expedientes del Niño de 2023 siguen en evaluación. Y ahora, con la alerta de 2027, el Ejecutivo anuncia 800 millones para todo el país, como si fueran suficientes para una sola cuenca.

        El centralismo no se mide en discursos. Se mide en defensas ribereñas que no existen.""",
        about=False,
        note="opinion about the national government, no municipal angle",
    ),
    S(
        "n145",
        "malecon",
        "2026-11-12",
        "Una semana detrás del camión de basura",
        """Durante siete días seguí, libreta en mano, a los camiones compactadores por los 22 asentamientos humanos de la zona norte y sur. Me levanté a las cinco, comí con los choferes, anoté cada esquina.

        Nadie podrá decir, y lo afirmo después de recorrer calle por calle, de madrugada y con lluvia incluida, desde Los Ficus hasta Nueva Esperanza, que el recojo de la Municipalidad Provincial de Tamarindal haya fallado un solo día esta semana. Los ocho camiones salieron a su hora y cubrieron todas las rutas.

        Hubo quejas, claro: vecinos que sacan la bolsa cuando el camión ya pasó. Pero el servicio cumplió. Y eso, en esta ciudad, ya es noticia.""",
        m="I",
        t="limpieza",
        tone="+",
        note="negation far from the word: 'Nadie podrá decir ... que haya fallado un solo día'",
    ),
    S(
        "n146",
        "malecon",
        "2026-11-14",
        "No, la MPT no va a privatizar el serenazgo",
        """Desde el martes circula por WhatsApp un audio según el cual la MPT «va a entregar el serenazgo a una empresa privada» y los 96 serenos serán despedidos en diciembre. Consultamos a la Gerencia de Seguridad Ciudadana.

        «No es cierto que se vaya a privatizar nada. No existe ningún proceso, ni convocatoria, ni informe. Los serenos tienen contrato hasta marzo y la decisión sobre su continuidad la tomará la próxima gestión», nos respondió el gerente Wálter Nunura.

        Verificamos en el Seace: no hay ninguna convocatoria de servicios de seguridad de la municipalidad en 2026.""",
        m="I S",
        t="seguridad",
        tone="0",
        note="a rumour denied and checked: neutral clarification",
    ),
    S(
        "n147",
        "malecon",
        "2026-11-16",
        "Cinco promesas de salud y ninguna cumplida",
        """En la campaña de 2022, la hoy alcaldesa Querevalú firmó ante notario un compromiso con cinco promesas de salud: un segundo policlínico municipal en la zona sur, un servicio de ambulancias municipal, un centro de terapia para niños con discapacidad, farmacia con medicinas a precio de costo y un programa permanente contra el dengue.

        Revisé una por una. La gestión no ha cumplido, a 45 días de irse, ni con la primera ni con la última, y tampoco con las otras tres. El policlínico que existe no tiene paracetamol. El programa contra el dengue fue una campaña de diez días.

        Las promesas, como el zancudo, se reproducen en época electoral.""",
        m="A",
        t="salud",
        tone="-",
        note="negation: 'no ha cumplido ... ni con la primera ni con la última'",
    ),
    S(
        "n148",
        "malecon",
        "2026-11-18",
        "Crónica: una noche con los pescadores de Puerto Tamarindal",
        """A las once de la noche, la caleta de Puerto Tamarindal es un hormiguero de linternas. Los pescadores cargan hielo, redes y bidones de gasolina en sus botes de madera. Salen a buscar la pota y volverán, si el mar quiere, a las seis de la mañana.

        «El mar está caliente, la pota se ha ido más lejos», dice don Nemesio Panta, 61 años, 45 de pescador. Antes volvían con dos toneladas; ahora, con suerte, con media.

        Sus hijos ya no quieren ser pescadores. Uno es mototaxista en la ciudad; la otra trabaja en una empacadora de mango.""",
        about=False,
    ),
    S(
        "n149",
        "malecon",
        "2026-11-20",
        "Tribuna: Por qué voté en contra de la adenda del Mercado Modelo",
        """Por Gladys Cherre Amaya, regidora provincial.

        El lunes voté en contra de la adenda de 1,9 millones de soles para la obra del Mercado Modelo. No lo hice por oposición ciega: lo hice porque la Municipalidad Provincial de Tamarindal está premiando a un contratista que lleva cuatro meses de retraso y que no ha pagado ni una penalidad.

        La adenda se aprobó con un informe de la supervisión que llegó a los regidores dos horas antes de la sesión. Nadie pudo leerlo. Mientras tanto, 420 comerciantes siguen vendiendo bajo toldos.

        Los vecinos merecen saber a quién se le está pagando y por qué.""",
        m="R I",
        t="obras",
        tone="-",
        note="an op-ed signed by the opposition regidora",
    ),
    S(
        "n150",
        "malecon",
        "2026-11-22",
        "Un domingo de marinera en el coliseo",
        """El domingo el coliseo de la ciudad se llenó de pañuelos. Más de 200 parejas de todas las edades bailaron en el concurso organizado por la academia Brisas del Sarco, desde niños de cuatro años hasta una pareja de esposos que suman 150.

        Ganaron, en la categoría adultos, Rosa y Néstor Eca, de Santa Rufina. El público eligió como pareja favorita a los más chiquitos, que se equivocaron en el paso final y lo resolvieron con un abrazo.""",
        about=False,
    ),
    S(
        "n151",
        "malecon",
        "2026-11-24",
        "Diez años después del huaico de 2017, Los Tunales no olvida",
        """El 14 de marzo de 2017, a las 3 de la mañana, la quebrada Los Tunales bajó con piedras del tamaño de un carro. Se llevó 40 casas y la vida de cuatro personas. En el lugar donde estaba la casa de la familia Yovera hay hoy una cruz pintada de celeste.

        «Cada vez que llueve fuerte me levanto y miro la quebrada», cuenta Martina Yovera, que perdió a su madre. Sus hijos crecieron con una mochila de emergencia junto a la puerta.

        Diez años después, los sobrevivientes preparan una misa y una caminata para el próximo marzo.""",
        about=False,
        note="a memory piece about the victims, no municipal angle",
    ),
    S(
        "n152",
        "malecon",
        "2026-11-20",
        "Comunicado: se suspende el alza de la sisa en el Mercado Modelo",
        """La Municipalidad Provincial de Tamarindal comunica a los señores comerciantes del Mercado Modelo reubicados en la losa del estadio que, por acuerdo con la Asociación de Comerciantes, se suspende el incremento de la sisa diaria previsto para el 1 de diciembre.

        La sisa se mantendrá en un sol con cincuenta céntimos hasta que los comerciantes ocupen el nuevo mercado. Así lo dispuso el teniente alcalde Humberto Ynga Ruesta, encargado del despacho de alcaldía, tras reunirse con los dirigentes.

        Tamarindal, 19 de noviembre de 2026.""",
        m="I T",
        t="tributos",
        tone="+",
        note="a communiqué reprinted; the market fee is tributos",
    ),
    S(
        "n153",
        "malecon",
        "2026-11-26",
        "Villa Primavera: la pista que la alcaldesa tamarindaleña prometió tres veces",
        """En marzo de 2023, la alcaldesa tamarindaleña prometió en Villa Primavera que las pistas estarían ese mismo año. En 2024 lo repitió al colocar la primera piedra. En 2025, lo volvió a prometer en la fiesta del sector.

        Hoy, noviembre de 2026, lo que hay son zanjas abiertas de dos metros, un contratista que se fue y un escolar con el brazo enyesado. Los vecinos ya no creen en primeras piedras.

        La obra pasará a la nueva gestión con 34 % de avance. Esa es la herencia en Villa Primavera.""",
        m="A",
        t="obras",
        tone="-",
    ),
    S(
        "n154",
        "malecon",
        "2026-11-27",
        "Guía práctica: cómo pagar tus arbitrios por internet sin hacer cola",
        """Si no quieres madrugar para hacer cola, puedes pagar tus arbitrios y el predial desde el celular. Te contamos cómo.

        Entra a la página web de la Municipalidad Provincial de Tamarindal y busca la opción «Pagos en línea». Necesitas tu código de contribuyente, que figura en la parte superior de tu recibo. Puedes pagar con tarjeta de débito o crédito, o generar un código para pagar en agentes bancarios.

        Ojo: el sistema se cae los días de vencimiento. Mejor paga unos días antes y guarda la constancia.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "n155",
        "malecon",
        "2026-11-28",
        "Luces y sombras de la gestión Querevalú: más luces de las que se cuentan",
        """Hacer el balance de una gestión cuando quedan cinco semanas es un ejercicio ingrato, porque todos los pendientes están a la vista. Intentémoslo con los dos temas que más pesan en Tamarindal: las calles y la basura.

        Las sombras están en la basura: el botadero arde, el relleno sanitario está paralizado y los barrenderos tuvieron que hacer huelga. Nadie puede maquillar eso.

        Pero las luces son más grandes. Sesenta y tres kilómetros de pistas, tres drenajes, la defensa ribereña de La Bocana, los compactadores nuevos que sacaron la basura de las esquinas de 22 asentamientos. Rosalía Querevalú entrega una ciudad más transitable y mejor preparada para la lluvia que la que recibió. Con todos sus pendientes, el saldo es positivo.""",
        m="A",
        t="obras limpieza",
        tone="+",
        note="a mixed balance whose weight and conclusion are positive",
    ),
    S(
        "n156",
        "malecon",
        "2026-11-30",
        "VIDEO: regidora Cherre y gerente Sernaqué discuten a gritos en el pasillo municipal",
        """🎥 Un video de 40 segundos grabado el viernes en el segundo piso del palacio municipal se volvió viral: la regidora Gladys Cherre y el gerente municipal Edilberto Sernaqué se gritan frente a la puerta de la Gerencia Municipal.

        «¡Usted no me va a esconder los contratos!», se escucha a la regidora. «¡Pida los documentos por escrito, como corresponde!», le responde el gerente.

        Según personas que presenciaron la escena, la regidora había pedido copia de los contratos de locación de servicios de 2026 y no se los entregaron. Ninguno de los dos quiso declarar después.""",
        m="R G",
        tone="-",
    ),
    # --- NotiCosta Norte: regional aggregator, full text; its own stories first, then the copies of the others -------
    S(
        "n157",
        "noticosta",
        "2026-11-03T10:15:00-05:00",
        "Alcaldesa Querevalú reinaugura comedor popular que atiende a 300 familias",
        """La alcaldesa de la provincia de Tamarindal, Rosalía Querevalú Chunga, reinauguró el comedor popular Virgen de las Mercedes, en el asentamiento humano El Porvenir, que fue remodelado con una cocina industrial, un almacén y servicios higiénicos nuevos.

        El comedor prepara 300 raciones diarias para familias de la zona norte. «Antes cocinábamos con leña en el patio; ahora parece un restaurante», dijo la presidenta, Lucila Chunga. La remodelación costó 150 000 soles.""",
        m="A",
        tone="+",
        note="social programmes are none of the five topics",
    ),
    S(
        "n158",
        "noticosta",
        "2026-11-06T11:00:00-05:00",
        "Gladys Cherre, la reina de los chifles, gana el concurso de emprendedoras",
        """Gladys Cherre, de 52 años, ganó el primer lugar del concurso regional de mujeres emprendedoras con su marca de chifles «Doña Glady», que empezó friendo plátano en la cocina de su casa en Santa Rufina y hoy vende en tres supermercados de la región.

        El premio, de 20 000 soles, servirá para comprar una selladora automática. «Mis hijas me ayudan con las redes sociales; yo pongo la sazón», contó entre risas.""",
        about=False,
        note="namesake: an entrepreneur with the regidora's given name and first surname",
    ),
    S(
        "n159",
        "noticosta",
        "2026-11-08T20:30:00-05:00",
        "Sereno herido en gresca con pandilla; compañeros denuncian que patrullan sin chalecos",
        """Un sereno de 24 años resultó herido con un arma blanca en el brazo cuando intentaba separar una pelea entre pandillas en el asentamiento humano 9 de Octubre. Fue atendido en el Hospital de Apoyo y está fuera de peligro.

        Sus compañeros denunciaron que patrullan sin chalecos antibalas ni anticortes. «Nos mandan a la zona norte con una vara y una linterna», dijo uno de ellos. La Municipalidad Provincial de Tamarindal indicó que la compra de 40 chalecos está en proceso desde agosto.""",
        m="I",
        t="seguridad",
        tone="-",
    ),
    S(
        "n160",
        "noticosta",
        "2026-11-09T13:40:00-05:00",
        "Voluntarios y municipio retiran tres toneladas de basura de la playa Las Gaviotas",
        """Más de 400 voluntarios, entre escolares, surfistas y trabajadores municipales, retiraron el sábado tres toneladas de residuos de los dos kilómetros de la playa Las Gaviotas, en la primera jornada de la campaña «Tamarindal Limpio».

        Se recogieron botellas, tecnopor, redes de pesca abandonadas y hasta dos llantas de camión. La comuna tamarindaleña instaló después los primeros 20 contenedores diferenciados en la franja de arena y dejó una cuadrilla fija de barrido para los fines de semana.

        «Queremos que este verano la playa esté limpia todos los días, no solo hoy», dijo la subgerenta de Gestión Ambiental, Patricia Nima.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "n161",
        "noticosta",
        "2026-11-10T09:20:00-05:00",
        "Santa Rufina estrena posta médica con sala de partos",
        """La Municipalidad Distrital de Santa Rufina entregó al Gobierno Regional el nuevo puesto de salud del centro poblado El Arenal, con sala de partos, tópico, farmacia y vivienda para el médico. La obra costó 2,1 millones de soles.

        El alcalde distrital, Julián Nima, dijo que las gestantes ya no tendrán que viajar hasta la ciudad para dar a luz. La Diresa asignará un médico, dos obstetras y tres técnicos.""",
        about=False,
        note="health works of another district of the province",
    ),
    S(
        "n162",
        "noticosta",
        "2026-11-12T08:00:00-05:00",
        "Predial 2027: la MPT publica el cronograma de pagos",
        """La Municipalidad Provincial de Tamarindal publicó el cronograma de pagos del impuesto predial y los arbitrios de 2027. La primera cuota vence el 26 de febrero; las siguientes, el 31 de mayo, el 31 de agosto y el 30 de noviembre.

        Quienes paguen el año completo hasta el 26 de febrero tendrán un descuento de 10 % en los arbitrios. Las declaraciones juradas y los recibos se repartirán a domicilio en enero.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "n163",
        "noticosta",
        "2026-11-14T12:30:00-05:00",
        "Pavimentación de la avenida Circunvalación avanza 70 % y va a buen ritmo",
        """La pavimentación de los 3,2 kilómetros de la avenida Circunvalación, que conecta la Panamericana con el terminal terrestre, tiene un avance de 70 % y va once días adelantada respecto al cronograma, según la supervisión.

        El gerente municipal, Edilberto Sernaqué Lizana, que recorrió la obra con los dirigentes de los mototaxistas, informó que la vía tendrá cuatro carriles, ciclovía y alumbrado. «Será la primera avenida de la ciudad con ciclovía», dijo. La inversión es de 12,5 millones de soles.""",
        m="G",
        t="obras",
        tone="+",
    ),
    S(
        "n164",
        "noticosta",
        "2026-11-15T17:00:00-05:00",
        "MPT declara emergencia sanitaria por dengue en tres sectores de la zona norte",
        """El concejo de la Municipalidad Provincial de Tamarindal declaró en emergencia sanitaria por 60 días a los sectores Los Ficus, Villa Primavera y 9 de Octubre, donde se concentran 240 de los 312 casos de dengue de la capital provincial.

        La declaratoria permite contratar brigadistas y comprar insumos sin licitación. La alcaldesa Rosalía Querevalú Chunga dijo que se destinarán 600 000 soles a las brigadas y al recojo de inservibles.""",
        m="I A",
        t="salud",
        tone="0",
    ),
    S(
        "n165",
        "noticosta",
        "2026-11-17T19:45:00-05:00",
        "Federación de mototaxistas elige nueva junta directiva",
        """La Federación Provincial de Mototaxistas eligió a su nueva junta directiva para el periodo 2027-2028. Jhony Sosa Purizaca fue reelegido presidente con el 61 % de los votos de los delegados de las 84 asociaciones.

        Sosa anunció que la prioridad será el seguro contra accidentes para los conductores y la lucha contra la extorsión.""",
        about=False,
    ),
    S(
        "n166",
        "noticosta",
        "2026-11-18T10:10:00-05:00",
        "Trabajadores CAS denuncian despidos a dos meses del cambio de gestión",
        """Al menos 37 trabajadores contratados bajo el régimen CAS de la Municipalidad Provincial de Tamarindal denunciaron que se les comunicó verbalmente que no se renovarán sus contratos en diciembre, pese a que sus plazas son de necesidad permanente.

        «Es represalia porque no fuimos a los mítines», afirmó una de las trabajadoras. El gerente municipal, Edilberto Sernaqué, respondió que no hay despidos sino «vencimiento de contratos temporales» y que la decisión sobre las plazas corresponderá a la nueva gestión. El sindicato presentó una queja ante la Sunafil.""",
        m="I G",
        tone="-",
        note="a staff dispute: no topic",
    ),
    S(
        "n167",
        "noticosta",
        "2026-11-22T18:20:00-05:00",
        "Serenazgo encuentra a tres niños perdidos en la playa en menos de una hora",
        """Tres niños de 5, 7 y 8 años que se separaron de sus padres en la playa El Faro fueron encontrados por serenos en menos de una hora. El gerente de Seguridad Ciudadana, Wálter Nunura Chapilliquén, explicó que la central difundió la descripción de los niños por radio a las seis unidades de la playa y que una pareja de serenos en cuatrimoto los ubicó junto al muelle.

        «Pasé la peor hora de mi vida», dijo la madre de dos de ellos, que agradeció a los serenos entre lágrimas.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    S(
        "n168",
        "noticosta",
        "2026-11-24T11:30:00-05:00",
        "Comisión del alcalde electo recibe 300 archivadores de la gestión saliente",
        """La comisión de transferencia de la Municipalidad Provincial de Tamarindal entregó a los representantes del alcalde electo 300 archivadores con la documentación de las gerencias de Administración, Obras y Rentas.

        El teniente alcalde Humberto Ynga Ruesta, que preside la comisión saliente, dijo que la entrega se hizo en presencia de un notario. La comisión entrante tiene quince días para formular observaciones.""",
        m="I T",
        tone="0",
    ),
    S(
        "n169",
        "noticosta",
        "2026-11-26T08:40:00-05:00",
        "Compactadora municipal derrama lixiviados por la avenida Grau",
        """Un camión compactador de la Municipalidad Provincial de Tamarindal dejó un rastro de líquido negro y pestilente a lo largo de ocho cuadras de la avenida Grau la mañana del miércoles. Los vecinos grabaron el momento en que el líquido caía de la compuerta trasera del vehículo.

        «El olor no se va con nada; tuvimos que echar lejía en toda la vereda», contó una vecina. No es la primera vez: en octubre ocurrió lo mismo en la avenida Bolognesi. La comuna no informó si el camión fue retirado de servicio.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "n170",
        "noticosta",
        "2026-11-29T09:00:00-05:00",
        "Municipio tamarindaleño entrega 5 000 kits contra el dengue a familias de la zona norte",
        """El municipio tamarindaleño entregó 5 000 kits de prevención del dengue a familias de Los Ficus, Villa Primavera y 9 de Octubre. Cada kit incluye un mosquitero tratado, repelente, tapas para cilindros y una cartilla con indicaciones.

        «Los mosquiteros son para los niños y las gestantes, que son los más vulnerables», explicó la bióloga Karina Timaná. Desde la declaratoria de emergencia, los casos nuevos por semana bajaron de 70 a 38.""",
        m="I",
        t="salud",
        tone="+",
    ),
    # --- syndicated copies: the same stories elsewhere, with their own headlines ---------------------------------------
    C(
        "n171",
        "n001",
        "noticosta",
        "2026-11-02T12:20:00-05:00",
        "Tamarindal retira 38 000 metros cúbicos de desmonte de la quebrada Los Tunales",
        extra="Con información de Tamarindal al Día.",
    ),
    C(
        "n172",
        "n003",
        "noticosta",
        "2026-11-03T14:00:00-05:00",
        "Arbitrios subirán 12 % en el cercado de Tamarindal desde enero",
        lead="""Los arbitrios de limpieza pública, parques y jardines y serenazgo subirán en promedio 12 % en 2027 en el cercado de Tamarindal. Así lo decidió el concejo de la Municipalidad Provincial de Tamarindal por siete votos contra cuatro: una vivienda pasará de pagar 28 a 31,40 soles al mes.""",
    ),
    C(
        "n173",
        "n009",
        "cronica",
        "2026-11-07T06:00:00-05:00",
        "Alcaldesa pide a la región pediatra, ginecólogo y anestesiólogos para el Hospital de Apoyo",
    ),
    C(
        "n174",
        "n011",
        "noticosta",
        "2026-11-07T11:30:00-05:00",
        "Recojo de basura diario en 22 asentamientos con la llegada de tres compactadoras",
        extra="Fuente: Oficina de Imagen Institucional de la Municipalidad Provincial de Tamarindal.",
    ),
    C(
        "n175",
        "n012",
        "noticosta",
        "2026-11-08T09:00:00-05:00",
        "Ynga encabezará la comisión que entregará la gestión provincial",
    ),
    C(
        "n176",
        "n036",
        "tvnorte",
        "2026-11-20T14:00:00Z",
        "Serenazgo y Policía patrullarán juntos en diciembre",
    ),
    C(
        "n177",
        "n018",
        "cronica",
        "2026-11-11T06:00:00-05:00",
        "Lalupú habla de «municipio quebrado»; Sernaqué responde que la deuda es de 3,8 millones",
    ),
    C(
        "n178",
        "n023",
        "noticosta",
        "2026-11-13T11:45:00-05:00",
        "Cámara y serenos en moto: así se frustró el asalto a un agente bancario",
        lead="""Serenos de la Municipalidad Provincial de Tamarindal que patrullaban en motocicleta detuvieron a dos delincuentes que intentaban asaltar a un agente bancario en la avenida Bolognesi, después de que la operadora de la central de videovigilancia viera por las cámaras cómo uno de ellos sacaba un arma.""",
        m="I",
        note="the rewritten lead names the institution, which the original did not",
    ),
    C(
        "n179",
        "n029",
        "noticosta",
        "2026-11-16T12:10:00-05:00",
        "Huelga de barrenderos: la basura se amontona alrededor del mercado",
        extra="""Por la tarde, el teniente alcalde Humberto Ynga Ruesta anunció que el concejo evaluará una partida de emergencia para pagar a los obreros antes del viernes.""",
        m="I G T",
        note="the added line names the teniente alcalde",
    ),
    C(
        "n180",
        "n033",
        "peruhoy",
        "2026-11-18T21:00:00Z",
        "Alcaldesa norteña reclama al MEF: «Declaran emergencias en el papel y no transfieren un sol»",
    ),
    C(
        "n181",
        "n039",
        "noticosta",
        "2026-11-22T15:30:00-05:00",
        "MEF premia a Tamarindal con 2,1 millones por cumplir su meta del predial",
    ),
    C(
        "n182",
        "n048",
        "peruhoy",
        "2026-11-07T20:00:00Z",
        "Dengue en el norte: autoridad de salud culpa a municipio por no recoger inservibles",
    ),
    C(
        "n183",
        "n051",
        "noticosta",
        "2026-11-10T16:20:00-05:00",
        "Agricultores de La Bocana ya tienen su defensa ribereña",
        extra="Nota elaborada con información de la Oficina de Imagen de la Municipalidad Provincial de Tamarindal.",
    ),
    C(
        "n184",
        "n053",
        "noticosta",
        "2026-11-12T09:50:00-05:00",
        "Sigue la guerra de cifras entre la alcaldesa y el alcalde electo",
        lead="""El alcalde electo Teodoro Lalupú Vite y la gestión saliente siguen enfrentados por la deuda municipal: la alcaldesa Rosalía Querevalú Chunga volvió a negar que deje 14 millones de soles en deudas. «No dejamos deudas, dejamos obras. Que venga a la comisión de transferencia y vea los papeles», dijo.""",
    ),
    C(
        "n185",
        "n072",
        "noticosta",
        "2026-11-28T11:00:00-05:00",
        "Licitan el mercado de abastos de Los Ficus por 6,8 millones",
    ),
    C(
        "n186",
        "n056",
        "noticosta",
        "2026-11-14T15:00:00-05:00",
        "Tercerizarán el recojo de basura del cercado de Tamarindal por tres años",
        extra="Con información de Diario La Crónica del Norte.",
    ),
    C(
        "n187",
        "n075",
        "noticosta",
        "2026-11-03",
        "Querevalú asegura que la ciudad está lista para las lluvias: 12 kilómetros de drenes limpios",
        lead="""La alcaldesa provincial de Tamarindal, Rosalía Querevalú Chunga, aseguró esta mañana en Radio Mar Azul que la ciudad está preparada para la temporada de lluvias. Reproducimos la entrevista.""",
    ),
    C(
        "n188",
        "n088",
        "tamweb",
        "2026-11-16T20:00:00-05:00",
        "Más de 1 800 atenciones gratuitas en la campaña de salud de la plaza de armas",
    ),
    C(
        "n189",
        "n097",
        "tamweb",
        "2026-11-25T19:30:00-05:00",
        "Nueva central de videovigilancia ya opera con 60 cámaras",
    ),
    C(
        "n190",
        "n103",
        "noticosta",
        "2026-11-10T15:10:00-05:00",
        "Santa Julia celebra sus pistas: seis calles y 3,7 millones de inversión",
    ),
    C(
        "n191",
        "n105",
        "cronica",
        "2026-11-12T06:00:00-05:00",
        "Querevalú culpa a la región por la crisis del Hospital de Apoyo",
    ),
    C(
        "n192",
        "n109",
        "noticosta",
        "2026-11-16T09:00:00-05:00",
        "Coactiva embarga la mototaxi de una viuda por 1 900 soles de arbitrios",
    ),
    C(
        "n193",
        "n119",
        "cronica",
        "2026-11-25T06:00:00-05:00",
        "Municipio y Diresa se reparten tareas contra el dengue",
    ),
    C(
        "n194",
        "n121",
        "noticosta",
        "2026-11-26T08:00:00-05:00",
        "Transferencia: comisión entrante cuenta siete obras paralizadas por 34 millones",
        extra="Con información de Tamarindal TV Canal 11.",
    ),
    C(
        "n195",
        "n129",
        "tamweb",
        "2026-11-11T18:00:00-05:00",
        "Contraloría incluye el relleno sanitario de Tamarindal entre las obras paralizadas más graves del norte",
        extra="Fuente: Perú Regiones Hoy.",
    ),
    C(
        "n196",
        "n130",
        "noticosta",
        "2026-11-13T16:00:00-05:00",
        "Medio nacional destaca el patrullaje integrado de Tamarindal",
    ),
    C(
        "n197",
        "n126",
        "tamweb",
        "2026-11-05T19:00:00-05:00",
        "Querevalú, vocera de alcaldes del norte: el MEF «gobierna desde una hoja de cálculo»",
    ),
    C(
        "n198",
        "n136",
        "noticosta",
        "2026-11-25T18:00:00-05:00",
        "«En 2023 no había nada de eso»: la alcaldesa defiende su plan ante el Niño",
    ),
    C(
        "n199",
        "n146",
        "noticosta",
        "2026-11-14T17:00:00-05:00",
        "Verificado: no existe ningún proceso para privatizar el serenazgo",
        extra="Publicado originalmente en El Blog del Malecón.",
    ),
    C(
        "n200",
        "n152",
        "noticosta",
        "2026-11-20T12:00:00-05:00",
        "Comerciantes del Mercado Modelo no pagarán más sisa hasta tener su nuevo local",
    ),
    C(
        "n201",
        "n002",
        "noticosta",
        "2026-11-03T08:30:00-05:00",
        "Joven tamarindaleña es la nueva campeona regional de marinera",
    ),
    C(
        "n202",
        "n037",
        "peruhoy",
        "2026-11-21T15:00:00Z",
        "Boxeo: el «Ciclón» Nunura retiene su corona sudamericana",
    ),
    C(
        "n203",
        "n160",
        "tamweb",
        "2026-11-09T18:00:00-05:00",
        "Tres toneladas de residuos salieron de la playa Las Gaviotas en una sola mañana",
    ),
    C(
        "n204",
        "n164",
        "tamweb",
        "2026-11-15T21:10:00-05:00",
        "Emergencia sanitaria por dengue en Los Ficus, Villa Primavera y 9 de Octubre",
    ),
    # --- more stories from the same outlets, written last -------------------------------------------------------------
    S(
        "n205",
        "tamweb",
        "2026-11-20T08:15:00-05:00",
        "MPT instala mesa de diálogo con los comerciantes reubicados del Mercado Modelo",
        """La Municipalidad Provincial de Tamarindal y la Asociación de Comerciantes del Mercado Modelo instalaron ayer una mesa de diálogo que se reunirá cada quince días hasta que los 420 comerciantes reubicados en la losa del estadio se trasladen al nuevo local.

        En la primera reunión, el gerente municipal Edilberto Sernaqué Lizana y la dirigenta Juana Sosa acordaron revisar el sorteo de puestos, el reglamento interno y el plan de mudanza. El acta fue firmada por ambas partes y por un representante de la Defensoría del Pueblo.

        La próxima sesión será el 3 de diciembre.""",
        m="I G",
        tone="0",
        note="a procedural agreement; the relocation is not a topic",
    ),
    S(
        "n206",
        "cronica",
        "2026-11-21T06:30:00-05:00",
        "Ordenanza de arbitrios de Tamarindal pasa a revisión para su ratificación",
        """La ordenanza de arbitrios para 2027 aprobada por el concejo de la Municipalidad Provincial de Tamarindal ingresó al procedimiento de ratificación, que debe concluir antes del 31 de diciembre para que pueda aplicarse desde enero.

        El órgano revisor tiene 30 días hábiles para pronunciarse. Puede ratificar la norma, observarla o pedir que se sustenten los costos de cada servicio. Si no se ratifica a tiempo, seguirán vigentes los montos de 2026.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "n207",
        "rmar",
        "2026-11-29",
        "Central de emergencias del serenazgo atenderá las 24 horas durante las fiestas",
        """[Transcripción de avisos de servicio]

        LOCUTOR: El gerente de Seguridad Ciudadana, Wálter Nunura, informó que la central de emergencias del serenazgo atenderá las 24 horas durante diciembre, incluidos el 24, el 25 y el 31.

        NUNURA: El número es el mismo de siempre. Pedimos a los vecinos que solo llamen por emergencias, para no saturar la línea.

        LOCUTOR: La central recibe en promedio 180 llamadas diarias.""",
        m="S",
        t="seguridad",
        tone="0",
    ),
    S(
        "n208",
        "tvnorte",
        "2026-11-28T00:10:00Z",
        "Querevalú y el alcalde electo Lalupú se reúnen por primera vez",
        """CONDUCTORA (en estudio): Primera reunión entre la alcaldesa saliente y el alcalde electo.

        REPORTERO (en exteriores): La alcaldesa de Tamarindal, Rosalía Querevalú Chunga, recibió esta tarde en su despacho al alcalde electo Teodoro Lalupú Vite. La reunión duró una hora y media, a puerta cerrada.

        REPORTERO: A la salida, ambos dijeron que hablaron del cronograma de la transferencia y de la ceremonia del 1 de enero. Ninguno quiso responder preguntas sobre la deuda municipal.""",
        m="A",
        tone="0",
        note="19:10 on the 27th in Lima",
    ),
    S(
        "n209",
        "noticosta",
        "2026-11-27T10:40:00-05:00",
        "Municipio inicia inventario de los árboles de parques y bermas del cercado",
        """La Municipalidad de Tamarindal inició un inventario de los árboles de sus 48 parques y de las bermas centrales de las avenidas del cercado. Técnicos de la Subgerencia de Áreas Verdes registrarán la especie, la altura, el estado sanitario y la ubicación de cada ejemplar con un aplicativo en el celular.

        El trabajo durará tres meses. La información servirá para planificar la poda y el riego, según la subgerencia.""",
        m="I",
        tone="0",
        note="parks and trees are none of the five topics",
    ),
    S(
        "n210",
        "peruhoy",
        "2026-11-26T17:00:00Z",
        "Alcaldesa de Tamarindal pide al Congreso fondos para el drenaje de Villa Primavera",
        """La alcaldesa de Tamarindal, Rosalía Querevalú Chunga, se presentó ante la Comisión de Presupuesto del Congreso para pedir que se incluya en la ley de presupuesto de 2027 una partida de 18 millones de soles para el drenaje pluvial del sector Villa Primavera, donde viven 12 000 personas.

        «El expediente está aprobado. Lo que falta es el dinero, y el dinero lo tiene el Estado central», dijo. El presidente de la comisión indicó que el pedido será evaluado junto con otros 300 proyectos de prevención.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor asking the national level to fund a work: neutral, obras",
    ),
    S(
        "n211",
        "malecon",
        "2026-11-29",
        "Explicador: ¿qué pasa con las obras en ejecución cuando cambia la gestión?",
        """Muchos lectores nos preguntan qué pasará con las obras que la Municipalidad Provincial de Tamarindal tiene en marcha cuando asuma el nuevo alcalde. Aquí va una explicación corta.

        Los contratos firmados no se caen con el cambio de gestión: el contratista sigue obligado a terminar la obra y la municipalidad a pagarla. Lo que cambia es quién firma las valorizaciones y quién decide sobre adendas o ampliaciones de plazo.

        Las obras paralizadas o con contrato resuelto dependen de que la nueva gestión convoque el saldo. Para eso, la ley da un plazo, pero no obliga a hacerlo el primer mes.""",
        m="I",
        t="obras",
        tone="0",
    ),
    S(
        "n212",
        "tamweb",
        "2026-11-30T09:40:00-05:00",
        "MPT publica el padrón de beneficiarios del Vaso de Leche para 2027",
        """La Municipalidad Provincial de Tamarindal publicó en su portal y en los locales comunales el padrón de beneficiarios del programa Vaso de Leche para 2027: 14 300 niños, gestantes y adultos mayores de 212 comités.

        Los comités tienen hasta el 15 de diciembre para presentar observaciones o pedir inclusiones. La primera distribución del año será el 5 de enero.""",
        m="I",
        tone="0",
    ),
]
