# ruff: noqa: E501
"""Twentieth held-out split: a blind part about an invented frontier district of the far south.

Written by hand by a new writer (writer 25), for this purpose only, WITHOUT looking at the pipeline's code
(heraldo/**), its tests, its baselines, tone or topic dumps, or at any other split's stories (beyond the header,
SETUP, SOURCES and first stories of heldout6, for the format), and without ever running the pipeline on it. The
labels follow the labelling rules of docs/monitoring-evaluation.md, were fixed by the writer as a reader while
writing, and must not be changed because of what the pipeline answers. Every person, outlet and place is invented
(the neighbouring Chilean town of Quiburca included); only countries and national agencies are real.

This part brings its own watch list (SETUP), outlets, person codes and template furniture: the Municipalidad
Distrital de Collpamarca (MDCM), a district of the province of Sallama on Peru's southern border with Chile. A
desert district of scarce water, with a busy frontier crossing (complejo fronterizo Tres Cruces), informal trade
and contraband, an international bus terminal and a heavy-truck terminal, a free-trade fair (la Feria Franca, in
the campo ferial La Tablada), migrants in transit, and the olive-growing valley of Yaracache. Its Mayor is a man.

Codes: m = who is named (A alcalde Teodoro Cutipa Challco «el Aceitunero», G gerenta municipal Yesenia Quelopana
Ramos, T teniente alcaldesa Gladys Chambilla Ayca, R regidor (opposition) Rubén Ordóñez Pacci, F subgerente de
Fiscalización y Comercialización Édgar Larico Huanacuni, I the Municipalidad Distrital de Collpamarca); t = topics
(limpieza seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the
municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own
headline, sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "el alcalde de Collpamarca", "el alcalde collpamarquino", "el burgomaestre de Collpamarca" are a title plus the
  place: they name the Mayor. A bare "el alcalde", "el burgomaestre", "la primera autoridad", "el municipio", "la
  comuna", "la gestión edil" do not. "Cutipa" alone after the Mayor was named is part of the same mention; "el
  alcalde Cutipa" names him in a story about Collpamarca (in a story about Pachasa it is Pachasa's Mayor).
  «el Aceitunero» alone counts only where it is plainly him (a story about his administration).
- "Municipalidad (Distrital) de Collpamarca", "municipio collpamarquino", "comuna collpamarquina", "municipalidad
  collpamarquina", "municipio/comuna de Collpamarca", "la MDCM" name the institution. "Vecinos de Collpamarca",
  "el serenazgo de Collpamarca", "serenos collpamarquinos", "el distrito", "la Feria Franca", "la terminal" do
  not. A person named with a title plus the place ("la gerenta municipal de Collpamarca") is that person, not the
  institution.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly him),
  title plus surname ("el regidor Ordóñez", "la gerenta Quelopana", "el subgerente Larico") or a listed alias.
- Traps: Hilario Cutipa Mamani, Mayor of the neighbouring district of Pachasa ("el alcalde Cutipa" there, no
  relative); the cumbia singer Teodoro «Teo» Cutipa; the Arequipa boxer Rubén «el Rayo» Ordóñez; Yesenia Quelopana
  Flores, who presides over the olive growers' association; the restaurant El Aceitunero in Sallama; the
  provincial Mayor of Sallama, Jacinto Paredes Valdivia; the Chilean Mayor of Quiburca; a comunidad campesina also
  called Collpamarca in Apurímac; the bus company Expreso Collpamarca and the Club Deportivo Collpamarca.
- A story that names one of ours only in passing (the Mayor among the guests of a regional meeting, the
  municipality thanked for lending a venue) is labelled with that mention but is not about the municipality:
  about=False, no topics, neutral.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the regional or national government, Congress or the Chilean authorities is neutral toward us
  unless the story is about our own failure; a column that praises him for it is positive. A mixed story takes
  the tone a press officer would take away (headline and weight of the text). An accusation the official denies
  is still a story about an accusation (negative). A denial of a rumour that only reassures is neutral unless it
  brings good news. Stories not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention. A story about a road, a dam or a health post the Mayor asks others to fix takes that topic.
  Street, sewage, canal, reservoir and terminal works are obras; the sanitary landfill project is limpieza and
  obras. Water cuts and cisterns, street lighting, traffic and transport, the running of the terminal or of the
  fair, migrants' shelters, Vaso de Leche, culture and sport are none of the five. Clearing street vendors and
  seizing contraband (fiscalización) is none; seizing spoiled food, fumigating or rodent control in the market,
  vaccination (of people or of dogs against rabies) and anemia work are salud; conduct of the serenazgo is
  seguridad. Predial, arbitrios, the fair's stall fee (derecho de puesto), the terminal's boarding fee (tasa de
  embarque) and the enforced collection of debts are tributos municipales.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerenta_municipal",
    "T": "teniente_alcaldesa",
    "R": "regidor_ordonez",
    "F": "subgerente_fiscalizacion",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de Collpamarca",
        "short_name": "MDCM",
        "level": "DISTRITAL",
        "province": "Sallama",
        "aliases": ["municipio collpamarquino", "comuna collpamarquina", "Municipalidad de Collpamarca"],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Teodoro",
            "surnames": "Cutipa Challco",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "el Aceitunero",
            "aliases": ["Aceitunero Cutipa", "alcalde Cutipa", "Cutipa Challco", "Teodoro Cutipa"],
        },
        {
            "key": "gerenta_municipal",
            "given_names": "Yesenia",
            "surnames": "Quelopana Ramos",
            "sex": "F",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerenta Quelopana", "gerente municipal Yesenia Quelopana", "Quelopana Ramos"],
        },
        {
            "key": "teniente_alcaldesa",
            "given_names": "Gladys",
            "surnames": "Chambilla Ayca",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Chambilla", "regidora Chambilla", "Gladys Chambilla"],
        },
        {
            "key": "regidor_ordonez",
            "given_names": "Rubén",
            "surnames": "Ordóñez Pacci",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Ordóñez", "concejal Ordóñez", "Ordóñez Pacci"],
        },
        {
            "key": "subgerente_fiscalizacion",
            "given_names": "Édgar",
            "surnames": "Larico Huanacuni",
            "sex": "M",
            "position": "Subgerente de Fiscalización y Comercialización",
            "position_feminine": "Subgerenta de Fiscalización y Comercialización",
            "office_code": "SUBGERENTE_FISCALIZACION",
            "aliases": ["subgerente Larico", "Édgar Larico", "Larico Huanacuni"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "frontera": {
        "name": "La Frontera de Sallama",
        "host": "lafronterasallama.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 58000,
    },
    "tribuna": {
        "name": "Diario La Tribuna del Sur",
        "host": "tribunadelsur.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "rolivar": {
        "name": "Radio Olivar 101.7 FM",
        "host": "radioolivar.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 16000,
    },
    "stv": {
        "name": "Sallama TV Canal 4",
        "host": "sallamatv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 88000,
    },
    "rin": {
        "name": "Red Informativa Nacional",
        "host": "redinformativa.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 310000,
    },
    "pihoy": {
        "name": "Perú Informa Hoy",
        "host": "peruinformahoy.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 540000,
    },
    "portalsur": {
        "name": "Portal Sur Peruano",
        "host": "portalsurperuano.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 44000,
    },
    "cnoticias": {
        "name": "Collpamarca Noticias",
        "host": "collpamarcanoticias.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 6000,
    },
    "voces": {
        "name": "Voces de la Frontera",
        "host": "vocesdelafrontera.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 23000,
    },
    "desierto": {
        "name": "Revista Desierto",
        "host": "revistadesierto.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 9000,
    },
    "surexpress": {
        "name": "Sur Express Digital",
        "host": "surexpress.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 14000,
    },
    "baldia": {
        "name": "Boletín Collpamarca al Día",
        "host": "collpamarcaaldia.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 1500,
    },
    "aduana": {
        "name": "Semanario La Aduana",
        "host": "semanariolaaduana.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "rfrontera": {
        "name": "Radio Frontera Sur",
        "host": "radiofronterasur.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 11000,
    },
}

FURNITURE = {
    "old_comments": [
        "Ese Aceitunero Cutipa solo aparece en la feria para la foto, la terminal sigue hecha un chiquero",
        "El municipio collpamarquino cobra arbitrios de primera y el recojo de basura es de tercera",
    ],
    "old_most_read": "Incautan 40 toneladas de ropa usada en la pampa de Pachasa",
    "old_motto": "El diario del sur desde 1994",
    "old_city": "Sallama",
    "section_agenda": "Pachasa celebra la vendimia con concurso de pisa de uva",
    "hostile_place": "Collpamarca",
    "hostile_alias": "municipio collpamarquino",
    "error_page_outlet": "Radio Frontera Sur, la señal del hito",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "surexpress": {
        "name": "Sur Express Digital",
        "outlet": "surexpress",
        "format": "truncated",
        "path": "/rss.xml",
        "copies_of": ["k013", "k150"],
        "cut_at": 0.65,
    },
    "baldia": {"name": "Boletín Collpamarca al Día", "outlet": "baldia", "format": "bomb", "path": "/feed"},
    "aduana": {"name": "Semanario La Aduana", "outlet": "aduana", "format": "xxe", "path": "/rss/"},
    "rfrontera": {
        "name": "Radio Frontera Sur",
        "outlet": "rfrontera",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "frontera": {
        "name": "La Frontera de Sallama",
        "outlet": "frontera",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "tribuna": {
        "name": "Diario La Tribuna del Sur",
        "outlet": "tribuna",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/region.xml",
    },
    "rolivar": {
        "name": "Radio Olivar 101.7 FM",
        "outlet": "rolivar",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticiero",
    },
    "stv": {"name": "Sallama TV Canal 4", "outlet": "stv", "format": "atom", "path": "/noticias/atom.xml"},
    "rin": {"name": "Red Informativa Nacional", "outlet": "rin", "format": "atom", "path": "/sur/feed.atom"},
    "pihoy": {
        "name": "Perú Informa Hoy",
        "outlet": "pihoy",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "portalsur": {
        "name": "Portal Sur Peruano",
        "outlet": "portalsur",
        "format": "rss",
        "mode": "full",
        "path": "/portada.rss",
    },
    "cnoticias": {
        "name": "Collpamarca Noticias",
        "outlet": "cnoticias",
        "format": "section",
        "template": "section",
        "path": "/locales",
    },
    "voces": {
        "name": "Voces de la Frontera",
        "outlet": "voces",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/noticias.xml",
    },
    "desierto": {
        "name": "Revista Desierto",
        "outlet": "desierto",
        "format": "rss",
        "mode": "description",
        "path": "/columnas/rss",
    },
}

STORIES = [
    # --- La Frontera de Sallama: provincial daily, full text in RSS, priority -----------------------------------------
    S(
        "k001",
        "frontera",
        "2026-10-05T07:10:00-05:00",
        "Terminal internacional de Collpamarca estrena andenes techados y sala de espera climatizada",
        """Hasta el mes pasado, quien esperaba el bus a Arequipa en el terminal terrestre internacional de Collpamarca lo hacía sentado sobre su maleta, bajo un sol que a las dos de la tarde marca 34 grados. Desde ayer hay catorce andenes techados con estructura metálica, una sala de espera con aire acondicionado para 280 personas y baños nuevos en ambas alas.

        La Municipalidad Distrital de Collpamarca invirtió 6,8 millones de soles en la remodelación, que empezó en febrero y se entregó con tres semanas de retraso por la demora en la llegada de las coberturas. El acta de recepción fue firmada el viernes por el supervisor de obra y por la gerenta municipal Yesenia Quelopana Ramos.

        «Este terminal recibe cada día a cuatro mil pasajeros, la mitad de ellos chilenos que vienen de compras o al dentista. No podíamos seguir recibiéndolos como en un corral», dijo el alcalde Teodoro Cutipa Challco durante la ceremonia, a la que asistieron dirigentes de las empresas de transporte y comerciantes de la avenida Internacional.

        Los transportistas celebraron los andenes, aunque pidieron que se resuelva el ingreso de las combis informales que todavía recogen pasajeros en la puerta. Ese punto no formaba parte del proyecto.

        La segunda etapa, que incluye la playa de estacionamiento y la zona de carga, se licitará en enero.""",
        m="I A G",
        t="obras",
        tone="+",
        note="delivered works, figures and a quote; the complaint about informal combis is outside the project",
    ),
    S(
        "k002",
        "frontera",
        "2026-10-05T19:30:00-05:00",
        "Pachasa inaugura reservorio de 1 200 metros cúbicos y el alcalde Cutipa promete agua las 24 horas",
        """Los vecinos de la parte alta de Pachasa tendrán agua por las tardes desde noviembre. El alcalde distrital Hilario Cutipa Mamani inauguró ayer un reservorio apoyado de 1 200 metros cúbicos, alimentado por dos pozos tubulares perforados el año pasado.

        La obra costó 2,3 millones de soles. «Vamos a llegar a las 24 horas antes de terminar la gestión», aseguró el alcalde Cutipa, que recorrió las instalaciones con los dirigentes de las juntas vecinales.

        La empresa prestadora del servicio todavía debe conectar la línea de impulsión, trabajo que tomará unas seis semanas.""",
        about=False,
        note="namesake: the Mayor of neighbouring Pachasa, 'el alcalde Cutipa' there; a works story of another district",
    ),
    S(
        "k003",
        "frontera",
        "2026-10-06T07:45:00-05:00",
        "Feriantes de La Tablada rechazan alza del derecho de puesto: de 90 a 150 soles mensuales",
        """Unos trescientos comerciantes de la Feria Franca marcharon ayer desde el campo ferial La Tablada hasta la plaza de armas para protestar contra el nuevo derecho de puesto que la Municipalidad de Collpamarca cobrará desde noviembre.

        La ordenanza aprobada en la última sesión de concejo sube la tarifa mensual de 90 a 150 soles para los puestos de seis metros cuadrados. «Vendemos menos que antes porque el peso chileno se ha caído, y ahora nos quieren cobrar casi el doble», reclamó Herminia Ticona, que vende frazadas desde hace quince años.

        El regidor Rubén Ordóñez Pacci, que votó en contra de la ordenanza, acompañó la marcha y anunció que pedirá su reconsideración. La oficina de rentas sostiene que la tarifa no se actualizaba desde 2019.""",
        m="I R",
        t="tributos",
        tone="-",
        note="the fair's stall fee is a municipal tribute; a protest against a rise",
    ),
    S(
        "k004",
        "frontera",
        "2026-10-07T06:20:00-05:00",
        "Aduanas intercepta tres tráileres con ropa usada en la Panamericana, a la altura de Collpamarca",
        """Funcionarios de Aduanas y agentes de la Policía Fiscal detuvieron en la madrugada del martes tres tráileres que transportaban 62 toneladas de ropa usada sin documentos, en el kilómetro 1 301 de la Panamericana Sur, a la altura del desvío a Collpamarca.

        Los choferes declararon que la carga iba a Juliaca. La mercadería, valorizada en 1,1 millones de soles, fue trasladada a los almacenes de la intendencia en Sallama. El ingreso de ropa usada está prohibido en el país, salvo en zonas francas autorizadas.""",
        about=False,
        note="a contraband seizure on the highway near the district; no municipal angle",
    ),
    S(
        "k005",
        "frontera",
        "2026-10-08T07:00:00-05:00",
        "Cámaras del terminal ayudan a capturar a banda que robaba maletas a pasajeros chilenos",
        """Cuatro hombres que se hacían pasar por cargadores en el terminal terrestre internacional fueron detenidos el lunes por la noche, luego de que los operadores de la central de videovigilancia los siguieran por las cámaras desde el andén 6 hasta un taxi estacionado en la avenida Internacional.

        Según la comisaría de Collpamarca, la banda se llevaba las maletas de los viajeros mientras estos compraban sus pasajes. En el taxi se encontraron siete equipajes, dos de ellos con documentos de ciudadanos chilenos.

        La gerenta municipal Yesenia Quelopana Ramos explicó que las veinte cámaras instaladas en setiembre son monitoreadas las 24 horas por personal del serenazgo. «La central se pagó sola con esta captura», dijo.

        La Municipalidad Distrital de Collpamarca anunció que colocará letreros en español y en inglés para advertir a los pasajeros que no entreguen su equipaje a personas sin fotocheck.""",
        m="I G",
        t="seguridad",
        tone="+",
        note="municipal cameras and serenazgo lead to a capture",
    ),
    S(
        "k006",
        "frontera",
        "2026-10-08T19:15:00-05:00",
        "Collpamarca tendrá agua solo cuatro horas al día; Cutipa culpa al gobierno regional por la represa",
        """La empresa prestadora de agua potable anunció que, desde el lunes, los sectores altos de Collpamarca recibirán el servicio de 5 a 9 de la mañana. El caudal de los pozos que abastecen al distrito ha caído un 30 % desde julio y las cisternas no se dan abasto.

        El alcalde Teodoro Cutipa Challco responsabilizó al Gobierno Regional por la paralización de la represa de Chuñuni, que debía estar terminada en 2024. «Llevamos tres años escuchando que el próximo mes se reanuda. Aquí la gente compra el agua por bidones, a precio de gasolina», afirmó.

        El Gobierno Regional respondió que el expediente de saldo de obra está en revisión en el Ministerio de Desarrollo Agrario.""",
        m="A",
        tone="0",
        note="water rationing by the water company; the Mayor criticises the regional government (neutral); water supply is none of the five topics",
    ),
    S(
        "k007",
        "frontera",
        "2026-10-09T06:50:00-05:00",
        "La aceituna se paga a 2,80 el kilo y los olivicultores de Yaracache hablan de la peor campaña en diez años",
        """En las chacras del valle de Yaracache, la aceituna negra se cosecha este año con poco entusiasmo. Los acopiadores pagan 2,80 soles por kilo, casi la mitad de lo que pagaban en 2023, y muchos productores han decidido dejar la fruta en el árbol.

        «Con lo que cuesta el agua de pozo y la mano de obra, cosechar es perder», resumió Anatolio Huanca, que tiene cuatro hectáreas de olivos centenarios. La sobreoferta del sur chileno y la caída de los envíos a Brasil explican el desplome, según la asociación de productores.

        Para esta campaña, la Municipalidad de Collpamarca cedió el campo ferial La Tablada como centro de acopio durante los fines de semana. Los productores, sin embargo, piden al Ministerio de Desarrollo Agrario un programa de compras estatales y créditos para almacenar la aceituna en salmuera.""",
        m="I",
        about=False,
        note="olive prices; the municipality is named only in passing (lends the fair ground)",
    ),
    S(
        "k008",
        "frontera",
        "2026-10-09T18:40:00-05:00",
        "Tamizaje casa por casa encuentra anemia en uno de cada tres niños de Villa Frontera",
        """Con un hemoglobinómetro portátil y una lista de 612 niños menores de tres años, las brigadas de la Municipalidad Distrital de Collpamarca recorrieron durante dos semanas las manzanas del asentamiento Villa Frontera. El resultado preocupa: 204 niños tienen anemia.

        La teniente alcaldesa Gladys Chambilla Ayca, que coordina la campaña con el centro de salud, dijo que todas las familias recibirán sulfato ferroso y una visita mensual hasta abril. «Encontrarlos es lo primero; muchos nunca se habían hecho el dosaje», explicó.

        Las brigadas seguirán en Pampa Yaracache y en el asentamiento 28 de Agosto en noviembre.""",
        m="I T",
        t="salud",
        tone="+",
        note="a municipal anemia screening; the figure is bad news about the district, the story credits the campaign",
    ),
    S(
        "k009",
        "frontera",
        "2026-10-10T07:05:00-05:00",
        "Humo del botadero de la pampa llega a Villa Los Olivos por tercera semana",
        """Por tercera semana consecutiva, los vecinos de Villa Los Olivos despiertan con olor a plástico quemado. El botadero que recibe los residuos de Collpamarca, a dos kilómetros de la última manzana del asentamiento, arde desde el 20 de setiembre y el viento del sur empuja el humo hacia las casas.

        «Los niños tosen toda la noche. Hemos llevado a tres a la posta», contó Celestina Mamani, presidenta de la junta vecinal. Los vecinos aseguran que el fuego lo prenden recicladores informales y que nadie vigila el lugar.

        La municipalidad collpamarquina había prometido en enero cerrar el botadero y trasladar los residuos a una celda transitoria. Diez meses después, los camiones compactadores siguen descargando en la misma quebrada.

        La Fiscalía Ambiental de Sallama abrió una investigación preliminar.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a burning dump and a broken promise",
    ),
    S(
        "k010",
        "frontera",
        "2026-10-11T08:30:00-05:00",
        "Ochenta migrantes pasan la noche en el coliseo municipal tras el cierre del paso fronterizo",
        """El cierre temporal del complejo fronterizo Tres Cruces por una falla en el sistema informático de Migraciones dejó varados el viernes a unos ochenta migrantes venezolanos que pretendían cruzar hacia Chile. Al caer la tarde, la mayoría se había acomodado en las veredas del terminal.

        A las nueve de la noche, la Municipalidad de Collpamarca abrió el coliseo municipal y repartió colchonetas. La parroquia San Martín de Porres llevó sopa y pan. «No es nuestra competencia, pero no podíamos dejar a niños durmiendo en la calle con ocho grados», dijo el alcalde Teodoro Cutipa.

        Algunos vecinos del jirón Tarapacá criticaron la decisión en redes sociales y pidieron que el coliseo no se convierta en un albergue permanente. El paso fronterizo reabrió el sábado a las once de la mañana.""",
        m="I A",
        tone="0",
        note="a humanitarian gesture with a local backlash; migrants' shelter is none of the five topics",
    ),
    S(
        "k011",
        "frontera",
        "2026-10-11T21:10:00-05:00",
        "Teodoro Cutipa y Los Genios del Sur llenan el estadio de Sallama",
        """Más de seis mil personas corearon anoche «Corazón de aceituna», el tema con el que Teodoro Cutipa saltó a la fama en 2019. El cantante, natural del valle y conocido como Teo, cerró su gira por el sur con un concierto de tres horas.

        «Yo nací entre olivos y aquí vuelvo siempre», dijo Cutipa antes de presentar su nuevo sencillo. El grupo viajará en diciembre a Santiago de Chile.""",
        about=False,
        note="namesake: a cumbia singer with the Mayor's given name and surname",
    ),
    S(
        "k012",
        "frontera",
        "2026-10-12T07:15:00-05:00",
        "Avenida Internacional: contratista se fue con el 40 % del adelanto y la obra lleva 70 días parada",
        """Las máquinas se retiraron de la avenida Internacional a inicios de agosto y no han vuelto. Entre el óvalo del Olivo y el terminal de carga quedaron 900 metros de calzada levantada, con tubos de desagüe a medio enterrar y montículos de afirmado que los camiones esquivan como pueden.

        La obra de pavimentación, valorizada en 8,2 millones de soles, se adjudicó en marzo al consorcio Vías del Sur, que recibió un adelanto de 3,3 millones. Según el último informe de supervisión, el avance físico apenas llega al 22 %.

        «El municipio le pagó casi la mitad a una empresa que ni siquiera tenía maquinaria propia», denunció el regidor Rubén Ordóñez Pacci, quien pidió a la Contraloría un control concurrente. Ordóñez recordó que advirtió el riesgo en la sesión de concejo de febrero.

        El alcalde Teodoro Cutipa Challco aseguró que la Municipalidad Distrital de Collpamarca ya inició la resolución del contrato y ejecutará la carta fianza. «No vamos a perder un sol», dijo. Los comerciantes de la avenida, que calculan pérdidas de hasta 60 % en sus ventas, no le creen.

        «Nos dijeron que era cosa de cuatro meses. Ya vamos ocho y tengo que abrir la tienda por la calle de atrás», contó Wilfredo Apaza, dueño de una distribuidora de llantas.""",
        m="I A R",
        t="obras",
        tone="-",
        note="stalled street works and an advance payment in question; the Mayor's reassurance does not change the weight",
    ),
    S(
        "k013",
        "frontera",
        "2026-10-13T06:55:00-05:00",
        "Amnistía del predial deja 1,2 millones de soles en seis semanas",
        """La campaña de beneficio tributario lanzada a fines de agosto por la Municipalidad Distrital de Collpamarca ya recaudó 1,2 millones de soles, más de lo que el municipio cobró por impuesto predial en todo el primer semestre.

        La condonación del cien por ciento de intereses y moras atrajo a 2 140 contribuyentes, muchos de ellos con deudas desde 2018, según el reporte que la gerenta municipal Yesenia Quelopana Ramos presentó al concejo. «Había gente que no pagaba porque la mora ya superaba el impuesto», explicó.

        El beneficio vence el 30 de noviembre y no será prorrogado, advirtió la gerencia de rentas.""",
        m="I G",
        t="tributos",
        tone="+",
        note="tax amnesty told through collection figures",
    ),
    S(
        "k014",
        "frontera",
        "2026-10-13T19:45:00-05:00",
        "Asaltan a cambista a cincuenta metros del terminal y vecinos reclaman: «los serenos nunca están»",
        """Dos sujetos en motocicleta arrebataron el viernes a las 7 de la noche un canguro con 18 mil soles y 4 millones de pesos chilenos a un cambista que trabajaba en la esquina de la avenida Internacional con el pasaje Los Olivos. Uno de los asaltantes le golpeó la cabeza con la culata de un revólver.

        Es el tercer asalto a cambistas en lo que va de octubre. Los comerciantes de la zona aseguran que la caseta de serenazgo instalada frente al terminal pasa cerrada desde las seis de la tarde.

        El alcalde Teodoro Cutipa dijo que se reforzarán los turnos nocturnos con personal de refuerzo contratado para la temporada de fiestas. Los cambistas, unos setenta, evalúan contratar seguridad privada.""",
        m="A",
        t="seguridad",
        tone="-",
        note="a robbery with a complaint against the serenazgo; the Mayor named, not the institution",
    ),
    S(
        "k015",
        "frontera",
        "2026-10-14T07:30:00-05:00",
        "Quiburca fumiga sus barrios por el aedes y la Diresa pide vigilancia en el paso fronterizo",
        """Las autoridades sanitarias de la ciudad chilena de Quiburca iniciaron una campaña de fumigación en doce barrios tras detectar larvas del mosquito Aedes aegypti en un cementerio, un hallazgo inédito en esa zona desértica.

        La Dirección Regional de Salud pidió a los centros de salud de Collpamarca y Pachasa reportar cualquier caso de fiebre en personas que hayan cruzado la frontera. Hasta el momento no hay casos de dengue en el lado peruano, informó la institución.""",
        about=False,
        note="dengue keywords about the Chilean town; regional health authority; no municipal angle",
    ),
    S(
        "k016",
        "frontera",
        "2026-10-15T07:00:00-05:00",
        "Los «hormigas» del hito: quince kilos por viaje, cuatro viajes al día",
        """A las seis de la mañana, cuando el complejo fronterizo Tres Cruces abre sus puertas, un centenar de mujeres ya espera en la vereda con bolsas de rafia vacías. Las llaman hormigas. Cruzan a Quiburca, compran aceite, detergente, ropa de temporada o licor en los galpones del lado chileno y vuelven con lo que la franquicia permite llevar sin pagar impuestos. Luego vuelven a cruzar.

        Un viaje deja entre veinte y cuarenta soles. Cuatro viajes, un día de trabajo. La mercadería termina en los puestos de la Feria Franca, en el campo ferial La Tablada, o en los camiones que salen de noche hacia Juliaca y Arequipa.

        «No somos contrabandistas. El contrabando es el camión que pasa por la pampa sin que nadie lo vea. Nosotras pasamos por el control, con nuestro carné», dice Eufemia Choque, que lleva doce años en esto y crió así a tres hijos.

        La frontera entre formalidad y contrabando es difusa. Aduanas calcula que solo uno de cada cinco soles que se mueven en la feria paga tributos. La Cámara de Comercio de Sallama lleva años pidiendo que se cierre la feria; en Collpamarca, donde casi todas las familias viven del comercio, la propuesta es impensable.

        El subgerente de Fiscalización y Comercialización de la Municipalidad de Collpamarca, Édgar Larico Huanacuni, reconoce que el municipio no tiene forma de saber de dónde viene la mercadería. «Nosotros fiscalizamos licencias, pesas y medidas, que los puestos no invadan la vía. El origen de la mercadería es tarea de Aduanas», explica.

        El alcalde Teodoro Cutipa Challco, que antes de entrar en política vendía aceitunas en la misma feria, defiende el modelo. «La Feria Franca da trabajo a seis mil personas. El que quiera cerrarla que venga a explicarles a esas familias de qué van a vivir», dijo a este diario.

        Su plan es otro: convertir La Tablada en un centro comercial formal con galpones, servicios higiénicos y un módulo de Sunat. El proyecto tiene perfil, pero no financiamiento.

        Mientras tanto, las hormigas siguen cruzando. A las ocho de la noche, cuando cierra el complejo, Eufemia cuenta sus monedas en la vereda del terminal: 112 soles. «Hoy fue un buen día», dice.""",
        m="I F A",
        tone="0",
        note="long feature on informal trade with the municipality's position; fiscalización and the fair are none of the five topics",
    ),
    S(
        "k017",
        "frontera",
        "2026-10-16T06:40:00-05:00",
        "Barrido nocturno deja limpio el terminal por primera vez en meses",
        """Desde el lunes, una cuadrilla de dieciocho barrenderos trabaja de 10 de la noche a 4 de la mañana en el terminal terrestre y sus alrededores. El resultado se nota: las veredas de la avenida Internacional amanecen sin las bolsas y cajas que dejaban los comerciantes ambulantes.

        El municipio collpamarquino también instaló cuarenta papeleras y un contenedor soterrado junto al andén de salida. «Antes había que saltar la basura para llegar al bus», comentó un chofer de la ruta a Moquegua.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a cleaning service that works",
    ),
    S(
        "k018",
        "frontera",
        "2026-10-16T19:20:00-05:00",
        "Con el alcalde en Lima, Chambilla preside sesión que aprueba 1,4 millones para el mercado 2 de Mayo",
        """La teniente alcaldesa Gladys Chambilla Ayca presidió ayer la sesión ordinaria de concejo, mientras el alcalde Teodoro Cutipa Challco cumplía gestiones en el Ministerio de Economía.

        Por ocho votos contra uno, los regidores aprobaron un crédito suplementario de 1,4 millones de soles para continuar la remodelación del mercado 2 de Mayo, cuyo techo fue desmontado en junio. El único voto en contra fue del regidor de oposición, que pidió ver antes el informe de supervisión.

        La obra deberá estar lista en marzo, según el cronograma reformulado.""",
        m="T A",
        t="obras",
        tone="0",
        note="council session approving money for works; the opposition regidor is not named",
    ),
    S(
        "k019",
        "frontera",
        "2026-10-17T07:20:00-05:00",
        "Regidor Ordóñez acusa a la gerenta municipal de contratar a su primo en logística",
        """El regidor Rubén Ordóñez Pacci presentó ayer ante el Órgano de Control Institucional una denuncia por presunto nepotismo contra la gerenta municipal Yesenia Quelopana Ramos. Según el concejal, un primo hermano de la funcionaria fue contratado en agosto como asistente de la oficina de logística por locación de servicios.

        «La ley es clara: ningún funcionario puede intervenir en la contratación de sus parientes hasta el cuarto grado», afirmó Ordóñez, quien adjuntó partidas de nacimiento.

        Quelopana negó haber participado en la contratación. «No firmé ese requerimiento ni conocía que mi primo había postulado», dijo a La Frontera. La Municipalidad Distrital de Collpamarca informó en un comunicado que el contrato fue suspendido mientras dure la investigación.""",
        m="R G I",
        tone="-",
        note="an accusation the official denies is still negative",
    ),
    S(
        "k020",
        "frontera",
        "2026-10-18T07:10:00-05:00",
        "Vacunan a 2 340 perros en cinco días contra la rabia",
        """La campaña de vacunación antirrábica canina organizada por la Municipalidad Distrital de Collpamarca y el centro de salud superó la meta: 2 340 perros inmunizados, frente a los 1 900 previstos.

        Los puestos funcionaron en parques, en la Feria Franca y en Pampa Yaracache. La alerta se encendió en setiembre, cuando el lado chileno reportó un caso de rabia en un zorro.""",
        m="I",
        t="salud",
        tone="+",
        note="a vaccination campaign for dogs is public health; a target beaten",
    ),
    S(
        "k021",
        "frontera",
        "2026-10-18T20:05:00-05:00",
        "Sallama subirá arbitrios hasta 12 % y el alcalde provincial lo justifica por el costo del relleno",
        """Los vecinos del cercado de Sallama pagarán en 2027 hasta 12 % más por arbitrios de limpieza pública, parques y serenazgo. La ordenanza fue aprobada por la Municipalidad Provincial de Sallama con el voto dividido de sus regidores.

        El alcalde provincial Jacinto Paredes Valdivia atribuyó el aumento al costo de operar el relleno sanitario provincial, que recibe 140 toneladas diarias de basura. «Llevamos cuatro años sin reajuste», dijo.

        La tasa del impuesto predial no cambia.""",
        about=False,
        note="tribute and garbage keywords about the provincial municipality, not ours",
    ),
    S(
        "k022",
        "frontera",
        "2026-10-19T07:25:00-05:00",
        "Reservorio de Alto Collpamarca llega al 70 % y podría entrar en servicio en enero",
        """La losa del techo ya está vaciada y solo faltan los acabados y la caseta de válvulas. El reservorio de 1 500 metros cúbicos que la Municipalidad Distrital de Collpamarca construye en la parte alta del distrito tiene un avance físico del 70 %, según el último informe del residente de obra.

        El alcalde Teodoro Cutipa Challco visitó la obra el sábado junto a dirigentes de los asentamientos Villa Frontera y 28 de Agosto, que hoy reciben agua por cisterna dos veces por semana. «En enero, si el contratista cumple, estas familias tendrán agua en casa por primera vez», prometió.

        El proyecto, de 4,6 millones de soles, se financia con recursos del canon y con una transferencia del Ministerio de Vivienda.""",
        m="I A",
        t="obras",
        tone="+",
        note="works on track; a reservoir is obras (the water cuts themselves are not)",
    ),
    S(
        "k023",
        "frontera",
        "2026-10-20T06:30:00-05:00",
        "Cierran la plaza de armas al tránsito por el aniversario del distrito",
        """Desde el jueves y hasta el domingo, el tránsito vehicular estará restringido en las cuatro cuadras que rodean la plaza de armas de Collpamarca por las celebraciones del 68 aniversario de creación política del distrito.

        La municipalidad collpamarquina habilitó desvíos por las calles Grau y Bolognesi. El desfile cívico será el sábado a las 9 de la mañana y la serenata, el viernes por la noche.""",
        m="I",
        tone="0",
        note="traffic notice; none of the five topics",
    ),
    S(
        "k024",
        "frontera",
        "2026-10-21T07:05:00-05:00",
        "De las 32 cámaras del centro, solo nueve graban",
        """Un recorrido de este diario por la central de videovigilancia del serenazgo confirmó lo que denunció la semana pasada el regidor Rubén Ordóñez Pacci: de las 32 cámaras instaladas en el centro de Collpamarca en 2024, solo nueve envían imagen. Las demás tienen el lente quemado, el cable robado o la fuente de poder averiada.

        Entre las apagadas están las de la plaza de armas y la del cruce de la avenida Internacional con el jirón Tarapacá, donde se registraron dos asaltos a cambistas este mes.

        La Municipalidad Distrital de Collpamarca reconoció en un oficio que el contrato de mantenimiento venció en abril y no fue renovado. Ordóñez calificó la situación de «abandono». Las cámaras nuevas del terminal, instaladas en setiembre, sí funcionan.""",
        m="R I",
        t="seguridad",
        tone="-",
        note="municipal security cameras off; contrast with the terminal's working ones does not change the weight",
    ),
    S(
        "k025",
        "frontera",
        "2026-10-22T07:40:00-05:00",
        "Posta de Pampa Yaracache: lista hace cinco meses, sin médico ni enfermera",
        """El puesto de salud de Pampa Yaracache tiene consultorios pintados, camillas nuevas y un letrero que dice «Inaugurado en mayo de 2026». Lo que no tiene es personal. Desde su entrega, la puerta solo se abrió para una ceremonia.

        La Municipalidad de Collpamarca construyó el local con 1,3 millones de soles y lo transfirió a la Dirección Regional de Salud, que debía asignar un médico, una enfermera y un técnico. «Nosotros cumplimos. Hemos enviado cinco oficios», dijo el alcalde Teodoro Cutipa Challco, que calificó de «burocracia criminal» la demora.

        La Diresa atribuyó el retraso a la falta de presupuesto para nuevas plazas y dijo que espera cubrirlas en enero. Mientras tanto, las 900 familias del centro poblado siguen viajando cuarenta minutos hasta el centro de salud del distrito.""",
        m="I A",
        t="salud obras",
        tone="0",
        note="a municipal-built health post the regional authority has not staffed; the Mayor blames others (neutral toward us)",
    ),
    S(
        "k026",
        "frontera",
        "2026-10-23T07:00:00-05:00",
        "Concejo aprueba alza de 8 % en arbitrios para 2027; Ordóñez vota en contra",
        """Los vecinos de Collpamarca pagarán el próximo año 8 % más por los arbitrios de limpieza pública, parques y jardines y serenazgo. La ordenanza fue aprobada anoche con siete votos a favor y dos en contra, entre ellos el del regidor Rubén Ordóñez Pacci.

        La teniente alcaldesa Gladys Chambilla Ayca defendió el reajuste: «El costo del combustible de los compactadores subió 20 % y no podemos seguir subsidiando el servicio». Ordóñez replicó que primero la Municipalidad Distrital de Collpamarca debía «cobrarles a los grandes deudores de la avenida Internacional antes que al vecino que paga puntual».

        El monto promedio por predio pasará de 31 a 33,50 soles mensuales.""",
        m="I R T",
        t="tributos",
        tone="-",
        note="a fee rise approved over opposition",
    ),
    S(
        "k027",
        "frontera",
        "2026-10-24T07:15:00-05:00",
        "Quiburca dona dos compactadoras y Collpamarca duplica su flota de recojo",
        """Dos camiones compactadores de 15 metros cúbicos cruzaron ayer el complejo Tres Cruces con placa chilena y banderolas de ambos países. Son una donación de la municipalidad de Quiburca a la Municipalidad Distrital de Collpamarca, en el marco del convenio binacional firmado en julio.

        Con estas unidades, la flota de recojo del distrito pasa de dos a cuatro camiones. «Podremos entrar a los asentamientos de la parte alta todos los días, no una vez por semana», dijo el alcalde Teodoro Cutipa Challco, que recibió las llaves de manos del alcalde chileno Patricio Rojo Saavedra.

        Los camiones tienen cinco años de uso y serán pintados con los colores del distrito.""",
        m="I A",
        t="limpieza",
        tone="+",
        note="donation doubles the garbage fleet",
    ),
    S(
        "k028",
        "frontera",
        "2026-10-25T08:10:00-05:00",
        "Bus de Expreso Collpamarca se despista en Camaná: doce heridos",
        """Un bus de la empresa Expreso Collpamarca que cubría la ruta Lima–Sallama se despistó a las 3 de la madrugada en el kilómetro 842 de la Panamericana Sur, cerca de Camaná. Doce pasajeros resultaron heridos, dos de gravedad.

        Según la Policía de Carreteras, el conductor se habría quedado dormido. La empresa informó que cubrirá los gastos médicos.""",
        about=False,
        note="namesake: a bus company named after the district; an accident far away",
    ),
    S(
        "k029",
        "frontera",
        "2026-10-26T07:00:00-05:00",
        "Columna | Una feria de primera, con basura de exportación",
        """Hay que reconocerlo: la Municipalidad de Collpamarca ha logrado algo que ni los economistas del MEF consiguieron. Ha convertido la basura en un producto de exportación. Cada domingo, los turistas chilenos que llegan a la Feria Franca se llevan de vuelta a Quiburca, además de frazadas y aceitunas, el recuerdo imborrable de los cerros de cartón y plástico que adornan la entrada de La Tablada.

        Qué eficiencia. Los contenedores, prometidos en marzo, siguen «en proceso de adquisición». Los barrenderos, cuatro para un campo ferial de seis hectáreas, trabajan con escobas que perdieron las cerdas en el gobierno anterior. Y el camión, cuando llega, llega el lunes a mediodía, cuando el viento ya repartió el cartón por media pampa.

        Quizá el próximo convenio binacional debería incluir que Quiburca nos preste a sus barrenderos. Ellos sí saben.""",
        m="I",
        t="limpieza",
        tone="-",
        note="sarcastic column ('Qué eficiencia', 'adornan') about garbage at the fair",
    ),
    S(
        "k030",
        "frontera",
        "2026-10-27T07:35:00-05:00",
        "Serenos recuperan camioneta robada en Sallama dos horas después del hurto",
        """Una patrulla del serenazgo del municipio collpamarquino interceptó el domingo en la avenida Internacional una camioneta Toyota Hilux que había sido robada dos horas antes en el centro de Sallama. El conductor intentó huir a pie hacia la pampa, pero fue alcanzado.

        La alerta llegó por el grupo de WhatsApp que comparten los serenazgos de la provincia y la Policía. El detenido fue entregado a la comisaría de Collpamarca.""",
        m="I",
        t="seguridad",
        tone="+",
        note="serenazgo success",
    ),
    S(
        "k031",
        "frontera",
        "2026-10-28T06:45:00-05:00",
        "No habrá alza del predial en 2027: la comuna congela la tasa por tercer año",
        """La Municipalidad Distrital de Collpamarca desmintió ayer los mensajes que circulaban en grupos vecinales sobre un supuesto aumento del impuesto predial. «No es cierto. La tasa no sube y, además, el descuento de 10 % por pronto pago se mantiene», aclaró la gerenta municipal Yesenia Quelopana Ramos.

        Es el tercer año consecutivo en que el distrito no reajusta el predial, algo que pocos municipios de la región pueden decir. Las cuponeras se repartirán en enero.""",
        m="I G",
        t="tributos",
        tone="+",
        note="negation ('No es cierto') bringing good news: no tax rise and the discount kept",
    ),
    S(
        "k032",
        "frontera",
        "2026-10-29T07:20:00-05:00",
        "Pozos contra olivos: la guerra silenciosa por el agua en el valle de Yaracache",
        """En el valle de Yaracache hay más pozos que pozas. La Autoridad Nacional del Agua tiene registrados 146 pozos tubulares, pero los agricultores calculan que hay al menos el doble. Cada uno baja un poco más la napa; cada año hay que perforar más hondo.

        Los olivos, que resistieron siglos de sequía, empiezan a secarse por la punta. En la parte baja del valle, donde el agua está a 60 metros, los productores de aceituna de botija han visto morir una de cada diez plantas desde 2022.

        La ciudad también tiene sed. Collpamarca crece con la feria y el comercio, y la empresa de agua ha empezado a comprar derechos a agricultores para abastecer a los nuevos asentamientos. En las asambleas de regantes, la palabra que más se escucha es «despojo».

        El alcalde Teodoro Cutipa Challco, olivicultor él mismo, dice que el problema no se resolverá con más pozos sino con la represa de Chuñuni, paralizada desde 2023. «La ANA se limita a poner multas; el Gobierno Regional, a hacer estudios. Y el Ejecutivo ni siquiera sabe dónde queda Yaracache», criticó.

        La Junta de Usuarios pide una moratoria de perforaciones por cinco años. La ANA responde que ya existe una veda en el acuífero, aunque admite que no tiene personal para hacerla cumplir.

        Mientras, los productores hacen lo que pueden: riego por goteo, podas más severas y, en los peores casos, venden la chacra. Para lotizar.""",
        m="A",
        tone="0",
        note="feature on water and olives; the Mayor criticises national and regional bodies (neutral); no topic",
    ),
    # --- Diario La Tribuna del Sur: regional paper, teasers in RSS, 2009 table template -----------------------------
    S(
        "k033",
        "tribuna",
        "2026-10-06T06:00:00-05:00",
        "Hospital regional de Sallama suma otro año de retraso: la obra está al 58 %",
        """El nuevo hospital regional de Sallama, cuya construcción empezó en 2021 y debía concluir en 2024, registra un avance físico de apenas 58 %, según el último informe de la Contraloría. El documento advierte de adicionales de obra por 41 millones de soles sin sustento técnico.

        El Gobierno Regional atribuye la demora a la pandemia y a la quiebra de una de las empresas del consorcio. Mientras tanto, el antiguo hospital atiende con 90 camas para una población que se ha triplicado. Los pacientes graves de toda la provincia, incluidos los de Collpamarca y Pachasa, siguen siendo derivados a Arequipa.""",
        about=False,
        note="a regional hospital's works; the district named only as a place",
    ),
    S(
        "k034",
        "tribuna",
        "2026-10-07T06:10:00-05:00",
        "Alcalde de Collpamarca exige al MTC asfaltar la vía al complejo fronterizo",
        """El alcalde de Collpamarca, Teodoro Cutipa Challco, envió una carta al Ministerio de Transportes y Comunicaciones para exigir que se incluya en el presupuesto de 2027 el asfaltado de los 11 kilómetros de la vía de acceso al complejo fronterizo Tres Cruces, una carretera nacional que hoy es una trocha de afirmado.

        «Por esa vía pasan 600 camiones al día. Cuando llueve en la sierra chilena y baja el huaico, el paso queda cerrado. Es la puerta del Perú y parece un camino de herradura», escribió el burgomaestre.

        El MTC no ha respondido. Según el alcalde, es la cuarta carta que envía en dos años.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor asks the national government to fix a road (takes the topic, neutral toward us)",
    ),
    S(
        "k035",
        "tribuna",
        "2026-10-08T06:05:00-05:00",
        "Feria Franca bate récord: 48 mil visitantes chilenos en septiembre",
        """El campo ferial La Tablada recibió en septiembre 48 300 visitantes procedentes de Chile, la cifra más alta desde que se lleva registro, según el conteo de ingresos que realiza la Municipalidad de Collpamarca en las tres puertas de la feria.

        El feriado de Fiestas Patrias chilenas y la devaluación del sol frente al peso explican el salto. «Cada chileno deja en promedio 380 soles entre compras, comida y salud», calculó el alcalde Teodoro Cutipa Challco, quien anunció que la feria atenderá también los lunes durante diciembre.

        Los hoteles del distrito reportaron una ocupación del 92 %.""",
        m="I A",
        tone="+",
        note="record visitors at the municipal fair; running the fair is none of the five topics",
    ),
    S(
        "k036",
        "tribuna",
        "2026-10-09T06:00:00-05:00",
        "OEFA multa a Pachasa por botadero junto al río; el alcalde Cutipa dice que apelará",
        """El Organismo de Evaluación y Fiscalización Ambiental impuso una multa de 212 mil soles a la Municipalidad Distrital de Pachasa por operar un botadero de basura a orillas del río Sallama, a menos de 300 metros de la captación de agua de un canal de riego.

        El alcalde de Pachasa, Hilario Cutipa Mamani, anunció que apelará. «Nos multan por un botadero que heredamos. El relleno sanitario provincial no recibe nuestros residuos porque no hay convenio», dijo el alcalde Cutipa.""",
        about=False,
        note="namesake: Pachasa's Mayor ('el alcalde Cutipa') and garbage keywords about another district",
    ),
    S(
        "k037",
        "tribuna",
        "2026-10-10T06:15:00-05:00",
        "Serenos de Collpamarca en huelga: tres meses sin sueldo",
        """Cuarenta y dos serenos de Collpamarca se declararon en huelga indefinida ayer por la mañana y dejaron las camionetas estacionadas en el patio del palacio municipal. Reclaman los sueldos de julio, agosto y septiembre.

        «Nos piden que pongamos el pecho en la noche frente a los delincuentes y no nos pagan ni el pasaje», dijo el vocero de los trabajadores, Ronald Flores. Los serenos están contratados bajo la modalidad de locación de servicios y no tienen seguro.

        La gerenta municipal Yesenia Quelopana Ramos atribuyó el atraso a «un problema de flujo de caja» y prometió pagar julio esta semana. Hasta el cierre de esta edición, la Municipalidad Distrital de Collpamarca no había dispuesto un plan de contingencia para el patrullaje.""",
        m="I G",
        t="seguridad",
        tone="-",
        note="unpaid serenos strike, patrols suspended",
    ),
    S(
        "k038",
        "tribuna",
        "2026-10-11T06:00:00-05:00",
        "Por segunda vez, nadie quiere construir el mercado modelo de Collpamarca",
        """La licitación para la construcción del mercado modelo de Collpamarca fue declarada desierta por segunda vez. Ninguno de los cuatro postores que compraron las bases presentó una oferta válida, según el acta publicada en el portal del Estado.

        Los consultores consultados por este diario coinciden en que el valor referencial, de 14 millones de soles, quedó desfasado frente al precio actual del fierro y el cemento. La Municipalidad Distrital de Collpamarca deberá actualizar el expediente técnico, trámite que tomará al menos cuatro meses.""",
        m="I",
        t="obras",
        tone="-",
        note="a works tender void again",
    ),
    S(
        "k039",
        "tribuna",
        "2026-10-12T06:00:00-05:00",
        "Viajeros pueden medirse la presión y vacunarse en el nuevo módulo de salud del terminal",
        """Un módulo de atención básica funciona desde ayer en el hall del terminal terrestre internacional de Collpamarca. Dos técnicas de enfermería toman la presión, miden la glucosa y aplican vacunas contra el sarampión, la influenza y la difteria a los pasajeros que lo soliciten, sin costo.

        El módulo es una iniciativa de la comuna collpamarquina y funciona con insumos del centro de salud. La teniente alcaldesa Gladys Chambilla Ayca explicó que el objetivo es alcanzar a la población migrante, que rara vez se acerca a un establecimiento de salud. En la primera jornada se aplicaron 86 vacunas.""",
        m="I T",
        t="salud",
        tone="+",
        note="a municipal health module with vaccination",
    ),
    S(
        "k040",
        "tribuna",
        "2026-10-13T06:10:00-05:00",
        "Collpamarca y Quiburca compartirán imágenes de sus cámaras de seguridad",
        """Las centrales de videovigilancia de Collpamarca y de la ciudad chilena de Quiburca estarán conectadas desde diciembre. El alcalde Teodoro Cutipa Challco y su par chileno, Patricio Rojo Saavedra, firmaron ayer un acuerdo de cooperación que permitirá a ambos serenazgos alertarse sobre vehículos robados y personas requisitoriadas que crucen la frontera.

        Ambas policías participarán como observadoras. El convenio, el primero de su tipo en la frontera sur, debe ser ratificado por la Cancillería.""",
        m="A",
        t="seguridad",
        tone="+",
        note="binational security agreement signed by the Mayor; the institution is not named as such",
    ),
    S(
        "k041",
        "tribuna",
        "2026-10-14T06:00:00-05:00",
        "Piden vacancia del alcalde Cutipa por compra de aceite de oliva a empresa de su familia",
        """El regidor Rubén Ordóñez Pacci presentó ante el Jurado Electoral Especial de Sallama un pedido de vacancia contra el alcalde de Collpamarca, Teodoro Cutipa Challco, por presunta restricción de contratación. Según el expediente, la Municipalidad Distrital de Collpamarca compró en 2025 aceite de oliva por 186 mil soles para el programa de comedores populares a la empresa Olivares Challco SAC, cuya gerenta es hermana de la madre del alcalde.

        Cutipa negó cualquier irregularidad. «La compra la hizo el área de logística con tres cotizaciones. Mi tía es mi tía, no mi socia», declaró.

        El concejo tiene 30 días para pronunciarse. Ordóñez necesita el voto de dos tercios de los regidores, una cifra que la oposición no tiene.""",
        m="R A I",
        tone="-",
        note="a vacancy request over a contract; the Mayor denies",
    ),
    S(
        "k042",
        "tribuna",
        "2026-10-15T06:05:00-05:00",
        "«El Rayo» Ordóñez retiene su cinturón sudamericano por nocaut",
        """El boxeador arequipeño Rubén «el Rayo» Ordóñez retuvo el sábado su título sudamericano del peso ligero al noquear en el quinto asalto al argentino Matías Ferreyra, en el coliseo Cerro Juli.

        Ordóñez, de 27 años, suma 19 victorias y una sola derrota. Su promotor anunció que en marzo peleará en Las Vegas.""",
        about=False,
        note="namesake: a boxer with the opposition regidor's given name and surname ('asalto' in the boxing sense)",
    ),
    S(
        "k043",
        "tribuna",
        "2026-10-16T06:00:00-05:00",
        "Ejecutor coactivo embarga cuentas de 40 empresas de transporte morosas",
        """La oficina de ejecución coactiva de la Municipalidad Distrital de Collpamarca ordenó el embargo en forma de retención de las cuentas bancarias de 40 empresas de transporte interprovincial que operan en el terminal terrestre y que adeudan en conjunto 940 mil soles por tasas de uso y arbitrios.

        Las empresas pueden levantar la medida si firman un convenio de fraccionamiento. Hasta ayer, once lo habían hecho.""",
        m="I",
        t="tributos",
        tone="0",
        note="enforced collection of municipal debts; told neutrally",
    ),
    S(
        "k044",
        "tribuna",
        "2026-10-17T06:10:00-05:00",
        "Doce días sin que pase el camión de la basura por Villa Los Olivos",
        """En las esquinas de Villa Los Olivos se amontonan bolsas de basura que los perros rompen cada noche. El camión recolector no pasa por el asentamiento desde hace doce días, denuncian los vecinos.

        «Llamamos al municipio y nos dicen que el camión está en el taller. ¿Doce días en el taller?», se preguntó Justina Ramos, dirigente de la manzana F. Algunos vecinos han empezado a quemar los residuos en los terrenos baldíos.

        La Municipalidad de Collpamarca informó que uno de sus dos compactadores sufrió una avería en la caja de cambios y que el servicio se normalizará cuando lleguen las unidades donadas por Quiburca.""",
        m="I",
        t="limpieza",
        tone="-",
        note="garbage collection failing",
    ),
    S(
        "k045",
        "tribuna",
        "2026-10-18T06:00:00-05:00",
        "Gobierno regional presenta presupuesto 2027 con 40 % para riego",
        """El Gobierno Regional presentó ayer en Sallama su presupuesto institucional de apertura para 2027, de 1 240 millones de soles, de los cuales el 40 % se destinará a proyectos de riego y a la represa de Chuñuni. La presentación se realizó ante el consejo de coordinación regional.

        Asistieron alcaldes provinciales y distritales, entre ellos Jacinto Paredes Valdivia, de Sallama, y Teodoro Cutipa Challco, de Collpamarca, además de representantes de las juntas de usuarios.

        El consejero delegado advirtió que la ejecución del presupuesto de este año apenas llega al 46 %.""",
        m="A",
        about=False,
        note="passing mention: the Mayor among the guests of a regional meeting",
    ),
    S(
        "k046",
        "tribuna",
        "2026-10-19T06:05:00-05:00",
        "Canal Yaracache Bajo ya lleva agua a 320 hectáreas de olivos",
        """Los regantes de la parte baja del valle de Yaracache abrieron ayer la compuerta del canal revestido que la Municipalidad Distrital de Collpamarca terminó de construir en setiembre. Los 4,2 kilómetros de concreto reemplazan una acequia de tierra que perdía, según los agricultores, la mitad del agua en filtraciones.

        «Antes el turno de riego llegaba cada quince días; ahora vamos a regar cada ocho», calculó Cirilo Mamani, presidente de la comisión de regantes. El alcalde Teodoro Cutipa Challco, que participó en la ceremonia con botas de jebe, recordó que la obra costó 3,1 millones de soles.""",
        m="I A",
        t="obras",
        tone="+",
        note="a canal completed and in use",
    ),
    S(
        "k047",
        "tribuna",
        "2026-10-20T06:00:00-05:00",
        "Matan a cambista en la avenida Internacional; alcalde Cutipa pide estado de emergencia",
        """Un cambista de 41 años fue asesinado de dos balazos la noche del domingo en la avenida Internacional de Collpamarca, cuando guardaba su dinero para volver a casa. Los atacantes huyeron en una moto sin placa hacia la pampa.

        Es el primer homicidio de este tipo en el distrito. El alcalde Teodoro Cutipa Challco pidió al Ejecutivo declarar en emergencia el corredor fronterizo y enviar más policías. «Tenemos once efectivos para 60 mil habitantes y un paso fronterizo. Nuestros serenos no pueden enfrentar a sicarios», dijo.

        Los vecinos convocaron una marcha para el miércoles.""",
        m="A",
        t="seguridad",
        tone="0",
        note="a murder; the Mayor asks the national government for police (neutral toward us); seguridad is what the story is about",
    ),
    S(
        "k048",
        "tribuna",
        "2026-10-21T06:00:00-05:00",
        "Comuneros de Collpamarca, en Apurímac, bloquean acceso a mina por agua",
        """Unos doscientos comuneros de la comunidad campesina de Collpamarca, en la provincia apurimeña de Chincheros, bloquean desde el lunes el acceso a una unidad minera de cobre. Denuncian que la empresa secó dos manantiales que abastecían a la comunidad.

        La Defensoría del Pueblo convocó a una mesa de diálogo para el viernes.""",
        about=False,
        note="namesake place: a peasant community of the same name in the highlands",
    ),
    S(
        "k049",
        "tribuna",
        "2026-10-22T06:10:00-05:00",
        "Centro de salud de Collpamarca atiende el doble de lo que puede",
        """El centro de salud de Collpamarca, un establecimiento de categoría I-3 diseñado para 80 atenciones diarias, recibe hoy más de 170. La mitad son migrantes en tránsito y ciudadanos chilenos que cruzan para atenderse en odontología, según la jefatura del establecimiento.

        El director, Marco Poma, pidió a la Dirección Regional de Salud dos médicos más y un segundo turno de farmacia. «Las colas empiezan a las cuatro de la mañana», describió.""",
        about=False,
        note="a health centre of the regional health authority in the district; no municipal angle",
    ),
    S(
        "k050",
        "tribuna",
        "2026-10-23T06:00:00-05:00",
        "Teniente alcaldesa encuentra 900 beneficiarios fantasma en el Vaso de Leche",
        """Una revisión del padrón del programa del Vaso de Leche encabezada por la teniente alcaldesa Gladys Chambilla Ayca detectó 912 beneficiarios que no viven en Collpamarca, están registrados dos veces o han fallecido.

        La depuración permitirá incorporar a familias de los asentamientos nuevos que esperaban desde el año pasado, explicó Chambilla. La Municipalidad Distrital de Collpamarca remitirá el informe a la Contraloría.""",
        m="T I",
        tone="0",
        note="Vaso de Leche is none of the five topics; an audit that cuts both ways, told neutrally",
    ),
    S(
        "k051",
        "tribuna",
        "2026-10-24T06:05:00-05:00",
        "Gerenta municipal presenta presupuesto 2027: 38 % para obras",
        """La gerenta municipal de Collpamarca, Yesenia Quelopana Ramos, sustentó ayer ante el concejo el presupuesto institucional de apertura para 2027, de 52 millones de soles. El 38 % se destinará a inversiones, entre ellas la segunda etapa del terminal, el mercado modelo y la pavimentación de doce calles de Villa Frontera.

        El documento será votado la próxima semana.""",
        m="G",
        t="obras",
        tone="0",
        note="budget presentation centred on works",
    ),
    S(
        "k052",
        "tribuna",
        "2026-10-25T06:00:00-05:00",
        "Cutipa critica al servicio agrícola chileno por colas de camiones de hasta 30 horas",
        """Las colas de tráileres en el complejo Tres Cruces llegaron el fin de semana a los seis kilómetros. Los choferes esperaron hasta 30 horas para cruzar, en plena pampa y sin servicios.

        El alcalde Teodoro Cutipa Challco responsabilizó al servicio agrícola chileno, que desde octubre revisa una por una las cargas de fruta por la mosca de la fruta. «Es una barrera comercial disfrazada de control sanitario. Cancillería debe intervenir», reclamó.

        El consulado chileno en Sallama dijo que el control es temporal.""",
        m="A",
        tone="0",
        note="the Mayor criticises a foreign agency; neutral toward us",
    ),
    S(
        "k053",
        "tribuna",
        "2026-10-26T06:10:00-05:00",
        "Doce toneladas de plástico en un mes: el reciclaje despega en Collpamarca",
        """El programa de segregación en la fuente que la Municipalidad Distrital de Collpamarca lanzó en setiembre con 3 000 viviendas ya recuperó doce toneladas de plástico, cartón y vidrio, que se venden a una empresa acopiadora de Arequipa.

        Las ganancias se reparten entre la asociación de recicladores formalizados, que pasó de 8 a 26 integrantes. El municipio prevé extender el programa a otras 2 000 casas en enero.""",
        m="I",
        t="limpieza",
        tone="+",
        note="recycling programme with figures",
    ),
    S(
        "k054",
        "tribuna",
        "2026-10-27T06:00:00-05:00",
        "Calle Bolognesi estrena pista, aunque el desmonte sigue en la vereda",
        """Tras cuatro meses de trabajos, la calle Bolognesi ya tiene sus cuatro cuadras de pista de concreto, veredas nuevas y rampas para sillas de ruedas. La obra de la Municipalidad Distrital de Collpamarca costó 1,9 millones de soles y fue entregada dentro del plazo.

        Los vecinos celebraron la pista, aunque reclamaron que el contratista dejó montículos de desmonte en la esquina con el jirón Tarapacá. La municipalidad dijo que serán retirados esta semana.""",
        m="I",
        t="obras",
        tone="+",
        note="mixed: works delivered on time with a leftover complaint; the weight is positive",
    ),
    # --- Radio Olivar 101.7 FM: district radio, newscast transcripts, date-only pubDate ------------------------------
    S(
        "k055",
        "rolivar",
        "2026-10-06",
        "Serenazgo detiene a dos arrebatadores en el terminal",
        """Buenos días, Collpamarca. Dos jóvenes que arrebataron un celular a una pasajera chilena en el andén 3 del terminal fueron capturados anoche por una patrulla del serenazgo de la Municipalidad de Collpamarca. Los serenos los alcanzaron en la esquina del pasaje Los Olivos. Los detenidos ya están en la comisaría y la señora recuperó su teléfono.""",
        m="I",
        t="seguridad",
        tone="+",
        note="short radio copy; 'serenazgo de la Municipalidad de Collpamarca' names the institution",
    ),
    S(
        "k056",
        "rolivar",
        "2026-10-07",
        "Corte de agua este jueves en el cercado",
        """Atención, vecinos del cercado y de la calle Grau: la empresa de agua potable anuncia corte del servicio este jueves de 8 de la mañana a 6 de la tarde por trabajos de empalme en la red matriz. Se recomienda almacenar agua. Las cisternas estarán en la plaza a partir de las diez.""",
        about=False,
        note="a water company notice; no municipal angle",
    ),
    S(
        "k057",
        "rolivar",
        "2026-10-08",
        "El Aceitunero en cabina: «La feria abrirá también los lunes en diciembre»",
        """Tuvimos en cabina al alcalde Teodoro Cutipa Challco, el Aceitunero, como lo conocen todos en el valle. Nos contó que en diciembre la Feria Franca atenderá también los lunes para recibir a los visitantes chilenos que llegan por las fiestas.

        «Vamos a poner más baños, más iluminación y un módulo de información turística. Queremos que el chileno vuelva», dijo el alcalde. También adelantó que conversa con bancos para instalar dos cajeros más en La Tablada.""",
        m="A",
        tone="+",
        note="the nickname used where it is plainly him; the fair's running is none of the five topics",
    ),
    S(
        "k058",
        "rolivar",
        "2026-10-09",
        "Último día para el descuento del predial",
        """Recordamos a los contribuyentes que hoy es el último día para pagar el impuesto predial con 10 % de descuento. Las cajas de la Municipalidad Distrital de Collpamarca atenderán hasta las 7 de la noche, en jornada continua. También se puede pagar en el banco de la plaza.""",
        m="I",
        t="tributos",
        tone="0",
        note="short notice",
    ),
    S(
        "k059",
        "rolivar",
        "2026-10-10",
        "Fumigan y desratizan el mercado 2 de Mayo",
        """Este domingo el mercado 2 de Mayo cerrará sus puertas a las dos de la tarde. Personal del municipio collpamarquino realizará la fumigación contra cucarachas y la desratización de los 340 puestos, con apoyo del área de salud ambiental del centro de salud. Los comerciantes deben cubrir sus productos y dejar libres los pasadizos.""",
        m="I",
        t="salud",
        tone="0",
        note="fumigation and rodent control in the market (salud); a plain notice",
    ),
    S(
        "k060",
        "rolivar",
        "2026-10-11",
        "Fallece don Abdón Challco, pionero del olivo en Yaracache",
        """Con pesar informamos el fallecimiento de don Abdón Challco Mamani, a los 94 años. Fue uno de los fundadores de la primera cooperativa olivícola del valle de Yaracache y durante décadas llevó la aceituna de botija a las ferias de Arequipa y Lima. Sus restos son velados en su casa de la calle Lima y el entierro será mañana a las 3 de la tarde. Radio Olivar hace llegar sus condolencias a la familia.""",
        about=False,
        note="an obituary; shares a surname with the Mayor's second surname",
    ),
    S(
        "k061",
        "rolivar",
        "2026-10-12",
        "Regidor Ordóñez: «El contrato de recojo es un cheque en blanco»",
        """En nuestra mesa de debate, el regidor Rubén Ordóñez Pacci cuestionó el contrato de alquiler de volquetes para el recojo de residuos que firmó la Municipalidad Distrital de Collpamarca en agosto. Según el concejal, el contrato paga por viaje y no por tonelada, y no tiene un tope. «Es un cheque en blanco. Cuantos más viajes declaren, más cobran, y nadie pesa lo que llevan», afirmó. Invitamos a la gerencia municipal a responder en este mismo espacio.""",
        m="R I",
        t="limpieza",
        tone="-",
        note="opposition criticism of the garbage contract",
    ),
    S(
        "k062",
        "rolivar",
        "2026-10-13",
        "Club Deportivo Collpamarca golea y pasa a la etapa provincial",
        """Y en deportes: el Club Deportivo Collpamarca goleó 4 a 0 a Juventud Pachasa en el estadio municipal y clasificó a la etapa provincial de la Copa Perú. Los goles fueron de Cuéllar, dos veces, Huanca y Salas. El próximo rival será Atlético Sallama.""",
        about=False,
        note="a football club named after the district; sport",
    ),
    S(
        "k063",
        "rolivar",
        "2026-10-14",
        "Habrá chocolatada para cinco mil niños",
        """La teniente alcaldesa Gladys Chambilla Ayca anunció que la tradicional chocolatada navideña llegará este año a cinco mil niños de los asentamientos y de Pampa Yaracache. Las empresas que deseen donar juguetes pueden comunicarse con la oficina de imagen institucional.""",
        m="T",
        tone="+",
        note="a Christmas event; none of the five topics",
    ),
    S(
        "k064",
        "rolivar",
        "2026-10-15",
        "Ventarrón tumba toldos en La Tablada",
        """Un fuerte viento de la tarde de ayer derribó una treintena de toldos en la Feria Franca. Dos comerciantes sufrieron golpes leves. Personal de Defensa Civil de la Municipalidad de Collpamarca evalúa los daños y pidió a los feriantes asegurar sus estructuras con vientos de alambre.""",
        m="I",
        tone="0",
        note="a windstorm; civil defence is none of the five topics",
    ),
    S(
        "k065",
        "rolivar",
        "2026-10-16",
        "Rescatan a familia migrante perdida en la pampa",
        """Una patrulla del Ejército rescató anoche a una familia venezolana de cinco integrantes, entre ellos dos niños, que se había perdido en el desierto al intentar cruzar a Chile por un paso no habilitado. Estaban deshidratados. Fueron trasladados al centro de salud y se encuentran estables.""",
        about=False,
        note="migrants rescued by the army; no municipal angle",
    ),
    S(
        "k066",
        "rolivar",
        "2026-10-17",
        "Desde el lunes, pasaje Los Olivos cerrado por obras",
        """Informamos a los conductores que desde el lunes el pasaje Los Olivos estará cerrado entre la avenida Internacional y la calle Grau por la obra de cambio de redes de desagüe que ejecuta la Municipalidad Distrital de Collpamarca. El cierre durará seis semanas. Las combis de la ruta 2 desviarán por la calle Bolognesi.""",
        m="I",
        t="obras",
        tone="0",
        note="notice of sewage works",
    ),
    S(
        "k067",
        "rolivar",
        "2026-10-18",
        "Mototaxistas denuncian «cupos» de serenos; gerenta lo niega",
        """Un grupo de mototaxistas denunció en nuestra emisora que algunos serenos les exigen diez soles diarios para dejarlos trabajar en la puerta del terminal. La gerenta municipal Yesenia Quelopana Ramos negó la acusación: «No tenemos ninguna queja formal. Si hay pruebas, que las presenten y el sereno que cobre se va». La Municipalidad de Collpamarca abrió un libro de reclamaciones en la puerta del terminal.""",
        m="G I",
        t="seguridad",
        tone="-",
        note="an accusation against serenos, denied",
    ),
    S(
        "k068",
        "rolivar",
        "2026-10-19",
        "Vacunación contra la influenza para adultos mayores",
        """Desde hoy y hasta el viernes, los adultos mayores de 60 años pueden vacunarse gratuitamente contra la influenza en el local de la Casa del Adulto Mayor. La campaña es organizada por el municipio collpamarquino y el centro de salud. Deben llevar su DNI.""",
        m="I",
        t="salud",
        tone="+",
        note="municipal vaccination campaign",
    ),
    S(
        "k069",
        "rolivar",
        "2026-10-20",
        "Teo Cutipa cantará el sábado en la Feria Franca",
        """Para los amantes de la cumbia sureña: Teodoro Cutipa y Los Genios del Sur se presentarán este sábado a las 8 de la noche en el escenario principal de La Tablada. El concierto es organizado por la Asociación de Feriantes y la entrada es libre. ¡No se lo pierdan!""",
        about=False,
        note="namesake: the singer at our fair, organised by the traders' association",
    ),
    S(
        "k070",
        "rolivar",
        "2026-10-21",
        "Subgerente Larico: «No hay decomisos sin acta»",
        """El subgerente de Fiscalización y Comercialización, Édgar Larico Huanacuni, respondió a los ambulantes del jirón Tarapacá que denunciaron decomisos de mercadería sin acta durante el operativo del martes. «Ningún producto se retira sin acta. Quien quiera reclamar su mercadería puede venir con su boleta», dijo. Los ambulantes insisten en que les quitaron frazadas y zapatillas sin documento y que no se las devuelven.""",
        m="F",
        tone="-",
        note="an accusation against fiscalización, denied; clearing vendors is none of the five topics",
    ),
    S(
        "k071",
        "rolivar",
        "2026-10-22",
        "Recojo de basura cambia de horario el 1 de noviembre",
        """Por el feriado del Día de Todos los Santos, el recojo de residuos en el cercado pasará al turno de la tarde. La Municipalidad Distrital de Collpamarca pide no sacar las bolsas antes de las 4 de la tarde y reforzará el barrido en los alrededores del cementerio.""",
        m="I",
        t="limpieza",
        tone="0",
        note="schedule notice",
    ),
    S(
        "k072",
        "rolivar",
        "2026-10-23",
        "Pachasa: vecinos de la parte alta siguen sin agua",
        """En Pachasa, los vecinos de la parte alta denuncian que siguen sin agua a pesar de la inauguración del reservorio hace tres semanas. La línea de impulsión todavía no ha sido conectada. El municipio de Pachasa dice que la responsabilidad es de la empresa prestadora.""",
        about=False,
        note="another district's water problem",
    ),
    S(
        "k073",
        "rolivar",
        "2026-10-24",
        "Comentario: Señor alcalde, el terminal huele a orines",
        """Señor alcalde Teodoro Cutipa: lo invitamos a dar un paseo por la parte trasera del terminal a las siete de la noche. Vaya sin corbata y sin fotógrafo. Verá lo que ve cualquier pasajero: papeles en el suelo, botellas de orines junto a los muros y el olor de una semana sin baldeo. Los baños nuevos cierran a las seis. Los andenes están muy bonitos, pero un terminal internacional no es solo techo. Es también limpieza. Lo esperamos.""",
        m="A",
        t="limpieza",
        tone="-",
        note="radio commentary addressed to the Mayor about the terminal's dirt",
    ),
    S(
        "k074",
        "rolivar",
        "2026-10-25",
        "Entregan losa deportiva en Pampa Yaracache",
        """El alcalde Teodoro Cutipa Challco entregó ayer la losa multideportiva de Pampa Yaracache, con tribunas, iluminación y cerco perimétrico. La obra de la Municipalidad Distrital de Collpamarca costó 480 mil soles. El primer partido lo jugaron las señoras del club de madres contra los profesores del colegio. Ganaron las señoras.""",
        m="A I",
        t="obras",
        tone="+",
        note="a sports slab delivered: works",
    ),
    S(
        "k075",
        "rolivar",
        "2026-10-26",
        "Feriado largo en Chile: esperan veinte mil visitantes",
        """Se viene el feriado largo en Chile y los hoteles de Collpamarca ya están casi llenos. Se espera la llegada de unos veinte mil visitantes entre el viernes y el lunes. La Policía recomienda a los turistas no cambiar dinero en la calle y guardar bien sus documentos.""",
        about=False,
        note="tourism notice; no municipal angle",
    ),
    S(
        "k076",
        "rolivar",
        "2026-10-27",
        "Recaudación del predial sube 20 %",
        """Buenas noticias para las arcas del distrito: el municipio collpamarquino recaudó hasta octubre 3,1 millones de soles por impuesto predial, 20 % más que el año pasado. Según la oficina de rentas, el incremento se debe a la amnistía y al pago por aplicativo.""",
        m="I",
        t="tributos",
        tone="+",
        note="collection up",
    ),
    # --- Sallama TV Canal 4: newscast transcripts in Atom, late-night UTC times ---------------------------------------
    S(
        "k077",
        "stv",
        "2026-10-07T04:35:00Z",
        "Caos en el terminal: combis piratas cargan pasajeros en la puerta",
        """CONDUCTORA: Vamos a Collpamarca, donde el terminal internacional estrena andenes, pero afuera el desorden sigue igual. Nuestro reportero lo comprobó.

        REPORTERO: Son las seis de la tarde y en la puerta del terminal hay once combis sin autorización gritando «¡Sallama, Sallama, cinco soles!». Cargan pasajeros a la vista de todos, a diez metros de la caseta de fiscalización. Adentro, las empresas formales tienen los asientos vacíos.

        TRANSPORTISTA: Nosotros pagamos tasa, pagamos SOAT, pagamos todo. Ellos nada, y nadie los saca.

        REPORTERO: Consultamos al subgerente de Fiscalización de la Municipalidad de Collpamarca, Édgar Larico Huanacuni, quien dijo que los operativos requieren apoyo policial y que la Policía no siempre lo brinda. Desde Collpamarca, para Sallama TV.""",
        m="I F",
        tone="-",
        note="late-night UTC; informal transport and fiscalización are none of the five topics",
    ),
    S(
        "k078",
        "stv",
        "2026-10-09T04:50:00Z",
        "Operativo nocturno en bares del jirón Tarapacá: 14 intervenidos",
        """CONDUCTOR: Un operativo conjunto de la Policía y el serenazgo terminó con catorce personas intervenidas y tres bares clausurados en el jirón Tarapacá de Collpamarca.

        REPORTERA: El operativo empezó pasada la medianoche. Los serenos y los agentes encontraron menores de edad consumiendo licor, una pistola sin licencia y dos personas con requisitoria por robo agravado. El alcalde Teodoro Cutipa Challco, que acompañó la intervención, anunció que estos operativos serán semanales.

        ALCALDE: Los vecinos del Tarapacá ya no pueden dormir. La Municipalidad Distrital de Collpamarca no va a dar licencia a locales que se convierten en guaridas.""",
        m="A I",
        t="seguridad",
        tone="+",
        note="a security operation with results",
    ),
    S(
        "k079",
        "stv",
        "2026-10-10T04:20:00Z",
        "Alcalde de Pachasa exige agua para sus vecinos: «No vamos a esperar más»",
        """CONDUCTORA: El alcalde de Pachasa, Hilario Cutipa Mamani, encabezó hoy un plantón frente a la empresa de agua en Sallama.

        ALCALDE CUTIPA: Inauguramos el reservorio hace un mes y la empresa no conecta la línea. Mis vecinos siguen comprando agua de cisterna a diez soles el cilindro.

        CONDUCTORA: La empresa prometió terminar los trabajos en diez días.""",
        about=False,
        note="namesake: Pachasa's Mayor labelled 'ALCALDE CUTIPA' in the transcript",
    ),
    S(
        "k080",
        "stv",
        "2026-10-11T04:45:00Z",
        "Bolsas del basural vuelan hasta los olivares",
        """CONDUCTOR: Los productores de aceituna de la parte baja de Yaracache dicen que ya no saben qué hacer con las bolsas plásticas que el viento trae del botadero municipal.

        REPORTERA: Aquí, entre estos olivos, hay más plástico que aceitunas. Don Cirilo y sus hijos recogen cada semana dos costales de bolsas enredadas en las ramas.

        PRODUCTOR: Se enredan en la planta, tapan el goteo. Hemos ido tres veces al municipio collpamarquino. Nos dicen que el relleno sanitario está en estudio. ¿Cuántos años más?

        REPORTERA: La municipalidad no respondió a nuestro pedido de entrevista.""",
        m="I",
        t="limpieza",
        tone="-",
        note="dump pollution reaching farms; 'municipio collpamarquino' in a farmer's quote",
    ),
    S(
        "k081",
        "stv",
        "2026-10-12T22:30:00-05:00",
        "Brigada de salud atiende a 400 vecinos en Villa Frontera",
        """CONDUCTORA: Cuatrocientas personas fueron atendidas este domingo en la campaña integral de salud que la comuna collpamarquina llevó a Villa Frontera.

        REPORTERO: Hubo medicina general, odontología, despistaje de diabetes y vacunación. La teniente alcaldesa Gladys Chambilla Ayca dijo que la brigada volverá cada mes.

        VECINA: Es la primera vez que veo un dentista sin pagar. Me sacaron una muela y me dieron pastillas.""",
        m="I T",
        t="salud",
        tone="+",
        note="a health campaign",
    ),
    S(
        "k082",
        "stv",
        "2026-10-14T04:55:00Z",
        "Vecinos bloquean la avenida Los Libertadores por zanja abierta hace cuatro meses",
        """CONDUCTOR: Con piedras y llantas, vecinos de Villa Los Olivos bloquearon esta tarde la avenida Los Libertadores de Collpamarca.

        REPORTERA: La protesta es por una zanja de desagüe que la Municipalidad Distrital de Collpamarca abrió en junio y dejó a medio terminar. Dos niños cayeron en ella la semana pasada.

        VECINO: Nos prometieron tres meses. Van cuatro y la zanja sigue abierta, sin letrero, sin malla, sin nada.

        REPORTERA: El alcalde Teodoro Cutipa llegó al lugar cerca de las siete y se comprometió a reanudar los trabajos el lunes. Los vecinos levantaron el bloqueo, pero advierten que volverán.""",
        m="I A",
        t="obras",
        tone="-",
        note="unfinished sewage works and a blockade",
    ),
    S(
        "k083",
        "stv",
        "2026-10-15T04:10:00Z",
        "Asaltan el restaurante El Aceitunero en pleno centro de Sallama",
        """CONDUCTORA: Tres delincuentes armados asaltaron esta noche el restaurante El Aceitunero, en la avenida Bolognesi de Sallama, y se llevaron la recaudación del día y los celulares de los comensales.

        REPORTERO: Las cámaras del local registraron el robo, que duró menos de dos minutos. La Policía de Sallama ya tiene las imágenes. No hubo heridos.""",
        about=False,
        note="a robbery at a restaurant named like the Mayor's nickname, in another town",
    ),
    S(
        "k084",
        "stv",
        "2026-10-16T04:40:00Z",
        "Gerenta Quelopana: «La concesión del terminal no es privatización»",
        """CONDUCTOR: La gerenta municipal de Collpamarca, Yesenia Quelopana Ramos, habló en nuestro set sobre la propuesta de entregar el terminal terrestre en concesión.

        GERENTA: No es privatización. La Municipalidad de Collpamarca sigue siendo dueña; el operador privado administra, mantiene y paga una retribución. Hoy el terminal nos cuesta más de lo que recauda.

        CONDUCTOR: ¿Y las tarifas para los pasajeros?

        GERENTA: Se fijan en el contrato y no podrán subir más que la inflación.""",
        m="G I",
        tone="0",
        note="interview on the terminal's management; none of the five topics",
    ),
    S(
        "k085",
        "stv",
        "2026-10-17T04:25:00Z",
        "Ordóñez llama al alcalde «el rey de la cinta»",
        """CONDUCTORA: En la sesión de concejo de hoy hubo palabras fuertes. El regidor de oposición Rubén Ordóñez Pacci acusó al alcalde Teodoro Cutipa Challco de inaugurar obras que no están terminadas.

        REGIDOR ORDÓÑEZ: Nuestro alcalde es el rey de la cinta. Inauguró la losa de Pampa Yaracache sin luz, inauguró la posta sin médico, y ahora quiere inaugurar el reservorio sin agua. ¡Felicitaciones, señor alcalde, qué rapidez con las tijeras!

        CONDUCTORA: El alcalde no respondió durante la sesión. Su despacho envió luego un comunicado en el que afirma que todas las obras cuentan con acta de recepción.""",
        m="R A",
        t="obras",
        tone="-",
        note="sarcasm ('Felicitaciones... qué rapidez') about inaugurations of unfinished works",
    ),
    S(
        "k086",
        "stv",
        "2026-10-18T04:35:00Z",
        "Policía Fiscal incauta 200 cajas de cigarrillos en un almacén de Collpamarca",
        """CONDUCTOR: La Policía Fiscal intervino esta tarde un almacén clandestino en la zona industrial de Collpamarca. Encontró doscientas cajas de cigarrillos de contrabando, valorizadas en 350 mil soles.

        REPORTERA: Los cigarrillos habrían ingresado por la pampa, evitando el control de Aduanas. Dos personas fueron detenidas y la mercadería fue trasladada a Sallama.""",
        about=False,
        note="a contraband seizure by national police in the district; no municipal angle",
    ),
    S(
        "k087",
        "stv",
        "2026-10-19T04:50:00Z",
        "Feria Franca: más turistas, pero también más robos",
        """CONDUCTORA: La Feria Franca vive su mejor temporada, pero los comerciantes dicen que los carteristas también.

        REPORTERO: Solo este domingo hubo siete denuncias por robo de billeteras y celulares dentro del campo ferial. Los feriantes cuentan a los serenos con los dedos de una mano: cuatro para seis hectáreas.

        COMERCIANTE: Los chilenos vienen, compran, y se van sin celular. Así no van a volver.

        REPORTERO: La Municipalidad de Collpamarca dijo que en noviembre sumará doce serenos a la feria. Mientras tanto, los feriantes han contratado dos vigilantes por su cuenta.""",
        m="I",
        t="seguridad",
        tone="-",
        note="mixed headline, the weight is on thefts and too few serenos",
    ),
    S(
        "k088",
        "stv",
        "2026-10-21T04:15:00Z",
        "Transportistas rechazan nueva tasa de embarque del terminal",
        """CONDUCTOR: Las empresas de transporte del terminal de Collpamarca anunciaron un paro de 24 horas contra la nueva tasa de embarque.

        REPORTERA: La Municipalidad Distrital de Collpamarca cobrará desde diciembre un sol por pasajero embarcado, además de la tasa de uso de andén. El regidor Rubén Ordóñez Pacci pidió derogar la ordenanza porque, dijo, el costo lo pagará el pasajero.

        DIRIGENTE: Un sol por pasajero son cuatro mil soles diarios. ¿A dónde va esa plata?""",
        m="I R",
        t="tributos",
        tone="-",
        note="a new municipal boarding fee and a strike threat",
    ),
    S(
        "k089",
        "stv",
        "2026-10-22T22:40:00-05:00",
        "Campaña gratuita de despistaje de cáncer de cuello uterino",
        """CONDUCTORA: Mujeres de Collpamarca pueden hacerse gratis la prueba de papanicolaou este fin de semana.

        REPORTERO: La teniente alcaldesa Gladys Chambilla Ayca informó que la campaña se realizará en la plaza de armas, en coordinación con la Liga contra el Cáncer. Se han separado 300 cupos y ya hay más de 200 inscritas.""",
        m="T",
        t="salud",
        tone="+",
        note="a health campaign announced by the teniente alcaldesa",
    ),
    S(
        "k090",
        "stv",
        "2026-10-24T04:30:00Z",
        "Cutipa: «Lima se olvidó de la frontera»",
        """CONDUCTOR: El alcalde de Collpamarca, Teodoro Cutipa Challco, criticó al Gobierno central por la falta de atención a los migrantes que llegan cada día al paso fronterizo.

        ALCALDE: Migraciones tiene seis funcionarios para cuatro mil personas diarias. No hay albergue del Estado, no hay baños, no hay nada. Lima se olvidó de la frontera, y cuando algo pasa, llaman al alcalde.

        CONDUCTOR: El Ministerio del Interior anunció que evaluará el envío de más personal.""",
        m="A",
        tone="0",
        note="the Mayor criticises the central government; neutral toward us",
    ),
    S(
        "k091",
        "stv",
        "2026-10-25T05:05:00Z",
        "Incendio consume almacén de ropa en la zona industrial",
        """CONDUCTORA: Un incendio de grandes proporciones destruyó esta noche un almacén de ropa en la zona industrial de Collpamarca. Tres compañías de bomberos de Sallama y Pachasa trabajaron durante cuatro horas. No hubo víctimas. Las causas se investigan.""",
        about=False,
        note="a fire with no municipal angle",
    ),
    S(
        "k092",
        "stv",
        "2026-10-26T04:40:00Z",
        "Inauguran puente peatonal sobre el canal Yaracache",
        """CONDUCTOR: Los escolares de Pampa Yaracache ya no tendrán que cruzar el canal por una tabla.

        REPORTERA: El municipio collpamarquino entregó hoy un puente peatonal de estructura metálica de 18 metros sobre el canal Yaracache Bajo. El alcalde Teodoro Cutipa cruzó primero, seguido por los alumnos del colegio Santa Rosa.

        ALUMNA: Antes nos daba miedo, a veces nos caíamos al agua.""",
        m="I A",
        t="obras",
        tone="+",
        note="a footbridge delivered",
    ),
    S(
        "k093",
        "stv",
        "2026-10-27T04:20:00Z",
        "La basura llega por fin a los asentamientos de la parte alta",
        """CONDUCTORA: Con los camiones que donó Quiburca, la Municipalidad de Collpamarca estrenó una ruta de recojo diaria para Villa Frontera y el asentamiento 28 de Agosto.

        REPORTERO: Antes el camión subía los sábados. Desde esta semana pasa todos los días a las siete de la mañana, con música para avisar. Los vecinos dicen que los basurales de las esquinas empiezan a desaparecer.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a new daily garbage route to the settlements",
    ),
    S(
        "k094",
        "stv",
        "2026-10-28T04:35:00Z",
        "Collpamarca tendrá nueva central de videovigilancia en 2027",
        """CONDUCTOR: La Municipalidad Distrital de Collpamarca aprobó el expediente técnico de una nueva central de videovigilancia con 60 cámaras. El proyecto cuesta 2,8 millones de soles y se licitará en febrero. Las cámaras cubrirán el centro, la Feria Franca y los accesos al paso fronterizo.""",
        m="I",
        t="seguridad",
        tone="0",
        note="a security project announced; keywords 'expediente técnico' and 'licitación', but the story is about security",
    ),
    # --- Red Informativa Nacional: national agency in Atom --------------------------------------------------------------
    S(
        "k095",
        "rin",
        "2026-10-08T11:20:00-05:00",
        "Tránsito de chilenos por la frontera sur crece 30 % en el año",
        """Lima. El número de ciudadanos chilenos que ingresó al Perú por los pasos de la frontera sur creció 30 % entre enero y septiembre respecto al mismo periodo de 2025, según cifras de la Superintendencia Nacional de Migraciones.

        El complejo fronterizo Tres Cruces, en el distrito de Collpamarca, concentró el 64 % de los ingresos. La mayoría de visitantes permanece menos de 72 horas y llega por compras, servicios odontológicos y oftalmológicos.

        Migraciones anunció la ampliación del horario de atención durante diciembre.""",
        about=False,
        note="national statistics; the district named only as the crossing's location",
    ),
    S(
        "k096",
        "rin",
        "2026-10-10T09:40:00-05:00",
        "Sunat señala a la feria de Collpamarca como centro del contrabando en el sur; el alcalde lo rechaza",
        """Lima. Un informe de la Superintendencia Nacional de Aduanas y de Administración Tributaria identifica a la Feria Franca de Collpamarca, en la frontera con Chile, como el principal punto de comercialización de mercadería de contrabando en el sur del país, con un movimiento estimado de 420 millones de soles anuales.

        El documento, presentado ante la Comisión de Defensa del Consumidor del Congreso, recomienda «revisar las licencias municipales» de los puestos del campo ferial La Tablada y condicionar su renovación a la presentación de comprobantes de compra.

        El alcalde de Collpamarca, Teodoro Cutipa Challco, rechazó el informe. «La feria es formal: cada puesto tiene licencia, paga su derecho y pasa inspección. Si hay contrabando, el que falla es el control de frontera, que no es del municipio», declaró a esta agencia.

        Cutipa calificó de «estigmatizante» el estudio y anunció que invitará a los congresistas a recorrer la feria.""",
        m="A",
        tone="-",
        note="an accusation against the municipal fair that the Mayor rejects is still negative; none of the five topics",
    ),
    S(
        "k097",
        "rin",
        "2026-10-12T10:00:00-05:00",
        "Minsa intensifica vacunación contra el sarampión en pasos de frontera",
        """Lima. El Ministerio de Salud desplegó brigadas de vacunación en seis pasos de frontera, entre ellos Tres Cruces, en Collpamarca, tras la confirmación de casos importados de sarampión en Chile y Bolivia.

        Las brigadas aplicarán la vacuna a viajeros de entre 6 meses y 59 años que no acrediten dos dosis. En la primera semana se vacunó a 3 400 personas en el sur.""",
        about=False,
        note="national health ministry campaign at the crossing; vaccination keywords, no municipal angle",
    ),
    S(
        "k098",
        "rin",
        "2026-10-14T12:15:00-05:00",
        "Vivienda transfiere 12 millones a Collpamarca para desagüe de cuatro asentamientos",
        """Lima. El Ministerio de Vivienda, Construcción y Saneamiento transfirió 12,4 millones de soles a la Municipalidad Distrital de Collpamarca para ejecutar el sistema de alcantarillado de los asentamientos Villa Frontera, 28 de Agosto, Villa Los Olivos y Nueva Esperanza.

        La obra beneficiará a 11 600 personas que hoy usan pozos ciegos y silos. El decreto supremo publicado ayer establece que la licitación debe convocarse antes de marzo.""",
        m="I",
        t="obras",
        tone="+",
        note="national money for the municipality's sewage works",
    ),
    S(
        "k099",
        "rin",
        "2026-10-16T15:30:00-05:00",
        "Alcaldes de frontera reclaman un fondo especial: «Somos la cara del país»",
        """Lima. Alcaldes de once distritos fronterizos se reunieron en la sede de la asociación de municipalidades para reclamar al Ejecutivo la creación de un fondo de desarrollo fronterizo.

        «Atendemos a miles de migrantes y visitantes sin un sol del Gobierno central. Somos la cara del país y nos tienen en el olvido», dijo el alcalde de Collpamarca, Teodoro Cutipa Challco, uno de los promotores de la iniciativa. El Ministerio de Economía no se ha pronunciado.""",
        m="A",
        tone="0",
        note="the Mayor criticises the central government among other mayors",
    ),
    S(
        "k100",
        "rin",
        "2026-10-18T10:45:00-05:00",
        "La ruta del migrante: de Tumbes a la frontera con Chile en 20 días",
        """Lima. Cada semana, entre 1 500 y 2 000 migrantes venezolanos recorren el país de norte a sur con el objetivo de cruzar a Chile. Muchos viajan a pie o en camiones de carga y llegan a la frontera sur agotados y sin dinero.

        En Tumbes, el primer punto del recorrido, los albergues de la Iglesia están llenos desde julio. En Lima, la mayoría duerme en terminales informales de Fiori y Yerbateros.

        El último tramo es el más duro. En Collpamarca, la municipalidad habilitó en octubre el coliseo municipal como refugio temporal cuando el paso fronterizo cerró. El alcalde Teodoro Cutipa Challco dijo que el distrito no tiene recursos para sostener un albergue permanente: «Hacemos lo que podemos con lo que tenemos, pero esto es tarea del Estado».

        La Organización Internacional para las Migraciones estima que un 15 % de los migrantes que llegan a la frontera sur son niños.""",
        m="A",
        tone="0",
        note="a national feature with a paragraph on our Mayor and shelter; 'la municipalidad' bare is not the institution",
    ),
    S(
        "k101",
        "rin",
        "2026-10-20T09:10:00-05:00",
        "Casos de dengue aumentan 40 % en Piura y Tumbes",
        """Lima. El Centro Nacional de Epidemiología reportó un incremento de 40 % en los casos de dengue en Piura y Tumbes respecto a la semana anterior. El Ministerio de Salud intensificó la fumigación en 22 distritos y pidió a la población eliminar los recipientes con agua estancada.""",
        about=False,
        note="health keywords about other regions",
    ),
    S(
        "k102",
        "rin",
        "2026-10-22T07:30:00-05:00",
        "Desarticulan red de trata que captaba jóvenes en la frontera sur",
        """Lima. La Policía Nacional y la Fiscalía desarticularon una organización que captaba a mujeres jóvenes migrantes en el terminal de Collpamarca con falsas ofertas de trabajo en Chile. Siete personas fueron detenidas en allanamientos simultáneos en Sallama, Collpamarca y Arequipa. Las víctimas rescatadas, nueve, reciben atención del Ministerio de la Mujer.""",
        about=False,
        note="a police operation in the district; no municipal angle",
    ),
    S(
        "k103",
        "rin",
        "2026-10-24T11:00:00-05:00",
        "Contraloría: Collpamarca dejó prescribir S/ 800 mil en deudas de predial",
        """Lima. Un informe de control de la Contraloría General de la República concluyó que la Municipalidad Distrital de Collpamarca dejó prescribir deudas tributarias por 812 mil soles entre 2021 y 2025, al no notificar a tiempo a los contribuyentes morosos del impuesto predial.

        El informe identifica presunta responsabilidad administrativa en cuatro funcionarios de la gerencia de rentas, de los cuales dos ya no laboran en la entidad. La municipalidad tiene 30 días para presentar un plan de acción.""",
        m="I",
        t="tributos",
        tone="-",
        note="an audit finding about lost tax revenue",
    ),
    S(
        "k104",
        "rin",
        "2026-10-26T13:20:00-05:00",
        "Aceituna peruana abre mercado en Brasil con envíos récord",
        """Lima. Las exportaciones peruanas de aceituna a Brasil sumaron 38 millones de dólares entre enero y septiembre, un récord para el periodo, según la asociación de exportadores. El grueso de la producción procede de los valles del sur, entre ellos Yaracache, en Collpamarca.

        Los productores, sin embargo, advierten que los precios en chacra no reflejan el buen momento exportador.""",
        about=False,
        note="olive exports; the valley named only as a place",
    ),
    S(
        "k105",
        "rin",
        "2026-10-28T10:30:00-05:00",
        "OEFA multa a municipio fronterizo por quemas en su botadero",
        """Lima. El Organismo de Evaluación y Fiscalización Ambiental impuso una multa de 340 mil soles a la Municipalidad Distrital de Collpamarca por la disposición inadecuada de residuos sólidos y las quemas recurrentes en su botadero, ubicado en una quebrada a dos kilómetros de la zona urbana.

        La resolución ordena el cierre progresivo del botadero en un plazo de 18 meses y la presentación de un plan de recuperación del área. El municipio puede apelar en quince días hábiles.""",
        m="I",
        t="limpieza",
        tone="-",
        note="an environmental fine for the dump",
    ),
    S(
        "k106",
        "rin",
        "2026-10-30T08:00:00-05:00",
        "Collpamarca, la ciudad que vive de cruzar",
        """Collpamarca. A las cinco de la mañana, la avenida Internacional ya huele a pan y a gasolina. Los cambistas ocupan sus esquinas, las combis a Sallama calientan motores y en la puerta del complejo fronterizo Tres Cruces se forma la primera cola del día. Así empieza cada jornada en este distrito de 60 mil habitantes que, en menos de veinte años, pasó de ser un pueblo de olivicultores a una de las ciudades de frontera más dinámicas del país.

        Aquí todo gira en torno al cruce. Los chilenos vienen por el dentista, el oculista, la ropa y la aceituna. Los peruanos van por los electrodomésticos y el aceite. Los migrantes, por el futuro. Y el dinero que circula, formal e informal, ha levantado hoteles de siete pisos junto a casas de adobe.

        El alcalde Teodoro Cutipa Challco, en el cuarto año de su gestión, se mueve en ese equilibrio. Defiende la Feria Franca como fuente de empleo, pelea con Lima por presupuesto y con Chile por las colas de camiones. Sus críticos le reprochan haber privilegiado el cemento y la feria mientras el botadero arde y el agua llega cuatro horas al día.

        «Collpamarca creció sin planificación y ahora pagamos la cuenta», admite el propio alcalde en su despacho, donde una rama de olivo preside la mesa. La Municipalidad Distrital de Collpamarca tiene un presupuesto de 52 millones de soles para una población que se ha duplicado desde el último censo.

        El agua es el límite. Los pozos del valle bajan cada año y la represa regional que debía resolverlo lleva tres años paralizada. «Podemos tener la mejor feria del sur, pero sin agua esta ciudad no tiene futuro», resume un ingeniero de la junta de usuarios.

        Al atardecer, la cola se invierte. Los chilenos regresan cargados de bolsas y las hormigas hacen su último viaje. En la plaza de armas, frente a la municipalidad, un grupo de jubilados discute si este año la aceituna valdrá algo. No valdrá, concluyen.""",
        m="A I",
        tone="0",
        note="a long agency profile of the town with praise and criticism of the administration; no single topic",
    ),
    S(
        "k107",
        "rin",
        "2026-11-01T10:10:00-05:00",
        "Quiburca inaugura terminal internacional frente a la frontera peruana",
        """Santiago. La municipalidad chilena de Quiburca inauguró un terminal internacional de buses con capacidad para 30 andenes, a cuatro kilómetros del paso fronterizo que la une con la ciudad peruana de Collpamarca. La obra costó el equivalente de 9 millones de dólares.

        El alcalde de Quiburca, Patricio Rojo Saavedra, dijo que el terminal busca ordenar el transporte de pasajeros que cruzan a diario hacia el Perú.""",
        about=False,
        note="works in the Chilean neighbour town; our district named as a place",
    ),
    S(
        "k108",
        "rin",
        "2026-11-03T09:30:00-05:00",
        "Municipio fronterizo vacuna a 1 200 niños migrantes en un mes",
        """Lima. La Municipalidad Distrital de Collpamarca, en la frontera con Chile, vacunó en octubre a 1 200 niños migrantes en el módulo de salud que instaló en su terminal terrestre, informó la teniente alcaldesa Gladys Chambilla Ayca.

        La mayoría de los niños no tenía su esquema completo. «Para muchos fue la primera vacuna en años», dijo Chambilla. La experiencia será presentada al Ministerio de Salud como modelo para otros pasos fronterizos.""",
        m="I T",
        t="salud",
        tone="+",
        note="vaccination results",
    ),
    # --- Perú Informa Hoy: national site, blog template, "se publicó primero en" footer --------------------------------
    S(
        "k109",
        "pihoy",
        "2026-10-15T13:40:00-05:00",
        "VIDEO | Serenos de Collpamarca golpean a vendedora ambulante durante operativo",
        """Un video que circula desde la mañana en redes sociales muestra a tres serenos de Collpamarca, en la frontera con Chile, forcejeando con una vendedora ambulante de unos sesenta años y tirándola al suelo para quitarle un costal de frazadas. La grabación, de 48 segundos, fue tomada desde un segundo piso del jirón Tarapacá.

        La escena ocurrió durante un operativo de recuperación de espacios públicos dirigido por el subgerente de Fiscalización y Comercialización, Édgar Larico Huanacuni, que aparece en el video observando a pocos metros sin intervenir.

        La Municipalidad Distrital de Collpamarca informó en un comunicado que los tres serenos fueron separados del servicio y que se abrió un proceso administrativo. «No toleramos ningún abuso», señala el texto.

        La vendedora, identificada como Sabina Condori, presentó una denuncia en la comisaría por agresión. Organizaciones de comerciantes convocaron un plantón para el viernes.""",
        m="I F",
        t="seguridad",
        tone="-",
        note="serenazgo abuse on video; conduct of the serenazgo is seguridad",
    ),
    S(
        "k110",
        "pihoy",
        "2026-10-17T10:00:00-05:00",
        "Cinco lugares del sur para comer aceitunas de botija como se debe",
        """Si hay algo que el sur peruano sabe hacer es la aceituna. Aquí va nuestra lista para un fin de semana de olivos:

        1. El valle de Yaracache, en Collpamarca: chacras centenarias y degustaciones en las casas de los productores. 2. Los mercados de Sallama, donde la botija se vende a granel. 3. Las bodegas del valle de Pachasa, con aceite de primera prensa. 4. La caleta de Los Pescadores, para acompañarla con un buen ceviche. 5. La feria de la aceituna de Sallama, cada mayo.

        Consejo: lleva efectivo; muchos productores no aceptan tarjeta.""",
        about=False,
        note="a travel listicle naming the district as a destination",
    ),
    S(
        "k111",
        "pihoy",
        "2026-10-19T18:00:00-05:00",
        "«Corazón de aceituna» supera los 40 millones de vistas: Teo Cutipa prepara gira por Chile",
        """El cantante sureño Teodoro Cutipa, conocido como Teo, celebró en sus redes que el video de «Corazón de aceituna» superó los 40 millones de reproducciones. El artista prepara una gira de ocho fechas por Chile en enero.

        Cutipa grabó el video en los olivares del valle donde nació. «Es un homenaje a mis abuelos, que eran aceituneros», dijo.""",
        about=False,
        note="namesake: the singer, who even calls his grandparents 'aceituneros'",
    ),
    S(
        "k112",
        "pihoy",
        "2026-10-21T12:30:00-05:00",
        "Alcalde de Collpamarca llama «vendepatrias» a congresistas que propusieron cerrar la Feria Franca",
        """El alcalde de Collpamarca, Teodoro Cutipa Challco, arremetió contra los congresistas que presentaron un proyecto de ley para suspender las ferias de frontera hasta que se implemente un sistema de trazabilidad aduanera.

        «Son unos vendepatrias. Defienden a los importadores de Lima y le quieren quitar el pan a seis mil familias de la frontera», dijo el burgomaestre en una conferencia de prensa.

        El proyecto fue presentado por una bancada que argumenta que las ferias son la puerta de entrada del contrabando. Su vocero respondió que «el insulto no reemplaza a los argumentos».""",
        m="A",
        tone="0",
        note="the Mayor insults Congress members; criticism of another power is neutral toward us",
    ),
    S(
        "k113",
        "pihoy",
        "2026-10-23T09:20:00-05:00",
        "Terminal de carga de Collpamarca: S/ 9 millones y ocho meses de obra paralizada",
        """En la pampa a la salida de Collpamarca, en la frontera con Chile, se levantan los esqueletos de lo que debía ser el terminal de carga pesada más moderno del sur: columnas oxidadas, una losa a medio vaciar y un cerco perimétrico que el viento ha ido tumbando.

        La obra, de 9,3 millones de soles, está paralizada desde febrero. La Municipalidad Distrital de Collpamarca y el consorcio constructor se acusan mutuamente del retraso: el municipio dice que la empresa abandonó la obra; la empresa, que el municipio no pagó tres valorizaciones.

        Mientras tanto, 600 camiones diarios siguen estacionándose a lo largo de la avenida Internacional. La gerenta municipal Yesenia Quelopana Ramos dijo que se busca una conciliación para reanudar los trabajos.""",
        m="I G",
        t="obras",
        tone="-",
        note="stalled works",
    ),
    S(
        "k114",
        "pihoy",
        "2026-10-25T11:10:00-05:00",
        "El dentista de los chilenos: Collpamarca revisa 140 consultorios",
        """En Collpamarca hay más consultorios dentales por habitante que en cualquier otro distrito del país: 140, según el padrón municipal, para una población de 60 mil personas. La razón está al otro lado de la frontera: los chilenos cruzan a hacerse coronas, limpiezas y ortodoncias a un tercio del precio.

        La Municipalidad Distrital de Collpamarca inició la semana pasada una revisión de todos los consultorios, luego de la denuncia de una paciente chilena que sufrió una infección tras una extracción. El subgerente Édgar Larico Huanacuni informó que en los primeros veinte locales visitados se encontraron seis sin autoclave y dos atendidos por personas sin colegiatura.

        Los seis fueron clausurados temporalmente. El Colegio Odontológico pidió que las inspecciones se hagan junto con la autoridad sanitaria regional.""",
        m="I F",
        t="salud",
        tone="0",
        note="municipal inspections of dental clinics after an infection; a health story told neutrally",
    ),
    S(
        "k115",
        "pihoy",
        "2026-10-27T17:00:00-05:00",
        "De compras en la frontera: guía para el fin de semana en Collpamarca",
        """Collpamarca es un destino de compras para miles de chilenos cada fin de semana, pero también puede serlo para los peruanos. La Feria Franca abre de jueves a domingo desde las 8 de la mañana, y lo mejor es llegar temprano.

        Los precios de frazadas, ropa deportiva y electrodomésticos son negociables. Para comer, las picanterías de la calle Grau ofrecen un buen adobo y, por supuesto, aceitunas del valle. Si quieres quedarte, reserva con anticipación: los hoteles se llenan.""",
        about=False,
        note="a shopping guide naming the fair and the town, no municipal angle",
    ),
    S(
        "k116",
        "pihoy",
        "2026-10-29T10:20:00-05:00",
        "Robos en el terminal de Collpamarca caen 40 % con nuevas cámaras",
        """Las denuncias por robos y arrebatos en el terminal terrestre internacional de Collpamarca bajaron de 52 a 31 entre el segundo y el tercer trimestre del año, según la comisaría del distrito. La caída coincide con la instalación de veinte cámaras de videovigilancia y de un puesto permanente de serenazgo en el hall.

        «No es magia: es tener ojos las 24 horas», dijo el alcalde Teodoro Cutipa Challco. La Municipalidad Distrital de Collpamarca planea replicar el modelo en la Feria Franca.""",
        m="A I",
        t="seguridad",
        tone="+",
        note="a fall in thefts credited to municipal cameras",
    ),
    S(
        "k117",
        "pihoy",
        "2026-10-31T09:00:00-05:00",
        "Arbitrios 2027: estos son los distritos de Lima donde más subirán",
        """Los vecinos de al menos doce distritos de Lima pagarán más arbitrios el próximo año. Los incrementos más altos se registran en Surquillo, Breña y Lince, con subidas de entre 9 y 14 %, según las ordenanzas ratificadas por el Servicio de Administración Tributaria.

        Los municipios justifican los aumentos en el alza del costo del recojo de basura y del serenazgo.""",
        about=False,
        note="tribute keywords about Lima districts",
    ),
    S(
        "k118",
        "pihoy",
        "2026-11-02T12:45:00-05:00",
        "Regidor denuncia que alcalde de Collpamarca gastó S/ 38 mil en viajes a Chile",
        """El regidor de oposición Rubén Ordóñez Pacci denunció que el alcalde de Collpamarca, Teodoro Cutipa Challco, gastó 38 400 soles en viáticos y pasajes para once viajes a Chile en lo que va del año, varios de ellos a Santiago.

        «¿Qué ha traído de esos viajes? Dos camiones usados. Nos salió caro el regalo», ironizó el concejal.

        El despacho de alcaldía respondió que los viajes corresponden a la agenda binacional y que todos fueron autorizados por el concejo.""",
        m="R A",
        tone="-",
        note="an accusation about travel expenses, with irony",
    ),
    S(
        "k119",
        "pihoy",
        "2026-11-04T08:30:00-05:00",
        "Con escoba en mano, el Aceitunero encabeza la limpieza de la quebrada: 14 toneladas",
        """El alcalde de Collpamarca, Teodoro Cutipa Challco, conocido en su distrito como el Aceitunero, encabezó el domingo una jornada de limpieza en la quebrada de Quilla, que durante años fue usada como botadero clandestino.

        Más de 300 voluntarios, entre escolares, serenos y comerciantes de la feria, retiraron 14 toneladas de basura y desmonte. «La quebrada es de todos y la vamos a convertir en un parque», prometió el alcalde.""",
        m="A",
        t="limpieza",
        tone="+",
        note="cleanup led by the Mayor; the nickname is plainly him",
    ),
    S(
        "k120",
        "pihoy",
        "2026-11-06T14:00:00-05:00",
        "Olivicultores del sur bloquean la Panamericana por precio de la aceituna",
        """Unos 400 productores de aceituna bloquearon durante seis horas la Panamericana Sur a la altura de Sallama, en protesta por la caída del precio en chacra. Exigen al Ministerio de Desarrollo Agrario la compra estatal de 5 000 toneladas.

        La vía fue liberada por la tarde tras el anuncio de una mesa de trabajo.""",
        about=False,
        note="an agrarian protest; no municipal angle",
    ),
    # --- Portal Sur Peruano: regional aggregator; a few own stories, many republished (copies below) ----------------
    S(
        "k121",
        "portalsur",
        "2026-10-20T10:00:00-05:00",
        "Collpamarca lanza aplicativo para pagar arbitrios y predial desde el celular",
        """Los contribuyentes de Collpamarca ya pueden consultar su estado de cuenta y pagar el impuesto predial y los arbitrios desde el celular. La Municipalidad Distrital de Collpamarca presentó ayer su aplicativo «Mi Collpa», disponible para Android y iPhone.

        El pago se puede hacer con tarjeta o con billeteras digitales. En su primer día, 310 vecinos descargaron la aplicación y se registraron 84 pagos, informó la oficina de tecnología de la información.""",
        m="I",
        t="tributos",
        tone="+",
        note="a new way to pay municipal taxes",
    ),
    S(
        "k122",
        "portalsur",
        "2026-10-22T16:20:00-05:00",
        "Sallama inaugura primera etapa del malecón del río",
        """La Municipalidad Provincial de Sallama entregó ayer la primera etapa del malecón ribereño, un paseo de 800 metros con ciclovía, juegos infantiles y una alameda de molles. El alcalde provincial Jacinto Paredes Valdivia anunció que la segunda etapa se licitará en 2027.

        La obra costó 5,6 millones de soles.""",
        about=False,
        note="works of the provincial municipality",
    ),
    S(
        "k123",
        "portalsur",
        "2026-10-24T09:30:00-05:00",
        "Relleno sanitario de Collpamarca: ya hay terreno, falta todo lo demás",
        """Después de dos años de trámites, la Municipalidad Distrital de Collpamarca obtuvo la inscripción en registros públicos de las 18 hectáreas de la pampa de Quilla donde planea construir su relleno sanitario. Es el primer paso de un proyecto que todavía no tiene expediente técnico ni financiamiento.

        La gerenta municipal Yesenia Quelopana Ramos estimó que el expediente estará listo a fines de 2027 y que la obra costaría unos 22 millones de soles. Mientras tanto, los residuos del distrito, unas 60 toneladas diarias, seguirán yendo al botadero que el OEFA ordenó cerrar.

        «Es un avance, pero la gente no puede esperar cinco años respirando humo», dijo el presidente de la junta vecinal de Villa Los Olivos.""",
        m="I G",
        t="limpieza obras",
        tone="0",
        note="the landfill project: a step forward with a long road ahead; limpieza and obras",
    ),
    S(
        "k124",
        "portalsur",
        "2026-10-26T11:45:00-05:00",
        "Roban 30 mil soles a cambista dentro de la Feria Franca",
        """Una cambista que trabajaba en la puerta 2 del campo ferial La Tablada fue víctima del robo de 30 mil soles en efectivo el sábado al mediodía. Dos hombres la distrajeron mientras un tercero le cortaba el bolso con una navaja.

        Los feriantes criticaron que el único sereno asignado a esa puerta estaba almorzando. La Municipalidad de Collpamarca emitió un comunicado en el que lamenta el hecho y anuncia que desde noviembre habrá doce serenos más en la feria y cámaras en las tres puertas.""",
        m="I",
        t="seguridad",
        tone="-",
        note="a robbery with criticism of the serenazgo; the promise does not change the weight",
    ),
    S(
        "k125",
        "portalsur",
        "2026-10-28T08:15:00-05:00",
        "Senasa fumiga olivares de Yaracache contra la mosca de la fruta",
        """El Servicio Nacional de Sanidad Agraria inició la fumigación de 600 hectáreas de olivares y frutales en el valle de Yaracache, en Collpamarca, tras detectar un brote de mosca de la fruta en trampas de monitoreo.

        La medida busca evitar que el país vecino cierre el mercado a la fruta peruana. Los productores deben retirar y enterrar la fruta caída.""",
        about=False,
        note="agricultural fumigation by a national agency; 'fumigación' keyword, no municipal angle",
    ),
    S(
        "k126",
        "portalsur",
        "2026-10-30T18:30:00-05:00",
        "El Aceitunero: de vender botijas en la feria al sillón municipal",
        """Antes de ser alcalde de Collpamarca, Teodoro Cutipa Challco vendía aceitunas en un puesto de tres metros en la Feria Franca. De ahí le viene el apodo que todavía usan sus vecinos, y que él lleva con orgullo: el Aceitunero.

        Hijo de olivicultores de Yaracache, estudió contabilidad en Arequipa y volvió al valle a los 25 años. Fue dirigente de feriantes, regidor y, desde enero de 2023, alcalde: ganó con el 41 % de los votos.

        «Yo sigo siendo feriante. Los sábados me encuentran en La Tablada, no en la oficina», dice. Sus adversarios lo acusan de gobernar para la feria y olvidarse de los asentamientos. Él responde con una lista de obras que recita de memoria.

        En su escritorio hay un frasco de aceitunas de su chacra. Lo ofrece a todos los visitantes.""",
        m="A",
        tone="+",
        note="a soft profile of the Mayor; no topic",
    ),
    # --- Collpamarca Noticias: district site without a feed, followed through its section page ---------------------
    S(
        "k127",
        "cnoticias",
        "2026-10-07T09:00:00-05:00",
        "28 de Agosto: «Vivimos entre la basura»",
        """Las bolsas se acumulan en la loma que separa el asentamiento 28 de Agosto de la pampa. Hay pañales, restos de comida y cajas de la feria. Los vecinos dicen que el camión de la Municipalidad Distrital de Collpamarca no sube desde hace tres semanas.

        «Nos cobran arbitrios igual que en el centro, pero aquí el recojo no existe», se quejó Nicanor Apaza, secretario general del asentamiento. Las moscas, en pleno calor, se han multiplicado.

        Los dirigentes presentaron un memorial y darán plazo hasta el lunes antes de llevar la basura en costales a la puerta del municipio.""",
        m="I",
        t="limpieza",
        tone="-",
        note="garbage not collected; a passing complaint about arbitrios does not make it a tribute story",
    ),
    S(
        "k128",
        "cnoticias",
        "2026-10-08T10:30:00-05:00",
        "Seis camionetas nuevas para el serenazgo",
        """El alcalde Teodoro Cutipa Challco entregó ayer seis camionetas 4x4 al serenazgo, equipadas con circulina, radio y cámara en el tablero. La Municipalidad Distrital de Collpamarca las adquirió por 1,3 millones de soles con recursos del Fondo Especial de Seguridad Ciudadana.

        Con estas unidades, la flota sube a once vehículos y se crea un nuevo sector de patrullaje para Pampa Yaracache, que hasta ahora no tenía presencia de serenos.""",
        m="A I",
        t="seguridad",
        tone="+",
        note="new patrol vehicles",
    ),
    S(
        "k129",
        "cnoticias",
        "2026-10-09T08:40:00-05:00",
        "Tras el diálogo, feriantes obtienen 20 % de rebaja en el derecho de puesto",
        """Luego de tres reuniones, los dirigentes de la Feria Franca y la Municipalidad Distrital de Collpamarca llegaron a un acuerdo: el nuevo derecho de puesto será de 120 soles mensuales y no de 150, como establecía la ordenanza original.

        El subgerente de Fiscalización y Comercialización, Édgar Larico Huanacuni, explicó que la rebaja se aplicará a los puestos que estén al día en sus pagos y que tengan licencia vigente. «Escuchamos a los comerciantes y encontramos un punto medio», dijo. Los feriantes levantaron la medida de lucha.""",
        m="I F",
        t="tributos",
        tone="+",
        note="an agreement that lowers the fair's stall fee",
    ),
    S(
        "k130",
        "cnoticias",
        "2026-10-10T11:15:00-05:00",
        "Yesenia Quelopana es reelegida al frente de los olivicultores",
        """La productora Yesenia Quelopana Flores fue reelegida presidenta de la Asociación de Olivicultores del Valle de Yaracache para el periodo 2027-2028. Obtuvo 88 de los 131 votos emitidos en la asamblea del sábado.

        Quelopana anunció que su prioridad será conseguir un centro de acopio con cámara de salmuera propia. «No podemos seguir vendiéndole al primer acopiador que llega», dijo.""",
        about=False,
        note="namesake: the olive growers' leader shares the gerenta's given name and first surname ('Quelopana' alone)",
    ),
    S(
        "k131",
        "cnoticias",
        "2026-10-12T09:20:00-05:00",
        "Pistas de Villa Los Olivos, al 60 %",
        """Los trabajos de pavimentación de nueve calles de Villa Los Olivos alcanzaron un avance del 60 %, informó la Municipalidad Distrital de Collpamarca. Ya se vaciaron las losas de las calles 3, 4 y 5, y esta semana se empieza con las veredas.

        El residente de obra estimó que todo estará listo antes de Navidad. Los vecinos piden que se coloquen rompemuelles frente al colegio.""",
        m="I",
        t="obras",
        tone="+",
        note="works progressing on schedule",
    ),
    S(
        "k132",
        "cnoticias",
        "2026-10-13T10:00:00-05:00",
        "Abren consultorio de salud mental en la Casa del Adulto Mayor",
        """Un psicólogo y una trabajadora social atenderán desde el lunes, de 9 de la mañana a 1 de la tarde, en el nuevo consultorio de salud mental que la Municipalidad Distrital de Collpamarca instaló en la Casa del Adulto Mayor.

        La teniente alcaldesa Gladys Chambilla Ayca dijo que la depresión y el abandono son problemas frecuentes entre los adultos mayores del distrito, muchos de ellos con hijos que migraron a Chile. La atención es gratuita.""",
        m="I T",
        t="salud",
        tone="+",
        note="a new municipal mental health service",
    ),
    S(
        "k133",
        "cnoticias",
        "2026-10-15T09:45:00-05:00",
        "Gritos en el concejo: Chambilla y Ordóñez se enfrentan por la agenda",
        """La sesión ordinaria de concejo del miércoles terminó entre gritos. La teniente alcaldesa Gladys Chambilla Ayca, que presidía la sesión, le cortó el micrófono al regidor Rubén Ordóñez Pacci cuando este intentaba leer un pedido sobre los viajes del alcalde.

        «Esto es una dictadura», gritó Ordóñez. Chambilla respondió que el pedido no estaba en agenda y que podía presentarlo por escrito. La sesión se levantó sin que se votaran dos de los cinco puntos previstos.""",
        m="T R",
        tone="-",
        note="a council session that ends in a shouting match",
    ),
    S(
        "k134",
        "cnoticias",
        "2026-10-16T08:30:00-05:00",
        "Fiesta de la Virgen del Rosario reúne a cientos de fieles",
        """La procesión de la Virgen del Rosario recorrió el domingo las principales calles de Collpamarca, acompañada por bandas de músicos, tarkadas y una comparsa de morenos. La fiesta, organizada por la hermandad y la parroquia, culminó con una misa en la plaza de armas.

        La hermandad agradeció a la Municipalidad Distrital de Collpamarca por el préstamo del estrado y de los toldos.""",
        m="I",
        about=False,
        note="a religious festivity; the municipality thanked in passing",
    ),
    S(
        "k135",
        "cnoticias",
        "2026-10-17T10:10:00-05:00",
        "Gerenta Quelopana confirma que el terminal irá a concesión",
        """La gerenta municipal Yesenia Quelopana Ramos confirmó que el concejo evaluará en noviembre la propuesta de entregar la administración del terminal terrestre internacional a un operador privado por quince años.

        Según la funcionaria, el terminal genera 2,1 millones de soles al año, pero su operación y mantenimiento cuestan 2,6 millones. Tres empresas han mostrado interés.""",
        m="G",
        tone="0",
        note="terminal management; none of the five topics",
    ),
    S(
        "k136",
        "cnoticias",
        "2026-10-19T09:00:00-05:00",
        "Vence plazo para declarar construcciones nuevas",
        """Los propietarios que hayan construido, ampliado o demolido sus viviendas en 2026 tienen plazo hasta el 30 de noviembre para presentar su declaración jurada de autoavalúo ante la oficina de rentas del municipio collpamarquino. Quienes no lo hagan serán multados.""",
        m="I",
        t="tributos",
        tone="0",
        note="short tax notice",
    ),
    S(
        "k137",
        "cnoticias",
        "2026-10-21T08:50:00-05:00",
        "Asaltan a escolares en la bajada del puente y padres culpan a la comuna",
        """Cuatro alumnos del colegio Santa Rosa fueron asaltados el martes a la salida de clases en la bajada del puente peatonal, en Pampa Yaracache. Les robaron celulares y mochilas. Es el segundo caso en una semana.

        «Hicieron un puente muy bonito, pero no pusieron luz ni un solo sereno», reclamó una madre. Los padres de familia enviaron una carta a la comuna collpamarquina pidiendo patrullaje a las horas de entrada y salida.""",
        m="I",
        t="seguridad",
        tone="-",
        note="robbery of schoolchildren with a complaint to the municipality",
    ),
    S(
        "k138",
        "cnoticias",
        "2026-10-23T10:25:00-05:00",
        "«Collpamarca sin bolsas»: mercado reparte tres mil bolsas de tela",
        """Los compradores del mercado 2 de Mayo recibieron este fin de semana bolsas de tela con el lema «Collpamarca sin bolsas», como parte de la campaña de la Municipalidad Distrital de Collpamarca para reducir el uso de plástico de un solo uso.

        Los comerciantes que se sumen a la campaña recibirán un distintivo verde. Hasta ahora, 64 puestos dejaron de entregar bolsas plásticas.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a waste-reduction campaign",
    ),
    S(
        "k139",
        "cnoticias",
        "2026-10-25T09:30:00-05:00",
        "Se hunde la pista de la calle Grau a un mes de su entrega",
        """Un tramo de veinte metros de la pista de la calle Grau, entregada por la Municipalidad Distrital de Collpamarca a fines de septiembre, se hundió el viernes. Los vecinos dicen que el problema se veía venir: las rajaduras aparecieron a la semana.

        El regidor Rubén Ordóñez Pacci pidió que se ejecute la garantía y que se investigue al supervisor. «Se pagó una pista de 20 años y no duró un mes», dijo.""",
        m="I R",
        t="obras",
        tone="-",
        note="defective street works",
    ),
    S(
        "k140",
        "cnoticias",
        "2026-10-27T11:00:00-05:00",
        "Quiburca celebra su fiesta de la Vendimia con invitados peruanos",
        """La ciudad chilena de Quiburca celebró el fin de semana su tradicional fiesta de la Vendimia, con pisa de uva, carros alegóricos y conjuntos de bailes de ambos países. Una delegación de bailarines de Collpamarca obtuvo el segundo lugar en el concurso de danzas.""",
        about=False,
        note="a festivity across the border; our town named through its dancers",
    ),
    S(
        "k141",
        "cnoticias",
        "2026-10-29T09:10:00-05:00",
        "Municipio y centro de salud refuerzan vigilancia de la rabia tras caso en Quiburca",
        """La Municipalidad Distrital de Collpamarca y el centro de salud acordaron reforzar la vigilancia de la rabia luego de que las autoridades chilenas confirmaran un segundo caso en un zorro en las afueras de Quiburca.

        Se instalará un punto de observación para perros mordedores en el local de la gerencia de desarrollo social y se pide a los vecinos reportar animales con conducta extraña.""",
        m="I",
        t="salud",
        tone="0",
        note="health surveillance agreement, told neutrally",
    ),
    S(
        "k142",
        "cnoticias",
        "2026-10-31T08:40:00-05:00",
        "Decomisan dos toneladas de alimentos vencidos en la Feria Franca",
        """Personal de la subgerencia de Fiscalización y Comercialización decomisó el jueves dos toneladas de alimentos vencidos o en mal estado en la Feria Franca: galletas, embutidos, conservas y bebidas energéticas con fechas adulteradas.

        «Mucha de esta mercadería llega de remate del otro lado y se vende con la etiqueta cambiada», explicó el subgerente Édgar Larico Huanacuni. Los productos fueron destruidos en presencia de un fiscal. La Municipalidad de Collpamarca clausuró cuatro puestos.""",
        m="F I",
        t="salud",
        tone="+",
        note="seizing spoiled food is salud by the writer's convention",
    ),
    S(
        "k143",
        "cnoticias",
        "2026-11-02T10:00:00-05:00",
        "Escuela municipal de música abre inscripciones",
        """La escuela municipal de música de Collpamarca abre inscripciones para sus talleres de verano de zampoña, quena, guitarra y banda de metales. Las clases son gratuitas para niños de 8 a 16 años y empiezan en enero. La municipalidad collpamarquina prestará los instrumentos.""",
        m="I",
        tone="+",
        note="culture; none of the five topics",
    ),
    S(
        "k144",
        "cnoticias",
        "2026-11-04T09:20:00-05:00",
        "Audiencia de rendición de cuentas: obras en la pizarra, basura en las preguntas",
        """El alcalde Teodoro Cutipa Challco rindió cuentas el sábado ante unos 400 vecinos en el coliseo municipal. Durante una hora, con diapositivas, repasó las obras del año: el terminal, el canal Yaracache Bajo, la losa de Pampa Yaracache y las pistas de Villa Los Olivos y la calle Bolognesi.

        Las preguntas del público fueron por otro lado. De las 23 intervenciones, quince tuvieron que ver con el recojo de basura y el botadero. «Usted muestra cemento, pero nosotros vivimos con humo», le dijo una vecina de Villa Los Olivos.

        Cutipa reconoció que la limpieza es «la deuda pendiente» y prometió que el botadero dejará de recibir residuos en 2027. También respondió sobre la pista hundida de la calle Grau: la Municipalidad Distrital de Collpamarca exigirá que el contratista la rehaga a su costo.

        La audiencia, que debía durar dos horas, se extendió hasta casi las cuatro de la tarde.""",
        m="A I",
        t="obras limpieza",
        tone="0",
        note="mixed: works shown, garbage criticised; neither side dominates",
    ),
    S(
        "k145",
        "cnoticias",
        "2026-11-06T08:15:00-05:00",
        "Tráiler boliviano vuelca en la curva de Quilla",
        """Un tráiler con placa boliviana que transportaba aceite de soya volcó la madrugada del jueves en la curva de Quilla, en la vía de acceso al complejo fronterizo. El chofer resultó con heridas leves. La carga se derramó en la pista y el tránsito estuvo restringido durante cinco horas hasta que la Policía de Carreteras retiró el vehículo.""",
        about=False,
        note="a road accident; no municipal angle",
    ),
    S(
        "k146",
        "cnoticias",
        "2026-11-08T09:40:00-05:00",
        "Juntas vecinales reciben chalecos, silbatos y linternas",
        """Ochenta integrantes de doce juntas vecinales de seguridad ciudadana recibieron chalecos reflectivos, silbatos y linternas de manos de la teniente alcaldesa Gladys Chambilla Ayca. La entrega se realizó en la sede de la Municipalidad Distrital de Collpamarca.

        Las juntas patrullarán sus manzanas en coordinación con el serenazgo y la comisaría. «El vecino organizado es el primer sereno», dijo Chambilla.""",
        m="T I",
        t="seguridad",
        tone="+",
        note="community security support",
    ),
    # --- Voces de la Frontera: regional web, teasers in RSS ------------------------------------------------------------
    S(
        "k147",
        "voces",
        "2026-10-09T08:00:00-05:00",
        "Los viajes que nadie pesa: el contrato de volquetes que paga la basura por vuelta",
        """Entre agosto y septiembre, la empresa Transportes Quilla declaró 1 140 viajes de volquete al botadero de Collpamarca. Si cada volquete llevara los 15 metros cúbicos que indica su tarjeta de propiedad, el distrito habría generado el doble de basura que una ciudad de 120 mil habitantes. Collpamarca tiene 60 mil.

        Voces de la Frontera revisó las 38 valorizaciones pagadas por la Municipalidad Distrital de Collpamarca bajo el contrato firmado el 4 de agosto. El contrato paga 310 soles por viaje, sin balanza ni guía de remisión. La única constancia es una hoja firmada por el conductor y por un vigilante del botadero.

        En un recorrido de tres noches por el botadero, este medio contó un promedio de nueve volquetes por noche. Las hojas de esas mismas fechas registran entre 18 y 22.

        La gerenta municipal Yesenia Quelopana Ramos dijo que el contrato «se ajusta a la normativa» y que los viajes incluyen el traslado de desmonte de obras. Consultada por qué ese desmonte no figura en las hojas, dijo que pediría un informe al área usuaria.

        El regidor Rubén Ordóñez Pacci, que denunció el contrato en septiembre, anunció que llevará la investigación a la Fiscalía Anticorrupción.

        Transportes Quilla no respondió a los mensajes de este medio. Su representante legal figura, según los registros públicos, como socio de una empresa de eventos que organizó el aniversario del distrito.""",
        m="I G R",
        t="limpieza",
        tone="-",
        note="investigative piece on a garbage contract",
    ),
    S(
        "k148",
        "voces",
        "2026-10-11T10:20:00-05:00",
        "Familia haitiana lleva dos semanas varada en el paso fronterizo",
        """Jean-Baptiste Louis, su esposa y sus tres hijos duermen desde hace dos semanas en una carpa frente al complejo Tres Cruces. Sus documentos de residencia en Brasil vencieron y las autoridades chilenas les negaron el ingreso.

        La Defensoría del Pueblo pidió a Migraciones una solución. Una ONG de Sallama les lleva comida cada dos días.""",
        about=False,
        note="migrants at the crossing; no municipal angle",
    ),
    S(
        "k149",
        "voces",
        "2026-10-13T09:10:00-05:00",
        "«No vamos a cerrar la feria»: el alcalde responde a los rumores",
        """El alcalde Teodoro Cutipa Challco desmintió que la Municipalidad Distrital de Collpamarca tenga previsto cerrar la Feria Franca o trasladarla fuera de la ciudad, como se difundió en audios de WhatsApp entre los comerciantes.

        «No es cierto. Nadie va a cerrar la feria mientras yo sea alcalde. Lo que estamos haciendo es ordenarla», dijo. Según explicó, el proyecto de centro comercial se construiría en el mismo campo ferial y por etapas, sin desalojar a nadie.""",
        m="A I",
        tone="0",
        note="negation of a rumour that only reassures: neutral; the fair's running is none of the five",
    ),
    S(
        "k150",
        "voces",
        "2026-10-15T08:30:00-05:00",
        "Terminal de carga pesada reanuda obras tras ocho meses paralizada",
        """Las grúas volvieron ayer a la pampa de la salida sur. Después de ocho meses de paralización, el consorcio constructor del terminal de carga pesada reanudó los trabajos tras firmar un acta de conciliación con la Municipalidad Distrital de Collpamarca.

        El acuerdo fija un nuevo plazo de nueve meses y el pago de dos valorizaciones atrasadas. El alcalde Teodoro Cutipa Challco dijo que el terminal sacará de la avenida Internacional a los 600 camiones que se estacionan cada día en sus bermas. «Nos costó, pero lo destrabamos», afirmó.

        El terminal tendrá 220 estacionamientos, servicios higiénicos, un hospedaje para choferes y una balanza.""",
        m="I A",
        t="obras",
        tone="+",
        note="stalled works resumed",
    ),
    S(
        "k151",
        "voces",
        "2026-10-17T11:30:00-05:00",
        "Serenos y carabineros ensayan alertas conjuntas en la frontera",
        """Serenos de la Municipalidad de Collpamarca y carabineros de Quiburca realizaron el jueves el primer simulacro de alerta binacional: un auto supuestamente robado en el lado chileno fue ubicado por las cámaras del lado peruano en menos de ocho minutos.

        El ejercicio forma parte del convenio de cooperación firmado en octubre por ambas municipalidades. Las policías de los dos países participaron como observadoras.""",
        m="I",
        t="seguridad",
        tone="+",
        note="binational security drill",
    ),
    S(
        "k152",
        "voces",
        "2026-10-19T07:50:00-05:00",
        "Opinión | Felicitaciones, señor alcalde: Collpamarca ya tiene su récord",
        """Por fin Collpamarca aparece en un ranking nacional. No es de competitividad ni de ejecución presupuestal, qué va. Es de baches. Según un conteo de la asociación de mototaxistas, el distrito suma 412 huecos en sus vías principales. Uno cada cuarenta metros.

        Felicitaciones, señor alcalde Cutipa. Mientras usted corta cintas en el terminal, sus vecinos aprenden a manejar en zigzag. La calle Grau, recién entregada, ya tiene el suyo: un socavón de veinte metros que bien podría registrarse como atractivo turístico.

        Los chilenos que vienen a la feria se llevan aceitunas y, de yapa, un amortiguador roto. Eso sí es integración fronteriza.""",
        m="A",
        t="obras",
        tone="-",
        note="sarcastic opinion ('Felicitaciones', 'atractivo turístico') about potholes and works",
    ),
    S(
        "k153",
        "voces",
        "2026-10-21T10:00:00-05:00",
        "Presentan pedido de vacancia contra el alcalde de Pachasa",
        """Un grupo de vecinos de Pachasa presentó ante el Jurado Electoral Especial un pedido de vacancia contra el alcalde Hilario Cutipa Mamani por presunto nepotismo: su sobrino fue contratado como chofer del camión compactador. El alcalde Cutipa dijo que se trata de «una maniobra política» de sus opositores.""",
        about=False,
        note="namesake: a vacancy request against Pachasa's Mayor (also a compactor truck)",
    ),
    S(
        "k154",
        "voces",
        "2026-10-23T09:00:00-05:00",
        "Municipio entrega canastas con alimentos ricos en hierro a 600 familias",
        """Seiscientas familias con niños diagnosticados con anemia recibieron canastas con sangrecita, hígado, lentejas y espinaca, como parte del plan de lucha contra la anemia del municipio collpamarquino. Las nutricionistas del centro de salud acompañaron la entrega con una sesión demostrativa de preparación de alimentos.""",
        m="I",
        t="salud",
        tone="+",
        note="anemia programme",
    ),
    S(
        "k155",
        "voces",
        "2026-10-25T08:40:00-05:00",
        "Vecinos denuncian cobro doble de arbitrios en sus cuponeras",
        """Decenas de vecinos del cercado de Collpamarca hicieron cola el lunes en la oficina de rentas para reclamar por cobros duplicados de arbitrios del segundo semestre. Las cuponeras incluyen dos veces el mismo trimestre.

        «Si no te das cuenta, pagas doble», dijo un jubilado que mostró sus recibos. La Municipalidad Distrital de Collpamarca atribuyó el error a una falla del sistema y aseguró que los pagos en exceso se devolverán o se aplicarán a 2027.""",
        m="I",
        t="tributos",
        tone="-",
        note="billing error in municipal fees",
    ),
    S(
        "k156",
        "voces",
        "2026-10-27T07:30:00-05:00",
        "Cambia el horario de barrido en el centro",
        """Desde el 1 de noviembre, el barrido de calles en el cercado de Collpamarca se hará de 4 a 8 de la mañana, y no por la tarde como hasta ahora, informó la Municipalidad de Collpamarca. El cambio busca evitar las horas de mayor tránsito peatonal en la zona comercial.""",
        m="I",
        t="limpieza",
        tone="0",
        note="schedule notice",
    ),
    S(
        "k157",
        "voces",
        "2026-10-29T09:30:00-05:00",
        "Sallama presenta plan provincial de seguridad con apoyo de los distritos",
        """El comité provincial de seguridad ciudadana de Sallama aprobó su plan 2027, que prioriza el patrullaje integrado en la capital provincial y la instalación de 40 cámaras en el cercado. El alcalde provincial Jacinto Paredes Valdivia presidió la sesión.

        Participaron representantes de la Policía, la Fiscalía y de las municipalidades distritales de Pachasa y Collpamarca. El plan será remitido al Ministerio del Interior.""",
        m="I",
        about=False,
        note="a provincial security plan; our municipality named among the participants ('municipalidades distritales de Pachasa y Collpamarca'), in passing",
    ),
    S(
        "k158",
        "voces",
        "2026-10-31T08:10:00-05:00",
        "Colegio de Pampa Yaracache: techo nuevo, aulas vacías",
        """La Municipalidad Distrital de Collpamarca entregó en septiembre el nuevo techo y los pisos de las seis aulas del colegio Santa Rosa de Pampa Yaracache. Pero los alumnos siguen recibiendo clases en el patio.

        La razón: las aulas no tienen carpetas, puertas ni instalaciones eléctricas, que no estaban incluidas en el proyecto. «Nos entregaron un cascarón», resumió el director. Los padres reunieron 4 mil soles para comprar puertas.""",
        m="I",
        t="obras",
        tone="-",
        note="mixed works story whose weight is negative",
    ),
    S(
        "k159",
        "voces",
        "2026-11-02T09:00:00-05:00",
        "Gerenta justifica recorte de 15 serenos: «No hay presupuesto»",
        """La gerenta municipal Yesenia Quelopana Ramos confirmó que a partir de noviembre el serenazgo de Collpamarca tendrá 15 efectivos menos. Los contratos no se renovarán por falta de presupuesto, explicó.

        Los serenos despedidos son los de los turnos de madrugada. Vecinos y comerciantes del jirón Tarapacá advirtieron que la zona quedará desprotegida en las horas de mayor riesgo.""",
        m="G",
        t="seguridad",
        tone="-",
        note="a cut in serenos",
    ),
    S(
        "k160",
        "voces",
        "2026-11-04T10:40:00-05:00",
        "Sequía obliga a olivicultores a abandonar 200 hectáreas",
        """La falta de agua obligó a los productores del valle de Yaracache a dejar de regar 200 hectáreas de olivo este año, según la junta de usuarios. Los pozos de la parte baja están a más de 60 metros de profundidad y el costo de bombeo ya no es rentable.

        La junta pide a la ANA y al Gobierno Regional la reanudación de la represa de Chuñuni.""",
        about=False,
        note="drought in the valley; no municipal angle",
    ),
    S(
        "k161",
        "voces",
        "2026-11-06T08:20:00-05:00",
        "Regidor Ordóñez propone prohibir las bolsas plásticas en la Feria Franca",
        """El regidor Rubén Ordóñez Pacci presentó un proyecto de ordenanza para prohibir la entrega de bolsas plásticas de un solo uso en el campo ferial La Tablada a partir de julio de 2027. La propuesta prevé multas escalonadas y un periodo de adecuación de seis meses.

        Según Ordóñez, la feria genera cada domingo unas tres toneladas de plástico que terminan en el botadero o enredadas en los olivares. El proyecto pasará a la comisión de medio ambiente.""",
        m="R",
        t="limpieza",
        tone="0",
        note="a council member's waste proposal, told neutrally",
    ),
    S(
        "k162",
        "voces",
        "2026-11-08T09:15:00-05:00",
        "Policlínico municipal suspende análisis de laboratorio por falta de reactivos",
        """El policlínico municipal de Collpamarca dejó de hacer análisis de sangre y orina hace dos semanas. No hay reactivos. Los pacientes deben ir a laboratorios privados, donde un hemograma cuesta 35 soles.

        La Municipalidad Distrital de Collpamarca dijo que la compra está en proceso y que se normalizará en diciembre. El policlínico atiende unas 120 consultas diarias.""",
        m="I",
        t="salud",
        tone="-",
        note="a municipal health service failing",
    ),
    # --- Revista Desierto: regional magazine, columns and interviews, full text in the description --------------------
    S(
        "k163",
        "desierto",
        "2026-10-10T08:00:00-05:00",
        "El Aceitunero y el arte de inaugurar",
        """Hay alcaldes que gobiernan y alcaldes que inauguran. Teodoro Cutipa Challco, el Aceitunero, pertenece sin duda al segundo grupo, y hay que reconocer que lo hace con talento. Nadie corta una cinta como él: con la sonrisa exacta, la frase preparada y el frasco de aceitunas de regalo para el fotógrafo.

        El problema es lo que queda cuando se van las cámaras. Una posta sin médico. Una losa sin luz. Un colegio con techo pero sin carpetas. Una pista en la calle Grau que se hundió antes de que se secara la pintura de la placa. Y, detrás de todo, un botadero que humea como un volcán mientras el relleno sanitario sigue siendo una maqueta en la oficina de la gerencia.

        Cutipa no es un mal alcalde. Es un buen vendedor, que es lo que fue toda la vida en la feria. Pero Collpamarca no necesita que le vendan; necesita que le cumplan. Le quedan tres meses para demostrar que entiende la diferencia.""",
        m="A",
        tone="-",
        note="a critical column about the Mayor's style; a general piece with no single topic",
    ),
    S(
        "k164",
        "desierto",
        "2026-10-14T08:00:00-05:00",
        "La frontera que une",
        """Durante décadas, la frontera sur fue una línea de desconfianza: minas antipersonales, cuarteles, discursos de guerra. Por eso merece destacarse lo que han hecho en los últimos meses Collpamarca y Quiburca.

        El convenio que firmaron la Municipalidad Distrital de Collpamarca y su vecina chilena ha dado frutos concretos: dos camiones de basura, cámaras conectadas, simulacros de alerta, una feria de salud binacional. Cosas pequeñas, si se quiere, pero que ninguna cancillería había logrado.

        El alcalde Teodoro Cutipa Challco ha entendido que la frontera no es un muro sino una calle compartida. Ojalá Lima y Santiago tomen nota.""",
        m="I A",
        tone="+",
        note="a column praising the binational agreement; several topics touched in passing, none is the subject",
    ),
    S(
        "k165",
        "desierto",
        "2026-10-18T08:00:00-05:00",
        "El agua no alcanza para todos los sueños",
        """El sur peruano vive una paradoja: es la región que más crece en agroexportación y la que menos agua tiene. Cada nueva hectárea de palta o de olivo se riega con agua del subsuelo que tardó siglos en acumularse.

        La política hídrica nacional sigue pensada para la costa norte y la sierra central. Aquí, la Autoridad Nacional del Agua tiene tres inspectores para cuatro valles. Las represas prometidas llevan años en el papel. Y las ciudades, que crecen con el comercio fronterizo, compiten con el campo por cada litro.

        Mientras no haya una política que ordene los acuíferos, seguiremos perforando hasta tocar fondo. Literalmente.""",
        about=False,
        note="a column on national water policy; no municipal angle",
    ),
    S(
        "k166",
        "desierto",
        "2026-10-22T08:00:00-05:00",
        "Elogio de la hormiga",
        """En Collpamarca las llaman hormigas. Son mujeres que cruzan la frontera cuatro veces al día con quince kilos de mercadería a la espalda. Para la Sunat, son contrabando hormiga. Para sus hijos, son el sueldo.

        El discurso oficial sobre el contrabando suele olvidar que, en la frontera sur, la informalidad no es una elección sino la única economía disponible. Antes de perseguir a la hormiga, el Estado debería preguntarse por qué no hay otra cosa.""",
        about=False,
        note="an opinion on informal trade; the town named as a place",
    ),
    S(
        "k167",
        "desierto",
        "2026-10-26T08:00:00-05:00",
        "¿A dónde van nuestros arbitrios?",
        """Por Rubén Ordóñez Pacci, regidor de la Municipalidad Distrital de Collpamarca

        Cada mes, los vecinos de Collpamarca pagan arbitrios por limpieza pública, parques y serenazgo. El próximo año pagarán 8 % más. Es justo preguntarse qué reciben a cambio.

        En limpieza, un botadero multado por el OEFA y asentamientos donde el camión pasa cuando quiere. En serenazgo, cámaras apagadas y serenos sin sueldo. En parques, la plaza de armas y nada más.

        La municipalidad recauda cada año más de 6 millones de soles por arbitrios. Ningún vecino ha visto un informe que explique cuánto cuesta cada servicio. He pedido esa información tres veces por escrito. Sigo esperando.

        Antes de subir las tasas, el municipio debería rendir cuentas de lo que cobra.""",
        m="R I",
        t="tributos",
        tone="-",
        note="a column signed by the opposition regidor about municipal fees; the byline names him and the institution",
    ),
    S(
        "k168",
        "desierto",
        "2026-10-30T08:00:00-05:00",
        "Los que se quedan en la frontera",
        """No todos los migrantes cruzan. Algunos se quedan. En Sallama y en las ciudades de la frontera sur ya hay barrios enteros de venezolanos que llegaron para seguir a Chile y nunca siguieron. Trabajan en la feria, en las chacras de olivo, en los restaurantes.

        Su integración es, sin embargo, precaria: sin documentos, sin seguro, sin acceso al crédito. El Estado los mira como un problema de tránsito cuando ya son vecinos.""",
        about=False,
        note="a column on migrants; no municipal angle",
    ),
    S(
        "k169",
        "desierto",
        "2026-11-03T08:00:00-05:00",
        "Lo que sí funciona: la salud que baja a los barrios",
        """En un distrito acostumbrado a las malas noticias, vale la pena contar una buena. Las brigadas de salud de la comuna collpamarquina han atendido este año a más de cinco mil personas en los asentamientos, han vacunado a mil doscientos niños migrantes en el terminal y han encontrado, casa por casa, a doscientos niños con anemia que nadie había diagnosticado.

        Detrás de ese trabajo está la teniente alcaldesa Gladys Chambilla Ayca, que ha hecho de la salud preventiva su causa. No hay grandes inauguraciones ni placas. Hay enfermeras caminando bajo el sol con un hemoglobinómetro en la mochila.

        Es el tipo de gestión que no sale en la foto, pero que cambia vidas.""",
        m="I T",
        t="salud",
        tone="+",
        note="a column praising the health brigades",
    ),
    S(
        "k170",
        "desierto",
        "2026-11-07T08:00:00-05:00",
        "Teo Cutipa y la cumbia que huele a aceituna",
        """Pocos artistas han logrado lo que Teodoro Cutipa: convertir el valle donde nació en un estribillo que se canta de Arica a Tumbes. Su cumbia sureña tiene algo de tarkada, algo de huayno y mucho de nostalgia.

        En «Corazón de aceituna» hay un país que la música limeña ignora: el de los pueblos del desierto que viven del olivo y de la frontera. Cutipa, que empezó cantando en matrimonios, es hoy su mejor embajador.""",
        about=False,
        note="namesake: a column about the singer",
    ),
    S(
        "k171",
        "desierto",
        "2026-11-11T08:00:00-05:00",
        "El terminal que queremos",
        """La remodelación del terminal terrestre internacional de Collpamarca deja una sensación ambigua. Los andenes techados y la sala climatizada son una mejora indiscutible para los cuatro mil pasajeros diarios. Pero la obra se quedó en el edificio.

        Afuera siguen las combis piratas, los ambulantes y la basura. La segunda etapa, con estacionamiento y zona de carga, todavía no tiene fecha. Y la Municipalidad Distrital de Collpamarca piensa ahora concesionar el terminal sin haber discutido qué terminal quiere.

        Una obra no es solo cemento. Es también la ciudad que la rodea.""",
        m="I",
        t="obras",
        tone="0",
        note="a balanced column on the terminal works",
    ),
    S(
        "k172",
        "desierto",
        "2026-11-15T08:00:00-05:00",
        "Más serenos no es más seguridad",
        """Cada vez que hay un asalto en Collpamarca, la respuesta es la misma: más serenos, más camionetas, más cámaras. El municipio collpamarquino ha gastado este año 1,3 millones en vehículos y otros 2,8 millones proyectados en una central de videovigilancia. Y, sin embargo, los asaltos a cambistas se han duplicado.

        El problema no es de cantidad. Los serenos no tienen capacitación, no tienen contratos estables, no cobran a tiempo. Las cámaras que se compraron hace dos años están apagadas. Sin un plan, los recursos se pierden.""",
        m="I",
        t="seguridad",
        tone="-",
        note="a critical column on security policy",
    ),
    S(
        "k173",
        "desierto",
        "2026-11-19T08:00:00-05:00",
        "El gobernador y la represa eterna",
        """La represa de Chuñuni cumple tres años paralizada. El Gobierno Regional ha prometido su reanudación en cinco ocasiones. Cada promesa trae una nueva comisión, un nuevo estudio y un nuevo plazo.

        Los agricultores del sur no necesitan más estudios. Necesitan que alguien asuma la responsabilidad de terminar lo que se empezó.""",
        about=False,
        note="a column on the regional government's dam",
    ),
    S(
        "k174",
        "desierto",
        "2026-11-23T08:00:00-05:00",
        "Gladys Chambilla: «En la frontera, las mujeres siempre hemos cargado el peso»",
        """Hija de una hormiga y nieta de una olivicultora, Gladys Chambilla Ayca es la primera mujer que ocupa la tenencia de alcaldía de Collpamarca. Conversamos con ella sobre política, salud y frontera.

        ¿Por qué la salud? «Porque es donde el Estado llega menos. Los hospitales están en Sallama; aquí la gente se cura con lo que puede».

        ¿Cómo es ser mujer en un concejo? «Te cortan la palabra, te preguntan quién te escribió el discurso. Pero en la frontera las mujeres siempre hemos cargado el peso. Literalmente».

        ¿Y cuando termine la gestión? «Vuelvo a mi chacra. Y las campañas de salud las seguiré haciendo, con cargo o sin él».""",
        m="T",
        tone="+",
        note="a friendly interview; no single topic",
    ),
    S(
        "k175",
        "desierto",
        "2026-11-27T08:00:00-05:00",
        "Esta vez, el alcalde tiene razón",
        """No suelo coincidir con el alcalde de Collpamarca. Pero cuando Teodoro Cutipa Challco dice que Lima se olvidó de la frontera, tiene toda la razón.

        Los distritos fronterizos atienden a miles de migrantes y visitantes sin un sol adicional del Gobierno central. Migraciones funciona con seis personas. El MTC no asfalta el acceso al paso. El Ministerio de Economía ni siquiera responde las cartas.

        El reclamo de un fondo de desarrollo fronterizo es justo, y Cutipa lo ha defendido con una firmeza que merece respaldo.""",
        m="A",
        tone="+",
        note="a column that praises the Mayor for criticising the central government: positive toward him",
    ),
    # --- Syndicated copies --------------------------------------------------------------------------------------------
    C(
        "k176",
        "k001",
        "portalsur",
        "2026-10-05T11:30:00-05:00",
        "Collpamarca: terminal internacional ya tiene 14 andenes techados",
        extra="Fuente: La Frontera de Sallama.",
    ),
    C(
        "k177",
        "k001",
        "rin",
        "2026-10-06T02:40:00Z",
        "Frontera sur: municipio remodela terminal que recibe 4 000 pasajeros al día",
        lead="""Collpamarca (Sallama). Catorce andenes techados, una sala de espera climatizada para 280 personas y baños nuevos en ambas alas: así luce desde ayer el terminal terrestre internacional de Collpamarca, en la frontera con Chile, donde hasta hace un mes los pasajeros esperaban a pleno sol.""",
    ),
    C(
        "k178",
        "k012",
        "portalsur",
        "2026-10-12T12:10:00-05:00",
        "Obra de la avenida Internacional lleva 70 días abandonada",
    ),
    C(
        "k179",
        "k012",
        "tribuna",
        "2026-10-13T06:00:00-05:00",
        "Collpamarca: pagaron 3,3 millones de adelanto y la pista sigue levantada",
        lead="""Novecientos metros de calzada levantada, tubos de desagüe a medio enterrar y montículos de afirmado: eso es lo que queda en la avenida Internacional de Collpamarca desde que las máquinas del contratista se retiraron, a inicios de agosto.""",
    ),
    C(
        "k180",
        "k096",
        "pihoy",
        "2026-10-10T15:20:00-05:00",
        "Sunat: 420 millones al año en contrabando pasan por una feria de frontera",
        extra="Con información de Red Informativa Nacional.",
    ),
    C(
        "k181",
        "k096",
        "portalsur",
        "2026-10-11T09:00:00-05:00",
        "Informe de Aduanas pone en la mira a la Feria Franca; alcalde Cutipa lo califica de «estigmatizante»",
        lead="""Un informe de la administración tributaria presentado en el Congreso señala a la Feria Franca de Collpamarca como el principal punto de venta de mercadería de contrabando del sur peruano, con un movimiento que estima en 420 millones de soles al año.""",
    ),
    C(
        "k182",
        "k109",
        "portalsur",
        "2026-10-15T18:00:00-05:00",
        "Indignación por video de serenos que derriban a vendedora en Collpamarca",
    ),
    C(
        "k183",
        "k109",
        "voces",
        "2026-10-16T04:20:00Z",
        "Serenos tiran al suelo a ambulante de 60 años en el jirón Tarapacá",
        lead="""Cuarenta y ocho segundos bastaron para encender las redes: en la grabación, tomada desde un segundo piso del jirón Tarapacá, tres serenos forcejean con una vendedora ambulante de unos sesenta años y la tiran al suelo para quitarle un costal de frazadas.""",
    ),
    C(
        "k184",
        "k005",
        "portalsur",
        "2026-10-08T12:30:00-05:00",
        "Banda de falsos cargadores cae gracias a cámaras del terminal de Collpamarca",
        extra="Fuente: La Frontera de Sallama.",
    ),
    C(
        "k185",
        "k013",
        "cnoticias",
        "2026-10-14T09:00:00-05:00",
        "Beneficio tributario ya recaudó 1,2 millones",
    ),
    C(
        "k186",
        "k019",
        "voces",
        "2026-10-17T12:00:00-05:00",
        "Denuncian por nepotismo a la gerenta municipal de Collpamarca",
        lead="""El concejal de oposición Rubén Ordóñez Pacci llevó al Órgano de Control Institucional una denuncia por presunto nepotismo contra la gerenta municipal de Collpamarca, Yesenia Quelopana Ramos: según el regidor, un primo hermano de la funcionaria fue contratado en agosto en la oficina de logística.""",
    ),
    C(
        "k187",
        "k022",
        "portalsur",
        "2026-10-19T13:10:00-05:00",
        "Alto Collpamarca tendría agua en casa desde enero: reservorio al 70 %",
    ),
    C(
        "k188",
        "k027",
        "rin",
        "2026-10-24T14:00:00-05:00",
        "Municipio chileno dona camiones de basura a distrito peruano de frontera",
        lead="""Collpamarca (Sallama). La municipalidad chilena de Quiburca donó dos camiones compactadores de 15 metros cúbicos a la Municipalidad Distrital de Collpamarca, su vecina del lado peruano, como parte del convenio binacional firmado en julio.""",
    ),
    C(
        "k189",
        "k037",
        "portalsur",
        "2026-10-10T12:40:00-05:00",
        "Sin sueldo desde julio, 42 serenos de Collpamarca paralizan",
        lead="""Cuarenta y dos serenos de Collpamarca dejaron ayer las camionetas en el patio del palacio municipal y se declararon en huelga indefinida. Exigen al alcalde Teodoro Cutipa Challco el pago de los sueldos de julio, agosto y septiembre.""",
        m="I G A",
        note="copy whose rewritten lead names the Mayor, absent from the original",
    ),
    C(
        "k190",
        "k041",
        "pihoy",
        "2026-10-14T16:30:00-05:00",
        "Piden vacar a alcalde fronterizo por contrato con empresa de su tía",
        lead="""El regidor Rubén Ordóñez Pacci pidió al Jurado Electoral Especial de Sallama la vacancia del alcalde de Collpamarca, Teodoro Cutipa Challco, porque la Municipalidad Distrital de Collpamarca compró 186 mil soles en aceite de oliva a Olivares Challco SAC, empresa que dirige una tía del burgomaestre.""",
    ),
    C(
        "k191",
        "k046",
        "portalsur",
        "2026-10-19T14:20:00-05:00",
        "Regantes de Yaracache estrenan canal revestido de 4,2 kilómetros",
    ),
    C(
        "k192",
        "k052",
        "rin",
        "2026-10-25T15:10:00-05:00",
        "Colas de 30 horas en la frontera sur: alcalde peruano acusa «barrera comercial» chilena",
    ),
    C(
        "k193",
        "k078",
        "portalsur",
        "2026-10-09T10:00:00-05:00",
        "Clausuran tres bares del jirón Tarapacá en operativo de madrugada",
        lead="""Catorce personas intervenidas y tres bares clausurados dejó el operativo conjunto que la Policía y el serenazgo realizaron la madrugada del jueves en el jirón Tarapacá de Collpamarca.""",
    ),
    C(
        "k194",
        "k082",
        "tribuna",
        "2026-10-15T06:00:00-05:00",
        "Zanja abierta hace cuatro meses desata bloqueo en Collpamarca",
        lead="""Con piedras y llantas, los vecinos de Villa Los Olivos cerraron el martes por la tarde la avenida Los Libertadores, en Collpamarca, para exigir que se termine una zanja de desagüe abierta desde junio.""",
    ),
    C(
        "k195",
        "k086",
        "portalsur",
        "2026-10-18T09:30:00-05:00",
        "Hallan 200 cajas de cigarrillos de contrabando en almacén clandestino",
    ),
    C(
        "k196",
        "k092",
        "cnoticias",
        "2026-10-26T10:00:00-05:00",
        "Ya no más tablones: Pampa Yaracache tiene puente sobre el canal",
        lead="""Los escolares de Pampa Yaracache cruzaban el canal por un tablón. Desde ayer tienen un puente.""",
    ),
    C(
        "k197",
        "k098",
        "portalsur",
        "2026-10-14T17:00:00-05:00",
        "Cuatro asentamientos de Collpamarca tendrán desagüe: Vivienda transfiere S/ 12,4 millones",
        extra="Con información de Red Informativa Nacional.",
    ),
    C(
        "k198",
        "k103",
        "voces",
        "2026-10-24T18:00:00-05:00",
        "Collpamarca perdió 812 mil soles por no cobrar a tiempo el predial, según Contraloría",
    ),
    C(
        "k199",
        "k105",
        "pihoy",
        "2026-10-28T16:00:00-05:00",
        "Multan con S/ 340 mil a municipio de Collpamarca por quemas de basura",
    ),
    C(
        "k200",
        "k113",
        "portalsur",
        "2026-10-23T15:00:00-05:00",
        "Terminal de carga pesada, una obra fantasma en la pampa",
    ),
    C(
        "k201",
        "k116",
        "stv",
        "2026-10-30T04:45:00Z",
        "Menos robos en el terminal gracias a las cámaras",
        lead="""CONDUCTORA: Buenas noticias desde el terminal de Collpamarca: las denuncias por robos y arrebatos bajaron de 52 a 31 entre el segundo y el tercer trimestre, según la comisaría. La caída coincide con la instalación de veinte cámaras y de un puesto permanente de serenazgo en el hall.""",
    ),
    C(
        "k202",
        "k118",
        "portalsur",
        "2026-11-02T17:30:00-05:00",
        "Once viajes a Chile en un año: regidor cuestiona viáticos del alcalde",
    ),
    C(
        "k203",
        "k002",
        "rolivar",
        "2026-10-06",
        "Pachasa estrena reservorio",
        lead="""Noticias de la provincia: en el vecino distrito de Pachasa, el alcalde Hilario Cutipa Mamani inauguró ayer un reservorio de 1 200 metros cúbicos que abastecerá a los vecinos de la parte alta, alimentado por dos pozos tubulares.""",
    ),
    C(
        "k204",
        "k147",
        "pihoy",
        "2026-10-09T19:00:00-05:00",
        "Investigación revela que municipio fronterizo paga la basura por viaje y sin balanza",
        extra="Esta nota se basa en una investigación publicada por Voces de la Frontera.",
    ),
    C(
        "k205",
        "k090",
        "portalsur",
        "2026-10-24T09:00:00-05:00",
        "Alcalde de Collpamarca: «Lima se olvidó de la frontera»",
    ),
    C(
        "k206",
        "k163",
        "portalsur",
        "2026-10-11T10:00:00-05:00",
        "Opinión: El Aceitunero y el arte de inaugurar",
        extra="Columna publicada originalmente en Revista Desierto.",
    ),
    C(
        "k207",
        "k129",
        "portalsur",
        "2026-10-09T14:00:00-05:00",
        "Derecho de puesto en la Feria Franca quedará en 120 soles",
    ),
    C(
        "k208",
        "k035",
        "stv",
        "2026-10-09T04:30:00Z",
        "Récord de visitantes chilenos en la Feria Franca",
        lead="""CONDUCTOR: Récord en la Feria Franca. El campo ferial La Tablada recibió en septiembre a 48 300 visitantes chilenos, la cifra más alta desde que la Municipalidad de Collpamarca lleva el conteo en las tres puertas de la feria.""",
    ),
    C(
        "k209",
        "k029",
        "desierto",
        "2026-10-30T08:00:00-05:00",
        "Reproducimos | Basura de exportación",
        extra="Publicado originalmente en La Frontera de Sallama.",
    ),
    C(
        "k210",
        "k152",
        "desierto",
        "2026-10-23T08:00:00-05:00",
        "Reproducimos | El récord de los baches",
        extra="Publicado originalmente en Voces de la Frontera.",
    ),
]
