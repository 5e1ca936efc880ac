# ruff: noqa: E501
"""Training part train9: stories written to train the tone and topic decisions, about a fifth invented district.

Written by hand by writer 9, for training only (not a figure to quote), WITHOUT looking at the pipeline's code
(heraldo/monitoring/**), at its baselines, tone or topic dumps, or at the other parts' stories (beyond heldout6's
header, setup, sources and first stories, for the format). Labels follow the labelling rules of
docs/monitoring-evaluation.md and were fixed as each story was written. Every name, outlet and place is invented.

Like heldout5 and heldout6, this part brings its own watch list (SETUP), outlets, person codes and template
furniture: the Municipalidad Distrital de Villa Cóndor Ccasa (MDVCC), a district of the southern altiplano in the
province of Titiqaya. Its Mayor is a woman.

Codes: m = who is named (A alcaldesa Florentina Choquehuanca Llanque «Mama Flora», G gerenta municipal Rocío Ticona
Mendizábal, T teniente alcalde Saturnino Larico Pacompía, R regidor (opposition) Édgar Cutimbo Zevallos, S
subgerente de Seguridad Ciudadana Rubén Coaquira Chambi, I the Municipalidad Distrital de Villa Cóndor Ccasa); t =
topics (limpieza seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns
the municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own
headline, sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "la alcaldesa condorina", "la alcaldesa de Villa Cóndor Ccasa", "la burgomaestra de Cóndor Ccasa" are a title plus
  the place: they name the Mayor. A bare "la alcaldesa", "la burgomaestra", "la autoridad edil", "la comuna", "el
  municipio", "el concejo" do not. "Choquehuanca" alone after the Mayor was named is part of the same mention.
  «Mama Flora» alone counts only where it is plainly her (a story about her administration).
- "Municipalidad (Distrital) de Villa Cóndor Ccasa", "municipio condorino", "comuna condorina", "municipalidad
  condorina", "Municipalidad de Villa Cóndor Ccasa", "municipio/comuna de Cóndor Ccasa", "la MDVCC" name the institution. "Vecinos de Cóndor
  Ccasa", "el serenazgo condorino", "el distrito", "la gerencia municipal", "el palacio municipal" do not. A person
  named with a title plus the place ("la gerenta municipal de Villa Cóndor Ccasa") is that person, not the
  institution.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly her),
  title plus surname ("el regidor Cutimbo", "la gerenta Ticona", "el subgerente Coaquira") or a listed alias.
- Traps: Hilario Choquehuanca Ccama, Mayor of the neighbouring district Huancollo ("el alcalde Choquehuanca" there,
  no relative); the morenada dancer and cholita luchadora Flora «Mama Flora» Choquehuanca of Titiqaya; the volleyball
  player Rocío Ticona of Club Deportivo Titiqaya; the teacher Rubén Coaquira Mamani, award winner; the provincial
  Mayor Teófilo Arpasi Quenta; the comunidad campesina Cóndor Ccasa of the district of Pampahuta (another district,
  same name); the abra Cóndor Ccasa on the national road (a mountain pass, not the district); the lake Umayuni.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor criticising the regional or national government is neutral toward us unless the story is about our own
  failure. A mixed story takes the tone a press officer would take away (headline and weight of the text). An
  accusation the official denies is still a story about an accusation (negative). A fiscal investigation opened
  is negative even with no finding yet; one closed with no charges is positive. Stories not about the
  municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a
  passing mention (serenos guarding a feria, a council member's leave). A story about a road or a health post the
  Mayor asks others to fix takes that topic. Sewage, roads, bridges, irrigation canals built by the municipality and
  public buildings are obras; water cuts, street lighting, the camal, Vaso de Leche, ollas comunes, heladas
  relief (blankets, kits, cobertizos), camélido health (dosificación, baños antisárnicos), traffic, culture and
  sport are none of the five. Human health campaigns against heladas and friaje (neumonía, vaccination of
  children), anemia and health posts are salud. The feria fee (sisa), licences fees and the enforced collection of
  debts are tributos municipales.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcalde",
    "R": "regidor_cutimbo",
    "S": "subgerente_seguridad",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de Villa Cóndor Ccasa",
        "short_name": "MDVCC",
        "level": "DISTRITAL",
        "province": "Titiqaya",
        "aliases": ["municipio condorino", "comuna condorina", "Municipalidad de Villa Cóndor Ccasa"],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Florentina",
            "surnames": "Choquehuanca Llanque",
            "sex": "F",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "Mama Flora",
            "aliases": [
                "Flora Choquehuanca",
                "alcaldesa Choquehuanca",
                "Choquehuanca Llanque",
                "Florentina Choquehuanca",
            ],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Rocío",
            "surnames": "Ticona Mendizábal",
            "sex": "F",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerenta Ticona", "gerenta municipal Rocío Ticona"],
        },
        {
            "key": "teniente_alcalde",
            "given_names": "Saturnino",
            "surnames": "Larico Pacompía",
            "sex": "M",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcalde Larico", "regidor Larico"],
        },
        {
            "key": "regidor_cutimbo",
            "given_names": "Édgar",
            "surnames": "Cutimbo Zevallos",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Cutimbo", "concejal Cutimbo", "Edgar Cutimbo"],
        },
        {
            "key": "subgerente_seguridad",
            "given_names": "Rubén",
            "surnames": "Coaquira Chambi",
            "sex": "M",
            "position": "Subgerente de Seguridad Ciudadana",
            "position_feminine": "Subgerenta de Seguridad Ciudadana",
            "office_code": "GERENTE_SEGURIDAD",
            "aliases": ["subgerente Coaquira", "Rubén Coaquira Chambi"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "andes": {
        "name": "Los Andes de Titiqaya",
        "host": "losandesdetitiqaya.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 58000,
    },
    "sol": {
        "name": "Diario Sol del Altiplano",
        "host": "soldelaltiplano.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "rcondor": {
        "name": "Radio Cóndor Stereo 101.3",
        "host": "radiocondorstereo.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 15000,
    },
    "ttv": {
        "name": "Titiqaya Televisión Canal 5",
        "host": "titiqayatv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 88000,
    },
    "apnr": {
        "name": "Agencia Peruana de Noticias Regionales",
        "host": "apnr.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 240000,
    },
    "perusur": {
        "name": "Perú Sur Digital",
        "host": "perusurdigital.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 540000,
    },
    "altinot": {
        "name": "Altiplano Noticias",
        "host": "altiplanonoticias.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 41000,
    },
    "ccasadia": {
        "name": "Cóndor Ccasa al Día",
        "host": "condorccasaaldia.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 4000,
    },
    "vozlago": {
        "name": "La Voz del Lago",
        "host": "lavozdellago.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 23000,
    },
    "puna": {
        "name": "Revista Puna",
        "host": "revistapuna.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 9000,
    },
    "expalti": {
        "name": "Express Altiplano",
        "host": "expressaltiplano.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 12000,
    },
    "bcondor": {
        "name": "Boletín El Condorino",
        "host": "boletinelcondorino.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 1800,
    },
    "ichu": {
        "name": "Semanario El Ichu",
        "host": "semanarioelichu.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 6000,
    },
    "rsurandino": {
        "name": "Radio Sur Andino",
        "host": "radiosurandino.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 14000,
    },
}

FURNITURE = {
    "old_comments": [
        "Esa Mama Flora solo aparece en las ferias para la foto, las calles siguen con barro",
        "El municipio condorino cobra la sisa puntual pero el mercado sigue sin techo",
    ],
    "old_most_read": "Roban 40 alpacas de una estancia de Huancollo",
    "old_motto": "La voz del altiplano desde 1979",
    "old_city": "Titiqaya",
    "section_agenda": "Huancollo celebra la fiesta de la Virgen de la Candelaria con diablada",
    "hostile_place": "Villa Cóndor Ccasa",
    "hostile_alias": "municipio condorino",
    "error_page_outlet": "Radio Sur Andino, la señal del altiplano",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "expalti": {
        "name": "Express Altiplano",
        "outlet": "expalti",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["v012", "v061"],
        "cut_at": 0.7,
    },
    "bcondor": {"name": "Boletín El Condorino", "outlet": "bcondor", "format": "bomb", "path": "/rss"},
    "ichu": {"name": "Semanario El Ichu", "outlet": "ichu", "format": "xxe", "path": "/feed/"},
    "rsurandino": {
        "name": "Radio Sur Andino",
        "outlet": "rsurandino",
        "format": "html_error",
        "path": "/noticias/feed.xml",
    },
    "andes": {
        "name": "Los Andes de Titiqaya",
        "outlet": "andes",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "sol": {
        "name": "Diario Sol del Altiplano",
        "outlet": "sol",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/regiones.xml",
    },
    "rcondor": {
        "name": "Radio Cóndor Stereo 101.3",
        "outlet": "rcondor",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticias",
    },
    "ttv": {"name": "Titiqaya Televisión Canal 5", "outlet": "ttv", "format": "atom", "path": "/atom.xml"},
    "apnr": {
        "name": "Agencia Peruana de Noticias Regionales",
        "outlet": "apnr",
        "format": "atom",
        "path": "/sur/feed.atom",
    },
    "perusur": {
        "name": "Perú Sur Digital",
        "outlet": "perusur",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "altinot": {
        "name": "Altiplano Noticias",
        "outlet": "altinot",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas.rss",
    },
    "ccasadia": {
        "name": "Cóndor Ccasa al Día",
        "outlet": "ccasadia",
        "format": "section",
        "template": "section",
        "path": "/locales",
    },
    "vozlago": {
        "name": "La Voz del Lago",
        "outlet": "vozlago",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/noticias.xml",
    },
    "puna": {
        "name": "Revista Puna",
        "outlet": "puna",
        "format": "rss",
        "mode": "description",
        "path": "/opinion/rss",
    },
}

STORIES = [
    # --- Los Andes de Titiqaya: provincial daily, full text in RSS, priority -------------------------------------------
    S(
        "v001",
        "andes",
        "2026-11-02T07:10:00-05:00",
        "Cóndor Ccasa estrena posta con sala de partos y calefacción solar",
        """Las parturientas de las comunidades altas de Villa Cóndor Ccasa ya no tendrán que bajar de noche hasta Titiqaya. El puesto de salud de Chijnaya, construido por la Municipalidad Distrital de Villa Cóndor Ccasa con 1,9 millones de soles, abrió ayer su sala de partos, dos camas de internamiento y un muro trombe que mantiene los ambientes a 18 grados aun cuando afuera marca ocho bajo cero.

        «Antes esperábamos el carro de la comunidad y a veces no llegaba», contó Marcelina Huarachi, promotora de salud. La Red de Salud asignó una obstetra y un técnico de enfermería a tiempo completo.

        La alcaldesa Florentina Choquehuanca Llanque entregó las llaves al jefe del establecimiento ante unas cuatrocientas personas.""",
        m="I A",
        t="salud obras",
        tone="+",
        note="a delivered health post: both the building and the service",
    ),
    S(
        "v002",
        "andes",
        "2026-11-02T12:40:00-05:00",
        "Alcalde Choquehuanca de Huancollo anuncia cosecha de agua en cinco comunidades",
        """El alcalde distrital de Huancollo, Hilario Choquehuanca Ccama, firmó ayer el convenio con el programa Sierra Azul para construir cinco qochas que almacenarán agua de lluvia para los pastos de las comunidades altas.

        «Con esto nuestros ganaderos de alpaca van a tener bofedales verdes todo el año», dijo el alcalde Choquehuanca. La inversión es de 2,3 millones.""",
        about=False,
        note="namesake: the neighbouring Mayor shares the surname",
    ),
    S(
        "v003",
        "andes",
        "2026-11-03T06:55:00-05:00",
        "Basura de la feria sabatina se queda tres días en la avenida Los Incas",
        """Desde el sábado, cuarenta costales de restos de verdura, plásticos y cabezas de pescado de la feria sabatina siguen amontonados en la avenida Los Incas. El perro que los rompe cada madrugada ya es parte del paisaje.

        Los vecinos dicen que el camión recolector no pasa desde el viernes. En la subgerencia de servicios a la ciudad explicaron que la compactadora está en el taller de Titiqaya por una falla en la caja hidráulica y que solo queda una volquete para todo el distrito.

        «El lunes nos dijeron martes, el martes nos dicen jueves», resumió Eusebia Quispe, que vende chuño frente al montículo.""",
        tone="-",
        t="limpieza",
        about=True,
        note="position-only: no one of ours named, the municipal service fails; about by the service",
    ),
    S(
        "v004",
        "andes",
        "2026-11-03T18:20:00-05:00",
        "Regidor Cutimbo pide a Contraloría revisar contrato de maquinaria alquilada",
        """El regidor Édgar Cutimbo Zevallos entregó a la Contraloría copia de doce órdenes de servicio por alquiler de un cargador frontal que, según sus cálculos, suman 418 horas pagadas en octubre. «Eso es trabajar catorce horas diarias sin domingos, con la helada que cae a las cinco de la tarde», ironizó.

        La gerenta municipal Rocío Ticona Mendizábal respondió que las horas corresponden a dos turnos en el mantenimiento de trochas a las comunidades y que los partes diarios están firmados por los presidentes comunales.

        El concejal Cutimbo insistió en que pedirá los partes en la próxima sesión.""",
        m="R G",
        t="obras",
        tone="-",
        note="accusation about rented machinery for rural roads, denied: still negative",
    ),
    S(
        "v005",
        "andes",
        "2026-11-04T07:00:00-05:00",
        "Municipalidad de Villa Cóndor Ccasa abre inscripción para la feria de camélidos",
        """La Municipalidad de Villa Cóndor Ccasa recibirá hasta el 20 de noviembre las inscripciones de criadores para el concurso de alpacas y llamas de la feria de San Andrés, que se realizará el 29 en el campo ferial de Quellopata.

        Habrá categorías de huacaya y suri, de fibra blanca y de color. Los premios son reproductores, botiquines veterinarios y rollos de malla ganadera. Las bases están en la mesa de partes.""",
        m="I",
        tone="0",
        note="routine announcement; camélidos are none of the five topics",
    ),
    S(
        "v006",
        "andes",
        "2026-11-04T09:30:00-05:00",
        "Con 31 % de ejecución, Villa Cóndor Ccasa está entre los distritos que menos invierten en la provincia",
        """A dos meses de cerrar el año, la Municipalidad Distrital de Villa Cóndor Ccasa ha gastado 31 de cada cien soles de su presupuesto de inversiones, según la consulta amigable del Ministerio de Economía revisada ayer. De los once distritos de Titiqaya, solo Pampahuta ejecuta menos.

        Entre los proyectos quietos figuran el mejoramiento del sistema de desagüe del barrio Santa Rosa, con 4 % de avance financiero, y el canal de riego de Collpa, que no registra gasto desde junio.

        Consultada por este diario, la oficina de planeamiento atribuyó el retraso a la demora del Gobierno Regional en aprobar los expedientes técnicos.""",
        m="I",
        t="obras",
        tone="-",
        note="budget execution ranking; the excuse does not change the take-away",
    ),
    S(
        "v007",
        "andes",
        "2026-11-05T06:40:00-05:00",
        "Cholita luchadora Flora Choquehuanca gana en La Paz y vuelve a Titiqaya",
        """Flora Choquehuanca, la «Mama Flora» del ring de Titiqaya, derrotó el domingo a la boliviana Carmen Rosa en el coliseo de El Alto y se coronó en el torneo binacional de cachascán.

        Con pollera de terciopelo y trenzas hasta la cintura, la luchadora de 38 años llegó ayer al terminal terrestre, donde la esperaban sus compañeras de la morenada Juventud Titiqaya.""",
        about=False,
        note="namesake: a wrestler called Flora «Mama Flora» Choquehuanca, the Mayor's nickname and alias word for word",
    ),
    S(
        "v008",
        "andes",
        "2026-11-05T11:15:00-05:00",
        "Ronderos y serenos detienen a abigeos con doce alpacas en Quellopata",
        """Una patrulla mixta de ronderos de la comunidad de Quellopata y serenos del distrito interceptó a las dos de la mañana una camioneta que llevaba doce alpacas amarradas en la tolva. Los dos ocupantes no pudieron explicar de dónde venían los animales.

        El subgerente de Seguridad Ciudadana de Villa Cóndor Ccasa, Rubén Coaquira Chambi, dijo que es el tercer intento de abigeato frustrado desde que las rondas y el serenazgo comparten radio y turnos en la carretera. Los detenidos fueron entregados a la comisaría de Titiqaya y los animales devueltos a su dueña.""",
        m="S",
        t="seguridad",
        tone="+",
        note="outcome of a joint patrol; the subgerente with title plus place",
    ),
    S(
        "v009",
        "andes",
        "2026-11-06T07:25:00-05:00",
        "Mama Flora: «El MEF nos recorta y después nos pide ejecutar»",
        """La alcaldesa de Villa Cóndor Ccasa, Florentina Choquehuanca Llanque, criticó ayer al Ministerio de Economía por reducir en 1,2 millones de soles las transferencias del Foncomun para el último trimestre.

        «Nos recortan en octubre y luego salen en la televisión a decir que los alcaldes no gastan. Que vengan a la puna a ver qué se hace con lo que llega», declaró en el congreso de municipalidades rurales del sur.

        La autoridad pidió a los congresistas de la región que pongan el tema en la agenda de la comisión de presupuesto.""",
        m="A",
        tone="0",
        note="the Mayor criticising the national government: neutral toward us",
    ),
    S(
        "v010",
        "andes",
        "2026-11-06T15:05:00-05:00",
        "Titiqaya: hospital provincial reporta 86 casos de neumonía en niños por heladas",
        """El hospital provincial de Titiqaya atendió 86 casos de neumonía en menores de cinco años desde el inicio de la temporada de heladas, la mayoría de las partes altas de Pampahuta y Huancollo. Cinco niños permanecen hospitalizados.

        La dirección del hospital pidió a los padres abrigar a los pequeños antes del amanecer y acudir a la vacunación contra el neumococo.""",
        about=False,
        note="a health story about other districts: no topic, not about us",
    ),
    S(
        "v011",
        "andes",
        "2026-11-07T08:00:00-05:00",
        "Predial: comuna condorina ofrece descuento de 100 % en moras hasta diciembre",
        """Quienes paguen el impuesto predial de 2026 antes del 23 de diciembre no pagarán ni un sol de intereses ni de multas, según la ordenanza aprobada por el concejo de Villa Cóndor Ccasa. La comuna condorina publicó la norma el jueves.

        El beneficio alcanza también a los arbitrios de limpieza de años anteriores. La oficina de rentas atenderá el sábado y el domingo en la plaza durante la feria.""",
        m="I",
        t="tributos",
        tone="0",
        note="routine tax amnesty notice: neutral",
    ),
    S(
        "v012",
        "andes",
        "2026-11-07T19:45:00-05:00",
        "Fiscalía abre investigación por el cerco perimétrico del estadio de Cóndor Ccasa",
        """La Fiscalía Provincial Especializada en Delitos de Corrupción de Funcionarios de Titiqaya abrió investigación preliminar contra quienes resulten responsables por la obra del cerco perimétrico del estadio municipal de Villa Cóndor Ccasa, pagada al 100 % en abril pese a que un tramo de 60 metros nunca se levantó.

        La denuncia partió de un informe de control que detectó un perjuicio de 212 000 soles. El despacho pidió a la Municipalidad Distrital de Villa Cóndor Ccasa los comprobantes de pago, las valorizaciones y el acta de recepción en un plazo de diez días.

        La teniente alcaldía no quiso comentar. La alcaldesa Choquehuanca dijo en su cuenta de Facebook que «la gestión será la primera en colaborar con la justicia».""",
        m="I A",
        t="obras",
        tone="-",
        note="a fiscal investigation opened: negative although no finding yet",
    ),
    S(
        "v013",
        "andes",
        "2026-11-08T07:30:00-05:00",
        "Ningún robo en el mercado de abastos desde que se instalaron las cámaras",
        """En setiembre los comerciantes del mercado de abastos de Villa Cóndor Ccasa denunciaron catorce robos de balanzas, bolsos y mercadería. En octubre, ninguno.

        La diferencia son las ocho cámaras de videovigilancia que el municipio condorino instaló en los pasadizos y en las dos puertas, conectadas a la central del serenazgo. «Ya no cerramos los puestos con miedo», dijo Adelaida Mamani, presidenta de la asociación.""",
        m="I",
        t="seguridad",
        tone="+",
        note="good news told as an absence",
    ),
    S(
        "v014",
        "andes",
        "2026-11-08T16:10:00-05:00",
        "Sesión de concejo aprueba cronograma de faenas para limpiar el río Ccasamayo",
        """El concejo municipal aprobó el cronograma de faenas comunales para el recojo de residuos en las riberas del río Ccasamayo, que se harán los sábados 14, 21 y 28 de noviembre con los barrios y las comunidades ribereñas.

        El teniente alcalde Saturnino Larico Pacompía, que propuso el acuerdo, dijo que la municipalidad pondrá guantes, costales y la volquete. Cada barrio designará a un delegado.""",
        m="T",
        t="limpieza",
        tone="0",
        note="agenda item from a council session: neutral",
    ),
    S(
        "v015",
        "andes",
        "2026-11-09T07:05:00-05:00",
        "Maestro Rubén Coaquira Mamani recibe las Palmas Magisteriales",
        """El profesor de matemáticas Rubén Coaquira Mamani, de la institución educativa José Carlos Mariátegui de Titiqaya, recibió ayer en Lima las Palmas Magisteriales en grado de educador.

        Coaquira lleva 27 años enseñando en escuelas rurales y creó un método para enseñar fracciones con el tejido de mantas.""",
        about=False,
        note="namesake: a teacher with the subgerente's given name and first surname",
    ),
    S(
        "v016",
        "andes",
        "2026-11-09T10:50:00-05:00",
        "Vecinos de Santa Rosa cierran la vía a Titiqaya por desagüe que no llega",
        """Un centenar de vecinos del barrio Santa Rosa bloquearon desde las cinco de la mañana la vía que une Villa Cóndor Ccasa con Titiqaya con piedras y llantas. Exigen que la obra de alcantarillado, anunciada en 2024, empiece de una vez.

        «Tres veces nos han hecho firmar actas. Tres veces», gritaba con un megáfono el presidente del barrio, Fortunato Apaza. Los buses a Juliaca hicieron trasbordo a pie durante seis horas.

        La gerenta municipal Rocío Ticona llegó al mediodía y se comprometió a convocar la licitación antes del 30 de noviembre. Los vecinos levantaron el bloqueo con la advertencia de volver.""",
        m="G",
        t="obras",
        tone="-",
        note="a road block over overdue sewage works; a promise doesn't change the take-away",
    ),
    S(
        "v017",
        "andes",
        "2026-11-10T07:15:00-05:00",
        "Villa Cóndor Ccasa reparte 900 kits de abrigo antes del friaje",
        """La Municipalidad Distrital de Villa Cóndor Ccasa entregó 900 kits con frazadas, chompas de lana y gorros a familias de las once comunidades más altas del distrito, por encima de los 4 300 metros.

        La entrega se hizo con los tenientes gobernadores, que verificaron los padrones casa por casa. El SENAMHI anuncia temperaturas de hasta 14 grados bajo cero para la última semana de noviembre.""",
        m="I",
        tone="+",
        note="heladas relief delivered: positive, none of the five topics",
    ),
    S(
        "v018",
        "andes",
        "2026-11-10T13:30:00-05:00",
        "Contraloría: combustible de la compactadora no cuadra con los kilómetros recorridos",
        """Un informe de control publicado ayer por la Contraloría encontró que entre enero y junio se compraron 6 400 galones de diésel para la compactadora municipal de Villa Cóndor Ccasa, cuando los kilómetros registrados en la bitácora justificaban menos de la mitad.

        El informe identifica a tres servidores de la subgerencia de servicios a la ciudad como presuntos responsables y recomienda al titular de la entidad iniciar los procedimientos administrativos.

        En el barrio San Martín, los vecinos comentaban que el carro pasa «una vez a la semana, cuando pasa».""",
        tone="-",
        t="limpieza",
        about=True,
        note="a Contraloría finding on the garbage truck; the institution is not named (place plus object)",
    ),
    S(
        "v019",
        "andes",
        "2026-11-11T08:20:00-05:00",
        "Teniente alcalde Larico asume el despacho por viaje de la alcaldesa",
        """Por el viaje de la alcaldesa a Lima para gestionar el proyecto de la planta de tratamiento, el teniente alcalde Saturnino Larico asumirá el despacho de alcaldía entre el 11 y el 14 de noviembre, según la resolución publicada en el portal municipal.""",
        m="T",
        tone="0",
        note="routine: the bare 'la alcaldesa' does not name the Mayor",
    ),
    S(
        "v020",
        "andes",
        "2026-11-11T17:40:00-05:00",
        "Abra Cóndor Ccasa: tráiler volcado bloquea la carretera por ocho horas",
        """Un tráiler con cemento se volcó ayer en la curva de la abra Cóndor Ccasa, a 4 700 metros, en el kilómetro 212 de la carretera a Arequipa. El chofer salió ileso.

        La Policía de Carreteras mantuvo el tránsito cerrado ocho horas hasta que una grúa de Juliaca retiró el vehículo. La nevada de la tarde complicó la maniobra.""",
        about=False,
        note="trap: the mountain pass with the district's name, on a national road",
    ),
    S(
        "v021",
        "andes",
        "2026-11-12T07:00:00-05:00",
        "El puente Uchuy Mayu, por fin: los escolares ya no cruzan el río en botas",
        """Durante tres temporadas de lluvia, los 140 escolares de Chullunquiani cruzaron el río Uchuy Mayu sobre piedras o en hombros de sus padres. Desde el lunes lo hacen por un puente de concreto de 24 metros que la Municipalidad de Villa Cóndor Ccasa terminó con once días de atraso.

        Costó 780 000 soles. El regidor de oposición Édgar Cutimbo, que había pedido la obra en cuatro sesiones, reconoció que «esta vez se cumplió», aunque pidió revisar por qué se pagaron ampliaciones de plazo.

        La comunidad celebró con un pago a la tierra y una pachamanca.""",
        m="I R",
        t="obras",
        tone="+",
        note="mixed but mostly positive: delivered bridge, even the opposition concedes it",
    ),
    S(
        "v022",
        "andes",
        "2026-11-12T18:30:00-05:00",
        "Subgerente Coaquira niega que serenos cobren cupos a mototaxistas",
        """El subgerente de Seguridad Ciudadana, Rubén Coaquira Chambi, negó ayer que los serenos del distrito cobren cinco soles diarios a los mototaxistas informales del paradero del mercado para dejarlos trabajar. «No es cierto. Que presenten una sola prueba», dijo.

        La acusación la hicieron tres mototaxistas en un video que circula en redes, en el que se ve a un hombre con chaleco del serenazgo recibiendo billetes.

        El funcionario anunció que pedirá a la Policía identificar al hombre del video.""",
        m="S",
        t="seguridad",
        tone="-",
        note="denial of an accusation is still a story about an accusation",
    ),
    S(
        "v023",
        "andes",
        "2026-11-13T07:20:00-05:00",
        "Gobierno Regional posterga por tercera vez la carretera a Cóndor Ccasa",
        """El Gobierno Regional anunció que el asfaltado de los 38 kilómetros entre Titiqaya y Villa Cóndor Ccasa no se licitará este año. Es la tercera postergación desde 2024.

        La alcaldesa condorina, Florentina Choquehuanca, calificó la decisión de «burla a la puna». «Nosotros pusimos el expediente, pusimos el terreno, y ellos no ponen ni la fecha», dijo.""",
        m="A",
        t="obras",
        tone="0",
        note="the regional government's failure; the Mayor criticises it: neutral toward us, topic obras (a road she asks others to build)",
    ),
    S(
        "v024",
        "andes",
        "2026-11-13T12:10:00-05:00",
        "Comunidad Cóndor Ccasa de Pampahuta elige nueva directiva",
        """La comunidad campesina Cóndor Ccasa, del distrito de Pampahuta, eligió el domingo a su nueva junta directiva para el período 2027-2028. El nuevo presidente es Nicanor Quispe Layme, criador de alpacas de 46 años.

        Votaron 212 comuneros empadronados. La directiva saliente entregó el libro de actas y el inventario del cobertizo comunal.""",
        about=False,
        note="trap: a community with the same name in another district",
    ),
    S(
        "v025",
        "andes",
        "2026-11-14T07:45:00-05:00",
        "Anemia baja de 58 % a 41 % en niños de Cóndor Ccasa, pero sigue por encima de la región",
        """Los tamizajes de octubre muestran que 41 de cada cien niños menores de tres años de Villa Cóndor Ccasa tienen anemia. En marzo eran 58.

        La bajada coincide con las visitas domiciliarias que la municipalidad financia desde abril: 22 actoras sociales recorren las estancias con sangrecita, hierro en gotas y una balanza. «Hay que subir cerro por cerro», explicó una de ellas, Gladys Turpo.

        La cifra aún está once puntos por encima del promedio regional. La alcaldesa Florentina Choquehuanca Llanque dijo que la meta es bajar de 30 % a fines de 2027.""",
        m="A",
        t="salud",
        tone="+",
        note="a falling figure told with its caveat; headline and weight positive",
    ),
    S(
        "v026",
        "andes",
        "2026-11-14T19:00:00-05:00",
        "¿Y la planta de residuos? Dos años y solo hay un letrero",
        """En la pampa de Huaynapata, donde en noviembre de 2024 se colocó la primera piedra de la planta de tratamiento de residuos sólidos de Villa Cóndor Ccasa, hoy pastan ovejas. Lo único que queda es un letrero descolorido con el monto: 6,7 millones de soles.

        La obra no tiene contratista desde que el consorcio ganador abandonó el terreno en marzo. Mientras tanto, los camiones siguen descargando en el botadero a cielo abierto de la quebrada Jatun Kucho, a 300 metros de un ojo de agua.

        «Nos prometieron que en 2025 ya no habría botadero», recordó el presidente de la comunidad, Eleuterio Mamani.""",
        tone="-",
        t="limpieza obras",
        about=True,
        note="an abandoned waste plant, the dump goes on: no one of ours named, about by the service",
    ),
    S(
        "v027",
        "andes",
        "2026-11-15T08:10:00-05:00",
        "Municipio condorino convoca a concurso de danzas por aniversario",
        """El municipio condorino convocó al concurso de danzas autóctonas por el 61 aniversario de creación política del distrito, que se celebrará el 6 de diciembre en el estadio municipal. Podrán participar conjuntos de comunidades y barrios con un mínimo de 20 danzantes. Los premios van de 1 500 a 4 000 soles.""",
        m="I",
        tone="0",
        note="routine culture announcement",
    ),
    S(
        "v028",
        "andes",
        "2026-11-15T14:30:00-05:00",
        "Alcalde provincial Arpasi inaugura terminal de Titiqaya",
        """El alcalde provincial de Titiqaya, Teófilo Arpasi Quenta, inauguró ayer el nuevo terminal terrestre de la ciudad, con 32 andenes y una sala de espera calefaccionada. Asistieron los alcaldes de los distritos de la provincia.

        La obra costó 14 millones de soles y demoró tres años.""",
        about=False,
        note="the provincial Mayor; 'los alcaldes de los distritos' names no one of ours",
    ),
    S(
        "v029",
        "andes",
        "2026-11-16T07:35:00-05:00",
        "Serenazgo condorino tiene tres camionetas y una sola funciona",
        """De las tres camionetas del serenazgo de Villa Cóndor Ccasa, dos están paradas en el patio del palacio municipal: a una le falta la caja de cambios desde agosto, a la otra las llantas. Los doce serenos se turnan para patrullar en la única que queda y en una moto.

        El teniente alcalde Saturnino Larico reconoció en sesión de concejo que el pedido de repuestos «está en logística». El regidor Cutimbo pidió que se informe cuánto se pagó por el mantenimiento de las dos unidades en 2025.

        La noche del sábado, una vecina de Villa Esperanza esperó cincuenta minutos a que llegara una unidad después de un robo.""",
        m="T R",
        t="seguridad",
        tone="-",
        note="a service failing told through numbers",
    ),
    S(
        "v030",
        "andes",
        "2026-11-16T18:50:00-05:00",
        "Feria sabatina de Cóndor Ccasa bate récord de ventas de chuño",
        """La feria sabatina de Villa Cóndor Ccasa movió el sábado unas 48 toneladas de chuño y tunta, según la asociación de productores, el mayor volumen del año. Compradores de Arequipa y Tacna llegaron desde la madrugada.

        Seis serenos y dos policías resguardaron el campo ferial. El kilo de chuño negro se vendió entre 7 y 9 soles.""",
        about=False,
        note="a market story with a passing mention of serenos; no municipal angle",
    ),
    # --- Diario Sol del Altiplano: regional, teasers in RSS, 2009 table template ----------------------------------------
    S(
        "v031",
        "sol",
        "2026-11-02T08:30:00-05:00",
        "Villa Cóndor Ccasa: mercado de abastos sigue sin techo tras la granizada de marzo",
        """Ocho meses después de que una granizada hundiera la cobertura del pabellón de carnes, los 46 comerciantes del mercado de abastos de Villa Cóndor Ccasa siguen trabajando bajo plásticos amarrados con soguillas.

        «Cuando graniza, la carne se moja; cuando sale el sol, las moscas», dijo Teodora Ccama, vendedora de cordero. El expediente de reposición, según la gerencia de infraestructura de la Municipalidad Distrital de Villa Cóndor Ccasa, aún espera la firma del evaluador.

        Los comerciantes pagan puntualmente su sisa diaria de un sol cincuenta.""",
        m="I",
        t="obras",
        tone="-",
        note="overdue repair of a public building; the sisa is a passing detail, not the topic",
    ),
    S(
        "v032",
        "sol",
        "2026-11-03T08:00:00-05:00",
        "Gerenta Ticona presenta plan de recojo de basura por horarios en Cóndor Ccasa",
        """La gerenta municipal Rocío Ticona Mendizábal presentó el nuevo plan de recojo de residuos del distrito: desde el 16 de noviembre el camión pasará por los barrios del norte los lunes, miércoles y viernes a las seis de la mañana, y por los del sur los martes, jueves y sábados.

        Los vecinos deberán sacar las bolsas solo cuando escuchen la campana. Las comunidades llevarán sus residuos al punto de acopio de la feria sabatina.""",
        m="G",
        t="limpieza",
        tone="0",
        note="a routine plan announced: neutral",
    ),
    S(
        "v033",
        "sol",
        "2026-11-04T08:15:00-05:00",
        "Cinco años, cuatro gerentes y ni una cuadra: la historia del jirón Puno",
        """El jirón Puno de Villa Cóndor Ccasa tiene un expediente técnico aprobado en 2021, reformulado en 2023 y actualizado en 2025. Lo que no tiene es asfalto.

        Desde entonces pasaron por la municipalidad cuatro gerentes y dos alcaldes. Los vecinos han perdido la cuenta de las reuniones. En época de lluvias, el jirón es un barrizal donde las mototaxis se atascan hasta el eje; en época seca, una nube de polvo.

        La actual gestión incluyó la obra en su plan de inversiones de 2027.""",
        tone="-",
        t="obras",
        about=True,
        note="an overdue street told ironically; no one of ours named",
    ),
    S(
        "v034",
        "sol",
        "2026-11-05T07:50:00-05:00",
        "Puno: productores de quinua denuncian precios bajos en Juliaca",
        """Los productores de quinua de la región denunciaron que los acopiadores de Juliaca pagan 4,20 soles el kilo, casi la mitad que el año pasado. La Dirección Regional Agraria anunció una mesa técnica para la próxima semana.""",
        about=False,
        note="regional economy story, no municipal angle",
    ),
    S(
        "v035",
        "sol",
        "2026-11-06T08:40:00-05:00",
        "Comuna condorina cumple 100 % de la meta de vacunación de alpacas",
        """Los técnicos de la comuna condorina terminaron la campaña de dosificación y vacunación de 38 000 alpacas contra la enterotoxemia en las comunidades del distrito, la meta completa del año, dos semanas antes del plazo.

        Los criadores dijeron que este año no han muerto crías por la enfermedad, cuando en 2025 perdieron cerca de 600.""",
        m="I",
        tone="+",
        note="camélido health is not salud (none of the five); a met target told with figures",
    ),
    S(
        "v036",
        "sol",
        "2026-11-07T08:20:00-05:00",
        "Alcaldesa de Villa Cóndor Ccasa presenta memoria: 68 % de obras concluidas",
        """La alcaldesa de Villa Cóndor Ccasa, Florentina Choquehuanca Llanque, presentó en audiencia pública su memoria de gestión a los dos años de mandato: 22 de los 32 proyectos comprometidos están concluidos, entre ellos tres puentes, dos postas y 4,5 kilómetros de pistas.

        En la ronda de preguntas, delegados de los barrios reclamaron por el desagüe de Santa Rosa y el alumbrado de la avenida Los Incas. La autoridad respondió que ambos estarán en ejecución el próximo año.

        Asistieron unas 600 personas al coliseo municipal.""",
        m="A",
        t="obras",
        tone="+",
        note="an accountability hearing told with figures; the complaints don't outweigh the headline",
    ),
    S(
        "v037",
        "sol",
        "2026-11-08T09:10:00-05:00",
        "Regidor Cutimbo: «La gestión de Mama Flora es de puro aplauso y poca obra»",
        """El regidor de oposición Édgar Cutimbo Zevallos cuestionó la audiencia de rendición de cuentas de la alcaldesa Choquehuanca. «La gestión de Mama Flora es de puro aplauso y poca obra. Dicen 22 proyectos, pero cuentan como obra el pintado de una losa», dijo a este diario.

        Según el concejal, de los 22 proyectos, nueve son mantenimientos menores de 50 000 soles. Pidió que se publiquen las actas de recepción.""",
        m="R A",
        t="obras",
        tone="-",
        note="opposition criticism; the nickname plainly her",
    ),
    S(
        "v038",
        "sol",
        "2026-11-09T08:05:00-05:00",
        "Rocío Ticona, la zurda que llevó al Titiqaya a la final nacional",
        """Con 19 puntos de la atacante Rocío Ticona, el Club Deportivo Titiqaya venció 3-1 a Regatas Lima y jugará la final de la Liga Nacional Superior de vóley. La zurda de 21 años es la primera puneña convocada a la selección sub-23.""",
        about=False,
        note="namesake: a volleyball player with the gerenta's given name and first surname",
    ),
    S(
        "v039",
        "sol",
        "2026-11-10T08:30:00-05:00",
        "Vecinos de Villa Esperanza forman su propia ronda ante falta de serenos",
        """Cansados de esperar al serenazgo, los vecinos del barrio Villa Esperanza, en Villa Cóndor Ccasa, formaron una ronda urbana de 40 integrantes que patrulla con silbatos y linternas desde las diez de la noche.

        «Llamamos a la municipalidad, nos dicen que la camioneta está en otro sitio. Ya no llamamos», dijo el coordinador de la ronda, Germán Huanca. El barrio suma siete robos a viviendas desde setiembre.""",
        tone="-",
        t="seguridad",
        about=True,
        note="neighbours replacing an absent municipal service",
    ),
    S(
        "v040",
        "sol",
        "2026-11-11T08:45:00-05:00",
        "Municipalidad Distrital de Villa Cóndor Ccasa publica cronograma de pago de arbitrios",
        """La Municipalidad Distrital de Villa Cóndor Ccasa publicó el cronograma de vencimientos de los arbitrios de limpieza pública y serenazgo para 2027. Las cuatro cuotas vencerán el último día hábil de febrero, mayo, agosto y noviembre.

        Las tasas no suben respecto de este año, según la ordenanza ratificada por la municipalidad provincial.""",
        m="I",
        t="tributos",
        tone="0",
        note="routine tax calendar",
    ),
    S(
        "v041",
        "sol",
        "2026-11-12T08:10:00-05:00",
        "Cóndor Ccasa: desagüe colapsado inunda aulas del colegio Túpac Amaru",
        """Las aguas servidas de un buzón colapsado en la calle Lampa ingresaron ayer a tres aulas del colegio Túpac Amaru de Villa Cóndor Ccasa. La directora suspendió las clases de 280 alumnos.

        Padres de familia señalaron que el buzón rebalsa cada semana desde agosto y que han presentado cuatro solicitudes a la municipalidad. La gerenta Ticona dijo que una cuadrilla hará el cambio de la tubería esta semana.""",
        m="G",
        t="obras",
        tone="-",
        note="sewage failing, repeated requests ignored",
    ),
    S(
        "v042",
        "sol",
        "2026-11-13T08:25:00-05:00",
        "Huancollo: alcalde Choquehuanca es denunciado por nepotismo",
        """El alcalde de Huancollo, Hilario Choquehuanca Ccama, fue denunciado ante la Fiscalía por contratar a dos sobrinos en la unidad de logística. El burgomaestre negó las acusaciones y dijo que los contratos se hicieron por concurso.""",
        about=False,
        note="namesake in a negative story about another district",
    ),
    S(
        "v043",
        "sol",
        "2026-11-14T08:15:00-05:00",
        "Ya no hay colas para pagar el predial: municipio condorino estrena pago con Yape",
        """Los contribuyentes de Villa Cóndor Ccasa pueden pagar desde esta semana el impuesto predial y los arbitrios con Yape o Plin, sin ir a la caja del municipio condorino. En los primeros cinco días se registraron 312 pagos por esa vía.

        «Vivo en Arequipa y cada año tenía que viajar doce horas para pagar», comentó Santos Larico, propietario de una casa en el barrio Central.""",
        m="I",
        t="tributos",
        tone="+",
        note="a service that now works, told through figures",
    ),
    S(
        "v044",
        "sol",
        "2026-11-15T08:05:00-05:00",
        "Teniente alcalde Larico: «No habrá sisa doble en la feria de San Andrés»",
        """El teniente alcalde Saturnino Larico Pacompía desmintió que la municipalidad vaya a cobrar el doble de sisa a los comerciantes que lleguen de fuera para la feria de San Andrés. «El monto es el mismo de siempre, dos soles por metro», precisó.

        El rumor circuló en grupos de WhatsApp de comerciantes de Juliaca la semana pasada.""",
        m="T",
        t="tributos",
        tone="0",
        note="denial of a rumour about a fee (not an accusation of wrongdoing): neutral clarification",
    ),
    S(
        "v045",
        "sol",
        "2026-11-16T08:40:00-05:00",
        "Helada quema 70 hectáreas de papa en Cóndor Ccasa; comuneros piden declaratoria de emergencia",
        """Una helada de nueve grados bajo cero en la madrugada del domingo quemó unas 70 hectáreas de papa en floración en las comunidades de Collpa, Chijnaya y Quellopata, en Villa Cóndor Ccasa.

        Los comuneros pidieron al Gobierno Regional declarar la zona en emergencia. La municipalidad distrital levantó el empadronamiento de afectados y lo remitió a Indeci.""",
        tone="0",
        about=True,
        note="a frost disaster; the municipality's role is a routine step: neutral, no topic",
    ),
    # --- Radio Cóndor Stereo: district radio, transcripts, date-only pubDate ----------------------------------------------
    S(
        "v046",
        "rcondor",
        "2026-11-02",
        "Oyentes reclaman por alumbrado apagado en la plaza",
        """Buenos días, buenos días, querido pueblo condorino, aquí en su radio. Nos llaman los oyentes del barrio Central, dicen que la plaza de armas lleva cuatro noches a oscuras, que los postes no prenden.

        A ver, la señora Rufina nos dice al teléfono: «Hermano, ni para ir a la misa de seis se puede, está oscurísimo». Bueno, hemos llamado a la municipalidad y nos dicen que es problema de Electro Puno, que ya han pedido el cambio de los focos. Ahí les dejamos el dato.""",
        tone="0",
        about=True,
        note="oral style; street lighting is none of the five; the fault is passed to the utility, no one named",
    ),
    S(
        "v047",
        "rcondor",
        "2026-11-03",
        "Alcaldesa Choquehuanca en cabina: «Este año cerramos con 90 % de ejecución»",
        """Tenemos en cabina a la alcaldesa Florentina Choquehuanca Llanque, buenos días doctora. — Buenos días, Ramiro, buenos días a todos los hermanos de las comunidades.

        — Alcaldesa, le dicen que su gestión no gasta. — Mira, Ramiro, hemos tenido problemas con los expedientes del Gobierno Regional, eso es cierto, pero este año vamos a cerrar con 90 % de ejecución, ya está comprometido. Los que dicen otra cosa que vayan a ver la consulta amigable en diciembre.

        — Gracias alcaldesa. Pasamos a la música.""",
        m="A",
        tone="0",
        note="interview with a promise; claims about the future, not facts: neutral",
    ),
    S(
        "v048",
        "rcondor",
        "2026-11-04",
        "Serenos auxilian a familia intoxicada con brasero en Chijnaya",
        """Noticia de último momento, compañeros. Anoche los serenos de la municipalidad auxiliaron a una familia de cinco personas que se intoxicó con el humo de un brasero que habían dejado prendido por el frío. Los trasladaron en la camioneta del serenazgo hasta la posta de Chijnaya, la nueva, y ahí los atendieron. Todos están bien, gracias a Dios.

        El subgerente Coaquira nos dice que los serenos llegaron en doce minutos. Recomendamos, hermanos, no dormir con el brasero prendido.""",
        m="S",
        t="seguridad",
        tone="+",
        note="a rescue by municipal serenos; quick response told by the minutes",
    ),
    S(
        "v049",
        "rcondor",
        "2026-11-05",
        "Comunicado: corte de agua por mantenimiento del reservorio",
        """Atención, atención, comunicado de la Unidad de Gestión de Agua de la Municipalidad de Villa Cóndor Ccasa. Se informa a la población que este jueves no habrá servicio de agua de ocho de la mañana a cuatro de la tarde en los barrios Central, San Martín y Santa Rosa por limpieza del reservorio. Se recomienda almacenar agua. Gracias.""",
        m="I",
        tone="0",
        note="routine service notice; water is none of the five",
    ),
    S(
        "v050",
        "rcondor",
        "2026-11-06",
        "Mototaxistas en paro: «La municipalidad no ordena el paradero»",
        """Hermanos, en este momento hay un paro de mototaxistas en la plaza. Son como ochenta unidades. Dicen que la municipalidad les cobró la licencia de operación, 120 soles cada uno, y que hasta ahora no les dan el paradero ordenado que les prometieron.

        Don Julián, dirigente, nos dice: «Pagamos en julio, estamos en noviembre, ni una raya han pintado». La municipalidad hasta el momento no se pronuncia.""",
        tone="-",
        about=True,
        note="traffic/transport is none of the five; the licence is the grievance but the story is about the paradero",
    ),
    S(
        "v051",
        "rcondor",
        "2026-11-07",
        "Faena en el canal de Collpa reúne a 300 comuneros",
        """Muy temprano, desde las cinco de la mañana, trescientos comuneros de Collpa salieron a la faena para limpiar el canal de riego. La municipalidad puso la retroexcavadora y el combustible, y el teniente alcalde Larico estuvo ahí con su pico también, eso hay que decirlo.

        Con esto, compañeros, ya el agua llega hasta las parcelas de abajo, que estaban secas desde agosto. Bien por Collpa.""",
        m="T",
        t="obras",
        tone="+",
        note="oral praise; irrigation canal maintenance with municipal machinery",
    ),
    S(
        "v052",
        "rcondor",
        "2026-11-08",
        "Doña Flora, ¿y el camión de basura?",
        """Amigos, otra vez nos llaman del barrio San Martín. Cinco días sin camión. ¡Cinco días! Ya los perros hacen fiesta. Doña Flora, alcaldesa, si nos escucha: la basura no se recoge con discursos.

        La señora Maruja dice que ha pagado sus arbitrios completitos. «Pagamos por un servicio que no hay», nos dice.""",
        m="A",
        t="limpieza",
        tone="-",
        note="'Doña Flora, alcaldesa' on a call-in show is plainly the Mayor; oral sarcasm",
    ),
    S(
        "v053",
        "rcondor",
        "2026-11-09",
        "Campaña de salud gratuita este sábado en la plaza",
        """Información para la comunidad: este sábado, en la plaza de armas, campaña de salud gratuita con medicina general, odontología, tamizaje de anemia y vacunas contra la influenza para los adultos mayores. La organiza la Municipalidad Distrital de Villa Cóndor Ccasa con la Red de Salud Titiqaya. Hay que llevar DNI. Desde las ocho de la mañana.""",
        m="I",
        t="salud",
        tone="0",
        note="routine agenda item",
    ),
    S(
        "v054",
        "rcondor",
        "2026-11-10",
        "Concejo aprueba, por fin, el expediente del desagüe de Santa Rosa",
        """Buenas noticias para Santa Rosa, hermanos. En la sesión de anoche el concejo aprobó por unanimidad el expediente del alcantarillado, 3,8 millones de soles. Hasta el regidor Cutimbo votó a favor, imagínense.

        La gerenta Rocío Ticona dice que la convocatoria sale el 20 de noviembre y que la obra podría empezar en enero, antes de las lluvias fuertes no, pero sí en enero.""",
        m="R G",
        t="obras",
        tone="+",
        note="a step forward after a long wait; unanimous vote",
    ),
    S(
        "v055",
        "rcondor",
        "2026-11-11",
        "Saludo por el Día del Obrero Municipal",
        """Un saludo cordial a todos los trabajadores obreros de la Municipalidad de Villa Cóndor Ccasa en su día. A los barredores que se levantan a las cuatro con la helada, a los choferes, a los guardianes. ¡Felicidades, compañeros! Hoy tienen almuerzo de confraternidad en el local comunal.""",
        m="I",
        tone="0",
        note="a greeting: neutral (warm words to workers, not an assessment of the municipality)",
    ),
    S(
        "v056",
        "rcondor",
        "2026-11-12",
        "Se reanuda la clase de natación... en el lago no, en la piscina temperada",
        """Hermanos, ya funciona otra vez la piscina temperada del distrito, después de nueve meses cerrada porque se malogró la caldera. La municipalidad cambió la caldera, 96 000 soles, y desde el lunes los colegios vuelven a sus clases de natación.

        Los niños felices, los profes también. Horario de ocho a una para colegios, y de tres a seis para el público, tres soles la entrada.""",
        tone="+",
        about=True,
        note="a service restored; sport facility: none of the five",
    ),
    S(
        "v057",
        "rcondor",
        "2026-11-13",
        "Caminata por la no violencia contra la mujer",
        """Este 25 de noviembre habrá caminata por el Día de la No Violencia contra la Mujer, organizada por el Centro Emergencia Mujer de Titiqaya. Sale de la plaza de Villa Cóndor Ccasa a las nueve de la mañana. Invitados los colegios y las organizaciones de mujeres.""",
        about=False,
        note="an agenda item of another body that names the place",
    ),
    S(
        "v058",
        "rcondor",
        "2026-11-14",
        "¡Qué rapidez! Tres meses para cambiar un foco del estadio",
        """Les cuento, compañeros, la hazaña de la semana: el reflector del estadio municipal, que se quemó en agosto, por fin lo cambiaron ayer. Tres meses, hermanos. ¡Tres meses para un foco! Si así cambian un foco, imagínense la planta de basura.

        Bueno, por lo menos ahora el partido de la liga distrital del domingo se podrá jugar hasta las siete.""",
        tone="-",
        about=True,
        note="sarcasm: 'qué rapidez' for a three-month delay; street lighting/sport: no topic",
    ),
    S(
        "v059",
        "rcondor",
        "2026-11-15",
        "Rondas de Quellopata entregan a la Policía a dos abigeos",
        """Los ronderos de Quellopata capturaron anoche a dos personas que intentaban llevarse quince ovejas de una estancia. Los llevaron a la comisaría. Las rondas dicen que no recibieron apoyo de nadie, que lo hicieron solitos, como siempre.""",
        tone="0",
        about=False,
        note="rondas acting alone; 'de nadie' implies no municipal role: no municipal angle, not about",
    ),
    S(
        "v060",
        "rcondor",
        "2026-11-16",
        "Gerenta Ticona: recojo de basura se normaliza desde el lunes",
        """Conversamos con la gerenta municipal Rocío Ticona, que nos confirma que la compactadora ya salió del taller de Titiqaya y que desde el lunes se normaliza el recojo en todos los barrios. Pide disculpas a la población por los días sin servicio y pide sacar la basura solo en el horario.""",
        m="G",
        t="limpieza",
        tone="0",
        note="an apology plus an announcement that the service resumes: mixed, neutral",
    ),
    # --- Titiqaya Televisión: TV transcripts in Atom, UTC times near midnight -----------------------------------------------
    S(
        "v061",
        "ttv",
        "2026-11-03T04:20:00Z",
        "Paro de 48 horas en Cóndor Ccasa contra el botadero de Jatun Kucho",
        """Buenas noches. Empezamos con Villa Cóndor Ccasa, donde las comunidades de Jatun Kucho y Huaynapata anunciaron un paro de 48 horas desde este miércoles contra el botadero municipal.

        Nuestra reportera conversó con los dirigentes. «El agua del ojo ya tiene olor, nuestras alpacas se enferman, y la municipalidad sigue botando ahí», dijo el presidente de Jatun Kucho, Eleuterio Mamani. Las comunidades bloquearán el ingreso al botadero con piedras.

        La Municipalidad Distrital de Villa Cóndor Ccasa, en un comunicado, pidió diálogo y afirmó que no existe otro lugar autorizado mientras no se concluya la planta de residuos.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a strike against the municipal dump; UTC near midnight (Lima date the 2nd)",
    ),
    S(
        "v062",
        "ttv",
        "2026-11-05T03:45:00Z",
        "Mesa de diálogo levanta el paro en Jatun Kucho",
        """Tras seis horas de reunión en el local comunal de Jatun Kucho, la alcaldesa condorina Florentina Choquehuanca y los dirigentes firmaron un acta de nueve puntos que levanta el paro contra el botadero.

        La municipalidad se compromete a cercar el botadero, a impermeabilizar una celda con geomembrana antes de fin de año y a hacer análisis del agua cada mes con la DIRESA. Las comunidades vigilarán el cumplimiento con un comité.

        Los dirigentes advirtieron que si el 31 de diciembre no hay geomembrana, vuelven a la medida.""",
        m="A",
        t="limpieza",
        tone="0",
        note="a conflict settled with commitments and a threat: neutral (mixed)",
    ),
    S(
        "v063",
        "ttv",
        "2026-11-07T04:10:00Z",
        "Cámaras de la municipalidad captan a ladrones de un minimarket",
        """Las imágenes que ven en pantalla son de la central de videovigilancia de Villa Cóndor Ccasa. Dos sujetos salen de un minimarket de la calle Lampa con cajas de cerveza. En menos de diez minutos, serenos y policías los detienen a dos cuadras.

        El subgerente de Seguridad Ciudadana, Rubén Coaquira, explicó que el operador de cámaras siguió a los ladrones y guió a la patrulla por radio. «Para esto sirven las cámaras», dijo.""",
        m="S",
        t="seguridad",
        tone="+",
        note="CCTV outcome",
    ),
    S(
        "v064",
        "ttv",
        "2026-11-09T04:30:00Z",
        "Morenada de Titiqaya se prepara para la Candelaria con su figura Mama Flora",
        """Y en cultura, la morenada Juventud Titiqaya ya ensaya para la Candelaria. Su figura, la luchadora Flora Choquehuanca, Mama Flora, encabeza el bloque de achachis. Ensayan todos los jueves en el coliseo provincial.""",
        about=False,
        note="namesake: the wrestler with the Mayor's nickname",
    ),
    S(
        "v065",
        "ttv",
        "2026-11-11T04:05:00Z",
        "Regidor Cutimbo denuncia que posta de Chijnaya no tiene ambulancia",
        """El regidor Édgar Cutimbo denunció que la posta de Chijnaya, inaugurada hace diez días, no tiene ambulancia. «Hay sala de partos, pero si una parturienta se complica, ¿cómo llega a Titiqaya? ¿En burro?», preguntó en sesión de concejo.

        La alcaldesa Florentina Choquehuanca respondió que la ambulancia le corresponde a la Red de Salud y que ya se la pidió por oficio dos veces.""",
        m="R A",
        t="salud",
        tone="-",
        note="an opposition complaint about a gap in a new health post; the reply shifts blame but the story is the gap",
    ),
    S(
        "v066",
        "ttv",
        "2026-11-13T04:40:00Z",
        "Nevada en el altiplano deja incomunicadas a comunidades de Huancollo",
        """La nevada de la tarde dejó más de treinta centímetros de nieve en las partes altas de Huancollo. Tres comunidades quedaron incomunicadas. El alcalde Hilario Choquehuanca pidió maquinaria al Gobierno Regional para abrir las trochas.""",
        about=False,
        note="neighbouring Mayor namesake, disaster elsewhere",
    ),
    S(
        "v067",
        "ttv",
        "2026-11-15T03:55:00Z",
        "Cóndor Ccasa: municipio clausura tres bares por vender licor a menores",
        """En un operativo nocturno, fiscalizadores del municipio condorino, serenos y la Policía clausuraron tres bares del barrio Central donde se encontró a doce menores de edad bebiendo. A los locales se les impuso una multa de una UIT.

        El teniente alcalde Saturnino Larico dijo que los operativos seguirán cada fin de semana hasta fin de año.""",
        m="I T",
        t="seguridad",
        tone="+",
        note="enforcement operation with results",
    ),
    S(
        "v068",
        "ttv",
        "2026-11-17T04:15:00Z",
        "Gerenta municipal de Villa Cóndor Ccasa es citada por la comisión de fiscalización",
        """La comisión de fiscalización del concejo citó para el jueves a la gerenta municipal de Villa Cóndor Ccasa, Rocío Ticona Mendizábal, para que explique por qué el estadio municipal sigue sin cerco pese a haberse pagado la obra.

        La citación fue aprobada con cuatro votos contra tres.""",
        m="G",
        t="obras",
        tone="-",
        note="a summons over a paid but unfinished work",
    ),
    # --- Agencia Peruana de Noticias Regionales: national agency, Atom ------------------------------------------------------
    S(
        "v069",
        "apnr",
        "2026-11-02T15:00:00-05:00",
        "Municipalidades del altiplano reciben equipos para monitorear heladas",
        """El SENAMHI entregó estaciones meteorológicas automáticas a once municipalidades del altiplano sur, entre ellas la Municipalidad Distrital de Villa Cóndor Ccasa y las de Huancollo y Pampahuta. Los equipos enviarán alertas por mensaje de texto cuando la temperatura baje de cinco grados bajo cero.""",
        m="I",
        tone="0",
        note="a list mention among other recipients: routine, neutral",
    ),
    S(
        "v070",
        "apnr",
        "2026-11-04T11:30:00-05:00",
        "MEF: 214 municipalidades no llegan al 40 % de ejecución de inversiones",
        """El Ministerio de Economía informó que 214 municipalidades del país no superan el 40 % de ejecución de su presupuesto de inversiones a noviembre. La mayoría son distritos rurales de Puno, Huancavelica y Ayacucho. Entre los casos más bajos de la región sur figuran Pampahuta (27 %) y la Municipalidad Distrital de Villa Cóndor Ccasa (31 %).""",
        m="I",
        t="obras",
        tone="-",
        note="a national list where we appear among the worst",
    ),
    S(
        "v071",
        "apnr",
        "2026-11-06T10:20:00-05:00",
        "Alcaldesa de Villa Cóndor Ccasa participa en foro sobre cambio climático en Lima",
        """La alcaldesa de Villa Cóndor Ccasa, Florentina Choquehuanca Llanque, expuso ayer en el foro «Ciudades y clima» organizado por el Ministerio del Ambiente, donde presentó la experiencia de las qochas comunales de su distrito. Participaron 40 autoridades locales.""",
        m="A",
        tone="0",
        note="agency brief of participation: neutral",
    ),
    S(
        "v072",
        "apnr",
        "2026-11-08T09:10:00-05:00",
        "Contraloría detecta perjuicio de 212 000 soles en obra de cerco en el altiplano",
        """La Contraloría General de la República identificó un perjuicio económico de 212 000 soles en la obra «Construcción del cerco perimétrico del estadio municipal», ejecutada por la Municipalidad Distrital de Villa Cóndor Ccasa, en la provincia de Titiqaya.

        Según el informe, la entidad pagó la totalidad de la obra pese a que 60 metros lineales de muro no se construyeron. Se identificó responsabilidad penal en dos funcionarios y administrativa en otros tres.""",
        m="I",
        t="obras",
        tone="-",
        note="a Contraloría finding, agency style",
    ),
    S(
        "v073",
        "apnr",
        "2026-11-10T12:00:00-05:00",
        "Puno: programa Juntos amplía cobertura a 3 000 hogares rurales",
        """El programa Juntos incorporará este mes a 3 000 nuevos hogares de distritos rurales de la región, entre ellos Villa Cóndor Ccasa, Huancollo y Pampahuta. Las familias recibirán 200 soles bimestrales.""",
        about=False,
        note="a national programme; the place named in passing, no municipal angle",
    ),
    S(
        "v074",
        "apnr",
        "2026-11-12T14:45:00-05:00",
        "Villa Cóndor Ccasa, primer distrito de Titiqaya en cerrar brechas de agua segura en colegios",
        """Las 27 instituciones educativas de Villa Cóndor Ccasa tienen desde esta semana agua clorada y lavaderos con agua temperada, informó el Ministerio de Vivienda. Es el primer distrito de la provincia de Titiqaya en cerrar esa brecha.

        La Municipalidad Distrital de Villa Cóndor Ccasa ejecutó las instalaciones con 640 000 soles del programa de incentivos.""",
        m="I",
        tone="+",
        note="a first place in a ranking; water in schools is none of the five",
    ),
    S(
        "v075",
        "apnr",
        "2026-11-14T16:30:00-05:00",
        "Fiscalía archiva denuncia contra gerenta de Villa Cóndor Ccasa",
        """La Fiscalía Provincial de Titiqaya archivó la denuncia por presunta colusión contra la gerenta municipal de Villa Cóndor Ccasa, Rocío Ticona Mendizábal, por la compra de combustible en 2025. El despacho concluyó que los precios pagados estaban por debajo del promedio del mercado y que no hubo direccionamiento.""",
        m="G",
        tone="+",
        note="an investigation closed with no charges: positive",
    ),
    S(
        "v076",
        "apnr",
        "2026-11-16T11:15:00-05:00",
        "Heladas: Gobierno declara en emergencia 46 distritos del sur",
        """El Consejo de Ministros declaró en estado de emergencia, por 60 días, 46 distritos de Puno, Cusco, Arequipa y Moquegua por heladas y friaje. La lista incluye distritos de las provincias de Titiqaya, Melgar y Carabaya. Los gobiernos locales podrán contratar de manera directa bienes para la atención de la población.""",
        about=False,
        note="a national decree; no named mention of us",
    ),
    # --- Perú Sur Digital: national blog, footer line ---------------------------------------------------------------------
    S(
        "v077",
        "perusur",
        "2026-11-03T10:00:00-05:00",
        "La alcaldesa que vende su camioneta para comprar una compactadora: lo que no cuentan",
        """Hace un mes circuló un video en el que la alcaldesa de Villa Cóndor Ccasa, Florentina Choquehuanca, anunciaba que la municipalidad rematará su camioneta de representación para financiar una segunda compactadora de basura. Aplausos en redes.

        Lo que el video no dice: el remate se declaró desierto dos veces y la camioneta sigue estacionada en el patio municipal. La segunda compactadora no se ha comprado. Y la primera pasó diez días en el taller este mes.

        En el distrito, la basura de la feria sabatina sigue esperando.""",
        m="A",
        t="limpieza",
        tone="-",
        note="debunking a praised announcement: negative through facts",
    ),
    S(
        "v078",
        "perusur",
        "2026-11-06T09:30:00-05:00",
        "Qochas en la puna: así cosecha agua un distrito del altiplano",
        """En las pampas de Villa Cóndor Ccasa, a 4 200 metros, las lagunas artificiales que los comuneros llaman qochas han devuelto el verde a 600 hectáreas de bofedales. Son 48, construidas entre 2023 y 2026 por la Municipalidad Distrital de Villa Cóndor Ccasa y las comunidades, con faenas y maquinaria municipal.

        «Antes en setiembre las alpacas se morían de hambre. Ahora hay pasto hasta diciembre», dice Victoria Layme, criadora de Collpa. El modelo fue presentado en un foro en Lima y dos distritos de Cusco ya pidieron replicarlo.""",
        m="I",
        tone="+",
        t="obras",
        note="feature about municipal water-harvesting works (qochas built with municipal machinery are obras)",
    ),
    S(
        "v079",
        "perusur",
        "2026-11-09T08:15:00-05:00",
        "Lo que hay que saber del feriado largo en el sur",
        """El feriado de fin de mes traerá miles de viajeros al altiplano. Las rutas más transitadas serán Arequipa-Juliaca y Cusco-Puno. En la carretera a Titiqaya, por la abra Cóndor Ccasa, se esperan nevadas: lleve cadenas y abrigo.""",
        about=False,
        note="travel piece: the mountain pass",
    ),
    S(
        "v080",
        "perusur",
        "2026-11-12T10:40:00-05:00",
        "Cinco distritos del altiplano donde la anemia bajó más rápido",
        """Según los tamizajes del Ministerio de Salud, cinco distritos del altiplano sur redujeron la anemia infantil en más de diez puntos este año. Villa Cóndor Ccasa encabeza la lista: de 58 % a 41 %.

        La municipalidad condorina atribuye el avance a las visitas casa por casa de sus actoras sociales. Le siguen Huancollo, Llallimayo, Pampahuta y Sallcapata.""",
        m="I",
        t="salud",
        tone="+",
        note="a ranking; 'la municipalidad condorina' names the institution",
    ),
    S(
        "v081",
        "perusur",
        "2026-11-15T09:00:00-05:00",
        "Opinión: el alcalde que no sabe de heladas",
        """Cada año el mismo libreto: llega la helada, mueren alpacas, se enferman los niños, y los alcaldes salen a repartir frazadas con cámaras. Este año, en Pampahuta, el alcalde repartió frazadas con su foto impresa.

        El altiplano no necesita frazadas con fotos. Necesita cobertizos, pastos y postas abiertas de noche. Algunos distritos lo entendieron; la mayoría sigue en la foto.""",
        about=False,
        note="opinion column about other mayors; no one of ours named",
    ),
    # --- Cóndor Ccasa al Día: district site without a feed, followed through its section page -----------------------------
    S(
        "v082",
        "ccasadia",
        "2026-11-02T09:00:00-05:00",
        "Barrio San Martín: el camión no pasa y los vecinos queman la basura",
        """En el pasaje Los Claveles del barrio San Martín, cada tarde se levanta una columna de humo negro. Los vecinos queman bolsas de basura porque, dicen, el camión recolector pasa una vez cada diez días.

        «Sabemos que hace daño, pero ¿qué hacemos? ¿La guardamos en la cocina?», preguntó Valentina Chambi. La posta del barrio atendió este mes a varios niños con tos. El municipio de Cóndor Ccasa no respondió a las consultas de este medio.""",
        m="I",
        t="limpieza",
        tone="-",
        note="'el municipio de Cóndor Ccasa' names the institution",
    ),
    S(
        "v083",
        "ccasadia",
        "2026-11-04T09:15:00-05:00",
        "Inauguran losa deportiva techada en Chullunquiani",
        """Los escolares de Chullunquiani ya pueden jugar fulbito aunque granice. La losa deportiva techada, de 800 metros cuadrados, fue entregada el martes por el teniente alcalde Saturnino Larico Pacompía en representación de la alcaldesa.

        La obra costó 520 000 soles y se terminó en el plazo previsto.""",
        m="T",
        t="obras",
        tone="+",
        note="a delivered facility, on time",
    ),
    S(
        "v084",
        "ccasadia",
        "2026-11-06T10:30:00-05:00",
        "Carta del lector: «¿Para qué pagamos serenazgo?»",
        """Señor director: Vivo en Villa Esperanza desde hace veinte años. El 2 de noviembre entraron a mi casa y se llevaron la tele y la garrafa. Llamé al número del serenazgo: timbró y nadie contestó. Llamé otra vez: apagado. Llegaron al día siguiente, a tomar nota.

        Pago mis arbitrios de serenazgo cada trimestre, 38 soles. Pregunto al señor subgerente Coaquira para qué. Atentamente, Crisóstomo Apaza Ticona, DNI 40xxxxxx.""",
        m="S",
        t="seguridad",
        tone="-",
        note="reader's letter; 'Apaza Ticona' is a reader, not the gerenta (Ticona as second surname)",
    ),
    S(
        "v085",
        "ccasadia",
        "2026-11-08T08:45:00-05:00",
        "Feria de San Andrés tendrá 300 puestos y zona de comidas",
        """La feria de San Andrés, que organiza cada año la comuna condorina, tendrá este 29 de noviembre 300 puestos de productores, una zona de comidas típicas con cancho y thimpo de trucha, y el concurso de camélidos. Los puestos se adjudican por sorteo en la municipalidad el día 25.""",
        m="I",
        tone="0",
        note="routine agenda",
    ),
    S(
        "v086",
        "ccasadia",
        "2026-11-10T09:20:00-05:00",
        "Concejal Cutimbo pide cuentas por 40 000 soles en banderolas",
        """El concejal Édgar Cutimbo pidió en sesión que la gerencia municipal informe por qué se gastaron 40 000 soles en banderolas, polos y gorros con el logo de la gestión para el aniversario del distrito. «Con eso se compraban 200 frazadas para las comunidades altas», dijo.

        La gerenta Ticona respondió que la compra se hizo según el plan anual y que el material es institucional, no partidario.""",
        m="R G",
        tone="-",
        note="a spending criticism with a reply: negative; none of the five",
    ),
    S(
        "v087",
        "ccasadia",
        "2026-11-12T09:00:00-05:00",
        "Colegio de Quellopata gana concurso regional de matemáticas",
        """Los alumnos de quinto de secundaria del colegio de Quellopata ganaron el primer lugar del concurso regional de matemáticas organizado por la UGEL. Viajarán a Lima en diciembre para la etapa nacional.""",
        about=False,
        note="a school's prize; no municipal angle",
    ),
    S(
        "v088",
        "ccasadia",
        "2026-11-14T10:00:00-05:00",
        "Ya hay médico de noche en la posta del barrio Central",
        """Desde el 1 de noviembre la posta del barrio Central de Villa Cóndor Ccasa atiende las 24 horas. La Municipalidad Distrital de Villa Cóndor Ccasa contrató a un médico y una enfermera para el turno de noche, con un convenio con la Red de Salud.

        En las dos primeras semanas se atendieron 63 emergencias nocturnas, la mayoría niños con fiebre y adultos con cuadros respiratorios. Antes había que viajar una hora hasta Titiqaya.""",
        m="I",
        t="salud",
        tone="+",
        note="a service that now works, figures",
    ),
    S(
        "v089",
        "ccasadia",
        "2026-11-16T09:30:00-05:00",
        "Rocío Ticona y el club Titiqaya, campeonas nacionales de vóley",
        """Con Rocío Ticona como mejor anotadora, el club Titiqaya se coronó campeón de la Liga Nacional de vóley. La delegación será recibida el miércoles en la plaza de Titiqaya.""",
        about=False,
        note="namesake: the volleyball player",
    ),
    # --- La Voz del Lago: regional, teasers in RSS -------------------------------------------------------------------------
    S(
        "v090",
        "vozlago",
        "2026-11-02T11:00:00-05:00",
        "Villa Cóndor Ccasa se queda sin médico veterinario en plena campaña de heladas",
        """La Municipalidad Distrital de Villa Cóndor Ccasa no renovó el contrato del único médico veterinario de su oficina de desarrollo económico, que atendía a las comunidades alpaqueras en plena temporada de heladas.

        Los criadores de Collpa dicen que murieron al menos 80 crías de alpaca en octubre sin atención. La municipalidad informó que el puesto se convocará en diciembre.""",
        m="I",
        tone="-",
        note="a service gap; camélido health is none of the five",
    ),
    S(
        "v091",
        "vozlago",
        "2026-11-03T11:20:00-05:00",
        "La alcaldesa condorina firma convenio con Sierra Azul para riego tecnificado",
        """La alcaldesa condorina Florentina Choquehuanca Llanque firmó con el programa Sierra Azul un convenio para instalar riego por aspersión en 120 hectáreas de pastos cultivados de cuatro comunidades. El proyecto costará 1,4 millones y se ejecutará en 2027.""",
        m="A",
        t="obras",
        tone="0",
        note="a signed agreement for future works: neutral",
    ),
    S(
        "v092",
        "vozlago",
        "2026-11-04T10:40:00-05:00",
        "Serenazgo de Cóndor Ccasa recibe dos motos y diez radios",
        """La comuna condorina entregó al serenazgo dos motocicletas lineales y diez radios portátiles, adquiridos con el programa de incentivos. Con ellas, dijo el subgerente Rubén Coaquira Chambi, se cubrirán los barrios Villa Esperanza y Santa Rosa, que tenían patrullaje esporádico.""",
        m="I S",
        t="seguridad",
        tone="+",
        note="equipment delivered, filling a gap",
    ),
    S(
        "v093",
        "vozlago",
        "2026-11-05T12:15:00-05:00",
        "Juliaca: comerciantes bloquean la vía de evitamiento",
        """Comerciantes del mercado Túpac Amaru de Juliaca bloquearon la vía de evitamiento en protesta por la reubicación de sus puestos. Hubo enfrentamientos con la Policía y cuatro detenidos.""",
        about=False,
        note="a block elsewhere",
    ),
    S(
        "v094",
        "vozlago",
        "2026-11-06T11:30:00-05:00",
        "Cóndor Ccasa no cobró ni la mitad del predial proyectado",
        """A noviembre, la Municipalidad de Villa Cóndor Ccasa recaudó 188 000 soles de impuesto predial, el 46 % de lo que proyectó para el año. La morosidad supera el 60 % en los barrios urbanos.

        El regidor Édgar Cutimbo culpó a la falta de un catastro actualizado: «Se cobra a ciegas. Hay casas de tres pisos que declaran terreno baldío».""",
        m="I R",
        t="tributos",
        tone="-",
        note="a collection target missed",
    ),
    S(
        "v095",
        "vozlago",
        "2026-11-07T10:00:00-05:00",
        "Teniente alcalde Larico preside ceremonia por el Día de la Canción Andina",
        """El teniente alcalde Saturnino Larico presidió la ceremonia por el Día de la Canción Andina en la plaza de Villa Cóndor Ccasa, con la participación de sikuris de los colegios y la estudiantina municipal.""",
        m="T",
        tone="0",
        note="protocol: neutral",
    ),
    S(
        "v096",
        "vozlago",
        "2026-11-08T11:45:00-05:00",
        "Vecinos denuncian que obra de pistas del jirón Arequipa se agrietó a los tres meses",
        """Las losas de concreto del jirón Arequipa de Villa Cóndor Ccasa, entregadas en agosto, ya muestran grietas de hasta dos centímetros en cuatro de las seis cuadras. Los vecinos sospechan que se usó una mezcla pobre.

        La gerenta Ticona aseguró que la obra está en garantía y que el contratista deberá reparar las losas sin costo para la municipalidad.""",
        m="G",
        t="obras",
        tone="-",
        note="a defective work; the warranty reply doesn't save it",
    ),
    S(
        "v097",
        "vozlago",
        "2026-11-09T10:30:00-05:00",
        "Alcaldesa Choquehuanca exige a la DIRESA médicos para las postas de altura",
        """La alcaldesa Florentina Choquehuanca exigió a la Dirección Regional de Salud que cubra las plazas vacantes de médico en las postas de Collpa y Quellopata, cerradas por las tardes desde agosto. «Nosotros construimos, nosotros equipamos; lo mínimo es que la región ponga al médico», dijo.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor demanding doctors from the region: neutral toward us, topic salud",
    ),
    S(
        "v098",
        "vozlago",
        "2026-11-10T11:10:00-05:00",
        "Pampahuta: alcalde reparte frazadas con su foto",
        """El alcalde de Pampahuta repartió 600 frazadas con su rostro impreso a familias de las comunidades altas. La Contraloría abrió un servicio de control por presunta propaganda con recursos públicos.""",
        about=False,
        note="another district's scandal",
    ),
    S(
        "v099",
        "vozlago",
        "2026-11-11T10:20:00-05:00",
        "Comuna condorina y comunidades hacen faena de limpieza en el Ccasamayo: 6 toneladas",
        """En la primera de tres faenas programadas, unas 500 personas de barrios y comunidades retiraron seis toneladas de plásticos, llantas y restos de desmonte de las riberas del río Ccasamayo. La comuna condorina puso la volquete y los guantes.

        «El río parecía otro», dijo el teniente alcalde Saturnino Larico, que encabezó la jornada.""",
        m="I T",
        t="limpieza",
        tone="+",
        note="a cleanup with figures",
    ),
    S(
        "v100",
        "vozlago",
        "2026-11-12T11:00:00-05:00",
        "Trabajadores municipales de Cóndor Ccasa denuncian tres meses sin sueldo",
        """Treinta y dos trabajadores contratados por locación de servicios en la Municipalidad Distrital de Villa Cóndor Ccasa, entre barredores, serenos y guardianes, protestaron frente al palacio municipal porque no cobran desde agosto.

        «Barremos con helada, sin guantes, y ni el sueldo nos pagan», dijo una barredora que pidió no dar su nombre. La gerencia de administración atribuyó el retraso a la falta de firmas en las conformidades del servicio.""",
        m="I",
        tone="-",
        note="unpaid workers; none of the five (labour)",
    ),
    S(
        "v101",
        "vozlago",
        "2026-11-13T10:50:00-05:00",
        "Arequipa: detienen a banda de robo de celulares",
        """La Policía de Arequipa desarticuló una banda dedicada al robo de celulares en buses interprovinciales. Los detenidos operaban en la ruta a Juliaca.""",
        about=False,
        note="crime elsewhere",
    ),
    S(
        "v102",
        "vozlago",
        "2026-11-14T11:30:00-05:00",
        "Tres de cada cuatro serenos de Cóndor Ccasa no tienen curso básico, revela informe",
        """Un informe de la Defensoría del Pueblo sobre serenazgos rurales reveló que nueve de los doce serenos de Villa Cóndor Ccasa no han recibido el curso básico de seguridad ciudadana que exige la ley. Tampoco cuentan con chalecos de abrigo para los turnos nocturnos a diez bajo cero.

        El subgerente Coaquira dijo que el curso se programará en enero con la Policía.""",
        m="S",
        t="seguridad",
        tone="-",
        note="an oversight report with figures",
    ),
    S(
        "v103",
        "vozlago",
        "2026-11-15T10:45:00-05:00",
        "Municipio condorino aprueba nuevo TUPA",
        """El concejo del municipio condorino aprobó el nuevo Texto Único de Procedimientos Administrativos, que reduce de 42 a 31 los trámites municipales. Estará vigente desde enero.""",
        m="I",
        tone="0",
        note="routine administrative news",
    ),
    S(
        "v104",
        "vozlago",
        "2026-11-16T11:20:00-05:00",
        "El agua llega a Huaynapata: 140 familias dejan de acarrear baldes",
        """Las 140 familias del sector Huaynapata de Villa Cóndor Ccasa tienen desde el sábado agua en casa. Antes bajaban dos veces al día al manante con baldes y bidones.

        El sistema, con reservorio, cloración y conexiones domiciliarias, costó 1,1 millones de soles y fue ejecutado por la Municipalidad de Villa Cóndor Ccasa en siete meses. La alcaldesa Choquehuanca Llanque abrió el primer caño entre aplausos.""",
        m="I A",
        t="obras",
        tone="+",
        note="water system works (works built by the municipality): obras",
    ),
    # --- Revista Puna: weekly of columns and letters, full text in the description ---------------------------------------
    S(
        "v105",
        "puna",
        "2026-11-03T07:00:00-05:00",
        "Columna: Mama Flora y el arte de inaugurar",
        """Hay alcaldes que gobiernan y alcaldes que inauguran. La alcaldesa de Villa Cóndor Ccasa, Florentina Choquehuanca, pertenece con entusiasmo a la segunda escuela. En octubre cortó cinta tres veces: una losa, un tramo de vereda y un baño público. Suman menos de 700 000 soles.

        Mientras tanto, la planta de residuos cumple dos años de letrero, el desagüe de Santa Rosa duerme y el estadio tiene un cerco pagado que nadie ve. A Mama Flora le sobra tijera; le falta obra grande.

        El próximo año hay elecciones internas. Ya veremos qué inaugura entonces.""",
        m="A",
        t="obras",
        tone="-",
        note="ironic opinion column",
    ),
    S(
        "v106",
        "puna",
        "2026-11-06T07:00:00-05:00",
        "Columna: lo que Cóndor Ccasa enseña sobre la anemia",
        """No es frecuente escribir bien de una municipalidad en esta columna. Hago hoy la excepción. Villa Cóndor Ccasa bajó la anemia infantil 17 puntos en siete meses, y no lo hizo con spots ni con galas, sino con 22 mujeres que caminan la puna con una balanza y una olla de sangrecita.

        La Municipalidad Distrital de Villa Cóndor Ccasa puso el presupuesto y, sobre todo, no estorbó. Otros distritos, con más plata, siguen en 60 %. Tomen nota.""",
        m="I",
        t="salud",
        tone="+",
        note="praise column with a grudging tone",
    ),
    S(
        "v107",
        "puna",
        "2026-11-10T07:00:00-05:00",
        "Cartas: sobre el botadero de Jatun Kucho",
        """Señor director: Leo que la municipalidad de mi distrito firmó un acta para cercar el botadero. Ya firmó otra en 2025. Y otra en 2024. Tengo las tres. Los únicos que cumplen son los gallinazos, que llegan puntuales cada mañana.

        Lo que pedimos en Jatun Kucho es simple: que no boten la basura al lado de nuestro ojo de agua. Atentamente, Ignacia Mamani Huanca.""",
        tone="-",
        t="limpieza",
        about=True,
        note="reader's letter with irony; 'la municipalidad de mi distrito' does not name it",
    ),
    S(
        "v108",
        "puna",
        "2026-11-13T07:00:00-05:00",
        "Columna: el centralismo que congela",
        """Cada noviembre el altiplano tirita y Lima descubre el friaje por televisión. El Gobierno declara emergencias que llegan en enero, cuando ya murieron las crías. Los alcaldes distritales, con presupuestos que no alcanzan ni para pagar a sus barredores, reparten lo que pueden.

        No es culpa de los alcaldes. Es un modelo que decide desde un escritorio a 3 800 kilómetros del frío.""",
        about=False,
        note="opinion about national centralism; no one of ours named",
    ),
    S(
        "v109",
        "puna",
        "2026-11-16T07:00:00-05:00",
        "Columna: el regidor que siempre dice no",
        """El regidor Édgar Cutimbo Zevallos ha votado en contra de 41 de los 52 acuerdos del concejo de Villa Cóndor Ccasa este año. Eso incluye el puente de Chullunquiani, que después celebró con foto.

        La oposición es necesaria. La oposición por sistema, en cambio, es ruido. El concejal Cutimbo tiene razón en varias denuncias, como la del cerco del estadio. Pero cuando todo es escándalo, nada lo es.""",
        m="R",
        tone="0",
        note="column criticising the opposition regidor: about the council's internal politics, neither good nor bad for the administration",
    ),
    # --- second half of the month: more from the daily, the radio, the TV station and the district site --------------------
    S(
        "v110",
        "andes",
        "2026-11-18T07:10:00-05:00",
        "Recaudación del predial sube 38 % tras la campaña casa por casa",
        """Entre el 1 y el 17 de noviembre, la Municipalidad Distrital de Villa Cóndor Ccasa recaudó 71 000 soles por impuesto predial, 38 % más que en todo octubre. La oficina de rentas atribuye el salto a las brigadas que visitan los barrios con una laptop y un lector de Yape.

        Con esto, la recaudación anual llega al 63 % de la meta. Faltan cinco semanas para cerrar el año.""",
        m="I",
        t="tributos",
        tone="+",
        note="a rising figure; still short of the target but the headline is the rise",
    ),
    S(
        "v111",
        "andes",
        "2026-11-18T16:30:00-05:00",
        "Vacunan a 1 200 niños contra neumonía antes del pico de heladas",
        """Brigadas del puesto de salud y de la Municipalidad de Villa Cóndor Ccasa vacunaron en dos semanas a 1 200 niños menores de cinco años contra el neumococo y la influenza en las once comunidades altas. La municipalidad puso las camionetas y el combustible para subir a estancias donde no llega el carro de la Red.

        El año pasado, en las mismas fechas, la cobertura no pasaba de 45 %. Ahora es 88 %.""",
        m="I",
        t="salud",
        tone="+",
        note="coverage figures before/after",
    ),
    S(
        "v112",
        "andes",
        "2026-11-19T07:40:00-05:00",
        "Ejecutor coactivo embarga cuentas de 14 grandes deudores del predial",
        """La oficina de ejecución coactiva de la Municipalidad Distrital de Villa Cóndor Ccasa trabó embargo en las cuentas bancarias de catorce propietarios que deben más de 5 000 soles cada uno por impuesto predial, entre ellos dos grifos y un hospedaje.

        La gerenta municipal Rocío Ticona Mendizábal dijo que la medida sigue el procedimiento de ley y que se levantará apenas los deudores firmen un fraccionamiento.""",
        m="I G",
        t="tributos",
        tone="0",
        note="enforced collection of debts: tributos; a routine procedure, neutral",
    ),
    S(
        "v113",
        "andes",
        "2026-11-19T18:20:00-05:00",
        "Ministro de Vivienda visita Titiqaya y promete plantas de agua",
        """El ministro de Vivienda visitó Titiqaya y se reunió con el alcalde provincial Teófilo Arpasi y los alcaldes de la provincia. Prometió financiar seis plantas de tratamiento de agua en 2027. No precisó en qué distritos.""",
        about=False,
        note="provincial Mayor; the district mayors as a group, none named",
    ),
    S(
        "v114",
        "andes",
        "2026-11-20T07:15:00-05:00",
        "Cóndor Ccasa: licitación del desagüe de Santa Rosa sale con diez días de atraso",
        """La convocatoria para la obra de alcantarillado del barrio Santa Rosa se publicó ayer en el SEACE, diez días después de la fecha que la gerenta municipal Rocío Ticona había prometido a los vecinos durante el bloqueo de la vía.

        El presidente del barrio, Fortunato Apaza, dijo que al menos ya hay convocatoria: «Vamos a vigilar cada etapa, ya no creemos en palabras». La buena pro se otorgaría el 18 de diciembre.""",
        m="G",
        t="obras",
        tone="0",
        note="mixed: a step forward, late; neutral",
    ),
    S(
        "v115",
        "andes",
        "2026-11-21T07:30:00-05:00",
        "Teniente alcalde Larico convoca a reunión de juntas vecinales de seguridad",
        """El teniente alcalde Saturnino Larico Pacompía convocó a los presidentes de las 18 juntas vecinales de seguridad ciudadana del distrito a una reunión el martes 24 a las seis de la tarde en el auditorio municipal. Se presentará el plan de patrullaje para las fiestas de fin de año.""",
        m="T",
        t="seguridad",
        tone="0",
        note="agenda item",
    ),
    S(
        "v116",
        "andes",
        "2026-11-22T08:00:00-05:00",
        "Choquehuanca de Huancollo y Choquehuanca de Cóndor Ccasa, juntos por la carretera",
        """Los alcaldes vecinos Hilario Choquehuanca Ccama, de Huancollo, y Florentina Choquehuanca Llanque, de Villa Cóndor Ccasa, que no son parientes pese al apellido, viajaron juntos a la sede del Gobierno Regional para exigir la licitación de la carretera que une ambos distritos con Titiqaya.

        «Dos Choquehuanca juntos no se rinden», bromeó el alcalde de Huancollo. El gerente regional de infraestructura les prometió una respuesta en quince días.""",
        m="A",
        t="obras",
        tone="0",
        note="both namesakes in one story; our Mayor pressing the region: neutral, obras",
    ),
    S(
        "v117",
        "rcondor",
        "2026-11-17",
        "Recuperan la moto robada al profesor de Chijnaya",
        """Buenas noticias, compañeros. La moto que le robaron el viernes al profesor Eusebio de la escuela de Chijnaya ya apareció. La encontraron los serenos del distrito en una quebrada de Huaynapata, escondida con paja. Ya se la devolvieron, completita.

        El profe agradece a los serenos y al subgerente Rubén Coaquira. Así da gusto.""",
        m="S",
        t="seguridad",
        tone="+",
        note="oral praise for a recovery",
    ),
    S(
        "v118",
        "rcondor",
        "2026-11-18",
        "Convocatoria para serenos: diez plazas",
        """Atención, jóvenes del distrito: la municipalidad convoca a diez plazas de sereno, contrato CAS, sueldo de 1 300 soles. Requisitos: secundaria completa, tener entre 21 y 45 años, no tener antecedentes. Los expedientes se reciben hasta el viernes 27 en mesa de partes. Eso es todo.""",
        tone="0",
        t="seguridad",
        about=True,
        note="a job call; no one named, about the municipal serenazgo",
    ),
    S(
        "v119",
        "rcondor",
        "2026-11-20",
        "Basura regada otra vez en el paradero de Juliaca",
        """Nos llama don Hipólito desde el paradero de los carros a Juliaca: el contenedor de basura está rebalsando desde el lunes, los perros han regado todo y ya huele feo, hermanos. Los pasajeros tienen que caminar entre la basura.

        Llamamos a la municipalidad de Cóndor Ccasa y nos dicen que el camión pasa mañana. Mañana, siempre mañana.""",
        m="I",
        t="limpieza",
        tone="-",
        note="'la municipalidad de Cóndor Ccasa' names the institution (municipality word plus place); irony at the end",
    ),
    S(
        "v120",
        "rcondor",
        "2026-11-22",
        "Feria sabatina: ahora con baños y lavaderos",
        """Los feriantes ya tienen, por fin, baños limpios en el campo ferial. La municipalidad construyó cuatro servicios higiénicos y dos lavaderos con agua temperada, eso está bien. Los comerciantes de queso dicen que ahora sí pueden lavar sus moldes ahí mismo. ¡Bien hecho!""",
        tone="+",
        t="obras",
        about=True,
        note="small public works delivered; no one named",
    ),
    S(
        "v121",
        "ttv",
        "2026-11-19T04:25:00Z",
        "Hospedajes de Cóndor Ccasa reclaman cobro de licencias «sin aviso»",
        """Propietarios de nueve hospedajes de Villa Cóndor Ccasa recibieron notificaciones de multa por no renovar su licencia de funcionamiento, con montos de hasta 2 600 soles. Dicen que nunca se les avisó que la licencia tenía vencimiento.

        «Nos multan por una regla que nadie conocía», reclamó Hermelinda Quispe, de un hospedaje de la plaza. La comuna condorina sostiene que la ordenanza se publicó en el diario oficial y en el portal municipal en 2024.""",
        m="I",
        t="tributos",
        tone="-",
        note="licence fines contested; licence fees are tributos",
    ),
    S(
        "v122",
        "ttv",
        "2026-11-21T04:50:00Z",
        "Gerenta Ticona rinde cuentas ante la comisión por el cerco del estadio",
        """La gerenta municipal Rocío Ticona Mendizábal asistió a la comisión de fiscalización del concejo y entregó un informe sobre la obra del cerco del estadio. Dijo que la gestión actual inició el proceso contra el contratista y la supervisión, y que se ejecutará la carta fianza de 80 000 soles.

        El regidor Cutimbo dijo que el informe llega «tarde y a medias». La comisión volverá a sesionar en diciembre.""",
        m="G R",
        t="obras",
        tone="0",
        note="a hearing with an answer and a reproach: neutral",
    ),
    S(
        "v123",
        "ttv",
        "2026-11-23T04:10:00Z",
        "Titiqaya: hinchas de vóley reciben a las campeonas",
        """Miles de personas recibieron en la plaza de Titiqaya al club campeón nacional de vóley. La capitana y la atacante Rocío Ticona agradecieron a la hinchada desde el balcón municipal de la provincia.""",
        about=False,
        note="namesake; the provincial balcony",
    ),
    S(
        "v124",
        "ttv",
        "2026-11-25T04:35:00Z",
        "Cóndor Ccasa: quince días sin recojo en las comunidades ribereñas",
        """Las comunidades ribereñas del Ccasamayo cumplieron quince días sin que el camión recoja los costales del punto de acopio. Los comuneros grabaron el video que ven: costales rotos, plástico volando hacia el río que limpiaron en faena hace dos semanas.

        «Limpiamos el río y ahora la basura vuelve al río», dijo el teniente gobernador de Chijnaya, Marcos Turpo. El municipio condorino no respondió.""",
        m="I",
        t="limpieza",
        tone="-",
        note="the collection fails right after a praised cleanup",
    ),
    S(
        "v125",
        "ccasadia",
        "2026-11-18T09:10:00-05:00",
        "Puesto de salud de Collpa abrirá por las tardes desde diciembre",
        """La Municipalidad Distrital de Villa Cóndor Ccasa y la Red de Salud acordaron que el puesto de salud de Collpa atenderá también de dos a ocho de la noche desde el 1 de diciembre. La municipalidad pagará a un técnico de enfermería por seis meses.""",
        m="I",
        t="salud",
        tone="+",
        note="an announced improvement backed by funding",
    ),
    S(
        "v126",
        "ccasadia",
        "2026-11-20T09:40:00-05:00",
        "Cronograma de la feria de San Andrés",
        """Viernes 27: sorteo de puestos, 10:00. Sábado 28: concurso de camélidos en Quellopata, 8:00. Domingo 29: feria y concurso gastronómico en la plaza, desde las 7:00. La organización está a cargo de la comuna condorina.""",
        m="I",
        tone="0",
        note="plain agenda",
    ),
    S(
        "v127",
        "ccasadia",
        "2026-11-23T09:15:00-05:00",
        "No es verdad que se privatice el agua, aclara la alcaldesa",
        """«No es cierto que vayamos a privatizar el agua. No lo vamos a hacer ni ahora ni nunca», afirmó la alcaldesa de Villa Cóndor Ccasa, Florentina Choquehuanca, ante la asamblea del barrio Central, donde circulaba el rumor de que una empresa administraría el servicio.

        Lo que se aprobó, explicó, es un convenio con la EPS de Titiqaya para capacitación de los operadores.""",
        m="A",
        tone="0",
        note="negation clearing a rumour (not an accusation of wrongdoing): neutral; water is none of the five",
    ),
    S(
        "v128",
        "ccasadia",
        "2026-11-25T10:00:00-05:00",
        "Vecina de Chijnaya cumple 100 años",
        """Doña Saturnina Llanque Huarachi cumplió cien años en su estancia de Chijnaya, rodeada de 43 nietos y bisnietos. Tejió hasta los 95 y aún pastea sus llamas cada mañana.""",
        about=False,
        note="human interest; 'Llanque' is the Mayor's second surname, no relation",
    ),
    S(
        "v129",
        "sol",
        "2026-11-19T08:20:00-05:00",
        "Fumigan el mercado y el camal de Cóndor Ccasa contra roedores",
        """Personal de salud ambiental de la municipalidad de Villa Cóndor Ccasa fumigó el mercado de abastos, el camal y el campo ferial para controlar una plaga de ratas denunciada por los comerciantes. Se colocaron 200 cebos.""",
        m="I",
        t="salud",
        tone="0",
        note="routine health measure; 'la municipalidad de Villa Cóndor Ccasa' names the institution",
    ),
    S(
        "v130",
        "sol",
        "2026-11-21T08:10:00-05:00",
        "Cóndor Ccasa rinde homenaje a sus barredoras",
        """En la plaza de Villa Cóndor Ccasa, la comuna condorina entregó diplomas y uniformes térmicos nuevos a las 18 barredoras del distrito, que trabajan desde las cuatro de la mañana a temperaturas bajo cero. Las trabajadoras cobraron ese mismo día los tres meses atrasados.""",
        m="I",
        tone="+",
        note="debt paid and recognition; labour, none of the five",
    ),
    S(
        "v131",
        "sol",
        "2026-11-24T08:25:00-05:00",
        "Abigeato: roban 60 alpacas en Huancollo",
        """Sesenta alpacas fueron robadas de una estancia de la comunidad de Kunurana, en el distrito de Huancollo. El alcalde de ese distrito pidió a la Policía un puesto en la zona.""",
        about=False,
        note="crime in the neighbouring district",
    ),
    S(
        "v132",
        "altinot",
        "2026-11-24T10:30:00-05:00",
        "Municipalidad de Villa Cóndor Ccasa aprueba presupuesto participativo 2027",
        """Delegados de 34 organizaciones aprobaron en asamblea los proyectos del presupuesto participativo 2027 de la Municipalidad de Villa Cóndor Ccasa: 2,8 millones de soles para cinco obras, entre ellas cobertizos para alpacas, el mejoramiento del jirón Puno y un centro de acopio de fibra.""",
        m="I",
        tone="0",
        note="routine participatory budget",
    ),
    S(
        "v133",
        "altinot",
        "2026-11-26T11:00:00-05:00",
        "Serenos y rondas: el modelo condorino que ya copian en Huancollo",
        """El alcalde de Huancollo, Hilario Choquehuanca, anunció que su distrito replicará el sistema de patrullaje conjunto de serenos y ronderos que usa Villa Cóndor Ccasa desde junio, y que allí ha frustrado cinco intentos de abigeato.

        El subgerente de Seguridad Ciudadana de Villa Cóndor Ccasa, Rubén Coaquira Chambi, viajó a Huancollo para explicar cómo funcionan los turnos y la red de radios.""",
        m="S",
        t="seguridad",
        tone="+",
        note="our model copied by the neighbour; the namesake Mayor praises it",
    ),
    S(
        "v134",
        "altinot",
        "2026-11-27T09:20:00-05:00",
        "Cóndor Ccasa: hallan medicinas vencidas en el botiquín municipal",
        """Una inspección de la DIRESA encontró 340 cajas de medicamentos vencidos en el almacén del botiquín municipal de Villa Cóndor Ccasa, algunos desde 2024. El lote incluía paracetamol, amoxicilina y sales de rehidratación.

        La municipalidad informó que se abrió un proceso administrativo al responsable del almacén.""",
        tone="-",
        t="salud",
        about=True,
        note="an inspection finding; no one named",
    ),
    S(
        "v135",
        "altinot",
        "2026-11-30T08:40:00-05:00",
        "La feria de San Andrés llenó la plaza",
        """Unas 9 000 personas pasaron el domingo por la feria de San Andrés en Villa Cóndor Ccasa. La alpaca huacaya campeona, de la criadora Victoria Layme, fue vendida en 4 800 soles. La alcaldesa Choquehuanca entregó los premios del concurso.""",
        m="A",
        tone="0",
        note="a feria with the Mayor handing out prizes: neutral",
    ),
    # --- syndicated copies: the aggregator, the agency and the national blog republish -------------------------------------
    C(
        "v136",
        "v001",
        "altinot",
        "2026-11-03T09:00:00-05:00",
        "Parturientas de la puna condorina ya no viajan de noche: nueva posta en Chijnaya",
        extra="Fuente: Los Andes de Titiqaya.",
    ),
    C(
        "v137",
        "v013",
        "altinot",
        "2026-11-09T10:15:00-05:00",
        "De 14 robos a cero: cámaras cambian el mercado de Cóndor Ccasa",
        lead="Los comerciantes del mercado de abastos de Villa Cóndor Ccasa denunciaron catorce robos en setiembre. En octubre no hubo ni uno.",
    ),
    C(
        "v138",
        "v025",
        "perusur",
        "2026-11-15T12:00:00-05:00",
        "Anemia infantil cae 17 puntos en un distrito del altiplano",
    ),
    C(
        "v139",
        "v043",
        "altinot",
        "2026-11-15T09:30:00-05:00",
        "Predial por Yape: 312 pagos en cinco días en Villa Cóndor Ccasa",
        extra="Con información de Diario Sol del Altiplano.",
    ),
    C(
        "v140",
        "v104",
        "apnr",
        "2026-11-17T10:00:00-05:00",
        "Puno: 140 familias de Huaynapata acceden a agua potable",
    ),
    C(
        "v141",
        "v075",
        "altinot",
        "2026-11-15T08:45:00-05:00",
        "Archivan caso de combustible contra gerenta condorina",
        extra="Fuente: APNR.",
    ),
    C(
        "v142",
        "v009",
        "altinot",
        "2026-11-06T18:00:00-05:00",
        "«Que vengan a la puna»: alcaldesa condorina contra recorte del MEF",
    ),
    C(
        "v143",
        "v011",
        "altinot",
        "2026-11-08T09:10:00-05:00",
        "Cóndor Ccasa perdona moras del predial hasta el 23 de diciembre",
        extra="Fuente: Los Andes de Titiqaya.",
    ),
    C(
        "v144",
        "v023",
        "perusur",
        "2026-11-14T09:00:00-05:00",
        "Tercera postergación de la carretera Titiqaya-Cóndor Ccasa",
        lead="Por tercera vez desde 2024, el Gobierno Regional anunció que el asfaltado de los 38 kilómetros entre Titiqaya y Villa Cóndor Ccasa no se licitará este año.",
    ),
    C(
        "v145",
        "v062",
        "altinot",
        "2026-11-05T11:30:00-05:00",
        "Acta de nueve puntos pone fin al paro en Jatun Kucho",
    ),
    C(
        "v146",
        "v040",
        "altinot",
        "2026-11-12T08:00:00-05:00",
        "Arbitrios 2027 en Cóndor Ccasa: cuatro cuotas y sin alza",
    ),
    C(
        "v147",
        "v012",
        "altinot",
        "2026-11-08T12:20:00-05:00",
        "Fiscalía investiga obra de cerco pagada y no terminada en Cóndor Ccasa",
        extra="Fuente: Los Andes de Titiqaya.",
    ),
    C(
        "v148",
        "v061",
        "altinot",
        "2026-11-03T12:00:00-05:00",
        "Comunidades anuncian paro contra botadero municipal de Villa Cóndor Ccasa",
        extra="Con información de Titiqaya Televisión.",
    ),
    C(
        "v149",
        "v016",
        "perusur",
        "2026-11-10T09:45:00-05:00",
        "Seis horas de bloqueo: vecinos exigen el desagüe prometido desde 2024",
    ),
    C(
        "v150",
        "v094",
        "altinot",
        "2026-11-07T09:00:00-05:00",
        "Morosidad del predial supera el 60 % en Villa Cóndor Ccasa",
        lead="La Municipalidad de Villa Cóndor Ccasa solo ha recaudado el 46 % del impuesto predial que proyectó para 2026: 188 000 soles a noviembre.",
    ),
    # --- last week of the month -----------------------------------------------------------------------------------------------
    S(
        "v151",
        "ttv",
        "2026-12-01T04:20:00Z",
        "San Martín, un mes después: el camión ya pasa y la esquina está limpia",
        """Volvimos al pasaje Los Claveles del barrio San Martín, donde hace un mes los vecinos quemaban su basura. Hoy la esquina está barrida y no hay humo. El camión pasa lunes, miércoles y viernes a las seis, con su campana.

        «Al principio no creíamos, pero ya van cuatro semanas que cumple», dijo Valentina Chambi. La gerenta municipal Rocío Ticona atribuyó el cambio al nuevo horario por sectores y a la segunda volquete alquilada.""",
        m="G",
        t="limpieza",
        tone="+",
        note="a service that now works, told as a return visit; UTC near midnight (Lima date Nov 30)",
    ),
    S(
        "v152",
        "apnr",
        "2026-11-27T15:10:00-05:00",
        "Programa de incentivos: siete distritos de Puno cumplen la meta de recaudación predial",
        """El Ministerio de Economía publicó los resultados de la meta de recaudación del impuesto predial del programa de incentivos municipales. En la región sur la cumplieron siete distritos, entre ellos la Municipalidad Distrital de Villa Cóndor Ccasa, que superó en 4 % el monto exigido y recibirá un bono de 310 000 soles.

        Pampahuta y Huancollo no alcanzaron la meta.""",
        m="I",
        t="tributos",
        tone="+",
        note="a target met and a bonus earned, in a list",
    ),
    S(
        "v153",
        "sol",
        "2026-11-29T08:30:00-05:00",
        "Ningún niño condorino murió por neumonía esta temporada de heladas",
        """Por primera vez en cinco años, el distrito de Villa Cóndor Ccasa llega a fines de noviembre sin ninguna muerte infantil por neumonía. En 2025 fueron cuatro.

        La alcaldesa Florentina Choquehuanca Llanque atribuyó el resultado a la vacunación en las estancias y al turno de noche de la posta del barrio Central. «El mérito es de las enfermeras y las actoras sociales que subieron cerro por cerro», dijo.""",
        m="A",
        t="salud",
        tone="+",
        note="good news told by negation and an absence",
    ),
    S(
        "v154",
        "perusur",
        "2026-11-28T10:00:00-05:00",
        "Ruta del altiplano: truchas del Umayuni y un mirador a 4 700 metros",
        """Para el viajero que va de Arequipa a Titiqaya, dos paradas obligadas: el mirador de la abra Cóndor Ccasa, con vista a los nevados, y los restaurantes a orillas de la laguna Umayuni, donde sirven trucha frita con chuño y ají de huacatay por 18 soles.

        Lleve abrigo: al mediodía marca 12 grados, a las cinco de la tarde, cero.""",
        about=False,
        note="travel piece: the mountain pass and the lake, no municipal angle",
    ),
]
