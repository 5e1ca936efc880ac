# ruff: noqa: E501
"""Sixth held-out split (issue 16): a second blind figure, about a third invented district.

Written by hand by a new writer (corpus6), for this purpose only, WITHOUT looking at the pipeline's code
(heraldo/monitoring/**), at its baselines, tone or topic dumps, at the other splits' stories (beyond the header,
SOURCES and the first five stories of heldout5, for the format) or at any report of the pipeline on them. Labels
follow the labelling rules of docs/monitoring-evaluation.md and were fixed before the split was ever run; they must
not be changed because of what the pipeline answers. Every name, outlet and place is invented.

Like heldout5, this part brings its own watch list (SETUP), outlets, person codes and template furniture: the
Municipalidad Distrital de Pucaquilla (MDPQ), a district of the central highlands in the province of Huaylamayo.
Its Mayor is a woman.

Codes: m = who is named (A alcaldesa Eulalia Ccorimanya Bustíos «Lala», G gerente municipal Gonzalo Tarazona
Vílchez, T teniente alcalde Herminio Sulca Pariona, R regidor (opposition) Fidel Oblitas Cornejo, P gerenta de
Desarrollo Social Nelly Huarcaya Pumayalli, I the Municipalidad Distrital de Pucaquilla); t = topics (limpieza
seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the
municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own
headline, sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "la alcaldesa pucaquillana", "la alcaldesa de Pucaquilla", "la burgomaestra de Pucaquilla" are a title plus the
  place: they name the Mayor. A bare "la alcaldesa", "la burgomaestra", "la primera autoridad", "la comuna", "el
  municipio", "la gestión edil" do not. "Ccorimanya" alone after the Mayor was named is part of the same mention.
  «Lala» alone counts only where it is plainly her (a story about her administration).
- "Municipalidad (Distrital) de Pucaquilla", "municipio pucaquillano", "comuna pucaquillana", "municipalidad
  pucaquillana", "municipio/comuna de Pucaquilla", "la MDPQ" name the institution. "Vecinos de Pucaquilla", "el
  serenazgo de Pucaquilla", "el distrito", "la gerencia municipal" do not. A person named with a title plus the
  place ("el gerente municipal de Pucaquilla") is that person, not the institution.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly her),
  title plus surname ("el regidor Oblitas", "la gerenta Huarcaya") or a listed alias.
- Traps: Abelardo Ccorimanya Taipe, Mayor of the neighbouring district Ranrapampa ("el alcalde Ccorimanya" there,
  no relative); the huaylarsh singer Eulalia «Lala» Ccorimanya; the footballer Gonzalo Tarazona of Sport
  Huaylamayo; the weaver Herminio Sulca Mayta; the provincial Mayor Mauro Espichán Lezama; a caserío also called
  Pucaquilla in Cajamarca; the Pucaquilla reservoir of the regional government; the river Pucamayo.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the regional or national government is neutral toward us unless the story is about our own
  failure. A mixed story takes the tone a press officer would take away (headline and weight of the text). An
  accusation the official denies is still a story about an accusation (negative). Stories not about the
  municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention (serenos guarding a fair, a council member's medical leave). A story about a road or a health
  post the Mayor asks others to fix takes that topic. Sewage and street works are obras; water cuts, street
  lighting, the slaughterhouse, Vaso de Leche, traffic, culture and sport are none of the five. The market fee
  (sisa) and the enforced collection of debts are tributos municipales.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcalde",
    "R": "regidor_oblitas",
    "P": "gerenta_social",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de Pucaquilla",
        "short_name": "MDPQ",
        "level": "DISTRITAL",
        "province": "Huaylamayo",
        "aliases": ["municipio pucaquillano", "comuna pucaquillana", "Municipalidad de Pucaquilla"],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Eulalia",
            "surnames": "Ccorimanya Bustíos",
            "sex": "F",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "Lala",
            "aliases": ["Lala Ccorimanya", "alcaldesa Ccorimanya", "Ccorimanya Bustíos", "Eulalia Ccorimanya"],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Gonzalo",
            "surnames": "Tarazona Vílchez",
            "sex": "M",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerente Tarazona", "gerente municipal Gonzalo Tarazona"],
        },
        {
            "key": "teniente_alcalde",
            "given_names": "Herminio",
            "surnames": "Sulca Pariona",
            "sex": "M",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcalde Sulca", "regidor Sulca"],
        },
        {
            "key": "regidor_oblitas",
            "given_names": "Fidel",
            "surnames": "Oblitas Cornejo",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Oblitas", "concejal Oblitas"],
        },
        {
            "key": "gerenta_social",
            "given_names": "Nelly",
            "surnames": "Huarcaya Pumayalli",
            "sex": "F",
            "position": "Gerente de Desarrollo Social",
            "position_feminine": "Gerenta de Desarrollo Social",
            "office_code": "GERENTE_DESARROLLO_SOCIAL",
            "aliases": ["gerenta Huarcaya", "Nelly Huarcaya"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "eco": {
        "name": "El Eco de Huaylamayo",
        "host": "elecodehuaylamayo.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 65000,
    },
    "andes": {
        "name": "Diario Los Andes del Centro",
        "host": "losandesdelcentro.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 48000,
    },
    "rpuca": {
        "name": "Radio Pucaquilla Stereo 98.9",
        "host": "radiopucaquilla.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 18000,
    },
    "htv": {
        "name": "Huaylamayo Televisión Canal 9",
        "host": "huaylamayotv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 95000,
    },
    "ain": {
        "name": "Agencia Informativa Nacional",
        "host": "agenciainformativa.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 260000,
    },
    "profundo": {
        "name": "Noticias del Perú Profundo",
        "host": "peruprofundo.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 620000,
    },
    "sierrahoy": {
        "name": "Sierra Noticias Hoy",
        "host": "sierranoticiashoy.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 38000,
    },
    "pinforma": {
        "name": "Pucaquilla Informa",
        "host": "pucaquillainforma.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 5000,
    },
    "vozcentro": {
        "name": "La Voz Vecinal del Centro",
        "host": "vozvecinalcentro.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 21000,
    },
    "cordillera": {
        "name": "Revista Cordillera",
        "host": "revistacordillera.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 11000,
    },
    "expcentro": {
        "name": "Express del Centro",
        "host": "expressdelcentro.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 13000,
    },
    "bvecino": {
        "name": "Boletín El Vecino Pucaquillano",
        "host": "boletinelvecino.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 2000,
    },
    "mirador": {
        "name": "Semanario El Mirador",
        "host": "semanarioelmirador.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 7000,
    },
    "raltiplano": {
        "name": "Radio Altiplano Centro",
        "host": "radioaltiplanocentro.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 12000,
    },
}

FURNITURE = {
    "old_comments": [
        "Esa Lala Ccorimanya se la pasa viajando a Lima mientras aquí nos come el polvo",
        "El municipio pucaquillano cobra puntualito el predial pero las calles siguen rotas",
    ],
    "old_most_read": "Asaltan a comerciante de ganado en la feria de Ranrapampa",
    "old_motto": "La voz de la sierra central desde 1987",
    "old_city": "Huaylamayo",
    "section_agenda": "Ranrapampa celebra la fiesta de la Cruz de Mayo con corrida de toros",
    "hostile_place": "Pucaquilla",
    "hostile_alias": "municipio pucaquillano",
    "error_page_outlet": "Radio Altiplano Centro, la señal que une la sierra",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expcentro": {
        "name": "Express del Centro",
        "outlet": "expcentro",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["q032", "q145"],
        "cut_at": 0.7,
    },
    "bvecino": {"name": "Boletín El Vecino Pucaquillano", "outlet": "bvecino", "format": "bomb", "path": "/rss"},
    "mirador": {"name": "Semanario El Mirador", "outlet": "mirador", "format": "xxe", "path": "/feed/"},
    "raltiplano": {
        "name": "Radio Altiplano Centro",
        "outlet": "raltiplano",
        "format": "html_error",
        "path": "/noticias/feed.xml",
    },
    "eco": {
        "name": "El Eco de Huaylamayo",
        "outlet": "eco",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "andes": {
        "name": "Diario Los Andes del Centro",
        "outlet": "andes",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/provincias.xml",
    },
    "rpuca": {
        "name": "Radio Pucaquilla Stereo 98.9",
        "outlet": "rpuca",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticias",
    },
    "htv": {"name": "Huaylamayo Televisión Canal 9", "outlet": "htv", "format": "atom", "path": "/atom.xml"},
    "ain": {"name": "Agencia Informativa Nacional", "outlet": "ain", "format": "atom", "path": "/regiones/feed.atom"},
    "profundo": {
        "name": "Noticias del Perú Profundo",
        "outlet": "profundo",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "sierrahoy": {
        "name": "Sierra Noticias Hoy",
        "outlet": "sierrahoy",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas.rss",
    },
    "pinforma": {
        "name": "Pucaquilla Informa",
        "outlet": "pinforma",
        "format": "section",
        "template": "section",
        "path": "/locales",
    },
    "vozcentro": {
        "name": "La Voz Vecinal del Centro",
        "outlet": "vozcentro",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/noticias.xml",
    },
    "cordillera": {
        "name": "Revista Cordillera",
        "outlet": "cordillera",
        "format": "rss",
        "mode": "description",
        "path": "/opinion/rss",
    },
}

STORIES = [
    # --- El Eco de Huaylamayo: provincial daily, full text in RSS, priority ---------------------------------------------
    S(
        "q001",
        "eco",
        "2026-10-19T07:20:00-05:00",
        "Jirón Ayacucho ya tiene pista: 620 metros de concreto tras dos años de espera",
        """Los comerciantes del jirón Ayacucho guardaron ayer las escobas con las que cada mañana sacaban el polvo de sus tiendas. La Municipalidad Distrital de Pucaquilla entregó los 620 metros de pista rígida, con cunetas, veredas de metro y medio y sardineles pintados.

        La inversión fue de 3,4 millones de soles y el contratista terminó con veinte días de adelanto, según el acta firmada por el supervisor. «Ahora la combi de Huaylamayo entra hasta la esquina», celebró Felícitas Rojas, dueña de una ferretería.

        La alcaldesa Eulalia Ccorimanya Bustíos adelantó que el jirón Junín será el siguiente en la lista.""",
        m="I A",
        t="obras",
        tone="+",
        note="delivered street works told through figures; 'pista rígida', not 'pavimentación'",
    ),
    S(
        "q002",
        "eco",
        "2026-10-19T18:10:00-05:00",
        "Abelardo Ccorimanya coloca la primera piedra del coliseo de Ranrapampa",
        """El alcalde distrital de Ranrapampa, Abelardo Ccorimanya Taipe, colocó ayer la primera piedra del coliseo multiusos que se levantará junto a la plaza de toros de ese distrito.

        La obra costará 5,1 millones de soles, financiados con recursos del canon minero. «Nuestros jóvenes ya no tendrán que viajar para entrenar vóley», dijo el alcalde Ccorimanya ante unos trescientos vecinos.""",
        about=False,
        note="namesake: the neighbouring Mayor shares the surname ('el alcalde Ccorimanya' of Ranrapampa)",
    ),
    S(
        "q003",
        "eco",
        "2026-10-20T08:00:00-05:00",
        "Municipalidad de Pucaquilla notificará a 1 300 contribuyentes con deudas del predial",
        """La Municipalidad de Pucaquilla empezará la próxima semana a repartir 1 300 esquelas a propietarios que arrastran deudas del impuesto predial de 2024 y 2025.

        Según la oficina de rentas, quienes se acerquen antes del 15 de noviembre podrán fraccionar lo que deben en seis cuotas sin intereses. Pasada esa fecha, los expedientes pasarán al ejecutor coactivo.""",
        m="I",
        t="tributos",
        tone="0",
        note="neutral notice of a collection drive",
    ),
    S(
        "q004",
        "eco",
        "2026-10-21T06:45:00-05:00",
        "Nueve días sin agua en el Mercado Central; comerciantes apuntan a la comuna",
        """Las vendedoras de jugos del Mercado Central de Pucaquilla compran bidones en la calle desde hace nueve días. La bomba del mercado se quemó el 11 de octubre y nadie la ha cambiado.

        «Lavamos los vasos con agua de balde, así no se puede trabajar», reclamó Dionisia Quispe, secretaria de la asociación de comerciantes. El gerente municipal Gonzalo Tarazona Vílchez dijo que la compra está en trámite, pero no dio una fecha.

        Los comerciantes advierten que cerrarán sus puestos el lunes si la comuna pucaquillana no resuelve el problema.""",
        m="I G",
        tone="-",
        note="a municipal service failing; water supply is none of the five topics",
    ),
    S(
        "q005",
        "eco",
        "2026-10-22T07:30:00-05:00",
        "Hurtos en la plaza de armas caen de 57 a 19 desde que los serenos patrullan a pie",
        """La comisaría de Pucaquilla registró 19 hurtos en la plaza de armas y sus alrededores entre julio y setiembre. En el mismo trimestre del año pasado fueron 57.

        El cambio coincide con los turnos de serenos a pie que empezaron en junio, con dos parejas fijas en cada esquina hasta la medianoche. El teniente alcalde Herminio Sulca Pariona, que preside la comisión de seguridad ciudadana del concejo, atribuyó la mejora al trabajo coordinado con la Policía.

        Los comerciantes de la plaza pidieron extender el horario hasta las dos de la mañana los fines de semana.""",
        m="T",
        t="seguridad",
        tone="+",
        note="an outcome told through numbers; the institution is not named, only 'el concejo'",
    ),
    S(
        "q006",
        "eco",
        "2026-10-23T21:05:00-05:00",
        "Gonzalo Tarazona anota doblete y Sport Huaylamayo se ilusiona con la Copa Perú",
        """Con dos goles de cabeza de Gonzalo Tarazona, Sport Huaylamayo venció 3-1 a Defensor Ranrapampa y pasó a la etapa departamental de la Copa Perú.

        El delantero, de 22 años, suma once tantos en el torneo. «Le dedico los goles a mi mamá, que vino desde Jauja», declaró Tarazona al final del partido.""",
        about=False,
        note="namesake: a footballer with the gerente municipal's given name and surname",
    ),
    S(
        "q007",
        "eco",
        "2026-10-24T08:15:00-05:00",
        "Regidor Oblitas denuncia sobreprecio en la compra de una compactadora",
        """El regidor Fidel Oblitas Cornejo presentó ante la Contraloría una denuncia por la compra de un camión compactador de 15 metros cúbicos que el municipio pucaquillano adquirió en setiembre por 890 000 soles.

        Según el concejal, la misma unidad se ofrece en el catálogo de Perú Compras a 640 000 soles. «Son 250 000 soles que bien pudieron ir a contenedores para los anexos», afirmó.

        La oficina de logística respondió por escrito que el precio incluía mantenimiento por tres años.""",
        m="R I",
        t="limpieza",
        tone="-",
        note="an accusation of overpricing in the garbage service",
    ),
    S(
        "q008",
        "eco",
        "2026-10-25T07:00:00-05:00",
        "Brigadas casa por casa inmunizan a 1 800 niños en tres semanas",
        """Un total de 1 800 niños menores de cinco años recibieron sus dosis contra el sarampión, la polio y la neumonía en la campaña que la Municipalidad Distrital de Pucaquilla organizó con la red de salud de Huaylamayo.

        Las brigadas recorrieron a pie los 14 anexos. «Hubo comunidades donde ningún niño tenía el carné completo», contó la gerenta de Desarrollo Social, Nelly Huarcaya Pumayalli, que acompañó las salidas.

        La cobertura del distrito pasó de 61 % a 93 %, según la red.""",
        m="I P",
        t="salud",
        tone="+",
        note="'inmunizan' and 'dosis', not 'vacunación'",
    ),
    S(
        "q009",
        "eco",
        "2026-10-26T09:40:00-05:00",
        "Ccorimanya acusa al MEF de congelar 4 millones para ampliar el centro de salud",
        """La alcaldesa de Pucaquilla, Eulalia Ccorimanya, acusó al Ministerio de Economía de retener desde junio la transferencia de 4 millones de soles para ampliar el centro de salud del distrito, un proyecto que tiene expediente aprobado y terreno saneado.

        «En Lima se olvidan de que aquí las madres dan a luz en un pasadizo», dijo Ccorimanya, que viajará la próxima semana para reunirse con el viceministro de Hacienda.

        El MEF no respondió a las consultas de este diario.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticising the national government: neutral toward us; the story is about the health centre",
    ),
    S(
        "q010",
        "eco",
        "2026-10-27T08:20:00-05:00",
        "Feria de la papa nativa: 60 productores y ventas por 180 000 soles",
        """Sesenta productores de las comunidades altas vendieron 42 toneladas de papa nativa en la primera feria organizada por el municipio pucaquillano en el estadio.

        Los puestos se agotaron antes del mediodía del domingo. Los serenos ordenaron el ingreso de los vehículos y una brigada de limpieza recogió los costales al final de la jornada.

        Los organizadores calculan que las ventas llegaron a 180 000 soles y ya preparan una segunda edición para marzo.""",
        m="I",
        tone="+",
        note="passing mentions of serenos and cleaning: no topic",
    ),
    S(
        "q011",
        "eco",
        "2026-10-28T10:00:00-05:00",
        "Caserío Pucaquilla, en Cajamarca, recibe por fin la luz eléctrica",
        """Las 48 familias del caserío Pucaquilla, en la provincia cajamarquina de Cutervo, encendieron ayer sus primeros focos. El proyecto de electrificación rural del Ministerio de Energía y Minas llegó después de once años de gestiones.

        «Mis hijos ya no van a estudiar con vela», dijo Segundo Díaz, teniente gobernador del caserío.""",
        about=False,
        note="a hamlet with the district's name in another region",
    ),
    S(
        "q012",
        "eco",
        "2026-10-29T07:50:00-05:00",
        "Seis meses de retraso: el puente Cullcuy sigue sin tablero",
        """En abril, la alcaldesa de Pucaquilla prometió que el puente Cullcuy estaría listo para la campaña de cosecha. Es fines de octubre y la estructura sigue sin tablero: solo hay dos estribos de concreto y una pasarela de tablones.

        Los agricultores de Cullcuy cruzan el río con los sacos al hombro. «Ya perdimos una cosecha de habas esperando», reclamó Teófilo Mallqui, presidente de la comunidad.

        La alcaldesa Ccorimanya atribuyó la demora a un adicional de obra que el contratista pidió en agosto.""",
        m="A",
        t="obras",
        tone="-",
        note="a promise overdue",
    ),
    S(
        "q013",
        "eco",
        "2026-10-30T06:30:00-05:00",
        "Extorsiones a transportistas se triplican en la ciudad de Huaylamayo",
        """La división policial de Huaylamayo registró 37 denuncias por extorsión a empresas de transporte entre enero y octubre, frente a doce del año anterior.

        Los dirigentes de las empresas de combis pidieron al Ministerio del Interior un patrullaje permanente en los paraderos de la capital provincial, donde tres choferes fueron atacados a balazos desde agosto.""",
        about=False,
        note="security keywords in a story about the provincial capital, no municipal angle of ours",
    ),
    S(
        "q014",
        "eco",
        "2026-10-31T08:05:00-05:00",
        "Quien pague los arbitrios del año por adelantado tendrá 20 % de descuento",
        """El gerente municipal de Pucaquilla, Gonzalo Tarazona, informó que los contribuyentes que cancelen en diciembre los arbitrios de todo 2027 pagarán 20 % menos.

        El beneficio alcanza a los predios de uso de vivienda y a las bodegas de hasta 50 metros cuadrados. Los pagos se reciben en la caja del palacio municipal y por transferencia bancaria.""",
        m="G",
        t="tributos",
        tone="0",
        note="a notice of a discount, told flat",
    ),
    S(
        "q015",
        "eco",
        "2026-11-01T09:30:00-05:00",
        "Vecinos de Santa Bárbara bloquean el acceso al botadero y exigen su cierre",
        """Con piedras y troncos, unos cien vecinos de Santa Bárbara cerraron ayer la trocha que lleva al botadero de la comuna pucaquillana. Dicen que el humo de los desperdicios quemados llega a sus casas cada tarde.

        El gerente municipal Gonzalo Tarazona Vílchez se comprometió en 2025 a cerrarlo antes de diciembre de ese año. «Pasó un año y el cerro de bolsas sigue creciendo», dijo la dirigenta Marcelina Huamán.

        Los camiones recolectores no pudieron descargar y regresaron llenos a la ciudad.""",
        m="I G",
        t="limpieza",
        tone="-",
        note="dump site: 'desperdicios', 'bolsas'; a past promise",
    ),
    S(
        "q016",
        "eco",
        "2026-11-02T11:00:00-05:00",
        "Pucaquilla celebra 81 años de creación política con desfile escolar",
        """Delegaciones de 22 colegios desfilaron ayer por la avenida Túpac Amaru en el aniversario 81 del distrito. La alcaldesa Eulalia Ccorimanya Bustíos presidió la ceremonia junto al subprefecto y al párroco.

        En su discurso, la burgomaestra recordó a los fundadores del pueblo y pidió a los jóvenes no abandonar el campo.""",
        m="A",
        tone="0",
        note="protocol: a speech at an anniversary",
    ),
    S(
        "q017",
        "eco",
        "2026-11-03T19:45:00-05:00",
        "Lala Ccorimanya estrena huaylarsh y anuncia gira por Lima y Santiago",
        """La cantante Eulalia «Lala» Ccorimanya presentó anoche en Huaylamayo «Flor de retama», el primer tema de su nuevo disco, acompañada por la orquesta Los Magníficos del Mantaro.

        La intérprete, de 29 años, anunció una gira de doce fechas que incluye Lima y Santiago de Chile. «Canto lo que cantaba mi abuela en las cosechas», dijo Lala Ccorimanya.""",
        about=False,
        note="namesake: a singer with the Mayor's name and nickname ('Lala Ccorimanya' is a listed alias)",
    ),
    S(
        "q018",
        "eco",
        "2026-11-04T07:10:00-05:00",
        "La anemia infantil en Pucaquilla baja de 41 % a 23 % en dos años",
        """Casi uno de cada cuatro niños menores de tres años de Pucaquilla tiene hoy anemia; en 2024 eran cuatro de cada diez. El dato es del tamizaje de hemoglobina que la red de salud terminó en octubre.

        La Municipalidad Distrital de Pucaquilla reparte desde entonces sangrecita y menestras a 900 familias y paga a 30 promotoras que visitan las casas. «La meta es bajar de 15 % en 2027», dijo la gerenta de Desarrollo Social, Nelly Huarcaya.""",
        m="I P",
        t="salud",
        tone="+",
        note="outcome in figures",
    ),
    S(
        "q019",
        "eco",
        "2026-11-05T08:45:00-05:00",
        "Concejo aprueba préstamo de 12 millones para asfaltar el cercado; Oblitas vota en contra",
        """Con siete votos a favor y uno en contra, el concejo de la Municipalidad de Pucaquilla autorizó anoche un préstamo de 12 millones de soles con el Banco de la Nación para asfaltar 30 cuadras del cercado.

        El regidor Fidel Oblitas votó en contra: sostuvo que la deuda hipotecará a las próximas dos gestiones. La mayoría respondió que las calles no pueden esperar a la próxima transferencia del canon.

        Los trabajos empezarían en abril, si el banco aprueba el crédito.""",
        m="I R",
        t="obras",
        tone="0",
        note="a council decision with a dissent: neutral",
    ),
    S(
        "q020",
        "eco",
        "2026-11-06T22:30:00-05:00",
        "Encapuchados asaltan agencia de una caja municipal en el centro de Huaylamayo",
        """Cuatro hombres armados se llevaron unos 60 000 soles de una agencia de la Caja Municipal de Ahorro en la avenida Real de Huaylamayo, la tarde del jueves.

        La Policía busca a los asaltantes, que huyeron en una camioneta sin placa hacia la salida a Lima.""",
        about=False,
        note="'caja municipal' and 'asaltan' in another town: not about us",
    ),
    S(
        "q021",
        "eco",
        "2026-11-07T07:40:00-05:00",
        "Las cámaras de la comuna pucaquillana llevan cuatro meses apagadas",
        """De las 16 cámaras que la comuna pucaquillana instaló en 2025, ninguna graba desde julio. El contrato de mantenimiento venció y nadie lo renovó.

        La semana pasada, una familia del jirón Huáscar pidió las imágenes del robo de su moto. «Nos dijeron que las cámaras son de adorno», contó Rosa Inga.""",
        m="I",
        t="seguridad",
        tone="-",
        note="'cámaras', not 'videovigilancia'",
    ),
    S(
        "q022",
        "eco",
        "2026-11-08T09:00:00-05:00",
        "Tarazona: «La planta de compostaje estará lista en marzo»",
        """El gerente municipal Gonzalo Tarazona Vílchez afirmó que la planta de compostaje de Pucaquilla, que procesará los restos orgánicos del mercado, empezará a funcionar en marzo.

        La planta recibirá unas cuatro toneladas diarias. Tarazona precisó que falta instalar la zaranda y capacitar a diez operarios.""",
        m="G",
        t="limpieza",
        tone="0",
        note="an announcement with no result yet",
    ),
    S(
        "q023",
        "eco",
        "2026-11-09T10:20:00-05:00",
        "Gobierno Regional recorta el presupuesto de la represa Pucaquilla",
        """El Gobierno Regional redujo de 48 a 20 millones de soles el presupuesto 2027 de la represa Pucaquilla, que almacenaría agua para 2 000 hectáreas de cultivo.

        El gerente regional de Infraestructura explicó que la obra se reprogramará en dos etapas. Las juntas de usuarios de riego anunciaron una marcha a la sede regional.""",
        about=False,
        note="a regional project that carries the district's name; 'obra' keyword",
    ),
    S(
        "q024",
        "eco",
        "2026-11-10T07:15:00-05:00",
        "Chacapampa estrena losa deportiva y un aula para talleres",
        """Los jóvenes de la comunidad de Chacapampa jugaron ayer el primer partido en su losa deportiva de grass sintético, construida por el municipio pucaquillano con 420 000 soles.

        El local incluye un aula de usos múltiples donde se darán talleres de tejido. El teniente alcalde Herminio Sulca cortó la cinta junto a los dirigentes comunales.""",
        m="I T",
        t="obras",
        tone="+",
    ),
    S(
        "q025",
        "eco",
        "2026-11-12T08:30:00-05:00",
        "Intoxicación en Tambillo: el reservorio municipal no se cloraba desde julio",
        """Treinta y dos escolares de Tambillo fueron atendidos en la posta por diarrea y fiebre la semana pasada. Los análisis de la Dirección Regional de Salud encontraron coliformes en el reservorio que abastece al anexo.

        El reservorio está a cargo de la Municipalidad de Pucaquilla, cuyo operario dejó de clorar el agua en julio por falta de insumos, según el informe. La gerencia municipal ha anunciado que comprará hipoclorito esta semana.""",
        m="I",
        t="salud",
        tone="-",
        note="a health outbreak traced to a municipal failing",
    ),
    S(
        "q026",
        "eco",
        "2026-11-14T07:55:00-05:00",
        "Viaje de la alcaldesa a Lima costó 14 000 soles en viáticos",
        """La alcaldesa pucaquillana, Eulalia Ccorimanya Bustíos, y tres funcionarios gastaron 14 200 soles en pasajes, hotel y viáticos durante su viaje de cinco días a Lima, según la resolución publicada en el portal de transparencia.

        El regidor Fidel Oblitas calificó el gasto de «turismo con plata del pueblo». La alcaldesa sostuvo que en Lima logró compromisos para el hospital, aunque ninguno figura todavía por escrito.""",
        m="A R",
        tone="-",
        note="mixed (she claims results) but the weight is the expense",
    ),
    S(
        "q027",
        "eco",
        "2026-11-16T08:10:00-05:00",
        "Municipio pucaquillano reabre el camal tras cumplir las exigencias de Senasa",
        """El camal municipal de Pucaquilla volvió a beneficiar reses el sábado, después de cuatro meses clausurado. El municipio pucaquillano cambió los pisos, instaló agua caliente y una cámara de frío.

        Senasa levantó la clausura tras una inspección el jueves. Los carniceros del mercado ya no tendrán que llevar sus animales hasta Huaylamayo.""",
        m="I",
        tone="+",
        note="the slaughterhouse is none of the five topics",
    ),
    S(
        "q028",
        "eco",
        "2026-11-18T09:25:00-05:00",
        "Abigeos se llevan 40 ovejas en las alturas de Huayllaccocha",
        """Comuneros de Huayllaccocha, en la parte alta de Pucaquilla, denunciaron el robo de 40 ovejas y 6 vacas en una sola noche. Es el cuarto caso de abigeato en el año.

        Las rondas campesinas montaron guardia en los corrales y pidieron a la comisaría de Huaylamayo un patrullaje en las punas.""",
        about=False,
        note="cattle theft in the district, rondas and police only: no municipal angle",
    ),
    S(
        "q029",
        "eco",
        "2026-11-20T07:35:00-05:00",
        "El canal de Ichuhuasi ya riega 300 hectáreas",
        """Por primera vez en diez años, las chacras de Ichuhuasi recibieron agua en noviembre. El canal revestido de 7,2 kilómetros que construyó la Municipalidad de Pucaquilla lleva el agua de la laguna hasta 300 hectáreas de papa y cebada.

        «Antes se perdía la mitad del agua en el camino», explicó el presidente de la comisión de regantes. La alcaldesa Eulalia Ccorimanya anunció que la segunda etapa llegará hasta Pallcca.""",
        m="I A",
        t="obras",
        tone="+",
    ),
    S(
        "q030",
        "eco",
        "2026-11-22T08:00:00-05:00",
        "La recaudación del predial cae 18 % y el municipio lo atribuye a la crisis",
        """La Municipalidad de Pucaquilla recaudó 1,9 millones de soles por impuesto predial hasta octubre, 18 % menos que en el mismo periodo del año pasado.

        El gerente municipal Gonzalo Tarazona dijo que la caída del precio de la papa golpeó a los contribuyentes. El regidor de oposición recordó que la meta del año era 2,8 millones y que la cobranza se suspendió dos meses por el cambio de sistema.""",
        m="I G",
        t="tributos",
        tone="-",
        note="'el regidor de oposición' unnamed is not a mention",
    ),
    S(
        "q031",
        "eco",
        "2026-11-24T07:20:00-05:00",
        "Los recolectores llegarán desde diciembre a los 14 anexos",
        """Desde el 1 de diciembre, los camiones de la comuna pucaquillana recogerán los residuos de los 14 anexos del distrito una vez por semana. Hasta ahora solo llegaban al cercado y a tres comunidades cercanas.

        El gerente municipal Gonzalo Tarazona explicó que la ampliación es posible gracias a la nueva compactadora y a un segundo turno de choferes. Las comunidades recibieron el cronograma en asamblea.""",
        m="I G",
        t="limpieza",
        tone="+",
    ),
    S(
        "q032",
        "eco",
        "2026-11-26T08:40:00-05:00",
        "Alerta de un sereno permite capturar a tres ladrones de cables",
        """Tres hombres fueron detenidos la madrugada del miércoles cuando cortaban cables de cobre del alumbrado en la avenida Túpac Amaru. Un sereno de la Municipalidad de Pucaquilla los vio desde la central de cámaras y alertó al patrullero.

        Los detenidos tenían en su camioneta 200 metros de cable. La comisaría investiga si pertenecen a la banda que dejó a oscuras tres barrios en octubre.""",
        m="I",
        t="seguridad",
        tone="+",
        note="also in the truncated Express del Centro feed",
    ),
    S(
        "q033",
        "eco",
        "2026-11-27T09:10:00-05:00",
        "Ccorimanya descarta subir los arbitrios en 2027",
        """La alcaldesa Eulalia Ccorimanya descartó cualquier alza de los arbitrios para el próximo año, pese a que el costo del combustible de los camiones subió 22 %.

        «Ningún vecino de Pucaquilla pagará un sol más por barrido o recojo en 2027», dijo. La ordenanza que congela las tasas se votará en la sesión de concejo del 3 de diciembre.""",
        m="A",
        t="tributos",
        tone="+",
        note="negation as good news: no increase",
    ),
    # --- Diario Los Andes del Centro: regional paper, teasers in RSS, 2009 table template with comments -------------
    S(
        "q034",
        "andes",
        "2026-10-19T06:20:00-05:00",
        "Mototaxistas de Pucaquilla denuncian cobros sin recibo por los permisos de circulación",
        """Dirigentes de cuatro asociaciones de mototaxis de Pucaquilla afirman que, para renovar el permiso de circulación, se les pide pagar 150 soles en efectivo a un trabajador del área de transportes, sin comprobante.

        «El TUPA dice 48 soles y te dan recibo; lo demás es para que no te demoren el trámite», dijo Ruperto Chanca, de la asociación Señor de Muruhuay. El municipio pucaquillano no respondió a la consulta de este diario hasta el cierre de la edición.

        Los mototaxistas entregarán sus pruebas a la fiscalía anticorrupción el lunes.""",
        m="I",
        tone="-",
        note="transport permits: no topic",
    ),
    S(
        "q035",
        "andes",
        "2026-10-21T07:00:00-05:00",
        "Pucaquilla y Ranrapampa se unen para construir un relleno sanitario común",
        """Los alcaldes de Pucaquilla y Ranrapampa firmaron un convenio para construir y operar juntos un relleno sanitario en la pampa de Yanacancha, a medio camino entre ambos distritos.

        La alcaldesa pucaquillana, Eulalia Ccorimanya, y su colega de Ranrapampa, Abelardo Ccorimanya Taipe, que no son parientes, bromearon sobre el apellido durante la firma. El proyecto debe pasar aún por el Ministerio del Ambiente.""",
        m="A",
        t="limpieza",
        tone="0",
        note="both Ccorimanyas in one story; a signed agreement with no result yet; 'los alcaldes de Pucaquilla' plural",
    ),
    S(
        "q036",
        "andes",
        "2026-10-23T08:10:00-05:00",
        "Escolares del colegio Mariscal Cáceres de Pucaquilla ganan olimpiada regional de matemática",
        """Tres alumnas de quinto de secundaria del colegio Mariscal Cáceres de Pucaquilla ocuparon los tres primeros puestos de la olimpiada regional de matemática, organizada por la UGEL.

        Su profesor, Aurelio Yauri, las prepara los sábados desde marzo. Las tres representarán a la región en la etapa nacional en Lima.""",
        about=False,
        note="a school's success with no municipal angle",
    ),
    S(
        "q037",
        "andes",
        "2026-10-25T06:55:00-05:00",
        "Sin gasolina, tres camionetas del serenazgo pasan la semana estacionadas",
        """Desde el martes, las tres camionetas del serenazgo de Pucaquilla no salen a patrullar: no hay combustible. El proveedor suspendió el despacho porque se le deben tres meses.

        Los serenos hacen rondas a pie en el cercado, pero los barrios altos quedaron sin vigilancia. La alcaldesa no respondió las llamadas; en la gerencia municipal dijeron que el pago «está en tesorería».""",
        about=True,
        t="seguridad",
        tone="-",
        note="position-only: the serenazgo, 'la alcaldesa' and 'la gerencia municipal' are not named mentions",
    ),
    S(
        "q038",
        "andes",
        "2026-10-27T07:25:00-05:00",
        "Cierran el jirón Lima por trabajos de desagüe durante 45 días",
        """La Municipalidad Distrital de Pucaquilla cerrará desde el lunes las cuadras 2 a 6 del jirón Lima para cambiar las tuberías de alcantarillado, que tienen más de cuarenta años.

        Los vehículos serán desviados por el jirón Arequipa. La comuna pidió paciencia a los vecinos y anunció que la vía se repondrá con concreto nuevo.""",
        m="I",
        t="obras",
        tone="0",
        note="sewage works: obras; a traffic notice, neutral",
    ),
    S(
        "q039",
        "andes",
        "2026-10-29T06:40:00-05:00",
        "Gerente Tarazona niega favoritismo en el concurso de las pistas del cercado",
        """Dos postores descalificados acusan al comité de selección de haber armado las bases a la medida del consorcio Los Andes, ganador del concurso para asfaltar ocho cuadras del cercado de Pucaquilla por 2,6 millones de soles.

        El gerente municipal Gonzalo Tarazona Vílchez negó cualquier favoritismo: «Las bases se publicaron en el Seace y cualquiera podía observarlas». Los postores presentaron una apelación ante el OSCE.""",
        m="G",
        t="obras",
        tone="-",
        note="a denied accusation is still a story about an accusation; 'concurso' rather than 'licitación'",
    ),
    S(
        "q040",
        "andes",
        "2026-10-31T07:05:00-05:00",
        "Colegios de Pucaquilla reciben 200 tachos para separar residuos",
        """La Municipalidad de Pucaquilla entregó 200 tachos de colores a los 22 colegios del distrito, para que los alumnos separen plásticos, papel y restos orgánicos.

        Un recolector pasará los viernes por el material reciclable, que se venderá para financiar las brigadas ambientales escolares.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "q041",
        "andes",
        "2026-11-02T08:30:00-05:00",
        "Huaico aísla a tres anexos; maquinaria municipal reabre la trocha en ocho horas",
        """Un huaico sepultó el domingo 200 metros de la trocha que une Pucaquilla con los anexos de Pallcca, Cruzpata y Huancachupa.

        Un cargador frontal y una retroexcavadora de la comuna pucaquillana trabajaron toda la noche y dejaron la vía transitable a las seis de la mañana del lunes. «Pensábamos que íbamos a estar una semana aislados», dijo la presidenta de Cruzpata.""",
        m="I",
        tone="+",
        note="emergency response, not a construction work: no topic",
    ),
    S(
        "q042",
        "andes",
        "2026-11-04T07:45:00-05:00",
        "Teniente alcalde Sulca pide licencia de veinte días por salud",
        """El teniente alcalde de Pucaquilla, Herminio Sulca Pariona, pidió al concejo una licencia de veinte días para someterse a una operación de la vesícula en Huancayo.

        Mientras dure su ausencia, la regidora Zenobia Ticse presidirá la comisión de seguridad ciudadana.""",
        m="T",
        tone="0",
        note="'salud' and 'seguridad ciudadana' in passing: no topic",
    ),
    S(
        "q043",
        "andes",
        "2026-11-06T06:35:00-05:00",
        "Perros sin dueño en Miraflores Alto: municipio anuncia campaña de esterilización",
        """Vecinos de Miraflores Alto denunciaron que jaurías de perros callejeros atacan a los escolares en la bajada al colegio. Este año hubo seis mordeduras.

        La Municipalidad de Pucaquilla respondió que en diciembre esterilizará a 300 perros con apoyo de una veterinaria de Huancayo y que instalará un albergue temporal.""",
        m="I",
        tone="0",
        note="stray dogs: none of the five topics",
    ),
    S(
        "q044",
        "andes",
        "2026-11-08T09:15:00-05:00",
        "Balacera en una discoteca de Huaylamayo deja dos heridos",
        """Dos jóvenes resultaron heridos de bala en la madrugada del sábado en una discoteca del jirón Libertad, en Huaylamayo.

        Testigos contaron que un grupo de hombres disparó tras una pelea en la puerta. La Policía detuvo a uno de los presuntos atacantes.""",
        about=False,
    ),
    S(
        "q045",
        "andes",
        "2026-11-10T07:20:00-05:00",
        "Las cámaras prometidas para los paraderos nunca llegaron",
        """En marzo, la comuna pucaquillana anunció doce cámaras para los paraderos de combis, donde se concentran los arrebatos de celulares. Faltan tres semanas para que acabe el año y no se ha colocado ni un poste.

        «Cada semana le quitan el celular a alguien en el paradero de la salida», contó Norma Ticlla, que vende emoliente en la esquina. En la municipalidad explicaron que el proceso de compra quedó desierto dos veces.""",
        m="I",
        t="seguridad",
        tone="-",
        note="a promise overdue; 'arrebatos', 'cámaras'",
    ),
    S(
        "q046",
        "andes",
        "2026-11-13T08:00:00-05:00",
        "Festival del cuy atrae a 5 000 visitantes a Pucaquilla",
        """Más de cinco mil personas llegaron el fin de semana al festival del cuy organizado por la Municipalidad de Pucaquilla en la plaza de armas. Los 40 restaurantes participantes vendieron unos 6 000 platos.

        Los hoteles del distrito colgaron el cartel de completo. La comuna anunció que el festival se repetirá cada noviembre.""",
        m="I",
        tone="+",
    ),
    S(
        "q047",
        "andes",
        "2026-11-16T06:50:00-05:00",
        "Contraloría detecta pagos duplicados en la remodelación de la plaza de Pucaquilla",
        """Un informe de la Contraloría encontró que la Municipalidad Distrital de Pucaquilla pagó dos veces por las bancas y las luminarias de la remodelación de la plaza de armas, concluida en 2025.

        El perjuicio se calcula en 312 000 soles. El informe identifica responsabilidades en cuatro funcionarios de la gerencia de infraestructura y recomienda iniciar acciones legales.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "q048",
        "andes",
        "2026-11-19T07:30:00-05:00",
        "Tejedor pucaquillano Herminio Sulca Mayta gana el premio nacional de artesanía",
        """El tejedor Herminio Sulca Mayta, de 67 años, ganó el primer premio del concurso nacional de artesanía con un tapiz de lana de alpaca que representa la fiesta del agua de su comunidad.

        Sulca Mayta aprendió el oficio de su padre y enseña a tejer a sus ocho nietos. El premio incluye una beca para exponer en Madrid.""",
        about=False,
        note="namesake: the teniente alcalde's given name and first surname",
    ),
    S(
        "q049",
        "andes",
        "2026-11-22T08:25:00-05:00",
        "Madres del Vaso de Leche reciben latas vencidas",
        """Los comités del Vaso de Leche de cuatro barrios de Pucaquilla devolvieron 600 latas de leche evaporada que vencían en octubre. Las habían recibido la semana pasada.

        La gerenta de Desarrollo Social, Nelly Huarcaya, dijo que el proveedor las cambiará y que se le aplicará una penalidad. Las dirigentas recuerdan que en junio pasó lo mismo con la avena.""",
        m="P",
        tone="-",
        note="Vaso de Leche is none of the five topics",
    ),
    S(
        "q050",
        "andes",
        "2026-11-25T07:10:00-05:00",
        "Pucaquilla supera la meta del MEF en cobranza de deudas atrasadas",
        """La Municipalidad de Pucaquilla fue el único distrito de la provincia que cumplió la meta de cobranza de deudas atrasadas del impuesto predial que fija el programa de incentivos del Ministerio de Economía: recuperó el 104 % de lo exigido al 31 de octubre.

        El logro le dará al distrito un bono de 380 000 soles. Los otros nueve municipios de la provincia se quedaron por debajo del 80 %.""",
        m="I",
        t="tributos",
        tone="+",
    ),
    # --- Radio Pucaquilla Stereo 98.9: district radio, transcripts in the description, date-only pubDate ------------
    S(
        "q051",
        "rpuca",
        "2026-10-19",
        "Alcaldesa anuncia vacunación casa por casa contra la influenza",
        """Buenos días, Pucaquilla. En nuestro enlace de esta mañana, la alcaldesa Eulalia Ccorimanya informó que desde el lunes brigadas recorrerán las casas para vacunar contra la influenza a los mayores de 60 años y a los niños.

        La alcaldesa pidió a las familias tener a la mano el DNI y el carné. Las brigadas empezarán por los barrios de la parte alta, donde ya llegaron las heladas.""",
        m="A",
        t="salud",
        tone="0",
        note="radio transcript; an announcement",
    ),
    S(
        "q052",
        "rpuca",
        "2026-10-20",
        "Barrio Santa Cruz: robos al paso y ni un sereno a la vista",
        """En la línea abierta de Radio Pucaquilla, vecinos del barrio Santa Cruz denunciaron que en octubre van ya seis arranchos de carteras en la bajada al mercado.

        «Llamamos a la central del serenazgo y nos dicen que no tienen unidad», dijo una oyente. Otro vecino pidió a la Municipalidad de Pucaquilla que ponga al menos un sereno en la hora de salida de los colegios.""",
        m="I",
        t="seguridad",
        tone="-",
        note="'arranchos', a listener's complaint",
    ),
    S(
        "q053",
        "rpuca",
        "2026-10-21",
        "Clásico Sport Pucaquilla ante Juventud Ranrapampa termina a golpes",
        """El clásico de la liga distrital terminó ayer con la tribuna invadida y el árbitro escoltado por la Policía. Sport Pucaquilla ganaba 2-1 cuando un penal anulado desató la pelea.

        La liga suspendió el estadio de Ranrapampa por tres fechas.""",
        about=False,
    ),
    S(
        "q054",
        "rpuca",
        "2026-10-22",
        "Gerente Tarazona explica los cortes de agua en el barrio alto",
        """El gerente municipal Gonzalo Tarazona llamó a la radio para explicar los cortes de agua en los barrios Alto Perú y San Cristóbal. Según dijo, la captación de Yanaorcco bajó a la mitad por la falta de lluvias y el agua se reparte por turnos de seis horas.

        Tarazona pidió no regar chacras con agua potable mientras dure el estiaje.""",
        m="G",
        tone="0",
        note="water supply is none of the five topics",
    ),
    S(
        "q055",
        "rpuca",
        "2026-10-23",
        "Ambulantes del mercado pasarán a la losa de la calle Sucre",
        """La Municipalidad de Pucaquilla informó que los 80 ambulantes que ocupan la calle Comercio serán trasladados desde el 2 de noviembre a la losa de la calle Sucre, donde se les asignarán puestos numerados.

        Los dirigentes de los ambulantes pidieron que se les dé toldos y un baño.""",
        m="I",
        tone="0",
    ),
    S(
        "q056",
        "rpuca",
        "2026-10-24",
        "Oblitas: «En dos años, la gestión de Lala no ha vaciado ni una vereda»",
        """En el programa La Hora del Vecino, el regidor Fidel Oblitas Cornejo afirmó que la gestión de Lala Ccorimanya no ha terminado una sola obra de pistas y veredas de las 18 que ofreció en campaña.

        «Hay carteles, hay maquetas, hay primeras piedras; lo que no hay es cemento», dijo el concejal. Oblitas pidió una sesión extraordinaria para revisar el avance de cada proyecto.""",
        m="R A",
        t="obras",
        tone="-",
        note="the opposition's criticism; the nickname with the surname",
    ),
    S(
        "q057",
        "rpuca",
        "2026-10-26",
        "La nueva compactadora ya recorre el cercado",
        """Desde el sábado, el nuevo camión recolector de la comuna pucaquillana recorre las calles del cercado de lunes a sábado. Los vecinos que escuchan Radio Pucaquilla llamaron para contar que, por fin, ya no hay bolsas en las esquinas del jirón Bolívar.

        La unidad tiene capacidad para 15 metros cúbicos y reemplaza a un volquete que tenía veinte años.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "q058",
        "rpuca",
        "2026-10-27",
        "Cuatro postas sin medicinas; la alcaldesa oficiará a la Diresa",
        """El dirigente de Huancachupa, Leoncio Porras, denunció en nuestra radio que las cuatro postas del distrito no tienen paracetamol ni sales de rehidratación desde hace un mes.

        La alcaldesa de Pucaquilla, Eulalia Ccorimanya, dijo que las postas dependen de la Dirección Regional de Salud y que enviará un oficio «para que dejen de castigar a nuestras comunidades».""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticising the regional health directorate: neutral toward us",
    ),
    S(
        "q059",
        "rpuca",
        "2026-10-29",
        "Comentario: felicitaciones, la feria dominical ya tiene su propio cerro",
        """Comentario de la mañana. Felicitemos a la comuna pucaquillana: en apenas tres domingos ha logrado que la feria de la avenida Túpac Amaru tenga su propio cerro de cáscaras, plásticos y cartones, con vista al río.

        Los feriantes pagan su cuota cada semana, pero el barrido llega el martes, cuando los perros ya repartieron todo por la avenida. Ojalá que el próximo domingo alguien se acuerde de mandar el camión.""",
        m="I",
        t="limpieza",
        tone="-",
        note="sarcasm: 'felicitemos' with a pile of waste",
    ),
    S(
        "q060",
        "rpuca",
        "2026-10-30",
        "Sereno herido al frustrar asalto a una bodega",
        """Un sereno de la Municipalidad de Pucaquilla resultó herido en el brazo al enfrentar a dos hombres que intentaban asaltar una bodega del jirón Huancas la noche del jueves.

        Uno de los asaltantes fue capturado por los vecinos y entregado a la Policía. La bodeguera contó a nuestra radio que el sereno llegó en menos de dos minutos tras su llamada.""",
        m="I",
        t="seguridad",
        tone="+",
    ),
    S(
        "q061",
        "rpuca",
        "2026-11-01",
        "El cementerio abrirá hasta las 8 de la noche por Todos los Santos",
        """El municipio amplió el horario del cementerio general hasta las ocho de la noche el 1 y el 2 de noviembre. Habrá agua en los caños de la entrada y vigilancia en la puerta.

        La alcaldesa pidió a las familias no dejar velas encendidas al retirarse.""",
        about=True,
        tone="0",
        note="position-only: 'el municipio' and 'la alcaldesa' without a name or place",
    ),
    S(
        "q062",
        "rpuca",
        "2026-11-03",
        "Fidel Oblitas pide auditar el Vaso de Leche",
        """El regidor Fidel Oblitas presentó una moción para que la Contraloría audite el programa Vaso de Leche de Pucaquilla. Según el concejal, el padrón tiene 412 beneficiarios que no aparecen en ningún comité.

        La moción se votará en la próxima sesión de concejo.""",
        m="R",
        tone="-",
        note="suspicion of a padded register: negative; no topic",
    ),
    S(
        "q063",
        "rpuca",
        "2026-11-05",
        "Jornada médica en Huancachupa atiende a 700 comuneros",
        """Setecientas personas pasaron ayer por la jornada médica gratuita que la Municipalidad de Pucaquilla llevó a Huancachupa, con médicos de un hospital de Lima. Hubo consultas de pediatría, odontología y oftalmología, y se entregaron 220 lentes.

        La gerenta de Desarrollo Social, Nelly Huarcaya, contó a nuestra radio que la próxima jornada será en Pallcca.""",
        m="I P",
        t="salud",
        tone="+",
        note="'jornada médica', not 'campaña de salud'",
    ),
    S(
        "q064",
        "rpuca",
        "2026-11-07",
        "El Pucamayo crece y amenaza las chacras de Ranrapampa",
        """El caudal del río Pucamayo subió durante la noche y se llevó un tramo de defensa ribereña en Ranrapampa. Los agricultores de la zona baja sacaron sus animales a las lomas.

        Defensa Civil de Ranrapampa pidió sacos de arena a la región.""",
        about=False,
        note="a river named like the district, another district's emergency",
    ),
    S(
        "q065",
        "rpuca",
        "2026-11-09",
        "Cinco semanas sin robos de vivienda en el cercado",
        """La comisaría informó a Radio Pucaquilla que en las últimas cinco semanas no se ha presentado ninguna denuncia por robo de vivienda en el cercado del distrito. En setiembre hubo once.

        Desde octubre, la Municipalidad de Pucaquilla mantiene una camioneta del serenazgo que recorre el cercado toda la noche junto a un efectivo policial.""",
        m="I",
        t="seguridad",
        tone="+",
        note="an outcome told as an absence",
    ),
    S(
        "q066",
        "rpuca",
        "2026-11-11",
        "Recibos de arbitrios llegan con el doble del monto",
        """Decenas de vecinos llamaron a la radio para quejarse de que sus recibos de arbitrios del cuarto trimestre llegaron con montos duplicados. En algunos casos, el cobro pasó de 38 a 76 soles.

        En la Municipalidad de Pucaquilla atribuyeron el error al nuevo sistema informático y dijeron que se emitirán recibos corregidos, pero los vecinos hicieron cola toda la mañana para reclamar.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "q067",
        "rpuca",
        "2026-11-13",
        "Alcaldesa critica a la región por la carretera abandonada a Huaylamayo",
        """La alcaldesa de Pucaquilla, Eulalia Ccorimanya Bustíos, criticó al Gobierno Regional por tener paralizado desde hace un año el asfaltado de la carretera Pucaquilla–Huaylamayo, una obra regional de 80 millones de soles.

        «Nos prometieron la vía en 2025 y hoy las combis demoran dos horas para 40 kilómetros», dijo en nuestra cabina. El Gobierno Regional atribuye la paralización a un arbitraje con el contratista.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticising the regional government: neutral toward us; the story is about a road",
    ),
    S(
        "q068",
        "rpuca",
        "2026-11-15",
        "Voluntarios y trabajadores municipales limpian la ribera del Pucamayo",
        """Más de 200 voluntarios, escolares y trabajadores de la comuna pucaquillana sacaron el sábado 11 toneladas de plásticos y llantas de la ribera del río Pucamayo, a su paso por el cercado.

        La municipalidad colocó diez letreros que prohíben arrojar desmonte y anunció multas para quien lo haga.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "q069",
        "rpuca",
        "2026-11-17",
        "Comerciantes rechazan el alza de la sisa en el mercado",
        """Los comerciantes del Mercado Central rechazaron el aumento de la sisa de 1 a 2,50 soles diarios aprobado por la Municipalidad de Pucaquilla. Dicen que el mercado sigue sin agua y con los techos rotos.

        La asociación de comerciantes anunció que no pagará la nueva tarifa hasta que la comuna haga las reparaciones.""",
        m="I",
        t="tributos",
        tone="-",
        note="the market fee is a municipal tax (convention)",
    ),
    S(
        "q070",
        "rpuca",
        "2026-11-19",
        "Fiestas patronales: la alcaldesa pide no manejar después de brindar",
        """En la víspera de la fiesta de San Andrés, la alcaldesa de Pucaquilla, Eulalia Ccorimanya, pidió a los mayordomos y a los visitantes no conducir después de tomar.

        Habrá patrullaje policial en la salida a Huaylamayo y control de alcoholemia. La fiesta, con corrida de toros y castillos, dura cuatro días.""",
        m="A",
        tone="0",
        note="a passing mention of patrols: no topic",
    ),
    S(
        "q071",
        "rpuca",
        "2026-11-21",
        "Gerenta Huarcaya: «Tenemos 312 niños con anemia y los vamos a ubicar a todos»",
        """La gerenta de Desarrollo Social de Pucaquilla, Nelly Huarcaya Pumayalli, dijo en nuestra radio que el padrón municipal registra 312 niños menores de tres años con anemia.

        Huarcaya explicó que las promotoras visitarán a cada familia para entregar hierro y enseñar a preparar platos con hígado y sangrecita.""",
        m="P",
        t="salud",
        tone="0",
    ),
    S(
        "q072",
        "rpuca",
        "2026-11-24",
        "Vecinos de la calle Bolognesi agradecen el asfaltado",
        """Los vecinos de la calle Bolognesi llamaron a la cabina para agradecer a los obreros que terminaron el asfaltado de su cuadra en solo tres semanas. «Llevábamos veinte años pidiendo», dijo la señora Eusebia.

        La municipalidad informó que la misma cuadrilla pasará ahora a la calle Grau.""",
        about=True,
        t="obras",
        tone="+",
        note="position-only: 'la municipalidad' without the place",
    ),
    # --- Huaylamayo Televisión Canal 9: transcripts in Atom, UTC times near midnight in Lima -------------------------
    S(
        "q073",
        "htv",
        "2026-10-20T04:15:00Z",
        "Noche de terror: asaltan a los pasajeros de una combi en la subida a Pucaquilla",
        """Cuatro delincuentes armados detuvieron anoche una combi en la curva de Chaupimayo, en la subida a Pucaquilla, y despojaron de sus celulares y dinero a los doce pasajeros.

        Los pasajeros llegaron a pie a la comisaría de Huaylamayo. La Policía revisa las cámaras de un grifo cercano.""",
        about=False,
        note="a robbery on the highway, police only; 22:15 in Lima the day before",
    ),
    S(
        "q074",
        "htv",
        "2026-10-22T03:40:00Z",
        "Pucaquilla inaugura su central de monitoreo con 24 cámaras",
        """La Municipalidad de Pucaquilla puso en marcha su central de monitoreo, desde donde seis operadores vigilarán las 24 horas las imágenes de 24 cámaras instaladas en las entradas del distrito y en los colegios.

        La alcaldesa Eulalia Ccorimanya Bustíos recorrió la central durante la inauguración. En la primera semana de prueba, las cámaras permitieron recuperar dos motos robadas.""",
        m="I A",
        t="seguridad",
        tone="+",
        note="'cámaras', 'central de monitoreo'",
    ),
    S(
        "q075",
        "htv",
        "2026-10-24T04:50:00Z",
        "La alcaldesa de Pucaquilla responde por su viaje a Lima",
        """En entrevista con nuestro noticiero, la alcaldesa de Pucaquilla, Eulalia Ccorimanya, explicó que su viaje de la próxima semana a Lima tiene como objetivo reunirse con tres ministerios para destrabar proyectos del distrito.

        «Si no vamos a tocar puertas, el presupuesto se lo llevan otros», dijo. Anunció que a su regreso presentará un informe al concejo.""",
        m="A",
        tone="0",
        note="the Mayor explains herself; neither praise nor blame",
    ),
    S(
        "q076",
        "htv",
        "2026-10-26T05:20:00Z",
        "Se desploma el techo de un aula que la municipalidad refaccionó hace un año",
        """El techo de calamina y madera de un aula del colegio 30455 de Pucaquilla se vino abajo durante la lluvia del domingo. No había alumnos.

        El municipio pucaquillano había refaccionado esa aula en 2025 por 95 000 soles. Los padres de familia exigen que se revise la obra y que se sancione al contratista.""",
        m="I",
        t="obras",
        tone="-",
        note="00:20 in Lima, same day as the UTC date",
    ),
    S(
        "q077",
        "htv",
        "2026-10-28T03:10:00Z",
        "El alcalde provincial Mauro Espichán inaugura el terminal terrestre de Huaylamayo",
        """El alcalde provincial de Huaylamayo, Mauro Espichán Lezama, inauguró el nuevo terminal terrestre de la ciudad, con 28 andenes y una zona de encomiendas.

        Las empresas que salen a Lima dejarán de embarcar en la avenida Real desde el 1 de noviembre.""",
        about=False,
        note="the provincial Mayor: not ours",
    ),
    S(
        "q078",
        "htv",
        "2026-10-30T04:30:00Z",
        "Un mes sin recojo en el anexo Pallcca",
        """Las familias del anexo Pallcca, a media hora del cercado de Pucaquilla, queman sus desperdicios en los patios porque el camión no sube desde finales de setiembre.

        «Nos dicen que la trocha está mala, pero la combi sí sube todos los días», reclamó el presidente comunal. La comuna pucaquillana no respondió a nuestro pedido de entrevista.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "q079",
        "htv",
        "2026-11-03T04:05:00Z",
        "Más de 400 vecinos se acogen al perdón de multas en la primera semana",
        """Cuatrocientos doce contribuyentes se pusieron al día en la primera semana de la amnistía que ofrece la Municipalidad de Pucaquilla, que perdona el cien por ciento de las multas e intereses del predial y los arbitrios atrasados.

        El gerente municipal Gonzalo Tarazona dijo que en siete días se recaudaron 186 000 soles, más que en todo setiembre.""",
        m="I G",
        t="tributos",
        tone="+",
    ),
    S(
        "q080",
        "htv",
        "2026-11-05T03:55:00Z",
        "Mujer denuncia maltrato de serenos durante un operativo",
        """Una vendedora de comida denunció ante nuestras cámaras que dos serenos de la Municipalidad de Pucaquilla la empujaron y le voltearon la olla durante un operativo contra el comercio ambulatorio en la avenida Túpac Amaru.

        El video, grabado por un transeúnte, circula en redes sociales. La municipalidad dijo que investigará a los trabajadores.""",
        m="I",
        t="seguridad",
        tone="-",
    ),
    S(
        "q081",
        "htv",
        "2026-11-07T04:40:00Z",
        "Sulca Pariona asume el despacho por viaje de la alcaldesa",
        """El teniente alcalde Herminio Sulca Pariona se encargará del despacho de alcaldía mientras la alcaldesa Ccorimanya cumple su agenda en Lima, hasta el 12 de noviembre.

        Sulca dijo que en esos días firmará solo documentos de trámite.""",
        m="T A",
        tone="0",
        note="'la alcaldesa Ccorimanya' is title plus surname: the Mayor",
    ),
    S(
        "q082",
        "htv",
        "2026-11-09T05:05:00Z",
        "Tiroteo en Ranrapampa: abaten a presunto extorsionador",
        """Un presunto extorsionador murió en un enfrentamiento con la Policía en una chacra de Ranrapampa, la noche del domingo. Un agente resultó herido.

        Según la Policía, el abatido cobraba cupos a los transportistas de la zona.""",
        about=False,
    ),
    S(
        "q083",
        "htv",
        "2026-11-11T04:20:00Z",
        "Reabre la posta de Huancachupa tras su refacción",
        """Después de ocho meses atendiendo en el local comunal, el personal de la posta de Huancachupa volvió a su local, refaccionado por la Municipalidad de Pucaquilla con 380 000 soles.

        La obra incluyó techos nuevos, un tópico, un ambiente de partos con calefacción y baños. La posta atiende a unas 1 200 personas.""",
        m="I",
        t="obras salud",
        tone="+",
        note="two topics: a building work on a health post",
    ),
    S(
        "q084",
        "htv",
        "2026-11-13T03:30:00Z",
        "Presupuesto participativo 2027: Pucaquilla elige agua y pistas",
        """Los agentes participantes del presupuesto participativo 2027 de la Municipalidad de Pucaquilla priorizaron cinco proyectos, entre ellos el mejoramiento del agua en Cruzpata y pistas en tres barrios.

        El monto total es de 6,8 millones de soles. Los proyectos deberán tener estudio aprobado antes de junio.""",
        m="I",
        t="obras",
        tone="0",
    ),
    S(
        "q085",
        "htv",
        "2026-11-15T04:10:00Z",
        "Operativo nocturno: cierran tres bares por vender licor a menores",
        """Fiscalizadores y serenos de la Municipalidad de Pucaquilla clausuraron la madrugada del sábado tres bares del jirón Arequipa donde se encontraron menores de edad consumiendo licor.

        El operativo se hizo con la Fiscalía de Prevención del Delito.""",
        m="I",
        t="seguridad",
        tone="0",
    ),
    S(
        "q086",
        "htv",
        "2026-11-17T04:55:00Z",
        "Lala Ccorimanya llena el coliseo de Huaylamayo",
        """La cantante Lala Ccorimanya reunió a más de cuatro mil personas en el coliseo cerrado de Huaylamayo, en el concierto de presentación de su disco «Flor de retama».

        La artista cantó durante tres horas acompañada de arpa, violines y saxos.""",
        about=False,
        note="namesake: the singer",
    ),
    S(
        "q087",
        "htv",
        "2026-11-19T03:45:00Z",
        "Niños con anemia reciben hierro y sangrecita en campaña municipal",
        """La Municipalidad de Pucaquilla entregó ayer canastas con sangrecita, hígado y hierro a 250 familias con niños con anemia.

        La gerenta de Desarrollo Social, Nelly Huarcaya, explicó que las madres aprenderán a preparar los alimentos en talleres en cada barrio.""",
        m="I P",
        t="salud",
        tone="+",
    ),
    S(
        "q088",
        "htv",
        "2026-11-21T04:25:00Z",
        "Puente peatonal sobre el Pucamayo presenta fisuras a un mes de inaugurado",
        """Fisuras de hasta un centímetro aparecieron en las vigas del puente peatonal sobre el río Pucamayo, inaugurado hace un mes por la alcaldesa Eulalia Ccorimanya.

        Los vecinos temen usarlo. La Municipalidad de Pucaquilla dijo que el contratista está obligado a repararlo porque la obra está en garantía.""",
        m="A I",
        t="obras",
        tone="-",
    ),
    # --- Agencia Informativa Nacional: national agency, Atom ------------------------------------------------------------
    S(
        "q089",
        "ain",
        "2026-10-20T15:00:00Z",
        "Minsa declara alerta por heladas en 90 distritos altoandinos",
        """El Ministerio de Salud declaró alerta amarilla en 90 distritos de siete regiones por la llegada de las heladas, entre ellos Pucaquilla, Ranrapampa y otros de la provincia de Huaylamayo.

        Los establecimientos de salud reforzarán la atención de neumonías en niños y adultos mayores hasta marzo.""",
        about=False,
        note="the district named in a national list; no municipal angle",
    ),
    S(
        "q090",
        "ain",
        "2026-10-23T16:30:00Z",
        "MEF premia a la Municipalidad de Pucaquilla por su gestión de residuos",
        """La Municipalidad de Pucaquilla fue reconocida por el Ministerio de Economía y Finanzas como una de las diez municipalidades del país con mejor gestión de residuos sólidos en 2026.

        El distrito valoriza ya el 38 % de los residuos orgánicos que genera y recicla 12 toneladas de plástico al mes. El reconocimiento viene con un bono de 500 000 soles.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "q091",
        "ain",
        "2026-10-27T14:45:00Z",
        "Alcaldesa de Pucaquilla pide al Ejecutivo declarar emergencia por heladas",
        """La alcaldesa del distrito de Pucaquilla, Eulalia Ccorimanya, pidió al Consejo de Ministros declarar en emergencia a las comunidades altoandinas de la provincia de Huaylamayo por las heladas, que este año llegaron a 14 grados bajo cero.

        «Cada año mueren alpacas y se enferman los niños, y el Estado llega con frazadas en agosto», dijo. La Presidencia del Consejo de Ministros no se pronunció.""",
        m="A",
        tone="0",
        note="the Mayor asking the national government; frost is none of the topics",
    ),
    S(
        "q092",
        "ain",
        "2026-10-30T17:10:00Z",
        "Contraloría: 14 municipios de la región tienen obras paralizadas",
        """Catorce municipalidades de la región mantienen obras paralizadas por un total de 96 millones de soles, según un reporte de la Contraloría.

        Entre ellas figura la Municipalidad Distrital de Pucaquilla, con dos proyectos detenidos: el mercado de abastos, paralizado desde 2023, y el estadio municipal, con 40 % de avance y sin trabajadores desde mayo.""",
        m="I",
        t="obras",
        tone="-",
        note="ours in a regional list, with our own stalled works",
    ),
    S(
        "q093",
        "ain",
        "2026-11-02T15:20:00Z",
        "Policía desarticula banda dedicada al robo de ganado en la sierra central",
        """La Policía capturó a nueve integrantes de la banda Los Injertos del Centro, acusada de robar ganado en cuatro provincias de la sierra central y venderlo en camales clandestinos de Lima.

        En el operativo se recuperaron 120 cabezas de ganado.""",
        about=False,
    ),
    S(
        "q094",
        "ain",
        "2026-11-06T16:00:00Z",
        "Pucaquilla es el primer distrito de la región en cerrar su brecha de vacunación infantil",
        """El distrito de Pucaquilla alcanzó una cobertura de 96 % en las vacunas del calendario de niños menores de cinco años, la más alta de la región, informó la Dirección Regional de Salud.

        El resultado se atribuye a las brigadas casa por casa que la Municipalidad de Pucaquilla financió con la red de salud desde setiembre.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "q095",
        "ain",
        "2026-11-10T15:40:00Z",
        "INEI: la pobreza rural baja dos puntos en la sierra central",
        """La pobreza monetaria en las zonas rurales de la sierra central bajó de 41,2 % a 39,1 % entre 2024 y 2025, según el INEI.

        La entidad atribuye la mejora a los precios de la papa y de los lácteos.""",
        about=False,
    ),
    S(
        "q096",
        "ain",
        "2026-11-14T17:25:00Z",
        "Fiscalía cita al gerente municipal de Pucaquilla por contrataciones directas",
        """La Fiscalía Anticorrupción de Huaylamayo citó al gerente municipal de Pucaquilla, Gonzalo Tarazona Vílchez, para que explique once contrataciones directas por 1,3 millones de soles hechas durante el estado de emergencia por lluvias.

        Según la fiscalía, siete de los contratos se hicieron cuando la emergencia ya había vencido.""",
        m="G",
        tone="-",
    ),
    S(
        "q097",
        "ain",
        "2026-11-18T15:10:00Z",
        "Campaña nacional contra el dengue llega a la selva central",
        """Brigadas del Ministerio de Salud iniciaron la fumigación de 40 000 viviendas en Satipo, Chanchamayo y Oxapampa, ante el aumento de casos de dengue.

        Se reportan 1 280 casos en lo que va del año en la selva central.""",
        about=False,
        note="salud keywords in other regions",
    ),
    S(
        "q098",
        "ain",
        "2026-11-22T16:50:00Z",
        "Alcaldes de Huaylamayo firman pacto por la seguridad ciudadana",
        """Los diez alcaldes de la provincia de Huaylamayo firmaron un pacto para compartir las imágenes de sus cámaras y coordinar el patrullaje de sus serenazgos en los límites distritales.

        Entre los firmantes estuvieron el alcalde provincial, Mauro Espichán, la alcaldesa de Pucaquilla, Eulalia Ccorimanya, y el alcalde de Ranrapampa, Abelardo Ccorimanya.""",
        m="A",
        t="seguridad",
        tone="0",
    ),
    S(
        "q099",
        "ain",
        "2026-11-26T15:35:00Z",
        "La recaudación del predial crece 9 % en el país; Pucaquilla, entre los casos destacados",
        """Las municipalidades del país recaudaron 2 840 millones de soles por impuesto predial hasta octubre, 9 % más que el año anterior, informó el Ministerio de Economía.

        El reporte destaca a la Municipalidad Distrital de Pucaquilla, que duplicó el número de predios inscritos tras un catastro hecho con drones.""",
        m="I",
        t="tributos",
        tone="+",
    ),
    # --- Noticias del Perú Profundo: national site, full text with "La entrada … se publicó primero en …" ------------
    S(
        "q100",
        "profundo",
        "2026-10-20T10:15:00-05:00",
        "La alcaldesa que barre la plaza: Eulalia Ccorimanya y sus domingos de escoba",
        """Todos los domingos a las seis de la mañana, Eulalia Ccorimanya Bustíos se pone un chaleco naranja y sale a barrer la plaza de armas de Pucaquilla con los trabajadores de limpieza pública.

        Lo hace desde que asumió la alcaldía. Hoy la acompañan unos cuarenta vecinos, y la plaza luce sin un papel a la hora de la misa. «Si yo no barro, ¿con qué cara le pido a la gente que no bote?», dice.""",
        m="A",
        t="limpieza",
        tone="+",
    ),
    S(
        "q101",
        "profundo",
        "2026-10-22T11:30:00-05:00",
        "Pucaquilla, el pueblo donde el puente tarda más que un Mundial",
        """En Pucaquilla hay una competencia deportiva de largo aliento: ver qué llega primero, el próximo Mundial o el puente Cullcuy. La comuna pucaquillana lleva cuatro años y tres contratistas y, con admirable constancia, el río sigue cruzándose sobre tablones.

        Los agricultores ya bautizaron la obra como «el puente de la paciencia». Al ritmo actual, dicen, lo inaugurarán sus nietos.""",
        m="I",
        t="obras",
        tone="-",
        note="sarcasm: 'admirable constancia'",
    ),
    S(
        "q102",
        "profundo",
        "2026-10-25T09:00:00-05:00",
        "Cinco destinos de la sierra central para el feriado largo",
        """Si busca aire puro, anote: el nevado de Huaytapallana, la laguna de Paca, las ruinas de Tunanmarca, la laguna de Yanaccocha en Pucaquilla y el valle del Yanamarca.

        En Pucaquilla, además, hay truchas fritas a orillas de la laguna y alojamientos desde 40 soles la noche.""",
        about=False,
        note="travel piece that names the district",
    ),
    S(
        "q103",
        "profundo",
        "2026-10-28T10:40:00-05:00",
        "Denuncian que serenos de Pucaquilla cobran cupos a ambulantes",
        """Vendedores ambulantes del cercado de Pucaquilla denunciaron que un grupo de serenos les exige cinco soles diarios a cambio de no decomisar su mercadería.

        Uno de los vendedores grabó el pago con su celular. La Municipalidad de Pucaquilla anunció que separó a dos trabajadores mientras investiga.""",
        m="I",
        t="seguridad",
        tone="-",
    ),
    S(
        "q104",
        "profundo",
        "2026-10-31T12:00:00-05:00",
        "Oblitas: «En Pucaquilla pagamos arbitrios de primer mundo por un barrido de tercer mundo»",
        """Fidel Oblitas Cornejo es el único regidor de oposición en el concejo de Pucaquilla y se ha ganado el apodo de «el del no».

        En conversación con este medio, sostiene que los arbitrios subieron 30 % en dos años mientras los barrios altos siguen sin recojo de residuos. «Se cobra por limpieza pública y la basura se quema en las chacras», dice.

        Oblitas anuncia que pedirá a la Defensoría del Pueblo revisar la ordenanza de arbitrios.""",
        m="R",
        t="limpieza tributos",
        tone="-",
        note="two topics: the rates charged for a garbage service that does not come",
    ),
    S(
        "q105",
        "profundo",
        "2026-11-03T10:20:00-05:00",
        "Ccorimanya contra Ccorimanya: dos alcaldes y un lindero",
        """Eulalia Ccorimanya, alcaldesa de Pucaquilla, y Abelardo Ccorimanya, alcalde de Ranrapampa, no son parientes, pero llevan un año discutiendo por las 120 hectáreas de la pampa de Rumichaca, que ambos distritos reclaman.

        El caso está en la Secretaría de Demarcación de la PCM. Mientras tanto, ambos municipios cobran el predial a los mismos tres fundos.""",
        m="A",
        tone="0",
        note="both Ccorimanyas; a boundary dispute, no topic (the predial in passing)",
    ),
    S(
        "q106",
        "profundo",
        "2026-11-06T09:45:00-05:00",
        "Las ollas comunes de la sierra resisten sin apoyo del Estado",
        """En la sierra central funcionan 1 400 ollas comunes, muchas de ellas sin recibir alimentos del Estado desde marzo. En Huaylamayo, Concepción y Jauja, las madres cocinan con lo que donan las parroquias.

        «Hacemos sopa con lo que hay», cuenta una presidenta de olla en Ranrapampa.""",
        about=False,
    ),
    S(
        "q107",
        "profundo",
        "2026-11-09T11:10:00-05:00",
        "Pucaquilla: la posta que atiende en una carpa",
        """Desde hace dos años, la posta de Pampahuasi atiende en una carpa de lona junto a su nuevo local, que la Municipalidad de Pucaquilla dejó a medio construir cuando el contratista abandonó la obra.

        Las enfermeras vacunan con la carpa mojada y guardan las vacunas en una refrigeradora prestada. «Cuando llueve, suspendemos los controles», dice la obstetra.""",
        m="I",
        t="obras salud",
        tone="-",
    ),
    S(
        "q108",
        "profundo",
        "2026-11-12T10:00:00-05:00",
        "Pucaquilla reduce en 60 % los accidentes de tránsito en su vía de evitamiento",
        """Desde que la Municipalidad de Pucaquilla puso rompemuelles, señales y un semáforo peatonal en la vía de evitamiento, los accidentes de tránsito bajaron de 25 a 10 en un año, según la comisaría.

        El tramo, usado por los camiones mineros, era el más peligroso de la provincia.""",
        m="I",
        tone="+",
        note="road safety is not seguridad ciudadana",
    ),
    S(
        "q109",
        "profundo",
        "2026-11-15T12:30:00-05:00",
        "Tarazona, el gerente de los tres sombreros",
        """Gonzalo Tarazona Vílchez es gerente municipal de Pucaquilla, preside el comité de selección de obras y es socio de una empresa de transporte que alquila volquetes al municipio, según documentos de Registros Públicos revisados por este medio.

        Tarazona afirma que se retiró de la empresa en 2024, pero su nombre sigue en la partida registral.""",
        m="G",
        tone="-",
        note="conflict of interest; 'obras' in passing",
    ),
    S(
        "q110",
        "profundo",
        "2026-11-18T09:30:00-05:00",
        "Así se vive la fiesta de las Cruces en las alturas de Pucaquilla",
        """Los mayordomos cargan las cruces desde los cerros hasta la iglesia, entre bandas de músicos y danzantes de chonguinada. La fiesta de las Cruces de Pucaquilla dura cinco días y reúne a familias que regresan de Lima.

        Los mayordomos de este año gastaron unos 60 000 soles en castillos, comida y chicha.""",
        about=False,
        note="culture in the district with no municipal angle",
    ),
    S(
        "q111",
        "profundo",
        "2026-11-21T10:50:00-05:00",
        "Pucaquilla convoca licitación para pavimentar 22 cuadras",
        """La Municipalidad de Pucaquilla publicó en el Seace la convocatoria para pavimentar 22 cuadras de los barrios San Cristóbal y Alto Perú, con un valor referencial de 9,4 millones de soles.

        Las propuestas se recibirán hasta el 18 de diciembre.""",
        m="I",
        t="obras",
        tone="0",
    ),
    S(
        "q112",
        "profundo",
        "2026-11-24T11:20:00-05:00",
        "En Pucaquilla, los vecinos pueden pagar su predial con faenas",
        """En las comunidades altas de Pucaquilla, quien no tiene efectivo para el predial puede pagarlo con días de trabajo en la limpieza de canales o en el mantenimiento de caminos. La Municipalidad de Pucaquilla aprobó la ordenanza en julio y ya se acogieron 340 familias.

        La alcaldesa Eulalia Ccorimanya dice que la idea salió de las asambleas comunales. La recaudación en las comunidades subió 70 %.""",
        m="I A",
        t="tributos",
        tone="+",
    ),
    S(
        "q113",
        "profundo",
        "2026-11-27T09:15:00-05:00",
        "Ochenta barrenderos de Pucaquilla no cobran desde setiembre",
        """Los 80 obreros de limpieza del municipio pucaquillano no reciben su sueldo desde setiembre. El sábado paralizaron y el cercado amaneció con bolsas en todas las esquinas.

        «Barremos la calle y no tenemos para el pasaje», dijo Clotilde Rivas, con 14 años en el servicio. La gerencia de administración atribuye el retraso a la demora de una transferencia del Tesoro.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    # --- Sierra Noticias Hoy: aggregator, full text; mostly copies (further below) -----------------------------------
    S(
        "q114",
        "sierrahoy",
        "2026-10-26T13:00:00-05:00",
        "Cinco municipios de la sierra central siguen sin plan contra heladas; Pucaquilla ya tiene el suyo",
        """Cinco de los ocho municipios distritales de Huaylamayo no han aprobado su plan contra heladas y friaje, pese a que el plazo venció en mayo.

        La Municipalidad de Pucaquilla sí lo aprobó y ya entregó 1 200 kits de abrigo y 30 cobertizos para alpacas en las comunidades altas.""",
        m="I",
        tone="+",
    ),
    S(
        "q115",
        "sierrahoy",
        "2026-11-04T14:20:00-05:00",
        "El mercado de Pucaquilla cumple cinco años a medio construir",
        """Las columnas del nuevo mercado de abastos de Pucaquilla llevan cinco años esperando techo. La obra se paralizó en 2021 con 55 % de avance y desde entonces los comerciantes venden en la calle.

        La alcaldesa Eulalia Ccorimanya dice que el expediente técnico de saldo de obra estará listo en enero. Es la tercera fecha que se anuncia.""",
        m="A",
        t="obras",
        tone="-",
    ),
    S(
        "q116",
        "sierrahoy",
        "2026-11-10T12:40:00-05:00",
        "Paro de transportistas paraliza Huaylamayo",
        """Las empresas de transporte interprovincial de Huaylamayo acataron un paro de 24 horas contra las extorsiones. Los colegios suspendieron las clases presenciales.

        Los dirigentes exigen la declaratoria de emergencia en la provincia.""",
        about=False,
    ),
    S(
        "q117",
        "sierrahoy",
        "2026-11-17T13:30:00-05:00",
        "Adultos mayores de Pucaquilla pagarán la mitad del predial",
        """Los pensionistas y adultos mayores de 65 años de Pucaquilla que tengan un solo predio pagarán la mitad del impuesto predial desde 2027, según una ordenanza aprobada por la Municipalidad de Pucaquilla.

        Se beneficiarán unas 900 personas. El trámite se hace una sola vez en la plataforma de rentas.""",
        m="I",
        t="tributos",
        tone="+",
    ),
    S(
        "q118",
        "sierrahoy",
        "2026-11-23T12:10:00-05:00",
        "Nelly Huarcaya deja la gerencia de Desarrollo Social",
        """La gerenta de Desarrollo Social de Pucaquilla, Nelly Huarcaya Pumayalli, presentó su renuncia por motivos personales después de tres años en el cargo.

        Su reemplazo será designado la próxima semana.""",
        m="P",
        tone="0",
    ),
    # --- Pucaquilla Informa: district site without a feed, followed through its section page; date-only meta --------
    S(
        "q119",
        "pinforma",
        "2026-10-20",
        "Municipalidad de Pucaquilla entrega 300 kits de abrigo en Huayllaccocha",
        """Trescientas familias de la comunidad de Huayllaccocha recibieron frazadas, chompas y gorros de la Municipalidad de Pucaquilla, ante las temperaturas de hasta 12 grados bajo cero.

        Las familias también recibieron semillas de pastos mejorados para sus alpacas.""",
        m="I",
        tone="+",
    ),
    S(
        "q120",
        "pinforma",
        "2026-10-24",
        "Madres de familia aprenden a convertir botellas en macetas",
        """Cincuenta madres de los comités del Vaso de Leche participaron en el taller de reciclaje que organizó la gerenta de Desarrollo Social, Nelly Huarcaya. Aprendieron a separar los residuos en casa y a fabricar macetas y escobas con botellas de plástico.

        Las participantes se comprometieron a entregar su plástico seco al recolector municipal los jueves.""",
        m="P",
        t="limpieza",
        tone="+",
    ),
    S(
        "q121",
        "pinforma",
        "2026-10-28",
        "Reunión en Cruzpata termina sin acuerdo sobre el recojo",
        """La asamblea entre los vecinos de Cruzpata y el gerente municipal Gonzalo Tarazona terminó anoche sin acuerdos. Los vecinos pedían que el camión recolector pase dos veces por semana; la gerencia ofreció una vez cada quince días.

        Los dirigentes anunciaron que dejarán sus bolsas frente al palacio municipal si no hay una nueva propuesta.""",
        m="G",
        t="limpieza",
        tone="-",
    ),
    S(
        "q122",
        "pinforma",
        "2026-11-01",
        "Abren inscripciones para la escuela municipal de fútbol",
        """La Municipalidad de Pucaquilla abrió las inscripciones para su escuela de fútbol de verano, para niños de 6 a 14 años. Las clases serán en el estadio municipal, cuya tribuna fue pintada la semana pasada.

        La inscripción cuesta 20 soles e incluye camiseta.""",
        m="I",
        tone="0",
        note="sport; the stadium in passing",
    ),
    S(
        "q123",
        "pinforma",
        "2026-11-04",
        "Sulca Pariona pide sancionar a serenos que dormían en su turno",
        """El teniente alcalde Herminio Sulca Pariona pidió la separación de cuatro serenos que fueron encontrados durmiendo dentro de una camioneta durante el turno de madrugada, en una visita sorpresa que él mismo hizo.

        «Los vecinos pagan para que los cuiden, no para que duerman», dijo Sulca.""",
        m="T",
        t="seguridad",
        tone="-",
    ),
    S(
        "q124",
        "pinforma",
        "2026-11-08",
        "Ejecutor coactivo embarga las cuentas de 45 deudores del predial",
        """La oficina de ejecución coactiva de la Municipalidad de Pucaquilla ordenó el embargo de las cuentas bancarias de 45 contribuyentes que deben más de cinco años del impuesto predial. La deuda suma 380 000 soles.

        Los afectados pueden levantar la medida si pagan o firman un fraccionamiento.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "q125",
        "pinforma",
        "2026-11-11",
        "Editorial: ¿Dónde están los camiones?",
        """La comuna pucaquillana compró en setiembre una compactadora nueva y anunció otra para diciembre. Sin embargo, en los barrios altos las bolsas siguen amontonándose tres y cuatro días.

        No basta con comprar camiones: hay que tener choferes, combustible y rutas. Mientras tanto, los vecinos pagan por un servicio que no reciben completo.""",
        m="I",
        t="limpieza",
        tone="-",
        note="an editorial",
    ),
    S(
        "q126",
        "pinforma",
        "2026-11-14",
        "Huancachupa estrena 12 luminarias en su plaza",
        """La plaza de Huancachupa ya tiene luz por la noche. La Municipalidad de Pucaquilla instaló 12 postes con luminarias led y paneles solares.

        Los comuneros celebraron con una chocolatada para los niños.""",
        m="I",
        tone="+",
        note="street lighting is none of the five topics",
    ),
    S(
        "q127",
        "pinforma",
        "2026-11-17",
        "Despistaje gratuito de diabetes e hipertensión en el mercado",
        """Más de 300 comerciantes y compradores midieron su glucosa y su presión en el despistaje gratuito organizado por la Municipalidad de Pucaquilla y la gerenta de Desarrollo Social, Nelly Huarcaya, en el Mercado Central.

        Cuarenta y dos personas fueron derivadas al centro de salud por tener valores altos.""",
        m="I P",
        t="salud",
        tone="+",
    ),
    S(
        "q128",
        "pinforma",
        "2026-11-19",
        "Obreros de la avenida Grau trabajan sin cascos ni arneses",
        """Los obreros que construyen el muro de contención de la avenida Grau, una obra de la Municipalidad de Pucaquilla, trabajan sin cascos, sin arneses y sin botas de seguridad, según fotos enviadas a este medio.

        La semana pasada, un trabajador cayó desde dos metros y se fracturó la muñeca.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "q129",
        "pinforma",
        "2026-11-20",
        "La alcaldesa Ccorimanya y la gerenta Huarcaya visitan los comedores populares",
        """La alcaldesa Ccorimanya y la gerenta Huarcaya recorrieron el viernes los siete comedores populares del distrito para verificar el estado de sus cocinas y almacenes.

        Las presidentas pidieron balones de gas y ollas nuevas.""",
        m="A P",
        tone="0",
    ),
    S(
        "q130",
        "pinforma",
        "2026-11-22",
        "Pampahuasi pide una posta nueva; municipio ofrece el terreno",
        """Los dirigentes de Pampahuasi se reunieron con funcionarios de la Municipalidad de Pucaquilla para pedir una posta médica. La municipalidad ofreció donar un terreno de 2 000 metros cuadrados y gestionar el proyecto ante el Gobierno Regional.

        La comunidad hará una faena para limpiar el terreno.""",
        m="I",
        t="salud",
        tone="0",
    ),
    S(
        "q131",
        "pinforma",
        "2026-11-25",
        "Corredor de Jauja gana los 10K de Pucaquilla",
        """El atleta jaujino Ronaldo Poma ganó la carrera de 10 kilómetros de Pucaquilla, organizada por el club Andes Runners, con un tiempo de 33 minutos.

        Participaron 420 corredores de seis regiones.""",
        about=False,
        note="sport in the district, organised by a club",
    ),
    S(
        "q132",
        "pinforma",
        "2026-11-27",
        "Municipio recupera tres hectáreas de áreas verdes invadidas",
        """La Municipalidad de Pucaquilla recuperó tres hectáreas del parque ecológico de Santa Bárbara, que habían sido invadidas por traficantes de terrenos en 2024.

        Con apoyo de la Policía, se retiraron cercos y chozas vacías. El área será reforestada con 2 000 quinuales.""",
        m="I",
        tone="+",
    ),
    # --- La Voz Vecinal del Centro: regional site, teasers in RSS, article pages fetched -----------------------------
    S(
        "q133",
        "vozcentro",
        "2026-10-21T09:30:00-05:00",
        "Compactadora municipal fue usada para una mudanza, denuncian vecinos",
        """Un video grabado por vecinos del barrio San Cristóbal muestra el camión compactador de la comuna pucaquillana cargando muebles, colchones y un refrigerador frente a una vivienda, un sábado por la tarde.

        Ese día, según los vecinos, el camión no hizo la ruta del recojo en su barrio. La municipalidad dijo que pidió un informe al chofer.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "q134",
        "vozcentro",
        "2026-10-24T10:10:00-05:00",
        "Teniente alcalde Sulca inaugura biblioteca comunal en Cruzpata",
        """Cruzpata tiene desde ayer una biblioteca con 1 500 libros, cuatro computadoras e internet. El teniente alcalde Herminio Sulca inauguró el local, implementado con donaciones y un aporte municipal de 60 000 soles.

        La biblioteca abrirá de lunes a sábado por la tarde.""",
        m="T",
        tone="+",
    ),
    S(
        "q135",
        "vozcentro",
        "2026-10-27T08:40:00-05:00",
        "Extorsionadores amenazan a constructoras en la región",
        """Al menos once empresas constructoras de la región denunciaron haber recibido mensajes de extorsionadores que les exigen un porcentaje de cada obra pública.

        La Cámara de Comercio pidió una unidad policial especializada.""",
        about=False,
        note="'obra pública' in a regional crime story",
    ),
    S(
        "q136",
        "vozcentro",
        "2026-10-30T09:50:00-05:00",
        "Gerente Tarazona anuncia mano dura con los grandes deudores",
        """El gerente municipal de Pucaquilla, Gonzalo Tarazona, anunció que publicará la lista de los veinte mayores deudores de tributos municipales del distrito, entre ellos dos empresas mineras y un grifo.

        Juntos deben 1,1 millones de soles en predial y alcabala.""",
        m="G",
        t="tributos",
        tone="0",
    ),
    S(
        "q137",
        "vozcentro",
        "2026-11-02T08:20:00-05:00",
        "Los arrebatos en Pucaquilla bajan de 38 a 9 en un semestre",
        """Entre mayo y octubre, la comisaría de Pucaquilla registró nueve arrebatos de celulares y carteras. En el semestre anterior fueron 38.

        La Municipalidad de Pucaquilla duplicó en ese tiempo el número de serenos, de 24 a 48, y puso motos en las calles comerciales.""",
        m="I",
        t="seguridad",
        tone="+",
    ),
    S(
        "q138",
        "vozcentro",
        "2026-11-05T09:15:00-05:00",
        "Lluvias dejan aislados a cinco anexos; municipio pide apoyo a Defensa Civil",
        """Las lluvias de la última semana destruyeron tramos de la trocha a cinco anexos de Pucaquilla. La Municipalidad de Pucaquilla pidió maquinaria a Provías y al Instituto Nacional de Defensa Civil.

        Unas 600 familias no pueden sacar sus productos a la feria.""",
        m="I",
        tone="0",
    ),
    S(
        "q139",
        "vozcentro",
        "2026-11-08T10:30:00-05:00",
        "Regidor Oblitas acusa nepotismo en la contratación de serenos",
        """El regidor Fidel Oblitas denunció que seis de los serenos contratados en octubre por la Municipalidad de Pucaquilla son familiares de funcionarios, entre ellos un sobrino del gerente de seguridad.

        Oblitas presentó la denuncia ante la Contraloría y pidió que se revisen los contratos.""",
        m="R I",
        t="seguridad",
        tone="-",
    ),
    S(
        "q140",
        "vozcentro",
        "2026-11-11T09:00:00-05:00",
        "Ccorimanya Bustíos rinde cuentas: logros, pendientes y una promesa",
        """En la audiencia pública de rendición de cuentas, la alcaldesa Ccorimanya Bustíos presentó un balance de su segundo año: seis calles asfaltadas, una central de cámaras y el recojo de residuos en ocho anexos; entre los pendientes, el mercado y el puente Cullcuy.

        Los vecinos preguntaron por el agua y por los sueldos atrasados de los obreros. La alcaldesa prometió responder por escrito todas las preguntas.""",
        m="A",
        tone="0",
        note="a balance covering many areas: mixed, no single topic",
    ),
    S(
        "q141",
        "vozcentro",
        "2026-11-14T08:30:00-05:00",
        "Comerciantes de Ranrapampa protestan contra el alcalde Ccorimanya",
        """Unos 200 comerciantes del mercado de Ranrapampa marcharon hasta el municipio de ese distrito para exigir al alcalde Abelardo Ccorimanya que anule la licitación de los puestos del nuevo mercado.

        El alcalde Ccorimanya dijo que el proceso fue transparente.""",
        about=False,
        note="namesake: the neighbouring Mayor",
    ),
    S(
        "q142",
        "vozcentro",
        "2026-11-16T09:40:00-05:00",
        "Pucaquilla realiza su primera feria de salud mental",
        """Psicólogos del centro de salud mental comunitario de Huaylamayo atendieron a 180 personas en la primera feria de salud mental que organizó la Municipalidad de Pucaquilla en la plaza de armas.

        Se identificaron 22 casos de depresión que recibirán seguimiento.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "q143",
        "vozcentro",
        "2026-11-18T10:20:00-05:00",
        "Posta de Pucaquilla sin ambulancia; alcaldesa culpa a la Diresa",
        """La única ambulancia del centro de salud de Pucaquilla está malograda desde agosto. Los pacientes graves son trasladados en la camioneta de la comisaría o en taxis.

        La alcaldesa Eulalia Ccorimanya dijo que la reparación corresponde a la Dirección Regional de Salud, que «tiene el pedido en un cajón desde hace tres meses».""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor blames the regional directorate: neutral toward us",
    ),
    S(
        "q144",
        "vozcentro",
        "2026-11-20T08:50:00-05:00",
        "Ordenanza prohíbe quemar desechos en las chacras",
        """La Municipalidad de Pucaquilla aprobó una ordenanza que prohíbe quemar desechos, plásticos y rastrojos en las chacras y patios del distrito, con multas de hasta 500 soles.

        La norma entra en vigor en enero.""",
        m="I",
        t="limpieza",
        tone="0",
    ),
    S(
        "q145",
        "vozcentro",
        "2026-11-23T09:10:00-05:00",
        "El asfaltado de la vía a Chacapampa va al 70 % y dentro del plazo",
        """El asfaltado de los 4,8 kilómetros de la vía entre el cercado de Pucaquilla y Chacapampa llegó al 70 % de avance, según la supervisión. La obra, de la Municipalidad de Pucaquilla, debe terminar en enero.

        Los transportistas ya usan el tramo terminado y dicen que el viaje se redujo de 40 a 15 minutos.""",
        m="I",
        t="obras",
        tone="+",
        note="also in the truncated Express del Centro feed",
    ),
    S(
        "q146",
        "vozcentro",
        "2026-11-25T08:45:00-05:00",
        "Fiscalizadores decomisan 14 balanzas adulteradas en el mercado",
        """Un operativo de la Municipalidad de Pucaquilla con el Indecopi encontró 14 balanzas adulteradas en los puestos de carne y verduras del Mercado Central.

        Los comerciantes fueron multados y deberán calibrar sus equipos.""",
        m="I",
        tone="0",
    ),
    S(
        "q147",
        "vozcentro",
        "2026-11-26T09:30:00-05:00",
        "Sin casos de dengue, Pucaquilla fumiga por precaución la zona baja",
        """Aunque no se ha registrado ningún caso de dengue en el distrito, la Municipalidad de Pucaquilla fumigó 800 viviendas de la zona baja, cerca del río, donde se encontraron larvas del zancudo en floreros y llantas.

        La fumigación se repetirá en enero, con el inicio de las lluvias.""",
        m="I",
        t="salud",
        tone="0",
    ),
    S(
        "q148",
        "vozcentro",
        "2026-11-28T08:15:00-05:00",
        "Serenos de Pucaquilla reciben capacitación policial",
        """Cuarenta y ocho serenos de la Municipalidad de Pucaquilla terminaron un curso de cuatro semanas con la Policía sobre intervención, primeros auxilios y derechos humanos.

        El curso es requisito para el patrullaje integrado que empezará en diciembre.""",
        m="I",
        t="seguridad",
        tone="0",
    ),
    # --- Revista Cordillera: regional weekly, opinion and interviews, full text in the description -------------------
    S(
        "q149",
        "cordillera",
        "2026-10-22T18:00:00-05:00",
        "Columna: La alcaldesa y el arte de cortar cintas",
        """Hay que reconocerle un talento a la alcaldesa Eulalia Ccorimanya: nadie en la provincia corta cintas con tanta elegancia. Un paradero pintado, una banca, una jardinera: todo merece su ceremonia, su banda de música y su foto.

        Lástima que las tijeras no alcancen para el mercado, el puente Cullcuy ni el estadio, que siguen esperando su gran día desde hace años. En Pucaquilla sobran cintas y faltan obras.""",
        m="A",
        t="obras",
        tone="-",
        note="opinion column; irony",
    ),
    S(
        "q150",
        "cordillera",
        "2026-10-29T18:00:00-05:00",
        "Columna: Pucaquilla merece un relleno, no otro botadero",
        """El convenio con Ranrapampa para un relleno sanitario común es una buena idea que llega tarde. Mientras tanto, el botadero de Santa Bárbara arde cada tarde y el municipio pucaquillano sigue descargando ahí cuarenta toneladas por semana.

        Una ciudad no se mide por sus fuegos artificiales de aniversario, sino por dónde deja sus desperdicios.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "q151",
        "cordillera",
        "2026-11-05T18:00:00-05:00",
        "Columna: Lo que Huaylamayo puede aprender de Pucaquilla",
        """Mientras en la capital provincial los vecinos enrejan sus calles, en Pucaquilla los asaltos bajaron a la cuarta parte en un año. No hubo milagro: la comuna pucaquillana puso serenos a pie, cámaras que funcionan y reuniones mensuales con las juntas vecinales.

        Las autoridades provinciales harían bien en tomar el bus de una hora y ver cómo se hace.""",
        m="I",
        t="seguridad",
        tone="+",
        note="praise in an opinion column",
    ),
    S(
        "q152",
        "cordillera",
        "2026-11-12T18:00:00-05:00",
        "Crónica: cuatro de la mañana con las barrenderas de Pucaquilla",
        """A las cuatro de la mañana, cuando el termómetro marca dos bajo cero, doce mujeres con chaleco naranja empiezan a barrer el cercado. Para las siete, la plaza está limpia y los tachos vacíos.

        Casi todas son madres solteras. Dicen que desde que la municipalidad les dio guantes, botas y un desayuno caliente, el trabajo es otro.""",
        about=True,
        t="limpieza",
        tone="+",
        note="position-only: 'la municipalidad'; a favourable chronicle",
    ),
    S(
        "q153",
        "cordillera",
        "2026-11-19T18:00:00-05:00",
        "Columna: El predial no es un castigo",
        """Pagar el impuesto predial no es regalarle plata al alcalde de turno: es pagar la pista, la luz de la plaza y el sereno de la esquina. La Municipalidad de Pucaquilla ha entendido que hay que explicarlo, y su campaña en quechua en las asambleas comunales es un ejemplo.

        Ojalá otros distritos copien la idea.""",
        m="I",
        t="tributos",
        tone="+",
    ),
    S(
        "q154",
        "cordillera",
        "2026-11-26T18:00:00-05:00",
        "Columna: Las cifras que nadie revisa",
        """El presupuesto nacional de 2027 promete 3 000 millones para la sierra. En 2026 se prometieron 2 500 y se gastó la mitad. En provincias como Huaylamayo, donde distritos como Pucaquilla o Ranrapampa esperan desde hace años una carretera, las cifras de Lima se leen con desconfianza.

        El Congreso debería pedir cuentas antes de aplaudir.""",
        about=False,
        note="national budget column; the district named in passing",
    ),
    S(
        "q155",
        "cordillera",
        "2026-10-26T18:00:00-05:00",
        "Entrevista: Herminio Sulca Pariona, «no soy el sucesor de nadie»",
        """El teniente alcalde de Pucaquilla, Herminio Sulca Pariona, descarta postular a la alcaldía en las próximas elecciones. «Estoy para apoyar, no para heredar», dice.

        Sulca, profesor jubilado, preside la comisión de seguridad del concejo y dice que su mayor orgullo es haber recuperado la plaza para las familias.""",
        m="T",
        tone="0",
        note="an interview on politics",
    ),
    S(
        "q156",
        "cordillera",
        "2026-11-02T18:00:00-05:00",
        "Columna: La salud de Pucaquilla no puede esperar al Minsa",
        """Es cómodo culpar al Minsa. Pero la posta de Pampahuasi lleva dos años en una carpa por una obra que el municipio pucaquillano dejó abandonada, y el reservorio de Tambillo enfermó a treinta niños porque nadie lo cloraba.

        La salud también se hace desde el municipio, y en Pucaquilla se está haciendo mal.""",
        m="I",
        t="salud",
        tone="-",
    ),
    S(
        "q157",
        "cordillera",
        "2026-11-09T18:00:00-05:00",
        "Columna: Fidel Oblitas y la oposición que no propone",
        """El regidor Fidel Oblitas tiene razón en muchas de sus denuncias. Pero en dos años no ha presentado un solo proyecto de ordenanza. Fiscalizar es su deber; proponer también.

        Pucaquilla necesita una oposición que, además de señalar lo que falta, diga cómo hacerlo.""",
        m="R",
        tone="0",
        note="a column about the opposition regidor, half-critical of him, half-agreeing with his criticism",
    ),
    S(
        "q158",
        "cordillera",
        "2026-11-16T18:00:00-05:00",
        "Análisis: ¿por qué los distritos andinos recaudan tan poco?",
        """En la mayoría de distritos andinos, el predial no cubre ni el sueldo de los cobradores. En Pucaquilla, la municipalidad pucaquillana recauda 34 soles por habitante al año; Lima Metropolitana, 320.

        La informalidad de la propiedad y la desconfianza explican buena parte de la brecha.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "q159",
        "cordillera",
        "2026-11-23T18:00:00-05:00",
        "Columna: Las dos Lalas",
        """En Huaylamayo hay dos Lalas famosas. Una canta huaylarsh y llena coliseos; la otra, la alcaldesa Lala Ccorimanya, llena agendas. A ambas les pide el público lo mismo: que no se olviden de su tierra cuando vayan a Lima.

        La cantante acaba de volver de su gira; la alcaldesa prepara la suya por los catorce anexos.""",
        m="A",
        tone="0",
        note="a light column with both the singer and the Mayor",
    ),
    S(
        "q160",
        "cordillera",
        "2026-11-28T18:00:00-05:00",
        "Columna: Obras sí, pero con estudios",
        """El muro de la avenida Grau se construye sin expediente técnico actualizado, el aula del colegio 30455 se cayó al año de refaccionada y el puente peatonal ya tiene fisuras. El patrón es claro: la Municipalidad de Pucaquilla construye rápido y mal.

        Los vecinos no piden cemento para la foto, piden obras que duren.""",
        m="I",
        t="obras",
        tone="-",
    ),
    # --- Syndicated copies: each with its own headline, some with a new lead or a credit line -------------------------
    C(
        "q161",
        "q001",
        "sierrahoy",
        "2026-10-19T15:30:00-05:00",
        "Pucaquilla: comerciantes del jirón Ayacucho dicen adiós al polvo",
        lead="""Después de dos años de espera, la Municipalidad Distrital de Pucaquilla entregó 620 metros de pista de concreto en el jirón Ayacucho, con cunetas, veredas y sardineles.""",
        extra="Fuente: El Eco de Huaylamayo.",
    ),
    C(
        "q162",
        "q001",
        "ain",
        "2026-10-20T14:00:00Z",
        "Distrito andino de Pucaquilla entrega pista con veinte días de adelanto",
    ),
    C(
        "q163",
        "q005",
        "sierrahoy",
        "2026-10-22T16:00:00-05:00",
        "Serenos a pie: en Pucaquilla los hurtos se reducen a la tercera parte",
        extra="Con información de El Eco de Huaylamayo.",
    ),
    C(
        "q164",
        "q008",
        "ain",
        "2026-10-26T15:00:00Z",
        "Brigadas municipales vacunan a 1 800 niños en comunidades de Pucaquilla",
    ),
    C(
        "q165",
        "q018",
        "sierrahoy",
        "2026-11-04T16:10:00-05:00",
        "Anemia infantil retrocede en Pucaquilla: de 41 % a 23 %",
        lead="""En dos años, la proporción de niños pucaquillanos menores de tres años con anemia cayó de cuatro de cada diez a casi uno de cada cuatro, según el último tamizaje de la red de salud.""",
    ),
    C("q166", "q024", "vozcentro", "2026-11-11T09:20:00-05:00", "Chacapampa ya tiene losa con grass sintético"),
    C(
        "q167",
        "q029",
        "sierrahoy",
        "2026-11-20T15:45:00-05:00",
        "Canal revestido de Ichuhuasi devuelve el agua a 300 hectáreas",
        extra="Fuente: El Eco de Huaylamayo.",
    ),
    C("q168", "q057", "sierrahoy", "2026-10-27T12:00:00-05:00", "Cercado de Pucaquilla estrena camión recolector"),
    C(
        "q169",
        "q065",
        "sierrahoy",
        "2026-11-10T11:30:00-05:00",
        "Cercado de Pucaquilla suma cinco semanas sin denuncias por robo de vivienda",
        extra="Con información de Radio Pucaquilla Stereo 98.9.",
    ),
    C(
        "q170",
        "q074",
        "sierrahoy",
        "2026-10-22T13:15:00-05:00",
        "Seis operadores y 24 cámaras vigilarán Pucaquilla día y noche",
    ),
    C("q171", "q074", "ain", "2026-10-23T18:00:00Z", "Pucaquilla pone en marcha central de monitoreo con 24 cámaras"),
    C(
        "q172",
        "q090",
        "profundo",
        "2026-10-24T10:00:00-05:00",
        "Un distrito andino entre los diez mejores del país en manejo de residuos",
    ),
    C(
        "q173",
        "q094",
        "sierrahoy",
        "2026-11-07T12:20:00-05:00",
        "Pucaquilla, líder regional en cobertura de vacunas infantiles",
        extra="Fuente: Agencia Informativa Nacional.",
    ),
    C(
        "q174",
        "q112",
        "eco",
        "2026-11-25T07:40:00-05:00",
        "Faenas en lugar de soles: el predial que se paga trabajando",
    ),
    C(
        "q175",
        "q137",
        "sierrahoy",
        "2026-11-02T15:00:00-05:00",
        "Con el doble de serenos, Pucaquilla reduce los arrebatos",
    ),
    C(
        "q176",
        "q145",
        "sierrahoy",
        "2026-11-24T13:00:00-05:00",
        "Vía Pucaquilla–Chacapampa: el viaje ya se hace en 15 minutos",
        extra="Con información de La Voz Vecinal del Centro.",
    ),
    C(
        "q177",
        "q003",
        "sierrahoy",
        "2026-10-20T14:30:00-05:00",
        "Deudores del predial en Pucaquilla tienen hasta el 15 de noviembre para fraccionar",
    ),
    C(
        "q178",
        "q009",
        "ain",
        "2026-10-26T20:30:00Z",
        "Alcaldesa andina reclama al MEF fondos para ampliar un centro de salud",
    ),
    C(
        "q179",
        "q009",
        "sierrahoy",
        "2026-10-27T09:00:00-05:00",
        "Centro de salud de Pucaquilla: 4 millones retenidos, según su alcaldesa",
        extra="Fuente: El Eco de Huaylamayo.",
    ),
    C(
        "q180",
        "q014",
        "vozcentro",
        "2026-11-01T09:00:00-05:00",
        "Arbitrios 2027 con descuento para quien pague en diciembre",
    ),
    C(
        "q181",
        "q019",
        "sierrahoy",
        "2026-11-05T14:10:00-05:00",
        "Pucaquilla se endeudará por 12 millones para asfaltar su cercado",
    ),
    C(
        "q182",
        "q051",
        "sierrahoy",
        "2026-10-20T10:00:00-05:00",
        "Pucaquilla vacunará casa por casa a niños y adultos mayores",
        extra="Con información de Radio Pucaquilla Stereo 98.9.",
    ),
    C("q183", "q067", "htv", "2026-11-14T04:10:00Z", "Alcaldesa pucaquillana: «Dos horas para 40 kilómetros»"),
    C("q184", "q075", "sierrahoy", "2026-10-24T12:30:00-05:00", "Ccorimanya defiende su agenda en Lima"),
    C(
        "q185",
        "q091",
        "profundo",
        "2026-10-28T09:30:00-05:00",
        "Heladas: alcaldesa de Pucaquilla pide emergencia para las alturas",
    ),
    C(
        "q186",
        "q035",
        "profundo",
        "2026-10-22T10:30:00-05:00",
        "Dos distritos, un apellido y un relleno sanitario",
    ),
    C(
        "q187",
        "q105",
        "sierrahoy",
        "2026-11-04T12:00:00-05:00",
        "El pleito por Rumichaca enfrenta a dos alcaldes Ccorimanya",
    ),
    C("q188", "q111", "andes", "2026-11-22T07:00:00-05:00", "Licitan pavimentación de 22 cuadras en Pucaquilla"),
    C(
        "q189",
        "q140",
        "sierrahoy",
        "2026-11-12T10:40:00-05:00",
        "Rendición de cuentas en Pucaquilla: seis calles, cámaras y dos pendientes",
        extra="Fuente: La Voz Vecinal del Centro.",
    ),
    C(
        "q190",
        "q143",
        "htv",
        "2026-11-19T04:35:00Z",
        "Pucaquilla: pacientes graves viajan en taxi por falta de ambulancia",
    ),
    C(
        "q191",
        "q004",
        "sierrahoy",
        "2026-10-21T13:20:00-05:00",
        "Mercado Central de Pucaquilla cumple nueve días sin agua",
        lead="""Comerciantes del Mercado Central de Pucaquilla compran bidones en la calle desde hace más de una semana, porque la bomba del mercado se quemó y aún no ha sido reemplazada.""",
    ),
    C(
        "q192",
        "q007",
        "profundo",
        "2026-10-25T10:10:00-05:00",
        "Compactadora de 890 000 soles: regidor pide investigar la compra",
    ),
    C(
        "q193",
        "q012",
        "sierrahoy",
        "2026-10-29T15:00:00-05:00",
        "Puente Cullcuy: seis meses después de la fecha prometida, solo hay estribos",
        extra="Fuente: El Eco de Huaylamayo.",
    ),
    C(
        "q194",
        "q012",
        "profundo",
        "2026-10-30T09:40:00-05:00",
        "Los agricultores de Cullcuy siguen cruzando el río sobre tablones",
    ),
    C(
        "q195",
        "q015",
        "vozcentro",
        "2026-11-02T08:50:00-05:00",
        "Santa Bárbara cierra el paso a los camiones: exigen cerrar el botadero",
    ),
    C("q196", "q021", "htv", "2026-11-08T04:15:00Z", "Dieciséis cámaras, ninguna graba"),
    C(
        "q197",
        "q026",
        "sierrahoy",
        "2026-11-14T14:00:00-05:00",
        "Cinco días en Lima, 14 200 soles: el viaje de la alcaldesa de Pucaquilla",
        lead="""El viaje de cinco días de la alcaldesa pucaquillana, Eulalia Ccorimanya Bustíos, y tres funcionarios a Lima costó 14 200 soles en pasajes, hotel y viáticos, según una resolución del portal de transparencia.""",
    ),
    C("q198", "q045", "sierrahoy", "2026-11-10T15:00:00-05:00", "Paraderos de Pucaquilla siguen esperando sus cámaras"),
    C(
        "q199",
        "q047",
        "eco",
        "2026-11-17T07:30:00-05:00",
        "Contraloría: plaza de Pucaquilla se pagó dos veces en bancas y luminarias",
    ),
    C(
        "q200",
        "q056",
        "sierrahoy",
        "2026-10-25T11:00:00-05:00",
        "Oblitas arremete contra la gestión de Ccorimanya por las veredas",
        extra="Con información de Radio Pucaquilla Stereo 98.9.",
    ),
    C("q201", "q076", "ain", "2026-10-26T17:00:00Z", "Colapsa techo de aula refaccionada por un municipio andino"),
    C(
        "q202",
        "q088",
        "sierrahoy",
        "2026-11-21T12:30:00-05:00",
        "Fisuras en el puente peatonal del Pucamayo alarman a los vecinos",
    ),
    C(
        "q203",
        "q092",
        "profundo",
        "2026-10-31T10:00:00-05:00",
        "Mercado y estadio paralizados: Pucaquilla en la lista de la Contraloría",
    ),
    C(
        "q204",
        "q096",
        "vozcentro",
        "2026-11-15T09:00:00-05:00",
        "Gerente municipal de Pucaquilla deberá explicar once contratos ante la fiscalía",
    ),
    C(
        "q205",
        "q103",
        "andes",
        "2026-10-29T07:30:00-05:00",
        "Cinco soles diarios: ambulantes acusan a serenos de cobrarles",
    ),
    C("q206", "q002", "sierrahoy", "2026-10-20T11:00:00-05:00", "Ranrapampa tendrá coliseo multiusos de 5 millones"),
    C("q207", "q011", "profundo", "2026-10-29T11:00:00-05:00", "Once años después, un caserío cajamarquino tiene luz"),
    C("q208", "q017", "htv", "2026-11-04T04:30:00Z", "Lala Ccorimanya presenta «Flor de retama»"),
    C(
        "q209",
        "q017",
        "sierrahoy",
        "2026-11-04T11:00:00-05:00",
        "La voz del huaylarsh se va de gira: Lala Ccorimanya llegará a Lima y Santiago",
        extra="Fuente: El Eco de Huaylamayo.",
    ),
    C(
        "q210",
        "q089",
        "vozcentro",
        "2026-10-21T08:30:00-05:00",
        "Alerta por heladas alcanza a 90 distritos de la sierra",
    ),
]
