# ruff: noqa: E501
"""Fifteenth held-out split: a blind figure about yet another invented district, on the northern coast.

Written by hand by writer 20, for this purpose only, WITHOUT looking at the pipeline's code (heraldo/**), at its
tests, baselines, tone or topic dumps, at the other splits' stories (beyond the header, SETUP, SOURCES and the first
stories of heldout6, for the format) or at any report of the pipeline on them. Labels follow the labelling rules of
docs/monitoring-evaluation.md and were fixed before the split was ever run; they must not be changed because of
what the pipeline answers. Every name, outlet and place is invented.

Like heldout6, this part brings its own watch list (SETUP), outlets, person codes and template furniture: the
Municipalidad Distrital de Caleta Guayacán (MDCG), a fishing and farming district on the northern coast, in the
province of Paltaral, region of Ñomala. Its Mayor is a woman.

Codes: m = who is named (A alcaldesa Marleni Yovera Sernaqué «la Gaviota», G gerente municipal Wilmer Ipanaqué
Ruiz, T teniente alcalde Eleuterio Querevalú Fiestas, R regidora (opposition) Yesenia Zapata Nima, P subgerenta de
Desarrollo Social y Salud Karina Periche Ancajima, I the Municipalidad Distrital de Caleta Guayacán); t = topics
(limpieza seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the
municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own
headline, sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "la alcaldesa de Caleta Guayacán", "la alcaldesa guayacanense", "la burgomaestra guayacanense" are a title plus
  the place: they name the Mayor. A bare "la alcaldesa", "la burgomaestra", "la primera autoridad", "la comuna",
  "el municipio", "la municipalidad", "la gestión edil" do not. "Yovera" alone after the Mayor was named is part of
  the same mention. «la Gaviota» counts only where it is plainly her (a story about her or her administration);
  seagulls, the boat «La Gaviota II», the restaurant, the beach Las Gaviotas and the Copa Gaviota are not her.
- "Municipalidad (Distrital) de Caleta Guayacán", "municipio guayacanense", "comuna guayacanense", "municipalidad
  guayacanense", "municipio/comuna de Caleta Guayacán", "la MDCG" name the institution, and so does an elliptical
  "la Municipalidad de Chulamar y la de Caleta Guayacán". "Vecinos de Caleta Guayacán", "el serenazgo de Caleta
  Guayacán", "serenos municipales", "la subgerencia de ...", "el distrito", "el concejo" do not. A person named with
  a title plus the place ("el teniente alcalde de Caleta Guayacán") is that person, not the institution.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly her),
  title plus surname ("la regidora Zapata", "el gerente Ipanaqué") or a listed alias.
- Traps: the fishermen's leader Santos Yovera Chapilliquén (no relative); the Paltaral teacher Marleni Yovera Timaná;
  Aurelio Sernaqué Tume, Mayor of the neighbouring district Chulamar; Gladys Mogollón Ipanaqué, Mayor of Huaquillal
  ("la alcaldesa" there); the robbery suspect Wilmer Ipanaqué Chero; the fisherman Eleuterio Querevalú Panta and his
  boat La Gaviota II; the surfer Yesenia Zapata Lalupú of Chulamar; concrete "zapatas"; Miss Paltaral Karina Periche
  Valdiviezo; the provincial Mayor Segundo Chunga Yarlequé; regional governor Abdías Cherre Llontop; the hamlet
  Guayacán in the highland province of Ayabaquilla; the guayacán tree and its wood; the club Deportivo Guayacán.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. A plain
  announcement or notice is neutral; a delivered work or a good figure is positive. The Mayor criticising the
  regional or national government is neutral toward us unless the story is about our own failure. A mixed story
  takes the tone a press officer would take away (headline and weight of the text). An accusation the official
  denies is still a story about an accusation (negative). Stories not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention. A road, a canal, a health post or coastal defences the Mayor asks others to fix take that topic
  (obras, salud). Sewage, standpipes, parks, sports slabs, street works and the wharf works are obras; rubble and
  garbage on streets and beaches are limpieza; fumigation, vaccination, anemia and health campaigns are salud;
  arbitrios, predial, amnesty and the market fee (sisa) are tributos. Water cuts, street lighting, Vaso de Leche,
  traffic, licences, street-vendor removal, culture, sport, schools, sea safety gear and hiring are none.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcalde",
    "R": "regidora_zapata",
    "P": "subgerenta_social",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de Caleta Guayacán",
        "short_name": "MDCG",
        "level": "DISTRITAL",
        "province": "Paltaral",
        "aliases": ["municipio guayacanense", "comuna guayacanense", "Municipalidad de Caleta Guayacán"],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Marleni",
            "surnames": "Yovera Sernaqué",
            "sex": "F",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "Gaviota",
            "aliases": ["Gaviota Yovera", "alcaldesa Yovera", "Yovera Sernaqué", "Marleni Yovera"],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Wilmer",
            "surnames": "Ipanaqué Ruiz",
            "sex": "M",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerente Ipanaqué", "gerente municipal Wilmer Ipanaqué"],
        },
        {
            "key": "teniente_alcalde",
            "given_names": "Eleuterio",
            "surnames": "Querevalú Fiestas",
            "sex": "M",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcalde Querevalú", "regidor Querevalú"],
        },
        {
            "key": "regidora_zapata",
            "given_names": "Yesenia",
            "surnames": "Zapata Nima",
            "sex": "F",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidora Zapata", "concejala Zapata"],
        },
        {
            "key": "subgerenta_social",
            "given_names": "Karina",
            "surnames": "Periche Ancajima",
            "sex": "F",
            "position": "Subgerente de Desarrollo Social y Salud",
            "position_feminine": "Subgerenta de Desarrollo Social y Salud",
            "office_code": "GERENTE_DESARROLLO_SOCIAL",
            "aliases": ["subgerenta Periche", "Karina Periche"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "marea": {
        "name": "La Marea del Norte",
        "host": "lamareadelnorte.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 70000,
    },
    "algarrobo": {
        "name": "Diario El Algarrobo",
        "host": "diarioelalgarrobo.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "rcaleta": {
        "name": "Radio Caleta Mar 101.7 FM",
        "host": "radiocaletamar.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 16000,
    },
    "ntv": {
        "name": "Ñomala Televisión Canal 4",
        "host": "nomalatv.example.pe",
        "media_kind": "TV",
        "level": "REGIONAL",
        "reach": 110000,
    },
    "apnr": {
        "name": "Agencia Peruana de Noticias Regionales",
        "host": "apnr.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 240000,
    },
    "costa": {
        "name": "Perú Costa Adentro",
        "host": "perucostaadentro.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 540000,
    },
    "norte": {
        "name": "Norte al Minuto",
        "host": "nortealminuto.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 44000,
    },
    "gnoticias": {
        "name": "Guayacán Noticias",
        "host": "guayacannoticias.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 4500,
    },
    "vocero": {
        "name": "El Vocero Pesquero",
        "host": "elvoceropesquero.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 19000,
    },
    "arena": {
        "name": "Revista Arena y Sal",
        "host": "revistaarenaysal.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 9000,
    },
    "expnom": {
        "name": "Express Ñomala",
        "host": "expressnomala.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 12000,
    },
    "bvecinal": {
        "name": "Boletín Vecinal Guayacanense",
        "host": "boletinguayacanense.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 1800,
    },
    "faro": {
        "name": "Semanario El Faro Norteño",
        "host": "semanarioelfaro.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6500,
    },
    "rbahia": {
        "name": "Radio Bahía Norte",
        "host": "radiobahianorte.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 14000,
    },
}

FURNITURE = {
    "old_comments": [
        "Esa Gaviota Yovera solo aparece por la caleta cuando hay cámaras de televisión",
        "El municipio guayacanense cobra los arbitrios bien puntual pero la playa sigue llena de basura",
    ],
    "old_most_read": "Asaltan a cobrador de mototaxis en el paradero de Chulamar",
    "old_motto": "El diario de la costa norte desde 1979",
    "old_city": "Paltaral",
    "section_agenda": "Chulamar celebra a San Pedro con procesión marítima",
    "hostile_place": "Caleta Guayacán",
    "hostile_alias": "municipio guayacanense",
    "error_page_outlet": "Radio Bahía Norte, la voz del litoral",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expnom": {
        "name": "Express Ñomala",
        "outlet": "expnom",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["w005", "w044"],
        "cut_at": 0.65,
    },
    "bvecinal": {"name": "Boletín Vecinal Guayacanense", "outlet": "bvecinal", "format": "bomb", "path": "/rss"},
    "faro": {"name": "Semanario El Faro Norteño", "outlet": "faro", "format": "xxe", "path": "/feed/"},
    "rbahia": {
        "name": "Radio Bahía Norte",
        "outlet": "rbahia",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "marea": {
        "name": "La Marea del Norte",
        "outlet": "marea",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "algarrobo": {
        "name": "Diario El Algarrobo",
        "outlet": "algarrobo",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/regiones.xml",
    },
    "rcaleta": {
        "name": "Radio Caleta Mar 101.7 FM",
        "outlet": "rcaleta",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticiero",
    },
    "ntv": {"name": "Ñomala Televisión Canal 4", "outlet": "ntv", "format": "atom", "path": "/noticias/atom.xml"},
    "apnr": {
        "name": "Agencia Peruana de Noticias Regionales",
        "outlet": "apnr",
        "format": "atom",
        "path": "/norte/feed.atom",
    },
    "costa": {
        "name": "Perú Costa Adentro",
        "outlet": "costa",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "norte": {
        "name": "Norte al Minuto",
        "outlet": "norte",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas/rss.xml",
    },
    "gnoticias": {
        "name": "Guayacán Noticias",
        "outlet": "gnoticias",
        "format": "section",
        "template": "section",
        "path": "/locales",
    },
    "vocero": {
        "name": "El Vocero Pesquero",
        "outlet": "vocero",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/noticias.xml",
    },
    "arena": {
        "name": "Revista Arena y Sal",
        "outlet": "arena",
        "format": "rss",
        "mode": "description",
        "path": "/opinion/rss",
    },
}

STORIES = [
    # --- La Marea del Norte: provincial daily, full text in RSS, priority ------------------------------------------------
    S(
        "w001",
        "marea",
        "2026-11-02T07:10:00-05:00",
        "Caleta Guayacán estrena catorce cámaras de videovigilancia en el malecón Grau",
        """Desde el sábado, el malecón Grau tiene ojos de día y de noche. La Municipalidad Distrital de Caleta Guayacán instaló catorce cámaras de alta definición entre el muelle y la plaza de armas, conectadas a una central de monitoreo que funciona en el local del serenazgo.

        La inversión fue de 410 000 soles e incluyó dos operadores por turno y un enlace directo con la comisaría. «Con las cámaras ya identificamos a los que robaban celulares a los turistas los domingos», explicó un operador.

        La alcaldesa Marleni Yovera Sernaqué recorrió la central y anunció que en enero se sumarán otras seis cámaras en el paradero de mototaxis.""",
        m="I A",
        t="seguridad",
        tone="+",
        note="delivered security equipment told through figures",
    ),
    S(
        "w002",
        "marea",
        "2026-11-02T19:30:00-05:00",
        "Pescador de Caleta Guayacán aparece con vida tras tres días a la deriva",
        """Eleuterio Querevalú Panta, de 58 años, fue rescatado ayer por una patrullera de la Marina de Guerra a 40 millas de la costa, tres días después de que el motor de su bote, La Gaviota II, se apagara en plena faena de pinta.

        El pescador sobrevivió tomando el agua de lluvia que juntó en un balde y comiendo la carnada que le quedaba. «Vi pasar dos barcos grandes y ninguno me vio», contó a su llegada al muelle, donde lo esperaban su esposa y sus cinco hijos.

        Sus compañeros de la caleta habían salido a buscarlo en sus propias embarcaciones desde el primer día.""",
        about=False,
        note="namesake: a fisherman with the teniente alcalde's given name and first surname; the boat is La Gaviota II",
    ),
    S(
        "w003",
        "marea",
        "2026-11-03T08:00:00-05:00",
        "Desembarcadero de Caleta Guayacán: obra de reforzamiento lleva cinco meses paralizada",
        """Los pilotes nuevos del desembarcadero siguen tirados en la arena, oxidándose al sol. La obra de reforzamiento que la Municipalidad de Caleta Guayacán contrató en mayo por 2,8 millones de soles está paralizada desde junio, con un avance físico de apenas 22 %.

        Mientras tanto, los pescadores descargan sus cajas de pota a hombro desde la orilla. «Perdemos una hora por viaje y el pescado se calienta», reclamó Teodoro Chapilliquén, patrón de una lancha.

        El gerente municipal Wilmer Ipanaqué Ruiz admitió que el contratista abandonó la obra y dijo que la comuna está resolviendo el contrato por incumplimiento.""",
        m="I G",
        t="obras",
        tone="-",
        note="municipal works stalled; 'la comuna' alone is not a further mention",
    ),
    S(
        "w004",
        "marea",
        "2026-11-03T12:20:00-05:00",
        "Chulamar inicia fumigación casa por casa contra el dengue",
        """Brigadas de la Municipalidad Distrital de Chulamar y de la Dirección Regional de Salud empezaron ayer a fumigar las 3 100 viviendas del casco urbano de ese distrito, donde se han confirmado doce casos de dengue en lo que va del mes.

        El alcalde de Chulamar, Aurelio Sernaqué Tume, pidió a los vecinos dejar las puertas abiertas y tapar los cilindros de agua. «El zancudo no respeta a nadie», advirtió.""",
        about=False,
        note="a neighbouring district with the same topic words; its Mayor shares our Mayor's second surname",
    ),
    S(
        "w005",
        "marea",
        "2026-11-04T07:40:00-05:00",
        "Comuna guayacanense lanza amnistía tributaria hasta el 20 de diciembre",
        """La comuna guayacanense aprobó una amnistía tributaria que condona el total de multas e intereses del impuesto predial y de los arbitrios de limpieza pública y serenazgo hasta el 20 de diciembre.

        Podrán acogerse los contribuyentes que paguen al contado o en un máximo de tres cuotas. La ordenanza también suspende durante ese plazo los procedimientos de cobranza coactiva que no hayan llegado a embargo.

        La oficina de rentas atenderá de lunes a sábado, de 8 de la mañana a 5 de la tarde, en el local municipal de la calle Bolognesi.""",
        m="I",
        t="tributos",
        tone="0",
        note="plain notice of a tax amnesty",
    ),
    S(
        "w006",
        "marea",
        "2026-11-04T20:10:00-05:00",
        "Alcaldesa Yovera culpa al Gobierno Regional por la demora del canal El Papayo",
        """La alcaldesa Marleni Yovera Sernaqué responsabilizó al Gobierno Regional de Ñomala por el retraso de la obra de revestimiento del canal El Papayo, que debía regar 1 400 hectáreas de limón y mango del valle del Salitral.

        «El expediente está en Paltaral desde hace un año y nadie lo mira. Los agricultores no pueden seguir regando por turnos de doce horas», afirmó la burgomaestra durante una asamblea con la junta de regantes.

        Yovera anunció que viajará a la sede regional para pedir una cita con el gobernador.""",
        m="A",
        t="obras",
        tone="0",
        note="Mayor criticising the regional government: neutral toward us; a canal the Mayor asks others to build is obras",
    ),
    S(
        "w007",
        "marea",
        "2026-11-05T07:15:00-05:00",
        "Recojo de basura se normaliza en La Bocana tras llegada de segunda compactadora",
        """Después de seis semanas con recojo interdiario, las calles de La Bocana vuelven a ver pasar el camión de basura todos los días. La Municipalidad de Caleta Guayacán puso en servicio una segunda compactadora de 15 metros cúbicos, que cubrirá el anexo y la zona del malecón.

        El gerente municipal Wilmer Ipanaqué explicó que con la nueva unidad se recogen 19 toneladas diarias, frente a las 12 de octubre. «Ya no tenemos bolsas esperando tres días en la esquina», confirmó Rosa Timaná, presidenta del comité vecinal.""",
        m="I G",
        t="limpieza",
        tone="+",
    ),
    S(
        "w008",
        "marea",
        "2026-11-05T18:40:00-05:00",
        "Regidora Zapata denuncia que obra del mercado se pagó al 90 % con un avance del 60 %",
        """La regidora Yesenia Zapata Nima presentó ante el Órgano de Control Institucional una denuncia por la remodelación del Mercado Modelo, obra por la que la Municipalidad Distrital de Caleta Guayacán ya desembolsó el 90 % de los 1,9 millones de soles del contrato.

        Según las fotos y el informe de inspección que presentó la concejala, el avance real no supera el 60 %: faltan los techos de la zona de pescados y la red de desagüe de los puestos de comida.

        El gerente municipal Wilmer Ipanaqué Ruiz negó irregularidades y sostuvo que los pagos corresponden a materiales ya comprados y almacenados.""",
        m="R I G",
        t="obras",
        tone="-",
        note="an accusation the official denies is still negative",
    ),
    S(
        "w009",
        "marea",
        "2026-11-06T07:00:00-05:00",
        "Yesenia Zapata gana el circuito nacional de tabla en las olas de Chulamar",
        """La tablista Yesenia Zapata Lalupú, de 19 años, se coronó campeona del circuito nacional de tabla en la categoría open damas, tras una final muy disputada en la punta de Chulamar.

        Zapata, hija de pescadores, aprendió a correr olas con una tabla de madera que le fabricó su abuelo. «Esto es para todas las chicas de la caleta que entrenan sin auspicio», dijo con la copa en la mano.""",
        about=False,
        note="namesake: a surfer with the regidora's given name and first surname",
    ),
    S(
        "w010",
        "marea",
        "2026-11-06T09:30:00-05:00",
        "Campaña de salud gratuita atiende a 640 vecinos en el anexo Cerro Blanco",
        """Seiscientos cuarenta pobladores del anexo Cerro Blanco recibieron el domingo atención gratuita en medicina general, odontología, obstetricia y tamizaje de anemia, durante la campaña de salud organizada por la subgerencia de Desarrollo Social y Salud.

        La subgerenta Karina Periche Ancajima informó que 87 niños fueron diagnosticados con anemia y que todos recibirán sulfato ferroso y visitas domiciliarias durante seis meses.

        «Antes teníamos que ir hasta Paltaral para que nos vea un dentista», contó Esperanza Nima, que llevó a sus tres nietos.""",
        m="P",
        t="salud",
        tone="+",
        note="the subgerencia is not the institution; only the subgerenta is named",
    ),
    S(
        "w011",
        "marea",
        "2026-11-07T08:10:00-05:00",
        "Junta de usuarios advierte que falta agua para la campaña de arroz en el valle del Salitral",
        """La Junta de Usuarios del valle del Salitral advirtió que el reservorio regional solo tiene 38 % de su capacidad y que no alcanzará para sembrar las 9 000 hectáreas de arroz previstas para la campaña grande.

        Los agricultores de Caleta Guayacán, Chulamar y Huaquillal tendrán que reducir sus siembras o cambiar a cultivos de menor consumo de agua, como el frijol caupí, recomendó el presidente de la junta, Jacinto Ruiz Fiestas.""",
        about=False,
        note="the district named in passing in a farming story",
    ),
    S(
        "w012",
        "marea",
        "2026-11-07T19:00:00-05:00",
        "Mototaxistas de Caleta Guayacán denuncian cobro de cupos y piden serenos de noche",
        """Al menos cuarenta mototaxistas de Caleta Guayacán pagan cinco soles diarios a una banda que los amenaza por mensajes de WhatsApp, denunció la asociación de mototaxistas Señor de los Milagros.

        Los conductores se quejan de que después de las diez de la noche no ven ni un sereno en el paradero del mercado. «El serenazgo se va a dormir temprano y nos dejan solos con los extorsionadores», reclamó el dirigente Pedro Ancajima.

        La asociación pidió a la alcaldesa una reunión urgente y que las rondas nocturnas incluyan los paraderos.""",
        about=True,
        t="seguridad",
        tone="-",
        note="about the serenazgo failing at night; nobody of ours is named ('la alcaldesa' bare)",
    ),
    S(
        "w013",
        "marea",
        "2026-11-08T07:30:00-05:00",
        "Municipalidad de Caleta Guayacán informa cortes de tránsito por el aniversario",
        """La Municipalidad de Caleta Guayacán informó que el domingo 8 y el lunes 9 de noviembre se cerrará al tránsito vehicular el jirón Grau, entre la plaza de armas y el malecón, por las actividades del 82 aniversario del distrito.

        Las combis que van a Paltaral saldrán del paradero provisional de la avenida Sullana. El desfile cívico empezará a las 9 de la mañana y el corso, a las 4 de la tarde.""",
        m="I",
        tone="0",
        note="plain traffic notice; traffic is none of the five topics",
    ),
    S(
        "w014",
        "marea",
        "2026-11-08T21:15:00-05:00",
        "Caleta Guayacán cumple 82 años con serenata, corso y miles en la plaza",
        """Miles de vecinos llenaron la plaza de armas para la serenata por el 82 aniversario de Caleta Guayacán, que terminó pasada la medianoche con fuegos artificiales sobre el mar.

        En su discurso, la alcaldesa Marleni Yovera recordó a los fundadores que levantaron las primeras ramadas de pescadores y agradeció a las 26 delegaciones del corso. La banda de la Marina y una orquesta de cumbia pusieron a bailar a la plaza hasta la madrugada.

        Vecinos y visitantes coincidieron en que fue la celebración más concurrida de los últimos años.""",
        m="A",
        tone="+",
        note="a well-attended anniversary organised by the administration; culture is no topic",
    ),
    S(
        "w015",
        "marea",
        "2026-11-09T07:05:00-05:00",
        "Arbitrios subirán 12 % en 2027: el concejo aprobó el alza con votos divididos",
        """Con cinco votos a favor y dos en contra, el concejo aprobó la ordenanza que sube en 12 % los arbitrios de limpieza pública, parques y serenazgo para 2027. La Municipalidad Distrital de Caleta Guayacán sustentó el alza en el mayor costo del combustible y del relleno sanitario de Paltaral.

        La regidora Yesenia Zapata Nima votó en contra. «Es un golpe al bolsillo de familias que viven del día a día, cuando el recojo de basura todavía no llega a los caseríos», dijo.

        Una vivienda promedio del casco urbano pagará 9,40 soles mensuales, un sol más que este año.""",
        m="I R",
        t="tributos",
        tone="-",
        note="a tax rise; the 'limpieza' in 'arbitrios de limpieza pública' does not make it a limpieza story",
    ),
    S(
        "w016",
        "marea",
        "2026-11-09T12:00:00-05:00",
        "Detienen a Wilmer Ipanaqué Chero, alias Chato, por robo de motores fuera de borda",
        """Agentes de la División de Investigación Criminal de Paltaral detuvieron a Wilmer Ipanaqué Chero, de 31 años, conocido como Chato, acusado de integrar una banda que robaba motores fuera de borda en las caletas de la provincia.

        En su vivienda del asentamiento humano Los Algarrobos se hallaron tres motores que habían sido denunciados como robados por pescadores de Caleta Guayacán y Chulamar. La Policía busca a otros dos integrantes de la banda.""",
        about=False,
        note="namesake: a robbery suspect with the gerente municipal's given name and first surname",
    ),
    S(
        "w017",
        "marea",
        "2026-11-10T07:20:00-05:00",
        "Gaviotas y lobos marinos invaden la orilla por los descartes de pota",
        """Cientos de gaviotas y una decena de lobos marinos se disputan cada mañana las vísceras de pota que los pescadores arrojan en la orilla junto al desembarcadero de Caleta Guayacán.

        Santos Yovera Chapilliquén, presidente de la Organización Social de Pescadores Artesanales, reconoció que el problema es de los propios pescadores y anunció que el gremio cavará una poza para enterrar los descartes. «No podemos echarle la culpa a nadie; la playa la ensuciamos nosotros», dijo el dirigente Yovera.""",
        about=False,
        note="namesakes: seagulls and a fishermen's leader surnamed Yovera; no municipal angle",
    ),
    S(
        "w018",
        "marea",
        "2026-11-10T19:45:00-05:00",
        "Vaso de Leche: comuna guayacanense reparte hojuelas tras tres meses de retraso",
        """Tres meses después de lo previsto, los 94 comités del Vaso de Leche de Caleta Guayacán recibieron ayer 18 toneladas de hojuelas de quinua y avena. Las madres habían protestado dos veces frente al local municipal.

        La subgerenta de Desarrollo Social y Salud, Karina Periche, atribuyó la demora a un proceso de compra que quedó desierto, pero las dirigentas recordaron que los niños pasaron todo agosto, setiembre y octubre sin desayuno.

        La comuna guayacanense aseguró que la entrega de diciembre llegará a tiempo.""",
        m="I P",
        tone="-",
        note="a delivery that comes three months late: the delay carries the story; Vaso de Leche is none of the five",
    ),
    S(
        "w019",
        "marea",
        "2026-11-11T07:00:00-05:00",
        "Huaquillal: alcaldesa Mogollón inaugura posta médica en el caserío San Isidro",
        """La alcaldesa de Huaquillal, Gladys Mogollón Ipanaqué, inauguró la posta médica del caserío San Isidro, que atenderá a unas 1 800 personas con un médico, dos enfermeras y una obstetra.

        La obra costó 1,1 millones de soles y fue financiada con recursos del fondo de compensación. «Ya no tendrán que cargar a sus enfermos en mototaxi hasta la ciudad», dijo la alcaldesa.""",
        about=False,
        note="a neighbouring district's mayoress ('la alcaldesa' bare) and a health post",
    ),
    S(
        "w020",
        "marea",
        "2026-11-11T08:30:00-05:00",
        "Teniente alcalde Querevalú asume el despacho por viaje de la alcaldesa a Lima",
        """El teniente alcalde Eleuterio Querevalú Fiestas asumirá desde hoy y hasta el viernes el despacho de alcaldía, mientras la alcaldesa Marleni Yovera Sernaqué participa en el congreso nacional de municipalidades rurales en Lima.

        La encargatura fue aprobada en la última sesión de concejo. Querevalú presidirá la reunión del comité de seguridad ciudadana prevista para el jueves.""",
        m="T A",
        tone="0",
        note="plain administrative notice; chairing a committee meeting is a passing mention, no topic",
    ),
    S(
        "w021",
        "marea",
        "2026-11-12T07:10:00-05:00",
        "Ni una sola observación: Mercado Modelo aprueba la inspección tras el plan de limpieza",
        """Ni una sola observación. Así terminó la inspección que la Dirección Regional de Salud hizo el martes al Mercado Modelo, después de un mes del plan de limpieza y desinfección que puso en marcha la Municipalidad Distrital de Caleta Guayacán.

        En julio, la misma inspección había encontrado basura acumulada detrás de los puestos de pescado, canaletas atoradas y roedores. Ahora el mercado tiene contenedores con tapa, recojo tres veces al día y lavado general los lunes.""",
        m="I",
        t="limpieza",
        tone="+",
        note="negation carrying a positive outcome; the story is the cleaning plan",
    ),
    S(
        "w022",
        "marea",
        "2026-11-12T20:00:00-05:00",
        "Oleaje anómalo: Capitanía cierra las caletas de Chulamar y Caleta Guayacán",
        """La Capitanía de Puerto de Paltaral dispuso el cierre de las caletas de Chulamar y Caleta Guayacán para embarcaciones menores hasta el sábado, por un oleaje anómalo de intensidad moderada a fuerte.

        La Dirección de Hidrografía de la Marina recomendó a los bañistas no ingresar al mar y a los pescadores asegurar sus botes en la zona alta de la playa.""",
        about=False,
        note="the place named in a maritime notice; no municipal angle",
    ),
    S(
        "w023",
        "marea",
        "2026-11-13T07:30:00-05:00",
        "Comuna guayacanense no pagó a los serenos en octubre y 22 trabajadores paralizan",
        """Veintidós serenos de Caleta Guayacán dejaron de patrullar ayer en protesta porque la comuna guayacanense no les ha pagado el sueldo de octubre. Solo quedaron dos camionetas con choferes contratados para atender emergencias.

        «Tenemos familia, pagamos alquiler, y nos dicen que esperemos», reclamó uno de los serenos, que pidió no ser identificado. El gerente municipal Wilmer Ipanaqué Ruiz dijo que el pago se retrasó por un problema en la transferencia del Ministerio de Economía y que se hará efectivo el viernes.""",
        m="I G",
        t="seguridad",
        tone="-",
    ),
    S(
        "w024",
        "marea",
        "2026-11-13T18:00:00-05:00",
        "Marleni Yovera Timaná, maestra de Paltaral, gana el Premio Nacional a la Docencia",
        """La profesora Marleni Yovera Timaná, de la escuela rural N.º 14237 de Paltaral, ganó el Premio Nacional a la Docencia por un proyecto que enseña matemáticas con las mediciones de la cosecha de mango.

        Yovera, de 44 años, recibirá 30 000 soles y una pasantía en Finlandia. «Mis alumnos ahora calculan cuántas jabas salen por árbol», contó la maestra, que trabaja en esa escuela desde hace dieciocho años.""",
        about=False,
        note="namesake: a teacher with the Mayor's given name and first surname",
    ),
    S(
        "w025",
        "marea",
        "2026-11-14T07:45:00-05:00",
        "Paltaral recibe 11 millones para agua y desagüe; Caleta Guayacán queda fuera por su expediente",
        """El Ministerio de Vivienda transfirió 11 millones de soles para obras de agua y desagüe en cuatro distritos de la provincia de Paltaral. Caleta Guayacán no figura en la lista porque su expediente técnico para el alcantarillado de La Bocana fue observado dos veces y no se levantaron las observaciones a tiempo.

        La alcaldesa de Caleta Guayacán, Marleni Yovera Sernaqué, calificó la decisión de «discriminación contra los distritos pequeños». Sin embargo, el informe del ministerio indica que la Municipalidad Distrital de Caleta Guayacán dejó vencer el plazo del 30 de setiembre.

        Los vecinos de La Bocana siguen usando silos y pozos ciegos.""",
        m="A I",
        t="obras",
        tone="-",
        note="the Mayor blames others, but the story is about our own failure (an expired deadline)",
    ),
    S(
        "w026",
        "marea",
        "2026-11-15T09:00:00-05:00",
        "Crónica: una madrugada con los pescadores de pinta",
        """A las tres de la mañana, la orilla ya huele a petróleo y a carnada. Don Eusebio empuja su bote con otros tres hombres, el agua helada hasta las rodillas, y las gaviotas lo siguen como si supieran que vuelve con pescado.

        Mar adentro, la pinta es paciencia: un cordel, un anzuelo, la mano que siente el tirón. Al amanecer, el bote trae cabrilla, cachema y un par de meros que se venderán en Paltaral al doble de lo que se pagan en la caleta.

        «El mar da, pero cobra», dice don Eusebio, y enciende un cigarro mientras cuenta las cajas.""",
        about=False,
        note="a crónica with seagulls; no municipal angle",
    ),
    S(
        "w027",
        "marea",
        "2026-11-16T07:10:00-05:00",
        "Serenazgo de Caleta Guayacán recupera mototaxi robada en menos de una hora",
        """Una mototaxi robada a punta de cuchillo en el paradero del mercado fue recuperada en menos de una hora por el serenazgo de Caleta Guayacán, gracias a las cámaras del malecón que registraron la ruta de los delincuentes.

        Los serenos interceptaron el vehículo en la salida a Chulamar y entregaron a los dos detenidos a la comisaría. El dueño, Julio Chunga, agradeció la rapidez: «Es mi herramienta de trabajo, sin ella no como».""",
        about=True,
        t="seguridad",
        tone="+",
        note="'serenazgo de Caleta Guayacán' is not the institution; about the municipal service, nobody named",
    ),
    S(
        "w028",
        "marea",
        "2026-11-17T07:30:00-05:00",
        "Colapsa buzón en la calle Bolognesi y aguas servidas llegan a un colegio",
        """Un buzón del desagüe colapsó el lunes en la calle Bolognesi y las aguas servidas corrieron media cuadra hasta la puerta del colegio Miguel Grau, que suspendió las clases.

        El buzón forma parte de la obra de alcantarillado que la municipalidad guayacanense entregó en agosto. Los padres de familia recordaron que ya había colapsado en setiembre y que solo se parchó con cemento.

        La entidad prestadora de agua sostuvo que la obra aún no le ha sido transferida y que la reparación corresponde al municipio.""",
        m="I",
        t="obras",
        tone="-",
        note="'la municipalidad guayacanense' names the institution; a sewage work is obras",
    ),
    S(
        "w029",
        "marea",
        "2026-11-18T07:00:00-05:00",
        "Municipio guayacanense y Diresa vacunan a 1 100 niños contra el sarampión",
        """El municipio guayacanense y la Dirección Regional de Salud vacunaron a 1 100 niños menores de cinco años contra el sarampión y la polio en una jornada casa por casa que cubrió el casco urbano y los anexos La Bocana y Cerro Blanco.

        La subgerenta Karina Periche Ancajima informó que la cobertura en el distrito pasó de 71 % a 93 %, por encima del promedio regional.""",
        m="I P",
        t="salud",
        tone="+",
    ),
    S(
        "w030",
        "marea",
        "2026-11-19T19:10:00-05:00",
        "Deportivo Guayacán golea 4-0 y clasifica a la etapa regional de la Copa Perú",
        """Deportivo Guayacán no tuvo piedad con Unión Huaquillal: cuatro goles en el estadio de Paltaral y pase a la etapa regional de la Copa Perú.

        El delantero Roberto Sernaqué anotó dos goles y el arquero Luis Panta atajó un penal en el primer tiempo. El equipo de la caleta jugará la siguiente fase ante Atlético Ñomala.""",
        about=False,
        note="sport; the club's name contains the place",
    ),
    S(
        "w031",
        "marea",
        "2026-11-20T07:40:00-05:00",
        "Gerente Ipanaqué: «El desembarcadero estará listo en marzo»",
        """La obra de reforzamiento del desembarcadero de Caleta Guayacán se reanudará el lunes con un nuevo contratista, anunció el gerente Ipanaqué, tras la resolución del contrato con la empresa que abandonó los trabajos en junio.

        La nueva empresa tendrá 120 días para hincar los 48 pilotes y reconstruir la plataforma de descarga, por un saldo de 2,1 millones de soles. El contrato incluye una penalidad diaria de 4 000 soles por retraso.

        «El desembarcadero estará listo en marzo, antes de la temporada fuerte de pota», aseguró el funcionario.""",
        m="G",
        t="obras",
        tone="+",
        note="stalled works restarting with a new contractor: good news for the administration",
    ),
    S(
        "w032",
        "marea",
        "2026-11-21T08:00:00-05:00",
        "Vecinos de San Julián bloquean la carretera: exigen limpiar el dren 4",
        """Pobladores del caserío San Julián bloquearon durante cuatro horas la carretera a Paltaral para exigir al Gobierno Regional la limpieza del dren 4, que está cubierto de totora y ya inundó dos veces sus chacras.

        La alcaldesa de Caleta Guayacán, Marleni Yovera, llegó al bloqueo y respaldó el reclamo. «Este dren es de competencia regional; llevamos tres oficios sin respuesta», dijo. El tránsito se restableció al mediodía, tras el compromiso de una reunión el martes.""",
        m="A",
        tone="0",
        note="the Mayor backing neighbours against the regional government; a drain's upkeep is none of the five",
    ),
    S(
        "w033",
        "marea",
        "2026-11-23T07:20:00-05:00",
        "La sisa del mercado pasará a cobrarse con boleta electrónica desde diciembre",
        """Desde el 1 de diciembre, la sisa del Mercado Modelo y de la feria de los domingos se cobrará con boleta electrónica, informó la Municipalidad Distrital de Caleta Guayacán.

        Los cobradores llevarán una impresora portátil y cada comerciante recibirá su comprobante. La tarifa no cambia: un sol diario por puesto fijo y cincuenta céntimos por puesto ambulante.""",
        m="I",
        t="tributos",
        tone="0",
        note="the market fee is a municipal tax; plain notice",
    ),
    S(
        "w034",
        "marea",
        "2026-11-25T07:00:00-05:00",
        "Alcaldesa guayacanense responde a la regidora: «No hay sobreprecio, hay mala fe»",
        """La alcaldesa guayacanense Marleni Yovera Sernaqué rechazó la denuncia de la regidora Yesenia Zapata Nima sobre pagos adelantados en la remodelación del Mercado Modelo y la acusó de actuar «con mala fe política».

        La burgomaestra mostró actas de recepción de materiales y dijo que el avance físico ya llega a 71 %. La regidora Zapata respondió que esperará el informe del Órgano de Control y que las actas «no reemplazan una obra terminada».""",
        m="A R",
        t="obras",
        tone="-",
        note="a denial keeps the story about an accusation",
    ),
    # --- Diario El Algarrobo: regional paper, teasers in RSS, 2009 table template with comments ------------------------
    S(
        "w035",
        "algarrobo",
        "2026-11-02T10:00:00-05:00",
        "Gobierno Regional de Ñomala alista plan de contingencia ante El Niño costero",
        """El Gobierno Regional de Ñomala presentó su plan de contingencia ante un posible Niño costero en el verano de 2027, con 46 millones de soles para descolmatar ríos, reforzar defensas ribereñas y almacenar ayuda humanitaria.

        El gobernador Abdías Cherre Llontop señaló como zonas críticas las partes bajas del Salitral, entre Chulamar, Caleta Guayacán y Huaquillal, que se inundaron en 2017 y 2023.

        Los trabajos de descolmatación empezarán en diciembre con maquinaria propia.""",
        about=False,
        note="the district named in passing in a regional plan",
    ),
    S(
        "w036",
        "algarrobo",
        "2026-11-03T09:15:00-05:00",
        "Botadero de Cerro Blanco arde desde hace cuatro días y el humo llega a la escuela",
        """El botadero de Cerro Blanco, donde la Municipalidad Distrital de Caleta Guayacán arroja cada día unas veinte toneladas de basura, arde desde el viernes y una columna de humo negro cubre la escuela del anexo.

        Los profesores suspendieron el recreo al aire libre y varios niños fueron llevados al puesto de salud con tos e irritación en los ojos. «Nadie viene a apagar esto, el humo entra a las aulas», denunció la directora, Elsa Lalupú.

        Los vecinos recordaron que el relleno sanitario prometido para 2025 aún no tiene ni terreno.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a garbage dump burning; children's cough is part of the same story, not a health topic",
    ),
    S(
        "w037",
        "algarrobo",
        "2026-11-04T10:30:00-05:00",
        "Alcalde provincial Chunga anuncia pavimentación de la avenida Grau de Paltaral",
        """El alcalde provincial de Paltaral, Segundo Chunga Yarlequé, anunció que en enero empezará la pavimentación de los 2,3 kilómetros de la avenida Grau, la principal vía comercial de la ciudad.

        La obra costará 14 millones de soles y se ejecutará por tramos para no cerrar toda la avenida. «Será la obra más grande de esta gestión», dijo Chunga.""",
        about=False,
        note="the provincial municipality; topic words in a story about another town",
    ),
    S(
        "w038",
        "algarrobo",
        "2026-11-05T09:00:00-05:00",
        "Más de 300 contribuyentes se acogen a la amnistía en su primer día",
        """Trescientos doce contribuyentes se acogieron el primer día a la amnistía tributaria de la Municipalidad de Caleta Guayacán, que condona multas e intereses del impuesto predial y los arbitrios.

        La recaudación de la jornada llegó a 96 000 soles, más de lo que la oficina de rentas cobra en un mes normal. Las colas empezaron a las seis de la mañana frente al local de la calle Bolognesi.""",
        m="I",
        t="tributos",
        tone="+",
        note="a good collection figure",
    ),
    S(
        "w039",
        "algarrobo",
        "2026-11-27T10:10:00-05:00",
        "Regidora guayacanense pide licencia por una operación",
        """La regidora Yesenia Zapata Nima solicitó licencia por quince días para someterse a una operación de vesícula en un hospital de Chiclayo, informó la secretaría general.

        Durante su ausencia la reemplazará en la comisión de fiscalización el regidor Julio Purizaca. Zapata anunció que retomará sus funciones a mediados de diciembre.""",
        m="R",
        tone="0",
        note="a council member's medical leave: about her, no topic",
    ),
    S(
        "w040",
        "algarrobo",
        "2026-11-07T09:40:00-05:00",
        "Roban la custodia de plata de la parroquia San Pedro de Caleta Guayacán",
        """Desconocidos forzaron la puerta lateral de la parroquia San Pedro de Caleta Guayacán y se llevaron la custodia de plata del siglo XIX y las limosnas de la semana.

        El párroco, Lorenzo Timaná, pidió a los fieles que cualquier información sea entregada a la comisaría. «Es una pieza que los pescadores regalaron a la iglesia hace más de cien años», lamentó.""",
        about=False,
        note="a robbery at the parish with no municipal angle",
    ),
    S(
        "w041",
        "algarrobo",
        "2026-11-08T10:00:00-05:00",
        "La Gaviota, el restaurante de Chulamar que resucitó el sudado de mero",
        """En una esquina del malecón de Chulamar, un letrero pintado a mano anuncia La Gaviota. Doña Petronila Sernaqué cocina allí desde hace treinta años el sudado de mero con chicha de jora que aprendió de su madre.

        Los fines de semana la cola llega hasta la playa. «El secreto es el mero fresco y el ají que yo misma siembro», cuenta, mientras sirve cincuenta platos antes del mediodía.""",
        about=False,
        note="namesake: a restaurant called La Gaviota",
    ),
    S(
        "w042",
        "algarrobo",
        "2026-11-09T09:30:00-05:00",
        "Opositores acusan a la alcaldesa Yovera de contratar a su sobrino en el serenazgo",
        """El regidor Julio Purizaca, de la bancada opositora, acusó a la alcaldesa Marleni Yovera Sernaqué de haber colocado a su sobrino como jefe de turno del serenazgo sin concurso y con un sueldo de 3 200 soles.

        Purizaca presentó copia de la orden de servicio y de la partida de nacimiento que, según dijo, prueba el parentesco. La alcaldesa negó la acusación y afirmó que el joven «es un profesional que ingresó por sus méritos».""",
        m="A",
        tone="-",
        note="nepotism accusation denied: negative; hiring is no topic even in the serenazgo",
    ),
    S(
        "w043",
        "algarrobo",
        "2026-11-10T10:00:00-05:00",
        "Diresa Ñomala confirma 46 casos de dengue en la provincia de Paltaral",
        """La Dirección Regional de Salud de Ñomala confirmó 46 casos de dengue en la provincia de Paltaral en las últimas cuatro semanas: 21 en Chulamar, 12 en Paltaral, 9 en Caleta Guayacán y 4 en Huaquillal.

        La entidad recomendó eliminar los criaderos de zancudos, lavar con escobilla los depósitos de agua y acudir al centro de salud ante fiebre alta y dolor de cuerpo.""",
        about=False,
        note="regional health figures that name the district in passing",
    ),
    S(
        "w044",
        "algarrobo",
        "2026-11-11T09:00:00-05:00",
        "Comuna de Caleta Guayacán fumiga 2 400 viviendas contra el zancudo del dengue",
        """Brigadas de la comuna de Caleta Guayacán fumigaron en cinco días 2 400 viviendas del casco urbano y del anexo La Bocana, donde se concentran los nueve casos de dengue confirmados en el distrito.

        La subgerenta de Desarrollo Social y Salud, Karina Periche Ancajima, dijo que la segunda ronda empezará el lunes y que se han repartido 3 000 tapas para cilindros. Desde el inicio de la fumigación no se ha reportado ningún caso nuevo.""",
        m="I P",
        t="salud",
        tone="+",
    ),
    S(
        "w045",
        "algarrobo",
        "2026-11-12T10:15:00-05:00",
        "Pescadores de Chulamar y Caleta Guayacán se enfrentan por una zona de pesca",
        """Una pelea entre pescadores de Chulamar y de Caleta Guayacán por el uso de una zona de pesca frente a la punta Lobos dejó dos heridos y un bote volcado, informó la Capitanía de Puerto.

        Los gremios de ambas caletas se reunirán el lunes con Produce para delimitar las zonas. «Esto se arregla conversando, no a remazos», dijo Santos Yovera, dirigente de los pescadores guayacanenses.""",
        about=False,
        note="a fishermen's fight; the leader Santos Yovera is a namesake",
    ),
    S(
        "w046",
        "algarrobo",
        "2026-11-13T09:20:00-05:00",
        "Contraloría: municipalidad guayacanense no sustentó gastos del Festival de la Chita",
        """Un informe de la Contraloría General de la República concluye que la municipalidad guayacanense no sustentó 84 000 soles gastados en el Festival de la Chita de julio, entre ellos el alquiler de un escenario que no se instaló y 600 almuerzos sin lista de beneficiarios.

        El informe recomienda iniciar procesos administrativos a tres funcionarios de la gerencia de Desarrollo Económico. La municipalidad tiene veinte días para responder.""",
        m="I",
        tone="-",
        note="an audit finding; culture is none of the five",
    ),
    S(
        "w047",
        "algarrobo",
        "2026-11-14T10:00:00-05:00",
        "Teniente alcalde Querevalú encabeza operativo contra la venta ambulatoria en el malecón",
        """Un operativo encabezado por el teniente alcalde Eleuterio Querevalú Fiestas retiró ayer a 35 vendedores ambulantes del malecón Grau, que ocupaban la vereda con carretillas de ceviche, raspadillas y golosinas.

        Los comerciantes fueron reubicados en una losa junto al mercado. Algunos protestaron porque, dicen, allí no llegan los turistas. Querevalú sostuvo que el malecón debe quedar libre para el paseo de los vecinos.""",
        m="T",
        tone="0",
        note="street-vendor removal, told evenly: neutral, none of the five topics",
    ),
    S(
        "w048",
        "algarrobo",
        "2026-11-16T09:10:00-05:00",
        "Paltaral: concejo provincial aprueba arbitrios 2027 sin alza",
        """El concejo provincial de Paltaral aprobó los arbitrios de limpieza pública, parques y serenazgo para 2027 sin ningún incremento respecto de este año.

        El alcalde provincial Segundo Chunga Yarlequé explicó que el ahorro en combustible por la renovación de la flota de compactadoras permitió mantener las tasas.""",
        about=False,
        note="another municipality's taxes",
    ),
    S(
        "w049",
        "algarrobo",
        "2026-11-17T10:00:00-05:00",
        "Karina Periche Valdiviezo es coronada Miss Paltaral 2026",
        """Karina Periche Valdiviezo, estudiante de turismo de 21 años, fue coronada Miss Paltaral 2026 en una gala realizada en el coliseo cerrado de la ciudad.

        La nueva reina representará a la provincia en el certamen regional de febrero. «Quiero que el país conozca nuestras playas y nuestra gastronomía», dijo Periche tras recibir la corona.""",
        about=False,
        note="namesake: a beauty queen with the subgerenta's given name and first surname",
    ),
    S(
        "w050",
        "algarrobo",
        "2026-11-18T09:30:00-05:00",
        "La Bocana lleva un mes sin médico y la alcaldesa de Caleta Guayacán reclama a la Diresa",
        """El puesto de salud de La Bocana lleva un mes cerrado porque el único médico renunció y la Dirección Regional de Salud no ha enviado reemplazo. Los pacientes deben viajar 40 minutos hasta el centro de salud de la ciudad.

        La alcaldesa de Caleta Guayacán, Marleni Yovera Sernaqué, envió un oficio a la Diresa exigiendo un médico en diez días. «No es nuestra competencia contratar médicos, pero sí es nuestra gente», declaró.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor asks the regional health office to fix a health post: salud, neutral",
    ),
    S(
        "w051",
        "algarrobo",
        "2026-11-20T10:00:00-05:00",
        "Caleta Guayacán, entre las diez municipalidades con menor ejecución de inversiones de la región",
        """A falta de cuarenta días para cerrar el año, la Municipalidad Distrital de Caleta Guayacán ha ejecutado apenas el 31 % de su presupuesto de inversiones, según el portal de Transparencia Económica del Ministerio de Economía.

        De los 16 millones de soles asignados, solo ha gastado cinco. Las obras del desembarcadero, del Mercado Modelo y de la pista de la calle Tacna explican la mayor parte del retraso.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "w052",
        "algarrobo",
        "2026-11-22T09:00:00-05:00",
        "Gobernador Cherre: «El expediente del canal El Papayo llegó incompleto»",
        """El gobernador regional Abdías Cherre Llontop respondió a las críticas por la demora del canal El Papayo y aseguró que el expediente técnico que envió la Municipalidad de Caleta Guayacán llegó sin estudio de suelos ni certificación ambiental.

        «Los alcaldes piden obras por la radio, pero no presentan expedientes completos», dijo Cherre. Según el gobernador, el expediente fue devuelto dos veces con observaciones que el municipio no ha levantado.""",
        m="I",
        t="obras",
        tone="-",
        note="the regional governor blames our municipality for an incomplete dossier",
    ),
    S(
        "w053",
        "algarrobo",
        "2026-11-24T10:00:00-05:00",
        "Capturan a banda que asaltaba a turistas en la playa Las Gaviotas de Huaquillal",
        """La Policía capturó a cuatro integrantes de la banda Los Malditos del Litoral, acusados de asaltar a turistas en la playa Las Gaviotas, en el distrito de Huaquillal.

        Los detenidos tenían en su poder dos armas de fuego, doce celulares y tres cámaras fotográficas. La Fiscalía pidió prisión preventiva para todos.""",
        about=False,
        note="police news in a neighbouring district; the beach's name is not the Mayor's nickname",
    ),
    S(
        "w054",
        "algarrobo",
        "2026-11-27T09:30:00-05:00",
        "Municipalidad de Caleta Guayacán presenta un presupuesto de 38 millones para 2027",
        """La Municipalidad de Caleta Guayacán presentó su presupuesto institucional de apertura para 2027, que asciende a 38 millones de soles, 6 % más que este año.

        El gerente municipal Wilmer Ipanaqué Ruiz detalló que el 42 % se destinará a inversiones, el 31 % a servicios y el resto a gastos de personal y deuda. El documento será debatido en sesión de concejo el 15 de diciembre.""",
        m="I G",
        tone="0",
        note="a whole budget: no single topic",
    ),
    # --- Radio Caleta Mar: district radio, transcripts in the description, date-only pubDate ---------------------------
    S(
        "w055",
        "rcaleta",
        "2026-11-02",
        "Alcaldesa Yovera: «Este mes arrancamos la limpieza de playas»",
        """Buenos días, estimados oyentes de Radio Caleta Mar. Tenemos en cabina a la alcaldesa Marleni Yovera Sernaqué, que nos trae un anuncio para la temporada de verano.

        «Este mes arrancamos la limpieza de playas con cuadrillas todos los días, desde La Bocana hasta la punta Lobos. Vamos a poner cuarenta tachos nuevos y un camión exclusivo para la orilla», dijo la alcaldesa.

        La campaña empieza el 16 de noviembre y durará hasta marzo. Seguimos con más noticias después de la pausa.""",
        m="A",
        t="limpieza",
        tone="0",
        note="a plan announced in the Mayor's voice: neutral",
    ),
    S(
        "w056",
        "rcaleta",
        "2026-11-03",
        "Oyentes reportan que el camión de basura no pasa por El Papayo hace diez días",
        """Abrimos las líneas y los oyentes del caserío El Papayo nos cuentan que el camión recolector no pasa desde hace diez días. La señora Carmen nos dice que la basura ya está en la puerta de su casa y que los perros rompen las bolsas.

        Otro oyente, don Manuel, asegura que llamó tres veces a la municipalidad y nadie le contesta. «Pagamos arbitrios como todos, pero aquí somos vecinos de segunda», reclamó.

        Seguiremos insistiendo para que alguien nos dé una respuesta.""",
        about=True,
        t="limpieza",
        tone="-",
        note="complaints about the municipal garbage service; 'la municipalidad' bare, nobody named",
    ),
    S(
        "w057",
        "rcaleta",
        "2026-11-04",
        "Ronda de noticias: captura en Chulamar, lluvias en la sierra y clausura de una discoteca",
        """Vamos con la ronda de noticias del mediodía. En Chulamar, la Policía capturó a un sujeto que robaba baterías de los botes en el muelle.

        En la sierra de Ñomala, las lluvias llegaron antes de tiempo y ya hay huaicos en la carretera a Ayabaquilla.

        Y aquí en la caleta, la Municipalidad Distrital de Caleta Guayacán clausuró anoche la discoteca Marejada, en la avenida Sullana, por funcionar sin licencia y sin certificado de Defensa Civil.""",
        m="I",
        tone="0",
        note="a news roundup; one item is a municipal licence closure (none of the five)",
    ),
    S(
        "w058",
        "rcaleta",
        "2026-11-05",
        "Subgerenta Periche anuncia campaña contra la anemia en doce comedores",
        """Conversamos con la subgerenta Karina Periche Ancajima, de Desarrollo Social y Salud.

        «Desde el lunes vamos a hacer dosaje de hemoglobina a los niños de doce comedores populares y a entregar sangrecita y menestras a las madres. La meta es llegar a 900 niños antes de Navidad», explicó la funcionaria.

        Las madres deben llevar el DNI del niño y su carné de control.""",
        m="P",
        t="salud",
        tone="0",
        note="a plan: neutral",
    ),
    S(
        "w059",
        "rcaleta",
        "2026-11-06",
        "Pescadores artesanales piden a Produce ampliar la temporada de pota",
        """Los pescadores artesanales de la provincia pidieron al Ministerio de la Producción ampliar por treinta días la temporada de pota, porque el oleaje de octubre les hizo perder casi dos semanas de faena.

        El dirigente Santos Yovera Chapilliquén nos dijo por teléfono que enviaron un memorial con 1 200 firmas. «Si no amplían, muchas familias no van a tener para la campaña escolar», advirtió.""",
        about=False,
        note="namesake: the fishermen's leader Santos Yovera",
    ),
    S(
        "w060",
        "rcaleta",
        "2026-11-07",
        "Regidora Zapata: «El serenazgo tiene motos nuevas pero sin gasolina»",
        """En la línea tenemos a la regidora Yesenia Zapata Nima, que ha visitado la base del serenazgo.

        «Las ocho motos que se compraron en setiembre están guardadas porque no hay vale de combustible. Tenemos motos nuevas para la foto, pero los serenos patrullan a pie», denunció la regidora.

        La regidora Zapata pidió que el gerente municipal explique en la próxima sesión por qué no se compró combustible.""",
        m="R",
        t="seguridad",
        tone="-",
        note="'el gerente municipal' without name or place is not a mention",
    ),
    S(
        "w061",
        "rcaleta",
        "2026-11-09",
        "Corte de agua afectará a Caleta Guayacán el miércoles",
        """Atención, vecinos. La empresa de agua y saneamiento de Ñomala informa que el miércoles se cortará el servicio de agua potable en todo Caleta Guayacán desde las 8 de la mañana hasta las 6 de la tarde, por el cambio de una válvula en la línea de conducción.

        Se recomienda almacenar agua con anticipación. Habrá dos cisternas en la plaza de armas y en La Bocana.""",
        about=False,
        note="a water cut by the water company, not a municipal service",
    ),
    S(
        "w062",
        "rcaleta",
        "2026-11-10",
        "Teniente alcalde Querevalú: «Ya llegaron los contenedores para el mercado»",
        """Buenas tardes. Nos acompaña el teniente alcalde Eleuterio Querevalú Fiestas, que estuvo esta mañana en el Mercado Modelo.

        «Ya llegaron los veinte contenedores con tapa para el mercado y se instalaron en la zona de pescados y de verduras. Ahora el recojo será tres veces al día», contó.

        Los comerciantes que conversaron con nosotros dijeron que el mercado ya no huele como antes.""",
        m="T",
        t="limpieza",
        tone="+",
    ),
    S(
        "w063",
        "rcaleta",
        "2026-11-14",
        "Conversamos con el gerente Ipanaqué sobre el atraso en el pago a los serenos",
        """En cabina, el gerente municipal Wilmer Ipanaqué Ruiz, para explicar la paralización de los serenos.

        El funcionario reconoció que el sueldo de octubre aún no se paga a los 22 serenos y pidió disculpas. «Fue un error nuestro en el registro de planillas; el dinero estaba, pero no se giró a tiempo», admitió.

        Mientras tanto, la ciudad lleva tres noches sin patrullaje. Varios oyentes llamaron para contar que la noche del jueves hubo dos robos en el jirón Lima.""",
        m="G",
        t="seguridad",
        tone="-",
    ),
    S(
        "w064",
        "rcaleta",
        "2026-11-12",
        "¡Qué rapidez! Tres semanas para cambiar un foco en el malecón",
        """¡Qué rapidez, señores! Tres semanas ha tardado la municipalidad guayacanense en cambiar el foco del poste frente a la capitanía, y eso que los vecinos mandaron fotos, oficios y hasta un video.

        Mientras tanto, las parejas que pasean de noche por el malecón lo hacían a oscuras y con el celular en la mano. Ayer por fin llegó la escalera. Felicitaciones por la eficiencia, de verdad.""",
        m="I",
        tone="-",
        note="sarcasm; street lighting is none of the five topics",
    ),
    S(
        "w065",
        "rcaleta",
        "2026-11-13",
        "Huaquillal anuncia amnistía tributaria y descuento en arbitrios",
        """Desde el distrito vecino nos llega la noticia de que la Municipalidad Distrital de Huaquillal aprobó una amnistía tributaria hasta fin de año, con descuento del 20 % en los arbitrios para quienes paguen todo 2027 por adelantado.

        La alcaldesa Gladys Mogollón Ipanaqué invitó a los vecinos a ponerse al día con el impuesto predial.""",
        about=False,
        note="a neighbouring district's tax amnesty",
    ),
    S(
        "w066",
        "rcaleta",
        "2026-11-16",
        "Vecinos agradecen a la comuna guayacanense por el nuevo parque de El Papayo",
        """Estuvimos en la inauguración del parque de El Papayo, donde antes había un basural. La comuna guayacanense construyó juegos infantiles, bancas, una pileta y sembró cuarenta árboles.

        «Mis hijos antes jugaban entre la basura, ahora tienen su parque», nos dijo emocionada la señora Juana Ruiz. La obra costó 380 000 soles y se terminó en cuatro meses.""",
        m="I",
        t="obras",
        tone="+",
        note="a park is a work; the old dump mentioned in passing does not make it limpieza",
    ),
    S(
        "w067",
        "rcaleta",
        "2026-11-17",
        "Informe policial: detienen a dos sujetos con droga en la caleta",
        """Según el parte de la comisaría de Caleta Guayacán, dos jóvenes de 19 y 22 años fueron detenidos anoche en la orilla con 120 ketes de pasta básica de cocaína.

        Los agentes los intervinieron durante un patrullaje de rutina. Quedaron a disposición de la Fiscalía de Paltaral.""",
        about=False,
        note="police news with no municipal angle; 'patrullaje' here is the police's",
    ),
    S(
        "w068",
        "rcaleta",
        "2026-11-18",
        "La Gaviota responde a la Contraloría: «No me voy a correr de la fiscalización»",
        """La alcaldesa Marleni Yovera, a quien en la caleta todos conocen como la Gaviota, respondió esta mañana al informe de la Contraloría sobre los gastos del Festival de la Chita.

        «No me voy a correr de la fiscalización. Si algún funcionario no sustentó, que responda», dijo. Reconoció, sin embargo, que el escenario pagado nunca se instaló.

        La Gaviota, como la llaman desde sus años de vendedora en el desembarcadero, aseguró que devolverá lo que corresponda.""",
        m="A",
        tone="-",
        note="the nickname plainly her; a story about an audit finding",
    ),
    S(
        "w069",
        "rcaleta",
        "2026-11-19",
        "Copa Gaviota de vóley reúne a dieciséis equipos en el coliseo parroquial",
        """Este fin de semana se juega la Copa Gaviota de vóley femenino, organizada por el Club Gaviotas de la caleta, con dieciséis equipos de Paltaral, Chulamar, Huaquillal y Caleta Guayacán.

        Los partidos serán en el coliseo parroquial desde las 9 de la mañana. La entrada cuesta dos soles y lo recaudado irá para el viaje del equipo juvenil a Trujillo.""",
        about=False,
        note="namesake: a volleyball cup named Gaviota",
    ),
    S(
        "w070",
        "rcaleta",
        "2026-11-20",
        "Oyentes denuncian doble cobro de sisa a las vendedoras de pescado",
        """Varias vendedoras de pescado de la feria del domingo llamaron a la radio para denunciar que los cobradores de la municipalidad les cobraron dos veces la sisa: una en la mañana y otra al mediodía, con boletos distintos.

        «Son cincuenta céntimos, pero para nosotras es plata», dijo doña Rosa. Pidieron que se identifique a los cobradores y que se les devuelva lo cobrado de más.""",
        about=True,
        t="tributos",
        tone="-",
        note="the market fee collected twice by municipal collectors; nobody named",
    ),
    S(
        "w071",
        "rcaleta",
        "2026-11-23",
        "Alcaldesa de Caleta Guayacán critica al Ministerio de Salud por falta de médicos",
        """La alcaldesa de Caleta Guayacán, Marleni Yovera Sernaqué, criticó en nuestra emisora al Ministerio de Salud por no enviar médicos al centro de salud del distrito, que atiende a 22 000 personas con solo tres galenos.

        «El ministerio anuncia hospitales en Lima, pero aquí una mamá espera cuatro horas con su bebé con fiebre», dijo. Anunció que pedirá una reunión con el ministro.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticising the national government: neutral; a health post she asks others to fix is salud",
    ),
    S(
        "w072",
        "rcaleta",
        "2026-11-24",
        "Municipio guayacanense entrega 300 chalecos salvavidas a los pescadores",
        """El municipio guayacanense entregó esta mañana 300 chalecos salvavidas y 40 bengalas a los pescadores de pinta, en una ceremonia en la orilla.

        Los pescadores agradecieron la entrega, que llega semanas después del rescate de un compañero que pasó tres días a la deriva. «Con esto por lo menos nos pueden ver desde un helicóptero», dijo uno de ellos.""",
        m="I",
        tone="+",
        note="sea safety gear is none of the five (not seguridad ciudadana)",
    ),
    S(
        "w073",
        "rcaleta",
        "2026-11-25",
        "Agenda del día: sesión de concejo, feria agropecuaria y vacunación canina",
        """Estas son las actividades para hoy miércoles. A las 10 de la mañana, la Municipalidad Distrital de Caleta Guayacán realiza su sesión ordinaria de concejo, abierta al público, en el auditorio municipal.

        Desde las 8, en el estadio, la feria agropecuaria del valle del Salitral con venta de limón, mango y queso de cabra.

        Y en la posta de La Bocana, el Senasa vacunará gratis a perros y gatos contra la rabia.""",
        m="I",
        tone="0",
        note="an agenda; the pet vaccination is by Senasa, not the municipality",
    ),
    S(
        "w074",
        "rcaleta",
        "2026-11-25",
        "Cruce de palabras en el concejo entre la regidora Zapata y el teniente alcalde Querevalú",
        """La sesión de concejo de esta mañana terminó con gritos. La regidora Yesenia Zapata Nima exigió ver el expediente del relleno sanitario, que lleva dos años sin terreno, y acusó a la gestión de «tener la basura debajo de la alfombra».

        El teniente alcalde Eleuterio Querevalú Fiestas respondió que la regidora «solo viene a hacer show para la radio». La sesión se suspendió diez minutos.

        Al final, el concejo aprobó pedir un informe sobre el avance del proyecto.""",
        m="R T",
        t="limpieza",
        tone="-",
        note="a council quarrel about the landfill project",
    ),
    S(
        "w075",
        "rcaleta",
        "2026-11-27",
        "Pronóstico del Senamhi: calor intenso en la costa norte este fin de semana",
        """El Senamhi pronostica temperaturas de hasta 34 grados en la costa de Ñomala entre el viernes y el domingo. En Caleta Guayacán y Chulamar la máxima llegaría a 32 grados.

        Se recomienda usar bloqueador, tomar abundante agua y evitar la exposición al sol entre las 11 de la mañana y las 3 de la tarde.""",
        about=False,
        note="weather that names the place",
    ),
    S(
        "w076",
        "rcaleta",
        "2026-11-30",
        "Balance de la amnistía con la alcaldesa Marleni Yovera Sernaqué",
        """Para cerrar el mes, conversamos con la alcaldesa Marleni Yovera Sernaqué sobre la amnistía tributaria.

        «Hemos recaudado 1,4 millones de soles en predial y arbitrios, casi el triple de lo previsto, y 2 100 familias se pusieron al día», dijo. Añadió que lo recaudado irá a la compra de un segundo camión cisterna y al mantenimiento de pistas.

        La amnistía sigue vigente hasta el 20 de diciembre.""",
        m="A",
        t="tributos",
        tone="+",
    ),
    # --- Ñomala Televisión: TV transcripts in Atom, UTC times near midnight ---------------------------------------------
    S(
        "w077",
        "ntv",
        "2026-11-03T04:20:00Z",
        "Noche de terror: asaltan un minimarket frente a la plaza de Caleta Guayacán",
        """CONDUCTORA: Noche de terror en Caleta Guayacán. Tres encapuchados armados asaltaron un minimarket frente a la plaza de armas y se llevaron la recaudación del día.

        REPORTERO: Así quedó el local, con la vitrina rota. Los delincuentes encerraron a la cajera en el depósito y huyeron en una moto lineal hacia la carretera a Paltaral. La Policía revisa las cámaras de los negocios vecinos.

        DUEÑA DEL LOCAL: Fueron tres minutos, pero parecieron una hora.""",
        about=False,
        note="a robbery with no municipal angle",
    ),
    S(
        "w078",
        "ntv",
        "2026-11-04T03:50:00Z",
        "Alcaldesa Marleni Yovera inaugura losa deportiva en Cruceta Baja",
        """CONDUCTOR: Buenas noticias para los jóvenes de Cruceta Baja.

        REPORTERA: La alcaldesa Marleni Yovera inauguró esta tarde la losa deportiva multiusos del caserío, con tribunas, iluminación y cerco perimétrico. La obra costó 290 000 soles y se entregó en el plazo previsto.

        VECINO: Antes jugábamos en la tierra, ahora hasta campeonatos nocturnos vamos a hacer.""",
        m="A",
        t="obras",
        tone="+",
        note="a delivered sports slab is a work",
    ),
    S(
        "w079",
        "ntv",
        "2026-11-05T04:40:00Z",
        "Reportaje: el río Salitral amenaza con desbordarse en Huaquillal",
        """CONDUCTORA: El río Salitral preocupa a los agricultores de Huaquillal.

        REPORTERO: Aquí, en la margen izquierda, la defensa ribereña se ha erosionado en casi doscientos metros. Los agricultores temen que con las primeras lluvias el río se lleve sus sembríos de arroz.

        AGRICULTOR: Hemos pedido al Gobierno Regional que venga con maquinaria, pero nada.""",
        about=False,
        note="a neighbouring district",
    ),
    S(
        "w080",
        "ntv",
        "2026-11-06T02:15:00Z",
        "Comerciantes del mercado de Caleta Guayacán rechazan alza de la sisa",
        """CONDUCTOR: Protesta en el Mercado Modelo de Caleta Guayacán.

        REPORTERA: Cerca de doscientos comerciantes cerraron sus puestos durante dos horas para rechazar la propuesta de la Municipalidad Distrital de Caleta Guayacán de subir la sisa de un sol a un sol cincuenta.

        COMERCIANTE: Con la obra del mercado a medias, con techos rotos, ¿y quieren cobrarnos más?""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "w081",
        "ntv",
        "2026-11-07T04:55:00Z",
        "Fiscalía investiga a exalcalde de Chulamar por obra inconclusa",
        """CONDUCTORA: La Fiscalía Anticorrupción abrió investigación contra el exalcalde de Chulamar, Ramiro Fiestas Yovera, por una obra de agua y desagüe que quedó inconclusa en 2022.

        REPORTERO: Según la denuncia, se pagaron 3,5 millones de soles por una obra que solo tiene 40 % de avance. El exalcalde no respondió nuestras llamadas.""",
        about=False,
        note="another district's former mayor, whose second surname is Yovera",
    ),
    S(
        "w082",
        "ntv",
        "2026-11-09T03:30:00Z",
        "Madres denuncian que el Vaso de Leche llega con leche vencida",
        """CONDUCTOR: Denuncia grave en Caleta Guayacán.

        REPORTERA: Madres del comité Virgen de las Mercedes nos mostraron tarros de leche evaporada con fecha de vencimiento de octubre, entregados la semana pasada por el municipio guayacanense.

        MADRE DE FAMILIA: ¿Cómo vamos a darle esto a nuestros hijos? Exigimos que cambien todo el lote.""",
        m="I",
        tone="-",
        note="Vaso de Leche is none of the five topics",
    ),
    S(
        "w083",
        "ntv",
        "2026-11-10T04:10:00Z",
        "Entrevista: dirigente Santos Yovera pide al Gobierno un muelle nuevo para la caleta",
        """CONDUCTORA: Conversamos con Santos Yovera Chapilliquén, presidente de los pescadores artesanales de Caleta Guayacán.

        SANTOS YOVERA: El desembarcadero ya no da más. Le pedimos al Fondepes y al Ministerio de la Producción un muelle nuevo, con cámara de frío y fábrica de hielo, como el que tienen en otras caletas del norte.

        CONDUCTORA: ¿Cuántos pescadores lo usan? SANTOS YOVERA: Más de mil doscientos, con sus familias son cinco mil personas.""",
        about=False,
        note="namesake: the fishermen's leader surnamed Yovera asks the national government",
    ),
    S(
        "w084",
        "ntv",
        "2026-11-12T04:30:00Z",
        "Patrullaje integrado en las playas de Caleta Guayacán por el calor anticipado",
        """CONDUCTOR: Con el calor llegaron los bañistas, y también los operativos.

        REPORTERA: Desde este fin de semana, serenos de la Municipalidad de Caleta Guayacán y policías de la comisaría patrullarán juntos las playas La Bocana y El Faro los sábados y domingos, de 10 de la mañana a 6 de la tarde.

        El patrullaje incluye una carpa de objetos perdidos y niños extraviados.""",
        m="I",
        t="seguridad",
        tone="0",
        note="a plain notice of patrols",
    ),
    S(
        "w085",
        "ntv",
        "2026-11-13T04:05:00Z",
        "Teniente alcalde Querevalú: «No hay nepotismo, el joven ingresó por concurso»",
        """CONDUCTORA: El teniente alcalde de Caleta Guayacán salió en defensa de la alcaldesa.

        REPORTERO: Eleuterio Querevalú Fiestas aseguró que el sobrino de la alcaldesa Yovera ingresó al serenazgo por concurso público y que la acusación del regidor Purizaca es política.

        QUEREVALÚ: Hay actas, hay un jurado, que revisen todo lo que quieran.""",
        m="T A",
        tone="-",
        note="a defence that keeps the nepotism accusation in the news",
    ),
    S(
        "w086",
        "ntv",
        "2026-11-14T04:30:00Z",
        "Ola de calor: colegios de Paltaral adelantan su horario de salida",
        """CONDUCTOR: Por el intenso calor, la Unidad de Gestión Educativa Local de Paltaral autorizó a los colegios a adelantar la salida a la una de la tarde.

        REPORTERA: La medida rige para toda la provincia hasta fin de año. Los directores también deberán suspender la formación al sol y las clases de educación física al mediodía.""",
        about=False,
    ),
    S(
        "w087",
        "ntv",
        "2026-11-16T03:45:00Z",
        "Caleta Guayacán estrena una planta que convierte residuos de pescado en abono",
        """CONDUCTORA: Lo que antes iba a la playa ahora será abono.

        REPORTERO: La comuna guayacanense puso en marcha una planta de compostaje que procesará seis toneladas diarias de vísceras de pescado y residuos del mercado. El gerente municipal Wilmer Ipanaqué explicó que el abono se entregará gratis a los agricultores del valle.

        IPANAQUÉ: Es basura que dejamos de llevar al botadero y que vuelve a la tierra.""",
        m="I G",
        t="limpieza",
        tone="+",
    ),
    S(
        "w088",
        "ntv",
        "2026-11-17T04:50:00Z",
        "Decomisan dos toneladas de pota en mal estado en Chulamar",
        """CONDUCTOR: Inspectores de sanidad pesquera decomisaron dos toneladas de pota en mal estado que iban a ser vendidas en el mercado de Chulamar.

        REPORTERA: El producto no tenía hielo y estaba en una cámara sin refrigeración. Fue enterrado en el botadero de ese distrito.""",
        about=False,
    ),
    S(
        "w089",
        "ntv",
        "2026-11-18T04:20:00Z",
        "Regidora Zapata presenta moción para auditar el contrato de limpieza pública",
        """CONDUCTORA: La regidora Yesenia Zapata Nima presentó una moción para que la Contraloría audite el contrato de limpieza pública de la Municipalidad Distrital de Caleta Guayacán.

        REPORTERO: Según la regidora, la empresa cobra por 25 toneladas diarias, pero en el botadero solo se registran 19. La diferencia, dice, sería de 60 000 soles al año.

        ZAPATA: Queremos saber quién firma esas guías.""",
        m="R I",
        t="limpieza",
        tone="-",
    ),
    S(
        "w090",
        "ntv",
        "2026-11-20T04:35:00Z",
        "Caleta Guayacán será sede de los Juegos Escolares de playa",
        """CONDUCTOR: Caleta Guayacán recibirá en diciembre a 400 deportistas escolares de toda la región para la final de los Juegos Escolares de vóley playa y natación en mar abierto.

        REPORTERA: La Municipalidad de Caleta Guayacán acondicionó cuatro canchas en la playa La Bocana y ofrecerá alojamiento en colegios a las delegaciones. Es la primera vez que el distrito organiza una competencia regional.""",
        m="I",
        tone="+",
        note="sport is none of the five topics",
    ),
    S(
        "w091",
        "ntv",
        "2026-11-22T03:10:00Z",
        "Enfrentamiento entre serenos y ambulantes deja tres heridos en el malecón",
        """CONDUCTORA: Violento enfrentamiento en el malecón Grau de Caleta Guayacán.

        REPORTERO: Durante un desalojo de ambulantes, serenos y comerciantes se agarraron a golpes. Tres personas resultaron heridas, entre ellas una vendedora de 60 años que fue empujada contra una carretilla.

        El gerente municipal Wilmer Ipanaqué Ruiz anunció una investigación y la suspensión de dos serenos mientras dure el proceso.""",
        m="G",
        tone="-",
        note="a vendor eviction gone wrong: the serenos act as enforcers, not a security-service story; no topic",
    ),
    S(
        "w092",
        "ntv",
        "2026-11-24T04:00:00Z",
        "Alcaldesa guayacanense exige al MTC reparar la carretera a Paltaral",
        """CONDUCTOR: La alcaldesa guayacanense, Marleni Yovera Sernaqué, exigió al Ministerio de Transportes reparar los once kilómetros de la carretera que une Caleta Guayacán con Paltaral.

        REPORTERA: La vía tiene más de doscientos baches y en octubre se registraron cuatro accidentes. YOVERA: El ministerio cobra peaje, pero no tapa un solo hueco.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor asks the national government to fix a road: obras, neutral",
    ),
    S(
        "w093",
        "ntv",
        "2026-11-26T04:25:00Z",
        "Karina Periche: «La anemia bajó de 38 % a 29 % en la caleta»",
        """CONDUCTORA: Buenas cifras contra la anemia en Caleta Guayacán.

        REPORTERO: La subgerenta de Desarrollo Social y Salud, Karina Periche Ancajima, informó que la anemia en niños menores de tres años bajó de 38 % a 29 % en un año, gracias a las visitas domiciliarias y a la entrega de alimentos ricos en hierro.

        PERICHE: Todavía es alto, pero vamos en la dirección correcta.""",
        m="P",
        t="salud",
        tone="+",
    ),
    S(
        "w094",
        "ntv",
        "2026-11-29T04:45:00Z",
        "Noche de marinera norteña llena la plaza de Caleta Guayacán",
        """CONDUCTOR: La marinera norteña se bailó hasta la medianoche en Caleta Guayacán.

        REPORTERA: Más de cuarenta parejas participaron en el concurso organizado por la Municipalidad Distrital de Caleta Guayacán y la academia Sol y Arena. La plaza se llenó de pañuelos y aplausos.

        Los ganadores representarán al distrito en el concurso regional de enero.""",
        m="I",
        tone="+",
        note="culture is none of the five topics",
    ),
    # --- Agencia Peruana de Noticias Regionales: national agency, Atom ------------------------------------------------
    S(
        "w095",
        "apnr",
        "2026-11-02T15:00:00-05:00",
        "Desembarque de pota en el norte supera las 80 000 toneladas en lo que va del año",
        """El desembarque de pota en las caletas de la costa norte superó las 80 000 toneladas entre enero y octubre, 12 % más que el año pasado, informó el Ministerio de la Producción.

        Las caletas con mayor volumen fueron Paita, Parachique, Chulamar y Caleta Guayacán. El sector advirtió, sin embargo, que los precios en playa cayeron por la menor demanda de las plantas de congelado.""",
        about=False,
        note="a national fishing figure that names the district in passing",
    ),
    S(
        "w096",
        "apnr",
        "2026-11-04T16:30:00Z",
        "Congreso de municipalidades rurales reúne a 300 alcaldes en Lima",
        """Más de 300 alcaldes de municipalidades rurales participan desde ayer en Lima en el congreso nacional de la Red de Municipalidades Rurales, que debatirá la distribución del canon y el fondo de compensación.

        En la mesa de pesca artesanal, la alcaldesa de Caleta Guayacán, Marleni Yovera Sernaqué, pidió que los distritos costeros reciban un porcentaje de los derechos de pesca. «El mar es nuestra mina y no recibimos nada de lo que se saca», dijo.

        El congreso terminará el viernes con una declaración que será entregada al Ejecutivo.""",
        m="A",
        tone="0",
        note="the Mayor speaking at a national congress: about her, neutral",
    ),
    S(
        "w097",
        "apnr",
        "2026-11-06T14:00:00-05:00",
        "Minsa declara alerta por dengue en cinco regiones del norte",
        """El Ministerio de Salud declaró la alerta epidemiológica por dengue en cinco regiones del norte del país, tras registrar 1 900 casos en las últimas seis semanas.

        En Ñomala, los distritos con más casos son Chulamar, Paltaral y Caleta Guayacán. El ministerio enviará brigadas de fumigación y reforzará los laboratorios regionales.""",
        about=False,
        note="national health alert naming the district in passing",
    ),
    S(
        "w098",
        "apnr",
        "2026-11-08T13:20:00-05:00",
        "Municipalidad de Caleta Guayacán firma convenio con universidad para monitorear la bahía",
        """La Municipalidad de Caleta Guayacán y la Universidad Nacional de Ñomala firmaron un convenio para monitorear durante tres años la calidad del agua de la bahía, afectada por los efluentes de plantas pesqueras.

        La alcaldesa Marleni Yovera Sernaqué destacó que el municipio pondrá el laboratorio móvil y la universidad a los especialistas. Los resultados serán públicos cada trimestre.""",
        m="I A",
        tone="+",
        note="water-quality monitoring of the bay is none of the five topics",
    ),
    S(
        "w099",
        "apnr",
        "2026-11-10T22:40:00Z",
        "Contraloría detecta perjuicio de 41 millones en obras de 40 municipios",
        """La Contraloría General de la República detectó un perjuicio económico de 41 millones de soles en obras ejecutadas por 40 municipalidades del país en 2025, según un informe consolidado publicado hoy.

        En la región Ñomala, el informe incluye a la Municipalidad Distrital de Caleta Guayacán, por la pista de concreto de la calle Tacna, donde se pagaron 180 000 soles por trabajos no ejecutados y se usó concreto de menor resistencia que el especificado.

        La Contraloría remitió los informes a la Procuraduría para las acciones legales correspondientes.""",
        m="I",
        t="obras",
        tone="-",
        note="a national report that names our municipality with a concrete finding",
    ),
    S(
        "w100",
        "apnr",
        "2026-11-12T15:10:00-05:00",
        "Pescadores artesanales marchan contra la pesca industrial dentro de las cinco millas",
        """Cerca de 2 000 pescadores artesanales de la costa norte marcharon en Paltaral para exigir que se prohíba el ingreso de embarcaciones industriales dentro de las cinco millas.

        Los gremios de Chulamar, Caleta Guayacán y Huaquillal encabezaron la movilización. El Ministerio de la Producción convocó a una mesa de diálogo para el próximo martes.""",
        about=False,
    ),
    S(
        "w101",
        "apnr",
        "2026-11-15T16:00:00-05:00",
        "Niños de La Bocana reciben kits escolares de la comuna guayacanense",
        """Quinientos escolares del anexo La Bocana, en el distrito de Caleta Guayacán, recibieron mochilas con útiles, uniformes y zapatillas entregados por la comuna guayacanense.

        La entrega se hizo en la institución educativa N.º 15002, donde la mayoría de alumnos son hijos de pescadores. Los padres agradecieron el apoyo en una temporada de poca pesca.""",
        m="I",
        tone="+",
        note="school kits are none of the five topics",
    ),
    S(
        "w102",
        "apnr",
        "2026-11-17T14:30:00-05:00",
        "Guayacán, el caserío serrano que vive del café y la chirimoya",
        """A 2 100 metros de altura, en la provincia de Ayabaquilla, el caserío Guayacán vive de sus cafetales y de la chirimoya que baja cada semana en burro hasta la carretera.

        Sus 340 habitantes acaban de recibir una certificación de café orgánico que les permitirá exportar a Europa. «Aquí nadie conocía el mar, pero nuestro café ya va a cruzarlo», bromea el presidente de la cooperativa, Aníbal Huamán.""",
        about=False,
        note="a homonymous highland hamlet",
    ),
    S(
        "w103",
        "apnr",
        "2026-11-19T21:00:00Z",
        "Huaquillal lidera la ejecución de inversiones entre los distritos de Ñomala",
        """El distrito de Huaquillal encabeza la ejecución del presupuesto de inversiones entre las municipalidades de Ñomala, con 72 % de avance a noviembre, según datos del Ministerio de Economía y Finanzas.

        La alcaldesa Gladys Mogollón Ipanaqué atribuyó el resultado a haber licitado todas sus obras en el primer trimestre. El promedio regional es de 48 %.""",
        about=False,
        note="a neighbouring mayoress's good figure",
    ),
    S(
        "w104",
        "apnr",
        "2026-11-21T15:40:00-05:00",
        "Alcaldesa Yovera pide al Congreso una ley para formalizar a los pescadores",
        """La alcaldesa Marleni Yovera Sernaqué pidió al Congreso de la República aprobar una ley que simplifique la formalización de los pescadores artesanales, de los cuales, según dijo, siete de cada diez no tienen permiso de pesca vigente.

        «Un pescador sin papeles no accede a crédito ni a seguro. El Congreso lleva tres años con el proyecto en comisión», criticó la autoridad edil.""",
        m="A",
        tone="0",
        note="the Mayor criticising Congress: neutral, no topic",
    ),
    S(
        "w105",
        "apnr",
        "2026-11-23T16:20:00-05:00",
        "Sernanp y municipios costeros firman pacto para proteger aves guaneras",
        """El Servicio Nacional de Áreas Naturales Protegidas firmó con la Municipalidad de Chulamar y la de Caleta Guayacán un pacto para proteger las colonias de aves guaneras de la punta Lobos.

        El acuerdo prohíbe el desembarco turístico durante la época de anidación y compromete a ambos municipios a retirar los residuos que llegan a las islas.""",
        m="I",
        tone="0",
        note="elliptical naming: 'la de Caleta Guayacán' names our institution",
    ),
    S(
        "w106",
        "apnr",
        "2026-11-25T14:00:00-05:00",
        "Gobierno Regional y Municipalidad Provincial de Paltaral inician defensa ribereña en el Salitral",
        """El Gobierno Regional de Ñomala y la Municipalidad Provincial de Paltaral iniciaron la construcción de 1,2 kilómetros de defensa ribereña en el río Salitral, a la altura de Chulamar.

        La obra, de 6,8 millones de soles, incluye enrocado y zapatas de concreto para proteger el puente de la Panamericana. El alcalde provincial Segundo Chunga Yarlequé dijo que estará lista antes de las lluvias.""",
        about=False,
        note="'zapatas de concreto' is a common word, not the regidora",
    ),
    S(
        "w107",
        "apnr",
        "2026-11-27T15:00:00-05:00",
        "Policía desarticula red de extorsión a mototaxistas en Paltaral y Caleta Guayacán",
        """La Policía Nacional desarticuló la banda Los Injertos del Norte, que extorsionaba a mototaxistas de Paltaral y Caleta Guayacán con cobros diarios de cinco soles.

        En doce allanamientos simultáneos se detuvo a nueve personas y se incautaron 40 chips telefónicos y dos pistolas. Según la Policía, la banda recaudaba unos 30 000 soles al mes.""",
        about=False,
        note="police news; no municipal angle",
    ),
    S(
        "w108",
        "apnr",
        "2026-11-28T13:00:00-05:00",
        "Caleta Guayacán recauda 1,4 millones con su amnistía tributaria",
        """La Municipalidad Distrital de Caleta Guayacán recaudó 1,4 millones de soles durante las primeras cuatro semanas de su amnistía tributaria, casi el triple de lo previsto, informó la entidad.

        La alcaldesa Marleni Yovera Sernaqué indicó que 2 100 contribuyentes se pusieron al día con el impuesto predial y los arbitrios. La amnistía estará vigente hasta el 20 de diciembre.""",
        m="I A",
        t="tributos",
        tone="+",
    ),
    S(
        "w109",
        "apnr",
        "2026-11-30T15:30:00-05:00",
        "Alcaldes de la costa norte piden declarar emergencia por la erosión de playas",
        """Alcaldes de seis distritos costeros del norte pidieron al Consejo de Ministros declarar en emergencia las playas afectadas por la erosión, que en algunos tramos ha avanzado veinte metros en cinco años.

        Entre los firmantes está la alcaldesa guayacanense Marleni Yovera, quien señaló que el mar ya alcanzó las primeras viviendas de La Bocana. «Necesitamos espigones y enrocados, y eso no lo puede pagar un distrito», afirmó.""",
        m="A",
        t="obras",
        tone="0",
        note="coastal defences the Mayor asks others to build: obras, neutral",
    ),
    # --- Perú Costa Adentro: national site, full text, blog template with «se publicó primero en» footer -------------
    S(
        "w110",
        "costa",
        "2026-11-03T11:00:00-05:00",
        "La alcaldesa que vendía pescado en el desembarcadero",
        """A las cinco de la mañana, Marleni Yovera Sernaqué todavía camina por el desembarcadero de Caleta Guayacán, como lo hizo durante veinte años cuando vendía cachema y cabrilla en una mesa de madera. Hoy es alcaldesa del distrito y los pescadores la siguen llamando por su apodo de siempre: la Gaviota.

        «Me decían así porque era la primera en llegar cuando entraban los botes», cuenta en su despacho, donde en lugar de cuadros tiene fotos de lanchas. Fue dirigenta de las comerciantes del desembarcadero y la primera mujer elegida alcaldesa en la historia de la caleta.

        En su primer año, la Municipalidad Distrital de Caleta Guayacán duplicó la cobertura de recojo de basura y bajó la anemia infantil en nueve puntos, aunque arrastra obras paralizadas y críticas de la oposición.""",
        m="A I",
        tone="+",
        note="a favourable profile; the nickname is plainly her; a profile has no single topic",
    ),
    S(
        "w111",
        "costa",
        "2026-11-05T12:00:00-05:00",
        "Cinco playas del norte para visitar antes de que llegue el verano",
        """Si busca playas sin multitudes, noviembre es el mes. Le proponemos cinco: Punta Lobos, en Chulamar, para ver lobos marinos; La Bocana, en Caleta Guayacán, con su ceviche de caballa a diez soles; Las Gaviotas, en Huaquillal, para surfear; El Faro de Paltaral y la bahía de Sechurilla.

        Lleve bloqueador, agua y efectivo: en varias de estas caletas no hay cajeros ni se acepta tarjeta.""",
        about=False,
        note="travel piece naming the place and a beach called Las Gaviotas",
    ),
    S(
        "w112",
        "costa",
        "2026-11-08T11:30:00-05:00",
        "El guayacán, el árbol que el norte está perdiendo",
        """Su madera es tan dura que los carpinteros de ribera la usaban para las quillas de los botes. El guayacán, árbol del bosque seco del norte, ha perdido el 60 % de su superficie en tres décadas por la tala ilegal y la expansión agrícola.

        Investigadores de la Universidad Nacional de Ñomala lanzaron un vivero para reforestar 50 hectáreas con guayacanes en los próximos cinco años.""",
        about=False,
        note="the guayacán tree",
    ),
    S(
        "w113",
        "costa",
        "2026-11-10T10:00:00-05:00",
        "Las caletas del norte se preparan para un verano con El Niño",
        """En las caletas del norte, El Niño ya no es una palabra del noticiero sino un recuerdo de casas inundadas. En Chulamar los pescadores suben sus botes a la loma; en Huaquillal la iglesia guarda sacos de arena.

        En Caleta Guayacán, el teniente alcalde Eleuterio Querevalú Fiestas dice que la comuna ya limpió tres kilómetros de drenes y compró 5 000 sacos. «No vamos a esperar a que llueva para correr», afirma.

        Los expertos advierten que la temperatura del mar ya está dos grados por encima de lo normal.""",
        m="T",
        tone="0",
        note="a national feature quoting our teniente alcalde on preparedness; disaster preparedness is none of the five",
    ),
    S(
        "w114",
        "costa",
        "2026-11-12T11:00:00-05:00",
        "Opinión: los municipios costeros y la basura que devuelve el mar",
        """Cada mañana el mar devuelve a las playas del norte lo que la ciudad le arroja: botellas, redes viejas, bolsas. Los municipios costeros, con presupuestos mínimos, no pueden limpiar solos kilómetros de orilla.

        Hace falta un fondo nacional para la limpieza de playas, financiado con una fracción de los derechos de pesca industrial. Mientras tanto, serán los vecinos y los voluntarios quienes sigan juntando plástico con las manos.""",
        about=False,
        note="a general opinion column with topic words",
    ),
    S(
        "w115",
        "costa",
        "2026-11-15T12:30:00-05:00",
        "Marleni Yovera: «Las caletas no pueden esperar otro Niño sin muelles»",
        """La alcaldesa de Caleta Guayacán, Marleni Yovera Sernaqué, reclamó al Gobierno central un plan nacional de desembarcaderos para la pesca artesanal.

        «El Estado gastó millones en puertos para la industria y a las caletas nos dejó con muelles de madera de los años setenta. No podemos esperar otro Niño sin muelles», dijo en entrevista con este medio.

        Yovera pidió que el Fondepes transfiera recursos directamente a los municipios que administran desembarcaderos.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor asks the national government for wharves: obras, neutral",
    ),
    S(
        "w116",
        "costa",
        "2026-11-18T10:45:00-05:00",
        "Denuncian contaminación de la bahía por efluentes de una planta pesquera",
        """Pescadores de Caleta Guayacán denunciaron que una planta de harina de pescado vierte efluentes sin tratar en la bahía, lo que ha provocado mortandad de peces y un fuerte olor en la orilla.

        La comuna guayacanense envió una carta al Organismo de Evaluación y Fiscalización Ambiental pidiendo una inspección urgente. La empresa no respondió a las consultas de este medio.""",
        m="I",
        tone="0",
        note="a private plant's pollution; our municipality asks the regulator to act: about, neutral, no topic",
    ),
    S(
        "w117",
        "costa",
        "2026-11-20T11:15:00-05:00",
        "Sernaqué, Yovera, Chunga: los apellidos tallanes que resisten en la costa",
        """Los apellidos de la costa norte guardan la memoria de los antiguos tallanes. Sernaqué, Yovera, Chunga, Purizaca, Chapilliquén o Querevalú aparecen en los registros coloniales y siguen hoy en los padrones electorales.

        Un estudio de la Universidad Nacional de Ñomala identificó 140 apellidos de origen tallán todavía vigentes. Algunos, como el de la alcaldesa de Caleta Guayacán, Marleni Yovera Sernaqué, combinan dos de ellos.""",
        m="A",
        about=False,
        note="the Mayor named in passing in a piece on surnames: a mention, not about the municipality",
    ),
    S(
        "w118",
        "costa",
        "2026-11-22T12:00:00-05:00",
        "Extorsión en el norte: mototaxistas de cinco provincias pagan cupos",
        """Desde Tumbes hasta Ñomala, miles de mototaxistas pagan cupos diarios a bandas de extorsionadores. En la provincia de Paltaral, las asociaciones calculan que siete de cada diez conductores han sido amenazados.

        En Caleta Guayacán, un conductor que pidió reserva contó que paga cinco soles al día desde hace seis meses. «Si no pagas, te queman la moto», dijo.""",
        about=False,
        note="national crime piece that names the place",
    ),
    S(
        "w119",
        "costa",
        "2026-11-24T10:30:00-05:00",
        "Ranking de transparencia: Caleta Guayacán sube cuarenta puestos",
        """La Municipalidad Distrital de Caleta Guayacán subió cuarenta puestos en el ranking nacional de transparencia municipal y ahora ocupa el lugar 112 de 1 890 municipalidades.

        El portal de la comuna publica desde este año todas sus contrataciones, las actas de concejo y las declaraciones juradas de sus funcionarios.""",
        m="I",
        tone="+",
    ),
    S(
        "w120",
        "costa",
        "2026-11-26T11:00:00-05:00",
        "Dengue: ¿por qué los distritos costeros no logran controlar al zancudo?",
        """Los especialistas coinciden: el problema no es solo la fumigación. En los distritos costeros del norte, la falta de agua potable obliga a las familias a guardar agua en cilindros, el criadero perfecto del zancudo.

        Mientras no haya agua las 24 horas, advierten los epidemiólogos, las campañas de fumigación solo comprarán tiempo.""",
        about=False,
        note="national health analysis with topic words",
    ),
    S(
        "w121",
        "costa",
        "2026-11-28T12:20:00-05:00",
        "Seis meses después, los vecinos de la calle Tacna siguen esperando su pista",
        """La calle Tacna de Caleta Guayacán lleva seis meses abierta en zanjas. La Municipalidad de Caleta Guayacán inició la obra de pavimentación en mayo y prometió entregarla en agosto.

        Hoy solo hay una cuadra con concreto, y la Contraloría observó que ese concreto no tenía la resistencia especificada. «Mi bodega vende la mitad, nadie quiere pasar por este barro», dijo Martha Chunga.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "w122",
        "costa",
        "2026-11-30T11:40:00-05:00",
        "Sabores de la caleta en la Feria Gastronómica de Chulamar",
        """La Feria Gastronómica de Chulamar reunió este fin de semana a 60 cocineras de las caletas de la provincia. El plato estrella fue el seco de chavelo, pero el ceviche de mero de una cocinera de Caleta Guayacán se llevó el premio del jurado.

        La municipalidad de Chulamar calcula que la feria movió más de 400 000 soles.""",
        about=False,
    ),
    # --- Norte al Minuto: aggregator, full text in RSS (own stories here, its copies at the end) -----------------------
    S(
        "w123",
        "norte",
        "2026-11-02T20:00:00-05:00",
        "Choque en la Panamericana deja cuatro heridos a la altura de Huaquillal",
        """Un choque entre una combi y un camión cargado de limones dejó cuatro heridos en el kilómetro 1 012 de la Panamericana Norte, a la altura de Huaquillal.

        Los heridos fueron trasladados al hospital de Paltaral. Según la Policía, el chofer del camión habría invadido el carril contrario en una curva.""",
        about=False,
    ),
    S(
        "w124",
        "norte",
        "2026-11-04T21:00:00-05:00",
        "Municipalidad de Caleta Guayacán convoca a concurso para quince serenos",
        """La Municipalidad de Caleta Guayacán convocó a concurso público para contratar a quince serenos bajo el régimen CAS. Los postulantes deben tener entre 21 y 45 años, secundaria completa y no registrar antecedentes.

        Las bases están publicadas en el portal de la entidad y las inscripciones vencen el 18 de noviembre.""",
        m="I",
        t="seguridad",
        tone="0",
        note="a plain call for applications to expand the serenazgo",
    ),
    S(
        "w125",
        "norte",
        "2026-11-06T20:30:00-05:00",
        "Padres de familia piden rompemuelles frente al colegio Miguel Grau",
        """Padres de familia del colegio Miguel Grau de Caleta Guayacán pidieron a la Municipalidad de Caleta Guayacán instalar rompemuelles y un semáforo frente al plantel, donde las combis pasan a alta velocidad.

        La oficina de tránsito del municipio respondió que evaluará el pedido con un estudio de flujo vehicular.""",
        m="I",
        tone="0",
        note="a traffic request answered evenly; traffic is none of the five",
    ),
    S(
        "w126",
        "norte",
        "2026-11-09T20:10:00-05:00",
        "Sport Chulamar y Deportivo Guayacán empatan en el clásico del litoral",
        """Sport Chulamar y Deportivo Guayacán igualaron 1-1 en el clásico del litoral, jugado ante unas tres mil personas en el estadio de Chulamar.

        Abrió el marcador el local con un tiro libre de Víctor Zapata y empató la visita con un cabezazo de Roberto Sernaqué a cinco minutos del final.""",
        about=False,
        note="sport; players surnamed Zapata and Sernaqué",
    ),
    S(
        "w127",
        "norte",
        "2026-11-12T21:30:00-05:00",
        "Clausuran dos restaurantes por insalubridad en el malecón de Caleta Guayacán",
        """Inspectores de la subgerencia de Desarrollo Social y Salud clausuraron temporalmente dos restaurantes del malecón de Caleta Guayacán, donde encontraron pescado sin refrigerar, cucarachas en la cocina y agua sin clorar.

        La subgerenta Karina Periche Ancajima dijo que los locales podrán reabrir cuando subsanen las observaciones y que los operativos seguirán cada semana durante el verano.""",
        m="P",
        t="salud",
        tone="0",
        note="food-safety inspections by the health subgerencia: salud, told plainly",
    ),
    S(
        "w128",
        "norte",
        "2026-11-15T20:00:00-05:00",
        "Sucamec incauta treinta armas en operativo en Paltaral",
        """La Superintendencia de Control de Armas incautó treinta armas de fuego sin licencia en un operativo realizado en tres distritos de Paltaral. Diez personas fueron detenidas.""",
        about=False,
    ),
    S(
        "w129",
        "norte",
        "2026-11-18T21:00:00-05:00",
        "Regidora Zapata pide explicar la compra de combustible del serenazgo",
        """La regidora Yesenia Zapata Nima pidió por escrito a la gerencia municipal los comprobantes de combustible del serenazgo de los últimos tres meses.

        Según la concejala, en octubre se compraron 2 000 galones, pero las motos estuvieron paradas y las camionetas patrullaron solo dos turnos. «Alguien se está tomando la gasolina», ironizó.""",
        m="R",
        t="seguridad",
        tone="-",
        note="'la gerencia municipal' is not a person nor the institution",
    ),
    S(
        "w130",
        "norte",
        "2026-11-21T20:45:00-05:00",
        "Vecinos limpian la playa La Bocana sin apoyo municipal",
        """Un centenar de vecinos y estudiantes recogieron dos toneladas de basura de la playa La Bocana, en Caleta Guayacán, en una jornada que organizaron por su cuenta.

        «Pedimos un camión para llevarnos las bolsas y nunca llegó; tuvimos que pagar un volquete», contó la organizadora, Lucía Panta. Las bolsas quedaron amontonadas dos días junto a la orilla hasta que se consiguió el transporte.""",
        about=True,
        t="limpieza",
        tone="-",
        note="negative by omission: the municipal truck never came; nobody named",
    ),
    S(
        "w131",
        "norte",
        "2026-11-24T21:10:00-05:00",
        "Indeci capacita a brigadistas de cinco distritos ante El Niño",
        """El Instituto Nacional de Defensa Civil capacitó a 250 brigadistas de cinco distritos de la provincia de Paltaral en evacuación, primeros auxilios y manejo de albergues, ante la posibilidad de un Niño costero.

        Los brigadistas fueron seleccionados por las juntas vecinales de cada distrito.""",
        about=False,
    ),
    S(
        "w132",
        "norte",
        "2026-11-27T20:20:00-05:00",
        "Alcaldesa de Huaquillal niega haber contratado a familiares",
        """La alcaldesa de Huaquillal, Gladys Mogollón Ipanaqué, negó haber contratado a familiares en la municipalidad, luego de que un regidor opositor presentara una lista de cinco trabajadores con sus apellidos.

        «Ipanaqué y Mogollón son apellidos comunes aquí, media provincia se apellida así», respondió la alcaldesa.""",
        about=False,
        note="a neighbouring mayoress accused of nepotism; 'Ipanaqué' is her surname, not our gerente",
    ),
    # --- Guayacán Noticias: district site without a feed, section page, date-only meta -------------------------------
    S(
        "w133",
        "gnoticias",
        "2026-11-02T09:00:00-05:00",
        "Comienza la matrícula para la escuela municipal de vóley",
        """La Municipalidad Distrital de Caleta Guayacán abrió la matrícula para su escuela de vóley de verano, dirigida a niñas y niños de 8 a 15 años.

        Las clases serán de lunes a viernes en el coliseo municipal. La inscripción es gratuita y se hace en la oficina de Deportes con el DNI del menor.""",
        m="I",
        tone="0",
        note="sport is none of the five topics",
    ),
    S(
        "w134",
        "gnoticias",
        "2026-11-03T10:00:00-05:00",
        "Vecinos del jirón Lima denuncian desmonte abandonado hace dos meses",
        """Montículos de tierra, piedras y restos de tubería ocupan desde setiembre media calzada del jirón Lima. Son los restos de la obra de desagüe que el municipio guayacanense terminó y nunca terminó de limpiar.

        «Ya es un basural, la gente viene de noche a tirar sus bolsas», reclamó la vecina Aurora Purizaca.""",
        m="I",
        t="limpieza",
        tone="-",
        note="rubble and garbage on the street: limpieza, not the sewage works themselves",
    ),
    S(
        "w135",
        "gnoticias",
        "2026-11-04T11:00:00-05:00",
        "Postales del atardecer: las gaviotas del muelle",
        """Cuando el sol cae detrás de la punta Lobos, cientos de gaviotas se posan en las barandas del viejo muelle de la caleta. Los niños las persiguen, los pescadores las espantan y los turistas les toman fotos.

        Nuestro fotógrafo recorrió el muelle durante una semana para captar este espectáculo que se repite cada tarde.""",
        about=False,
        note="seagulls, not the Mayor's nickname",
    ),
    S(
        "w136",
        "gnoticias",
        "2026-11-05T09:30:00-05:00",
        "La alcaldesa Marleni Yovera se reunió con los pescadores de pinta",
        """La alcaldesa Marleni Yovera se reunió el martes con la asociación de pescadores de pinta en el local comunal de La Bocana.

        En la reunión se trató la formalización de las embarcaciones, los permisos de pesca y la organización de la feria del pescado de diciembre. Las partes acordaron volver a reunirse en enero.""",
        m="A",
        tone="0",
        note="a plain meeting note",
    ),
    S(
        "w137",
        "gnoticias",
        "2026-11-07T10:00:00-05:00",
        "Serenos de la Municipalidad de Caleta Guayacán rescatan a un bañista en La Bocana",
        """Dos serenos de la Municipalidad de Caleta Guayacán rescataron el domingo a un joven de 17 años que era arrastrado por la corriente en la playa La Bocana.

        Los serenos, que patrullaban la orilla, ingresaron al mar con una boya y lo sacaron en menos de cinco minutos. El joven fue atendido en el centro de salud y ya está en su casa.""",
        m="I",
        t="seguridad",
        tone="+",
        note="a serenazgo rescue during a beach patrol",
    ),
    S(
        "w138",
        "gnoticias",
        "2026-11-09T09:00:00-05:00",
        "Club de Madres Santa Rosa celebra treinta años de fundación",
        """El Club de Madres Santa Rosa de Lima, uno de los más antiguos de la caleta, celebró sus treinta años con una misa, un almuerzo y un concurso de platos típicos.

        La presidenta, doña Eufemia Querevalú, recordó a las fundadoras que empezaron cocinando para los pescadores en una ramada.""",
        about=False,
        note="community news; a woman surnamed Querevalú",
    ),
    S(
        "w139",
        "gnoticias",
        "2026-11-10T10:30:00-05:00",
        "Municipalidad recuerda: vence el plazo para la cuarta cuota del predial",
        """La Municipalidad Distrital de Caleta Guayacán recuerda a los contribuyentes que el 30 de noviembre vence el plazo para pagar la cuarta cuota del impuesto predial.

        Quienes paguen dentro del plazo y estén al día participarán en el sorteo de una refrigeradora y dos bicicletas.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "w140",
        "gnoticias",
        "2026-11-12T09:15:00-05:00",
        "Teniente alcalde Eleuterio Querevalú visita las obras en San Julián",
        """El teniente alcalde Eleuterio Querevalú Fiestas recorrió la obra de pavimentación de la calle principal del caserío San Julián, que tiene un avance de 55 %.

        Querevalú verificó el vaciado de las zapatas del muro de contención y pidió al residente de obra acelerar los trabajos antes de las lluvias.""",
        m="T",
        t="obras",
        tone="0",
        note="an inspection told plainly; 'zapatas' here are footings",
    ),
    S(
        "w141",
        "gnoticias",
        "2026-11-14T10:00:00-05:00",
        "Yovera Sernaqué a los pescadores: «Vamos a recuperar el desembarcadero»",
        """Ante unos doscientos pescadores reunidos en la orilla, Yovera Sernaqué prometió que el desembarcadero volverá a funcionar antes de la temporada de pota.

        «Nos fallaron con el primer contratista, pero vamos a recuperar el desembarcadero», dijo la alcaldesa. Los pescadores le pidieron que les informe cada mes sobre el avance.""",
        m="A",
        t="obras",
        tone="0",
        note="a promise; 'Yovera Sernaqué' is a listed alias",
    ),
    S(
        "w142",
        "gnoticias",
        "2026-11-16T09:30:00-05:00",
        "Misa y procesión marítima en honor a San Pedrito del Mar",
        """Los pescadores de la caleta celebraron a San Pedrito del Mar con una misa en la orilla y una procesión en la que cuarenta botes acompañaron la imagen hasta la punta Lobos.

        La fiesta continuó con un almuerzo de sudado de cabrilla ofrecido por los mayordomos.""",
        about=False,
    ),
    S(
        "w143",
        "gnoticias",
        "2026-11-18T10:00:00-05:00",
        "Ya tienen agua: piletas públicas llegan al asentamiento Nueva Esperanza",
        """Después de cinco años comprando agua de cisterna a cinco soles el cilindro, las 180 familias del asentamiento Nueva Esperanza ya tienen seis piletas públicas.

        La comuna guayacanense instaló 1,2 kilómetros de tubería desde la red principal. «Es la primera vez que abro un caño en mi casa», dijo emocionada doña Teresa Chero.""",
        m="I",
        t="obras",
        tone="+",
        note="standpipes installed by the municipality are a work",
    ),
    S(
        "w144",
        "gnoticias",
        "2026-11-20T09:00:00-05:00",
        "Regidora Yesenia Zapata Nima presenta informe sobre el Vaso de Leche",
        """La regidora Yesenia Zapata Nima presentó al concejo un informe según el cual 214 beneficiarios del Vaso de Leche no viven en el distrito o ya superaron la edad máxima.

        La regidora pidió depurar el padrón y sancionar a los responsables. La subgerencia de Desarrollo Social dijo que revisará la lista.""",
        m="R",
        tone="-",
        note="Vaso de Leche is none of the five topics",
    ),
    S(
        "w145",
        "gnoticias",
        "2026-11-21T10:00:00-05:00",
        "Campeonato interbarrios: La Bocana se queda con la copa",
        """El equipo de La Bocana ganó 2-1 a Cerro Blanco la final del campeonato interbarrios de fútbol, jugado en el estadio de la caleta ante unas mil personas.

        El goleador del torneo fue Kevin Ipanaqué, con nueve goles.""",
        about=False,
        note="sport; a player surnamed Ipanaqué",
    ),
    S(
        "w146",
        "gnoticias",
        "2026-11-23T09:30:00-05:00",
        "Subgerenta Karina Periche lidera jornada de desparasitación escolar",
        """La subgerenta Karina Periche Ancajima encabezó la jornada de desparasitación en seis colegios del distrito, donde 2 300 escolares recibieron su dosis de antiparasitario.

        La campaña se hizo junto con el centro de salud y continuará en los caseríos en diciembre.""",
        m="P",
        t="salud",
        tone="+",
    ),
    S(
        "w147",
        "gnoticias",
        "2026-11-24T10:00:00-05:00",
        "¿Dónde quedaron los tachos? El malecón se queda sin contenedores",
        """Hace un mes el malecón Grau tenía doce tachos de basura. Hoy quedan tres. El resto fue retirado por el municipio guayacanense para repararlos y nunca volvieron.

        Mientras tanto, las bolsas se acumulan al pie de los postes y los fines de semana el viento las lleva a la playa.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "w148",
        "gnoticias",
        "2026-11-26T09:00:00-05:00",
        "Taller gratuito de fileteado de pescado para mujeres emprendedoras",
        """La Municipalidad Distrital de Caleta Guayacán y el programa nacional A Comer Pescado dictarán un taller gratuito de fileteado y conservas para mujeres de la caleta.

        Las clases serán del 1 al 5 de diciembre en el local comunal. Hay cuarenta vacantes.""",
        m="I",
        tone="0",
    ),
    S(
        "w149",
        "gnoticias",
        "2026-11-28T10:00:00-05:00",
        "Roban cables del alumbrado en El Papayo y el caserío queda a oscuras",
        """Desconocidos robaron trescientos metros de cable del alumbrado público en el caserío El Papayo, que quedó a oscuras por tercera vez este año.

        La empresa eléctrica dijo que repondrá el cable en una semana y pidió a los vecinos denunciar cualquier movimiento sospechoso.""",
        about=False,
        note="cable theft; lighting is the electricity company's here",
    ),
    S(
        "w150",
        "gnoticias",
        "2026-11-30T09:00:00-05:00",
        "Alcaldesa Yovera entrega 120 títulos de propiedad en Nueva Esperanza",
        """La alcaldesa Yovera entregó 120 títulos de propiedad a familias del asentamiento Nueva Esperanza, que esperaban su formalización desde hace doce años.

        Los títulos fueron tramitados por la municipalidad ante el organismo de formalización. «Ahora sí esta casa es mía», dijo don Felipe Chunga.""",
        m="A",
        tone="+",
    ),
    # --- El Vocero Pesquero: regional fishing site, teasers in RSS ------------------------------------------------------
    S(
        "w151",
        "vocero",
        "2026-11-02T08:30:00-05:00",
        "Desembarque de pota cae 35 % en las caletas de Paltaral en octubre",
        """El desembarque de pota en las caletas de la provincia de Paltaral cayó 35 % en octubre respecto del mismo mes del año pasado, según el reporte semanal del Instituto del Mar.

        El oleaje anómalo y la menor presencia del recurso cerca de la costa explican la caída. Los precios en playa subieron de 2,10 a 2,80 soles el kilo.""",
        about=False,
    ),
    S(
        "w152",
        "vocero",
        "2026-11-04T08:00:00-05:00",
        "Pescadores descargan en la playa por la obra paralizada del desembarcadero",
        """Sin plataforma de descarga desde junio, los pescadores de Caleta Guayacán bajan la pota en la orilla y la cargan a hombro hasta los camiones. La obra de reforzamiento contratada por la Municipalidad de Caleta Guayacán sigue paralizada.

        Según el gremio, cada lancha pierde entre 200 y 300 soles por viaje entre merma y pago de estibadores. «La pota llega golpeada y las plantas nos pagan menos», explicó un armador.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "w153",
        "vocero",
        "2026-11-06T08:15:00-05:00",
        "Santos Yovera Chapilliquén es reelegido presidente de los pescadores de la caleta",
        """Santos Yovera Chapilliquén fue reelegido presidente de la Organización Social de Pescadores Artesanales de Caleta Guayacán para el periodo 2027-2028, con 412 votos de 530.

        Yovera, de 56 años, anunció que su prioridad será conseguir una fábrica de hielo propia para el gremio.""",
        about=False,
        note="namesake: the fishermen's leader surnamed Yovera",
    ),
    S(
        "w154",
        "vocero",
        "2026-11-08T08:40:00-05:00",
        "Fondepes evalúa un nuevo muelle para Chulamar",
        """El Fondo Nacional de Desarrollo Pesquero envió un equipo técnico a Chulamar para evaluar la construcción de un desembarcadero nuevo, con cámaras de frío y sala de eviscerado.

        El alcalde de Chulamar, Aurelio Sernaqué Tume, dijo que el municipio ya tiene el terreno saneado.""",
        about=False,
        note="a neighbouring district's wharf",
    ),
    S(
        "w155",
        "vocero",
        "2026-11-10T08:10:00-05:00",
        "Municipio guayacanense y pescadores acuerdan horario para limpiar la orilla del desembarcadero",
        """El municipio guayacanense y la organización de pescadores acordaron que la orilla junto al desembarcadero se limpiará todos los días a las 11 de la mañana, al terminar la descarga.

        Los pescadores se comprometieron a no arrojar vísceras en la arena y el municipio pondrá una cuadrilla y un volquete para llevar los residuos.""",
        m="I",
        t="limpieza",
        tone="0",
        note="an agreement told plainly",
    ),
    S(
        "w156",
        "vocero",
        "2026-11-12T08:20:00-05:00",
        "Capturan bolichera con pesca ilegal frente a Huaquillal",
        """Una patrullera de la Marina intervino a una embarcación bolichera que pescaba anchoveta dentro de las cinco millas frente a Huaquillal. Llevaba 80 toneladas a bordo.

        La carga fue decomisada y la embarcación conducida al puerto de Paita.""",
        about=False,
    ),
    S(
        "w157",
        "vocero",
        "2026-11-14T08:00:00-05:00",
        "Precio del mero se dispara en el mercado mayorista de Paltaral",
        """El kilo de mero llegó a 38 soles en el mercado mayorista de Paltaral, el precio más alto del año, por la escasez de pesca de cordel tras el oleaje.

        Los restaurantes de la provincia ya reemplazan el mero por cabrilla y cachema en sus cartas.""",
        about=False,
    ),
    S(
        "w158",
        "vocero",
        "2026-11-17T08:30:00-05:00",
        "Alcaldesa de Caleta Guayacán no descarta suspender la feria del pescado por falta de hielo",
        """La alcaldesa de Caleta Guayacán, Marleni Yovera Sernaqué, no descartó suspender la feria del pescado de diciembre si la única fábrica de hielo de la zona no garantiza el abastecimiento.

        «No vamos a vender pescado caliente a los visitantes», dijo. La fábrica, de propiedad privada, está en mantenimiento desde hace dos semanas.""",
        m="A",
        tone="0",
        note="negation ('no descarta'); a fair is none of the five",
    ),
    S(
        "w159",
        "vocero",
        "2026-11-19T08:40:00-05:00",
        "Marina de Guerra intensifica el patrullaje en la bahía de Caleta Guayacán",
        """La Marina de Guerra intensificó el patrullaje en la bahía de Caleta Guayacán para combatir el robo de motores y la pesca con explosivos. Dos patrulleras recorrerán la zona de noche.

        La Capitanía pidió a los pescadores reportar cualquier embarcación sin matrícula.""",
        about=False,
        note="patrols by the Navy, not the serenazgo",
    ),
    S(
        "w160",
        "vocero",
        "2026-11-21T08:10:00-05:00",
        "Wilmer Ipanaqué: «Los pescadores no pagarán arbitrios por sus depósitos de aparejos»",
        """El gerente municipal de Caleta Guayacán, Wilmer Ipanaqué Ruiz, anunció que los depósitos de aparejos de pesca de menos de 20 metros cuadrados quedarán exonerados de arbitrios desde enero.

        La medida beneficiará a unos 600 pescadores, que venían pagando como si sus depósitos fueran comercios. Los gremios la habían pedido desde 2024.""",
        m="G",
        t="tributos",
        tone="+",
    ),
    S(
        "w161",
        "vocero",
        "2026-11-23T08:25:00-05:00",
        "Temporada de langostinos genera expectativa en Chulamar",
        """Los langostineros de Chulamar esperan una buena temporada tras las primeras faenas con capturas de 40 kilos por bote. Los precios en playa bordean los 22 soles el kilo.""",
        about=False,
    ),
    S(
        "w162",
        "vocero",
        "2026-11-25T08:00:00-05:00",
        "Pescadores de Caleta Guayacán reciben motores con apoyo de Produce",
        """Ochenta pescadores artesanales de Caleta Guayacán recibieron motores fuera de borda del programa nacional de renovación de flota, que financia el 70 % del costo.

        En la ceremonia participó la alcaldesa Marleni Yovera Sernaqué, que pidió ampliar el programa a los pescadores de pinta. Los motores fueron entregados por el viceministro de Pesca.""",
        m="A",
        tone="0",
        note="a national programme's handout; the Mayor only attends and asks: neutral, no topic",
    ),
    S(
        "w163",
        "vocero",
        "2026-11-26T08:40:00-05:00",
        "El hielo escasea y los pescadores pierden hasta 40 % de la captura",
        """Con la única fábrica de hielo de la zona en mantenimiento, los pescadores de las caletas de Paltaral pierden hasta 40 % de su captura por descomposición.

        Algunos armadores traen hielo desde Paita en camiones, lo que encarece cada caja en cuatro soles.""",
        about=False,
    ),
    S(
        "w164",
        "vocero",
        "2026-11-27T08:15:00-05:00",
        "Gerente Ipanaqué anuncia cámaras de vigilancia en el desembarcadero",
        """El gerente Ipanaqué anunció que en diciembre se instalarán cuatro cámaras de videovigilancia en el desembarcadero de Caleta Guayacán, conectadas a la central del serenazgo, para frenar el robo de motores y de pota.

        El gremio de pescadores ofreció pagar la energía de las cámaras.""",
        m="G",
        t="seguridad",
        tone="0",
        note="an announcement: neutral",
    ),
    S(
        "w165",
        "vocero",
        "2026-11-29T08:30:00-05:00",
        "La Gaviota II vuelve al mar tras el rescate de su patrón",
        """Un mes después de pasar tres días a la deriva, el pescador Eleuterio Querevalú Panta volvió a salir al mar en su bote La Gaviota II, con un motor nuevo donado por sus compañeros.

        «El mar es mi vida, no lo voy a dejar por un susto», dijo el veterano pescador antes de zarpar.""",
        about=False,
        note="namesakes: the rescued fisherman and his boat",
    ),
    S(
        "w166",
        "vocero",
        "2026-11-30T08:00:00-05:00",
        "Informe del Imarpe: la anchoveta vuelve a acercarse a la costa norte",
        """Los cruceros del Instituto del Mar detectaron cardúmenes de anchoveta a menos de diez millas de la costa norte, lo que anticipa una buena primera temporada de pesca industrial en 2027.""",
        about=False,
    ),
    # --- Revista Arena y Sal: opinion, full text in the description -----------------------------------------------------
    S(
        "w167",
        "arena",
        "2026-11-03T09:00:00-05:00",
        "Columna | La Gaviota aprende a volar sola",
        """Cuando la Gaviota llegó a la alcaldía, muchos apostaron a que no duraría ni seis meses. Una vendedora de pescado al frente de una municipalidad con deudas, obras paradas y un concejo hostil parecía una apuesta perdida.

        Un año después, Marleni Yovera Sernaqué ha demostrado que sabe escuchar y también decidir. La basura se recoge más seguido, la anemia baja y la caleta ha vuelto a tener una plaza viva. Le falta el desembarcadero, y es mucho. Pero la Gaviota, por fin, parece haber aprendido a volar sola.""",
        m="A",
        tone="+",
        note="favourable column; the nickname plainly her; no single topic",
    ),
    S(
        "w168",
        "arena",
        "2026-11-07T09:00:00-05:00",
        "Columna | Cinco meses sin desembarcadero",
        """Cinco meses. Ese es el tiempo que los pescadores de Caleta Guayacán llevan descargando en la arena, como en los años cincuenta. La comuna guayacanense contrató una obra sin verificar la solvencia del contratista y ahora paga las consecuencias, o mejor dicho, las pagan los pescadores.

        No basta con resolver contratos: alguien debe explicar por qué se adelantó dinero a una empresa que no tenía ni una grúa.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "w169",
        "arena",
        "2026-11-10T09:00:00-05:00",
        "Editorial | El agua que no llega al valle",
        """El valle del Salitral tiene tierra, sol y gente que sabe trabajar. Lo que no tiene es agua regulada. Mientras el reservorio regional se llena de arena y el Gobierno Regional posterga la represa que promete desde hace veinte años, los agricultores siembran la mitad.

        Es hora de que el gobernador Cherre deje de cortar cintas y se ocupe de lo esencial.""",
        about=False,
        note="an editorial against the regional government; no municipal angle",
    ),
    S(
        "w170",
        "arena",
        "2026-11-14T09:00:00-05:00",
        "Columna | ¡Bravo por la eficiencia! El foco del malecón y otras hazañas",
        """Aplaudamos, señores. El municipio guayacanense logró en solo tres semanas cambiar un foco del malecón. Una hazaña comparable solo con la obra del desembarcadero, que en cinco meses no ha logrado clavar un pilote.

        Con ese ritmo, el relleno sanitario estará listo para cuando nuestros nietos se jubilen. Bravo, de verdad, por la eficiencia.""",
        m="I",
        tone="-",
        note="sarcasm; lighting, the wharf and the landfill in passing: no single topic",
    ),
    S(
        "w171",
        "arena",
        "2026-11-17T09:00:00-05:00",
        "Columna | Lo que Paltaral puede aprender de Huaquillal",
        """Huaquillal, un distrito con la mitad del presupuesto de Paltaral, ha ejecutado el 72 % de sus inversiones. La provincia, con todo su aparato, apenas llega al 40 %.

        La alcaldesa Mogollón no hace milagros: licita en enero y supervisa cada semana. El alcalde provincial Chunga debería tomar nota.""",
        about=False,
        note="a column comparing two other municipalities",
    ),
    S(
        "w172",
        "arena",
        "2026-11-20T09:00:00-05:00",
        "Columna | No es cierto que la amnistía premie a los morosos",
        """No es cierto que la amnistía tributaria premie a los morosos, como repiten algunos en la radio. La Municipalidad de Caleta Guayacán hizo bien en condonar intereses que nadie iba a pagar: en un mes recaudó más que en medio año.

        Una deuda que no se cobra no vale nada. Una que se paga compra combustible para la compactadora y patrullas para el serenazgo.""",
        m="I",
        t="tributos",
        tone="+",
        note="negation defending the amnesty",
    ),
    S(
        "w173",
        "arena",
        "2026-11-22T09:00:00-05:00",
        "Crónica | El último carpintero de botes",
        """Don Mateo Chapilliquén tiene 81 años y todavía arma botes con madera de guayacán, como le enseñó su padre. En su taller, junto a la orilla, huele a brea y a aserrín.

        Ya nadie le encarga botes de madera: las lanchas ahora son de fibra de vidrio. Pero don Mateo sigue cepillando quillas «para que no se pierda la mano».""",
        about=False,
        note="a crónica; guayacán wood",
    ),
    S(
        "w174",
        "arena",
        "2026-11-24T09:00:00-05:00",
        "Columna | La regidora que grita sola",
        """La regidora Yesenia Zapata Nima denunció sobreprecios en el Mercado Modelo, en la compra de combustible y en el Vaso de Leche. Hasta hoy, ninguna de sus denuncias ha sido confirmada por el Órgano de Control.

        La gestión de la alcaldesa Yovera tiene muchos defectos, pero esta vez las actas le dan la razón: los materiales del mercado existen y la obra avanza. La oposición necesaria no es la que grita más, sino la que prueba lo que dice.""",
        m="R A",
        tone="+",
        note="a column clearing the administration of the regidora's accusations: positive toward us; no single topic",
    ),
    S(
        "w175",
        "arena",
        "2026-11-26T09:00:00-05:00",
        "Columna | Serenazgo: mucha moto, poca ronda",
        """La comuna de Caleta Guayacán presume ocho motos nuevas, catorce cámaras y una central de monitoreo. Pero pregúntele a un mototaxista del mercado cuándo vio pasar un sereno después de las diez de la noche.

        La seguridad no se compra, se organiza. Y por ahora el serenazgo parece más una vitrina que un servicio.""",
        m="I",
        t="seguridad",
        tone="-",
    ),
    S(
        "w176",
        "arena",
        "2026-11-28T09:00:00-05:00",
        "Columna | La costa y sus alcaldes ante el Niño",
        """Cada vez que se anuncia un Niño, los alcaldes de la costa viajan a Lima con sus carpetas. Lo hizo el alcalde provincial de Paltaral, lo hicieron los de Chulamar y Huaquillal, y lo hizo la alcaldesa de Caleta Guayacán, Marleni Yovera, reclamando muelles y espigones.

        El problema no es de un distrito ni de un alcalde: es de un país que sigue improvisando ante un fenómeno que conoce desde hace siglos.""",
        m="A",
        about=False,
        note="the Mayor named in passing in a column about the coast's mayors in general",
    ),
    S(
        "w177",
        "arena",
        "2026-11-30T09:00:00-05:00",
        "Columna | La basura no se recoge con conferencias de prensa",
        """La alcaldesa Yovera ha dado tres conferencias de prensa este mes sobre limpieza pública. Mientras tanto, El Papayo lleva diez días sin camión, el botadero de Cerro Blanco ardió cuatro días y el malecón se quedó sin tachos.

        Las cifras de toneladas recogidas lucen bien en las diapositivas, pero la basura sigue en la calle.""",
        m="A",
        t="limpieza",
        tone="-",
    ),
    # --- Syndicated copies: own headline, sometimes own lead or a credit line ------------------------------------------
    C(
        "w178",
        "w001",
        "norte",
        "2026-11-02T11:30:00-05:00",
        "Malecón Grau ya tiene catorce cámaras que vigilan día y noche",
        extra="Fuente: La Marea del Norte.",
    ),
    C(
        "w179",
        "w003",
        "norte",
        "2026-11-03T14:00:00-05:00",
        "Cinco meses paralizada: la obra del desembarcadero que no avanza",
        lead="""Cinco meses después de su paralización, la obra de reforzamiento del desembarcadero, contratada por la Municipalidad de Caleta Guayacán en mayo por 2,8 millones de soles, apenas tiene un avance de 22 % y sus pilotes se oxidan en la arena.""",
    ),
    C(
        "w180",
        "w003",
        "costa",
        "2026-11-03T16:00:00-05:00",
        "Caleta norteña descarga su pesca en la arena por una obra paralizada",
        extra="Con información de La Marea del Norte.",
    ),
    C(
        "w181",
        "w008",
        "norte",
        "2026-11-05T21:00:00-05:00",
        "Denuncian pagos adelantados en la obra del Mercado Modelo",
    ),
    C(
        "w182",
        "w010",
        "gnoticias",
        "2026-11-06T12:00:00-05:00",
        "Seiscientas cuarenta atenciones en la campaña de salud de Cerro Blanco",
    ),
    C(
        "w183",
        "w015",
        "norte",
        "2026-11-09T10:00:00-05:00",
        "Suben los arbitrios en Caleta Guayacán: 9,40 soles al mes",
        lead="""Los vecinos de Caleta Guayacán pagarán desde enero 12 % más de arbitrios de limpieza pública, parques y serenazgo. La Municipalidad Distrital de Caleta Guayacán sustentó el alza en el mayor costo del combustible y del relleno sanitario de Paltaral.""",
    ),
    C("w184", "w023", "norte", "2026-11-13T09:00:00-05:00", "Serenos de Caleta Guayacán paralizan por falta de pago"),
    C(
        "w185",
        "w025",
        "apnr",
        "2026-11-14T16:00:00Z",
        "Once millones para saneamiento en Paltaral dejan fuera a un distrito costero",
        lead="""El Ministerio de Vivienda transfirió 11 millones de soles para agua y desagüe a cuatro distritos de la provincia de Paltaral, en la región Ñomala. Caleta Guayacán quedó fuera porque no levantó a tiempo las observaciones de su expediente técnico.""",
    ),
    C("w186", "w029", "gnoticias", "2026-11-18T11:00:00-05:00", "Vacunación contra el sarampión llega a 1 100 niños"),
    C("w187", "w036", "norte", "2026-11-03T20:00:00-05:00", "Humo del botadero de Cerro Blanco afecta a escolares"),
    C(
        "w188",
        "w042",
        "norte",
        "2026-11-09T19:00:00-05:00",
        "Acusan a la alcaldesa de Caleta Guayacán de nepotismo en el serenazgo",
    ),
    C(
        "w189",
        "w046",
        "apnr",
        "2026-11-13T17:00:00-05:00",
        "Contraloría observa gastos de un festival en municipio norteño",
    ),
    C(
        "w190",
        "w046",
        "norte",
        "2026-11-13T20:00:00-05:00",
        "Festival de la Chita: Contraloría pide cuentas por 84 000 soles",
    ),
    C(
        "w191",
        "w051",
        "norte",
        "2026-11-20T19:00:00-05:00",
        "Baja ejecución: Caleta Guayacán solo gastó 31 % de sus inversiones",
    ),
    C("w192", "w002", "norte", "2026-11-02T22:00:00-05:00", "Rescatan a pescador que pasó tres días perdido en el mar"),
    C("w193", "w009", "costa", "2026-11-06T15:00:00-05:00", "Tablista norteña de 19 años gana el circuito nacional"),
    C(
        "w194",
        "w044",
        "norte",
        "2026-11-11T19:00:00-05:00",
        "Fumigación casa por casa llega a 2 400 viviendas en Caleta Guayacán",
    ),
    C("w195", "w060", "norte", "2026-11-07T18:00:00-05:00", "«Motos nuevas pero sin gasolina», critica regidora"),
    C("w196", "w078", "gnoticias", "2026-11-04T10:00:00-05:00", "Cruceta Baja ya tiene su losa deportiva"),
    C(
        "w197",
        "w080",
        "norte",
        "2026-11-06T08:00:00-05:00",
        "Sisa podría subir a un sol cincuenta en el mercado guayacanense",
    ),
    C(
        "w198",
        "w087",
        "vocero",
        "2026-11-16T08:00:00-05:00",
        "Residuos de pescado se convertirán en abono en Caleta Guayacán",
        lead="""Las vísceras de pescado que antes terminaban en la playa serán convertidas en abono para los agricultores del valle del Salitral.""",
    ),
    C(
        "w199",
        "w089",
        "norte",
        "2026-11-18T09:00:00-05:00",
        "Piden auditar el contrato de limpieza pública en Caleta Guayacán",
    ),
    C(
        "w200",
        "w099",
        "norte",
        "2026-11-10T20:30:00-05:00",
        "Contraloría halla perjuicio en la pista de la calle Tacna",
    ),
    C(
        "w201",
        "w099",
        "algarrobo",
        "2026-11-11T09:00:00-05:00",
        "Informe nacional de la Contraloría alcanza a Caleta Guayacán",
    ),
    C("w202", "w108", "norte", "2026-11-28T18:00:00-05:00", "Amnistía deja 1,4 millones en las arcas guayacanenses"),
    C(
        "w203",
        "w108",
        "gnoticias",
        "2026-11-29T09:00:00-05:00",
        "Récord de recaudación con la amnistía tributaria",
        extra="Fuente: Agencia Peruana de Noticias Regionales.",
    ),
    C(
        "w204",
        "w110",
        "norte",
        "2026-11-03T19:00:00-05:00",
        "De vender pescado a dirigir la municipalidad: el perfil de la Gaviota",
    ),
    C("w205", "w117", "norte", "2026-11-20T19:00:00-05:00", "Los apellidos tallanes que sobreviven en la costa norte"),
    C("w206", "w119", "norte", "2026-11-24T18:00:00-05:00", "Transparencia: Caleta Guayacán escala cuarenta puestos"),
    C("w207", "w121", "algarrobo", "2026-11-29T09:00:00-05:00", "Calle Tacna: seis meses esperando la pista"),
    C(
        "w208",
        "w130",
        "costa",
        "2026-11-22T11:00:00-05:00",
        "Vecinos limpian una playa del norte sin apoyo del municipio",
        extra="Con información de Norte al Minuto.",
    ),
    C(
        "w209",
        "w034",
        "norte",
        "2026-11-25T12:00:00-05:00",
        "Alcaldesa responde a denuncia de sobreprecio en el mercado",
        lead="""La alcaldesa rechazó la denuncia de pagos adelantados en la remodelación del Mercado Modelo de Caleta Guayacán y acusó a la concejala opositora de actuar «con mala fe política».""",
        m="R",
        note="the rewritten lead drops the Mayor's name; 'la alcaldesa' and 'la burgomaestra' are bare; the regidora is still named",
    ),
    C(
        "w210",
        "w093",
        "apnr",
        "2026-11-26T15:00:00-05:00",
        "Anemia infantil baja nueve puntos en caleta norteña",
        lead="""La anemia en niños menores de tres años bajó de 38 % a 29 % en un año en el distrito de Caleta Guayacán, en la región Ñomala.""",
    ),
    C("w211", "w107", "norte", "2026-11-27T19:00:00-05:00", "Cae red que extorsionaba a mototaxistas en dos distritos"),
    C(
        "w212",
        "w152",
        "norte",
        "2026-11-04T19:00:00-05:00",
        "Desembarcadero sin obra: pescadores siguen descargando en la playa",
    ),
]
